"""Command line: python -m generator {generate,export,check}."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tqdm import tqdm

from .errors import CoverageError, InputError
from .model import Page
from .pipeline import build_folder, generate
from .records import export_record, to_jsonl
from .write import KIND_LABELS, display_title

DESCRIPTION = """\
Turn raw text of newspaper pages (one .txt file per page, optional <page>.yml sidecar with
newspaper/date/page and <page>.corrections.yml with fixes) into the archive's docs/ folder.

  generate   read every page in --input, write docs/ (Markdown pages, indexes, data exports)
  export     print every item as one JSON object per line (the public export record)
  check      per page: the items found, with kind, title, headline provenance, size, warnings,
             and the share of input characters accounted for; exits 1 on any error
"""


def progress_bar(label: str):
    """A progress bar on a terminal, silence otherwise (logs, pipes, CI)."""
    return lambda iterable: tqdm(list(iterable), desc=label, unit="page", disable=not sys.stderr.isatty())


def command_generate(args: argparse.Namespace) -> int:
    results = generate(args.input, args.output, progress_bar("generate")).results
    items = sum(len(r.page.items) for r in results)
    print(f"generated {items} items from {len(results)} pages into {args.output}/", file=sys.stderr)
    return 0


def command_export(args: argparse.Namespace) -> int:
    results = build_folder(args.input, progress_bar("export"))
    text = to_jsonl([export_record(item) for r in results for item in r.page.items])
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def describe_page(page: Page, percent: float) -> list[str]:
    out = [f"{page.raw.file}: {len(page.items)} items, {len(page.furniture)} furniture records, "
           f"{percent:.1f}% of characters accounted for"]
    for item in page.items:
        first, last = item.lines
        size = sum(len(b.text) for b in item.body_blocks)
        out.append(f"  {item.sequence:>2} {item.kind:<12} {display_title(item)[:40]:<40} "
                   f"headline={item.headline_source:<11} chars={size:<5} lines={first}-{last}")
        out += [f"       warning: {w}" for w in item.warnings]
    out += [f"     furniture: {b.text[:40]} (line {b.first_line})" for b in page.furniture]
    return out


def command_check(args: argparse.Namespace) -> int:
    results = build_folder(args.input, progress_bar("check"))
    failed = False
    for result in results:
        print("\n".join(describe_page(result.page, result.coverage.percent)))
        for problem in result.coverage.problems:
            print(f"  error: {problem}")
            failed = True
    total = sum(r.coverage.characters for r in results)
    covered = sum(r.coverage.covered for r in results)
    print(f"{len(results)} pages, {sum(len(r.page.items) for r in results)} items, "
          f"{covered}/{total} characters accounted for")
    return 1 if failed else 0


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m generator", description=DESCRIPTION,
                                          formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = main_parser.add_subparsers(dest="command", required=True)
    generate_parser = commands.add_parser("generate", help="seeds/ → docs/")
    generate_parser.add_argument("--input", type=Path, default=Path("seeds"), help="folder of page files (default: seeds)")
    generate_parser.add_argument("--output", type=Path, default=Path("docs"), help="docs folder to write (default: docs)")
    generate_parser.set_defaults(run=command_generate)
    export_parser = commands.add_parser("export", help="items as JSON lines")
    export_parser.add_argument("--input", type=Path, default=Path("seeds"), help="folder of page files (default: seeds)")
    export_parser.add_argument("--output", type=Path, help="file to write (default: standard output)")
    export_parser.set_defaults(run=command_export)
    check_parser = commands.add_parser("check", help="report the segmentation of each page")
    check_parser.add_argument("--input", type=Path, default=Path("seeds"), help="folder of page files (default: seeds)")
    check_parser.set_defaults(run=command_check)
    return main_parser


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except (InputError, CoverageError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

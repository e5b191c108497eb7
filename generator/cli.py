"""Command line: python -m generator {generate,export,check}."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .archive.errors import (EXIT_FAILED, EXIT_INTERRUPTED, EXIT_LOST, EXIT_OK, EXIT_PARTIAL, CoverageError, InputError,
                     RunFailed)
from .archive.model import Page
from .archive.build import Archive
from .speed.run import build_archive, generate, write_file
from .publish.records import export_record, to_jsonl
from .archive.labels import item_title

DESCRIPTION = """\
Turn raw text of newspaper pages (one .txt file per page, optional <page>.yml sidecar with
newspaper/date/page and <page>.corrections.yml with fixes) into the archive's docs/ folder.

  generate   read every page in --input, write docs/ (Markdown pages, indexes, data exports)
  export     print every item as one JSON object per line (the public export record)
  check      per page: the items found, with kind, title, headline provenance, size, warnings,
             and the share of input characters accounted for; exits 1 on any error
"""

EPILOG = f"""\
bad input:
  A bad page (empty, binary or not UTF-8/GB18030/UTF-16 with BOM, a line over 10,000
  characters, no Chinese text, no article, a sidecar or corrections file that is not valid
  YAML or has unknown keys or wrong types, a correction whose text is not on the page, the
  same text as another page) is skipped: the others are built, and each skipped page is
  reported on standard error with its file, line and what was expected.

exit status:
  {EXIT_OK}  every page was built
  {EXIT_LOST}  check: input characters were lost or duplicated
  {EXIT_FAILED}  the run failed and wrote nothing (docs/, ids.lock and the caches are as they
     were): no input folder, a broken ids.lock, characters lost, no page could be built, a bad
     command line, another run holding the archive's .archive.lock, a file that could not be
     written (named)
  {EXIT_PARTIAL}  the good pages were built (docs/ written), one or more bad pages were skipped
  {EXIT_INTERRUPTED}  interrupted before the run's commit; docs/, ids.lock and the caches are as
     they were (an interrupt after it is held until the run is done, which then exits 0 or 3)
"""


def progress_bar(label: str):
    """A progress bar on a terminal, silence otherwise (logs, pipes, CI)."""
    if not sys.stderr.isatty():
        return lambda iterable: iterable
    from tqdm import tqdm  # here, not at the top: a run in a pipe shows no bar and need not import it

    return lambda iterable: tqdm(list(iterable), desc=label, unit="page")


def report(archive: Archive, list_skipped: bool = True) -> int:
    """Warnings and skipped pages on standard error; EXIT_PARTIAL if a page was skipped."""
    for note in archive.notes:
        print(f"warning: {note}", file=sys.stderr)
    if list_skipped:
        for skipped in archive.skipped:
            print(skipped.message, file=sys.stderr)
    if archive.skipped:
        total = len(archive.skipped) + len(archive.results)
        print(f"error: {len(archive.skipped)} of {total} pages skipped (each named above), "
              f"{len(archive.results)} built", file=sys.stderr)
        return EXIT_PARTIAL
    return EXIT_OK


def command_generate(args: argparse.Namespace) -> int:
    archive = args.made = generate(args.input, args.output, progress_bar("generate"))
    items = sum(len(r.page.items) for r in archive.results)
    (built, cached), (written, unchanged) = archive.rebuilt, archive.written
    (rendered, reused), (merged, resumed) = archive.rendered, archive.merged
    print(f"generated {items} items from {len(archive.results)} pages ({built} built, {cached} from the cache; "
          f"{rendered} article pages rendered, {reused} as last written; search index: {merged} articles merged, "
          f"{resumed} from the last run) into {args.output}/: {written} files written, {unchanged} unchanged",
          file=sys.stderr)
    for change in archive.id_changes:  # ids.lock now records them: each is said once
        print(f"warning: {change}", file=sys.stderr)
    if archive.interrupted:
        print(f"interrupted after the run was committed: it was finished; {args.output}/, ids.lock and "
              "the caches are the new ones", file=sys.stderr)
    return report(archive)


def command_export(args: argparse.Namespace) -> int:
    archive = build_archive(args.input, progress_bar("export"))
    text = to_jsonl([export_record(item) for r in archive.results for item in r.page.items])
    if args.output:
        write_file(Path(args.output), text)
    else:
        sys.stdout.write(text)
    return report(archive)


def describe_page(page: Page, percent: float) -> list[str]:
    out = [f"{page.raw.file}: {len(page.items)} items, {len(page.furniture)} furniture records, "
           f"{percent:.1f}% of characters accounted for"]
    for item in page.items:
        first, last = item.lines
        size = sum(len(b.text) for b in item.body_blocks)
        out.append(f"  {item.sequence:>2} {item.kind:<12} {item_title(item)[:40]:<40} "
                   f"headline={item.headline_source:<11} chars={size:<5} lines={first}-{last} "
                   f"confidence={item.meta.provenance['cut']['confidence']:.2f}")
        out += [f"       warning: {w}" for w in item.warnings]
    out += [f"     furniture: {b.text[:40]} (line {b.first_line})" for b in page.furniture]
    out += [f"  note: {note}" for note in page.warnings]
    return out


# Cuts less certain than this are listed for review. Each item's confidence is weighed with its
# neighbours', which lowers sure cuts beside doubtful ones a little: below 0.6 the queue holds about
# a sixth of the items and most of the wrong cuts (on pages of known layouts drawn again).
REVIEW_BELOW = 0.6
REVIEW_MOST = 30


def review_queue(pages: list[Page]) -> list[str]:
    """The least certain cuts first, each with its page, lines and why: what an archivist checks
    (and fixes in the page's corrections file)."""
    doubtful = sorted(((item.meta.provenance["cut"], page.raw.file, item) for page in pages for item in page.items
                       if item.meta.provenance["cut"]["confidence"] < REVIEW_BELOW),
                      key=lambda entry: (entry[0]["confidence"], entry[1], entry[2].sequence))
    if not doubtful:
        return ["cuts to review: none below confidence %.1f" % REVIEW_BELOW]
    out = [f"cuts to review, least certain first ({len(doubtful)} below confidence {REVIEW_BELOW}):"]
    for cut, file, item in doubtful[:REVIEW_MOST]:
        first, last = item.lines
        out.append(f"  {cut['confidence']:.2f}  {file}:{first}-{last}  {item.kind} {item_title(item)[:30]}: "
                   f"{cut['evidence']}")
    if len(doubtful) > REVIEW_MOST:
        out.append(f"  … and {len(doubtful) - REVIEW_MOST} more")
    return out


def command_check(args: argparse.Namespace) -> int:
    archive = build_archive(args.input, progress_bar("check"))
    results = archive.results
    failed = False
    for result in results:
        print("\n".join(describe_page(result.page, result.coverage.percent)))
        for problem in result.coverage.problems:
            print(f"  error: {problem}")
            failed = True
    print("\n".join(review_queue([r.page for r in results])))
    if archive.id_changes:
        print(f"published ids that change their target ({len(archive.id_changes)}; "
              f"`generate` records them in ids.lock):")
        print("\n".join(f"  {change}" for change in archive.id_changes))
    for skipped in archive.skipped:
        print(skipped.message)
    total = sum(r.coverage.characters for r in results)
    covered = sum(r.coverage.covered for r in results)
    print(
        f"{len(results)} pages, {sum(len(r.page.items) for r in results)} items, "
        f"{covered}/{total} characters accounted for"
        + (f", {len(archive.skipped)} pages skipped" if archive.skipped else "")
    )
    status = report(archive, list_skipped=False)
    return EXIT_LOST if failed else status


def parser() -> argparse.ArgumentParser:
    main_parser = argparse.ArgumentParser(prog="python -m generator", description=DESCRIPTION, epilog=EPILOG,
                                          formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = main_parser.add_subparsers(dest="command", required=True)
    generate_parser = commands.add_parser("generate", help="seeds/ → docs/", epilog=EPILOG,
                                          formatter_class=argparse.RawDescriptionHelpFormatter)
    generate_parser.add_argument(
        "--input", type=Path, default=Path("seeds"), help="folder of page files (default: seeds)"
    )
    generate_parser.add_argument(
        "--output", type=Path, default=Path("docs"), help="docs folder to write (default: docs)"
    )
    generate_parser.set_defaults(run=command_generate)
    export_parser = commands.add_parser("export", help="items as JSON lines", epilog=EPILOG,
                                        formatter_class=argparse.RawDescriptionHelpFormatter)
    export_parser.add_argument(
        "--input", type=Path, default=Path("seeds"), help="folder of page files (default: seeds)"
    )
    export_parser.add_argument("--output", type=Path, help="file to write (default: standard output)")
    export_parser.set_defaults(run=command_export)
    check_parser = commands.add_parser("check", help="report the segmentation of each page", epilog=EPILOG,
                                       formatter_class=argparse.RawDescriptionHelpFormatter)
    check_parser.add_argument("--input", type=Path, default=Path("seeds"), help="folder of page files (default: seeds)")
    check_parser.set_defaults(run=command_check)
    return main_parser


def main(argv: list[str] | None = None, keep: list | None = None) -> int:
    """Run a command; with `keep`, its arguments (and what it made: `args.made`) are appended
    there, to stay referenced after it returns."""
    args = parser().parse_args(argv)
    if keep is not None:
        keep.append(args)
    try:
        return args.run(args)
    except (InputError, CoverageError, RunFailed) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        print(f"error: {where}{error.strerror or error}; nothing was changed", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("interrupted; nothing was changed", file=sys.stderr)
        return EXIT_INTERRUPTED


def exit_main() -> None:
    """`python -m generator` and the `newspaper-archive` command: `main`, then the process ends
    without freeing what the run made one object at a time (millions of objects in a large
    archive); the system takes the memory back at once.
    Every file is written and closed by then, and no process or thread is left running."""
    kept: list = []
    code = main(keep=kept)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    exit_main()

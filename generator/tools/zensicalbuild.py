"""The archive's site built by Zensical instead of MkDocs:

    python -m generator.tools.zensicalbuild [--config-file mkdocs.yml] [--site-dir site-zensical]

Zensical reads mkdocs.yml, docs/ and theme_overrides/ as they are; this only tells it where the
site goes, through a config beside mkdocs.yml that inherits it (`.zensical.<config>`, removed
after the build), and switches off Zensical's own search, which is on unless told (MkDocs reads
`plugins: []` as no search; the archive's search is its own, in docs/search/). Any warning fails
the build: mkdocs.yml says `strict: true`, which Zensical honours. The site is built beside its
target and swapped in only when complete, so a failed build leaves the last one as it was.
Zensical keeps its cache in `.cache/` beside the config.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

from .offline import replace_folder
from ..runlock import ArchiveBusy, archive_lock
from ..speed.tree import recover


class _Loader(yaml.SafeLoader):
    """Reads a config's plain keys; its Python tags (the toc slugify) are not needed here."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)


def docs_dir(config: Path) -> Path:
    """The config's docs_dir, following INHERIT as MkDocs and Zensical do."""
    settings = yaml.load(config.read_text(encoding="utf-8"), Loader=_Loader) or {}
    if "docs_dir" not in settings and settings.get("INHERIT"):
        return docs_dir(config.parent / settings["INHERIT"])
    return config.parent / settings.get("docs_dir", "docs")


def zensical_config(config: Path, site_dir: str) -> str:
    """The config Zensical is given: `config` with the site's folder set and its search off."""
    return (f"INHERIT: {config.name}\n"
            f"site_dir: {site_dir}\n"
            "plugins:\n"
            "  search:\n"
            "    enabled: false\n")


def build(config_file: str = "mkdocs.yml", site_dir: str = "site-zensical") -> None:
    """Build the site into `site_dir` (relative to the config's folder, inside it, as Zensical
    requires); raises RuntimeError naming what failed."""
    config = Path(config_file).resolve()
    root = config.parent
    target = (root / site_dir).resolve()
    if not target.is_relative_to(root) or target == root:
        raise RuntimeError(f"{site_dir}: Zensical builds only into a folder inside {root}")
    building = target.with_name(f".{target.name}.building")
    settings = root / f".zensical.{config.name}"
    with archive_lock([root], "site build (Zensical)"):
        recover(docs_dir(config))  # a generate killed while moving its files in: finished first
        shutil.rmtree(building, ignore_errors=True)
        settings.write_text(zensical_config(config, building.relative_to(root).as_posix()), encoding="utf-8")
        try:
            result = subprocess.run([sys.executable, "-m", "zensical", "build", "--config-file", settings.name],
                                    cwd=root)
        finally:
            settings.unlink(missing_ok=True)
        if result.returncode != 0 or not (building / "index.html").is_file():
            shutil.rmtree(building, ignore_errors=True)
            raise RuntimeError(f"zensical build of {config.name} failed (status {result.returncode}); "
                               f"{target.name} is as it was")
        replace_folder(building, target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator.tools.zensicalbuild", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-f", "--config-file", default="mkdocs.yml")
    parser.add_argument("-d", "--site-dir", default="site-zensical")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    try:
        build(args.config_file, args.site_dir)
    except (RuntimeError, ArchiveBusy) as error:
        print(error, file=sys.stderr)
        return 1
    print(f"built {args.site_dir} with Zensical in {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

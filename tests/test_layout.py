"""The boundary between the product and the speed machinery above it.

The product is generator/archive (text in, articles out: `archive.build.build_archive`) and
generator/publish (the archive → {path: text}: `publish.site.publish`), plain and serial.
generator/speed makes the same faster and generator/tools measures and checks it: both import
the product, and the product imports neither. The second half of this file is the contract of
that boundary: what the fast path writes is what the plain product makes.
"""
import ast
import shutil
from pathlib import Path

import pytest

from generator.archive import tokens
from generator.archive.build import build_archive, registry_path
from generator.archive.ids import format_registry
from generator.publish.search import index as search_index
from generator.publish.site import publish
from generator.speed import tokens as speed_tokens
from generator.speed.run import generate

from .conftest import ROOT, SEEDS

GENERATOR = ROOT / "generator"
PRODUCT = ("generator.archive", "generator.publish")
ABOVE = ("generator.speed", "generator.tools")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Every module `path` imports, relative imports resolved, imports inside functions and
    under TYPE_CHECKING included (a type named is a dependency too)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)  # `from generator import speed`
    return found


def modules_under(*packages: str) -> list[Path]:
    return sorted(p for package in packages for p in (ROOT / package.replace(".", "/")).rglob("*.py"))


def reaches(names: set[str], packages: tuple[str, ...]) -> set[str]:
    return {n for n in names if any(n == p or n.startswith(p + ".") for p in packages)}


def test_the_import_reader_sees_relative_and_absolute_imports(tmp_path):
    module = GENERATOR / "publish" / "pages.py"
    names = imported(module)
    assert "generator.archive.model" in names and "generator.publish.records" in names


@pytest.mark.parametrize("path", modules_under(*PRODUCT), ids=lambda p: module_name(p))
def test_the_product_never_imports_the_speed_machinery_or_the_tools(path):
    assert reaches(imported(path), ABOVE) == set()


@pytest.mark.parametrize("path", modules_under("generator"), ids=lambda p: module_name(p))
def test_the_generator_never_imports_the_tests(path):
    """What the tools need of the tests' material (search.js's Python twin) lives in the tools."""
    assert reaches(imported(path), ("tests",)) == set()


@pytest.mark.parametrize("path", modules_under("generator.archive"), ids=lambda p: module_name(p))
def test_the_archive_never_imports_publishing(path):
    """Text in, articles out: the archive knows nothing of the pages made of it."""
    assert reaches(imported(path), ("generator.publish",)) == set()


SEAMS = {"generator.archive.tokens": {"_backend", "jieba"}}  # the segmentation backend, and jieba once loaded


def empty_container(node: ast.expr | None) -> bool:
    if isinstance(node, (ast.Dict, ast.List, ast.Set)):
        return not (node.keys if isinstance(node, ast.Dict) else node.elts)
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and not node.args and not node.keywords
            and node.func.id in {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque"})


@pytest.mark.parametrize("path", modules_under(*PRODUCT), ids=lambda p: module_name(p))
def test_the_product_keeps_no_run_state_in_module_globals(path):
    """What a run makes is passed along as arguments and objects: no function rebinds a module
    global (`global`) but at the segmentation seam, and no module global starts as an empty
    container for calls to fill (a channel between calls, or a cache; a pure memo is a
    functools.cache)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rebound = {name for node in ast.walk(tree) if isinstance(node, ast.Global) for name in node.names}
    assert rebound <= SEAMS.get(module_name(path), set())
    filled = [ast.unparse(node) for node in tree.body
              if isinstance(node, (ast.Assign, ast.AnnAssign)) and empty_container(node.value)]
    assert filled == []


def test_every_module_of_the_generator_is_in_a_layer():
    """No module outside the four packages but the command line, its entry point and the run lock."""
    loose = {p.name for p in GENERATOR.glob("*.py")}
    assert loose == {"__init__.py", "__main__.py", "cli.py", "runlock.py"}
    assert {p.name for p in GENERATOR.iterdir() if p.is_dir() and (p / "__init__.py").exists()} == {
        "archive", "publish", "speed", "tools"}


def docs_tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def plain(pages: Path) -> dict[str, bytes]:
    """What the plain product makes of `pages`: docs/ as publishing gives it, serially, with no
    cache, segmented by jieba itself (whatever backend the speed layer installed before)."""
    previous = tokens.use(tokens.Jieba())
    try:
        archive = build_archive(pages)
        return {path: text.encode("utf-8") for path, text in publish(archive).items()}
    finally:
        tokens.use(previous)


def test_generate_writes_what_the_plain_product_publishes(tmp_path, monkeypatch):
    """The fast path (page workers, the page cache, pages kept as last written, the search
    merge resumed in a forked process, data exports extended in place) writes the same docs/
    and ids.lock as the plain product: on a first run, after a page is added, and when nothing changed."""
    monkeypatch.setattr(search_index, "TAIL_STEP", 8)  # a search index with a base and a tail, as a large archive's
    pages = tmp_path / "archive" / "seeds"
    shutil.copytree(SEEDS, pages, ignore=shutil.ignore_patterns("004_*", "ids.lock"))
    docs = tmp_path / "archive" / "docs"
    for step in ("first run", "a page added", "nothing changed"):
        if step == "a page added":
            for name in SEEDS.glob("004_*"):
                shutil.copy(name, pages / name.name)
        lock_before = registry_path(pages).read_text(encoding="utf-8") if registry_path(pages).exists() else ""
        expected, registry = plain(pages), format_registry(build_archive(pages).registry, lock_before)
        run = generate(pages, docs)
        assert tokens.ready() is speed_tokens.BACKEND, "generate segments with the speed layer's backend"
        assert docs_tree(docs) == expected, step
        assert registry_path(pages).read_text(encoding="utf-8") == registry, step
        if step == "nothing changed":
            assert run.rebuilt == (0, 5) and run.rendered == (0, 33), "the fast path did take its shortcuts"


def test_the_data_model_is_plain_dataclasses():
    """The model carries no hooks for the page cache (speed.page_cache packs what it keeps):
    pickled plainly, a page and a block come back as they were, of their own class."""
    import pickle

    from generator.archive.model import Block, Line, RawPage, Span

    for cls in (RawPage, Block):
        assert not {"__getstate__", "__setstate__", "__getattr__", "__reduce__", "__reduce_ex__"} & set(vars(cls))
    raw = RawPage("a.txt", [Line(1, "一")])
    block = Block("paragraph", "一", (Span(1, 0, 1),))
    back_raw, back_block = pickle.loads(pickle.dumps((raw, block)))
    assert type(back_raw) is RawPage and back_raw == raw and vars(back_raw) == vars(raw)
    assert type(back_block) is Block and vars(back_block) == vars(block)

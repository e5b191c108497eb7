"""generator.speed.sitebuild: MkDocs' build over several processes gives MkDocs' own output, and fails
on every warning MkDocs would give, wherever (in which process) it arises."""
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys

import pytest

from generator.speed.run import generate

from .conftest import ROOT, SEEDS

ENV = {**os.environ, "SOURCE_DATE_EPOCH": "0", "NO_MKDOCS_2_WARNING": "1"}


def tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run(work, *command):
    return subprocess.run([sys.executable, "-m", *command], cwd=work, env=ENV, capture_output=True, text=True)


@pytest.fixture(scope="module")
def work(tmp_path_factory):
    work = tmp_path_factory.mktemp("sitebuild")
    generate(SEEDS, work / "docs")
    for name in ("mkdocs.yml", "mkdocs.offline.yml"):
        shutil.copy(ROOT / name, work / name)
    (work / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    return work


def whitespace_hook():
    spec = importlib.util.spec_from_file_location("whitespace", ROOT / "theme_overrides" / ".hooks" / "whitespace.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    return hook


def test_white_space_is_collapsed_outside_pre_script_and_text():
    """A run of white space with a line break becomes one line break; runs without one, a
    full-width space, and everything inside <pre>, <textarea>, <script>, <style> stay."""
    html = ("<div class=\"a\"  id=x>\n    <p>重庆日报\u3000第6版 \t\n\n   评论</p>  \n\n"
            "  <PRE>条目：1\n   第 51–66 行\n\n</PRE>\n <script>var a = 1;\n  b()</script>\r\n\t</div>\n")
    assert whitespace_hook().collapse(html) == (
        "<div class=\"a\"  id=x>\n<p>重庆日报\u3000第6版\n评论</p>\n"
        "<PRE>条目：1\n   第 51–66 行\n\n</PRE>\n<script>var a = 1;\n  b()</script>\n</div>\n")


def test_the_built_pages_have_no_indentation_but_keep_their_pre(work):
    built = run(work, "generator.speed.sitebuild", "-f", "mkdocs.yml", "-d", "collapsed")
    assert built.returncode == 0, built.stderr
    page = next((work / "collapsed" / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert "\n " not in re.sub(r"<(pre|script)\b.*?</\1>", "", page, flags=re.S)
    [report] = re.findall(r"<pre>(条目：.*?)</pre>", page, re.S)
    assert "\n# " in report and "\n  title: " in report  # the corrections snippet, indented as YAML


@pytest.mark.parametrize("config", ["mkdocs.yml", "mkdocs.offline.yml"])
def test_parallel_build_equals_mkdocs_own_build(work, config):
    stock = run(work, "mkdocs", "build", "--strict", "-f", config, "-d", "stock")
    assert stock.returncode == 0, stock.stderr
    for workers in ("1", "2"):
        built = run(work, "generator.speed.sitebuild", "-f", config, "-d", f"built-{workers}", "--workers", workers)
        assert built.returncode == 0, built.stderr
        assert "WARNING" not in built.stderr
        assert tree(work / f"built-{workers}") == tree(work / "stock"), (config, workers)
    assert len(tree(work / "stock")) > 200


def test_every_warning_fails_the_build(work, tmp_path):
    """A link to no page (found while a worker renders the page) and a link to an anchor that is
    not there (found once every page is rendered) both fail the build, each named once."""
    broken = tmp_path / "broken"
    shutil.copytree(work / "docs", broken / "docs")
    shutil.copy(work / "mkdocs.yml", broken / "mkdocs.yml")
    (broken / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    article = sorted((broken / "docs" / "articles").glob("*.md"))[0].stem
    with open(broken / "docs" / "data.md", "a", encoding="utf-8") as out:
        out.write(f"\n[甲](nowhere.md) [乙](articles/{article}.md#no-such-anchor)\n")
    built = run(broken, "generator.speed.sitebuild", "--workers", "2")
    assert built.returncode == 1
    assert built.stderr.count("'nowhere.md'") == 1
    assert built.stderr.count("does not contain an anchor '#no-such-anchor'") == 1
    assert "Aborted with 2 warnings in strict mode" in built.stderr


def test_a_plugin_with_page_events_is_refused_not_silently_dropped(work):
    """Material's search gathers every page in on_page_context, which would run in the workers:
    its index would be empty (0 entries where `mkdocs build` writes one per page and section).
    The build is refused, naming the plugin, and nothing is built; the config's hooks still pass."""
    (work / "mkdocs.search.yml").write_text("INHERIT: mkdocs.yml\nplugins: [search]\n", encoding="utf-8")
    built = run(work, "generator.speed.sitebuild", "-f", "mkdocs.search.yml", "-d", "searched")
    assert built.returncode == 1
    assert "plugin 'material/search' (on_post_build, on_page_context) handles events" in built.stderr, built.stderr
    assert "page events run in the worker processes here" in built.stderr
    assert "`mkdocs build --strict` builds the same site" in built.stderr and not (work / "searched").exists()


def test_the_site_build_first_finishes_a_generate_killed_while_moving_its_files_in(work, tmp_path, monkeypatch):
    from generator.speed import tree as writer

    killed = tmp_path / "killed"
    shutil.copytree(work / "docs", killed / "docs")
    shutil.copy(work / "mkdocs.yml", killed / "mkdocs.yml")
    (killed / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    files = tree(killed / "docs")
    files["data.md"] += "\n走完的日志\n".encode()

    def killed_at_once(staging, target):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "carry_out", killed_at_once)
    with pytest.raises(KeyboardInterrupt):
        writer.write_tree({path: data.decode() for path, data in files.items()}, killed / "docs")
    assert list(killed.glob(".docs.staging-*/journal.json")), "killed with its journal written"
    built = run(killed, "generator.speed.sitebuild")
    assert built.returncode == 0, built.stderr
    assert tree(killed / "docs") == files and not list(killed.glob(".docs.staging-*"))
    assert "走完的日志" in (killed / "site" / "data" / "index.html").read_text(encoding="utf-8")


def test_regenerating_docs_leaves_a_built_site_as_it_was(tmp_path):
    """Static files are hard-linked from docs/ into the site; docs/ is replaced, never written
    in place (a changed file is a new one moved in), so the next generate changes none of the built site's bytes."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    generate(tmp_path / "seeds", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    built = run(tmp_path, "generator.speed.sitebuild")
    assert built.returncode == 0, built.stderr
    site = tree(tmp_path / "site")
    linked = tmp_path / "site" / "search" / "meta.js"
    assert linked.stat().st_ino == (tmp_path / "docs" / "search" / "meta.js").stat().st_ino
    page = next(p for p in (tmp_path / "seeds").glob("*.txt"))
    page.with_name("zz_added.txt").write_text(page.read_text(encoding="utf-8").replace("。", "！", 3), encoding="utf-8")
    generate(tmp_path / "seeds", tmp_path / "docs")
    assert (tmp_path / "docs" / "search" / "meta.js").read_bytes() != site["search/meta.js"]
    assert tree(tmp_path / "site") == site


def yaml_values(text):
    import yaml
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def test_generated_front_matter_is_read_as_json_with_yamls_values(work):
    """Every front-matter of the seeds' docs/ gives the same values read as JSON as read by YAML."""
    from mkdocs.utils.meta import YAML_RE

    from generator.publish.pages import read_front_matter_text

    read = 0
    for page in sorted((work / "docs").rglob("*.md")):
        match = YAML_RE.match(page.read_text(encoding="utf-8"))
        if match and page.parent.name == "articles" and "redirect" not in match.group(1):
            assert read_front_matter_text(match.group(1)) == yaml_values(match.group(1)), page
            read += 1
    assert read >= 30


@pytest.mark.parametrize("text", [
    "template: redirect.html\n",            # plain YAML, not JSON
    'on: "x"\n',                             # YAML 1.1 reads the key as True
    "confidence: 1e-05\n",                   # YAML 1.1 reads this as a string
    "big: 1.5e10\n",                         # no sign in the exponent: a string to YAML 1.1
    'text: "\\ud83d\\ude00"\n',              # JSON joins the two surrogates, YAML does not
    'text: "a"\r\n',                         # YAML breaks the line at the carriage return
    'list: [1,\t2]\n',                       # a raw tab
    'text: "\x85"\n',                        # NEL: YAML reads it as a line break
    "value: NaN\n",
    "a: 1\n\nb: 2\n",                        # an empty line
    "- 1\n",                                 # not a mapping
])
def test_front_matter_yaml_could_read_otherwise_is_left_to_yaml(text):
    from generator.publish.pages import read_front_matter_text

    assert read_front_matter_text(text) is None


def test_front_matter_read_as_json_keeps_every_value():
    from generator.publish.pages import front_matter_text, read_front_matter_text

    meta = {"title": "成渝 \"双城\" \\ 经济圈\u2028", "n": -3, "confidence": 0.85, "none": None, "flag": False,
            "places": [{"name": "重庆", "count": 2, "path": []}], "empty": {}, "control": "\x01\x7f\ufeff"}
    text = front_matter_text(meta)
    assert read_front_matter_text(text) == meta == yaml_values(text)


def kept_count(output: str) -> int:
    import re

    return int(re.search(r"\((\d+) kept from", output).group(1))


def test_a_rebuild_links_unchanged_pages_and_equals_a_full_build(tmp_path):
    """After a page is added and docs/ regenerated, a build given the previous site renders only
    the pages whose Markdown changed and links the rest: the same bytes as a build from nothing.
    A changed config, or a page gone since, and nothing is kept."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    generate(tmp_path / "seeds", tmp_path / "docs")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    (tmp_path / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    first = run(tmp_path, "generator.speed.sitebuild", "-d", "one", "--previous", "none-yet")
    assert first.returncode == 0, first.stderr
    page = next((tmp_path / "seeds").glob("*.txt"))
    page.with_name("zz_added.txt").write_text(page.read_text(encoding="utf-8").replace("。", "！", 3), encoding="utf-8")
    generate(tmp_path / "seeds", tmp_path / "docs")
    again = run(tmp_path, "generator.speed.sitebuild", "-d", "two", "--previous", "one")
    assert again.returncode == 0, again.stderr
    pages = len(list((tmp_path / "docs").rglob("*.md")))
    assert 0 < kept_count(again.stdout) < pages - 5, again.stdout
    assert (tmp_path / "two" / "index.html").stat().st_ino != (tmp_path / "one" / "index.html").stat().st_ino
    kept = next(p for p in sorted((tmp_path / "two" / "articles").rglob("index.html"))
                if p.stat().st_ino == (tmp_path / "one" / p.relative_to(tmp_path / "two")).stat().st_ino)
    assert kept.read_bytes() == (tmp_path / "one" / kept.relative_to(tmp_path / "two")).read_bytes()
    fresh = run(tmp_path, "generator.speed.sitebuild", "-d", "fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert tree(tmp_path / "two") == tree(tmp_path / "fresh")

    config = tmp_path / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_description: ", "site_description: 新 "),
                      encoding="utf-8")
    changed = run(tmp_path, "generator.speed.sitebuild", "-d", "three", "--previous", "two")
    assert changed.returncode == 0 and kept_count(changed.stdout) == 0, changed.stdout
    assert tree(tmp_path / "three") != tree(tmp_path / "two")
    same = run(tmp_path, "generator.speed.sitebuild", "-d", "four", "--previous", "three")
    assert kept_count(same.stdout) == pages, same.stdout

    page.with_name("zz_added.txt").unlink()
    generate(tmp_path / "seeds", tmp_path / "docs")
    gone = run(tmp_path, "generator.speed.sitebuild", "-d", "five", "--previous", "four")
    assert gone.returncode == 0 and kept_count(gone.stdout) == 0, gone.stdout


def test_the_first_make_site_lets_the_second_keep_its_pages(work, tmp_path):
    """`--into site` where there is no site yet still records what it built, so the next
    `make site` links every unchanged page instead of rendering the whole site again."""
    project = tmp_path / "project"
    shutil.copytree(work / "docs", project / "docs")
    shutil.copy(work / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    first = run(project, "generator.speed.sitebuild", "--into", "site")
    assert first.returncode == 0, first.stderr
    again = run(project, "generator.speed.sitebuild", "--into", "site")
    assert again.returncode == 0, again.stderr
    assert kept_count(again.stdout) == len(list((project / "docs").rglob("*.md"))), again.stdout


# --- make site: one commit point ------------------------------------------------------------------

def paused_build(project, signal_number, step="site built"):
    """`sitebuild --into site` stopped at `step` (tree.pause_at) by `signal_number`."""
    import time

    marker = project / "paused"
    marker.unlink(missing_ok=True)
    env = {**ENV, "ARCHIVE_PAUSE_AT": step, "ARCHIVE_PAUSE_FILE": str(marker)}
    # SIGINT as a terminal sends it, even where this process was started with it ignored
    process = subprocess.Popen([sys.executable, "-m", "generator.speed.sitebuild", "--into", "site"], cwd=project, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 300
    while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert marker.exists(), process.communicate()
    process.send_signal(signal_number)
    process.communicate(timeout=60)
    return process.returncode


@pytest.mark.parametrize("signal_name", ["SIGKILL", "SIGINT"])
def test_a_site_build_stopped_before_its_commit_leaves_site_as_it_was(work, tmp_path, signal_name):
    project = tmp_path / "project"
    shutil.copytree(work / "docs", project / "docs")
    shutil.copy(work / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    first = run(project, "generator.speed.sitebuild", "--into", "site")
    assert first.returncode == 0, first.stderr
    before = tree(project / "site")
    with open(project / "docs" / "data.md", "a", encoding="utf-8") as out:
        out.write("\n新的一段\n")
    assert paused_build(project, getattr(signal, signal_name)) != 0
    assert tree(project / "site") == before  # the old site, whole: never none, never a mixture
    again = run(project, "generator.speed.sitebuild", "--into", "site")
    assert again.returncode == 0, again.stderr
    assert "新的一段" in (project / "site" / "data" / "index.html").read_text(encoding="utf-8")
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []
    assert tree(project / "site").keys() == before.keys()



# --- What sitebuild is written for: MkDocs 1.6.1, its names, its plugin events ---------------------

def test_the_installed_mkdocs_is_the_one_sitebuild_is_written_for():
    from importlib import metadata

    from generator.speed.sitebuild import MKDOCS_VERSION

    pinned = re.search(r"^mkdocs==(\S+)$", (ROOT / "constraints.txt").read_text(encoding="utf-8"), re.M).group(1)
    assert metadata.version("mkdocs") == MKDOCS_VERSION == pinned, (
        f"MkDocs {metadata.version('mkdocs')} installed, {pinned} pinned in constraints.txt, and "
        f"generator/speed/sitebuild.py is written for {MKDOCS_VERSION}: before changing MKDOCS_VERSION, go through "
        "MKDOCS_NAMES against the new MkDocs (test_every_mkdocs_name_sitebuild_uses_is_there_and_unchanged)")


def test_every_mkdocs_name_sitebuild_uses_is_there_and_unchanged():
    """Each entry of MKDOCS_NAMES is found, and each MkDocs function whose body sitebuild copies
    has the source it had when the copy was made (sha256 of inspect.getsource)."""
    import hashlib
    import inspect

    from generator.speed.sitebuild import MKDOCS_NAMES, MKDOCS_VERSION, look_up

    problems = []
    for name, (path, digest) in MKDOCS_NAMES.items():
        try:
            found = look_up(path)
        except (ImportError, AttributeError) as error:
            problems.append(f"{path} is gone ({error}): rewrite what generator/speed/sitebuild.py does with {name!r}")
            continue
        if digest is not None and hashlib.sha256(inspect.getsource(found).encode()).hexdigest() != digest:
            problems.append(f"{path} has changed since MkDocs {MKDOCS_VERSION}: compare it with what "
                            f"generator/speed/sitebuild.py copies of it (the comment above {name!r} in MKDOCS_NAMES says "
                            "where), carry the change over, then record its new sha256")
    assert not problems, "\n".join(problems)


def test_sitebuild_reaches_mkdocs_only_through_its_list():
    """sitebuild imports nothing from MkDocs (but for type checking): every MkDocs object comes
    from MKDOCS_NAMES, each `mk.<name>` is an entry, and each private attribute it uses is named
    there or set in a body it copies."""
    import ast
    import inspect

    from generator.speed import sitebuild

    source = (ROOT / "generator" / "speed" / "sitebuild.py").read_text(encoding="utf-8")
    module = ast.parse(source)
    typing_only = {id(node) for block in module.body if isinstance(block, ast.If)
                   and ast.unparse(block.test) == "TYPE_CHECKING" for node in ast.walk(block)}
    imports = [ast.unparse(node) for node in ast.walk(module) if isinstance(node, (ast.Import, ast.ImportFrom))
               and id(node) not in typing_only and "mkdocs" in ast.unparse(node)]
    assert imports == []
    attributes = [node for node in ast.walk(module) if isinstance(node, ast.Attribute)]
    used = {node.attr for node in attributes if isinstance(node.value, ast.Name) and node.value.id == "mk"}
    assert used and used <= sitebuild.MKDOCS_NAMES.keys(), used - sitebuild.MKDOCS_NAMES.keys()
    listed = {path.rpartition(":")[2].rpartition(".")[2] for path, _ in sitebuild.MKDOCS_NAMES.values()}
    copied = "".join(inspect.getsource(sitebuild.look_up(path))
                     for path, digest in sitebuild.MKDOCS_NAMES.values() if digest)
    private = {node.attr for node in attributes if node.attr.startswith("_") and not node.attr.startswith("__")}
    assert {"_register", "_title_from_render", "_build_page"} <= private
    assert {name for name in private if name not in listed and f".{name}" not in copied} == set()


def test_every_plugin_event_is_either_run_as_mkdocs_runs_it_or_refused():
    from mkdocs.plugins import EVENTS

    from generator.speed.sitebuild import EVENTS_REFUSED, EVENTS_RUN, PAGE_EVENTS

    named = EVENTS_RUN + PAGE_EVENTS + EVENTS_REFUSED
    assert sorted(named) == sorted(EVENTS) and len(set(named)) == len(named)


@pytest.fixture
def other_mkdocs(monkeypatch):
    """sitebuild as it finds itself beside an MkDocs it was not written for."""
    from generator.speed import sitebuild

    sitebuild.mkdocs_names.cache_clear()
    monkeypatch.setattr(sitebuild, "installed_mkdocs", lambda: "1.7.0")
    yield sitebuild
    sitebuild.mkdocs_names.cache_clear()


def test_another_mkdocs_is_refused_and_make_site_builds_with_mkdocs_build(work, tmp_path, other_mkdocs, monkeypatch,
                                                                         capsys):
    """Refused before anything is built, naming the version found and the one expected; with
    --fallback (as `make site` runs it) one line says so and `mkdocs build --strict` builds
    the same site into site/, as sitebuild would have."""
    project = tmp_path / "project"
    shutil.copytree(work / "docs", project / "docs")
    shutil.copy(work / "mkdocs.yml", project / "mkdocs.yml")
    (project / "theme_overrides").symlink_to(ROOT / "theme_overrides")
    with pytest.raises(other_mkdocs.Refused) as refused:
        other_mkdocs.build(str(project / "mkdocs.yml"), into="site")
    message = str(refused.value)
    assert "written for MkDocs 1.6.1" in message and "MkDocs 1.7.0 is installed" in message
    assert "`mkdocs build --strict` builds the same site" in message
    assert sorted(p.name for p in project.iterdir()) == ["docs", "mkdocs.yml", "theme_overrides"]
    assert other_mkdocs.main(["-f", str(project / "mkdocs.yml"), "--into", "site"]) == 1

    capsys.readouterr()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")
    assert other_mkdocs.main(["-f", str(project / "mkdocs.yml"), "--into", "site", "--fallback"]) == 0
    notices = [line for line in capsys.readouterr().err.splitlines() if "1.7.0" in line]
    assert len(notices) == 1 and notices[0].endswith("building with `mkdocs build --strict` instead"), notices
    stock = run(project, "mkdocs", "build", "--strict", "-d", "stock")
    assert stock.returncode == 0, stock.stderr
    assert tree(project / "site") == tree(project / "stock")
    assert not [p.name for p in project.iterdir() if p.name.startswith(".site")]


TINY_PLUGIN = """
import os

from mkdocs.plugins import EVENTS, BasePlugin
from mkdocs.structure.files import File


def note(line):
    with open(os.environ["TINY_JOURNAL"], "a", encoding="utf-8") as journal:
        journal.write(line + "\\n")


class Journal(BasePlugin):
    \"\"\"Notes each event it is given and what it sees then; adds a file; fails on TINY_FAIL.\"\"\"

    def on_startup(self, *, command, dirty):
        note(f"startup {command} dirty={dirty}")

    def on_shutdown(self):
        note("shutdown")

    def on_serve(self, server, *, config, builder):
        note("serve")

    def on_config(self, config):
        note(f"config {config.site_name} strict={config.strict}")
        config.site_description = "由插件改写的说明"

    def on_pre_build(self, *, config):
        note(f"pre_build {config.site_description}")

    def on_files(self, files, *, config):
        note(f"files {len(files)} {len(files.documentation_pages())}")
        files.append(File.generated(config, "tiny.txt", content="由插件加入"))
        return files

    def on_nav(self, nav, *, config, files):
        note(f"nav {[item.title for item in nav.items]} {files.get_file_from_path('tiny.txt') is not None}")
        if os.environ.get("TINY_FAIL"):
            raise RuntimeError("tiny fails")
        return nav

    def on_build_error(self, *, error):
        note(f"build_error {type(error).__name__} {error}")


for event in EVENTS:  # one plugin for each event, named only-<event>
    globals()[f"Only_{event}"] = type(f"Only_{event}", (BasePlugin,), {f"on_{event}": lambda self, *a, **k: None})
"""


@pytest.fixture(scope="module")
def tiny_plugin(tmp_path_factory):
    """A folder for PYTHONPATH with the plugins `journal` and `only-<event>` (TINY_PLUGIN),
    installed as MkDocs finds plugins: by their entry points."""
    from mkdocs.plugins import EVENTS

    folder = tmp_path_factory.mktemp("plugins")
    (folder / "tinyplugin.py").write_text(TINY_PLUGIN, encoding="utf-8")
    info = folder / "tinyplugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: tinyplugin\nVersion: 0.1\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[mkdocs.plugins]\njournal = tinyplugin:Journal\n"
        + "".join(f"only-{event} = tinyplugin:Only_{event}\n" for event in EVENTS), encoding="utf-8")
    return folder


def run_with(work, folder, journal, *command, **env):
    environment = {**ENV, "PYTHONPATH": os.pathsep.join([str(folder), str(ROOT)]), "TINY_JOURNAL": str(journal),
                   **env}
    return subprocess.run([sys.executable, "-m", *command], cwd=work, env=environment, capture_output=True, text=True)


def test_the_plugin_events_sitebuild_runs_run_as_in_mkdocs_build(work, tiny_plugin):
    """on_startup, on_config, on_pre_build, on_files, on_nav, on_shutdown and on_build_error:
    given in the same order with the same arguments, seeing the same things, and what they
    change is in both sites alike; on_serve by neither."""
    (work / "mkdocs.journal.yml").write_text("INHERIT: mkdocs.yml\nplugins: [journal]\n", encoding="utf-8")
    for fail in ("1", ""):  # failing first: the sites of the build that succeeds are compared
        stock = run_with(work, tiny_plugin, work / f"stock{fail}.journal", "mkdocs", "build", "--strict",
                         "-f", "mkdocs.journal.yml", "-d", "journal-stock", TINY_FAIL=fail)
        built = run_with(work, tiny_plugin, work / f"built{fail}.journal", "generator.speed.sitebuild", "--workers", "2",
                         "-f", "mkdocs.journal.yml", "-d", "journal-built", TINY_FAIL=fail)
        assert (stock.returncode, built.returncode) == ((1, 1) if fail else (0, 0)), (stock.stderr, built.stderr)
        noted = (work / f"stock{fail}.journal").read_text(encoding="utf-8")
        assert (work / f"built{fail}.journal").read_text(encoding="utf-8") == noted
        events = [line.split()[0] for line in noted.splitlines()]
        assert events == ["startup", "config", "pre_build", "files", "nav"] + ["build_error"] * bool(fail) + ["shutdown"]
    assert "build_error RuntimeError tiny fails" in (work / "built1.journal").read_text(encoding="utf-8")
    assert tree(work / "journal-built") == tree(work / "journal-stock")
    assert "由插件改写的说明" in (work / "journal-built" / "index.html").read_text(encoding="utf-8")
    assert (work / "journal-built" / "tiny.txt").read_text(encoding="utf-8") == "由插件加入"


def test_a_plugin_or_hook_with_an_event_sitebuild_cannot_run_as_mkdocs_is_refused_by_name(work, tiny_plugin):
    """Every event but those run as MkDocs runs them: each plugin named with its event, and a
    hook with on_env too, though a hook's page events (the archive's own) are allowed."""
    from generator.speed.sitebuild import EVENTS_RUN

    from mkdocs.plugins import EVENTS

    refused = [event for event in EVENTS if event not in EVENTS_RUN]
    (work / "env_hook.py").write_text("def on_env(env, config, files):\n    return env\n\n\n"
                                      "def on_post_page(output, page, config):\n    return output\n",
                                      encoding="utf-8")
    (work / "mkdocs.refused.yml").write_text(
        "INHERIT: mkdocs.yml\nplugins: [journal, " + ", ".join(f"only-{event}" for event in refused) + "]\n"
        "hooks: [theme_overrides/.hooks/whitespace.py, env_hook.py]\n", encoding="utf-8")
    built = run_with(work, tiny_plugin, work / "refused.journal", "generator.speed.sitebuild", "-f", "mkdocs.refused.yml",
                     "-d", "refused")
    assert built.returncode == 1
    for event in refused:
        assert f"'only-{event}' (on_{event})" in built.stderr, (event, built.stderr)
    assert "'env_hook.py' (on_env)" in built.stderr and "'journal'" not in built.stderr
    assert "whitespace.py" not in built.stderr
    assert "`mkdocs build --strict` builds the same site" in built.stderr
    assert not (work / "refused").exists() and not (work / "refused.journal").exists()

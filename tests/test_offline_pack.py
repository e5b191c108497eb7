"""`make offline` is all or nothing: the zip is replaced only by a complete one, and the built
copy takes the old one's place without a moment where there is none."""
import zipfile
from pathlib import Path

import pytest

from generator.tools import offline


@pytest.fixture
def built(tmp_path):
    folder = tmp_path / ".site.building"
    for name in ("index.html", "articles/a.html", "articles/b.html"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"new {name}", encoding="utf-8")
    return folder


def test_a_failed_pack_leaves_the_old_zip_whole(built, tmp_path, monkeypatch):
    target = tmp_path / "archive-offline.zip"
    offline.pack(built, target)
    before = target.read_bytes()
    (built / "articles" / "c.html").write_text("one more", encoding="utf-8")
    read_bytes = Path.read_bytes

    def failing(path):
        if path.name == "b.html":
            raise OSError(28, "No space left on device", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", failing)
    with pytest.raises(OSError):
        offline.pack(built, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.building", "archive-offline.zip"]


@pytest.mark.parametrize("can_exchange", [True, False])
def test_the_built_copy_takes_the_place_of_the_old_one(built, tmp_path, monkeypatch, can_exchange):
    if not can_exchange:
        monkeypatch.setattr(offline, "exchange", lambda first, second: False)
    site = tmp_path / "site"
    (site / "old").mkdir(parents=True)
    (site / "old" / "index.html").write_text("old", encoding="utf-8")
    offline.main([str(built), str(tmp_path / "copy.zip"), "--into", str(site)])
    assert (site / "index.html").read_text(encoding="utf-8") == "new index.html"
    assert not (site / "old").exists() and not built.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["copy.zip", "site"]
    with zipfile.ZipFile(tmp_path / "copy.zip") as packed:
        assert packed.testzip() is None and len(packed.namelist()) == 3


def test_a_copy_left_aside_by_a_killed_swap_is_put_back(built, tmp_path):
    site = tmp_path / "site"
    aside = offline.previous_of(site)
    aside.mkdir()
    (aside / "index.html").write_text("old", encoding="utf-8")
    offline.recover_folder(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "old" and not aside.exists()

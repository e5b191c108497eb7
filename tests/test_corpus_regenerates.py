"""The pages of the labelled corpus (tests/corpus) are what their builders make: a builder edited
without regenerating, or one that stopped being deterministic, shows here. Held-back pages are
compared too, but their failure names no page, so nobody developing rules reads one by accident."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "corpus"))
import synthesize  # noqa: E402

DEV = Path(__file__).parent / "corpus" / "pages" / "dev"
HELD_BACK = Path(__file__).parent / "corpus" / "pages" / "heldout"


def build_split(wanted: str, folder: Path) -> set[str]:
    """Build every page of one part of the corpus into `folder`: the stems made."""
    made: set[str] = set()
    for split, families, base in synthesize.page_sets():
        if split != wanted:
            continue
        for index, family in enumerate(families, start=1):
            family.split = split
            made.update(synthesize.build_family(family, base, index, folder))
    return made


def test_every_generated_dev_page_regenerates_byte_for_byte(tmp_path):
    made = build_split("dev", tmp_path)
    committed = {p.name[: -len(".txt")] for p in DEV.glob("*.txt") if not p.name.startswith("hand_")}
    assert made == committed
    for stem in sorted(made):
        for suffix in (".txt", ".gold.yml"):
            assert (tmp_path / f"{stem}{suffix}").read_bytes() == (DEV / f"{stem}{suffix}").read_bytes(), stem + suffix


def test_every_held_back_page_regenerates_byte_for_byte(tmp_path):
    made = build_split("heldout", tmp_path)
    committed = {p.name[: -len(".txt")] for p in HELD_BACK.glob("*.txt")}
    differing = sum(
        (tmp_path / f"{stem}{suffix}").read_bytes() != (HELD_BACK / f"{stem}{suffix}").read_bytes()
        for stem in made & committed
        for suffix in (".txt", ".gold.yml")
    )
    assert (len(made ^ committed), differing) == (0, 0), "held-back pages no longer regenerate"

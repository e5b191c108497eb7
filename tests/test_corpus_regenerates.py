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


def test_a_justified_family_sets_lines_by_width_not_by_characters():
    """A justified column fills each line to the same width, so a line of digits and Latin letters
    holds more characters than a line of ideographs; wrapping by count leaves it narrow."""
    text = "2024年12月20日6时Micro LED产品发布会在成都举行"
    by_count = synthesize.wrap(text, 12)
    by_width = synthesize.wrap(text, 12, justified=True)
    assert "".join(by_width) == text
    assert len(by_width[0]) > len(by_count[0]) == 12
    assert sum(synthesize.em_width(c) for c in by_width[0]) <= 12
    assert synthesize.wrap("成都举行发布会", 3, justified=True) == ["成都举", "行发布", "会"]

from pathlib import Path

import pytest

from generator.pipeline import build_folder

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_results():
    """The five seed pages through the whole pipeline, once per test session."""
    return {r.page.raw.file: r for r in build_folder(SEEDS)}

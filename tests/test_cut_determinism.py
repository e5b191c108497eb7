"""The same page is cut the same way in every process: string hashing (PYTHONHASHSEED) changes
the order sets are walked in, and no decision may depend on it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CUT_DIGEST = """
import hashlib, sys
from pathlib import Path
from generator.archive.read import read_page
from generator.archive.build import build_page
digest = hashlib.sha256()
for path in sorted(Path("tests/corpus/pages").glob("*/*.txt")):
    for item in build_page(read_page(path, path.parent)).page.items:
        digest.update(repr((path.name, item.kind, item.kicker, item.title, item.subtitle, item.authors,
                            item.lines)).encode())
print(digest.hexdigest())
"""


@pytest.mark.slow
def test_corpus_pages_are_cut_alike_whatever_the_hash_seed():
    digests = set()
    for seed in ("1", "2"):
        result = subprocess.run([sys.executable, "-c", CUT_DIGEST], cwd=ROOT, capture_output=True, text=True,
                                env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        digests.add(result.stdout.strip())
    assert len(digests) == 1

# The archive in two commands: `make site` and `make test`.
PYTHON ?= python3
export NO_MKDOCS_2_WARNING := 1
# MkDocs stamps sitemap.xml.gz with the build time unless told otherwise: a fixed stamp keeps
# two builds of the same archive byte-identical (dates shown to readers come from the data).
export SOURCE_DATE_EPOCH ?= 0
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: site docs test lint serve offline bench soak check clean eval site-zensical offline-zensical

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test,zensical]'
	touch $(STAMP)

docs: $(STAMP)
	$(BIN)/python -m generator generate --input seeds --output docs

# MkDocs' build with its pages spread over the cores (generator/speed/sitebuild.py: same output, and
# any warning fails it, which `mkdocs build --strict --quiet` does not do: --quiet drops them);
# a page whose Markdown and everything else it is made of are unchanged is linked from site/.
# site/ is replaced only by a complete build: MkDocs builds into .site.building, which then
# takes site/'s place in one step (the two names exchanged, `--into`). A failed or interrupted
# build leaves the previous site/ as it was; site/ is never missing. Where sitebuild refuses
# (another MkDocs than the one it is written for, a plugin it cannot run as MkDocs does), it
# says so in one line and `mkdocs build --strict` builds the same site the same way (`--fallback`).
site: docs
	$(BIN)/python -m generator.speed.sitebuild --into site --fallback
	@echo "site built in site/ (open site/index.html through a web server, or run: make serve)"

# The same docs/ and theme overrides built by Zensical instead (generator/tools/zensicalbuild.py; any
# warning fails it), then every link checked: site-zensical/, and the offline copy beside
# MkDocs' in offline/site-zensical/. design/BUILDERS.md.
site-zensical: docs
	$(BIN)/python -m generator.tools.zensicalbuild --site-dir site-zensical
	$(BIN)/python -m generator.tools.linkcheck site-zensical --seeds seeds

offline-zensical: docs
	$(BIN)/python -m generator.tools.zensicalbuild --config-file mkdocs.offline.yml --site-dir offline/site-zensical
	$(BIN)/python -m generator.tools.linkcheck offline/site-zensical --seeds seeds

check: $(STAMP)
	$(BIN)/python -m generator check --input seeds

test: $(STAMP) node_modules/.package-lock.json
	$(BIN)/python -m pytest

# ruff's checks over the Python, then mypy over generator/ (both configured in pyproject.toml).
# Checks only: nothing is reformatted.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/mypy

# axe-core for the browser's WCAG checks (tests/test_accessibility.py), as pinned in
# package-lock.json; tests only, never part of the site. Without npm those checks are skipped
# and say so.
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; \
	else echo "npm not found: the axe-core accessibility tests will be SKIPPED"; fi

serve: docs
	$(BIN)/mkdocs serve

# All or nothing: the copy is built beside offline/site, the zip written beside its target and
# renamed into place, then the new copy takes offline/site's name (generator/tools/offline.py).
offline: docs
	@rm -rf offline/.site.building
	$(BIN)/python -m generator.speed.sitebuild --fallback --config-file mkdocs.offline.yml --site-dir offline/.site.building \
		|| { rm -rf offline/.site.building; exit 1; }
	$(BIN)/python -m generator.tools.offline offline/.site.building offline/archive-offline.zip --into offline/site \
		|| { rm -rf offline/.site.building; exit 1; }
	@echo "offline copy in offline/site (open offline/site/index.html) and offline/archive-offline.zip"

# Scale benchmark on a synthetic archive of $(BENCH_N) articles (figures printed; design/PERFORMANCE.md);
# BENCH_ROUNDS=R builds the site R times more with each builder (sitebuild, mkdocs, Zensical), in turn.
BENCH_N ?= 1000
bench: $(STAMP)
	$(BIN)/python -m generator.tools.bench --n $(BENCH_N)

# $(SOAK_N) runs of generate on 300 synthetic pages, each killed at a random moment (SIGINT or
# SIGKILL) and followed by a run to completion; ends with docs/, ids.lock and the search index
# those of a clean build (generator/tools/soak.py). Not part of `make test`.
SOAK_N ?= 100
soak: $(STAMP)
	$(BIN)/python -m generator.tools.soak --runs $(SOAK_N)

clean:
	rm -rf site site-zensical docs .pytest_cache

# Segmentation measured on the labelled corpus (tests/corpus): development part, held-back part
# and the seeds, each per layout family, with the worst pages and why.
eval: $(STAMP)
	$(BIN)/python tests/corpus/evaluate.py

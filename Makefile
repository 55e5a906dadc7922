# SledPlanner developer commands. `make run` and `make test` build .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
PYTEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1

.PHONY: run test test-slow lint format install clean screenshots bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Runtime dependencies (and the build backend, so reinstalls need no network).
$(VENV)/.deps-run: pyproject.toml | $(BIN)/python
	$(PIP) install --quiet "hatchling>=1.27,<2" .
	touch $@

# Test extras on top.
$(VENV)/.deps-test: pyproject.toml $(VENV)/.deps-run
	$(PIP) install --quiet ".[test]"
	touch $@

# Install the current source as a regular (not editable) package: tests run against it.
install: $(VENV)/.deps-run
	$(PIP) install --quiet --no-deps --no-build-isolation --force-reinstall .

run: install
	$(BIN)/sledplanner $(ARGS)

lint: $(VENV)/.deps-test
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(PIP) install --quiet --no-deps --no-build-isolation --force-reinstall .
	$(BIN)/lint-imports

format: $(VENV)/.deps-test
	$(BIN)/ruff check --fix src tests
	$(BIN)/ruff format src tests

test: lint
	$(PYTEST_ENV) $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test-slow: lint
	$(PYTEST_ENV) $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

# Timing scripts; each prints its own figures.
bench: install
	for script in benchmarks/bench_*.py; do $(BIN)/python $$script || exit 1; done

# Pictures for the README, made by the screenshot command on the example database.
SHOTS_DB := $(or $(TMPDIR),/tmp)/sledplanner-screens/sledplanner.json
screenshots: install
	mkdir -p docs/screenshots
	rm -rf $(dir $(SHOTS_DB))
	$(BIN)/sledplanner demo $(SHOTS_DB)
	for tab in equipment programme progress; do \
	  $(BIN)/sledplanner screenshot --db $(SHOTS_DB) --tab $$tab \
	    --out docs/screenshots/$$tab.png --size 1280x800 || exit 1; \
	done
	rm -rf $(dir $(SHOTS_DB))

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis

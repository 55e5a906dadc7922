# SledPlanner developer commands. `make run` and `make test` build .venv themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check
PYTEST_ENV := QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE=1

.PHONY: run test test-slow lint format install clean screenshots bench dist test-packaging mutation

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

# Before the window opens, packaging/qt_system_libs.py checks that Qt's X11 plugin can load and,
# on Debian/Ubuntu, installs the missing system libraries with apt-get (sudo when not root).
run: install
	$(BIN)/python packaging/qt_system_libs.py
	$(BIN)/sledplanner $(ARGS)

lint: $(VENV)/.deps-test
	$(BIN)/ruff check src tests packaging
	$(BIN)/ruff format --check src tests packaging
	$(BIN)/mypy
	$(PIP) install --quiet --no-deps --no-build-isolation --force-reinstall .
	$(BIN)/lint-imports

format: $(VENV)/.deps-test
	$(BIN)/ruff check --fix src tests packaging
	$(BIN)/ruff format src tests packaging

test: lint
	$(PYTEST_ENV) $(BIN)/python -m pytest -m "not slow" $(PYTEST_ARGS)

test-slow: lint
	$(PYTEST_ENV) $(BIN)/python -m pytest -m slow $(PYTEST_ARGS)

# Mutation testing (mutmut) of the code that decides numbers: the files listed under
# [tool.mutmut] in pyproject.toml, against tests/domain and tests/services. Takes tens of minutes; not part of `make test`.
# The score and the surviving mutants: `.venv/bin/mutmut results`, `.venv/bin/mutmut show NAME`.
$(VENV)/.deps-mutation: pyproject.toml $(VENV)/.deps-test
	$(PIP) install --quiet ".[mutation]"
	touch $@

mutation: $(VENV)/.deps-mutation
	rm -rf mutants
	mkdir -p mutants/src/sledplanner && cp -r resources mutants/src/sledplanner/
	QT_QPA_PLATFORM=offscreen $(BIN)/mutmut run --max-children 2 || true
	$(BIN)/python tests/mutation_score.py

# Timing scripts, in this order; each prints its own figures and PASS/FAIL against its targets
# (a missed target still exits 0). Bytecode is cached so runs measure the code, not compiling it.
bench: install
	for name in startup edits tabs planner metrics team; do \
	  env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen \
	    $(BIN)/python benchmarks/bench_$$name.py || exit 1; \
	done

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

# ---------------------------------------------------------------- Linux desktop integration
# `make install-desktop` (default PREFIX=~/.local) reinstalls the app into .venv, then puts into
# PREFIX: the hicolor icons (rendered by packaging/icons.py), the .desktop file, the AppStream
# metainfo and a `sledplanner` launcher in PREFIX/bin that runs this checkout's .venv. DESTDIR is
# honoured for staging. `make install PREFIX=DIR` (PREFIX given on the command line) does the same;
# plain `make install` still only reinstalls into .venv.
PREFIX ?= $(HOME)/.local
APP_ID := io.github.sledplanner.SledPlanner
DESKTOP_SRC := resources/desktop
DEST := $(DESTDIR)$(PREFIX)
.PHONY: install-desktop desktop-files uninstall-desktop desktop-check

install-desktop: install desktop-files

ifeq ($(origin PREFIX),command line)
install: desktop-files
endif

desktop-files: $(VENV)/.deps-run
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/icons.py $(DEST)/share/icons/hicolor >/dev/null
	install -D -m 644 $(DESKTOP_SRC)/$(APP_ID).desktop $(DEST)/share/applications/$(APP_ID).desktop
	install -D -m 644 $(DESKTOP_SRC)/$(APP_ID).metainfo.xml \
	  $(DEST)/share/metainfo/$(APP_ID).metainfo.xml
	mkdir -p $(DEST)/bin
	printf '#!/bin/sh\n# Made by make install-desktop: runs SledPlanner from its venv.\nexec "%s" "$$@"\n' \
	  '$(abspath $(BIN))/sledplanner' > $(DEST)/bin/sledplanner
	chmod 755 $(DEST)/bin/sledplanner
	@echo "Installed the desktop entry, icons, metainfo and launcher under $(DEST)"

uninstall-desktop:
	rm -f $(DEST)/share/applications/$(APP_ID).desktop $(DEST)/share/metainfo/$(APP_ID).metainfo.xml
	rm -f $(DEST)/share/icons/hicolor/*/apps/$(APP_ID).png
	rm -f $(DEST)/share/icons/hicolor/scalable/apps/$(APP_ID).svg
	if grep -q '^# Made by make install-desktop' $(DEST)/bin/sledplanner 2>/dev/null; then \
	  rm -f $(DEST)/bin/sledplanner; fi

# Both validators on the shipped files (desktop-file-validate: Debian package desktop-file-utils),
# then AppStream's check of a staged install tree (metainfo, .desktop file and icons together).
DESKTOP_STAGE := $(or $(TMPDIR),/tmp)/sledplanner-desktop-stage
desktop-check: $(VENV)/.deps-run
	desktop-file-validate $(DESKTOP_SRC)/$(APP_ID).desktop
	appstreamcli validate --no-net $(DESKTOP_SRC)/$(APP_ID).metainfo.xml
	rm -rf $(DESKTOP_STAGE)
	$(MAKE) --no-print-directory desktop-files DESTDIR=$(DESKTOP_STAGE) PREFIX=/usr >/dev/null
	appstreamcli validate-tree --no-net $(DESKTOP_STAGE)/usr
	rm -rf $(DESKTOP_STAGE)

# The translation template: every tr()/QCoreApplication.translate() string in the source, for
# Qt Linguist. Strings no longer in the source are dropped. See resources/i18n/README.md.
I18N_TEMPLATE := resources/i18n/sledplanner.ts
translations: $(VENV)/.deps-run
	mkdir -p $(dir $(I18N_TEMPLATE))
	$(BIN)/pyside6-lupdate -extensions py -recursive -no-obsolete -source-language en \
	  src/sledplanner -ts $(I18N_TEMPLATE)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache .hypothesis mutants

# One-folder bundle made by PyInstaller (packaging/sledplanner.spec); not part of `make test`.
VERSION    := $(shell sed -n 's/^__version__ = "\(.*\)"/\1/p' src/sledplanner/__init__.py)
BUNDLE_TAR := dist/SledPlanner-$(VERSION)-linux-$(shell uname -m).tar.gz

# PyInstaller (the `packaging` extra) on top of the runtime dependencies.
$(VENV)/.deps-packaging: pyproject.toml $(VENV)/.deps-run
	$(PIP) install --quiet ".[packaging]"
	touch $@

# The bundle is made from the installed package, so reinstall the current source first (as
# `make install` does, without its desktop-files side when PREFIX is given on the command line).
dist: $(VENV)/.deps-packaging
	$(PIP) install --quiet --no-deps --no-build-isolation --force-reinstall .
	rm -rf dist/SledPlanner $(BUNDLE_TAR) build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
	  --distpath dist --workpath build/pyinstaller packaging/sledplanner.spec
	tar -C dist -czf $(BUNDLE_TAR) SledPlanner
	du -sh dist/SledPlanner $(BUNDLE_TAR)

# The frozen binary, headless: --version, demo, check, export, each tab's screenshot, the window.
test-packaging: dist
	bash packaging/smoke_test.sh dist/SledPlanner

# Two real Syncthing instances, on 127.0.0.1 only, share a folder; both change the database while
# apart, a real conflict copy appears, `sledplanner merge` merges it and nothing is lost. Needs
# the syncthing command (Debian: apt-get install syncthing). Not part of `make test`; stops by
# itself (every wait is bounded, and timeout ends it after 10 minutes at most).
.PHONY: test-sync
test-sync: install
	QT_QPA_PLATFORM=offscreen timeout 600 $(BIN)/python tests/sync/syncthing_conflict.py

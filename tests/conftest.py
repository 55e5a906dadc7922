"""Shared test set-up: headless Qt, Qt's test folders, a temporary database for every test."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode() -> None:
    """Keep Qt's standard folders (data, config, settings) away from the user's own."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


class _Caught(logging.Handler):
    """Keeps the records of warnings and errors the package logs during one test."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_unexpected_log(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Fail a test whose code logs a warning or an error it did not expect (qutebrowser's logfail).

    A test that provokes one on purpose says so with ``@pytest.mark.expected_log``. The package's
    log normally waits in memory until the window has painted; here it goes straight to
    ``logging`` so that it can be caught.
    """
    from sledplanner.services import logs

    monkeypatch.setattr(logs, "_started", True)
    caught = _Caught()
    logger = logging.getLogger(logs.LOGGER)
    logger.addHandler(caught)
    yield
    logger.removeHandler(caught)
    if caught.records and request.node.get_closest_marker("expected_log") is None:
        said = "\n".join(
            f"{record.levelname} {record.name}: {record.getMessage()}" for record in caught.records
        )
        pytest.fail(f"unexpected warning or error in the log:\n{said}", pytrace=False)


@pytest.fixture(autouse=True)
def _days_written_in_iso() -> Iterator[None]:
    """Messages write ISO days unless a test's window installs the locale's form; undo that."""
    yield
    from sledplanner.domain.day_words import write_days_with

    write_days_with(None)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database path in a fresh temporary folder (the file does not exist yet)."""
    return tmp_path / "training.json"


#: What the torture runs of `make test-slow` tried, reported at the end of the run.
TORTURE: dict[str, int] = {}


@pytest.fixture
def torture() -> dict[str, int]:
    """Counters a torture test adds to: files tried, kills, writes, lost."""
    return TORTURE


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's hook
    """Print the torture counts, when a torture test ran."""
    if TORTURE:
        counts = ", ".join(f"{name} {TORTURE[name]:,}" for name in sorted(TORTURE))
        terminalreporter.write_line(f"torture: {counts}")

"""Shared test set-up: headless Qt, Qt's test folders, a temporary database for every test."""

from __future__ import annotations

import os
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


@pytest.fixture(autouse=True, scope="session")
def _subprocess_data_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Commands run as subprocesses keep their data folder (the device id) in a temporary one."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))


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

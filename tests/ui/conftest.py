"""Fixtures for window tests: isolated settings and a controller on a temporary database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from sledplanner.app.controller import Controller


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings kept in a temporary INI file."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(qtbot, settings: QSettings) -> Iterator[Controller]:  # noqa: ANN001
    """A controller with its window shown and no database open yet."""
    made = Controller(settings)
    qtbot.addWidget(made.window)
    made.window.show()
    yield made
    made.close()

"""Fixtures for window tests: isolated settings and a controller on a temporary database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from sledplanner.app.controller import Controller


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings kept in a temporary INI file."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(qtbot, settings: QSettings) -> Iterator[Controller]:  # noqa: ANN001
    """A controller with its window shown and no database open yet."""
    made = Controller(settings)
    # A test that fails with edits still unsaved must not leave a "Quit without them?" question
    # waiting for an answer at teardown.
    qtbot.addWidget(made.window, before_close_func=lambda _w: made.window.pending_saves.discard())
    made.window.show()
    yield made
    made.close()


@pytest.fixture
def settle() -> Callable[[Controller], None]:
    """Wait until the window's background save is done and its outcome is shown."""

    def wait(controller: Controller) -> None:
        if controller.workspace is not None:
            controller.workspace.settle()
        QCoreApplication.processEvents()  # deliver the writer thread's report

    return wait

"""Rendering a tab to a PNG file without a display, for documentation and for looking."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QMessageLogContext, QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from sledplanner.app.gui import application, data_folder
from sledplanner.services.bundle import build_services
from sledplanner.services.workspace import default_database_path, open_workspace
from sledplanner.ui.locale_defaults import locale_preferences
from sledplanner.ui.main_window import MainWindow

_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints()"


def _quiet_offscreen(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Pass Qt's messages on to stderr, except the offscreen platform's harmless resize notice."""
    if message != _OFFSCREEN_NOISE:
        print(message, file=sys.stderr)


class ScreenshotError(Exception):
    """The picture could not be written."""


def render_screenshot(database: Path | None, tab: str, out: Path, size: QSize) -> None:
    """Render ``tab`` of the window on ``database`` (read-only, never created) into ``out``.

    Raises:
        DatabaseError: The database cannot be opened.
        ScreenshotError: The PNG file cannot be written.
    """
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_quiet_offscreen)
    app = application()
    path = database if database is not None else default_database_path(data_folder())
    workspace = open_workspace(path, read_only=True)
    try:
        window = MainWindow(QUndoStack(), settings=None)
        window.show_workspace(
            build_services(
                workspace, default_preferences=locale_preferences(), show_edit_controls=True
            )
        )
        window.statusBar().clearMessage()
        window.select_tab(tab)
        window.resize(size)
        window.show()
        app.processEvents()
        image = window.grab()
        window.close()
        # Destroy the widgets (charts included) while Qt is still fully alive; leaving them to
        # interpreter shutdown crashes in pyqtgraph's teardown.
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if not image.save(str(out), "PNG"):
            raise ScreenshotError(f"{out}: cannot write the PNG file")
    finally:
        workspace.close()

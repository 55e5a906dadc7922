"""Starting the window: the Qt application, settings, the database to open."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from sledplanner import __version__
from sledplanner.app.controller import LAST_DATABASE_KEY, Controller
from sledplanner.services.resources import app_icon_path
from sledplanner.services.workspace import default_database_path

APP_NAME = "SledPlanner"


def application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating and naming it on the first call."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    name_application()
    return QApplication(argv if argv is not None else sys.argv[:1])


def name_application() -> None:
    """Set the names Qt uses for the settings and data folders (no QApplication needed)."""
    # No organisation name, so the data folder is .../SledPlanner, not .../SledPlanner/SledPlanner.
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)


def data_folder() -> Path:
    """Return the user's data folder (``QStandardPaths.AppDataLocation``)."""
    name_application()
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def database_to_open(requested: Path | None, settings: QSettings) -> Path:
    """Choose the database to open.

    The one asked for; else the last one used, if it still exists; else the default file in the
    data folder.
    """
    if requested is not None:
        return requested
    last = settings.value(LAST_DATABASE_KEY)
    if isinstance(last, str) and last and Path(last).is_file():
        return Path(last)
    return default_database_path(data_folder())


def build_controller(requested: Path | None, settings: QSettings | None = None) -> Controller:
    """Create the window and open the chosen database in it (created when missing)."""
    application()
    settings = settings if settings is not None else QSettings(APP_NAME, APP_NAME)
    controller = Controller(settings, QIcon(str(app_icon_path())))
    controller.window.show()
    controller.open_path(database_to_open(requested, settings), create=True)
    return controller


def _quit_on_signals(app: QApplication) -> None:
    """Close cleanly (releasing the lock) on SIGINT and SIGTERM."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.closeAllWindows())
    # Python runs signal handlers only when it gets control; an idle timer gives it some.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def run_gui(requested: Path | None) -> int:
    """Open the main window and run until it closes; return the exit code."""
    app = application()
    controller = build_controller(requested)
    _quit_on_signals(app)
    try:
        return int(app.exec())
    finally:
        controller.close()
        # Destroy the window (charts included) before Python tears Qt down; pyqtgraph items
        # left to interpreter shutdown can crash it.
        controller.window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

"""Starting the window: the Qt application, settings, the database to open."""

from __future__ import annotations

import linecache
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QSettings,
    QStandardPaths,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from sledplanner import __version__
from sledplanner.app.controller import LAST_DATABASE_KEY, Controller
from sledplanner.app.warm_start import is_large, resume_collection
from sledplanner.services.errors import DatabaseError
from sledplanner.services.resources import app_icon_path, resource_path
from sledplanner.ui.first_paint import after_next_paint

APP_NAME = "SledPlanner"
EXAMPLE_FILE_NAME = "example.json"
# Reverse-DNS app id: the .desktop file's base name, the icon name and the AppStream id.
APP_ID = "io.github.sledplanner.SledPlanner"


def application(argv: list[str] | None = None) -> QApplication:
    """Return the running QApplication, creating and naming it on the first call."""
    existing = QApplication.instance()
    # Links windows to resources/desktop/APP_ID.desktop (Wayland app_id, taskbar icon, name).
    QGuiApplication.setDesktopFileName(APP_ID)
    if isinstance(existing, QApplication):
        return existing
    name_application()
    app = QApplication(argv if argv is not None else sys.argv[:1])
    install_translation(app)
    return app


def install_translation(
    app: QCoreApplication, folder: Path | None = None, locale: QLocale | None = None
) -> QTranslator | None:
    """Load ``sledplanner_<language>.qm`` for the locale from resources/i18n, if one exists."""
    translator = QTranslator(app)
    where = folder if folder is not None else resource_path("i18n")
    if translator.load(locale or QLocale(), "sledplanner", "_", str(where)):
        app.installTranslator(translator)
        return translator
    return None


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
    from sledplanner.services.workspace import default_database_path

    return default_database_path(data_folder())


def is_first_run(requested: Path | None, settings: QSettings) -> bool:
    """True on a real first run: no database asked for, none remembered, no default file yet."""
    if requested is not None:
        return False
    last = settings.value(LAST_DATABASE_KEY)
    if isinstance(last, str) and last:
        return False
    from sledplanner.services.workspace import default_database_path

    return not default_database_path(data_folder()).exists()


def build_controller(
    requested: Path | None,
    settings: QSettings | None = None,
    first_run_check: bool = True,
    opened: Callable[[Controller], None] | None = None,
) -> Controller:
    """Create the window and open the chosen database in it (created when missing).

    On a first run (see :func:`is_first_run`) the welcome dialog asks how to begin instead;
    ``first_run_check=False`` skips it. ``opened`` is told the controller before its window shows.
    """
    application()
    settings = settings if settings is not None else QSettings(APP_NAME, APP_NAME)
    controller = Controller(settings, QIcon(str(app_icon_path())))
    from sledplanner.app.team import attach_team  # the File menu's team folder actions

    attach_team(controller)
    if opened is not None:
        opened(controller)
    controller.window.show()
    if first_run_check and is_first_run(requested, settings):
        resume_collection()  # the welcome dialog waits for the user: nothing to hurry
        welcome(controller)
    else:
        path = database_to_open(requested, settings)
        if is_large(path):
            # Reading tens of megabytes takes a moment: show the window first and say why.
            controller.window.statusBar().showMessage(
                QCoreApplication.translate("Startup", "Opening {path}…").format(path=path)
            )
            QApplication.processEvents()
        controller.open_path(path, create=True)
    # Garbage collection, paused for the start-up (app/warm_start.py), resumes once the window
    # has painted with the database (a large file is read after the window's first paint).
    after_next_paint(controller.window, resume_collection)
    return controller


def welcome(controller: Controller) -> None:
    """Ask how to begin and do it: start empty, explore the example, or import a CSV file."""
    from sledplanner.services.workspace import default_database_path
    from sledplanner.ui.welcome import WelcomeChoice, WelcomeDialog, ask_and_import_csv

    folder = data_folder()
    dialog = WelcomeDialog(controller.window)
    choice = dialog.ask()
    dialog.deleteLater()
    if choice is WelcomeChoice.EXAMPLE and open_example(controller, folder):
        return
    opened = controller.open_path(default_database_path(folder), create=True)
    if opened and choice is WelcomeChoice.IMPORT_CSV:
        ask_and_import_csv(controller.window)


def open_example(controller: Controller, folder: Path) -> bool:
    """Open ``folder``/example.json, writing the example first if it is not there.

    An existing file is never overwritten. False when the example could not be written (the
    reason is shown); a file that cannot be opened is explained in the window as usual.
    """
    example = folder / EXAMPLE_FILE_NAME
    if not example.exists():
        from sledplanner.services.demo import write_demo  # loaded when the example is written

        try:
            write_demo(example)
        except DatabaseError as exc:
            QMessageBox.warning(
                controller.window,
                QCoreApplication.translate("Welcome", "Cannot write the example"),
                exc.message,
            )
            return False
    controller.open_path(example)
    return True


def _quit_on_signals(app: QApplication) -> None:
    """Close cleanly (releasing the lock) on SIGINT and SIGTERM."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.closeAllWindows())
    # Python runs signal handlers only when it gets control; an idle timer gives it some.
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def _bench_startup(app: QApplication, shown: list[Controller]) -> Callable[[Controller], None]:
    """Return what ``build_controller`` tells the controller to, before its window shows.

    It adds the controller to ``shown``. For ``make bench`` (SLEDPLANNER_BENCH_FIRST_PAINT set)
    it also reports the window's first paints and quits (see bench_hook); otherwise the hook
    module is not even imported.
    """
    if not os.environ.get("SLEDPLANNER_BENCH_FIRST_PAINT"):
        return shown.append
    from sledplanner.app.bench_hook import report_startup

    watch = report_startup(app, lambda: bool(shown) and shown[0].workspace is not None)

    def opened(controller: Controller) -> None:
        shown.append(controller)
        watch(controller.window)

    return opened


def run_gui(requested: Path | None) -> int:
    """Open the main window and run until it closes; return the exit code."""
    # PySide's import hook reads the source of every module imported after it (to look for
    # "PySide6" in it), and Python keeps those lines cached: several megabytes that nothing
    # needs once the app is imported. Tracebacks read the lines again when they need them.
    linecache.clearcache()
    app = application()
    from sledplanner.services.logs import INFO, log, start_logging

    log(__name__, INFO, "SledPlanner %s started", __version__)
    # The log starts once the window is up: loading logging is not worth a slower first paint.
    QTimer.singleShot(1000, lambda: start_logging(data_folder()))
    shown: list[Controller] = []
    try:
        controller = build_controller(requested, opened=_bench_startup(app, shown))
    except BaseException:
        resume_collection()
        raise
    _quit_on_signals(app)
    try:
        return int(app.exec())
    finally:
        resume_collection()
        controller.close()
        # Destroy the window (charts included) before Python tears Qt down; pyqtgraph items
        # left to interpreter shutdown can crash it.
        controller.window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

"""Start-up stays light: only what the first paint shows is loaded before it; the rest waits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any


def run_probe(code: str, home: Path, *args: str) -> dict[str, Any]:
    """Run probe ``code`` with ``args`` in a fresh offscreen process whose user folders are in
    ``home``; return the JSON object it printed last."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)}
    for folder in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[folder] = str(home / folder.lower())
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seen: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return seen


PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from sledplanner.app.gui import application, build_controller
app = application()
QStandardPaths.setTestModeEnabled(True)
settings = QSettings(sys.argv[2], QSettings.Format.IniFormat)
controller = build_controller(Path(sys.argv[1]), settings)
app.processEvents()
print(json.dumps({
    "visible": controller.window.isVisible(),
    "title": controller.window.windowTitle(),
    "heavy": sorted(m for m in ("pyqtgraph", "numpy") if m in sys.modules),
}))
controller.close()
"""


def test_window_appears_without_pyqtgraph_or_numpy(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "start.json"), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["visible"] is True
    assert seen["title"] == "start — SledPlanner"
    assert seen["heavy"] == []


EXIT_PROBE = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from sledplanner.app import gui

real_build = gui.build_controller


def build(requested, settings=None, **options):
    controller = real_build(requested, settings, **options)
    controller.window.select_tab("progress")
    QTimer.singleShot(300, controller.window.close)
    return controller


gui.build_controller = build
sys.exit(gui.run_gui(Path(sys.argv[1])))
"""


def test_the_app_exits_cleanly_after_showing_the_charts(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", EXIT_PROBE, str(tmp_path / "exit.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "exit.json.lock").exists()


#: Probe code: makes ``gui.application`` install ``FirstPaint`` (defined before it) on the app.
WATCH_APPLICATION = """
real_application = gui.application


def application(argv=None):
    app = real_application(argv)
    if app.property("probed") is None:
        app.setProperty("probed", True)
        app.installEventFilter(FirstPaint(app))
    return app


gui.application = application
"""

FIRST_PAINT_PROBE = (
    """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow
from sledplanner import cli
from sledplanner.app import gui

seen = {}


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if not seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
            tab = watched.equipment_tab
            seen["modules"] = sorted(sys.modules)
            seen["title"] = watched.windowTitle()
            seen["gear"] = [tab.model.item_at(row).name for row in range(tab.model.rowCount())]
            QTimer.singleShot(0, watched.close)
        return False

"""
    + WATCH_APPLICATION
    + """
code = cli.main(["--db", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""
)

#: Modules the first paint does not need: they are imported when first used. Each costs start-up
#: time (importing, and PySide's import hook reading its source).
DEFERRED = (
    "sledplanner.ui.programme.tab",
    "sledplanner.ui.progress.tab",
    "sledplanner.ui.charts",
    "sledplanner.ui.preferences_dialog",
    "sledplanner.ui.welcome",
    "sledplanner.ui.help_dialogs",
    "sledplanner.ui.equipment.gear_dialog",
    "sledplanner.ui.equipment.catalogue_dialog",
    "sledplanner.ui.equipment.planner_panel",
    "sledplanner.ui.equipment.subscriptions_panel",
    "sledplanner.ui.field_width",
    "sledplanner.ui.merge_dialog",
    "sledplanner.services.planner",
    "sledplanner.services.merge",
    "sledplanner.storage.merge",
    "sledplanner.domain.calendar_sync",
    "sledplanner.domain.sessions",
    "sledplanner.domain.scheduling",
    "sledplanner.domain.catalogue",
    "sledplanner.services.schedule",
    "sledplanner.services.backups",
    "sledplanner.services.conflict_copies",
    "sledplanner.storage.session_repository",
    "sledplanner.app.conflict_merge",
    "sledplanner.services.programmes",
    "sledplanner.services.progress",
    "sledplanner.services.progression",
    "sledplanner.services.gear_csv",
    "sledplanner.services.sessions_csv",
    "sledplanner.services.csv_common",
    "sledplanner.services.ical",
    "sledplanner.services.repair",
    "sledplanner.services.demo",
    "sledplanner.services.app_import",
    "sledplanner.domain.planner",
    "sledplanner.domain.programme",
    "sledplanner.domain.progression",
    "sledplanner.domain.metrics",
    "csv",
    "calendar",
    "hashlib",
    "socket",
    "icalendar",
    "pyqtgraph",
    "numpy",
)


def test_the_first_paint_shows_the_gear_and_loads_only_what_it_needs(tmp_path: Path) -> None:
    from sledplanner.services.demo import write_demo
    from sledplanner.services.gear import GearService
    from sledplanner.services.workspace import open_workspace

    database = tmp_path / "example.json"
    write_demo(database)
    workspace = open_workspace(database, read_only=True)
    try:
        gear = [item.name for item in GearService(workspace).items()]
    finally:
        workspace.close()
    assert gear
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for folder in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[folder] = str(tmp_path / folder.lower())
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["title"] == "example — SledPlanner"
    assert seen["gear"] == gear
    loaded = set(seen["modules"])
    early = [name for name in DEFERRED if name in loaded]
    assert early == [], f"imported before the first paint: {early}"


ORDER_PROBE = (
    """
import gc, json, sys
from sledplanner import cli
from sledplanner.app import warm_start

seen = {}
real_prepare = warm_start.prepare


def prepare(database=None):
    real_prepare(database)
    # What cli does next: import the window's code (and so PySide6) and run it.
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow
    from sledplanner.app import gui

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if not seen and event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                seen["order"] = list(sys.modules)  # in the order the imports began
                seen["collecting"] = gc.isenabled()
                # Two turns of the event loop later: after the work that waits for this paint
                # (ui/first_paint.py), queued during this paint event.
                QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: after_paint(watched)))
            return False

    def after_paint(window):
        seen["after"] = gc.isenabled()
        seen["frozen"] = gc.get_freeze_count()
        window.close()

"""
    + textwrap.indent(WATCH_APPLICATION, "    ")
    + """
warm_start.prepare = prepare
code = cli.main(["--db", sys.argv[1]])
print(json.dumps({"code": code, **seen}))
"""
)

#: Qt-free packages: what of them the first paint needs is imported before PySide6.
QT_FREE = ("sledplanner.domain", "sledplanner.services", "sledplanner.storage", "tinydb")


def test_a_plain_start_loads_its_qt_free_code_before_qt_and_collects_garbage_after_the_paint(
    tmp_path: Path,
) -> None:
    seen = run_probe(ORDER_PROBE, tmp_path, str(tmp_path / "order.json"))
    assert seen["code"] == 0
    order = seen["order"]
    qt = order.index("PySide6")
    late = [name for name in order[qt:] if name.startswith(QT_FREE)]
    assert late == [], f"add to app/warm_start.py, imported after PySide6: {late}"
    assert any(name.startswith("sledplanner.storage") for name in order[:qt])
    # Paused for the start-up, collecting again once the window has painted.
    assert seen["collecting"] is False
    assert seen["after"] is True
    assert seen["frozen"] > 0


LARGE_PROBE = """
import gc, json, sys
from pathlib import Path
from sledplanner.app import warm_start

warm_start.prepare(Path(sys.argv[1]))
loaded = [name for name in sys.modules if name.startswith("sledplanner.storage")]
print(json.dumps({"collecting": gc.isenabled(), "storage": loaded}))
"""


def test_a_large_file_leaves_its_code_for_after_the_window_appears(tmp_path: Path) -> None:
    from sledplanner.app.warm_start import LARGE_FILE_BYTES

    seen = {}
    for name, size in (("small.json", 100), ("large.json", LARGE_FILE_BYTES + 1)):
        database = tmp_path / name
        with database.open("wb") as handle:
            handle.truncate(size)
        seen[name] = run_probe(LARGE_PROBE, tmp_path, str(database))
    assert seen["small.json"]["storage"] != []
    assert seen["large.json"]["storage"] == []
    assert seen["small.json"]["collecting"] is seen["large.json"]["collecting"] is False


FREEZE_PROBE = """
import gc, json, sys, weakref
from pathlib import Path
from sledplanner.app import warm_start

warm_start.prepare(Path(sys.argv[1]))
from PySide6.QtCore import QEvent, QSettings
from sledplanner.app.controller import Controller
from sledplanner.app.gui import application

app = application()
controller = Controller(QSettings(sys.argv[3], QSettings.Format.IniFormat))
assert controller.open_path(Path(sys.argv[1]), create=True)
first = weakref.ref(controller.workspace)
warm_start.resume_collection()  # as after the first paint
frozen = gc.get_freeze_count()
assert controller.open_path(Path(sys.argv[2]), create=True)
app.processEvents()
app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first database's tabs go
gc.collect()
print(json.dumps({"frozen": frozen, "left": gc.get_freeze_count(), "first_freed": first() is None}))
controller.close()
"""


def test_the_first_database_is_freed_after_another_is_opened(tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    seen = run_probe(FREEZE_PROBE, tmp_path, str(first), str(second), str(tmp_path / "s.ini"))
    assert seen["frozen"] > 0  # the start-up's objects were frozen
    assert seen["left"] == 0  # and given back when the first database closed
    assert seen["first_freed"] is True

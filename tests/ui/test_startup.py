"""Start-up stays light: no pyqtgraph or numpy before the window first appears."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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

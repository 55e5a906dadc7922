"""The lower layers work where Qt and pyqtgraph cannot even be imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
for blocked in ("PySide6", "shiboken6", "pyqtgraph", "numpy"):
    sys.modules[blocked] = None  # any import of these now fails
from pathlib import Path
from sledplanner.domain.units import Mass
from sledplanner.services.check import check_database
from sledplanner.services.workspace import open_workspace
workspace = open_workspace(Path(sys.argv[1]), create=True)
workspace.close()
print(check_database(Path(sys.argv[1])).ok, Mass.of("35", "lb") + Mass.of("20", "lb"))
"""


def test_domain_storage_and_services_run_without_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "noqt.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "55", "lb"]

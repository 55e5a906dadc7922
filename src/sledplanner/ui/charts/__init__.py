"""Progress charts drawn with pyqtgraph. The only package that imports it (and numpy).

It is imported when the Progress tab is first shown, never at start-up.
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

from sledplanner.ui.charts.view import ChartView  # noqa: E402

__all__ = ["ChartView"]

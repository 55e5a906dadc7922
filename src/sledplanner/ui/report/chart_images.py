"""The Progress tab's charts drawn to images for paper, in black and shades of grey.

The same :class:`~sledplanner.ui.charts.ChartView` draws them; the charts package (pyqtgraph)
is imported here only when a report is made.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication

from sledplanner.services.chart_data import ChartData, Panel

#: Shades that stay apart when printed in black and white.
GREYS = ("#000000", "#6b6b6b", "#a8a8a8", "#3a3a3a")


def for_paper(data: ChartData) -> ChartData:
    """Return ``data`` with its series in black and greys, each panel's in a different shade."""
    panels = []
    for panel in data.panels:
        series = tuple(
            replace(item, colour=GREYS[number % len(GREYS)])
            for number, item in enumerate(panel.series)
        )
        panels.append(replace(panel, series=series))
    return replace(data, panels=tuple(panels))


def _paper_palette() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
        palette.setColor(role, QColor("#ffffff"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, QColor("#000000"))
    return palette


def chart_image(data: ChartData, width: int = 880, height: int = 400) -> QImage | None:
    """Draw ``data`` as the Progress tab does, on white; None when the chart is empty."""
    if data.is_empty:
        return None
    from sledplanner.ui.charts import ChartView  # noqa: PLC0415 - pyqtgraph only when drawing

    view = ChartView()
    try:
        view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        view.setPalette(_paper_palette())
        view.rule_colour = QColor("#000000")  # black and greys only: it prints in black and white
        view.resize(width, height)
        view.show()
        view.show_chart(for_paper(data))
        QApplication.processEvents()
        view.readout.hide()
        image = view.grab().toImage()
    finally:
        view.close()
        view.deleteLater()
    return image


__all__ = ["GREYS", "Panel", "chart_image", "for_paper"]

"""Draws a :class:`ChartData` with pyqtgraph: panels, legend, guides and a hover readout."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from sledplanner.services.chart_data import ChartData, Panel, Series, day_seconds
from sledplanner.ui.charts.day_axis import DayAxis
from sledplanner.ui.formatting import user_locale

DAY = 86_400.0
MARKERS_UP_TO = 150
#: Lines through more points than this are drawn one pixel wide and thinned (see _draw_series).
THIN_LINES_FROM = 2000


class ChartView(QWidget):
    """One chart at a time, in the colours of the window's palette."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build an empty chart area."""
        super().__init__(parent)
        self.setObjectName("chartView")
        self.layout_widget = pg.GraphicsLayoutWidget(self)
        self.layout_widget.setObjectName("chartCanvas")
        self.message = QLabel(self)
        self.message.setObjectName("chartEmpty")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.message.setFont(font)
        self.readout = QLabel(self)
        self.readout.setObjectName("chartReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.layout_widget)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.readout)
        self.data: ChartData | None = None
        #: The colour of guide lines such as the pain limit (black on paper).
        self.rule_colour = QColor("#c62828")
        self.plots: list[pg.PlotItem] = []
        #: The drawn items per series name, for tests and the readout.
        self.items: dict[str, pg.GraphicsObject] = {}
        self._proxy: pg.SignalProxy | None = None
        self._shape: tuple[object, ...] = ()
        self._labels: list[tuple[pg.TextItem, float]] = []

    # ------------------------------------------------------------------ drawing
    def show_chart(self, data: ChartData) -> None:
        """Draw ``data`` (or its empty-state message).

        When ``data`` has the same panels, series and guides as the chart shown (an edit, or
        another range of the same chart), the drawn items only take the new points: rebuilding
        every plot, axis and legend was most of the time of a redraw.
        """
        palette = self.palette()
        shape = (
            _shape(data),
            palette.color(QPalette.ColorRole.Base).name(),
            palette.color(QPalette.ColorRole.Text).name(),
        )
        if shape == self._shape and not data.is_empty:
            self._update(data)
            return
        self._shape = shape
        self.data = data
        self._labels = []
        self.layout_widget.clear()
        self.plots = []
        self.items = {}
        self.readout.setText("")
        if data.is_empty:
            self.message.setText(data.empty_message or "")
            self.stack.setCurrentWidget(self.message)
            return
        self.stack.setCurrentWidget(self.layout_widget)
        background = palette.color(QPalette.ColorRole.Base)
        foreground = palette.color(QPalette.ColorRole.Text)
        self.layout_widget.setBackground(background)
        first: pg.PlotItem | None = None
        for row, panel in enumerate(data.panels):
            axis = DayAxis()
            plot = self.layout_widget.addPlot(row=2 * row, col=0, axisItems={"bottom": axis})
            self._style(plot, foreground)
            # The legend is a row of its own under the panel: it never covers data or a guide.
            legend = pg.LegendItem(colCount=4, labelTextColor=foreground)
            self.layout_widget.addItem(legend, row=2 * row + 1, col=0)
            self.layout_widget.ci.layout.setRowMaximumHeight(2 * row + 1, 28)
            legend.layout.setContentsMargins(0, 0, 0, 0)
            plot.legend = legend
            if row == 0:
                plot.setTitle(data.title, color=foreground)
            if first is None:
                first = plot
            # Each panel shows exactly the chosen days (see _set_ranges): no linked views, whose
            # pixel alignment shifts one panel's days, and no dragging out of the range.
            plot.setMouseEnabled(x=False, y=False)
            self._draw_panel(plot, panel, foreground)
            self._mark_today(plot, data, foreground, label=row == 0)
            self.plots.append(plot)
        self._set_ranges(data)
        self._proxy = pg.SignalProxy(
            self.layout_widget.scene().sigMouseMoved, rateLimit=30, slot=self._hover
        )

    def _style(self, plot: pg.PlotItem, foreground: QColor) -> None:
        plot.showGrid(x=True, y=True, alpha=0.15)
        # One width for every left axis, so the panels' dates line up (linked views align by
        # their pixels) and every panel shows the same days.
        plot.getAxis("left").setWidth(72)
        for name in ("left", "bottom"):
            axis = plot.getAxis(name)
            axis.setPen(pg.mkPen(foreground))
            axis.setTextPen(pg.mkPen(foreground))
        plot.setMenuEnabled(False)

    def _draw_panel(self, plot: pg.PlotItem, panel: Panel, foreground: QColor) -> None:
        plot.setLabel("left", panel.y_label, color=foreground.name())
        plot.getAxis("left").enableAutoSIPrefix(False)  # no "×0.001" on money or loads
        for band in panel.bands:
            region = pg.LinearRegionItem(
                values=(band.low, band.high),
                orientation="horizontal",
                movable=False,
                brush=pg.mkBrush(46, 125, 50, 40),
                pen=pg.mkPen(None),
            )
            plot.addItem(region)
            # Under the band's top edge, inside the band, where the view always shows it.
            label = pg.TextItem(band.label, color=foreground, anchor=(0, 0))
            plot.addItem(label)
            self.items[f"band:{band.label}"] = region
            self._labels.append((label, band.high))
            self._place_label(label, band.high)
        for rule in panel.rules:
            line = pg.InfiniteLine(
                pos=rule.value,
                angle=0,
                pen=pg.mkPen(self.rule_colour, width=1, style=Qt.PenStyle.DashLine),
                label=rule.label,
                # Its left end at the plot's left edge, above the line: never cut off.
                labelOpts={"color": foreground, "position": 0.01, "anchors": [(0, 1), (0, 1)]},
            )
            plot.addItem(line)
            self.items[f"rule:{rule.label}"] = line
        for series in panel.series:
            past, ahead = self._split_at_today(series)
            self.items[series.name] = self._draw_series(plot, past)
            if series.ahead:
                self.items[f"{series.name} ahead"] = self._draw_ahead(plot, ahead)

    def _split_at_today(self, series: Series) -> tuple[Series, Series]:
        """A series drawn in two styles: up to today, and the plan after today.

        The part ahead starts at the last day up to today, so the line runs on unbroken.
        """
        today = None if self.data is None else self.data.today
        if not series.ahead or today is None:
            return series, replace(series, days=(), values=())
        pairs = list(zip(series.days, series.values, strict=True))
        past = [(day, value) for day, value in pairs if day <= today]
        later = [(day, value) for day, value in pairs if day > today]
        known = [(day, value) for day, value in past if value is not None]
        joined = known[-1:] + later if later else []
        return (
            replace(series, days=tuple(d for d, _ in past), values=tuple(v for _, v in past)),
            replace(series, days=tuple(d for d, _ in joined), values=tuple(v for _, v in joined)),
        )

    def _draw_ahead(self, plot: pg.PlotItem, series: Series) -> pg.GraphicsObject:
        """The planned part of a series: dashed, lighter, and left out of the legend."""
        colour = QColor(series.colour)
        colour.setAlpha(130)
        xs, ys = series.points()
        pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)
        return plot.plot(xs, ys, pen=pen, symbol="o", symbolSize=4, symbolBrush=colour)

    def _update(self, data: ChartData) -> None:
        """Give the drawn items of a chart of the same shape the points of ``data``."""
        self.data = data
        self.readout.setText("")
        for panel in data.panels:
            for whole in panel.series:
                series, ahead = self._split_at_today(whole)
                if whole.ahead:
                    self.items[f"{whole.name} ahead"].setData(*ahead.points())
                item = self.items[series.name]
                xs, ys = series.points()
                if series.kind == "bars":
                    centre = max(series.width_days, 1.0) / 2 * DAY
                    item.setOpts(x=np.array(xs) + centre, height=np.array(ys))
                elif series.kind == "steps" and xs:
                    item.setData([*xs, xs[-1] + DAY], ys)
                else:
                    item.setData(xs, ys)
        for label, y in self._labels:
            self._place_label(label, y)
        self._set_ranges(data)

    def _mark_today(
        self, plot: pg.PlotItem, data: ChartData, foreground: QColor, *, label: bool
    ) -> None:
        """A vertical line at today when it falls in the range: the plan lies to its right."""
        today = data.today
        if today is None or data.first is None or data.last is None:
            return
        if not data.first <= today <= data.last:
            return
        colour = QColor(foreground)
        colour.setAlpha(150)
        # The label reads beside the line, on the side with room: left of it near the range's end.
        span = max((data.last - data.first).days, 1)
        side = (1.0, 0.0) if (today - data.first).days / span > 0.8 else (0.0, 0.0)
        line = pg.InfiniteLine(
            pos=day_seconds(today) + DAY / 2,
            angle=90,
            movable=False,
            pen=pg.mkPen(colour, width=1, style=Qt.PenStyle.DotLine),
            label=self.tr("today") if label else None,
            labelOpts={"color": foreground, "position": 0.97, "anchors": [side, side]},
        )
        plot.addItem(line, ignoreBounds=True)
        self.items.setdefault("today", line)

    def _set_ranges(self, data: ChartData) -> None:
        """Show exactly the chosen days, and start loads, minutes, money and pain at 0."""
        for plot, panel in zip(self.plots, data.panels, strict=True):
            if data.first is not None and data.last is not None:
                plot.setXRange(day_seconds(data.first), day_seconds(data.last) + DAY, padding=0)
            if panel.from_zero:
                values = [v for s in panel.series for v in s.values if v is not None]
                values += [r.value for r in panel.rules] + [b.high for b in panel.bands]
                top = max([*values, 0.0])
                plot.setYRange(0, top * 1.08 if top > 0 else 1.0, padding=0)
            else:
                plot.enableAutoRange(axis="y")

    def _place_label(self, label: pg.TextItem, y: float) -> None:
        xs = (
            [x for panel in self.data.panels for s in panel.series for x in s.x]
            if self.data
            else []
        )
        label.setPos(min(xs) if xs else 0.0, y)

    def _draw_series(self, plot: pg.PlotItem, series: Series) -> pg.GraphicsObject:
        xs, ys = series.points()
        colour = QColor(series.colour)
        if series.kind == "bars":
            width = series.width_days * DAY
            # A bar covers its day, or its week when it is a week's total, not the edge.
            centre = max(series.width_days, 1.0) / 2 * DAY
            bars = pg.BarGraphItem(
                x=np.array(xs) + centre,
                height=np.array(ys),
                width=width,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(colour),
                name=series.name,
            )
            plot.addItem(bars)  # named items join the legend by themselves
            return bars
        pen = pg.mkPen(colour, width=2)
        if series.kind == "dashed":
            pen = pg.mkPen(colour, width=2, style=Qt.PenStyle.DashLine)
        if series.kind == "points":
            return plot.plot(
                xs, ys, pen=None, symbol="o", symbolSize=7, symbolBrush=colour, name=series.name
            )
        if series.kind == "steps" and xs:
            edges = [*xs, xs[-1] + DAY]
            return plot.plot(edges, ys, stepMode="center", pen=pen, name=series.name)
        if len(xs) > MARKERS_UP_TO:  # markers on hundreds of points only slow the drawing
            if len(xs) > THIN_LINES_FROM:
                # Qt draws a wide line through tens of thousands of points in tens of seconds;
                # a one-pixel line, clipped to the view and thinned to the pixels (keeping each
                # pixel's lowest and highest value), draws in milliseconds and looks the same.
                pen = pg.mkPen(colour, width=1, style=pen.style())
                curve = plot.plot(xs, ys, pen=pen, name=series.name)
                curve.setClipToView(True)
                curve.setDownsampling(auto=True, method="peak")
                return curve
            return plot.plot(xs, ys, pen=pen, name=series.name)
        return plot.plot(
            xs,
            ys,
            pen=pen,
            name=series.name,
            symbol="o",
            symbolSize=4,
            symbolBrush=colour,
            symbolPen=None,
        )

    # ------------------------------------------------------------------ reading
    def _hover(self, event: tuple[QPointF]) -> None:
        if not self.plots or self.data is None:
            return
        position = event[0]
        for plot in self.plots:
            if plot.sceneBoundingRect().contains(position):
                x = plot.vb.mapSceneToView(position).x()
                self.readout.setText(self.describe_at(x))
                return

    def describe_at(self, x: float) -> str:
        """Say the values of every series on the day nearest ``x`` (seconds)."""
        if self.data is None:
            return ""
        parts: list[str] = []
        day_text = ""
        for panel in self.data.panels:
            for series in panel.series:
                xs = series.x
                if not xs:
                    continue
                index = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
                if abs(xs[index] - x) > 3.5 * DAY:
                    continue
                value = series.values[index]
                day_text = series.days[index].isoformat()
                if value is not None:
                    shown = user_locale().toString(float(value), "f", 1)
                    unit = f" {series.unit}" if series.unit and series.unit != "/10" else ""
                    if series.unit == "/10":
                        unit = "/10"
                    parts.append(f"{series.name}: {shown}{unit}")
                elif series.missing:
                    parts.append(f"{series.name}: {series.missing}")
        if not parts:
            return ""
        return f"{day_text} · " + " · ".join(parts)

    # ------------------------------------------------------------------ export
    def export_png(self, path: Path, width: int = 1200) -> None:
        """Write the chart as a PNG image (pyqtgraph's ImageExporter).

        Raises:
            OSError: The image could not be written, or there is no chart to write.
        """
        if self.data is None or self.data.is_empty:
            raise OSError("there is no chart to export")
        exporter = ImageExporter(self.layout_widget.scene())
        exporter.parameters()["width"] = width
        exporter.export(str(path))
        if not Path(path).is_file():
            raise OSError(f"{path}: the image was not written")


def _shape(data: ChartData) -> tuple[object, ...]:
    """What must match for a chart to be updated in place: everything but the points.

    A series' size class counts too: it decides markers and line thinning (see _draw_series).
    """
    if data.is_empty:
        return (data.key, data.title, "empty")
    return (
        data.key,
        data.title,
        tuple(
            (
                panel.y_label,
                panel.bands,
                panel.rules,
                tuple(
                    (
                        series.name,
                        series.kind,
                        series.colour,
                        series.width_days,
                        _size_class(len(series.x)),
                    )
                    for series in panel.series
                ),
            )
            for panel in data.panels
        ),
    )


def _size_class(points: int) -> int:
    if points == 0:
        return 0
    if points <= MARKERS_UP_TO:
        return 1
    return 2 if points <= THIN_LINES_FROM else 3

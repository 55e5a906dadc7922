"""The Progress tab: chart choice, date range and exports. The charts load on first show."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.chart_data import ChartData
from sledplanner.services.progress import CHARTS, ProgressService
from sledplanner.ui.formatting import short_date_format
from sledplanner.ui.qdates import from_qdate, to_qdate

Report = Callable[[str], None]

#: A sentence per chart, shown when the pointer rests on it in the chart list.
CHART_TIPS = {
    "load": "The load you planned and dragged each session, and the sled plus load.",
    "minutes": "Minutes done and planned each week, and the week's training load (sRPE: "
    "effort 0–10 × minutes).",
    "acwr": "Daily training load (sRPE) and the acute:chronic ratio: this week against the "
    "last four. Shown from 28 days after your first logged session.",
    "fitness": "Fitness (42-day average load), fatigue (7-day) and form (fitness − fatigue), "
    "from your first logged session.",
    "force": "The force your legs pull (μ × (sled + load) × g) and, with a distance, the work.",
    "pain": "Knee pain during and the next morning; above 5 during is too much.",
    "spend": "What your gear cost over time, and per session done.",
}

RANGES = (
    ("4 weeks", 28),
    ("12 weeks", 84),
    ("1 year", 365),
    ("All", 0),
    ("Custom", -1),
)


class ProgressTab(QWidget):
    """Charts of load, volume, training stress, knee pain and cost."""

    def __init__(
        self,
        progress: ProgressService,
        report: Report,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """Chart the data of ``progress``; pyqtgraph is imported only when the tab is shown.

        ``settings`` remember the chosen chart and range between runs.
        """
        super().__init__(parent)
        self.setObjectName("progressTab")
        self._progress = progress
        self._report = report
        self._settings = settings
        self.view: Any = None
        self._dirty = True

        self.chart_choice = QComboBox(self)
        self.chart_choice.setObjectName("chartChoice")
        self.chart_choice.setAccessibleName(self.tr("Chart"))
        for key, title in CHARTS:
            self.chart_choice.addItem(self.tr(title), key)
            self.chart_choice.setItemData(
                self.chart_choice.count() - 1, self.tr(CHART_TIPS[key]), Qt.ItemDataRole.ToolTipRole
            )
        self.chart_choice.setToolTip(
            self.tr("Help > Understanding the numbers explains each chart")
        )
        self.acwr_choice = QComboBox(self)
        self.acwr_choice.setObjectName("acwrChoice")
        self.acwr_choice.setAccessibleName(self.tr("Acute:chronic ratio"))
        self.acwr_choice.addItem(self.tr("ACWR: EWMA"), "ewma")
        self.acwr_choice.addItem(self.tr("ACWR: rolling average"), "rolling")
        self.acwr_choice.addItem(self.tr("ACWR: rolling, uncoupled"), "uncoupled")
        self.acwr_choice.setVisible(False)
        self.acwr_choice.setToolTip(
            self.tr(
                "The acute:chronic workload ratio compares your last week's load with the last "
                "four weeks'. 1.0 is as usual; 0.8–1.3 is a disputed guide, not a verdict."
            )
        )
        self.range_choice = QComboBox(self)
        self.range_choice.setObjectName("rangeChoice")
        self.range_choice.setAccessibleName(self.tr("Date range"))
        for label, days in RANGES:
            self.range_choice.addItem(self.tr(label), days)
        self.range_choice.setCurrentIndex(1)
        end = progress.range_end()
        self.first = QDateEdit(to_qdate(end - timedelta(days=83)), self)
        self.first.setObjectName("rangeFirst")
        self.first.setAccessibleName(self.tr("First day"))
        self.last = QDateEdit(to_qdate(end), self)
        self.last.setObjectName("rangeLast")
        self.last.setAccessibleName(self.tr("Last day"))
        for editor in (self.first, self.last):
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(short_date_format())
            editor.setEnabled(False)
        self.png_button = QPushButton(self.tr("Export PNG…"), self)
        self.png_button.setObjectName("exportPngButton")
        self.csv_button = QPushButton(self.tr("Export CSV…"), self)
        self.csv_button.setObjectName("exportCsvButton")
        self.notes = QLabel(self)
        self.notes.setObjectName("chartNotes")
        self.notes.setWordWrap(True)
        self.show_all_button = QPushButton(self.tr("Show all"), self)
        self.show_all_button.setObjectName("showAllButton")
        self.show_all_button.setToolTip(self.tr("Chart every day from the first session"))
        self.show_all_button.setVisible(False)
        self.placeholder = QLabel(self.tr("Loading charts…"), self)

        top = QHBoxLayout()
        chart_label = QLabel(self.tr("&Chart"), self)
        chart_label.setBuddy(self.chart_choice)
        range_label = QLabel(self.tr("&Range"), self)
        range_label.setBuddy(self.range_choice)
        top.addWidget(chart_label)
        top.addWidget(self.chart_choice)
        top.addWidget(self.acwr_choice)
        top.addWidget(range_label)
        top.addWidget(self.range_choice)
        top.addWidget(self.first)
        top.addWidget(QLabel("–", self))
        top.addWidget(self.last)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes, 1)
        bottom.addWidget(self.show_all_button)
        bottom.addWidget(self.png_button)
        bottom.addWidget(self.csv_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(top)
        self._layout.addWidget(self.placeholder, 1)
        self._layout.addLayout(bottom)

        self._restore_choices()
        self.chart_choice.currentIndexChanged.connect(self.redraw)
        self.acwr_choice.currentIndexChanged.connect(self.redraw)
        self.range_choice.currentIndexChanged.connect(self._range_chosen)
        self.show_all_button.clicked.connect(self.show_all)
        for combo in (self.chart_choice, self.acwr_choice, self.range_choice):
            combo.currentIndexChanged.connect(self._remember_choices)
        self.first.dateChanged.connect(self.redraw)
        self.last.dateChanged.connect(self.redraw)
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button.clicked.connect(self._ask_csv)
        self._unsubscribe = progress.subscribe(self._changed)

    def _restore_choices(self) -> None:
        """Choose the chart, ratio form and range remembered from the last run."""
        if self._settings is None:
            return
        for combo, name in (
            (self.chart_choice, "chart"),
            (self.acwr_choice, "acwr"),
            (self.range_choice, "range"),
        ):
            value = self._settings.value(f"progress/{name}")
            if value is None:
                continue
            index = combo.findData(int(value) if combo is self.range_choice else str(value))
            if index >= 0 and not (combo is self.range_choice and combo.itemData(index) == -1):
                combo.setCurrentIndex(index)
        if self.range_choice.currentData() != 84:
            first, last = self.current_range()
            self.first.setDate(to_qdate(first))
            self.last.setDate(to_qdate(last))

    def _remember_choices(self) -> None:
        if self._settings is None:
            return
        self._settings.setValue("progress/chart", self.chart_choice.currentData())
        self._settings.setValue("progress/acwr", self.acwr_choice.currentData())
        self._settings.setValue("progress/range", self.range_choice.currentData())

    def show_all(self) -> None:
        """Chart every day from the first session (the "All" range)."""
        self.range_choice.setCurrentIndex(self.range_choice.findData(0))

    def detach(self) -> None:
        """Stop following the services."""
        self._unsubscribe()

    # ------------------------------------------------------------------ lazy charts
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Build the charts the first time the tab is shown, then draw if data changed."""
        super().showEvent(event)
        self.ensure_charts()
        if self._dirty:
            self.redraw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Redraw in the new colours after a theme (palette) change."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.view is not None:
            self._changed()

    def ensure_charts(self) -> None:
        """Import the charts package (pyqtgraph) and put the chart view in place."""
        if self.view is not None:
            return
        # Imported here, on first use, so that pyqtgraph stays out of start-up
        # (tests/ui/test_startup.py checks it).
        from sledplanner.ui.charts import ChartView  # noqa: PLC0415 - loaded on first use

        self.view = ChartView(self)
        self._layout.replaceWidget(self.placeholder, self.view)
        self.placeholder.hide()
        self.placeholder.deleteLater()

    def _changed(self) -> None:
        self._dirty = True
        if self.view is not None and self.isVisible():
            # Coalesce bursts of changes (an import, an undo of many) into one redraw.
            QTimer.singleShot(0, self._redraw_if_dirty)

    def _redraw_if_dirty(self) -> None:
        if self._dirty and self.isVisible():
            self.redraw()

    # ------------------------------------------------------------------ drawing
    def _range_chosen(self) -> None:
        days = self.range_choice.currentData()
        custom = days == -1
        for editor in (self.first, self.last):
            editor.setEnabled(custom)
        if not custom:
            first, last = self.current_range()
            for editor, day in ((self.first, first), (self.last, last)):
                editor.blockSignals(True)
                editor.setDate(to_qdate(day))
                editor.blockSignals(False)
        self.redraw()

    def current_range(self) -> tuple[date, date]:
        """Return the first and last day charted."""
        days = self.range_choice.currentData()
        if days == -1:
            return from_qdate(self.first.date()), from_qdate(self.last.date())
        if days == 0:
            return self._progress.full_range()
        end = self._progress.range_end()
        return end - timedelta(days=days - 1), end

    def current_data(self) -> ChartData:
        """Return the data of the chosen chart and range."""
        first, last = self.current_range()
        key = self.chart_choice.currentData()
        self.acwr_choice.setVisible(key == "acwr")
        return self._progress.chart(key, first, last, self.acwr_choice.currentData())

    def redraw(self) -> None:
        """Draw the chosen chart for the chosen range."""
        if self.view is None:
            self._dirty = True
            return
        if self.range_choice.currentData() != -1:
            # The range follows the data (it ends at the last session): show where it is.
            first, last = self.current_range()
            for editor, day in ((self.first, first), (self.last, last)):
                editor.blockSignals(True)
                editor.setDate(to_qdate(day))
                editor.blockSignals(False)
        data = self.current_data()
        self.view.show_chart(data)
        self.notes.setText(" ".join(data.notes))
        self.png_button.setEnabled(not data.is_empty)
        self.csv_button.setEnabled(not data.is_empty)
        self.show_all_button.setVisible(data.outside_range)
        self._dirty = False

    # ------------------------------------------------------------------ exports
    def export_png(self, path: Path) -> str | None:
        """Write the current chart as a PNG; return a problem message, if any."""
        self.ensure_charts()
        self.redraw()
        try:
            self.view.export_png(path)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(self.tr("Saved the chart to {path}").format(path=path))
        return None

    def export_csv(self, path: Path) -> str | None:
        """Write the current chart's data as CSV; return a problem message, if any."""
        data = self.current_data()
        if data.is_empty:
            return data.empty_message
        buffer = io.StringIO(newline="")
        csv.writer(buffer, lineterminator="\r\n").writerows(data.csv_rows())
        try:
            self._progress.write_file(path, buffer.getvalue().encode("utf-8"))
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(self.tr("Saved the chart data to {path}").format(path=path))
        return None

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart"), "chart.png", self.tr("PNG images (*.png)")
        )
        if path:
            problem = self.export_png(Path(path))
            if problem:
                self._report(problem)

    def _ask_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export chart data"), "chart.csv", self.tr("CSV files (*.csv)")
        )
        if path:
            problem = self.export_csv(Path(path))
            if problem:
                self._report(problem)

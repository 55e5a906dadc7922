"""A month calendar painted in one pass: days, today, the selection, and session chips.

Chips are coloured by compliance and can be dragged to another day to move a session.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from sledplanner.domain.compliance import Compliance
from sledplanner.ui.formatting import user_locale

ROWS = 6
HEADER = 22


@dataclass(frozen=True)
class Chip:
    """One session as the calendar draws it."""

    session_id: str
    text: str
    compliance: Compliance
    flagged: bool = False
    tooltip: str = ""
    #: What the chip says when ``text`` does not fit: the load alone (the minutes are in the
    #: tooltip and the day panel); empty for no shorter form.
    short: str = ""


def chip_label(chip: Chip, metrics: QFontMetrics, width: int) -> str:
    """The chip's text as it fits ``width`` pixels: whole, else its short form, else elided."""
    mark = "⚠ " if chip.flagged else ""
    for text in (mark + chip.text, mark + chip.short if chip.short else ""):
        if text and metrics.horizontalAdvance(text) <= width:
            return text
    return metrics.elidedText(mark + (chip.short or chip.text), Qt.TextElideMode.ElideRight, width)


#: Fill and text colours per compliance (TrainingPeaks convention), readable on light and dark.
CHIP_COLOURS: dict[Compliance, tuple[str, str]] = {
    Compliance.GREEN: ("#2e7d32", "#ffffff"),
    Compliance.YELLOW: ("#f9a825", "#000000"),
    Compliance.RED: ("#c62828", "#ffffff"),
    Compliance.PLANNED: ("#1565c0", "#ffffff"),
}


class MonthView(QWidget):
    """The days of one month in a 6 × 7 grid, weeks starting on ``first_weekday``.

    Signals:
        daySelected: The user picked a day (click or arrow keys).
        sessionPicked: A chip was clicked (after its day was selected).
        sessionActivated: A chip was double-clicked.
        sessionMoved: A chip was dragged onto another day (session id, new day).
        monthChanged: The shown month changed (first day of the month).
    """

    daySelected = Signal(date)
    sessionPicked = Signal(str)
    sessionActivated = Signal(str)
    sessionMoved = Signal(str, date)
    monthChanged = Signal(date)

    def __init__(self, today: date, first_weekday: int = 0, parent: QWidget | None = None) -> None:
        """Show the month of ``today`` with ``today`` selected."""
        super().__init__(parent)
        self.setObjectName("monthView")
        self.setAccessibleName(self.tr("Month calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.today = today
        self.first_weekday = first_weekday
        self.selected = today
        self.month = today.replace(day=1)
        self.chips: dict[date, list[Chip]] = {}
        self.rows = ROWS
        self._press: tuple[str, date, QPoint] | None = None
        self._drag_target: date | None = None

    # ------------------------------------------------------------------ state
    def set_chips(self, chips: dict[date, list[Chip]]) -> None:
        """Show these chips (usually those of the visible weeks) and repaint."""
        self.chips = chips
        self.update()

    def visible_range(self) -> tuple[date, date]:
        """Return the first and last day shown (six full weeks)."""
        offset = (self.month.weekday() - self.first_weekday) % 7
        first = self.month - timedelta(days=offset)
        return first, first + timedelta(days=self.rows * 7 - 1)

    def show_month(self, day: date) -> None:
        """Show the month holding ``day``."""
        month = day.replace(day=1)
        if month != self.month:
            self.month = month
            self.monthChanged.emit(month)
            self.update()

    def step_month(self, months: int) -> None:
        """Show the month ``months`` after (or before) the current one.

        The selection stays on the same day number where the month has it.
        """
        index = self.month.year * 12 + self.month.month - 1 + months
        year, month = divmod(index, 12)
        last = calendar.monthrange(year, month + 1)[1]
        self.select(date(year, month + 1, min(self.selected.day, last)))

    def select(self, day: date) -> None:
        """Select ``day``, showing its month."""
        self.selected = day
        self.show_month(day)
        self.update()
        self.daySelected.emit(day)

    # ------------------------------------------------------------------ geometry
    def sizeHint(self) -> QSize:  # noqa: N802
        """A comfortable size for a month."""
        return QSize(700, 520)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Small enough for a laptop screen."""
        return QSize(420, 300)

    def _cell_rect(self, index: int) -> QRectF:
        width = self.width() / 7
        height = (self.height() - HEADER) / self.rows
        row, column = divmod(index, 7)
        return QRectF(column * width, HEADER + row * height, width, height)

    def day_at(self, point: QPoint) -> date | None:
        """Return the day under ``point``, if any."""
        if point.y() < HEADER:
            return None
        width = self.width() / 7
        height = (self.height() - HEADER) / self.rows
        column = int(point.x() // width)
        row = int((point.y() - HEADER) // height)
        if not (0 <= column < 7 and 0 <= row < self.rows):
            return None
        return self.visible_range()[0] + timedelta(days=row * 7 + column)

    def _chip_rects(self, day: date) -> list[tuple[Chip, QRectF]]:
        first = self.visible_range()[0]
        cell = self._cell_rect((day - first).days)
        line = self.fontMetrics().height() + 4
        top = cell.top() + line + 2
        rects: list[tuple[Chip, QRectF]] = []
        for chip in self.chips.get(day, []):
            if top + line > cell.bottom() - 2:
                break
            rects.append((chip, QRectF(cell.left() + 3, top, cell.width() - 6, line - 2)))
            top += line
        return rects

    def chip_at(self, point: QPoint) -> tuple[Chip, date] | None:
        """Return the chip under ``point`` and its day, if any."""
        day = self.day_at(point)
        if day is None:
            return None
        for chip, rect in self._chip_rects(day):
            if rect.contains(point.toPointF()):
                return chip, day
        return None

    def chip_center(self, session_id: str) -> QPoint | None:
        """Return where the chip of ``session_id`` is drawn (for tests and accessibility)."""
        for day in self.chips:
            for chip, rect in self._chip_rects(day):
                if chip.session_id == session_id:
                    return rect.center().toPoint()
        return None

    def day_center(self, day: date) -> QPoint:
        """Return the middle of the cell for ``day``."""
        first = self.visible_range()[0]
        return self._cell_rect((day - first).days).center().toPoint()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        """Draw the weekday header, the day cells and the chips."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dim = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillRect(self.rect(), base)

        locale = user_locale()
        width = self.width() / 7
        header_font = QFont(self.font())
        header_font.setBold(True)
        painter.setFont(header_font)
        painter.setPen(text)
        for column in range(7):
            weekday = (self.first_weekday + column) % 7
            name = locale.dayName(weekday + 1, locale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(column * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter, name
            )

        first = self.visible_range()[0]
        painter.setFont(self.font())
        for index in range(self.rows * 7):
            day = first + timedelta(days=index)
            cell = self._cell_rect(index)
            if day == self._drag_target:
                painter.fillRect(cell, highlight.lighter(170))
            elif day == self.selected:
                painter.fillRect(
                    cell, QColor(highlight.red(), highlight.green(), highlight.blue(), 45)
                )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(grid, 1))
            painter.drawRect(cell)
            if day == self.today:
                painter.setPen(QPen(highlight, 2))
                painter.drawRect(cell.adjusted(1, 1, -1, -1))
            painter.setPen(text if self.in_period(day) else dim)
            number = QRectF(cell.left() + 4, cell.top() + 2, cell.width() - 8, 18)
            label = self.fontMetrics().elidedText(
                self.day_label(day), Qt.TextElideMode.ElideRight, int(number.width())
            )
            painter.drawText(number, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
            self._paint_chips(painter, day, cell)
        painter.end()

    def in_period(self, day: date) -> bool:
        """Whether ``day`` belongs to the period shown (others are drawn dimmed)."""
        return day.month == self.month.month

    def day_label(self, day: date) -> str:
        """The text at the top of ``day``'s cell."""
        if day == self.today:
            return self.tr("{day} · today").format(day=day.day)
        return str(day.day)

    def _paint_chips(self, painter: QPainter, day: date, cell: QRectF) -> None:
        drawn = self._chip_rects(day)
        for chip, rect in drawn:
            fill, ink = CHIP_COLOURS[chip.compliance]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor(ink))
            elided = chip_label(chip, self.fontMetrics(), int(rect.width()) - 6)
            painter.drawText(
                rect.adjusted(3, 0, -3, 0),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                elided,
            )
        hidden = len(self.chips.get(day, [])) - len(drawn)
        if hidden > 0:
            painter.setPen(self.palette().color(QPalette.ColorRole.Text))
            painter.drawText(
                QRectF(cell.left() + 4, cell.bottom() - 16, cell.width() - 8, 14),
                Qt.AlignmentFlag.AlignRight,
                self.tr("+{n} more").format(n=hidden),
            )

    # ------------------------------------------------------------------ mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Select the day; remember a chip press as the start of a drag."""
        point = event.position().toPoint()
        day = self.day_at(point)
        if day is None:
            return
        found = self.chip_at(point)
        self._press = (found[0].session_id, day, point) if found else None
        self.select(day)
        if found is not None:
            self.sessionPicked.emit(found[0].session_id)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Show where a dragged chip would land; show a chip's details on hover."""
        point = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if (point - self._press[2]).manhattanLength() >= 6:
                self._drag_target = self.day_at(point)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.update()
            return
        found = self.chip_at(point)
        self.setToolTip(found[0].tooltip if found else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Drop a dragged chip on the day under the pointer."""
        press, target = self._press, self._drag_target
        self._press = None
        self._drag_target = None
        self.unsetCursor()
        self.update()
        if press is None or target is None:
            return
        session_id, origin, _ = press
        if target != origin:
            self.select(target)
            self.sessionMoved.emit(session_id, target)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        """Open the session under the pointer."""
        found = self.chip_at(event.position().toPoint())
        if found is not None:
            self.sessionActivated.emit(found[0].session_id)

    # ------------------------------------------------------------------ keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Arrows move the selection; Page Up/Down step months; Home jumps to today."""
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in steps:
            self.select(self.selected + timedelta(days=steps[key]))
        elif key == Qt.Key.Key_PageUp:
            self.step_month(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step_month(1)
        elif key == Qt.Key.Key_Home:
            self.select(self.today)
        else:
            super().keyPressEvent(event)


__all__ = ["CHIP_COLOURS", "Chip", "MonthView"]

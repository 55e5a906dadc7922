"""The week calendar: the selected week as seven day columns with the month's chips.

It is the month calendar with one row, so chips look, select, open and drag the same way; the
tall day columns also have room for each session's details under its chip.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from sledplanner.domain.sessions import week_start
from sledplanner.ui.formatting import format_date
from sledplanner.ui.programme.month_view import Chip, MonthView

#: Lines of a session's details written under its chip, where the day has room.
DETAIL_LINES = 6


class WeekView(MonthView):
    """Seven days side by side, the week holding the selected day, starting on ``first_weekday``.

    Signals are those of :class:`MonthView`; Page Up and Page Down step a week.
    """

    def __init__(self, today: date, first_weekday: int = 0, parent: QWidget | None = None) -> None:
        """Show the week of ``today`` with ``today`` selected."""
        super().__init__(today, first_weekday, parent)
        self.setObjectName("weekAgenda")
        self.setAccessibleName(self.tr("Week calendar"))
        self.rows = 1

    def visible_range(self) -> tuple[date, date]:
        """Return the first and last day of the week shown."""
        first = week_start(self.selected, self.first_weekday)
        return first, first + timedelta(days=6)

    def show_month(self, day: date) -> None:
        """Keep the month in step (the week follows the selected day by itself)."""
        self.month = day.replace(day=1)

    def in_period(self, _day: date) -> bool:
        """Every day of the week is in the period shown."""
        return True

    def day_label(self, day: date) -> str:
        """The day's date in the short form, and whether it is today."""
        text = format_date(day)
        if day != self.today:
            return text
        both = self.tr("{day} · today").format(day=text)
        # In a narrow column "today" says more than a cut-off date (the border marks it too).
        fits = self.fontMetrics().horizontalAdvance(both) <= self.width() / 7 - 8
        return both if fits else self.tr("today")

    def details(self, chip: Chip) -> list[str]:
        """The lines written under ``chip``: its tooltip's first lines."""
        return chip.tooltip.splitlines()[:DETAIL_LINES]

    def _details_height(self, chip: Chip, width: float) -> int:
        """How tall ``chip``'s details are, wrapped to ``width``."""
        box = self.fontMetrics().boundingRect(
            QRect(0, 0, max(int(width), 20), 100_000),
            int(Qt.TextFlag.TextWordWrap),
            "\n".join(self.details(chip)),
        )
        return box.height()

    def _chip_rects(self, day: date) -> list[tuple[Chip, QRectF]]:
        first = self.visible_range()[0]
        cell = self._cell_rect((day - first).days)
        line = self.fontMetrics().height() + 4
        top = cell.top() + line + 2
        rects: list[tuple[Chip, QRectF]] = []
        for chip in self.chips.get(day, []):
            if top + line > cell.bottom() - 2:
                break
            rect = QRectF(cell.left() + 3, top, cell.width() - 6, line - 2)
            rects.append((chip, rect))
            top += line + self._details_height(chip, rect.width() - 4) + 4
        return rects

    def _paint_chips(self, painter: QPainter, day: date, cell: QRectF) -> None:
        super()._paint_chips(painter, day, cell)
        painter.save()
        painter.setClipRect(cell.adjusted(1, 1, -1, -1))
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        for chip, rect in self._chip_rects(day):
            width = rect.width() - 4
            place = QRectF(
                rect.left() + 2, rect.bottom() + 2, width, self._details_height(chip, width)
            )
            painter.drawText(
                place,
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                "\n".join(self.details(chip)),
            )
        painter.restore()

    def sizeHint(self) -> QSize:  # noqa: N802
        """As wide as the month; tall enough for a few chips a day."""
        return QSize(700, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        """Small enough for a laptop screen."""
        return QSize(420, 160)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """Page Up and Page Down step a week; the other keys work as in the month."""
        key = Qt.Key(event.key())
        if key == Qt.Key.Key_PageUp:
            self.select(self.selected - timedelta(days=7))
        elif key == Qt.Key.Key_PageDown:
            self.select(self.selected + timedelta(days=7))
        else:
            super().keyPressEvent(event)


__all__ = ["WeekView"]

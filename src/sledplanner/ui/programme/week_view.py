"""The week calendar: the selected week as seven day columns with the month's chips.

It is the month calendar with one row, so chips look, select, open and drag the same way.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from sledplanner.domain.sessions import week_start
from sledplanner.ui.formatting import format_date
from sledplanner.ui.programme.month_view import MonthView


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

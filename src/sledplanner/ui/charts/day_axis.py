"""The charts' time axis: whole days, labelled with the locale's month names, never colliding.

pyqtgraph's :class:`~pyqtgraph.DateAxisItem` picks its tick spacing from the width of an example
label at each zoom level. Its default levels draw two rows of labels at once (month names over
day numbers), which collide ("Dec03") and leave most ticks as bare day numbers. Here each level
has one row of labels, each label says which day it is ("Dec 3" or "3 Dec" as the locale
orders them), and the example text is the widest such label, so no two labels overlap.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, datetime

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import (
    DAY_SPACING,
    MONTH_SPACING,
    YEAR_SPACING,
    TickSpec,
    ZoomLevel,
    makeMStepper,
    makeSStepper,
    makeYStepper,
)
from PySide6.QtCore import QDate

from sledplanner.ui.formatting import user_locale


def day_pattern() -> str:
    """The locale's order of day and month with a short month name: "MMM d" or "d MMM"."""
    short = user_locale().dateFormat(user_locale().FormatType.ShortFormat)
    return "MMM d" if short.find("M") < short.find("d") else "d MMM"


class DayAxis(pg.DateAxisItem):
    """A bottom axis of days (UTC timestamps at midnight), labelled in the user's locale."""

    def __init__(self) -> None:
        """Make the axis; its zoom levels go from years down to single days, none finer."""
        super().__init__(orientation="bottom", utcOffset=0)
        locale = user_locale()
        widest_day = max(
            (locale.toString(QDate(2026, month, 28), day_pattern()) for month in range(1, 13)),
            key=len,
        )
        widest_month = max(
            (locale.toString(QDate(2026, month, 1), "MMM yyyy") for month in range(1, 13)),
            key=len,
        )
        self._day_spec = TickSpec(DAY_SPACING, makeSStepper(DAY_SPACING), "", [1, 2, 7, 14])
        self._month_spec = TickSpec(MONTH_SPACING, makeMStepper(1), "", [1, 2, 3, 6])
        self._year_spec = TickSpec(YEAR_SPACING, makeYStepper(1), "", [1, 2, 5, 10, 25])
        years = ZoomLevel([self._year_spec], "2026")
        months = ZoomLevel([self._month_spec], widest_month)
        days = ZoomLevel([self._day_spec], widest_day)
        # Key: the widest tick spacing (seconds) a level may need before the next coarser one.
        self.zoomLevels = OrderedDict(
            [(float("inf"), years), (6 * MONTH_SPACING, months), (14 * DAY_SPACING, days)]
        )

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:  # noqa: N802
        """Write each tick as a day, a month or a year, in the locale's words."""
        locale = user_locale()
        if spacing >= YEAR_SPACING:
            pattern = "yyyy"
        elif spacing >= MONTH_SPACING:
            pattern = "MMM yyyy"
        else:
            pattern = day_pattern()
        labels = []
        for value in values:
            day = datetime.fromtimestamp(value, UTC).date()
            labels.append(locale.toString(QDate(day.year, day.month, day.day), pattern))
        return labels

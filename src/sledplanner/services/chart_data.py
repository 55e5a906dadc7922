"""What each progress chart shows, as plain data: the charts package only draws it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

SeriesKind = Literal["line", "dashed", "bars", "points", "steps"]


_EPOCH = date(1970, 1, 1).toordinal()


def day_seconds(day: date) -> float:
    """Return midnight UTC of ``day`` in seconds since 1970 (the charts' x axis)."""
    return float((day.toordinal() - _EPOCH) * 86_400)


@dataclass(frozen=True)
class Series:
    """One line, set of bars or points. ``y`` holds None where there is no value."""

    name: str
    days: tuple[date, ...]
    values: tuple[float | None, ...]
    kind: SeriesKind = "line"
    colour: str = "#1565c0"
    #: Bar width in days (bars only).
    width_days: float = 0.8
    #: The unit of the values as the user reads it ("lb", "min", "AU"); empty for a ratio.
    unit: str = ""
    #: The CSV column name, with its unit ("load_lb", "force_N"); the name when empty.
    column: str = ""
    #: What the hover readout says on a day in the series without a value; nothing when empty.
    missing: str = ""
    #: Whether its values after today are planned ones, drawn dashed and lighter than the past.
    ahead: bool = False

    @property
    def header(self) -> str:
        """The CSV column name."""
        return self.column or self.name

    @property
    def x(self) -> list[float]:
        """The x positions: midnight UTC of each day, in seconds."""
        return [day_seconds(day) for day in self.days]

    def points(self) -> tuple[list[float], list[float]]:
        """Return x and y with the missing values left out."""
        xs: list[float] = []
        ys: list[float] = []
        for day, value in zip(self.days, self.values, strict=True):
            if value is not None:
                xs.append(day_seconds(day))
                ys.append(value)
        return xs, ys


@dataclass(frozen=True)
class Band:
    """A horizontal band with a label, such as the ACWR 0.8–1.3 guide."""

    low: float
    high: float
    label: str


@dataclass(frozen=True)
class Rule:
    """A horizontal line with a label, such as pain 5/10."""

    value: float
    label: str


@dataclass(frozen=True)
class Panel:
    """One plot area: its series, axis label, and guides."""

    y_label: str
    series: tuple[Series, ...]
    bands: tuple[Band, ...] = ()
    rules: tuple[Rule, ...] = ()
    #: Whether the y axis starts at 0 (loads, minutes, money, pain); False for values that go
    #: negative or sit far from 0 (form, a ratio).
    from_zero: bool = True


@dataclass(frozen=True)
class ChartData:
    """A whole chart: one or two panels sharing the date axis, or a message when empty."""

    key: str
    title: str
    panels: tuple[Panel, ...]
    empty_message: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: Whether the chart is empty only because of the range: other days hold sessions.
    outside_range: bool = False
    #: The days charted, first and last, for the x axis (every chart of a range shows the same).
    first: date | None = None
    last: date | None = None
    #: Today, marked on the x axis when it falls in the range.
    today: date | None = None

    @property
    def is_empty(self) -> bool:
        """Whether there is nothing to draw."""
        return self.empty_message is not None

    def csv_rows(self) -> list[list[str]]:
        """Return the chart's data as rows: a header, then the values of each day.

        A day with several values in one series (two sessions on one day) gets as many rows,
        in the order of the series; series of one panel share their days, so a row holds one
        session's values.
        """
        columns = [series for panel in self.panels for series in panel.series]
        by_day: dict[date, list[list[float | None]]] = {}
        for index, series in enumerate(columns):
            for day, value in zip(series.days, series.values, strict=True):
                by_day.setdefault(day, [[] for _ in columns])[index].append(value)
        rows = [["date", *(series.header for series in columns)]]
        for day in sorted(by_day):
            values = by_day[day]
            for row in range(max(len(column) for column in values)):
                cells = [_number(column[row]) if row < len(column) else "" for column in values]
                if any(cells):
                    rows.append([day.isoformat(), *cells])
        return rows


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.4f}".rstrip("0").rstrip(".")

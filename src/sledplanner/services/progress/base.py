"""Shared by the chart builders: colours, the chart list, daily history and unit conversion."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from sledplanner.domain import metrics
from sledplanner.domain.sessions import SessionStatus
from sledplanner.domain.units import KG_PER_LB, NEWTONS_PER_LBF, Mass, MassUnit
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService

#: The charts, in the order the tab offers them: key and title.
CHARTS: tuple[tuple[str, str], ...] = (
    ("load", "Load over time"),
    ("minutes", "Weekly minutes"),
    ("acwr", "Training stress (sRPE and ACWR)"),
    ("fitness", "Fitness, fatigue and form"),
    ("force", "Drag force and work"),
    ("pain", "Knee pain"),
    ("spend", "Spend and cost per session"),
)

LB_IN_KG = float(KG_PER_LB)
N_PER_LBF = float(NEWTONS_PER_LBF)

#: Days of logged history before the acute:chronic ratio is shown: the chronic window.
ACWR_MIN_DAYS = 28

BLUE, GREEN, ORANGE, RED, PURPLE = (
    "#1565c0",
    "#2e7d32",
    "#ef6c00",
    "#c62828",
    "#6a1b9a",
)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


@dataclass(frozen=True)
class _History:
    """Daily sRPE from the first logged session (day 1) to the last day the models run to."""

    start: date
    loads: list[float]

    @property
    def end(self) -> date:
        return self.start + timedelta(days=len(self.loads) - 1)

    def window(self, first: date, last: date) -> tuple[date, ...]:
        """The days of ``first``–``last`` that the models reach (none after the end)."""
        return tuple(_days(first, min(last, self.end)))

    def pick(self, values: list[float | None], days: tuple[date, ...]) -> tuple[float | None, ...]:
        """The values of ``days`` from a series indexed like ``loads`` (None before day 1)."""
        start = self.start.toordinal()
        return tuple(values[day.toordinal() - start] if day >= self.start else None for day in days)


def _key(value: float | None) -> float:
    """Sort key of a chart value: missing values first."""
    return float("-inf") if value is None else value


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)


class ChartContext:
    """What every chart builder reads: the services, the display unit, the history's models."""

    _gear: GearService
    _schedule: ScheduleService
    _too_much_above: Callable[[], int]
    _acwr_form: str
    _memo: dict[object, object]
    today: Callable[[], date]

    def _unit(self) -> MassUnit:
        return self._gear.preferences().display_unit

    @staticmethod
    def _mass_in(mass: Mass | None, unit: MassUnit) -> float | None:
        """A mass in ``unit`` as a chart value; exact when it was entered in that unit."""
        if mass is None:
            return None
        if mass.unit is unit:
            return float(mass.value)
        return float(mass.kg) if unit is MassUnit.KG else float(mass.kg) / LB_IN_KG

    def _in_unit(self, kg: Fraction | float | None, unit: MassUnit) -> float | None:
        if kg is None:
            return None
        # Chart positions only: the float division is the display rounding.
        return float(kg) if unit is MassUnit.KG else float(kg) / LB_IN_KG

    def _history(self) -> _History | None:
        """Daily sRPE from the first logged session to today (or the last logged day).

        Day 1 is the first done session with an effort (DOMAIN §5): the models start there
        whatever range a chart shows, so a figure never depends on the range.
        """
        key = ("history", self.today())
        if key in self._memo:
            return self._memo[key]  # type: ignore[return-value]
        sessions = [
            s
            for s in self._schedule.sessions()
            if s.status is SessionStatus.DONE and s.srpe is not None
        ]
        history = None
        if sessions:
            start = min(s.day for s in sessions)
            end = max(max(s.day for s in sessions), self.today())
            history = _History(start, metrics.daily_loads(sessions, start, end))
        self._memo[key] = history
        return history

    def _models(self, name: str) -> tuple[list[float | None], ...]:
        """A load model over the whole history, worked out once per change of the data."""
        key = (name, self.today())
        if key not in self._memo:
            history = self._history()
            assert history is not None
            loads = history.loads
            result: tuple[list[float | None], ...]
            if name == "fitness":
                result = tuple(list(series) for series in metrics.fitness_fatigue(loads))
            else:
                if name == "ewma":
                    _, _, ratio = metrics.acwr_ewma(loads)
                else:
                    _, _, ratio = metrics.acwr_rolling(loads, coupled=name == "rolling")
                ratio = list(ratio)
                for index in range(min(ACWR_MIN_DAYS - 1, len(ratio))):
                    ratio[index] = None  # fewer than 28 days of data: no ratio yet
                result = (ratio,)
            self._memo[key] = result
        return self._memo[key]  # type: ignore[return-value]

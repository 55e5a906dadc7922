"""The progress service: the data of each chart for a date range, from sessions and gear."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sledplanner.domain.programme import day_text
from sledplanner.services.chart_data import ChartData
from sledplanner.services.gear import GearService
from sledplanner.services.progress.knees_and_money import KneesAndMoneyCharts
from sledplanner.services.progress.stress import StressCharts
from sledplanner.services.progress.training import TrainingCharts
from sledplanner.services.schedule import ScheduleService
from sledplanner.storage.atomic import write_atomically


class ProgressService(TrainingCharts, StressCharts, KneesAndMoneyCharts):
    """Answers "am I progressing, and are my knees OK with it?" as chart data."""

    def __init__(
        self,
        gear: GearService,
        schedule: ScheduleService,
        too_much_above: Callable[[], int] = lambda: 5,
    ) -> None:
        """Chart the sessions of ``schedule`` with the gear of ``gear``.

        ``too_much_above`` tells the user's limit of acceptable pain during a session (the
        progression rules' zones): the pain chart draws its line there.
        """
        self._gear = gear
        self._schedule = schedule
        self._too_much_above = too_much_above
        self.today = schedule.today
        self._acwr_form = "ewma"
        #: The models over the whole history, worked out once per change of the data.
        self._memo: dict[object, object] = {}
        self.subscribe(self._memo.clear)

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` after any change of sessions or gear; return an unsubscribe."""
        stop_gear = self._gear.subscribe(lambda _change: listener())
        stop_schedule = self._schedule.subscribe(lambda _change: listener())

        def stop() -> None:
            stop_gear()
            stop_schedule()

        return stop

    def range_end(self) -> date:
        """The last day a range ending "now" shows: today, or the last session if later."""
        span = self._schedule.date_span()
        today = self.today()
        return max(today, span[1]) if span is not None else today

    def full_range(self) -> tuple[date, date]:
        """Return the range holding every session (at least the last four weeks)."""
        today = self.today()
        span = self._schedule.date_span()
        first, last = span if span is not None else (today, today)
        return min(first, today - timedelta(days=27)), max(last, today)

    def write_file(self, path: Path, payload: bytes) -> None:
        """Write an export atomically."""
        write_atomically(Path(path), payload)

    def chart(self, key: str, first: date, last: date, acwr_form: str = "ewma") -> ChartData:
        """Return the data of chart ``key`` for the days ``first`` to ``last``.

        ``acwr_form`` chooses the acute:chronic ratio of the training-stress chart: "ewma"
        (exponentially weighted, the default), "rolling" (coupled 7/28-day averages) or
        "uncoupled" (the acute week against the three weeks before it).
        """
        if last < first:
            first, last = last, first
        self._acwr_form = acwr_form
        data = self._build(key, first, last)
        if data.is_empty and key != "spend":
            data = self._outside(data, first, last)
        return replace(data, first=first, last=last, today=self.today())

    def _outside(self, data: ChartData, first: date, last: date) -> ChartData:
        """Say what is true of an empty range that other days fill, and offer them all."""
        span = self._schedule.date_span()
        if span is None or self._schedule.sessions_between(first, last):
            return data
        between = f"No sessions between {day_text(first)} and {day_text(last, year=True)}."
        before = [s.day for s in self._schedule.sessions_between(span[0], first)]
        after = [s.day for s in self._schedule.sessions_between(last, span[1])]
        if before:
            where = f" Your last was on {day_text(max(before), year=True)}."
        else:
            where = f" Your next is on {day_text(min(after), year=True)}." if after else ""
        return replace(data, empty_message=between + where, outside_range=True)

    def _build(self, key: str, first: date, last: date) -> ChartData:
        builders = {
            "load": self._load,
            "minutes": self._minutes,
            "acwr": self._acwr,
            "fitness": self._fitness,
            "force": self._force,
            "pain": self._pain,
            "spend": self._spend,
        }
        return builders[key](first, last)

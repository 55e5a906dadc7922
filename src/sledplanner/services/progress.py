"""Progress use cases: the data of each chart for a date range, from sessions and gear."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

from sledplanner.domain import metrics
from sledplanner.domain.sessions import SessionStatus, week_start
from sledplanner.domain.units import KG_PER_LB, Mass, MassUnit
from sledplanner.services.chart_data import Band, ChartData, Panel, Rule, Series
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.storage.atomic import write_atomically

#: The charts, in the order the tab offers them: key and title.
CHARTS: tuple[tuple[str, str], ...] = (
    ("load", "Load over time"),
    ("minutes", "Weekly minutes"),
    ("acwr", "Training stress (sRPE and ACWR)"),
    ("fitness", "Fitness, fatigue and form"),
    ("pain", "Knee pain"),
    ("spend", "Spend and cost per session"),
)

LB_IN_KG = float(KG_PER_LB)

#: Days of history before the range that the load models need to settle.
WARM_UP_DAYS = 120

BLUE, GREEN, ORANGE, RED, PURPLE, GREY = (
    "#1565c0",
    "#2e7d32",
    "#ef6c00",
    "#c62828",
    "#6a1b9a",
    "#757575",
)


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


class ProgressService:
    """Answers "am I progressing, and are my knees OK with it?" as chart data."""

    def __init__(self, gear: GearService, schedule: ScheduleService) -> None:
        """Chart the sessions of ``schedule`` with the gear of ``gear``."""
        self._gear = gear
        self._schedule = schedule
        self.today = schedule.today
        self._acwr_form = "ewma"

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` after any change of sessions or gear; return an unsubscribe."""
        stop_gear = self._gear.subscribe(lambda _change: listener())
        stop_schedule = self._schedule.subscribe(lambda _change: listener())

        def stop() -> None:
            stop_gear()
            stop_schedule()

        return stop

    def full_range(self) -> tuple[date, date]:
        """Return the range holding every session (at least the last four weeks)."""
        today = self.today()
        span = self._schedule.date_span()
        first, last = span if span is not None else (today, today)
        return min(first, today - timedelta(days=27)), max(last, today)

    def write_file(self, path: Path, payload: bytes) -> None:
        """Write an export atomically."""
        write_atomically(Path(path), payload)

    # ------------------------------------------------------------------ charts
    def chart(self, key: str, first: date, last: date, acwr_form: str = "ewma") -> ChartData:
        """Return the data of chart ``key`` for the days ``first`` to ``last``.

        ``acwr_form`` chooses the acute:chronic ratio of the training-stress chart: "ewma"
        (exponentially weighted, the default), "rolling" (coupled 7/28-day averages) or
        "uncoupled" (the acute week against the three weeks before it).
        """
        if last < first:
            first, last = last, first
        self._acwr_form = acwr_form
        builders = {
            "load": self._load,
            "minutes": self._minutes,
            "acwr": self._acwr,
            "fitness": self._fitness,
            "pain": self._pain,
            "spend": self._spend,
        }
        return builders[key](first, last)

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

    def _load(self, first: date, last: date) -> ChartData:
        title = "Load over time"
        rows = [
            s
            for s in self._schedule.sessions_between(first, last)
            if s.activity.uses_sled
            and (s.planned_load is not None or (s.log is not None and s.log.load is not None))
        ]
        if not rows:
            message = (
                "Log your first session to see your load curve."
                if not self._schedule.sessions_between(first, last)
                else "No session with a load in this range yet: the load curve starts with "
                "your first sled drag."
            )
            return ChartData("load", title, (), message)
        sleds = {item.id: item for item in self._gear.items()}
        unit = self._unit()
        days = tuple(s.day for s in rows)
        planned = tuple(self._mass_in(s.planned_load, unit) for s in rows)
        actual = tuple(
            self._mass_in(s.log.load, unit)
            if s.status is SessionStatus.DONE and s.log is not None and s.log.load is not None
            else None
            for s in rows
        )
        dragged = []
        for session in rows:
            sled = sleds.get(session.sled_id) if session.sled_id else None
            figures = metrics.session_metrics(session, sled.mass if sled else None)
            dragged.append(self._in_unit(figures.dragged_kg, unit))
        panel = Panel(
            f"load ({unit.value})",
            (
                Series("planned added load", days, planned, "dashed", BLUE),
                Series("actual added load", days, actual, "line", GREEN),
                Series("total dragged (sled + load)", days, tuple(dragged), "line", ORANGE),
            ),
        )
        return ChartData("load", title, (panel,))

    def _minutes(self, first: date, last: date) -> ChartData:
        title = "Weekly minutes"
        # Whole weeks only: a week cut by the range start would show a false strain spike.
        sessions = self._schedule.sessions_between(
            week_start(first, self._gear.preferences().first_weekday), last
        )
        if not sessions:
            return ChartData("minutes", title, (), "Plan or log a session to see your weeks.")
        weeks = metrics.weekly(sessions, self._gear.preferences().first_weekday)
        days = tuple(w.week_start for w in weeks)
        done = tuple(float(w.minutes_done) for w in weeks)
        planned = tuple(float(w.minutes_planned) for w in weeks)
        panel = Panel(
            "minutes per week",
            (
                Series("minutes done", days, done, "bars", GREEN, width_days=5),
                Series("minutes planned", days, planned, "dashed", BLUE),
            ),
        )
        stress = Panel(
            "weekly load (sRPE)",
            (
                Series(
                    "weekly sRPE", days, tuple(float(w.srpe_total) for w in weeks), "line", PURPLE
                ),
                Series(
                    "strain (load × monotony)",
                    days,
                    tuple(w.strain for w in weeks),
                    "dashed",
                    ORANGE,
                ),
            ),
        )
        adherence = [w.adherence for w in weeks if w.adherence is not None]
        notes = ()
        if adherence:
            notes = (f"Adherence over the range: {100 * sum(adherence) / len(adherence):.0f} %.",)
        return ChartData("minutes", title, (panel, stress), notes=notes)

    def _daily(self, first: date, last: date) -> tuple[list[date], list[float], int]:
        """Daily sRPE from the warm-up start to ``last``; also the index of ``first``."""
        start = first - timedelta(days=WARM_UP_DAYS)
        sessions = self._schedule.sessions_between(start, last)
        loads = metrics.daily_loads(sessions, start, last)
        return _days(start, last), loads, WARM_UP_DAYS

    def _has_done(self, first: date, last: date) -> bool:
        return any(
            s.status is SessionStatus.DONE and s.srpe is not None
            for s in self._schedule.sessions_between(first, last)
        )

    def _acwr(self, first: date, last: date) -> ChartData:
        title = "Training stress (sRPE and ACWR)"
        if not self._has_done(first, last):
            return ChartData(
                "acwr", title, (), "Log a session with its effort (RPE) to see training stress."
            )
        days, loads, skip = self._daily(first, last)
        form = self._acwr_form
        if form == "ewma":
            _, _, ratio = metrics.acwr_ewma(loads)
            name = "ACWR (EWMA 7/28 days)"
        else:
            _, _, ratio = metrics.acwr_rolling(loads, coupled=form == "rolling")
            name = "ACWR (rolling 7/28 days)" if form == "rolling" else "ACWR (7 days / 21 before)"
        shown = tuple(days[skip:])
        srpe = Panel(
            "sRPE (RPE × minutes)",
            (Series("daily sRPE", shown, tuple(loads[skip:]), "bars", PURPLE),),
        )
        acwr = Panel(
            "acute:chronic ratio",
            (Series(name, shown, tuple(ratio[skip:]), "line", BLUE),),
            bands=(Band(0.8, 1.3, "0.8–1.3: a guide, not a verdict"),),
        )
        return ChartData(
            "acwr",
            title,
            (srpe, acwr),
            notes=(
                "The 0.8–1.3 band is a disputed rule of thumb (Gabbett 2016; Impellizzeri 2020): "
                "read it as a guide, not a medical verdict.",
            ),
        )

    def _fitness(self, first: date, last: date) -> ChartData:
        title = "Fitness, fatigue and form"
        if not self._has_done(first - timedelta(days=WARM_UP_DAYS), last):
            return ChartData(
                "fitness", title, (), "Log sessions with their effort (RPE) to see your fitness."
            )
        days, loads, skip = self._daily(first, last)
        ctl, atl, form = metrics.fitness_fatigue(loads)
        shown = tuple(days[skip:])
        panel = Panel(
            "load (sRPE)",
            (
                Series("fitness (42-day)", shown, tuple(ctl[skip:]), "line", BLUE),
                Series("fatigue (7-day)", shown, tuple(atl[skip:]), "line", RED),
                Series("form (fitness − fatigue)", shown, tuple(form[skip:]), "line", GREEN),
            ),
        )
        return ChartData("fitness", title, (panel,))

    def _pain(self, first: date, last: date) -> ChartData:
        title = "Knee pain"
        during, morning = metrics.pain_series(
            self._schedule.sessions_between(first, last), first, last
        )
        if all(v is None for v in during) and all(v is None for v in morning):
            return ChartData(
                "pain", title, (), "Log knee pain with a session to see how your knees respond."
            )
        days = tuple(_days(first, last))
        panel = Panel(
            "pain (0–10)",
            (
                Series("pain during", days, tuple(_float(v) for v in during), "points", ORANGE),
                Series("pain next morning", days, tuple(_float(v) for v in morning), "points", RED),
            ),
            rules=(Rule(5, "5/10: above this, too much"),),
        )
        return ChartData("pain", title, (panel,))

    def _spend(self, first: date, last: date) -> ChartData:
        title = "Spend and cost per session"
        currency = self._gear.preferences().currency
        items = self._gear.items()
        spending = metrics.cumulative_spend(items, currency)
        spend = spending.points
        if not spend:
            return ChartData(
                "spend",
                title,
                (),
                "Enter prices and purchase dates for your gear to see what it has cost.",
            )
        done_days = sorted(
            s.day
            for s in self._schedule.sessions_between(min(spend[0][0], first), last)
            if s.status is SessionStatus.DONE
        )
        days = tuple(_days(first, last))
        totals: list[float | None] = []
        per_session: list[float | None] = []
        running = 0.0
        spent_index = done_index = 0
        for day in days:
            while spent_index < len(spend) and spend[spent_index][0] <= day:
                running = float(spend[spent_index][1].amount)
                spent_index += 1
            while done_index < len(done_days) and done_days[done_index] <= day:
                done_index += 1
            totals.append(running)
            per_session.append(running / done_index if done_index else None)
        money = Panel(
            f"spent ({currency})",
            (Series("gear spend to date", days, tuple(totals), "steps", ORANGE),),
        )
        cost_panel = Panel(
            f"{currency} per session done",
            (Series("cost per session done", days, tuple(per_session), "line", BLUE),),
        )
        notes: tuple[str, ...] = (
            "Gear only, by purchase date; subscriptions are in the Equipment totals.",
        )
        if spending.undated.amount or spending.unpriced:
            notes += (
                f"Not in the curve: {spending.undated} of gear without a purchase date and "
                f"{spending.unpriced} item(s) without a price.",
            )
        return ChartData("spend", title, (money, cost_panel), notes=notes)


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)

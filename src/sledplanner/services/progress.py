"""Progress use cases: the data of each chart for a date range, from sessions and gear."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

from sledplanner.domain import metrics
from sledplanner.domain.programme import day_text
from sledplanner.domain.sessions import SessionStatus, week_start
from sledplanner.domain.units import KG_PER_LB, NEWTONS_PER_LBF, Mass, MassUnit
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


class ProgressService:
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
        shown = []
        for session in rows:
            sled = sleds.get(session.sled_id) if session.sled_id else None
            figures = metrics.session_metrics(session, sled.mass if sled else None)
            actual = (
                self._mass_in(session.log.load, unit)
                if session.status is SessionStatus.DONE
                and session.log is not None
                and session.log.load is not None
                else None
            )
            planned = self._mass_in(session.planned_load, unit)
            dragged = self._in_unit(figures.dragged_kg, unit)
            shown.append((session.day, actual, planned, dragged, session))
        # Several sessions on one day each keep their row, lightest first, in the same order
        # on every run (the ids are random, so they only break exact ties).
        shown.sort(key=lambda row: (row[0], _key(row[1]), _key(row[2]), _key(row[3]), row[4].id))
        days = tuple(row[0] for row in shown)
        u = unit.value
        panel = Panel(
            f"load ({u})",
            (
                Series(
                    "planned added load",
                    days,
                    tuple(row[2] for row in shown),
                    "dashed",
                    BLUE,
                    unit=u,
                    column=f"planned_load_{u}",
                ),
                Series(
                    "actual added load",
                    days,
                    tuple(row[1] for row in shown),
                    "line",
                    GREEN,
                    unit=u,
                    column=f"actual_load_{u}",
                ),
                Series(
                    "total dragged (sled + load)",
                    days,
                    tuple(row[3] for row in shown),
                    "line",
                    ORANGE,
                    unit=u,
                    column=f"dragged_{u}",
                ),
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
                Series(
                    "minutes done",
                    days,
                    done,
                    "bars",
                    GREEN,
                    width_days=5,
                    unit="min",
                    column="minutes_done",
                ),
                Series(
                    "minutes planned",
                    days,
                    planned,
                    "dashed",
                    BLUE,
                    unit="min",
                    column="minutes_planned",
                ),
            ),
        )
        stress = Panel(
            "weekly load (sRPE)",
            (
                Series(
                    "weekly sRPE",
                    days,
                    tuple(float(w.srpe_total) for w in weeks),
                    "line",
                    PURPLE,
                    unit="AU",
                    column="weekly_srpe_AU",
                ),
                Series(
                    "strain (load × monotony)",
                    days,
                    tuple(w.strain for w in weeks),
                    "dashed",
                    ORANGE,
                    unit="AU",
                    column="strain_AU",
                ),
            ),
        )
        notes: tuple[str, ...] = ()
        adherence = metrics.adherence_to_date((s for s in sessions if s.day >= first), self.today())
        if adherence is not None:
            notes = (
                f"Adherence over the range, up to today: {adherence.done} of "
                f"{adherence.due} sessions done ({100 * adherence.share:.0f} %).",
            )
        return ChartData("minutes", title, (panel, stress), notes=notes)

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

    def _acwr(self, first: date, last: date) -> ChartData:
        title = "Training stress (sRPE and ACWR)"
        history = self._history()
        if history is None:
            return ChartData(
                "acwr", title, (), "Log a session with its effort (RPE) to see training stress."
            )
        form = self._acwr_form
        (ratio,) = self._models(form)
        name, column = {
            "ewma": ("ACWR (EWMA 7/28 days)", "acwr_ewma_ratio"),
            "rolling": ("ACWR (rolling 7/28 days)", "acwr_rolling_ratio"),
        }.get(form, ("ACWR (7 days / 21 before)", "acwr_uncoupled_ratio"))
        shown = history.window(first, last)
        values = history.pick(history.loads, shown)
        srpe = Panel(
            "sRPE (RPE × minutes)",
            (
                Series(
                    "daily sRPE", shown, values, "bars", PURPLE, unit="AU", column="daily_srpe_AU"
                ),
            ),
        )
        acwr = Panel(
            "acute:chronic ratio",
            (
                Series(
                    name,
                    shown,
                    history.pick(ratio, shown),
                    "line",
                    BLUE,
                    column=column,
                    missing="not enough data yet",
                ),
            ),
            bands=(Band(0.8, 1.3, "0.8–1.3: a guide, not a verdict"),),
            from_zero=False,
        )
        notes = [
            "The 0.8–1.3 band is a disputed rule of thumb (Gabbett 2016; Impellizzeri 2020): "
            "read it as a guide, not a medical verdict."
        ]
        ready = history.start + timedelta(days=ACWR_MIN_DAYS - 1)
        if not shown or shown[0] < ready:
            notes.append(
                f"Not enough data yet for a ratio before {ready.isoformat()}: it needs "
                f"{ACWR_MIN_DAYS} days from your first logged session "
                f"({history.start.isoformat()})."
            )
        return ChartData("acwr", title, (srpe, acwr), notes=tuple(notes))

    def _fitness(self, first: date, last: date) -> ChartData:
        title = "Fitness, fatigue and form"
        history = self._history()
        if history is None:
            return ChartData(
                "fitness", title, (), "Log sessions with their effort (RPE) to see your fitness."
            )
        ctl, atl, form = self._models("fitness")
        shown = history.window(first, last)
        panel = Panel(
            "load (sRPE)",
            from_zero=False,  # form goes below 0 after hard weeks
            series=(
                Series(
                    "fitness (42-day)",
                    shown,
                    history.pick(ctl, shown),
                    "line",
                    BLUE,
                    unit="AU",
                    column="fitness_AU",
                ),
                Series(
                    "fatigue (7-day)",
                    shown,
                    history.pick(atl, shown),
                    "line",
                    RED,
                    unit="AU",
                    column="fatigue_AU",
                ),
                Series(
                    "form (fitness − fatigue)",
                    shown,
                    history.pick(form, shown),
                    "line",
                    GREEN,
                    unit="AU",
                    column="form_AU",
                ),
            ),
        )
        notes = (
            f"Worked out from your first logged session ({history.start.isoformat()}), "
            "whatever range is shown.",
        )
        return ChartData("fitness", title, (panel,), notes=notes)

    def _force(self, first: date, last: date) -> ChartData:
        title = "Drag force and work"
        sleds = {item.id: item for item in self._gear.items()}
        unit = self._unit()
        force_unit = "lbf" if unit is MassUnit.LB else "N"
        per_newton = 1 / N_PER_LBF if unit is MassUnit.LB else 1.0
        rows: list[tuple[date, float | None, float | None, float | None, str]] = []
        weekly_work: dict[date, float] = {}
        first_weekday = self._gear.preferences().first_weekday
        for session in self._schedule.sessions_between(first, last):
            if session.status is SessionStatus.SKIPPED:
                continue
            sled = sleds.get(session.sled_id) if session.sled_id else None
            figures = metrics.session_metrics(session, sled.mass if sled else None)
            if figures.force_n is None:
                continue
            force = figures.force_n * per_newton
            done = force if figures.done else None
            planned = None if figures.done else force
            work = figures.work_kj if figures.done else None
            if work is not None:
                week = week_start(session.day, first_weekday)
                weekly_work[week] = weekly_work.get(week, 0.0) + work
            rows.append((session.day, done, planned, work, session.id))
        if not rows:
            return ChartData(
                "force",
                title,
                (),
                "Plan or log a sled drag with a load (or a sled with its mass) to see the "
                "force your legs pull.",
            )
        rows.sort(key=lambda row: (row[0], _key(row[1]), _key(row[2]), _key(row[3]), row[4]))
        days = tuple(row[0] for row in rows)
        panels = [
            Panel(
                f"drag force ({force_unit})",
                (
                    Series(
                        "drag force, done",
                        days,
                        tuple(row[1] for row in rows),
                        "points",
                        GREEN,
                        unit=force_unit,
                        column=f"force_{force_unit}",
                    ),
                    Series(
                        "drag force, planned",
                        days,
                        tuple(row[2] for row in rows),
                        "points",
                        BLUE,
                        unit=force_unit,
                        column=f"planned_force_{force_unit}",
                    ),
                ),
            )
        ]
        notes = [
            "Force = μ × (sled + load) × g, with the μ of the session's surface (the pooled 0.33 "
            "when none is set). An estimate: calibrate μ with a luggage scale on the Equipment "
            "tab."
        ]
        if weekly_work:
            weeks = tuple(sorted(weekly_work))
            panels.append(
                Panel(
                    "work (kJ)",
                    (
                        Series(
                            "work per week",
                            weeks,
                            tuple(weekly_work[w] for w in weeks),
                            "bars",
                            PURPLE,
                            width_days=5,
                            unit="kJ",
                            column="weekly_work_kJ",
                        ),
                        Series(
                            "work per session",
                            days,
                            tuple(row[3] for row in rows),
                            "points",
                            ORANGE,
                            unit="kJ",
                            column="work_kJ",
                        ),
                    ),
                )
            )
        else:
            notes.append("Log the distance of a session to see its work (force × distance).")
        return ChartData("force", title, tuple(panels), notes=tuple(notes))

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
        limit = self._too_much_above()
        panel = Panel(
            "pain (0–10)",
            (
                Series(
                    "pain during",
                    days,
                    tuple(_float(v) for v in during),
                    "points",
                    ORANGE,
                    unit="/10",
                    column="pain_during_0_10",
                ),
                Series(
                    "pain next morning",
                    days,
                    tuple(_float(v) for v in morning),
                    "points",
                    RED,
                    unit="/10",
                    column="pain_next_morning_0_10",
                ),
            ),
            rules=(Rule(limit, f"{limit}/10: above this, too much"),),
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
            (
                Series(
                    "gear spend to date",
                    days,
                    tuple(totals),
                    "steps",
                    ORANGE,
                    unit=currency,
                    column=f"spend_{currency}",
                ),
            ),
        )
        cost_panel = Panel(
            f"{currency} per session done",
            (
                Series(
                    "cost per session done",
                    days,
                    tuple(per_session),
                    "line",
                    BLUE,
                    unit=currency,
                    column=f"cost_per_session_{currency}",
                ),
            ),
        )
        notes: tuple[str, ...] = (
            "Gear only, by purchase date; subscriptions are in the Equipment totals.",
        )
        per_done = metrics.cost_per_session(items, self._schedule.sessions(), currency, last)
        if per_done is not None:
            notes += (
                f"Up to {last.isoformat()}: {per_done.amount:.2f} {currency} of gear per "
                "session done.",
            )
        if spending.undated.amount or spending.unpriced:
            notes += (
                f"Not in the curve: {spending.undated} of gear without a purchase date and "
                f"{spending.unpriced} item(s) without a price.",
            )
        return ChartData("spend", title, (money, cost_panel), notes=notes)


def _key(value: float | None) -> float:
    """Sort key of a chart value: missing values first."""
    return float("-inf") if value is None else value


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)

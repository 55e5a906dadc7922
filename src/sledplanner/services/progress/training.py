"""The charts of what was done: load over time, weekly minutes, drag force and work."""

from __future__ import annotations

from datetime import date

from sledplanner.domain import metrics
from sledplanner.domain.sessions import SessionStatus, week_start
from sledplanner.domain.units import MassUnit
from sledplanner.services.chart_data import ChartData, Panel, Series
from sledplanner.services.progress.base import (
    BLUE,
    GREEN,
    N_PER_LBF,
    ORANGE,
    PURPLE,
    ChartContext,
    _key,
)


class TrainingCharts(ChartContext):
    """Load, minutes and force charts."""

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
                    ahead=True,
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

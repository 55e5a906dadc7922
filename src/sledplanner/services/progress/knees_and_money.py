"""The knee pain chart, and the spend and cost per session chart."""

from __future__ import annotations

from datetime import date

from sledplanner.domain import metrics
from sledplanner.domain.day_words import day_text
from sledplanner.domain.sessions import SessionStatus
from sledplanner.services.chart_data import ChartData, Panel, Rule, Series
from sledplanner.services.progress.base import (
    BLUE,
    ORANGE,
    RED,
    ChartContext,
    _days,
    _float,
)


class KneesAndMoneyCharts(ChartContext):
    """Pain and spend charts."""

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
        # Every session done up to the range's end counts, before the first purchase too, as
        # in metrics.cost_per_session, whose figure the note gives (read once for both).
        until_last = self._schedule.sessions_between(date.min, last)
        done_days = sorted(s.day for s in until_last if s.status is SessionStatus.DONE)
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
        per_done = metrics.cost_per_session(items, until_last, currency, last)
        if per_done is not None:
            notes += (
                f"Up to {day_text(last)}: {per_done.amount:.2f} {currency} of gear per "
                "session done.",
            )
        if spending.undated.amount or spending.unpriced:
            notes += (
                f"Not in the curve: {spending.undated} of gear without a purchase date and "
                f"{spending.unpriced} item(s) without a price.",
            )
        return ChartData("spend", title, (money, cost_panel), notes=notes)

"""The charts of training stress: sRPE with the acute:chronic ratio, and fitness and fatigue."""

from __future__ import annotations

from datetime import date, timedelta

from sledplanner.domain.day_words import day_text
from sledplanner.services.chart_data import Band, ChartData, Panel, Series
from sledplanner.services.progress.base import (
    ACWR_MIN_DAYS,
    BLUE,
    GREEN,
    PURPLE,
    RED,
    ChartContext,
)


class StressCharts(ChartContext):
    """ACWR and fitness/fatigue charts."""

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
                f"Not enough data yet for a ratio before {day_text(ready)}: it needs "
                f"{ACWR_MIN_DAYS} days from your first logged session "
                f"({day_text(history.start)})."
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
            f"Worked out from your first logged session ({day_text(history.start)}), "
            "whatever range is shown.",
        )
        return ChartData("fitness", title, (panel,), notes=notes)

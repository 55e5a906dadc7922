"""Training-load metrics over sessions and gear, for the Progress charts (DOMAIN.md §2 and §5).

Pure functions; nothing here is stored. Three kinds of figures:

- per session (:class:`SessionMetrics`): the mass dragged, the drag force, the work and mean
  power, as ``float`` display figures converted explicitly from the exact inputs
  (:class:`Mass`, ``Decimal`` μ and distances); see the class for how.
- the planned and done loads over time: exact ``Fraction`` kg, like every mass in the app.
- series (daily loads, weekly sums, ACWR, fitness/fatigue, pain): plain ``float`` or ``int``
  display figures. The daily load is session RPE (RPE × minutes, Foster 2001), an ``int``
  converted to ``float`` when the series is built. The models over those series live in
  :mod:`sledplanner.domain.load_model` and are re-exported here.

Which sessions count: only **done** sessions carry load, minutes done, pain and RPE. Planned and
skipped sessions count towards what was planned (adherence), never towards load.

Gear spend is exact money (:class:`Money`), one currency at a time; currencies are never
converted into each other.

The package, one idea per module: :mod:`.per_session` (force, work, power, sRPE of one
session), :mod:`.daily` (daily load and pain series), :mod:`.weeks` (weekly totals, monotony,
strain, adherence) and :mod:`.spend` (gear spend and cost per session).
"""

from sledplanner.domain.load_model import (
    ATL_DAYS,
    CTL_DAYS,
    MONOTONY_CAP,
    acwr_ewma,
    acwr_rolling,
    ewma,
    fitness_fatigue,
    monotony,
)
from sledplanner.domain.metrics.daily import daily_loads, pain_series
from sledplanner.domain.metrics.per_session import POOLED_SURFACE, SessionMetrics, session_metrics
from sledplanner.domain.metrics.spend import Spend, cost_per_session, cumulative_spend
from sledplanner.domain.metrics.weeks import Adherence, WeekMetrics, adherence_to_date, weekly

__all__ = [
    "ATL_DAYS",
    "Adherence",
    "CTL_DAYS",
    "MONOTONY_CAP",
    "POOLED_SURFACE",
    "SessionMetrics",
    "Spend",
    "WeekMetrics",
    "acwr_ewma",
    "acwr_rolling",
    "adherence_to_date",
    "cost_per_session",
    "cumulative_spend",
    "daily_loads",
    "ewma",
    "fitness_fatigue",
    "monotony",
    "pain_series",
    "session_metrics",
    "weekly",
]

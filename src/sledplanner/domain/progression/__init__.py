"""Load progression gated by knee pain, with a weekly increase cap, always explained.

The rules follow DOMAIN.md §4, the pain-monitoring model of Silbernagel et al. (2007): pain during
a session is safe (0–2 by default), acceptable (3–5) or too much (above 5); next-morning pain must
be back to baseline; the load goes up only after enough settled sessions, and never by more than
the weekly cap. Every decision carries a plain-words reason that is shown to the user verbatim,
such as "held at 55 lb: next-morning pain rose from 1 to 3".

Masses stay exact. When a load has to be computed (a 10 % reduction, a capped increase, a step
given in the other unit), the result is put on a *grid* in the current load's unit and rounded
down to it, never to the nearest: see :func:`load_grid`. Nothing here rounds a mass silently;
the reason names the load exactly as proposed.

The package, one idea per module: :mod:`.settings` (pain zones and the user's rules),
:mod:`.decision` (the next load and its reason), :mod:`.rises` (the weekly cap's base and
the 30 % two-week caution) and :mod:`.exact` (exact numbers and their text).
"""

from sledplanner.domain.progression.decision import Decision, decide_next_load, explain, load_grid
from sledplanner.domain.progression.rises import (
    TWO_WEEK_RISE_PERCENT,
    cap_base,
    rise_base,
    rise_caution,
    two_week_rise_warning,
    week_load,
)
from sledplanner.domain.progression.settings import (
    CAP_PERCENT_RANGE,
    REDUCTION_PERCENT_RANGE,
    SESSIONS_TO_PROGRESS_RANGE,
    Action,
    PainZones,
    ProgressionSettings,
    Zone,
)

__all__ = [
    "Action",
    "CAP_PERCENT_RANGE",
    "Decision",
    "PainZones",
    "ProgressionSettings",
    "REDUCTION_PERCENT_RANGE",
    "SESSIONS_TO_PROGRESS_RANGE",
    "TWO_WEEK_RISE_PERCENT",
    "Zone",
    "cap_base",
    "decide_next_load",
    "explain",
    "load_grid",
    "rise_base",
    "rise_caution",
    "two_week_rise_warning",
    "week_load",
]

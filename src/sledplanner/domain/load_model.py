"""Training-load models over a daily load series (DOMAIN.md §5): monotony, ACWR, fitness/fatigue.

Every function here takes the daily loads as plain floats, one per calendar day with no gaps
(a day without training is 0), oldest first, and returns plain Python lists of floats: they are
display figures for the charts, which convert them to arrays themselves. The loads are usually
session RPE in arbitrary units (AU) from :func:`sledplanner.domain.metrics.daily_loads`.

Index convention, shared by every series: ``series[i]`` is the value *at the end of* day ``i``
(0-based), that is after that day's load has been taken in. "Day n" in DOMAIN.md (1-based) is
``series[n - 1]``.

Every exponentially weighted average is computed as ``previous + λ · (load − previous)`` and then
kept between ``previous`` and ``load`` (where it lies exactly; the clamp only removes float
rounding), so an average never leaves the range of the values it averages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import accumulate

__all__ = [
    "ATL_DAYS",
    "CTL_DAYS",
    "MONOTONY_CAP",
    "acwr_ewma",
    "acwr_rolling",
    "ewma",
    "fitness_fatigue",
    "monotony",
]

#: Time constant of fitness (chronic training load, CTL), in days (GoldenCheetah's default).
CTL_DAYS = 42

#: Time constant of fatigue (acute training load, ATL), in days (GoldenCheetah's default).
ATL_DAYS = 7

#: The highest monotony reported. Monotony is mean / SD, which grows without bound as the daily
#: loads become alike and is infinite when all seven are equal and above zero (SD = 0). Foster's
#: warning line is 2.0, so anything at or above this cap already reads "far too monotonous".
MONOTONY_CAP = 10.0

_WEEK = 7


def _check_loads(loads: Sequence[float]) -> None:
    """Refuse loads that are not finite numbers of zero or more.

    Raises:
        ValueError: Naming the first bad day.
    """
    if all(map(math.isfinite, loads)) and (not loads or min(loads) >= 0):
        return
    for day, load in enumerate(loads):
        if not (math.isfinite(load) and load >= 0):
            raise ValueError(f"daily load {day} must be a finite number of 0 or more, got {load}")


def _check_days(days: int, name: str) -> None:
    """Refuse a window or time constant that is not a whole number of days of 1 or more."""
    if isinstance(days, bool) or not isinstance(days, int) or days < 1:
        raise ValueError(f"{name} must be a whole number of days of 1 or more, got {days!r}")


def ewma(loads: Sequence[float], weight: float, seed: float | None = None) -> list[float]:
    """Give the exponentially weighted moving average of ``loads``.

    ``EWMA_i = weight · load_i + (1 − weight) · EWMA_{i−1}``, with ``EWMA_{−1} = seed``. When
    ``seed`` is None the average starts at the first load (``EWMA_0 = load_0``).

    Args:
        loads: Daily loads, oldest first; finite and 0 or more.
        weight: The weight of the newest day, above 0 and at most 1.
        seed: The value before the first day, or None to start at the first load.

    Returns:
        One value per day, at the end of that day.

    Raises:
        ValueError: A bad load or weight.
    """
    if not (0 < weight <= 1):
        raise ValueError(f"the weight must be above 0 and at most 1, got {weight}")
    _check_loads(loads)
    out: list[float] = []
    if not loads:
        return out
    value = float(loads[0]) if seed is None else float(seed)
    append = out.append
    for load in loads:
        # previous + λ · (load − previous), kept between previous and load (float rounding).
        moved = value + weight * (load - value)
        if load >= value:
            value = load if moved > load else max(moved, value)
        else:
            value = load if moved < load else min(moved, value)
        append(value)
    return out


def _ratio(acute: float | None, chronic: float | None) -> float | None:
    """Give acute / chronic, or None when either is unknown or the chronic load is 0."""
    if acute is None or chronic is None or chronic == 0:
        return None
    return acute / chronic


def acwr_ewma(
    loads: Sequence[float], acute: int = 7, chronic: int = 28
) -> tuple[list[float], list[float], list[float | None]]:
    """Give the acute:chronic workload ratio in its EWMA form (Williams et al. 2017).

    ``EWMA_t = λ · load_t + (1 − λ) · EWMA_{t−1}`` with ``λ = 2 / (N + 1)``: 0.25 for the acute
    N = 7 and 2/29 ≈ 0.0690 for the chronic N = 28. Missing days are 0 in ``loads``; both
    averages are seeded with day 1's load, so ``acute[0] == chronic[0] == loads[0]``.

    DOMAIN.md's vector, four weeks of ``[50, 0, 50, 0, 50, 0, 0]`` then
    ``[60, 60, 60, 0, 60, 60, 0]``: index 27 (end of week 4) gives acute 15.257, chronic
    23.956, ratio 0.637; index 34 (end of week 5) 32.699, 30.665 and 1.066.

    Args:
        loads: Daily loads, oldest first; finite and 0 or more.
        acute: N of the acute average, in days.
        chronic: N of the chronic average, in days.

    Returns:
        ``(acute_series, chronic_series, ratio_series)``, one value per day; a ratio is None
        where the chronic average is 0.

    Raises:
        ValueError: A bad load or window.
    """
    _check_days(acute, "the acute window")
    _check_days(chronic, "the chronic window")
    acute_series = ewma(loads, 2 / (acute + 1))
    chronic_series = ewma(loads, 2 / (chronic + 1))
    ratios = [_ratio(a, c) for a, c in zip(acute_series, chronic_series, strict=True)]
    return acute_series, chronic_series, ratios


def _window_mean(sums: list[float], start: int, end: int) -> float:
    """Give the mean load of days ``start`` … ``end - 1`` from the running totals ``sums``.

    ``sums[i]`` is the total of the first ``i`` days. A window without load is exactly 0 (adding
    0.0 leaves a float total unchanged, so both ends hold the same total); a rounding remainder
    never takes a mean below 0.
    """
    return max(sums[end] - sums[start], 0.0) / (end - start)


def acwr_rolling(
    loads: Sequence[float], coupled: bool
) -> tuple[list[float | None], list[float | None], list[float | None]]:
    """Give the acute:chronic workload ratio in its rolling-average form (Gabbett 2016).

    Both averages are per-day means, so they share one scale (AU per day) and the ratio equals
    the ratio of week sums:

    - acute at day t: the mean of the 7 days t−6 … t (this week's sum / 7);
    - chronic, coupled: the mean of the 28 days t−27 … t, which include the acute week
      (the four-week sum / 28, that is the mean week / 7);
    - chronic, uncoupled: the mean of the 21 days t−27 … t−7, the three weeks *before* the acute
      week (their sum / 21, that is their mean week / 7).

    So weeks of 150, 150, 150, 150 then 300 AU give, at the end of the fifth week, coupled
    300 / ((150 · 3 + 300) / 4) = 1.60 and uncoupled 300 / ((150 · 3) / 3) = 2.00.

    A value needs its whole window: acute is None for indices 0–5, chronic (both forms) for
    indices 0–26, since the uncoupled form also needs the acute week after its 21 days. Missing
    days count as 0.

    Args:
        loads: Daily loads, oldest first; finite and 0 or more.
        coupled: Whether the chronic window includes the acute week.

    Returns:
        ``(acute_series, chronic_series, ratio_series)``, one value per day; a ratio is None
        where either average is unknown or the chronic average is 0.

    Raises:
        ValueError: A bad load.
    """
    _check_loads(loads)
    acute_days, chronic_days = _WEEK, 4 * _WEEK
    sums = [0.0, *accumulate(loads)]
    count = len(loads)
    acute_series: list[float | None] = [None] * min(acute_days - 1, count)
    acute_series += [
        _window_mean(sums, end - acute_days, end) for end in range(acute_days, count + 1)
    ]
    # Day ``end - 1``'s chronic window: days ``end - 28`` to ``end - gap - 1``.
    gap = 0 if coupled else acute_days
    chronic_series: list[float | None] = [None] * min(chronic_days - 1, count)
    chronic_series += [
        _window_mean(sums, end - chronic_days, end - gap) for end in range(chronic_days, count + 1)
    ]
    ratios = [_ratio(a, c) for a, c in zip(acute_series, chronic_series, strict=True)]
    return acute_series, chronic_series, ratios


def fitness_fatigue(
    loads: Sequence[float], ctl_days: int = CTL_DAYS, atl_days: int = ATL_DAYS
) -> tuple[list[float], list[float], list[float]]:
    """Give fitness (CTL), fatigue (ATL) and form (TSB) as GoldenCheetah's PMCData.cpp does.

    ``CTL_t = CTL_{t−1} · e^(−1/42) + load_t · (1 − e^(−1/42))``, and ATL likewise with 7.
    Both start from 0 the day before the first load, so ``ctl[i]`` is fitness at the end of day
    ``i`` (0-based) after ``i + 1`` loads: for a constant 100 a day, ``ctl[i] = 100 · (1 −
    e^(−(i+1)/42))``. DOMAIN.md's "day 7" is index 6 (CTL 15.352, ATL 63.212) and "day 42"
    index 41 (CTL 63.212, ATL 99.752).

    Form is shown the next day, as GoldenCheetah does: ``form[i] = ctl[i − 1] − atl[i − 1]``,
    the balance you start day ``i`` with, before its own load; ``form[0]`` is 0 (both start
    at 0).

    Args:
        loads: Daily loads, oldest first; finite and 0 or more.
        ctl_days: Time constant of fitness, in days.
        atl_days: Time constant of fatigue, in days.

    Returns:
        ``(ctl, atl, form)``, one value per day.

    Raises:
        ValueError: A bad load or time constant.
    """
    _check_days(ctl_days, "the fitness time constant")
    _check_days(atl_days, "the fatigue time constant")
    ctl = ewma(loads, 1 - math.exp(-1 / ctl_days), seed=0.0)
    atl = ewma(loads, 1 - math.exp(-1 / atl_days), seed=0.0)
    form = [0.0] * len(loads)
    for index in range(1, len(loads)):
        form[index] = ctl[index - 1] - atl[index - 1]
    return ctl, atl, form


def monotony(daily: Sequence[float]) -> float | None:
    """Give Foster's training monotony: mean / population SD of the daily loads.

    The SD is the population one (divide by the number of days, not one less): the days are the
    whole week, not a sample of it. ``[50, 0, 50, 0, 50, 0, 0]`` gives 0.866.

    The SD = 0 case is clamped: with no load at all there is nothing to judge (None); with the
    same load above 0 every day, the monotony is :data:`MONOTONY_CAP`. Any larger ratio is also
    capped, so the figure stays on a readable scale.

    Args:
        daily: The daily loads (7 for a week), finite and 0 or more.

    Returns:
        The monotony, from 0 to :data:`MONOTONY_CAP`, or None with no days or no load.

    Raises:
        ValueError: A bad load.
    """
    _check_loads(daily)
    if not daily:
        return None
    count = len(daily)
    mean = math.fsum(daily) / count
    if mean == 0:
        return None
    variance = math.fsum((load - mean) ** 2 for load in daily) / count
    sd = math.sqrt(variance)
    if sd == 0 or mean / sd > MONOTONY_CAP:
        return MONOTONY_CAP
    return mean / sd

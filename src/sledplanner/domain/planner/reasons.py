"""Plain-words reasons for targets that no purchase can build."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from fractions import Fraction

from sledplanner.domain.loads import format_amount
from sledplanner.domain.units import Mass


def reason(
    target: Mass,
    tolerance: Mass | None,
    interval: tuple[int, int],
    totals: list[int],
    scale: int,
) -> str:
    """Explain why a target cannot be built, naming the nearest loads that can.

    Args:
        target: The target.
        tolerance: The tolerance, if any.
        interval: The totals that would meet the target, in 1/scale kg.
        totals: Every total owned gear and every candidate can make, sorted, up to at least
            the target's heaviest total plus the heaviest piece.
        scale: The denominator of the totals, in kg.

    Returns:
        The reason, in plain words.
    """
    low, high = interval
    below_index = bisect_left(totals, low) - 1
    above_index = bisect_right(totals, high)
    unit_kg = Mass.of(1, target.unit).kg

    def text(total: int) -> str:
        return format_amount(Fraction(total, scale) / unit_kg, target.unit)

    within = "" if tolerance is None else f" to within {tolerance}"
    head = f"{target} cannot be built{within} even with every candidate bought"
    if above_index >= len(totals):
        return f"{head}: the heaviest load possible is {text(totals[-1])}"
    if below_index < 0:
        return f"{head}: the lightest load possible is {text(totals[above_index])}"
    return (
        f"{head}: the nearest loads are {text(totals[below_index])} and {text(totals[above_index])}"
    )

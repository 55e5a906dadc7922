"""The integer model: targets as intervals of whole units, and the totals pieces can make."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import chain, filterfalse, islice


@dataclass
class BuyGroup:
    """The candidates of one exact mass, as units that can be bought cheapest first.

    Attributes:
        units: The mass of one piece in units of 1/scale kg.
        prices: The price of each unit that may be bought, in minor units, cheapest first.
        owners: The index of the candidate each unit comes from, in the same order.
        cumulative: cumulative[k] is the price of the k cheapest units.
    """

    units: int
    prices: list[int]
    owners: list[int]
    cumulative: list[int]


@dataclass
class Targets:
    """The targets the search must meet, as intervals of totals in 1/scale kg.

    Attributes:
        low: The lightest total that meets each target.
        high: The heaviest total that meets each target.
        width: The widest interval (twice the tolerance).
        exact: For exact targets (no tolerance), each total to the bit mask of targets it meets.
    """

    low: list[int]
    high: list[int]
    width: int
    exact: dict[int, int] | None

    def met_by(self, totals: set[int], among: int = -1) -> int:
        """The bit mask of targets that some of ``totals`` meet.

        Only the targets in the bit mask ``among`` are looked at (all of them by default);
        the others are left out of the answer.
        """
        if self.exact is not None:
            return self.met_by_sorted(totals, among)
        return self.met_by_sorted(sorted(totals), among)

    def met_by_sorted(self, ordered: Iterable[int], among: int = -1) -> int:
        """:meth:`met_by` for totals given as a sorted list (any iterable without tolerance)."""
        mask = 0
        if self.exact is not None:
            exact = self.exact
            for total in exact.keys() & ordered:
                mask |= exact[total]
            return mask & among
        assert isinstance(ordered, list)
        if not ordered or not among:
            return 0
        size = len(ordered)
        low = self.low
        high = self.high
        if among < 0:
            among = (1 << len(low)) - 1
        while among:
            bit = among & -among
            among ^= bit
            index = bit.bit_length() - 1
            position = bisect_left(ordered, low[index])
            if position < size and ordered[position] <= high[index]:
                mask |= bit
        return mask


def make_targets(intervals: list[tuple[int, int]]) -> Targets:
    """Index target intervals for fast look-up."""
    low = [interval[0] for interval in intervals]
    high = [interval[1] for interval in intervals]
    width = max((hi - lo for lo, hi in intervals), default=0)
    exact: dict[int, int] | None = None
    if width == 0:
        exact = {}
        for index, value in enumerate(low):
            exact[value] = exact.get(value, 0) | (1 << index)
    return Targets(low, high, width, exact)


def extend_sorted(
    reached: set[int], ordered: list[int], units: int, count: int, cap: int
) -> list[int]:
    """Add to ``reached`` every total up to ``cap`` that up to ``count`` pieces of ``units`` add.

    ``ordered`` is ``reached`` sorted; the new sorted list is returned. Each round adds one
    piece to the totals that the previous round newly reached, which is enough because the
    older ones already had it added. Every round's new totals come out sorted (the frontier
    is sorted, so those under the cap are a prefix of it), and ``sorted`` merges such runs
    in about linear time.
    """
    frontier = ordered
    runs = [ordered]
    for _ in range(count):
        fitting = islice(frontier, bisect_right(frontier, cap - units))
        frontier = list(filterfalse(reached.__contains__, map(units.__add__, fitting)))
        if not frontier:
            break
        reached.update(frontier)
        runs.append(frontier)
    return ordered if len(runs) == 1 else sorted(chain.from_iterable(runs))


def interval_met(sorted_totals: list[int], low: int, high: int) -> bool:
    """Whether some total in a sorted list lies in [low, high]."""
    index = bisect_left(sorted_totals, low)
    return index < len(sorted_totals) and sorted_totals[index] <= high


# ------------------------------------------------------------------ the search
def merge_runs(runs: list[list[int]]) -> list[int]:
    """One sorted list of the totals in disjoint sorted runs."""
    return runs[0] if len(runs) == 1 else sorted(chain.from_iterable(runs))


def reversed_mask(buckets: set[int], top: int) -> int:
    """The bit mask with bit top - R for each bucket R (no bucket is above ``top``).

    The buckets are distinct, so the sum of their powers of two is the mask.
    """
    return sum(map((1).__lshift__, map(top.__sub__, buckets)))


# ------------------------------------------------------------------ independent parts


def reach(start: set[int], groups: list[BuyGroup], counts: list[int], cap: int) -> list[int]:
    """The totals reachable from ``start`` after buying ``counts`` units of each group, sorted."""
    totals = set(start)
    ordered = sorted(start)
    for group, used in zip(groups, counts, strict=True):
        if used:
            ordered = extend_sorted(totals, ordered, group.units, used, cap)
    return ordered


def reachable(
    start: set[int], groups: list[BuyGroup], intervals: list[tuple[int, int]], cap: int
) -> list[bool]:
    """For each interval, whether start plus every unit of every group can make a total in it.

    The totals grow one group at a time, and the work stops as soon as every interval has one.
    """
    totals = set(start)
    ordered = sorted(start)
    reached = [interval_met(ordered, low, high) for low, high in intervals]
    for group in groups:
        if all(reached):
            break
        ordered = extend_sorted(totals, ordered, group.units, len(group.prices), cap)
        reached = [
            done or interval_met(ordered, low, high)
            for done, (low, high) in zip(reached, intervals, strict=True)
        ]
    return reached


def plan_cost(groups: list[BuyGroup], counts: list[int]) -> int:
    """The price of buying ``counts`` units of each group, cheapest units first."""
    return sum(group.cumulative[used] for group, used in zip(groups, counts, strict=True))


def extend_all(start: set[int], pieces: list[tuple[int, int]], cap: int) -> set[int]:
    """The totals reachable from ``start`` adding (units, count) pieces, up to ``cap``."""
    totals = set(start)
    ordered = sorted(start)
    for units, count in pieces:
        if count and units <= cap:
            ordered = extend_sorted(totals, ordered, units, count, cap)
    return totals

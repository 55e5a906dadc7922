"""Splitting a planning problem into parts that share no candidate."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import repeat
from operator import or_

from sledplanner.domain.planner.totals import BuyGroup

#: The most work (totals times units) spent on splitting a problem into independent parts.
_SPLIT_LIMIT = 200_000


def independent_parts(
    groups: list[BuyGroup], needed: list[tuple[int, int]], start: set[int], cap: int
) -> list[tuple[list[BuyGroup], list[tuple[int, int]]]]:
    """Split the problem into parts that share no candidate group, each solved on its own.

    A group can matter to a target only if some combination of owned pieces and candidates
    that meets the target uses it. Targets whose sets of such groups overlap belong together;
    the cheapest plan overall is the union of the cheapest plans of the parts, because no
    purchase in one part can help a target in another. Groups that matter to no target are
    left out. (Exact kg and lb targets, for example, usually split into a kg part and a lb
    part.) When there are too many totals to trace cheaply, everything stays one part.

    Args:
        groups: The buyable groups, heaviest first.
        needed: The intervals of the targets to meet.
        start: The totals owned gear can make.
        cap: The heaviest total worth tracking.

    Returns:
        The parts, each a list of groups (in the original order) and of target intervals.
    """
    masks: dict[int, int] = dict.fromkeys(start, 0)
    work = len(masks)
    for position, group in enumerate(groups):
        bit = 1 << position
        keys = sorted(masks)
        work += len(keys) * len(group.prices)
        if work > _SPLIT_LIMIT:
            return [(groups, needed)]
        values = list(map(bit.__or__, map(masks.__getitem__, keys)))
        for used in range(1, len(group.prices) + 1):
            shift = used * group.units
            # The keys are sorted, so those that stay under the cap are a prefix. The totals
            # reached are distinct, so reading all their old masks before writing any of them
            # is the same as updating them one by one.
            fitting = bisect_right(keys, cap - shift)
            reached = list(map(shift.__add__, keys[:fitting]))
            old = map(masks.get, reached, repeat(0))
            masks.update(zip(reached, map(or_, old, values[:fitting]), strict=True))
    totals = sorted(masks)
    # Union-find over group positions.
    parent = list(range(len(groups)))

    def root(position: int) -> int:
        while parent[position] != position:
            parent[position] = parent[parent[position]]
            position = parent[position]
        return position

    uses: list[int] = []
    for low, high in needed:
        mask = 0
        for total in totals[bisect_left(totals, low) : bisect_right(totals, high)]:
            mask |= masks[total]
        uses.append(mask)
        members = [position for position in range(len(groups)) if mask >> position & 1]
        for position in members[1:]:
            parent[root(position)] = root(members[0])
    parts: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
    for interval, mask in zip(needed, uses, strict=True):
        first = (mask & -mask).bit_length() - 1
        part = parts.setdefault(root(first), ([], []))
        part[1].append(interval)
    for position in range(len(groups)):
        part_key = root(position)
        if part_key in parts and any(mask >> position & 1 for mask in uses):
            parts[part_key][0].append(position)
    return [
        ([groups[position] for position in positions], intervals)
        for positions, intervals in sorted(parts.values(), key=lambda part: part[0][0])
    ]


# ------------------------------------------------------------------ a first plan

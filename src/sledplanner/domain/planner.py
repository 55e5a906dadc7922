"""The purchase planner: the cheapest gear to buy so that every target load can be built.

The user owns some loadable pieces and has a list of candidates they could buy (wishlist items or
catalogue suggestions), each with a price and how many of it may be bought. A programme asks for
some target loads. A target is *buildable* when some of the owned and bought pieces sum to it
exactly, or to within a tolerance when one is given.

:func:`plan_purchases` finds the cheapest multiset of purchases that makes every *reachable*
target buildable; a target is reachable when owned gear plus every candidate could build it.
Ties in price go to the plan with fewer pieces, then to a fixed search order, so the same input
always gives the same plan.

How it works. Masses become whole numbers of a common fraction of a kilogram and prices whole
numbers of a common fraction of the currency, so nothing is rounded. Candidates of the same
exact mass are merged into one group whose units are bought cheapest first. The problem is split
into independent parts when no candidate can help targets of two parts (exact kg and lb targets
usually split this way). Each part is an exact branch and bound over its groups, heaviest first,
deciding how many units of each to buy. It starts from a greedy plan, tracks the set of totals
the pieces so far can make (never above the heaviest target plus the tolerance), stops a branch
as soon as every target is met, and cuts a branch when a lower bound on what it still has to
spend reaches the best plan found. The bound is, over the unmet targets, the largest least price
of the remaining candidates that would complete that target on its own, read from tables made
before the search.

A node budget (:data:`DEFAULT_NODE_BUDGET`) caps the work; when it runs out the plan is the best
found so far, still making every reachable target buildable, and is marked ``optimal=False``.
Realistic inputs (30 kettlebell candidates, 50 targets) need a few hundred nodes and tens of
milliseconds; a node costs more when the pieces can make many distinct totals (fine plates in
both units), about 0.3 ms each in benchmarks/bench_planner.py's hard case.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import repeat
from operator import sub

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads import Combination, Piece, find_loads, format_amount
from sledplanner.domain.money import Money
from sledplanner.domain.units import Mass

__all__ = ["DEFAULT_NODE_BUDGET", "Candidate", "PurchasePlan", "plan_purchases"]

#: How many search nodes :func:`plan_purchases` may visit before it settles for the best plan
#: found so far.
DEFAULT_NODE_BUDGET = 10_000

_NO_PLAN = (1 << 62, 1 << 62)

#: A price dearer than any plan, standing for "cannot be done".
_NEVER = 1 << 62
#: With a tolerance, the bound's buckets are this many times narrower than a target interval.
_FINENESS = 4

#: The most totals a lower-bound table may hold; beyond it the search uses a weaker bound.
_TABLE_LIMIT = 20_000

#: The most work (totals times units) spent on splitting a problem into independent parts.
_SPLIT_LIMIT = 200_000


@dataclass(frozen=True)
class Candidate:
    """Something the user could buy: a loadable piece with a price.

    Attributes:
        key: The caller's identifier, such as a wishlist gear item id; unique among the
            candidates and different from every owned piece's key.
        label: A name for people, such as "24 kg kettlebell".
        mass: The mass of one piece, more than zero.
        price: The price of one piece, not negative.
        available: How many of it the user may buy; a whole number of at least 1.
    """

    key: str
    label: str
    mass: Mass
    price: Money
    available: int = 1

    def __post_init__(self) -> None:
        """Check the fields.

        Raises:
            ValidationError: On the field "key" or "label" for a value that is not text,
                "mass" for a mass that is not a Mass above zero, "unit_price" for a price that
                is not a Money of zero or more, or "quantity" for an availability that is not a
                whole number of at least 1.
        """
        if not isinstance(self.key, str):
            raise ValidationError("key", f"must be text, not {type(self.key).__name__}")
        if not isinstance(self.label, str):
            raise ValidationError("label", f"must be text, not {type(self.label).__name__}")
        if not isinstance(self.mass, Mass):
            raise ValidationError("mass", f"must be a Mass, not {type(self.mass).__name__}")
        if self.mass.kg <= 0:
            raise ValidationError("mass", f"a candidate must weigh more than zero: {self.key}")
        if not isinstance(self.price, Money):
            raise ValidationError("unit_price", f"must be Money, not {type(self.price).__name__}")
        if self.price.is_negative:
            raise ValidationError("unit_price", f"must not be negative, got {self.price}")
        if isinstance(self.available, bool) or not isinstance(self.available, int):
            raise ValidationError("quantity", "must be a whole number")
        if self.available < 1:
            raise ValidationError("quantity", f"must be at least 1, got {self.available}")


@dataclass(frozen=True)
class PurchasePlan:
    """What to buy so that the targets can be built, and what each purchase is for.

    Target lists keep the order in which the targets were given, repeats included.

    Attributes:
        purchases: Each candidate to buy and how many, heaviest first, then by key.
        total: The total price of the purchases.
        unlocks: For each bought candidate's key, the targets that the plan can build but that
            it could not build with one fewer of that candidate.
        already_buildable: Targets that owned gear alone can build.
        newly_buildable: Targets that need at least one purchase.
        unreachable: Targets that even owned gear plus every candidate cannot build.
        unreachable_reasons: A plain-words reason for each unreachable target, in the same
            order, naming the nearest loads that could be built.
        builds: For every target, in the order given, the target and the combination of owned
            and bought pieces that builds it (exactly if possible, else the closest within the
            tolerance); None for an unreachable target.
        optimal: True when the plan is proven cheapest; False when the search stopped at its
            node budget and returned the best plan it had found.
    """

    purchases: tuple[tuple[Candidate, int], ...]
    total: Money
    unlocks: dict[str, tuple[Mass, ...]] = field(default_factory=dict)
    already_buildable: tuple[Mass, ...] = ()
    newly_buildable: tuple[Mass, ...] = ()
    unreachable: tuple[Mass, ...] = ()
    unreachable_reasons: tuple[str, ...] = ()
    builds: tuple[tuple[Mass, Combination | None], ...] = ()
    optimal: bool = True

    @property
    def piece_count(self) -> int:
        """How many pieces the plan buys."""
        return sum(count for _, count in self.purchases)

    def bought_pieces(self) -> tuple[Piece, ...]:
        """The purchases as pieces, keyed and labelled like their candidates."""
        return tuple(
            Piece(candidate.key, candidate.label, candidate.mass, count)
            for candidate, count in self.purchases
        )


# ------------------------------------------------------------------ integer model


@dataclass
class _BuyGroup:
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
class _Targets:
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

    def met_by(self, totals: set[int]) -> int:
        """The bit mask of targets that some of ``totals`` meet."""
        mask = 0
        if self.exact is not None:
            for total in totals.intersection(self.exact):
                mask |= self.exact[total]
            return mask
        ordered = sorted(totals)
        size = len(ordered)
        for index, (low, high) in enumerate(zip(self.low, self.high, strict=True)):
            position = bisect_left(ordered, low)
            if position < size and ordered[position] <= high:
                mask |= 1 << index
        return mask


def _make_targets(intervals: list[tuple[int, int]]) -> _Targets:
    """Index target intervals for fast look-up."""
    low = [interval[0] for interval in intervals]
    high = [interval[1] for interval in intervals]
    width = max((hi - lo for lo, hi in intervals), default=0)
    exact: dict[int, int] | None = None
    if width == 0:
        exact = {}
        for index, value in enumerate(low):
            exact[value] = exact.get(value, 0) | (1 << index)
    return _Targets(low, high, width, exact)


def _extend(totals: set[int], units: int, count: int, cap: int) -> set[int]:
    """Every total reachable from ``totals`` by adding up to ``count`` pieces of ``units``.

    Only totals up to ``cap`` are kept. Each round adds one piece to the totals that the
    previous round newly reached, which is enough because the older ones already had it added.
    """
    reached = set(totals)
    frontier = reached
    for _ in range(count):
        frontier = {total + units for total in frontier if total + units <= cap} - reached
        if not frontier:
            break
        reached |= frontier
    return reached


def _interval_met(sorted_totals: list[int], low: int, high: int) -> bool:
    """Whether some total in a sorted list lies in [low, high]."""
    index = bisect_left(sorted_totals, low)
    return index < len(sorted_totals) and sorted_totals[index] <= high


# ------------------------------------------------------------------ the search


class _Search:
    """Branch and bound over how many units of each mass group to buy.

    Attributes:
        groups: The buyable mass groups, in search order (heaviest first).
        targets: The targets to meet with purchases.
        start: The totals owned gear can make, up to ``cap``.
        cap: The heaviest total worth tracking: the heaviest target plus the tolerance.
        budget: The most nodes to visit.
        nodes: How many nodes were visited.
        complete: False when the search stopped at its budget.
        best: The price and size of the best complete plan found.
        best_counts: Its units to buy of each group.
    """

    def __init__(
        self, groups: list[_BuyGroup], targets: _Targets, start: set[int], cap: int, budget: int
    ) -> None:
        """Prepare the search and its lower-bound tables."""
        self.groups = groups
        self.targets = targets
        self.start = start
        self.cap = cap
        self.budget = budget
        self.nodes = 0
        self.complete = True
        self.best: tuple[int, int] = _NO_PLAN
        self.best_counts: list[int] = [0] * len(groups)
        count = len(targets.low)
        # Targets are tried heaviest first in the bound: they tend to be the dearest to meet.
        self.bound_order = sorted(range(count), key=lambda index: -targets.high[index])
        # With a tolerance, the bound puts totals in buckets a fraction of an interval wide.
        self.bucket = 0 if targets.width == 0 else max(1, targets.width // _FINENESS)
        self.query = list(targets.low)
        self.span = 0
        if self.bucket:
            size = self.bucket
            self.query = [high // size for high in targets.high]
            # -((2 * size - 2 - low) // size) is low - 2 * size + 2 divided by size, rounded up.
            self.span = max(
                (
                    query + (2 * size - 2 - low) // size
                    for query, low in zip(self.query, targets.low, strict=True)
                ),
                default=0,
            )
        self.tables = self._suffix_tables()
        # Tables exist from this depth down; shallower depths have none (they grew too big).
        self.first_table = next(
            depth for depth, table in enumerate(self.tables) if table is not None
        )
        self.weak = self._weak_bounds()

    def _weak_bounds(self) -> list[list[int]]:
        """For each depth and target, the cheapest single unit that could help, above tables.

        For a depth without a table, this is the price of the cheapest unit, no heavier than
        the target's heaviest total, in the groups from that depth to the first depth with a
        table; for a depth with a table there are no such groups and the price is "never".
        """
        highs = self.targets.high
        bounds = [[_NEVER] * len(highs) for _ in range(len(self.groups) - self.first_table + 1)]
        for group in reversed(self.groups[: self.first_table]):
            below = bounds[-1]
            cheapest = group.prices[0] if group.prices else _NEVER
            bounds.append(
                [
                    min(old, cheapest) if group.units <= high else old
                    for old, high in zip(below, highs, strict=True)
                ]
            )
        bounds.reverse()
        return bounds

    def _suffix_tables(self) -> list[dict[int, int] | None]:
        """For each depth, the least price of adding each total with the groups from there on.

        Tables are built from the deepest depth up and given up (None) once one grows past
        :data:`_TABLE_LIMIT` totals; shallower depths then also use the weak bound. With a
        tolerance each table is kept in buckets (see :meth:`_lookup_table`).
        """
        depth_count = len(self.groups)
        tables: list[dict[int, int] | None] = [None] * (depth_count + 1)
        exact: dict[int, int] = {0: 0}
        tables[depth_count] = self._lookup_table(exact)
        for depth in range(depth_count - 1, -1, -1):
            group = self.groups[depth]
            table = dict(exact)
            for total, price in exact.items():
                for used in range(1, len(group.prices) + 1):
                    reached = total + used * group.units
                    if reached > self.cap:
                        break
                    cost = price + group.cumulative[used]
                    known = table.get(reached)
                    if known is None or cost < known:
                        table[reached] = cost
            if len(table) > _TABLE_LIMIT:
                break
            exact = table
            tables[depth] = self._lookup_table(exact)
        return tables

    def _lookup_table(self, exact: dict[int, int]) -> dict[int, int]:
        """The table the bound looks totals up in.

        Without a tolerance this is ``exact`` itself. With one, entry k is the least price of
        any total in buckets k - span to k (see :meth:`_bounded_out`).
        """
        if self.bucket == 0:
            return exact
        buckets: dict[int, int] = {}
        for total, price in exact.items():
            bucket = total // self.bucket
            known = buckets.get(bucket)
            if known is None or price < known:
                buckets[bucket] = price
        spread: dict[int, int] = {}
        for bucket, price in buckets.items():
            for key in range(bucket, bucket + self.span + 1):
                known = spread.get(key)
                if known is None or price < known:
                    spread[key] = price
        return spread

    def _bounded_out(self, depth: int, frame: _Frame) -> bool:
        """Whether no completion of this branch can beat the best plan found so far.

        Each unmet target needs the remaining groups to add, on top of some total already
        reachable, a total that meets it. The least price of that, over the unmet targets, is
        a lower bound on what the branch must still spend, and the branch needs at least one
        more piece.

        With a tolerance, a reachable total r and an addition s are looked at in buckets of
        width b (a quarter of a target interval): r = b * R + x and s = b * S + y with x and y
        in [0, b). If r + s lies in [low, high], then b * (R + S) <= high and
        b * (R + S) + 2 * b - 2 >= low, so R + S lies between (low - 2 * b + 2) / b rounded up
        and high // b, a range of at most ``span`` + 1 buckets. Entry k of a bucketed table
        holds the least price over buckets k - span to k, so looking up (high // b) - R gives a
        price no dearer than the true least one: still a lower bound, if a looser one.
        """
        best_cost, best_pieces = self.best
        unmet = frame.unmet
        pieces = frame.pieces
        room = best_cost - frame.cost
        if room < 0 or (room == 0 and pieces + 1 >= best_pieces):
            return True
        weak = self.weak[depth]
        table = self.tables[max(depth, self.first_table)]
        assert table is not None
        keys: set[int] | None = None
        for index in self.bound_order:
            if not unmet >> index & 1:
                continue
            # A completion either buys a unit from the groups above the first table (at least
            # `weak`) or only from groups with a table (at least what the table says).
            cheapest = weak[index]
            if cheapest < room or (cheapest == room and pieces + 1 < best_pieces):
                continue
            if keys is None:
                keys = self._keys(frame)
            from_table = min(
                map(table.get, map(sub, repeat(self.query[index]), keys), repeat(_NEVER))
            )
            cheapest = min(cheapest, from_table)
            if cheapest > room or (cheapest == room and pieces + 1 >= best_pieces):
                return True
        return False

    def _keys(self, frame: _Frame) -> set[int]:
        """The totals of a frame as the bound looks them up: as they are, or their buckets."""
        if self.bucket == 0:
            return frame.totals
        if frame.buckets is None:
            frame.buckets = {total // self.bucket for total in frame.totals}
        return frame.buckets

    def _record(self, cost: int, pieces: int, counts: list[int]) -> None:
        """Keep a complete plan if it beats the best so far."""
        if (cost, pieces) < self.best:
            self.best = (cost, pieces)
            self.best_counts = list(counts)

    def run(self, first_guess: list[int], guess_cost: int) -> None:
        """Search for the cheapest plan, starting from a known complete plan.

        Args:
            first_guess: Units to buy of each group in a plan that meets every target.
            guess_cost: The price of that plan.
        """
        self.best = (guess_cost, sum(first_guess))
        self.best_counts = list(first_guess)
        counts = [0] * len(self.groups)
        unmet = ((1 << len(self.targets.low)) - 1) & ~self.targets.met_by(self.start)
        root = self._open(_Frame(0, 0, self.start, self.start, None, unmet, 0, 0), counts)
        stack = [] if root is None else [root]
        while stack:
            frame = stack[-1]
            group = self.groups[frame.depth]
            if frame.visited and not self._buy_one_more(frame, group):
                counts[frame.depth] = 0
                stack.pop()
                continue
            frame.visited = True
            counts[frame.depth] = frame.used
            child = self._open(
                _Frame(
                    frame.depth + 1,
                    0,
                    frame.totals,
                    frame.totals,
                    frame.buckets,
                    frame.unmet,
                    frame.cost + group.cumulative[frame.used],
                    frame.pieces + frame.used,
                ),
                counts,
            )
            if child is not None:
                stack.append(child)
            elif frame.unmet == 0:
                # Every target is met: buying more of this group could only cost more.
                counts[frame.depth] = 0
                stack.pop()

    def _open(self, frame: _Frame, counts: list[int]) -> _Frame | None:
        """Visit a node; return its frame to expand, or None when it is a leaf or cut."""
        self.nodes += 1
        if frame.unmet == 0:
            self._record(frame.cost, frame.pieces, counts)
            return None
        if self.nodes > self.budget:
            self.complete = False
            return None
        if frame.depth == len(self.groups) or self._bounded_out(frame.depth, frame):
            return None
        return frame

    def _buy_one_more(self, frame: _Frame, group: _BuyGroup) -> bool:
        """Move a frame on to one more unit of its group; False when that cannot help."""
        if frame.used >= len(group.prices) or not self.complete:
            return False
        used = frame.used + 1
        if (frame.cost + group.cumulative[used], frame.pieces + used) >= self.best:
            return False
        step = group.units
        cap = self.cap
        added = {total + step for total in frame.frontier if total + step <= cap}
        added -= frame.totals
        if not added:
            # Nothing new can be built: more of this mass would only cost.
            return False
        frame.used = used
        frame.totals = frame.totals | added
        frame.frontier = added
        if frame.buckets is not None:
            frame.buckets = frame.buckets | {total // self.bucket for total in added}
        frame.unmet &= ~self.targets.met_by(added)
        return True


@dataclass(slots=True)
class _Frame:
    """One node of the depth-first search, and which child it is on.

    Attributes:
        depth: The index of the group being decided.
        used: How many units of the group the current child buys.
        totals: The totals reachable with that many units (and everything decided above).
        frontier: The totals the last unit added, from which one more unit adds the next ones.
        buckets: With a tolerance, the buckets of ``totals`` once the bound has needed them.
        unmet: The bit mask of targets still unmet with that many units.
        cost: The price of the purchases decided above this node.
        pieces: How many units were bought above this node.
        visited: Whether the current child has been visited.
    """

    depth: int
    used: int
    totals: set[int]
    frontier: set[int]
    buckets: set[int] | None
    unmet: int
    cost: int
    pieces: int
    visited: bool = False


# ------------------------------------------------------------------ independent parts


def _independent_parts(
    groups: list[_BuyGroup], needed: list[tuple[int, int]], start: set[int], cap: int
) -> list[tuple[list[_BuyGroup], list[tuple[int, int]]]]:
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
        items = sorted(masks.items())
        work += len(items) * len(group.prices)
        if work > _SPLIT_LIMIT:
            return [(groups, needed)]
        for used in range(1, len(group.prices) + 1):
            shift = used * group.units
            for total, mask in items:
                reached = total + shift
                if reached > cap:
                    break
                masks[reached] = masks.get(reached, 0) | mask | bit
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


def _reach(start: set[int], groups: list[_BuyGroup], counts: list[int], cap: int) -> set[int]:
    """The totals reachable from ``start`` after buying ``counts`` units of each group."""
    totals = start
    for group, used in zip(groups, counts, strict=True):
        if used:
            totals = _extend(totals, group.units, used, cap)
    return totals


def _plan_cost(groups: list[_BuyGroup], counts: list[int]) -> int:
    """The price of buying ``counts`` units of each group, cheapest units first."""
    return sum(group.cumulative[used] for group, used in zip(groups, counts, strict=True))


def _greedy(
    groups: list[_BuyGroup], targets: _Targets, start: set[int], cap: int
) -> tuple[list[int], int]:
    """A quick complete plan to start the search from.

    Units are bought one at a time, each time the one that meets the most unmet targets per
    unit of price. When no single unit meets a new target, every remaining unit is bought. Then
    units are given back, dearest first, as long as every target stays met.
    """
    everything = (1 << len(targets.low)) - 1
    counts = [0] * len(groups)
    totals = set(start)
    unmet = everything & ~targets.met_by(totals)
    while unmet:
        choice = -1
        choice_gain = 0
        choice_price = 0
        for index, group in enumerate(groups):
            if counts[index] >= len(group.prices):
                continue
            added = {t + group.units for t in totals if t + group.units <= cap} - totals
            gain = (targets.met_by(added) & unmet).bit_count()
            if gain == 0:
                continue
            price = group.prices[counts[index]]
            # Compare gain / price without dividing; a free unit beats any priced one.
            if choice < 0 or gain * choice_price > choice_gain * price:
                choice, choice_gain, choice_price = index, gain, price
        if choice < 0:
            counts = [len(group.prices) for group in groups]
            break
        counts[choice] += 1
        grown = _extend(totals, groups[choice].units, 1, cap)
        unmet &= ~targets.met_by(grown - totals)
        totals = grown
    # Give back units, dearest first, while every target stays met.
    order = sorted(
        range(len(groups)),
        key=lambda index: -groups[index].prices[counts[index] - 1] if counts[index] else 0,
    )
    for index in order:
        while counts[index]:
            counts[index] -= 1
            if targets.met_by(_reach(start, groups, counts, cap)) != everything:
                counts[index] += 1
                break
    return counts, _plan_cost(groups, counts)


# ------------------------------------------------------------------ the planner


def _check_inputs(
    owned: Sequence[Piece],
    candidates: Sequence[Candidate],
    targets: Sequence[Mass],
    tolerance: Mass | None,
    currency: str | None,
) -> str:
    """Check the planner's inputs and return the currency of the plan.

    Raises:
        ValidationError: On the fields described in :func:`plan_purchases`.
    """
    keys: set[str] = set()
    for piece in owned:
        if not isinstance(piece, Piece):
            raise ValidationError("pieces", f"expected a Piece, not {type(piece).__name__}")
        if piece.key in keys:
            raise ValidationError("key", f"two pieces have the key '{piece.key}'")
        keys.add(piece.key)
    for candidate in candidates:
        if not isinstance(candidate, Candidate):
            raise ValidationError(
                "candidates", f"expected a Candidate, not {type(candidate).__name__}"
            )
        if candidate.key in keys:
            raise ValidationError(
                "key", f"the key '{candidate.key}' is used twice among owned pieces and candidates"
            )
        keys.add(candidate.key)
    for target in targets:
        if not isinstance(target, Mass):
            raise ValidationError("target", f"must be a Mass, not {type(target).__name__}")
    if tolerance is not None and not isinstance(tolerance, Mass):
        raise ValidationError("tolerance", f"must be a Mass, not {type(tolerance).__name__}")
    codes = {candidate.price.currency for candidate in candidates}
    if currency is not None:
        codes.add(Money.zero(currency).currency)
    if len(codes) > 1:
        raise ValidationError(
            "currency", f"all prices must be in one currency, got {', '.join(sorted(codes))}"
        )
    if not codes:
        raise ValidationError("currency", "give a currency when there are no candidates")
    return codes.pop()


def _buy_groups(
    candidates: Sequence[Candidate], scale: int, price_scale: int, cap: int
) -> list[_BuyGroup]:
    """Merge candidates of one exact mass into groups of units, cheapest first.

    Buying the cheaper of two same-mass units never builds less, so a group's k units are
    always its k cheapest (ties by key). Units beyond what fits under ``cap`` are dropped, and
    so are groups heavier than ``cap``. Groups come heaviest first.
    """
    by_units: dict[int, list[int]] = {}
    for index, candidate in enumerate(candidates):
        units = _whole(candidate.mass.kg * scale)
        if units <= cap:
            by_units.setdefault(units, []).append(index)
    groups: list[_BuyGroup] = []
    for units in sorted(by_units, reverse=True):
        members = sorted(
            by_units[units],
            key=lambda index: (candidates[index].price.amount, candidates[index].key),
        )
        prices: list[int] = []
        owners: list[int] = []
        room = cap // units
        for index in members:
            price = _whole(Fraction(candidates[index].price.amount) * price_scale)
            for _ in range(min(candidates[index].available, room - len(prices))):
                prices.append(price)
                owners.append(index)
        cumulative = [0]
        for price in prices:
            cumulative.append(cumulative[-1] + price)
        groups.append(_BuyGroup(units, prices, owners, cumulative))
    return groups


def _whole(amount: Fraction) -> int:
    """An amount that must be a whole number, as an int."""
    if amount.denominator != 1:
        raise ArithmeticError(f"{amount} is not whole")
    return amount.numerator


def _scales(
    owned: Sequence[Piece],
    candidates: Sequence[Candidate],
    targets: Sequence[Mass],
    tolerance: Mass | None,
) -> tuple[int, int]:
    """The denominators that make every mass (in kg) and every price whole numbers."""
    masses = [piece.mass for piece in owned] + [candidate.mass for candidate in candidates]
    masses += list(targets)
    if tolerance is not None:
        masses.append(tolerance)
    scale = math.lcm(1, *(mass.kg.denominator for mass in masses))
    price_scale = math.lcm(
        1, *(Fraction(candidate.price.amount).denominator for candidate in candidates)
    )
    return scale, price_scale


def _extend_all(start: set[int], pieces: list[tuple[int, int]], cap: int) -> set[int]:
    """The totals reachable from ``start`` adding (units, count) pieces, up to ``cap``."""
    totals = start
    for units, count in pieces:
        if count and units <= cap:
            totals = _extend(totals, units, count, cap)
    return totals


def _reason(
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


def plan_purchases(
    owned: Sequence[Piece],
    candidates: Sequence[Candidate],
    targets: Sequence[Mass],
    tolerance: Mass | None = None,
    currency: str | None = None,
    *,
    node_budget: int = DEFAULT_NODE_BUDGET,
) -> PurchasePlan:
    """Find the cheapest purchases that make every reachable target buildable.

    A target is buildable when some of the owned and bought pieces sum to it exactly, or to
    within ``tolerance`` of it when a tolerance is given. A target is reachable when owned gear
    plus every candidate (each as many times as available) could build it. The plan makes every
    reachable target buildable at the least total price; among plans of that price it buys the
    fewest pieces, and among those it is the first in a fixed search order, so equal inputs give
    equal plans whatever order the candidates come in. Unreachable targets are listed with a
    reason and left out of the optimisation.

    Args:
        owned: The pieces the user owns; keys must be unique.
        candidates: What could be bought; keys must be unique and differ from the owned keys,
            and all prices must share one currency.
        targets: The loads wanted, such as a programme's loads. Order is kept in the plan.
        tolerance: How far from a target a load may be and still count, or None for exact.
        currency: The currency of the plan's total. Needed when there are no candidates;
            otherwise it must match the candidates' currency.
        node_budget: The most search nodes to visit before settling for the best plan found,
            which is then marked ``optimal=False``.

    Returns:
        The plan.

    Raises:
        ValidationError: On the field "currency" for prices in several currencies, a currency
            that does not match them, or no currency at all; "key" for a repeated key; or
            "pieces", "candidates", "target" or "tolerance" for a value of the wrong type.
        ValueError: If ``node_budget`` is not a whole number of at least 1.
    """
    if isinstance(node_budget, bool) or not isinstance(node_budget, int) or node_budget < 1:
        raise ValueError(f"node_budget must be a whole number of at least 1, not {node_budget!r}")
    owned = list(owned)
    candidates = list(candidates)
    targets = list(targets)
    code = _check_inputs(owned, candidates, targets, tolerance, currency)
    if not targets:
        return PurchasePlan((), Money.zero(code))
    scale, price_scale = _scales(owned, candidates, targets, tolerance)
    slack = 0 if tolerance is None else _whole(tolerance.kg * scale)
    intervals = [
        (max(0, wanted - slack), wanted + slack)
        for wanted in (_whole(target.kg * scale) for target in targets)
    ]
    cap = max(high for _, high in intervals)
    owned_units = [(_whole(piece.mass.kg * scale), piece.count) for piece in owned]
    owned_totals = _extend_all({0}, owned_units, cap)
    every_group = _buy_groups(candidates, scale, price_scale, cap)
    every_total = sorted(
        _reach(owned_totals, every_group, [len(g.prices) for g in every_group], cap)
    )
    owned_sorted = sorted(owned_totals)
    already = [_interval_met(owned_sorted, low, high) for low, high in intervals]
    reachable = [_interval_met(every_total, low, high) for low, high in intervals]

    needed = sorted({intervals[i] for i in range(len(targets)) if reachable[i] and not already[i]})
    counts_by_candidate = [0] * len(candidates)
    optimal = True
    if needed:
        search_cap = max(high for _, high in needed)
        groups = _buy_groups(candidates, scale, price_scale, search_cap)
        start = {total for total in owned_totals if total <= search_cap}
        budget = node_budget
        for part_groups, part_targets in _independent_parts(groups, needed, start, search_cap):
            part_cap = max(high for _, high in part_targets)
            index = _make_targets(part_targets)
            part_start = {total for total in start if total <= part_cap}
            guess, guess_cost = _greedy(part_groups, index, part_start, part_cap)
            search = _Search(part_groups, index, part_start, part_cap, budget)
            search.run(guess, guess_cost)
            budget = max(1, budget - search.nodes)
            optimal = optimal and search.complete
            for group, used in zip(part_groups, search.best_counts, strict=True):
                for owner in group.owners[:used]:
                    counts_by_candidate[owner] += 1

    purchases = tuple(
        sorted(
            (
                (candidate, count)
                for candidate, count in zip(candidates, counts_by_candidate, strict=True)
                if count
            ),
            key=lambda item: (-item[0].mass.kg, item[0].key),
        )
    )
    total = sum((candidate.price * count for candidate, count in purchases), Money.zero(code))
    plan_pieces = owned + [
        Piece(candidate.key, candidate.label, candidate.mass, count)
        for candidate, count in purchases
    ]
    matches = find_loads(plan_pieces, targets, tolerance)
    builds = tuple(
        (target, match.best if reachable[i] else None)
        for i, (target, match) in enumerate(zip(targets, matches, strict=True))
    )

    bought_units = [(_whole(candidate.mass.kg * scale), count) for candidate, count in purchases]
    unlocks: dict[str, tuple[Mass, ...]] = {}
    for position, (candidate, _) in enumerate(purchases):
        fewer = [
            (units, count - 1 if other == position else count)
            for other, (units, count) in enumerate(bought_units)
        ]
        without = sorted(_extend_all(owned_totals, fewer, cap))
        unlocks[candidate.key] = tuple(
            target
            for i, target in enumerate(targets)
            if reachable[i] and not _interval_met(without, *intervals[i])
        )

    unreachable = [i for i in range(len(targets)) if not reachable[i]]
    everything = owned_units + [
        (_whole(candidate.mass.kg * scale), candidate.available) for candidate in candidates
    ]
    reasons: tuple[str, ...] = ()
    if unreachable:
        heaviest = max((units for units, _ in everything), default=0)
        # As in find_load: the lightest total above a target's interval is at most its top plus
        # the heaviest piece, so that is as far as the nearest loads need tracing.
        reach_cap = max(intervals[i][1] for i in unreachable) + heaviest
        possible = sorted(_extend_all({0}, everything, reach_cap))
        reasons = tuple(
            _reason(targets[i], tolerance, intervals[i], possible, scale) for i in unreachable
        )
    return PurchasePlan(
        purchases=purchases,
        total=total,
        unlocks=unlocks,
        already_buildable=tuple(target for i, target in enumerate(targets) if already[i]),
        newly_buildable=tuple(
            target for i, target in enumerate(targets) if reachable[i] and not already[i]
        ),
        unreachable=tuple(targets[i] for i in unreachable),
        unreachable_reasons=reasons,
        builds=builds,
        optimal=optimal,
    )

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
before the search. With a tolerance the tables are kept in buckets a quarter of a target interval
wide, and the bound is a few bit-mask operations per target; a child whose bound already fails
on a cheap over-estimate of its totals is cut before its totals are traced. Every bound only
ever cuts branches that cannot beat the best plan found so far, so (within the node budget) the
plan found does not depend on how strong or cheap the bounds are, only the work done does.

A node budget (:data:`DEFAULT_NODE_BUDGET`) caps the work; when it runs out the plan is the best
found so far, still making every reachable target buildable, and is marked ``optimal=False``.
Realistic inputs (30 kettlebell candidates, 50 targets) need a few hundred nodes and tens of
milliseconds; a node costs more when the pieces can make many distinct totals (fine plates in
both units), about 0.2 ms each in benchmarks/bench_planner.py's hard case, whose slowest seed
still takes a few hundred nodes and over 100 ms.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import chain, filterfalse, islice, repeat
from operator import or_, sub

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

#: With a tolerance, the most totals an exact table may hold before the tables carry on in
#: buckets alone (looser, but cheap to build at every depth).
_BUCKET_TABLE_LIMIT = 2_000

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

    Only totals up to ``cap`` are kept.
    """
    reached = set(totals)
    _extend_sorted(reached, sorted(totals), units, count, cap)
    return reached


def _extend_sorted(
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
        # With a tolerance, the heaviest bucket worth tracking (see _bounded_out_in_buckets).
        self.top = cap // self.bucket if self.bucket else 0
        self.tables = self._suffix_tables()
        # Tables exist from this depth down; shallower depths have none (they grew too big).
        self.first_table = next(
            depth for depth, table in enumerate(self.tables) if table is not None
        )
        self.weak = self._weak_bounds()
        # Bound-table entries 0 to span: where a total that already meets a target looks.
        self.zero_mask = (1 << (self.span + 1)) - 1
        # With a tolerance, the bound works on bit masks of buckets (see
        # _bounded_out_in_buckets): for each table, its buckets ordered by price with the bit
        # mask of every prefix of that order.
        self.steps: list[tuple[list[int], list[int]] | None] = [
            None if table is None or not self.bucket else _price_steps(table)
            for table in self.tables
        ]

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

        Tables are built from the deepest depth up. Without a tolerance they are given up
        (None) once one grows past :data:`_TABLE_LIMIT` totals; shallower depths then use the
        weak bound. With a tolerance each table is kept in buckets (see :meth:`_lookup_table`),
        and once an exact table grows past :data:`_BUCKET_TABLE_LIMIT` totals the shallower
        tables are made in buckets alone (see :meth:`_grow_buckets`), so every depth has one.
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
            if len(table) > (_BUCKET_TABLE_LIMIT if self.bucket else _TABLE_LIMIT):
                break
            exact = table
            tables[depth] = self._lookup_table(exact)
        else:
            return tables
        if self.bucket:
            # Carry on in buckets alone (see _grow_buckets): every depth gets a table.
            buckets = self._bucket_minima(exact)
            for shallower in range(depth, -1, -1):
                buckets = self._grow_buckets(buckets, self.groups[shallower])
                tables[shallower] = self._spread(buckets)
        return tables

    def _grow_buckets(self, buckets: list[int], group: _BuyGroup) -> list[int]:
        """A lower bound, per bucket, on the price of adding a total with ``group`` as well.

        ``buckets[S]`` is no more than the least price of an addition whose total lies in
        bucket S (:data:`_NEVER` or more for none). Adding ``used`` units of ``group`` (f
        buckets and a remainder under one bucket) to a total in bucket S gives a total in
        bucket S + f or S + f + 1, so entering that price in both keeps a lower bound for
        every bucket. Buckets above ``top`` are left out: no total worth tracking lies there.
        """
        grown = buckets
        size = len(buckets)
        for used in range(1, len(group.prices) + 1):
            shift = used * group.units // self.bucket
            if shift >= size:
                break
            extra = group.cumulative[used]
            for moved in (shift, shift + 1):
                # Entry S + moved of the moved list is entry S of `buckets` plus the price.
                shifted = [_NEVER] * moved + list(map(extra.__add__, buckets[: size - moved]))
                grown = list(map(min, grown, shifted[:size]))
        return grown

    def _lookup_table(self, exact: dict[int, int]) -> dict[int, int]:
        """The table the bound looks totals up in.

        Without a tolerance this is ``exact`` itself. With one, entry k is the least price of
        any total in buckets k - span to k (see :meth:`_bounded_out`).
        """
        if self.bucket == 0:
            return exact
        return self._spread(self._bucket_minima(exact))

    def _bucket_minima(self, exact: dict[int, int]) -> list[int]:
        """The least price of each bucket's totals in an exact table, :data:`_NEVER` for none.

        The list has an entry for every bucket up to ``top`` (every total is under the cap).
        """
        buckets = [_NEVER] * (self.top + 1)
        for total, price in exact.items():
            bucket = total // self.bucket
            if price < buckets[bucket]:
                buckets[bucket] = price
        return buckets

    def _spread(self, buckets: list[int]) -> dict[int, int]:
        """Entry k: the least price in buckets k - span to k (see :meth:`_bounded_out`).

        Only entries up to ``top`` are kept, as no look-up goes above it.
        """
        spread = buckets
        size = len(buckets)
        for back in range(1, self.span + 1):
            spread = list(map(min, spread, [_NEVER] * back + buckets[: size - back]))
        return {key: price for key, price in enumerate(spread) if price < _NEVER}

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
        if self.bucket:
            return self._bounded_out_in_buckets(depth, frame, room)
        weak = self.weak[depth]
        table = self.tables[max(depth, self.first_table)]
        assert table is not None
        keys = frame.totals
        for index in self.bound_order:
            if not unmet >> index & 1:
                continue
            # A completion either buys a unit from the groups above the first table (at least
            # `weak`) or only from groups with a table (at least what the table says).
            cheapest = weak[index]
            if cheapest < room or (cheapest == room and pieces + 1 < best_pieces):
                continue
            from_table = min(
                map(table.get, map(sub, repeat(self.query[index]), keys), repeat(_NEVER))
            )
            cheapest = min(cheapest, from_table)
            if cheapest > room or (cheapest == room and pieces + 1 >= best_pieces):
                return True
        return False

    def _bounded_out_in_buckets(self, depth: int, frame: _Frame, room: int) -> bool:
        """:meth:`_bounded_out` with a tolerance, on bit masks instead of table look-ups.

        The test is the same: a target cuts the branch when neither a unit from the groups
        above the first table nor any table entry q - R, for a bucket R of the frame's totals,
        is cheap enough, where "cheap enough" is a price below ``room``, or equal to it when one
        more piece would still make fewer pieces than the best plan. The table entries cheap
        enough are a prefix of the table in price order, so their buckets are one precomputed
        bit mask. The frame's buckets are kept reversed, bit top - R for bucket R, so shifting
        them right by top - q puts bit q - R where table entry q - R sits; the target is helped
        by the table exactly when that shifted mask and the cheap-enough mask share a bit.
        """
        fewer = frame.pieces + 1 < self.best[1]
        steps = self.steps[max(depth, self.first_table)]
        assert steps is not None
        prices, masks = steps
        helpful = masks[bisect_right(prices, room) if fewer else bisect_left(prices, room)]
        weak = self.weak[depth]
        unmet = frame.unmet
        query = self.query
        top = self.top
        reversed_buckets = -1
        for index in self.bound_order:
            if not unmet >> index & 1:
                continue
            cheapest = weak[index]
            if cheapest < room or (cheapest == room and fewer):
                continue
            if reversed_buckets < 0:
                reversed_buckets = self._reversed_buckets(frame)
            if not (reversed_buckets >> (top - query[index])) & helpful:
                return True
        return False

    def _reversed_buckets(self, frame: _Frame) -> int:
        """The bit mask with bit top - R for each bucket R of the frame's totals, made once."""
        if frame.buckets is None:
            frame.bucket_set = set(map(self.bucket.__rfloordiv__, frame.totals))
            frame.buckets = _reversed_mask(frame.bucket_set, self.top)
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
        runs = [sorted(self.start)]
        root = self._open(_Frame(0, 0, self.start, runs, None, None, None, unmet, 0, 0), counts)
        stack = [] if root is None else [root]
        while stack:
            frame = stack[-1]
            group = self.groups[frame.depth]
            if frame.visited:
                moved = self._buy_one_more(frame, group)
                if moved is None:
                    # The child with one more unit is cut without being built.
                    continue
                if not moved:
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
                    frame.runs,
                    None,
                    frame.buckets,
                    frame.bucket_set,
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

    def _useful_cap(self, unmet: int) -> int:
        """The heaviest total that can still help: the top of the heaviest unmet target.

        Pieces only add weight, so a total above every unmet target's interval can meet none
        of them, and neither can anything built on it. Leaving such totals out changes no
        target's status; it can only stop a frame sooner when one more unit of its group adds
        nothing useful, and then more units would only cost more than the frame's earlier
        children, which the search has already explored.
        """
        high = self.targets.high
        for index in self.bound_order:
            if unmet >> index & 1:
                return high[index]
        return 0

    def _buy_one_more(self, frame: _Frame, group: _BuyGroup) -> bool | None:
        """Move a frame on to one more unit of its group; False when that cannot help.

        None when the child with that many units is cut by :meth:`_child_cut_early`: then the
        frame's totals are left as they were (``built`` units), and the units it skipped are
        added when a later child needs them.

        The frontier is sorted, so the totals one more unit adds come out sorted too. A frame
        keeps its totals as such sorted runs and merges them (``sorted`` does that in about
        linear time) only when its first unit needs them all as its frontier; children that
        are cut never pay for it. A frame starts with its parent's set of totals and copies it
        on its first unit; later units update its own copy in place, which is safe because
        every child frame that shared the set has left the stack by then. Lists and bucket
        sets are never changed in place, as children share them.
        """
        if frame.used >= len(group.prices) or not self.complete:
            return False
        used = frame.used + 1
        if (frame.cost + group.cumulative[used], frame.pieces + used) >= self.best:
            return False
        frame.used = used
        if self.bucket and self._child_cut_early(frame, group, used):
            return None
        while frame.built < used:
            if not self._add_unit(frame, group.units):
                # Nothing new can be built: more of this mass would only cost more than the
                # children already explored (or cut as unable to beat the best plan).
                return False
            frame.built += 1
        return True

    def _child_cut_early(self, frame: _Frame, group: _BuyGroup, used: int) -> bool:
        """Whether the child buying ``used`` units is cut by the bound, before building it.

        This is the test of :meth:`_bounded_out_in_buckets` for the child, made on a superset
        of its buckets and of its unmet targets, so that it cuts no more than the child's own
        test would. A total of the child is a total t of the frame (with ``built`` units) plus
        j more units for some j from 0 to used - built; with j * units = b * f + y, y < b, its
        bucket is R + f or R + f + 1 for t's bucket R, so shifting the frame's reversed
        buckets by f and f + 1 covers it. The frame's unmet targets include the child's; a
        target the child meets has one of its totals in a bucket R with q - R from 0 to span,
        so those entries count as cheap enough (the child itself would be a better plan, as
        (cost, pieces) of the child is below the best, checked by the caller).
        """
        depth = frame.depth + 1
        room = self.best[0] - frame.cost - group.cumulative[used]
        fewer = frame.pieces + used + 1 < self.best[1]
        steps = self.steps[max(depth, self.first_table)]
        assert steps is not None
        prices, masks = steps
        helpful = masks[bisect_right(prices, room) if fewer else bisect_left(prices, room)]
        helpful |= self.zero_mask
        reversed_buckets = self._reversed_buckets(frame)
        covering = reversed_buckets
        for extra in range(1, used - frame.built + 1):
            shift = extra * group.units // self.bucket
            covering |= reversed_buckets >> shift | reversed_buckets >> (shift + 1)
        weak = self.weak[depth]
        unmet = frame.unmet
        query = self.query
        top = self.top
        for index in self.bound_order:
            if not unmet >> index & 1:
                continue
            cheapest = weak[index]
            if cheapest < room or (cheapest == room and fewer):
                continue
            if not (covering >> (top - query[index])) & helpful:
                return True
        return False

    def _add_unit(self, frame: _Frame, step: int) -> bool:
        """Add one unit of ``step`` to a frame's totals; False when it adds nothing useful."""
        totals = frame.totals
        frontier = frame.frontier
        if frontier is None:
            frontier = _merge(frame.runs)
            frame.runs = [frontier]
        fitting = islice(frontier, bisect_right(frontier, self._useful_cap(frame.unmet) - step))
        added = list(filterfalse(totals.__contains__, map(step.__add__, fitting)))
        if not added:
            return False
        if frame.owns_totals:
            totals.update(added)
        else:
            frame.totals = totals.union(added)
            frame.owns_totals = True
        frame.runs = [*frame.runs, added]
        frame.frontier = added
        if frame.buckets is not None and frame.bucket_set is not None:
            new = set(map(self.bucket.__rfloordiv__, added))
            new -= frame.bucket_set
            if new:
                frame.bucket_set = frame.bucket_set | new
                frame.buckets |= _reversed_mask(new, self.top)
        frame.unmet &= ~self.targets.met_by_sorted(added, frame.unmet)
        return True


@dataclass(slots=True)
class _Frame:
    """One node of the depth-first search, and which child it is on.

    Attributes:
        depth: The index of the group being decided.
        used: How many units of the group the current child buys.
        built: How many of them ``totals`` includes (fewer when children were cut early).
        totals: The totals reachable with that many units (and everything decided above).
        runs: The same totals as disjoint sorted lists.
        frontier: The totals the last unit added, sorted, from which one more unit adds the
            next ones; None for every total (before the first unit).
        buckets: With a tolerance, the buckets of ``totals`` once the bound has needed them,
            as a bit mask with bit top - R for bucket R (see :meth:`_Search._bounded_out`).
        bucket_set: The same buckets as a set, or None.
        unmet: The bit mask of targets still unmet with that many units.
        cost: The price of the purchases decided above this node.
        pieces: How many units were bought above this node.
        visited: Whether the current child has been visited.
        owns_totals: Whether ``totals`` is this frame's own set (else its parent's).
    """

    depth: int
    used: int
    totals: set[int]
    runs: list[list[int]]
    frontier: list[int] | None
    buckets: int | None
    bucket_set: set[int] | None
    unmet: int
    cost: int
    pieces: int
    visited: bool = False
    owns_totals: bool = False
    built: int = 0


def _price_steps(table: dict[int, int]) -> tuple[list[int], list[int]]:
    """A bucketed bound table's prices in order, and the bit mask of each prefix's buckets.

    ``masks[k]`` has a bit for each of the ``k`` cheapest entries (ties by bucket), so the
    entries cheaper than p are ``masks[bisect_left(prices, p)]``.
    """
    prices: list[int] = []
    masks = [0]
    for price, bucket in sorted((price, bucket) for bucket, price in table.items()):
        prices.append(price)
        masks.append(masks[-1] | 1 << bucket)
    return prices, masks


def _merge(runs: list[list[int]]) -> list[int]:
    """One sorted list of the totals in disjoint sorted runs."""
    return runs[0] if len(runs) == 1 else sorted(chain.from_iterable(runs))


def _reversed_mask(buckets: set[int], top: int) -> int:
    """The bit mask with bit top - R for each bucket R (no bucket is above ``top``).

    The buckets are distinct, so the sum of their powers of two is the mask.
    """
    return sum(map((1).__lshift__, map(top.__sub__, buckets)))


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


def _reach(start: set[int], groups: list[_BuyGroup], counts: list[int], cap: int) -> list[int]:
    """The totals reachable from ``start`` after buying ``counts`` units of each group, sorted."""
    totals = set(start)
    ordered = sorted(start)
    for group, used in zip(groups, counts, strict=True):
        if used:
            ordered = _extend_sorted(totals, ordered, group.units, used, cap)
    return ordered


def _reachable(
    start: set[int], groups: list[_BuyGroup], intervals: list[tuple[int, int]], cap: int
) -> list[bool]:
    """For each interval, whether start plus every unit of every group can make a total in it.

    The totals grow one group at a time, and the work stops as soon as every interval has one.
    """
    totals = set(start)
    ordered = sorted(start)
    reached = [_interval_met(ordered, low, high) for low, high in intervals]
    for group in groups:
        if all(reached):
            break
        ordered = _extend_sorted(totals, ordered, group.units, len(group.prices), cap)
        reached = [
            done or _interval_met(ordered, low, high)
            for done, (low, high) in zip(reached, intervals, strict=True)
        ]
    return reached


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
    ordered = sorted(totals)
    unmet = everything & ~targets.met_by(totals)
    while unmet:
        choice = -1
        choice_gain = 0
        choice_price = 0
        # A unit of mass u meets an unmet target [low, high] exactly when some total lies in
        # [low - u, high - u]: the total it makes cannot be an old one (the target would be
        # met) and is under the cap (the heaviest target's top).
        wanted = [
            (low, high)
            for index, (low, high) in enumerate(zip(targets.low, targets.high, strict=True))
            if unmet >> index & 1
        ]
        for index, group in enumerate(groups):
            if counts[index] >= len(group.prices):
                continue
            step = group.units
            gain = sum(_interval_met(ordered, low - step, high - step) for low, high in wanted)
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
        step = groups[choice].units
        fitting = islice(ordered, bisect_right(ordered, cap - step))
        choice_added = list(filterfalse(totals.__contains__, map(step.__add__, fitting)))
        unmet &= ~targets.met_by_sorted(choice_added, unmet)
        totals.update(choice_added)
        ordered = sorted(ordered + choice_added)
    # Give back units, dearest first, while every target stays met.
    order = sorted(
        range(len(groups)),
        key=lambda index: -groups[index].prices[counts[index] - 1] if counts[index] else 0,
    )
    for index in order:
        while counts[index]:
            counts[index] -= 1
            if targets.met_by_sorted(_reach(start, groups, counts, cap)) != everything:
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
    totals = set(start)
    ordered = sorted(start)
    for units, count in pieces:
        if count and units <= cap:
            ordered = _extend_sorted(totals, ordered, units, count, cap)
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
    owned_sorted = sorted(owned_totals)
    already = [_interval_met(owned_sorted, low, high) for low, high in intervals]
    reachable = _reachable(owned_totals, every_group, intervals, cap)

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

"""Lower bounds for the purchase search: what a branch must still spend at least.

The search (:mod:`.search`) cuts a branch when the bound shows it cannot beat the best plan found
so far. The tables are made once per search, before it starts.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import repeat
from operator import sub
from typing import TYPE_CHECKING

from sledplanner.domain.planner.totals import BuyGroup, Targets, reversed_mask

if TYPE_CHECKING:
    from sledplanner.domain.planner.search import Frame

#: A price dearer than any plan, standing for "cannot be done".
NEVER = 1 << 62
#: With a tolerance, the bound's buckets are this many times narrower than a target interval.
_FINENESS = 4

#: The most totals a lower-bound table may hold; beyond it the search uses a weaker bound.
_TABLE_LIMIT = 20_000

#: With a tolerance, the most totals an exact table may hold before the tables carry on in
#: buckets alone (looser, but cheap to build at every depth).
_BUCKET_TABLE_LIMIT = 2_000


class Bounds:
    """The lower-bound tables of one search, and the tests that cut a branch with them.

    Attributes:
        groups: The buyable mass groups, in search order (heaviest first).
        targets: The targets to meet with purchases.
        cap: The heaviest total worth tracking: the heaviest target plus the tolerance.
        best: The price and size of the best complete plan found (kept by the search).
    """

    def __init__(self, groups: list[BuyGroup], targets: Targets, cap: int) -> None:
        """Make the lower-bound tables."""
        self.groups = groups
        self.targets = targets
        self.cap = cap
        self.best: tuple[int, int] = (NEVER, NEVER)
        count = len(targets.low)
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
            None if table is None or not self.bucket else price_steps(table)
            for table in self.tables
        ]

    def _weak_bounds(self) -> list[list[int]]:
        """For each depth and target, the cheapest single unit that could help, above tables.

        For a depth without a table, this is the price of the cheapest unit, no heavier than
        the target's heaviest total, in the groups from that depth to the first depth with a
        table; for a depth with a table there are no such groups and the price is "never".
        """
        highs = self.targets.high
        bounds = [[NEVER] * len(highs) for _ in range(len(self.groups) - self.first_table + 1)]
        for group in reversed(self.groups[: self.first_table]):
            below = bounds[-1]
            cheapest = group.prices[0] if group.prices else NEVER
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

    def _grow_buckets(self, buckets: list[int], group: BuyGroup) -> list[int]:
        """A lower bound, per bucket, on the price of adding a total with ``group`` as well.

        ``buckets[S]`` is no more than the least price of an addition whose total lies in
        bucket S (:data:`NEVER` or more for none). Adding ``used`` units of ``group`` (f
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
                shifted = [NEVER] * moved + list(map(extra.__add__, buckets[: size - moved]))
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
        """The least price of each bucket's totals in an exact table, :data:`NEVER` for none.

        The list has an entry for every bucket up to ``top`` (every total is under the cap).
        """
        buckets = [NEVER] * (self.top + 1)
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
            spread = list(map(min, spread, [NEVER] * back + buckets[: size - back]))
        return {key: price for key, price in enumerate(spread) if price < NEVER}

    def _bounded_out(self, depth: int, frame: Frame) -> bool:
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
                map(table.get, map(sub, repeat(self.query[index]), keys), repeat(NEVER))
            )
            cheapest = min(cheapest, from_table)
            if cheapest > room or (cheapest == room and pieces + 1 >= best_pieces):
                return True
        return False

    def _bounded_out_in_buckets(self, depth: int, frame: Frame, room: int) -> bool:
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

    def _reversed_buckets(self, frame: Frame) -> int:
        """The bit mask with bit top - R for each bucket R of the frame's totals, made once."""
        if frame.buckets is None:
            frame.bucket_set = set(map(self.bucket.__rfloordiv__, frame.totals))
            frame.buckets = reversed_mask(frame.bucket_set, self.top)
        return frame.buckets

    def _child_cut_early(self, frame: Frame, group: BuyGroup, used: int) -> bool:
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


def price_steps(table: dict[int, int]) -> tuple[list[int], list[int]]:
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

"""The branch and bound search for the cheapest purchases, and the greedy plan it starts from."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from itertools import filterfalse, islice

from sledplanner.domain.planner.bounds import NEVER, Bounds
from sledplanner.domain.planner.totals import (
    BuyGroup,
    Targets,
    interval_met,
    merge_runs,
    plan_cost,
    reach,
    reversed_mask,
)

#: The best plan before any is found: dearer and bigger than any plan.
NO_PLAN = (NEVER, NEVER)


class Search(Bounds):
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
        self, groups: list[BuyGroup], targets: Targets, start: set[int], cap: int, budget: int
    ) -> None:
        """Prepare the search and its lower-bound tables."""
        super().__init__(groups, targets, cap)
        self.start = start
        self.budget = budget
        self.nodes = 0
        self.complete = True
        self.best = NO_PLAN
        self.best_counts: list[int] = [0] * len(groups)

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
        root = self._open(Frame(0, 0, self.start, runs, None, None, None, unmet, 0, 0), counts)
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
                Frame(
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

    def _open(self, frame: Frame, counts: list[int]) -> Frame | None:
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

    def _buy_one_more(self, frame: Frame, group: BuyGroup) -> bool | None:
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

    def _add_unit(self, frame: Frame, step: int) -> bool:
        """Add one unit of ``step`` to a frame's totals; False when it adds nothing useful."""
        totals = frame.totals
        frontier = frame.frontier
        if frontier is None:
            frontier = merge_runs(frame.runs)
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
                frame.buckets |= reversed_mask(new, self.top)
        frame.unmet &= ~self.targets.met_by_sorted(added, frame.unmet)
        return True


@dataclass(slots=True)
class Frame:
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
            as a bit mask with bit top - R for bucket R (see :meth:`Search._bounded_out`).
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


def greedy(
    groups: list[BuyGroup], targets: Targets, start: set[int], cap: int
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
            gain = sum(interval_met(ordered, low - step, high - step) for low, high in wanted)
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
            if targets.met_by_sorted(reach(start, groups, counts, cap)) != everything:
                counts[index] += 1
                break
    return counts, plan_cost(groups, counts)


# ------------------------------------------------------------------ the planner

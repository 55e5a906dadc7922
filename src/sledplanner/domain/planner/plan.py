"""The coordinator: check the inputs, search each part, and describe the plan found."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sledplanner.domain.loads import Piece, find_loads
from sledplanner.domain.money import Money
from sledplanner.domain.planner.inputs import buy_groups, check_inputs, scales, whole
from sledplanner.domain.planner.parts import independent_parts
from sledplanner.domain.planner.plans import DEFAULT_NODE_BUDGET, Candidate, PurchasePlan
from sledplanner.domain.planner.reasons import reason
from sledplanner.domain.planner.search import Search, greedy
from sledplanner.domain.planner.totals import (
    extend_all,
    interval_met,
    make_targets,
    reachable,
)
from sledplanner.domain.units import Mass


@dataclass(frozen=True)
class _Problem:
    """The planner's inputs as whole numbers.

    Attributes:
        scale: Masses are whole numbers of 1/scale kg.
        price_scale: Prices are whole numbers of 1/price_scale of the currency.
        intervals: For each target, the lightest and heaviest total that meets it.
        cap: The heaviest total worth tracking.
        owned_units: The owned pieces as (units, count).
        owned_totals: Every total the owned pieces can make, up to ``cap``.
        already: For each target, whether owned gear alone builds it.
        reachable: For each target, whether owned gear and every candidate could build it.
    """

    scale: int
    price_scale: int
    intervals: list[tuple[int, int]]
    cap: int
    owned_units: list[tuple[int, int]]
    owned_totals: set[int]
    already: list[bool]
    reachable: list[bool]


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
    code = check_inputs(owned, candidates, targets, tolerance, currency)
    if not targets:
        return PurchasePlan((), Money.zero(code))
    problem = _problem(owned, candidates, targets, tolerance)
    counts, optimal = _search(candidates, problem, node_budget)
    purchases = tuple(
        sorted(
            (
                (candidate, count)
                for candidate, count in zip(candidates, counts, strict=True)
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
    already, newly, unreachable = _sort_targets(targets, problem)
    return PurchasePlan(
        purchases=purchases,
        total=total,
        unlocks=_unlocks(purchases, targets, problem),
        already_buildable=already,
        newly_buildable=newly,
        unreachable=unreachable,
        unreachable_reasons=_reasons(candidates, targets, tolerance, problem),
        builds=tuple(
            (target, match.best if can else None)
            for target, match, can in zip(targets, matches, problem.reachable, strict=True)
        ),
        optimal=optimal,
    )


def _sort_targets(
    targets: list[Mass], problem: _Problem
) -> tuple[tuple[Mass, ...], tuple[Mass, ...], tuple[Mass, ...]]:
    """The targets owned gear builds, those that need a purchase, and those out of reach."""
    already: list[Mass] = []
    newly: list[Mass] = []
    unreachable: list[Mass] = []
    for target, done, can in zip(targets, problem.already, problem.reachable, strict=True):
        (already if done else newly if can else unreachable).append(target)
    return tuple(already), tuple(newly), tuple(unreachable)


def _problem(
    owned: list[Piece], candidates: list[Candidate], targets: list[Mass], tolerance: Mass | None
) -> _Problem:
    """Turn masses and prices into whole numbers, and see what owned gear already builds."""
    scale, price_scale = scales(owned, candidates, targets, tolerance)
    slack = 0 if tolerance is None else whole(tolerance.kg * scale)
    intervals = [
        (max(0, wanted - slack), wanted + slack)
        for wanted in (whole(target.kg * scale) for target in targets)
    ]
    cap = max(high for _, high in intervals)
    owned_units = [(whole(piece.mass.kg * scale), piece.count) for piece in owned]
    owned_totals = extend_all({0}, owned_units, cap)
    owned_sorted = sorted(owned_totals)
    every_group = buy_groups(candidates, scale, price_scale, cap)
    return _Problem(
        scale=scale,
        price_scale=price_scale,
        intervals=intervals,
        cap=cap,
        owned_units=owned_units,
        owned_totals=owned_totals,
        already=[interval_met(owned_sorted, low, high) for low, high in intervals],
        reachable=reachable(owned_totals, every_group, intervals, cap),
    )


def _search(
    candidates: list[Candidate], problem: _Problem, node_budget: int
) -> tuple[list[int], bool]:
    """How many of each candidate to buy, and whether that is proven cheapest.

    Each independent part is searched on its own, from a greedy plan, sharing the node budget.
    """
    counts = [0] * len(candidates)
    needed = sorted(
        {
            interval
            for interval, can, done in zip(
                problem.intervals, problem.reachable, problem.already, strict=True
            )
            if can and not done
        }
    )
    if not needed:
        return counts, True
    optimal = True
    search_cap = max(high for _, high in needed)
    groups = buy_groups(candidates, problem.scale, problem.price_scale, search_cap)
    start = {total for total in problem.owned_totals if total <= search_cap}
    budget = node_budget
    for part_groups, part_targets in independent_parts(groups, needed, start, search_cap):
        part_cap = max(high for _, high in part_targets)
        index = make_targets(part_targets)
        part_start = {total for total in start if total <= part_cap}
        guess, guess_cost = greedy(part_groups, index, part_start, part_cap)
        search = Search(part_groups, index, part_start, part_cap, budget)
        search.run(guess, guess_cost)
        budget = max(1, budget - search.nodes)
        optimal = optimal and search.complete
        for group, used in zip(part_groups, search.best_counts, strict=True):
            for owner in group.owners[:used]:
                counts[owner] += 1
    return counts, optimal


def _unlocks(
    purchases: tuple[tuple[Candidate, int], ...], targets: list[Mass], problem: _Problem
) -> dict[str, tuple[Mass, ...]]:
    """For each purchase, the targets the plan could not build with one fewer of it."""
    bought_units = [
        (whole(candidate.mass.kg * problem.scale), count) for candidate, count in purchases
    ]
    unlocks: dict[str, tuple[Mass, ...]] = {}
    for position, (candidate, _) in enumerate(purchases):
        fewer = [
            (units, count - 1 if other == position else count)
            for other, (units, count) in enumerate(bought_units)
        ]
        without = sorted(extend_all(problem.owned_totals, fewer, problem.cap))
        unlocks[candidate.key] = tuple(
            target
            for target, can, interval in zip(
                targets, problem.reachable, problem.intervals, strict=True
            )
            if can and not interval_met(without, *interval)
        )
    return unlocks


def _reasons(
    candidates: list[Candidate],
    targets: list[Mass],
    tolerance: Mass | None,
    problem: _Problem,
) -> tuple[str, ...]:
    """A plain-words reason for each unreachable target, in order."""
    unreachable = [i for i, can in enumerate(problem.reachable) if not can]
    if not unreachable:
        return ()
    everything = problem.owned_units + [
        (whole(candidate.mass.kg * problem.scale), candidate.available) for candidate in candidates
    ]
    heaviest = max((units for units, _ in everything), default=0)
    # As in find_load: the lightest total above a target's interval is at most its top plus
    # the heaviest piece, so that is as far as the nearest loads need tracing.
    reach_cap = max(problem.intervals[i][1] for i in unreachable) + heaviest
    possible = sorted(extend_all({0}, everything, reach_cap))
    return tuple(
        reason(targets[i], tolerance, problem.intervals[i], possible, problem.scale)
        for i in unreachable
    )

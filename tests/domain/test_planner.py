"""Tests for sledplanner.domain.planner: the cheapest gear to buy for a programme's loads."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads import Piece
from sledplanner.domain.money import Money
from sledplanner.domain.planner import Candidate, PurchasePlan, plan_purchases
from sledplanner.domain.planner import bounds as planner_bounds
from sledplanner.domain.planner import plan as planner_plan
from sledplanner.domain.units import Mass, MassUnit

# The 1959 international pound, written out here rather than taken from the code under test.
KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)


def kg_of(mass: Mass) -> Fraction:
    amount = Fraction(mass.value)
    return amount if mass.unit is MassUnit.KG else amount * KG_IN_ONE_LB


def lb(value: str | int | Decimal) -> Mass:
    return Mass.of(value, "lb")


def kg(value: str | int | Decimal) -> Mass:
    return Mass.of(value, "kg")


def usd(amount: str | int | Decimal) -> Money:
    return Money.of(amount, "USD")


def bell(key: str, mass: Mass, price: str | int, available: int = 1) -> Candidate:
    return Candidate(key, f"{mass} kettlebell", mass, usd(price), available)


OWNED = [Piece("kb20", "20 lb kettlebell", lb(20)), Piece("kb35", "35 lb kettlebell", lb(35))]


def bought(plan: PurchasePlan) -> dict[str, int]:
    return {candidate.key: count for candidate, count in plan.purchases}


# ------------------------------------------------------------------ the blog's numbers


def test_53_lb_target_buys_the_53_lb_bell() -> None:
    candidates = [
        bell("kb53", lb(53), "110.00"),
        bell("kb18", lb(18), "120.00"),
        bell("kb10", lb(10), "30.00", available=2),
    ]
    plan = plan_purchases(OWNED, candidates, [lb(53)])
    assert bought(plan) == {"kb53": 1}
    assert plan.total == usd("110")
    assert plan.optimal
    assert plan.newly_buildable == (lb(53),)
    assert plan.unlocks == {"kb53": (lb(53),)}
    ((target, combination),) = plan.builds
    assert target == lb(53)
    assert combination is not None
    assert combination.describe(MassUnit.LB) == "53 lb"


def test_a_cheaper_bell_that_completes_the_target_wins() -> None:
    candidates = [bell("kb53", lb(53), "110.00"), bell("kb18", lb(18), "45.00")]
    plan = plan_purchases(OWNED, candidates, [lb(53)])
    assert bought(plan) == {"kb18": 1}
    assert plan.total == usd(45)
    ((_, combination),) = plan.builds
    assert combination is not None
    assert combination.describe(MassUnit.LB) == "35 lb + 18 lb"


def test_24_kg_bell_meets_53_lb_within_half_a_pound() -> None:
    candidates = [bell("kb24", kg(24), "99.99"), bell("kb53", lb(53), "130")]
    exact = plan_purchases(OWNED, candidates, [lb(53)])
    assert bought(exact) == {"kb53": 1}
    near = plan_purchases(OWNED, candidates, [lb(53)], tolerance=lb("0.5"))
    assert bought(near) == {"kb24": 1}
    assert near.total == usd("99.99")
    ((_, combination),) = near.builds
    assert combination is not None
    assert combination.describe(MassUnit.LB) == "24 kg (≈ 52.9 lb)"


def test_55_lb_is_already_buildable() -> None:
    plan = plan_purchases(OWNED, [bell("kb53", lb(53), 110)], [lb(55), lb(20)])
    assert plan.purchases == ()
    assert plan.total == usd(0)
    assert plan.already_buildable == (lb(55), lb(20))
    assert plan.newly_buildable == ()
    assert plan.unlocks == {}
    assert [c.describe(MassUnit.LB) for _, c in plan.builds if c] == ["35 lb + 20 lb", "20 lb"]


def test_mixed_units_16_kg_plus_35_lb() -> None:
    candidates = [bell("kb16", kg(16), "60"), bell("kb12", kg(12), "45")]
    target = kg("31.87573295")  # 16 kg + 35 lb exactly
    plan = plan_purchases(OWNED, candidates, [target])
    assert bought(plan) == {"kb16": 1}
    ((_, combination),) = plan.builds
    assert combination is not None
    assert combination.total_kg == Fraction("31.87573295")
    assert combination.describe(MassUnit.KG) == "16 kg + 35 lb (≈ 31.9 kg)"


def test_each_purchase_unlocks_its_targets() -> None:
    candidates = [bell("kb10", lb(10), 30), bell("kb5", lb(5), 15), bell("kb45", lb(45), 120)]
    targets = [lb(30), lb(40), lb(25), lb(65), lb(70), lb(55)]
    plan = plan_purchases(OWNED, candidates, targets)
    assert bought(plan) == {"kb10": 1, "kb5": 1}
    assert plan.total == usd(45)
    assert plan.already_buildable == (lb(55),)
    assert plan.unlocks["kb10"] == (lb(30), lb(65), lb(70))
    assert plan.unlocks["kb5"] == (lb(40), lb(25), lb(70))
    assert [candidate.key for candidate, _ in plan.purchases] == ["kb10", "kb5"]
    assert [p.key for p in plan.bought_pieces()] == ["kb10", "kb5"]
    assert plan.piece_count == 2


def test_two_of_a_kind_and_quantities() -> None:
    candidates = [bell("kb10", lb(10), 20, available=3), bell("kb30", lb(30), 70)]
    plan = plan_purchases([], candidates, [lb(30)])
    assert bought(plan) == {"kb10": 3}
    assert plan.total == usd(60)
    pricier = [bell("kb10", lb(10), 25, available=3), bell("kb30", lb(30), 70)]
    assert bought(plan_purchases([], pricier, [lb(30)])) == {"kb30": 1}
    fewer = [bell("kb10", lb(10), 20, available=2), bell("kb30", lb(30), 70)]
    assert bought(plan_purchases([], fewer, [lb(30)])) == {"kb30": 1}


def test_equal_price_goes_to_fewer_pieces() -> None:
    candidates = [bell("kb10", lb(10), 20, available=3), bell("kb30", lb(30), 60)]
    plan = plan_purchases([], candidates, [lb(30)])
    assert bought(plan) == {"kb30": 1}
    # 15 + 15 and 20 + 5 + 5 both cost $40; two pieces beat three, whichever is found last.
    candidates = [
        bell("kb20", lb(20), 30),
        bell("kb15", lb(15), 20, available=2),
        bell("kb5", lb(5), 5, available=2),
    ]
    plan = plan_purchases([], candidates, [lb(30)])
    assert bought(plan) == {"kb15": 2}
    assert plan.total == usd(40)


def test_same_mass_candidates_buy_the_cheaper_first() -> None:
    candidates = [bell("shop-a", kg(16), "80"), bell("shop-b", kg(16), "65")]
    plan = plan_purchases([], candidates, [kg(16)])
    assert bought(plan) == {"shop-b": 1}
    two = plan_purchases([], candidates, [kg(32)])
    assert bought(two) == {"shop-a": 1, "shop-b": 1}
    assert two.total == usd(145)


def test_kg_and_lb_targets_are_planned_as_separate_parts() -> None:
    candidates = [
        bell("kb16", kg(16), 60),
        bell("kb24", kg(24), 90),
        bell("kb12", kg(12), 50),
        bell("kb35", lb(35), 70),
        bell("kb20", lb(20), 40),
        bell("kb25", lb(25), 55),
    ]
    plan = plan_purchases([], candidates, [kg(16), lb(55), kg(40), lb(20)])
    assert bought(plan) == {"kb16": 1, "kb24": 1, "kb35": 1, "kb20": 1}
    assert plan.total == usd(260)
    assert plan.optimal


def test_unreachable_targets_are_listed_with_a_reason() -> None:
    candidates = [bell("kb10", lb(10), 25), bell("kb5", lb(5), 15)]
    plan = plan_purchases(OWNED, candidates, [lb("12.5"), lb(30), lb(200)])
    assert plan.unreachable == (lb("12.5"), lb(200))
    assert bought(plan) == {"kb10": 1}
    assert plan.unreachable_reasons == (
        "12.5 lb cannot be built even with every candidate bought: "
        "the nearest loads are 10 lb and 15 lb",
        "200 lb cannot be built even with every candidate bought: "
        "the heaviest load possible is 70 lb",
    )
    assert plan.builds[0] == (lb("12.5"), None)
    assert plan.builds[2] == (lb(200), None)


def test_unreachable_reason_with_tolerance() -> None:
    plan = plan_purchases([], [bell("kb24", kg(24), 100)], [kg(10)], tolerance=kg(1))
    assert plan.unreachable == (kg(10),)
    assert plan.unreachable_reasons == (
        "10 kg cannot be built to within 1 kg even with every candidate bought: "
        "the nearest loads are 0 kg and 24 kg",
    )


def test_no_targets_and_no_candidates() -> None:
    empty = plan_purchases(OWNED, [bell("kb53", lb(53), 110)], [])
    assert empty == PurchasePlan((), usd(0))
    plan = plan_purchases(OWNED, [], [lb(55), lb(53)], currency="usd")
    assert plan.total == usd(0)
    assert plan.unreachable == (lb(53),)
    assert plan.already_buildable == (lb(55),)


def test_free_candidates_still_buy_the_fewest_pieces() -> None:
    candidates = [bell("free5", lb(5), 0, available=4), bell("free20", lb(20), 0)]
    plan = plan_purchases([], candidates, [lb(20)])
    assert bought(plan) == {"free20": 1}
    assert plan.total == usd(0)


def test_node_budget_gives_a_complete_but_unproven_plan() -> None:
    candidates = [bell(f"kb{value}", lb(value), value * 3) for value in range(5, 60, 5)]
    targets = [lb(value) for value in range(5, 120, 5)]
    full = plan_purchases([], candidates, targets)
    assert full.optimal
    rushed = plan_purchases([], candidates, targets, node_budget=1)
    assert not rushed.optimal
    assert rushed.total >= full.total
    assert rushed.unreachable == full.unreachable
    assert all(
        combination is not None
        for target, combination in rushed.builds
        if target not in rushed.unreachable
    )
    with pytest.raises(ValueError):
        plan_purchases([], candidates, targets, node_budget=0)


# ------------------------------------------------------------------ validation


def test_candidate_validation() -> None:
    with pytest.raises(ValidationError) as error:
        Candidate("a", "a", kg(0), usd(1))
    assert error.value.field == "mass"
    with pytest.raises(ValidationError) as error:
        Candidate("a", "a", kg(1), usd(-1))
    assert error.value.field == "unit_price"
    with pytest.raises(ValidationError) as error:
        Candidate("a", "a", kg(1), usd(1), 0)
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError) as error:
        Candidate("a", "a", kg(1), usd(1), True)
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError) as error:
        Candidate("a", "a", kg(1), "1 USD")  # type: ignore[arg-type]
    assert error.value.field == "unit_price"


def test_currencies_must_agree() -> None:
    mixed = [bell("a", kg(8), 30), Candidate("b", "b", kg(12), Money.of(40, "EUR"))]
    with pytest.raises(ValidationError) as error:
        plan_purchases([], mixed, [kg(8)])
    assert error.value.field == "currency"
    with pytest.raises(ValidationError) as error:
        plan_purchases([], [bell("a", kg(8), 30)], [kg(8)], currency="EUR")
    assert error.value.field == "currency"
    with pytest.raises(ValidationError) as error:
        plan_purchases(OWNED, [], [kg(8)])
    assert error.value.field == "currency"
    with pytest.raises(ValidationError) as error:
        plan_purchases(OWNED, [], [kg(8)], currency="dollars")
    assert error.value.field == "currency"


def test_keys_must_be_unique() -> None:
    with pytest.raises(ValidationError) as error:
        plan_purchases(OWNED, [bell("kb20", lb(25), 50)], [lb(45)])
    assert error.value.field == "key"
    with pytest.raises(ValidationError) as error:
        plan_purchases([], [bell("a", lb(25), 50), bell("a", lb(5), 5)], [lb(45)])
    assert error.value.field == "key"


def test_wrong_types_are_refused() -> None:
    with pytest.raises(ValidationError) as error:
        plan_purchases([], [bell("a", lb(25), 50)], [25])  # type: ignore[list-item]
    assert error.value.field == "target"
    with pytest.raises(ValidationError) as error:
        plan_purchases([], [bell("a", lb(25), 50)], [lb(25)], tolerance=1)  # type: ignore[arg-type]
    assert error.value.field == "tolerance"
    with pytest.raises(ValidationError) as error:
        plan_purchases([lb(5)], [bell("a", lb(25), 50)], [lb(25)])  # type: ignore[list-item]
    assert error.value.field == "pieces"


# ------------------------------------------------------------------ properties against brute force

MASS_CHOICES = [
    kg(4),
    kg(8),
    kg(12),
    kg(16),
    kg(24),
    kg("2.5"),
    lb(5),
    lb(10),
    lb(15),
    lb(20),
    lb(35),
    lb(53),
    kg("4.5359237"),  # exactly 10 lb, entered in kg
]
TOLERANCES = [None, None, None, lb(1), kg("0.5"), lb(5)]


PRICES = st.one_of(st.integers(0, 80).map(str), st.sampled_from(["19.99", "40.50", "0.01"]))


@st.composite
def problems(
    draw: st.DrawFn,
) -> tuple[list[Piece], list[Candidate], list[Mass], Mass | None]:
    owned = [
        Piece(f"own{index}", "", mass, draw(st.integers(1, 2)))
        for index, mass in enumerate(draw(st.lists(st.sampled_from(MASS_CHOICES), max_size=2)))
    ]
    # Prices by the unit of mass (as shops often price bells) make many equal-price plans.
    by_mass = draw(st.booleans())
    candidates = [
        Candidate(
            f"cand{index}",
            "",
            mass,
            usd(mass.value * 2) if by_mass else usd(draw(PRICES)),
            draw(st.integers(1, 2)),
        )
        for index, mass in enumerate(draw(st.lists(st.sampled_from(MASS_CHOICES), max_size=5)))
    ]
    owned_units = [p.mass for p in owned for _ in range(p.count)]
    bought_units = [c.mass for c in candidates for _ in range(c.available)]
    targets: list[Mass] = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["candidates", "anything", "pounds", "kilograms"]))
        pool = bought_units if kind == "candidates" else owned_units + bought_units
        if pool and kind in ("candidates", "anything"):
            chosen = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))
            targets.append(sum(chosen, kg(0)))
        elif kind == "kilograms":
            targets.append(kg(draw(st.integers(0, 60))))
        else:
            targets.append(lb(draw(st.integers(0, 120))))
    return owned, candidates, targets, draw(st.sampled_from(TOLERANCES))


def reachable_totals(pieces: list[tuple[Mass, int]]) -> set[Fraction]:
    """Every exact total in kg that some of the pieces make, by plain set arithmetic."""
    totals = {Fraction(0)}
    for mass, count in pieces:
        for _ in range(count):
            totals |= {total + kg_of(mass) for total in totals}
    return totals


def meets(totals: set[Fraction], target: Mass, tolerance: Mass | None) -> bool:
    slack = Fraction(0) if tolerance is None else kg_of(tolerance)
    return any(abs(total - kg_of(target)) <= slack for total in totals)


def cheapest_by_brute_force(
    owned: list[Piece], candidates: list[Candidate], targets: list[Mass], tolerance: Mass | None
) -> tuple[tuple[Decimal, int], list[bool]]:
    """The least (price, pieces) over every purchase multiset, and which targets are reachable."""
    base = [(p.mass, p.count) for p in owned]
    every = reachable_totals(base + [(c.mass, c.available) for c in candidates])
    reachable = [meets(every, target, tolerance) for target in targets]
    wanted = [t for t, ok in zip(targets, reachable, strict=True) if ok]
    best: tuple[Decimal, int] | None = None

    def walk(index: int, totals: set[Fraction], price: Decimal, pieces: int) -> None:
        nonlocal best
        if index == len(candidates):
            complete = all(meets(totals, target, tolerance) for target in wanted)
            if complete and (best is None or (price, pieces) < best):
                best = (price, pieces)
            return
        candidate = candidates[index]
        for count in range(candidate.available + 1):
            walk(index + 1, totals, price + candidate.price.amount * count, pieces + count)
            totals = totals | {total + kg_of(candidate.mass) for total in totals}

    walk(0, reachable_totals(base), Decimal(0), 0)
    assert best is not None
    return best, reachable


def check_plan(
    plan: PurchasePlan,
    owned: list[Piece],
    candidates: list[Candidate],
    targets: list[Mass],
    tolerance: Mass | None,
) -> None:
    """Check a plan against its own claims, independently of the planner."""
    by_key = {c.key: c for c in candidates}
    for candidate, count in plan.purchases:
        assert by_key[candidate.key] == candidate
        assert 1 <= count <= candidate.available
    assert plan.total.amount == sum(
        (candidate.price.amount * count for candidate, count in plan.purchases), Decimal(0)
    )
    pieces = [(p.mass, p.count) for p in owned] + [(c.mass, n) for c, n in plan.purchases]
    totals = reachable_totals(pieces)
    owned_totals = reachable_totals([(p.mass, p.count) for p in owned])
    unreachable = list(plan.unreachable)
    assert [t for t, _ in plan.builds] == targets
    for target, combination in plan.builds:
        if target in unreachable and combination is None:
            unreachable.remove(target)
            continue
        # Every target that is not unreachable is built by the plan.
        assert combination is not None
        assert meets(totals, target, tolerance)
        assert meets({combination.total_kg}, target, tolerance)
        allowed = {p.key: p.count for p in owned} | {c.key: n for c, n in plan.purchases}
        for part, used in combination.parts:
            assert used <= allowed[part.key]
        total = sum((kg_of(part.mass) * used for part, used in combination.parts), Fraction(0))
        assert total == combination.total_kg
    assert unreachable == []
    assert list(plan.already_buildable) == [t for t in targets if meets(owned_totals, t, tolerance)]
    # What each purchase unlocks: exactly the targets lost without one unit of it.
    for index, (candidate, _) in enumerate(plan.purchases):
        fewer = [(p.mass, p.count) for p in owned] + [
            (c.mass, n - 1 if i == index else n) for i, (c, n) in enumerate(plan.purchases)
        ]
        without = reachable_totals(fewer)
        lost = [
            target
            for target, combination in plan.builds
            if combination is not None and not meets(without, target, tolerance)
        ]
        assert list(plan.unlocks[candidate.key]) == lost
    assert set(plan.unlocks) == {c.key for c, _ in plan.purchases}


@settings(max_examples=120)
@given(problems())
def test_planner_is_never_dearer_than_brute_force(
    problem: tuple[list[Piece], list[Candidate], list[Mass], Mass | None],
) -> None:
    owned, candidates, targets, tolerance = problem
    plan = plan_purchases(owned, candidates, targets, tolerance, currency="USD")
    (price, pieces), reachable = cheapest_by_brute_force(owned, candidates, targets, tolerance)
    assert plan.optimal
    assert (plan.total.amount, plan.piece_count) == (price, pieces)
    assert list(plan.unreachable) == [t for t, ok in zip(targets, reachable, strict=True) if not ok]
    assert len(plan.unreachable_reasons) == len(plan.unreachable)
    check_plan(plan, owned, candidates, targets, tolerance)


def buy_everything(groups: list[Any], *_: object) -> tuple[list[int], int]:
    """A deliberately poor first plan: every unit of every candidate."""
    return [len(group.prices) for group in groups], sum(group.cumulative[-1] for group in groups)


@settings(max_examples=80)
@given(problems())
def test_search_finds_the_optimum_from_a_poor_first_plan(
    problem: tuple[list[Piece], list[Candidate], list[Mass], Mass | None],
) -> None:
    # White-box: without the greedy head start, the branch and bound alone must be optimal.
    owned, candidates, targets, tolerance = problem
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(planner_plan, "greedy", buy_everything)
        plan = plan_purchases(owned, candidates, targets, tolerance, currency="USD")
    (price, pieces), _ = cheapest_by_brute_force(owned, candidates, targets, tolerance)
    assert plan.optimal
    assert (plan.total.amount, plan.piece_count) == (price, pieces)
    check_plan(plan, owned, candidates, targets, tolerance)


@settings(max_examples=40)
@given(problems(), st.randoms(use_true_random=False))
def test_planner_ignores_candidate_order(
    problem: tuple[list[Piece], list[Candidate], list[Mass], Mass | None], random: object
) -> None:
    owned, candidates, targets, tolerance = problem
    shuffled = list(candidates)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    first = plan_purchases(owned, candidates, targets, tolerance, currency="USD")
    second = plan_purchases(owned, shuffled, targets, tolerance, currency="USD")
    assert first == second


@settings(max_examples=40)
@given(problems(), st.integers(1, 3))
def test_budgeted_plans_still_build_every_reachable_target(
    problem: tuple[list[Piece], list[Candidate], list[Mass], Mass | None], budget: int
) -> None:
    owned, candidates, targets, tolerance = problem
    plan = plan_purchases(owned, candidates, targets, tolerance, currency="USD", node_budget=budget)
    best = plan_purchases(owned, candidates, targets, tolerance, currency="USD")
    assert plan.total >= best.total
    assert plan.unreachable == best.unreachable
    check_plan(plan, owned, candidates, targets, tolerance)


@settings(max_examples=80)
@given(problems())
def test_bucket_only_bound_tables_keep_the_search_optimal(
    problem: tuple[list[Piece], list[Candidate], list[Mass], Mass | None],
) -> None:
    # White-box: with a tolerance, tables past the exact limit are grown in buckets alone and
    # children are cut before their totals are traced. With no exact tables at all and a poor
    # first plan, those bounds must still never cut the optimum.
    owned, candidates, targets, tolerance = problem
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(planner_plan, "greedy", buy_everything)
        patch.setattr(planner_bounds, "_BUCKET_TABLE_LIMIT", 0)
        plan = plan_purchases(owned, candidates, targets, tolerance, currency="USD")
    (price, pieces), _ = cheapest_by_brute_force(owned, candidates, targets, tolerance)
    assert plan.optimal
    assert (plan.total.amount, plan.piece_count) == (price, pieces)
    check_plan(plan, owned, candidates, targets, tolerance)

"""Tests for sledplanner.domain.loads: the load ladder and the search for a target load."""

from __future__ import annotations

import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.loads import (
    Combination,
    Piece,
    build_ladder,
    find_load,
    find_loads,
    format_amount,
)
from sledplanner.domain.units import Mass, MassUnit

# The 1959 international pound, written out here rather than taken from the code under test.
KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)


def kg_of(mass: Mass) -> Fraction:
    """The exact kilograms of ``mass``, worked out independently of Mass.kg."""
    amount = Fraction(mass.value)
    return amount if mass.unit is MassUnit.KG else amount * KG_IN_ONE_LB


def lb(value: str | int | Decimal) -> Mass:
    return Mass.of(value, "lb")


def kg(value: str | int | Decimal) -> Mass:
    return Mass.of(value, "kg")


def piece(key: str, mass: Mass, count: int = 1) -> Piece:
    return Piece(key, f"{mass} piece", mass, count)


def totals_lb(pieces: list[Piece]) -> list[Fraction]:
    return [load.total_in(MassUnit.LB) for load in build_ladder(pieces).loads]


def parts_sum(combination: Combination) -> Fraction:
    return sum((kg_of(p.mass) * used for p, used in combination.parts), Fraction(0))


BLOG = [piece("kb20", lb(20)), piece("kb35", lb(35))]
PLATES = [piece("p5", kg(5), 2), piece("p10", kg(10), 2), piece("p20", kg(20), 1)]


# ------------------------------------------------------------------ the blog's numbers


def test_blog_ladder_is_0_20_35_55_lb() -> None:
    ladder = build_ladder(BLOG)
    assert totals_lb(BLOG) == [0, 20, 35, 55]
    assert not ladder.truncated
    assert ladder.loads[0] == Combination(())
    assert ladder.loads[0].describe(MassUnit.LB) == "nothing (empty sled)"


def test_blog_55_lb_is_20_plus_35() -> None:
    match = find_load(BLOG, lb(55))
    assert match.is_exact
    assert match.exact is not None
    assert match.exact.piece_count == 2
    assert match.exact.total_in(MassUnit.LB) == 55
    assert match.exact.total_kg == Fraction("24.94758035")
    assert match.exact.describe(MassUnit.LB) == "35 lb + 20 lb"
    assert match.exact.count_of("kb20") == 1
    assert match.exact.count_of("kb35") == 1
    assert match.below is not None and match.below.total_in(MassUnit.LB) == 35
    assert match.above is None


def test_blog_54_lb_is_between_35_and_55() -> None:
    match = find_load(BLOG, lb(54))
    assert not match.is_exact
    assert match.exact is None
    assert match.below is not None and match.below.total_in(MassUnit.LB) == 35
    assert match.above is not None and match.above.total_in(MassUnit.LB) == 55
    assert match.within_tolerance is None
    assert match.best is None


def test_twenty_kg_uses_the_single_plate_not_two_tens() -> None:
    match = find_load(PLATES, kg(20))
    assert match.exact is not None
    assert match.exact.piece_count == 1
    assert [(p.key, used) for p, used in match.exact.parts] == [("p20", 1)]
    assert match.exact.describe(MassUnit.KG) == "20 kg"


def test_plate_ladder_fewest_pieces_and_quantities() -> None:
    described = [load.describe(MassUnit.KG) for load in build_ladder(PLATES).loads]
    assert described == [
        "nothing (empty sled)",
        "5 kg",
        "10 kg",
        "10 kg + 5 kg",
        "20 kg",
        "20 kg + 5 kg",
        "20 kg + 10 kg",
        "20 kg + 10 kg + 5 kg",
        "20 kg + 2 × 10 kg",
        "20 kg + 2 × 10 kg + 5 kg",
        "20 kg + 2 × 10 kg + 2 × 5 kg",
    ]


def test_mixed_units_16_kg_plus_35_lb() -> None:
    pieces = [piece("kb16", kg(16)), piece("kb35", lb(35))]
    match = find_load(pieces, kg("31.87573295"))
    assert match.exact is not None
    assert match.exact.total_kg == Fraction("31.87573295")
    assert match.exact.describe(MassUnit.KG) == "16 kg + 35 lb (≈ 31.9 kg)"
    assert match.exact.describe(MassUnit.LB) == "16 kg + 35 lb (≈ 70.3 lb)"
    # 16 kg is 35.27 lb, so the ladder lists the 35 lb bell first.
    ladder = build_ladder(pieces)
    assert [load.describe(MassUnit.KG) for load in ladder.loads] == [
        "nothing (empty sled)",
        "35 lb (≈ 15.9 kg)",
        "16 kg",
        "16 kg + 35 lb (≈ 31.9 kg)",
    ]


def test_mixed_units_never_round() -> None:
    # 16 kg + 35 lb is 31.87573295 kg exactly; a hair lighter is not an exact match.
    pieces = [piece("kb16", kg(16)), piece("kb35", lb(35))]
    match = find_load(pieces, kg("31.87573294"))
    assert match.exact is None
    assert match.above is not None and match.above.total_kg == Fraction("31.87573295")
    assert match.below is not None and match.below.total_kg == 16


def test_describe_counts_identical_pieces_and_keeps_entered_text() -> None:
    pieces = [piece("a", kg("10.0"), 2), piece("b", kg(5)), piece("c", kg("1.25"))]
    combination = find_load(pieces, kg("26.25")).exact
    assert combination is not None
    assert combination.describe(MassUnit.KG) == "2 × 10 kg + 5 kg + 1.25 kg"
    assert combination.describe(MassUnit.LB, 2) == "2 × 10 kg + 5 kg + 1.25 kg (≈ 57.87 lb)"
    assert combination.describe(MassUnit.LB, 0) == "2 × 10 kg + 5 kg + 1.25 kg (≈ 58 lb)"
    # Two gear entries of the same mass are counted together in the description.
    twins = [piece("x", kg(16)), piece("y", kg(16))]
    both = find_load(twins, kg(32)).exact
    assert both is not None
    assert both.describe(MassUnit.KG) == "2 × 16 kg"
    assert str(both) == "2 × 16 kg"


def test_describe_rejects_bad_places() -> None:
    with pytest.raises(ValueError):
        Combination(()).describe(MassUnit.KG, -1)
    with pytest.raises(ValueError):
        format_amount(Fraction(1, 3), MassUnit.KG, True)


def test_format_amount() -> None:
    assert format_amount(Fraction(55), MassUnit.LB) == "55 lb"
    assert format_amount(Fraction("24.5"), MassUnit.KG) == "24.5 kg"
    assert format_amount(Fraction("24.45"), MassUnit.KG) == "≈ 24.5 kg"
    assert format_amount(Fraction("24.44"), MassUnit.KG) == "≈ 24.4 kg"
    assert format_amount(Fraction("0.05"), MassUnit.KG, 0) == "≈ 0 kg"
    assert format_amount(Fraction("2.25"), MassUnit.KG, 3) == "2.250 kg"


def test_equal_mass_pieces_fill_by_key() -> None:
    pieces = [piece("b", kg(10), 2), piece("a", kg(10), 1)]
    match = find_load(pieces, kg(20))
    assert match.exact is not None
    assert [(p.key, used) for p, used in match.exact.parts] == [("a", 1), ("b", 1)]
    assert find_load(pieces, kg(30)).exact is not None
    assert find_load(pieces, kg(40)).exact is None


def test_ties_in_piece_count_prefer_heavier_pieces() -> None:
    pieces = [piece("p15", kg(15)), piece("p10", kg(10)), piece("p20", kg(20)), piece("p5", kg(5))]
    match = find_load(pieces, kg(25))
    assert match.exact is not None
    assert match.exact.describe(MassUnit.KG) == "20 kg + 5 kg"


# ------------------------------------------------------------------ tolerance and edges


def test_tolerance_picks_the_closest_load() -> None:
    match = find_load(BLOG, lb(54), tolerance=lb(1))
    assert match.within_tolerance is not None
    assert match.within_tolerance.total_in(MassUnit.LB) == 55
    assert match.best == match.within_tolerance
    assert find_load(BLOG, lb(54), tolerance=lb("0.99")).within_tolerance is None
    below = find_load(BLOG, lb(36), tolerance=lb(2))
    assert below.within_tolerance is not None
    assert below.within_tolerance.total_in(MassUnit.LB) == 35


def test_tolerance_tie_goes_to_the_lighter_load() -> None:
    match = find_load(BLOG, lb("27.5"), tolerance=lb(10))
    assert match.within_tolerance is not None
    assert match.within_tolerance.total_in(MassUnit.LB) == 20


def test_tolerance_is_ignored_when_exact() -> None:
    match = find_load(BLOG, lb(35), tolerance=lb(5))
    assert match.exact is not None
    assert match.within_tolerance is None
    assert match.best == match.exact


def test_target_zero_is_the_empty_sled() -> None:
    match = find_load(BLOG, lb(0))
    assert match.exact == Combination(())
    assert match.below is None
    assert match.above is not None and match.above.total_in(MassUnit.LB) == 20


def test_nothing_owned() -> None:
    assert build_ladder([]).loads == [Combination(())]
    match = find_load([], kg(10))
    assert match.exact is None
    assert match.below == Combination(())
    assert match.above is None


def test_heavier_than_everything_has_no_load_above() -> None:
    match = find_load(PLATES, kg(100))
    assert match.above is None
    assert match.below is not None and match.below.total_kg == 50


def test_find_loads_keeps_order() -> None:
    matches = find_loads(BLOG, [lb(55), lb(0), lb(21)])
    assert [m.target for m in matches] == [lb(55), lb(0), lb(21)]
    assert [m.is_exact for m in matches] == [True, True, False]
    assert find_loads(BLOG, []) == []


def test_truncated_ladder_keeps_the_lightest_totals() -> None:
    full = build_ladder(PLATES)
    short = build_ladder(PLATES, limit=4)
    assert short.truncated
    assert short.loads == full.loads[:4]
    exact_fit = build_ladder(PLATES, limit=len(full.loads))
    assert not exact_fit.truncated
    assert exact_fit.loads == full.loads
    assert build_ladder(PLATES, limit=1).loads == [Combination(())]


def test_many_pieces_truncate_quickly() -> None:
    pieces = [piece(f"p{i}", Mass.of(Decimal(100 + i * 7) / 100, "kg"), 2) for i in range(40)]
    ladder = build_ladder(pieces, limit=500)
    assert ladder.truncated
    assert len(ladder.loads) == 500
    totals = [load.total_kg for load in ladder.loads]
    assert totals == sorted(set(totals))


@pytest.mark.parametrize("limit", [0, -1, True, 2.5])
def test_bad_limit(limit: object) -> None:
    with pytest.raises(ValueError):
        build_ladder(BLOG, limit=limit)  # type: ignore[arg-type]


# ------------------------------------------------------------------ validation


def test_piece_validation() -> None:
    with pytest.raises(ValidationError) as error:
        Piece("a", "a", kg(10), 0)
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError) as error:
        Piece("a", "a", kg(10), True)
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError) as error:
        Piece("a", "a", kg(0), 1)
    assert error.value.field == "mass"
    with pytest.raises(ValidationError) as error:
        Piece("a", "a", "10 kg", 1)  # type: ignore[arg-type]
    assert error.value.field == "mass"
    with pytest.raises(ValidationError) as error:
        Piece(1, "a", kg(1))  # type: ignore[arg-type]
    assert error.value.field == "key"


def test_duplicate_keys_are_refused() -> None:
    with pytest.raises(ValidationError) as error:
        build_ladder([piece("a", kg(1)), piece("a", kg(2))])
    assert error.value.field == "key"
    with pytest.raises(ValidationError):
        find_load([piece("a", kg(1)), piece("a", kg(2))], kg(1))


def test_combination_validation_and_order() -> None:
    p20, p35 = BLOG
    assert Combination(((p20, 1), (p35, 1))).parts == ((p35, 1), (p20, 1))
    assert Combination(((p20, 0),)) == Combination(())
    with pytest.raises(ValidationError) as error:
        Combination(((p20, 2),))
    assert error.value.field == "quantity"
    with pytest.raises(ValidationError):
        Combination(((p20, -1),))
    with pytest.raises(ValidationError) as error:
        Combination(((p20, 1), (p20, 1)))
    assert error.value.field == "key"


def test_bad_target_and_tolerance_types() -> None:
    with pytest.raises(ValidationError) as error:
        find_load(BLOG, 55)  # type: ignore[arg-type]
    assert error.value.field == "target"
    with pytest.raises(ValidationError) as error:
        find_load(BLOG, lb(55), 1)  # type: ignore[arg-type]
    assert error.value.field == "tolerance"
    with pytest.raises(ValidationError) as error:
        build_ladder([kg(1)])  # type: ignore[list-item]
    assert error.value.field == "pieces"


# ------------------------------------------------------------------ properties against brute force

MASS_CHOICES = [
    kg(2),
    kg("2.5"),
    kg(4),
    kg(5),
    kg(8),
    kg(10),
    kg(16),
    lb(5),
    lb(10),
    lb("2.5"),
    lb(20),
    lb(35),
    kg("4.53592370"),  # exactly 10 lb, entered in kg
]

masses = st.one_of(
    st.sampled_from(MASS_CHOICES),
    st.builds(
        Mass,
        st.decimals(min_value=Decimal("0.5"), max_value=30, places=1),
        st.sampled_from(list(MassUnit)),
    ),
)


@st.composite
def inventories(draw: st.DrawFn) -> list[Piece]:
    chosen = draw(st.lists(masses, min_size=0, max_size=4))
    return [
        Piece(f"k{index}", f"piece {index}", mass, draw(st.integers(1, 3)))
        for index, mass in enumerate(chosen)
    ]


def exact_decimal(value: Fraction) -> Decimal | None:
    """``value`` as an exact Decimal, or None when it has no finite decimal expansion."""
    for places in range(40):
        scaled = value * 10**places
        if scaled.denominator == 1:
            return Decimal(scaled.numerator).scaleb(-places)
    return None


def brute_force(pieces: list[Piece]) -> dict[Fraction, int]:
    """Every exact total (kg) the pieces make, with the fewest pieces for it."""
    fewest: dict[Fraction, int] = {}
    for counts in itertools.product(*(range(p.count + 1) for p in pieces)):
        total = sum((kg_of(p.mass) * c for p, c in zip(pieces, counts, strict=True)), Fraction(0))
        used = sum(counts)
        if total not in fewest or used < fewest[total]:
            fewest[total] = used
    return fewest


def check_combination(combination: Combination, pieces: list[Piece]) -> None:
    owned = {p.key: p for p in pieces}
    keys = [p.key for p, _ in combination.parts]
    assert len(set(keys)) == len(keys)
    for part, used in combination.parts:
        assert owned[part.key] == part
        assert 1 <= used <= part.count
    assert parts_sum(combination) == combination.total_kg
    assert combination.piece_count == sum(used for _, used in combination.parts)
    weights = [kg_of(p.mass) for p, _ in combination.parts]
    assert weights == sorted(weights, reverse=True)


@settings(max_examples=150)
@given(inventories())
def test_ladder_matches_brute_force(pieces: list[Piece]) -> None:
    expected = brute_force(pieces)
    ladder = build_ladder(pieces)
    assert not ladder.truncated
    assert [load.total_kg for load in ladder.loads] == sorted(expected)
    for load in ladder.loads:
        check_combination(load, pieces)
        assert load.piece_count == expected[load.total_kg]


@settings(max_examples=75)
@given(inventories(), st.integers(1, 12))
def test_truncated_ladder_is_a_prefix(pieces: list[Piece], limit: int) -> None:
    full = build_ladder(pieces)
    short = build_ladder(pieces, limit=limit)
    assert short.loads == full.loads[:limit]
    assert short.truncated == (len(full.loads) > limit)


@settings(max_examples=75)
@given(inventories(), st.randoms(use_true_random=False))
def test_ladder_ignores_input_order(pieces: list[Piece], random: object) -> None:
    shuffled = list(pieces)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert build_ladder(shuffled).loads == build_ladder(pieces).loads


@settings(max_examples=150)
@given(
    inventories(),
    st.one_of(masses, st.just(kg(0))),
    st.booleans(),
    st.one_of(st.none(), st.sampled_from([kg(1), lb(1), lb(5), kg(0)])),
)
def test_find_load_matches_brute_force(
    pieces: list[Piece], wanted: Mass, pick_reachable: bool, tolerance: Mass | None
) -> None:
    expected = brute_force(pieces)
    totals = sorted(expected)
    target = wanted
    if pick_reachable:
        # Aim at a total the pieces can really make, entered in pounds when that is exact.
        total = totals[len(totals) // 2]
        pounds = exact_decimal(total / KG_IN_ONE_LB)
        kilograms = exact_decimal(total)
        assert kilograms is not None
        target = lb(pounds) if pounds is not None else kg(kilograms)
    goal = kg_of(target)
    match = find_load(pieces, target, tolerance)
    assert match.target == target
    if goal in expected:
        assert match.exact is not None
        check_combination(match.exact, pieces)
        assert match.exact.total_kg == goal
        assert parts_sum(match.exact) == goal
        assert match.exact.piece_count == expected[goal]
    else:
        assert match.exact is None
    lighter = [t for t in totals if t < goal]
    heavier = [t for t in totals if t > goal]
    if lighter:
        assert match.below is not None
        check_combination(match.below, pieces)
        assert match.below.total_kg == max(lighter)
        assert match.below.piece_count == expected[max(lighter)]
    else:
        assert match.below is None
    if heavier:
        assert match.above is not None
        check_combination(match.above, pieces)
        assert match.above.total_kg == min(heavier)
        assert match.above.piece_count == expected[min(heavier)]
    else:
        assert match.above is None
    if tolerance is None or goal in expected:
        assert match.within_tolerance is None
    else:
        slack = kg_of(tolerance)
        near = [t for t in totals if abs(t - goal) <= slack]
        if near:
            closest = min(near, key=lambda t: (abs(t - goal), t))
            assert match.within_tolerance is not None
            assert match.within_tolerance.total_kg == closest
        else:
            assert match.within_tolerance is None


def test_a_ladder_reads_like_a_list_of_its_loads() -> None:
    ladder = build_ladder(PLATES)
    listed = list(ladder.loads)
    assert ladder.loads == listed and listed == ladder.loads[:]
    assert ladder.loads[-1] == listed[-1] and ladder.loads[1:3] == listed[1:3]
    assert ladder.loads != listed[:-1]
    with pytest.raises(IndexError):
        ladder.loads[len(listed)]

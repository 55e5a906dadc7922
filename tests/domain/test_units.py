"""Tests for sledplanner.domain.units: exact masses in kg and lb."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import (
    KG_PER_LB,
    NEWTONS_PER_LBF,
    STANDARD_GRAVITY,
    Mass,
    MassUnit,
)

# The 1959 international pound, written out here rather than taken from the module under test.
KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)


def reference_kg(mass: Mass) -> Fraction:
    """The exact kilograms of ``mass``, worked out independently of Mass.kg."""
    amount = Fraction(mass.value)
    return amount if mass.unit is MassUnit.KG else amount * KG_IN_ONE_LB


def reference_in(mass: Mass, unit: MassUnit) -> Fraction:
    """The exact amount of ``mass`` in ``unit``, worked out independently."""
    kg = reference_kg(mass)
    return kg if unit is MassUnit.KG else kg / KG_IN_ONE_LB


values = st.one_of(
    [
        st.decimals(
            min_value=0, max_value=10000, places=places, allow_nan=False, allow_infinity=False
        )
        for places in (0, 1, 2, 3)
    ]
)
units = st.sampled_from(list(MassUnit))
masses = st.builds(Mass, values, units)


# ------------------------------------------------------------------ domain vectors


def test_one_pound_is_exactly_0_45359237_kg() -> None:
    assert KG_PER_LB == KG_IN_ONE_LB
    assert Mass.of(1, "lb").kg == Fraction("0.45359237")
    assert Mass.of(1, "lb") == Mass.of("0.45359237", "kg")


def test_physical_constants() -> None:
    assert Fraction(981, 100) > STANDARD_GRAVITY > Fraction(980, 100)
    assert Fraction(980_665, 100_000) == STANDARD_GRAVITY
    assert Decimal("4.448222") == NEWTONS_PER_LBF
    # One pound-force is one pound under standard gravity, up to the six-place rounding.
    assert abs(KG_IN_ONE_LB * Fraction(980_665, 100_000) - Fraction(NEWTONS_PER_LBF)) < Fraction(
        1, 10**6
    )


def test_twenty_plus_fifty_five_pounds() -> None:
    total = Mass.of(20, "lb") + Mass.of(55, "lb")
    assert total.unit is MassUnit.LB
    assert total.value == 75
    assert str(total) == "75 lb"
    assert total.kg == Fraction("34.01942775")
    assert total.lb == 75


def test_twenty_four_kg_displays_as_52_9_lb() -> None:
    mass = Mass.of(24, "kg")
    exact = Fraction(24) / KG_IN_ONE_LB
    assert Fraction("52.9") < exact < Fraction("52.95")
    assert mass.lb == exact
    assert mass.display_value(MassUnit.LB) == Decimal("52.9")
    assert mass.format("lb") == "52.9 lb"
    assert mass.format() == "24 kg"


def test_thirty_five_pounds_equals_15_87573295_kg() -> None:
    pounds = Mass.of(35, "lb")
    kilograms = Mass.of("15.87573295", "kg")
    assert pounds == kilograms
    assert kilograms == pounds
    assert hash(pounds) == hash(kilograms)
    assert len({pounds, kilograms}) == 1
    assert pounds != Mass.of("15.87573294", "kg")
    assert pounds.format("kg") == "15.9 kg"


def test_sixteen_kg_plus_thirty_five_lb_is_kg() -> None:
    total = Mass.of(16, "kg") + Mass.of(35, "lb")
    assert total.unit is MassUnit.KG
    assert total.value == Decimal("31.87573295")
    assert str(total.value) == "31.87573295"
    reverse = Mass.of(35, "lb") + Mass.of(16, "kg")
    assert reverse.unit is MassUnit.KG
    assert reverse.value == Decimal("31.87573295")


# ------------------------------------------------------------------ entry and storage


def test_value_and_unit_kept_as_entered() -> None:
    mass = Mass.of(Decimal("22.50"), "kg")
    assert str(mass) == "22.50 kg"
    assert mass.value.as_tuple() == Decimal("22.50").as_tuple()
    assert mass.to_dict() == {"value": "22.50", "unit": "kg"}
    pounds = Mass.of(35, MassUnit.LB)
    assert pounds.unit is MassUnit.LB
    assert pounds.value == 35
    assert str(pounds) == "35 lb"


def test_of_reads_text_with_spaces() -> None:
    mass = Mass.of("  22.5 ", " KG ")
    assert mass.value.as_tuple() == Decimal("22.5").as_tuple()
    assert mass.unit is MassUnit.KG


def test_same_unit_addition_keeps_decimal_places() -> None:
    total = Mass.of("22.50", "kg") + Mass.of("1.5", "kg")
    assert str(total) == "24.00 kg"


def test_zero_is_allowed_and_negative_zero_becomes_zero() -> None:
    assert Mass.of(0, "kg").value == 0
    zero = Mass.of("-0.0", "lb")
    assert not zero.value.is_signed()
    assert str(zero) == "0.0 lb"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kg", MassUnit.KG),
        ("KG", MassUnit.KG),
        (" kg ", MassUnit.KG),
        ("kgs", MassUnit.KG),
        ("Kgs", MassUnit.KG),
        ("lb", MassUnit.LB),
        ("LB", MassUnit.LB),
        ("\tlbs\n", MassUnit.LB),
        ("Lbs", MassUnit.LB),
    ],
)
def test_parse_unit(text: str, expected: MassUnit) -> None:
    assert MassUnit.parse(text) is expected


@pytest.mark.parametrize("text", ["stone", "", "  ", "k g", "kilogram", "pound", "g", "oz"])
def test_parse_unknown_unit(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        MassUnit.parse(text)
    assert caught.value.field == "unit"
    assert caught.value.message == f"unknown mass unit '{text.strip()}': use kg or lb"


def test_parse_refuses_non_text() -> None:
    with pytest.raises(ValidationError) as caught:
        MassUnit.parse(5)  # type: ignore[arg-type]
    assert caught.value.field == "unit"


@pytest.mark.parametrize(
    "value",
    [
        "NaN",
        "nan",
        "sNaN",
        "Infinity",
        "-Infinity",
        "inf",
        Decimal("NaN"),
        Decimal("Infinity"),
        "-1",
        "-0.001",
        Decimal("-5"),
        -3,
        "abc",
        "1,5",
        "",
        None,
        [1],
        Fraction(1, 2),
    ],
)
def test_invalid_values(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(value, "kg")
    assert caught.value.field == "mass"


def test_float_is_refused_with_advice() -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(22.5, "kg")  # type: ignore[arg-type]
    assert caught.value.field == "mass"
    assert "string" in caught.value.message


@pytest.mark.parametrize("flag", [True, False])
def test_bool_is_refused(flag: bool) -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(flag, "kg")
    assert caught.value.field == "mass"


def test_absurd_exponent_is_refused() -> None:
    # Without the exponent limit these would hang in the exact Fraction conversion.
    for text in ("1E-999999999", "1E+999999999", "0E-999999999"):
        with pytest.raises(ValidationError) as caught:
            Mass.of(text, "kg")
        assert caught.value.field == "mass"


@pytest.mark.parametrize("unit", ["stone", "", "kilo", 3, None])
def test_of_unknown_unit(unit: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(1, unit)
    assert caught.value.field == "unit"


def test_constructor_checks_types() -> None:
    with pytest.raises(ValidationError) as caught:
        Mass(22, MassUnit.KG)  # type: ignore[arg-type]
    assert caught.value.field == "mass"
    with pytest.raises(ValidationError) as caught:
        Mass("22", MassUnit.KG)  # type: ignore[arg-type]
    assert caught.value.field == "mass"
    with pytest.raises(ValidationError) as caught:
        Mass(Decimal(22), "kg")  # type: ignore[arg-type]
    assert caught.value.field == "unit"
    with pytest.raises(ValidationError) as caught:
        Mass(Decimal(-1), MassUnit.KG)
    assert caught.value.field == "mass"


def test_mass_is_frozen() -> None:
    mass = Mass.of(1, "kg")
    with pytest.raises(AttributeError):
        mass.value = Decimal(2)  # type: ignore[misc]


def test_from_dict_accepts_what_to_dict_writes() -> None:
    restored = Mass.from_dict({"value": "35", "unit": "lb"})
    assert restored.unit is MassUnit.LB
    assert str(restored) == "35 lb"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "mass"),
        ({"unit": "kg"}, "mass"),
        ({"value": "1"}, "unit"),
        ({"value": 1, "unit": "kg"}, "mass"),
        ({"value": 1.5, "unit": "kg"}, "mass"),
        ({"value": None, "unit": "kg"}, "mass"),
        ({"value": "abc", "unit": "kg"}, "mass"),
        ({"value": "NaN", "unit": "kg"}, "mass"),
        ({"value": "Infinity", "unit": "lb"}, "mass"),
        ({"value": "-1", "unit": "kg"}, "mass"),
        ({"value": "1", "unit": "stone"}, "unit"),
        ({"value": "1", "unit": 5}, "unit"),
        ({"value": "1", "unit": None}, "unit"),
        (["1", "kg"], "mass"),
        ("1 kg", "mass"),
        (None, "mass"),
    ],
)
def test_from_dict_rejects_bad_data(data: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.from_dict(data)
    assert caught.value.field == field


# ------------------------------------------------------------------ arithmetic


def test_subtraction() -> None:
    assert str(Mass.of(55, "lb") - Mass.of(20, "lb")) == "35 lb"
    mixed = Mass.of(16, "kg") - Mass.of(35, "lb")
    assert mixed.unit is MassUnit.KG
    assert mixed.value == Decimal("0.12426705")
    nothing = Mass.of("5.0", "kg") - Mass.of(5, "kg")
    assert nothing.value == 0
    assert not nothing.value.is_signed()


def test_subtraction_below_zero_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(10, "kg") - Mass.of(35, "lb")
    assert caught.value.field == "mass"
    with pytest.raises(ValidationError) as caught:
        Mass.of(1, "lb") - Mass.of(2, "lb")
    assert caught.value.field == "mass"


def test_multiplication_by_quantity() -> None:
    plate = Mass.of("22.5", "lb")
    assert str(plate * 4) == "90.0 lb"
    assert str(4 * plate) == "90.0 lb"
    assert (plate * 0).value == 0
    assert (plate * 0).unit is MassUnit.LB


def test_multiplication_by_negative_quantity_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(1, "kg") * -2
    assert caught.value.field == "mass"


@pytest.mark.parametrize("factor", [1.5, True, Decimal(2), "2", Fraction(2)])
def test_multiplication_by_non_int_is_a_type_error(factor: Any) -> None:
    with pytest.raises(TypeError):
        Mass.of(1, "kg") * factor


def test_adding_non_masses_is_a_type_error() -> None:
    mass = Mass.of(1, "kg")
    with pytest.raises(TypeError):
        mass + 1
    with pytest.raises(TypeError):
        1 + mass
    with pytest.raises(TypeError):
        mass - 0
    assert 0 + mass is mass


def test_comparison_with_other_types() -> None:
    mass = Mass.of(1, "kg")
    assert mass != 1
    assert mass != Decimal(1)
    assert mass != "1 kg"
    with pytest.raises(TypeError):
        _ = mass < 2
    with pytest.raises(TypeError):
        _ = mass >= Decimal(0)


def test_ordering_across_units() -> None:
    assert Mass.of(1, "lb") < Mass.of("0.5", "kg")
    assert Mass.of(1, "kg") > Mass.of(2, "lb")
    assert Mass.of(1, "kg") < Mass.of("2.3", "lb")
    assert Mass.of(35, "lb") <= Mass.of("15.87573295", "kg")
    assert Mass.of(35, "lb") >= Mass.of("15.87573295", "kg")


# ------------------------------------------------------------------ display


def test_display_rounds_half_up() -> None:
    assert Mass.of("0.25", "kg").display_value("kg") == Decimal("0.3")
    assert Mass.of("0.35", "kg").display_value("kg") == Decimal("0.4")
    assert Mass.of("2.5", "kg").display_value("kg", places=0) == Decimal(3)
    assert Mass.of("0.249", "kg").display_value("kg") == Decimal("0.2")


def test_display_value_has_the_requested_places() -> None:
    mass = Mass.of(35, "lb")
    assert str(mass.display_value("kg", 0)) == "16"
    assert str(mass.display_value("kg", 2)) == "15.88"
    assert str(mass.display_value("kg", 4)) == "15.8757"
    assert str(mass.display_value("lb", 2)) == "35.00"


@pytest.mark.parametrize(
    ("mass", "unit", "places", "expected"),
    [
        (Mass.of(55, "lb"), None, 1, "55 lb"),
        (Mass.of("55.00", "lb"), None, 1, "55 lb"),
        (Mass.of("24.9", "kg"), None, 1, "24.9 kg"),
        (Mass.of(35, "lb"), "kg", 1, "15.9 kg"),
        (Mass.of(35, "lb"), MassUnit.KG, 3, "15.876 kg"),
        (Mass.of("24.96", "kg"), None, 1, "25.0 kg"),
        (Mass.of("24.96", "kg"), None, 0, "25 kg"),
        (Mass.of(0, "kg"), "lb", 1, "0 lb"),
        (Mass.of("1E+3", "kg"), None, 1, "1000 kg"),
        (Mass.of("0.45359237", "kg"), "lb", 2, "1 lb"),
    ],
)
def test_format(mass: Mass, unit: MassUnit | str | None, places: int, expected: str) -> None:
    assert mass.format(unit, places) == expected


@pytest.mark.parametrize("places", [-1, 1.5, True, "1"])
def test_bad_places_are_refused(places: Any) -> None:
    with pytest.raises(ValueError):
        Mass.of(1, "kg").display_value("kg", places)
    with pytest.raises(ValueError):
        Mass.of("1.5", "kg").format("kg", places)


def test_display_with_unknown_unit() -> None:
    with pytest.raises(ValidationError) as caught:
        Mass.of(1, "kg").display_value("stone")
    assert caught.value.field == "unit"


def test_in_unit_accepts_names() -> None:
    mass = Mass.of(2, "lb")
    assert mass.in_unit("KG") == 2 * KG_IN_ONE_LB
    assert mass.in_unit(MassUnit.LB) == 2


# ------------------------------------------------------------------ properties


@given(masses)
def test_dict_round_trip(mass: Mass) -> None:
    data = mass.to_dict()
    assert isinstance(data["value"], str)
    restored = Mass.from_dict(data)
    assert restored == mass
    assert restored.unit is mass.unit
    assert str(restored.value) == str(mass.value)
    assert restored.value.as_tuple() == mass.value.as_tuple()


@given(values, units)
def test_text_round_trip_through_of(value: Decimal, unit: MassUnit) -> None:
    mass = Mass.of(f" {value} ", f" {unit.value.upper()} ")
    assert mass.value.as_tuple() == value.as_tuple()
    assert mass.unit is unit


@given(values)
def test_pounds_to_kg_and_back_is_exact(value: Decimal) -> None:
    pounds = Mass(value, MassUnit.LB)
    assert pounds.kg == Fraction(value) * KG_IN_ONE_LB
    as_kg = pounds + Mass.of(0, "kg")
    assert as_kg.unit is MassUnit.KG
    assert Fraction(as_kg.value) == Fraction(value) * KG_IN_ONE_LB
    assert as_kg.lb == Fraction(value)
    assert as_kg == pounds


@given(values)
def test_kg_to_pounds_is_exact(value: Decimal) -> None:
    kilograms = Mass(value, MassUnit.KG)
    assert kilograms.lb * KG_IN_ONE_LB == Fraction(value)
    assert kilograms.in_unit("lb") == Fraction(value) / KG_IN_ONE_LB


@given(masses, masses)
def test_addition_is_commutative_and_exact(a: Mass, b: Mass) -> None:
    left = a + b
    right = b + a
    assert left.kg == right.kg == reference_kg(a) + reference_kg(b)
    assert left.unit is right.unit
    if a.unit is b.unit:
        assert left.unit is a.unit
        assert left.value == a.value + b.value
    else:
        assert left.unit is MassUnit.KG


@given(masses, masses, masses)
def test_addition_is_associative(a: Mass, b: Mass, c: Mass) -> None:
    grouped_left = (a + b) + c
    grouped_right = a + (b + c)
    assert grouped_left == grouped_right
    assert grouped_left.kg == reference_kg(a) + reference_kg(b) + reference_kg(c)


@given(st.lists(masses, min_size=1, max_size=8))
def test_sum_matches_kg_sum(parts: list[Mass]) -> None:
    total = sum(parts)
    assert isinstance(total, Mass)
    assert total.kg == sum((reference_kg(part) for part in parts), Fraction(0))
    if all(part.unit is parts[0].unit for part in parts):
        assert total.unit is parts[0].unit


@given(masses, masses)
def test_ordering_agrees_with_kg(a: Mass, b: Mass) -> None:
    ka, kb = reference_kg(a), reference_kg(b)
    assert (a < b) == (ka < kb)
    assert (a <= b) == (ka <= kb)
    assert (a > b) == (ka > kb)
    assert (a >= b) == (ka >= kb)
    assert (a == b) == (ka == kb)
    assert (a != b) == (ka != kb)


@given(st.lists(masses, max_size=8))
def test_sorting_follows_kg(parts: list[Mass]) -> None:
    ordered = [reference_kg(mass) for mass in sorted(parts)]
    assert ordered == sorted(reference_kg(mass) for mass in parts)


@given(masses)
def test_equal_masses_in_other_units_hash_alike(mass: Mass) -> None:
    other_unit = MassUnit.KG if mass.unit is MassUnit.LB else MassUnit.LB
    converted = mass + Mass.of(0, other_unit)
    assert converted == mass
    assert hash(converted) == hash(mass)


@given(masses, st.integers(min_value=0, max_value=1000))
def test_multiplication_is_exact(mass: Mass, quantity: int) -> None:
    product = mass * quantity
    assert product.unit is mass.unit
    assert product.kg == reference_kg(mass) * quantity
    assert quantity * mass == product


@given(masses, masses)
def test_subtraction_undoes_addition(a: Mass, b: Mass) -> None:
    if reference_kg(a) >= reference_kg(b):
        difference = a - b
        assert difference.kg == reference_kg(a) - reference_kg(b)
        assert difference + b == a
        if a.unit is b.unit:
            assert difference.unit is a.unit
    else:
        with pytest.raises(ValidationError) as caught:
            a - b
        assert caught.value.field == "mass"


@given(masses, units, st.integers(min_value=0, max_value=6))
def test_display_value_is_close_and_leaves_value_alone(
    mass: Mass, unit: MassUnit, places: int
) -> None:
    before = mass.value.as_tuple()
    shown = mass.display_value(unit, places)
    assert mass.value.as_tuple() == before
    assert shown.as_tuple().exponent == -places
    exact = reference_in(mass, unit)
    assert abs(Fraction(shown) - exact) <= Fraction(1, 2 * 10**places)
    formatted = mass.format(unit, places)
    assert mass.value.as_tuple() == before
    number, name = formatted.split(" ")
    assert name == unit.value
    assert abs(Fraction(Decimal(number)) - exact) <= Fraction(1, 2 * 10**places)

"""Tests for sledplanner.domain.gear: validated inventory items and their stored form."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import MIN_ITEM_KG, GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.surfaces import SURFACE_KEYS
from sledplanner.domain.units import Mass, MassUnit

KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)


def bell(**changes: Any) -> GearItem:
    """The blog's heavier kettlebell, 35 lb, with ``changes`` applied."""
    fields: dict[str, Any] = {
        "kind": GearKind.KETTLEBELL,
        "name": "Kettlebell 35 lb",
        "mass": Mass.of("35", "lb"),
    }
    fields.update(changes)
    return GearItem(**fields)


def r2_sled(**changes: Any) -> GearItem:
    """The blog's Rage Fitness R2 sled (suits grass), weighed at 20 lb."""
    fields: dict[str, Any] = {
        "kind": GearKind.SLED,
        "name": "R2 Weight Training Pull Sled",
        "brand": "Rage Fitness",
        "mass": Mass.of("20", "lb"),
        "surfaces": frozenset({"grass"}),
    }
    fields.update(changes)
    return GearItem(**fields)


def field_of(excinfo: pytest.ExceptionInfo[ValidationError]) -> str:
    return excinfo.value.field


# ------------------------------------------------------------------ validation


def test_a_valid_item_keeps_what_it_was_given() -> None:
    item = bell(quantity=2, unit_price=Money.of("60.00", "USD"), brand="  Rogue  ")
    assert item.kind is GearKind.KETTLEBELL
    assert item.status is GearStatus.OWNED
    assert item.brand == "Rogue"
    assert str(item.mass) == "35 lb"
    assert item.total_mass == Mass.of("70", "lb")
    assert item.total_price == Money.of("120", "USD")
    assert item.loadable
    assert not r2_sled().loadable


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_name_must_not_be_empty(name: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(name=name)
    assert field_of(excinfo) == "name"


def test_name_is_stripped() -> None:
    assert bell(name="  Kettlebell 35 lb ").name == "Kettlebell 35 lb"


def test_name_over_200_characters_is_refused() -> None:
    assert bell(name="x" * 200).name == "x" * 200
    with pytest.raises(ValidationError) as excinfo:
        bell(name="x" * 201)
    assert field_of(excinfo) == "name"


@pytest.mark.parametrize(
    ("value", "unit"),
    [("0", "kg"), ("0.000", "lb"), ("500.0001", "kg"), ("1102.32", "lb"), ("1E+3", "kg")],
)
def test_mass_must_be_above_zero_and_at_most_500_kg(value: str, unit: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(mass=Mass.of(value, unit))
    assert field_of(excinfo) == "mass"


@pytest.mark.parametrize(
    ("value", "unit"), [("500", "kg"), ("500.0000", "kg"), ("1102", "lb"), ("0.001", "kg")]
)
def test_mass_at_or_under_500_kg_is_accepted(value: str, unit: str) -> None:
    assert str(bell(mass=Mass.of(value, unit)).mass) == f"{value} {unit}"


def test_the_lb_limit_sits_between_1102_and_1102_32_lb() -> None:
    # 500 kg is 1102.311... lb: the limit is on the exact mass, not on a rounded pound figure.
    assert Fraction(1102) * KG_IN_ONE_LB < 500 < Fraction("1102.32") * KG_IN_ONE_LB
    bell(mass=Mass.of("1102.31", "lb"))
    with pytest.raises(ValidationError, match="500 kg"):
        bell(mass=Mass.of("1102.32", "lb"))


def test_mass_must_be_a_mass() -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(mass="35 lb")
    assert field_of(excinfo) == "mass"


@pytest.mark.parametrize("quantity", [0, -1, True, False, 10_001, 2.0, "3"])
def test_quantity_must_be_a_whole_number_from_1_to_10000(quantity: object) -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(quantity=quantity)
    assert field_of(excinfo) == "quantity"


@pytest.mark.parametrize("quantity", [1, 10_000])
def test_quantity_limits_are_inclusive(quantity: int) -> None:
    assert bell(quantity=quantity).quantity == quantity


def test_negative_price_is_refused_and_zero_is_accepted() -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(unit_price=Money.of("-0.01", "USD"))
    assert field_of(excinfo) == "unit_price"
    assert bell(unit_price=Money.of("0", "USD")).total_price == Money.of("0", "USD")


@pytest.mark.parametrize("kind", [GearKind.KETTLEBELL, GearKind.PLATE, GearKind.HARNESS])
def test_only_a_sled_has_surfaces(kind: GearKind) -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(kind=kind, surfaces=frozenset({"grass"}))
    assert field_of(excinfo) == "surfaces"


def test_only_a_sled_has_a_maximum_load() -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(max_load=Mass.of("100", "kg"))
    assert field_of(excinfo) == "max_load"
    assert r2_sled(max_load=Mass.of("100", "kg")).max_load == Mass.of("100", "kg")


@pytest.mark.parametrize("max_load", [Mass.of("0", "kg"), Mass.of("501", "kg")])
def test_maximum_load_follows_the_item_mass_limits(max_load: Mass) -> None:
    with pytest.raises(ValidationError) as excinfo:
        r2_sled(max_load=max_load)
    assert field_of(excinfo) == "max_load"


@pytest.mark.parametrize("surfaces", [{"ice"}, {"grass", "pavement"}])
def test_unknown_surface_key_names_the_surfaces_field(surfaces: set[str]) -> None:
    with pytest.raises(ValidationError, match="unknown surface") as excinfo:
        r2_sled(surfaces=frozenset(surfaces))
    assert field_of(excinfo) == "surfaces"


def test_surface_keys_are_normalised() -> None:
    assert r2_sled(surfaces=frozenset({" Grass ", "TURF"})).surfaces == {"grass", "turf"}
    assert r2_sled().suits("grass")
    assert not r2_sled().suits("concrete")


@pytest.mark.parametrize(("field", "value"), [("kind", "sleigh"), ("status", "lost")])
def test_unknown_kind_or_status_text_is_refused(field: str, value: str) -> None:
    with pytest.raises(ValidationError, match="is not one of") as excinfo:
        bell(**{field: value})
    assert field_of(excinfo) == field


def test_kind_and_status_text_is_read_in_any_case() -> None:
    item = bell(kind=" Kettlebell ", status="WISHLIST")
    assert item.kind is GearKind.KETTLEBELL
    assert item.status is GearStatus.WISHLIST


@pytest.mark.parametrize("purchased_on", ["2026-01-15", 20260115])
def test_purchase_date_must_be_a_date(purchased_on: object) -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(purchased_on=purchased_on)
    assert field_of(excinfo) == "purchased_on"


@pytest.mark.parametrize("record_id", ["", 7, None])
def test_id_must_be_non_empty_text(record_id: object) -> None:
    with pytest.raises(ValidationError) as excinfo:
        bell(id=record_id)
    assert field_of(excinfo) == "id"


@pytest.mark.parametrize(("field", "limit"), [("brand", 200), ("notes", 10_000)])
def test_brand_and_notes_have_length_limits(field: str, limit: int) -> None:
    bell(**{field: "a" * limit})
    with pytest.raises(ValidationError) as excinfo:
        bell(**{field: "a" * (limit + 1)})
    assert field_of(excinfo) == field


# ------------------------------------------------------------------ copies


def test_duplicate_gets_a_new_id_and_copy_in_its_name() -> None:
    item = r2_sled(quantity=2, unit_price=Money.of("89.99", "USD"), notes="grass only")
    copy = item.duplicate()
    assert copy.id != item.id
    assert copy.name == "R2 Weight Training Pull Sled (copy)"
    assert copy.to_dict() == {**item.to_dict(), "id": copy.id, "name": copy.name}
    assert copy.duplicate().id not in {item.id, copy.id}


def test_duplicate_keeps_a_name_that_has_no_room_for_copy() -> None:
    assert bell(name="x" * 193).duplicate().name == "x" * 193 + " (copy)"
    assert bell(name="x" * 194).duplicate().name == "x" * 194


def test_with_changes_keeps_the_id_and_checks_the_result() -> None:
    item = r2_sled()
    heavier = item.with_changes(mass=Mass.of("25", "lb"))
    assert heavier.id == item.id
    assert heavier.mass == Mass.of("25", "lb")
    assert item.mass == Mass.of("20", "lb")
    with pytest.raises(ValidationError) as excinfo:
        item.with_changes(kind=GearKind.KETTLEBELL)
    assert field_of(excinfo) == "surfaces"
    with pytest.raises(ValidationError) as excinfo:
        item.with_changes(quantity=0)
    assert field_of(excinfo) == "quantity"


# ------------------------------------------------------------------ stored form


def test_to_dict_matches_the_file_format() -> None:
    item = r2_sled(
        quantity=1,
        unit_price=Money.of("89.90", "usd"),
        purchased_on=date(2023, 8, 12),
        max_load=Mass.of("22.50", "kg"),
        surfaces=frozenset({"turf", "grass"}),
        notes="Works on grass; not on pavement.",
        id="r2",
    )
    assert item.to_dict() == {
        "id": "r2",
        "kind": "sled",
        "name": "R2 Weight Training Pull Sled",
        "brand": "Rage Fitness",
        "mass": {"value": "20", "unit": "lb"},
        "quantity": 1,
        "unit_price": {"amount": "89.90", "currency": "USD"},
        "status": "owned",
        "purchased_on": "2023-08-12",
        "surfaces": ["grass", "turf"],
        "max_load": {"value": "22.50", "unit": "kg"},
        "notes": "Works on grass; not on pavement.",
    }


def mass_texts(unit: MassUnit) -> st.SearchStrategy[str]:
    whole = st.integers(0, 499 if unit is MassUnit.KG else 1101)
    fraction = st.text("0123456789", max_size=4)
    return st.builds(lambda w, f: f"{w}.{f}" if f else str(w), whole, fraction)


@st.composite
def masses(draw: st.DrawFn) -> Mass:
    unit = draw(st.sampled_from(MassUnit))
    mass = Mass.of(draw(mass_texts(unit)), unit)
    if mass.kg < MIN_ITEM_KG:  # under 1 g is refused as a typing slip: not an item's mass
        mass = Mass.of("0.05", unit)
    return mass


texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30)
names = texts.filter(lambda text: bool(text.strip()))
prices = st.builds(
    Money.of,
    st.decimals(min_value=0, max_value=100_000, places=2).map(str),
    st.sampled_from(["USD", "EUR", "GBP", "JPY"]),
)


@st.composite
def gear_items(draw: st.DrawFn) -> GearItem:
    kind = draw(st.sampled_from(GearKind))
    is_sled = kind is GearKind.SLED
    return GearItem(
        kind=kind,
        name=draw(names),
        mass=draw(masses()),
        quantity=draw(st.integers(1, 10_000)),
        brand=draw(texts),
        unit_price=draw(st.none() | prices),
        status=draw(st.sampled_from(GearStatus)),
        purchased_on=draw(st.none() | st.dates(date(1900, 1, 1), date(2199, 12, 31))),
        surfaces=draw(st.frozensets(st.sampled_from(SURFACE_KEYS))) if is_sled else frozenset(),
        max_load=draw(st.none() | masses()) if is_sled else None,
        notes=draw(texts),
        id=draw(st.uuids().map(lambda u: u.hex) | names.map(str.strip)),
    )


@given(gear_items())
def test_to_dict_from_dict_round_trip_keeps_every_field_exactly(item: GearItem) -> None:
    stored = json.loads(json.dumps(item.to_dict()))
    back = GearItem.from_dict(stored)
    assert back == item
    assert back.to_dict() == item.to_dict()
    for name in ("id", "kind", "name", "brand", "quantity", "status", "purchased_on", "notes"):
        assert getattr(back, name) == getattr(item, name), name
    assert back.surfaces == item.surfaces
    # Masses and prices keep their text, not only their value: "22.50 kg" stays "22.50 kg".
    assert str(back.mass) == str(item.mass)
    assert back.mass.unit is item.mass.unit
    assert str(back.max_load) == str(item.max_load)
    assert str(back.unit_price) == str(item.unit_price)


def test_round_trip_keeps_trailing_zeros_of_a_mass() -> None:
    item = bell(mass=Mass.of("22.50", "kg"), unit_price=Money.of("19.90", "EUR"))
    back = GearItem.from_dict(item.to_dict())
    assert back.mass.value.as_tuple() == Decimal("22.50").as_tuple()
    assert back.to_dict()["mass"] == {"value": "22.50", "unit": "kg"}
    assert back.to_dict()["unit_price"] == {"amount": "19.90", "currency": "EUR"}


def minimal_record(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": "bell-35",
        "kind": "kettlebell",
        "name": "Kettlebell 35 lb",
        "mass": {"value": "35", "unit": "lb"},
    }
    record.update(changes)
    return {key: value for key, value in record.items() if value is not ...}


def test_from_dict_fills_optional_fields_with_defaults() -> None:
    item = GearItem.from_dict(minimal_record())
    assert item.quantity == 1
    assert item.status is GearStatus.OWNED
    assert item.unit_price is None
    assert item.max_load is None
    assert item.purchased_on is None
    assert item.surfaces == frozenset()
    assert item.brand == item.notes == ""


@pytest.mark.parametrize("missing", ["kind", "name", "mass"])
def test_from_dict_names_a_missing_field(missing: str) -> None:
    with pytest.raises(ValidationError, match="is missing") as excinfo:
        GearItem.from_dict(minimal_record(**{missing: ...}))
    assert field_of(excinfo) == missing


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"mass": {"value": "35"}}, "mass"),
        ({"mass": {"unit": "lb"}}, "mass"),
        ({"mass": {"value": "-3", "unit": "kg"}}, "mass"),
        ({"mass": {"value": 35, "unit": "lb"}}, "mass"),
        ({"mass": {"value": "35", "unit": "stone"}}, "mass"),
        ({"mass": "35 lb"}, "mass"),
        ({"unit_price": {"amount": "5"}}, "unit_price"),
        ({"unit_price": {"amount": "five", "currency": "USD"}}, "unit_price"),
        ({"unit_price": {"amount": "5", "currency": "dollars"}}, "unit_price"),
        ({"unit_price": "5 USD"}, "unit_price"),
        ({"kind": "sled", "max_load": {"value": "x", "unit": "kg"}}, "max_load"),
        ({"kind": "sled", "max_load": {"value": "100"}}, "max_load"),
        ({"surfaces": "grass"}, "surfaces"),
        ({"surfaces": ["grass", 3]}, "surfaces"),
        ({"kind": "sled", "surfaces": ["ice"]}, "surfaces"),
        ({"purchased_on": "2026-02-30"}, "purchased_on"),
        ({"purchased_on": 2026}, "purchased_on"),
        ({"quantity": "2"}, "quantity"),
        ({"kind": None}, "kind"),
        ({"status": "sold"}, "status"),
        ({"name": 5}, "name"),
        ({"brand": 5}, "brand"),
        ({"id": 5}, "id"),
    ],
)
def test_from_dict_names_the_bad_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        GearItem.from_dict(minimal_record(**changes))
    assert field_of(excinfo) == field


def test_from_dict_refuses_a_record_that_is_not_an_object() -> None:
    with pytest.raises(ValidationError) as excinfo:
        GearItem.from_dict(["kettlebell"])  # type: ignore[arg-type]
    assert field_of(excinfo) == "gear"


@pytest.mark.parametrize("day", [date(1899, 12, 31), date(2200, 1, 1), date(9999, 12, 31)])
def test_dates_outside_1900_to_2199_are_refused(day: date) -> None:
    with pytest.raises(ValidationError) as caught:
        GearItem(kind="kettlebell", name="Bell", mass=Mass.of("16", "kg"), purchased_on=day)
    assert caught.value.field == "purchased_on"
    assert "outside 1900–2199" in caught.value.message


def test_a_mass_under_one_gram_and_a_price_over_ten_million_are_refused() -> None:
    with pytest.raises(ValidationError, match="under 1 g"):
        GearItem(kind="plate", name="Dust", mass=Mass.of("1E-30", "kg"))
    with pytest.raises(ValidationError) as caught:
        GearItem(
            kind="plate",
            name="Gold plate",
            mass=Mass.of("5", "kg"),
            unit_price=Money.of("10000000.01", "USD"),
        )
    assert caught.value.field == "unit_price"

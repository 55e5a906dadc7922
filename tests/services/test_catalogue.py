"""Tests for the built-in catalogue: the shipped file and sledplanner.domain.catalogue."""

from __future__ import annotations

import json
from fractions import Fraction
from typing import Any

import pytest

from sledplanner.domain.catalogue import CatalogueEntry, parse_catalogue
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.surfaces import SURFACE_KEYS
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import catalogue
from sledplanner.services.resources import resource_path

KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)
R2 = "R2 Weight Training Pull Sled"


@pytest.fixture(scope="module")
def entries() -> tuple[CatalogueEntry, ...]:
    return catalogue()


@pytest.fixture(scope="module")
def raw() -> Any:
    return json.loads(resource_path("data", "catalogue.json").read_text("utf-8"))


def masses_in(entries: tuple[CatalogueEntry, ...], group: str) -> list[Mass]:
    found = [e.mass for e in entries if e.group == group]
    assert found, f"no group {group!r}"
    assert all(m is not None for m in found)
    return [m for m in found if m is not None]


def test_the_shipped_file_parses(entries: tuple[CatalogueEntry, ...], raw: Any) -> None:
    assert len(entries) == sum(len(group["items"]) for group in raw["groups"])
    assert entries == tuple(parse_catalogue(raw))
    assert len({entry.key for entry in entries}) == len(entries)


def test_kg_kettlebell_series(entries: tuple[CatalogueEntry, ...]) -> None:
    masses = masses_in(entries, "Kettlebells, kg series")
    assert [str(m) for m in masses] == [
        f"{kg} kg" for kg in (4, 6, 8, 12, 16, 20, 24, 28, 32, 36, 40, 48)
    ]
    assert all(e.kind is GearKind.KETTLEBELL for e in entries if e.group.startswith("Kettle"))


def test_kg_bells_name_their_us_pound_size_within_a_pound(
    entries: tuple[CatalogueEntry, ...],
) -> None:
    # DOMAIN.md §6: vendors sell 16 kg as 35 lb, 24 kg as 53 lb and so on.
    for entry in entries:
        if entry.group != "Kettlebells, kg series":
            continue
        assert entry.mass is not None
        pounds = int(entry.notes.split(" as a ")[1].split(" lb")[0])
        assert abs(pounds - entry.mass.lb) < 1, entry.name


def test_lb_kettlebell_series(entries: tuple[CatalogueEntry, ...]) -> None:
    masses = masses_in(entries, "Kettlebells, lb series")
    assert all(m.unit is MassUnit.LB for m in masses)
    pounds = [int(m.value) for m in masses]
    assert pounds[:10] == list(range(5, 55, 5))
    assert pounds[10:] == list(range(60, 110, 10))


def test_kg_and_lb_plates(entries: tuple[CatalogueEntry, ...]) -> None:
    kg = masses_in(entries, "Plates, kg")
    lb = masses_in(entries, "Plates, lb")
    assert {str(m) for m in kg} == {
        f"{v} kg" for v in ("25", "20", "15", "10", "5", "2.5", "2", "1.5", "1", "0.5")
    }
    assert {str(m) for m in lb} == {f"{v} lb" for v in ("2.5", "5", "10", "25", "35", "45")}
    assert all(e.kind is GearKind.PLATE for e in entries if e.group.startswith("Plates"))


def test_the_blog_sled_has_no_mass_and_suits_grass(entries: tuple[CatalogueEntry, ...]) -> None:
    (r2,) = [e for e in entries if e.name == R2]
    assert r2.kind is GearKind.SLED
    assert r2.brand == "Rage Fitness"
    assert r2.mass is None
    assert r2.surfaces == {"grass"}
    assert "concrete" not in r2.surfaces
    assert "pavement" in r2.notes


def test_an_entry_without_a_mass_needs_one(entries: tuple[CatalogueEntry, ...]) -> None:
    (r2,) = [e for e in entries if e.name == R2]
    with pytest.raises(ValidationError, match=R2) as excinfo:
        r2.to_item()
    assert excinfo.value.field == "mass"
    item = r2.to_item(mass=Mass.of("20", "lb"), unit_price=Money.of("89.99", "USD"))
    assert item.mass == Mass.of("20", "lb")
    assert item.kind is GearKind.SLED
    assert item.surfaces == {"grass"}
    assert item.brand == "Rage Fitness"
    assert item.unit_price == Money.of("89.99", "USD")


def test_the_blog_bells_add_up_to_55_lb(entries: tuple[CatalogueEntry, ...]) -> None:
    named = {e.name: e for e in entries}
    light = named["Kettlebell 20 lb"].mass
    heavy = named["Kettlebell 35 lb"].mass
    assert light is not None
    assert heavy is not None
    assert light + heavy == Mass.of("55", "lb")
    assert "blog" in named["Kettlebell 20 lb"].notes and "blog" in named["Kettlebell 35 lb"].notes
    single = named["Kettlebell 24 kg"]
    assert single.mass == Mass.of("24", "kg")
    assert "blog" in single.notes


def test_no_piece_of_gear_is_listed_twice(entries: tuple[CatalogueEntry, ...]) -> None:
    seen: dict[tuple[str, object], str] = {}
    for entry in entries:
        if entry.mass is None:
            continue
        key = (entry.kind.value, entry.mass.kg)
        assert key not in seen, f"{entry.name} ({entry.group}) repeats {seen[key]}"
        seen[key] = f"{entry.name} ({entry.group})"
    assert len(seen) >= 40


def test_to_item_uses_the_entry_and_the_choices(entries: tuple[CatalogueEntry, ...]) -> None:
    entry = next(e for e in entries if e.name == "Kettlebell 16 kg")
    item = entry.to_item(status=GearStatus.WISHLIST, quantity=2)
    assert (item.kind, item.name, str(item.mass)) == (GearKind.KETTLEBELL, entry.name, "16 kg")
    assert item.status is GearStatus.WISHLIST
    assert item.quantity == 2
    assert item.unit_price is None
    assert item.notes == entry.notes
    assert entry.to_item().id != entry.to_item().id
    with pytest.raises(ValidationError) as excinfo:
        entry.to_item(quantity=0)
    assert excinfo.value.field == "quantity"


def test_every_entry_makes_a_valid_item(entries: tuple[CatalogueEntry, ...]) -> None:
    for entry in entries:
        item = entry.to_item(mass=None if entry.mass else Mass.of("10", "kg"))
        assert isinstance(item, GearItem)
        assert item.surfaces <= set(SURFACE_KEYS)
        assert GearItem.from_dict(item.to_dict()) == item


def test_no_prices_anywhere(raw: Any) -> None:
    def keys(value: Any) -> set[str]:
        if isinstance(value, dict):
            return set(value).union(*(keys(v) for v in value.values()))
        if isinstance(value, list):
            return set().union(*(keys(v) for v in value))
        return set()

    found = {k for k in keys(raw) if "price" in k.lower() or "amount" in k.lower()}
    assert found == set()
    assert "$" not in json.dumps(raw)


def test_every_estimated_mass_says_so(entries: tuple[CatalogueEntry, ...]) -> None:
    estimates = [e for e in entries if e.mass_is_estimate]
    assert estimates, "the Prowler-style sled and the harness are estimates"
    for entry in estimates:
        assert entry.mass is not None
        assert "estimate" in entry.notes.lower(), entry.name


def test_parse_catalogue_reads_a_small_file() -> None:
    data = {
        "groups": [
            {
                "name": "Mine",
                "items": [
                    {"kind": "Sled", "name": "Tyre", "mass": None, "surfaces": ["grass"]},
                    {
                        "kind": "plate",
                        "name": "Plate 10 lb",
                        "mass": {"value": "10.0", "unit": "lb"},
                        "mass_is_estimate": True,
                        "notes": "an estimate",
                    },
                ],
            }
        ]
    }
    tyre, plate = parse_catalogue(data)
    assert tyre == CatalogueEntry(
        "Mine", GearKind.SLED, "Tyre", None, surfaces=frozenset({"grass"})
    )
    assert tyre.key == "Mine/Tyre"
    assert str(plate.mass) == "10.0 lb"
    assert plate.mass_is_estimate
    assert parse_catalogue({}) == []


def test_parse_catalogue_refuses_an_unknown_kind() -> None:
    data = {"groups": [{"name": "Mine", "items": [{"kind": "sleigh", "name": "x"}]}]}
    with pytest.raises(ValidationError) as excinfo:
        parse_catalogue(data)
    assert excinfo.value.field == "kind"

"""Tests for sledplanner.domain.surfaces: presets, drag force and μ calibration (DOMAIN.md §2)."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.surfaces import (
    SURFACE_KEYS,
    SURFACES,
    calibrate_mu,
    drag_force,
    format_surfaces,
    parse_surfaces,
    surface,
)
from sledplanner.domain.units import Mass

SLED = Mass.of("20", "lb")
LOAD = Mass.of("55", "lb")  # the blog's 20 lb + 35 lb kettlebells


def test_presets_match_the_domain_table() -> None:
    assert {s.key: s.mu for s in SURFACES} == {
        "grass": Decimal("0.40"),
        "turf": Decimal("0.30"),
        "slick_turf": Decimal("0.21"),
        "concrete": Decimal("0.45"),
        "rubber": Decimal("0.60"),
        "pooled": Decimal("0.33"),
    }
    assert tuple(s.key for s in SURFACES) == SURFACE_KEYS
    estimates = {s.key for s in SURFACES if s.estimate}
    assert estimates == {"grass", "turf", "rubber"}
    for preset in SURFACES:
        assert ("estimate" in preset.source) == preset.estimate, preset.key


def test_surface_lookup_ignores_case_and_spaces() -> None:
    assert surface(" Grass ").key == "grass"
    assert surface("SLICK_TURF").mu == Decimal("0.21")


@pytest.mark.parametrize("key", ["ice", "", "pavement", "grass;turf"])
def test_unknown_surface_is_refused(key: str) -> None:
    with pytest.raises(ValidationError, match="unknown surface") as excinfo:
        surface(key)
    assert excinfo.value.field == "surface"


def test_drag_force_test_vector() -> None:
    # DOMAIN.md §2: sled 20 lb + load 55 lb = 34.019 kg, μ = 0.33 -> F = 110.1 N ≈ 24.75 lbf.
    force = drag_force(SLED, LOAD, Decimal("0.33"))
    assert force.total == Mass.of("75", "lb")
    assert round(float(force.total.kg), 3) == 34.019
    assert force.total.kg == Fraction("34.01942775")
    assert round(float(force.newtons), 1) == 110.1
    assert round(float(force.pounds_force), 2) == 24.75
    # Exact: μ · m · g with nothing rounded on the way.
    assert force.newtons == Fraction("0.33") * Fraction("34.01942775") * Fraction("9.80665")


def test_drag_force_work_example_on_grass() -> None:
    # DOMAIN.md §5: F = 133.4 N for a 20 lb sled + 55 lb at μ 0.40 (the grass preset).
    force = drag_force(SLED, LOAD, surface("grass").mu)
    assert round(float(force.newtons), 1) == 133.4


def test_drag_force_mixes_units_exactly() -> None:
    force = drag_force(Mass.of("9.0718474", "kg"), LOAD, Decimal("0.33"))  # 20 lb in kg
    assert force.newtons == drag_force(SLED, LOAD, Decimal("0.33")).newtons


@given(st.decimals(min_value=Decimal("0.01"), max_value=2, places=2))
def test_rule_of_thumb_lbf_is_mu_times_pounds(mu: Decimal) -> None:
    # F[lbf] ≈ μ × total weight[lb]; only the rounded lbf constant separates them.
    force = drag_force(SLED, LOAD, mu)
    assert abs(force.pounds_force - Fraction(mu) * 75) < Fraction(1, 10_000)


@pytest.mark.parametrize("mu", ["0", "-0.1", "2.01", "NaN", "Infinity"])
def test_implausible_mu_is_refused(mu: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        drag_force(SLED, LOAD, Decimal(mu))
    assert excinfo.value.field == "friction"


def test_mu_of_exactly_2_is_accepted() -> None:
    assert drag_force(SLED, LOAD, Decimal("2")).mu == Decimal("2")


def test_calibrate_mu_from_a_luggage_scale_reading() -> None:
    # 24.75 lb on the scale while pulling 20 lb sled + 55 lb load: μ = 24.75 / 75 = 0.33.
    mu = calibrate_mu(Mass.of("24.75", "lb"), SLED, LOAD)
    assert mu == Decimal("0.33")
    assert mu.as_tuple().exponent == -3


def test_calibrate_mu_takes_the_reading_in_any_unit() -> None:
    reading = Mass.of("11.2264111575", "kg")  # 24.75 lb
    assert calibrate_mu(reading, SLED, LOAD) == Decimal("0.330")
    assert calibrate_mu(Mass.of("10", "kg"), SLED, LOAD) == Decimal("0.294")


def test_calibrated_mu_gives_back_the_reading_as_force() -> None:
    mu = calibrate_mu(Mass.of("30", "lb"), SLED, LOAD)
    assert mu == Decimal("0.400")
    assert round(float(drag_force(SLED, LOAD, mu).pounds_force), 2) == 30.0


@pytest.mark.parametrize("reading", ["0", "0.0001", "151", "1E+40"])
def test_calibrate_mu_refuses_an_implausible_reading(reading: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        calibrate_mu(Mass.of(reading, "lb"), SLED, LOAD)
    assert excinfo.value.field == "scale reading"


def test_calibrate_mu_refuses_nothing_to_pull() -> None:
    with pytest.raises(ValidationError) as excinfo:
        calibrate_mu(Mass.of("10", "lb"), Mass.of("0", "kg"), Mass.of("0", "lb"))
    assert excinfo.value.field == "sled"


def test_parse_surfaces_reads_the_csv_form() -> None:
    assert parse_surfaces("grass;TURF; ;rubber ") == {"grass", "turf", "rubber"}
    assert parse_surfaces("") == frozenset()
    with pytest.raises(ValidationError) as excinfo:
        parse_surfaces("grass;ice")
    assert excinfo.value.field == "surface"


def test_format_surfaces_writes_preset_order() -> None:
    assert format_surfaces(frozenset({"pooled", "grass", "concrete"})) == "grass;concrete;pooled"
    assert format_surfaces(frozenset()) == ""


@given(st.frozensets(st.sampled_from(SURFACE_KEYS)))
def test_format_then_parse_round_trips(keys: frozenset[str]) -> None:
    text = format_surfaces(keys)
    assert parse_surfaces(text) == keys
    assert parse_surfaces(text.upper().replace(";", " ; ")) == keys

"""Tests for sledplanner.domain.parsing: what a typed mass says when it cannot be read."""

from __future__ import annotations

import pytest

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.units import Mass, MassUnit


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_mass_is_asked_for_not_quoted(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_mass(text, MassUnit.LB, "max_load")
    assert caught.value.field == "max_load"
    assert caught.value.message == "is needed: type a number like 35 or 16 kg"


def test_text_that_is_no_mass_is_quoted() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_mass(" heavy ", MassUnit.KG)
    assert caught.value.message == "'heavy' is not a mass: type a number like 35 or 16 kg"


def test_a_mass_keeps_the_typed_number_and_unit() -> None:
    assert parse_mass("22,5", MassUnit.KG) == Mass.of("22.5", "kg")
    assert parse_mass("35 lb", MassUnit.KG) == Mass.of("35", "lb")

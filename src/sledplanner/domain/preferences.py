"""The user's choices that change how numbers are shown: display unit and currency."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.surfaces import surface
from sledplanner.domain.units import Mass, MassUnit

_CURRENCY = re.compile(r"[A-Z]{3}")


def check_currency(code: object) -> str:
    """Return ``code`` upper-cased when it looks like an ISO 4217 code."""
    text = code.strip().upper() if isinstance(code, str) else ""
    if not _CURRENCY.fullmatch(text):
        raise ValidationError("currency", f"'{code}' is not a three-letter ISO 4217 code")
    return text


@dataclass(frozen=True)
class Preferences:
    """The user's choices for one database: how to show masses and money, and planning defaults.

    Attributes:
        display_unit: The unit masses are shown in (kg or lb).
        currency: The currency of new prices and of the totals (ISO 4217).
        body_mass: The user's body mass, for loads given as a % of body mass.
        first_weekday: The first day of the week in the calendar (0 = Monday … 6 = Sunday).
        default_surface: The surface new sessions and plans start with.
        default_sled_id: The sled (a gear id) new sessions and plans start with.
    """

    display_unit: MassUnit = MassUnit.KG
    currency: str = "USD"
    body_mass: Mass | None = None
    first_weekday: int = 0
    default_surface: str | None = None
    default_sled_id: str | None = None

    def __post_init__(self) -> None:
        """Check and normalise every field."""
        object.__setattr__(self, "display_unit", MassUnit.parse(str(self.display_unit)))
        object.__setattr__(self, "currency", check_currency(self.currency))
        if self.body_mass is not None:
            if not isinstance(self.body_mass, Mass):
                raise ValidationError("body_mass", "must be a mass")
            kg = self.body_mass.kg
            if not 20 <= kg <= 400:
                raise ValidationError(
                    "body_mass", f"{self.body_mass} is not a body mass (20–400 kg)"
                )
        weekday = self.first_weekday
        if isinstance(weekday, bool) or not isinstance(weekday, int) or weekday not in range(7):
            raise ValidationError("first_weekday", "must be 0 (Monday) to 6 (Sunday)")
        if self.default_surface is not None:
            object.__setattr__(self, "default_surface", surface(self.default_surface).key)
        if self.default_sled_id is not None and not isinstance(self.default_sled_id, str):
            raise ValidationError("default_sled_id", "must be a gear id or empty")

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record."""
        return {
            "display_unit": self.display_unit.value,
            "currency": self.currency,
            "body_mass": self.body_mass.to_dict() if self.body_mass is not None else None,
            "first_weekday": self.first_weekday,
            "default_surface": self.default_surface,
            "default_sled_id": self.default_sled_id,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], defaults: Preferences | None = None) -> Preferences:
        """Rebuild from a stored record; missing fields take ``defaults``."""
        if not isinstance(data, Mapping):
            raise ValidationError("preferences", "record must be an object")
        base = defaults or cls()
        body = data.get("body_mass")
        return cls(
            display_unit=data.get("display_unit", base.display_unit),
            currency=data.get("currency", base.currency),
            body_mass=Mass.from_dict(body) if body else base.body_mass,
            first_weekday=data.get("first_weekday", base.first_weekday),
            default_surface=data.get("default_surface", base.default_surface),
            default_sled_id=data.get("default_sled_id", base.default_sled_id),
        )

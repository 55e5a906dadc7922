"""The user's choices that change how numbers are shown: display unit and currency."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.units import MassUnit

_CURRENCY = re.compile(r"[A-Z]{3}")


def check_currency(code: object) -> str:
    """Return ``code`` upper-cased when it looks like an ISO 4217 code."""
    text = code.strip().upper() if isinstance(code, str) else ""
    if not _CURRENCY.fullmatch(text):
        raise ValidationError("currency", f"'{code}' is not a three-letter ISO 4217 code")
    return text


@dataclass(frozen=True)
class Preferences:
    """Display unit for masses and currency for new prices and totals."""

    display_unit: MassUnit = MassUnit.KG
    currency: str = "USD"

    def __post_init__(self) -> None:
        """Check and normalise both fields."""
        object.__setattr__(self, "display_unit", MassUnit.parse(str(self.display_unit)))
        object.__setattr__(self, "currency", check_currency(self.currency))

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record."""
        return {"display_unit": self.display_unit.value, "currency": self.currency}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], defaults: Preferences | None = None) -> Preferences:
        """Rebuild from a stored record; missing fields take ``defaults``."""
        base = defaults or cls()
        return cls(
            display_unit=data.get("display_unit", base.display_unit),
            currency=data.get("currency", base.currency),
        )

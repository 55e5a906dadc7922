"""The user's progression rules: pain zones, sessions to progress, the weekly cap and reductions."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.progression.exact import _number
from sledplanner.domain.sessions import (
    check_scale,
)

Zone = Literal["safe", "acceptable", "too much"]

#: What a decision does to the next session's load.
Action = Literal["progress", "hold", "reduce"]

_ACTIONS: tuple[Action, ...] = ("progress", "hold", "reduce")

#: The highest a zone limit may be: a pain of 10 must always be "too much".
MAX_ZONE_LIMIT = 9

#: Allowed weekly increase cap, in percent, inclusive (DOMAIN §4: configurable 5–20 %).
CAP_PERCENT_RANGE = (Decimal(5), Decimal(20))

#: Allowed reduction after too much pain, in percent, inclusive (DOMAIN §4: −10 to −20 %).
REDUCTION_PERCENT_RANGE = (Decimal(10), Decimal(20))

#: Allowed number of settled sessions before a load goes up, inclusive (DOMAIN §4: at least 2).
SESSIONS_TO_PROGRESS_RANGE = (2, 10)


#: A rise above this percentage over two weeks draws a caution (Nielsen et al. 2014, JOSPT).
# ---------------------------------------------------------------------------- settings
@dataclass(frozen=True)
class PainZones:
    """Where pain during a session stops being safe, and stops being acceptable.

    Ratings are on the 0–10 scale. Pain up to ``safe_max`` is safe, up to ``acceptable_max``
    acceptable, and anything above is too much. Clinics draw the lines differently, so both are
    settings.

    Attributes:
        safe_max: The highest safe rating; 0 or more and below ``acceptable_max``.
        acceptable_max: The highest acceptable rating; at most 9.
    """

    safe_max: int = 2
    acceptable_max: int = 5

    def __post_init__(self) -> None:
        """Check both limits.

        Raises:
            ValidationError: On the field "pain zones" unless
                0 <= safe_max < acceptable_max <= 9, with whole numbers.
        """
        for value in (self.safe_max, self.acceptable_max):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValidationError(
                    "pain zones", f"the zone limits must be whole numbers, not {value!r}"
                )
        if not 0 <= self.safe_max < self.acceptable_max <= MAX_ZONE_LIMIT:
            raise ValidationError(
                "pain zones",
                "the safe limit must be 0 or more and below the acceptable limit, which must be "
                f"at most {MAX_ZONE_LIMIT}; got safe up to {self.safe_max} and acceptable up to "
                f"{self.acceptable_max}",
            )

    def zone(self, pain: int) -> Zone:
        """Tell which zone a pain rating is in.

        Args:
            pain: A whole-number rating from 0 to 10.

        Returns:
            "safe", "acceptable" or "too much".

        Raises:
            ValidationError: On the field "pain" for a rating that is not a whole number 0–10.
        """
        check_scale(pain, "pain")
        if pain <= self.safe_max:
            return "safe"
        if pain <= self.acceptable_max:
            return "acceptable"
        return "too much"

    def to_dict(self) -> dict[str, int]:
        """Describe the zones for the database.

        Returns:
            ``{"safe_max": 2, "acceptable_max": 5}`` for the defaults.
        """
        return {"safe_max": self.safe_max, "acceptable_max": self.acceptable_max}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PainZones:
        """Rebuild the zones from :meth:`to_dict`'s mapping; a missing limit takes its default.

        Args:
            data: The stored mapping.

        Returns:
            The checked zones.

        Raises:
            ValidationError: On the field "pain zones" for a bad mapping or bad limits.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("pain zones", "the saved pain zones must be a mapping")
        default = cls()
        return cls(
            safe_max=data.get("safe_max", default.safe_max),
            acceptable_max=data.get("acceptable_max", default.acceptable_max),
        )


def _percent(value: object, field_name: str, allowed: tuple[Decimal, Decimal]) -> Decimal:
    """Read a percentage given as a Decimal, int or text, and check it is within ``allowed``."""
    low, high = allowed
    words = f"must be a percentage from {_number(low)} to {_number(high)}"
    if isinstance(value, bool | float):
        raise ValidationError(field_name, f"{words} given as text or a whole number, not {value!r}")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | str):
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            raise ValidationError(field_name, f"{words}, not '{value}'") from None
    else:
        raise ValidationError(field_name, f"{words}, not {type(value).__name__}")
    if not number.is_finite() or not low <= number <= high:
        raise ValidationError(field_name, f"{words}, got {value}")
    return number


@dataclass(frozen=True)
class ProgressionSettings:
    """The user's progression rules; all of them are visible and editable (DOMAIN §4).

    Attributes:
        zones: The pain zones for pain during a session.
        weekly_cap_percent: The most a load may rise in a week over last week's load, 5–20 %.
            Ints and text are accepted and stored as a Decimal; floats are refused.
        reduction_percent: How much lighter the next session is after too much pain, 10–20 %
            (or one step, whichever is more).
        sessions_to_progress: How many settled sessions in a row at the current load are needed
            before it goes up, 2–10.
    """

    zones: PainZones = field(default_factory=PainZones)
    weekly_cap_percent: Decimal = Decimal(10)
    reduction_percent: Decimal = Decimal(10)
    sessions_to_progress: int = 2

    def __post_init__(self) -> None:
        """Check every field.

        Raises:
            ValidationError: On "pain zones", "weekly cap", "reduction" or "sessions to
                progress", naming the first bad field.
        """
        if not isinstance(self.zones, PainZones):
            raise ValidationError("pain zones", "must be pain zones")
        object.__setattr__(
            self,
            "weekly_cap_percent",
            _percent(self.weekly_cap_percent, "weekly cap", CAP_PERCENT_RANGE),
        )
        object.__setattr__(
            self,
            "reduction_percent",
            _percent(self.reduction_percent, "reduction", REDUCTION_PERCENT_RANGE),
        )
        count: object = self.sessions_to_progress
        low, high = SESSIONS_TO_PROGRESS_RANGE
        if isinstance(count, bool) or not isinstance(count, int) or not low <= count <= high:
            raise ValidationError(
                "sessions to progress", f"must be a whole number from {low} to {high}, got {count}"
            )

    def to_dict(self) -> dict[str, Any]:
        """Describe the settings for the database; percentages are stored as exact text.

        Returns:
            A mapping with "zones", "weekly_cap_percent", "reduction_percent" and
            "sessions_to_progress".
        """
        return {
            "zones": self.zones.to_dict(),
            "weekly_cap_percent": str(self.weekly_cap_percent),
            "reduction_percent": str(self.reduction_percent),
            "sessions_to_progress": self.sessions_to_progress,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ProgressionSettings:
        """Rebuild the settings from :meth:`to_dict`'s mapping; a missing field takes its default.

        Args:
            data: The stored mapping.

        Returns:
            The checked settings.

        Raises:
            ValidationError: On the field of the first bad value, or "progression settings"
                when ``data`` is not a mapping.
        """
        if not isinstance(data, Mapping):
            raise ValidationError("progression settings", "the saved settings must be a mapping")
        default = cls()
        zones = data.get("zones")
        return cls(
            zones=default.zones if zones is None else PainZones.from_dict(zones),
            weekly_cap_percent=data.get("weekly_cap_percent", default.weekly_cap_percent),
            reduction_percent=data.get("reduction_percent", default.reduction_percent),
            sessions_to_progress=data.get("sessions_to_progress", default.sessions_to_progress),
        )

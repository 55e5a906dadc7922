"""Checks of the values a programme or template is made of."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    _field,
    check_day,
)
from sledplanner.domain.programme.words import _WEEKDAY_NAMES
from sledplanner.domain.units import Mass

# ------------------------------------------------------------------ checks


def _check_int(value: object, field_name: str, low: int, high: int) -> int:
    """Return a whole number from ``low`` to ``high``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field_name, "must be a whole number")
    if not low <= value <= high:
        raise ValidationError(field_name, f"must be from {low} to {high}, got {value}")
    return value


def _check_bool(value: object, field_name: str) -> bool:
    """Return ``value`` when it is True or False."""
    if not isinstance(value, bool):
        raise ValidationError(field_name, "must be true or false")
    return value


def _check_decimal(value: object, field_name: str) -> Decimal:
    """Return a finite Decimal from a Decimal, an int or text; floats are refused."""
    if isinstance(value, bool | float):
        raise ValidationError(field_name, "must be given as text or a whole number")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(field_name, f"'{value}' is not a number") from None
    else:
        raise ValidationError(field_name, "must be a number")
    if not number.is_finite():
        raise ValidationError(field_name, f"must be a finite number, got {value}")
    return number


def _check_date(value: object, field_name: str) -> date:
    """Return ``value`` when it is a date (not a date-time)."""
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ValidationError(field_name, "must be a date")
    return check_day(value, field_name)


def _check_weekdays(value: object) -> tuple[int, ...]:
    """Return distinct weekdays (0 = Monday … 6 = Sunday), sorted."""
    if isinstance(value, str | bytes) or not isinstance(value, Sequence | frozenset | set):
        raise ValidationError("weekdays", "must be a list of weekdays, 0 = Monday to 6 = Sunday")
    days: list[int] = []
    for day in value:
        if isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6:
            raise ValidationError("weekdays", f"{day!r} is not a weekday from 0 (Mon) to 6 (Sun)")
        if day in days:
            raise ValidationError("weekdays", f"{_WEEKDAY_NAMES[day]} is chosen twice")
        days.append(day)
    if not days:
        raise ValidationError("weekdays", "choose at least one day")
    return tuple(sorted(days))


def _check_mass(value: object, field_name: str) -> Mass:
    """Return ``value`` when it is a Mass."""
    if not isinstance(value, Mass):
        raise ValidationError(field_name, "must be a mass")
    return value


def _stored_mass(data: Mapping[str, Any], name: str) -> Mass | None:
    """Read an optional stored mass, naming ``name`` on failure."""
    value = data.get(name)
    return None if value is None else _field(Mass.from_dict, value, name)


def _stored_decimal(data: Mapping[str, Any], name: str) -> Decimal | None:
    """Read an optional stored decimal (written as text)."""
    value = data.get(name)
    return None if value is None else _check_decimal(value, name)

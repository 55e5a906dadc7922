"""Exact numbers from what a caller passes: text, int or Decimal, never a float or a bool."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sledplanner.domain.errors import ValidationError

__all__ = ["exact_decimal"]


def exact_decimal(value: object, field: str, noun: str) -> Decimal:
    """Turn a Decimal, int or str into a Decimal, rejecting floats and bools.

    Args:
        value: The number as given by the caller.
        field: The field named in an error, such as "mass" or "amount".
        noun: What the number is, with its article, for messages: "a mass", "an amount".

    Returns:
        The number as a Decimal, not yet checked for sign or finiteness.

    Raises:
        ValidationError: On ``field`` when the value is not a usable number.
    """
    if isinstance(value, bool):
        raise ValidationError(field, f"{noun} must be a number, not True or False")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        raise ValidationError(
            field,
            f"{noun} cannot be given as the float {value!r}: pass it as a string such as "
            f"'{value}' so that it stays exact",
        )
    if isinstance(value, str):
        try:
            return Decimal(value.strip())
        except InvalidOperation:
            raise ValidationError(field, f"'{value.strip()}' is not a number") from None
    raise ValidationError(
        field, f"{noun} must be a number given as text, int or Decimal, not {type(value).__name__}"
    )

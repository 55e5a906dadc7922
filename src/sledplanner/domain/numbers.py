"""Exact numbers from what a caller passes: text, int or Decimal, never a float or a bool."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation

from sledplanner.domain.errors import ValidationError

__all__ = ["exact_decimal", "saved_texts"]


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


def saved_texts(
    data: object, kind: str, record: str, keys: tuple[tuple[str, str, str], ...]
) -> tuple[str, ...]:
    """Read the text fields of a value saved as a mapping, such as a mass or an amount.

    Args:
        data: What the file holds.
        kind: What the value is, for the error on a value that is not a mapping ("mass").
        record: What the mapping is, for the error on a missing key ("money").
        keys: For each field: its key, the field an error names, and its noun in errors.

    Returns:
        The text of each field, in the order of ``keys``.

    Raises:
        ValidationError: The value is not a mapping, a key is missing, or a field is not text.
    """
    if not isinstance(data, Mapping):
        raise ValidationError(
            keys[0][1], f"a saved {kind} must be a mapping, not {type(data).__name__}"
        )
    for key, field, _ in keys:
        if key not in data:
            raise ValidationError(field, f"the saved {record} has no '{key}'")
    texts = []
    for key, field, noun in keys:
        value = data[key]
        if not isinstance(value, str):
            raise ValidationError(
                field, f"the saved {noun} must be a string, not {type(value).__name__}"
            )
        texts.append(value)
    return tuple(texts)

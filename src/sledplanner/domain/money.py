"""Exact amounts of money in one ISO 4217 currency, for gear prices and costs."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import (
    MAX_EMAX,
    MAX_PREC,
    MIN_EMIN,
    Context,
    Decimal,
    Inexact,
    InvalidOperation,
    Overflow,
)
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.numbers import exact_decimal, saved_texts

__all__ = ["Money"]

# A context in which addition, subtraction and multiplication never round: the precision is the
# largest the decimal module allows, and any inexact result would raise instead of rounding.
_EXACT = Context(
    prec=MAX_PREC,
    Emax=MAX_EMAX,
    Emin=MIN_EMIN,
    traps=[InvalidOperation, Inexact, Overflow],
)

_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _parse_currency(currency: object) -> str:
    """Read a currency code in any case, with surrounding spaces, as upper-case ISO 4217.

    Args:
        currency: The code as given by the caller, such as " usd ".

    Returns:
        The upper-case three-letter code.

    Raises:
        ValidationError: On the field "currency" when the text is not three ASCII letters.
    """
    if not isinstance(currency, str):
        raise ValidationError(
            "currency", f"a currency code must be text, not {type(currency).__name__}"
        )
    code = currency.strip()
    if code.isascii():
        code = code.upper()
    if not _CURRENCY_CODE.fullmatch(code):
        raise ValidationError(
            "currency", f"'{currency.strip()}' is not a three-letter currency code such as USD"
        )
    return code


@dataclass(frozen=True)
class Money:
    """An exact amount of money in one currency.

    Amounts may be negative (discounts and refunds); callers that need a non-negative amount
    check :attr:`is_negative` themselves. Equality compares the amount as a number and the
    currency, so 1.0 USD equals 1.00 USD. Ordering and arithmetic work only within one currency.

    Attributes:
        amount: The exact, finite amount.
        currency: The ISO 4217 code: exactly three upper-case ASCII letters, such as "USD".
    """

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        """Check the amount and currency.

        Raises:
            ValidationError: On the field "amount" for an amount that is not a finite Decimal,
                or on the field "currency" for a code that is not three upper-case ASCII
                letters.
        """
        amount: object = self.amount
        if not isinstance(amount, Decimal):
            raise ValidationError(
                "amount",
                f"an amount must be a Decimal, not {type(amount).__name__}: use Money.of() to "
                "convert text or whole numbers",
            )
        if not amount.is_finite():
            raise ValidationError("amount", f"an amount must be a finite number, not {amount}")
        currency: object = self.currency
        if not isinstance(currency, str) or not _CURRENCY_CODE.fullmatch(currency):
            raise ValidationError(
                "currency",
                f"{currency!r} is not a three-letter upper-case currency code: use Money.of() "
                "to read codes in other cases",
            )

    @classmethod
    def of(cls, amount: Decimal | int | str, currency: str) -> Money:
        """Build an amount from a Decimal, int or text, and a currency code in any case.

        Args:
            amount: The amount. Text is stripped of surrounding spaces and read as a Decimal.
                Floats are refused because they are not exact; pass them as text instead.
            currency: A three-letter ISO 4217 code in any case, such as " usd ".

        Returns:
            The amount, kept exactly, with the code in upper case.

        Raises:
            ValidationError: On the field "amount" for a bad amount, or "currency" for a bad
                code.
        """
        return cls(exact_decimal(amount, "amount", "an amount"), _parse_currency(currency))

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Give nothing in the given currency.

        Args:
            currency: A three-letter ISO 4217 code in any case.

        Returns:
            An amount of 0 in that currency.

        Raises:
            ValidationError: On the field "currency" for a bad code.
        """
        return cls(Decimal(0), _parse_currency(currency))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Money:
        """Rebuild an amount from the mapping written by :meth:`to_dict`.

        Args:
            data: A mapping with an "amount" string and a "currency" string.

        Returns:
            The amount, with the same amount text and currency as when it was saved.

        Raises:
            ValidationError: On the field "amount" for a missing, mistyped or bad amount, or
                on the field "currency" for a missing, mistyped or bad code.
        """
        amount, currency = saved_texts(
            data,
            "amount",
            "money",
            (("amount", "amount", "amount"), ("currency", "currency", "currency")),
        )
        return cls.of(amount, currency)

    def to_dict(self) -> dict[str, str]:
        """Describe the amount for the JSON database.

        Returns:
            A mapping with the exact amount as a string and the code, for example
            ``{"amount": "19.99", "currency": "USD"}``.
        """
        return {"amount": str(self.amount), "currency": self.currency}

    @property
    def is_negative(self) -> bool:
        """Whether the amount is below zero; a negative zero is not."""
        return self.amount < 0

    def __str__(self) -> str:
        """Write the exact amount and the code, such as "19.99 USD"."""
        return f"{self.amount} {self.currency}"

    def _same_currency(self, other: Money, verb: str) -> None:
        """Raise unless ``other`` is in this currency.

        Args:
            other: The other amount.
            verb: What was being done, for the message, such as "add" or "compare".

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if other.currency != self.currency:
            if verb == "add":
                message = f"cannot add {other.currency} to {self.currency}"
            elif verb == "subtract":
                message = f"cannot subtract {other.currency} from {self.currency}"
            else:
                message = f"cannot compare {self.currency} with {other.currency}"
            raise ValidationError("currency", message)

    def __add__(self, other: object) -> Money:
        """Add an amount in the same currency exactly.

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "add")
        return Money(_EXACT.add(self.amount, other.amount), self.currency)

    def __radd__(self, other: object) -> Money:
        """Let ``sum()`` start from the integer 0."""
        if type(other) is int and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: object) -> Money:
        """Subtract an amount in the same currency exactly.

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "subtract")
        return Money(_EXACT.subtract(self.amount, other.amount), self.currency)

    def __mul__(self, factor: object) -> Money:
        """Multiply exactly by an int or a finite Decimal, such as a quantity."""
        if isinstance(factor, bool) or not isinstance(factor, int | Decimal):
            return NotImplemented
        if isinstance(factor, Decimal) and not factor.is_finite():
            raise ValidationError("amount", f"cannot multiply an amount by {factor}")
        return Money(_EXACT.multiply(self.amount, factor), self.currency)

    def __rmul__(self, factor: object) -> Money:
        """Multiply by a factor written first, as in ``3 * price``."""
        return self.__mul__(factor)

    def __lt__(self, other: object) -> bool:
        """Tell whether this amount is less than ``other`` in the same currency.

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount < other.amount

    def __le__(self, other: object) -> bool:
        """Tell whether this amount is at most ``other`` in the same currency.

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount <= other.amount

    def __gt__(self, other: object) -> bool:
        """Tell whether this amount is more than ``other`` in the same currency.

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount > other.amount

    def __ge__(self, other: object) -> bool:
        """Tell whether this amount is at least ``other`` in the same currency.

        Raises:
            ValidationError: On the field "currency" when the currencies differ.
        """
        if not isinstance(other, Money):
            return NotImplemented
        self._same_currency(other, "compare")
        return self.amount >= other.amount

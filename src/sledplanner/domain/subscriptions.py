"""Recurring costs such as a coaching subscription: monthly price, first-month discount, dates."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import (
    MAX_NOTES,
    MAX_PRICE,
    _field,
    check_day,
    check_id,
    check_text,
    new_id,
    parse_date,
    stored_id,
)
from sledplanner.domain.money import Money


def add_months(start: date, months: int) -> date:
    """Return the date ``months`` after ``start``, on the same day or the month's last day."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    # The month's last day: the day before the first of the next month (``calendar`` is not
    # worth importing at start-up for this).
    last = 31 if month == 12 else (date(year, month + 1, 1) - timedelta(days=1)).day
    return date(year, month, min(start.day, last))


@dataclass(frozen=True)
class Subscription:
    """A subscription billed monthly from ``start`` until (not including) ``end``.

    The first charge is on ``start`` and is reduced by ``first_month_discount``; each later charge
    falls on the same day of the following months (or the last day of a shorter month).
    """

    name: str
    monthly_price: Money
    start: date
    first_month_discount: Money | None = None
    end: date | None = None
    notes: str = ""
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        """Check every field; raise ValidationError naming the first bad one."""
        check_id(self.id)
        object.__setattr__(self, "name", check_text(self.name, "name", required=True))
        object.__setattr__(
            self, "notes", check_text(self.notes, "notes", required=False, limit=MAX_NOTES)
        )
        if not isinstance(self.monthly_price, Money):
            raise ValidationError("monthly_price", "must be an amount of money")
        if self.monthly_price.is_negative:
            raise ValidationError("monthly_price", "must not be negative")
        if self.monthly_price.amount > MAX_PRICE:
            raise ValidationError("monthly_price", f"{self.monthly_price} is over {MAX_PRICE}")
        discount = self.first_month_discount
        if discount is not None:
            if not isinstance(discount, Money):
                raise ValidationError("first_month_discount", "must be an amount of money")
            if discount.currency != self.monthly_price.currency:
                raise ValidationError(
                    "first_month_discount",
                    f"is in {discount.currency}, the price in {self.monthly_price.currency}",
                )
            if discount.is_negative or discount > self.monthly_price:
                raise ValidationError(
                    "first_month_discount", "must be between zero and the monthly price"
                )
        check_day(self.start, "start")
        if self.end is not None:
            check_day(self.end, "end")
        if self.end is not None and self.end <= self.start:
            raise ValidationError("end", "must be after the start date")

    @property
    def currency(self) -> str:
        """The currency of the price."""
        return self.monthly_price.currency

    def charges_until(self, day: date) -> int:
        """Return how many monthly charges have fallen due on or before ``day``."""
        last = day if self.end is None else min(day, self.end)
        if last < self.start:
            return 0
        count = (last.year - self.start.year) * 12 + last.month - self.start.month + 1
        while count > 0 and (
            add_months(self.start, count - 1) > last
            or (self.end is not None and add_months(self.start, count - 1) >= self.end)
        ):
            count -= 1
        return count

    def cost_to_date(self, today: date) -> Money:
        """Return what has been paid up to and including ``today``."""
        charges = self.charges_until(today)
        if charges == 0:
            return Money.zero(self.currency)
        discount = self.first_month_discount or Money.zero(self.currency)
        return self.monthly_price * charges - discount

    def is_active(self, today: date) -> bool:
        """Whether the subscription is running (or will start) as of ``today``."""
        return self.end is None or self.end > today

    def cost_per_year(self, today: date) -> Money:
        """Return the yearly cost at the current rate: twelve months, or zero once ended."""
        if not self.is_active(today):
            return Money.zero(self.currency)
        return self.monthly_price * 12

    def with_changes(self, **changes: Any) -> Subscription:
        """Return a checked copy with ``changes``; the id stays."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record."""
        discount = self.first_month_discount
        return {
            "id": self.id,
            "name": self.name,
            "monthly_price": self.monthly_price.to_dict(),
            "first_month_discount": discount.to_dict() if discount is not None else None,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
            "notes": self.notes,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Subscription:
        """Rebuild a subscription from its stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("subscription", "record must be an object")
        try:
            price = _field(Money.from_dict, data["monthly_price"], "monthly_price")
            start = parse_date(data["start"], "start")
        except KeyError as missing:
            raise ValidationError(str(missing.args[0]), "is missing") from None
        if start is None:
            raise ValidationError("start", "is missing")
        discount = data.get("first_month_discount")
        return cls(
            name=data.get("name", ""),
            monthly_price=price,
            start=start,
            first_month_discount=(
                _field(Money.from_dict, discount, "first_month_discount") if discount else None
            ),
            end=parse_date(data.get("end"), "end"),
            notes=data.get("notes") or "",
            id=stored_id(data),
        )

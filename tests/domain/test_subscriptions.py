"""Tests for sledplanner.domain.subscriptions: monthly charges, first-month discount, end dates."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.money import Money
from sledplanner.domain.subscriptions import Subscription, add_months

USD = "USD"


def coaching(**changes: Any) -> Subscription:
    """The blog's coaching: $50/month with $20 off the first month, from 2026-01-15."""
    fields: dict[str, Any] = {
        "name": "ATG coaching",
        "monthly_price": Money.of("50", USD),
        "first_month_discount": Money.of("20", USD),
        "start": date(2026, 1, 15),
    }
    fields.update(changes)
    return Subscription(**fields)


def usd(amount: str) -> Money:
    return Money.of(amount, USD)


# ------------------------------------------------------------------ add_months


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 1, 15), 0, date(2026, 1, 15)),
        (date(2026, 1, 15), 1, date(2026, 2, 15)),
        (date(2026, 11, 30), 2, date(2027, 1, 30)),
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2028, 1, 31), 1, date(2028, 2, 29)),
        (date(2026, 1, 31), 2, date(2026, 3, 31)),
        (date(2026, 1, 31), 3, date(2026, 4, 30)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 1, 15), 24, date(2028, 1, 15)),
    ],
)
def test_add_months_keeps_the_day_or_clamps_to_the_month_end(
    start: date, months: int, expected: date
) -> None:
    assert add_months(start, months) == expected


# ------------------------------------------------------------------ the blog's coaching


def test_nothing_is_due_before_the_start() -> None:
    sub = coaching()
    assert sub.charges_until(date(2026, 1, 14)) == 0
    assert sub.cost_to_date(date(2026, 1, 14)) == usd("0")
    assert sub.cost_to_date(date(2026, 1, 14)).currency == USD


def test_first_charge_on_the_start_day_has_the_discount() -> None:
    sub = coaching()
    assert sub.charges_until(date(2026, 1, 15)) == 1
    assert sub.cost_to_date(date(2026, 1, 15)) == usd("30")


def test_three_charges_by_march_20() -> None:
    sub = coaching()
    assert sub.charges_until(date(2026, 2, 14)) == 1
    assert sub.charges_until(date(2026, 2, 15)) == 2
    assert sub.charges_until(date(2026, 3, 20)) == 3
    assert sub.cost_to_date(date(2026, 3, 20)) == usd("130")


def test_end_is_exclusive() -> None:
    sub = coaching(end=date(2026, 3, 15))
    assert sub.charges_until(date(2026, 3, 14)) == 2
    assert sub.charges_until(date(2026, 3, 15)) == 2
    assert sub.charges_until(date(2026, 12, 31)) == 2
    assert sub.cost_to_date(date(2026, 12, 31)) == usd("80")


def test_end_the_day_after_a_charge_keeps_that_charge() -> None:
    sub = coaching(end=date(2026, 3, 16))
    assert sub.charges_until(date(2026, 12, 31)) == 3
    assert sub.cost_to_date(date(2026, 12, 31)) == usd("130")


def test_cost_per_year_is_twelve_months_while_active_and_zero_after_the_end() -> None:
    sub = coaching(end=date(2026, 3, 15))
    assert sub.cost_per_year(date(2026, 1, 1)) == usd("600")  # not started yet: still planned
    assert sub.cost_per_year(date(2026, 3, 14)) == usd("600")
    assert sub.cost_per_year(date(2026, 3, 15)) == usd("0")
    assert sub.cost_per_year(date(2026, 12, 31)) == usd("0")
    assert coaching().cost_per_year(date(2030, 1, 1)) == usd("600")
    assert sub.is_active(date(2026, 3, 14))
    assert not sub.is_active(date(2026, 3, 15))


def test_no_discount_charges_the_full_price_every_month() -> None:
    sub = coaching(first_month_discount=None)
    assert sub.cost_to_date(date(2026, 1, 15)) == usd("50")
    assert sub.cost_to_date(date(2027, 1, 15)) == usd("650")


def test_a_free_first_month_is_allowed() -> None:
    sub = coaching(first_month_discount=usd("50"))
    assert sub.cost_to_date(date(2026, 1, 15)) == usd("0")
    assert sub.cost_to_date(date(2026, 2, 15)) == usd("50")


def test_month_end_start_is_charged_on_the_last_day_of_shorter_months() -> None:
    sub = coaching(start=date(2026, 1, 31), first_month_discount=None)
    assert sub.charges_until(date(2026, 2, 27)) == 1
    assert sub.charges_until(date(2026, 2, 28)) == 2
    assert sub.charges_until(date(2026, 3, 30)) == 2
    assert sub.charges_until(date(2026, 3, 31)) == 3
    assert sub.charges_until(date(2026, 4, 30)) == 4
    leap = coaching(start=date(2028, 1, 31))
    assert leap.charges_until(date(2028, 2, 28)) == 1
    assert leap.charges_until(date(2028, 2, 29)) == 2


def test_end_on_a_clamped_charge_day_excludes_it() -> None:
    sub = coaching(start=date(2026, 1, 31), end=date(2026, 2, 28))
    assert sub.charges_until(date(2026, 12, 31)) == 1


def charge_days(sub: Subscription, until: date) -> list[date]:
    """Every charge date up to ``until``, by stepping month after month from the start."""
    days = []
    months = 0
    while (day := add_months(sub.start, months)) <= until:
        if sub.end is None or day < sub.end:
            days.append(day)
        months += 1
    return days


starts = st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31))


@st.composite
def subscriptions(draw: st.DrawFn) -> Subscription:
    start = draw(starts)
    end = draw(st.none() | st.integers(1, 1500).map(lambda n: start + timedelta(days=n)))
    return coaching(start=start, end=end)


@given(subscriptions(), st.integers(-100, 2000), st.integers(0, 400))
def test_charges_until_is_monotone_and_never_counts_on_or_after_the_end(
    sub: Subscription, offset: int, step: int
) -> None:
    day = sub.start + timedelta(days=offset)
    later = day + timedelta(days=step)
    count = sub.charges_until(day)
    assert 0 <= count <= sub.charges_until(later)
    assert count == len(charge_days(sub, day))
    if count:
        last_charge = add_months(sub.start, count - 1)
        assert last_charge <= day
        assert sub.end is None or last_charge < sub.end
    if sub.end is not None:
        assert sub.charges_until(later) <= len(charge_days(sub, sub.end - timedelta(days=1)))


@given(starts, st.integers(0, 600))
def test_add_months_lands_in_the_right_month_on_a_valid_day(start: date, months: int) -> None:
    result = add_months(start, months)
    assert (result.year - start.year) * 12 + result.month - start.month == months
    last_day = calendar.monthrange(result.year, result.month)[1]
    assert result.day == min(start.day, last_day)


# ------------------------------------------------------------------ validation


def test_discount_above_the_price_is_refused() -> None:
    with pytest.raises(ValidationError) as excinfo:
        coaching(first_month_discount=usd("50.01"))
    assert excinfo.value.field == "first_month_discount"


def test_negative_discount_is_refused() -> None:
    with pytest.raises(ValidationError) as excinfo:
        coaching(first_month_discount=usd("-5"))
    assert excinfo.value.field == "first_month_discount"


def test_discount_in_another_currency_is_refused() -> None:
    with pytest.raises(ValidationError, match="EUR") as excinfo:
        coaching(first_month_discount=Money.of("20", "EUR"))
    assert excinfo.value.field == "first_month_discount"


def test_negative_price_is_refused() -> None:
    with pytest.raises(ValidationError) as excinfo:
        coaching(monthly_price=usd("-50"), first_month_discount=None)
    assert excinfo.value.field == "monthly_price"


@pytest.mark.parametrize("end", [date(2026, 1, 15), date(2026, 1, 14)])
def test_end_must_be_after_the_start(end: date) -> None:
    with pytest.raises(ValidationError) as excinfo:
        coaching(end=end)
    assert excinfo.value.field == "end"
    assert coaching(end=date(2026, 1, 16)).end == date(2026, 1, 16)


@pytest.mark.parametrize("name", ["", "  "])
def test_name_is_required(name: str) -> None:
    with pytest.raises(ValidationError) as excinfo:
        coaching(name=name)
    assert excinfo.value.field == "name"


def test_start_must_be_a_date() -> None:
    with pytest.raises(ValidationError) as excinfo:
        coaching(start="2026-01-15")
    assert excinfo.value.field == "start"


def test_with_changes_keeps_the_id_and_checks() -> None:
    sub = coaching()
    ended = sub.with_changes(end=date(2026, 6, 1))
    assert ended.id == sub.id
    assert sub.end is None
    with pytest.raises(ValidationError) as excinfo:
        sub.with_changes(end=date(2025, 12, 1))
    assert excinfo.value.field == "end"


# ------------------------------------------------------------------ stored form


def test_round_trip_through_the_stored_form() -> None:
    sub = coaching(end=date(2026, 3, 15), notes="ATG online coaching", id="atg")
    record = sub.to_dict()
    assert record == {
        "id": "atg",
        "name": "ATG coaching",
        "monthly_price": {"amount": "50", "currency": "USD"},
        "first_month_discount": {"amount": "20", "currency": "USD"},
        "start": "2026-01-15",
        "end": "2026-03-15",
        "notes": "ATG online coaching",
    }
    back = Subscription.from_dict(record)
    assert back == sub
    assert back.to_dict() == record


@given(subscriptions(), st.booleans())
def test_round_trip_property(sub: Subscription, discount: bool) -> None:
    if not discount:
        sub = sub.with_changes(first_month_discount=None)
    back = Subscription.from_dict(sub.to_dict())
    assert back == sub
    assert back.to_dict() == sub.to_dict()


@pytest.mark.parametrize("missing", ["monthly_price", "start"])
def test_from_dict_names_a_missing_field(missing: str) -> None:
    record = coaching().to_dict()
    del record[missing]
    with pytest.raises(ValidationError, match="is missing") as excinfo:
        Subscription.from_dict(record)
    assert excinfo.value.field == missing


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"monthly_price": {"amount": "fifty", "currency": "USD"}}, "monthly_price"),
        ({"monthly_price": {"amount": "50"}}, "monthly_price"),
        ({"monthly_price": "50 USD"}, "monthly_price"),
        ({"first_month_discount": {"amount": "x", "currency": "USD"}}, "first_month_discount"),
        ({"first_month_discount": {"amount": "20"}}, "first_month_discount"),
        ({"start": "15/01/2026"}, "start"),
        ({"start": None}, "start"),
        ({"end": "2026-02-30"}, "end"),
        ({"end": "2026-01-01"}, "end"),
        ({"name": None}, "name"),
    ],
)
def test_from_dict_names_the_bad_field(changes: dict[str, Any], field: str) -> None:
    record = {**coaching().to_dict(), **changes}
    with pytest.raises(ValidationError) as excinfo:
        Subscription.from_dict(record)
    assert excinfo.value.field == field

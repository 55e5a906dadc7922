"""Tests for sledplanner.domain.money: exact amounts in one currency."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.money import Money

amounts = st.one_of(
    [
        st.decimals(
            min_value=-100000,
            max_value=100000,
            places=places,
            allow_nan=False,
            allow_infinity=False,
        )
        for places in (0, 2, 3)
    ]
)
codes = st.from_regex(r"[A-Z]{3}", fullmatch=True)
monies = st.builds(Money, amounts, codes)


# ------------------------------------------------------------------ entry and storage


def test_str_is_exact_amount_and_code() -> None:
    assert str(Money.of("19.99", "USD")) == "19.99 USD"
    assert str(Money.of("5.50", "eur")) == "5.50 EUR"
    assert str(Money.of(-3, "GBP")) == "-3 GBP"


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        ("12.30", Decimal("12.3")),
        (" 12.30 ", Decimal("12.3")),
        (Decimal("12.3000"), Decimal("12.3")),
        (12, Decimal(12)),
        (-7, Decimal(-7)),
    ],
)
def test_of_accepts_text_int_and_decimal(amount: Any, expected: Decimal) -> None:
    money = Money.of(amount, " usd ")
    assert money.currency == "USD"
    assert money.amount == expected


def test_of_keeps_amount_text() -> None:
    money = Money.of("12.30", "usd")
    assert money.amount.as_tuple() == Decimal("12.30").as_tuple()
    assert money.to_dict() == {"amount": "12.30", "currency": "USD"}


@pytest.mark.parametrize(
    "amount",
    ["NaN", "sNaN", "Infinity", "-Infinity", Decimal("NaN"), "abc", "", "1,5", None, [1]],
)
def test_invalid_amounts(amount: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(amount, "USD")
    assert caught.value.field == "amount"


def test_float_is_refused_with_advice() -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(19.99, "USD")  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    assert "string" in caught.value.message


@pytest.mark.parametrize("flag", [True, False])
def test_bool_is_refused(flag: bool) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(flag, "USD")
    assert caught.value.field == "amount"


@pytest.mark.parametrize(
    "currency", ["US", "USDD", "U1D", "", "   ", "ÜSD", "uß", "U D", "$", 840, None]
)
def test_invalid_currencies(currency: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(1, currency)
    assert caught.value.field == "currency"


def test_constructor_checks_types_and_case() -> None:
    with pytest.raises(ValidationError) as caught:
        Money(5, "USD")  # type: ignore[arg-type]
    assert caught.value.field == "amount"
    with pytest.raises(ValidationError) as caught:
        Money(Decimal(5), "usd")
    assert caught.value.field == "currency"
    with pytest.raises(ValidationError) as caught:
        Money(Decimal("NaN"), "USD")
    assert caught.value.field == "amount"


def test_negative_amounts_are_allowed() -> None:
    refund = Money.of("-4.99", "USD")
    assert refund.is_negative
    assert not Money.of("4.99", "USD").is_negative
    assert not Money.zero("USD").is_negative
    assert not Money.of("-0.00", "USD").is_negative


def test_zero() -> None:
    zero = Money.zero(" eur ")
    assert zero.amount == 0
    assert zero.currency == "EUR"
    with pytest.raises(ValidationError) as caught:
        Money.zero("EURO")
    assert caught.value.field == "currency"


def test_money_is_frozen() -> None:
    money = Money.of(1, "USD")
    with pytest.raises(AttributeError):
        money.amount = Decimal(2)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({}, "amount"),
        ({"currency": "USD"}, "amount"),
        ({"amount": "1"}, "currency"),
        ({"amount": 1, "currency": "USD"}, "amount"),
        ({"amount": 1.5, "currency": "USD"}, "amount"),
        ({"amount": None, "currency": "USD"}, "amount"),
        ({"amount": "abc", "currency": "USD"}, "amount"),
        ({"amount": "NaN", "currency": "USD"}, "amount"),
        ({"amount": "1", "currency": "US"}, "currency"),
        ({"amount": "1", "currency": 840}, "currency"),
        ({"amount": "1", "currency": None}, "currency"),
        (["1", "USD"], "amount"),
        (None, "amount"),
    ],
)
def test_from_dict_rejects_bad_data(data: Any, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.from_dict(data)
    assert caught.value.field == field


# ------------------------------------------------------------------ arithmetic and comparison


def test_add_and_subtract_in_one_currency() -> None:
    price = Money.of("19.99", "USD")
    assert price + Money.of("0.01", "USD") == Money.of(20, "USD")
    assert str(price + Money.of("0.01", "USD")) == "20.00 USD"
    assert price - Money.of(20, "USD") == Money.of("-0.01", "USD")


def test_add_across_currencies_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(1, "USD") + Money.of(1, "EUR")
    assert caught.value.field == "currency"
    assert caught.value.message == "cannot add EUR to USD"
    with pytest.raises(ValidationError) as caught:
        Money.of(1, "USD") - Money.of(1, "EUR")
    assert caught.value.field == "currency"
    assert "EUR" in caught.value.message
    assert "USD" in caught.value.message


def test_sum() -> None:
    prices = [Money.of("9.99", "USD"), Money.of("0.01", "USD"), Money.of(5, "USD")]
    assert sum(prices) == Money.of(15, "USD")
    with pytest.raises(ValidationError) as caught:
        sum([Money.of(1, "USD"), Money.of(1, "EUR")])
    assert caught.value.field == "currency"


def test_adding_non_money_is_a_type_error() -> None:
    money = Money.of(1, "USD")
    with pytest.raises(TypeError):
        money + 1
    with pytest.raises(TypeError):
        1 + money
    with pytest.raises(TypeError):
        money - Decimal(1)
    assert 0 + money is money


def test_multiplication() -> None:
    price = Money.of("19.99", "USD")
    assert price * 3 == Money.of("59.97", "USD")
    assert 3 * price == Money.of("59.97", "USD")
    assert price * Decimal("0.5") == Money.of("9.995", "USD")
    assert Decimal("0.5") * price == Money.of("9.995", "USD")
    assert price * -1 == Money.of("-19.99", "USD")
    assert (price * 0).amount == 0


@pytest.mark.parametrize("factor", [1.5, True, "2", Fraction(1, 2)])
def test_multiplication_by_other_types_is_a_type_error(factor: Any) -> None:
    with pytest.raises(TypeError):
        Money.of(1, "USD") * factor
    with pytest.raises(TypeError):
        Money.of(1, "USD") * Money.of(1, "USD")


@pytest.mark.parametrize("factor", [Decimal("NaN"), Decimal("Infinity")])
def test_multiplication_by_non_finite_decimal_is_refused(factor: Decimal) -> None:
    with pytest.raises(ValidationError) as caught:
        Money.of(1, "USD") * factor
    assert caught.value.field == "amount"


def test_equality() -> None:
    assert Money.of("1.0", "USD") == Money.of("1.00", "USD")
    assert hash(Money.of("1.0", "USD")) == hash(Money.of("1.00", "USD"))
    assert Money.of(1, "USD") != Money.of(1, "EUR")
    assert Money.of(1, "USD") != Money.of(2, "USD")
    assert Money.of(1, "USD") != Decimal(1)
    text: object = "1 USD"
    assert Money.of(1, "USD") != text


def test_ordering_in_one_currency() -> None:
    assert Money.of("1.99", "USD") < Money.of(2, "USD")
    assert Money.of(2, "USD") <= Money.of("2.00", "USD")
    assert Money.of(-1, "USD") < Money.zero("USD")
    assert Money.of(3, "USD") > Money.of("2.999", "USD")
    assert Money.of(3, "USD") >= Money.of(3, "USD")


@pytest.mark.parametrize("op", ["lt", "le", "gt", "ge"])
def test_ordering_across_currencies_is_refused(op: str) -> None:
    left, right = Money.of(1, "USD"), Money.of(2, "EUR")
    with pytest.raises(ValidationError) as caught:
        getattr(left, f"__{op}__")(right)
    assert caught.value.field == "currency"


def test_ordering_with_other_types_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _ = Money.of(1, "USD") < 2
    with pytest.raises(TypeError):
        _ = Money.of(1, "USD") >= Decimal(0)


# ------------------------------------------------------------------ properties


@given(monies)
def test_dict_round_trip(money: Money) -> None:
    data = money.to_dict()
    assert isinstance(data["amount"], str)
    restored = Money.from_dict(data)
    assert restored == money
    assert restored.currency == money.currency
    assert restored.amount.as_tuple() == money.amount.as_tuple()


@given(amounts, codes)
def test_currency_case_is_ignored(amount: Decimal, code: str) -> None:
    assert Money.of(amount, f" {code.lower()} ") == Money(amount, code)


@given(st.lists(amounts, min_size=1, max_size=10), codes)
def test_sum_in_one_currency_is_exact(parts: list[Decimal], code: str) -> None:
    total = sum(Money(part, code) for part in parts)
    assert isinstance(total, Money)
    assert total.currency == code
    assert Fraction(total.amount) == sum((Fraction(part) for part in parts), Fraction(0))


@given(monies, monies)
def test_mismatched_currencies_are_refused(a: Money, b: Money) -> None:
    assume(a.currency != b.currency)
    for operation in (
        lambda: a + b,
        lambda: a - b,
        lambda: a < b,
        lambda: a <= b,
        lambda: a > b,
        lambda: a >= b,
    ):
        with pytest.raises(ValidationError) as caught:
            operation()
        assert caught.value.field == "currency"
    assert a != b


@given(amounts, amounts, codes)
def test_ordering_and_difference_agree_with_amounts(x: Decimal, y: Decimal, code: str) -> None:
    a, b = Money(x, code), Money(y, code)
    assert (a < b) == (Fraction(x) < Fraction(y))
    assert (a <= b) == (Fraction(x) <= Fraction(y))
    assert (a > b) == (Fraction(x) > Fraction(y))
    assert (a >= b) == (Fraction(x) >= Fraction(y))
    assert (a == b) == (Fraction(x) == Fraction(y))
    assert Fraction((a - b).amount) == Fraction(x) - Fraction(y)
    assert (a - b).is_negative == (Fraction(x) < Fraction(y))
    assert (a - b) + b == a


@given(monies, st.one_of(st.integers(-1000, 1000), amounts))
def test_multiplication_is_exact(money: Money, factor: int | Decimal) -> None:
    product = money * factor
    assert product.currency == money.currency
    assert Fraction(product.amount) == Fraction(money.amount) * Fraction(factor)
    assert factor * money == product

"""Tests for sledplanner.domain.totals: sums per currency and kind, subscriptions, loadable mass."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.subscriptions import Subscription
from sledplanner.domain.totals import compute_totals
from sledplanner.domain.units import Mass

KG_IN_ONE_LB = Fraction(45_359_237, 100_000_000)
TODAY = date(2026, 3, 20)


def item(kind: str, name: str, mass: str, **fields: Any) -> GearItem:
    value, unit = mass.split()
    return GearItem(kind=GearKind(kind), name=name, mass=Mass.of(value, unit), **fields)


def money(text: str) -> Money:
    amount, currency = text.split()
    return Money.of(amount, currency)


def inventory() -> list[GearItem]:
    return [
        # Owned: the blog's two bells (one unpriced) and its sled.
        item("kettlebell", "Kettlebell 20 lb", "20 lb", unit_price=money("40.00 USD")),
        item("kettlebell", "Kettlebell 35 lb", "35 lb"),
        item("sled", "Rage R2", "20 lb", unit_price=money("89.99 USD"), surfaces={"grass"}),
        item("plate", "Plate 5 kg", "5 kg", quantity=4, unit_price=money("12.50 EUR")),
        item("harness", "Harness", "1 kg", unit_price=money("25 USD")),
        # Wishlist: counted in its own sums, never in the owned mass.
        item(
            "kettlebell",
            "Kettlebell 24 kg",
            "24 kg",
            status=GearStatus.WISHLIST,
            unit_price=money("95 USD"),
        ),
        item("plate", "Plate 20 kg", "20 kg", status="wishlist", quantity=2),
        item("sled", "Prowler", "75 lb", status="wishlist", unit_price=money("300 GBP")),
        # Retired: left out of everything, priced or not.
        item("kettlebell", "Old 16 kg", "16 kg", status="retired", unit_price=money("50 USD")),
        item("plate", "Old plate", "10 kg", status="retired"),
    ]


def coaching(**changes: Any) -> Subscription:
    fields: dict[str, Any] = {
        "name": "ATG coaching",
        "monthly_price": money("50 USD"),
        "first_month_discount": money("20 USD"),
        "start": date(2026, 1, 15),
    }
    fields.update(changes)
    return Subscription(**fields)


def test_owned_and_wishlist_sums_per_currency() -> None:
    totals = compute_totals(inventory(), [], TODAY)
    assert totals.owned == {"USD": money("154.99 USD"), "EUR": money("50.00 EUR")}
    assert totals.wishlist == {"USD": money("95 USD"), "GBP": money("300 GBP")}
    assert totals.both == {
        "USD": money("249.99 USD"),
        "EUR": money("50 EUR"),
        "GBP": money("300 GBP"),
    }


def test_sums_per_kind() -> None:
    totals = compute_totals(inventory(), [], TODAY)
    assert totals.owned_by_kind == {
        GearKind.KETTLEBELL: {"USD": money("40 USD")},
        GearKind.SLED: {"USD": money("89.99 USD")},
        GearKind.PLATE: {"EUR": money("50 EUR")},
        GearKind.HARNESS: {"USD": money("25 USD")},
    }
    assert totals.wishlist_by_kind == {
        GearKind.KETTLEBELL: {"USD": money("95 USD")},
        GearKind.SLED: {"GBP": money("300 GBP")},
    }


def test_unpriced_counts_owned_and_wishlist_items_not_retired_ones() -> None:
    assert compute_totals(inventory(), [], TODAY).unpriced == 2


def test_retired_items_change_nothing() -> None:
    live = [i for i in inventory() if i.status is not GearStatus.RETIRED]
    assert compute_totals(inventory(), [], TODAY) == compute_totals(live, [], TODAY)


def test_loadable_owned_mass_is_exact_kg() -> None:
    totals = compute_totals(inventory(), [], TODAY)
    # 20 lb + 35 lb kettlebells (the unpriced one counts too) + 4 × 5 kg plates.
    # The sled and the harness are not load; wishlist and retired items are not owned.
    assert totals.loadable_owned_kg == 55 * KG_IN_ONE_LB + 20
    assert isinstance(totals.loadable_owned_kg, Fraction)


def test_the_blog_bells_are_exactly_55_lb() -> None:
    bells = inventory()[:3]  # 20 lb bell, 35 lb bell, 20 lb sled
    totals = compute_totals(bells, [], TODAY)
    assert totals.loadable_owned_kg == Fraction("24.94758035")
    assert totals.loadable_owned_kg / KG_IN_ONE_LB == 55


def test_subscriptions_to_date_and_per_year() -> None:
    subs = [
        coaching(),  # 3 charges by 2026-03-20: 30 + 50 + 50
        coaching(name="Ended", end=date(2026, 3, 15)),  # 2 charges: 80; nothing per year
        coaching(
            name="Physio plan",
            monthly_price=money("30 EUR"),
            first_month_discount=None,
            start=date(2026, 4, 1),
        ),  # not started: nothing paid yet, 360 per year planned
    ]
    totals = compute_totals([], subs, TODAY)
    assert totals.subscriptions_to_date == {"USD": money("210 USD"), "EUR": money("0 EUR")}
    assert totals.subscriptions_per_year == {"USD": money("600 USD"), "EUR": money("360 EUR")}
    assert totals.owned == totals.wishlist == {}


def test_an_empty_inventory_has_empty_totals() -> None:
    totals = compute_totals([], [], TODAY)
    assert totals.owned == totals.wishlist == totals.both == {}
    assert totals.owned_by_kind == totals.wishlist_by_kind == {}
    assert totals.loadable_owned_kg == 0
    assert totals.unpriced == 0


kinds = st.sampled_from(GearKind)
statuses = st.sampled_from(GearStatus)
currencies = st.sampled_from(["USD", "EUR"])


@st.composite
def items(draw: st.DrawFn) -> GearItem:
    return GearItem(
        kind=draw(kinds),
        name="thing",
        mass=Mass.of(draw(st.integers(1, 100)), draw(st.sampled_from(["kg", "lb"]))),
        quantity=draw(st.integers(1, 5)),
        status=draw(statuses),
        unit_price=draw(st.none() | st.builds(Money.of, st.integers(0, 500).map(str), currencies)),
    )


@given(st.lists(items(), max_size=12))
def test_sums_agree_with_a_plain_recount(inventory: list[GearItem]) -> None:
    totals = compute_totals(inventory, [], TODAY)
    for status, sums, by_kind in (
        (GearStatus.OWNED, totals.owned, totals.owned_by_kind),
        (GearStatus.WISHLIST, totals.wishlist, totals.wishlist_by_kind),
    ):
        priced = [i for i in inventory if i.status is status and i.unit_price is not None]
        for currency in ("USD", "EUR"):
            amounts = [
                i.unit_price.amount * i.quantity
                for i in priced
                if i.unit_price is not None and i.unit_price.currency == currency
            ]
            if amounts:
                assert sums[currency].amount == sum(amounts)
            else:
                assert currency not in sums
        for kind, per_currency in by_kind.items():
            assert per_currency == {
                c: Money.of(
                    sum(
                        i.unit_price.amount * i.quantity
                        for i in priced
                        if i.kind is kind and i.unit_price and i.unit_price.currency == c
                    ),
                    c,
                )
                for c in {i.unit_price.currency for i in priced if i.kind is kind and i.unit_price}
            }
    owned_load = [i for i in inventory if i.status is GearStatus.OWNED and i.kind.loadable]
    assert totals.loadable_owned_kg == sum(
        (i.mass.kg * i.quantity for i in owned_load), Fraction(0)
    )
    assert totals.unpriced == sum(
        1 for i in inventory if i.status is not GearStatus.RETIRED and i.unit_price is None
    )

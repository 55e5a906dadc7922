"""The example database built from the backward sled drag blog post."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.subscriptions import Subscription, add_months
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import create_workspace_file, open_workspace

EXAMPLE_PRICE = "Example price, not a quote: enter what you pay."


def demo_gear(today: date) -> list[GearItem]:
    """Return the blog's gear: the R2 sled, the 20 and 35 lb bells, and what it suggests next."""
    bought = add_months(today, -6)
    return [
        GearItem(
            kind=GearKind.SLED,
            name="R2 Weight Training Pull Sled",
            brand="Rage Fitness",
            mass=Mass.of("20", "lb"),
            unit_price=Money.of("95", "USD"),
            purchased_on=bought,
            surfaces=frozenset({"grass"}),
            notes="Works on grass; not recommended on pavement. Mass is an example: weigh "
            "your own sled. " + EXAMPLE_PRICE,
        ),
        GearItem(
            kind=GearKind.KETTLEBELL,
            name="Kettlebell 20 lb",
            mass=Mass.of("20", "lb"),
            unit_price=Money.of("40", "USD"),
            purchased_on=bought,
            notes=EXAMPLE_PRICE,
        ),
        GearItem(
            kind=GearKind.KETTLEBELL,
            name="Kettlebell 35 lb",
            mass=Mass.of("35", "lb"),
            unit_price=Money.of("65", "USD"),
            purchased_on=bought,
            notes="With the 20 lb bell: 55 lb on the sled. " + EXAMPLE_PRICE,
        ),
        GearItem(
            kind=GearKind.KETTLEBELL,
            name="Kettlebell 53 lb (24 kg)",
            mass=Mass.of("24", "kg"),
            unit_price=Money.of("85", "USD"),
            status=GearStatus.WISHLIST,
            notes="The blog's single-bell option: with the sled about $180. " + EXAMPLE_PRICE,
        ),
        GearItem(
            kind=GearKind.HARNESS,
            name="Pull strap",
            mass=Mass.of("1", "kg"),
            unit_price=Money.of("25", "USD"),
            purchased_on=bought,
            notes=EXAMPLE_PRICE,
        ),
    ]


def demo_subscriptions(today: date) -> list[Subscription]:
    """Return the blog's coaching subscription: $50 a month, $20 off the first month."""
    return [
        Subscription(
            name="ATG Online Coaching",
            monthly_price=Money.of("50", "USD"),
            first_month_discount=Money.of("20", "USD"),
            start=add_months(today, -6),
            notes="As priced in the blog post.",
        )
    ]


def write_demo(path: Path, today: date | None = None) -> None:
    """Write the example database at ``path``; an existing file is never touched.

    Raises:
        DatabaseExistsError: A file is already there.
        DatabaseWriteError: The file could not be written.
    """
    day = today or date.today()
    create_workspace_file(Path(path))
    workspace = open_workspace(Path(path))
    try:
        gear = GearService(workspace, today=lambda: day)
        gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
        gear.add_many(demo_gear(day))
        for subscription in demo_subscriptions(day):
            gear.add_subscription(subscription)
    finally:
        workspace.close()

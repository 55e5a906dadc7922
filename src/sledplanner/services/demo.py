"""The example database built from the backward sled drag blog post."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.programme import Programme
from sledplanner.domain.sessions import Activity, Session, SessionLog, week_start
from sledplanner.domain.subscriptions import Subscription, add_months
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import Services, build_services
from sledplanner.services.programmes import template
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
            kind=GearKind.PLATE,
            name="Change plate 2.5 lb",
            mass=Mass.of("2.5", "lb"),
            quantity=2,
            unit_price=Money.of("6", "USD"),
            purchased_on=bought,
            notes="Small plates make small steps possible. " + EXAMPLE_PRICE,
        ),
        GearItem(
            kind=GearKind.PLATE,
            name="Plate 5 lb",
            mass=Mass.of("5", "lb"),
            quantity=2,
            unit_price=Money.of("8", "USD"),
            purchased_on=bought,
            notes=EXAMPLE_PRICE,
        ),
        GearItem(
            kind=GearKind.PLATE,
            name="Plate 5 lb",
            mass=Mass.of("5", "lb"),
            unit_price=Money.of("8", "USD"),
            status=GearStatus.WISHLIST,
            notes="A third 5 lb plate would make the 75 lb test drag. " + EXAMPLE_PRICE,
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


def demo_plan(services: Services, today: date) -> None:
    """Plan 12 weeks that began five weeks ago and log what was done before today.

    Weeks 1–2 are unloaded backward walking; weeks 3–12 progressive backward drags on grass
    from 20 lb, capped at 15 % a week and snapped to the loads the gear builds, plus a 75 lb
    test drag in week 9 that the owned gear cannot build. Everything before today is logged:
    mostly as planned, one walk cut short, one skipped, and one pain flare in week 4
    (next-morning pain 1 → 3) that held week 5 at the week-4 load instead of progressing.
    """
    monday = week_start(today) - timedelta(days=35)
    sled = services.gear.sleds()[0]
    walking_template = template("unloaded_start")
    walking = Programme.from_template(
        walking_template, start=monday, name="Unloaded start", weeks=2
    )
    drag_template = template("progressive")
    drags = Programme.from_template(
        drag_template,
        start=monday + timedelta(days=14),
        name="Progressive drags",
        weeks=10,
        start_load=Mass.of("20", "lb"),
        step=Mass.of("5", "lb"),
        surface="grass",
        sled_id=sled.id,
        weekly_cap_percent=Decimal(15),
        snap_to_gear=True,
    )
    for programme, chosen in ((walking, walking_template), (drags, drag_template)):
        services.programmes.add(programme, services.programmes.preview(programme, chosen))
    week_four = monday + timedelta(days=21)
    week_five = monday + timedelta(days=28)
    flare = next(
        s
        for s in services.schedule.sessions_between(week_four, week_four + timedelta(days=6))
        if s.activity is Activity.BACKWARD_DRAG
    )
    held = flare.planned_load
    changed = []
    for index, session in enumerate(services.schedule.sessions_between(monday, today)):
        if week_five <= session.day < week_five + timedelta(days=7):
            session = session.with_changes(
                planned_load=held,
                notes=f"Held at {held}: next-morning pain rose from 1 to 3 after {flare.day}.",
            )
        if session.day >= today:
            changed.append(session)
            continue
        if session.activity is Activity.BACKWARD_WALK:
            if index == 4:
                changed.append(session.skipped())
                continue
            minutes = 7 if index == 9 else session.planned_minutes
            log = SessionLog(minutes=minutes, rpe=3, pain_during=1, pain_next_morning=1)
        elif session.id == flare.id:
            log = SessionLog(
                minutes=10, load=held, surface="grass", rpe=7, pain_during=4, pain_next_morning=3
            )
            session = session.with_changes(notes="Knee sore the next morning.")
        else:
            log = SessionLog(
                minutes=10,
                load=session.planned_load,
                surface="grass",
                rpe=5,
                pain_during=2,
                pain_next_morning=1,
            )
        changed.append(session.done(log))
    for session in changed:
        services.schedule.update(session)
    test_day = monday + timedelta(days=7 * 8 + 5)
    services.schedule.add(
        Session(
            test_day,
            planned_load=Mass.of("75", "lb"),
            surface="grass",
            sled_id=sled.id,
            notes="Test drag: how does the heaviest load feel?",
        )
    )


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
        services = build_services(workspace, today=lambda: day)
        gear = services.gear
        gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
        gear.add_many(demo_gear(day))
        for subscription in demo_subscriptions(day):
            gear.add_subscription(subscription)
        demo_plan(services, day)
    finally:
        workspace.close()

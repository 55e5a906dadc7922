"""Write the databases the start-up benchmark opens: empty, ten years, and a coach's.

- ``empty``: a new database with nothing in it.
- ``ten-years``: one person's ten years, 520 weeks of backward drags on Mon, Wed and Fri
  (1,560 sessions) from ten 52-week programmes, ending two weeks after today. Sessions before
  today are logged, a few skipped. 50 gear items: a sled, a harness, kettlebells and plates
  with prices and purchase dates, a few on the wishlist.
- ``coach``: 50,000 sessions over six years (about 23 a day, a coach with many clients),
  mostly done, ending two weeks after today; three sleds and 47 other items.

Everything goes through the services, each table in one ``add_many`` write, so every record is
validated as the app would. The content is the same on every run of the same day: a fixed seed
makes the ids and numbers, and the dates count back from today so the calendar shows data.

Run: .venv/bin/python benchmarks/generate_databases.py [FOLDER]   (default ./bench-data)
Existing files of the same names in FOLDER are replaced.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.programme import GeneratedPlan, Programme
from sledplanner.domain.programme import generate as generate_plan
from sledplanner.domain.sessions import Activity, Session, SessionLog, week_start
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.programmes import template
from sledplanner.services.workspace import open_workspace

SEED = 20240601
NAMES = ("empty", "ten-years", "coach")
COACH_SESSIONS = 50_000
COACH_DAYS = 6 * 365


def _id(rng: random.Random) -> str:
    """A record id shaped like the app's (uuid4 hex), drawn from the seeded generator."""
    return uuid.UUID(int=rng.getrandbits(128), version=4).hex


# ------------------------------------------------------------------ gear


def _gear(rng: random.Random, today: date, sleds: int) -> list[GearItem]:
    """Return 50 items: ``sleds`` sleds, a harness, then kettlebells and plates.

    The owned pieces are in kilograms, bought a few at a time over ten years, so the same
    plate appears several times. Their sums are steps of 1.25 kg, so the Equipment tab's ladder
    of loads has about 2,800 rows; owned pieces in both kg and lb would fill its 20,000-row
    limit. A few pieces in pounds are on the wishlist.
    """
    first_day = today - timedelta(days=3650)

    def bought() -> date:
        return first_day + timedelta(days=rng.randrange(3600))

    items = [
        GearItem(
            kind=GearKind.SLED,
            name=f"Sled {n + 1}",
            brand="Rage Fitness" if n == 0 else "Generic",
            mass=Mass.of(str(20 + 5 * n), "lb"),
            unit_price=Money.of(str(95 + 30 * n), "USD"),
            purchased_on=first_day + timedelta(days=30 * n),
            surfaces=frozenset({"grass", "turf"}),
            id=_id(rng),
        )
        for n in range(sleds)
    ]
    items.append(
        GearItem(
            kind=GearKind.HARNESS,
            name="Pull strap",
            mass=Mass.of("1", "kg"),
            unit_price=Money.of("25", "USD"),
            purchased_on=first_day,
            id=_id(rng),
        )
    )
    bells = ("8", "12", "16", "20", "24", "28", "32")
    plates = ("1.25", "2.5", "5", "10", "15", "20")
    wishes = (("kettlebell", "53"), ("plate", "45"), ("kettlebell", "70"))
    for amount in bells:
        items.append(_piece(rng, GearKind.KETTLEBELL, amount, "kg", 1, bought()))
    for wish_kind, amount in wishes:
        items.append(_piece(rng, GearKind(wish_kind), amount, "lb", 1, None))
    while len(items) < 50:
        amount = plates[(len(items) - sleds) % len(plates)]
        items.append(_piece(rng, GearKind.PLATE, amount, "kg", rng.choice((1, 2, 2)), bought()))
    return items


def _piece(
    rng: random.Random, kind: GearKind, amount: str, unit: str, quantity: int, on: date | None
) -> GearItem:
    """A kettlebell or plate; without a purchase day it is on the wishlist."""
    word = "Kettlebell" if kind is GearKind.KETTLEBELL else "Plate"
    per_kg = Decimal(3 if kind is GearKind.KETTLEBELL else 2)
    kg = Decimal(amount) * (Decimal("0.45359237") if unit == "lb" else 1)
    return GearItem(
        kind=kind,
        name=f"{word} {amount} {unit}",
        mass=Mass.of(amount, unit),
        quantity=quantity,
        unit_price=Money.of(str(round(kg * per_kg) + 5), "USD"),
        status=GearStatus.OWNED if on is not None else GearStatus.WISHLIST,
        purchased_on=on,
        id=_id(rng),
    )


def _log(rng: random.Random, session: Session) -> SessionLog:
    """A plausible log of ``session``: about as planned, with RPE and knee pain."""
    return SessionLog(
        minutes=max(1, session.planned_minutes + rng.choice((-2, -1, 0, 0, 0, 0, 1))),
        load=session.planned_load,
        surface=session.surface,
        rpe=rng.randint(3, 8),
        pain_during=rng.choice((0, 1, 1, 2, 2, 3, 4)),
        pain_next_morning=rng.choice((0, 0, 1, 1, 2, 3)),
    )


def _settle(rng: random.Random, session: Session, today: date, skip_rate: float) -> Session:
    """Log a past session (done, or skipped at ``skip_rate``); leave a coming one planned."""
    if session.day >= today:
        return session
    if rng.random() < skip_rate:
        return session.skipped()
    return session.done(_log(rng, session))


# ------------------------------------------------------------------ databases


def write_empty(path: Path) -> None:
    """A new empty database."""
    open_workspace(path, create=True).close()


def write_ten_years(path: Path, today: date) -> None:
    """1,560 sessions from ten 52-week programmes, and 50 gear items."""
    rng = random.Random(SEED)
    workspace = open_workspace(path, create=True)
    try:
        services = build_services(workspace, today=lambda: today)
        gear = _gear(rng, today, sleds=1)
        services.gear.add_many(gear)
        sled = gear[0]
        # 520 weeks whose last two are the coming ones.
        first_monday = week_start(today) + timedelta(weeks=2 - 520)
        for number in range(10):
            key = "foundation" if number == 0 else "progressive"
            chosen = template(key)
            loads = {}
            if chosen.loaded:
                loads = {
                    "start_load": Mass.of(str(5 + 2 * number), "kg"),
                    "step": Mass.of("1", "kg"),
                }
            programme = Programme.from_template(
                chosen,
                start=first_monday + timedelta(weeks=52 * number),
                name=f"Year {number + 1}",
                weeks=52,
                weekdays=(0, 2, 4),
                surface="grass",
                sled_id=sled.id,
                id=_id(rng),
                **loads,
            )
            # The programme service's preview() is this plus the gear's loads for snapping,
            # which these programmes do not use.
            plan = generate_plan(programme, chosen)
            sessions = [
                _settle(rng, session.with_changes(id=_id(rng)), today, skip_rate=0.05)
                for session in plan.sessions
            ]
            services.programmes.add(
                programme, GeneratedPlan(sessions, plan.warnings, plan.flagged, plan.week_loads)
            )
    finally:
        workspace.close()


def write_coach(path: Path, today: date) -> None:
    """50,000 sessions over six years, in one write, and 50 gear items (three sleds)."""
    rng = random.Random(SEED + 1)
    workspace = open_workspace(path, create=True)
    try:
        services = build_services(workspace, today=lambda: today)
        gear = _gear(rng, today, sleds=3)
        services.gear.add_many(gear)
        sled_ids = [item.id for item in gear if item.kind is GearKind.SLED]
        last = today + timedelta(days=14)
        first = last - timedelta(days=COACH_DAYS - 1)
        activities = (Activity.BACKWARD_DRAG,) * 6 + (
            Activity.BACKWARD_WALK,
            Activity.FORWARD_DRAG,
            Activity.LATERAL_DRAG,
        )
        sessions = []
        for n in range(COACH_SESSIONS):
            day = first + timedelta(days=n * COACH_DAYS // COACH_SESSIONS)
            activity = rng.choice(activities)
            drags = activity.uses_sled
            session = Session(
                day,
                activity=activity,
                planned_minutes=rng.choice((8, 10, 10, 12, 15)),
                planned_load=Mass.of(str(rng.randrange(0, 81, 5)), "lb") if drags else None,
                surface=rng.choice(("grass", "turf", "rubber")),
                sled_id=rng.choice(sled_ids) if drags else None,
                start_time=clock(7 + n % 12, rng.choice((0, 15, 30, 45))),
                notes=f"Client {1 + rng.randrange(40)}" if rng.random() < 0.3 else "",
                id=_id(rng),
            )
            sessions.append(_settle(rng, session, today, skip_rate=0.08))
        services.schedule.add_many(sessions)
    finally:
        workspace.close()


def generate(
    folder: Path, today: date | None = None, seconds: dict[str, float] | None = None
) -> dict[str, Path]:
    """Write the three databases into ``folder`` (replacing files of the same names).

    Args:
        folder: Where to write them; created when missing.
        today: The day the data counts back from; date.today() by default.
        seconds: When given, filled with the time each database took to write.

    Returns:
        Their paths by name: "empty", "ten-years", "coach".
    """
    day = today or date.today()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = {name: folder / f"{name}.json" for name in NAMES}
    writers: dict[str, Callable[[Path], None]] = {
        "empty": write_empty,
        "ten-years": lambda path: write_ten_years(path, day),
        "coach": lambda path: write_coach(path, day),
    }
    for name, path in paths.items():
        path.unlink(missing_ok=True)
        started = time.perf_counter()
        writers[name](path)
        if seconds is not None:
            seconds[name] = time.perf_counter() - started
    return paths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=Path("bench-data"))
    args = parser.parse_args(argv)
    seconds: dict[str, float] = {}
    paths = generate(args.folder, seconds=seconds)
    for name, path in paths.items():
        size = path.stat().st_size / 1024
        print(f"{name:10} {path}  {size:9,.0f} KiB  written in {seconds[name]:5.2f} s")
    print(f"total {sum(seconds.values()):.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

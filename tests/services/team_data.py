"""Athlete databases for the team tests, written through the services, with a fixed today."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sledplanner.domain.gear import GearItem
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.workspace import open_workspace

#: A Wednesday: its week (Monday first) began two days earlier.
TODAY = date(2026, 3, 11)
MONDAY = TODAY - timedelta(days=2)


def sled(name: str = "R2") -> GearItem:
    return GearItem(kind="sled", name=name, mass=Mass.of("20", "lb"))


def bell(pounds: str) -> GearItem:
    return GearItem(kind="kettlebell", name=f"Kettlebell {pounds} lb", mass=Mass.of(pounds, "lb"))


def done(
    day: date,
    load: str = "20",
    *,
    minutes: int = 10,
    rpe: int | None = 5,
    pain: int | None = 2,
    morning: int | None = 1,
    sled_id: str | None = None,
) -> Session:
    """A sled drag on ``day`` logged as done."""
    return Session(
        day, planned_load=Mass.of(load, "lb"), planned_minutes=minutes, sled_id=sled_id
    ).done(
        SessionLog(
            minutes=minutes,
            load=Mass.of(load, "lb"),
            rpe=rpe,
            pain_during=pain,
            pain_next_morning=morning,
        )
    )


def planned(day: date, load: str = "20", sled_id: str | None = None) -> Session:
    return Session(day, planned_load=Mass.of(load, "lb"), sled_id=sled_id)


Writer = Callable[..., Path]


def write_athlete_file(
    path: Path,
    sessions: list[Session] | None = None,
    gear: list[GearItem] | None = None,
) -> Path:
    """Write a database at ``path`` with ``gear`` (a sled and two bells) and ``sessions``."""
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace = open_workspace(path, create=True)
    services = build_services(workspace, today=lambda: TODAY)
    services.gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
    services.gear.add_many(gear if gear is not None else [sled(), bell("20"), bell("35")])
    if sessions:
        services.schedule.add_many(list(sessions))
    workspace.close()
    return path

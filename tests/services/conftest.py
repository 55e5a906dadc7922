"""Fixtures of the service tests: services on a new database with a clock to move (coaching
numbers), and a folder to write athlete databases into (the team)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from sledplanner.domain.preferences import Preferences
from sledplanner.services.bundle import Services, build_services
from sledplanner.services.workspace import open_workspace

from .team_data import Writer, write_athlete_file
from .test_coaching_numbers import MONDAY, SLED, Clock


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY + timedelta(days=41))


@pytest.fixture
def services(tmp_path: Path, clock: Clock) -> Iterator[Services]:
    workspace = open_workspace(tmp_path / "db.json", create=True)
    made = build_services(workspace, today=clock)
    made.gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
    made.gear.add(SLED)
    yield made
    workspace.close()


@pytest.fixture
def write_athlete(tmp_path: Path) -> Writer:
    """Write ``team/NAME.json`` under the test's folder (see ``write_athlete_file``)."""

    def write(name: str, sessions=None, gear=None) -> Path:  # noqa: ANN001
        return write_athlete_file(tmp_path / "team" / f"{name}.json", sessions, gear)

    return write

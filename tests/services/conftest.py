"""Fixtures of the coaching-numbers tests: services on a new database, with a clock to move."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from sledplanner.domain.preferences import Preferences
from sledplanner.services.bundle import Services, build_services
from sledplanner.services.workspace import open_workspace

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

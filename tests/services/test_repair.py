"""Setting aside the invalid and duplicate records of a hand-edited file, keeping every byte."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from sledplanner.domain.gear import GearItem
from sledplanner.domain.money import Money
from sledplanner.domain.programme import Programme
from sledplanner.domain.sessions import Session
from sledplanner.domain.subscriptions import Subscription
from sledplanner.domain.units import Mass
from sledplanner.services.check import check_database
from sledplanner.services.errors import DatabaseReadOnlyError
from sledplanner.services.gear import GearService
from sledplanner.services.repair import NothingToSetAsideError, set_aside_invalid_records
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace, open_workspace
from sledplanner.storage.backups import backup_folder, list_backups

SLED = GearItem(kind="sled", name="Prowler", mass=Mass.of("35", "lb"), id="sled")
BELL = GearItem(kind="kettlebell", name="Bell", mass=Mass.of("24", "kg"), id="bell")
SESSION = Session(day=date(2026, 5, 4), sled_id="sled", id="s1")
COACH = Subscription(name="Coach", monthly_price=Money.of("49", "USD"), start=date(2025, 1, 1))
PLAN = Programme(name="Knees", template="progressive", start=date(2026, 5, 4), id="plan")


def _good_database(path: Path) -> None:
    workspace = open_workspace(path, create=True)
    gear = GearService(workspace)
    gear.add_many([SLED, BELL])
    gear.add_subscription(COACH)
    ScheduleService(workspace).add(SESSION)
    workspace.close()
    tables = json.loads(path.read_text("utf-8"))
    tables["programmes"] = {"1": PLAN.to_dict()}
    path.write_text(json.dumps(tables), "utf-8")


def _hand_edit(path: Path) -> dict[str, dict[str, Any]]:
    """Add bad records as a person editing the file might; return them by table and doc id."""
    tables = json.loads(path.read_text("utf-8"))
    bad = {
        "gear": {
            "10": {**BELL.to_dict(), "id": "broken", "mass": {"value": "-3", "unit": "kg"}},
            "11": {**SLED.to_dict(), "name": "Second Prowler"},  # a duplicate id
            "12": {"kind": "rocket"},
        },
        "sessions": {"10": {**SESSION.to_dict(), "id": "s2", "planned_minutes": "ten"}},
        "subscriptions": {"10": {**COACH.to_dict(), "id": "c2", "start": "someday"}},
        "programmes": {"10": {**PLAN.to_dict(), "id": "plan2", "weeks": 0}},
    }
    for table, records in bad.items():
        tables[table].update(records)
    path.write_text(json.dumps(tables), "utf-8")
    return bad


def _shown(workspace: Workspace) -> dict[str, Any]:
    gear, schedule = GearService(workspace), ScheduleService(workspace)
    return {
        "gear": [item.to_dict() for item in gear.items()],
        "subscriptions": [s.to_dict() for s in gear.subscriptions()],
        "sessions": [s.to_dict() for s in schedule.sessions()],
    }


def test_invalid_and_duplicate_records_are_backed_up_set_aside_and_removed(db_path: Path) -> None:
    _good_database(db_path)
    bad = _hand_edit(db_path)
    before = db_path.read_bytes()
    assert not check_database(db_path).ok
    workspace = open_workspace(db_path)
    shown = _shown(workspace)
    assert GearService(workspace).problems() and ScheduleService(workspace).problems()
    writes: list[int] = []
    storage = workspace.database.storage
    real_changed = storage.changed

    def counting_write(table: str | None, keys: object = None) -> None:
        writes.append(1)
        real_changed(table, keys)  # type: ignore[arg-type]

    storage.changed = counting_write  # type: ignore[method-assign]
    try:
        aside = set_aside_invalid_records(workspace)
        assert len(writes) == 4  # one write per table holding bad records
        assert _shown(workspace) == shown  # nothing the app shows was touched
        assert not GearService(workspace).problems()
        assert not ScheduleService(workspace).problems()
    finally:
        workspace.close()

    assert aside.parent == db_path.parent
    assert re.fullmatch(r"training\.set-aside-\d{8}T\d{12}\.json", aside.name)
    kept = json.loads(aside.read_text("utf-8"))
    assert kept["tables"] == bad  # every removed record, under its table and doc id
    assert len(kept["problems"]) == 6
    assert "gear record 11: id: duplicate id sled" in kept["problems"]
    assert any(p.startswith("sessions record 10: planned_minutes") for p in kept["problems"])

    (backup,) = list_backups(db_path)
    assert "-before-repair-" in backup.name and backup.read_bytes() == before

    report = check_database(db_path)
    assert report.ok, [str(p) for p in report.problems]
    stored = json.loads(db_path.read_text("utf-8"))
    assert sorted(stored["gear"]) == ["1", "2"]
    assert list(stored["sessions"]) == ["1"] and list(stored["programmes"]) == ["1"]


def test_a_duplicate_of_an_invalid_record_keeps_the_valid_one(db_path: Path) -> None:
    _good_database(db_path)
    tables = json.loads(db_path.read_text("utf-8"))
    # The invalid copy comes first: the app shows the later, valid one, which must stay.
    tables["gear"] = {"1": {**BELL.to_dict(), "quantity": -1}, "2": BELL.to_dict()}
    db_path.write_text(json.dumps(tables), "utf-8")
    workspace = open_workspace(db_path)
    try:
        assert [item.id for item in GearService(workspace).items()] == ["bell"]
        aside = set_aside_invalid_records(workspace)
        assert [item.to_dict() for item in GearService(workspace).items()] == [BELL.to_dict()]
        assert not GearService(workspace).problems()
    finally:
        workspace.close()
    assert list(json.loads(aside.read_text("utf-8"))["tables"]["gear"]) == ["1"]


def test_a_sound_file_is_left_alone(db_path: Path) -> None:
    _good_database(db_path)
    before = db_path.read_bytes()
    workspace = open_workspace(db_path)
    try:
        with pytest.raises(NothingToSetAsideError):
            set_aside_invalid_records(workspace)
    finally:
        workspace.close()
    assert db_path.read_bytes() == before
    assert not backup_folder(db_path).exists()
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["training.json"]


def test_a_read_only_workspace_is_not_changed(db_path: Path) -> None:
    _good_database(db_path)
    _hand_edit(db_path)
    before = db_path.read_bytes()
    workspace = open_workspace(db_path, read_only=True)
    try:
        with pytest.raises(DatabaseReadOnlyError):
            set_aside_invalid_records(workspace)
    finally:
        workspace.close()
    assert db_path.read_bytes() == before
    assert not list_backups(db_path)

"""Changes made from the team view: one template for several athletes, new athletes."""

from __future__ import annotations

from pathlib import Path

import pytest

from sledplanner.domain.feasibility import check_sessions
from sledplanner.domain.programme import default_start
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.errors import DatabaseError, DatabaseExistsError
from sledplanner.services.team import summarise
from sledplanner.services.team_plans import (
    TemplateChoice,
    apply_template,
    athlete_file_name,
    create_athlete,
    readd_plan,
    remove_new_athlete,
    remove_plan,
    restore_new_athlete,
)
from sledplanner.services.workspace import open_workspace

from .team_data import TODAY, bell, sled

START = default_start(TODAY)
CHOICE = TemplateChoice("progressive", START, (0, 2, 4), 6, 10)


class FakeLock:
    """A lock file as the services see it: held elsewhere, or free; counts what it did."""

    held_elsewhere: set[Path] = set()
    taken: list[Path] = []

    def __init__(self, path: Path) -> None:
        self.path = path

    def acquire(self) -> bool:
        if self.path in FakeLock.held_elsewhere:
            return False
        FakeLock.taken.append(self.path)
        return True

    def release(self) -> None:
        FakeLock.taken.remove(self.path)


def stored(path: Path):  # noqa: ANN201
    workspace = open_workspace(path, read_only=True)
    services = build_services(workspace, today=lambda: TODAY)
    sessions, gear, programmes = (
        services.schedule.sessions(),
        services.gear.items(),
        services.programmes.programmes(),
    )
    workspace.close()
    return sessions, gear, programmes


def test_one_template_for_three_athletes_is_snapped_to_each_ones_gear(write_athlete) -> None:
    FakeLock.held_elsewhere = set()
    heavy = write_athlete("heavy", gear=[sled(), bell("20"), bell("35")])
    light = write_athlete("light", gear=[sled(), bell("10")])
    bare = write_athlete("bare", gear=[bell("20")])
    outcomes = {
        p.stem: apply_template(p, CHOICE, FakeLock, lambda: TODAY) for p in (heavy, light, bare)
    }
    assert FakeLock.taken == []  # every lock was given back
    for name, path in (("heavy", heavy), ("light", light)):
        sessions, gear, programmes = stored(path)
        assert len(sessions) == 18 and len(programmes) == 1
        assert all(s.day >= START for s in sessions)
        # Snapped: every planned load is one this athlete's own gear builds.
        assert [i for i in check_sessions(sessions, gear) if i.unbuildable] == []
        assert outcomes[name].programme is not None
    heavy_loads = {s.planned_load for s in stored(heavy)[0]}
    light_loads = {s.planned_load for s in stored(light)[0]}
    assert max(light_loads) <= Mass.of("10", "lb") < max(heavy_loads)
    assert stored(heavy)[0][0].planned_load == Mass.of("20", "lb")  # the lightest it builds
    assert "no sled in the gear: the sessions name none" in outcomes["bare"].problems


def test_a_locked_athlete_is_left_unchanged_and_said_so(write_athlete) -> None:
    path = write_athlete("ann")
    before = path.read_bytes()
    FakeLock.held_elsewhere = {path}
    try:
        outcome = apply_template(path, CHOICE, FakeLock, lambda: TODAY)
    finally:
        FakeLock.held_elsewhere = set()
    assert outcome.programme is None
    assert outcome.problems == (f"{path}: open in another SledPlanner; not changed",)
    assert path.read_bytes() == before


def test_undo_and_redo_of_one_athletes_plan(write_athlete) -> None:
    path = write_athlete("ann")
    outcome = apply_template(path, CHOICE, FakeLock, lambda: TODAY)
    assert len(stored(path)[0]) == 18
    remove_plan(outcome, FakeLock)
    assert stored(path)[0] == [] and stored(path)[2] == []
    readd_plan(outcome, FakeLock)
    assert len(stored(path)[0]) == 18


def test_new_athletes_empty_with_copied_gear_or_planned(tmp_path: Path, write_athlete) -> None:
    source = write_athlete("coach-gear", gear=[sled("Big sled"), bell("20"), bell("35")])
    folder = source.parent
    empty = create_athlete(folder, "Ann Smith", FakeLock, today=lambda: TODAY)
    assert empty.path == folder / "Ann-Smith.json"
    row = summarise(empty.path, TODAY)
    assert row is not None and row.name == "Ann Smith" and row.problem is None
    assert stored(empty.path)[1] == []

    copied = create_athlete(folder, "Ann Smith", FakeLock, gear_from=source, today=lambda: TODAY)
    assert copied.path == folder / "Ann-Smith-2.json"
    gear = stored(copied.path)[1]
    original = stored(source)[1]
    assert [(g.name, g.mass) for g in gear] == [(g.name, g.mass) for g in original]
    assert not {g.id for g in gear} & {g.id for g in original}

    planned = create_athlete(
        folder, "Bo", FakeLock, gear_from=source, choice=CHOICE, today=lambda: TODAY
    )
    sessions = stored(planned.path)[0]
    assert len(sessions) == 18 and sessions[0].planned_load == Mass.of("20", "lb")
    sled_id = stored(planned.path)[1][0].id
    assert all(s.sled_id == sled_id for s in sessions)
    assert FakeLock.taken == []


def test_file_names_of_new_athletes_are_safe_and_unique(tmp_path: Path) -> None:
    assert athlete_file_name(tmp_path, "../../etc/passwd") == tmp_path / "etcpasswd.json"
    assert athlete_file_name(tmp_path, "   ") == tmp_path / "athlete.json"
    (tmp_path / "Zoë.json").write_text("{}", "utf-8")
    assert athlete_file_name(tmp_path, "Zoë") == tmp_path / "Zoë-2.json"


def test_undoing_a_new_athlete_keeps_a_file_changed_since(write_athlete) -> None:
    folder = write_athlete("someone").parent
    outcome = create_athlete(folder, "Hal", FakeLock, today=lambda: TODAY)
    made = outcome.path.read_bytes()
    remove_new_athlete(outcome.path, made, FakeLock)
    assert not outcome.path.exists()
    restore_new_athlete(outcome.path, made)
    assert outcome.path.read_bytes() == made
    with pytest.raises(DatabaseExistsError):
        restore_new_athlete(outcome.path, made)
    workspace = open_workspace(outcome.path)  # the coach logs something for Hal meanwhile
    build_services(workspace).gear.add(sled())
    workspace.close()
    with pytest.raises(DatabaseError, match="changed since it was made; kept"):
        remove_new_athlete(outcome.path, made, FakeLock)
    assert outcome.path.exists() and FakeLock.taken == []

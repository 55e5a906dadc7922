"""Imports from Strong, Hevy and FitNotes: the mapping rules, the readers and the service."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest

from sledplanner.domain.app_import import (
    ExportSet,
    SourceApp,
    activity_for,
    group_sets,
    parse_exercise_overrides,
)
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.sessions import Activity, SessionStatus
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.app_import import AppImportService, SledChoiceError
from sledplanner.services.app_import.fitnotes import parse_duration
from sledplanner.services.app_import.hevy import parse_hevy_time
from sledplanner.services.csv_common import CsvImportError
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace, open_workspace

DATA = Path(__file__).parent.parent / "data" / "app_exports"
SLED = GearItem(kind=GearKind.SLED, name="Prowler", mass=Mass.of("20", "kg"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sled Drag (Backward)", Activity.BACKWARD_DRAG),
        ("Reverse Sled Drag", Activity.BACKWARD_DRAG),
        ("retro sled", Activity.BACKWARD_DRAG),
        ("Lateral Sled Drag", Activity.LATERAL_DRAG),
        ("Sled drag - side", Activity.LATERAL_DRAG),
        ("Sled Pull", Activity.FORWARD_DRAG),
        ("Sled Drag", Activity.FORWARD_DRAG),
        ("Backwards Walking", Activity.BACKWARD_WALK),
        ("Retro Walk", Activity.BACKWARD_WALK),
        ("Sled Push", None),
        ("Reverse Sled Push", None),
        ("Squat (Barbell)", None),
        ("Rest Timer", None),
        ("Walking", None),
        ("Schlitten-Zug rückwärts", None),
    ],
)
def test_exercise_names_are_mapped_by_their_words(name: str, expected: Activity | None) -> None:
    assert activity_for(name) is expected


def test_overrides_read_name_equals_activity_or_skip() -> None:
    found = parse_exercise_overrides(["Schlitten-Zug = backward_drag", "Sled Pull=skip"])
    assert found == {"schlitten-zug": Activity.BACKWARD_DRAG, "sled pull": None}
    with pytest.raises(ValidationError, match="not one of"):
        parse_exercise_overrides(["Sled=fly"])
    with pytest.raises(ValidationError, match="NAME=ACTIVITY"):
        parse_exercise_overrides(["Sled"])


def _set(line: int, **values: object) -> ExportSet:
    base: dict[str, object] = {
        "line": line,
        "workout": "2026-03-02T07:31",
        "day": date(2026, 3, 2),
        "exercise": "Sled Drag (Backward)",
    }
    base.update(values)
    return ExportSet(**base)  # type: ignore[arg-type]


def test_the_sets_of_one_exercise_in_one_workout_become_one_done_session() -> None:
    sets = [
        _set(2, warmup=True, weight=Mass.of("40", "kg"), seconds=60, rpe=Decimal(9)),
        _set(3, weight=Mass.of("25", "kg"), seconds=100, distance_m=Decimal(20), notes=("a",)),
        _set(4, weight=Mass.of("30", "kg"), seconds=101, distance_m=Decimal(25), rpe=Decimal(7)),
        _set(5, workout="2026-03-02T18:00", weight=Mass.of("10", "kg"), seconds=600),
    ]
    grouping = group_sets(SourceApp.STRONG, sets, {}, sled_id=SLED.id)
    first, second = grouping.sessions
    assert first.lines == (2, 3, 4)
    session = first.session
    assert session.status is SessionStatus.DONE
    assert session.log is not None
    # 261 s is 4.35 minutes; the warm-up counts toward the minutes, not the load.
    assert session.log.minutes == 4
    assert session.log.load == Mass.of("30", "kg")
    assert session.log.distance_m == Decimal(45)
    assert session.log.rpe == 9
    assert session.notes == "a"
    assert session.sled_id == SLED.id
    assert first.source.key == ("strong", "2026-03-02T07:31", "sled drag (backward)")
    assert second.session.log is not None and second.session.log.minutes == 10


def test_known_workouts_untimed_sets_and_other_exercises_are_skipped_and_counted() -> None:
    sets = [
        _set(2, seconds=60),
        _set(3, exercise="Squat", seconds=60),
        _set(4, exercise="Squat"),
        _set(5, workout="2026-03-03T07:00", day=date(2026, 3, 3)),
    ]
    known = [("strong", "2026-03-02T07:31", "sled drag (backward)")]
    grouping = group_sets(SourceApp.STRONG, sets, {}, known=known, not_sets={"Rest Timer": 3})
    assert grouping.sessions == ()
    reasons = {(s.name, s.rows, s.reason) for s in grouping.skipped}
    assert reasons == {
        ("Squat", 2, "not a sled drag or backward walk"),
        ("Rest Timer", 3, "not a set"),
        ("Sled Drag (Backward)", 1, "already imported"),
        ("Sled Drag (Backward)", 1, "no time logged in its sets"),
    }


def test_a_walk_has_no_load_and_a_skip_the_user_chose_says_so() -> None:
    sets = [
        _set(2, exercise="Backward Walking", weight=Mass.of("0", "lb"), seconds=600),
        _set(3, exercise="Reverse Sled Drag", weight=Mass.of("20", "lb"), seconds=300),
    ]
    grouping = group_sets(SourceApp.STRONG, sets, {"reverse sled drag": None}, sled_id=SLED.id)
    (walk,) = grouping.sessions
    assert walk.session.activity is Activity.BACKWARD_WALK
    assert walk.session.planned_load is None and walk.session.sled_id is None
    assert walk.session.log is not None and walk.session.log.load is None
    assert {(s.name, s.reason) for s in grouping.skipped} == {
        ("Reverse Sled Drag", "left out by the exercise mapping you chose")
    }


def test_summed_distances_keep_no_trailing_zeros() -> None:
    sets = [
        _set(2, seconds=60, distance_m=Decimal("80.46720")),
        _set(3, seconds=60, distance_m=Decimal("80.46720")),
        _set(4, workout="2026-03-02T18:00", seconds=60, distance_m=Decimal("50.0")),
        _set(5, workout="2026-03-02T18:00", seconds=60, distance_m=Decimal("50.0")),
    ]
    first, second = group_sets(SourceApp.STRONG, sets, {}, sled_id=SLED.id).sessions
    assert first.session.log is not None and second.session.log is not None
    assert str(first.session.log.distance_m) == "160.9344"
    assert str(second.session.log.distance_m) == "100"


def test_problems_count_only_for_exercises_imported() -> None:
    from sledplanner.domain.app_import import ImportProblem

    bad = (ImportProblem(3, "Weight", "'x' is not a number"),)
    sets = [_set(2, seconds=60), _set(3, exercise="Squat", problems=bad)]
    assert group_sets(SourceApp.STRONG, sets, {}).problems == ()
    mapped = group_sets(SourceApp.STRONG, sets, {"squat": Activity.FORWARD_DRAG})
    assert mapped.problems == bad


def test_hevy_times_and_fitnotes_durations() -> None:
    start = parse_hevy_time("2 Mar 2026, 07:31", "start_time")
    assert (start.date(), start.time()) == (date(2026, 3, 2), time(7, 31))
    assert parse_hevy_time("12 September 2025, 18:05", "x").month == 9
    with pytest.raises(ValidationError, match="2 Mar 2026, 07:31"):
        parse_hevy_time("tomorrow", "start_time")
    with pytest.raises(ValidationError, match="real date"):
        parse_hevy_time("31 Feb 2026, 07:31", "start_time")
    assert parse_duration("0:10:00", "Time") == 600
    assert parse_duration("1:02:03", "Time") == 3723
    assert parse_duration("03:30", "Time") == 210
    with pytest.raises(ValidationError, match="H:MM:SS"):
        parse_duration("ten minutes", "Time")


# ---------------------------------------------------------------------- the service


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(tmp_path / "db.json", create=True)
    GearService(opened).add(SLED)
    yield opened
    opened.close()


def _service(workspace: Workspace) -> tuple[AppImportService, ScheduleService]:
    schedule = ScheduleService(workspace)
    return AppImportService(workspace, schedule, GearService(workspace)), schedule


def _summary(schedule: ScheduleService) -> list[tuple[str, str, int, str, str]]:
    rows = []
    for session in schedule.sessions():
        assert session.log is not None
        load = str(session.log.load) if session.log.load is not None else "-"
        rows.append(
            (
                session.day.isoformat(),
                session.activity.value,
                session.log.minutes,
                load,
                format(session.log.distance_m.normalize(), "f") if session.log.distance_m else "-",
            )
        )
    return sorted(rows)


def test_strong_export_imports_once(workspace: Workspace) -> None:
    service, schedule = _service(workspace)
    overrides = {"schlitten-zug rückwärts (sled)": Activity.BACKWARD_DRAG}
    plan = service.plan(
        SourceApp.STRONG, DATA / "strong.csv", unit=MassUnit.KG, overrides=overrides
    )
    service.apply(plan)
    assert _summary(schedule) == [
        ("2026-03-02", "backward_drag", 4, "20 kg", "-"),
        ("2026-03-02", "backward_drag", 8, "27.5 kg", "40"),
        ("2026-03-02", "backward_walk", 10, "-", "400"),
        ("2026-03-04", "backward_drag", 5, "30 kg", "-"),
        ("2026-03-04", "lateral_drag", 2, "15 kg", "-"),
    ]
    walk = [s for s in schedule.sessions() if s.activity is Activity.BACKWARD_WALK][0]
    assert walk.sled_id is None and walk.notes == "slow, careful"
    assert {(s.name, s.reason) for s in plan.skipped} >= {
        ("Squat (Barbell)", "not a sled drag or backward walk"),
        ("Sled Push", "not a sled drag or backward walk"),
        ("Rest Timer", "not a set"),
    }
    again = service.plan(SourceApp.STRONG, DATA / "strong.csv", overrides=overrides)
    assert again.sessions == ()
    assert service.apply(again) == []
    assert len(schedule.sessions()) == 5


def test_the_older_strong_form_has_its_units_and_decimal_commas(workspace: Workspace) -> None:
    service, schedule = _service(workspace)
    service.apply(service.plan(SourceApp.STRONG, DATA / "strong_old.csv", unit=MassUnit.KG))
    (session,) = schedule.sessions()
    assert session.log is not None
    # 22,5 kg against 50 lbs: the heavier set, kept in its own unit.
    assert session.log.load == Mass.of("50", "lb")
    assert session.log.minutes == 6 and session.log.rpe == 8
    assert session.log.distance_m == Decimal(40)


def test_hevy_export_and_an_overlapping_newer_export(workspace: Workspace, tmp_path: Path) -> None:
    service, schedule = _service(workspace)
    service.apply(service.plan(SourceApp.HEVY, DATA / "hevy.csv"))
    first = _summary(schedule)
    assert first == [
        ("2026-03-02", "backward_drag", 5, "45 lb", "-"),
        # The 100 lb warm-up counts toward the minutes only.
        ("2026-03-02", "backward_drag", 8, "55 lb", "40.2336"),
        ("2026-03-02", "backward_walk", 9, "-", "402.336"),
        ("2026-03-05", "backward_drag", 7, "60 lb", "-"),
        ("2026-03-05", "forward_drag", 3, "90 lb", "-"),
    ]
    newer = tmp_path / "newer.csv"
    text = (DATA / "hevy.csv").read_text(encoding="utf-8")
    newer.write_text(
        text + 'Knee day,"9 Mar 2026, 07:30","9 Mar 2026, 08:00",,Sled Backward Drag,,,0,'
        "normal,65,,,360,7\n",
        encoding="utf-8",
    )
    plan = service.plan(SourceApp.HEVY, newer)
    assert [item.session.day for item in plan.sessions] == [date(2026, 3, 9)]
    service.apply(plan)
    assert len(schedule.sessions()) == 6


def test_fitnotes_export_units_per_row(workspace: Workspace) -> None:
    service, schedule = _service(workspace)
    service.apply(service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv"))
    assert _summary(schedule) == [
        ("2026-03-02", "backward_drag", 10, "25.0 kg", "20"),
        ("2026-03-02", "backward_walk", 10, "-", "500"),
        ("2026-03-03", "lateral_drag", 5, "10.0 kg", "-"),
    ]


def test_undo_removes_the_sessions_and_their_sources(workspace: Workspace) -> None:
    service, schedule = _service(workspace)
    plan = service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv")
    ids = service.apply(plan)
    service.undo(ids)
    assert schedule.sessions() == []
    assert len(service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv").sessions) == 3


def test_bad_rows_name_file_line_and_column(workspace: Workspace, tmp_path: Path) -> None:
    service, schedule = _service(workspace)
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Date,Exercise,Category,Weight,Weight Unit,Reps,Distance,Distance Unit,Time,Comment\n"
        "2026-03-02,Backward Sled Drag,Legs,heavy,kgs,,,,0:03:00,\n"
        "2026-03-02,Deadlift,Back,also bad,kgs,5,,,,\n"
        "2026-13-02,Squat,Legs,100,kgs,5,,,,\n"
        "2026-03-03,Backward Sled Drag,Legs,20,stone,,,,3 min,\n",
        encoding="utf-8",
    )
    with pytest.raises(CsvImportError) as caught:
        service.plan(SourceApp.FITNOTES, bad)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{bad}:2: Weight: 'heavy' is not a number such as 22.5",
        f"{bad}:4: Date: '2026-13-02' is not a date written YYYY-MM-DD",
        f"{bad}:5: Weight Unit: 'stone' is not kg or lbs",
        f"{bad}:5: Weight: has no unit: give the weight unit",
        f"{bad}:5: Time: '3 min' is not a time written H:MM:SS such as 0:10:00",
    ]
    assert schedule.sessions() == []


def test_a_file_of_another_app_is_refused(workspace: Workspace) -> None:
    service, _ = _service(workspace)
    with pytest.raises(CsvImportError, match="is this a Hevy export"):
        service.plan(SourceApp.HEVY, DATA / "fitnotes.csv")


def test_the_sled_is_named_or_the_only_one_owned(workspace: Workspace) -> None:
    service, _ = _service(workspace)
    plan = service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv")
    assert plan.sled == SLED
    GearService(workspace).add(GearItem(kind=GearKind.SLED, name="Tyre", mass=Mass.of("9", "kg")))
    with pytest.raises(SledChoiceError, match=r"2 sleds are owned \(Prowler, Tyre\)"):
        service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv")
    chosen = service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv", sled_name="tyre")
    assert chosen.sled is not None and chosen.sled.name == "Tyre"
    assert {item.session.sled_id for item in chosen.sessions} == {chosen.sled.id, None}
    with pytest.raises(SledChoiceError, match="no sled named 'Sledge'"):
        service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv", sled_name="Sledge")
    retired = GearItem(kind=GearKind.SLED, name="Old", mass=Mass.of("9", "kg"))
    assert retired.status is GearStatus.OWNED


def test_a_failed_write_stores_neither_the_sessions_nor_their_sources(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from sledplanner.services.errors import DatabaseError
    from sledplanner.storage import atomic

    service, schedule = _service(workspace)
    plan = service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv")
    before = workspace.path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseError, match="No space left on device"):
        service.apply(plan)
    monkeypatch.undo()
    assert workspace.path.read_bytes() == before
    assert schedule.sessions() == []
    # Nothing was remembered as imported either: the same plan goes in once the disk has room.
    again = service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv")
    assert len(again.sessions) == 3
    service.apply(again)
    assert len(schedule.sessions()) == 3
    assert service.plan(SourceApp.FITNOTES, DATA / "fitnotes.csv").sessions == ()

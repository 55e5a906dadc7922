"""The sessions table and the schedule service: storage, ranges, one write per batch, listeners."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.check import check_database
from sledplanner.services.schedule import ScheduleChange, ScheduleService
from sledplanner.services.workspace import Workspace, open_workspace
from sledplanner.storage import atomic
from sledplanner.storage.database import Database, open_database
from sledplanner.storage.errors import DatabaseReadOnlyError, DatabaseWriteError
from sledplanner.storage.repositories import BadRecord
from sledplanner.storage.session_repository import SessionRepository


def session(day: date, **fields: Any) -> Session:
    return Session(day=day, **fields)


def dicts(records: list[Session]) -> list[dict[str, Any]]:
    return [record.to_dict() for record in records]


def stored(path: Path) -> dict[str, Any]:
    tables: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return tables.get("sessions", {})


def write_file(path: Path, records: dict[str, Any]) -> None:
    meta = {"meta": {"1": {"schema_version": 1}}}
    path.write_text(json.dumps({**meta, "sessions": records}), "utf-8")


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    opened = open_database(db_path, create=True)
    yield opened
    opened.close()


@pytest.fixture
def repo(database: Database) -> SessionRepository:
    return SessionRepository(database.db)


@pytest.fixture
def workspace(db_path: Path) -> Iterator[Workspace]:
    opened = open_workspace(db_path, create=True)
    yield opened
    opened.close()


@pytest.fixture
def schedule(workspace: Workspace) -> ScheduleService:
    return ScheduleService(workspace, today=lambda: date(2026, 5, 4))


def count_writes(monkeypatch: pytest.MonkeyPatch, database: Database) -> list[int]:
    """Count the storage writes of ``database`` (each one replaces the file once)."""
    writes: list[int] = []
    replace = atomic.write_atomically

    def counting(path: Path, payload: bytes, before_replace: object = None) -> None:
        if path == database.path:
            writes.append(1)
        replace(path, payload, before_replace)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "write_atomically", counting)
    return writes


def count_replacements(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Count the files replaced on disk, whoever asks for it."""
    replaced: list[Path] = []
    real = atomic.write_atomically

    def counting(path: Path, payload: bytes, before_replace: object = None) -> None:
        replaced.append(path)
        real(path, payload)

    monkeypatch.setattr(atomic, "write_atomically", counting)
    return replaced


# ------------------------------------------------------------------ the table


def test_add_get_update_remove_on_disk(db_path: Path, repo: SessionRepository) -> None:
    first = session(date(2026, 5, 4), planned_load=Mass.of("55", "lb"))
    second = session(date(2026, 5, 6), start_time=time(7, 0))
    repo.add(first)
    repo.add(second)
    assert dicts(repo.all()) == dicts([first, second])
    assert list(stored(db_path).values()) == dicts([first, second])
    got = repo.get(first.id)
    assert got is not None and got.to_dict() == first.to_dict()
    assert repo.get("nope") is None

    done = first.done(SessionLog(minutes=9, rpe=6))
    repo.update(done)
    assert [r["actual_minutes"] for r in stored(db_path).values()] == [9, None]
    repo.remove(second.id)
    assert dicts(repo.all()) == dicts([done])
    assert repo.count() == 1


def test_unknown_ids_raise_and_write_nothing(db_path: Path, repo: SessionRepository) -> None:
    repo.add(session(date(2026, 5, 4)))
    before = db_path.read_bytes()
    with pytest.raises(KeyError):
        repo.update(session(date(2026, 5, 5)))
    with pytest.raises(KeyError):
        repo.remove("nope")
    with pytest.raises(KeyError):
        repo.remove_many(["nope", repo.all()[0].id])
    assert db_path.read_bytes() == before
    assert repo.count() == 1


def test_add_many_and_remove_many_are_one_write_each(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, database: Database, repo: SessionRepository
) -> None:
    batch = [session(date(2026, 5, 4) + timedelta(days=n)) for n in range(30)]
    writes = count_writes(monkeypatch, database)
    replaced = count_replacements(monkeypatch)
    repo.add_many(iter(batch))
    assert writes == [1] and replaced == [db_path]
    assert list(stored(db_path).values()) == dicts(batch)
    repo.remove_many(s.id for s in batch[::2])
    assert writes == [1, 1] and replaced == [db_path, db_path]
    assert list(stored(db_path).values()) == dicts(batch[1::2])


def test_add_many_with_a_duplicate_id_stores_nothing(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, database: Database, repo: SessionRepository
) -> None:
    kept = session(date(2026, 5, 4))
    repo.add(kept)
    before = db_path.read_bytes()
    writes = count_writes(monkeypatch, database)
    with pytest.raises(KeyError):
        repo.add_many([session(date(2026, 5, 5)), kept.with_changes(notes="twin")])
    assert writes == [] and db_path.read_bytes() == before


def test_a_failed_write_leaves_file_and_memory_as_they_were(
    monkeypatch: pytest.MonkeyPatch, db_path: Path, repo: SessionRepository
) -> None:
    kept = session(date(2026, 5, 4))
    repo.add(kept)
    before = db_path.read_bytes()

    def disk_full(path: Path, payload: bytes, before_replace: object = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseWriteError):
        repo.add_many([session(date(2026, 5, 5)), session(date(2026, 5, 6))])
    assert db_path.read_bytes() == before
    assert dicts(repo.all()) == dicts([kept])
    assert dicts(repo.between(date(2026, 5, 1), date(2026, 5, 31))) == dicts([kept])


# ------------------------------------------------------------------ ranges


def test_between_includes_both_ends_and_nothing_outside(repo: SessionRepository) -> None:
    days = [date(2026, 4, 30), date(2026, 5, 1), date(2026, 5, 31), date(2026, 6, 1)]
    repo.add_many([session(day) for day in days])
    found = repo.between(date(2026, 5, 1), date(2026, 5, 31))
    assert [s.day for s in found] == [date(2026, 5, 1), date(2026, 5, 31)]
    assert repo.between(date(2026, 5, 31), date(2026, 5, 1)) == []
    assert [s.day for s in repo.between(date(2026, 6, 1), date(2026, 6, 1))] == [date(2026, 6, 1)]


def test_between_sees_every_change_at_once(repo: SessionRepository) -> None:
    may = (date(2026, 5, 1), date(2026, 5, 31))
    first = session(date(2026, 5, 4))
    repo.add(first)
    assert len(repo.between(*may)) == 1  # now cached by TinyDB
    repo.add(session(date(2026, 5, 5)))
    assert len(repo.between(*may)) == 2
    repo.update(first.moved_to(date(2026, 6, 2)))
    assert [s.day for s in repo.between(*may)] == [date(2026, 5, 5)]
    repo.remove_many([s.id for s in repo.all()])
    assert repo.between(*may) == []


@settings(max_examples=60)
@given(
    offsets=st.lists(st.integers(-400, 400), max_size=40),
    start=st.integers(-420, 420),
    length=st.integers(-3, 120),
)
def test_between_matches_a_brute_force_filter(
    offsets: list[int], start: int, length: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    base = date(2026, 5, 15)
    path = tmp_path_factory.mktemp("range") / "db.json"
    database = open_database(path, create=True)
    try:
        repo = SessionRepository(database.db)
        repo.add_many([session(base + timedelta(days=n)) for n in offsets])
        first = base + timedelta(days=start)
        last = first + timedelta(days=length)
        expected = [s.to_dict() for s in repo.all() if first <= s.day <= last]
        assert dicts(repo.between(first, last)) == expected
    finally:
        database.close()


def test_between_builds_only_the_sessions_in_range(repo: SessionRepository) -> None:
    start = date(2024, 1, 1)
    repo.add_many([session(start + timedelta(days=n % 1000)) for n in range(3000)])
    built: list[str] = []
    read = repo._read

    def counting(record: dict[str, Any]) -> Session:
        built.append(record["date"])
        return read(record)

    repo._read = counting
    found = repo.between(date(2025, 2, 1), date(2025, 2, 28))
    assert len(found) == 28 * 3
    assert len(built) == len(found), "records outside the month are never rebuilt"


def test_between_finds_dates_written_by_hand_and_skips_invalid_records(db_path: Path) -> None:
    good = session(date(2026, 5, 4))
    write_file(
        db_path,
        {
            "1": good.to_dict(),
            "2": {**session(date(2026, 5, 1)).to_dict(), "date": " 2026-05-05 "},
            "3": {**session(date(2026, 5, 1)).to_dict(), "date": "20260506"},
            "4": {**session(date(2026, 5, 1)).to_dict(), "date": "2026-05-32"},
            "5": {**session(date(2026, 5, 1)).to_dict(), "date": 20260507},
            "6": {**session(date(2026, 5, 1)).to_dict(), "planned_minutes": 0},
            "7": {**session(date(2026, 5, 1)).to_dict(), "date": None},
        },
    )
    database = open_database(db_path)
    try:
        repo = SessionRepository(database.db)
        found = repo.between(date(2026, 5, 1), date(2026, 5, 31))
        assert [s.day for s in found] == [date(2026, 5, 4), date(2026, 5, 5), date(2026, 5, 6)]
        assert [(bad.doc_id, bad.field) for bad in repo.problems()] == [
            (4, "date"),
            (5, "date"),
            (6, "planned_minutes"),
            (7, "date"),
        ]
    finally:
        database.close()


def test_problems_name_table_record_and_field_and_duplicate_ids(db_path: Path) -> None:
    twin = session(date(2026, 5, 4))
    write_file(
        db_path,
        {
            "1": twin.to_dict(),
            "2": twin.to_dict(),
            "3": {**twin.to_dict(), "id": "other", "rpe": 4, "actual_minutes": 5, "status": "x"},
        },
    )
    database = open_database(db_path)
    try:
        problems = SessionRepository(database.db).problems()
    finally:
        database.close()
    assert problems == [
        BadRecord("sessions", 3, "status", "'x' is not one of planned | done | skipped"),
        BadRecord("sessions", 2, "id", f"duplicate id {twin.id}"),
    ]
    assert str(problems[0]) == (
        "sessions record 3: status: 'x' is not one of planned | done | skipped"
    )


def test_check_reports_invalid_session_records(db_path: Path) -> None:
    write_file(db_path, {"1": {**session(date(2026, 5, 4)).to_dict(), "rpe": 3}, "2": {"id": 5}})
    before = db_path.read_bytes()
    report = check_database(db_path)
    assert report.exit_code == 1
    assert [str(problem) for problem in report.problems] == [
        f"{db_path}: sessions record 2: date: is missing"
    ]
    assert report.counts == {"sessions": 2}
    assert db_path.read_bytes() == before


# ------------------------------------------------------------------ the service


def test_sessions_are_ordered_by_day_then_time_then_id(schedule: ScheduleService) -> None:
    day = date(2026, 5, 4)
    batch = [
        session(day + timedelta(days=1), id="a"),
        session(day, start_time=time(18, 0), id="b"),
        session(day, start_time=time(7, 0), id="z"),
        session(day, start_time=time(7, 0), id="c"),
        session(day, id="y"),
        session(day, id="d"),
        session(day - timedelta(days=1), start_time=time(23, 0), id="e"),
    ]
    schedule.add_many(batch)
    assert [s.id for s in schedule.sessions()] == ["e", "d", "y", "c", "z", "b", "a"]
    assert [s.id for s in schedule.sessions_between(day, day)] == ["d", "y", "c", "z", "b"]
    assert schedule.today() == date(2026, 5, 4)
    assert schedule.count() == 7


def test_listeners_hear_every_change_until_they_unsubscribe(schedule: ScheduleService) -> None:
    heard: list[ScheduleChange] = []
    unsubscribe: Callable[[], None] = schedule.subscribe(heard.append)
    first = session(date(2026, 5, 4))
    schedule.add(first)
    schedule.update(first.with_changes(planned_minutes=12))
    schedule.remove(first.id)
    batch = [session(date(2026, 5, 5)), session(date(2026, 5, 6))]
    schedule.add_many(batch)
    schedule.add_many([])
    schedule.remove_many([])
    schedule.remove_many(s.id for s in batch)
    assert heard == [
        ScheduleChange("added", first.id),
        ScheduleChange("updated", first.id),
        ScheduleChange("removed", first.id),
        ScheduleChange("reset"),
        ScheduleChange("reset"),
    ]
    unsubscribe()
    schedule.add(session(date(2026, 5, 7)))
    assert len(heard) == 5


def test_a_failed_change_tells_no_listener(
    schedule: ScheduleService, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[ScheduleChange] = []
    schedule.subscribe(heard.append)
    with pytest.raises(KeyError):
        schedule.remove("nope")
    with pytest.raises(KeyError):
        schedule.update(session(date(2026, 5, 4)))

    def disk_full(path: Path, payload: bytes, before_replace: object = None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseWriteError):
        schedule.add(session(date(2026, 5, 4)))
    assert heard == [] and schedule.sessions() == []


def test_the_service_of_a_read_only_workspace_refuses_changes(db_path: Path) -> None:
    writable = open_workspace(db_path, create=True)
    ScheduleService(writable).add(session(date(2026, 5, 4)))
    writable.close()
    before = db_path.read_bytes()
    workspace = open_workspace(db_path, read_only=True)
    try:
        schedule = ScheduleService(workspace)
        assert schedule.read_only
        assert ScheduleService(workspace, show_edit_controls=True).read_only is False
        assert len(schedule.sessions()) == 1
        with pytest.raises(DatabaseReadOnlyError):
            schedule.add(session(date(2026, 5, 5)))
        assert len(schedule.sessions()) == 1
    finally:
        workspace.close()
    assert db_path.read_bytes() == before


def test_service_problems_and_lookup(db_path: Path) -> None:
    good = session(date(2026, 5, 4))
    bad = {**good.to_dict(), "id": "b", "planned_minutes": 0}
    write_file(db_path, {"1": good.to_dict(), "2": bad})
    workspace = open_workspace(db_path)
    try:
        schedule = ScheduleService(workspace)
        assert schedule.session(good.id) == good
        assert schedule.session("b") is None
        assert schedule.sessions() == [good]
        assert [(p.table, p.doc_id, p.field) for p in schedule.problems()] == [
            ("sessions", 2, "planned_minutes")
        ]
    finally:
        workspace.close()


@settings(max_examples=25, deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["add", "move", "edit", "remove", "undo-remove", "bulk"]),
            st.integers(0, 60),
            st.integers(0, 10_000),
        ),
        min_size=1,
        max_size=40,
    )
)
def test_remembered_ranges_and_ids_follow_every_change(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[str, int, int]]
) -> None:
    """What the caches say after any edits equals what a fresh read of the table says."""
    path = tmp_path_factory.mktemp("ranges") / "training.json"
    database = open_database(path, create=True)
    repo = SessionRepository(database.db)
    start = date(2026, 3, 1)
    ranges = [
        (start, start + timedelta(days=13)),
        (start + timedelta(days=10), start + timedelta(days=40)),
    ]
    removed: list[Session] = []
    try:
        for action, day, seed in steps:
            for first, last in ranges:
                repo.between(first, last)  # remembered before the change
            current = repo.all()
            when = start + timedelta(days=day)
            if action == "add" or not current:
                repo.add(session(when, planned_minutes=1 + seed % 30))
            elif action == "bulk":
                repo.add_many(
                    session(when + timedelta(days=n), notes=f"{seed}-{n}") for n in range(3)
                )
            else:
                target = current[seed % len(current)]
                if action == "move":
                    repo.update(session(when, id=target.id, notes=target.notes))
                elif action == "edit":
                    repo.update(session(target.day, id=target.id, planned_minutes=1 + seed % 60))
                elif action == "remove":
                    repo.remove(target.id)
                    removed.append(target)
                elif removed:
                    repo.add(removed.pop())
            fresh = SessionRepository(database.db)
            for first, last in ranges:
                assert dicts(repo.between(first, last)) == dicts(fresh.between(first, last))
            for record in fresh.all():
                assert repo.get(record.id) == record
            for gone in removed:
                assert repo.get(gone.id) is None
    finally:
        database.close()

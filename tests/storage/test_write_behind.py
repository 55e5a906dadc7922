"""Write-behind: one writer thread saves the newest state; edits return before the disk."""

from __future__ import annotations

import errno
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sledplanner.storage import atomic
from sledplanner.storage.database import Database, open_database
from sledplanner.storage.errors import (
    DatabaseChangedOnDiskError,
    DatabaseError,
    DatabaseWriteError,
)


class Reports:
    """What the writer thread reported."""

    def __init__(self) -> None:
        self.saved: list[int] = []
        self.failed: list[DatabaseError] = []


@pytest.fixture
def behind(db_path: Path) -> Iterator[tuple[Database, Reports]]:
    database = open_database(db_path, create=True)
    reports = Reports()
    database.storage.start_write_behind(reports.saved.append, reports.failed.append)
    yield database, reports
    database.close()


def items_on_disk(path: Path) -> list[int]:
    return [doc["i"] for doc in json.loads(path.read_bytes()).get("items", {}).values()]


class GatedDisk:
    """Stands in for ``write_atomically``: every write waits until the gate opens."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.started = threading.Event()
        self.writes = 0
        self.real = atomic.write_atomically

    def __call__(self, path: Path, payload: bytes, before_replace: object = None) -> None:
        self.started.set()
        self.gate.wait(10)
        self.writes += 1
        self.real(path, payload, before_replace)  # type: ignore[arg-type]


def test_an_edit_returns_at_once_and_reaches_the_disk(
    behind: tuple[Database, Reports], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, reports = behind
    disk = GatedDisk()
    monkeypatch.setattr(atomic, "write_atomically", disk)
    database.db.table("items").insert({"i": 1})  # returns although the disk is held
    assert database.storage.unsaved
    assert items_on_disk(db_path) == []
    disk.gate.set()
    assert database.storage.wait_until_idle(10)
    assert items_on_disk(db_path) == [1]
    assert not database.storage.unsaved
    assert reports.saved == [database.storage.generation] and not reports.failed


def test_edits_made_during_a_write_are_coalesced_into_the_next_one(
    behind: tuple[Database, Reports], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, reports = behind
    disk = GatedDisk()
    monkeypatch.setattr(atomic, "write_atomically", disk)
    table = database.db.table("items")
    table.insert({"i": 0})
    assert disk.started.wait(10)  # the writer is inside its first write
    for i in range(1, 50):
        table.insert({"i": i})
    disk.gate.set()
    assert database.storage.wait_until_idle(10)
    assert items_on_disk(db_path) == list(range(50))
    assert disk.writes == 2  # the first edit, then the 49 others in one write
    assert reports.saved[-1] == database.storage.generation


def test_close_writes_what_the_writer_still_holds(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.storage.start_write_behind(lambda _g: None, lambda _e: None)
    table = database.db.table("items")
    for i in range(20):
        table.insert({"i": i})
    database.close()
    assert items_on_disk(db_path) == list(range(20))


def test_a_failed_write_keeps_memory_holds_later_edits_and_flush_saves_them(
    behind: tuple[Database, Reports], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, reports = behind
    table = database.db.table("items")
    table.insert({"i": 1})
    assert database.storage.wait_until_idle(10)

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    table.insert({"i": 2})
    assert database.storage.wait_until_idle(10)
    assert len(reports.failed) == 1 and isinstance(reports.failed[0], DatabaseWriteError)
    assert str(db_path) in reports.failed[0].message
    assert database.storage.deferring and database.storage.unsaved_changes == 1
    table.insert({"i": 3})  # held in memory, not retried on every edit
    assert database.storage.wait_until_idle(10)
    assert len(reports.failed) == 1 and database.storage.unsaved_changes == 2
    assert [doc["i"] for doc in table.all()] == [1, 2, 3]
    assert items_on_disk(db_path) == [1]
    with pytest.raises(DatabaseWriteError):
        database.storage.flush()
    monkeypatch.undo()
    database.storage.flush()
    assert items_on_disk(db_path) == [1, 2, 3]
    assert not database.storage.unsaved and not database.storage.deferring
    table.insert({"i": 4})  # and the writer thread saves again
    assert database.storage.wait_until_idle(10)
    assert items_on_disk(db_path) == [1, 2, 3, 4]


def test_a_file_changed_elsewhere_is_never_overwritten_by_the_writer(
    behind: tuple[Database, Reports], db_path: Path
) -> None:
    database, reports = behind
    theirs = db_path.read_bytes().replace(b"{\n", b'{\n"theirs": {},\n', 1)
    atomic.write_atomically(db_path, theirs)
    database.db.table("items").insert({"i": 1})
    assert database.storage.wait_until_idle(10)
    assert len(reports.failed) == 1
    assert isinstance(reports.failed[0], DatabaseChangedOnDiskError)
    assert db_path.read_bytes() == theirs
    assert [doc["i"] for doc in database.storage.local_tables()["items"].values()] == [1]


def test_a_failed_update_rolls_back_what_it_touched(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    table = database.db.table("items")
    table.insert_multiple([{"i": 1}, {"i": 2}, {"i": 3}])

    def change(doc: dict[str, int]) -> None:
        if doc["i"] == 2:
            raise RuntimeError("cannot change this one")
        doc["i"] = 99

    with pytest.raises(RuntimeError):
        table.update(change, doc_ids=[1, 2, 3])  # the first record was changed already
    assert [doc["i"] for doc in table.all()] == [1, 2, 3]
    database.close()


def test_a_failed_save_puts_records_back_in_their_place(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path, create=True)
    table = database.db.table("items")
    table.insert_multiple([{"i": 1}, {"i": 2}, {"i": 3}])

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseWriteError):
        table.remove(doc_ids=[2])
    with pytest.raises(DatabaseWriteError):
        table.update({"i": 20, "new": True}, doc_ids=[2])
    with pytest.raises(DatabaseWriteError):
        table.truncate()
    assert [dict(doc) for doc in table.all()] == [{"i": 1}, {"i": 2}, {"i": 3}]
    assert [doc.doc_id for doc in table.all()] == [1, 2, 3]
    database.close()


@pytest.mark.parametrize("step", [1, 2, 3, 1000])
def test_encoding_a_table_in_steps_gives_the_same_bytes(step: int) -> None:
    tables = {
        "meta": {"1": {"schema_version": 1}},
        "items": {str(n): {"i": n, "text": "é" * (n % 4)} for n in range(1, 8)},
        "empty": {},
    }
    assert atomic.serialise(tables, step) == atomic.serialise(tables)
    assert json.loads(atomic.serialise(tables, step)) == tables

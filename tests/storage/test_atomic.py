"""The atomic write and the TinyDB storage built on it."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from sledplanner.storage import atomic
from sledplanner.storage.database import open_database
from sledplanner.storage.errors import DatabaseReadOnlyError, DatabaseWriteError


def test_write_atomically_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    target.write_bytes(b"old")
    atomic.write_atomically(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]


@pytest.mark.parametrize("failing", ["fsync", "replace"])
def test_a_failed_write_keeps_the_old_file_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    target = tmp_path / "data.json"
    target.write_bytes(b"old")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, failing, disk_full)
    with pytest.raises(OSError, match="No space"):
        atomic.write_atomically(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.json"]


def test_failed_insert_rolls_memory_back_to_what_is_on_disk(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path, create=True)
    table = database.db.table("notes")
    table.insert({"text": "kept"})
    on_disk = db_path.read_bytes()

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseWriteError, match="No space left on device") as caught:
        table.insert({"text": "lost"})
    assert str(db_path) in caught.value.message
    monkeypatch.undo()
    assert db_path.read_bytes() == on_disk
    assert [doc["text"] for doc in table.all()] == ["kept"]
    table.insert({"text": "retried"})
    stored = json.loads(db_path.read_text("utf-8"))
    assert [doc["text"] for doc in stored["notes"].values()] == ["kept", "retried"]


def test_read_only_database_refuses_writes_and_keeps_the_file(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    before = db_path.read_bytes()
    database = open_database(db_path, read_only=True)
    with pytest.raises(DatabaseReadOnlyError):
        database.db.table("notes").insert({"text": "nope"})
    assert database.db.table("notes").all() == []
    assert db_path.read_bytes() == before


def test_every_write_is_on_disk_when_insert_returns(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    table = database.db.table("sessions")
    for i in range(5):
        table.insert({"i": i})
        stored = json.loads(db_path.read_text("utf-8"))
        assert [doc["i"] for doc in stored["sessions"].values()] == list(range(i + 1))


def test_a_write_keeps_the_file_permissions_and_new_files_follow_the_umask(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_bytes(b"old")
    target.chmod(0o664)
    atomic.write_atomically(target, b"new")
    assert target.stat().st_mode & 0o777 == 0o664
    fresh = tmp_path / "fresh.json"
    umask = os.umask(0o022)
    try:
        atomic.write_atomically(fresh, b"x")
    finally:
        os.umask(umask)
    assert fresh.stat().st_mode & 0o777 == 0o644


def test_a_read_only_file_is_never_replaced(tmp_path: Path) -> None:
    target = tmp_path / "locked.json"
    target.write_bytes(b"keep me")
    target.chmod(0o444)
    with pytest.raises(PermissionError):
        atomic.write_atomically(target, b"new")
    assert target.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["locked.json"]


def test_a_read_only_database_opens_only_read_only(db_path: Path) -> None:
    from sledplanner.storage.errors import DatabaseFileReadOnlyError

    open_database(db_path, create=True).close()
    before = db_path.read_bytes()
    db_path.chmod(0o444)
    with pytest.raises(DatabaseFileReadOnlyError) as caught:
        open_database(db_path)
    assert "read-only" in caught.value.message and caught.value.exit_code == 3
    database = open_database(db_path, read_only=True)
    assert database.table_counts() == {}
    assert db_path.read_bytes() == before


def test_old_temporary_files_of_killed_writes_are_removed_at_open(tmp_path: Path) -> None:
    """Leftovers of killed writes go at the next open; a fresh one and other files stay."""
    import os
    import time

    from sledplanner.services.workspace import open_workspace

    db = tmp_path / "training.json"
    open_workspace(db, create=True).close()
    old = [tmp_path / f".training.json.{name}.tmp" for name in ("a1b2c3d4", "zz_9yy_8")]
    fresh = tmp_path / ".training.json.q1w2e3r4.tmp"
    others = [tmp_path / ".other.json.a1b2c3d4.tmp", tmp_path / "training.json.notes.tmp"]
    long_ago = time.time() - 3600
    for path in [*old, fresh, *others]:
        path.write_bytes(b"x" * 1000)
    for path in [*old, *others]:
        os.utime(path, (long_ago, long_ago))
    open_workspace(db).close()
    assert [path.exists() for path in old] == [False, False]
    assert fresh.exists(), "a write in progress is never touched"
    assert all(path.exists() for path in others)
    open_workspace(db, read_only=True).close()
    assert fresh.exists()

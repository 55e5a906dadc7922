"""The storage never overwrites a file changed elsewhere, nor recreates one moved away."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from sledplanner.storage import atomic
from sledplanner.storage.atomic import DiskState
from sledplanner.storage.database import open_database
from sledplanner.storage.errors import (
    DatabaseChangedOnDiskError,
    DatabaseFileGoneError,
    DatabaseWriteError,
)


def _external_edit(path: Path, text: str) -> bytes:
    """Change the file the way a sync tool does: replace it with other content."""
    tables = json.loads(path.read_text("utf-8"))
    tables.setdefault("notes", {})["99"] = {"text": text}
    payload = json.dumps(tables, indent=2).encode("utf-8")
    tmp = path.with_name("sync.tmp")
    tmp.write_bytes(payload)
    os.replace(tmp, path)
    return payload


def test_an_external_change_refuses_the_next_save_and_keeps_their_bytes(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    notes = database.db.table("notes")
    notes.insert({"text": "mine, saved"})
    theirs = _external_edit(db_path, "theirs")
    assert database.storage.disk_state() is DiskState.CHANGED
    with pytest.raises(DatabaseChangedOnDiskError) as caught:
        notes.insert({"text": "mine, refused"})
    assert str(db_path) in caught.value.message and "another program" in caught.value.message
    assert db_path.read_bytes() == theirs
    assert [doc["text"] for doc in notes.all()] == ["mine, saved"]  # memory rolled back
    refused = database.storage.local_tables()["notes"]
    assert [doc["text"] for doc in refused.values()] == ["mine, saved", "mine, refused"]
    with pytest.raises(DatabaseChangedOnDiskError):  # and again: never overwritten
        notes.insert({"text": "again"})
    assert db_path.read_bytes() == theirs


def test_an_in_place_change_of_the_same_size_is_noticed(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.db.table("notes").insert({"text": "aaaa"})
    before = db_path.stat()
    db_path.write_bytes(db_path.read_bytes().replace(b"aaaa", b"bbbb"))
    os.utime(db_path, ns=(before.st_atime_ns, before.st_mtime_ns))  # even with the old mtime
    with pytest.raises(DatabaseChangedOnDiskError):
        database.db.table("notes").insert({"text": "x"})
    assert b"bbbb" in db_path.read_bytes()


def test_our_own_writes_and_a_touch_never_count_as_changes(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    notes = database.db.table("notes")
    for i in range(5):
        notes.insert({"i": i})
        assert database.storage.disk_state() is DiskState.SAME
    os.utime(db_path)  # new times, same bytes: hashed once, then remembered
    notes.insert({"i": 5})
    stored = json.loads(db_path.read_text("utf-8"))
    assert [doc["i"] for doc in stored["notes"].values()] == list(range(6))


def test_an_unchanged_file_is_not_hashed_again(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path, create=True)
    database.db.table("notes").insert({"i": 1})
    hashed: list[int] = []
    real = atomic.digest

    def counting(payload: bytes) -> str:
        hashed.append(len(payload))
        return real(payload)

    monkeypatch.setattr(atomic, "digest", counting)
    assert database.storage.disk_state() is DiskState.SAME
    assert hashed == []  # size and times matched: no read, no hash
    database.db.table("notes").insert({"i": 2})
    assert len(hashed) == 1  # only the new bytes written


def test_a_file_opened_after_an_upgrade_or_by_hand_is_known(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.close()
    pretty = json.dumps(json.loads(db_path.read_text("utf-8")), indent=4)
    db_path.write_text(pretty, "utf-8")  # hand-formatted: other bytes, same tables
    database = open_database(db_path)
    assert database.storage.disk_state() is DiskState.SAME
    database.db.table("notes").insert({"text": "fine"})


@pytest.mark.parametrize("how", ["deleted", "moved"])
def test_a_file_deleted_or_moved_while_open_is_not_recreated(db_path: Path, how: str) -> None:
    database = open_database(db_path, create=True)
    notes = database.db.table("notes")
    notes.insert({"text": "saved"})
    moved = db_path.with_name("elsewhere.json")
    if how == "deleted":
        db_path.unlink()
    else:
        db_path.rename(moved)
    assert database.storage.disk_state() is DiskState.GONE
    with pytest.raises(DatabaseFileGoneError) as caught:
        notes.insert({"text": "lost?"})
    assert isinstance(caught.value, DatabaseWriteError)
    assert str(db_path) in caught.value.message
    assert "moved or deleted while open" in caught.value.message
    assert not db_path.exists()
    assert [doc["text"] for doc in notes.all()] == ["saved"]


def test_deferred_writes_stay_in_memory_until_flushed(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path, create=True)
    storage = database.storage
    notes = database.db.table("notes")
    on_disk = db_path.read_bytes()
    storage.deferring = True
    notes.insert({"text": "held"})
    assert storage.unsaved and db_path.read_bytes() == on_disk

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    with pytest.raises(DatabaseWriteError, match="No space"):
        storage.flush()
    assert [doc["text"] for doc in notes.all()] == ["held"]  # kept, not rolled back
    monkeypatch.undo()
    storage.flush()
    assert not storage.unsaved
    stored = json.loads(db_path.read_text("utf-8"))
    assert [doc["text"] for doc in stored["notes"].values()] == ["held"]


def test_a_flush_never_overwrites_an_external_change(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.storage.deferring = True
    database.db.table("notes").insert({"text": "held"})
    theirs = _external_edit(db_path, "theirs")
    with pytest.raises(DatabaseChangedOnDiskError):
        database.storage.flush()
    assert db_path.read_bytes() == theirs
    assert [d["text"] for d in database.storage.local_tables()["notes"].values()] == ["held"]


def test_a_read_only_folder_refuses_the_save_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "training.json"
    database = open_database(path, create=True)
    before = path.read_bytes()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            # Running as root (as in the CI container): the folder's mode does not stop root,
            # so the refusal the OS would give everyone else is injected where it happens.
            def refused(*_args: object, **_kwargs: object) -> object:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))

            monkeypatch.setattr(atomic.tempfile, "mkstemp", refused)
        with pytest.raises(DatabaseWriteError) as caught:
            database.db.table("notes").insert({"text": "x"})
    finally:
        folder.chmod(0o755)
    assert str(path) in caught.value.message and "Permission denied" in caught.value.message
    assert path.read_bytes() == before
    assert database.db.table("notes").all() == []

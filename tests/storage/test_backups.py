"""Backups beside the database, moving a bad file aside, and restoring."""

from __future__ import annotations

import os
from pathlib import Path

from sledplanner.storage.backups import (
    list_backups,
    move_aside,
    newest_backup,
    restore_backup,
    write_backup,
)


def test_backups_are_listed_newest_first_and_only_for_their_database(db_path: Path) -> None:
    db_path.write_bytes(b"first")
    older = write_backup(db_path, "daily")
    os.utime(older, (1_000_000, 1_000_000))
    db_path.write_bytes(b"second")
    newer = write_backup(db_path, "daily")
    other = db_path.with_name("other.json")
    other.write_bytes(b"x")
    write_backup(other, "daily")
    assert list_backups(db_path) == [newer, older]
    assert newest_backup(db_path) == newer
    assert newer.read_bytes() == b"second"
    assert older.parent == db_path.parent / "backups"


def test_no_backup_folder_means_no_backups(db_path: Path) -> None:
    assert newest_backup(db_path) is None


def test_move_aside_keeps_every_byte(db_path: Path) -> None:
    db_path.write_bytes(b"\x00broken{")
    aside = move_aside(db_path)
    assert not db_path.exists()
    assert aside.read_bytes() == b"\x00broken{"
    assert aside.parent == db_path.parent
    assert aside.name.startswith("training.unreadable-")


def test_restore_puts_the_backup_in_place(db_path: Path) -> None:
    db_path.write_bytes(b"good")
    backup = write_backup(db_path, "daily")
    db_path.write_bytes(b"bad")
    restore_backup(backup, db_path)
    assert db_path.read_bytes() == b"good"
    assert backup.read_bytes() == b"good"

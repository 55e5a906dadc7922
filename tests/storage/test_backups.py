"""Backups beside the database, moving a bad file aside, and restoring."""

from __future__ import annotations

import os
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from sledplanner.storage.backups import (
    DAILY_KEEP_DAYS,
    EVENT_KEEP,
    daily_backup,
    list_backups,
    move_aside,
    newest_backup,
    parse_backup_name,
    restore_backup,
    write_backup,
)
from sledplanner.storage.errors import DatabaseWriteError


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


# ---------------------------------------------------------------- rotation


def _names(db_path: Path) -> list[str]:
    return sorted(p.name for p in (db_path.parent / "backups").iterdir())


def test_daily_backup_is_written_once_per_day(db_path: Path) -> None:
    db_path.write_bytes(b"monday")
    first = daily_backup(db_path, date(2026, 3, 2))
    assert first is not None and first.read_bytes() == b"monday"
    assert first.name.startswith("training-daily-20260302T")
    db_path.write_bytes(b"monday, later")
    assert daily_backup(db_path, date(2026, 3, 2)) is None
    assert first.read_bytes() == b"monday"
    second = daily_backup(db_path, date(2026, 3, 3))
    assert second is not None and second.read_bytes() == b"monday, later"
    assert list_backups(db_path) == [second, first]


def test_daily_backups_are_kept_14_days(db_path: Path) -> None:
    db_path.write_bytes(b"data")
    start = date(2026, 1, 1)
    for offset in range(30):
        daily_backup(db_path, start + timedelta(days=offset))
    today = start + timedelta(days=29)
    days = sorted(parse_backup_name(db_path, p)[1].date() for p in list_backups(db_path))  # type: ignore[index]
    assert len(days) == DAILY_KEEP_DAYS == 14
    assert days[0] == today - timedelta(days=13) and days[-1] == today


def test_pruning_never_touches_foreign_files(db_path: Path) -> None:
    db_path.write_bytes(b"data")
    folder = db_path.parent / "backups"
    folder.mkdir()
    foreign = [
        "notes.txt",
        "training-daily-20200101.json",  # no time: not a name this module writes
        "training-daily-20200101T000000000000.json.bak",
        "other-daily-20200101T000000000000.json",
        "training-weekly-20200101T000000000000.json",
        "my-training-daily-20200101T000000000000.json",
    ]
    for name in foreign:
        (folder / name).write_bytes(b"keep me")
    old = folder / "training-daily-20200101T000000000000.json"
    old.write_bytes(b"old")
    for _ in range(EVENT_KEEP + 3):
        write_backup(db_path, "before-import")
    daily_backup(db_path, date(2026, 1, 1))
    assert not old.exists()
    for name in foreign:
        assert (folder / name).read_bytes() == b"keep me"


def test_event_backups_keep_the_newest_20_of_each_kind(db_path: Path) -> None:
    made: dict[str, list[Path]] = {}
    for reason in ("before-import", "before-restore", "before-migration-v1"):
        made[reason] = []
        for n in range(EVENT_KEEP + 5):
            db_path.write_bytes(f"data {reason} {n}".encode())  # each backup holds other bytes
            at = datetime(2026, 1, 1) + timedelta(minutes=n)
            made[reason].append(write_backup(db_path, reason, now=at))
    db_path.write_bytes(b"data v2")
    write_backup(db_path, "before-migration-v2", now=datetime(2027, 1, 1))
    kept = set(list_backups(db_path))
    for reason in ("before-import", "before-restore"):
        assert [p for p in made[reason] if p in kept] == made[reason][5:]
    # Migrations count as one kind: v2 pushed out one more v1 backup.
    assert [p for p in made["before-migration-v1"] if p in kept] == made["before-migration-v1"][6:]
    assert len(kept) == 3 * EVENT_KEEP


def test_daily_backups_are_not_pruned_by_events(db_path: Path) -> None:
    db_path.write_bytes(b"data")
    daily = daily_backup(db_path, date.today())
    for _ in range(EVENT_KEEP + 1):
        write_backup(db_path, "before-import")
    assert daily is not None and daily.exists()


def test_a_failed_backup_writes_nothing_and_raises(db_path: Path) -> None:
    db_path.write_bytes(b"data")
    (db_path.parent / "backups").write_bytes(b"a file where the folder should be")
    with pytest.raises(DatabaseWriteError):
        daily_backup(db_path, date(2026, 1, 1))
    assert db_path.read_bytes() == b"data"


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("20261206T071502123456", datetime(2026, 12, 6, 7, 15, 2, 123456)),
        ("20240229T235959000001", datetime(2024, 2, 29, 23, 59, 59, 1)),
        ("20261301T000000000000", None),  # a 13th month
        ("20250229T120000000000", None),  # not a leap year
        ("20261206T250000000000", None),  # a 25th hour
    ],
)
def test_a_backup_name_gives_its_reason_and_time_or_nothing_when_the_time_is_not_real(
    db_path: Path, stamp: str, expected: datetime | None
) -> None:
    name = db_path.with_name(f"{db_path.stem}-daily-{stamp}{db_path.suffix}")
    found = parse_backup_name(db_path, name)
    assert found == (None if expected is None else ("daily", expected))


def test_written_backups_read_back_with_the_time_they_were_written(db_path: Path) -> None:
    db_path.write_bytes(b"x")
    when = datetime(2026, 3, 4, 5, 6, 7, 890123)
    backup = write_backup(db_path, "before-import", now=when)
    assert parse_backup_name(db_path, backup) == ("before-import", when)

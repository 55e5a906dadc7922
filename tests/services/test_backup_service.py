"""The backup service: summaries of every backup, reversible restores, refused backups."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.backups import (
    BEFORE_RESTORE,
    SameFileError,
    backup_before_import,
    export_backup,
    list_backup_infos,
    restore,
)
from sledplanner.services.demo import write_demo
from sledplanner.services.errors import DatabaseCorruptError, DatabaseTooNewError
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.backups import list_backups, write_backup
from sledplanner.storage.migrations import SCHEMA_VERSION


def add_bell(path: Path, pounds: str) -> None:
    workspace = open_workspace(path)
    GearService(workspace).add(
        GearItem(kind="kettlebell", name=f"Bell {pounds}", mass=Mass.of(pounds, "lb"))
    )
    workspace.close()


def counts(path: Path) -> tuple[int, int]:
    tables = json.loads(path.read_text("utf-8"))
    return len(tables.get("gear", {})), len(tables.get("sessions", {}))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_infos_summarise_each_backup_newest_first(db_path: Path) -> None:
    write_demo(db_path)
    gear, sessions = counts(db_path)
    assert gear and sessions
    first = write_backup(db_path, "daily", now=datetime(2026, 5, 1, 7, 30))
    broken = db_path.parent / "backups" / "training-before-import-20260502T080000000000.json"
    broken.write_bytes(b'{"meta": {"1": {"schema_ver')
    infos = list_backup_infos(db_path)
    assert [info.path for info in infos] == [broken, first]
    bad, good = infos
    assert good.made == datetime(2026, 5, 1, 7, 30)
    assert good.reason == "daily" and good.size == db_path.stat().st_size
    assert (good.gear, good.sessions) == (gear, sessions)
    assert good.readable and good.restorable and good.schema_version == SCHEMA_VERSION
    assert bad.reason == "before-import" and not bad.readable and not bad.restorable
    assert bad.gear is None and bad.sessions is None
    assert bad.problem is not None and "truncated" in bad.problem


def test_random_bytes_in_a_backup_never_crash_the_listing(db_path: Path) -> None:
    write_demo(db_path)
    folder = db_path.parent / "backups"
    folder.mkdir()
    for n, payload in enumerate([b"", b"\xff\xfe\x00", b"[1, 2]", b"{" * 100_000, b"null"]):
        (folder / f"training-daily-2026050{n + 1}T000000000000.json").write_bytes(payload)
    infos = list_backup_infos(db_path)
    assert len(infos) == 5 and not any(info.readable for info in infos)


def test_restore_is_reversible_byte_for_byte(db_path: Path) -> None:
    write_demo(db_path)
    backup_a = write_backup(db_path, "daily")
    add_bell(db_path, "53")
    original = db_path.read_bytes()
    assert original != backup_a.read_bytes()

    result = restore(db_path, backup_a)
    assert db_path.read_bytes() == backup_a.read_bytes()
    assert result.before_restore is not None
    assert result.before_restore.read_bytes() == original
    assert list_backup_infos(db_path)[0].reason == BEFORE_RESTORE

    undo = restore(db_path, result.before_restore)
    assert db_path.read_bytes() == original
    # The undo kept the restored state too, so it can be redone.
    assert undo.before_restore is not None
    assert undo.before_restore.read_bytes() == backup_a.read_bytes()


def test_a_newer_schema_backup_is_refused_and_nothing_changes(db_path: Path) -> None:
    write_demo(db_path)
    tables = json.loads(db_path.read_text("utf-8"))
    tables["meta"]["1"]["schema_version"] = SCHEMA_VERSION + 1
    newer = db_path.parent / "backups" / "training-daily-20990101T000000000000.json"
    newer.parent.mkdir()
    newer.write_text(json.dumps(tables), "utf-8")
    info = list_backup_infos(db_path)[0]
    assert info.readable and not info.restorable and "newer SledPlanner" in (info.problem or "")
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseTooNewError):
        restore(db_path, newer)
    assert snapshot(db_path.parent) == before


def test_a_corrupt_backup_is_refused_and_nothing_changes(db_path: Path) -> None:
    write_demo(db_path)
    broken = db_path.parent / "broken.json"
    broken.write_bytes(b"not json")
    before = snapshot(db_path.parent)
    with pytest.raises(DatabaseCorruptError):
        restore(db_path, broken)
    assert snapshot(db_path.parent) == before


def test_restore_over_a_missing_database_has_nothing_to_keep(db_path: Path) -> None:
    write_demo(db_path)
    backup = write_backup(db_path, "daily")
    db_path.unlink()
    assert restore(db_path, backup).before_restore is None
    assert db_path.read_bytes() == backup.read_bytes()


def test_backup_before_import_copies_an_existing_file_only(db_path: Path) -> None:
    assert backup_before_import(db_path) is None
    write_demo(db_path)
    made = backup_before_import(db_path)
    assert made is not None and made.read_bytes() == db_path.read_bytes()
    assert list_backups(db_path) == [made]


def test_export_backup_writes_the_exact_bytes(db_path: Path, tmp_path: Path) -> None:
    write_demo(db_path)
    target = tmp_path / "copy.json"
    target.write_bytes(b"old")
    info = export_backup(db_path, target)
    assert target.read_bytes() == db_path.read_bytes()
    assert (info.gear, info.sessions) == counts(db_path)
    with pytest.raises(SameFileError):
        export_backup(db_path, db_path)


def test_a_database_whose_name_starts_like_another_has_its_own_backups(tmp_path: Path) -> None:
    """training.json and training-old.json in one folder: each lists only its own backups."""
    from sledplanner.storage.backups import list_backups

    training = tmp_path / "training.json"
    old = tmp_path / "training-old.json"
    training.write_text('{"gear": {}}', "utf-8")
    old.write_text('{"gear": {"1": {"name": "old"}}}', "utf-8")
    mine = write_backup(training, "daily", now=datetime(2026, 5, 1, 7, 30))
    theirs = [
        write_backup(old, "daily", now=datetime(2026, 5, 2, 7, 30)),
        write_backup(old, "before-import", now=datetime(2026, 5, 3, 7, 30)),
        write_backup(old, "before-migration-v1", now=datetime(2026, 5, 4, 7, 30)),
    ]
    assert list_backups(training) == [mine]
    assert list_backups(old) == list(reversed(theirs))
    assert [info.path for info in list_backup_infos(training)] == [mine]


def test_a_backup_reason_must_be_one_the_app_lists(tmp_path: Path) -> None:
    database = tmp_path / "training.json"
    database.write_text("{}", "utf-8")
    with pytest.raises(ValueError, match="unknown backup reason 'old-daily'"):
        write_backup(database, "old-daily")


def test_identical_event_backups_do_not_push_out_older_different_ones(tmp_path: Path) -> None:
    """Twenty-five failed imports of one unchanged file keep the three older, different backups."""
    database = tmp_path / "training.json"
    older = []
    for day in range(1, 4):
        database.write_text(json.dumps({"gear": {"1": {"name": f"v{day}"}}}), "utf-8")
        older.append(write_backup(database, "before-import", now=datetime(2026, 5, day, 7, 0)))
    database.write_text(json.dumps({"gear": {"1": {"name": "now"}}}), "utf-8")
    made = {
        write_backup(database, "before-import", now=datetime(2026, 6, 1, 7, minute))
        for minute in range(25)
    }
    assert len(made) == 1, "the same bytes are backed up once"
    kept = list_backups(database)
    assert set(older) <= set(kept)
    assert len(kept) == 4

"""Opening files: new, corrupt, empty, newer and older ones. A bad file is never changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sledplanner.storage.backups import list_backups
from sledplanner.storage.database import open_database, read_tables
from sledplanner.storage.errors import (
    DatabaseCorruptError,
    DatabaseExistsError,
    DatabaseMissingError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    MigrationError,
)
from sledplanner.storage.migrations import SCHEMA_VERSION, Migration, migrate


def write_json(path: Path, data: object) -> bytes:
    raw = json.dumps(data).encode("utf-8")
    path.write_bytes(raw)
    return raw


def test_create_writes_meta_with_the_schema_version(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    stored = json.loads(db_path.read_text("utf-8"))
    assert stored["meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert database.found_version == SCHEMA_VERSION
    assert database.table_counts() == {}


def test_create_in_a_missing_folder_makes_the_folder(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "db.json"
    open_database(path, create=True).close()
    assert path.is_file()


def test_missing_file_is_not_created_without_create(db_path: Path) -> None:
    with pytest.raises(DatabaseMissingError):
        open_database(db_path)
    with pytest.raises(DatabaseMissingError):
        open_database(db_path, create=True, read_only=True)
    assert not db_path.exists()


def test_data_survives_reopening(db_path: Path) -> None:
    database = open_database(db_path, create=True)
    database.db.table("gear").insert({"name": "Kettlebell 35 lb", "mass": {"value": "35"}})
    database.close()
    again = open_database(db_path)
    assert again.db.table("gear").all() == [{"name": "Kettlebell 35 lb", "mass": {"value": "35"}}]
    assert again.table_counts() == {"gear": 1}


CORRUPT_FILES = {
    "empty": (b"", "empty (0 bytes)", None),
    "white space": (b"  \n\n ", "empty (only white space)", None),
    "truncated": (b'{"meta": {"1": {"schema_version": 1}}, "gear": {"1": {"na', "truncated", 1),
    "not json": (b"<html>\n<body>oops</body>\n", "not valid JSON", 1),
    "error on line 3": (b'{\n "meta": {},\n "gear": [1,,2]\n}', "not valid JSON", 3),
    "not utf-8": (b'{"meta": "\xff\xfe"}', "not UTF-8", 1),
    "a list": (b"[1, 2, 3]", "expected a JSON object of tables, found list", None),
    "table not object": (b'{"meta": {"1": {"schema_version": 1}}, "gear": []}', "'gear'", None),
    "bad record key": (b'{"meta": {"x": {"schema_version": 1}}}', "record key 'x'", None),
    "record not object": (b'{"meta": {"1": 5}}', "record 1: not a JSON object", None),
    "no meta": (b'{"_default": {}}', "no 'meta' table", None),
    "another program's settings": (
        b'{"theme": "dark", "recent": []}',
        "not a SledPlanner database",
        None,
    ),
    "version text": (b'{"meta": {"1": {"schema_version": "2"}}}', "whole number", None),
    "version zero": (b'{"meta": {"1": {"schema_version": 0}}}', "whole number", None),
}


@pytest.mark.parametrize("case", sorted(CORRUPT_FILES))
def test_a_corrupt_file_is_explained_and_never_changed(db_path: Path, case: str) -> None:
    raw, expected, line = CORRUPT_FILES[case]
    db_path.write_bytes(raw)
    for kwargs in ({}, {"create": True}, {"read_only": True}):
        with pytest.raises(DatabaseCorruptError) as caught:
            open_database(db_path, **kwargs)
        assert expected in caught.value.message
        assert str(db_path) in caught.value.message
        assert caught.value.line == line
    assert db_path.read_bytes() == raw
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]


def test_a_newer_file_is_refused_untouched(db_path: Path) -> None:
    raw = write_json(db_path, {"meta": {"1": {"schema_version": SCHEMA_VERSION + 1}}, "x": {}})
    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(db_path)
    assert "newer SledPlanner" in caught.value.message
    assert f"schema version {SCHEMA_VERSION + 1}" in caught.value.message
    assert db_path.read_bytes() == raw


def test_a_folder_is_unreadable_not_corrupt(tmp_path: Path) -> None:
    with pytest.raises(DatabaseUnreadableError):
        open_database(tmp_path)


def test_create_never_replaces_an_existing_file(db_path: Path) -> None:
    from sledplanner.storage.database import create_database

    db_path.write_bytes(b"user data")
    with pytest.raises(DatabaseExistsError):
        create_database(db_path)
    assert db_path.read_bytes() == b"user data"


# ------------------------------------------------------------------ migrations
def _step(target: int, log: list[str]) -> Migration:
    def apply(tables: dict) -> dict:
        log.append(f"to {target}")
        tables.setdefault("history", {})[str(target)] = {"step": target}
        return tables

    return Migration(target, f"to_{target:02d}", apply)


def test_migrations_run_in_order_after_a_backup(db_path: Path) -> None:
    raw = write_json(db_path, {"meta": {"1": {"schema_version": 1}}, "gear": {"1": {"n": 1}}})
    log: list[str] = []
    steps = [_step(4, log), _step(2, log), _step(3, log)]
    database = open_database(db_path, migrations=steps, target=4)
    assert log == ["to 2", "to 3", "to 4"]
    assert database.found_version == 1
    stored = json.loads(db_path.read_text("utf-8"))
    assert stored["meta"]["1"]["schema_version"] == 4
    assert list(stored["history"]) == ["2", "3", "4"]
    assert stored["gear"] == {"1": {"n": 1}}
    backups = list_backups(db_path)
    assert len(backups) == 1 and "before-migration-v1" in backups[0].name
    assert backups[0].read_bytes() == raw
    assert database.migration_backup == backups[0]


def test_a_failing_step_changes_nothing(db_path: Path) -> None:
    raw = write_json(db_path, {"meta": {"1": {"schema_version": 1}}, "gear": {}})
    log: list[str] = []

    def broken(tables: dict) -> dict:
        tables["gear"]["1"] = {"half": "done"}
        raise KeyError("mass")

    steps = [_step(2, log), Migration(3, "to_03", broken), _step(4, log)]
    with pytest.raises(MigrationError) as caught:
        open_database(db_path, migrations=steps, target=4)
    assert "to_03" in caught.value.message
    assert "not changed" in caught.value.message
    assert db_path.read_bytes() == raw
    assert log == ["to 2"]


def test_a_gap_in_the_steps_is_refused(db_path: Path) -> None:
    raw = write_json(db_path, {"meta": {"1": {"schema_version": 1}}})
    with pytest.raises(MigrationError, match=r"\[3\]"):
        open_database(db_path, migrations=[_step(2, [])], target=3)
    assert db_path.read_bytes() == raw


def test_read_only_open_upgrades_in_memory_only(db_path: Path) -> None:
    raw = write_json(db_path, {"meta": {"1": {"schema_version": 1}}})
    database = open_database(db_path, read_only=True, migrations=[_step(2, [])], target=2)
    assert database.db.table("history").all() == [{"step": 2}]
    assert db_path.read_bytes() == raw
    assert list_backups(db_path) == []


def test_migrate_never_changes_its_input() -> None:
    tables = {"meta": {"1": {"schema_version": 1}}, "gear": {"1": {"n": 1}}}
    snapshot = json.dumps(tables)
    migrate(tables, 1, [_step(2, [])], target=2)
    assert json.dumps(tables) == snapshot


def test_read_tables_reports_position_of_a_syntax_error(db_path: Path) -> None:
    db_path.write_text('{\n  "meta": {\n    "1": {"schema_version": 1,}\n  }\n}', "utf-8")
    with pytest.raises(DatabaseCorruptError) as caught:
        read_tables(db_path)
    assert (caught.value.line, caught.value.column) == (3, 31)
    assert caught.value.message.startswith(f"{db_path}:3:31: not valid JSON")

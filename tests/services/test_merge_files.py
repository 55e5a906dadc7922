"""Merging a conflict copy into a database file: backup, move, refusals, conflict copies found."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sledplanner.services.check import check_database
from sledplanner.services.conflict_copies import conflict_tool, find_conflict_copies
from sledplanner.services.device import installation_device_id
from sledplanner.services.errors import DatabaseTooNewError
from sledplanner.services.merge import SameCopyError, Side, merge_files
from sledplanner.storage.backups import list_backups
from sledplanner.storage.database import open_database

SCHEMA_1 = Path(__file__).parents[1] / "storage" / "data" / "schema1.json"
SYNCTHING = "training.sync-conflict-20261206-093015-ABCDEF1.json"
DROPBOX = "training (field-laptop's conflicted copy 2026-12-06).json"
NEXTCLOUD = "training (conflicted copy 2026-12-06 093015).json"


def gear_names(path: Path) -> dict[str, str]:
    tables = json.loads(path.read_text("utf-8"))
    return {doc["id"]: doc["name"] for doc in tables.get("gear", {}).values()}


def edit(path: Path, device: str, ident: str, name: str | None) -> None:
    """Add, rename (or with None delete) the gear record ``ident`` as ``device``."""
    database = open_database(path, device_id=device)
    gear = database.db.table("gear")
    found = [doc.doc_id for doc in gear.all() if doc["id"] == ident]
    if name is None:
        gear.remove(doc_ids=found)
    elif found:
        gear.update({"name": name}, doc_ids=found)
    else:
        gear.insert({"id": ident, "name": name})
    database.close()


@pytest.fixture
def pair(db_path: Path) -> tuple[Path, Path]:
    """The database and a Syncthing conflict copy of it, made from one common file."""
    open_database(db_path, create=True).close()
    for ident in ("sled", "bell", "plate"):
        edit(db_path, "base", ident, ident.title())
    other = db_path.with_name(SYNCTHING)
    shutil.copy(db_path, other)
    return db_path, other


def test_a_merge_backs_up_writes_once_and_files_the_copy_in_backups(
    pair: tuple[Path, Path],
) -> None:
    db, other = pair
    edit(db, "mine", "sled", "Sled (here)")
    edit(other, "theirs", "bell", "Bell (there)")
    edit(other, "theirs", "plate", None)
    edit(other, "theirs", "rope", "Rope")
    before = db.read_bytes()
    theirs = other.read_bytes()
    report = merge_files(db, other, "mine")
    assert report.written and not report.open_conflicts
    assert gear_names(db) == {"sled": "Sled (here)", "bell": "Bell (there)", "rope": "Rope"}
    assert report.backup is not None and report.backup.read_bytes() == before
    assert "before-merge" in report.backup.name and report.backup in list_backups(db)
    assert not other.exists()
    assert report.moved_to == db.parent / "backups" / SYNCTHING
    assert report.moved_to.read_bytes() == theirs  # moved, never deleted or changed


def test_merging_the_same_copy_twice_changes_nothing(pair: tuple[Path, Path]) -> None:
    db, other = pair
    edit(other, "theirs", "bell", "Bell (there)")
    kept = db.with_name("kept.json")
    shutil.copy(other, kept)
    first = merge_files(db, other, "mine")
    assert first.written
    after = db.read_bytes()
    again = merge_files(db, kept, "mine")
    assert not again.written and again.backup is None and not again.result.taken
    assert db.read_bytes() == after
    assert kept.exists()  # not a conflict copy of the database: left where it is


def test_conflicts_without_a_choice_write_and_move_nothing(pair: tuple[Path, Path]) -> None:
    db, other = pair
    edit(db, "mine", "sled", "Sled (here)")
    edit(other, "theirs", "sled", "Sled (there)")
    edit(other, "theirs", "bell", "Bell (there)")
    before = db.read_bytes()
    report = merge_files(db, other, "mine")
    assert [c.key for c in report.open_conflicts] == ["sled"]
    (difference,) = report.open_conflicts[0].differences()
    assert (difference.name, difference.mine, difference.theirs) == (
        "name",
        "Sled (here)",
        "Sled (there)",
    )
    assert db.read_bytes() == before and other.exists()
    assert list_backups(db) == []
    settled = merge_files(db, other, "mine", prefer=Side.THEIRS)
    assert gear_names(db)["sled"] == "Sled (there)" and gear_names(db)["bell"] == "Bell (there)"
    assert settled.moved_to is not None


def test_a_dry_run_writes_nothing(pair: tuple[Path, Path]) -> None:
    db, other = pair
    edit(other, "theirs", "bell", "Bell (there)")
    before = db.read_bytes()
    report = merge_files(db, other, "mine", dry_run=True)
    assert report.result.taken == [("gear", "bell", "changed")]
    assert db.read_bytes() == before and other.exists() and list_backups(db) == []


def test_an_older_other_copy_is_upgraded_in_memory_and_a_newer_one_refused(db_path: Path) -> None:
    shutil.copy(SCHEMA_1, db_path)
    other = db_path.with_name(NEXTCLOUD)
    shutil.copy(SCHEMA_1, other)
    raw = other.read_bytes()
    report = merge_files(db_path, other, "mine", dry_run=True)
    assert not report.open_conflicts and not report.result.changed
    assert other.read_bytes() == raw
    newer = db_path.with_name(DROPBOX)
    newer.write_text('{"meta": {"1": {"schema_version": 99}}}', "utf-8")
    with pytest.raises(DatabaseTooNewError):
        merge_files(db_path, newer, "mine")
    with pytest.raises(SameCopyError):
        merge_files(db_path, db_path, "mine")


@pytest.mark.parametrize(
    ("name", "tool"),
    [
        (SYNCTHING, "Syncthing"),
        (DROPBOX, "Dropbox"),
        ("training (field-laptop's conflicted copy 2026-12-06 (1)).json", "Dropbox"),
        (NEXTCLOUD, "Nextcloud"),
        ("training.conflict-20261206-093015.json", "SledPlanner"),
        ("training.conflict-20261206-093015-2.json", "SledPlanner"),
        ("training.mine-20261206-093015.json", None),
        ("training-2.sync-conflict-20261206-093015-ABCDEF1.json", None),
        ("training.sync-conflict-20261206-093015-ABCDEF1.json.tmp", None),
        ("other (conflicted copy 2026-12-06 093015).json", None),
    ],
)
def test_conflict_copies_are_known_by_their_names(name: str, tool: str | None) -> None:
    assert conflict_tool(Path("/x/training.json"), Path("/x") / name) == tool


def test_check_names_every_conflict_copy(db_path: Path) -> None:
    open_database(db_path, create=True).close()
    for name in (SYNCTHING, DROPBOX, NEXTCLOUD):
        shutil.copy(db_path, db_path.with_name(name))
    assert {c.path.name for c in find_conflict_copies(db_path)} == {SYNCTHING, DROPBOX, NEXTCLOUD}
    report = check_database(db_path)
    assert report.exit_code == 1
    named = [str(problem) for problem in report.problems]
    for name, tool in ((SYNCTHING, "Syncthing"), (DROPBOX, "Dropbox"), (NEXTCLOUD, "Nextcloud")):
        assert any(name in line and f"a {tool} conflict copy" in line for line in named)


def test_the_device_id_is_kept_in_the_data_folder(tmp_path: Path) -> None:
    first = installation_device_id(tmp_path / "data")
    assert len(first) == 16 and int(first, 16) >= 0
    assert (tmp_path / "data" / "device-id").read_text("ascii").strip() == first
    assert installation_device_id(tmp_path / "data") == first
    assert installation_device_id(tmp_path / "other") != first


def test_a_linked_database_finds_and_files_copies_beside_its_target(tmp_path: Path) -> None:
    synced = tmp_path / "Sync" / "training.json"
    synced.parent.mkdir()
    open_database(synced, create=True).close()
    edit(synced, "base", "sled", "Sled")
    link = tmp_path / "home" / "training.json"
    link.parent.mkdir()
    link.symlink_to(synced)
    other = synced.with_name(SYNCTHING)
    shutil.copy(synced, other)
    edit(other, "theirs", "bell", "Bell (there)")
    assert [c.path for c in find_conflict_copies(link)] == [other]
    report = merge_files(link, other, "mine")
    assert link.is_symlink() and gear_names(link)["bell"] == "Bell (there)"
    assert report.moved_to == synced.parent / "backups" / SYNCTHING
    assert report.backup is not None and report.backup.parent == synced.parent / "backups"


def test_the_merge_command_check_suggests_can_be_pasted_into_a_shell(db_path: Path) -> None:
    import shlex

    open_database(db_path, create=True).close()
    copy = db_path.with_name(DROPBOX)  # Dropbox puts an apostrophe in every such name
    shutil.copy(db_path, copy)
    (problem,) = check_database(db_path).problems
    suggested = str(problem).split("(sledplanner merge", 1)[1].rsplit(")", 1)[0]
    assert shlex.split("sledplanner merge" + suggested) == [
        "sledplanner",
        "merge",
        "--db",
        str(db_path),
        str(copy),
    ]

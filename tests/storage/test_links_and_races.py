"""A database linked into a synced folder, and sync tools renaming files over it mid-write."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.errors import DatabaseUnreadableError
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.storage import atomic
from sledplanner.storage.errors import DatabaseChangedOnDiskError

SLED = GearItem(kind="sled", name="R2", mass=Mass.of("20", "lb"))


def gear_names(path: Path) -> list[str]:
    return sorted(d["name"] for d in json.loads(path.read_text("utf-8")).get("gear", {}).values())


def test_a_linked_database_stays_a_link_and_its_target_gets_every_save(tmp_path: Path) -> None:
    synced = tmp_path / "Sync" / "training.json"
    synced.parent.mkdir()
    open_workspace(synced, create=True).close()
    link = tmp_path / "training.json"
    link.symlink_to(synced)
    workspace = open_workspace(link)
    GearService(workspace).add(SLED)
    workspace.close()
    assert link.is_symlink(), "the first save keeps the link"
    assert gear_names(synced) == [SLED.name]
    assert not list(tmp_path.glob(".training.json.*.tmp"))


def test_a_dangling_link_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "not-mounted" / "training.json"
    link = tmp_path / "training.json"
    link.symlink_to(missing)
    with pytest.raises(DatabaseUnreadableError) as raised:
        open_workspace(link, create=True)
    assert f"is a link to {missing}, which does not exist" in raised.value.message
    assert link.is_symlink() and not missing.exists()
    assert not missing.parent.exists()


def test_a_rename_over_the_file_during_a_write_is_never_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """200 races: another program renames its copy over the file just before our rename."""
    db = tmp_path / "training.json"
    workspace = open_workspace(db, create=True)
    service = GearService(workspace)
    lost = refused = 0
    for race in range(200):
        theirs = json.loads(db.read_text("utf-8"))
        theirs.setdefault("gear", {})[str(10_000 + race)] = {"name": f"theirs {race}"}
        outside = tmp_path / f"theirs-{race}.json"
        outside.write_text(json.dumps(theirs), "utf-8")

        # The outside rename lands between the first check and our rename: the re-check
        # just before the rename must see it.
        monkeypatch.setattr(
            atomic,
            "write_atomically",
            _with_rename_before_replace(atomic.write_atomically, outside),
        )
        try:
            service.add(SLED.with_changes(name=f"mine {race}", id=f"mine{race}"))
        except DatabaseChangedOnDiskError:
            refused += 1
        monkeypatch.undo()
        if f"theirs {race}" not in gear_names(db):
            lost += 1
        workspace.close()
        workspace = open_workspace(db)
        service = GearService(workspace)
    workspace.close()
    assert lost == 0
    assert refused == 200


def _with_rename_before_replace(write, outside: Path):  # noqa: ANN001, ANN202
    def write_then_race(path: Path, payload: bytes, before_replace=None) -> None:  # noqa: ANN001
        def race_then_check() -> None:
            os.replace(outside, path)  # another program renames its copy in right now
            if before_replace is not None:
                before_replace()

        write(path, payload, race_then_check)

    return write_then_race

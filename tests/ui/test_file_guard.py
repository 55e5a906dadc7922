"""The window notices a database changed by another program and never loses either side."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.storage import atomic
from sledplanner.storage.atomic import DiskState
from sledplanner.ui.equipment.gear_model import Column
from sledplanner.ui.equipment.tab import EquipmentTab


def bell(pounds: str) -> GearItem:
    return GearItem(kind="kettlebell", name=f"Kettlebell {pounds} lb", mass=Mass.of(pounds, "lb"))


def names_shown(tab: EquipmentTab) -> list[str]:
    return [tab.proxy.index(row, Column.NAME).data() for row in range(tab.proxy.rowCount())]


def names_in(path: Path) -> list[str]:
    tables = json.loads(path.read_text("utf-8"))
    return [doc["name"] for doc in tables.get("gear", {}).values()]


def change_elsewhere(path: Path, item: GearItem) -> bytes:
    """Add ``item`` the way a second machine would: write a new file and sync it over ours."""
    copy = path.with_name("other-machine.json")
    copy.write_bytes(path.read_bytes())
    workspace = open_workspace(copy)
    GearService(workspace).add(item)
    workspace.close()
    os.replace(copy, path)
    return path.read_bytes()


@pytest.fixture
def opened(controller: Controller, db_path: Path, settle) -> EquipmentTab:  # noqa: ANN001
    assert controller.open_path(db_path, create=True)
    tab = controller.window.equipment_tab
    assert tab is not None
    tab.add_new(bell("20"))
    settle(controller)  # on disk before the other program reads the file
    return tab


def button(controller: Controller, name: str) -> QPushButton:
    found = controller.window.notice_bar.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_our_own_saves_raise_no_notice(
    qtbot, controller: Controller, opened: EquipmentTab, settle
) -> None:
    guard = controller.file_guard
    assert guard is not None
    seen: list[DiskState] = []
    guard.checked.connect(seen.append)
    for pounds in ("35", "50"):
        opened.add_new(bell(pounds))
    settle(controller)
    # Our writes changed the file, so the watcher makes the guard look at least once; every
    # look finds the file as this window wrote it, and no notice is shown.
    qtbot.waitUntil(lambda: len(seen) >= 1, timeout=5000)
    assert seen == [DiskState.SAME] * len(seen)
    assert not controller.window.notice_bar.isVisible()


def test_an_outside_change_offers_reload_which_shows_it(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path, settle
) -> None:
    theirs = change_elsewhere(db_path, bell("70"))
    notice = controller.window.notice_bar
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert notice.text.text() == f"{db_path} was changed by another program."
    assert db_path.read_bytes() == theirs
    qtbot.mouseClick(button(controller, "reloadButton"), Qt.MouseButton.LeftButton)
    tab = controller.window.equipment_tab
    assert tab is not None
    assert names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]
    assert not notice.isVisible()
    tab.add_new(bell("35"))  # and saving works again, on top of theirs
    settle(controller)
    assert names_in(db_path) == ["Kettlebell 20 lb", "Kettlebell 70 lb", "Kettlebell 35 lb"]


def test_keep_mine_saves_a_side_copy_and_loads_theirs(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path
) -> None:
    change_elsewhere(db_path, bell("70"))
    notice = controller.window.notice_bar
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    qtbot.mouseClick(button(controller, "keepMineButton"), Qt.MouseButton.LeftButton)
    copies = list(db_path.parent.glob("training.mine-*.json"))
    assert len(copies) == 1
    assert names_in(copies[0]) == ["Kettlebell 20 lb"]
    assert str(copies[0]) in notice.text.text()
    tab = controller.window.equipment_tab
    assert tab is not None and names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]


@pytest.mark.expected_log
def test_an_edit_refused_after_an_outside_change_keeps_both(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path, settle
) -> None:
    guard = controller._guard
    assert guard is not None
    guard._watcher.blockSignals(True)  # the watcher has not noticed yet: the edit comes first
    theirs = change_elsewhere(db_path, bell("70"))
    assert opened.add_new(bell("35"))  # done in the window; the background save is refused
    settle(controller)
    copies = list(db_path.parent.glob("training.conflict-*.json"))
    assert len(copies) == 1
    assert names_in(copies[0]) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]  # with our edit
    assert not list(db_path.parent.glob("training.unsaved-*.json")), "one copy, the one named"
    assert db_path.read_bytes() == theirs
    text = controller.window.notice_bar.text.text()
    assert str(copies[0]) in text and str(db_path) in text
    tab = controller.window.equipment_tab
    assert tab is not None and names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]


@pytest.mark.expected_log
def test_unsaved_edits_and_an_outside_change_keep_both(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path, monkeypatch, settle
) -> None:
    real = atomic.write_atomically

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic, "write_atomically", disk_full)
    assert opened.add_new(bell("35"))  # kept in the window, waiting to be saved
    settle(controller)
    monkeypatch.setattr(atomic, "write_atomically", real)
    change_elsewhere(db_path, bell("70"))
    notice = controller.window.notice_bar
    qtbot.waitUntil(lambda: "Both are kept" in notice.text.text(), timeout=5000)
    copies = list(db_path.parent.glob("training.conflict-*.json"))
    assert len(copies) == 1
    assert names_in(copies[0]) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    assert not list(db_path.parent.glob("training.unsaved-*.json")), "one copy, the one named"
    assert names_in(db_path) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]
    assert controller.window.pending_saves.count == 0


def test_a_deleted_file_is_reported_and_not_recreated_until_asked(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path
) -> None:
    db_path.unlink()
    notice = controller.window.notice_bar
    qtbot.waitUntil(notice.isVisible, timeout=5000)
    assert "moved or deleted" in notice.text.text()
    assert not db_path.exists()
    qtbot.mouseClick(button(controller, "saveAgainButton"), Qt.MouseButton.LeftButton)
    assert names_in(db_path) == ["Kettlebell 20 lb"]


@pytest.mark.expected_log
def test_an_edit_after_the_file_was_deleted_is_kept_and_can_be_saved_there_again(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path, settle
) -> None:
    guard = controller._guard
    assert guard is not None
    guard._watcher.blockSignals(True)  # the edit comes before the watcher notices
    db_path.unlink()
    assert opened.add_new(bell("35"))  # kept in the window
    settle(controller)
    assert names_shown(opened) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    assert "moved or deleted" in controller.window.notice_bar.text.text()
    assert not db_path.exists()
    qtbot.mouseClick(button(controller, "saveAgainButton"), Qt.MouseButton.LeftButton)
    assert names_in(db_path) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    tab = controller.window.equipment_tab
    assert tab is not None and names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]


def test_reloads_free_each_old_guard_at_once(controller, db_path) -> None:
    """A reload stops the old guard and frees it then, in this thread, not in a later collection."""
    import gc
    import weakref

    from PySide6.QtCore import QFileSystemWatcher

    assert controller.open_path(db_path, create=True)
    gc.disable()  # nothing may depend on the cycle collector
    try:
        old = []
        for _ in range(5):
            old.append(weakref.ref(controller._guard))
            assert controller.reload()
        assert [ref() for ref in old] == [None] * 5
    finally:
        gc.enable()
    assert controller._guard is not None
    assert len(controller.findChildren(QFileSystemWatcher)) == 1

"""A sync tool's conflict copy beside the open database: a notice, a merge, one undo step."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QRadioButton

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.equipment.gear_model import Column
from sledplanner.ui.equipment.tab import EquipmentTab
from sledplanner.ui.merge_dialog import MergeDialog

# Every test here puts a conflict copy beside the file, which the app logs as a warning.
pytestmark = pytest.mark.expected_log

COPY = "training.sync-conflict-20261206-093015-ABCDEF1.json"


def bell(pounds: str) -> GearItem:
    return GearItem(kind="kettlebell", name=f"Kettlebell {pounds} lb", mass=Mass.of(pounds, "lb"))


def names_shown(tab: EquipmentTab) -> list[str]:
    return [tab.proxy.index(row, Column.NAME).data() for row in range(tab.proxy.rowCount())]


def names_in(path: Path) -> list[str]:
    return [doc["name"] for doc in json.loads(path.read_text("utf-8"))["gear"].values()]


def conflict_copy_from_the_other_machine(db_path: Path, change) -> Path:  # noqa: ANN001
    """The other machine's version, renamed by the sync tool, landing beside the database."""
    work = db_path.parent / "elsewhere" / db_path.name
    work.parent.mkdir()
    shutil.copy(db_path, work)
    workspace = open_workspace(work, device_id="0ther0machine000")
    change(GearService(workspace))
    workspace.close()
    os.replace(work, db_path.with_name(COPY))
    return db_path.with_name(COPY)


def button(controller: Controller, name: str) -> QPushButton:
    found = controller.window.notice_bar.findChild(QPushButton, name)
    assert found is not None, name
    return found


def open_with_a_bell(controller: Controller, db_path: Path, settle) -> EquipmentTab:  # noqa: ANN001
    assert controller.open_path(db_path, create=True)
    tab = controller.window.equipment_tab
    assert tab is not None
    tab.add_new(bell("20"))
    settle(controller)
    return tab


def test_a_copy_appearing_while_open_is_announced_and_merged_in_one_undoable_step(
    qtbot, controller: Controller, db_path: Path, settle
) -> None:
    tab = open_with_a_bell(controller, db_path, settle)
    copy = conflict_copy_from_the_other_machine(db_path, lambda gear: gear.add(bell("70")))
    notice = controller.window.notice_bar
    qtbot.waitUntil(lambda: notice.isVisible() and "conflict copy" in notice.text.text())
    assert "Syncthing" in notice.text.text() and str(copy) in notice.text.text()
    qtbot.mouseClick(button(controller, "mergeCopyButton"), Qt.MouseButton.LeftButton)
    assert names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]
    settle(controller)
    assert names_in(db_path) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]
    assert not copy.exists() and (db_path.parent / "backups" / COPY).exists()
    assert list((db_path.parent / "backups").glob("training-before-merge-*.json"))
    assert "Merged" in notice.text.text() and "backups" in notice.text.text()
    assert controller.undo_stack.count() == 2  # the bell, then the merge: one step
    controller.window.undo_action.trigger()
    assert names_shown(tab) == ["Kettlebell 20 lb"]
    settle(controller)
    assert names_in(db_path) == ["Kettlebell 20 lb"]
    controller.window.redo_action.trigger()
    assert names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]


def test_a_copy_there_when_the_file_opens_is_announced(
    qtbot, controller: Controller, db_path: Path, settle
) -> None:
    open_with_a_bell(controller, db_path, settle)
    controller.close()
    conflict_copy_from_the_other_machine(db_path, lambda gear: gear.add(bell("70")))
    assert controller.open_path(db_path)
    notice = controller.window.notice_bar
    qtbot.waitUntil(notice.isVisible)  # once the window shows the file
    assert COPY in notice.text.text()
    qtbot.mouseClick(button(controller, "mergeLaterButton"), Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    guard = controller._guard
    assert guard is not None
    guard.check()  # put off: the next look at the folder does not bring it back
    assert not notice.isVisible()


def test_a_copy_waits_while_another_notice_is_shown(
    qtbot, controller: Controller, db_path: Path, settle
) -> None:
    open_with_a_bell(controller, db_path, settle)
    notice = controller.window.notice_bar
    notice.show_notice("Your version was kept in training.conflict-20261206-093015.json.")
    conflict_copy_from_the_other_machine(db_path, lambda gear: gear.add(bell("70")))
    guard = controller._guard
    assert guard is not None
    guard.check()
    assert "Your version was kept" in notice.text.text()
    notice.hide_notice()
    guard.check()
    assert notice.isVisible() and COPY in notice.text.text()


def test_records_changed_on_both_sides_are_shown_side_by_side_and_picked_per_record(
    qtbot, controller: Controller, db_path: Path, settle
) -> None:
    tab = open_with_a_bell(controller, db_path, settle)
    tab.add_new(bell("35"))
    settle(controller)
    items = {item.name: item for item in controller.window.services.gear.items()}

    def there(gear: GearService) -> None:
        gear.update(items["Kettlebell 20 lb"].with_changes(name="Bell twenty (there)"))
        gear.update(items["Kettlebell 35 lb"].with_changes(name="Bell 35 (there)"))

    copy_path = conflict_copy_from_the_other_machine(db_path, there)
    gear = controller.window.services.gear
    gear.update(items["Kettlebell 20 lb"].with_changes(name="Bell twenty (here)"))
    gear.update(items["Kettlebell 35 lb"].with_changes(name="Bell 35 (here)"))
    settle(controller)
    seen: list[str] = []

    def pick(dialog: MergeDialog) -> object:
        dialog.show()
        qtbot.waitExposed(dialog)
        labels = sorted(label.text() for label in dialog.findChildren(QLabel))
        seen.extend(labels)
        # Take the other machine's name for the first record, keep ours for the second.
        choice = dialog.findChild(QRadioButton, "conflict0Theirs")
        qtbot.mouseClick(choice, Qt.MouseButton.LeftButton)
        assert choice.isChecked()
        dialog.accept()
        return dialog.choices()

    controller.conflict_merge._ask = pick
    notice = controller.window.notice_bar
    qtbot.waitUntil(lambda: notice.isVisible() and "conflict copy" in notice.text.text())
    qtbot.mouseClick(button(controller, "mergeCopyButton"), Qt.MouseButton.LeftButton)
    assert {
        "Bell twenty (here)",
        "Bell twenty (there)",
        "Bell 35 (here)",
        "Bell 35 (there)",
    } <= set(seen)
    assert sorted(names_shown(tab)) == ["Bell 35 (here)", "Bell twenty (there)"]
    assert not copy_path.exists()


def test_cancelling_the_pick_merges_nothing(
    qtbot, controller: Controller, db_path: Path, settle
) -> None:
    tab = open_with_a_bell(controller, db_path, settle)
    item = controller.window.services.gear.items()[0]
    copy_path = conflict_copy_from_the_other_machine(
        db_path, lambda gear: gear.update(item.with_changes(name="There"))
    )
    controller.window.services.gear.update(item.with_changes(name="Here"))
    settle(controller)
    before = db_path.read_bytes()
    controller.conflict_merge._ask = lambda _dialog: None
    assert not controller.conflict_merge.merge(copy_path)
    settle(controller)
    assert names_shown(tab) == ["Here"] and db_path.read_bytes() == before
    assert copy_path.exists()


def test_a_keep_both_copy_can_be_merged_back_from_its_notice(
    qtbot, controller: Controller, db_path: Path, settle
) -> None:
    """The file changed elsewhere while this window had an edit: both kept, then merged."""
    tab = open_with_a_bell(controller, db_path, settle)
    guard = controller._guard
    assert guard is not None
    guard._watcher.blockSignals(True)  # the edit comes before the watcher notices
    elsewhere = db_path.parent / "elsewhere.json"
    shutil.copy(db_path, elsewhere)
    workspace = open_workspace(elsewhere, device_id="0ther0machine000")
    GearService(workspace).add(bell("70"))
    workspace.close()
    os.replace(elsewhere, db_path)
    assert tab.add_new(bell("35"))
    settle(controller)
    (kept,) = db_path.parent.glob("training.conflict-*.json")
    notice = controller.window.notice_bar
    assert str(kept) in notice.text.text()
    tab = controller.window.equipment_tab
    assert tab is not None and names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb"]
    qtbot.mouseClick(button(controller, "mergeKeptButton"), Qt.MouseButton.LeftButton)
    assert names_shown(tab) == ["Kettlebell 20 lb", "Kettlebell 70 lb", "Kettlebell 35 lb"]
    settle(controller)
    assert names_in(db_path) == ["Kettlebell 20 lb", "Kettlebell 70 lb", "Kettlebell 35 lb"]
    assert not kept.exists() and (db_path.parent / "backups" / kept.name).exists()

"""A save that fails (disk full, read-only folder) keeps the edit in the window and retries it."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.storage import atomic
from sledplanner.ui.equipment.gear_model import Column
from sledplanner.ui.equipment.tab import EquipmentTab


def bell(pounds: str) -> GearItem:
    return GearItem(kind="kettlebell", name=f"Kettlebell {pounds} lb", mass=Mass.of(pounds, "lb"))


def names_shown(tab: EquipmentTab) -> list[str]:
    return [tab.proxy.index(row, Column.NAME).data() for row in range(tab.proxy.rowCount())]


def names_on_disk(path: Path) -> list[str]:
    tables = json.loads(path.read_text("utf-8"))
    return [doc["name"] for doc in tables.get("gear", {}).values()]


class FlakyDisk:
    """Stands in for ``write_atomically``: fails with ``error`` while ``failing`` is set."""

    def __init__(self, error: OSError) -> None:
        self.error = error
        self.failing = True
        self.real = atomic.write_atomically

    def __call__(self, path: Path, payload: bytes, before_replace: object = None) -> None:
        if self.failing:
            raise self.error
        self.real(path, payload, before_replace)  # type: ignore[arg-type]


@pytest.fixture
def opened(controller: Controller, db_path: Path) -> EquipmentTab:
    assert controller.open_path(db_path, create=True)
    tab = controller.window.equipment_tab
    assert tab is not None
    return tab


def retry_button(controller: Controller) -> QPushButton:
    button = controller.window.notice_bar.findChild(QPushButton, "retrySaveButton")
    assert button is not None
    return button


@pytest.mark.expected_log
def test_disk_full_keeps_the_edit_and_retry_saves_it(
    qtbot, controller: Controller, opened: EquipmentTab, db_path: Path, monkeypatch, settle
) -> None:
    opened.add_new(bell("20"))
    settle(controller)
    disk = FlakyDisk(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    monkeypatch.setattr(atomic, "write_atomically", disk)

    assert opened.add_new(bell("35"))
    settle(controller)  # the background save fails
    notice = controller.window.notice_bar
    assert notice.isVisible()
    assert notice.text.text().startswith("Not saved: ")
    assert str(db_path) in notice.text.text() and "No space left" in notice.text.text()
    assert "kept in this window" in notice.text.text()
    assert names_shown(opened) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    assert names_on_disk(db_path) == ["Kettlebell 20 lb"]
    # Done in the window, and undoable at once: the save runs behind the edit.
    assert controller.undo_stack.count() == 2

    # A second edit queues behind the first, in order.
    assert opened.add_new(bell("50"))
    assert names_shown(opened)[-1] == "Kettlebell 50 lb"
    assert controller.window.pending_saves.count == 2

    qtbot.mouseClick(retry_button(controller), Qt.MouseButton.LeftButton)  # still full
    assert notice.isVisible() and controller.window.pending_saves.count == 2

    disk.failing = False
    qtbot.mouseClick(retry_button(controller), Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert names_on_disk(db_path) == ["Kettlebell 20 lb", "Kettlebell 35 lb", "Kettlebell 50 lb"]
    assert controller.undo_stack.count() == 3
    assert controller.undo_stack.text(1) == "add Kettlebell 35 lb"

    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert names_shown(opened) == ["Kettlebell 20 lb"]
    settle(controller)
    assert names_on_disk(db_path) == ["Kettlebell 20 lb"]
    controller.undo_stack.redo()
    settle(controller)
    assert names_on_disk(db_path) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]


@pytest.mark.expected_log
def test_the_retry_runs_by_itself_every_ten_seconds(
    controller: Controller, opened: EquipmentTab, db_path: Path, monkeypatch, settle
) -> None:
    disk = FlakyDisk(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    monkeypatch.setattr(atomic, "write_atomically", disk)
    opened.add_new(bell("20"))
    settle(controller)
    timer = controller.window.pending_saves.timer
    assert timer.isActive() and timer.interval() == 10_000
    disk.failing = False
    timer.timeout.emit()  # what the timer does after 10 s
    assert not timer.isActive()
    assert names_on_disk(db_path) == ["Kettlebell 20 lb"]
    assert controller.undo_stack.count() == 1


@pytest.mark.expected_log
def test_a_read_only_folder_keeps_the_edit_until_the_folder_is_writable(
    controller: Controller, tmp_path: Path, monkeypatch, settle
) -> None:
    folder = tmp_path / "shared"
    path = folder / "training.json"
    assert controller.open_path(path, create=True)
    tab = controller.window.equipment_tab
    assert tab is not None
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            # As root the folder's mode does not stop writes: inject the refusal every other
            # user gets from the OS, at the place it happens (creating the temporary file).
            real = atomic.tempfile.mkstemp

            def mkstemp(*args: object, **kwargs: object) -> tuple[int, str]:
                if not os.stat(folder).st_mode & 0o200:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
                return real(*args, **kwargs)  # type: ignore[call-overload, no-any-return]

            monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
        assert tab.add_new(bell("20"))
        settle(controller)
        text = controller.window.notice_bar.text.text()
        assert "Not saved" in text and "Permission denied" in text and str(path) in text
        assert names_shown(tab) == ["Kettlebell 20 lb"]
        assert not controller.window.pending_saves.retry()
    finally:
        folder.chmod(0o755)
    assert controller.window.pending_saves.retry()
    assert names_on_disk(path) == ["Kettlebell 20 lb"]


@pytest.mark.expected_log
def test_closing_with_unsaved_edits_asks_first(
    controller: Controller, opened: EquipmentTab, db_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(
        atomic, "write_atomically", FlakyDisk(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    )
    opened.add_new(bell("20"))
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not controller.window.close()
    assert asked and "1 change(s)" in asked[0]
    assert controller.window.isVisible()
    assert names_shown(opened) == ["Kettlebell 20 lb"]


def test_edits_made_just_before_quitting_are_on_disk(
    controller: Controller, opened: EquipmentTab, db_path: Path
) -> None:
    for pounds in ("20", "35", "50"):
        assert opened.add_new(bell(pounds))  # saved in the background
    assert controller.window.close()
    controller.close()
    assert names_on_disk(db_path) == ["Kettlebell 20 lb", "Kettlebell 35 lb", "Kettlebell 50 lb"]


@pytest.mark.expected_log
@pytest.mark.parametrize("action", ["open another", "new database", "restore"])
def test_every_action_that_would_drop_waiting_edits_asks_first(
    controller: Controller, opened: EquipmentTab, db_path: Path, monkeypatch, action: str
) -> None:
    """Disk full with two edits waiting: Open, New and Restore ask, and No keeps them."""
    from sledplanner.services.workspace import open_workspace
    from sledplanner.ui import restore_dialog

    other = db_path.with_name("other.json")
    open_workspace(other, create=True).close()
    disk = FlakyDisk(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    monkeypatch.setattr(atomic, "write_atomically", disk)
    opened.add_new(bell("20"))
    opened.add_new(bell("35"))
    asked: list[str] = []
    reply = [QMessageBox.StandardButton.No]

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", answer)

    def act() -> bool:
        if action == "open another":
            return controller.open_other(other)
        if action == "new database":
            return controller.open_other(db_path.with_name("new.json"), create=True)
        chosen = type("Chosen", (), {"path": other})()

        class Picked:
            DialogCode = restore_dialog.RestoreDialog.DialogCode

            def __init__(self, *_args: object) -> None:
                self.chosen = chosen

            def exec(self) -> object:
                return self.DialogCode.Accepted

            def deleteLater(self) -> None:  # noqa: N802 - Qt's name
                pass

        # The controller imports the dialog when asked to restore.
        monkeypatch.setattr(restore_dialog, "RestoreDialog", Picked)
        restored: list[Path] = []
        monkeypatch.setattr(controller, "restore", lambda path, backup: restored.append(backup))
        controller.restore_from_backup()
        return bool(restored)

    assert not act()
    assert len(asked) == 1 and "2 change(s) could not be saved" in asked[0]
    assert controller.workspace is not None and controller.workspace.path == db_path
    assert names_shown(controller.window.equipment_tab) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    assert controller.window.pending_saves.count == 2
    reply[0] = QMessageBox.StandardButton.Yes
    assert act()
    assert len(asked) == 2
    assert controller.window.pending_saves.count == 0


def test_a_save_that_fails_in_place_is_reported_once_and_not_done(qtbot) -> None:
    """One path for failed saves: an edit whose own write fails is reported, not kept."""
    from PySide6.QtGui import QUndoStack

    from sledplanner.services.errors import DatabaseWriteError
    from sledplanner.ui.commands import PendingSaves, perform

    stack = QUndoStack()
    notices: list[object] = []
    pending = PendingSaves(stack, lambda *args: notices.append(args), lambda: None)
    pending.saver = object()  # type: ignore[assignment] - a saver is there, as in the window
    reported: list[str] = []

    def fails() -> None:
        raise DatabaseWriteError(Path("training.json"), OSError(errno.ENOSPC, "No space"))

    assert not perform(stack, "add", fails, lambda: None, reported.append)
    assert len(reported) == 1 and "training.json" in reported[0]
    assert pending.count == 0 and stack.count() == 0 and notices == []

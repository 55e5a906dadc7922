"""File > Restore from backup…: pick a backup, see its data, and undo the restore."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.storage.backups import list_backups, write_backup
from sledplanner.ui.first_paint import after_next_paint
from sledplanner.ui.restore_dialog import RestoreDialog


def bell(pounds: str) -> GearItem:
    return GearItem(kind="kettlebell", name=f"Kettlebell {pounds} lb", mass=Mass.of(pounds, "lb"))


def add(path: Path, *items: GearItem) -> None:
    workspace = open_workspace(path, create=True)
    gear = GearService(workspace)
    gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
    gear.add_many(items)
    workspace.close()


def names(controller: Controller) -> list[str]:
    tab = controller.window.equipment_tab
    assert tab is not None
    return sorted(tab.model.item_at(row).name for row in range(tab.model.rowCount()))


def pick(qtbot, chosen: Callable[[], Path], seen: list[RestoreDialog]) -> Callable[..., int]:  # noqa: ANN001
    """An ``exec`` that selects the backup ``chosen()`` and clicks Restore."""

    def run(dialog: RestoreDialog) -> int:
        seen.append(dialog)
        assert dialog.select_backup(chosen())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    return run


@pytest.fixture
def two_states(db_path: Path) -> tuple[Path, bytes]:
    """A database with two bells, and a backup from when it had one."""
    add(db_path, bell("20"))
    backup = write_backup(db_path, "before-import", now=datetime(2020, 1, 1, 9, 0))
    add(db_path, bell("35"))
    return backup, db_path.read_bytes()


def test_opening_writes_todays_backup_once_the_window_shows_the_file(
    qtbot,  # noqa: ANN001
    controller: Controller,
    db_path: Path,
) -> None:
    add(db_path, bell("20"))
    assert controller.open_path(db_path)
    qtbot.waitUntil(lambda: bool(list_backups(db_path)))
    (daily,) = list_backups(db_path)
    assert daily.name.startswith(f"training-daily-{date.today():%Y%m%d}T")
    assert daily.read_bytes() == db_path.read_bytes()
    controller.close()
    assert controller.open_path(db_path)
    # The second open's look at the backups has run once this later one has.
    ran: list[bool] = []
    after_next_paint(controller.window, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
    assert len(list_backups(db_path)) == 1


def test_todays_backup_is_of_the_file_still_open_once_the_window_shows_it(
    qtbot,  # noqa: ANN001
    controller: Controller,
    db_path: Path,
) -> None:
    other = db_path.with_name("other.json")
    add(db_path, bell("20"))
    add(other, bell("35"))
    assert controller.open_path(db_path)
    assert controller.open_path(other)  # before the window had painted the first
    qtbot.waitUntil(lambda: bool(list_backups(other)))
    ran: list[bool] = []
    after_next_paint(controller.window, lambda: ran.append(True))
    qtbot.waitUntil(lambda: bool(ran))
    assert list_backups(db_path) == []  # closed before it was shown: not backed up then


def test_a_failed_daily_backup_does_not_stop_the_open(
    qtbot,  # noqa: ANN001
    controller: Controller,
    db_path: Path,
) -> None:
    add(db_path, bell("20"))
    (db_path.parent / "backups").write_bytes(b"a file where the folder should be")
    assert controller.open_path(db_path)
    assert names(controller) == ["Kettlebell 20 lb"]
    # Said in the status bar (cut to its width on a small screen), and whole under Messages.
    qtbot.waitUntil(
        lambda: (
            controller.window.statusBar().currentMessage().startswith("Today's backup could not")
        )
    )
    assert any("backup could not be written" in said for said in controller.window.messages)


def test_restore_a_backup_then_undo_it_through_the_before_restore_backup(
    qtbot, controller: Controller, db_path: Path, two_states, monkeypatch
) -> None:
    backup, original = two_states
    assert controller.open_path(db_path)
    qtbot.waitUntil(lambda: len(list_backups(db_path)) == 2)  # today's, once the window shows
    assert controller.window.restore_action.isEnabled()
    assert names(controller) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    seen: list[RestoreDialog] = []
    monkeypatch.setattr(RestoreDialog, "exec", pick(qtbot, lambda: backup, seen))
    controller.window.restore_action.trigger()

    listed = seen[0].backups
    assert [info.reason for info in listed] == ["daily", "before-import"]
    table = seen[0].table
    assert table.item(1, 1).text() == "Before an import"
    assert (table.item(1, 3).text(), table.item(0, 3).text()) == ("1", "2")
    assert names(controller) == ["Kettlebell 20 lb"]
    assert db_path.read_bytes() == backup.read_bytes()
    notice = controller.window.notice_bar
    assert notice.isVisible()
    before = [p for p in list_backups(db_path) if "-before-restore-" in p.name]
    assert len(before) == 1 and before[0].read_bytes() == original
    assert str(before[0]) in notice.text.text()
    assert "restore that backup to undo" in notice.text.text()
    assert str(before[0]) in controller.window.statusBar().currentMessage()

    # Undo: restore the before-restore backup from the same dialog.
    monkeypatch.setattr(RestoreDialog, "exec", pick(qtbot, lambda: before[0], seen))
    controller.restore_from_backup()
    assert seen[1].table.item(0, 1).text().startswith("Before a restore")
    assert db_path.read_bytes() == original
    assert names(controller) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]


def test_the_notice_bar_undoes_the_restore(
    qtbot, controller: Controller, db_path: Path, two_states, monkeypatch
) -> None:
    backup, original = two_states
    assert controller.open_path(db_path)
    monkeypatch.setattr(RestoreDialog, "exec", pick(qtbot, lambda: backup, []))
    controller.restore_from_backup()
    assert names(controller) == ["Kettlebell 20 lb"]
    undo = controller.window.notice_bar.findChild(QPushButton, "undoRestoreButton")
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert db_path.read_bytes() == original
    assert names(controller) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]


def test_cancel_changes_nothing_and_unreadable_backups_cannot_be_chosen(
    controller: Controller, db_path: Path, two_states, monkeypatch
) -> None:
    backup, original = two_states
    broken = backup.with_name("training-before-import-20200102T000000000000.json")
    broken.write_bytes(b"\x00garbage")
    assert controller.open_path(db_path)
    seen: list[RestoreDialog] = []

    def cancel(dialog: RestoreDialog) -> int:
        seen.append(dialog)
        assert not dialog.select_backup(broken)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(RestoreDialog, "exec", cancel)
    controller.restore_from_backup()
    row = [info.path for info in seen[0].backups].index(broken)
    assert "cannot be read" in seen[0].table.item(row, 1).text()
    assert not seen[0].table.item(row, 0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert db_path.read_bytes() == original
    assert names(controller) == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    assert not [p for p in list_backups(db_path) if "-before-restore-" in p.name]


@pytest.mark.expected_log
def test_restore_from_the_problem_panel(
    qtbot, controller: Controller, db_path: Path, two_states, monkeypatch
) -> None:
    backup, _ = two_states
    db_path.write_bytes(b'{"meta": {"1": {"sche')
    assert not controller.open_path(db_path)
    assert controller.window.problem_panel is not None
    assert controller.window.restore_action.isEnabled()
    monkeypatch.setattr(RestoreDialog, "exec", pick(qtbot, lambda: backup, []))
    controller.window.restore_action.trigger()
    assert controller.window.problem_panel is None
    assert names(controller) == ["Kettlebell 20 lb"]
    (kept,) = [p for p in list_backups(db_path) if "-before-restore-" in p.name]
    assert kept.read_bytes() == b'{"meta": {"1": {"sche'


def test_gui_import_writes_a_backup_first(
    controller: Controller, db_path: Path, tmp_path: Path
) -> None:
    add(db_path, bell("20"))
    assert controller.open_path(db_path)
    before = db_path.read_bytes()
    source = tmp_path / "gear.csv"
    from sledplanner.services.gear_csv import GEAR_COLUMNS

    source.write_text(",".join(GEAR_COLUMNS) + "\nkettlebell,Bell,,22.50,kg,1,,,owned,,,\n")
    tab = controller.window.equipment_tab
    assert tab is not None and tab.import_csv(source) is None
    (made,) = [p for p in list_backups(db_path) if "-before-import-" in p.name]
    assert made.read_bytes() == before

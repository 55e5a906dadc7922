"""The main window as a person meets it: title, tabs, menus, undo, about, new and open."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QTabWidget, QWidget

from sledplanner import __version__
from sledplanner.app.controller import Controller
from sledplanner.app.gui import build_controller


def test_window_shows_database_name_and_three_tabs(controller: Controller, db_path: Path) -> None:
    assert controller.open_path(db_path, create=True)
    window = controller.window
    assert window.windowTitle() == "training — SledPlanner"
    tabs = window.findChild(QTabWidget, "mainTabs")
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Equipment", "Programme", "Progress"]
    assert [tabs.widget(i).objectName() for i in range(tabs.count())] == [
        "equipmentTab",
        "programmeTab",  # the page; the calendar is built into it when first shown
        "progressTab",
    ]
    assert tabs.widget(1).findChild(QWidget, "programmeTabContent") is None
    window.select_tab("programme")
    assert tabs.widget(1).findChild(QWidget, "programmeTabContent") is window.programme_tab
    assert window.programme_tab is not None and window.programme_tab.isVisible()
    assert window.findChild(QLabel, "databaseStatus").text() == str(db_path)
    assert db_path.is_file()


def test_menus_hold_the_promised_actions(controller: Controller) -> None:
    menu_bar = controller.window.menuBar()
    titles = [a.text().replace("&", "") for a in menu_bar.actions()]
    assert titles == ["File", "Edit", "Help"]
    file_menu = menu_bar.actions()[0].menu()
    entries = [a.text().replace("&", "") for a in file_menu.actions() if not a.isSeparator()]
    assert entries == [
        "New database…",
        "Open database…",
        "Restore from backup…",
        "Import",
        "Export",
        "Import from another app…",
        "Report…",
        "Calendar sync…",
        "Sync calendar now",
        "Quit",
    ]
    imports = [a.text().replace("&", "") for a in controller.window.import_menu.actions()]
    assert imports == ["Gear CSV…", "Sessions CSV…"]
    exports = [a.text().replace("&", "") for a in controller.window.export_menu.actions()]
    assert exports == [
        "Gear CSV…",
        "Sessions CSV…",
        "Current chart as PNG…",
        "Current chart's data as CSV…",
        "iCalendar (planned sessions)…",
    ]
    assert controller.window.new_action.shortcut().toString() == "Ctrl+N"
    assert controller.window.open_action.shortcut().toString() == "Ctrl+O"
    assert controller.window.quit_action.shortcut().toString() == "Ctrl+Q"


class Counter(QUndoCommand):
    def __init__(self, box: list[int]) -> None:
        super().__init__("count")
        self.box = box

    def redo(self) -> None:
        self.box[0] += 1

    def undo(self) -> None:
        self.box[0] -= 1


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_on_the_one_stack(
    qtbot, controller: Controller, db_path: Path
) -> None:
    controller.open_path(db_path, create=True)
    window = controller.window
    box = [0]
    assert not window.undo_action.isEnabled()
    controller.undo_stack.push(Counter(box))
    assert box == [1]
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Undo count"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box == [0]
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert box == [1]


def test_about_shows_version_and_data_file(
    controller: Controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open_path(db_path, create=True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, title, text: shown.append((title, text)))
    controller.window.about_action.trigger()
    assert len(shown) == 1
    assert __version__ in shown[0][1]
    assert str(db_path) in shown[0][1]


def test_new_database_creates_and_opens_the_chosen_file(
    controller: Controller, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open_path(db_path, create=True)
    chosen = tmp_path / "coach"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    controller.window.new_action.trigger()
    assert (tmp_path / "coach.json").is_file()
    assert controller.workspace is not None
    assert controller.workspace.path == tmp_path / "coach.json"
    assert controller.window.windowTitle() == "coach — SledPlanner"


def test_new_database_never_replaces_an_existing_file(
    controller: Controller, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open_path(db_path, create=True)
    existing = tmp_path / "mine.json"
    existing.write_text("not even a database", "utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    controller.window.new_action.trigger()
    assert existing.read_text("utf-8") == "not even a database"
    assert warnings and "already exists" in warnings[0]
    assert controller.workspace.path == db_path


def test_open_database_switches_files_and_releases_the_old_lock(
    controller: Controller, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sledplanner.app.lock import DatabaseLock

    controller.open_path(db_path, create=True)
    other = tmp_path / "other.json"
    Controller.open_path(controller, other, create=True)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(db_path), ""))
    controller.window.open_action.trigger()
    assert controller.workspace.path == db_path
    released = DatabaseLock(other)
    assert released.acquire()
    released.release()


@pytest.mark.expected_log
def test_a_failed_open_keeps_the_current_database(
    controller: Controller, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.open_path(db_path, create=True)
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"meta": ')
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    controller.window.open_action.trigger()
    assert controller.workspace.path == db_path
    assert warnings and "truncated" in warnings[0]
    assert broken.read_bytes() == b'{"meta": '


def test_geometry_and_last_database_are_remembered(
    qtbot, settings: QSettings, tmp_path: Path
) -> None:
    first_db = tmp_path / "remembered.json"
    first = build_controller(first_db, settings)
    qtbot.addWidget(first.window)
    first.window.setGeometry(10, 20, 780, 560)
    first.window.close()
    first.close()
    assert settings.value("database/last") == str(first_db)

    second = build_controller(None, settings)
    qtbot.addWidget(second.window)
    assert second.workspace.path == first_db
    assert second.window.size().width() == 780
    assert second.window.size().height() == 560
    second.close()


def test_quit_closes_the_window(qtbot, controller: Controller, db_path: Path) -> None:
    controller.open_path(db_path, create=True)
    controller.window.quit_action.trigger()
    qtbot.waitUntil(lambda: not controller.window.isVisible())
    assert json.loads(db_path.read_text("utf-8"))["meta"]["1"]["schema_version"] >= 1


def test_invalid_records_are_announced_not_hidden(
    qtbot, controller: Controller, db_path: Path
) -> None:
    from sledplanner.storage.database import create_database

    create_database(db_path)
    data = json.loads(db_path.read_text("utf-8"))
    good = {"id": "a", "kind": "kettlebell", "name": "Bell", "mass": {"value": "16", "unit": "kg"}}
    data["gear"] = {
        "1": good,
        "2": {**good, "id": "b", "mass": {"value": "-3", "unit": "kg"}},
        "3": {**good, "name": "Same id"},
    }
    db_path.write_text(json.dumps(data), "utf-8")
    assert controller.open_path(db_path)
    banner = controller.window.records_banner
    qtbot.waitUntil(banner.isVisible)  # checked just after the window shows the file
    assert "2 record(s) in this file are invalid" in banner.text()
    assert "gear record 2: mass:" in banner.text()
    assert "duplicate id a" in banner.text()
    assert controller.window.equipment_tab.model.rowCount() == 1


def test_invalid_records_can_be_set_aside_from_the_banner(
    qtbot, controller: Controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sledplanner.storage.database import create_database

    create_database(db_path)
    data = json.loads(db_path.read_text("utf-8"))
    good = {"id": "a", "kind": "kettlebell", "name": "Bell", "mass": {"value": "16", "unit": "kg"}}
    data["gear"] = {"1": good, "2": {**good, "id": "b", "quantity": 0}}
    db_path.write_text(json.dumps(data), "utf-8")
    assert controller.open_path(db_path)
    window = controller.window
    qtbot.waitUntil(window.set_aside_button.isVisible)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.set_aside_button, Qt.MouseButton.LeftButton)
    assert not window.records_banner.isVisible()
    stored = json.loads(db_path.read_text("utf-8"))
    assert [doc["id"] for doc in stored["gear"].values()] == ["a"]
    side = [p for p in db_path.parent.iterdir() if ".set-aside-" in p.name]
    assert len(side) == 1 and '"quantity": 0' in side[0].read_text("utf-8").replace(" ", " ")
    assert any("before-repair" in p.name for p in (db_path.parent / "backups").iterdir())


def test_messages_keep_one_line_in_the_status_bar_and_all_under_messages(
    controller: Controller, db_path: Path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert controller.open_path(db_path, create=True)
    window = controller.window
    window.resize(1024, 640)
    long = "week 2: the load holds at 20 lb " * 20
    for text in ("first", "second\nsecond line", long):
        window.report_error(text)
    assert window.messages_button.isVisible()
    assert window.messages_button.text() == "Messages (3)"
    shown = window.statusBar().currentMessage()
    assert shown.endswith("…") and len(shown) < len(long)
    path_label = window.findChild(QLabel, "databaseStatus")
    assert path_label.text() == str(db_path), "the path stays where it is"
    listed: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: listed.append(box.detailedText()))
    window.show_messages()
    assert listed[0].split("\n\n") == [long, "second\nsecond line", "first"]


def test_the_window_opens_no_larger_than_the_screen(qtbot, settings) -> None:  # noqa: ANN001
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QUndoStack

    from sledplanner.ui.main_window import MainWindow

    big = MainWindow(QUndoStack(), settings)
    qtbot.addWidget(big)
    room = big.screen().availableGeometry()
    assert big.width() <= room.width() and big.height() <= room.height()
    # A geometry saved on a bigger screen is fitted too.
    saved = QByteArray(big.saveGeometry())
    big.resize(room.width() + 500, room.height() + 400)
    settings.setValue("window/geometry", big.saveGeometry())
    again = MainWindow(QUndoStack(), settings)
    qtbot.addWidget(again)
    assert again.width() <= room.width() and again.height() <= room.height()
    assert saved  # the first window's own geometry could be saved

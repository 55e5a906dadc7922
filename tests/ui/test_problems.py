"""Opening a bad or busy database: the window explains, offers ways out, never destroys data."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from sledplanner.app.controller import Controller
from sledplanner.app.lock import DatabaseLock
from sledplanner.storage.backups import write_backup
from sledplanner.storage.database import create_database


def panel_text(controller: Controller) -> tuple[str, str, list[str]]:
    panel = controller.window.problem_panel
    assert panel is not None and panel.isVisible()
    buttons = [b.text() for b in panel.findChildren(QPushButton)]
    return (
        panel.findChild(QLabel, "problemHeading").text(),
        panel.findChild(QLabel, "problemMessage").text(),
        buttons,
    )


def click(qtbot, controller: Controller, name: str) -> None:
    button = controller.window.problem_panel.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.mark.expected_log
def test_truncated_file_is_explained_and_left_alone(controller: Controller, db_path: Path) -> None:
    db_path.write_bytes(b'{"meta": {"1": {"schema_version": 1}}, "gear": {"1": {"na')
    assert not controller.open_path(db_path, create=True)
    heading, message, buttons = panel_text(controller)
    assert heading == "This database cannot be read"
    assert str(db_path) in message and "truncated" in message
    assert buttons == [
        "Move the file aside and start empty",
        "Open another database…",
        "Quit",
    ]
    assert controller.window.tabs.isHidden()
    assert db_path.read_bytes().endswith(b'"na')


@pytest.mark.expected_log
def test_move_aside_with_consent_keeps_the_bytes_and_starts_empty(
    qtbot, controller: Controller, db_path: Path
) -> None:
    db_path.write_bytes(b"garbage\x00")
    controller.open_path(db_path, create=True)
    click(qtbot, controller, "moveAsideButton")
    assert controller.workspace is not None and controller.workspace.path == db_path
    kept = [p for p in db_path.parent.iterdir() if ".unreadable-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == b"garbage\x00"
    assert json.loads(db_path.read_text("utf-8"))["meta"]["1"]["schema_version"] == 2
    assert controller.window.problem_panel is None
    assert kept[0].name in controller.window.statusBar().currentMessage()


@pytest.mark.expected_log
def test_restore_newest_backup_is_offered_and_works(
    qtbot, controller: Controller, db_path: Path
) -> None:
    create_database(db_path)
    good = db_path.read_bytes()
    write_backup(db_path, "daily")
    db_path.write_bytes(b"")
    controller.open_path(db_path)
    heading, message, buttons = panel_text(controller)
    assert "empty (0 bytes)" in message
    assert buttons[0].startswith("Restore the newest backup (")
    assert "has not changed the file" in message
    click(qtbot, controller, "restoreBackupButton")
    assert controller.workspace is not None
    assert db_path.read_bytes() == good
    assert [p for p in db_path.parent.iterdir() if ".unreadable-" in p.name]


@pytest.mark.expected_log
def test_newer_file_is_refused_and_untouched(controller: Controller, db_path: Path) -> None:
    raw = json.dumps({"meta": {"1": {"schema_version": 99}}}).encode()
    db_path.write_bytes(raw)
    controller.open_path(db_path, create=True)
    heading, message, buttons = panel_text(controller)
    assert heading == "This database needs a newer SledPlanner"
    assert "schema version 99" in message
    assert buttons == ["Open another database…", "Quit"]
    assert db_path.read_bytes() == raw


@pytest.mark.expected_log
def test_second_instance_gets_a_clear_message_and_may_open_read_only(
    qtbot, controller: Controller, db_path: Path
) -> None:
    create_database(db_path)
    holder = DatabaseLock(db_path)
    assert holder.acquire()
    try:
        assert not controller.open_path(db_path)
        heading, message, buttons = panel_text(controller)
        assert heading == "This database is in use"
        assert "already open in another SledPlanner" in message
        assert buttons[:2] == ["Open read-only", "Quit"]
        click(qtbot, controller, "openReadOnlyButton")
        assert controller.workspace is not None and controller.workspace.read_only
        assert "(read-only)" in controller.window.windowTitle()
    finally:
        holder.release()


@pytest.mark.expected_log
def test_lock_held_by_another_process_is_respected(controller: Controller, db_path: Path) -> None:
    create_database(db_path)
    code = (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(db_path) + '.lock'!r})\n"
        "assert lock.tryLock(0)\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout.readline().strip() == "locked"
        assert not controller.open_path(db_path)
        _, message, _ = panel_text(controller)
        assert f"process {proc.pid}" in message
    finally:
        proc.communicate("", timeout=10)
    assert controller.open_path(db_path)


def test_lock_left_by_a_killed_process_is_taken_over(db_path: Path) -> None:
    create_database(db_path)
    code = (
        "import os\n"
        "from PySide6.QtCore import QLockFile\n"
        f"lock = QLockFile({str(db_path) + '.lock'!r})\n"
        "assert lock.tryLock(0)\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    assert Path(str(db_path) + ".lock").exists()
    lock = DatabaseLock(db_path)
    assert lock.acquire()
    lock.release()


@pytest.mark.parametrize("content", [b"", b"12"], ids=["empty", "cut-off"])
def test_a_lock_file_naming_no_process_is_taken_over(db_path: Path, content: bytes) -> None:
    """A process killed while it wrote its lock file left it empty or cut off."""
    create_database(db_path)
    left = Path(str(db_path) + ".lock")
    left.write_bytes(content)
    lock = DatabaseLock(db_path)
    assert lock.acquire()  # after a short grace, in case its owner was about to name itself
    assert lock.holder().pid == os.getpid()
    lock.release()


@pytest.mark.expected_log
@pytest.mark.parametrize("button", ["quitButton"])
def test_quit_from_the_problem_panel_closes_the_window(
    qtbot, controller: Controller, db_path: Path, button: str
) -> None:
    db_path.write_bytes(b"[]")
    controller.open_path(db_path)
    click(qtbot, controller, button)
    qtbot.waitUntil(lambda: not controller.window.isVisible())
    assert db_path.read_bytes() == b"[]"

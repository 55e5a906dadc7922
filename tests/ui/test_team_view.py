"""The Clients view driven as a coach would: open a folder, sort, open an athlete, plan for many."""

from __future__ import annotations

import gc
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from sledplanner.app.lock import DatabaseLock
from sledplanner.app.team import TeamController, attach_team
from sledplanner.domain.gear import GearItem
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.sessions import Session, SessionLog
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.formatting import format_date
from sledplanner.ui.programme.session_dialogs import LogDialog
from sledplanner.ui.team.dialogs import ApplyTemplateDialog, NewAthleteDialog
from sledplanner.ui.team.model import COLUMNS

TODAY = date.today()
SLED = GearItem(kind="sled", name="R2", mass=Mass.of("20", "lb"))
BELLS = [
    GearItem(kind="kettlebell", name="Kettlebell 20 lb", mass=Mass.of("20", "lb")),
    GearItem(kind="kettlebell", name="Kettlebell 35 lb", mass=Mass.of("35", "lb")),
]


def drag(day: date, load: str, pain: int, morning: int) -> Session:
    return Session(day, planned_load=Mass.of(load, "lb"), sled_id=SLED.id).done(
        SessionLog(
            minutes=10, load=Mass.of(load, "lb"), rpe=5, pain_during=pain, pain_next_morning=morning
        )
    )


def seed(path: Path, sessions: list[Session], gear: list[GearItem] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    workspace = open_workspace(path, create=True)
    services = build_services(workspace)
    services.gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
    services.gear.add_many(gear if gear is not None else [SLED, *BELLS])
    services.schedule.add_many(sessions)
    workspace.close()
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three athletes (one whose knee hurts), a corrupt file, a newer file and other JSON."""
    team = tmp_path / "team"
    seed(team / "ann.json", [drag(TODAY - timedelta(days=3), "20", 1, 0)])
    seed(team / "bob.json", [drag(TODAY - timedelta(days=2), "35", 7, 3)])
    seed(team / "cat.json", [Session(TODAY, planned_load=Mass.of("20", "lb"), sled_id=SLED.id)])
    (team / "damaged.json").write_bytes(b'{"meta": {"1": {"schema_version": 1}}, "gear": {')
    (team / "future.json").write_text('{"meta": {"1": {"schema_version": 7}}}', "utf-8")
    (team / "package.json").write_text('{"name": "not an athlete"}', "utf-8")
    return team


@pytest.fixture
def team(controller) -> TeamController:  # noqa: ANN001
    made = attach_team(controller)
    yield made
    made.close()
    # Free this test's team objects now, while their window still exists: left to a later
    # collection (another test's, or the session's end), they can crash it.
    gc.collect()


def opened(qtbot, team: TeamController, folder: Path) -> TeamController:  # noqa: ANN001
    assert team.open_team(folder)
    assert team.view is not None
    qtbot.waitUntil(lambda: not team.view.busy and "Reading" not in team.view.status.text())
    return team


def shown_names(team: TeamController) -> list[str]:
    view = team.view
    assert view is not None
    return [view.proxy.index(row, 0).data() for row in range(view.proxy.rowCount())]


def test_a_folder_with_a_corrupt_and_a_newer_file_shows_each_with_its_problem(
    qtbot, team: TeamController, folder: Path, qtmodeltester
) -> None:
    assert team.open_team(folder)
    view = team.view
    assert view is not None
    # Checked while the rows arrive (the tester follows the model's changes), and after.
    qtmodeltester.check(view.model)
    qtbot.waitUntil(lambda: not view.busy and "Reading" not in view.status.text())
    qtmodeltester.check(view.model)
    assert shown_names(team) == ["ann", "bob", "cat", "damaged", "future"]
    assert view.isVisible() and view.table.isVisible()
    assert "truncated" in view.cell(folder / "damaged.json", "problem")
    assert "newer SledPlanner" in view.cell(folder / "future.json", "problem")
    assert view.cell(folder / "ann.json", "problem") == ""
    assert view.cell(folder / "ann.json", "last_session") == format_date(TODAY - timedelta(days=3))
    assert view.status.text() == "5 athlete(s)"
    # The files are only read: no lock file is left, no backup folder made.
    assert sorted(p.name for p in folder.iterdir()) == [
        "ann.json",
        "bob.json",
        "cat.json",
        "damaged.json",
        "future.json",
        "package.json",
    ]


def test_sort_by_pain_flag_brings_the_sore_knee_to_the_top(
    qtbot, team: TeamController, folder: Path
) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None
    header = view.table.horizontalHeader()
    column = COLUMNS.index("pain_flag")
    where = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where, 5))
    if header.sortIndicatorOrder() is Qt.SortOrder.AscendingOrder:
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(where, 5))
    assert header.sortIndicatorSection() == column
    assert shown_names(team)[0] == "bob"
    flag = view.proxy.index(0, column).data()
    assert flag.startswith("reduced to ") and "pain during was 7, above the acceptable 5" in flag


def test_the_filter_keeps_matching_rows(qtbot, team: TeamController, folder: Path) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None
    qtbot.keyClicks(view.filter, "newer")
    assert shown_names(team) == ["future"]
    view.filter.clear()
    assert len(shown_names(team)) == 5


def test_open_an_athlete_log_a_session_go_back_and_see_the_row_updated(
    qtbot, team: TeamController, folder: Path, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None
    cat = folder / "cat.json"
    assert view.cell(cat, "week").startswith("0 of ")
    assert view.cell(cat, "pain_flag") == ""
    row = view.row_of(cat)
    rect = view.table.visualRect(view.proxy.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert controller.workspace is not None and controller.workspace.path == cat
    assert controller.window.tabs.isVisible()
    assert team.back_action.isVisible() and team.toolbar.isVisible()
    # Only the open athlete's file is locked for writing.
    assert not DatabaseLock(cat).acquire()
    other = DatabaseLock(folder / "ann.json")
    assert other.acquire()
    other.release()

    controller.window.select_tab("programme")
    tab = controller.window.programme_tab
    assert tab is not None
    session_id = build_services(controller.workspace).schedule.sessions()[0].id
    tab.show_day(TODAY)
    tab.day_panel.select_id(session_id)

    def fill(dialog: LogDialog) -> int:
        dialog.rpe.setValue(6)
        dialog.pain_during.setValue(8)
        dialog.pain_next_morning.setValue(2)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(LogDialog, "exec", fill)
    tab.log_action.trigger()

    team.back_action.trigger()
    assert controller.workspace is None
    # Enter on a selected row opens it too (and back again).
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(view.row_of(folder / "ann.json"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert controller.workspace is not None and controller.workspace.path == folder / "ann.json"
    team.back_action.trigger()
    assert view.isVisible() and not team.toolbar.isVisible()
    assert view.cell(cat, "week").startswith("1 of ")
    assert view.cell(cat, "last_session") == format_date(TODAY)
    assert view.cell(cat, "pain") == "8 / 2"
    assert "pain during was 8, above the acceptable 5" in view.cell(cat, "pain_flag")
    lock = DatabaseLock(cat)  # released on the way back
    assert lock.acquire()
    lock.release()


def test_a_file_changed_outside_updates_its_row(qtbot, team: TeamController, folder: Path) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None
    ann = folder / "ann.json"
    before = int(view.cell(ann, "minutes"))
    workspace = open_workspace(ann)  # as another machine's save through a synced folder would
    services = build_services(workspace)
    services.schedule.add(drag(TODAY, "20", 1, 0))
    workspace.close()
    qtbot.waitUntil(lambda: view.cell(ann, "minutes") == str(before + 10), timeout=5000)
    # A new athlete file appearing is a new row; a removed one goes.
    seed(folder / "dan.json", [])
    qtbot.waitUntil(lambda: "dan" in shown_names(team), timeout=5000)
    (folder / "future.json").unlink()
    qtbot.waitUntil(lambda: "future" not in shown_names(team), timeout=5000)


def test_apply_a_template_to_three_athletes(
    qtbot, team: TeamController, folder: Path, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None
    seed(folder / "eve.json", [], gear=[BELLS[0]])  # no sled
    view.rescan()
    qtbot.waitUntil(lambda: view.summary_shown(folder / "eve.json"))
    start = TODAY + timedelta(days=7 - TODAY.weekday())

    def choose(dialog: ApplyTemplateDialog) -> int:
        dialog.fields.template.setCurrentIndex(dialog.fields.template.findData("progressive"))
        dialog.fields.weeks.setValue(2)
        for row in range(dialog.athletes.count()):
            item = dialog.athletes.item(row)
            wanted = item.text() in ("ann", "cat", "eve")
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(ApplyTemplateDialog, "exec", choose)
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    assert controller.undo_stack.count() == 3
    report = view.report_box.toPlainText()
    assert view.report_box.isVisible()
    blocks = {block.split(":")[0]: block for block in report.replace("\n  •", " •").splitlines()}
    assert sorted(blocks) == ["ann", "cat", "eve"]
    assert all(block.split(":")[1].strip() == "planned 6 sessions" for block in blocks.values())
    assert "• no sled in the gear: the sessions name none" in blocks["eve"]
    assert "no sled" not in blocks["ann"] and "no sled" not in blocks["cat"]
    for name in ("ann", "cat", "eve"):
        assert view.cell(folder / f"{name}.json", "next_session") in (
            format_date(TODAY),
            format_date(start),
        )
    assert view.cell(folder / "ann.json", "next_load") in ("20 lb", "20.0 lb")
    # One undo step per athlete: the last one planned goes first.
    controller.undo_stack.undo()
    assert view.cell(folder / "eve.json", "next_session") == "–"
    assert view.cell(folder / "ann.json", "next_session") == format_date(start)
    controller.undo_stack.redo()
    assert view.cell(folder / "eve.json", "next_session") == format_date(start)
    assert view.cell(folder / "bob.json", "next_session") == "–"


def test_new_athlete_from_another_ones_gear(
    qtbot, team: TeamController, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None

    def fill(dialog: NewAthleteDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # a name first
        qtbot.keyClicks(dialog.name, "Fay Lee")
        dialog.start_from.setCurrentIndex(dialog.start_from.findData(NewAthleteDialog.COPY_GEAR))
        dialog.gear_of.setCurrentIndex(dialog.gear_of.findText("bob"))
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAthleteDialog, "exec", fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    made = folder / "Fay-Lee.json"
    assert made.exists()
    assert "Fay Lee" in shown_names(team)
    workspace = open_workspace(made, read_only=True)
    names = [item.name for item in build_services(workspace).gear.items()]
    workspace.close()
    assert names == ["R2", "Kettlebell 20 lb", "Kettlebell 35 lb"]
    # One undo step: the new file goes while it is as made, and comes back on redo.
    made_bytes = made.read_bytes()
    assert team.controller.undo_stack.count() == 1
    team.controller.undo_stack.undo()
    assert not made.exists() and "Fay Lee" not in shown_names(team)
    team.controller.undo_stack.redo()
    assert made.read_bytes() == made_bytes and "Fay Lee" in shown_names(team)


def test_the_table_reads_an_athlete_another_window_holds(
    qtbot, team: TeamController, folder: Path
) -> None:
    elsewhere = DatabaseLock(folder / "bob.json")  # another SledPlanner has Bob open
    assert elsewhere.acquire()
    try:
        opened(qtbot, team, folder)
        view = team.view
        assert view is not None
        assert view.cell(folder / "bob.json", "problem") == ""
        assert view.cell(folder / "bob.json", "last_session") == format_date(
            TODAY - timedelta(days=2)
        )
        assert "pain during was 7" in view.cell(folder / "bob.json", "pain_flag")
    finally:
        elsewhere.release()


def test_new_athlete_from_a_template_alone(
    qtbot, team: TeamController, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened(qtbot, team, folder)
    view = team.view
    assert view is not None

    def fill(dialog: NewAthleteDialog) -> int:
        qtbot.keyClicks(dialog.name, "Gil")
        dialog.start_from.setCurrentIndex(
            dialog.start_from.findData(NewAthleteDialog.TEMPLATE_ONLY)
        )
        assert not dialog.gear_of.isEnabled() and dialog.fields.isVisibleTo(dialog)
        dialog.fields.template.setCurrentIndex(dialog.fields.template.findData("unloaded_start"))
        dialog.fields.weeks.setValue(1)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewAthleteDialog, "exec", fill)
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    made = folder / "Gil.json"
    assert view.cell(made, "week") != "" and view.cell(made, "next_session") != "–"
    assert view.report_box.toPlainText().startswith("Gil: planned 3 sessions")
    workspace = open_workspace(made, read_only=True)
    services = build_services(workspace)
    gear, sessions = services.gear.items(), services.schedule.sessions()
    workspace.close()
    assert gear == [] and len(sessions) == 3
    assert {s.activity.value for s in sessions} == {"backward_walk"}

"""The Programme tab driven like a person: plan, log, see the colour, move, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from sledplanner.app.controller import Controller
from sledplanner.domain.compliance import Compliance
from sledplanner.domain.gear import GearItem
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.scheduling import next_free_day
from sledplanner.domain.sessions import Session, SessionStatus, week_start
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.programme.plan_dialog import PlanDialog
from sledplanner.ui.programme.session_dialogs import (
    LogDialog,
    SessionDialog,
    from_qdate,
)
from sledplanner.ui.programme.tab import ProgrammeTab

TODAY = date.today()

SLED = GearItem(
    kind="sled",
    name="R2 Weight Training Pull Sled",
    mass=Mass.of("20", "lb"),
    surfaces=frozenset({"grass"}),
    unit_price=Money.of("95", "USD"),
)
BELLS = [
    GearItem(kind="kettlebell", name="Kettlebell 20 lb", mass=Mass.of("20", "lb")),
    GearItem(kind="kettlebell", name="Kettlebell 35 lb", mass=Mass.of("35", "lb")),
]


def seed(path: Path, sessions: list[Session], gear: list[GearItem] | None = None) -> None:
    workspace = open_workspace(path, create=True)
    services = build_services(workspace)
    services.gear.set_preferences(Preferences(display_unit="lb", currency="USD"))
    services.gear.add_many(gear if gear is not None else [SLED, *BELLS])
    services.schedule.add_many(sessions)
    workspace.close()


@pytest.fixture
def open_tab(controller: Controller, db_path: Path) -> Callable[..., ProgrammeTab]:
    def opener(sessions: list[Session] | None = None, **kwargs: object) -> ProgrammeTab:
        seed(db_path, sessions or [], **kwargs)
        assert controller.open_path(db_path)
        controller.window.select_tab("programme")
        tab = controller.window.programme_tab
        assert tab is not None
        tab.resize(1100, 700)
        return tab

    return opener


def stored(controller: Controller) -> list[Session]:
    return build_services(controller.workspace).schedule.sessions()


def chip_of(tab: ProgrammeTab, session_id: str):
    for chips in tab.month.chips.values():
        for chip in chips:
            if chip.session_id == session_id:
                return chip
    return None


def test_empty_calendar_says_how_to_start(open_tab) -> None:
    tab = open_tab([])
    assert tab.month.selected == TODAY
    assert tab.day_panel.empty.isVisible()
    assert "plan a programme with New plan" in tab.day_panel.empty.text()
    assert tab.month.chips == {}


def test_add_a_session_see_it_planned_then_undo(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab([])

    def fill(dialog: SessionDialog) -> int:
        qtbot.keyClicks(dialog.load, "55")
        dialog.minutes.setValue(12)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", fill)
    tab.add_action.trigger()
    sessions = stored(controller)
    assert len(sessions) == 1
    assert sessions[0].day == TODAY and sessions[0].planned_load == Mass.of("55", "lb")
    chip = chip_of(tab, sessions[0].id)
    assert chip.text == "12′ · 55 lb"
    assert chip.compliance is Compliance.PLANNED
    assert tab.day_panel.sessions.count() == 1
    controller.undo_stack.undo()
    assert stored(controller) == []
    assert chip_of(tab, sessions[0].id) is None


def test_new_plan_fills_the_calendar_and_undo_removes_it(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab([])

    def choose(dialog: PlanDialog) -> int:
        # Someone with a sled and two bells gets a valid loaded plan at once: the progressive
        # template, from the next Monday, at the lightest load the gear builds, 5 lb steps.
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), dialog.preview.text()
        assert dialog.template.currentData() == "progressive"
        monday = TODAY + timedelta(days=-TODAY.weekday() % 7)
        assert from_qdate(dialog.start.date()) == monday
        assert dialog.start_load.text() == "20 lb"
        assert dialog.step.text() == "5 lb"
        assert dialog.snap.isChecked()
        dialog.weeks.setValue(4)
        assert "12 sessions" in dialog.preview.text()
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", choose)
    tab.new_plan_action.trigger()
    sessions = stored(controller)
    assert len(sessions) == 12
    assert {s.day.weekday() for s in sessions} == {0, 2, 4}
    assert sessions[0].planned_load == Mass.of("20", "lb")
    assert all(
        s.planned_load is not None and s.planned_load <= Mass.of("25", "lb") for s in sessions
    )
    assert any(chip_of(tab, s.id) is not None for s in sessions)
    controller.undo_stack.undo()
    assert stored(controller) == []


def test_log_a_session_turns_it_green_and_proposes_the_next_load(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = [
        Session(TODAY - timedelta(days=4), planned_load=Mass.of("20", "lb")).done_as_planned(),
    ]
    earlier = [
        s.done(
            s.log.__class__(
                minutes=10, load=Mass.of("20", "lb"), rpe=5, pain_during=2, pain_next_morning=1
            )
        )
        for s in earlier
    ]
    today = Session(TODAY, planned_load=Mass.of("20", "lb"))
    upcoming = Session(TODAY + timedelta(days=2), planned_load=Mass.of("20", "lb"))
    tab = open_tab([*earlier, today, upcoming])
    tab.show_day(TODAY)
    tab.day_panel.select_id(today.id)

    def fill(dialog: LogDialog) -> int:
        dialog.rpe.setValue(6)
        dialog.pain_during.setValue(2)
        dialog.pain_next_morning.setValue(1)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(LogDialog, "exec", fill)
    tab.log_action.trigger()
    logged = next(s for s in stored(controller) if s.id == today.id)
    assert logged.status is SessionStatus.DONE and logged.log.rpe == 6
    assert chip_of(tab, today.id).compliance is Compliance.GREEN
    assert chip_of(tab, today.id).text.startswith("✓ ")
    assert tab.decision.isVisible()
    assert "progressed to" in tab.decision.text.text()
    qtbot.mouseClick(tab.decision.accept_button, Qt.MouseButton.LeftButton)
    nxt = next(s for s in stored(controller) if s.id == upcoming.id)
    assert nxt.planned_load > Mass.of("20", "lb")
    assert not tab.decision.isVisible()
    controller.undo_stack.undo()
    nxt = next(s for s in stored(controller) if s.id == upcoming.id)
    assert nxt.planned_load == Mass.of("20", "lb")


def test_pain_above_the_zone_proposes_a_reduction(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = Session(TODAY, planned_load=Mass.of("55", "lb"))
    upcoming = Session(TODAY + timedelta(days=2), planned_load=Mass.of("55", "lb"))
    tab = open_tab([today, upcoming])
    tab.show_day(TODAY)
    tab.day_panel.select_id(today.id)

    def fill(dialog: LogDialog) -> int:
        dialog.pain_during.setValue(7)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(LogDialog, "exec", fill)
    tab.log_action.trigger()
    text = tab.decision.text.text()
    assert "reduced to" in text and "pain during was 7" in text


def test_done_as_planned_in_one_action(open_tab, controller) -> None:
    today = Session(TODAY, planned_load=Mass.of("55", "lb"))
    tab = open_tab([today])
    tab.show_day(TODAY)
    tab.day_panel.select_id(today.id)
    tab.done_action.trigger()
    done = stored(controller)[0]
    assert done.status is SessionStatus.DONE
    assert done.log.minutes == 10 and done.log.load == Mass.of("55", "lb")
    assert chip_of(tab, today.id).compliance is Compliance.GREEN


def test_missed_session_is_red_and_skip_is_undoable(open_tab, controller) -> None:
    missed = Session(TODAY - timedelta(days=1), planned_load=Mass.of("20", "lb"))
    tab = open_tab([missed])
    assert chip_of(tab, missed.id).compliance is Compliance.RED
    tab.show_day(missed.day)
    tab.day_panel.select_id(missed.id)
    tab.skip_action.trigger()
    assert stored(controller)[0].status is SessionStatus.SKIPPED
    assert chip_of(tab, missed.id).text.startswith("✗ ")
    controller.undo_stack.undo()
    assert stored(controller)[0].status is SessionStatus.PLANNED


def test_drag_a_session_to_another_day_then_undo(qtbot, open_tab, controller) -> None:
    first_of_month = TODAY.replace(day=1)
    origin = first_of_month + timedelta(days=8)
    target = origin + timedelta(days=2)
    session = Session(origin, planned_load=Mass.of("35", "lb"))
    tab = open_tab([session])
    tab.show_day(origin)
    view = tab.month
    view.resize(840, 600)
    start = view.chip_center(session.id)
    assert start is not None
    end = view.day_center(target)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + (end - start) / 2)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    moved = stored(controller)[0]
    assert moved.day == target
    assert moved.original_date == origin
    assert chip_of(tab, session.id) is not None
    assert target in view.chips and origin not in view.chips
    controller.undo_stack.undo()
    back = stored(controller)[0]
    assert back.day == origin and back.original_date is None


def test_reschedule_a_missed_session_inside_its_week(open_tab, controller) -> None:
    monday = week_start(TODAY)
    missed = Session(monday, planned_load=Mass.of("20", "lb"))
    other = Session(monday + timedelta(days=2), planned_load=Mass.of("20", "lb"))
    tab = open_tab([missed, other])
    tab.show_day(missed.day)
    tab.day_panel.select_id(missed.id)
    expected = next_free_day(missed, [missed, other], TODAY)
    tab.reschedule_action.trigger()
    result = next(s for s in stored(controller) if s.id == missed.id)
    if expected is None:
        assert result.day == monday
        assert "No free day left" in controller.window.statusBar().currentMessage()
    else:
        assert result.day == expected and result.original_date == monday


def test_unbuildable_loads_are_marked_and_open_the_planner(open_tab, controller) -> None:
    session = Session(TODAY + timedelta(days=1), planned_load=Mass.of("45", "lb"))
    tab = open_tab([session])
    tab.show_day(session.day)
    chip = chip_of(tab, session.id)
    assert chip.flagged
    assert "45 lb cannot be built" in chip.tooltip
    assert tab.plan_button.isVisible()
    tab.plan_button.click()
    window = controller.window
    assert window.tabs.currentWidget() is window.equipment_tab
    planner = window.equipment_tab.planner
    assert planner.targets.text() == "45 lb"
    assert "Out of reach" in planner.result.text() or "Shopping list" in planner.result.text()


def chip_texts(view, day: date) -> list[str]:  # noqa: ANN001
    return [chip.text for chip in view.chips.get(day, [])]


def test_week_view_shows_seven_day_columns_with_the_month_chips(open_tab) -> None:
    monday = week_start(TODAY)
    wednesday = monday + timedelta(days=2)
    session = Session(wednesday, planned_load=Mass.of("20", "lb"))
    tab = open_tab([session])
    tab.show_day(monday)
    month_chip = chip_of(tab, session.id)
    tab.view_choice.setCurrentIndex(tab.view_choice.findData("week"))
    week = tab.week
    assert week.isVisible() and not tab.month.isVisible()
    assert week.visible_range() == (monday, monday + timedelta(days=6))
    assert chip_texts(week, wednesday) == ["10′ · 20 lb"]
    assert [c for chips in week.chips.values() for c in chips] == [month_chip], "same chip"
    centre = week.chip_center(session.id)
    assert centre is not None
    assert week.day_at(centre) == wednesday
    assert 2 * week.width() / 7 < centre.x() < 3 * week.width() / 7, "third column"
    assert week.day_at(week.day_center(monday)) == monday
    assert chip_texts(week, monday) == []
    details = week.details(month_chip)
    assert "Planned load: 20 lb" in details, "the week has room for what the tooltip says"
    tab.next_action.trigger()
    assert tab.selected_day == monday + timedelta(days=7)
    assert week.visible_range()[0] == monday + timedelta(days=7)
    assert week.chips == {}


def test_week_view_keyboard_and_mouse_select_days_and_sessions(qtbot, open_tab) -> None:
    monday = week_start(TODAY)
    session = Session(monday + timedelta(days=3), planned_load=Mass.of("20", "lb"))
    tab = open_tab([session])
    tab.show_day(monday)
    tab.view_choice.setCurrentIndex(tab.view_choice.findData("week"))
    week = tab.week
    week.setFocus()
    qtbot.keyClick(week, Qt.Key.Key_Right)
    assert tab.selected_day == monday + timedelta(days=1)
    qtbot.keyClick(week, Qt.Key.Key_PageDown)
    assert tab.selected_day == monday + timedelta(days=8)
    assert week.visible_range()[0] == monday + timedelta(days=7)
    qtbot.keyClick(week, Qt.Key.Key_PageUp)
    assert week.visible_range()[0] == monday
    qtbot.mouseClick(
        week, Qt.MouseButton.LeftButton, pos=week.day_center(monday + timedelta(days=5))
    )
    assert tab.selected_day == monday + timedelta(days=5)
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton, pos=week.chip_center(session.id))
    assert tab.selected_day == session.day
    assert tab.day_panel.selected_id() == session.id


def test_week_view_double_click_edits_and_drag_moves_with_undo(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    monday = week_start(TODAY)
    origin = monday + timedelta(days=1)
    target = monday + timedelta(days=4)
    session = Session(origin, planned_load=Mass.of("35", "lb"))
    tab = open_tab([session])
    tab.show_day(origin)
    tab.view_choice.setCurrentIndex(tab.view_choice.findData("week"))
    week = tab.week
    opened: list[str] = []

    def edit(dialog: SessionDialog) -> int:
        opened.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(SessionDialog, "exec", edit)
    qtbot.mouseDClick(week, Qt.MouseButton.LeftButton, pos=week.chip_center(session.id))
    assert opened == ["Edit session"]

    start = week.chip_center(session.id)
    end = week.day_center(target)
    qtbot.mousePress(week, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(week, start + (end - start) / 2)
    qtbot.mouseMove(week, end)
    qtbot.mouseRelease(week, Qt.MouseButton.LeftButton, pos=end)
    moved = stored(controller)[0]
    assert (moved.day, moved.original_date) == (target, origin)
    assert chip_texts(week, target) == ["10′ · 35 lb"] and chip_texts(week, origin) == []
    controller.undo_stack.undo()
    assert stored(controller)[0].day == origin
    assert chip_texts(week, origin) == ["10′ · 35 lb"]


def test_keyboard_moves_the_selection_and_pages_months(qtbot, open_tab) -> None:
    tab = open_tab([])
    view = tab.month
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert tab.selected_day == TODAY + timedelta(days=1)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert tab.selected_day == TODAY + timedelta(days=8)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert tab.selected_day == TODAY
    start_month = view.month
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.month != start_month
    tab.today_action.trigger()
    assert view.month == start_month


def test_export_ics_and_sessions_csv_from_the_file_menu_then_import_back(
    open_tab, controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import icalendar
    from PySide6.QtWidgets import QFileDialog

    planned = Session(TODAY + timedelta(days=1), planned_load=Mass.of("55", "lb"))
    done = Session(TODAY - timedelta(days=1), planned_load=Mass.of("35", "lb")).done_as_planned()
    tab = open_tab([planned, done])
    ics = tmp_path / "plan.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(ics), ""))
    controller.window.export_ics_action.trigger()
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in events] == ["Backward sled drag · 10 min · 55 lb"]
    assert str(events[0]["UID"]).startswith(planned.id)

    csv_file = tmp_path / "sessions.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(csv_file), ""))
    controller.window.export_sessions_action.trigger()
    assert len(csv_file.read_text("utf-8").splitlines()) == 3

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_file), ""))
    controller.window.import_sessions_action.trigger()
    assert len(stored(controller)) == 4
    controller.undo_stack.undo()
    assert len(stored(controller)) == 2
    assert tab.month.chips


def _log_with_settled_pain(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill(dialog: LogDialog) -> int:
        dialog.pain_during.setValue(2)
        dialog.pain_next_morning.setValue(1)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(LogDialog, "exec", fill)


def _settled(day: date, load: str) -> Session:
    session = Session(day, planned_load=Mass.of(load, "lb"), sled_id=SLED.id)
    return session.done_as_planned().done(
        session.done_as_planned().log.__class__(
            minutes=10, load=Mass.of(load, "lb"), rpe=5, pain_during=2, pain_next_morning=1
        )
    )


def test_cap_counts_what_was_done_and_a_big_override_draws_the_caution(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mon done and Wed logged at 20 lb, Fri skipped at 25 lb: the most is 22 lb (DOMAIN §4)."""
    this_week = week_start(TODAY)
    last_week = this_week - timedelta(days=7)
    wednesday = Session(last_week + timedelta(days=2), planned_load=Mass.of("20", "lb"))
    friday = Session(last_week + timedelta(days=4), planned_load=Mass.of("25", "lb")).skipped()
    following = Session(this_week + timedelta(days=2), planned_load=Mass.of("20", "lb"))
    tab = open_tab(
        [
            _settled(last_week - timedelta(days=7), "20"),
            _settled(last_week, "20"),
            wednesday,
            friday,
            following,
        ]
    )
    tab.show_day(wednesday.day)
    tab.day_panel.select_id(wednesday.id)
    _log_with_settled_pain(qtbot, monkeypatch)
    tab.log_action.trigger()
    text = tab.decision.text.text()
    assert "progressed to 22 lb (capped at 10 % a week)" in text
    assert "Caution" not in text

    monkeypatch.setattr(
        "sledplanner.ui.programme.banner.QInputDialog.getText", lambda *a, **k: ("30 lb", True)
    )
    qtbot.mouseClick(tab.decision.override_button, Qt.MouseButton.LeftButton)
    assert next(s for s in stored(controller) if s.id == following.id).planned_load == Mass.of(
        "30", "lb"
    )
    assert tab.decision.isVisible()
    notice = tab.decision.text.text()
    assert "Caution: 30 lb is 50 % above the 20 lb" in notice
    assert not tab.decision.override_button.isVisible()
    qtbot.mouseClick(tab.decision.dismiss_button, Qt.MouseButton.LeftButton)
    assert not tab.decision.isVisible()


def test_a_hand_edit_far_above_two_weeks_ago_draws_the_caution(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    this_week = week_start(TODAY)
    planned = Session(this_week + timedelta(days=3), planned_load=Mass.of("20", "lb"))
    tab = open_tab([_settled(this_week - timedelta(days=14), "20"), planned])
    tab.show_day(planned.day)
    tab.day_panel.select_id(planned.id)

    def fill(dialog: SessionDialog) -> int:
        dialog.load.setText("27")
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(SessionDialog, "exec", fill)
    tab.edit_action.trigger()
    assert next(s for s in stored(controller) if s.id == planned.id).planned_load == Mass.of(
        "27", "lb"
    )
    assert tab.decision.isVisible()
    assert "Caution: 27 lb is 35 % above the 20 lb" in tab.decision.text.text()


def test_a_chip_in_kg_shows_a_pound_load_short_and_its_tooltip_both() -> None:
    from sledplanner.domain.units import MassUnit
    from sledplanner.ui.programme.tab import session_chip

    session = Session(TODAY, planned_load=Mass.of("20", "lb"), sled_id=SLED.id)
    chip = session_chip(session, MassUnit.KG, TODAY, None)
    assert chip.text == "10′ · 9.1 kg", "the chip has room for one unit"
    assert "Planned load: 9.1 kg (20 lb)" in chip.tooltip


def test_distances_follow_the_unit_system(qtbot) -> None:
    """With pounds a distance is typed and shown in yards, and stored exactly in metres."""
    from decimal import Decimal

    from sledplanner.domain.units import MassUnit

    session = Session(TODAY, planned_load=Mass.of("20", "lb"), planned_distance_m=Decimal("274.32"))
    dialog = LogDialog(None, MassUnit.LB, session, TODAY)
    qtbot.addWidget(dialog)
    assert dialog.distance.text() == "300", "274.32 m is 300 yd"
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Distance (yd)" in labels
    assert dialog.result_session.log.distance_m == Decimal("274.32"), "untouched: kept exactly"
    dialog.distance.setText("330")
    assert dialog.result_session.log.distance_m == Decimal("301.752")
    dialog.distance.setText("250 m")
    assert dialog.result_session.log.distance_m == Decimal("250")
    dialog.distance.setText("far")
    assert dialog.result_session is None
    dialog.distance.editingFinished.emit()
    assert "'far' is not a distance" in dialog.error.text()
    in_kg = LogDialog(None, MassUnit.KG, session, TODAY)
    qtbot.addWidget(in_kg)
    assert in_kg.distance.text() == "274.32"
    assert "Distance (m)" in [label.text() for label in in_kg.findChildren(QLabel)]


def test_new_plan_shows_each_template_description_whole_at_1024_by_640(
    qtbot, open_tab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab([])
    seen: list[str] = []

    def look(dialog: PlanDialog) -> int:
        dialog.resize(min(dialog.width(), 1024), min(dialog.height(), 600))
        dialog.show()
        qtbot.waitExposed(dialog)
        label = dialog.description
        for index in range(dialog.template.count()):
            dialog.template.setCurrentIndex(index)
            qtbot.waitUntil(lambda: label.height() == label.maximumHeight())
            wrapped = label.fontMetrics().boundingRect(
                0, 0, label.width(), 100_000, int(Qt.TextFlag.TextWordWrap), label.text()
            )
            assert label.height() >= wrapped.height() > 2 * label.fontMetrics().height()
            name_top = dialog.name.mapTo(dialog, dialog.name.rect().topLeft()).y()
            assert label.geometry().bottom() < name_top, "the text ends above the next field"
            seen.append(label.text())
        return 0

    monkeypatch.setattr(PlanDialog, "exec", look)
    tab.new_plan_action.trigger()
    assert len(seen) >= 2 and all(seen)


def test_a_chip_too_narrow_for_minutes_and_load_keeps_the_load(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QWidget

    from sledplanner.domain.compliance import Compliance
    from sledplanner.ui.programme.month_view import Chip, chip_label

    widget = QWidget()
    qtbot.addWidget(widget)
    metrics = widget.fontMetrics()
    chip = Chip("s1", "✓ 10′ · 9.1 kg", Compliance.GREEN, short="✓ 9.1 kg")
    full = metrics.horizontalAdvance(chip.text)
    assert chip_label(chip, metrics, full) == "✓ 10′ · 9.1 kg"
    assert chip_label(chip, metrics, full - 1) == "✓ 9.1 kg"  # the load, not "✓ 10′ · 9.1 …"
    narrow = metrics.horizontalAdvance("✓ 9")
    tiny = chip_label(chip, metrics, narrow)
    assert tiny.endswith("…") and metrics.horizontalAdvance(tiny) <= narrow
    flagged = Chip("s2", "10′ · 34.5 kg", Compliance.PLANNED, flagged=True, short="34.5 kg")
    width = metrics.horizontalAdvance("⚠ 34.5 kg")
    assert chip_label(flagged, metrics, width) == "⚠ 34.5 kg"

"""The blog writer's own task, driven through the widgets from an empty database.

"I own a 20 lb and a 35 lb kettlebell and a Rage R2 sled. Give me 12 weeks of backward drags,
10 minutes three times a week, with loads my gear can build, rising gradually. Put it in my
calendar. Log my first session and see it in the charts."

Every click, double-click, typed field and key press the person makes is counted; the task
must take at most 15. Modal dialogs are driven by replacing their ``exec`` with the person's
actions inside them, as the other window tests do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QToolButton,
    QTreeWidgetItemIterator,
)

from sledplanner.app.controller import Controller
from sledplanner.domain.compliance import Compliance
from sledplanner.domain.sessions import SessionStatus
from sledplanner.services.bundle import build_services
from sledplanner.services.chart_data import day_seconds
from sledplanner.ui.equipment.catalogue_dialog import ENTRY_ROLE, CatalogueDialog
from sledplanner.ui.equipment.gear_dialog import GearDialog
from sledplanner.ui.programme.plan_dialog import PlanDialog

SATURDAY = date(2026, 12, 5)
MONDAY = date(2026, 12, 7)


@dataclass
class Clock:
    day: date

    def __call__(self) -> date:
        return self.day


class Person:
    """Acts on widgets the way a person does, and counts each action."""

    def __init__(self, qtbot) -> None:  # noqa: ANN001
        self.qtbot = qtbot
        self.actions: list[str] = []

    def click(self, widget, what: str) -> None:  # noqa: ANN001
        self.actions.append(f"click {what}")
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)

    def double_click_item(self, tree, item, what: str) -> None:  # noqa: ANN001
        self.actions.append(f"double-click {what}")
        tree.setCurrentItem(item)
        tree.itemDoubleClicked.emit(item, 0)

    def type(self, widget, text: str) -> None:  # noqa: ANN001
        self.actions.append(f"type {text!r}")
        self.qtbot.keyClicks(widget, text)

    def key(self, widget, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
        self.actions.append(f"key {key.name} {modifiers}")
        self.qtbot.keyClick(widget, key, modifiers)


def shown(qtbot, dialog) -> None:  # noqa: ANN001
    """Show a modal dialog as ``exec`` does, so the person sees it and its default button."""
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    qtbot.waitExposed(dialog)


def activate(qtbot, window) -> None:  # noqa: ANN001
    """Bring the window to the front, as the desktop does when a dialog closes."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focused(window):  # noqa: ANN001, ANN201
    """Where a key press goes: the focused widget of the active window, else the window."""
    widget = QApplication.focusWidget()
    active = QApplication.activeWindow() or window
    return widget if widget is not None and widget.window() is active else active


def catalogue_item(dialog: CatalogueDialog, name: str):  # noqa: ANN201
    iterator = QTreeWidgetItemIterator(dialog.tree)
    while iterator.value() is not None:
        item = iterator.value()
        entry = item.data(0, ENTRY_ROLE)
        if entry is not None and f"{entry.brand} {entry.name}".strip() == name:
            return item
        iterator += 1
    raise AssertionError(f"{name} is not in the catalogue")


def test_the_blog_writers_task_in_at_most_15_actions(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = Clock(SATURDAY)
    controller = Controller(
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), None, clock
    )
    window = controller.window
    qtbot.addWidget(window, before_close_func=lambda _w: window.pending_saves.discard())
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert controller.open_path(tmp_path / "training.json", create=True)
    person = Person(qtbot)
    equipment = window.equipment_tab
    assert window.tabs.currentWidget() is equipment

    # -- The gear: the blog's sled and both bells from the catalogue.
    def in_catalogue(dialog: CatalogueDialog) -> int:
        shown(qtbot, dialog)

        def weigh(gear: GearDialog) -> int:
            shown(qtbot, gear)
            assert gear.focusWidget() is gear.mass, "the dialog asks for the mass first"
            person.type(gear.mass, "20")
            person.key(gear.mass, Qt.Key.Key_Return)
            return gear.result()

        monkeypatch.setattr(GearDialog, "exec", weigh)
        sled = catalogue_item(dialog, "Rage Fitness R2 Weight Training Pull Sled")
        person.double_click_item(dialog.tree, sled, "R2 sled")
        assert dialog.message.text().startswith("Added R2 Weight Training Pull Sled")
        for name in ("Kettlebell 20 lb", "Kettlebell 35 lb"):
            item = catalogue_item(dialog, name)
            person.double_click_item(dialog.tree, item, name)
            assert dialog.message.text().startswith(f"Added {name}")
        person.key(dialog.tree, Qt.Key.Key_Escape)
        return 0

    monkeypatch.setattr(CatalogueDialog, "exec", in_catalogue)
    person.click(equipment.findChild(QToolButton, "catalogueButton"), "From catalogue")
    ladder = equipment.loads_panel.ladder.model()
    loads = [ladder.index(row, 0).data().split("  —  ")[0] for row in range(ladder.rowCount())]
    assert loads == ["0 lb", "20 lb", "35 lb", "55 lb"]

    # -- The plan: 12 weeks from the next Monday, snapped to the gear, rising by time.
    activate(qtbot, window)  # the catalogue dialog has closed: the window is in front again
    person.key(focused(window), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    programme = window.programme_tab
    assert programme is not None and window.tabs.currentIndex() == 1

    def plan(dialog: PlanDialog) -> int:
        shown(qtbot, dialog)
        assert dialog.template.currentData() == "progressive"
        assert dialog.weeks.value() == 12 and dialog.minutes.value() == 10
        assert dialog.start_load.text() == "20 lb" and dialog.snap.isChecked()
        assert dialog.weeks_table.rowCount() == 12
        minutes_shown = [dialog.weeks_table.item(row, 2).text() for row in range(3)]
        assert minutes_shown == ["10", "11", "12"], "the preview shows the time rising"
        assert "35 lb, is more than 10 % above 20 lb" in dialog.weeks_table.item(1, 3).text()
        assert dialog.purchase_button.isVisible() or not dialog.isVisible()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        person.key(dialog.weeks, Qt.Key.Key_Return)
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", plan)
    person.key(
        focused(window),
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    sessions = build_services(controller.workspace).schedule.sessions()
    assert len(sessions) == 36
    assert sessions[0].day == MONDAY
    assert {str(s.planned_load) for s in sessions} == {"20 lb"}
    assert [s.planned_minutes for s in sessions[:9]] == [10] * 3 + [11] * 3 + [12] * 3
    assert programme.plan_notice.isVisible()
    assert "Planned 36 sessions" in programme.plan_notice_text.text()

    # -- Into the calendar app: an .ics file with every session.
    ics = tmp_path / "sled-plan.ics"

    def save_as(*_args, **_kwargs):  # noqa: ANN202
        person.actions.append("type 'sled-plan.ics'")
        person.actions.append("key Return")
        return str(ics), ""

    monkeypatch.setattr("sledplanner.ui.main_window.QFileDialog.getSaveFileName", save_as)
    person.click(programme.calendar_button, "Add to my calendar")
    assert ics.read_text("utf-8").count("BEGIN:VEVENT") == 36

    # -- Monday: the first session, done as planned, then seen in the charts.
    clock.day = MONDAY
    programme.go_today()
    assert programme.selected_session() is not None
    assert programme.selected_session().day == MONDAY
    activate(qtbot, window)
    person.key(focused(window), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    first = build_services(controller.workspace).schedule.sessions()[0]
    assert first.status is SessionStatus.DONE
    chip = next(c for c in programme.month.chips[MONDAY] if c.session_id == first.id)
    assert chip.compliance is Compliance.GREEN
    person.key(focused(window), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    progress = window.progress_tab
    # The Progress page is built into its tab when first shown.
    assert window.tabs.currentWidget().isAncestorOf(progress) and progress.isVisible()
    assert progress.chart_choice.currentData() == "load"
    xs, ys = progress.view.items["actual added load"].getData()
    assert list(xs) == [day_seconds(MONDAY)] and list(ys) == [20.0]

    assert len(person.actions) <= 15, person.actions
    QApplication.processEvents()
    controller.close()

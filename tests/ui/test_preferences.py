"""Preferences apply at once, everywhere, and are undoable (the theme is remembered)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.equipment.gear_model import Column
from sledplanner.ui.preferences_dialog import PreferencesDialog
from sledplanner.ui.programme.session_dialogs import SessionDialog
from sledplanner.ui.theme import apply_theme

SLED = GearItem(kind="sled", name="R2", mass=Mass.of("20", "lb"))
BELL = GearItem(kind="kettlebell", name="Bell", mass=Mass.of("35", "lb"))


@pytest.fixture(autouse=True)
def _system_theme():
    yield
    apply_theme("system")


def test_preferences_change_every_tab_and_undo_restores(
    qtbot, controller: Controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = open_workspace(db_path, create=True)
    build_services(workspace).gear.add_many([SLED, BELL])
    workspace.close()
    assert controller.open_path(db_path)
    window = controller.window

    def choose(dialog: PreferencesDialog) -> int:
        dialog.unit.setCurrentIndex(dialog.unit.findData("lb"))
        dialog.currency.setText("EUR")
        dialog.body_mass.setText("170")
        dialog.first_weekday.setCurrentIndex(6)
        dialog.surface.setCurrentIndex(dialog.surface.findData("grass"))
        dialog.sled.setCurrentIndex(dialog.sled.findData(SLED.id))
        dialog.acceptable.setValue(4)
        dialog.cap.setValue(15)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(PreferencesDialog, "exec", choose)
    window.preferences_action.trigger()
    services = build_services(controller.workspace)
    preferences = services.gear.preferences()
    assert (preferences.display_unit.value, preferences.currency) == ("lb", "EUR")
    assert preferences.body_mass == Mass.of("170", "lb")
    assert preferences.first_weekday == 6
    rules = services.programmes.settings()
    assert rules.zones.acceptable_max == 4 and int(rules.weekly_cap_percent) == 15
    equipment = window.equipment_tab
    assert equipment.proxy.index(1, Column.MASS).data() == "35 lb"
    assert equipment.currency_field.text() == "EUR"
    window.select_tab("programme")  # the calendar is redrawn when a person opens its tab
    assert window.programme_tab.month.first_weekday == 6
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 80, "the dark theme is applied"
    assert controller.settings.value("ui/theme") == "dark"

    dialog = SessionDialog(
        window,
        preferences.display_unit,
        services.gear.sleds(),
        surface=preferences.default_surface,
        sled_id=preferences.default_sled_id,
    )
    qtbot.addWidget(dialog)
    assert dialog.surface.currentData() == "grass"
    assert dialog.sled.currentData() == SLED.id

    controller.undo_stack.undo()
    restored = build_services(controller.workspace)
    assert restored.gear.preferences().currency != "EUR"
    assert restored.programmes.settings().zones.acceptable_max == 5
    assert window.programme_tab.month.first_weekday == restored.gear.preferences().first_weekday


def test_invalid_preferences_say_so_once_left_and_keep_the_dialog_open(
    qtbot, controller, db_path: Path
) -> None:
    controller.open_path(db_path, create=True)
    services = build_services(controller.workspace)
    dialog = PreferencesDialog(
        controller.window, services.gear.preferences(), services.programmes.settings(), [], "system"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.currency.setFocus()
    dialog.currency.selectAll()
    qtbot.keyClicks(dialog.currency, "EU")
    assert dialog.result_preferences is None
    assert dialog.error.text() == "", "nothing is said while the field is being typed in"
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Tab)
    assert "currency" in dialog.error.text()
    dialog.currency.setText("EUR")
    dialog.body_mass.setText("5 kg")
    assert dialog.error.text() == "", "body mass has not been left yet"
    ok.click()
    assert dialog.isVisible() and dialog.result() == 0
    assert "body mass" in dialog.error.text()
    dialog.body_mass.setText("")
    dialog.safe.setValue(6)
    dialog.acceptable.setValue(5)
    assert dialog.result_preferences is None and "pain zones" in dialog.error.text()
    dialog.acceptable.setValue(7)
    assert dialog.error.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        ok.click()


def test_fields_line_up_across_group_boxes_and_show_their_placeholder(
    qtbot, controller, db_path: Path
) -> None:
    controller.open_path(db_path, create=True)
    services = build_services(controller.workspace)
    dialog = PreferencesDialog(
        controller.window, services.gear.preferences(), services.programmes.settings(), [], "system"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [
        dialog.unit,
        dialog.currency,
        dialog.body_mass,
        dialog.first_weekday,
        dialog.safe,
        dialog.cap,
        dialog.theme,
    ]
    lefts = {
        field.objectName(): field.mapTo(dialog, field.rect().topLeft()).x() for field in fields
    }
    assert len(set(lefts.values())) == 1, lefts
    body = dialog.body_mass
    text_room = body.width() - body.textMargins().left() - body.textMargins().right()
    assert body.fontMetrics().horizontalAdvance(body.placeholderText()) < text_room

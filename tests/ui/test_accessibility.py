"""Every control can be named by a screen reader, and every menu entry reached by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QTabBar,
    QWidget,
)

from sledplanner.app.controller import Controller
from sledplanner.services.demo import write_demo
from sledplanner.ui.main_window import TAB_NAMES

CONTROLS = (QLineEdit, QComboBox, QSpinBox, QDateEdit, QAbstractItemView, QAbstractButton)


@pytest.fixture
def demo_window(qtbot, tmp_path: Path) -> Iterator[Controller]:  # noqa: ANN001
    """The window on the example database, every tab visited so all its widgets exist."""
    database = tmp_path / "demo.json"
    write_demo(database)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    controller = Controller(settings)
    qtbot.addWidget(controller.window)
    controller.window.show()
    qtbot.waitExposed(controller.window)
    assert controller.open_path(database)
    for name in TAB_NAMES:
        controller.window.select_tab(name)
        QApplication.processEvents()
    equipment = controller.window.equipment_tab
    for index in range(equipment.side_tabs.count()):
        equipment.side_tabs.setCurrentIndex(index)
        QApplication.processEvents()
    yield controller
    controller.close()


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own pieces of a control (a combo's or spin box's line edit, tab-bar arrows)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QTabBar):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView)


def _visible_text(widget: QWidget) -> str:
    """The words a control shows of its own: a button's text, if it has a letter or digit.

    Data typed in a field does not name it, nor does a bare symbol such as "◀".
    """
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&", "").strip()
        return text if any(character.isalnum() for character in text) else ""
    return ""


def _buddy_text(widget: QWidget) -> str:
    """The text of a label that names ``widget`` (its buddy, as a QFormLayout row sets)."""
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget and label.text().replace("&", "").strip():
            return label.text()
    return ""


def _unnamed(root: QWidget, *, buddies: bool) -> tuple[int, list[str]]:
    """Count the focusable controls under ``root``; list those no screen reader could name."""
    checked = 0
    offenders = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if _is_part_of_another_control(widget):
            continue
        checked += 1
        if _visible_text(widget) or widget.accessibleName().strip():
            continue
        if buddies and _buddy_text(widget):
            continue
        offenders.append(_describe(widget))
    return checked, sorted(offenders)


def _describe(widget: QWidget) -> str:
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 4:
        chain.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} ({' < '.join(chain)})"


def test_every_control_has_a_name_a_screen_reader_can_say(demo_window: Controller) -> None:
    checked, offenders = _unnamed(demo_window.window, buddies=False)
    assert checked >= 40, f"only {checked} controls found: were the tabs built?"
    assert not offenders, "controls without visible text or an accessible name:\n" + "\n".join(
        offenders
    )


def test_the_calendars_are_named(demo_window: Controller) -> None:
    tab = demo_window.window.programme_tab
    assert tab.month.focusPolicy() != Qt.FocusPolicy.NoFocus
    assert tab.month.accessibleName() == "Month calendar"
    assert tab.week.accessibleName()
    assert tab.findChild(QAbstractButton, "previousPeriodButton").accessibleName() == (
        "Previous month or week"
    )


def test_labels_beside_controls_are_their_buddies(demo_window: Controller) -> None:
    window = demo_window.window
    equipment, progress = window.equipment_tab, window.progress_tab
    assert _buddy_text(equipment.unit_combo) == "&Units"
    assert _buddy_text(equipment.currency_field) == "Cu&rrency"
    assert _buddy_text(progress.chart_choice) == "&Chart"
    assert _buddy_text(progress.range_choice) == "&Range"


def _dialogs(demo_window: Controller) -> list[QDialog]:
    from sledplanner.domain.units import MassUnit
    from sledplanner.services.bundle import build_services
    from sledplanner.services.gear import catalogue
    from sledplanner.services.programmes import templates
    from sledplanner.ui.calendar_sync_dialog import CalendarSyncDialog
    from sledplanner.ui.equipment.catalogue_dialog import CatalogueDialog
    from sledplanner.ui.equipment.gear_dialog import GearDialog
    from sledplanner.ui.equipment.subscriptions_panel import SubscriptionDialog
    from sledplanner.ui.programme.plan_dialog import PlanDialog
    from sledplanner.ui.programme.rules_dialog import RulesDialog
    from sledplanner.ui.programme.session_dialogs import LogDialog, SessionDialog

    services = build_services(demo_window.workspace)
    window = demo_window.window
    sleds = services.gear.sleds()
    session = services.schedule.sessions_between(date(2000, 1, 1), date(2100, 1, 1))[0]
    return [
        GearDialog(window, "USD", MassUnit.LB),
        CatalogueDialog(catalogue(), MassUnit.LB, lambda *_: "", window),
        SubscriptionDialog(window, "USD"),
        SessionDialog(window, MassUnit.LB, sleds, day=date.today()),
        LogDialog(window, MassUnit.LB, session),
        PlanDialog(
            window, templates(), sleds, MassUnit.LB, date.today(), services.programmes.preview
        ),
        RulesDialog(window, services.programmes.settings()),
        CalendarSyncDialog(window, None, keyring_available=False, password_known=False),
    ]


def test_every_dialog_control_is_named_by_text_a_label_or_an_accessible_name(
    demo_window: Controller,
) -> None:
    offenders: list[str] = []
    for dialog in _dialogs(demo_window):
        checked, unnamed = _unnamed(dialog, buddies=True)
        assert checked >= 2, dialog.objectName()
        offenders.extend(f"{dialog.objectName()}: {name}" for name in unnamed)
        dialog.deleteLater()
    assert not offenders, "dialog controls no screen reader could name:\n" + "\n".join(offenders)


@pytest.mark.expected_log
def test_the_problem_panel_is_announced_by_its_heading(controller: Controller, tmp_path) -> None:  # noqa: ANN001
    broken = tmp_path / "broken.json"
    broken.write_bytes(b'{"meta": ')
    assert not controller.open_path(broken)
    panel = controller.window.problem_panel
    assert panel.accessibleName() == "This database cannot be read"
    assert "truncated" in panel.accessibleDescription()
    checked, offenders = _unnamed(panel, buddies=False)
    assert checked >= 2 and not offenders


def _has_mnemonic(text: str) -> bool:
    """True when ``text`` marks a letter with "&" (a literal "&&" is not a mnemonic)."""
    index = 0
    while (index := text.find("&", index)) != -1:
        following = text[index + 1 : index + 2]
        if following and following != "&":
            return True
        index += 2
    return False


def _menu_offenders(menu: QMenu, path: str, reachable: bool) -> Iterator[str]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        name = f"{path} > {action.text().replace('&', '') or action.objectName()}"
        by_mnemonic = reachable and _has_mnemonic(action.text())
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            if not by_mnemonic:
                yield f"{name} (submenu without a mnemonic)"
            yield from _menu_offenders(submenu, name, by_mnemonic)
            continue
        if by_mnemonic or not action.shortcut().isEmpty():
            continue
        yield f"{name} (no shortcut, no mnemonic)"


def _all_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append(action)
        if isinstance(action.menu(), QMenu):
            found.extend(_all_actions(action.menu()))
    return found


def test_every_menu_entry_has_a_shortcut_or_a_mnemonic(demo_window: Controller) -> None:
    bar = demo_window.window.menuBar()
    offenders: list[str] = []
    entries = 0
    for top in bar.actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        reachable = _has_mnemonic(top.text())
        if not reachable:
            offenders.append(f"{top.text()} (menu without a mnemonic)")
        offenders.extend(_menu_offenders(menu, top.text().replace("&", ""), reachable))
        entries += len(_all_actions(menu))
    assert entries >= 10
    assert not offenders, "menu entries not reachable by keyboard:\n" + "\n".join(offenders)


def test_the_mnemonic_helper() -> None:
    assert _has_mnemonic("&File")
    assert _has_mnemonic("Current chart's &data as CSV…")
    assert not _has_mnemonic("Salt && pepper")
    assert not _has_mnemonic("Plain")
    assert not _has_mnemonic("Trailing &")


def test_tab_moves_forward_from_the_equipment_filter(qtbot, demo_window: Controller) -> None:  # noqa: ANN001
    window = demo_window.window
    window.select_tab("equipment")
    tab = window.equipment_tab
    tab.side_tabs.setCurrentWidget(tab.loads_panel)
    window.activateWindow()
    qtbot.waitActive(window)
    tab.filter.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.filter)
    visited: list[QWidget] = [tab.filter]
    for _ in range(8):
        current = QApplication.focusWidget()
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        after = QApplication.focusWidget()
        assert after is not None and after is not current, f"Tab is stuck on {_describe(current)}"
        visited.append(after)
    assert len({id(widget) for widget in visited}) == len(visited), (
        "Tab went round in circles: " + ", ".join(_describe(w) for w in visited)
    )
    assert visited[1] is tab.status_filter
    assert visited[-1].window() is window


def test_ctrl_f_takes_focus_out_of_the_gear_table(qtbot, demo_window: Controller) -> None:  # noqa: ANN001
    window = demo_window.window
    window.select_tab("equipment")
    table = window.equipment_tab.table
    window.activateWindow()
    qtbot.waitActive(window)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.equipment_tab.filter


def test_tab_leaves_the_gear_table(qtbot, demo_window: Controller) -> None:  # noqa: ANN001
    window = demo_window.window
    window.select_tab("equipment")
    table = window.equipment_tab.table
    window.activateWindow()
    qtbot.waitActive(window)
    table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    cells = table.model().rowCount() * table.model().columnCount()
    for _ in range(cells + 2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is not table:
            break
    assert QApplication.focusWidget() is not table

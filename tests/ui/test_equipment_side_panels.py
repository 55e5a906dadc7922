"""The Equipment tab's hidden side panels are built when first shown, in their focus place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar

from sledplanner.app.controller import Controller
from sledplanner.ui.equipment.planner_panel import PlannerPanel
from sledplanner.ui.equipment.subscriptions_panel import SubscriptionsPanel


def _click_side_tab(qtbot, controller: Controller, label: str) -> None:  # noqa: ANN001
    side_tabs = controller.window.equipment_tab.side_tabs
    bar = side_tabs.findChild(QTabBar)
    index = next(i for i in range(side_tabs.count()) if side_tabs.tabText(i) == label)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    qtbot.waitUntil(lambda: side_tabs.currentIndex() == index)


def test_the_planner_and_subscriptions_are_built_when_their_tab_is_first_clicked(
    qtbot, controller: Controller, db_path: Path
) -> None:
    assert controller.open_path(db_path, create=True)
    qtbot.waitExposed(controller.window)
    tab = controller.window.equipment_tab
    assert tab.findChildren(PlannerPanel) == []
    assert tab.findChildren(SubscriptionsPanel) == []

    _click_side_tab(qtbot, controller, "Purchase planner")
    targets = tab.findChild(PlannerPanel).targets
    qtbot.waitUntil(targets.isVisible)
    assert tab.findChildren(SubscriptionsPanel) == []

    _click_side_tab(qtbot, controller, "Subscriptions")
    qtbot.waitUntil(lambda: tab.findChild(SubscriptionsPanel).add_button.isVisible())


def test_tab_from_the_currency_field_reaches_the_planner_built_later(
    qtbot, controller: Controller, db_path: Path
) -> None:
    assert controller.open_path(db_path, create=True)
    qtbot.waitExposed(controller.window)
    tab = controller.window.equipment_tab
    _click_side_tab(qtbot, controller, "Purchase planner")
    tab.currency_field.setFocus()
    qtbot.waitUntil(tab.currency_field.hasFocus)
    qtbot.keyClick(tab.currency_field, Qt.Key.Key_Tab)
    # As when the planner was built with the tab: its first field follows the currency.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.planner.targets)

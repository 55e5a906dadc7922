"""The gear table at 1280×800: every column shows its contents whole, or the name elides."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem
from sledplanner.domain.units import Mass
from sledplanner.services.demo import write_demo
from sledplanner.ui.equipment.gear_model import Column
from sledplanner.ui.equipment.tab import EquipmentTab

LONG_NAME = (
    "Kettlebell 24 kg competition bell, powder coated, with the wide handle and a rubber base"
)


def needed(tab: EquipmentTab, column: int) -> int:
    header = tab.table.horizontalHeader()
    return max(tab.table.sizeHintForColumn(column), header.sectionSizeHint(column))


def short_columns_fit(tab: EquipmentTab) -> bool:
    """Every column but the name and the notes is as wide as its widest cell and its header."""
    header = tab.table.horizontalHeader()
    return all(
        header.sectionSize(column) >= needed(tab, column)
        for column in Column
        if column not in (Column.NAME, Column.NOTES)
    )


def all_in_view(tab: EquipmentTab) -> bool:
    header = tab.table.horizontalHeader()
    return header.length() <= tab.table.viewport().width()


def fitted(tab: EquipmentTab) -> bool:
    return not tab.column_fit.pending


def open_demo(qtbot, controller: Controller, db_path: Path, extra: list[GearItem]) -> EquipmentTab:  # noqa: ANN001
    write_demo(db_path)
    assert controller.open_path(db_path)
    tab = controller.window.equipment_tab
    assert tab is not None
    for item in extra:
        assert tab.add_new(item)
    controller.window.select_tab("equipment")
    controller.window.resize(1280, 800)
    qtbot.waitExposed(controller.window)
    qtbot.waitUntil(lambda: tab.table.viewport().width() > 0)
    qtbot.waitUntil(lambda: not tab.column_fit.pending)
    return tab


def test_demo_columns_all_fit_at_1280_by_800(qtbot, controller: Controller, db_path: Path) -> None:  # noqa: ANN001
    tab = open_demo(qtbot, controller, db_path, [])
    header = tab.table.horizontalHeader()
    qtbot.waitUntil(lambda: fitted(tab))
    assert header.sectionSize(Column.NAME) >= needed(tab, Column.NAME), "no demo name elides"
    assert short_columns_fit(tab)
    assert all_in_view(tab), "no column is cut off at the right edge"
    assert header.sectionSize(Column.NOTES) >= header.sectionSizeHint(Column.NOTES)


def test_a_long_name_elides_while_the_others_fit_and_refits_without_a_restart(
    qtbot,  # noqa: ANN001
    controller: Controller,
    db_path: Path,
) -> None:
    long_bell = GearItem(kind="kettlebell", name=LONG_NAME, mass=Mass.of("24", "kg"))
    tab = open_demo(qtbot, controller, db_path, [long_bell])
    header = tab.table.horizontalHeader()
    qtbot.waitUntil(lambda: fitted(tab))
    assert short_columns_fit(tab) and all_in_view(tab)
    name_width = header.sectionSize(Column.NAME)
    assert name_width < needed(tab, Column.NAME), "the long name elides"
    assert name_width >= tab.table.sizeHintForColumn(Column.NAME) // 4
    assert tab.table.textElideMode() == Qt.TextElideMode.ElideRight
    assert not tab.table.wordWrap(), "an elided name stays on one line"

    # Undoing the add takes the long name away: the name column fits the demo names again.
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: fitted(tab) and header.sectionSize(Column.NAME) < name_width)
    assert header.sectionSize(Column.NAME) >= needed(tab, Column.NAME)
    demo_width = header.sectionSize(Column.NAME)
    assert demo_width < name_width + 200

    # Redoing it brings the long name back: the column widens again at once.
    controller.undo_stack.redo()
    qtbot.waitUntil(lambda: fitted(tab) and header.sectionSize(Column.NAME) > demo_width)
    assert header.sectionSize(Column.NAME) == name_width
    assert short_columns_fit(tab) and all_in_view(tab)
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: fitted(tab) and header.sectionSize(Column.NAME) == demo_width)

    # Masses shown in kg are other texts: the Mass column follows them.
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData("kg"))
    assert tab.proxy.index(0, Column.MASS).data().startswith("9.1 kg")
    qtbot.waitUntil(lambda: fitted(tab))
    assert short_columns_fit(tab) and all_in_view(tab)
    assert header.sectionSize(Column.MASS) == needed(tab, Column.MASS)
    assert header.sectionSize(Column.NAME) >= needed(tab, Column.NAME)


def test_the_table_below_its_rows_is_the_base_colour_in_light_and_dark(
    qtbot,  # noqa: ANN001
    controller: Controller,
    db_path: Path,
) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from sledplanner.ui.theme import apply_theme

    tab = open_demo(qtbot, controller, db_path, [])
    try:
        for theme in ("light", "dark"):
            apply_theme(theme)
            QApplication.processEvents()
            viewport = tab.table.viewport()
            rows = tab.table.verticalHeader().length()
            assert rows < viewport.height() - 20  # room below the rows to look at
            picture = viewport.grab().toImage()
            below = picture.pixelColor(viewport.width() // 2, (rows + viewport.height()) // 2)
            base = tab.table.palette().color(QPalette.ColorRole.Base)
            assert below.name() == base.name(), theme
            assert base.name() != tab.palette().color(QPalette.ColorRole.Window).name()
    finally:
        apply_theme("system")

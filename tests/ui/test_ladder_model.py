"""The "Loads you can build" list: the rows a person reads, picks and sees follow the gear."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox, QListView

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem, GearKind
from sledplanner.domain.loads import Combination, Piece
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearService
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.equipment.gear_dialog import GearDialog
from sledplanner.ui.equipment.ladder_model import LadderModel
from sledplanner.ui.equipment.loads_panel import LoadsPanel


def seed(path: Path, items: list[GearItem], unit: str) -> None:
    workspace = open_workspace(path, create=True)
    gear = GearService(workspace)
    gear.set_preferences(Preferences(display_unit=unit, currency="USD"))
    gear.add_many(items)
    workspace.close()


def piece(
    amount: str, unit: str, kind: GearKind = GearKind.KETTLEBELL, **extra: object
) -> GearItem:
    return GearItem(
        kind=kind, name=f"{kind.value} {amount} {unit}", mass=Mass.of(amount, unit), **extra
    )


@pytest.fixture
def open_panel(controller: Controller, db_path: Path) -> Callable[..., LoadsPanel]:
    """Open a database holding ``items`` and return the Equipment tab's Loads panel."""

    def opener(items: list[GearItem], unit: str = "lb") -> LoadsPanel:
        seed(db_path, items, unit)
        assert controller.open_path(db_path)
        tab = controller.window.equipment_tab
        assert tab is not None
        assert tab.side_tabs.currentWidget() is tab.loads_panel
        return tab.loads_panel

    return opener


def view_of(panel: LoadsPanel) -> QListView:
    view = panel.findChild(QListView, "ladderList")
    assert view is panel.ladder
    return view


def rows(panel: LoadsPanel) -> list[str]:
    """Every row's text as the list view shows it (read through the view's own model)."""
    model = view_of(panel).model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def click_row(qtbot, panel: LoadsPanel, row: int) -> None:  # noqa: ANN001
    view = view_of(panel)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def add_through_the_dialog(qtbot, monkeypatch: pytest.MonkeyPatch, **fields: str) -> None:  # noqa: ANN001
    def fill(dialog: GearDialog) -> int:
        for name, text in fields.items():
            widget = getattr(dialog, name)
            widget.clear()
            qtbot.keyClicks(widget, text)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(GearDialog, "exec", fill)


def test_the_list_shows_each_load_with_its_pieces(open_panel) -> None:  # noqa: ANN001
    panel = open_panel([piece("20", "lb"), piece("35", "lb")])
    view = view_of(panel)
    assert view.accessibleName() == "Loads you can build"
    assert view.uniformItemSizes()
    assert rows(panel) == [
        "0 lb  —  nothing (empty sled)",
        "20 lb  —  20 lb",
        "35 lb  —  35 lb",
        "55 lb  —  35 lb + 20 lb",
    ]
    assert panel.ladder_note.text() == "3 distinct loads from your owned gear."


def test_the_first_rows_of_a_plate_set_in_kg(open_panel) -> None:  # noqa: ANN001
    plates = [
        piece(amount, "kg", GearKind.PLATE, quantity=2) for amount in ("1.25", "2.5", "5", "10")
    ]
    panel = open_panel(plates, unit="kg")
    shown = rows(panel)
    assert shown[:6] == [
        "0 kg  —  nothing (empty sled)",
        "1.3 kg  —  1.25 kg",
        "2.5 kg  —  2.5 kg",
        "3.8 kg  —  2.5 kg + 1.25 kg",
        "5 kg  —  5 kg",
        "6.3 kg  —  5 kg + 1.25 kg",
    ]
    assert shown[-1] == "37.5 kg  —  2 × 10 kg + 2 × 5 kg + 2 × 2.5 kg + 2 × 1.25 kg"
    assert len(shown) == 31  # 0 to 37.5 kg in steps of 1.25 kg
    assert panel.ladder_note.text() == "30 distinct loads from your owned gear."


def test_adding_gear_through_the_tab_updates_the_list(
    qtbot,  # noqa: ANN001
    open_panel,  # noqa: ANN001
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,  # noqa: ANN001
) -> None:
    panel = open_panel([piece("20", "lb")])
    qtmodeltester.check(view_of(panel).model(), force_py=True)  # re-checks on every reset
    assert rows(panel) == ["0 lb  —  nothing (empty sled)", "20 lb  —  20 lb"]
    add_through_the_dialog(qtbot, monkeypatch, name="Kettlebell 35 lb", mass="35")
    controller.window.equipment_tab.add_action.trigger()
    assert rows(panel) == [
        "0 lb  —  nothing (empty sled)",
        "20 lb  —  20 lb",
        "35 lb  —  35 lb",
        "55 lb  —  35 lb + 20 lb",
    ]
    assert panel.ladder_note.text() == "3 distinct loads from your owned gear."
    controller.undo_stack.undo()
    assert rows(panel) == ["0 lb  —  nothing (empty sled)", "20 lb  —  20 lb"]
    assert panel.ladder_note.text() == "1 distinct loads from your owned gear."


def test_switching_the_unit_rewrites_every_row(open_panel, controller: Controller) -> None:  # noqa: ANN001
    panel = open_panel([piece("20", "lb"), piece("16", "kg")])
    before = rows(panel)  # writes (and caches) every row in pounds
    assert before[1] == "20 lb  —  20 lb"
    tab = controller.window.equipment_tab
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData("kg"))
    assert rows(panel) == [
        "0 kg  —  nothing (empty sled)",
        "9.1 kg  —  20 lb (≈ 9.1 kg)",
        "16 kg  —  16 kg",
        "25.1 kg  —  16 kg + 20 lb (≈ 25.1 kg)",
    ]


def test_picking_a_row_puts_its_load_on_the_sled(qtbot, open_panel) -> None:  # noqa: ANN001
    panel = open_panel([piece("20", "lb"), piece("35", "lb")])
    assert panel.load.text() == ""
    click_row(qtbot, panel, 3)
    assert view_of(panel).currentIndex().row() == 3
    assert panel.load.text() == "55 lb"
    assert "Dragged mass: 55 lb" in panel.force_result.text()
    click_row(qtbot, panel, 1)
    assert panel.load.text() == "20 lb"
    qtbot.keyClick(view_of(panel), Qt.Key.Key_Down)
    assert panel.load.text() == "35 lb"


def test_a_long_ladder_writes_only_the_rows_it_shows(
    qtbot,  # noqa: ANN001
    open_panel,  # noqa: ANN001
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    plates = [
        piece(amount, "kg", GearKind.PLATE, quantity=4)
        for amount in ("1.25", "2.5", "5", "10", "15", "20", "25")
    ]
    panel = open_panel(plates, unit="kg")
    count = view_of(panel).model().rowCount()
    assert count == 253  # 0 to 315 kg in steps of 1.25 kg
    written: list[Combination] = []
    describe = Combination.describe

    def counting(self: Combination, unit: MassUnit | str, places: int = 1) -> str:
        written.append(self)
        return describe(self, unit, places)

    monkeypatch.setattr(Combination, "describe", counting)
    panel.refresh()
    qtbot.waitExposed(controller.window)
    view = view_of(panel)
    view.doItemsLayout()
    view.viewport().repaint()  # paints now: every row the view shows has been asked for
    assert 0 < len(written) < 100, f"{len(written)} of {count} rows written"
    assert rows(panel)[-1] == (
        "315 kg  —  4 × 25 kg + 4 × 20 kg + 4 × 15 kg + 4 × 10 kg + 4 × 5 kg + 4 × 2.5 kg "
        "+ 4 × 1.25 kg"
    )


@pytest.mark.parametrize("force_py", [True, False], ids=["python-tester", "qt-tester"])
def test_the_model_on_its_own(qtmodeltester, qtlog, force_py: bool) -> None:  # noqa: ANN001
    model = LadderModel()
    qtmodeltester.check(model, force_py=force_py)  # and again on every reset below
    assert model.rowCount() == 0
    assert model.combination(0) is None
    bells = [Piece("a", "20 lb", Mass.of("20", "lb")), Piece("b", "35 lb", Mass.of("35", "lb"))]
    ladder = [
        Combination(()),
        Combination(((bells[0], 1),)),
        Combination(((bells[1], 1),)),
        Combination(((bells[0], 1), (bells[1], 1))),
    ]
    model.set_ladder(ladder, MassUnit.LB)
    assert model.rowCount() == 4
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.index(3, 0).data() == "55 lb  —  35 lb + 20 lb"
    assert model.index(3, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.data(QModelIndex()) is None
    assert model.combination(3) == ladder[3]
    assert model.combination(4) is None and model.combination(-1) is None
    ladder.clear()  # the model keeps its own copy of the rows
    assert model.rowCount() == 4
    model.set_ladder([], MassUnit.KG)
    assert model.rowCount() == 0
    # Qt's own tester only warns (in the qt.modeltest category) when a check fails.
    assert [r.message for r in qtlog.records if "modeltest" in (r.context.category or "")] == []

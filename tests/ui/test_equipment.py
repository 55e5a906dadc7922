"""The Equipment tab driven the way a person uses it: add, edit, undo, read the totals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QLabel, QLineEdit

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.subscriptions import Subscription
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService, catalogue
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.equipment.catalogue_dialog import CatalogueDialog
from sledplanner.ui.equipment.gear_dialog import GearDialog
from sledplanner.ui.equipment.gear_model import Column
from sledplanner.ui.equipment.subscriptions_panel import SubscriptionDialog
from sledplanner.ui.equipment.tab import EquipmentTab


def seed(path: Path, items: list[GearItem], unit: str = "lb") -> None:
    workspace = open_workspace(path, create=True)
    gear = GearService(workspace)
    gear.set_preferences(Preferences(display_unit=unit, currency="USD"))
    gear.add_many(items)
    workspace.close()


def bell(pounds: str, price: str | None = None, **extra: object) -> GearItem:
    return GearItem(
        kind="kettlebell",
        name=f"Kettlebell {pounds} lb",
        mass=Mass.of(pounds, "lb"),
        unit_price=Money.of(price, "USD") if price else None,
        **extra,
    )


BLOG_SLED = GearItem(
    kind="sled",
    name="R2 Weight Training Pull Sled",
    brand="Rage Fitness",
    mass=Mass.of("20", "lb"),
    unit_price=Money.of("95", "USD"),
    surfaces=frozenset({"grass"}),
)


@pytest.fixture
def open_tab(controller: Controller, db_path: Path) -> Callable[..., EquipmentTab]:
    def opener(items: list[GearItem] | None = None, unit: str = "lb") -> EquipmentTab:
        seed(db_path, items or [], unit)
        assert controller.open_path(db_path)
        tab = controller.window.equipment_tab
        assert tab is not None
        return tab

    return opener


def total(tab: EquipmentTab, key: str) -> str:
    return tab.totals.findChild(QLabel, f"total_{key}").text()


def cell(tab: EquipmentTab, row: int, column: Column) -> str:
    return tab.proxy.index(row, column).data()


def fill_dialog(qtbot, **fields: str) -> Callable[[GearDialog], int]:
    def run(dialog: GearDialog) -> int:
        for name, text in fields.items():
            widget = getattr(dialog, name)
            if hasattr(widget, "setCurrentIndex"):
                widget.setCurrentIndex(widget.findData(text))
            else:
                widget.clear()
                qtbot.keyClicks(widget, text)
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    return run


def test_model_passes_the_model_tester(qtmodeltester, open_tab) -> None:
    tab = open_tab([BLOG_SLED, bell("20", "40"), bell("35", "65", status="wishlist")])
    qtmodeltester.check(tab.model, force_py=True)
    qtmodeltester.check(tab.proxy, force_py=True)


def test_empty_database_says_what_to_do(open_tab) -> None:
    tab = open_tab()
    assert tab.empty.isVisible()
    assert "No gear yet" in tab.empty.text()
    assert tab.model.rowCount() == 0
    assert "Add owned kettlebells" in tab.loads_panel.ladder_note.text()


def test_add_a_bell_see_totals_change_undo_and_redo(
    qtbot, controller: Controller, open_tab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab([bell("20", "40")])
    assert total(tab, "owned") == "$40.00"
    assert total(tab, "loadable") == "20 lb"
    monkeypatch.setattr(
        GearDialog, "exec", fill_dialog(qtbot, name="Kettlebell 35 lb", mass="35", price="65")
    )
    tab.add_action.trigger()
    assert tab.model.rowCount() == 2
    assert total(tab, "owned") == "$105.00"
    assert total(tab, "loadable") == "55 lb"
    assert tab.selected_item().name == "Kettlebell 35 lb"

    window = controller.window
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.model.rowCount() == 1
    assert total(tab, "owned") == "$40.00"
    assert total(tab, "loadable") == "20 lb"
    stored = GearService(controller.workspace).items()
    assert [item.name for item in stored] == ["Kettlebell 20 lb"]

    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert total(tab, "owned") == "$105.00"
    assert window.undo_action.text() == "&Undo add Kettlebell 35 lb"


def open_dialog(qtbot, tab: EquipmentTab) -> GearDialog:
    dialog = GearDialog(tab, "USD", tab.model.display_unit)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def shown_errors(dialog: GearDialog) -> dict[str, str]:
    return {key: label.text() for key, label in dialog.errors.items() if label.text()}


def test_add_gear_says_nothing_until_a_field_is_left_or_ok_pressed(qtbot, open_tab) -> None:
    tab = open_tab()
    dialog = open_dialog(qtbot, tab)
    assert dialog.name.hasFocus()
    assert shown_errors(dialog) == {}, "nothing is wrong before anything is typed"
    places = {w: w.geometry() for w in (dialog.name, dialog.mass, dialog.price, dialog.notes)}

    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)  # into Brand
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # into Mass
    assert QApplication.focusWidget() is dialog.mass
    assert set(shown_errors(dialog)) == {"name"}
    qtbot.keyClicks(dialog.mass, "heavy")
    assert "mass" not in shown_errors(dialog), "a field being typed in says nothing yet"
    qtbot.keyClick(dialog.mass, Qt.Key.Key_Tab)  # leave Mass
    assert "is not a mass" in shown_errors(dialog)["mass"]

    dialog.mass.clear()
    dialog.price.setText("-5")  # never left
    assert "unit_price" not in shown_errors(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), "OK is how a person asks what is still wrong"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible(), "OK with bad input keeps the dialog open"
    assert dialog.result_item is None
    errors = shown_errors(dialog)
    assert errors["name"] == "Name must not be empty."
    assert errors["mass"].startswith("Mass is needed")
    assert "must not be negative" in errors["unit_price"]
    assert {w: w.geometry() for w in places} == places, "messages move no field"


def test_dialog_refuses_invalid_values_with_inline_messages(qtbot, open_tab) -> None:
    tab = open_tab()
    dialog = open_dialog(qtbot, tab)
    # Nothing is wrong yet: nothing typed, no field left.
    assert all(label.text() == "" for label in dialog.errors.values())
    places = {w: w.geometry() for w in (dialog.name, dialog.mass, dialog.price, dialog.notes)}
    dialog.name.setFocus()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Tab)  # leave the empty name
    assert dialog.errors["name"].text() == "Name must not be empty."
    assert dialog.errors["mass"].text() == "", "a field not yet left says nothing"
    qtbot.keyClicks(dialog.name, "Big bell")
    for text, expected in [
        ("0", "must be more than zero"),
        ("abc", "is not a mass"),
        ("1103", "over the 500 kg"),
        ("nan", "is not a mass"),
    ]:
        dialog.mass.setText(text)
        dialog.mass.editingFinished.emit()
        assert expected in dialog.errors["mass"].text()
        assert dialog.result_item is None
    assert {w: w.geometry() for w in places} == places, "messages move no field"
    dialog.mass.setText("53")
    dialog.price.setText("-5")
    dialog.price.editingFinished.emit()
    assert "must not be negative" in dialog.errors["unit_price"].text()
    assert dialog.result_item is None
    dialog.price.setText("89.90")
    assert dialog.errors["mass"].text() == ""
    assert dialog.result_item.unit_price == Money.of("89.90", "USD")
    assert str(dialog.result_item.mass) == "53 lb"
    assert {w: w.geometry() for w in places} == places
    with qtbot.waitSignal(dialog.accepted):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_surfaces_and_max_load_only_for_sleds(qtbot, open_tab) -> None:
    tab = open_tab()
    dialog = GearDialog(tab, "USD", tab.model.display_unit)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.max_load.isHidden()
    dialog.kind.setCurrentIndex(dialog.kind.findData("sled"))
    assert not dialog.max_load.isHidden()
    dialog.name.setText("R2")
    dialog.mass.setText("20")
    dialog.surfaces["grass"].setChecked(True)
    dialog.max_load.setText("200")
    assert dialog.result_item.surfaces == frozenset({"grass"})
    assert dialog.result_item.max_load == Mass.of("200", "lb")


def test_inline_edit_of_an_invalid_mass_is_refused_and_explained(open_tab, controller) -> None:
    tab = open_tab([bell("20", "40")])
    index = tab.proxy.index(0, Column.MASS)
    assert not tab.proxy.setData(index, "0")
    assert tab.message.isVisible()
    assert "Mass: must be more than zero" in tab.message.text()
    assert GearService(controller.workspace).items()[0].mass == Mass.of("20", "lb")
    assert not tab.proxy.setData(tab.proxy.index(0, Column.QUANTITY), "0")
    assert "at least 1" in tab.message.text()
    assert not tab.proxy.setData(tab.proxy.index(0, Column.NAME), "   ")
    assert "must not be empty" in tab.message.text()
    assert controller.undo_stack.count() == 0


def test_inline_quantity_edit_is_saved_and_undoable(qtbot, open_tab, controller) -> None:
    tab = open_tab([bell("20", "40")])
    tab.table.setFocus()
    index = tab.proxy.index(0, Column.QUANTITY)
    tab.table.setCurrentIndex(index)
    tab.table.edit(index)
    editor = tab.table.viewport().findChild(QLineEdit)
    assert editor is not None and editor.text() == "1"
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell(tab, 0, Column.QUANTITY) == "3")
    assert total(tab, "owned") == "$120.00"
    assert total(tab, "loadable") == "60 lb"
    assert GearService(controller.workspace).items()[0].quantity == 3
    controller.undo_stack.undo()
    assert cell(tab, 0, Column.QUANTITY) == "1"
    assert total(tab, "owned") == "$40.00"


def test_duplicate_and_delete_with_undo(open_tab, controller) -> None:
    tab = open_tab([bell("20", "40")])
    tab.select_item(tab.model.item_at(0).id)
    tab.duplicate_action.trigger()
    assert [cell(tab, r, Column.NAME) for r in range(2)] == [
        "Kettlebell 20 lb",
        "Kettlebell 20 lb (copy)",
    ]
    assert total(tab, "owned") == "$80.00"
    tab.select_item(tab.model.item_at(0).id)
    tab.delete_action.trigger()
    assert tab.model.rowCount() == 1
    controller.undo_stack.undo()
    assert tab.model.rowCount() == 2
    assert sorted(i.name for i in GearService(controller.workspace).items()) == [
        "Kettlebell 20 lb",
        "Kettlebell 20 lb (copy)",
    ]


def test_catalogue_adds_in_one_click_without_a_price(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab()

    def pick(dialog: CatalogueDialog) -> int:
        dialog.select("Kettlebell 24 kg")
        qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
        assert "Added Kettlebell 24 kg" in dialog.message.text()
        return 0

    monkeypatch.setattr(CatalogueDialog, "exec", pick)
    tab.catalogue_action.trigger()
    items = GearService(controller.workspace).items()
    assert [(i.name, str(i.mass), i.unit_price) for i in items] == [
        ("Kettlebell 24 kg", "24 kg", None)
    ]
    assert "1 item(s) without a price" in total(tab, "unpriced")
    assert cell(tab, 0, Column.MASS) == "52.9 lb (24 kg)"


def test_catalogue_sled_without_a_mass_asks_for_it(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab()
    fill = fill_dialog(qtbot, mass="22")
    asked: list[dict[str, str]] = []

    def look_then_fill(dialog: GearDialog) -> int:
        asked.append(shown_errors(dialog))
        assert dialog.mass.text() == "" and dialog.name.text() == "R2 Weight Training Pull Sled"
        return fill(dialog)

    monkeypatch.setattr(GearDialog, "exec", look_then_fill)
    entry = next(e for e in catalogue() if e.name == "R2 Weight Training Pull Sled")
    message = tab.add_from_catalogue(entry, GearStatus.OWNED, 1)
    assert "Added" in message
    sled = GearService(controller.workspace).items()[0]
    assert sled.surfaces == frozenset({"grass"}) and str(sled.mass) == "22 lb"
    assert "Enter its price" in message, "no price was entered"
    assert asked == [{}], "the empty mass is asked for, not called wrong, before anything is typed"


def test_a_catalogue_sled_priced_in_its_dialog_is_not_asked_for_a_price(
    qtbot, open_tab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab()
    monkeypatch.setattr(GearDialog, "exec", fill_dialog(qtbot, mass="22", price="95"))
    entry = next(e for e in catalogue() if e.name == "R2 Weight Training Pull Sled")
    message = tab.add_from_catalogue(entry, GearStatus.OWNED, 1)
    assert message == "Added R2 Weight Training Pull Sled."


def test_ladder_target_and_force_for_the_blog_gear(
    qtbot, open_tab, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab([BLOG_SLED, bell("20", "40"), bell("35", "65")])
    panel = tab.loads_panel
    ladder = panel.ladder.model()
    rows = [ladder.index(i, 0).data() for i in range(ladder.rowCount())]
    assert [row.split("  —  ")[0] for row in rows] == ["0 lb", "20 lb", "35 lb", "55 lb"]
    assert set(rows[3].split("  —  ")[1].split(" + ")) == {"20 lb", "35 lb"}

    qtbot.keyClicks(panel.target, "55")
    assert "(exact)" in panel.target_result.text()
    assert "55 lb =" in panel.target_result.text()
    panel.target.setText("54 lb")
    text = panel.target_result.text()
    assert "No exact combination makes 54 lb" in text
    assert "Nearest below: 35 lb" in text and "Nearest above: 55 lb" in text

    panel.surface.setCurrentIndex(panel.surface.findData("pooled"))
    panel.load.setText("55 lb")
    assert "Drag force: 110.1 N (24.7 lbf) at μ 0.33" in panel.force_result.text()
    assert "Dragged mass: 75 lb (34.0 kg)" in panel.force_result.text()
    assert "not recorded as suiting" in panel.force_result.text()
    panel.surface.setCurrentIndex(panel.surface.findData("grass"))
    assert "not recorded as suiting" not in panel.force_result.text()

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("24.75 lb", True))
    panel.calibrate_button.click()
    assert panel.surface.currentData() == "calibrated"
    assert "at μ 0.330" in panel.force_result.text()


def test_switching_to_kg_changes_every_display_and_is_undoable(open_tab, controller) -> None:
    tab = open_tab([bell("35", "65")])
    tab.unit_combo.setCurrentIndex(tab.unit_combo.findData("kg"))
    assert cell(tab, 0, Column.MASS) == "15.9 kg (35 lb)"
    assert total(tab, "loadable") == "15.9 kg"
    assert GearService(controller.workspace).preferences().display_unit.value == "kg"
    controller.undo_stack.undo()
    assert tab.unit_combo.currentData() == "lb"
    assert cell(tab, 0, Column.MASS) == "35 lb"


def test_subscription_totals_follow_the_blog_coaching(
    qtbot, open_tab, controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = open_tab()
    start = date.today().replace(day=1)

    def fill(dialog: SubscriptionDialog) -> int:
        qtbot.keyClicks(dialog.name, "ATG Online Coaching")
        qtbot.keyClicks(dialog.price, "50")
        qtbot.keyClicks(dialog.discount, "20")
        dialog.start.setDate(dialog.start.date().addDays(1 - dialog.start.date().day()))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        return dialog.result()

    monkeypatch.setattr(SubscriptionDialog, "exec", fill)
    tab.subscriptions.add_button.click()
    expected = Subscription(
        name="x",
        monthly_price=Money.of(50, "USD"),
        first_month_discount=Money.of(20, "USD"),
        start=start,
    )
    assert (
        total(tab, "subscriptions_to_date") == f"${expected.cost_to_date(date.today()).amount}.00"
    )
    assert total(tab, "subscriptions_per_year") == "$600.00"
    assert tab.subscriptions.table.rowCount() == 1
    controller.undo_stack.undo()
    assert tab.subscriptions.table.rowCount() == 0
    assert total(tab, "subscriptions_per_year") == "$0.00"


def test_filter_by_text_and_status(open_tab) -> None:
    tab = open_tab([bell("20", "40"), bell("35", "65", status="wishlist"), BLOG_SLED])
    tab.filter.setText("rage")
    assert tab.proxy.rowCount() == 1
    assert cell(tab, 0, Column.NAME) == "R2 Weight Training Pull Sled"
    tab.filter.clear()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("wishlist"))
    assert [cell(tab, r, Column.NAME) for r in range(tab.proxy.rowCount())] == ["Kettlebell 35 lb"]


def test_sorting_by_mass_uses_the_real_mass_across_units(open_tab) -> None:
    kg_bell = GearItem(kind="kettlebell", name="Bell 16 kg", mass=Mass.of("16", "kg"))
    tab = open_tab([bell("40"), kg_bell, bell("30")])
    tab.table.sortByColumn(Column.MASS, Qt.SortOrder.AscendingOrder)
    assert [cell(tab, r, Column.NAME) for r in range(3)] == [
        "Kettlebell 30 lb",
        "Bell 16 kg",
        "Kettlebell 40 lb",
    ]


def test_read_only_database_offers_no_edits(qtbot, controller, db_path: Path) -> None:
    seed(db_path, [bell("20", "40")])
    assert controller.open_path(db_path, read_only=True)
    tab = controller.window.equipment_tab
    assert not tab.add_action.isEnabled()
    assert not tab.model.flags(tab.model.index(0, Column.NAME)) & Qt.ItemFlag.ItemIsEditable


GOOD_CSV = (
    "kind,name,brand,mass,mass_unit,quantity,unit_price,currency,status,purchased_on,surfaces,notes\n"
    "kettlebell,Kettlebell 20 lb,,20,lb,1,40,USD,owned,,,\n"
    "kettlebell,Kettlebell 35 lb,,35,lb,1,65.00,USD,owned,2024-03-01,,\n"
)


def test_import_gear_csv_from_the_file_menu_is_one_undoable_step(
    open_tab, controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    tab = open_tab()
    source = tmp_path / "gear.csv"
    source.write_text(GOOD_CSV, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    controller.window.import_gear_action.trigger()
    assert tab.model.rowCount() == 2
    assert total(tab, "owned") == "$105.00"
    assert total(tab, "loadable") == "55 lb"
    controller.undo_stack.undo()
    assert tab.model.rowCount() == 0
    assert GearService(controller.workspace).items() == []


def test_a_bad_gear_csv_imports_nothing_and_lists_every_problem(
    open_tab, controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    tab = open_tab([bell("20", "40")])
    before = controller.workspace.path.read_bytes()
    source = tmp_path / "bad.csv"
    source.write_text(
        GOOD_CSV + "kettlebell,,,0,lb,1,,,owned,,,\nplate,Plate,,5,stone,1,,,owned,,,\n", "utf-8"
    )
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    controller.window.import_gear_action.trigger()
    assert len(shown) == 1
    assert f"{source}:4: name:" in shown[0]
    assert f"{source}:4: mass:" in shown[0]
    assert f"{source}:5: mass_unit:" in shown[0]
    assert tab.model.rowCount() == 1
    assert controller.workspace.path.read_bytes() == before


def test_export_gear_csv_from_the_file_menu(
    open_tab, controller, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    open_tab([bell("20", "40"), BLOG_SLED])
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    controller.window.export_gear_action.trigger()
    lines = target.read_text("utf-8").splitlines()
    assert lines[0].split(",") == GOOD_CSV.splitlines()[0].split(",")
    assert lines[1].startswith("kettlebell,Kettlebell 20 lb,,20,lb,1,40,USD,owned")
    assert lines[2].startswith("sled,R2 Weight Training Pull Sled,Rage Fitness,20,lb")
    assert "grass" in lines[2]


def test_purchase_planner_finds_the_cheapest_shopping_list_and_fills_the_wishlist(
    qtbot, open_tab, controller
) -> None:
    tab = open_tab([BLOG_SLED, bell("20", "40"), bell("35", "65")])
    planner = tab.planner
    planner.set_price("Kettlebell 20 lb", "40")
    planner.set_price("Kettlebell 25 lb", "30")
    planner.set_price("Kettlebell 45 lb", "85")
    qtbot.keyClicks(planner.targets, "40, 75, 55 lb")
    qtbot.mouseClick(planner.plan_button, Qt.MouseButton.LeftButton)
    text = planner.result.text()
    assert "1 × Kettlebell 20 lb" in text
    assert "Kettlebell 25 lb" not in text and "Kettlebell 45 lb" not in text
    assert "Total: $40.00" in text
    assert "unlocks 40 lb, 75 lb" in text
    assert "Already buildable: 55 lb" in text
    assert planner.to_wishlist.isEnabled()

    qtbot.mouseClick(planner.to_wishlist, Qt.MouseButton.LeftButton)
    wished = [
        i for i in GearService(controller.workspace).items() if i.status is GearStatus.WISHLIST
    ]
    assert [(i.name, i.unit_price) for i in wished] == [("Kettlebell 20 lb", Money.of("40", "USD"))]
    assert total(tab, "wishlist") == "$40.00"
    controller.undo_stack.undo()
    assert total(tab, "wishlist") == "$0.00"


def test_planner_says_plainly_what_stays_out_of_reach(qtbot, open_tab) -> None:
    tab = open_tab([bell("20", "40")])
    planner = tab.planner
    planner.set_price("Kettlebell 35 lb", "65")
    planner.targets.setText("55, 300 lb")
    planner.plan_button.click()
    text = planner.result.text()
    assert "1 × Kettlebell 35 lb" in text
    assert "Out of reach even with every priced candidate:" in text
    assert "300" in text.split("Out of reach")[1]
    planner.targets.setText("55, heavy")
    planner.plan_button.click()
    assert planner.result.text().startswith("target loads:")
    assert not planner.to_wishlist.isEnabled()


def test_new_subscription_says_nothing_until_ok_then_what_is_missing(qtbot, open_tab) -> None:
    tab = open_tab()
    dialog = SubscriptionDialog(tab, "USD")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height = dialog.error.height()
    assert dialog.error.text() == ""
    name = dialog.name
    room = name.width() - name.textMargins().left() - name.textMargins().right()
    assert name.fontMetrics().horizontalAdvance(name.placeholderText()) < room, "hint shows whole"
    qtbot.keyClicks(dialog.name, "Coaching")
    assert dialog.error.text() == ""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and dialog.result_subscription is None
    assert dialog.error.text() == "Monthly price: is needed"
    assert dialog.error.height() == height, "the message line kept its room"

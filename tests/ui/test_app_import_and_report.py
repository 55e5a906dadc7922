"""File > Import from another app…, File > Report… and the day panel's session card."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog

from sledplanner.app.controller import Controller
from sledplanner.domain.gear import GearItem, GearKind
from sledplanner.domain.preferences import Preferences
from sledplanner.domain.sessions import Session
from sledplanner.domain.units import Mass
from sledplanner.services.bundle import build_services
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import open_workspace
from sledplanner.ui.app_import.dialog import AppImportDialog
from sledplanner.ui.report.preview import DocumentPreview, PeriodDialog

DATA = Path(__file__).parent.parent / "data" / "app_exports"
SLED = GearItem(kind=GearKind.SLED, name="Prowler", mass=Mass.of("45", "lb"))
PLATE = GearItem(kind=GearKind.PLATE, name="25 lb plate", mass=Mass.of("25", "lb"), quantity=2)
BELL = GearItem(kind=GearKind.KETTLEBELL, name="10 lb bell", mass=Mass.of("10", "lb"))


def _open(controller: Controller, db_path: Path, sessions: list[Session] | None = None) -> None:
    workspace = open_workspace(db_path, create=True)
    gear = GearService(workspace)
    gear.set_preferences(Preferences(display_unit="lb"))
    for item in (SLED, PLATE, BELL):
        gear.add(item)
    ScheduleService(workspace).add_many(sessions or [])
    workspace.close()
    assert controller.open_path(db_path)


def _action(controller: Controller, name: str):  # noqa: ANN202 - a QAction
    from PySide6.QtGui import QAction

    found = controller.window.findChild(QAction, name)
    assert found is not None
    return found


def _dialog(qtbot, controller: Controller) -> AppImportDialog:  # noqa: ANN001
    found: list[AppImportDialog] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, AppImportDialog) and w.parent() is controller.window
        ]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown)
    return found[0]


def _sessions(controller: Controller) -> list[Session]:
    assert controller.workspace is not None
    return build_services(controller.workspace).schedule.sessions()


def _column(table, column: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_import_from_strong_with_preview_mapping_undo_and_no_second_import(
    qtbot, controller: Controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(controller, db_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(DATA / "strong.csv"), "")
    )
    _action(controller, "importFromAppAction").trigger()
    dialog = _dialog(qtbot, controller)
    dialog.unit_box.setCurrentIndex(dialog.unit_box.findData("kg"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.sled_box.currentText() == "Prowler"
    assert _column(dialog.sessions_table, 2) == [
        "Sled Drag (Backward)",
        "Retro Walk",
        "Sled Drag (Backward)",
        "Lateral Sled Drag",
    ]
    assert "27.5 kg" in _column(dialog.sessions_table, 5)
    skipped = dict(
        zip(_column(dialog.skipped_table, 0), _column(dialog.skipped_table, 2), strict=True)
    )
    assert skipped["Rest Timer"] == "not a set"
    assert skipped["Schlitten-Zug rückwärts (Sled)"] == "not a sled drag or backward walk"
    # Map the German exercise name to a backward drag in the preview, as a person would.
    row = _column(dialog.mapping_table, 0).index("Schlitten-Zug rückwärts (Sled)")
    box = dialog.mapping_table.cellWidget(row, 1)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("backward_drag"))
    assert dialog.sessions_table.rowCount() == 5
    assert "Schlitten-Zug rückwärts (Sled)" not in _column(dialog.skipped_table, 0)
    assert _sessions(controller) == []  # nothing written before Import
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(_sessions(controller)) == 5
    assert controller.undo_stack.undoText().startswith("import 5 sessions from Strong")
    controller.undo_stack.undo()
    assert _sessions(controller) == []
    controller.undo_stack.redo()
    assert len(_sessions(controller)) == 5

    _action(controller, "importFromAppAction").trigger()
    again = _dialog(qtbot, controller)
    again.unit_box.setCurrentIndex(again.unit_box.findData("kg"))
    qtbot.mouseClick(again.browse_button, Qt.MouseButton.LeftButton)
    row = _column(again.mapping_table, 0).index("Schlitten-Zug rückwärts (Sled)")
    box = again.mapping_table.cellWidget(row, 1)
    box.setCurrentIndex(box.findData("backward_drag"))
    assert again.sessions_table.rowCount() == 0
    assert "already imported" in _column(again.skipped_table, 2)
    assert not again.import_button.isEnabled()
    again.reject()


@pytest.mark.parametrize(
    ("app", "name", "count"), [("hevy", "hevy.csv", 5), ("fitnotes", "fitnotes.csv", 3)]
)
def test_hevy_and_fitnotes_through_the_preview(
    qtbot,
    controller: Controller,
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    app: str,
    name: str,
    count: int,
) -> None:
    _open(controller, db_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(DATA / name), ""))
    _action(controller, "importFromAppAction").trigger()
    dialog = _dialog(qtbot, controller)
    dialog.app_box.setCurrentIndex(dialog.app_box.findData(app))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert dialog.sessions_table.rowCount() == count
    assert dialog.summary.text().startswith(f"{count} sessions to import")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_sessions(controller)) == count)


def test_a_file_of_another_app_shows_why_and_imports_nothing(
    qtbot, controller: Controller, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(controller, db_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(DATA / "fitnotes.csv"), "")
    )
    _action(controller, "importFromAppAction").trigger()
    dialog = _dialog(qtbot, controller)
    dialog.app_box.setCurrentIndex(dialog.app_box.findData("hevy"))
    qtbot.mouseClick(dialog.browse_button, Qt.MouseButton.LeftButton)
    assert "is this a Hevy export?" in dialog.summary.text()
    assert "fitnotes.csv:1" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def _preview(qtbot, controller: Controller) -> DocumentPreview:  # noqa: ANN001
    found: list[DocumentPreview] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, DocumentPreview) and w.parent() is controller.window
        ]
        return bool(found) and found[0].isVisible()

    qtbot.waitUntil(shown)
    return found[0]


def test_report_preview_and_save_as_pdf(
    qtbot, controller: Controller, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = date.today()
    done = Session(today - timedelta(days=3), planned_load=Mass.of("35", "lb"), sled_id=SLED.id)
    _open(controller, db_path, [done.done_as_planned()])
    monkeypatch.setattr(PeriodDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    _action(controller, "reportAction").trigger()
    preview = _preview(qtbot, controller)
    widget = preview.preview
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() >= 2)
    out = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    preview.save_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    words = " ".join(text.split())
    assert "Sled training report" in words
    # The session: its load and the total dragged with the 45 lb sled.
    assert "Backward sled drag done 10 35 lb 80 lb" in words
    assert f"Saved {out}" in controller.window.messages[-1]
    preview.close()


def test_session_card_from_the_day_panel(
    qtbot, controller: Controller, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    today = date.today()
    planned = Session(today + timedelta(days=1), planned_load=Mass.of("60", "lb"), sled_id=SLED.id)
    _open(controller, db_path, [planned])
    controller.window.select_tab("programme")
    tab = controller.window.programme_tab
    assert tab is not None
    from PySide6.QtWidgets import QPushButton

    button = tab.day_panel.findChild(QPushButton, "printSessionCardButton")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = _preview(qtbot, controller)
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    preview.save_action.trigger()
    reader = PdfReader(str(out))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    # 60 lb from two 25 lb plates and the 10 lb bell, with boxes to tick.
    assert "60 lb" in text
    assert "2 × 25 lb plate 25 lb" in text and "1 × 10 lb bell 10 lb" in text
    assert "10 minutes done" in text
    preview.close()


def test_paper_is_letter_in_the_us_and_a4_elsewhere() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from sledplanner.ui.report.page import page_size

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    britain = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert page_size(us).id() == QPageSize.PageSizeId.Letter
    assert page_size(germany).id() == QPageSize.PageSizeId.A4
    assert page_size(britain).id() == QPageSize.PageSizeId.A4


def test_a_typed_path_is_read_on_return_and_imports_nothing_yet(
    qtbot, controller: Controller, db_path: Path
) -> None:
    _open(controller, db_path)
    _action(controller, "importFromAppAction").trigger()
    dialog = _dialog(qtbot, controller)
    dialog.app_box.setCurrentIndex(dialog.app_box.findData("fitnotes"))
    qtbot.mouseClick(dialog.path_edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.path_edit, str(DATA / "fitnotes.csv"))
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    assert dialog.sessions_table.rowCount() == 3  # the preview of the typed file
    assert _sessions(controller) == []
    assert dialog.isVisible()  # Return read the file; it did not import
    dialog.reject()

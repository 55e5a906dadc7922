"""The first-run welcome: start empty, explore the example, import a CSV, or close it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton

from sledplanner.app import gui
from sledplanner.app.controller import Controller
from sledplanner.services.demo import demo_gear
from sledplanner.ui.welcome import CsvKind, WelcomeDialog, csv_kind

GEAR_CSV = (
    "kind,name,brand,mass,mass_unit,quantity,unit_price,currency,status,purchased_on,surfaces,notes\n"
    "kettlebell,Kettlebell 20 lb,,20,lb,1,40,USD,owned,,,\n"
    "kettlebell,Kettlebell 35 lb,,35,lb,1,65.00,USD,owned,2024-03-01,,\n"
)
SESSIONS_CSV = "date,activity,status,planned_minutes\n2025-03-03,backward_walk,planned,10\n"


@pytest.fixture
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder, in a temporary place (it does not exist yet)."""
    folder = tmp_path / "data"
    monkeypatch.setattr(gui, "data_folder", lambda: folder)
    return folder


@pytest.fixture
def seen(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[WelcomeDialog]:  # noqa: ANN001
    """Every welcome dialog shown (none answers until a test sets how)."""
    shown: list[WelcomeDialog] = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    return shown


def answer_with(
    qtbot,  # noqa: ANN001
    monkeypatch: pytest.MonkeyPatch,
    seen: list[WelcomeDialog],
    button: str | None,
) -> None:
    """Make the welcome dialog click ``button`` (None: press Esc) instead of waiting."""

    def run(dialog: WelcomeDialog) -> int:
        seen.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if button is None:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(dialog.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", run)


@pytest.fixture
def start(qtbot, settings: QSettings) -> Iterator[Callable[..., Controller]]:  # noqa: ANN001
    """Start the app the way `sledplanner` does; every controller made is closed afterwards."""
    made: list[Controller] = []

    def build(requested: Path | None = None) -> Controller:
        controller = gui.build_controller(requested, settings)
        qtbot.addWidget(controller.window)
        made.append(controller)
        return controller

    yield build
    for controller in made:
        controller.close()


def test_start_empty_opens_the_default_database(
    qtbot, monkeypatch, seen, start, data: Path, settings: QSettings
) -> None:
    answer_with(qtbot, monkeypatch, seen, "startEmptyButton")
    controller = start()
    assert len(seen) == 1
    assert seen[0].objectName() == "welcomeDialog"
    assert controller.workspace is not None
    assert controller.workspace.path == data / "sledplanner.json"
    assert (data / "sledplanner.json").is_file()
    assert not (data / "example.json").exists()
    assert controller.window.equipment_tab.model.rowCount() == 0
    assert settings.value("database/last") == str(data / "sledplanner.json")


def test_escape_starts_empty(qtbot, monkeypatch, seen, start, data: Path) -> None:
    answer_with(qtbot, monkeypatch, seen, None)
    controller = start()
    assert len(seen) == 1
    assert controller.workspace.path == data / "sledplanner.json"
    assert (data / "sledplanner.json").is_file()


def test_explore_opens_the_example_and_not_the_default(
    qtbot, monkeypatch, seen, start, data: Path
) -> None:
    answer_with(qtbot, monkeypatch, seen, "exploreExampleButton")
    controller = start()
    example = data / "example.json"
    assert controller.workspace.path == example
    assert example.is_file()
    assert not (data / "sledplanner.json").exists()
    tab = controller.window.equipment_tab
    names = {tab.model.item_at(row).name for row in range(tab.model.rowCount())}
    assert names == {item.name for item in demo_gear(date.today())}
    assert controller.window.windowTitle() == "example — SledPlanner"


def test_explore_never_overwrites_an_existing_example(
    qtbot, monkeypatch, seen, start, data: Path
) -> None:
    from sledplanner.services.workspace import create_workspace_file

    example = data / "example.json"
    create_workspace_file(example)  # an empty database the user made themselves
    answer_with(qtbot, monkeypatch, seen, "exploreExampleButton")
    controller = start()
    assert controller.workspace.path == example
    assert controller.window.equipment_tab.model.rowCount() == 0


def test_import_csv_adds_the_gear_of_a_gear_csv(
    qtbot, monkeypatch, seen, start, data: Path, tmp_path: Path
) -> None:
    source = tmp_path / "my gear.csv"
    source.write_text(GEAR_CSV, "utf-8")
    asked: list[str] = []

    def choose(*_args: object, **_kwargs: object) -> tuple[str, str]:
        asked.append("csv")
        return str(source), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    answer_with(qtbot, monkeypatch, seen, "importCsvButton")
    controller = start()
    assert asked == ["csv"]
    assert controller.workspace.path == data / "sledplanner.json"
    tab = controller.window.equipment_tab
    names = sorted(tab.model.item_at(row).name for row in range(tab.model.rowCount()))
    assert names == ["Kettlebell 20 lb", "Kettlebell 35 lb"]
    assert controller.window.tabs.currentWidget() is tab


def test_import_csv_adds_the_sessions_of_a_sessions_csv(
    qtbot, monkeypatch, seen, start, data: Path, tmp_path: Path
) -> None:
    from sledplanner.services.schedule import ScheduleService

    source = tmp_path / "sessions.csv"
    source.write_text(SESSIONS_CSV, "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    answer_with(qtbot, monkeypatch, seen, "importCsvButton")
    controller = start()
    sessions = ScheduleService(controller.workspace).sessions_between(
        date(2025, 3, 1), date(2025, 3, 31)
    )
    assert [s.day for s in sessions] == [date(2025, 3, 3)]
    window = controller.window
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Programme"
    assert window.programme_tab is not None and window.programme_tab.isVisible()


def test_import_csv_problems_are_shown_and_the_empty_database_stays_open(
    qtbot, monkeypatch, seen, start, data: Path, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(GEAR_CSV + "plate,Plate,,5,stone,1,,,owned,,,\n", "utf-8")
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    answer_with(qtbot, monkeypatch, seen, "importCsvButton")
    controller = start()
    assert len(shown) == 1
    assert "nothing was imported" in shown[0].text()
    assert f"{source}:4: mass_unit:" in shown[0].detailedText()
    assert controller.workspace.path == data / "sledplanner.json"
    assert controller.window.equipment_tab.model.rowCount() == 0


def test_import_csv_of_an_unknown_kind_says_so(
    qtbot, monkeypatch, seen, start, data: Path, tmp_path: Path
) -> None:
    source = tmp_path / "other.csv"
    source.write_text("when,what\n2025-01-01,something\n", "utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.detailedText()) or 0)
    answer_with(qtbot, monkeypatch, seen, "importCsvButton")
    controller = start()
    assert len(shown) == 1
    assert "planned_minutes" in shown[0]
    assert controller.workspace.path == data / "sledplanner.json"


def test_cancelling_the_csv_choice_leaves_the_empty_database_open(
    qtbot, monkeypatch, seen, start, data: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    answer_with(qtbot, monkeypatch, seen, "importCsvButton")
    controller = start()
    assert controller.workspace.path == data / "sledplanner.json"


def test_no_welcome_when_a_database_is_given(seen, start, data: Path, db_path: Path) -> None:
    controller = start(db_path)
    assert seen == []
    assert controller.workspace.path == db_path
    assert not data.exists()


def test_no_welcome_when_a_database_is_remembered(
    seen, start, data: Path, settings: QSettings, tmp_path: Path
) -> None:
    remembered = tmp_path / "remembered.json"
    start(remembered).close()
    assert settings.value("database/last") == str(remembered)
    controller = start()
    assert seen == []
    assert controller.workspace.path == remembered


def test_no_welcome_when_the_default_database_exists(seen, start, data: Path) -> None:
    from sledplanner.services.workspace import create_workspace_file

    create_workspace_file(data / "sledplanner.json")
    controller = start()
    assert seen == []
    assert controller.workspace.path == data / "sledplanner.json"


def test_no_welcome_when_the_check_is_off(qtbot, seen, data: Path, settings: QSettings) -> None:
    controller = gui.build_controller(None, settings, first_run_check=False)
    qtbot.addWidget(controller.window)
    try:
        assert seen == []
        assert controller.workspace.path == data / "sledplanner.json"
    finally:
        controller.close()


def test_the_dialog_offers_three_explained_choices(qtbot) -> None:  # noqa: ANN001
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    for name in ("startEmptyButton", "exploreExampleButton", "importCsvButton"):
        button = dialog.findChild(QPushButton, name)
        assert button is not None and button.text()
        explanation = dialog.findChild(QLabel, name.replace("Button", "Explanation"))
        assert explanation.text()
        assert explanation.buddy() is button
        assert button.accessibleDescription() == explanation.text()
    assert dialog.findChild(QPushButton, "startEmptyButton").isDefault()


def test_csv_kind_reads_the_header_row(tmp_path: Path) -> None:
    gear = tmp_path / "gear.csv"
    gear.write_text("\ufeffKind, Name ,Mass,mass_unit\n", "utf-8")
    sessions = tmp_path / "sessions.csv"
    sessions.write_text(SESSIONS_CSV, "utf-8")
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", "utf-8")
    assert csv_kind(gear) is CsvKind.GEAR
    assert csv_kind(sessions) is CsvKind.SESSIONS
    assert csv_kind(other) is None

"""The first-run welcome: start empty, explore the example, or import a CSV file.

The dialog only asks; the app layer opens the databases. :func:`import_csv_file` imports the
chosen CSV into the open window, deciding gear or sessions by the file's header row.
"""

from __future__ import annotations

import csv
import io
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.csv_common import CsvImportError, read_text
from sledplanner.ui.main_window import MainWindow


class WelcomeChoice(StrEnum):
    """What the person chose on the welcome dialog."""

    EMPTY = "empty"
    EXAMPLE = "example"
    IMPORT_CSV = "import_csv"


class CsvKind(StrEnum):
    """Which SledPlanner CSV a file is, judged by its header row."""

    GEAR = "gear"
    SESSIONS = "sessions"


class WelcomeDialog(QDialog):
    """Three ways to begin, each a large button with one line saying what it does.

    Closing the dialog (Esc, the window's close button) means "Start empty".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the dialog; :attr:`choice` is "Start empty" until a button is clicked."""
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to SledPlanner"))
        self.choice = WelcomeChoice.EMPTY

        heading = QLabel(self.tr("Welcome to SledPlanner"), self)
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Plan your sled-drag gear, your training weeks and your progress. "
                "How would you like to begin?"
            ),
            self,
        )
        intro.setObjectName("welcomeIntro")
        intro.setWordWrap(True)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        self.buttons: dict[WelcomeChoice, QPushButton] = {}
        for row, (choice, name, text, explanation) in enumerate(
            (
                (
                    WelcomeChoice.EMPTY,
                    "startEmptyButton",
                    self.tr("&Start empty"),
                    self.tr("Create your own database and add your gear and sessions."),
                ),
                (
                    WelcomeChoice.EXAMPLE,
                    "exploreExampleButton",
                    self.tr("&Explore the example"),
                    self.tr("Open a sample with gear, a 12-week plan and logged sessions."),
                ),
                (
                    WelcomeChoice.IMPORT_CSV,
                    "importCsvButton",
                    self.tr("&Import CSV…"),
                    self.tr("Create your database and fill it from a gear or sessions CSV file."),
                ),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setMinimumHeight(48)
            button.setMinimumWidth(200)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            big = button.font()
            big.setPointSizeF(big.pointSizeF() * 1.2)
            button.setFont(big)
            label = QLabel(explanation, self)
            label.setObjectName(name.replace("Button", "Explanation"))
            label.setWordWrap(True)
            label.setBuddy(button)
            button.setAccessibleDescription(explanation)
            button.setToolTip(explanation)
            button.clicked.connect(lambda _checked=False, chosen=choice: self._choose(chosen))
            grid.addWidget(button, row, 0)
            grid.addWidget(label, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.buttons[choice] = button
        grid.setColumnStretch(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(grid)
        self.buttons[WelcomeChoice.EMPTY].setDefault(True)
        self.buttons[WelcomeChoice.EMPTY].setFocus()
        self.resize(760, 300)

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        """Closing the dialog starts empty."""
        self.choice = WelcomeChoice.EMPTY
        super().reject()

    def ask(self) -> WelcomeChoice:
        """Show the dialog until a choice is made, and return it."""
        self.exec()
        return self.choice


def csv_kind(path: Path) -> CsvKind | None:
    """Tell a gear CSV from a sessions CSV by its header row; None when it is neither.

    Raises:
        CsvImportError: The file cannot be read as UTF-8 text, or is empty.
    """
    text = read_text(path)
    header = next(csv.reader(io.StringIO(text, newline="")), [])
    columns = {cell.strip().lower() for cell in header}
    if {"kind", "mass"} <= columns:
        return CsvKind.GEAR
    if {"activity", "planned_minutes"} <= columns:
        return CsvKind.SESSIONS
    return None


def ask_and_import_csv(window: MainWindow) -> bool:
    """Ask for a CSV file and import it into the window's database; True when it was imported."""
    path, _ = QFileDialog.getOpenFileName(
        window,
        QCoreApplication.translate("Welcome", "Import CSV"),
        "",
        QCoreApplication.translate("Welcome", "CSV files (*.csv);;All files (*)"),
    )
    if not path:
        return False
    return import_csv_file(window, Path(path))


def import_csv_file(window: MainWindow, path: Path) -> bool:
    """Import a gear or sessions CSV into the open database; show any problem in a message.

    Returns:
        True when the file was imported.
    """
    try:
        kind = csv_kind(path)
    except CsvImportError as exc:
        _show_problems(window, path, "\n".join(str(problem) for problem in exc.problems))
        return False
    if kind is None:
        _show_problems(
            window,
            path,
            QCoreApplication.translate(
                "Welcome",
                "The header row names neither a gear CSV (with the columns kind and mass) "
                "nor a sessions CSV (with the columns activity and planned_minutes).",
            ),
        )
        return False
    if kind is CsvKind.GEAR and window.equipment_tab is not None:
        window.select_tab("equipment")
        problems = window.equipment_tab.import_csv(path)
    elif kind is CsvKind.SESSIONS and window.programme_tab is not None:
        window.select_tab("programme")
        problems = window.programme_tab.import_csv(path)
    else:  # no database open
        return False
    if problems:
        _show_problems(window, path, problems)
        return False
    return True


def _show_problems(window: MainWindow, path: Path, problems: str) -> None:
    heading = QCoreApplication.translate("Welcome", "Nothing imported")
    box = QMessageBox(QMessageBox.Icon.Warning, heading, "", parent=window)
    box.setObjectName("welcomeImportProblems")
    box.setText(
        QCoreApplication.translate(
            "Welcome", "{path} has problems, so nothing was imported. Fix them and try again."
        ).format(path=path)
    )
    box.setDetailedText(problems)
    box.exec()


__all__ = [
    "CsvKind",
    "WelcomeChoice",
    "WelcomeDialog",
    "ask_and_import_csv",
    "csv_kind",
    "import_csv_file",
]

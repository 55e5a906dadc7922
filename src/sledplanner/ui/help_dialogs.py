"""Help: the keyboard shortcuts of the window and a page on what the numbers mean."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.resources import resource_path


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """Each action that has a shortcut, as (what it does, its keys), each once, by name."""
    rows: dict[tuple[str, str], None] = {}
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        keys = [k for k in keys if k]
        if not keys:
            continue
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        name = name.removesuffix("…").strip() or action.toolTip()
        if action.toolTip() and name in ("◀", "▶"):
            name = action.toolTip().split(" (")[0]
        rows[(name, ", ".join(keys))] = None
    return sorted(rows, key=lambda row: row[0].lower())


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut the window offers now."""

    def __init__(self, parent: QWidget | None, actions: Iterable[QAction]) -> None:
        """List the shortcuts of ``actions``."""
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 560)


class NumbersHelpDialog(QDialog):
    """The page that explains sRPE, ACWR, fitness and fatigue, the pain zones and the caps."""

    def __init__(self, parent: QWidget | None) -> None:
        """Show the shipped help page."""
        super().__init__(parent)
        self.setObjectName("numbersHelpDialog")
        self.setWindowTitle(self.tr("Understanding the numbers"))
        self.page = QTextBrowser(self)
        self.page.setObjectName("numbersHelpPage")
        self.page.setAccessibleName(self.tr("Understanding the numbers"))
        self.page.setOpenExternalLinks(False)
        self.page.setMarkdown(resource_path("help", "charts.md").read_text("utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(buttons)
        self.resize(760, 640)

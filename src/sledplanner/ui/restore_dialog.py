"""File > Restore from backup…: the backups of the open database, newest first, to pick one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.backups import (
    BEFORE_IMPORT,
    BEFORE_RESTORE,
    DAILY,
    BackupInfo,
)
from sledplanner.ui.formatting import user_locale

COLUMNS = ("made", "reason", "size", "gear", "sessions")


class RestoreDialog(QDialog):
    """A table of backups (date, reason, size, gear and session counts) and Restore / Cancel.

    Unreadable backups, and those of a newer SledPlanner, are listed but cannot be chosen.
    After ``exec()`` returns Accepted, :attr:`chosen` is the backup to restore.
    """

    def __init__(
        self, database: Path, backups: Sequence[BackupInfo], parent: QWidget | None = None
    ) -> None:
        """List ``backups`` (newest first) of ``database``."""
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(720, 420)
        self.backups = list(backups)
        self.chosen: BackupInfo | None = None
        intro = QLabel(self)
        intro.setObjectName("restoreIntro")
        intro.setWordWrap(True)
        if self.backups:
            intro.setText(
                self.tr(
                    "Choose a backup to put in place of {path}. The file as it is now is kept "
                    "as a backup first, so the restore can be undone."
                ).format(path=database)
            )
        else:
            intro.setText(self.tr("There are no backups of {path} yet.").format(path=database))
        self.table = QTableWidget(len(self.backups), len(COLUMNS), self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made"),
                self.tr("Reason"),
                self.tr("Size"),
                self.tr("Gear"),
                self.tr("Sessions"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        locale = user_locale()
        for row, info in enumerate(self.backups):
            self._fill_row(row, info, locale)
        self.buttons = QDialogButtonBox(self)
        self.restore_button: QPushButton = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restoreButton")
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.cellDoubleClicked.connect(lambda _row, _column: self._accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        first = next((row for row, info in enumerate(self.backups) if info.restorable), None)
        if first is not None:
            self.table.selectRow(first)
        self._selection_changed()

    def _fill_row(self, row: int, info: BackupInfo, locale: QLocale) -> None:
        when = info.made
        made = QDateTime(
            QDate(when.year, when.month, when.day), QTime(when.hour, when.minute, when.second)
        )
        cells = [
            locale.toString(made, QLocale.FormatType.ShortFormat),
            self.reason_text(info),
            locale.formattedDataSize(info.size),
            "" if info.gear is None else locale.toString(info.gear),
            "" if info.sessions is None else locale.toString(info.sessions),
        ]
        if not info.readable:
            cells[1] = self.tr("{reason} — cannot be read").format(reason=cells[1])
        elif not info.restorable:
            cells[1] = self.tr("{reason} — needs a newer SledPlanner").format(reason=cells[1])
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(info.problem or str(info.path))
            if column >= 2:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if not info.restorable:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # listed, not selectable
                item.setForeground(QColor("#8a1c1c"))
            self.table.setItem(row, column, item)

    def reason_text(self, info: BackupInfo) -> str:
        """Say in words why ``info`` was made."""
        if info.reason == DAILY:
            return self.tr("Daily backup")
        if info.reason == BEFORE_IMPORT:
            return self.tr("Before an import")
        if info.reason == BEFORE_RESTORE:
            return self.tr("Before a restore (restore it to undo that restore)")
        version = info.migration_from
        if version is not None:
            return self.tr("Before the upgrade from schema {version}").format(version=version)
        return info.reason or self.tr("Unknown")

    def select_backup(self, path: Path) -> bool:
        """Select the row of the backup at ``path``; False when it is not listed or restorable."""
        for row, info in enumerate(self.backups):
            if info.path == path and info.restorable:
                self.table.selectRow(row)
                return True
        return False

    def _selected(self) -> BackupInfo | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return None
        info = self.backups[rows.pop()]
        return info if info.restorable else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self._selected() is not None)

    def _accept(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        self.chosen = chosen
        self.accept()

"""The merge's conflicts side by side: for each record, this copy's and the other's fields."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sledplanner.services.merge import Conflict, Side


def _shown(value: Any, deleted: bool) -> str:
    if deleted:
        return QDialog.tr("(deleted)")
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _title(conflict: Conflict) -> str:
    for doc in (conflict.mine, conflict.theirs):
        if doc is not None:
            label = doc.get("name") or doc.get("date")
            if isinstance(label, str) and label:
                return f"{conflict.table}: {label}"
    return f"{conflict.table}: {conflict.key}"


class MergeDialog(QDialog):
    """Asks, record by record, which copy's version of each conflicting record to keep."""

    def __init__(self, conflicts: Sequence[Conflict], parent: QWidget | None = None) -> None:
        """Show ``conflicts``; each starts on this copy's version."""
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Records changed on both machines"))
        self._groups: dict[tuple[str, str], tuple[QButtonGroup, QRadioButton]] = {}
        intro = QLabel(
            self.tr(
                "These records were changed in both copies. Pick the version to keep for each; "
                "everything else is merged as it is."
            )
        )
        intro.setWordWrap(True)
        body = QWidget()
        rows = QVBoxLayout(body)
        for number, conflict in enumerate(conflicts):
            rows.addWidget(self._record(number, conflict))
        rows.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Merge"))
        ok.setObjectName("mergeOkButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _record(self, number: int, conflict: Conflict) -> QGroupBox:
        box = QGroupBox(_title(conflict))
        box.setObjectName(f"conflict{number}")
        grid = QGridLayout(box)
        mine = QRadioButton(self.tr("Keep this copy's"))
        mine.setObjectName(f"conflict{number}Mine")
        theirs = QRadioButton(self.tr("Take the other copy's"))
        theirs.setObjectName(f"conflict{number}Theirs")
        mine.setChecked(True)
        group = QButtonGroup(box)
        group.addButton(mine)
        group.addButton(theirs)
        grid.addWidget(QLabel(self.tr("Field")), 0, 0)
        grid.addWidget(mine, 0, 1)
        grid.addWidget(theirs, 0, 2)
        for row, difference in enumerate(conflict.differences(), start=1):
            grid.addWidget(QLabel(difference.name), row, 0)
            sides = (
                (difference.mine, conflict.mine is None),
                (difference.theirs, conflict.theirs is None),
            )
            for column, (value, deleted) in enumerate(sides, start=1):
                label = QLabel(_shown(value, deleted))
                label.setObjectName(f"conflict{number}Row{row}Col{column}")
                label.setWordWrap(True)
                grid.addWidget(label, row, column)
        self._groups[conflict.ref] = (group, theirs)
        return box

    def choices(self) -> dict[tuple[str, str], Side]:
        """The side picked for each record."""
        return {
            ref: Side.THEIRS if theirs.isChecked() else Side.MINE
            for ref, (_group, theirs) in self._groups.items()
        }

    def ask(self) -> dict[tuple[str, str], Side] | None:
        """Show the dialog; the choices, or None when the user cancelled."""
        return self.choices() if self.exec() == QDialog.DialogCode.Accepted else None

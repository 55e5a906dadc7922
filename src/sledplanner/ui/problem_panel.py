"""Shown instead of the tabs when the database cannot be opened: what is wrong, and the ways out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class ProblemAction:
    """A button on the panel: its label, a stable object name and what it does."""

    label: str
    object_name: str
    run: Callable[[], object]


class ProblemPanel(QWidget):
    """A heading, the exact problem, and one button per way out."""

    def __init__(
        self,
        heading: str,
        message: str,
        actions: Sequence[ProblemAction],
        parent: QWidget | None = None,
    ) -> None:
        """Explain ``message`` under ``heading`` and offer ``actions``."""
        super().__init__(parent)
        self.setObjectName("problemPanel")
        # A screen reader announces the panel by its heading and reads the problem after it.
        self.setAccessibleName(heading)
        self.setAccessibleDescription(message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addStretch(1)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("problemHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.message = QLabel(message, self)
        self.message.setObjectName("problemMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for action in actions:
            button = QPushButton(action.label, self)
            button.setObjectName(action.object_name)
            button.clicked.connect(lambda _checked=False, run=action.run: run())
            row.addWidget(button)
            self.buttons[action.object_name] = button
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        if actions:
            self.buttons[actions[0].object_name].setDefault(True)

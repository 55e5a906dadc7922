"""A short, honest message shown where a tab has nothing to show yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred heading and a line of explanation."""

    def __init__(self, heading: str, text: str, parent: QWidget | None = None) -> None:
        """Show ``heading`` over ``text``."""
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("emptyStateHeading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.text = QLabel(text, self)
        self.text.setObjectName("emptyStateText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        self.text.setMaximumWidth(560)
        layout.addWidget(self.heading)
        # Stretches either side centre the text; an alignment flag would break its word wrap.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.text, 10)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

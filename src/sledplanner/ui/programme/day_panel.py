"""The selected day (or week) in words: its sessions, their state, and what can be done."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.compliance import Compliance
from sledplanner.ui.programme.month_view import CHIP_COLOURS, Chip

SESSION_ROLE = Qt.ItemDataRole.UserRole + 20


class DecisionBanner(QFrame):
    """The progression decision after a logged session, with accept and override."""

    accepted = Signal()
    overridden = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the hidden banner."""
        super().__init__(parent)
        self.setObjectName("decisionBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("decisionText")
        self.text.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.accept_button.setObjectName("acceptDecisionButton")
        self.override_button = QPushButton(self.tr("Choose another load…"), self)
        self.override_button.setObjectName("overrideDecisionButton")
        self.dismiss_button = QPushButton(self.tr("Keep the plan"), self)
        self.dismiss_button.setObjectName("dismissDecisionButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.override_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.accept_button.clicked.connect(self.accepted)
        self.override_button.clicked.connect(self.overridden)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def show_text(self, text: str, can_accept: bool) -> None:
        """Show a decision ``text``; Accept only when it changes something."""
        self.text.setText(text)
        self.accept_button.setVisible(can_accept)
        self.override_button.show()
        self.dismiss_button.setText(self.tr("Keep the plan"))
        self.show()

    def show_notice(self, text: str) -> None:
        """Show a caution about a load already set, with only a button to dismiss it."""
        self.text.setText(text)
        self.accept_button.hide()
        self.override_button.hide()
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.show()


class DayPanel(QWidget):
    """A heading, the sessions of the day with their compliance, and the week's quota."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Build the empty panel."""
        super().__init__(parent)
        self.setObjectName("dayPanel")
        self.heading = QLabel(self)
        self.heading.setObjectName("dayHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.quota = QLabel(self)
        self.quota.setObjectName("weekQuota")
        self.sessions = QListWidget(self)
        self.sessions.setObjectName("daySessions")
        self.sessions.setAccessibleName(self.tr("Sessions of the selected day"))
        self.empty = QLabel(self)
        self.empty.setObjectName("dayEmpty")
        self.empty.setWordWrap(True)
        self.detail = QLabel(self)
        self.detail.setObjectName("sessionDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.heading, self.quota, self.empty, self.detail):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.quota)
        layout.addWidget(self.empty)
        layout.addWidget(self.sessions, 10)
        layout.addWidget(self.detail)
        layout.addStretch(1)

    def show_day(self, heading: str, chips: list[Chip], quota: str, empty_text: str) -> None:
        """Show the sessions of one day as chips in a list, keeping the selection if it stays."""
        current = self.selected_id()
        self.heading.setText(heading)
        self.quota.setText(quota)
        self.sessions.clear()
        for chip in chips:
            item = QListWidgetItem(("⚠ " if chip.flagged else "") + chip.text)
            item.setData(SESSION_ROLE, chip.session_id)
            item.setToolTip(chip.tooltip)
            fill, ink = CHIP_COLOURS[chip.compliance]
            item.setBackground(QBrush(QColor(fill)))
            item.setForeground(QBrush(QColor(ink)))
            self.sessions.addItem(item)
            if chip.session_id == current:
                self.sessions.setCurrentItem(item)
        if self.sessions.currentItem() is None and self.sessions.count():
            self.sessions.setCurrentRow(0)
        self.empty.setText(empty_text)
        self.empty.setVisible(not chips)
        self.sessions.setVisible(bool(chips))

    def selected_id(self) -> str | None:
        """Return the id of the highlighted session, if any."""
        item = self.sessions.currentItem()
        value = item.data(SESSION_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def select_id(self, session_id: str) -> None:
        """Highlight the session with ``session_id``."""
        for row in range(self.sessions.count()):
            if self.sessions.item(row).data(SESSION_ROLE) == session_id:
                self.sessions.setCurrentRow(row)
                return


def compliance_words(compliance: Compliance) -> str:
    """Say what a colour means."""
    return QCoreApplication.translate("SessionChip", _COMPLIANCE_WORDS[compliance])


_COMPLIANCE_WORDS = {
    Compliance.GREEN: QT_TRANSLATE_NOOP(
        "SessionChip", "done as planned (within 20 % of the minutes)"
    ),
    Compliance.YELLOW: QT_TRANSLATE_NOOP(
        "SessionChip", "partly done (50–79 % or 121–150 % of the minutes)"
    ),
    Compliance.RED: QT_TRANSLATE_NOOP("SessionChip", "missed, skipped, or far from the plan"),
    Compliance.PLANNED: QT_TRANSLATE_NOOP("SessionChip", "planned"),
}


__all__ = ["DayPanel", "DecisionBanner", "compliance_words"]

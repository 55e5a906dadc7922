"""File > Calendar sync…: which CalDAV calendar the plan is synced with, and how often."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.calendar_sync import (
    MAX_EVERY_MINUTES,
    MAX_REMINDER_MINUTES,
    CalendarAccount,
)
from sledplanner.domain.errors import ValidationError


class CalendarSyncDialog(QDialog):
    """Set up the calendar; OK (or Sync now) only when the address is usable.

    After acceptance, :attr:`result_account` holds the account, :attr:`password` what was
    typed in the password field (None when left empty), :attr:`keep_in_keyring` whether to
    file it in the system keyring, and :attr:`sync_requested` whether Sync now was pressed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        account: CalendarAccount | None,
        keyring_available: bool,
        password_known: bool,
    ) -> None:
        """Start from ``account``; the keyring box is offered when ``keyring_available``."""
        super().__init__(parent)
        self.setObjectName("calendarSyncDialog")
        self.setWindowTitle(self.tr("Calendar sync"))
        self.result_account: CalendarAccount | None = None
        self.password: str | None = None
        self.keep_in_keyring = False
        self.sync_requested = False

        intro = QLabel(
            self.tr(
                "Every session appears as one event in a CalDAV calendar (Nextcloud, Fastmail, "
                "iCloud, Radicale…). Sessions you move to another day there move here at the "
                "next sync; other changes made there are replaced by the plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.url = QLineEdit(account.url if account else "", self)
        self.url.setObjectName("calendarUrl")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/calendars/me/sled/")
        self.username = QLineEdit(account.username if account else "", self)
        self.username.setObjectName("calendarUsername")
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("calendarPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(
            self.tr("(unchanged)")
            if password_known
            else self.tr("kept only while SledPlanner runs")
        )
        self.keyring = QCheckBox(self.tr("Keep the password in the system &keyring"), self)
        self.keyring.setObjectName("calendarKeyring")
        self.keyring.setEnabled(keyring_available)
        if not keyring_available:
            self.keyring.setToolTip(self.tr("Install the keyring package to use this."))
        self.password_env = QLineEdit(account.password_env if account else "", self)
        self.password_env.setObjectName("calendarPasswordEnv")
        self.password_env.setPlaceholderText("CALDAV_PASSWORD")
        self.remind = QCheckBox(self.tr("&Remind me before timed sessions"), self)
        self.remind.setObjectName("calendarRemind")
        self.reminder = QSpinBox(self)
        self.reminder.setObjectName("calendarReminderMinutes")
        self.reminder.setAccessibleName(self.tr("Minutes before the session"))
        self.reminder.setRange(0, MAX_REMINDER_MINUTES)
        self.reminder.setSuffix(self.tr(" min before"))
        minutes = account.reminder_minutes if account else None
        self.remind.setChecked(minutes is not None)
        self.reminder.setValue(minutes if minutes is not None else 30)
        self.reminder.setEnabled(self.remind.isChecked())
        self.remind.toggled.connect(self.reminder.setEnabled)
        self.after_change = QCheckBox(self.tr("Sync after each &change"), self)
        self.after_change.setObjectName("calendarAfterChange")
        self.after_change.setChecked(bool(account and account.sync_after_change))
        self.every = QSpinBox(self)
        self.every.setObjectName("calendarEveryMinutes")
        self.every.setRange(0, MAX_EVERY_MINUTES)
        self.every.setSuffix(self.tr(" min"))
        self.every.setSpecialValueText(self.tr("never"))
        self.every.setValue(account.sync_every_minutes if account else 0)

        form = QFormLayout()
        form.addRow(self.tr("Calendar &URL"), self.url)
        form.addRow(self.tr("User &name"), self.username)
        form.addRow(self.tr("&Password"), self.password_edit)
        form.addRow("", self.keyring)
        form.addRow(self.tr("…or from the &environment variable"), self.password_env)
        form.addRow(self.remind, self.reminder)
        form.addRow("", self.after_change)
        form.addRow(self.tr("Sync e&very"), self.every)
        self.error = QLabel(self)
        self.error.setObjectName("calendarSyncError")
        self.error.setWordWrap(True)
        self.error.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.sync_button = QPushButton(self.tr("&Sync now"), self)
        self.sync_button.setObjectName("calendarSyncNow")
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self._sync_now)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _sync_now(self) -> None:
        self.sync_requested = True
        self.accept()

    def accept(self) -> None:
        """Close when the settings are valid; otherwise say what is wrong and stay open."""
        try:
            account = CalendarAccount(
                url=self.url.text().strip(),
                username=self.username.text().strip(),
                password_env=self.password_env.text().strip(),
                reminder_minutes=self.reminder.value() if self.remind.isChecked() else None,
                sync_after_change=self.after_change.isChecked(),
                sync_every_minutes=self.every.value(),
            )
        except ValidationError as exc:
            self.sync_requested = False
            self.error.setText(
                self.tr("{field}: {message}").format(field=exc.field, message=exc.message)
            )
            self.error.show()
            return
        self.result_account = account
        self.password = self.password_edit.text() or None
        self.keep_in_keyring = self.keyring.isEnabled() and self.keyring.isChecked()
        super().accept()

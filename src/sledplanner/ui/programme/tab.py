"""The Programme tab: month and week calendars, the day's sessions, logging and progression."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.compliance import Compliance, compliance
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.feasibility import FeasibilityIssue, check_sessions, loads_to_plan
from sledplanner.domain.gear import GearItem
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.programme import default_start
from sledplanner.domain.sessions import Activity, Session, SessionStatus, week_start
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.csv_common import CsvExportError, CsvImportError
from sledplanner.services.gear import GearChange, GearService
from sledplanner.services.ical import IcsExportError, export_ics
from sledplanner.services.programmes import ProgrammeService, templates
from sledplanner.services.progression import ProgressionService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.sessions_csv import export_sessions_csv, read_sessions_csv
from sledplanner.ui.actions import tab_action, text_button
from sledplanner.ui.commands import perform
from sledplanner.ui.formatting import format_date, format_kg_fraction, format_mass, user_locale
from sledplanner.ui.programme.day_panel import DayPanel, DecisionBanner, compliance_words
from sledplanner.ui.programme.month_view import CHIP_COLOURS, Chip, MonthView
from sledplanner.ui.programme.plan_dialog import PLAN_PURCHASES, PlanDialog
from sledplanner.ui.programme.rules_dialog import RulesDialog
from sledplanner.ui.programme.session_dialogs import (
    LogDialog,
    SessionDialog,
    from_qdate,
    to_qdate,
)

Report = Callable[[str], None]
OpenPlanner = Callable[[list[Mass]], None]
SESSION_ROLE = Qt.ItemDataRole.UserRole + 21


def ask_date(parent: QWidget, title: str, initial: date) -> date | None:
    """Ask for a day in a small dialog; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setObjectName("askDateDialog")
    dialog.setWindowTitle(title)
    editor = QDateEdit(to_qdate(initial), dialog)
    editor.setAccessibleName(title)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat("yyyy-MM-dd")
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(editor)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdate(editor.date())


def load_text(load: Mass | None, unit: MassUnit, *, short: bool = False) -> str:
    """Show an added load in the display unit, or nothing.

    A load entered in the other unit also shows as entered ("9.1 kg (20 lb)"), except in the
    ``short`` form a calendar chip has room for ("9.1 kg"); its tooltip has the long one.
    """
    if load is None:
        return ""
    if load.kg == 0:
        return "empty sled"
    if load.unit is unit:
        return format_mass(load)
    shown = format_kg_fraction(load.kg, unit)
    return shown if short else f"{shown} ({format_mass(load)})"


def session_chip(
    session: Session, unit: MassUnit, today: date, issue: FeasibilityIssue | None
) -> Chip:
    """Describe a session for the calendar."""
    log = session.log
    minutes = log.minutes if log is not None else session.planned_minutes
    load = log.load if log is not None else session.planned_load
    parts = [f"{minutes}′"]
    if session.activity is Activity.BACKWARD_WALK:
        parts.append("walk")
    elif session.activity is not Activity.BACKWARD_DRAG:
        parts.append(session.activity.label.split()[0].lower())
    if load is not None and session.activity.uses_sled:
        parts.append(load_text(load, unit, short=True))
    mark = {SessionStatus.DONE: "✓ ", SessionStatus.SKIPPED: "✗ "}.get(session.status, "")
    state = compliance(session, today)
    lines = [
        f"{session.activity.label} · {session.planned_minutes} min planned",
        f"Status: {session.status.value}"
        + (f" ({compliance_words(state)})" if state is not Compliance.PLANNED else ""),
    ]
    if session.planned_load is not None:
        lines.append(f"Planned load: {load_text(session.planned_load, unit)}")
    if log is not None:
        lines.append(
            f"Done: {log.minutes} min" + (f", {load_text(log.load, unit)}" if log.load else "")
        )
        if log.rpe is not None:
            lines.append(f"RPE {log.rpe}")
        if log.pain_during is not None or log.pain_next_morning is not None:
            lines.append(
                "Knee pain: during {d}, next morning {m}".format(
                    d="–" if log.pain_during is None else log.pain_during,
                    m="not yet" if log.pain_next_morning is None else log.pain_next_morning,
                )
            )
    if session.moved and session.original_date is not None:
        lines.append(f"Moved from {format_date(session.original_date)}")
    if issue is not None:
        lines.append(issue.reason)
    if session.notes:
        lines.append(session.notes)
    return Chip(session.id, mark + " · ".join(parts), state, issue is not None, "\n".join(lines))


class ProgrammeTab(QWidget):
    """The training calendar of one workspace."""

    #: The user asked to put the plan in their calendar (File > Export > iCalendar).
    calendarExportRequested = Signal()  # noqa: N815 - Qt's naming

    def __init__(
        self,
        schedule: ScheduleService,
        gear: GearService,
        programmes: ProgrammeService,
        progression: ProgressionService,
        undo_stack: QUndoStack,
        report: Report,
        open_planner: OpenPlanner,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        """Show the sessions of ``schedule``; edits go on ``undo_stack``."""
        super().__init__(parent)
        self.setObjectName("programmeTabContent")
        self._schedule = schedule
        self._gear = gear
        self._programmes = programmes
        self._progression = progression
        self._stack = undo_stack
        self._report = report
        self._open_planner = open_planner
        self._today = today
        self._issues: dict[str, FeasibilityIssue] = {}
        self._week_has_sessions = False
        self._pending_decision: tuple[str, Mass] | None = None

        self.month = MonthView(today(), 0, self)
        self.week = QTreeWidget(self)
        self.week.setObjectName("weekAgenda")
        self.week.setHeaderHidden(True)
        self.week.setAccessibleName(self.tr("Week agenda"))
        self.views = QStackedWidget(self)
        self.views.addWidget(self.month)
        self.views.addWidget(self.week)

        self.period = QLabel(self)
        self.period.setObjectName("periodLabel")
        font = self.period.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.period.setFont(font)
        self.view_choice = QComboBox(self)
        self.view_choice.setObjectName("viewChoice")
        self.view_choice.setAccessibleName(self.tr("Calendar view"))
        self.view_choice.addItem(self.tr("Month"), "month")
        self.view_choice.addItem(self.tr("Week"), "week")

        self._build_actions()
        top = QHBoxLayout()
        for act in (self.previous_action, self.today_action, self.next_action):
            top.addWidget(self._button(act))
        for name, spoken in (
            ("previousPeriodButton", self.tr("Previous month or week")),
            ("nextPeriodButton", self.tr("Next month or week")),
        ):
            self.findChild(QToolButton, name).setAccessibleName(spoken)
        top.addWidget(self.period, 1)
        top.addWidget(self.view_choice)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self._button(self.new_plan_action))
        plan_row.addWidget(self._button(self.rules_action))
        plan_row.addStretch(1)

        self.feasibility = QLabel(self)
        self.feasibility.setObjectName("feasibilityNote")
        self.feasibility.setWordWrap(True)
        self.plan_button = QPushButton(self.tr("Plan purchases for these loads"), self)
        self.plan_button.setObjectName("planPurchasesButton")
        self.plan_button.clicked.connect(self.plan_missing_loads)
        self.plan_notice = QFrame(self)
        self.plan_notice.setObjectName("planNotice")
        self.plan_notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.plan_notice_text = QLabel(self.plan_notice)
        self.plan_notice_text.setObjectName("planNoticeText")
        self.plan_notice_text.setWordWrap(True)
        self.calendar_button = QPushButton(self.tr("Add to my calendar (.ics)…"), self.plan_notice)
        self.calendar_button.setObjectName("addToCalendarButton")
        self.calendar_button.setToolTip(
            self.tr("Save the planned sessions as an iCalendar file your calendar app imports")
        )
        self.calendar_button.clicked.connect(self.calendarExportRequested)
        dismiss = QPushButton(self.tr("Dismiss"), self.plan_notice)
        dismiss.setObjectName("dismissPlanNoticeButton")
        dismiss.clicked.connect(self.plan_notice.hide)
        notice_buttons = QHBoxLayout()
        notice_buttons.addWidget(self.calendar_button)
        notice_buttons.addWidget(dismiss)
        notice_buttons.addStretch(1)
        notice_layout = QVBoxLayout(self.plan_notice)
        notice_layout.addWidget(self.plan_notice_text)
        notice_layout.addLayout(notice_buttons)
        self.plan_notice.hide()
        self.decision = DecisionBanner(self)
        self.decision.accepted.connect(self.accept_decision)
        self.decision.overridden.connect(self.override_decision)
        self.day_panel = DayPanel(self)
        actions = QGridLayout()
        for index, act in enumerate(
            (
                self.add_action,
                self.log_today_action,
                self.edit_action,
                self.log_action,
                self.done_action,
                self.skip_action,
                self.move_action,
                self.reschedule_action,
                self.delete_action,
                self.copy_week_action,
            )
        ):
            button = self._button(act)
            # Three even columns of buttons as wide as their column, not a ragged row.
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            actions.addWidget(button, index // 3, index % 3)
        for column in range(3):
            actions.setColumnStretch(column, 1)

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(plan_row)
        side_layout.addWidget(self.feasibility)
        side_layout.addWidget(self.plan_button)
        side_layout.addWidget(self.plan_notice)
        side_layout.addWidget(self.decision)
        side_layout.addWidget(self.day_panel, 1)
        side_layout.addLayout(actions)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.views, 1)
        self.legend = QLabel(self)
        self.legend.setObjectName("complianceLegend")
        self.legend.setWordWrap(True)
        self.legend.setText(
            " ".join(
                f"<span style='color:{CHIP_COLOURS[state][0]}'>■</span> {self.tr(words)}"
                for state, words in (
                    (Compliance.GREEN, "done as planned"),
                    (Compliance.YELLOW, "partly done"),
                    (Compliance.RED, "missed or far off"),
                    (Compliance.PLANNED, "planned"),
                )
            )
            + self.tr(" · ⚠ the gear cannot build the load")
        )
        left_layout.addWidget(self.legend)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([700, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.month.daySelected.connect(lambda _day: self.refresh())
        self.month.sessionActivated.connect(self._activate)
        self.month.sessionMoved.connect(self.move_session)
        self.view_choice.currentIndexChanged.connect(self._view_changed)
        self.week.itemDoubleClicked.connect(self._week_item_activated)
        self.week.currentItemChanged.connect(self._week_item_changed)
        self.day_panel.sessions.currentItemChanged.connect(lambda *_: self._update_actions())
        self.day_panel.sessions.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self._unsubscribe = [schedule.subscribe(lambda _c: self._refresh_when_shown())]
        self._unsubscribe.append(gear.subscribe(self._gear_changed))
        self._gear_token: tuple[int, ...] = ()
        self._gear_seen: list[GearItem] = []
        self._issue_memo: dict[int, tuple[Session, FeasibilityIssue | None]] = {}
        self._chip_memo: dict[
            int, tuple[Session, MassUnit, date, FeasibilityIssue | None, Chip]
        ] = {}
        # Filled the first time it is shown (the window opens on another tab, and a large file
        # holds hundreds of sessions a month): see _refresh_when_shown.
        self._stale = True

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        def action(
            text: str,
            name: str,
            keys: QKeySequence | QKeySequence.StandardKey | str | None,
            run: Callable[[], None],
        ) -> QAction:
            return tab_action(self, text, name, keys, run)

        self.previous_action = action(
            self.tr("◀"), "previousPeriodAction", "Alt+PgUp", self.previous
        )
        self.previous_action.setToolTip(self.tr("Previous month or week (Alt+Page Up)"))
        self.next_action = action(self.tr("▶"), "nextPeriodAction", "Alt+PgDown", self.next)
        self.next_action.setToolTip(self.tr("Next month or week (Alt+Page Down)"))
        self.today_action = action(self.tr("Today"), "todayAction", "Ctrl+T", self.go_today)
        self.add_action = action(self.tr("Add…"), "addSessionAction", "Ins", self.add_session)
        self.edit_action = action(
            self.tr("Edit…"), "editSessionAction", "Ctrl+E", self.edit_selected
        )
        self.log_action = action(self.tr("Log…"), "logSessionAction", "Ctrl+L", self.log_selected)
        self.log_today_action = action(
            self.tr("Log today…"), "logTodayAction", "Ctrl+Shift+L", self.log_today
        )
        self.log_today_action.setToolTip(
            self.tr("Log a session done today that was not planned (Ctrl+Shift+L)")
        )
        self.done_action = action(
            self.tr("Done as planned"), "doneAsPlannedAction", "Ctrl+Return", self.done_as_planned
        )
        self.skip_action = action(self.tr("Skip"), "skipSessionAction", None, self.skip_selected)
        self.move_action = action(
            self.tr("Move to…"), "moveSessionAction", "Ctrl+M", self.move_selected
        )
        self.reschedule_action = action(
            self.tr("Reschedule"), "rescheduleAction", "Ctrl+R", self.reschedule_selected
        )
        self.delete_action = action(
            self.tr("Delete"),
            "deleteSessionAction",
            QKeySequence.StandardKey.Delete,
            self.delete_selected,
        )
        self.copy_week_action = action(
            self.tr("Copy week…"), "copyWeekAction", None, self.copy_selected_week
        )
        self.new_plan_action = action(
            self.tr("New plan…"), "newPlanAction", "Ctrl+Shift+P", self.new_plan
        )
        self.rules_action = action(self.tr("Rules…"), "rulesAction", None, self.edit_rules)

    def _button(self, act: QAction) -> QToolButton:
        return text_button(self, act)

    def detach(self) -> None:
        """Stop following the services."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []

    # ------------------------------------------------------------------ state
    @property
    def unit(self) -> MassUnit:
        """The display unit."""
        return self._gear.preferences().display_unit

    @property
    def selected_day(self) -> date:
        """The day picked in the calendar."""
        return self.month.selected

    def selected_session(self) -> Session | None:
        """Return the highlighted session of the selected day, if any."""
        session_id = self.day_panel.selected_id()
        return self._schedule.session(session_id) if session_id else None

    def _gear_changed(self, change: GearChange) -> None:
        if change.table in ("gear", "preferences"):
            self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        """Refresh now when the tab is on screen, else the next time it is shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """Catch up with changes made while another tab was shown."""
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _view_changed(self) -> None:
        self.views.setCurrentIndex(self.view_choice.currentIndex())
        self.refresh()

    def _range(self) -> tuple[date, date]:
        if self.view_choice.currentData() == "week":
            first = week_start(self.selected_day, self.month.first_weekday)
            return first, first + timedelta(days=6)
        return self.month.visible_range()

    def refresh(self) -> None:
        """Redraw the calendar, the week agenda and the day panel from the stored sessions."""
        self._stale = False
        today = self._today()
        self.month.today = today
        self.month.first_weekday = self._gear.preferences().first_weekday
        first, last = self._range()
        sessions = self._schedule.sessions_between(first, last)
        self._issues = self._check(sessions, self._gear.items())
        unit = self.unit
        chips: dict[date, list[Chip]] = {}
        for session in sessions:
            chips.setdefault(session.day, []).append(
                self._chip(session, unit, today, self._issues.get(session.id))
            )
        locale = user_locale()
        if self.view_choice.currentData() == "week":
            self.period.setText(self.tr("Week of {day}").format(day=format_date(first)))
            self._fill_week(first, chips)
        else:
            self.period.setText(
                locale.standaloneMonthName(self.month.month.month) + f" {self.month.month.year}"
            )
            self.month.set_chips(chips)
        self._fill_day(chips.get(self.selected_day, []), sessions)
        count = len(self._issues)
        if count:
            self.feasibility.setText(
                self.tr(
                    "⚠ {count} planned session(s) shown cannot be loaded with the gear you "
                    "will own on their day."
                ).format(count=count)
            )
        self.feasibility.setVisible(bool(count))
        self.plan_button.setVisible(bool(count))
        self._update_actions()

    # A month of a coach's file holds hundreds of sessions; an edit changes one. The sessions
    # read back unchanged are the same objects (the repository remembers them), so their
    # feasibility and their chip are remembered by identity, holding the objects alive.
    def _check(self, sessions: list[Session], items: list[GearItem]) -> dict[str, FeasibilityIssue]:
        token = tuple(map(id, items))
        if token != self._gear_token:
            self._gear_token, self._gear_seen, self._issue_memo = token, items, {}
        memo = self._issue_memo
        fresh = [s for s in sessions if memo.get(id(s), (None, None))[0] is not s]
        if fresh:
            found = {issue.session_id: issue for issue in check_sessions(fresh, items)}
            if len(memo) > 4 * len(sessions) + 2000:
                memo.clear()
            for session in fresh:
                memo[id(session)] = (session, found.get(session.id))
        issues: dict[str, FeasibilityIssue] = {}
        for session in sessions:
            issue = memo[id(session)][1]
            if issue is not None:
                issues[session.id] = issue
        return issues

    def _chip(
        self, session: Session, unit: MassUnit, today: date, issue: FeasibilityIssue | None
    ) -> Chip:
        known = self._chip_memo.get(id(session))
        if known is not None and known[0] is session and known[1:4] == (unit, today, issue):
            return known[4]
        chip = session_chip(session, unit, today, issue)
        if len(self._chip_memo) > 10_000:
            self._chip_memo.clear()
        self._chip_memo[id(session)] = (session, unit, today, issue, chip)
        return chip

    def _fill_week(self, first: date, chips: dict[date, list[Chip]]) -> None:
        selected = self.day_panel.selected_id()
        self.week.clear()
        for offset in range(7):
            day = first + timedelta(days=offset)
            label = f"{user_locale().dayName(day.isoweekday())} {format_date(day)}"
            if day == self._today():
                label += self.tr(" · today")
            parent = QTreeWidgetItem(self.week, [label])
            parent.setData(0, SESSION_ROLE, day.isoformat())
            for chip in chips.get(day, []):
                child = QTreeWidgetItem(parent, [("⚠ " if chip.flagged else "") + chip.text])
                child.setData(0, SESSION_ROLE, chip.session_id)
                child.setToolTip(0, chip.tooltip)
                if chip.session_id == selected:
                    self.week.setCurrentItem(child)
            if not chips.get(day):
                QTreeWidgetItem(parent, [self.tr("rest day")]).setDisabled(True)
        self.week.expandAll()

    def _fill_day(self, chips: list[Chip], sessions: list[Session]) -> None:
        day = self.selected_day
        start = week_start(day, self.month.first_weekday)
        in_week = [s for s in sessions if start <= s.day <= start + timedelta(days=6)]
        self._week_has_sessions = bool(in_week)
        done = sum(1 for s in in_week if s.status is SessionStatus.DONE)
        quota = self.tr("This week: {done} of {planned} sessions done").format(
            done=done, planned=len(in_week)
        )
        empty = self.tr("Nothing planned. Add a session, or plan a programme with New plan…")
        if self._schedule.read_only:
            empty = self.tr("Nothing planned on this day.")
        self.day_panel.show_day(
            locale_day(day) + (self.tr(" · today") if day == self._today() else ""),
            chips,
            quota,
            empty,
        )

    def _update_actions(self) -> None:
        writable = not self._schedule.read_only
        session = self.selected_session()
        has = session is not None
        planned = has and session is not None and session.status is SessionStatus.PLANNED
        self.add_action.setEnabled(writable)
        self.log_today_action.setEnabled(writable)
        for act in (self.edit_action, self.log_action, self.move_action, self.delete_action):
            act.setEnabled(writable and has)
        self.done_action.setEnabled(writable and planned)
        self.skip_action.setEnabled(writable and planned)
        self.reschedule_action.setEnabled(
            writable and session is not None and session.status is not SessionStatus.DONE
        )
        self.copy_week_action.setEnabled(writable and self._week_has_sessions)
        self.new_plan_action.setEnabled(writable)
        self.rules_action.setEnabled(writable)
        if session is None:
            self.day_panel.detail.setText("")
        else:
            chip = session_chip(session, self.unit, self._today(), self._issues.get(session.id))
            self.day_panel.detail.setText(chip.tooltip)

    # ------------------------------------------------------------------ navigation
    def previous(self) -> None:
        """Show the previous month or week."""
        if self.view_choice.currentData() == "week":
            self.month.select(self.selected_day - timedelta(days=7))
        else:
            self.month.step_month(-1)

    def next(self) -> None:
        """Show the next month or week."""
        if self.view_choice.currentData() == "week":
            self.month.select(self.selected_day + timedelta(days=7))
        else:
            self.month.step_month(1)

    def go_today(self) -> None:
        """Jump to today."""
        self.month.select(self._today())

    def show_day(self, day: date) -> None:
        """Select ``day`` in the calendar."""
        self.month.select(day)

    def _activate(self, session_id: str) -> None:
        self.day_panel.select_id(session_id)
        self.edit_selected()

    def _week_item_changed(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        value = item.data(0, SESSION_ROLE)
        if isinstance(value, str) and len(value) == 10 and value[4] == "-":
            self.month.selected = date.fromisoformat(value)
            self.refresh()
        elif isinstance(value, str):
            session = self._schedule.session(value)
            if session is not None and session.day != self.selected_day:
                self.month.selected = session.day
                self.refresh()
            self.day_panel.select_id(value)

    def _week_item_activated(self, item: QTreeWidgetItem) -> None:
        value = item.data(0, SESSION_ROLE)
        if isinstance(value, str) and not (len(value) == 10 and value[4] == "-"):
            self._activate(value)

    # ------------------------------------------------------------------ edits
    def _perform(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> bool:
        return perform(self._stack, text, do, undo, self._report)

    def _replace(self, text: str, before: Session, after: Session) -> bool:
        return self._perform(
            text,
            lambda: self._schedule.update(after),
            lambda: self._schedule.update(before),
        )

    def add_session(self) -> None:
        """Plan a new session on the selected day."""
        preferences = self._gear.preferences()
        dialog = SessionDialog(
            self,
            self.unit,
            self._gear.sleds(),
            day=self.selected_day,
            surface=preferences.default_surface,
            sled_id=preferences.default_sled_id,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_session is None:
            return
        session = dialog.result_session
        if self._perform(
            self.tr("plan session on {day}").format(day=format_date(session.day)),
            lambda: self._schedule.add(session),
            lambda: self._schedule.remove(session.id),
        ):
            self.month.select(session.day)
            self.day_panel.select_id(session.id)

    def edit_selected(self) -> None:
        """Change the highlighted session."""
        before = self.selected_session()
        if before is None:
            return
        dialog = SessionDialog(self, self.unit, self._gear.sleds(), session=before)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_session is None:
            return
        after = dialog.result_session
        if after != before and self._replace(
            self.tr("edit session on {day}").format(day=format_date(after.day)), before, after
        ):
            self.month.select(after.day)
            self.day_panel.select_id(after.id)
            if after.planned_load != before.planned_load or after.day != before.day:
                self._warn_of_rise(after)

    def log_selected(self) -> None:
        """Log what was done in the highlighted session."""
        before = self.selected_session()
        if before is None:
            return
        dialog = LogDialog(self, self.unit, before, self._today())
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_session is None:
            return
        after = dialog.result_session
        if self._replace(
            self.tr("log session on {day}").format(day=format_date(after.day)), before, after
        ):
            self.month.select(after.day)
            self.day_panel.select_id(after.id)
            self.propose_progression(after)

    def log_today(self) -> None:
        """Log a session done today that no plan held (one undoable step)."""
        preferences = self._gear.preferences()
        sled = preferences.default_sled_id
        sleds = self._gear.sleds()
        if sled is None and sleds:
            sled = sleds[0].id
        today = self._today()
        blank = Session(today, surface=preferences.default_surface, sled_id=sled)
        dialog = LogDialog(self, self.unit, blank, today)
        dialog.setWindowTitle(self.tr("Log a session done today"))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_session is None:
            return
        done = dialog.result_session
        assert done.log is not None
        # A session without a plan was planned as it was done, so it shows as done in full.
        session = done.with_changes(
            planned_minutes=max(done.log.minutes, 1), planned_load=done.log.load
        )
        if self._perform(
            self.tr("log session on {day}").format(day=format_date(session.day)),
            lambda: self._schedule.add(session),
            lambda: self._schedule.remove(session.id),
        ):
            self.month.select(session.day)
            self.day_panel.select_id(session.id)
            self.propose_progression(session)

    def done_as_planned(self) -> None:
        """Mark the highlighted planned session done exactly as planned."""
        before = self.selected_session()
        if before is None or before.status is not SessionStatus.PLANNED:
            return
        after = before.done_as_planned()
        if self._replace(
            self.tr("mark session on {day} done").format(day=format_date(after.day)), before, after
        ):
            self.propose_progression(after)

    def skip_selected(self) -> None:
        """Mark the highlighted session skipped."""
        before = self.selected_session()
        if before is not None:
            self._replace(
                self.tr("skip session on {day}").format(day=format_date(before.day)),
                before,
                before.skipped(),
            )

    def move_session(self, session_id: str, day: date) -> None:
        """Move a session to ``day`` (it keeps its original date)."""
        before = self._schedule.session(session_id)
        if before is None or before.day == day or self._schedule.read_only:
            return
        after = before.moved_to(day)
        if self._replace(
            self.tr("move session to {day}").format(day=format_date(day)), before, after
        ):
            self.month.select(day)
            self.day_panel.select_id(session_id)

    def move_selected(self) -> None:
        """Ask for a day and move the highlighted session there."""
        session = self.selected_session()
        if session is None:
            return
        day = ask_date(self, self.tr("Move session to"), session.day)
        if day is not None:
            self.move_session(session.id, day)

    def reschedule_selected(self) -> None:
        """Move a missed session to the next free day of its week that keeps a rest day."""
        session = self.selected_session()
        if session is None:
            return
        after = self._schedule.rescheduled(session.id, self.month.first_weekday)
        if after is None:
            self._report(
                self.tr("No free day left in that week that keeps a rest day between sessions.")
            )
            return
        if self._replace(
            self.tr("reschedule session to {day}").format(day=format_date(after.day)),
            session,
            after,
        ):
            self.month.select(after.day)
            self.day_panel.select_id(session.id)

    def delete_selected(self) -> None:
        """Delete the highlighted session."""
        session = self.selected_session()
        if session is None:
            return
        self._perform(
            self.tr("delete session on {day}").format(day=format_date(session.day)),
            lambda: self._schedule.remove(session.id),
            lambda: self._schedule.add(session),
        )

    def copy_selected_week(self) -> None:
        """Copy the planned sessions of the selected week into the following weeks."""
        weeks, ok = QInputDialog.getInt(
            self,
            self.tr("Copy week"),
            self.tr("Copy this week's planned sessions into how many following weeks?"),
            1,
            1,
            52,
        )
        if not ok:
            return
        copies = self._schedule.week_copies(self.selected_day, weeks, self.month.first_weekday)
        if not copies:
            self._report(self.tr("Nothing planned in this week to copy."))
            return
        ids = [copy.id for copy in copies]
        self._perform(
            self.tr("copy week into {n} week(s)").format(n=weeks),
            lambda: self._schedule.add_many(copies),
            lambda: self._schedule.remove_many(ids),
        )

    def edit_rules(self) -> None:
        """Change the pain zones and the weekly cap (undoable)."""
        before = self._programmes.settings()
        dialog = RulesDialog(self, before)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_settings is None:
            return
        after = dialog.result_settings
        if after != before:
            self._perform(
                self.tr("change progression rules"),
                lambda: self._programmes.set_settings(after),
                lambda: self._programmes.set_settings(before),
            )

    def new_plan(self) -> None:
        """Generate a programme from a template and put its sessions in the calendar."""
        dialog = PlanDialog(
            self,
            templates(),
            self._gear.sleds(),
            self.unit,
            default_start(max(self.selected_day, self._today())),
            self._programmes.preview,
            self._gear.preferences(),
            self._programmes.buildable_start(),
            self._programmes.unlock_targets,
        )
        result = dialog.exec()
        if result == PLAN_PURCHASES:
            self._open_planner(dialog.purchase_targets)
            return
        if result != QDialog.DialogCode.Accepted:
            return
        programme, plan = dialog.result_programme, dialog.result_plan
        if programme is None or plan is None or not plan.sessions:
            return
        if self._perform(
            self.tr("plan {name}").format(name=programme.name),
            lambda: self._programmes.add(programme, plan),
            lambda: self._programmes.remove(programme, plan),
        ):
            self.month.select(plan.sessions[0].day)
            self.day_panel.select_id(plan.sessions[0].id)
            first, last = plan.sessions[0].day, plan.sessions[-1].day
            self.plan_notice_text.setText(
                self.tr("Planned {count} sessions of {name}, {first} to {last}.").format(
                    count=len(plan.sessions),
                    name=programme.name,
                    first=format_date(first),
                    last=format_date(last),
                )
            )
            self.plan_notice.show()
            for warning in plan.warnings:  # each its own message, listed under Messages
                self._report(warning)

    # ------------------------------------------------------------------ progression
    def propose_progression(self, logged: Session) -> None:
        """After a logged session, propose the next planned load, saying why."""
        proposal = self._progression.propose_next(logged.id)
        if proposal is None:
            self.decision.hide()
            self._pending_decision = None
            return
        decision = proposal.decision
        self._pending_decision = (proposal.session.id, decision.proposed)
        text = self.tr("Next session, {day}: {reason}").format(
            day=format_date(proposal.session.day), reason=decision.reason
        )
        if proposal.caution is not None:
            text += "\n" + proposal.caution
        self.decision.show_text(text, decision.proposed != decision.current)

    def accept_decision(self) -> None:
        """Apply the proposed load to the next session."""
        if self._pending_decision is None:
            return
        session_id, load = self._pending_decision
        self._set_next_load(session_id, load)

    def override_decision(self) -> None:
        """Let the user choose the next load instead."""
        if self._pending_decision is None:
            return
        session_id, proposed = self._pending_decision
        text, ok = QInputDialog.getText(
            self,
            self.tr("Next load"),
            self.tr("Added load for the next session:"),
            text=str(proposed),
        )
        if not ok:
            return
        try:
            load = parse_mass(text, self.unit, "load")
        except ValidationError as exc:
            self._report(exc.message)
            return
        self._set_next_load(session_id, load)

    def _set_next_load(self, session_id: str, load: Mass) -> None:
        before = self._schedule.session(session_id)
        if before is None:
            return
        after = before.with_changes(planned_load=load)
        if self._replace(self.tr("set next load to {load}").format(load=load), before, after):
            self.decision.hide()
            self._pending_decision = None
            self._warn_of_rise(after)

    def _warn_of_rise(self, session: Session) -> None:
        """Show the 30 % two-week caution when a changed load earns it."""
        if session.planned_load is None or session.status is SessionStatus.SKIPPED:
            return
        caution = self._progression.caution(session, session.planned_load)
        if caution is not None:
            self._pending_decision = None
            self.decision.show_notice(
                self.tr("{day}: {caution}").format(day=format_date(session.day), caution=caution)
            )

    # ------------------------------------------------------------------ files
    def import_csv(self, path: Path) -> str | None:
        """Add every session of a sessions CSV (all or nothing, undoable); return problems."""
        try:
            sessions = read_sessions_csv(path, self._gear.items(), self.unit)
        except CsvImportError as exc:
            return "\n".join(str(problem) for problem in exc.problems)
        if (problem := self._gear.backup_before_import()) is not None:
            return problem
        ids = [session.id for session in sessions]
        if (
            self._perform(
                self.tr("import {count} sessions").format(count=len(sessions)),
                lambda: self._schedule.add_many(sessions),
                lambda: self._schedule.remove_many(ids),
            )
            and sessions
        ):
            self.month.select(sessions[0].day)
        return None

    def export_csv(self, path: Path) -> str | None:
        """Write every session to a sessions CSV; return a problem message, if any."""
        try:
            count = export_sessions_csv(self._schedule, self._gear, path)
        except CsvExportError as exc:
            return "\n".join(str(record) for record in exc.records)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(self.tr("Exported {count} sessions to {path}").format(count=count, path=path))
        return None

    def export_ics(self, path: Path) -> str | None:
        """Write the planned sessions to an iCalendar file; return a problem message, if any."""
        try:
            count = export_ics(self._schedule, self._gear, path)
        except IcsExportError as exc:
            return "\n".join(str(record) for record in exc.records)
        except OSError as exc:
            return f"{path}: {exc.strerror or exc}"
        self._report(
            self.tr("Exported {count} planned sessions to {path}").format(count=count, path=path)
        )
        return None

    # ------------------------------------------------------------------ gear link
    def plan_missing_loads(self) -> None:
        """Open the purchase planner with the loads the gear cannot build."""
        loads = loads_to_plan(list(self._issues.values()))
        if loads:
            self._open_planner(loads)


def locale_day(day: date) -> str:
    """Write a day as the locale's long date."""
    return user_locale().toString(to_qdate(day), user_locale().FormatType.LongFormat)


__all__ = ["ProgrammeTab", "ask_date", "session_chip"]

"""The Programme tab: month and week calendars, the day's sessions, logging and progression.

The tab is put together from one class per idea: :class:`~.calendar_fill.CalendarFilling` shows
the sessions, :class:`~.session_actions.SessionActions` turns clicks into undoable edits,
:class:`~.banner.ProgressionBanner` proposes the next load, and :class:`~.files.SessionFiles`
reads and writes session files. This module lays the widgets out and navigates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.compliance import Compliance
from sledplanner.domain.feasibility import FeasibilityIssue
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session
from sledplanner.domain.units import Mass, MassUnit
from sledplanner.services.gear import GearChange, GearService
from sledplanner.services.programmes import ProgrammeService
from sledplanner.services.progression import ProgressionService
from sledplanner.services.schedule import ScheduleService
from sledplanner.ui.programme.banner import ProgressionBanner
from sledplanner.ui.programme.calendar_fill import CalendarFilling
from sledplanner.ui.programme.chips import SESSION_ROLE, load_text, locale_day, session_chip
from sledplanner.ui.programme.day_panel import DayPanel, DecisionBanner
from sledplanner.ui.programme.files import SessionFiles
from sledplanner.ui.programme.month_view import CHIP_COLOURS, Chip, MonthView
from sledplanner.ui.programme.session_actions import SessionActions, ask_date
from sledplanner.ui.programme.tab_state import OpenPlanner, Report
from sledplanner.ui.programme.week_view import WeekView


class ProgrammeTab(SessionActions, CalendarFilling, ProgressionBanner, SessionFiles, QWidget):
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
        self.week = WeekView(today(), 0, self)
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
        self._connect_week()
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


__all__ = ["SESSION_ROLE", "ProgrammeTab", "ask_date", "load_text", "locale_day", "session_chip"]

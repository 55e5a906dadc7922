"""The Programme tab's actions: planning, logging, moving and deleting sessions, as undo steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QInputDialog,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sledplanner.domain.feasibility import loads_to_plan
from sledplanner.domain.programme import default_start
from sledplanner.domain.sessions import Session, SessionStatus
from sledplanner.services.programmes import templates
from sledplanner.ui.actions import tab_action, text_button
from sledplanner.ui.commands import perform
from sledplanner.ui.dialog_buttons import ok_cancel
from sledplanner.ui.formatting import format_date, short_date_format
from sledplanner.ui.programme.chips import session_chip
from sledplanner.ui.programme.plan_dialog import PLAN_PURCHASES, PlanDialog
from sledplanner.ui.programme.rules_dialog import RulesDialog
from sledplanner.ui.programme.session_dialogs import (
    LogDialog,
    SessionDialog,
    from_qdate,
    to_qdate,
)
from sledplanner.ui.programme.tab_state import TabState


def ask_date(parent: QWidget, title: str, initial: date) -> date | None:
    """Ask for a day in a small dialog; None when cancelled."""
    dialog = QDialog(parent)
    dialog.setObjectName("askDateDialog")
    dialog.setWindowTitle(title)
    editor = QDateEdit(to_qdate(initial), dialog)
    editor.setAccessibleName(title)
    editor.setCalendarPopup(True)
    editor.setDisplayFormat(short_date_format())
    buttons = ok_cancel(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(editor)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return from_qdate(editor.date())


class SessionActions(TabState):
    """The part of the Programme tab that turns clicks and keys into undoable edits."""

    # ------------------------------------------------------------------ building
    def _build_actions(self) -> None:
        action = partial(tab_action, self)

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

    # ------------------------------------------------------------------ gear link
    def plan_missing_loads(self) -> None:
        """Open the purchase planner with the loads the gear cannot build."""
        loads = loads_to_plan(list(self._issues.values()))
        if loads:
            self._open_planner(loads)

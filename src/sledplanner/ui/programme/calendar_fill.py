"""Filling the calendar: the month grid, the week grid and the day panel."""

from __future__ import annotations

from datetime import date, timedelta

from sledplanner.domain.feasibility import FeasibilityIssue, check_sessions
from sledplanner.domain.gear import GearItem
from sledplanner.domain.sessions import Session, SessionStatus, week_start
from sledplanner.domain.units import MassUnit
from sledplanner.ui.formatting import format_date, user_locale
from sledplanner.ui.programme.chips import locale_day, session_chip
from sledplanner.ui.programme.month_view import Chip
from sledplanner.ui.programme.tab_state import TabState


class CalendarFilling(TabState):
    """The part of the Programme tab that reads sessions and shows them."""

    def _range(self) -> tuple[date, date]:
        if self.view_choice.currentData() == "week":
            first = week_start(self.selected_day, self.month.first_weekday)
            return first, first + timedelta(days=6)
        return self.month.visible_range()

    def refresh(self) -> None:
        """Redraw the calendar (month or week) and the day panel from the stored sessions."""
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

    def _fill_week(self, _first: date, chips: dict[date, list[Chip]]) -> None:
        week = self.week
        week.today = self._today()
        week.first_weekday = self.month.first_weekday
        week.selected = self.month.selected
        week.month = self.month.month
        week.set_chips(chips)

    def _connect_week(self) -> None:
        """Let the week calendar select, open and move sessions as the month does."""
        self.week.daySelected.connect(self.month.select)
        self.week.sessionActivated.connect(self._activate)
        self.week.sessionMoved.connect(self.move_session)
        for view in (self.month, self.week):
            view.sessionPicked.connect(self.day_panel.select_id)

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

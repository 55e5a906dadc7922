"""The progression banner: the next load proposed after a logged session, and the 30 % caution."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QInputDialog,
)

from sledplanner.domain.errors import ValidationError
from sledplanner.domain.parsing import parse_mass
from sledplanner.domain.sessions import Session, SessionStatus
from sledplanner.domain.units import Mass
from sledplanner.ui.formatting import format_date
from sledplanner.ui.programme.tab_state import TabState


class ProgressionBanner(TabState):
    """The part of the Programme tab that proposes the next load and warns of steep rises."""

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

"""Random add / edit / delete / undo / redo / reopen sequences against a real database file.

A hypothesis ``RuleBasedStateMachine`` drives GearService and ScheduleService over a database in
a temporary folder, and keeps a plain dict model (id -> to_dict()) of what they should hold. The
undo stack is modelled here: every change pushes its inverse; undo pops and applies it, redo
applies the change again. After every step the services, and the file on disk, must match the
model exactly.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import replace
from datetime import date, time
from pathlib import Path
from typing import Any

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from sledplanner.domain.gear import GearItem, GearKind, GearStatus
from sledplanner.domain.money import Money
from sledplanner.domain.sessions import Activity, Session, SessionLog, SessionStatus
from sledplanner.domain.surfaces import SURFACE_KEYS
from sledplanner.domain.units import Mass
from sledplanner.services.gear import GearService
from sledplanner.services.schedule import ScheduleService
from sledplanner.services.workspace import Workspace, open_workspace

TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=12)
NAMES = TEXT.filter(lambda t: t.strip())
MASSES = st.builds(
    Mass.of,
    st.sampled_from(["0.5", "1", "20", "22.50", "35", "1E+1", "100"]),
    st.sampled_from(["kg", "lb"]),
)


@st.composite
def gear_items(draw: st.DrawFn) -> GearItem:
    kind = draw(st.sampled_from(list(GearKind)))
    sled = kind is GearKind.SLED
    price = draw(st.none() | st.sampled_from(["0", "19.99", "89.00", "1234"]))
    return GearItem(
        kind=kind,
        name=draw(NAMES),
        mass=draw(MASSES),
        quantity=draw(st.integers(1, 20)),
        brand=draw(TEXT),
        unit_price=Money.of(price, draw(st.sampled_from(["USD", "NOK"]))) if price else None,
        status=draw(st.sampled_from(list(GearStatus))),
        purchased_on=draw(st.none() | st.dates(date(2000, 1, 1), date(2030, 12, 31))),
        surfaces=frozenset(draw(st.sets(st.sampled_from(SURFACE_KEYS), max_size=2)))
        if sled
        else frozenset(),
        max_load=draw(st.none() | MASSES) if sled else None,
        notes=draw(TEXT),
    )


@st.composite
def sessions(draw: st.DrawFn) -> Session:
    status = draw(st.sampled_from(list(SessionStatus)))
    log = None
    if status is SessionStatus.DONE or draw(st.booleans()):
        log = SessionLog(
            minutes=draw(st.integers(0, 60)),
            load=draw(st.none() | MASSES),
            rpe=draw(st.none() | st.integers(0, 10)),
        )
    if status is not SessionStatus.DONE and draw(st.booleans()):
        log = None
    return Session(
        day=draw(st.dates(date(2024, 1, 1), date(2027, 12, 31))),
        activity=draw(st.sampled_from(list(Activity))),
        planned_minutes=draw(st.integers(1, 60)),
        planned_load=draw(st.none() | MASSES),
        surface=draw(st.none() | st.sampled_from(SURFACE_KEYS)),
        status=status,
        start_time=draw(st.none() | st.times().map(lambda t: time(t.hour, t.minute))),
        log=log,
        notes=draw(TEXT),
    )


# A change is ("add" | "update" | "remove", table, record or id); applying one returns its inverse.
Change = tuple[str, str, Any]


class DatabaseMachine(RuleBasedStateMachine):
    """The services of one database file against a dict model, with undo, redo and reopen."""

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sledplanner-stateful-"))
        self.path = self.folder / "state.json"
        self.workspace: Workspace = open_workspace(self.path, create=True)
        self._serve()
        self.model: dict[str, dict[str, dict[str, Any]]] = {"gear": {}, "sessions": {}}
        self.undo_stack: list[tuple[Change, Change]] = []  # (inverse, change)
        self.redo_stack: list[tuple[Change, Change]] = []

    def _serve(self) -> None:
        self.gear = GearService(self.workspace)
        self.schedule = ScheduleService(self.workspace)

    def teardown(self) -> None:
        self.workspace.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # ------------------------------------------------------------------ applying changes
    def _apply(self, change: Change) -> Change:
        """Apply ``change`` to the services and to the model; return its inverse."""
        kind, table, payload = change
        service: Any = self.gear if table == "gear" else self.schedule
        stored = self.model[table]
        if kind == "add":
            service.add(payload)
            stored[payload.id] = payload.to_dict()
            return ("remove", table, payload.id)
        if kind == "update":
            old = service.item(payload.id) if table == "gear" else service.session(payload.id)
            assert old is not None
            service.update(payload)
            stored[payload.id] = payload.to_dict()
            return ("update", table, old)
        old = service.item(payload) if table == "gear" else service.session(payload)
        assert old is not None
        service.remove(payload)
        del stored[payload]
        return ("add", table, old)

    def _do(self, change: Change) -> None:
        inverse = self._apply(change)
        self.undo_stack.append((inverse, change))
        self.redo_stack.clear()

    # ------------------------------------------------------------------ rules
    @rule(item=gear_items())
    def add_gear(self, item: GearItem) -> None:
        self._do(("add", "gear", item))

    @precondition(lambda self: self.model["gear"])
    @rule(data=st.data(), new=gear_items())
    def edit_gear(self, data: st.DataObject, new: GearItem) -> None:
        item_id = data.draw(st.sampled_from(sorted(self.model["gear"])))
        self._do(("update", "gear", replace(new, id=item_id)))

    @precondition(lambda self: self.model["gear"])
    @rule(data=st.data())
    def delete_gear(self, data: st.DataObject) -> None:
        self._do(("remove", "gear", data.draw(st.sampled_from(sorted(self.model["gear"])))))

    @rule(data=st.data(), session=sessions())
    def add_session(self, data: st.DataObject, session: Session) -> None:
        sleds = sorted(self.model["gear"])
        sled = data.draw(st.none() | st.sampled_from(sleds)) if sleds else None
        self._do(("add", "sessions", replace(session, sled_id=sled)))

    @precondition(lambda self: self.model["sessions"])
    @rule(data=st.data(), new=sessions())
    def edit_session(self, data: st.DataObject, new: Session) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.model["sessions"])))
        self._do(("update", "sessions", replace(new, id=session_id)))

    @precondition(lambda self: self.model["sessions"])
    @rule(data=st.data())
    def delete_session(self, data: st.DataObject) -> None:
        session_id = data.draw(st.sampled_from(sorted(self.model["sessions"])))
        self._do(("remove", "sessions", session_id))

    @precondition(lambda self: self.undo_stack)
    @rule()
    def undo(self) -> None:
        inverse, change = self.undo_stack.pop()
        self._apply(inverse)
        self.redo_stack.append((inverse, change))

    @precondition(lambda self: self.redo_stack)
    @rule()
    def redo(self) -> None:
        inverse, change = self.redo_stack.pop()
        self.undo_stack.append((self._apply(change), change))

    @rule()
    def reopen(self) -> None:
        self.workspace.close()
        self.workspace = open_workspace(self.path)
        self._serve()

    # ------------------------------------------------------------------ invariants
    @invariant()
    def services_match_the_model(self) -> None:
        assert {item.id: item.to_dict() for item in self.gear.items()} == self.model["gear"]
        found = {s.id: s.to_dict() for s in self.schedule.sessions()}
        assert found == self.model["sessions"]
        assert not self.gear.problems() and not self.schedule.problems()
        assert self.schedule.count() == len(self.model["sessions"])

    @invariant()
    def the_file_on_disk_matches_the_model(self) -> None:
        tables = json.loads(self.path.read_text("utf-8"))
        for table, expected in self.model.items():
            records = list(tables.get(table, {}).values())
            assert len(records) == len(expected)
            assert {record["id"]: record for record in records} == expected


DatabaseMachine.TestCase.settings = settings(max_examples=30, stateful_step_count=25, deadline=None)
test_database_state_machine = DatabaseMachine.TestCase

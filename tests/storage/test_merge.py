"""The record merge: every case of the rule, and properties over random edits on two copies."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from tinydb.storages import MemoryStorage

from sledplanner.storage.database import SledDB, new_tables
from sledplanner.storage.merge import MergeResult, Side, merge_tables
from sledplanner.storage.revisions import keyed_records


class Copy:
    """One copy of a database in memory, edited through TinyDB as the app edits it."""

    def __init__(self, tables: dict[str, Any], device: str) -> None:
        self.db = SledDB(storage=MemoryStorage)
        self.db.storage.write(copy.deepcopy(tables))
        self.db.storage.device_id = device  # type: ignore[attr-defined]

    @property
    def tables(self) -> dict[str, Any]:
        return copy.deepcopy(self.db.storage.read())  # type: ignore[no-any-return]

    def add(self, ident: str, **fields: Any) -> None:
        self.db.table("gear").insert({"id": ident, **fields})

    def _doc_id(self, ident: str) -> int:
        for doc in self.db.table("gear").all():
            if doc["id"] == ident:
                return doc.doc_id
        raise KeyError(ident)

    def set(self, ident: str, **fields: Any) -> None:
        self.db.table("gear").update(fields, doc_ids=[self._doc_id(ident)])

    def delete(self, ident: str) -> None:
        self.db.table("gear").remove(doc_ids=[self._doc_id(ident)])


def records(tables: dict[str, Any], table: str = "gear") -> dict[str, Any]:
    return {ident: doc for ident, (_, doc) in keyed_records(tables.get(table, {})).items()}


def base_with(*idents: str) -> dict[str, Any]:
    base = Copy(new_tables(), "base")
    for ident in idents:
        base.add(ident, name=ident, quantity=1)
    return base.tables


def two_copies(*idents: str) -> tuple[Copy, Copy]:
    base = base_with(*idents)
    return Copy(base, "mine"), Copy(base, "theirs")


def merge(mine: Copy, theirs: Copy, **options: Any) -> MergeResult:
    return merge_tables(mine.tables, theirs.tables, "mine", **options)


def test_a_record_added_on_either_side_is_kept() -> None:
    mine, theirs = two_copies("a")
    mine.add("m", name="mine's")
    theirs.add("t", name="theirs'")
    result = merge(mine, theirs)
    assert set(records(result.tables)) == {"a", "m", "t"}
    assert records(result.tables)["t"]["name"] == "theirs'"
    assert result.taken == [("gear", "t", "added")]
    assert not result.conflicts


def test_a_change_on_one_side_only_is_taken_from_either_side() -> None:
    mine, theirs = two_copies("a", "b")
    mine.set("a", quantity=2)
    theirs.set("b", quantity=3)
    theirs.set("b", quantity=4)  # two changes there: still one side only
    result = merge(mine, theirs)
    merged = records(result.tables)
    assert merged["a"]["quantity"] == 2 and merged["b"]["quantity"] == 4
    assert result.taken == [("gear", "b", "changed")] and not result.conflicts


def test_a_deletion_applies_when_the_other_side_did_not_change_the_record() -> None:
    mine, theirs = two_copies("a", "b", "c")
    mine.delete("a")
    theirs.delete("b")
    result = merge(mine, theirs)
    assert set(records(result.tables)) == {"c"}
    assert result.taken == [("gear", "b", "deleted")]
    assert set(result.tables["meta"]["1"]["tombstones"]["gear"]) == {"a", "b"}


def test_a_record_changed_on_both_sides_is_a_conflict_listed_field_by_field() -> None:
    mine, theirs = two_copies("a")
    mine.set("a", name="here", quantity=2)
    theirs.set("a", name="there", quantity=2)
    result = merge(mine, theirs)
    (conflict,) = result.open_conflicts
    assert conflict.ref == ("gear", "a")
    assert [(d.name, d.mine, d.theirs) for d in conflict.differences()] == [
        ("name", "here", "there")
    ]
    assert records(result.tables)["a"]["name"] == "here"  # open: nothing chosen


def test_a_change_on_one_side_and_a_deletion_on_the_other_is_a_conflict() -> None:
    mine, theirs = two_copies("a", "b")
    mine.set("a", quantity=5)
    theirs.delete("a")
    mine.delete("b")
    theirs.set("b", quantity=6)
    result = merge(mine, theirs)
    assert {c.ref for c in result.open_conflicts} == {("gear", "a"), ("gear", "b")}
    by_ref = {c.key: c for c in result.conflicts}
    assert by_ref["a"].theirs is None and by_ref["b"].mine is None


def test_the_same_change_on_both_sides_is_no_conflict() -> None:
    mine, theirs = two_copies("a")
    mine.set("a", quantity=9)
    theirs.set("a", quantity=9)
    result = merge(mine, theirs)
    assert not result.conflicts and records(result.tables)["a"]["quantity"] == 9


def test_prefer_settles_every_conflict_and_choices_settle_single_ones() -> None:
    mine, theirs = two_copies("a", "b")
    for ident in ("a", "b"):
        mine.set(ident, name=f"{ident} here")
        theirs.set(ident, name=f"{ident} there")
    preferred = merge(mine, theirs, prefer=Side.THEIRS)
    assert not preferred.open_conflicts
    assert {d["name"] for d in records(preferred.tables).values()} == {"a there", "b there"}
    picked = merge(mine, theirs, choices={("gear", "a"): Side.THEIRS, ("gear", "b"): Side.MINE})
    assert not picked.open_conflicts
    assert records(picked.tables)["a"]["name"] == "a there"
    assert records(picked.tables)["b"]["name"] == "b here"


def test_merging_the_same_copy_twice_changes_nothing() -> None:
    mine, theirs = two_copies("a", "b", "c")
    mine.set("a", name="here")
    theirs.set("a", name="there")
    theirs.delete("b")
    theirs.add("t")
    first = merge(mine, theirs, prefer=Side.MINE)
    assert first.changed
    again = merge_tables(first.tables, theirs.tables, "mine")
    assert not again.changed and not again.conflicts and not again.taken
    assert again.tables == first.tables


def test_after_a_merge_the_other_machine_takes_the_result_without_conflicts() -> None:
    """The merged file syncs back: the other copy is older in every record."""
    mine, theirs = two_copies("a")
    mine.set("a", name="here")
    theirs.set("a", name="there")
    merged = merge(mine, theirs, prefer=Side.THEIRS).tables
    back = merge_tables(theirs.tables, merged, "theirs")
    assert not back.conflicts and records(back.tables) == records(merged)


def test_a_table_only_the_other_copy_has_is_added() -> None:
    mine, theirs = two_copies()
    theirs.db.table("calendar_sync").insert({"id": "c", "url": "x"})
    result = merge(mine, theirs)
    assert records(result.tables, "calendar_sync") == {"c": {"id": "c", "url": "x"}}


def test_records_diverged_before_revisions_were_kept_are_a_conflict() -> None:
    """Two copies upgraded from schema 1 separately: no revision tells who changed what."""
    tables = base_with("a")
    tables["meta"]["1"]["revisions"] = {}
    other = copy.deepcopy(tables)
    other["gear"]["1"]["name"] = "edited before the upgrade"
    result = merge_tables(tables, other, "mine")
    assert [c.ref for c in result.open_conflicts] == [("gear", "a")]
    assert not merge_tables(tables, copy.deepcopy(tables), "mine").changed


# ------------------------------------------------------------------ properties
EDIT = st.one_of(
    st.tuples(st.just("add")),
    st.tuples(st.just("set"), st.integers(0, 7), st.integers(0, 3)),
    st.tuples(st.just("delete"), st.integers(0, 7)),
    st.tuples(st.just("undelete")),  # an undo of the last deletion: same id, same content
)


def apply_edits(side: Copy, name: str, edits: list[tuple[Any, ...]]) -> tuple[set[str], set[str]]:
    """Make ``edits``; return the records changed (content really changed) and those added."""
    changed: set[str] = set()
    added: set[str] = set()
    deleted: list[dict[str, Any]] = []
    for number, edit in enumerate(edits):
        present = sorted(records(side.tables))
        if edit[0] == "undelete":
            if deleted:
                doc = deleted.pop()
                side.add(doc["id"], v=doc["v"])
                changed.add(doc["id"])
                if not doc["id"].startswith("base"):
                    added.add(doc["id"])
        elif edit[0] == "add":
            ident = f"{name}{number}"
            side.add(ident, v=0)
            changed.add(ident)
            added.add(ident)
        elif present:
            ident = present[edit[1] % len(present)]
            if edit[0] == "delete":
                deleted.append(records(side.tables)[ident])
                side.delete(ident)
                changed.add(ident)
                added.discard(ident)
            elif records(side.tables)[ident].get("v") != edit[2]:
                side.set(ident, v=edit[2])
                changed.add(ident)
    return changed, added


@given(
    st.integers(0, 5),
    st.lists(EDIT, max_size=8),
    st.lists(EDIT, max_size=8),
)
def test_random_edits_on_two_copies_merge_the_same_either_way(
    base_size: int, edits_a: list[tuple[Any, ...]], edits_b: list[tuple[Any, ...]]
) -> None:
    base = Copy(new_tables(), "base")
    for number in range(base_size):
        base.add(f"base{number}", v=0)
    a, b = Copy(base.tables, "aaaa"), Copy(base.tables, "bbbb")
    changed_a, added_a = apply_edits(a, "a", edits_a)
    changed_b, added_b = apply_edits(b, "b", edits_b)
    final_a, final_b = records(a.tables), records(b.tables)

    ab = merge_tables(a.tables, b.tables, "aaaa")
    ba = merge_tables(b.tables, a.tables, "bbbb")
    # Conflicts: exactly the records changed on both sides and left different.
    both = {i for i in changed_a & changed_b if final_a.get(i) != final_b.get(i)}
    assert {c.key for c in ab.conflicts} == both
    assert {c.key for c in ba.conflicts} == both
    # The same result whichever side merges, conflicts settled the same way.
    ab = merge_tables(a.tables, b.tables, "aaaa", prefer=Side.THEIRS)
    ba = merge_tables(b.tables, a.tables, "bbbb", prefer=Side.MINE)
    assert records(ab.tables) == records(ba.tables)
    merged = records(ab.tables)
    # Nothing added on either side is lost.
    assert added_a | added_b <= set(merged)
    # A record changed on one side only is that side's version (or gone, if deleted there).
    for ident in (changed_a - changed_b) | (changed_b - changed_a):
        final = final_a if ident in changed_a else final_b
        assert merged.get(ident) == final.get(ident)
    for ident in set(final_a) - changed_a - changed_b:
        assert merged[ident] == final_a[ident]
    # Merging the same copy again changes nothing.
    assert not merge_tables(ab.tables, b.tables, "aaaa").changed
    assert not merge_tables(ba.tables, a.tables, "bbbb").changed

"""``sledplanner merge``: merge another copy of a database into it, from the command line.

Exit codes: 0 merged (or nothing to merge); 1 conflicts without ``--prefer`` (listed field by
field, nothing written) or another problem; 3 the database is locked, missing or unreadable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_UNAVAILABLE = 3


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _describe(table: str, key: str, *docs: Any) -> str:
    """``TABLE record ID``, with the record's name or date when it has one."""
    for doc in docs:
        if isinstance(doc, dict):
            label = doc.get("name") or doc.get("date")
            if isinstance(label, str) and label:
                return f"{table} record {key} ({_value(label)})"
    return f"{table} record {key}"


def print_conflicts(conflicts: list[Any]) -> None:
    """List each conflict field by field on standard output."""
    for conflict in conflicts:
        where = _describe(conflict.table, conflict.key, conflict.mine, conflict.theirs)
        if conflict.mine is None or conflict.theirs is None:
            gone = "this copy" if conflict.mine is None else "the other copy"
            print(f"conflict: {where}: deleted in {gone}, changed in the other")
        else:
            print(f"conflict: {where}: changed in both copies")
        for difference in conflict.differences():
            mine = "(deleted)" if conflict.mine is None else _value(difference.mine)
            theirs = "(deleted)" if conflict.theirs is None else _value(difference.theirs)
            print(f"  {difference.name}: mine {mine} | theirs {theirs}")


def run_merge(database: Path, other: Path, prefer: str | None, dry_run: bool) -> int:
    """Merge ``other`` into ``database`` under its lock; print what happened; the exit code."""
    from sledplanner.app.device import device_id
    from sledplanner.app.lock import DatabaseLock
    from sledplanner.services.errors import DatabaseError
    from sledplanner.services.merge import SameCopyError, Side, merge_files

    side = None if prefer is None else Side(prefer)
    lock = DatabaseLock(database)
    if not dry_run and not lock.acquire():
        print(f"error: {_lock_message(database, lock)}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        report = merge_files(database, other, device_id(), prefer=side, dry_run=dry_run)
    except SameCopyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEM
    except DatabaseError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    finally:
        if not dry_run:
            lock.release()
    _print_taken_and_kept(report.result, other, dry_run)
    if report.open_conflicts:
        print_conflicts(report.open_conflicts)
        count = len(report.open_conflicts)
        print(
            f"error: {count} record{'s' if count != 1 else ''} changed in both copies: "
            f"nothing was written. Choose with --prefer mine or --prefer theirs, or merge in "
            f"the window to pick per record",
            file=sys.stderr,
        )
        return EXIT_PROBLEM
    _print_outcome(report, database, other, dry_run)
    return EXIT_OK


def _lock_message(database: Path, lock: Any) -> str:
    """Why the database could not be locked for the merge, and what to do."""
    if lock.held_by_another and lock.holder().elsewhere:
        return f"{lock.error()}; close SledPlanner there and merge again"
    if lock.held_by_another:
        return (
            f"{database}: another SledPlanner has the file open "
            f"({lock.holder().describe()}); merge there with its Merge button, or close it"
        )
    return f"{database}: cannot be locked for writing: {lock.cause()}"


def _print_taken_and_kept(result: Any, other: Path, dry_run: bool) -> None:
    """Say which records came from ``other`` and which conflicts --prefer settled."""
    for table, key, what in result.taken:
        verb = "would take" if dry_run else "took"
        print(f"{verb} {_describe(table, key)} from {other}: {what} there")
    for conflict in result.conflicts:
        chosen = result.settled.get(conflict.ref)
        if chosen is not None:
            verb = "would keep" if dry_run else "kept"
            where = _describe(conflict.table, conflict.key, conflict.mine, conflict.theirs)
            print(f"{verb} {chosen.value} for {where}")


def _print_outcome(report: Any, database: Path, other: Path, dry_run: bool) -> None:
    """Say what was written (or would be), and where the conflict copy went."""
    if dry_run:
        changes = len(report.result.taken) + len(report.result.settled)
        print(f"dry run: {changes} change{'s' if changes != 1 else ''}; {database} not written")
        return
    if report.written:
        print(f"merged {other} into {database}; backup first: {report.backup}")
    else:
        print(f"{database} already holds everything in {other}: nothing to write")
    if report.moved_to is not None:
        print(f"moved the conflict copy to {report.moved_to}")

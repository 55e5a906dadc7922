"""Runs one data-safety operation so test_kill_more.py can SIGKILL it at a random moment.

Usage:
    python kill_more_worker.py migrate DATABASE        upgrade schema 1 -> 3 with synthetic steps
    python kill_more_worker.py backup DATABASE         write backups in a loop, printing each path
    python kill_more_worker.py restore DATABASE A B    restore A, B, A, B... printing each index

Each mode prints ``ready`` once its imports are done, then one line per finished operation.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from sledplanner.storage.backups import restore_backup, write_backup
from sledplanner.storage.database import open_database
from sledplanner.storage.migrations import Migration

TARGET = 3


def _to_2(tables: dict[str, Any]) -> dict[str, Any]:
    for record in tables.get("items", {}).values():
        record["double"] = record["n"] * 2
    return tables


def _to_3(tables: dict[str, Any]) -> dict[str, Any]:
    for record in tables.get("items", {}).values():
        record["label"] = record.pop("name")
    return tables


STEPS = (Migration(2, "add double", _to_2), Migration(3, "rename name to label", _to_3))


def say(line: str) -> None:
    sys.stdout.write(f"{line}\n")
    sys.stdout.flush()


def main() -> None:
    mode, database = sys.argv[1], Path(sys.argv[2])
    say("ready")
    if mode == "migrate":
        open_database(database, migrations=STEPS, target=TARGET).close()
        say("done")
    elif mode == "backup":
        while True:
            say(str(write_backup(database, "before-import")))
    elif mode == "restore":
        sources = [Path(sys.argv[3]), Path(sys.argv[4])]
        for index in range(1_000_000):
            restore_backup(sources[index % 2], database)
            say(str(index))
    else:
        raise SystemExit(f"unknown mode {mode}")


if __name__ == "__main__":
    main()

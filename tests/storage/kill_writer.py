"""Writes to a database in a loop, printing each write's number once the write has returned.

Run by test_kill.py, which kills this process with SIGKILL at random moments.
Usage: python kill_writer.py DATABASE
"""

from __future__ import annotations

import sys
from pathlib import Path

from sledplanner.storage.database import open_database


def main() -> None:
    database = open_database(Path(sys.argv[1]), create=True)
    writes = database.db.table("writes")
    counter = database.db.table("counter")
    start = max((doc["i"] for doc in writes.all()), default=-1) + 1
    if not counter.all():
        counter.insert({"last": -1})
    for i in range(start, start + 1_000_000):
        writes.insert({"i": i, "pad": "sled " * (i % 50)})
        if i % 3 == 0:
            counter.update({"last": i})
        if i % 7 == 0 and i > 0:
            writes.update({"pad": "updated"}, doc_ids=[1])
        sys.stdout.write(f"{i}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()

"""Writes to a database in a loop, printing each write's number once it is on disk.

Run by test_kill.py, which kills this process with SIGKILL at random moments. By default each
write is on disk when it returns, and its number is printed then. With ``--behind`` a writer
thread saves in the background (as in the window), and a number is printed only once the
writer reports a save that includes it.
Usage: python kill_writer.py DATABASE [--behind]
"""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

from sledplanner.storage.database import open_database


def main() -> None:
    database = open_database(Path(sys.argv[1]), create=True)
    behind = "--behind" in sys.argv[2:]
    storage = database.storage
    waiting: list[tuple[int, int]] = []  # (generation, number) not reported yet
    guard = threading.Lock()

    def saved(generation: int) -> None:
        with guard:
            done = [i for g, i in waiting if g <= generation]
            waiting[:] = [(g, i) for g, i in waiting if g > generation]
        if done:
            sys.stdout.write("".join(f"{i}\n" for i in done))
            sys.stdout.flush()

    if behind:
        storage.start_write_behind(saved, lambda error: sys.stderr.write(f"{error}\n"))
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
        if behind:
            with guard:
                waiting.append((storage.generation, i))
            # A person's pace, not a tight loop: without it the table grows by thousands of
            # records between kills and every restart reads a file of tens of megabytes.
            time.sleep(0.002)
        else:
            sys.stdout.write(f"{i}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()

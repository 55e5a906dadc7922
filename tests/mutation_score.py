"""Print the mutation score of each mutated file from mutmut's results (run by `make mutation`).

mutmut keeps one ``.meta`` file per mutated source file under ``mutants/``, mapping each mutant
to the exit code of its test run: 1 means a test failed (killed), 0 means every test passed
(survived), 33 means no test covers the mutated function, and timeouts or crashes are killed
too. The score is killed / all checked mutants, per file and overall. Not a test: pytest does
not collect it (its name does not start with ``test_``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SURVIVED = 0
NOT_COVERED = 33
NOT_RUN = None


def main() -> int:
    """Print the table; exit 1 when there are no results."""
    metas = sorted(Path("mutants").rglob("*.py.meta"))
    if not metas:
        print("no mutmut results under mutants/: run `make mutation` first", file=sys.stderr)
        return 1
    total_killed = total_checked = 0
    print(f"{'file':60} {'killed':>7} {'survived':>9} {'no test':>8} {'score':>7}")
    for meta in metas:
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"].values()
        checked = [code for code in codes if code is not NOT_RUN]
        survived = sum(1 for code in checked if code == SURVIVED)
        uncovered = sum(1 for code in checked if code == NOT_COVERED)
        killed = len(checked) - survived - uncovered
        total_killed += killed
        total_checked += len(checked)
        score = 100 * killed / len(checked) if checked else 100.0
        name = str(meta.relative_to("mutants")).removesuffix(".meta")
        print(f"{name:60} {killed:7} {survived:9} {uncovered:8} {score:6.1f}%")
    overall = 100 * total_killed / total_checked if total_checked else 100.0
    print(f"{'all':60} {total_killed:7} {'':9} {'':8} {overall:6.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

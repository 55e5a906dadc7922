"""Schema migrations: numbered steps that upgrade an older database file, all or nothing.

Each step lives in its own module ``to_NN.py`` and is listed in :data:`MIGRATIONS`. A step takes
the raw tables of schema ``NN - 1`` and returns the tables of schema ``NN``. Steps run in order on
an in-memory copy; the file is written once, after the last step, so a failure changes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

Tables = dict[str, Any]

#: The schema this version of SledPlanner writes and reads.
SCHEMA_VERSION = 2


@dataclass(frozen=True)
class Migration:
    """One upgrade step from schema ``target - 1`` to schema ``target``."""

    target: int
    name: str
    apply: Callable[[Tables], Tables]


def _to_02(tables: Tables) -> Tables:
    from sledplanner.storage.migrations.to_02 import upgrade

    return upgrade(tables)


#: Every step, in order (schema 1 is the first released schema).
MIGRATIONS: tuple[Migration, ...] = (Migration(2, "add record revisions and tombstones", _to_02),)


class MigrationStepError(Exception):
    """A step failed or broke the rules; carries the step's name."""

    def __init__(self, step: str, reason: Exception | str) -> None:
        """Describe the failure of ``step``."""
        super().__init__(str(reason))
        self.step = step
        self.reason = reason


def pending(
    found: int, migrations: Sequence[Migration], target: int = SCHEMA_VERSION
) -> list[Migration]:
    """Return the steps that take schema ``found`` to ``target``, checking none is missing."""
    steps = sorted((m for m in migrations if found < m.target <= target), key=lambda m: m.target)
    expected = list(range(found + 1, target + 1))
    if [m.target for m in steps] != expected:
        missing = sorted(set(expected) - {m.target for m in steps})
        raise MigrationStepError("plan", f"no migration step to schema version(s) {missing}")
    return steps


def migrate(
    tables: Tables,
    found: int,
    migrations: Sequence[Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
) -> Tables:
    """Run the pending steps on a deep copy of ``tables`` and return the upgraded copy.

    The input is never changed. The result's ``meta`` table records ``target``.

    Raises:
        MigrationStepError: A step raised, or the plan has a gap.
    """
    work = copy.deepcopy(tables)
    for step in pending(found, migrations, target):
        try:
            work = step.apply(work)
        except Exception as exc:  # a step may fail in any way; report it with its name
            raise MigrationStepError(step.name, exc) from exc
        if not isinstance(work, dict):
            raise MigrationStepError(step.name, "the step did not return the tables")
        meta = work.setdefault("meta", {})
        record = meta.setdefault("1", {})
        record["schema_version"] = step.target
    return work

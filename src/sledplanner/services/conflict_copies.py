"""Finding the conflict copies sync tools leave beside a database.

When two machines change a synced file while apart, the sync tool keeps one version under the
file's name and renames the other:

* Syncthing: ``NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICEID.json``
* Dropbox: ``NAME (HOST's conflicted copy YYYY-MM-DD).json`` (maybe with `` (2)`` added)
* Nextcloud: ``NAME (conflicted copy YYYY-MM-DD HHMMSS).json``

The window's own "keep both" copy, ``NAME.conflict-YYYYMMDD-HHMMSS.json``, holds changes that
are in no database just the same, and is found too (tool ``SledPlanner``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sledplanner.storage.atomic import real_target

#: The tool name of the window's own "keep both" copies.
SLEDPLANNER = "SledPlanner"


@dataclass(frozen=True)
class ConflictCopy:
    """A conflict copy of a database, and the tool whose naming it follows."""

    path: Path
    tool: str


def _patterns(database: Path) -> list[tuple[str, re.Pattern[str]]]:
    stem = re.escape(database.stem)
    suffix = re.escape(database.suffix or ".json")
    return [
        ("Syncthing", re.compile(rf"{stem}\.sync-conflict-\d{{8}}-\d{{6}}-[A-Z0-9]{{7}}{suffix}")),
        (
            "Dropbox",
            re.compile(
                rf"{stem} \(.+'s conflicted copy \d{{4}}-\d{{2}}-\d{{2}}(?: \(\d+\))?\)"
                rf"(?: \(\d+\))?{suffix}"
            ),
        ),
        (
            "Nextcloud",
            re.compile(rf"{stem} \(conflicted copy \d{{4}}-\d{{2}}-\d{{2}} \d{{6}}\){suffix}"),
        ),
        # The window's own "keep both" copy: its changes, kept when the file changed elsewhere.
        (SLEDPLANNER, re.compile(rf"{stem}\.conflict-\d{{8}}-\d{{6}}(?:-\d+)?{suffix}")),
    ]


def conflict_tool(database: Path, candidate: Path) -> str | None:
    """The sync tool whose conflict copy of ``database`` ``candidate`` is named as; else None."""
    for tool, pattern in _patterns(database):
        if pattern.fullmatch(candidate.name):
            return tool
    return None


def find_conflict_copies(database: Path) -> list[ConflictCopy]:
    """Every conflict copy beside ``database``, oldest name first.

    For a linked database the folder of the link's target is searched too: the sync tool
    works there.
    """
    database = Path(database)
    places = [database]
    try:
        target = real_target(database)
    except OSError:
        target = database
    if target != database:
        places.append(target)
    found: dict[Path, ConflictCopy] = {}
    for place in places:
        try:
            entries = sorted(place.parent.iterdir())
        except OSError:
            continue
        for entry in entries:
            tool = conflict_tool(place, entry)
            if tool is not None and entry.is_file():
                found.setdefault(entry.absolute(), ConflictCopy(entry, tool))
    return list(found.values())

"""Telling a SledPlanner database from other JSON files in a folder, without opening it."""

from __future__ import annotations

from pathlib import Path

import orjson

from sledplanner.storage.atomic import open_regular
from sledplanner.storage.database import MAX_DATABASE_BYTES, META_TABLE


def is_other_json(path: Path) -> bool:
    """Whether ``path`` is valid JSON that is plainly not a SledPlanner database.

    That is a JSON value other than an object, or an object without a ``meta`` table. A file
    that cannot be read, is not JSON (a truncated database, say) or has a ``meta`` table is
    not "other": it may be a damaged database and is shown with its problem.
    """
    try:
        with open_regular(path) as handle:
            raw = handle.read(MAX_DATABASE_BYTES + 1)
        value = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf"))
    except (OSError, orjson.JSONDecodeError, RecursionError):
        return False
    return not isinstance(value, dict) or META_TABLE not in value

"""Opening, checking, creating and upgrading a SledPlanner database file.

A file is read and checked completely before TinyDB sees it. A problem with the file raises a
:class:`~sledplanner.storage.errors.DatabaseError` and leaves the file exactly as it was.
"""

from __future__ import annotations

import errno
import json
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import orjson
from tinydb import TinyDB

from sledplanner.storage.atomic import (
    AtomicJSONStorage,
    open_regular,
    real_target,
    serialise,
    write_atomically,
)
from sledplanner.storage.backups import backup_before_migration
from sledplanner.storage.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseExistsError,
    DatabaseFileReadOnlyError,
    DatabaseMissingError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    DatabaseWriteError,
    MigrationError,
)
from sledplanner.storage.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    MigrationStepError,
    Tables,
    migrate,
)
from sledplanner.storage.revisions import REVISIONS, TOMBSTONES
from sledplanner.storage.tracked import TrackedTable

#: A record key: a whole number in plain ASCII digits without leading zeros ("01" would be
#: the same record as "1", "²" is a digit to Python but no number).
_RECORD_KEY = re.compile(r"0|[1-9][0-9]*")

#: The largest file read as a database; a 50,000-session file is about 20 MB.
MAX_DATABASE_BYTES = 512 * 2**20

META_TABLE = "meta"
META_DOC_ID = "1"


def _line_and_column(text: str, position: int) -> tuple[int, int]:
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return line, column


def _ends_early(text: str) -> bool:
    """Whether ``text`` stops inside a string, object or array: the sign of a truncated file."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return in_string or depth > 0


class _NotJsonNumber(ValueError):
    """NaN or Infinity: Python's reader accepts them, JSON (and the app's writer) does not."""

    def __init__(self, constant: str) -> None:
        super().__init__(constant)
        self.constant = constant


def _refuse_constant(constant: str) -> Any:
    raise _NotJsonNumber(constant)


def read_tables(path: Path) -> Tables:
    """Read ``path`` and return its tables after checking their shape, never changing the file.

    Raises:
        DatabaseMissingError: There is no file.
        DatabaseUnreadableError: The file cannot be read.
        DatabaseCorruptError: The file is empty, not UTF-8, not JSON, or not shaped like a
            SledPlanner database; the message gives the line and column where that is known.
    """
    return _read(path)[0]


def _read(path: Path) -> tuple[Tables, bytes, os.stat_result]:
    """Read and check ``path`` (see :func:`read_tables`); also return its bytes and status."""
    try:
        with open_regular(path) as handle:
            stat = os.fstat(handle.fileno())
            # The size first: reading "at most N bytes" would reserve N bytes for the read.
            raw = handle.read() if stat.st_size <= MAX_DATABASE_BYTES else b""
        if stat.st_size > MAX_DATABASE_BYTES or len(raw) > MAX_DATABASE_BYTES:
            raise OSError(
                errno.EFBIG,
                f"is larger than {MAX_DATABASE_BYTES // 2**20} MB, too large to be a database",
            )
    except FileNotFoundError as exc:
        raise DatabaseMissingError(path) from exc
    except OSError as exc:
        raise DatabaseUnreadableError(path, exc) from exc
    return parse_tables(path, raw), raw, stat


def parse_tables(path: Path, raw: bytes) -> Tables:
    """Decode and check the bytes ``raw`` of the file ``path`` (see :func:`read_tables`)."""
    # isspace() stops at the first other byte; strip() would copy the whole file first.
    if not raw or raw.isspace():
        size = "0 bytes" if not raw else "only white space"
        raise DatabaseCorruptError(path, f"the file is empty ({size}); it holds no database")
    body = raw.removeprefix(b"\xef\xbb\xbf")
    try:
        # orjson is strict JSON (no NaN) and UTF-8, and several times faster; the standard
        # reader below only runs to explain a file orjson refused.
        tables = orjson.loads(body)
    except (orjson.JSONDecodeError, RecursionError) as exc:
        _explain_invalid_json(path, _text(path, raw), str(exc))
    _check_shape(path, tables)
    _check_round_trip(path, body, raw, tables)
    return tables  # type: ignore[no-any-return]


def _text(path: Path, raw: bytes) -> str:
    """Return the file's bytes as text, or raise the error that says where it is not UTF-8.

    Only needed to explain a file (a large one takes tens of milliseconds to decode).
    """
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = _line_and_column(raw[: exc.start].decode("utf-8", "replace"), exc.start)
        raise DatabaseCorruptError(
            path, f"not UTF-8 text (byte {exc.start}): not a SledPlanner database", line, column
        ) from exc


#: The widest integer that is read and written back exactly (orjson reads wider ones as floats).
_EXACT_INT = range(-(2**63), 2**64)


class _Duplicate(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


class _TooWide(ValueError):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise _Duplicate(key)
        found[key] = value
    return found


def _exact_int(text: str) -> int:
    value = int(text)
    if value not in _EXACT_INT:
        raise _TooWide(text)
    return value


def _check_round_trip(path: Path, body: bytes, raw: bytes, tables: Any) -> None:
    """Refuse a file the app would change by saving it: it must be written back as it was read.

    A file the app wrote itself encodes to the same bytes, which is checked first and costs a
    few milliseconds. Any other file (edited by hand, or by another program) is read once more
    with the standard reader to find what would not survive a save: a key given twice (the
    second would silently replace the first), an integer wider than 64 bits (it would come
    back as a float), or nesting deeper than the writer allows.
    """
    try:
        again = serialise(tables)
    except (orjson.JSONEncodeError, TypeError) as exc:
        raise DatabaseCorruptError(
            path, f"the file cannot be written back as it is ({exc}): nested too deeply?"
        ) from exc
    if again == body:
        return
    text = _text(path, raw)
    try:
        json.loads(text, object_pairs_hook=_unique_pairs, parse_int=_exact_int)
    except _Duplicate as exc:
        line, column = _line_and_column(text, text.find(json.dumps(exc.key, ensure_ascii=False)))
        raise DatabaseCorruptError(
            path,
            f"the key {json.dumps(exc.key, ensure_ascii=False)} is given twice in one object; "
            "a save would keep "
            "only the last one",
            line,
            column,
        ) from exc
    except _TooWide as exc:
        line, column = _line_and_column(text, text.find(exc.text))
        raise DatabaseCorruptError(
            path,
            f"the number {exc.text[:30]} is too large to keep exactly (over 64 bits)",
            line,
            column,
        ) from exc


def _explain_invalid_json(path: Path, text: str, why: str) -> NoReturn:
    """Raise the error that says where and why ``text`` is not valid JSON."""
    try:
        json.loads(text, parse_constant=_refuse_constant)
    except _NotJsonNumber as exc:
        line, column = _line_and_column(text, text.find(exc.constant))
        raise DatabaseCorruptError(
            path, f"not valid JSON: {exc.constant} is not a number JSON allows", line, column
        ) from exc
    except json.JSONDecodeError as exc:
        if _ends_early(text):
            problem = "the file ends too early: it looks truncated"
        else:
            problem = f"not valid JSON: {exc.msg}"
        raise DatabaseCorruptError(path, problem, exc.lineno, exc.colno) from exc
    except RecursionError as exc:
        raise DatabaseCorruptError(path, "not valid JSON: nested too deeply") from exc
    except ValueError as exc:  # a number of thousands of digits (Python's limit)
        raise DatabaseCorruptError(path, f"not valid JSON: {exc}") from exc
    # Python's reader takes it, the strict one does not: nesting deeper than it allows, or
    # text with an unpaired surrogate, which could not be written back.
    raise DatabaseCorruptError(path, f"not valid JSON: {why}")


def _check_shape(path: Path, tables: Any) -> None:
    if not isinstance(tables, dict):
        raise DatabaseCorruptError(
            path, f"expected a JSON object of tables, found {type(tables).__name__}"
        )
    if META_TABLE not in tables:
        # Some other program's JSON: say so before anything about its inside.
        raise DatabaseCorruptError(
            path, "no 'meta' table with a schema_version: not a SledPlanner database"
        )
    for name, table in tables.items():
        if not isinstance(table, dict):
            raise DatabaseCorruptError(path, f"table '{name}' is not a JSON object")
        for doc_id, doc in table.items():
            if not _RECORD_KEY.fullmatch(doc_id):
                plain = (
                    f" (write it as {int(doc_id)})" if doc_id.isascii() and doc_id.isdigit() else ""
                )
                raise DatabaseCorruptError(
                    path,
                    f"table '{name}': record key '{doc_id}' is not a plain number{plain}",
                )
            if not isinstance(doc, dict):
                raise DatabaseCorruptError(
                    path, f"table '{name}', record {doc_id}: not a JSON object"
                )
    schema_version(path, tables)


def schema_version(path: Path, tables: Tables) -> int:
    """Return the ``schema_version`` recorded in the ``meta`` table.

    Raises:
        DatabaseCorruptError: There is no ``meta`` table or no valid version in it.
    """
    meta = tables.get(META_TABLE)
    if not meta:
        raise DatabaseCorruptError(
            path, "no 'meta' table with a schema_version: not a SledPlanner database"
        )
    record = meta.get(META_DOC_ID)
    version = record.get("schema_version") if isinstance(record, dict) else None
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DatabaseCorruptError(
            path, f"meta.schema_version must be a whole number of at least 1, found {version!r}"
        )
    return version


def new_tables() -> Tables:
    """Return the tables of a new, empty database at the current schema."""
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    header = {"schema_version": SCHEMA_VERSION, "created": created, REVISIONS: {}, TOMBSTONES: {}}
    return {META_TABLE: {META_DOC_ID: header}}


class SledDB(TinyDB):
    """TinyDB whose tables change records in place (see :mod:`sledplanner.storage.tracked`)."""

    table_class = TrackedTable


@dataclass
class Database:
    """An open database file: the TinyDB handle over an atomic storage, and how it was opened."""

    path: Path
    db: TinyDB
    read_only: bool
    #: The schema the file had on disk when opened (older than current if it was upgraded).
    found_version: int
    #: The backup written before an upgrade, if there was one.
    migration_backup: Path | None = None

    @property
    def storage(self) -> AtomicJSONStorage:
        """The storage under the TinyDB handle."""
        storage = self.db.storage
        assert isinstance(storage, AtomicJSONStorage)
        return storage

    def table_counts(self) -> dict[str, int]:
        """Return the number of records in each table, the ``meta`` table excluded."""
        names = sorted(name for name in self.db.tables() if name != META_TABLE)
        return {name: len(self.db.table(name)) for name in names}

    def close(self) -> None:
        """Close the handle after the writer thread, if any, has written what it holds."""
        self.db.close()


def is_writable(path: Path) -> bool:
    """Whether ``path`` may be replaced: the file has a write bit and the folder is writable."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if os.name != "nt" and not mode & 0o222:
        return False
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def create_database(path: Path) -> None:
    """Write a new, empty database at ``path``, creating its folder when needed.

    Raises:
        DatabaseExistsError: A file is already there; it is left untouched.
        DatabaseWriteError: The file could not be written.
    """
    if path.exists():
        raise DatabaseExistsError(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, serialise(new_tables()))
    except OSError as exc:
        raise DatabaseWriteError(path, exc) from exc


def open_database(
    path: Path,
    *,
    create: bool = False,
    read_only: bool = False,
    migrations: Sequence[Migration] = MIGRATIONS,
    target: int = SCHEMA_VERSION,
    device_id: str | Callable[[], str] | None = None,
) -> Database:
    """Open the database at ``path``, creating or upgrading it as allowed.

    Args:
        path: The database file.
        create: Create an empty database when there is no file (never when one exists).
        read_only: Never write: an older file is upgraded in memory only.
        migrations: The upgrade steps (tests pass their own).
        target: The schema to upgrade to (tests pass their own).
        device_id: The installation's device id, stamped on every record change (see
            :mod:`sledplanner.storage.revisions`); None stamps this process's own id.

    Raises:
        DatabaseError: The file is missing (and ``create`` is false), unreadable, corrupt, newer
            than this version, or its upgrade failed. The file is unchanged in every case.
    """
    path = Path(path)
    try:
        real = real_target(path)  # a link into a folder not there: never a new database
    except FileNotFoundError as exc:
        raise DatabaseUnreadableError(path, exc) from exc
    if create and not path.exists():
        if read_only:
            raise DatabaseMissingError(path)
        create_database(path)
    tables, raw, stat = _read(path)
    if not read_only and not is_writable(real):  # the linked file's folder, for a link
        raise DatabaseFileReadOnlyError(path)
    found = schema_version(path, tables)
    if found > target:
        raise DatabaseTooNewError(path, found, target)
    backup: Path | None = None
    known: bytes | None = raw
    if found < target:
        known = None  # upgraded: the storage learns the file (or memory) as it is now
        try:
            upgraded = migrate(tables, found, migrations, target)
        except MigrationStepError as exc:
            raise MigrationError(path, exc.step, exc.reason) from exc
        if not read_only:
            backup = backup_before_migration(path, found)
            try:
                write_atomically(path, serialise(upgraded))
            except (OSError, ValueError, TypeError) as exc:
                raise MigrationError(path, "write", exc) from exc
        tables = upgraded
    db = SledDB(
        path,
        tables,
        read_only=read_only,
        raw=known,
        stat=stat if known is not None else None,
        storage=AtomicJSONStorage,
        device_id=device_id,
    )
    return Database(path, db, read_only, found, backup)


__all__ = [
    "Database",
    "DatabaseError",
    "create_database",
    "new_tables",
    "open_database",
    "parse_tables",
    "read_tables",
    "schema_version",
]

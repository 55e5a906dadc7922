"""Crash-safe file writing and a TinyDB storage that never leaves a half-written file."""

from __future__ import annotations

import collections
import contextlib
import errno
import itertools
import os
import re
import stat
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from enum import Enum
from pathlib import Path
from typing import Any, BinaryIO

import orjson
from tinydb.storages import Storage

from sledplanner.storage.errors import (
    DatabaseChangedOnDiskError,
    DatabaseError,
    DatabaseFileGoneError,
    DatabaseReadOnlyError,
    DatabaseWriteError,
)


def fsync_directory(folder: Path) -> None:
    """Flush a folder's entry table to disk, so a rename inside it survives a power cut.

    Some platforms (Windows) cannot open a folder; there the rename is already durable enough.
    """
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a folder: the app reads and writes files only."""


def _kind(mode: int) -> str:
    for test, words in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return words
    return "not a regular file"


def open_regular(path: Path) -> BinaryIO:
    """Open ``path`` for reading when it is a regular file (a link to one is followed).

    The file is opened without blocking, so a FIFO cannot hold the caller, and checked on the
    open descriptor, so nothing can be swapped in between the check and the read.

    Raises:
        NotRegularFileError: It is a FIFO, a device, a socket or a folder.
        OSError: It cannot be opened (missing, no permission, a link loop).
    """
    # O_NONBLOCK and O_CLOEXEC are POSIX; Windows has neither (and no FIFOs to block on), and
    # needs O_BINARY so that CR LF and Ctrl-Z are read as bytes.
    nonblock = getattr(os, "O_NONBLOCK", 0)
    flags = os.O_RDONLY | nonblock | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = _kind(info.st_mode)
            raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a file", str(path))
        if nonblock:
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_writable_target(path: Path) -> None:
    """Refuse to replace anything but a regular file (or nothing) at ``path``.

    Raises:
        NotRegularFileError: ``path`` is a device, FIFO, socket or folder (``/dev/full``).
        OSError: Its status cannot be read (a link loop).
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        kind = _kind(info.st_mode)
        raise NotRegularFileError(errno.EINVAL, f"is {kind}, not a file", str(path))


def real_target(path: Path) -> Path:
    """The file a write of ``path`` must replace: ``path``, or the file a link at it points to.

    A database linked into a synced folder stays a link: the write goes through to its target.

    Raises:
        FileNotFoundError: ``path`` is a link whose target does not exist (a sync folder that is
            not mounted, say); nothing must be created in its place.
    """
    if not path.is_symlink():
        return path
    target = Path(os.path.realpath(path))
    if not target.exists():
        raise FileNotFoundError(
            errno.ENOENT,
            f"is a link to {target}, which does not exist (a folder not mounted?)",
            str(path),
        )
    return target


def write_atomically(
    path: Path, payload: bytes, before_replace: Callable[[], None] | None = None
) -> None:
    """Replace ``path`` with ``payload`` so that readers see the old or the new file, never a mix.

    The bytes go to a temporary file in the same folder, which is flushed and fsynced, then
    renamed over the target with ``os.replace``; finally the folder is fsynced. A link is
    written through: its target is replaced and the link stays (see :func:`real_target`).
    ``before_replace`` runs between the fsync and the rename; when it raises, nothing is
    replaced and the exception goes on.

    Raises:
        OSError: The write failed (disk full, permission denied, a dangling link...). The
            target is untouched and the temporary file is removed.
    """
    path = real_target(path)
    check_writable_target(path)
    folder = path.parent
    mode = _target_mode(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if before_replace is not None:
            before_replace()
        _replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(folder)


#: A temporary file of :func:`write_atomically` older than this is left over from a killed write.
STALE_TEMPORARY_S = 60


def remove_stale_temporaries(path: Path, *, now: float | None = None) -> list[Path]:
    """Delete the temporary files that killed writes of ``path`` left beside it; return them.

    Only files named as :func:`write_atomically` names them (``.NAME.XXXXXXXX.tmp``, the eight
    random characters of ``mkstemp``) and untouched for :data:`STALE_TEMPORARY_S` seconds are
    deleted, so a write in progress is never touched. Call it while holding the database's lock.
    Files that cannot be deleted are left; nothing is raised.
    """
    pattern = re.compile(rf"\.{re.escape(path.name)}\.[A-Za-z0-9_]{{8}}\.tmp")
    limit = (time.time() if now is None else now) - STALE_TEMPORARY_S
    removed: list[Path] = []
    try:
        candidates = [p for p in path.parent.iterdir() if pattern.fullmatch(p.name)]
    except OSError:
        return removed
    for candidate in candidates:
        try:
            info = candidate.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < limit:
                candidate.unlink()
                removed.append(candidate)
        except OSError:
            continue
    return removed


def _target_mode(path: Path) -> int:
    """Return the permissions the written file should have.

    An existing file keeps its own; a new one gets what ``open()`` would give it (0666 less the
    umask), not the 0600 of a temporary file.

    Raises:
        PermissionError: The existing file is read-only: it must not be replaced behind the
            user's back.
    """
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if os.name != "nt" and not mode & 0o222:
        raise PermissionError(13, "the file is read-only", str(path))
    return mode


def _replace(source: Path, target: Path) -> None:
    """Rename ``source`` over ``target``, retrying briefly where another program holds it open."""
    attempts = 5 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def serialise(data: Mapping[str, Any], step: int | None = None) -> bytes:
    """Turn the database's tables into the bytes written to disk (UTF-8 JSON, TinyDB's layout).

    Each table is one line, so a file of tens of thousands of records is written in a few
    milliseconds (orjson) and still reads well in a text editor or a diff. With ``step``, a
    table is encoded ``step`` records at a time, the same bytes in several calls: between
    them other threads get the interpreter (one call on 50,000 sessions would hold it for
    tens of milliseconds).
    """
    lines = [orjson.dumps(name) + b": " + _table_bytes(table, step) for name, table in data.items()]
    if not lines:
        return b"{}\n"
    return b"{\n" + b",\n".join(lines) + b"\n}\n"


def _table_bytes(table: Mapping[str, Any], step: int | None) -> bytes:
    if step is None or len(table) <= step:
        return orjson.dumps(table)
    records = iter(table.items())
    parts = []
    while chunk := dict(itertools.islice(records, step)):
        parts.append(orjson.dumps(chunk)[1:-1])  # the records, without the braces
    return b"{" + b",".join(parts) + b"}"


class DiskState(Enum):
    """How the file on disk compares with what the storage last read or wrote."""

    SAME = "same"
    CHANGED = "changed"
    GONE = "gone"


def _stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    """The cheap fingerprint of a file: size, modification and change times, inode."""
    return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def digest(payload: bytes) -> str:
    """The SHA-256 of ``payload``, as hex."""
    # Loaded on the first use, not at start-up: hashlib maps OpenSSL's libcrypto (about 4 MB).
    # Its SHA-256 lets other threads run while it hashes, unlike CPython's own.
    import hashlib

    return hashlib.sha256(payload).hexdigest()


#: How long the writer thread lets the window redraw after a change before it writes.
WRITE_DELAY_S = 0.05

#: Records the writer thread encodes per call (see serialise): a few milliseconds each.
WRITER_STEP = 2000

#: How many recent changes of a table :meth:`AtomicJSONStorage.changes_since` can tell about.
JOURNAL_LENGTH = 64

#: Called by the write-behind thread: ``saved(generation)`` after a write reached the disk,
#: ``failed(error)`` when one did not (memory keeps every change; see AtomicJSONStorage).
SavedCallback = Callable[[int], None]
FailedCallback = Callable[[DatabaseError], None]


class AtomicJSONStorage(Storage):
    """A TinyDB storage that keeps the tables in memory and writes the file atomically.

    The tables are loaded and checked once, before TinyDB sees them (see
    ``sledplanner.storage.database``), and handed in as ``initial``. Tables change in place (see
    :class:`~sledplanner.storage.tracked.TrackedTable`) under :attr:`lock`; every change raises
    :attr:`generation` and the version of its table.

    **Writing.** By default every change is written before it returns: serialised, then put in
    place through :func:`write_atomically`. When that fails, the caller rolls memory back, so
    memory never claims more than the file holds, and the error is raised as
    :class:`DatabaseWriteError`. After :meth:`start_write_behind` (the window does so) a change
    returns as soon as memory holds it, and one writer thread owns the file: it takes the
    newest state, writes it atomically and reports the generation it saved. Changes made while
    it writes are coalesced into its next write. A failed write keeps memory as it is, holds
    later changes in memory (:attr:`deferring`) and reports the error; :meth:`flush` writes
    them. :meth:`close` drains the writer first, so nothing is lost on quit.

    **Changes made elsewhere.** The storage remembers the hash (and size and times) of the bytes
    it last read or wrote. A write first checks the file: if another program changed it, the
    write is refused with :class:`DatabaseChangedOnDiskError` (the refused tables are kept in
    :attr:`refused` when memory was rolled back), and a file moved or deleted while open raises
    :class:`DatabaseFileGoneError` instead of being recreated.
    """

    def __init__(
        self,
        path: Path,
        initial: dict[str, Any],
        *,
        read_only: bool = False,
        raw: bytes | None = None,
        stat: os.stat_result | None = None,
        device_id: str | Callable[[], str] | None = None,
    ) -> None:
        """Wrap ``path`` whose current, already validated content is ``initial``.

        ``raw`` and ``stat`` are the bytes and the status of the file ``initial`` was read from;
        without them the file is read again to learn what is on disk. ``device_id`` names this
        installation in the revisions of the records it changes (see storage.revisions).
        """
        super().__init__()
        self.path = path
        #: The device id stamped on every record change (None: this process's own id; a
        #: function is called on the first change, so opening a file creates nothing).
        self.device_id = device_id
        self.read_only = read_only
        self._data = initial
        #: Held while the tables change or are serialised (the writer thread takes it too).
        self.lock = threading.RLock()
        # Held while the file is checked or replaced; taken after ``lock``, never before it.
        self._disk_lock = threading.Lock()
        #: Raised by every change to the tables held in memory.
        self.generation = 0
        self._saved_generation = 0
        self._versions: dict[str, int] = {}
        # The record keys each recent change touched, per table: (version, keys or None = all).
        self._journal: dict[str, collections.deque[tuple[int, frozenset[str] | None]]] = {}
        #: The tables of the last write refused because the file had changed on disk.
        self.refused: dict[str, Any] | None = None
        #: Keep writes in memory only (see the class docstring).
        self.deferring = False
        self._writer: _WriteBehind | None = None
        self._known_key: tuple[int, int, int, int] | None = None
        if raw is None:
            self._durable = serialise(initial)
            self._known_digest: str | None = digest(self._durable)
            if not read_only:
                self._learn_disk(initial)
        else:
            self._durable = raw
            self._known_digest = None  # hashed when first needed (see _digest_known)
            if stat is not None:
                self._known_key = _stat_key(stat)

    def _learn_disk(self, initial: dict[str, Any]) -> None:
        """Remember the file as it is now, if it still holds ``initial`` (else: it changed)."""
        try:
            with open_regular(self.path) as handle:
                st = os.fstat(handle.fileno())
                raw = handle.read()
        except OSError:
            return
        try:
            same = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf")) == initial
        except (ValueError, RecursionError):
            same = False
        if same:
            self._durable = raw
            self._known_key = _stat_key(st)
            self._known_digest = digest(raw)

    # ------------------------------------------------------------------ reading
    def read(self) -> dict[str, Any]:
        """Return the tables; they change in place under :attr:`lock`."""
        return self._data

    def table_version(self, name: str) -> int:
        """A number that changes whenever the table ``name`` changes (for caches)."""
        return self._versions.get(name, 0)

    def changes_since(self, name: str, version: int) -> frozenset[str] | None:
        """The record keys of ``name`` changed after ``version``; None when that is not known.

        Lets a cache catch up by re-reading a few records instead of the whole table. Only
        the last :data:`JOURNAL_LENGTH` changes of a table are remembered.
        """
        current = self._versions.get(name, 0)
        if version == current:
            return frozenset()
        entries = [entry for entry in self._journal.get(name, ()) if entry[0] > version]
        if len(entries) != current - version:
            return None  # forgotten already, or a version this storage never had
        keys: set[str] = set()
        for _, touched in entries:
            if touched is None:
                return None
            keys |= touched
        return frozenset(keys)

    @property
    def unsaved(self) -> bool:
        """Memory holds changes the file does not have yet."""
        return self._saved_generation != self.generation

    @property
    def unsaved_changes(self) -> int:
        """How many changes memory holds that the file does not."""
        return max(self.generation - self._saved_generation, 0)

    # ------------------------------------------------------------------ writing
    def write(self, data: dict[str, Any]) -> None:
        """Replace every table with ``data`` and save (TinyDB's whole-database path)."""
        with self.lock:
            before = self._data
            self._data = data
            try:
                self.changed(None)
            except DatabaseError:
                self._data = before if before is not data else self._parse_durable()
                raise

    def changed(self, table: str | None, keys: Iterable[str] | None = None) -> None:
        """Memory changed (one table, or all when ``table`` is None): save it as configured.

        ``keys`` are the records of ``table`` that changed, when known (see changes_since).

        Raises:
            DatabaseReadOnlyError: The database is read-only; the caller rolls memory back.
            DatabaseError: The synchronous write failed; the caller rolls memory back.
        """
        if self.read_only:
            raise DatabaseReadOnlyError(self.path)
        with self.lock:
            if table is not None:
                self._bump(table, frozenset(keys) if keys is not None else None)
            else:
                for name in set(self._versions) | set(self._data):
                    self._bump(name, None)
            self.generation += 1
            if self.deferring:
                return
            if self._writer is not None:
                self._writer.wake()
                return
            try:
                payload = serialise(self._data)
            except (ValueError, TypeError) as exc:
                self.generation -= 1
                raise DatabaseWriteError(self.path, exc) from exc
            try:
                self._write_checked(payload)
            except DatabaseError as exc:
                self.generation -= 1
                if isinstance(exc, DatabaseChangedOnDiskError):
                    self.refused = orjson.loads(payload)
                raise
            self._saved_generation = self.generation

    def _bump(self, name: str, keys: frozenset[str] | None) -> None:
        version = self._versions.get(name, 0) + 1
        self._versions[name] = version
        journal = self._journal.get(name)
        if journal is None:
            journal = self._journal[name] = collections.deque(maxlen=JOURNAL_LENGTH)
        journal.append((version, keys))

    def start_write_behind(self, saved: SavedCallback, failed: FailedCallback) -> None:
        """From now on write in a background thread (see the class docstring)."""
        with self.lock:
            if self._writer is None and not self.read_only:
                self._writer = _WriteBehind(self, saved, failed)
                if self.unsaved and not self.deferring:
                    self._writer.wake()

    @property
    def writes_behind(self) -> bool:
        """Whether a writer thread saves the changes."""
        return self._writer is not None

    def wait_until_idle(self, timeout: float | None = None) -> bool:
        """Wait until the writer thread has nothing left to write; False on timeout."""
        writer = self._writer
        return True if writer is None else writer.wait_idle(timeout)

    def flush(self) -> None:
        """Write what memory holds that the file does not, in this thread, and end deferring.

        Raises:
            DatabaseChangedOnDiskError: Another program changed the file; it is not overwritten.
            DatabaseWriteError: The write failed (disk full, file gone...); memory is kept.
        """
        self.wait_until_idle()
        with self.lock:
            if self.unsaved:
                generation = self.generation
                try:
                    payload = serialise(self._data)
                except (ValueError, TypeError) as exc:
                    raise DatabaseWriteError(self.path, exc) from exc
                self._write_checked(payload)
                self._saved_generation = generation
            self.deferring = False
            self.refused = None

    def discard_unsaved(self) -> None:
        """Forget the changes held in memory only, back to what the file holds."""
        self.wait_until_idle()
        with self.lock:
            if self.unsaved:
                self._data = self._parse_durable()
                self.generation += 1
                for name in set(self._versions) | set(self._data):
                    self._bump(name, None)
                self._saved_generation = self.generation
            self.deferring = False

    def _saved_by_writer(self, generation: int) -> None:
        """Bookkeeping after the writer thread wrote the tables as they were at ``generation``."""
        with self.lock:
            self._saved_generation = max(self._saved_generation, generation)

    def _failed_in_writer(self) -> None:
        with self.lock:
            self.deferring = True

    def _write_checked(self, payload: bytes) -> None:
        with self._disk_lock:
            state = self._disk_state()
            if state is DiskState.GONE:
                raise DatabaseFileGoneError(self.path)
            if state is DiskState.CHANGED:
                raise DatabaseChangedOnDiskError(self.path)
            try:
                write_atomically(self.path, payload, self._check_again)
            except OSError as exc:
                raise DatabaseWriteError(self.path, exc) from exc
            self._durable = payload
            self._remember(payload)

    def _check_again(self) -> None:
        """Just before the rename: has another program replaced the file since the check?

        A sync tool writes its copy and renames it over the database; one that lands between
        the first check and this write's rename would otherwise be overwritten. Size, times
        and inode are compared, and the hash when they differ (see :meth:`disk_state`).
        """
        state = self._disk_state()
        if state is DiskState.GONE:
            raise DatabaseFileGoneError(self.path)
        if state is DiskState.CHANGED:
            raise DatabaseChangedOnDiskError(self.path)

    def _remember(self, payload: bytes) -> None:
        self._known_digest = digest(payload)
        try:
            self._known_key = _stat_key(self.path.stat())
        except OSError:
            self._known_key = None

    def disk_state(self) -> DiskState:
        """Compare the file with what was last read or written: size and times first, then hash.

        A file whose times changed but whose bytes hash the same (a ``touch``, or this storage's
        own write) counts as the same, and its new times are remembered. Waits while the writer
        thread is replacing the file.
        """
        with self._disk_lock:
            return self._disk_state()

    def probe_disk(self) -> DiskState | None:
        """Like :meth:`disk_state`, but None at once while the writer thread replaces the file."""
        if not self._disk_lock.acquire(blocking=False):
            return None
        try:
            return self._disk_state()
        finally:
            self._disk_lock.release()

    def _disk_state(self) -> DiskState:
        try:
            with open_regular(self.path) as handle:
                st = os.fstat(handle.fileno())
                key = _stat_key(st)
                if key == self._known_key:
                    return DiskState.SAME
                raw = handle.read()
        except FileNotFoundError:
            return DiskState.GONE
        except OSError:
            # Unreadable now (permissions changed): the write itself will say why.
            return DiskState.SAME
        if digest(raw) != self._digest_known():
            return DiskState.CHANGED
        self._known_key = key
        return DiskState.SAME

    def _digest_known(self) -> str:
        if self._known_digest is None:
            self._known_digest = digest(self._durable)
        return self._known_digest

    def local_tables(self) -> dict[str, Any]:
        """This side of a conflict: the tables of a refused write if there was one, else memory."""
        return self.refused if self.refused is not None else self._data

    def _parse_durable(self) -> dict[str, Any]:
        with self._disk_lock:
            durable = self._durable
        tables: dict[str, Any] = orjson.loads(durable.removeprefix(b"\xef\xbb\xbf"))
        return tables

    def stop_write_behind(self) -> None:
        """Let the writer thread finish what it has to write, stop it, and write in place again."""
        with self.lock:
            writer, self._writer = self._writer, None
        if writer is not None:
            writer.stop()

    def close(self) -> None:
        """Let the writer thread finish what it has to write, then stop it."""
        self.stop_write_behind()


class _WriteBehind:
    """The one thread that writes the file for a storage in write-behind mode.

    It starts a write :data:`WRITE_DELAY_S` after the first change it was told of: the window
    redraws after an edit, and a thread encoding the file at the same time would share the
    interpreter with that redraw and slow it down. Changes made meanwhile join the write.
    Waiting for it (``wait_idle``, ``stop``) cuts the delay short.
    """

    def __init__(
        self, storage: AtomicJSONStorage, saved: SavedCallback, failed: FailedCallback
    ) -> None:
        self._storage = storage
        self._saved = saved
        self._failed = failed
        self._state = threading.Condition()
        self._wanted = False
        self._busy = False
        self._stopping = False
        self._hurry = False
        self._due = 0.0
        self._thread = threading.Thread(
            target=self._run, name=f"write {storage.path.name}", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        """Memory changed: write the newest state soon (coalesced with any write under way)."""
        with self._state:
            if not self._wanted:
                self._due = time.monotonic() + WRITE_DELAY_S
            self._wanted = True
            self._state.notify_all()

    def wait_idle(self, timeout: float | None = None) -> bool:
        with self._state:
            self._hurry = True
            self._state.notify_all()
            done = self._state.wait_for(lambda: not self._wanted and not self._busy, timeout)
            self._hurry = False
            return done

    def stop(self) -> None:
        with self._state:
            self._stopping = True
            self._state.notify_all()
        self._thread.join()

    def _run(self) -> None:
        while True:
            with self._state:
                self._state.wait_for(lambda: self._wanted or self._stopping)
                if not self._wanted:
                    return
                while not (self._hurry or self._stopping):
                    left = self._due - time.monotonic()
                    if left <= 0:
                        break
                    self._state.wait(left)
                self._wanted = False
                self._busy = True
            try:
                self._write_once()
            finally:
                with self._state:
                    self._busy = False
                    self._state.notify_all()

    def _write_once(self) -> None:
        storage = self._storage
        with storage.lock:
            if storage.deferring or not storage.unsaved:
                return
            generation = storage.generation
            try:
                payload = serialise(storage.read(), WRITER_STEP)
            except (ValueError, TypeError) as exc:
                self._fail(DatabaseWriteError(storage.path, exc))
                return
        try:
            storage._write_checked(payload)
        except DatabaseError as exc:
            self._fail(exc)
            return
        storage._saved_by_writer(generation)
        self._saved(generation)

    def _fail(self, error: DatabaseError) -> None:
        self._storage._failed_in_writer()
        self._failed(error)


@contextlib.contextmanager
def changing(storage: Storage, name: str) -> Iterator[dict[str, Any]]:
    """Hold ``storage``'s lock (when it has one) and give the raw table ``name`` to change."""
    lock = getattr(storage, "lock", None)
    with lock if lock is not None else contextlib.nullcontext():
        tables = storage.read()
        if tables is None:
            tables = {}
        yield tables.setdefault(name, {})

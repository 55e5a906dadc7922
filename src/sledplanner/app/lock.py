"""One writer per database: a ``QLockFile`` beside the file."""

from __future__ import annotations

import errno
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile


@dataclass(frozen=True)
class LockHolder:
    """Who holds a lock, as far as the lock file tells."""

    pid: int | None
    host: str
    app: str

    def describe(self) -> str:
        """Say in plain words who holds the file."""
        who = f"process {self.pid}" if self.pid else "another process"
        where = f" on {self.host}" if self.host else ""
        return f"{who}{where}"

    @property
    def elsewhere(self) -> bool:
        """Whether the lock was taken on another machine (a synced or shared folder)."""
        import socket  # loaded only when another process holds the lock

        return bool(self.host) and self.host != socket.gethostname()


#: How old a lock file naming no process must be before it is taken over (see acquire).
UNNAMED_GRACE_S = 0.5

#: How much later than its lock file a named process must have started to be a reused id.
REUSED_PID_MARGIN_S = 30


def lock_path(database: Path) -> Path:
    """Return the lock file used for ``database``."""
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    """The exclusive right to write one database file, held while it is open."""

    def __init__(self, database: Path) -> None:
        """Prepare (but not take) the lock for ``database``.

        A database reached through a link is locked beside the file the link points to, so
        the link and the real path share one lock.
        """
        if database.is_symlink() and database.exists():
            database = Path(os.path.realpath(database))
        self.path = lock_path(database)
        self._lock = QLockFile(str(self.path))
        # A lock left by a crashed process on this host is detected by its PID at once; the
        # time limit only matters for locks from other hosts on a shared folder.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> bool:
        """Take the lock; False when another live process holds it.

        A lock file that names no process was left by one killed while writing it (a live
        owner writes its id straight after creating the file). Qt would treat it as held for
        ever; it is taken over once it is :data:`UNNAMED_GRACE_S` old, waiting for that at
        most, in case its owner is alive and about to name itself.
        """
        if self._lock.tryLock(0):
            return True
        if self._lock.error() == QLockFile.LockError.LockFailedError and self._reused_pid():
            self._lock.removeStaleLockFile()
            if self._lock.tryLock(0):
                return True
        while self._lock.error() == QLockFile.LockError.LockFailedError and not self._named():
            try:
                age = time.time() - self.path.stat().st_mtime
            except OSError:
                return bool(self._lock.tryLock(0))  # gone meanwhile
            if age >= UNNAMED_GRACE_S:
                self._lock.removeStaleLockFile()
                return bool(self._lock.tryLock(0))
            time.sleep(UNNAMED_GRACE_S - age)
            if self._lock.tryLock(0):
                return True
        return False

    def _named(self) -> bool:
        return self.holder().pid is not None and not self._reused_pid()

    def _reused_pid(self) -> bool:
        """Whether the process the lock names on this machine started after the lock was made.

        Process ids are reused: a lock left by a killed SledPlanner may name a live process
        that has nothing to do with it. A process that started after the lock file was
        written cannot be its owner. Known only where ``/proc`` tells start times (Linux).
        """
        holder = self.holder()
        if holder.pid is None or holder.elsewhere or _looks_like_us(holder.pid):
            return False  # a process that runs SledPlanner is taken at its word
        started = _process_start(holder.pid)
        try:
            made = self.path.stat().st_mtime
        except OSError:
            return False
        # The margin covers coarse file times (FAT: 2 s) and small clock steps.
        return started is not None and started > made + REUSED_PID_MARGIN_S

    def age_s(self) -> float | None:
        """Seconds since the lock file was last written, or None when it cannot be read."""
        try:
            return max(time.time() - self.path.stat().st_mtime, 0.0)
        except OSError:
            return None

    def snapshot(self) -> tuple[LockHolder, float | None]:
        """Who holds the lock and when it was written: compared before a take-over."""
        try:
            written: float | None = self.path.stat().st_mtime
        except OSError:
            written = None
        return self.holder(), written

    def take_over(self, seen: tuple[LockHolder, float | None]) -> bool:
        """Take a lock the user agreed to take over, if it is still the one they were shown.

        ``seen`` is :meth:`snapshot` from before the question; a lock that changed meanwhile
        (a window on this machine took it) is left alone.
        """
        if self.snapshot() != seen:
            return False
        self._lock.removeStaleLockFile()
        return bool(self._lock.tryLock(0))

    def holder(self) -> LockHolder:
        """Describe the process that holds the lock."""
        info = self._lock.getLockInfo()  # (pid, host, app), or a falsy value when unknown
        if not isinstance(info, tuple) or len(info) != 3:
            return LockHolder(None, "", "")
        pid, host, app = info
        return LockHolder(int(pid) or None, str(host), str(app))

    def error(self) -> str:
        """Explain why the lock could not be taken, naming the real cause."""
        error = self._lock.error()
        if error == QLockFile.LockError.PermissionError:
            return f"{self.path}: cannot create the lock file (permission denied)"
        if self.held_by_another:
            holder = self.holder()
            if holder.elsewhere:
                return (
                    f"{self.path}: may be open on another machine, {holder.host} "
                    f"(process {holder.pid}, lock written {_age_text(self.age_s())} ago): its "
                    f"lock came with the synced or shared folder, so SledPlanner on "
                    f"{holder.host} may have the file open"
                )
            return f"{self.path}: the file is open in {holder.describe()}"
        return f"{self.path}: cannot create the lock file: {self.cause()}"

    @property
    def held_by_another(self) -> bool:
        """Whether another process holds the lock (not a disk or folder problem)."""
        failed = self._lock.error() == QLockFile.LockError.LockFailedError
        return failed and not self.path.is_dir()

    def cause(self) -> str:
        """Why the lock file cannot be created when Qt says only "unknown error"."""
        if self.path.is_dir():
            return "a folder has the lock file's name; remove or rename that folder"
        try:
            fd, name = tempfile.mkstemp(prefix=".sledplanner-lock-test-", dir=self.path.parent)
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                return "the disk is full"
            return exc.strerror or str(exc)
        os.close(fd)
        os.unlink(name)
        return "unknown error"

    @property
    def permission_denied(self) -> bool:
        """Whether the lock failed because the folder cannot be written."""
        return bool(self._lock.error() == QLockFile.LockError.PermissionError)

    def release(self) -> None:
        """Give the lock up."""
        if self._lock.isLocked():
            self._lock.unlock()


def _age_text(seconds: float | None) -> str:
    if seconds is None:
        return "an unknown time"
    for unit, size in (("days", 86_400), ("hours", 3_600), ("minutes", 60)):
        if seconds >= size:
            return f"{seconds / size:.0f} {unit}"
    return f"{seconds:.0f} seconds"


def _process_start(pid: int) -> float | None:
    """The time the process ``pid`` started (seconds since 1970), from ``/proc``; else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        ticks = int(fields[19])  # field 22 of stat: start time in clock ticks after boot
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _looks_like_us(pid: int) -> bool:
    """Whether the process ``pid`` runs SledPlanner, by its command line (Linux ``/proc``)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").lower()
    except OSError:
        return False
    return b"sledplanner" in command

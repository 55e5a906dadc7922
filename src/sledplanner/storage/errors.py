"""Problems with a database file, each with a message a user can act on."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """Base class: something is wrong with the database file at ``path``.

    Attributes:
        path: The database file.
        message: One or more sentences for the user, naming the file and what is wrong.
    """

    #: Exit code the command line uses for this problem (see docs/cli.md).
    exit_code = 1

    def __init__(self, path: Path, message: str) -> None:
        """Describe a problem with ``path``."""
        super().__init__(message)
        self.path = path
        self.message = message


class DatabaseMissingError(DatabaseError):
    """There is no file at the path, and the command never creates one."""

    exit_code = 3

    def __init__(self, path: Path) -> None:
        """Report that ``path`` does not exist."""
        super().__init__(path, f"{path}: no database file here")


class DatabaseUnreadableError(DatabaseError):
    """The operating system refused to read the file (permissions, a folder, an I/O error)."""

    exit_code = 3

    def __init__(self, path: Path, reason: OSError) -> None:
        """Report why ``path`` could not be read."""
        why = reason.strerror or str(reason)
        super().__init__(path, f"{path}: cannot read the file: {why}")
        self.reason = reason


class DatabaseCorruptError(DatabaseError):
    """The file can be read but is not a SledPlanner database (empty, truncated, not JSON...).

    Attributes:
        line: The 1-based line of the file where the problem was found, when known.
        column: The 1-based column, when known.
    """

    def __init__(
        self, path: Path, problem: str, line: int | None = None, column: int | None = None
    ) -> None:
        """Report the ``problem`` found in ``path``, at ``line`` and ``column`` when known."""
        where = f"{path}:{line}:{column}" if line is not None else f"{path}"
        super().__init__(path, f"{where}: {problem}")
        self.problem = problem
        self.line = line
        self.column = column


class DatabaseTooNewError(DatabaseError):
    """The file was written by a newer SledPlanner, with a schema this version does not know."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        """Report a file at schema ``found`` when this version knows up to ``supported``."""
        super().__init__(
            path,
            f"{path}: written by a newer SledPlanner (schema version {found}; this version "
            f"reads up to {supported}). The file was not changed. Update SledPlanner to open it.",
        )
        self.found = found
        self.supported = supported


class MigrationError(DatabaseError):
    """A schema migration failed; the file on disk was left as it was."""

    def __init__(self, path: Path, step: str, reason: Exception | str) -> None:
        """Report that migration ``step`` failed with ``reason``."""
        super().__init__(
            path,
            f"{path}: upgrading the file failed at step '{step}': {reason}. "
            "The file was not changed.",
        )
        self.step = step
        self.reason = reason


class DatabaseWriteError(DatabaseError):
    """Saving failed (disk full, read-only folder, permission denied...); the file is unchanged."""

    def __init__(self, path: Path, reason: Exception) -> None:
        """Report that writing ``path`` failed with ``reason``."""
        why = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
        super().__init__(
            path, f"{path}: could not save: {why}. The file still holds the last saved state."
        )
        self.reason = reason


class DatabaseFileGoneError(DatabaseWriteError):
    """The file was moved or deleted while open; it is not silently recreated."""

    def __init__(self, path: Path) -> None:
        """Report that ``path`` is no longer there."""
        reason = FileNotFoundError(2, "the file was moved or deleted while open", str(path))
        super().__init__(path, reason)
        self.message = (
            f"{path}: could not save: the file was moved or deleted while open. SledPlanner "
            "does not recreate it behind your back; the data is still in this window."
        )
        self.args = (self.message,)


class DatabaseChangedOnDiskError(DatabaseError):
    """Another program changed the file since it was last read or saved; it is not overwritten."""

    def __init__(self, path: Path) -> None:
        """Report that ``path`` holds content this window has not seen."""
        super().__init__(
            path,
            f"{path}: changed by another program since SledPlanner last read or saved it. "
            "This change was not saved, so the newer file is not overwritten.",
        )


class DatabaseReadOnlyError(DatabaseError):
    """A write was attempted on a database opened read-only."""

    def __init__(self, path: Path) -> None:
        """Report a write to the read-only ``path``."""
        super().__init__(path, f"{path}: opened read-only; changes cannot be saved")


class DatabaseFileReadOnlyError(DatabaseError):
    """The file (or its folder) cannot be written; it can still be opened read-only."""

    exit_code = 3

    def __init__(self, path: Path) -> None:
        """Report that ``path`` is not writable."""
        super().__init__(
            path,
            f"{path}: the file is read-only (or its folder cannot be written). It was not "
            "changed. Open it read-only, or make it writable and try again.",
        )


class DatabaseExistsError(DatabaseError):
    """A command that creates a database found a file already there and left it alone."""

    def __init__(self, path: Path) -> None:
        """Report that ``path`` already exists."""
        what = "a folder" if path.is_dir() else "a file"
        super().__init__(path, f"{path}: {what} already exists here; it was left untouched")

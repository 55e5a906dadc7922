"""The database problems the window and command line handle, as raised by the services."""

from sledplanner.storage.errors import (
    DatabaseCorruptError,
    DatabaseError,
    DatabaseExistsError,
    DatabaseFileReadOnlyError,
    DatabaseMissingError,
    DatabaseReadOnlyError,
    DatabaseTooNewError,
    DatabaseUnreadableError,
    DatabaseWriteError,
    MigrationError,
)

__all__ = [
    "DatabaseCorruptError",
    "DatabaseError",
    "DatabaseExistsError",
    "DatabaseFileReadOnlyError",
    "DatabaseMissingError",
    "DatabaseReadOnlyError",
    "DatabaseTooNewError",
    "DatabaseUnreadableError",
    "DatabaseWriteError",
    "MigrationError",
]

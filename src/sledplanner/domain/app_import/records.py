"""What an export holds and what an import makes: sets, sources, skipped exercises, problems."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sledplanner.domain.app_import.names import SourceApp
from sledplanner.domain.errors import ValidationError
from sledplanner.domain.sessions import (
    Activity,
    Session,
)
from sledplanner.domain.units import Mass


@dataclass(frozen=True)
class ImportProblem:
    """Something wrong in one row of an export: its physical line and the column."""

    line: int
    column: str
    message: str


@dataclass(frozen=True)
class ExportSet:
    """One set as an app exported it, with its values read (or the problems reading them).

    ``workout`` identifies the workout as the export does: its start, written
    ``YYYY-MM-DDTHH:MM`` (or just the date when the app keeps no time). Problems of the
    numbers only count when the exercise is imported.
    """

    line: int
    workout: str
    day: date
    exercise: str
    start: datetime | None = None
    warmup: bool = False
    weight: Mass | None = None
    distance_m: Decimal | None = None
    seconds: int | None = None
    rpe: Decimal | None = None
    notes: tuple[str, ...] = ()
    problems: tuple[ImportProblem, ...] = ()
    #: The columns that hold the time, the weight and the RPE (for problems of a whole session).
    columns: Mapping[str, str] = field(default_factory=dict)
    #: The date or the exercise cannot be read: a problem whatever the exercise is.
    broken: bool = False


@dataclass(frozen=True)
class ImportSource:
    """Where an imported session came from: the app, the workout's start and the exercise.

    Stored in the ``import_sources`` table (docs/data-format.md) beside the session's id.
    """

    app: SourceApp
    workout: str
    exercise: str
    session_id: str

    def __post_init__(self) -> None:
        """Check every field."""
        object.__setattr__(self, "app", _app(self.app))
        for name in ("workout", "exercise", "session_id"):
            value = getattr(self, name)
            if not isinstance(value, str) or not value.strip():
                raise ValidationError(name, "must be a non-empty text")

    @property
    def id(self) -> str:
        """The record's id: the session it describes."""
        return self.session_id

    @property
    def key(self) -> tuple[str, str, str]:
        """What makes two imports the same: app, workout start, exercise (case ignored)."""
        return (self.app.value, self.workout, self.exercise.casefold())

    def to_dict(self) -> dict[str, Any]:
        """Return the stored record."""
        return {
            "id": self.session_id,
            "app": self.app.value,
            "workout": self.workout,
            "exercise": self.exercise,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ImportSource:
        """Rebuild from a stored record, checking every field."""
        if not isinstance(data, Mapping):
            raise ValidationError("import_source", "record must be an object")
        return cls(
            app=_app(data.get("app")),
            workout=data.get("workout"),  # type: ignore[arg-type]
            exercise=data.get("exercise"),  # type: ignore[arg-type]
            session_id=data.get("id"),  # type: ignore[arg-type]
        )


def _app(value: object) -> SourceApp:
    try:
        return SourceApp(str(value))
    except ValueError:
        raise ValidationError("app", f"'{value}' is not strong, hevy or fitnotes") from None


@dataclass(frozen=True)
class ImportedSession:
    """One done session made from the sets of one exercise in one workout."""

    session: Session
    source: ImportSource
    lines: tuple[int, ...]


@dataclass(frozen=True)
class SkippedExercise:
    """Rows left out of an import: the exercise (or what they are), how many, and why."""

    name: str
    rows: int
    reason: str


@dataclass(frozen=True)
class SetGrouping:
    """What an export becomes: sessions to add, rows skipped, and problems that stop it."""

    sessions: tuple[ImportedSession, ...]
    skipped: tuple[SkippedExercise, ...]
    problems: tuple[ImportProblem, ...]
    #: Every exercise name of the export with its activity (None: skipped), in file order.
    mapping: Mapping[str, Activity | None]

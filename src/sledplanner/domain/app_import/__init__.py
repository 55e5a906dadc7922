"""Sets exported by other training apps (Strong, Hevy, FitNotes), turned into done sessions.

The rules live here, free of files and storage: which exercise names are sled drags, how the
sets of one exercise in one workout become one session, and what identifies an imported
session so that importing the same workout again adds nothing.

The package: :mod:`.names` (the apps, and which exercise names are which activity),
:mod:`.records` (sets, sources and problems as read) and :mod:`.grouping` (sets to sessions).
"""

from sledplanner.domain.app_import.grouping import group_sets
from sledplanner.domain.app_import.names import (
    SKIP,
    SourceApp,
    activity_for,
    parse_exercise_overrides,
)
from sledplanner.domain.app_import.records import (
    ExportSet,
    ImportedSession,
    ImportProblem,
    ImportSource,
    SetGrouping,
    SkippedExercise,
)

__all__ = [
    "ExportSet",
    "ImportProblem",
    "ImportSource",
    "ImportedSession",
    "SKIP",
    "SetGrouping",
    "SkippedExercise",
    "SourceApp",
    "activity_for",
    "group_sets",
    "parse_exercise_overrides",
]

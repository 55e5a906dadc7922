"""``sledplanner calendar-sync``: one two-way sync of a database with a CalDAV calendar.

Exit codes (see docs/cli.md): 0 done; 1 a database problem (invalid records, a failed write);
2 the password's environment variable is not set; 3 the database is locked by another
SledPlanner, missing or unreadable; 4 the server could not be reached or refused (nothing
changed locally).
"""

from __future__ import annotations

import sys
from pathlib import Path

EXIT_OK = 0
EXIT_PROBLEM = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
EXIT_SERVER = 4


def run_calendar_sync(
    path: Path, url: str, username: str | None, password_env: str | None, timeout: float
) -> int:
    """Sync the database at ``path`` with the calendar at ``url``; return the exit code."""
    from sledplanner.app.lock import DatabaseLock
    from sledplanner.domain.calendar_sync import CalendarAccount
    from sledplanner.domain.errors import ValidationError
    from sledplanner.services.calendar_password import password_from_env, password_from_keyring
    from sledplanner.services.calendar_server import CalendarServer, CalendarServerError
    from sledplanner.services.calendar_sync import CalendarSyncService, sync_once
    from sledplanner.services.errors import DatabaseError
    from sledplanner.services.gear import GearService
    from sledplanner.services.schedule import ScheduleService
    from sledplanner.services.workspace import open_workspace

    try:
        CalendarAccount(url=url)
    except ValidationError as exc:
        print(f"error: --url: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    if password_env:
        password = password_from_env(password_env)
        if password is None:
            print(
                f"error: --password-env: the environment variable {password_env} is not set",
                file=sys.stderr,
            )
            return EXIT_USAGE
    else:
        password = password_from_keyring(url, username or "") if username else None

    lock = DatabaseLock(path)
    if not lock.acquire():
        if lock.held_by_another:
            message = (
                f"{path}: another SledPlanner has the file open ({lock.holder().describe()}); "
                "close it there or sync from the window (File > Calendar sync…)"
            )
        else:
            message = f"{path}: cannot be locked for writing: {lock.cause()}"
        print(f"error: {message}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    try:
        try:
            workspace = open_workspace(path)
        except DatabaseError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return exc.exit_code
        try:
            schedule = ScheduleService(workspace)
            service = CalendarSyncService(workspace, schedule, GearService(workspace))
            bad = service.problems()
            if bad:
                for record in bad:
                    print(f"error: {path}: {record}", file=sys.stderr)
                print(
                    "error: nothing was synced: fix the invalid session records first "
                    "(sledplanner check lists them)",
                    file=sys.stderr,
                )
                return EXIT_PROBLEM
            account = service.account()
            reminder = account.reminder_minutes if account is not None else None
            server = CalendarServer(url, username or "", password, timeout=timeout)
            try:
                report = sync_once(service, server, reminder)
            except CalendarServerError as exc:
                print(f"error: {exc.message}", file=sys.stderr)
                print(f"error: {path} was not changed", file=sys.stderr)
                return EXIT_SERVER
            finally:
                server.close()
        except DatabaseError as exc:
            print(f"error: {exc.message}", file=sys.stderr)
            return exc.exit_code
        finally:
            workspace.close()
    finally:
        lock.release()
    print(report.summary())
    for line in report.details():
        print(line)
    return EXIT_OK

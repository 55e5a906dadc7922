"""One CalDAV calendar collection on a server, through the maintained ``caldav`` package.

Reads the SledPlanner events (UID ending in ``@sledplanner``) with their version tags, and
writes or deletes one event at a time on the condition that it is still the version that was
read (``If-Match``) or, for a new one, that none is there yet (``If-None-Match: *``). Every
failure becomes a :class:`CalendarServerError` that says what happened in plain words.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from sledplanner.services.ical import UID_DOMAIN

__all__ = ["CalendarServer", "CalendarServerError", "ServerEvent"]

log = logging.getLogger(__name__)

#: Seconds to wait for the server to answer one request.
DEFAULT_TIMEOUT = 20

_UID_SUFFIX = f"@{UID_DOMAIN}"


#: The resource type a CalDAV calendar collection has (RFC 4791, 4.2).
_CALENDAR_KIND = "{urn:ietf:params:xml:ns:caldav}calendar"


class CalendarServerError(Exception):
    """The calendar server could not be reached, refused, or answered with something unusable.

    Attributes:
        message: What happened, for the user.
        reason: ``unreachable``, ``timeout``, ``refused`` (a wrong name or password, no
            right), ``not-found``, ``conflict`` (an event changed while syncing, 412) or
            ``server`` (any other answer).
    """

    def __init__(self, message: str, reason: str) -> None:
        """Say ``message``, for ``reason``."""
        super().__init__(message)
        self.message = message
        self.reason = reason


@dataclass(frozen=True)
class ServerEvent:
    """A SledPlanner event on the server: its session id, address, version tag and text."""

    session_id: str
    href: str
    etag: str
    data: str


class CalendarServer:
    """The calendar collection at ``url``.

    Nothing is sent until a method is called; each method raises :class:`CalendarServerError`.
    """

    def __init__(
        self,
        url: str,
        username: str = "",
        password: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        """Reach the calendar at ``url`` as ``username`` with ``password`` (either may be empty)."""
        self.url = url if url.endswith("/") else url + "/"
        self._username = username or None
        # A name without a password still logs in (servers that check no password want one).
        self._password = password if password else ("" if username else None)
        self._timeout = timeout
        self._client: Any = None
        self._calendar: Any = None

    # ------------------------------------------------------------------ requests
    def events(self) -> list[ServerEvent]:
        """Return every SledPlanner event of the calendar (other events are never touched)."""
        with self._translated("read the calendar"):
            found = self._collection().search(event=True)
        events = []
        for item in found:
            data = item.data if isinstance(item.data, str) else str(item.data or "")
            uid = _uid(data)
            if uid is None or not uid.endswith(_UID_SUFFIX):
                continue
            etag = str((item.props or {}).get("{DAV:}getetag") or "")
            events.append(ServerEvent(uid[: -len(_UID_SUFFIX)], str(item.url), etag, data))
        return events

    def href_for(self, session_id: str) -> str:
        """Return the address a new event of ``session_id`` gets."""
        return self.url + quote(session_id, safe="") + ".ics"

    def put(self, href: str, body: bytes, if_match: str | None) -> str:
        """Write an event at ``href``; return its new version tag ("" when the server gave none).

        Args:
            href: The event's address.
            body: The iCalendar text holding the one event.
            if_match: The version that must still be there; None to create a new event (refused
                when one is there already).
        """
        headers = {"Content-Type": "text/calendar; charset=utf-8"}
        if if_match is None:
            headers["If-None-Match"] = "*"
        elif if_match:
            headers["If-Match"] = if_match
        with self._translated("write an event"):
            response = self._dav().put(href, body.decode("utf-8"), headers=headers)
        self._check(response, href, "write")
        return _etag(response)

    def delete(self, href: str, if_match: str) -> None:
        """Delete the event at ``href``, if it is still version ``if_match``."""
        headers = {"If-Match": if_match} if if_match else {}
        with self._translated("delete an event"):
            response = self._dav().delete(href, headers=headers)
        if getattr(response, "status", 0) == 404:
            return  # already gone: what was wanted
        self._check(response, href, "delete")

    def close(self) -> None:
        """Close the connection."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # ------------------------------------------------------------------ inside
    def _dav(self) -> Any:
        if self._client is None:
            import caldav  # loaded on the first sync: it takes a while

            self._client = caldav.DAVClient(
                url=self.url,
                username=self._username,
                password=self._password,
                timeout=self._timeout,  # type: ignore[arg-type]
                enable_rfc6764=False,
            )
        return self._client

    def _collection(self) -> Any:
        if self._calendar is None:
            from caldav.elements import dav

            calendar = self._dav().calendar(url=self.url)
            # An account's or a server's address is a collection too, and a server may take
            # events put there: only a calendar collection is written to.
            kinds = calendar.get_properties([dav.ResourceType()]).get("{DAV:}resourcetype")
            if not kinds or _CALENDAR_KIND not in kinds:
                raise CalendarServerError(
                    f"{self.url}: this address is not a calendar (it may be the account or the "
                    "server): give the address of the calendar itself",
                    "not-found",
                )
            self._calendar = calendar
        return self._calendar

    def _check(self, response: Any, href: str, what: str) -> None:
        status = int(getattr(response, "status", 0) or 0)
        if 200 <= status < 300:
            return
        if status == 412:
            raise CalendarServerError(
                f"{href}: the event was changed on the server while syncing (412 Precondition "
                "Failed); nothing was changed here. Sync again to take the change into account",
                "conflict",
            )
        if status in (401, 403):
            raise CalendarServerError(
                f"{self.url}: the server refused to {what} the event ({status}): check the "
                "user name, the password and your rights on this calendar",
                "refused",
            )
        reason = getattr(response, "reason", "") or ""
        raise CalendarServerError(
            f"{href}: the server could not {what} the event: {status} {reason}".rstrip(),
            "server",
        )

    @contextmanager
    def _translated(self, doing: str) -> Iterator[None]:
        """Turn the library's and the network's errors into :class:`CalendarServerError`."""
        from caldav.lib import error

        try:
            yield
        except CalendarServerError:
            raise
        except error.AuthorizationError as exc:
            log.info("calendar sync refused by %s: %s", self.url, exc)
            raise CalendarServerError(
                f"{self.url}: the server refused the user name or password (or this account "
                "may not use this calendar)",
                "refused",
            ) from None
        except error.NotFoundError:
            raise CalendarServerError(
                f"{self.url}: no calendar at this address: check the URL (it must be the "
                "calendar itself, not the server or the account)",
                "not-found",
            ) from None
        except error.DAVError as exc:
            log.info("calendar sync: %s failed at %s: %s", doing, self.url, exc)
            raise CalendarServerError(
                f"{self.url}: the server could not {doing}: {_short(exc)}", "server"
            ) from None
        except OSError as exc:
            if _is_timeout(exc):
                raise CalendarServerError(
                    f"{self.url}: the server did not answer within {self._timeout:g} s "
                    "(timeout); nothing was changed here. Try again later",
                    "timeout",
                ) from None
            log.info("calendar sync: cannot reach %s: %s", self.url, exc)
            raise CalendarServerError(
                f"{self.url}: the server could not be reached (is it up, and is the address "
                "right?); nothing was changed here",
                "unreachable",
            ) from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # An answer the library could not make sense of (a web page instead of a
            # calendar, a broken XML reply): say so rather than stop with a traceback.
            log.warning("calendar sync: unreadable answer from %s", self.url, exc_info=True)
            raise CalendarServerError(
                f"{self.url}: the server's answer could not be read ({_short(exc)}); is this "
                "the address of a CalDAV calendar?",
                "server",
            ) from None


def _uid(data: str) -> str | None:
    """Return the UID of the first event in ``data``, None when there is none."""
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(data)
    except ValueError:
        return None
    for component in calendar.walk("VEVENT"):
        uid = component.get("uid")
        return str(uid) if uid is not None else None
    return None


def _etag(response: Any) -> str:
    headers = getattr(response, "headers", None) or {}
    value = headers.get("ETag") or headers.get("etag") or ""
    return str(value)


def _is_timeout(exc: BaseException) -> bool:
    if isinstance(exc, TimeoutError):
        return True
    return any("Timeout" in cls.__name__ for cls in type(exc).__mro__)


def _short(exc: BaseException) -> str:
    """The error in one short line, without the web page some servers send with it."""
    text = " ".join(str(exc).split())
    if "<" in text:
        text = text.split("<", 1)[0].rstrip(" '\"")
    return text if len(text) <= 200 else text[:197] + "…"

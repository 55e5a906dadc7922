"""Shared test set-up: headless Qt, Qt's test folders, a temporary database for every test."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(autouse=True, scope="session")
def _qt_test_mode() -> None:
    """Keep Qt's standard folders (data, config, settings) away from the user's own."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


class _Caught(logging.Handler):
    """Keeps the records of warnings and errors the package logs during one test."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_unexpected_log(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch):
    """Fail a test whose code logs a warning or an error it did not expect (qutebrowser's logfail).

    A test that provokes one on purpose says so with ``@pytest.mark.expected_log``. The package's
    log normally waits in memory until the window has painted; here it goes straight to
    ``logging`` so that it can be caught.
    """
    from sledplanner.services import logs

    monkeypatch.setattr(logs, "_started", True)
    caught = _Caught()
    logger = logging.getLogger(logs.LOGGER)
    logger.addHandler(caught)
    yield
    logger.removeHandler(caught)
    if caught.records and request.node.get_closest_marker("expected_log") is None:
        said = "\n".join(
            f"{record.levelname} {record.name}: {record.getMessage()}" for record in caught.records
        )
        pytest.fail(f"unexpected warning or error in the log:\n{said}", pytrace=False)


@pytest.fixture(autouse=True)
def _days_written_in_iso() -> Iterator[None]:
    """Messages write ISO days unless a test's window installs the locale's form; undo that."""
    yield
    from sledplanner.domain.day_words import write_days_with

    write_days_with(None)


@pytest.fixture(autouse=True, scope="session")
def _subprocess_data_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Commands run as subprocesses keep their data folder (the device id) in a temporary one."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database path in a fresh temporary folder (the file does not exist yet)."""
    return tmp_path / "training.json"


#: What the torture runs of `make test-slow` tried, reported at the end of the run.
TORTURE: dict[str, int] = {}


@pytest.fixture
def torture() -> dict[str, int]:
    """Counters a torture test adds to: files tried, kills, writes, lost."""
    return TORTURE


def pytest_terminal_summary(terminalreporter) -> None:  # noqa: ANN001 - pytest's hook
    """Print the torture counts, when a torture test ran."""
    if TORTURE:
        counts = ", ".join(f"{name} {TORTURE[name]:,}" for name in sorted(TORTURE))
        terminalreporter.write_line(f"torture: {counts}")


# ---------------------------------------------------------------- a real CalDAV server
class RadicaleServer:
    """Radicale on 127.0.0.1 in a thread, keeping its calendars in a temporary folder.

    ``stop()`` closes the port (requests are refused) and ``start()`` opens the same port again
    on the same folder, for tests of a server that goes down and comes back.
    """

    def __init__(self, folder: Path, users: dict[str, str] | None = None) -> None:
        import radicale
        import radicale.config

        config = radicale.config.load([])
        auth = {"type": "none"}
        if users:
            htpasswd = folder / "users"
            htpasswd.write_text("".join(f"{name}:{word}\n" for name, word in users.items()))
            auth = {
                "type": "htpasswd",
                "htpasswd_filename": str(htpasswd),
                "htpasswd_encryption": "plain",
                "delay": "0",
            }
        config.update(
            {"storage": {"filesystem_folder": str(folder / "collections")}, "auth": auth},
            "tests",
            privileged=True,
        )
        self._app = radicale.Application(config)
        self._collections = folder / "collections" / "collection-root"
        self.users = users or {}
        self.port = 0
        self._server = None
        self._thread = None

    def start(self) -> None:
        import threading
        from wsgiref.simple_server import WSGIRequestHandler, make_server

        class Quiet(WSGIRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._server = make_server("127.0.0.1", self.port, self._app, handler_class=Quiet)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._thread.join(timeout=10)
            self._server = None

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def client(self, user: str = "alice"):  # noqa: ANN201 - a caldav.DAVClient
        import caldav

        return caldav.DAVClient(
            url=self.root,
            username=user,
            password=self.users.get(user, ""),
            timeout=10,
            enable_rfc6764=False,
        )

    def make_calendar(self, user: str = "alice", name: str = "training") -> str:
        """Create a calendar collection; return its URL.

        Written straight into Radicale's folder layout (a folder whose properties say it is a
        calendar): asking the server through principal discovery costs most of a second.
        """
        folder = self._collections / user / name
        folder.mkdir(parents=True)
        props = {"tag": "VCALENDAR", "D:displayname": name.title()}
        (folder / ".Radicale.props").write_text(json.dumps(props))
        return f"{self.root}{user}/{name}/"


@pytest.fixture
def radicale_server(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A Radicale CalDAV server on 127.0.0.1 that needs no password."""
    import logging

    logging.getLogger("radicale").setLevel(logging.ERROR)
    server = RadicaleServer(tmp_path / "radicale")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def radicale_login(tmp_path: Path) -> Iterator[RadicaleServer]:
    """A Radicale CalDAV server on 127.0.0.1 where alice logs in with a password."""
    import logging

    logging.getLogger("radicale").setLevel(logging.ERROR)
    (tmp_path / "radicale-login").mkdir()
    server = RadicaleServer(tmp_path / "radicale-login", {"alice": "horse-battery-42"})
    server.start()
    yield server
    server.stop()

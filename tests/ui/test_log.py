"""The log a user attaches to a bug report, and the Help item that shows where it is."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from sledplanner.services.logs import LOGGER, log_folder, start_logging


@pytest.fixture
def log_file(tmp_path: Path):  # noqa: ANN201
    path = start_logging(tmp_path / "data")
    assert path is not None
    yield path
    logger = logging.getLogger(LOGGER)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


def read(path: Path) -> str:
    for handler in logging.getLogger(LOGGER).handlers:
        handler.flush()
    return path.read_text("utf-8")


@pytest.mark.expected_log
def test_the_log_records_opening_and_a_file_that_cannot_be_opened(
    log_file: Path, controller, db_path: Path, tmp_path: Path
) -> None:
    assert log_file.parent == log_folder(tmp_path / "data")
    assert controller.open_path(db_path, create=True)
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", "utf-8")
    controller.close()
    assert not controller.open_path(broken)
    text = read(log_file)
    assert f"INFO sledplanner.app.controller [MainThread] opened {db_path}" in text
    assert f"WARNING sledplanner.app.controller [MainThread] cannot open {broken}" in text


def test_a_folder_that_cannot_be_written_leaves_logging_off(tmp_path: Path) -> None:
    blocked = tmp_path / "data"
    blocked.write_text("a file where the folder should be", "utf-8")
    assert start_logging(blocked) is None


def test_help_opens_the_log_folder(controller, monkeypatch, tmp_path: Path) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    controller.window.log_folder_action.trigger()
    assert opened and opened[0].endswith("/logs")
    assert Path(opened[0]).is_dir()
    assert "The log is in" in controller.window.statusBar().currentMessage()


def test_what_is_said_before_the_log_starts_is_written_when_it_starts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sledplanner.services import logs

    monkeypatch.setattr(logs, "_started", False)
    monkeypatch.setattr(logs, "_waiting", [])
    logs.log("sledplanner.app.gui", logs.INFO, "started before the log, %s", "kept")
    path = logs.start_logging(tmp_path / "data")
    try:
        assert path is not None
        assert "INFO sledplanner.app.gui [MainThread] started before the log, kept" in read(path)
    finally:
        logger = logging.getLogger(LOGGER)
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
            handler.close()


def test_saves_imports_and_backups_reach_the_log(
    log_file: Path, controller, db_path: Path, tmp_path: Path, settle
) -> None:
    from sledplanner.domain.gear import GearItem
    from sledplanner.domain.units import Mass

    assert controller.open_path(db_path, create=True)
    tab = controller.window.equipment_tab
    tab.add_new(GearItem(kind="kettlebell", name="Bell", mass=Mass.of("20", "lb")))
    settle(controller)
    source = tmp_path / "gear.csv"
    source.write_text("kind,name,mass,mass_unit\nkettlebell,Bell 2,35,lb\n", "utf-8")
    assert controller.window.equipment_tab.import_csv(source) is None
    settle(controller)
    text = read(log_file)
    assert f"INFO sledplanner.app.file_guard [MainThread] saved {db_path}" in text
    assert f"backup before an import of {db_path}" in text
    assert f"imported 1 gear items from {source}" in text


@pytest.mark.expected_log
@pytest.mark.qt_no_exception_capture  # the hook hands on to Python's own, not pytest-qt's
def test_an_uncaught_exception_is_written_with_its_traceback(log_file: Path) -> None:
    import sys

    try:
        raise RuntimeError("something nobody caught")
    except RuntimeError:
        kind, value, trace = sys.exc_info()
    hook = sys.excepthook  # the hook start_logging installed: it logs, then hands on
    assert getattr(hook, "logs_to", None) is logging.getLogger(LOGGER)
    hook(kind, value, trace)
    text = read(log_file)
    assert "ERROR sledplanner [MainThread] uncaught exception" in text
    assert "RuntimeError: something nobody caught" in text
    assert "Traceback (most recent call last)" in text

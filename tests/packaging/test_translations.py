"""The translation template that `make translations` writes for Qt Linguist."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = REPO / "resources" / "i18n" / "sledplanner.ts"


def test_the_template_exists_and_is_a_qt_ts_file() -> None:
    assert TEMPLATE.is_file(), "run `make translations` to write it"
    root = ET.parse(TEMPLATE).getroot()
    assert root.tag == "TS"
    assert root.get("sourcelanguage") == "en"
    assert root.findall("context"), "no translation contexts"


def test_the_template_holds_the_window_strings() -> None:
    root = ET.parse(TEMPLATE).getroot()
    messages = root.findall("./context/message")
    assert len(messages) >= 100
    sources = {message.findtext("source") for message in messages}
    for text in ("Equipment", "Programme", "Progress", "Plan purchases"):
        assert text in sources, f"{text!r} is missing from {TEMPLATE.name}"


def test_every_message_has_a_source_and_a_context_name() -> None:
    root = ET.parse(TEMPLATE).getroot()
    for context in root.findall("context"):
        assert context.findtext("name") is not None
        for message in context.findall("message"):
            assert message.findtext("source")


def test_table_headers_and_calendar_chips_reach_the_template() -> None:
    root = ET.parse(TEMPLATE).getroot()
    by_context = {
        context.findtext("name"): {m.findtext("source") for m in context.findall("message")}
        for context in root.findall("context")
    }
    headers = by_context.get("GearTableModel", set())
    for text in ("Name", "Unit price", "Purchased", "Surfaces"):
        assert text in headers, f"header {text!r} is not in the template"
    chips = by_context.get("SessionChip", set())
    for text in (
        "Backward walk",
        "Status: {status}",
        "Knee pain: during {d}, next morning {m}",
        "done as planned (within 20 % of the minutes)",
    ):
        assert text in chips, f"chip text {text!r} is not in the template"


def test_the_template_is_up_to_date_with_the_source(tmp_path: Path) -> None:
    """What `make translations` would write now holds every text the template holds, and no more."""
    import shutil
    import subprocess
    import sys

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    fresh = tmp_path / "fresh.ts"
    result = subprocess.run(
        [
            str(lupdate),
            "-extensions",
            "py",
            "-recursive",
            "-no-obsolete",
            "-source-language",
            "en",
            str(REPO / "src" / "sledplanner"),
            "-ts",
            str(fresh),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr

    def sources(path: Path) -> set[tuple[str | None, str | None]]:
        root = ET.parse(path).getroot()
        return {
            (context.findtext("name"), message.findtext("source"))
            for context in root.findall("context")
            for message in context.findall("message")
        }

    missing = sources(fresh) - sources(TEMPLATE)
    assert not missing, f"run `make translations`: {sorted(missing)[:5]}"

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

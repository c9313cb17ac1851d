"""The shipped fact base keeps the bot's promise: what it shows in quotation marks is the source's words.

These walk every fact of `knowledge/` itself (not fixtures), so a curator's slip fails CI.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.factlint import attribution_problems
from bot.facts import FactBase
from bot.loader import load_factbase, normalise_quote, split_source_text
from knowledge import DEFAULT_DIR

SHIPPED: FactBase = load_factbase(DEFAULT_DIR)


def _quoted() -> list[tuple[str, str, str]]:
    """(fact id, source id, quote) for the meeting and every entry."""
    facts = [(e.id, e.source, e.quote) for e in SHIPPED.entries()]
    meeting = SHIPPED.meeting
    if meeting and meeting.quote and meeting.source:
        facts.append((meeting.id, meeting.source, meeting.quote))
    return facts


@pytest.mark.parametrize(("fact_id", "source_id", "quote"), _quoted(), ids=[f[0] for f in _quoted()])
def test_every_quote_is_in_its_sources_text_after_the_header(fact_id: str, source_id: str, quote: str) -> None:
    source = SHIPPED.sources[source_id]
    assert source.text, f"{source_id} has no local copy to verify {fact_id} against"
    parts = split_source_text((DEFAULT_DIR / source.text).read_text(encoding="utf-8"))
    assert parts.header, f"{source.text} has no header ended by '---- text ----'"
    assert normalise_quote(quote) in normalise_quote(parts.text)


OWN_WORDS = [s for s in SHIPPED.statements.values() if not s.paraphrase]


@pytest.mark.parametrize("statement", OWN_WORDS, ids=[s.id for s in OWN_WORDS])
def test_a_quote_shown_as_the_speakers_own_words_has_no_reporters_words(statement: object) -> None:
    quote = statement.quote  # type: ignore[attr-defined]
    assert attribution_problems(quote) == []
    assert not re.search(r"\baccording to\b|\bсообщил|\breports?\b", quote, re.IGNORECASE)
    inner = quote.strip().strip("\"“”«»")
    assert not any(mark in inner for mark in "\"“”«»"), "the reporter's words mixed with quoted ones"


def test_the_shipped_base_has_no_warnings() -> None:
    assert [str(w) for w in SHIPPED.warnings] == []


def test_the_summary_file_is_gone_and_every_report_is_its_own_source() -> None:
    assert not (DEFAULT_DIR / "sources" / "follow-up-reports.md").exists()
    texts = {Path(s.text).name for s in SHIPPED.sources.values() if s.text}
    assert texts == {p.name for p in (DEFAULT_DIR / "sources").glob("*.txt")}
    assert all(s.language in ("en", "ru") for s in SHIPPED.sources.values())
    assert SHIPPED.sources["azernews-aripov-speech"].published is None  # the report shows no date


def test_every_fact_has_english_and_russian_titles() -> None:
    for statement in SHIPPED.statements.values():
        assert statement.title and statement.title_ru, statement.id
    for agreement in SHIPPED.agreements.values():
        assert agreement.title and agreement.title_ru, agreement.id


def test_the_audits_findings_stay_fixed() -> None:
    speakers = SHIPPED.speakers
    assert "Jafarov" not in speakers["japarov"].aliases
    meeting = SHIPPED.meeting
    assert meeting is not None and not {"CIS summit", "саммит СНГ"} & set(meeting.aliases)
    assert speakers["lebedev"].quote.endswith("CIS Secretary General Sergei Lebedev noted, according to BelTA.")
    assert "Гелдимырадов" in (speakers["geldimyradov"].name_ru or "")
    assert "Гельдимурадов" not in (speakers["geldimyradov"].name_ru or "")
    assert "planned" in SHIPPED.agreements["next-meeting-ashgabat"].title
    assert "Tokayev" in (SHIPPED.statements["smailov-trade-barriers"].title or "")
    for source in SHIPPED.sources.values():
        if source.via and source.language != "ru":
            assert source.via_ru, f"{source.id}: the Russian /source would show English via text"

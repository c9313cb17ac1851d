"""Quotes that land on their sentence, clauses that answer, plurals and nested quotes (core, no Telegram)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import pytest

from bot.answering import Answerer
from bot.excerpts import clause_naming, fragment_url, text_fragment
from bot.facts import FactBase, Source
from bot.loader import load_factbase
from bot.plural import count_phrase
from bot.replies import render_html, render_text
from bot.typography import quote_language, quoted
from knowledge import DEFAULT_DIR


@pytest.fixture(scope="module")
def factbase() -> FactBase:
    return load_factbase(DEFAULT_DIR)


def _quoted_facts(factbase: FactBase) -> list[tuple[str, str, Source]]:
    """(id, the quote a reply links to, its source) for every quoted fact of the shipped base."""
    answerer = Answerer(factbase)
    found = []
    for entry in factbase.entries():
        reply = answerer.fact(entry.id)
        assert reply is not None and reply.source is not None
        found.append((entry.id, reply.excerpt or reply.quote or "", reply.source))
    meeting = factbase.meeting
    if meeting and meeting.quote and meeting.source:
        found.append((meeting.id, meeting.quote, factbase.sources[meeting.source]))
    return found


def _directive_words(url: str) -> list[str]:
    directive = url.split("#:~:text=", 1)[1]
    assert re.fullmatch(r"[A-Za-z0-9%._~]+(,[A-Za-z0-9%._~]+)?", directive), directive  # '-' ',' '&' encoded
    return [unquote(term) for term in directive.split(",")]


def test_every_shipped_quote_links_to_its_words_in_the_source_text_in_order(factbase: FactBase) -> None:
    checked = 0
    for fact_id, quote, source in _quoted_facts(factbase):
        url = fragment_url(source, quote)
        if not source.text:
            assert url == source.url, fact_id  # nothing to verify against: no fragment
            continue
        assert url.startswith(source.url + "#:~:text="), fact_id
        raw = " ".join((Path(source.file).parent / source.text).read_text(encoding="utf-8").split())
        position = 0
        for term in _directive_words(url):
            found = raw.find(term, position)
            assert found >= 0, f"{fact_id}: {term!r} not in {source.text} after position {position}"
            position = found + len(term)
        checked += 1
    assert checked >= 10


def test_a_quote_the_source_text_does_not_hold_gets_a_plain_link(factbase: FactBase) -> None:
    source = next(s for s in factbase.sources.values() if s.text)
    assert fragment_url(source, "Words the report never printed, in any order.") == source.url
    assert fragment_url(replace(source, text=None), "anything") == source.url


def test_text_fragment_encodes_dash_comma_and_ampersand() -> None:
    directive = text_fragment("Trans-Caspian route, trade & transit")
    assert directive == "text=Trans%2DCaspian%20route%2C%20trade%20%26%20transit"


def test_text_fragment_of_a_long_quote_has_a_start_and_an_end_without_quotation_marks() -> None:
    directive = text_fragment("“It is important to find connection points between these transit highways "
                              "and the global Belt and Road Initiative. Kazakhstan, for its part, is ready,”")
    assert directive == "text=is%20important%20to%20find,for%20its%20part%2C%20is"


def test_a_delegation_answer_quotes_the_clause_naming_its_head_with_the_sentence_expandable(
        factbase: FactBase) -> None:
    reply = Answerer(factbase).ask("Who represented Armenia?")
    assert reply.excerpt == "Deputy Prime Minister of Armenia Mher Grigoryan"
    assert reply.quote is not None and reply.excerpt in reply.quote
    page = render_html(reply)
    assert "<blockquote>…Deputy Prime Minister of Armenia Mher Grigoryan…</blockquote>" in page
    assert f"<blockquote expandable>{reply.quote}</blockquote>" in page
    assert "#:~:text=Deputy%20Prime%20Minister%20of%20Armenia%20Mher%20Grigoryan" in page


def test_every_clause_shown_is_verbatim_in_its_quote(factbase: FactBase) -> None:
    for speaker in factbase.speakers.values():
        clause = clause_naming(speaker.quote, (speaker.name, *speaker.aliases))
        assert clause is None or clause in speaker.quote


def test_a_short_quote_is_shown_whole() -> None:
    assert clause_naming("Alice Example, Prime Minister, took part.", ("Alice Example",)) is None


def test_russian_reply_names_the_meeting_declined_and_marks_english_quotes(factbase: FactBase) -> None:
    answerer = Answerer(factbase)
    assert "о заседании Совета глав правительств СНГ (" in render_text(answerer.ask("привет"))
    text = render_text(answerer.ask("Что сказал Мишустин о ЕАЭС?"))
    assert "(цитата на английском)" in text
    assert "цитата на английском" not in render_text(answerer.ask("What did Mishustin say about the EAEU?"))


def test_russian_sources_list_gives_via_in_russian(factbase: FactBase) -> None:
    text = render_text(Answerer(factbase).fact("sources", "ru"))  # type: ignore[arg-type]
    assert "со ссылкой на пресс-службу премьер-министра Казахстана" in text
    assert "press service" not in text


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Соглашение о «Поясе и пути»", "«Соглашение о „Поясе и пути“»"),
    ("en", 'the "Belt and Road" Initiative', "“the ‘Belt and Road’ Initiative”"),
    ("en", "the Prime Minister's press service", "“the Prime Minister's press service”"),
])
def test_quotation_marks_nest_as_each_language_writes_them(language: str, text: str, expected: str) -> None:
    assert quoted(text, language) == expected


def test_quote_language_prefers_the_declared_one_and_else_reads_the_alphabet() -> None:
    assert quote_language("Пояс и путь") == "ru"
    assert quote_language("Belt and Road") == "en"
    assert quote_language("Belt and Road", "ru") == "ru"


@pytest.mark.parametrize(("count", "en", "ru"), [
    (0, "0 groups", "0 групп"), (1, "1 group", "1 группа"), (2, "2 groups", "2 группы"),
    (5, "5 groups", "5 групп"), (11, "11 groups", "11 групп"), (21, "21 groups", "21 группа"),
    (22, "22 groups", "22 группы"), (112, "112 groups", "112 групп"),
])
def test_plural_forms_follow_each_language(count: int, en: str, ru: str) -> None:
    assert count_phrase(count, ("group", "groups")) == en
    assert count_phrase(count, ("группа", "группы", "групп"), "ru") == ru


def test_text_fragment_prefers_a_run_of_words_to_a_lone_word_before_a_quoted_phrase() -> None:
    # a lone "Russia" would match the first "Russia" of a long article, far above the quote
    assert text_fragment('Russia "remains a reliable ally and trade partner."') == \
        "text=a%20reliable%20ally%20and%20trade"

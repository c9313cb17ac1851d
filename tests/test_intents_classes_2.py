"""More classes of question that fresh users and the holdouts found answered wrongly, each closed by a
rule (no Telegram here): the continuation of tests/test_intents_classes.py, which grew too long to read.

Each test names the class (a quote asked for a radio clip, each report's wording of one proposal, an
agency a report credits for one fact) and checks it on the shipped fact base with phrasings written for
this file: whether the bot answered, and which facts it showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.matcher import PARTICIPANTS_ID
from bot.replies import render_html, render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {reply.fact_id} | {item.fact_id for item in reply.items} if reply.answered else set()


def said_by(person: str) -> set[str]:
    return {s.id for s in FACTS.statements.values() if s.speaker == person}


# -- a quote asked for, and what it is for -------------------------------------------------


@pytest.mark.parametrize(("question", "person"), [
    ("One punchy line from Aripov for a 15-second clip, please.", "aripov"),
    ("Need a single quotable sentence from Mishustin for TV.", "mishustin"),
    ("Нужна одна короткая цитата Смаилова для эфира.", "smailov"),
    ("Дайте цитату Лебедева для радио и укажите источник", "lebedev"),
    ("mishustin citata?", "mishustin"),
    ("A short quote from the CIS Secretary General for Instagram, with the outlet.", "lebedev"),
])
def test_a_quote_asked_for_some_use_is_the_persons_words(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say", render_text(reply)
    assert shown(reply) - {person} <= said_by(person) and shown(reply) & said_by(person)


def test_a_quote_from_each_of_several_people_is_each_ones_words() -> None:
    reply = SHIPPED.ask("For my show: one quotable line each from Mishustin, Lebedev and Smailov.")
    assert reply.answered, render_text(reply)
    for person in ("mishustin", "lebedev", "smailov"):
        assert shown(reply) & said_by(person), person
    assert "Mishustin, Sergei Lebedev and Alikhan Smailov" in reply.headline  # a list, not "and ... and"


def test_a_quote_from_each_speaker_in_russian_is_who_spoke() -> None:
    reply = SHIPPED.ask("Для эфира: по одной цитате от каждого выступавшего")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_a_quote_on_a_subject_is_still_on_that_subject() -> None:  # guard
    reply = SHIPPED.ask("A short quote from Smailov on the Belt and Road for radio")
    assert reply.answered and shown(reply) == {"smailov-belt-and-road"}, render_text(reply)


# -- the agency a report credits for one fact is on its source line -------------------------


def test_a_fact_credited_to_an_agency_names_it_beside_its_source() -> None:
    reply = SHIPPED.ask("What did Lebedev say?")
    assert ", via BelTA" in render_text(reply) and ", via BelTA" in render_html(reply)
    russian = SHIPPED.ask("Что сказал Мишустин?")
    assert "со ссылкой на «Интерфакс»" in render_text(russian)


def test_a_fact_with_no_agency_of_its_own_names_none() -> None:  # guard: TASS cites the press service as a whole
    reply = SHIPPED.ask("What does TASS say about the documents on financing?")
    assert "via" not in render_text(reply).split("Source:")[-1].split("http")[0]


# -- each report's wording of one proposal ----------------------------------------------------


def test_each_reports_wording_of_one_proposal_shows_every_reports() -> None:
    reply = SHIPPED.ask("How does each outlet word Uzbekistan's proposal of a CIS free trade zone without exceptions "
                        "and restrictions?")
    reports = {FACTS.statements[i].source for i in shown(reply) if i in FACTS.statements}
    assert len(reports) == 3, render_text(reply)

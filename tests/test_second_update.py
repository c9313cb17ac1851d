"""The second update with the real files: its facts reach a subscriber once, and the bot answers from them.

Also how the new optional fields show: disagreeing reports side by side, a report without a date, a
quote in another language than the reply, the agencies in Russian, /agreements listing documents only.
"""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.digest import compose_digest
from bot.loader import load_factbase
from bot.outbox import Outbox
from bot.pages import agreements_page, sources_page
from bot.replies import render_html, render_text
from bot.storage import Storage
from bot.subscriptions import Subscriptions
from knowledge import DEFAULT_DIR
from tests.support_digest import SECOND_UPDATE, add_follow_up, add_second_update, file_ids, launch_kb


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer.from_directory(DEFAULT_DIR)


def test_a_subscriber_who_had_the_first_updates_gets_every_new_fact_once(tmp_path: Path) -> None:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    try:
        subscriptions, outbox = Subscriptions(storage), Outbox(storage)
        knowledge = launch_kb(tmp_path / "kb")
        subscriptions.record_facts(load_factbase(knowledge))
        subscriptions.subscribe(1, "private", "daily", "ru")
        add_follow_up(knowledge)  # the first update, already delivered
        first = load_factbase(knowledge)
        subscriptions.record_facts(first)
        assert outbox.compose(1, first) is not None

        add_second_update(knowledge)  # the files as shipped: YAML and the report texts
        second = load_factbase(knowledge)
        new = subscriptions.record_facts(second)
        expected = file_ids(SECOND_UPDATE)
        assert new == expected and len(expected) == 30
        digest = outbox.compose(1, second)
        assert digest is not None and list(digest.fact_ids) == expected  # every new fact, once
        assert outbox.compose(1, second) is None  # and never again
        body = "\n".join(digest.parts)
        for fact_id in expected:
            entry = second.entry(fact_id)
            assert entry is not None
            assert body.count(f"<blockquote>{html.escape(entry.quote.strip())}") == 1, fact_id
        assert "Источники расходятся:" in body  # TASS's twenty-two, with Asia-Plus's twenty beside it
        assert "дата не указана" in body  # AzerNews shows no date
    finally:
        storage.close()


@pytest.mark.parametrize("question", ["How many documents were signed?", "Сколько документов подписали?"])
def test_how_many_documents_shows_twenty_and_twenty_two_with_both_sources(answerer: Answerer,
                                                                          question: str) -> None:
    reply = answerer.ask(question)
    assert reply.fact_id in ("twenty-documents-signed", "tass-22-documents")
    text = render_text(reply)
    assert "twenty cooperation documents" in text and "Двадцать два документа" in text
    assert "Asia-Plus" in text and "TASS" in text and "tass.ru" in text and "asiaplustj.info" in text
    html_text = render_html(reply)
    assert html_text.count("<blockquote>Двадцать два документа") == 1
    assert html_text.count("<blockquote>The meeting reported resulted in signing of twenty") == 1


@pytest.mark.parametrize("language", ["en", "ru"])
def test_either_count_shown_alone_brings_the_other_report_beside_it(answerer: Answerer, language: str) -> None:
    for fact_id, other in (("twenty-documents-signed", "Двадцать два документа"),
                           ("tass-22-documents", "twenty cooperation documents")):
        reply = answerer.fact(fact_id, language)
        assert reply is not None and [a.fact_id for a in reply.alternatives] == [
            "tass-22-documents" if fact_id == "twenty-documents-signed" else "twenty-documents-signed"]
        text = render_text(reply)
        assert other in text and ("Reports differ:" if language == "en" else "Источники расходятся:") in text
        html_text = render_html(reply)
        assert html_text.count("<blockquote>") == 2 and html_text.count("<a href=") == 2


@pytest.mark.parametrize(("question", "fact_id"), [
    ("What did Aripov say about mutual investments?", "aripov-mutual-investments"),
    ("Aripov conformity assessment", "aripov-conformity-assessment"),
    ("Innoprom forum", "aripov-innoprom-forum"),
    ("Арипов Иннопром", "aripov-innoprom-forum"),
    ("Sochi venue decision", "venue-decided-sochi"),
    ("What priorities did Smailov outline?", "smailov-industrial-priority"),
    ("Какие приоритеты назвал Смаилов?", "smailov-industrial-priority"),
    ("Who is Rashid Meredov?", "meredov"),
    ("when was the previous meeting", "last-meeting-bishkek-trend"),
])
def test_the_new_facts_are_answerable(answerer: Answerer, question: str, fact_id: str) -> None:
    reply = answerer.ask(question)
    assert reply.answered and fact_id in {reply.fact_id, *(item.fact_id for item in reply.items)}


@pytest.mark.parametrize(("question", "kind"), [("what was on the agenda", "agenda"),
                                              ("what were the results", "result"),
                                              ("Каковы итоги заседания?", "result")])
def test_agenda_and_results_are_answered_from_the_overview_facts(answerer: Answerer, question: str,
                                                                 kind: str) -> None:
    reply = answerer.ask(question)
    shown = [i.fact_id for i in reply.items] or [reply.fact_id]
    kinds = {answerer.factbase.agreements[i].agreement_kind for i in shown if i in answerer.factbase.agreements}
    assert reply.answered and kind in kinds


@pytest.mark.parametrize("question", ["When is the next meeting?", "Когда следующее заседание?"])
def test_the_next_meetings_date_is_answered_from_the_later_reports(answerer: Answerer, question: str) -> None:
    reply = answerer.ask(question)
    shown = {reply.fact_id, *(i.fact_id for i in reply.items)}
    assert {"next-meeting-may-24-trend", "next-meeting-may-24-turkmenportal"} <= shown
    text = render_text(reply)
    assert "May 24 this year in Ashgabat" in text and "24 мая в Ашхабаде" in text


def test_a_report_without_a_date_says_so_everywhere(answerer: Answerer) -> None:
    factbase = answerer.factbase
    reply = answerer.fact("aripov-mutual-investments", "en")
    assert reply is not None and "AzerNews (republished by MENAFN)" in render_text(reply)
    assert "date not shown" in render_text(reply) and "date not shown" in render_html(reply)
    russian = answerer.fact("aripov-mutual-investments", "ru")
    assert russian is not None and "дата не указана" in render_text(russian)
    assert "дата не указана" in sources_page(factbase, "ru") and "date not shown" in sources_page(factbase, "en")
    assert "date not shown" in "".join(compose_digest(factbase, ["aripov-innoprom-forum"], "en"))


def test_a_quote_in_another_language_says_so_and_russian_pages_name_agencies_in_russian(
        answerer: Answerer) -> None:
    english = render_text(answerer.fact("tass-22-documents", "en"))  # type: ignore[arg-type]
    source = next(line for line in english.splitlines() if line.startswith("Source: TASS"))
    assert source.startswith("Source: TASS") and "26 October 2023, 16:57" in source and source.endswith("(in Russian)")
    russian = render_text(answerer.fact("tass-22-documents", "ru"))  # type: ignore[arg-type]
    assert "(на русском языке)" not in russian  # same language: nothing to say
    # a Russian reply quoting English says so once, under the quote (not again at the source)
    russian_reply = render_text(answerer.fact("aripov-innoprom-forum", "ru"))  # type: ignore[arg-type]
    assert "(цитата на английском)" in russian_reply and "(на английском языке)" not in russian_reply
    page = sources_page(answerer.factbase, "ru")
    assert "со ссылкой на пресс-службу правительства Киргизии" in page
    assert "со ссылкой на БелТА, «Интерфакс» и AKIpress" in page
    assert "the Kyrgyz government's press service" not in page


def test_agreements_lists_the_documents_signed_not_the_overview_facts(answerer: Answerer) -> None:
    factbase = answerer.factbase
    page = agreements_page(factbase, "en")
    documents = [a for a in factbase.agreements.values() if a.agreement_kind == "document"]
    assert len(documents) == 12  # the Kyrgyz government's items 1 to 10.1, and the medal TASS names
    for agreement in factbase.agreements.values():
        assert (agreement.title in page) == (agreement.agreement_kind in ("document", "decision")), agreement.id
    assert "(the excerpt ends mid-title)" in page
    counts = {a.id: (a.count, a.counts) for a in factbase.agreements.values() if a.agreement_kind == "count"}
    assert counts == {"twenty-documents-signed": (20, "documents"), "tass-22-documents": (22, "documents"),
                      "tass-nine-financing-documents": (9, "financing documents")}
    kinds = {a.agreement_kind for a in factbase.agreements.values()}
    assert kinds == {"document", "decision", "agenda", "result", "count", "schedule", "background"}


def test_the_venue_decision_does_not_give_27_october_as_the_date(answerer: Answerer) -> None:
    for language, held in (("en", "held on 26 October 2023"), ("ru", "заседание прошло 26 октября 2023 года")):
        reply = answerer.fact("venue-decided-sochi", language)
        assert reply is not None and held in reply.headline

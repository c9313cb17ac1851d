"""What the third update and its curation pass made answerable, asked in a curator's own words.

Each test asks the Telegram-free core a question about a sentence the reports state but the fact
base lacked (or held only in part), and checks what a user reads: the report's own words in
quotation marks and the report they come from. The questions are not the development sets'.
The last test shows the third update reaching a subscriber once, with the real files.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.loader import load_factbase
from bot.outbox import Outbox
from bot.replies import Reply, render_text
from bot.storage import Storage
from bot.subscriptions import Subscriptions
from knowledge import DEFAULT_DIR
from tests.support_digest import add_follow_up, add_second_update, file_ids, launch_kb

THIRD_UPDATE = "third-update-2026-12-01.yaml"


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer.from_directory(DEFAULT_DIR)


def shown(reply: Reply) -> list[str]:
    """The facts a reply shows: its own, or its list's."""
    return [reply.fact_id or "", *(item.fact_id for item in reply.items)]


def test_what_aripov_said_unified_energy_systems_must_take_into_account(answerer: Answerer) -> None:
    reply = answerer.ask("What must be taken into account for the energy systems to work as one, according to Aripov?")
    assert reply.answered and "aripov-energy-capabilities" in shown(reply)
    text = render_text(reply)
    assert "“He added that for such work, it is necessary to take into account the capabilities of each of the " \
           "commonwealth countries in energy generation and consumption.”" in text
    assert "Trend News Agency" in text and "(the report's wording, not a direct quote)" in text


def test_the_energy_sentence_in_russian_and_in_azernews_rendering_too(answerer: Answerer) -> None:
    reply = answerer.ask("Что нужно учитывать для единой работы энергосистем?")
    assert reply.answered and reply.language == "ru"
    assert {"aripov-energy-capabilities", "aripov-energy-systems-azernews"} & set(shown(reply))
    alone = answerer.fact("aripov-energy-systems-azernews", "en")
    assert alone is not None
    text = render_text(alone)
    assert "the energy production and consumption capabilities of each of the Commonwealth countries" in text
    assert "AzerNews" in text and "date not shown" in text


def test_the_jubilee_medal_is_a_document_signed_named_by_tass(answerer: Answerer) -> None:
    reply = answerer.ask("Was a commemorative medal among the things signed?")
    assert reply.answered and "doc-jubilee-medal" in shown(reply)
    text = render_text(reply)
    assert "о единой юбилейной медали к 80-й годовщине" in text and "TASS" in text
    medal = answerer.factbase.agreements["doc-jubilee-medal"]
    assert medal.agreement_kind == "document"  # /agreements lists it with the Kyrgyz government's items
    documents = [a.id for a in answerer.factbase.agreements.values() if a.agreement_kind == "document"]
    assert documents[0] == "doc-next-regular-meeting" and documents[-1] == "doc-jubilee-medal"


@pytest.mark.parametrize("question", ["When was the meeting first announced to take place?",
                                      "Was the meeting held on 27 October?"])
def test_the_date_first_announced_is_shown_with_the_date_it_was_held(answerer: Answerer, question: str) -> None:
    reply = answerer.ask(question)
    assert reply.answered and "date-announced-27-october" in shown(reply)
    text = render_text(reply)
    assert "Следующее заседание Совета глав правительств СНГ пройдет 27 октября этого года в Бишкеке" in text
    assert "Sputnik" in text
    assert "held on 26 October" in text  # never 27 October as the date it was held
    fact = answerer.fact("date-announced-27-october", "ru")
    assert fact is not None and "прошло оно 26 октября 2023 года" in fact.headline


def test_cultural_projects_come_with_the_agenda_sentence_they_belong_to(answerer: Answerer) -> None:
    reply = answerer.ask("What cultural projects were mentioned?")
    assert reply.answered and reply.fact_id == "agenda-cultural-humanitarian"
    text = render_text(reply)
    assert "Developing cultural and humanitarian ties was also among the key topics on the agenda. Currently, CIS " \
           "member states are endorsing related programs and concepts while launching significant cultural " \
           "projects in this realm." in text
    assert "The Astana Times" in text


def test_who_told_tass_about_twenty_two_documents(answerer: Answerer) -> None:
    reply = answerer.ask("Who was TASS's source for the twenty-two documents?")
    assert reply.answered and "tass-22-documents" in shown(reply)
    text = render_text(reply)
    assert "Об этом сообщили в пресс-службе правительства Киргизии." in text
    assert "The meeting reported resulted in signing of twenty" in text  # Asia-Plus's count beside it


@pytest.mark.parametrize(("question", "fact_id", "words"), [
    ("Where was it decided that Bishkek would host the meeting?", "venue-decided-sochi", "в Сочи"),
    ("What will the Executive Committee do with the proposals?", "lebedev-proposals-analysis",
     "the CIS Executive Committee will analyze all these proposals for their practical implementation"),
    ("In what domains were documents signed?", "documents-signed",
     "geodesy, cartography, geographic information technologies, the mining and metallurgical sector"),
    ("Did the Uzbek PM call the industrial concept a big step?", "aripov-industrial-concept-azernews",
     "adopted in June at the initiative of Uzbekistan"),
])
def test_facts_the_base_held_are_found_by_the_subject_in_plain_words(answerer: Answerer, question: str,
                                                                     fact_id: str, words: str) -> None:
    reply = answerer.ask(question)
    assert reply.answered and fact_id in shown(reply)
    assert words in render_text(reply)


def test_two_renderings_of_one_sentence_are_shown_together_each_with_its_source(answerer: Answerer) -> None:
    reply = answerer.ask("Aripov on joint projects in priority sectors of the economy")
    assert reply.answered
    assert {"aripov-joint-projects-priority-sectors", "aripov-import-substitution-support"} <= set(shown(reply))
    text = render_text(reply)
    assert "“This will contribute to the promotion of joint projects in priority sectors of the economy”" in text
    assert "This will help promote joint projects in the priority sectors of the economy" in text
    assert "Trend News Agency" in text and "AzerNews" in text
    fta = answerer.ask("Aripov and the free trade zone without exceptions")
    assert {"aripov-free-trade-zone", "aripov-free-trade-zone-azernews"} <= set(shown(fta))


def test_a_subscriber_gets_the_third_update_once(tmp_path: Path) -> None:
    storage = Storage.open(tmp_path / "bot.sqlite3")
    try:
        subscriptions, outbox = Subscriptions(storage), Outbox(storage)
        knowledge = launch_kb(tmp_path / "kb")
        add_follow_up(knowledge)
        add_second_update(knowledge)
        subscriptions.record_facts(load_factbase(knowledge))
        subscriptions.subscribe(1, "private", "daily", "en")
        shutil.copyfile(DEFAULT_DIR / THIRD_UPDATE, knowledge / THIRD_UPDATE)  # quotes reports already there
        third = load_factbase(knowledge)
        expected = file_ids(THIRD_UPDATE)
        assert subscriptions.record_facts(third) == expected and len(expected) == 8
        digest = outbox.compose(1, third)
        assert digest is not None and list(digest.fact_ids) == expected
        assert outbox.compose(1, third) is None
    finally:
        storage.close()

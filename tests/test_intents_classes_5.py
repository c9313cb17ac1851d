"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_4.py.

Each test names the class (a count within a count asked in a sentence of its own, a later question naming a
person the whole reply missed) and checks it on the shipped fact base with phrasings written for this file:
whether the bot answered, what its reply says, and which facts it showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- messages of several questions -----------------------------------------------------------

@pytest.mark.parametrize("question", ["Сколько подписали документов? Сколько из них касаются финансирования?",
                                      "Сколько документов подписали в итоге? Сколько из них о финансировании? Кто это сообщил?"])
def test_a_count_within_a_count_asked_in_a_sentence_of_its_own_gets_both_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered, text
    assert {"twenty-documents-signed", "tass-nine-financing-documents"} <= shown(reply), text
    assert "22" in text and "20" in text and "9" in text, text


@pytest.mark.parametrize(("question", "agencies"), [
    ("Через какое агентство цитируют Лебедева? А Мишустина?", ("БелТА", "Интерфакс")),
    ("Which agency is the source for Lebedev's quotes? And Mishustin?", ("BelTA", "Interfax")),
])
def test_a_later_question_of_another_person_is_answered_too(question: str, agencies: tuple[str, str]) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered, text
    mishustin = {i for i, s in FACTS.statements.items() if s.speaker == "mishustin"}
    assert "lebedev-frank-conversation" in shown(reply) and shown(reply) & mishustin, text
    assert all(agency in reply.headline for agency in agencies), reply.headline


def test_a_bare_country_put_to_the_next_meeting_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("where's the next meeting going to be? russia?")
    assert reply.headline.startswith("Not in Russia"), render_text(reply)


@pytest.mark.parametrize(("question", "first", "second"), [
    ("Слова Мишустина: через какое агентство? А слова Лебедева?", "mishustin", "lebedev"),
    ("Lebedev's quote: which agency? And Mishustin's quotes?", "lebedev", "mishustin"),
])
def test_a_label_naming_a_person_is_read_with_the_question_after_it(question: str, first: str, second: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    speakers = {FACTS.statements[i].speaker for i in shown(reply) if i in FACTS.statements}
    assert reply.answered and {first, second} <= speakers, text


# -- an item by its number; the CIS's enlargement ----------------------------------------------

def test_a_document_by_its_number_with_the_day_it_was_signed_is_that_item() -> None:
    reply = SHIPPED.ask("What is document no. 2 signed on 26 October on the Kyrgyz Cabinet's list?")
    second = {fact for fact, number in FACTS.item_numbers.items() if number == "2"}
    assert reply.answered and shown(reply) & second and "None of the reports gives 2" not in reply.headline, \
        render_text(reply)


@pytest.mark.parametrize("question", ["Лебедев говорил что-нибудь о расширении СНГ?",
                                      "Что говорили в Бишкеке о расширении Содружества?"])
def test_the_cis_enlargement_is_not_the_expanded_format_of_a_session(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "venue-decided-sochi" not in shown(reply), render_text(reply)


def test_the_expanded_format_of_the_sochi_session_is_still_found() -> None:  # guard
    reply = SHIPPED.ask("Was the Sochi session where Lebedev spoke held in an expanded format?")
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


# -- found by a reviewer of the several-questions rules: what must not change ----------------

def test_a_bare_follow_up_naming_an_unquoted_head_still_gets_his_delegation() -> None:
    reply = SHIPPED.ask("What did Mishustin say? And Golovchenko?")
    text = render_text(reply)
    assert reply.answered and "golovchenko" in shown(reply) and "mishustin-eaeu" in shown(reply), text


def test_nothing_of_a_second_persons_words_on_the_subject_is_still_said() -> None:  # guard
    reply = SHIPPED.ask("Что Арипов сказал об энергетике? А Мишустин?")
    assert reply.headline.startswith("Слов об этом не приводится: Михаил Мишустин"), render_text(reply)


def test_which_of_the_documents_are_on_financing_keeps_tass_nine() -> None:
    reply = SHIPPED.ask("How many documents were signed? Which of them are on financing?")
    assert "tass-nine-financing-documents" in shown(reply), render_text(reply)


# -- a report's author; accreditation; one premier meeting another ---------------------------

@pytest.mark.parametrize("question", ["Какой журналист написал заметку Asia-Plus?",
                                      "Which reporter wrote the TASS piece on the documents?"])
def test_the_journalist_who_wrote_a_report_is_not_named(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not shown(reply) - {"sources"}, render_text(reply)


def test_which_journalists_were_accredited_is_not_answered() -> None:
    reply = SHIPPED.ask("Which journalists were accredited for the meeting?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Мишустин с Ариповым отдельно встречался в Бишкеке? О чём говорили?",
                                      "Smailov s Mishustinym otdelno vstrechalsya?"])
def test_one_premier_meeting_another_named_first_is_said_to_be_unreported(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "attend", render_text(reply)


# -- who went ("ездил"); what happens next to the proposals ----------------------------------

@pytest.mark.parametrize("question", ["Токаев сам ездил?", "Tokaev sam ezdil v Bishkek?"])
def test_whether_a_president_went_himself_is_read_as_attendance(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "attend" and "tokayev" in shown(reply), render_text(reply)
    assert "не значится среди участников" in reply.headline, reply.headline


def test_what_happens_next_to_the_proposals_is_the_executive_committees_analysis() -> None:
    reply = SHIPPED.ask("Что будет дальше с предложениями глав делегаций?")
    assert reply.answered and "lebedev-proposals-analysis" in shown(reply), render_text(reply)


def test_the_askers_own_trip_is_no_attendance_asked() -> None:  # guard
    reply = SHIPPED.ask("Я в молодости ездила в Ашхабад, помню жару. Говорят, следующее заседание будет там. Какого числа?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


# -- a count within a count without "of them"; "besides" a subject --------------------------

@pytest.mark.parametrize("question", ["How many documents were signed? How many on financing?",
                                      "Сколько документов подписали? А сколько о финансовом обеспечении?"])
def test_a_second_count_without_its_noun_counts_within_the_first(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert {"twenty-documents-signed", "tass-nine-financing-documents"} <= shown(reply), render_text(reply)


def test_besides_a_subject_is_no_delegation_set_aside() -> None:
    reply = SHIPPED.ask("Besides trade, what did Smailov propose for the CIS countries?")
    assert reply.intent != "count" and "Besides the delegations" not in reply.headline, render_text(reply)


def test_besides_a_delegation_is_still_counted_apart() -> None:  # guard
    reply = SHIPPED.ask("Name all the heads of delegation, apart from the Kazakh prime minister, with their countries.")
    assert reply.intent == "count" and "smailov" not in shown(reply) and "golovchenko" in shown(reply), render_text(reply)


def test_closing_words_are_what_was_said_to_sum_up_not_close_interaction() -> None:
    reply = SHIPPED.ask("Lebedev's closing words were carried by Interfax, right?")
    assert reply.headline.startswith("No:") and "BelTA" in reply.headline, render_text(reply)
    assert not {i for i in shown(reply) if i.startswith("mishustin")}, render_text(reply)


def test_close_interaction_is_still_mishustins() -> None:  # guard
    reply = SHIPPED.ask("Did Mishustin call for close interaction?")
    assert reply.answered and "mishustin-prosperity" in shown(reply), render_text(reply)

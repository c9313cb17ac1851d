"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_6.py.

Each test names the class (a city in a claim taken for a person's name, where an earlier agreement was
signed, a report's figure asked beside whom it cites, a headcount in the hall, words asked "in quotes", a
label heading a message of two questions, which heads of government are quoted) and checks it on the
shipped fact base with phrasings written for this file: whether the bot answered, what its reply says, and
which facts it showed.
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


# -- a city in a claim is a place, not a stranger at the meeting ------------------------------

@pytest.mark.parametrize("question", [
    "Uzbekistan proposed holding the Innoprom forum in Yekaterinburg. Is that what the reports say?",
    "Uzbekistan asked for the industrial cooperation forum at Innoprom in Yekaterinburg, correct?",
])
def test_a_claimed_city_gets_the_fact_with_the_right_city_not_an_attendance(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), text
    assert "represented Uzbekistan" not in reply.headline, reply.headline
    assert "Yekaterinburg" in reply.headline and "Tashkent" in text, text


def test_a_russian_reply_names_the_claimed_city_in_russian() -> None:  # guard
    reply = SHIPPED.ask("Арипов говорил о форуме на «Иннопроме» в Екатеринбурге, так?")
    text = render_text(reply)
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), text
    assert "Екатеринбург" in reply.headline and "Yekaterinburg" not in reply.headline, reply.headline


# -- where an earlier agreement was signed: the reports give its date only --------------------

@pytest.mark.parametrize("question", [
    "In which city was the 2016 CIS mining and metallurgy agreement signed?",
    "В каком городе подписали соглашение 2016 года по горно-металлургической отрасли? Где?",
    "where did they sign the 2016 agreement on mining and metallurgy",
])
def test_where_an_earlier_agreement_was_signed_is_not_answered_with_its_title(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert "2016" in reply.headline, reply.headline
    assert "doc-mining-metallurgy-measures" in shown(reply) or "mining" in text.lower(), text


def test_where_this_meetings_document_was_signed_still_shows_the_document() -> None:  # guard
    reply = SHIPPED.ask("where was the geodesy programme signed?")
    assert reply.answered and "doc-geodesy-cartography-program" in shown(reply), render_text(reply)


# -- a report's figure asked beside whom it cites ---------------------------------------------

@pytest.mark.parametrize(("question", "figure"), [
    ("TASS has a number of documents signed: what number, and who is TASS's source?", "Двадцать два"),  # guard
    ("Какую цифру подписанных документов даёт ТАСС и на кого он ссылается?", "Двадцать два"),
])
def test_a_reports_figure_and_whom_it_cites_are_both_given(question: str, figure: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply), text
    assert figure in text, text
    assert "press service" in reply.headline or "пресс-служб" in reply.headline, reply.headline


def test_which_body_it_cites_after_a_named_figure_asks_whom_the_report_credits() -> None:
    reply = SHIPPED.ask("Where did TASS get the 22 from? Which body does it cite?")
    text = render_text(reply)
    assert reply.answered and "press service" in reply.headline, text
    assert "financial support" not in text.lower() and "asia-plus" not in text.lower(), text


# -- everyone in the hall is a headcount no report gives ---------------------------------------

@pytest.mark.parametrize("question", [
    "Сколько участников сидело в зале?",
    "how many participants were there in the hall in total?",
])
def test_a_headcount_in_the_hall_is_not_answered_with_the_delegations(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert "9" in text, text  # (the delegations, shown as what the reports do give)


def test_the_number_of_participating_delegations_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("сколько было участников?")
    assert reply.answered and "9" in reply.headline, render_text(reply)


# -- words asked "in quotes" -------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Does Trend carry the 'big step' line inside quotes?",
    "is the 'big step' line within quotation marks in Trend?",
])
def test_a_line_asked_inside_quotes_gets_how_the_report_quotes_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "aripov-industrial-concept" in shown(reply), text
    assert reply.headline.startswith("A direct quote"), reply.headline


# -- a label heading a message of two questions ---------------------------------------------

def test_a_label_heads_both_questions_after_it() -> None:
    reply = SHIPPED.ask("The TASS piece: what figure does it give, and whom does it cite?")
    text = render_text(reply)
    assert reply.answered, text
    assert "tass-22-documents" in shown(reply) and "press service" in text, text


# -- which heads of government the reports quote ------------------------------------------------

@pytest.mark.parametrize("question", [
    "which prime ministers get quoted?",
    "whom do the outlets quote in their own words?",
])
def test_who_is_quoted_is_the_list_of_people_quoted(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.intent == "participants", text
    assert "Smailov" in text and "Aripov" in text and "Mishustin" in text, text


def test_heads_of_government_quoted_leave_out_the_secretary_general() -> None:
    reply = SHIPPED.ask("which heads of government do the reports quote?")
    text = render_text(reply)
    assert reply.answered and "Smailov" in text, text
    assert "Lebedev" not in text, text


# -- a claim that a mentioned-only person spoke here, on a subject others relayed his words on -------

@pytest.mark.parametrize("question", [
    "Tokayev raised trade barriers at the heads of government meeting himself, right?",  # guard
    "Говорят, Токаев сам выступил на заседании про торговые барьеры. Так было?",
])
def test_a_claim_that_a_mentioned_person_spoke_here_is_answered_with_what_was_relayed(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "smailov-trade-barriers" in shown(reply), text  # (Smailov recalling Tokayev)
    assert "not quoted" in reply.headline or "не приводятся" in reply.headline, reply.headline


def test_what_a_mentioned_person_said_at_this_meeting_is_still_not_answered() -> None:  # guard
    reply = SHIPPED.ask("what did Tokayev say at the 26 October meeting")
    assert not reply.answered, render_text(reply)

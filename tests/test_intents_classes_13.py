"""More classes of question that fresh users found answered wrongly or not at all, each closed by a rule (no
Telegram here): the continuation of tests/test_intents_classes_12.py.

Each test names the class (where the reports differ, asked as such; a headline's round figure put beside
"how many exactly"; a year put to someone's post, not to any date the reports give; Russian typed in Latin
letters with "ai" for "ай", "-tsya", glued "-то" and "there"; coal dumps) and checks it on the shipped fact base
with phrasings written for this file: whether the bot answered, what its reply says, and which facts it showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.replies import render_text
from bot.text import cyrillic_spellings
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- a headline's round figure, then how many exactly ------------------------------------------------------------

def test_how_many_beside_a_headline_gets_the_counts_not_the_headline() -> None:
    reply = SHIPPED.ask("В заголовке ТАСС сказано «более 20 документов». Сколько их на самом деле?")
    text = render_text(reply)
    assert reply.answered and "22" in text, text
    assert not text.startswith("Заголовок"), text


def test_how_many_beside_an_english_headline_gets_the_reports_count() -> None:  # guard
    reply = SHIPPED.ask("The TASS headline says over 20 documents were signed - how many documents exactly?")
    text = render_text(reply)
    assert reply.answered and "22" in text.split("\n")[0], text
    assert not text.startswith("TASS's report is headlined"), text


def test_how_many_beside_a_headline_naming_nothing_counted_gets_each_reports_count_of_documents() -> None:
    reply = SHIPPED.ask("The TASS headline says more than 20: how many exactly?")
    text = render_text(reply)
    assert reply.answered and {"twenty-documents-signed", "tass-22-documents"} <= shown(reply), text
    assert "no figure" not in text, text


def test_how_many_beside_a_headline_naming_something_else_counts_that() -> None:  # guard
    reply = SHIPPED.ask("The TASS headline says more than 20 delegations — how many?")
    text = render_text(reply)
    assert reply.answered and "9 delegations" in text, text


def test_the_headline_alone_is_still_given_when_asked() -> None:  # guard
    reply = SHIPPED.ask("Какой заголовок у заметки ТАСС?")
    text = render_text(reply)
    assert reply.answered and "более 20 документов" in text.split("\n")[0], text


# -- a year put to someone's post ---------------------------------------------------------------------------------

def test_a_year_put_to_the_secretary_generals_post_is_not_corrected_with_a_meeting_date() -> None:
    reply = SHIPPED.ask("Правда ли, что генсек СНГ Лебедев в 2025 году покидает пост?")
    text = render_text(reply)
    assert not reply.answered, text
    assert "date-announced-27-october" not in shown(reply), text


def test_a_wrong_year_put_to_a_document_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("Правда ли, что соглашение о горно-металлургической отрасли датировано 2019 годом?")
    text = render_text(reply)
    assert reply.answered and "2019" in text.split("\n")[0] and "2016" in text, text


def test_a_wrong_day_put_to_the_next_meeting_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("The Ashgabat session was scheduled for 12 April, right?")
    text = render_text(reply)
    assert reply.answered and "12 April" in text.split("\n")[0] and "May" in text, text


# -- Russian typed in Latin letters -------------------------------------------------------------------------------

def test_ai_before_a_consonant_may_spell_the_short_i() -> None:
    assert cyrillic_spellings("azerbaidzhan") == ("азербаиджан", "азербайджан")
    assert cyrillic_spellings("naiti") == ("наити", "найти")
    assert cyrillic_spellings("proizvodstvo")[0] == "производство"  # the plain spelling stays first


def test_there_typed_in_latin_letters_does_not_hide_who_came() -> None:
    reply = SHIPPED.ask("belarus kogo otpravila tuda")
    text = render_text(reply)
    assert reply.answered and "golovchenko" in shown(reply), text


def test_glued_something_and_i_think_typed_in_latin_letters_carry_no_subject() -> None:
    reply = SHIPPED.ask("chtoto pro geodeziyu podpisali, mne kazhetsya")
    text = render_text(reply)
    assert reply.answered and "doc-geodesy-cartography-program" in shown(reply), text


def test_glued_some_kind_of_in_cyrillic_carries_no_subject() -> None:
    reply = SHIPPED.ask("какоето соглашение по услугам Смаилов просил ускорить?")
    text = render_text(reply)
    assert reply.answered and "smailov-services-agreement" in shown(reply), text


def test_how_to_get_there_typed_in_latin_letters_is_no_document() -> None:
    reply = SHIPPED.ask("a kak tuda dobratsya?")
    assert not reply.answered, render_text(reply)


def test_tsya_typed_in_latin_letters_spells_a_verbs_ending() -> None:
    assert cyrillic_spellings("kazhetsya") == ("кажется", "кажеться")


# -- uranium dumps ------------------------------------------------------------------------------------------------

def test_coal_dumps_are_not_the_uranium_programme() -> None:  # guard
    reply = SHIPPED.ask("Что решили по угольным отвалам?")
    assert "doc-uranium-recultivation-program" not in shown(reply) or not reply.answered, render_text(reply)


# -- where the reports differ, asked as such ----------------------------------------------------------------------

def test_where_the_reports_differ_lists_both_counts_and_the_first_announced_day() -> None:
    reply = SHIPPED.ask("Are there any contradictions between the sources?")
    text = render_text(reply)
    assert reply.answered and {"twenty-documents-signed", "tass-22-documents"} <= shown(reply), text
    assert "27 October" in text and "Asia-Plus" in text and "TASS" in text, text


def test_where_the_reports_differ_in_russian_is_answered_in_russian() -> None:
    reply = SHIPPED.ask("Есть ли разночтения между публикациями?")
    text = render_text(reply)
    assert reply.answered and text.startswith("Где публикации расходятся"), text
    assert {"twenty-documents-signed", "tass-22-documents"} <= shown(reply), text


def test_where_the_reports_differ_on_the_day_shows_the_day_only() -> None:
    reply = SHIPPED.ask("Do the sources contradict each other on the date?")
    text = render_text(reply)
    assert reply.answered and "27 October" in text, text
    assert "tass-22-documents" not in shown(reply), text


def test_two_reports_that_differ_on_nothing_recorded_get_no_list() -> None:  # guard
    reply = SHIPPED.ask("Does the Astana Times contradict Trend?")
    assert "tass-22-documents" not in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Do the sources contradict each other about where the meeting was held?",
    "Расходятся ли публикации в том, кто участвовал?",
    "Do the reports disagree on the date of the next meeting?",
    "Do the sources disagree on the year?",
    "Do the reports disagree on the number of participants?",
])
def test_a_disagreement_asked_on_what_the_reports_agree_on_gets_no_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.intent != "differ" and not {"tass-22-documents", "date-announced-27-october"} & shown(reply), text


def test_a_disagreement_on_a_subject_no_fact_knows_is_not_answered() -> None:  # guard
    reply = SHIPPED.ask("Do the reports disagree about the weather in Bishkek?")
    assert not reply.answered, render_text(reply)


# -- who someone is, then why -------------------------------------------------------------------------------------

def test_who_someone_is_and_why_he_came_gets_who_he_is_and_that_no_report_says_why() -> None:
    reply = SHIPPED.ask("Who is Mher Grigoryan, and why did he come to Bishkek?")
    text = render_text(reply)
    assert reply.answered and "grigoryan" in shown(reply) and "Deputy Prime Minister" in text, text
    assert "don't say why" in text, text


def test_who_someone_is_and_why_in_russian() -> None:
    reply = SHIPPED.ask("Кто такой Мгер Григорян и почему приехал именно он?")
    text = render_text(reply)
    assert reply.answered and "grigoryan" in shown(reply) and "Причин публикации не называют" in text, text


def test_who_someone_is_and_why_he_said_something_keeps_what_he_said() -> None:
    reply = SHIPPED.ask("Who is Aripov and why did he talk about an e-commerce platform?")
    text = render_text(reply)
    assert "e-commerce" in text, text


def test_why_alone_of_who_came_still_says_no_report_gives_a_reason() -> None:  # guard
    reply = SHIPPED.ask("Why did Grigoryan come instead of the prime minister?")
    assert not reply.answered, render_text(reply)


# -- a leader the reports only mention, said to have come or spoken --------------------------------------------

def test_a_leader_said_to_have_spoken_at_the_meeting_gets_who_led_his_delegation() -> None:
    reply = SHIPPED.ask("Mirziyoyev personally addressed the Bishkek session on the 26th, didn't he?")
    text = render_text(reply)
    assert reply.answered and "not listed among the meeting's participants" in text and "Aripov" in text, text


def test_a_leader_said_to_have_come_in_russian_gets_who_led_his_delegation() -> None:
    reply = SHIPPED.ask("Токаев ведь сам приезжал на СГП и выступал там, да?")
    text = render_text(reply)
    assert reply.answered and "Смаилов" in text, text


def test_what_a_mentioned_leader_said_there_stays_unanswered() -> None:  # guard
    reply = SHIPPED.ask("What did Mirziyoyev say in his own speech at the 26 October session?")
    assert not reply.answered, render_text(reply)


# -- a month or a year put to the meeting itself -------------------------------------------------------------------

@pytest.mark.parametrize("question", ["Was the CIS heads of government meeting in 2024?", "Заседание проходило в ноябре?",
                                      "Was the session in September?"])
def test_a_wrong_month_or_year_of_the_meeting_gets_its_date(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and ("26 October 2023" in text.split("\n")[0] or "26 октября 2023" in text.split("\n")[0]), text


def test_a_year_put_to_a_document_of_the_meeting_is_not_read_as_its_date() -> None:  # guard
    reply = SHIPPED.ask("was the action plan for the volunteer year 2024 adopted at the meeting?")
    text = render_text(reply)
    assert reply.answered and "volunteer-year-2024" in shown(reply), text


# -- a question, then remarks ----------------------------------------------------------------------------------------

def test_a_question_then_a_remark_of_the_asker_is_answered() -> None:
    reply = SHIPPED.ask("How many documents on financing were there? I saw a figure on a Russian site, but my Russian "
                        "is poor.")
    text = render_text(reply)
    assert reply.answered and "tass-nine-financing-documents" in shown(reply), text


@pytest.mark.parametrize("question", [
    "How many documents on financing were there? Only the Afghan ones.",
    "How many documents on financing were there? In 2022, I mean.",
    "Сколько было документов о финансировании? На саммите ШОС.",
])
def test_a_remark_that_changes_the_question_is_not_left_out(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "tass-nine-financing-documents" not in shown(reply) or not reply.answered, render_text(reply)


def test_where_the_reports_about_the_meeting_differ_shows_the_day_too() -> None:
    reply = SHIPPED.ask("Do the reports about the Bishkek session contradict each other?")
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply) and "27 October" in text, text


def test_a_disagreement_on_the_announced_day_shows_the_day_only() -> None:
    reply = SHIPPED.ask("Do the sources disagree about the date that was announced?")
    text = render_text(reply)
    assert reply.answered and "27 October" in text and "tass-22-documents" not in shown(reply), text


# -- a wrong city put to the meeting, then where and when it was --------------------------------------------------

def test_a_wrong_city_then_where_and_when_gets_the_correction_and_the_date() -> None:
    reply = SHIPPED.ask("Коллега уверяет, что совет глав правительств СНГ осенью 2023 года проходил в Минске, а я "
                        "думаю — в Бишкеке. Спорим на торт. Где и какого числа он был?")
    text = render_text(reply)
    assert reply.answered and "Бишкек" in text and "26 октября 2023" in text, text


# -- which heads of government were there; someone's family ---------------------------------------------------------

@pytest.mark.parametrize("question", ["Which heads of government were at the Bishkek session? With countries, please.",
                                      "Какие премьеры были на заседании в Бишкеке?"])
def test_which_heads_of_government_were_there_gets_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.intent == "participants" and "Rasulzoda" in text or "Расулзода" in text, text


@pytest.mark.parametrize("question", ["Is Golovchenko's wife a diplomat, and was she in Bishkek too?",
                                      "Как зовут жену Арипова?"])
def test_someones_family_is_not_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_the_askers_own_family_beside_a_name_is_no_question_of_that_persons_family() -> None:  # guard
    reply = SHIPPED.ask("Сын у меня водитель, уважает Смаилова. Что Смаилов говорил про транзит?")
    text = render_text(reply)
    assert reply.answered and "smailov-transport-routes" in shown(reply), text


# -- one city or another -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["Was it held in Bishkek or in Astana?",
                                      "Was the CIS session in Almaty or Bishkek? My editor says Almaty."])
def test_the_meetings_city_put_beside_another_gets_its_date_and_place(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and text.startswith("The CIS Council of Heads of Government met on 26 October 2023 in Bishkek"), \
        text


def test_the_next_meetings_city_put_beside_another_is_the_next_meetings() -> None:  # guard
    reply = SHIPPED.ask("Will the next session be in Ashgabat or in Bishkek?")
    text = render_text(reply)
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), text

"""More classes of question that fresh users found answered wrongly or half (no Telegram here): the continuation
of tests/test_intents_classes_13.py.

Each test names the class (a report's count and whom it cites, asked together; the official a report names beside
the agency it relays; the meeting before, asked of a report on the next one; a date with a two-digit year; a topic
label before the question; a wrong city and a wrong count claimed together; an amount of money asked of two
countries; a leader the reports never mention asked for his words; the one question of a long letter) and checks
it on the shipped fact base with phrasings written for this file: whether the bot answered, what its reply says,
and which facts it showed.
"""

from __future__ import annotations

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- a report's count and whom it cites, asked together -----------------------------------------------------------

def test_a_reports_figure_and_whom_it_cites_get_both_not_a_document_it_names() -> None:
    reply = SHIPPED.ask("The TASS story gives a figure for the agreements - what figure, and which body does TASS cite?")
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply), text
    assert "doc-jubilee-medal" not in shown(reply), text
    assert "press service" in text.split("\n")[0], text


def test_a_reports_total_and_its_source_asked_together_get_both() -> None:  # guard
    reply = SHIPPED.ask("Which total number of agreements does TASS give, and on whose information?")
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply), text
    assert "press service" in text.split("\n")[0], text


def test_a_reports_figure_and_whom_it_cites_in_russian_get_both() -> None:  # guard
    reply = SHIPPED.ask("Какую цифру документов даёт ТАСС и на кого ссылается?")
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply), text
    assert "пресс-служб" in text, text


def test_whom_a_report_cites_alone_still_names_its_source_first() -> None:  # guard
    reply = SHIPPED.ask("Whom does TASS cite?")
    text = render_text(reply)
    assert reply.answered and "press service" in text.split("\n")[0], text


# -- the official a report names, beside the agency it relays ----------------------------------------------------

def test_the_agency_and_the_official_who_reported_get_both() -> None:
    reply = SHIPPED.ask("The Turkmenportal story about getting ready for Ashgabat: which agency does it cite, and "
                        "which official briefed the Cabinet on the preparations?")
    text = render_text(reply)
    assert reply.answered and "TDH" in text.split("\n")[0], text
    assert "meredov-preparations" in shown(reply), text


def test_the_agency_and_an_unreported_subject_add_no_one_elses_words() -> None:  # guard
    reply = SHIPPED.ask("Which agency does Turkmenportal cite, and who was absent from the Cabinet session?")
    assert "meredov-preparations" not in shown(reply), render_text(reply)


# -- the meeting before, asked of a report on the next one -------------------------------------------------------

def test_the_meeting_before_asked_with_an_exact_date_is_not_the_next_meetings_day() -> None:
    reply = SHIPPED.ask("Trend's article about Ashgabat mentions the previous Bishkek session - does it give its "
                        "exact date?")
    text = render_text(reply)
    assert "last-meeting-bishkek-trend" in shown(reply), text
    assert not text.startswith("Yes: Trend News Agency gives the day of the next meeting"), text


def test_the_next_meetings_exact_day_is_still_said_to_be_given() -> None:  # guard
    reply = SHIPPED.ask("Does Trend give the exact date of the Ashgabat meeting?")
    text = render_text(reply)
    assert reply.answered and text.startswith("Yes"), text


# -- a date with a two-digit year -------------------------------------------------------------------------------

def test_a_reports_date_with_a_two_digit_year_is_the_reports_day() -> None:
    reply = SHIPPED.ask("Trend, 26.02.24: что в заметке говорится о прошлом заседании?")
    text = render_text(reply)
    assert reply.answered and "last-meeting-bishkek-trend" in shown(reply), text


# -- a topic label before the question --------------------------------------------------------------------------

def test_a_money_label_before_a_count_of_documents_gets_the_count() -> None:
    reply = SHIPPED.ask("money question: which documents deal with financing, and how many of them are there?")
    text = render_text(reply)
    assert reply.answered and "9" in text.split("\n")[0], text


def test_a_money_label_before_an_amount_still_abstains() -> None:  # guard
    reply = SHIPPED.ask("money question: how much did Kazakhstan pay?")
    assert not reply.answered, render_text(reply)


# -- a wrong city and a wrong count claimed together ------------------------------------------------------------

def test_a_wrong_city_and_a_wrong_count_claimed_together_are_both_corrected() -> None:
    reply = SHIPPED.ask("The CIS prime ministers gathered in Dushanbe in autumn 2023 and signed forty documents, right?")
    text = render_text(reply)
    first = text.split("\n")[0]
    assert reply.answered and "Not in Dushanbe" in first and "Bishkek" in first, text
    assert "20" in first and "22" in first, text


def test_a_wrong_city_claimed_alone_in_russian_with_met_gets_the_meetings_place() -> None:
    reply = SHIPPED.ask("Премьеры СНГ встретились в Душанбе в октябре 2023 года, так?")
    text = render_text(reply)
    assert reply.answered and "Не в городе Душанбе" in text and "Бишкек" in text, text


# -- an amount of money asked of two countries ------------------------------------------------------------------

def test_an_amount_one_country_gave_another_is_not_their_heads_of_delegation() -> None:
    reply = SHIPPED.ask("Назовите сумму, которую Казахстан перевёл Таджикистану после заседания.")
    text = render_text(reply)
    assert not reply.answered, text
    assert "Глава делегации" not in text, text


def test_naming_two_countries_heads_still_gets_them() -> None:  # guard
    reply = SHIPPED.ask("Назовите глав делегаций Казахстана и Таджикистана")
    text = render_text(reply)
    assert reply.answered and {"smailov", "rasulzoda"} <= shown(reply), text


# -- a leader the reports never mention, asked for his words -----------------------------------------------------

def test_the_words_of_a_leader_the_reports_never_mention_are_not_answered() -> None:
    reply = SHIPPED.ask("What did Lukashenko say at the Heads of State summit in Bishkek? It was the same city, you must "
                        "have it.")
    text = render_text(reply)
    assert not reply.answered, text
    assert "don't mention Lukashenko" in text, text


def test_a_leader_said_to_be_quoted_by_a_participant_gets_the_participants_words() -> None:  # guard
    reply = SHIPPED.ask("Smailov quoted Putin on trade barriers. What did Putin say?")
    text = render_text(reply)
    assert reply.answered and "smailov-trade-barriers" in shown(reply), text
    assert "don't mention Putin" in text, text


def test_a_money_label_before_a_plain_count_keeps_the_total() -> None:
    reply = SHIPPED.ask("Money question: how many agreements were signed altogether?")
    first = render_text(reply).split("\n")[0]
    assert reply.answered and "20" in first and "22" in first, first


def test_an_amount_beside_a_head_of_delegation_still_names_the_head() -> None:
    reply = SHIPPED.ask("How much money did Russia pledge, and who led the Tajik delegation?")
    assert reply.answered and "rasulzoda" in shown(reply), render_text(reply)


# -- the question of a long letter --------------------------------------------------------------------------------

def test_the_question_of_a_letter_is_read_without_the_askers_news() -> None:
    reply = SHIPPED.ask("Дорогие мои, здравствуйте! Зимой у нас морозы, а я всё вяжу носки для правнуков. "
                        "Соседка рассказала, будто в Бишкеке подписали программу по геодезии и картографии. "
                        "До какого года она рассчитана? Кот мой Барсик передаёт привет.")
    text = render_text(reply)
    assert reply.answered and "doc-geodesy-cartography-program" in shown(reply), text


def test_a_letters_whole_question_is_not_read_with_the_askers_opinion() -> None:  # guard
    reply = SHIPPED.ask("Добрый день, пишет пенсионер из Самары. Я всегда думал, что Россия должна больше "
                        "предлагать соседям. Хочу спросить: какие конкретные предложения сделал Мишустин в Бишкеке?")
    text = render_text(reply)
    assert not reply.answered, text


# -- another city put with this meeting's day -----------------------------------------------------------------------

def test_another_city_with_the_meetings_day_is_not_what_was_said_of_that_city() -> None:
    reply = SHIPPED.ask("Премьеры встретились в Ташкенте 26 октября?")
    assert "aripov-innoprom-forum" not in shown(reply), render_text(reply)


# -- the asker's insistence around a claim --------------------------------------------------------------------------

def test_a_count_claimed_as_what_everyone_knows_is_corrected() -> None:
    reply = SHIPPED.ask("Тридцать документов подписали, это все знают. Верно?")
    first = render_text(reply).split("\n")[0]
    assert reply.answered and "20" in first and "22" in first, first


def test_a_claim_with_stop_dodging_is_checked_as_the_claim() -> None:
    reply = SHIPPED.ask("The premiers met in Bishkek on 25 October 2023. Stop dodging and confirm it.")
    text = render_text(reply)
    assert "26 October" in text.split("\n")[0], text


def test_the_next_meeting_after_bishkek_put_in_another_city_is_corrected() -> None:
    reply = SHIPPED.ask("The next session after Bishkek was held in Dushanbe, wasn't it?")
    text = render_text(reply)
    assert reply.answered and "Ashgabat" in text and "Dushanbe" in text.split("\n")[0], text


def test_a_mentioned_president_said_to_have_sat_at_the_table_is_not_a_participant() -> None:
    reply = SHIPPED.ask("Токаев сидел за столом в Бишкеке на совете премьеров, не отрицайте!")
    text = render_text(reply)
    assert reply.answered and "smailov" in shown(reply) or "Смаилов" in text, text
    assert "не значится среди участников" in text, text


def test_a_letter_that_names_another_meeting_keeps_it() -> None:
    reply = SHIPPED.ask("Good morning from Kazan. I am asking about the Astana meeting of 2022. My grandson studies "
                        "there. What did Mishustin say?")
    text = render_text(reply)
    assert not reply.answered, text


def test_cargo_is_not_georgia_and_a_cargo_corridor_is_a_corridor() -> None:
    reply = SHIPPED.ask("Какие грузовые маршруты называл Смаилов?")
    text = render_text(reply)
    assert reply.answered and "smailov-transport-routes" in shown(reply), text
    unasked = SHIPPED.ask("Какие грузы обсуждали премьеры?")
    assert not unasked.answered and "Грузия" not in render_text(unasked), render_text(unasked)


# -- the asker's own trip beside the next meeting -------------------------------------------------------------------

def test_the_askers_trip_to_the_next_meeting_is_no_question_of_who_will_come() -> None:
    reply = SHIPPED.ask("when and where is the next one? we could travel to Turkmenistan to watch it")
    text = render_text(reply)
    assert reply.answered and "next-meeting-ashgabat" in shown(reply) or "Ashgabat" in text.split("\n")[0], text


def test_who_will_come_to_the_next_meeting_is_still_unsaid() -> None:  # guard
    reply = SHIPPED.ask("Who will travel to Ashgabat for the next meeting?")
    assert not reply.answered, render_text(reply)


def test_the_askers_trip_after_the_question_names_no_delegation() -> None:
    reply = SHIPPED.ask("When is the next session? Perhaps we could travel to Turkmenistan to watch it.")
    text = render_text(reply)
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), text
    assert "geldimyradov" not in shown(reply), text


def test_who_sat_at_the_table_is_who_took_part() -> None:
    reply = SHIPPED.ask("Who was sitting at the table in Bishkek?")
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "participants", text


# -- found after the end-of-session blind run ----------------------------------------------------------------------

def test_a_persons_family_asked_by_name_without_a_possessive_is_no_answer() -> None:
    reply = SHIPPED.ask("What's the name of Aripov wife, and does he have kids?")
    text = render_text(reply)
    assert not reply.answered and "family" in text.split("\n")[0], text


def test_the_city_a_student_studies_in_is_no_place_put_to_the_meeting() -> None:
    reply = SHIPPED.ask("Good day, I am a student from Peru in Kazan. Was anything signed about volunteers? I hope to "
                        "volunteer next year.")
    text = render_text(reply)
    assert reply.answered and "volunteer-year-2024" in shown(reply), text


def test_what_something_cost_is_no_count() -> None:
    reply = SHIPPED.ask("Сколько стоил приём для делегаций в Бишкеке?")
    assert not reply.answered, render_text(reply)


def test_a_place_no_report_names_put_to_a_decision_is_no_ones_presence() -> None:
    reply = SHIPPED.ask("Did the meeting agree lower transit fees for Kazakh trucks through Khorgos?")
    text = render_text(reply)
    assert not reply.answered and "represented Kazakhstan" not in text, text


def test_a_stranger_put_as_there_for_a_country_still_gets_its_head() -> None:  # guard
    reply = SHIPPED.ask("Was Ivanov there for Russia?")
    assert "mishustin" in shown(reply), render_text(reply)


# -- the asker's asides inside the question -------------------------------------------------------------------------

def test_forgot_and_an_argument_beside_the_question_are_asides() -> None:
    forgot = SHIPPED.ask("kto predstavlyal armeniyu? zabyla")
    assert forgot.answered and "grigoryan" in shown(forgot), render_text(forgot)
    argued = SHIPPED.ask("Где прошла встреча премьеров, а то мы с мужем спорим?")
    assert argued.answered and argued.fact_id == "cis-hog-2023-10-26", render_text(argued)


def test_new_to_the_subject_is_an_aside() -> None:  # guard
    reply = SHIPPED.ask("excuse me, I'm quite new to this subject, who headed the delegation of Belarus?")
    assert reply.answered and "golovchenko" in shown(reply), render_text(reply)


# -- an outlet asked for words no report gives the person ---------------------------------------------------------

def test_an_outlet_asked_for_words_no_report_gives_the_person_gets_none() -> None:
    reply = SHIPPED.ask("Which outlet quoted Lebedev saying 'the Commonwealth is collapsing'?")
    text = render_text(reply)
    assert not reply.answered and "don't quote Sergei Lebedev with these words" in text, text
    russian = SHIPPED.ask("Какое издание сообщило, что Смаилов сказал, что Казахстан выходит из СНГ?")
    assert not russian.answered, render_text(russian)


def test_an_outlet_asked_for_words_a_report_gives_the_person_still_names_it() -> None:  # guard
    reply = SHIPPED.ask("Which outlet reported that Mishustin said Russia remains a reliable ally?")
    text = render_text(reply)
    assert reply.answered and "Asia-Plus" in text.split("\n")[0], text

"""More classes of question that fresh users found answered wrongly or not at all (no Telegram here): the
continuation of tests/test_intents_classes_15.py.

Each test names the class (a leader the reports never name said to have come, as a claim to confirm; that claim
with a number of documents beside it; the meeting's place claimed from a report's dateline; "by how much" of a
rise no report counts; the agency asked after a quote's wording; a year's theme asked beside "was it decided in
Bishkek") and checks it on the shipped fact base with phrasings written for this file: whether the bot answered,
what its reply says, and which facts it showed.
"""

from __future__ import annotations

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- a leader the reports never name, said to have come ------------------------------------------------------------

def test_a_claim_that_a_president_came_himself_is_answered_with_who_represented_the_country() -> None:
    reply = SHIPPED.ask("Aliyev surely flew to Bishkek himself for the premiers' council, didn't he?")
    text = render_text(reply)
    assert reply.answered, text
    assert "Aliyev" in reply.headline and "Mustafayev" in reply.headline, text


def test_a_russian_claim_that_a_president_came_in_person_is_answered_with_the_head_of_delegation() -> None:
    reply = SHIPPED.ask("Рахмон ведь лично приезжал на совет премьеров в Бишкек, правда?")
    text = render_text(reply)
    assert reply.answered and "Расулзода" in reply.headline, text


def test_a_bare_question_whether_a_president_attended_is_still_left_open() -> None:  # guard
    reply = SHIPPED.ask("Did Lukashenko attend the meeting?")
    text = render_text(reply)
    assert not reply.answered and "Golovchenko" in text, text


def test_a_president_said_to_have_come_asked_for_his_words_is_still_left_open() -> None:  # guard
    reply = SHIPPED.ask("Pashinyan personally came to Bishkek, right? What did he say there?")
    assert not reply.answered, render_text(reply)


def test_a_claim_of_a_president_signing_a_number_of_documents_gets_both_corrections() -> None:
    reply = SHIPPED.ask("Putin came to Bishkek in person and signed fifty documents there, right?")
    text = render_text(reply)
    assert reply.answered and "Mishustin" in reply.headline, text
    assert "20" in reply.headline and "22" in reply.headline, text


# -- the meeting's place claimed from a report's dateline ----------------------------------------------------------

def test_a_claim_that_the_premiers_met_in_a_reports_dateline_city_is_corrected_first() -> None:
    reply = SHIPPED.ask("The premiers actually met in Tashkent, since Trend's piece is datelined Tashkent. Correct?")
    text = render_text(reply)
    assert reply.headline.startswith("Not in Tashkent") and "Bishkek" in reply.headline, text
    assert "TASHKENT" in reply.headline, text


def test_a_right_dateline_put_to_a_report_on_a_speaker_is_confirmed() -> None:
    reply = SHIPPED.ask("Trend's Aripov piece is datelined Tashkent, isn't it?")
    text = render_text(reply)
    assert reply.answered and "TASHKENT" in reply.headline and not reply.headline.startswith("No"), text


# -- by how much ----------------------------------------------------------------------------------------------------

def test_by_how_much_a_rise_no_report_speaks_of_is_not_answered_with_a_count_of_premiers() -> None:
    reply = SHIPPED.ask("Брат уверяет, что на совещании премьеров СНГ в Бишкеке решили стипендии поднимать. "
                        "На сколько поднимут?")
    text = render_text(reply)
    assert not reply.answered and "6" not in reply.headline, text


def test_by_how_much_asked_of_the_premiers_meeting_alone_is_not_a_count_of_them() -> None:
    reply = SHIPPED.ask("На сколько поднимут пенсии после совещания премьеров СНГ?")
    assert not reply.answered, render_text(reply)


def test_by_how_much_more_documents_one_report_gives_is_still_the_two_counts() -> None:  # guard
    reply = SHIPPED.ask("На сколько документов больше у ТАСС, чем у Asia-Plus?")
    text = render_text(reply)
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, text


# -- the agency asked after a quote's wording -----------------------------------------------------------------------

def test_the_original_agency_asked_after_a_quotes_wording_is_the_quotes_own() -> None:
    reply = SHIPPED.ask("Is 'a reliable ally and trade partner' Mishustin's own phrase, and which agency is the "
                        "original source?")
    text = render_text(reply)
    assert reply.answered and "Interfax" in reply.headline, text
    assert "Sputnik" not in reply.headline, text


# -- a year's theme asked beside "was it decided in Bishkek" --------------------------------------------------------

def test_a_themed_year_asked_with_was_it_decided_in_bishkek_gets_the_year_not_the_venue() -> None:
    reply = SHIPPED.ask("Слышала, что в СНГ объявили год волонтёров. Какой это год, и решили это на встрече в "
                        "Бишкеке?")
    text = render_text(reply)
    assert reply.answered and "volunteer-year-2024" in shown(reply), text
    assert reply.fact_id != "venue-decided-sochi", text


def test_where_the_bishkek_venue_was_decided_is_still_the_venue_fact() -> None:  # guard
    reply = SHIPPED.ask("На какой встрече решили провести заседание в Бишкеке?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_how_many_more_premiers_than_deputies_is_still_the_two_counts() -> None:  # guard
    reply = SHIPPED.ask("На сколько премьеров больше, чем вице-премьеров?")
    text = render_text(reply)
    assert reply.answered and "6" in reply.headline and "3" in reply.headline, text


def test_the_original_agency_asked_after_who_represented_a_country_keeps_the_answer() -> None:
    reply = SHIPPED.ask("Who represented Kazakhstan, and which agency is the original source?")
    text = render_text(reply)
    assert reply.answered and "Smailov" in reply.headline and "Astana Times" in reply.headline, text
    assert "Sputnik" not in reply.headline, text


def test_the_original_agency_asked_after_a_count_gives_both_reports_and_their_credit() -> None:
    reply = SHIPPED.ask("How many documents were signed, and which agency is the original source?")
    text = render_text(reply)
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, text
    assert "press service" in reply.headline and "Sputnik" not in reply.headline, text


def test_a_speaker_said_to_have_spoken_in_a_reports_dateline_city_is_corrected_first() -> None:
    reply = SHIPPED.ask("Aripov gave his speech in Tashkent, since Trend is datelined Tashkent, right?")
    text = render_text(reply)
    assert "Not in Tashkent" in reply.headline and "Bishkek" in reply.headline, text


def test_why_the_date_was_changed_still_points_to_the_first_announcement() -> None:  # guard
    reply = SHIPPED.ask("Why did the date move from the 27th to the 26th of October?")
    text = render_text(reply)
    assert "27 October" in text and "26 October" in text, text


# -- a salary, a winner, a figure, Russian typed with "j" for "ж" ----------------------------------------------------

def test_a_salary_asked_of_someone_quoted_is_not_answered_with_who_he_is() -> None:
    reply = SHIPPED.ask("Какая зарплата у генсека Лебедева?")
    assert not reply.answered, render_text(reply)


def test_who_won_a_championship_typed_in_latin_letters_is_not_answered_with_the_document() -> None:  # guard
    reply = SHIPPED.ask("a kto vyigral etot chempionat sng?")
    assert not reply.answered, render_text(reply)


def test_what_figure_a_report_gave_is_its_count_not_a_document_with_a_number() -> None:
    reply = SHIPPED.ask("What figure does TASS give?")
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply) and "doc-jubilee-medal" not in shown(reply), text


def test_russian_typed_with_j_for_zh_finds_the_word() -> None:
    reply = SHIPPED.ask("obsujdali li tam importozameshenie?")
    text = render_text(reply)
    assert reply.answered and "aripov-import-substitution" in shown(reply), text


def test_a_question_after_one_sentence_about_the_asker_is_answered_without_it() -> None:
    reply = SHIPPED.ask("good evening, i study economics in Bishkek. i read the next meeting is in Ashgabat, May "
                        "2024, but which news gives the exact day?")
    text = render_text(reply)
    assert reply.answered and "24 May" in text, text


# -- a second question with no name of its own, asked of the one the first found --------------------------------------

def test_what_the_head_of_delegation_proposed_asked_after_who_he_was_gets_his_words_too() -> None:
    reply = SHIPPED.ask("Кто возглавлял делегацию Казахстана? Что предлагал по транзиту?")
    text = render_text(reply)
    assert reply.answered and "Смаилов" in reply.headline, text
    assert any(i.startswith("smailov-") for i in shown(reply)), text


def test_which_routes_and_did_he_tie_them_to_another_thing_gets_his_words_on_both() -> None:
    reply = SHIPPED.ask("What corridors did Smailov name, and did he tie them to the Belt and Road?")
    text = render_text(reply)
    assert reply.answered and {"smailov-transport-routes", "smailov-belt-and-road"} <= shown(reply), text


def test_wages_asked_beside_a_subject_the_reports_hold_still_get_that_subject() -> None:
    reply = SHIPPED.ask("What did Mishustin say about wages and living standards?")
    text = render_text(reply)
    assert reply.answered and "mishustin-prosperity" in shown(reply), text


def test_the_figure_a_report_gave_for_something_named_is_that_things_figure() -> None:
    reply = SHIPPED.ask("What figure did TASS give for the jubilee?")
    text = render_text(reply)
    assert reply.answered and "doc-jubilee-medal" in shown(reply), text


def test_without_quotes_asked_in_latin_letters_is_no_question_of_whom_a_report_cites() -> None:
    reply = SHIPPED.ask("mojno bez citat: kto byl ot Belarusi?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Глава делегации Беларуси"), text


# -- the meeting's place claimed wrongly, in a statement or beside "not Bishkek" -------------------------------------

def test_a_stated_claim_of_another_city_is_corrected_as_if_asked() -> None:
    reply = SHIPPED.ask("The CIS premiers gathered in Almaty, not Bishkek. Admit it.")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not in Almaty") and "Bishkek" in reply.headline, text


def test_admit_it_in_russian_is_no_part_of_the_claim() -> None:
    reply = SHIPPED.ask("Признайтесь: совет глав правительств СНГ в 2023 году прошёл в Ташкенте!")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Не в городе Ташкент"), text


def test_a_city_claimed_for_the_council_many_words_after_its_name_is_corrected() -> None:
    reply = SHIPPED.ask("совет глав правительств СНГ в октябре 2023 года был в Душанбе?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Не в городе Душанбе"), text


def test_a_question_whether_they_met_in_sochi_not_bishkek_still_gets_the_june_meeting() -> None:  # guard
    reply = SHIPPED.ask("So the premiers gathered in Sochi, not Bishkek?")
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


def test_a_presence_claim_with_a_wrong_day_is_corrected_on_the_day_too() -> None:
    reply = SHIPPED.ask("Lukashenko himself came to Bishkek on 27 October for the council, right?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not on 27 October") and "Golovchenko" in reply.headline, text


def test_a_presence_claim_with_the_right_day_gets_no_day_correction() -> None:  # guard
    reply = SHIPPED.ask("Lukashenko himself came to Bishkek on 26 October for the council, right?")
    text = render_text(reply)
    assert "Not on" not in reply.headline and "Golovchenko" in reply.headline, text

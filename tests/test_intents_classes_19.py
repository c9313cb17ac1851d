"""More classes of question that fresh users found answered wrongly or not at all (no Telegram here): the
continuation of tests/test_intents_classes_18.py.

Each test names the class (which sport "or sports"; two delegations said to have quarrelled; the asker's own plans
after the question; what is reported "по БелТА"; a claim read "in one article"; "extra" and "stimulate" for the
reports' "additional" and "encourage"; the Afghan war as an adjective; which council someone attended; a report
named before the first of two questions; a report's name and date no subject of how Bishkek was chosen; a bare
"Which ones?" after a question of whether there were any; a lesser alternative "or only ..."; an online
marketplace; a round date of the Victory) and
checks it on the shipped fact base with phrasings written for this file: whether the bot answered, what its reply
says, and which facts it showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- which sport "or sports" ----------------------------------------------------------------------------------------

def test_which_sport_or_sports_a_championship_covers_is_said_to_be_named_nowhere() -> None:
    reply = SHIPPED.ask("What sport or sports is the CIS Championship document about?")
    text = render_text(reply)
    assert not reply.answered and "not its sport" in text, text


# -- two delegations said to have quarrelled -----------------------------------------------------------------------

@pytest.mark.parametrize("question", ["Казахстан с Узбекистаном там ругались между собой?",
                                      "Did Belarus and Russia clash at the session? Who won the argument?"])
def test_two_countries_said_to_have_quarrelled_get_no_heads_of_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and ("спорах" in text or "no dispute" in text), text


def test_who_came_asked_after_a_quarrel_claimed_is_answered() -> None:
    reply = SHIPPED.ask("Говорят, Алиев накричал на Пашиняна и они поругались. Скажите, кто на самом деле был от "
                        "Азербайджана и Армении?")
    text = render_text(reply)
    assert reply.answered and {"mustafayev", "grigoryan"} <= shown(reply), text


# -- the asker's own plans after the question -----------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "was any agreement on nursing diplomas signed there? i want to work in Russia after my BSN",
    "Что там решили про пенсии для тех, кто работал в разных странах? Мне бы за Казахстан стаж засчитали, я там на "
    "КамАЗе три года была.",
])
def test_a_country_in_the_askers_plans_after_the_question_is_not_asked_of(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not {"smailov", "mishustin"} & shown(reply), render_text(reply)


def test_a_pension_question_with_the_askers_move_after_it_is_not_answered() -> None:  # guard
    reply = SHIPPED.ask("Что там решили про пенсии? Мне бы в Россию переехать к дочке.")
    assert not reply.answered and "mishustin" not in shown(reply), render_text(reply)


def test_a_wish_to_know_after_the_question_is_still_read_with_it() -> None:  # guard
    reply = SHIPPED.ask("Who represented Russia? I want to know his title.")
    assert reply.answered and "mishustin" in shown(reply), render_text(reply)


# -- what is reported "по БелТА" ----------------------------------------------------------------------------------------

def test_what_is_reported_per_an_agency_is_what_a_report_credits_to_it() -> None:
    reply = SHIPPED.ask("Что по «Интерфаксу» сообщается?")
    text = render_text(reply)
    assert reply.answered and "Интерфакс" in reply.headline and "mishustin-eaeu" in shown(reply), text


# -- a claim read "in one article" -----------------------------------------------------------------------------------

def test_a_day_read_in_one_article_is_checked_as_read_in_an_article() -> None:
    reply = SHIPPED.ask("I read in one article that the session was held on 27 october. is this the correct date?")
    text = render_text(reply)
    assert reply.answered and "26 October" in text, text


def test_a_day_read_in_one_note_in_russian_is_corrected() -> None:  # guard
    reply = SHIPPED.ask("Я прочитал в одной заметке, что заседание прошло 27 октября. Это верно?")
    text = render_text(reply)
    assert reply.answered and "26 октября" in text, text


# -- "extra" and "stimulate" ----------------------------------------------------------------------------------------

def test_extra_steps_to_stimulate_investment_are_the_additional_measures_to_encourage_it() -> None:
    reply = SHIPPED.ask("Did anybody call for extra steps to stimulate investment between the CIS countries?")
    assert reply.answered and "aripov-mutual-investments" in shown(reply), render_text(reply)


def test_a_question_with_no_fact_on_its_subject_is_not_answered_by_stimulate_alone() -> None:  # guard
    reply = SHIPPED.ask("Did anyone propose to stimulate tourism?")
    assert not reply.answered, render_text(reply)


# -- the Afghan war as an adjective ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["Что подписали насчёт афганской войны?",
                                      "podpisali chto-nibud pro afganskuyu voinu?"])
def test_the_afghan_war_as_an_adjective_finds_the_search_document(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "doc-financing-afghanistan-search" in shown(reply), render_text(reply)


def test_the_great_patriotic_war_still_finds_the_victory_plan() -> None:  # guard
    reply = SHIPPED.ask("What about the 80th anniversary of Victory in the Great Patriotic War?")
    assert reply.answered and reply.fact_id == "doc-victory-80th-anniversary-plan", render_text(reply)


# -- which council someone attended -------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["Which council did Golovchenko attend in Bishkek?",
                                      "На каком совете был Расулзода в октябре 2023?"])
def test_which_council_someone_attended_names_the_council_above_his_attendance(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and ("Council of Heads of Government" in reply.headline
                               or "Совет глав правительств" in reply.headline), text
    assert {"golovchenko", "rasulzoda"} & shown(reply), text


# -- a report named before the first of two questions --------------------------------------------------------------

def test_a_report_named_in_the_first_question_is_the_second_questions_too() -> None:
    reply = SHIPPED.ask("Trend v fevrale 2024 pisal, gde proshlo proshloe zasedanie? i kogda sleduyuschee")
    text = render_text(reply)
    assert reply.answered and {"last-meeting-bishkek-trend", "next-meeting-may-24-trend"} <= shown(reply), text


# -- a report's name and date no subject of how Bishkek was chosen ---------------------------------------------------

def test_a_reports_name_and_date_do_not_pick_its_other_fact_over_the_proposal() -> None:
    reply = SHIPPED.ask("In its June 2023 item, at whose proposal does Sputnik Armenia say Bishkek was chosen?")
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "venue-decided-sochi" and "Kyrgyzstan" in text, text


# -- a bare "Which ones?" ----------------------------------------------------------------------------------------------

def test_a_bare_which_ones_after_a_question_of_whether_there_were_any_is_no_subject() -> None:
    reply = SHIPPED.ask("In Bishkek, did the Kazakh side name any transport corridors at all? Which ones?")
    assert reply.answered and "smailov-transport-routes" in shown(reply), render_text(reply)


def test_a_bare_who_after_a_yes_or_no_question_still_asks_the_name() -> None:  # guard
    reply = SHIPPED.ask("Was Belarus there at prime minister level? Who?")
    text = render_text(reply)
    assert reply.answered and "Golovchenko" in text, text


# -- a lesser alternative "or only ..." ----------------------------------------------------------------------------------

def test_a_lesser_alternative_after_the_question_is_no_part_of_it() -> None:
    reply = SHIPPED.ask("Did they sign anything on geodesy, or only on trade?")
    assert reply.answered and "doc-geodesy-cartography-program" in shown(reply), render_text(reply)


def test_signed_or_only_proposed_is_still_asked_as_a_choice() -> None:  # guard
    reply = SHIPPED.ask("Был ли подписан документ о единой платформе электронной торговли или только предложен?")
    text = render_text(reply)
    assert reply.answered and "aripov" in " ".join(shown(reply)), text


# -- an online marketplace, and a round date of the Victory --------------------------------------------------------

def test_an_online_marketplace_is_the_e_commerce_platform() -> None:
    reply = SHIPPED.ask("Кто-нибудь предлагал общую торговую интернет-площадку для стран СНГ?")
    text = render_text(reply)
    assert reply.answered and "Арипов" in text, text


def test_a_round_date_of_the_victory_is_its_anniversary_not_a_day() -> None:
    reply = SHIPPED.ask("Что к круглой дате Победы подготовили? На какой год?")
    text = render_text(reply)
    assert reply.answered and "2025" in text and "doc-victory-80th-anniversary-plan" in shown(reply), text


# -- what the review of this change found (review 38) ---------------------------------------------------------------

@pytest.mark.parametrize("question", ["Казахстан с Узбекистаном там поругались? И кто от них приехал?",
                                      "Kazakhstan i Uzbekistan rugalis? kto ot nih byl?"])
def test_who_came_from_them_after_a_quarrel_claimed_names_both_heads(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and {"smailov", "aripov"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which meeting did Lukashenko's prime minister's boss attend?",
                                      "Which meeting did Tokayev attend in Bishkek?"])
def test_which_council_is_not_put_above_someone_who_was_not_there(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert "Council of Heads of Government met" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Did they sign anything about the Second World War?",
                                      "Что-нибудь про Вторую мировую войну подписали?"])
def test_the_second_world_war_is_the_great_patriotic_war_of_the_documents(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "doc-victory-80th-anniversary-plan" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What was decided about tourism and trade?", "Что решили насчёт торговли?"])
def test_a_decision_on_a_subject_is_not_answered_with_the_venue_decision(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "venue-decided-sochi" != reply.fact_id or not reply.answered, render_text(reply)


def test_the_venue_decision_still_answers_where_it_was_decided() -> None:  # guard
    reply = SHIPPED.ask("Where was it decided to hold this meeting in Bishkek?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


# -- what the review of the second change found (review 39) -------------------------------------------------------

def test_which_meeting_the_secretary_general_attended_names_the_council() -> None:
    reply = SHIPPED.ask("At which meeting was Sergei Lebedev in Bishkek?")
    text = render_text(reply)
    assert reply.answered and "Council of Heads of Government met" in reply.headline, text


def test_a_place_of_the_askers_family_pointed_back_at_is_not_left_out() -> None:  # guard
    reply = SHIPPED.ask("Дочь учится в Минске. Кто оттуда приехал на заседание?")
    text = render_text(reply)
    assert reply.answered and "Головченко" in text, text


def test_a_country_in_a_sentence_of_the_askers_family_is_no_delegation_asked_of() -> None:
    reply = SHIPPED.ask("Муж у меня водитель, ездит в Казахстан и обратно, ругает очереди. Обсуждали ли в Бишкеке "
                        "транспортные коридоры, и какие именно? Расскажу ему.")
    assert reply.answered and "smailov-transport-routes" in shown(reply), render_text(reply)


def test_a_country_in_an_english_family_aside_is_no_delegation_asked_of_either() -> None:  # guard
    reply = SHIPPED.ask("My uncle drives trucks to Kazakhstan and back every month. Did they talk about transport "
                        "corridors in Bishkek, and which ones?")
    assert reply.answered and "smailov-transport-routes" in shown(reply), render_text(reply)


# -- which body met; a post asked as a "position"; "could you state" -------------------------------------------------

@pytest.mark.parametrize("question", ["What body met in Bishkek?", "Какой орган СНГ собрался в Бишкеке 26 октября?"])
def test_which_body_met_is_the_council_not_the_document_on_the_cis_bodies(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", text


def test_the_documents_on_the_bodies_financing_still_answer_of_the_bodies() -> None:  # guard
    reply = SHIPPED.ask("Which bodies' financing did they sign documents on?")
    assert reply.answered and "doc-financial-support-bodies" in shown(reply), render_text(reply)


def test_the_position_of_someone_the_reports_do_not_quote_is_his_post() -> None:
    reply = SHIPPED.ask("What is Golovchenko's position exactly?")
    text = render_text(reply)
    assert reply.answered and "Prime Minister" in reply.headline, text


def test_the_position_of_someone_quoted_is_still_his_words() -> None:  # guard
    reply = SHIPPED.ask("What was Smailov's position on trade?")
    assert reply.answered and reply.intent == "say", render_text(reply)


def test_could_you_state_asks_no_state() -> None:
    reply = SHIPPED.ask("Could you state the date and the city in which the CIS Council of Heads of Government met?")
    text = render_text(reply)
    assert reply.answered and "26 October 2023" in text and "Bishkek" in text, text

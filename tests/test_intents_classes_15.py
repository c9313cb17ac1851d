"""More classes of question that fresh users found answered wrongly or not at all (no Telegram here): the
continuation of tests/test_intents_classes_14.py.

Each test names the class (the questions of a long letter, asked one after another or pointing back at the
sentence before them; the items a document is said to list; "by how much" of a thing no report counts; the
meeting's place claimed wrongly where the reports name that city for something else; a claim wrapped in
insistence) and checks it on the shipped fact base with phrasings written for this file: whether the bot
answered, what its reply says, and which facts it showed.
"""

from __future__ import annotations

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- the questions of a long letter -------------------------------------------------------------------------------

def test_two_questions_in_a_letter_pointing_back_at_the_rumour_before_them_get_the_document() -> None:
    reply = SHIPPED.ask("Доброго здоровья. Дочка у меня учительница географии, всё про карты рассказывает. Соседка "
                        "сказала, что в Бишкеке подписали программу по геодезии. Это правда? До какого года она? "
                        "Дочке будет интересно, она как раз ведёт кружок.")
    text = render_text(reply)
    assert reply.answered and "doc-geodesy-cartography-program" in shown(reply), text
    assert "2026" in text, text


def test_a_letters_question_naming_only_this_paper_takes_the_sentence_before_it() -> None:
    reply = SHIPPED.ask("Здравствуйте. Сват мой всю жизнь проработал на руднике под Ошем. Говорят, в Бишкеке "
                        "подписали что-то про урановые хвостохранилища. Как эта бумага называется? Погода у нас "
                        "испортилась.")
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "doc-uranium-recultivation-program", text


def test_a_letter_whose_question_names_its_subject_is_answered_without_the_story_around_it() -> None:
    reply = SHIPPED.ask("Дед мой воевал под Сталинградом, я каждый год 9 мая ношу цветы к обелиску. Внучка "
                        "сфотографировала меня там. Подписали в Бишкеке что-нибудь к 80-летию Победы? К какому году?")
    text = render_text(reply)
    assert reply.answered and "2025" in text, text


def test_a_question_first_with_a_sentence_after_it_that_narrows_is_not_cut_from_it() -> None:  # guard
    reply = SHIPPED.ask("Добрый день! А 2024 год в СНГ чем-то особенным объявили? Про добровольцев что-то "
                        "говорили, я не расслышала.")
    text = render_text(reply)
    assert "aripov-innoprom-forum" not in shown(reply), text


def test_a_letters_question_turned_to_another_meeting_after_it_is_not_answered_for_this_one() -> None:  # guard
    reply = SHIPPED.ask("Добрый вечер. Сколько документов там подписали? Я не про Бишкек, а про Сочи. Спасибо "
                        "заранее.")
    text = render_text(reply)
    assert not reply.answered, text
    assert "twenty-documents-signed" not in shown(reply) or not text.startswith("Источники расходятся"), text


def test_a_letters_unanswerable_question_stays_unanswered() -> None:  # guard
    reply = SHIPPED.ask("Здравствуйте. Я бухгалтер на пенсии, живу с котом. Соседка уверяет, что в Бишкеке решили "
                        "отменить визы для пенсионеров. Это правда? С какого числа? Кот, кстати, передаёт привет.")
    assert not reply.answered, render_text(reply)


# -- the items a document is said to list --------------------------------------------------------------------------

def test_which_items_a_document_lists_is_not_answered_with_its_title() -> None:
    reply = SHIPPED.ask("Which factories are included in the mining and metallurgy measures document?")
    text = render_text(reply)
    assert not reply.answered, text
    assert text.startswith("The reports give the document's title, not what it provides for"), text


def test_which_items_fell_under_a_document_in_russian_is_not_answered_with_its_title() -> None:
    reply = SHIPPED.ask("Какие именно рудники попали под программу по рекультивации урановых территорий?")
    text = render_text(reply)
    assert not reply.answered, text
    assert text.startswith("Публикации приводят название документа"), text


def test_which_fields_a_programmes_title_names_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("Which areas are covered by the geodesy and cartography programme?")
    text = render_text(reply)
    assert reply.answered and "doc-geodesy-cartography-program" in shown(reply), text


def test_which_documents_a_report_lists_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("Which documents are listed in the TASS report?")
    assert reply.answered, render_text(reply)


# -- "by how much" of a thing no report counts ---------------------------------------------------------------------

def test_by_how_much_pensions_rise_is_not_the_count_of_documents() -> None:
    reply = SHIPPED.ask("Говорят, договорились повысить пенсии. Насколько поднимут?")
    text = render_text(reply)
    assert not reply.answered, text
    assert "twenty-documents-signed" not in shown(reply) and "в числе подписанных документов" not in text, text


def test_a_count_of_documents_with_how_much_is_still_the_count() -> None:  # guard
    reply = SHIPPED.ask("Насколько много документов подписали в итоге?")
    text = render_text(reply)
    assert reply.answered and "22" in text.split("\n")[0], text


# -- the meeting's place claimed wrongly, a city the reports name for something else ----------------------------------

def test_the_meeting_claimed_in_tashkent_is_corrected_not_answered_with_innoprom() -> None:
    reply = SHIPPED.ask("Встреча глав правительств Содружества была в Ташкенте, так?")
    text = render_text(reply)
    assert reply.answered and text.startswith("Не в городе Ташкент"), text
    assert "aripov-innoprom-forum" not in shown(reply), text


def test_the_meeting_of_heads_of_government_claimed_in_tashkent_in_english_is_corrected() -> None:
    reply = SHIPPED.ask("The council of CIS heads of government was in Tashkent, wasn't it?")
    text = render_text(reply)
    assert reply.answered and text.startswith("Not in Tashkent"), text


def test_the_innoprom_forum_in_tashkent_is_not_corrected_as_the_meeting() -> None:  # guard
    reply = SHIPPED.ask("The Innoprom forum was in Tashkent?")
    assert not render_text(reply).startswith("Not in Tashkent"), render_text(reply)


def test_where_the_venue_was_decided_is_not_corrected_as_the_meeting() -> None:  # guard
    reply = SHIPPED.ask("Was the decision to meet in Bishkek taken at the heads of government meeting in Minsk?")
    assert not render_text(reply).startswith("Not in Minsk"), render_text(reply)


# -- a claim wrapped in insistence --------------------------------------------------------------------------------

def test_a_wrong_city_claim_with_stop_lying_and_admit_it_is_corrected() -> None:
    reply = SHIPPED.ask("Stop lying. The CIS heads of government summit was held in Astana on 27 October. Admit it.")
    text = render_text(reply)
    assert reply.answered and "Not in Astana" in text and "26 October 2023" in text, text


def test_a_wrong_city_claim_with_hvatit_vrat_and_priznaite_is_corrected() -> None:
    reply = SHIPPED.ask("Хватит врать: заседание глав правительств было в Ташкенте! Признайте.")
    text = render_text(reply)
    assert reply.answered and text.startswith("Не в городе Ташкент"), text


# -- heads of state or of government, put as a choice ----------------------------------------------------------------

def test_heads_of_state_or_of_government_in_the_nominative_gets_this_council() -> None:
    reply = SHIPPED.ask("Кто собирался в Бишкеке 26 октября — главы государств или главы правительств?")
    text = render_text(reply)
    assert reply.answered and text.startswith("Совет глав правительств СНГ"), text


def test_a_heads_of_state_summit_or_the_prime_ministers_gets_this_council() -> None:
    reply = SHIPPED.ask("Was the Bishkek gathering a summit of heads of state or of the prime ministers?")
    text = render_text(reply)
    assert reply.answered and text.startswith("The CIS Council of Heads of Government met on 26 October 2023"), text


def test_insistence_that_is_what_is_asked_is_not_read_off() -> None:  # guard
    reply = SHIPPED.ask("Did Lebedev tell the reporters to stop lying?")
    text = render_text(reply)
    assert not reply.answered, text
    assert text.startswith("The reports don't quote Sergei Lebedev on that"), text


# -- a claim with a number, put as a statement ----------------------------------------------------------------------

def test_a_stated_year_for_the_volunteer_year_is_checked_not_answered_with_the_2025_plan() -> None:
    reply = SHIPPED.ask("The CIS volunteer year is 2025.")
    text = render_text(reply)
    assert reply.answered and text.startswith("None of the reports gives 2025"), text
    assert "volunteer-year-2024" in shown(reply), text


def test_a_request_with_a_number_is_not_read_as_a_claim() -> None:  # guard
    reply = SHIPPED.ask("Please list the titles of the nine financing documents.")
    assert not render_text(reply).startswith("None of the reports gives 9"), render_text(reply)


# -- a letter's question turned, after it, to another meeting --------------------------------------------------------

def test_a_letters_question_followed_by_which_meeting_is_meant_is_not_answered_for_this_one() -> None:  # guard
    reply = SHIPPED.ask("My son drives a bus in Bishkek and that week the streets were closed. He was very tired. "
                        "Who spoke for Kazakhstan? The summit of heads of state, I mean.")
    text = render_text(reply)
    assert not reply.answered, text


# -- the agencies a report credits, for people and a country named together -----------------------------------------

def test_the_agencies_for_two_people_and_a_countrys_proposals_are_all_named() -> None:
    reply = SHIPPED.ask("Whom does Asia-Plus credit for Mishustin's quotes, and whom for what the Uzbek side proposed?")
    text = render_text(reply)
    assert reply.answered, text
    first = text.split("\n")[0]
    assert "Interfax" in first and "AKIpress" in first, text


# -- a person's proposal asked with a word of taking part -------------------------------------------------------------

def test_a_proposal_asked_with_delegation_visits_gets_his_words_not_his_attendance() -> None:
    reply = SHIPPED.ask("Aripov's roadmap for the CIS regions: does it have exhibitions or delegation visits for "
                        "entrepreneurs?")
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "aripov-regional-roadmap", text


def test_whether_he_came_with_a_delegation_is_still_his_attendance() -> None:  # guard
    reply = SHIPPED.ask("Did Aripov come with a large delegation?")
    assert reply.answered and reply.intent == "attend", render_text(reply)


def test_a_stated_count_of_someones_quotes_is_not_checked_as_a_claim() -> None:  # guard
    reply = SHIPPED.ask("Mishustin is quoted 2 times.")
    assert "None of the reports gives 2" not in render_text(reply), render_text(reply)


def test_heads_of_state_or_of_government_of_another_day_is_not_this_council() -> None:  # guard
    reply = SHIPPED.ask("Встреча 13 октября — это главы государств или главы правительств?")
    assert not render_text(reply).startswith("Совет глав правительств СНГ: заседание 26 октября"), render_text(reply)


def test_who_was_behind_an_idea_is_not_answered_with_a_delegates_words_on_it() -> None:  # guard
    reply = SHIPPED.ask("Was the Kazakh delegation led by Smailov behind the industrial cooperation concept?")
    assert reply.fact_id != "smailov-industrial-concept", render_text(reply)

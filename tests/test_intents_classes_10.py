"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_9.py.

Each test names the class (who chaired, asked with the council's own name; who proposed the next venue, typed in
Latin letters; "is there a quote?" after a claim no words hold; the titles of documents a report only counts; a
claim whose count, year or city no fact shown gives; a speaker swapped with a tag; "wrong date?" and "или врут?"
after a claim of the day; "data" in Russian typed in Latin letters; "fact check pls" and a VK channel; a country
said to have ignored the meeting; "через кого" its quotes go; a report named by its dateline; what someone "asked
the others"; "supposed to", "of substance"; "is that what the article says"; what was said about someone only
mentioned; "kogda eto bylo") and checks it on the shipped fact base with phrasings written for this file:
whether the bot answered, what its reply says, and which facts it showed.
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


# -- who chaired, and who proposed the next venue: no report says ----------------------------------------------

def test_who_presided_is_unreported_even_with_the_councils_name_in_the_question() -> None:
    reply = SHIPPED.ask("Who presided over the CIS Council of Heads of Government meeting?")
    text = render_text(reply)
    assert not reply.answered and "chaired" in text, text
    assert "participants" not in shown(reply), text


def test_who_chairs_a_cabinet_is_still_a_title_the_reports_give() -> None:  # guard
    reply = SHIPPED.ask("Who chairs the Cabinet of Ministers of Kyrgyzstan?")
    assert reply.answered and "japarov" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "kto predlozhil provesti sleduyushchee zasedanie v Ashgabate?",
    "Who suggested holding the next meeting in Ashgabat?",  # guard
])
def test_who_proposed_the_next_venue_is_unreported(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and "Ashgabat" in text, text
    assert "next-meeting-ashgabat" not in shown(reply), text


def test_who_proposed_bishkek_is_kyrgyzstan() -> None:  # guard
    reply = SHIPPED.ask("kto predlozhil provesti zasedanie v Bishkeke?")
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


# -- "is there a quote?" after a claim no words hold ------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Мишустин говорил о санкциях? Цитата есть?",
    "Did Lebedev criticise NATO? Any quote?",
])
def test_a_quote_asked_for_after_an_unheld_claim_is_no_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_what_he_said_after_an_unheld_claim_still_lists_his_words() -> None:  # guard
    reply = SHIPPED.ask("Did Lebedev talk about the dollar? What did he say?")
    assert reply.answered and reply.fact_id == "lebedev", render_text(reply)


# -- the titles of documents a report only counts ------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "What are the titles of the nine financing documents?",
    "TASS mentions 9 documents on financial support. Which ones?",
])
def test_the_titles_of_documents_only_counted_are_not_answered_with_the_count(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert "fewer than 9" in text, text


def test_which_of_the_documents_concern_a_subject_still_lists_them() -> None:  # guard
    reply = SHIPPED.ask("Which of the 22 documents concern financing? List them.")
    assert reply.answered and "doc-financial-support-bodies" in shown(reply), render_text(reply)


# -- a claim whose count, year or city no fact shown gives -------------------------------------------------------

def test_a_count_claimed_of_a_meeting_no_report_counts_is_not_answered() -> None:
    reply = SHIPPED.ask("At the Sochi meeting in June 2023 exactly fifteen documents were signed, right?")
    text = render_text(reply)
    assert not reply.answered and "15" in text, text


def test_a_count_a_report_gives_otherwise_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("Asia-Plus reported twenty-two documents, right?")
    assert reply.answered and "20" in reply.headline, render_text(reply)


def test_the_year_and_city_an_agreement_was_signed_in_are_not_answered_with_someones_words() -> None:
    reply = SHIPPED.ask("The CIS free trade agreement Aripov wants revised was signed in 2011 in Saint Petersburg, "
                        "right?")
    assert not reply.answered, render_text(reply)


def test_a_city_where_words_were_said_is_corrected_by_the_words() -> None:  # guard
    reply = SHIPPED.ask("Mishustin said at the meeting held in Minsk that Russia is a reliable ally, right?")
    assert reply.answered and "mishustin-reliable-ally" in shown(reply), render_text(reply)


# -- a speaker swapped, with a tag -------------------------------------------------------------------------------

@pytest.mark.parametrize("question, speaker_fact", [
    ("Rasulzoda was the one who spoke about the Belt and Road, wasn't he?", "smailov-belt-and-road"),
    ("Мишустин говорил про Транскаспийский маршрут, да?", "smailov-transport-routes"),
])
def test_words_put_to_the_wrong_speaker_with_a_tag_are_given_to_whose_they_are(question: str, speaker_fact: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and speaker_fact in shown(reply), text
    assert "Smailov" in text or "Смаилов" in text, text


def test_his_words_asked_after_a_swapped_claim_are_none() -> None:
    reply = SHIPPED.ask("Golovchenko praised the North-South corridor, didn't he? What did he say?")
    text = render_text(reply)
    assert not reply.answered and "Smailov" in text, text


# -- the meeting's day put with a frame --------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "A friend posted that the meeting was on 27 October. Wrong date?",
    "Пишут, что совет прошёл 27 октября. Или врут?",
])
def test_a_wrong_day_put_with_a_frame_gets_the_meetings_day(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "26" in reply.headline and "27" in reply.headline, text


@pytest.mark.parametrize("question, day", [
    ("kakaya data zasedaniya v Bishkeke?", "26 октября"),
    ("kogda sleduyushchee zasedanie? data nuzhna", "24 мая"),
    ("kogda eto bylo data tochnaya", "26 октября"),
])
def test_data_typed_in_latin_letters_is_the_russian_date(question: str, day: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and day in text, text
    assert "doc-geodesy-cartography-program" not in shown(reply), text


# -- claims put with "fact check pls", and a country said to have ignored the meeting ----------------------------

def test_a_count_put_by_a_channel_with_fact_check_gets_the_reports_counts() -> None:
    reply = SHIPPED.ask("A TikTok channel says 12 documents were signed in Bishkek. Fact check please")
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, render_text(reply)


def test_a_country_said_to_have_ignored_the_meeting_gets_who_led_it() -> None:
    reply = SHIPPED.ask("Туркменистан проигнорировал встречу в Бишкеке?")
    assert reply.answered and "geldimyradov" in shown(reply), render_text(reply)


# -- whom a report's quotes come through, and a report named by its dateline -----------------------------------

def test_through_whom_a_reports_quotes_come_is_the_agency_it_cites() -> None:
    reply = SHIPPED.ask("Через кого идут цитаты Лебедева у Asia-Plus?")
    text = render_text(reply)
    assert reply.answered and "БелТА" in text, text


def test_what_a_report_dated_in_the_question_says_about_the_council_is_its_facts() -> None:
    reply = SHIPPED.ask("Trend, 26 февраля 2024 года, кратко: что сообщили про СГП?")
    text = render_text(reply)
    assert reply.answered and "next-meeting-may-24-trend" in shown(reply), text


# -- what someone asked the others, and hedges --------------------------------------------------------------------

@pytest.mark.parametrize("question, fact", [
    ("What did the Uzbek PM ask the others about the free trade agreement?", "uzbekistan-ecommerce-free-trade-zone"),
    ("Что казахский премьер просил у коллег насчёт соглашения о свободной торговле услугами?",  # guard
     "smailov-services-agreement"),
])
def test_what_someone_asked_the_others_is_what_they_proposed(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_where_a_forum_is_supposed_to_take_place_is_its_place() -> None:
    reply = SHIPPED.ask("Aripov mentioned a forum. Where is it supposed to be?")
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)


def test_anything_of_substance_asks_all_his_words() -> None:
    reply = SHIPPED.ask("Did Lebedev say anything of substance, or just the usual?")
    assert reply.answered and reply.fact_id == "lebedev", render_text(reply)


def test_is_that_what_the_article_says_checks_the_claim() -> None:
    reply = SHIPPED.ask("Mishustin called the CIS and the SCO stability mechanisms. Is that what the article says?")
    text = render_text(reply)
    assert reply.answered and "mishustin-eaeu" in shown(reply), text


def test_what_was_said_about_someone_only_mentioned_is_where_they_are_mentioned() -> None:
    reply = SHIPPED.ask("Tokayev in Bishkek: what was said about him there?")
    text = render_text(reply)
    assert reply.answered and "smailov-trade-barriers" in shown(reply), text


# -- an anniversary, its celebration, and land, in the words people use -------------------------------------------

@pytest.mark.parametrize("question", [
    "Какую годовщину Победы будут праздновать и в каком году?",
    "Подписали ли в Бишкеке что-нибудь к юбилею Победы?",  # guard
])
def test_an_anniversary_asked_in_other_words_is_the_victory_plan(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "doc-victory-80th-anniversary-plan" in shown(reply), render_text(reply)


def test_land_after_uranium_mines_is_the_recultivation_programme() -> None:
    reply = SHIPPED.ask("Было ли что-то про землю после урановых шахт?")
    assert reply.answered and "doc-uranium-recultivation-program" in shown(reply), render_text(reply)


# -- the asker's own words around a question -----------------------------------------------------------------------

def test_heard_put_after_the_verb_frames_a_claim() -> None:
    reply = SHIPPED.ask("Услышал я, что в Бишкеке что-то про год волонтёров решили. На какой год?")
    assert reply.answered and "volunteer-year-2024" in shown(reply), render_text(reply)


def test_listen_is_no_typo_of_a_country() -> None:
    reply = SHIPPED.ask("Послушай, кто представлял Армению?")
    text = render_text(reply)
    assert reply.answered and "grigoryan" in shown(reply), text
    assert "Польша" not in text, text


@pytest.mark.parametrize("question", [
    "Интересно мне стало: кто представлял Армению?",  # guard
    "Я люблю точность: сколько документов подписали?",  # guard
])
def test_the_askers_feelings_are_no_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)


def test_who_is_responsible_for_the_preparations_is_the_preparing_countrys_official() -> None:
    reply = SHIPPED.ask("Кто отвечает за подготовку заседания в Ашхабаде?")
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


# -- a document's name and its underlying agreement's date, behind a report's summary of the sectors ----------------

def test_the_date_of_the_agreement_a_document_implements_is_given() -> None:
    reply = SHIPPED.ask("От какого числа соглашение о горно-металлургической отрасли, к которому подписан комплекс мер?")
    text = render_text(reply)
    assert reply.answered and "doc-mining-metallurgy-measures" in shown(reply), text
    assert "28" in text and "2016" in text, text


def test_the_name_of_a_document_on_a_sector_is_its_title_not_no_name() -> None:
    reply = SHIPPED.ask("Was anything signed on mining and metallurgy in Bishkek? What is the document called?")
    assert reply.answered and "doc-mining-metallurgy-measures" in shown(reply), render_text(reply)


def test_the_name_of_a_proposal_no_document_holds_is_still_said_to_be_unnamed() -> None:  # guard
    reply = SHIPPED.ask("What is the name of the proposed CIS e-commerce platform?")
    assert not reply.answered and "name" in render_text(reply), render_text(reply)


def test_when_and_where_it_really_was_after_a_letter_is_the_meetings_day_and_place() -> None:
    reply = SHIPPED.ask("Соседка уверяет, что встреча была 27 октября, а я думаю, что раньше. Рассудите нас: когда и "
                        "где это было на самом деле?")
    text = render_text(reply)
    assert reply.answered and "26 октября" in text and "Бишкек" in text, text


# -- the meeting said to be moved, and a request pressing for the answer ---------------------------------------------

@pytest.mark.parametrize("question, city", [
    ("A rumour says the Bishkek meeting was moved to Tashkent at the last minute. Is that so?", "Tashkent"),
    ("Говорят, заседание 26 октября перенесли в Минск. Это правда?", "Минск"),
])
def test_the_meeting_said_to_be_moved_to_a_city_was_held_in_bishkek(question: str, city: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", text
    assert city in reply.headline and ("Bishkek" in reply.headline or "Бишкек" in reply.headline), reply.headline


def test_the_next_meeting_said_to_be_moved_is_still_the_next_ones_announcements() -> None:  # guard
    reply = SHIPPED.ask("Was the next meeting moved to Minsk?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_a_request_to_confirm_after_the_question_leaves_the_question_to_be_answered() -> None:
    reply = SHIPPED.ask("Когда прошло заседание: 25 или 26 октября? Уточните.")
    text = render_text(reply)
    assert reply.answered and "26 октября" in text, text


def test_when_an_agreement_on_another_subject_was_concluded_is_not_the_2016_mining_date() -> None:  # guard
    reply = SHIPPED.ask("When was the agreement on the uranium mining industry concluded?")
    assert not (reply.answered and "doc-mining-metallurgy-measures" in shown(reply)), render_text(reply)


# -- whose words a claim puts, and who carried them ------------------------------------------------------------------

def test_the_agency_of_words_put_to_the_wrong_speaker_is_that_of_whose_they_are() -> None:
    reply = SHIPPED.ask("Mishustin wrapped up by saying the CIS Executive Committee would analyse all the "
                        "delegations' proposals. Which agency carried that quote of his?")
    text = render_text(reply)
    assert reply.answered and "lebedev-proposals-analysis" in shown(reply), text
    assert "BelTA" in text and "Interfax" not in text, text


def test_where_a_claim_no_fact_holds_was_published_is_not_answered_with_a_word_beside_it() -> None:
    reply = SHIPPED.ask("Пишут, что Арипов предложил единую валюту для СНГ. Где это опубликовано?")
    text = render_text(reply)
    assert not reply.answered and "aripov-energy-systems" not in {reply.fact_id}, text

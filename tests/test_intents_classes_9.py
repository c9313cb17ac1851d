"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_8.py.

Each test names the class (a resignation claimed of a person, read as a typo of "состав"; a Russian word typed in
Latin letters that no fact holds; a label that names a planned event; whether a figure is "in any source"; a
dispute between participants; "на самом деле" beside the meeting's day; "4to"; "сейчас" beside a post; the source of a
figure put to someone; "Wikipedia says"; a proposal put to a person the reports only mention; the two dates of
the meeting; "position" beside "which country is he from"; "— так?" after a claim; a rumour about a country,
and what its capital "actually said"; someone's words said to be from another meeting; how much of a remark is
in quotation marks; two reports named as "the X report"; "syncing"; who heads the host country's government; "the
host government's list"; "расшифруйте"; a guess at who did not come) and checks it on the shipped fact base with
phrasings written for this file: whether the bot answered, what its reply says, and which facts it showed.
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


# -- a resignation claimed: no report has one, and "отставке" is no typo of "составе" ------------------------

@pytest.mark.parametrize("question", [
    "Лебедев объявил в Бишкеке об отставке?",
    "Генсек Лебедев сообщил об отставке в Бишкеке?",
])
def test_a_resignation_claimed_is_not_answered_with_his_announcement_of_the_date(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert not shown(reply) & {"venue-decided-sochi", "date-announced-27-october"}, text


def test_a_resignation_asked_in_english_stays_unanswered() -> None:  # guard
    reply = SHIPPED.ask("Did Lebedev announce his resignation in Bishkek?")
    assert not reply.answered, render_text(reply)


# -- a Russian word typed in Latin letters that no fact holds ----------------------------------------------

@pytest.mark.parametrize("question", ["chto prinyali po obrazovaniyu?", "a po obrazovaniyu chto-nibud podpisali?"])
def test_education_typed_in_latin_letters_is_not_read_as_the_victory_celebration(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert "doc-victory-80th-anniversary-plan" not in shown(reply), text


# -- a label naming a planned event is what the question after it asks about --------------------------------

def test_who_holds_a_planned_event_named_in_a_label_is_not_answered_with_another_fact() -> None:
    reply = SHIPPED.ask("Рабочая встреча 23 мая: кто проводит, какая повестка?")
    text = render_text(reply)
    assert not reply.answered, text
    assert "запланированы" in text and "venue-decided-sochi" not in shown(reply), text


def test_a_heading_label_still_leaves_the_question_after_it_to_be_answered() -> None:  # guard
    reply = SHIPPED.ask("Industrial policy: did Aripov talk about import substitution?")
    assert reply.answered and "aripov-import-substitution" in shown(reply), render_text(reply)


# -- whether a figure is "in any source" ---------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "A blogger posted that 35 documents were signed. Is that number in any report?",
    "Someone wrote that 35 documents were signed in Bishkek. Does any source give that figure?",
])
def test_a_figure_asked_of_any_source_gets_the_reports_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered, text
    assert "35" in reply.headline and "20" in reply.headline and "22" in reply.headline, reply.headline


def test_a_figure_asked_of_any_source_in_russian_gets_the_reports_counts() -> None:  # guard
    reply = SHIPPED.ask("В сети пишут, что подписали 40 документов. Есть ли такая цифра в каком-нибудь источнике?")
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, reply.headline


# -- a dispute between participants ---------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Did Smailov and Mishustin disagree about transit?",
    "did Aripov and Smailov argue about the free trade agreement? were they at odds?",
    "Спорили ли делегации между собой?",
])
def test_a_dispute_between_participants_is_said_to_be_unreported(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert "dispute" in text or "спорах" in text, text


@pytest.mark.parametrize("question", ["Where do TASS and Asia-Plus differ?", "Где расходятся ТАСС и Asia-Plus?"])
def test_where_two_reports_differ_is_their_count_of_documents(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, render_text(reply)


# -- the meeting's day asked with "на самом деле", "сейчас" and "4to" ------------------------------------------

def test_when_it_actually_took_place_is_its_day() -> None:
    reply = SHIPPED.ask("Так когда оно на самом деле прошло?")
    assert reply.answered and "26" in render_text(reply), render_text(reply)


def test_who_holds_a_post_now_is_not_answered_with_who_held_it_at_the_meeting() -> None:  # guard
    reply = SHIPPED.ask("А сейчас кто премьер Кыргызстана?")  # (the reports give posts as of 26 October 2023)
    assert not reply.answered, render_text(reply)


def test_whether_someone_still_holds_a_post_says_the_posts_are_as_of_the_meeting() -> None:  # guard
    reply = SHIPPED.ask("Сейчас Мишустин премьер?")
    assert not reply.answered and "26 октября 2023" in render_text(reply), render_text(reply)


def test_chat_spelling_of_what_is_read_as_russian() -> None:  # guard
    reply = SHIPPED.ask("kto gensek sng i 4to on skazal?")
    text = render_text(reply)
    assert reply.answered and reply.language == "ru" and "Лебедев" in text, text


# -- the source of a figure put to someone, and "Wikipedia says" ---------------------------------------------

@pytest.mark.parametrize("question", [
    "Говорят, что цифру 22 документа назвал Мишустин. Откуда эта цифра на самом деле?",  # guard
    "A post says Smailov announced 22 documents. Where does that figure actually come from?",
])
def test_the_source_of_a_figure_put_to_someone_is_the_report_that_gives_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "tass-22-documents" in shown(reply), text


def test_what_wikipedia_says_is_checked_as_a_claim() -> None:
    reply = SHIPPED.ask("Wikipedia says the meeting was held on 25 October. Correct?")
    assert reply.answered and reply.headline.startswith("Not on 25 October"), reply.headline


# -- a proposal put to a person the reports only mention -----------------------------------------------------

@pytest.mark.parametrize("question", [
    "Tokayev proposed the Trans-Caspian route, right?",
    "It was Mirziyoyev himself who proposed uniting the energy systems, wasn't it?",
])
def test_a_proposal_put_to_someone_only_mentioned_names_whose_words_it_is(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered, text
    assert "Smailov" in reply.headline or "Aripov" in reply.headline, reply.headline


def test_a_speech_put_to_someone_only_mentioned_is_not_given_to_another() -> None:  # guard
    reply = SHIPPED.ask("Tokayev gave a speech in Bishkek, didn't he?")
    assert not reply.answered, render_text(reply)


# -- the two dates of the meeting --------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Why do some reports say 27 October and others 26 October?",
    "Where does the 27 October date come from?",  # guard
    "Откуда взялось 27 октября, если заседание было 26-го?",
])
def test_why_two_dates_gets_the_june_announcement_of_the_27th(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "date-announced-27-october" in shown(reply), text


def test_why_the_meeting_was_moved_stays_unanswered() -> None:  # guard
    reply = SHIPPED.ask("Why was the meeting moved from 27 to 26 October?")
    assert not reply.answered, render_text(reply)


# -- "position" beside "which country is he from" --------------------------------------------------------------

def test_position_asked_with_the_country_is_the_post() -> None:
    reply = SHIPPED.ask("Mher Grigoryan: which country is he from and what's his position?")
    text = render_text(reply)
    assert reply.answered and "Deputy Prime Minister" in text and "Armenia" in text, text


# -- "— так?" after a claim about someone's words ------------------------------------------------------------------

def test_a_claim_tagged_with_a_dash_names_whose_words_they_are() -> None:
    reply = SHIPPED.ask("Смаилов заявил в Бишкеке, что Россия остаётся надёжным союзником — так?")
    assert reply.answered and "Мишустин" in reply.headline, render_text(reply)


# -- a rumour about a country, and what its capital actually said ----------------------------------------------

def test_what_a_capital_actually_said_after_a_rumour_is_its_heads_words() -> None:
    reply = SHIPPED.ask("Rumour: Uzbekistan wants to leave the CIS free trade zone. What did Tashkent actually say?")
    text = render_text(reply)
    assert reply.answered and "uzbekistan-ecommerce-free-trade-zone" in shown(reply), text


# -- someone's words said to be from another meeting -----------------------------------------------------------------

def test_words_said_to_be_from_another_meeting_are_shown_as_this_ones() -> None:
    reply = SHIPPED.ask("People say Smailov's 'positive dynamics in mutual trade' line is from the 2022 Astana "
                        "meeting. Did any Bishkek report carry it?")
    text = render_text(reply)
    assert reply.answered and "smailov-trade-dynamics" in shown(reply), text


def test_what_else_was_said_at_the_other_meeting_stays_unanswered() -> None:  # guard
    reply = SHIPPED.ask("Smailov's 'positive dynamics in mutual trade' line is from Astana 2022. What else did he "
                        "say in Astana?")
    assert not reply.answered, render_text(reply)


# -- how a remark is quoted ---------------------------------------------------------------------------------------------

def test_how_much_of_a_remark_is_in_quotation_marks_is_no_figure() -> None:
    reply = SHIPPED.ask("Aripov called the concept a 'big step'. How much of it is in quotes?")
    text = render_text(reply)
    assert reply.answered and "aripov-industrial-concept" in shown(reply), text


def test_two_reports_named_as_the_x_report_each_give_their_version() -> None:
    reply = SHIPPED.ask("Is Aripov's 'big step' quoted directly in the Trend report and in the AzerNews report?")
    text = render_text(reply)
    assert reply.answered, text
    assert {"aripov-industrial-concept", "aripov-industrial-concept-azernews"} <= shown(reply), text


def test_syncing_is_synchronisation() -> None:
    reply = SHIPPED.ask("Who backed syncing import substitution programmes?")
    assert reply.answered and "aripov-import-substitution" in shown(reply), render_text(reply)


# -- who heads the host country's government ----------------------------------------------------------------------

@pytest.mark.parametrize("question", ["кто глава правительства Кыргызстана?",
                                      "Кто возглавляет правительство Киргизии, и был ли он на заседании?"])
def test_who_heads_the_host_countrys_government_is_its_head_of_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "japarov" in shown(reply) and "participants" not in shown(reply), text


# -- the host government's list, an abbreviation to spell out, a guess at who did not come -------------------------

def test_the_host_governments_list_is_the_kyrgyz_governments() -> None:
    reply = SHIPPED.ask("In the host government's list, up to which year is the geodesy programme?")
    assert reply.answered and "2026" in render_text(reply), render_text(reply)


def test_spell_it_out_is_no_subject_of_an_abbreviation() -> None:
    reply = SHIPPED.ask("smailov govoril pro TITR, rasshifruyte")
    assert reply.answered and "smailov-transport-routes" in shown(reply), render_text(reply)


def test_a_guess_at_who_did_not_come_leaves_who_did_to_be_answered() -> None:
    reply = SHIPPED.ask("turkmeniyu kto predstavlyal, ne prezident zhe")
    assert reply.answered and "geldimyradov" in shown(reply), render_text(reply)


# -- letters: a city in the background that names no meeting, the question in two parts ------------------------------

def test_a_city_in_the_askers_story_is_no_other_meeting_behind_there() -> None:
    reply = SHIPPED.ask("Добрый день! Я живу в Гродно, дочка учится в Москве. По радио сказали, что в Бишкеке "
                        "собирались премьеры СНГ. Кто там был от Армении?")
    assert reply.answered and "grigoryan" in shown(reply), render_text(reply)


def test_a_letters_question_in_two_parts_is_answered_part_by_part() -> None:
    reply = SHIPPED.ask("Мне внуки читают новости, сама уже не вижу. Кто подводил итоги той встречи в Бишкеке и что "
                        "он сказал о разговоре?")
    assert reply.answered and "lebedev-results-new-impetus" in shown(reply), render_text(reply)


def test_the_russian_premier_in_russian_is_mishustin() -> None:
    reply = SHIPPED.ask("Что сказал русский премьер про ЕАЭС?")
    assert reply.answered and "mishustin-eaeu" in shown(reply), render_text(reply)


def test_russian_as_a_language_names_no_delegation() -> None:  # guard
    reply = SHIPPED.ask("Есть ли русский текст заявления?")
    assert not reply.answered and "mishustin" not in reply.headline.lower(), render_text(reply)


def test_that_meeting_is_this_one_in_a_first_question() -> None:
    reply = SHIPPED.ask("Кто подводил итоги той встречи?")
    assert reply.answered and "lebedev-results-new-impetus" in shown(reply), render_text(reply)


def test_what_a_reports_title_says_is_where_the_count_is_written() -> None:
    reply = SHIPPED.ask("The TASS title says 'more than 20 documents'. What is the exact number in the text?")
    assert reply.answered and "22" in reply.headline, render_text(reply)


# -- found by review: a departure put to someone, where a figure comes from, the two dates unnamed, a capital -------

@pytest.mark.parametrize("question", [
    "Did the CIS secretary-general announce his retirement in June?",  # guard
    "Lebedev said he is stepping down, didn't he?",
    "Лебедев когда уходит в отставку?",  # guard
])
def test_a_departure_put_to_someone_is_not_answered_with_what_he_announced(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert not shown(reply) & {"date-announced-27-october", "aripov-industrial-concept"}, text


@pytest.mark.parametrize("question", [
    "Where does the figure of 20 documents come from?",  # guard
    "В Телеграме написали про 35 документов. Откуда эта цифра?",  # guard
])
def test_where_a_figure_comes_from_is_the_reports_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Why are there two dates for this meeting?", "Почему у заседания две даты?"])
def test_why_two_dates_unnamed_gets_the_june_announcement(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "date-announced-27-october" in shown(reply), render_text(reply)


def test_which_date_is_right_after_a_claim_checks_the_claim() -> None:
    reply = SHIPPED.ask("В одном чате уверяют, что заседание было 27 октября. Какая дата верная?")
    assert reply.answered and "26" in render_text(reply), render_text(reply)


def test_how_much_of_someones_statement_is_quoted_is_how_it_is_quoted() -> None:
    reply = SHIPPED.ask("How much of Smailov's statement is inside quotation marks?")
    assert reply.answered and reply.intent == "say", render_text(reply)


def test_what_a_capital_said_in_russian_is_its_heads_words() -> None:
    reply = SHIPPED.ask("Что сказал Ташкент?")
    assert reply.answered and "aripov-innoprom-forum" != reply.fact_id and reply.intent == "say", render_text(reply)


# -- deputies by country, a compound word written whole, a person's words asked by their opening ---------------------

def test_which_countries_sent_deputies_asked_in_russian_lists_the_deputies() -> None:
    reply = SHIPPED.ask("Вице-премьеры на заседании в Бишкеке: от каких они стран?")
    assert reply.answered and {"mustafayev", "grigoryan"} <= shown(reply), render_text(reply)


def test_mining_and_metallurgy_written_as_one_word_is_the_industry() -> None:
    reply = SHIPPED.ask("по горнометаллургии подписали что-то?")
    assert reply.answered and "doc-mining-metallurgy-measures" in shown(reply), render_text(reply)


def test_a_persons_words_asked_by_their_opening_in_quotation_marks_are_that_statement() -> None:  # guard
    reply = SHIPPED.ask("For the record: Mishustin's line opening 'I have no doubt that', word for word as the "
                        "report has it, please.")
    assert reply.answered and reply.fact_id == "mishustin-prosperity", render_text(reply)


# -- from the final blind pair's wrong answers (145, seen since) -----------------------------------------------------

@pytest.mark.parametrize("question", [
    "Правда, что армянская делегация покинула зал раньше времени?",
    "Did the Azerbaijani delegation walk out in protest?",
])
def test_what_a_delegation_did_is_not_answered_with_who_led_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text


def test_walking_out_of_an_agreement_is_no_walkout() -> None:  # guard
    reply = SHIPPED.ask("Uzbekistan wants to walk out of the CIS free trade agreement, right?")
    assert reply.answered and "uzbekistan-ecommerce-free-trade-zone" in shown(reply), render_text(reply)


def test_a_claim_whose_subject_no_report_gives_is_not_answered_with_other_words() -> None:  # guard
    reply = SHIPPED.ask("A blogger says Smailov announced a common CIS currency. Is that in any source?")
    assert not reply.answered, render_text(reply)


def test_a_channel_the_asker_follows_frames_the_claim() -> None:
    reply = SHIPPED.ask("A channel I follow says 15 documents were signed in Bishkek. What do the reports say?")
    assert reply.answered and "20" in reply.headline and "22" in reply.headline, render_text(reply)


def test_the_level_asked_after_who_came_is_their_post() -> None:
    reply = SHIPPED.ask("Кто был от России и кто от Армении? Уровень.")
    assert reply.answered and {"mishustin", "grigoryan"} <= shown(reply), render_text(reply)


def test_which_sport_it_is_is_not_answered_with_the_title() -> None:
    reply = SHIPPED.ask("That CIS Championship document: which sport it is?")
    assert not reply.answered, render_text(reply)

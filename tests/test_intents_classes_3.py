"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_2.py.

Each test names the class (an earlier meeting's day, a request wrapped in courtesies, a report named by
its government) and checks it on the shipped fact base with phrasings written for this file: whether the
bot answered, and which facts it showed.
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


def said_by(person: str) -> set[str]:
    return {s.id for s in FACTS.statements.values() if s.speaker == person}


# -- the earlier meeting in Sochi, asked when ---------------------------------------------


@pytest.mark.parametrize("question", [
    "When did the Sochi meeting take place?",
    "When was the meeting in Sochi held?",
    "What was the date of the Sochi session?",
    "Когда состоялась встреча в Сочи?",
    "Какого числа прошло заседание в Сочи?",
])
def test_the_day_of_the_sochi_meeting_is_said_to_be_given_by_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and "venue-decided-sochi" in shown(reply), text
    assert "Not in Sochi" not in text and "Не в городе Сочи" not in text, text
    assert ("No report gives the day" in reply.headline or "не указан день" in reply.headline), text


@pytest.mark.parametrize("question", ["When was the meeting in Minsk held?", "Когда прошло заседание в Минске?"])
def test_when_a_meeting_elsewhere_was_is_never_corrected_to_this_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "Not in Minsk" not in reply.headline and "Не в городе Минск" not in reply.headline, \
        render_text(reply)


@pytest.mark.parametrize("question", ["What was decided at the Sochi meeting?", "Что решили на встрече в Сочи?"])
def test_what_was_decided_at_the_sochi_meeting_is_every_fact_of_its_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"venue-decided-sochi", "sochi-earlier-decisions"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What agreement did the premiers sign in Sochi?", "Что подписали в Сочи?"])
def test_what_was_signed_in_sochi_is_the_signing_alone(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "sochi-earlier-decisions", render_text(reply)


# -- the meeting elsewhere a later report announces ---------------------------------------


@pytest.mark.parametrize("question", [
    "Which meeting is held in Minsk on 27 February 2024?",
    "Что за встреча намечена в Минске 27 февраля?",
    "What meeting takes place in Minsk?",
])
def test_the_meeting_in_minsk_is_the_permanent_representatives_with_no_day_confirmed(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "minsk-permanent-representatives-trend", text
    if "27" in question:
        assert "No fact here gives the day" in reply.headline or "не называет день" in reply.headline, text


@pytest.mark.parametrize("question", ["Was it held in Minsk?", "Did it take place in Moscow?", "Was it really held in Minsk?"])
def test_it_held_elsewhere_is_this_meeting_put_elsewhere(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("Not in"), render_text(reply)
    assert "Bishkek" in reply.headline


# -- the next meeting put on a day the reports give to something else ----------------------


@pytest.mark.parametrize(("question", "day"), [
    ("Is the next meeting on 23 May 2024?", "23 May"),
    ("Will the next session be held on 20 May?", "20 May"),
    ("Следующее заседание пройдёт 23 мая?", "23 мая"),
])
def test_the_next_meeting_on_the_day_of_its_preparations_is_corrected(question: str, day: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and day in reply.headline and ("None of the reports" in reply.headline
                                                         or "Ни одна публикация" in reply.headline), text
    assert {"next-meeting-may-24-trend", "meredov-preparations"} <= shown(reply), text


# -- requests wrapped in courtesies --------------------------------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("Good morning. I am drafting a memo for my minister and would be most grateful if you could kindly tell me "
     "which countries took part, and at what level each delegation was led. Thank you very much in advance.",
     "participants"),
    ("Здравствуйте! Я пишу аналитическую справку и была бы очень признательна, если бы вы перечислили глав "
     "делегаций с их должностями и источниками. Заранее большое спасибо!", "participants"),
    ("Dear bot, could you kindly provide the names and titles of the heads of delegation? Many thanks!",
     "participants"),
    ("Добрый день! Не могли бы вы подсказать, кто возглавлял делегацию Армении? Заранее благодарю.", "grigoryan"),
])
def test_a_request_wrapped_in_greetings_and_thanks_is_answered_as_its_question(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Hi! Thanks!", "Спасибо. Привет!"])
def test_greetings_alone_stay_small_talk(question: str) -> None:  # guard
    assert SHIPPED.ask(question).intent == "smalltalk"


@pytest.mark.parametrize("question", [
    "Could you kindly explain what was on the agenda of the 26 October 2023 meeting, and cite the reports?",
    "Подскажите, какие темы обсуждались на заседании 26 октября, и по каким источникам это известно?",
])
def test_the_agenda_of_the_meeting_named_by_its_day_is_the_agenda_not_the_day(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.fact_id != "cis-hog-2023-10-26" and "agenda-cultural-humanitarian" in shown(reply), text


@pytest.mark.parametrize("question", ["At what level was each delegation led?", "На каком уровне были представлены делегации?"])
def test_at_what_level_asks_the_post_of_each_head(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "participants", render_text(reply)


def test_a_second_part_about_the_it_industry_is_not_read_as_a_pronoun() -> None:
    reply = SHIPPED.ask("I need to know what the Kazakh prime minister said about transport corridors, and also whether "
                        "any documents on the IT industry were signed.")
    assert reply.answered and {"smailov-transport-routes", "documents-signed"} <= shown(reply), render_text(reply)


def test_the_heads_besides_one_named_are_listed_without_him() -> None:
    reply = SHIPPED.ask("Please name the heads of delegation apart from the Kazakh prime minister.")
    assert reply.answered and "smailov" not in shown(reply) and "golovchenko" in shown(reply), render_text(reply)


# -- who reported first --------------------------------------------------------------------


def test_who_reported_first_says_the_reports_do_not_tell_and_whom_the_earliest_cite() -> None:
    reply = SHIPPED.ask("Which outlet was first to report the Uzbek e-commerce platform proposal?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("The reports don't say which outlet was first"), text
    assert "Asia-Plus (citing AKIpress)" in reply.headline and "No date shown: AzerNews" in reply.headline, text


# -- a report named by its government or press service -------------------------------------


@pytest.mark.parametrize("question", [
    "What did the Kyrgyz government report?",
    "Что сообщила пресс-служба правительства Киргизии?",
    "Which documents did the Kyrgyz government's press service list?",
])
def test_the_kyrgyz_government_or_its_press_service_is_its_own_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "doc-next-regular-meeting" in shown(reply), render_text(reply)


def test_the_press_service_as_the_source_cited_stays_the_agency_asked() -> None:  # guard
    reply = SHIPPED.ask("Which report cites the Kyrgyz government's press service for the 22 documents?")
    assert reply.answered and "TASS" in render_text(reply), render_text(reply)


def test_a_thing_in_another_report_than_the_one_named_is_said_to_be_there() -> None:
    reply = SHIPPED.ask("Is the jubilee medal on the Kyrgyz government's list?")
    text = render_text(reply)
    assert not reply.answered and "Nothing on this from Cabinet of Ministers" in reply.headline, text
    assert "TASS" in text


@pytest.mark.parametrize("question", ["Как в сообщении ТАСС назван документ об урановых территориях?",
                                      "Как в сообщении ТАСС сформулирован документ об урановых территориях? Нужна точная формулировка."])
def test_a_named_reports_own_wording_is_preferred_to_another_reports_closer_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id.startswith("tass-"), render_text(reply)


# -- people and words ----------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Who is the CIS sec gen?", "what did the sec-gen say", "secgen quote?"])
def test_sec_gen_is_the_secretary_general(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and ("lebedev" in shown(reply) or shown(reply) <= said_by("lebedev") | {"lebedev"}), \
        render_text(reply)


@pytest.mark.parametrize("question", ["What preparations did Turkmenistan report for the Ashgabat meeting?",
                                      "What preparations did Turkmenistan announce for the Ashgabat meeting?",
                                      "Что Туркменистан сообщил о подготовке к заседанию в Ашхабаде?"])
def test_a_countrys_words_on_a_subject_are_whoever_of_it_is_quoted_on_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


def test_a_country_whose_head_is_quoted_on_nothing_stays_unquoted() -> None:  # guard
    assert not SHIPPED.ask("What did Turkmenistan say about trade?").answered


@pytest.mark.parametrize("question", ["Кто инициировал концепцию промышленной кооперации?",
                                      "Кто был инициатором концепции промышленной кооперации СНГ?"])
def test_who_initiated_the_concept_is_read_as_a_proposal(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and any("industrial-concept" in i for i in shown(reply)), render_text(reply)


@pytest.mark.parametrize("question", ["nxt mtg where", "when is the nxt meeting"])
def test_nxt_is_next(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_a_misspelt_title_asks_the_title() -> None:
    reply = SHIPPED.ask("aripov tital?")
    assert reply.answered and reply.fact_id == "aripov", render_text(reply)


# -- why, when the reports give no reason --------------------------------------------------


@pytest.mark.parametrize("question", ["Why does Uzbekistan want the free trade agreement revised?",
                                      "Зачем Узбекистан предлагает единую платформу электронной торговли?"])
def test_a_why_no_report_answers_shows_what_they_say_of_it_unanswered(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and reply.items and shown(reply) <= said_by("aripov"), text
    assert "don't say why" in reply.headline or "Причин публикации не называют" in reply.headline, text
    assert "equally well" not in reply.headline and "в равной мере" not in reply.headline, text


# -- who announced, and numbers put to the wrong person or report ----------------------------


@pytest.mark.parametrize("question", ["Who announced that the meeting would be held in Bishkek?",
                                      "Кто объявил, что заседание пройдёт в Бишкеке?"])
def test_who_announced_the_venue_heads_with_the_fact_naming_him(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and [i.fact_id for i in reply.items][:1] == ["date-announced-27-october"], render_text(reply)
    assert (reply.score or 0) >= 60, render_text(reply)


@pytest.mark.parametrize(("question", "count"), [
    ("Did Lebedev say 22 documents were signed?", "tass-22-documents"),
    ("Правда ли, что Мишустин заявил о подписании двадцати документов?", "twenty-documents-signed"),
])
def test_a_count_put_to_a_person_is_said_to_be_a_reports(question: str, count: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith(("No:", "Нет:")) and count in shown(reply), text


def test_a_percentage_put_to_a_person_is_no_count_of_documents() -> None:  # guard
    reply = SHIPPED.ask("Confirm the quote: Mishustin said Russia will raise gas supplies by 20 percent.")
    assert not reply.answered and "twenty-documents-signed" not in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which nine financing documents were signed?",
                                      "Какие девять документов о финансировании подписаны?",
                                      "Какие названия у всех девяти финансовых документов?"])
def test_which_nine_documents_shows_the_ones_named_and_says_the_rest_are_not(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and "doc-financial-support-bodies" in shown(reply), text
    assert "fewer than 9" in reply.headline or "меньше, чем 9" in reply.headline, text


def test_two_of_one_reports_numbers_put_to_another_report_are_corrected() -> None:
    reply = SHIPPED.ask("Asia-Plus says 22 documents were signed, nine on financing, right?")
    assert reply.headline.startswith("No: Asia-Plus does not give 22, 9"), render_text(reply)


@pytest.mark.parametrize("question", ["Будет ли Путин на заседании в Ашхабаде?", "Will Mishustin be at the Ashgabat meeting?"])
def test_who_comes_to_the_next_meeting_is_not_this_meetings_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "Мишустин" not in reply.headline and "represented" not in reply.headline, \
        render_text(reply)


def test_slang_around_a_subject_is_set_aside() -> None:
    reply = SHIPPED.ask("did they sign smth on uranium or nah")
    assert reply.answered and reply.fact_id == "doc-uranium-recultivation-program", render_text(reply)


@pytest.mark.parametrize(("question", "day", "fact"), [
    ("When did Trend report the date of the next meeting?", "26 February 2024", "next-meeting-may-24-trend"),
    ("Когда Sputnik Армения сообщил о дате заседания и какую дату назвал?", "8 июня 2023", "date-announced-27-october"),
])
def test_when_a_report_reported_something_is_its_date_with_what_it_said(question: str, day: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and day in reply.headline and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize("question", ["Что доложил Мередов и на каком заседании?",
                                      "At which meeting did Meredov report, and what did he say?"])
def test_at_which_meeting_is_asked_not_this_meeting_named(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


# -- probes 35 and 36: answers to another question, given as answers ------------------------


@pytest.mark.parametrize("question", ["премьеры подписали чё-нить по IT?", "Did any signed document deal with information "
                                      "technology?", "Подписали ли что-то про информационные технологии?"])
def test_it_is_first_the_report_that_names_the_it_industry(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.items and reply.items[0].fact_id == "documents-signed", render_text(reply)


@pytest.mark.parametrize("question", ["Was a document declaring 2024 the CIS Year of Ecology signed?",
                                      "Был ли 2024 год объявлен годом экологии?"])
def test_a_year_put_to_another_theme_is_corrected_with_the_theme_the_reports_give(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("No:", "Нет:")) and "volunteer-year-2024" in shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Was 2024 declared the Year of the Volunteer Movement?",
                                      "What were the main agenda topics of the 26 October 2023 meeting?"])
def test_the_theme_the_reports_give_or_a_date_is_no_other_theme(question: str) -> None:  # guard
    assert not SHIPPED.ask(question).headline.startswith(("No: the reports give no Year", "Нет: года"))


def test_what_a_report_means_by_a_word_is_the_word_asked() -> None:
    reply = SHIPPED.ask('What does Asia-Plus mean by "withholdings"?')
    assert reply.answered and reply.fact_id == "uzbekistan-ecommerce-free-trade-zone", render_text(reply)


@pytest.mark.parametrize("question", ["How did Bishkek end up hosting the meeting?", "How did Bishkek come to host it?"])
def test_how_bishkek_came_to_host_is_how_the_venue_was_chosen(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Does the TASS report quote Mishustin at all?", "Цитирует ли ТАСС Мишустина?"])
def test_whether_a_report_quotes_someone_is_answered_of_that_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and ("TASS quotes nothing" in reply.headline or "высказываний нет" in reply.headline), text


def test_whether_a_report_mentions_someone_it_names_is_yes() -> None:
    reply = SHIPPED.ask("Does the Astana Times mention Mishustin?")
    assert reply.answered and reply.headline.startswith("Yes: The Astana Times names Mikhail Mishustin"), \
        render_text(reply)


def test_a_persons_possessive_is_not_part_of_the_reports_name() -> None:
    reply = SHIPPED.ask("Does Asia-Plus report Lebedev's comments on the results?")
    assert reply.answered and reply.fact_id == "lebedev-results-new-impetus", render_text(reply)


@pytest.mark.parametrize(("question", "head"), [("was turkmen PM there or just a deputy", "geldimyradov"),
                                                ("Was the Armenian PM there?", "grigoryan")])
def test_whether_a_countrys_premier_was_there_is_who_led_its_delegation(question: str, head: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == head, render_text(reply)


def test_a_headline_in_single_quotes_is_checked_against_the_quote() -> None:
    reply = SHIPPED.ask("headline check: 'Mishustin: CIS and EAEU guarantee economic stability' - accurate?")
    assert reply.fact_id == "mishustin-eaeu", render_text(reply)


def test_the_label_of_a_pasted_headline_is_nobody_the_words_are_put_to() -> None:
    reply = SHIPPED.ask("Заголовок: «Мишустин: Россия остаётся надёжным союзником и торговым партнёром» — это с "
                        "бишкекского заседания?")
    assert reply.answered and reply.fact_id == "mishustin-reliable-ally" and "Заголовок" not in reply.headline, \
        render_text(reply)


def test_a_claim_no_one_made_is_not_given_to_whoever_shares_some_of_its_words() -> None:
    reply = SHIPPED.ask("Правда ли, что Мишустин заявил в Бишкеке о выходе России из зоны свободной торговли СНГ?")
    assert not reply.answered and "Арипов" not in reply.headline, render_text(reply)


def test_a_claim_another_made_is_still_given_to_them() -> None:  # guard
    reply = SHIPPED.ask("Is it true that Mishustin proposed a unified energy system?")
    assert reply.answered and reply.fact_id == "aripov-energy-systems", render_text(reply)


@pytest.mark.parametrize("question", ["what's the exact wording of the agreement on the e-commerce platform",
                                      "What does the agreement on the e-commerce platform say?"])
def test_an_agreement_only_proposed_is_no_document_of_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith("No such document"), render_text(reply)


@pytest.mark.parametrize("question", ["was this the same thing as the CIS summit in bishkek earlier in oct?",
                                      "Это то же самое, что недавний саммит СНГ в Бишкеке?"])
def test_an_earlier_summit_is_not_this_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith(("No:", "Нет:")) and "smailov-trade-barriers" in shown(reply), text


# -- probes 35 and 36: answerable questions refused for their wording -------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("did kaz pm say anything about china", "smailov-belt-and-road"),
    ("aripov predlagal chto po e-commerce and FTZ, short pls", "uzbekistan-ecommerce-free-trade-zone"),
    ("в чем суть предложения арипова по энергосистемам, своими словами не надо, дайте как в источнике",
     "aripov-energy-systems"),
    ("Коллеги, добрый день. Для справки руководству нужна точная цитата Лебедева по итогам заседания и источник. "
     "Если можно — на русском. Спасибо.", "lebedev-results-new-impetus"),
])
def test_shorthand_slang_and_asides_around_a_persons_words_are_set_aside(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_a_reports_version_of_someones_words_is_that_reports() -> None:
    reply = SHIPPED.ask("kun.uz version of aripov speech?")
    assert reply.answered and reply.headline.startswith("What AzerNews"), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("чё там мишустин задвигал в бишкеке", "mishustin"),
                                                ("где некст заседание", "next-meeting-ashgabat")])
def test_russian_slang_for_said_and_next(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and (reply.fact_id == fact or fact in shown(reply)), render_text(reply)


def test_the_words_someone_opened_with_are_still_asked_of_his_words() -> None:  # guard
    reply = SHIPPED.ask("С какими словами Жапаров приветствовал участников заседания?")
    assert not reply.answered and reply.intent == "say", render_text(reply)


@pytest.mark.parametrize(("question", "fact", "wrong"), [
    ("Is it true that Smailov quoted Tokayev's remarks from the SCO summit about eliminating trade barriers?",
     "smailov-trade-barriers", "SCO"),
    ("Did Aripov say the Innoprom forum will take place in Samarkand in May 2024?", "aripov-innoprom-forum", "Samarkand"),
    ("AzerNews: Aripov recalled a forum at Innoprom in Tashkent in March 2024. Correct month?", "aripov-innoprom-forum",
     "March"),
])
def test_a_claim_with_another_event_or_time_put_in_it_is_corrected_by_the_words_said(question: str, fact: str,
                                                                                      wrong: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.fact_id == fact and reply.headline.startswith(f"None of the reports gives {wrong}"), text
    assert "Tashkent for this" not in reply.headline


@pytest.mark.parametrize(("question", "head"), [
    ("Was it Lukashenko who announced that Bishkek would host the meeting?", "The reports don't mention Lukashenko."),
    ("Was it Mishustin who announced that Bishkek would host the meeting?", "No:"),
    ("Was it Aripov who proposed linking transit routes with the Belt and Road?", "No:"),
])
def test_was_it_x_who_did_it_gives_who_did_and_says_it_was_not_x(question: str, head: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(head), render_text(reply)


def test_was_it_x_who_did_it_when_it_was_x_is_a_plain_answer() -> None:  # guard
    reply = SHIPPED.ask("Was it Smailov who proposed linking transit routes with the Belt and Road?")
    assert reply.answered and not reply.headline.startswith("No") and "smailov-belt-and-road" in shown(reply)


@pytest.mark.parametrize("question", ["Было ли заседание в Бишкеке перенесено по сравнению с объявленной датой?",
                                      "какую дату объявляли сначала и когда в итоге провели?",
                                      "sputnik pisal chto zasedanie 27 oktyabrya - eto oshibka?"])
def test_the_date_first_announced_asked_in_russian_is_the_announcement(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "date-announced-27-october" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("а медаль какая? к чему", "doc-jubilee-medal"),
                                                ("when is the press briefing before the ashgabat meeting",
                                                 "meredov-preparations"),
                                                ("What was item number one on the Kyrgyz government's list?",
                                                 "doc-next-regular-meeting")])
def test_terse_asks_reach_their_fact(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Does the Kyrgyz government's page give the total number of documents signed?",
                                      "Did Asia-Plus or TASS give the higher count of documents?"])
def test_questions_about_the_reports_counts_get_the_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and {"twenty-documents-signed", "tass-22-documents"} <= shown(reply), text
    if "Kyrgyz" in question:
        assert reply.headline.startswith("Cabinet of Ministers of the Kyrgyz Republic gives no such count"), text


def test_a_countrys_documents_are_still_counted_by_no_report() -> None:  # guard
    assert not SHIPPED.ask("How many documents did Kyrgyzstan sign?").answered


# -- probes 37 and 38 ----------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Please list all the documents signed, with their full titles.",
                                      "Кратко: о чём договорились главы правительств СНГ в Бишкеке?"])
def test_the_documents_list_gives_no_count_of_its_own_that_counts_one_document_twice(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "13" not in reply.headline and "20" in reply.headline and "22" in reply.headline, text


@pytest.mark.parametrize("question", ["Что предложила Россия на заседании?", "What did Mishustin propose?"])
def test_a_proposal_asked_of_someone_who_proposed_nothing_is_said_to_be_none(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and reply.items and shown(reply) - {"mishustin"} <= said_by("mishustin"), text
    assert "no proposal" in reply.headline or "предложений в публикациях нет" in reply.headline, text


@pytest.mark.parametrize("question", ["What did Aripov propose?", "Что предложил Арипов?"])
def test_a_proposal_asked_of_someone_who_proposed_is_answered(question: str) -> None:  # guard
    assert SHIPPED.ask(question).answered


def test_a_day_put_to_someone_for_the_next_meeting_is_not_checked_against_this_ones() -> None:
    reply = SHIPPED.ask("Did Lebedev say the next meeting would be in Ashgabat on 24 May?")
    assert "27 October" not in reply.headline, render_text(reply)


def test_a_day_put_to_someone_for_this_meeting_is_still_checked() -> None:  # guard
    reply = SHIPPED.ask("Лебедев заявил, что заседание в Бишкеке пройдёт 26 октября — так?")
    assert reply.headline.startswith("Нет: по публикациям, Лебедев называл 27 октября"), render_text(reply)


@pytest.mark.parametrize(("question", "publisher"), [("Сколько документов о финансировании называет Asia-Plus?", "Asia-Plus"),
                                                     ("How many financing documents does Asia-Plus count?", "Asia-Plus")])
def test_a_count_asked_of_a_report_that_gives_none_says_so_before_anothers(question: str, publisher: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(publisher) or reply.headline.startswith("Nothing on this from Asia-Plus"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Is the Ashgabat meeting set for June 2024?", "Will the next meeting be in June 2024?",
                                      "Правда ли, что заседание в Ашхабаде назначено на июнь 2024 года?"])
def test_the_next_meeting_put_in_another_month_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith(("None of the reports gives June", "Ни одна публикация не называет июнь")), text
    assert "next-meeting-ashgabat" in shown(reply), text


def test_this_meeting_put_elsewhere_with_its_council_named_in_between_is_corrected() -> None:
    reply = SHIPPED.ask("Правда ли, что заседание глав правительств СНГ прошло в Астане?")
    assert reply.answered and reply.headline.startswith("Не в городе Астана"), render_text(reply)


# -- mended after the blind run of holdouts 48 and 49 ----------------------------------------


@pytest.mark.parametrize("question", ["How many reporters covered the CIS PM meeting?",
                                      "Сколько журналистов было аккредитовано на встрече премьеров?"])
def test_a_count_of_people_no_report_counts_is_not_the_premiers(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "smailov" not in shown(reply), render_text(reply)


def test_what_someone_the_reports_never_name_told_them_is_unanswered() -> None:
    reply = SHIPPED.ask("What did Kyrgyz President Sadyr Japarov tell the other prime ministers?")
    assert not reply.answered, render_text(reply)


def test_why_a_delegation_did_something_no_report_tells_is_unanswered() -> None:
    reply = SHIPPED.ask("Why did the Kazakhstan delegation walk out before the end?")
    assert not reply.answered, render_text(reply)


def test_what_someone_said_at_another_meeting_in_another_year_is_unanswered() -> None:
    reply = SHIPPED.ask("О чём говорил Мишустин на заседании в Астане в 2022 году?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What was discussed at the CIS Economic Council before Bishkek?",
                                      "Что обсуждали на заседании Экономического совета СНГ?"])
def test_the_economic_council_is_another_body(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


def test_the_rest_of_a_count_besides_one_document_is_still_said_to_be_unlisted() -> None:
    reply = SHIPPED.ask("Name the other eight financing documents besides the Afghanistan search one.")
    assert not reply.answered, render_text(reply)


def test_an_item_of_a_reports_list_found_without_its_name_carries_its_number() -> None:
    reply = SHIPPED.ask("На каком пункте обрывается выдержка перечня правительства Киргизии?")
    assert reply.answered and "пункта 10.1" in reply.headline, render_text(reply)  # (how far the list goes)


def test_no_document_on_a_subject_says_no_count_of_its_own() -> None:
    reply = SHIPPED.ask("Were any documents on healthcare signed?")
    assert not reply.answered and "among those the reports name by title" in reply.headline, render_text(reply)


# -- a delegation named by its capital, who reported, and a number put with "or another" ---


@pytest.mark.parametrize(("question", "person"), [
    ("Who came from Yerevan?", "grigoryan"),
    ("Who flew in from Tashkent for the meeting?", "aripov"),
    ("Кто прилетел из Еревана на заседание?", "grigoryan"),
    ("Кто из Душанбе был на встрече?", "rasulzoda"),
    ("Кто прилетел в Бишкек из Баку?", "mustafayev"),
])
def test_a_delegation_named_by_its_capital_is_that_countrys(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and person in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Кто прилетел на заседание?", "Who flew to Bishkek?"])
def test_who_flew_in_is_the_participants_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "participants", render_text(reply)


@pytest.mark.parametrize("question", ["Кто из руководителей Туркменистана докладывал о подготовке к встрече в Ашхабаде?",
                                      "Кто из туркменских руководителей сообщил о подготовке к заседанию в Ашхабаде?"])
def test_who_reported_on_the_preparations_for_the_next_meeting_is_the_one_quoted(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)
    assert "geldimyradov" not in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "headline"), [
    ("ТАСС сообщал о двадцати документах или о другом числе?", "Нет: у TASS — 22"),
    ("Asia-Plus сообщала о 22 документах или о другом количестве?", "Нет: у Asia-Plus — 20"),
])
def test_a_number_put_with_or_another_is_checked(question: str, headline: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(headline), render_text(reply)


# -- holdouts 50 and 51's classes (after their blind first run) ---------------------------


def test_what_someone_named_with_a_possessive_told_the_meeting_is_their_words() -> None:
    reply = SHIPPED.ask("What did Armenia's Mher Grigoryan tell the council?")
    assert not reply.answered and "quote nothing" in reply.headline, render_text(reply)


def test_which_agency_quoted_the_one_who_came_is_whom_his_words_are_credited_to() -> None:
    reply = SHIPPED.ask("Who came from Russia, and which news agency quoted him?")  # (who came, then his agency)
    assert reply.answered and "Interfax" in reply.headline and shown(reply) <= said_by("mishustin") | {"mishustin"}, \
        render_text(reply)


def test_which_agency_quoted_someone_never_quoted_says_none_did() -> None:
    reply = SHIPPED.ask("Which agency quoted the Tajik prime minister?")
    assert not reply.answered and reply.headline.startswith("The reports quote nothing Rasulzoda said"), \
        render_text(reply)


def test_a_second_question_about_the_same_speakers_words_is_answered_beside_the_first() -> None:
    reply = SHIPPED.ask("What did Smailov call the priority of joint work, and what will the concept give?")
    assert reply.answered and {"smailov-industrial-priority", "smailov-industrial-concept"} <= shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Was anything decided on volunteers?", "Что решили насчёт волонтёрства?"])
def test_what_was_decided_on_a_subject_is_its_document(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "volunteer-year-2024" in shown(reply), render_text(reply)


def test_a_day_written_as_an_ordinal_is_checked() -> None:
    reply = SHIPPED.ask("Was the meeting held on October 27th?")
    assert reply.answered and reply.headline.startswith("Not on 27 October"), render_text(reply)
    reply = SHIPPED.ask("Was the meeting held on the 27th?")
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


def test_an_ordinal_that_is_no_day_is_read_as_before() -> None:  # guard: passes before the change too
    reply = SHIPPED.ask("Is there an action plan for the 80th anniversary?")
    assert reply.answered and "doc-victory-80th-anniversary-plan" in shown(reply), render_text(reply)


def test_the_day_a_meeting_was_supposed_to_be_held_is_the_announced_one_beside_the_real_one() -> None:
    reply = SHIPPED.ask("Wasn't the meeting supposed to be on 27 October?")
    assert reply.answered and "venue-decided-sochi" in shown(reply) and "26 October" in render_text(reply), \
        render_text(reply)


def test_a_count_a_report_wrote_is_checked() -> None:
    reply = SHIPPED.ask("ТАСС написал про двадцать документов?")
    assert reply.answered and reply.headline.startswith("Нет: у TASS — 22"), render_text(reply)


@pytest.mark.parametrize(("question", "credited"), [
    ("У какого агентства Asia-Plus взяла слова Мишустина?", "Интерфакс"),
    ("Smailov's remarks in the Astana Times: what's the source?", "press service"),
    ("Слова Мишустина Asia-Plus берёт у Интерфакса, а слова Лебедева у какого агентства?", "БелТА"),
])
def test_whom_a_report_credits_for_someones_words_is_said(question: str, credited: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution" and credited in reply.headline, render_text(reply)


def test_a_c_for_ts_in_russian_typed_in_latin_letters_is_read() -> None:
    reply = SHIPPED.ask("chto govoril smailov pro promyshlennuyu kooperaciyu")
    assert reply.answered and "smailov-industrial-priority" in shown(reply), render_text(reply)


def test_the_most_recent_meeting_is_the_last_one() -> None:
    reply = SHIPPED.ask("Was Bishkek the most recent meeting before the Ashgabat one?")
    assert reply.answered and "last-meeting-bishkek-trend" in shown(reply), render_text(reply)


def test_the_city_of_another_meeting_a_report_tells_of_is_its_fact() -> None:
    reply = SHIPPED.ask("In what city did the CIS permanent representatives gather, according to Trend's report on "
                        "the Ashgabat meeting?")
    assert reply.answered and "minsk-permanent-representatives-trend" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "place"), [
    ("Where did the permanent representatives meet on 27 February?", "meeting in Minsk"),
    ("Где собирались постпреды 27 февраля?", "встречи в Минске"),
])
def test_a_day_no_fact_gives_is_said_with_the_city_the_fact_names(question: str, place: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and place in reply.headline, render_text(reply)


# -- probes 39 and 40's classes (fresh users on f7641a5) ----------------------------------


def test_the_other_documents_besides_one_under_a_heading_are_not_the_heading() -> None:
    reply = SHIPPED.ask("Apart from the Afghanistan one, which financing documents were signed?")
    assert not reply.answered and reply.headline.startswith("I found no document on that"), render_text(reply)


def test_besides_a_subject_another_subject_is_still_found() -> None:  # guard: passes before the change too
    reply = SHIPPED.ask("Besides the economy, was anything cultural discussed?")
    assert reply.answered and "agenda-cultural-humanitarian" in shown(reply), render_text(reply)


def test_the_value_of_the_documents_is_no_count_of_them() -> None:
    reply = SHIPPED.ask("What was the total value of the documents signed?")
    assert not reply.answered and reply.intent != "count", render_text(reply)


def test_a_proposal_put_to_someone_who_spoke_of_the_subject_is_given_to_whose_it_was() -> None:
    reply = SHIPPED.ask("Did Smailov propose a revision of the free trade agreement?")
    assert reply.answered and "Aripov" in reply.headline and "uzbekistan-ecommerce-free-trade-zone" in shown(reply), \
        render_text(reply)
    reply = SHIPPED.ask("Smailov pushed for free trade in goods, correct?")  # guard: his own call, on services
    assert reply.answered and "smailov-services-agreement" in shown(reply), render_text(reply)


def test_where_something_was_announced_is_no_place_put_to_the_next_meeting() -> None:
    reply = SHIPPED.ask("Кто в Сочи объявил о месте следующего заседания?")
    assert reply.answered and "venue-decided-sochi" in shown(reply) and not reply.headline.startswith("Не в городе"), \
        render_text(reply)


def test_two_countries_positions_are_their_heads_words() -> None:
    reply = SHIPPED.ask("Compare the positions of Kazakhstan and Uzbekistan on free trade.")
    assert reply.answered and "smailov-trade-dynamics" in shown(reply) and shown(reply) & said_by("aripov"), \
        render_text(reply)


def test_a_country_mentioned_is_no_second_speaker() -> None:  # guard: passes before the change too
    reply = SHIPPED.ask("Did Kazakhstan mention Russia?")
    assert not reply.answered and not shown(reply) & said_by("mishustin"), render_text(reply)


def test_who_will_host_asked_with_a_verb_that_also_means_adopt_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("Кто будет принимать следующее заседание?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_a_count_put_to_a_report_and_asked_if_accurate_is_checked() -> None:
    reply = SHIPPED.ask("TASS reported twenty documents. Is that accurate?")
    assert reply.answered and reply.headline.startswith("No: TASS gives 22"), render_text(reply)


def test_a_welcome_address_is_a_speech_not_a_web_address() -> None:
    reply = SHIPPED.ask("What did the Kyrgyz host's head of government say in his welcome address?")
    assert not reply.answered and reply.intent == "say", render_text(reply)


def test_the_name_of_a_proposal_no_report_names_is_said_to_be_given_by_none() -> None:
    reply = SHIPPED.ask("What will the common e-commerce platform be called?")
    assert not reply.answered and reply.headline.startswith("None of the reports gives it a name"), render_text(reply)
    reply = SHIPPED.ask("What is the name of the uranium programme?")  # guard: a document's name is its title
    assert reply.answered and "doc-uranium-recultivation-program" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Was a new Secretary General appointed at the meeting?",
                                      "Кого избрали председателем совета?"])
def test_an_appointment_no_report_records_is_unanswered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not shown(reply) & said_by("lebedev"), render_text(reply)
    assert "appointed or elected" in render_text(reply) or "назначили или избрали" in render_text(reply), \
        render_text(reply)


def test_a_claim_an_agency_reported_is_checked_against_whose_words_they_were() -> None:
    reply = SHIPPED.ask("AKIpress пишет, что Россия предложила платформу электронной торговли?")
    assert reply.answered and "Арипов" in reply.headline and not shown(reply) & said_by("mishustin"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Премьер Казахстана назвал промкооперацию приоритетом?",
                                      "chto skazal smailov pro promkooperaciyu"])
def test_promkooperatsiya_is_industrial_cooperation_in_any_case(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "smailov-industrial-priority" in shown(reply), render_text(reply)


def test_capacity_is_the_capabilities_a_report_names() -> None:
    reply = SHIPPED.ask("What did Aripov say about energy capacity?")
    assert reply.answered and reply.fact_id == "aripov-energy-capabilities", render_text(reply)


# -- probes 41 and 42's classes (fresh users on d936e1c) ----------------------------------


def test_a_protest_is_no_misspelt_russian_verb() -> None:
    reply = SHIPPED.ask("Was there a protest in Bishkek during the meeting?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["В Бишкеке подписали концепцию промышленной кооперации?",
                                      "Подписали на заседании концепцию промышленной кооперации?"])
def test_a_yes_or_no_without_li_on_an_earlier_document_says_it_is_not_this_meetings(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("Среди документов этого заседания"), render_text(reply)


def test_what_a_document_provides_for_is_said_to_be_given_by_none() -> None:
    reply = SHIPPED.ask("What does the 2016 mining agreement provide for?")
    assert not reply.answered and reply.headline.startswith("The reports give the document's title"), \
        render_text(reply)
    reply = SHIPPED.ask("Какую годовщину в 2025 году предусматривает план мероприятий?")  # guard: its title says
    assert reply.answered, render_text(reply)


def test_a_subject_no_fact_holds_put_to_someones_words_is_said_missing() -> None:
    reply = SHIPPED.ask("Mishustin said Russia will supply gas to its CIS partners?")
    assert reply.headline.startswith("None of the reports gives gas"), render_text(reply)
    reply = SHIPPED.ask("Was anything signed on the oil and gas sector?")  # guard: a document may cover it
    assert reply.answered and not reply.headline.startswith("None of the reports"), render_text(reply)


def test_a_theme_put_to_a_year_no_report_speaks_of_is_no_no() -> None:
    reply = SHIPPED.ask("Was 2025 declared the Year of Peace in the CIS?")
    assert not reply.answered and reply.headline.startswith("None of the reports gives a theme to 2025"), \
        render_text(reply)


def test_a_headline_asked_if_supported_is_checked_as_a_headline() -> None:
    reply = SHIPPED.ask('Headline: "Kazakhstan ready to join Belt and Road transit" - supported?')
    assert reply.answered and "smailov-belt-and-road" in shown(reply) and reply.intent != "attend", render_text(reply)


def test_someones_words_in_the_language_they_spoke_are_said_to_be_given_by_none() -> None:
    reply = SHIPPED.ask("Give me Aripov's original words in Uzbek.")
    assert not reply.answered and "language they were spoken in" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "facts"), [
    ("Who told the meeting the Executive Committee would analyse the proposals, and when is the next one?",
     {"lebedev-proposals-analysis", "next-meeting-ashgabat"}),
    ("Кто представлял Армению и сколько документов подписали?", {"grigoryan", "tass-22-documents"}),
])
def test_a_question_of_two_self_contained_parts_answers_both(question: str, facts: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and facts <= shown(reply), render_text(reply)


# -- probes 43 and 44's classes (fresh users on 15b2c3b) ----------------------------------


def test_a_next_host_put_in_someones_mouth_is_checked_as_the_claim() -> None:
    reply = SHIPPED.ask("Mishustin said Russia will host the next meeting, correct?")
    assert reply.answered and reply.headline.startswith("Not in Russia") and "next-meeting-ashgabat" in shown(reply), \
        render_text(reply)


def test_who_signed_a_document_on_a_country_no_delegation_came_from_is_said_to_be_given_by_none() -> None:
    reply = SHIPPED.ask("Who signed the Afghanistan document?")
    assert not reply.answered and "none says who signed" in reply.headline, render_text(reply)


def test_a_population_is_no_count_of_delegations() -> None:
    reply = SHIPPED.ask("How large is the population of the CIS countries in total?")
    assert not reply.answered and "participants" not in shown(reply), render_text(reply)


def test_a_report_record_is_never_said_to_lack_a_month_of_the_events_it_reports() -> None:
    reply = SHIPPED.ask("Правда ли, что Turkmenportal пишет о 24 мая со ссылкой на TDH?")
    assert not reply.headline.startswith("Ни одна публикация"), render_text(reply)


def test_the_kyrgyz_capital_is_this_meetings_city() -> None:
    reply = SHIPPED.ask("Did the premiers meet in the Kyrgyz capital on 27 October?")
    assert reply.answered and reply.headline.startswith("Not on 27 October"), render_text(reply)


def test_the_year_of_a_plan_signed_here_is_no_other_event() -> None:
    reply = SHIPPED.ask("Подписали ли в Бишкеке план празднования 80-летия Победы в 2025 году?")
    assert reply.answered and "doc-victory-80th-anniversary-plan" in shown(reply), render_text(reply)


# -- probes 45 and 46's classes (fresh users on f7c7f4a) ----------------------------------


@pytest.mark.parametrize("question", ["Кто доложил правительству Туркменистана о подготовке к заседанию в Ашхабаде?",
                                      "Кто доложил Кабмину Туркменистана о подготовке?"])
def test_who_reported_to_a_cabinet_is_the_official_not_the_outlet(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "meredov-preparations", render_text(reply)


def test_fin_before_documents_is_financing() -> None:
    reply = SHIPPED.ask("сколько фин документов по тасс")
    assert reply.answered and reply.fact_id == "tass-nine-financing-documents", render_text(reply)


def test_the_next_meeting_after_bishkek_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("The next meeting after Bishkek took place in Minsk, right?")
    assert reply.answered and reply.headline.startswith("Not in Minsk") and "next-meeting-ashgabat" in shown(reply), \
        render_text(reply)


def test_the_meeting_after_next_is_another_event() -> None:
    reply = SHIPPED.ask("Where will the meeting after next be held?")
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


def test_the_outcome_of_a_forum_only_proposed_here_is_another_event() -> None:
    reply = SHIPPED.ask("What were the outcomes of the Innoprom forum in Tashkent?")
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


# -- probes 47 and 48's classes (fresh users on 0811a13) ----------------------------------


def test_which_source_gives_a_day_is_every_report_whose_words_give_it() -> None:
    reply = SHIPPED.ask("what source gives 24 may?")
    assert reply.answered and {"next-meeting-may-24-trend", "next-meeting-may-24-turkmenportal"} <= shown(reply), \
        render_text(reply)
    assert "meredov-preparations" not in shown(reply), render_text(reply)


def test_a_follow_up_to_proposals_is_no_following_meeting() -> None:
    reply = SHIPPED.ask("How will the proposals be followed up?")
    assert reply.answered and reply.fact_id == "lebedev-proposals-analysis", render_text(reply)
    reply = SHIPPED.ask("How will the delegations' proposals be followed up after the meeting?")
    assert "next-meeting-ashgabat" not in shown(reply), render_text(reply)


# -- blind holdouts 52 and 53's classes (read after their first run on 74a5043) -----------


def test_a_report_named_keeps_a_subject_none_of_its_words_holds() -> None:
    reply = SHIPPED.ask("What did Aripov say about the weather, according to AzerNews?")
    assert not reply.answered, render_text(reply)
    reply = SHIPPED.ask("What did Aripov say about energy, according to AzerNews?")  # guard: a subject it holds
    assert reply.answered and "aripov-energy-systems-azernews" in shown(reply), render_text(reply)


def test_a_premiers_priorities_asked_by_post_are_all_he_set_out() -> None:
    reply = SHIPPED.ask("Какие приоритеты выделил казахстанский премьер-министр?")
    assert reply.answered and "smailov-industrial-priority" in shown(reply), render_text(reply)


def test_the_askers_own_notes_are_no_ones_words() -> None:
    reply = SHIPPED.ask("Mher Grigoryan is down as Armenia's prime minister in my notes. Correct?")
    assert reply.answered and "Deputy Prime Minister" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Excuse me, could I ask where the council met in October 2023?",
    "Простите, можно уточнить, где прошло заседание?",
])
def test_a_polite_opening_is_no_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and ("Bishkek" in render_text(reply) or "Бишкек" in render_text(reply)), render_text(reply)


@pytest.mark.parametrize("question", [
    "Claim for tonight's debate: 22 documents were signed in Bishkek. Do the sources back that up?",
    "The Bishkek session wrapped up with 22 documents signed, right?",
])
def test_a_count_claimed_under_a_label_or_as_how_it_ended_is_checked(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.intent == "count" and "20" in text and "22" in text, text


def test_how_the_meeting_ended_is_its_results() -> None:
    reply = SHIPPED.ask("How did the Bishkek session end?")
    assert reply.answered and "doc-financing-afghanistan-search" != reply.fact_id, render_text(reply)
    assert "documents-signed" in shown(reply), render_text(reply)


def test_the_next_council_after_bishkek_with_words_between_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("Is it true the next CIS heads of government meeting after Bishkek is in Minsk?")
    assert reply.answered and "Ashgabat" in render_text(reply), render_text(reply)


def test_the_report_with_the_list_asked_with_the_meetings_name() -> None:
    reply = SHIPPED.ask("Which body published the numbered list of documents signed at the CIS heads of "
                        "government meeting in Bishkek?")
    assert reply.answered and "gov.kg" in render_text(reply), render_text(reply)


def test_what_a_proposal_would_include_is_its_words() -> None:
    reply = SHIPPED.ask("What did Aripov say his proposed roadmap should include?")
    assert reply.answered and reply.fact_id == "aripov-regional-roadmap", render_text(reply)


# -- probes 49 and 50's classes (fresh users on c187474) ----------------------------------


def test_a_date_asked_of_a_document_is_the_one_dated() -> None:
    reply = SHIPPED.ask("When was the mining and metallurgy cooperation agreement signed?")
    assert reply.answered and reply.fact_id == "doc-mining-metallurgy-measures", render_text(reply)
    assert "2016" in render_text(reply) and "documents-signed" not in shown(reply), render_text(reply)


def test_a_post_no_report_names_is_nobody_quoted() -> None:
    reply = SHIPPED.ask("What did the Chinese envoy say about the Belt and Road?")
    assert not reply.answered and "smailov-belt-and-road" != reply.fact_id, render_text(reply)


def test_live_on_air_is_no_living_standards() -> None:
    reply = SHIPPED.ask("Did TV broadcast Mishustin's remarks live?")
    assert not reply.answered, render_text(reply)


def test_a_venue_within_a_city_the_question_names_is_not_given() -> None:
    reply = SHIPPED.ask("What venue in Ashgabat is booked for the next session?")
    assert not reply.answered and "city" in render_text(reply), render_text(reply)


def test_hog_is_heads_of_government() -> None:
    reply = SHIPPED.ask("When is the next CIS HoG summit?")
    assert reply.answered and "Ashgabat" in render_text(reply), render_text(reply)


def test_kakoe_chislo_in_latin_letters_asks_a_day() -> None:
    reply = SHIPPED.ask("vstrecha v ashgabate kakoe chislo?")
    assert reply.answered and "24" in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("gde reshili provesti zasedanie v bishkeke?", "venue-decided-sochi"),  # "решили": no fact spells it so
    ("chto hochet Uzbekistan? zonu svobodnoi torgovli bez iz'yatij?", "uzbekistan-ecommerce-free-trade-zone"),
])
def test_russian_in_latin_letters_no_fact_spells_is_read_in_cyrillic(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


# -- probes 51 and 52's classes (fresh users on e9f7162) ----------------------------------


def test_the_eurasian_intergovernmental_council_is_another_event() -> None:
    reply = SHIPPED.ask("What did Aripov say at the Eurasian Intergovernmental Council?")
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


def test_who_proposed_a_venue_is_said_only_where_a_report_says_it() -> None:
    reply = SHIPPED.ask("Who proposed Sochi as the venue for the June meeting?")
    assert not reply.answered and "Sochi" in render_text(reply), render_text(reply)
    reply = SHIPPED.ask("Who proposed Bishkek as the host?")  # guard: Kyrgyzstan's proposal, Sputnik Armenia
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_who_signed_one_document_for_a_side_is_named_by_no_report() -> None:
    reply = SHIPPED.ask("Кто подписал от Беларуси документ о юбилейной медали?")
    text = render_text(reply)
    assert not reply.answered and "Головченко" in text, text  # who led the delegation, never as the signer


def test_in_which_country_is_where() -> None:
    reply = SHIPPED.ask("In which country did the heads of government meet?")
    assert reply.answered and reply.intent != "participants" and "Kyrgyzstan" in render_text(reply), \
        render_text(reply)
    reply = SHIPPED.ask("В какой стране пройдут главные торжества к 80-летию Победы?")
    assert not reply.answered, render_text(reply)


def test_the_report_published_by_the_host_government() -> None:
    reply = SHIPPED.ask("Which source was published by the host country's government?")
    assert reply.answered and "gov.kg" in render_text(reply) and "Astana Times" not in render_text(reply), \
        render_text(reply)


def test_questions_announced_and_none_asked_get_what_can_be_asked() -> None:
    reply = SHIPPED.ask("I've got a couple of questions")
    assert not reply.answered and reply.intent == "smalltalk", render_text(reply)
    reply = SHIPPED.ask("Three short questions: where was the meeting held?")
    assert reply.answered and "Bishkek" in render_text(reply), render_text(reply)


def test_who_wants_a_change_is_who_proposed_it() -> None:
    reply = SHIPPED.ask("who wants to revise the free trade agreement in the CIS?")
    assert reply.answered and "aripov-free-trade-zone" in shown(reply), render_text(reply)


def test_a_documents_exact_name_is_its_title() -> None:
    reply = SHIPPED.ask("recultivation programme official name?")
    assert reply.answered and reply.fact_id == "doc-uranium-recultivation-program", render_text(reply)


# -- probes 53 and 54's classes (fresh users on 8d8f6dd) ----------------------------------


def test_a_claim_on_a_subject_no_fact_speaks_of_is_given_to_no_one() -> None:
    reply = SHIPPED.ask("Is it true that Rasulzoda proposed a common CIS payment system?")
    assert not reply.answered and "aripov-energy-systems" not in shown(reply), render_text(reply)


def test_installed_capacity_asks_a_figure() -> None:
    reply = SHIPPED.ask("What installed capacity will the unified CIS energy system have?")
    assert not reply.answered, render_text(reply)


def test_a_pipeline_no_fact_speaks_of_is_not_a_transport_route() -> None:
    reply = SHIPPED.ask("What did Smailov say about the Caspian oil pipeline?")
    assert not reply.answered, render_text(reply)


def test_a_title_beside_another_person_is_no_claim_about_the_speaker() -> None:
    reply = SHIPPED.ask("What did Smailov quote President Tokayev as saying?")
    assert reply.answered and reply.fact_id == "smailov-trade-barriers", render_text(reply)


def test_how_others_reacted_to_a_proposal_is_not_reported() -> None:
    reply = SHIPPED.ask("How did the other premiers react to Aripov's e-commerce proposal?")
    assert not reply.answered, render_text(reply)


def test_a_country_whose_president_no_report_names_gets_no_president() -> None:
    reply = SHIPPED.ask("Кто президент Туркменистана и что он сказал участникам?")
    assert not reply.answered and "geldimyradov" != reply.fact_id, render_text(reply)


def test_a_press_conference_no_report_speaks_of_is_not_attendance() -> None:
    reply = SHIPPED.ask("Did Mishustin hold a press conference in Bishkek?")
    assert not reply.answered, render_text(reply)


def test_a_format_asked_of_another_meeting_by_its_adjective_is_that_meetings() -> None:
    reply = SHIPPED.ask("Сочинская встреча прошла в расширенном составе?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)
    reply = SHIPPED.ask("В каком составе прошла бишкекская встреча?")  # guard: this meeting's format is given by none
    assert not reply.answered, render_text(reply)


def test_in_which_country_and_city_is_where() -> None:
    reply = SHIPPED.ask("В какой стране и столице проходило заседание?")
    assert reply.answered and "Бишкек" in render_text(reply), render_text(reply)


# -- probes 55 and 56's classes (fresh users on f6c4472) ----------------------------------


def test_a_posts_next_holder_is_spoken_of_by_no_report() -> None:
    reply = SHIPPED.ask("Who is going to be the next CIS Secretary General?")
    assert not reply.answered, render_text(reply)
    reply = SHIPPED.ask("Who is the CIS Secretary General?")  # guard: the one who holds it now
    assert reply.answered and reply.fact_id == "lebedev", render_text(reply)


def test_the_premiers_meeting_counts_no_premiers() -> None:
    reply = SHIPPED.ask("сколько всего людей присутствовало на встрече премьеров?")
    assert not (reply.answered and reply.intent == "count" and reply.fact_id == "smailov"), render_text(reply)


def test_a_capital_named_for_its_government_is_its_country() -> None:
    reply = SHIPPED.ask("Как официальный Ашхабад оценил итоги встречи в Бишкеке?")
    assert not reply.answered and "lebedev" not in shown(reply), render_text(reply)


def test_the_eu_is_no_one_the_reports_quote() -> None:
    reply = SHIPPED.ask("What did the EU say about the CIS heads of government meeting in Bishkek?")
    assert not reply.answered, render_text(reply)


def test_who_takes_part_in_a_forum_only_proposed_is_not_said() -> None:
    reply = SHIPPED.ask("Will Armenia attend the Innoprom forum in Tashkent?")
    assert not reply.answered and reply.fact_id != "grigoryan", render_text(reply)


# -- blind holdouts 54 and 55's classes (read after their first run on 8ab06a7) -----------


def test_words_at_a_meeting_a_month_after_the_report_are_not_in_it() -> None:
    reply = SHIPPED.ask("Что Мередов говорил на ашхабадском заседании в мае?")
    assert not reply.answered and "26 апреля 2024" in render_text(reply), render_text(reply)


def test_what_the_answer_is_for_before_i_need_is_no_subject() -> None:
    reply = SHIPPED.ask("For a museum wall label I need the heads of delegations with their countries.")
    assert reply.answered and reply.fact_id != "aripov-regional-roadmap" and "Grigoryan" in render_text(reply), \
        render_text(reply)


def test_what_comes_next_is_the_next_meeting_and_a_duration_is_no_number() -> None:
    reply = SHIPPED.ask("For a 30-second bulletin: who met, where, and what comes next?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)
    assert "No. 2" not in render_text(reply), render_text(reply)
    reply = SHIPPED.ask("Что дальше будет с предложениями делегаций?")  # guard: not the next meeting
    assert "next-meeting-ashgabat" not in shown(reply), render_text(reply)


# -- probes 57 and 58's classes (fresh users on 4d136b4) ----------------------------------


def test_who_reported_it_according_to_a_named_report_is_that_reports_fact() -> None:
    reply = SHIPPED.ask("According to Asia-Plus, who reported Uzbekistan's idea of a common e-commerce platform?")
    assert reply.answered and reply.fact_id == "uzbekistan-ecommerce-free-trade-zone", render_text(reply)
    assert "AKIpress" in render_text(reply), render_text(reply)


def test_whose_press_service_asks_the_agency_cited() -> None:
    reply = SHIPPED.ask("According to TASS, whose press service reported the documents signed?")
    assert reply.answered and "sochi-earlier-decisions" not in shown(reply), render_text(reply)
    assert "Kyrgyz government's press service" in render_text(reply), render_text(reply)


def test_meeting_privately_is_a_side_meeting_no_report_speaks_of() -> None:
    reply = SHIPPED.ask("Did Mishustin meet Aripov privately?")
    assert not reply.answered, render_text(reply)


# -- probes 59 and 60's classes (fresh users on efd0a14) ----------------------------------


@pytest.mark.parametrize("question", [
    "Did Smailov link the transport corridors with the Belt and Road?",
    "Is it true that Smailov spoke of linking transit highways to China's Belt and Road?",  # guard
])
def test_link_as_a_verb_connects_things_and_asks_for_no_link(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "smailov-belt-and-road" in shown(reply), render_text(reply)


def test_link_as_a_noun_still_asks_for_the_source() -> None:  # guard
    reply = SHIPPED.ask("Give me the link to Smailov's words on the Belt and Road")
    assert reply.answered and "smailov-belt-and-road" in shown(reply), render_text(reply)
    assert "http" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Aripov suggested a single e-commerce platform as well as mutual recognition of conformity assessment, right?",
    'Check: "Smailov said Kazakhstan is ready to contribute to connecting the Trans-Caspian route and the '
    'North-South Corridor with the Belt and Road Initiative."',
])
def test_a_claim_joining_two_things_one_person_said_shows_both(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    if "Aripov" in question:
        assert {"aripov-conformity-assessment", "aripov-ecommerce-technical-barriers"} <= shown(reply), render_text(reply)
    else:
        assert {"smailov-belt-and-road", "smailov-transport-routes"} <= shown(reply), render_text(reply)


def test_a_claim_no_two_statements_hold_is_still_not_said() -> None:  # guard
    reply = SHIPPED.ask("Did Aripov propose a common currency and a joint army?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "The meeting took place in Bishkek on 26 October, and not in Minsk, correct?",
    "Заседание прошло в Бишкеке и не в Ташкенте, верно?",
])
def test_a_place_set_against_the_claim_is_no_part_of_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == FACTS.meeting.id, render_text(reply)
    assert "Innoprom" not in render_text(reply) and "Иннопром" not in render_text(reply), render_text(reply)


def test_which_outlet_wrote_the_pasted_words_is_the_one_whose_quote_holds_them() -> None:
    reply = SHIPPED.ask('Which agency wrote that the previous CIS heads of government meeting '
                        '"was held in October last year in Bishkek"?')
    assert reply.answered and shown(reply) == {"last-meeting-bishkek-trend"}, render_text(reply)
    assert "Sputnik" not in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Twenty documents were signed in Bishkek. Fake?", "twenty-documents-signed"),
    ("Fake or not: the Year of Volunteer Movement is 2026", "volunteer-year-2024"),
    ("Фейк? Заседание прошло в Минске", None),
])
def test_fake_asks_whether_a_claim_is_true(question: str, fact: str | None) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    if fact:
        assert fact in shown(reply), render_text(reply)
    else:
        assert "Бишкек" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "nine delegations came, right?",
    "Were there 9 countries at the meeting?",
    "9 делегаций участвовало?",
])
def test_the_true_count_of_delegations_is_the_participants_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "participants", render_text(reply)
    assert "tass-nine-financing-documents" not in shown(reply), render_text(reply)


def test_nine_documents_are_still_the_financing_ones() -> None:  # guard
    reply = SHIPPED.ask("Were nine documents on financing signed?")
    assert reply.answered and "tass-nine-financing-documents" in shown(reply), render_text(reply)


def test_a_report_named_is_no_place_of_the_event_its_speaker_recalls() -> None:
    reply = SHIPPED.ask("Per the Astana Times, which words of Tokayev from the heads of state summit did Smailov recall?")
    assert reply.answered and "smailov-trade-barriers" in shown(reply), render_text(reply)
    reply = SHIPPED.ask("What did Tokayev say at the heads of state meeting in Astana?")  # guard: a place, no relay
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("кто из Армении ездил в бишкек на совет", "grigoryan"),
    ("Головченко ездил на заседание в Бишкек?", "golovchenko"),
])
def test_went_to_bishkek_or_the_meeting_is_attending_it(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_went_somewhere_else_after_the_meeting_is_not_attending() -> None:  # guard
    reply = SHIPPED.ask("Головченко после заседания ездил на Иссык-Куль?")
    assert not reply.answered, render_text(reply)


def test_membership_unlisted_then_the_second_question_is_answered() -> None:
    reply = SHIPPED.ask("Is Tajikistan a CIS member? Who came from Tajikistan?")
    assert reply.answered and "rasulzoda" in shown(reply), render_text(reply)
    assert "member states" in render_text(reply), render_text(reply)


# -- probes 61 and 62's classes (fresh users on d3dcc7c) ----------------------------------


@pytest.mark.parametrize("question", [
    "When did the CIS countries sign their free trade agreement?",
    "Когда подписали договор о зоне свободной торговли СНГ?",
])
def test_the_free_trade_agreement_is_not_the_one_on_free_trade_in_services(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "sochi-earlier-decisions" not in shown(reply), render_text(reply)


def test_the_agreement_on_free_trade_in_services_is_still_dated() -> None:  # guard
    reply = SHIPPED.ask("When was the agreement on free trade in services signed?")
    assert reply.answered and reply.fact_id == "sochi-earlier-decisions", render_text(reply)


@pytest.mark.parametrize(("question", "label"), [
    ("В каком городе прошло заседание 26 октября: а) Минск, б) Бишкек, в) Сочи?", "б)"),
    ("In which city will the next meeting be held: a) Ashgabat, b) Moscow, c) Baku?", "a)"),  # guard
])
def test_a_quiz_stem_after_a_preposition_is_asked_as_it_stands(question: str, label: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and render_text(reply).startswith(label), render_text(reply)


def test_the_first_sentence_of_someones_quote_is_from_their_own_words() -> None:
    reply = SHIPPED.ask("Give me the first line of Lebedev's quote, exactly")
    assert reply.answered and "date-announced-27-october" not in shown(reply), render_text(reply)
    assert "lebedev-frank-conversation" in shown(reply), render_text(reply)


def test_a_count_after_a_date_is_no_day_of_the_month() -> None:
    reply = SHIPPED.ask("skolko dokumentov bylo podpisano 26 oktyabrya, 20 ili 22?")
    assert reply.answered and {"twenty-documents-signed", "tass-22-documents"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Помогите, пожалуйста: сколько было делегаций?", "participants"),
    ("Салам! Когда у нас в Бишкеке было заседание глав правительств?", FACTS.meeting.id),
    ("Кто, согласно материалам, был генеральным секретарем СНГ?", "lebedev"),
    ("Who was the CIS Secretary General according to the coverage?", "lebedev"),
    ("Какой вывод об итогах сделал Лебедев?", "lebedev-results-new-impetus"),
    ("What is Rasulzoda's title as written in the Astana Times?", "rasulzoda"),
])
def test_courtesies_and_the_askers_own_frame_are_no_subject(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_interstate_in_russian_is_the_interstate_programmes() -> None:
    reply = SHIPPED.ask("Какая межгосударственная целевая программа касается урана?")
    assert reply.answered and "doc-uranium-recultivation-program" in shown(reply), render_text(reply)


def test_the_one_question_among_context_sentences_is_answered_though_the_whole_had_suggestions() -> None:
    reply = SHIPPED.ask("Our desk follows energy policy closely: did anyone propose the unified operation of the "
                        "CIS energy systems, and on what conditions?")
    assert reply.answered and "aripov-energy-systems" in shown(reply), render_text(reply)
    reply = SHIPPED.ask("Some say 26 October, some 27. Which one is correct, and where does the other come from?")
    assert "participants" not in shown(reply), render_text(reply)  # guard: a sentence pointing back is no question alone


@pytest.mark.parametrize("question", [
    "Which heads of government, or their deputies, came to Bishkek, and as what?",
    "Сколько делегаций вели сами премьеры, а сколько их заместители?",
])
def test_heads_of_government_beside_their_deputies_is_both_lists(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"mishustin", "grigoryan"} <= shown(reply), render_text(reply)
    if "Сколько" in question:
        assert "6" in reply.headline and "3" in reply.headline, render_text(reply)


def test_deputy_heads_of_government_alone_are_the_deputies() -> None:  # guard
    reply = SHIPPED.ask("Which delegations were headed by deputy heads of government?")
    assert reply.answered and "mishustin" not in shown(reply) and "grigoryan" in shown(reply), render_text(reply)


def test_innovation_in_russian_is_the_innovation_in_the_reports() -> None:
    reply = SHIPPED.ask("Кто выступил с идеей форума по инновационному развитию стран СНГ на Иннопроме и промкооперации?")
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)


# -- probes 63 and 64's classes (fresh users on 6dcafa7) ----------------------------------


@pytest.mark.parametrize("question", [
    'Did Mr. Aripov say that the concept was "a big step"?',
    "Did Mr Mishustin mention the Eurasian Economic Union?",
    "Что говорил господин Смаилов о «Один пояс, один путь»?",  # guard
])
def test_an_honorific_is_no_one_else_and_no_word_of_the_claim(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    assert "Mr" not in reply.headline and "господин" not in reply.headline and not reply.headline.startswith(("No", "Нет")), \
        render_text(reply)


def test_a_capitalised_request_word_is_no_speaker_beside_the_one_named() -> None:
    reply = SHIPPED.ask("Прошу сверить цитату: «Россия остается надежным союзником и торговым партнером». Сказал ли это Мишустин?")
    assert reply.answered and not reply.headline.startswith("Нет"), render_text(reply)


def test_an_initiative_claim_in_latin_letters_is_checked() -> None:
    reply = SHIPPED.ask("verno chto koncepciyu prinyali po iniciative rossii?")
    assert "aripov-industrial-concept" in shown(reply), render_text(reply)
    assert "Узбекистан" in reply.headline or "Uzbekistan" in reply.headline, render_text(reply)


def test_pasted_words_credited_to_an_agency_that_reports_none_of_them_are_corrected() -> None:
    reply = SHIPPED.ask('Check this: "Abdulla Aripov proposed to create conditions for the unified operation of the '
                        'energy systems of the CIS countries," reports AKIpress.')
    assert reply.headline.startswith("No:") and "AKIpress" in reply.headline, render_text(reply)


def test_what_was_to_be_held_in_2024_is_a_plan_these_reports_give() -> None:
    reply = SHIPPED.ask("Right or wrong: the Innoprom forum was to be held in Tashkent in April 2024?")
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)
    reply = SHIPPED.ask("Was the Innoprom forum held in April 2024, and what came of it?")  # guard: what happened later
    assert not reply.answered, render_text(reply)


# -- probes 65 and 66's classes (fresh users on e54a28b) ----------------------------------


def test_an_abbreviated_year_is_no_end_of_a_sentence() -> None:
    reply = SHIPPED.ask("Что решил Совет глав государств СНГ 13 октября 2023 г. в Бишкеке?")
    assert not reply.answered and FACTS.meeting.id not in shown(reply), render_text(reply)


def test_a_label_naming_something_no_report_knows_is_what_is_asked() -> None:
    reply = SHIPPED.ask("Asian Infrastructure Investment Bank: any financing announced?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize(("question", "wrong"), [
    ("Подтвердите, что Год волонтерского движения в СНГ объявлен на 2026 год.", "2026"),
    ("Please confirm that 25 documents were signed.", "25"),
])
def test_confirm_that_is_a_claim_checked(question: str, wrong: str) -> None:
    reply = SHIPPED.ask(question)
    assert wrong in reply.headline, render_text(reply)


def test_a_city_put_into_someones_words_that_they_lack_is_said_to_be_no_reports() -> None:
    reply = SHIPPED.ask("Aripov called for a unified CIS power grid run from Tashkent, right?")
    assert "Tashkent" in reply.headline, render_text(reply)
    reply = SHIPPED.ask("Aripov recalled a forum at Innoprom in Tashkent, right?")  # guard: his words name it
    assert "Tashkent for this" not in reply.headline, render_text(reply)


# -- probes 67 and 68's class (fresh users on 23cc8c6) ------------------------------------


@pytest.mark.parametrize(("question", "led"), [
    ("Was Turkmenistan alone in sending a deputy rather than its prime minister?", {"mustafayev", "grigoryan"}),
    ("Беларусь — единственная страна, которую представлял сам премьер-министр?", {"mishustin", "aripov"}),
])
def test_only_one_delegation_so_led_is_answered_with_all_so_led(question: str, led: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and led <= shown(reply), render_text(reply)
    assert reply.headline.startswith(("No", "Нет")), render_text(reply)


# -- the classes of blind holdouts 56 and 57's wrong answers (read after their first run) ---------------


@pytest.mark.parametrize("question", ["Когда основали Содружество Независимых Государств?", "v kakom godu sozdali SNG?"])
def test_when_the_cis_was_founded_is_no_ones_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_sled_with_a_full_stop_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("Где пройдёт след. заседание глав правительств?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "So what happened at the Bishkek heads of government meeting on 26 October 2023?",
    "Что произошло на встрече глав правительств 26 октября 2023 года?",
])
def test_what_happened_on_the_meetings_own_day_is_the_meeting_in_brief(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and len(shown(reply)) > 3, render_text(reply)


def test_the_cis_name_written_out_is_the_cis_not_a_documents_words() -> None:
    reply = SHIPPED.ask("When was the Commonwealth of Independent States founded?")
    assert "next-meeting-ashgabat" not in shown(reply) and not reply.answered, render_text(reply)


# -- probes 69 and 70's classes (fresh users on c8f8cbe) ----------------------------------


@pytest.mark.parametrize("question", [
    "At what meeting was the industrial cooperation concept adopted?",
    "На каком заседании приняли концепцию развития промышленной кооперации?",  # guard
])
def test_at_which_meeting_something_was_adopted_is_the_reports_words_on_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "doc-mining-metallurgy-measures" not in shown(reply), render_text(reply)
    assert shown(reply) & {"sochi-earlier-decisions", "aripov-industrial-concept", "aripov-industrial-concept-azernews"}, \
        render_text(reply)


def test_pasted_words_credited_to_a_report_that_lacks_them_are_said_to_be_anothers() -> None:
    reply = SHIPPED.ask('Verify: "Russia remains a reliable ally and trade partner," Mishustin said, according to Trend.')
    assert not reply.answered and "Trend" in reply.headline, render_text(reply)
    reply = SHIPPED.ask('"По предложению Кыргызстана, очередное заседание Совета глав правительств СНГ решено провести в '
                        'Бишкеке 27 октября 2023 года" — чьи это слова?')  # guard: a country named inside the words
    assert reply.answered, render_text(reply)


# -- the classes of blind holdouts 58 and 59's wrong answers (read after their first run) ---------------


@pytest.mark.parametrize("question", [
    "Aripov предложил какой размер пошлин в зоне свободной торговли?",
    "What size of customs duties did Aripov propose for the CIS free trade zone?",
])
def test_the_size_of_a_duty_asked_is_a_figure_no_report_gives(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "Which exact goods did Aripov want exempted from duties?",
    "Какие конкретно товары хотел освободить от пошлин Узбекистан?",  # guard
])
def test_particular_goods_are_named_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_whom_a_report_cites_for_someone_it_never_quotes_is_said_to_be_no_one() -> None:
    reply = SHIPPED.ask("Which agency did TASS cite for Aripov's remarks?")
    assert not reply.answered and "TASS" in render_text(reply), render_text(reply)
    assert "press service" not in reply.headline, render_text(reply)


# -- probes 71 and 72's classes (fresh users on aff4b06) ----------------------------------


def test_a_reports_own_date_in_a_claim_is_no_date_it_fails_to_give() -> None:
    reply = SHIPPED.ask("Правда ли, что Sputnik Армения 8 июня 2023 года сообщил о заседании 27 октября?")
    assert reply.answered and "8 июня" not in reply.headline.split(":")[0], render_text(reply)


def test_tashkent_in_its_uzbek_spelling_is_tashkent() -> None:
    reply = SHIPPED.ask("Встреча прошла в Тошкенте?")  # as "в Ташкенте": another place, not Aripov's forum there
    assert not (reply.answered and "aripov-innoprom-forum" in shown(reply)), render_text(reply)
    reply = SHIPPED.ask("Арипов говорил про форум в Тошкенте в апреле 2024?")  # guard: the forum there
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)


def test_an_items_place_in_a_list_is_no_number_the_claim_puts() -> None:
    reply = SHIPPED.ask("Time frame of the Interstate Program of Innovative Cooperation in doc 6?")
    assert "gives 6" not in reply.headline, render_text(reply)


def test_pasted_words_in_another_order_are_another_speakers_words() -> None:
    reply = SHIPPED.ask('Whose words are "a new impetus to CIS development"?')
    assert reply.answered and shown(reply) == {"lebedev-results-new-impetus"}, render_text(reply)
    reply = SHIPPED.ask('Whose words: "will give a new economic impetus"?')  # guard: Smailov's, words left out between
    assert reply.answered and "smailov-industrial-concept" in shown(reply), render_text(reply)


# -- probes 73 and 74's classes (fresh users on 8a90913) ----------------------------------


@pytest.mark.parametrize(("question", "number"), [
    ("Which number does the Kyrgyz cabinet's list give the Victory anniversary plan?", "7"),
    ("Under which item number does the geodesy programme stand?", "2"),
    ("Под каким номером в перечне кабмина Кыргызстана стоит план Года волонтёрского движения?", "8"),
    ("Каким пунктом в списке правительства идёт документ о финансовом обеспечении органов СНГ?", "10"),
])
def test_the_number_a_list_gives_a_document_is_asked_by_its_subject(question: str, number: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith((f"Item {number} ", f"Пункт {number} ")), render_text(reply)


@pytest.mark.parametrize("question", [
    "Did they sign a document about abandoned uranium mining sites?",
    "Was there an agreement on old uranium mining areas?",
])
def test_a_document_holding_all_of_the_subject_but_a_word_is_found(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "doc-uranium-recultivation-program" in shown(reply), render_text(reply)


def test_a_word_qualifying_the_subject_after_on_is_no_short_topic_of_its_own() -> None:
    reply = SHIPPED.ask("Did they sign anything on old uranium mines?")
    assert reply.answered and reply.fact_id == "doc-uranium-recultivation-program", render_text(reply)
    reply = SHIPPED.ask("Was anything signed on tax?")  # guard: a short subject no fact holds
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "Trend later reported the next session's date - what was it, and when did Trend report that?",
    "Later on, Trend published the day of the following meeting. Which day, and when was Trend's report out?",
])
def test_one_publishers_two_reports_are_no_order_asked(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "came out first" not in render_text(reply), render_text(reply)
    assert reply.answered and "next-meeting-may-24-trend" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Правда ли, что Арипов предложил платформу электронной торговли с общим регулятором?",
    "Did Aripov propose a CIS e-commerce platform with a blockchain registry?",
])
def test_a_detail_given_with_a_word_no_fact_knows_is_said_to_be_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("None of the reports says", "Ни одна публикация не пишет")), render_text(reply)


def test_a_detail_in_words_some_fact_knows_is_not_flagged() -> None:  # guard
    reply = SHIPPED.ask("Правда ли, что Смаилов говорил о связке маршрутов с инициативой «Один пояс, один путь»?")
    assert reply.answered and "не пишет" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", [
    "skolko gosudarstv v SNG vsego?",
    "How many CIS countries are there in total?",
])
def test_how_many_countries_the_cis_has_is_not_the_delegations_here(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "membership", render_text(reply)


@pytest.mark.parametrize("question", [
    "Сколько стран СНГ было на заседании?",
    "How many CIS delegations were there in total?",
])
def test_how_many_countries_came_is_still_the_delegations(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and "9" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", [
    "What was Kazakhstan's mutual trade turnover, in Smailov's words?",
    "What was Uzbekistan's trade turnover with the CIS, as Aripov said?",
])
def test_a_quantity_asked_of_a_country_as_someone_put_it_is_a_figure(question: str) -> None:
    reply = SHIPPED.ask(question)  # no report gives one: not the words of someone on trade
    assert not reply.answered, render_text(reply)


def test_a_reports_name_holding_a_city_is_no_place_a_claim_puts() -> None:
    reply = SHIPPED.ask("Give me the Astana Times link for what Smailov said on the Belt and Road")
    assert reply.answered and "Astana for this" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", [
    "eto bylo 25 oktyabrya?",
    "Это было 25 октября?",
])
def test_it_was_on_another_day_is_corrected_to_the_meetings_day(question: str) -> None:
    reply = SHIPPED.ask(question)  # "это": this meeting, as "it" is
    assert reply.headline.startswith("Не 25 октября") and "26 октября" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", [
    "Где прошло заседание, о котором идёт речь?",
    "Where did the meeting in question take place?",  # guard
])
def test_the_meeting_in_question_is_this_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "cis-hog-2023-10-26" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "said"), [
    ("Правда ли, что слова Мишустина о союзнике передал ТАСС?", "Из публикации TASS"),
    ("Правда ли, что агентство Интерфакс передало слова Лебедева?", "Нет: публикации ссылаются здесь на БелТА"),
])
def test_words_put_to_the_wrong_outlet_with_a_verb_of_carrying_are_corrected(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(said), render_text(reply)


# -- probes 75 and 76's classes (fresh users on c3e9f0e), and holdouts 60 and 61's (after their blind run) ------


@pytest.mark.parametrize("question", [
    "Was it snowing in Bishkek when the premiers met?",  # guard
    "Какая погода стояла в Бишкеке в день заседания?",  # guard
    "was it hot in Bishkek on 26 October",
])
def test_the_weather_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_what_an_agency_no_report_cites_reported_is_not_answered_by_the_reports() -> None:
    reply = SHIPPED.ask("What did Reuters report about the meeting in Bishkek?")
    assert not reply.answered and "Reuters" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", [
    "What is the name of the press secretary who issued the Kazakh premier's statement?",  # guard
    "Кто был пресс-секретарём делегации Узбекистана?",
])
def test_a_spokesperson_by_name_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_the_format_of_the_session_asked_in_the_plural_is_in_no_report() -> None:
    reply = SHIPPED.ask("Проходили ли встречи в Бишкеке в узком и расширенном составах?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "Who else spoke about trade?",
    "А кто ещё говорил о торговле?",
])
def test_who_spoke_on_a_subject_lists_every_speaker_quoted_on_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    speakers = {FACTS.statements[i].speaker for i in shown(reply) if i in FACTS.statements}
    assert reply.answered and {"smailov", "mishustin", "aripov"} <= speakers, render_text(reply)


def test_who_spoke_for_a_body_is_no_list_of_speakers_on_a_subject() -> None:  # guard
    reply = SHIPPED.ask("Who spoke for the Commonwealth itself about the outcome?")
    assert not reply.headline.startswith("The reports quote"), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Что Мишустин говорил про дружбу народов СНГ?", "mishustin-eaeu"),
    ("Что сказал Мишустин о благосостоянии народов региона?", "mishustin-prosperity"),
])
def test_peoples_and_their_well_being_are_read_in_russian(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Draft sentence: 'Mishustin said Russia remains a reliable ally and trade partner.' OK?",
    "Match the words \"Kazakhstan, for its part, is ready to contribute to this\" to whoever said them.",
])
def test_a_label_or_a_quiz_task_is_no_speaker_the_claim_names(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and not reply.headline.startswith("No:"), render_text(reply)


def test_a_count_a_report_gives_in_its_own_words_is_checked_as_a_count() -> None:
    reply = SHIPPED.ask("Asia-Plus wrote that 22 cooperation documents were signed - true?")
    assert reply.intent == "count" and reply.headline.startswith("No: Asia-Plus gives 20"), render_text(reply)


def test_burial_sites_and_exhumation_are_read_in_russian() -> None:
    reply = SHIPPED.ask("Подписан ли документ об эксгумации и поиске мест захоронений?")
    assert reply.answered and reply.fact_id == "doc-financing-afghanistan-search", render_text(reply)


def test_the_most_pro_something_asked_is_an_opinion() -> None:
    reply = SHIPPED.ask("Which premier was the most pro-Russian at the session?")
    assert not reply.answered and reply.intent == "opinion", render_text(reply)


def test_a_sentence_about_the_asker_after_the_question_adds_nothing_to_it() -> None:
    reply = SHIPPED.ask("Здравствуйте, мне 70 лет, я из Тулы. Подписали ли в Бишкеке план к 80-летию Победы? "
                        "Мой дед воевал под Курском.")
    assert reply.answered and reply.fact_id == "doc-victory-80th-anniversary-plan", render_text(reply)


def test_according_to_whom_asks_the_report_not_the_signers() -> None:
    reply = SHIPPED.ask("How many agreements were signed, and per whom?")
    assert reply.answered and reply.intent == "count", render_text(reply)


def test_a_day_put_beside_another_is_no_count_of_documents() -> None:
    reply = SHIPPED.ask("what's the deal with the day, was it the 25th or the 26th of October?")
    assert reply.intent != "count", render_text(reply)


def test_check_after_a_pasted_claim_is_no_name() -> None:  # guard (with the label read as one)
    reply = SHIPPED.ask("Draft: 'Armenia sent Deputy Prime Minister Mher Grigoryan.' Check please.")
    assert reply.answered and "Check" not in reply.headline, render_text(reply)


def test_what_a_country_wanted_is_what_it_proposed() -> None:
    reply = SHIPPED.ask("Что хотели таджики на заседании?")  # "хотели": their proposals (none quoted for Tajikistan)
    assert not (reply.answered and any(FACTS.statements[i].speaker != "rasulzoda" for i in shown(reply)
                                       if i in FACTS.statements)), render_text(reply)
    reply = SHIPPED.ask("узбеки что хотели по энергетике?")
    assert reply.answered and "aripov-energy-systems" in shown(reply), render_text(reply)


def test_by_the_way_is_chat_filler() -> None:
    reply = SHIPPED.ask("а кто кстати генсек СНГ?")
    assert reply.answered and "lebedev" in (reply.fact_id or ""), render_text(reply)


# -- probes 77 and 78's classes (fresh users on c1df206) ----------------------------------


def test_a_registry_number_of_an_outlet_is_in_no_report() -> None:  # guard
    reply = SHIPPED.ask("What is TASS's ISSN?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "Where was the session held before the Ashgabat one?",
    "Где состоялось заседание, которое прошло перед ашхабадским заседанием?",
])
def test_the_meeting_held_before_the_next_one_is_the_previous_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "last-meeting-bishkek-trend" in shown(reply), render_text(reply)



def test_fill_in_the_blank_is_no_speaker() -> None:
    reply = SHIPPED.ask('Fill in the gap: "remains a reliable ally and trade ____."')
    assert reply.answered and not reply.headline.startswith("No:"), render_text(reply)


def test_a_bilateral_signing_is_in_no_report() -> None:
    reply = SHIPPED.ask("What did the Uzbek delegation sign separately with Tajikistan?")
    assert not reply.answered, render_text(reply)


def test_the_rest_of_a_delegation_is_in_no_report() -> None:
    reply = SHIPPED.ask("Who else came from Belarus besides Golovchenko?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["In what language did Mishustin speak?", "На каком языке говорил Смаилов?"])
def test_the_language_someone_spoke_in_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_the_language_of_a_report_is_still_given() -> None:  # guard
    reply = SHIPPED.ask("In which language is the TASS piece?")
    assert reply.answered and "Russian" in reply.headline, render_text(reply)


# -- holdouts 62 and 63's wrong answers (after their blind run) -----------------------------


@pytest.mark.parametrize("question", [
    "What do the nine financial documents allocate in total?",
    "what's the gdp of all cis countries together",
])
def test_an_amount_or_gdp_is_a_figure_no_report_gives(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_where_someone_went_after_the_meeting_is_in_no_report() -> None:
    reply = SHIPPED.ask("Куда поехал Арипов после заседания?")
    assert not reply.answered, render_text(reply)


def test_in_simple_words_is_no_subject() -> None:
    reply = SHIPPED.ask("Что говорил Лебедев, простыми словами?")
    assert reply.answered and "lebedev-frank-conversation" in shown(reply), render_text(reply)


# -- probes 79 and 80's classes (fresh users on 07d5618) ----------------------------------


def test_words_quoted_inside_a_quoted_claim_are_the_words_checked() -> None:
    reply = SHIPPED.ask('Check: "Mishustin said: \'remains a reliable ally and trade partner.\'" Real quote?')
    assert reply.answered and reply.fact_id == "mishustin-reliable-ally", render_text(reply)
    reply = SHIPPED.ask('"Smailov said: \'Russia remains a reliable ally and trade partner.\'" Right person?')
    assert reply.headline.startswith("No: the reports give these words to Mikhail Mishustin"), render_text(reply)


def test_the_trend_as_a_word_is_no_agency() -> None:
    reply = SHIPPED.ask("What was the trend in mutual trade, per Smailov?")
    assert reply.answered and "Trend News Agency" not in reply.headline, render_text(reply)


def test_veterans_are_no_misspelt_country() -> None:
    reply = SHIPPED.ask("Медаль дадут ветеранам Афганистана?")
    assert "Вьетнам" not in render_text(reply), render_text(reply)


def test_a_post_put_to_check_is_no_speaker() -> None:
    reply = SHIPPED.ask('Viral post: "Mishustin said the CIS \'remains a reliable ally and trade partner\'" - real?')
    assert reply.answered and "not to Viral" not in reply.headline, render_text(reply)


# -- holdouts 64 and 65's classes (blind on 91414ec) --------------------------------------
# (tests marked guard pass on 8209370 too: they keep what the change must not break; in a parametrised test
# some phrasings may pass there, as "What activities for schools ...", "Did the Ashgabat session go ahead")


@pytest.mark.parametrize(("question", "opening"), [
    ("Is Smailov's remark on the Belt and Road a direct quote or the reporter's words?", "A direct quote"),
    ("Aripov and the unified energy systems: his own words, or a paraphrase?", "Not a direct quote"),
    ("Мишустин про ЕАЭС — это прямая цитата или пересказ?", "Цитата частичная"),
    ("Слова Лебедева об откровенном разговоре приводятся дословно?", "Прямая цитата"),
])
def test_whether_words_are_quoted_directly_is_answered_first(question: str, opening: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(opening), render_text(reply)


def test_words_asked_without_how_they_are_quoted_get_no_such_opening() -> None:  # guard
    reply = SHIPPED.ask("What did Smailov say about the Belt and Road?")
    assert reply.answered and not reply.headline.startswith(("A direct quote", "Not a direct")), render_text(reply)


@pytest.mark.parametrize(("question", "number"), [
    ("kakoj nomer u dokumenta o chempionate SNG v spiske?", "9"),
    ("pod kakim on nomerom v perechne, plan Goda volonterskogo dvizheniya?", "8"),
])
def test_a_documents_number_asked_in_latin_letters_is_its_item_number(question: str, number: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(f"Пункт {number} "), render_text(reply)


@pytest.mark.parametrize("question", [
    "What activities for schools does the Volunteer Year plan include?",
    "какие мероприятия в плане Года волонтёрского движения?",
    "How can I sign up for the Year of the Volunteer Movement?",
    "kak zapisatsya v volontery na 2024 god?",
])
def test_what_a_plan_holds_or_how_to_join_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "What time did the Interfax story on Mishustin go out, and under what headline?",
    "Под каким заголовком вышло сообщение БелТА о Лебедеве?",
    "What was the title of the original kun.uz piece AzerNews relied on?",
])
def test_a_cited_agencys_own_story_is_given_by_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and ("give nothing of its own story" in render_text(reply)
                                   or "ничего не сообщают о самом первоисточнике" in render_text(reply)), render_text(reply)


def test_a_reports_own_headline_is_still_given() -> None:  # guard
    reply = SHIPPED.ask("What is the headline of the Asia-Plus story that cites Interfax?")
    assert reply.answered and "CIS heads of government meet in Bishkek" in render_text(reply), render_text(reply)


def test_a_reports_detail_and_a_fact_asked_together_are_both_given() -> None:
    reply = SHIPPED.ask("When did Asia-Plus put out its story, and when did the heads of government meet?")
    text = render_text(reply)
    assert reply.answered and "27 October 2023" in reply.headline and "cis-hog-2023-10-26" in shown(reply), text


@pytest.mark.parametrize("question", ["What date does the Asia-Plus report carry?", "What date is on the TASS story?"])
def test_the_date_a_report_carries_is_its_own_date(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "sources" and "is dated" in reply.headline, render_text(reply)


def test_the_date_a_report_gives_for_something_is_not_its_own_date() -> None:  # guard
    reply = SHIPPED.ask("What date does the Asia-Plus report give for the next meeting?")
    assert reply.answered and "is dated" not in reply.headline and "next-meeting-ashgabat" in shown(reply), \
        render_text(reply)


def test_the_meeting_itself_is_the_meeting() -> None:
    reply = SHIPPED.ask("And on what day was the meeting itself?")
    assert reply.answered and "cis-hog-2023-10-26" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Which exact days in April is the Innoprom forum in Tashkent planned for?",
    "Какого числа пройдёт форум на «Иннопроме» в Ташкенте?",
])
def test_a_day_asked_of_a_fact_giving_the_month_is_not_answered_with_the_month(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert not reply.answered and "aripov-innoprom-forum" in {s.fact_id for s in reply.suggestions}, render_text(reply)


def test_whether_a_report_gives_the_day_is_answered_with_what_it_gives() -> None:  # guard
    reply = SHIPPED.ask("Does Asia-Plus give the precise day of the next meeting?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_a_day_asked_of_a_fact_giving_it_is_answered() -> None:  # guard
    reply = SHIPPED.ask("On which day is the working meeting in Ashgabat?")
    assert reply.answered and "23 May" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Which of the proposals did the Executive Committee eventually turn down?",
    "Какие предложения делегаций Исполком потом отклонил?",
])
def test_what_later_came_of_the_proposals_is_in_no_report(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_city_named_as_an_option_is_no_meeting_held_there() -> None:  # guard
    reply = SHIPPED.ask("Will the Victory anniversary parade be in Minsk or in Moscow?")
    assert "minsk-permanent-representatives-trend" not in shown(reply) or not reply.answered, render_text(reply)


# -- probes 81 and 82's classes (fresh users on 91414ec) ----------------------------------


@pytest.mark.parametrize("question", [
    "When and where did they sign the documents?",
    "Где и когда подписали документы?",
])
def test_when_and_where_the_documents_were_signed_is_this_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "Bishkek" in text or "Бишкек" in text, text
    assert "next-meeting-ashgabat" not in shown(reply), text


def test_where_a_report_got_its_count_is_still_its_source() -> None:  # guard
    reply = SHIPPED.ask("Where did TASS get the number of documents from?")
    assert reply.intent == "attribution" and "press service" in reply.headline, render_text(reply)


def test_a_claim_sharing_one_word_with_anothers_quote_is_not_given_to_them() -> None:
    reply = SHIPPED.ask("Арипов заявил, что Узбекистан вступит в ЕАЭС, это правда?")
    assert "Мишустин" not in reply.headline and not reply.answered, render_text(reply)


def test_a_speakers_post_is_no_subject_of_a_claim_about_them() -> None:  # guard
    reply = SHIPPED.ask("Генсек СНГ Лебедев сказал, что стороны ни о чём не договорились, верно?")
    assert "date-announced-27-october" not in shown(reply), render_text(reply)  # (his words on the talks may stand)


def test_which_things_someone_named_is_not_their_name() -> None:
    reply = SHIPPED.ask("Which corridors did Smailov name?")
    assert reply.answered and reply.intent != "who" and "smailov-transport-routes" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "word"), [
    ("Who said that?", "that"), ("Did he attend?", "he"), ("А кто это сказал?", "это"), ("What did she propose?", "she"),
])
def test_a_first_question_pointing_back_at_nothing_asks_what_is_meant(question: str, word: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not shown(reply) and word in reply.headline, render_text(reply)


def test_a_pointing_word_after_a_question_is_a_follow_up() -> None:  # guard
    reply, context = SHIPPED.converse("What did Aripov propose on energy?", None, None)
    reply, _ = SHIPPED.converse("Did he attend?", None, context)
    assert reply.answered and "Aripov" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Was the Ashgabat meeting actually held?",
    "Did the Ashgabat session go ahead in the end?",
])
def test_whether_the_next_meeting_took_place_is_beyond_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_field_named_in_a_summary_is_no_documents_name() -> None:
    reply = SHIPPED.ask("What's the IT industry agreement called?")
    assert not reply.answered, render_text(reply)


def test_which_report_quotes_directly_and_which_paraphrases_finds_the_words() -> None:  # guard
    reply = SHIPPED.ask("On import substitution, which outlet quotes Aripov directly and which paraphrases him?")
    assert reply.answered and {"aripov-import-substitution", "aripov-import-substitution-support"} <= shown(reply), \
        render_text(reply)


def test_a_document_only_proposed_is_said_to_be_no_signed_one() -> None:
    reply = SHIPPED.ask("Подписали ли концепцию единой энергосистемы СНГ?")
    assert reply.headline.startswith("Среди документов этого заседания") and "aripov-energy-systems" in shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", [
    "Which specific dates in April are set for the Innoprom forum?",
    "В какие точные числа пройдёт форум на «Иннопроме»?",
])
def test_a_day_asked_in_other_words_is_not_answered_with_the_month(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", [
    "Which of those proposals did the Executive Committee later reject?",
    "Какие из предложений делегаций Исполком впоследствии отклонил?",
])
def test_which_proposals_were_later_turned_down_is_in_no_report(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["smailov tsitata pro tranzit", "Mishustin Bishkek citaty"])  # (the first: guard)
def test_russian_typed_in_latin_letters_with_names_is_answered_in_russian(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.language == "ru", render_text(reply)


def test_names_and_english_words_alike_in_both_alphabets_keep_english() -> None:  # guard
    reply = SHIPPED.ask("Bishkek forum plan")
    assert reply.language == "en", render_text(reply)


@pytest.mark.parametrize(("question", "agency"), [("AKIpress Aripov", "AKIpress"), ("Mishustin Interfax", "Interfax")])
def test_a_person_and_an_outlet_alone_are_the_persons_words_it_carries(question: str, agency: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say" and agency in render_text(reply), render_text(reply)


def test_both_in_russian_is_no_count() -> None:
    reply = SHIPPED.ask("ТАСС и правительство Киргизии оба упоминают чемпионат СНГ?")
    assert reply.intent != "count" and "tass-documents-volunteer-year-championship" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Did Aripov take part in the meeting on 27 October?",
                                      "Головченко выступал на заседании 27 октября?"])
def test_a_persons_part_on_another_day_is_corrected_first(question: str) -> None:
    reply = SHIPPED.ask(question)  # (27 October: the day first announced, which the meeting was not held on)
    assert reply.headline.startswith(("Not on 27 October", "Не 27 октября")), render_text(reply)


def test_the_day_a_person_announced_is_not_corrected() -> None:  # guard
    reply = SHIPPED.ask("Lebedev announced the meeting for 27 October, right?")
    assert not reply.headline.startswith("Not on 27 October"), render_text(reply)


def test_a_city_put_to_this_meetings_month_is_corrected() -> None:
    reply = SHIPPED.ask("Встреча премьеров СНГ в октябре 2023 года состоялась в Ереване?")
    assert reply.headline.startswith("Не в городе Ереван"), render_text(reply)


# -- probes 83 and 84's classes (fresh users on 6703928) ----------------------------------


@pytest.mark.parametrize(("question", "missing"), [
    ('Is this real? "Traditionally, the parties had a heated conversation on all aspects of cooperation."', "heated"),
    ('"Russia remains a reliable ally and the main trade partner of all CIS countries" - Mishustin. Exact quote?', "main"),
])
def test_altered_words_put_to_be_checked_are_said_not_to_be_the_reports(question: str, missing: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith("Not the report's exact words") and missing in reply.headline, render_text(reply)


def test_words_put_to_be_checked_that_are_the_reports_are_said_to_be() -> None:
    reply = SHIPPED.ask('"will analyze all these proposals for their practical implementation" - is that accurate?')
    assert reply.headline.startswith("Word for word as the report gives them"), render_text(reply)


def test_words_put_in_russian_against_an_english_quote_are_not_matched() -> None:
    reply = SHIPPED.ask("«Россия остаётся надёжным союзником и торговым партнёром всего региона» — это точные слова Мишустина?")
    assert reply.headline.startswith("Публикация приводит эти слова по-английски"), render_text(reply)


def test_a_quote_asked_for_is_no_quote_put_to_be_checked() -> None:  # guard
    reply = SHIPPED.ask('Give me the exact quote: Mishustin on "a reliable ally and trade partner".')
    assert not reply.headline.startswith(("Not the report", "Word for word")), render_text(reply)


@pytest.mark.parametrize("question", ["Did any delegation oppose the e-commerce platform?",
                                      "Кто-либо из участников возражал против пересмотра соглашения о свободной торговле?"])
def test_whether_anyone_opposed_a_proposal_is_in_no_report(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert not reply.answered and "venue-decided-sochi" not in shown(reply), render_text(reply)


def test_a_proposal_at_the_bishkek_meeting_is_no_proposal_of_bishkek() -> None:
    reply = SHIPPED.ask("Did Uzbekistan's proposal on energy systems at the Bishkek meeting get support?")
    assert reply.fact_id != "venue-decided-sochi" and not reply.headline.startswith("No:"), render_text(reply)


def test_a_field_of_cooperation_raised_in_bishkek_is_not_how_bishkek_was_chosen() -> None:  # guard
    reply = SHIPPED.ask("Какие предложения по межрегиональному сотрудничеству звучали на встрече в Бишкеке?")
    assert reply.fact_id != "venue-decided-sochi" and "venue-decided-sochi" not in shown(reply), render_text(reply)


def test_who_proposed_bishkek_is_still_the_venues_origin() -> None:  # guard
    reply = SHIPPED.ask("Whose idea was it to meet in Bishkek?")
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which agency reported that Mishustin proposed a single CIS army?",
                                      "Какое агентство сообщило, что Смаилов предложил ввести визы в СНГ?"])
def test_which_outlet_reported_what_no_report_speaks_of_is_none(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not shown(reply), render_text(reply)


def test_background_no_report_speaks_of_does_not_stop_an_attribution() -> None:  # guard
    reply = SHIPPED.ask("Amid the sanctions, what did Mishustin say of the EAEU, and which outlet carried it?")
    assert reply.answered and "Interfax" in render_text(reply), render_text(reply)


def test_who_wrote_a_named_reports_story_about_someone_is_no_byline() -> None:
    reply = SHIPPED.ask("Who wrote the AzerNews piece about Aripov's speech?")
    assert not reply.answered and not shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["kto predsedatel zasedaniya?", "Who was the chairman of the session?"])
def test_who_chaired_is_in_no_report_whatever_the_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not shown(reply), render_text(reply)


def test_which_sport_asked_in_latin_letters_is_in_no_report() -> None:
    reply = SHIPPED.ask("chempionat SNG - kakoj sport?")
    assert not reply.answered, render_text(reply)


def test_a_headline_putting_the_next_meeting_elsewhere_is_corrected() -> None:  # guard
    reply = SHIPPED.ask('Headline: "Next CIS premiers\' meeting to take place in Tashkent" - true?')
    assert reply.headline.startswith("Not in Tashkent") and "next-meeting-ashgabat" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "publisher"), [("Which reports mention Geldimyradov?", "The Astana Times"),
                                                     ("В каких публикациях упоминается Лебедев?", "Sputnik Armenia")])
def test_which_reports_name_someone_are_the_reports_of_their_facts(question: str, publisher: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "sources" and publisher in reply.headline, render_text(reply)


def test_which_reports_quote_someone_is_still_their_words() -> None:  # guard
    reply = SHIPPED.ask("Which reports quote Smailov?")
    assert reply.answered and reply.fact_id != "sources", render_text(reply)


def test_a_summing_up_credited_to_a_report_without_it_is_corrected() -> None:
    reply = SHIPPED.ask("Was Lebedev's summing-up of the meeting carried by Sputnik Armenia?")
    text = render_text(reply)
    assert reply.headline.startswith("No: Sputnik Armenia carries none") and "lebedev-results-new-impetus" in shown(reply), text


def test_what_a_plans_events_include_is_in_no_report() -> None:
    reply = SHIPPED.ask("Какие события включены в план Года волонтёрского движения?")
    assert not reply.answered and "volunteer-year-2024" in shown(reply), render_text(reply)


# -- review of the session's change: rules that fired where they were not meant to ----------


def test_which_report_mentions_a_claim_about_someone_is_no_list_of_reports_naming_them() -> None:
    reply = SHIPPED.ask("Which report mentions that Smailov visited Ashgabat?")
    assert reply.fact_id != "sources" and "named in these reports" not in reply.headline, render_text(reply)


def test_the_date_of_a_meeting_in_a_report_is_no_date_of_the_report() -> None:
    reply = SHIPPED.ask("What date was the meeting in Sputnik report?")
    assert "is dated" not in reply.headline, render_text(reply)


def test_a_paraphrase_pasted_to_be_checked_is_said_to_be_no_quote() -> None:
    reply = SHIPPED.ask('"Uzbekistan stands for establishment of a free trade zone in the CIS without withholdings" - real?')
    assert reply.headline.startswith("These are the report's own words"), render_text(reply)


def test_how_someone_not_quoted_is_quoted_is_not_answered_with_anothers_words() -> None:
    reply = SHIPPED.ask("Is Tokayev's remark on trade barriers a direct quote?")
    assert not reply.headline.startswith("A direct quote"), render_text(reply)


@pytest.mark.parametrize("question", ["Where do I sign up?", "When was the agreement signed?",
                                      "Where will the documents be signed?"])
def test_signing_asked_of_something_else_is_not_this_meetings_signing(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith("They were signed at this meeting"), render_text(reply)


@pytest.mark.parametrize("question", ["Who took part in this?", "What was decided at this?"])
def test_this_after_a_preposition_is_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith("Whom or what do you mean"), render_text(reply)


def test_someone_who_announced_a_day_is_still_corrected_on_taking_part_that_day() -> None:
    reply = SHIPPED.ask("Lebedev spoke at the 27 October meeting, right?")
    assert reply.headline.startswith("Not on 27 October"), render_text(reply)


def test_an_author_or_title_asked_of_no_story_is_no_agencys_story() -> None:
    reply = SHIPPED.ask("What title does AKIpress give Aripov?")
    assert "give nothing of its own story" not in render_text(reply), render_text(reply)


def test_how_to_sign_up_is_said_as_such() -> None:
    reply = SHIPPED.ask("How can I sign up for the volunteer year?")
    assert not reply.answered and reply.headline.startswith("The reports say nothing of how to take part"), \
        render_text(reply)


def test_a_fragment_pasted_with_the_reports_own_words_around_it_is_said_so() -> None:
    reply = SHIPPED.ask('"Russia remains a reliable ally and trade partner" - is that Mishustin\'s exact quote?')
    assert reply.headline.startswith("Only part of these words is in quotation marks"), render_text(reply)

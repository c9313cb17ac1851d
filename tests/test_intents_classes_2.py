"""More classes of question that fresh users and the holdouts found answered wrongly, each closed by a
rule (no Telegram here): the continuation of tests/test_intents_classes.py, which grew too long to read.

Each test names the class (a quote asked for a radio clip, each report's wording of one proposal, an
agency a report credits for one fact) and checks it on the shipped fact base with phrasings written for
this file: whether the bot answered, and which facts it showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.matcher import PARTICIPANTS_ID
from bot.replies import render_html, render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {reply.fact_id} | {item.fact_id for item in reply.items} if reply.answered else set()


def said_by(person: str) -> set[str]:
    return {s.id for s in FACTS.statements.values() if s.speaker == person}


# -- a quote asked for, and what it is for -------------------------------------------------


@pytest.mark.parametrize(("question", "person"), [
    ("One punchy line from Aripov for a 15-second clip, please.", "aripov"),
    ("Need a single quotable sentence from Mishustin for TV.", "mishustin"),
    ("Нужна одна короткая цитата Смаилова для эфира.", "smailov"),
    ("Дайте цитату Лебедева для радио и укажите источник", "lebedev"),
    ("mishustin citata?", "mishustin"),
    ("A short quote from the CIS Secretary General for Instagram, with the outlet.", "lebedev"),
])
def test_a_quote_asked_for_some_use_is_the_persons_words(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say", render_text(reply)
    assert shown(reply) - {person} <= said_by(person) and shown(reply) & said_by(person)


def test_a_quote_from_each_of_several_people_is_each_ones_words() -> None:
    reply = SHIPPED.ask("For my show: one quotable line each from Mishustin, Lebedev and Smailov.")
    assert reply.answered, render_text(reply)
    for person in ("mishustin", "lebedev", "smailov"):
        assert shown(reply) & said_by(person), person
    assert "Mishustin, Sergei Lebedev and Alikhan Smailov" in reply.headline  # a list, not "and ... and"


def test_a_quote_from_each_speaker_in_russian_is_who_spoke() -> None:
    reply = SHIPPED.ask("Для эфира: по одной цитате от каждого выступавшего")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_a_quote_on_a_subject_is_still_on_that_subject() -> None:  # guard
    reply = SHIPPED.ask("A short quote from Smailov on the Belt and Road for radio")
    assert reply.answered and shown(reply) == {"smailov-belt-and-road"}, render_text(reply)


# -- the agency a report credits for one fact is on its source line -------------------------


def test_a_fact_credited_to_an_agency_names_it_beside_its_source() -> None:
    reply = SHIPPED.ask("What did Lebedev say?")
    assert ", via BelTA" in render_text(reply) and ", via BelTA" in render_html(reply)
    russian = SHIPPED.ask("Что сказал Мишустин?")
    assert "со ссылкой на «Интерфакс»" in render_text(russian)


def test_a_fact_with_no_agency_of_its_own_names_none() -> None:  # guard: TASS cites the press service as a whole
    reply = SHIPPED.ask("What does TASS say about the documents on financing?")
    assert "via" not in render_text(reply).split("Source:")[-1].split("http")[0]


# -- each report's wording of one proposal ----------------------------------------------------


def test_each_reports_wording_of_one_proposal_shows_every_reports() -> None:
    reply = SHIPPED.ask("How does each outlet word Uzbekistan's proposal of a CIS free trade zone without exceptions "
                        "and restrictions?")
    reports = {FACTS.statements[i].source for i in shown(reply) if i in FACTS.statements}
    assert len(reports) == 3, render_text(reply)


# -- the next meeting, asked by its host, its season or as the one after Bishkek -------------

NEXT = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "schedule"}


@pytest.mark.parametrize("question", ["Does Turkmenistan host the next CIS heads of government meeting?",
                                      "Where will the prime ministers gather after Bishkek?",
                                      "Где соберутся главы правительств после Бишкека?",
                                      "Which city hosts the spring 2024 session?",
                                      "Which city will host the 2024 council?"])
def test_the_next_meeting_asked_by_its_host_season_or_as_after_bishkek_is_ashgabat(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) & NEXT, render_text(reply)
    assert "Ashgabat" in render_text(reply) or "Ашхабад" in render_text(reply)


def test_another_country_put_as_the_next_host_is_corrected() -> None:
    reply = SHIPPED.ask("Will Uzbekistan host the next meeting?")
    assert reply.answered and shown(reply) & NEXT and render_text(reply).startswith("Not in Uzbekistan"), \
        render_text(reply)


def test_the_host_of_this_meeting_is_still_kyrgyzstans_premier() -> None:  # guard
    reply = SHIPPED.ask("Who was the host country's prime minister?")
    assert reply.fact_id == "japarov", render_text(reply)


def test_what_happened_after_the_meeting_is_not_the_next_meeting() -> None:  # guard
    reply = SHIPPED.ask("What happened after the Bishkek meeting?")
    assert reply.fact_id not in NEXT and not render_text(reply).startswith("The next meeting"), render_text(reply)


def test_a_season_of_the_next_meetings_year_it_was_not_set_for_is_another_event() -> None:  # guard
    reply = SHIPPED.ask("Which city hosts the autumn 2024 session?")
    assert not reply.answered, render_text(reply)


# -- who reported a date several reports give ---------------------------------------------------


@pytest.mark.parametrize("question", ["Who reported the 24 May date?", "Кто сообщил о дате 24 мая?",
                                      "Какие два источника называют дату 24 мая?"])
def test_who_reported_a_date_names_every_report_that_gives_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "Trend" in text and "Turkmenportal" in text, text


def test_who_reported_a_date_in_a_given_month_names_that_months_report_only() -> None:  # guard
    reply = SHIPPED.ask("Кто сообщил в феврале 2024 года о дате заседания в Ашхабаде?")
    assert "Trend" in render_text(reply) and "Turkmenportal" not in render_text(reply)


def test_which_reports_say_a_thing_and_whether_they_agree_lists_each_with_its_fact() -> None:
    reply = SHIPPED.ask("Which reports give the next meeting's date, and do they agree on it?")
    text = render_text(reply)
    assert reply.answered and all(p in text for p in ("Asia-Plus", "Trend", "Turkmenportal")), text


# -- what the reports do not tell: signings on the side, what came later, a field no document covers --


@pytest.mark.parametrize("question", ["What did the Kazakh delegation sign bilaterally with Kyrgyzstan?",
                                      "Какие двусторонние соглашения подписали Россия и Узбекистан на полях?"])
def test_a_signing_on_the_side_by_countries_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and ("on the side" in render_text(reply) or "на полях" in render_text(reply)), \
        render_text(reply)


def test_whether_something_promised_was_later_published_is_beyond_the_reports() -> None:
    reply = SHIPPED.ask("Did the Executive Committee later publish its analysis of the proposals?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What is the common CIS currency agreement signed in Bishkek?",
                                      "Какое соглашение о единой валюте СНГ подписали?"])
def test_a_document_on_a_field_no_report_names_is_not_found(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents", render_text(reply)


def test_a_field_half_named_in_a_reports_summary_is_shown_as_the_closest() -> None:  # guard
    reply = SHIPPED.ask("ТАСС пишет, что подписана программа рекультивации территорий после добычи золота?")
    assert reply.fact_id == "tass-documents-by-subject" and "золота" in reply.headline, render_text(reply)


# -- a wrong year put to a document named in few words ------------------------------------------


@pytest.mark.parametrize("question", ["Год волонтёра в СНГ ведь 2026-й?", "The Year of the Volunteer is 2026, right?"])
def test_a_wrong_year_put_to_the_volunteer_year_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "check" and "volunteer-year-2024" in shown(reply), render_text(reply)


# -- someone named as a participant who was only mentioned: a "no" first --------------------------


@pytest.mark.parametrize("question", ["Did Meredov represent Turkmenistan in Bishkek?",
                                      "Правда ли, что Туркменистан в Бишкеке представлял Мередов?"])
def test_someone_only_mentioned_put_as_a_participant_is_a_no(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("No:", "Нет:")) and "geldimyradov" in reply.suggestions[0].fact_id, \
        render_text(reply)


def test_a_post_put_to_someone_only_mentioned_keeps_the_note_on_the_post() -> None:  # guard
    reply = SHIPPED.ask("Was Meredov the Turkmen prime minister?")
    assert reply.headline.startswith("Note: the reports give Rashid Meredov as"), render_text(reply)


def test_why_a_country_sent_a_deputy_is_no_no_about_a_person_it_does_not_name() -> None:  # guard
    reply = SHIPPED.ask("Why did Turkmenistan send a deputy chairman instead of its head of government?")
    assert not reply.headline.startswith("No:"), render_text(reply)


# -- who summed the meeting up -------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Which official summed up the meeting?", "Кто подвёл итоги заседания?"])
def test_who_summed_up_the_meeting_is_lebedev_with_his_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) - {"lebedev"} == said_by("lebedev"), render_text(reply)


# -- the Heads of State set against the Heads of Government ---------------------------------------------


@pytest.mark.parametrize("question", [
    "Quiz: what met in Bishkek on 26 October 2023: (a) the CIS Heads of State (b) the CIS Heads of Government?",
    "Заседание 26 октября в Бишкеке — это Совет глав государств или Совет глав правительств СНГ?"])
def test_which_council_met_is_the_heads_of_government_the_other_named_as_another(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == FACTS.meeting.id, render_text(reply)
    assert "Heads of Government" in reply.headline or "глав правительств" in reply.headline


def test_another_organisations_meeting_the_same_week_is_still_another_event() -> None:  # guard
    reply = SHIPPED.ask("What did the SCO heads of government decide in Bishkek the same week?")
    assert not reply.answered, render_text(reply)


# -- the question inside a long request, and a claim someone else made ---------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("Добрый день. Для обзора работы органов Содружества просим сообщить, где, по имеющимся данным, пройдёт "
     "следующее заседание.", "next-meeting-ashgabat"),
    ("Would you kindly tell me, for a background note I am writing on the region, who represented Armenia?",
     "grigoryan")])
def test_the_question_after_a_long_request_is_answered(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_a_request_after_another_event_is_still_about_that_event() -> None:  # guard
    reply = SHIPPED.ask("For my story on the SCO summit, could you tell me who represented Kazakhstan?")
    assert not reply.answered, render_text(reply)


def test_a_claim_someone_made_put_as_is_that_correct_is_checked() -> None:
    reply = SHIPPED.ask("A colleague's draft says the Bishkek meeting took place on 25 October. Is that correct?")
    assert reply.answered and reply.headline.startswith("Not on 25 October"), render_text(reply)


# -- a proposal put to the wrong country in someone's words, asked why ------------------------------------


@pytest.mark.parametrize("question", ["Lebedev told the Sochi meeting that Armenia proposed Bishkek - why Armenia?",
                                      "Лебедев сказал, что Бишкек предложила Армения?"])
def test_the_wrong_country_put_as_proposing_bishkek_in_lebedevs_words_is_a_no(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("No:", "Нет:")) and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_why_the_country_that_did_propose_bishkek_did_so_is_not_said() -> None:  # guard
    reply = SHIPPED.ask("Why did Kyrgyzstan propose Bishkek?")
    assert not reply.headline.startswith("No:"), render_text(reply)


def test_a_document_dated_otherwise_in_a_reports_list_is_not_the_reports_own_date() -> None:  # guard
    reply = SHIPPED.ask("В перечне Кабмина КР сказано, что соглашение в горно-металлургической отрасли датировано "
                        "28 октября 2015 года?")
    assert "датирована 26 октября 2023" not in render_text(reply), render_text(reply)


# -- the rest of a count, and a wrong anniversary in Russian ----------------------------------------------


def test_the_other_n_of_a_count_is_no_count_put_to_correct() -> None:
    reply = SHIPPED.ask("Which are the other eight financing documents TASS mentions?")
    assert not reply.headline.startswith("No:"), render_text(reply)


def test_a_wrong_count_put_to_a_report_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("TASS says eight documents were on financing, right?")
    assert reply.headline.startswith("No: TASS gives 9"), render_text(reply)


def test_a_wrong_anniversary_asked_in_russian_with_a_verb_no_fact_has_is_corrected() -> None:
    reply = SHIPPED.ask("Что входит в план к 70-летию Победы?")
    assert reply.intent == "check" and reply.fact_id == "doc-victory-80th-anniversary-plan", render_text(reply)


# -- review 22's still-wrong cases of the session's classes ------------------------------------------------


@pytest.mark.parametrize(("question", "people"), [
    ("Нужна одна короткая цитата Мишустина для заголовка.", ("mishustin",)),
    ("One line each from Aripov and Lebedev, please, for my slides.", ("aripov", "lebedev"))])
def test_a_quote_for_a_headline_or_slides_is_each_persons_words(question: str, people: tuple[str, ...]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    for person in people:
        assert shown(reply) & said_by(person), person


def test_a_request_put_as_we_would_be_grateful_is_answered() -> None:
    reply = SHIPPED.ask("Dear colleagues, for our monitoring of the region, we would be grateful if you could tell us "
                        "who represented Belarus.")
    assert reply.answered and "golovchenko" in shown(reply), render_text(reply)


def test_the_final_assessment_of_the_results_is_lebedevs() -> None:
    reply = SHIPPED.ask("Who gave the final assessment of the results?")
    assert reply.answered and shown(reply) & said_by("lebedev"), render_text(reply)


def test_a_russian_list_of_english_quotes_says_the_language_on_each_source_line_only() -> None:
    text = render_text(SHIPPED.ask("Кто сообщил о дате 24 мая?"))
    assert "(цитата на английском)" not in text and "(на английском языке)" in text


# -- probes 19 and 20, holdouts 40 and 41 (seen): where a decision was taken, a format, the exact date, ----------
# an agency's own facts, the list of sources, a reaction, a career, a summing-up


def test_where_the_decision_to_meet_in_bishkek_was_taken_is_sochi_not_the_documents() -> None:
    reply = SHIPPED.ask("In which city did they take the decision to meet in Bishkek?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


@pytest.mark.parametrize("question", [
    "Was the Bishkek session split into a narrow and an extended format?",
    "Заседание проходило в расширенном составе?",
])
def test_this_meetings_format_is_given_by_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)
    assert "format" in render_text(reply) or "составе" in render_text(reply)


def test_the_sochi_meetings_extended_format_is_sputniks_words() -> None:  # guard
    reply = SHIPPED.ask("В каком составе проходило заседание в Сочи?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_a_meeting_in_another_month_and_city_is_no_wrong_place_for_this_one() -> None:
    reply = SHIPPED.ask("Что утвердили на заседании в Сочи в июне 2023 года?")
    assert reply.answered and "Сочи" not in reply.headline.split(":")[0], render_text(reply)
    assert not reply.headline.startswith("Не в городе"), render_text(reply)


def test_the_reports_giving_the_exact_date_leave_out_a_month_alone() -> None:
    reply = SHIPPED.ask("Which outlets name the precise day of the Ashgabat meeting?")
    text = render_text(reply)
    assert reply.answered and "Trend" in text and "Turkmenportal" in text, text
    assert "Asia-Plus" not in text, text


def test_what_an_agency_reported_about_the_meeting_per_a_report_is_what_it_is_credited_for() -> None:
    reply = SHIPPED.ask("What did AKIpress report about the Bishkek meeting, per Asia-Plus?")
    assert reply.answered and reply.fact_id == "uzbekistan-ecommerce-free-trade-zone", render_text(reply)


@pytest.mark.parametrize("question", [
    "Show me every source you use.",
    "Дай полный список источников по заседанию",
])
def test_the_list_of_sources_asked_for_is_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "sources", render_text(reply)


def test_one_persons_reaction_to_anothers_words_is_reported_by_none() -> None:
    reply = SHIPPED.ask("How did President Tokayev react to what Aripov said?")
    assert not reply.answered and "reaction" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "When was Mishustin appointed head of government?",
    "When was Smailov appointed?",
    "Когда Смаилов стал премьер-министром?",
])
def test_when_someone_took_up_a_post_is_given_by_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and ("post" in render_text(reply) or "должност" in render_text(reply)), render_text(reply)


def test_the_agency_of_someones_summing_up_is_that_of_his_words_on_the_results() -> None:
    reply = SHIPPED.ask("Which agency originally carried the Lebedev summing-up quote?")
    assert reply.answered and "lebedev-results-new-impetus" in shown(reply), render_text(reply)
    assert "BelTA" in render_text(reply) and "Sputnik" not in render_text(reply)


# -- probes 19 and 20: attendance put with the city and the day, Russian spelt by ear, Latin-letter inflections, ------
# what was announced against what happened, a proposal of holding it in Bishkek, a place no report gives


def test_attendance_put_with_this_meetings_city_and_day_is_answered() -> None:
    reply = SHIPPED.ask("Был ли Мишустин в Бишкеке 26 октября 2023 года?")
    assert reply.answered and reply.intent == "attend" and reply.fact_id == "mishustin", render_text(reply)


def test_attendance_put_with_the_city_alone_is_no_no_for_someone_there_another_day() -> None:  # guard
    reply = SHIPPED.ask("Was Tokayev in Bishkek?")
    assert not reply.headline.startswith("No"), render_text(reply)  # he spoke at the 13 October meeting there


@pytest.mark.parametrize(("question", "fact"), [
    ("што гаварил мишустин про еаэс", "mishustin-eaeu"),
    ("каторый год абъявлен годом валантеров в снг", "volunteer-year-2024"),
    ("kakoi god budet godom volonterov v SNG", "volunteer-year-2024"),
])
def test_russian_spelt_by_ear_or_inflected_in_latin_letters_is_read(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_a_name_heard_like_another_is_not_that_person() -> None:  # guard
    reply = SHIPPED.ask("Что сказал Эмомали Рахмон?")
    assert "golovchenko" not in shown(reply) and "Головченко" not in reply.headline, render_text(reply)


def test_when_it_really_happened_after_what_was_announced_is_no_forecast() -> None:
    reply = SHIPPED.ask("В Sputnik писали, что встреча будет 27 октября. А когда она была на самом деле?")
    assert reply.answered and "26" in render_text(reply), render_text(reply)


def test_a_country_put_as_proposing_to_hold_it_in_bishkek_is_corrected() -> None:
    reply = SHIPPED.ask("Провести заседание в Бишкеке решили по предложению Узбекистана?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi" and reply.headline.startswith("Нет"), \
        render_text(reply)


def test_a_place_no_report_gives_for_the_decision_on_bishkek_is_corrected() -> None:
    reply = SHIPPED.ask("They agreed on Bishkek at the Dushanbe meeting, didn't they?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi" and reply.headline.startswith("No"), \
        render_text(reply)


# -- probe 19: a claim put to one fact with a detail the fact lacks (a name, a body, a month) -------------------------


@pytest.mark.parametrize(("question", "fact", "detail"), [
    ("Smailov quoted President Putin about removing trade barriers, right?", "smailov-trade-barriers", "Putin"),
    ("Мишустин назвал СНГ и НАТО механизмами стабильности, верно?", "mishustin-eaeu", "НАТО"),
    ("Aripov recalled a forum at Innoprom in Tashkent in May 2024, correct?", "aripov-innoprom-forum", "May"),
])
def test_a_claim_with_a_detail_its_fact_lacks_says_so_above_the_fact(question: str, fact: str, detail: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)
    assert detail in reply.headline.split(":")[0], render_text(reply)


@pytest.mark.parametrize("question", [
    "Did Smailov recall Tokayev's words on trade barriers?",
    "Was anything signed on the WWII Victory anniversary?",  # an English name of what the reports call otherwise
    "Quick check - was a CIS sports championship document signed?",  # a sentence's first word is no name
])
def test_a_claim_whose_details_its_fact_has_is_not_flagged(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and not reply.headline.startswith(("None of", "Ни одна")), render_text(reply)


# -- review 23 and probes 21, 22: a format asked of something else, a second question after a career one, ------------
# who was at the meeting, the day of the next meeting, an agency named in Russian, a name in Russian letters,
# a list's items counted


@pytest.mark.parametrize("question", [
    "What format will the Innoprom industrial forum take?",
    "В каком формате будет брифинг, который планировал Мередов?",
])
def test_a_format_asked_of_something_else_is_no_format_of_this_meeting(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert "narrow or extended" not in render_text(reply) and "узком или расширенном" not in render_text(reply)


@pytest.mark.parametrize("question", ["What format did the session have?", "Какой формат был у заседания в Бишкеке?"])
def test_this_meetings_format_asked_plainly_is_given_by_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and ("narrow or extended" in render_text(reply) or "узком" in render_text(reply))


def test_a_career_question_with_a_second_question_is_not_refused_whole() -> None:  # guard
    reply = SHIPPED.ask("When was Smailov appointed, and what did he say about transit routes?")
    assert reply.answered and shown(reply) <= said_by("smailov"), render_text(reply)


@pytest.mark.parametrize("question", ["who was at the cis sumit in bishkek", "Кто был на встрече глав правительств?"])
def test_who_was_at_the_meeting_is_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_the_reports_giving_the_day_of_the_next_meeting_lead_with_one_that_gives_it() -> None:
    reply = SHIPPED.ask("Which outlets report the day of the Ashgabat session?")
    text = render_text(reply)
    assert reply.answered and "Trend" in reply.headline and "Asia-Plus" not in text, text


def test_an_agency_named_in_russian_that_a_report_cites_is_confirmed() -> None:
    reply = SHIPPED.ask("Asia-Plus ссылался на «Интерфакс»?")
    assert reply.answered and not reply.headline.startswith("Нет"), render_text(reply)


def test_a_name_asked_in_russian_letters_that_no_report_spells_so_says_so() -> None:
    reply = SHIPPED.ask("Как пишется по-русски имя Kohir Rasulzoda?")
    assert reply.answered and "латиницей" in reply.headline, render_text(reply)


def test_the_items_of_a_list_are_not_the_documents_signed() -> None:
    reply = SHIPPED.ask("Сколько пунктов в перечне документов правительства Кыргызстана?")
    assert not reply.answered and reply.fact_id is None, render_text(reply)


@pytest.mark.parametrize("question", ["Перечислите источники", "Что передало агентство БелТА?"])
def test_the_sources_or_an_agencys_facts_asked_with_a_russian_verb(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id in {"sources", "lebedev"}, render_text(reply)


# -- probes 21 and 22: the meeting before this one, a post asked by name, a report that quotes no one -----------------


@pytest.mark.parametrize("question", ["Where did the prime ministers meet before the Bishkek session?",
                                      "Где проходило заседание перед бишкекским?"])
def test_the_meeting_before_this_one_is_the_previous_not_this(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_a_post_asked_by_its_name_is_the_persons_entry() -> None:
    reply = SHIPPED.ask("Как называется должность Мередова?")
    assert reply.answered and reply.fact_id == "meredov", render_text(reply)


@pytest.mark.parametrize("question", ["Цитирует ли ТАСС Мишустина?", "Кого цитирует ТАСС?"])
def test_a_report_that_quotes_no_one_is_said_to(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "TASS" in reply.headline.split(";")[0] and ("нет" in reply.headline or "никого" in reply.headline), \
        render_text(reply)


@pytest.mark.parametrize(("question", "person"), [
    ("Need one quotable line by Smailov for the news bulletin.", "smailov"),
    ("Какая цитата Арипова годится для эфира?", "aripov"),
])
def test_a_quote_asked_for_leads_with_direct_words_not_a_paraphrase(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.items, render_text(reply)
    assert not FACTS.statements[reply.items[0].fact_id].paraphrase, render_text(reply)
    assert reply.items[0].fact_id in said_by(person)


# -- a career question with a second one; a report that gives someone's words outside their statements -------------


@pytest.mark.parametrize(("question", "wanted"), [
    ("When was Mishustin appointed, and what did he say about the EAEU?", {"mishustin-eaeu"}),
    ("Когда назначили Смаилова и что он сказал про Пояс и путь?", {"smailov-belt-and-road"}),
    ("When was Lebedev elected and how many documents were signed?", {"twenty-documents-signed", "tass-22-documents"}),
])
def test_a_career_question_with_a_second_gives_the_career_note_and_the_second_answer(
        question: str, wanted: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and wanted & shown(reply), render_text(reply)
    assert "took it up" in reply.headline or "заняли" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["When was Smailov appointed prime minister?", "Когда назначили Мишустина?"])
def test_a_career_question_alone_is_refused(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and any("took it up" in n or "заняли" in n for n in reply.notes), render_text(reply)


@pytest.mark.parametrize("question", ["Did Sputnik Armenia quote Sergei Lebedev?", "Приводит ли Спутник слова Лебедева?"])
def test_a_report_giving_someones_words_in_its_facts_is_said_to_quote_them(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)
    assert "nothing" not in reply.headline and "нет" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Does TASS quote anybody?", "Цитирует ли ТАСС кого-либо?"])
def test_a_report_asked_whether_it_quotes_anyone(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith("TASS") and ("no one" in reply.headline or "никого" in reply.headline), \
        render_text(reply)


@pytest.mark.parametrize(("question", "flagged"), [
    ("Абрамов сказал, что стороны провели откровенный, подробный разговор?", "Абрамов"),
    ("Mishustin called the CIS and EurAsEC mechanisms of stability, correct?", "EurAsEC"),
])
def test_a_claim_with_an_unknown_surname_first_or_another_body_is_flagged(question: str, flagged: str) -> None:
    reply = SHIPPED.ask(question)
    assert flagged in reply.headline.split(":")[0], render_text(reply)


@pytest.mark.parametrize("question", ["Did Smailov speak about the One Belt, One Road project?",
                                      "Did Lebedev say the parties had a frank, detailed conversation?"])
def test_a_claim_in_other_words_of_what_the_fact_says_is_not_flagged(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and not reply.headline.startswith(("None of", "Ни одна")), render_text(reply)


# -- the next meeting's exact day asked of the reports; spelling in Russian letters; an agency's facts --------------


@pytest.mark.parametrize(("question", "first"), [
    ("Is the precise date of the next session in the Asia-Plus piece?", "No"),
    ("Даёт ли Азия-Плюс точную дату следующего заседания?", "Нет"),
    ("Does the Trend report give the exact day of the next session?", "Yes"),
])
def test_whether_a_report_gives_the_next_meetings_day(question: str, first: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(first), render_text(reply)
    assert "next-meeting-may-24-trend" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which outlets give just the month of the next meeting?",
                                      "Какие издания называют только месяц следующего заседания?"])
def test_the_reports_giving_only_the_month_are_named(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "Asia-Plus" in reply.headline.split(";")[0], render_text(reply)
    assert "Trend" not in reply.headline.split(";")[0], render_text(reply)


def test_the_exact_date_asked_in_russian_with_a_verb_of_naming_is_the_dated_reports() -> None:
    reply = SHIPPED.ask("Какие публикации указывают точную дату следующего заседания?")
    assert reply.answered and {"next-meeting-may-24-trend", "next-meeting-may-24-turkmenportal"} <= shown(reply), \
        render_text(reply)


def test_a_russian_relative_pronoun_spelt_by_ear_is_no_subject() -> None:
    reply = SHIPPED.ask("Кто присутствовал на встрече, каторая прошла в Бишкеке?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_the_astana_times_named_is_no_place_put_for_the_next_meeting() -> None:
    reply = SHIPPED.ask("Does the Astana Times mention where the next meeting will be held?")
    assert "Not in Astana" not in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["How is Sergei Lebedev written in Cyrillic?", "Как по-русски пишется Lebedev?"])
def test_a_name_a_report_spells_in_russian_is_given_as_it_spells_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "Сергей Лебедев" in reply.headline and "Sputnik" in reply.headline, render_text(reply)
    assert "Сергей Лебедев" in (reply.quote or ""), render_text(reply)


def test_a_name_no_report_spells_in_russian_still_says_so() -> None:
    reply = SHIPPED.ask("How do you write Mishustin in Cyrillic?")
    assert "No report spells" in reply.headline, render_text(reply)


def test_a_count_of_proposals_asked_with_vnyos_is_no_count_given() -> None:
    reply = SHIPPED.ask("Сколько предложений внёс Мишустин?")
    assert "числа предложений" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "wanted"), [
    ("Что сообщает Азия-Плюс со ссылкой на Интерфакс?", {"mishustin-eaeu"}),
    ("What did Asia-Plus carry citing AKIpress?", {"aripov"}),
])
def test_what_a_report_carries_citing_an_agency_is_those_facts(question: str, wanted: set[str]) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.intent == "attribution", text
    shown_ids = shown(reply)
    assert wanted & shown_ids or any(w in text for w in ("Mishustin", "Мишустин", "Aripov", "Uzbekistan")), text


# -- probe 23: a figure asked among other words, a guess at the next venue, claims with another person, body or place


@pytest.mark.parametrize("question", ["What was the overall CIS mutual trade turnover in 2023 mentioned in Bishkek?",
                                      "Какой был взаимный товарооборот стран СНГ в 2023 году, о котором говорили на "
                                      "заседании?"])
def test_a_turnover_asked_is_a_figure_no_report_gives(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and any("figure" in n or "Цифр" in n for n in reply.notes), render_text(reply)


@pytest.mark.parametrize("question", ["а где будет следующее заседание, в Туркменистане?",
                                      "next meeting where, turkmenistan?"])
def test_where_the_next_meeting_is_with_a_guess_at_its_country_is_the_next_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id in {"next-meeting-ashgabat", "next-meeting-may-24-trend"}, render_text(reply)


@pytest.mark.parametrize(("question", "first"), [
    ("Asia-Plus reported the next meeting citing TASS, true?", "No"),
    ("Правда ли, что Asia-Plus сообщила о следующем заседании со ссылкой на ТАСС?", "Нет"),
])
def test_a_report_put_as_another_reports_source_is_corrected(question: str, first: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(first) and ("BelTA" in reply.headline or "БелТА" in reply.headline), \
        render_text(reply)


@pytest.mark.parametrize(("question", "flagged"), [
    ("Smailov recalled Mirziyoyev's words on trade barriers, is that right?", "Mirziyoyev"),
    ("Смаилов процитировал Мирзиёева про торговые барьеры?", "Мирзиёев"),
])
def test_a_person_put_as_quoting_someone_they_did_not_is_flagged_above_their_words(question: str, flagged: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "smailov-trade-barriers", render_text(reply)
    assert flagged in reply.headline.split(":")[0], render_text(reply)


def test_a_person_put_as_quoting_someone_they_did_is_not_flagged() -> None:  # guard
    reply = SHIPPED.ask("Smailov recalled Tokayev's words on trade barriers, is that right?")
    assert reply.answered and not reply.headline.startswith("None of"), render_text(reply)


@pytest.mark.parametrize(("question", "fact", "flagged"), [
    ("Mishustin described the CIS and the SCO as mechanisms of economic stability, correct?", "mishustin-eaeu", "SCO"),
    ("Мишустин назвал СНГ и ШОС механизмами стабильности, верно?", "mishustin-eaeu", "ШОС"),
    ("Правда ли, что Лебедев на заседании в Сочи сказал, что следующее пройдёт в Москве?", "venue-decided-sochi",
     "Москва"),
])
def test_a_claim_about_someone_with_another_body_or_place_in_it_flags_it_above_their_words(
        question: str, fact: str, flagged: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)
    assert flagged in reply.headline.split(":")[0], render_text(reply)


@pytest.mark.parametrize(("question", "first"), [
    ("Was the Asia-Plus story or the TASS one published earlier?", "TASS"),
    ("Что вышло раньше: публикация Turkmenportal или Trend от февраля?", "Trend"),
])
def test_which_of_two_named_reports_came_out_first(question: str, first: str) -> None:
    reply = SHIPPED.ask(question)
    lead = reply.headline.split(";")[0]
    assert reply.answered and first in lead, render_text(reply)


def test_which_came_first_with_an_undated_copy_says_it_shows_no_date() -> None:
    reply = SHIPPED.ask("Which came out first, AzerNews or the Astana Times?")
    assert "AzerNews" in reply.headline.split(";")[0] and "no date" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["How many documents did they sign, and where will the next meeting be?",
                                      "Сколько документов было подписано и где пройдёт следующее заседание?"])
def test_a_count_and_the_next_meetings_place_asked_together_are_both_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"twenty-documents-signed", "next-meeting-ashgabat"} <= shown(reply), render_text(reply)


def test_the_next_meeting_with_who_will_attend_it_is_still_refused_whole() -> None:  # guard
    reply = SHIPPED.ask("Where is the next meeting, and who will represent Belarus there?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Что БелТА сообщало об итогах встречи?",
                                      "What did BelTA say about the outcome of the meeting?"])
def test_what_an_agency_reported_on_a_subject_is_its_facts_on_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "lebedev-results-new-impetus" in shown(reply), render_text(reply)
    assert "next-meeting-ashgabat" not in shown(reply), render_text(reply)


def test_who_hosted_the_meeting_asked_in_russian_is_its_place() -> None:
    reply = SHIPPED.ask("Кто принимал у себя заседание глав правительств СНГ?")
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


# -- review 25 ------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Does Sputnik Armenia quote anybody?", "Кого цитирует Sputnik Armenia?"])
def test_a_report_whose_facts_give_someones_words_is_said_to_quote_them(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)
    assert "Lebedev" in reply.headline or "Лебедев" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "first"), [
    ("Does the Astana Times report the date of the next session?", "No:"),
    ("Даёт ли ТАСС дату следующего заседания?", "Нет:"),
    ("Does Asia-Plus report the date of the next session?", "Asia-Plus gives the month"),
])
def test_whether_a_named_report_gives_the_next_meetings_date(question: str, first: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(first), render_text(reply)
    assert "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_russian_letters_asked_of_a_post_is_no_russian_premier() -> None:
    reply = SHIPPED.ask("Как по-русски пишется фамилия генерального секретаря СНГ?")
    assert "Лебедев" in reply.headline and "Мишустин" not in render_text(reply).split("\n")[0], render_text(reply)


def test_a_number_of_proposals_is_no_figure_asked() -> None:
    reply = SHIPPED.ask("Who said that the delegations had made a number of proposals?")
    assert reply.answered and reply.fact_id == "lebedev-frank-conversation", render_text(reply)


@pytest.mark.parametrize(("question", "flagged"), [
    ("Sidorov proposed a single CIS e-commerce platform.", "Sidorov"),
    ("Кузнецов сказал, что следующее заседание пройдёт в Ашхабаде в мае 2024 года.", "Кузнецов"),
])
def test_a_claim_put_as_a_statement_with_an_unknown_name_is_flagged(question: str, flagged: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and flagged in reply.headline.split(":")[0], render_text(reply)


@pytest.mark.parametrize("question", ["How old is Lebedev, and what did he say about the results?",
                                      "Сколько лет Арипову и что он предложил по энергетике?"])
def test_an_age_asked_with_a_second_question_gives_the_career_note_and_the_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and ("took it up" in reply.headline or "заняли" in reply.headline), render_text(reply)


def test_what_a_report_carries_citing_its_one_agency_is_its_facts() -> None:
    reply = SHIPPED.ask("Что AzerNews сообщает со ссылкой на Kun.uz?")
    assert reply.answered and "aripov-mutual-investments" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["the summit was on 27 october yes?", "встреча прошла 27 октября, да?"])
def test_a_wrong_day_put_with_yes_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("Not on 27 October", "Не 27 октября")), render_text(reply)


# -- holdout 42's wrong answers, read after its blind run ------------------------------------------------------------


def test_a_wrong_time_put_to_a_reports_publication_is_corrected() -> None:
    reply = SHIPPED.ask("Is it true the TASS piece came out on 26 October 2023 at 18:30?")
    assert reply.headline.startswith("No:") and "16:57" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["host country and city of the session?", "Принимающая страна встречи?"])
def test_the_host_country_asked_is_the_meetings_place_not_its_premier(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


def test_a_claim_under_a_check_label_is_checked_whole() -> None:
    reply = SHIPPED.ask("Fact check: TASS reported 22 documents, eleven of them on financing.")
    assert reply.answered and "9" in reply.headline and "11" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "flagged"), [
    ("Is it true that about 250 officials took part in the Bishkek meeting?", "250"),
    ("Правда ли, что в заседании участвовали 40 делегаций?", "40"),
])
def test_a_number_no_fact_shown_holds_is_flagged(question: str, flagged: str) -> None:
    reply = SHIPPED.ask(question)
    assert flagged in reply.headline.split(":")[0] or not reply.answered, render_text(reply)


def test_a_number_the_fact_writes_in_words_is_not_flagged() -> None:  # guard
    reply = SHIPPED.ask("TASS reported 22 documents, correct?")
    assert reply.answered and not reply.headline.startswith("None of"), render_text(reply)


# -- whose initiative, and decisions no report records ------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Which country came up with the idea of the Year of the Volunteer Movement?",
    "Whose initiative was the volunteer year 2024?",
    "По чьей инициативе 2024 год стал Годом волонтёрского движения?",
])
def test_an_initiator_no_fact_names_is_not_answered_with_the_thing(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Which country proposed holding the meeting in Bishkek?", "venue-decided-sochi"),
    ("Whose initiative was the industrial cooperation forum in Tashkent?", "aripov-innoprom-forum"),
    ("Which country initiated the CIS e-commerce platform?", "uzbekistan-ecommerce-free-trade-zone"),
])
def test_an_initiator_a_fact_names_is_answered(question: str, fact: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "note"), [
    ("What decisions were taken on the Trans-Caspian route?", "None of the reports records a decision"),
    ("Какие решения приняли по коридору Север-Юг?", "О решении на этот счёт"),
])
def test_a_decision_asked_where_only_words_on_it_exist_is_not_answered_with_them(question: str, note: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(note), render_text(reply)
    assert "smailov-transport-routes" in {reply.fact_id, *(i.fact_id for i in reply.items)}, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("What was decided on the Volunteer Year?", "volunteer-year-2024"),
    ("Какие решения приняты по 80-летию Победы?", "doc-victory-80th-anniversary-plan"),
])
def test_a_decision_a_fact_records_is_answered(question: str, fact: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


# -- a range of items on a report's numbered list ------------------------------------------------------------------


@pytest.mark.parametrize(("question", "first", "last"), [
    ("What are items 3 to 5 on the Kyrgyz Cabinet's list?", "3", "5"),
    ("Пункты 1–3 перечня Кабмина Кыргызстана?", "1", "3"),
])
def test_a_range_of_items_gives_each_item_in_it(question: str, first: str, last: str) -> None:
    reply = SHIPPED.ask(question)
    numbers = {FACTS.item_numbers.get(item.fact_id) for item in reply.items}
    wanted = {str(n) for n in range(int(first), int(last) + 1)}
    assert reply.answered and numbers == wanted and not reply.headline.startswith("None"), render_text(reply)


@pytest.mark.parametrize("question", [
    "Какие документы в списке Кабмина идут под номерами с 11 по 22?",
    "Which documents are items 14 to 20 of the gov.kg list?",
])
def test_a_range_past_the_lists_excerpt_is_not_answered_with_the_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents", render_text(reply)


# -- a citation's time of day ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Which agency gave the figure of 22 documents, and what time stamp does its piece carry?",
    "Кто сообщил о 22 документах и во сколько вышла заметка?",
])
def test_a_source_shows_the_time_its_report_carries(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "16:57" in render_text(reply) and "16:57" in render_html(reply), render_text(reply)


def test_a_source_without_a_time_shows_its_date_alone() -> None:  # guard
    reply = SHIPPED.ask("Who represented Armenia?")
    line = next(line for line in render_text(reply).splitlines() if line.startswith("Source:"))
    assert line.endswith("27 October 2023"), line


@pytest.mark.parametrize(("question", "agency"), [
    ("Which English-language report of Aripov's speech mentions Innoprom, and which outlet does it cite?", "Kun News"),
    ("Что Turkmenportal пишет о дате заседания в Ашхабаде и на кого ссылается?", "TDH"),
])
def test_a_fact_from_a_report_citing_one_agency_names_it_on_its_source_line(question: str, agency: str) -> None:
    reply = SHIPPED.ask(question)
    lines = [line for line in render_text(reply).splitlines() if line.lstrip().startswith(("Source:", "Источник:"))]
    assert reply.answered and lines and all(agency in line for line in lines), render_text(reply)
    assert all(("the report cites" in line or "публикация ссылается на" in line) for line in lines), render_text(reply)


def test_a_fact_of_a_report_crediting_agencies_fact_by_fact_names_only_its_own() -> None:  # guard
    reply = SHIPPED.ask("How many documents did Asia-Plus say were signed?")
    line = next(line for line in render_text(reply).splitlines() if line.lstrip().startswith("Source: Asia-Plus"))
    assert "Interfax" not in line and "AKIpress" not in line, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Whom did TASS cite for its figure of 22 documents?", "tass-22-documents"),
    ("Что Turkmenportal пишет о дате заседания в Ашхабаде и на кого ссылается?", "next-meeting-may-24-turkmenportal"),
])
def test_whom_a_report_cites_asked_with_a_subject_gives_its_facts_on_it(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply) and reply.intent == "attribution", render_text(reply)
    assert len(reply.items) == len({item.fact_id for item in reply.items}), render_text(reply)


def test_whom_a_report_cites_for_someones_words_lists_them_all() -> None:  # guard
    reply = SHIPPED.ask("Where did AzerNews get its story about Aripov's speech?")
    assert len(shown(reply) & said_by("aripov")) >= 3, render_text(reply)


# -- probes 25 and 26: a named authority that says nothing of it; pasted headlines; a part's count -----------------


@pytest.mark.parametrize("question", [
    "According to TASS, where will the next meeting be held?",
    "По данным ТАСС, где пройдёт следующее заседание?",
    "According to the Kyrgyz government, where is the next meeting?",
    "Did TASS mention the IT industry among the signed documents?",
])
def test_a_named_report_that_says_nothing_of_it_is_said_to_be_silent(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(("Nothing on this from", "Из публикации")), \
        render_text(reply)


def test_a_named_report_that_has_it_still_answers() -> None:  # guard
    reply = SHIPPED.ask("According to Trend, when is the next meeting?")
    assert reply.answered and "next-meeting-may-24-trend" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "According to BelTA, how many documents were signed?",
    "По данным «Интерфакса», сколько документов подписали?",
])
def test_an_agency_taken_as_authority_for_what_no_report_credits_to_it_is_said_not_to(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(("None of the reports credits", "Ни одна публикация")), \
        render_text(reply)


def test_an_agency_taken_as_authority_for_what_a_report_credits_to_it_answers() -> None:  # guard
    reply = SHIPPED.ask("According to BelTA, where is the next meeting?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ('Headline: "Smailov: Kazakhstan ready to contribute to Belt and Road links" - check', "smailov-belt-and-road"),
    ('Headline: "Mishustin: CIS and EAEU key to stability" - verify', "mishustin-eaeu"),
    ('Headline to check: "CIS prime ministers sign 22 documents in Bishkek" - is this accurate?', "tass-22-documents"),
    ("Заголовок: «Мишустин: СНГ и ЕАЭС — механизмы стабильности». Верно?", "mishustin-eaeu"),
])
def test_a_pasted_headline_is_checked_as_the_claim_it_makes(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Were nine documents signed?", "Правда, что подписали 9 документов?"])
def test_a_total_put_that_a_report_gives_for_one_kind_says_so(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("Not in all", "Не всего")) and "tass-nine-financing-documents" in shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Were the prime ministers of all CIS countries at the meeting?",
                                      "Были ли на заседании премьеры всех стран СНГ?"])
def test_whether_every_head_of_government_came_is_no_with_who_led_each(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("No", "Нет")), render_text(reply)
    assert {"mustafayev", "grigoryan", "geldimyradov", "smailov"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which prime minister was quoted by Interfax?", "Кого цитирует «Интерфакс»?",
                                      "Who did Interfax quote?"])
def test_whose_words_an_agency_is_credited_with_are_listed(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) and shown(reply) <= said_by("mishustin"), render_text(reply)


@pytest.mark.parametrize("question", ["Did all delegations sign all the documents?",
                                      "Все ли делегации подписали все документы?"])
def test_whether_every_delegation_signed_every_document_is_not_said(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(("No report says", "Подписала ли")), render_text(reply)


@pytest.mark.parametrize("question", [
    "Who represented Belarus and what did he say?",
    "Здравствуйте! Я готовлю материал для белорусского издания и буду очень признательна, если вы подробно, со "
    "ссылками на источники, расскажете, кто представлял Беларусь на заседании и какие заявления он сделал.",
])
def test_who_represented_a_country_and_what_they_said_gives_the_head_and_says_none_is_quoted(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "golovchenko", render_text(reply)
    assert "quote nothing" in reply.headline or "не приводят" in reply.headline, render_text(reply)


def test_sources_asked_for_along_with_an_answer_are_no_question_about_sources() -> None:
    reply = SHIPPED.ask("Буду признателен, если со ссылками на источники расскажете, что говорил Мишустин.")
    items = {item.fact_id for item in reply.items}
    assert reply.answered and items and items <= said_by("mishustin") and reply.intent == "say", render_text(reply)


def test_an_agency_credited_for_a_fact_is_still_read_with_its_name() -> None:  # guard
    reply = SHIPPED.ask("Что Азия-Плюс сообщает со ссылкой на «Интерфакс»?")
    assert reply.answered and shown(reply) <= said_by("mishustin"), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Это Головченко предложил создать платформу электронной торговли?", "uzbekistan-ecommerce-free-trade-zone"),
    ("Правда ли, что Мишустин предложил объединить энергосистемы СНГ?", "aripov-energy-systems"),
])
def test_a_proposal_put_to_the_wrong_person_in_russian_names_whose_it_was(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply) and "Арипов" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ('Headline check: "CIS prime ministers sign 25 documents in Bishkek" - is that accurate?', "tass-22-documents"),
    ("Проверьте заголовок: «Главы правительств СНГ в Бишкеке подписали 22 документа» — это верно?",
     "tass-22-documents"),
])
def test_a_headline_under_a_check_label_is_checked_as_its_claim(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_a_yes_or_no_proposal_put_to_a_country_names_whose_it_was() -> None:
    reply = SHIPPED.ask("Предлагал ли Казахстан создать единую платформу электронной торговли СНГ?")
    assert reply.answered and "Арипов" in reply.headline and shown(reply) <= said_by("aripov"), render_text(reply)


@pytest.mark.parametrize("question", [
    "Поддержала ли делегация Азербайджана узбекское предложение о зоне свободной торговли без изъятий?",
    "Как Головченко отреагировал на предложение Узбекистана о зоне свободной торговли без изъятий?",
])
def test_a_reaction_to_anothers_proposal_is_not_answered_with_the_proposal(question: str) -> None:  # guard
    assert not SHIPPED.ask(question).answered


def test_why_someone_holds_a_view_is_answered_by_words_saying_what_it_will_allow() -> None:
    reply = SHIPPED.ask("Why does Smailov think industrial cooperation matters?")
    assert reply.answered and shown(reply) <= said_by("smailov") and shown(reply), render_text(reply)


# -- probes 27 and 28: a named report silent on a person; a short phrase in quotation marks put to the wrong report --


@pytest.mark.parametrize("question", ["Whom did Asia-Plus say represented Tajikistan?", "Что писала Asia-Plus о Смаилове?",
                                      "Что сообщил ТАСС о месте следующего заседания?"])
def test_what_a_named_report_says_of_someone_it_never_names_is_said_to_be_elsewhere(question: str) -> None:
    reply = SHIPPED.ask(question)
    # ("что писала Asia-Plus о Смаилове" reads as what it quotes him saying: none, his words elsewhere)
    assert not reply.answered and (reply.headline.startswith(("Nothing on this from", "Из публикации"))
                                   or "в публикации Asia-Plus высказываний нет" in reply.headline), render_text(reply)


def test_a_reports_words_quoted_as_the_setting_leave_the_question_answered() -> None:  # guard
    reply = SHIPPED.ask("Asia-Plus writes 'Tajikistan was represented at' - so by whom was Tajikistan represented?")
    assert reply.answered and reply.fact_id == "rasulzoda", render_text(reply)


def test_a_short_phrase_put_to_a_report_that_lacks_it_is_said_to_be_anothers() -> None:
    reply = SHIPPED.ask('Did Trend say Aripov wanted a free trade zone "without withholdings"?')
    assert reply.headline.startswith("No: the words “without withholdings” are Asia-Plus's"), render_text(reply)


def test_who_reported_a_short_phrase_names_the_report_whose_words_they_are() -> None:
    reply = SHIPPED.ask("Кто сообщил о «более 20 документах»?")
    assert reply.answered and "TASS" in reply.headline and "Asia-Plus" not in render_text(reply), render_text(reply)


def test_the_name_of_the_venue_is_not_answered_with_the_city() -> None:
    reply = SHIPPED.ask("What was the name of the venue where the meeting took place?")
    assert not reply.answered, render_text(reply)


def test_where_the_meeting_was_held_is_still_the_city() -> None:  # guard
    reply = SHIPPED.ask("Where was the meeting held?")
    assert reply.answered and "Bishkek" in render_text(reply), render_text(reply)


def test_a_total_put_with_a_right_is_checked_as_a_part_count_too() -> None:
    reply = SHIPPED.ask("Nine documents were signed, right?")
    assert reply.headline.startswith("Not in all") and "tass-nine-financing-documents" in shown(reply), \
        render_text(reply)


def test_a_part_put_as_a_part_of_the_total_is_not_corrected() -> None:  # guard
    reply = SHIPPED.ask("TASS says 22 documents, nine of them on financing, right?")
    assert reply.answered and not reply.headline.startswith(("Not", "No")), render_text(reply)


# -- holdout 45's wrong answers, read after its blind run ------------------------------------------------------------


@pytest.mark.parametrize("question", ["How many people were in the delegations?", "Сколько человек было в делегациях?"])
def test_how_many_people_the_delegations_had_is_not_answered_with_their_number(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(("No report says how many", "Сколько человек")), \
        render_text(reply)


def test_how_many_delegations_took_part_is_still_nine() -> None:  # guard
    reply = SHIPPED.ask("How many delegations took part?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", [
    "Which preparatory events were scheduled before the Ashgabat session?",
    "Что Turkmenportal пишет о подготовке к заседанию в Ашхабаде?",
])
def test_the_preparations_asked_come_with_the_words_of_who_reported_the_plan(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"next-meeting-may-24-turkmenportal", "meredov-preparations"} <= shown(reply), \
        render_text(reply)


def test_an_agenda_account_asked_about_gets_no_ones_words_added() -> None:  # guard
    reply = SHIPPED.ask("was cultural cooperation discussed")
    assert reply.answered and not shown(reply) & said_by("smailov"), render_text(reply)


@pytest.mark.parametrize("question", ["Кто будет разбирать предложения, которые внесли главы делегаций?",
                                      "How will the proposals made at the meeting be handled?"])
def test_who_will_look_at_the_proposals_is_lebedevs_executive_committee(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "lebedev-proposals-analysis" in shown(reply), render_text(reply)


def test_what_a_word_of_a_report_means_is_answered_by_the_fact_that_explains_it() -> None:
    reply = SHIPPED.ask('What does "withholdings" mean?')
    assert reply.answered and "uzbekistan-ecommerce-free-trade-zone" in shown(reply), render_text(reply)


def test_what_an_abbreviation_stands_for_is_still_the_abbreviation_rules() -> None:  # guard
    reply = SHIPPED.ask("What does TITR stand for in the Kazakh PM's speech?")
    assert reply.answered and reply.headline.startswith("TITR stands for"), render_text(reply)


# -- the earlier meeting in Sochi --------------------------------------------------------------


@pytest.mark.parametrize(("question", "start"), [
    ("On what day was the Sochi meeting where Bishkek was picked?", "No report gives the day of the meeting in Sochi"),
    ("В какой день прошло заседание в Сочи, где выбрали Бишкек?", "Ни в одной публикации не указан день заседания в Сочи"),
    ("Когда именно прошло заседание в Сочи, на котором выбрали Бишкек?", "Ни в одной публикации не указан день"),
])
def test_the_day_of_the_sochi_meeting_is_given_by_no_report(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(start), render_text(reply)
    assert "June 2023" in reply.headline or "июне 2023" in reply.headline  # the month it gives, shown


@pytest.mark.parametrize("question", ["What date was announced in Sochi for the Bishkek meeting?",
                                      "When was Bishkek chosen as the venue?"])
def test_the_date_announced_in_sochi_is_still_answered(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


@pytest.mark.parametrize("question", ["На какой встрече определили, что следующее СГП будет в Бишкеке?",
                                      "Where was it determined that the next meeting would be held in Bishkek?"])
def test_where_it_was_determined_to_meet_in_bishkek_is_sochi(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


@pytest.mark.parametrize("question", ["What preparatory events were planned in Ashgabat, and on which dates?",
                                      "What events are planned in Ashgabat in the days before the meeting, and when?"])
def test_the_next_meetings_preparations_asked_with_its_dates_give_meredovs_plan(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)
    assert "20 мая" in render_text(reply) and "23 мая" in render_text(reply)


def test_a_reports_account_listed_with_its_words_is_not_titled_twice() -> None:
    reply = SHIPPED.ask("Which preparatory events were scheduled before the Ashgabat session?")
    assert reply.answered and reply.headline == "What the report says on that:", render_text(reply)


def test_the_date_the_next_meeting_was_scheduled_for_is_still_the_schedule() -> None:  # guard
    reply = SHIPPED.ask("On what exact date was the Ashgabat meeting scheduled?")
    assert reply.answered and "24 May" in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Что главы правительств подписали в Сочи по сведениям Sputnik?", "sochi-earlier-decisions"),
    ("По сведениям СМИ, кто представлял Армению?", "grigoryan"),
])
def test_po_svedeniyam_and_po_informatsii_name_who_says_it_like_po_dannym(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


# -- a label with nothing pasted after it ----------------------------------------------------------


@pytest.mark.parametrize(("question", "start"), [
    ("Headline:", "Nothing follows “Headline:”"),
    ('Headline: ""', "Nothing follows “Headline:”"),
    ("Check: ", "Nothing follows “Check:”"),
    ("Заголовок:", "После «Заголовок:» ничего нет"),
])
def test_a_label_with_nothing_after_it_asks_for_the_text(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(start), render_text(reply)
    assert not reply.items and reply.fact_id is None  # no participants list (it gave one)


def test_a_label_with_a_headline_after_it_is_still_checked() -> None:  # guard
    reply = SHIPPED.ask('Headline: "Smailov: Kazakhstan ready to contribute" - check')
    assert reply.answered and "smailov-belt-and-road" in shown(reply), render_text(reply)


# -- a number put to the wrong report --------------------------------------------------------------


@pytest.mark.parametrize(("question", "start"), [
    ("Asia-Plus says nine of the twenty documents were on financing, right?",
     "No: Asia-Plus does not give 9; that is TASS's number"),
    ("Asia-Plus: 20 documents, 9 of them on financing. Correct?", "No: Asia-Plus does not give 9"),
    ("По данным Asia-Plus, подписано 20 документов, из них 9 о финансировании?", "Нет: у Asia-Plus нет числа 9"),
])
def test_a_part_count_put_to_a_report_that_lacks_it_is_said_to_be_the_others(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(start), render_text(reply)
    assert "tass-nine-financing-documents" in shown(reply)


@pytest.mark.parametrize("question", ["Asia-Plus says 20 documents, but I saw 22 somewhere. Which figure is correct?",
                                      "TASS says 22 documents, nine of them on financing. Correct?"])
def test_the_totals_compared_or_a_report_given_its_own_numbers_are_not_corrected(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and "does not give" not in reply.headline, render_text(reply)


# -- probes 29 and 30: counts said wrongly not to be given ------------------------------------------


COUNTS = {"twenty-documents-signed", "tass-22-documents"}


@pytest.mark.parametrize("question", [
    "Сколько документов подписали на Совете глав правительств СНГ в Бишкеке 26 октября 2023 года?",
    "How many documents were signed in 2023 in Bishkek?",
])
def test_a_count_framed_by_a_full_date_gives_both_reports_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and COUNTS <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["How many documents were signed and in which areas?",
                                      "Сколько документов подписали и в каких сферах?"])
def test_how_many_documents_and_in_which_areas_gives_the_counts_and_the_areas(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and COUNTS | {"documents-signed"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["сколько из них про финансирование", "how many of them on financing"])
def test_how_many_of_them_on_financing_is_tass_nine_not_no_figure(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "tass-nine-financing-documents", render_text(reply)


@pytest.mark.parametrize(("question", "start"), [
    ("Asia-Plus says 22 documents were signed at the Bishkek meeting - can you confirm that?", "No: Asia-Plus gives 20"),
    ('Headline check: "CIS prime ministers sign 22 documents in Bishkek - Asia-Plus"', "No: Asia-Plus gives 20"),
    ("Можете подтвердить, что Asia-Plus пишет о 22 документах?", "Нет: у Asia-Plus — 20"),
])
def test_twenty_two_put_to_asia_plus_is_corrected_to_its_twenty(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(start) and COUNTS <= shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "counted"), [
    ("docs signed # ?", "The reports differ on how many documents were signed (Asia-Plus: 20; TASS: 22); the documents"),
    ("ну че там по итогам снг в бишкеке, че подписали?", "источники расходятся (Asia-Plus: 20; TASS: 22); документы и решения"),
])
def test_the_list_of_documents_heads_with_the_reports_counts_not_its_length_alone(question: str, counted: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and counted in reply.headline, render_text(reply)
    assert "13" not in reply.headline, render_text(reply)  # (the Volunteer Year plan stands in two reports: no count)


def test_the_documents_a_report_names_are_counted_as_named_by_title() -> None:
    reply = SHIPPED.ask("По данным ТАСС, какие документы подписаны, перечислите")
    assert reply.answered and "TASS называет по названию (1)" in reply.headline, render_text(reply)
    assert "tass-22-documents" in shown(reply)


def test_a_request_to_tell_who_represented_a_country_is_sure_of_it() -> None:
    reply = SHIPPED.ask("Можете рассказать, кто представлял Армению?")
    assert reply.answered and reply.fact_id == "grigoryan" and (reply.score or 0) >= 90, render_text(reply)


# -- probes 29 and 30: a report, a year or a day put wrongly ----------------------------------------


def test_what_a_named_report_says_in_russian_is_said_to_be_anothers_when_it_lacks_it() -> None:
    reply = SHIPPED.ask("Что говорит Trend о форуме Иннопром?")
    assert not reply.answered and reply.headline.startswith("Из публикации Trend News Agency у меня об этом ничего нет"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Which country will host the CIS heads of government in 2025?",
                                      "Какая страна примет СГП СНГ в 2025 году?"])
def test_the_host_of_a_years_meeting_no_report_names_is_not_this_meetings(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_the_host_in_2024_is_ashgabat_not_this_meetings_place() -> None:
    reply = SHIPPED.ask("Which country will host the CIS heads of government in 2024?")
    assert reply.answered and "Ashgabat" in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "start"), [
    ("Лебедев заявил, что заседание в Бишкеке пройдёт 26 октября — так?",
     "Нет: по публикациям, Лебедев называл 27 октября, а не 26 октября"),
    ("Did Lebedev say the meeting would be on 26 October?", "No: the reports quote Lebedev giving 27 October"),
    ("Lebedev announced the Bishkek meeting for 28 October, right?", "No: the reports quote Lebedev giving 27 October"),
])
def test_a_day_put_to_someone_who_gave_another_is_corrected(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(start) and "venue-decided-sochi" in shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Did Lebedev say on 26 October that the talks were frank?",
                                      "Лебедев заявил, что заседание в Бишкеке пройдёт 27 октября — так?"])
def test_the_day_someone_spoke_or_the_day_he_gave_is_not_corrected(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and not reply.headline.startswith(("No:", "Нет:")), render_text(reply)


@pytest.mark.parametrize(("question", "start"), [
    ("Was the Bishkek meeting held in Astana?", "Not in Astana: the meeting was held in Bishkek"),
    ("Заседание в Бишкеке на самом деле прошло в Астане?", "Не в городе Астана"),
    ("Бишкекское заседание прошло в Минске?", "Не в городе Минск"),
])
def test_this_meeting_named_by_its_place_put_in_another_is_corrected(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(start), render_text(reply)  # (it listed the sources)


def test_a_claim_of_another_place_before_a_premise_sentence_is_corrected_with_the_premise_answered() -> None:
    reply = SHIPPED.ask("Was the Bishkek meeting actually held in Astana? The Astana Times dateline says ASTANA.")
    assert reply.answered and reply.headline.startswith("Not in Astana"), render_text(reply)
    assert "datelined ASTANA" in reply.headline


def test_where_the_bishkek_venue_was_decided_is_not_read_as_where_it_was_held() -> None:  # guard
    reply = SHIPPED.ask("Is it true that the decision to hold this meeting in Bishkek was taken at the heads of "
                        "government meeting in Minsk?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


# -- probes 29 and 30: requests of several questions, and the question among background ---------------


@pytest.mark.parametrize("question", ["When will Turkmenistan host the next meeting?",
                                      "Когда Туркменистан примет следующее заседание?"])
def test_when_the_next_hosts_country_hosts_it_is_the_schedule_not_its_delegate(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "next-meeting-may-24-trend" in shown(reply) and "geldimyradov" not in shown(reply), \
        render_text(reply)


def test_who_represented_a_country_and_when_it_hosts_the_next_meeting_answers_both() -> None:
    reply = SHIPPED.ask("Who represented Turkmenistan, and when will Turkmenistan host the next meeting?")
    assert reply.answered and {"geldimyradov", "next-meeting-ashgabat"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "facts"), [
    ("Hello, I work for a regional outlet and am preparing a backgrounder for tomorrow's edition. Could you kindly "
     "tell me who represented each country at the 26 October Bishkek meeting, what the Kazakh prime minister named "
     "as priorities, and where and when the next meeting will take place? Thank you so much in advance.",
     {PARTICIPANTS_ID, "next-meeting-may-24-trend"}),
    ("Добрый день! Я студентка МГИМО, пишу курсовую об интеграции в СНГ. Подскажите, пожалуйста, кто возглавлял "
     "делегации всех стран, сколько документов подписали (если источники расходятся — укажите оба) и где пройдет "
     "следующее заседание?", {PARTICIPANTS_ID, "twenty-documents-signed", "tass-22-documents", "next-meeting-ashgabat"}),
])
def test_a_request_of_three_questions_answers_each(question: str, facts: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and facts <= shown(reply), render_text(reply)


def test_three_questions_a_sure_answer_covers_are_not_taken_apart() -> None:  # guard
    reply = SHIPPED.ask("I need a proper citation for the figure of 22 documents. Which agency published it, what "
                        "time stamp does the piece carry, and whom did the agency cite as its source?")
    assert reply.answered and reply.headline.startswith("Reported by TASS"), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Здравствуйте! Я веду подкаст про Центральную Азию, и в следующем выпуске мы обсуждаем бишкекское заседание "
     "глав правительств СНГ в октябре 2023-го. Слушатели спрашивают, кто вообще туда приехал. Перечислите, "
     "пожалуйста, кто из премьер-министров участвовал?", PARTICIPANTS_ID),
    ("Подписали что-нибудь про рекультивацию урановых хвостов? Для Кыргызстана это очень важно",
     "doc-uranium-recultivation-program"),
])
def test_the_one_question_among_background_sentences_is_answered(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "wrong"), [
    ("Continuing on the Sochi meeting in June 2023, which preceded Bishkek: what did the prime ministers sign or "
     "approve there, according to the report you have? Only the main items, please; I am drafting a short chronology.",
     "tass-documents-by-subject"),
    ("Culture seldom makes the headlines, but I am told there was a humanitarian element at Bishkek. What was "
     "actually adopted in that field? Much obliged.", "doc-geodesy-cartography-program"),
])
def test_a_question_pointing_back_at_its_background_is_not_read_alone(question: str, wrong: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert wrong not in shown(reply), render_text(reply)


# -- probes 29 and 30: the last meeting per Trend, the Heads of State meeting, a theme year, shorthand ----------


@pytest.mark.parametrize("question", ["According to Trend, when and where was the last meeting held?",
                                      "По данным Trend, где и когда прошло последнее заседание СГП СНГ?"])
def test_what_trend_says_of_the_last_meeting_is_its_own_fact_not_nothing(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "last-meeting-bishkek-trend", render_text(reply)


@pytest.mark.parametrize("question", ["Was there also a CIS heads of state meeting in Bishkek in October 2023?",
                                      "Где встречались главы государств СНГ в октябре 2023 года?",
                                      "В каком городе проходило заседание глав государств СНГ, на которое ссылался Смаилов?",
                                      "Where did the CIS heads of state meet?"])
def test_where_the_heads_of_state_met_is_smailovs_words_on_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) == {"smailov-trade-barriers"}, render_text(reply)


@pytest.mark.parametrize("question", ["On what exact date did the CIS Heads of State meet in Bishkek, the summit "
                                      "Smailov referred to?", "Where did the CIS heads of state meet in 2022?"])
def test_what_no_quote_tells_of_the_heads_of_state_meeting_is_still_not_answered(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_which_theme_2024_was_declared_is_the_volunteer_year() -> None:
    reply = SHIPPED.ask("Какой год в СНГ объявлен 2024-й?")
    assert reply.answered and reply.fact_id == "volunteer-year-2024", render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("who repd azerbaijan at the cis pm meeting", "mustafayev"),
                                                ("gde sled zasedanie sgp sng", "next-meeting-ashgabat")])
def test_shorthand_for_represented_and_next_is_read(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_a_reports_name_in_cyrillic_is_not_taken_for_a_name_the_claim_puts() -> None:
    reply = SHIPPED.ask("Чем отличаются данные Азия-Плюс и ТАСС о числе документов?")
    assert reply.answered and not reply.headline.startswith("Ни одна публикация не называет"), render_text(reply)


@pytest.mark.parametrize("question", ["did uzbekistan want to revise the cis fta? source pls",
                                      "Что значит «без изъятий» в предложении Узбекистана по ЗСТ?"])
def test_fta_and_zst_are_read_as_free_trade(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "uzbekistan-ecommerce-free-trade-zone" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What did Kyrgyzstan propose at the Sochi meeting?", "Что предложил Кыргызстан в Сочи?"])
def test_what_a_country_proposed_at_the_sochi_meeting_is_the_venue(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_what_another_country_proposed_in_sochi_is_recorded_by_no_report() -> None:
    reply = SHIPPED.ask("What did Kazakhstan propose in Sochi?")
    assert not reply.answered and reply.headline.startswith("The reports record no proposal"), render_text(reply)


# -- probes 31 and 32: a proposal asked as a decision, two people asked apart, a report asked whether it told --


@pytest.mark.parametrize("question", ["Did the meeting adopt a roadmap for partnership of the CIS regions?",
                                      "Did the CIS adopt the free trade zone revision that Uzbekistan suggested?",
                                      "Приняли ли в Бишкеке дорожную карту для регионов?"])
def test_a_proposal_asked_as_adopted_is_said_to_be_recorded_as_no_decision(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.headline.startswith(("None of the reports records a decision",
                                                             "О решении на этот счёт")), render_text(reply)


def test_a_plan_the_reports_say_was_adopted_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("Did they adopt the Volunteer Year plan?")
    assert reply.answered and reply.fact_id == "volunteer-year-2024", render_text(reply)


@pytest.mark.parametrize("question", ["Что предложил Арипов и что сказал Мишустин?",
                                      "What did Aripov propose and what did Mishustin say?"])
def test_two_people_asked_apart_each_get_their_own_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) & said_by("mishustin") and shown(reply) & said_by("aripov"), \
        render_text(reply)


def test_whether_a_report_told_of_a_document_it_lacks_is_said_to_be_anothers() -> None:
    reply = SHIPPED.ask("Сообщил ли ТАСС о документе по цифровой трансформации ТЭК?")
    assert not reply.answered and reply.headline.startswith("Из публикации TASS у меня об этом ничего нет"), \
        render_text(reply)


@pytest.mark.parametrize(("question", "said"), [
    ("Кто генеральный секретарь СНГ?", "публикации приводят его слова на заседании; делегацию он не возглавлял"),
    ("Was Lebedev at the meeting?", "the reports quote him from the meeting; he led no delegation"),
])
def test_someone_quoted_from_the_meeting_who_led_no_delegation_is_not_said_to_be_only_mentioned(
        question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and said in reply.headline and "not listed" not in reply.headline, render_text(reply)


def test_someone_quoted_only_from_another_time_is_still_only_mentioned() -> None:  # guard
    reply = SHIPPED.ask("Who is Meredov?")
    assert reply.answered and "not listed among the meeting's participants" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "start"), [
    ("Sputnik reported in June that the meeting would be on 26 October - correct?",
     "No: Sputnik Armenia gives 27 October, not 26 October"),
    ("Sputnik писал, что заседание пройдёт 25 октября, верно?", "Нет: Sputnik Armenia называет 27 октября"),
    ("Correct me if wrong: Trend's February 2024 report put the next meeting in Ashgabat on 24 April.",
     "No: Trend News Agency gives 24 May, not 24 April"),
])
def test_a_day_put_to_a_report_that_gives_another_is_corrected(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(start), render_text(reply)


@pytest.mark.parametrize("question", ["armenia rep at the oct 26 cis govt heads mtg?",
                                      "Trend reported on 26 February that the meeting would be held on 24 May, right?"])
def test_a_country_or_a_reports_own_day_is_no_day_put_to_a_report(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and not reply.headline.startswith("No:"), render_text(reply)


# -- holdouts 46 and 47's wrong answers, read after their blind run ---------------------------------------------


@pytest.mark.parametrize("question", ["Why did Armenian PM Nikol Pashinyan not come in person?",
                                      "Why was Tokayev not at the meeting?",
                                      "Why did Azerbaijan send a deputy prime minister instead of Prime Minister Ali Asadov?"])
def test_why_someone_did_not_come_is_given_by_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "The reports don't say why." in render_text(reply), render_text(reply)


def test_why_someone_who_did_not_come_came_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("Why did Tokayev come to the meeting?")
    assert reply.answered and "not listed among the meeting's participants" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", [
    "Какую позицию заняла Армения по предложению Узбекистана о зоне свободной торговли без изъятий?",
    "Какую позицию заняла азербайджанская делегация по предложению Узбекистана о пересмотре соглашения о зоне "
    "свободной торговли?"])
def test_a_delegations_position_on_anothers_proposal_is_not_answered_with_the_proposal(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_which_initiative_of_mirziyoyev_aripov_recalled_is_that_initiative() -> None:
    reply = SHIPPED.ask("Какую инициативу Мирзиёева напомнил Арипов?")
    assert reply.answered and reply.fact_id == "aripov-free-trade-zone", render_text(reply)


def test_a_chinese_led_initiative_is_no_question_of_who_led_a_delegation() -> None:
    reply = SHIPPED.ask("Did Smailov tie the transit routes to any Chinese-led initiative?")
    assert reply.answered and reply.fact_id == "smailov-belt-and-road", render_text(reply)


def test_a_report_summing_up_the_documents_is_not_who_summed_up_the_meeting() -> None:
    reply = SHIPPED.ask("The Astana Times sums up the signed documents by sector. Which sectors?")
    assert not shown(reply) & said_by("lebedev"), render_text(reply)


@pytest.mark.parametrize(("question", "start"), [
    ("Was the industrial cooperation concept adopted at this meeting?", "No such document among those the reports list"),
    ("Приняли ли концепцию промышленной кооперации?", "Среди документов этого заседания, перечисленных в публикациях, такого нет"),
])
def test_a_concept_adopted_earlier_is_not_answered_with_a_document_sharing_one_word(question: str, start: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(start), render_text(reply)
    assert shown(reply) & {"aripov-industrial-concept", "sochi-earlier-decisions"}  # adopted in June, in Sochi


def test_a_document_of_this_meeting_asked_as_adopted_is_still_that_document() -> None:  # guard
    reply = SHIPPED.ask("Was the geodesy programme adopted?")
    assert reply.answered and reply.fact_id == "doc-geodesy-cartography-program", render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько документов подписали по итогам заседания 26 октября 2023 года? Мне нужна точная цифра для справки.",
     "twenty-documents-signed"),
    ("Уважаемые коллеги, я много лет работал в системе СНГ и помню, как генсек обычно подводит итоги. Скажите, "
     "пожалуйста, что именно, по словам Лебедева, подтвердили результаты бишкекского заседания?",
     "lebedev-results-new-impetus"),
])
def test_dlya_spravki_and_kollegi_are_no_subject(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_colleagues_in_smailovs_own_words_still_find_them() -> None:  # guard
    reply = SHIPPED.ask("Which pending agreement did the Kazakh PM urge his colleagues to push forward?")
    assert reply.answered and reply.fact_id == "smailov-services-agreement", render_text(reply)

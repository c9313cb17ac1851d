"""Classes of question the holdouts found answered wrongly, each closed by a rule (no Telegram here).

Every test names the class (a misspelt "how many", who came to a later meeting, a
season of a year the reports never speak of, what a thing looks like, a place on a
report's list of documents) and checks it on the shipped fact base with phrasings
written for this file: whether the bot answered, and which facts it showed.
"""

from __future__ import annotations

import re

import pytest

from bot.answering import Answerer
from bot.facts import Statement
from bot.matcher import PARTICIPANTS_ID, SOURCES_ID
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {reply.fact_id} | {item.fact_id for item in reply.items} if reply.answered else set()


def listed(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, whether or not it answers the question as asked."""
    return ({reply.fact_id} if reply.fact_id else set()) | {item.fact_id for item in reply.items}


def document_counts() -> set[str]:
    return {a.id for a in FACTS.agreements.values() if a.agreement_kind == "count"
            and str(a.counts or "documents").startswith("document")}


# -- a misspelt "how many" is still a count ------------------------------------------------


@pytest.mark.parametrize("question", ["how mny documents did they sign", "How manny documents were signed?",
                                      "how mnay agreements were signed"])
def test_a_misspelt_how_many_documents_gives_the_reports_counts_not_the_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "count", render_text(reply)
    assert document_counts() <= shown(reply), "every report's count, each with its source"


def test_a_misspelt_how_many_delegations_gives_the_participants() -> None:
    reply = SHIPPED.ask("how meny delegations came")
    assert reply.intent == "count" and reply.fact_id == PARTICIPANTS_ID


def test_a_word_after_how_that_is_not_many_is_left_alone() -> None:
    reply = SHIPPED.ask("How was the meeting?")
    assert reply.intent != "count"


# -- a later meeting: who came, a season or month of a year the reports never speak of ------


@pytest.mark.parametrize("question", ["Who took part in the meeting in Ashgabat?", "who will attend the next meeting",
                                      "Кто участвовал в заседании в Ашхабаде?", "Кто приедет на следующее заседание?"])
def test_who_takes_part_in_the_next_meeting_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "other-event", render_text(reply)


@pytest.mark.parametrize("question", ["Where will the council meet in autumn 2024?", "What happened in September 2024?",
                                      "Где пройдёт заседание летом 2024 года?", "Что решат осенью 2024 года?"])
def test_a_season_or_month_of_a_year_the_reports_never_speak_of_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "other-event", render_text(reply)


@pytest.mark.parametrize("question", ["Where will the next meeting be held in May 2024?",
                                      "Где пройдёт заседание в мае 2024 года?"])
def test_the_month_the_reports_announce_is_still_answered_with_the_schedule(question: str) -> None:
    schedule = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "schedule"}
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) & schedule, render_text(reply)


# -- what a thing looks like ---------------------------------------------------------------


@pytest.mark.parametrize("question", ["What does the jubilee medal look like?", "Как выглядит юбилейная медаль?",
                                      "What colour is the medal?", "Какой дизайн у медали?"])
def test_what_a_thing_looks_like_is_not_answered_by_a_quote_that_only_names_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)
    assert "describe" in render_text(reply) or "не описывают" in render_text(reply)


def test_what_the_medal_is_is_still_answered() -> None:
    reply = SHIPPED.ask("Which documents mention the jubilee medal?")
    assert reply.answered and any("медал" in (FACTS.entry(i).quote or "").lower() for i in shown(reply))


# -- a place on a report's list of the documents ------------------------------------------


def _listed_in_the_reports_order() -> list[str]:
    """The documents of the report that lists them one by one, in the order of its own text."""
    by_source: dict[str, list[str]] = {}
    for agreement in FACTS.agreements.values():
        if agreement.agreement_kind == "document":
            by_source.setdefault(agreement.source, []).append(agreement.id)
    source = max(by_source, key=lambda s: len(by_source[s]))
    text = (DEFAULT_DIR / (FACTS.sources[source].text or "")).read_text(encoding="utf-8")
    body = text.split("---- text ----", 1)[1]
    return sorted(by_source[source], key=lambda i: body.index(FACTS.agreements[i].quote.rstrip(".")))


@pytest.mark.parametrize(("place", "question"), [
    (1, "What is the first document on the list?"), (2, "which is the second item on the list of documents"),
    (3, "Какой документ третий в перечне?"), (1, "Первый документ в списке правительства Кыргызстана?"),
])
def test_a_place_on_the_list_is_the_document_at_that_place_in_the_reports_order(place: int, question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents", render_text(reply)
    assert reply.fact_id == _listed_in_the_reports_order()[place - 1]
    assert re.search(rf"(No\.|№) {place}\b", reply.headline)


def test_a_place_on_the_list_of_a_report_that_lists_no_documents_is_not_guessed() -> None:
    reply = SHIPPED.ask("What is the second document on TASS's list?")
    assert reply.answered is False and reply.intent == "documents"


def test_a_place_beyond_the_list_is_not_guessed() -> None:
    listed = _listed_in_the_reports_order()
    assert len(listed) < 12, "precondition: the list holds fewer than twelve documents"
    reply = SHIPPED.ask("What is the twelfth document on the list?")
    assert reply.answered is False


# -- one report's account and its own statements on the same subject --------------------------


@pytest.mark.parametrize("question", ["What is being done in Turkmenistan to prepare the next meeting?",
                                      "how does Turkmenistan prepare for the next council meeting"])
def test_a_reports_account_comes_with_its_own_statements_on_the_same_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    best = FACTS.entry(reply.fact_id or "")
    assert best is not None and not isinstance(best, Statement), "precondition: the best fact is an account"
    same_report = {s.id for s in FACTS.statements.values() if s.source == best.source}
    shown_statements = shown(reply) & set(FACTS.statements)
    assert shown_statements and shown_statements <= same_report, "the report's own words, no other report's"


# -- a time in the meeting ("at the end", "после заседания") is no subject ----------------------


@pytest.mark.parametrize("template", ["What did {en} say at the end of the meeting?", "Что сказал {ru} после заседания?",
                                      "что говорил {ru} в конце"])
def test_what_x_said_at_the_end_of_the_meeting_is_every_statement_of_x(template: str) -> None:
    person = FACTS.speakers["mishustin"]
    question = template.format(en=person.name.split()[-1], ru=(person.name_ru or person.name).split()[-1])
    reply = SHIPPED.ask(question)
    own = {s.id for s in FACTS.statements.values() if s.speaker == person.id}
    assert reply.answered and reply.intent == "say" and own <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["How many documents were signed at the end of the meeting?",
                                      "Сколько документов подписали после заседания?"])
def test_how_many_documents_at_the_end_of_the_meeting_gives_the_reports_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


def test_the_end_of_something_else_is_still_a_subject() -> None:
    reply = SHIPPED.ask("What did Mishustin say about the end of trade barriers?")
    assert reply.intent == "say"
    assert "barrier" in render_text(reply).lower() or reply.answered is False


# -- two numbers of documents: the reports' disagreement, each with its source ----------------


@pytest.mark.parametrize("question", ["TASS reports 22 documents and Asia-Plus 20: who is right?",
                                      "One report says 20 agreements, another 22. Which is correct?",
                                      "В одной публикации 22 документа, в другой двадцать. Почему?"])
def test_two_numbers_of_documents_get_both_counts_with_their_sources(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)
    for fact in document_counts():
        assert FACTS.source_of(FACTS.agreements[fact]).publisher in render_text(reply)


# -- a report named as the authority ("according to X", "по данным X") is a filter ----------


def _documents_of_the_listing_report() -> tuple[str, set[str]]:
    by_source: dict[str, set[str]] = {}
    for agreement in FACTS.agreements.values():
        if agreement.agreement_kind == "document":
            by_source.setdefault(agreement.source, set()).add(agreement.id)
    source = max(by_source, key=lambda s: len(by_source[s]))
    return source, by_source[source]


@pytest.mark.parametrize("question", ["List the documents signed according to the Kyrgyz government",
                                      "Приведите список подписанных документов по данным правительства Кыргызстана"])
def test_the_documents_according_to_a_report_are_that_reports_list(question: str) -> None:
    source, listed = _documents_of_the_listing_report()
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents", render_text(reply)
    assert {i.fact_id for i in reply.items} == listed
    assert FACTS.sources[source].publisher in reply.headline


def test_a_question_according_to_a_report_is_answered_from_that_report() -> None:
    trend_2024 = [s for s in FACTS.sources.values() if s.published and (s.published.year, s.published.month) == (2024, 2)]
    assert len(trend_2024) == 1, "precondition: one report came out in February 2024"
    reply = SHIPPED.ask("when was the last meeting held, according to the February 2024 report?")
    assert reply.answered and FACTS.entry(reply.fact_id or "").source == trend_2024[0].id, render_text(reply)


def test_according_to_is_not_an_accord() -> None:
    """"according" stems to "accord", a word for an agreement: the question is not about documents."""
    reply = SHIPPED.ask("According to Trend, where will the next meeting be held?")
    schedule = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "schedule"}
    assert reply.answered and shown(reply) & schedule and reply.intent != "documents", render_text(reply)


def test_a_country_named_without_its_government_is_no_report() -> None:
    reply = SHIPPED.ask("Which documents did Kyrgyzstan sign?")
    assert "as Cabinet of Ministers" not in reply.headline


# -- who reported it: a person's words, and whom a report cites ------------------------------


def test_where_a_persons_words_come_from_names_the_report_and_whom_it_cites() -> None:
    own = [s for s in FACTS.statements.values() if s.speaker == "lebedev"]
    reply = SHIPPED.ask("Which agency does the Lebedev quote come from?")
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    for statement in own:
        source = FACTS.source_of(statement)
        assert source.publisher in render_text(reply)
        assert not source.via or source.via.split(",")[0].split(" and ")[0] in render_text(reply)


@pytest.mark.parametrize("question", ["На кого ссылается ТАСС, сообщая о 22 документах?",
                                      "Whom does TASS cite on the 22 documents?"])
def test_whom_a_report_cites_is_its_attribution(question: str) -> None:
    tass = next(s for s in FACTS.sources.values() if s.publisher == "TASS")
    assert tass.via, "precondition: TASS cites someone"
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    via = tass.via_ru if reply.language == "ru" and tass.via_ru else tass.via
    assert via.split()[0].lower()[:6] in render_text(reply).lower()


# -- "apart from X, what else": the agenda, X set aside -------------------------------------


@pytest.mark.parametrize("question", ["Besides energy, what else was on the agenda?",
                                      "Что ещё было на повестке, кроме экономики?"])
def test_what_else_besides_a_subject_is_the_agenda(question: str) -> None:
    agenda = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "agenda"}
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview" and agenda <= shown(reply), render_text(reply)


# -- Russian in Latin letters with "h" for "х" --------------------------------------------


def test_latin_typed_russian_with_h_for_kh_is_read_as_with_kh() -> None:
    with_h, with_kh = SHIPPED.ask("gde prohodilo zasedanie"), SHIPPED.ask("gde prokhodilo zasedanie")
    assert with_kh.answered, "precondition: the 'kh' spelling is answered"
    assert (with_h.answered, with_h.fact_id) == (with_kh.answered, with_kh.fact_id)


def test_an_english_word_with_h_is_left_alone() -> None:
    assert SHIPPED.ask("What did Mishustin say about the harvest?").answered is False


# -- a year declared, a year aimed at, a Russian preposition ---------------------------------


def _year_of_facts() -> set[str]:
    return {a.id for a in FACTS.agreements.values() if "Year of" in a.title}


@pytest.mark.parametrize("question", ["Which year was declared for 2024?", "Какой год объявлен на 2024?",
                                      "What has 2024 been proclaimed in the CIS?"])
def test_a_year_declared_is_the_year_adopted_not_something_said_about_that_year(question: str) -> None:
    assert _year_of_facts(), "precondition: the reports name a Year of ..."
    reply = SHIPPED.ask(question)
    assert not reply.answered or shown(reply) & _year_of_facts(), render_text(reply)
    assert not shown(reply) & set(FACTS.statements), "never a statement that only names the year"


def test_a_year_something_was_decided_for_is_its_subject_not_another_event() -> None:
    reply = SHIPPED.ask("What was decided for 2024?")
    assert reply.intent != "other-event"


def test_something_decided_in_a_later_year_is_still_another_event() -> None:
    reply = SHIPPED.ask("What was decided in 2025?")
    assert reply.answered is False and reply.intent == "other-event"


def test_a_russian_preposition_is_no_subject() -> None:
    """"перед" (before) is a stop word as "before" is: "брифинг перед заседанием" is about the briefing."""
    meredov = {s.id for s in FACTS.statements.values() if s.speaker == "meredov"}
    reply = SHIPPED.ask("Когда рабочая встреча перед заседанием?")
    assert reply.answered and shown(reply) & meredov, render_text(reply)


# -- Y's words as X relays them ------------------------------------------------------------


def test_what_y_said_according_to_x_is_xs_statements_naming_y() -> None:
    naming = {s.id for s in FACTS.statements.values() if s.speaker == "smailov" and "Tokayev" in s.quote}
    assert naming, "precondition: Smailov's words name Tokayev"
    reply = SHIPPED.ask("Smailov quoted Tokayev. What did Tokayev say, in Smailov's words?")
    assert reply.answered and reply.intent == "say" and naming <= shown(reply), render_text(reply)
    assert shown(reply) & set(FACTS.statements) <= naming


def test_according_to_a_report_who_did_something_is_not_who_reported_it() -> None:
    """"According to Sputnik, who represented Armenia?" asks what the report says, not which outlet
    reported what: never the attribution of another fact."""
    reply = SHIPPED.ask("According to Sputnik, who represented Armenia?")
    armenia = {s.id for s in FACTS.speakers.values() if s.attended and s.country == "Armenia"}
    # Sputnik Armenia does not say: no answer from it, but the report that does is shown
    assert not reply.answered and reply.intent != "attribution", render_text(reply)
    assert reply.headline.startswith("Nothing on this from Sputnik") and listed(reply) & armenia, render_text(reply)


def test_a_country_in_a_publishers_name_is_still_the_country() -> None:
    """"Sputnik Armenia": a question about Armenia names no report."""
    reply = SHIPPED.ask("What did the prime minister of Armenia say?")
    assert reply.intent == "say" and "Grigoryan" in render_text(reply)


def test_who_reported_a_count_is_still_the_attribution() -> None:
    reply = SHIPPED.ask("According to whom were 22 documents signed?")
    assert reply.answered and reply.intent == "attribution" and "TASS" in reply.headline


def test_what_x_said_according_to_a_report_is_still_what_x_said() -> None:
    """The report's "say" frame goes with its name; the question's own "say" stays."""
    reply = SHIPPED.ask("According to Asia-Plus, what did Lebedev say?")
    own = {s.id for s in FACTS.statements.values() if s.speaker == "lebedev"}
    assert reply.answered and reply.intent == "say" and own <= shown(reply), render_text(reply)


# -- the next meeting beyond its date and place; a short subject no fact holds ----------------


@pytest.mark.parametrize("question", ["Who will chair the next meeting?", "Who will speak at the next meeting?",
                                      "Кто выступит на следующем заседании?"])
def test_who_does_what_at_the_next_meeting_is_not_its_date_and_place(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)


@pytest.mark.parametrize("question", ["Which country hosts the next meeting?", "Who will host the next meeting?"])
def test_who_hosts_the_next_meeting_is_the_schedule_not_this_meetings_delegations(question: str) -> None:
    schedule = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "schedule"}
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) & schedule and PARTICIPANTS_ID not in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Was a document on gas signed?", "Was anything signed about tax?"])
def test_a_document_on_a_short_subject_no_fact_holds_is_not_the_whole_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "documents", render_text(reply)


def test_what_was_decided_in_another_month_of_the_year_is_not_this_meetings_documents() -> None:
    documents = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "document"}
    for question in ("Что было решено летом 2023?", "What was decided in June 2023?"):
        reply = SHIPPED.ask(question)
        assert not shown(reply) & documents, render_text(reply)
    assert SHIPPED.ask("What was signed in October 2023?").intent == "documents"


@pytest.mark.parametrize("question", ["How many documents did Kyrgyzstan sign?", "Сколько документов подписала Армения?"])
def test_how_many_documents_one_country_signed_is_no_count_the_reports_give(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "count", render_text(reply)


# -- "when" and "where" are answered only by a fact that names a time or a place ---------------


@pytest.mark.parametrize("question", ["When was the CIS founded?", "Когда была основана СНГ?"])
def test_when_is_not_answered_by_a_fact_that_names_no_time(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)


def test_where_is_not_answered_by_a_fact_that_names_no_place() -> None:
    reply = SHIPPED.ask("Where is the Year of the Volunteer launched?")
    assert reply.answered is False, render_text(reply)


@pytest.mark.parametrize("question", ["When was the meeting?", "Where was the meeting held?", "Где прошло заседание?"])
def test_when_and_where_of_the_meeting_are_still_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and FACTS.meeting is not None and FACTS.meeting.id in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Who proposed holding the meeting in Bishkek?",
                                      "По чьему предложению заседание провели в Бишкеке?"])
def test_whose_proposal_the_venue_was_is_the_background_not_a_speakers_proposal(question: str) -> None:
    background = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "background"}
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) & background, render_text(reply)
    assert not shown(reply) & set(FACTS.statements)


# -- Russian typed in Latin letters reads as the Russian question for the overview ----------


@pytest.mark.parametrize(("latin", "russian"), [("chto obsuzhdali", "что обсуждали"), ("kakie itogi", "какие итоги"),
                                               ("kakie temy obsuzhdali", "какие темы обсуждали")])
def test_an_overview_question_typed_in_latin_letters_gets_the_russian_questions_answer(latin: str, russian: str) -> None:
    typed, asked = SHIPPED.ask(latin), SHIPPED.ask(russian)
    assert asked.intent == "overview", "precondition: the Russian question is an overview"
    assert (typed.intent, typed.fact_id, typed.language) == (asked.intent, asked.fact_id, asked.language)


# -- money no report gives, and who made a thing ---------------------------------------------------


@pytest.mark.parametrize("question", [
    "How much did Kyrgyzstan spend on the hosting of the council?",
    "how much did the Russian government pay for the meeting",
    "Сколько денег потратил Кыргызстан на проведение встречи?",
])
def test_money_no_report_gives_is_not_answered_with_a_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered
    assert reply.score is not None and reply.score < 60


@pytest.mark.parametrize("question", ["Who designed the jubilee medal?", "who created the medal for the 80th anniversary",
                                      "Кто разработал юбилейную медаль?"])
def test_who_made_a_thing_the_reports_only_name_is_not_answered(question: str) -> None:
    assert not SHIPPED.ask(question).answered


def test_what_a_person_said_about_a_figure_is_still_their_words() -> None:
    reply = SHIPPED.ask("What did Aripov say about how much trade grew?")
    assert reply.intent == "say"


# -- "if you believe X" names the authority; "in which areas" asks for the subjects -----------------


@pytest.mark.parametrize("question", ["Which documents were signed, if you believe TASS?",
                                      "Какие документы подписаны, если верить ТАСС?"])
def test_if_you_believe_a_report_is_that_reports_account(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents"
    assert {FACTS.entry(fact_id).source for fact_id in shown(reply)} == {"tass-2023-10-26"}


@pytest.mark.parametrize("question", ["In which areas were documents signed?", "In what fields were agreements signed?"])
def test_in_which_areas_were_documents_signed_shows_the_subjects(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    assert "geodesy" in render_text(reply).lower() or "геодез" in render_text(reply).lower()


# -- a date that frames another question; a stranger's reaction to the results ---------------------


@pytest.mark.parametrize("question", ["Who was the Belarusian prime minister taking part in the 26 October 2023 session?",
                                      "Who represented Belarus on 26 October?"])
def test_a_date_framing_a_who_question_answers_the_who(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "golovchenko", render_text(reply)


@pytest.mark.parametrize("question", ["How did Lukashenko react to the outcome?",
                                      "Как отреагировал Пашинян на итоги заседания?"])
def test_a_stranger_s_view_of_the_results_is_not_the_results(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- a report's own item number is not a count ------------------------------------------------------


@pytest.mark.parametrize(("question", "number", "fact"), [
    ("What is item 10.1 of the Kyrgyz government's list about?", "10.1", "doc-financing-afghanistan-search"),
    ("What is document No. 5 on the list?", "5", "doc-mining-metallurgy-measures"),
    ("О чём документ № 4 в перечне?", "4", "doc-uranium-recultivation-program"),
])
def test_an_item_number_is_the_item_the_report_itself_numbers_so(question: str, number: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents" and reply.fact_id == fact, render_text(reply)
    assert number in reply.headline and "Kyrgyz" in reply.headline  # the report whose numbering it is
    assert not shown(reply) & document_counts()


@pytest.mark.parametrize("question", ["What is item 12.3 of the list?", "Что в пункте 14 перечня документов?",
                                      "What is item 5 on the TASS list?"])
def test_an_item_number_no_list_has_is_said_not_guessed_or_counted(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents", render_text(reply)
    assert not shown(reply) & document_counts()


def test_a_place_on_the_list_in_words_is_still_answered() -> None:
    reply = SHIPPED.ask("What is the third document on the list?")
    assert reply.answered and reply.fact_id in FACTS.agreements


# -- holdout 8's classes: a date beside an off-topic subject, the EAEU's council, an amount without
# "how much", the bot's judgement, "how did X call Y", taking part in something other than the meeting,
# what was signed at the next meeting ---------------------------------------------------------------


@pytest.mark.parametrize("question", ["What was the weather like in Bishkek on 26 October?",
                                      "Какая погода была в Бишкеке 26 октября 2023 года?",
                                      "temperature in bishkek 26 oct"])
def test_a_subject_the_reports_never_mention_is_not_answered_by_the_meetings_date(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["EAEU intergovernmental council results", "итоги межправсовета ЕАЭС в 2023 году",
                                      "what did the Eurasian intergovernmental council decide in Yerevan"])
def test_the_eaeu_intergovernmental_council_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What was the total budget of the CIS bodies for 2024?",
                                      "Каков общий бюджет органов СНГ на 2024 год?",
                                      "size of the cis budget approved in bishkek",
                                      "total budget of the CIS bodies approved for 2024"])
def test_an_amount_of_money_asked_without_how_much_is_not_answered_with_a_count(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Is the free trade zone good for Uzbekistan?", "would the energy plans be beneficial to uzbekistan",
                                      "Выгодна ли зона свободной торговли Узбекистану?", "Полезна ли электронная торговля для Узбекистана?"])
def test_whether_a_thing_is_good_for_a_country_asks_for_a_judgement_no_report_gives(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def _speakers(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {s.speaker for fact in shown(reply) if isinstance(s := FACTS.entry(fact), Statement)}


@pytest.mark.parametrize(("question", "speaker"), [("Как Арипов назвал зону свободной торговли?", "aripov"),
                                                  ("Как премьер Узбекистана назвал электронную торговлю?", "aripov"),
                                                  ("Как глава правительства Узбекистана назвал промышленную кооперацию?",
                                                   "aripov")])
def test_how_a_person_called_a_thing_is_their_words_not_their_delegation(question: str, speaker: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent != "attend", render_text(reply)
    assert _speakers(reply) == {speaker}


@pytest.mark.parametrize("question", ["Is Kazakhstan ready to take part in developing transit corridors?",
                                      "Готов ли Казахстан участвовать в развитии транзитных маршрутов?"])
def test_taking_part_in_something_other_than_the_meeting_is_not_attendance(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent != "attend", render_text(reply)
    assert _speakers(reply) == {"smailov"}


@pytest.mark.parametrize("question", ["Какие документы были подписаны в Ашхабаде в мае 2024?",
                                      "Which agreements were signed in Ashgabat in May 2024?"])
def test_what_was_signed_at_the_next_meeting_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- "showed up", which reports carry a person's words ----------------------------------------------


@pytest.mark.parametrize(("question", "person"), [("Who turned up for Belarus in Bishkek?", "golovchenko"),
                                                  ("who showed up from Russia", "mishustin")])
def test_showing_up_is_attending(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person, render_text(reply)


@pytest.mark.parametrize(("question", "person"), [("Which outlets published Aripov's speech?", "aripov"),
                                                  ("Which reports carry Mishustin's words?", "mishustin"),
                                                  ("где опубликована речь Арипова", "aripov"),
                                                  ("в каких публикациях есть слова Мишустина", "mishustin")])
def test_which_reports_carry_a_persons_words_names_every_report_of_them(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    theirs = {s.source for s in FACTS.statements.values() if s.speaker == person}
    named = {FACTS.sources[source].publisher for source in theirs}
    text = render_text(reply)
    assert len(named) >= 1 and all(publisher in text for publisher in named), text


# -- what a speaker reported, what is known about a person or the meeting -----------------------------


@pytest.mark.parametrize("question", ["what did Meredov report", "Что доложил Мередов?"])
def test_what_a_speaker_reported_is_their_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say" and "meredov-preparations" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("Что известно о Головченко?", "golovchenko"),
                                                ("what do we know about Grigoryan", "grigoryan")])
def test_what_is_known_about_a_person_is_their_entry(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize("question", ["tell me about the meeting", "Что известно о заседании?", "расскажи о встрече"])
def test_what_is_known_about_the_meeting_is_its_overview(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview", render_text(reply)


# -- holdout 9's classes: why, a share, money counted, a numbered sub-item, after the next meeting,
# who summed up, where a proposed forum is, two reports named, quoted directly --------------------------


@pytest.mark.parametrize("question", ["Why did the meeting take place on the 26th rather than the 27th?",
                                      "Почему Кыргызстан захотел принять заседание?",
                                      "why did Kyrgyzstan host the council"])
def test_why_is_not_answered_by_a_fact_that_gives_no_reason(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_why_the_reports_differ_is_answered_by_the_counts_each_gives() -> None:
    reply = SHIPPED.ask("Why do TASS and Asia-Plus give different numbers of documents?")
    assert reply.answered and reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


def test_why_is_answered_by_a_fact_that_gives_the_reason() -> None:
    reply = SHIPPED.ask("Why did the heads of delegations make proposals?")
    assert reply.answered and "aimed at" in render_text(reply)


@pytest.mark.parametrize("question", ["By what percentage did mutual trade grow, according to Smailov?",
                                      "На сколько процентов вырос взаимный товарооборот?"])
def test_a_share_asked_is_not_answered_by_a_quote_without_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_how_much_money_is_not_a_count_of_documents() -> None:
    reply = SHIPPED.ask("Сколько денег выделено по девяти документам о финансировании?")
    assert not reply.answered and not shown(reply) & document_counts(), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("О чем документ 10.1?", "doc-financing-afghanistan-search"),
                                                ("what is 10.1 on the Kyrgyz list", "doc-financing-afghanistan-search"),
                                                ("document 5 of the Kyrgyz list", "doc-mining-metallurgy-measures")])
def test_a_numbered_document_is_the_item_not_two_numbers(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize("question", ["Where do they meet after the Ashgabat meeting?",
                                      "где соберутся после заседания в Ашхабаде"])
def test_the_meeting_after_the_next_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


def test_who_summed_up_the_results_is_a_person_not_the_results() -> None:
    reply = SHIPPED.ask("who summed up the results of the meeting")
    assert reply.answered and reply.intent != "overview" and _speakers(reply) == {"lebedev"}, render_text(reply)


def test_where_a_proposed_forum_is_held_is_not_answered_by_the_proposal_naming_no_place() -> None:
    reply = SHIPPED.ask("Where will the interregional forum proposed by Aripov be held?")
    assert not reply.answered, render_text(reply)


def test_two_reports_named_in_a_count_get_both_counts() -> None:
    reply = SHIPPED.ask("Do TASS and Asia-Plus agree on the number of documents signed?")
    assert reply.intent == "count" and "20" in reply.headline and "22" in reply.headline, render_text(reply)


def test_which_reports_quote_a_person_directly_leaves_out_paraphrases() -> None:
    reply = SHIPPED.ask("Which reports quote Aripov directly?")
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    quoted = [FACTS.statements[i] for i in shown(reply) if i in FACTS.statements]
    assert quoted and all(s.speaker == "aripov" and not s.paraphrase for s in quoted)


# -- a claim naming the wrong person is corrected; a year a document runs to is not another event ----


@pytest.mark.parametrize(("question", "named", "speaker"), [
    ("Is it true that Mishustin proposed a unified CIS energy system?", "Mishustin", "aripov"),
    ("Правда ли, что Мишустин предложил единую энергосистему?", "Мишустин", "aripov"),
    ("Is it true Kazakhstan proposed a common CIS e-commerce platform?", "Smailov", "aripov"),
])
def test_a_claim_naming_the_wrong_person_shows_whose_words_they_are(question: str, named: str, speaker: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and _speakers(reply) == {speaker}, render_text(reply)
    assert named in reply.headline  # said plainly: not that person's words


def test_asking_what_a_person_said_on_a_topic_they_never_spoke_on_is_not_given_someone_else() -> None:
    reply = SHIPPED.ask("What did Mishustin say about energy?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What 2025 anniversary do the signed documents prepare for?",
                                      "какая программа рассчитана до 2026 года"])
def test_a_year_a_document_runs_to_is_not_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id in FACTS.agreements, render_text(reply)


# -- "rather than", a city's adjective ----------------------------------------------------------------


def test_rather_than_leaves_the_second_half_out() -> None:  # the deputies, not the prime ministers
    reply = SHIPPED.ask("Which delegations were led by deputy PMs rather than by prime ministers?")
    deputies = {s.id for s in FACTS.speakers.values() if s.attended and re.search(r"\b(deputy|vice)\b", s.role, re.I)}
    assert reply.answered and shown(reply) == deputies, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("Кто был от Туркменистана на бишкекском заседании?", "geldimyradov"),
                                                ("Кто приехал от Армении на бишкекскую встречу?", "grigoryan")])
def test_a_citys_adjective_is_read_as_the_city(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


# -- the review's cases: numbered things that are not the list of documents, dates with dots, claims
# the reports are silent on, taking part in the meeting's own parts, opinions a speaker voiced -------


@pytest.mark.parametrize("question", ["What was item 2 on the agenda?", "Какой был пункт 3 повестки дня?",
                                      "What was the number 1 topic discussed?"])
def test_a_number_on_the_agenda_or_a_ranking_is_not_an_item_of_the_documents_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered or reply.fact_id not in FACTS.item_numbers, render_text(reply)


@pytest.mark.parametrize("question", ["Что подписали 26.10?", "What was signed at 10.30?"])
def test_a_date_or_a_time_with_a_dot_is_neither_an_item_nor_two_numbers(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents", render_text(reply)


def test_who_signed_a_numbered_document_is_not_answered_with_the_document() -> None:
    reply = SHIPPED.ask("Who signed document 7?")
    assert not reply.answered, render_text(reply)


def test_a_claim_about_a_person_the_reports_are_silent_on_is_not_said_to_be_false() -> None:
    reply = SHIPPED.ask("Is it true that Mishustin talked about transport corridors?")
    assert "Smailov" in reply.headline and "nothing of Mikhail Mishustin" in reply.headline, render_text(reply)
    assert not SHIPPED.ask("What did Mishustin really say about transport?").answered  # a question, not a claim


@pytest.mark.parametrize(("question", "person"), [("Did Smailov take part in the plenary session?", "smailov"),
                                                  ("Did Aripov participate in the signing ceremony?", "aripov"),
                                                  ("Участвовала ли Армения в подписании документов?", "grigoryan")])
def test_taking_part_in_the_meetings_own_parts_is_attendance(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attend" and reply.fact_id == person, render_text(reply)


def test_what_a_speaker_said_was_good_for_something_is_their_words_not_an_opinion_asked() -> None:
    reply = SHIPPED.ask("What did Smailov say was beneficial for economic cooperation?")
    assert reply.answered and _speakers(reply) == {"smailov"}, render_text(reply)


@pytest.mark.parametrize("question", ["Почему следующее заседание в Ашхабаде?", "Why were 20 documents signed?"])
def test_a_proposal_or_a_count_does_not_answer_a_why_it_does_not_explain(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_two_reports_named_with_say_still_get_both_counts() -> None:
    reply = SHIPPED.ask("What do TASS and Asia-Plus say about how many documents were signed?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


# -- the preparations in the next meeting's city, whose report says "the capital" --------------------


@pytest.mark.parametrize("question", ["Когда в Ашхабаде будет брифинг?", "When is the working meeting in Ashgabat?",
                                      "what is planned in Ashgabat on 20 May"])
def test_the_briefing_and_working_meeting_in_ashgabat_are_the_preparations_reported(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "meredov-preparations", render_text(reply)


def test_the_next_meetings_city_alone_is_still_the_next_meeting() -> None:
    assert SHIPPED.ask("ashgabat").fact_id == "next-meeting-ashgabat"


# -- holdout 10's classes: the days asked, a figure asked, who stayed away, who and what in one
# question, the reports' languages, two reports' counts named in Russian ---------------------------


@pytest.mark.parametrize("question", ["В какие числа апреля будет Иннопром?", "On which days in April is Innoprom held?"])
def test_the_days_asked_are_not_answered_by_a_month(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_the_day_of_the_next_meeting_is_answered_by_the_fact_that_gives_it() -> None:
    reply = SHIPPED.ask("which day in May is the Ashgabat meeting")
    assert reply.answered and "24" in render_text(reply)


def test_a_figure_asked_is_not_answered_by_a_quote_without_one() -> None:
    reply = SHIPPED.ask("What trade turnover figure did Smailov give?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Какие страны СНГ не прислали делегации?", "which CIS countries did not attend?",
                                      "who was absent from the meeting"])
def test_who_stayed_away_is_not_answered_with_who_came(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "participants", render_text(reply)
    assert reply.suggestions and reply.suggestions[0].fact_id == PARTICIPANTS_ID  # who came, to open


@pytest.mark.parametrize(("question", "speaker"), [("Who represented Uzbekistan and what did he propose?", "aripov"),
                                                  ("who spoke for Russia and what did he say", "mishustin")])
def test_who_represented_a_country_and_what_they_said_gets_their_words(question: str, speaker: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say" and _speakers(reply) == {speaker}, render_text(reply)


@pytest.mark.parametrize("question", ["Which of the reports are written in Russian?", "какие публикации на русском языке"])
def test_the_reports_language_is_not_the_country_russia(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "sources", render_text(reply)


def test_two_reports_named_in_cyrillic_get_both_counts() -> None:
    reply = SHIPPED.ask("Чем отличается число подписанных документов у ТАСС и Asia-Plus?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


# -- holdout 7's classes (after its blind first run): a refusal to sign, the Secretary General by title,
# a document on the subject before a report's summary ------------------------------------------------


@pytest.mark.parametrize("question", ["Which country refused to sign the Victory plan?", "кто не подписал соглашение",
                                      "did Azerbaijan decline to sign anything?"])
def test_a_refusal_to_sign_is_not_answered_with_the_document(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What did the CIS Secretary General say?", "Что сказал генсек СНГ?",
                                      "слова генерального секретаря СНГ", "Как генсек оценил итоги заседания?"])
def test_the_secretary_general_by_title_is_lebedev(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say" and (_speakers(reply) == {"lebedev"} or reply.fact_id == "lebedev")


@pytest.mark.parametrize("question", ["Кто станет следующим генсеком СНГ?", "who will become the next Secretary General"])
def test_who_succeeds_the_secretary_general_is_not_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_who_will_attend_a_meeting_is_not_taken_for_a_succession() -> None:
    reply = SHIPPED.ask("who will attend the meeting in Ashgabat")
    assert reply.intent == "other-event", render_text(reply)


def test_a_document_on_the_subject_comes_before_a_reports_summary() -> None:
    reply = SHIPPED.ask("Подписано ли что-то по геодезии и картографии?")
    assert reply.answered and reply.fact_id == "doc-geodesy-cartography-program", render_text(reply)


def test_a_who_question_is_not_answered_by_a_schedule_naming_no_one() -> None:
    reply = SHIPPED.ask("Who in Turkmenistan announced the preparations for the Ashgabat meeting?")
    assert not reply.answered or _speakers(reply) == {"meredov"}, render_text(reply)


def test_whose_initiative_the_concept_was_is_answered_by_the_words_that_say_so() -> None:
    reply = SHIPPED.ask("По чьей инициативе принята концепция промышленной кооперации?")
    assert reply.answered and _speakers(reply) == {"aripov"}, render_text(reply)


# -- the second review's cases ----------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Which forum will be held in Ashgabat?", "Какой форум пройдёт в Ашхабаде?"])
def test_a_forum_elsewhere_is_not_placed_in_the_next_meetings_city(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Что сказал генсек ООН?", "What did the UN Secretary General say?"])
def test_another_bodys_secretary_general_is_not_lebedev(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_title_with_a_country_is_that_countrys_holder() -> None:
    # both Turkmen deputy chairmen are "вице-премьер"; the reports quote Meredov, so his words come first
    reply = SHIPPED.ask("Что сказал вице-премьер Туркменистана?")
    assert reply.fact_id in (None, "geldimyradov", "meredov") and "Мередов" in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("Did Armenia not send its prime minister?", "grigoryan"),
                                                ("Didn't Turkmenistan take part?", "geldimyradov")])
def test_a_negated_question_about_one_country_gets_its_delegate(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


def test_a_yes_no_question_on_a_document_not_signed_is_answered_from_the_facts() -> None:
    reply = SHIPPED.ask("Was the agreement on free trade in services not signed in June?")
    assert reply.answered and reply.fact_id == "sochi-earlier-decisions", render_text(reply)


def test_which_documents_were_not_signed_is_not_answered_with_the_signed_ones() -> None:
    assert not SHIPPED.ask("What documents weren't signed?").answered


def test_the_key_figures_present_are_people_not_numbers() -> None:
    reply = SHIPPED.ask("Who were the main political figures at the meeting?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_becoming_the_next_host_is_not_a_succession() -> None:
    assert SHIPPED.ask("Who will become the next host?").fact_id == "next-meeting-ashgabat"


def test_a_report_named_in_cyrillic_is_that_report() -> None:
    reply = SHIPPED.ask("В чём разница между ТАСС и Азия-Плюс по числу документов?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


@pytest.mark.parametrize(("text", "names_a_day"), [("24 May", True), ("May 24", True), ("Oct. 26", True),
                                                   ("26 октября", True), ("12 decisions", False), ("3 maybe", False)])
def test_a_day_of_a_month_is_a_number_beside_a_whole_months_name(text: str, names_a_day: bool) -> None:
    """What "which day" needs from a fact: "12 decisions" is no day in December."""
    from bot.intents.retrieval import _DAY_IN_RE

    assert bool(_DAY_IN_RE.search(text)) is names_a_day


# -- a question about a report itself: whom it credits, when it came out ---------------------


@pytest.mark.parametrize(("question", "agency"), [
    ("Which news agencies does Asia-Plus credit?", "Interfax"),
    ("where did TASS get its information from", "Kyrgyz government"),
    ("Со ссылкой на кого пишет Asia-Plus?", "Интерфакс"),
    ("Откуда AzerNews узнал о речи Арипова?", "Kun News"),
])
def test_whom_a_report_credits_is_the_agencies_it_cites(question: str, agency: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    assert agency in reply.headline


def test_when_a_report_came_out_is_its_date_with_its_link() -> None:
    reply = SHIPPED.ask("When did Asia-Plus publish its story?")
    assert reply.answered and "27 October 2023" in reply.headline
    assert any("asiaplustj.info" in line for line in reply.details)


def test_a_report_with_no_agency_on_record_is_not_given_one() -> None:
    trend = next(s for s in FACTS.sources.values() if s.publisher == "Trend News Agency" and not s.via)
    reply = SHIPPED.ask(f"Which agency does Trend cite in its {trend.published:%B} report?")
    agencies = [s.via for s in FACTS.sources.values() if s.via]
    assert not any(a in render_text(reply) for a in agencies), render_text(reply)
    assert not reply.answered or "names no agency" in reply.headline, "said to have none, never given one"


def test_the_meetings_date_as_a_report_gives_it_is_not_the_reports_own_date() -> None:
    reply = SHIPPED.ask("When was the meeting, as published by the Astana Times?")
    assert reply.intent != "report"


@pytest.mark.parametrize("question", ["At what time did Asia-Plus publish its story?", "Во сколько вышла заметка Азия-Плюс?"])
def test_the_hour_a_report_came_out_is_not_answered_with_its_date(question: str) -> None:  # TASS's is kept: 16:57
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "report", render_text(reply)


# -- X on a subject: X's one statement that holds it, though another's words score higher -----


def test_a_word_only_one_of_the_speakers_statements_holds_finds_that_statement() -> None:
    reply = SHIPPED.ask("What does the abbreviation TITR mean in Smailov's speech?")
    assert reply.answered and reply.fact_id == "smailov-transport-routes", render_text(reply)


@pytest.mark.parametrize("question", ["What volume of mutual trade did Smailov name?",
                                      "Какой объём взаимной торговли назвал Смаилов?"])
def test_the_speakers_statement_on_the_subject_does_not_answer_for_a_figure_it_lacks(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- holdout 11's classes (after its blind first run): the outcome in a count, a past "actually",
# -- a month meant in its report's year, chairing, objections, a figure someone cited, two reports' versions


def test_documents_counted_as_the_meetings_outcome_give_every_reports_count() -> None:
    reply = SHIPPED.ask("Сколько документов подписали по итогам заседания в Бишкеке?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


def test_when_it_actually_happened_is_a_question_of_fact_not_of_opinion() -> None:
    reply = SHIPPED.ask("Which date was first announced, and on which day did the meeting actually happen?")
    assert reply.intent != "opinion" and reply.answered, render_text(reply)


def test_a_month_and_year_match_a_later_reports_day_in_that_month() -> None:
    reply = SHIPPED.ask("Who told the Turkmen cabinet how the May 2024 meeting was being prepared?")
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Who chaired the session in Bishkek?", "Кто председательствовал на заседании?",
                                      "Which country holds the CIS chairmanship in 2024?",
                                      "Какая страна председательствует в СНГ в 2024-м?"])
def test_who_chaired_is_not_answered(question: str) -> None:
    assert not SHIPPED.ask(question).answered


def test_a_deputy_chairman_in_a_title_is_still_a_person_asked_for() -> None:
    reply = SHIPPED.ask("Who was the Deputy Chairman of the Cabinet of Ministers of Turkmenistan at the meeting?")
    assert reply.answered and "geldimyradov" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Who opposed revising the free trade agreement?",
                                      "Кто возражал против зоны свободной торговли?"])
def test_who_objected_is_not_answered_with_the_proposal(question: str) -> None:
    assert not SHIPPED.ask(question).answered


def test_a_figure_a_speaker_cited_is_not_answered_by_their_words_without_one() -> None:
    reply = SHIPPED.ask("Which trade turnover figure did Smailov cite?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["How do Trend and AzerNews each render Aripov's words on energy?",
                                      "Как Trend и AzerNews передают слова Арипова об энергосистемах?"])
def test_two_reports_named_with_a_speaker_show_each_reports_version(question: str) -> None:
    reply = SHIPPED.ask(question)
    sources = {FACTS.statements[i].source for i in shown(reply) if i in FACTS.statements}
    assert reply.answered and len({FACTS.sources[s].publisher for s in sources}) == 2, render_text(reply)
    assert all(FACTS.statements[i].speaker == "aripov" for i in shown(reply)), render_text(reply)


def test_within_the_framework_of_is_not_a_subject_in_russian() -> None:
    reply = SHIPPED.ask("Где пройдёт форум в рамках «Иннопрома»?")
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "document"), [
    ("Was there any document at all mentioning Afghanistan among those signed?", "doc-financing-afghanistan-search"),
    ("Did they sign anything at all about the oil and gas and power industry?", "doc-fuel-energy-digital-transformation"),
])
def test_a_documents_subject_is_scored_without_the_words_every_document_shares(question: str, document: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and document in shown(reply), render_text(reply)


def test_the_year_asked_of_a_documents_agreement_is_answered_by_the_document_giving_it() -> None:
    reply = SHIPPED.ask("The measures for the mining and metallurgical industry implement an agreement of which year?")
    assert reply.answered and "2016" in render_text(reply), render_text(reply)
    assert reply.fact_id == "doc-mining-metallurgy-measures"


# -- words that carry no subject: a relative pronoun, "give me", "exact"; "characterise" asks for words


@pytest.mark.parametrize("question", ["Назовите премьеров, которые приехали на заседание",
                                      "Перечислите делегации, которые участвовали в заседании"])
def test_a_relative_pronoun_is_no_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_give_me_the_exact_quote_asks_for_the_quote() -> None:
    reply = SHIPPED.ask("Дайте точную цитату Мишустина о надёжном союзнике")
    assert reply.answered and reply.fact_id in {s.id for s in FACTS.statements.values() if s.speaker == "mishustin"}, \
        render_text(reply)


def test_how_someone_characterised_the_talks_is_what_they_said() -> None:
    reply = SHIPPED.ask("How did Lebedev characterise the talks?")
    assert reply.answered and reply.intent == "say", render_text(reply)


# -- the preparations in Ashgabat: "scheduled", "on the eve of"; the exact day from a fact nearly as close


@pytest.mark.parametrize("question", ["Когда был запланирован брифинг в Ашхабаде?",
                                      "На какое число назначена рабочая встреча в Ашхабаде?"])
def test_what_was_scheduled_before_the_next_meeting_is_the_preparations(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


def test_the_exact_day_asked_comes_from_a_fact_that_gives_one() -> None:
    reply = SHIPPED.ask("Какого именно числа в мае 2024 года назначено заседание в Ашхабаде?")
    assert reply.answered and re.search(r"\b24\b", render_text(reply)), render_text(reply)


# -- which report holds a list: the documents one by one, the heads of delegation


@pytest.mark.parametrize("question", ["Which publication lists all the signed documents one by one?",
                                      "В каком источнике есть полный перечень подписанных документов?"])
def test_the_report_listing_the_documents_is_the_one_whose_list_the_fact_base_keeps(question: str) -> None:
    reply = SHIPPED.ask(question)
    listed = {a.source for a in FACTS.agreements.values() if a.agreement_kind == "document"}
    holder = max(listed, key=lambda s: sum(a.source == s for a in FACTS.agreements.values()
                                           if a.agreement_kind == "document"))
    assert reply.answered and FACTS.sources[holder].url in render_text(reply), render_text(reply)


def test_the_report_listing_the_delegation_heads_is_the_participants_source() -> None:
    reply = SHIPPED.ask("Which outlet gives the complete list of the heads of delegation?")
    source = FACTS.sources[next(s.source for s in FACTS.speakers.values() if s.attended)]
    assert reply.answered and source.url in render_text(reply), render_text(reply)


def test_a_list_asked_for_without_asking_which_report_is_the_list_itself() -> None:
    assert SHIPPED.ask("What is the full list of documents?").intent == "documents"


# -- the host ("принимающая сторона"), "analyse", the language a report is written in


@pytest.mark.parametrize("question", ["Кто представлял принимающую сторону?", "Кто приехал от принимающей стороны?"])
def test_the_host_side_is_the_host_countrys_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    host = next(s.id for s in FACTS.speakers.values() if s.attended and s.country == "Kyrgyzstan")
    assert reply.answered and host in shown(reply), render_text(reply)


def test_who_will_analyse_the_proposals_is_the_statement_saying_so() -> None:
    reply = SHIPPED.ask("Кто проанализирует предложения делегаций?")
    assert reply.answered and "lebedev-proposals-analysis" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "language"), [("In which language is the TASS story written?", "Russian"),
                                                    ("На каком языке статья Asia-Plus?", "английском")])
def test_the_language_a_report_is_in_is_its_recorded_language(question: str, language: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and language in reply.headline, render_text(reply)


# -- sport and surveying in other words; the sport of a championship no report names


@pytest.mark.parametrize(("question", "document"), [
    ("Подписали ли что-нибудь спортивное?", "doc-cis-championship"),
    ("Did they sign anything about surveying and maps?", "doc-geodesy-cartography-program"),
])
def test_a_subject_in_other_words_finds_its_document(question: str, document: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and document in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What sport is the CIS championship in?", "По какому виду спорта чемпионат СНГ?"])
def test_the_sport_of_the_championship_is_not_answered_with_its_title(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- "the reports" in general frame a question about a person; "какими" asks, it is no subject


def test_as_the_reports_describe_someone_is_who_they_are() -> None:
    reply = SHIPPED.ask("Who is Meredov as described in the reports?")
    assert reply.answered and reply.fact_id == "meredov", render_text(reply)


def test_with_which_initiatives_someone_came_forward_is_what_they_proposed() -> None:
    reply = SHIPPED.ask("Кто был от Узбекистана и с какими предложениями он выступил?")
    aripov = {s.id for s in FACTS.statements.values() if s.speaker == "aripov"}
    assert reply.answered and shown(reply) & aripov, render_text(reply)


# -- a claim checked with a number the reports give otherwise: the fact, and that no report gives the number


@pytest.mark.parametrize(("question", "asked", "fact"), [
    ("The geodesy programme runs until 2030, right?", "2030", "doc-geodesy-cartography-program"),
    ("The measures for the mining and metallurgy industry implement an agreement dated 2018, right?", "2018",
     "doc-mining-metallurgy-measures"),
    ("The Victory anniversary is celebrated in 2026, isn't it?", "2026", "doc-victory-80th-anniversary-plan"),
])
def test_a_wrong_year_checked_gets_the_fact_and_is_said_to_be_in_no_report(question: str, asked: str,
                                                                             fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "check" and fact in shown(reply), render_text(reply)
    assert asked in reply.headline and asked not in render_text(reply).replace(reply.headline, ""), render_text(reply)


@pytest.mark.parametrize("question", [
    "Were 20 documents signed?", "results of the 2019 meeting", "Was anything signed in 2019?",
    # another relation: an end year ("up to 2030") is no adoption year; a year inside a span is no other year
    "The Afghanistan servicemen went missing in 1985, right?",
    "The technological platforms regulation was adopted in 2015, right?",
    # too little said to know which fact is meant
    "pravda li chto soglashenie 2019 goda?",
])
def test_a_count_another_relation_or_a_vague_claim_is_no_claim_to_correct(question: str) -> None:
    assert SHIPPED.ask(question).intent != "check", render_text(SHIPPED.ask(question))


# -- a report as the one quoting: "какие слова X приводит Trend" is X's words in that report


def test_a_speakers_words_a_named_report_carries_are_that_reports_only() -> None:
    reply = SHIPPED.ask("Какие высказывания Арипова приводит AzerNews?")
    azernews = {s.id for s in FACTS.sources.values() if s.publisher.startswith("AzerNews")}
    assert reply.answered and shown(reply) - {"aripov"}, render_text(reply)
    assert all(FACTS.statements[i].source in azernews for i in shown(reply) if i in FACTS.statements), render_text(reply)


def test_which_report_quotes_someone_is_still_a_question_about_the_reports() -> None:
    reply = SHIPPED.ask("Which reports quote Mishustin?")
    assert reply.answered and reply.intent == "attribution", render_text(reply)


# -- the second review's cases: a report named as the authority is not a question about the report


@pytest.mark.parametrize("question", ["where did the meeting take place, according to TASS?",
                                      "who took the floor according to TASS?",
                                      "когда пройдёт заседание, о котором опубликовал Turkmenportal?",
                                      "на каком языке говорил Мишустин по данным Asia-Plus?"])
def test_a_question_naming_a_report_as_its_authority_is_not_about_the_report(question: str) -> None:
    assert SHIPPED.ask(question).fact_id != SOURCES_ID, render_text(SHIPPED.ask(question))


@pytest.mark.parametrize("question", ["which report lists the medal document?",
                                      "which report lists the documents signed in Sochi?",
                                      "which site lists the heads of delegations at the Ashgabat meeting?"])
def test_a_list_of_something_in_particular_is_not_the_report_with_the_whole_list(question: str) -> None:
    assert SHIPPED.ask(question).intent != "report", render_text(SHIPPED.ask(question))


@pytest.mark.parametrize(("question", "fact"), [("who chairs the Cabinet of Ministers of Kyrgyzstan?", "japarov"),
                                                ("what sports documents were signed?", "doc-cis-championship")])
def test_a_title_with_chairman_and_sport_documents_are_answered(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_an_objection_rule_leaves_a_named_countrys_position_alone() -> None:
    assert SHIPPED.ask("did Uzbekistan oppose withholdings in the free trade zone?").answered


@pytest.mark.parametrize("question", ["what did Lebedev say about the economic stability?",
                                      "what did Mishustin say about reliable energy supplies?"])
def test_one_subject_word_of_two_does_not_make_a_speakers_statement_the_answer(question: str) -> None:
    assert not SHIPPED.ask(question).answered, render_text(SHIPPED.ask(question))


def test_each_reports_version_holds_the_subject_or_the_report_is_left_out() -> None:
    reply = SHIPPED.ask("Trend and AzerNews on Aripov and the Innoprom forum")
    assert all("innoprom" in render_text(SHIPPED.fact(i) or reply).lower() for i in shown(reply)
               if i in FACTS.statements), render_text(reply)


@pytest.mark.parametrize("question", ["What did Smailov say about import substitution?",
                                      "Что Смаилов говорил про электронную торговлю?"])
def test_a_speakers_statement_that_does_not_hold_the_subject_is_not_their_word_on_it(question: str) -> None:
    assert not SHIPPED.ask(question).answered, render_text(SHIPPED.ask(question))


def test_a_document_on_a_named_thing_no_fact_knows_is_not_one_sharing_its_year() -> None:
    assert not SHIPPED.ask("Was a document on the 2024 Olympic Games signed?").answered


def test_a_day_beside_its_month_is_no_count_of_documents() -> None:
    reply = SHIPPED.ask("Which document is dated October 28, 2016?")
    assert reply.intent != "count" and reply.fact_id == "doc-mining-metallurgy-measures", render_text(reply)



# -- the second review's cases


@pytest.mark.parametrize("question", ["Was the industrial cooperation concept adopted in Bishkek?",
                                      "Was a document on the e-commerce platform signed?"])
def test_a_document_sharing_half_the_subject_is_not_the_document_asked_for(question: str) -> None:
    reply = SHIPPED.ask(question)
    documents = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "document"}
    assert reply.fact_id not in documents, render_text(reply)


def test_a_report_that_quotes_nothing_of_someone_says_so() -> None:
    reply = SHIPPED.ask("Какие слова Мишустина приводит Trend?")
    assert not reply.answered and "Trend" in reply.headline, render_text(reply)


def test_the_one_named_report_that_carries_the_subject_is_said_to_be_the_only_one() -> None:
    reply = SHIPPED.ask("How do Trend and AzerNews describe Aripov on conformity assessment?")
    assert reply.answered and "only" in reply.headline, render_text(reply)
    assert all(FACTS.statements[i].source == "azernews-aripov-speech" for i in shown(reply) if i in FACTS.statements)


@pytest.mark.parametrize("question", ["What happened ahead of the meeting?", "Что было накануне заседания?"])
def test_the_day_before_the_meeting_is_not_the_meeting(question: str) -> None:
    assert not SHIPPED.ask(question).answered, render_text(SHIPPED.ask(question))


def test_two_subject_words_of_three_held_by_a_speakers_statement_make_it_theirs() -> None:
    reply = SHIPPED.ask('Is "big step" a direct quote of Aripov?')
    assert reply.answered and "aripov-industrial-concept" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "person"), [("What did Turkmenistan's foreign minister say?", "meredov"),
                                                  ("Что сказал министр иностранных дел Туркменистана?", "meredov")])
def test_a_title_beyond_head_of_government_finds_the_one_holding_it(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    said = {s.id for s in FACTS.statements.values() if s.speaker == person} | {person}
    assert reply.answered and shown(reply) <= said, render_text(reply)


@pytest.mark.parametrize("question", ["What did the Kyrgyz foreign minister say?",
                                      "What did the Russian deputy prime minister say?"])
def test_a_title_nobody_of_that_country_holds_names_nobody(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent != "say", render_text(reply)


@pytest.mark.parametrize("question", ["What was the CIS trade turnover in 2023?",
                                      "Какой был товарооборот в СНГ в 2023-м?"])
def test_a_quantity_asked_is_a_figure_the_reports_do_not_give(question: str) -> None:
    assert not SHIPPED.ask(question).answered, render_text(SHIPPED.ask(question))


def test_what_someone_said_about_a_quantity_is_still_their_words() -> None:
    assert SHIPPED.ask("What did Smailov say about trade turnover?").answered


# -- an abbreviation: the reports' own expansion, or nothing


@pytest.mark.parametrize(("question", "expansion"), [
    ("What does the abbreviation TITR stand for?", "Trans-Caspian International Transport Route"),
    ("CIS — what does it stand for?", "Commonwealth of Independent States"),
])
def test_an_abbreviation_is_expanded_as_a_report_writes_it(question: str, expansion: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and expansion in reply.headline, render_text(reply)
    assert expansion in render_text(reply).replace(reply.headline, ""), "the quote shown holds it"


def test_an_abbreviation_no_report_expands_is_not_spelt_out() -> None:
    reply = SHIPPED.ask("What does the abbreviation EAEU stand for?")
    assert reply.intent != "abbreviation", render_text(reply)


def test_standing_for_a_policy_is_no_abbreviation_asked() -> None:
    assert SHIPPED.ask("Which free trade regime in the CIS does Tashkent stand for?").intent != "abbreviation"


def test_what_someone_said_according_to_a_report_keeps_the_say() -> None:
    reply = SHIPPED.ask("What did Mishustin say according to TASS?")
    assert reply.intent == "say" and not reply.answered and "TASS" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "publisher"), [("Does TASS mention the Innoprom forum?", "TASS"),
                                                     ("What does Trend quote Aripov saying about investments?", "Trend")])
def test_a_fact_from_another_report_than_the_one_named_is_said_to_be_so(question: str, publisher: str) -> None:
    reply = SHIPPED.ask(question)  # the question as asked is not answered; the other report's fact is shown
    assert not reply.answered and reply.headline.startswith(f"Nothing on this from {publisher}"), render_text(reply)
    assert listed(reply) and all(FACTS.sources[FACTS.entry(i).source].publisher != publisher  # type: ignore[union-attr]
                                 for i in listed(reply))


@pytest.mark.parametrize("question", ["Was anything signed in the field of healthcare?",
                                      "Подписали ли что-то в сфере здравоохранения?"])
def test_a_domain_no_report_names_is_not_answered_with_the_summary_of_domains(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- a typo is read as the nearest known word ------------------------------------------------


def test_a_typo_is_read_as_the_nearest_word_not_every_word_within_reach() -> None:
    # "unifed" is nearer "unified" (92) than "united" (83): it must not bring in the United States
    tokens, _ = SHIPPED.matcher.analyze("unifed energy systems")
    assert not any(k.startswith("C:") for t in tokens for k in t.keys), [t.keys for t in tokens]
    reply = SHIPPED.ask("who wanted the unifed operation of the energy systems?")
    assert reply.answered and "aripov-energy-systems" in shown(reply), render_text(reply)


# -- "the name of the programme" asks a title, not a person ----------------------------------


@pytest.mark.parametrize("question", ["name of the programme on uranium mining sites",
                                      "Give me the official title of the document on volunteering"])
def test_the_name_of_a_document_is_its_title_not_a_person(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id in FACTS.agreements, render_text(reply)


def test_the_name_of_a_person_is_still_a_who_question() -> None:
    reply = SHIPPED.ask("What is the name of the Tajik prime minister?")
    assert reply.answered and reply.fact_id == "rasulzoda", render_text(reply)


# -- words of urging, wanting, changing, reporting ---------------------------------------------


@pytest.mark.parametrize("question", ["Какое соглашение Смаилов предлагал прорабатывать?",
                                      "Над каким соглашением Смаилов предлагал активнее работать?"])
def test_urging_work_on_an_agreement_finds_the_services_agreement(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "smailov-services-agreement", render_text(reply)


def test_who_in_a_country_reported_finds_the_statement_the_same_report_carries() -> None:
    # the report's own account of the preparations names nobody; the same report's Meredov statement does
    reply = SHIPPED.ask("Кто в Туркменистане докладывал о подготовке к встрече в Ашхабаде?")
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


def test_who_won_a_championship_still_names_nobody() -> None:
    assert not SHIPPED.ask("Who won the CIS championship?").answered


# -- decisions in a sphere: the agenda item that says what was adopted on it ---------------------


@pytest.mark.parametrize("question", ["Какие решения приняты в гуманитарной сфере?",
                                      "Which documents were signed in the cultural and humanitarian sphere?"])
def test_decisions_in_a_sphere_the_documents_do_not_name_come_from_the_agenda_item(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "agenda-cultural-humanitarian", render_text(reply)


def test_a_sphere_no_fact_names_is_still_no_document() -> None:
    reply = SHIPPED.ask("Which documents were signed in the healthcare and humanitarian sphere?")
    assert not reply.answered or reply.fact_id != "agenda-cultural-humanitarian", render_text(reply)


# -- another event as a speaker at this meeting relayed it -------------------------------------


@pytest.mark.parametrize("question", ["Tokayev's words at the Heads of State meeting?",
                                      "Что Смаилов рассказал о заседании глав государств?"])
def test_another_event_relayed_by_a_speaker_here_is_shown_as_relayed(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) == {"smailov-trade-barriers"}, render_text(reply)
    assert "Heads of State" in reply.headline or "глав государств" in reply.headline, "says whose meeting it was"


@pytest.mark.parametrize("question", ["What did Putin say at the Heads of State meeting?",
                                      "What did Mishustin say at the Heads of State meeting?",
                                      "Which documents did the Heads of State sign?"])
def test_another_event_nobody_here_relayed_is_still_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


# -- two speakers asked about together ----------------------------------------------------------


def speakers_shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.speaker for i in shown(reply) if isinstance(e := FACTS.entry(i), Statement)}


@pytest.mark.parametrize("question", ["Did Smailov and Aripov both speak of free trade?",
                                      "Сравните, что говорили Арипов и Смаилов о свободной торговле"])
def test_two_speakers_asked_together_get_each_ones_words_on_the_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and speakers_shown(reply) == {"smailov", "aripov"}, render_text(reply)
    assert all("trade" in (e.title + e.quote).lower() for i in shown(reply)  # type: ignore[union-attr]
               if (e := FACTS.entry(i)) is not None), "only their words on free trade"


def test_a_speaker_with_nothing_on_the_subject_is_said_to_have_nothing() -> None:
    reply = SHIPPED.ask("Что сказали Смаилов и Арипов о транспортных маршрутах?")
    assert speakers_shown(reply) == {"smailov"}, render_text(reply)
    assert "Арипов" in reply.headline.split(".")[0], reply.headline


def test_a_person_after_about_is_the_topic_not_a_second_speaker() -> None:
    reply = SHIPPED.ask("What did Smailov say about Tokayev?")
    assert speakers_shown(reply) == {"smailov"} and "and" not in reply.headline.split(":")[0], render_text(reply)


# -- whom a speaker quoted -------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "person", "named"), [("Whose words did Smailov cite?", "smailov", "tokayev"),
                                                           ("Кого упоминал Арипов?", "aripov", "mirziyoyev")])
def test_whom_a_speaker_quoted_is_their_statements_naming_someone(question: str, person: str, named: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and speakers_shown(reply) == {person}, render_text(reply)
    assert all(f"P:{named}" in SHIPPED.matcher.doc_by_id[i].entities for i in shown(reply) - {person})


def test_a_speaker_who_named_no_one_is_said_to_have_named_no_one() -> None:
    reply = SHIPPED.ask("Whom did Mishustin quote?")
    assert not reply.answered and "naming no one" in reply.headline, render_text(reply)


def test_whose_words_a_report_cites_is_still_its_agency() -> None:
    assert SHIPPED.ask("Whose words does TASS cite?").intent == "attribution"


# -- the review of this session's rules: each rule stays in its lane ------------------------------


@pytest.mark.parametrize("question", ["Где пройдёт следующее заседание в Туркменистане?",
                                      "Когда заседание в Туркменистане?"])
def test_a_country_after_v_is_a_place_not_its_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent != "attend" and "geldimyradov" not in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "expected"), [("For a meeting in Ashgabat, what date was set?", "next-meeting-ashgabat"),
                                                    ("For a document on uranium, what is the full title?",
                                                     "doc-uranium-recultivation-program")])
def test_a_leading_for_clause_with_a_subject_keeps_it(question: str, expected: str) -> None:
    reply = SHIPPED.ask(question)
    assert expected in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["For an SCO story: what did Mishustin say?",
                                      "Для статьи о саммите ШОС: что сказал Мишустин?"])
def test_a_leading_for_clause_naming_another_event_is_not_dropped(question: str) -> None:
    assert SHIPPED.ask(question).intent == "other-event"


@pytest.mark.parametrize("question", ["Did Aripov and Smailov both speak about Afghanistan?",
                                      "Were Smailov and Aripov both quoted directly?",
                                      "Did both Smailov and Aripov mention Kazakhstan?",
                                      "Did both Meredov and Lebedev talk about the next meeting?",
                                      "Did both Smailov and Aripov speak about water?"])
def test_two_speakers_on_what_the_rule_cannot_check_are_not_listed_as_both_speaking(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not (reply.answered and speakers_shown(reply) >= {"smailov", "aripov"}), render_text(reply)
    assert " and " not in reply.headline.split(":")[0] or not reply.answered, render_text(reply)


def test_two_speakers_who_proposed_a_revision_are_each_held_to_the_whole_subject() -> None:
    reply = SHIPPED.ask("Did both Smailov and Aripov propose revising the free trade agreement?")
    assert "smailov" not in speakers_shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Did both Mishustin and Aripov attend?", "Did both Smailov and Aripov sign the documents?"])
def test_both_attending_or_signing_is_not_a_list_of_their_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith("What the reports quote"), render_text(reply)


@pytest.mark.parametrize("question", ["What did Tokayev say at the Heads of State meeting about water?",
                                      "What did Tokayev say at the Heads of State meeting about e-commerce?",
                                      "What did Tokayev say at the Heads of State meeting in Astana?",
                                      "What did Tokayev say at the 2022 Heads of State meeting?",
                                      "Did Tokayev sign anything at the Heads of State meeting?"])
def test_a_relay_of_another_meeting_is_not_shown_for_what_it_does_not_say(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


def test_what_a_speaker_encouraged_is_not_every_statement_of_theirs() -> None:
    reply = SHIPPED.ask("What did Aripov encourage?")
    assert len(shown(reply)) < len(FACTS.statements) // 4, render_text(reply)


def test_the_name_of_a_head_of_a_project_is_still_a_person_asked() -> None:
    assert not SHIPPED.ask("What is the name of the head of the project?").answered


def test_a_relay_of_another_meeting_is_not_shown_for_a_day_it_does_not_give() -> None:
    reply = SHIPPED.ask("What did Tokayev say at the Heads of State meeting on 13 October?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Who announced that the meeting would take place in Bishkek?",
                                      "Кто сообщил, что заседание пройдёт в Бишкеке?"])
def test_who_said_that_something_is_the_fact_holding_it_not_the_list_of_speakers(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


def test_who_spoke_is_still_the_list_of_speakers() -> None:
    assert SHIPPED.ask("Who spoke at the meeting?").intent == "participants"


@pytest.mark.parametrize("question", ["What position does Japarov hold, according to the reports?",
                                      "Какую должность занимает Жапаров, согласно публикациям?"])
def test_the_position_someone_holds_is_their_post_and_the_reports_as_authority_no_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "japarov", render_text(reply)


# -- the second review: who signed, whom a speaker cited on a subject, two speakers proposing ----------


@pytest.mark.parametrize("question", ["Who signed the documents?", "Кто подписал документы?"])
def test_who_signed_the_documents_is_what_the_reports_say_of_the_signing(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "documents-signed" in shown(reply), render_text(reply)
    assert "participants" in reply.headline or "участники" in reply.headline


@pytest.mark.parametrize("question", ["who signed the uranium programme", "Who designed the jubilee medal?",
                                      "Who reported that nine financing documents were signed?"])
def test_who_signed_one_document_designed_a_thing_or_reported_a_signing_is_not_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not (reply.answered and "documents-signed" in shown(reply)), render_text(reply)


@pytest.mark.parametrize("question", ["Whom did Smailov quote on transport corridors?",
                                      "Кого цитировал Арипов о Путине?"])
def test_whom_a_speaker_cited_on_a_subject_is_not_anyone_they_named_elsewhere(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith(("What the reports quote Alikhan Smailov saying that names",
                                          "Что, по сообщениям, сказал(а) Абдулла Арипов, упоминая")), render_text(reply)


def test_two_speakers_asked_whether_they_proposed_get_only_proposals() -> None:
    reply = SHIPPED.ask("Did both Mishustin and Smailov propose anything?")
    assert "mishustin" not in speakers_shown(reply) and "Mishustin" in reply.headline.split(".")[0], render_text(reply)


@pytest.mark.parametrize("question", ["Где площадка заседания в Бишкеке?", "My editor wants the number of documents signed",
                                      "What was signed related to transport?", "Какие документы подписали в Азербайджане?"])
def test_what_the_second_review_found_answered_wrongly_stays_so(question: str) -> None:
    reply = SHIPPED.ask(question)
    shown_ids = shown(reply)
    assert not shown_ids & {"uzbekistan-ecommerce-free-trade-zone", "smailov-transport-routes", "doc-next-regular-meeting"}, \
        render_text(reply)



# -- the third review ------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "not_shown"), [
    ("поменяли ли место заседания", "uzbekistan-ecommerce-free-trade-zone"),  # a venue, not the FTA's revision
    ("как называется столица Туркменистана", "meredov-preparations"),  # "как называется": no document word
])
def test_words_taken_back_from_the_lexicon_no_longer_answer_another_fact(question: str, not_shown: str) -> None:
    assert not_shown not in shown(SHIPPED.ask(question))


def test_who_reported_a_signing_is_not_the_list_of_people_quoted() -> None:
    assert SHIPPED.ask("кто доложил о подписании документов").intent != "participants"


def test_a_speaker_holding_half_the_subject_is_not_said_to_say_nothing_on_it() -> None:
    reply = SHIPPED.ask("did Smailov and Aripov both talk about the industrial cooperation concept adopted in June")
    assert "quote nothing of Alikhan Smailov" not in reply.headline, render_text(reply)


def test_who_signed_one_agreement_is_left_to_the_fact_that_says_so() -> None:
    reply = SHIPPED.ask("Who signed the agreement on free trade in services?")
    assert reply.answered and "sochi-earlier-decisions" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "expected"), [("what position does Mishustin hold on trade with the CIS",
                                                     "mishustin-reliable-ally"),
                                                    ("what position does Japarov occupy", "japarov")])
def test_a_position_held_on_something_is_a_stance_and_one_occupied_is_a_post(question: str, expected: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and expected in shown(reply), render_text(reply)


def test_a_city_alone_does_not_name_the_report_named_after_it() -> None:
    reply = SHIPPED.ask("What did Mishustin say in Astana?")
    assert "Astana Times" not in reply.headline and not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Did Smailov and Tokayev both attend?", "Участвовали ли Мишустин и Лебедев?"])
def test_two_people_asked_about_attending_get_each_ones_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "attend" and len(shown(reply)) == 2, render_text(reply)
    assert any(w in reply.headline for w in ("not listed", "не значится", "led no delegation", "делегацию он не возглавлял")), \
        "the one who led no delegation is said"


# -- holdout 13's classes (seen after its first run), with phrasings of this file's own --------------


@pytest.mark.parametrize("question", ["When did AzerNews put out its piece on Aripov?",
                                      "What dateline is on the Asia-Plus story?"])  # TASS's is kept: BISHKEK
def test_what_a_reports_record_does_not_hold_is_said_not_answered_with_its_facts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "report", render_text(reply)


def test_the_agency_a_named_report_cites_for_a_fact_comes_first() -> None:
    reply = SHIPPED.ask("Which agency did Asia-Plus rely on for Uzbekistan's e-commerce proposal?")
    assert reply.answered and all(w in reply.headline for w in ("Aripov", "Asia-Plus", "AKIpress")), render_text(reply)


def test_a_country_in_a_reports_name_is_the_report_not_the_delegation() -> None:
    reply = SHIPPED.ask("Sputnik Armenia wrote the meeting would be on 27 October; on which day was it held?")
    assert "grigoryan" not in shown(reply) and reply.intent != "say", render_text(reply)


def test_x_related_is_about_x() -> None:
    reply = SHIPPED.ask("Which uranium-related document was signed?")
    assert reply.answered and reply.fact_id == "doc-uranium-recultivation-program", render_text(reply)


# -- the fourth review (of holdout 13's fixes) ---------------------------------------------------------


def test_two_reports_one_undated_give_the_date_of_the_other_and_say_the_first_has_none() -> None:
    reply = SHIPPED.ask("When were the TASS and AzerNews pieces published?")
    assert reply.answered and "26 October 2023" in reply.headline and "no date" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["In the TASS report datelined Bishkek, how many documents were signed?",
                                      "When was the Trend report datelined Tashkent published?"])
def test_a_dateline_given_rather_than_asked_does_not_refuse(question: str) -> None:
    assert SHIPPED.ask(question).answered


def test_a_document_issued_is_not_a_report_published() -> None:
    assert SHIPPED.ask("When was the mining agreement issued that the Kyrgyz government lists?").intent != "report"


def test_two_reports_named_keep_their_names_in_an_attribution_question() -> None:
    reply = SHIPPED.ask("Who did TASS cite for the Kyrgyz government's list?")
    assert "TASS" in reply.headline, render_text(reply)


def test_x_related_with_a_subject_no_document_holds_is_no_document() -> None:
    reply = SHIPPED.ask("What tax-related documents were signed?")
    assert not reply.answered, render_text(reply)


def test_a_country_written_again_after_a_reports_name_is_still_the_country() -> None:
    assert "grigoryan" in shown(SHIPPED.ask("Sputnik Armenia: who was Armenia's delegation head?"))


# -- a meeting elsewhere that the reports do speak of; what one report holds ---------------------------


@pytest.mark.parametrize("question", ["What is on the permanent representatives' table in Minsk?",
                                      "Что будут обсуждать постоянные представители в Минске?",
                                      "security cooperation roadmap minsk"])
def test_what_the_reports_say_of_the_minsk_meeting_is_answered_from_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "minsk-permanent-representatives-trend", render_text(reply)


@pytest.mark.parametrize("question", ["Did the heads of government meet in Minsk?", "Was the meeting in Minsk?",
                                      "Что решили на встрече в Минске?"])
def test_a_meeting_in_minsk_asked_only_by_its_place_is_another_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)
    assert ("Минск" if reply.language == "ru" else "Minsk") in render_text(reply)  # the city in the reply's language


@pytest.mark.parametrize("question", ["the next meeting will be in Minsk, correct?",
                                      "pravda chto sleduyuschee zasedanie budet v Minske", "Is the next session in Moscow?"])
def test_the_next_meeting_placed_elsewhere_is_corrected_with_the_announced_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "next-meeting-ashgabat", render_text(reply)
    assert reply.headline.startswith(("Not in ", "Не в городе ")), render_text(reply)


@pytest.mark.parametrize("question", ["Do the reports mention the Heads of State summit?",
                                      "Упоминается ли саммит глав государств СНГ?"])
def test_another_event_asked_as_mentioned_gets_the_words_here_that_speak_of_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "smailov-trade-barriers", render_text(reply)


@pytest.mark.parametrize("question", ["Alikhan Smailov attended as Tajikistan's prime minister, right?",
                                      "Mishustin proposed the e-commerce platform, correct?"])
def test_a_trailing_check_of_a_wrong_claim_gets_the_record(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and ("Kazakhstan" in render_text(reply) or "Aripov" in render_text(reply)), render_text(reply)


@pytest.mark.parametrize("question", ["Where and when did the council meet in autumn 2023?",
                                      "Mher Grigoryan: which country, what post?",
                                      "How many documents were signed at the close of the Bishkek meeting?"])
def test_more_ways_of_asking_what_the_record_holds(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)


def test_a_report_named_by_its_date_is_not_an_event_on_that_date() -> None:
    reply = SHIPPED.ask("Что Trend от 26 февраля 2024 года пишет о постоянных представителях в Минске?")
    assert reply.answered and reply.fact_id == "minsk-permanent-representatives-trend", render_text(reply)


@pytest.mark.parametrize(("question", "source"), [
    ("What did TASS report?", "tass-2023-10-26"), ("о чём написал ТАСС", "tass-2023-10-26"),
    ("what's in the Turkmenportal piece", "turkmenportal-2024-04-26"),
    ("what did Trend report in February 2024", "trend-2024-02-26"),
])
def test_what_a_named_report_reports_lists_its_facts_and_only_its(question: str, source: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report", render_text(reply)
    own = {e.id for e in FACTS.entries() if e.source == source}
    assert shown(reply) == own, render_text(reply)


@pytest.mark.parametrize("question", ["what did TASS report about the jubilee medal", "what did Xinhua report",
                                      "What did TASS report on Mishustin?"])
def test_a_report_asked_about_something_is_not_its_whole_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent != "report", render_text(reply)


# -- "the quote where X says ...": which quote, not where; a quantity or a length asked -----------------


@pytest.mark.parametrize(("question", "fact"), [
    ("Show me the quote where Smailov says the concept gives a new economic impetus", "smailov-industrial-concept"),
    ("I need the passage where Mishustin speaks of neighborliness between peoples", "mishustin-eaeu"),
])
def test_the_quote_where_someone_says_something_is_that_quote(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize("question", ["How many km long is the North-South corridor Smailov named?",
                                      "Какую протяжённость Транскаспийского маршрута называл Смаилов?",
                                      "Which turnover did Smailov cite?", "Какой объём торговли назвал Смаилов?"])
def test_a_length_or_a_quantity_asked_of_a_speaker_is_no_figure_on_record(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_speakers_words_on_turnover_are_still_his_words() -> None:
    reply = SHIPPED.ask("What did Smailov say on trade turnover?")
    assert reply.answered and "smailov-trade-dynamics" in shown(reply), render_text(reply)


# -- a real word the facts lack is not a typo of one they hold; counts with a claim or a report named ---


@pytest.mark.parametrize("question", ["Did Aripov propose a single currency for the CIS?",
                                      "Предлагал ли Арипов общую валюту?", "what did Mishustin say on sanctions"])
def test_a_word_no_fact_holds_is_not_read_as_a_neighbouring_word(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_count_claimed_by_someone_gets_every_reports_count() -> None:
    reply = SHIPPED.ask("My notes say over 20 agreements were signed. What numbers do the reports give?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


def test_a_count_asked_of_a_report_that_gives_none_says_so_and_gives_the_others() -> None:
    reply = SHIPPED.ask("How many documents were signed, according to Turkmenportal?")
    assert reply.intent == "count" and not reply.answered and document_counts() <= listed(reply), render_text(reply)
    assert render_text(reply).startswith("Nothing on this from Turkmenportal"), render_text(reply)


def test_a_count_asked_of_a_report_that_gives_one_is_not_said_to_be_missing() -> None:
    reply = SHIPPED.ask("How many documents were signed, according to TASS?")
    assert "tass-22-documents" in shown(reply) and "Nothing on this" not in render_text(reply), render_text(reply)


# -- several sentences: the one that asks, when the others add nothing ---------------------------------


@pytest.mark.parametrize("question", ["What was discussed in Bishkek? A brief overview, please.",
                                      "О чём говорили на заседании? Коротко, для конспекта."])
def test_a_request_sentence_after_the_question_leaves_the_question(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview", render_text(reply)


@pytest.mark.parametrize("question", ["Lukashenko came too. What did he say?", "It was back in 2021. What was signed?",
                                      "Moldova's premier was there. Who else came?"])
def test_a_sentence_beside_the_question_that_names_something_is_not_dropped(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- an agency a report cites names that report; "the press service"; what was talked about ------------


def asia_plus_facts() -> set[str]:
    return {e.id for e in FACTS.entries() if e.source == "asia-plus-2023-10-27"}


@pytest.mark.parametrize("question", ["According to BelTA, what did Mishustin say?",
                                      "По данным БелТА, что сказал Мишустин?"])
def test_one_of_several_agencies_a_report_cites_does_not_stand_for_the_whole_report(question: str) -> None:
    reply = SHIPPED.ask(question)  # Asia-Plus credits Mishustin's words to Interfax, not BelTA: said so, or none shown
    corrected = reply.headline.startswith(("No:", "Нет:")) and ("Interfax" in reply.headline or "Интерфакс" in reply.headline)
    assert reply.intent != "report" and (corrected or not (reply.answered and shown(reply) & asia_plus_facts())), \
        render_text(reply)


def test_what_an_agency_reported_lists_the_facts_of_the_report_that_cites_it() -> None:
    reply = SHIPPED.ask("What did TDH report?")
    assert reply.intent == "report" and shown(reply) == {e.id for e in FACTS.entries()
                                                         if e.source == "turkmenportal-2024-04-26"}, render_text(reply)


@pytest.mark.parametrize("question", ["What did the heads of government talk about?", "о чём шла речь на заседании?"])
def test_what_was_talked_about_by_no_one_named_is_the_agenda(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview", render_text(reply)


@pytest.mark.parametrize("question", ["Give me the delegation heads listed in the Astana Times article",
                                      "the participants listed in the Astana Times report"])
def test_a_list_asked_of_a_named_report_is_that_list_not_who_reported_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", ["What is the third document on TASS's list?",
                                      "Apart from Mishustin, how many heads of government came?"])
def test_a_list_or_count_the_reports_do_not_give_that_way_is_not_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- a fact about another event answers only a question that names the event ---------------------------


@pytest.mark.parametrize("question", ["was security discussed?", "what initiatives did the heads of delegations express?",
                                      "what was decided about implementation?", "Обсуждали ли безопасность?",
                                      "according to Trend, was security discussed?", "what is the government's position"])
def test_a_fact_about_another_meeting_is_no_answer_to_a_question_not_naming_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "minsk-permanent-representatives-trend" not in shown(reply), render_text(reply)


def test_every_fact_about_another_event_names_it() -> None:
    elsewhere = [a for a in FACTS.agreements.values() if a.elsewhere]
    assert [a.id for a in elsewhere] == ["minsk-permanent-representatives-trend"]
    assert {"Minsk", "Минск"} <= set(elsewhere[0].elsewhere)


# -- short question words mistyped; "X or Y"; a document signed elsewhere; "rely on" -------------------


@pytest.mark.parametrize(("question", "fact"), [("wat did lebedev sey", "lebedev"), ("wich country did aripov represent",
                                                                                  "aripov")])
def test_the_questions_own_short_words_mistyped_are_read_right(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


def test_a_speaker_asked_about_one_subject_or_another_answers_with_either() -> None:
    reply = SHIPPED.ask("Did Aripov talk about energy or about trade?")
    assert reply.answered and shown(reply) & {"aripov-energy-systems", "aripov-energy-capabilities"}, render_text(reply)
    reply = SHIPPED.ask("Did Mishustin talk about energy or about transport?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Did they sign a free trade agreement?", "Подписали ли соглашение о свободной торговле?"])
def test_a_document_signed_on_another_occasion_is_said_to_be_no_document_of_this_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.fact_id == "sochi-earlier-decisions", render_text(reply)
    assert reply.headline.startswith(("No such document among those the reports list for this meeting",
                                      "Среди документов этого заседания")), render_text(reply)


def test_which_agency_a_report_relies_on_is_the_agency_it_cites() -> None:
    reply = SHIPPED.ask("Which agency does Turkmenportal rely on?")
    assert reply.answered and "TDH" in render_text(reply), render_text(reply)



# -- the reviews' classes: besides one delegation; another event's fact asked what it does not say -----


@pytest.mark.parametrize(("question", "set_aside"), [("Besides Smailov, how many heads of delegation came?", "smailov"),
                                                     ("Кроме России, сколько стран участвовало?", "mishustin")])
def test_a_count_of_delegations_besides_one_is_the_others_counted(question: str, set_aside: str) -> None:
    reply = SHIPPED.ask(question)
    attended = {s.id for s in FACTS.speakers.values() if s.attended}
    assert reply.intent == "count" and shown(reply) == attended - {set_aside}, render_text(reply)
    assert str(len(attended) - 1) in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["What was adopted in Minsk?", "Did the heads of government meet in Minsk?",
                                      "When do the permanent representatives meet in Minsk?", "Что подписали в Минске?"])
def test_another_events_fact_asked_what_it_does_not_say_is_no_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


@pytest.mark.parametrize("question", ["I mean the session a year earlier. Who spoke?", "Who attended? Only the women.",
                                      "Я про другое заседание. Кто выступал?"])
def test_a_sentence_that_changes_the_question_keeps_it_unanswered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Я пишу курсовую. Кто выступал?", "I need this for school. What did they sign?"])
def test_a_sentence_that_says_what_the_answer_is_for_leaves_the_question(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)


def test_a_report_named_with_its_year_is_that_years_report() -> None:
    reply = SHIPPED.ask("What did Trend report in 2024?")
    assert shown(reply) == {e.id for e in FACTS.entries() if e.source == "trend-2024-02-26"}, render_text(reply)


def test_a_trend_in_trade_is_no_report_by_trend() -> None:
    reply = SHIPPED.ask("Какую динамику товарооборота отметил Смаилов?")
    assert reply.answered and "smailov-trade-dynamics" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What has 2024 been declared in the CIS?", "Каким годом объявлен 2024 год в СНГ?"])
def test_a_year_given_a_theme_is_no_later_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "volunteer-year-2024" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What was signed at the other meeting?", "Что решили на другом заседании?"])
def test_another_meeting_asked_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


@pytest.mark.parametrize("question", ['Did Mishustin say "the CIS is finished"?', "Лебедев сказал «встреча провалилась»?"])
def test_a_quoted_claim_no_statement_of_the_speaker_holds_is_not_confirmed(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "say", render_text(reply)


def test_a_quoted_claim_a_statement_holds_gets_that_statement() -> None:
    reply = SHIPPED.ask('Did Lebedev really say the talks were "frank, detailed"?')
    assert reply.answered and reply.fact_id == "lebedev-frank-conversation", render_text(reply)


@pytest.mark.parametrize("question", ["Was a joint communique adopted in Bishkek?", "Приняли ли совместную декларацию?"])
def test_a_joint_statement_asked_is_a_document_the_reports_do_not_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents", render_text(reply)


# -- the second review's classes ------------------------------------------------------------------------


def test_the_documents_a_named_report_names_are_its_own_with_what_it_says_of_the_rest() -> None:
    reply = SHIPPED.ask("Which documents does TASS list?")
    own = {e.id for e in FACTS.entries() if e.source == "tass-2023-10-26"}
    assert reply.answered and shown(reply) <= own and "doc-jubilee-medal" in shown(reply), render_text(reply)
    assert len(shown(reply)) > 1, render_text(reply)


@pytest.mark.parametrize(("question", "answered"), [("What documents did Asia-Plus name?", True),
                                                    ("Which documents did Sputnik Armenia list?", False)])
def test_a_report_that_names_no_document_is_said_to_name_none(question: str, answered: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is answered and reply.intent == "documents", render_text(reply)
    assert "doc-next-regular-meeting" not in shown(reply), render_text(reply)


def test_a_count_besides_someone_who_led_no_delegation_is_every_delegation() -> None:
    reply = SHIPPED.ask("Besides Lebedev, how many delegations took part?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", ["What was Smailov's position on trade?", "Позиция Смаилова по торговле?"])
def test_a_position_on_something_is_a_stance(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "smailov-trade-dynamics" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which report relies on TDH?", "Which report is based on Kun News?"])
def test_the_report_relying_on_an_agency_is_named(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and ("Turkmenportal" in reply.headline or "AzerNews" in reply.headline), render_text(reply)


# -- the question alone beside courtesy; never-typo words in any form; counts of what is not documents ---


@pytest.mark.parametrize(("question", "intent"), [("Спасибо заранее. Когда было заседание?", "retrieval"),
                                                  ("I'm a student. What documents were signed?", "documents"),
                                                  ("Please answer briefly. What did Lebedev say?", "say")])
def test_a_courtesy_sentence_beside_the_question_changes_nothing(question: str, intent: str) -> None:
    reply = SHIPPED.ask(question)
    alone = SHIPPED.ask(question.split(". ", 1)[1])
    assert reply.answered and reply.intent == intent and shown(reply) == shown(alone), render_text(reply)


@pytest.mark.parametrize("question", ["Подписали ли соглашение о валюте?", "Was a gas agreement signed?",
                                      "Did they sign anything on oil?"])
def test_a_document_on_a_subject_no_fact_holds_is_none_whatever_its_form_or_length(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents", render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("How many countries are in the CIS?", None),
                                                ("How many people spoke?", PARTICIPANTS_ID),
                                                ("How many sources do you have?", SOURCES_ID)])
def test_a_count_of_members_speakers_or_reports_is_not_a_count_of_documents(question: str, fact: str | None) -> None:
    reply = SHIPPED.ask(question)
    assert reply.fact_id == fact and not document_counts() & shown(reply), render_text(reply)


def test_a_count_besides_several_delegations_sets_all_of_them_aside() -> None:
    reply = SHIPPED.ask("Apart from Belarus and Armenia, how many delegations came?")
    attended = {s.id for s in FACTS.speakers.values() if s.attended}
    assert shown(reply) == attended - {"golovchenko", "grigoryan"} and "7" in reply.headline, render_text(reply)


def test_a_quoted_claim_held_by_several_statements_gets_the_closest() -> None:
    reply = SHIPPED.ask('Did Aripov say "a set of additional measures to encourage mutual investments"?')
    assert reply.answered and reply.fact_id == "aripov-mutual-investments" and not reply.items, render_text(reply)


def test_where_someone_announced_something_is_the_fact_holding_it() -> None:
    reply = SHIPPED.ask("Where did Lebedev announce that the next meeting would be held in Bishkek?")
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


def test_who_won_a_championship_a_document_names_is_no_one_on_record() -> None:
    reply = SHIPPED.ask("Which team won the CIS Championship that was signed off?")
    assert not reply.answered, render_text(reply)


def test_how_two_reports_differ_on_a_speech_is_each_ones_version() -> None:
    reply = SHIPPED.ask("Чем различаются версии Trend и AzerNews о выступлении Арипова?")
    sources = {FACTS.statements[i].source for i in shown(reply) if i in FACTS.statements}
    assert reply.answered and {"trend-2023-10-27", "azernews-aripov-speech"} <= sources, render_text(reply)


# -- the fourth review's classes ------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Where was the next meeting after the Sochi meeting held?",
                                      "Will the meeting after next be in Minsk?", "Next meeting in Moscow in 2025?"])
def test_a_meeting_other_than_the_next_is_not_corrected_with_the_next(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith("Not in "), render_text(reply)


def test_where_someone_announced_what_no_fact_gives_them_is_not_another_announcement() -> None:
    reply = SHIPPED.ask("Where did Lebedev announce that the next meeting would be held in Ashgabat?")
    assert "venue-decided-sochi" not in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What did Smailov say as Kazakhstan's prime minister?",
                                      "Как премьер Казахстана Смаилов оценил торговлю?", "What position did Mishustin take?"])
def test_a_speaker_with_their_own_role_or_a_stance_taken_is_still_their_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "say" and reply.answered, render_text(reply)


def test_a_report_asked_whether_it_mentions_another_event_answers_for_itself() -> None:
    reply = SHIPPED.ask("Does TASS mention the Heads of State meeting?")
    assert not reply.answered, render_text(reply)



@pytest.mark.parametrize("question", ["Was the meeting held in Astana?", "Заседание прошло в Минске, верно?",
                                      "Was the meeting held in Moscow?"])
def test_this_meeting_placed_elsewhere_is_corrected_with_its_place(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == FACTS.meeting.id, render_text(reply)
    assert reply.headline.startswith(("Not in ", "Не в городе ")) and ("Bishkek" in reply.headline
                                                                         or "Бишкек" in reply.headline), render_text(reply)


def test_the_speakers_a_named_report_quotes_are_its_own() -> None:
    reply = SHIPPED.ask("Which speakers does Sputnik Armenia quote?")  # its Lebedev quote sits in a background fact
    assert "quotes no one" not in render_text(reply), render_text(reply)
    reply = SHIPPED.ask("Who does Asia-Plus quote?")
    quoted = {FACTS.statements[i].speaker for i in FACTS.statements if FACTS.statements[i].source == "asia-plus-2023-10-27"}
    assert reply.answered and {s.fact_id for s in reply.suggestions} == quoted, render_text(reply)


@pytest.mark.parametrize("question", ["The previous meeting was held in Astana, right?", "Where was the Sochi meeting held?",
                                      "Is the meeting held in Minsk every year?",
                                      "Заседание глав государств прошло 13 октября, верно?"])
def test_another_meeting_placed_or_dated_is_not_corrected_as_this_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith(("Not in ", "Not on ", "Не в городе ", "Не 13")), render_text(reply)


@pytest.mark.parametrize("question", ["The meeting was on 13 October 2023, right?", "Заседание прошло 25 октября?"])
def test_this_meeting_put_on_another_day_is_corrected_with_its_day(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == FACTS.meeting.id, render_text(reply)
    assert reply.headline.startswith(("Not on ", "Не ")), render_text(reply)


@pytest.mark.parametrize("question", ["Was the meeting held on 31 June?", "Заседание прошло 30 февраля?",
                                      "What was signed on 31 September?", "Was the meeting on 29 February?"])
def test_a_day_no_month_has_is_no_fact_and_no_crash(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Was Putin's meeting held in Moscow?", "Was Putin at the CIS summit on 13 October?",
                                      "Был ли Путин на саммите СНГ 13 октября в Бишкеке?"])
def test_another_persons_meeting_elsewhere_or_on_another_day_is_not_corrected_as_this_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


# -- a report named as the quote's source ranks its facts alike --------------------------------


def test_a_quote_asked_by_a_report_shows_each_of_its_facts_on_the_subject_not_the_one_titled_with_it() -> None:
    reply = SHIPPED.ask("Aripov on technical barriers, цитата по AzerNews")
    assert {"aripov-conformity-assessment", "aripov-ecommerce-azernews"} <= shown(reply)


# -- a count asked "in the text" of a report ------------------------------------------------------


def test_a_count_asked_in_the_text_of_a_report_gives_the_reports_counts() -> None:
    reply = SHIPPED.ask("В заголовке у ТАСС «более 20 документов», а сколько точно в тексте заметки?")
    assert reply.answered and "tass-22-documents" in shown(reply)


# -- a report named as the authority that has nothing on it ------------------------------------


def test_a_report_named_as_the_authority_without_the_fact_is_no_answer_but_points_to_the_others() -> None:
    reply = SHIPPED.ask("Per Trend, how many documents?")
    assert not reply.answered
    text = render_text(reply)
    assert text.startswith("Nothing on this from Trend") and "22" in text


# -- which report cites an agency -----------------------------------------------------------------


@pytest.mark.parametrize(("question", "publisher", "other"), [
    ("Which outlet cites Interfax?", "Asia-Plus", "TASS"),
    ("Какое издание ссылается на пресс-службу правительства Кыргызстана?", "TASS", "Asia-Plus"),
    ("Which report relied on the Kazakh prime minister's press service?", "The Astana Times", "TASS"),
])
def test_which_report_cites_an_agency_names_that_report_alone(question: str, publisher: str, other: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution"
    assert reply.headline.startswith(publisher) or publisher in reply.headline.split(" ")[:3]
    assert other not in reply.headline


# -- a subject word no fact holds is not answered by the speaker's words on the rest -------------


@pytest.mark.parametrize("question", ["Лебедев о вступлении новых членов в СНГ — что сказал?",
                                      "What did Sergei Lebedev say about the accession of new members?"])
def test_what_x_said_on_a_subject_no_fact_holds_is_not_answered_by_a_statement_sharing_its_other_words(
        question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "say"


# -- what comes after an item of a report's list ---------------------------------------------------


def test_the_item_after_a_numbered_one_is_the_next_on_the_same_list() -> None:
    reply = SHIPPED.ask("which item follows item 9?")
    assert reply.answered
    assert shown(reply) == {next(f for f, n in FACTS.item_numbers.items() if n == "10")}


def test_nothing_after_the_last_item_kept_is_said_not_answered_with_that_item() -> None:
    reply = SHIPPED.ask("what comes after item 10.1 on the Kyrgyz list?")
    assert not reply.answered and "10.1" in render_text(reply)


# -- a list asked for with a total the reports do not name -----------------------------------------


def test_a_list_asked_with_a_total_longer_than_the_reports_name_says_so_and_is_no_answer() -> None:
    reply = SHIPPED.ask("Name all nine documents on financing")
    assert not reply.answered and "fewer than 9" in reply.headline
    checked = SHIPPED.ask("Nine financing documents were signed, correct?")
    assert checked.answered and "tass-nine-financing-documents" in shown(checked)


# -- a day named picks the fact that names it ---------------------------------------------------


def test_a_day_named_is_answered_by_the_fact_naming_that_day_not_a_closer_one_naming_none() -> None:
    reply = SHIPPED.ask("Что запланировано на 20 мая 2024 года к заседанию в Ашхабаде?")
    assert reply.answered and shown(reply) == {"meredov-preparations"}


# -- "two versions" of someone's words asks which report has which, not a number -------------------


def test_two_versions_of_a_sentence_are_the_reports_renderings_not_a_number_to_match() -> None:
    reply = SHIPPED.ask("Two English versions of Aripov's words on joint projects in priority sectors: which outlet has which?")
    assert reply.answered and reply.intent == "attribution"
    assert {"aripov-import-substitution-support", "aripov-joint-projects-priority-sectors"} <= shown(reply)
    assert "uzbekistan-ecommerce-free-trade-zone" not in shown(reply)  # two proposals: "two" matched it


# -- the countries that signed one document: the reports never say ---------------------------------


@pytest.mark.parametrize("question", ["Which states signed the programme on uranium mining territories?",
                                      "Какие государства подписали программу рекультивации урановых территорий?"])
def test_which_countries_signed_one_document_shows_it_and_says_the_reports_do_not_say(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "doc-uranium-recultivation-program" in listed(reply)
    assert "who signed" in reply.headline or "кто его подписал" in reply.headline


# -- an anniversary's number is no count ---------------------------------------------------------------


@pytest.mark.parametrize("question", ["How many jubilee medals are planned?", "How many medals for the 80th anniversary?",
                                      "Сколько медалей к 80-летию?"])
def test_how_many_of_a_thing_is_not_answered_by_an_anniversarys_ordinal(question: str) -> None:
    assert not SHIPPED.ask(question).answered


# -- words relayed of someone, asked on a subject they do not hold -------------------------------------


def test_what_a_mentioned_person_said_on_a_subject_their_relayed_words_lack_is_no_answer() -> None:
    reply = SHIPPED.ask("What did Tokayev say about the North-South corridor?")
    assert not reply.answered and reply.intent == "say"
    assert SHIPPED.ask("What did Tokayev say about trade barriers?").answered


# -- a post asked as "position", a name asked as "как зовут" ------------------------------------------


@pytest.mark.parametrize(("question", "person"), [("What post does Rasulzoda hold?", "rasulzoda"),
                                                  ("Как зовут премьера Таджикистана?", "rasulzoda")])
def test_the_post_or_name_of_someone_the_reports_quote_nothing_of_is_their_entry(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person


# -- a year's theme -----------------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["What is the theme year of 2024 in the CIS?", "Чему посвящён 2024 год в СНГ?"])
def test_a_years_theme_is_the_fact_giving_it_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and shown(reply) == {"volunteer-year-2024"}


# -- where this meeting was, asked plainly or per a report -------------------------------------------------


@pytest.mark.parametrize("question", ["Where did the meeting take place?", "Per Asia-Plus, where did the meeting take place?"])
def test_where_this_meeting_was_is_not_shown_beside_the_next_ones_plans(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and FACTS.meeting is not None and reply.fact_id == FACTS.meeting.id
    assert not any(getattr(FACTS.entry(i), "agreement_kind", None) == "schedule" for i in listed(reply))


def test_a_report_quoting_someone_names_them_as_a_participant_too() -> None:
    reply = SHIPPED.ask("Who led Russia's delegation, per Asia-Plus?")
    assert reply.answered and reply.fact_id == "mishustin" and "Nothing on this" not in reply.headline


# -- "на какое число": a day, not a count ---------------------------------------------------------------


def test_on_what_number_in_russian_asks_a_day_not_a_count() -> None:
    reply = SHIPPED.ask("На какое число сначала объявили заседание в Бишкеке?")
    assert reply.answered and "date-announced-27-october" in shown(reply)


def test_an_announcement_of_another_day_is_not_the_one_of_the_day_asked() -> None:
    reply = SHIPPED.ask("Who announced the 24 May date for Ashgabat?")
    assert "date-announced-27-october" not in shown(reply)


# -- a report's language asked yes or no; its count and its agency asked together -----------------------


def test_whether_a_report_is_in_a_language_is_its_language() -> None:
    reply = SHIPPED.ask("Is the Trend article in English?")
    assert reply.answered and reply.intent == "report" and "English" in reply.headline


def test_a_reports_count_and_its_agency_asked_together_give_both() -> None:
    reply = SHIPPED.ask("What exact number does TASS give, and whom does it cite?")
    assert reply.answered and "tass-22-documents" in shown(reply) and "press service" in reply.headline


# -- Russian words that spell English ones in Latin letters ---------------------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("дай цитату Мишустина о процветании региона", "mishustin-prosperity"),
    ("Дай цитату Смаилова про «Один пояс, один путь»", "smailov-belt-and-road"),
])
def test_the_russian_give_is_not_the_english_day(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply)


def test_an_english_day_is_still_a_day() -> None:
    reply = SHIPPED.ask("What exact day was fixed for the Ashgabat session?")
    assert reply.answered and reply.intent == "overview"


# -- a surname in a case its stem does not share ----------------------------------------------------------


@pytest.mark.parametrize("form", ["Мирзиёева", "Мирзиёеву", "Смаилова", "Лебедевым"])
def test_a_russian_surname_in_any_case_names_the_person(form: str) -> None:
    tokens, _ = SHIPPED.matcher.analyze(form)
    assert len(tokens) == 1 and tokens[0].entity


# -- the one quoted, when two people are named -----------------------------------------------------------


def test_whose_initiatives_someone_recalled_are_that_speakers_words_naming_the_other() -> None:
    reply = SHIPPED.ask("Какие инициативы президента Мирзиёева напомнил Арипов?")
    assert reply.answered and reply.intent == "say"
    assert shown(reply) - {"aripov"} and all(FACTS.statements[i].speaker == "aripov" for i in shown(reply) - {"aripov"})


def test_a_countrys_proposal_on_a_subject_is_its_speakers_words_not_another_persons_entry() -> None:
    reply = SHIPPED.ask("что предлагал узбекистан насчет зоны свободной торговли")
    assert reply.answered and reply.intent == "say" and "mirziyoyev" not in listed(reply)
    assert any(i in FACTS.statements and FACTS.statements[i].speaker == "aripov" for i in listed(reply))


# -- a report's claim checked, its agency relayed, its account of a person ---------------------------------


def test_a_count_a_report_is_said_to_give_is_checked_against_each_reports_count() -> None:
    reply = SHIPPED.ask("TASS said 20 documents were signed, correct?")
    assert reply.answered and reply.intent == "count" and document_counts() <= shown(reply)


def test_the_agency_a_report_relays_is_its_cited_source() -> None:
    reply = SHIPPED.ask("Which news agency does Turkmenportal relay?")
    assert reply.answered and reply.intent == "attribution" and "TDH" in reply.headline


def test_who_someone_is_judging_by_a_report_is_their_entry() -> None:
    reply = SHIPPED.ask("Кто такой Мередов, судя по сообщению Turkmenportal?")
    assert reply.answered and reply.fact_id == "meredov"


def test_a_count_with_its_outlets_asked_is_each_reports_count() -> None:
    reply = SHIPPED.ask("Do the outlets agree on the number of documents signed? Say which outlet gives which figure.")
    assert reply.answered and reply.intent == "count" and document_counts() <= shown(reply)


# -- a report's headline; a thing's name; a count including someone -----------------------------------------


@pytest.mark.parametrize(("question", "words"), [
    ("What does the TASS headline say?", "более 20"),
    ("Какой заголовок у заметки Asia-Plus?", "CIS heads of government meet in Bishkek"),
])
def test_a_reports_headline_is_its_title_not_the_heads_of_delegation(question: str, words: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report" and words in reply.headline


def test_the_name_of_a_thing_is_what_it_is_called_not_a_person_asked() -> None:
    reply = SHIPPED.ask("What is the name of the programme on uranium?")
    assert reply.answered and "doc-uranium-recultivation-program" in shown(reply)


@pytest.mark.parametrize("question", ["How many delegations does the Astana Times list, counting Kazakhstan's?",
                                      "Сколько делегаций было вместе со Смаиловым?"])
def test_a_count_of_delegations_including_one_named_is_all_of_them(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID


# -- the seventh review's findings ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["На какое число было назначено заседание в Бишкеке?",
                                      "На какое число было назначено заседание?"])
def test_the_date_this_meeting_was_set_for_is_never_the_next_ones(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not any(getattr(FACTS.entry(i), "agreement_kind", None) == "schedule" for i in shown(reply))


def test_a_day_of_the_next_meeting_still_finds_it() -> None:
    reply = SHIPPED.ask("Is the meeting held on 24 May 2024?")
    assert reply.answered and any(getattr(FACTS.entry(i), "agreement_kind", None) == "schedule" for i in shown(reply))


def test_how_many_years_an_anniversary_marks_is_its_ordinal() -> None:
    assert "doc-victory-80th-anniversary-plan" in shown(SHIPPED.ask("How many years since Victory in 2025?"))
    assert not SHIPPED.ask("How many medals for the 80th anniversary?").answered


def test_each_initiative_of_one_person_another_recalled_is_shown() -> None:
    reply = SHIPPED.ask("What initiatives of Mirziyoyev did Aripov recall?")
    assert {"aripov-free-trade-zone", "aripov-innoprom-forum"} <= listed(reply)


def test_give_the_date_in_russian_is_the_meetings_date() -> None:
    reply = SHIPPED.ask("дай дату заседания")
    assert reply.answered and FACTS.meeting is not None and reply.fact_id == FACTS.meeting.id


def test_a_year_the_reports_give_no_theme_has_none() -> None:
    reply = SHIPPED.ask("What is 2030 the year of?")
    assert not reply.answered and "2030" in render_text(reply)


def test_who_signed_one_document_in_russian_is_not_answered_with_the_document() -> None:
    reply = SHIPPED.ask("Кто подписал программу по урану?")
    assert not reply.answered and "кто его подписал" in reply.headline


def test_a_publishers_two_reports_in_one_language_say_it_once() -> None:
    reply = SHIPPED.ask("What language is the Trend report in?")
    assert reply.answered and reply.headline.count("English") == 1


# -- how a person's name or title is written ----------------------------------------------------------------


@pytest.mark.parametrize(("question", "person"), [
    ("How does the Astana Times spell the name of Armenia's deputy prime minister?", "grigoryan"),
    ("The exact title the reports give Geldimyradov, please?", "geldimyradov"),
    ("Как в тексте записана фамилия премьера Таджикистана?", "rasulzoda"),
])
def test_how_a_persons_name_or_title_is_written_is_their_entry_quoting_the_report(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person


@pytest.mark.parametrize("question", ["What turnover did Smailov name?", "Which of the reports are written in Russian?",
                                      "Does Asia-Plus name Aripov?"])
def test_name_as_a_verb_or_a_language_is_no_name_asked(question: str) -> None:
    assert SHIPPED.ask(question).intent != "who"


# -- how many of the heads were deputies -------------------------------------------------------------------


def test_how_many_deputies_led_delegations_is_those_whose_title_says_deputy_and_the_rest_are_the_heads() -> None:
    deputies = {s.id for s in FACTS.speakers.values() if s.attended and re.search(r"\b(deputy|vice)\b", s.role, re.I)}
    heads = {s.id for s in FACTS.speakers.values() if s.attended} - deputies
    assert deputies and heads, "precondition: both kinds of head"
    assert shown(SHIPPED.ask("How many delegations were headed by a deputy prime minister?")) == deputies
    assert shown(SHIPPED.ask("Apart from the deputies, how many prime ministers came?")) == heads


@pytest.mark.parametrize("question", ["What did Rasulzoda say about Mishustin?", "Что Головченко ответил Мишустину?"])
def test_one_never_quoted_asked_about_another_is_still_the_one_asked(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "say"
    assert "Rasulzoda" in reply.headline or "Головченко" in reply.headline


@pytest.mark.parametrize(("question", "language"), [("Is the Turkmenportal report in Turkmen?", "Russian"),
                                                    ("What date is the TASS report?", "2023")])
def test_a_reports_language_or_date_asked_any_way_is_the_reports_own(question: str, language: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report" and language in reply.headline


# -- a report's time of day and dateline, where the curators kept them ----------------------------------------


@pytest.mark.parametrize(("question", "shown_text"), [
    ("At what time did TASS put out its report on the documents?", "16:57"),
    ("Во сколько вышла заметка ТАСС?", "16:57"),
    ("Which city is the Trend story on Aripov's energy proposal datelined?", "TASHKENT"),
])
def test_a_reports_time_or_dateline_is_the_one_it_shows(question: str, shown_text: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report" and shown_text in reply.headline


def test_a_report_whose_time_is_not_kept_says_so() -> None:
    reply = SHIPPED.ask("At what time was the Asia-Plus article published?")
    assert not reply.answered and reply.intent == "report"


# -- the ninth review's findings ----------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Is Mishustin the president of Russia?", "Разве Арипов президент?"])
def test_a_title_not_theirs_given_to_someone_is_corrected_with_their_entry(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id in {"mishustin", "aripov"} and reply.intent == "attend"


def test_a_figure_asked_of_a_document_may_be_its_ordinal() -> None:
    assert "doc-jubilee-medal" in shown(SHIPPED.ask("What figure does the medal document give?"))


def test_who_announced_the_next_meetings_date_is_not_the_announcement_of_this_ones() -> None:
    assert "date-announced-27-october" not in shown(SHIPPED.ask("Who announced when the Ashgabat meeting would be?"))


def test_when_a_document_was_first_signed_is_not_this_meetings_announcement() -> None:
    assert "date-announced-27-october" not in shown(SHIPPED.ask("When was the mining agreement first signed?"))


@pytest.mark.parametrize("question", ["Which outlet reported twenty documents?", "Кто сообщил о двадцати документах?"])
def test_the_outlet_of_a_count_named_in_words_is_the_one_giving_that_count(question: str) -> None:
    reply = SHIPPED.ask(question)
    counts = {a.id: a.count for a in FACTS.agreements.values() if a.agreement_kind == "count"}
    assert reply.answered and reply.fact_id in counts and counts[reply.fact_id] == 20


def test_whether_a_member_signed_one_document_is_not_said() -> None:
    reply = SHIPPED.ask("Did Armenia sign the programme on geodesy?")
    assert not reply.answered and "who signed" in reply.headline
    assert SHIPPED.ask("Was a document on the Afghanistan search signed?").answered


def test_a_report_quoting_someone_named_as_their_source_says_the_list_is_another_reports() -> None:
    reply = SHIPPED.ask("Per Asia-Plus, who led the Russian delegation?")
    assert reply.answered and reply.fact_id == "mishustin" and "another report" in reply.headline


# -- holdout 18's classes (after its one blind run) ------------------------------------------------------------


@pytest.mark.parametrize("question", ["Which countries sent deputy prime ministers instead of prime ministers?",
                                      "Кто из глав делегаций был вице-премьером?"])
def test_the_deputies_asked_as_a_list_are_those_whose_titles_say_so(question: str) -> None:
    deputies = {s.id for s in FACTS.speakers.values() if s.attended and re.search(r"\b(deputy|vice)\b", s.role, re.I)}
    assert shown(SHIPPED.ask(question)) == deputies


@pytest.mark.parametrize("question", ["Из какого города датирована заметка Trend об Арипове?", "azernews na kogo ssylaetsya",
                                      "слова Лебедева в Азия-Плюс - по данным какого агентства?"])
def test_a_reports_dateline_or_agency_asked_in_russian_ways_is_its_record(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent in {"report", "attribution"}
    assert any(word in reply.headline for word in ("ТАШКЕНТ", "Kun", "БелТА"))  # the dateline, the agencies


# -- holdout 19's classes (after its one blind run) ------------------------------------------------------------


@pytest.mark.parametrize("question", ["When will the geodesy programme enter into force?",
                                      "Когда вступит в силу соглашение о торговле услугами?"])
def test_when_a_document_takes_effect_is_said_to_be_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents"


def test_which_document_a_person_signed_is_in_no_report() -> None:
    assert not SHIPPED.ask("Which agreement did Mishustin sign in Bishkek?").answered


def test_a_print_run_is_a_figure_an_anniversary_ordinal_does_not_give() -> None:
    assert not SHIPPED.ask("Каким тиражом выпустят юбилейную медаль?").answered


def test_which_delegation_opposed_a_countrys_proposal_is_said_to_be_in_no_report() -> None:
    reply = SHIPPED.ask("Which delegation opposed Uzbekistan's proposal on the free trade zone?")
    assert not reply.answered


def test_a_persons_words_in_a_report_and_the_agency_it_cites_are_given_together() -> None:
    reply = SHIPPED.ask("Which of Mishustin's words does Asia-Plus carry, and citing which agency?")
    assert reply.answered and "Interfax" in reply.headline
    assert any(i in FACTS.statements and FACTS.statements[i].speaker == "mishustin" for i in shown(reply))


# -- holdouts 19 to 21's classes, read after their blind runs ---------------------------------------------------


@pytest.mark.parametrize("question", ["Кто возглавлял делегацию Республики Армения?", "Кто был от Кыргызской Республики?",
                                      "Кто представлял Российскую Федерацию в Бишкеке?",
                                      "Who headed the delegation of the Republic of Belarus?"])
def test_a_country_named_by_its_official_name_is_that_country(question: str) -> None:
    reply = SHIPPED.ask(question)
    heads = {s.id for s in FACTS.speakers.values() if s.attended}
    assert reply.answered and reply.fact_id in heads, render_text(reply)
    assert "Республик" not in reply.headline and "Федерац" not in reply.headline  # not "never mentioned"


def test_a_head_of_government_named_by_the_full_russian_title_is_that_person() -> None:
    reply = SHIPPED.ask("Какие заявления сделал Председатель Правительства Российской Федерации?")
    mishustin = {s.id for s in FACTS.statements.values() if s.speaker == "mishustin"}
    assert reply.answered and mishustin <= shown(reply)


@pytest.mark.parametrize("question", ["Did the heads of government meet in Bishkek on 27 October?",
                                      "My notes say the session took place on October 27. Correct?",
                                      "Совещание глав правительств состоялось 27 октября, так?",
                                      "Подтвердите, что оно прошло 27 октября"])
def test_the_announced_day_checked_as_the_day_held_is_corrected_with_both_facts(question: str) -> None:
    reply = SHIPPED.ask(question)
    meeting = FACTS.meeting
    assert meeting is not None and reply.answered and reply.fact_id == meeting.id
    assert reply.headline.startswith(("Not on 27 October", "Не 27 октября")), reply.headline
    announced = {i for i in shown(reply) - {meeting.id} if "27" in FACTS.agreements[i].title}
    assert announced, "the fact that gives 27 October is shown beside the meeting's"


@pytest.mark.parametrize("question", ["Was the meeting first scheduled for 27 October?",
                                      "Where will the 24 May meeting be held?",
                                      "Когда Sputnik написал, что заседание будет 27 октября?"])
def test_a_day_asked_as_planned_or_for_the_next_meeting_is_not_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith(("Not on", "Не ")), reply.headline


@pytest.mark.parametrize("question", ["How many documents were signed in the end? Every outlet gives different numbers.",
                                      "Так сколько всего документов подписали? Цифры в разных местах разные."])
def test_how_many_documents_with_the_numbers_said_to_differ_gives_each_reports_count(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Give me Smailov's words verbatim, with the outlets.",
                                      "Summarise what Mishustin said, the main points.",
                                      "Основное из сказанного Лебедевым в этих материалах, дословно"])
def test_how_a_persons_words_are_wanted_is_no_topic_their_words_are_the_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "say", render_text(reply)
    assert len(shown(reply) & set(FACTS.statements)) >= 2


def test_a_word_of_a_persons_statement_that_looks_like_how_asked_still_picks_it() -> None:
    reply = SHIPPED.ask("What did Meredov say about the briefing?")
    assert reply.answered and reply.fact_id == "meredov-preparations"


@pytest.mark.parametrize("question", ["Show the documents as listed by the Kyrgyz government's website.",
                                      "The documents signed, as published on the Kyrgyz government site"])
def test_a_reports_list_asked_as_its_website_gives_it_is_that_reports_documents(question: str) -> None:
    reply = SHIPPED.ask(question)
    documents = {a.id for a in FACTS.agreements.values() if a.source == "gov-kg-2023-10-26"
                 and a.agreement_kind == "document"}
    assert reply.answered and reply.intent == "documents" and len(shown(reply) & documents) >= 9, render_text(reply)


# -- a question of two parts that no reply answers whole: each part, or nothing -----------------------------------


@pytest.mark.parametrize(("question", "person"), [("Who led the Tajik delegation, and what did Mishustin say?", "mishustin"),
                                                  ("Кто возглавлял делегацию Туркменистана и что сказал Смаилов?", "smailov")])
def test_two_questions_in_one_get_both_answers(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    said = {s.id for s in FACTS.statements.values() if s.speaker == person}
    heads = {s.id for s in FACTS.speakers.values() if s.attended}
    assert reply.answered and shown(reply) & heads and said <= shown(reply), render_text(reply)


def test_a_second_part_asking_who_reported_the_first_is_the_first_answer_with_its_source() -> None:
    reply = SHIPPED.ask("Who headed Belarus's delegation, and which outlet reported it?")
    assert reply.answered and reply.fact_id == "golovchenko" and "Astana Times" in render_text(reply)


@pytest.mark.parametrize("question", ["Who represented Armenia, and what did he say about Gaza?",
                                      "Was the services agreement signed in Bishkek? Which sectors does it cover?"])
def test_two_questions_in_one_are_not_answered_by_one_half(question: str) -> None:
    assert not SHIPPED.ask(question).answered


# -- someone only mentioned, asked for their words at this meeting; a report's time; labels; whose data -----------


@pytest.mark.parametrize("question", ["What did Tokayev say to the heads of government in Bishkek on 26 October?",
                                      "Что Мирзиёев говорил на заседании в Бишкеке?"])
def test_words_at_this_meeting_of_someone_who_took_no_part_are_not_an_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)
    assert reply.items, "what others relayed of them is still shown, as theirs"


@pytest.mark.parametrize("question", ["Which of Tokayev's words did a prime minister recall at the meeting?",
                                      "Did Tokayev speak at the meeting?"])
def test_relayed_words_asked_as_relayed_or_a_yes_no_on_speaking_is_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "tokayev", render_text(reply)


def test_a_reports_date_asked_comes_with_its_time_of_day_where_kept() -> None:
    tass = next(s for s in FACTS.sources.values() if s.publisher == "TASS" and s.published_time)
    reply = SHIPPED.ask("On what date did TASS run its story?")
    assert reply.answered and tass.published_time and tass.published_time in reply.headline, reply.headline


@pytest.mark.parametrize("question", ["Fact check: Mher Grigoryan led Armenia's delegation, right?",
                                      "Вопрос: кто возглавлял делегацию Армении?"])
def test_a_leading_label_is_not_read_as_the_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "grigoryan", render_text(reply)


@pytest.mark.parametrize("question", ["Whose information does TASS rest on?", "На чьих данных основывается ТАСС?"])
def test_whose_information_a_report_relies_on_is_the_agency_it_cites(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)


def test_a_persons_words_asked_with_the_agency_name_the_agencies_their_report_cites() -> None:
    reply = SHIPPED.ask("Mishustin's quotes and the news agency behind them")
    assert reply.answered and reply.intent == "say"
    assert any("Interfax" in note for note in reply.notes), reply.notes


@pytest.mark.parametrize("question", ["Which body, Lebedev said, would analyse the delegations' proposals?",
                                      "Какой орган, по словам Лебедева, проанализирует предложения?"])
def test_which_body_asked_of_a_persons_words_is_answered_by_the_words_naming_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "lebedev-proposals-analysis", render_text(reply)


def test_a_day_said_to_be_planned_then_checked_as_held_is_corrected() -> None:
    reply = SHIPPED.ask("Sputnik had it scheduled for 27 October. Did it take place on 27 October?")
    assert reply.answered and reply.headline.startswith("Not on 27 October"), reply.headline


# -- guards the review of this change found wanting ------------------------------------------------------------


@pytest.mark.parametrize("question", ["What did the Federation Council decide?", "Что решил Совет Федерации?"])
def test_federation_and_republic_are_words_of_their_own_away_from_a_state_name(question: str) -> None:
    assert not SHIPPED.ask(question).answered


@pytest.mark.parametrize("question", ["Did the Sochi meeting take place on 27 October?",
                                      "Did the heads of government meet on 24 May?",
                                      "Was the meeting reported on 27 October?",
                                      "What happened on 27 October?",
                                      "Was the session meant to take place on 27 October?",
                                      "Which city was chosen for the 27 October meeting?"])
def test_a_day_of_another_meeting_or_of_the_reports_is_not_corrected_as_this_meetings(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith("Not on"), reply.headline


def test_a_second_part_about_the_next_meeting_is_not_answered_with_this_ones_participants() -> None:
    reply = SHIPPED.ask("When is the meeting in Ashgabat, and who is going?")
    assert PARTICIPANTS_ID not in listed(reply), render_text(reply)


def test_a_meeting_day_no_report_gives_for_it_is_corrected_with_the_meeting_alone() -> None:
    reply = SHIPPED.ask("Was the meeting held on 28 October?")
    meeting = FACTS.meeting
    assert meeting is not None and reply.answered and shown(reply) == {meeting.id}, render_text(reply)


def test_a_reports_list_asked_as_given_on_its_site_in_russian_is_that_reports_documents() -> None:
    reply = SHIPPED.ask("Как указано на сайте правительства Кыргызской Республики, какие документы подписаны?")
    documents = {a.id for a in FACTS.agreements.values() if a.source == "gov-kg-2023-10-26"
                 and a.agreement_kind == "document"}
    assert reply.answered and len(shown(reply) & documents) >= 9, render_text(reply)


@pytest.mark.parametrize("question", ["Which documents are tied to the 80th anniversary?",
                                      "Какие документы касаются 80-летия?"])
def test_documents_asked_in_the_plural_are_every_one_holding_the_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"doc-victory-80th-anniversary-plan", "doc-jubilee-medal"} <= shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Затрагивался ли на заседании вопрос культуры?",
                                      "Какие гуманитарные темы затрагивались?"])
def test_touched_upon_is_discussed(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "agenda-cultural-humanitarian" in shown(reply), render_text(reply)


def test_what_someone_reported_about_the_next_meetings_place_is_their_words() -> None:
    reply = SHIPPED.ask("What did Meredov tell the cabinet about the Ashgabat meeting?")
    assert reply.answered and "meredov-preparations" in shown(reply), render_text(reply)


def test_how_many_documents_the_prime_ministers_signed_is_the_reports_counts() -> None:
    reply = SHIPPED.ask("How many documents did the premiers sign, in total?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


def test_how_many_prime_ministers_signed_is_a_count_no_report_gives() -> None:
    reply = SHIPPED.ask("How many premiers signed the documents?")
    assert not reply.answered and not document_counts() & listed(reply), render_text(reply)


def test_a_person_referring_to_another_is_their_words_naming_them() -> None:
    reply = SHIPPED.ask("Did Smailov refer to Tokayev in his speech?")
    assert reply.answered and reply.fact_id == "smailov-trade-barriers", render_text(reply)


@pytest.mark.parametrize("question", ["Каким годом обьявлен 2024-й в Содружестве?",
                                      "На чью информацию опирается ТАСС?"])
def test_russian_typed_with_a_soft_sign_or_whose_in_the_accusative_is_read(question: str) -> None:
    assert SHIPPED.ask(question).answered


# -- guards the second review found wanting --------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Did the foreign ministers' council meet on 27 October?",
                                      "Was the business forum held on 27 October?",
                                      "Заседание министров обороны прошло 27 октября?",
                                      "Did the working meeting in the capital take place on 23 May?"])
def test_another_bodys_or_events_day_is_not_corrected_as_this_meetings(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith(("Not on", "Не ")), reply.headline


@pytest.mark.parametrize("question", ["What did the People's Republic of China say?",
                                      "What did the Federation Council of Russia say about the meeting?"])
def test_state_words_beside_a_state_outside_the_meeting_or_a_council_stay_words_of_their_own(question: str) -> None:
    assert not SHIPPED.ask(question).answered


@pytest.mark.parametrize("question", ["When is the next meeting, and who will lead Belarus's delegation?",
                                      "Когда следующее заседание, и кто на нём будет от России?",
                                      "Who took part, and which delegations were missing?"])
def test_a_second_part_this_meeting_cannot_answer_keeps_the_whole_unanswered(question: str) -> None:
    assert not SHIPPED.ask(question).answered


@pytest.mark.parametrize("question", ["What did Mishustin say about the key risks?", "Что Лебедев сказал о тексте решения?"])
def test_a_how_asked_word_after_about_is_the_topic(question: str) -> None:
    assert not SHIPPED.ask(question).answered


def test_how_many_proposals_someone_made_is_a_count_no_report_gives() -> None:
    reply = SHIPPED.ask("How many proposals did Aripov put forward?")
    assert not reply.answered and reply.items, render_text(reply)


@pytest.mark.parametrize("question", ["Did the meeting take place in the Republic of Uzbekistan?",
                                      "Заседание состоялось в Таджикистане?"])
def test_the_meeting_said_to_be_held_in_another_country_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    meeting = FACTS.meeting
    assert meeting is not None and reply.answered and reply.fact_id == meeting.id, render_text(reply)
    assert reply.headline.startswith(("Not in", "Заседание прошло не в")), reply.headline


def test_the_meeting_said_to_be_held_in_the_next_ones_city_is_corrected_with_the_next_ones_facts() -> None:
    reply = SHIPPED.ask("Did the October meeting take place in Ashgabat?")
    schedule = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "schedule"}
    assert reply.answered and reply.headline.startswith("Not in Ashgabat") and schedule <= shown(reply), \
        render_text(reply)


def test_who_from_a_country_attended_the_meeting_held_in_the_host_city_is_that_countrys_head() -> None:
    assert SHIPPED.ask("Who from Belarus attended the meeting held in Bishkek?").fact_id == "golovchenko"


def test_a_second_part_of_one_word_found_in_some_fact_is_no_answer() -> None:
    assert not SHIPPED.ask("What did Smailov propose, and what was missing?").answered


@pytest.mark.parametrize("question", ["Where is the session after this one?", "Где пройдёт следующее после этого заседание?"])
def test_the_meeting_after_this_one_is_the_next(question: str) -> None:
    assert SHIPPED.ask(question).fact_id == "next-meeting-ashgabat"


@pytest.mark.parametrize("question", ["Which body is to analyse the delegations' proposals?",
                                      "Какой орган будет анализировать предложения делегаций?"])
def test_which_body_is_who(question: str) -> None:
    assert SHIPPED.ask(question).fact_id == "lebedev-proposals-analysis"


@pytest.mark.parametrize("question", ["How many meetings has the CIS Council of Heads of Government held so far?",
                                      "Сколько всего заседаний провёл Совет глав правительств?"])
def test_how_many_meetings_is_a_count_no_report_gives(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not document_counts() & listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Who told TASS about the signing?", "Кто сообщил ТАСС о подписании документов?"])
def test_who_told_a_report_is_the_agency_it_cites(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution" and reply.fact_id == SOURCES_ID, render_text(reply)


@pytest.mark.parametrize("question", ["Publication date and time of the TASS story?", "Дата и время публикации ТАСС?"])
def test_a_reports_publication_date_and_time_asked_as_nouns(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "16:57" in reply.headline, render_text(reply)


# -- guards the third review found wanting ---------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Did the Ashgabat meeting take place in Turkmenistan?",
                                      "Was the May session held in Ashgabat?",
                                      "Июньское заседание прошло в России?",
                                      "Was Innoprom held in Uzbekistan?",
                                      "Встреча в Минске прошла в Беларуси?"])
def test_another_events_place_is_not_corrected_as_this_meetings(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith(("Not in", "Не в", "Заседание прошло не в")), reply.headline


@pytest.mark.parametrize("question", ["Did the presidents meet on 27 October?", "How many documents did the presidents sign?"])
def test_the_presidents_meeting_is_not_this_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith("Not on") and not document_counts() & shown(reply), render_text(reply)


def test_how_many_countries_took_part_in_russian_is_the_participants() -> None:
    assert SHIPPED.ask("Сколько всего государств приняло участие?").fact_id == PARTICIPANTS_ID


def test_this_meeting_named_on_the_next_ones_day_is_corrected() -> None:
    reply = SHIPPED.ask("Это заседание в Бишкеке прошло 24 мая?")
    assert reply.answered and reply.headline.startswith("Не 24 мая"), reply.headline


def test_documents_on_a_country_a_document_names_are_that_document() -> None:
    reply = SHIPPED.ask("Are any of the documents about Afghanistan?")
    assert reply.answered and reply.fact_id == "doc-financing-afghanistan-search", render_text(reply)


def test_how_many_times_the_council_met_is_a_count_no_report_gives() -> None:
    reply = SHIPPED.ask("How many times has the CIS heads of government council met?")
    assert not reply.answered and not document_counts() & listed(reply), render_text(reply)


def test_topics_that_came_up_are_the_agenda_not_who_came() -> None:
    reply = SHIPPED.ask("Which subjects came up in Bishkek?")
    assert reply.fact_id != PARTICIPANTS_ID and reply.intent in {"overview", "retrieval"}, render_text(reply)


# -- guards the fourth review found wanting --------------------------------------------------------------------


@pytest.mark.parametrize(("question", "corrected"), [("Did the session take place in the Russian Federation?", True),
                                                     ("Проходило ли заседание в Российской Федерации?", True),
                                                     ("Was the meeting held in the Kyrgyz Republic?", False)])
def test_a_state_named_formally_as_the_place_is_checked_against_the_meetings(question: str, corrected: bool) -> None:
    reply = SHIPPED.ask(question)
    meeting = FACTS.meeting
    assert meeting is not None and reply.answered and reply.fact_id == meeting.id, render_text(reply)
    assert reply.headline.startswith(("Not in", "Заседание прошло не в")) == corrected, reply.headline


@pytest.mark.parametrize("question", ["Is Kyrgyzstan Republic Day mentioned anywhere?",
                                      "Что опубликовал Кабинет министров Кыргызской Республики?"])
def test_a_state_word_inside_a_name_is_not_dropped(question: str) -> None:
    reply = SHIPPED.ask(question)
    heads = {s.id for s in FACTS.speakers.values() if s.attended}
    assert reply.fact_id not in heads, render_text(reply)


@pytest.mark.parametrize("question", ["Which documents will be signed at the next meeting?",
                                      "Что подпишут на следующем заседании в Ашхабаде?"])
def test_the_next_meetings_documents_are_not_this_ones(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and not any(i.startswith("doc-") for i in listed(reply)), render_text(reply)


def test_which_body_met_somewhere_is_not_read_as_who() -> None:
    assert SHIPPED.ask("Which body met in Sochi in June?").fact_id == "venue-decided-sochi"


def test_which_body_will_handle_something_is_not_answered_with_whatever_mentions_it() -> None:
    reply = SHIPPED.ask("Какой орган СНГ займётся предложениями?")
    assert reply.fact_id in (None, "lebedev-proposals-analysis"), render_text(reply)


def test_how_many_prime_ministers_signed_in_russian_is_no_documents_count() -> None:
    assert not SHIPPED.ask("Сколько премьер-министров подписали документы?").answered


# -- a report's headline and time asked in other words; its source for a person's words ------------


@pytest.mark.parametrize("question", ["Как ТАСС озаглавил свою заметку?", "Как называется статья ТАСС?",
                                      "What was the TASS story called?", "Kak nazyvaetsya statya TASS?"])
def test_a_reports_name_asked_in_other_words_is_its_headline(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and FACTS.sources["tass-2023-10-26"].title in reply.headline, render_text(reply)


def test_a_heads_of_delegation_list_named_in_a_report_is_not_its_headline() -> None:
    reply = SHIPPED.ask("List every head of delegation named in the Astana Times report.")
    assert reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", ["Во сколько ТАСС выпустил заметку?", "When did TASS put the story up?"])
def test_when_a_report_was_put_out_is_its_date_and_time(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "16:57" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "agency"), [
    ("По какому источнику Asia-Plus приводит слова Мишустина?", "Интерфакс"),  # the agency it credits for them
    ("Who is the source the Astana Times relies on for Smailov's remarks?", "press service"),
    ("Whose account does Asia-Plus use for Mishustin's remarks?", "Interfax")])
def test_a_reports_source_for_a_persons_words_is_the_agency_it_cites(question: str, agency: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and agency in reply.headline, render_text(reply)


def test_a_report_with_no_agency_on_record_says_so_not_another_reports_agency() -> None:
    reply = SHIPPED.ask("Which source does Trend credit for Aripov's words?")
    assert reply.answered and "names no agency" in reply.headline, render_text(reply)
    assert "Interfax" not in render_text(reply) and "press service" not in render_text(reply)


def test_an_agency_named_as_the_source_is_not_read_as_the_report_it_names() -> None:
    reply = SHIPPED.ask("Какое информагентство сообщило о 22 подписанных документах со ссылкой на пресс-службу "
                        "правительства Киргизии?")
    assert "tass-22-documents" in shown(reply) and "не указано агентство" not in reply.headline, render_text(reply)


# -- the people named in the reports are the participants, not the reports -----------------------


@pytest.mark.parametrize("question", ["List every head of delegation named in the reports, with country.",
                                      "Which heads of delegation do the reports name?",
                                      "Назовите всех глав делегаций, упомянутых в публикациях.",
                                      "Назовите всех участников заседания по списку Astana Times."])
def test_heads_of_delegation_named_in_the_reports_are_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", ["Which reports name the heads of delegation?",
                                      "Who reported the list of participants?"])
def test_which_reports_name_the_participants_is_still_about_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.fact_id == SOURCES_ID, render_text(reply)


# -- a person's words relayed in a fact curated for another purpose ------------------------------


@pytest.mark.parametrize("question", ["What did Lebedev say in Sochi?", "Что Лебедев сказал о Бишкеке в Сочи?",
                                      "Приведи дословно слова Лебедева в Сочи о месте следующего заседания."])
def test_a_persons_words_at_another_meeting_are_the_fact_relaying_them(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)
    assert not shown(reply) & set(FACTS.statements), "his words at this meeting are not his words in Sochi"


@pytest.mark.parametrize("question", ["Give me Lebedev's quote announcing Ashgabat as the next venue.",
                                      "Give me a one-line quote from Lebedev on how the meeting went.",
                                      "What did Lebedev say about Armenia?"])
def test_a_relayed_saying_is_not_given_for_a_subject_it_does_not_hold(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not {"venue-decided-sochi", "date-announced-27-october"} & shown(reply), render_text(reply)


# -- a year a document of this meeting is for is no later event -----------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("What anniversary will the CIS celebrate in 2025, according to the documents signed in Bishkek?",
     "doc-victory-80th-anniversary-plan"),
    ("What will 2024 be in the CIS, according to the action plan adopted in Bishkek?", "volunteer-year-2024")])
def test_the_year_a_signed_plan_is_for_is_answered_from_the_plan(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What documents will be signed in 2024?", "Which anniversary was celebrated in 2024?"])
def test_what_is_signed_or_celebrated_in_a_later_year_is_still_not_known(question: str) -> None:
    assert not SHIPPED.ask(question).answered


# -- a delegation's rank, a title asked of the reports -------------------------------------------


@pytest.mark.parametrize(("question", "person"), [("Армения — кто и в каком ранге?", "grigoryan"),
                                                  ("Who represented Azerbaijan, and at what rank?", "mustafayev"),
                                                  ("Какую должность занимает Рашид Мередов, по Turkmenportal?", "meredov"),
                                                  ("Кто такой Сергей Лебедев в этих сообщениях?", "lebedev")])
def test_a_rank_or_title_asked_in_other_words_is_the_persons_entry(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person, render_text(reply)


def test_a_country_before_a_reports_name_stays_the_question_subject() -> None:
    reply = SHIPPED.ask("Who represented Armenia according to Sputnik?")
    assert reply.fact_id != PARTICIPANTS_ID and "grigoryan" in listed(reply) | {reply.fact_id}, render_text(reply)


# -- a boycott, a signer for one country, where a saying was made, a count checked against a report ----------


def test_a_boycott_asked_of_someone_never_mentioned_is_not_answered_and_no_request_word_is_a_name() -> None:
    reply = SHIPPED.ask("Did Armenian PM Pashinyan boycott the Bishkek meeting? Confirm it.")
    assert not reply.answered and "boycott" in reply.headline and "Confirm" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Кто именно подписал документы от имени Казахстана?",
                                      "Who signed on behalf of Belarus?"])
def test_who_signed_for_a_country_is_not_its_head_of_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)
    text = render_text(reply)  # what the reports do say: the participants signed; who led that delegation
    assert re.search(r"Smailov|Смаилов|Golovchenko|Головченко", text) and "Tokayev" not in text, text


@pytest.mark.parametrize("question", ["Где Лебедев объявил о Бишкеке?", "Where did Lebedev announce the Bishkek meeting?"])
def test_where_a_person_announced_something_is_the_fact_relaying_that_saying(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "venue-decided-sochi" in shown(reply), render_text(reply)


def test_a_number_checked_against_a_report_in_words_gives_every_reports_count() -> None:
    reply = SHIPPED.ask("По итогам заседания подписано двадцать документов, как сообщил ТАСС?")
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Trend's Aripov story — which city and date is the dateline?",
                                      "Какая дата и место в датлайне Trend?"])
def test_a_dateline_asked_with_its_date_gives_both(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and re.search(r"(TASHKENT|ТАШКЕНТ), 27 (October|октября) 2023", reply.headline), \
        render_text(reply)


# -- guards: what the rules above must not catch (found by review) --------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("What is the uranium programme called in the Kyrgyz government's report?", "doc-uranium-recultivation-program"),
    ("Как называется медаль, о которой пишет статья ТАСС?", None)])
def test_a_thing_called_something_in_a_report_is_not_the_reports_headline(question: str, fact: str | None) -> None:
    reply = SHIPPED.ask(question)
    assert reply.fact_id != SOURCES_ID and (fact is None or reply.fact_id == fact), render_text(reply)


@pytest.mark.parametrize("question", ["Когда выпустят юбилейную медаль, о которой пишет ТАСС?",
                                      "Когда будет размещён брифинг, о котором пишет Turkmenportal?"])
def test_when_something_a_report_mentions_will_be_released_is_not_the_reports_date(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent != "report" and not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Who did Sputnik get the date from?", "На кого ссылается Sputnik Армения?"])
def test_a_report_quoting_a_person_is_not_said_to_name_no_source(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "date-announced-27-october" in shown(reply) and "names no agency" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["What is the most reliable source, TASS or Asia-Plus?",
                                      "What are the sources apart from the Astana Times?"])
def test_a_judgement_of_the_reports_is_not_their_credit(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "names as its sources" not in reply.headline, render_text(reply)


def test_a_place_word_after_po_is_not_a_reports_name() -> None:
    reply = SHIPPED.ask("Сотрудничество по Азии — что предлагал Арипов?")
    assert "Asia-Plus" not in reply.headline, render_text(reply)


def test_heads_of_delegation_named_in_more_than_one_report_are_not_the_whole_list() -> None:
    reply = SHIPPED.ask("Which heads of delegation are named in more than one report?")
    assert reply.fact_id != PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", ["What documents will be adopted in 2024?", "Какие решения будут приняты в 2025 году?",
                                      "What plan will be adopted in 2026?", "What happened at the 2025 celebrations?",
                                      "Как прошло празднование в 2025 году?",
                                      "What will the CIS celebrate in 2030 according to the documents signed?"])
def test_a_later_years_decisions_or_celebrations_are_still_another_time(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What is the capacity of the energy systems?", "What rank does Kyrgyzstan hold in the CIS?",
                                      "Какие сообщения сделал Лебедев?"])
def test_capacity_rank_and_announcements_are_not_read_as_a_title_or_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.fact_id not in {"aripov-energy-systems", "japarov", "lebedev"} or not reply.answered, render_text(reply)


def test_a_proposal_in_two_or_three_reports_versions_is_given_in_each() -> None:
    reply = SHIPPED.ask("Какую платформу предложил создать Узбекистан?")
    assert reply.answered and {"uzbekistan-ecommerce-free-trade-zone", "aripov-ecommerce-azernews"} <= shown(reply), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Did Aripov propose a common CIS currency? Quote it.",
                                      "Какую валюту предложил создать Узбекистан?"])
def test_a_proposal_no_report_holds_is_not_answered_with_all_of_the_speakers_words(question: str) -> None:
    assert not SHIPPED.ask(question).answered


def test_am_i_right_that_is_a_fact_check_of_whose_words_they_were() -> None:
    reply = SHIPPED.ask("Am I right that Smailov proposed a unified energy system?")
    assert reply.answered and "Aripov" in reply.headline and "aripov-energy-systems" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Until when does the geodesy programme run?", "What is the geodesy programme's end date?",
                                      "До какого срока рассчитана программа по геодезии?"])
def test_how_long_a_programme_runs_is_the_year_its_title_gives(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "doc-geodesy-cartography-program" and "2026" in render_text(reply)


def test_how_long_the_meeting_lasted_is_still_not_known() -> None:
    assert not SHIPPED.ask("How long was the meeting?").answered


@pytest.mark.parametrize("question", ["Besides trade and transport, was anything cultural on the agenda?",
                                      "What topics were on the agenda besides trade and industry?",
                                      "Помимо торговли, обсуждались ли гуманитарные вопросы?"])
def test_topics_set_aside_are_not_the_subject_of_an_agenda_question(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "agenda-cultural-humanitarian" in shown(reply), render_text(reply)


# -- guards from the second review --------------------------------------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("In the Kyrgyz government's list, what is the fourth item called?", "doc-uranium-recultivation-program"),
    ("Как называется в публикации правительства Кыргызстана программа по урану?", "doc-uranium-recultivation-program")])
def test_an_item_called_something_inside_a_report_is_that_item(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert fact in shown(reply), render_text(reply)


def test_when_a_thing_a_report_names_was_released_is_not_the_reports_date() -> None:
    reply = SHIPPED.ask("Когда выпустили юбилейную медаль, о которой писал ТАСС?")
    assert reply.intent != "report" and not reply.answered, render_text(reply)


@pytest.mark.parametrize(("question", "person"), [("Who represented Kazakhstan at the signing?", "smailov"),
                                                  ("Who was Russia's head of delegation for the signing?", "mishustin")])
def test_who_led_a_delegation_at_the_signing_is_its_head(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and person in shown(reply) | listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Где Лебедев сообщил о предложениях глав делегаций?",
                                      "Where did Lebedev announce the decisions of the Bishkek meeting?"])
def test_where_a_person_said_something_of_this_meeting_is_not_their_earlier_announcement(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not {"venue-decided-sochi", "date-announced-27-october"} & shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Какую платформу предложил закрыть Узбекистан?", "Какие программы предложил отменить Арипов?"])
def test_a_proposal_turned_on_its_head_is_not_answered_with_its_versions(question: str) -> None:
    assert not SHIPPED.ask(question).answered


@pytest.mark.parametrize("question", ["Was Mr. Pashinyan at the Bishkek meeting for Armenia?",
                                      "Did Armenia send its PM? Pashinyan, I mean."])
def test_a_title_or_a_later_sentence_keeps_the_stranger_named(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "don't mention Pashinyan." in reply.headline, render_text(reply)


def test_a_number_of_delegations_is_not_a_number_of_documents_checked() -> None:
    reply = SHIPPED.ask("По итогам встречи 8 делегаций подписали документы, как сообщил ТАСС?")
    assert reply.intent != "count", render_text(reply)


def test_when_someone_spoke_beside_a_dateline_does_not_date_the_dateline() -> None:
    reply = SHIPPED.ask("Which city is in Trend's dateline and when did Aripov speak?")
    assert "27 October" not in reply.headline, render_text(reply)


# -- confident wrong answers a broad review found (present before this session) ------------------


@pytest.mark.parametrize(("question", "person"), [("Who was there from Kazakhstan?", "smailov"),
                                                  ("kto byl ot kazahstana", "smailov"), ("kto ot turkmenii", "geldimyradov")])
def test_who_was_there_from_a_country_is_its_head_not_everyone_from_it_the_reports_name(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person and not reply.items, render_text(reply)


@pytest.mark.parametrize("question", ["itogi zasedaniya v ashhabade", "Was there a press conference after the meeting?",
                                      "which report is the most reliable?", "kto predsedatel sng v 2023",
                                      "who wrote the Astana Times article?"])
def test_questions_the_reports_cannot_answer_are_not_answered_with_a_near_fact(question: str) -> None:
    assert not SHIPPED.ask(question).answered


def test_a_list_asked_of_a_report_that_has_none_says_so() -> None:
    reply = SHIPPED.ask("List the heads of delegation named in the TASS report")
    assert not reply.answered and "TASS" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Is it correct that the meeting took place in Astana?",
                                      "Правильно ли я понимаю, что заседание прошло 27 октября?"])
def test_a_checked_place_or_day_is_corrected_however_the_check_is_worded(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and re.search(r"Not in Astana|Не 27 октября", reply.headline), render_text(reply)


def test_which_prime_ministers_were_there_is_who_came_with_their_titles_not_the_list_of_reports() -> None:
    reply = SHIPPED.ask("Which prime ministers were there?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize("question", ["Which prime ministers were there in person?", "Какие премьер-министры были лично?"])
def test_which_prime_ministers_came_in_person_is_the_heads_of_government_themselves(question: str) -> None:
    reply = SHIPPED.ask(question)
    premiers = {s.id for s in FACTS.speakers.values() if s.attended and not re.search(r"Deputy|вице", s.role)}
    assert reply.answered and shown(reply) == premiers, render_text(reply)


@pytest.mark.parametrize("question", ["Did the Azerbaijani delegation sign the documents?", "Did Armenia sign all the documents?"])
def test_whether_a_country_signed_is_not_answered_with_its_head_of_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and "participants signed" in render_text(reply), render_text(reply)


# -- guards from the third review ----------------------------------------------------------------


@pytest.mark.parametrize(("question", "not_shown"), [
    ("Apart from free trade, what issues did the meeting discuss?", "smailov-trade-barriers"),
    ("Кроме свободной торговли, что обсуждали?", "smailov-trade-dynamics")])
def test_a_two_word_topic_set_aside_is_set_aside_whole(question: str, not_shown: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.fact_id != not_shown, render_text(reply)


@pytest.mark.parametrize("question", ["На какой срок планируется провести заседание в Ашхабаде?",
                                      "How long before the meeting was the plan announced?"])
def test_a_planned_thing_or_how_long_before_is_no_programmes_term(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not {"doc-victory-80th-anniversary-plan", "aripov-industrial-concept"} & shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "person"), [("Who from Uzbekistan is the president?", "aripov"),
                                                  ("Кто от Казахстана президент?", "smailov")])
def test_a_countrys_president_is_not_its_head_of_delegation(question: str, person: str) -> None:
    assert SHIPPED.ask(question).fact_id != person


@pytest.mark.parametrize("question", ["What did Lebedev say at the press conference?",
                                      "Press conference aside, how many documents were signed?"])
def test_a_press_conference_named_in_passing_does_not_block_the_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "press conference" not in reply.headline.lower() or reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Who wrote the e-commerce proposal in the Trend report?",
                                      "Who is the author of the quote about the Belt and Road in the Astana Times?"])
def test_who_wrote_words_in_a_report_is_whose_words_not_the_byline(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "byline" not in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Назовите более точную дату заседания в Ашхабаде.",
                                      "What is the more accurate figure, 20 or 22 documents?",
                                      "Who called Russia the most reliable ally?"])
def test_accuracy_or_reliability_asked_of_a_fact_is_no_opinion(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent != "opinion", render_text(reply)


def test_bishkeks_results_and_the_next_meeting_in_ashgabat_are_not_another_event() -> None:
    reply = SHIPPED.ask("Итоги заседания в Бишкеке и дата следующего в Ашгабате?")
    assert reply.intent != "other-event", render_text(reply)


def test_who_took_part_per_a_report_that_quotes_participants_is_not_said_to_have_nothing() -> None:
    reply = SHIPPED.ask("Which delegations attended, according to Asia-Plus?")
    assert "Nothing on this from Asia-Plus" not in reply.headline, render_text(reply)


# -- classes from holdouts 25 to 27, read after their blind first run -----------------------------


@pytest.mark.parametrize("question", ["Full roster of delegation heads, please. Country and name for each.",
                                      "Kindly list every delegation that took part, together with the name of its head.",
                                      "список участников дай срочно кто от какой страны",
                                      "Какие страны участвовали? Перечислите все, пожалуйста, мне для карты на доске."])
def test_a_participants_list_asked_with_fillers_or_a_purpose_is_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_the_following_meeting_is_the_next_one() -> None:
    reply = SHIPPED.ask("When and where is the following meeting of the Council of Heads of Government to be held?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_what_was_decided_following_the_meeting_is_still_this_meetings() -> None:
    reply = SHIPPED.ask("What was decided following the meeting?")
    assert "next-meeting-ashgabat" not in shown(reply), render_text(reply)


def test_how_much_of_the_documents_is_a_count() -> None:
    reply = SHIPPED.ask("According to TASS, how much of those documents are on financing?")
    assert reply.answered and reply.fact_id == "tass-nine-financing-documents", render_text(reply)


@pytest.mark.parametrize("question", ["The CIS Championship document: which sport?",
                                      "Did any country opt out of the uranium recultivation programme?"])
def test_what_the_documents_do_not_say_is_not_answered_with_the_document(question: str) -> None:
    assert not SHIPPED.ask(question).answered


@pytest.mark.parametrize(("question", "person"), [("kto takoi Aripov?", "aripov"), ("kto takoi lebedev", "lebedev")])
def test_who_is_someone_typed_in_latin_letters_with_takoi_is_their_entry(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person, render_text(reply)


def test_at_what_time_a_report_came_out_is_its_time_in_russian_too() -> None:
    reply = SHIPPED.ask("В какое время вышла новость ТАСС про документы?")
    assert reply.answered and "16:57" in reply.headline, render_text(reply)


# -- what the reports never record: votes, reactions, who backed a proposal, who gave a press conference --


@pytest.mark.parametrize(("question", "said"), [
    ("Was the decision on the CIS Championship unanimous, or did someone vote differently?", "no vote"),
    ("Как проголосовал Армения за план Года волонтёров?", "голосовании"),
    ("How did Moscow react to Uzbekistan's free-trade proposal?", "no one's reaction"),
    ("Какая была реакция Минска на итоги?", "реакции"),
    ("Which delegations supported Uzbekistan's proposal on a single energy system?", "who backed"),
    ("Какие страны поддержали предложение создать платформу электронной торговли?", "чьё предложение"),
    ("Who gave the press conference after the session?", "press conference")])
def test_what_the_reports_never_record_is_said_not_answered_with_a_near_fact(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and said in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Which documents on financial support were signed?", "doc-financial-support-bodies"),
    ("What did Aripov say about supporting import substitution?", "aripov-import-substitution-support"),
    ("Who proposed a single e-commerce platform?", "aripov-ecommerce-technical-barriers")])
def test_support_in_a_documents_title_or_a_speakers_words_is_still_answered(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


# -- where a report was written: its dateline; of a publisher's two reports, the one of the month named --


@pytest.mark.parametrize(("question", "said"), [
    ("Which city was Trend's October piece written in, and on what date?", "TASHKENT, 27 October 2023"),
    ("Where was the Trend story of February written?", "ASHGABAT"),
    ("В каком городе написана октябрьская статья Trend?", "ТАШКЕНТ")])
def test_where_a_report_was_written_is_its_dateline_of_the_month_named(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and said in text and not {"ASHGABAT", "TASHKENT", "АШХАБАД", "ТАШКЕНТ"} - {said.split(",")[0]} \
        & set(re.findall(r"[A-ZА-Я]{6,}", reply.headline)), text


def test_a_report_asked_by_its_month_in_the_prepositional_case_is_that_months_report() -> None:
    reply = SHIPPED.ask("Что писал Trend в феврале?")
    assert reply.answered and "minsk-permanent-representatives-trend" in listed(reply), render_text(reply)
    assert "aripov-energy-systems" not in listed(reply), render_text(reply)


# -- a closing sentence on what the answer is for is no part of the question ---------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("Where and when was the meeting held? I need the precise day for our timeline.", "cis-hog-2023-10-26"),
    ("Who headed the Tajik delegation? I'm preparing a profile for the weekend edition.", "rasulzoda"),
    ("Кто возглавлял делегацию Таджикистана? Пишу справку для редакции.", "rasulzoda")])
def test_a_closing_sentence_saying_what_the_answer_is_for_does_not_block_it(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


# -- false premises said to be false: a day, a count, a person, a title ---------------------------------


@pytest.mark.parametrize("question", ["Встреча была 27 октября?", "zasedanie bylo 27 oktyabrya?"])
def test_a_russian_yes_no_check_of_the_announced_day_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("Не 27 октября"), render_text(reply)


@pytest.mark.parametrize(("question", "said"), [
    ("Is the next CIS heads of government meeting due on 20 June 2024?", "None of the reports gives 20 June"),
    ("Следующее заседание пройдёт 14 мая 2024 года?", "не называет 14 мая")])
def test_a_wrong_day_for_the_next_meeting_is_said_with_the_day_announced(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and said in reply.headline and "next-meeting-ashgabat" in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "said"), [("Were 25 agreements signed in Bishkek?", "No report gives 25."),
                                                ("Подписали 18 документов, верно?", "Ни одна публикация не называет 18.")])
def test_a_count_no_report_gives_is_said_before_the_reports_counts(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(said) and "22" in reply.headline, render_text(reply)


def test_a_count_named_beside_a_part_of_it_is_not_denied() -> None:
    reply = SHIPPED.ask("Of the 22 documents TASS counts, how many concern financing?")
    assert "No report gives" not in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "head"), [("Did Lukashenko come to Bishkek?", "golovchenko"),
                                                ("Алиев участвовал в заседании?", "mustafayev")])
def test_a_leader_the_reports_never_name_is_not_confirmed_but_their_delegations_head_is_shown(question: str,
                                                                                           head: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered and head in listed(reply) and re.search(r"don't mention|не упоминается", text), text


def test_what_a_leader_the_reports_never_name_said_is_still_not_answered() -> None:
    reply = SHIPPED.ask("What did Lukashenko say in Bishkek?")
    assert not reply.answered and reply.headline.startswith("The reports don't mention Lukashenko."), \
        render_text(reply)  # who came from Belarus follows as a pointer, never as his words


@pytest.mark.parametrize("question", ["Was Kohir Rasulzoda Uzbekistan's prime minister?", "Арипов — премьер Казахстана?"])
def test_a_person_given_another_countrys_title_is_denied_with_their_own(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and re.match(r"No:|Нет:", reply.headline), render_text(reply)


def test_a_choice_between_two_titles_is_not_denied() -> None:
    reply = SHIPPED.ask("Did Mishustin go to Bishkek himself or did Russia send a deputy?")
    assert not re.match(r"No:|Нет:", reply.headline), render_text(reply)


@pytest.mark.parametrize("question", ["Did Turkmenistan's prime minister attend?", "Был ли на заседании премьер Азербайджана?"])
def test_a_prime_minister_asked_where_a_deputy_came_is_said_not_listed(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and re.match(r"The reports don't list the prime minister|Премьер-министра", reply.headline), \
        render_text(reply)


def test_the_meeting_of_prime_ministers_is_no_claim_about_a_countrys_prime_minister() -> None:
    reply = SHIPPED.ask("armenia's rep at the cis pm meeting?")
    assert reply.answered and "don't list" not in reply.headline, render_text(reply)


# -- from the fresh-user probe: finance's plural forms, who came before someone, an agency's facts, a frame word alone --


@pytest.mark.parametrize("question", ["сколько документов по финансам", "skolko dokumentov po finansam"])
def test_documents_on_finances_in_the_plural_are_the_nine_financing_ones(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "tass-nine-financing-documents", render_text(reply)


def test_who_held_a_post_before_someone_named_is_not_answered_with_that_person() -> None:
    reply = SHIPPED.ask("Кто возглавлял Исполком СНГ до Лебедева?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("What did AKIpress say?", "uzbekistan-ecommerce-free-trade-zone"),
                                                ("Что сообщало БелТА?", "lebedev")])
def test_an_agency_a_report_cites_is_answered_with_the_facts_credited_to_it_by_name(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply) and "Asia-Plus" in reply.headline, render_text(reply)
    assert all("Asia-Plus" in text for text in [render_text(reply)]), render_text(reply)


def test_an_agency_asked_with_a_subject_is_not_its_whole_list() -> None:
    reply = SHIPPED.ask("What did BelTA report about the next meeting?")
    assert reply.answered and listed(reply) == {"next-meeting-ashgabat"}, render_text(reply)  # not Lebedev's words


@pytest.mark.parametrize(("question", "fact"), [("date?", "cis-hog-2023-10-26"), ("а где?", "cis-hog-2023-10-26"),
                                                ("the next one?", "next-meeting-ashgabat")])
def test_a_frame_word_asked_alone_is_about_the_meeting(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


def test_a_frame_word_after_an_answer_on_the_next_meeting_is_the_next_meetings() -> None:
    from bot.intents.dispatch import answer

    _, context = answer(SHIPPED.matcher, "Where will the next meeting be held?")
    reply, _ = answer(SHIPPED.matcher, "the date?", None, context)
    assert reply.answered and "next-meeting-ashgabat" in listed(reply), render_text(reply)


# -- guards from the seventh review: the new rules do not fire beside their trigger words ----------------


@pytest.mark.parametrize("question", ["Did Aripov quote the Uzbek president?", "Did Lebedev thank the Kyrgyz prime minister?",
                                      "Смаилов упоминал президента Казахстана?"])
def test_a_title_of_someone_else_in_the_question_is_no_claim_to_deny(question: str) -> None:
    assert not re.match(r"No:|Нет:", SHIPPED.ask(question).headline)


@pytest.mark.parametrize(("question", "fact"), [
    ("Where did the heads of government vote to hold their next meeting?", "next-meeting-ashgabat"),
    ("What was Smailov's response to the trade barriers?", "smailov-trade-barriers"),
    ("What did Smailov say? I need his quote for transport.", "smailov-transport-routes"),
    ("What did Trend write about the October meeting?", "last-meeting-bishkek-trend"),
    ("Where will the next meeting after 26 October 2023 be?", "next-meeting-ashgabat")])
def test_the_new_rules_leave_an_answerable_question_answered(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


def test_speaking_in_support_of_plans_is_no_backing_of_a_proposal() -> None:
    reply = SHIPPED.ask("Which leaders spoke in support of the plans for industrial cooperation?")
    assert reply.answered and "who backed" not in render_text(reply), render_text(reply)


def test_a_number_of_documents_asked_for_is_no_count_to_deny() -> None:
    reply = SHIPPED.ask("Name 3 documents that were signed")
    assert "No report gives" not in reply.headline, render_text(reply)


def test_where_in_a_report_something_is_written_is_not_its_dateline() -> None:
    reply = SHIPPED.ask("Where in the Astana Times article is it written that an action plan was adopted?")
    assert "dateline" not in render_text(reply), render_text(reply)


# -- from the fresh-user probe: a plan "was set for" a city, the heads of state also met, who announced, "был там" --


@pytest.mark.parametrize(("question", "said"), [("Was the next meeting set for Dushanbe?", "Not in Dushanbe"),
                                                ("Следующее заседание было назначено в Баку?", "Не в городе Баку")])
def test_a_city_the_next_meeting_was_set_for_is_corrected_with_the_city_in_the_replys_language(question: str,
                                                                                            said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(said) and "next-meeting-ashgabat" in listed(reply), \
        render_text(reply)


def test_whether_the_heads_of_state_also_met_is_what_a_speaker_here_said_of_it() -> None:
    reply = SHIPPED.ask("Did the heads of state also meet in Bishkek that month?")
    assert reply.answered and "smailov-trade-barriers" in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("Кто объявил дату заседания?", "date-announced-27-october"),
                                                ("Кто в Сочи объявил, что заседание будет в Бишкеке?", "venue-decided-sochi")])
def test_who_announced_the_date_or_the_place_in_russian_is_the_announcement(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("Головченко был там?", "golovchenko"),
                                                ("Казахстан — кто был от них?", "smailov")])
def test_was_someone_there_and_who_came_from_them_are_attendance(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


# -- from the second probe and the eighth review ----------------------------------------------------------


@pytest.mark.parametrize(("question", "said"), [("True or false: the meeting took place on 27 October 2023.", "Not on 27 October"),
                                                ("Заседание ведь прошло в Минске?", "Не в городе Минск")])
def test_a_check_worded_true_or_false_or_with_ved_is_still_corrected(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(said), render_text(reply)


@pytest.mark.parametrize(("question", "head"), [("Belarus: who and at what level?", "golovchenko"),
                                                ("Таджикистан — кто и на каком уровне?", "rasulzoda")])
def test_who_and_at_what_level_is_the_delegations_head(question: str, head: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == head and not reply.items, render_text(reply)


def test_which_delegations_signed_one_document_is_not_answered_with_the_document() -> None:
    reply = SHIPPED.ask("Which delegations signed the agreement on the mining and metallurgical sector?")
    assert not reply.answered and "none says who signed" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Give me the key facts about the meeting for a news bulletin.",
                                      "Назовите главные факты о заседании для сюжета."])
def test_the_key_facts_asked_for_anything_are_the_meeting_in_brief(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview" and "cis-hog-2023-10-26" in listed(reply), render_text(reply)


def test_a_claim_that_the_next_meeting_is_in_a_city_the_reports_name_for_something_else_is_corrected() -> None:
    reply = SHIPPED.ask("Fact check: the next heads of government meeting will be in Minsk in May 2024.")
    assert reply.answered and reply.headline.startswith("Not in Minsk") and "next-meeting-ashgabat" in listed(reply), \
        render_text(reply)


@pytest.mark.parametrize(("question", "said"), [("Whom did Golovchenko meet with in Bishkek?", "no meetings, talks or signings"),
                                                ("Which building hosted the session?", "not a building")])
def test_talks_on_the_side_and_the_building_are_said_not_recorded(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and said in render_text(reply), render_text(reply)


def test_an_english_word_with_h_is_not_read_as_russian_in_latin_letters() -> None:
    reply = SHIPPED.ask("Which hotel hosted the delegations?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Were more than 15 documents signed?", "Were 20 documents signed by 9 delegations?"])
def test_a_comparison_or_another_number_beside_the_count_is_not_denied(question: str) -> None:
    assert "No report gives" not in SHIPPED.ask(question).headline


@pytest.mark.parametrize(("question", "fact"), [
    ("What did Aripov say? I need the energy part for my story.", "aripov-energy-systems"),
    ("When was the meeting? I am a journalist, I need the exact date.", "cis-hog-2023-10-26"),
    ("How did the CIS Executive Committee react to the delegations' proposals?", "lebedev-proposals-analysis")])
def test_what_a_closing_sentence_asks_for_is_kept_and_a_body_named_is_no_unknown_reaction(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Was Sadyr Japarov at the meeting?", "Садыр Жапаров присутствовал?"])
def test_the_kyrgyz_president_is_not_confirmed_by_his_namesake_the_prime_minister(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and re.search(r"Sadyr Japarov|Садыр Жапаров", reply.headline) \
        and "japarov" in listed(reply), render_text(reply)


# -- guards from the ninth review: the meeting itself is no talk on the side, a building no verb -------------


@pytest.mark.parametrize(("question", "fact"), [
    ("What did Mishustin say at the meeting with the other CIS prime ministers?", "mishustin"),
    ("Что сказал Лебедев по итогам переговоров?", "lebedev-results-new-impetus"),
    ("Was building a unified energy system discussed?", "aripov-energy-systems"),
    ("Which hall in Ashgabat will host the next meeting?", "next-meeting-ashgabat"),
    ("Was the next meeting set for Bishkek at the Sochi meeting?", "venue-decided-sochi"),
    ("Следующее заседание постпредов пройдёт в Минске?", "minsk-permanent-representatives-trend"),
    ("Hi? I'm a journalist and I need the number of documents signed.", "twenty-documents-signed"),
    ("Кто выступал? Я журналист, мне нужны цитаты Мишустина.", "mishustin")])
def test_the_new_abstentions_and_corrections_do_not_fire_beside_their_words(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply) and not re.match(r"Not in|Не в городе", reply.headline), \
        render_text(reply)


def test_key_facts_on_a_subject_are_not_the_meeting_in_brief() -> None:
    reply = SHIPPED.ask("Key facts about the Year of Volunteer Movement?")
    assert reply.intent != "overview" or "cis-hog-2023-10-26" not in listed(reply), render_text(reply)


def test_a_word_opening_a_sentence_is_no_strangers_name() -> None:
    reply = SHIPPED.ask("Quick question? I'm a student and I need to know who represented Armenia.")
    assert "Quick" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Main facts about transport routes?", "Важные факты о торговле?"])
def test_key_facts_on_a_topic_are_not_the_meeting_in_brief(question: str) -> None:
    assert SHIPPED.ask(question).intent != "overview"


# -- read from blind holdout 29 after its one run ------------------------------------------------------


@pytest.mark.parametrize("question", ["Please give the complete list of delegation heads with their posts.",
                                      "List the heads of delegations at the 26 October 2023 session, with posts."])
def test_a_list_of_heads_with_posts_or_a_date_is_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


def test_a_percentage_asked_with_the_sign_is_a_figure_the_quote_must_give() -> None:
    reply = SHIPPED.ask("By what % did mutual trade grow, according to Smailov?")
    assert not reply.answered, render_text(reply)


# -- this session's classes, read from the seen holdouts' misses (holdouts 28 and 29) ----------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("What is the programme on uranium tailings called?", "doc-uranium-recultivation-program"),
    ("Что подписали по хвостохранилищам урана?", "doc-uranium-recultivation-program"),
    ("Any document on the digitalization of the energy sector?", "doc-fuel-energy-digital-transformation"),
    ("Что было про цифровизацию энергетики?", "doc-fuel-energy-digital-transformation"),
])
def test_the_common_word_for_a_documents_subject_finds_it(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("What were the main priorities of Smailov for CIS cooperation?", "smailov-industrial-priority"),
    ("In what capacity did the Turkmen representative attend?", "geldimyradov"),
    ("Какие основные приоритеты назвал Смаилов?", "smailov-industrial-priority"),
])
def test_an_emphasis_word_or_a_capacity_asked_does_not_sink_the_answer(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "name", "head"), [
    ("putin priezzhal?", "Putin", "mishustin"),
    ("Пашинян приезжал на заседание?", "Пашинян", "grigoryan"),
    ("did lukashenko come", "Lukashenko", "golovchenko"),
])
def test_a_leader_no_report_names_typed_in_lower_case_or_who_came_is_no_yes(question: str, name: str,
                                                                           head: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and name in reply.headline and reply.fact_id == head, render_text(reply)


@pytest.mark.parametrize("question", ["Will the Innoprom forum be held in Moscow?",
                                      "Форум на Иннопроме пройдёт в Алматы?",
                                      "The CIS industrial cooperation forum at Innoprom is in Minsk, right?"])
def test_a_city_claimed_for_a_fact_that_names_another_is_corrected_with_the_fact(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "aripov-innoprom-forum", render_text(reply)
    assert re.match(r"None of the reports gives (Moscow|Minsk)|Ни одна публикация не называет здесь город Алматы",
                    reply.headline), render_text(reply)
    assert "Not in" not in reply.headline and "Не в городе" not in reply.headline


@pytest.mark.parametrize("question", ["The Innoprom forum will be in Tashkent, right?",
                                      "Was the meeting held in Moscow?",
                                      "Did the heads of government meet in Minsk?"])
def test_the_city_check_leaves_a_right_city_and_the_meetings_own_place_alone(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent != "check", render_text(reply)


@pytest.mark.parametrize(("question", "expected"), [
    ("Trend dateline?", ("TASHKENT", "ASHGABAT")),
    ("Какой дейтлайн у Trend?", ("ТАШКЕНТ", "АШХАБАД")),
    ("Trend on Aripov's speech - dateline and day?", ("TASHKENT, 27 October 2023",)),
    ("Откуда и каким числом датирован материал Trend об Арипове?", ("ТАШКЕНТ, 27 октября 2023",)),
])
def test_a_dateline_asked_by_the_noun_alone_or_with_its_day_gives_the_reports_dateline(
        question: str, expected: tuple[str, ...]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and all(e in reply.headline for e in expected), render_text(reply)


def test_a_dateline_given_beside_its_city_is_not_asked() -> None:
    reply = SHIPPED.ask("In the Trend report datelined Tashkent, what did Aripov say?")
    assert reply.intent != "report", render_text(reply)


@pytest.mark.parametrize(("question", "fact", "correction"), [
    ("Kazakh Prime Minister Aripov proposed an e-commerce platform. What else did he propose?", None,
     "Abdulla Aripov as Prime Minister, Uzbekistan"),
    ("What did Azerbaijani Prime Minister Mustafayev say?", None, "Shahin Mustafayev as Deputy Prime Minister"),
    ("Премьер Казахстана Арипов что предлагал?", "aripov", "Абдулла Арипов — премьер-министр, Узбекистан"),
    ("What did the President of Kazakhstan Smailov say about mutual trade?", "smailov-trade-dynamics",
     "Alikhan Smailov as Prime Minister, Kazakhstan"),
])
def test_a_title_beside_a_name_that_the_reports_do_not_give_is_corrected_above_the_answer(
        question: str, fact: str | None, correction: str) -> None:
    reply = SHIPPED.ask(question)
    assert correction in reply.headline, render_text(reply)
    assert fact is None or fact in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Did Aripov agree with the Kazakh prime minister?",
                                      "Which Kazakh president did Smailov quote?",
                                      "Did Kazakhstan send President Tokayev to the prime ministers' council?",
                                      "What did the Kazakh prime minister Smailov say about transit?",
                                      "На инициативу какого президента ссылался Арипов?"])
def test_a_title_that_is_theirs_or_someone_elses_is_not_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.headline.startswith(("Note:", "Уточнение:")), render_text(reply)


@pytest.mark.parametrize(("question", "name", "head"), [
    ("What did Putin say at the Bishkek meeting?", "Putin", "mishustin"),
    ("Summarise Russian President Putin's speech in Bishkek.", "Putin", "mishustin"),
    ("Что сказал Лукашенко о заседании?", "Лукашенко", "golovchenko"),
])
def test_the_words_of_a_leader_no_report_names_are_not_given_but_who_came_is(question: str, name: str,
                                                                           head: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and name in reply.headline and reply.fact_id == head, render_text(reply)


@pytest.mark.parametrize(("question", "correction"), [
    ("Asia-Plus reported 22 documents, didn't it?", "No: Asia-Plus gives 20."),
    ("ТАСС сообщает о двадцати подписанных документах?", "Нет: у TASS — 22."),
    ("Why did TASS count only 20 documents?", "No: TASS gives 22."),
    ("ТАСС насчитал 11 документов о финансовом обеспечении?", "Нет: у TASS — 9."),
])
def test_a_count_put_to_a_report_that_gives_another_is_corrected_with_both_counts(question: str,
                                                                                  correction: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(correction), render_text(reply)


@pytest.mark.parametrize("question", ["TASS gives 22 documents: how many of them are on financing?",
                                      "The TASS headline says more than 20 documents: how many exactly?",
                                      "Asia-Plus says twenty documents, right?"])
def test_a_count_the_report_does_give_or_a_bound_is_not_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and not reply.headline.startswith("No:"), render_text(reply)


@pytest.mark.parametrize(("question", "headline"), [
    ("Why was the meeting held on 27 October?", "Not on 27 October"),
    ("Почему заседание прошло 27 октября?", "Не 27 октября"),
])
def test_a_why_asked_of_a_false_premise_gets_the_correction_not_no_reason(question: str, headline: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(headline), render_text(reply)


def test_a_why_asked_of_the_true_day_instead_of_the_announced_one_is_not_corrected() -> None:
    reply = SHIPPED.ask("Why was the meeting held on 26 instead of 27 October?")
    assert not reply.headline.startswith("Not on"), render_text(reply)


# -- read from fresh-user probe 3's wrong answers ------------------------------------------------------------


@pytest.mark.parametrize(("question", "publishers", "absent"), [
    ("Which outlets put out stories on 27 October 2023?", ("The Astana Times", "Asia-Plus", "Trend"), "Sputnik"),
    ("Какие СМИ опубликовали материалы 26 октября?", ("TASS", "Cabinet of Ministers"), "Asia-Plus"),
])
def test_the_reports_of_a_day_are_those_dated_that_day(question: str, publishers: tuple[str, ...],
                                                       absent: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and all(p in reply.headline for p in publishers) and absent not in reply.headline, \
        render_text(reply)


def test_a_report_said_to_give_a_day_for_the_meeting_is_no_report_of_that_day() -> None:
    reply = SHIPPED.ask("Which outlet reported that the meeting would be held on 27 October?")
    assert not reply.headline.startswith("Published on"), render_text(reply)


@pytest.mark.parametrize("question", ["Which outlet was the first to report that the next meeting is in Ashgabat?",
                                      "Кто первым написал, что следующее заседание будет в Ашхабаде?"])
def test_who_first_reported_something_is_headed_by_the_earliest_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and re.search(r"(earliest of them here are of 27 October 2023|самые ранние из них здесь вышли "
                                        r"27 октября 2023 года)[^.]*Asia-Plus \((citing BelTA|со ссылкой на БелТА)\)",
                                        reply.headline), render_text(reply)
    assert "Sputnik" not in reply.headline


@pytest.mark.parametrize("question", ["What was this meeting about?", "О чём было это заседание?"])
def test_what_the_meeting_was_about_is_the_meeting_in_brief(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview" and "cis-hog-2023-10-26" in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Per Trend, when was the previous meeting before the one in Ashgabat?",
                                      "Когда, по Trend, было предыдущее заседание перед ашхабадским?"])
def test_the_previous_meeting_before_ashgabat_is_not_the_next_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "last-meeting-bishkek-trend" in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["The heads of delegation made proposals: what will happen to them?",
                                      "Что будет с предложениями глав делегаций?"])
def test_what_becomes_of_the_delegations_proposals_is_lebedevs_answer_not_the_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "lebedev-proposals-analysis" in listed(reply), render_text(reply)


def test_the_signers_of_a_document_named_by_its_anniversary_are_not_given() -> None:
    reply = SHIPPED.ask("Какие государства подписали план к 80-летию Победы?")
    assert not reply.answered and reply.fact_id == "doc-victory-80th-anniversary-plan", render_text(reply)


@pytest.mark.parametrize(("question", "correction", "fact"), [
    ("The 27 October session in Bishkek: what were its results?", "Not on 27 October", "documents-signed"),
    ("Что подписали главы правительств в Ташкенте 26 октября 2023 года?", "Не в городе Ташкент",
     "doc-next-regular-meeting"),
    ("The next meeting is in Minsk in May 2024: on which day exactly?", "Not in Minsk", "next-meeting-may-24-trend"),
    ("Следующее заседание в Москве в 2025 году — где и когда точно?", "Ни одна публикация не называет 2025",
     "next-meeting-ashgabat"),
])
def test_a_wrong_day_or_city_taken_for_granted_is_corrected_above_the_answer(question: str, correction: str,
                                                                             fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(correction) and fact in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What did Lebedev say in Sochi about the next meeting?",
                                      "When was the meeting? Sputnik said 27 October.",
                                      "What did the Eurasian Intergovernmental Council decide in Yerevan in 2023?",
                                      "What did the presidents sign at the Bishkek summit on 13 October?",
                                      "Why was the meeting held on 26 instead of 27 October?"])
def test_a_day_or_city_of_another_meeting_or_of_a_report_is_not_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not re.match(r"(Not (in|on) |Не (в городе )?\d* ?\w+:)", reply.headline), render_text(reply)


@pytest.mark.parametrize(("question", "correction", "fact"), [
    ("They adopted a plan for the 70th anniversary of Victory: what is in it?", "None of the reports gives the 70th",
     {"doc-victory-80th-anniversary-plan"}),
    ("Медаль к 75-й годовщине Победы — что о ней известно?", "Ни одна публикация не называет здесь 75-ю годовщину",
     {"doc-jubilee-medal", "tass-documents-by-subject"}),  # the medal's entry, or TASS's line naming it
])
def test_an_anniversary_the_reports_number_otherwise_is_corrected_whatever_is_asked(question: str, correction: str,
                                                                                  fact: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(correction) and reply.fact_id in fact, render_text(reply)


def test_the_anniversary_the_reports_give_is_not_corrected() -> None:
    reply = SHIPPED.ask("What is in the plan for the 80th anniversary of Victory?")
    # (what the plan holds no report says, which is said above its title: its number of years stands uncorrected)
    assert reply.intent != "check" and reply.fact_id and "80th" in render_text(reply) \
        and not reply.headline.startswith("No"), render_text(reply)


# -- the agency a report credits fact by fact (Asia-Plus: BelTA, Interfax, AKIpress) --------------------------


@pytest.mark.parametrize(("question", "agency", "not_credited"), [
    ("Through which agency does Asia-Plus quote Mishustin?", "Asia-Plus cites Interfax for", "BelTA"),
    ("На какое агентство ссылается Asia-Plus, приводя слова Лебедева?", "Asia-Plus ссылается на БелТА", "AKIpress"),
    ("Which agency does Asia-Plus credit for the Uzbek e-commerce platform?", "Asia-Plus cites AKIpress", "Interfax"),
])
def test_the_agency_a_report_credits_for_the_fact_asked_is_named_not_its_whole_list(
        question: str, agency: str, not_credited: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(agency) and not_credited not in reply.headline, \
        render_text(reply)


def test_a_fact_its_report_credits_to_no_agency_is_given_none() -> None:
    reply = SHIPPED.ask("Who reported that twenty documents were signed?")
    assert reply.answered and reply.headline.startswith("Reported by Asia-Plus.") and "citing" not in reply.headline, \
        render_text(reply)


def test_both_of_mishustins_passages_are_credited_to_interfax_as_the_report_runs_on() -> None:
    reply = SHIPPED.ask("Who reported that Mishustin called Russia a reliable ally?")
    assert reply.answered and "reported by Asia-Plus, citing Interfax." in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["What is the 30th anniversary of the CIS plan?",
                                      "Which country hosted the previous meeting in Sochi?"])
def test_another_things_anniversary_or_another_meetings_host_is_not_corrected_as_this_ones(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent not in ("check", "overview") or "cis-hog-2023-10-26" not in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which country hosted the meeting?", "Какая страна принимала заседание?"])
def test_the_host_country_is_the_meetings_place_not_the_delegations(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


@pytest.mark.parametrize(("question", "word"), [("sledujuschaja vstrecha ashgabat data", "24"),
                                                ("kto predstavljal armeniju", "Григорян")])
def test_russian_typed_in_another_latin_scheme_is_read_as_russian(question: str, word: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and word in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Summarize the meeting", "Give me a short summary of the meeting, please",
                                      "short summary please", "Дай краткую сводку о заседании"])
def test_a_summary_of_the_meeting_asked_with_its_own_words_is_the_meeting_in_brief(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview" and "cis-hog-2023-10-26" in listed(reply), render_text(reply)


def test_a_summary_of_someones_words_is_still_their_words() -> None:
    reply = SHIPPED.ask("Summarize Mishustin's speech")
    assert reply.answered and reply.fact_id == "mishustin", render_text(reply)


# -- read from fresh-user probe 4 -------------------------------------------------------------------------------


@pytest.mark.parametrize(("question", "facts"), [
    ("What did Asia-Plus cite BelTA for?", {"lebedev-frank-conversation", "next-meeting-ashgabat"}),
    ("Что сообщил «Интерфакс»?", {"mishustin-eaeu", "mishustin-reliable-ally"}),
])
def test_what_an_agency_is_credited_for_is_the_facts_credited_to_it(question: str, facts: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and facts <= listed(reply), render_text(reply)
    assert "uzbekistan-ecommerce-free-trade-zone" not in listed(reply)  # AKIpress's, not BelTA's or Interfax's


def test_a_figure_of_a_subject_no_fact_counts_is_not_another_count() -> None:
    reply = SHIPPED.ask("What was the total volume of trade among CIS states mentioned at the meeting?")
    assert not reply.answered, render_text(reply)


def test_a_day_first_announced_is_no_day_of_publication() -> None:
    reply = SHIPPED.ask("Which outlet announced 27 October as the meeting's date first, and on what day did it run?")
    assert not reply.headline.startswith("Published on"), render_text(reply)


def test_why_it_was_held_there_is_how_the_venue_was_chosen() -> None:
    reply = SHIPPED.ask("Почему встречу провели именно там?")
    assert reply.answered and "venue-decided-sochi" in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Date and city of the heads of government meeting, one line for the anchor.", "cis-hog-2023-10-26"),
    ("Who represented Armenia, for a lower third?", "grigoryan"),
    ("Кто представлял Армению, одной строкой для титра?", "grigoryan"),
])
def test_a_closing_clause_on_the_answers_form_or_use_is_no_subject(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


def test_who_reported_on_the_preparations_in_russian_is_meredov() -> None:
    reply = SHIPPED.ask("Кто в Туркменистане докладывал о подготовке к заседанию 24 мая?")
    assert reply.answered and "meredov-preparations" in listed(reply), render_text(reply)


# -- an amount asked in Latin letters or as a sum is no count, no other fact -----------------------


@pytest.mark.parametrize("question", [
    "kakoj byudzhet sng utverdili na 2024 god?",
    "What sum was allocated under the financing documents?",
    "nazval li smailov tsifry tovarooborota?",
    "Did Smailov give a cifru for trade turnover?",
])
def test_an_amount_or_figure_the_reports_do_not_give_is_not_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_summing_up_is_no_sum_of_money() -> None:
    reply = SHIPPED.ask("How did Lebedev sum up the meeting's results?")
    assert reply.answered and "lebedev-results-new-impetus" in listed(reply), render_text(reply)


# -- a dateline asked with where, or when and from where -------------------------------------------


@pytest.mark.parametrize(("question", "place"), [
    ("Where is the Trend story on Aripov's speech datelined?", "TASHKENT"),
    ("When and from where did Sputnik Armenia report it?", "YEREVAN"),
    ("Когда и откуда передал новость Sputnik Армения?", "ЕРЕВАН"),
])
def test_a_dateline_asked_with_where_is_the_reports_dateline(question: str, place: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and place in reply.headline, render_text(reply)


def test_when_and_from_where_gives_the_reports_day_too() -> None:
    reply = SHIPPED.ask("When and from where did Sputnik Armenia report it?")
    assert "8 June 2023" in reply.headline, render_text(reply)


# -- whom a report cites, and an agency put to it ----------------------------------------------


def test_whom_a_report_cites_beside_a_speaker_is_its_agency_not_his() -> None:
    reply = SHIPPED.ask("Whom does AzerNews cite when it reports Aripov's speech?")
    assert reply.answered and "Kun News" in reply.headline, render_text(reply)


def test_whom_the_speaker_cites_per_a_report_is_still_the_speakers() -> None:
    reply = SHIPPED.ask("Whom did Aripov cite, according to AzerNews?")
    assert reply.answered and "Kun News" not in reply.headline and "Mirziyoyev" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "agency"), [
    ("Did Asia-Plus take Mishustin's words from TASS?", "Interfax"),
    ("Asia-Plus got Lebedev's quotes from Interfax, right?", "BelTA"),
    ("Правда, что Asia-Plus взяла слова Мишустина у БелТА?", "Интерфакс"),
])
def test_a_wrong_agency_put_to_a_reports_facts_is_corrected(question: str, agency: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and re.match(r"(No|Нет):", reply.headline) and agency in reply.headline, render_text(reply)
    assert reply.items, render_text(reply)  # the facts themselves, under the correction


@pytest.mark.parametrize(("question", "corrected"), [
    ("Does Asia-Plus credit Interfax for Mishustin's words?", False),
    ("Trend cites Interfax, doesn't it?", True),
    ("Does TASS cite the Kyrgyz government's press service?", False),
    ("ТАСС ссылается на БелТА?", True),
])
def test_an_agency_put_to_a_whole_report_is_checked_against_its_record(question: str, corrected: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and bool(re.match(r"(No|Нет):", reply.headline)) == corrected, render_text(reply)


# -- "the next meeting" set for Bishkek is this one, as it was announced ------------------------------


@pytest.mark.parametrize("question", [
    "At whose initiative was the next regular session set for Bishkek?",
    "По чьей инициативе следующее заседание решили провести в Бишкеке?",
    "на какой встрече решили, что будет бишкек?",
])
def test_the_next_meeting_chosen_for_bishkek_is_how_this_one_came_about(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)


@pytest.mark.parametrize("question", [
    "The next session will be in Bishkek again, right?",
    "Where will the next meeting be held?",
])
def test_the_next_meetings_own_place_is_still_ashgabat(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "venue-decided-sochi" not in listed(reply), render_text(reply)


# -- someone's priorities, plural, are all they set out ---------------------------------------------


def test_the_priorities_someone_set_out_are_all_their_words() -> None:
    reply = SHIPPED.ask("What priorities for joint work did Smailov outline?")
    assert reply.answered and {"smailov-industrial-priority", "smailov-transport-routes"} <= listed(reply), \
        render_text(reply)


def test_priorities_on_one_subject_are_that_subjects() -> None:
    reply = SHIPPED.ask("What were Smailov's priorities on transport?")
    assert reply.answered and reply.fact_id == "smailov-transport-routes", render_text(reply)


@pytest.mark.parametrize("question", [
    "What did Interfax and AKIpress each report, per Asia-Plus?",
    "Что сообщили «Интерфакс» и AKIpress, каждое?",
])
def test_several_agencies_asked_at_once_get_each_ones_facts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"mishustin-eaeu", "uzbekistan-ecommerce-free-trade-zone"} <= listed(reply), \
        render_text(reply)


# -- from fresh-user probe 5 -----------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "Why did President Tokayev come to Bishkek for the meeting?",
    "Зачем Токаев сам приезжал на заседание?",
])
def test_why_someone_came_who_was_not_there_says_they_were_not(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "tokayev" and "smailov" in reply.suggestions[0].fact_id, \
        render_text(reply)


def test_why_a_country_sent_someone_of_a_post_is_no_question_about_another_of_that_post() -> None:
    reply = SHIPPED.ask("Why did Turkmenistan send a deputy chairman rather than its head of government?")
    assert "meredov" not in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "corrected"), [
    ("The Trend piece on Aripov's speech was datelined Bishkek, wasn't it?", True),
    ("ТАСС передал новость из Москвы?", True),
    ("Was the Trend February piece datelined Ashgabat?", False),
    ("Is the Astana Times dateline Bishkek?", True),
])
def test_a_dateline_put_to_a_report_is_checked_against_its_record(question: str, corrected: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report", render_text(reply)
    assert bool(re.match(r"(No|Нет):", reply.headline)) == corrected, render_text(reply)


def test_a_right_dateline_beside_another_question_leaves_that_question_to_be_answered() -> None:
    reply = SHIPPED.ask("In the Trend story datelined Tashkent, what did Aripov say about energy systems?")
    assert reply.answered and "aripov-energy-systems" in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "publishers"), [
    ("Which of the sources are in Russian?", {"TASS", "Sputnik Armenia", "Turkmenportal"}),
    ("Какие публикации написаны на английском?", {"The Astana Times", "Asia-Plus"}),
])
def test_the_reports_asked_by_their_language_are_those_in_it(question: str, publishers: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and all(p in reply.headline for p in publishers), render_text(reply)
    assert ("TASS" in reply.headline) == ("TASS" in publishers), render_text(reply)


@pytest.mark.parametrize("question", [
    "Who is Meredov, in the Turkmenportal piece about the preparations?",
    "Кто такой Мередов в заметке о подготовке к заседанию?",
])
def test_who_someone_is_with_where_they_appear_is_their_entry(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "meredov", render_text(reply)


def test_who_someone_is_and_what_they_said_answers_what_they_said() -> None:
    reply = SHIPPED.ask("Кто такой Мередов и что он доложил Кабинету министров?")
    assert reply.answered and "meredov-preparations" in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "shown"), [
    ("kakie agentstva tsitiruet asia-plus?", "BelTA"),
    ("Чьи слова приводил Смаилов?", "smailov-trade-barriers"),
    ("Briefing memo: the heads of delegation and their posts, please.", "participants"),
    ("So the meeting itself was held in Astana, I infer?", "cis-hog-2023-10-26"),
])
def test_words_of_the_frame_in_latin_letters_or_as_capitals_are_read_as_such(question: str, shown: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and (shown in reply.headline or shown in listed(reply)
                               or any(shown in i for i in listed(reply) | {reply.headline})), render_text(reply)


def test_sectors_by_a_named_report_are_that_reports_account() -> None:
    reply = SHIPPED.ask("Which sectors did the documents cover, by the Astana Times?")
    assert reply.answered and "documents-signed" in listed(reply), render_text(reply)


def test_a_wrong_year_given_on_the_way_to_asking_something_else_is_corrected() -> None:
    reply = SHIPPED.ask("The mining cooperation agreement dates from 2012: which measures implement it?")
    assert reply.answered and reply.fact_id == "doc-mining-metallurgy-measures", render_text(reply)
    assert "2012" in reply.headline and "2016" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "What is planned in Ashgabat on 23 May?",
    "Что сообщил Sputnik Армения 8 июня 2023 года?",
])
def test_a_day_asked_about_is_no_claim_to_correct(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent != "check", render_text(reply)


@pytest.mark.parametrize(("question", "answered"), [
    ("Which anniversary will the CIS states mark in 2025 under the plan signed in Bishkek?", True),
    ("which countrys signed the uranium programme", False),
])
def test_which_asks_the_signing_countries_only_when_it_is_beside_them(question: str, answered: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered == answered, render_text(reply)
    assert ("none says who signed" in reply.headline) == (not answered), render_text(reply)


# -- reports compared on their figures -----------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "TASS and Asia-Plus: compare their figures, please.",
    "В чём расходятся цифры у ТАСС и Asia-Plus?",
    "тасс 22 дока, азия плюс 20 - кто прав?",
])
def test_reports_compared_on_their_figures_get_both_counts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "count" and "20" in reply.headline and "22" in reply.headline, \
        render_text(reply)


def test_two_reports_lists_compared_are_no_count() -> None:
    reply = SHIPPED.ask("How does the TASS list of documents compare with the Kyrgyz government's?")
    assert reply.intent != "count", render_text(reply)


@pytest.mark.parametrize("question", [
    "Что говорится в февральской заметке Trend о прошлом заседании?",
    "Что, если верить заметке Trend, было с предыдущим заседанием?",
])
def test_a_report_named_by_its_month_or_as_a_note_is_the_authority(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "last-meeting-bishkek-trend" in listed(reply), render_text(reply)


# -- from adversarial review 13 ----------------------------------------------------------------------


def test_a_wrong_dateline_beside_a_question_on_a_quote_is_corrected_above_its_answer() -> None:
    reply = SHIPPED.ask("The Trend report, datelined Moscow, said Aripov proposed what?")
    assert reply.answered and reply.headline.startswith("No:") and "TASHKENT" in reply.headline, render_text(reply)
    assert "aripov-energy-systems" in listed(reply), render_text(reply)


def test_whether_a_report_said_who_attended_is_its_list_of_participants() -> None:
    reply = SHIPPED.ask("Did The Astana Times say who took part?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Parliamentary memo: who represented Tajikistan?", "rasulzoda"),
    ("Справка: кто представлял Таджикистан?", "rasulzoda"),
])
def test_a_label_before_the_question_adds_nothing_to_it(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize(("question", "answered"), [
    ("Which states signed the documents?", True),
    ("Какая страна подписала документы с оговорками?", False),
])
def test_which_countries_signed_the_documents_is_who_signed_them(question: str, answered: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered == answered and (reply.fact_id == "documents-signed") == answered, render_text(reply)


@pytest.mark.parametrize("question", ["TASS cites BelTA?", "kakie istochniki na russkom?"])
def test_short_and_latin_questions_about_the_reports_are_read(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent in ("attribution", "report"), render_text(reply)


@pytest.mark.parametrize(("question", "place"), [
    ("otkuda peredal TASS novost?", "БИШКЕК"),  # (Russian in Latin letters: answered in Russian)
    ("Откуда передал свою заметку Trend об Арипове?", "ТАШКЕНТ"),
])
def test_from_where_a_report_was_sent_is_its_dateline(question: str, place: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and place in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("I'm an energy analyst: what did the meeting say about energy systems?", "aripov-energy-systems"),
    ("Я журналистка, готовлю материал: какие культурно-гуманитарные вопросы обсуждались?",
     "agenda-cultural-humanitarian"),
])
def test_who_is_asking_before_a_colon_adds_nothing(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


def test_a_report_with_no_dateline_kept_says_so_without_claiming_none_are_kept() -> None:
    reply = SHIPPED.ask("What is the dateline of the AzerNews piece?")
    assert not reply.answered and "not their datelines" not in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Are any of the reports in Kazakh?", "Есть ли публикации на узбекском?"])
def test_a_language_no_report_is_in_is_said_with_the_languages_they_are_in(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "TASS" in reply.headline and "Asia-Plus" in reply.headline, render_text(reply)
    assert reply.headline.startswith(("None of the reports", "Ни одна")), render_text(reply)


# -- from fresh-user probe 6 -------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Which agencies does Asia-Plus cite, and for what?",
                                      "На какие агентства ссылается Asia-Plus и о чём?"])
def test_what_a_report_credits_fact_by_fact_is_given_by_agency_never_as_the_whole_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "not fact by fact" not in text and "не по каждому факту" not in text, text
    assert all(agency in reply.headline for agency in ("AKIpress",)) and reply.headline.count("Asia-Plus") >= 3, text


def test_a_report_crediting_one_agency_for_all_is_still_said_to() -> None:
    reply = SHIPPED.ask("Which agency does TASS cite?")
    assert reply.answered and "Kyrgyz government's press service" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "person"), [
    ("Кто выступал от Узбекистана?", "aripov"),
    ("Who spoke for Russia?", "mishustin"),
])
def test_who_spoke_for_a_country_is_its_head_of_delegation_not_someone_quoted_of_it(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person and reply.intent == "say", render_text(reply)


def test_how_someone_described_something_is_their_words() -> None:
    reply = SHIPPED.ask("How did Mishustin describe Russia?")
    assert reply.answered and "mishustin-reliable-ally" in listed(reply), render_text(reply)


def test_how_someone_is_described_is_who_they_are() -> None:
    reply = SHIPPED.ask("How is Lebedev described in the reports?")
    assert reply.answered and reply.fact_id == "lebedev" and not reply.items, render_text(reply)


# -- read from blind holdouts 32 and 33 after their one run ----------------------------------------------


def test_a_part_of_the_documents_a_report_counts_is_that_count() -> None:
    reply = SHIPPED.ask("ТАСС упоминает девять документов: что это за документы?")
    assert reply.answered and reply.fact_id == "tass-nine-financing-documents", render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("Tashkent bureau: who represented Uzbekistan?", "aripov"),
    ("Belarusian desk: who led Belarus's delegation?", "golovchenko"),
    ("Confirm: the meeting was held in Bishkek on 26 October 2023.", "cis-hog-2023-10-26"),
])
def test_a_newsroom_label_or_a_check_label_before_the_question_is_read_as_such(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


def test_a_title_put_to_the_wrong_person_gets_who_held_it() -> None:
    reply = SHIPPED.ask("Лебедев — премьер России?")
    assert reply.headline.startswith("Нет:") and "Мишустин" in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "How did Mishustin respond to Aripov's e-commerce proposal?",
    "Что Смаилов ответил на инициативу Арипова?",
])
def test_one_speaker_answering_another_is_not_in_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_report_with_two_pieces_is_no_agency_claimed_against_itself() -> None:
    reply = SHIPPED.ask("Trend cites ?")
    assert not reply.headline.startswith("No:"), render_text(reply)


# -- read from probe 7 and the seen holdouts 32 and 33, this session -----------------------------------


def gov_kg_documents() -> set[str]:
    return {a.id for a in FACTS.agreements.values() if a.source == "gov-kg-2023-10-26" and a.agreement_kind == "document"}


@pytest.mark.parametrize("question", [
    "Show me the Kyrgyz government's list of the documents",
    "Какие документы перечисляет правительство Кыргызстана?",
    "What did the Kyrgyz cabinet publish on the documents?",
])
def test_a_report_named_by_its_country_lists_its_documents_the_country_no_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and gov_kg_documents() <= listed(reply), render_text(reply)


def test_a_document_on_a_subject_in_the_governments_list_is_that_document() -> None:
    reply = SHIPPED.ask("Which uranium document is on the Kyrgyz government's list?")
    assert reply.answered and reply.fact_id == "doc-uranium-recultivation-program", render_text(reply)


def test_a_reports_own_account_of_the_sectors_is_its_alone() -> None:
    reply = SHIPPED.ask("Per the Astana Times, in what fields were documents signed?")
    sources = {FACTS.source_of(FACTS.entry(i)).id for i in listed(reply)}  # type: ignore[arg-type]
    assert reply.answered and sources == {"astana-times-2023-10-27"}, render_text(reply)


@pytest.mark.parametrize("question", ["Is Akylbek Japarov a relative of the Kyrgyz president, Sadyr Japarov?",
                                      "Акылбек Жапаров — родственник президента Кыргызстана Садыра Жапарова?"])
def test_kinship_with_someone_the_reports_never_name_is_not_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Was Lukashenko there for Belarus?", "Sadyr Japarov from Kyrgyzstan?"])
def test_a_stranger_at_a_delegation_is_still_answered_with_who_came(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attend", render_text(reply)


@pytest.mark.parametrize(("question", "day"), [
    ("what happens in Ashgabat on the twentieth of May", "20 May"),
    ("what is planned for may twenty three in ashgabat", "23 May"),
    ("что будет в Ашхабаде двадцать третьего мая", "23 мая"),
])
def test_a_day_written_in_words_is_a_day_not_a_count_of_documents(question: str, day: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "meredov-preparations" and day in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What are the key facts of the TASS report?",
                                      "the headline points of Asia-Plus's report on the meeting",
                                      "Основные факты заметки AzerNews"])
def test_a_reports_main_facts_are_what_it_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report" and len(reply.items) > 1, render_text(reply)


def test_a_reports_headline_is_still_its_headline() -> None:  # guard
    reply = SHIPPED.ask("What headline did Asia-Plus give its report?")
    assert reply.answered and reply.fact_id == SOURCES_ID and "headlined" in reply.headline, render_text(reply)


@pytest.mark.parametrize(("question", "city"), [("Did the meeting take place in Osh?", "Osh"),
                                                ("Заседание прошло в Оше?", "Ош")])
def test_a_kyrgyz_city_other_than_bishkek_is_corrected_to_bishkek(question: str, city: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("Not in " + city, "Не в городе " + city)), render_text(reply)
    assert "Bishkek" in reply.headline or "Бишкек" in reply.headline


@pytest.mark.parametrize("question", ["Turkmenistan signed the documents?", "Таджикская делегация подписала все документы?",
                                      "Какие документы подписала Беларусь?"])
def test_what_a_country_signed_is_not_in_the_reports_and_never_who_led_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "documents", render_text(reply)
    assert "signed for" in render_text(reply) or "кто именно подписал" in render_text(reply), render_text(reply)


def test_a_countrys_name_as_a_subject_of_the_documents_is_still_their_subject() -> None:  # guard
    reply = SHIPPED.ask("anything about afghanistan among the documents?")
    assert reply.answered and reply.fact_id == "doc-financing-afghanistan-search", render_text(reply)


@pytest.mark.parametrize("question", ["Did Mishustin meet Golovchenko?", "Встречался ли Смаилов с Мишустиным?",
                                      "Did Aripov have a meeting with Rasulzoda?"])
def test_two_people_meeting_each_other_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "attend", render_text(reply)


def test_two_people_at_the_meeting_is_still_each_ones_attendance() -> None:  # guard
    reply = SHIPPED.ask("Were Mishustin and Golovchenko at the meeting?")
    assert reply.answered and {"mishustin", "golovchenko"} <= listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What did Sergei Shoigu say?", "Did Roman Protasevich attend?",
                                      "Что сказал Михаил Кузнецов?"])
def test_a_first_name_before_a_surname_no_report_gives_is_not_that_speaker(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)
    assert not listed(reply) & {"lebedev", "golovchenko", "mishustin"}, render_text(reply)


@pytest.mark.parametrize(("question", "person"), [("Did Abdulla Oripov come?", "aripov"),
                                                  ("Что предложил Абдулла Орипов?", "aripov"),
                                                  ("What did Sergey Lebedef say?", "lebedev")])
def test_a_first_name_before_its_own_surname_mistyped_is_that_speaker(question: str, person: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == person, render_text(reply)


@pytest.mark.parametrize(("question", "city"), [
    ("Aripov spoke of a forum at Innoprom in Almaty: what did he say?", "Almaty"),
    ("Что Арипов говорил о форуме на Иннопроме в Самарканде?", "Самарканд"),
])
def test_a_known_event_put_in_a_city_no_report_gives_is_corrected_not_another_meeting(question: str, city: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "aripov-innoprom-forum" and city in reply.headline, render_text(reply)
    assert "Tashkent" in render_text(reply) or "Ташкент" in render_text(reply)


def test_another_bodys_meeting_in_another_city_is_still_another_event() -> None:  # guard
    reply = SHIPPED.ask("What did the Eurasian Intergovernmental Council agree in Yerevan?")
    assert not reply.answered and reply.intent == "other-event", render_text(reply)


@pytest.mark.parametrize("question", ["Was Armenia's delegation headed by its president?", "Did Tajikistan send its president?",
                                      "Беларусь прислала президента?"])
def test_a_president_no_report_names_at_all_is_a_no_with_who_came(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attend", render_text(reply)
    assert reply.headline.startswith(("No:", "Нет:")), render_text(reply)


def test_a_president_the_reports_mention_is_said_to_be_only_mentioned() -> None:  # guard
    reply = SHIPPED.ask("Did Kazakhstan send its president?")
    assert reply.fact_id == "tokayev" and "smailov" not in shown(reply) - {reply.fact_id}, render_text(reply)


@pytest.mark.parametrize(("question", "country_head"), [
    ("Golovchenko was Russia's prime minister at the meeting, right?", "Mikhail Mishustin"),
    ("What did Aripov say on behalf of Kazakhstan?", "Alikhan Smailov"),
    ("Что Смаилов заявил от имени Узбекистана?", "Абдулла Арипов"),
])
def test_a_speaker_put_to_another_countrys_delegation_is_a_no_with_who_led_it(question: str, country_head: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("No:", "Нет:")) and country_head in render_text(reply), render_text(reply)


@pytest.mark.parametrize(("question", "year"), [
    ("Was the action plan for the Year of Volunteer Movement adopted for 2023?", "2023"),
    ("Правда ли, что подписали программу по геодезии до 2030 года?", "2030"),
    ("Что подписали к соглашению о сотрудничестве в горно-металлургической отрасли от 2019 года?", "2019"),
])
def test_a_wrong_year_put_to_a_document_is_corrected(question: str, year: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "check" and year in reply.headline, render_text(reply)


def test_the_meeting_year_itself_is_no_claim_to_correct() -> None:  # guard
    reply = SHIPPED.ask("Was the meeting held in October 2023?")
    assert reply.answered and reply.intent != "check", render_text(reply)


@pytest.mark.parametrize("question", [
    "How many documents were signed? In other words, what was the total number of agreements?",
    "Сколько документов подписали? Иными словами, каково общее число соглашений?",
])
def test_a_question_asked_again_in_other_words_is_answered_once(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Whom does TASS name as its source?", "Кого ТАСС называет своим источником?"])
def test_a_reports_source_asked_as_its_source_is_its_credit(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and ("press service" in reply.headline or "пресс-служб" in reply.headline), render_text(reply)


@pytest.mark.parametrize("question", ["Which people are quoted?", "Кого цитируют?"])
def test_who_is_quoted_is_who_spoke(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID and len(reply.details) >= 5, render_text(reply)


@pytest.mark.parametrize("question", ["Who is quoted, and where?", "Кого цитируют и в каких публикациях?"])
def test_who_is_quoted_and_where_gives_each_speakers_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and any(("Aripov" in line or "Арипов" in line) and "Asia-Plus" in line and "Trend" in line
                                  for line in reply.details), render_text(reply)


def test_who_is_quoted_on_a_subject_is_still_the_subjects_quotes() -> None:  # guard
    reply = SHIPPED.ask("Who is quoted on energy?")
    assert reply.fact_id != PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize(("question", "premiers"), [
    ("Who was a prime minister and who a deputy?", 6),
    ("Кто из глав делегаций премьер, а кто вице-премьер?", 6),
])
def test_prime_ministers_and_deputies_asked_together_are_both_listed(question: str, premiers: int) -> None:
    reply = SHIPPED.ask(question)
    attended = {s.id for s in FACTS.speakers.values() if s.attended}
    assert reply.answered and attended <= listed(reply), render_text(reply)


def test_deputies_rather_than_prime_ministers_are_the_deputies_alone() -> None:  # guard
    reply = SHIPPED.ask("Кто был не премьером, а вице-премьером?")
    assert reply.answered and not {"mishustin", "smailov"} & listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Did Asia-Plus credit Reuters for Lebedev's words?",
                                      "Why did Asia-Plus cite RIA Novosti for the next meeting?",
                                      "Did TASS cite Xinhua?"])
def test_an_agency_no_report_credits_put_to_a_report_is_a_no(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("No:"), render_text(reply)


def test_why_a_report_cites_the_agency_it_does_cite_is_no_claim_to_deny() -> None:  # guard
    reply = SHIPPED.ask("Why did Asia-Plus cite Interfax for Mishustin's words?")
    assert not reply.headline.startswith("No:"), render_text(reply)


@pytest.mark.parametrize(("question", "reports"), [
    ("Which reports mention the uranium programme?", {"gov-kg-2023-10-26", "tass-2023-10-26"}),
    ("Which outlets reported the action plan for the volunteer year?",
     {"astana-times-2023-10-27", "tass-2023-10-26", "gov-kg-2023-10-26"}),
])
def test_which_reports_carry_a_fact_gives_every_report_carrying_it(question: str, reports: set[str]) -> None:
    reply = SHIPPED.ask(question)
    carried = {FACTS.source_of(FACTS.entry(i)).id for i in listed(reply)}  # type: ignore[arg-type]
    assert reply.answered and reports <= carried, render_text(reply)


def test_which_reports_carry_one_speakers_words_keeps_to_that_speaker() -> None:  # guard
    reply = SHIPPED.ask("Which outlets reported Mishustin's words on a reliable ally?")
    assert reply.answered and {FACTS.entry(i).speaker for i in listed(reply)} == {"mishustin"}, render_text(reply)  # type: ignore[union-attr]


# -- read from review 14 and probe 8 (fresh users, this session) -------------------------------------------------


@pytest.mark.parametrize("question", ["Is Golovchenko Mishustin's brother?", "Is Mustafayev Smailov's son?"])
def test_kinship_between_two_speakers_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_who_is_quoted_directly_leaves_out_the_reports_paraphrases() -> None:
    reply = SHIPPED.ask("Which speakers are quoted verbatim?")
    assert reply.answered and not any("Meredov" in line for line in reply.details), render_text(reply)


@pytest.mark.parametrize("question", ["Кого цитируют в публикациях о заседании?", "Who is quoted in the reports?"])
def test_who_is_quoted_in_the_reports_is_who_spoke(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


@pytest.mark.parametrize(("question", "head"), [
    ("Mishustin spoke for Belarus at the meeting, right?", "Golovchenko"),
    ("Aripov led the Tajik delegation?", "Rasulzoda"),
    ("Meredov represented Turkmenistan at the meeting?", "Geldimyradov"),
    ("Chto skazal Smailov ot imeni Uzbekistana?", "Арипов"),
])
def test_someone_put_to_a_delegation_they_did_not_lead_is_a_no_with_who_did(question: str, head: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("No:", "Нет:")) and head in render_text(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Smailov led the Kazakh delegation, right?",
                                      "Who represented Kazakhstan, and what did Aripov propose?"])
def test_a_head_put_to_their_own_delegation_is_no_claim_to_deny(question: str) -> None:  # guard
    assert not SHIPPED.ask(question).headline.startswith("No:")


def test_what_someone_said_on_behalf_of_their_own_country_is_all_their_words() -> None:
    reply = SHIPPED.ask("What did Mishustin say on behalf of Russia?")
    own = {s.id for s in FACTS.statements.values() if s.speaker == "mishustin"}
    assert reply.answered and own <= listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["In other words, where was the meeting held?", "Иными словами, где прошло заседание?"])
def test_a_restating_phrase_before_the_question_is_dropped(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


def test_st_petersburg_in_russian_is_another_city_corrected() -> None:
    reply = SHIPPED.ask("Заседание прошло в Санкт-Петербурге?")
    assert reply.answered and reply.headline.startswith("Не в городе Санкт-Петербург"), render_text(reply)


@pytest.mark.parametrize("question", ["Is the TASS report based on Reuters?", "Does AzerNews cite Kun.uz?"])
def test_an_agency_put_to_a_report_in_other_words_is_checked(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    assert reply.headline.startswith("No:") == ("Reuters" in question), render_text(reply)


@pytest.mark.parametrize("question", ["Give me the key facts from the TASS report.", "Основные факты из заметки Turkmenportal?"])
def test_a_reports_key_facts_asked_any_way_are_what_it_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report" and reply.items, render_text(reply)


@pytest.mark.parametrize(("question", "url"), [
    ("What's the link to the Asia-Plus story?", "asiaplustj.info"),
    ("Дайте ссылку на публикацию Turkmenportal", "turkmenportal"),
])
def test_a_reports_address_is_given_when_asked(question: str, url: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and url in reply.headline, render_text(reply)


def test_a_reports_agency_asked_in_russian_is_still_its_credit() -> None:  # guard
    reply = SHIPPED.ask("На кого ссылается Asia-Plus?")
    assert reply.answered and reply.intent == "attribution" and "БелТА" in reply.headline, render_text(reply)


def test_a_role_asked_is_who_they_are() -> None:
    reply = SHIPPED.ask("Какую роль играл Мередов?")
    assert reply.answered and reply.fact_id == "meredov" and not reply.items, render_text(reply)


def test_what_a_report_said_in_the_past_tense_about_the_next_meeting_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("Что Asia-Plus сообщило о следующем заседании?")
    assert reply.answered and "next-meeting-ashgabat" in listed(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What was the value of trade between CIS countries last year?",
                                      "Какова стоимость взаимной торговли стран СНГ?"])
def test_a_value_of_trade_asked_is_a_figure_no_report_gives(question: str) -> None:
    assert not SHIPPED.ask(question).answered


@pytest.mark.parametrize("question", ["On what day of the week did the meeting take place?", "Какой день недели был 26 октября?"])
def test_a_day_of_the_week_is_not_in_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and ("days of the week" in render_text(reply) or "дни недели" in render_text(reply))


@pytest.mark.parametrize(("question", "fact"), [("Was the meeting on 26.10.2023?", "cis-hog-2023-10-26"),
                                                ("What was planned in Ashgabat for 2024-05-23?", "meredov-preparations")])
def test_a_date_in_digits_is_read_as_a_date(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "no"), [
    ("Was the Trend piece on Aripov published on 28 October 2023?", True),
    ("Правда ли, что заметка Sputnik Armenia вышла 8 июня 2023 года?", False),
    ("Статья ТАСС опубликована 25.10.2023?", True),
])
def test_a_day_put_to_a_report_is_checked_against_its_date(question: str, no: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report", render_text(reply)
    assert reply.headline.startswith(("No:", "Нет:")) == no, render_text(reply)


def test_which_reports_came_out_on_a_day_are_those_dated_so() -> None:
    reply = SHIPPED.ask("Which agencies published reports on 26.10.2023?")
    assert reply.answered and "TASS" in reply.headline and "Asia-Plus" not in reply.headline, render_text(reply)


def test_where_the_asker_is_from_before_the_question_adds_nothing() -> None:
    reply = SHIPPED.ask("Я из Еревана: кто представлял Армению?")
    assert reply.answered and reply.fact_id == "grigoryan", render_text(reply)


@pytest.mark.parametrize(("question", "no"), [
    ("The draft says: 'The next meeting will be held in Baku in May 2024.' Correct?", True),
    ("My copy reads: 'Mher Grigoryan represented Armenia.' Is that right?", False),
    ("В подводке: «Следующее заседание пройдёт в Ереване». Верно?", True),
])
def test_a_quoted_draft_line_put_for_checking_is_checked(question: str, no: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    assert reply.headline.startswith(("No", "Not", "Не ")) == no, render_text(reply)


@pytest.mark.parametrize("question", ["The next meeting will be held in Almaty, correct?",
                                      "Will the next meeting be held in Dushanbe?"])
def test_a_wrong_city_for_the_next_meeting_in_the_future_tense_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "next-meeting-ashgabat" and reply.headline.startswith("Not in")


@pytest.mark.parametrize(("question", "head"), [("Why did Aripov skip the meeting?", "Aripov"),
                                                ("Почему Беларусь не прислала делегацию?", "Головченко")])
def test_someone_who_took_part_said_to_have_stayed_away_is_a_no(question: str, head: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("No:", "Нет:")) and head in reply.headline, render_text(reply)


def test_a_delegation_without_its_prime_minister_is_no_claim_to_deny() -> None:  # guard
    reply = SHIPPED.ask("Почему Азербайджан не прислал премьер-министра?")
    assert not reply.headline.startswith("Нет:"), render_text(reply)


@pytest.mark.parametrize(("question", "no"), [("Was it Tajikistan that proposed Bishkek as the venue?", True),
                                              ("Бишкек выбрали по предложению Кыргызстана?", False)])
def test_the_country_that_proposed_bishkek_is_checked(question: str, no: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "venue-decided-sochi", render_text(reply)
    assert reply.headline.startswith(("No:", "Нет:")) == no, render_text(reply)


def test_what_a_country_proposed_in_bishkek_is_no_claim_about_the_venue() -> None:  # guard
    reply = SHIPPED.ask("Did Kazakhstan propose anything in Bishkek?")
    assert reply.fact_id != "venue-decided-sochi", render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [
    ("I cover Central Asia for a weekly. There were several CIS meetings that autumn, including one of the heads of "
     "state. At the heads of government meeting in Bishkek, who represented Tajikistan?", "rasulzoda"),
    ("Готовлю справку о нескольких встречах СНГ в 2023 году. По заседанию в Бишкеке: кто представлял Беларусь?",
     "golovchenko"),
])
def test_background_before_a_question_naming_this_meeting_is_set_aside(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


def test_a_question_pointing_back_to_the_background_keeps_it() -> None:  # guard
    reply = SHIPPED.ask("President Tokayev is mentioned in one report. Did he attend the meeting in Bishkek?")
    assert reply.fact_id == "tokayev", render_text(reply)


# -- read from review 15 -------------------------------------------------------------------------------------------


def test_a_question_pointing_to_where_the_asker_is_from_keeps_the_label() -> None:  # guard
    reply = SHIPPED.ask("I'm from Ashgabat: what is planned in my city?")
    assert reply.fact_id != "cis-hog-2023-10-26", render_text(reply)


@pytest.mark.parametrize("question", ["pochemu Golovchenko ne priehal?", "Did Smailov skip the meeting because of the EAEU?"])
def test_a_participant_said_to_have_stayed_away_for_any_reason_is_a_no(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("No:", "Нет:")), render_text(reply)


@pytest.mark.parametrize(("question", "no"), [("Did Japarov speak for Kazakhstan?", True),
                                              ("Did Rasulzoda speak for Tajikistan?", False),
                                              ("Does Aripov represent Russia?", True)])
def test_speaking_for_a_country_is_checked_both_ways(question: str, no: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attend", render_text(reply)
    assert reply.headline.startswith("No:") == no, render_text(reply)


def test_background_of_another_event_before_a_question_on_this_meetings_day_is_set_aside() -> None:
    reply = SHIPPED.ask("The EAEU heads of government also met that autumn. Who spoke at the CIS meeting on 26 October?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


# -- read from blind holdouts 34 and 35 after their one run -------------------------------------------------------


@pytest.mark.parametrize(("question", "fact"), [
    ("What was the exact phrase Aripov used about import substitution?", "aripov-import-substitution"),
    ("Какая точная фраза Мишустина про ЕАЭС?", "mishustin-eaeu"),
])
def test_the_exact_phrase_someone_used_is_their_words_on_the_subject(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("Минская редакция: кто представлял Беларусь?", "golovchenko"),
                                                ("Photo desk: who represented Turkmenistan?", "geldimyradov")])
def test_a_desk_named_by_its_citys_adjective_or_a_translators_label_adds_nothing(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize("question", ["On what day did Smailov speak?", "Когда выступал Мишустин?"])
def test_when_a_participant_spoke_is_the_meetings_day(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


def test_what_someone_said_when_something_happened_is_still_their_words() -> None:  # guard
    reply = SHIPPED.ask("What did Smailov say when he spoke about trade?")
    assert reply.fact_id != "cis-hog-2023-10-26", render_text(reply)


def test_a_residence_is_no_president() -> None:
    reply = SHIPPED.ask("В какой резиденции проходила встреча?")
    assert not reply.answered and reply.intent != "participants", render_text(reply)


# -- session 10: probes 9 and 10 --------------------------------------------------------------


@pytest.mark.parametrize("question", ["In which order did the heads of delegation take the floor?",
                                      "Who sat where: what was the seating at the table?"])
def test_an_order_or_seating_asked_is_not_the_in_order_to_of_a_quote(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)
    assert "aripov-mutual-investments" not in shown(reply)


def test_in_order_to_in_a_question_still_finds_the_quote() -> None:  # guard
    reply = SHIPPED.ask("What did Aripov propose in order to speed up the work on investments?")
    assert "aripov-mutual-investments" in shown(reply)


def test_a_two_part_question_split_after_its_comma_answers_the_first_part() -> None:
    reply = SHIPPED.ask("Where and when will the next session be, and which reports say so?")
    # the next meeting's facts, each with its report (since 0446170's successor as an attribution of them all;
    # before, the attribution found Sputnik's June 2023 words on the meeting then next, and the parts were split)
    assert reply.answered and "date-announced-27-october" not in shown(reply), render_text(reply)
    assert "Ashgabat" in render_text(reply) and "Trend" in render_text(reply)


@pytest.mark.parametrize(("question", "said"), [
    ("Were thirty agreements signed according to TASS?", "30"),
    ("Правда ли, что подписали тридцать документов?", "30"),
])
def test_a_count_of_documents_in_words_is_checked_like_one_in_digits(question: str, said: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "count" and said in reply.headline, render_text(reply)
    assert document_counts() & shown(reply)


@pytest.mark.parametrize("question", ["Name the other documents on financing, apart from the Afghanistan one.",
                                      "Какие документы о финансировании подписали, кроме афганского?"])
def test_what_a_question_leaves_out_of_a_documents_list_is_not_the_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert "doc-financing-afghanistan-search" not in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "facts"), [
    ("What did Aripov say on energy systems and on the regional roadmap?",
     {"aripov-energy-systems", "aripov-regional-roadmap"}),
    ("What did Smailov say about the Trans-Caspian route, and what about China's Belt and Road?",
     {"smailov-transport-routes", "smailov-belt-and-road"}),
    ("Что Смаилов говорил о торговле услугами и о промышленной кооперации?",
     {"smailov-services-agreement", "smailov-industrial-priority"}),
])
def test_someones_words_on_two_subjects_are_both_shown(question: str, facts: set[str]) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and facts <= shown(reply), render_text(reply)


def test_words_on_both_subjects_come_first() -> None:
    reply = SHIPPED.ask("What did Aripov say about technical barriers and conformity assessment?")
    assert reply.items and reply.items[0].fact_id == "aripov-conformity-assessment", render_text(reply)


@pytest.mark.parametrize(("question", "corrected"), [
    ("Why is the Year of the Volunteer Movement set for 2025?", "2025"),
    ("Why did TASS count only twenty documents?", "22"),
    ("Почему ТАСС насчитал лишь 20 документов?", "22"),
    ("Why did Golovchenko represent Kazakhstan?", "No"),
])
def test_a_why_resting_on_a_false_claim_gets_the_correction(question: str, corrected: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and corrected in reply.headline, render_text(reply)


def test_a_why_resting_on_a_true_claim_is_still_no_reason_given() -> None:  # guard
    reply = SHIPPED.ask("Why did Golovchenko represent Belarus?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Did the CIS heads of government meet in Astana in October 2023?",
                                      "Why did the prime ministers hold their meeting in Almaty in October 2023?"])
def test_this_meeting_put_in_another_city_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "Bishkek" in reply.headline, render_text(reply)


def test_when_they_met_in_a_city_a_report_names_is_not_corrected_to_bishkek() -> None:  # guard
    reply = SHIPPED.ask("When did the heads of government meet in Sochi?")
    assert "Bishkek, Kyrgyzstan." not in reply.headline.split(":")[0], render_text(reply)
    assert not reply.headline.startswith("Not in Sochi")


@pytest.mark.parametrize("question", ["Why was the next session moved to Minsk?",
                                      "Почему следующее заседание было перенесено в Минск?"])
def test_the_next_meeting_said_to_be_moved_is_corrected_to_ashgabat(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "next-meeting-ashgabat" in listed(reply), render_text(reply)


@pytest.mark.parametrize(("question", "no"), [
    ("Per Interfax, what did Mishustin tell the meeting?", False),
    ("What did Mishustin say, as Reuters reported it?", True),
    ("What did Interfax quote Lebedev as saying?", True),
    ("Что сказал Мишустин по данным РИА Новости?", True),
])
def test_someones_words_put_to_a_news_agency_are_checked_against_the_credits(question: str, no: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    assert reply.headline.startswith(("No:", "Нет:")) is no
    assert {"mishustin-eaeu", "lebedev-frank-conversation"} & shown(reply)


@pytest.mark.parametrize(("question", "name", "theirs"), [
    ("What did the CIS Secretary General Ivan Petrov say on the results?", "Ivan Petrov", "Sergei Lebedev"),
    ("Что предложил премьер Беларуси Иван Сидоров?", "Иван Сидоров", "Роман Головченко"),
])
def test_a_name_no_report_gives_beside_a_post_is_said_not_swapped_silently(question: str, name: str,
                                                                          theirs: str) -> None:
    reply = SHIPPED.ask(question)
    first = reply.headline.split(".")[0]
    assert name in first and theirs in first, render_text(reply)


def test_an_abbreviation_no_fact_holds_is_no_stranger_beside_a_post() -> None:  # guard
    reply = SHIPPED.ask("Какой ВВП у Казахстана?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["How did the CIS Secretary General evaluate the outcome?",
                                      "Как Лебедев оценил результаты заседания?"])
def test_how_someone_assessed_the_results_is_all_their_words_on_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert {"lebedev-frank-conversation", "lebedev-results-new-impetus"} <= shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "label", "fact"), [
    ("Test: the October 2023 session of the council took place in (A) Minsk, (B) Bishkek or (C) Tashkent?", "B)",
     "cis-hog-2023-10-26"),
    ("Quiz: who led Armenia's delegation - a) Nikol Pashinyan, b) Mher Grigoryan, c) Ararat Mirzoyan?", "b)",
     "grigoryan"),
    ("Викторина: следующее заседание назначено а) в Москве, б) в Ашхабаде, в) в Минске?", "б)", "next-meeting-ashgabat"),
])
def test_a_quiz_is_answered_by_the_one_option_the_reports_bear_out(question: str, label: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(label), render_text(reply)
    assert fact in listed(reply)


def test_a_quiz_none_of_whose_options_the_reports_bear_out_is_not_answered_with_one() -> None:  # guard
    reply = SHIPPED.ask("Quiz: the meeting was held in a) Minsk, b) Moscow, c) Almaty?")
    assert not reply.headline.startswith(("a)", "b)", "c)")), render_text(reply)


@pytest.mark.parametrize("question", ["Which delegation heads do the reports never quote?",
                                      "Кого из глав делегаций не цитируют?"])
def test_who_is_not_quoted_is_the_participants_with_no_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    silent = {s.id for s in FACTS.speakers.values() if s.attended
              and not any(st.speaker == s.id for st in FACTS.statements.values())}
    assert reply.answered and {sug.fact_id for sug in reply.suggestions} == silent, render_text(reply)


@pytest.mark.parametrize("question", ["Has the common e-commerce platform ultimately been created?",
                                      "Была ли впоследствии реализована идея единой работы энергосистем?"])
def test_what_later_came_of_a_proposal_is_beyond_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_document_adopted_here_answers_whether_it_was_eventually_adopted() -> None:  # guard
    reply = SHIPPED.ask("Was the 80th anniversary of Victory plan eventually adopted?")
    assert reply.answered and "doc-victory-80th-anniversary-plan" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Quote Lebedev for me in Russian, please.", "Слова Смаилова на английском языке"])
def test_the_language_a_quote_is_wanted_in_is_no_subject(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id in {"lebedev", "smailov"}, render_text(reply)


def test_an_agency_named_in_russian_case_is_checked_too() -> None:
    reply = SHIPPED.ask("Что говорил Лебедев, по сведениям Интерфакса?")
    assert reply.answered and reply.headline.startswith("Нет:") and "БелТА" in reply.headline, render_text(reply)


def test_a_count_in_words_in_the_genitive_is_one_number() -> None:
    reply = SHIPPED.ask("Правда ли, что ТАСС писал о двадцати двух подписанных документах?")
    assert reply.answered and not reply.headline.startswith(("Нет", "Ни одна")), render_text(reply)


def test_how_someone_who_said_nothing_of_the_results_assessed_them_is_not_all_their_words() -> None:  # guard
    reply = SHIPPED.ask("How did Smailov evaluate the results of the meeting?")
    assert not reply.answered, render_text(reply)


def test_this_meetings_day_put_in_a_city_a_fact_names_is_corrected() -> None:
    reply = SHIPPED.ask("Правда, что заседание 26 октября 2023 года состоялось в Ташкенте?")
    assert reply.answered and reply.headline.startswith("Не в городе Ташкент"), render_text(reply)


def test_whom_someone_spoke_to_is_no_subject_of_their_words() -> None:
    reply = SHIPPED.ask("What did Smailov tell his colleagues?")
    assert reply.answered and reply.fact_id == "smailov", render_text(reply)


@pytest.mark.parametrize("question", ["Innoprom: which city, which month?", "форум на иннопроме где и когда"])
def test_when_and_where_asked_of_a_fact_that_gives_them_is_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)


def test_when_asked_of_another_years_meeting_is_still_not_the_next_one() -> None:  # guard
    reply = SHIPPED.ask("When is the CIS heads of government meeting in autumn 2025?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize(("question", "agency"), [("Turkmenportal: which source does it rely on?", "TDH"),
                                                  ("азерньюс какой источник у них", "Kun"),
                                                  ("На какое информагентство опирается Asia-Plus в словах Лебедева?",
                                                   "БелТА")])
def test_a_reports_source_asked_in_other_words_is_its_credit(question: str, agency: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution" and agency in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["The geodesy programme is valid through 2030, isn't it?",
                                      "Программа по геодезии действует до 2030 года?"])
def test_a_term_put_with_other_verbs_is_checked(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "2030" in reply.headline and reply.fact_id == "doc-geodesy-cartography-program", \
        render_text(reply)


def test_a_count_a_report_is_said_to_have_written_is_checked() -> None:
    reply = SHIPPED.ask("Asia-Plus писала о 22 документах, так?")
    assert reply.intent == "count" and reply.headline.startswith("Нет"), render_text(reply)


def test_a_quiz_whose_stem_is_a_question_is_answered_by_the_option_its_answer_names() -> None:
    reply = SHIPPED.ask("Who led the Belarusian delegation: a) Lukashenko, b) Golovchenko, c) Turchin?")
    assert reply.answered and reply.headline.startswith("b)") and reply.fact_id == "golovchenko", render_text(reply)


def test_a_quiz_none_of_whose_options_is_right_picks_none() -> None:  # guard
    reply = SHIPPED.ask("Where did the heads of government meet in October 2023: (A) Astana (B) Minsk (C) Sochi?")
    assert not reply.headline.startswith(("A)", "B)", "C)")), render_text(reply)


def test_a_reports_name_is_no_option_the_answer_names() -> None:  # guard
    reply = SHIPPED.ask("Where was the meeting held: (A) Astana (B) Tashkent?")
    assert not reply.headline.startswith("A)"), render_text(reply)


def test_who_did_not_speak_in_latin_letters_is_the_participants_with_no_words() -> None:
    reply = SHIPPED.ask("kto ne vystupal v bishkeke?")
    silent = {s.id for s in FACTS.speakers.values() if s.attended
              and not any(st.speaker == s.id for st in FACTS.statements.values())}
    assert reply.answered and {sug.fact_id for sug in reply.suggestions} == silent, render_text(reply)


def test_more_than_a_number_of_documents_in_russian_is_a_count() -> None:
    reply = SHIPPED.ask("Подписали больше 30 документов?")
    assert reply.intent == "count" and document_counts() & shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which outlets report when the next session will be?",
                                      "Какие издания пишут о дате следующего заседания?"])
def test_which_reports_give_the_next_meeting_are_those_that_do(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id != SOURCES_ID, render_text(reply)
    assert {"next-meeting-ashgabat"} <= listed(reply) | shown(reply)


@pytest.mark.parametrize("question", ["What do TASS and Asia-Plus disagree on?", "Чем расходятся ТАСС и Asia-Plus?"])
def test_where_two_reports_that_count_documents_disagree_is_the_count(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "count" and document_counts() <= shown(reply), render_text(reply)


def test_two_reports_compared_on_a_subject_are_not_the_count() -> None:  # guard
    reply = SHIPPED.ask("How do TASS and Asia-Plus differ on Lebedev?")
    assert reply.intent != "count", render_text(reply)


def test_a_caption_wanted_is_no_signing() -> None:
    reply = SHIPPED.ask("Кто представлял Армению? Это для подписи под снимком.")
    assert reply.answered and reply.fact_id == "grigoryan", render_text(reply)


def test_how_a_title_sounds_is_the_title() -> None:
    reply = SHIPPED.ask("Как звучит должность Мустафаева?")
    assert reply.answered and reply.fact_id == "mustafayev", render_text(reply)


@pytest.mark.parametrize(("question", "fact"), [("belarus rep at the mtg?", "golovchenko"),
                                                ("who was the azerbaijan govt rep", "mustafayev")])
def test_a_note_takers_shorthand_is_read_as_the_words(question: str, fact: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == fact, render_text(reply)


@pytest.mark.parametrize("question", ["How did Smailov assess the outcome?", "What did Aripov say about the results?"])
def test_someone_none_of_whose_words_are_on_the_results_is_not_quoted_on_them(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_a_true_term_is_not_denied_because_another_fact_came_first() -> None:
    reply = SHIPPED.ask("geodeziya programma do 2026 goda?")
    assert not reply.headline.startswith(("Ни одна", "None")), render_text(reply)


def test_a_quizs_it_is_the_meeting() -> None:
    reply = SHIPPED.ask("Where was it held: a) Bishkek, b) Osh, c) Almaty?")
    assert reply.answered and reply.headline.startswith("a)"), render_text(reply)


@pytest.mark.parametrize("question", ["Give me the documents with their numbers", "Документы с номерами, пожалуйста"])
def test_documents_with_numbers_is_the_list(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents" and len(reply.items) > 5, render_text(reply)


def test_documents_a_report_mentions_are_those_it_names() -> None:
    reply = SHIPPED.ask("Какие документы упомянуты в ТАСС?")
    assert reply.answered and reply.intent == "documents" and "doc-jubilee-medal" in shown(reply), render_text(reply)


@pytest.mark.parametrize(("question", "corrected"), [("Venue: Tashkent, correct?", True), ("Место: Бишкек?", False)])
def test_a_venue_put_as_a_label_is_checked(question: str, corrected: bool) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("Not in", "Не в городе")) is corrected, render_text(reply)


def test_two_people_meeting_each_other_in_latin_letters_is_in_no_report() -> None:
    reply = SHIPPED.ask("smailov i aripov vstretilis?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["Where will the next session be held: a) Moscow, b) Minsk, c) Baku?",
                                      "How many documents were signed: (A) 12 (B) 35 (C) 40?"])
def test_a_quiz_of_places_or_numbers_none_of_which_the_answer_gives_is_none_of_them(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("None of the options"), render_text(reply)


def test_an_option_a_later_fact_gives_is_no_none_of_the_options() -> None:  # guard
    reply = SHIPPED.ask("When is the next meeting: (A) 24 May 2024 (B) 1 June 2024 (C) 3 July 2024?")
    assert not reply.headline.startswith("None of the options"), render_text(reply)


def test_a_quiz_of_people_is_answered_by_the_one_its_headline_names() -> None:
    reply = SHIPPED.ask("Who represented Tajikistan: (A) Rasulzoda (B) Smailov (C) Aripov?")
    assert reply.answered and reply.headline.startswith("A)"), render_text(reply)


def test_at_what_time_a_report_came_out_is_its_time_not_a_count() -> None:
    reply = SHIPPED.ask("Во сколько ТАСС опубликовал сообщение о документах?")
    assert reply.intent == "report" and "16:57" in reply.headline, render_text(reply)


def test_how_much_something_cost_is_no_time() -> None:  # guard
    reply = SHIPPED.ask("Во сколько обошлось проведение заседания?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["What did analysts make of the Bishkek results?",
                                      "Что говорят политологи об итогах встречи?"])
def test_commentators_views_are_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_an_analyst_asking_is_no_commentator() -> None:  # guard
    reply = SHIPPED.ask("I'm an analyst: who represented Belarus?")
    assert reply.answered and reply.fact_id == "golovchenko", render_text(reply)


@pytest.mark.parametrize("question", ["What did Meredov tell reporters at the briefing on 20 May?",
                                      "Что Мередов сообщил прессе на брифинге 20 мая?"])
def test_what_was_said_on_a_day_after_the_report_that_plans_it_is_not_in_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and any("26 April 2024" in n or "26 апреля 2024" in n for n in reply.notes), \
        render_text(reply)


def test_name_the_speakers_quoted_is_who_is_quoted() -> None:
    reply = SHIPPED.ask("Name the people whose words are quoted")
    assert reply.answered and reply.intent == "participants" and reply.headline.startswith("People the reports quote"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["How many documents were signed in all, and how many of those on financing?",
                                      "Сколько всего подписали документов и сколько из них по финансированию?",
                                      "Per TASS, 22 documents, 9 of which concern financing - correct?"])
def test_a_count_and_a_count_within_it_are_both_given(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "22" in reply.headline and "9" in reply.headline.replace("22", ""), render_text(reply)
    assert {"tass-nine-financing-documents", "tass-22-documents"} <= set(shown(reply)) | {
        i for i in shown(reply) if i.startswith("twenty")} or "tass-nine-financing-documents" in shown(reply), \
        render_text(reply)


def test_a_wrong_count_within_a_count_is_said_to_be_in_no_report() -> None:
    reply = SHIPPED.ask("True or false: 22 documents were signed, 12 of them on financing")
    assert "No report gives 12" in reply.headline and "9" in reply.headline, render_text(reply)


def test_a_count_of_some_documents_no_report_gives_is_said() -> None:
    reply = SHIPPED.ask("Were six documents on financing signed?")
    assert reply.headline.startswith("No report gives 6"), render_text(reply)


def test_a_report_named_with_a_wrong_count_of_some_documents_gives_its_own() -> None:  # guard
    reply = SHIPPED.ask("Did TASS report twelve documents on financing?")
    assert reply.headline.startswith("No: TASS gives 9"), render_text(reply)


@pytest.mark.parametrize(("question", "country"), [("кто от РК был на заседании?", "kazakhstan"),
                                                   ("премьер КР кто?", "kyrgyzstan"),
                                                   ("кто представлял РБ?", "belarus"),
                                                   ("who led the delegation of kz", "kazakhstan"),
                                                   ("uzb delegation head?", "uzbekistan")])
def test_a_country_abbreviated_is_that_country(question: str, country: str) -> None:
    reply = SHIPPED.ask(question)
    heads = {"kazakhstan": "smailov", "kyrgyzstan": "japarov", "belarus": "golovchenko", "uzbekistan": "aripov"}
    assert reply.answered and reply.fact_id == heads[country], render_text(reply)


def test_uz_in_a_reports_link_is_no_uzbekistan() -> None:  # guard: kun.uz
    reply = SHIPPED.ask("What did AKIpress say about Uzbekistan?")
    assert reply.fact_id != "sources", render_text(reply)


@pytest.mark.parametrize("question", ["What did the Kazakh prime minister propose on transit?",
                                      "Что Казахстан предлагал по транзиту?"])
def test_what_a_country_proposed_is_all_its_words_on_it_not_one_naming_an_initiative(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and {"smailov-transport-routes", "smailov-belt-and-road"} <= set(shown(reply)), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Is it true the industrial cooperation concept was Kazakhstan's initiative?",
                                      "Концепцию промышленной кооперации приняли по инициативе Казахстана?",
                                      "Was the free trade zone without exceptions initiated by Russia?"])
def test_an_initiative_put_to_the_wrong_country_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("No: the reports give it as the initiative of Uzbekistan",
                                                         "Нет: по публикациям, инициатор — Узбекистан")), \
        render_text(reply)


def test_an_initiative_put_to_its_own_initiator_is_not_denied() -> None:  # guard
    reply = SHIPPED.ask("Was the Innoprom forum Mirziyoyev's initiative?")
    assert reply.answered and not reply.headline.startswith("No"), render_text(reply)


@pytest.mark.parametrize("question", ["Is Grigoryan Armenia's foreign minister?",
                                      "Лебедев — министр иностранных дел России?"])
def test_a_foreign_ministers_post_not_theirs_is_denied(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("No", "Нет")), render_text(reply)


def test_a_foreign_ministers_post_written_beside_a_name_is_corrected() -> None:
    reply = SHIPPED.ask("What did Foreign Minister Aripov say about energy?")
    assert reply.answered and reply.headline.startswith("Note: the reports give Abdulla Aripov as Prime Minister"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Where did the prime ministers gather?", "Когда собирались премьеры?",
                                      "Listen, when did the PMs meet?"])
def test_when_or_where_the_prime_ministers_met_is_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


def test_a_meeting_gathered_in_another_city_is_not_this_one() -> None:  # guard
    reply = SHIPPED.ask("Совет глав правительств собрался 26 октября в Минске?")
    assert not reply.answered or reply.headline.startswith("Не в городе"), render_text(reply)
    assert reply.fact_id != "sochi-earlier-decisions", render_text(reply)


@pytest.mark.parametrize("question", ["Has the geodesy programme been carried out since then?",
                                      "Была ли концепция цифровой трансформации ТЭК в итоге реализована?"])
def test_whether_a_signed_document_was_carried_out_later_is_beyond_the_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and any("signing" in n or "подписании" in n for n in reply.notes), render_text(reply)


def test_whether_a_signed_document_was_adopted_is_its_signing() -> None:  # guard
    reply = SHIPPED.ask("Was the digital transformation concept eventually adopted?")
    assert reply.answered, render_text(reply)


def test_words_pasted_and_put_to_another_speaker_are_given_to_theirs() -> None:
    reply = SHIPPED.ask('"Kazakhstan, for its part, is ready to contribute to this" - did Mishustin say that?')
    assert reply.answered and reply.fact_id == "smailov-belt-and-road", render_text(reply)
    assert reply.headline.startswith("No: the reports give these words to Alikhan Smailov"), render_text(reply)


def test_words_pasted_with_words_left_out_are_found() -> None:
    reply = SHIPPED.ask('Who said "the industrial cooperation concept will give a new economic impetus", and when?')
    assert reply.answered and reply.fact_id == "smailov-industrial-concept", render_text(reply)


def test_words_pasted_with_one_word_changed_are_not_taken_for_the_quote() -> None:  # guard
    reply = SHIPPED.ask('Who said "Kazakhstan, for its part, is ready to pay for this"?')
    assert not reply.headline.startswith("No: the reports give these words"), render_text(reply)


def test_words_pasted_and_asked_which_report_carries_them_name_the_report() -> None:  # guard
    reply = SHIPPED.ask("Which report carries 'remains a reliable ally and trade partner', and via whom?")
    assert reply.intent == "attribution" and "Interfax" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Что добавляет Asia-Plus?", "chto pisal trend", "Что пишет Спутник Армения?"])
def test_what_a_report_writes_asked_in_other_words_is_its_facts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report", render_text(reply)


@pytest.mark.parametrize("question", ["Did Smailov meet Golovchenko one on one?",
                                      "Встречался ли Головченко отдельно с Жапаровым?"])
def test_two_people_meeting_separately_is_in_no_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.intent == "attend", render_text(reply)


def test_kinship_with_someone_who_did_not_attend_is_not_said_to_be_both_attending() -> None:  # guard
    reply = SHIPPED.ask("Are Smailov and Tokayev relatives?")
    assert "each took part" not in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Was a concept on digital transformation of the banking sector signed?",
                                      "Подписали ли программу рекультивации после добычи золота?"])
def test_a_document_put_to_a_field_none_covers_says_so_above_the_closest(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.headline.startswith(("No document the reports list has", "Слов «")), render_text(reply)


def test_a_document_asked_in_words_the_reports_hold_is_not_flagged() -> None:  # guard
    reply = SHIPPED.ask("Which document concerns uranium mining?")
    assert reply.answered and not reply.headline.startswith("No document"), render_text(reply)


@pytest.mark.parametrize("question", ["Why do TASS and Asia-Plus give different numbers of documents?",
                                      "Почему у ТАСС и Asia-Plus разное число документов?"])
def test_why_the_reports_counts_differ_says_no_report_explains_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("No report says why", "Почему цифры расходятся")), \
        render_text(reply)


def test_a_number_of_proposals_is_no_count_asked() -> None:
    reply = SHIPPED.ask("Did Lebedev say that the delegations made a number of proposals?")
    assert reply.answered and "lebedev-frank-conversation" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which delegations had prime ministers and which had deputies?",
                                      "Какие страны прислали премьеров, а какие заместителей?"])
def test_which_delegations_had_premiers_and_which_deputies_lists_both(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "Smailov" in reply.headline.replace("Смаилов", "Smailov") \
        and "Grigoryan" in reply.headline.replace("Григорян", "Grigoryan"), render_text(reply)


@pytest.mark.parametrize("question", ["Reuters said 22 documents were signed, right?",
                                      "По данным Рейтер, где прошло заседание?"])
def test_an_agency_no_report_cites_is_said_above_the_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("None of the reports cites", "Ни одна публикация не ссылается")), \
        render_text(reply)


def test_a_report_named_beside_an_agency_it_does_not_cite_is_the_report_rules() -> None:  # guard
    reply = SHIPPED.ask("Did TASS cite Reuters?")
    assert not reply.headline.startswith("None of the reports cites"), render_text(reply)


def test_a_total_asked_which_ones_is_the_list() -> None:
    reply = SHIPPED.ask("20 documents were signed: which ones?")
    assert reply.answered and reply.intent == "documents" and len(reply.items) > 5, render_text(reply)


@pytest.mark.parametrize("question", ["Will the next session take place in Kazakhstan?",
                                      "Следующее заседание пройдёт в Беларуси?"])
def test_the_next_meeting_put_in_another_country_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "next-meeting-ashgabat" \
        and reply.headline.startswith(("Not in", "Не в стране")), render_text(reply)


def test_the_next_meeting_put_in_its_own_country_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("Is the next session in Turkmenistan?")
    assert reply.answered and reply.fact_id == "next-meeting-ashgabat" and not reply.headline.startswith("Not"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Was the digital transformation concept carried out?",
                                      "Реализована ли программа по геодезии?"])
def test_whether_a_document_was_carried_out_needs_no_eventually(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)


def test_proposing_to_implement_is_no_later_outcome() -> None:  # guard
    reply = SHIPPED.ask("Did Aripov propose to implement anything on energy?")
    assert not any("end before that" in n for n in reply.notes), render_text(reply)


def test_a_one_on_one_meeting_is_in_no_report() -> None:
    reply = SHIPPED.ask("Did Golovchenko and Mishustin have a one-on-one meeting?")
    assert not reply.answered and reply.intent == "attend", render_text(reply)


@pytest.mark.parametrize(("question", "named"), [("Who is Uzbekistan's foreign minister?", None),
                                                 ("Кто глава МИД Туркменистана?", "meredov")])
def test_a_countrys_foreign_minister_is_the_one_the_reports_name_or_none(question: str, named: str | None) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is (named is not None) and reply.fact_id == named, render_text(reply)


@pytest.mark.parametrize("question", ["Hey, when was it?", "Слушай, а где это было-то?"])
def test_a_lone_when_or_where_with_filler_is_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


@pytest.mark.parametrize("question", ['Did Smailov say "Kazakhstan will leave the free trade zone next year"?',
                                      '"Russia remains the main investor in every CIS country" - who said it?'])
def test_words_pasted_that_no_report_has_are_said_to_be_in_none(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered and any("as written" in n for n in reply.notes), render_text(reply)


def test_words_pasted_with_where_and_when_get_the_meetings_place_and_day() -> None:
    reply = SHIPPED.ask('"I have no doubt that close interaction of the kind will be a token of the prosperity" - '
                        'who said it, when and where?')
    assert reply.answered and reply.headline.startswith("Said at the meeting in Bishkek") and "26 October 2023" in \
        reply.headline, render_text(reply)


def test_a_country_put_as_the_initiator_of_words_proposing_it_is_corrected() -> None:
    reply = SHIPPED.ask("Was the single e-commerce platform Belarus's initiative?")
    assert reply.headline.startswith("No: the reports give it as the initiative of Uzbekistan"), render_text(reply)


def test_a_person_put_to_what_the_reports_give_as_a_countrys_initiative_is_not_confirmed() -> None:
    reply = SHIPPED.ask("Was the industrial cooperation concept President Mirziyoyev's initiative?")
    assert reply.headline.startswith("The reports give it as the initiative of Uzbekistan, naming no one"), \
        render_text(reply)


def test_which_initiatives_of_someone_were_recalled_is_no_initiative_claim() -> None:  # guard
    reply = SHIPPED.ask("Which initiatives of Mirziyoyev did Aripov recall?")
    assert reply.answered and not reply.headline.startswith(("No:", "The reports give it")), render_text(reply)


@pytest.mark.parametrize("question", ["The mining agreement dates from 2019, right?",
                                      "Is it true that the next meeting was set for 3 April 2024?"])
def test_a_wrong_year_or_day_in_a_claim_is_corrected_not_taken_for_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("None of the reports gives"), render_text(reply)


def test_another_years_meeting_asked_about_is_not_corrected_with_this_ones_facts() -> None:  # guard
    reply = SHIPPED.ask("Where was the autumn 2021 meeting of the CIS heads of government held?")
    assert not reply.answered, render_text(reply)


@pytest.mark.parametrize("question", ["pravda, chto vstrecha bila 27 oktyabrya?", "правда, что встреча была 25 октября?"])
def test_a_wrong_day_checked_alone_is_corrected_with_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)


def test_a_wrong_day_put_to_a_question_the_reports_cannot_answer_still_abstains() -> None:  # guard
    reply = SHIPPED.ask("The 25 October meeting: what was the weather like?")
    assert not reply.answered, render_text(reply)


def test_the_next_meeting_in_a_wrong_year_checked_alone_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("Next one in Minsk in 2026?")
    assert reply.answered and reply.fact_id == "next-meeting-ashgabat", render_text(reply)


@pytest.mark.parametrize("question", ["The meeting was in Osh, yes?", "Was the meeting in Dushanbe?",
                                      "Заседание было в Алматы?"])
def test_the_meeting_put_as_was_in_another_city_is_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(("Not in", "Не в городе")), render_text(reply)


def test_the_meeting_put_as_was_in_its_own_country_is_yes() -> None:
    reply = SHIPPED.ask("Was the meeting in Kyrgyzstan?")
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26" and not reply.headline.startswith("Not"), \
        render_text(reply)


@pytest.mark.parametrize("question", ["Why did Golovchenko propose a common e-commerce platform?",
                                      "Did Smailov propose the regional partnership roadmap?"])
def test_a_proposal_put_to_the_wrong_person_names_whose_it_is(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("The reports give this to Abdulla Aripov"), render_text(reply)


def test_when_someone_spoke_is_no_proposal_put_to_them() -> None:  # guard
    reply = SHIPPED.ask("Did Smailov speak before Mishustin?")
    assert not reply.headline.startswith("The reports give this to"), render_text(reply)


@pytest.mark.parametrize("question", ["Interfax - what else did it report?", "что ещё сообщил Интерфакс?"])
def test_what_else_an_agency_reported_is_what_it_is_credited_for(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "report" and reply.fact_id != "sources", render_text(reply)


def test_why_a_report_cited_another_report_it_does_not_cite_is_a_no() -> None:
    reply = SHIPPED.ask("Why did AzerNews cite Trend for Aripov's remarks?")
    assert reply.answered and reply.headline.startswith("No:"), render_text(reply)


def test_what_the_reports_say_about_the_next_meetings_city_is_the_next_meeting() -> None:
    reply = SHIPPED.ask("What do the sources say about the Ashgabat session?")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_the_title_of_a_document_in_a_reports_list_is_the_documents() -> None:
    reply = SHIPPED.ask("What is the title of the Year of the Volunteer Movement document in the gov.kg list?")
    assert reply.answered and reply.fact_id == "doc-volunteer-year-2024-plan", render_text(reply)


def test_the_title_of_a_report_on_the_documents_is_its_headline() -> None:  # guard
    reply = SHIPPED.ask("What is the title of the TASS article on the documents?")
    assert reply.answered and reply.intent == "report" and "подписано более 20 документов" in reply.headline, \
        render_text(reply)


@pytest.mark.parametrize(("question", "publisher"), [("Which report in the set is the oldest?", "Sputnik Armenia"),
                                                     ("Какая из публикаций самая поздняя?", "Turkmenportal")])
def test_the_earliest_or_latest_report_is_the_one_published_first_or_last(question: str, publisher: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and publisher in reply.headline, render_text(reply)


def test_who_first_reported_a_subject_is_still_the_first_of_its_reports() -> None:  # guard
    reply = SHIPPED.ask("Who first reported the 24 May date?")
    assert not reply.headline.startswith(("The earliest of the reports", "The latest")), render_text(reply)


def test_critics_views_are_in_no_report() -> None:
    reply = SHIPPED.ask("So what did the critics say about the results?")
    assert not reply.answered, render_text(reply)


def test_a_region_no_report_names_is_no_typo_of_a_country() -> None:
    reply = SHIPPED.ask("Обсуждался ли на встрече карабахский конфликт?")
    assert not reply.answered, render_text(reply)


def test_what_changed_after_the_meeting_is_beyond_the_reports() -> None:  # guard
    reply = SHIPPED.ask("Изменилось ли что-нибудь в энергетике после этого заседания?")
    assert not reply.answered, render_text(reply)


def test_a_total_no_report_gives_asked_which_ones_is_said_above_the_list() -> None:
    reply = SHIPPED.ask("30 documents were signed: which ones?")
    assert reply.headline.startswith("No report gives 30") and len(reply.items) > 5, render_text(reply)


def test_words_pasted_and_put_to_someone_no_report_quotes_say_so() -> None:  # guard
    reply = SHIPPED.ask('Did Rasulzoda say "Tajikistan backs every energy project of its neighbours"?')
    assert not reply.answered and "quote nothing" in reply.headline, render_text(reply)


def test_the_next_meetings_city_with_a_wrong_day_put_as_set_is_corrected() -> None:
    reply = SHIPPED.ask("The Ashgabat session is scheduled for 2 May, correct?")
    assert reply.answered and reply.headline.startswith("None of the reports gives 2 May"), render_text(reply)

"""Classes of confident wrong answer, each closed by construction (no Telegram here).

Each test names a *class* of question (a number of people, who reported
something, a meeting other than this one...) and checks it with phrasings
written for this file, on the shipped fact base: what the reader would see
(whether the bot answered, whose words or which report it shows).
"""

from __future__ import annotations

import re

import pytest

from bot.answering import Answerer
from bot.facts import Statement
from bot.matcher import PARTICIPANTS_ID
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {reply.fact_id} | {item.fact_id for item in reply.items} if reply.answered else set()


# -- a number is asked: a count or a figure, never a person or one document ------------------


@pytest.mark.parametrize("question", [
    "How many people were in the Russian delegation?",
    "how many officials came with the Belarusian delegation",
    "Сколько человек приехало в составе делегации Казахстана?",
    "Сколько членов было в таджикской делегации?",
])
def test_the_size_of_a_delegation_is_not_answered_with_its_head(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)
    assert not shown(reply) & set(FACTS.speakers)


@pytest.mark.parametrize("question", [
    "How many of the documents signed concern uranium?",
    "how many documents about geodesy were signed",
    "Сколько документов о чемпионате СНГ подписали?",
])
def test_how_many_documents_on_a_subject_is_a_count_or_an_abstention_never_one_document(question: str) -> None:
    reply = SHIPPED.ask(question)
    documents = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "document"}
    assert not shown(reply) & documents, render_text(reply)
    assert reply.answered is False
    assert reply.suggestions, "the documents on that subject are offered instead"


@pytest.mark.parametrize("question", [
    "How many of the signed documents were about financial support?",
    "Сколько подписанных документов касаются финансового обеспечения?",
])
def test_how_many_on_a_subject_the_reports_count_gives_their_count(question: str) -> None:
    counted = [a for a in FACTS.agreements.values() if a.agreement_kind == "count" and a.counts
               and "financ" in a.counts]
    assert counted, "precondition: a report counts the financing documents"
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "count"
    assert {a.id for a in counted} <= shown(reply)
    assert str(counted[0].count) in reply.headline


# -- lists: "all delegations" is the participants, whatever place is named ---------------------


@pytest.mark.parametrize("question", [
    "List all delegations at the Bishkek meeting",
    "all the delegations in Bishkek",
    "Перечислите все делегации на заседании в Бишкеке",
])
def test_list_all_delegations_names_every_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID, render_text(reply)


# -- who reported it: the report and the agency it cites -----------------------------------------


@pytest.mark.parametrize("question", [
    "Who reported that twenty-two documents were signed?",
    "Which news agency reported 22 documents?",
    "Кто сообщил, что подписано 22 документа?",
    "Какое агентство написало про 22 документа?",
])
def test_who_reported_a_fact_names_the_report_and_whom_it_cites(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    source = FACTS.source_of(FACTS.entry(reply.fact_id))
    assert source.publisher in reply.headline
    via = source.via_ru if reply.language == "ru" else source.via
    if via:
        assert via in reply.headline


def test_who_reported_a_statement_names_the_speaker_and_the_report() -> None:
    reply = SHIPPED.ask("Who reported that Aripov proposed unified operation of the energy systems?")
    assert reply.answered and reply.intent == "attribution"
    entry = FACTS.entry(reply.fact_id)
    assert isinstance(entry, Statement) and entry.speaker == "aripov"
    assert "Aripov" in reply.headline and FACTS.source_of(entry).publisher in reply.headline


# -- other events: what happened after these reports, the next meeting's own preparations --------


@pytest.mark.parametrize("question", [
    "Did the Innoprom forum in Tashkent take place in April 2024?",
    "Was the Ashgabat meeting held in May 2024?",
    "Состоялся ли форум «Иннопром» в Ташкенте в апреле 2024 года?",
    "chto reshili v Ashkhabade",
    "chto podpisali v ashgabate v 2024",
])
def test_whether_a_later_event_happened_is_another_event(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "other-event", render_text(reply)


@pytest.mark.parametrize("question", [
    "When is the briefing before the Ashgabat meeting?",
    "Когда рабочая встреча перед заседанием в Ашхабаде?",
])
def test_something_else_about_the_next_meeting_is_not_answered_with_its_date(question: str) -> None:
    schedule = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "schedule"}
    reply = SHIPPED.ask(question)
    assert reply.intent != "overview"
    assert not shown(reply) or not shown(reply) <= schedule, render_text(reply)


@pytest.mark.parametrize("question", ["When is the next meeting in Ashgabat scheduled?", "Where is the next meeting?",
                                      "Когда запланировано следующее заседание?"])
def test_the_next_meetings_date_and_place_is_still_the_schedule(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview"


# -- what did X say: words said on another occasion are not words said at this meeting --------------


def _elsewhere_speaker() -> str:
    meeting = FACTS.meeting
    for statement in FACTS.statements.values():
        speaker = FACTS.speakers[statement.speaker]
        published = FACTS.source_of(statement).published
        if not speaker.attended and published and (published - meeting.date).days > 30:
            return speaker.id
    raise AssertionError("precondition: someone quoted in a much later report, who took no part")


@pytest.mark.parametrize("template", ["What did {en} say at the meeting in Bishkek?",
                                      "Что сказал {ru} на заседании в Бишкеке?",
                                      "What did {en} say at the CIS heads of government meeting?"])
def test_words_said_on_another_occasion_do_not_answer_what_x_said_at_this_meeting(template: str) -> None:
    speaker = FACTS.speakers[_elsewhere_speaker()]
    reply = SHIPPED.ask(template.format(en=speaker.name.split()[-1], ru=(speaker.name_ru or "").split()[-1]))
    assert reply.answered is False, render_text(reply)
    own = {s.id for s in FACTS.statements.values() if s.speaker == speaker.id}
    assert own <= {item.fact_id for item in reply.items}, "shown as pointers, under a headline that says so"
    assert "don't list" in reply.headline or "не значится" in reply.headline


def test_what_x_said_elsewhere_is_shown_as_said_on_another_occasion() -> None:
    speaker = FACTS.speakers[_elsewhere_speaker()]
    reply = SHIPPED.ask(f"What did {speaker.name} say?")
    assert reply.answered and "another occasion" in reply.headline


def test_what_x_said_about_a_country_is_the_statement_naming_it_not_every_statement() -> None:
    naming = {s.id for s in FACTS.statements.values() if s.speaker == "smailov"
              and "C:china" in SHIPPED.matcher.doc_by_id[s.id].entities}
    assert naming, "precondition: Smailov is quoted on something naming China"
    reply = SHIPPED.ask("What did Smailov say about China?")
    assert reply.answered and shown(reply) <= naming, render_text(reply)


# -- the host country named as the meeting's place is not a delegation -----------------------------


@pytest.mark.parametrize("question", ["What was signed at the meeting in Bishkek, Kyrgyzstan?",
                                      "Which documents were signed in Kyrgyzstan?"])
def test_the_host_country_as_the_place_is_not_its_delegation(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents", render_text(reply)
    assert not shown(reply) & set(FACTS.speakers)


def test_who_attended_the_meeting_in_the_host_country_lists_every_delegation() -> None:
    reply = SHIPPED.ask("Who attended the meeting in Bishkek, Kyrgyzstan?")
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID


def test_the_host_country_named_as_a_delegation_is_still_its_delegation() -> None:
    reply = SHIPPED.ask("Who represented Kyrgyzstan at the meeting in Bishkek?")
    assert reply.answered and FACTS.entry(reply.fact_id).country == "Kyrgyzstan"


# -- who: a document names no one -------------------------------------------------------------------


@pytest.mark.parametrize("question", ["Who won the CIS Championship?", "Who will win the CIS Cup?",
                                      "Кто выиграл чемпионат СНГ?"])
def test_who_is_not_answered_with_a_document_that_names_no_one(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)


def test_who_signed_is_still_the_documents() -> None:
    reply = SHIPPED.ask("Which documents were signed?")
    assert reply.answered and reply.intent == "documents"


# -- documents: a subject word only a report's summary of what was signed holds ------------------------


def test_a_subject_word_the_nearest_document_lacks_is_shown_from_the_fact_that_holds_it() -> None:
    naming = {a.id for a in FACTS.agreements.values() if "медал" in a.quote}
    assert naming, "precondition: a report names the jubilee medal among the documents signed"
    reply = SHIPPED.ask("Was a jubilee medal approved for the 80th anniversary of Victory?")
    assert reply.answered and naming & shown(reply), render_text(reply)


# -- questions the bot could answer and abstained on ----------------------------------------------


@pytest.mark.parametrize("question", ["Was Tokayev at this one?", "Was Mishustin there?", "Был ли там Токаев?",
                                      "Was Kazakhstan's prime minister at the table?"])
def test_a_yes_or_no_question_naming_only_a_person_asks_whether_they_attended(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attend", render_text(reply)
    assert reply.fact_id in FACTS.speakers


def test_a_yes_or_no_question_about_a_persons_role_is_not_attendance() -> None:
    assert SHIPPED.ask("Was Mishustin the chair?").intent != "attend"


@pytest.mark.parametrize("question", ["Was it 20 or 22 documents? The reports seem to differ",
                                      "Were twenty documents signed?", "Сколько документов подписали: 20 или 22?",
                                      "скока докуменов подписали в бешкеке"])
def test_checking_a_number_of_documents_gets_every_reports_count(question: str) -> None:
    totals = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "count"
              and (a.counts or "documents").startswith("document")}
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "count", render_text(reply)
    assert totals <= shown(reply)


@pytest.mark.parametrize("question", ["What topics were covered?", "What was on the table at the meeting?",
                                      "Какие темы стояли на повестке?", "Что входило в повестку дня?"])
def test_what_was_on_the_agenda_in_other_words_is_the_agenda(question: str) -> None:
    agenda = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "agenda"}
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview" and agenda <= shown(reply), render_text(reply)


def test_an_agenda_question_with_a_subject_is_about_that_subject() -> None:
    assert SHIPPED.ask("Was Nagorno-Karabakh discussed?").intent != "overview"


@pytest.mark.parametrize("question", ["What issues did Mishustin raise?", "Какие вопросы поднял Мишустин?"])
def test_the_issues_x_raised_are_everything_x_said(question: str) -> None:
    reply = SHIPPED.ask(question)
    own = {s.id for s in FACTS.statements.values() if s.speaker == "mishustin"}
    assert reply.answered and reply.intent == "say" and own <= shown(reply)


def test_how_x_summed_up_the_meeting_is_xs_words_on_the_results() -> None:
    reply = SHIPPED.ask("Как Лебедев подвёл итоги заседания?")
    assert reply.answered and reply.intent == "say"
    assert all(FACTS.statements[i].speaker == "lebedev" for i in shown(reply) if i in FACTS.statements)
    assert any(i in FACTS.statements for i in shown(reply))


# -- a number named is the most specific word: the answer holds it, or there is none -----------------


@pytest.mark.parametrize("question", ["Какой год объявлен в Содружестве на 2024-й?", "Which year was declared for 2024?",
                                      "Что объявили на 2024 год?"])
def test_an_answer_to_a_question_naming_a_year_holds_that_year(question: str) -> None:
    reply = SHIPPED.ask(question)
    for fact_id in shown(reply):
        doc = SHIPPED.matcher.doc_by_id[fact_id]
        assert "2024" in doc.terms, (fact_id, render_text(reply))


# -- how the meeting came about: its place is the subject, not a word to drop ------------------------


def _origin_facts() -> set[str]:
    found = {a.id for a in FACTS.agreements.values() if a.agreement_kind == "background"
             and any(t.startswith(("venue", "date announced", "originally")) for t in a.topics)}
    assert found, "precondition: a background fact tells how the venue was chosen"
    return found


@pytest.mark.parametrize("question", ["Why Bishkek?", "Whose initiative was it to meet in Bishkek?",
                                      "Where did they decide to hold the meeting in Bishkek?",
                                      "Почему местом заседания выбрали Бишкек?", "Когда изначально анонсировали заседание?"])
def test_how_the_meeting_came_about_is_the_background_fact(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and _origin_facts() & shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["What did they decide in Bishkek?", "Что решили в Бишкеке?",
                                      "What was decided at the meeting?"])
def test_what_was_decided_at_the_meeting_is_its_documents_not_how_it_was_chosen(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "documents", render_text(reply)
    assert not _origin_facts() & shown(reply)


def test_a_stranger_on_the_meetings_date_is_not_answered_with_the_date() -> None:
    assert SHIPPED.ask("Путин был в Бишкеке 26 октября?").answered is False


# -- "was X discussed": the subject alone; the word "discussed" is in no fact ----------------------------


@pytest.mark.parametrize(("question", "word"), [("Was energy discussed?", "energ"), ("Обсуждали ли энергетику?", "energ"),
                                                ("Did they discuss Afghanistan at all?", "Afghanistan"),
                                                ("Was transport discussed at the meeting?", "transport")])
def test_whether_a_subject_was_discussed_is_answered_with_the_facts_on_it(question: str, word: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered, render_text(reply)
    assert all(word.lower() in (FACTS.entry(i).quote + " ".join(FACTS.entry(i).topics)).lower() for i in shown(reply))


@pytest.mark.parametrize("question", ["Was the situation in Nagorno-Karabakh discussed?", "Обсуждали ли Карабах?",
                                      "Did they discuss cryptocurrencies at all?"])
def test_whether_an_unknown_subject_was_discussed_is_not_answered(question: str) -> None:
    assert SHIPPED.ask(question).answered is False


# -- Russian words for what the English quotes say ------------------------------------------------------


@pytest.mark.parametrize(("question", "fact"), [("Кто сказал, что Казахстан готов внести вклад?", "smailov-belt-and-road"),
                                                ("Что Мишустин говорил о будущем региона?", "mishustin-prosperity")])
def test_a_russian_question_finds_the_english_quote(question: str, fact: str) -> None:
    assert fact in FACTS.statements, "precondition"
    reply = SHIPPED.ask(question)
    assert reply.answered and fact in shown(reply), render_text(reply)


# -- false friends: an order, a number of countries, presidents at a heads-of-government meeting ----------


@pytest.mark.parametrize("question", ["Who spoke first?", "Which outlet first reported the meeting?",
                                      "Кто выступил первым?", "Who was the second speaker?"])
def test_an_order_the_reports_do_not_give_is_not_answered_with_a_fact_holding_first(question: str) -> None:
    assert SHIPPED.ask(question).answered is False


@pytest.mark.parametrize("question", ["How many countries signed the documents?", "Сколько стран подписали соглашение?",
                                      "how many delegations signed the agreement on uranium"])
def test_a_number_of_countries_that_signed_is_not_a_number_of_documents(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)


@pytest.mark.parametrize("question", ["Кто из президентов был на заседании?", "Were any presidents at the meeting?"])
def test_which_presidents_attended_lists_the_participants_and_says_presidents_were_only_mentioned(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == PARTICIPANTS_ID
    presidents = [s for s in FACTS.speakers.values() if "president" in s.role.lower()]
    assert presidents and not any(s.attended for s in presidents), "precondition"
    text = render_text(reply)
    assert "No president" in text or "Президентов среди участников нет" in text


@pytest.mark.parametrize("question", ["what's new?", "important things", "key points", "Что главное?", "Что нового?"])
def test_a_wish_for_what_matters_is_the_summary_not_a_fact_holding_new_or_important(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "overview", render_text(reply)
    assert FACTS.meeting.id in shown(reply)


def test_a_question_about_something_new_is_still_about_it() -> None:
    reply = SHIPPED.ask("new impetus for CIS development")
    assert reply.answered and reply.intent == "retrieval"


# -- what X said about another country or person: X's words naming it, or X's words as pointers ----------


@pytest.mark.parametrize("question", ["What did Aripov say about Russia?", "Говорил ли Арипов о России?",
                                      "What did Mishustin say about Belarus?"])
def test_what_x_said_about_a_country_x_never_names_is_not_answered(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False, render_text(reply)
    assert reply.items, "X's statements are offered as pointers"


def test_what_x_said_about_another_person_is_xs_statement_naming_them() -> None:
    naming = {s.id for s in FACTS.statements.values() if s.speaker == "smailov" and "Tokayev" in s.quote}
    assert naming, "precondition"
    reply = SHIPPED.ask("What did Smailov say about Tokayev?")
    assert reply.answered and shown(reply) <= naming


# -- follow-ups: the word replaced is the one of the same kind ----------------------------------------


def _follow(first: str, second: str):  # type: ignore[no-untyped-def]
    _, context = SHIPPED.converse(first)
    return SHIPPED.converse(second, None, context)[0]


def test_a_number_as_a_follow_up_replaces_the_number_asked_before() -> None:
    reply = _follow("Who reported 22 documents?", "and 20?")
    assert reply.answered and reply.intent == "attribution"
    assert all(FACTS.entry(i).agreement_kind == "count" for i in shown(reply) if i in FACTS.agreements)
    assert "20" in render_text(reply) and "мая" not in render_text(reply)


def test_a_country_as_a_follow_up_replaces_the_country_not_the_person() -> None:
    reply = _follow("What did Smailov say about China?", "and Russia?")
    assert reply.intent == "say"
    assert "Smailov" in reply.headline and "Mishustin" not in render_text(reply)


@pytest.mark.parametrize("question", ["Откуда данные о 20 документах?", "По чьим данным подписано 22 документа?",
                                      "Who is the source for the twenty documents?"])
def test_where_a_figure_comes_from_names_its_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.intent == "attribution", render_text(reply)
    assert FACTS.entry(reply.fact_id).agreement_kind == "count"


@pytest.mark.parametrize("question", ["Какие СМИ писали о заседании?", "Which media covered the meeting?"])
def test_which_media_reported_the_meeting_lists_every_report(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "sources", render_text(reply)


def test_who_a_person_is_and_what_they_reported_is_not_an_attribution() -> None:
    reply = SHIPPED.ask("Кто такой Рашид Мередов и что он доложил?")
    assert reply.intent != "attribution" and reply.fact_id != "sources"


@pytest.mark.parametrize("question", ["How many deputy prime ministers attended?", "Сколько вице-премьеров было?"])
def test_a_number_of_people_by_role_is_those_of_that_role(question: str) -> None:
    reply = SHIPPED.ask(question)
    deputies = {s.id for s in FACTS.speakers.values() if s.attended and re.search(r"\b(deputy|vice)\b", s.role, re.I)}
    assert reply.answered and reply.intent == "count", render_text(reply)
    assert {reply.fact_id, *(i.fact_id for i in reply.items)} == deputies, render_text(reply)


def test_when_another_body_met_is_another_event() -> None:
    reply = SHIPPED.ask("When did the EAEU meet?")
    assert reply.answered is False and reply.intent == "other-event"


def test_a_year_is_not_a_number_of_documents_to_check() -> None:
    reply = SHIPPED.ask("What did they sign in 2023?")
    assert reply.answered and reply.intent == "documents"


@pytest.mark.parametrize(("question", "country"), [("Was Lukashenko there from Belarus?", "Belarus"),
                                                   ("От Армении был Пашинян?", "Armenia")])
def test_a_stranger_at_a_delegation_gets_who_did_represent_it_never_a_yes(question: str, country: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and FACTS.entry(reply.fact_id).country == country
    assert reply.headline.startswith(("The reports don't mention", "В публикациях не упоминается"))


# -- "the host" is this meeting's host country, not the next meeting's ----------------------------------


def _host_head() -> str:
    host = FACTS.meeting.place.split(",")[-1].strip()
    return next(s.id for s in FACTS.speakers.values() if s.attended and s.country == host)


@pytest.mark.parametrize("question", ["Who represented the host country?", "What did the host say?",
                                      "Что сказали хозяева встречи?"])
def test_the_host_is_this_meetings_host_country(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    name = FACTS.speakers[_host_head()].name.split()[-1]
    name_ru = (FACTS.speakers[_host_head()].name_ru or "").split()[-1]
    assert name in text or name_ru in text, text
    assert "Meredov" not in text and "Мередов" not in text


def test_who_hosts_the_next_meeting_is_still_the_next_meeting() -> None:
    reply = SHIPPED.ask("Who hosts the next one?")
    assert reply.answered and reply.intent == "overview"


# -- a figure or year asked must be in the part of a long list that is about the subject --------------


@pytest.mark.parametrize("question", ["Сколько лет программе по геодезии?", "До какого года программа по урану?",
                                      "Until what year does the uranium programme run?"])
def test_a_figure_elsewhere_in_a_list_of_documents_does_not_answer(question: str) -> None:
    reply = SHIPPED.ask(question)
    for fact_id in shown(reply):
        quote = FACTS.entry(fact_id).quote
        assert not ("уран" in quote and "геодез" in quote), render_text(reply)  # never the whole list as a figure


def test_the_year_in_a_documents_own_title_answers() -> None:
    reply = SHIPPED.ask("До какого года рассчитана программа по геодезии?")
    assert reply.answered and "2026" in render_text(reply)

"""The kind of question asked, answered from the fact base's structure (no Telegram here).

Every example of issue "Answers people can trust" is here, on the shipped fact
base: each checks what a reader would see (whose words are quoted, which facts
are listed, whether the bot answered at all), derived from the fact base's
structure rather than from fixed ids where the curators may add facts.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.conversation import Conversations
from bot.intents import DOCUMENT_KINDS, Context, agreement_kind
from bot.matcher import PARTICIPANTS_ID
from bot.replies import render_text, reply_json
from knowledge import DEFAULT_DIR

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase


def statements_of(person: str) -> list[str]:
    return [s.id for s in FACTS.statements.values() if s.speaker == person]


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    return {reply.fact_id} | {item.fact_id for item in reply.items} if reply.answered else set()


def other_peoples_statements(person: str) -> set[str]:
    return {s.id for s in FACTS.statements.values() if s.speaker != person}


# -- what did X say ------------------------------------------------------------------


@pytest.mark.parametrize("question", ["What did Mustafayev say?", "Что сказал Мустафаев?",
                                      "What did Shahin Mustafayev say?", "Mustafayev's position"])
def test_a_participant_the_reports_do_not_quote_gets_nobody_elses_words(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not shown(reply) & other_peoples_statements("mustafayev"), "never another person's statement"
    assert not statements_of("mustafayev"), "precondition: the reports quote nothing Mustafayev said"
    assert reply.answered is False
    text = render_text(reply)
    assert "quote nothing Mustafayev said" in text or "не приводят высказываний" in text


@pytest.mark.parametrize("person", sorted({s.speaker for s in FACTS.statements.values()}))
def test_what_did_x_say_shows_every_statement_of_x_and_only_theirs(person: str) -> None:
    speaker = FACTS.speakers[person]
    for question in (f"What did {speaker.name} say?", f"Что сказал {(speaker.name_ru or speaker.name).split()[-1]}?"):
        reply = SHIPPED.ask(question)
        assert reply.answered and reply.intent == "say", question
        assert set(statements_of(person)) <= shown(reply), question
        assert not shown(reply) & other_peoples_statements(person), question


def test_the_tajik_prime_minister_is_found_by_role_and_country() -> None:
    reply = SHIPPED.ask("What did the Tajik PM say?")
    assert not shown(reply) & other_peoples_statements("rasulzoda")
    assert "Rasulzoda" in render_text(reply) and "quote nothing" in render_text(reply)


def test_anything_more_from_a_speaker_lists_their_statements() -> None:
    reply = SHIPPED.ask("anything more from Aripov?")
    assert reply.answered and set(statements_of("aripov")) <= shown(reply)


def test_a_name_two_people_share_is_asked_back_not_guessed() -> None:
    sharing = [s.id for s in FACTS.speakers.values()
               if any("Abdulla" in name.split() for name in (s.name, *s.aliases))]
    assert len(sharing) == 2, "precondition: Aripov and Mustafayev share 'Abdulla'"
    for question in ("What did Abdulla say?", "Abdulla"):
        reply = SHIPPED.ask(question)
        assert reply.answered is False and reply.intent == "ambiguous", question
        assert {s.fact_id for s in reply.suggestions} == set(sharing), question
    assert SHIPPED.ask("What did Abdulla Aripov say?").intent == "say"


def test_a_statement_naming_someone_in_passing_is_not_theirs() -> None:
    """Aripov's statements name "Abdulla Aripov"; "Abdulla" must not make them Mustafayev's."""
    reply = SHIPPED.ask("Mustafayev energy")
    assert not shown(reply) & set(statements_of("aripov"))


# -- attendance, counts, lists ------------------------------------------------------------


def test_was_tokayev_at_the_meeting_says_he_is_only_mentioned() -> None:
    assert FACTS.speakers["tokayev"].attended is False
    for question in ("Was Tokayev at the meeting?", "Был ли Токаев на заседании?", "Did Tokayev attend?"):
        reply = SHIPPED.ask(question)
        assert reply.fact_id == "tokayev" and reply.intent == "attend", question
        assert "not listed among" in reply.headline or "не значится среди участников" in reply.headline


def test_was_a_participant_there_says_yes_with_the_participants_sentence() -> None:
    reply = SHIPPED.ask("Was Grigoryan at the meeting?")
    assert reply.fact_id == "grigoryan" and "represented Armenia" in reply.headline
    assert reply.quote and "Mher Grigoryan" in reply.quote


@pytest.mark.parametrize("question", ["how many delegations", "Сколько делегаций?", "How many countries took part?"])
def test_how_many_delegations_is_the_count_of_participants(question: str) -> None:
    reply = SHIPPED.ask(question)
    countries = {s.country for s in FACTS.speakers.values() if s.attended}
    assert reply.fact_id == PARTICIPANTS_ID and str(len(countries)) in reply.headline


@pytest.mark.parametrize("question", ["What was adopted?", "Что приняли?", "Which documents were signed?",
                                      "kakie dokumenty podpisali"])
def test_what_was_adopted_lists_this_meetings_documents_only(question: str) -> None:
    reply = SHIPPED.ask(question)
    documents = {a.id for a in FACTS.agreements.values() if agreement_kind(a) in DOCUMENT_KINDS}
    assert reply.intent == "documents" and {i.fact_id for i in reply.items} == documents
    assert not shown(reply) & set(FACTS.statements), "never a statement about something adopted earlier"


@pytest.mark.parametrize("question", ["Which countries are members of the CIS?", "Какие страны входят в СНГ?"])
def test_the_cis_membership_is_not_answered_with_a_statement(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "membership"
    assert [s.fact_id for s in reply.suggestions] == [PARTICIPANTS_ID]


def test_who_attended_and_which_countries_are_the_participants() -> None:
    for question in ("Who attended?", "Which countries took part?", "Кто участвовал в заседании?"):
        assert SHIPPED.ask(question).fact_id == PARTICIPANTS_ID, question


# -- other events ------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "What did the SCO heads of government decide?",
    "What was decided at the CIS Heads of State summit in Bishkek?",
    "Что решили на саммите ШОС?",
    "What was signed in Ashgabat?",
    "What did Mishustin say in Astana in 2022?",
    "What happened at the EAEU summit?",
    "What happened on 13 October?",
])
def test_other_meetings_are_recognised_and_not_answered_with_this_ones_facts(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered is False and reply.intent == "other-event"
    text = render_text(reply)
    assert "26 October 2023" in text or "26 октября 2023" in text


def test_a_topic_of_this_meeting_that_names_another_body_is_still_answered() -> None:
    """Mishustin spoke about the EAEU at this meeting: that is not a question about an EAEU summit."""
    reply = SHIPPED.ask("What did Mishustin say about the Eurasian Economic Union?")
    assert reply.answered and shown(reply) <= set(statements_of("mishustin")) | {"mishustin"}


# -- small talk, Latin-typed Russian, honest scores ------------------------------------------


@pytest.mark.parametrize(("question", "language"), [("hi", "en"), ("thanks", "en"), ("Привет", "ru"),
                                                    ("help", "en"), ("what can you do?", "en"),
                                                    ("Спасибо!", "ru")])
def test_greetings_and_thanks_get_a_friendly_reply_not_an_abstention(question: str, language: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.intent == "smalltalk" and reply.language == language
    assert "don't say" not in reply.headline and "не сказано" not in reply.headline
    assert reply.notes, "says what the bot can answer"


@pytest.mark.parametrize(("question", "expected"), [("chto skazal mishustin", "mishustin"),
                                                    ("kto predstavlyal armeniyu", "grigoryan")])
def test_russian_typed_in_latin_letters_is_answered_in_russian(question: str, expected: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.language == "ru"
    assert reply.fact_id == expected


@pytest.mark.parametrize("question", ["qwertyuiop", "what is the population of Bishkek?",
                                      "Who represented Moldova?", "tell me everything"])
def test_an_abstentions_score_is_below_the_threshold_never_100(question: str) -> None:
    data = reply_json(SHIPPED.ask(question))
    assert data["answered"] is False
    assert data["score"] is None or data["score"] < SHIPPED.matcher.threshold


def test_how_did_it_go_is_answered_with_the_overview_facts() -> None:
    """With agenda, result, count and schedule facts in the base (the second update), "how did it go"
    is the summary the overview intent promises, not an abstention."""
    reply = SHIPPED.ask("how did it go")
    assert reply.answered and reply.intent == "overview"
    kinds = {agreement_kind(FACTS.agreements[i.fact_id]) for i in reply.items if i.fact_id in FACTS.agreements}
    assert kinds == {"agenda", "result", "count", "schedule"}


def test_facts_matching_equally_well_are_shown_together() -> None:
    result = SHIPPED.matcher.match("industrial cooperation concept")
    tied = [c for c in result.alternatives if c.confidence == result.best.confidence]  # type: ignore[union-attr]
    assert tied, "precondition: two facts tie"
    reply = SHIPPED.ask("industrial cooperation concept")
    assert {result.best.fact_id, *(c.fact_id for c in tied)} <= shown(reply)  # type: ignore[union-attr]


# -- follow-ups ------------------------------------------------------------------------


def converse(*questions: str) -> list:  # type: ignore[type-arg]
    context: Context | None = None
    replies = []
    for question in questions:
        reply, context = SHIPPED.converse(question, None, context)
        replies.append(reply)
    return replies


def test_and_another_country_reads_the_previous_question() -> None:
    _, belarus = converse("Who represented Armenia?", "and Belarus?")
    assert belarus.fact_id == "golovchenko"
    _, russia = converse("Кто представлял Армению?", "а Мишустин?")
    assert russia.fact_id == "mishustin" and russia.language == "ru"


def test_what_did_he_say_refers_to_the_person_just_shown() -> None:
    _, said = converse("Who represented Russia?", "what did he say?")
    assert said.intent == "say" and set(statements_of("mishustin")) <= shown(said)


def test_what_else_about_a_person_leaves_out_what_was_shown() -> None:
    first, more = converse("What did Aripov say about energy?", "what else?")
    assert first.answered and more.answered
    assert not shown(first) & {i.fact_id for i in more.items}
    assert {i.fact_id for i in more.items} | shown(first) >= set(statements_of("aripov"))


def test_without_a_conversation_a_follow_up_is_read_alone() -> None:
    assert SHIPPED.ask("and Belarus?").fact_id == "golovchenko"
    assert SHIPPED.ask("what else?").answered is False


def test_conversations_expire_and_stay_bounded() -> None:
    now = [0.0]
    conversations = Conversations(ttl=600, max_size=2, clock=lambda: now[0])
    conversations.put("a", Context("who represented Armenia?"))
    now[0] = 599
    assert conversations.get("a") is not None
    now[0] = 1200
    assert conversations.get("a") is None
    for key in "bcd":
        conversations.put(key, Context("q"))
    assert len(conversations) == 2 and conversations.get("b") is None


# -- the generated question grammar -------------------------------------------------------


def test_the_question_grammar_gets_no_wrong_answer() -> None:
    """Every speaker, country, statement, document and intent, in both languages: never a wrong fact."""
    sys.path.insert(0, str(ROOT / "bench"))
    from question_grammar import generate, judge

    from bot.cli import answer_json

    wrong = [case.q for case in generate(FACTS) if judge(case, answer_json(SHIPPED, case.q)) == "wrong"]
    assert wrong == []


@pytest.mark.parametrize("question", ["What did Mustafayev say?", "What did the Tajik PM say?",
                                      "What did Putin say at the Heads of State meeting?",
                                      "What did Aripov say about football?", "Abdulla"])
def test_a_structured_non_answer_never_shows_an_answering_score(question: str) -> None:
    data = reply_json(SHIPPED.ask(question))
    assert data["answered"] is False
    assert data["score"] is None or data["score"] < SHIPPED.matcher.threshold

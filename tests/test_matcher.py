"""Matching: entities, Russian, typos, terse queries, abstention, calibration.

The questions here are the team's own; none is copied from shared/eval.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.matcher import PARTICIPANTS_ID, SOURCES_ID
from knowledge import DEFAULT_DIR

# Known regression, left to the matcher's owners (this branch may not edit bot/matcher.py): the second
# update's verbatim quotes ("member states", "Independent States", "all issues") put the '@list' concept
# in 23 of 63 facts, so its weight (0.32) falls below MIN_SPECIFICITY (0.35) and "participants" alone
# no longer says enough. strict=True: once the matcher answers these again, remove the marks.


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer.from_directory(DEFAULT_DIR)


def best(answerer: Answerer, question: str) -> str | None:
    result = answerer.matcher.match(question)
    return result.best.fact_id if result.answered and result.best else None


@pytest.mark.parametrize(("question", "fact_id"), [
    ("Which official came from Armenia?", "grigoryan"),
    ("Who headed the delegation of Azerbaijan", "mustafayev"),
    ("tajik prime minister", "rasulzoda"),
    ("Belarus", "golovchenko"),
    ("Turkmen delegation", "geldimyradov"),
    ("Who is Mher Grigoryan?", "grigoryan"),
])
def test_delegations_and_people(answerer: Answerer, question: str, fact_id: str) -> None:
    assert best(answerer, question) == fact_id


@pytest.mark.parametrize(("question", "fact_id"), [
    ("Кто возглавлял делегацию Армении?", "grigoryan"),
    ("делегация Беларуси", "golovchenko"),
    ("Кого прислал Азербайджан?", "mustafayev"),
    ("Что сказал Мишустин о Евразийском экономическом союзе?", "mishustin-eaeu"),
    ("Сколько документов было подписано?", "twenty-documents-signed"),
    ("Где пройдёт следующее заседание?", "next-meeting-ashgabat"),
    ("Мишустина", "mishustin"),  # genitive case of a name
    ("predstavitel armenii", "grigoryan"),  # Russian typed in Latin letters
])
def test_russian_questions_and_case_endings(answerer: Answerer, question: str, fact_id: str) -> None:
    assert best(answerer, question) == fact_id


@pytest.mark.parametrize(("question", "fact_id"), [
    ("mishustn", "mishustin"),
    ("Grigorian", "grigoryan"),
    ("whoo reprsented armenai", "grigoryan"),
    ("blet road", "smailov-belt-and-road"),
    ("geodezy", "documents-signed"),
    ("volunter year", "volunteer-year-2024"),
    ("Golovchenka", "golovchenko"),  # one wrong letter in a longer name
    ("Rasulzada", "rasulzoda"),
])
def test_typos(answerer: Answerer, question: str, fact_id: str) -> None:
    assert best(answerer, question) == fact_id


def test_one_wrong_letter_in_a_six_letter_name_is_still_the_name(answerer: Answerer) -> None:
    assert "P:aripov" in dict(answerer.matcher._lookup("aripob"))
    assert "P:aripov" in dict(answerer.matcher._lookup("aripof"))


def test_a_short_word_with_another_first_letter_is_another_word(answerer: Answerer) -> None:
    """"at the table" is not "stable": a typo rarely changes a short word's first letter."""
    matcher = answerer.matcher
    assert matcher._exact_word("stable")  # a word the facts use
    assert not set(matcher._exact_word("stable")) & set(dict(matcher._lookup("table")))
    assert set(matcher._exact_word("stable")) <= set(dict(matcher._lookup("stabel")))  # a typo of it


@pytest.mark.parametrize(("question", "fact_id"), [
    ("belt road", "smailov-belt-and-road"),
    ("ashgabat", "next-meeting-ashgabat"),
    ("lebedev", "lebedev"),
    ("import substitution", "aripov-import-substitution"),
    ("sources", SOURCES_ID),
])
def test_terse_queries(answerer: Answerer, question: str, fact_id: str) -> None:
    assert best(answerer, question) == fact_id


@pytest.mark.parametrize(("question", "entity"), [
    ("Who represented Moldova?", "Moldova"),
    ("who was the ukrainian representative", "Ukraine"),
    ("Кто представлял Грузию?", "Georgia"),
    ("Did the Chinese prime minister attend?", None),
])
def test_entity_not_in_sources_never_gets_another_countrys_fact(
    answerer: Answerer, question: str, entity: str | None
) -> None:
    result = answerer.matcher.match(question)
    assert not result.answered, result
    if entity:
        assert entity in result.unknown_entities


def test_statement_by_named_person_only(answerer: Answerer) -> None:
    # "trade" matches Smailov's and Mishustin's statements; the name decides
    assert best(answerer, "what did Mishustin say about trade") == "mishustin-reliable-ally"
    assert best(answerer, "what did Smailov say about trade").startswith("smailov-")


@pytest.mark.parametrize("question", [
    "What did Pashinyan say?",  # a person the sources do not name
    "what's the weather like in Bishkek",
    "recipe for beshbarmak",
    "tell me a joke",
    "zxcvbnm qwerty",
    "Как дела?",
    "who won the football match",
    "What did Aripov say about football?",  # named person, topic not covered
    "who chaired the meeting",
    "",
    "   ",
    "?!?",
])
def test_abstains_off_topic_and_uncovered(answerer: Answerer, question: str) -> None:
    assert best(answerer, question) is None


def test_confidence_is_on_a_0_to_100_scale_and_orders_answers(answerer: Answerer) -> None:
    clear = answerer.matcher.match("Who represented Armenia?")
    vague = answerer.matcher.match("What did Mishustin say about football?")
    assert clear.best is not None and clear.best.confidence == 100
    assert vague.best is not None and 0 <= vague.best.confidence < answerer.matcher.threshold


def test_close_answers_come_with_alternatives(answerer: Answerer) -> None:
    result = answerer.matcher.match("What did Aripov propose?")
    assert result.answered
    ids = {c.fact_id for c in result.alternatives}
    assert ids and all(i.startswith(("aripov-", "uzbekistan-")) for i in ids)
    assert len(result.alternatives) <= 3


def test_abstention_offers_suggestions_when_something_is_close(answerer: Answerer) -> None:
    result = answerer.matcher.match("What did Mishustin say about football?")
    assert not result.answered
    assert {c.fact_id for c in result.alternatives} <= {"mishustin-eaeu", "mishustin-prosperity", "mishustin-reliable-ally", "mishustin"}
    assert result.alternatives


def test_two_people_named_answers_one_and_offers_the_other(answerer: Answerer) -> None:
    result = answerer.matcher.match("What did Smailov and Mishustin say?")
    assert result.answered and result.best is not None
    assert result.best.fact_id.startswith("smailov-")
    others = answerer.matcher.match("what did Mishustin and Smailov say about stability")
    assert others.answered and others.best is not None and others.best.fact_id == "mishustin-eaeu"


def test_a_known_place_does_not_carry_an_unrelated_question(answerer: Answerer) -> None:
    assert best(answerer, "Bishkek") == "cis-hog-2023-10-26"
    assert best(answerer, "what time is it in Bishkek") is None
    assert best(answerer, "How much did the summit cost?") is None


def test_plural_asks_for_the_list_singular_for_the_person(answerer: Answerer) -> None:
    """The list is the participants intent's (bot.intents), read before retrieval."""
    for question in ("which countries took part", "participants", "Участники"):
        assert answerer.ask(question).fact_id == PARTICIPANTS_ID, question
    assert best(answerer, "глава делегации Армении") == "grigoryan"


def test_curators_can_add_a_country_the_lexicon_does_not_know(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers_kb import VALID, write_kb

    kb = VALID.replace("    country: Armenia\n",
                       "    country: Freedonia\n    country_ru: Фридония\n"
                       "    country_aliases: [Freedonian, Фридонии, Фридонию]\n")
    local = Answerer.from_directory(write_kb(tmp_path, {"a.yaml": kb}))
    for question in ("Who represented Freedonia?", "Кто представлял Фридонию?", "freedonian delegation"):
        result = local.matcher.match(question)
        assert result.answered and result.best is not None and result.best.fact_id == "alice", question
    assert local.ask("Кто представлял Фридонию?").headline.startswith("Alice Example")


@pytest.mark.parametrize(("question", "fact_id"), [
    ("Какую должность занимает Григорян?", "grigoryan"),
    ("Какого числа было заседание?", "cis-hog-2023-10-26"),
    ("Когда следующая встреча глав правительств?", "next-meeting-ashgabat"),
    ("Откуда информация?", SOURCES_ID),
    ("Смайлов один пояс один путь", "smailov-belt-and-road"),
])
def test_more_russian_phrasings(answerer: Answerer, question: str, fact_id: str) -> None:
    assert best(answerer, question) == fact_id


def test_rank_lists_every_matching_fact_best_first(answerer: Answerer) -> None:
    ranked = answerer.matcher.rank("aripov")
    ids = [c.fact_id for c in ranked]
    assert ids[0] == "aripov"
    assert {"aripov-energy-systems", "aripov-regional-roadmap", "aripov-free-trade-zone"} <= set(ids)
    assert [c.confidence for c in ranked] == sorted((c.confidence for c in ranked), reverse=True)
    assert all(c.confidence >= answerer.matcher.suggest_floor for c in ranked)
    assert answerer.matcher.rank("Who represented Moldova?") == []
    assert answerer.matcher.rank("qwertyuiop") == []


@pytest.mark.parametrize(("typed", "spelt"), [
    ("reshili", "решили"), ("dannym", "данным"), ("svobodnoi", "свободной"), ("zayavlenie", "заявление"),
    ("yuzhnyy", "южный"), ("soglashenie", "соглашение"), ("uslugami", "услугами"),
])
def test_russian_typed_in_latin_letters_is_spelt_back_in_cyrillic(typed: str, spelt: str) -> None:
    from bot.text import cyrillic_spellings
    assert cyrillic_spellings(typed)[0] == spelt


def test_a_word_with_other_letters_has_no_cyrillic_spelling() -> None:
    from bot.text import cyrillic_spellings
    assert cyrillic_spellings("Ашхабад") == () and cyrillic_spellings("2023") == ()


@pytest.mark.parametrize("question", ["Сколько документов подписали? ¹", "How many documents ² signed?", "² ³",
                                      "документов ¹²", "①② who came?"])
def test_digits_written_as_superscripts_or_circled_are_read_not_a_crash(answerer: Answerer, question: str) -> None:
    reply = answerer.ask(question)
    assert reply.headline  # (int("¹") raised ValueError in the count reading before)


def test_a_superscript_digit_reads_as_its_digit(answerer: Answerer) -> None:
    reply = answerer.ask("How many documents ² signed?")
    assert reply.answered and reply.intent == "count", reply.headline

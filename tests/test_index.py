"""The matcher's inverted index returns exactly what a full scan of every fact returns.

A few thousand generated statements (bench/scale.py's generator, seeded) on top
of the shipped fact base; every benchmark question is matched and ranked both
ways. The index may not drop a candidate, reorder a tie, or change a score.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.matcher import Matcher
from knowledge import DEFAULT_DIR

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from scale import bench_questions, generate_factbase  # noqa: E402


@pytest.fixture(scope="module")
def large() -> Answerer:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        return Answerer.from_directory(generate_factbase(2500, Path(tmp) / "kb", seed=11))


def test_the_index_finds_the_same_best_fact_score_and_alternatives_as_a_full_scan(large: Answerer) -> None:
    full = Matcher(large.factbase, full_scan=True)
    questions = bench_questions() + ["said", "what did he say", "Pashinyan", "cooperation", "и", "trade trade"]
    assert len(large.factbase.statements) > 2500
    for number, question in enumerate(questions):
        assert large.matcher.match(question) == full.match(question), question
        if number % 4 == 0:  # ranking (inline mode) on a quarter of them: the full scan is slow
            assert large.matcher.rank(question, floor=0, limit=7) == full.rank(question, floor=0, limit=7), question


def test_the_index_answers_like_a_full_scan_on_the_shipped_facts() -> None:
    shipped = Answerer.from_directory(ROOT / "knowledge")
    scanning = Answerer(shipped.factbase)
    scanning.matcher = Matcher(shipped.factbase, full_scan=True)
    for question in bench_questions():
        assert shipped.ask(question) == scanning.ask(question), question


def test_everything_a_question_reads_is_built_with_the_answerer(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first question after a (re)load must not pay for building what the intents read
    from the fact base (a quarter of a second at 10,000 facts, on the event loop's thread)."""
    from bot.intents import reading

    def build_again(matcher: Matcher) -> None:
        raise AssertionError("the intents' data was built on a question, not with the answerer")

    answerer = Answerer.from_directory(DEFAULT_DIR)  # a new one: nothing asked of it yet
    monkeypatch.setattr(reading, "_derive", build_again)
    assert answerer.ask("What did Aripov propose?").items


def test_what_the_intents_gather_from_the_index_build_equals_a_reading_of_their_own(large: Answerer) -> None:
    """The intents take the fact texts' words as the index's build reads them (`TextScan`): no
    fact text may be missed, so their years, dates, words and months equal a separate pass's."""
    import re

    from bot.intents import reading
    from bot.text import is_cyrillic, tokenize, transliterate

    gathered = reading.derived(large.matcher)
    texts = [t for e in large.factbase.entries() for t in (e.quote, *(getattr(e, name, None) for name in (
        "title", "title_ru", "answer", "answer_ru"))) if isinstance(t, str)]
    words = {w for t in texts for w in tokenize(t)}
    assert gathered.words == words | {transliterate(w) for w in words if is_cyrillic(w)}  # every text's every word
    meeting = large.factbase.meeting
    assert meeting is not None
    years = {y for t in texts for y in re.findall(r"\b(?:19|20)\d\d\b", t)} | {str(meeting.date.year)}
    assert gathered.years == years
    assert gathered.year_months and gathered.dates
    assert gathered == reading._derive(large.matcher)  # and a pass of its own over every fact text

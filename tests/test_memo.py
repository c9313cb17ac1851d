"""What the rules remember of a question (bot/intents/memo.py, the fact base's memos) never changes a reply:
the same questions answered fresh, again from memory, and after every memo is forgotten read the same."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.answering import Answerer
from bot.intents.memo import SIZE
from bot.intents.reading import forget_questions_of
from bot.replies import render_text
from knowledge import DEFAULT_DIR

REPO_ROOT = Path(__file__).resolve().parent.parent


def _questions() -> list[str]:
    cases = yaml.safe_load((REPO_ROOT / "bench" / "paraphrases.yaml").read_text(encoding="utf-8"))
    return [case["q"] for case in cases]


def test_a_question_answered_from_memory_reads_as_when_first_answered() -> None:
    answerer = Answerer.from_directory(DEFAULT_DIR)
    questions = _questions()
    first = [render_text(answerer.ask(q)) for q in questions]
    again = [render_text(answerer.ask(q)) for q in questions]
    forget_questions_of(answerer.matcher)
    forgotten = [render_text(answerer.ask(q)) for q in questions]
    assert again == first and forgotten == first


def test_more_questions_than_the_memo_holds_still_read_alike() -> None:
    answerer = Answerer.from_directory(DEFAULT_DIR)
    questions = _questions()
    first = {q: render_text(answerer.ask(q)) for q in questions}
    for n in range(SIZE + 10):  # every cache full and turning over
        answerer.ask(f"Who represented delegation number {n}?")
    assert {q: render_text(answerer.ask(q)) for q in questions} == first

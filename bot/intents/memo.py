"""What many rules ask of one question, found once: per-question caches, and forgetting them.

A dozen rules ask whether a question is a yes-or-no one, which days it names, its sentences,
whether it asks a figure or an attribution; each answer depends on the question's words
alone. `per_question` caches such a function (the last `SIZE` distinct arguments) and
registers it, so that `forget_questions` can empty every one of them: the benchmark's cold
latency asks each question as a never-seen phrasing, with nothing of it remembered.

Only pure functions of the question (its text, words, keys) belong here; what depends on the
fact base too is kept per fact base (`bot.intents.reading.derived`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

__all__ = ["SIZE", "forget_questions", "per_question"]

SIZE = 1024  # distinct questions remembered by each cache

T = TypeVar("T")
_CACHES: list[Any] = []  # every per-question cache (`functools.lru_cache` wrappers)


def per_question(function: Callable[..., T]) -> Callable[..., T]:
    """`function` cached for the last `SIZE` distinct arguments, and registered to be forgotten."""
    cached = lru_cache(maxsize=SIZE)(function)
    _CACHES.append(cached)
    return cached


def forget_questions() -> None:
    """Empty every per-question cache."""
    for cached in _CACHES:
        cached.cache_clear()

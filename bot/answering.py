"""The core's front door: question in, `Reply` out. No Telegram here.

An `Answerer` wraps one fact base and the matcher built for it; it is cheap to
share and safe to replace as a whole when the fact base is reloaded.
"""

from __future__ import annotations

from pathlib import Path

from bot.facts import FactBase
from bot.loader import load_factbase
from bot.matcher import Matcher
from bot.replies import Reply, compose, fact_reply

__all__ = ["Answerer"]


class Answerer:
    """Answers questions from one fact base."""

    def __init__(self, factbase: FactBase) -> None:
        self.factbase = factbase
        self.matcher = Matcher(factbase)

    @classmethod
    def from_directory(cls, directory: str | Path) -> Answerer:
        """Load and validate the fact base in `directory` (raises `FactBaseError`)."""
        return cls(load_factbase(directory))

    def ask(self, question: str, language: str | None = None) -> Reply:
        """Answer one question; `language` ("en"/"ru") overrides detection when the text has no letters."""
        result = self.matcher.match(question, language)
        return compose(self.factbase, result)

    def fact(self, fact_id: str, language: str = "en") -> Reply | None:
        """Show one fact by id, or None when the id is unknown (e.g. removed on reload)."""
        try:
            return fact_reply(self.factbase, fact_id, language)
        except KeyError:
            return None

"""The core's front door: question in, `Reply` out. No Telegram here.

An `Answerer` wraps one fact base and the matcher built for it; it is cheap to
share and safe to replace as a whole when the fact base is reloaded.
"""

from __future__ import annotations

from pathlib import Path

from bot.buildcache import BuildCache
from bot.facts import FactBase
from bot.gcpause import paused_gc
from bot.intents import Context, TextScan, adopt, answer, prepare
from bot.loader import load_factbase
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply

__all__ = ["Answerer"]


class Answerer:
    """Answers questions from one fact base."""

    @paused_gc()  # the whole build, the intents' data too (see bot.gcpause)
    def __init__(self, factbase: FactBase) -> None:
        self.factbase = factbase
        scan = TextScan(factbase)  # the intents take the fact texts' words as the index reads them
        self.matcher = Matcher(factbase, seen=scan.see)
        prepare(self.matcher, scan)  # part of the build: the first question after a (re)load pays nothing

    @classmethod
    @paused_gc()  # one pause, and one full pass at its end, for the load and the build
    def from_directory(cls, directory: str | Path, *, cache_dir: Path | None = None) -> Answerer:
        """Load and validate the fact base in `directory` (raises `FactBaseError`); with
        `cache_dir`, reuse the build kept there for these very files, or keep this one."""
        if cache_dir is None:
            return cls(load_factbase(directory))
        cache = BuildCache(cache_dir, directory)
        found = cache.load(cls)
        if found is None:
            found = cls(load_factbase(directory))
            cache.store(found, found.factbase.read_files)
        return found

    def __getstate__(self) -> dict[str, object]:
        """The whole build: the facts, the matcher's index, the intents' data (`bot.buildcache`)."""
        return {"factbase": self.factbase, "matcher": self.matcher, "intents": prepare(self.matcher)}

    def __setstate__(self, state: dict[str, object]) -> None:
        factbase, matcher, intents = state["factbase"], state["matcher"], state["intents"]
        if not isinstance(factbase, FactBase) or not isinstance(matcher, Matcher) or intents is None:
            raise TypeError("not an Answerer's build")
        self.factbase = factbase
        self.matcher = matcher
        adopt(matcher, intents)  # TypeError unless it is the intents' data

    def ask(self, question: str, language: str | None = None) -> Reply:
        """Answer one question; `language` ("en"/"ru") forces the reply's language."""
        return self.converse(question, language)[0]

    def converse(self, question: str, language: str | None = None,
                 context: Context | None = None) -> tuple[Reply, Context]:
        """Answer one question of a conversation: a follow-up ("and Belarus?", "what else?")
        is read against `context`, the previous answer's; returns the reply and the new context."""
        return answer(self.matcher, question, language, context)

    @property
    def size(self) -> int:
        """How many facts the matcher scores: what one question's cost grows with."""
        return len(self.matcher.docs)

    def language_of(self, question: str, default: str = "en") -> str:
        """The language to answer `question` in: its own (Russian typed in Latin letters is
        Russian), or `default` when it has no letters."""
        if not any(ch.isalpha() for ch in question):
            return default
        return self.matcher.language_of(question)

    def fact(self, fact_id: str, language: str = "en") -> Reply | None:
        """Show one fact by id, or None when the id is unknown (e.g. removed on reload)."""
        try:
            return fact_reply(self.factbase, fact_id, language)
        except KeyError:
            return None

"""Rank every fact matching a few words: the list behind inline mode.

The core's `Matcher.match` answers one question with one fact (plus close
alternatives). Inline mode wants every matching quote, best first: that is
`Matcher.rank`, which keeps every fact scoring at least the suggestion floor.
Scoring is the core's; nothing is re-implemented here.

A `QuoteSearch` holds no index of its own: it wraps the matcher (built once per
fact base, with the `Answerer`), so creating one per query, as inline mode
does, costs nothing worth caching.
"""

from __future__ import annotations

from bot.matcher import Matcher

__all__ = ["QuoteSearch"]

_FEATURED_KINDS = ("statement", "agreement", "meeting")


class QuoteSearch:
    """Ranked fact ids for a query, and the featured quotes for an empty one."""

    def __init__(self, matcher: Matcher, *, floor: int | None = None) -> None:
        self.factbase = matcher.factbase
        self._matcher = matcher
        self.floor = matcher.suggest_floor if floor is None else floor

    def search(self, query: str, language: str | None = None) -> list[str]:
        """Fact ids matching `query`, best first (empty when nothing matches well)."""
        if not query.strip():
            return self.featured()
        return [c.fact_id for c in self._matcher.rank(query, language, floor=self.floor)]

    def featured(self) -> list[str]:
        """What an empty inline query shows: every statement, agreement and the meeting."""
        return [doc.id for kind in _FEATURED_KINDS for doc in self._matcher.docs if doc.kind == kind]

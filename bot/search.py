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
from bot.replies import fact_title

__all__ = ["QuoteSearch"]

_FEATURED_KINDS = ("meeting", "participants", "statement", "agreement", "speaker")
POPULAR_SHOWN = 4


class QuoteSearch:
    """Ranked fact ids for a query, and the featured quotes for an empty one."""

    def __init__(self, matcher: Matcher, *, floor: int | None = None) -> None:
        self.factbase = matcher.factbase
        self._matcher = matcher
        self.floor = matcher.suggest_floor if floor is None else floor

    def search(self, query: str, language: str | None = None, *, popular: list[str] | None = None) -> list[str]:
        """Fact ids matching `query`, best first (empty when nothing matches well).

        An empty query gets `featured(popular)`. A query that is a fact's title
        (what a "Share" button types) puts that fact first.
        """
        if not query.strip():
            return self.featured(popular or [])
        ranked = [c.fact_id for c in self._matcher.rank(query, language, floor=self.floor)]
        titled = self._titled(query)
        if titled is None:
            return ranked
        return [titled, *(fact_id for fact_id in ranked if fact_id != titled)]

    def featured(self, popular: list[str] | None = None) -> list[str]:
        """What an empty inline query shows: the meeting and who took part, the (at most
        POPULAR_SHOWN) facts asked most, each delegation's head, then every statement,
        document and other person."""
        docs = self._matcher.docs
        known = {doc.id for doc in docs}
        heads = [doc.id for doc in docs if doc.kind == "speaker" and self.factbase.speakers[doc.id].attended]
        order = [doc.id for kind in _FEATURED_KINDS[:2] for doc in docs if doc.kind == kind]
        order += [fact_id for fact_id in popular or [] if fact_id in known][:POPULAR_SHOWN] + heads
        order += [doc.id for kind in _FEATURED_KINDS[2:] for doc in docs if doc.kind == kind]
        return list(dict.fromkeys(order))

    def _titled(self, query: str) -> str | None:
        """The fact whose title (English or Russian) is exactly `query`, if any."""
        wanted = " ".join(query.split()).casefold()
        for doc in self._matcher.docs:
            for language in ("en", "ru"):
                if fact_title(self.factbase, doc.id, language).casefold() == wanted:
                    return doc.id
        return None

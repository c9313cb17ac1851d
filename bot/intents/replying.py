"""The shapes of an intent's reply: a list (the first facts quoted, the rest as titles to tap),
an abstention with why and the close facts to open, the hints of what the bot can answer.
"""

from __future__ import annotations

from dataclasses import replace

from bot.facts import FactBase, Source
from bot.intents.reading import Reading
from bot.intents.texts import phrase
from bot.matcher import Matcher
from bot.replies import Item, Reply, Suggestion, capabilities, fact_item, fact_title, label, source_via

__all__ = ["MAX_ITEMS", "QUOTED_CHARS", "QUOTED_ITEMS", "abstain", "fact_ids", "hints", "list_reply", "publishers_of",
           "report_cites", "with_changes"]

QUOTED_CHARS = 2500  # ... or more, while their quotes stay this short


QUOTED_ITEMS = 5  # a list reply quotes this many facts in full; the rest are titles to tap


MAX_ITEMS = 20  # and lists at most this many; "what else?" shows the next ones


def publishers_of(factbase: FactBase, named: list[str]) -> str:
    """The named reports' publishers, once each ("Trend News Agency": two reports, one name)."""
    return ", ".join(dict.fromkeys(factbase.sources[s].publisher for s in named))


def abstain(matcher: Matcher, r: Reading, intent: str, note: str, score: int | None = None) -> Reply:
    """Not answered, with why, and the close facts to open instead."""
    factbase = matcher.factbase
    close = matcher.rank(r.question, r.language, limit=3)
    top = score if score is not None else (close[0].confidence if close else None)
    return Reply(r.language, False, label(r.language, "dont_say"),
                 score=None if top is None else min(top, matcher.threshold - 1),
                 suggestions=tuple(Suggestion(c.fact_id, fact_title(factbase, c.fact_id, r.language)) for c in close),
                 notes=(note, *hints(factbase, r.language)), intent=intent)


def report_cites(source: Source, lang: str, *, by_fact: bool = False) -> str:
    """"TASS's report names as its sources the Kyrgyz government's press service (for the report as a
    whole, not fact by fact)": a report's agencies, as a sentence without its full stop; `by_fact` for a
    report that credits each agency with some of its facts, which is then said instead."""
    line = phrase(lang, "report_cites_by_fact" if by_fact else "report_cites", publisher=source.publisher,
                  via=source_via(source, lang))
    return line[:1].upper() + line[1:]


def with_changes(reply: Reply, **changes: object) -> Reply:
    return replace(reply, **changes)  # type: ignore[arg-type]


def hints(factbase: FactBase, lang: str) -> tuple[str, ...]:
    return (label(lang, "can_answer"), *(f"• {h}" for h in capabilities(factbase, lang)),
            label(lang, "try", example=label(lang, "example")))


def list_reply(factbase: FactBase, lang: str, headline: str, ids: list[str], *, intent: str,
                fact_id: str | None = None, score: int | None = None) -> Reply:
    """A list reply: the first `QUOTED_ITEMS` facts with their quotes and sources, then titles
    (each still a button), at most `MAX_ITEMS`; beyond that, "what else?" shows the next ones."""
    ids = list(dict.fromkeys(ids))  # (a fact found twice is shown once)
    items = []
    quoted = 0  # characters of quotes so far: short quotes (a list of documents) are all shown
    for position, fact in enumerate(ids[:MAX_ITEMS]):
        item = fact_item(factbase, fact, lang)
        length = len(item.quote or "")
        if position < QUOTED_ITEMS or quoted + length <= QUOTED_CHARS:
            items.append(item)
            quoted += length
        else:
            items.append(Item(item.fact_id, item.title))
    notes = (phrase(lang, "more_items", count=len(ids) - MAX_ITEMS),) if len(ids) > MAX_ITEMS else ()
    return Reply(lang, True, headline, fact_id or ids[0], "list", score, items=tuple(items), notes=notes,
                 intent=intent)


def fact_ids(reply: Reply) -> list[str]:
    """The facts a reply gives: its own and its list's, in order."""
    return [i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i]

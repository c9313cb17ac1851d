"""Documents: which documents were signed and what was decided at this meeting, or the ones on a
subject ("anything on uranium?"); never something a quote says was adopted earlier.
"""

from __future__ import annotations

from bot.facts import Agreement
from bot.intents.reading import DOCUMENT_KINDS, Reading, derived, doc_holds, reading_score, subject_keys
from bot.intents.replying import list_reply, with_changes
from bot.intents.retrieval import retrieve
from bot.intents.texts import phrase
from bot.intents.vocabulary import OTHER_PLACES
from bot.matcher import Matcher
from bot.replies import Reply, Suggestion, fact_reply, fact_title

__all__ = ["DOCUMENT_FLOOR", "SURE", "asks_documents", "documents_reply", "meeting_documents"]

SURE = 70  # a retrieval answer this confident, holding every word of the subject, stands on its own


DOCUMENT_FLOOR = 45  # among the documents alone, a subject matching this well names its document


def meeting_documents(matcher: Matcher) -> list[Agreement]:
    by_kind = derived(matcher).by_kind
    return [a for kind in DOCUMENT_KINDS for a in by_kind.get(kind, [])]


def asks_documents(r: Reading) -> bool:
    """Which documents, what was signed or adopted; not "when was X adopted" (a date, which
    the statements give for things adopted earlier)."""
    words = set(r.words)
    if "@when" in r.keys or words & set(OTHER_PLACES):  # a date, or another meeting's ("the Sochi decision")
        return False
    if {"@sign", "@adopt"} & r.keys or words & {"decided", "decide", "решили", "решено", "reshili"}:
        return "@propose" not in r.keys and "@say" not in r.keys
    return "@document" in r.keys and "@say" not in r.keys and "@propose" not in r.keys


def documents_reply(matcher: Matcher, r: Reading) -> Reply:
    """The documents of this meeting; with a subject ("anything on uranium?") the documents
    about it, else, for a question about documents, the list; else (e.g. "when was the concept
    adopted?", about something adopted earlier) retrieval over every fact."""
    factbase = matcher.factbase
    lang = r.language
    documents = meeting_documents(matcher)
    if not documents:
        return retrieve(matcher, r)
    subject = subject_keys(matcher, r, known_only=True, outcome=False)
    if r.countries or r.topic and subject_keys(matcher, r, outcome=False):  # "what did they decide": no subject
        # the documents, and the reports' accounts of what was signed ("... and the IT industry")
        pool = [*documents, *derived(matcher).by_kind.get("result", [])]
        holding = [a.id for a in pool if subject and doc_holds(matcher, a.id, subject, share=0.5)]
        ranked = [c for c in matcher.score_facts(r.question, holding, lang) if c.confidence >= DOCUMENT_FLOOR]
        missing = [keys for keys in subject if ranked and not doc_holds(matcher, ranked[0].fact_id, [keys])]
        summaries = [a.id for a in derived(matcher).by_kind.get("result", []) if a.id != (ranked[0].fact_id if ranked
                     else None) and any(doc_holds(matcher, a.id, [keys]) for keys in missing)]
        if ranked and summaries:
            # "a medal for the 80th anniversary": the anniversary plan holds no medal, a report's summary of
            # what was signed does; both are shown, the summary first
            return list_reply(factbase, lang, phrase(lang, "documents_on_topic"), [*summaries, ranked[0].fact_id],
                               intent="documents", score=ranked[0].confidence)
        if ranked:
            best = ranked[0]
            close = [c.fact_id for c in ranked if c.confidence >= best.confidence - matcher.margin]
            if len(close) == 1:
                return with_changes(fact_reply(factbase, best.fact_id, lang, score=best.confidence), intent="documents")
            return list_reply(factbase, lang, phrase(lang, "documents_on_topic"), close, intent="documents",
                               score=best.confidence)
        if "@document" not in r.keys:  # "when was the concept adopted?": not about this meeting's documents
            return retrieve(matcher, r)
        found = retrieve(matcher, r)  # "the services trade agreement": a statement about an earlier one
        if found.answered and (found.score or 0) >= SURE and len(subject) >= 2 \
                and doc_holds(matcher, found.fact_id or "", subject):
            return found
        nearest = matcher.rank(r.question, lang, limit=3)
        return with_changes(list_reply(factbase, lang, phrase(lang, "documents_not_on_topic", count=len(documents)),
                                 [a.id for a in documents], intent="documents", score=0), answered=False,
                     suggestions=tuple(Suggestion(c.fact_id, fact_title(factbase, c.fact_id, lang)) for c in nearest))
    return list_reply(factbase, lang, phrase(lang, "documents", count=len(documents)), [a.id for a in documents],
                       intent="documents", score=reading_score(r))

"""Words pasted in quotation marks and asked after: "'It is important to find connection points ...'
— who said it, where and when?", "«Предлагаем разработать комплекс ...» — кто это сказал?", "'...' —
was that Aripov?".

Read as a question, the pasted words outweigh the asking ones: "when" and "where" find no day or
place in them and the bot abstains, and a name put to them pulls that person's facts instead. So
the words in quotation marks are looked up on their own: of the facts the matcher ranks closest to
them, those whose own quote holds them nearly word for word (rapidfuzz `partial_ratio` >= 95 on
normalised text, or every word of them but the small ones, for words left out between) are theirs. The reply is those facts, each giving who said it, the report, its
date and the link; headed, when the question puts the words to someone else (a name outside the
quotation marks), by whose the reports give them as. A question that asks which report carries them is left
to the attribution rules, which name the report and whom it cites. Words no fact holds so closely are left to the usual rules (a quoted claim to check).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.intents.attribution import asks_the_source
from bot.intents.reading import Reading, read, reading_score
from bot.intents.replying import list_reply, with_changes
from bot.intents.retrieval import unknown_capitalised
from bot.intents.texts import phrase
from bot.lexicon import STOPWORDS
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply, speaker_name
from bot.text import normalise, tokenize

__all__ = ["pasted_words_reply"]

_QUOTED_RE = re.compile(r"“([^”]+)”|\"([^\"]+)\"|«([^»]+)»|„([^“”]+)[“”]|(?<!\w)'([^']+)'(?!\w)")
_LEAST_WORDS = 5  # fewer pasted words are a phrase asked about ("'big step'"), not words to trace
_CLOSEST = 5  # the facts ranked closest to the pasted words that are read for them
_HELD = 95  # how nearly letter for letter a fact's quote must hold them


def pasted_words_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The facts whose quotes hold the words pasted in the question, headed by whose they are when
    the question puts them to someone else; None when nothing is pasted or no fact holds it."""
    pasted = _pasted(r.question)
    if pasted is None:
        return None
    factbase = matcher.factbase
    found = [c.fact_id for c in matcher.rank(pasted)[:_CLOSEST]
             if (entry := factbase.entry(c.fact_id)) is not None and getattr(entry, "quote", None)
             and _holds(entry.quote, pasted)]
    if not found:
        return None
    lang = r.language
    score = reading_score(r)
    reply = fact_reply(factbase, found[0], lang, score=score) if len(found) == 1 else \
        list_reply(factbase, lang, phrase(lang, "pasted_found"), found, intent="retrieval", score=score)
    speakers = {s.speaker for i in found if (s := factbase.statements.get(i)) is not None}
    asking = read(matcher, r.question.replace(pasted, " "), lang)  # the question's own words, around the paste
    if asks_the_source(asking) and set(asking.people) <= speakers:
        return None  # "'...' — which report has it, via whom?": the attribution rules name the report and its source
    put_to = [speaker_name(factbase.speakers[p], lang) for p in asking.people if p not in speakers] \
        or unknown_capitalised(matcher, asking)  # "was that Lukashenko?", whom no report names
    if put_to and speakers:  # "'...' — was that Aripov?": no, Smailov's
        other = ", ".join(speaker_name(factbase.speakers[s], lang) for s in sorted(speakers))
        note = phrase(lang, "pasted_by_other", other=other, name=put_to[0])
        reply = with_changes(reply, headline=f"{note} {reply.headline}".strip())
    return with_changes(reply, intent="retrieval")


def _holds(quote: str, pasted: str) -> bool:
    """True when a quote holds the pasted words nearly as written, or every one of them, fewer words
    left out between ("the concept ... will give a new economic impetus")."""
    if fuzz.partial_ratio(normalise(pasted), normalise(quote)) >= _HELD:
        return True
    own = set(tokenize(quote))  # (a word changed is a claim to check: "a reliable ally and energy partner")
    return all(w in own for w in tokenize(pasted) if w not in STOPWORDS)


def _pasted(question: str) -> str | None:
    """The longest span in quotation marks, when it runs to a sentence's worth of words."""
    spans = [next(g for g in m.groups() if g) for m in _QUOTED_RE.finditer(question)]
    spans = [s for s in spans if len(tokenize(s)) >= _LEAST_WORDS]
    return max(spans, key=len) if spans else None



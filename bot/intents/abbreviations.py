"""What an abbreviation stands for, or a term means, as the reports gloss it: "what does TITR stand for",
"как расшифровывается СНГ", "what does 'without withholdings' mean in Asia-Plus".

The answer is the reports' own expansion: a fact whose text gives the abbreviation in brackets
after its words ("the Trans-Caspian International Transport Route (TITR)"), taken only when the
initials of the words before the brackets spell it (short linking words such as "of" aside). The
reply is that fact, headed by the expansion as the report writes it; an abbreviation no fact
expands is left to the other rules, never spelt out from memory. A term put in quotation marks
and asked the meaning of is answered the same way when a fact's text follows it with a gloss in
brackets ("without withholdings (differentiated rates of customs duties for goods)"); a term no
fact glosses is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.intents.reading import Reading, entry_texts
from bot.intents.replying import with_changes
from bot.intents.texts import phrase
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply

__all__ = ["abbreviation_reply", "asks_abbreviation", "glossed_term_reply"]

_ASKS_RE = re.compile(r"\b(stand for|stands for|abbreviation|acronym|аббревиатур\w*|расшифров\w*|означает|mean|means|"
                      r"rasshifrov\w*)\b", re.IGNORECASE)
_ABBREVIATION_RE = re.compile(r"\b[A-ZА-ЯЁ]{2,6}\b")
_LINKING = frozenset("of the and for in on of-the и по в на".split())


def asks_abbreviation(r: Reading) -> list[str]:
    """The abbreviations a question asks the meaning of ("TITR", "СНГ"), or []: one named beside
    "abbreviation" / "аббревиатура" / "расшифровывается", or as what "stands for" ("what does TITR
    stand for"; not "what kind of CIS free trade zone does Uzbekistan stand for")."""
    if not _ASKS_RE.search(r.question):
        return []
    named = _NAMED_RE.search(r.question) is not None
    return [short for short in dict.fromkeys(_ABBREVIATION_RE.findall(r.question))
            if named or re.search(rf"\b(does|do|did)\s+(the\s+)?{short}\s+(stand|mean)|\b{short}\W+(stands?|means?)\b|"
                                  rf"\b{short}\W+what does it (stand|mean)", r.question)]


_NAMED_RE = re.compile(r"\b(abbreviation|acronym|аббревиатур\w*|расшифров\w*|rasshifrov\w*)\b", re.IGNORECASE)


def abbreviation_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The fact expanding the abbreviation asked, headed by its expansion; None if no fact does."""
    factbase = matcher.factbase
    for short in asks_abbreviation(r):
        for entry_id, text in _texts_in_order(matcher):
            expansion = _expansion(text, short)
            if expansion:
                reply = fact_reply(factbase, entry_id, r.language, score=100)
                headline = phrase(r.language, "stands_for", short=short, expansion=expansion)
                return with_changes(reply, headline=f"{headline} {reply.headline}", intent="abbreviation")
    return None


def _texts_in_order(matcher: Matcher) -> Iterator[tuple[str, str]]:
    """Each fact's id with each of its texts, a statement or a document first: a speaker's entry quotes the
    participants' sentence."""
    factbase = matcher.factbase
    for entry in sorted(factbase.entries(), key=lambda e: e.id in factbase.speakers):
        for text in entry_texts(entry):
            yield entry.id, text


def _expansion(text: str, short: str) -> str | None:
    """The words before "(SHORT)" in `text` whose initials spell SHORT, as the text writes them."""
    at = text.find(f"({short})")
    if at < 0:
        return None
    words = text[:at].split()
    taken: list[str] = []
    letters = list(short)
    while words and letters:
        word = words.pop()
        core = word.strip(",.;:«»\"'“”")
        if core.lower() in _LINKING and taken:
            taken.insert(0, core)
            continue
        if not core[:1].upper() == letters[-1].upper():
            return None
        taken.insert(0, core)
        letters.pop()
    return " ".join(taken) if not letters else None


# the meaning of a term asked ("what does 'without withholdings' mean", "что означает «without withholdings»", "как
# поясняется слово 'withholdings'")
_MEANING_RE = re.compile(r"\b(?:mean|means|meaning|meant|explain\w*|означает|означают|значит|значение|поясн\w*|"
                         r"объясн\w*|что\s+такое|oznachaet|znachit)\b", re.IGNORECASE)
_QUOTED_TERM_RE = re.compile(r"[«\"“‘']([^«»\"“”‘’']{3,60})[»\"”’']")


def glossed_term_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The fact that glosses a quoted term in brackets, headed by the gloss as the report writes it; None unless
    the question asks what a quoted term means and a fact's text glosses it."""
    if not _MEANING_RE.search(r.asked or r.question):
        return None
    for term in _QUOTED_TERM_RE.findall(r.asked or r.question):
        wanted = term.strip().lower()
        for entry_id, text in _texts_in_order(matcher):
            gloss = _gloss(text, wanted)
            if gloss:
                reply = fact_reply(matcher.factbase, entry_id, r.language, score=100)
                headline = phrase(r.language, "glossed", term=term.strip(), gloss=gloss)
                return with_changes(reply, headline=f"{headline} {reply.headline}", intent="abbreviation")
    return None


def _gloss(text: str, term: str) -> str | None:
    """The words in brackets right after `term` (lower case) in `text`, or None."""
    found = re.search(rf"{re.escape(term)}\s*\(([^()]{{3,160}})\)", text, re.IGNORECASE)
    return found.group(1).strip() if found else None

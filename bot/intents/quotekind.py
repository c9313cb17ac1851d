"""Whether the words shown are the speaker's own: "Is Smailov's line on a new economic impetus a direct quote or
the reporter's paraphrase?", "Это прямая цитата Мишустина или пересказ?".

The fact found answers what was said; what the reader asked is how the report gives it, and the reply's
small "(the report's wording, not a direct quote)" beside the speaker reads like a footnote, not an answer.
So the reply opens with the answer, from what the fact base records and the quote itself shows: a fact
marked `paraphrase` is the report's sentence; a quote that opens in lower case is a fragment the report
puts in quotation marks inside its own sentence (Asia-Plus on Mishustin: 'said that the CIS and the EAEU
"are significant mechanisms ..."'); any other quote is the speaker's words in quotation marks. A list of
statements given in more than one way says so, the report's own sentences marked below as they always are.
A reply showing anything but someone's words (a document, a report) is left as it is.
"""

from __future__ import annotations

import re

from bot.intents.replying import with_changes
from bot.intents.texts import phrase
from bot.replies import Reply

__all__ = ["asks_how_quoted", "how_quoted_reply"]

# "a direct quote or a paraphrase", "his own words or the reporter's", "дословно?", "прямая цитата или пересказ"
_HOW_QUOTED_RE = re.compile(
    r"\b(?:direct(?:ly)?\s+quot\w*|verbatim|paraphras\w*|(?:reporter|journalist|agency|outlet)(?:'s|s'|s)?\s+"
    r"(?:own\s+)?(?:words?|wording|paraphrase|summary)|(?:his|her|their)\s+own\s+words|in\s+quotation\s+marks|"
    r"прям\w*\s+цитат\w*|пересказ\w*|дословн\w*|в\s+кавычках|своими\s+словами|"
    r"(?:слова|формулировк\w*)\s+(?:журналист\w*|корреспондент\w*|агентств\w*|издани\w*|публикаци\w*|автор\w*))",
    re.IGNORECASE)
# ... with the quote itself, or both ways, named: not "какие слова Токаева пересказал Смаилов", whose words he relayed
_QUOTE_NAMED_RE = re.compile(r"quot|цитат|кавычк|verbatim|дословн|\bdirect|\bпрям\w*|reporter|journalist|журналист|"
                             r"корреспондент|\b(?:or|not)\s+(?:a\s+)?paraphras|paraphrase\s+or|или\s+пересказ|пересказ\s+или|"
                             r"own\s+words|своими\s+словами", re.IGNORECASE)
_OPENING_RE = re.compile(r"^\W*(\w)")


def asks_how_quoted(question: str) -> bool:
    """Whether the question asks if words are quoted directly or put in the report's own words."""
    return _HOW_QUOTED_RE.search(question) is not None and _QUOTE_NAMED_RE.search(question) is not None


def how_quoted_reply(question: str, reply: Reply) -> Reply:
    """`reply` opened with how the report gives its statements' words, when that is what is asked; `reply`
    itself otherwise (or when it shows anything but someone's words)."""
    if not reply.answered or not asks_how_quoted(question):
        return reply
    if reply.items:
        said = [(item.quote, item.paraphrase) for item in reply.items if item.speaker and item.quote]
        if len(said) != len(reply.items):
            return reply
    elif reply.kind == "statement" and reply.quote:
        said = [(reply.quote, reply.paraphrase)]
    else:
        return reply
    verdicts = {_verdict(quote, paraphrase) for quote, paraphrase in said}
    verdict = verdicts.pop() if len(verdicts) == 1 else "quoted_mixed"  # (each item marked so below)
    return with_changes(reply, headline=f"{phrase(reply.language, verdict)} {reply.headline}")


def _verdict(quote: str, paraphrase: bool) -> str:
    opening = _OPENING_RE.match(quote)
    if paraphrase:
        return "quoted_not"
    return "quoted_in_part" if opening is not None and opening.group(1).islower() else "quoted_directly"

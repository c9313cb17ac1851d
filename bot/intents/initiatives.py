"""Whose initiative a thing was, put in a question: "the concept was adopted in June at Kazakhstan's
initiative, right?", "Бишкек выбрали по инициативе Армении?".

Read as it stands, such a question matches the facts of the initiator it names (Smailov's words
on the concept, for "Kazakhstan's initiative"), which read like a yes. So the question is read
again without its initiator: when the facts that answer it name an initiator in their own words
("adopted in June at the initiative of Uzbekistan"), and none of them is the one asked (a person
and their country are one: Mirziyoyev's initiative is Uzbekistan's), those facts are the reply,
headed by the initiator they name; someone's words proposing the thing make its initiator the
speaker ("Uzbekistan proposes creation of a common CIS e-commerce platform"). A person put to what
the reports give as their country's initiative is said to be neither confirmed nor denied. A
question whose initiator one of them names is left to the usual rules, and so is one whose thing,
without its initiator, no fact answers confidently.
"""

from __future__ import annotations

import re

from bot.intents.reading import WH_RE, Reading, asks_yes_or_no, entry_texts, read
from bot.intents.replying import fact_ids, list_reply, with_changes
from bot.intents.retrieval import retrieve
from bot.intents.texts import phrase
from bot.lexicon import COUNTRIES
from bot.matcher import Matcher, country_key
from bot.replies import Reply, fact_reply, speaker_name

__all__ = ["initiative_check_reply"]

# an initiator named beside "initiative": "at the initiative of Uzbekistan", "Mirziyoyev's initiative",
# "initiated by Kazakhstan", "по инициативе Узбекистана", "инициатива Кыргызстана", "po iniciative kazahstana"
_NAMED = r"(?P<{}>[\w-]+(?:\s+[\w-]+)?)"
_INITIATOR_RE = re.compile(
    r"\b(?:at|on|by|upon|under)\s+(?:the\s+)?initiative\s+of\s+(?:the\s+)?" + _NAMED.format("of")
    + r"|\b(?P<own>[\w-]+)(?:'s|’s|s')\s+initiative"
    + r"|\binitiated\s+by\s+(?:the\s+)?" + _NAMED.format("by")
    + r"|\bпо\s+инициативе\s+" + _NAMED.format("ru")
    + r"|\bинициатив[аеуы]\s+" + _NAMED.format("ru2")
    + r"|\bpo\s+ini(?:ci|ts|tsi)ativ[ea]\s+" + _NAMED.format("lat"), re.IGNORECASE)  # (in Latin letters: "po iniciative")
_TRUE_THAT_RE = re.compile(r"(?:a\s+)?(?:pravda|verno|pravilno|правда|верно)\s+(?:chto|что)\b")
_PROPOSED_RE = re.compile(r"\b(?:propose[sd]?|proposal|suggest(?:s|ed)?|предлага\w+|предложил\w*)\b", re.IGNORECASE)
_ENTITY_PREFIXES = ("C:", "P:")
_CLOSEST, _FLOOR = 5, 75  # the facts that answer the question without its initiator: these many, this close


def initiative_check_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The facts that name another initiator of the thing a question puts to one, headed by theirs;
    None when the question names no initiator, or a fact that answers it names the one asked."""
    asked = _INITIATOR_RE.search(r.question)
    if asked is None or WH_RE.search(" ".join(r.words)) and not asks_yes_or_no(r) \
            and not _TRUE_THAT_RE.match(" ".join(r.words)):  # ("pravda chto ...": a claim, its "chto" joins it)
        return None  # not "which of Mirziyoyev's initiatives did Aripov recall": no initiator put to a thing
    claimed = _initiators(matcher, _named(asked))
    if not claimed:
        return None
    bare = (r.question[:asked.start()] + " " + r.question[asked.end():]).strip()
    found = retrieve(matcher, read(matcher, bare, r.language)) if bare else None
    if found is None or not found.answered:
        return None
    close = [c.fact_id for c in matcher.rank(bare)[:_CLOSEST] if c.confidence >= _FLOOR]  # ("adopted in June":
    # the June meeting's decisions first, the initiative's facts next)
    shown = list(dict.fromkeys([*fact_ids(found), *close]))
    named = {i: keys for i in shown if (keys := _initiators_of(matcher, i))}
    people = {key for key in claimed if key.startswith("P:")}
    if not named or any(keys & claimed for keys in named.values()) and (
            not people or any(keys & people for keys in named.values())):
        return None  # no fact names whose it was, or one names the initiator asked: the usual rules answer
    factbase = matcher.factbase
    others = [name for keys in named.values() for name in _names(matcher, keys, r.language)]
    if any(keys & claimed for keys in named.values()):  # "was the concept Mirziyoyev's initiative": Uzbekistan's,
        # the reports say, naming no one (neither a yes nor a no)
        named = {i: keys for i, keys in named.items() if keys & claimed}
        others = [name for keys in named.values() for name in _names(matcher, keys, r.language)]
        headline = phrase(r.language, "initiative_country", other=", ".join(dict.fromkeys(others)))
    else:
        headline = phrase(r.language, "initiative_not", other=", ".join(dict.fromkeys(others)))
    ids = list(named)
    reply = fact_reply(factbase, ids[0], r.language, score=found.score) if len(ids) == 1 else \
        list_reply(factbase, r.language, "", ids, intent="retrieval", score=found.score)
    return with_changes(reply, headline=f"{headline} {reply.headline}".strip(), intent="retrieval")


def _named(match: re.Match[str]) -> str:
    return next(text for text in match.groups() if text)


def _initiators(matcher: Matcher, text: str) -> set[str]:
    """The people and countries a text names, each person with their country ("Mirziyoyev": Uzbekistan)."""
    tokens, _ = matcher.analyze(text)
    keys = {key for token in tokens for key in token.keys if key.startswith(_ENTITY_PREFIXES)}
    speakers = matcher.factbase.speakers
    return keys | {country_key(speakers[key[2:]]) for key in keys if key.startswith("P:") and key[2:] in speakers}


def _initiators_of(matcher: Matcher, fact_id: str) -> set[str]:
    """Who a fact's own words say a thing was the initiative of; or, for someone's words that propose it
    ("Uzbekistan proposes creation of a common CIS e-commerce platform"), its speaker and their country."""
    factbase = matcher.factbase
    entry = factbase.entry(fact_id)
    texts = entry_texts(entry) + tuple(getattr(entry, "topics", ()) or ()) if entry is not None else ()
    found = {key for text in texts for m in _INITIATOR_RE.finditer(text) for key in _initiators(matcher, _named(m))}
    statement = factbase.statements.get(fact_id)
    if not found and statement is not None and statement.speaker in factbase.speakers \
            and _PROPOSED_RE.search(statement.quote or ""):
        found = {f"P:{statement.speaker}", country_key(factbase.speakers[statement.speaker])}
    return found


def _names(matcher: Matcher, keys: set[str], lang: str) -> list[str]:
    """The countries among an initiator's keys, by name ("Uzbekistan"), else its people's names."""
    countries = [c.ru if lang == "ru" else c.en for c in COUNTRIES if f"C:{c.key}" in keys]
    if countries:
        return countries
    speakers = matcher.factbase.speakers
    return [speaker_name(speakers[k[2:]], lang) for k in sorted(keys) if k.startswith("P:") and k[2:] in speakers]

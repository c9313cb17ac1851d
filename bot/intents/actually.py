"""A claim put to the bot, then what is actually so asked of it: "A poster says Lebedev called the talks
'tense and difficult'. What did he actually say?", "В телеграм-канале пишут, что идею единой энергосистемы
выдвинул Мишустин. Кто на самом деле это предлагал?".

Read whole, such a message is one question about the claimed words, and the claimed person has none of
them: the reply abstains ("The reports don't quote Lebedev with these words"), or, where the claim
names an outlet ("пишут"), answers who reported something else. What the asker wants is what is so.
This module only reads the text: it splits such a message into its claim and the kind of question
asked after it, and it takes the claimed person's name out of a claim, so that the dispatcher can ask

- *his words*: the claim as one question, whose reply lists what the reports do quote of that person;
  that list is the answer to "what did he actually say", so it is given as one;
- *who*: "who" with the claim, the person's name left out ("Кто идею единой энергосистемы выдвинул?"),
  whose reply names the one the reports give the words to.

A message that asks anything else after its claim ("Is that right?", "Which outlet?") is left to the
other rules, and so is one with no claim before its question.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.matcher import Matcher
from bot.text import tokenize

__all__ = ["Actually", "actually_asked", "without_people"]

_LEAD = r"^\W*(?:(?:and|so|but|then|а|и|так|но)\s+)?"
_ACTUALLY = r"(?:actually|really|in\s+fact)"
_ACTUALLY_RU = r"(?:на\s+самом\s+деле|в\s+действительности|действительно|в\s+реальности)"
# "What did he actually say?", "what did Lebedev really say about it", "Что он сказал на самом деле?"
_SAID_RE = re.compile(
    _LEAD + r"(?:what\s+did\s+(?:he|she|they|[\w-]+)\s+" + _ACTUALLY + r"\s+say|"
    r"what\s+(?:he|she|they)\s+" + _ACTUALLY + r"\s+said|"
    r"что\s+(?:же\s+)?(?:он|она|[\w-]+)\s+" + _ACTUALLY_RU + r"\s+(?:сказал|говорил|заявил|произн[её]с)\w*|"
    r"что\s+(?:же\s+)?(?:он|она)\s+(?:сказал|говорил|заявил)\w*\s+" + _ACTUALLY_RU + r")\b", re.IGNORECASE)
# "Who actually proposed it?", "Whose was it really?", "Кто на самом деле это предлагал?", "Чьи это слова на
# самом деле?"
_WHO_RE = re.compile(
    _LEAD + r"(?:who\s+" + _ACTUALLY + r"\s+(?:said|says|proposed|suggested|made|put\s+forward|came\s+up\s+with)|"
    r"who\s+(?:said|proposed|suggested|made)\s+(?:it|that|this)\s+" + _ACTUALLY + r"|"
    r"whose\s+(?:was\s+it|words\s+(?:are|were)\s+(?:they|these|those))\s+" + _ACTUALLY + r"|"
    r"whose\s+(?:was|is)\s+it\s+" + _ACTUALLY + r"|"
    r"кто\s+(?:же\s+)?" + _ACTUALLY_RU + r"\s+(?:это\s+|их\s+|так\s+)?(?:сказал|произн[её]с|предлагал|предложил|"
    r"выдвинул|говорил|заявил)\w*|"
    r"кто\s+(?:же\s+)?(?:это\s+|их\s+|так\s+)?(?:сказал|произн[её]с|предлагал|предложил|выдвинул|говорил|заявил)\w*\s+"
    + _ACTUALLY_RU + r"|"
    r"чьи\s+(?:же\s+)?это\s+слова\s+" + _ACTUALLY_RU + r")\b", re.IGNORECASE)
_SENTENCE_END_RE = re.compile(r"(?<=[.?!])\s+|(?<=[.?!][\"'»”’])\s+")  # (after a closing quotation mark too)
# a label before the claim: "Correction request:", "Проверка:"
_LABEL_RE = re.compile(r"^\s*[^\s:«»\"“”']+(?:\s+[^\s:«»\"“”']+){0,3}\s*:\s+")
# who put the claim and how, before it: "A poster says", "Студентка пишет, что", "В телеграм-канале пишут, что"
_CLAIMED_BY_RE = re.compile(
    r"^[^.?!«»\"“”']{0,80}?\b(?:says|said|claims|claimed|writes|wrote|insists|insisted|tells|told\s+me|"
    r"пишет|пишут|написал\w*|говорит|говорят|утвержда\w+|уверя\w+|заявля\w+|считает|считают)\b"
    r"(?:\s+that)?\s*,?\s*(?:что\s+)?", re.IGNORECASE)


# a claim's teller put as an aside after the name: "Лебедев, говорят, признал ...", "Lebedev, they say, admitted ..."
_ASIDE_HEARSAY_RE = re.compile(r"^(?=[^,]{2,40},)([^,]+?)\s*,\s*(?:говорят|пишут|по\s+слухам|they\s+say|people\s+say|"
                               r"reportedly|apparently|allegedly|supposedly)\s*,\s*", re.IGNORECASE)
# what marks a sentence as a claim heard elsewhere: "якобы", "allegedly", "attributed to", "I read that", a label
# "Rumour:"
_HEARSAY_RE = re.compile(r"\b(?:якобы|будто\s+бы|allegedly|supposedly|reportedly|attribut\w+|приписыва\w+|приписал\w*|"
                         r"rumou?rs?|hearsay|слух|слухи|по\s+слухам|"
                         r"i\s+(?:read|heard|saw|was\s+told)|(?:слышал|читал|прочитал|прочел|прочёл)\w*)\b",
                         re.IGNORECASE)
_QUOTED_RE = re.compile(r"[«“\"'‘][^«»“”\"']{3,}[»”\"'’]")  # words in quotation marks


@dataclass(frozen=True)
class Actually:
    """What is asked after a claim: `kind` "said" (the person's words) or "who" (whose words they are), and the
    question itself (`asked`)."""

    kind: str
    claim: str
    asked: str


def actually_asked(question: str) -> Actually | None:
    """The claim before a last sentence asking what is actually so, and which kind of question that is; None
    for a message of one sentence, or one whose last sentence asks anything else."""
    sentences = [s for s in _SENTENCE_END_RE.split(question.strip()) if s.strip()]
    if len(sentences) < 2:
        return None
    last = sentences[-1]
    kind = "said" if _SAID_RE.match(last) else "who" if _WHO_RE.match(last) else None
    if kind is None:
        return None
    labelled = " ".join(sentences[:-1]).strip()
    claim = _LABEL_RE.sub("", labelled, count=1)
    if _ASIDE_HEARSAY_RE.search(claim):  # "Лебедев, говорят, признал, что ...": the claim, its teller an aside
        return Actually(kind, _ASIDE_HEARSAY_RE.sub(r"\1 ", claim).rstrip(" .!?"), last)
    if not (_CLAIMED_BY_RE.search(claim) or _HEARSAY_RE.search(labelled) or _QUOTED_RE.search(claim)):
        return None  # (no claim: "Lebedev's wrap-up of the meeting. What did he actually say?" asks his words)
    claim = _CLAIMED_BY_RE.sub("", claim, count=1) or claim
    return Actually(kind, claim.rstrip(" .!?"), last) if len(tokenize(claim)) >= 3 else None


def without_people(matcher: Matcher, text: str) -> str:
    """The text without the words that name a person the fact base knows ("... выдвинул Мишустин" -> "...
    выдвинул")."""
    tokens, _ = matcher.analyze(text)
    names = {t.word for t in tokens if any(k.startswith("P:") for k in t.keys)}
    kept = [w for w in re.split(r"(\s+)", text) if not (set(tokenize(w)) and set(tokenize(w)) <= names)]
    return "".join(kept).strip()

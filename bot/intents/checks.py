"""A claim checked with a number the reports give otherwise: "the Year of the Volunteer Movement is
2025, isn't it?", "the mining agreement dates from 2018, right?", "заседание назначено на 25 мая?".

Read as it stands, such a question matches nothing (no fact holds the wrong number) or another
event (a year the reports never speak of), and the bot abstains, though the reports answer it.
So the question is read again without its number: when the fact that answers it then gives a
number of the same kind (a year for a year, a day of a month for a day) and not the one asked,
that fact is the reply, headed by what the reports give instead. A fact holding the number asked
is left to the usual rules (the claim may well be right), and so is a question that, without its
number, is about another event or names no fact confidently.
"""

from __future__ import annotations

import re

from bot.intents.events import other_event
from bot.intents.reading import Reading, dates_in, derived, entry_texts, read
from bot.intents.replying import with_changes
from bot.intents.retrieval import retrieve
from bot.intents.texts import phrase
from bot.matcher import Matcher
from bot.replies import Reply
from bot.text import tokenize

__all__ = ["checks_a_number", "number_check_reply"]

# a yes-or-no check: "..., right?", "isn't it", "is it true that", "верно ли", "... ли ..."
_CHECK_RE = re.compile(r"\b(right|isn t it|wasn t it|aren t they|correct|true|верно|правда|так ли|не так ли|"
                       r"правильно|ли|li)\b|^(is|was|were|are|did|does|has|had|will)\b")
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# a question asking for something, not checking it ("when is it", "в каком году"): no claim
_WH_RE = re.compile(r"\b(who|what|when|where|which|how|why|whose|кто|что|когда|где|какой|какая|какое|какие|каком|"
                    r"какого|сколько|почему|зачем|чей|чья|чьи|kto|chto|kogda|gde)\b")


def checks_a_number(matcher: Matcher, r: Reading) -> list[str]:
    """The years and days of a month a yes-or-no question checks (beyond the meeting's own date), or []."""
    text = " ".join(r.words)
    # "..., right?", "is it ...", or a statement with a question mark ("заседание назначено на 25 мая?")
    asks_yes_or_no = _CHECK_RE.search(text) is not None or (
        r.question.rstrip().endswith("?") and len(r.words) >= 4 and not _WH_RE.search(text))
    if not asks_yes_or_no:
        return []
    meeting = derived(matcher).meeting_keys
    asked = [w for w in r.words if _YEAR_RE.match(w) and w not in meeting]
    return asked + [_day(day, month) for day, month in sorted(dates_in(r.words)) if str(day) not in meeting]


def number_check_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The fact answering the question without its number, when it gives another number of the
    same kind; headed by the reports' number against the one asked. None otherwise."""
    asked = checks_a_number(matcher, r)
    if not asked:
        return None
    bare = _without_numbers(r.question, {a.split(".")[0] for a in asked})
    if not bare.strip():
        return None
    again = read(matcher, bare, r.language)
    if again.unknown_entities or other_event(matcher, again):
        return None
    found = retrieve(matcher, again)
    if not found.answered or not found.fact_id:
        return None
    shown = [found.fact_id, *(item.fact_id for item in found.items)]
    # the numbers of the first fact shown that gives one of the kind asked ("May 2024" gives no day)
    numbers = [_numbers_of(matcher, fact) for fact in shown]
    held = set().union(*numbers)
    # for each number asked, those of its kind in the first fact shown that gives one ("May 2024": no day)
    instead = {a: next(({w for w in n if _same_kind(w, a)} for n in numbers if any(_same_kind(w, a) for w in n)),
                       set()) for a in asked if a not in held}
    wrong = [a for a in asked if instead.get(a)]
    if not wrong:
        return None  # the facts hold the numbers asked, or none of their kind: not a claim to correct here
    given = sorted(set().union(*(instead[a] for a in wrong)))
    headline = phrase(r.language, "number_differs", given=", ".join(g.split(".")[0] for g in given),
                      asked=", ".join(w.split(".")[0] for w in wrong))
    # a list's items carry their own titles; one fact keeps its headline after the correction
    return with_changes(found, headline=headline if found.items else f"{headline} {found.headline}", intent="check")


def _day(day: int, month: int) -> str:
    return f"{day}.{month}"  # a day of a month, as compared here ("24.5"); shown as its day


def _numbers_of(matcher: Matcher, fact_id: str) -> set[str]:
    """The years and days a fact gives: the meeting's date for the meeting, else its texts'."""
    meeting = matcher.factbase.meeting
    if meeting is not None and fact_id == meeting.id:
        return {str(meeting.date.year), _day(meeting.date.day, meeting.date.month)}
    entry = matcher.factbase.entry(fact_id)
    return {w for text in entry_texts(entry) for w in _years_and_days(text)} if entry is not None else set()


def _years_and_days(text: str) -> set[str]:
    """The years a text names, and the days it names beside a month."""
    tokens = tokenize(text)
    return {w for w in tokens if _YEAR_RE.match(w)} | {_day(day, month) for day, month in dates_in(tokens)}


def _same_kind(number: str, asked: str) -> bool:
    """A year for a year, a day for a day of the same month."""
    if _YEAR_RE.match(number):
        return _YEAR_RE.match(asked) is not None
    return "." in asked and number.split(".")[1] == asked.split(".")[1]


# the word before a number that goes with it ("until 2030", "от 2018 года", "на 25 мая")
_BEFORE_A_NUMBER = frozenset("until till from since by in on to for of до от с со на в во к по".split())


def _without_numbers(question: str, numbers: set[str]) -> str:
    """The question without the numbers checked and the preposition before each."""
    words = question.split()
    kept: list[str] = []
    for word in words:
        if word.strip(".,;:!?()«»\"'").lower() in numbers:
            if kept and kept[-1].lower() in _BEFORE_A_NUMBER:
                kept.pop()
            continue
        kept.append(word)
    return " ".join(kept)

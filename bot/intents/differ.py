"""Where the reports differ, asked as such: "do the reports disagree on anything?", "в чём расходятся
источники?", "the news don't agree with each other: where?".

Such a question names no subject of its own, so it matches no fact, and the bot would abstain though
the curators have recorded where the reports differ. The reply lists what they recorded:

- every pair of facts linked by `disagrees_with` (Asia-Plus's twenty documents, TASS's twenty-two),
  both facts of each, each with its report;
- a background fact of each report that gives the meeting another day of its month in its own city
  (Sputnik's June report of 27 October; the meeting was held on 26 October).

A question that also names a subject (the documents) keeps only the differences that hold it, and one
that names reports ("where do TASS and Asia-Plus differ") only those all its reports take part in, and
one that asks of the date only the day's; one that
names people or countries, or a subject no fact knows, is left to the other rules.
"""

from __future__ import annotations

import re

from bot.facts import Agreement, Statement
from bot.intents.reading import (
    Reading,
    dates_in,
    derived,
    doc_holds,
    publisher_words,
    read,
    sources_named,
    subject_keys,
    without_words,
)
from bot.intents.replying import list_reply
from bot.intents.texts import phrase
from bot.matcher import Matcher
from bot.replies import Reply
from bot.text import tokenize

__all__ = ["asks_where_they_differ", "reports_differ_reply"]

# a word of disagreement ("disagree", "differ", "contradict", "расходятся", "не совпадают")
_DIFFER_RE = re.compile(r"\b(?:disagree\w*|differ|differs|differed|contradict\w*|discrepanc\w*|inconsisten\w*|"
                        r"(?:don'?t|do\s+not|doesn'?t|does\s+not)\s+(?:agree|match|tally|square)|"
                        r"расход\w*|расхожд\w*|противореч\w*|разноглас\w*|разночтени\w*|"
                        r"не\s+(?:сход\w*|совпада\w*|согласу\w*)|rashod\w*|protivorech\w*)\b", re.IGNORECASE)
# the reports as what differs ("the reports", "the news", "источники", "СМИ")
_REPORTS_RE = re.compile(r"\b(?:reports?|sources?|news|outlets?|media|articles?|agenc(?:y|ies)|publications?|"
                         r"stories|accounts|they|источник\w*|публикаци\w*|сми|новост\w*|сообщени\w*|агентств\w*|"
                         r"издани\w*|статьи|статьях|istochnik\w*|novost\w*)\b", re.IGNORECASE)
# a sentence's asking "where" ("Where do the reports differ?", "... Где они расходятся?")
_ASKING_WHERE_RE = re.compile(r"(?:^|(?<=[.!?]))\s*(?:where|где|gde)\b", re.IGNORECASE)
# what the reports agree on, asked of as where they differ ("the venue", "who attended", "the next meeting")
_AGREED = frozenset({"@where", "@participate", "@who", "@next", "@list", "@country", "@premier", "@year", "участник",
                     "particip", "@volunteer"})
# the frame's own words, left out before the subject is read
_FRAME = frozenset("""what which how on about in each other one another anything something between among the
    reports report sources source news outlets outlet media articles article agencies agency publications stories
    accounts they them with do does did not don't doesn't disagree disagrees disagreed differ differs differed
    contradict contradicts contradiction contradictions discrepancy discrepancies inconsistency inconsistencies agree
    match tally square really any there are is say says my teacher friend told me
    в чём чем как что друг другом с между собой источники источников источниках публикации публикациях сми
    новости новостях сообщения сообщениях агентства издания статьи статьях расходятся расходится расхождения
    расхождение противоречат противоречия противоречие разногласия разночтения не сходятся совпадают согласуются
    ли есть какие какое какой""".split())


def asks_where_they_differ(question: str) -> bool:
    """True when a question has a word of disagreement (the cheap test, before it is read again)."""
    return _DIFFER_RE.search(question) is not None


def reports_differ_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The differences between the reports the curators recorded, for a question asking where the reports differ;
    None for any other question, or when none is recorded that holds the question's subject."""
    named = sources_named(matcher, r)
    if not asks_where_they_differ(r.question) or not (named or _REPORTS_RE.search(r.question)) or r.people \
            or r.countries:
        return None
    names = {w for source in named for w in publisher_words(matcher, source)}
    left = without_words(_ASKING_WHERE_RE.sub(" ", r.question), _FRAME | names) or ""  # ("where do they differ";
    # not "about where the meeting was held": the place, which no difference is on)
    rest = read(matcher, left, r.language)
    subject = subject_keys(matcher, rest, known_only=True)
    if rest.unknown_entities or matcher.analyze(left)[1] or len(subject) > 2:
        return None  # ("do the reports disagree about football": a subject no fact knows)
    dated = "@when" in r.keys and not {"@year"} & r.keys  # ("on the date": the day's difference; not "on the year")
    # what it names beyond the meeting itself ("the reports about the Bishkek meeting") must be what a difference
    # is on: not the venue, who attended or the next meeting, on which the reports agree
    meeting = derived(matcher).meeting_keys | {"@meeting", "@when", "@say", "@count"}  # ("announced", "how many":
    # the frame)
    topics = {key for key in rest.keys if key not in meeting} | {key for keys in subject for key in keys if key not in meeting}
    agreed = topics & _AGREED
    topics -= _AGREED
    if agreed and not topics and not dated or "@next" in agreed:
        return None  # ("do they disagree on the venue?", "... on the next meeting's day?": they do not)
    groups = [(on_day, group) for on_day, group in _differences(matcher)
              if (on_day and (dated or not agreed and (not topics or any(doc_holds(matcher, fact, [topics], share=1.0)
                                                                          for fact in group))))
              or (not on_day and (not topics and not dated and not agreed
                                  or any(doc_holds(matcher, fact, [{key}]) for fact in group for key in topics)))]
    sources = {fact: getattr(matcher.factbase.entry(fact), "source", "") for _, group in groups for fact in group}
    ids = [fact for _, group in groups if set(named) <= {sources[fact] for fact in group} for fact in group]
    if not ids:
        return None
    return list_reply(matcher.factbase, r.language, phrase(r.language, "reports_differ"), ids, intent="differ",
                      fact_id=ids[0], score=100)


def _differences(matcher: Matcher) -> list[tuple[bool, tuple[str, ...]]]:
    """Every recorded difference, as whether it is on the meeting's day and the facts that make it: each
    `disagrees_with` pair, then a background fact of each report giving the meeting another day of its month
    in its city."""
    factbase = matcher.factbase
    groups: list[tuple[bool, tuple[str, ...]]] = []
    facts: list[Statement | Agreement] = [*factbase.statements.values(), *factbase.agreements.values()]
    for fact in facts:
        if fact.disagrees_with and not any(fact.id in group for _, group in groups):
            groups.append((False, (fact.id, *fact.disagrees_with)))
    meeting = factbase.meeting
    if meeting is not None:
        city = tokenize(" ".join(place.split(",")[0] for place in (meeting.place, meeting.place_ru or "")))
        reports: set[str] = set()  # (one fact of each report: Sputnik's two on 27 October say it alike)
        for agreement in factbase.agreements.values():
            if agreement.source in reports:
                continue
            words = tokenize(agreement.quote)
            days = dates_in(words)
            if agreement.agreement_kind == "background" and any(w.startswith(c[:5]) for w in words for c in city) \
                    and any(month == meeting.date.month and day != meeting.date.day for day, month in days):
                groups.append((True, (agreement.id,)))
                reports.add(agreement.source)
    return groups

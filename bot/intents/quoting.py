"""Two speakers asked about together, whom one speaker quoted, and who spoke on a subject.

"Did Smailov and Aripov both speak of free trade", "compare Mishustin and
Aripov": each one's statements that hold the whole subject, with those the
reports quote nothing of on it named as such. "Whose words did Smailov cite",
"кого упоминал Арипов": the speaker's statements that name someone else. "Who
else spoke about trade", "кто говорил про торговлю": every statement made at
this meeting that holds the subject, when two speakers or more made them. All
step aside (return None) whenever the question asks what they cannot check: a
subject word no fact holds, attending or signing, how someone is quoted, a
person who is the other's topic ("what did Smailov say about Tokayev").
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.intents.people import asks_attendance, asks_what_said, statements_of
from bot.intents.reading import (
    Reading,
    delegation_heads,
    derived,
    doc_holds,
    holds_the_subject,
    read,
    reading_score,
    sources_named,
    subject_keys,
)
from bot.intents.replying import list_reply, with_changes
from bot.intents.retrieval import unknown_capitalised
from bot.intents.texts import phrase
from bot.intents.vocabulary import NOT_TOPIC
from bot.matcher import Matcher, country_key
from bot.replies import Reply, joined_names, speaker_name

__all__ = ["each_said_reply", "quoted_by_reply", "who_spoke_on_reply"]


# "compare Mishustin and Aripov", "do Aripov's and Smailov's positions coincide": each one's words asked
_COMPARE = frozenset("""compare compared comparison differ differs difference versus vs contrast
    сравните сравнить сравнение совпадают совпадает отличаются отличается разница sravnite""".split())
_STANCE = frozenset("position positions stance stances позиции позицию позиция позиций".split())
# what a question about two speakers asks besides their words: how they are quoted, or something they did
_NOT_WORDS = frozenset("""directly direct verbatim literally напрямую дословно прямо прямую""".split())
# "what did Smailov say about Aripov's proposal": one person is the other's topic, not a second speaker
_TOPIC_OF = frozenset("about regarding on concerning mentioned mention named according per quoted quote cite cited "
                      "cites citing recalled о об про упомянул упомянула упоминал назвал процитировал цитировал "
                      "напомнил привёл привел".split())


def each_said_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """Two speakers asked about together ("did Smailov and Aripov both speak of free trade", "compare
    Mishustin and Aripov"): each one's statements that hold the whole subject (all of them without
    one), saying whose the reports quote nothing on it; None unless two people named have statements
    of their own, neither is the other's topic, their words are what is asked (not whether they came or
    signed, or how they are quoted) and every word of the subject is one the facts know."""
    by_country = _countries_as_their_heads(matcher, r)  # ("compare Kazakhstan's and Uzbekistan's positions")
    named_countries = set(r.countries) if by_country is not r else set()
    r = by_country
    if len(r.people) < 2 or _a_person_is_the_topic(matcher, r) or set(r.words) & _NOT_WORDS \
            or not (asks_what_said(r) or set(r.words) & _COMPARE) or asks_attendance(r) \
            or {"@sign", "@participate"} & r.keys:
        return None
    owners = [p for p in r.people if statements_of(matcher, p)]
    if len(owners) < 2:
        return None
    factbase, lang = matcher.factbase, r.language
    own_countries = {country_key(factbase.speakers[p]) for p in owners}
    said = {"@say", "@propose", "@priority", "@source"}
    stance = {"@role"} if set(r.words) & _STANCE else set()  # "their positions": what they said, not their posts
    subject = [keys - said - named_countries - stance for keys in subject_keys(matcher, r, known_only=True)]
    subject = [keys for keys in subject if keys and not any(k.startswith("P:") for k in keys)]
    if "@propose" in r.keys:  # "did both propose anything": their proposals, not all their words
        subject.append({"@propose"})
    _, unknown = matcher.analyze(r.question)
    if any(keys & own_countries for keys in subject) or "@next" in r.keys or r.keys & derived(matcher).schedule_keys \
            or any(len(w) > 3 and w not in NOT_TOPIC | _COMPARE | _NOT_WORDS for w in unknown):
        return None  # "did both mention Kazakhstan", "both on the next meeting", "both on water": not read here
    shown: list[str] = []
    speaking: list[str] = []
    silent: list[str] = []
    for person in owners:
        own = [s.id for s in statements_of(matcher, person) if s.id in matcher.doc_by_id]
        held = [i for i in own if not subject or doc_holds(matcher, i, subject)]
        if not held and any(doc_holds(matcher, i, subject, share=0.5) for i in own):
            return None  # half of it held ("the concept adopted in June": Smailov on the concept): not said either way
        shown.extend(held)
        (speaking if held else silent).append(speaker_name(factbase.speakers[person], lang))
    if not shown:
        return None
    names = joined_names(speaking, lang)
    headline = phrase(lang, "said_each" if subject else "said_each_all", names=names, count=len(shown))
    if silent:
        headline = f"{phrase(lang, 'said_each_silent', names=', '.join(silent))} {headline}"
    return list_reply(factbase, lang, headline, shown, intent="say", score=reading_score(r))


def _countries_as_their_heads(matcher: Matcher, r: Reading) -> Reading:
    """Two or more countries and no person ("compare the positions of Kazakhstan and Russia"): read as the
    heads of their delegations whom the reports quote, one each, when every country has one; else as it is."""
    if r.people or len(r.countries) < 2:
        return r
    tokens, _ = matcher.analyze(r.question)
    words = list(r.words)
    for token in tokens:  # "did Kazakhstan and Uzbekistan both mention Russia": Russia is what was mentioned
        if any(k in r.countries for k in token.keys) and token.word in words:
            at = words.index(token.word)
            if set(words[max(0, at - 2):at]) & _TOPIC_OF:
                return r
    heads = []
    for country in r.countries:
        quoted = [s.id for s in delegation_heads(matcher, country) if statements_of(matcher, s.id)]
        if len(quoted) != 1:
            return r
        heads.append(quoted[0])
    return replace(r, people=tuple(heads), countries=())


def _a_person_is_the_topic(matcher: Matcher, r: Reading) -> bool:
    """True when a person's name comes just after "about", "mentioned", "according to"... ("what did
    Smailov say about Tokayev"), so that the person is what is asked about, not a second speaker."""
    tokens, _ = matcher.analyze(r.question)
    names = {t.word for t in tokens if any(k.startswith("P:") for k in t.keys)}
    return any(word in names and set(r.words[max(0, i - 2): i]) & _TOPIC_OF for i, word in enumerate(r.words))


_WHOSE = frozenset("whose whom кого чьи чьё чье чьим чьих чью чья kogo".split())
_CITING = frozenset("""quote quoted quotes quoting cite cited cites citing refer referred referring recall recalled
    recalling mention mentioned mentions invoke invoked процитировал процитировала цитировал цитировала сослался
    сослалась ссылался ссылалась напомнил напомнила вспомнил вспомнила упомянул упомянула упоминал упоминала
    привёл привел привела приводил приводила приводит""".split())


def quoted_by_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """Whom a speaker quoted, cited or mentioned ("whose words did Smailov cite", "кого упоминал Арипов"):
    that speaker's statements that name someone else, or, when none does, that the reports quote them
    naming no one; None unless one speaker with statements is named and "whose" / "whom" is asked."""
    words = set(r.words)
    if len(r.people) != 1 or not words & _WHOSE or not words & _CITING:
        return None
    if _a_report_cites(matcher, r):  # "AzerNews is citing whom for Aripov's speech": the report's own source
        return None
    person = r.people[0]
    own = [s.id for s in statements_of(matcher, person) if s.id in matcher.doc_by_id]
    if not own or derived(matcher).elsewhere.get(person):  # words said elsewhere: say_reply says so first
        return None
    factbase, lang = matcher.factbase, r.language
    name = speaker_name(factbase.speakers[person], lang)
    others = {k for i in own for k in matcher.doc_by_id[i].entities if k.startswith("P:") and k != f"P:{person}"}
    naming = [i for i in own if others & matcher.doc_by_id[i].entities.keys()]
    subject = [keys - {"@say", "@propose", "@source"} for keys in subject_keys(matcher, r, known_only=True)]
    subject = [keys for keys in subject if keys and not any(k.startswith(("P:", "C:")) for k in keys)]
    if subject or unknown_capitalised(matcher, r):  # "whom did Smailov cite on transport", "in Sochi": not here
        naming = [i for i in naming if subject and holds_the_subject(matcher, i, subject)]
        if not naming:
            return None
    elif not naming:
        reply = list_reply(factbase, lang, phrase(lang, "names_no_one", name=name), own, intent="say",
                           fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    about = _named(matcher, naming, person, lang)
    return list_reply(factbase, lang, phrase(lang, "said_naming", name=name, about=about, count=len(naming)),
                      naming, intent="say", fact_id=person, score=reading_score(r))


_THE_REPORT_AS_SUBJECT = frozenset("it outlet agency report article piece оно издание агентство публикация".split())


def _a_report_cites(matcher: Matcher, r: Reading) -> bool:
    """True when a report, not the speaker, is the one citing: it is named before the first citing word
    and the speaker after it ("AzerNews is citing whom for Aripov's speech", "кого цитирует ТАСС о словах
    Мишустина"), not "whom did Aripov cite, per AzerNews"."""
    at = next((i for i, w in enumerate(r.words) if w in _CITING), None)
    if not at:
        return False
    if {*r.words[max(0, at - 2): at]} & _THE_REPORT_AS_SUBJECT:  # "which outlet reported it, and whom did it cite"
        return True
    before = read(matcher, " ".join(r.words[:at]), r.language)
    return bool(sources_named(matcher, before)) and not before.people


def _named(matcher: Matcher, fact_ids: list[str], person: str, lang: str) -> str:
    """The people besides `person` these facts name, by name."""
    factbase = matcher.factbase
    keys = {k for i in fact_ids for k in matcher.doc_by_id[i].entities if k.startswith("P:") and k != f"P:{person}"}
    return ", ".join(sorted(speaker_name(factbase.speakers[k[2:]], lang) for k in keys if k[2:] in factbase.speakers))


_ON_BEHALF_RE = re.compile(r"\b(?:spoke|speak|speaks|speaking|talked|talk) for\b|\bот имени\b|\bговорил\w* от\b")
_ANYONE = frozenset("who кто kto anyone anybody someone кто-нибудь кто-то ещё еще else".split())


def who_spoke_on_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who talked about trade?", "кто ещё говорил про торговлю?": the statements made at this meeting that hold
    the whole subject, by each speaker; None unless someone's words are asked with no one named, every word of
    the subject is one the facts know, and they are two speakers' or more (one speaker's words are retrieval's)."""
    if r.people or "@say" not in r.keys or not set(r.words) & _ANYONE or asks_attendance(r) \
            or {"@sign", "@participate", "@next"} & r.keys or _ON_BEHALF_RE.search(" ".join(r.words)):
        return None  # (not "who spoke for the CIS about the results": whose post it is)
    _, unknown = matcher.analyze(r.question)
    if any(len(w) > 3 and w not in NOT_TOPIC for w in unknown):
        return None  # ("who spoke about the weather": a subject no fact holds)
    said = {"@say", "@who", "@propose", "@meeting"}
    subject = [keys - said for keys in subject_keys(matcher, r, known_only=True)]
    subject = [keys for keys in subject if keys]
    if not subject:
        return None
    factbase = matcher.factbase
    elsewhere = derived(matcher).elsewhere_ids
    held = [s.id for s in factbase.statements.values() if s.id not in elsewhere
            and doc_holds(matcher, s.id, subject)]
    speakers = list(dict.fromkeys(factbase.statements[i].speaker for i in held))
    if len(speakers) < 2:
        return None
    names = joined_names([speaker_name(factbase.speakers[p], r.language) for p in speakers], r.language)
    return list_reply(factbase, r.language, phrase(r.language, "spoke_on", names=names), held, intent="say",
                      score=reading_score(r))

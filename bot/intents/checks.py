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

from bot.facts import Agreement, Statement
from bot.intents.details import puts_a_claim
from bot.intents.events import known_event_misplaced, other_event, other_place, places_of
from bot.intents.reading import (
    MONTHS,
    Reading,
    asks_yes_or_no,
    dates_in,
    derived,
    doc_holds,
    entry_texts,
    months_named,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
)
from bot.intents.replying import list_reply, with_changes
from bot.intents.retrieval import of_another_meeting, retrieve
from bot.intents.texts import phrase
from bot.intents.vocabulary import MEETING_WORDS, OUTCOME_WORDS, numbers_named
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply, format_day, speaker_surname
from bot.text import stem, tokenize

__all__ = ["checks_a_number", "count_said_by_reply", "number_check_reply", "place_check_reply", "said_day_reply"]

_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# a document named, whose dates and terms a question may check
_A_DOCUMENT_RE = re.compile(r"\b(?:dated|agreements?|concepts?|programmes?|programs?|plans?|measures|documents?|"
                            r"соглашени\w*|концепци\w*|программ\w*|план\w*|комплекс\w*|документ\w*)\b")


def checks_a_number(matcher: Matcher, r: Reading) -> list[str]:
    """The years and days of a month a yes-or-no question checks (beyond the meeting's own date), or [];
    each as `_numbers` gives it (with the word that relates it: "until 2030")."""
    meeting = derived(matcher).meeting_keys
    # the meeting's own year is no claim, but as the year something is for it is ("a plan for 2023", "на 2023 год")
    aimed = {r.words[i + 1] for i, w in enumerate(r.words[:-1]) if w in _FOR}
    found = sorted(n for n in _numbers(r.words) if _word(n) not in meeting or _word(n) in aimed)
    if asks_yes_or_no(r):
        return found
    # an anniversary's ordinal, a term or a year no fact gives, put to a thing on the way to asking something
    # else, is a claim too ("the 70th anniversary plan: details?", "the geodesy programme runs until 2030: what
    # does it cover?"); not a day, nor a year some fact gives ("what is planned on 23 May", "in 2025")
    known = derived(matcher).years
    return [n for n in found if n.startswith(("nth:", "until:", "from:")) or n.startswith("in:") and _value(n) not in known]


CHECK_FLOOR = 75  # the fact answering the question without its number must be at least this close
_PLAIN = 95  # a fact this close is the one meant, however few subject words name it
_SET_WORDS = frozenset("set scheduled slated назначено назначили назначена".split())  # how a date is put


def number_check_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The fact answering the question without its number, when it gives another number of the same
    kind and relation ("until 2026" for "until 2030") and not the one asked; headed by "none of the
    reports gives <the number asked>", the fact's own number left for the reader to see. None otherwise."""
    asked = checks_a_number(matcher, r)
    if not asked or "@next" in r.keys and months_named(r.words):
        return None  # ("will the next meeting be in June 2024": a month put to the next meeting, the schedule's to say)
    if set(r.words) & OUTCOME_WORDS and (set(r.words) & MEETING_WORDS or "сгп" in r.words) \
            and not _A_DOCUMENT_RE.search(" ".join(r.words)) and other_event(matcher, r):
        return None  # ("Итоги СГП СНГ в 2019 году?": another year's meeting and its results, not a number to check;
        # but "the measures implement an agreement dated 2018": a document's date to check)
    bare = _without_numbers(r.question, {_word(a) for a in asked})
    if any(a.startswith("until:") for a in asked):  # "рассчитана до 2030 года": how a term is put, no subject
        bare = without_words(bare, _TERM_VERBS) or bare
    if not bare.strip():
        return None
    again = read(matcher, bare, r.language)
    if again.unknown_entities or other_event(matcher, again):
        return None
    found = retrieve(matcher, again)
    # an anniversary's ordinal names one document so plainly that an answer at the threshold will do
    floor = matcher.threshold if all(a.startswith("nth:") for a in asked) else CHECK_FLOOR
    # a claim put to a thing, not to a report (whose own date the report rules check: "the Sputnik piece came out
    # on 8 June?")
    claim = asks_yes_or_no(r) and not sources_named(matcher, r)
    ordinal = all(a.startswith("nth:") for a in asked)  # "что входит в план к 75-летию Победы": "входит" no fact has
    if (claim or ordinal) and (found.score or 0) < floor:  # "the Ashgabat meeting was set for 24 April": the words no
        _, unknown = matcher.analyze(bare)  # fact knows ("set") weigh down the one that answers it
        plainer = read(matcher, without_words(bare, set(unknown) | _SET_WORDS) or bare, r.language)
        if not plainer.unknown_entities and not other_event(matcher, plainer) \
                and not (unknown and _only_their_roles(matcher, plainer)):  # ("Лебедев в 2024 году в отставку?":
            # what is claimed of him is the word no fact knows)
            closer = retrieve(matcher, plainer)
            if closer.answered and (closer.score or 0) >= floor:
                again, found = plainer, closer
    if not found.answered or not found.fact_id or (found.score or 0) < floor:
        return None
    found = _one_giving_its_kind(matcher, again, found, asked, floor)
    if not found.fact_id:
        return None
    held_subject = [keys for keys in subject_keys(matcher, again, known_only=True)
                    if doc_holds(matcher, found.fact_id, [keys])]
    schedule = derived(matcher).schedule_keys  # ("the Ashgabat meeting": the next meeting's facts, a list of them)
    shown = [found.fact_id, *(item.fact_id for item in found.items)]
    if len(held_subject) < 2 and ((found.score or 0) < _PLAIN or not held_subject or not claim
                                  or found.items and not held_subject[0] & schedule
                                  and not (all(a.startswith(("in:", "until:", "from:")) for a in asked)
                                           and all(doc_holds(matcher, i, held_subject) for i in shown)
                                           and not set(shown) & _schedule_ids(matcher))
                                  or any(a.startswith("in:") for a in asked) and (found.score or 0) < _PLAIN):
        return None  # "правда ли, что соглашение 2018 года?": too little said to know which fact is meant (not "the
        # mining agreement is dated 2018, right?": one subject word, but one fact plainly; never "the 2022 meeting")
    if any(a.startswith("nth:") for a in asked) and not _same_anniversary(matcher, found.fact_id, r.words):
        return None  # "the CIS's 30th anniversary plan": another thing's anniversary, not Victory's 80th
    numbers = [_numbers_of(matcher, fact) for fact in shown]
    held = {n.split(":")[1] for n in set().union(*numbers)}
    spans = [span for fact in shown for span in _spans_of(matcher, fact)]
    wrong = [a for a in asked if _value(a) not in held and not any(lo <= _year(a) <= hi for lo, hi in spans)
             and any(_same_kind(n, a) for found_numbers in numbers for n in found_numbers)  # one of its kind
             and _value(a) not in _report_days(matcher, shown)]  # ("Sputnik reported on 8 June": its own date)
    if not wrong:
        return None  # the facts hold the numbers asked, or none of their kind: not a claim to correct here
    subject = subject_keys(matcher, again, known_only=True)
    if subject and any(doc_holds(matcher, other, subject) for a in wrong for other in matcher.holding(_value(a))
           if other not in shown):
        return None  # another fact on the subject does give the number ("geodeziya programma do 2026 goda"): no denial
    headline = phrase(r.language, "number_not_given", asked=", ".join(_shown(a, r.language) for a in wrong))
    # a list's items carry their own titles; one fact keeps its headline after the correction
    return with_changes(found, headline=headline if found.items else f"{headline} {found.headline}", intent="check")


def _report_days(matcher: Matcher, shown: list[str]) -> set[str]:
    """The days the reports of the facts shown were published on, as a checked day is written ("8.6")."""
    factbase = matcher.factbase
    days = set()
    for fact in shown:
        entry = factbase.entry(fact)
        source = factbase.sources.get(getattr(entry, "source", "") or "")
        if source is not None and source.published is not None:
            days.add(f"{source.published.day}.{source.published.month}")
    return days


def _only_their_roles(matcher: Matcher, r: Reading) -> bool:
    """True when a question names people and no subject but their own roles ("Лебедев, генсек СНГ")."""
    if not r.people:
        return False
    speakers = matcher.factbase.speakers
    roles = {stem(w) for p in r.people if p in speakers
             for w in tokenize(" ".join((speakers[p].role, speakers[p].role_ru or "")))}
    return all(keys <= roles for keys in subject_keys(matcher, r, known_only=True))


def _schedule_ids(matcher: Matcher) -> set[str]:
    return {a.id for a in derived(matcher).by_kind.get("schedule", [])}


def _one_giving_its_kind(matcher: Matcher, again: Reading, found: Reply, asked: list[str], floor: int) -> Reply:
    """The fact found, or, when it gives no number of the kind asked ("from 2020": no agreement's date in
    TASS's summary of the documents), the next close fact that does (the mining measures, "dated 2016")."""
    shown = [found.fact_id or "", *(item.fact_id for item in found.items)]
    if any(_same_kind(n, a) for fact in shown for n in _numbers_of(matcher, fact) for a in asked):
        return found
    for candidate in matcher.rank(again.question, again.language, floor=floor, limit=5):
        if candidate.fact_id != found.fact_id and any(
                _same_kind(n, a) for n in _numbers_of(matcher, candidate.fact_id) for a in asked):
            return fact_reply(matcher.factbase, candidate.fact_id, again.language, score=candidate.confidence)
    return found


_FOR = frozenset("for на".split())
# the word before a year that says how it relates ("until 2030", "dated 2016", "in 2024")
_UNTIL = frozenset("until till to through до по".split())
_FROM = frozenset("from since dated of от с со".split())


def _numbers(tokens: list[str] | tuple[str, ...]) -> set[str]:
    """The years (with their relation: "until:2030", "from:2016", "in:2024") and the days of a month
    ("day:24.5") among these words."""
    found = set()
    for i, word in enumerate(tokens):
        if _YEAR_RE.match(word):
            start = i  # back over the day and month it dates ("dated October 28, 2016", "от 28 октября 2016")
            while start > max(0, i - 3) and (tokens[start - 1].isdigit() or tokens[start - 1] in MONTHS):
                start -= 1
            before = tokens[start - 1] if start else ""
            relation = "until" if before in _UNTIL or list(tokens[max(0, start - 2): start]) == ["up", "to"] else \
                "from" if before in _FROM else "in"
            found.add(f"{relation}:{word}")
        elif (ordinal := _ordinal_at(tokens, i)) is not None:
            found.add(f"nth:{ordinal}")  # "70th", "75-летию"
    return found | {f"day:{day}.{month}" for day, month in dates_in(tokens)}


_ORDINAL_RE = re.compile(r"[0-9]{1,3}(?:th|st|nd|rd)")


def _ordinal_at(tokens: list[str] | tuple[str, ...], i: int) -> str | None:
    """The number of an anniversary the token at `i` writes ("80th"; "80" before "летия", "-й", "годовщине"),
    or None."""
    word = tokens[i]
    if _ORDINAL_RE.fullmatch(word):
        return word[:-2]
    if word.isdigit() and len(word) <= 3 and i + 1 < len(tokens) \
            and (tokens[i + 1].startswith(("лет", "годовщин")) or tokens[i + 1] == "й"):
        return word
    return None
_ORDINAL_TAIL_RE = re.compile(r"-?(?:th|st|nd|rd|лет\w*|й)")


def _value(number: str) -> str:
    return number.split(":")[1]


def _word(number: str) -> str:
    """The number as the question writes it: "2030" of "until:2030", "24" of "day:24.5"."""
    return _value(number).split(".")[0]


def _shown(number: str, lang: str) -> str:
    """The number as a reader checks it: a year, or a day with its month ("24 June", "24 июня")."""
    if number.startswith("nth:"):
        return f"{_word(number)}-ю годовщину" if lang == "ru" else f"the {_word(number)}th"
    if not number.startswith("day:"):
        return _word(number)
    day, month = _value(number).split(".")
    return format_day(int(day), int(month), lang)


def _year(number: str) -> int:
    value = _value(number)
    return int(value) if _YEAR_RE.match(value) else -1


def _numbers_of(matcher: Matcher, fact_id: str) -> set[str]:
    """The years and days a fact gives: the meeting's date for the meeting, else its texts'."""
    meeting = matcher.factbase.meeting
    if meeting is not None and fact_id == meeting.id:
        return {f"in:{meeting.date.year}", f"day:{meeting.date.day}.{meeting.date.month}"}
    entry = matcher.factbase.entry(fact_id)
    return {n for text in entry_texts(entry) for n in _numbers(tokenize(text))} if entry is not None else set()


_SPAN_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")


def _spans_of(matcher: Matcher, fact_id: str) -> list[tuple[int, int]]:
    """The spans of years a fact gives ("1979-1989"): a year inside one is no year to correct."""
    entry = matcher.factbase.entry(fact_id)
    texts = entry_texts(entry) if entry is not None else ()
    return [(int(a), int(b)) for text in texts for a, b in _SPAN_RE.findall(text)]


def _same_kind(number: str, asked: str) -> bool:
    """A year with the same relation ("until" for "until"), a day for a day ("24 May" for "24 June")."""
    if asked.startswith("day:"):
        return number.startswith("day:")
    return number.split(":")[0] == asked.split(":")[0] and not number.startswith("day:")


# the word before a number that goes with it ("until 2030", "от 2018 года", "на 25 мая")
_BEFORE_A_NUMBER = frozenset("until till through thru from since by in on to for of до от с со на в во к по".split())
_TERM_VERBS = frozenset("""run runs running ran last lasts valid effective рассчитана рассчитан рассчитано рассчитаны
    действует действуют продлится продлятся рассчитанная рассчитанной""".split())


def _without_numbers(question: str, numbers: set[str]) -> str:
    """The question without the numbers checked, the preposition before each and a day's month
    ("scheduled for 24 June 2024": "scheduled")."""
    words = question.split()
    kept: list[str] = []
    dropped_a_day = False
    for word in words:
        bare = word.strip(".,;:!?()«»\"'").lower()
        if dropped_a_day and bare in MONTHS:  # "24 June": the month goes with its day
            dropped_a_day = False
            continue
        dropped_a_day = False
        head = re.match(r"[0-9]+", bare)
        if bare in numbers or head and head.group(0) in numbers and _ORDINAL_TAIL_RE.fullmatch(bare[head.end():]):
            if kept and kept[-1].strip(".,;:!?()«»\"'").lower() in MONTHS and not _YEAR_RE.match(bare):
                kept.pop()  # "June 24"
            if kept and kept[-1].lower() in _BEFORE_A_NUMBER:
                kept.pop()
            dropped_a_day = not _YEAR_RE.match(bare)
            continue
        kept.append(word)
    return " ".join(kept)


_AT = frozenset("in at to into в во на v vo na".split())  # "held in Moscow", "пройдёт в Москве"


def place_check_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Will the Innoprom forum be held in Moscow?": the fact answering the question without its place,
    when it names another city and not the one asked; headed by "none of the reports gives Moscow", the
    fact's own city left for the reader to see. Only a yes-or-no claim with one city after "in" (or an event
    one or two facts hold, put in a city none names: "what did Aripov say of the forum in Almaty"), never
    about this meeting or the next (held.py corrects those), never when the fact names the city too."""
    if "@next" in r.keys:
        return None
    words = list(r.words)
    asked = {(place, w) for i, w in enumerate(words) if i and words[i - 1] in _AT and (place := other_place(matcher, w))}
    if len(asked) != 1:
        return None
    place, word = asked.pop()
    if not asks_yes_or_no(r) and not known_event_misplaced(matcher, r, word):
        return None  # (but "what did Aripov say about the Innoprom forum in Almaty" puts his forum in Almaty)
    bare = " ".join(w for w in r.question.split() if other_place(matcher, w.strip(".,;:!?()«»\"'").lower()) != place)
    again = read(matcher, bare, r.language)
    if again.unknown_entities or other_event(matcher, again):
        return None
    found = retrieve(matcher, again)
    meeting = matcher.factbase.meeting
    if not found.answered or not found.fact_id or (found.score or 0) < CHECK_FLOOR or found.items \
            or meeting is not None and found.fact_id == meeting.id:
        return None
    held_subject = [keys for keys in subject_keys(matcher, again, known_only=True)
                    if doc_holds(matcher, found.fact_id, [keys])]
    named = places_of(matcher, found.fact_id)
    if len(held_subject) < 2 or not named or place in named:
        return None  # too little said to know the fact meant, a fact naming no city, or the city asked
    headline = phrase(r.language, "place_not_given", place=place)
    return with_changes(found, headline=f"{headline} {found.headline}", intent="check")


_ANNIVERSARY_WORDS = frozenset("""anniversary anniversaries of the a in летия летию летие летний годовщины годовщине
    годовщина годовщину й со дня""".split())


def _same_anniversary(matcher: Matcher, fact_id: str, words: tuple[str, ...]) -> bool:
    """True when the question names what the fact's anniversary is of ("of Victory", "Победы"), or the
    fact says nothing after its ordinal ("медали к 80-й годовщине"): the same anniversary, numbered
    otherwise; not "the 30th anniversary of the CIS"."""
    entry = matcher.factbase.entry(fact_id)
    if entry is None:
        return False
    asked = {stem(w) for w in words}
    after: set[str] = set()
    for text in entry_texts(entry):
        tokens = tokenize(text)
        for i in range(len(tokens)):
            if _ordinal_at(tokens, i) is not None:
                after |= {stem(t) for t in tokens[i + 1: i + 6] if t not in _ANNIVERSARY_WORDS and not t.isdigit()}
    return not after or bool(after & asked)


# a report said to give something ("Sputnik reported that ...", "Trend's report put ...", "Sputnik писал, что ...")
_REPORTED_RE = re.compile(r"\b(report\w*|said|says|wrote|writes|announc\w*|gave|gives|put|puts|писал\w*|сообщ\w*|пишет|"
                          r"назвал\w*|называ\w*|указ\w*|объяв\w*)\b")
# a day as when something was said: "did Lebedev say on 26 October that ...", "заявил 26 октября, что ..."
_SAID_ON_THE_DAY_RE = re.compile(r"\b(?:on )?\d{1,2}(?:st|nd|rd|th)? (?:of )?[a-zа-яё]+,? (?:that|что)\b")
# what someone said at a meeting of a given day, asked: "что Мередов сказал на самом заседании ... 24 мая"
_WHAT_SAID_THERE_RE = re.compile(r"\b(?:что|what)\b(?:\s+\w+){0,3}\s+(?:сказал\w*|говорил\w*|заявил\w*|say|said|"
                                 r"tell|told)\s+(?:\w+\s+){0,2}(?:на|at|during|в\s+ходе)\b")
# words for a meeting being held on a day ("will be held on", "пройдёт", "состоится")
_HELD_WORDS = frozenset("""held hold take place date dates пройдёт пройдет состоится пройти проведут провести дата
    дату датой""".split())


def said_day_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Лебедев заявил, что заседание в Бишкеке пройдёт 26 октября — так?": the facts quoting that person with a
    day of a month, headed by the days they give ("No: the reports quote Lebedev giving 27 October"), when the day
    put to him is none of them; None otherwise (a day he gave, or no fact quoting him with a day)."""
    factbase = matcher.factbase
    text = " ".join(r.words)
    named = sources_named(matcher, r) if not r.people and _REPORTED_RE.search(text) else []
    if not (len(r.people) == 1 or len({factbase.sources[s].publisher for s in named}) == 1) or not puts_a_claim(r):
        return None
    published = {(p.day, p.month) for s in named if (p := factbase.sources[s].published) is not None}
    asked = dates_in(r.words) - published  # ("Trend reported on 26 February that ...": the report's own day)
    if not asked or not set(r.words) & (MEETING_WORDS | _HELD_WORDS) or _SAID_ON_THE_DAY_RE.search(text) \
            or _WHAT_SAID_THERE_RE.search(text):
        return None  # the day a meeting is put on, not the day he spoke ("did he say on 26 October that ...", "what
        # did Meredov say at the session itself on 24 May": the words of a meeting the reports end before)
    entries: list[Statement | Agreement] = [*factbase.statements.values(), *factbase.agreements.values()]
    entity = f"P:{r.people[0]}" if r.people else ""
    quoting = [e for e in entries if dates_in(tokenize(e.quote)) and (
        e.source in named if named else (doc := matcher.doc_by_id.get(e.id)) is not None and entity in doc.entities)]
    # the days given for the meeting asked of: the next one's for "did Lebedev say the next meeting would be on 24 May"
    # (not his June announcement of this one's 27 October), this one's otherwise
    next_asked = "@next" in r.keys or any(w.startswith(("ashgabat", "ашхабад")) for w in r.words)
    quoting = [e for e in quoting if of_another_meeting(matcher, e.id) == next_asked]
    given = set().union(*(dates_in(tokenize(e.quote)) for e in quoting)) if quoting else set()
    if not given or asked & given:
        return None
    days = ", ".join(format_day(day, month, r.language) for day, month in sorted(given, key=lambda d: (d[1], d[0])))
    put = ", ".join(format_day(day, month, r.language) for day, month in sorted(asked, key=lambda d: (d[1], d[0])))
    if named:  # "Sputnik reported in June that the meeting would be on 26 October - correct?": it gave 27 October
        headline = phrase(r.language, "report_other_day", publisher=factbase.sources[named[0]].publisher, days=days,
                          asked=put)
    else:
        speaker = factbase.speakers[r.people[0]]
        headline = phrase(r.language, "said_other_day", surname=speaker_surname(speaker, r.language), days=days,
                          asked=put)
    return list_reply(factbase, r.language, headline, [e.id for e in quoting], intent="check", score=reading_score(r))


def count_said_by_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Правда ли, что Лебедев заявил о подписании 22 документов?": no quote of that person gives the number; the
    reports whose count it is are shown under a headline that says so ("No: the reports don't quote Lebedev
    giving 22; 22 is TASS's number"). None unless one person is put to one number a report's count gives and
    none of that person's words holds."""
    factbase = matcher.factbase
    claimed = numbers_named(r.words)
    if len(r.people) != 1 or len(claimed) != 1 or not puts_a_claim(r) or not {"@document", "@sign", "@adopt"} & r.keys \
            or "percent" in r.words or "процентов" in r.words:  # (not "by 20 percent": no count of documents)
        return None
    number = next(iter(claimed))
    counts = [a for a in derived(matcher).by_kind.get("count", []) if a.count == number]
    person = r.people[0]
    own = [s for s in factbase.statements.values() if s.speaker == person]
    if not counts or any(number in numbers_named(tokenize(s.quote)) for s in own):
        return None
    speaker = factbase.speakers[person]
    others = [a for a in derived(matcher).by_kind.get("count", []) if a not in counts and a.counts == counts[0].counts]
    headline = phrase(r.language, "count_not_said_by", surname=speaker_surname(speaker, r.language), asked=number,
                      publisher=", ".join(dict.fromkeys(factbase.source_of(a).publisher for a in counts)))
    return list_reply(factbase, r.language, headline, [a.id for a in (*counts, *others)], intent="check",
                      score=reading_score(r))

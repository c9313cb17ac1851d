"""This meeting's day and place, checked: a question that says the meeting was held on another day
("on 27 October", the day first announced; "on 13 October"), in another place ("in Astana", "in
Kazakhstan", "in Ashgabat", the next one's city) gets the day and place the reports give, with the
meeting's fact and the facts that give the other day; never a yes. Each check first makes sure the
question is about this meeting: every other word must name it, its day, a report or how the day is
checked, so "the foreign ministers' meeting", "the June meeting in Sochi", "Innoprom" and "the
presidents' summit" are other events, left to the other rules.
"""

from __future__ import annotations

import re
from datetime import date

from bot.facts import Meeting
from bot.intents.events import aside_places, other_event, other_place
from bot.intents.reading import (
    MONTHS,
    WH_RE,
    Reading,
    asks_yes_or_no,
    dates_in,
    derived,
    entry_texts,
    is_year,
    months_named,
    read,
    reading_score,
    sources_named,
    subject_keys,
)
from bot.intents.replying import list_reply, with_changes
from bot.intents.retrieval import asks_why, names_its_event, of_another_meeting, retrieve, unknown_names
from bot.intents.texts import phrase
from bot.intents.vocabulary import FRAME, MEETING_WORDS, NOT_TOPIC, OTHER_PLACES, WHERE_WORDS, sentences_of
from bot.lexicon import COUNTRIES
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply, format_date, format_day, surnames_of
from bot.text import tokenize

__all__ = ["FUTURE", "held_in_another_place", "held_not_announced", "met_where_a_report_is_datelined",
           "next_in_another_country", "not_that_day", "place_named",
           "premise_of_this_meeting", "this_is_another_day", "this_is_elsewhere"]


def _strangers(matcher: Matcher, r: Reading) -> list[str]:
    """The names and words no fact knows, places aside ("Putin's meeting", not "Moscow")."""
    _, unknown = matcher.analyze(r.question)
    return [n for n in unknown_names(matcher, r) if not all(w in OTHER_PLACES for w in tokenize(n))] + \
        [w for w in unknown if len(w) > 3 and w not in OTHER_PLACES and w not in NOT_TOPIC]


# a meeting other than this one named beside the claim: "the previous / last year's / every year", "глав
# государств"; and the place must follow "in" ("held in Astana"), not name a meeting ("the Sochi meeting")
_ANOTHER_ONE_RE = re.compile(r"\b(previous|last|earlier|prior|every|each|annual|annually|предыдущ\w*|прошл\w+ "
                             r"(заседани\w*|год\w*)|прошлое|каждый|ежегодно|state|states|государств\w*|sco|шос|"
                             r"eaeu|еаэс)\b")
_PLACED_RE = re.compile(r"\b(in|в|v) (" + "|".join(sorted(OTHER_PLACES, key=len, reverse=True)) + r")\b")
_HELD = frozenset("""held hold took place happened прошло прошла прошёл прошел состоялось состоялась состоялся проходило
    проходил проходила proshlo sostoyalos sostoyalsya""".split())
_MET = frozenset("met meet convened convene gathered собрались встретились собрался собралось собирался собирались "
                 "sobralsya sobralis".split())
_IT = frozenset("it оно она ono".split())
_SPOKE_THERE = frozenset("spoke speaks speaking speech remarks выступал выступила выступил выступали говорил речь vystupal"
                         .split())
_PLANNED = frozenset("""planned plan scheduled slated originally initially first announced set expected due supposed
    назначено назначили назначен назначена планировалось планировали планируется сначала изначально первоначально
    объявлено объявили анонсировано ожидалось должно""".split())
# a plan for the day, in one clause: "supposed to be held on", "назначено на", "должно было пройти"
_PLANNED_TO_BE_HELD_RE = re.compile(
    r"\b(supposed|planned|scheduled|due|expected|meant|set|originally|initially|first)\b(\s+\w+){0,3}\s+"
    r"(held|hold|take place|happen|meet|convene)|\bназначен\w*\s+на\b|\bпланировал\w*|\bдолжн\w+\s+был\w*")
_CHOSEN = frozenset("chosen chose choose picked decided выбрали выбран выбрано решили решено".split())
FUTURE = frozenset("""will would shall following next upcoming будет будут пройдёт пройдет состоится следующее
    следующем очередное""".split())  # "where will the 24 May meeting be held": the next one
_PAST = frozenset("was were did было был была были byl bylo".split())
_DATE_WORDS = frozenset("date dates дата даты дату датой".split())  # "разная дата заседания, 26 или 27 октября?"
_BEFORE_AFTER = frozenset("before after ahead prior until до после перед накануне".split())
_COVERED = frozenset("""covered written reported summarized summarised discussed published освещали писали
    обсуждали сообщили опубликовали""".split())  # "was the meeting covered on 27 October": the reports' day
_HAPPENED = frozenset("happened happen случилось произошло".split())  # "what happened on 27 October": not a check
# the meeting itself said to have happened then: a day it was held on
_IT_HAPPENED_RE = re.compile(r"\b(?:meeting|session|council|summit|it)\s+(?:really\s+|actually\s+)?happened\b")


def place_named(matcher: Matcher, r: Reading) -> str | None:
    """The first place another meeting may be in that the question names ("in Minsk"), or None; not a
    report's name ("the Astana Times")."""
    words = r.words
    return next((place for i, w in enumerate(words) if (place := other_place(matcher, w))
                 and words[i + 1: i + 2] not in (("times",), ("таймс",))
                 and place not in aside_places(matcher, r.question)), None)


_WAS = frozenset("was were is была было был bila bylo byl".split())


_BETWEEN = frozenset("the this it meeting session summit заседание встреча оно она".split())


def _was_in(words: tuple[str, ...]) -> bool:
    """True for "the meeting was in Dushanbe", "was the meeting in Osh", "встреча была в Душанбе": a place
    put as where it was."""
    for i, w in enumerate(words):
        if w in _WAS:
            rest = list(words[i + 1: i + 4])
            k = next((j for j, x in enumerate(rest) if x in _IN), None)
            if k is not None and all(x in _BETWEEN for x in rest[:k]):
                return True
    return False


def _the_meeting_was_in(r: Reading) -> bool:
    """True when the meeting is what "was" somewhere ("Заседание было в Ташкенте?", "the meeting was in Tashkent",
    "заседание глав правительств СНГ было в Ташкенте"), a place the reports name for something else (Innoprom's
    Tashkent) put as its own."""
    words = r.words
    return not r.people and any(w in _WAS and any(x in MEETING_WORDS for x in words[max(0, i - 8):i])
                                for i, w in enumerate(words))


def _names_only_the_meeting(matcher: Matcher, r: Reading) -> bool:
    """True when every subject the question names, places aside, is the meeting's own name ("заседание глав
    правительств СНГ было в Ташкенте?"); not "the forum at Innoprom was in Tashkent?"."""
    meeting_keys = derived(matcher).meeting_keys
    return all(keys <= meeting_keys or any(other_place(matcher, k) for k in keys)
               for keys in subject_keys(matcher, r, known_only=True))


def _another_year(meeting: Meeting, r: Reading) -> bool:
    """True when the question names a year other than the meeting's."""
    return any(is_year(w) and w != str(meeting.date.year) for w in r.words)


# this meeting named by its place: "the Bishkek meeting", "заседание в Бишкеке", "бишкекское заседание"
_BY_ITS_PLACE_RE = re.compile(r"\bbishkek (?:meeting|session|summit|council)|\b(?:meeting|session|summit) in bishkek\b|"
                              r"\bбишкекск\w* (?:заседани|встреч|совет|саммит)|\b(?:заседани|встреч|саммит)\w* в бишкеке\b")
_CHOSEN_RE = re.compile(r"\b(?:decision|decided|decide|chosen|chose|picked|agreed|announced|решени\w*|решили|решено|"
                        r"выбра\w*|объяв\w*)\b")


# this meeting pointed at, or set against its own city, whatever year is put to it: "this meeting was in Astana in
# 2022", "заседание было в Ташкенте в 2024-м, а не в Бишкеке"
_THIS_ONE_RE = re.compile(r"\b(?:this|that)\s+(?:meeting|session|summit|council)\b|"
                          r"\b(?:это|этот|эта|эту|этом|то|та|ту)\s+(?:заседани\w*|встреч\w*|саммит\w*|совет\w*)|"
                          r"\b(?:а|and|but)\s+(?:не|not)\s+(?:в\s+|in\s+)?(?:бишкеке|bishkek)\b")


def _this_one_claimed(matcher: Matcher, r: Reading, text: str) -> bool:
    """True when the question points at this meeting ("this meeting", "а не в Бишкеке") and names nothing unknown but
    years: its place and year claimed wrong, not another meeting asked of."""
    return (_THIS_ONE_RE.search(text) or _THIS_ONE_RE.search(r.asked.lower())) is not None and all(is_year(w) for w in _strangers(matcher, r))


def this_is_elsewhere(matcher: Matcher, r: Reading, event: str | None) -> Reply | None:
    """"The meeting was held in Astana, correct?": not there; where the reports say it was."""
    meeting = matcher.factbase.meeting
    place = place_named(matcher, r)
    text = " ".join(r.words)
    # "was the Bishkek meeting held in Astana": this meeting named by its place, another put as where it was held
    by_its_place = event is None and _BY_ITS_PLACE_RE.search(" ".join(r.words)) is not None \
        and not _CHOSEN_RE.search(" ".join(r.words))  # (not "was the decision to meet in Bishkek taken in Minsk")
    if meeting is None or place is None or "@next" in r.keys \
            or event != phrase(r.language, "event_place", place=place) and not by_its_place \
            and not ((event is None or event.startswith(tuple(str(d) for d, _ in dates_in(r.words))))
                     and _days_claimed(meeting, r) and not _CHOSEN_RE.search(text)) \
            and not (event is None and _the_meeting_was_in(r) and _names_only_the_meeting(matcher, r)
                     and not _CHOSEN_RE.search(text)) \
            or not (set(r.words) & _HELD or "took place" in text or _met_there_claimed(matcher, r, place)
                    or _was_in(r.words) and (not _in_the_reports(matcher, r, place) or _the_meeting_was_in(r))) \
            or r.people or r.countries and not _its_own_country_beside(matcher, r, place) \
            or _ANOTHER_ONE_RE.search(text) or not _PLACED_RE.search(text) \
            or (_another_year(meeting, r) or _strangers(matcher, r)) and not _this_one_claimed(matcher, r, text) \
            or "@when" in r.keys and not asks_yes_or_no(r):  # "when was the meeting in Minsk held": that one's time
        return None
    told = phrase(r.language, "this_not_there", place=place, venue=_venue(meeting, r.language))
    if days := _days_claimed(meeting, r):  # "held on 27 October in Tashkent": neither that day nor that place
        day, month = days[0]
        told = f"{_not_on(meeting, day, month, r.language)} {told}"
    return _corrected(matcher, r, told)


# the country each other place is in, as the matcher keys it
_COUNTRY_OF = {"Astana": "C:kazakhstan", "Almaty": "C:kazakhstan", "Minsk": "C:belarus", "Moscow": "C:russia",
               "Kazan": "C:russia", "Sochi": "C:russia", "St Petersburg": "C:russia", "Yekaterinburg": "C:russia",
               "Dushanbe": "C:tajikistan", "Khujand": "C:tajikistan", "Baku": "C:azerbaijan", "Yerevan": "C:armenia",
               "Tashkent": "C:uzbekistan", "Samarkand": "C:uzbekistan", "Osh": "C:kyrgyzstan",
               "Cholpon-Ata": "C:kyrgyzstan"}


def _its_own_country_beside(matcher: Matcher, r: Reading, place: str) -> bool:
    """True when the one country the question names is the place's own, written right after it ("in Astana,
    Kazakhstan", "в Душанбе, Таджикистан"): where the place is, not a delegation asked of."""
    words = r.words
    return r.countries == (_COUNTRY_OF.get(place),) and any(
        other_place(matcher, w) == place and i + 1 < len(words)
        and _COUNTRY_OF[place] in {k for token in matcher.analyze(words[i + 1])[0] for k in token.keys}
        for i, w in enumerate(words))


def _in_the_reports(matcher: Matcher, r: Reading, place: str) -> bool:
    """True when the facts name the place the question does (Minsk, where the permanent representatives met):
    "was the meeting in Minsk" may well ask about that one."""
    return any(other_place(matcher, w) == place and w in derived(matcher).words for w in r.words)


def _met_there_claimed(matcher: Matcher, r: Reading, place: str) -> bool:
    """True for a claim or a why that the heads of government met in a place no fact puts a meeting in ("did
    the CIS prime ministers meet in Almaty", "why did they meet in Almaty in October 2023"), or in any other
    place in this meeting's month and year; not "when did they meet in Sochi" (where a report says they did)."""
    if not set(r.words) & _MET or not (asks_yes_or_no(r) or asks_why(r)):
        return False
    meeting = matcher.factbase.meeting
    this_time = meeting is not None and str(meeting.date.year) in r.words \
        and meeting.date.month in months_named(r.words).values()
    return this_time or not _in_the_reports(matcher, r, place)


def met_where_a_report_is_datelined(matcher: Matcher, r: Reading) -> str | None:
    """"The CIS premiers met in Tashkent, not Bishkek, because Trend's story is datelined Tashkent": the
    correction of where the meeting was, to head the dateline's record, when the question says it met or was
    held in a city other than its venue; None otherwise."""
    meeting = matcher.factbase.meeting
    place = place_named(matcher, r)
    words = r.words
    # ("Aripov spoke in Tashkent, since Trend is datelined Tashkent": where he spoke, at the meeting, is its place)
    there = _HELD | _MET | (_SPOKE_THERE if r.people else frozenset())
    if meeting is None or place is None or "@next" in r.keys or not set(words) & there \
            or _ANOTHER_ONE_RE.search(" ".join(words)) or _another_year(meeting, r):
        return None
    after = {words[i + 1] for i, w in enumerate(words[:-1]) if w in there} \
        | {words[i + 2] for i, w in enumerate(words[:-2]) if w in there and words[i + 1] in _IN}
    if not any(other_place(matcher, w) == place for w in after):
        return None  # (the place must be where it met: "met in Tashkent", not "a Tashkent-datelined story")
    return phrase(r.language, "this_not_there", place=place, venue=_venue(meeting, r.language))


def not_that_day(matcher: Matcher, r: Reading) -> str | None:
    """"Putin flew into Bishkek on Oct 27 for the council, correct?": the correction of the day a claim about
    someone's presence gives the meeting, to head who did come; None when it gives no other day (or a year)."""
    meeting = matcher.factbase.meeting
    if meeting is None or "@next" in r.keys or _another_year(meeting, r):
        return None
    days = _days_claimed(meeting, r)
    if len(days) != 1 or days[0][1] != meeting.date.month:
        return None  # (one day of the meeting's month: "on Oct 27", not "in May" or two days)
    day, month = days[0]
    return _not_on(meeting, day, month, r.language)


def _not_on(meeting: Meeting, day: int, month: int, lang: str) -> str:
    """"Not on 27 October: the meeting was held on 26 October 2023."."""
    return phrase(lang, "this_not_that_day", day=format_day(day, month, lang), held=format_date(meeting.date, lang))


def held_in_another_place(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was the meeting held in Kazakhstan?", "Заседание прошло в Республике Казахстан?", "was it held in
    Ashgabat?": not there; where the reports say it was (and, for the next meeting's city, that the next
    one is planned there). A country or the next meeting's city named as the place, never a guess."""
    meeting = matcher.factbase.meeting
    words = list(r.words)
    known = derived(matcher)
    if meeting is None or r.people or "@next" in r.keys or set(words) & (FUTURE | _PLANNED | _BEFORE_AFTER) \
            or dates_in(words) - {(meeting.date.day, meeting.date.month)} \
            or not (set(words) & (_HELD | _MET) or set(words) & MEETING_WORDS and "@where" in r.keys
                    or _was_in(r.words)) \
            or _ANOTHER_ONE_RE.search(" ".join(words)) or _another_year(meeting, r):
        return None
    placed_words = [w for w in words if w not in ("the",)]  # "held in the Kazakhstan" once "Republic of" is read
    after_in = {placed_words[i + 1] for i, w in enumerate(placed_words[:-1]) if w in _IN}
    others = [c for c in r.countries if c not in known.host]
    lang = r.language
    venue = _venue(meeting, lang)
    host = next((c for c in COUNTRIES if f"C:{c.key}" in known.host), None)
    if host is not None and not others and after_in and (set(words) & (_HELD | _MET) or _was_in(r.words)) \
            and not {"@who", "@participate"} & r.keys and any(_names_the_state(w, host.en, host.ru) for w in after_in) \
            and _names_only_this_meeting(matcher, r, besides=frozenset(after_in), months=False):
        # "did the meeting take place in the Kyrgyz Republic": yes, as the meeting's own fact says
        return with_changes(fact_reply(matcher.factbase, meeting.id, lang, score=reading_score(r)), intent="overview")
    if len(others) == 1 and len(r.countries) == 1 and after_in and not {"@who", "@participate"} & r.keys:
        country = next((c for c in COUNTRIES if f"C:{c.key}" == others[0]), None)
        if country is None or not any(_names_the_state(w, country.en, country.ru) for w in after_in):
            return None  # "with Kazakhstan's PM", "held in Russian" (a language): the country is not the place
        if not _names_only_this_meeting(matcher, r, besides=frozenset(after_in) | {others[0]}, months=False):
            return None  # "was the Ashgabat meeting / the June meeting / Innoprom held in ...": another event
        return _corrected(matcher, r, phrase(lang, "this_not_in_country", place=country.ru if lang == "ru" else country.en,
                                             venue=venue))
    schedule = [a.id for a in known.by_kind.get("schedule", [])]
    tokens, _ = matcher.analyze(" ".join(sorted(after_in)))
    # a place the schedule facts name with a capital (Ashgabat), not "the capital" or "May"
    proper = {w.lower() for i in schedule if (a := matcher.factbase.agreements.get(i))
              for w in _PROPER_RE.findall(f"{a.title} {a.title_ru or ''}")}
    named = [t.word for t in tokens if set(t.keys) & known.schedule_keys and t.word in proper and t.word not in MONTHS]
    if not schedule or r.countries or not named or not set(words) & MEETING_WORDS \
            or not _names_only_this_meeting(matcher, r, besides=frozenset(named), months=False):
        return None  # not "on which days in April is Innoprom held", "was the May / working meeting held in Ashgabat"
    told = phrase(lang, "this_not_the_next", place=named[0].capitalize(), venue=venue)
    return list_reply(matcher.factbase, lang, told, [meeting.id, *schedule], intent="overview", fact_id=meeting.id,
                      score=reading_score(r))


_IN = frozenset("in в во v".split())
_THIS = frozenset("this это этот эта данное данный eto".split())  # "это заседание состоялось 24 мая?": this one
# a month's adjective naming a meeting other than October's ("июньское заседание", "майская встреча")
_OTHER_MONTH_RE = re.compile(r"\b(январск|февральск|мартовск|апрельск|майск|июньск|июльск|августовск|сентябрьск|"
                             r"ноябрьск|декабрьск)\w*")
_PROPER_RE = re.compile(r"(?<!^)(?<![.:] )\b[A-ZА-ЯЁ][a-zа-яё]{3,}")


# a country as the host of a meeting: "is Turkmenistan hosting the next one", "примет ли Казахстан"
_HOSTING = frozenset("""host hosts hosting hosted примет примут принимает принимать принимающей примёт""".split())




# the next meeting named as one: "the next meeting", "next one", "next time", "следующее заседание", "очередное"
_THE_NEXT_ONE_RE = re.compile(r"\b(?:next|following|upcoming)\s+(?:\w+\s+){0,4}?(?:meeting|meetings|session|sessions|council|"
                              r"summit|one|time|gathering|round|cis|sng)\b|\b(?:след\w*|очередн|sleduy|sledu|sled\b)")  # ("следущее": typed so)


def next_in_another_country(matcher: Matcher, r: Reading) -> str | None:
    """"Will the next meeting be in Tajikistan?", "следующее заседание пройдёт в РТ?": the correction, when
    the country named as its place is none the reports' next-meeting facts name (Turkmenistan's Ashgabat);
    "" for a country they do name; None for any other question."""
    if "@next" not in r.keys or r.people or len(r.countries) != 1 or not _THE_NEXT_ONE_RE.search(" ".join(r.words)):
        return None  # (not "... i want to study in Russia next": the asker's plan, no meeting)
    words = list(r.words)
    after_in = {words[i + 1] for i, w in enumerate(words[:-1]) if w in _IN}
    if set(words) & _HOSTING or set(words) & WHERE_WORDS and "@who" not in r.keys:
        # "is Turkmenistan hosting the next one", "Казахстан примет следующее заседание?", "next meeting where,
        # turkmenistan?"
        after_in |= set(words)
    country = next((c for c in COUNTRIES if f"C:{c.key}" == r.countries[0]), None)
    tokens, _ = matcher.analyze(" ".join(sorted(after_in)))
    if country is None or not any(f"C:{country.key}" in t.keys for t in tokens):
        return None  # "who will represent Tajikistan at the next one": no place
    named = {k for a in derived(matcher).by_kind.get("schedule", []) for k in matcher.doc_by_id[a.id].entities}
    if not named:
        return None
    if f"C:{country.key}" in named:
        return ""  # "in Turkmenistan?": so the reports say; nothing to correct
    return phrase(r.language, "next_not_in_country", place=country.ru if r.language == "ru" else country.en)


def _names_the_state(word: str, name: str, name_ru: str) -> bool:
    """True when the word is the state's own name in a case ("Kazakhstan", "Казахстане", "России"), not an
    adjective or a language ("Russian", "российском")."""
    if word.endswith(("ian", "ish", "ском", "ской", "ская", "ский")):
        return False
    return word == name.lower() or word.startswith(name_ru.lower()[:-1])


def _venue(meeting: Meeting, lang: str) -> str:
    """Where the meeting was, as the reply's language writes it ("Бишкек, Кыргызстан")."""
    return (meeting.place_ru or meeting.place) if lang == "ru" else meeting.place


def _days_claimed(meeting: Meeting, r: Reading) -> list[tuple[int, int]]:
    """The days other than the meeting's the question puts ("on 27 October"), in order."""
    return sorted(dates_in(r.words) - {(meeting.date.day, meeting.date.month)})


def _corrected(matcher: Matcher, r: Reading, told: str) -> Reply:
    """The meeting's own fact, headed by what the question got wrong ("Not in Astana: ...")."""
    meeting = matcher.factbase.meeting
    assert meeting is not None
    reply = fact_reply(matcher.factbase, meeting.id, r.language, score=reading_score(r))
    return with_changes(reply, headline=f"{told} {reply.headline}", intent="overview")


_TRUE_THAT_RE = re.compile(r"^(?:pravda|правда|верно|verno)\b")  # "правда, что ...": a claim put to be checked
# a statement put as a question: "The meeting was on 26 or 27 October?? I see both dates"
_A_STATEMENT_ASKED_RE = re.compile(r"^\W*(?:the|this|that|it)\b[^?]*\b(?:was|were|is)\b[^?]*\?", re.IGNORECASE)
_CHECKED_RE = re.compile(r"^(was|is|did|has)\b|\b(right|correct|true|yes|верно|правда|так|да)$|\bли\b|^(pravda|verno)\b")
# a Russian yes-no question is marked by its "?" alone ("Заседание было 27 октября?"): one without a question word
_RU_QUESTION_WORDS = frozenset("""кто что когда где какой какая какое какие каком какого какую сколько почему зачем как
    куда откуда чей чья чьё чьи kto chto kogda gde kakoy kakaya kakie skolko pochemu kak""".split())


def this_is_another_day(matcher: Matcher, r: Reading, event: str) -> Reply | None:
    """"The meeting was on 13 October 2023, right?", "заседание прошло 25 октября?": not that day; the day
    the reports give, with the meeting's fact."""
    meeting = matcher.factbase.meeting
    asked = dates_in(r.words)
    text = " ".join(r.words)
    if meeting is None or not asked or (meeting.date.day, meeting.date.month) in asked or r.people or r.topic \
            or _ANOTHER_ONE_RE.search(text) or not event.startswith(tuple(str(d) for d, _ in asked)) \
            or r.countries or "@participate" in r.keys or _strangers(matcher, r) \
            or "@next" in r.keys or not set(r.words) & MEETING_WORDS \
            or not (set(r.words) & (_HELD | _WAS) or _CHECKED_RE.search(text) or _TRUE_THAT_RE.search(text)) \
            or _another_year(meeting, r) or {"@sign", "@adopt", "@say", "@propose", "@document"} & r.keys:
        return None  # not "what was signed on 13 October" ("правда, что встреча была 25 октября?" is a check)
    day, month = sorted(asked)[0]
    try:
        that_day = date(meeting.date.year, month, day)
    except ValueError:  # 29 February of a year that has none
        return None
    return _corrected(matcher, r, phrase(r.language, "this_not_that_day", day=format_date(that_day, r.language),
                                         held=format_date(meeting.date, r.language)))


def held_not_announced(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was the meeting held on 27 October?", "Sputnik wrote 27 October: when was it really?": a day
    the reports give for this meeting (announced, then moved), checked as the day it was held: not that
    day but the meeting's own, with the meeting's fact and the facts that give the other day. None for
    a day of another meeting (the next one's 24 May, the Sochi meeting) or another question on that day."""
    meeting = matcher.factbase.meeting
    asked = dates_in(r.words)
    if meeting is None or len(asked) != 1 or (meeting.date.day, meeting.date.month) in asked \
            or str(meeting.date.day) in r.words and set(r.words) & {"instead", "вместо"} \
            or not asked <= derived(matcher).dates or not _checks_the_day_held(matcher, r, meeting):
        return None
    ((day, month),) = asked
    # the day without a year: the reports give it for this meeting's year or the next's ("24 May")
    that_day = format_day(day, month, r.language)
    # the facts that give that day, found by the day alone ("27 October"), each holding it as a date (not
    # "twenty documents" for "20 May"): the rest of the question ("a wire story says") is how it is asked
    found = retrieve(matcher, read(matcher, that_day, r.language))
    giving = [i for i in dict.fromkeys((found.fact_id, *(item.fact_id for item in found.items)))
              if found.answered and i and i != meeting.id and i in matcher.factbase.agreements
              and matcher.factbase.agreements[i].agreement_kind != "document"  # not "dated October 28, 2016"
              and asked & set().union(*(dates_in(tokenize(t)) for t in entry_texts(matcher.factbase.entry(i))))]
    another = [i for i in giving if of_another_meeting(matcher, i) or bool(getattr(matcher.factbase.entry(i), "elsewhere", ()))]
    place, _ = matcher.analyze(f"{meeting.place} {meeting.place_ru or ''}")  # "in Bishkek on 24 May": this one
    this_one = set(r.words) & _THIS or r.keys & {k for t in place for k in t.keys if not k.startswith("C:")}
    if another and not this_one:
        return None  # that day is another meeting's (the next one met on 24 May), unless this one is named
    if any(getattr(matcher.factbase.entry(c.fact_id), "elsewhere", ()) and names_its_event(matcher, r, c.fact_id)
           for c in matcher.rank(r.question, r.language, limit=5)):
        return None  # "was the meeting of permanent representatives held on 27 October": that one's
    told = phrase(r.language, "this_not_that_day", day=that_day, held=format_date(meeting.date, r.language))
    return list_reply(matcher.factbase, r.language, told, [meeting.id, *giving], intent="overview",
                      fact_id=meeting.id, score=reading_score(r))


def _checks_the_day_held(matcher: Matcher, r: Reading, meeting: Meeting) -> bool:
    """True when a question with one day in it checks that the meeting was held then ("met in Bishkek
    on 27 October, right?", "прошу подтвердить, что оно состоялось 27 октября"), not what happened, was
    said, planned or written that day, nor when the next meeting is."""
    words = set(r.words)
    text = " ".join(r.words)
    held = words & (_HELD | _MET) - _HAPPENED or _IT_HAPPENED_RE.search(text)  # "met on 27 October", "оно состоялось
    # 27 октября", "the Bishkek meeting happened 27 October"
    checked = held or words & MEETING_WORDS and (
        (_CHECKED_RE.search(text) or r.language == "ru" and r.question.rstrip().endswith("?")
         and not words & _RU_QUESTION_WORDS or _A_STATEMENT_ASKED_RE.search(r.question) and not WH_RE.search(text))
        and not words & _HAPPENED and words & (_PAST | _DATE_WORDS)
        or "@when" in r.keys and words & (_PAST | _DATE_WORDS))
    if not checked or r.people or r.countries or unknown_names(matcher, r) or place_named(matcher, r):
        return False  # "was the Sochi meeting held on 27 October", "Putin's meeting"
    asked = sentences_of(r.question)[-1:] or [r.question]
    if _PLANNED_TO_BE_HELD_RE.search(asked[0].lower()) or words & _CHOSEN:
        # "was it supposed to be held on 27 October" (it was), "what place was chosen for it"; not a plan told
        # before the check ("назначено на 27 октября. Прошу подтвердить, что оно состоялось 27 октября")
        return False
    if {"@next", "@sign", "@adopt", "@propose", "@document", "@who", "@count", "@source", "@agenda"} & r.keys \
            or "@say" in r.keys and not held or words & (_BEFORE_AFTER | FUTURE | _COVERED) \
            or words & _PLANNED and not held or sources_named(matcher, r) and not held:
        return False  # "what was said on 27 October", "the days before", "was it first planned for 27 October"
    if _ANOTHER_ONE_RE.search(text) or _another_year(meeting, r) or r.keys & derived(matcher).schedule_keys:
        return False
    return _names_only_this_meeting(matcher, r)


# what may stand beside "the meeting" in a check of its day and still mean this one: who says the day
# ("a wire story", "my colleague's draft", "в июньском сообщении Sputnik") and how it is checked
_CHECK_CONTEXT = frozenset("""wire story draft colleague colleagues notes note article piece report reports media press
    says said claims claim wrote write writes confirm check please actually really indeed exactly june
    сообщении сообщение заметке заметка заметках статье статья публикации публикация черновике июньском июне июня
    пишут писал писали писала написано написал прошу подтвердить подтвердите проверить именно точно действительно
    different differ differs разных разная разные разное правильно понимаю correct true верно правда""".split())
_ORDINAL_DAY_RE = re.compile(r"\d{1,2}(st|nd|rd|th|-?го|-?е)?")  # "the 27th", "27-го"


def _names_only_this_meeting(matcher: Matcher, r: Reading, besides: frozenset[str] = frozenset(),
                             months: bool = True) -> bool:
    """True when every word of the question (but `besides`, the place a check names) is its frame, this
    meeting's own name, place or day, a report's name or how the day is checked: so "the foreign
    ministers' meeting", "the presidents' summit", "the Innoprom forum", "the gala dinner", "the
    briefing" are other events, which this meeting's day or place does not correct; with `months`
    False, a month other than the meeting's names another one too ("the June meeting")."""
    tokens, unknown = matcher.analyze(r.question)
    own = (derived(matcher).meeting_keys | FRAME | derived(matcher).publisher_words | {"@say", "@source"}) \
        - {"@president"}
    meeting = matcher.factbase.meeting
    words = list(r.words)
    if not months and (_OTHER_MONTH_RE.search(" ".join(words)) or any(
            w in MONTHS and meeting is not None and MONTHS[w] != meeting.date.month and words[i + 1] in MEETING_WORDS
            for i, w in enumerate(words[:-1]))):
        return False  # "the May meeting", "июньское заседание": another meeting
    for token in tokens:
        keys = set(token.keys)
        if token.word in besides or keys & besides:
            continue
        if not months and token.word in MONTHS and (meeting is None or MONTHS[token.word] != meeting.date.month):
            return False
        if keys <= own or _checks_this_meeting(token.word) or keys & derived(matcher).host:
            continue
        return False
    return all(_checks_this_meeting(w) or w in besides for w in unknown)


def _checks_this_meeting(word: str) -> bool:
    """True for a word that says how the meeting's day is checked, or names the meeting or its holding."""
    return word in _CHECK_CONTEXT or word in MONTHS or word in MEETING_WORDS or word in _HELD or word in _MET \
        or word in _PLANNED or _ORDINAL_DAY_RE.fullmatch(word) is not None  # "Sputnik had it scheduled for ..."


_SAID_SO = frozenset("""say says said saying wrote write written gave give gives reported reports announced told claims
    copy писал писали пишут написал написали сообщил сообщили сообщали сообщает объявил объявили говорил говорили
    named назвал назвала назвали называл называла называли""".split())


_ANNOUNCING = frozenset("""announced announce announcing announcement named set promised объявил объявила объявлял
    анонсировал назвал назвала сообщил сообщила обещал обещали""".split())


def _gave_that_day(matcher: Matcher, r: Reading, day: tuple[int, int]) -> bool:
    """True when a fact naming one of the question's people gives that day ("27 October, сообщил генеральный
    секретарь СНГ Сергей Лебедев"): the day is theirs, not the question's mistake."""
    names = {name for p in r.people if p in matcher.factbase.speakers for name in surnames_of(matcher.factbase.speakers[p])}
    return any(day in dates_in(tokenize(text)) and any(name in text.lower() for name in names)
               for entry in matcher.factbase.entries() for text in entry_texts(entry))


# the prime ministers named as who met ("саммит премьеров", which the reading takes as this meeting's name)
_PREMIERS_RE = re.compile(r"\b(?:премьер\w*|premiers?|prime\s+ministers?|pms?)\b", re.IGNORECASE)


def premise_of_this_meeting(matcher: Matcher, r: Reading) -> tuple[str, str] | None:
    """"Заседание 27 октября 2023 года в Бишкеке — какие итоги?", "what did the premiers decide in Dushanbe on
    26 October 2023": a question about this meeting that gives it another day of its month or another city
    on the way to asking something else. Returns the question without that day or city and the correction
    to head the reply with; None when the question checks the day or place itself (the checks above
    answer that), names another meeting, a plan, or gives nothing wrong."""
    meeting = matcher.factbase.meeting
    words = list(r.words)
    days = dates_in(words)
    its_day = days == {(meeting.date.day, meeting.date.month)} if meeting is not None else False
    # (a check of someone's part on another day is this rule's: "Smailov spoke at the 27 October meeting, right?")
    checked = asks_yes_or_no(r)
    if meeting is None or checked and not r.people or "@next" in r.keys \
            or not (set(words) & MEETING_WORDS or its_day) \
            or set(words) & (_PLANNED | FUTURE | _BEFORE_AFTER | _COVERED) or _ANOTHER_ONE_RE.search(" ".join(words)):
        return None
    lang = r.language
    other_days = [(d, m) for d, m in days if m == meeting.date.month and d != meeting.date.day]
    years = {int(w) for w in words if is_year(w)}
    if len(days) == 1 and other_days and years <= {meeting.date.year} and set(words) & MEETING_WORDS \
            and not set(words) & (_SAID_SO | _CHOSEN) and str(meeting.date.day) not in words \
            and not sources_named(matcher, r) \
            and not other_event(matcher, r) \
            and not (set(words) & _ANNOUNCING and _gave_that_day(matcher, r, other_days[0])):  # not "Sputnik said 27 October", "the 26th instead of
        # the 27th", 13 October, nor "Lebedev announced the 27 October meeting" (he did, as Sputnik reports)
        ((day, month),) = other_days
        bare = " ".join(w for w in r.question.split() if tokenize(w) != [str(day)])
        return bare, _not_on(meeting, day, month, lang)
    placed = [i for i, w in enumerate(words) if i and words[i - 1] in _IN and other_place(matcher, w)]
    ours = its_day or years == {meeting.date.year} and bool(set(words) & MEETING_WORDS) \
        and set(months_named(words).values()) <= {meeting.date.month}  # not "в Сочи в июне 2023": June's meeting
    # (the CIS prime ministers' meeting of this month named: this one, whatever city it is put in)
    by_its_council = "@cis" in r.keys and (bool({"@premier", "govern", "правительств"} & r.keys)
                                           or _PREMIERS_RE.search(r.asked or r.question) is not None)
    if len(placed) == 1 and ours and not r.countries and not checked \
            and (its_day or by_its_council or not other_event(matcher, r)):
        city = words[placed[0]]
        place = other_place(matcher, city)
        bare = " ".join(w for w in r.question.split() if tokenize(w) != [city])
        return bare, phrase(lang, "this_not_there", place=place, venue=_venue(meeting, lang))
    return None

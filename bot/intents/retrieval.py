"""Retrieval: the matcher's answer for questions no structured intent reads, with the guards that
make it decline rather than mislead: a name no report knows, a figure or year asked that the quote
lacks, an order the reports do not give, a number the fact does not hold. Facts that match as well
as the best, and close statements of the same speaker, are listed together, never one picked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from bot.facts import FactBase, Statement
from bot.intents.memo import per_question
from bot.intents.reading import (
    COUNT_FRAME,
    MONTHS,
    Reading,
    asks_yes_or_no,
    beyond_agenda,
    dates_in,
    derived,
    doc_holds,
    entry_texts,
    is_number,
    is_year,
    other_days_named,
    read,
    reading_score,
    subject_keys,
    without_words,
    words_no_fact_holds,
    years_meant,
)
from bot.intents.replying import abstain, list_reply, with_changes
from bot.intents.texts import phrase
from bot.intents.vocabulary import (
    AGENDA_FILLER,
    AGENDA_RE,
    FRAME,
    NOT_TOPIC,
    NUMBER_RE,
    OTHER_PLACES,
    SEASONS,
    asking_sentences,
    money_asked,
    sentences_of,
)
from bot.matcher import Candidate, Matcher, MatchResult
from bot.replies import Reply, compose, fact_reply, fact_title, label
from bot.text import has_any, is_cyrillic, stem, tokenize, transliterate

__all__ = [
    "NAMED_STRANGER_FLOOR", "TIE_MARGIN", "asks_a_change", "asks_a_number", "asks_appearance", "asks_day", "asks_figure", "figure_asked", "asks_initiator", "asks_maker", "asks_why",
    "capitalised_unknown", "figure_not_shown", "shows_a_proposal", "gives_a_reason", "names_its_event", "names_nobody", "names_someone", "not_what_is_asked",
    "is_background", "of_another_meeting",
    "report_statements_holding", "retrieve", "said_in_the_same_report", "theme_year_claim", "theme_year_reply", "unknown_capitalised",
    "unknown_names", "what_its_event_holds", "without_agenda_words", "without_when_where",
    "gives_when_where",
]

TIE_MARGIN = 2  # retrieval candidates this close to the best are shown with it, not behind it


NAMED_STRANGER_FLOOR = 90  # a name no report knows sinks any answer weaker than this


_AMOUNT_RE = re.compile(r"\$|€|\b(dollars?|usd|rubles?|roubles?|euros?|million|billion|млн|млрд|"
                        r"долл\w*|рубл\w*|евро|миллион\w*|миллиард\w*)\b", re.IGNORECASE)


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-zА-Яа-яё]+\b")


def without_agenda_words(matcher: Matcher, r: Reading) -> Reading:
    """"Was energy discussed?", "did they discuss Afghanistan at all?": the subject alone, since
    a fact on energy seldom says "discussed" and the word only costs it score."""
    if not AGENDA_RE.search(" ".join(r.words)) or not beyond_agenda(matcher, r):
        return r
    tokens, _ = matcher.analyze(r.question)
    drop = {t.word for t in tokens if "@agenda" in t.keys or set(t.keys) & AGENDA_FILLER}
    if re.search(r"\bat all\b|\bвообще\b", " ".join(r.words)):  # "did they discuss it at all"
        drop.add("all")
    kept = without_words(r.question, drop)
    return replace(r, question=kept) if kept.strip() else r


def unknown_capitalised(matcher: Matcher, r: Reading) -> list[str]:
    """The words no fact knows that are written with a capital, the first word included."""
    _, unknown = matcher.analyze(r.question)
    found = []
    for raw in r.question.split():
        core = raw.strip(".,;:!?()[]{}«»\"'“”")
        if core[:1].isupper() and all(w in unknown for w in tokenize(core)) and tokenize(core):
            found.append(core)
    return found


def names_nobody(matcher: Matcher, reply: Reply, kinds: tuple[str, ...] = ("P:",)) -> bool:
    """True when every fact a reply shows is a document, count, schedule or other account that
    names no person (a statement names its speaker); with `kinds` ("P:", "C:"), no country either."""
    ids = [reply.fact_id, *(i.fact_id for i in reply.items)]
    for fact_id in ids:
        entry = matcher.factbase.agreements.get(fact_id or "")
        doc = matcher.doc_by_id.get(fact_id or "")
        if entry is None or doc is None or any(k.startswith(kinds) for k in doc.entities):
            return False
    return True


# whose initiative a thing was, asked of a country or with "whose": "which country initiated the
# Year of the Volunteer Movement", "whose initiative was it", "по чьей инициативе", "какая страна предложила"
_WHOSE_RE = re.compile(r"\b(whose|чь[яеиюй]\w*|chya|chyey|(which|what) (country|state|delegation|government)|"
                       r"как(ая|ой|ое|ие) (стран|государств|делегац|правительств)\w*)\b")
_INITIATED_RE = re.compile(r"\b(initiat\w*|propos\w*|suggest\w*|came up|инициатив\w*|инициир\w*|предлож\w*|"
                           r"выдвину\w*|iniciativ\w*|predlozh\w*)")


def asks_initiator(r: Reading) -> bool:
    """"Which country initiated the Volunteer Year?", "По чьей инициативе ...?": whose idea a thing was,
    which only a fact naming a person or a country answers."""
    text = " ".join(r.words)
    return _WHOSE_RE.search(text) is not None and ("@propose" in r.keys or _INITIATED_RE.search(text) is not None)


def said_in_the_same_report(matcher: Matcher, question: str, lang: str, fact_id: str) -> list[str]:
    """The statements the question ranks among its first five that come from the report of `fact_id`:
    whom that report says told it, beside the report, for "who reported ..." (attribution)."""
    entry = matcher.factbase.entry(fact_id)
    if entry is None:
        return []
    return [c.fact_id for c in matcher.rank(question, lang, limit=5)
            if isinstance(e := matcher.factbase.entry(c.fact_id), Statement) and e.source == entry.source]


def report_statements_holding(matcher: Matcher, r: Reading, fact_id: str, share: float) -> list[str]:
    """The statements of the report `fact_id` comes from that hold at least `share` of the question's
    subject, best first: who that report says told what its own account names nobody for ("who in
    Turkmenistan reported on the preparations": Meredov, in the same Turkmenportal report)."""
    entry = matcher.factbase.entry(fact_id)
    if entry is None:
        return []
    subject = subject_keys(matcher, r, known_only=True)
    own = [i for i in derived(matcher).statements_by_source.get(entry.source, [])
           if doc_holds(matcher, i, subject, share=share)]
    return [c.fact_id for c in matcher.score_facts(r.question, own, r.language)]


def names_someone(matcher: Matcher, reply: Reply) -> bool:
    """True when a fact the reply shows names a person (its speaker, or someone in its quote)."""
    ids = [reply.fact_id, *(i.fact_id for i in reply.items)]
    return any(k.startswith("P:") for fact_id in ids if (doc := matcher.doc_by_id.get(fact_id or ""))
               for k in doc.entities)


# What something looks like: the reports name things (a jubilee medal, a championship), they describe none
_APPEARANCE_GATE = ("look", "appearance", "colo", "design", "shape", "выгляд", "внешн", "дизайн", "цвет", "изображ",
                    "vyglyad")  # (one of which any match of _APPEARANCE_RE holds)
_APPEARANCE_RE = re.compile(
    r"\b(looks? like|looked like|look(s|ed)? it like|appearance|colou?rs?|design|shape|"
    r"выгляд\w*|внешн\w* вид\w*|дизайн\w*|цвет\w*|изображ\w*|vyglyad\w*)\b", re.IGNORECASE)


def asks_appearance(r: Reading) -> bool:
    """"What does the jubilee medal look like?", "Как выглядит медаль?": a description of a thing."""
    text = " ".join(r.words)
    return has_any(text, _APPEARANCE_GATE) and bool(_APPEARANCE_RE.search(text))


def retrieve(matcher: Matcher, r: Reading) -> Reply:
    """The matcher's answer; facts that match exactly as well as the best are all shown,
    never one of them picked silently ("industrial cooperation concept": Smailov's and Aripov's),
    and so are close statements of the best one's speaker (one speech in two reports). A
    question asking for a figure is answered only by a quote that gives one."""
    if _only_meeting_and_unknown(matcher, r):  # "Putin in Bishkek on 26 October?", "weather in Bishkek"
        return abstain(matcher, r, "retrieval", label(r.language, "nothing_found"))
    question = _without_meeting_words(matcher, r)
    result = _match_without_next_place(matcher, r, question) or matcher.match(question, r.language)
    if not result.answered and result.best is not None and result.best.confidence >= matcher.threshold - WHEN_WHERE_MARGIN:
        # "иннопром где и когда": the fact that gives the place and the time, without the asking words (tried only
        # when a fact came close: a second match costs milliseconds at 100,000 facts)
        result = _when_and_where_given(matcher, r, question) or result
    if "@where" in r.keys and result.answered and result.best is not None \
            and not _gives_place(matcher, result.best.fact_id):
        # "which forum and where": of two tied facts, the one naming a place
        result = _tied_first(result, lambda fact: _gives_place(matcher, fact))
    if asks_day(r):  # "какого числа": the day, from a fact nearly as close that gives one ("in May 2024" gives none)
        result = _closer_giving(matcher, r, question, result, (lambda fact: _gives_day(matcher.factbase, fact),
                                                               matcher.threshold - NEAR_THRESHOLD)) or result
    if _UNTIL_YEAR_RE.search(" ".join(r.words)):  # "until what year is the set of measures": the concept's 2030, close
        # behind the 2016 agreement's measures
        result = _closer_giving(matcher, r, question, result, (lambda fact: _gives_year_ahead(matcher, fact),
                                                               matcher.threshold - NEAR_THRESHOLD)) or result
    if asks_figure(r):  # "сколько из них про финансирование": TASS's nine, close behind the financing document that
        # gives no number
        result = _closer_giving(matcher, r, question, result,
                                (lambda fact: _answers_the_figure(matcher, r, fact), matcher.threshold)) or result
    timed = _closer_giving(matcher, r, question, result,
                           (lambda fact: _gives_time(matcher.factbase, fact), matcher.threshold),
                           (lambda fact: _gives_time(matcher.factbase, fact) and _holds_what_is_asked(matcher, r, fact),
                            matcher.threshold - NEAR_THRESHOLD)) if "@when" in r.keys else None  # (below the threshold only a fact on what is asked: "when was the mining
    # agreement concluded" is the 2016 one; "when was the uranium agreement concluded" is not)
    if timed is not None:  # "when was the mining and metallurgy agreement signed": the document dated 2016, close
        # behind the report's "a number of documents were signed", which names no time (nor is shown beside it)
        result = replace(timed, alternatives=tuple(c for c in timed.alternatives
                                                   if _gives_time(matcher.factbase, c.fact_id)))
    result = _with_the_day_named(matcher, r, question, result)
    if result.answered and result.best is not None and is_background(matcher, result.best.fact_id):
        # "СНГ объявило год волонтёров. Какой это год, и решили это на встрече в Бишкеке?": the volunteer year, close
        # behind the venue's background ("решено провести в Бишкеке"), which holds nothing of the volunteers
        result = _past_the_background(matcher, r, question, result)
    if result.answered and result.best is not None and of_another_meeting(matcher, result.best.fact_id) \
            and _this_meeting_asked(matcher, r):
        # "на какое число было назначено заседание в Бишкеке": this one's date, never the next one's plans
        these = [c for c in matcher.rank(question, r.language, limit=8) if not of_another_meeting(matcher, c.fact_id)]
        if not these or these[0].confidence < matcher.threshold:
            return abstain(matcher, r, "retrieval", label(r.language, "nothing_found"), score=result.best.confidence)
        result = replace(result, best=these[0], alternatives=tuple(these[1:]))
    result = _without_unnamed_events(matcher, r, result)
    reply = compose(matcher.factbase, result)
    if not result.answered or result.best is None:
        return reply
    if not what_its_event_holds(matcher, r, result.best.fact_id):  # "what was signed in Minsk"
        title = fact_title(matcher.factbase, result.best.fact_id, r.language)
        return abstain(matcher, r, "other-event", phrase(r.language, "elsewhere_only", title=title),
                       score=result.best.confidence)
    if (result.best.fact_id in matcher.factbase.speakers or r.people) and (asks_yes_or_no(r) or "@when" in r.keys) \
            and words_no_fact_holds(matcher, r.words):
        # "Правда ли, что Лебедев уходит в отставку?", "когда Лебедев уходит в отставку": who he is, or what he
        # announced, tells nothing of a subject no fact holds
        return abstain(matcher, r, "retrieval", label(r.language, "nothing_found"), score=result.best.confidence)
    if result.best.fact_id in matcher.factbase.speakers and _SALARY_RE.search(" ".join(r.words)):
        # "Какая зарплата у генсека Лебедева?": who he is tells nothing of his pay, which no report gives
        return abstain(matcher, r, "retrieval", label(r.language, "nothing_found"), score=result.best.confidence)
    strangers = unknown_names(matcher, r)
    if strangers and result.best.confidence < NAMED_STRANGER_FLOOR:  # "a joint statement on Gaza", "GDP"
        return abstain(matcher, r, "unknown-entity", phrase(r.language, "unknown_name", name=", ".join(strangers)),
                        score=result.best.confidence)
    refused = not_what_is_asked(matcher, r, result.best.fact_id, result.best.confidence)
    if refused is not None:
        return refused
    speaker = _speaker_of(matcher.factbase, result.best.fact_id)
    tied = [c for c in result.alternatives if c.confidence >= result.best.confidence - TIE_MARGIN
            or speaker is not None and _speaker_of(matcher.factbase, c.fact_id) == speaker]
    if matcher.factbase.meeting is not None and result.best.fact_id == matcher.factbase.meeting.id \
            and "@next" not in r.keys:  # "where was the meeting held": not beside the next one's plans
        tied = [c for c in tied if not of_another_meeting(matcher, c.fact_id)]
    if not tied:
        told = _same_report_words(matcher, r, result.best)
        if not told:
            return reply
        ids = [result.best.fact_id, *told]
        listed = list_reply(matcher.factbase, r.language, phrase(r.language, "same_report"), ids,
                            intent="retrieval", score=result.best.confidence)
        return with_changes(listed, suggestions=tuple(s for s in reply.suggestions if s.fact_id not in ids))
    ids = [result.best.fact_id, *(c.fact_id for c in tied)]
    listed = list_reply(matcher.factbase, r.language, phrase(r.language, "tied"), ids, intent="retrieval",
                         score=result.best.confidence)
    rest = tuple(s for s in reply.suggestions if s.fact_id not in ids)
    return with_changes(listed, suggestions=rest)


# a year's theme asked: "what is 2024 the year of", "a themed year", "тематический год", "годом чего"
_THEME_GATE = ("them", "year of", "тематическ", "чего", "посвящ", "объяв", "obyav")  # (one of which any match holds)
_THEME_ASKED_RE = re.compile(r"\b(?:themed?|thematic) years?\b|\btheme of (?:the year )?(?:19|20)\d\d\b|"
                             r"\byear of what\b|\bthe year of\W*$|\bthe year of in\b|тематическ\w* год\w*|"
                             r"\bгод\w* чего\b|\bчему посвящ\w* (?:(?:19|20)\d\d )?год\w*|"
                             # "какой год объявили в СНГ на 2024", "2024 god v sng kakoi god obyavili" (the question ends
                             # there: not "на какой год объявили следующее заседание", "... для празднования 80-летия")
                             r"(?<!на )(?<!na )\b(?:какой|kakoi|kakoy|kakoj) (?:год|god) (?:объяв\w*|obyav\w*)(?: (?:в|v) "
                             r"(?:снг|sng|содружеств\w*))?(?: (?:на |na )(?:заседании|встрече|следующий год))?"
                             r"(?: (?:на |na |в |v )?(?:19|20)\d\d(?: \w{1,2}| год\w*| god\w*)?)?$")


def theme_year_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"What is 2024 the year of in the CIS", "какой тематический год будет в 2024-м": the fact that
    gives a year its theme (its topics say "year of"), for the year asked if one is; None if no fact does."""
    text = " ".join(r.words)
    if not has_any(text, _THEME_GATE) or not _THEME_ASKED_RE.search(text):  # (the cheap test first)
        return None
    years = {w for w in r.words if is_year(w)}
    every = [e for e in matcher.factbase.entries() if "year of" in {t.lower() for t in getattr(e, "topics", ())}]
    themed = [e.id for e in every if not years or any(y in " ".join(entry_texts(e)) for y in years)]
    if every and not themed:  # "what is 2030 the year of": the reports give a theme to 2024 only
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_theme_year", year=", ".join(sorted(years))))
    if not themed:
        return None
    if len(themed) == 1:
        return with_changes(fact_reply(matcher.factbase, themed[0], r.language, score=reading_score(r)),
                            intent="retrieval")
    return list_reply(matcher.factbase, r.language, phrase(r.language, "tied"), themed, intent="retrieval",
                      score=reading_score(r))


# a theme put to a year: "was 2024 declared the Year of Ecology", "2024 — Год экологии в СНГ?"
_YEAR_OF_RE = re.compile(r"\byear of (?:the )?(?P<theme>[^\W\d_]+)|"
                         r"(?:\bгодом|(?:—|–|-|объявлен\w*|провозглаш\w*|стал\w*|станет)\s+год)\s+(?P<theme_ru>[а-яё]{4,})")
_THEME_FILLER = frozenset("""the a in cis снг of for в и""".split())


def theme_year_claim(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was a document declaring 2024 the CIS Year of Ecology signed?": no, the year the reports give a theme to
    is shown, under "No: the reports give no Year of Ecology"; None when the theme put is the one they give, or
    no year is given a theme in a claim."""
    found = _YEAR_OF_RE.search(r.question.lower())  # (with its dashes: "2024 — Год экологии?")
    if found is None or not any(is_year(w) for w in r.words) or not asks_yes_or_no(r):
        return None
    theme = [w for w in tokenize(found.group("theme") or found.group("theme_ru") or "") if w not in _THEME_FILLER]
    every = [e for e in matcher.factbase.entries() if "year of" in {t.lower() for t in getattr(e, "topics", ())}]
    told = " ".join(t.lower() for e in every for t in (*entry_texts(e), *getattr(e, "topics", ())))
    if not theme or not every or any(stem(w) in told for w in theme):
        return None
    asked = {w for w in r.words if is_year(w)}
    if not asked & set(tokenize(told)):  # "CIS declares 2025 the Year of Peace": no report speaks of 2025's theme,
        # so no "No": what they say of the year they do give a theme to, unanswered
        note = phrase(r.language, "theme_year_not_given", year=", ".join(sorted(asked)))
        reply = list_reply(matcher.factbase, r.language, note, [e.id for e in every], intent="retrieval",
                           score=reading_score(r))
        return with_changes(reply, answered=False)
    note = phrase(r.language, "theme_not_that", theme=" ".join(theme).capitalize() if r.language == "en" else " ".join(theme))
    return list_reply(matcher.factbase, r.language, note, [e.id for e in every], intent="retrieval",
                      score=reading_score(r))


_PAST = frozenset("""was were held took happened had было был была были прошло прошёл прошел прошла состоялось
    состоялся состоялась проходило проходил bylo планировалось планировали назначалось назначали назначено
    намечалось намечали""".split())


def _this_meeting_asked(matcher: Matcher, r: Reading) -> bool:
    """True when the question is about this meeting, not the next: it names this one's place or date, or
    asks in the past tense, and names nothing of the next one's ("Ashgabat", "May 2024", "next")."""
    known = derived(matcher)
    if "@next" in r.keys or r.keys & known.schedule_keys:
        return False
    meeting = matcher.factbase.meeting
    if other_days_named(matcher, r.words) or any(is_year(w) and (meeting is None or int(w) != meeting.date.year) for w in r.words):
        return False  # "was the meeting held on 24 May 2024": a day or year of another meeting
    return bool(r.keys & known.meeting_keys or set(r.words) & _PAST)


def of_another_meeting(matcher: Matcher, fact_id: str) -> bool:
    """True for a fact on the next meeting, or words said at another one (Meredov's on the preparations)."""
    entry = matcher.factbase.entry(fact_id)
    return getattr(entry, "agreement_kind", None) == "schedule" or fact_id in derived(matcher).elsewhere_ids


def asks_a_number(r: Reading) -> bool:
    """True when the question asks for a figure or a year ("from which year", "how much")."""
    return asks_figure(r) or _YEAR_ASK_RE.search(" ".join(r.words)) is not None


def not_what_is_asked(matcher: Matcher, r: Reading, fact_id: str, score: int) -> Reply | None:
    """An abstention when the fact does not give what the question asks for (a figure, a year, a
    day, a place, a time, an order, a description, the number it names), else None."""
    if asks_figure(r) and not _answers_the_figure(matcher, r, fact_id):
        # "the total volume of trade among CIS states": TASS's 22 documents count no trade
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_figure"), score=score)
    if _YEAR_ASK_RE.search(" ".join(r.words)) and not any(
            _YEAR_IN_RE.search(c) for c in _subject_clauses(matcher, fact_id, r)):
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_figure"), score=score)
    if _UNTIL_YEAR_RE.search(" ".join(r.words)) and not _names_a_year_ahead(matcher, _subject_clauses(matcher, fact_id, r)):
        # "until what year is the set of measures": a term ahead, not the 2016 agreement the measures implement
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_figure"), score=score)
    if asks_day(r) and not _gives_day(matcher.factbase, fact_id):
        # "в какие числа апреля пройдёт Иннопром": "in April 2024" gives the month, not the days
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_date"), score=score)
    if (_where_asked(matcher, r) or _HOST_ASKED_RE.search(" ".join(r.words))) and not _gives_place(matcher, fact_id):
        # "where is the Year of the Volunteer launched": a fact that names no place is no answer to "where"
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_place"), score=score)
    if ("@when" in r.keys or _YEAR_ASK_RE.search(" ".join(r.words))) and _another_agreement(matcher, r, fact_id):
        # "when was the CIS free trade agreement signed": not the June agreement on free trade in services
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_date"), score=score)
    if "@when" in r.keys and not _gives_time(matcher.factbase, fact_id):
        # "when was the CIS founded": a fact that names no time is no answer to "when"
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_date"), score=score)
    if _asks_order_only(matcher, r):  # "who spoke first": not the fact holding "the first forum"
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_order"), score=score)
    if asks_appearance(r) and not _APPEARANCE_RE.search(_quote_of(matcher.factbase, fact_id)):
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_description"), score=score)
    if _WHICH_GOODS_RE.search(" ".join(r.words)):  # "which specific goods did Uzbekistan want exempted": the
        # reports speak of "goods" and name none
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_goods"), score=score)
    if _misses_the_number(matcher, r, fact_id):  # "which year was declared for 2024": not a 2023 fact
        return abstain(matcher, r, "retrieval", label(r.language, "nothing_found"), score=score)
    return None


def figure_not_shown(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """The reply, or an abstention when a figure or a year is asked ("what target year or capacity in MW did
    Aripov propose") and no fact the reply shows gives one about the subject: his words on the energy systems
    read like an answer, and the number asked is in none of them. Particular goods asked ("which product groups
    carry the differentiated duty rates") are named by no report: his words on "goods" are no answer either."""
    if not reply.answered or reply.intent not in ("say", "retrieval"):
        return reply
    if _WHICH_GOODS_RE.search(" ".join(r.words)):  # "which product groups carry the differentiated duty rates"
        return abstain(matcher, r, "retrieval", phrase(r.language, "no_goods"), score=reply.score)
    if not asks_a_number(r):
        return reply
    shown = [i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i and matcher.factbase.entry(i)]
    if not shown:
        return reply
    figure, year = asks_figure(r), _YEAR_ASK_RE.search(" ".join(r.words)) is not None
    if any(figure and _answers_the_figure(matcher, r, i)
           or year and any(_YEAR_IN_RE.search(c) for c in _subject_clauses(matcher, i, r)) for i in shown):
        return reply
    return abstain(matcher, r, "retrieval", phrase(r.language, "no_figure"), score=reply.score)


# agreements named by words another agreement's name holds with one word more: the free trade agreement (the
# CIS's of 2011, which the reports never date) and the agreement on free trade in services (signed in June 2023)
_NARROWER_AGREEMENTS = ((frozenset({"@free", "@trade"}), "@services"),)


def _another_agreement(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the question names an agreement by the words of a narrower one the fact holds, without the
    word that narrows it ("the free trade agreement": not the one on free trade in services)."""
    doc = matcher.doc_by_id.get(fact_id)
    return doc is not None and "@document" in r.keys and any(
        words <= r.keys and narrower not in r.keys and narrower in doc.terms for words, narrower in _NARROWER_AGREEMENTS)


# particular goods asked for ("which specific goods", "какие именно товары"): no report names any
_WHICH_GOODS_RE = re.compile(r"\b(?:which|what|какие|каких|kakie)\s+(?:specific\s+|particular\s+|exact\s+|именно\s+|"
                             r"конкретн\w+\s+)?(?:goods|products?(?: groups?| categories| lines)|products|commodities|categories of goods|"
                             r"товар\w*|групп\w* товаров|продукц\w*|tovar\w*)\b")


# a host asked, which is a place: "which country will host ...", "какая страна примет заседание"
_HOST_ASKED_RE = re.compile(r"\b(?:which|what) (?:country|city|state|nation)\b.*\bhost|"
                            r"\bкак\w* (?:стран|город|государств)\w*\b.*\b(?:прим[уе]т|принима\w*|примет)\b")


_SALARY_RE = re.compile(r"\b(?:salar(?:y|ies)|wages?|earns?|income|зарплат\w*|оклад\w*|получает|zarplat\w*)\b")
BACKGROUND_MARGIN = 20  # a fact this far below the threshold on the whole question may answer past a background one
DAY_MARGIN = 15  # a day asked: a fact giving one this close to a best that gives none answers instead
NEAR_THRESHOLD = 5  # ... even this far below the threshold, when a day is asked and the best (answered) gives none
# ("from what date is the mining agreement": the 2016 document at 59, behind a summary of the sectors at 63)
DAY_ONLY_MARGIN = 35  # ... and the only fact among the closest giving it, this close


SAME_REPORT_MARGIN = 10  # a statement of the best fact's own report this close is shown with it


def _same_report_words(matcher: Matcher, r: Reading, best: Candidate) -> list[str]:
    """The statements of the report an account (a schedule, a result, the background) comes from that
    match the question nearly as well, or hold every word of its subject: "what is Turkmenistan doing
    to prepare" is that report's "preparations are under way" and the minister's account of them,
    not the first alone."""
    entry = matcher.factbase.agreements.get(best.fact_id)
    if entry is None or entry.listed:
        return []
    own = derived(matcher).statements_by_source.get(entry.source, [])
    if not own:
        return []
    scored = matcher.score_facts(_without_meeting_words(matcher, r), own, r.language)
    subject = subject_keys(matcher, r, known_only=True)
    return [c.fact_id for c in scored if c.confidence >= max(matcher.threshold, best.confidence - SAME_REPORT_MARGIN)
            or c.confidence >= matcher.suggest_floor and doc_holds(matcher, c.fact_id, subject)]


_ORDER_WORDS = frozenset("""first second third earliest latest opening firstly первый первым первая первой первое
    первого вторым второй третьим""".split())


def _asks_order_only(matcher: Matcher, r: Reading) -> bool:
    """True when the question's subject is only an order ("who spoke first", "which outlet reported it
    first"): the reports give no order of speakers or reports, and a fact holding "first" is a false friend."""
    order = _ORDER_WORDS | (_LAST_WORDS if _LAST_SPEAKER_RE.search(r.question) else frozenset())  # "who spoke
    if not set(r.words) & order:  # last": the last speaker, not the last (previous) meeting
        return False
    tokens, _ = matcher.analyze(r.question)
    meeting_keys = derived(matcher).meeting_keys
    frame = FRAME | meeting_keys | {"@source"}  # "which report came out first"
    return all(t.word in order or set(t.keys) & frame for t in tokens if not t.entity)


_LAST_WORDS = frozenset("""last final lastly finally closed closing word последним последний последняя последней
    poslednim posledniy""".split())
_LAST_SPEAKER_RE = re.compile(r"\b(?:spoke|speak|speaks|speaking|talked|addressed(?:\s+(?:the\s+)?\w+)?)\s+(?:last|final|lastly|finally)\b|"
                              r"\b(?:last|final|closing)\s+(?:speakers?|speech|remarks|word)\b|\bclosed\s+(?:the\s+)?(?:meeting|session)\b|"
                              r"\bпоследн\w+\s+выступ\w+|\bвыступ\w+\s+последн\w+|\bvystupal\w*\s+poslednim\b|\bposlednim\s+vystupal\w*",
                              re.IGNORECASE)


def _misses_the_number(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the question names a number or year (beyond the meeting's own date) and the fact
    holds none of those it names: a number is the most specific thing a question can say."""
    tokens, _ = matcher.analyze(r.question)
    meeting_keys = derived(matcher).meeting_keys
    numbers = [set(t.keys) for t in tokens if any(k.isdigit() for k in t.keys) and not set(t.keys) & meeting_keys]
    if not numbers or any(doc_holds(matcher, fact_id, [keys]) for keys in numbers):
        return False
    # "the May 2024 session": a 2024 report's "24 May" means that year
    meant = {str(year) for year in years_meant(matcher.factbase, fact_id)}
    return not any(keys & meant for keys in numbers)


def _quote_of(factbase: FactBase, fact_id: str) -> str:
    entry = factbase.entry(fact_id)
    return entry.quote if entry else ""


def _speaker_of(factbase: FactBase, fact_id: str) -> str | None:
    entry = factbase.statements.get(fact_id)
    return entry.speaker if entry else None


_NEXT_PLACE = frozenset({"ashgabat", "ашхабад"})  # the next meeting's city, as the matcher keys it


def _without_meeting_words(matcher: Matcher, r: Reading) -> str:
    """The question without the words naming this meeting's place and date ("in Bishkek"),
    when it says something else: every fact is about this meeting, so they only cost score."""
    meeting_keys = derived(matcher).meeting_keys
    tokens, _ = matcher.analyze(r.question)
    drop = {t.word for t in tokens if not t.entity and set(t.keys) <= meeting_keys}
    if not drop or all(t.word in drop or set(t.keys) <= FRAME for t in tokens):
        return r.question
    return without_words(r.question, drop)


def _match_without_next_place(matcher: Matcher, r: Reading, question: str) -> MatchResult | None:
    """"When is the briefing in Ashgabat before the session": the report on the next meeting's
    preparations says "the capital", so the city is left out, beside a word the schedule facts
    don't hold, if what then answers is a fact of a report on the next meeting (never a forum
    elsewhere that merely lacks the city)."""
    known = derived(matcher)
    tokens, _ = matcher.analyze(question)
    place = {t.word for t in tokens if set(t.keys) & known.schedule_keys and not t.entity
             and any(k in _NEXT_PLACE for k in t.keys)}
    beyond = [t for t in tokens if not t.entity and not set(t.keys) & (FRAME | known.meeting_keys | known.schedule_keys)
              and not any(k.startswith("@") for k in t.keys)]
    if not place or not beyond:
        return None
    result = matcher.match(without_words(question, place), r.language)
    if not result.answered or result.best is None:
        return None
    schedule_reports = {a.source for a in known.by_kind.get("schedule", [])}
    entry = matcher.factbase.entry(result.best.fact_id)
    return result if entry is not None and entry.source in schedule_reports else None


def _only_meeting_and_unknown(matcher: Matcher, r: Reading) -> bool:
    """True when the question's only known words name this meeting (its place, date, name)
    and it also holds a word no fact knows: it asks about something else at that meeting."""
    tokens, unknown = matcher.analyze(r.question)
    meeting_keys = derived(matcher).meeting_keys
    strange = [w for w in unknown if len(w) > 3 and w not in NOT_TOPIC]
    return bool(strange) and any(set(t.keys) <= meeting_keys for t in tokens) and all(
        not t.entity and set(t.keys) <= (meeting_keys | FRAME) for t in tokens)


def unknown_names(matcher: Matcher, r: Reading) -> list[str]:
    """Capitalised words inside a question that no fact and no lexicon knows ("Gaza", "GDP"):
    names of something the reports never mention. The first word is left alone (capitalised
    anyway), and so are words the matcher reads (typos of known names included)."""
    _, unknown = matcher.analyze(r.question)
    unknown_set = set(unknown)
    names = []
    previous = ""
    for index, raw in enumerate(r.question.split()):
        core = raw.strip(".,;:!?()[]{}«»\"'“”")
        starts_sentence = index == 0 or previous.endswith((".", "?", "!", ":"))
        previous = raw
        if starts_sentence or len(core) < 3 or not core[:1].isupper():
            continue
        words = tokenize(core)
        if words and all(w in unknown_set for w in words):
            names.append(core)
    return names


def capitalised_unknown(matcher: Matcher, r: Reading) -> bool:
    """True when a word no fact knows is written with a capital, the first word included ("Путин")."""
    return bool(unknown_capitalised(matcher, r))


_PERCENT_WORDS = frozenset("percent percents percentage percentages процент процента процентов процентах "
                           "protsent protsentov".split())
# "what trade turnover figure did Smailov give", "какую цифру назвал": a number, which the quote must hold
_FIGURE_WORDS = frozenset("""figure figures statistic statistics цифру цифры цифра цифр показатель показатели
    cifru cifry cifra cifr""".split())  # "cifru": Latin Russian with c for ц
_QUANTITY_WORDS = frozenset("""turnover volume volumes товарооборот товарооборота объём объем объёма объема
    объёмы объемы""".split())
_FIGURE_WORDS = _FIGURE_WORDS | {transliterate(w) for w in _FIGURE_WORDS if is_cyrillic(w)}  # "nazval li tsifru"
_QUANTITY_WORDS = _QUANTITY_WORDS | {transliterate(w) for w in _QUANTITY_WORDS if is_cyrillic(w)}
_PERCENT_RE = re.compile(r"%|\bper ?cent|процент", re.IGNORECASE)
# "what turnover did Smailov name", "какой товарооборот назвал": the quantity itself, whoever gave it
_QUANTITY_ASKED_RE = re.compile(r"\b(what|which|какой|какого|какую|какие|kakoy|каков\w*|kakov\w*)( (was|is|were|the|cis|снг|"
                                r"sng|mutual|trade|[a-z]+ s|"  # ("what was Kazakhstan's trade turnover")
                                r"total|overall|annual|был|была|было|взаимн\w*|торгов\w*|общ\w*|\d{4})){0,7} (turnover|volume|"
                                r"товарооборот\w*|объ[её]м\w*)|\b(value|worth) of (the )?(\w+ )?(trade|exports?|imports?|"
                                r"turnover)\b|\bстоимость (взаимной )?(торговли|экспорта|импорта)|"
                                r"\binstalled (power |generating )?capacity\b|\bустановленн\w* мощност\w*")
# a length, a weight: "how long in kilometres", "сколько километров"
_MEASURE_WORDS = frozenset("""km kilometres kilometers kilometre kilometer miles mile tonnes tons tonne ton length
    размер размера размеры размере ставка ставки ставку size
    тираж тиражом тиража circulation mintage
    mw megawatt megawatts gw gigawatt gigawatts kwh мвт мегаватт мегаватта мегаваттах гигаватт квт
    км километров километра километры тонн тонны тонна длина длину длиной протяжённость протяженность
    протяжённости протяженности""".split())


def asks_figure(r: Reading) -> bool:
    """A number is asked: a count, money, a share, or "how much" ("how much did Kyrgyzstan spend on
    hosting", "by what percentage did trade grow")."""
    return figure_asked(r.words, r.keys, bool(r.people))


@per_question  # (asked of one question by several rules)
def figure_asked(asked: tuple[str, ...], keys: frozenset[str], people: bool) -> bool:
    """`asks_figure` of a question's words, keys and whether it names people."""
    if " a number of " in f" {' '.join(asked)} " and not {"how", "what", "which"} & set(asked):
        return False  # "who said the delegations made a number of proposals": several, no figure asked
    words = set(asked)
    figure = bool(words & _FIGURE_WORDS) and not words & {"who", "кто", "kto"}  # not "who were the key figures"
    # "what was the CIS's trade turnover in 2023": a quantity, unless someone's words on it are asked
    figure = figure or bool(words & _QUANTITY_WORDS) and "@say" not in keys and not people
    text = " ".join(asked)
    figure = figure or bool(words & _MEASURE_WORDS) or _QUANTITY_ASKED_RE.search(text) is not None
    return "@count" in keys or bool(money_asked(asked) or words & _PERCENT_WORDS) or figure \
        or _HOW_MUCH_RE.search(text) is not None


_HOW_MUCH_RE = re.compile(r"\bhow much\b")
# Who made a thing: the reports name documents and medals, never who designed or drafted them
_MAKER_RE = re.compile(r"\b(who|кто|kto)\b.*\b(designed|developed|created|invented|drafted|authored|"
                       r"разработал\w*|создал\w*|придумал\w*|нарисовал\w*|автор\w*)\b")


# "why was it moved", "почему", "зачем", "for what reason": a reason, which the reports seldom give
_WHY_GATE = ("why", "how come", "reason", "почему", "зачем", "отчего", "причин", "с какой целью", "pochemu", "zachem")
_WHY_RE = re.compile(r"\b(why|how come|for what reason|what was the reason|почему|зачем|отчего|по какой причине|"
                     r"с какой целью|pochemu|zachem)\b")
# what a quote says when it gives a reason or a purpose ("aimed at", "this will help", "чтобы")
_REASON_RE = re.compile(r"\b(because|since|due to|owing to|in order to|so as to|so that|aimed at|with the aim|"
                        r"for the purpose|in view of|as a result of|will help|would help|help to|will allow|allowing|"
                        r"will give|will ensure|даст|обеспечит|позволяя|"
                        r"will contribute|потому что|так как|поскольку|из-за|в связи с|в целях|с целью|для того|"
                        r"чтобы|направлен\w*|поможет|позволит|будет способствовать)\b", re.IGNORECASE)
# whose proposal it was: why Bishkek was the venue ("по предложению Кыргызстана"), but not why a date
# was changed: "why was it moved to the 26th" is not answered by the proposal that named the 27th
_PROPOSAL_RE = re.compile(r"\b(по предложению|по инициативе|at the (proposal|initiative|suggestion)|"
                          r"at \w+(?:'s|’s) (proposal|initiative|suggestion)|on the initiative|proposed by)\b",
                          re.IGNORECASE)
_CHANGED_RE = re.compile(r"\b(moved|move|postponed|rescheduled|brought forward|changed|shifted|rather than|"
                         r"instead of|а не|вместо|перенес\w*|"
                         r"перенос\w*|сдвинул\w*|изменил\w*|передвинул\w*)\b")


# the venue of this meeting, whose choice the proposal explains ("why Bishkek", "почему именно там")
_VENUE_WORDS = frozenset("bishkek бишкек бишкеке бишкеку venue there там здесь место места местом".split())


def asks_why(r: Reading) -> bool:
    """"Why was the meeting moved from 27 to 26 October?", "Почему Кыргызстан...": a reason is asked."""
    text = " ".join(r.words)
    return has_any(text, _WHY_GATE) and _WHY_RE.search(text) is not None


def asks_a_change(r: Reading) -> bool:
    """True when a change is asked of ("why was it moved", "почему перенесли", "rather than the 27th")."""
    return _CHANGED_RE.search(" ".join(r.words)) is not None


def gives_a_reason(factbase: FactBase, reply: Reply, r: Reading) -> bool:
    """True when a fact the reply shows gives a reason in its quote (whose proposal it was counts
    for why the venue was chosen, not for why something was changed)."""
    proposals = not asks_a_change(r) and bool(set(r.words) & _VENUE_WORDS)
    return any(_REASON_RE.search(q) or proposals and _PROPOSAL_RE.search(q) for q in _quotes_shown(factbase, reply))


def _quotes_shown(factbase: FactBase, reply: Reply) -> list[str]:
    """The quotes of the facts a reply shows."""
    ids = [reply.fact_id, *(i.fact_id for i in reply.items)]
    return [entry.quote or "" for fact_id in ids if (entry := factbase.entry(fact_id or ""))]


def shows_a_proposal(factbase: FactBase, reply: Reply) -> bool:
    """True when a fact the reply shows tells of a proposal or an initiative in its quote ("по предложению
    Кыргызстана", "initiated by Uzbekistan"): what a question of whose idea a thing was needs."""
    return any(_PROPOSAL_RE.search(q) or _INITIATED_RE.search(q.lower()) for q in _quotes_shown(factbase, reply))


def asks_maker(r: Reading) -> bool:
    """"Who designed the jubilee medal?", "Кто разработал концепцию?": the maker of a thing."""
    return _MAKER_RE.search(" ".join(r.words)) is not None


_YEAR_ASK_RE = re.compile(r"\b(what year|which year|until when|in what year|what target year|target year|by what year|"
                          r"какого года|какой год|каком году|к какому году|до какого|до каких пор)\b")


_YEAR_IN_RE = re.compile(r"\b(?:19|20)\d\d\b")
# a term's end asked: "until what year", "by what year", "до какого года"
_UNTIL_YEAR_RE = re.compile(r"\b(?:until|till|up to|to|by) (?:what|which) year\b|\buntil when\b|\bдо какого года\b|"
                            r"\bк какому году\b|\bdo kakogo goda\b")
# the day asked: "which days", "what exact date", "какого числа", "в какие числа"
_DAY_GATE = ("day", "date", "числ", "дни", "день", "дат", "chisl")  # (one of which any match of _DAY_ASK_RE holds)
_DAY_ASK_RE = re.compile(r"\b(which|what|exact|precise|specific|particular) (exact |specific )?(day|days|dates?)\b|"
                         r"\bon what date|"  # (and "на какие конкретные числа апреля")
                         r"\b(какого|какое|какие|каких)( именно| конкретн\w*| точн\w*)? числ\w*|\bв какие дни|"
                         r"\bв какой( именно)? день|"
                         r"\bточн\w* (?:дат\w*|числ\w*|дни|дн[яе]\w*)|\bдни нужны\b|\b(?:exact|precise) dates?\b|"
                         r"\b(?:kakogo|kakoe|kakie)( tochno)? chisl\w*")  # (Russian in Latin letters: "kakogo chisla")


def asks_day(r: Reading) -> bool:
    """True when the question asks for a day of the month ("on what date", "какого числа", "в какой день")."""
    text = " ".join(r.words)
    return has_any(text, _DAY_GATE) and _DAY_ASK_RE.search(text) is not None
# a day's number beside a month, in either order ("24 May", "May 24", "24 мая")
# a month's name, whole ("may", "maja"): a prefix would take "12 decisions" for a day in December
_MONTH_NAMES = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
                r"jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|"
                r"июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*")
_DAY_IN_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_NAMES})\b|\b(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}\b",
                        re.IGNORECASE)


def _with_the_day_named(matcher: Matcher, r: Reading, question: str, result: MatchResult) -> MatchResult:
    """"What is planned for 20 May in Ashgabat": of the facts nearly as close as the best, the one that
    names that day, when the best names none of the days asked (this meeting's own day is every one
    of its facts', named or not)."""
    meeting = matcher.factbase.meeting
    asked = dates_in(r.words) - ({(meeting.date.day, meeting.date.month)} if meeting else set())
    best = result.best
    if not asked or not result.answered or best is None or asked & _days_of(matcher.factbase, best.fact_id):
        return result
    ranked = replace(result, alternatives=tuple(c for c in matcher.rank(question, r.language, limit=6)
                                                if c.fact_id != best.fact_id))
    moved = _tied_first(ranked, lambda fact: bool(asked & _days_of(matcher.factbase, fact)), DAY_MARGIN)
    giving = [c for c in ranked.alternatives if asked & _days_of(matcher.factbase, c.fact_id)]
    if moved.best is best and len(giving) == 1:  # "что планировалось в Ашхабаде 23 мая": the one fact naming the
        # day, further off (the schedule's 24 May fact is closer in its other words)
        moved = _tied_first(ranked, lambda fact: fact == giving[0].fact_id, DAY_ONLY_MARGIN)
    if moved.best is best:
        return result
    # the facts that name none of the days asked are not shown beside it as if they matched as well
    return replace(moved, alternatives=tuple(c for c in moved.alternatives
                                             if asked & _days_of(matcher.factbase, c.fact_id)))


def _days_of(factbase: FactBase, fact_id: str) -> set[tuple[int, int]]:
    """The days of a month a fact names in its quote or titles."""
    entry = factbase.entry(fact_id)
    return set() if entry is None else set().union(*(dates_in(tokenize(t)) for t in entry_texts(entry)))


def _gives_day(factbase: FactBase, fact_id: str) -> bool:
    """True when a fact names a day of a month in its quote or titles (the meeting always does)."""
    entry = factbase.entry(fact_id)
    if entry is None or (factbase.meeting is not None and fact_id == factbase.meeting.id):
        return True
    return any(_DAY_IN_RE.search(t) for t in entry_texts(entry))
# a time in a fact: a year, a month, a day's number, or a word for a time
_TIME_IN_RE = re.compile(
    rf"\b(?:19|20)\d\d\b|\b\d{{1,2}}\b|\b({_MONTH_NAMES}|today|yesterday|tomorrow|week|month|year|annual\w*|"
    r"сегодня|вчера|завтра|недел\w*|месяц\w*|год\w*|ежегодн\w*)\b", re.IGNORECASE)


WHEN_WHERE_MARGIN = 20  # how far below the threshold a fact may come for the asking words to be set aside
# words that ask for a time or a place, which a fact gives in its text, not in its words ("city and month?")
_WHEN_WHERE = frozenset("""when where date dates day days month year time city place venue location town
    когда где дата даты дату число числа день дни месяц месяца год года время город городе место места
    kogda gde data""".split())


def gives_when_where(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the fact gives what the question's asking words ask: a place for "where", a month for "when"
    (a time to the month, "April 2024", "October 28, 2016", not a bare year a fact may give of something else)."""
    asked = set(r.words) & _WHEN_WHERE
    entry = matcher.factbase.entry(fact_id)
    dated = entry is not None and any(_MONTH_IN_RE.search(t) for t in entry_texts(entry))
    return not (asked & _WHERE_ASKED and not _gives_place(matcher, fact_id) or asked - _WHERE_ASKED and not dated)


def without_when_where(r: Reading) -> str | None:
    """The question without its words asking when and where ("when and where was the last meeting held" ->
    "was the last meeting held"), or None when it has none or nothing else."""
    asked = set(r.words) & _WHEN_WHERE
    bare = without_words(r.question, asked) if asked else None
    return bare if bare and bare != r.question else None


def _when_and_where_given(matcher: Matcher, r: Reading, question: str) -> MatchResult | None:
    """The match for a question asking only when and where something is ("Innoprom forum: city and month?",
    "от какой даты соглашение ..."), found without the asking words, when the fact found gives each asked: a
    place for "where", a time for "when". None when the question asks neither, or no fact so found gives them."""
    asked = set(r.words) & _WHEN_WHERE
    if not asked or any(is_year(w) or w in _SEASONS_AND_MONTHS for w in r.words):
        return None  # (a time the question gives itself, "the autumn 2024 meeting": another event, or a check)
    bare = without_words(question, asked)
    if not bare or bare == question or not subject_keys(matcher, read(matcher, bare, r.language), known_only=True):
        return None
    found = matcher.match(bare, r.language)
    if not found.answered or found.best is None or not gives_when_where(matcher, r, found.best.fact_id):
        return None
    return found


_MONTH_IN_RE = re.compile(rf"\b(?:{_MONTH_NAMES})\b", re.IGNORECASE)


_SEASONS_AND_MONTHS = SEASONS.keys() | MONTHS.keys()
_WHERE_ASKED = frozenset("where city place venue location town где город городе место места gde".split())


_PLACE_WORDS = frozenset("""capital city venue столица столице столицы город городе capital's
    ashgabat ashkhabad ашхабад ашхабаде tashkent ташкент ташкенте bishkek бишкек бишкеке""".split())


def _without_unnamed_events(matcher: Matcher, r: Reading, result: MatchResult) -> MatchResult:
    """The result without the facts about another event (`elsewhere`: the Minsk meeting of the
    permanent representatives) that the question does not name: "was security discussed" asks about
    this meeting, whatever words the Minsk fact shares with it."""
    if not result.answered or result.best is None:
        return result
    candidates = (result.best, *result.alternatives)
    kept = [c for c in candidates if names_its_event(matcher, r, c.fact_id)]
    if len(kept) == len(candidates):
        return result
    if not kept or kept[0].confidence < matcher.threshold:
        return replace(result, answered=False, best=kept[0] if kept else None, alternatives=tuple(kept[1:]),
                       reason="low-confidence")
    return replace(result, best=kept[0], alternatives=tuple(kept[1:]))


# what a question may ask of another event's fact only if the fact says it: a signing, a date, who came
_EVENT_FRAMES = frozenset({"@sign", "@adopt", "@when", "@premier", "@president", "@count"})


def what_its_event_holds(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """False when the fact is about another event (`elsewhere`) and the question asks of it what the fact
    does not say ("what was signed in Minsk", "when will they meet in Minsk") or takes this meeting's
    body there ("did the heads of government meet in Minsk"); True otherwise."""
    entry = matcher.factbase.entry(fact_id)
    names = getattr(entry, "elsewhere", ())
    doc = matcher.doc_by_id.get(fact_id)
    if not names or doc is None:
        return True
    if (r.keys & _EVENT_FRAMES) - doc.terms.keys():
        return False
    body = [n for n in names if not any(w in OTHER_PLACES for w in tokenize(n))]
    names_body = any(_holds(matcher, r, name) for name in body)  # "the permanent representatives"
    meeting = matcher.factbase.meeting
    title = f"{meeting.title} {meeting.title_ru or ''}" if meeting else ""
    body_keys = {k for t in matcher.analyze(title)[0] for k in t.keys} - FRAME  # "heads of government"
    return names_body or not {k for t in matcher.analyze(r.question)[0] for k in t.keys} & body_keys


def _holds(matcher: Matcher, r: Reading, name: str) -> bool:
    """True when the question holds every word of a name ("permanent representatives")."""
    asked = {k for t in matcher.analyze(r.question)[0] for k in t.keys} | set(r.words)
    tokens, unknown = matcher.analyze(name)
    keys = [set(t.keys) for t in tokens] + [{w} for w in unknown]
    return bool(keys) and all(k & asked for k in keys)


def names_its_event(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True unless the fact is about another event (`elsewhere`) that the question names in none of
    the fact's words for it ("Minsk", "постпреды")."""
    entry = matcher.factbase.entry(fact_id)
    names = getattr(entry, "elsewhere", ())
    if not names:
        return True
    return any(_holds(matcher, r, name) for name in names)


def is_background(matcher: Matcher, fact_id: str) -> bool:
    """True for a fact of the background to the meeting (where and when it was decided), not of the meeting."""
    entry = matcher.factbase.agreements.get(fact_id)
    return entry is not None and entry.agreement_kind == "background"


def _past_the_background(matcher: Matcher, r: Reading, question: str, result: MatchResult) -> MatchResult:
    """The result of the question asked without the words its background best holds, when the question names a
    subject the background holds nothing of and that result's best holds it ("... год волонтёров. Какой это год, и
    решили это на встрече в Бишкеке?": the volunteer year, not where the venue was decided); else `result`."""
    assert result.best is not None
    background = result.best.fact_id
    known = derived(matcher)
    missed = [keys for keys in _subject_not_held(matcher, r, background)
              if all(k.startswith("@") and k not in FRAME | known.meeting_keys | known.schedule_keys | {"@source"}
                     for k in keys)]
    meeting = matcher.factbase.meeting
    if not missed or meeting is None or any(w in OTHER_PLACES for w in r.words) \
            or any(MONTHS.get(w, meeting.date.month) != meeting.date.month for w in r.words) \
            or any(is_year(w) and w != str(meeting.date.year) for w in r.words):
        return result  # (not "what did they sign in Sochi in June on services": the background's own occasion)
    # "What was decided about trade?": the venue's decision holds nothing of trade, and no fact on trade is found
    unheld = replace(result, answered=False, reason="low-confidence") \
        if _holds_only_the_frame(matcher, r, background, missed) else result
    tokens, _ = matcher.analyze(question)
    held = {t.word for t in tokens if doc_holds(matcher, background, [set(t.keys)])
            and not any(set(t.keys) & keys for keys in missed)}
    bare = " ".join(w for w in tokenize(question) if w not in held)
    again = matcher.match(bare, r.language)
    if not again.answered or again.best is None or again.best.confidence < result.best.confidence \
            or not doc_holds(matcher, again.best.fact_id, missed):
        return unheld  # (found as surely as the background was, or not at all)
    near = {c.fact_id: c.confidence for c in matcher.rank(question, r.language, limit=8)}
    if near.get(again.best.fact_id, 0) < matcher.threshold - BACKGROUND_MARGIN:
        return unheld  # (and close behind it on the whole question: not "why was the date changed" as a revision of
    return again  # the free trade agreement, found by "changed" alone)


_DECISION_STEM_RE = re.compile(r"(?:decid|decis|agree|реш|resh|договор|dogovor)")  # the decision asked of, no subject


def _holds_only_the_frame(matcher: Matcher, r: Reading, fact_id: str, missed: list[set[str]]) -> bool:
    """True when a background fact holds none of what a question asks beyond a decision and this meeting: every
    subject the facts know, less the meeting's own words and the frame, is among the `missed`."""
    known = derived(matcher)
    asked = [keys for keys in subject_keys(matcher, r, known_only=True)
             if not keys <= FRAME | known.meeting_keys | {"@when", "@year", "@source"}
             and not any(k.startswith(("C:", "P:")) for k in keys)
             and not all(_DECISION_STEM_RE.match(k) for k in keys)]
    return bool(asked) and all(keys in missed for keys in asked) and "@where" not in r.keys


def _subject_not_held(matcher: Matcher, r: Reading, fact_id: str) -> list[set[str]]:
    """The subjects of the question the facts know that the fact does not hold (not its time words)."""
    subject = [keys for keys in subject_keys(matcher, r, known_only=True) if not keys <= {"@when", "@year"}]
    return [keys for keys in subject if not doc_holds(matcher, fact_id, [keys])]


def _holds_what_is_asked(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the fact holds every subject of the question the facts know (not its time words)."""
    subject = [keys for keys in subject_keys(matcher, r, known_only=True) if not keys <= {"@when", "@year"}]
    return bool(subject) and doc_holds(matcher, fact_id, subject)


def _gives_year_ahead(matcher: Matcher, fact_id: str) -> bool:
    """True when the fact's words name a year not before the meeting's (a term ahead: "until 2030")."""
    entry = matcher.factbase.entry(fact_id)
    return entry is not None and _names_a_year_ahead(matcher, entry_texts(entry))


def _names_a_year_ahead(matcher: Matcher, texts: Iterable[str]) -> bool:
    """True when one of the texts names a year not before the meeting's."""
    meeting = matcher.factbase.meeting
    return meeting is not None and any(int(y) >= meeting.date.year for text in texts for y in _YEAR_IN_RE.findall(text))


def _closer_giving(matcher: Matcher, r: Reading, question: str, result: MatchResult,
                   *tries: tuple[Callable[[str], bool], int]) -> MatchResult | None:
    """The result with a fact nearly as close as its best (within DAY_MARGIN, at the try's floor) that its `gives`
    finds giving what is asked put first, when its best does not give it; each (gives, floor) tried in turn
    against one ranking of the facts; None when no try moves a fact up."""
    if not result.answered or result.best is None:
        return None
    best = result.best
    ranked: MatchResult | None = None
    for gives, floor in tries:
        if gives(best.fact_id):
            continue
        if ranked is None:  # (ranked once, only when a try needs it)
            ranked = replace(result, alternatives=tuple(c for c in matcher.rank(question, r.language, limit=6)
                                                        if c.fact_id != best.fact_id))
        moved = _tied_first(ranked, gives, DAY_MARGIN, floor)
        if moved.best is not best:
            return moved
    return None


def _tied_first(result: MatchResult, gives: Callable[[str], bool], margin: int = TIE_MARGIN,
                floor: int = 0) -> MatchResult:
    """The result with the first fact within `margin` of its best (and at `floor` or above) that
    `gives` what is asked as its best."""
    assert result.best is not None
    tied = [c for c in result.alternatives if c.confidence >= max(result.best.confidence - margin, floor)]
    found = next((c for c in tied if gives(c.fact_id)), None)
    if found is None:
        return result
    others = (result.best, *(c for c in result.alternatives if c is not found))
    return replace(result, best=found, alternatives=others)


def _where_asked(matcher: Matcher, r: Reading) -> bool:
    """True when the question asks where: a "where" in a sentence that asks, not in the story told before it
    ("Служил в войсках, где без кооперации ... Что казахский премьер говорил про кооперацию?")."""
    if "@where" not in r.keys:
        return False
    sentences = sentences_of(r.question)
    asking = asking_sentences(sentences)
    if not asking or len(asking) == len(sentences):
        return True
    return any("@where" in t.keys for s in asking for t in matcher.analyze(s)[0])


def _gives_place(matcher: Matcher, fact_id: str) -> bool:
    """True when a fact names a place: a country, a city, "the capital"."""
    entry = matcher.factbase.entry(fact_id)
    doc = matcher.doc_by_id.get(fact_id)
    if entry is None or doc is None:
        return True  # the meeting, or a list: not a fact to judge
    text = " ".join(t for t in entry_texts(entry) if t)
    if doc.kind != "statement" and any(k.startswith("C:") for k in doc.entities):
        return True
    if doc.kind == "statement" and any(k.startswith("C:") for t in matcher.analyze(text)[0] for k in t.keys):
        return True  # a country its words name, not the speaker's own (every statement carries that)
    return bool(set(tokenize(text)) & (_PLACE_WORDS | set(OTHER_PLACES)))


def _gives_time(factbase: FactBase, fact_id: str) -> bool:
    """True when a fact's quote or title names a time (a year, a month, a date, "last week")."""
    entry = factbase.entry(fact_id)
    if entry is None:
        return True  # the meeting, or a list: not a fact to judge
    return any(_TIME_IN_RE.search(t) for t in entry_texts(entry))


_LIST_ITEM_RE = re.compile(r";\s+|,\s+(?=(?:о|об|on|about)\s)", re.IGNORECASE)


def _subject_clauses(matcher: Matcher, fact_id: str, r: Reading) -> list[str]:
    """The clauses of a fact's quote that hold the question's subject ("geodesy" in TASS's list of
    the documents), or the whole quote when none does or the question names none: a figure or a
    year must be in the clause about what was asked, not elsewhere in a long list."""
    entry = matcher.factbase.entry(fact_id)
    quote = (entry.quote if entry else "") or ""
    subject = [keys for keys in subject_keys(matcher, r, known_only=True, frame=COUNT_FRAME | {"@year"})
               if not is_number(keys)]
    clauses = [c for c in _LIST_ITEM_RE.split(quote) if c.strip()]  # "о X, о Y, о Z": one item each
    if not subject or len(clauses) < 2:
        return [quote]
    holding = []
    for clause in clauses:
        tokens, _ = matcher.analyze(clause)
        keys = {k for t in tokens for k in t.keys}
        if any(keys & asked for asked in subject):
            holding.append(clause)
    return holding or [quote]


def _answers_the_figure(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the fact gives a figure of the kind asked, in its clauses about the question's subject."""
    return _gives_figure(matcher.factbase, fact_id, r, _subject_clauses(matcher, fact_id, r)) \
        and _holds_a_subject(matcher, fact_id, r)


def _holds_a_subject(matcher: Matcher, fact_id: str, r: Reading) -> bool:
    """True when the fact's texts hold some subject of the question (what a figure is asked of), or the
    question names none beyond how the count is asked."""
    subject = [keys for keys in subject_keys(matcher, r, known_only=True, frame=COUNT_FRAME | {"@year", "@say"})
               if not is_number(keys) and not keys <= {"@say", "@source", "@propose"}]  # "mentioned": how it came up
    return not subject or any(doc_holds(matcher, fact_id, [keys]) for keys in subject)


def _gives_figure(factbase: FactBase, fact_id: str, r: Reading, clauses: list[str] | None = None) -> bool:
    """True when the fact's quote (the clauses about the subject, when given) holds a figure of the
    kind asked: an amount of money for "how much does it cost", any number for "how many"."""
    entry = factbase.entry(fact_id)
    quote = " ".join(clauses) if clauses else (entry.quote if entry else "") or ""
    if money_asked(r.words):
        return bool(_AMOUNT_RE.search(quote))
    if set(r.words) & _PERCENT_WORDS:  # "by what percentage did trade grow": a share, not any number
        return bool(_PERCENT_RE.search(quote))
    undated = _YEAR_RE.sub(" ", quote)  # "in April 2024" tells when, not how many
    counting = "@count" in r.keys or bool(set(r.words) & ({"many", "сколько", "skolko"} | _MEASURE_WORDS))
    if counting and not _YEARS_ASKED_RE.search(" ".join(r.words)):  # "how many years since Victory": its ordinal
        undated = _ORDINAL_RE.sub(" ", undated)  # "к 80-й годовщине", "the 80th anniversary": which, not how many
    return bool(NUMBER_RE.search(undated))


_YEARS_ASKED_RE = re.compile(r"\b(how many years|сколько лет|what anniversary|which anniversary|anniversary number|"
                             r"как\w* (годовщин|юбиле)\w*|skolko let)\b")
_ORDINAL_RE = re.compile(r"\b\d+(?:-?(?:й|я|е|го|ю|м|х|th|st|nd|rd)\b|-?лет\w*|\s+(?:годовщин\w*|anniversary))",
                         re.IGNORECASE)

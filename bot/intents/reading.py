"""Reading a question: its words, the people, countries and concept keys the matcher recognises,
whether it names a topic beyond its frame (`Reading`); the last answer of a conversation
(`Context`); what the intents look up in a fact base, derived once per matcher (`derived`); and
what a question is about beyond its frame (`subject_keys`, `doc_holds`).
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar
from urllib.parse import urlsplit
from weakref import ReferenceType, WeakKeyDictionary, ref

from rapidfuzz import fuzz
from rapidfuzz.distance import DamerauLevenshtein

from bot.facts import AGREEMENT_KINDS, LISTED_KINDS, Agreement, FactBase, Source, Speaker, Statement
from bot.intents.memo import forget_questions, per_question
from bot.intents.vocabulary import (
    AGENDA_FILLER,
    FRAME,
    MEETING_TIME_WORDS,
    MEETING_WORDS,
    NOT_TOPIC,
    NUMBER_WORDS,
    OTHER_PLACES,
    OUTCOME_WORDS,
    SEASON_MONTHS,
    SEASONS,
    WHICH_REPORT_ASKED_RE,
    city_named,
)
from bot.lexicon import COUNTRIES, NEVER_TYPOS, STOPWORDS, Country
from bot.matcher import Matcher, country_key
from bot.text import cyrillic_spellings, has_any, is_cyrillic, normalise, stem, tokenize, transliterate

__all__ = [
    "as_adopted", "VIA_FILLER", "relative_who", "agencies_named", "cited_for_what", "agencies_not_reports", "agency_keys", "delegated_countries", "holds_agency",
    "word_forms",
    "COUNT_FRAME", "Context", "DOCUMENT_KINDS", "MONTHS", "MONTH_NAMES", "OFFICIAL_WORDS", "OVERVIEW_KINDS",
    "REPORT_NOUNS", "Reading", "asks_for_the_carrier", "names_a_countrys_list", "SITE_PARTS", "WH_RE", "without_sources_asked", "adopt", "agency_parts", "agency_words", "agreement_kind", "asks_yes_or_no", "beyond_agenda", "credited_agencies", "credits_by_fact", "dates_in", "delegation_heads",
    "derived", "doc_holds", "forget_questions_of", "governments_text_countries", "names_right_after", "holds_the_subject", "is_number", "keys_held",
    "TextScan", "entry_texts", "impossible_dates", "in_a_name", "is_year", "month_adjectives", "months_named", "prepare", "publisher_words", "read", "reading_score", "sources_named", "subject_keys",
    "without_words", "without_insistence", "without_where_read", "without_east_west", "without_said_again", "words_no_fact_holds", "years_meant", "without_honorifics", "without_asker_frames", "without_its_use", "PASTED_LEAST_WORDS", "PASTED_SPAN_RE", "holds_pasted", "pasted_words", "quoted_spans", "names_a_person", "other_days_named",
]

DOCUMENT_KINDS = tuple(kind for kind in AGREEMENT_KINDS if kind in LISTED_KINDS)  # signed or adopted here


OVERVIEW_KINDS = tuple(kind for kind in AGREEMENT_KINDS if kind not in LISTED_KINDS)


_A_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


_MONTHS_IN = "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре".split()
_MONTHS_EN = "january february march april may june july august september october november december".split()
_MONTHS_OF = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()  # "26 октября"
_MONTHS = {
    **{m: i + 1 for i, m in enumerate(_MONTHS_EN)},
    **{m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())},
    **{m: i + 1 for i, m in enumerate(_MONTHS_OF)},
    **{m: i + 1 for i, m in enumerate("январь февраль март апрель май июнь июль август сентябрь "
                                        "октябрь ноябрь декабрь".split())},
    **{m: i + 1 for i, m in enumerate(_MONTHS_IN)},  # "в октябре"
    **{m: i + 1 for i, m in enumerate("yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya "
                                        "oktyabrya noyabrya dekabrya".split())},  # Russian in Latin letters
}


MONTHS = _MONTHS  # a month's name (English, Russian, short) -> its number
MONTH_NAMES = frozenset((*_MONTHS_EN, *_MONTHS_OF))  # a month's name as written in full ("may", "мая")
# a Russian month's adjective without its two-letter ending ("октябрьская", "февральской"): a report's month
_MONTH_ADJECTIVES = {m: i + 1 for i, m in enumerate("январск февральск мартовск апрельск майск июньск июльск августовск "
                                                      "сентябрьск октябрьск ноябрьск декабрьск".split())}


_ROLE_STOP = frozenset("of the and for cis снг по и".split())


@dataclass(frozen=True)
class Context:
    """The last answer of a conversation, for reading its follow-ups."""

    question: str  # the question as understood (a follow-up already expanded)
    people: tuple[str, ...] = ()  # speaker ids the answer was about
    shown: frozenset[str] = frozenset()  # fact ids already shown
    language: str = "en"
    intent: str = "retrieval"


@dataclass(frozen=True)
class Reading:
    """A question as read: its words, who and what it names, its language."""

    question: str
    language: str
    words: tuple[str, ...]  # every normalised word, stop words included
    keys: frozenset[str]  # concept keys and stems of its content words
    people: tuple[str, ...]  # speaker ids it names unambiguously
    ambiguous: tuple[tuple[str, tuple[str, ...]], ...] = ()  # a word, and the people it could be
    countries: tuple[str, ...] = ()  # country keys ("C:russia")
    topic: bool = False  # it says what it is about beyond its frame (who/said/documents...)
    sure: float = 1.0  # the least similarity of the words that name someone
    unknown_entities: tuple[str, ...] = ()
    when: frozenset[str] = frozenset()  # words placing it in the meeting's time ("at the end"), not a subject
    spoken: tuple[str, ...] = ()  # `words`, Russian typed in Latin letters written back in Cyrillic where known
    asked: str = ""  # the question as typed, before its words were mended ("the Trend story datelined Bishkek")


@dataclass(frozen=True)
class _Derived:
    """What the intents look up in the fact base, computed once per matcher (i.e. per fact base
    version), so that answering stays independent of the fact base's size."""
    statements_by_speaker: dict[str, list[Statement]]
    mentions: dict[str, list[str]]  # person -> statements of others that name them
    by_kind: dict[str, list[Agreement]]
    years: frozenset[str]
    dates: frozenset[tuple[int, int]]
    words: frozenset[str]  # every word of every fact's quote and titles, also in Latin letters
    meeting_keys: frozenset[str]  # the keys of the meeting's own name, place and date
    schedule_keys: frozenset[str]  # what the schedule facts name (the next meeting's place)
    priorities: list[str]  # statements about priorities or the agenda, in fact-base order
    role_words: list[tuple[str, frozenset[str]]]  # (speaker, the stems of a two-word-or-longer role's words)
    host: frozenset[str] = frozenset()  # the country keys in the meeting's place ("Bishkek, Kyrgyzstan")
    host_name: str = ""  # the host country as the meeting's place names it ("Kyrgyzstan")
    elsewhere: dict[str, list[str]] = field(default_factory=dict)  # person -> their words said elsewhere
    statement_ids: dict[str, frozenset[str]] = field(default_factory=dict)  # person -> their statements' ids
    # (year, month) pairs the reports speak of: the meeting's, their publication's, and every month a
    # fact names with a year it names (or, naming none, its report's year): "in May 2024" is known,
    # "autumn 2024" is not
    year_months: frozenset[tuple[int, int]] = frozenset()
    statements_by_source: dict[str, list[str]] = field(default_factory=dict)  # report -> its statements' ids
    # report -> the words that name it (its publisher's, also in Latin letters) and the countries it names
    publishers: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # speaker -> the keys of their name and role ("what did the CIS Secretary General say": no topic)
    title_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    publisher_words: frozenset[str] = frozenset()  # every report's naming words, together
    # the words naming an outlet with one report here ("TASS", "Asia-Plus"; not "Trend", which has two)
    one_report_words: frozenset[str] = frozenset()
    elsewhere_ids: frozenset[str] = frozenset()  # every statement said at another meeting (`elsewhere`, flat)
    # person -> the facts other than statements whose quote has them saying something ("- сказал Лебедев,
    # выступая ... в Сочи"): their words as a report relays them, in facts curated for another purpose
    quoted_in: dict[str, list[str]] = field(default_factory=dict)
    agencies: tuple[str, ...] = ()  # every agency a report or a fact is credited to (`via`, `via_ru`), each once
    next_years: frozenset[str] = frozenset()  # the years the next meeting's facts give ("May 2024")
    next_months: frozenset[tuple[int, int]] = frozenset()  # the (year, month) pairs they give: (2024, 5)
    delegated: frozenset[str] = frozenset()  # the countries a delegation came from (their keys)
    # (question, its words) -> the reports it names: read by many rules for one question, found once
    named_memo: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = field(default_factory=dict)
    agencies_memo: dict[str, tuple[str, ...]] = field(default_factory=dict)  # question -> the agencies it names


_DERIVED: WeakKeyDictionary[Matcher, _Derived] = WeakKeyDictionary()


def agency_parts(text: str) -> list[str]:
    """The agencies one `via` line names, each its own ("BelTA, Interfax and AKIpress": three)."""
    return [p for p in re.split(r",\s*|\s+(?:and|и)\s+", text) if p.strip()]


_AGENCY_WORDS: WeakKeyDictionary[Matcher, frozenset[str]] = WeakKeyDictionary()


def agency_words(matcher: Matcher) -> frozenset[str]:
    """Every word of every agency's name the reports credit ("belta", "interfax", "press", "service"), once
    per fact base."""
    found = _AGENCY_WORDS.get(matcher)
    if found is None:
        found = _AGENCY_WORDS[matcher] = frozenset(w for agency in derived(matcher).agencies for w in tokenize(agency))
    return found


def credits_by_fact(matcher: Matcher, source_id: str) -> bool:
    """True when a report credits its facts one by one (Asia-Plus: BelTA for some, Interfax for others)."""
    return matcher.factbase.credits_by_fact(source_id)


def credited_agencies(factbase: FactBase, entry: Statement | Agreement) -> set[str]:
    """The agencies a fact's report credits it to: its own, else those its whole report cites (never those a
    report credits other facts to: Asia-Plus's "twenty documents" are no agency's)."""
    report = factbase.report_via(entry)
    credit = entry if entry.via else report
    return set(agency_parts(credit.via or "")) | set(agency_parts(credit.via_ru or "")) if credit is not None else set()


class TextScan:
    """The years, dates, words and (year, month) pairs of the fact texts (quotes, titles,
    overview answers), gathered from the words the matcher's build reads (`Matcher(seen=
    scan.see)`): at 100,000 facts, tokenising every text again for these was a fifth of the
    build. A text the build did not read is tokenised by `finish`."""

    def __init__(self, factbase: FactBase) -> None:
        # text -> the publication dates of the reports whose quote or title it is (a month it
        # names without a year is in that report's year); an overview answer's is empty
        self._waiting: dict[str, set[date | None]] = {}
        for entry in factbase.entries():
            source = factbase.sources.get(entry.source) if isinstance(entry.source, str) else None
            published = source.published if source else None
            for text in entry_texts(entry):
                self._waiting.setdefault(text, set()).add(published)
            for name in ("answer", "answer_ru"):
                if isinstance(value := getattr(entry, name, None), str):
                    self._waiting.setdefault(value, set())
        self.years: set[str] = set()
        self.dates: set[tuple[int, int]] = set()
        self.words: set[str] = set()
        self.year_months: set[tuple[int, int]] = set()

    def see(self, text: str, tokens: list[str]) -> None:
        """Take a text's words (`tokenize(text)`), if it is a fact text not yet taken."""
        published = self._waiting.pop(text, None)
        if published is not None:
            self._take(text, tokens, published)

    def finish(self) -> TextScan:
        """Take the fact texts no build read."""
        for text, published in self._waiting.items():
            self._take(text, tokenize(text), published)
        self._waiting = {}
        return self

    def _take(self, text: str, tokens: list[str], published: set[date | None]) -> None:
        if "19" in text or "20" in text:  # a year is 19xx or 20xx: most texts hold neither
            self.years.update(_A_YEAR_RE.findall(text))
        if not _MONTHS.keys().isdisjoint(tokens):  # most texts name no month: skip the walk
            self.dates.update(dates_in(tokens))
            for when in published:
                self.year_months.update(_months_with_years(tokens, when))
        self.words.update(tokens)


def _months_with_years(tokens: list[str], published: date | None) -> set[tuple[int, int]]:
    """The (year, month) pairs a text names: "May 2024"; "24 May" in its report's year, and
    "October last year" in the one before."""
    found = set()
    for i, month in months_named(tokens).items():
        year = next((int(w) for w in tokens[i + 1: i + 4] if is_year(w)), None)
        if year is None and published:
            after = " ".join(tokens[i + 1: i + 4])
            year = published.year - 1 if re.search(r"\blast year|прошлого года|прошлом году", after) \
                else published.year
        if year:
            found.add((year, month))
    return found


def years_meant(factbase: FactBase, fact_id: str) -> set[int]:
    """The years a fact's texts mean by the months they name ("24 May" in a 2024 report is May 2024)."""
    entry = factbase.entry(fact_id)
    if entry is None:
        return set()
    source = factbase.sources.get(entry.source) if isinstance(entry.source, str) else None
    published = source.published if source else None
    return {year for text in entry_texts(entry) for year, _ in _months_with_years(tokenize(text), published)}


def without_words(question: str, drop: Collection[str], *, latin: bool = False) -> str:
    """The question without each of its words whose tokens are in `drop` (with `latin`, also a
    word whose tokens, spelt in Latin letters, are: "ТАСС" for "tass")."""
    def dropped(raw: str) -> bool:
        tokens = tokenize(raw)
        return any(t in drop or latin and transliterate(t) in drop for t in tokens)
    return " ".join(w for w in question.split() if not dropped(w))


def country_words(matcher: Matcher, question: str, among: Collection[str] | None = None) -> set[str]:
    """The words of a question that name a country (one of `among`, country keys, when given): "Kyrgyz" in
    "the Kyrgyz government's list"."""
    tokens, _ = matcher.analyze(question)
    return {t.word for t in tokens if any(k.startswith("C:") and (among is None or k in among) for k in t.keys)}


def entry_texts(entry: object) -> tuple[str, ...]:
    """A fact's own texts: its quote and its titles, those it has."""
    return tuple(t for t in (getattr(entry, "quote", None), getattr(entry, "title", None),
                             getattr(entry, "title_ru", None)) if isinstance(t, str))


def prepare(matcher: Matcher, scan: TextScan | None = None) -> object:
    """Build what the intents read from a fact base (its speakers' statements, kinds, years,
    dates, words) now, with the index, rather than on the first question after a (re)load;
    `scan` is what the matcher's build gathered for it (`TextScan`). Returns the data, for a
    kept build (`bot.buildcache`) to carry."""
    return derived(matcher, scan)


def adopt(matcher: Matcher, kept: object) -> None:
    """Take the intents' data a kept build carries for `matcher` instead of building it
    (TypeError when `kept` is not such data)."""
    if not isinstance(kept, _Derived):
        raise TypeError(f"not the intents' data: {type(kept).__name__}")
    _DERIVED[matcher] = kept


def derived(matcher: Matcher, scan: TextScan | None = None) -> _Derived:
    last = _LAST_DERIVED[0]
    if last is not None and last[0]() is matcher:  # (asked two dozen times a question, of one matcher)
        return last[1]
    found = _DERIVED.get(matcher)
    if found is None:
        found = _DERIVED[matcher] = _derive(matcher, scan)
    _LAST_DERIVED[0] = (ref(matcher), found)
    return found


def forget_questions_of(matcher: Matcher) -> None:
    """Every question remembered forgotten: the per-question caches and the fact base's memos of the reports and
    agencies questions name (the benchmark's cold latency: each question as a never-seen phrasing)."""
    forget_questions()
    memos = derived(matcher)
    memos.named_memo.clear()
    memos.agencies_memo.clear()


# the matcher last asked about and its data: a weak reference, so that an old fact base's matcher is let go
_LAST_DERIVED: list[tuple[ReferenceType[Matcher], _Derived] | None] = [None]


def _derive(matcher: Matcher, scan: TextScan | None = None) -> _Derived:
    factbase = matcher.factbase
    texts = (scan or TextScan(factbase)).finish()
    by_speaker: dict[str, list[Statement]] = {}
    mentions: dict[str, list[str]] = {}
    elsewhere: dict[str, list[str]] = {}
    for statement in factbase.statements.values():
        by_speaker.setdefault(statement.speaker, []).append(statement)
        if factbase.said_elsewhere(statement):
            elsewhere.setdefault(statement.speaker, []).append(statement.id)
        doc = matcher.doc_by_id.get(statement.id)
        for key in doc.entities if doc else ():
            if key.startswith("P:") and key[2:] != statement.speaker:
                mentions.setdefault(key[2:], []).append(statement.id)
    by_kind: dict[str, list[Agreement]] = {}
    for agreement in factbase.agreements.values():
        by_kind.setdefault(agreement_kind(agreement), []).append(agreement)
    meeting = factbase.meeting
    years = texts.years | ({str(meeting.date.year)} if meeting else set())
    dates = texts.dates | ({(meeting.date.day, meeting.date.month)} if meeting else set())
    words = texts.words | {transliterate(w) for w in texts.words if is_cyrillic(w)}
    meeting_doc = matcher.doc_by_id.get(meeting.id) if meeting else None
    meeting_keys = frozenset(k for k in meeting_doc.terms if not k.startswith("@")) if meeting_doc else frozenset()
    schedule_keys = frozenset(
        k for a in by_kind.get("schedule", []) if (d := matcher.doc_by_id.get(a.id))
        for k in (*d.terms, *d.entities) if not k.startswith("@") and k not in meeting_keys
        and len(k) > 4 and not k.isdigit())
    priorities = [s.id for s in factbase.statements.values()
                  if (d := matcher.doc_by_id.get(s.id)) and {"@priority", "@agenda"} & d.terms.keys()]
    role_words = []
    for speaker in factbase.speakers.values():
        for role in (speaker.role, speaker.role_ru or ""):
            found = frozenset(stem(w) for w in tokenize(role) if w not in _ROLE_STOP)
            if len(found) >= 2:
                role_words.append((speaker.id, found))
    host: set[str] = set()
    host_name = ""
    for place in (meeting.place, meeting.place_ru or "") if meeting else ():
        named = [t for t in matcher.analyze(place)[0] if t.entity and any(k.startswith("C:") for k in t.keys)]
        host.update(k for t in named for k in t.keys if k.startswith("C:"))
        host_name = host_name or (named[0].word if named else "")
    publishers = _publishers(matcher)
    return _Derived(by_speaker, mentions, by_kind, frozenset(years), frozenset(dates), frozenset(words),
                    meeting_keys, schedule_keys, priorities, role_words, frozenset(host), host_name, elsewhere,
                    {person: frozenset(s.id for s in said) for person, said in by_speaker.items()},
                    _year_months(factbase, texts), _statements_by_source(factbase), publishers,
                    _title_keys(matcher), frozenset().union(*(own for own, _ in publishers.values())),
                    _one_report_words(publishers),
                    frozenset(i for ids in elsewhere.values() for i in ids), _quoted_in(matcher),
                    _agencies_of(factbase),
                    frozenset(y for a in by_kind.get("schedule", []) for t in entry_texts(a)
                              for y in re.findall(r"\b20\d\d\b", t)),
                    _next_months(factbase, by_kind.get("schedule", [])),
                    frozenset(country_key(s) for s in factbase.speakers.values() if s.attended))


def _next_months(factbase: FactBase, schedule: list[Agreement]) -> frozenset[tuple[int, int]]:
    """The (year, month) pairs the next meeting's facts' quotes name ("24 May" in a 2024 report: May 2024; not
    the titles' "Trend, February 2024", when the report came out)."""
    found = set()
    for entry in schedule:
        source = factbase.sources.get(entry.source) if isinstance(entry.source, str) else None
        published = source.published if source else None
        found |= _months_with_years(tokenize(entry.quote or ""), published)
    return frozenset(found)


def _agencies_of(factbase: FactBase) -> tuple[str, ...]:
    """Every agency the reports and facts are credited to, each once."""
    facts = [e for e in factbase.entries() if isinstance(e, (Statement, Agreement))]
    return tuple(dict.fromkeys(part for e in (*factbase.sources.values(), *facts)
                               for via in (e.via or "", e.via_ru or "") for part in agency_parts(via)))


# a verb of saying in a report's sentence ("сказал Лебедев", "Lebedev said", "сообщил ... Сергей Лебедев")
_SAYING_IN_QUOTE_RE = re.compile(r"\b(said|says|noted|stated|announced|told|added|сказал\w*|сообщил\w*|заявил\w*|"
                                 r"отметил\w*|объявил\w*|подчеркнул\w*|добавил\w*)\b", re.IGNORECASE)


def _quoted_in(matcher: Matcher) -> dict[str, list[str]]:
    """Person -> the facts, not statements, whose quote names them beside a verb of saying."""
    factbase = matcher.factbase
    found: dict[str, list[str]] = {}
    for agreement in factbase.agreements.values():
        doc = matcher.doc_by_id.get(agreement.id)
        if doc is None or not _SAYING_IN_QUOTE_RE.search(agreement.quote or ""):
            continue
        for key in doc.entities:
            if key.startswith("P:") and key[2:] in factbase.speakers:
                found.setdefault(key[2:], []).append(agreement.id)
    return found


_PUBLISHER_GENERIC = frozenset("the cabinet ministers republic news agency government press service "
                               "republished by".split())
REPORT_NOUNS = frozenset("""report reports article publication story piece статье статья публикации публикация
    материале материал сообщении заметке заметка заметку заметки новости новость статью""".split())


OFFICIAL_WORDS = frozenset("""government government's governments cabinet правительства правительство
    правительств кабинета кабинет кабмина кабмин pravitelstva""".split())


def _title_keys(matcher: Matcher) -> dict[str, frozenset[str]]:
    return {speaker.id: frozenset(k for text in (speaker.role, speaker.role_ru or "", speaker.name, speaker.name_ru or "")
                                  for t in matcher.analyze(text)[0] for k in t.keys)
            for speaker in matcher.factbase.speakers.values()}


# how Russian writers spell the publishers' own words (a Latin name transliterates to no Cyrillic form
# reliably: "Asia-Plus" is "Азия-Плюс", not "асиа-плус")
_PUBLISHER_CYRILLIC = {"asia": ("азия", "азии", "азию"), "plus": ("плюс",), "tass": ("тасс", "тасса"),
                       "trend": ("тренд", "тренда"), "sputnik": ("спутник", "спутника"), "azernews": ("азерньюс",),
                       "turkmenportal": ("туркменпортал", "туркменпортала"), "menafn": ("менафн",),
                       "interfax": ("интерфакс", "интерфакса", "интерфаксу"), "belta": ("белта", "белты")}


# the parts of a web address that name no site: its top-level domains and usual prefixes
SITE_PARTS = frozenset("www am amp en ru com org net info az kz kg tj uz tm by".split())


def _site_words(url: str) -> set[str]:
    """The words of a report's website that name it ("gov" of www.gov.kg, "astanatimes")."""
    host = urlsplit(url).hostname or ""
    return {part for part in host.split(".") if len(part) >= 3 and part not in SITE_PARTS}


def _agencies_cited(matcher: Matcher, source: Source) -> set[str]:
    """The name of the one agency a report cites for all it says ("Kun News Agency (kun.uz)", "TDH, the
    Turkmen state news agency"): the words written with a capital that are no country, no concept and no
    generic word ("the Kazakh Prime Minister's press service" names none). A report citing several
    ("BelTA, Interfax and AKIpress") is named by none of them: each fact's agency is unknown."""
    found: set[str] = set()
    if re.search(r"\b(and|и)\b", source.via or ""):
        return found  # "BelTA, Interfax and AKIpress": which fact came from which, the report does not say
    for text in (source.via or "", source.via_ru or ""):
        for word in re.findall(r"\w+", text):
            if not word[:1].isupper() or len(word) < 3 or word.lower() in _PUBLISHER_GENERIC:
                continue
            tokens = matcher.analyze(word)[0]
            if all(not t.entity and not any(k.startswith("@") for k in t.keys) for t in tokens):
                found.update(t.word for t in tokens)
    return found


def _one_report_words(publishers: dict[str, tuple[frozenset[str], frozenset[str]]]) -> frozenset[str]:
    """The words that name one report's outlet and no other's."""
    counted = Counter(w for own, _ in publishers.values() for w in own)
    return frozenset(w for w, n in counted.items() if n == 1)


def _publishers(matcher: Matcher) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    found = {}
    for source in matcher.factbase.sources.values():
        tokens = matcher.analyze(source.publisher)[0]
        entities = {t.word for t in tokens if t.entity}  # "Armenia" in "Sputnik Armenia" names a country first
        own = {w for w in tokenize(source.publisher) if len(w) > 3 and w not in _PUBLISHER_GENERIC | entities}
        own |= _agencies_cited(matcher, source)  # "according to Interfax": the report that cites it
        own |= _site_words(source.url)  # "the gov.kg list", "tass.ru"
        own.update(form for w in list(own) for form in _PUBLISHER_CYRILLIC.get(w, ()))  # "Азия-Плюс", "ТАСС"
        own.update([transliterate(w) for w in own if is_cyrillic(w)])  # (and as typed in Latin: "aziya plyus")
        countries = {k for t in tokens for k in t.keys if k.startswith("C:")}
        found[source.id] = (frozenset(own), frozenset(countries))
    return found


_ASIA = frozenset("asia азия азии азию aziya azii".split())
_ASIA_REGION_RE = re.compile(r"\b(?:central|middle|south|east|west|southeast|inner|north|центральн\w*|средн\w*|южн\w*|"
                             r"восточн\w*|юго-восточн\w*|северн\w*|tsentraln\w*|sredn\w*)\s+(?:asia|ази\w*|azi\w*)\b",
                             re.IGNORECASE)


def sources_named(matcher: Matcher, r: Reading) -> list[str]:
    """The reports a question names: by their publisher ("TASS", "ТАСС", "the Kyrgyz government's
    list"), or, beside a word for a report, by the month and year they came out ("the February
    2024 report"). Found once per question and fact base: a dozen rules ask it of each question."""
    found: tuple[str, ...] = _remembered(derived(matcher).named_memo, (r.question, r.words),
                                         lambda: tuple(_sources_named(matcher, r)))
    return list(found)


K = TypeVar("K")
V = TypeVar("V")


def _remembered(memo: dict[K, V], key: K, find: Callable[[], V]) -> V:
    """`memo[key]`, found by `find` the first time; the memo starts again once it holds `_MEMO_LIMIT` keys."""
    found = memo.get(key)
    if found is None:
        if len(memo) >= _MEMO_LIMIT:
            memo.clear()
        found = memo[key] = find()
    return found


_MEMO_LIMIT = 4096  # questions remembered per fact base before the memo starts again


def _sources_named(matcher: Matcher, r: Reading) -> list[str]:
    words = set(r.words) | {transliterate(w) for w in r.words if is_cyrillic(w)}
    if "trend" in words and _THE_TREND_RE.search(r.question):
        words.discard("trend")  # "what was the trend": the word, not the agency (written "Trend")
    tokens, _ = matcher.analyze(r.question)
    countries = {k for t in tokens for k in t.keys if k.startswith("C:")}
    council = _COUNCIL_NAME_RE.search(r.question) is not None  # ("заседание глав правительств": the meeting's name)
    official = bool(words & OFFICIAL_WORDS) and not (council and len(_COUNCIL_NAME_RE.findall(r.question)) >= len(
        [w for w in r.words if w in OFFICIAL_WORDS])) or bool(countries) and names_a_countrys_list(matcher, r.question)
    # (a country names its government's report, not a delegation's: "the Kyrgyz government", "the Kyrgyz list")
    # a place alone is no report ("what did Mishustin say in Astana"); with the rest of its name it is
    region = _ASIA_REGION_RE.search(r.question) is not None  # "Central Asia": a region, not Asia-Plus
    found = [source for source, (own, their) in derived(matcher).publishers.items()
             if own & words and not own & words <= OTHER_PLACES.keys() and not (region and own & words <= _ASIA)
             or official and their & countries]
    if not found and not countries and official and _A_GOVERNMENTS_LIST_RE.search(" ".join(r.words)):
        # "в перечне Кабмина", "на сайте правительства": the one report a government publishes, if one does
        governments = [s.id for s in matcher.factbase.sources.values() if _GOVERNMENT_RE.search(s.publisher)]
        found = governments if len(governments) == 1 else found
    if not (not found and words & REPORT_NOUNS or len(found) > 1):
        return found  # (most questions: the dates below are read only when they can pick a report)
    years = {int(w) for w in r.words if is_year(w)}
    months = set(months_named(r.words).values()) | set(month_adjectives(r.words).values())
    if not found and words & REPORT_NOUNS:
        found = [s.id for s in matcher.factbase.sources.values()
                 if s.published and s.published.year in years and s.published.month in months]
    elif len(found) > 1 and (months or years) and _MONTH_OF_A_REPORT_RE.search(" ".join(r.words)):
        # "Trend's October story": of Trend's two, the one of October (not "Trend on the October meeting")
        dated = [i for i in found if (s := matcher.factbase.sources[i]).published
                 and (not months or s.published.month in months) and (not years or s.published.year in years)]
        found = dated or found
    return found


# the Council's own name, whose "government" is no government's report ("Совет глав правительств", "heads of government")
_COUNCIL_NAME_RE = re.compile(r"\b(?:глав[аеыу]?|head|heads|glav[ay]?)[\s-]+(?:of[\s-]+)?(?:правительств|government|governments|"
                              r"pravitelstv)\b", re.IGNORECASE)  # ("at head-of-government level": no government's report)


# a government's own list or page ("в перечне Кабмина", "на сайте правительства", "the government's list")
def names_a_countrys_list(matcher: Matcher, question: str) -> bool:
    """True when a country's adjective stands before "list" ("the Kyrgyz list", "в киргизском перечне"): its
    government's list of documents, not its delegation."""
    found = _ADJECTIVE_LIST_RE.search(question)
    if found is None:
        return False
    tokens, _ = matcher.analyze(found.group("adjective"))
    return any(k.startswith("C:") for t in tokens for k in t.keys)


_ADJECTIVE_LIST_RE = re.compile(r"\b(?P<adjective>\w+)\s+(?:numbered\s+|official\s+)?(?:list|перечень|перечне|перечня|"
                                r"список|списке|списка)\b", re.IGNORECASE)
_A_GOVERNMENTS_LIST_RE = re.compile(r"\b(?:перечн\w*|списк\w*|список|сайт\w*|страниц\w*|пресс-релиз\w*|list|website|site|page)"
                                    r"\s+(?:\w+\s+){0,2}(?:кабинет\w*|(?<!глав )(?<!главы )правительств\w*|"
                                    r"(?<!heads of )(?<!head of )government|cabinet)\b|"  # (not "Совета глав правительств")
                                    r"\b(?:кабинет\w*|правительств\w*|government|cabinet)(?:'s|s)?\s+(?:own\s+|official\s+)?"
                                    r"(?:list|website|site|page)\b|"  # (and a list "по данным нашего Кабмина")
                                    r"\b(?:перечен\w*|перечн\w*|списк\w*|список|list)\b.{0,60}?\b(?:per|(?:по\s+)?данным|according(?:\s+to)?)\s+"
                                    r"(?:\w+\s+)?(?:кабинет\w*|кабмин\w*|(?<!глав )правительств\w*|government|cabinet)\b")
_GOVERNMENT_RE = re.compile(r"\b(?:Cabinet|Government|Ministry)\b")
_THE_TREND_RE = re.compile(r"\b(?:the|a|this|what)\s+trend\b(?!\s+(?:news|agency|report|article|piece))")


def publisher_words(matcher: Matcher, source: str) -> frozenset[str]:
    """The words naming a report's publisher."""
    return derived(matcher).publishers.get(source, (frozenset(), frozenset()))[0]


def _statements_by_source(factbase: FactBase) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for statement in factbase.statements.values():
        found.setdefault(statement.source, []).append(statement.id)
    return found


def _year_months(factbase: FactBase, texts: TextScan) -> frozenset[tuple[int, int]]:
    """The (year, month) pairs the reports came out in or name (`TextScan` found the named ones)."""
    found = {(s.published.year, s.published.month) for s in factbase.sources.values() if s.published}
    if factbase.meeting:
        found.add((factbase.meeting.date.year, factbase.meeting.date.month))
    return frozenset(found | texts.year_months)


# a month or year that dates a report, beside a word for it: "the October story", "story of February", "в
# феврале Trend писал", "февральская заметка" (not "about the October meeting")
_MONTH_OF_A_REPORT_RE = re.compile(
    r"\b(january|february|march|april|may|june|july|august|september|october|november|december|20\d\d)\s+"
    r"(story|piece|report|article|item|dispatch|news)\b|\b(story|piece|report|article|item|dispatch)\s+(of|from|in|dated)\s+"
    r"(january|february|march|april|may|june|july|august|september|october|november|december)\b|"
    rf"\b({'|'.join(_MONTH_ADJECTIVES)})\w*|"  # "февральская заметка"
    rf"\b(в|v)\s+({'|'.join(_MONTHS_IN)})\b(?!\s+\d)")


# a yes-or-no check: "..., right?", "isn't it", "is it true that", "верно ли", "... ли ..."
_CHECK_RE = re.compile(r"\b(right|isn t it|wasn t it|aren t they|didn t it|didn t they|doesn t it|don t they|hasn t it|"
                       r"haven t they|weren t they|correct|true|верно|правда|так ли|не так ли|"
                       r"правильно|ли|li)\b|^(is|was|were|are|did|does|has|had|will)\b")
# a claim's tag after a comma or dash ("... торговым партнёром — так?", "..., tak?"; not "почему так?")
_SO_TAG_RE = re.compile(r"[,—–-]\s*(?:так|tak)\s*[?!.]*\s*$", re.IGNORECASE)
# a question asking for something, not checking it ("when is it", "в каком году"): no claim
WH_RE = re.compile(r"\b(who|what|when|where|which|how|why|whose|кто|что|когда|где|какой|какая|какое|какие|каком|"
                    r"какого|какую|каких|каким|какими|какому|сколько|почему|зачем|чей|чья|чьи|kto|chto|kogda|gde)\b")


def asks_yes_or_no(r: Reading) -> bool:
    """"..., right?", "is it ...", or a statement with a question mark ("заседание назначено на 25 мая?")."""
    return _yes_or_no(r.question, r.words)


@per_question  # (asked of one question by many rules)
def _yes_or_no(question: str, words: tuple[str, ...]) -> bool:
    text = " ".join(words)
    # "Лебедев сказал, что Бишкек предложил Казахстан?": a "что" after a verb of saying joins a clause, it asks
    # nothing
    joined = " ".join(tokenize(_THAT_CLAUSE_RE.sub(r"\1\2,", question))) if "," in question else text
    return _CHECK_RE.search(text) is not None or _SO_TAG_RE.search(question) is not None or (
        question.rstrip().endswith("?") and len(words) >= 4 and not WH_RE.search(joined))


_SMALL_NUMBERS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine ten".split())} | {
    w: str(i) for i, w in enumerate("ноль один два три четыре пять шесть семь восемь девять десять".split())}
_OR_ANOTHER_NUMBER_RE = re.compile(r",?\s*(?:или|or)\s+(?:о\s+|about\s+)?(?:друг\w+|another|a different|some other)\s+"
                                   r"(?:числ\w*|цифр\w*|количеств\w*|number|figure|count)", re.IGNORECASE)
# a capital's country, in English and in Russian (nominative, genitive), by the capital's first four letters in
# either alphabet: "who came from Yerevan" (from Armenia), "официальный Ашхабад" (Туркменистан)
_COUNTRY_OF_CAPITAL = {("yere", "ерев"): ("Armenia", "Армения", "Армении"),
                       ("baku", "баку"): ("Azerbaijan", "Азербайджан", "Азербайджана"),
                       ("dush", "душа"): ("Tajikistan", "Таджикистан", "Таджикистана"),
                       ("tash", "ташк"): ("Uzbekistan", "Узбекистан", "Узбекистана"),
                       ("ashg", "ашха"): ("Turkmenistan", "Туркменистан", "Туркменистана"),
                       ("mosc", "моск"): ("Russia", "Россия", "России"),
                       ("mins", "минс"): ("Belarus", "Беларусь", "Беларуси"),
                       ("asta", "аста"): ("Kazakhstan", "Казахстан", "Казахстана"),
                       ("bish", "бишк"): ("Kyrgyzstan", "Кыргызстан", "Кыргызстана")}


def _country_of_capital(typed: str, *, genitive: bool = False) -> str:
    """The country of the capital a word begins with, in the word's alphabet ("from Tashkent": Uzbekistan, "из
    Ташкента": Узбекистана); the patterns that call it match only these capitals' names."""
    english, nominative, of = next(country for prefixes, country in _COUNTRY_OF_CAPITAL.items()
                                   if typed.lower()[:4] in prefixes)
    return (of if genitive else nominative) if is_cyrillic(typed) else english


# "who came from Yerevan": from Armenia (not Bishkek, Ashgabat, Minsk or Moscow: they name meetings, this one, the
# next and earlier ones)
_FROM_CAPITAL_RE = re.compile(r"(?<!\brun )(?<!\bruns )(?<!\bmanaged )(?<!\boperated )(?<!\bcoordinated )(?<!\bcontrolled )"
                              r"(?<!\bdirected )(?<!\bled )(?<!\bуправляемой )(?<!\bуправляемая )(?<!\bуправлять )"
                              r"\b(from|из)\s+(yerevan|ереван\w*|baku|баку|dushanbe|душанбе|tashkent|ташкент\w*)\b",
                              re.IGNORECASE)  # (not "an energy grid run from Tashkent": a place, not whose it is)
# a capital that says or proposes something ("what did Tashkent actually say", "что официальный Ташкент предложил"):
# its country's words
_CAPITAL_SAYS_RE = re.compile(r"(?P<lead>\b(?:(?:what\s+(?:did|does|has)|что)\s+|(?<=\bчто\s)(?:сказал|заявил|предложил|"
                              r"предлагал|говорил)\s+)(?:official\s+|официальный\s+)?)"
                              r"(?P<capital>yerevan|ереван|baku|баку|dushanbe|душанбе|tashkent|ташкент)\b(?=\s+(?:actually\s+|"
                              r"really\s+|на\s+самом\s+деле\s+)?(?:say|said|propose|proposed|want|сказал|заявил|предложил|"
                              r"предлагал|говорил|хочет)|\s*[?.!]|\s+(?:на|в|об?|про)\s)", re.IGNORECASE)
# a day written as an ordinal: beside a month ("October 27th", "the 27th of Oct") or alone after "the"/"on" at
# the end of a clause ("was it on the 27th?", "the 26th or the 27th"); not "the 2nd document"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_ORDINAL_DAY_RES = (
    (re.compile(rf"\b({_MONTH}\s+)([12]?\d|3[01])(?:st|nd|rd|th)\b", re.IGNORECASE), r"\1\2"),
    (re.compile(rf"\b([12]?\d|3[01])(?:st|nd|rd|th)(?:\s+of)?(?=\s+{_MONTH}(?:\W|$))", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(the|on)\s+([12]?\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[?,.!;]|$|or\b|and\b|of\b))", re.IGNORECASE),
     r"\1 \2"),
)
_ORDINAL_RE = re.compile(r"\d(?:st|nd|rd|th)\b", re.IGNORECASE)
_NEXT_AFTER_THIS_RE = re.compile(r"\b((?:next|following)\s+(?:(?:cis|heads?|of|government|governments|prime|ministers'?|"
                                 r"pms?|regular)\s+){0,5}(?:meeting|session|summit|one|council))\s+after\s+(?:the\s+)?"
                                 r"(?:bishkek(?:\s+(?:meeting|session|one|summit))?|this\s+one|that\s+one)\b|"
                                 r"\b((?:следующее|следующая|очередное)\s+(?:заседание|встреча|саммит))\s+после\s+"
                                 r"(?:бишкекского|бишкека|бишкекской)(?:\s+(?:заседания|встречи))?", re.IGNORECASE)
_FIN_RE = re.compile(r"\bфин\.?(?=\s+(?:док|документ))", re.IGNORECASE)
_HOST_CAPITAL_RE = re.compile(r"\b(?:the\s+)?(?:kyrgyz|kyrgyzstan's|kyrgyzstani)\s+capital\b|"
                              r"\bстолиц[еаыу]\s+(?:киргизии|кыргызстана|киргизстана)\b|\bкиргизской\s+столиц[еаыу]\b",
                              re.IGNORECASE)
# leaving a post ("is stepping down", "уходит с поста генсека", "уйдёт на пенсию"): a resignation
_STEPS_DOWN_RE = re.compile(r"\bstep(?:s|ped|ping)?\s+down\b|\b(?:уход\w*|уйд[её]т|ушёл|ушел)\s+(?:с\s+(?:поста|должности)|"
                            r"на\s+пенсию|в\s+отставку)\b", re.IGNORECASE)
# land restored ("чтобы эти земли восстановить", "restoring the land after mining"): its recultivation
_RESTORE_LAND_RE = re.compile(r"\b(?:(?:эти|их|эту|такие)\s+)?(?:земл\w*|территори\w*|участк\w*)\s+(?:\w+\s+)?"
                              r"восстанов\w*|\bвосстанов\w*\s+(?:\w+\s+)?(?:земл\w*|территори\w*|участк\w*)|"
                              r"\brestor\w*\s+(?:the\s+|that\s+|such\s+)?(?:land|lands|territor\w*|sites?)\b",
                              re.IGNORECASE)
_RUSSIAN_PERSON_RE = re.compile(r"\bрусск(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их)\s+(?=(?:премьер|вице-премьер|делегаци|"
                                r"правительств|министр|глав|сторон|руководител|лидер|председател)\w*)", re.IGNORECASE)
_HOST_GOVERNMENT_RE = re.compile(r"\bthe\s+host(?:\s+country)?(?:'s|’s)?\s+government\b|\bправительства\s+"
                                 r"(?:принимающей\s+стороны|принимающей\s+страны|страны-хозяйки)\b", re.IGNORECASE)
_MINING_METALLURGY_RE = re.compile(r"\b(горно|gorno)(?=металлург|metallurg)", re.IGNORECASE)
_PROM_RE = re.compile(r"\b(?:промкооперац\w*|promkooperac\w*|promkooperats\w*)", re.IGNORECASE)
# who hosts a meeting, asked with a verb that also means "adopt" ("кто будет принимать ... заседание")
_WHO_HOSTS_RE = re.compile(r"\b(?:кто\s+(?:будет\s+)?(?:принимать|принимает|примет|проводить|проводит|проведёт|проведет)|"
                           r"kto\s+(?:budet\s+)?(?:prinimat|prinimaet|primet|provodit|provedet|provedyot))\b"
                           r"(?=\s+(?:\w+\s+)?(?:заседани|встреч|саммит|совет|zasedani|vstrech))", re.IGNORECASE)
_ITEM_NUMBER_RE = re.compile(r"\b(item|point|пункт\w*)\s+(?:number|no\.?|№|номер)\s+(\w+)", re.IGNORECASE)


def _item_numbered(m: re.Match[str]) -> str:
    """"item number one": "item 1"; not "under which item number is X" (no number follows)."""
    number = m.group(2)
    if not number.isdigit() and number.lower() not in _SMALL_NUMBERS:
        return m.group(0)
    return f"{m.group(1)} {_SMALL_NUMBERS.get(number.lower(), number)}"


_VERSION_OF_RE = re.compile(r"\b([\w.\-]+?)(?:'s|’s)?\s+version\s+of\b", re.IGNORECASE)
_HOW_IT_HOSTED_RE = re.compile(r"\bhow\s+did\s+(\w+)\s+(?:end\s+up|come\s+to|get\s+to)\s+host\w*", re.IGNORECASE)
_INFOTECH_RE = re.compile(r"(?<!geographic )(?<!geographical )\binformation technolog\w*|"
                          r"\bинформационн\w+ технолог\w*", re.IGNORECASE)
# "it" as what was held: "was it held in Minsk", "when did it take place", "это было в Минске?", "оно прошло в ..."
_IT_HELD_RE = re.compile(r"\b((?:was|is|did|has|will)\s+)it\s+(?=(?:\w+ly\s+)?(?:held|be\s+held|take\s+place|happen|"
                         r"convene|hosted|in\s+[A-Z])\b)|(?:^|(?<=[,.!?]\s))(?:(?:а|и|так)\s+)?(?P<ru>это|оно|eto|ono)\s+"
                         r"(?=(?:было|прошло|проходило|состоялось|bylo|proshlo|sostoyalos)(?:\s+(?:в|во|v|vo|\d{1,2})\s|"
                         r"(?:\s+(?:вообще|voobshe|то|to|на\s+самом\s+деле|na\s+samom\s+dele))?\s*[?.!]*\s*$))",
                         re.IGNORECASE)  # (and a day: "это было 27 октября?", "eto bylo 27 oktyabrya?")

_WHEN_IT_HELD_RE = re.compile(r"(?:(?<=\bкогда\s)|(?<=\bчисла\s)|(?<=\bkogda\s)|(?<=\bchisla\s)|(?<=\bкогда\sи\sгде\s)|"
                              r"(?<=\bkogda\si\sgde\s))(?:именно\s+|же\s+|imenno\s+|zhe\s+)?"
                              r"(?:оно|это|ono|eto)\s+(?=(?:прошло|проходило|состоялось|proshlo|prokhodilo|sostoyalos|"
                              r"(?:было|bylo)(?!\s+(?:опубликован|написан|сказан|объявлен|заявлен|подписан|opublikovan|"
                              r"napisan|skazan|obyavlen|zayavlen|podpisan)))\b)",
                              re.IGNORECASE)  # (not "когда это было опубликовано": a report's day; "kogda eto bylo" too)


def _the_meeting_held(m: re.Match[str]) -> str:
    """"was it held in Minsk", "это было в Минске", "eto bylo v Minske": the meeting (no antecedent asked)."""
    pronoun = m.group("ru")
    if pronoun is None:
        return f"{m.group(1) or ''}the meeting "
    return "заседание " if is_cyrillic(pronoun) else "zasedanie "


# one meeting put before another: "held before the Ashgabat one", "перед ашхабадским заседанием"
_BEFORE_ANOTHER_RE = re.compile(r"\b(?:held|took\s+place|convened)\s+before\s+the\s+\w+\s+(?:one|meeting|session)\b|"
                                r"\b(?:прошло|проходило|состоялось)\s+(?:перед|до)\s+\w+(?:ским|ского)\s+"
                                r"(?:заседанием|заседания)\b", re.IGNORECASE)  # (not "what is planned before the Ashgabat meeting")
_LED_COMPOUND_RE = re.compile(r"(\w)-led\b", re.IGNORECASE)
_THAT_CLAUSE_RE = re.compile(r"\b(сказал\w*|заявил\w*|писал\w*|пишет|сообщил\w*|сообщает|говорил\w*|утвержда\w*|"
                             r"отметил\w*|считает)((?:\s+[^\s,.?!]+){0,3})\s*,\s*что\b", re.IGNORECASE)  # someone's
# words, reported ("заявил в Бишкеке, что ...")


def month_adjectives(words: list[str] | tuple[str, ...]) -> dict[str, int]:
    """The Russian month adjectives a question holds ("февральская заметка"), by word: a report's month."""
    return {w: _MONTH_ADJECTIVES[w[:-2]] for w in words if w[:-2] in _MONTH_ADJECTIVES}


def months_named(words: list[str] | tuple[str, ...]) -> dict[int, int]:
    """The months a question names, by the index of their word ("May" only beside a number:
    otherwise it is the verb)."""
    found = {}
    for i, word in enumerate(words):
        month = _MONTHS.get(word)
        if month is None:
            continue
        if word == "may" and not any(w.isdigit() for w in words[max(0, i - 1): i + 2]):
            continue
        found[i] = month
    return found


def agreement_kind(agreement: Agreement) -> str:
    """What an agreement entry is: a document signed, a decision, or an overview fact."""
    return agreement.agreement_kind


# "how mny", "how manny", "how mutch": the word after "how" one slip away from "many" or "much" is that
# word (the matcher leaves words under four letters unread, and reads no typo of a question word)
_HOW_RE = re.compile(r"\b(how)\s+(m\w{1,5})\b", re.IGNORECASE)
_HOW_WORDS = ("many", "much")


def _mended_how(match: re.Match[str]) -> str:
    word = match.group(2).lower()
    for target in _HOW_WORDS:
        if word != target and DamerauLevenshtein.distance(word, target) == 1:
            return f"{match.group(1)} {target}"
    return match.group(0)


# "took part" is one word's meaning in two words: "participated"
_TOOK_PART_RE = re.compile(r"\b(?:took|take|takes|taking)\s+part\b", re.IGNORECASE)
_TOOK_PART_RU_RE = re.compile(r"\b(?:принял|приняла|приняло|приняли|принимал|принимала|принимали|примут|примет|"
                              r"принявш\w*|принимавш\w*)"
                              r"(?:\s+ли)?\s+участи[ея]\b", re.IGNORECASE)
# "X rather than Y", "X, а не Y": the question asks about X; Y only costs score
_RATHER_THAN_RE = re.compile(r",?\s*\b(?:rather than|instead of|а не)\b[^?,.;!]*", re.IGNORECASE)
# "was it in Bishkek on 26 October and not in Tashkent": the place or day claimed, the other one only contrasted
_AND_NOT_IN_RE = re.compile(r"(?:,\s*|\s+\b(?:and|but|и)\s+)(?:not|не)\s+(?:in|at|on|в|во)\s+[^?,.;!]*", re.IGNORECASE)
_NOT_BISHKEK_RE = re.compile(r"(?<!sochi)(?<!сочи),\s*(?:not|не)\s+(?:bishkek|бишкек\w*)(?=\s*(?:[?,.;!]|$))",
                             re.IGNORECASE)
# "other than Mishustin", "apart from Aripov", "кроме Мишустина": a named person set aside (a capitalised
# name; "apart from the economy" is a topic set aside, read by the overview)
_EXCEPT_RE = re.compile(r"\b(?:[Oo]ther than|[Aa]part from|[Bb]esides|[Ee]xcept(?: for)?|[Кк]роме|[Пп]омимо)\s+"
                        r"(?:[A-ZА-ЯЁ][\w'’-]*)(?:\s+[A-ZА-ЯЁ][\w'’-]*)?"
                        # (each of several: "besides Smailov, Aripov and Mishustin", "кроме Беларуси, России и Казахстана")
                        r"(?:\s*(?:,\s*(?:and\s+|и\s+)?|\s+and\s+|\s+и\s+)[A-ZА-ЯЁ][\w'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]*)?)*\s*,?")
# the question's own short words mistyped: too short for the matcher's typo search, and no fact's words
_SLIPS = {"wat": "what", "wut": "what", "whta": "what", "waht": "what", "hwat": "what", "sey": "say", "sya": "say",
          "siad": "said", "sayed": "said", "whn": "when", "wen": "when", "wehn": "when", "wher": "where",
          "whre": "where", "wehre": "where", "wich": "which", "whcih": "which", "hwo": "who", "woh": "who",
          "hw": "how", "hwo many": "how many", "чо": "что", "шо": "что", "што": "что", "чё": "что", "че": "что", "када": "когда",
          "сколко": "сколько", "скока": "сколько", "скольо": "сколько", "skolka": "skolko",
          "takoi": "takoy", "takaia": "takaya",  # "kto takoi Aripov": the Latin spelling the reading knows
          "tital": "title", "titel": "title", "tilte": "title", "postion": "position", "positon": "position",
          # "how much of those documents": a number of documents, not an amount
          "how much of": "how many of"}
_SLIP_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _SLIPS), key=len, reverse=True)) + r")(?![\w-])",
                      re.IGNORECASE)
_HOW_MANY_RE = re.compile(r"\b(how many|сколько|skolko)\b")
_GENSEK_RE = re.compile(r"\b(генсек\w*|gensek\w*)", re.IGNORECASE)
_GENSEK_FORMS = {"генсека": "генерального секретаря", "генсеку": "генеральному секретарю",
                 "генсеком": "генеральным секретарём", "генсеке": "генеральном секретаре"}
_CITY_ADJECTIVE_RE = re.compile(r"\b(бишкек|ашхабад)ск\w*", re.IGNORECASE)
# "who showed up for Azerbaijan", "who turned up": came, i.e. attended
# how long a programme or plan runs, asked without "year": its term, which its title gives as a year
_UNTIL_WHEN_RE = re.compile(r"\b(?:until|till|up to) when\b|\bend date\b|\bexpiry date\b|"
                            r"\bдо какого (?:времени|срока|момента)\b|\bдо каких пор\b|\bна какой (?:срок|период)\b|"
                            r"\bсрок действия\b", re.IGNORECASE)
_A_PLANS_TERM_RE = re.compile(r"\b(programme|program|plan|concept|strategy|regulation|программ\w*|концепц\w*|план|плана|"
                              r"плане|планом|планы|планов|стратеги\w*|положени\w*)\b")
_CAME_UP_RE = re.compile(r"\b(?:came|come|comes|coming)\s+up\b", re.IGNORECASE)
_SHOWED_UP_RE = re.compile(r"\b(?:show|shows|showed|shown|showing|turn|turns|turned|turning)\s+up\b", re.IGNORECASE)
# "the meeting before Bishkek", "до бишкекского заседания": the previous meeting (Bishkek, named, is this one)
_BEFORE_THIS_RE = re.compile(r"\bbefore (?:the )?(?:bishkek(?: one| meeting| session)?|this one|this meeting|this session)\b|"
                             r"\b(?:до|перед) (?:бишкекск\w+(?: заседани\w+| встреч\w+)?|бишкеком|бишкека|"
                             r"этого заседания|этой встречей|этим заседанием|этой встречи)\b", re.IGNORECASE)


def _previous(match: re.Match[str]) -> str:
    return "previous" if match.group(0).lower().startswith("before") else "предыдущее"


# "according to X", "по данным X": who says it, not an accord ("according" stems to one) or data
# "which year was declared for 2024", "какой год объявлен": proclaimed, i.e. adopted, not said (the
# lexicon reads "declared" as a word of saying, and "объявлен" meets the date first announced)
_DECLARED_RE = re.compile(r"\b((?:was|were|is|are|been|be|being)(?:\s+\w+){0,3})\s+(declared|proclaimed|designated)\b",
                           re.IGNORECASE)
_DECLARED_RU_RE = re.compile(r"\b([оа]б[ъь]?явлен|провозглашён|провозглашен|obyavlen|ob'yavlen)(а|о|ы|a|o|y)?\b",
                             re.IGNORECASE)  # ("kakoi god obyavlen godom ...": in Latin letters too)
_ACCORDING_RE = re.compile(r"\baccording\s+to\b|\bпо\s+(?:данным|сведениям|информации)\b|\bсогласно\b|"
                           # "as given by the Kyrgyz government", "as listed in TASS": per that report
                           r"\bas\s+(?:given|published|set\s+out|numbered)\s+(?:by|in|on)\b|"
                           r"\bкак\s+(?:указано|приведено|перечислено|опубликовано)\s+(?:на|в)\b",
                           re.IGNORECASE)
# "according to the reports", "согласно отчётам", "по данным СМИ": every report, so no subject and no report named
_PER_THE_REPORTS_RE = re.compile(
    r"\b(?:according\s+to|per|as\s+per|по\s+(?:данным|сведениям|информации)|согласно|судя\s+по)\s+(?:the\s+)?(?:reports|sources|media|press|"
    r"publications|отч[её]там|отч[её]тов|публикациям|публикаций|источникам|источников|сообщениям|сообщений|сми)\b",
    re.IGNORECASE)


# "the name of the programme on uranium", "full title of the plan": that thing's title, not a person's name
_NAME_OF_RE = re.compile(
    r"\b(?:the\s+)?(?:full\s+|official\s+|exact\s+)?(?:name|title)\s+of\s+(?:the\s+|this\s+|that\s+)?"
    r"(?=(?:(?!of\b|head|chair|author|leader|official|person|minister|secretary|director)\w+\s+){0,3}?"
    r"(?:program|document|agreement|concept|plan|treat|decision|forum|project|corridor|route|"
    r"initiative|convention|protocol|strateg)\w*\b)",
    re.IGNORECASE)


# "программа по урану — как называется?": the same, asked after it
_NAME_OF_AFTER_RU_RE = re.compile(
    r"(?<=\w)\s*(?:,|—|–|-|:)\s*(?:и\s+)?как\s+(?:он[аои]?\s+)?называ\w+\s*(?:\?|$)", re.IGNORECASE)
# "как называется программа по урану": that document's title, not what someone called something
_NAME_OF_RU_RE = re.compile(
    r"\bкак\s+называ\w+\s+(?=(?:\w+\s+){0,2}?(?:программ|документ|соглашени|концепци|план|решени|форум|проект|"
    r"коридор|маршрут|инициатив|конвенци|протокол|стратеги)\w*)", re.IGNORECASE)


# "For a briefing note: ...", "for my story, ...", "Для справки: ...": what the answer is for, no subject;
# only a clause of these words, so that "for a meeting in Ashgabat, what date" keeps its subject
_PURPOSE_WORDS = frozenset("""a an my our the briefing brief note notes story article piece report backgrounder memo
    paper thesis essay presentation newsletter column feature blog post research class lecture editor record
    fact-check factcheck check справки справка статьи статья материала заметки доклада отчёта отчета брифинга
    сюжета публикации работы курсовой диплома эфира новости моей моего нашей нашего
    one page podcast episode caption captions segment quiz fact quick question q проверка фактов вопрос проверяем проверим
    проверяю
    уточнение подкаста подкаст викторины exhibition label labels museum wall выставки подписи занятия занятий
    урока лекции семинара со с студентами студентов учениками учеников школьников lesson seminar students pupils
    with rundown bulletin show autocue graphic graphics script package""".split())
# (also "For an exhibition label I need ...": the clause before "I need", with no mark after it)
_PURPOSE_RE = re.compile(r"^\s*(?:for|для)\s+([^:,?]{1,40}?)(?:[:,—–-]\s+|\s+(?=(?:i|we)\s+(?:need|want|would)\b))",
                         re.IGNORECASE)
_LABEL_RE = re.compile(r"^\s*([^:,?.]{1,30}):\s+")  # "Fact check: ...", "Вопрос: ..."
# a closing clause saying whom or what the answer is for: "мне для карты на доске", "I need it for a client report"
_TRAILING_PURPOSE_RE = re.compile(r"(?:,\s*|\s+)(?:мне|нам|mne|nam)\s+(?:для|dlya|dlia)\s+[^.?!]*[.?!]?\s*$|"
                                  # someone's trip, after a whole question: "? plemyannik hochet poehat"
                                  r"(?<=\?)\s*[^?]*\b(?:хоч\w*|hoch\w*|собира\w*|sobira\w*|wants?|plans?|planning)\s+(?:to\s+)?"
                                  r"(?:поехать|съездить|слетать|poehat|sezdit|s'ezdit|go|travel|visit)\b[^?]*$|"
                                  r"(?<=[.?!])\s*(?:I|we)\s+need\s+(?:it|this|them)\s+for\s+[^.?!]*[.?!]?\s*$|"
                                  # after a whole question, a sentence on what it is for: "I need exact date for
                                  # our explainer", "Пишу справку для редакции", "This is for a client note" (not
                                  # "I need the list for Tajikistan only": that asks something)
                                  r"(?<=\?)\s*(?![^?]*\b(?:russian|english|русск\w*|англ\w*|про|about|regarding|"
                                  r"насчёт|насчет|only|только)\b)"
                                  r"(?:(?:I|we)(?:\s+(?:am|are)|['’](?:m|re))\s+(?:writing|preparing|doing|working|making|"
                                  r"cutting|drafting|compiling|putting)\b[^?]*?\b(?:for|on)|"
                                  r"(?:I|we)\s+(?:need|want)\s+(?:(?:it|this|them|that|the|a|an|answer|info|information|"
                                  r"quote|quotes|exact|precise|date|facts|list)\s+){0,4}for|"
                                  r"this is for|it's for|it is for|(?:мне|нам)\s+(?:это\s+)?(?:нужно|надо|нужна|нужен|"
                                  r"нужны)\s+(?:(?:это|ответ|информаци\w*|точн\w+|дат\w+|цитат\w*|список)\s+){0,4}для|"
                                  r"это для|(?:пишу|готовлю|делаю|составляю)\b[^?]*?\bдля)"
                                  r"\s+(?:(?:my|our|a|an|the|мо\w+|наш\w+|одн\w+)\s+)?(?:\w+\s+){0,2}?"
                                  r"(?:article|story|piece|explainer|note|notes|class|seminar|thesis|essay|paper|timeline|"
                                  r"profile|edition|client|editor|desk|wire|broadcast|newsletter|presentation|briefing|"
                                  r"lecture|homework|coursework|course|report|map|курсов\w*|стать\w*|доклад\w*|"
                                  r"реферат\w*|семинар\w*|редакци\w*|справк\w*|газет\w*|диплом\w*|работ\w*|эфир\w*|"
                                  r"лекци\w*|презентаци\w*|заметк\w*|материал\w*|отч[её]т\w*|брифинг\w*|карт\w*|"
                                  r"сюжет\w*|колонк\w*)\b[^?]*[.!]?\s*$|"
                                  # "I need the exact date for ...", "Мне нужна точная дата для ...": what is needed is
                                  # what was asked, whatever it is for
                                  r"(?<=\?)\s*(?:(?:I|we)\s+need|(?:мне|нам)\s+(?:нужн\w*|надо))\s+(?:(?:the|an?|exact|"
                                  r"precise|it|this|them|date|day|name|names|точн\w+|дат\w+|это|ответ|имя|имена)\s+){0,3}"
                                  r"(?:for|для)\b[^?]*[.!]?\s*$|"
                                  # who is asking: "I am a student, for my thesis I need the exact date", "Я студентка"
                                  r"(?<=\?)\s*(?:I['’]m|I am|я)\s+(?:an?\s+)?(?:student|journalist|researcher|analyst|reporter|"
                                  r"editor|teacher|lecturer|producer|diplomat|студент\w*|журналист\w*|аналитик\w*|"
                                  r"исследовател\w*|преподавател\w*|редактор\w*)\b"
                                  # (not when it names someone or something: "Я журналист, мне нужны цитаты Мишустина")
                                  r"(?![^?]*\b(?:russian|english|русск\w*|англ\w*|про|about|only|только)\b)"
                                  r"(?![^?]*\s(?-i:(?!I\b)[A-ZА-ЯЁ]))[^?]*[.!]?\s*$",
                                  re.IGNORECASE)


# a closing clause on the form the answer should take, or where it goes: ", one line for the anchor", ", for a
# lower third", ", одной строкой для ведущего"
_TRAILING_FORMAT_RE = re.compile(r",\s*(?:(?:in\s+)?(?:one|a|a\s+single|single|short|quick)\s+(?:line|sentence|"
                                 r"word)s?|одн\w+\s+(?:строк\w*|фраз\w*|предложени\w*))?\s*(?:(?:for|для)\s+(?:the\s+|a\s+|"
                                 r"an\s+|my\s+|our\s+)?(?:anchor|caption|ticker|chyron|script|bulletin|air|lower\s+third|"
                                 r"tweet|slide|headline|ведущ\w*|подпис\w*|эфир\w*|титр\w*|бегущ\w+\s+строк\w*))?"
                                 r"\s*[.!?]?\s*$", re.IGNORECASE)


# "..., коротко", "..., korotko plz", "..., briefly please": the answer's length, no subject
_TRAILING_BREVITY_RE = re.compile(r"[,;]?\s*(?:\b(?:коротко|кратко|вкратце|korotko|kratko|vkrattse|vkratce|briefly|in\s+short)"
                                  r"(?:\s+(?:plz|pls|please|пожалуйста|пжлст|пжл|пж|pozhaluysta|pozhaluista))?|"
                                  r"\b(?:plz|pls|пжлст|пжл))\s*[.!?]*\s*$", re.IGNORECASE)


# a closing sentence after the question on the answer's form or where it goes: "One line for the autocue pls",
# "keep it tight", "one-liner", "names for the graphic pls", "just the names for a map graphic"
_FORMAT_SENTENCE_RE = re.compile(
    r"(?<=[?!.])\s*(?=\S)(?:(?:just|only)\s+)?(?:(?:the\s+)?names?|(?:in\s+)?(?:one|a|single)[\s-]+(?:line|liner|sentence)s?|"
    r"keep\s+it\s+(?:tight|short|brief|snappy|simple)|short\s+(?:and|&)\s+sweet)?(?:\s*(?:only|please|pls|plz))?"
    r"(?:\s*(?:for|on)\s+(?:the\s+|a\s+|an\s+|my\s+|our\s+)?(?:map\s+|on-?screen\s+|news\s+)?(?:autocue|teleprompter|"
    r"graphic|graphics|rundown|screen|show|bulletin|script|anchor|caption|ticker|chyron|lower\s+third|slide))?"
    r"(?:\s*(?:please|pls|plz))?\s*[.!]*\s*$", re.IGNORECASE)
# what the asker will do with the answer, closing the question: "anything punchy we can put on screen", "a line I
# could use on air"
_WE_CAN_USE_RE = re.compile(r"\s+(?:that\s+|which\s+)?(?:we|i)\s+(?:can|could|might)\s+(?:put|use|run|air|show)"
                            r"(?:\s+(?:it|them))?(?:\s+(?:on\s+(?:screen|air|the\s+(?:show|air|screen))|in\s+(?:the\s+|our\s+|my\s+)?"
                            r"(?:piece|package|show|story|script|bulletin)))?(?=\s*(?:[?.!]|$))", re.IGNORECASE)


def without_its_use(question: str) -> str:
    """The question without what the asker will do with the answer, closing it ("did he say anything punchy we can
    put on screen": his words, whatever they are for); read before a follow-up's name is put after it."""
    lowered = f" {question.lower()} "
    if (" we " in lowered or " i " in lowered) and _WE_CAN_USE_RE.search(question):
        return _WE_CAN_USE_RE.sub("", question)
    return question


_FORMAT_GATE = ("line", "liner", "sentence", "tight", "short", "simple", "snappy", "name", "autocue", "teleprompter",
                "graphic", "rundown", "screen", "bulletin", "script", "anchor", "caption", "ticker", "chyron", "slide")


_LEADING_BREVITY_RE = re.compile(r"^\s*(?:коротко|кратко|вкратце|korotko|kratko|vkratce|briefly|in\s+short)"
                                 r"(?:\s+(?:plz|pls|please|пожалуйста|пжлст|пжл|пж))?\s*[:,\-–—]\s*", re.IGNORECASE)
_BREVITY_GATE = ("коротк", "кратк", "korotk", "kratk", "vkrat", "brief", "short", "plz", "pls", "пжл")


# "as far as is known", which asks what the reports say, as every question does
_AS_FAR_AS_KNOWN_RE = re.compile(r",?\s*\b(?:согласно|по|per) имеющ\w+ (?:данным|сведениям|информации)\b,?|"
                                 r",?\s*\b(?:согласно|по|per|according to) (?:the |these |your |этим |имеющимся )?"
                                 r"(?:материал(?:ам|у)|materials|coverage)\b,?|,?\s*\baccording to "
                                 r"(?:the |your )?(?:available|existing) (?:data|information)\b,?|,?\s*\bas far as (?:is "
                                 r"known|you know|we know|i know|i can tell)\b,?|,?\s*\bнасколько (?:я |мне )?(?:знаю|известно|понял|поняла|понимаю|помню|слышал|слышала)\b|,?\s*\bnaskol'?ko (?:ya |mne )?(?:znayu|izvestno|ponyal|ponyala|ponimayu|pomnyu)\b,?|,?\s*\b(?:о|про)\s+(?:котором|которой|которую|который)\s+"
                                 r"(?:ид[её]т|шла|шл[её]т)\s+речь\b,?|,?\s*\bin question\b(?=\s*[?.!]?\s*$),?|"
                                 r",?\s*\b(?:простыми\s+словами|простым\s+языком|prostymi\s+slovami|in\s+(?:simple|plain)\s+"
                                 r"(?:words|terms|english|language))\b,?",
                                 re.IGNORECASE)  # ("заседание, о котором идёт речь", "the meeting in question": this one)
# how many of the reports are asked about, which asks which they are: "which two sources", "какие два источника"
_SOME_REPORTS_RE = re.compile(r"(?:(?<=\bwhich )|(?<=\bwhat )|(?<=\bкакие ))(?:two|three|both|два|две|три|2|3)\s+"
                              r"(sources|reports|outlets|agencies|media|источник\w*|издани\w*|агентств\w*|сми|"
                              r"публикаци\w*)\b", re.IGNORECASE)
_PLURAL_OF = {"источника": "источники", "издания": "издания", "агентства": "агентства", "публикации": "публикации"}
# whether the reports named agree, after asking which they are: their facts, each with its source, show it
_DO_THEY_AGREE_RE = re.compile(r",?\s+(?:and\s+)?(?:do|did)\s+(?:they|the reports|these|those|the sources)\s+(?:agree|differ|"
                               r"match|tally)(?:\s+(?:on|about|over)\s+(?:the\s+)?\w+)?\s*\?\s*$|,?\s+(?:и\s+)?"
                               r"(?:совпадают|расходятся|сходятся)\s+ли\s+(?:они|данные)?(?:\s+(?:в|по)\s+\w+)?\s*\?\s*$",
                               re.IGNORECASE)
# the meeting after this one, asked where or when: "where do they meet after Bishkek", "где соберутся после Бишкека"
_AFTER_BISHKEK_RE = re.compile(r"\b(?:after (?:the )?(?:bishkek|this)(?: (?:meeting|session|summit|council|one))?|"
                               r"(?:после|posle) (?:бишкека|бишкеке|бишкекского(?: заседания| саммита)?|этого заседания|"
                               r"bishkeka|etogo zasedaniya))\b", re.IGNORECASE)
# where or when asked, whatever the verb beside "after Bishkek" ("Когда совет после Бишкека?", "where do they sit")
_WHERE_OR_WHEN_RE = re.compile(r"\b(?:where|when|which city|what city|где|когда|в каком городе|какой город|gde|kogda|"
                               r"v kakom gorode)\b")
# a quote asked for, and what it is for: "one quotable line from Smailov for a 20-second radio clip", "одна
# короткая цитата Мишустина для эфира": the words of a quote wanted, no subject of it
_QUOTE_WANTED_RE = re.compile(r"\b(?:quotes?|quoted|quotable|soundbites?|own words|(?:lines?|sentences?)(?= (?:each )?from\b)|цитат[аеуыой]?|цитатой|цитатк\w*|citat[auy]?|"
                              r"tsitat[auy]?)\b", re.IGNORECASE)
_FOR_A_QUOTE = frozenset("""line lines sentence sentences clip clips radio tv television
    air broadcast instagram twitter tweet reel one single short good punchy nice again show segment bulletin anchor
    piece
    эфир эфира эфире радио радиоэфира соцсетей соцсети инстаграм инстаграма одна одну одной один короткая короткую
    короткой короткий хорошую яркую строчку строку заголовка заголовок заголовку сюжета сюжет поста пост телеграм
    телеграма telegram posta post x spot slides slide слайда слайдов подойдёт подойдет подходит годится можно дать
    строкой""".split())
_LINE_FROM_RE = re.compile(r"\b(?:lines?|sentences?)\s+(?:each\s+)?(?=from\b)", re.IGNORECASE)


def _without_quote_use(question: str) -> str:
    """The question without the words saying what a quote asked for is for, or how long ("a single quotable
    sentence for radio"); as it was when little else is left."""
    question = _LINE_FROM_RE.sub("words ", question)  # "one line from Aripov": his words
    kept = without_words(_DURATION_RE.sub(" ", question), _FOR_A_QUOTE)
    return kept if len(tokenize(kept)) >= 2 else question


# sources asked along with the answer, as every answer gives them: "..., with sources please", "со ссылками на
# источники", "с указанием источников" (not "which sources ...", whose sources are the subject)
_WITH_SOURCES_RE = re.compile(r",?\s*\b(?:(?:please\s+)?with\s+(?:the\s+|their\s+|your\s+)?(?:sources|links|references|"
                              r"citations)(?:\s+please)?|with\s+links\s+to\s+(?:the\s+)?sources|со\s+ссылк\w+\s+на\s+источник\w*|"
                              r"со\s+ссылками(?!\s+на)|с\s+указанием\s+источник\w*|с\s+источниками|"
                              # "..., and cite the reports", "... и по каким источникам это известно", "с указанием их
                              # должностей и источников": the reports asked beside the answer
                              r"(?:and\s+)?(?:please\s+)?(?:cite|name|give|list)\s+(?:the\s+|your\s+|their\s+)?(?:reports|sources)|"
                              r"and\s+(?:their\s+|the\s+)?sources|и\s+(?:их\s+)?источник(?:ов|ами)|"
                              r"и\s+(?:по\s+каким\s+(?:источникам|публикациям|данным)|откуда|из\s+каких\s+источников)\s+это\s+"
                              r"известно|и\s+на\s+как\w+\s+источник\w*\s+(?:я\s+)?(?:могу|можно)\s+сослаться|"
                              r"and\s+which\s+(?:source|report)s?\s+(?:i|we)\s+(?:can|could|may)\s+cite)\b\s*,?", re.IGNORECASE)


# a word's meaning asked: "what does 'withholdings' mean / refer to", "что значит «изъятия»" ("stand for": the
# abbreviation rule's)
# "what does Asia-Plus mean by 'withholdings'", "what is meant by 'withholdings'": the word (first: not "Asia-Plus")
_MEANING_RE = re.compile(r"\bwhat\s+(?:does|do|did|is)\s+(?:[\w-]+\s+){0,2}?(?:mean|meant)\s+by\s+"
                         r"(?P<by>[\"“«'][^\"”»']+[\"”»']|\S+)|"
                         r"\bwhat\s+(?:does|do|did)\s+(?P<word>[\"“«'][^\"”»']+[\"”»']|\S+)\s+(?:mean|means|refer\s+to)\b|"
                         r"(?P<ru>\bчто\s+(?:значит|означает|означают|значат))\s+"
                         r"(?P<word_ru>[\"“«'][^\"”»']+[\"”»']|\S+)", re.IGNORECASE)


def without_sources_asked(question: str) -> str:
    """The question without sources asked for along with the answer ("..., with sources please", "со ссылками
    на источники"), which every answer gives; as it was when little else is left."""
    bare = _WITH_SOURCES_RE.sub(" ", question)
    return " ".join(bare.split()) if len(tokenize(bare)) >= 3 else question


def _without_purpose(question: str) -> str:
    """The question without a leading clause saying what the answer is for ("For a briefing note:",
    "Fact check:", "Вопрос:"), nor a closing one ("..., мне для карты на доске", "I need it for a client report",
    ", one line for the anchor"), nor sources asked for ("со ссылками на источники", which every answer gives)."""
    question = without_sources_asked(question)
    formatted = _TRAILING_FORMAT_RE.search(question)
    if formatted is not None and formatted.group(0).strip(" ,.!?"):
        question = question[:formatted.start()] + ("?" if formatted.group(0).rstrip().endswith("?") else "")
    kept = _TRAILING_PURPOSE_RE.sub("", question)
    question = kept if len(tokenize(kept)) >= 3 else question  # "Hi? I'm a student ...": the rest is the question
    found = _PURPOSE_RE.match(question) or _LABEL_RE.match(question)
    if found is None or not set(tokenize(found.group(1))) <= _PURPOSE_WORDS:
        return question
    return question[found.end():]


_LONE_H_RE = re.compile(r"(?<![zsckZSCK])h")
_ENGLISH_H = frozenset("""hotel hotels hall halls host hosts hosted hosting home house hour hours help high hi hello hey
    hear heard hard hit hold""".split())


def _mend_romanised_h(matcher: Matcher, question: str, unknown: list[str]) -> str:
    """Russian typed in Latin letters with "h" for "х" ("gde prohodilo"), where the matcher reads
    "kh" ("prokhodilo"): an unknown word whose "kh" spelling the matcher knows is written so."""
    for word in unknown:
        if not word.isascii() or not _LONE_H_RE.search(word) or word in _ENGLISH_H:
            continue  # "hotel" is English, not "хотел"
        variant = _LONE_H_RE.sub("kh", word)
        if not matcher.analyze(variant)[1]:  # known, or a stop word
            question = re.sub(rf"\b{re.escape(word)}\b", variant, question, flags=re.IGNORECASE)
    return question


def _mend_romanised_unknown(matcher: Matcher, question: str, unknown: list[str]) -> str:
    """Russian typed in Latin letters that no fact's word spells ("na kakom zasedanii reshili"): an unknown
    word whose Cyrillic spelling the matcher knows is written so ("решили")."""
    for typed in _SIGNED_LATIN_RE.findall(question):  # "iz'yatij", "prem'er": the apostrophe is "ъ" or "ь"
        for sign in ("ь", "ъ"):
            head, tail = typed.split("'", 1)
            spelt = next((f"{h}{sign}{t}" for h in cyrillic_spellings(head)[:1] for t in cyrillic_spellings(tail)[:1]), "")
            if spelt and not matcher.analyze(spelt)[1]:
                question = question.replace(typed, spelt)
                break
    for word in unknown:
        if len(word) < 3:
            continue
        for spelt in cyrillic_spellings(word):
            if not matcher.analyze(spelt)[1]:  # known, or a stop word
                question = re.sub(rf"\b{re.escape(word)}\b", spelt, question, flags=re.IGNORECASE)
                break
    return question


# "data" in Russian typed in Latin letters, the date (not "spatial data", "prostranstvennye data": the geodesy programme's)
_DATA_RE = re.compile(r"(?<!spatial )(?<!geo )(?<!open )(?<!personal )(?<!big )(?<!prostranstvennye )"
                      r"(?<!prostranstvennykh )(?<!prostranstvennyh )\bdata\b(?!\s+(?:exchange|protection|centers?|"
                      r"centres?|sharing|security))", re.IGNORECASE)
_SIGNED_LATIN_RE = re.compile(r"\b[a-z]+'[a-z]+\b", re.IGNORECASE)  # a word with a soft or hard sign typed as "'"


_POSITION_ON_RE = re.compile(r"\bpositions?\b(?=(?:\s+[\w']+){0,3}\s+(?:on|regarding|towards?)\b)|"
                             r"\bпозици[яиюей]\b(?=(?:\s+\w+){0,3}\s+(?:по|в отношении|насчёт|насчет)\b)",
                             re.IGNORECASE)
_JOINT_STATEMENT_RE = re.compile(r"\bjoint (statements?|declarations?|communiqu[eé]s?)\b|"
                                 r"\bсовместн\w+ (заявлени\w*|декларац\w*|коммюнике)|"
                                 r"\bsovmestn\w+ (zayavleni\w*|deklarats\w*|kommyunike)", re.IGNORECASE)
# "the quote where", "the part where", "the passage in which": a quote picked by what it says
_QUOTE_WHERE_RE = re.compile(r"\b(quotes?|quotation|part|passage|bit|line|lines|sentence|statement|remarks?)"
                             r" (where|in which|that says|saying)\b", re.IGNORECASE)


_THIS_MEETING_RE = re.compile(r"(?<=\b(?:на|об) )(?:этом|этой)\s+(?=(?:заседани|встреч|саммит|совещани|сессии)\w*)|"
                              r"(?<=\bв )(?:этом|этой)\s+(?=(?:заседани|встреч|саммит|совещани|сессии)\w*)",
                              re.IGNORECASE)
# "the meeting after this one", "следующее после этого заседание": the next meeting
_AFTER_THIS_RE = re.compile(r"\b(?:the\s+)?(?:meeting|session|one)\s+after\s+this(?:\s+one)?\b|"
                            r"\bследующ(?:ее|ем)\s+после\s+(?:этого|данного)(?:\s+заседани\w*)?", re.IGNORECASE)
# "which body will analyse", "какой орган": who, the body named by the answer in its own words
_WHICH_BODY_RE = re.compile(r"\b(?:which|what)\s+(?:body|organ|institution)(?=\s+(?:will|would|shall|is\s+to|is\s+going\s+to)\b)|"
                            r"\bкакой\s+орган(?=(?:\s+снг)?\s+(?:будет\s+анализ\w*|проанализирует|рассмотрит|изучит)\b)",
                            re.IGNORECASE)
_STATE_WORD_RE = re.compile(r"^(республик\w*|федераци\w*|republic|federation|respublik\w*|federatsi\w*)$", re.IGNORECASE)
# the first letters of every form of a CIS state's name ("кыргыз" of "Кыргызской"), for the word beside
# "Республики": the formal names the meeting's own states go by (not "the People's Republic of China")
_CIS = frozenset("armenia azerbaijan belarus kazakhstan kyrgyzstan russia tajikistan turkmenistan uzbekistan moldova".split())
_COUNTRY_STARTS = frozenset(form[:5] for country in COUNTRIES if country.key in _CIS
                            for form in country.forms if len(form) >= 5)
_COUNCIL = frozenset("council councils совет совета совете советом".split())  # "Совет Федерации", "Federation Council"
_NAMING_BEFORE = frozenset("ministers министров cabinet кабинет кабинета".split())


def _state_of(word: str) -> Country | None:
    """The CIS state whose name a word is a form of ("Кыргызской", "Russian"), or None."""
    start = word[:5].lower()
    return next((c for c in COUNTRIES if c.key in _CIS and any(f[:5] == start for f in c.forms if len(f) >= 5)), None)


def _without_state_words(question: str) -> str:
    """The question without "Республика", "Федерация", "Republic (of)" where they stand beside a state's
    name ("Республики Казахстан", "Кыргызской Республики", "Российской Федерации", "the Republic of
    Belarus"): the name alone names it. Elsewhere ("Совет Федерации") they stay words of their own."""
    words = question.split(" ")
    kept: list[str] = []
    skip_of = False
    for i, word in enumerate(words):
        core = word.strip(".,;:!?()«»\"'")
        if skip_of and core.lower() == "of":  # "the Republic of Belarus": Belarus
            skip_of = False
            continue
        skip_of = False
        if _STATE_WORD_RE.match(core):
            before = words[i - 1].strip(".,;:!?()«»\"'").lower() if i else ""
            after = [w.strip(".,;:!?()«»\"'").lower() for w in words[i + 1:i + 3]]
            after = after[1:] if after[:1] == ["of"] else after
            council = before in _COUNCIL or bool(after) and after[0] in _COUNCIL
            # "Kazakhstan Republic Day", "Кабинет министров Кыргызской Республики" (a report's publisher): a name
            named = bool(after) and before[:5] in _COUNTRY_STARTS and words[i + 1][:1].isupper() \
                or any(w.lower().strip(".,") in _NAMING_BEFORE for w in words[max(0, i - 5):i])
            state = _state_of(before) if before[:5] in _COUNTRY_STARTS else _state_of(after[0]) if after else None
            if not council and not named and state is not None:
                if before[:5] in _COUNTRY_STARTS:  # "Кыргызской Республики": the adjective becomes the state's name
                    kept[-1] = (state.ru if is_cyrillic(before) else state.en) + kept[-1][len(kept[-1].rstrip(".,;:!?()«»\"'")):]
                kept.append(word[len(word.rstrip(".,;:!?()«»\"'")):])  # its punctuation only
                skip_of = True
                continue
        kept.append(word)
    return " ".join(w for w in kept if w)


_DATELINED_RE = re.compile(r"\bdatelined\s+(?:" + "|".join(sorted(
    {w for w in OTHER_PLACES if w.isascii()} | {"bishkek", "ashgabat"})) + r")\b(?:,\s+\w+\s+\d{1,2})?", re.IGNORECASE)
_IN_WHAT_CAPACITY_RE = re.compile(r"\b(?:in|в) (?:what|which|каком) (?:capacity|качестве)\b|"
                                  r"\b(?:at|на) (?:what|which|каком) (?:level|уровне)\b", re.IGNORECASE)  # ("at what level")


# a day written in words beside its month ("may twenty three", "the twenty-third of May", "двадцатого мая"): the
# day in digits, so that "twenty" is no count of documents
_EN_DAY_UNITS = {w: i + 1 for i, w in enumerate("""one two three four five six seven eight nine ten eleven twelve
    thirteen fourteen fifteen sixteen seventeen eighteen nineteen""".split())}
_EN_DAY_ORDINALS = {w: i + 1 for i, w in enumerate("""first second third fourth fifth sixth seventh eighth ninth tenth
    eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth""".split())}
_RU_DAY_ORDINALS = {w: i + 1 for i, w in enumerate("""перв втор треть четвёрт пят шест седьм восьм девят десят
    одиннадцат двенадцат тринадцат четырнадцат пятнадцат шестнадцат семнадцат восемнадцат девятнадцат""".split())}
_EN_UNIT_WORD = "|".join([*list(_EN_DAY_UNITS)[:9], *list(_EN_DAY_ORDINALS)[:9]])  # after "twenty": one to ninth
_EN_DAY_WORD = (rf"(?:(?:twenty|thirty)(?:[-\s]+(?:{_EN_UNIT_WORD}))?|twentieth|thirtieth|"
                + "|".join(sorted([*_EN_DAY_UNITS, *_EN_DAY_ORDINALS], key=len, reverse=True)) + ")")
_RU_DAY_WORD = (r"(?:(?:двадцать|тридцать)\s+)?(?:" + "|".join(_RU_DAY_ORDINALS) + r"|двадцат|тридцат)"
                r"(?:ого|ое|ом|ьего|ье|ем|его)")
_EN_MONTH = "|".join(_MONTHS_EN)
_RU_MONTH = "|".join(_MONTHS_OF)


def _names_a_month(lowered: str) -> bool:
    """True when a lowered text holds a month's name, English or Russian (the cheap test before _SPELT_DAY_RE)."""
    return has_any(lowered, _MONTH_STEMS)


_MONTH_STEMS = (*_MONTHS_EN, *(m[:-1] for m in _MONTHS_OF))  # ("январ", "ма": "мая")
_SPELT_DAY_RE = re.compile(
    rf"\b(?:(?P<m1>{_EN_MONTH})\s+(?:the\s+)?(?P<d1>{_EN_DAY_WORD})|(?:the\s+)?(?P<d2>{_EN_DAY_WORD})\s+(?:of\s+)?"
    rf"(?P<m2>{_EN_MONTH})|(?P<d3>{_RU_DAY_WORD})\s+(?P<m3>{_RU_MONTH}))\b", re.IGNORECASE)


# a question asked again in other words after the first ("... signed? Put differently, what was the total ...?")
_RESTATED_RE = re.compile(r"(?<=\?)\s+(?:put differently|put another way|in other words|or rather|i\.e\.|иначе говоря|"
                          r"другими словами|иными словами|проще говоря|то есть)\b.*$", re.IGNORECASE | re.DOTALL)
_RESTATING_RE = re.compile(r"^\s*(?:put differently|put another way|in other words|иначе говоря|другими словами|"
                           r"иными словами|проще говоря),?\s+", re.IGNORECASE)
_NUMERIC_DATE_RE = re.compile(r"\b(?:(?P<d>[0-3]?\d)[./](?P<m>[01]?\d)[./](?P<y>(?:19|20)\d\d)|"
                              r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))\b")


def _date_in_words(m: re.Match[str], russian: bool) -> str:
    """A date written in digits as its day, month and year in words ("27.10.2023": "27 October 2023");
    as written when it is no date ("31.13.2023")."""
    day, month, year = (int(m.group("d") or m.group("id")), int(m.group("m") or m.group("im")), m.group("y") or m.group("iy"))
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return m.group(0)
    return f"{day} {(_MONTHS_OF if russian else _MONTHS_EN)[month - 1]} {year}"


_DRAFT_CHECK_RE = re.compile(
    r"^\s*(?:(?:the|my|our|a|this) )?(?:draft|copy|script|text|story|wire|line|lede|caption|post|tweet|note|"
    r"черновик\w*|текст\w*|подводк\w*|заметк\w*|в черновике|в тексте|в подводке)"
    r"(?: (?:says|reads|states|has|claims|говорится|написано|сказано))?\s*[:,—-]?\s*"
    r"[\"'“«‘„](?P<claim>[^\"”»’“]+)[\"'”»’“]\s*[.!—–-]?\s*(?:(?:is (?:that|it|this) )?(?P<check>correct|right|true|accurate|"
    r"верно|правильно|так|это так|правда))\s*\?\s*$", re.IGNORECASE)
# someone else's text put as a claim's frame ("A colleague's draft says Mishustin called ..."): the claim alone
_PERSON_CLAIMS_RE = re.compile(r"^\s*(?:(?:a|my|our|the)\s+)?(?:colleague|co-?worker|editor|friend|boss|teacher|professor|"
                               r"supervisor|husband|wife|son|daughter|father|mother|brother|sister|neighbou?r|uncle|aunt|"
                               r"grandson|granddaughter|grandfather|grandmother)\s+(?:says|said|insists|insisted|claims|"
                               r"claimed|thinks|believes|told\s+me)\s+(?:that\s+)?(?P<claim>[^.?!]+?)(?:,?\s+(?:because|since|as)"
                               r"\s+[^.?!]*)?[.!]\s+(?:was|is)\s+(?:he|she|they|it|that|this)\s+(?:right|correct|true)\s*\?\s*$",
                               re.IGNORECASE)
_PERSON_CLAIMS_RU_RE = re.compile(r"^\s*(?:(?:мой|моя|наш|наша)\s+)?(?:коллега|начальник|начальница|редактор|друг|подруга|"
                                  r"муж|жена|сын|дочь|отец|мать|папа|мама|брат|сестра|сосед|соседка|преподаватель|"
                                  r"учитель|научный\s+руководитель|руководитель|внук|внучка)\s+(?:говорит|сказал\w*|"
                                  r"утверждает|уверяет|считает|настаивает)\s*,?\s*(?:что\s+)?(?P<claim>[^.?!]+?)[.!]\s+"
                                  r"(?:он|она|они|это)\s+(?:прав\w*|верно|так)\s*\?\s*$", re.IGNORECASE)
_SOMEONES_TEXT_RE = re.compile(r"^\s*(?:(?:a|my|our|the)\s+)?(?:colleague|co-?worker|editor|friend|boss|teacher|professor)"
                               r"(?:'s|’s)?\s+(?:draft|article|text|piece|notes?|story|post|copy|script)\s+"
                               r"(?:says|claims|states|reads|has)\s+(?:that\s+)?", re.IGNORECASE)
_HEADLINE_FACTS_RE = re.compile(r"\bheadline\s+(facts?|points?|news|figures?|numbers?)\b", re.IGNORECASE)


def _day_value(spelt: str) -> int:
    """The day a spelt day names ("twenty three", "twenty-third", "двадцать третьего": 23)."""
    total = 0
    for part in re.split(r"[-\s]+", spelt.lower()):
        if part.startswith(("twent", "двадцат")):
            total += 20
        elif part.startswith(("thirt", "тридцат")) and part not in _EN_DAY_UNITS and part not in _EN_DAY_ORDINALS:
            total += 30
        elif part in _EN_DAY_UNITS or part in _EN_DAY_ORDINALS:
            total += _EN_DAY_UNITS.get(part) or _EN_DAY_ORDINALS[part]
        else:
            total += next((v for k, v in sorted(_RU_DAY_ORDINALS.items(), key=lambda kv: -len(kv[0]))
                           if part.startswith(k)), 0)
    return total


def _spelt_days(question: str) -> str:
    """The question with each day written in words beside its month in digits ("may twenty three": "may 23")."""
    def digits(m: re.Match[str]) -> str:
        month = m.group("m1") or m.group("m2") or m.group("m3")
        return f"{month} {_day_value(m.group('d1') or m.group('d2') or m.group('d3'))}"
    return _SPELT_DAY_RE.sub(digits, question)


# a number of things written in words ("thirty documents", "двадцать два документа", "nine delegations")
_TENS = ("двадцат", "тридцат", "twenty", "thirty", "forty", "fifty", "сорок", "пятьдесят", "пятидесят", "sorok")
_SPELT_NUMBER = "|".join(sorted((w for w in NUMBER_WORDS if not w.startswith(_TENS)), key=len, reverse=True))
_SPELT_COUNT_RE = re.compile(
    rf"\b(?P<n>(?:(?:twenty|thirty|forty|fifty|двадцать|тридцать|двадцати|тридцати|сорока|сорок|пятьдесят|пятидесяти|"
    rf"sorok)(?:[-\s]+(?:{_SPELT_NUMBER}))?)|{_SPELT_NUMBER})(?P<rest>\s+(?:\w+\s+)?(?:documents?|agreements?|docs|delegations?|countries|"
    rf"документ\w*|соглашени\w*|делегаци\w*|стран\w*)\b)", re.IGNORECASE)


# what _SPELT_COUNT_RE counts, and what _AS_FAR_AS_KNOWN_RE's phrases hold: the cheap tests before them
_COUNTED_STEMS = ("document", "agreement", "docs", "delegat", "countr", "документ", "соглашени", "делегаци", "стран")
_AS_KNOWN_STEMS = ("имеющ", "материал", "material", "coverage", "available", "existing", "as far as", "котор", "насколько", "naskol",
                   "in question", "прост", "prostym", "simple", "plain")
_VENUE_CLAIM_RE = re.compile(r"^\s*(?:venue|host city|city|location|место(?: проведения)?|город)\s*[:—–=-]\s*"
                             r"(?P<place>[^\W\d_][\w-]*)\s*(?:,?\s*(?:right|correct|true|верно|так|правильно))?\s*\??\s*$",
                             re.IGNORECASE)
_DOCUMENTS_IN_RE = re.compile(r"\bдокумент\w*,?\s+(?:которые\s+)?(?P<verb>упоминает|упоминают|упомянут\w*|упомянул\w*)\b",
                              re.IGNORECASE)
_LIST_NUMBERED_RE = re.compile(r"\b(?:with|and)\s+(?:their\s+)?(?:item\s+)?numbers\b|\bс\s+(?:их\s+)?номерами\b|"
                               r"\bпо\s+номерам\b|\bс\s+нумерацией\b", re.IGNORECASE)
_PUT_OUT_RE = re.compile(r"\b(?:выпуст\w*|вышл\w*|вышел|опубликова\w*|размест\w*|появил\w*)", re.IGNORECASE)
_AT_WHAT_TIME_RE = re.compile(r"\bво сколько\b(?!\s+раз)", re.IGNORECASE)  # (not "во сколько раз": how many times)
# a note-taker's shorthand for the words the facts hold
_SHORTHAND = {"rep": "representative", "reps": "representatives", "mtg": "meeting", "mtgs": "meetings",
              "govt": "government", "gov't": "government", "dpm": "deputy prime minister",
              "dpms": "deputy prime ministers", "с указанием": "", "sec gen": "secretary general",
              "sec-gen": "secretary general", "secgen": "secretary general", "press briefing": "briefing",
              "press-briefing": "briefing", "пресс-брифинг": "брифинг"}
_SHORTHAND_RE = re.compile(r"(?<![\w'])(?:reps?|mtgs?|govt|gov't|dpms?|с указанием|sec[ -]?gen|press[ -]briefing|"
                           r"пресс-брифинг)(?![\w'])", re.IGNORECASE)
_PRESS_SERVICE_RE = re.compile(r"\bпресс-служб\w*\s+(?=(?:правительств|кабмин|кабинет|премьер)\w*)|"
                               r"\bpress[- ]service\s+of\s+(?:the\s+)?(?=(?:\w+\s+)?(?:government|cabinet|prime))|"
                               r"(?<=government)(?:'s|’s)?\s+press[- ]service\b", re.IGNORECASE)
_CITES_RE = re.compile(r"\b(?:quot\w*|cit\w*|attribut\w*|credit\w*|source\w*|ссыл\w*|цитир\w*|источник\w*)",
                       re.IGNORECASE)
_CAPTION_RE = re.compile(r"\b(?:для |в )?подпис\w* (?:к|под|для) (?:фото\w*|снимк\w*|фотографи\w*|кадр\w*)",
                         re.IGNORECASE)
# "which city and country", "в каком городе и стране": the meeting's place, the country its city's
_MEETING_HELD_RE = re.compile(r"\b(?:meeting|session|summit|council|held|took\s+place|take\s+place|заседани\w*|встреч\w*|"
                              r"совет\w*|прош\w+|проходил\w*|состоял\w*)\b", re.IGNORECASE)  # (not "which city and country
# is Smailov from")
_CITY_AND_COUNTRY_RE = re.compile(r"\b(?P<city>city|town|город\w*)\s*(?:,\s*|\s+and\s+|\s+и\s+|/)(?:in\s+)?(?:which\s+|what\s+|"
                                  r"в\s+)?(?:какой\s+)?(?:country|стран[аеуы])\b|\b(?:country|стран[аеуы])\s*(?:,\s*|\s+and\s+|"
                                  r"\s+и\s+|/)(?:which\s+|what\s+|в\s+)?(?:каком\s+|какой\s+)?(?P<city2>city|town|город\w*)\b",
                                  re.IGNORECASE)
# "... называют источники" after what is asked: as the reports give it (not "какие источники ...": which ones)
_SOURCES_NAME_RE = re.compile(r"\s+(?:называют|называет|указывают|приводят|дают|сообщают)\s+(?:источники|публикации|"
                              r"сми|СМИ)(?=\s*[?.!,]|\s*$)", re.IGNORECASE)
_WHICH_SOURCE_RE = re.compile(r"\b(?:как\w+|чь\w+)\s+(?:источник\w*|публикаци\w*|сми|издани\w*)", re.IGNORECASE)
# "put the number of signed documents at twenty-two": gave that count
_PUT_AT_RE = re.compile(r"\bput(?:s|ting)?\s+the\s+(?:number|count|total|figure|tally)\s+of\s+(?P<what>(?:[\w-]+\s+){0,2}?"
                        r"(?:documents|agreements|decisions|delegations|participants))\s+at\s+"
                        r"(?!more|less|over|under|fewer|about|around)(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\b", re.IGNORECASE)
# "TASS report time", "Astana Times article time?": when the report came out
# "who puts the number of delegations at nine": no report counts them, and "who reported nine ..." would find
# another nine (TASS's financing documents)
_WHO_PUTS_PEOPLE_RE = re.compile(r"^\s*(?:who|which|what)\b.*\b(?:delegations|participants)\s+at\b", re.IGNORECASE)
_REPORT_TIME_RE = re.compile(r"^\s*(?:the\s+)?(?!.*\b(?:meeting|session|summit|council|event)\b)(?P<src>[\w\-. ]{2,30}?)(?:'s)?\s+(?:(?:report|article|piece|story|item)\s+"
                             r"(?P<noun>time|timestamp|time\s+stamp|date|publication\s+(?:time|date))|timestamp|time\s+stamp)"
                             r"(?:\s+(?:pls|plz|please))?\s*\??\s*$", re.IGNORECASE)  # ("TASS timestamp": its publication's)
# the other option of "did he say anything": silence, no subject of his words ("или просто сидел?", "or did he just
# sit there?", "или промолчал")
_OR_SILENT_RE = re.compile(r",?\s+(?:или|or)\s+(?:(?:did|was)\s+(?:he|she)\s+)?(?:просто\s+|just\s+|only\s+)?"
                           r"(?:(?:про)?молча\w*|сидел\w*|отмолча\w*|слушал\w*|sat|sit|sitting|kept\s+(?:quiet|silent)|"
                           r"stay\w*\s+(?:quiet|silent)|listened|listen|silent|quiet)\b(?:\s+there)?"
                           r"(?:\s+(?:on|about)\s+(?:it|that|this)|\s+(?:об\s+этом|на\s+этот\s+счёт|на\s+эту\s+тему))?",
                           re.IGNORECASE)
# "«более 20» или всё-таки точное число?", "more than 20 or an exact number?": how many (documents: the one count
# the reports put as "more than 20")
_MORE_THAN_OR_EXACT_RE = re.compile(
    r"[«\"']?(?:более|больше|свыше|more\s+than|over)\s+\d+[»\"']?,?\s+(?:или|or)\s+(?:(?:всё|все)-?таки\s+|"
    r"(?:(?:does\s+it|do\s+they)\s+)?(?:give|gives|giving)\s+)?(?:an?\s+)?(?:точное|точную|exact|precise)\s+"
    r"(?:число|количество|цифр\w*|number|figure|count)\b", re.IGNORECASE)
# what a report cites an agency for, asked as its "issues" ("which agency does Asia-Plus cite, and on which issues",
# "и по каким вопросам"): the facts credited to it, not the meeting's agenda
_CITED_ON_WHICH_RE = re.compile(r",?\s+(?:and|и)\s+(?:on|for|about|по|о|в)\s+(?:which|what|каким|каких|какие)\s+"
                                r"(?:issues|topics|matters|questions|subjects|points|вопросам|вопросах|темам|темах|поводам)\b",
                                re.IGNORECASE)
_CITES_AN_AGENCY_RE = re.compile(r"\b(?:cites?|cited|citing|credits?|credited|ссылает\w*|ссылаются|цитиру\w*|ссылк\w*)\b",
                                 re.IGNORECASE)
# an item of a list named by its subject, not its number ("the Afghanistan-related item on the Kyrgyz list")
_ITEM_OF_THE_LIST_RE = re.compile(r"(?<!sub-)(?<!sub)\bitems?\b(?!\s*(?:no\.?\s*|number\s*|№\s*|#\s*)?\d)", re.IGNORECASE)
_ITEM_NUMBERED_RE = re.compile(r"\bitems?\s+(?:no\.?\s*|№\s*|#\s*)?\d", re.IGNORECASE)  # ("item 10 and its sub-item")
_A_LIST_RE = re.compile(r"\b(?:list|listed|listing)\b", re.IGNORECASE)
# "last October", "в прошлом октябре": a month, not the last meeting
_LAST_MONTH_RE = re.compile(r"\b(?:last|this\s+past|past)\s+(?=(?:january|february|march|april|may|june|july|august|september|"
                            r"october|november|december)\b)|\bпрошл\w+\s+(?=(?:январ|феврал|март|апрел|ма[йея]|июн|июл|"
                            r"август|сентябр|октябр|ноябр|декабр)\w*)", re.IGNORECASE)
_SAID_WORDS = frozenset("speech quote quotes words remarks statement речь цитата слова заявление".split())  # ("Mishustin
# speech timestamp": no report's)
# "many" that asks no number: only "how many" does ("there are many sites", "many people ask", "so many")
_MANY_NOT_ASKED_RE = re.compile(r"(?<!\bhow )(?<!\bhow  )\bmany\b\s*(?=[^?]*[.!;](?:\s|$))", re.IGNORECASE)  # (in a
# sentence that asks nothing: "Were many documents on financing?" asks how many)
# a number put to two reports as choices ("Is the 22 reported by TASS or Asia-Plus?", "Is 22 TASS's number or
# Asia-Plus's?", "Who reported 22, TASS or Asia-Plus?"): who reported it, whichever is named
_NUMBER_OF_A_OR_B_RE = re.compile(
    r"^\W*(?:is|was)\s+(?:the\s+)?(?:figure\s+(?:of\s+)?|number\s+)?(?P<n>\d+)\s+(?:(?:reported|given|cited|named)\s+by\s+"
    r"[\w.\-]+\s+or\s+(?:by\s+)?[\w.\-]+|[\w.\-]+'s\s+(?:number|figure|count)\s+or\s+[\w.\-]+'s)\s*\?*\s*$|"
    r"^\W*(?P<who>who|which\s+(?:report|outlet|agency|source))\s+(?P<verb>reported|gave|gives|says|said|cited)\s+"
    r"(?P<n2>\d+)(?:\s+documents)?\s*,\s*[\w.\-]+\s+or\s+[\w.\-]+\s*\?*\s*$", re.IGNORECASE)
# the headline of a report named by its outlet and what it is about ("the title of the Trend article about
# Uzbekistan", "заголовок статьи Trend про Арипова"): the report's headline, its subject no fact to find
_HEADLINE_OF_ABOUT_RE = re.compile(
    r"(?P<head>\b(?:headline|title|заголов\w*)\b.{0,40}?\b(?:article|story|piece|report|item|стать\w*|материал\w*|"
    r"заметк\w*|публикаци\w*|сообщени\w*))\s+(?:about|on|regarding|про|о|об)\s+[^?.!]+", re.IGNORECASE)
# "put its story out", "put out the report": published it
_PUT_OUT_EN_RE = re.compile(r"\bput\s+(?:(?P<it>(?:its|the|their|that|this|his|her)\s+(?:story|report|article|piece|item|news))"
                            r"\s+out|out\s+(?P<it2>(?:its|the|their|that|this)\s+(?:story|report|article|piece|item|news))\b)",
                            re.IGNORECASE)
# "at the top level", "на высшем уровне": who came is asked, whatever the rank
_AT_TOP_LEVEL_RE = re.compile(r",?\s+(?:at\s+(?:the\s+)?(?:very\s+)?(?:top|highest|summit|presidential)(?:\s+|-)level|"
                              r"на\s+(?:самом\s+)?высш\w+\s+уровн\w+)\b", re.IGNORECASE)
# "whose own words are quoted", "кого цитируют публикации": who spoke, as the reports quote them
_WHOSE_WORDS_QUOTED_RE = re.compile(r"\bwhose\s+(?:own\s+)?(?:words|remarks|statements)\s+(?:are|were)\s+(?:actually\s+|"
                                    r"directly\s+)?quoted(?:\s+in\s+the\s+reports)?|\bwhose\s+(?:own\s+)?(?:words|remarks)\s+"
                                    r"do\s+the\s+reports\s+quote|\bwho\s+(?:is|was|are|were)\s+(?:actually\s+)?quoted(?:\s+in\s+"
                                    r"the\s+reports)?|\bкого\s+(?:из\s+\w+\s+)?цитиру\w+\s+(?:публикации|источники|сми)|"
                                    r"\bчьи\s+слова\s+(?:приводят|цитиру\w+)(?:\s+(?:публикации|источники|сми))?",
                                    re.IGNORECASE)
# a list asked within the question's first words ("which delegations ...", "какие делегации ...")
_WHICH_ASKED_RE = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:which|what|who|whose|какие|какими|каких|кто|чьи)\b", re.IGNORECASE)
# "led by someone below prime-minister level", "ниже уровня премьер-министра": by a deputy head of government
_BELOW_PREMIER_RE = re.compile(r"\s+(?:someone|somebody|officials?|people|persons?|a\s+person)?\s*below\s+(?:the\s+)?"
                               r"(?:prime[- ]minister(?:ial)?|pm|premier|head[- ]of[- ]government)(?:'s)?\s+(?:level|rank)\b|"
                               r"\s+(?:кем-то\s+|кто-то\s+|кто-нибудь\s+|лицами\s+|лица\s+|чиновниками\s+)?ниже\s+(?:уровня\s+|ранга\s+)?"
                               r"(?:премьер-министра|премьера|премьерского\s+(?:уровня|ранга))\b", re.IGNORECASE)
# "Говорят, ... правда ли?": what people say, put to be checked
_HEARSAY_RE = re.compile(r"(?:^|(?<=[.!?:;]\s))(?:(?:а|и|вот|ещё|еще)\s+)?(?:говорят|поговаривают)\s*(?:,\s*(?:что\s+)?|\s+что\s+)",
                         re.IGNORECASE)
# "про деньги, про финансирование": money said beside the financing it means
_MONEY_BESIDE_RE = re.compile(r"\b(?:про|о|about|on)\s+(?:деньги|money)\s*(?:[,/]|\s+(?:и|and|or|или))\s*", re.IGNORECASE)
# "Asia-Plus only says ...", "ТАСС пишет только, что ...": one report's words, put before asking which other
# report says more
_ONLY_SAYS_RE = re.compile(r"^\s*(?!(?:which|what|who|как\w*|кто)\b)(?:[\w\-.]+\s+){1,3}?(?:(?:only|just|merely)\s+"
                           r"(?:says|gives|reports|mentions|writes)|(?:says|gives|reports)\s+only|пишет\s+только|"
                           r"только\s+(?:пишет|сообщает|говорит|называет)|сообщает\s+только)"
                           r"(?:\s+that|\s*,?\s*что)?\s+", re.IGNORECASE)
_WHICH_REPORT_RE = re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:source|report|outlet)s?\b|\bкак\w+\s+(?:друг\w+\s+)?"
                              r"(?:источник|публикаци|издани)", re.IGNORECASE)
# "..., not a summary", "as published", "а не пересказ": how the answer is wanted, no subject
_NOT_A_SUMMARY_RE = re.compile(r",?\s*\b(?:(?:and\s+)?not\s+(?:a|the|your)\s+(?:summary|paraphrase|retelling)|"
                               r"as\s+(?:they\s+were\s+|it\s+was\s+)?published(?=\s*[.,;!?]|\s*$)|"
                               r"(?:а\s+)?не\s+(?:пересказ\w*|кратк\w+\s+содержани\w+|сводк\w*))\b", re.IGNORECASE)
# "Aripov's sentence on ...", "Mishustin's line about ...": the person's words
_POSSESSIVE_SENTENCE_RE = re.compile(r"(\w['’]s)\s+(?:sentences?|lines?)\b", re.IGNORECASE)
# "the state of mutual trade": trade as it stands
_STATE_OF_RE = re.compile(r"\bthe\s+(?:current\s+|present\s+|overall\s+|general\s+)?state\s+of\s+(?:(?:affairs|play)\s+"
                          r"(?:in|of|on|with)\s+)?(?!affairs\b|play\b|emergency\b|the\s+(?:art|union|nation)\b)"
                          r"(?=(?:the\s+)?[a-z])",
                          re.IGNORECASE)
_SET_FOR_RE = re.compile(r"\b(?:set|slated) (?=for (?:19|20)\d\d\b)", re.IGNORECASE)  # (not "set for 27 October": a plan)
# "did X tell ...": X's words ("tell" alone is a request: "tell me about ...")
_DID_TELL_RE = re.compile(r"\b(?:did|does|do|will|would)\s+(?!you\b|u\b)(?:[\w'’.-]+\s+){1,5}?(?P<tell>tell)\b(?!\s+(?:me|us)\b)",
                          re.IGNORECASE)


def _count_in_digits(m: re.Match[str]) -> str:
    """A number written in words before what it counts, in digits ("twenty-two documents": "22 documents")."""
    words = re.split(r"[-\s]+", m.group("n").lower())
    return f"{sum(NUMBER_WORDS[w] for w in words)}{m.group('rest')}"


# "do the sources back this up?", "подтверждают ли это источники?": is it true
_SOURCES_BACK_RE = re.compile(
    r"\b(?:do|does|can|will) (?:the |your )?(?:sources?|reports?|media|coverage|facts)\s+(?:back|support|bear|confirm)"
    r"\s+(?:this|that|it|the claim|this claim)?(?:\s+(?:up|out))?\s*\??|"
    r"\bподтвержда\w*\s+ли\s+(?:это\s+)?(?:источники|публикации|сми)(?:\s+это)?\s*\??", re.IGNORECASE)
# "how did the meeting end", "чем завершилось заседание": its results
_MEETING_ENDED_RE = re.compile(
    r"^\W*(?:how|what) did (?:the|this) (?:bishkek )?(?:meeting|session|summit|council) (?:end|conclude|finish)"
    r"(?: with| up)?\s*\??\s*$|"
    r"^\W*(?:чем|как) (?:заверши|закончи)\w* (?:бишкекское )?(?:заседание|встреча|саммит|совет)\s*\??\s*$", re.IGNORECASE)


# "ended with 20 documents signed", "завершилось подписанием": what was signed, not the meeting's end
_ENDED_WITH_RE = re.compile(r"\b(?:ended|ends|end|concluded|concludes|conclude|closed|wrapped up)\s+(?=with\b)|"
                            r"\b(?:заверши|закончи)\w*\s+(?=подписани)", re.IGNORECASE)


# questions announced, none asked yet ("I have two questions", "у меня пара вопросов")
_QUESTIONS_TO_COME_RE = re.compile(
    r"^\W*(?:(?:i have|i've got|i got|got)\s+)?(?:two|three|a few|a couple of|some|several|quick|a)\s+(?:quick\s+|short\s+)?"
    r"(?:things|questions?|qs)\W*$|^\W*(?:у меня\s+)?(?:есть\s+)?(?:два|три|пара|несколько|парочка)\s+(?:коротких\s+|быстрых\s+)?"
    r"(?:вопроса|вопросов|вопросиков)\W*$", re.IGNORECASE)


# a polite opening before the question ("Excuse me, may I ask ...", "Извините, можно спросить: ..."), or a count of
# what follows ("Two quick things: ...", "Два вопроса: ...")
_POLITE_OPENING_RE = re.compile(
    r"^\W*(?:(?:two|three|a few|a couple of|some|quick)\s+(?:quick\s+|short\s+)?(?:things|questions|qs)|"
    r"(?:два|три|пара|несколько)\s+(?:коротких\s+|быстрых\s+)?(?:вопроса|вопросов|вопрос))\s*[:,;.!-]+\s*|"  # a count
    r"^\W*(?:(?:excuse me|sorry|pardon(?: me)?|извините|простите)\b[\s,.!:;-]*)?"
    r"(?:(?:may|can|could|might) i (?:please )?ask(?: you)?|i (?:would|'d) like to ask|"
    r"(?:можно|могу ли я) (?:спросить|уточнить|задать вопрос)|разрешите (?:спросить|уточнить)|"
    r"(?:excuse me|sorry|pardon(?: me)?|извините|простите)(?=[\s,.!:;-]))\b[\s,.!:;-]*", re.IGNORECASE)


# a place asked by its kind ("in which country", "в каком городе"): where
_IN_WHICH_PLACE_RE = re.compile(r"\bin (?:which|what) (?:country['’]s capital|country|city)\b(?!['’]s)|"
                                r"\bв (?:столице как(?:ой|ого) (?:страны|государства)|как(?:ой|ом) (?:стране|городе)"
                                r"(?: и (?:в )?(?:как(?:ой|ом) )?(?:столице|городе))?)\b|"
                                r"\bin (?:which|what) country and (?:which |what )?(?:capital|city)\b",
                                re.IGNORECASE)


# the councils' abbreviations in English ("CIS HoG", "CHG", "HoS")
_HOG_RE = re.compile(r"\b(?:HoGs?|CHG|HoS)\b")


# a broadcast ("was it broadcast live", "a live stream"): "live" there is on air
_ON_AIR_RE = re.compile(r"\b(?:broadcast\w*|stream\w*|televis\w*|on (?:tv|air|television))")


# a capital for its government ("official Ashgabat", "официальный Ашхабад", "официальной Москвы"): the country
_OFFICIAL_CAPITAL_RE = re.compile(r"\b(?:official|официальн\w+)\s+(ashgabat|ашхабад\w*|moscow|москв\w+|minsk|минск\w*|"
                                  r"astana|астан\w+|bishkek|бишкек\w*|tashkent|ташкент\w*|baku|баку|yerevan|ереван\w*|"
                                  r"dushanbe|душанбе)\b", re.IGNORECASE)
# the next meeting after this one: "следующее заседание после Бишкека", "the next one after Bishkek"
_NEXT_AFTER_BISHKEK_RE = re.compile(r"\b(?:следующ\w*|sleduyu\w*|next)\b.*\b(?:после|posle|after)\s+(?:бишкек\w*|bishkek\w*)",
                                 re.IGNORECASE)
_AFTER_THE_CITY_RE = re.compile(r"\b(?:после|posle|after)\s+(?:бишкек\w*|bishkek\w*)", re.IGNORECASE)
# "число" beside "когда": the day of the month ("когда точно ...? число нужно", "kakogo chisla")
_DAY_NUMBER_RE = re.compile(r"\b(?:число|chislo)\b(?!\s+(?:документ|стран|делегац|участник|человек|dokument|stran|delegac|"
                            r"uchastnik|chelovek)\w*)", re.IGNORECASE)  # (not "какое число документов": a count)
_KOGDA_RE = re.compile(r"\b(?:когда|kogda|when)\b", re.IGNORECASE)
_HEAD_OF_GOVERNMENT_MEETING_RE = re.compile(r"\bhead of government(?=\s+(?:meeting|council|session|summit)s?\b)",
                                            re.IGNORECASE)
_NUMBER_ONE_RE = re.compile(r"\b(?:number\s+one|номер\s+один)\b", re.IGNORECASE)
# a report's title ("which report comes from the Kyrgyz government, and what is its title"): its headline
_A_REPORT_RE = re.compile(r"\b(?:report|article|piece|story|publication|dispatch|item)s?\b", re.IGNORECASE)
_ITS_TITLE_RE = re.compile(r"\b(its|the report's|the article's|the story's)\s+title\b", re.IGNORECASE)
_COMES_FROM_RE = re.compile(r"(?:(?<=\breport\s)(?:comes|came)|(?<=\breports\s)(?:come|came))\s+from\b(?=\s+(?:the\s+)?(?:[A-ZА-ЯЁ]|"
                            r"(?:[\w'-]+\s+){0,3}?(?:government|cabinet|agency|press|ministry|authorities|state)\b))")
# (not "the Sputnik report came from which city": its dateline)
# someone else's question passed on, its asker first: "Внук спрашивает:", "Коллега интересуется:", "My son asks:"
_WHO_ASKS_RE = re.compile(r"^\s*(?:(?:my|our|мой|моя|наш|наша)\s+)?\w+\s+(?:спрашивает|спрашивают|интересуется|интересуются|"
                          r"asks|asked|wonders|wants\s+to\s+know)\s*:\s*", re.IGNORECASE)
# "official" describing words said ("the official statement", "official reaction"): no official asked of
_OFFICIAL_STATEMENT_RE = re.compile(r"\b(the|an|its|their|his|her)\s+official\s+(?=(?:statements?|reactions?|responses?|"
                                    r"comments?|position|stance|remarks?)\b)", re.IGNORECASE)  # (not "did any official comment")
# "the prime ministers' meeting", "встреча премьеров": this meeting, by who met (no premiers counted or asked)
_PREMIERS_MEETING_RE = re.compile(r"\b(встреч\w*|заседани\w*|саммит\w*|vstrech\w*|zasedani\w*)\s+(?:премьер(?:-министр)?ов|"
                                  r"prem'?er(?:-ministr)?ov)\b|\b(?:prime ministers|premiers|pms)['’]?\s+(?=meeting|summit|session)",
                                  re.IGNORECASE)
_WITHOUT_QUOTES_RE = re.compile(r"\b(?:bez|без)\s+(?:citat|tsitat|цитат)\w*", re.IGNORECASE)
_A_DOCUMENTS_WORD_RE = re.compile(r"\b(?:documents?|medal|programmes?|programs?|plans?|agreements?|concept)\b")
_DURATION_RE = re.compile(r"\b\d+[- ]?(?:seconds?|minutes?|min|sec|секунд\w*|минут\w*)\b", re.IGNORECASE)  # "a 20-second clip"
_WHAT_NEXT_RE = re.compile(r"(?:\bwhat(?:'s| is)? (?:comes|happens|is) next\b|\bwhat(?:'s| is) next\b|\bwhat comes after\b|"
                           r"\bчто (?:будет )?дальше\b)(?!\s+(?:будет\s+)?(?:с|со|to|with|for)\b)", re.IGNORECASE)
_PRESS_CONFERENCE_RE = re.compile(r"\b(?:press|news|media)[ -]conferences?\b|\bпресс-конференци\w*", re.IGNORECASE)
# "who wants to revise the free trade agreement", "кто хочет пересмотреть": who proposed it
_WHO_WANTS_RE = re.compile(r"\bwho (?:wants|wanted|would like|is pushing|pushed) to\b|\bкто (?:хочет|хотел|хотят)\b",
                           re.IGNORECASE)
# "exact name", "official name": a thing's title
_EXACT_NAME_RE = re.compile(r"\b(?:exact|full|official|precise|complete) name\b", re.IGNORECASE)
_A_DOCUMENT_RE = re.compile(r"\b(?:program\w*|document\w*|agreement\w*|plan|concept|treaty|decision|programme\w*)\b")


# "link" or "tie ... to" as a verb ("did Smailov link the corridors to the Belt and Road", "tie the routes to it"; not
# "cultural ties"): connecting things,
# not a link to a report (not "the link", "a link to the article", "links to sources")
_LINK_VERB_RE = re.compile(r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bany )(?<!\byour )(?<!\bwith )(?<!\bsource )(?<!\bweb )"
                           r"(?<!\bme )(?<!\bus )(?<!\bthis )(?<!\bthat )(?<!\bits )\b(?P<link>link(?:s|ed|ing)?|(?:tie|tied|tying)(?=(?:\s+[\w'-]+){1,6}?\s+to\b))\b"
                           r"(?!\s+(?:to|for)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:article|report|source|page|story|"
                           r"publication|text|original|tass|trend|azernews|sputnik|asia-plus|astana|gov)\w*)(?!\s*(?:please|pls)?\W*$)",
                           re.IGNORECASE)


def _link_as_connect(found: re.Match[str]) -> str:
    link = found.group("link")
    return {"link": "connect", "links": "connects", "linked": "connected", "linking": "connecting", "tie": "connect",
            "tied": "connected", "tying": "connecting"}[link.lower()]


# a claim put as possibly fake ("20 documents signed in Bishkek - fake?", "true or fake?", "Фейк? ...", "is it fake
# that ..."): checked as "true?" is
_FAKE_WORD = r"(?:fake|фейк|fejk|feik|hoax)"
_FAKE_END_RE = re.compile(r"[\s,:;—–-]*(?:\b(?:true|правда|pravda)\s+(?:or|или|ili)\s+)?\b" + _FAKE_WORD +
                          r"(?:\s+(?:or|или|ili)\s+(?:not|true|real|нет|правда|pravda|net))?\W*$", re.IGNORECASE)
_FAKE_START_RE = re.compile(r"^\W*(?:(?:true|правда|pravda)\s+(?:or|или|ili)\s+)?" + _FAKE_WORD +
                            r"(?:\s+(?:or|или|ili)\s+(?:not|true|real|нет|правда|pravda|net))?\s*[?:!.—–-]+\s*",
                            re.IGNORECASE)
_FAKE_THAT_RE = re.compile(r"\bis (?:it|this|that) (?:a )?fake(?: news)?(?: that)?\b", re.IGNORECASE)


def _fake_as_true(question: str) -> str:
    """The claim with "fake?" asked as "true?" (in the question's alphabet)."""
    check = " — правда?" if is_cyrillic(question) else " - true?"
    question = _FAKE_THAT_RE.sub("is it true that", question)
    if _FAKE_START_RE.search(question):
        question = _FAKE_START_RE.sub("", question).rstrip(" ?.!") + check
    return _FAKE_END_RE.sub(check, question)


# "кто ездил в Бишкек на совет", "съездил на заседание", "Токаев сам ездил?" (the question's last word), and typed in
# Latin letters, "ezdil v bishkek": came to it (not "ездил на Иссык-Куль": elsewhere)
_WENT_TO_IT_RE = re.compile(r"\b(?:съ|s)?(?:езд|ezd)(?P<end>ил|ила|или|il|ila|ili)\b(?=\s*[?!.]*\s*$|\s+(?:\w+\s+){0,2}?"
                            r"(?:v\s+bishkek|na\s+(?:zasedani|sovet|sgp|vstrech|sammit))|\s+(?:\w+\s+){0,2}?"
                            r"(?:в\s+бишкек|на\s+(?:заседани|совет|сгп|"
                            r"встреч|саммит)))", re.IGNORECASE)


def _came(went: re.Match[str]) -> str:
    """"приехал(а, и)" for "ездил(а, и)", and "priezzhal(a, i)" for "ezdil(a, i)", as typed (Latin letters stay Latin)."""
    ending = went.group("end")[2:]
    return f"priezzhal{ending}" if went.group(0).isascii() else f"приехал{ending}"


# a conclusion drawn: by one person ("какой вывод сделал Лебедев": what he said), or of the meeting ("выводы заседания":
# its results)
_CONCLUSION_RE = re.compile(r"\bвывод(?:ы|а|ов)?\b", re.IGNORECASE)
_DREW_RE = re.compile(r"\b(?:с)?дела(?P<end>л|ла)\b", re.IGNORECASE)


def _conclusion_read(question: str) -> str:
    if _DREW_RE.search(question):
        return _CONCLUSION_RE.sub(" ", _DREW_RE.sub(lambda m: "сказа" + m.group("end"), question))
    return _CONCLUSION_RE.sub("итоги", question)


# an honorific before a name ("Mr. Mishustin", "господин Смаилов", "г-н Арипов"): no word of the name, nor anyone else
_HONORIFIC_RE = re.compile(r"(?<![\w-])(?:Mr|Mrs|Ms|Mister|Messrs|Dr|H\.\s?E|Sir|Madam|Mme|M|[Гг]осподин[аеу]?|[Гг]оспож[аиеу]|"
                           r"[Гг]-н[аеу]?|[Гг]-жа|[Тт]оварищ[аеу]?|gospodin[au]?|g-n)\.?\s+(?=[A-ZА-ЯЁ])")


# a claim the asker wants confirmed: "Подтвердите, что ...", "(Can you) confirm that ...": whether it is true
_CONFIRM_THAT_RE = re.compile(r"^\W*(?:(?:please|can you|could you|pls)\s+)?(?:confirm|verify)(?:,)?\s+that\b|"
                              r"^\W*(?:пожалуйста,?\s+)?(?:подтвердите|подтверди|подтвердить|проверьте|проверь),?\s+что\b",
                              re.IGNORECASE)


def _confirm_as_check(question: str) -> str:
    russian = is_cyrillic(question)
    return _CONFIRM_THAT_RE.sub("Верно ли, что" if russian else "Is it true that", question, count=1)


_CIS_IN_FULL_RE = re.compile(r"\b(?:the\s+)?commonwealth\s+of\s+independent\s+states\b|\bсодружеств\w*\s+независимых\s+"
                             r"государств\b", re.IGNORECASE)


def without_honorifics(question: str) -> str:
    """The question without an honorific before a name ("Did Mr. Mishustin say": "Did Mishustin say"), and
    without the dot of a shortened word inside a sentence ("kogda sled. zasedanie": no sentence ends there)."""
    if "." in question:
        question = _SHORTENED_RE.sub(r"\1", question)
    return _HONORIFIC_RE.sub("", question) if _HONORIFIC_RE.search(question) else question


# a shortened word whose dot ends no sentence when a lower-case word or a number follows: "след. заседание",
# "sled. zasedanie", "в 2023 г. в Бишкеке", "т.е. когда", "e.g. trade"
_SHORTENED_RE = re.compile(r"(?<![\w.])(sled|след|сл|напр|napr|т\.е|т\.к|т\.д|т\.п|гос|gos|тыс|млн|млрд|mln|mlrd|г|гг|"
                           r"e\.g|i\.e|approx|vs)\.(?=\s+[a-zа-яё0-9])")


# the asker's own notes ("as I have it in my notes"), which "noted" would otherwise read as someone's words
_MY_NOTES_RE = re.compile(r"\b(?:in|from|according to|по)?\s*(?:my|our|мои\w*|наши\w*)\s+"
                          r"(?:notes|заметк\w*|заметок|записях|записям)\b", re.IGNORECASE)


# someone expressing something, asked ("did the Armenian delegation express any reservations", "did Grigoryan voice
# concerns"): lower-case verbs only (not "Voice of America", "Express-K"), never "expressed by" (the reports' own
# "initiatives expressed by the heads of delegations")
_EXPRESSED_RE = re.compile(r"\b(?:express|expressed|expresses|expressing|voice|voiced|voicing)\b(?!\s+by\b)(?=\s+(?:any|his|"
                           r"her|their|its|a|an|some|no|concerns?|views?|reservations?|objections?|support|opposition|"
                           r"doubts?|position|readiness|hopes?))")
# "say who", "tell me which": an asking of its own, no saying asked ("... and say who were prime ministers")
_DOCUMENT_NOUN_RE = re.compile(r"\b(?:documents?|agreements?|programmes?|programs?|plans?|decisions?|signed)\b", re.IGNORECASE)
_CONCERN_RE = re.compile(r"\bconcerns?\b(?!\s+(?:raised|was|were|about|over|that|expressed|voiced))", re.IGNORECASE)
_COUNTER_RE = re.compile(r"(?<=\bcounter)[- ](?=terror|extrem)", re.IGNORECASE)
_ANYONE_RE = re.compile(r"\b(?:anyone|anybody|someone|somebody|any\s+(?:delegation|country|leader|participant)s?|"
                        r"кто-нибудь|кто-то)\b", re.IGNORECASE)
_IMPERATIVE_RE = re.compile(r"^\W*(?:please\s+)?(?:list|name|give|show|enumerate|перечисли\w*|назови\w*|дай\w*|покажи\w*)\b",
                            re.IGNORECASE)
_SAY_WHO_GATE = ("say", "tell", "specify", "indicate")  # (one of which any match of _SAY_WHO_RE holds)
_SAY_WHO_RE = re.compile(r"(?:(?<=^)|(?<=\band\s)|(?<=\bplease\s)|(?<=[,;:]\s))(?:say|tell(?:\s+me|\s+us)?|specify|indicate)\s+"
                         r"(?=(?:who|which|whether|what)\b)", re.IGNORECASE)  # (an imperative; not "did TASS say who")
# "bring up" is one word's meaning in two: "raised" ("who brought up Innoprom"; not "what did the meeting bring")
_BROUGHT_UP_RE = re.compile(r"\b(?:brought|bring|brings|bringing)\s+(?:up|to\s+the\s+table)\b", re.IGNORECASE)
# how the meeting went, asked of a speaker ("what did Lebedev say about how the meeting went"): the meeting itself
_HOW_IT_WENT_RE = re.compile(r"(?:\s+how)?\s+(?:the\s+meeting|the\s+session|the\s+talks|it|things)\s+(?:went|had\s+gone|"
                             r"has\s+gone|was\s+going|did\s+go)\b", re.IGNORECASE)
# "who went to the meeting", "who went for Azerbaijan": came (not "went missing", "went for a free trade zone")
_WENT_TO_RE = re.compile(r"\bwent\s+to\b|\bwent\s+(?:for|from)\s+(?=[A-ZА-ЯЁ])")


# Kyrgyz words users mix into Russian questions, each as the Russian word it means (the reports are in Russian and
# English; a question's own Kyrgyz words are read as Russian ones, names of countries in their Russian form)
_KYRGYZ = {
    "кайсы": "какой", "күнү": "день", "күн": "день", "болгон": "было", "болду": "было", "болот": "будет",
    "ким": "кто", "келди": "приехал", "келген": "приехал", "келдиби": "приехал ли", "катышкан": "участвовал",
    "катышты": "участвовал", "беле": "ли", "эмне": "что", "канча": "сколько",
    "качан": "когда", "кайда": "где", "жөнүндө": "про", "барбы": "есть ли", "дагы": "ещё", "өзү": "сам",
    "биздин": "наш", "рахмат": "спасибо", "жыйын": "заседание", "жыйыны": "заседание", "жыйынында": "на заседании",
    "кыскача": "кратко", "айтып": "расскажите", "бериңизчи": "", "бериңиз": "", "акыры": "", "го": "", "салам": "привет",
    "сүйлөдү": "выступал", "сүйлөгөн": "выступал", "айтты": "сказал", "сунуштады": "предложил", "кол": "",
    "коюлду": "подписали", "коюшту": "подписали", "документтер": "документы", "өлкөлөр": "страны",
    "премьер-министри": "премьер-министр", "бишкекте": "в Бишкеке", "ташкентте": "в Ташкенте",
    "ашхабадда": "в Ашхабаде", "кийинки": "следующее", "мурунку": "предыдущее",
}
# country names in Kyrgyz, by the start of the word (case endings follow): the Russian name
_KYRGYZ_COUNTRIES = (("өзбекстан", "Узбекистан"), ("казакстан", "Казахстан"), ("тажикстан", "Таджикистан"),
                     ("таджикстан", "Таджикистан"), ("түркмөнстан", "Туркменистан"), ("орусия", "Россия"),
                     ("азербайжан", "Азербайджан"), ("армения", "Армения"), ("беларус", "Беларусь"),
                     ("кыргызстан", "Кыргызстан"))
# a Kyrgyz letter, or a Kyrgyz word no Russian sentence has
_KYRGYZ_GATE = ("ү", "ө", "ң", "кайсы", "болгон", "болду", "болот", "катышкан", "канча", "качан", "жыйын", "барбы", "эмне",
                "рахмат", "келди", "келген", "ким", "айтты", "кийинки", "беле")  # (what any match of _KYRGYZ_HINT_RE holds)
_KYRGYZ_HINT_RE = re.compile(r"[үөңҮӨҢ]|\b(?:кайсы|болгон|болду|болот|катышкан|канча|качан|жыйын\w*|барбы|эмне|рахмат|"
                             r"келди|келдиби|келген|ким|айтты|кийинки|беле)\b", re.IGNORECASE)
_KYRGYZ_WORD_RE = re.compile(r"[\wүөңҮӨҢ-]+")


def _in_russian(question: str) -> str:
    """The question with its Kyrgyz words as the Russian ones they mean (unknown words left as typed)."""
    def russian(found: re.Match[str]) -> str:
        word = found.group(0)
        lowered = word.lower()
        if lowered in _KYRGYZ:
            return _KYRGYZ[lowered]
        for stem_, name in _KYRGYZ_COUNTRIES:
            if lowered.startswith(stem_):
                return name
        return word
    return re.sub(r"\s{2,}", " ", _KYRGYZ_WORD_RE.sub(russian, question)).strip()


# the outlet or agency asked beside someone's words, at the end: "..., plus the outlet and the agency it relied on",
# "and the agency it came through", "и агентство, которое их передало" (not "with the outlet": a quote's source line
# names it)
_AND_ITS_CARRIER_RE = re.compile(
    r"[,;]?\s*(?:and|plus|и|а также)\s+(?:also\s+)?(?:the\s+|its\s+|their\s+)?(?:(?:outlet|agency|wire|source|"
    r"агентств\w*|издани\w*|источник\w*)(?:\s+(?:and|или|и)\s+(?:the\s+)?(?:outlet|agency|wire|агентств\w*|издани\w*))?)(?:,?\s+(?:it|they|that|which|"
    r"которое|которые)\s+(?:came|come|went|relied|rel(?:ies|y)|carried|cited|used|передал\w*|привел\w*|привёл\w*)\w*"
    r"(?:\s+(?:through|via|on|from|by|it|them|их|его))?)?(?:,?\s+so\s+(?:that\s+)?i\s+can\s+[\w\s]+?)?(?=\s*[.?!]*\s*$)|"
    # "..., и на какое агентство ссылаются, когда приводят его слова?" (English "and which agency ..." is the
    # attribution rules' own question)
    r"[,;]?\s*\b(?:и|а)\s+(?:на\s+)?(?:какое|какие|какой|какую|каким)\s+(?:агентств\w*|издани\w*)\s+"
    r"(?:ссылаю\w*|ссылает\w*)\b[^?.!]*(?=\s*[.?!]*\s*$)",
    re.IGNORECASE)


def asks_for_the_carrier(question: str) -> bool:
    """True when the outlet or agency is asked at the end, beside what is asked ("..., plus the agency it came
    through", "и источник"); not "both versions, each with its source"."""
    lowered = question.lower()
    return has_any(lowered, ("agenc", "outlet", "source", "агентств", "источник")) \
        and not has_any(lowered, ("each", "both", "кажд", "обе ", "оба ")) and _AND_ITS_CARRIER_RE.search(question) is not None


# "plus" as a word of joining, not the end of "Asia-Plus" / "Азия-Плюс"
_PLUS_RE = re.compile(r"(?:(?<=\w )|(?<=\w, ))(?<!asia )(?<!азия )(?<!azii )(?<!that )(?<!что )\b(?:plus|плюс)\b(?=\s+\w)|"
                      r"^\s*(?:plus|плюс)(?=\s*,)",
                      re.IGNORECASE)  # (after a word: not a report's name left alone, "Is it true that plus reported ...")
# the asker's own not knowing, at the start of a clause: "(а) я (и сам / вот) не знаю(, что сказать, но)", "не знаю",
# "ya ne znayu", "I don't know who"
_AT_THE_TABLE_RE = re.compile(r"\b(?:сидел|сидела|сидели|(?:was|were)\s+sitting|sat)\s+(?:(?:лично|personally)\s+)?"
                              r"(?:за\s+(?:одним\s+)?столом|at\s+(?:the|that)\s+(?:\w+\s+)?table)(?!\s+(?:с|со|with)\s)",
                              re.IGNORECASE)  # (not "сидел за одним столом с Мишустиным": whom he sat with)
_ASIDE_GATE = ("new in", "new to", "новичок", "нов", " а то ", " a to ", "zabyl", "забыл", "обещал", "promised",
               "my english")
# an aside of the asker's: new to the subject ("sorry, I am new in this topic"), a reason after the question ("...
# 26 октября, а то клиенты спорят"), or a promise to find out ("..., а я обещала узнать", "... - I promised her to ask")
_ASIDE_RE = re.compile(r"\b(?:(?:sorry|excuse me),?\s+)?i(?:'m|\s+am)\s+(?:very\s+|quite\s+)?new\s+(?:in|to)\s+(?:this|the)\s+"
                       r"(?:topic|subject|theme|area)\b[,.:;!]?|\b(?:я\s+)?новичок\s+в\s+(?:этой|этом)\s+(?:теме|вопросе)\b[,.:;!]?|"
                       r",?\s+\b(?:а|a)\s+(?:то|to)\s+(?:\w+\s+){0,3}(?:спорят|спорим|ругаются|sporyat|sporim)\b.*$|"
                       r"[,?]?\s*\b(?:(?:ya|я)\s+)?(?:zabyl|zabyla|забыл|забыла)\s*[.!?]*$|"  # ("... осенью 2023 я забыл")
                       r"[,;—–-]\s*(?:(?:а|и|вот)\s+)?я\s+(?:\w+\s+)?(?:пообещал|пообещала|обещал|обещала)\s+(?:\w+\s+)?"
                       r"(?:узнать|выяснить|спросить|разузнать)(?:\s+у\s+вас)?(?=\s*[.!?]*$)|"
                       r"^\W*(?:я\s+)?(?:пообещал|пообещала|обещал|обещала)\s+(?:\w+\s+)?(?:узнать|выяснить|спросить)\s*[,:]\s*|"
                       r"[,;.]?\s*\b(?:(?:sorry|excuse\s+me),?\s+)?my\s+english\s+(?:is\s+)?(?:not\s+(?:so\s+|very\s+|too\s+)?"
                       r"good|bad|poor|weak)\b[,.!]*|"  # ("... please explain simple, my english not so good")
                       r"[,;—–-]\s*(?:and\s+)?i\s+(?:have\s+|'ve\s+)?promised\s+(?:\w+\s+){0,2}?(?:(?:that\s+)?i\s+(?:would|'d|will)\s+|to\s+)?"
                       r"(?:find\s+out|ask|check)(?:\s+for\s+(?:her|him|them))?(?=\s*[.!?]*$)",
                       re.IGNORECASE)
_TRIP_GATE = ("travel", "fly", "go to", "come to", "поехать", "поеду", "съездить", "полететь", "poekhat", "poedu")
# the asker's own trip, beside a question on the next meeting ("When is it? Maybe I can travel to Turkmenistan to see
# it."): no delegation asked of
_ASKERS_TRIP_RE = re.compile(r"(?:\b(?:maybe|perhaps|then|so)\s+)?\b(?:i|we)\s+(?:\w+\s+){0,2}(?:travel|fly|go|come)\s+to\s+"
                             r"[A-Z]\w+(?:\s+to\s+(?:see|watch|attend)(?:\s+(?:it|that|them|the\s+meeting))?)?[.!,]?|"
                             r"(?:\b(?:может|возможно|тогда)\s+)?\b(?:я|мы)\s+(?:\w+\s+){0,2}(?:поехать|поеду|съездить|"
                             r"полететь|поедем)\s+(?:в|во)\s+[А-ЯЁ]\w+(?:\s+посмотреть)?[.!,]?|"
                             r"\b(?:ya|my)\s+(?:\w+\s+){0,2}(?:poekhat|poedu)\s+v\s+\w+[.!,]?", re.IGNORECASE)
_INSISTING_GATE = ("dodg", "spin", "честно", "признайте", "не юлите", "не увиливайте", "отрицайте", "deny", "admit",
                   "lying", "pretending", "хватит", "докажи", "prove", "sources are", "источники")
_INSISTING_RE = re.compile(r"\b(?:stop|quit)\s+dodging(?:\s+(?:and|&))?|\b(?:don'?t|do\s+not)\s+spin\s+(?:it|this)\b[.!]?|"
                           # "Admit it.", "Admit your 'sources' are wrong.", "Stop lying.", "Хватит врать,", "Признайте уже.",
                           # each a sentence of its own or a clause at the message's edge (not "did he tell them to stop
                           # lying?", "did Smailov say 'admit it'?": what is asked)
                           r"(?:^|(?<=[.!?]\s))\s*(?:(?:just|so|now)\s+)?admit\s+(?:it|that|this)\s*(?:[.!]+|$)|"
                           r"(?:^|(?<=[.!?]\s))\s*admit\s+(?:that\s+)?(?:your|the)\s+[^.!?]{0,40}?\bwrong\s*(?:[.!]+|$)|"
                           r"(?:^|(?<=[.!?]\s))\s*(?:stop|quit)\s+(?:lying|pretending)(?:\s+to\s+(?:people|us|everyone|"
                           r"me|your\s+users))?\s*(?:[,.!]+|$)|"
                           r",\s*(?:(?:so|now)\s+)?(?:admit\s+it|(?:stop|quit)\s+(?:lying(?:\s+to\s+(?:people|us|everyone|me))?|"
                           r"pretending(?:\s+(?:they|he|she)\s+(?:didn'?t|did\s+not|wasn'?t|weren'?t))?))\s*[.!]*$|"
                           r"^\s*хватит\s+(?:врать|лгать|юлить)\s*[,.!:—–-]+|[,;—–-]\s*хватит\s+(?:врать|лгать|юлить|"
                           r"обманывать)(?:\s+(?:людям|людей|нам|всем))?\s*(?:[.!]+|$)|^\s*(?:just\s+)?admit\s+it\s*[,:—–-]+|"
                           r"(?:(?<=[.!?]\s)|(?<=,\s))\s*признайте(?:сь)?(?:\s+(?:уже|это))?\s*(?:[.!]+|$)|"
                           r"\bno\s+spin\b[,.!]?|\bдавайте\s+(?:по-)?честно\b[,.!:]?|\bпризнайте(?:сь)?(?:\s+уже)?\s*[:,—–-]|"
                           r"\bне\s+(?:юлите|увиливайте|отрицайте)\b[,.!]?|\b(?:don'?t|do\s+not)\s+deny\s+(?:it|that)\b[,.!]?|"
                           # "..., докажите обратное", "prove me wrong", "your sources are garbage": a dare, no question
                           r"[,;—–-]?\s*\b(?:докажите|докажи)\s+(?:обратное|что\s+(?:это\s+)?не\s+так)\s*[.!]*|"
                           r"[,;—–-]?\s*\bprove\s+(?:me\s+wrong|otherwise|(?:it|that)\s+wrong)\s*[.!]*|"
                           r"[,;—–-]?\s*\b(?:your|ваши)\s+(?:\S+\s+)?(?:sources|источники)\s+(?:are\s+|—\s+|-\s+)?"
                           r"(?:garbage|trash|rubbish|junk|fake|lying|врут|лгут|мусор|фейк)\s*[.!]*",
                           re.IGNORECASE)
# the language of the news where the asker read of it ("I read in Russian news (TASS) something about a medal"): no
# language, nor Russia, asked of
_READ_IN_LANGUAGE_RE = re.compile(r"(\b(?:read|saw|seen|heard|found|читал\w*|прочитал\w*|видел\w*|слышал\w*)\s+"
                                  r"(?:\w+\s+){0,2}?(?:in|на|в))\s+(?:russian|english|русских|английских|"
                                  r"russian-language|english-language)\s+(?=(?:news|media|press|outlets?|sites?|websites?|"
                                  r"сми|новостях|прессе|сайтах)\b)", re.IGNORECASE)


def without_where_read(question: str) -> str:
    """The question without the language of the news the asker read it in ("I read in Russian news ...": "I
    read in news ..."), or the count of the pieces ("I read in one article ...": "I read in an article ...", no
    number put to the meeting)."""
    lowered = question.lower()
    if has_any(lowered, _READ_IN_ONE_GATE):
        question = _READ_IN_ONE_RE.sub(lambda m: f"{m.group(1)} {'' if is_cyrillic(m.group(1)) else 'an '}", question)
    if not has_any(lowered, _READ_IN_GATE):
        return question
    return _READ_IN_LANGUAGE_RE.sub(r"\1 ", question)


_READ_IN_GATE = ("russian", "english", "русских", "английских")
_READ_IN_ONE_GATE = (" one ", "одной", "одном")
_READ_IN_ONE_RE = re.compile(r"(\b(?:read|saw|seen|heard|found|читал\w*|прочитал\w*|видел\w*|слышал\w*)\s+"
                             r"(?:\w+\s+){0,2}?(?:in|on|на|в))\s+(?:one|одной|одном)\s+(?=(?:article|report|piece|paper|"
                             r"newspaper|news|post|site|website|channel|статье|газете|заметке|публикации|новости|сообщении|"
                             r"канале|сайте)\b)", re.IGNORECASE)


# the question said again after it, naming nothing new: "...? i want to know if they visit"
_SAID_AGAIN_RE = re.compile(r"(?<=\?)\s*i\s+(?:want|wanna|would\s+like)\s+to\s+know\s+(?:if|whether)\b"
                            r"(?-i:(?![^?]*\b[A-ZА-ЯЁ][a-zа-яё]))[^?]*[.!]?\s*$", re.IGNORECASE)  # (not "хочу знать про
# уран": the subject, said after a general question)


def without_said_again(question: str) -> str:
    """The question without a sentence after it that says it again and names nothing ("Did the prime ministers go to
    Issyk-Kul after the meeting? i want to know if they visit": the first alone)."""
    if "know" not in question.lower():
        return question
    return _SAID_AGAIN_RE.sub("", question)


# a way from east to west ("the east-west transit corridors", "маршруты восток-запад"): how routes run, no subject
# the reports would have to name (not "North-South", a corridor's name)
_EAST_WEST_RE = re.compile(r"\b(?:east|west)\s*[-–—/]\s*(?:east|west)\b\s*|"
                           r"\b(?:восток|запад)\w*\s*[-–—/]\s*(?:восток|запад)\w*\s*", re.IGNORECASE)


def without_east_west(question: str) -> str:
    """The question without the way its routes run ("the east-west transit corridors": "the transit corridors")."""
    if not has_any(question.lower(), ("east", "west", "восток", "запад")):
        return question
    return _EAST_WEST_RE.sub("", question)


def without_insistence(question: str) -> str:
    """The question without the asker's insistence ("Stop dodging and confirm that date.", "Признайте уже: ...",
    "не отрицайте", "Stop lying.", "Admit it."), which is no part of what is asked; a sentence it opened still opens
    with a capital."""
    if not has_any(question.lower(), _INSISTING_GATE):
        return question
    bare = _INSISTING_RE.sub("", question).strip(" ,;—–-") or question
    bare = bare[:1].upper() + bare[1:]
    return re.sub(r"([.!?]\s+)([a-zа-яё])", lambda m: m.group(1) + m.group(2).upper(), bare)


_ALL_KNOW_GATE = ("знают", "известно", "knows", "znayut")
_ALL_KNOW_RE = re.compile(r"\s*[—–-]?\s*(?:(?:и\s+)?это\s+|как\s+)?(?:все|всем|vse)\s+(?:знают|известно|znayut)\b[,.!]?|"
                          r"\b(?:as\s+)?(?:everyone|everybody|the\s+whole\s+world)\s+knows(?:\s+(?:that|it))?\b,?",
                          re.IGNORECASE)
_KNOWING_GATE = ("знаю", "znayu", "know")
_ASKERS_KNOWING_RE = re.compile(
    r"(?:(?<=^)|(?<=[.,;:!?—–-]\s))(?:(?:а|но|ну|и|a|no|nu)\s+)?(?:я\s+|ya\s+)?(?:(?:и\s+)?сам\w*\s+|вот\s+|честно\s+|"
    r"правда\s+)?(?:не|ne)\s+(?:знаю|znayu),?\s*(?:что\s+(?:и\s+)?(?:сказать|думать)[,:—–-]?\s*(?:но\s+)?)?(?=\w)|"
    r"(?:(?<=^)|(?<=[.,;:!?—–-]\s))(?:but\s+)?i\s+(?:really\s+)?(?:don't|do not|dont)\s+know,?\s*(?=(?:who|what|which|where|"
    r"when|whether|if|how)\b)", re.IGNORECASE)  # ("насколько я знаю", "as far as I know": _AS_FAR_AS_KNOWN_RE)


def cited_for_what(question: str) -> str:
    """The question with "and on which issues" asked of what a report cites an agency for written as "and for
    what" ("Which agency does Asia-Plus cite, and on which issues?": the facts credited to it, not the agenda);
    read before a question is split into its parts, so that the second part is no question of its own."""
    if _CITED_ON_WHICH_RE.search(question) and _CITES_AN_AGENCY_RE.search(question):
        return _CITED_ON_WHICH_RE.sub(lambda m: " и в чём" if is_cyrillic(m.group(0)) else " and for what", question)
    return question


# where the asker met a claim, before the claim itself: "I've seen the claim that", "I saw a post saying", "A mate
# told me", "В соцсетях пишут, что", "В сети утверждают, что"
_HEARSAY_FRAME_RE = re.compile(
    # a crowd that says it: "Everyone on my show keeps saying", "Everybody online says", "Все каналы пишут:"
    r"^\W*(?:everyone|everybody|people|folks|all\s+the\s+\w+|все|многие|люди|кругом\s+все|вокруг\s+все)"
    r"(?:\s+(?:on|in|at|around|here|online|from|на|в|у|из|вокруг|кругом|тут|здесь|\w+ы|\w+и)(?:\s+(?:my|our|the|моём|моем|"
    r"нашем|нашей|моей)?\s*\w+)?)?\s+(?:keeps?\s+|kept\s+|still\s+|always\s+)?(?:saying|says|said|claims?|claiming|"
    r"insists?|insisting|говорят|твердят|утверждают|пишут|уверяют|считают)\s*[:,]?\s*(?:that\s+|что\s+)?"
    r"(?-i:(?!\s*[A-ZА-ЯЁ]))"  # (not before a name: "Everyone says Aripov wants ...", his words the say rules check)
    r"|^\W*(?:i(?:'ve|\s+have)?\s+(?:seen|read|heard|noticed|come\s+across)|i\s+saw)\s+(?:a\s+|the\s+|this\s+)?"
    r"(?:(?:claims?|rumou?rs?)\s+(?:that\s+|saying\s+(?:that\s+)?)?|(?:posts?|tweets?|statements?|headlines?)\s+"
    r"(?:that\s+|saying\s+(?:that\s+)?))"  # (not "I read a report about ...", "I read a report that ...": a report asked of)
    r"|(?:^|(?<=[.!?]\s))\W*(?:a|my|our)\s+(?:\w+\s+)?(?:mates?|friends?|colleagues?|neighbou?rs?|boss|editor|"
    r"teachers?|classmates?|family|parents|mother|mom|mum|father|dad|son|daughter|grandson|granddaughter|husband|wife|"
    r"guests?|callers?|listeners?|viewers?|readers?|interviewees?|producers?|"
    r"brother|sister|students?|professor|partners?|trainees?|interns?)(?:\s+in\s+[A-Z]\w+)?\s+(?:(?:told|tell|tells)\s+(?:me|us)|says|"
    r"say|said|claims?|claimed|wrote|writes|posted|posts|shared|texted|"
    r"insists?|insisted|thinks?|swears?)\s+(?:that\s+)?"  # (also after a sentence about the asker; "my family in Moscow
    # says it was on 27 October")
    r"|^\W*(?:an?\s+|the\s+|one\s+|this\s+|some\s+)?(?:viral\s+|popular\s+|telegram\s+|facebook\s+|x\s+|vk\s+|"
    r"youtube\s+|tiktok\s+|instagram\s+|whatsapp\s+|twitter\s+)?"
    r"(?:post|tweet|video|blog|blogger|channel|message|meme|wikipedia|wiki|rumou?r|gossip)\s+(?:(?:that\s+)?i\s+(?:follow|read|watch|"
    r"subscribe\s+to)\s+)?(?:now\s+|currently\s+|also\s+)?"
    r"(?:says|said|claims|claimed|states|stated|posted|wrote|writes)\s*[:,]?\s*"
    r"(?:that\s+)?"  # ("A viral post says the heads of government met in Tashkent. What do the reports say?")
    r"|^\W*(?:i\s+(?:was|have\s+been|'ve\s+been)\s+told|(?:someone|somebody)\s+told\s+me)\s+(?:that\s+)?"
    # a teacher with no "my" ("Professor told us the Bishkek meeting happened 27 October 2023. Is correct?")
    r"|^\W*(?:the\s+|our\s+)?(?:professor|teacher|lecturer|tutor|instructor)\s+(?:told\s+(?:me|us|the\s+class)|"
    r"says|said|claims?|claimed|insists?|insisted)\s+(?:that\s+)?"
    # ("I was told the next heads of government meeting is in Minsk. Correct?": the claim checked)
    r"|(?:^|(?<=[.!?]\s))\W*(?:(?:мой|моя|мои|наш|наша|наши)\s+(?:\w+\s+)?)?(?:сын|дочь|дочка|внук|внучка|муж|жена|брат|"
    r"сестра|папа|мама|отец|мать|дед|дедушка|бабушка|друг|подруга|друзья|коллега|коллеги|сосед|соседка|соседи|учитель|"
    r"учительница|преподаватель|партн[её]ры|гость|гостья|гости|слушатель|слушательница|слушатели|зритель|зрители|"
    r"собеседник|собеседница|читатель|читательница|читатели)\s+(?:говорит|говорят|сказал|сказала|сказали|утверждает|"
    r"утверждают|уверяет|читал|читала|читали|слышал|слышала|слышали|рассказывал|рассказывала|рассказал|рассказала|"
    r"считает|считают|пишет|пишут)\s*,?\s*(?:что\s+)?"  # ("Мой сын говорит, что Мишустин не приезжал.": his claim)
    r"|^\W*(?:один\s+|какой-то\s+|этот\s+)?(?:пост|твит|видео|блог|блогер|канал|паблик|википедия|вики)\s+"
    r"(?:сейчас\s+|теперь\s+)?(?:утверждает|пишет|"
    r"говорит|сообщает)\s*[:,]?\s*(?:что\s+)?"
    r"|(?:^|(?<=[.!?]\s))\W*(?:я\s+)?(?:у?слышал\w*|i\s+heard)\s+(?:по\s+радио|по\s+телевизору|по\s+телевидению|"
    r"в\s+новостях|краем\s+уха|on\s+the\s+(?:radio|news)|on\s+tv)\s*,?\s*(?:что|that)\s+"  # ("Услышала по радио, что ...")
    r"|(?:^|(?<=[.!?]\s))\W*(?:я\s+)?(?:у?слышал\w*)(?:\s+я)?\s*,?\s*(?:что|будто|якобы)\s+"  # ("Услышала я, что ...",
    # "Слышал, будто ...")
    r"|(?:^|(?<=[.!?]\s))(?:(?!заседани|встреч|совет|сгп)[^.!?«»\"]){0,60}?,\s*когда\s+(?:я\s+)?(?:у?слышал\w*|прочитал\w*|прочла|прочёл|узнал\w*)"
    r"(?:\s+(?:по\s+радио|по\s+телевизору|в\s+новостях))?\s*,?\s*(?:что|будто|якобы)\s+"  # ("Вот вспомнил её,
    # когда услышал, что ...": the asker's memory, then the claim)
    r"|^\W*(?:в|во|на)\s+(?:соцсетях|сети|интернете|телеграме?|телеге|тг|телеграм-каналах|чатах|пабликах|форумах|форуме|блогах|"
    r"(?:одном|каком-то|одном\s+телеграм-)\s*(?:канале|паблике|чате|блоге))\s+"
    r"(?:пишут|говорят|утверждают|уверяют|сообщают|писали|написали|утверждали|уверяли)\s*,?\s*(?:что\s+|про\s+(?=\d))?"
    # no one named: "Пишут, что ...", "Кто-то пишет, что ...", "Someone claims that ...", "People say ..."
    r"|^\W*(?:(?:кто-то|кто-нибудь|многие|некоторые)\s+)?(?:пишут|пишет|говорят|говорит|утверждают|утверждает)\s*,\s*"
    r"(?:что\s+)?|^\W*(?:some(?:one|body)|people|they|many)\s+(?:says?|claims?|claimed|insists?|writes?|wrote|posted|"
    r"tweeted)\s+(?:that\s+)?"
    # ("lol half of telegram says ...": the platform's claim)
    r"|^\W*(?:lol\s+|so\s+)?(?:half\s+(?:of\s+)?|all\s+(?:of\s+)?|everyone\s+on\s+)?(?:telegram|twitter|x|tiktok|"
    r"youtube|facebook|reddit|the\s+internet)\s+(?:says?|claims?|insists?)\s+(?:that\s+)?",
    re.IGNORECASE)
# where the asker is from, in a first sentence about the asker ("Я студентка из Гродно.", "I'm a journalist from
# Tbilisi."), unless the question points at it ("my city", "у нас", "there")
_ASKERS_TOWN_RE = re.compile(r"^(?!.*\b(?:my|our|мой|моём|моем|моего|мою|моя|наш\w*|here|there|здесь|там|у нас|tam)\b)"
                             r"(\W*(?:[^.!?,]{1,25},\s*)?(?:я|ya|i\s+am|i'm|мы|we\s+are|we're)\b[^.!?]{0,60}?)\s+(?:из|iz|from)\s+"
                             r"(?P<name>[A-ZА-ЯЁ][\w-]+)(?=\s*[.!,])", re.IGNORECASE | re.DOTALL)  # ("Я журналист из Душанбе,
# нужна цитата ...")
# where the asker writes from, was born, lives or grew up: "Пишу вам из Омска", "родился под Полтавой", "I live in
# Tomsk" (a country, or a city the reports name, may be what is asked of, and stays)
_ASKERS_PLACE_RE = re.compile(r"\b(?P<frame>(?i:(?:пишу|пишем)\s+(?:вам\s+)?из|родил\w*\s+(?:в|во|под)|живу\s+(?:в|во)|(?:про)?жил\w*\s+(?:\w+\s+){0,2}?(?:в|во)|вырос\w*\s+(?:в|во)|"
                              r"учусь\s+(?:в|во)|работаю\s+(?:в|во)|"
                              r"writing\s+(?:to\s+you\s+)?from|(?:born|live|living|grew\s+up|study|studying|work|working)\s+in|"
                              r"student\s+(?:from\s+[A-Z][\w-]+\s+)?in))\s+(?P<place>[A-ZА-ЯЁ][\w-]+)")


# someone close to the asker, by where they are from, who passes a question on ("Мой сосед из Ашхабада спрашивает",
# "a friend from Minsk asks")
_KIN_FROM_RE = re.compile(r"(?P<who>\b(?:сосед|соседка|друг|подруга|коллега|знакомый|знакомая|внук|внучка|сын|дочь|дочка|брат|"
                          r"сестра|родственник|родственница|friend|neighbou?r|colleague|cousin|son|daughter|grandson|"
                          r"granddaughter|brother|sister|relative))\s+(?:из|from)\s+(?P<place>[A-ZА-ЯЁ][\w-]+)\s*,?\s*"
                          r"(?P<verb>(?:спрашива|интересу|просит|хочет\s+знать|пишет|говорит|asks|asked|wants\s+to\s+know|"
                          r"wonders|says|writes)\w*)", re.IGNORECASE)


# the relative's town pointed at by the question: "in his city", "there", "у них", "в его городе", "home town"
_THEIR_TOWN_RE = re.compile(r"\b(?:(?:his|her|their)\s+(?:city|town|home\s*town|capital|country)|home\s*town|there|"
                            r"(?:в|во)\s+(?:его|её|ее|их)\s+(?:город\w*|столиц\w*|стран\w*)|у\s+них|там|туда)\b",
                            re.IGNORECASE)


_REPORTED_CITIES = frozenset("Bishkek Ashgabat Sochi Tashkent Astana Minsk Moscow Yerevan Baku Dushanbe Almaty".split())


def _askers_place_left_out(found: re.Match[str]) -> str:
    """The frame without the asker's town; as it was for a country or a city the reports speak of."""
    place = found.group("place")
    if place.lower()[:6] in _COUNTRY_PREFIXES or city_named(place.lower()) in _REPORTED_CITIES:
        return found.group(0)
    return found.group("frame")


# someone's words "from" a person or a report, not the asker's town ("I'm looking for the quote from Mishustin, ...")
_WORDS_FROM_RE = re.compile(r"\b(?:quotes?|speech|words|statements?|remarks|reports?|articles?|claims?|story|stories|piece|"
                            r"цитат\w*|слов\w*|речь|речи|заявлени\w*|материал\w*|стать\w*)\s+(?:из|from)\s*$", re.IGNORECASE)
# where the asker works, told of the asker ("I'm a journalist at a regional paper in Osh.", "Я работаю в редакции в Оше"):
# no place asked of
_ASKERS_WORKPLACE_RE = re.compile(r"((?:^|(?<=[.!?]\s))\W*(?:я|i\s+am|i'm|мы|we\s+are|we're|i\s+work|работаю|i\s+host|"
                                  r"i\s+run|i\s+present|веду)\b[^.!?]{0,80}?"
                                  r"\b(?:paper|newspaper|outlet|magazine|university|school|office|ministry|embassy|agency|"
                                  r"bank|company|firm|institute|college|radio|station|library|museum|show|programme|program|"
                                  r"podcast|channel|газет[аеуы]|редакци[ия]|передач[аеуы]|"
                                  r"университет[еа]?|школ[аеуы]|министерств[ео]|посольств[ео]|агентств[ео]|банк[еа]?|"
                                  r"компани[ия]|институт[еа]?|колледж[еа]?))\s+(?:in|at|в|во)\s+(?P<name>[A-ZА-ЯЁ][\w-]+)"
                                  r"(?=\s*[.!,])", re.IGNORECASE)
_COUNTRY_PREFIXES = frozenset(w.lower()[:6] for c in COUNTRIES for form in c.forms for w in form.split())
# an exchange student's host family, school or town: the asker's, no host country ("my host family says ...")
_HOST_FAMILY_RE = re.compile(r"\bhost(?=\s+(?:family|families|mother|mom|mum|father|dad|parents?|brother|sister|"
                             r"student|university|school|institution)\b)\s*", re.IGNORECASE)  # (not "the host city")
# "... or who?", "или кто-то другой?" after a yes-or-no question of a person: the question itself
_OR_WHO_RE = re.compile(r"\s*,?\s*\b(?:или|or|ili)\s+(?:кто(?:-то|-нибудь)?(?:\s+(?:другой|ещё|еще|иной))?|kto(?:-to)?|"
                        r"who(?:\s+else)?|some(?:one|body)\s+else|another\s+(?:person|official)|"
                        # "... Or was it someone else from Kazakhstan?", "Или это был кто-то другой из Казахстана?"
                        r"(?:was\s+it|это\s+был)\s+(?:some(?:one|body)\s+else|кто-то\s+другой)(?:\s+(?:from|из)\s+\w+)?)"
                        r"(?=\s*[?.!]*\s*$)", re.IGNORECASE)
_ASKERS_WORKPLACE_SENTENCE_RE = re.compile(_ASKERS_WORKPLACE_RE.pattern.removesuffix(r"(?=\s*[.!,])") + r"\s*[.!]\s*",
                                           re.IGNORECASE)  # (the whole sentence, when that is all it tells)
# whether the one who told the asker is right ("Она права?", "Is he right?"), once who told it is left out
# "who is right?" after two claims put ("Соседка уверяет, что 27 октября, а я думаю, 26-го. Кто из нас прав?"): the
# claims checked, as "is that right?" checks one (no person asked for)
_WHO_IS_RIGHT_RE = re.compile(r"\b(?:who(?:'s|\s+is)\s+right|which\s+of\s+us\s+is\s+right|кто\s+(?:же\s+)?(?:из\s+нас\s+)?"
                              r"(?:прав|права)|kto\s+(?:iz\s+nas\s+)?prav)(?=\W*$)", re.IGNORECASE)
_TELLER_RIGHT_RE = re.compile(r"\b(?:(?:он|она|они)\s+(?:прав|права|правы)|(?:is|are)\s+(?:he|she|they)\s+(?:right|correct))\b",
                              re.IGNORECASE)
# what the reports say of a claim just put ("... in Tashkent on 27 October. What do the reports actually say?"): the
# claim checked
_WHAT_THEY_SAY_RE = re.compile(r"(?<=\w)\s*[.!]\s*(?:what\s+do\s+(?:the\s+)?(?:reports|sources)\s+(?:actually\s+|really\s+)?"
                               r"say|does\s+(?:that|this|it)\s+check\s+out|is\s+(?:that|this)\s+what\s+the\s+(?:reports|sources)\s+"
                               r"say|is\s+(?:that|this)\s+what\s+the\s+(?:report|source|article|piece|story)\s+says|что\s+(?:на\s+самом\s+деле\s+)?говорят\s+(?:источники|публикации)|что\s+(?:на\s+самом\s+"
                               r"деле\s+)?пишут\s+(?:источники|публикации)|"
                               # "... 30 documents were signed. Is that figure in any source?", "Does any report say so?"
                               r"(?:is|was)\s+(?:that|this|it|such\s+a)\s+(?:(?:figure|number|claim|quote|date|count)\s+)?"
                               r"(?:(?:found|given|carried|mentioned)\s+)?in\s+(?:any|one)\s+(?:of\s+the\s+)?(?:sources?|"
                               r"reports?|coverage)|(?:does|do)\s+any\s+(?:of\s+the\s+)?(?:sources?|reports?|outlets?)\s+"
                               r"(?:give|say|carry|have|mention|support|confirm|back)\s+(?:that|this|it|so)(?:\s+(?:figure|"
                               r"number|claim|quote|date))?|which\s+(?:source|report|outlet)\s+says\s+so|есть\s+ли\s+"
                               r"(?:такая|эта|это|такое|такой|этот)\s+(?:(?:цифра|число|цитата|дата|утверждение)\s+)?в\s+"
                               r"(?:каком-(?:нибудь|либо|то)\s+|одном\s+из\s+)?(?:источник\w*|публикаци\w*|сообщени\w*)|"
                               # "... Кто на самом деле источник этой цифры?", "Where does that figure actually come from?"
                               r"кто\s+(?:же\s+)?(?:на\s+самом\s+деле\s+)?источник\s+(?:этой|этих|этого)\s+(?:цифры|цитаты|"
                               r"слов|данных|числа|утверждения)|откуда\s+(?:на\s+самом\s+деле\s+)?(?:эта|это|эти)\s+(?:цифра|"
                               r"число|цитата|слова|данные)|who\s+is\s+(?:actually\s+|really\s+)?the\s+source\s+of\s+"
                               r"(?:that|this|the)\s+(?:figure|number|quote|claim)|where\s+does\s+(?:that|this|the)\s+(?:figure|"
                               r"number|quote|claim)\s+(?:actually\s+|really\s+)?come\s+from|"
                               # "... было 27 октября, так писал Sputnik. Какая дата верная?": the day put, checked
                               r"(?:какая|какое)\s+(?:же\s+)?(?:дата|число)\s+(?:верная|правильная|верное|правильное)|"
                               r"which\s+(?:date|day)\s+is\s+(?:correct|right|true))"
                               r"\W*$", re.IGNORECASE)
# a claim's tag of doubt or certainty after it ("... 30 docs in Bishkek. confirm or not?", "... 15 документов. Враньё?",
# "... in Minsk in February, I'm 100% sure"): the claim checked, as ", right?" checks it
_CLAIM_TAG_RE = re.compile(
    r"(?<=\w)\W*\s*(?:(?:so\s+|ну\s+)?(?:confirm\s+or\s+(?:not|deny)|true\s+or\s+(?:false|not)|right\s+or\s+wrong|"
    r"fact\s+or\s+fake|real\s+or\s+fake|case\s+closed|really|is\s+that\s+so|fact[\s-]?check(?:\s+(?:pls|plz|please))?|(?:(?:is\s+)?(?:that|this|it)\s+(?:the\s+)?)?wrong\s+(?:date|day)|"
    # "... 27 октября. Так или врут?", "Это правда или вброс?"
    r"(?:так\s+)?или\s+врут|врут|(?:(?:это\s+)?правда\s+)?или\s+вброс|i'?m\s+(?:\d+\s*%\s+)?(?:sure|certain)|i\s+am\s+(?:\d+\s*%\s+)?"
    r"(?:sure|certain)|враньё|вранье|фейк|правда\s+или\s+(?:нет|ложь|фейк)|так\s+или\s+нет|да\s+или\s+нет|"
    r"я\s+(?:на\s+\d+\s*%\s+)?уверен[аы]?))\W*$", re.IGNORECASE)
# the asker's evidence for a claim, a last sentence that asks nothing ("... in Astana, wasn't it? The Astana Times wrote
# it up after all.", "Алиев сам прилетел в Бишкек, я фото видел."): left out, the claim checked
_ASKERS_EVIDENCE_RE = re.compile(r"(?<=\?)\s*(?!after\s+all\b)[^.!?]*\bafter\s+all\W*$|"  # (after a question only: "OK, so 22
                                 # were signed after all." is a claim)
                                 r"(?:(?<=[.!?])|,)\s*[^.!?,]*\b(?:saw\s+it\s+on\s+\w+|i\s+saw\s+(?:the\s+|a\s+)?"
                                 r"(?:photos?|videos?|pictures?)|я\s+(?:сам\w*\s+)?(?:фото|видео|снимки)\s+видел\w*|я\s+"
                                 r"(?:сам\w*\s+)?видел\w*\s+(?:фото|видео|снимки))\b[^.!?]*[.!]?\s*$", re.IGNORECASE)
# where the asker read a claim, put after it ("Turkmenistan was represented by Meredov — it says so in the test.",
# "Kazakhstan's representative was Tokayev, my textbook says.", "... — так написано в учебнике"): the claim checked
_CLAIM_SEEN_IN_RE = re.compile(r"(?<=\w)\s*(?:[—–-]|,)\s*(?:(?:it|that|this)\s+says\s+so\s+in\s+(?:the|my|our|a|this)\s+\w+|"
                               r"(?:my|our|the)\s+(?:textbook|book|teacher|test|quiz|slide|article|lecturer|professor)\s+says(?:\s+so)?|"
                               r"так\s+(?:написано|сказано|пишут)\s+в\s+\w+)(?=\s*[.!?]|\s*$)", re.IGNORECASE)
# "my" or "our" before a name ("нашу Армению", "our Kazakhstan"): left out before a country's
# the asker's country named ("у нас в Кыргызстане", "я из Армении", "I'm from Armenia"), then called "our country"
_OUR_COUNTRY_NAMED_RE = re.compile(r"\b(?i:у\s+нас\s+в|я\s+из|мы\s+из|живу\s+в|живём\s+в|живем\s+в|i'?m\s+from|i\s+am\s+from|"
                                   r"we'?re\s+from|we\s+are\s+from|i\s+live\s+in|here\s+in)\s+([A-ZА-ЯЁ][\w-]+)")
_OUR_COUNTRY_RE = re.compile(r"\b(?:нашей\s+страны|нашу\s+страну|наша\s+страна|нашей\s+стране|our\s+country(?:'s)?)\b",
                             re.IGNORECASE)


def _our_country_named(question: str) -> str:
    """The question with "our country" put as the country the asker named as theirs before it."""
    named = _OUR_COUNTRY_NAMED_RE.search(question)
    if named is None or named.group(1).lower()[:6] not in _COUNTRY_PREFIXES:
        return question
    return question[:named.end()] + _OUR_COUNTRY_RE.sub(named.group(1), question[named.end():])


_POSSESSIVE_RE = re.compile(r"\b(наш[аеуи]?|нашей|нашего|нашем|наших|мо[йяюи]|моей|моего|моём|моем|моих|our|my|"
                            r"nash[aueiy]?|nashei|nashego)\s+(?=([A-ZА-ЯЁ]\w+))", re.IGNORECASE)
_REPORTED_CLAIM_RE = re.compile(r"^\W*(?:i(?:'ve|\s+have)?\s+(?:seen|read|heard)|i\s+saw)\s+(?:a\s+|the\s+|this\s+)?"
                                r"(?:reports?|stor(?:y|ies)|articles?|news)\s+(?:that|saying(?:\s+that)?)\s+", re.IGNORECASE)
_CHECK_AT_END_RE = re.compile(r"\b(?:correct|true|right|so|accurate|верно|правда|так)\W*$", re.IGNORECASE)
_CREDITED_TAIL_RE = re.compile(r"\s*[:\-–—,]\s*credited\s+to\W*$", re.IGNORECASE)
_PUT_FORWARD_RE = re.compile(r"\b(?:put|puts|putting)\s+forward\b", re.IGNORECASE)
_BIG_IDEA_RE = re.compile(r"\b(?:big|biggest|headline)(?=\s+(?:pitch|pitches|idea|ideas|message|messages|ask|asks|proposal|"
                          r"proposals|point|points|takeaway|takeaways|announcement|theme)\b)", re.IGNORECASE)
_ANNIVERSARY_NUMBER_RE = re.compile(r"\b(anniversary|jubilee|годовщин\w*|юбиле\w*)\s+(?:number|номер)\b", re.IGNORECASE)
# "the next session in Bishkek", "очередное заседание в Бишкеке": this meeting, named as it was before it
_NEXT_IN_BISHKEK_RE = re.compile(r"\b(?:next|upcoming|следующ\w+|очередн\w+)\s+(?P<noun>(?:session|meeting|council|заседани\w+|"
                                 r"встреч\w+))(?=\s+(?:of\s+[\w\s]{0,40}?)?(?:in\s+Bishkek|в\s+Бишкеке)\b)", re.IGNORECASE)
_DECIDED_RE = re.compile(r"\b(?:decided|decide|decision|chose|chosen|picked|agreed|решили|решено|решение|выбрали|выбран\w*|"
                         r"договорились)\b", re.IGNORECASE)
_WHERE_DECIDED_RE = re.compile(r"\b(?:which|what|where|when|who|на\s+каком|на\s+какой|где|когда|кто)\b", re.IGNORECASE)  # (not
# "Was it decided to hold the next meeting in Bishkek?", a claim of the meeting after this one)
_SLATED_RE = re.compile(r"\bslated\b(?P<signed>(?=\s+(?:for\s+(?:signing|signature|adoption)|to\s+be\s+(?:signed|adopted))))?",
                        re.IGNORECASE)
# money as the subject of documents counted or listed ("how many documents about money", "а про деньги сколько
# документов"): their financing (not "how much money", which no report gives)
_ABOUT_MONEY_RE = re.compile(r"\b(?:(?:about|on|for|regarding|concerning)\s+money|про\s+деньги|по\s+деньгам|о\s+деньгах|"
                             r"pro\s+dengi|po\s+dengam)\b(?!\s+(?:laundering|transfers?|remittances?|supply|markets?|printing|"
                             r"changers?|orders?|отмыв\w*|перевод\w*|мигрант\w*))", re.IGNORECASE)
# (money as the subject, not the first word of another: "documents on money laundering", "money transfers")
_DOCUMENTS_WORD_RE = re.compile(r"\b(?:documents?|docs?|agreements?|документ\w*|dokument\w*)\b", re.IGNORECASE)
_MONEY_DOCUMENTS_RE = re.compile(r"\bmoney(?=\s+(?:documents?|docs?|papers?|agreements?|decisions?|items?)\b)", re.IGNORECASE)
# a label of the topic before the question ("money question: ...", "Вопрос про деньги: ..."): no part of what is asked
_MONEY_LABEL_RE = re.compile(r"^\W*(?:(?:money|finance|financial|financing|budget)\s+questions?|questions?\s+(?:about|on)\s+"
                             r"(?:money|finance|financing)|вопрос\s+(?:про|о|по)\s+(?:деньг\w*|финанс\w*))\s*[:\-–—]\s*",
                             re.IGNORECASE)
# whose idea or message is asked: a person's or a side's ("his", "Smailov's", "Kazakhstan's PM - ...", "Uzbekistan:
# ... their")
_WHOSE_RE = re.compile(r"\b(?:his|her|their|its)\b|\b[A-Z][\w-]+['’]s\b|^\W*[A-Z][\w-]+\s*[:\-–—]|\bof\s+[A-Z][\w-]+")
_MAIN_MESSAGE_RE = re.compile(r"\b(?:main|key|core|central|chief)\s+messages?\b", re.IGNORECASE)
_AT_WHAT_RANK_RE = re.compile(r"\b(?:at|of|in)\s+what\s+rank\b", re.IGNORECASE)


# the asker's verdict on a claim, a sentence of its own: "Sounds inflated.", "Seems off to me.", "Звучит странно."
_ASKERS_VERDICT_RE = re.compile(r"(?:(?<=[.!?])|^)\s*(?:(?:that|it|this)\s+)?(?:sounds|seems|looks|звучит|выглядит)\s+"
                                r"(?:\w+\s+){0,2}?(?:inflated|off|wrong|fishy|suspicious|odd|strange|weird|high|low|too\s+\w+|"
                                r"made\s+up|fake|bogus|dubious|unlikely|far-fetched|"
                                r"странно|подозрительно|сомнительно|многовато|маловато)(?:\s+to\s+me)?\s*[.!]+(?=\s|$)",
                                re.IGNORECASE)


# where the asker met the claim, said after it: "That's what I'm hearing.", "Так говорят.", "Так я слышала."
_HEARD_SO_RE = re.compile(r"(?:(?<=[.!?])|^)\s*(?:that'?s|that\s+is|this\s+is)\s+what\s+(?:i'?m|i\s+am|i'?ve|i\s+have|i|"
                          r"people\s+(?:are|say)|everyone'?s|they'?re|they\s+are)?\s*(?:been\s+)?(?:hearing|heard|told|"
                          r"saying|say|reading|read|seeing|saw)\b[^.!?]{0,30}[.!]*\s*$|"
                          r"(?:(?<=[.!?])|^)\s*так\s+(?:(?:все|люди|мне)\s+)?(?:говорят|пишут|(?:я\s+)?слышал\w*|"
                          r"сказали)\s*[.!]*\s*$", re.IGNORECASE)
# whether a claim is real or a rumour, put after it: "next meeting in Ashgabat - real, or just a rumour from Turkmen
# state TV?": the claim checked
_REAL_OR_RUMOUR_RE = re.compile(r"\s*[-–—,:]\s*(?:is\s+(?:it|that|this)\s+)?(?:real|true|legit),?\s+or\s+(?:just\s+)?"
                                r"(?:a\s+)?(?:rumou?r|fake|hoax|gossip)\b[^?]*\?", re.IGNORECASE)


# someone else's check of a claim relayed, before it: "Они спрашивают, правда ли, что ..."
_THEY_ASK_RE = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:они|он|она|дети|ученики|внук|внучка|сын|дочь|дочка|соседка|сосед)\s+"
                          r"(?:меня\s+|у\s+меня\s+)?(?:спрашива\w*)\s*,?\s*(?=правда\s+ли\b)", re.IGNORECASE)  # (a claim
# they check; "Она спрашивает, кто ...": an errand the letter rules read whole)
# a teller of a nation, whose "their" is that nation's: "my tajik friend say their prime minister was there"
_THEIR_COUNTRYS_RE = re.compile(r"\b(?:my|our|a)\s+(?P<nation>tajik|uzbek|kazakh|kyrgyz|russian|belarusian|armenian|"
                                r"azerbaijani|azeri|turkmen)\s+(?:friends?|colleagues?|room-?mates?|classmates?|neighbou?rs?|"
                                r"mates?|students?|guests?)\s+(?:say|says|said|told\s+me|tells\s+me|claims?)\s+(?:that\s+)?"
                                r"their\b", re.IGNORECASE)


def without_asker_frames(question: str) -> str:
    """The question without where the asker met the claim it checks ("I've seen the claim that ...", "В соцсетях
    пишут, что ...", "A mate told me ...") and without where the asker is from ("Я студентка из Гродно."); and
    without "... or someone else?" after a person asked of ("токаев сам был там или кто": whether he was)."""
    if "наш" in question.lower() or "our country" in question.lower():  # "У нас в Кыргызстане пишут ... Кто
        question = _our_country_named(question)  # представлял нашу страну?": Kyrgyzstan, named before (before the
        # frames that hold the name go)
    question = _OR_WHO_RE.sub("", question)
    question = _ASKERS_VERDICT_RE.sub(" ", question).strip() or question  # "Sounds inflated.": the asker's doubt
    if "what" in question or "Так" in question or "так" in question:  # "... ? That's what I'm hearing.": where the
        question = _HEARD_SO_RE.sub("", question).strip() or question  # asker met the claim, no "I'm" asked of
    question = _REAL_OR_RUMOUR_RE.sub("?", question)  # "... in Ashgabat - real, or just a rumour from state TV?"
    if _NEXT_IN_BISHKEK_RE.search(question) and _DECIDED_RE.search(question) and _WHERE_DECIDED_RE.search(question):  # "At which meeting was it decided to
        question = _NEXT_IN_BISHKEK_RE.sub(r"\g<noun>", question)  # hold the next session in Bishkek?": this one, as
        # the June decision called it "next" (not the meeting after it)
    if "slated" in question.lower():  # "slated for a different day": scheduled (no "states"); "slated for signing":
        question = _SLATED_RE.sub(lambda m: "" if m.group("signed") is not None else "scheduled", question)  # signed
    question = _THEIR_COUNTRYS_RE.sub(r"the \g<nation>", question)  # ("my tajik friend says their PM ...": Tajik)
    if "спрашива" in question.lower() and _THEY_ASK_RE.search(question):  # "Они спрашивают, правда ли, что ...":
        question = _THEY_ASK_RE.sub("", question)  # the question they ask, asked
    if _HEARSAY_FRAME_RE.search(question):  # (its "Is that right?" asks the claim, and so does "Она права?")
        question = _HEARSAY_FRAME_RE.sub("", question) or question
        question = _TELLER_RIGHT_RE.sub(lambda m: "это верно" if is_cyrillic(m.group(0)) else "is that right", question)
    question = _WHO_IS_RIGHT_RE.sub(lambda m: "это верно" if is_cyrillic(m.group(0)) else "eto verno"
                                    if m.group(0).lower().startswith("kto") else "is that right", question)
    question = _WHAT_THEY_SAY_RE.sub(lambda m: ", верно?" if is_cyrillic(m.group(0)) else ", right?", question)
    if _ASKERS_EVIDENCE_RE.search(question) and not question.rstrip().endswith("?"):
        question = _ASKERS_EVIDENCE_RE.sub("", question).rstrip(" ,") or question
        question = question if question.endswith("?") else f"{question.rstrip(' .!')}?"
    question = _CLAIM_SEEN_IN_RE.sub("", question)
    question = _CLAIM_TAG_RE.sub(lambda m: ", верно?" if is_cyrillic(question) else ", right?", question)
    if _CHECK_AT_END_RE.search(question):  # "I read a report that the meeting was on 27 October. Is that correct?":
        question = _REPORTED_CLAIM_RE.sub("", question) or question  # the claim checked, not the report asked of
    question = _HOST_FAMILY_RE.sub("", question)  # "my host family in Moscow says ...": no host country's
    if _ASKERS_WORKPLACE_RE.search(question):  # ("I work for a paper in Osh. Where was it held?": no paper asked of)
        question = _ASKERS_WORKPLACE_SENTENCE_RE.sub("", question) or question
        question = _ASKERS_WORKPLACE_RE.sub(lambda m: m.group(0) if m.group("name").lower()[:6] in _COUNTRY_PREFIXES
                                            else m.group(1), question)
    if _POSSESSIVE_RE.search(question):  # "кто представлял нашу Армению": Armenia, the asker's own
        question = _POSSESSIVE_RE.sub(lambda m: "" if m.group(2).lower()[:6] in _COUNTRY_PREFIXES else m.group(0), question)
    lowered = question.lower()
    if ("из" in lowered or "from" in lowered) and _KIN_FROM_RE.search(question) \
            and not _THEIR_TOWN_RE.search(question):  # "Мой сосед из Ашхабада
        # спрашивает, где это было": where he is from, no place asked (but "when will it be held in his city": that one)
        question = _KIN_FROM_RE.sub(lambda m: m.group(0) if m.group("place").lower()[:6] in _COUNTRY_PREFIXES
                                    else m.group("who") + " " + m.group("verb"), question)
    if _ASKERS_PLACE_RE.search(question):  # "Пишу вам из Омска.", "I live in Tomsk and was born in Perm.": the asker's
        question = _ASKERS_PLACE_RE.sub(_askers_place_left_out, question)  # towns, no place asked of
    town = _ASKERS_TOWN_RE.search(question)
    if town is None or town.group("name").lower()[:6] in _COUNTRY_PREFIXES \
            or _WORDS_FROM_RE.search(question[:town.start("name")]):
        return question  # ("I'm from Azerbaijan. Did the prime minister attend?": the country asked of; "I'm looking for
    # the quote from Mishustin, what did he say": no town)
    return question[:town.end(1)] + question[town.end():]


# what was decided on a subject: "что решили по культуре", "что было решено насчёт ...", "what was decided on that
# front", "what did they decide about ..."
_WHAT_DECIDED_ON_RE = re.compile(r"(?:\b(?P<what>что)\s+(?:было\s+|же\s+)?(?:решили|решено|решают)|"
                                 r"\bwhat\s+(?:was|were|did\s+they|have\s+they)\s+(?:decided|decide))"
                                 r"(?=\s+(?:по|о|об|насчёт|насчет|про|в\s+(?:этой|этом)|on|about|regarding|concerning|in\s+"
                                 r"(?:this|that))\b)", re.IGNORECASE)
# where or when a meeting was to be held: what a decision on the venue answers ("решили провести", "decided to hold")
_HELD_WHERE_RE = re.compile(r"\b(?:провести|проводить|hold|host|held|venue|место\w*|где|where|when|когда|следующ\w*|"
                            r"next)\b", re.IGNORECASE)


# proposing, said as someone putting something on the table: "what did he put on the table", "put X on the table"
# (not "what was put on the table", which names no one)
_ON_THE_TABLE_RE = re.compile(r"(?<!was )(?<!were )(?<!been )\b(?:put|putting|puts|brought|bring|bringing|laid|lay)\s+on\s+"
                              r"the\s+table\b|"
                              r"\b(?:put|puts|brought|bring|laid|lay)\b(?=\s+\w+(?:\s+\w+)?\s+on\s+the\s+table\b)",
                              re.IGNORECASE)
# a number of hundreds in words: "two hundred", "a hundred", "one hundred"
_HUNDREDS_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_HUNDREDS_OF_RE = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine)\s+hundred\b(?!\s+(?:and|-))",
                             re.IGNORECASE)
# soldiers said to be missing: "пропавших (без вести) солдат", "missing soldiers", "propavshih soldat"
_MISSING_SOLDIERS_RE = re.compile(r"\b(?:(?P<missing>(?:пропавш|missing|propavsh)\w*(?:\s+без\s+вести)?)\s+"
                                  r"(?P<soldiers>солдат\w*|soldiers?|soldat\w*)|(?P<soldiers_first>солдат\w*|soldiers?|"
                                  r"soldat\w*)(?=\s+(?:missing|пропавш\w*|propavsh\w*)))\b", re.IGNORECASE)


def _as_servicemen(found: re.Match[str]) -> str:
    """Missing soldiers as the servicemen the document names, in the question's alphabet."""
    soldiers = found.group("soldiers") or found.group("soldiers_first")
    servicemen = "servicemen" if soldiers.lower().startswith("soldier") else "военнослужащих"
    return f"{found.group('missing')} {servicemen}" if found.group("missing") else servicemen


# what a side or a person wanted at the meeting: "what (did) Uzbekistan want", "what did the Kazakh side want", "чего
# хотел Узбекистан", "что хотела Россия" (a name after a capital; not "what I want", "what did you want to know")
_WHAT_THEY_WANTED_RE = re.compile(r"\b(?P<en>what)\s+(?:did\s+|does\s+|do\s+)?(?P<who>(?:the\s+)?(?-i:(?!I\b)[A-Z])[\w-]+"
                                  r"(?:\s+(?:side|delegation|government))?)\s+(?:want|wants|wanted)\b(?!\s+to\s+(?:know|ask))|"
                                  r"\b(?:что|чего)\s+(?:же\s+)?(?:хотел|хотела|хотели|хочет|хотят)\s+"
                                  r"(?P<ru>(?-i:[А-ЯЁ])[\w-]+)", re.IGNORECASE)


def _as_proposed(found: re.Match[str]) -> str:
    """"What did X propose" for what X wanted, in the question's language."""
    return f"what did {found.group('who')} propose" if found.group("en") else f"что предлагал {found.group('ru')}"


def _adopted_words(found: re.Match[str]) -> str:
    """"What was adopted" for what was decided, in the question's language."""
    return "что приняли" if found.group("what") else "what was adopted"


def as_adopted(question: str) -> str | None:
    """The question with what was decided on a subject asked as what was adopted on it ("Что решили по культуре?":
    "что приняли по культуре?"); None when it asks no such thing, or where or when to meet ("решили провести")."""
    if not has_any(question.lower(), ("реш", "decid")) or not _WHAT_DECIDED_ON_RE.search(question) \
            or _HELD_WHERE_RE.search(question):
        return None
    return _WHAT_DECIDED_ON_RE.sub(_adopted_words, question)


# a day and month with a two-digit year of this century ("26.02.24")
_SHORT_YEAR_RE = re.compile(r"(?<![\d.])((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2]))\.(2\d)(?![\d.])")


def _mend_question_words(question: str, publishers: frozenset[str] = frozenset(),
                         agencies: frozenset[str] = frozenset(), single: frozenset[str] = frozenset()) -> str:
    """The question with a misspelt "how many" / "how much" written right ("how mny agreemnts"), and
    "took part", "showed up" as the one word each means; "rather than Y" left out, and a city's
    adjective ("бишкекском") as the city."""
    if has_any(question.lower(), _KYRGYZ_GATE) and _KYRGYZ_HINT_RE.search(question):  # "Бишкекте СНГ жыйыны болду
        # го, кайсы күнү болгон?": Kyrgyz words in Russian
        question = _in_russian(question)
    if _names_a_month(question.lower()) and _SPELT_DAY_RE.search(question):
        question = _spelt_days(question)
    if "." in question and _SHORT_YEAR_RE.search(question) and set(tokenize(question)) & publishers:
        # "Trend от 26.02.24": the report of 26.02.2024 (no 24th of May); a date alone is left as it is written
        question = _SHORT_YEAR_RE.sub(r"\1.20\2", question)
    if has_any(question.lower(), ("plus", "плюс")):  # "Aripov's words, plus the outlet": "and", not Asia-Plus
        question = _PLUS_RE.sub(lambda m: "и" if is_cyrillic(m.group(0)) else "and", question)
    if "table" in question.lower() and _ON_THE_TABLE_RE.search(question):  # "which routes did he put on the
        question = _ON_THE_TABLE_RE.sub("propose", question)  # table": proposed (no table, nor a meeting)
    if "hundred" in question.lower() and _HUNDREDS_OF_RE.search(question):  # "two hundred documents": 200, a count
        question = _HUNDREDS_OF_RE.sub(lambda m: str(100 * _HUNDREDS_COUNT.get(m.group(1).lower(), 1)), question)
    if has_any(question.lower(), ("soldier", "солдат", "soldat")) and _MISSING_SOLDIERS_RE.search(question):
        # "поиск пропавших солдат", "missing soldiers": the servicemen the Afghanistan search document names (not
        # soldiers alone: "a document on soldiers' pensions" is none of the reports')
        question = _MISSING_SOLDIERS_RE.sub(lambda m: _as_servicemen(m), question)
    if has_any(question.lower(), ("want", "хоте", "хоч", "хотя")) and _WHAT_THEY_WANTED_RE.search(question):
        # "what Uzbekistan want at this meeting?", "чего хотел Узбекистан?": what it proposed (not who came)
        question = _WHAT_THEY_WANTED_RE.sub(_as_proposed, question)
    if asks_for_the_carrier(question):  # "Mishustin quote, plus the agency it came through": the quote asked; the
        question = _AND_ITS_CARRIER_RE.sub("", question) or question  # answer names its report and agency
    if "стол" in question.lower() or "table" in question.lower():  # "Токаев сидел за столом в Бишкеке", "sat at the
        question = _AT_THE_TABLE_RE.sub(lambda m: "присутствовал" if is_cyrillic(m.group(0)) else "attended",  # table":
                                        question)  # there
    if has_any(question.lower(), _ASIDE_GATE):  # "sorry, I am new in this topic, ...", "..., а то клиенты спорят":
        question = _ASIDE_RE.sub(" ", question).strip() or question  # the asker's aside, no part of what is asked
    if has_any(question.lower(), _TRIP_GATE) and _ASKERS_TRIP_RE.search(question):  # "Maybe I can travel to
        question = _ASKERS_TRIP_RE.sub(" ", question).strip() or question  # Turkmenistan to see it.": the asker's trip
    if has_any(question.lower(), _ALL_KNOW_GATE):  # "25 документов подписали — это все знают", "Everybody knows the
        question = _ALL_KNOW_RE.sub(" ", question)  # next one was in Minsk": the asker's insistence, no part of the claim
    if has_any(question.lower(), _KNOWING_GATE):  # "а я не знаю, кто ...", "Насколько я знаю, ...": the asker's
        question = _ASKERS_KNOWING_RE.sub("", question) or question  # knowing, no part of what is asked
    if "?" in question[:-1] and _RESTATED_RE.search(question):  # "How many ...? In other words, ...?": asked once
        question = _RESTATED_RE.sub("", question)
    question = _RESTATING_RE.sub("", question) or question  # "Put differently, when did the meeting take place?"
    question = without_asker_frames(question)
    if "credited" in question.lower() and (found := _CREDITED_TAIL_RE.search(question)):  # "Asia-Plus line on the
        # next meeting: credited to?": which report gives it, and whom it cites
        question = f"Who reported {question[:found.start()].strip()}, citing whom?"
    if ("big" in question.lower() or "headline" in question.lower()) and _WHOSE_RE.search(question):  # "his big
        question = _BIG_IDEA_RE.sub("main", question)  # pitch", "their headline idea": the main one (not Aripov's "big
        # step", a quote's words, nor "the meeting's big message")
    if "number" in question.lower() or "номер" in question.lower():  # "which anniversary number": which anniversary
        question = _ANNIVERSARY_NUMBER_RE.sub(r"\1", question)  # (an ordinal, no count)
    if _MONEY_LABEL_RE.match(question):  # "money question: how many documents were signed?": the total, as asked
        question = _MONEY_LABEL_RE.sub("", question)
    if "money" in question.lower():  # "one of the money documents": a financing one (not "how much money")
        question = _MONEY_DOCUMENTS_RE.sub("financing", question)
    if _ABOUT_MONEY_RE.search(question) and _DOCUMENTS_WORD_RE.search(question):  # "сколько документов про деньги":
        question = _ABOUT_MONEY_RE.sub(lambda m: "про финансирование" if is_cyrillic(m.group(0)) else  # on financing
                                       "pro finansirovanie" if m.group(0).lower().startswith("pro") else "on financing",
                                       question)
    if "message" in question.lower() and _WHOSE_RE.search(question):  # "his main message": his main point (not "did
        question = _MAIN_MESSAGE_RE.sub("main point", question)  # he just send a message", nor the meeting's message)
    if "forward" in question.lower():  # "who put forward the e-commerce platform": who proposed it
        question = _PUT_FORWARD_RE.sub("proposed", question)
    if "rank" in question.lower():  # "who represented Azerbaijan, and at what rank": in what post (not "what rank
        question = _AT_WHAT_RANK_RE.sub("in what post", question)  # does Kyrgyzstan hold in the CIS")
    if "petersburg" in question.lower():  # "St Petersburg", "Saint-Petersburg": one city, one word
        question = re.sub(r"\b(?:st\.?|saint|sankt)[\s-]+(?=petersburg)", "", question, flags=re.IGNORECASE)
    if "tell" in question and _DID_TELL_RE.search(question):  # "what did Mishustin tell the meeting": said (not "tell me")
        question = _DID_TELL_RE.sub(lambda m: m.group(0)[: -len(m.group("tell"))] + "say", question)
    if " for " in question and _SET_FOR_RE.search(question):  # "set for 2025": a time, not "a set of measures"
        question = _SET_FOR_RE.sub("", question)
    if _EXPRESSED_RE.search(question) and not _ANYONE_RE.search(question):  # "did the Armenian delegation express
        # any reservations": say, asked of the (not "did anyone express doubts": no one's doubts are reported)
        question = _EXPRESSED_RE.sub("say", question)  # question only (a report's "initiatives expressed" is no saying)
    if has_any(question.lower(), _SAY_WHO_GATE) and _SAY_WHO_RE.search(question) \
            and (_IMPERATIVE_RE.match(question) or _SAY_WHO_RE.match(question)):
        # "list the participants and say who were prime ministers": which ones were (not "did TASS list the documents
        # and say which were on financing": what TASS said)
        question = _SAY_WHO_RE.sub("", question)
    if "br" in question and _BROUGHT_UP_RE.search(question):  # "who brought up Innoprom": raised it
        question = _BROUGHT_UP_RE.sub("raised", question)
    if "concern" in question.lower() and _DOCUMENT_NOUN_RE.search(question):  # "which documents concern mining":
        question = _CONCERN_RE.sub("about", question)  # about it (not "was there any concern raised")
    if "counter" in question.lower():  # "counter-terrorism": one word, no "count" mistyped
        question = _COUNTER_RE.sub("counter", question)
    if "went" in question or "gone" in question or " go" in question:
        question = _HOW_IT_WENT_RE.sub(" the meeting", question)  # "say about how the meeting went": about it
        question = _WENT_TO_RE.sub(lambda m: "came " + m.group(0).split()[-1] + " ", question)  # "went to Bishkek",
        # "who went for Azerbaijan": came (not "went for a free trade zone": chose it)
    venue = _VENUE_CLAIM_RE.match(question)
    if venue:  # "Venue: Astana, right?": whether the meeting was held there
        question = (f"Заседание прошло в {venue.group('place')}?" if is_cyrillic(question)
                    else f"Was the meeting held in {venue.group('place')}?")
    if _DOCUMENTS_IN_RE.search(question) and not re.search(r"\b(?:но|нет|не|кроме|помимо)\b", question, re.IGNORECASE):
        # "документы, упомянутые в ТАСС": the documents TASS names (not a comparison: "упоминает ТАСС, но нет в ...")
        question = _DOCUMENTS_IN_RE.sub(lambda m: m.group(0).replace(m.group("verb"), "называет"), question)
    if _LIST_NUMBERED_RE.search(question):  # "list all documents with numbers": the list, its items numbered
        question = _LIST_NUMBERED_RE.sub(" ", question)
    if "сколько" in question.lower() and _AT_WHAT_TIME_RE.search(question) and _PUT_OUT_RE.search(question):
        # "во сколько ТАСС выпустил": a time (not "во сколько обошлось": a cost)
        question = _AT_WHAT_TIME_RE.sub("в какое время", question)
    if _SHORTHAND_RE.search(question):  # "armenia rep at the cis govt heads mtg": the words written out
        question = _SHORTHAND_RE.sub(lambda m: _SHORTHAND[m.group(0).lower()], question)
    if ("press" in question.lower() or "пресс" in question.lower()) and _PRESS_SERVICE_RE.search(question) \
            and not _CITES_RE.search(question):  # (not "which report quotes the ... press service": the one cited)
        # "пресс-служба правительства Киргизии", "the Kyrgyz government's press service": the government's own report
        question = _PRESS_SERVICE_RE.sub("", question)
    if has_any(question.lower(), ("city", "town", "город")) and _CITY_AND_COUNTRY_RE.search(question) \
            and not has_any(question.lower(), ("host", "принимающ")) \
            and _MEETING_HELD_RE.search(question):
        # "which city and country": the meeting's place (not which countries; "host country and city" says so already)
        question = _CITY_AND_COUNTRY_RE.sub(lambda m: m.group("city") or m.group("city2"), question)
    if "источник" in question.lower() and _SOURCES_NAME_RE.search(question) and not _WHICH_SOURCE_RE.search(question):
        # "какое место следующего заседания называют источники": the place, as any report gives it (not which
        question = _SOURCES_NAME_RE.sub("", question)  # report does: "какие источники называют место")
    if has_any(question.lower(), ("only", "just", "merely", "только")) and _ONLY_SAYS_RE.match(question) \
            and _WHICH_REPORT_RE.search(question):  # "Asia-Plus only says the next
        # session will be in May 2024. Which source gives an exact day?": what it says, the other reports' facts asked
        rest = _ONLY_SAYS_RE.sub("", question)
        question = rest[:1].upper() + rest[1:]
    if " at " in question and _PUT_AT_RE.search(question) and not _WHO_PUTS_PEOPLE_RE.match(question):
        # "Asia-Plus put the number of signed documents at twenty-two": reported 22
        question = _PUT_AT_RE.sub(lambda m: f"reported {m.group('n')} {m.group('what')}", question)
    if has_any(question.lower(), (" or ", " или ")) and _OR_SILENT_RE.search(question):  # "Лебедев что-то
        question = _OR_SILENT_RE.sub("", question)  # сказал или просто сидел?": whether he said anything
    if has_any(question.lower(), ("точн", "exact", "precise")) and _MORE_THAN_OR_EXACT_RE.search(question):
        question = _MORE_THAN_OR_EXACT_RE.sub(
            lambda m: "сколько документов" if is_cyrillic(m.group(0)) else "how many documents", question)
    if "item" in question.lower() and _ITEM_OF_THE_LIST_RE.search(question) and _A_LIST_RE.search(question) \
            and not has_any(question.lower(), ("agenda", "many", "number")) and not _ITEM_NUMBERED_RE.search(question):  # "which item on the list is about
        # Afghanistan": a document of it (not "how many items", "under which item number")
        question = _ITEM_OF_THE_LIST_RE.sub(lambda m: "documents" if m.group(0).lower().endswith("s") else "document",
                                            question)
    if " or " in question.lower() and (choice := _NUMBER_OF_A_OR_B_RE.match(question)):
        question = f"Who reported {choice.group('n') or choice.group('n2')} documents?"
    if has_any(question.lower(), ("last", "past", "прошл")) and _LAST_MONTH_RE.search(question):
        question = _LAST_MONTH_RE.sub("", question)  # "met here last October": in October
    if has_any(question.lower(), ("headline", "title", "заголов")) and (about := _HEADLINE_OF_ABOUT_RE.search(question)) \
            and set(tokenize(about.group("head"))) & single \
            and not set(tokenize(about.group(0)[len(about.group("head")):])) & publishers:  # (an outlet of one report
        # named, so its subject picks no report: not Trend's two, nor "on MENAFN", a site)
        question = _HEADLINE_OF_ABOUT_RE.sub(lambda m: m.group("head"), question)  # "the title of the Trend
        # article about Uzbekistan": the Trend article's title
    if "many" in question.lower() and _MANY_NOT_ASKED_RE.search(question):  # "Central Asia has many uranium sites.
        question = _MANY_NOT_ASKED_RE.sub("", question)  # Was anything signed about them?": no count asked
    if "put" in question.lower() and has_any(question.lower(), ("when", "what time", "date")) \
            and _PUT_OUT_EN_RE.search(question):  # "what time did TASS put its story out"
        question = _PUT_OUT_EN_RE.sub(lambda m: f"published {m.group('it') or m.group('it2')}", question)
    if has_any(question.lower(), ("time", "date")) and (found := _REPORT_TIME_RE.match(question)) \
            and (set(tokenize(found.group("src"))) & publishers
                 or not set(tokenize(found.group("src"))) & (agencies | _SAID_WORDS)):
        # "TASS report time", "TASS report date?", "TASS timestamp": when it came out (not "BelTA timestamp": an
        # agency's story, which no report gives)
        question = _REPORT_TIME_RE.sub(lambda m: f"when was the {m.group('src')} report published?", question)
    if "level" in question.lower() or "уровн" in question.lower():  # "Kazakhstan was there at the top level":
        question = _AT_TOP_LEVEL_RE.sub("", question)  # there, whoever came (the rank is the reply's to give)
    if has_any(question.lower(), ("quot", "цитир")) and _WHOSE_WORDS_QUOTED_RE.search(question):
        # "whose own words are quoted", "кого цитируют публикации": who spoke, as the reports quote them
        question = _WHOSE_WORDS_QUOTED_RE.sub(lambda m: "кто выступал" if is_cyrillic(m.group(0)) else "who spoke",
                                              question)
    if "говорят" in question.lower() and _HEARSAY_RE.search(question):  # "Говорят, Акылбек Жапаров — правда ли?":
        question = _HEARSAY_RE.sub("", question)  # what people say, put to be checked (no one's words asked)
    if has_any(question.lower(), ("финанс", "financ")) and _MONEY_BESIDE_RE.search(question):  # "про деньги, про
        question = _MONEY_BESIDE_RE.sub(" ", question)  # финансирование органов СНГ": the financing, said twice
    if ("below" in question.lower() or "ниже" in question.lower()) and _WHICH_ASKED_RE.match(question):
        # "which delegations were led by someone below prime-minister level": by a deputy head of government (not
        # "was Russia represented below prime-minister level": whether, which its head answers)
        question = _BELOW_PREMIER_RE.sub(lambda m: " заместителем " if is_cyrillic(m.group(0)) else " a deputy ",
                                         question)
    if has_any(question.lower(), ("summary", "paraphrase", "retelling", "published", "пересказ", "кратк", "сводк")) \
            and _NOT_A_SUMMARY_RE.search(question):  # "the titles as published, not a summary": how to answer, no subject
        question = _NOT_A_SUMMARY_RE.sub("", question)
    if "'s " in question or "’s " in question:  # "Aripov's sentence on import substitution": his words
        question = _POSSESSIVE_SENTENCE_RE.sub(r"\1 words", question)
    if "state of" in question.lower():  # "the state of mutual trade": trade, as it stands (no state, no Heads of State)
        question = _STATE_OF_RE.sub("", question)
    if "подпис" in question.lower() and _CAPTION_RE.search(question):  # "для подписи к фото": a caption, no signing
        question = _CAPTION_RE.sub(" ", question)
    if has_any(question.lower(), _COUNTED_STEMS) and _SPELT_COUNT_RE.search(question):  # "were thirty
        # documents signed": 30, as the counts read it
        question = _SPELT_COUNT_RE.sub(_count_in_digits, question)
    if _NUMERIC_DATE_RE.search(question):  # "27.10.2023", "2023-10-26": the day and month in words
        question = _NUMERIC_DATE_RE.sub(lambda m: _date_in_words(m, is_cyrillic(question)), question)
    if has_any(question.lower(), ("right", "correct", "true", "прав", "верно")):
        claimed = _PERSON_CLAIMS_RE.match(question) or _PERSON_CLAIMS_RU_RE.match(question)  # "My boss insists the
        if claimed is not None:  # meeting took place on 27 October because he read it in Sputnik. Was he right?",
            # "Мой начальник говорит, что подписали 22 документа. Он прав?": the claim, checked
            question = f"{claimed.group('claim').strip()}, " + ("верно?" if is_cyrillic(question) else "right?")
    if _SOMEONES_TEXT_RE.search(question):  # "A colleague's draft says Mishustin called ...": what it says, put to
        question = _SOMEONES_TEXT_RE.sub("", question).rstrip()  # be checked ("... says Smailov quoted Putin.": a
        if not question.endswith("?"):  # claim, not a question about Smailov's words)
            question = f"{question.rstrip('.!')}, right?"
    if _DRAFT_CHECK_RE.search(question):  # "The draft says: 'X.' Correct?": the claim X, checked
        question = _DRAFT_CHECK_RE.sub(lambda m: f"{m.group('claim').rstrip('.!')}, {m.group('check').lower()}?", question)
    if "headline " in question.lower():
        question = _HEADLINE_FACTS_RE.sub(r"main \1", question)  # "the headline facts": the main ones, not a headline
    if "fake" in question.lower() or "фейк" in question.lower() or "hoax" in question.lower() \
            or "fejk" in question.lower() or "feik" in question.lower():
        question = _fake_as_true(question)
    if "independent states" in question.lower() or "независимых государств" in question.lower():
        # the CIS's name written out: the CIS (not "states" and "independent" as words of a document's title)
        question = _CIS_IN_FULL_RE.sub(lambda m: "СНГ" if is_cyrillic(m.group(0)) else "CIS", question)
    if "тошкент" in question.lower() or "toshkent" in question.lower():  # Tashkent in its Uzbek spelling
        question = re.sub(r"\b([ТтTt])(?:ошкент|oshkent)", lambda m: m.group(1) + ("ашкент" if m.group(1) in "Тт" else "ashkent"),
                          question)
    if "след." in question.lower():  # "когда след. заседание": the next one
        question = re.sub(r"\b([Сс])лед\.\s*", lambda m: m.group(1) + "ледующее ", question)
    if _CONFIRM_THAT_RE.search(question):  # "Подтвердите, что план принят на 2025 год": whether it is true
        question = _confirm_as_check(question)
    question = without_honorifics(question)  # "Did Mr. Mishustin say ...": Mishustin
    if _NEXT_AFTER_BISHKEK_RE.search(question):  # "следующий Совет после Бишкека пройдёт в Душанбе?": the next one,
        question = _AFTER_THE_CITY_RE.sub(" ", question)  # the city it follows no place asked
    if _DAY_NUMBER_RE.search(question) and _KOGDA_RE.search(question):  # "kogda tochno ...? chislo nuzhno":
        question = _DAY_NUMBER_RE.sub(" ", question)  # the day, which "когда" asks already
    if "head of government" in question.lower() or "number one" in question.lower() or "номер один" in question.lower():
        # "the CIS head of government meeting": the Council's meeting, no one head asked; "what is number one item": the first
        question = _NUMBER_ONE_RE.sub("first", _HEAD_OF_GOVERNMENT_MEETING_RE.sub("heads of government", question))
    if ":" in question:  # "Внук спрашивает: есть ли ...", "My son asks: who ...": who asks is no part of the question
        question = _WHO_ASKS_RE.sub("", question)
    if _A_REPORT_RE.search(question):  # "which report comes from the Kyrgyz government, and what is its title": a
        # report's origin and headline, not a delegation's nor a person's post
        question = _COMES_FROM_RE.sub("is from", _ITS_TITLE_RE.sub(lambda m: f"{m.group(1)} headline", question))
    if "вывод" in question.lower():
        question = _conclusion_read(question)
    if "езд" in question.lower() or "ezd" in question.lower():
        question = _WENT_TO_IT_RE.sub(_came, question)
    if "link" in question.lower() or "tie" in question.lower() or "tying" in question.lower():
        # "did Smailov link (tie) the corridors to the Belt and Road": connecting them
        question = _LINK_VERB_RE.sub(_link_as_connect, question)
    if "%" in question:  # "what % growth": a percentage asked, which the tokenizer would drop
        question = question.replace("%", " percent ")
    lowered = question.lower()
    if "этом " in lowered or "этой " in lowered:  # "на этом заседании": the meeting, as "на заседании"
        question = _THIS_MEETING_RE.sub("", question)
        lowered = question.lower()
    if " after this" in lowered or "после этого" in lowered or "после данного" in lowered:
        question = _AFTER_THIS_RE.sub(lambda m: "следующее заседание" if is_cyrillic(m.group(0)) else "the next meeting",
                                      question)
        lowered = question.lower()
    if "body" in lowered or "орган" in lowered or "organ" in lowered or "institution" in lowered:
        question = _WHICH_BODY_RE.sub(lambda m: "кто" if is_cyrillic(m.group(0)) else "who", question)
        lowered = question.lower()
    if "республик" in lowered or "федерац" in lowered or "republic" in lowered or "federation" in lowered \
            or "respublik" in lowered or "federatsi" in lowered:
        question = _without_state_words(question)
        lowered = question.lower()
    if _A_PLANS_TERM_RE.search(lowered) and _UNTIL_WHEN_RE.search(lowered):
        # "until when does the geodesy programme run", "до какого срока": the year a programme runs to
        question = _UNTIL_WHEN_RE.sub(lambda m: "до какого года" if is_cyrillic(m.group(0)) else "until what year",
                                      question)
        lowered = question.lower()
    if _ORDINAL_RE.search(lowered):  # "on the 27th", "October 26th": the day's number
        for pattern, replacement in _ORDINAL_DAY_RES:
            question = pattern.sub(replacement, question)
        lowered = question.lower()
    if _SLIP_RE.search(lowered):  # "wat did mishustin sey": the question's own words, mistyped
        question = _SLIP_RE.sub(lambda m: _SLIPS[m.group(0).lower()], question)
        lowered = question.lower()
    if "before" in lowered or "перед" in lowered or "до " in lowered:  # "the meeting held before the Ashgabat one"
        question = _BEFORE_ANOTHER_RE.sub(lambda m: ("предыдущее " if is_cyrillic(m.group(0)) else "previous ")
                                          + m.group(0), question)
        lowered = question.lower()
    if "how" in lowered:
        question = _HOW_RE.sub(_mended_how, question)
    if " it " in lowered or "это " in lowered or "оно " in lowered or "eto " in lowered or "ono " in lowered:  # "was it held in Minsk", "это было в Минске":
        question = _IT_HELD_RE.sub(_the_meeting_held, question)  # this meeting, the one the reports are about
        # "какого числа оно прошло", "kogda eto bylo": the same, asked when
        question = _WHEN_IT_HELD_RE.sub(lambda m: "заседание " if is_cyrillic(m.group(0)) else "zasedanie ", question)
        lowered = question.lower()
    if "information techn" in lowered or "информационн" in lowered:  # "information technology": IT, as the reports
        question = _INFOTECH_RE.sub(lambda m: "ИТ" if is_cyrillic(m.group(0)) else "IT", question)  # say it
        lowered = question.lower()
    if " up " in lowered or " come to " in lowered or " came to " in lowered:  # "how did Bishkek end up hosting":
        question = _HOW_IT_HOSTED_RE.sub(r"why was \1 chosen to host", question)  # how the venue came about
        lowered = question.lower()
    if "number" in lowered or "номер" in lowered:  # "item number one", "пункт номер 3": the item's own number
        question = _ITEM_NUMBER_RE.sub(_item_numbered, question)
        lowered = question.lower()
    if " or " in lowered or " или " in lowered:  # "ТАСС сообщал о 20 документах или о другом числе?": the 20 checked
        question = _OR_ANOTHER_NUMBER_RE.sub("", question)
        lowered = question.lower()
    if "from " in lowered or "из " in lowered:  # "who came from Yerevan": from Armenia, whose capital it is
        question = _FROM_CAPITAL_RE.sub(lambda m: f"{m.group(1)} {_country_of_capital(m.group(2), genitive=True)}",
                                        question)
        lowered = question.lower()
    if _CAPITAL_SAYS_RE.search(question):  # "what did Tashkent actually say": Uzbekistan, whose capital it is
        question = _CAPITAL_SAYS_RE.sub(lambda m: f"{m.group('lead')}{_country_of_capital(m.group('capital'))}", question)
        lowered = question.lower()
    if "кто" in lowered or "kto" in lowered:  # "кто будет принимать следующее заседание": which country hosts it
        question = _WHO_HOSTS_RE.sub(lambda m: "kakaya strana primet" if m.group(0)[0] in "kK" else "какая страна примет",
                                     question)
        lowered = question.lower()
    if "горномет" in lowered or "gornomet" in lowered:  # "по горнометаллургии": the mining and metallurgy industry
        question = _MINING_METALLURGY_RE.sub(r"\1-", question)
        lowered = question.lower()
    if "промкооперац" in lowered or "promkooperac" in lowered or "promkooperats" in lowered:  # "промкооперацию"
        question = _PROM_RE.sub(lambda m: "promyshlennoy kooperatsii" if m.group(0)[0] in "pP" else
                                "промышленной кооперации", question)  # industrial cooperation, in any case form
        lowered = question.lower()
    if "capital" in lowered or "столиц" in lowered:  # "met in the Kyrgyz capital": in Bishkek, this meeting's city
        question = _HOST_CAPITAL_RE.sub(lambda m: "Бишкеке" if is_cyrillic(m.group(0)) else "Bishkek", question)
        lowered = question.lower()
    if " down" in lowered or "уход" in lowered or "ушёл" in lowered or "ушел" in lowered:  # "stepping down",
        question = _STEPS_DOWN_RE.sub(lambda m: "отставка" if is_cyrillic(m.group(0)) else "resignation", question)
        lowered = question.lower()  # "уходит с поста": a resignation, which no report tells of
    if "восстанов" in lowered or "restor" in lowered:  # "восстановить эти земли": their recultivation
        question = _RESTORE_LAND_RE.sub(lambda m: "рекультивация" if is_cyrillic(m.group(0)) else "recultivation",
                                        question)
        lowered = question.lower()
    if "русск" in lowered:  # "русский премьер": Russia's (not "русский текст": the language)
        question = _RUSSIAN_PERSON_RE.sub("российский ", question)
        lowered = question.lower()
    if "host" in lowered or "принимающ" in lowered:  # "per the host government's list": the Kyrgyz government's
        question = _HOST_GOVERNMENT_RE.sub(lambda m: "правительства Кыргызстана" if is_cyrillic(m.group(0))
                                           else "the Kyrgyz government", question)
        lowered = question.lower()
    if " after " in lowered or " после " in lowered:  # "the next meeting after Bishkek": the next one
        question = _NEXT_AFTER_THIS_RE.sub(lambda m: m.group(1) or m.group(2), question)
        lowered = question.lower()
    if "кабмин" in lowered:  # "доложил Кабмину": the Cabinet of Ministers, in any case
        question = re.sub(r"\bкабмин\w*", "кабинета министров", question, flags=re.IGNORECASE)
        lowered = question.lower()
    if "follow" in lowered:  # "how will the proposals be followed up": implemented (not the following meeting)
        question = re.sub(r"\bfollow(?:ed|s|ing)?[- ]up\b", "implemented", question, flags=re.IGNORECASE)
        lowered = question.lower()
    if _QUESTIONS_TO_COME_RE.match(question):  # "I have two questions": nothing asked yet, so what can be asked
        return "помощь" if is_cyrillic(question) else "help"
    question = _POLITE_OPENING_RE.sub("", question)  # "Excuse me, may I ask in which city ...": the question
    lowered = question.lower()  # is what follows
    if "back" in lowered or "support" in lowered or "bear" in lowered or "подтвержда" in lowered:
        question = _SOURCES_BACK_RE.sub(lambda m: "правда?" if is_cyrillic(m.group(0)) else "true?", question)
        lowered = question.lower()  # "do the sources back this up?": is it true (no question about the sources)
    if _MEETING_ENDED_RE.search(question):  # "how did the meeting end": its results, not a fact whose title "ends"
        question = _MEETING_ENDED_RE.sub(lambda m: "каковы итоги заседания" if is_cyrillic(m.group(0))
                                         else "what were the results of the meeting", question)
        lowered = question.lower()
    if "end" in lowered or "conclu" in lowered or "wrap" in lowered or "заверш" in lowered or "закончи" in lowered:  # "the meeting
        question = _ENDED_WITH_RE.sub("", question)  # ended with 20 documents signed": 20 signed, no end asked
        lowered = question.lower()
    if "hog" in lowered or "hos" in lowered or "chg" in lowered:  # "the CIS HoG meeting": the council's name, as
        question = _HOG_RE.sub(lambda m: "heads of state" if m.group(0).lower().startswith("hos")  # the
                               else "heads of government", question)  # reports spell it out
        lowered = question.lower()
    if "which" in lowered or "what" in lowered or "как" in lowered:  # "in which country was the meeting held":
        question = _IN_WHICH_PLACE_RE.sub(lambda m: "где" if is_cyrillic(m.group(0)) else "where", question)
        lowered = question.lower()  # where (not the list of countries taking part)
    if "live" in lowered and _ON_AIR_RE.search(lowered):  # "broadcast live": on air, not "living standards"
        question = re.sub(r"\blive\b", " ", question, flags=re.IGNORECASE)
        lowered = question.lower()
    if "second" in lowered or "minute" in lowered or "секунд" in lowered or "минут" in lowered:  # "a 20-second
        question = _DURATION_RE.sub("", question)  # radio item": how long the item is, no number nor order asked
        lowered = question.lower()
    if "next" in lowered or "дальше" in lowered:  # "what comes next": the next meeting, which the reports announce
        question = _WHAT_NEXT_RE.sub(lambda m: "где и когда следующее заседание" if is_cyrillic(m.group(0))
                                     else "where and when is the next meeting", question)
        lowered = question.lower()
    if "press serv" in lowered or "press-serv" in lowered:  # "whose press service reported it": the agency cited,
        question = re.sub(r"\b(whose|which|what)\s+press[ -]servic(?:e|es)\b", r"\1 agency", question,
                          flags=re.IGNORECASE)  # no services (not "quotes the Kyrgyz government's press service")
        lowered = question.lower()
    if "figure" in lowered and not _A_DOCUMENTS_WORD_RE.search(lowered):  # "what figure did TASS give": a number
        # asked, not a person ("the key figures"); not "what figure does the medal document give" (its ordinal), nor
        # "what figure did TASS give for the anniversary" (the figure of something named)
        question = re.sub(r"\b(what|which) figure(s?)\b(?!\s+(?:of|from|in|at|attended|came|were\s+there|took|spoke|"
                          r"represented|was\s+there)\b)(?!.*\bfor\b)", r"\1 number\2", question, flags=re.IGNORECASE)  # (not "which figures of the CIS came": people; "which figures are
        # given, and by which outlets": numbers)
        lowered = question.lower()
    if "citat" in lowered or "цитат" in lowered:  # "mozhno bez citat: kto byl ot Armenii": no quotes wanted, and no
        question = _WITHOUT_QUOTES_RE.sub(" ", question)  # question of who is quoted
        lowered = question.lower()
    if "conferen" in lowered or "конференц" in lowered:  # "a press conference": no meeting of the council's, and
        question = _PRESS_CONFERENCE_RE.sub("pressconference", question)  # no report speaks of one
        lowered = question.lower()
    if "prem" in lowered or "прем" in lowered or "pms" in lowered or "prime" in lowered:  # "сколько человек было на встрече премьеров":
        question = _PREMIERS_MEETING_RE.sub(lambda m: m.group(1) or "", question)  # the meeting, not a
        lowered = question.lower()  # count of premiers
    if "official" in lowered or "официальн" in lowered:  # "официальный Ашхабад": the government, its country
        question = _OFFICIAL_CAPITAL_RE.sub(lambda m: _country_of_capital(m.group(1)), question)
        question = _OFFICIAL_STATEMENT_RE.sub(r"\1 ", question)  # "the official statement of the Armenian government":
        lowered = question.lower()  # a statement, no official asked of (not "which Turkmen official")
    if "EU" in question:  # "what did the EU say": the European Union, which no report quotes
        question = re.sub(r"\bEU\b", "European Union", question)
        lowered = question.lower()
    if "want" in lowered or "хочет" in lowered or "хотел" in lowered:  # "who wants to revise the FTA": who proposed it
        question = _WHO_WANTS_RE.sub(lambda m: "кто предложил" if is_cyrillic(m.group(0)) else "who proposed to", question)
        lowered = question.lower()
    if "name" in lowered and _A_DOCUMENT_RE.search(lowered):  # "uranium program exact name pls": its title, not a
        # person's name
        question = _EXACT_NAME_RE.sub("full title", question)
        lowered = question.lower()
    if "notes" in lowered or "замет" in lowered or "записях" in lowered:  # "that's how he's listed in my notes":
        question = _MY_NOTES_RE.sub("", question)  # the asker's own papers, no one's words ("Aripov noted")
        lowered = question.lower()
    if "фин" in lowered:  # "скока фин документов": financing documents
        question = _FIN_RE.sub("финансовых", question)
        lowered = question.lower()
    if "most recent" in lowered:  # "the most recent meeting before Ashgabat": the last one
        question = re.sub(r"\bmost recent\b", "last", question, flags=re.IGNORECASE)
        lowered = question.lower()
    if " version of " in lowered:  # "kun.uz version of aripov speech", "Trend's version of ...": as that report has it
        question = _VERSION_OF_RE.sub(r"according to \1,", question)
        lowered = question.lower()
    if "-led" in lowered:  # "a Chinese-led initiative": a kind of thing, not who led a delegation
        question = _LED_COMPOUND_RE.sub(r"\1", question)
    if "declared" in lowered or "proclaimed" in lowered or "designated" in lowered:
        question = _DECLARED_RE.sub(r"\1 adopted", question)
    if ("явлен" in lowered or "провозгла" in lowered or "yavlen" in lowered) and ("год" in lowered or "god" in lowered):
        # "какой год объявлен годом волонтёра" ("абъявлен": spelt by ear), not "когда было объявлено о заседании"
        question = _DECLARED_RU_RE.sub(lambda m: ("принят" if is_cyrillic(m.group(1)) else "prinyat") + (m.group(2) or ""),
                                       question)
    if "according" in lowered or "данным" in lowered or "сведениям" in lowered or "информации" in lowered \
            or "согласно" in lowered or "per " in lowered or "судя" in lowered \
            or "as " in lowered or "как " in lowered:
        question = _PER_THE_REPORTS_RE.sub(" ", question)
        question = _ACCORDING_RE.sub("per", question)  # a word the matcher skips: it costs no fact score
    if "before" in lowered or "до " in lowered or "перед " in lowered:  # "where did they meet before Bishkek": the
        question = _BEFORE_THIS_RE.sub(_previous, question)  # previous meeting, not this one in Bishkek
    if "datelined " in lowered and not WHICH_REPORT_ASKED_RE.search(lowered) and WH_RE.search(lowered):
        # "the Trend report datelined Tashkent: what did Aripov say": which report, not a subject
        question = _DATELINED_RE.sub("", question)
    if "capacity" in lowered or "качестве" in lowered or "level" in lowered or "уровне" in lowered:
        # "in what capacity did he attend", "at what level was each delegation headed": a post, not a size
        question = _IN_WHAT_CAPACITY_RE.sub(lambda m: "в какой должности" if is_cyrillic(m.group(0)) else "in what post",
                                            question)
    if " up" in lowered:
        question = _SHOWED_UP_RE.sub("attended", question)
        question = _CAME_UP_RE.sub("were discussed", question)  # "what topics came up": discussed, not attended
    if "name" in lowered or "title" in lowered:
        question = _NAME_OF_RE.sub("", question)
    if "joint" in lowered or "совместн" in lowered or "sovmestn" in lowered:  # "a joint statement": a document, not someone's words
        question = _JOINT_STATEMENT_RE.sub(lambda m: "документ коммюнике" if is_cyrillic(m.group(0)) else
                                           "communique document", question)  # a kind of document no fact names
    if "position" in lowered or "позици" in lowered:  # "Smailov's position on trade": a stance, not a post
        question = _POSITION_ON_RE.sub(lambda m: "мнение" if is_cyrillic(m.group(0)) else "stance", question)
    if " where " in lowered:  # "the quote where Aripov asks ...": which quote, not where something was
        question = _QUOTE_WHERE_RE.sub(r"\1", question)
    if " mean" in lowered or "refer to" in lowered or "знач" in lowered:  # ("stand for": the abbreviation rule's)
        # "what does 'withholdings' mean / refer to", "что значит «изъятия»": the word itself, asked about
        question = _MEANING_RE.sub(lambda m: f"что такое {m.group('word_ru')}" if m.group("ru")
                                   else f"what is {m.group('word') or m.group('by')}", question)
    if "-related" in lowered:  # "the uranium-related programme", "sports-related": about uranium, sport
        question = re.sub(r"\b(\w+)-related\b", r"about \1", question, flags=re.IGNORECASE)
    if "называ" in lowered:
        question = _NAME_OF_RU_RE.sub("", question)
        if _NAME_OF_AFTER_RU_RE.search(question) and re.search(r"(?:программ|документ|соглашени|концепци|план|"
                                                                 r"решени|проект|инициатив)\w*", question, re.IGNORECASE):
            question = _NAME_OF_AFTER_RU_RE.sub("?", question)
    if lowered.lstrip().startswith(("for ", "для ")) or ":" in lowered[:32] or " для " in lowered or " dlya " in lowered \
            or " need " in lowered or "? " in lowered or ", " in lowered and _TRAILING_FORMAT_RE.search(question) \
            or ("sourc" in lowered or "источник" in lowered or "reports" in lowered) and _WITH_SOURCES_RE.search(question):
        question = _without_purpose(question)
    if has_any(lowered, _BREVITY_GATE) and (_TRAILING_BREVITY_RE.search(question) or _LEADING_BREVITY_RE.match(question)):
        # "kakie dokumenty podpisali, korotko plz", "Коротко: ...": how to answer, no subject
        brief = _LEADING_BREVITY_RE.sub("", _TRAILING_BREVITY_RE.sub("", question))
        question = brief if len(tokenize(brief)) >= 2 else question
    question = without_its_use(question)
    if "?" in question and has_any(lowered, _FORMAT_GATE) and (formatted := _FORMAT_SENTENCE_RE.search(question)) \
            and formatted.group(0).strip(" .!"):  # "... ? One line for the autocue pls": how the answer goes, no subject
        question = question[:formatted.start()] if len(tokenize(question[:formatted.start()])) >= 3 else question
    if ("rather than" in lowered or "instead of" in lowered or "а не " in lowered) \
            and not re.search(r"\b(why|почему|зачем|pochemu)\b", lowered):  # "why the 26th rather than the 27th"
        question = _RATHER_THAN_RE.sub("", question)  # "headed by deputy PMs rather than PMs": the first
    if (" not " in lowered or " не " in lowered) and not re.search(r"\b(why|почему|зачем|pochemu)\b", lowered):
        question = _NOT_BISHKEK_RE.sub("", _AND_NOT_IN_RE.sub("", question))  # ("met in Almaty, not Bishkek?": the
        # same claim; but not after Sochi, where they did meet, in June)
    if _EXCEPT_RE.search(question) and not _HOW_MANY_RE.search(lowered):
        # "other than Mishustin, who else is quoted": the others, not him (but a count without him is
        # no count the reports give: "besides Smailov, how many heads of delegation")
        question = _EXCEPT_RE.sub(" ", question)
    if "генсек" in lowered or "gensek" in lowered:  # "генсек СНГ": the Secretary General, in its short word
        question = _GENSEK_RE.sub(lambda m: _GENSEK_FORMS.get(m.group(1).lower(), "генеральный секретарь"), question)
    if "бишкекск" in lowered or "ашхабадск" in lowered:  # "на бишкекском заседании": the city's own name
        question = _CITY_ADJECTIVE_RE.sub(lambda m: m.group(1) + "е", question)
    if "участи" in lowered:  # "приняло участие": took part, not "adopted"
        question = _TOOK_PART_RU_RE.sub("участвовали", question)
    if ("after" in lowered or "после" in lowered or "posle" in lowered) and _WHERE_OR_WHEN_RE.search(lowered):
        # "where do the prime ministers meet after Bishkek": the next meeting (not "what happened after it")
        question = _AFTER_BISHKEK_RE.sub(lambda m: " следующее заседание " if is_cyrillic(m.group(0))
                                         else " sleduyushchee zasedanie " if m.group(0).lower().startswith("posle")
                                         else " the next meeting ", question)
    if has_any(question.lower(), _AS_KNOWN_STEMS) and _AS_FAR_AS_KNOWN_RE.search(question):
        # "где, согласно имеющимся данным, состоится": where it will be
        question = _AS_FAR_AS_KNOWN_RE.sub(" ", question)
    if _SOME_REPORTS_RE.search(question):  # "which two sources give 24 May": which sources, however many
        question = _SOME_REPORTS_RE.sub(lambda m: _PLURAL_OF.get(m.group(1).lower(), m.group(1)), question)
    if _DO_THEY_AGREE_RE.search(question):  # "which sources say Ashgabat, and do they agree on timing?": each
        question = _DO_THEY_AGREE_RE.sub("?", question)  # source's fact, with its own date, shows whether they do
    if _QUOTE_WANTED_RE.search(question):  # "one quotable line from Aripov for a 20-second clip": his words
        question = _without_quote_use(question)
    return _TOOK_PART_RE.sub("participated", question) if "part" in lowered else question


# "after all", "nevertheless": "всё-таки", "все таки", "vse-taki" (its "все" is no "all" asked)
_AFTER_ALL_RE = re.compile(r"\b(?:вс[её]|vse|vsyo|vsjo)[\s-]+(?:таки|taki)\b", re.IGNORECASE)


# a question naming the CIS Secretary General, who summed the meeting up
_OF_THE_SECRETARY = r"^(?=.*\b(?:secretary|lebedev|генсек\w*|секретар\w*|лебедев\w*|gensek\w*|sekretar\w*)\b)"
# words that name a subject only in these phrases, and are the asker's chatter otherwise ("электричество
# отключили", "сосед говорит", "в интернете пишут")
_SUBJECT_PHRASES = (
    (re.compile(r"\b(?:ФИО|Ф\.И\.О\.?)(?!\w)", re.IGNORECASE), "имя"),  # ("Премьер Казахстана на СГП: ФИО."): a name
    # a time clause of summing up, which asks no day: "что сказал генсек, когда подводил итоги заседания", "what he
    # said when meeting was finished" (the results he spoke of)
    # (only of the Secretary General named, who summed it up: not "what did he say when summing up", "he" unknown)
    (re.compile(_OF_THE_SECRETARY + r"(?P<before>.*?),\s*\b(?:когда|kogda)\s+(?:(?:он|она|они|on)\s+)?(?:подводил\w*|"
                r"подвёл|подвел\w*|podvodil\w*)\s+(?:итоги|itogi)\b", re.IGNORECASE | re.DOTALL), r"\g<before> по итогам"),
    (re.compile(_OF_THE_SECRETARY + r"(?P<before>.*?)\bwhen\s+(?:he\s+|she\s+)?(?:was\s+)?summing\s+up\b",
                re.IGNORECASE | re.DOTALL), r"\g<before>summing up"),
    (re.compile(_OF_THE_SECRETARY + r"(?P<before>.*?)\bwhen\s+(?:the\s+)?(?:meeting|session|council)\s+(?:was\s+|had\s+)?"
                r"(?:finished|over|ended|closed|done|wrapped\s+up)\b", re.IGNORECASE | re.DOTALL),
     r"\g<before>at the end of the meeting"),
    # a time clause in a yes-or-no question, which asks no day: "Did Smailov tie X to Y when he spoke in Bishkek?"
    (re.compile(r"^(\s*(?:did|does|do|was|were|is|has|had)\b[^?]*?)\s+when\s+(?:he|she|they)\s+(?:spoke|was|were|met|said|"
                r"talked|addressed|visited|came|arrived|took\s+the\s+floor)\b[^?,.]*", re.IGNORECASE), r"\1"),
    # what someone asked of the others is what they proposed: "what did the Kazakh PM ask the others about the
    # agreement", "что Смаилов просил у коллег"
    (re.compile(r"\b(?:ask|asks|asked)\s+(?:(?:the|his|her|their)\s+)?(?:others|counterparts|colleagues|partners|"
                r"other\s+(?:delegations|countries|heads|leaders|members))\b", re.IGNORECASE), "propose"),
    (re.compile(r"\b(?:просил|просила|попросил|попросила|prosil|poprosil)\w*\s+(?:у\s+|u\s+)?(?:коллег|других|партн[её]р\w*|"
                r"kolleg|drugikh|drugih)\w*", re.IGNORECASE), "предложил"),
    # "через кого его цитаты идут у Asia-Plus": the agency the report cites for them
    (re.compile(r"\b(?:через|cherez)\s+(?:кого|kogo)\b(?=[^?]*\b(?:цитат\w*|слова|высказывани\w*|заявлени\w*|citat\w*|"
                r"slova)\b)", re.IGNORECASE), "через какое агентство"),
    (re.compile(r"\b(?:интернет|internet)[\s-]+(?=(?:торговл|магазин|коммерц|платформ|площадк|trade|trading|commerce|shop|"
                r"torgovl|magazin)\w*)", re.IGNORECASE), "электронной "),
    (re.compile(r"\b(?=(?:торговл\w*|продаж\w*|trade|trading|shopping|selling)\s+(?:через|по|в|via|on|over|through)\s+"
                r"(?:the\s+)?(?:интернет|internet)\w*)", re.IGNORECASE), "электронной "),
    (re.compile(r"\b(?:про|о|об|по|насч[её]т)\s+электричеств\w*", re.IGNORECASE), "про энергетику"),
    (re.compile(r"\b(?:pro|po)\s+elektrichestv\w*", re.IGNORECASE), "pro energetiku"),
    (re.compile(r"\b(?:про|о|об|между|насч[её]т)\s+(?:(?:отношени\w+|связ\w+)\s+(?:между|с)\s+)?"
                r"сосед(?:и|ей|ям|ями|ях|ств\w*)\b", re.IGNORECASE),  # (not "о соседних странах": other countries)
     "о добрососедстве"),
    (re.compile(r"\b(?:about|on|regarding)\s+(?:(?:the\s+)?relations\s+(?:with|between)\s+)?(?:the\s+|its\s+|their\s+)?"
                r"neighbou?rs\b", re.IGNORECASE), "about neighbourliness"),
    (re.compile(r"\bwork(?:ing|ed)?\s+harder\s+on\b", re.IGNORECASE), "intensify work on"),
    (re.compile(r"\b(?<=will )look(?:\s+(?:at|into|over|through))\b", re.IGNORECASE), "review"),  # ("who will look at the
    # proposals": who will consider them)
    (re.compile(r",?\s*\b(?:а то|a to)\s+(?:везде|vezde|всюду|все|vse)\s+(?:пишут\s+|pishut\s+)?(?:разное|raznoe|по-разному|"
                r"po-raznomu|по разному|po raznomu)\b", re.IGNORECASE), ""),  # ("..., а то везде разное": why it is asked)
    (re.compile(r"\bмежгоспрограмм", re.IGNORECASE), "межгосударственная программ"),  # ("межгоспрограмма по геодезии")
    (re.compile(r"\bпромкооперац", re.IGNORECASE), "промышленной кооперац"),  # ("Концепция развития промкооперации")
    # "state" asked of the bot is "tell", no state ("Could you state the exact date ...?", "please state the city")
    (re.compile(r"\b((?:could|can|would|will)\s+you\s+(?:please\s+)?|please\s+)state\b", re.IGNORECASE), r"\1tell"),
    # a common trading "площадка" is the platform (not "площадка заседания", the venue)
    (re.compile(r"\b((?:общ|един|торгов|электронн|obsh|edin|torgov)\w*\s+)(?:площадк|ploshc?hadk)\w*", re.IGNORECASE),
     r"\1платформа"),
    # a round date is an anniversary, no day asked: "круглая дата Победы", "a round-number anniversary"
    (re.compile(r"\bкругл\w*\s+(?:дат\w*|годовщин\w*)", re.IGNORECASE), "годовщина"),
    (re.compile(r"\bround(?:[\s-]+number)?\s+(?:date|anniversary)\b", re.IGNORECASE), "anniversary"),
    # the Second World War is the Great Patriotic War of the CIS documents
    (re.compile(r"\b(?:(?:the\s+)?second\s+world\s+war|world\s+war\s+(?:ii|2|two)|ww\s?(?:ii|2))\b", re.IGNORECASE),
     "the Great Patriotic War"),
    (re.compile(r"\bВтор(?:ой|ая|ую)\s+миров(?:ой|ая|ую)(?:\s+войн\w*)?", re.IGNORECASE), "Великой Отечественной войны"),
    (re.compile(r"\b(котор(?:ый|ая)|kotor(?:yj|yi|yy|aya))\s+(?:(?:принимала?|prinimala?)\s+(?:всех|vseh|vsekh|гостей|"
                r"gostej|gostey|делегаци\w*|delegac\w*)|(?:всех|vseh|vsekh|гостей|gostej|gostey)\s+(?:принимала?|prinimala?))\b",
                re.IGNORECASE), r"\1 хозяин"),
    # ("премьер, который всех принимал": the host, nothing adopted; not "мы принимали делегации", "как Бишкек
    # принимал гостей")
)


def read(matcher: Matcher, question: str, language: str | None = None) -> Reading:
    """Read a question once: its words, entities and frame, with the matcher's vocabulary."""
    asked = question
    question = _mend_question_words(question, derived(matcher).publisher_words, agency_words(matcher),
                                    derived(matcher).one_report_words)
    question = _AFTER_ALL_RE.sub(" ", question)  # ("какого числа всё-таки было": no "все" of a list)
    for phrase_re, meant in _SUBJECT_PHRASES:  # ("про интернет-торговлю", "about the neighbours": the subject; not the
        question = phrase_re.sub(meant, question)  # asker's "в интернете пишут", "сосед говорит")
    tokens, unknown = matcher.analyze(question)
    if any("h" in w for w in unknown):
        mended = _mend_romanised_h(matcher, question, unknown)
        if mended != question:
            question = mended
            tokens, unknown = matcher.analyze(question)
    lang = language or matcher.language_of(question)
    if lang == "ru" and question.isascii() and _DATA_RE.search(question):  # "data nuzhna srochno": "дата", the
        question = _DATA_RE.sub("daty", question)  # date, in Russian typed in Latin letters (no English "data")
        tokens, unknown = matcher.analyze(question)
    if lang == "ru" and (any(w.isascii() for w in unknown) or "'" in question):  # "reshili", "iz'yatij": Russian
        mended = _mend_romanised_unknown(matcher, question, unknown)  # in Latin letters no fact spells, read as the
        # Cyrillic word
        if mended != question:
            question = mended
            tokens, unknown = matcher.analyze(question)
    meeting_keys = derived(matcher).meeting_keys
    reporting = derived(matcher).publisher_words - OTHER_PLACES.keys()  # "in Astana" is a place, not the paper
    words = tokenize(question)
    season = _meeting_season(matcher, words)
    if season:  # "its autumn 2023 meeting": this one; the season is no word to match
        question = without_words(question, season) or question
        tokens, unknown = matcher.analyze(question)
        words = tokenize(question)
    when = _meeting_time(words)
    keys: set[str] = set()
    groups: list[tuple[str, dict[str, float]]] = []
    countries: list[str] = []
    surnames: set[str] = set()  # unknown words read as a speaker's mistyped surname ("Abdulla Oripov")
    topic = False
    sure = 1.0
    for token in tokens:
        people = {k: v for k, v in token.keys.items() if k.startswith("P:")}
        if people:
            people, spelt = _by_the_surname_after(matcher, token.word, people, words, unknown)
            surnames |= spelt
            if not people:
                continue  # "Sergei Lavrov", "Roman Abramovich": not Lebedev, not Golovchenko
            groups.append((token.word, people))
            continue
        if token.entity:
            if not _names_the_place(matcher, token.word, token.keys, words) \
                    and not _in_a_publishers_name(matcher, token.word, token.keys, words):
                countries.extend(k for k in token.keys if k.startswith("C:") and k not in countries)
            continue
        if token.word in when:
            continue
        keys.update(token.keys)
        if not set(token.keys) & (FRAME | meeting_keys) and token.word not in reporting:
            topic = True  # not "in Bishkek" (every fact is about this meeting), nor "Interfax": who reported it
    topic = topic or any((len(w) > 3 or w in NEVER_TYPOS) and w not in NOT_TOPIC and w not in when
                         and w not in surnames for w in unknown)
    people_ids: list[str] = []
    ambiguous: list[tuple[str, tuple[str, ...]]] = []
    for index, (word, group) in enumerate(groups):
        choice = set(group)
        for other_index, (_, other) in enumerate(groups):
            if other_index != index and choice & set(other):
                choice &= set(other)  # "Abdulla Aripov": the surname settles the shared first name
        if len(choice) == 1:
            person = next(iter(choice))
            sure = min(sure, group[person])
            if person[2:] not in people_ids:
                people_ids.append(person[2:])
        else:
            ambiguous.append((word, tuple(sorted(k[2:] for k in choice))))
    if "@count" in keys and _DAY_OF_MONTH_RE.search(" ".join(words)):  # "на какое число", "какого числа": a day
        keys = (keys - {"@count"}) | {"@when"}
    if "@who" in keys and _CALLED_RE.search(" ".join(words)) and not keys & _PERSON_KEYS and not people_ids \
            and not _PERSON_NOUN_RE.search(" ".join(words)):
        keys = keys - {"@who"}  # "what is the name of the uranium programme": what it is called, not who
    if "@who" in keys and relative_who(words):
        keys = keys - {"@who"}  # "was there anything about soldiers who are missing": a thing asked, not a person
    known = derived(matcher)
    if _the_host(words) and "@next" not in keys and not keys & known.schedule_keys and known.host_name \
            and not set(words) & known.next_years:
        # "what did the host say", "the host country's PM": this meeting's host, not the next one's;
        # named in the question too, so that retrieval filters on it
        countries.extend(k for k in sorted(known.host) if k not in countries)
        question = f"{without_words(question, _HOST_WORDS | _SIDE_WORDS)} {known.host_name}"
    unknown_entities = tuple(c for c in countries if not matcher.carries(c))
    spoken = tuple(matcher.cyrillic_of(w) or w for w in words) if lang == "ru" else tuple(words)
    return Reading(question, lang, tuple(words), frozenset(keys), tuple(people_ids),
                   tuple(ambiguous), tuple(countries), topic, sure, unknown_entities, when, spoken, asked)


# "who" opening a clause after a plural noun, not the question's first word ("was there anything about soldiers who
# are missing"): it says which soldiers, it asks for no one
_RELATIVE_WHO_RE = re.compile(r"^(?!who\b|whom\b)\w.*\b[a-z]{3,}s who (?:are|were|is|was|went|have|had|got|remain|remained|"
                              r"died|fell|disappeared|never)\b")
_WHO_NOUNS = frozenset("whom person people official officials politician figure".split())


def relative_who(words: Sequence[str]) -> bool:
    """True when the one "who" of a yes-or-no question opens a clause after a noun ("was there anything about
    soldiers who are missing"), asking for no one."""
    return words.count("who") == 1 and not set(words) & _WHO_NOUNS and _RELATIVE_WHO_RE.search(" ".join(words)) is not None
_CALLED_RE = re.compile(r"\b(?:the )?(?:full |exact |official )?names? of\b|\bназвани\w*\b|\bкак называ\w*")
_PERSON_NOUN_RE = re.compile(r"\b(head|heads|chief|leader|chair\w*|director|author\w*|secretar\w*|spokes\w*|"
                             r"глав\w*|руководител\w*|председател\w*|автор\w*|секретар\w*|лидер\w*)\b")
_PERSON_KEYS = frozenset({"@premier", "@minister", "@deputy", "@president", "@role", "@participate"})
_DAY_OF_MONTH_RE = re.compile(r"\b(?:на |na )?(?:как(?:ое|ого|ом) числ[оа]|kak(?:oe|oye|ogo|om) chisl[oa])\b"
                              r"(?! (?:документ|соглашен|делегац|стран|участник|dokument|soglashen|delegac|stran|uchastnik))")


_FILLER = frozenset("the of a an in at this that в на во этой этого".split())


def _meeting_time(words: list[str]) -> frozenset[str]:
    """The time words that place a question in the meeting ("at the end of the meeting", "после
    встречи премьеров", "что он сказал в конце"): followed by a meeting word, or by nothing."""
    found = set()
    for index, word in enumerate(words):
        if word not in MEETING_TIME_WORDS:
            continue
        if word == "following" and words[index + 1: index + 2] and words[index + 1] in MEETING_WORDS:
            continue  # "the following meeting": the next one, not after this one
        rest = [w for w in words[index + 1:] if w not in _FILLER]
        if not rest or rest[0] in MEETING_WORDS or len(rest) > 1 and rest[1] in MEETING_WORDS:
            found.add(word)  # "at the end of the Bishkek meeting"
    return frozenset(found)


_LATER_WORDS = frozenset("after next following later subsequent после следующее следующем следующего следующий posle".split())


def _meeting_season(matcher: Matcher, words: list[str]) -> frozenset[str]:
    """The season words that name the meeting's own season, in a question whose years are all its year ("the
    autumn 2023 meeting", "осеннее заседание Совета ... в 2023 году"), or the next meeting's."""
    meeting = matcher.factbase.meeting
    if meeting is None:
        return frozenset()
    found = set()
    next_months = derived(matcher).next_months
    years = {w for w in words if is_year(w)}
    if set(words) & _LATER_WORDS:  # "which meeting will be held in autumn after the 2023 one": a later one
        return frozenset()
    for word in words:
        months = SEASON_MONTHS.get(SEASONS.get(word, ""), ())
        if meeting.date.month in months and years == {str(meeting.date.year)}:  # not "autumn 2024" nor "autumn"
            found.add(word)
        elif len(years) == 1 and any((int(next(iter(years))), m) in next_months for m in months):
            found.add(word)  # "the spring 2024 session": the next one, set for May 2024
    return frozenset(found)


_HOST_WORDS = frozenset("host host's hosts хозяин хозяева хозяев принимающая принимающей принимающую".split())
_SIDE_WORDS = frozenset("side стороны сторона сторону стороной".split())  # "принимающей стороны": the host
_TO_HOST = frozenset("will would to did does do is are was city country capital which who".split())


def _the_host(words: list[str]) -> bool:
    """True when the question speaks of the host ("what did the host say", "the host country's PM", "хозяева
    встречи"), not of hosting ("which city will host the 2024 session", "is Turkmenistan hosting the next")."""
    for i, word in enumerate(words):
        if word in _HOST_WORDS and not (word in ("host", "hosts") and i and words[i - 1] in _TO_HOST
                                        and not (i + 1 < len(words) and words[i + 1] in ("country", "nation"))):
            return True
    return False


_LOCATIVE = frozenset("in at inside в во v".split())


def _names_the_place(matcher: Matcher, word: str, keys: dict[str, float], words: list[str]) -> bool:
    """True when a country word names where this meeting was ("the meeting in Bishkek, Kyrgyzstan",
    "what was signed in Kyrgyzstan"), not a delegation: the host country after "in" or the city."""
    known = derived(matcher)
    if not known.host & keys.keys() or word not in words:
        return False
    index = words.index(word)
    if index == 0:
        return False
    before = words[index - 1]
    if before in _LOCATIVE:
        return True
    if index >= 2 and words[index - 2] in _LEADS:  # "кто возглавляет правительство Киргизии": its head, no place
        return False
    tokens, _ = matcher.analyze(before)
    return any(set(t.keys) & known.meeting_keys for t in tokens)


def _in_a_publishers_name(matcher: Matcher, word: str, keys: dict[str, float], words: list[str]) -> bool:
    """True when a country word completes a report's name ("Sputnik Armenia said ..."): the report, not
    Armenia's delegation."""
    places = [i for i, w in enumerate(words) if w == word]  # every time it is written ("Sputnik Armenia, Armenia")
    return bool(places) and all(i and any(words[i - 1] in own and their & keys.keys()
                                          for own, their in derived(matcher).publishers.values())
                                and not (i >= 2 and words[i - 2] in _LEADS) for i in places)  # (not "кто возглавляет
    # правительство Киргизии": its head)


_LEADS = frozenset("""возглавляет возглавлял возглавляла глава главой главе главу руководит руководил head heads headed
    leads led""".split())


def names_right_after(matcher: Matcher, text: str, position: int, person: str, within: int) -> bool:
    """True when the first `within` words of `text` after `position` name the person ("react to Mher Grigoryan
    attending", "кто такой Сергей Лебедев и ...")."""
    after = " ".join(text[position:].split()[:within])
    return any(f"P:{person}" in t.keys for t in matcher.analyze(after)[0])


def governments_text_countries(matcher: Matcher, r: Reading) -> set[str]:
    """The countries a question names only as whose government put out a text ("the Kyrgyz government's list of
    signed documents", "на сайте правительства Киргизии"): the report, not the country's delegation."""
    words = list(r.words)
    if not r.countries or not set(words) & OFFICIAL_WORDS:
        return set()
    return {k for t in matcher.analyze(r.question)[0] if t.entity and _a_governments_text(t.word, words)
            for k in t.keys if k.startswith("C:")}


def _a_governments_text(word: str, words: list[str]) -> bool:
    """True when every time a word is written it names whose government put out a text."""
    found = False
    for i, w in enumerate(words):
        if w != word:
            continue
        after = [w for w in words[i + 1:i + 4] if w != "s"][:2]  # ("government's": "government", "s")
        before = words[max(0, i - 2):i]
        if not (after[:1] and after[0] in OFFICIAL_WORDS and set(after[1:]) & _GOVERNMENT_TEXTS
                or before[-1:] and before[-1] in OFFICIAL_WORDS and set(before[:-1]) & _GOVERNMENT_TEXTS):
            return False
        found = True
    return found


# what a government puts out ("list", "сайт"), beside its name
_GOVERNMENT_TEXTS = REPORT_NOUNS | frozenset("""list lists listing website site statement release press сайт сайте
    сайта список списке списка перечень перечне перечня заявление пресс-релиз релиз""".split())


def _by_the_surname_after(matcher: Matcher, word: str, people: dict[str, float], words: list[str],
                          unknown: list[str]) -> tuple[dict[str, float], set[str]]:
    """The people a given name may be, read with the word after it when no fact knows that word: only
    those whose surname it spells, mistyped or not ("Abdulla Oripov": Aripov, not Mustafayev); none for
    a surname of someone else ("Sergei Lavrov", "Роман Абрамович": neither Lebedev nor Golovchenko). With
    them, the words read as a surname, which are then no topic."""
    after = {words[i + 1] for i, w in enumerate(words[:-1]) if w == word} & set(unknown)
    if not after:
        return people, set()
    kept = {}
    for key, weight in people.items():
        speaker = matcher.factbase.speakers.get(key[2:])
        names = [n.lower().split() for n in (speaker.name, speaker.name_ru or "", *speaker.aliases)
                 if len(n.split()) > 1] if speaker else []  # "Shahin Abdulla oglu Mustafayev" too
        if not any(word[:4] == part[:4] for parts in names for part in parts[:-1]):
            return people, set()  # the word is a surname ("Mishustin"), or a name the fact base spells otherwise
        surnames = {_latin(parts[-1]) for parts in names}
        if any(fuzz.ratio(_latin(w)[:len(s)], s) >= 70 for w in after for s in surnames):
            kept[key] = weight  # "Abdulla Oripov", "Сергея Лебедева" mistyped
    return kept, after if kept else set()


def _latin(word: str) -> str:
    return transliterate(word) if is_cyrillic(word) else word


def reading_score(r: Reading) -> int:
    return max(0, min(100, round(100 * r.sure)))


def _days_beside_months(words: list[str] | tuple[str, ...]) -> list[tuple[int, int]]:
    """Every (day, month) a question writes, a number of 1 to 31 beside a month's name, real or not: the one
    before it, else the one after ("26 октября, 20 или 22 документа": the 26th, not the 20th)."""
    found = []
    for i, word in enumerate(words):
        month = _MONTHS.get(word)
        if not month:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and words[j].isdigit() and 1 <= int(words[j]) <= 31:
                found.append((int(words[j]), month))
                break
    return found


def _a_real_day(day: int, month: int) -> bool:
    return day <= monthrange(2000, month)[1]  # 2000: a leap year, so 29 February is a day


def impossible_dates(words: list[str] | tuple[str, ...]) -> bool:
    """True when the question names a day its month does not have ("31 June", "30 февраля")."""
    return any(not _a_real_day(day, month) for day, month in _days_beside_months(words))


def in_a_name(words: tuple[str, ...], index: int, name: Collection[str]) -> bool:
    """True when the word at `index` and a neighbour both belong to `name` ("the Astana Times")."""
    return words[index] in name and any(w in name for w in words[max(0, index - 1): index] + words[index + 1: index + 2])


def dates_in(words: list[str] | tuple[str, ...]) -> set[tuple[int, int]]:
    """The (day, month) pairs a question names, real calendar days only ("31 June" is none)."""
    return set(_dates_in(tuple(words)))


def other_days_named(matcher: Matcher, words: list[str] | tuple[str, ...]) -> set[tuple[int, int]]:
    """The (day, month) pairs a question names other than the meeting's own day ("the briefing on 20 May")."""
    meeting = matcher.factbase.meeting
    return dates_in(words) - ({(meeting.date.day, meeting.date.month)} if meeting else set())


@per_question  # (asked of one question by many rules)
def _dates_in(words: tuple[str, ...]) -> frozenset[tuple[int, int]]:
    return frozenset((day, month) for day, month in _days_beside_months(words) if _a_real_day(day, month))


def is_year(word: str) -> bool:
    """True for a word that is a year of these centuries ("2023")."""
    return len(word) == 4 and word[:2] in ("19", "20") and word.isdecimal()  # (as _A_YEAR_RE, without a regex:
    # it is asked of every word of many questions)




_NUMBER_STEMS = frozenset(stem(w) for w in """one two three four five six seven eight nine ten eleven twelve
    twenty thirty один одна два две три четыре пять шесть семь восемь девять десять двадцать двадцати тридцать
    twentytwo""".split())


def is_number(keys: set[str]) -> bool:
    """True for a number's keys ("22", "twenty", "двадцать")."""
    return any(k.isdigit() or k in _NUMBER_STEMS for k in keys)


# What frames a count ("how many documents were signed at the meeting"): "next" is a subject there
COUNT_FRAME = frozenset({"@count", "@document", "@sign", "@adopt", "@cis", "@meeting", "@list", "@participate",
                          "@country", "@who", "@when", "@where", "@source"})


def subject_keys(matcher: Matcher, r: Reading, *, known_only: bool = False,
                  frame: frozenset[str] = FRAME, outcome: bool = True) -> list[set[str]]:
    """What a question is about beyond its frame: one set of keys per word ("financing"),
    the words no fact contains included unless `known_only`; a country counts as a word,
    unless it names the meeting's place ("in Bishkek, Kyrgyzstan"); an outcome word ("decided",
    "итоги") is a subject only if `outcome` (not for the documents: "what did they decide")."""
    tokens, unknown = matcher.analyze(r.question)
    meeting_keys = derived(matcher).meeting_keys
    dropped = frozenset() if outcome else OUTCOME_WORDS
    dropped = dropped | r.when
    subject = [set(t.keys) for t in tokens if not set(t.keys) & (frame | meeting_keys) and t.word not in dropped
               and (not t.entity or any(k.startswith("C:") for k in t.keys)
                    and not _names_the_place(matcher, t.word, t.keys, list(r.words)))]
    if known_only:
        return subject
    return subject + [{w} for w in unknown if (len(w) > 3 or w in NEVER_TYPOS) and w not in NOT_TOPIC | dropped]


def keys_held(matcher: Matcher, fact_id: str, subject: list[set[str]]) -> int:
    """How many of the subject's words (each a set of keys) the fact holds (none, for no such fact)."""
    doc = matcher.doc_by_id.get(fact_id)
    if doc is None:
        return 0
    return sum(any(k in doc.terms or k in doc.entities for k in keys) for keys in subject)


def doc_holds(matcher: Matcher, fact_id: str, subject: list[set[str]], share: float = 1.0) -> bool:
    """True when the fact holds the subject's words: all of them, or at least `share` of them."""
    if not subject or fact_id not in matcher.doc_by_id:
        return False
    held = keys_held(matcher, fact_id, subject)
    return held >= share * len(subject) if share < 1.0 else held == len(subject)


def delegation_heads(matcher: Matcher, country: str) -> list[Speaker]:
    """Who led that country's delegation at this meeting (a country key, "C:kazakhstan"): the speakers who
    attended for it, not those the reports only mention."""
    return [s for s in matcher.factbase.speakers.values() if s.attended and country_key(s) == country]


def words_no_fact_holds(matcher: Matcher, words: Iterable[str]) -> list[str]:
    """The words of a subject no fact holds among `words` ("pipeline", "currency", "отставке"): those never read as
    a typo of another word (NEVER_TYPOS, as written) that no fact's text has."""
    return [w for w in words if w in NEVER_TYPOS and w not in derived(matcher).words]


def holds_the_subject(matcher: Matcher, fact_id: str, subject: list[set[str]]) -> bool:
    """True when the fact holds all of a subject of one or two words, two thirds of a longer one: the
    rule for taking a speaker's statement as their words on a subject ("economic stability" is not
    Lebedev's "economic potential")."""
    return doc_holds(matcher, fact_id, subject, share=1.0 if len(subject) <= 2 else 2 / 3)


def beyond_agenda(matcher: Matcher, r: Reading) -> bool:
    """True when an agenda question names a subject ("was energy discussed"), not only the agenda."""
    return any(not any(k in AGENDA_FILLER or k == "@agenda" for k in keys)
               for keys in subject_keys(matcher, r))


# words pasted in quotation marks ('"..." — who said it?'), looked up letter for letter
PASTED_SPAN_RE = re.compile(r"“([^”]+)”|\"([^\"]+)\"|«([^»]+)»|„([^“”]+)[“”]|(?<!\w)'([^']+)'(?!\w)")
PASTED_LEAST_WORDS = 5  # fewer pasted words are a phrase asked about ("'big step'"), not words to trace
_PASTED_HELD = 95  # how nearly letter for letter a fact's quote must hold them


def names_a_person(matcher: Matcher, text: str) -> bool:
    """True when a text names a person the facts know."""
    return any(k.startswith("P:") for t in matcher.analyze(text)[0] for k in t.keys)


def quoted_spans(text: str) -> list[str]:
    """The words of each span in quotation marks, in order ("Lebedev called it 'tense and difficult'": "tense and
    difficult")."""
    return [next(g for g in m.groups() if g) for m in PASTED_SPAN_RE.finditer(text)]


def pasted_words(question: str) -> str | None:
    """The longest span in quotation marks, when it runs to a sentence's worth of words."""
    spans = quoted_spans(question)
    spans = [s for s in spans if len(tokenize(s)) >= PASTED_LEAST_WORDS]
    if not spans:
        return None
    longest = max(spans, key=len)
    # words quoted inside the quote are the ones put to someone: "Smailov said: 'Kazakhstan ... to this.'"
    inner = quoted_spans(longest)
    inner = [s for s in inner if len(tokenize(s)) >= PASTED_LEAST_WORDS and len(s) < len(longest)]
    return max(inner, key=len) if inner else longest


def holds_pasted(quote: str, pasted: str) -> bool:
    """True when a quote holds the pasted words nearly as written (rapidfuzz `partial_ratio` on normalised
    text), or every one of them, fewer words left out between ("the concept ... will give a new economic
    impetus")."""
    if fuzz.partial_ratio(normalise(pasted), normalise(quote)) >= _PASTED_HELD:
        return True
    # (a word changed is a claim to check: "a reliable ally and energy partner"; words in another order are other
    # words: "a new impetus to CIS development" is not "a new economic impetus to the development of the CIS")
    own = iter(tokenize(quote))
    return all(w in own for w in tokenize(pasted) if w not in STOPWORDS)


VIA_FILLER = frozenset("the s and of и на".split())  # no word of an agency's name


def word_forms(word: str) -> set[str]:
    """A word's normalised forms, also in Latin letters ("ТАСС": тасс, tass; "Армения": armeniya, armenia)."""
    found = set(tokenize(word))
    latin = {transliterate(w) for w in found if is_cyrillic(w)}
    return found | latin | {w[:-3] + "ia" for w in latin if w.endswith("iya")}


def agencies_named(matcher: Matcher, r: Reading) -> list[str]:
    """The agencies the reports cite that the question names ("со ссылкой на «Интерфакс»": Interfax). Found once
    per question and fact base."""
    found: tuple[str, ...] = _remembered(derived(matcher).agencies_memo, r.question, lambda: tuple(
        part for part in derived(matcher).agencies if holds_agency(matcher, r, part)))
    return list(found)


def agency_keys(matcher: Matcher, agencies: Iterable[str]) -> set[str]:
    """The keys the words of the agencies' names read as ("the Kazakh Prime Minister's press service": Kazakhstan,
    @premier, ...)."""
    return {k for agency in agencies for t in matcher.analyze(agency)[0] for k in t.keys}


def delegated_countries(matcher: Matcher) -> set[str]:
    """The countries a delegation came from (their keys)."""
    return set(derived(matcher).delegated)


def agencies_not_reports(matcher: Matcher, r: Reading) -> list[str]:
    """The agencies the question names that are no report here (BelTA, Interfax; not AzerNews, whose own story
    is in the collection)."""
    publishers = [set(tokenize(s.publisher)) for s in matcher.factbase.sources.values()]
    return [a for a in agencies_named(matcher, r) if not any(set(tokenize(a)) <= p for p in publishers)]


@per_question  # (asked for each agency the reports cite)
def _question_stems(question: str) -> frozenset[str]:
    return frozenset(stem(w) for w in word_forms(question))


def holds_agency(matcher: Matcher, r: Reading, agency: str) -> bool:
    """True when the question names the agency: each of its words, by stem or by the country it names
    ("the Kyrgyz government's press service": "пресс-службу правительства Кыргызстана" too), or the other
    name it gives in brackets ("Kun News Agency (kun.uz)": "kun.uz")."""
    if "(" in agency and agency.rstrip().endswith(")"):
        name, other = agency.rstrip()[:-1].split("(", 1)
        return holds_agency(matcher, r, name) or holds_agency(matcher, r, other)
    asked = _question_stems(r.question)
    tokens, _ = matcher.analyze(r.question)
    countries = {k for t in tokens for k in t.keys if k.startswith("C:")}
    words = [w for w in tokenize(agency) if w not in VIA_FILLER]
    if not words:
        return False
    for word in words:
        theirs = {k for t in matcher.analyze(word)[0] for k in t.keys if k.startswith("C:")}
        if not (stem(word) in asked or transliterate(word) in asked or theirs and theirs <= countries):
            return False
    return True

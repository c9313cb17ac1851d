"""Other events: a question about the SCO, the Heads of State, an EAEU summit, a meeting elsewhere,
another year or another date is recognised as about an event the reports do not cover, and
answered with an abstention that says so, with close facts to open.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.facts import Statement
from bot.intents.people import people_by_role
from bot.intents.reading import (
    MONTH_NAMES,
    MONTHS,
    REPORT_NOUNS,
    Reading,
    asks_yes_or_no,
    dates_in,
    derived,
    doc_holds,
    entry_texts,
    in_a_name,
    is_year,
    months_named,
    publisher_words,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
)
from bot.intents.replying import abstain, list_reply, with_changes
from bot.intents.retrieval import asks_day, names_its_event, not_what_is_asked
from bot.intents.texts import phrase
from bot.intents.vocabulary import (
    AGENDA_RE,
    CITIES,
    MEETING_WORDS,
    NOT_TOPIC,
    OTHER_PLACES,
    OUTCOME_WORDS,
    SEASON_MONTHS,
    SEASONS,
    sentences_of,
)
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply, format_date, meeting_description
from bot.text import has_any, is_cyrillic, tokenize

__all__ = [
    "event_mentioned", "event_there_reply", "event_words", "known_event_misplaced", "names_another_time", "other_event", "other_event_reply",
    "aside_places", "other_place", "places_of", "relayed_from_event",
]


_SCO = frozenset("sco шос shos shanghai шанхайской шанхайская шанхайский шанхайского".split())


_EAEU = frozenset("eaeu еаэс eaes eeu eurasian евразийского евразийский межправсовет межправсовета".split())


# a meeting said to be another than this one ("a different session", "the session a year before",
# "другое заседание"); not "the previous meeting", which the reports name (Sochi; for Trend, Bishkek)
_ANOTHER_MEETING_RE = re.compile(
    r"\b(another|different|other) (meeting|session|summit|council)\b|"
    r"\b(meeting|session|summit) (a year|the year) (before|earlier)\b|"
    r"\b(друго[ейм]|других) (заседани\w*|встреч\w*|саммит\w*|совет\w*)\b")
_AFTER = frozenset("after following после posle".split())  # "after the Ashgabat meeting": the one after the next
_ASHGABAT = ("ashgabat", "ashkhabad", "ashgabad", "ashabad", "ashhabad", "ашхабад", "ашгабат")


# "did the forum actually take place", "was it held", "состоялся ли": whether something happened
_HAPPENED_RE = re.compile(
    r"\b(did\b.*\b(take place|happen|go ahead|go on|hold)|(was|were|has|have|had)\b.*\b(?<!be )(held|taken place)|"
    # (not "was to be held", "will be held": a plan)
    r"took place|happened|"
    r"состоял\w*|прош(ёл|ел|ла|ло|ли)|проведен\w*|провели|sostoyal\w*|proshl\w*)\b")


_HAPPENED_GATE = ("did", "held", "taken place", "took place", "happened", "состоял", "прош", "проведен", "провели",
                  "sostoyal", "proshl")  # (one of which any match of _HAPPENED_RE holds)


def _happened(text: str) -> bool:
    """True when the words say or ask that something took place ("did it take place", "состоялось")."""
    return has_any(text, _HAPPENED_GATE) and _HAPPENED_RE.search(text) is not None


_CAME_OF_RE = re.compile(r"\b(came (out )?of|happened|outcome|what was the result|чем закончил\w*|что вышло)\b")


_TOOK_PLACE = frozenset("""place held hold happen happened прошло прошла прошел прошёл состоялось состоялся состоялась проходило
    проходила проходил прошли состоялись sostoyalas
    проводилось proshlo proshla proshel sostoyalos sostoyalsya собрался собралось собрались собирался собирались
    sobralsya sobralis gathered convened было была был byla bylo""".split())


def _near_meeting_word(words: tuple[str, ...], index: int, reach: int = 3) -> bool:
    return any(w in MEETING_WORDS for w in words[max(0, index - reach): index + reach + 1])


def event_words(matcher: Matcher, r: Reading) -> list[str]:
    """The question's words that name another body or place ("SCO", "ШОС", "Минске")."""
    return [w for w in r.words if w in _SCO or other_place(matcher, w)]


_EURASIAN_RE = re.compile(r"eurasian|евразийск|высш|supreme|evraziysk")
_ECONOMIC_COUNCIL_RE = re.compile(r"\beconomic council\b|\bэкономическ\w* совет\w*|\bekonomichesk\w* sovet\w*")


_PROPOSED_EVENTS = frozenset("innoprom иннопром иннопрома иннопроме innoproma".split())  # proposed, held after the reports
def _after_before(words: tuple[str, ...] | list[str], i: int) -> bool:
    """True when "after" comes within three words before the i-th, or further with only a day, month or year
    between ("after the May 2024 Ashgabat one")."""
    if set(words[max(0, i - 3): i]) & _AFTER:
        return True
    j = i - 1
    while j >= 0 and (words[j] in _DATING or words[j].isdigit()):
        j -= 1
    days = [w for w in words[j + 1:i] if w.isdigit() and not is_year(w)]
    # a day after "after the" dates the meeting ("after the 24 May Ashgabat meeting"); after "after" alone, it is a
    # time ("after 20 May in Ashgabat": the schedule there)
    return j >= 0 and words[j] in _AFTER and (not days or words[j + 1] == "the")


_DATING = frozenset("the of its this year году года".split()) | MONTH_NAMES  # (not "в мае 2024 года в Ашхабаде", nor
# "after 20 May in Ashgabat": a time and its place)
_AFTER_NEXT_RE = re.compile(r"\bafter\s+(?:the\s+)?next\b|\bпосле\s+следующ\w*|\bposle\s+sleduyushch\w*")


_PRESIDENTS = frozenset("presidents президенты президентов президентами prezidenty prezidentov".split())
_MET = frozenset("""met meet gathered встречались встретились собрались собирались vstrechalis sobralis""".split())
# (the verb only: "were any presidents at the meeting" asks who came, which the participants answer)


# the presidents' own meeting named: "встреча президентов СНГ", "the presidents' summit", "their meeting" of presidents
_PRESIDENTS_MEETING_RE = re.compile(r"\b(?:встреч\w*|саммит\w*|заседани\w*|vstrech\w*)\s+(?:президентов|prezidentov)\b|\bpresidents?\s+(?:s\s+)?(?:meeting|summit)\b|"
                                    r"\b(?:meeting|summit)\s+of\s+(?:the\s+)?(?:\w+\s+)?presidents\b|"
                                    r"\bpresidents\b.*\btheir\s+(?:meeting|summit)\b")


def other_event(matcher: Matcher, r: Reading) -> str | None:
    """The name of another event the question is about, or None for this meeting."""
    known = derived(matcher)
    words = r.words
    lang = r.language
    if set(words) & _SCO:
        return phrase(lang, "event_sco")
    if set(words) & _PRESIDENTS and set(words) & _MET and "@participate" not in r.keys and "@premier" not in r.keys:
        return phrase(lang, "event_hos")  # "the presidents met in Bishkek last October": the Heads of State's meeting
    if _PRESIDENTS_MEETING_RE.search(" ".join(words)) and "@premier" not in r.keys:
        return phrase(lang, "event_hos")  # "встречу президентов СНГ в Бишкеке", "the presidents' meeting": theirs
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1: i + 3]
        if word in ("heads", "head") and len(nxt) == 2 and nxt[0] == "of" and nxt[1].startswith("state"):
            return phrase(lang, "event_hos")
        if word.startswith("глав") and nxt and nxt[0].startswith("государств"):
            return phrase(lang, "event_hos")
        if word == "glav" and nxt and nxt[0].startswith("gosudarstv"):
            return phrase(lang, "event_hos")
    for i, word in enumerate(words):
        if word.startswith("межправсовет") or (word in _EAEU or word.startswith("евразийск")) \
                and _adjacent_meeting_word(words, i):  # ("на Евразийском межправсовете": the EAEU's, in any case)
            return phrase(lang, "event_eaeu")
        if word == "eurasian" and words[i + 1: i + 3] == ("economic", "union") and (
                _adjacent_meeting_word(words, i + 2) or _adjacent_meeting_word(words, i)):
            return phrase(lang, "event_eaeu")
    if _ECONOMIC_COUNCIL_RE.search(" ".join(words)) and not _EURASIAN_RE.search(" ".join(words)):
        # "what was discussed at the CIS Economic Council before Bishkek" (not the Supreme Eurasian Economic Council)
        return phrase(lang, "event_ec")
    if _AFTER_NEXT_RE.search(" ".join(words)):  # "where will the meeting after next be": none of the reports says
        return phrase(lang, "event_after_next")
    if set(words) & OUTCOME_WORDS and set(words) & _PROPOSED_EVENTS and "@propose" not in r.keys:
        # "what were the results of the Innoprom forum in Tashkent": an event only proposed here, held after them
        return phrase(lang, "event_place", place="Tashkent" if lang == "en" else "Ташкент")
    if _ANOTHER_MEETING_RE.search(" ".join(words)):  # "I mean a different meeting", "про другое заседание"
        return phrase(lang, "event_another")
    named = {w for source in sources_named(matcher, r) for w in publisher_words(matcher, source)}
    meeting = matcher.factbase.meeting
    # "заседание СГП СНГ 26 октября 2023 года прошло в Минске": this meeting's own day names it, however far
    this_day = meeting is not None and ((meeting.date.day, meeting.date.month) in dates_in(words)
                                        or meeting.date.month in months_named(words).values()
                                        and str(meeting.date.year) in words)  # ("в октябре 2023": its month too)
    took_place = _happened(" ".join(words)) and "@when" not in r.keys
    for i, word in enumerate(words):
        place = other_place(matcher, word)
        # "did the meeting take place in Astana": the verb between the meeting and its place reaches further
        reach = 7 if i >= 2 and words[i - 1] in ("in", "в", "во") and words[i - 2] in _TOOK_PLACE else 3  # ("заседание
        # глав правительств СНГ прошло в Астане": the council named between)
        # "the CIS prime ministers gathered in Dushanbe", "премьеры встретились в Душанбе": a meeting put there
        met_there = i >= 2 and words[i - 1] in ("in", "в", "во") and words[i - 2] in _MET
        claimed = this_day and i >= 2 and (words[i - 2] in _TOOK_PLACE or met_there)  # (its day and place are all
        # it asks: "премьеры встретились в Ташкенте 26 октября?", not Innoprom's Tashkent)
        reach = len(words) if claimed else reach
        if place and (_near_meeting_word(words, i, reach) or met_there or "@next" in r.keys) \
                and place not in aside_places(matcher, r.question) \
                and (claimed or not _asked_of_its_facts(matcher, r, word)) \
                and (claimed or not known_event_misplaced(matcher, r, word)) \
                and "bishkek" not in words \
                and not in_a_name(words, i, named):  # "per The Astana Times": a report, not a meeting in Astana
            return phrase(lang, "event_place", place=place)
        if word.startswith(_ASHGABAT) and _after_before(words, i):
            return phrase(lang, "event_after_next")  # "where will they meet after the Ashgabat session", "after
            # the May 2024 Ashgabat one"
        # ("did the Ashgabat meeting actually take place": the Ashgabat meeting's own, which the reports end before)
        happened_there = took_place and i + 1 < len(words) and words[i + 1] in MEETING_WORDS
        if word.startswith(_ASHGABAT) and (set(words) & OUTCOME_WORDS or AGENDA_RE.search(" ".join(words))
                                           or happened_there) \
                and not _names_bishkek(words):  # not "results in Bishkek, and the next"
            return phrase(lang, "event_next")
        if (word.startswith(_ASHGABAT) or "@next" in r.keys) and _asks_who_came(r) and not _names_bishkek(words):
            # "who came to the meeting in Ashgabat": the reports announce its date and place, no more
            return phrase(lang, "event_next_people")
    years = [w for w in words if is_year(w)]
    meeting_year = matcher.factbase.meeting.date.year if matcher.factbase.meeting else 0
    # "decided for 2024", "объявлен на 2024 год": the year is what was decided about, not when it happened
    aimed = {words[i] for i in range(1, len(words)) if words[i - 1] in _AIMED and words[i] in years}
    # "runs until 2026", "до 2030 года", "the 2025 anniversary": a time frame of what was signed, not an event
    aimed |= {w for i, w in enumerate(words) if w in years and set(words[max(0, i - 2): i + 3]) & _ANNIVERSARY}
    if _THEME_YEAR_RE.search(" ".join(words)):  # "2024 was declared the year of what": a theme given to a year
        aimed |= set(years)
    aimed |= _a_signed_plans_year(matcher, r, years)
    later = [y for y in years if int(y) > meeting_year and y not in aimed]
    happened = (_happened(" ".join(words)) and not {"@when", "@source"} & r.keys
                and not set(words) & {"where", "где", "gde", "venue", "city", "город"})
    if later and (set(words) & OUTCOME_WORDS or _CAME_OF_RE.search(" ".join(words))
                  or happened):  # "did the forum take place in April 2024" (not "when, says the 2024 report")
        return phrase(lang, "event_year", year=later[0])  # what came of it in 2024: after these reports' meeting
    # "Итоги совета глав правительств СНГ 2016 года?": an earlier year's council and its results (2016 is a year the
    # facts know only as the date of an agreement a document implements)
    earlier = [y for y in years if int(y) < meeting_year and y not in aimed]
    if earlier and set(words) & OUTCOME_WORDS and r.keys & _THE_COUNCIL_KEYS and not set(words) & _DATED_WORDS:
        return phrase(lang, "event_year", year=earlier[0])
    unknown_years = [y for y in years if y not in known.years]
    if unknown_years:
        return phrase(lang, "event_year", year=unknown_years[0])
    another_time = _month_of_a_year(words, years, known.year_months, lang, lambda: _year_of_no_report(matcher, r))
    if another_time:
        return another_time
    asked = dates_in(words) - _report_dates(matcher, r)
    if asked and not asked & known.dates:
        day, month = sorted(asked)[0]
        return phrase(lang, "event_date", date=_day_month(day, month, lang))
    return None


def other_place(matcher: Matcher, word: str) -> str | None:
    """The place another meeting may be in that a word names ("Минске", "v Minske": Minsk), or None."""
    return OTHER_PLACES.get(word) or OTHER_PLACES.get(matcher.cyrillic_of(word) or "")


# the asker's own life in a sentence of a letter: "I", "my", "у меня", "мы"
_FIRST_PERSON = frozenset("""i im i'm me my we our us я меня мне мой моя моё мое мои моего моей моих мы нас нам наш наша
    наше наши ya menya moy moya""".split())
# a sentence that tells of a meeting or puts a claim ("my son says it was in Astana"): not the asker's life alone
_TELLS_OR_WAS = frozenset("""says said say claims claimed told tells thinks believes insists wrote writes was were held
    говорит говорят сказал сказала сказали утверждает уверяет считает пишет пишут писали слышал слышала было был была
    были прошло прошла прошёл прошел состоялось состоялась""".split())


def aside_places(matcher: Matcher, question: str) -> frozenset[str]:
    """The places named only where a letter tells of the asker's life, in a sentence of its own that asks
    nothing ("У меня внучка учится в Москве, и она хочет поехать в Ашхабад. ... где будет следующее
    заседание?": Moscow and Ashgabat are the family's, no claim about a meeting); empty for one sentence."""
    sentences = sentences_of(question)
    if len(sentences) < 2:
        return frozenset()
    aside: set[str] = set()
    elsewhere: set[str] = set()
    for sentence in sentences:
        words = tokenize(sentence)
        places = {place for w in words if (place := other_place(matcher, w))}
        if places and not sentence.rstrip().endswith("?") and set(words) & _FIRST_PERSON \
                and not set(words) & (MEETING_WORDS | _TELLS_OR_WAS):
            aside |= places
        else:
            elsewhere |= places
    return frozenset(aside - elsewhere)


def _report_dates(matcher: Matcher, r: Reading) -> set[tuple[int, int]]:
    """The days and months of the reports the question names ("по данным Trend от 26 февраля 2024"):
    the date of a report, not of an event."""
    sources = matcher.factbase.sources
    return {(found.published.day, found.published.month) for source in sources_named(matcher, r)
            if (found := sources.get(source)) is not None and found.published is not None}


def _asked_of_its_facts(matcher: Matcher, r: Reading, place: str) -> bool:
    """True when facts name the place and the question asks something one of them holds beyond the place
    and a meeting ("what will the permanent representatives discuss in Minsk", "what was adopted in
    Sochi"); "was the meeting held in Minsk" asks only where a meeting was: another meeting than this."""
    if place not in derived(matcher).words:
        return False
    asked, place_keys = _asked_beside(matcher, r, place)
    if r.keys & _THE_COUNCIL_KEYS and "@next" not in r.keys:  # ("Заседание СГП было в Ташкенте в 2024-м?": a
        asked = {k for k in asked if not is_year(k)}  # council meeting's year, not what of Tashkent's facts falls in it)
    return bool(asked) and any(asked & matcher.doc_by_id[fact_id].terms.keys()
                               for key in place_keys for fact_id in matcher.holding(key))


# words that date a document, whose year is no meeting's: "Agreement ... dated October 28, 2016", "от 2016 года"
_DATED_WORDS = frozenset("""dated agreement agreements соглашение соглашения соглашению соглашений от""".split())
# the keys of the council's own name: "СГП", "глав правительств", "heads of government"
_THE_COUNCIL_KEYS = frozenset({"сгп", "правительств", "govern"})


def _asked_beside(matcher: Matcher, r: Reading, places: str) -> tuple[set[str], set[str]]:
    """The keys a question asks beyond the places named (`places`, their words), a meeting and where or when it was,
    and the places' own keys."""
    tokens, _ = matcher.analyze(places)
    place_keys = {k for t in tokens for k in t.keys}
    return set(r.keys - place_keys - derived(matcher).meeting_keys - _ONLY_WHERE), place_keys


def _beyond_a_place(matcher: Matcher, r: Reading) -> bool:
    """True when a question asks more than whether a meeting was in the places it names ("did the permanent
    representatives meet in Minsk"; not "did the meeting take place in Minsk")."""
    asked, _ = _asked_beside(matcher, r, " ".join(w for w in r.words if other_place(matcher, w)))
    return bool(asked - {"@participate"})


def known_event_misplaced(matcher: Matcher, r: Reading, place: str) -> bool:
    """True when no fact names the place and the question names an event one or two facts hold, in a city
    they name ("Aripov's Innoprom forum in Almaty"): that event put in the wrong city (checks.py says so),
    not another meeting."""
    if place in derived(matcher).words:
        return False
    tokens, _ = matcher.analyze(" ".join(w for w in r.words if w not in MEETING_WORDS and not w.isdigit()
                                         and w not in MONTHS and w not in OUTCOME_WORDS and not other_place(matcher, w)))
    named = {k for t in tokens for k in t.keys if not k.startswith(("@", "C:", "P:"))}
    return any(0 < len(held := matcher.holding(k)) <= 2 and any(places_of(matcher, i) for i in held)
               for k in named - derived(matcher).meeting_keys)


def places_of(matcher: Matcher, fact_id: str) -> set[str]:
    """The cities a fact's texts name."""
    entry = matcher.factbase.entry(fact_id)
    return {CITIES[w] for text in entry_texts(entry) for w in tokenize(text) if w in CITIES} \
        if entry is not None else set()


# keys that ask only whether and where or when a meeting was, or name this one
_ONLY_WHERE = frozenset({"@meeting", "@where", "@when", "@next", "@cis", "@year"})


_THEME_YEAR_RE = re.compile(r"\b(годом|year of|the year of|declared|объявлен\w*|(?:19|20)\d\d (?:\w+ )?(adopted|принят\w*)|"
                            r"(?:adopted|принят\w*) (?:19|20)\d\d)\b")  # "какой год в СНГ объявлен 2024-й" (not "adopted in 2024")
_AIMED = frozenset("for на na until till to through до по do".split())
_ANNIVERSARY = frozenset("anniversary anniversaries юбилей юбилея юбилею годовщина годовщины годовщину".split())
_CELEBRATE = _ANNIVERSARY | frozenset("""celebrate celebrated celebrates celebrating celebration celebrations отмечать
    отметят отмечают отмечаться празднование праздновать отпразднуют""".split())
_WILL = frozenset("will shall будет будут станет станут".split())
# "what will 2024 be", "каким будет 2024 год": the year itself is what is asked of the plans
_YEAR_WILL_BE_RE = re.compile(r"\b(will|shall) (\d{4}) be\b|\b(будет|станет) (\d{4})\b|\b(\d{4}) (год|году|year) (будет|станет)\b")
# what came of a celebration, or a celebration held ("how did the 2025 celebrations go"): after the reports
_HELD_OR_PAST = frozenset("""was were did happened held took went go gone how result results outcome
    прошло прошла прошел прошёл состоялось состоялся состоялась отметили отпраздновали итоги итог результаты как""".split())
_CELEBRATION_RE = re.compile(r"celebrat|anniversar|праздн|годовщин|юбиле|летия|победы|victory", re.IGNORECASE)


def _a_signed_plans_year(matcher: Matcher, r: Reading, years: list[str]) -> set[str]:
    """The years in the question that a plan signed here is for, where that is what is asked: "what
    anniversary will be celebrated in 2025 under the plans signed in Bishkek" (a celebration plan holding
    the year), "what will 2024 be, per the plan adopted there"; not "what will be adopted in 2024", nor
    "how did the 2025 celebrations go" (after the reports)."""
    words = set(r.words)
    signed = [*derived(matcher).by_kind.get("document", []), *derived(matcher).by_kind.get("decision", [])]
    if years and {"@sign", "@adopt"} & r.keys and {"@document", "@plan"} & r.keys and not words & _WILL:
        # "подписали ли план празднования 80-летия Победы в 2025 году": the year of the plan signed here
        return {y for y in years if any(doc_holds(matcher, a.id, [{y}]) for a in signed)}
    if not years or words & _HELD_OR_PAST and not _YEAR_WILL_BE_RE.search(" ".join(r.words)):
        return set()
    if words & _CELEBRATE and ({"@document", "@plan"} & r.keys or words & _WILL):
        return {y for y in years if any(doc_holds(matcher, a.id, [{y}]) and _CELEBRATION_RE.search(
            f"{a.title} {a.quote}") for a in signed)}
    if {"@document", "@plan"} & r.keys and _YEAR_WILL_BE_RE.search(" ".join(r.words)):
        return {y for y in years if any(doc_holds(matcher, a.id, [{y}]) for a in signed)}
    return set()


_CAME = frozenset("""came come coming arrive arrived arriving attend attended attending attendees participants
    participated participate приехал приехала приехали приедет приедут прибыл прибыла прибыли прибудет прибудут
    участвовал участвовала участвовали участвовать участвует участвуют участники участников priekhal priekhali
    priedet uchastvoval uchastvovali speak speaking speakers speaker chair chairs chaired preside выступит
    выступят выступать выступающие выступающих председательствовать председательствует""".split())


def _names_bishkek(words: tuple[str, ...]) -> bool:
    """True when the question names this meeting's city ("results in Bishkek, and the next"; "who represented each
    country at the Bishkek meeting, ..., and where will the next one be": who came to this one, not the next)."""
    return any(w.startswith(("bishkek", "бишкек")) for w in words)


_REPORTED = frozenset("""reported report reports briefed докладывал докладывала доложил доложила докладывали сообщил
    сообщила сообщили""".split())
_WILL_BE = frozenset("будет будут budet".split())
_QUOTE_MARK_RE = re.compile(r"[\"“”«»„]")  # words put to someone in quotation marks: what they said, not whether they came


_ASKER_GOES_RE = re.compile(r"\b(?:i|we|я|мы|ya|my)\s+(?:\w+\s+){0,2}(?:travel|go|come|attend|visit|fly|поеду|приеду|поедем|"
                            r"приедем|полечу|полетим|съезжу|poedu|priedu)\b")


def _asks_who_came(r: Reading) -> bool:
    """Who came, attended, took part, will speak or chair ("кто приедет", "who took part"); not who reported
    ("кто из туркменских руководителей докладывал о подготовке": Meredov's words)."""
    if set(r.words) & _REPORTED:
        return False
    if not set(r.words) & {"who", "кто", "kto"} and _ASKER_GOES_RE.search(" ".join(r.words)):
        return False  # "where is the next meeting? maybe I can travel to Turkmenistan to see it": the asker's trip
    return "@participate" in r.keys or bool(set(r.words) & _CAME) or bool(
        re.search(r"\b(took|take|taking|takes) part\b", " ".join(r.words))) \
        or bool(r.people) and (bool(set(r.words) & _WILL_BE) or {"will", "be"} <= set(r.words)) \
        and not _QUOTE_MARK_RE.search(r.question)  # "будет ли Путин на заседании в Ашхабаде", "will Mishustin be at"


def _month_of_a_year(words: tuple[str, ...], years: list[str], known: frozenset[tuple[int, int]],
                     lang: str, far: Callable[[], bool] = lambda: False) -> str | None:
    """A season or month beside a year that the reports never speak of ("autumn 2024", "в сентябре
    2024 года", while they announce May 2024): another time, so another event."""
    if not years:
        return None
    at = [i for i, w in enumerate(words) if is_year(w)]
    named: list[tuple[str, tuple[int, ...], int]] = []
    for i, word in enumerate(words):
        season = SEASONS.get(word)
        if season:
            named.append((season, SEASON_MONTHS[season], i))
    named.extend((f"month:{month}", (month,), i) for i, month in months_named(words).items())
    for name, months, index in named:
        near = _years_of(words, at, index, far)
        if not near:
            continue
        year = near[0]
        if not any((year, month) in known for month in months):
            if name.startswith("month:"):
                return phrase(lang, "event_month", month=phrase(lang, f"month_{months[0]}"), year=year)
            return phrase(lang, "event_season", season=phrase(lang, f"season_{name}"), year=year)
    return None


def _years_of(words: tuple[str, ...], at: list[int], index: int, far: Callable[[], bool] = lambda: False) -> list[int]:
    """The year a season or month at `index` is of: one within two words ("autumn 2024", "в мае 2024 года"), or,
    when `far()`, for a season said of a meeting, the question's only year ("осеннее заседание ... в 2024 году",
    "the autumn meeting ... in 2024")."""
    near = [int(words[j]) for j in at if abs(j - index) <= 2]
    if near or len({words[j] for j in at}) != 1 or words[index] not in SEASONS or not far():
        return near
    word = words[index]
    of_a_meeting = word.endswith(("ее", "ем", "его", "ий", "яя", "ей", "юю")) \
        or bool(set(words[index + 1: index + 2]) & MEETING_WORDS)
    return [int(words[at[0]])] if of_a_meeting else []


def _year_of_no_report(matcher: Matcher, r: Reading) -> bool:
    """True when the question's year may be of the one season it names, not of a report it names or speaks of
    ("did Trend in 2024 say the autumn meeting was in Bishkek", "если верить отчетам 2024 года")."""
    return not sources_named(matcher, r) and not set(r.words) & _OF_THE_REPORTS \
        and sum(w in SEASONS for w in tokenize(r.question)) == 1  # (not "осеннее в Бишкеке и весеннее в Ашхабаде")


_OF_THE_REPORTS = REPORT_NOUNS | frozenset("""отчет отчёт отчета отчёта отчетам отчётам отчеты отчёты отчетах отчётах
    reported reporting wrote писал писала писали сообщал сообщала сообщали""".split())


def names_another_time(matcher: Matcher, r: Reading) -> bool:
    """True when the question names a season or month of a year, beside the year, that is not this
    meeting's ("what was decided in summer 2023": the June meeting in Sochi, not this one's documents)."""
    meeting = matcher.factbase.meeting
    if meeting is None:
        return False
    words = r.words
    at = [i for i, w in enumerate(words) if is_year(w)]
    if not at:
        return False
    named: list[tuple[tuple[int, ...], int]] = [(SEASON_MONTHS[SEASONS[w]], i) for i, w in enumerate(words)
                                                 if w in SEASONS]
    named += [((month,), i) for i, month in months_named(words).items()]
    for months, index in named:
        years = _years_of(words, at, index, lambda: _year_of_no_report(matcher, r))
        if years and not (years[0] == meeting.date.year and meeting.date.month in months):
            return True
    return False


def _adjacent_meeting_word(words: tuple[str, ...], index: int) -> bool:
    """A meeting word right after the name ("EAEU summit") or right before it, allowing "of the"
    ("summit of the EAEU", "заседание ЕАЭС")."""
    after = [w for w in words[index + 1: index + 3] if w != "intergovernmental"
             and not w.startswith("межправительств")][:1]  # "EAEU intergovernmental council"
    before = [w for w in words[max(0, index - 3): index] if w not in ("of", "the")]
    return bool((after and after[0] in MEETING_WORDS) or (before and before[-1] in MEETING_WORDS))


def _day_month(day: int, month: int, lang: str) -> str:
    from datetime import date as _date

    return format_date(_date(2000, month, day), lang).rsplit(" ", 2 if lang == "ru" else 1)[0]


# "what meeting takes place in Minsk", "что за встреча в Минске", "what happens there": which event it is
_WHAT_EVENT_RE = re.compile(r"\b(?:what|which) (?:meeting|event|session|gathering)|\bwhat (?:happens|is happening|takes place|"
                            r"will happen)|\bчто за (?:встреч|заседани|мероприяти)\w*|\bкак(?:ая|ое) (?:встреч|заседани|"
                            r"мероприяти)\w*|\bчто (?:будет|пройд[её]т|состоится|происходит|проходит)\b")


_WHICH_CITY_RE = re.compile(r"\b(?:which|what) (?:city|town|capital)\b|\bв каком (?:городе|столице)\b")


# where this meeting's venue was chosen, asked or put: "was the Bishkek venue decided in Minsk", "где выбрали Бишкек"
_VENUE_DECIDED_RE = re.compile(r"\b(?:venue|location|bishkek|место\w*|бишкек\w*)\b.{0,40}\b(?:decided|chosen|selected|agreed|"
                               r"picked|выбра\w*|выбир\w*|реши\w*|определ\w*)\b|\b(?:decided|decide|chosen|choose|chose|selected|select|picked|pick|"
                               r"выбра\w*|реши\w*|определ\w*)\b.{0,30}\b(?:venue|location|bishkek|местом|бишкек\w*)\b",
                               re.IGNORECASE)


def event_there_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"What meeting takes place in Minsk (on 27 February)?", "что за встреча в Минске", "when is the meeting in
    Minsk": the fact about the other meeting a report mentions there (the permanent representatives'), under a
    note that no fact gives its day when a day is asked or put. None unless the question's words name one such
    fact's event and ask which event it is or when."""
    if _VENUE_DECIDED_RE.search(r.question):
        return None  # "was the Bishkek venue decided at a meeting in Minsk": where the venue was chosen (Sochi)
    when = "@when" in r.keys or asks_day(r)
    where = "@where" in r.keys or _WHICH_CITY_RE.search(" ".join(r.words)) is not None  # "which city hosted it"
    if r.people or "@next" in r.keys or not (when or where or _WHAT_EVENT_RE.search(" ".join(r.words))):
        return None  # (first: naming another event costs a reading of its names)
    if asks_yes_or_no(r) and not _WHAT_EVENT_RE.search(" ".join(r.words)) and not _beyond_a_place(matcher, r):
        return None  # "Did the meeting take place in Minsk?": this meeting's place put to be checked, not which event
    facts = [a for a in matcher.factbase.agreements.values() if a.elsewhere and names_its_event(matcher, r, a.id)]
    if len(facts) != 1 or not doc_holds(matcher, facts[0].id, subject_keys(matcher, r, known_only=True), share=0.5):
        return None  # ("where will the Victory celebrations be, in Moscow or in Minsk": not the meeting in Minsk)
    fact = facts[0]
    reply = with_changes(fact_reply(matcher.factbase, fact.id, r.language, score=reading_score(r)), intent="other-event")
    given = set().union(*(dates_in(tokenize(t)) for t in entry_texts(fact)))
    if not when and not dates_in(r.words) - given:
        return reply
    # the city the question names, or the fact's own ("where did the permanent representatives meet on 27 February"),
    # in Russian as the fact's Russian words put it after "в" ("в Минске")
    own = [w for t in entry_texts(fact) for w in tokenize(t.lower()) if w in OTHER_PLACES]
    told = [*r.words, *sorted(own, key=lambda w: not (is_cyrillic(w) and w.endswith("е")))]
    place = next((w.capitalize() if r.language == "ru" else OTHER_PLACES[w] for w in told if w in OTHER_PLACES
                  and (r.language != "ru" or is_cyrillic(w))), "")
    note = phrase(r.language, "event_day_not_given", place=place)
    return with_changes(reply, answered=not when and not asks_yes_or_no(r), headline=f"{note} {reply.headline}")


def other_event_reply(matcher: Matcher, r: Reading, event: str) -> Reply:
    note = phrase(r.language, "other_event", meeting=meeting_description(matcher.factbase.meeting, r.language),
              event=event)
    return abstain(matcher, r, "other-event", note)


# how a report writes the other events a statement at this meeting speaks of
_EVENT_TEXT = {
    "event_hos": re.compile(r"heads of state|глав государств", re.IGNORECASE),
    "event_sco": re.compile(r"\bSCO\b|\bШОС\b|Shanghai Cooperation|Шанхайской", re.IGNORECASE),
}


def relayed_from_event(matcher: Matcher, r: Reading, event: str) -> Reply | None:
    """A statement made at this meeting that speaks of the other event and names everyone the
    question names ("what did Tokayev say at the Heads of State meeting": Smailov recalled it in
    Bishkek), under a headline that says whose meeting the reports cover; else None."""
    kinds = [text for key, text in _EVENT_TEXT.items() if phrase(r.language, key) == event]
    people = r.people or people_by_role(matcher, r)  # "whose words did the Kazakh PM cite"
    if not kinds or not people or _beyond_the_relay(matcher, r):
        return None
    factbase = matcher.factbase
    named = {w for source in sources_named(matcher, r) for w in publisher_words(matcher, source)}
    # "according to The Astana Times, what did Smailov quote Tokayev as saying": the report is no subject
    asked = read(matcher, without_words(r.question, named) or r.question, r.language) if named else r
    subject = [keys - _SAID for keys in subject_keys(matcher, asked, known_only=True)]
    subject = [keys for keys in subject if keys and not any(k.startswith("P:") for k in keys)]
    for candidate in matcher.rank(r.question, r.language, limit=5):
        entry = factbase.entry(candidate.fact_id)
        doc = matcher.doc_by_id[candidate.fact_id]
        if isinstance(entry, Statement) and kinds[0].search(entry.quote) \
                and all(f"P:{person}" in doc.entities for person in people) \
                and (not subject or doc_holds(matcher, candidate.fact_id, subject)) \
                and all(doc_holds(matcher, candidate.fact_id, [{k}]) for k in r.keys & _DONE) \
                and not_what_is_asked(matcher, r, candidate.fact_id, candidate.confidence) is None:
            headline = phrase(r.language, "event_relayed", event=event,
                              meeting=meeting_description(factbase.meeting, r.language))
            return list_reply(factbase, r.language, headline, [candidate.fact_id], intent="other-event",
                              score=candidate.confidence)
    return None


_WAS_THERE_RE = re.compile(r"\b(?:was|were) there (?:also )?(?:a|an|any)\b|\bбыл[оа]? ли\b|\bпроходил\w* ли\b")
_MENTIONED_RE = re.compile(r"\b(mention\w*|refer\w*|упомина\w*|упомян\w*|говорится|речь)\b|"
                           # "did the heads of state also meet in Bishkek": whether it was held, which a quote tells
                           r"\balso (meet|met|gather\w*|convene\w*|hold|held)\b|\b(тоже|также) (собирал\w*|встречал\w*|"
                           r"проходил\w*|проводил\w*|заседал\w*)\b")


def event_mentioned(matcher: Matcher, r: Reading, event: str) -> Reply | None:
    """"Do the reports mention the recent Heads of State summit in Bishkek?": the statements made at this
    meeting that speak of it, under a headline that says so; None when none does or it is not asked."""
    kinds = [text for key, text in _EVENT_TEXT.items() if phrase(r.language, key) == event]
    text = " ".join(r.words)
    meeting = matcher.factbase.meeting
    # "where did the heads of state meet", "was there also a heads of state meeting in Bishkek in October 2023":
    # where it was, which the quote that mentions it tells (not "in 2022", "in Astana": no quote tells that)
    where = ("@where" in r.keys or _WAS_THERE_RE.search(text) is not None) and meeting is not None \
        and not any(is_year(w) and int(w) != meeting.date.year or w in OTHER_PLACES for w in r.words)
    if not kinds or not (_MENTIONED_RE.search(text) or where) or "@when" in r.keys or asks_day(r):
        return None  # (not "on what date was the Heads of State summit Smailov referred to": no quote gives it)
    factbase = matcher.factbase
    named = sources_named(matcher, r)  # "does TASS mention it": TASS's statements only
    ids = [s.id for s in factbase.statements.values() if kinds[0].search(s.quote) and (not named or s.source in named)]
    if not ids or not set(r.people) <= {factbase.statements[i].speaker for i in ids}:
        return None  # (someone named who does not speak of it: "what did Tokayev say there" is the relay's)
    headline = phrase(r.language, "event_relayed", event=event, meeting=meeting_description(factbase.meeting, r.language))
    return list_reply(factbase, r.language, headline, ids, intent="other-event", score=reading_score(r))


_SAID = frozenset({"@say", "@propose", "@source", "@who"})
_DONE = frozenset({"@sign", "@adopt", "@participate"})  # "did Tokayev sign anything there": only a quote saying so


def _beyond_the_relay(matcher: Matcher, r: Reading) -> bool:
    """True when the question asks what no relay of another meeting settles: a year or a day, another
    place, or a subject word no fact holds ("at the 2022 Heads of State meeting", "on 13 October", "in
    Astana", "about water")."""
    _, unknown = matcher.analyze(r.question)
    named = {w for source in sources_named(matcher, r) for w in publisher_words(matcher, source)}  # "The Astana Times"
    return any(is_year(w) or w in OTHER_PLACES and w not in named for w in r.words) or bool(dates_in(r.words)) \
        or any(len(w) > 3 and w not in NOT_TOPIC and w not in _RELAY_FRAME for w in unknown)


# words of citing another meeting's words, and of its being recent: no subject beyond the relay ("Смаилов ссылался на
# слова Токаева, сказанные на Совете глав государств", "с недавнего саммита")
_RELAY_FRAME = frozenset("""ссылался ссылалась ссылались сослался сослалась сославшись недавнего недавнем недавний
    недавней недавно recent recently""".split())


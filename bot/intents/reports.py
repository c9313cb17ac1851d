"""Questions that name their report: "according to the Astana Times", "по данным правительства
Кыргызстана", "the February 2024 report". The report is a filter on the facts, not words to match:
its name and the "according to" frame cost every fact score and match none. So the question is read
again without them, and answered from that report's facts when one answers it; otherwise the
question goes on as before (another report may still answer it, under its own name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date

from bot.facts import Agreement, Source, Speaker, Statement
from bot.intents.documents import LIST_LENGTH, meeting_documents
from bot.intents.reading import (
    MONTHS,
    OFFICIAL_WORDS,
    REPORT_NOUNS,
    SITE_PARTS,
    VIA_FILLER,
    WH_RE,
    Reading,
    agencies_named,
    agencies_not_reports,
    agency_keys,
    agency_parts,
    asks_yes_or_no,
    country_words,
    credited_agencies,
    credits_by_fact,
    dates_in,
    derived,
    doc_holds,
    holds_agency,
    holds_the_subject,
    is_number,
    is_year,
    month_adjectives,
    months_named,
    names_a_person,
    publisher_words,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
    word_forms,
)
from bot.intents.replying import abstain, list_reply, publishers_of, report_cites, with_changes
from bot.intents.retrieval import (
    TIE_MARGIN,
    asks_appearance,
    asks_figure,
    gives_when_where,
    names_its_event,
    retrieve,
    what_its_event_holds,
    without_when_where,
)
from bot.intents.texts import phrase
from bot.intents.vocabulary import MEETING_WORDS, OTHER_PLACES, WHICH_REPORT_ASKED_RE, city_named
from bot.lexicon import STOPWORDS
from bot.matcher import SOURCES_ID, Matcher, country_key
from bot.replies import (
    Reply,
    fact_reply,
    fact_title,
    format_date,
    format_day,
    label,
    published_on,
    source_line,
    source_via,
    speaker_name,
    surnames_of,
)
from bot.text import has_any, is_cyrillic, stem, tokenize, transliterate

__all__ = [
    "subheadline_reply", "without_report_dates",
    "republished_reply",
    "outlets_by_country_reply",
    "agency_quotes_reply", "agency_story_reply", "reports_naming_reply",
    "earliest_report_reply", "reports_asked_to_quote",
    "OTHER_AGENCY_RE", "agency_claim_reply", "agency_contents", "citing_reply", "holds_agency", "dateline_claim_reply", "dateline_premise",
    "published_claim_reply", "reports_in_language", "without_report_names", "from_each_report", "per_report", "per_report_reply", "report_contents", "report_itself",
    "report_of_a_government", "report_with_the_list", "each_reports_facts_on", "reports_of_a_day", "which_came_first_reply",
]

# "according to X", "X says", "по данным X", "в публикации X": the frame that names an authority
_PER_RE = re.compile(
    r"\b(according|per|reported|says|say|said|writes|write|wrote|reports|report|article|данным|сообщению|информации|"
    r"согласно|версии|пишет|пишут|говорит|говорят|сообщает|сообщают|сообщило|статье|публикации|материале|заметке|dannym|soglasno|списку|"
    r"believe|верить|veryt|verit|relayed|relays|цитата|цитату|цитаты|цитатой|quotation|carried|carries|"
    r"передал|передала|передало|передали|передаёт|передает)\b"  # "слова Мишустина передал ТАСС?"
    # "что сообщил ТАСС о месте следующего заседания", "что писала Asia-Plus о Смаилове" (not "когда Sputnik сообщил")
    r"|^(?:что|о чём|о чем)\b.*\b(?:сообщил|сообщила|сообщили|писал|писала|писали|написал|написала)\b"
    # "Сообщил ли ТАСС о документе по ТЭК?": whether that report told of it
    r"|\b(?:сообщил|сообщила|сообщило|сообщали|писал|писала|писало|упоминал|упоминала|упомянул|упомянула)\w* ли\b")
# "какие слова Мишустина приводит Asia-Plus": the report as the authority, unless the report is what is
# asked ("which report quotes the press service")
_QUOTED_BY_RE = re.compile(r"\b(приводит|приводят|цитирует|цитируют|quote|quotes|cite|cites|mention|mentions|"
                           r"mentioned|упоминает|упоминают|listed|перечисляет|перечислены)\b")
_VERBATIM_RE = re.compile(r"\b(directly|direct|verbatim|напрямую|дословно|прямую|прямой|прямая)\b")
_SAYING = frozenset("says say said writes write wrote reports report reported".split())  # the report's verbs, after it
_AUTHORITY_WORDS = frozenset("""according per reported says say writes write wrote reports report article publication
    данным сообщению информации согласно версии пишет пишут сообщает сообщают статье публикации материале
    dannym soglasno believe if you если верить veryt verit relayed relays as by по судя said списку""".split())  # "if you believe X", "если верить X"


_CITED_RE = re.compile(r"\b(?:ссылкой на|ссылаясь на|citing|quoting)\s*(?:the\s*)?(?:пресс-служб\w*|press service of)?\s*$",
                       re.IGNORECASE)


_LIST_NOUNS = frozenset("list lists listing списке список списка перечне перечень перечня".split())


def without_report_names(matcher: Matcher, r: Reading, named: list[str]) -> str | None:
    """The question without the words that name the given reports ("is the jubilee medal in the Kyrgyz
    government's list": "is the jubilee medal in the"), wherever they stand; None when nothing is left."""
    naming = set(OFFICIAL_WORDS) | REPORT_NOUNS | _LIST_NOUNS
    for source in named:
        naming |= publisher_words(matcher, source) | set(tokenize(matcher.factbase.sources[source].publisher))
    naming |= country_words(matcher, r.question, {k for s in named for k in derived(matcher).publishers[s][1]})
    bare = without_words(r.question, {w for w in r.words if w in naming})
    return bare if bare and len(tokenize(bare)) >= 2 else None


def _what_it_reported(matcher: Matcher, r: Reading, sources: list[Source]) -> Reply | None:
    """The one report's fact that the rest of "when did X report ..." names ("... that the meeting in Ashgabat
    would be on 24 May"), when one holds it surely; None otherwise."""
    if len(sources) != 1:
        return None
    bare = without_report_names(matcher, r, [sources[0].id])
    if bare is None:
        return None
    ids = [e.id for e in matcher.factbase.entries() if e.source == sources[0].id and not isinstance(e, Speaker)]
    scored = matcher.score_facts(bare, ids, r.language)
    if not scored or scored[0].confidence < matcher.threshold:
        return None
    return fact_reply(matcher.factbase, scored[0].fact_id, r.language, score=scored[0].confidence)


def _its_count(matcher: Matcher, r: Reading, sources: list[Source]) -> Reply | None:
    """The one report's count the question asks for: of the documents on the subject it names ("TASS's figure for
    the financing documents": its nine), else of all the documents signed ("the TASS piece: what figure does it
    give": its 22); None when the report gives no such count."""
    counts = [a for a in derived(matcher).by_kind.get("count", []) if len(sources) == 1 and a.source == sources[0].id]
    named = frozenset().union(*(publisher_words(matcher, s.id) for s in sources))  # ("ТАСС": the report, no subject)
    subject = [keys for keys in subject_keys(matcher, r, known_only=True)
               if not keys & {"@document", "@sign", "@source"} and not is_number(keys) and not keys <= named]
    on_it = [a for a in counts if subject and doc_holds(matcher, a.id, subject)]
    total = [a for a in counts if (a.counts or "documents").startswith("document")]
    if len(total) > 1 or subject and len(on_it) != 1 or not subject and not total:
        return None
    if not subject:
        return fact_reply(matcher.factbase, total[0].id, r.language, score=reading_score(r))
    # (the total beside the count on the subject: "сколько документов? Из них о финансировании?")
    parts = "; ".join(f"{sources[0].publisher}: {a.count or '?'}" for a in on_it)
    return list_reply(matcher.factbase, r.language, phrase(r.language, "count_subject", parts=parts),
                      [a.id for a in (*on_it, *total)], intent="count", score=reading_score(r))


def per_report(matcher: Matcher, r: Reading, *, framed: bool = False) -> tuple[list[str], Reading] | None:
    """The reports a question names as its authority, and the question read without naming them
    (`framed`: only a name right after its frame's words, "as relayed by Asia-Plus")."""
    text = " ".join(r.words)
    if not _PER_RE.search(text) and not _by_the_report(matcher, text) \
            and not (_QUOTED_BY_RE.search(text) and not WHICH_REPORT_ASKED_RE.search(text)
                     and not _VERBATIM_RE.search(text)):
        return None  # "does Asia-Plus quote X directly": the report is the subject, not the authority
    named = sources_named(matcher, r)
    if not named or len(named) == 1 and WHICH_REPORT_ASKED_RE.search(text):
        return None  # "which report quotes the Kyrgyz government('s press service)": the report is asked
    # the report's name: its publisher's words, "government" and the country it names ("the Kyrgyz
    # government's"), its month and year ("the February 2024 report"); dropped once, as one run of
    # words, so that "according to Sputnik Armenia, who represented Armenia?" keeps its subject
    naming = set(OFFICIAL_WORDS) | REPORT_NOUNS | SITE_PARTS | {"the", "of", "s"}
    distinctive: set[str] = set()
    for source in named:
        distinctive |= publisher_words(matcher, source)
        naming |= set(tokenize(matcher.factbase.sources[source].publisher))
    countries = {k for s in named for k in derived(matcher).publishers[s][1]}
    by_country = country_words(matcher, r.question, countries)
    distinctive |= by_country
    published = [matcher.factbase.sources[s].published for s in named]
    for index, month in months_named(r.words).items():
        if any(p and p.month == month for p in published):
            distinctive |= {r.words[index], *(str(p.year) for p in published if p)}
    for word, month in month_adjectives(r.words).items():  # "в февральской заметке Trend"
        if any(p and p.month == month for p in published):
            distinctive.add(word)
    naming |= distinctive
    raw = r.question.split()
    keys = [word_forms(w) - {"s"} or word_forms(w) for w in raw]  # ("Lebedev's" is no report's name for its "s")
    run = None
    for index in range(len(raw)):
        end = index
        while end < len(raw) and keys[end] & naming:
            end += 1
        # a country alone is no report's name ("who represented Armenia according to Sputnik": Armenia is asked)
        if end > index and any(keys[i] & distinctive for i in range(index, end)) \
                and not (end - index == 1 and keys[index] & by_country):
            run = (index, end)
            break
    if run is None or _CITED_RE.search(" ".join(raw[max(0, run[0] - 4): run[0]])):
        return None  # "... со ссылкой на пресс-службу правительства Киргизии": the agency cited, not the authority
    # the words that give the report as the authority, next to its name ("according to X", "X says",
    # "по данным X"), go with it; a "say" elsewhere ("what did Lebedev say") stays
    start, end = run
    # before the name only the frame's own words ("according to", "по данным"): in "what did Mishustin
    # say according to TASS" the "say" is the question's
    while start > 0 and (not keys[start - 1] or keys[start - 1] & _AUTHORITY_WORDS - _SAYING) \
            and start > run[0] - 3:
        start -= 1
    if framed and start == run[0]:
        return None  # "Asia-Plus and TASS give different numbers": two reports compared, not one's frame
    while end < len(raw) and keys[end] & _AUTHORITY_WORDS and end < run[1] + 1:
        end += 1
    text = " ".join(raw[:start] + raw[end:])
    if not text.strip():
        return None
    rest = read(matcher, text, r.language)
    again = per_report(matcher, rest, framed=True) if sources_named(matcher, rest) else None  # "per AKIpress, as relayed by
    if again is not None:  # Asia-Plus": both names go
        return list(dict.fromkeys(named + again[0])), again[1]
    return named, rest


def _by_the_report(matcher: Matcher, text: str) -> bool:
    """"Какую должность занимает Мередов, по Turkmenportal", "which sectors, by Astana Times": "по" or "by"
    right before a report's name is its frame (a name that is also a common word, with the rest of it)."""
    words = derived(matcher).publisher_words
    return any(m.group(1) in words - _NOT_ALONE or m.group(1) in words and m.group(2) in words
               for m in re.finditer(r"\b(?:по|po|by) (?:the )?(\w+)(?: (\w+))?", text))


# a report's naming word that is also a common word or place alone ("по Азии": about Asia, not Asia-Plus)
_NOT_ALONE = frozenset("asia азии азию азия plus плюс times astana gov kun".split())


def _of_the_next_unasked(matcher: Matcher, r: Reading, entry: object) -> bool:
    """True for a fact on the next meeting when the question asks about this one ("per Asia-Plus, where
    was the meeting held": Asia-Plus's Bishkek, never its line on Ashgabat in May 2024)."""
    return getattr(entry, "agreement_kind", None) == "schedule" and "@next" not in r.keys \
        and not r.keys & derived(matcher).schedule_keys \
        and not any(k.isdigit() and doc_holds(matcher, getattr(entry, "id", ""), [{k}]) for k in r.keys)  # "in 2024"


def reports_asked_to_quote(matcher: Matcher, r: Reading) -> list[str]:
    """The reports a question asks whether they quote someone directly ("does Trend quote Mishustin directly",
    "есть ли у ТАСС прямая речь Мишустина"), which `per_report` leaves out as the question's subject; [] else."""
    text = " ".join(r.words)
    if not _VERBATIM_RE.search(text) or WHICH_REPORT_ASKED_RE.search(text):
        return []
    return sources_named(matcher, r)


def per_report_reply(matcher: Matcher, r: Reading, named: list[str]) -> Reply | None:
    """The answer from the named reports' facts: retrieval's, when its best fact is theirs; else
    their best fact, when it is confident and no figure or description is asked; else None."""
    factbase = matcher.factbase
    found = retrieve(matcher, r)
    ids = [i for i in (found.fact_id, *(i.fact_id for i in found.items)) if i]
    theirs_shown = [i for i in ids if (e := factbase.entry(i)) is not None and e.source in named
                    and not _of_the_next_unasked(matcher, r, e)]
    if found.answered and theirs_shown:
        if len(theirs_shown) == len(ids) or found.fact_id in theirs_shown and not found.items:
            return found
        # a list of equally close facts from several reports: the named report's alone
        if len(theirs_shown) > 1:
            return list_reply(factbase, r.language, phrase(r.language, "tied"), theirs_shown, intent="retrieval",
                              score=found.score)
        return with_changes(fact_reply(factbase, theirs_shown[0], r.language, score=found.score), intent="retrieval")
    if asks_figure(r) or asks_appearance(r):
        return None
    theirs = [e.id for e in factbase.entries() if e.source in named and names_its_event(matcher, r, e.id)
              and what_its_event_holds(matcher, r, e.id) and not _of_the_next_unasked(matcher, r, e)]
    scored = matcher.score_facts(r.question, theirs, r.language)
    bare = without_when_where(r)
    if (not scored or scored[0].confidence < matcher.threshold) and bare is not None:
        # "according to Trend, when and where was the last meeting held": its fact on the last meeting, which
        # the asking words weigh down (the fact gives the place and the month, which are then shown)
        subject = subject_keys(matcher, r, known_only=True)  # (the subject held whole: not "where did it take place")
        scored = [c for c in matcher.score_facts(bare, theirs, r.language)
                  if gives_when_where(matcher, r, c.fact_id) and doc_holds(matcher, c.fact_id, subject)]
    if not scored or scored[0].confidence < matcher.threshold:
        return None
    return with_changes(fact_reply(factbase, scored[0].fact_id, r.language, score=scored[0].confidence),
                        intent="retrieval")


# A question about a named report itself, not about what it says: whom it got its account from
# ("which agency does Asia-Plus credit", "откуда Asia-Plus взяла"), or when it came out.
_CREDIT_RE = re.compile(r"\b(credit\w*|cite|cites|cited|citing|sourced|relay|relays|relayed|relaying|ссыла\w*|ссылк\w*|"
                        r"сослал\w*|ssyla\w*|ssylk\w*|(?:give|gives|gave|name|names|named) as (?:its|their) sources?|"
                        r"(?:назыв|указыв|указал)\w* (?:сво\w+ )?источник\w*)\b")
# "which agency does Turkmenportal rely on": the report's agencies; "rely on for X" asks X's attribution
_RELY_RE = re.compile(r"\b(rel(y|ies|ied|ying) on|based on|rest(s|ed|ing)? on|draw\w* on|опира\w*|основыва\w*|"
                      r"base (?:its|their) (?:\w+ )?(?:story|report|article|piece|account)|on whose (?:information|word|"
                      r"data|account)|по чьим (?:данным|сведениям|словам))\b"  # ("on whose information did The Astana
                      # Times base its Smailov story")
                      r"(?!.*\b(for|для)\b)")
_CREDIT_GATE = ("credit", "cite", "citing", "sourced", "relay", "ссыла", "ссылк", "сослал", "ssyla", "ssylk", " as its source",
                " as their source", "источник")  # (one of which any match of _CREDIT_RE holds)
_RELY_GATE = ("rel", "based on", "rest", "draw", "опира", "основыва", "base ", "on whose", "по чьим")  # (... of _RELY_RE)


def _credits(text: str) -> bool:
    """True when the words credit a source ("cites", "ссылается", "names as its source")."""
    return has_any(text, _CREDIT_GATE) and _CREDIT_RE.search(text) is not None


def _relies(text: str) -> bool:
    """True when the words rest a report on a source ("relies on", "опирается", "по чьим данным")."""
    return has_any(text, _RELY_GATE) and _RELY_RE.search(text) is not None


# "where did AzerNews get its account", "откуда Asia-Plus взяла": a weaker verb, so with "from" or "откуда"
_GOT_FROM_RE = re.compile(r"\b(get|gets|got|take|takes|took|obtained|comes?|взял\w*|взят\w*|получил\w*|узнал\w*)\b.*"
                          r"\b(from|откуда|otkuda)\b|\b(откуда|otkuda|where)\b.*\b(get|gets|got|взял\w*|взят\w*|"
                          r"получил\w*|узнал\w*)\b")
_QUOTING_RE = re.compile(r"\b(цитир\w*|citir\w*|tsitir\w*|quotes?|quoting)\b")  # whom it quotes: a person, unless asked for an agency
_SOURCE_ASKED = frozenset("whom who whose where откуда otkuda кого kogo кто kto чьи чьим чьей чьих чью чья чей kakoe kakoy kakie".split())
_AGENCY = frozenset("""agency agencies outlet outlets media newspaper service source sources агентство агентства
    агенство агенства agentstvo agentstva информагентство информагентства инфоагентство сми издание издания газета службу служба источник источника источники источнику источнике
    istochnik istochnika body organisation organization institution орган""".split())  # ("which body does TASS
# cite": whom it credits, not the CIS bodies' financing)
# "when did Trend report ...", "когда ТАСС сообщил ...": when the report named right before its verb came out
_WHOM_ASKED = frozenset("whom who which whose кого кто какое какой какие чьи чью чей что kogo kto".split())
_CITING_RE = re.compile(r"\b(?:citing|quoting|со ссылкой)\b")  # an agency describing the article ("the one citing Kun.uz")
_CITES_RE = re.compile(r"\b(?:cite|cites|cited|credit\w*|ссылает\w*|ссылают\w*|ссылал\w*|сослал\w*)\b")  # its credit asked
# a report's figure asked beside whom it cites ("what is TASS's figure, and whom does it cite for it")
_FIGURE_TOO_RE = re.compile(r"\b(?:how many|(?<!во )(?<!vo )(?:сколько|skolko)|(?:what|which) (?:figure|number|count)|what is it|what s it|"
                            r"(?:какую|какая|какой|каково|kakuyu) (?:цифр\w*|числ\w*|cifr\w*|tsifr\w*))\b")
# (not "where did TASS get the number from": whom it cites, the number known)
_WHEN_DID_IT_REPORT_RE = re.compile(r"^(?:when|когда|kogda) (?:did |does )?(?:the )?\w+(?: \w+)? (?:report|reported|write|wrote|"
                                    r"announce|announced|publish|сообщил\w*|написал\w*|опубликовал\w*|объявил\w*)\b")
_WHEN_PUBLISHED_RE = re.compile(
    r"\bpublication (date|time)\b|\bdate (and time )?of publication\b|\bpublish(ing)? time\b|"  # "the TASS story's
    # publication date", "tass docs story - publish time?"
    r"\b(время|дата|дату|время и дата|дата и время) (публикации|выхода)\b|"
    r"\b(vremya|data|datu) (publikacii|publikatsii|vyhoda|vykhoda)\b|"
    r"\b(when|когда|kogda|what date|what time|какого числа|kakogo chisla|во сколько|vo skolko|в котором часу|в какое время|"
    r"date|дата|дату)\b.*"
    r"\b(publish\w*|came out|come out|appear\w*|"
    r"released?|put out|posted|post|run|ran (its|the|their) (story|report|piece|article)|"
    r"(?:file|files|filed) (its|the|their|this|that) (story|report|piece|article|copy)|"
    r"опубликова\w*|публикаци\w*|вышл\w*|вышел|вышла|появил\w*|opublikova\w*|vyshl\w*|vyshel|poyavil\w*)\b|"
    # "во сколько ТАСС выпустил заметку", "when did TASS put the story up": only with the piece named
    r"\b(when|когда|kogda|во сколько|в какое время|vo skolko)\b.*\b((выпустил\w*|разместил\w*|vypustil\w*)\b.*\b(заметк\w*|"
    r"стать\w*|материал\w*|публикаци\w*|новост\w*|сообщени\w*|zametk\w*)|put (it|the (story|article|piece|report)|its (story|article|piece|report)) "
    r"(up|online))\b")


# "what date is the Trend report", "дата публикации ТАСС": the report's own date
_DATE_OF_PIECE_RE = re.compile(r"\b(what|which) date (is|was|does) (on |in )?(the |its )?((?!meeting |summit |session |заседани)\w+ ){0,3}(report|story|piece|article)\b"
                               r"(?! (give|gives|say|says|set|sets|name|names|put|puts|for|about|on)\b)|"  # (not "... give for
                               # the next meeting": a date in it)
                               r"\bдат\w* (публикации|статьи|заметки|сообщения|материала)\b|"
                               r"\bкакого числа (материал|стать\w*|заметк\w*|публикаци\w*|новост\w*)\b|"  # ("Trend про
                               # Арипова — какого числа материал?")
                               r"\bpub\.? ?date\b|\bdate (is )?on (the|its|that) (page|story|piece|article|list)\b")
_TIME_STAMP_RE = re.compile(r"\btime ?stamps?\b|\btimestamp\b|\bметк\w* времени\b")
_CLOCK_RE = re.compile(r"\b(what time|exact time|exactly|hour|o'clock|time ?stamp|timestamp|во сколько|в котором часу|в какое время|"
                       r"точное время|точно|vo skolko)\b")
# a report's time asked by name ("Asia-Plus — время публикации?"), unless its date is asked with it ("date and time
# of publication": the date, which every report but one gives)
_PUBLICATION_TIME_RE = re.compile(r"\b(время (?:публикации|выхода)|vremya (?:publikacii|publikatsii|vyhoda|vykhoda)|"
                                  r"publication time|time of publication)\b")
_HOW_MANY = frozenset("сколько скока skolko many".split())  # a count asked beside a headline
# something counted other than the documents a headline counts ("more than 20 delegations: how many?", "how many
# on financing")
_COUNTED = ("delegat", "делегац", "countr", "стран", "people", "человек", "участник", "day", "дн", "prime",
            "премьер", "financ", "финанс", "uranium", "уран", "medal", "медал", "victory", "побед")
_DATE_WORDS = frozenset("date dates дата дату даты датой числа число day день".split())
# the line under a report's headline asked for ("каков подзаголовок материала ТАСС", "the subtitle of the Astana Times
# story"; not "I'm writing a subheadline for my piece: how many ...")
_SUBHEAD_RE = re.compile(r"\b(?:what|which|каков|какой|какая|где)\b[^?]{0,25}\b(?:sub-?head\w*|sub-?title\w*|standfirst|"
                         r"подзаголов\w*|podzagolov\w*)\b(?![^?]*\b(?:how many|who|when|сколько|кто|когда)\b)")
_HEADLINE_RE = re.compile(r"\b(headline|headlines|headlined|заголов\w*|zagolov\w*|озаглав\w*|ozaglav\w*)\b|"
                          r"\btitle of (the|its|their)\b")
# "what was the TASS story called", "как называется статья ТАСС", "как ТАСС назвал свою заметку": the piece's
# name, which is its headline (not "what is the uranium programme called in the Kyrgyz government's report")
_PIECE_CALLED_RE = re.compile(r"\b(story|article|piece|report)\s+(was\s+|is\s+)?(called|titled|entitled)\b|"
                              r"\b(называется|называлась|назывался|называлось|nazyvaetsya)\s+(\w+\s+)?(статья|заметка|"
                              r"материал|публикация|statya|zametka)\b|\b(назвал\w*|nazval\w*)\s+(свою\s+|svoyu\s+)?"
                              r"(статью|заметку|материал|публикацию|statyu|zametku)\b")
_IN_LANGUAGE_RE = re.compile(r"\b(in|на|na) (russian|english|kazakh|kyrgyz|turkmen|uzbek|tajik|azerbaijani|armenian|"
                             r"belarusian|русском|английском|казахском|киргизском|кыргызском|туркменском|узбекском|"
                             r"таджикском|азербайджанском|армянском|белорусском|russkom|angliyskom)\b"
                             r"(?!\s+(?:government|cabinet|list|report|press|side|delegation|prime|pm|capital|media|outlets?|"
                             r"правительств\w*|делегаци\w*|стороны|списке|премьер\w*))")  # (not "in Kyrgyz government list")
# "по какому источнику Asia-Plus приводит слова", "who is the source the Astana Times relies on", "whose account"
_SOURCE_OF_GATE = ("источник", "агентств", "source", "whose", "agency", "wire")  # (one of which any match holds)
_SOURCE_OF_RE = re.compile(r"\b(по|из|на) (какому|каким|какого|каких|каком|какое) (источник\w*|(?:инфо|информ)?агентств\w*)\b|"
                           r"\b(who|what) (is|was) (\w+ ){0,4}source\b|\bwhose (account|reporting)\b|"
                           r"\b(which|what) (news )?(source|agency|wire)\b|\boriginal source\b|^\w+ (source|sources)$|"
                           r"\bисточник\w* (какой|какие|какое)\b|\b(какой|какие|каков) (у \w+ )?источник\w*")
# "what is the most reliable source", "whose account is more detailed": a judgement of reports, not their credit
_JUDGING = frozenset("""reliable trustworthy accurate best better most more detailed fuller main primary apart besides
    other others""".split())
_DATE_ASKED = frozenset("date dated дата дату датой".split())  # not "and when did Aripov speak": another part


_AGENCY_ASKED = frozenset("""agency agencies outlet outlets media service newswire агентство агентства агентств
    агентством агенство сми издание издания служба службу agentstvo""".split())


def _dateline(source: Source, lang: str, dated: bool) -> str | None:
    """A report's dateline as recorded ("TASHKENT"), with the report's date when that is asked too."""
    place = source.dateline_ru if lang == "ru" and source.dateline_ru else source.dateline
    if not place or not dated or source.published is None:
        return place
    return f"{place}, {format_date(source.published, lang)}"


def _source_of(r: Reading, text: str) -> bool:
    """"Who is the Astana Times's source for Smailov's remarks", "по какому источнику Asia-Plus приводит слова
    Мишустина": the report's source for a person's words, or for the report itself; not "who is its source
    for that" of a fact (that fact's attribution answers it)."""
    return has_any(text, _SOURCE_OF_GATE) and _SOURCE_OF_RE.search(text) is not None \
        and (bool(r.people or r.countries) or not _FOR_A_FACT_RE.search(text)) \
        and not set(r.words) & _JUDGING


def _credit_words(r: Reading, text: str) -> bool:
    """True when the question has a report's words of crediting ("cite", "откуда ... взяла", "rely on",
    "по данным какого агентства", "who is its source")."""
    return bool(_credits(text) or _GOT_FROM_RE.search(text) or _relies(text)
                or _WHICH_AGENCY_RE.search(text) or _source_of(r, text))


def _credit_asked(r: Reading, text: str) -> bool:
    """True when a report's own credit is asked in so many words ("which agency does Trend cite"), not
    read from a "quote" ("quote each one's wording")."""
    return _credit_words(r, text) or bool(_QUOTING_RE.search(text) and set(r.words) & _AGENCY_ASKED)


_FOR_A_FACT_RE = re.compile(r"\b(for|для|about|on|о|об)\b(?!\s+(?:which|what)\b)")  # (not "on which source")
_WHICH_AGENCY_RE = re.compile(r"\b(по данным|per|according to|со слов) (как\w*|which|what) (агентств\w*|агенств\w*|agency|"
                              r"agencies|source)")
_DATELINE = frozenset("""dateline datelined датлайн датлайне датлайна датлайном datlayn дейтлайн дейтлайне дейтлайна
    дейтлайном deytlayn""".split())
_DATELINE_NOUNS = frozenset("dateline датлайн дейтлайн datlayn deytlayn".split())  # the noun alone: "Trend dateline?"
_FROM_WHICH_CITY_RE = re.compile(r"\b(из какого города|в каком городе|from which city|from what city|which city|what city)\b.*"
                                 r"\b(датирован\w*|datelined|dated|filed|written|написан\w*|reported|report|"
                                 r"сообщил\w*|сообщает)\b|\b(датирован\w*|datelined|"
                                 r"filed|written|написан\w*)\b.*\b(из какого города|в каком городе|from which city|"
                                 r"which city|what city)\b")
# "когда и откуда сообщил Sputnik": its dateline and its day
_WHEN_AND_WHENCE_RE = re.compile(r"\b(когда и откуда|откуда и когда|when and from where|from where and when)\b")
# "where was Trend's story written", "откуда написана заметка": the dateline, when the question names a piece
_WRITTEN_WHERE_RE = re.compile(r"\b(where|откуда|где|otkuda|gde)\b(?!\s+(in|в|во)\b).*\b(written|filed|написан\w*|датирован\w*|"
                               r"передал\w*|peredal\w*)\b"
                               r"(?!\s+(that|что|about|о|об|про)\b)")
# where the asker read of it: "I read in Russian news (TASS) something about a medal", no language asked
_READ_IN_RE = re.compile(r"\b(?:read|saw|seen|heard|found|читал\w*|прочитал\w*|видел\w*|слышал\w*|chital\w*|prochital\w*)\s+"
                         r"(?:\w+\s+){0,2}?(?:in|на|na|v|в)\s+(?:russian|english|русском|английском|russkom|angliyskom|"
                         r"русских|английских|russian-language|english-language)\b")
_WHICH_LANGUAGE_RE = re.compile(r"\b(на каком языке|in what language|in which language|what language|which language|"
                                r"na kakom yazyke)\b")
_AS_PUBLISHED_RE = re.compile(r"\b(as(?! (?:its|their|a|the) sources?\b)|according(?! to which agenc)|per(?! как\w* агентств| which agenc)|согласно|"
                              r"по данным(?! как\w* агентств)|судя|если верить)\b")
_PIECE_WORDS = frozenset("""report story piece article news item статья статью статьи заметка заметку заметки публикация
    публикацию материал материала сообщение сообщения новость новости statya statyu zametka zametku novost novosti""".split())


_TOLD_RE = re.compile(r"\b(?:who|кто)\s+(?:told|informed|gave|сообщил\w*|рассказал\w*|передал\w*)\s+(\w+)")


def _told_the_report(matcher: Matcher, r: Reading) -> bool:
    """"Who told TASS about the documents", "кто сообщил ТАСС": the report's own source is asked (the
    word told is a report's name), not who reported something."""
    found = _TOLD_RE.search(" ".join(r.words))
    if found is None or not sources_named(matcher, read(matcher, found.group(1), r.language)):
        return False
    names = set().union(*(publisher_words(matcher, s) for s in sources_named(matcher, r)))
    # "who told TASS about the 22 documents": a fact to attribute, which the attribution of that fact answers
    return not [keys for keys in subject_keys(matcher, r, known_only=True) if not keys & names and keys != {"@source"}]


def _placed_dateline(words: tuple[str, ...]) -> bool:
    """True when a dateline word stands beside a city ("the Tashkent dateline", "datelined Ashgabat"): a
    dateline given, not asked."""
    return any(w in _DATELINE and {*words[max(0, i - 1): i], *words[i + 1: i + 2]} & OTHER_PLACES.keys()
               for i, w in enumerate(words))


_OUTLETS = frozenset("""outlet outlets media reports report sources publications agencies agency newspapers sites издания
    изданий издание сми публикации публикаций агентства агентств сайты газеты источники источников сообщения
    сообщений материалы материалов istochniki istochnikov publikatsii soobshcheniya izdaniya""".split())
_PUBLISHED = frozenset("""published publish came out appeared wrote written ran reported report dated датирована датированы
    вышли вышла вышло вышел
    опубликовали опубликовало опубликован опубликована писали написали сообщили сообщало сообщил публиковали""".split())
_FUTURE_OR_CLAIM = frozenset("""will would be held take place that что пройдёт пройдет состоится назначено планируется
    next следующее следующем очередное announced announce first date dates объявил объявили объявлено впервые дату
    датой says say said claims claim пишет пишут говорит утверждает scheduled slated planned set назначенным
    назначенное запланированное""".split())  # not "which report first announced
# 27 October as the date": a day given, not a day published; nor "one report says the meeting is 27 October": a claim


# "Trend reported on Aripov from Bishkek", "ТАСС сообщил из Москвы": a dateline put to a report
_FROM_CITY_RE = re.compile(r"\b(?:reported|reports|report|filed|wrote|writes|сообщил\w*|сообщает|передал\w*|передаёт|"
                           r"передает|написал\w*|пишет)\b.*?\b(?:from|из|iz)\s+(\w+)")


def dateline_claim_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Trend's Aripov story was datelined Bishkek: on what date?", "Trend сообщил об Арипове из Бишкека?":
    the report's dateline and day as recorded, under "No:", when the city the question gives it is not
    its dateline; None when it is (the question is then about something else), no dateline is given, or
    something else is asked of the report ("datelined Bishkek, the Trend report said Aripov proposed what?":
    `dateline_premise` corrects it above that answer)."""
    if _asks_beyond_the_dateline(r):
        return None
    return _dateline_claimed(matcher, r)


def dateline_premise(matcher: Matcher, r: Reading) -> tuple[str, str] | None:
    """"Datelined Bishkek, the Trend report said Aripov proposed what?": the question without its dateline
    and the correction to head its answer with, when it gives a report a dateline not its own on the way to
    asking something else; None otherwise."""
    if not _asks_beyond_the_dateline(r):
        return None
    corrected = _dateline_claimed(matcher, r)
    if corrected is None or not corrected.headline.startswith(phrase(r.language, "role_no")):
        return None
    bare = _FROM_CITY_TAIL_RE.sub(" ", r.question)  # "datelined X" is already out of the reading's question
    return bare, corrected.headline


# "from Bishkek", "из Бишкека": the place a report is said to come from, left out of the question it frames
_FROM_CITY_TAIL_RE = re.compile(r"\b(?:from|из|iz)\s+\w+", re.IGNORECASE)


def _asks_beyond_the_dateline(r: Reading) -> bool:
    """True when a question that gives a report a dateline asks something of a person it quotes ("the Trend
    report datelined Bishkek said Aripov proposed what?"), not the report's day or place."""
    return bool(r.people) and WH_RE.search(" ".join(r.words)) is not None \
        and not set(r.words) & {"when", "date", "day", "когда", "дата", "числа", "where", "где", "откуда"}


def _dateline_claimed(matcher: Matcher, r: Reading) -> Reply | None:
    """The correction of a dateline the question gives a report ("No: ... datelined TASHKENT, 27 October
    2023"), its record when that is right and only that is checked, or None."""
    words = tuple(tokenize(r.asked or r.question))  # as typed: "datelined Bishkek" is left out of the reading
    claimed = next((city for i, w in enumerate(words) if w in _DATELINE  # "datelined Bishkek", "dateline is Bishkek"
                    for n in (*words[max(0, i - 1): i], *words[i + 1: i + 3]) if (city := city_named(n))), None)
    if claimed is None and (found := _FROM_CITY_RE.search(" ".join(words))) is not None:
        claimed = city_named(found.group(1))  # "из Москвы"
    if claimed is None:
        return None
    named = sources_named(matcher, r)
    if r.people:  # "Trend's report on Aripov": the Trend report quoting him
        named = [s for s in named if any(matcher.factbase.statements[i].speaker in r.people
                                         for i in derived(matcher).statements_by_source.get(s, []))] or named
    sources = [matcher.factbase.sources[s] for s in named]
    if not sources or not all(s.dateline for s in sources):
        return None
    def datelines(these: list[Source]) -> Reply:
        return _report_lines(matcher, r, these, "datelined", lambda s: _dateline(s, r.language, True), "no_dateline")

    right = [s for s in sources if (s.dateline or "").lower() == claimed.lower()]
    if right:  # "Sputnik Armenia wrote from Yerevan?": so it did; not "the story datelined Tashkent: what did he say"
        return datelines(right) if asks_yes_or_no(r) and not WH_RE.search(" ".join(r.words)) else None
    record = datelines(sources)
    return with_changes(record, headline=f"{phrase(r.language, 'role_no')} {record.headline}")


def reports_of_a_day(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which outlets published on 27 October 2023?", "какие издания писали об этом 27 октября": the
    reports dated that day, each with its line, or that none is (with every report's date). None unless
    the reports themselves are asked, with a publishing word and one day, and no claim about a meeting
    on that day ("which outlet reported that the meeting would be on 27 October")."""
    words = set(r.words)
    days = dates_in(r.words)
    if len(days) > 1 or not words & _OUTLETS or not words & _PUBLISHED or words & _FUTURE_OR_CLAIM \
            or not _ASKS_WHICH_RE.search(" ".join(r.words)) or r.people \
            or any(publisher_words(matcher, s) & words for s in sources_named(matcher, r)):
        return None  # (the reports of a month a question names, "reports on 27 October 2023", are no report named)
    if not days:
        return _reports_of_a_period(matcher, r)
    ((day, month),) = days
    years = {int(w) for w in r.words if is_year(w)}
    sources = matcher.factbase.sources.values()
    dated = [s for s in sources if s.published and (s.published.day, s.published.month) == (day, month)
             and (not years or s.published.year in years)]
    lang = r.language
    on = format_day(day, month, lang) + (f" {min(years)}" if years else "")
    if not dated:
        reply = abstain(matcher, r, "report", phrase(lang, "none_published_on", day=on))
        return with_changes(reply, details=tuple(source_line(s, lang) for s in sources))
    headline = phrase(lang, "reports_of_the_day", day=on, publishers=", ".join(dict.fromkeys(s.publisher for s in dated)))
    return Reply(lang, True, headline, SOURCES_ID, "sources", reading_score(r),
                 details=tuple(source_line(s, lang) for s in dated), intent="report")


def _reports_of_a_period(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which reports were published in 2024?", "какие публикации вышли в феврале 2024 года": the reports dated
    in that year (and month), each with its line, or that none is; None unless a year is named."""
    years = {int(w) for w in r.words if is_year(w)}
    months = {MONTHS[w] for w in r.words if w in MONTHS}
    if len(years) != 1 or len(months) > 1 or not set(r.words) & _CAME_OUT:
        return None  # (not "what did they sign in Sochi in June 2023, per the report": the meeting's month)
    rest = {w for w in r.words if w not in _OUTLETS | _PUBLISHED | _CAME_OUT | _PERIOD_FRAME | STOPWORDS
            and w not in MONTHS and not is_year(w)}
    if rest:  # "which outlets published in 2023 the count of 22 documents", "... before the meeting in 2023": more
        return None  # than the period is asked
    sources = matcher.factbase.sources.values()
    dated = [s for s in sources if s.published and s.published.year in years and (not months or s.published.month in months)]
    lang = r.language
    names = _MONTH_NAMES_NOMINATIVE[lang if lang in _MONTH_NAMES_NOMINATIVE else "en"]
    period = " ".join([*(names[m - 1] for m in months), str(min(years))])
    if not dated:
        reply = abstain(matcher, r, "report", phrase(lang, "none_published_in", period=period))
        return with_changes(reply, details=tuple(source_line(s, lang) for s in sources))
    headline = phrase(lang, "reports_of_the_period", period=period,
                      publishers=", ".join(dict.fromkeys(s.publisher for s in dated)))
    return Reply(lang, True, headline, SOURCES_ID, "sources", reading_score(r),
                 details=tuple(source_line(s, lang) for s in dated), intent="report")


_PERIOD_FRAME = frozenset("""which what any were was are did come out of the in году года год за какие какая какой follow up followup
    которые kakie ones these all все""".split())
_CAME_OUT = frozenset("""published publish came appeared dated released датирована датированы датировано вышли вышла вышло
    вышел опубликовали опубликовало опубликован опубликована опубликованы публиковали""".split())
_MONTH_NAMES_NOMINATIVE = {"en": "January February March April May June July August September October November "
                                 "December".split(),
                           "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()}
_ASKS_WHICH_RE = re.compile(r"\b(which|what|who|какие|какое|какая|какой|кто|kakie)\b")


_LANGUAGES = {"russian": "ru", "русском": "ru", "russkom": "ru", "english": "en", "английском": "en", "angliyskom": "en"}


def reports_in_language(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which of the reports are in Russian?", "какие из источников написаны на русском": the reports in
    that language, each with its line. None unless the reports are asked by their language, none named."""
    found = _IN_LANGUAGE_RE.search(" ".join(r.words))
    words = set(r.words)
    if found is None or not words & (_OUTLETS | _PIECE_WORDS) \
            or not (_ASKS_WHICH_RE.search(" ".join(r.words)) or words & {"any", "ли", "li"}) \
            or r.people or sources_named(matcher, r):
        return None
    language = _LANGUAGES.get(found.group(2))
    lang = r.language
    sources = matcher.factbase.sources.values()
    by_language = {code: ", ".join(dict.fromkeys(s.publisher for s in sources if s.language == code))
                   for code in dict.fromkeys(s.language for s in sources) if code in ("en", "ru")}
    if language is None:  # "are any of the reports in Uzbek": none; the languages they are in
        parts = [phrase(lang, "in_language", language=label(lang, f"language_{code}"), publishers=names).rstrip(".")
                 for code, names in by_language.items()]
        each = "; ".join([parts[0], *(p[:1].lower() + p[1:] for p in parts[1:])])
        asked = found.group(2).capitalize() if found.group(2).isascii() else found.group(2)  # "Uzbek", "казахском"
        return Reply(lang, True, phrase(lang, "in_no_report", language=asked, each=each), SOURCES_ID,
                     "sources", reading_score(r), details=tuple(source_line(s, lang) for s in sources), intent="report")
    written = [s for s in sources if s.language == language]
    headline = phrase(lang, "in_language", language=label(lang, f"language_{language}"),
                      publishers=by_language.get(language, ""))
    return Reply(lang, True, headline, SOURCES_ID, "sources", reading_score(r),
                 details=tuple(source_line(s, lang) for s in written), intent="report")


def _credited_facts(matcher: Matcher, r: Reading, sources: list[Source]) -> list[Statement | Agreement]:
    """The facts of the named reports that the question is about (the person it names, or its subject),
    when one of them records the agency the report credits for it ("Russia's Interfax reports that
    Mishustin ..."): each such fact, and the others of that person or subject beside it; [] otherwise."""
    factbase = matcher.factbase
    named = {s.id for s in sources}
    if not any(factbase.credits_by_fact(n) for n in named):
        return []  # (the cheap test first: only a report that credits fact by fact has any)
    entries: list[Statement | Agreement] = [
        *(factbase.statements[i] for s in sources for i in derived(matcher).statements_by_source.get(s.id, [])),
        *(a for a in factbase.agreements.values() if a.source in named)]
    if not any(e.via for e in entries):
        return []
    held = agencies_named(matcher, r)
    by_agency = [e for e in entries if any(part.lower() in f"{e.via or ''} {getattr(e, 'via_ru', '') or ''}".lower()
                                           for part in held)]
    if by_agency and not r.people:  # "what does Asia-Plus report citing Interfax": the facts it credits to Interfax
        return by_agency
    if r.people:  # (and the speakers of a country named beside them: "... for Mishustin's remarks, and which for
        # the Uzbek proposals?")
        found: list[Statement | Agreement] = [
            e for e in entries if isinstance(e, Statement) and (e.speaker in r.people or e.speaker in factbase.speakers
                                                                and country_key(factbase.speakers[e.speaker]) in r.countries)]
    else:
        names = set().union(*(publisher_words(matcher, n) for n in named))
        agencys_country = _AGENCYS_COUNTRY_RE.findall(r.question)  # "какое белорусское агентство": which agency, no
        if agencys_country:  # subject (the fact base keeps no agency's country; the reply names each one's facts)
            r = read(matcher, without_words(r.question, frozenset(w.lower() for w in agencys_country)) or r.question,
                     r.language)
        subject = [keys for keys in subject_keys(matcher, r, known_only=True)
                   if not keys & ({"@source", "@who", "@when"} | names) and not keys <= _AGENCY_KEYS]
        subject += [{"@next"}] if "@next" in r.keys else []  # "for the next meeting": a frame word, and the subject
        # "which agencies does Asia-Plus cite, and for what": no subject, so every fact it credits, by agency (not
        # "which agency does it cite for the gathering in Bishkek": a fact of the meeting's own words, credited to none)
        text = " ".join(r.words)
        every = not subject and (not _FOR_A_FACT_RE.search(text) or _FOR_WHAT_RE.search(text) is not None)
        found = [e for e in entries if doc_holds(matcher, e.id, subject, share=0.5)] if subject else \
            [e for e in entries if e.via] if every else []
        if subject and 0 < len(found) <= _UNCREDITED_SHOWN:
            return found  # "по чьим данным Asia-Plus сообщила о 20 документах": it names no agency for that fact
    return found if any(e.via for e in found) else []


# a word of a country right before "agency" ("Belarusian agency", "белорусское агентство"): the agency's, no subject
_AGENCYS_COUNTRY_RE = re.compile(r"\b(\w+)\s+(?=(?:news\s+|state\s+)?(?:agency|agencies|агентств\w*|информагентств\w*))",
                                 re.IGNORECASE)
_UNCREDITED_SHOWN = 2  # a subject's facts said to be credited to no agency, at most (more: the subject is too wide)
_FOR_WHAT_RE = re.compile(r"\b(for what|what for|по каким вопросам|по какому поводу|о ч[её]м|за что|for which facts)\b")
_AGENCY_KEYS = frozenset({"agenc", "agentstv", "агентств", "сит", "cite", "use", "reli", "опира", "вопрос", "issu", "topic",
                          "тем"})  # and "по каким вопросам", "on which issues": what for, no subject


def _credited(matcher: Matcher, entries: list[Statement | Agreement], lang: str) -> list[str]:
    """"Asia-Plus cites Interfax for 'Mishustin: The CIS and the EAEU ...'", "... names no agency for ...":
    the facts grouped by the agency their report credits for them, titles joined."""
    factbase = matcher.factbase
    grouped: dict[tuple[str, str | None], list[str]] = {}
    for entry in entries:
        key = (factbase.source_of(entry).publisher, source_via(entry, lang))
        grouped.setdefault(key, []).append(phrase(lang, "quoted_title", title=fact_title(factbase, entry.id, lang)))
    return [phrase(lang, "fact_credited" if via else "fact_credited_none", publisher=publisher, via=via,
                   titles="; ".join(titles)) for (publisher, via), titles in grouped.items()]


_SPEECH_ADDRESS_RE = re.compile(r"\b(?:welcome|welcoming|opening|closing|keynote|inaugural|his|her|their)\s+"
                                r"address(?:es)?\b")


# where the texts here were published, asked: "which aggregator did Trend's piece come via", "где переопубликованы"
_REPUBLISHED_RE = re.compile(r"\b(?:aggregators?|republish\w*|re-publish\w*|reprint\w*|syndicat\w*|mirror\w*|"
                             r"own\s+site|переопубликова\w*|перепечата\w*|агрегатор\w*|pereopublikova\w*|"
                             r"perepechata\w*|agregator\w*)\b", re.IGNORECASE)


def republished_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Trend's and AzerNews's texts came via an aggregator: which one?", "is MENAFN Trend's own site": the site
    each named report's text is kept from (its link's host), with its line. None unless where a text was published
    or republished is asked."""
    if not _REPUBLISHED_RE.search(r.question):
        return None
    sources = [matcher.factbase.sources[s] for s in sources_named(matcher, r)]
    if not sources:
        return None
    answers = [phrase(r.language, "kept_from", publisher=s.publisher, host=_host(s.url)) for s in sources]
    return _record_reply(r, sources, answers, "report")


def _host(url: str) -> str:
    """A link's site, without "www." ("menafn.com")."""
    host = re.sub(r"^[a-z]+://", "", url).split("/", 1)[0]
    return host.removeprefix("www.")


def subheadline_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The line under a named report's headline asked for ("каков подзаголовок материала ТАСС"): not kept, said
    so, with the headline; None for any other question."""
    if r.people or not _SUBHEAD_RE.search(r.question.lower()):
        return None
    sources = [matcher.factbase.sources[s] for s in sources_named(matcher, r)]
    if not sources:
        return None
    titled = "; ".join(phrase(r.language, "headlined", publisher=s.publisher, title=s.title) for s in sources)
    return Reply(r.language, False, label(r.language, "dont_say"), score=min(reading_score(r), matcher.threshold - 1),
                 details=tuple(source_line(s, r.language) for s in sources),
                 notes=(phrase(r.language, "no_subheadline", headlined=titled),), intent="report")


def report_itself(matcher: Matcher, r: Reading) -> Reply | None:
    """A question about a report itself: whom it credits ("which agency does Asia-Plus cite", "откуда
    Asia-Plus взяла ...") or when it was published; the named reports' lines (title, date, the
    agencies they cite, link), headed by the answer. None for any other question."""
    text = " ".join(r.words)
    words = set(r.words)
    # "which agency does Asia-Plus cite", not "where did the meeting take place according to TASS"
    # ("does the TASS report quote Mishustin at all": whether it quotes him, which his words' replies say)
    quotes_them = bool(r.people) and asks_yes_or_no(r) and not words & (_AGENCY | _SOURCE_ASKED) \
        and not agencies_named(matcher, r)  # (not "Asia-Plus attributed its Mishustin quotes to Interfax")
    credit_worded = bool(_credit_words(r, text) or _told_the_report(matcher, r)
                         or _QUOTING_RE.search(text) and (r.people and not quotes_them or words & _AGENCY))
    agencies = agencies_named(matcher, r) if credit_worded else []
    credit = credit_worded and bool(words & (_SOURCE_ASKED | _AGENCY | REPORT_NOUNS) or agencies) \
        and not _AS_PUBLISHED_RE.search(text)  # (or an agency named: "со ссылкой на «Интерфакс»")
    # "when was the TASS piece published", not "when was the meeting, as published by TASS", nor "when is the
    # meeting Trend published about"
    published = (_WHEN_PUBLISHED_RE.search(text) is not None or _DATE_OF_PIECE_RE.search(text) is not None) \
        and not _AS_PUBLISHED_RE.search(text) and bool(words & _PIECE_WORDS or not {"@meeting", "@next"} & r.keys) \
        or _WHEN_DID_IT_REPORT_RE.search(text) is not None  # "when did Trend report the date of the next meeting"
    # the language a report is in; not "which language did Mishustin speak"
    in_language = (_WHICH_LANGUAGE_RE.search(text) is not None  # "is the TASS report in Russian" too
                   or _IN_LANGUAGE_RE.search(text) is not None and bool(words & (_PIECE_WORDS | REPORT_NOUNS))
                   and not _READ_IN_RE.search(text)) \
        and not r.people
    # "what dateline does Trend's story carry" (not "the Trend report datelined Tashkent")
    # "Trend dateline?"; not "the Trend report datelined Tashkent: what did Aripov say", a dateline given
    dateline = bool(words & _DATELINE) and not _placed_dateline(r.words) \
        and bool(words & {"what", "which", "where", "какой", "какая", "каков", "где", "откуда"}
                 or words & _DATELINE_NOUNS) \
        or _FROM_WHICH_CITY_RE.search(text) is not None or _WHEN_AND_WHENCE_RE.search(text) is not None \
        or bool(_WRITTEN_WHERE_RE.search(text) and words & _PIECE_WORDS  # "из какого города датирована заметка Trend"
                and not words & {"that", "что"})  # not "where is it written that ..."
    # "what is the headline of the Astana Times article", "какой заголовок у заметки ТАСС"
    headline = _HEADLINE_RE.search(text)  # ("the title of the volunteer year document": the document's, not the report's)
    headlined = (headline is not None and not (headline.group(0).startswith("title") and ("@document" in r.keys
                                                                                           or r.topic)
                                               and not words & (REPORT_NOUNS | _PIECE_WORDS))
                 or _PIECE_CALLED_RE.search(text) is not None) \
        and not r.people \
        and not words & {"text", "тексте", "текста", "body"}  # "the headline says 20+: how many in the text"
    if headlined and not _PIECE_CALLED_RE.search(text) and words & _HOW_MANY:
        # "the TASS headline says over 20: how many exactly?": the count, as the reports give it; of the documents,
        # which the headline counts, unless something else counted is named ("over 20 delegations: how many?")
        if any(w.startswith(_COUNTED) for w in words):
            headlined = False
        else:
            counted = _documents_counted(matcher, r)
            if counted is not None:
                return counted
    stamped = bool(_TIME_STAMP_RE.search(text) and words & _PIECE_WORDS)  # "what time stamp does the TASS report carry"
    linked = bool(words & _LINK_WORDS) and not r.people and not _SPEECH_ADDRESS_RE.search(text)  # "what's the URL
    # of the TASS report" (not "what did he say in his welcome address": a speech)
    if linked and _GIVE_LINK_RE.search(text):  # "дай ссылку на заметку ТАСС": its address, not whom it cites
        credit = False
    if credit and published and _CITING_RE.search(text) and not _CITES_RE.search(text) and not words & _WHOM_ASKED:
        credit = False  # "the publication date of the AzerNews article, citing Kun News Agency": its date; the agency
        # only says which article (not "на что ссылается? Дата публикации?": both asked)
    if not credit and not published and not in_language and not dateline and not headlined and not stamped \
            and not linked:
        return None
    named = sources_named(matcher, r)
    if not named:
        return None
    lang = r.language
    if r.people:  # "when was the Trend report on Aripov's speech published": Trend's report quoting him
        quoting = [s for s in named if any(matcher.factbase.statements[i].speaker in r.people
                                           for i in derived(matcher).statements_by_source.get(s, []))]
        if credit and _credit_words(r, text) and not quoting and len(r.people) == 1 \
                and matcher.factbase.speakers[r.people[0]].attended:  # "whom did TASS cite for Mishustin's speech": TASS
            return _quotes_none_of(matcher, r, named, r.people[0])  # quotes nothing of his; who does, citing whom
        named = quoting or named
    if len(named) > 1 and len({matcher.factbase.sources[n].publisher for n in named}) == 1:
        # "the Trend piece on the unified energy system": of Trend's two reports, the one on that
        names = set().union(*(publisher_words(matcher, n) for n in named))
        subject = [keys for keys in subject_keys(matcher, r, known_only=True)
                   if not keys & {"@source", "@when"} and not keys & names]  # not "Trend" itself
        holding = [s for s in named if subject and any(
            e.source == s and doc_holds(matcher, e.id, subject, share=0.5) for e in matcher.factbase.entries())]
        if not holding and "@next" in r.keys:  # "when did Trend report the date of the next meeting": its February one
            holding = [s for s in named if any(a.source == s for a in derived(matcher).by_kind.get("schedule", []))]
        named = holding or named
    sources = [matcher.factbase.sources[s] for s in named]
    if dateline:  # "what dateline does Trend's story carry": where the curators recorded one, else said not kept
        # "which city and date is the dateline", "on what day": the report's date with it (not "what day was the
        # Minsk meeting": another event's)
        dated_too = bool(words & _DATE_ASKED or words & {"day", "день", "число", "числа", "числом"}
                         and not words & MEETING_WORDS or _WHEN_AND_WHENCE_RE.search(text))
        return _report_lines(matcher, r, sources, "datelined", lambda s: _dateline(s, lang, dated_too), "no_dateline")
    if linked and not credit and not in_language and not headlined:
        return _record_reply(r, sources, [phrase(lang, "linked", publisher=s.publisher, url=s.url) for s in sources],
                             "report")
    if headlined and not credit and not in_language:
        return _record_reply(r, sources, [phrase(lang, "headlined", publisher=s.publisher, title=s.title)
                                          for s in sources], "report")
    dated = published and not credit and not in_language or stamped  # the report's date (or its time) is asked
    if dated and (_CLOCK_RE.search(text) or _PUBLICATION_TIME_RE.search(text) and not words & _DATE_WORDS):
        # "во сколько вышла заметка ТАСС": the time the report shows, if kept
        return _report_lines(matcher, r, sources, "published_at", lambda s: f"{s.published_time}, "
                             f"{format_date(s.published, lang)}" if s.published_time and s.published else None,
                             "no_time")
    credited: list[Statement | Agreement] = []
    if in_language:  # "на каком языке опубликован список": the language of the report's text
        answers = [phrase(lang, "written_in", publisher=s.publisher, language=label(lang, f"language_{s.language}"))
                   for s in sources if s.language in ("en", "ru")]
    elif credit:
        # a report with no agency on record says so ("which agency does Trend cite"), where its own credit is
        # asked in so many words, and no report's agency is what the question names (the Kyrgyz government's
        # press service, which TASS cites, is no question about the government's own list)
        # an agency asked ("which agency does Trend cite"), or the source of someone's words in it: not "на кого
        # ссылается Sputnik", whose answer is the person it quotes (the attribution of its facts gives it)
        unrecorded = _credit_asked(r, text) and bool(words & _AGENCY_ASKED or r.people) and not any(
            holds_agency(matcher, r, part) for s in matcher.factbase.sources.values()
            for part in agency_parts(s.via or "") + agency_parts(s.via_ru or ""))
        credited = _credited_facts(matcher, r, sources)  # "for Mishustin's words, Asia-Plus cites Interfax"
        answers = _credited(matcher, credited, lang) or \
            [report_cites(s, lang, by_fact=credits_by_fact(matcher, s.id)) if s.via
             else phrase(lang, "report_cites_none", publisher=s.publisher)
             for s in sources if s.via or unrecorded]
        if credited:
            sources = list({matcher.factbase.source_of(e).id: matcher.factbase.source_of(e) for e in credited}.values())
    else:
        # the time of day with the date, where the report shows one ("26 October 2023, 16:57")
        answers = [phrase(lang, "published_on", publisher=s.publisher, date=published_on(s, lang))
                   for s in sources if s.published]
    if dated and len(answers) < len(sources):
        # "when was the AzerNews article published": its copy shows no date, which is said, not guessed
        undated = ", ".join(s.publisher for s in sources if not s.published)
        if not answers:
            return abstain(matcher, r, "report", phrase(lang, "no_date_shown", publisher=undated))
        answers.append(phrase(lang, "no_date_shown", publisher=undated).rstrip("."))  # "the Trend and AzerNews reports"
    if len(answers) < len(sources):  # one named report has no agency on record: not guessed
        return None
    answers = [a[:1].upper() + a[1:] for a in answers]
    record = _record_reply(r, sources, answers, "attribution" if credit and not in_language else "report")
    if dated and any(not s.published for s in sources) and words & (_FIRST_OUT | _LATER_OUT):
        # "when was the AzerNews piece published, and was it before or after Trend's?": one date is shown, the other
        # copy shows none, so which came first is not answered
        return with_changes(record, answered=False)
    held = credit and bool(agencies)
    figure = credit and not (credited and held) and _FIGURE_TOO_RE.search(text) is not None \
        and not any(w.isdigit() for w in words)  # (not "where did TASS get its 22": the figure is known; nor the
    # facts credited to the agency named: those are the answer)
    told = _what_it_reported(matcher, r, sources) if dated and _WHEN_DID_IT_REPORT_RE.search(text) or figure else None
    told = told or (_its_count(matcher, r, sources) if figure else None)
    if told is not None:  # "когда Sputnik сообщил о дате заседания и какую дату назвал": its date, and what it said;
        # "TASS's figure for the documents signed, and whom does it cite for it": its 22, and its source
        return with_changes(told, headline=f"{record.headline} {told.headline}", intent="report")
    if held and not credited and len(sources) == 1 and words & _CONTENTS_CUES:
        # "что Turkmenportal сообщает со ссылкой на TDH": it cites TDH for the whole report, so all of its facts
        ids = [e.id for e in matcher.factbase.entries() if e.source == sources[0].id and not isinstance(e, Speaker)]
        if ids:
            return list_reply(matcher.factbase, lang, record.headline, ids, intent="attribution", score=record.score)
    if credited and held:
        # "what did Asia-Plus cite BelTA for", "что Азия-Плюс сообщает со ссылкой на «Интерфакс»": those facts
        return list_reply(matcher.factbase, lang, record.headline, [e.id for e in credited],
                          intent="attribution", score=record.score)
    counts = [a.id for a in derived(matcher).by_kind.get("count", []) if a.source in named] \
        if credit and (_COUNT_ASKED_RE.search(text) or words & _TOTAL_WORDS and r.keys & {"@document", "@count"}) \
        else []
    if len(counts) > 1:  # "its count of documents on financial provision, and whom does it cite": that count alone
        names = set().union(*(publisher_words(matcher, n) for n in named))
        subject = [keys for keys in subject_keys(matcher, r, known_only=True)
                   if not keys & (_COUNTED_FRAME | names) and not any(k.isdigit() for k in keys)]
        counts = [c for c in counts if subject and doc_holds(matcher, c, subject, share=0.5)] or counts
    if counts:  # "what exact number does TASS give, and whom does it cite": both, the counts as its facts
        return list_reply(matcher.factbase, lang, record.headline, counts, intent="attribution", score=record.score)
    beside = _subject_beside_credit(matcher, r, sources[0]) if credit and not credited and len(sources) == 1 else []
    if beside:  # "Turkmenportal: source agency, and the date it gives": whom it cites, and its facts on the date
        return list_reply(matcher.factbase, lang, record.headline, beside, intent="attribution", score=record.score)
    quoted = [i for n in named for i in derived(matcher).statements_by_source.get(n, [])
              if matcher.factbase.statements[i].speaker in r.people] if credit else []
    if quoted:  # "which of Mishustin's words does Asia-Plus carry, citing which agency": both, his words as items
        return list_reply(matcher.factbase, lang, record.headline, quoted[:LIST_LENGTH], intent="attribution",
                          score=record.score)
    return record


# the words of a question about whom a report cites, beside any subject it also asks about
_CREDIT_ASKED = frozenset("""original originally agency agencies outlet outlets source sources sourced primary whom who
    which what does do did it its is was name names cite cites cited citing credit credits credited relay relays
    relayed and or get got take took from where whose чей чья чьи чью account speech speeches remarks words report piece story article
    на кого кто какое какой какие каком агентство агентства источник источники первоисточник первоисточником
    ссылается ссылаются ссылалась ссылался ссылку ссылкой со и или а откуда взял взяла взяли выступлении
    body organisation organization institution орган
    выступление выступления речь речи слова заявления материал материале заметка заметке статья статье""".split())


def _subject_beside_credit(matcher: Matcher, r: Reading, source: Source) -> list[str]:
    """The report's facts on what else the question asks ("and the planned meeting date"), best first, when
    its words left beside the credit asked name a subject those facts answer; [] when nothing is left."""
    drop = _CREDIT_ASKED | {w for w in r.words if _CREDIT_RE.search(w)} | set(tokenize(source.publisher))
    rest = without_words(r.question, drop, latin=True)
    if len([w for w in tokenize(rest) if len(w) > 3]) < 2:
        return []
    asked = read(matcher, rest, r.language)
    if not asked.topic:  # "where did AzerNews get its story about Aripov's speech": whose words, not what
        return []
    theirs = per_report_reply(matcher, asked, [source.id])
    if theirs is None or not theirs.answered:
        return _who_in_the_report(matcher, asked, source) if "@who" in asked.keys else []
    ids = list(dict.fromkeys(i for i in (theirs.fact_id, *(item.fact_id for item in theirs.items)) if i))
    entries = [matcher.factbase.entry(i) for i in ids]
    if not ids or not all(isinstance(e, (Statement, Agreement)) and e.source == source.id for e in entries):
        return []
    return ids[:LIST_LENGTH]


def _who_in_the_report(matcher: Matcher, asked: Reading, source: Source) -> list[str]:
    """The words of the people the report quotes that hold half of what else is asked, beyond its frame and
    numbers ("Turkmenportal: which agency does it relay, and which official reported to the Cabinet": Meredov's)."""
    subject = [keys for keys in subject_keys(matcher, asked, known_only=True)
               if not any(k.startswith("@") or k.isdigit() for k in keys)]
    return [i for i in derived(matcher).statements_by_source.get(source.id, [])
            if doc_holds(matcher, i, subject, share=0.5)][:LIST_LENGTH] if len(subject) >= 2 else []


# "Asia-Plus took its Mishustin quotes from TASS", "взяла ли Asia-Plus слова Мишустина у ТАСС": an agency claimed
_TAKEN_FROM_RE = re.compile(r"\b(get|gets|got|take|takes|took|taken|borrowed|obtained|came|comes|взял\w*|взят\w*|"
                            r"получил\w*|позаимствовал\w*)\b.*\b(from|у|u)\b|\b(?:quoted|quotes|quoting|цитирует|"
                            r"цитировала|привела|приводит)\b.*\b(?:via|через)\b")


# a report said to have come out on a day ("the Astana Times article was published on 27 October?")
_PUBLISHED_ON_RE = re.compile(r"\b(?:published|came out|appeared|dated|released|posted|опубликован\w*|вышл\w*|вышел|"
                              r"датирован\w*|опубликовал\w*)\b")


_DATED_RE = re.compile(r"\b(?:dated|датирован\w*)\b")  # a report's day, or a document's


_CLOCK_TIME_RE = re.compile(r"\b\d{1,2}:\d{2}\b")


def published_claim_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was the Astana Times article published on 28 October 2023?", "Отчёт Turkmenportal опубликован 26 мая?":
    the report's date, with "No:" above it when the day asked is another; None unless one report is put to
    a day it came out on."""
    asked = dates_in(r.words)
    text = " ".join(r.words)
    if len(asked) != 1 or not _PUBLISHED_ON_RE.search(text) or WH_RE.search(text) and not asks_yes_or_no(r):
        return None  # not "when did the Sputnik piece on the 27 October meeting come out": a date in its subject
    if "@list" in r.keys and not asks_yes_or_no(r):  # "list the documents signed ... on 26 October, as the Kyrgyz
        return None  # government published them": the list asked, the day the meeting's
    if "@document" in r.keys and not _PUBLISHED_ON_RE.search(_DATED_RE.sub(" ", text)):
        return None  # "в перечне сказано, что соглашение датировано 28 октября 2015 года?": the agreement's date
    named = sources_named(matcher, r)
    if r.people and len(named) > 1:  # "the Trend piece on Aripov": of Trend's two, the one quoting him
        named = [s for s in named if any(matcher.factbase.statements[i].speaker in r.people
                                         for i in derived(matcher).statements_by_source.get(s, []))]
    sources = [matcher.factbase.sources[n] for n in named]
    if len(sources) != 1 or (day := sources[0].published) is None:
        return None  # (an undated copy, AzerNews's, is "when was it published"'s to say)
    source = sources[0]
    lang = r.language
    years = {int(w) for w in r.words if is_year(w)}
    times = _CLOCK_TIME_RE.findall(r.question)  # "в 17:57": the time of day, where the report shows one
    right = (day.day, day.month) in asked and (not years or day.year in years) \
        and (not times or not source.published_time or source.published_time in times)
    answer = phrase(lang, "published_on", publisher=source.publisher, date=format_date(day, lang)
                    + (f", {source.published_time}" if times and source.published_time else ""))
    record = _record_reply(r, [source], [answer], "report")
    return record if right else with_changes(record, headline=f"{phrase(lang, 'role_no')} {record.headline}")


def agency_claim_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Asia-Plus took its Mishustin quotes from TASS, correct?": the agency the report credits for those
    facts, with "No:" above it when the question names another (Interfax, not TASS); None unless a
    yes-or-no question puts an agency to facts whose report credits them one by one."""
    text = " ".join(r.words)
    checked = asks_yes_or_no(r) or r.question.rstrip().endswith("?") and not WH_RE.search(text)  # "Trend cites X?"
    unheard = [m.group(0) for m in OTHER_AGENCY_RE.finditer(r.question)]  # "RIA Novosti": on no report's record
    # "why did Asia-Plus cite RIA", "why did AzerNews cite Trend": it didn't (an agency or another report put to it)
    why = text.startswith(("why", "почему", "зачем")) and (bool(unheard) or len(sources_named(matcher, r)) > 1)
    if not (_TAKEN_FROM_RE.search(text) or _credits(text) or _relies(text)) or not (checked or why):
        return None
    factbase = matcher.factbase
    named = sources_named(matcher, r)
    theirs = {factbase.statements[i].source for p in r.people for i in derived(matcher).statement_ids.get(p, ())} | {
        getattr(factbase.entry(i), "source", "") for p in r.people for i in derived(matcher).quoted_in.get(p, [])}
    if r.people and named and not set(named) & theirs:  # "Is Lebedev quoted via BelTA or via TASS?": TASS, which
        return None  # carries none of his words, is put as his agency (the agency rules' to answer), not checked
        # for its own
    carrying = [factbase.sources[n] for n in named]
    held = agencies_named(matcher, r)  # the agencies it names
    held_words = {w for part in held for w in tokenize(part)}
    # the facts the question is about, by their speaker or subject: not by the agency it names ("cites BelTA")
    credited = _credited_facts(matcher, read(matcher, without_words(r.question, held_words) or r.question, r.language)
                               if held_words and not r.people else r, carrying)
    if len(named) > 1:  # "Asia-Plus reported the next meeting citing TASS": the first report named carries it
        first = _first_named(matcher, r, named)
        credited = [e for e in credited if e.source == first] or credited
    vias = {e.via for e in credited if e.via}
    if not credited or not vias:
        return _report_agency_claim(matcher, r, named, held + unheard)
    carriers = {e.source for e in credited}
    claimed = [factbase.sources[n].publisher for n in named if n not in carriers]  # "from TASS": a report's name
    claimed += held + unheard
    if not claimed or why and not unheard and len(named) < 2:
        return None
    lang = r.language
    lines = [a[:1].upper() + a[1:] for a in _credited(matcher, credited, lang)]
    named_as = vias | {v for e in credited if (v := getattr(e, "via_ru", None))}  # "«Интерфакс»": Interfax in Russian
    wrong = [c for c in dict.fromkeys(claimed) if not any(holds_agency(matcher, read(matcher, v, "en"), c)
                                                          or c == v for v in named_as)]
    headline = "; ".join(lines) + "."
    if wrong:
        headline = f"{phrase(lang, 'role_no')} {headline}"
    # the facts themselves under it, with their quotes ("по данным AKIpress, what did Uzbekistan propose")
    return list_reply(factbase, lang, headline, [e.id for e in credited][:LIST_LENGTH], intent="attribution",
                      score=reading_score(r))


# news agencies no report here credits, which a question may wrongly put to one ("RIA Novosti", "Reuters")
OTHER_AGENCY_RE = re.compile(r"\b(?:RIA Novosti|RIA|Reuters|Kremlin|Кремл\w*|AFP|Associated Press|Xinhua|Kabar|Kazinform|UzA|Armenpress|"
                              r"APA|Khovar|Bloomberg|RBC|Sputnik Kyrgyzstan|24\.kg|РИА Новости|РИА|Рейтер\w*|Синьхуа|"
                              r"Кабар|Казинформ|Арменпресс|Ховар|РБК)\b")


def _named_at(matcher: Matcher, r: Reading, named: list[str]) -> dict[str, int]:
    """Where in the question each named report is first named (its length where none of its words is)."""
    return {n: min((i for i, w in enumerate(r.words) if w in publisher_words(matcher, n)), default=len(r.words))
            for n in named}


def _first_named(matcher: Matcher, r: Reading, named: list[str]) -> str:
    at = _named_at(matcher, r, named)
    return min(named, key=lambda n: at[n])


# a count of all the documents put to a report ("22 documents", "22 signed documents"; not "9 financing documents"
# nor "9 documents on financing", a count of one kind)
_DOCUMENTS_COUNTED_RE = re.compile(r"\b(\d{1,3})\s+(?:(?:signed|cooperation|подписанных|подписаны)\s+)?(?:documents?|"
                                   r"agreements?|документ\w*|соглашени\w*)\b(?!\s+(?:on|about|for|о|об|по|про)\b)",
                                   re.IGNORECASE)


def _report_agency_claim(matcher: Matcher, r: Reading, named: list[str], held: list[str]) -> Reply | None:
    """"Does TASS cite the Kyrgyz government's press service?", "Trend cites Interfax, right?": the agency the
    report first named credits as a whole (or that it names none), with "No:" when the question names
    another (`held`: the agencies it names); None when no agency is put to one report."""
    if not named:
        return None
    factbase = matcher.factbase
    at = _named_at(matcher, r, named)
    citer = factbase.sources[_first_named(matcher, r, named)]
    # a report named by its own words ("cite TASS"), not by a country's government ("the Kyrgyz government's press
    # service" names the agency TASS cites, not the Kyrgyz government's list)
    claimed = [factbase.sources[n].publisher for n in named
               if factbase.sources[n].publisher != citer.publisher and at[n] < len(r.words)]  # not Trend's other report
    own = agency_parts(citer.via or "") + agency_parts(citer.via_ru or "")
    if not claimed and not held:
        return None
    right = not claimed and all(part in own for part in held)  # "Asia-Plus cites BelTA": one of its three
    # (an agency no report credits, "Reuters", is in none)
    lang = r.language
    line = report_cites(citer, lang, by_fact=credits_by_fact(matcher, citer.id)) if citer.via \
        else phrase(lang, "report_cites_none", publisher=citer.publisher)
    record = _record_reply(r, [citer], [line[:1].upper() + line[1:]], "attribution")
    # "TASS reported 22 documents, citing ...": its count beside whom it cites ("No: TASS: 22." before them when
    # the question puts another number to it)
    own_counts = [a for a in derived(matcher).by_kind.get("count", []) if a.source == citer.id and a.count is not None
                  and a.counts == "documents"]
    asked = set(_DOCUMENTS_COUNTED_RE.findall(r.question))  # ("22 documents", not "on 26 October")
    counted = [a for a in own_counts if str(a.count) in asked] or (own_counts if asked else [])
    if counted:
        record = with_changes(list_reply(factbase, lang, record.headline, [a.id for a in counted],
                                         intent="attribution", score=record.score), details=record.details)
    if counted and not any(str(a.count) in asked for a in counted):
        parts = "; ".join(f"{citer.publisher}: {a.count}" for a in counted)
        record = with_changes(record, headline=f"{phrase(lang, 'count_report_not', parts=parts)} {record.headline}")
    no = phrase(lang, "role_no")
    return record if right or record.headline.startswith(no) else with_changes(record, headline=f"{no} {record.headline}")


# "what total of documents does TASS give, and on whose information is that figure based": its count asked too
_TOTAL_WORDS = frozenset("total figure figures count цифра цифру цифры итог всего".split())
# the words of asking a report's count and its source, beside the subject counted
_COUNTED_FRAME = frozenset({"@document", "@count", "@source", "@sign", "@adopt", "@who", "@say", "@cis", "@meeting"})
_COUNT_ASKED_RE = re.compile(r"\b(how many|what number|which number|exact number|сколько|какое число|какое точное число|"
                             r"точное число|skolko)\b")


# "which report cites Interfax", "кто ссылается на пресс-службу правительства Киргизии": the report is asked,
# by the agency it cites
_WHO_ASKED = frozenset("who кто kto".split())


# what only an agency's own story would tell: its headline, time, link or author ("the original Interfax story's
# headline", "во сколько вышло сообщение БелТА")
_OWN_STORY_RE = re.compile(r"\b(?:headline\w*|title|заголов\w*|zagolov\w*|publication\s+time|time\s+stamp|timestamp|"
                           r"what\s+time|во\s+сколько|время\s+публикации|url|byline|author|автор\w*|link|ссылк\w*\s+на\s+"
                           r"(?:материал|статью|сообщение|оригинал))\b", re.IGNORECASE)
_STORY_NOUN_RE = re.compile(r"\b(?:story|stories|article|piece|report|item|dispatch|wire|release|original|материал\w*|"
                            r"стать\w*|сообщени\w*|заметк\w*|новост\w*|публикаци\w*|первоисточник\w*|оригинал\w*)\b",
                            re.IGNORECASE)
_ORIGINAL = frozenset("original originally оригинал оригинальный оригинального первоисточник первоисточника".split())


def agency_story_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"What was the headline of the original Interfax story?": the reports cite the agency (or press
    service) for some words, and give nothing of its own story (headline, time, link, author), which is
    said; None unless such a thing of an agency that is no report here is asked. A report that is itself
    in the collection ("the headline of the AzerNews story citing Kun.uz") is the report's."""
    if not _OWN_STORY_RE.search(r.question) or not _STORY_NOUN_RE.search(r.question):
        return None  # (not "the author of the initiative AKIpress reported", "what title does AKIpress give Aripov")
    agencies = agencies_not_reports(matcher, r)
    if not agencies or sources_named(matcher, r) and not set(r.words) & _ORIGINAL \
            and not any(_story_of(r.question, a) for a in agencies):  # ("the Interfax story Asia-Plus relied on")
        return None
    agency = next((a for a in agencies if is_cyrillic(a) == (r.language == "ru")), agencies[0])
    return abstain(matcher, r, "attribution", phrase(r.language, "agency_story_not_given", agency=agency))


def _story_of(question: str, agency: str) -> bool:
    """True when the question speaks of the agency's own story: its name beside a story noun ("the Interfax
    story", "story by Interfax", "сообщения Интерфакса")."""
    words = tokenize(question)
    names = {stem(w) for w in tokenize(agency)} | {transliterate(w) for w in tokenize(agency)}
    at = [i for i, w in enumerate(words) if stem(w) in names or transliterate(w) in names]
    near = [j for i in at for j in (i - 1, i + 1)] + [i - 2 for i in at if i >= 2 and words[i - 1] in _OF_AGENCY]
    return any(0 <= j < len(words) and _STORY_NOUN_RE.fullmatch(words[j]) is not None for j in near)


_OF_AGENCY = frozenset("by from of".split())  # "the story by Interfax" (not "the article citing Interfax")


# outlets asked by their country: "which Azerbaijani outlets reported", "какие российские СМИ писали"
_OUTLETS_OF_RE = re.compile(r"\b(?:which|what|any|какие|какое|какая|какой|kakie|kakoe)\s+(?:\w+\s+)?(\w+)\s+(?:news\s+)?(?:outlets?|media|press(?!\s+(?:service|office|release))|"
                            r"agenc(?:y|ies)|newspapers?|websites?|сми|издани\w*|агентств\w*|газет\w*|сайт\w*)\b",
                            re.IGNORECASE)
_COUNTRY_OF_OUTLET_RE = re.compile(r"\b(?:издание|агентство|сми|сайт|газета)\s+(?:из\s+)?какой\s+страны\b|"
                                  r"\bиз\s+какой\s+страны\s+(?:издание|агентство|сми|сайт|газета)\b|"
                                  r"\b(?:which|what)\s+country\s+(?:is|are)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?\s+"
                                  r"(?:from|based|based\s+in)\b|\b(?:outlet|agency|publication|newspaper)\s+from\s+"
                                  r"(?:which|what)\s+country\b", re.IGNORECASE)
_CITING_WORDS = frozenset("""cite cites cited citing source sources rely relies relied relay relayed relays attribute
    attributes attributed credit credits credited quote quotes quoted quoting ссылается ссылаются ссылался ссылалась
    ссылкой источник источником источника цитирует цитируют цитировал цитировала""".split())


def outlets_by_country_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which Azerbaijani outlets reported on the meeting?": the fact base records no report's country, so none
    is picked by it (not The Astana Times, which a fact on Azerbaijan's delegate names); the reports themselves,
    each with its publisher, unanswered. None unless outlets are asked by a country's name."""
    if _COUNTRY_OF_OUTLET_RE.search(r.question) and not r.people:
        return _reports_not_by_country(matcher, r)  # "Asia-Plus — издание какой страны?", "what country is Trend from"
    if not _OUTLETS_OF_RE.search(r.question) or r.people or set(r.words) & _CITING_WORDS \
            or sources_named(matcher, r) or agencies_named(matcher, r):
        return None  # (not "which Russian agency does Asia-Plus cite for Mishustin": Interfax, its own line)
    named_countries = {k for _, keys in derived(matcher).publishers.values() for k in keys} \
        | agency_keys(matcher, derived(matcher).agencies)
    for found in _OUTLETS_OF_RE.finditer(r.question):
        tokens, _ = matcher.analyze(found.group(1))
        countries = {k for t in tokens for k in t.keys if k.startswith("C:")}
        if countries & named_countries:
            return None  # "which Armenian outlet": Sputnik Armenia names its country (as the Kyrgyz government does,
            # and TDH, "the Turkmen state news agency", its own)
        asked = [keys for keys in subject_keys(matcher, r, known_only=True)
                 if not keys & countries and not keys <= derived(matcher).meeting_keys | {"@source", "@say"}]
        if countries and asked:
            return None  # "which Russian agency reported 22 documents": the fact's own report answers (TASS)
        if countries:
            return _reports_not_by_country(matcher, r)
    return None


def _reports_not_by_country(matcher: Matcher, r: Reading) -> Reply:
    """Every report, each by its publisher, under the note that no outlet's country is kept; unanswered."""
    listed = fact_reply(matcher.factbase, SOURCES_ID, r.language, score=reading_score(r))
    return with_changes(listed, answered=False, intent="report", headline=phrase(r.language, "outlet_country_not_kept"))


def citing_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which report cites Interfax", "кто ссылается на пресс-службу правительства Киргизии": the reports
    whose own line names that agency as their source, each with its line. None when the question names no
    agency a report cites, or names the report itself (`report_itself` answers that)."""
    text = " ".join(r.words)
    if not (_credits(text) or _relies(text) or _QUOTING_RE.search(text)):
        return None
    if not (WHICH_REPORT_ASKED_RE.search(text) or set(r.words) & _WHO_ASKED) or r.people:
        return None
    lang = r.language
    sources = [s for s in matcher.factbase.sources.values()
               if any(holds_agency(matcher, r, part) for text_ in (s.via or "", s.via_ru or "")
                      for part in agency_parts(text_))]
    if not sources:
        return None
    if _cited_on_a_subject(matcher, r):  # "who reported the Ashgabat meeting citing BelTA": that fact's attribution,
        held = agencies_named(matcher, r)  # with its words; citing Interfax, which it is not credited to: whom it is
        bare = read(matcher, without_words(r.question, {w for part in held for w in tokenize(part)}) or r.question, lang)
        credited = [e for e in _credited_facts(matcher, bare, list(matcher.factbase.sources.values())) if e.via]
        if not credited or any(part.lower() in f"{e.via} {getattr(e, 'via_ru', '') or ''}".lower()
                               for e in credited for part in held):
            return None
        carriers = [matcher.factbase.sources[i] for i in dict.fromkeys(e.source for e in credited)]
        return _record_reply(r, carriers, _credited(matcher, credited, lang), "attribution")
    return _record_reply(r, sources, [report_cites(s, lang, by_fact=credits_by_fact(matcher, s.id))
                                      for s in sources], "attribution")


def _cited_on_a_subject(matcher: Matcher, r: Reading) -> bool:
    """True when the question asks who reported something the facts hold, citing an agency ("who reported the next
    meeting is in Ashgabat, citing BelTA?"): that fact's attribution answers it, not the reports' record."""
    cited = agency_keys(matcher, [text for s in matcher.factbase.sources.values() for text in (s.via, s.via_ru) if text])
    subject = [keys for keys in subject_keys(matcher, r, known_only=True, outcome=False)
               if not keys & (cited | {"@source"})]  # (not "информация об итогах": the results are every report's)
    return any(doc_holds(matcher, fact_id, subject) for fact_id in matcher.doc_by_id) if subject else False


def _report_lines(matcher: Matcher, r: Reading, sources: list[Source], key: str,
                  value: Callable[[Source], str | None], missing: str) -> Reply:
    """Each named report's `value` (its dateline, its time) under `key`'s phrase, with its line; an
    abstention saying what the fact base does not keep when one of them has none."""
    values = [value(s) for s in sources]
    if not sources or not all(values):
        return abstain(matcher, r, "report", phrase(r.language, missing))
    return _record_reply(r, sources, [phrase(r.language, key, publisher=s.publisher, value=v)
                                      for s, v in zip(sources, values, strict=True)], "report")


_GIVE_LINK_RE = re.compile(r"\b(?:дай|дайте|скинь|скиньте|пришли|пришлите|нужна|нужен|какая|какой|где|daj|dai) "
                           r"(?:мне |mne )?(?:ссылк\w*|адрес\w*|ssylk\w*)")
_LINK_WORDS = frozenset("url urls link links address web адрес адресу урл ссылку ssylku".split())


def _documents_counted(matcher: Matcher, r: Reading) -> Reply | None:
    """How many documents each report says were signed, all of them, under a headline that says whether they differ
    ("the TASS headline says over 20: how many exactly?"); None when no report counts them."""
    counts = [a for a in derived(matcher).by_kind.get("count", []) if a.counts == "documents" and a.count is not None]
    if not counts:
        return None
    parts = "; ".join(f"{matcher.factbase.sources[a.source].publisher}: {a.count}" for a in counts)
    key = "count_documents_differ" if len({a.count for a in counts}) > 1 else "count_documents"
    return list_reply(matcher.factbase, r.language, phrase(r.language, key, parts=parts), [a.id for a in counts],
                      intent="count", fact_id=counts[0].id, score=reading_score(r))


def _quotes_none_of(matcher: Matcher, r: Reading, named: list[str], person: str) -> Reply:
    """"Whom did TASS cite for Mishustin's speech": the report named quotes nothing of the person's, which is
    said, with the reports that do and whom they credit for it (unanswered: the question's report has none)."""
    factbase = matcher.factbase
    lang = r.language
    speaker = factbase.speakers[person]
    publishers = publishers_of(factbase, named)
    note = phrase(lang, "report_quotes_none_of", publisher=publishers, name=speaker_name(speaker, lang))
    quoting = [factbase.sources[source] for source, ids in derived(matcher).statements_by_source.items()
               if any(factbase.statements[i].speaker == person for i in ids)]
    lines = _credited(matcher, _credited_facts(matcher, r, quoting), lang) or \
        [report_cites(s, lang, by_fact=credits_by_fact(matcher, s.id)) for s in quoting if s.via]
    return abstain(matcher, r, "report", " ".join([note, *(line.rstrip(".") + "." for line in lines)]))


# "which reports mention Mustafayev", "в каких материалах упоминается Мустафаев": the reports naming someone
_NAMING_RE = re.compile(r"\b(?:mention|mentions|mentioned|name|names|named|list|lists|listed|feature|features|"
                        r"featured|упоминает\w*|упоминается|упоминают|упомянут\w*|называет|называют|назван\w*|"
                        r"фигурирует)\b")
_IN_WHICH_RE = re.compile(r"\b(?:в|v)\s+(?:каких|какой|каком|kakih|kakikh)\s+(?:материал|публикаци|стать|источник|"
                          r"сообщени|заметк|издани|отч[её]т)\w*|\bкакие\s+(?:издания|сми|публикации|агентства)\b")


# what "which reports mention X" is made of besides X: the reports, the list of participants, the meeting
_NAMING_FRAME = frozenset({"@source", "@who", "@list", "@participate", "@meeting", "@cis", "@document"})
_NAMING_NOUNS = _OUTLETS | frozenset("""outlet outlets издании изданиях материале материалах публикациях списке список
    участников""".split())
_QUOTING_WORDS_RE = re.compile(r"\b(?:quot\w*|cit\w*|said|say|says|words|remarks|speech|statements?|carr\w*|cover\w*|"
                               r"source|цитир\w*|слова|сказал\w*|заявил\w*|назвал\w*|выступлени\w*|высказывани\w*|"
                               r"заявлени\w*|источник\w*)\b")  # (their words and where they come from, not their name)


def reports_naming_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which reports mention Mustafayev?", "В каких материалах упоминается Шахин Мустафаев?": the reports of the
    facts kept that name the person (their entry's, their words', any quote naming them), each with its line;
    None unless one person and which reports name them is all that is asked (not what they quote of them:
    "which reports quote Aripov")."""
    text = " ".join(r.words)
    if len(r.people) != 1 or not _NAMING_RE.search(text) \
            or not (WHICH_REPORT_ASKED_RE.search(text) or _IN_WHICH_RE.search(text)) \
            or {"@propose", "@count", "@document", "@sign"} & r.keys or _QUOTING_WORDS_RE.search(text):
        return None  # ("mention" reads as saying; "quote" asks their words)
    factbase = matcher.factbase
    speaker = factbase.speakers.get(r.people[0])
    if speaker is None or any(keys - _NAMING_FRAME and not keys & _NAMING_NOUNS and not any(k.startswith("P:") for k in keys)
                              for keys in subject_keys(matcher, r)):
        return None  # ("which report mentions that Smailov visited Ashgabat": a claim, not only his name)
    names = surnames_of(speaker)
    # the reports of the facts kept that name them: their own entry's, their words', any quote naming them
    ids = [speaker.source, *(e.source for e in factbase.entries() if getattr(e, "speaker", None) == speaker.id
                             or any(name in (getattr(e, "quote", "") or "").lower() for name in names))]
    naming = [factbase.sources[i] for i in dict.fromkeys(ids) if i in factbase.sources]
    if not naming:
        return None
    publishers = ", ".join(dict.fromkeys(s.publisher for s in naming))
    line = phrase(r.language, "named_in", name=speaker_name(speaker, r.language), publishers=publishers)
    return _record_reply(r, naming, [line], "attribution")


def _record_reply(r: Reading, sources: list[Source], answers: list[str], intent: str) -> Reply:
    """The answers about the named reports' own record (whom they cite, their headline, date, time,
    dateline), once each ("Trend's report is in English": two reports, one line), with each report's line."""
    headline = "; ".join(dict.fromkeys(answers)) + "."
    return Reply(r.language, True, headline[:1].upper() + headline[1:], SOURCES_ID, "sources", reading_score(r),
                 details=tuple(source_line(s, r.language) for s in sources), intent=intent)


# the words of comparing two reports' versions: no subject of the question
_COMPARING = frozenset("""compare compared comparing differ differs different difference differences version versions
    text texts wording wordings account accounts отличаются отличается различаются разница отличие отличия сравни
    сравните текст тексты текстах версии версия формулировки изложение
    direct directly quote quotes quoted reported speech paraphrase paraphrased verbatim прямая прямой прямую цитата
    цитаты цитату пересказ дословно quotation quotations report reports presented characterisation
    characterization""".split())  # (and of asking how each quotes it: "any direct quote ... or all
# reported speech?")


def from_each_report(matcher: Matcher, r: Reading) -> Reply | None:
    """"Trend and AzerNews both covered Aripov: how does each word it?": for a question naming two
    reports or more and a person (or a subject only one person's words in them hold: "Trend and AzerNews both
    say the FTA should be revised ... - each version?"), that person's statements in each report that match
    best, each under its own report's name; None unless every named report quotes the person."""
    named = sources_named(matcher, r)
    if len(named) < 2:
        return None
    factbase = matcher.factbase
    names = set().union(*(publisher_words(matcher, source) for source in named))
    bare = " ".join(w for w in r.question.split() if not word_forms(w) & names
                    and not word_forms(w) & _COMPARING) or r.question  # "чем отличаются тексты": no subject
    # the subject asked about ("on energy"), beyond the person: each report's statements must hold it
    subject = [keys for keys in subject_keys(matcher, read(matcher, bare, r.language), known_only=True)
               if not any(k.startswith(("P:", "C:")) for k in keys)]
    person = r.people[0] if r.people else _the_one_speaker_on(matcher, named, subject)
    if person is None:
        return None
    shown = []
    for source in named:  # ("Trend" names two reports: the one quoting the person is meant)
        theirs = [i for i in derived(matcher).statements_by_source.get(source, [])
                  if factbase.statements[i].speaker == person
                  and (not subject or holds_the_subject(matcher, i, subject))]
        scored = matcher.score_facts(bare, theirs, r.language)
        shown += [c.fact_id for c in scored if c.confidence >= scored[0].confidence - TIE_MARGIN]
    publishers = list(dict.fromkeys(factbase.sources[factbase.statements[i].source].publisher for i in shown))
    if not publishers or len(publishers) == 1 and not subject:
        return None
    one_outlet = len({factbase.sources[source].publisher for source in named}) == 1  # ("Trend": its two reports)
    headline = phrase(r.language, "each_report") if len(publishers) > 1 else \
        phrase(r.language, "said_in", publisher=publishers[0], count=len(shown)) if one_outlet else \
        phrase(r.language, "only_report", publisher=publishers[0])  # the other named report has none of it (not
    # "only Trend carries this" where Trend alone is named: that would confirm "only Trend says ...")
    return list_reply(factbase, r.language, headline, shown, intent="retrieval", score=reading_score(r))


def each_reports_facts_on(matcher: Matcher, r: Reading) -> Reply | None:
    """"What do Asia-Plus, TASS and The Astana Times each say about the next meeting?": each named report's facts
    on the subject that match best, under its own report's name; None unless two reports or more and no person
    are named, "each" (or a comparison) is asked, a subject beyond a count is, and every named report has a fact
    on it."""
    named = sources_named(matcher, r)
    if len(named) < 2 or r.people or not _EACH_ASKED & set(r.words) or "@count" in r.keys \
            or _EACH_FIGURES & set(r.words):  # ("... give different figures: what does each say": their counts)
        return None
    factbase = matcher.factbase
    names = set().union(*(publisher_words(matcher, source) for source in named))
    bare = " ".join(w for w in r.question.split() if not word_forms(w) & names and not word_forms(w) & _COMPARING) \
        or r.question
    asked = read(matcher, bare, r.language)
    subject = [keys for keys in subject_keys(matcher, asked, known_only=True)
               if not any(k.startswith(("P:", "C:")) for k in keys) and not keys <= {"@source", "@say"}]
    subject += [{key} for key in _EACH_FRAME_SUBJECTS if key in asked.keys]  # ("about the next meeting", "the documents")
    if not subject:
        return None
    shown: list[str] = []
    for source in named:
        theirs = [e.id for e in factbase.entries() if getattr(e, "source", None) == source
                  and holds_the_subject(matcher, e.id, subject)]
        scored = matcher.score_facts(bare, theirs, r.language)
        if not scored:
            return None
        shown += [c.fact_id for c in scored if c.confidence >= scored[0].confidence - TIE_MARGIN][:_EACH_SHOWN]
    return list_reply(factbase, r.language, phrase(r.language, "each_report"), list(dict.fromkeys(shown)),
                      intent="retrieval", score=reading_score(r))


_EACH_ASKED = frozenset("each respectively каждый каждая каждое каждого соответственно".split())
_EACH_SHOWN = 2  # a report's facts shown at most, when several match alike
_EACH_FIGURES = frozenset("figure figures number numbers count counts tally цифры цифр цифра цифрах числа число".split())
_EACH_FRAME_SUBJECTS = ("@next", "@document")  # frame words that are what each report is asked of


def _the_one_speaker_on(matcher: Matcher, named: list[str], subject: list[set[str]]) -> str | None:
    """The one speaker whose words on the subject each named report carries, or None (no subject, or none or
    several)."""
    if not subject:
        return None
    factbase = matcher.factbase
    by_publisher: dict[str, set[str]] = {}  # ("Trend" names two reports: either one's words count)
    for source in named:
        by_publisher.setdefault(factbase.sources[source].publisher, set()).update(
            factbase.statements[i].speaker for i in derived(matcher).statements_by_source.get(source, [])
            if holds_the_subject(matcher, i, subject))
    common = set.intersection(*by_publisher.values()) if len(by_publisher) > 1 else set()
    return next(iter(common)) if len(common) == 1 else None


# "which report gives the full list of documents", "где найти полный список", "which source lists the
# delegation heads": the report holding the list, not a fact from it
_LIST_RE = re.compile(r"\b(list|lists|listed|listing|numbered|full|complete|список|списком|списка|перечень|"
                      r"перечня|перечисляет|перечислены|полный|полностью|spisok)\b")
_WHICH_REPORT_RE = re.compile(r"\b(which|what|where|какой|какая|какое|какие|каком|какого|какую|каких|где|gde|kakoy|kakaya)\b.*\b(report|reports|"
                              r"source|sources|outlet|publication|publisher|body|website|site|find|найти|источник\w*|"
                              r"издани\w*|публикаци\w*|орган|ведомств\w*|сайт\w*|агентств\w*|istochnik\w*)\b")
_WHO_PUBLISHED_RE = re.compile(r"\b(who|кто|kto|where|где|gde)\b.*\b(publish\w*|released?|put out|опубликова\w*|"
                               r"выложил\w*|выложен\w*|opublikova\w*)\b")
# ("who published the full list", "кто опубликовал список", "где опубликован полный перечень")
_PEOPLE_LISTED = frozenset("""participants participant delegations delegation heads leaders prime ministers
    участников участники делегаций делегации глав главы премьеров премьер-министров""".split())


def report_with_the_list(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which report gives the full list of the documents / of the delegation heads": the reports
    the fact base holds that list as one (a document list of LIST_LENGTH or more items, the
    participants' sentence), each with its line; None for any other question."""
    text = " ".join(r.words)
    if not _LIST_RE.search(text) or not (_WHICH_REPORT_RE.search(text) or _WHO_PUBLISHED_RE.search(text)) \
            or _WHICH_LANGUAGE_RE.search(text):
        return None
    if _beyond_the_list(matcher, r):  # "which report lists the medal document / the 22 / the Sochi ones"
        return None
    factbase = matcher.factbase
    lang = r.language
    if {"@document", "@sign", "@adopt"} & r.keys:
        counted: dict[str, int] = {}
        for agreement in meeting_documents(matcher):
            counted[agreement.source] = counted.get(agreement.source, 0) + 1
        holders = [s for s, n in sorted(counted.items(), key=lambda item: -item[1]) if n >= LIST_LENGTH]
        key = "list_of_documents_in"
    elif set(r.words) & _PEOPLE_LISTED or "@participate" in r.keys:
        quoting = [s.source for s in factbase.speakers.values() if s.attended and isinstance(s.source, str)]
        holders = [max(set(quoting), key=quoting.count)] if quoting else []
        key = "list_of_participants_in"
    else:
        return None
    if not holders:
        return None
    sources = [factbase.sources[s] for s in holders]
    headline = phrase(lang, key, publishers=", ".join(s.publisher for s in sources))
    return Reply(lang, True, headline, SOURCES_ID, "sources", reading_score(r),
                 details=tuple(source_line(s, lang) for s in sources), intent="report")


# "which report comes from the host country's government", "какая публикация — от правительства Кыргызстана"
_FROM_A_GOVERNMENT_RE = re.compile(r"\b(?:which|what)\b.*\b(?:reports?|sources?|publications?|articles?|stor(?:y|ies))\b"
                                   r".*\b(?:from|by|is)\b|\bкак\w*\b.*\b(?:публикаци|источник|сообщени|стать)\w*\b.*\bот\b")
_HOST_WORDS = frozenset("host host's hosting hosts принимающей принимающая хозяйки".split())
_GOVERNMENT_FRAME = frozenset({"@source", "@country", "@participate", "@where", "@who", "@meeting", "@cis"})


def report_of_a_government(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which report comes from the host country's government": the reports a government published (the Kyrgyz
    Cabinet of Ministers), found by the country named or the host's; None for any other question, or when no
    report is that government's (then the others say what there is)."""
    words = set(r.words)
    if not words & OFFICIAL_WORDS or not _FROM_A_GOVERNMENT_RE.search(" ".join(r.words)) or r.people:
        return None
    countries = set(r.countries) or (set(derived(matcher).host) if words & _HOST_WORDS else set())
    frame = _GOVERNMENT_FRAME | derived(matcher).meeting_keys | {stem(w) for w in OFFICIAL_WORDS}
    if not countries or r.keys - frame:  # (not "which report mentions the medal, and is it in the Kyrgyz
        return None  # government's list": the medal is asked)
    factbase = matcher.factbase
    theirs = [source for sid, source in factbase.sources.items()
              if derived(matcher).publishers[sid][1] & countries and set(tokenize(source.publisher)) & OFFICIAL_WORDS]
    if not theirs:
        return None
    headline = phrase(r.language, "government_report", publishers=", ".join(s.publisher for s in theirs))
    return Reply(r.language, True, headline, SOURCES_ID, "sources", reading_score(r),
                 details=tuple(source_line(s, r.language) for s in theirs), intent="report")


# the words of "which report gives the full list of the documents signed / of the heads of delegation"
_LIST_FRAME = frozenset({"@document", "@sign", "@adopt", "@list", "@source", "@participate", "@meeting", "@cis",
                         "@who", "@where", "@country", "@premier", "@minister", "@role"})
_LIST_FRAME_WORDS = _PEOPLE_LISTED | frozenset("""full complete numbered list lists listed listing give gives given
    find publish published publishes site website body outlet publication report reports source sources titles names
    приводит приводят даёт дает gives carries
    полный полностью список списком списка перечень перечня перечисляет перечислены найти опубликовал опубликовала
    опубликовало опубликован опубликована сайт сайте орган ведомство источник источнике издание публикация названия
    названиями наименования наименованиями полными полные полным полного нумерованный пронумерованный spisok""".split())


def _beyond_the_list(matcher: Matcher, r: Reading) -> bool:
    """True when the question names something besides the list itself: a document, a number, a
    place or another meeting, a language."""
    if any(w.isdigit() for w in r.words) or r.countries or r.people:
        return True
    tokens, unknown = matcher.analyze(r.question)
    frame = _LIST_FRAME | derived(matcher).meeting_keys  # ("the list of documents signed at the Bishkek meeting")
    return any(not set(t.keys) <= frame and t.word not in _LIST_FRAME_WORDS for t in tokens) \
        or any(len(w) > 3 and w not in _LIST_FRAME_WORDS for w in unknown)


# "what did TASS report", "о чём пишет Asia-Plus", "summarise the Trend story": what one report holds,
# asked with nothing beside the report's name and these words
_CONTENTS_CUES = frozenset("""what whats summarise summarize summary sum что чём чем chto chem о o перескажи
    перескажите кратко main key главные основные ключевые главное основное какие какая какое kakie""".split())
# what a report does with its facts ("what did TASS report", "what facts come from Trend")
_REPORTING = frozenset("""передало передал передала передают передаёт передает peredal peredalo soobshchil soobshchilo
    soobshchalo сообщало chto сообщил сообщила сообщили писал писала писали писало написал написала написали pisal
    pisala pisali
    facts fact come comes say says said report reports reported write writes wrote list lists
    listed cover covers covered contain contains in пишет писал писала написал написала написали пишут сообщает
    сообщил сообщила сообщило сообщили сообщало сообщал сообщала сообщали писало написало рассказал рассказала
    рассказывает говорится сказано содержит pishet soobshchaet soobshchil факты publish published опубликовал
    опубликовало опубликовала add adds added добавляет добавил добавило добавила pisal pisala pishut napisal
    soobshchayut soobshila soobshil soobshilo soobshili soobshchila soobshchili napisala napisali pisali сообщается
    сообщалось soobshchaetsya soobshaetsya""".split())
_MORE_OF_IT = frozenset("ещё еще else more also также другого другое eshche".split())  # "что ещё сообщило БелТА"
_CONTENTS_WORDS = _CONTENTS_CUES | REPORT_NOUNS | _PIECE_WORDS | _REPORTING | frozenset("""did does do is was the a an
    its it of on about up s written hold holds tell tells us me please have has from there говорит есть у из в во
    какие were are main key own principal points give show list сообщения статьи публикации заметки материала главные основные ключевые главное основное собственной
    собственном своей своём своем сведения сведений информация информацию information details facts данные данных
    приводятся приводится приводят материалах материалы коротко briefly short brief года году год year they""".split())
# ("Trend, 26 февраля 2024 года — коротко: что сообщили")
_THE_MEETING = frozenset("""meeting заседании заседанию заседание заседания встрече встречи встреча встречу zasedanie zasedanii
    pro про об обо это этом этой eto etom etoj cherez через""".split())  # ("pro eto zasedanie (cherez Asia-Plus)")
_THE_COUNCIL = frozenset("сгп sgp council совет совета совете снг sng cis".split())
# a word of reporting, or the piece itself ("what's in the piece"): without one, "what is TDH" is no such question
_CONTENTS_VERBS = _PIECE_WORDS | _REPORTING | frozenset("""carry carries carried summarise summarize summary sum
    перескажи перескажите""".split())


def _paired(english: list[str], russian: list[str]) -> list[tuple[str, str]]:
    """A `via` line's agencies with their Russian names, where both lines list as many."""
    return list(zip(english, russian, strict=True)) if len(english) == len(russian) else [(a, a) for a in english]


_CITING = frozenset("cite cites cited citing credit credits credited attributed attribute attributes for ссылается ссылалась ссылаются ссылкой ссылками".split())
# "what did BelTA and Interfax each report", "три агентства: кто что сообщил": each agency's, together
_EACH_OF_THEM = frozenset("""and each both respectively which who agency agencies according to per three two и а каждое
    каждый каждого оба обa по отдельности кто агентства агентство агентств три два""".split())


# whose words an agency is credited with: "who was quoted by Interfax", "кого цитирует «Интерфакс»", "whose words
# are credited to BelTA"
_QUOTED_BY_AGENCY_RE = re.compile(r"\b(quoted|quotes|quote|quoting|credited|credits|words|цитир\w*|процитировал\w*|слова|"
                                  r"приписыва\w*|citir\w*|tsitir\w*)\b")
_WHO_OF_THEM = frozenset("who whom whose which кого кто чьи чьё чье чья какого какие kogo kto".split())


def agency_quotes_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who was quoted by Interfax", "кого цитирует «Интерфакс»": the words the reports credit to the agency
    (Asia-Plus, citing Interfax, for Mishustin's), or those of a report that cites it for all of it. None when
    no such agency is named, someone is, a report is (its rules answer), or nobody's words are credited to it."""
    words = set(r.words)
    if r.people or not words & _WHO_OF_THEM or not _QUOTED_BY_AGENCY_RE.search(" ".join(r.words)):
        return None
    held = agencies_named(matcher, r)
    if not held:
        return None
    factbase = matcher.factbase
    if any(not set(agency_parts(factbase.sources[n].via or "")) & set(held) for n in sources_named(matcher, r)):
        return None  # a report named in its own right ("who does TASS quote"; not "Kun.uz", AzerNews's agency)
    ids = [s.id for s in factbase.statements.values() if credited_agencies(factbase, s) & set(held)]
    if not ids:
        return None
    report = " / ".join(dict.fromkeys(factbase.sources[factbase.statements[i].source].publisher for i in ids))
    agency = next((a for a in held if a.lower() in r.question.lower()), held[0])
    headline = phrase(r.language, "agency_contents", agency=agency, report=report, count=len(ids))
    return list_reply(factbase, r.language, headline, ids, intent="attribution", score=reading_score(r))


def agency_contents(matcher: Matcher, r: Reading) -> Reply | None:
    """"What did AKIpress report", "что сообщил Интерфакс": an agency a report cites is no report of
    its own here; the facts whose quotes credit it by name (Asia-Plus: "AKIpress says ..."), with that
    report named. None when the question asks more than that, or no quote names the agency."""
    words = set(r.words)
    named = sources_named(matcher, r)  # "what did Asia-Plus cite BelTA for": that report's facts crediting BelTA
    if not words & _CONTENTS_CUES or not words & (_CONTENTS_VERBS | _CITING) or r.people:
        return None
    factbase = matcher.factbase
    prefixes = {w[:5] for s in factbase.sources.values() for text_ in (s.via or "", s.via_ru or "")
                for w in tokenize(text_) if w not in VIA_FILLER}
    if not any(w[:5] in prefixes for w in r.words):
        return None  # no agency's name in the question (the cheap test, before each agency is read)
    pairs = {(en.strip(), ru.strip()) for s in factbase.sources.values() if s.via
             for en, ru in _paired(agency_parts(s.via), agency_parts(s.via_ru or s.via))
             if holds_agency(matcher, r, en) or holds_agency(matcher, r, ru)}
    if not pairs:
        return None
    carriers = {s.id for s in factbase.sources.values() if s.via and any(
        holds_agency(matcher, read(matcher, s.via, "en"), en) for en, _ in pairs)}
    if named and not words & _CITING and not set(named) <= carriers:
        return None  # "what did TASS report on Interfax's figures": TASS's report, not what an agency is credited for
    agencies = {name.strip("«»") for pair in pairs for name in pair}
    naming = {stem(w) for a in agencies for w in tokenize(a)} | {transliterate(w) for a in agencies for w in tokenize(a)}
    reports = set().union(*(publisher_words(matcher, n) for n in named)) if named else set()
    rest = {w for w in words if stem(w) not in naming and transliterate(w) not in naming
            and not {w, stem(w)} & reports} - _CONTENTS_WORDS - _CITING - _EACH_OF_THEM - _MORE_OF_IT - _THE_MEETING
    rest = {w for w in rest if stem(w) not in derived(matcher).meeting_keys and w not in STOPWORDS}  # "about the
    # Bishkek meeting"; "со ссылкой на": no subject either
    # ("what did AKIpress report about the meeting, according to Asia-Plus": the meeting is no subject)
    tokens, unknown = matcher.analyze(" ".join(sorted(rest))) if rest else ([], [])
    subject = [set(t.keys) for t in tokens if t.keys]
    if rest and (unknown or not subject or r.countries):
        return None  # "what did Interfax report about Mishustin": a subject, which retrieval weighs
    ids = [e.id for e in factbase.entries()
           if e.source in {s.id for s in factbase.sources.values() if s.via} and (not named or e.source in named)
           and any(re.search(rf"\b{re.escape(a)}\b", f"{e.quote} {getattr(e, 'via', None) or ''} "
                             f"{getattr(e, 'via_ru', None) or ''}", re.IGNORECASE) for a in agencies)]
    if subject:  # "что сообщило БелТА об итогах заседания": those of its facts that hold the subject
        ids = [i for i in ids if doc_holds(matcher, i, subject, share=0.5)]
    if not ids:
        return None
    publishers = " / ".join(dict.fromkeys(factbase.sources[factbase.entry(i).source].publisher  # type: ignore[union-attr]
                                          for i in ids))
    shown = sorted(ru if r.language == "ru" else en for en, ru in pairs)
    headline = phrase(r.language, "agency_contents", agency=", ".join(shown), report=publishers,
                      count=len(ids))
    return list_reply(factbase, r.language, headline, ids, intent="report", score=reading_score(r))


# the first or the last of the reports, asked as such ("which is the earliest report", "самая свежая публикация")
# (not "which report came out first": of the reports on the meeting, a question of hours no report settles)
_MANY_PIECES = frozenset("""source sources outlet outlets источник источников публикаций статей материалов сообщений
    заметок""".split())
_EARLIEST = frozenset("earliest oldest ранняя ранний раннее самая самый".split())
_LATEST = frozenset("latest newest recent most свежая свежий поздняя поздний".split())
_ORDER_FRAME = frozenset("""which what who whose is was the a in of set collection among all them these your my out
    outlet outlets published publish came come appeared и из в какая какой какое кто чья чей вышла вышел вышло
    опубликована опубликован опубликовал опубликовала была был это всех всё все них source sources источник источники
    источников набора наборе самая самый most and did it say said says report reported contain contains write wrote
    tell told что о чём чем пишет писала писал сообщала сообщил сообщает говорится ней нём неё""".split()) \
    | REPORT_NOUNS | _PIECE_WORDS | _MANY_PIECES


def earliest_report_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which is the earliest report in the set?", "какая публикация самая свежая?": the report published
    first (or last), with what it holds; None unless the order of the reports is all that is asked."""
    words = set(r.words)
    first, last = bool(words & (_EARLIEST - {"самая", "самый"})), bool(words & (_LATEST - {"most"}))
    if first == last or not words & (REPORT_NOUNS | _PIECE_WORDS | _MANY_PIECES) \
            or words - _ORDER_FRAME - _EARLIEST - _LATEST or r.people or r.countries:
        return None
    factbase = matcher.factbase
    dated = sorted((s for s in factbase.sources.values() if s.published), key=lambda s: s.published or date.min)
    if not dated:
        return None
    end = dated[0].published if first else dated[-1].published
    chosen = [s for s in dated if s.published == end]
    ids = [e.id for e in factbase.entries() if e.source in {s.id for s in chosen}]
    if not ids or end is None:
        return None
    lang = r.language
    headline = phrase(lang, "earliest_report" if first else "latest_report",
                      publisher=", ".join(s.publisher for s in chosen), date=format_date(end, lang))
    return list_reply(factbase, lang, headline, ids, intent="report", score=reading_score(r))


_FIRST_OUT = frozenset("first earlier earliest sooner before раньше ранее первой первым первая первее".split())
_LATER_OUT = frozenset("later latest after позже позднее последней последним".split())
_OUT_WORDS = frozenset("""came come out published publish appeared appear вышла вышел вышло вышли опубликована
    опубликован опубликовано опубликованы опубликовали опубликовал опубликовала появилась""".split())


def which_came_first_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which report came out first, TASS or Asia-Plus?": the named reports in the order they came out, each
    with its date (and time, where it shows one); None unless two reports or more are named and their order
    of publication is asked."""
    words = set(r.words)
    if not words & (_FIRST_OUT | _LATER_OUT) or not words & (_OUT_WORDS | REPORT_NOUNS | _PIECE_WORDS):
        return None  # ("Trend's report on Aripov or AzerNews's": a person may say which report is meant)
    named = sources_named(matcher, r)
    months = set(months_named(r.words).values())
    sources = [s for n in named if (s := matcher.factbase.sources[n]).published is None or not months
               or s.published.month in months or not any(o.publisher == s.publisher and o.id != s.id
                                                         for o in matcher.factbase.sources.values())]
    # ("Trend's February report or Turkmenportal's": of Trend's two, the one of February)
    if len({s.publisher for s in sources}) < 2:
        return None  # ("Trend later reported the date": one publisher's two reports are no order asked)
    lang = r.language
    ordered = sorted((s for s in sources if s.published), key=lambda s: (s.published or date.min, s.published_time or ""))
    lines = [phrase(lang, "published_on", publisher=s.publisher, date=published_on(s, lang)) for s in ordered]
    undated = [s for s in sources if not s.published]
    if undated:  # "Trend or AzerNews": the AzerNews copy shows no date, so no order is given
        undated_line = phrase(lang, "no_date_shown", publisher=", ".join(s.publisher for s in undated)).rstrip(".")
        return with_changes(_record_reply(r, [*ordered, *undated], [undated_line, *lines], "report"), answered=False)
    same = ordered[0].published == ordered[1].published and not (ordered[0].published_time
                                                                  and ordered[1].published_time)
    lead = phrase(lang, "same_day_out") if same else phrase(lang, "came_out_first", publisher=ordered[0].publisher)
    return _record_reply(r, ordered, [lead, *lines], "report")


def report_contents(matcher: Matcher, r: Reading) -> Reply | None:
    """The facts a named report holds, as a list ("what did TASS report", "о чём пишет Asia-Plus"),
    when the question asks nothing beside the report; None otherwise."""
    words = set(r.words)
    if not words & _CONTENTS_CUES or not words & _CONTENTS_VERBS:
        return None
    named = sources_named(matcher, r)
    if not named:
        return None
    sources = matcher.factbase.sources
    adjectives = month_adjectives(r.words)  # "в октябрьской заметке"
    asked = set(months_named(r.words).values()) | set(adjectives.values())
    dated = [s for s in named if (p := sources[s].published) and p.month in asked]
    named = dated or named  # "what did Trend report in February 2024": that report, not the October one
    in_year = [s for s in named if (p := sources[s].published) and str(p.year) in r.words]
    named = in_year or named  # "what did Trend report in 2024"
    naming = {form for source in named for word in tokenize(sources[source].publisher) for form in word_forms(word)}
    naming |= {form for source in named for word in publisher_words(matcher, source) for form in word_forms(word)}
    published = [sources[s].published for s in named]
    months = {r.words[i] for i, month in months_named(r.words).items()
              if any(p and p.month == month for p in published)} | adjectives.keys()
    years = {str(p.year) for p in published if p} | {str(p.day) for p in published if p and p.month in asked}
    rest = {w for w in words if not word_forms(w) & naming} - _CONTENTS_WORDS - SITE_PARTS - months - years - _MORE_OF_IT
    if words & OFFICIAL_WORDS:  # "what did the Kyrgyz government report": its own report, named by its country
        countries = {k for s in named for k in derived(matcher).publishers[s][1]}
        rest -= OFFICIAL_WORDS | country_words(matcher, r.question, countries)
    if not asked:  # "its report on the meeting": the report's meeting (not "on the October meeting", a part of it)
        rest -= _THE_MEETING
        rest = {w for w in rest if stem(w) not in derived(matcher).meeting_keys and w not in STOPWORDS}  # "в Бишкеке"
    elif any(p and str(p.day) in r.words and str(p.year) in r.words for p in published):
        rest -= _THE_MEETING | _THE_COUNCIL  # "Trend, 26 февраля 2024: что сообщили про СГП": the report its date
        # names, on the council (not "about the Bishkek meeting": one of its facts)
    if rest:
        return None
    ids = [e.id for e in matcher.factbase.entries() if e.source in named]
    if not ids:
        return None
    lang = r.language
    report = " / ".join(dict.fromkeys(sources[s].publisher for s in named))
    return list_reply(matcher.factbase, lang, phrase(lang, "report_contents", report=report, count=len(ids)), ids,
                      intent="report", score=reading_score(r))


# a date right after a report's name: "Sputnik Armenia on 8 June 2023", "ТАСС от 26 октября", "TASS, 26 Oct."
_DATE_AFTER_RE = re.compile(r"(?P<lead>,?\s*(?:\b(?:on|of|dated|from|от|за)\s+)?)(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+"
                            r"(?P<month>[A-Za-zА-Яа-яЁё]+)\.?|(?P<month2>[A-Za-z]+)\.?\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?)"
                            r"(?:,?\s+(?P<year>(?:19|20)\d\d)(?:\s*(?:года|г\.))?)?")


_POSSESSIVE_RE = re.compile(r"['’]s\b")


def _dates_after(question: str) -> Iterator[re.Match[str]]:
    """Each match of a day and month, overlapping ones too ("Trend's 26 February": not only "s 26")."""
    at = 0
    while (found := _DATE_AFTER_RE.search(question, at)) is not None:
        yield found
        at = found.start() + 1


def without_report_dates(matcher: Matcher, question: str) -> str:
    """The question without the dates that follow a report's name and are that report's own ("Who is quoted
    by Sputnik Armenia on 8 June 2023 as announcing ...": Sputnik Armenia's report, not a meeting on 8 June);
    the question as it is when it names no report so dated."""
    if not any(ch.isdigit() for ch in question):
        return question
    sources = matcher.factbase.sources
    for found in _dates_after(question):
        month = MONTHS.get((found.group("month") or found.group("month2") or "").lower())
        if month is None:
            continue  # ("22 documents": no date)
        day, year = int(found.group("day") or found.group("day2")), found.group("year")
        dated = [s.id for s in sources.values() if s.published and (s.published.month, s.published.day) == (month, day)
                 and not (year and int(year) != s.published.year)]
        before = tokenize(_POSSESSIVE_RE.sub("", question[:found.start()]))[-2:]  # (the name's last words: "Sputnik
        # Armenia", "Trend's", not "in Astana")
        rest = question[:found.start()] + question[found.end():]
        if any(w in publisher_words(matcher, source) and city_named(w) is None and not any(
                w in publisher_words(matcher, other) for other in sources if other != source)
               for source in dated for w in before) and not _DATE_AFTER_RE.search(rest):
            # (not "Trend on 26 February 2024": which of Trend's two reports; not "Did Sputnik Armenia on 8 June say
            # the meeting would be on 26 October?": a date put to it, which its own date keeps apart)
            return rest
        own = [source for source in dated if any(w in publisher_words(matcher, source) and city_named(w) is None
                                                 for w in before)]
        published = sources[own[0]].published if len(own) == 1 else None
        meeting = matcher.factbase.meeting
        if published and meeting and abs((published - meeting.date).days) <= _DAYS_OF_THE_MEETING \
                and not _DATE_AFTER_RE.search(rest) and _asks_a_persons_words(matcher, rest):
            return rest  # "In Trend's 27 October report, what did Aripov propose?": his words in the publisher's, the
            # day left out, which reads as a day put to the meeting (27 October was the day first announced); not what
            # the report says as a whole, nor how it quotes, which its day picks out ("What's in Trend's 27 October
            # report?"); a month and year left for it read as another meeting's ("октября 2023": "October last year")
    return question


def _asks_a_persons_words(matcher: Matcher, question: str) -> bool:
    """True when a question names someone the fact base knows and does not ask how words are quoted."""
    return names_a_person(matcher, question) and not _QUOTATION_ASKED_RE.search(question)


_QUOTATION_ASKED_RE = re.compile(r"\b(?:quot\w*|paraphras\w*|кавычк\w*|цитат\w*|пересказ\w*|дословн\w*)", re.IGNORECASE)
_DAYS_OF_THE_MEETING = 7  # a report this near the meeting is one of its own, its day easily taken for the meeting's

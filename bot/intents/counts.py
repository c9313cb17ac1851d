"""Counts: "how many documents / delegations / deputy prime ministers". The reports' own counts,
each with its source (both when they disagree), the participants for people, and "no such count"
where the reports count nothing of the kind asked; never a number made up by counting an excerpt.
"""

from __future__ import annotations

import re

from bot.facts import Agreement, FactBase
from bot.intents.documents import TITLES_ASKED_RE, counts_documents, meeting_documents
from bot.intents.people import presidents_reply
from bot.intents.reading import (
    COUNT_FRAME,
    OFFICIAL_WORDS,
    Reading,
    agencies_not_reports,
    agency_keys,
    agency_words,
    asks_yes_or_no,
    dates_in,
    derived,
    doc_holds,
    is_number,
    is_year,
    publisher_words,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
)
from bot.intents.replying import abstain, list_reply, publishers_of, with_changes
from bot.intents.texts import phrase
from bot.intents.vocabulary import (
    DEPUTY_RE,
    NOT_TOPIC,
    NUMBER_RE,
    NUMBER_WORDS,
    SPOKE_WORDS,
    TITLE_KEYS,
    an_age_or_rank,
    money_asked,
    numbers_named,
)
from bot.matcher import PARTICIPANTS_ID, Matcher, country_key
from bot.replies import Reply, Suggestion, fact_reply, fact_title, speaker_country, speaker_name
from bot.text import stem, tokenize

__all__ = ["DIFFER_WORDS", "checks_a_count", "count_besides_reply", "count_reply", "deputies_reply", "only_deputy_claim",
           "part_counted_reply", "two_numbers"]

def count_reply(matcher: Matcher, r: Reading, named: list[str] | None = None) -> Reply | None:
    """"How many documents": the reports' counts, each with its source (both when they differ);
    "how many on financing": the counts of that; "how many delegations": the participants. `named`: the
    reports the question names, when it was read without them ("per TASS, ..."): a number it puts to
    them that they do not give is corrected."""
    factbase = matcher.factbase
    lang = r.language
    words = set(r.words)
    if money_asked(r.words) and (not words & _COUNT_WORDS or words & (_AMOUNT_NOUNS | _COST_VERBS)):
        return None  # "the total budget for 2024", "сколько денег": an amount, not a count
    if _BY_HOW_MUCH_RE.search(r.question) and not _DOCUMENT_NOUN_RE.search(r.question):
        return _no_count(matcher, r)  # "решили пенсии поднимать. На сколько поднимут?": a rise, not the premiers
    if words & _POPULATION:  # "the total population of the CIS countries": no report counts people living there
        return abstain(matcher, r, "count", phrase(lang, "no_count"))
    if _a_stranger_counted(matcher, r):
        # "Сколько коньяка ушло на банкете после подписания?": a thing no fact knows is counted, not the documents
        return abstain(matcher, r, "count", phrase(lang, "no_count"))
    if _counted(r) & _MEETINGS or _counted(r) & {"times", "раз"} and words & _MET_WORDS:
        # "how many meetings has the council held", "how many times has it met": no report counts them
        return abstain(matcher, r, "count", phrase(lang, "no_count"))
    frame = COUNT_FRAME | {"@next"} if words & {"following", "followed"} else COUNT_FRAME  # "following the meeting"
    if any(is_year(w) for w in r.words):  # "26 октября 2023 года": a date framing the count, "года" no subject
        frame = frame | {"@year"}
    if _IN_ALL_RE.search(r.question):  # "в общей сложности", "in total": the count as a whole ("общей" is no "common")
        r = read(matcher, _IN_ALL_RE.sub(" ", r.question), lang)
    if _TITLE_SAYS_RE.search(r.question):
        r = read(matcher, _TITLE_SAYS_RE.sub(" ", r.question), lang)
    if words & _REPORT_PARTS:  # "what is the exact number in the text", "в заголовке": where, not what, is counted
        r = read(matcher, without_words(r.question, _REPORT_PARTS) or r.question, lang)
    # "сколько документов подписано по итогам СГП": the outcome is what documents are, not a subject
    subject = [keys for keys in subject_keys(matcher, r, known_only=True, frame=frame, outcome=False)
               if not is_number(keys)]
    # "the draft says more than 20", "do the outlets agree": the saying frames the count, it is no subject
    subject = [keys for keys in subject if not keys <= {"@say", "@source"}]
    # "везде разные цифры пишут", "the numbers differ": the reports disagreeing frames the count too
    subject = [keys for keys in subject if not keys & _DIFFER_KEYS and not keys <= _IN_ALL]
    subject = [keys for keys in subject if not keys & (agency_words(matcher) | _COUNTED_WORDS)]  # "BelTA counted 20"
    if two_numbers(matcher, r):  # "TASS says 22, Asia-Plus twenty: which is right?": the counts and who gives each
        subject = []
    agencies = agencies_not_reports(matcher, r)
    if agencies:  # "citing the Kyrgyz government press service", "according to the Kazakh Prime Minister's press
        # service": the agency's words are no subject ("Prime Minister" is not what is counted)
        naming = agency_keys(matcher, agencies)
        subject = [keys for keys in subject if not keys & naming
                   and not any(k.startswith("C:") or k == "@services" for k in keys)]
    if {"@document", "@sign", "@adopt"} & r.keys and _counts_countries(r):
        return _no_count(matcher, r)  # "how many countries signed the agreement": not a number of documents
    if {"@document", "@sign", "@adopt"} & r.keys and any(k.startswith("C:") for keys in subject for k in keys) \
            and not (words & OFFICIAL_WORDS and sources_named(matcher, r)):  # (not "the Kyrgyz government's page")
        return _no_count(matcher, r)  # "how many documents did Kyrgyzstan sign": the reports count no country's
    if {"@document", "@sign", "@adopt"} & r.keys and not _DOCUMENT_NOUN_RE.search(r.question) \
            and any(len(w) > 3 and w not in NOT_TOPIC for w in matcher.analyze(r.question)[1]):
        return _no_count(matcher, r)  # "договорились повысить пенсии, насколько поднимут": pensions, no documents
    if {"@document", "@sign", "@adopt"} & r.keys:
        # "how many documents did the prime ministers sign": those who sign them frame the count, no subject; nor is
        # "cooperation" alone ("twenty cooperation documents": the documents, each of some cooperation)
        subject = [keys for keys in subject if not keys <= (_ROLE_KEYS - {"@president"}) | {"@participate", "@cooperation"}]
        counts = derived(matcher).by_kind.get("count", [])
        given = named or []  # the reports a question put its count to ("Asia-Plus says 22, right?"), read apart
        named = sources_named(matcher, r)
        if named and subject:  # "do Asia-Plus and TASS agree on how many": the reports, not a subject
            subject = _without_reports(matcher, r, named, frame | {"@say", "@source"})  # (and every count shown)
            if words & OFFICIAL_WORDS:  # "the Kyrgyz government's page": its country names the report, no subject
                theirs = {k for s in named for k in derived(matcher).publishers[s][1]}
                subject = [keys for keys in subject if not keys <= theirs]
            subject = [keys for keys in subject if not keys & _DIFFER_KEYS  # "чем отличается число у ТАСС и ..."
                       and not keys <= (_ROLE_KEYS - {"@president"}) | {"@participate"}]  # "CIS PMs sign 22 - Asia-Plus"
        if subject:  # "how many of the documents concern financing of the CIS bodies": TASS's nine
            facts = [a for a in counts if doc_holds(matcher, a.id, subject, share=0.5)]
            if not facts:
                return _no_count(matcher, r)
        else:
            facts = [a for a in counts if counts_documents(a)]
        if not facts:
            return None
        parts = [f"{factbase.source_of(a).publisher}: {a.count or '?'}" for a in facts]
        numbers = {a.count for a in facts}
        key = "count_subject" if subject else "count_documents_differ" if len(numbers) > 1 else "count_documents"
        headline = phrase(lang, key, parts="; ".join(parts))
        unsaid = sorted(_digits_asked(r) - {str(n) for n in numbers if n is not None}, key=int)
        otherwise = _the_named_report_says_otherwise(matcher, r, named or given, facts, lang)
        if subject:  # "were 7 on financing signed?": a number no count of the reports gives (not the total's 22),
            # unless a report is named, whose own number says it better ("TASS said eleven": no, TASS gives 9)
            unsaid = [n for n in unsaid if int(n) not in {a.count for a in counts}] if not otherwise else []
        put = _digits_asked(r) | {str(n) for n in numbers_named(r.words)}
        partial = [a for a in counts if not subject and not counts_documents(a) and a.count not in numbers
                   and put == {str(a.count)}]  # (not "22 documents, nine of them on financing": a part put so)
        if partial and (asks_yes_or_no(r) or _PUT_TO_CHECK_RE.search(r.question)):
            # "were nine documents signed?", "nine documents were signed, right?": not in all; nine on financing
            asked = ", ".join(str(a.count) for a in partial)
            publishers = ", ".join(dict.fromkeys(factbase.source_of(a).publisher for a in partial))
            headline = f"{phrase(lang, 'count_part', asked=asked, publisher=publishers)} {headline}"
            facts = [*partial, *facts]
        elif unsaid and numbers - {None} and asks_yes_or_no(r):  # "were 30 signed?": none says 30
            headline = f"{phrase(lang, 'count_not_given', asked=', '.join(unsaid))} {headline}"
        else:
            headline = otherwise + headline
        elsewhere = [] if otherwise else _put_to_another_report(r, named or given, counts)
        if elsewhere:  # "Asia-Plus says nine of the twenty were on financing": nine is TASS's
            headline = f"{_another_reports_number(factbase, named or given, elsewhere, lang)} {headline}"
            facts = [*facts, *(a for a in elsewhere if a not in facts)]
        elif named and not given and not any(a.source in named for a in facts) and not otherwise:
            # "does the Kyrgyz government's page give the total number": it gives none; the reports' counts
            publishers = publishers_of(factbase, named)
            headline = f"{phrase(lang, 'no_count_in_report', publisher=publishers)} {headline}"
        return list_reply(factbase, lang, headline, [a.id for a in facts], intent="count", score=reading_score(r))
    if not subject and ({"@participate", "@country"} & r.keys or words & {
            "delegations", "делегаций", "countries", "стран", "participants", "участников", "people"}):
        listed = with_changes(fact_reply(factbase, PARTICIPANTS_ID, lang, score=reading_score(r)), intent="count")
        if words & _PERSONS and words & _IN_DELEGATIONS:  # "how many people were in the delegations": not given
            return with_changes(listed, answered=False, headline=f"{phrase(lang, 'delegation_size')} {listed.headline}")
        if words & _PERSONS and not words & _PARTIES_COUNTED \
                or words & _IN_THE_ROOM and not words & (_PARTIES_COUNTED - _EVERYONE_THERE):  # "how many people came in
            # total", "сколько всего участников в зале": no headcount given (but "how many delegations were in the
            # hall": the nine)
            return with_changes(listed, answered=False, headline=f"{phrase(lang, 'headcount_not_given')} {listed.headline}")
        return listed
    roles = [keys for keys in subject if keys & _ROLE_KEYS]
    if words & _UNCOUNTED:  # "how many journalists were accredited for the CIS PM meeting": no report counts them
        return _no_count(matcher, r)
    if roles and len(roles) == len(subject):  # "how many deputy prime ministers": the participants, with their roles
        if "@president" in r.keys:
            return with_changes(presidents_reply(matcher, r), intent="count")
        deputies = _deputies(factbase)
        besides = _BESIDES_RE.search(r.question) is not None
        if "@deputy" in r.keys and not besides and deputies and _premier_on_its_own(r.words):
            # "сколько делегаций возглавляли премьер-министры, а сколько — заместители": both counts, each by name
            premiers = _premiers(factbase, deputies)
            names = {i: speaker_name(factbase.speakers[i], lang) for i in [*premiers, *deputies]}
            headline = phrase(lang, "counts_premiers_and_deputies", premier_count=len(premiers),
                              premiers=", ".join(names[i] for i in premiers), deputy_count=len(deputies),
                              deputies=", ".join(names[i] for i in deputies))
            return list_reply(factbase, lang, headline, [*premiers, *deputies], intent="count", score=reading_score(r))
        if "@deputy" in r.keys and not besides:  # "how many deputy prime ministers led delegations": their titles say
            return list_reply(factbase, lang, phrase(lang, "count_deputies", count=len(deputies)), deputies,
                              intent="count", score=reading_score(r))
        if "@premier" in r.keys and deputies and ("@deputy" not in r.keys or besides):
            # "how many prime ministers attended", "apart from deputies, how many": the heads of government
            premiers = _premiers(factbase, deputies)
            return list_reply(factbase, lang, phrase(lang, "count_premiers", count=len(premiers)), premiers,
                              intent="count", score=reading_score(r))
        return with_changes(fact_reply(factbase, PARTICIPANTS_ID, lang, score=reading_score(r)), intent="count")
    return None


# by how much something changes ("на сколько поднимут", "by how much will they rise"): an amount, never a count
_BY_HOW_MUCH_RE = re.compile(r"\b(?:на\s*сколько|by how much|na\s*skol'?ko)\b(?!\s+(?:\w+\s+)?(?:больше|меньше|bolshe|"
                             r"menshe|лет|год\w*|месяц\w*|дн\w*|let|god\w*|mesyats\w*)\b)(?!.*\b(?:чем|than|chem)\b)",
                             re.IGNORECASE)  # (not "на сколько премьеров больше, чем вице-премьеров": two counts compared)
# people the reports never count ("how many journalists were accredited")
_UNCOUNTED = frozenset("""journalists journalist reporters reporter correspondents guests visitors observers experts
    accredited журналистов журналисты корреспондентов гостей экспертов наблюдателей аккредитовано
    аккредитованных""".split())


_HOW_MANY_WORDS = frozenset("сколько skolko skol'ko how many".split())  # ("how many" as two words: "many" will do)
# the rest of a count, not a count ("the other eight financing documents", "остальные восемь")
_THE_REST_RE = re.compile(r"\b(?:other|remaining|rest of the|остальн\w+|оставш\w+|другие|ostalnye)\s+\w+\s")


def _the_named_report_says_otherwise(matcher: Matcher, r: Reading, named: list[str], facts: list[Agreement],
                                     lang: str) -> str:
    """"Asia-Plus says 22 documents, right?", "TASS said eleven concerned financing": the correction that
    the report named gives another number ("No: Asia-Plus gives 20. "), or "" when it gives the one asked,
    gives none or the question names no number or two (the reports' disagreement asked)."""
    words = list(r.words)
    claimed = numbers_named(words)
    if set(words) & _HOW_MANY_WORDS and claimed & {a.count for a in derived(matcher).by_kind.get("count", [])}:
        return ""  # "ТАСС пишет про 22, а сколько у Asia-Plus?": another report's number beside the count asked
    if len(claimed) != 1 or not named or _COMPARED_RE.search(" ".join(words)) or _THE_REST_RE.search(" ".join(words)):
        return ""  # not "the headline says more than 20": a bound, not a count; nor "the other eight": the rest of it
    theirs = [a for a in facts if a.source in named and a.count is not None]
    # "TASS says 22: how many are on financing": a number the report gives for any of its counts is no claim
    # ("9 documents in all" is: a total, which TASS gives as 22)
    whole = bool(set(words) & (_IN_ALL | {"всего", "vsego"}))
    given = {a.count for a in derived(matcher).by_kind.get("count", [])
             if a.source in named and (not whole or counts_documents(a))}
    if not theirs or claimed & given:
        return ""
    parts = "; ".join(phrase(lang, "report_gives", publisher=matcher.factbase.source_of(a).publisher, count=a.count)
                      for a in theirs)
    return phrase(lang, "count_report_not", parts=parts) + " "


def _put_to_another_report(r: Reading, named: list[str], counts: list[Agreement]) -> list[Agreement]:
    """"Asia-Plus says nine of the twenty documents were on financing, right?": of the numbers put to the named
    report, the one it gives (20) and the ones only another report's counts of a kind of document give (TASS's
    nine on financing), those counts; when it gives none of them, every other report's count put to it ("Asia-Plus
    says 22, nine on financing": TASS's two); [] unless every number put is one or the other."""
    words = list(r.words)
    claimed = numbers_named(words)
    if not named or len(claimed) < 2 or _COMPARED_RE.search(" ".join(words)) or _THE_REST_RE.search(" ".join(words)):
        return []
    own = {a.count for a in counts if a.source in named}
    # (not "Asia-Plus says 20, but I saw 22": the totals compared; but "Asia-Plus says 22, nine on financing", where
    # the named report gives neither, puts both of TASS's numbers to it)
    theirs = [a for a in counts if a.source not in named and a.count in claimed - own
              and (not counts_documents(a) or not claimed & own)]
    if not theirs or claimed - own - {a.count for a in theirs}:
        return []
    return theirs


def _another_reports_number(factbase: FactBase, named: list[str], theirs: list[Agreement], lang: str) -> str:
    """"No: Asia-Plus does not give 9; it is TASS's number (below)."""
    return phrase(lang, "count_of_another", publisher=publishers_of(factbase, named),
                  asked=", ".join(str(a.count) for a in theirs),
                  other=", ".join(dict.fromkeys(factbase.source_of(a).publisher for a in theirs)))


def _premiers(factbase: FactBase, deputies: list[str]) -> list[str]:
    """The heads of delegation who lead their governments themselves: those who attended, not `deputies`."""
    return [s.id for s in factbase.speakers.values() if s.attended and s.id not in deputies]


def _deputies(factbase: FactBase) -> list[str]:
    """The heads of delegation whose titles make them deputies (deputy prime minister, vice-premier)."""
    return [s.id for s in factbase.speakers.values() if s.attended and DEPUTY_RE.search(s.role)]


_REPORT_PARTS = frozenset("""text тексте текста текст headline headlines заголовке заголовок заголовка
    lead лиде inside""".split())
# a report's title that says something ("the TASS title says 'more than 20 documents'", "in its title"): where the
# count is written, not titles counted
_TITLE_SAYS_RE = re.compile(r"\btitle(?=\s+(?:says?|reads?|gives?|has|puts)\b)|(?<=\bin\s)(?:the|its)\s+title\b",
                            re.IGNORECASE)


DIFFER_WORDS = frozenset("seem seems differ differs different disagree disagreement conflicting contradict contradictory "
                          "agree agrees agreed consistent согласны сходятся совпадает совпадают "
                          "расходятся расходится разные противоречат разное отличается отличаются различается "
                          "различаются разница difference differences higher lower bigger larger smaller greater "
                          "больше меньше выше ниже расхождение расхождения расхождений расхождении".split())
# ("which report gives the higher count", "в чём расхождение между ТАСС и Asia-Plus")


def _without_reports(matcher: Matcher, r: Reading, named: list[str], frame: frozenset[str]) -> list[set[str]]:
    """The subject of a count question once the reports it names are taken out of it."""
    names = set().union(*(publisher_words(matcher, source) for source in named))
    bare = without_words(r.question, names, latin=True) or r.question  # "ТАСС" names TASS as "TASS" does
    return [keys for keys in subject_keys(matcher, read(matcher, bare, r.language), known_only=True, frame=frame,
                                          outcome=False) if not is_number(keys)]  # "по итогам": no subject


_IN_ALL_RE = re.compile(r"\bв\s+общей\s+сложности\b|\bв\s+целом\b|\ball\s+in\s+all\b", re.IGNORECASE)
# "how many in the end / in total", "в итоге", "в общей сложности": the count as a whole, no subject
_IN_ALL = frozenset("end total overall altogether all общей сложности итоге итого целом".split())
_DIFFER_KEYS = frozenset(stem(w) for w in DIFFER_WORDS) | DIFFER_WORDS


_OTHER_COUNTED_RE = re.compile(r"\b(\w+)\s+(?:delegations?|countries|states|participants|делегаци\w*|стран\w*|"
                               r"государств\w*|участник\w*)\b")


# how a count is put ("ТАСС насчитал ровно 20 документов?", "counted exactly 20"): no subject of the documents
_COUNTED_WORDS = frozenset("""counted count counts tallied exactly precisely accurate accurately ровно точно насчитал насчитала насчитали
    насчитало насчитывает насчитывают посчитал посчитали wrote writes written писал писала писали пишет пишут
    написал написала написали написало написано сообщил сообщила сообщили сообщает сообщают более больше менее меньше свыше около примерно""".split())
_COUNTED_WORDS = _COUNTED_WORDS | {stem(w) for w in _COUNTED_WORDS}
# (and how a report gave it, "ТАСС писал о 20", or how the count is put, "более 25")


_PUT_TO_CHECK_RE = re.compile(r"\b(right|correct|true|верно|правда|так)\W*$", re.IGNORECASE)  # "..., right?"
# people counted in the delegations ("how many people were in the delegations", "skolko chelovek v delegaciyah")
_PERSONS = frozenset("people persons members officials delegates человек людей членов chelovek lyudey".split())
# what the participants' list counts ("how many countries' people", "сколько человек из стран"): no headcount asked
_PARTIES_COUNTED = frozenset("""countries states delegations participants heads leaders стран государств делегаций участников
    глав лидеров stran gosudarstv delegaciy delegatsiy uchastnikov""".split())
# where a headcount is taken ("сколько участников в зале"): everyone present, which no report counts
_IN_THE_ROOM = frozenset("hall room auditorium зал зале зала залах zale".split())
_EVERYONE_THERE = frozenset("participants участников uchastnikov".split())  # (all in the hall, not the parties)
_IN_DELEGATIONS = frozenset("""delegation delegations делегации делегациях делегаций делегацию delegacii delegaciyah
    delegatsii delegatsiyakh each каждой""".split())
# who said it or who signed ("the prime ministers signed 22 documents"): no subject of the count
_SIGNERS = frozenset({"@say", "@premier", "@minister", "@deputy"})


def _days_named(r: Reading) -> set[str]:
    """The days of a month the question names, and the day put beside one ("the 26th or the 27th of October")."""
    days = {str(day) for day, _ in dates_in(r.words)}
    words = list(r.words)
    return days | {words[i] for i in range(len(words) - 2) if words[i].isdigit() and words[i + 1] in ("or", "или")
                   and (words[i + 2] in days or words[i + 2] == "the" and words[i + 3:i + 4] and words[i + 3] in days)}


def _a_count_in(text: str) -> bool:
    """True when a word of the text writes a number that counts: not a word only beginning like one ("в семье"),
    nor an age or a rank ("к 80-летию Победы")."""
    words = tokenize(text)
    return any(not an_age_or_rank(words, i) and (w[0].isdigit() or w in NUMBER_WORDS or w in _ONE_OR_MANY)
               for i, w in enumerate(words))


_ONE_OR_MANY = frozenset("one один одна одно одного hundred hundreds сто сотни сотня сотню сотен двухсот трёхсот "
                         "трехсот sto thousand thousands тысяча тысячи тысяч".split())  # (двести ... пятьсот: NUMBER_WORDS)


def checks_a_count(matcher: Matcher, r: Reading) -> bool:
    """"Was it 20 or 22 agreements?", "were 22 documents signed?": a number of documents to check,
    and nothing else named (the reports' disagreement may be)."""
    days = _days_named(r)  # "the one dated October 28": a day
    undated = re.sub(r"\b(?:19|20)\d\d\b", " ", " ".join(w for w in _undotted(r) if w not in days))  # a year
    if r.people or not {"@document", "@sign"} & r.keys or not NUMBER_RE.search(undated) or not _a_count_in(undated):
        return False
    if _ON_WHAT_RE.search(" ".join(r.words)):
        return False  # "TASS: nine documents on what?", "22 documents, and on what?": what they are about
    if any(NUMBER_RE.match(m.group(1)) for m in _OTHER_COUNTED_RE.finditer(undated)):
        return False  # "8 делегаций подписали документы": a number of delegations, not of documents
    if two_numbers(matcher, r):
        return True
    # "по итогам заседания подписано двадцать документов, как сообщил ТАСС?": the report said to give the number
    # and "following the meeting" are no subject
    named = derived(matcher).publisher_words | agency_words(matcher)  # "BelTA reported 20": who, not what
    subject = [keys for keys in subject_keys(matcher, r, frame=COUNT_FRAME | _SIGNERS | {"@say"}, outcome=False)
               if not keys & (named | _COUNTED_WORDS)]  # ("Asia-Plus says 22 ... - can you confirm that?")
    if not any(subject) or all(is_number(keys) or keys <= DIFFER_WORDS for keys in subject):
        return True
    rest = [keys for keys in subject if not is_number(keys) and not keys <= DIFFER_WORDS]
    if any(counts_documents(a) and doc_holds(matcher, a.id, rest) for a in derived(matcher).by_kind.get("count", [])):
        return True  # "twenty-two cooperation documents were signed": a count some report gives, in its own words
    # "TASS said eleven of them concerned financing": a number of the documents a report counts apart (its nine);
    # not "one financing document mentions Afghanistan", nor "list all nine financing documents"
    if "@list" in r.keys or _WHICH_N_RE.search(" ".join(r.words)) or not any(v > 1 for v in numbers_named(r.words)) \
            or TITLES_ASKED_RE.search(r.question):  # ("what are the titles of the nine financing documents")
        return False  # ("which nine financing documents were signed": which ones, a list)
    subject = [keys for keys in subject if not is_number(keys) and not keys <= DIFFER_WORDS]
    return any(not counts_documents(a) and doc_holds(matcher, a.id, subject, share=0.5)
               for a in derived(matcher).by_kind.get("count", []))


_WHICH_N_RE = re.compile(r"\b(?:which|what|какие|каких|kakie)\s+(?:\w+\s+)?\d+\b")


def two_numbers(matcher: Matcher, r: Reading) -> bool:
    """True when a question about documents names two different numbers of them (years aside), none
    of them a count of some of the documents ("of the 22, the 9 on financing"): the reports'
    disagreement on the total is what it asks about, whatever else it says."""
    if not {"@document", "@sign"} & r.keys:
        return False
    numbers: set[str] = set()
    spelt: list[str] = []  # "twenty two", "двадцать два": one number in words
    days = _days_named(r)  # "dated October 28, 2016": a day, not a count
    words = _undotted(r)
    for i, word in enumerate((*words, "")):
        if word in days or an_age_or_rank(words, i):  # (nor "к 80-летию Победы": an age)
            continue
        if word and not word.isdigit() and word not in ("one", "ones") and is_number({word, stem(word)}) \
                and (word in NUMBER_WORDS or is_number({word})):  # (not "в семье": a word only stemmed like one)
            spelt.append(word)  # ("which ones", "the one signed": no number)
            continue
        if spelt:
            numbers.add(" ".join(spelt))
            spelt = []
        if word.isdigit() and not re.fullmatch(r"(?:19|20)\d\d", word):
            numbers.add(word)
    partial = {str(a.count) for a in derived(matcher).by_kind.get("count", []) if not counts_documents(a)}
    return len(numbers) >= 2 and not numbers & partial


# "26.10", "26.10.2023", "10:30", "10.1": a date, a time or a list's sub-item, not two numbers of documents
_DOTTED_RE = re.compile(r"(?<![\d.:])\d{1,2}[.:]\d{1,2}(?:[.:]\d{2,4})?(?![\d:])")


def _digits_asked(r: Reading) -> set[str]:
    """The number of documents a question claims, in digits before the word for them ("were 30 documents
    signed"); none beside a comparison ("more than 15") or another number ("in 1 day", "by 6 prime ministers")."""
    text = " ".join(_undotted(r))
    if _COMPARED_RE.search(text) or len(re.findall(r"\b\d+\b", text)) != 1:
        return set()
    return set(_DOCUMENTS_NUMBERED_RE.findall(text))


_COMPARED_RE = re.compile(r"\b(more|over|less|fewer|least|most|above|below|under|than|больше|более|меньше|менее|свыше|"
                          r"минимум|максимум|около|примерно|about|around|approximately|roughly)\b")
_DOCUMENTS_NUMBERED_RE = re.compile(r"\b(\d+)\s+(?:\w+\s+)?(?:documents?|agreements?|docs|документ\w*|соглашени\w*)")


def _undotted(r: Reading) -> list[str] | tuple[str, ...]:
    """The question's words without its dates, times and sub-items ("26.10", "10:30", "10.1")."""
    return tokenize(_DOTTED_RE.sub(" ", r.question)) if "." in r.question or ":" in r.question else r.words


_ROLE_KEYS = TITLE_KEYS


_COUNT_WORDS = frozenset("many number сколько скока скоко skolko".split())
_COST_VERBS = frozenset("cost costs стоил стоила стоило стоили стоит стоят stoil stoilo".split())  # "сколько стоил банкет"
# what "how much" counts when it is money ("сколько денег", "how many dollars"), not documents
_POPULATION = frozenset("""population populations inhabitants residents население населения населением жителей
    жители naselenie naseleniya""".split())
_AMOUNT_NOUNS = frozenset("""money dollars rubles roubles euros budget cost costs деньги денег сумма суммы долларов
    рублей евро бюджет бюджета стоимость dengi deneg summa summy dollarov rubley byudzhet""".split())  # (and as typed in
# Latin letters: "skolko deneg vydeleno")


_PARTY_NOUNS = frozenset("""countries states nations delegations participants people members стран государств
    делегаций участников человек членов prime premiers ministers heads leaders премьеров премьер-министров
    министров глав лидеров премьер премьеров""".split())


_MEETINGS = frozenset("meetings sessions summits заседаний встреч саммитов сессий".split())
_MET_WORDS = frozenset("met meet meets convened held собирался собирались проводил проводился встречались".split())


def _a_stranger_counted(matcher: Matcher, r: Reading) -> bool:
    """True when what is counted is a word no fact knows, with no word naming documents beside it (only "after the
    signing") and none the facts know right after it ("how many bottles", not "how many real prime ministers")."""
    if _DOCUMENT_ITSELF_RE.search(r.question):
        return False
    tokens, unknown = matcher.analyze(r.question)
    known = {t.word for t in tokens}
    words = [w for w in r.words if w not in _COUNT_FILLER]
    return any(w in _COUNT_WORDS and words[i + 1] in unknown and len(words[i + 1]) > 3
               and words[i + 1] not in NOT_TOPIC | _PERSONS  # (people counted: the rules below say what of them)
               and not (i + 2 < len(words) and words[i + 2] in known)
               and not (i and words[i - 1] in ("во", "vo")) for i, w in enumerate(words[:-1]))  # ("во сколько": a time)




def _counted(r: Reading) -> set[str]:
    """The word right after "how many" / "сколько": what is counted."""
    words = [w for w in r.words if w not in _COUNT_FILLER]
    return {words[i + 1] for i, w in enumerate(words[:-1]) if w in _COUNT_WORDS}


_COUNT_FILLER = frozenset("всего всех in total of the всё".split())  # "сколько всего заседаний"


def _counts_countries(r: Reading) -> bool:
    """True when the thing counted is countries or people ("how many countries signed it")."""
    if _counted(r) & _PARTY_NOUNS:  # "how many countries", "сколько всего стран"
        return True
    words = [w for w in r.words if w not in _COUNT_FILLER]
    return any(w == "number" and words[i + 2: i + 3] and words[i + 2] in _PARTY_NOUNS for i, w in enumerate(words))


# a document named as what is counted ("documents", "agreements", "бумаг", "доков"), or signing
# the words naming documents themselves ("документов", "agreements"), and with them their signing ("подписали")
_DOCUMENT_NOUNS = (r"documents?|agreements?|deals?|papers?|accords?|decisions?|treat(?:y|ies)|docs?|dok\w*|док\w*|бумаж\w*|"
                   r"бумаг\w*|соглашени\w*|решени\w*|договор(?:ы|а|ов|е|ом|ам|ами|ах)?|soglasheni\w*")
_DOCUMENT_NOUN_RE = re.compile(rf"\b(?:{_DOCUMENT_NOUNS}|sign\w*|подпис\w*|podpis\w*)\b", re.IGNORECASE)
_DOCUMENT_ITSELF_RE = re.compile(rf"\b(?:{_DOCUMENT_NOUNS})\b", re.IGNORECASE)  # (not "после подписания")


def _no_count(matcher: Matcher, r: Reading) -> Reply:
    """"How many documents concern uranium": the reports count no such thing, and the documents
    they list are an excerpt, so counting those would mislead; the documents are offered instead."""
    subject = subject_keys(matcher, r, known_only=True, frame=COUNT_FRAME)
    on_it = [a.id for a in meeting_documents(matcher) if doc_holds(matcher, a.id, subject, share=0.5)]
    reply = abstain(matcher, r, "count", phrase(r.language, "no_count"))
    offered = [*on_it, *(s.fact_id for s in reply.suggestions if s.fact_id not in on_it)][:3]
    offers = tuple(Suggestion(i, fact_title(matcher.factbase, i, r.language)) for i in offered)
    return with_changes(reply, suggestions=offers)


# "о чём они", "what are they about", "что это за документы": what the counted documents are
# what some documents are about: "TASS: nine documents on what?", "nine of them were about something. What?"
_ON_WHAT = (r"о ч[её]м|про что|o ch[eo]m|pro chto|about what|(?:on|concerning|regarding) what|about something|what (?!about\b)(?:\w+ ){0,6}about|"
            r"what (?:topics?|subjects?|areas?|fields?)|чему (?:\w+ ){0,3}посвящ\w*|на как\w+ тем\w*")
_ON_WHAT_RE = re.compile(rf"\b(?:{_ON_WHAT})\b")
# ... or what they are: "what were the nine", "что за документы"
_WHAT_ABOUT_RE = re.compile(rf"\b(?:{_ON_WHAT}|what (are|were) (they|these|those|the)\b|что это за|что за|what are they)\b")
_LISTING = frozenset("""list titles title names name all every перечислите перечисли названия название все всех""".split())


def part_counted_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"ТАСС пишет про девять документов — о чём они?": the number a report gives for some of the documents
    (TASS's nine on financing), named by the question without its subject: that count's fact. None when the
    number is no such count, a subject is named besides, or the count itself is asked or checked."""
    if "@count" in r.keys or r.people or "@document" not in r.keys or not _WHAT_ABOUT_RE.search(" ".join(r.words)) \
            or money_asked(r.words) or set(r.words) & _LISTING:
        return None  # not "were nine signed on financing?", "list all nine", "how much money do the nine allocate"
    named = numbers_named(r.words)
    found = [a.id for a in derived(matcher).by_kind.get("count", []) if not counts_documents(a) and a.count in named]
    if len(found) != 1 or len(named) != 1:
        return None
    return with_changes(fact_reply(matcher.factbase, found[0], r.language, score=reading_score(r)), intent="documents")


# "besides Smailov, how many heads of delegation", "кроме России, сколько стран": the others, counted
# the clause runs to the count's own words ("besides Russia and Belarus, how many")
_BESIDES_RE = re.compile(r"\b(besides|apart from|other than|except(?: for)?|кроме|помимо)\s+(.+?)"
                         r"(?=,?\s*\b(?:how many|сколько)\b|\?|$)", re.IGNORECASE)
_COUNTING_RE = re.compile(r"\b(counting|including|incl|вместе со?|включая|считая|с учётом|с учетом)\s+(.+?)(?=[,?.]|$)",
                          re.IGNORECASE)
_HEADS_WORDS = frozenset("heads head глав главы руководителей премьеров premiers".split())
_DELEGATION_WORDS = frozenset("""delegations delegation countries country participants states делегаций делегации
    стран государств участников delegatsiy stran""".split())  # not "heads of government": deputies led three


_WHO_LISTED = frozenset("who which list name кто какие какая каких перечисли назови назовите kto kakie kakih".split())


_EVERY = frozenset("all every each все всех каждой каждая каждого vse vsekh".split())
_IN_PERSON = frozenset("person personally лично сами сам themselves lichno".split())
_PRESENT = frozenset("""there present attended attend came come person personally лично были был приехали приехал
    присутствовали участвовали lichno""".split())


# "the only one": a claim that one delegation alone was so led ("Was Armenia the only delegation led by a deputy?")
_ONLY_ONE_RE = re.compile(r"\b(?:the only|only one|alone|единственн\w*|edinstvenn\w*|одн(?:а|ой|у) лишь)\b", re.IGNORECASE)
_NOT_PREMIER_RE = re.compile(r"\b(?:not|не)\s+(?:\w+\s+){0,3}?(?:by\s+)?(?:a\s+|the\s+)?(?:prime|premier|премьер)\w*",
                             re.IGNORECASE)


def only_deputy_claim(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was Armenia the only delegation not headed by a prime minister?": no, when more than one delegation
    was led by a deputy; all of them, by name (and so for the heads of government themselves: "was Russia the
    only country represented by its prime minister"). None unless one country is put as the only one so led."""
    if not _ONLY_ONE_RE.search(r.question) or len(r.countries) != 1 or r.people \
            or not {"@deputy", "@premier"} & r.keys or {"@say", "@propose", "@sign", "@document"} & r.keys:
        return None
    factbase = matcher.factbase
    deputies = _deputies(factbase)
    if "@deputy" in r.keys or _NOT_PREMIER_RE.search(r.question):
        led, key = deputies, "not_only_deputy"
    else:  # "was Russia the only country represented by its prime minister": six were
        led, key = _premiers(factbase, deputies), "not_only_premier"
    if len(led) < 2:
        return None
    names = ", ".join(speaker_name(factbase.speakers[i], r.language) for i in led)
    headline = phrase(r.language, key, count=len(led), deputies=names)
    return list_reply(factbase, r.language, headline, led, intent="participants", score=reading_score(r))


def deputies_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which delegations were led by a deputy, not a prime minister", "перечисли, кто был вице-премьером":
    those whose titles say deputy or vice. None unless deputies are asked as a list, with nobody named."""
    if not {"@deputy", "@premier"} & r.keys:  # (every question passes here: the cheap test first)
        return None
    words = set(r.words)
    factbase = matcher.factbase
    deputies = _deputies(factbase)
    asked = r.asked or r.question
    if "@premier" in r.keys and deputies and not r.people and not r.countries \
            and not {"@count", "@say", "@sign", "@propose", "@document"} & r.keys and not words & SPOKE_WORDS \
            and _NOT_DEPUTIES_RE.search(asked) and not _ABSENT_RE.search(asked) \
            and not _DEPUTY_ASKED_RE.search(_NOT_DEPUTIES_RE.sub(" ", asked)):
        # "перечислите премьер-министров, которые были лично (не замы)", "heads of government with the full rank of
        # prime minister": the heads of government themselves, not the deputies who led three delegations
        premiers = _premiers(factbase, deputies)
        return list_reply(factbase, r.language, phrase(r.language, "count_premiers", count=len(premiers)), premiers,
                          intent="participants", score=reading_score(r))
    if "@premier" in r.keys and words & _EVERY and asks_yes_or_no(r) and not r.people and not r.countries \
            and not {"@count", "@say", "@propose", "@president", "@sign", "@document"} & r.keys and deputies:
        # "were the prime ministers of all CIS countries at the meeting": not all in person; who led which
        premiers = _premiers(factbase, deputies)
        names = {i: speaker_name(factbase.speakers[i], r.language) for i in [*premiers, *deputies]}
        headline = phrase(r.language, "premiers_and_deputies", premiers=", ".join(names[i] for i in premiers),
                          deputies=", ".join(names[i] for i in deputies))
        return list_reply(factbase, r.language, f"{phrase(r.language, 'not_all_premiers')} {headline}",
                          [*premiers, *deputies], intent="participants", score=reading_score(r))
    if not {"@deputy", "@premier"} & r.keys or not words & _WHO_LISTED or r.people or r.countries \
            or {"@count", "@say", "@propose", "@president"} & r.keys or words & SPOKE_WORDS:
        return None
    if "@deputy" not in r.keys:  # "which prime ministers were there": who came, with their titles
        premiers = _premiers(factbase, deputies)
        if not premiers or r.topic or not words & _PRESENT:
            return None
        if not words & _IN_PERSON:
            return with_changes(fact_reply(factbase, PARTICIPANTS_ID, r.language, score=reading_score(r)),
                                intent="participants")
        # "which prime ministers came in person": the heads of government themselves, not their deputies
        return list_reply(factbase, r.language, phrase(r.language, "count_premiers", count=len(premiers)), premiers,
                          intent="participants", score=reading_score(r))
    if not deputies or len(deputies) == len([s for s in factbase.speakers.values() if s.attended]):
        return None
    if _premier_on_its_own(r.words):  # "who was prime minister and who a deputy": both, each head in the list
        premiers = _premiers(factbase, deputies)
        names = {i: speaker_name(factbase.speakers[i], r.language) for i in [*premiers, *deputies]}
        headline = phrase(r.language, "premiers_and_deputies", premiers=", ".join(names[i] for i in premiers),
                          deputies=", ".join(names[i] for i in deputies))
        return list_reply(factbase, r.language, headline, [*premiers, *deputies], intent="participants",
                          score=reading_score(r))
    return list_reply(factbase, r.language, phrase(r.language, "count_deputies", count=len(deputies)), deputies,
                      intent="participants", score=reading_score(r))


# who did not come ("which prime ministers did not come in person", "какие премьеры не приехали"): not those who did
_ABSENT_RE = re.compile(r"\b(?:did\s*n[o']t|didn't|not|не)\s+(?:\w+\s+)?(?:come|came|attend\w*|go|went|travel\w*|приех\w*|"
                        r"приезжа\w*|был\w*|участвова\w*|прибыл\w*)", re.IGNORECASE)
# deputies asked beside the set-aside ("назовите вице-премьеров (не замов министров)"): the deputies' own list
_DEPUTY_ASKED_RE = re.compile(r"\b(?:вице\w*|deput\w*|заместител\w*|замы|замов)\b", re.IGNORECASE)
# the heads of government themselves, their deputies set aside: "(не замы)", "not deputies", "full rank of prime minister"
_NOT_DEPUTIES_RE = re.compile(r"\b(?:не|not|no|без|а\s+не|rather\s+than|instead\s+of)\s+(?:их\s+|their\s+)?(?:замы|замов|"
                              r"заместител\w*|вице\w*|deput\w*)|\bfull(?:\s+|-)rank\w*|\bполноценн\w+\s+премьер\w*",
                              re.IGNORECASE)


def _premier_on_its_own(words: tuple[str, ...]) -> bool:
    """True when "prime minister" (or "head of government") is asked beside "deputy", not only as part of it
    ("кто премьер, а кто вице-премьер"; not "which delegations were led by a deputy prime minister")."""
    return any((w.startswith(("prime", "premier", "премьер", "premyer")) or _HEADS_OF_GOVERNMENT_RE.match(
        " ".join(words[i:i + 3]))) and not set(words[max(0, i - 2): i]) & _NOT_ITSELF
        for i, w in enumerate(words)) and any(w in _DEPUTY_WORDS for w in words)


# "heads of government", "главы правительств" on their own, beside their deputies ("which heads of government or their
# deputies attended")
_HEADS_OF_GOVERNMENT_RE = re.compile(r"^(?:heads? of government|глав\w* правительств\w*)")


_DEPUTY_WORDS = frozenset("""deputy deputies vice вице заместитель заместителем заместители заместителями заместителей
    заместителя заместителю замом замами vitse zamestitel zamestitelem""".split())
# before "prime minister": a deputy's title, or a prime minister denied ("не премьером, а вице-премьером")
_NOT_ITSELF = _DEPUTY_WORDS | frozenset("not не ne than instead вместо".split())


def count_besides_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """How many delegations took part besides the one named ("besides Smailov, how many heads of
    delegation": eight), with the others listed; None unless a count of delegations is asked with one
    participant or country set aside."""
    factbase = matcher.factbase
    counting = _COUNTING_RE.search(r.question)
    if counting is not None and "@count" in r.keys and set(r.words) & (_DELEGATION_WORDS | _HEADS_WORDS):
        # "how many heads of delegation, counting Smailov", "вместе с Казахстаном": all of them
        tokens, _ = matcher.analyze(counting.group(2))
        if any(k.startswith(("P:", "C:")) for t in tokens for k in t.keys):
            return with_changes(fact_reply(factbase, PARTICIPANTS_ID, r.language, score=reading_score(r)),
                                intent="count")
    found = _BESIDES_RE.search(r.question)
    # (or the list of them: "name all the heads of delegation, apart from the Kazakh prime minister")
    if found is None or not {"@count", "@who", "@list"} & r.keys or not set(r.words) & _DELEGATION_WORDS:
        return None
    # what is set aside ends at a comma: "Besides energy, what did Aripov suggest ...": energy (no one)
    tokens, _ = matcher.analyze(found.group(2).split(",")[0])
    keys = {k for t in tokens for k in t.keys}
    attended = [s for s in factbase.speakers.values() if s.attended]
    set_aside = [s for s in attended if f"P:{s.id}" in keys or country_key(s) in keys]
    if not set_aside and any(k.startswith(("P:", "C:")) for k in keys):  # "besides Lebedev": he led none
        return with_changes(fact_reply(factbase, PARTICIPANTS_ID, r.language, score=reading_score(r)), intent="count")
    if not set_aside:
        return None
    others = [s.id for s in attended if s not in set_aside]
    headline = phrase(r.language, "count_besides", count=len(others),
                      name=", ".join(speaker_name(s, r.language) for s in set_aside),
                      country=", ".join(speaker_country(s, r.language) for s in set_aside))
    return list_reply(factbase, r.language, headline, others, intent="count", score=reading_score(r))

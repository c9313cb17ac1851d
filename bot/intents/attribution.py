"""Who reported it: "who told TASS about 22 documents", "which outlet reported twenty", "по чьим
данным". The fact that answers the question without its "who reported" frame, headed by who said
it and which report published it, citing whom.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import Agreement, Entry, Speaker, Statement
from bot.intents.memo import per_question
from bot.intents.people import statements_of, summing_up_of
from bot.intents.reading import (
    Reading,
    agreement_kind,
    asks_yes_or_no,
    credits_by_fact,
    dates_in,
    derived,
    doc_holds,
    entry_texts,
    holds_pasted,
    holds_the_subject,
    keys_held,
    months_named,
    pasted_words,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
    words_no_fact_holds,
)
from bot.intents.replying import abstain, fact_ids, list_reply, publishers_of, with_changes
from bot.intents.retrieval import figure_asked, retrieve, said_in_the_same_report
from bot.intents.texts import phrase
from bot.intents.vocabulary import WHERE_WORDS, city_named, numbers_named
from bot.matcher import SOURCES_ID, Matcher
from bot.replies import Reply, fact_reply, role_and_country, source_via, speaker_name, speaker_surname
from bot.text import tokenize

__all__ = ["asks_attribution", "asks_the_source", "attribution_line", "attribution_reply", "exact_day_asked", "exact_day_reply",
           "gives_its_authority"]

# Who *reported* something (an outlet, an agency, a press service), as against who said it.
_REPORT_WORDS = frozenset("""
    reported reports report wrote written published publish told broke citing cited according base based
    сообщил сообщила сообщили сообщило сообщает сообщают написал написала написали написало пишет
    опубликовал опубликовала опубликовали опубликовало передал передало передает
    передаёт ссылкой чьим ссылаясь soobshchil soobshchili napisal napisali covered cover covering писали писал
    писало данные данным данных ссылается ссылаются сослался сослалось cite cites согласно soglasno per
    написано сказано называют называет дают даёт дает указывают указывает указан указана указано упоминают
    упоминает soobshil soobshila soobshili soobschil soobshchila soobshaet pishet pisal pisala pisali pisalo
    napisala peredal peredala
""".split())  # (and as typed in Latin letters: "kto soobshil", "kakoe agentstvo pisalo")


_OUTLET_WORDS = frozenset("""
    outlet outlets agency agencies newspaper newspapers media publication publications publisher
    website site издание издания агентство агентства сми газета газеты сайт издательство source
    агентству агентстве агентств изданию издании изданий agentstvo agentstva izdanie izdaniye sayt gazeta
""".split())


_WHICH_WORDS = frozenset("""which what whose какое какой какая какие какому какого каком чьим чей чья kakoe kakoy
    kakomu kakogo""".split())
# "which reports carry X's words" (not "what do the reports say", which asks what they say)
_WHICH_ONES = frozenset("which какие какая какое какой каких каком kakie kakikh".split())
_REPORT_NOUNS = frozenset("""reports sources публикации публикациях источники источниках отчёты отчётах отчеты отчетах
    статьи статьях""".split())
# the reports are what is asked ("which reports carry ...", "в каких публикациях"), not "which heads of
# government do the reports quote"
_WHICH_REPORTS_RE = re.compile(rf"\b({'|'.join(sorted(_WHICH_ONES))}) (of the )?({'|'.join(sorted(_REPORT_NOUNS))})\b")
# "where was Aripov's speech published", "где опубликована речь": in which report
_PUBLISHED = frozenset("""published carried carry carries printed appeared опубликована опубликован опубликованы
    опубликовано напечатана напечатан вышла вышел вышли""".split())
# how a report quotes ("which reports quote Aripov directly"): part of the frame, not a subject
_VERBATIM = frozenset("directly direct verbatim literally напрямую дословно прямо прямую".split())
_QUOTING = frozenset("""quoted quote quotes quoting цитировал цитировала цитировало цитировали цитирует цитируют
    процитировал процитировала процитировало процитировали""".split())


# "which reports are written in Russian", "какие публикации на английском": the reports' languages,
# which the list of reports shows (their titles, and "in Russian" where a reply quotes one)
_LANGUAGE_RE = re.compile(r"\b(in|на|na) (russian|english|русском|английском|russkom|angliyskom)\b|\blanguages?\b|"
                          r"\bязык\w*")


def asks_the_source(r: Reading) -> bool:
    """"Who reported it", "где об этом написано", "which outlet carried that": the report is asked,
    whatever it is about (a second question about the first's answer, whose reply names its source)."""
    words = set(r.words)
    return bool(words & (WHERE_WORDS | _WHICH_WORDS | {"who", "кто", "kto"}) or "@who" in r.keys) \
        and bool(words & (_SOURCE_VERBS | _OUTLET_WORDS | _PUBLISHED) or "@source" in r.keys)


# a report's own doing (not "cover", "according", "data", which also ask what, not who)
_SOURCE_VERBS = frozenset("""reported report wrote written published сообщил сообщила сообщили сообщает написал
    написала написали написано пишет писали опубликовал опубликовала опубликовали опубликовано soobshil soobshchil
    soobshila soobshili pisal pisala pisali pisalo napisal napisali""".split())


def asks_attribution(r: Reading) -> bool:
    """"Who told TASS about 22 documents", "which outlet reported 22 documents", "кто сообщил о
    22 документах": the answer is the report's attribution (publisher, the agency it cites),
    which a fact's reply alone leaves to its source line. Needs a subject to attribute."""
    return _asks_attribution(r.words, r.keys, r.people, r.countries, r.topic)


@per_question  # (asked of one question by several rules)
def _asks_attribution(asked: tuple[str, ...], keys: frozenset[str], people: tuple[str, ...],
                      countries: tuple[str, ...], topic: bool) -> bool:
    words = set(asked)
    whence = bool(words & {"откуда", "otkuda", "whence", "чьим", "чьей", "whose", "whom"})  # "откуда данные", "по чьим данным"
    asks = "@who" in keys or whence or bool(words & _WHICH_WORDS and words & _OUTLET_WORDS) \
        or _WHICH_REPORTS_RE.search(" ".join(asked)) is not None or bool(words & WHERE_WORDS and words & _PUBLISHED)
    reported = words & (_REPORT_WORDS | _OUTLET_WORDS | _PUBLISHED) or "@source" in keys
    if people and re.match(r"(who is|who s|who was|кто такой|кто такая|кто это) ", " ".join(asked)):
        return False  # "кто такой Мередов и что он доложил": who the person is, and their words
    if people and figure_asked(asked, keys, bool(people)):
        return False  # "what trade figure did Smailov cite": a number in X's words, not who reported them
    return asks and bool(reported) and (topic or bool(people or countries))


# the words that give a report as the authority ("according to TASS, ...") rather than ask who reported
_AUTHORITY = frozenset("per согласно soglasno says say writes пишет пишут".split())


def gives_its_authority(r: Reading) -> bool:
    """True when the question's only word of reporting names its authority ("according to Sputnik,
    who represented Armenia?"): it asks what that report says, not who reported something."""
    words = set(r.words)
    return bool(words & _AUTHORITY) and not words & (_REPORT_WORDS | _OUTLET_WORDS) - _AUTHORITY \
        and "@source" not in r.keys


# "two English versions of X's sentence", "обе версии": how many renderings, not a number the fact must hold
_VERSIONS_RE = re.compile(r"\b(two|both|2|две|два|обе|оба)\s+(\w+\s+)?(versions?|renderings?|translations?|wordings?|"
                          r"версии|версий|варианта|вариантов|перевода|формулировки)\b", re.IGNORECASE)


# the clauses of a question of two people, the asking one last: "Asia-Plus takes Mishustin's words from
# Interfax, and Lebedev's from which agency?"
_CLAUSE_RE = re.compile(r"\s*[,;—–]\s*|\s+-\s+")


def _asked_of_the_last(matcher: Matcher, r: Reading) -> Reading:
    """The question read for the one person its last clause names (with the clauses just before it
    when it names nobody), when the question names two or more and the clauses before tell of the others
    ("слова Мишустина у Interfax, а слова Лебедева — у какого агентства": Lebedev's); as it is otherwise."""
    if len(r.people) < 2:
        return r
    clauses = [c for c in _CLAUSE_RE.split(r.question) if c.strip()]
    for start in range(len(clauses) - 1, 0, -1):
        last = read(matcher, " ".join(clauses[start:]), r.language)
        if last.people:
            if len(last.people) == 1 and last.people[0] in r.people and _WHICH_WORDS & set(last.words):
                return replace(r, people=(last.people[0], *(p for p in r.people if p != last.people[0])))
            return r
    return r


_THAT = frozenset("that что chto shto".split())


def _the_next_if_asked(matcher: Matcher, r: Reading, found: Reply, named: list[str]) -> Reply:
    """`found`, or, for the next meeting asked and nothing else (no report, place, month, number, document or
    other subject named), the schedule's fact that answers it best ("when and where will they meet next? which source says so": Ashgabat,
    not Sputnik's June 2023 words on the meeting then next, in Bishkek)."""
    factbase = matcher.factbase
    entry = factbase.entry(found.fact_id or "")
    if "@next" not in r.keys or named or not isinstance(entry, Agreement) or agreement_kind(entry) == "schedule" \
            or months_named(r.words) or any(w.isdigit() for w in r.words) or "@document" in r.keys \
            or r.keys & derived(matcher).meeting_keys \
            or any(not keys <= {"@source"} for keys in subject_keys(matcher, r)):
        return found  # (the next meeting alone asked: not "at the Sochi meeting, where was the next one", "the
        # document on the next regular session", "first planned for the 27th")
    schedule = [a.id for a in derived(matcher).by_kind.get("schedule", [])]
    scored = matcher.score_facts(r.question, schedule, r.language)
    return fact_reply(factbase, scored[0].fact_id, r.language, score=scored[0].confidence) if scored else found


# what someone is said to have said, after the word of saying: "which outlet quoted Mishustin saying the CIS is finished"
_SAID_CLAUSE_RE = re.compile(r"(?<!\bчто )(?<!\bwhat )\b(?:saying|said|says|заявил\w*|сказал\w*|говорил\w*)[,:]?\s+"
                             r"(?:that\s+|что\s+)(?P<said>[^.?!;]{8,})|\b(?:saying|said|says)\s+(?P<quoted>['‘“«\"][^'’”»\"]{8,})",
                             re.IGNORECASE)
# a question inside what is said to have been said ("сказал, что ... и через какое агентство"): no claim
_ASKING_INSIDE_RE = re.compile(r"\b(?:what|which|who|how|whom|что|какое|какой|какие|кто|как|через|откуда)\b", re.IGNORECASE)


def _words_put_to_them(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which outlet quoted Mishustin saying 'the CIS is finished'?": none of one person's statements holds what he is
    said to have said, so no report ran it; his statements, unanswered. None when none is put, or one holds it."""
    found = _SAID_CLAUSE_RE.search(r.question) if len(r.people) == 1 else None
    if found is None or r.people[0] not in matcher.factbase.speakers:
        return None
    clause = found.group("said") or found.group("quoted")
    if _ASKING_INSIDE_RE.search(clause):
        return None
    before, _ = matcher.analyze(" ".join(r.question[:found.start()].split()[-4:]))
    if not any(f"P:{r.people[0]}" in t.keys for t in before):
        return None  # (the saying is someone else's: "Мой муж говорил, что ... Правда ли, что Мишустин назвал ...")
    said = read(matcher, clause, r.language)
    subject = [keys for keys in subject_keys(matcher, said)
               if keys and not any(k.startswith(("P:", "C:", "@")) for k in keys)]
    own = statements_of(matcher, r.people[0])
    if not own or not subject or any(holds_the_subject(matcher, s.id, subject) for s in own):
        return None
    name = speaker_name(matcher.factbase.speakers[r.people[0]], r.language)
    shown = list_reply(matcher.factbase, r.language, phrase(r.language, "said_not_these_words", name=name),
                       [s.id for s in own], intent="attribution", score=reading_score(r))
    return with_changes(shown, answered=False)


def attribution_reply(matcher: Matcher, r: Reading) -> Reply:
    """The fact that answers the question without its "who reported" frame, headed by who said
    it (a statement's speaker) and who reported it, citing whom, for every fact shown."""
    factbase = matcher.factbase
    r = _asked_of_the_last(matcher, r)
    frame = _REPORT_WORDS | _OUTLET_WORDS | _WHICH_WORDS | _REPORT_NOUNS | WHERE_WORDS | _PUBLISHED | _VERBATIM
    tokens, _ = matcher.analyze(r.question)
    frame |= {t.word for t in tokens if set(t.keys) & {"@source", "@who"}}  # "who was its source"
    kept = without_words(_VERSIONS_RE.sub(" ", r.question), frame) or r.question
    # "which outlet was Asia-Plus's source for ...": the report named is the frame, not the subject, where
    # the rest of the question finds a fact on its own
    named = sources_named(matcher, r)  # one report named: "who did TASS cite for the Kyrgyz list" names two
    publisher = {w for source in named for w in tokenize(factbase.sources[source].publisher)} if len(named) == 1 else set()
    if publisher and (without_publisher := without_words(kept, publisher)):
        alone = retrieve(matcher, replace(r, question=without_publisher))
        if alone.answered and (e := factbase.entry(alone.fact_id or "")) is not None and e.source in named:
            kept = without_publisher  # the named report carries what the rest of the question finds
    asked = replace(r, question=kept)
    words = tokenize(r.question)
    claimed = words[next((i for i, w in enumerate(words) if w in _THAT), len(words)):]  # what it says was reported
    unheard = words_no_fact_holds(matcher, claimed)
    if unheard:  # "which outlet reported that Aripov proposed a common CIS currency": no report speaks of one (not
        # "in the context of Western sanctions, ... which outlet reported his remarks": background, not what was reported)
        return abstain(matcher, r, "attribution", phrase(r.language, "reported_by_none", words=", ".join(unheard)))
    denied = _words_put_to_them(matcher, r)
    if denied is not None:  # "which outlet quoted Mishustin saying 'the CIS is finished'": none; what they quote him
        return denied  # saying
    subject = subject_keys(matcher, asked, outcome=False)
    in_a_language = _LANGUAGE_RE.search(" ".join(r.words)) is not None and not r.people \
        and not set(r.countries) - {"C:russia"}  # "in Russian": a language, not Russia; nobody else named
    if in_a_language or not subject and not r.people and not r.countries and "@next" not in asked.keys:
        # "какие СМИ писали о заседании": every report
        return with_changes(fact_reply(factbase, SOURCES_ID, r.language, score=reading_score(r)), intent="attribution")
    found = _the_next_if_asked(matcher, asked, retrieve(matcher, asked), named)
    entry = factbase.entry(found.fact_id or "") if named and found.answered else None
    if entry is not None and getattr(entry, "source", None) not in named:
        # "who reported Uzbekistan's e-commerce proposal, according to Asia-Plus": that report's fact (AKIpress),
        # never another report's, which the question did not ask about
        theirs = [e.id for e in factbase.entries() if getattr(e, "source", None) in named and e.id in matcher.doc_by_id]
        names = {w for source in named for w in tokenize(factbase.sources[source].publisher)}
        rest = replace(r, question=without_words(kept, names) or kept)  # (the report's name is no subject)
        scored = matcher.score_facts(rest.question, theirs, r.language)
        rest_keys = subject_keys(matcher, rest, outcome=False)
        if scored and rest_keys and holds_the_subject(matcher, scored[0].fact_id, rest_keys):
            found = fact_reply(factbase, scored[0].fact_id, r.language, score=scored[0].confidence)
    counted = _counts_named(matcher, r)  # "which outlet said twenty documents": the count of twenty, not 22
    if counted:
        found = fact_reply(factbase, counted[0], r.language, score=reading_score(r)) if len(counted) == 1 else \
            list_reply(factbase, r.language, phrase(r.language, "tied"), counted, intent="attribution",
                       score=reading_score(r))
    pasted = pasted_words(r.question) if found.answered and found.items else None
    holding = [i for i in fact_ids(found) if (e := factbase.entry(i)) is not None and getattr(e, "quote", None)
               and any(holds_pasted(text, pasted) for text in entry_texts(e))] if pasted else []
    if holding:  # 'which outlet said the last meeting "was held in October last year in Bishkek"': the report whose
        # quote holds the words pasted, not the others the rest of the question finds
        found = fact_reply(factbase, holding[0], r.language, score=found.score) if len(holding) == 1 else \
            list_reply(factbase, r.language, phrase(r.language, "tied"), holding, intent="attribution",
                       score=found.score)
    days = dates_in(r.words)  # "which source says May 24": the facts whose own words give that day
    best_entry = factbase.entry(found.fact_id or "") if days and found.answered else None
    if best_entry is not None and not days <= dates_in(tuple(tokenize(getattr(best_entry, "quote", "")))):
        # not Meredov's preparations, whose title names "the 24 May meeting" and whose words do not; a report
        # that gives the day must hold as much of the rest of the question ("о подготовке ... 24 мая")
        held = keys_held(matcher, best_entry.id, subject)
        giving = [e.id for e in factbase.entries() if e.id in matcher.doc_by_id
                  and days <= dates_in(tuple(tokenize(getattr(e, "quote", ""))))
                  and keys_held(matcher, e.id, subject) >= held]
        if giving:
            found = fact_reply(factbase, giving[0], r.language, score=reading_score(r)) if len(giving) == 1 else \
                list_reply(factbase, r.language, phrase(r.language, "tied"), giving, intent="attribution",
                           score=reading_score(r))
    own = summing_up_of(matcher, r, r.people[0]) if r.people else []  # "Lebedev's summing-up: which agency"
    own = own or (statements_of(matcher, r.people[0]) if r.people and (
        not found.answered or found.fact_id == r.people[0] or not subject) else [])
    # nothing, X's entry rather than words, or X's words as a whole ("which reports carry Aripov's speech")
    person = r.people[0] if r.people else None
    if not own and not r.people and found.fact_id in factbase.speakers and set(r.words) & _QUOTING:
        # "which Russian official attended, and which agency quoted him": whom his words are credited to
        # (not the report that lists him among the participants)
        person = found.fact_id
        own = statements_of(matcher, person)
        if not own:  # "which agency quoted the Belarusian prime minister": none, which is said first
            note = phrase(r.language, "led_not_quoted", surname=speaker_surname(factbase.speakers[person], r.language))
            return with_changes(found, headline=f"{note} {found.headline}", intent="attribution",
                                answered=found.answered and "@participate" in r.keys)  # (who came was asked too)
    if len(r.people) == 1 and set(r.words) & _QUOTING and r.people[0] in factbase.speakers \
            and not statements_of(matcher, r.people[0]) and not derived(matcher).mentions.get(r.people[0]):
        # (not "which outlet quoted Tokayev": Smailov relays what he noted, in The Astana Times)
        # "какое издание цитировало Расулзоду": none; the report that lists him (not as one quoting him)
        listed = fact_reply(factbase, r.people[0], r.language, score=reading_score(r))
        note = phrase(r.language, "led_not_quoted", surname=speaker_surname(factbase.speakers[r.people[0]], r.language))
        return with_changes(listed, headline=f"{note} {listed.headline}", intent="attribution", answered=False)
    if set(r.words) & _VERBATIM:  # "which reports quote Aripov directly": not a reporter's paraphrase
        own = [s for s in own if not s.paraphrase]
    if own and person is not None:  # "where does the Lebedev summary come from": what the reports quote X
        # saying, each attributed
        speaker = factbase.speakers[person]
        found = list_reply(factbase, r.language, phrase(r.language, "said", name=speaker_name(speaker, r.language),
                                                        count=len(own)), [s.id for s in own], intent="attribution",
                           score=reading_score(r))
    if not found.answered or not found.fact_id or factbase.entry(found.fact_id) is None:
        return with_changes(found, intent="attribution")
    ids = [found.fact_id, *(i.fact_id for i in found.items)]
    best = factbase.entry(found.fact_id)
    also = _carried_elsewhere(matcher, best, subject) if not found.items and best is not None \
        and _REPORTS_ASKED_RE.search(" ".join(r.words)) else []
    if not also and isinstance(best, Agreement) and agreement_kind(best) == "schedule" and not named \
            and not set(r.words) & _FIRST and not said_in_the_same_report(matcher, kept, r.language, best.id):
        # "who reported the 24 May date", "which reports give the next meeting's date": every report that gives
        # it ("Trend" alone is half the answer), not "who in Turkmenistan reported on the preparations" (the
        # official the same report names)
        also = [i for i in _dates_elsewhere(matcher, r, best, subject) if i not in ids]
        if also:
            also = [i for i in ids if i != best.id] + also
    if also and best is not None and set(r.words) & _EXACT:  # "the exact date": a day, not Asia-Plus's "May 2024"
        dated = [i for i in (best.id, *also) if _gives_a_day(matcher, i)]
        if dated:
            best, also = factbase.entry(dated[0]), dated[1:]
            found = fact_reply(factbase, dated[0], r.language, score=found.score)
            ids = [dated[0]]
    if best is not None and also:  # "which reports mention the uranium programme": TASS's summary names it too
        found = list_reply(factbase, r.language, found.headline, [best.id, *also], intent="attribution",
                           score=found.score)
        ids = [best.id, *also]
    if "@who" in r.keys and not isinstance(best, Statement) and best is not None and not found.items:
        # "who in Turkmenistan reported on the preparations": the person the same report says
        # reported it, beside the report
        said = said_in_the_same_report(matcher, kept, r.language, best.id)
        if said:
            found = list_reply(factbase, r.language, found.headline, [best.id, *said[:1]],
                                intent="attribution", score=found.score)
            ids = [*ids, *said[:1]]
    # "which agency does Asia-Plus attribute it to": that report's line first, and only its own when it has any
    # ("where will the next meeting be according to Asia-Plus, and which agency did it cite": not Trend's too)
    ids = sorted(ids, key=lambda i: (e := factbase.entry(i)) is None or e.source not in named)
    if len(named) == 1 and any((e := factbase.entry(i)) is not None and e.source in named for i in ids):
        ids = list(dict.fromkeys(i for i in ids if (e := factbase.entry(i)) is not None and e.source in named))
        if len(ids) == 1 and found.items:
            found = fact_reply(factbase, ids[0], r.language, score=found.score)
        elif found.items and {i.fact_id for i in found.items} != set(ids):
            found = list_reply(factbase, r.language, found.headline, ids, intent="attribution", score=found.score)
    lines = tuple(dict.fromkeys(attribution_line(matcher, i, r.language) for i in ids if factbase.entry(i)))
    own_headline = () if found.items else (found.headline,)  # a list's items carry their titles
    return with_changes(found, headline=lines[0], details=(*lines[1:], *own_headline, *found.details),
                 intent="attribution")


_NEXT_FRAME = frozenset({"@source", "@who", "@when", "@where", "@next", "@meeting", "@say"})  # "its date", "reported"


def _dates_elsewhere(matcher: Matcher, r: Reading, best: Agreement, subject: list[set[str]]) -> list[str]:
    """The next meeting's facts of other reports that give what `best` does (the whole subject, or any, asked
    only as "the next meeting's date"), and every day, month and number the question names (not "who
    reported in February 2024": Trend's, not Turkmenportal's of April)."""
    dated = [set(t.keys) for t in matcher.analyze(" ".join(w for i, w in enumerate(r.words)
                                                          if i in months_named(r.words) or w.isdigit()))[0]]
    core = [keys for keys in (keys - _NEXT_FRAME for keys in subject) if keys]
    schedule = [a.id for a in derived(matcher).by_kind.get("schedule", []) if a.source != best.source]
    return [i for i in schedule if (not core or holds_the_subject(matcher, i, core))
            and (not dated or doc_holds(matcher, i, dated))]


def _gives_a_day(matcher: Matcher, fact_id: str) -> bool:
    """True when the fact's words give a day of a month ("on May 24"), not a month alone ("in May 2024")."""
    return any(dates_in(tokenize(text)) for text in entry_texts(matcher.factbase.entry(fact_id)))


# "which reports give only the month", "только месяц": the reports that give no day
_MONTH_ONLY_RE = re.compile(r"\b(only|just|только|лишь) (the )?(month|месяц)\b|\bmonth only\b")


def exact_day_asked(r: Reading) -> bool:
    """True when the question asks for an exact day, or says a month is all something gives ("only 'May 2024'")."""
    return bool(set(r.words) & _EXACT) or _MONTH_ONLY_RE.search(" ".join(r.words)) is not None


# the events before the next meeting that a report dates: the briefing, the working meeting
_BEFORE_IT_RE = re.compile(r"\b(?:briefing|брифинг\w*|working meeting|рабоч\w+ встреч\w*|rabochei vstrechi)\b")


def exact_day_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """Which reports give the next meeting's day, and which its month alone: "does Asia-Plus give the exact
    date of the next meeting" (no: May 2024; Trend and Turkmenportal give 24 May), "which reports give only
    the month"; None unless the next meeting's exact day (or the month alone) is asked of the reports."""
    words = set(r.words)
    month_only = _MONTH_ONLY_RE.search(" ".join(r.words)) is not None
    exact = exact_day_asked(r)
    named = sources_named(matcher, r)
    # (the next meeting, or its city: "the Ashgabat meeting")
    next_named = "@next" in r.keys or any(city_named(k) for k in r.keys & derived(matcher).schedule_keys) \
        and "@previous" not in r.keys and not any(city_named(k) for k in r.keys & derived(matcher).meeting_keys)
    # (not "Trend's piece on the Ashgabat meeting: how does it refer back to the Bishkek session, with an exact
    # date?": the meeting before, which it gives a month)
    if not next_named or r.people or words & _WHOSE_WORD or _BEFORE_IT_RE.search(" ".join(r.words)) \
            or not (exact or named and "@when" in r.keys and asks_yes_or_no(r)):
        return None  # (not "who is its source, and does it give a day": the report's source is asked too; nor
        # "Turkmenportal: the dates of the briefing and the working meeting before it": those days)
    if not named and not month_only:
        return None  # "which reports give the exact date": attribution_reply, each report that gives one
    if len({matcher.factbase.sources[n].publisher for n in named}) > 1:
        return None  # "do Asia-Plus and Trend give the same date": a comparison
    schedule = [a.id for a in derived(matcher).by_kind.get("schedule", [])]
    dated = [i for i in schedule if _gives_a_day(matcher, i)]
    undated = [i for i in schedule if i not in dated and _gives_a_month(matcher, i)]
    lang = r.language
    if not named:  # "which reports give only the month of the next meeting"
        monthly = ", ".join(dict.fromkeys(matcher.factbase.sources[matcher.factbase.agreements[i].source].publisher
                                          for i in undated))
        return list_reply(matcher.factbase, lang, phrase(lang, "month_only", publisher=monthly), [*undated, *dated],
                          intent="attribution", score=reading_score(r))
    theirs = [i for i in schedule if matcher.factbase.agreements[i].source in named]
    publisher = publishers_of(matcher.factbase, named)
    if not theirs:  # "does TASS give the (exact) date of the next meeting": it says nothing of the next meeting
        return list_reply(matcher.factbase, lang, phrase(lang, "next_not_in" if exact else "next_not_in_dated",
                                                         publisher=publisher), dated if exact else [*undated, *dated],
                          intent="attribution", score=reading_score(r))
    theirs_dated = [i for i in theirs if i in dated]
    if not exact and not theirs_dated:  # "does Asia-Plus give the date": its month, no day
        return list_reply(matcher.factbase, lang, phrase(lang, "month_given", publisher=publisher), [*theirs, *dated],
                          intent="attribution", score=reading_score(r))
    if theirs_dated:
        return list_reply(matcher.factbase, lang, phrase(lang, "day_given", publisher=publisher),
                          [*theirs_dated, *(i for i in dated if i not in theirs)],
                          intent="attribution", score=reading_score(r))
    return list_reply(matcher.factbase, lang, phrase(lang, "day_not_given", publisher=publisher),
                      [*theirs, *dated], intent="attribution", score=reading_score(r))


_WHOSE_WORD = frozenset("""who whom agency agencies attribute attributed source кто агентство агентства ссылкой
    источник""".split())


def _gives_a_month(matcher: Matcher, fact_id: str) -> bool:
    return any(months_named(tokenize(text)) for text in entry_texts(matcher.factbase.entry(fact_id)))


_EXACT = frozenset("""exact precise exactly точную точная точной точно точный tochnuyu tochnaya day день дня число
    денёк""".split())


def _carried_elsewhere(matcher: Matcher, best: Entry, subject: list[set[str]]) -> list[str]:
    """The facts of other reports that carry what `best` does: of its kind (and speaker), holding the
    subject, or, in the other language, its concepts ("@uranium") if not its every word."""
    concepts = [keys for keys in subject if any(k.startswith("@") for k in keys)]
    return [e.id for e in matcher.factbase.entries() if e.source != best.source and type(e) is type(best)
            and getattr(e, "speaker", None) == getattr(best, "speaker", None)
            and (holds_the_subject(matcher, e.id, subject) or bool(concepts) and doc_holds(matcher, e.id, concepts))]


_FIRST = frozenset("first earliest earlier first-ever первым первой первое первая раньше раньше всех".split())
# the reports asked in the plural ("which reports mention", "в каких изданиях"): each that carries it
_REPORTS_ASKED_RE = re.compile(r"\b(?:which|what) (?:reports|outlets|media|sources|publications|agencies|articles)\b|"
                               r"\b(?:в каких|какие) (?:издания|изданиях|публикации|публикациях|сми|источники|"
                               r"источниках|агентства)\b")


def _counts_named(matcher: Matcher, r: Reading) -> list[str]:
    """The count facts giving the number of documents the question names ("twenty", "22", "двадцать два")."""
    asked = numbers_named(r.words)  # no years
    if not asked or "@document" not in r.keys:
        return []
    return [a.id for a in derived(matcher).by_kind.get("count", []) if a.count in asked]


def attribution_line(matcher: Matcher, fact_id: str, lang: str) -> str:
    """Who said or gave a fact, which report carried it and which agency that report credits."""
    factbase = matcher.factbase
    entry = factbase.entry(fact_id)
    assert entry is not None
    source = factbase.source_of(entry)
    # the agency the report credits for this very fact, where recorded; else the report's own list, unless
    # the report credits its facts one by one (Asia-Plus): then a fact it credits to none gets none
    own = source_via(entry, lang) if not isinstance(entry, Speaker) else None
    by_fact = credits_by_fact(matcher, source.id)
    via = own or (None if by_fact else source_via(source, lang))
    reported = phrase(lang, "reported_via" if via else "reported_by", publisher=source.publisher, via=via)
    if isinstance(entry, Statement):
        speaker = factbase.speakers[entry.speaker]
        return phrase(lang, "said_by", name=speaker_name(speaker, lang), role=role_and_country(speaker, lang),
                  reported=reported)
    return reported[:1].upper() + reported[1:] + "."

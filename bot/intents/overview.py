"""Overview: the agenda, the results, a summary, the next meeting (the schedule facts), how the
meeting came about (the background facts), and a date checked against the meeting's ("was it on
27 October?"). Each is a list of curated facts, in the reports' words.
"""

from __future__ import annotations

import re

from bot.intents.reading import (
    REPORT_NOUNS,
    WH_RE,
    Reading,
    asks_yes_or_no,
    beyond_agenda,
    country_words,
    dates_in,
    derived,
    doc_holds,
    entry_texts,
    is_number,
    is_year,
    months_named,
    other_days_named,
    publisher_words,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
)
from bot.intents.replying import list_reply, with_changes
from bot.intents.retrieval import TIE_MARGIN, asks_day, asks_why, capitalised_unknown
from bot.intents.texts import phrase
from bot.intents.vocabulary import AGENDA_RE, FRAME, MORE_WORDS, NOT_TOPIC, OTHER_PLACES, PREPARING
from bot.matcher import Matcher
from bot.replies import Reply, fact_reply, format_date
from bot.text import stem, tokenize

__all__ = ["ORIGIN_FLOOR", "announced_origin_reply", "date_check", "earlier_meeting_day", "earlier_meeting_decisions", "origin_reply", "overview_reply", "proposer_claim_reply",
           "without_set_aside"]

ORIGIN_FLOOR = 35  # among the few background facts, a question about how the meeting came about


_SCHEDULING = frozenset(stem(w) for w in """scheduled schedule planned plan slated expected due set
    запланировано запланировано планируется намечено назначено""".split())  # "when is it scheduled"


_SUMMARY_RE = re.compile(
    r"\b(summar\w*|overview|recap|brief\w*|how did (it|the meeting|the talks|the session) go|"
    r"what happened|резюме|обзор|кратко|кратк(ую|ая|ое|ий|ие) (сводк\w*|справк\w*|обзор\w*)|сводк\w*|вкратце|"
    r"как прошл\w*|что произошло|что было|"

    r"rezyume|obzor|kratko|vkrattse|vkratse|kak proshl\w*|"
    # "tell me about the meeting", "что известно о заседании": the meeting as a whole
    r"(tell me|what do (we|you) know|what is known|what s known) about (the |this )?(meeting|session|council|summit)|"
    # "what is this meeting about", "о чём было заседание": what it was, as a whole
    r"what (is|was) (the |this )(meeting|session|council|summit) (actually |all |really )?about|"
    r"(о чём|о чем|pro chto|o chem) (было |был |это )?(это |эта |этот )?(заседание|встреча|совет|саммит)|"
    r"(расскажи|расскажите|что известно) (о|об|про) (заседании|заседание|встрече|встречу|саммите|саммит))\b")


# "what's new", "important things", "Что главное?": no subject, only a wish for what matters: the summary,
# never the fact that happens to hold "new" ("a new impetus") or "important" ("it is important to")
_VAGUE_RE = re.compile(
    r"^(what\s?s|what is|any|tell me|the|что|а что)?\s*(new|news|important things?|key points|main (points|things|takeaways)|"
    r"takeaways|highlights|главное|основное|самое (главное|важное)|ключевые моменты|что нового|новости)\s*\??$")


_RESULT_WORDS = frozenset("""
    result results outcome outcomes conclusion conclusions achieved итоги итог итогам результаты
    результат результатам итоговые itogi itog itogam rezultaty
""".split())


# "apart from the economy, what else was on the agenda": the thing set aside is no subject
_SET_ASIDE_RE = re.compile(r"\b(apart from|aside from|besides|except for|except|other than|кроме|помимо)\s+"
                           r"(the\s+)?[^\s,;:?!]+(\s+(and|и)\s+[^\s,;:?!]+)?", re.IGNORECASE)


# the whole clause set aside, to the next punctuation ("apart from free trade,"; "besides trade and industry?")
_ASIDE_CLAUSE_RE = re.compile(r"\b(apart from|aside from|besides|except for|except|other than|кроме|помимо)\b[^,;:?!.]*",
                              re.IGNORECASE)


def without_set_aside(matcher: Matcher, r: Reading) -> Reading | None:
    """"Besides trade and transport, was anything cultural on the agenda": the question read without
    the topics it sets aside, when it asks about the agenda; None for any other question (and for a
    person set aside, which the reading handles)."""
    found = _ASIDE_CLAUSE_RE.search(r.question)
    if r.people or found is None:
        return None
    aside, _ = matcher.analyze(found.group(0))
    if any(k.startswith(("P:", "C:")) for t in aside for k in t.keys):
        return None  # "other than Kazakhstan, who discussed transport routes": a country set aside, not a topic
    rest = r.question[:found.start()] + " " + r.question[found.end():]
    if not AGENDA_RE.search(" ".join(tokenize(rest))) or not tokenize(rest):
        return None
    return read(matcher, rest, r.language)


_SUMMARY_WORDS_RE = re.compile(r"\b(summar\w*|overview|recap|brief\w*|short|quick|резюме|обзор\w*|кратк\w*|"
                               r"вкратце|коротко|сводк\w*|give|me|please|дай\w*|пожалуйста)\b")


def _only_the_meeting(matcher: Matcher, r: Reading) -> bool:
    """True when, the words asking for a summary aside ("give me a short summary of the meeting"), the
    question names nothing but the meeting: the summary word is its subject, not a topic of its own."""
    rest = read(matcher, _SUMMARY_WORDS_RE.sub(" ", " ".join(r.words)), r.language)
    return not rest.topic and not rest.people and not rest.countries


# who reported the schedule ("when is the next meeting, and who reported it"): the reports its facts name
_REPORTED_FORMS = frozenset("""reported reports wrote published сообщил сообщила сообщили сообщает сообщают писал
    писала писали написал написала опубликовал опубликовала soobshchil soobshil pisal napisal""".split())


def _results_of_another_thing(matcher: Matcher, r: Reading) -> bool:
    """True when the results asked are of something no account of the meeting's results holds ("mutual recognition
    of conformity assessment results"): a subject of two words or more beyond the meeting and the results."""
    subject = [keys for keys in subject_keys(matcher, r, known_only=True)
               if not keys <= derived(matcher).meeting_keys | FRAME | {"@source", "@result"} and not is_number(keys)]
    if len(subject) < 2:
        return False
    by_kind = derived(matcher).by_kind
    return not any(doc_holds(matcher, a.id, subject, share=0.5) for kind in ("result", "count") for a in by_kind.get(kind, []))


def overview_reply(matcher: Matcher, r: Reading) -> Reply | None:
    factbase = matcher.factbase
    if _SET_ASIDE_RE.search(r.question) and MORE_WORDS & set(r.words):
        r = read(matcher, _SET_ASIDE_RE.sub(" ", r.question), r.language)
    text = " ".join(r.spoken or r.words)  # "chto bylo na povestke" as "что было на повестке"
    words = set(r.spoken or r.words)
    lang = r.language
    if set(r.words) & set(OTHER_PLACES) and not "@next" in r.keys:
        return None  # "the results of the Sochi meeting": not this meeting's overview
    if ("@next" in r.keys and ("@meeting" in r.keys or {"@when", "@where"} & r.keys)
            or {"@when", "@where"} & r.keys and _shares_schedule_words(matcher, r)) \
            and "@previous" not in r.keys:  # not "when was the previous meeting before Ashgabat"
        if _beyond_schedule(matcher, r):  # "when is the briefing before the Ashgabat meeting": retrieval
            return None
        if "@who" in r.keys and not words & _HOST_FORMS and not words & _REPORTED_FORMS:
            return None  # "who will chair it": the schedule names a place (but "кто об этом сообщил": its reports)
        kinds: tuple[str, ...] = ("schedule",)
        key = "next_meeting"
    elif _SUMMARY_RE.search(text) and (not r.topic or _only_the_meeting(matcher, r)) \
            or _VAGUE_RE.search(text) and len(r.words) <= 6 \
            or _KEY_FACTS_RE.search(text) and not r.people and not r.countries \
            and not [k for k in subject_keys(matcher, r, known_only=True)
                     if not k <= derived(matcher).meeting_keys | _KEY_FACT_WORDS | FRAME | {"@source", "@ready"}]:  # "готовлю"
        kinds, key = ("agenda", "result", "count", "schedule"), "summary"
    elif words & _RESULT_WORDS and "@who" not in r.keys and not _results_of_another_thing(matcher, r):
        # (not "who summed up the results": a person; nor "mutual recognition of conformity assessment results")
        kinds, key = ("result", "count"), "results"
    elif AGENDA_RE.search(text) and not beyond_agenda(matcher, r):
        kinds, key = ("agenda",), "agenda"
    else:
        return None
    by_kind = derived(matcher).by_kind
    ids = [a.id for kind in kinds for a in by_kind.get(kind, [])]
    if key in ("agenda", "summary"):  # the priorities the speakers set out were the agenda too
        ids += derived(matcher).priorities
    if not ids:
        return None
    if key == "next_meeting" and any(w.startswith(PREPARING) for w in r.words):
        ids = _preparations(matcher, ids) + ids  # "what preparatory events were planned in Ashgabat"
    if key == "summary" and factbase.meeting:
        ids.insert(0, factbase.meeting.id)
    return list_reply(factbase, lang, phrase(lang, key), ids, intent="overview", score=reading_score(r))


def _preparations(matcher: Matcher, schedule: list[str]) -> list[str]:
    """The statements in the schedule facts' own reports on preparing the meeting (Meredov's briefing on
    20 May and working meeting on 23 May, in Turkmenportal's report), which no schedule fact gives."""
    factbase = matcher.factbase
    sources = {e.source for i in schedule if (e := factbase.entry(i)) is not None}
    return [s.id for s in factbase.statements.values() if s.source in sources
            and any(w.startswith(PREPARING) for t in entry_texts(s) for w in tokenize(t))]


# "the key facts I should lead with", "дайте три главных факта о заседании": the meeting as a whole, whatever
# the request says it is for (a TV segment, a briefing)
_KEY_FACTS_RE = re.compile(r"\b(key|main|top|essential|basic|most important) facts\b|\b(главн|ключев|основн|важн)\w* факт\w*")


_KEY_FACT_WORDS = frozenset(stem(w) for w in """key main top essential basic important most главные главных ключевые
    ключевых основные основных важные важных""".split())


_ORIGIN_FORMS = frozenset("""why chose chosen choose picked initiative originally initially announced supposed почему
    выбрали выбран выбрана выбрано инициатива инициативе инициативы изначально анонсировали анонсировано
    объявили объявлено объявил первоначально чья чьей чьему obyavil whose set fixed назначили назначена назначено
    объявляли объявлял объявляла сначала перенесли перенесено перенесен перенесён перенос moved postponed rescheduled
    shifted""".split())


_A_DOCUMENT_RE = re.compile(r"\b(agreements?|соглашени\w*|programmes?|programs?|программ\w*|documents?|документ\w*|"
                            r"concepts?|концепци\w*|treaty|treaties|договор\w*)\b")
_NEXT_PLACE_RE = re.compile(r"\b(ashgabat|ashkhabad|ашхабад\w*|ашгабат\w*)\b")
_DECIDED_FORMS = frozenset("""decided decide decision agreed determined решили решено решение решения принято договорились
    определили определено""".split())


# "who proposed holding it in Bishkek", "по чьему предложению": whose proposal the venue was
_PROPOSED_FORMS = frozenset("""proposed propose proposal suggested suggest предложил предложила предложили
    предложение предложению предложения choose chose chosen pick picked select selected выбрал выбрала
    выбрали""".split())  # ("did Russia pick Bishkek as the venue": the choice, at whose proposal)
_HOLD_FORMS = frozenset("""hold held holding host hosted hosting venue place meet convene провести провели проводить
    проводили проведения место собраться встретиться
    пройдёт пройдет пройти состоится состояться""".split())


_HOST_FORMS = frozenset("""host hosts hosting hosted country city where принимает примет принимающая
    хозяин хозяйка страна город""".split())
_ORIGIN_WORDS = frozenset(stem(w) for w in _ORIGIN_FORMS)  # as the facts' keys hold them


_DECIDED = frozenset(stem(w) for w in _DECIDED_FORMS)


# the day asked as "when exactly": "когда именно прошло заседание в Сочи", "when exactly was the Sochi meeting"
_EXACTLY_WHEN_RE = re.compile(r"\b(when|когда) (exactly|precisely|именно|точно)\b|\b(exactly|precisely) when\b")


# words for a date announced, not the day a meeting was held: "what date was announced in Sochi"
_ANNOUNCED_FORMS = frozenset("""announced announce originally initially first planned scheduled slated set fixed named given
    анонсировали анонсировано объявили объявлено объявил объявлена изначально первоначально назначили назначена
    назначено названа назвали планировалось объявляли объявлял объявляла""".split())


_AT_THIS_PLACE_RE = re.compile(r"\b(meeting|session|summit|встрече|заседании|саммите|совете) (in|в) (bishkek|бишкеке)\b")
_WOULD_BE = frozenset("would will будет будут budet".split())
_WHERE_ASKED = frozenset("where which где каком какой gde kakom".split())
_CHECKED_RE = re.compile(r"\b(right|correct|true|верно|правда|так ли|ли|li|pravda)\b")
_THIS_PLACE_RE = re.compile(r"\b(bishkek\w*|бишкек\w*)\b")


_IN_THIS_PLACE_RE = re.compile(r"\b(?:in|at|в|на|v) (?:the )?(?:bishkek\w*|бишкек\w*)\b")  # ("at the Bishkek meeting")
# "how they decided to make this meeting in Bishkek": the meeting held there, put as "make" or "have"
_MADE_IN_THIS_PLACE_RE = re.compile(r"\b(?:make|made|have|had|organi[sz]e|organi[sz]ed)\s+(?:this|that|the)\s+"
                                    r"(?:meeting|session|council)\s+(?:in|at)\s+bishkek\b")
_ON_THIS_PLACE_RE = re.compile(r"\b(agreed|decided|settled|остановились|сошлись)\s+(on|upon|на)\s+(bishkek\w*|бишкек\w*)\b")
# "решение провести заседание в Бишкеке": the city proposed for holding it, not where something was proposed
_HELD_IN_THIS_PLACE_RE = re.compile(r"\b(провести|проводить|hold|holding|held|meet|собраться)\b(?:\s+\w+){0,3}?\s+"
                                    r"(?:in|в)\s+(?:bishkek\w*|бишкек\w*)\b")
_A_PROPOSAL_RE = re.compile(r"предложени|proposal|proposed|at the suggestion", re.IGNORECASE)


# the words of asking how this meeting's venue came about, beside which a field of cooperation is another question
_PROPOSER_FRAME = frozenset({"@propose", "@meeting", "@cis", "@where", "@choose", "@country", "@year", "@previous"})
_ORIGIN_FRAME = frozenset({"@propose", "@choose", "@where", "@when", "@who", "@say", "@meeting", "@cis", "@source",
                           "@previous", "@next", "@year", "@country", "@president", "@document", "@sign", "@adopt",
                           "@plan"})  # ("на какую дату назначили": how it is asked)


def _concepts_beyond(matcher: Matcher, r: Reading, frame: frozenset[str]) -> list[set[str]]:
    """The concepts the question asks of beyond `frame` ("межрегиональное сотрудничество": @cooperation), each
    a word's keys; names, numbers and words no concept holds are left out."""
    return [keys for keys in subject_keys(matcher, r, known_only=True)
            if all(k.startswith("@") for k in keys) and not keys & frame]


def proposer_claim_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Did Armenia propose Bishkek?", "Бишкек выбрали по предложению Армении?": how Bishkek was chosen, as the
    report that tells of the proposal gives it, with "No:" above it when it credits another country. None
    unless one country is put to the proposal of this meeting's city."""
    text = " ".join(r.words)
    why = asks_why(r)  # "Lebedev said Kazakhstan proposed Bishkek - why?": the premise first
    # "what did Kyrgyzstan propose at the Sochi meeting": the proposal the report of that meeting tells of
    proposed_at = [OTHER_PLACES[w] for w in r.words if w in OTHER_PLACES] if len(r.countries) == 1 and not r.people \
        else []
    if proposed_at and set(r.words) & _PROPOSED_FORMS and not _THIS_PLACE_RE.search(text):
        told = [a for a in derived(matcher).by_kind.get("background", [])
                if _A_PROPOSAL_RE.search(a.quote) and {OTHER_PLACES.get(w) for w in tokenize(a.quote.lower())} & set(proposed_at)]
        if len(told) == 1:
            reply = with_changes(fact_reply(matcher.factbase, told[0].id, r.language, score=reading_score(r)),
                                 intent="overview")
            if r.countries[0] in matcher.doc_by_id[told[0].id].entities:
                return reply
            if asks_yes_or_no(r):  # "did Kazakhstan propose it in Sochi": no, Kyrgyzstan
                return with_changes(reply, headline=f"{phrase(r.language, 'role_no')} {reply.headline}")
            # "what did Kazakhstan propose in Sochi": the reports record no proposal of its there
            return with_changes(reply, answered=False,
                                headline=f"{phrase(r.language, 'no_proposal_there')} {reply.headline}")
    if len(r.countries) != 1 or not set(r.words) & _PROPOSED_FORMS or not _THIS_PLACE_RE.search(text) \
            or _IN_THIS_PLACE_RE.search(text) and not _HELD_IN_THIS_PLACE_RE.search(text) or not (asks_yes_or_no(r) or why or r.question.rstrip().endswith("?")
                                                      and not WH_RE.search(text)):
        return None  # not "what did Armenia propose in Bishkek": Bishkek is where, not what, was proposed
    proposals = [a for a in derived(matcher).by_kind.get("background", [])
                 if _A_PROPOSAL_RE.search(a.quote) and _THIS_PLACE_RE.search(a.quote.lower())]
    if len(proposals) != 1:
        return None
    fact = proposals[0]
    asked = _concepts_beyond(matcher, r, _PROPOSER_FRAME)
    if asked and not doc_holds(matcher, fact.id, asked):
        return None  # "did any country oppose Uzbekistan's e-commerce proposal at the Bishkek meeting": not the venue
    if any(f"P:{p}" not in matcher.doc_by_id[fact.id].entities for p in r.people):
        return None  # someone named whom the report of the proposal does not name (Lebedev, who announced it, it does)
    if why and r.countries[0] in matcher.doc_by_id[fact.id].entities:
        return None  # a why on a true premise asks the reason, which is no proposal's to give
    reply = with_changes(fact_reply(matcher.factbase, fact.id, r.language, score=reading_score(r)), intent="overview")
    if r.countries[0] in matcher.doc_by_id[fact.id].entities:
        return reply
    return with_changes(reply, headline=f"{phrase(r.language, 'role_no')} {reply.headline}")


def announced_origin_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"По чьему предложению местом проведения очередного заседания был выбран Бишкек", "at whose proposal
    was the next regular meeting set for Bishkek": the next meeting as it was when Bishkek was chosen, i.e.
    this one; how it came about, read without the word "next". None unless a choice of Bishkek is asked."""
    text = " ".join(r.words)
    words = set(r.words)
    if "@next" not in r.keys or r.people or not _THIS_PLACE_RE.search(text) or _NEXT_PLACE_RE.search(text) \
            or _AT_THIS_PLACE_RE.search(text):  # "decided at the meeting in Bishkek": where, not what, was decided
        return None
    if not (words & (_ORIGIN_FORMS | _DECIDED_FORMS | _PROPOSED_FORMS) or "@choose" in r.keys) or _CHECKED_RE.search(text):
        return None  # "is the next meeting in Bishkek?", "it was decided to hold the next one in Bishkek, right?"
    following = {w for w in r.words if any("@next" in t.keys for t in matcher.analyze(w)[0])}
    return origin_reply(matcher, read(matcher, without_words(r.question, following), r.language))


def _report_naming_words(matcher: Matcher, r: Reading, reports: list[str]) -> set[str]:
    """The words of a question that name its reports: their publishers, a country in a publisher's name ("Спутник
    Армения"), and the month and year they came out ("The June 2023 Sputnik Armenia item")."""
    published = {(d.year, d.month) for s in reports if (d := matcher.factbase.sources[s].published)}
    countries = {k for s in reports for tok in matcher.analyze(matcher.factbase.sources[s].publisher)[0]
                 for k in tok.keys if k.startswith("C:")}
    return {w for s in reports for w in r.words if w in publisher_words(matcher, s)} \
        | (country_words(matcher, r.question, among=countries) if countries else set()) \
        | {r.words[i] for i, month in months_named(r.words).items() if any(m == month for _, m in published)} \
        | {w for w in r.words if is_year(w) and any(y == int(w) for y, _ in published)}


def origin_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Why Bishkek?", "at which meeting was it decided to hold this one in Bishkek?", "на какую дату
    изначально анонсировали заседание": how this meeting came about, which the background facts tell.
    The meeting's own place is the subject here, so it is not dropped as it is for other questions."""
    background = derived(matcher).by_kind.get("background", [])
    known = derived(matcher)
    words = set(r.words)
    there = bool(words & {"там", "туда", "there", "tam"} and words & {"почему", "why", "зачем", "pochemu"})
    if not background or r.people or not (r.keys & (known.meeting_keys | {"@where", "@when"}) - {"@meeting"} or there):
        return None  # ("почему заседание провели именно там": the place, as "there")
    # "где решили, что будет Бишкек, на каком заседании": where it was decided (not "что решили, что будет дальше")
    held = words & _HOLD_FORMS or _THIS_PLACE_RE.search(" ".join(r.words)) and words & _WOULD_BE and words & _WHERE_ASKED \
        or _ON_THIS_PLACE_RE.search(" ".join(r.words)) or _MADE_IN_THIS_PLACE_RE.search(" ".join(r.words))
    # ("they agreed on Bishkek", "how they decided to make this meeting in Bishkek")
    if not (words & _ORIGIN_FORMS or "@choose" in r.keys or words & (_DECIDED_FORMS | _PROPOSED_FORMS) and held):
        return None  # "what did they decide in Bishkek" asks for the documents
    if "@next" in r.keys or _NEXT_PLACE_RE.search(" ".join(r.words)) or _A_DOCUMENT_RE.search(" ".join(r.words)):
        return None  # "who announced the date of the Ashgabat meeting", "when was the mining agreement signed originally"
    about_origin = [a.id for a in background if doc_holds(matcher, a.id, [set(_ORIGIN_WORDS | _DECIDED)])]
    # a field of cooperation asked of the meeting ("инициативы по межрегиональному сотрудничеству"), which no
    # account of how it came about holds: the question is about what was said there
    asked = _concepts_beyond(matcher, r, _ORIGIN_FRAME | known.meeting_keys)
    if asked and not any(doc_holds(matcher, i, asked, share=0.5) for i in about_origin):
        return None  # "какие инициативы по межрегиональному сотрудничеству прозвучали в Бишкеке": not how it came about
    days = other_days_named(matcher, r.words)
    if days:  # "who announced the 24 May date": not the announcement of 27 October
        about_origin = [i for i in about_origin
                        if days & set().union(*(dates_in(tokenize(t)) for t in entry_texts(matcher.factbase.entry(i))))]
    # "the Bishkek venue was agreed at the Minsk meeting, true?": scored without the place put, which is then checked
    told = " ".join(t for i in about_origin for t in entry_texts(matcher.factbase.entry(i))).lower()
    places = {w: place for w in r.words if (place := OTHER_PLACES.get(w) or OTHER_PLACES.get(matcher.cyrillic_of(w) or ""))
              and not any(form in told for form, its in OTHER_PLACES.items() if its == place)}  # Minsk, not Sochi
    scored = without_words(r.question, set(places)) or r.question
    reports = sources_named(matcher, r) if r.keys & {"@propose", "@choose"} else []
    if reports and all(getattr(matcher.factbase.entry(i), "source", None) in reports for i in about_origin):
        # "Sputnik Armenia: on whose proposal was Bishkek chosen?": every account of it is that report's, whose name
        # tells none of them from another (not "what date did Sputnik announce", which its own account of the
        # announcement, naming it, answers)
        scored = without_words(scored, _report_naming_words(matcher, r, reports)) or scored
    every = matcher.score_facts(scored, about_origin, r.language)
    ranked = [c for c in every if c.confidence >= ORIGIN_FLOOR]
    if not ranked:
        return None
    if "@who" in r.keys and words & _ANNOUNCED_FORMS:  # "who announced that it would be in Bishkek": the fact whose
        naming = [c for c in every if _titled_with_someone(matcher, c.fact_id)]  # title names him (Lebedev)
        ranked = naming + [c for c in ranked if c not in naming]
    close = [c.fact_id for c in ranked if c.confidence >= ranked[0].confidence - TIE_MARGIN]
    if len(close) > 1:
        return list_reply(matcher.factbase, r.language, phrase(r.language, "tied"), close, intent="overview",
                           score=max(c.confidence for c in ranked))  # (the surest reading of it, whichever is first)
    reply = with_changes(fact_reply(matcher.factbase, ranked[0].fact_id, r.language, score=ranked[0].confidence),
                         intent="overview")
    earlier = [OTHER_PLACES[w] if r.language == "en" else w.capitalize() for w in r.words
               if w in OTHER_PLACES and w not in places]  # Sochi, as the question writes it in Russian
    if earlier and (asks_day(r) or _EXACTLY_WHEN_RE.search(" ".join(r.words))) and not words & _ANNOUNCED_FORMS:
        # "on what date was the Sochi meeting": the reports give its month, not its day (not the 27 October announced)
        note = phrase(r.language, "earlier_day_not_given", place=earlier[0])
        return with_changes(reply, answered=False, headline=f"{note} {reply.headline}")
    if places:  # a place no report of how this meeting came about names
        return with_changes(reply, headline=f"{phrase(r.language, 'role_no')} {reply.headline}")
    return reply


def earlier_meeting_day(matcher: Matcher, r: Reading) -> Reply | None:
    """"When was the Sochi meeting?", "какого числа состоялась встреча в Сочи": a meeting that a report published
    before this one places (Sochi, June 2023): that report, under a note that none gives its day (never this
    meeting's day, nor "not in Sochi"). None unless its time alone is asked, of a place such a report names as a
    meeting's (not Minsk, whose meeting a later report announces, the day left out of our copy)."""
    if r.people or r.countries or "@next" in r.keys or not ("@when" in r.keys or asks_day(r)) or asks_yes_or_no(r) \
            or set(r.words) & _ANNOUNCED_FORMS:  # (not "what date was announced in Sochi": the origin's)
        return None
    places = {OTHER_PLACES[w] for w in r.words if w in OTHER_PLACES}
    if len(places) != 1 or _THIS_PLACE_RE.search(" ".join(r.words)):
        return None
    place = places.pop()
    forms = [form for form, its in OTHER_PLACES.items() if its == place]
    told = _earlier_meeting_facts(matcher, forms)
    if not told:
        return None
    reply = with_changes(fact_reply(matcher.factbase, told[0], r.language, score=reading_score(r)), intent="overview",
                         answered=False)
    asked = next(w.capitalize() for w in r.words if w in forms) if r.language == "ru" else place
    return with_changes(reply, headline=f"{phrase(r.language, 'earlier_day_not_given', place=asked)} {reply.headline}")


def _earlier_meeting_facts(matcher: Matcher, forms: list[str]) -> list[str]:
    """The background facts of reports published before this meeting that put a meeting in the place
    written in one of `forms` ("sochi", "сочи")."""
    meeting = matcher.factbase.meeting
    return [a.id for a in derived(matcher).by_kind.get("background", [])
            if meeting is not None and (matcher.factbase.source_of(a).published or meeting.date) < meeting.date
            and any(form in tokenize(t) for t in entry_texts(matcher.factbase.entry(a.id)) for form in forms)
            and _MEETING_THERE_RE.search(" ".join(entry_texts(matcher.factbase.entry(a.id))).lower())]


# what was decided at a meeting: "what was decided at the Sochi meeting", "что решили в Сочи" (what was signed there
# is the facts on the signing: retrieval's)
_WHAT_DECIDED_RE = re.compile(r"\b(?:what|which)\b.*\b(?:decid\w*|agreed)\b|\bчто\b.*\b(?:реш\w*|договори\w*)|"
                              # "Sochi meeting outcome", "итоги заседания в Сочи": what came of it
                              r"\b(?:meeting|session)\s+(?:outcomes?|results?)\b|\b(?:outcomes?|results?)\s+of\s+the\s+\w+\s+"
                              r"(?:meeting|session)\b|\bитог\w*\s+(?:заседани\w*|встреч\w*)\b")


def earlier_meeting_decisions(matcher: Matcher, r: Reading) -> Reply | None:
    """"What was decided at the Sochi meeting in June 2023?", "что решили на заседании в Сочи": what the report
    of that earlier meeting tells (Bishkek chosen, the date first announced, what was signed before), each fact
    under its own title. None unless what was decided at a place such a report names is asked."""
    if r.people or "@next" in r.keys or not _WHAT_DECIDED_RE.search(" ".join(r.words)) \
            or _THIS_PLACE_RE.search(" ".join(r.words)):
        return None
    places = {OTHER_PLACES[w] for w in r.words if w in OTHER_PLACES}
    if len(places) != 1:
        return None
    place = places.pop()
    told = _earlier_meeting_facts(matcher, [form for form, its in OTHER_PLACES.items() if its == place])
    sources = {matcher.factbase.agreements[i].source for i in told if i in matcher.factbase.agreements}
    facts = [a.id for a in derived(matcher).by_kind.get("background", []) if a.source in sources]
    if len(facts) < 2:
        return None
    asked = next(w.capitalize() for w in r.words if OTHER_PLACES.get(w) == place) if r.language == "ru" else place
    return list_reply(matcher.factbase, r.language, phrase(r.language, "earlier_meeting_decided", place=asked),
                      facts, intent="overview", score=reading_score(r))


# a report's words that put a meeting in a place: "at the meeting in Sochi", "на заседании ... в Сочи"
_MEETING_THERE_RE = re.compile(r"\b(meeting|session|summit|заседани\w*|встреч\w*|саммит\w*)\b")


def _titled_with_someone(matcher: Matcher, fact_id: str) -> bool:
    """True when the fact's title names one of the people of the fact base ("First announced ..., by Sergei
    Lebedev")."""
    entry = matcher.factbase.entry(fact_id)
    titles = f"{getattr(entry, 'title', '')} {getattr(entry, 'title_ru', '') or ''}"
    return any(speaker.name.split()[-1] in titles for speaker in matcher.factbase.speakers.values())


_WHAT_HAPPENED_RE = re.compile(r"\bwhat (?:happened|went on|took place|was done)\b|\bчто (?:произошло|происходило|было)\b|"
                               r"\bкак прошло\b|\bchto (?:proizoshlo|bylo)\b")


def date_check(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was it on 27 October?": the meeting's date, with the facts that give the date asked
    (an earlier announcement), never a bare yes or no."""
    factbase = matcher.factbase
    asked = dates_in(r.words)
    if not asked:
        return _month_or_year_check(matcher, r)
    if factbase.meeting is None or r.people or r.countries \
            or {"@who", "@next", "@list", "@participate", "@document", "@count"} & r.keys:
        # not "the full list of heads of delegations at the 26 Oct 2023 meeting": a date framing a list
        return None  # "who was the Belarusian PM at the 26 October session": a date framing another question
    if r.topic and (subject_keys(matcher, r, known_only=True) or capitalised_unknown(matcher, r)
                    or _unknown_subject(matcher, r)):
        return None  # "was 27 October the actual date?" is still one; "Путин был там 26 октября?" is not
    meeting = factbase.meeting
    if asked == {(meeting.date.day, meeting.date.month)} and (AGENDA_RE.search(" ".join(r.words))
                                                           or _WHAT_HAPPENED_RE.search(" ".join(r.words))) \
            and not asks_yes_or_no(r):
        return None  # "the main agenda topics of the 26 October 2023 meeting", "what happened at the meeting on 26
        # October": its day names it, the agenda or the meeting in brief is asked
    ids = [meeting.id]
    others = asked - {(meeting.date.day, meeting.date.month)}  # ("26 or 27 October?": the facts giving the 27th)
    for entry in factbase.entries():
        if others & dates_in(tokenize(entry.quote)):
            ids.append(entry.id)
    headline = phrase(r.language, "date_check", date=format_date(meeting.date, r.language))
    if "@where" in r.keys:  # "где прошло заседание 26 октября": the place with the day
        place = meeting.place_ru if r.language == "ru" and meeting.place_ru else meeting.place
        headline = phrase(r.language, "date_place_check", date=format_date(meeting.date, r.language), place=place)
    return list_reply(factbase, r.language, headline, ids, intent="overview", fact_id=meeting.id,
                      score=reading_score(r))


def _month_or_year_check(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was the meeting in 2024?", "Заседание было в ноябре?": a month or a year put to the meeting itself, answered
    with its date; None for any other question (one about something else in that month or year, the next meeting)."""
    meeting = matcher.factbase.meeting
    if meeting is None or not asks_yes_or_no(r) or "@meeting" not in r.keys or r.people or r.countries \
            or {"@who", "@next", "@list", "@participate", "@document", "@count", "@where", "@previous", "@say"} & r.keys \
            or sources_named(matcher, r) or set(r.words) & REPORT_NOUNS:
        return None  # (not "did the February 2024 Trend item mention the meeting": a report's date)
    years = {w for w in r.words if is_year(w)}
    named = months_named(r.words)
    months = set(named.values())
    if not years and not months or years <= {str(meeting.date.year)} and months <= {meeting.date.month}:
        return None  # (its own month and year: "was it in October 2023?", the usual rules)
    rest = read(matcher, without_words(r.question, years | {r.words[i] for i in named}) or "", r.language)
    if subject_keys(matcher, rest, known_only=True) or capitalised_unknown(matcher, rest) \
            or _unknown_subject(matcher, rest):
        return None  # ("was the volunteer year 2024 adopted at the meeting": a subject of its own)
    headline = phrase(r.language, "date_check", date=format_date(meeting.date, r.language))
    return list_reply(matcher.factbase, r.language, headline, [meeting.id], intent="overview", fact_id=meeting.id,
                      score=reading_score(r))


# Words that check a date rather than ask about something else on it ("the actual date", "точно 26-го")
_CHECKING = frozenset("""actual actually exact exactly correct correctly really real true truly official officially
    indeed confirmed confirm date dates действительно точно точная точный верно верная правда правильно фактически
    официально дата дату датой""".split())


def _unknown_subject(matcher: Matcher, r: Reading) -> bool:
    """True when the question names a subject the reports never mention ("the weather in Bishkek
    on 26 October", "погода 26 октября"): it asks about that, not about the meeting's date."""
    _, unknown = matcher.analyze(r.question)
    return any(len(w) > 3 and w not in NOT_TOPIC and w not in _CHECKING and w not in r.when for w in unknown)


def _beyond_schedule(matcher: Matcher, r: Reading) -> bool:
    """True when the question names something the schedule facts don't (a briefing, a working
    meeting before it): a question about that, not about the next meeting's date and place."""
    schedule = derived(matcher).schedule_keys | _SCHEDULING
    return any(not keys & schedule and not any(k.startswith("@") for k in keys)
               for keys in subject_keys(matcher, r, known_only=True))


def _shares_schedule_words(matcher: Matcher, r: Reading) -> bool:
    """True when the question names what the schedule facts name beyond the frame ("Ashgabat")."""
    tokens, _ = matcher.analyze(r.question)
    keys = {k for t in tokens for k in t.keys if not k.startswith("@")}
    return bool(keys & derived(matcher).schedule_keys)

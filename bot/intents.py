"""Recognise the kind of question asked, and answer it from the fact base's structure.

Retrieval (`bot.matcher`) finds the fact whose words best cover a question's
words. That is right for "what did Smailov say about the Belt and Road", and
wrong by construction for questions whose answer is the fact base's structure:
"what did Mustafayev say" must list Mustafayev's statements (or say there are
none), never the statement whose words come closest. So a question is first
*read* (its words, the people, countries and concepts the matcher recognises)
and its intent decided, in this order:

    intent        recognised by                             answered with
    smalltalk     only greeting / thanks / help / bye words  a short reply and what the bot knows
    other-event   SCO, Heads of State, an EAEU summit, a     "the sources cover <this meeting>,
                  meeting elsewhere, another year or date    not that" (+ close facts to open)
    ambiguous     a name part two people share ("Abdulla")   both people, to choose from
    membership    the CIS's member states                    not in the sources: the delegations
    count         how many + delegations / documents         the count with its sentence; reports
                                                             that disagree, each with its source
    say           what did X say, X's position, anything     every statement of X; or the one on
                  more from X (X: a name, or a country and   the topic asked; or "the reports quote
                  a role: "the Tajik PM")                    nothing X said"
    attend        was X at the meeting, did X attend         X's entry: took part, or only mentioned
    documents     which documents were signed, adopted       the documents of this meeting
    participants  who attended, which countries, who spoke   the participants / the people quoted
    overview      agenda, results, summary, how did it go    the overview facts (agenda, results,
                                                             counts, schedule)
    next-meeting  the next meeting                           the schedule facts
    retrieval     anything else                              the matcher, as before

Every structured answer is built from ids, speakers and kinds in the fact base,
with the facts' verbatim quotes and sources, so it cannot quote one person for
another. Its confidence is how sure the reading is (the similarity of the
words that decided it), not a retrieval score. Follow-ups ("and Belarus?",
"what did he say?", "what else?") are read against a `Context`, the last
answer of a conversation, which the caller keeps (`bot.conversation`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from weakref import WeakKeyDictionary

from bot.facts import AGREEMENT_KINDS, LISTED_KINDS, Agreement, FactBase, Speaker, Statement
from bot.matcher import PARTICIPANTS_ID, SOURCES_ID, Matcher, country_key
from bot.replies import (
    Item,
    Reply,
    Suggestion,
    capabilities,
    compose,
    fact_item,
    fact_reply,
    fact_title,
    format_date,
    label,
    meeting_description,
    role_and_country,
    source_via,
    speaker_country,
    speaker_name,
    speaker_role,
    speaker_surname,
)
from bot.text import is_cyrillic, stem, tokenize, transliterate

__all__ = ["DOCUMENT_KINDS", "OVERVIEW_KINDS", "Context", "Reading", "agreement_kind", "answer", "prepare", "read"]

DOCUMENT_KINDS = tuple(kind for kind in AGREEMENT_KINDS if kind in LISTED_KINDS)  # signed or adopted here
OVERVIEW_KINDS = tuple(kind for kind in AGREEMENT_KINDS if kind not in LISTED_KINDS)
TIE_MARGIN = 2  # retrieval candidates this close to the best are shown with it, not behind it
SURE = 70
NAMED_STRANGER_FLOOR = 90  # a name no report knows sinks any answer weaker than this  # a retrieval answer this confident, holding every word of the subject, stands on its own
ORIGIN_FLOOR = 35  # among the few background facts, a question about how the meeting came about
DOCUMENT_FLOOR = 45  # among the documents alone, a subject matching this well names its document
QUOTED_CHARS = 2500  # ... or more, while their quotes stay this short
QUOTED_ITEMS = 5  # a list reply quotes this many facts in full; the rest are titles to tap
MAX_ITEMS = 20  # and lists at most this many; "what else?" shows the next ones

# Concept keys that frame a question (what kind of answer) rather than say what it is about.
_FRAME = frozenset({
    "@say", "@propose", "@who", "@when", "@where", "@count", "@participate", "@meeting", "@cis",
    "@list", "@country", "@role", "@premier", "@minister", "@deputy", "@president", "@document",
    "@sign", "@adopt", "@agenda", "@next", "@year", "@priority",
})
_MEETING_WORDS = frozenset("""
    meeting meetings summit summits session sessions council conference forum talks gathering meet met
    встречались собирались
    заседание заседании заседания заседанию саммит саммите саммита совет совете совета сессия сессии
    встреча встрече встречи форум форуме zasedanie zasedanii sammit sammite vstrecha sovet
""".split())
_SCO = frozenset("sco шос shos shanghai шанхайской шанхайская шанхайский шанхайского".split())
_EAEU = frozenset("eaeu еаэс eaes eeu евразийского евразийский межправсовет межправсовета".split())
_OTHER_PLACES = {
    "astana": "Astana", "астана": "Astana", "астане": "Astana", "астаны": "Astana", "минск": "Minsk",
    "minsk": "Minsk", "минске": "Minsk", "moscow": "Moscow", "москва": "Moscow", "москве": "Moscow",
    "dushanbe": "Dushanbe", "душанбе": "Dushanbe", "baku": "Baku", "баку": "Baku", "yerevan": "Yerevan",
    "ереван": "Yerevan", "ереване": "Yerevan", "kazan": "Kazan", "казань": "Kazan", "казани": "Kazan",
    "almaty": "Almaty", "алматы": "Almaty", "sochi": "Sochi", "сочи": "Sochi",
}
_OUTCOME_WORDS = frozenset("""
    decided decide decision decisions signed sign adopted adopt agreed outcome outcomes result results
    решили решено решения подписали подписано приняли принято итоги итог результаты результат
""".split())
_OUTCOME_WORDS = _OUTCOME_WORDS | {transliterate(w) for w in _OUTCOME_WORDS if is_cyrillic(w)}  # "chto reshili"
_ASHGABAT = ("ashgabat", "ashkhabad", "ashgabad", "ashabad", "ашхабад")
# "did the forum actually take place", "was it held", "состоялся ли": whether something happened
_HAPPENED_RE = re.compile(
    r"\b(did\b.*\b(take place|happen|go ahead|go on|hold)|(was|were|has|have|had)\b.*\b(held|taken place)|"
    r"took place|happened|"
    r"состоял\w*|прош(ёл|ел|ла|ло|ли)|проведен\w*|провели|sostoyal\w*|proshl\w*)\b")
_SCHEDULING = frozenset(stem(w) for w in """scheduled schedule planned plan slated expected due set
    запланировано запланировано планируется намечено назначено""".split())  # "when is it scheduled"
_A_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_MONTHS = {
    **{m: i + 1 for i, m in enumerate("january february march april may june july august september "
                                        "october november december".split())},
    **{m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())},
    **{m: i + 1 for i, m in enumerate("января февраля марта апреля мая июня июля августа сентября "
                                        "октября ноября декабря".split())},
    **{m: i + 1 for i, m in enumerate("январь февраль март апрель май июнь июль август сентябрь "
                                        "октябрь ноябрь декабрь".split())},
}
_MEMBER_WORDS = frozenset("""
    member members membership члены членов членами член входят входит состав составе участницы
    chleny vkhodyat
""".split())
_GREETING = frozenset("""
    hi hello hey hiya greetings morning evening afternoon yo howdy привет здравствуй здравствуйте
    добрый доброе доброго салют хай privet zdravstvuyte zdravstvuy
""".split())
_THANKS = frozenset("thanks thank thx ty cheers спасибо благодарю спс пасибо spasibo merci".split())
_BYE = frozenset("bye goodbye пока свидания poka".split())
_CHAT_FILLER = frozenset("""
    good day you very much so a the ok okay bot dear there all again и а ну ок большое вам тебе день
    вечер утро очень all lot many
""".split())
_HELP_RE = re.compile(
    r"^(/?help|/?start|помощь|помоги(те)?|справка|pomosh|what can you do|what do you (know|do)|"
    r"who are you|how (do|does|can) (i|you|this|it) (use|work|ask)\w*( you| this| it)?|"
    r"что ты (умеешь|можешь|знаешь)|что вы (умеете|можете|знаете)|кто ты|как (тобой|этим) пользоваться)$")
_MORE_WORDS = frozenset("""
    else more other another additional anything further also ещё еще больше другое другого
    кроме eshche eshe
""".split())
_PRONOUNS = frozenset("he him his she her он его него ему она её ее нее ней on ego".split())
_FOLLOW_OPENERS = frozenset("and what about how а и ну как насчёт насчет a i".split())
_SPOKE_WORDS = frozenset("spoke speak speakers speaker выступал выступали выступил выступавшие".split())
_SUMMARY_RE = re.compile(
    r"\b(summar\w*|overview|recap|brief\w*|how did (it|the meeting|the talks|the session) go|"
    r"what happened|резюме|обзор|кратко|вкратце|как прошл\w*|что произошло|что было)\b")
# "what's new", "important things", "Что главное?": no subject, only a wish for what matters: the summary,
# never the fact that happens to hold "new" ("a new impetus") or "important" ("it is important to")
_VAGUE_RE = re.compile(
    r"^(what\s?s|what is|any|tell me|the|что|а что)?\s*(new|news|important things?|key points|main (points|things|takeaways)|"
    r"takeaways|highlights|главное|основное|самое (главное|важное)|ключевые моменты|что нового|новости)\s*\??$")
_RESULT_WORDS = frozenset("""
    result results outcome outcomes conclusion conclusions achieved итоги итог итогам результаты
    результат результатам итоговые
""".split())
_AGENDA_RE = re.compile(r"\b(agenda|discuss\w*|topics?|issues|on the table|повестк\w*|обсужда\w*|обсудили|темы|"
                        r"тема)\b")
# what frames an agenda question beyond its agenda word ("which topics were covered", "стояли на повестке")
_AGENDA_FILLER = frozenset(form for w in """
    covered cover featured feature included include raised considered addressed main key table tabled
    стояли стоял стояло стояла включены включили входило входили входит рассматривались рассмотрели
    рассмотрены поднимались подняли основные главные ключевые дня день issues issue вопросы вопрос
""".split() for form in (w, stem(w)))  # as typed (a word no fact knows) and as the matcher's key


_OPINION_RE = re.compile(
    r"\b(do you think|what do you think|your (opinion|view|forecast|prediction)|in your opinion|"
    r"(actually|really) (happen|work|succeed)|will\b.*\b(actually|really|ever)\b|is it likely|how likely|"
    r"likely to|predict\w*|forecast\w*|"
    r"как (вы )?думаете|как думаешь|ваше мнение|по-вашему|по вашему|прогноз\w*|вероятно ли|"
    r"получится ли|удастся ли|на самом деле)\b")
_MONEY_WORDS = frozenset("""
    cost costs costing price prices budget budgets dollars dollar usd rubles roubles euros money
    funding amount стоимость стоит стоить бюджет бюджета долларов долларах доллара рублей рублях
    евро деньги денег сумма суммы
""".split())
_AMOUNT_RE = re.compile(r"\$|€|\b(dollars?|usd|rubles?|roubles?|euros?|million|billion|млн|млрд|"
                        r"долл\w*|рубл\w*|евро|миллион\w*|миллиард\w*)\b", re.IGNORECASE)
_NUMBER_RE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                        r"thirty|forty|fifty|hundred|thousand|один|одна|два|две|три|четыре|пять|шесть|семь|"
                        r"восемь|девять|десять|двадцать|тридцать|сорок|сто|тысяч)\w*", re.IGNORECASE)
_CAME_OF_RE = re.compile(r"\b(came (out )?of|happened|outcome|what was the result|чем закончил\w*|что вышло)\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-zА-Яа-яё]+\b")
_SUCCESSION_WORDS = frozenset("""before after predecessor successor replaced preceded succeeded
    предшественник преемник сменил сменила""".split())
_ROLE_STOP = frozenset("of the and for cis снг по и".split())
_PARTICIPANTS_FRAME = frozenset({"@list", "@country", "@participate", "@who", "@meeting", "@cis"})
# Who *reported* something (an outlet, an agency, a press service), as against who said it.
_REPORT_WORDS = frozenset("""
    reported reports report wrote written published publish told broke citing cited according
    сообщил сообщила сообщили сообщило сообщает сообщают написал написала написали написало пишет
    опубликовал опубликовала опубликовали опубликовало доложил доложила передал передало передает
    передаёт ссылкой чьим ссылаясь soobshchil soobshchili napisal napisali covered cover covering писали писал
    писало данные данным данных
""".split())
_OUTLET_WORDS = frozenset("""
    outlet outlets agency agencies newspaper newspapers media publication publications publisher
    website site издание издания агентство агентства сми газета газеты сайт издательство
""".split())
_WHICH_WORDS = frozenset("which what whose какое какой какая какие чьим чей чья kakoe kakoy".split())
_NOT_TOPIC = _MORE_WORDS | _PRONOUNS | _GREETING | _THANKS | _BYE | _SPOKE_WORDS


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
    role_words: list[tuple[str, frozenset[str]]]  # (speaker, the words of a two-word-or-longer role)
    host: frozenset[str] = frozenset()  # the country keys in the meeting's place ("Bishkek, Kyrgyzstan")
    host_name: str = ""  # the host country as the meeting's place names it ("Kyrgyzstan")
    elsewhere: dict[str, list[str]] = field(default_factory=dict)  # person -> their words said elsewhere
    statement_ids: dict[str, frozenset[str]] = field(default_factory=dict)  # person -> their statements' ids


_DERIVED: WeakKeyDictionary[Matcher, _Derived] = WeakKeyDictionary()


def prepare(matcher: Matcher, kept: object = None) -> object:
    """Build what the intents read from a fact base (its speakers' statements, kinds, years,
    dates, words) now, with the index, rather than on the first question after a (re)load;
    `kept`, the data a cached build carries (`bot.buildcache`), is adopted instead (TypeError
    when it is not such data). Returns the data, for such a cache to keep."""
    if kept is None:
        return _derived(matcher)
    if not isinstance(kept, _Derived):
        raise TypeError(f"not the intents' data: {type(kept).__name__}")
    _DERIVED[matcher] = kept
    return kept


def _derived(matcher: Matcher) -> _Derived:
    found = _DERIVED.get(matcher)
    if found is None:
        found = _DERIVED[matcher] = _derive(matcher)
    return found


def _derive(matcher: Matcher) -> _Derived:
    factbase = matcher.factbase
    by_speaker: dict[str, list[Statement]] = {}
    mentions: dict[str, list[str]] = {}
    elsewhere: dict[str, list[str]] = {}
    for statement in factbase.statements.values():
        by_speaker.setdefault(statement.speaker, []).append(statement)
        if _said_elsewhere(factbase, statement):
            elsewhere.setdefault(statement.speaker, []).append(statement.id)
        doc = matcher.doc_by_id.get(statement.id)
        for key in doc.entities if doc else ():
            if key.startswith("P:") and key[2:] != statement.speaker:
                mentions.setdefault(key[2:], []).append(statement.id)
    by_kind: dict[str, list[Agreement]] = {}
    for agreement in factbase.agreements.values():
        by_kind.setdefault(agreement_kind(agreement), []).append(agreement)
    meeting = factbase.meeting
    years = {str(meeting.date.year)} if meeting else set()
    dates = {(meeting.date.day, meeting.date.month)} if meeting else set()
    words: set[str] = set()
    for text in _fact_texts(factbase):
        if "19" in text or "20" in text:  # a year is 19xx or 20xx: most texts hold neither
            years.update(_A_YEAR_RE.findall(text))
        tokens = tokenize(text)
        if not _MONTHS.keys().isdisjoint(tokens):  # most texts name no month: skip the walk
            dates.update(_dates_in(tokens))
        words.update(tokens)
    words.update([transliterate(w) for w in words if is_cyrillic(w)])
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
            found = frozenset(w for w in tokenize(role) if w not in _ROLE_STOP)
            if len(found) >= 2:
                role_words.append((speaker.id, found))
    host: set[str] = set()
    host_name = ""
    for place in (meeting.place, meeting.place_ru or "") if meeting else ():
        named = [t for t in matcher.analyze(place)[0] if t.entity and any(k.startswith("C:") for k in t.keys)]
        host.update(k for t in named for k in t.keys if k.startswith("C:"))
        host_name = host_name or (named[0].word if named else "")
    return _Derived(by_speaker, mentions, by_kind, frozenset(years), frozenset(dates), frozenset(words),
                    meeting_keys, schedule_keys, priorities, role_words, frozenset(host), host_name, elsewhere,
                    {person: frozenset(s.id for s in said) for person, said in by_speaker.items()})


def agreement_kind(agreement: Agreement) -> str:
    """What an agreement entry is: a document signed, a decision, or an overview fact."""
    return agreement.agreement_kind


def read(matcher: Matcher, question: str, language: str | None = None) -> Reading:
    """Read a question once: its words, entities and frame, with the matcher's vocabulary."""
    tokens, unknown = matcher.analyze(question)
    lang = language or matcher.language_of(question)
    meeting_keys = _derived(matcher).meeting_keys
    words = tokenize(question)
    keys: set[str] = set()
    topic = any(len(w) > 3 and w not in _NOT_TOPIC for w in unknown)
    groups: list[tuple[str, dict[str, float]]] = []
    countries: list[str] = []
    sure = 1.0
    for token in tokens:
        people = {k: v for k, v in token.keys.items() if k.startswith("P:")}
        if people:
            groups.append((token.word, people))
            continue
        if token.entity:
            if not _names_the_place(matcher, token.word, token.keys, words):
                countries.extend(k for k in token.keys if k.startswith("C:") and k not in countries)
            continue
        keys.update(token.keys)
        if not set(token.keys) & (_FRAME | meeting_keys):  # "in Bishkek": every fact is about this meeting
            topic = True
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
    known = _derived(matcher)
    if set(words) & _HOST_WORDS and "@next" not in keys and not keys & known.schedule_keys and known.host_name:
        # "what did the host say", "the host country's PM": this meeting's host, not the next one's;
        # named in the question too, so that retrieval filters on it
        countries.extend(k for k in sorted(known.host) if k not in countries)
        question = f"{question} {known.host_name}"
    unknown_entities = tuple(c for c in countries if not matcher.carries(c))
    return Reading(question, lang, tuple(words), frozenset(keys), tuple(people_ids),
                   tuple(ambiguous), tuple(countries), topic, sure, unknown_entities)


_HOST_WORDS = frozenset("host host's hosts хозяин хозяева хозяев принимающая принимающей принимающую".split())
_LOCATIVE = frozenset("in at inside в во v".split())


def _names_the_place(matcher: Matcher, word: str, keys: dict[str, float], words: list[str]) -> bool:
    """True when a country word names where this meeting was ("the meeting in Bishkek, Kyrgyzstan",
    "what was signed in Kyrgyzstan"), not a delegation: the host country after "in" or the city."""
    known = _derived(matcher)
    if not known.host & keys.keys() or word not in words:
        return False
    index = words.index(word)
    if index == 0:
        return False
    before = words[index - 1]
    if before in _LOCATIVE:
        return True
    tokens, _ = matcher.analyze(before)
    return any(set(t.keys) & known.meeting_keys for t in tokens)


def answer(matcher: Matcher, question: str, language: str | None = None,
           context: Context | None = None) -> tuple[Reply, Context]:
    """Answer a question (a follow-up of `context`, if it is one) and return the new context."""
    question = _expand_follow_up(matcher, question, context)
    reading = read(matcher, question, language)
    if context is not None and _asks_for_more(reading):
        more = _more(matcher, reading, context)
        if more is not None:
            return more
    reply = _answer(matcher, reading)
    if not reply.answered and reply.score is not None and reply.score >= matcher.threshold:
        # how sure the reading was is not a confidence in a fact: a reply that answers
        # nothing never shows a score at which the bot would have answered
        reply = _with(reply, score=matcher.threshold - 1)
    return reply, _context_after(matcher.factbase, reading, reply)


# -- follow-ups ----------------------------------------------------------------------


def _expand_follow_up(matcher: Matcher, question: str, context: Context | None) -> str:
    """"and Belarus?" after "who represented Armenia?" -> "who represented Belarus";
    "what did he say?" after an answer about Aripov -> "what did he say? Aripov"."""
    if context is None:
        return question
    words = tokenize(question)
    tokens, unknown = matcher.analyze(question)
    entities = [t for t in tokens if t.entity]
    content = [t for t in tokens if not t.entity]
    if entities and not content and not unknown and len(words) <= 5 and (
            words[0] in _FOLLOW_OPENERS or len(words) == len(entities)):
        previous, _ = matcher.analyze(context.question)
        kinds = {k[:2] for t in entities for k in t.keys}
        old = {t.word for t in previous if t.entity and {k[:2] for k in t.keys} & kinds} \
            or {t.word for t in previous if t.entity}  # "and Russia?" after "Smailov about China": China
        if old and any(not t.entity for t in previous):
            new = " ".join(t.word for t in entities)
            out, placed = [], False
            for word in tokenize(context.question):
                if word in old:
                    if not placed:
                        out.append(new)
                        placed = True
                    continue
                out.append(word)
            return " ".join(out)
    numbers = [w for w in words if w.isdigit()]
    if numbers and len(words) <= 3 and words[0] in _FOLLOW_OPENERS and len(numbers) == len(words) - 1:
        old_numbers = [w for w in tokenize(context.question) if w.isdigit()]
        if len(old_numbers) == 1:  # "and 20?" after "who reported 22 documents?"
            return " ".join(numbers[0] if w == old_numbers[0] else w for w in tokenize(context.question))
    if not entities and context.people and set(words) & _PRONOUNS:
        speaker = matcher.factbase.speakers.get(context.people[0])
        if speaker is not None:
            return f"{question} {speaker.name.split()[-1]}"
    return question


def _asks_for_more(reading: Reading) -> bool:
    """"what else?", "anything more?", "что ещё?": nothing named, only a wish for more."""
    return (bool(set(reading.words) & _MORE_WORDS) and not reading.topic and not reading.countries
            and not reading.ambiguous)


def _more(matcher: Matcher, reading: Reading, context: Context) -> tuple[Reply, Context] | None:
    factbase = matcher.factbase
    lang = reading.language if reading.language in ("en", "ru") else context.language
    people = reading.people or context.people
    if people:
        person = people[0]
        own = _statements_of(matcher, person)
        ids = [s.id for s in own if s.id not in context.shown]
        speaker = factbase.speakers[person]
        if not own:
            reply = _say_reply(matcher, replace(reading, people=(person,), topic=False), person)
        elif not ids:
            reply = Reply(lang, False, _t(lang, "no_more", name=speaker_name(speaker, lang)),
                          intent="say", notes=_hints(factbase, lang))
        else:
            reply = _list_reply(factbase, lang, _t(lang, "more_said", name=speaker_name(speaker, lang)),
                                ids, intent="say", fact_id=person, score=100)
        return reply, replace(context, shown=context.shown | set(ids), people=(person,))
    result = matcher.match(context.question, context.language)
    ids = [c.fact_id for c in (result.best, *result.alternatives) if c and c.fact_id not in context.shown]
    if not ids:
        return None
    reply = _list_reply(factbase, lang, _t(lang, "also_close"), ids[:3], intent="retrieval", fact_id=ids[0])
    return reply, replace(context, shown=context.shown | set(ids[:3]))


def _context_after(factbase: FactBase, reading: Reading, reply: Reply) -> Context:
    shown = {i.fact_id for i in reply.items}
    if reply.fact_id:
        shown.add(reply.fact_id)
    people = list(reading.people)
    entry = factbase.entry(reply.fact_id) if reply.fact_id else None
    if isinstance(entry, Statement):
        people.insert(0, entry.speaker)
    elif isinstance(entry, Speaker):
        people.insert(0, entry.id)
    return Context(reading.question, tuple(dict.fromkeys(people)), frozenset(shown), reply.language,
                   reply.intent)


# -- intents -------------------------------------------------------------------------


def _answer(matcher: Matcher, r: Reading) -> Reply:
    factbase = matcher.factbase
    lang = r.language
    words = set(r.words)
    if _is_smalltalk(r):
        return _smalltalk(factbase, r)
    event = _other_event(matcher, r)
    if event:
        return _other_event_reply(matcher, r, event)
    if r.unknown_entities:  # "what did Mishustin say about Ukraine": the sources don't mention Ukraine
        return _retrieval(matcher, r)
    if _OPINION_RE.search(" ".join(r.words)):
        return _abstain(matcher, r, "opinion", _t(lang, "opinion"))
    if "@who" in r.keys and set(r.words) & _SUCCESSION_WORDS:  # "who was Secretary General before Lebedev"
        return _abstain(matcher, r, "retrieval", label(lang, "nothing_found"))
    if _asks_attribution(r):
        return _attribution_reply(matcher, r)
    if r.ambiguous and not r.people:
        return _ambiguous_reply(factbase, r)
    if words & _MEMBER_WORDS and "@cis" in r.keys and not r.people:
        return _membership_reply(factbase, r)
    if "@count" in r.keys and not r.people or _checks_a_count(matcher, r):
        # a number is asked: the reports' counts, or a quote that gives a figure, never a person's
        # entry ("how many people in the Russian delegation") or one document ("how many concern X")
        counted = _count_reply(matcher, r)
        return counted if counted is not None else _retrieval(matcher, r)
    stranger = _stranger_from(matcher, r)
    if stranger is not None:
        return stranger
    people = r.people or _people_by_role(matcher, r)
    if people and _asks_what_said(r):
        return _say_reply(matcher, r, people[0])
    if people and _asks_attendance(r):
        return _attend_reply(factbase, r, people[0])
    origin = _origin_reply(matcher, r)
    if origin is not None:
        return origin
    if not r.people and _asks_documents(r):
        return _documents_reply(matcher, r)
    if not r.people and not r.countries and not r.topic:
        if words & _SPOKE_WORDS or ("@who" in r.keys and "@say" in r.keys):
            return _spoke_reply(matcher, r)
        if "@participate" in r.keys or ("@country" in r.keys and ("which" in words or "какие" in words)) \
                or (r.keys & {"@list", "@participate"}  # "participants", "list all delegations in Bishkek"
                    and r.keys <= _PARTICIPANTS_FRAME | _derived(matcher).meeting_keys):
            return _with(fact_reply(factbase, PARTICIPANTS_ID, lang, score=_score(r)), intent="participants")
        if "@president" in r.keys and {"@meeting", "@participate"} & r.keys:  # "which presidents were there"
            return _presidents_reply(matcher, r)
    checked = _date_check(matcher, r)
    if checked is not None:
        return checked
    if not r.people and not r.countries:
        overview = _overview_reply(matcher, r)
        if overview is not None:
            return overview
    found = _retrieval(matcher, _without_agenda_words(matcher, r))
    if "@who" in r.keys and found.answered and _names_nobody(matcher, found):
        # "who won the CIS Championship": the document on it names no one
        return _abstain(matcher, r, "retrieval", _t(lang, "names_nobody"), score=found.score)
    return found


def _without_agenda_words(matcher: Matcher, r: Reading) -> Reading:
    """"Was energy discussed?", "did they discuss Afghanistan at all?": the subject alone, since
    a fact on energy seldom says "discussed" and the word only costs it score."""
    if not _AGENDA_RE.search(" ".join(r.words)) or not _beyond_agenda(matcher, r):
        return r
    tokens, _ = matcher.analyze(r.question)
    drop = {t.word for t in tokens if "@agenda" in t.keys or set(t.keys) & _AGENDA_FILLER}
    if re.search(r"\bat all\b|\bвообще\b", " ".join(r.words)):  # "did they discuss it at all"
        drop.add("all")
    kept = " ".join(w for w in r.question.split() if not set(tokenize(w)) & drop)
    return replace(r, question=kept) if kept.strip() else r


_WAS_THERE = frozenset("""was were did attend attended there был была были приехал приехала присутствовал
    присутствовала участвовал участвовала byl byla""".split())


def _stranger_from(matcher: Matcher, r: Reading) -> Reply | None:
    """"От Армении был Пашинян?", "Was Lukashenko there from Belarus?": someone the reports never
    mention, at a delegation they name: who did represent that country, and that they don't mention
    the stranger. Never a yes."""
    if r.people or len(r.countries) != 1 or not set(r.words) & _WAS_THERE or {"@say", "@propose"} & r.keys:
        return None
    names = _unknown_capitalised(matcher, r)
    heads = [s for s in matcher.factbase.speakers.values() if s.attended and country_key(s) == r.countries[0]]
    if not names or not heads:
        return None
    reply = _with(fact_reply(matcher.factbase, heads[0].id, r.language, score=_score(r)), intent="attend")
    return _with(reply, headline=_t(r.language, "stranger", name=", ".join(names)) + " " + reply.headline)


def _unknown_capitalised(matcher: Matcher, r: Reading) -> list[str]:
    """The words no fact knows that are written with a capital, the first word included."""
    _, unknown = matcher.analyze(r.question)
    found = []
    for raw in r.question.split():
        core = raw.strip(".,;:!?()[]{}«»\"'“”")
        if core[:1].isupper() and all(w in unknown for w in tokenize(core)) and tokenize(core):
            found.append(core)
    return found


def _presidents_reply(matcher: Matcher, r: Reading) -> Reply:
    """"Which presidents were at the meeting": the participants (heads of government), and the
    presidents the reports only mention, said to be only mentioned; never a president's quote."""
    factbase = matcher.factbase
    reply = _with(fact_reply(factbase, PARTICIPANTS_ID, r.language, score=_score(r)), intent="participants")
    mentioned = [s for s in factbase.speakers.values() if not s.attended and "president" in s.role.lower()]
    if not mentioned:
        return reply
    names = ", ".join(speaker_name(s, r.language) for s in mentioned)
    return _with(reply, notes=(*reply.notes, _t(r.language, "presidents_mentioned", names=names)))


def _names_nobody(matcher: Matcher, reply: Reply) -> bool:
    """True when every fact a reply shows is a document or count that names no person."""
    ids = [reply.fact_id, *(i.fact_id for i in reply.items)]
    for fact_id in ids:
        entry = matcher.factbase.agreements.get(fact_id or "")
        doc = matcher.doc_by_id.get(fact_id or "")
        if entry is None or entry.agreement_kind not in (*DOCUMENT_KINDS, "count") or doc is None \
                or any(k.startswith("P:") for k in doc.entities):
            return False
    return True


def _retrieval(matcher: Matcher, r: Reading) -> Reply:
    """The matcher's answer; facts that match exactly as well as the best are all shown,
    never one of them picked silently ("industrial cooperation concept": Smailov's and Aripov's),
    and so are close statements of the best one's speaker (one speech in two reports). A
    question asking for a figure is answered only by a quote that gives one."""
    if _only_meeting_and_unknown(matcher, r):  # "Putin in Bishkek on 26 October?", "weather in Bishkek"
        return _abstain(matcher, r, "retrieval", label(r.language, "nothing_found"))
    result = matcher.match(_without_meeting_words(matcher, r), r.language)
    reply = compose(matcher.factbase, result)
    if not result.answered or result.best is None:
        return reply
    strangers = _unknown_names(matcher, r)
    if strangers and result.best.confidence < NAMED_STRANGER_FLOOR:  # "a joint statement on Gaza", "GDP"
        return _abstain(matcher, r, "unknown-entity", _t(r.language, "unknown_name", name=", ".join(strangers)),
                        score=result.best.confidence)
    if _asks_figure(r) and not _gives_figure(matcher.factbase, result.best.fact_id, r,
                                             _subject_clauses(matcher, result.best.fact_id, r)):
        return _abstain(matcher, r, "retrieval", _t(r.language, "no_figure"), score=result.best.confidence)
    if _YEAR_ASK_RE.search(" ".join(r.words)) and not any(
            _YEAR_IN_RE.search(c) for c in _subject_clauses(matcher, result.best.fact_id, r)):
        return _abstain(matcher, r, "retrieval", _t(r.language, "no_figure"), score=result.best.confidence)
    if _asks_order_only(matcher, r):  # "who spoke first": not the fact holding "the first forum"
        return _abstain(matcher, r, "retrieval", _t(r.language, "no_order"), score=result.best.confidence)
    if _misses_the_number(matcher, r, result.best.fact_id):  # "which year was declared for 2024": not a 2023 fact
        return _abstain(matcher, r, "retrieval", label(r.language, "nothing_found"), score=result.best.confidence)
    speaker = _speaker_of(matcher.factbase, result.best.fact_id)
    tied = [c for c in result.alternatives if c.confidence >= result.best.confidence - TIE_MARGIN
            or speaker is not None and _speaker_of(matcher.factbase, c.fact_id) == speaker]
    if not tied:
        return reply
    ids = [result.best.fact_id, *(c.fact_id for c in tied)]
    listed = _list_reply(matcher.factbase, r.language, _t(r.language, "tied"), ids, intent="retrieval",
                         score=result.best.confidence)
    rest = tuple(s for s in reply.suggestions if s.fact_id not in ids)
    return _with(listed, suggestions=rest)


_ORDER_WORDS = frozenset("""first second third earliest latest opening firstly первый первым первая первой первое
    первого вторым второй третьим""".split())


def _asks_order_only(matcher: Matcher, r: Reading) -> bool:
    """True when the question's subject is only an order ("who spoke first", "which outlet reported it
    first"): the reports give no order of speakers or reports, and a fact holding "first" is a false friend."""
    if not set(r.words) & _ORDER_WORDS:
        return False
    tokens, _ = matcher.analyze(r.question)
    meeting_keys = _derived(matcher).meeting_keys
    frame = _FRAME | meeting_keys | {"@source"}  # "which report came out first"
    return all(t.word in _ORDER_WORDS or set(t.keys) & frame for t in tokens if not t.entity)


def _misses_the_number(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the question names a number or year (beyond the meeting's own date) and the fact
    holds none of those it names: a number is the most specific thing a question can say."""
    tokens, _ = matcher.analyze(r.question)
    meeting_keys = _derived(matcher).meeting_keys
    numbers = [set(t.keys) for t in tokens if any(k.isdigit() for k in t.keys) and not set(t.keys) & meeting_keys]
    return bool(numbers) and not any(_doc_holds(matcher, fact_id, [keys]) for keys in numbers)


def _speaker_of(factbase: FactBase, fact_id: str) -> str | None:
    entry = factbase.statements.get(fact_id)
    return entry.speaker if entry else None


def _without_meeting_words(matcher: Matcher, r: Reading) -> str:
    """The question without the words naming this meeting's place and date ("in Bishkek"),
    when it says something else: every fact is about this meeting, so they only cost score."""
    meeting_keys = _derived(matcher).meeting_keys
    tokens, _ = matcher.analyze(r.question)
    drop = {t.word for t in tokens if not t.entity and set(t.keys) <= meeting_keys}
    if not drop or all(t.word in drop or set(t.keys) <= _FRAME for t in tokens):
        return r.question
    return " ".join(w for w in r.question.split() if not set(tokenize(w)) & drop)


def _only_meeting_and_unknown(matcher: Matcher, r: Reading) -> bool:
    """True when the question's only known words name this meeting (its place, date, name)
    and it also holds a word no fact knows: it asks about something else at that meeting."""
    tokens, unknown = matcher.analyze(r.question)
    meeting_keys = _derived(matcher).meeting_keys
    strange = [w for w in unknown if len(w) > 3 and w not in _NOT_TOPIC]
    return bool(strange) and any(set(t.keys) <= meeting_keys for t in tokens) and all(
        not t.entity and set(t.keys) <= (meeting_keys | _FRAME) for t in tokens)


def _unknown_names(matcher: Matcher, r: Reading) -> list[str]:
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


def _capitalised_unknown(matcher: Matcher, r: Reading) -> bool:
    """True when a word no fact knows is written with a capital, the first word included ("Путин")."""
    return bool(_unknown_capitalised(matcher, r))


def _asks_figure(r: Reading) -> bool:
    return "@count" in r.keys or bool(set(r.words) & _MONEY_WORDS)


_YEAR_ASK_RE = re.compile(r"\b(what year|which year|until when|in what year|какого года|какой год|каком году|"
                          r"до какого|до каких пор)\b")
_YEAR_IN_RE = re.compile(r"\b(?:19|20)\d\d\b")
_LIST_ITEM_RE = re.compile(r";\s+|,\s+(?=(?:о|об|on|about)\s)", re.IGNORECASE)


def _subject_clauses(matcher: Matcher, fact_id: str, r: Reading) -> list[str]:
    """The clauses of a fact's quote that hold the question's subject ("geodesy" in TASS's list of
    the documents), or the whole quote when none does or the question names none: a figure or a
    year must be in the clause about what was asked, not elsewhere in a long list."""
    entry = matcher.factbase.entry(fact_id)
    quote = (entry.quote if entry else "") or ""
    subject = [keys for keys in _subject_keys(matcher, r, known_only=True, frame=_COUNT_FRAME | {"@year"})
               if not _is_number(keys)]
    clauses = [c for c in _LIST_ITEM_RE.split(quote) if c.strip()]  # "о X, о Y, о Z": one item each
    if not subject or len(clauses) < 2:
        return [quote]
    holding = []
    for clause in clauses:
        tokens, _ = matcher.analyze(clause)
        keys = {k for t in tokens for k in t.keys}
        if any(keys & subject_keys for subject_keys in subject):
            holding.append(clause)
    return holding or [quote]


def _gives_figure(factbase: FactBase, fact_id: str, r: Reading, clauses: list[str] | None = None) -> bool:
    """True when the fact's quote (the clauses about the subject, when given) holds a figure of the
    kind asked: an amount of money for "how much does it cost", any number for "how many"."""
    entry = factbase.entry(fact_id)
    quote = " ".join(clauses) if clauses else (entry.quote if entry else "") or ""
    if set(r.words) & _MONEY_WORDS:
        return bool(_AMOUNT_RE.search(quote))
    undated = _YEAR_RE.sub(" ", quote)  # "in April 2024" tells when, not how many
    return bool(_NUMBER_RE.search(undated))


def _abstain(matcher: Matcher, r: Reading, intent: str, note: str, score: int | None = None) -> Reply:
    """Not answered, with why, and the close facts to open instead."""
    factbase = matcher.factbase
    close = matcher.rank(r.question, r.language, limit=3)
    top = score if score is not None else (close[0].confidence if close else None)
    return Reply(r.language, False, label(r.language, "dont_say"),
                 score=None if top is None else min(top, matcher.threshold - 1),
                 suggestions=tuple(Suggestion(c.fact_id, fact_title(factbase, c.fact_id, r.language)) for c in close),
                 notes=(note, *_hints(factbase, r.language)), intent=intent)


def _score(r: Reading) -> int:
    return max(0, min(100, round(100 * r.sure)))


def _with(reply: Reply, **changes: object) -> Reply:
    return replace(reply, **changes)  # type: ignore[arg-type]


# who reported it


def _asks_attribution(r: Reading) -> bool:
    """"Who told TASS about 22 documents", "which outlet reported 22 documents", "кто сообщил о
    22 документах": the answer is the report's attribution (publisher, the agency it cites),
    which a fact's reply alone leaves to its source line. Needs a subject to attribute."""
    words = set(r.words)
    whence = bool(words & {"откуда", "otkuda", "whence", "чьим", "чьей", "whose"})  # "откуда данные", "по чьим данным"
    asks = "@who" in r.keys or whence or bool(words & _WHICH_WORDS and words & _OUTLET_WORDS)
    reported = words & (_REPORT_WORDS | _OUTLET_WORDS) or "@source" in r.keys
    if r.people and re.match(r"(who is|who s|who was|кто такой|кто такая|кто это) ", " ".join(r.words)):
        return False  # "кто такой Мередов и что он доложил": who the person is, and their words
    return asks and bool(reported) and (r.topic or bool(r.people or r.countries))


def _attribution_reply(matcher: Matcher, r: Reading) -> Reply:
    """The fact that answers the question without its "who reported" frame, headed by who said
    it (a statement's speaker) and who reported it, citing whom, for every fact shown."""
    factbase = matcher.factbase
    frame = _REPORT_WORDS | _OUTLET_WORDS | _WHICH_WORDS
    tokens, _ = matcher.analyze(r.question)
    frame |= {t.word for t in tokens if set(t.keys) & {"@source", "@who"}}  # "who was its source"
    kept = " ".join(w for w in r.question.split() if not set(tokenize(w)) & frame) or r.question
    asked = replace(r, question=kept)
    if not _subject_keys(matcher, asked, outcome=False) and not r.people and not r.countries:
        # "какие СМИ писали о заседании": every report
        return _with(fact_reply(factbase, SOURCES_ID, r.language, score=_score(r)), intent="attribution")
    found = _retrieval(matcher, asked)
    if not found.answered or not found.fact_id or factbase.entry(found.fact_id) is None:
        return _with(found, intent="attribution")
    ids = [found.fact_id, *(i.fact_id for i in found.items)]
    best = factbase.entry(found.fact_id)
    if "@who" in r.keys and not isinstance(best, Statement) and best is not None and not found.items:
        # "who in Turkmenistan reported on the preparations": the person the same report says
        # reported it, beside the report
        source = best.source
        said = [c.fact_id for c in matcher.rank(kept, r.language, limit=5)
                if isinstance(e := factbase.entry(c.fact_id), Statement) and e.source == source]
        if said:
            found = _list_reply(factbase, r.language, found.headline, [found.fact_id, *said[:1]],
                                intent="attribution", score=found.score)
            ids = [*ids, *said[:1]]
    lines = tuple(dict.fromkeys(_attribution(factbase, i, r.language) for i in ids if factbase.entry(i)))
    own_headline = () if found.items else (found.headline,)  # a list's items carry their titles
    return _with(found, headline=lines[0], details=(*lines[1:], *own_headline, *found.details),
                 intent="attribution")


def _attribution(factbase: FactBase, fact_id: str, lang: str) -> str:
    entry = factbase.entry(fact_id)
    assert entry is not None
    source = factbase.source_of(entry)
    via = source_via(source, lang)
    reported = _t(lang, "reported_via" if via else "reported_by", publisher=source.publisher, via=via)
    if isinstance(entry, Statement):
        speaker = factbase.speakers[entry.speaker]
        return _t(lang, "said_by", name=speaker_name(speaker, lang), role=role_and_country(speaker, lang),
                  reported=reported)
    return reported[:1].upper() + reported[1:] + "."


# small talk


def _is_smalltalk(r: Reading) -> bool:
    text = " ".join(r.words)
    if _HELP_RE.match(text):
        return True
    words = set(r.words)
    core = words & (_GREETING | _THANKS | _BYE)
    return bool(core) and words <= (_GREETING | _THANKS | _BYE | _CHAT_FILLER)


def _smalltalk(factbase: FactBase, r: Reading) -> Reply:
    lang = r.language
    words = set(r.words)
    if words & _THANKS:
        headline = _t(lang, "thanks")
    elif words & _BYE:
        headline = _t(lang, "bye")
    else:
        headline = _t(lang, "hello", meeting=meeting_description(factbase.meeting, lang))
    return Reply(lang, False, headline, intent="smalltalk", notes=_hints(factbase, lang))


def _hints(factbase: FactBase, lang: str) -> tuple[str, ...]:
    return (label(lang, "can_answer"), *(f"• {h}" for h in capabilities(factbase, lang)),
            label(lang, "try", example=label(lang, "example")))


# other events


def _fact_texts(factbase: FactBase) -> Iterable[str]:
    for entry in factbase.entries():
        yield entry.quote
        for name in ("title", "title_ru", "answer", "answer_ru"):
            value = getattr(entry, name, None)
            if isinstance(value, str):
                yield value


def _dates_in(words: list[str] | tuple[str, ...]) -> set[tuple[int, int]]:
    found = set()
    for i, word in enumerate(words):
        month = _MONTHS.get(word)
        if not month:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(words) and words[j].isdigit() and 1 <= int(words[j]) <= 31:
                found.add((int(words[j]), month))
    return found


def _near_meeting_word(words: tuple[str, ...], index: int, reach: int = 3) -> bool:
    return any(w in _MEETING_WORDS for w in words[max(0, index - reach): index + reach + 1])


def _other_event(matcher: Matcher, r: Reading) -> str | None:
    """The name of another event the question is about, or None for this meeting."""
    known = _derived(matcher)
    words = r.words
    lang = r.language
    if set(words) & _SCO:
        return _t(lang, "event_sco")
    for i, word in enumerate(words[:-1]):
        nxt = words[i + 1: i + 3]
        if word in ("heads", "head") and len(nxt) == 2 and nxt[0] == "of" and nxt[1].startswith("state"):
            return _t(lang, "event_hos")
        if word.startswith("глав") and nxt and nxt[0].startswith("государств"):
            return _t(lang, "event_hos")
        if word == "glav" and nxt and nxt[0].startswith("gosudarstv"):
            return _t(lang, "event_hos")
    for i, word in enumerate(words):
        if word in _EAEU and _adjacent_meeting_word(words, i):
            return _t(lang, "event_eaeu")
        if word == "eurasian" and words[i + 1: i + 3] == ("economic", "union") and (
                _adjacent_meeting_word(words, i + 2) or _adjacent_meeting_word(words, i)):
            return _t(lang, "event_eaeu")
    for i, word in enumerate(words):
        place = _OTHER_PLACES.get(word)
        if place and _near_meeting_word(words, i) and word not in known.words and "bishkek" not in words:
            return _t(lang, "event_place", place=place)
        if word.startswith(_ASHGABAT) and (set(words) & _OUTCOME_WORDS or _AGENDA_RE.search(" ".join(words))):
            return _t(lang, "event_next")
    years = [w for w in words if re.fullmatch(r"(?:19|20)\d\d", w)]
    meeting_year = matcher.factbase.meeting.date.year if matcher.factbase.meeting else 0
    later = [y for y in years if int(y) > meeting_year]
    happened = (_HAPPENED_RE.search(" ".join(words)) and not {"@when", "@source"} & r.keys
                and not set(words) & {"where", "где", "gde", "venue", "city", "город"})
    if later and (set(words) & _OUTCOME_WORDS or _CAME_OF_RE.search(" ".join(words))
                  or happened):  # "did the forum take place in April 2024" (not "when, says the 2024 report")
        return _t(lang, "event_year", year=later[0])  # what came of it in 2024: after these reports' meeting
    unknown_years = [y for y in years if y not in known.years]
    if unknown_years:
        return _t(lang, "event_year", year=unknown_years[0])
    asked = _dates_in(words)
    if asked and not asked & known.dates:
        day, month = sorted(asked)[0]
        return _t(lang, "event_date", date=_day_month(day, month, lang))
    return None


def _adjacent_meeting_word(words: tuple[str, ...], index: int) -> bool:
    """A meeting word right after the name ("EAEU summit") or right before it, allowing "of the"
    ("summit of the EAEU", "заседание ЕАЭС")."""
    after = words[index + 1: index + 2]
    before = [w for w in words[max(0, index - 3): index] if w not in ("of", "the")]
    return bool((after and after[0] in _MEETING_WORDS) or (before and before[-1] in _MEETING_WORDS))


def _day_month(day: int, month: int, lang: str) -> str:
    from datetime import date as _date

    return format_date(_date(2000, month, day), lang).rsplit(" ", 2 if lang == "ru" else 1)[0]


def _other_event_reply(matcher: Matcher, r: Reading, event: str) -> Reply:
    note = _t(r.language, "other_event", meeting=meeting_description(matcher.factbase.meeting, r.language),
              event=event)
    return _abstain(matcher, r, "other-event", note)


# people


def _ambiguous_reply(factbase: FactBase, r: Reading) -> Reply:
    word, ids = r.ambiguous[0]
    lang = r.language
    people = [factbase.speakers[i] for i in ids if i in factbase.speakers]
    options = tuple(Suggestion(p.id, f"{speaker_name(p, lang)} ({speaker_country(p, lang)})") for p in people)
    names = f" {_t(lang, 'or')} ".join(s.title for s in options)
    return Reply(lang, False, _t(lang, "ambiguous", word=word.capitalize(), names=names),
                 suggestions=options, intent="ambiguous")


def _people_by_role(matcher: Matcher, r: Reading) -> tuple[str, ...]:
    """Who "the Tajik PM", "the Russian prime minister", "the President of Kazakhstan", "the CIS
    Secretary General" is. Not in "who said that Kazakhstan is ready": there the country is the
    subject, and the question asks who."""
    factbase = matcher.factbase
    if r.people or "@who" in r.keys:
        return ()
    by_title = _person_by_role_words(matcher, r)
    if by_title:
        return by_title
    if not r.countries:
        return ()
    president = "@president" in r.keys
    found: list[str] = []
    for country in r.countries:
        candidates = [s for s in factbase.speakers.values() if country_key(s) == country]
        if president:
            candidates = [s for s in candidates if "president" in s.role.lower()]
        else:
            candidates = [s for s in candidates if s.attended] or candidates
        found.extend(s.id for s in candidates)
    return tuple(dict.fromkeys(found))


def _person_by_role_words(matcher: Matcher, r: Reading) -> tuple[str, ...]:
    """The one speaker whose role's words (two or more, e.g. "Secretary General") the question holds."""
    words = set(r.words)
    found = {person for person, role_words in _derived(matcher).role_words if role_words <= words}
    return tuple(found) if len(found) == 1 else ()


def _asks_what_said(r: Reading) -> bool:
    """What did X say, X's position or priorities; not "who attended and what's his position"."""
    words = set(r.words)
    if "@participate" in r.keys and not {"@say", "@propose"} & r.keys:
        return False
    return bool({"@say", "@propose", "@priority"} & r.keys
                or "@role" in r.keys and ("position" in words or "позиция" in words)
                or words & {"stance", "position", "view", "views", "позиция", "позицию"}
                or words & _MORE_WORDS and not r.topic)


_YES_NO = frozenset("was were is did has had был была были была ли присутствовал присутствовала byl byla".split())


def _asks_attendance(r: Reading) -> bool:
    """Was X at the meeting, did X attend; "was Tokayev at this one?", "was X there?": a yes-or-no
    question naming a person and nothing else."""
    if "@participate" in r.keys:
        return True
    if {"@say", "@propose", "@priority"} & r.keys or r.topic:
        return False
    return "@meeting" in r.keys or bool(r.words and r.words[0] in _YES_NO and r.people and not r.keys)


def _statements_of(matcher: Matcher, person: str) -> list[Statement]:
    return _derived(matcher).statements_by_speaker.get(person, [])


def _say_reply(matcher: Matcher, r: Reading, person: str) -> Reply:
    factbase = matcher.factbase
    lang = r.language
    speaker = factbase.speakers[person]
    own = _statements_of(matcher, person)
    name = speaker_name(speaker, lang)
    elsewhere = _derived(matcher).elsewhere.get(person, [])  # in the order of `own`
    if own and len(elsewhere) == len(own) and _names_this_meeting(matcher, r):
        # "what did Meredov say at the meeting in Bishkek": what the reports quote was said elsewhere
        reply = _list_reply(factbase, lang, _t(lang, "said_elsewhere", name=name,
                                                       surname=speaker_surname(speaker, lang)), elsewhere, intent="say",
                            fact_id=person, score=_score(r))
        return _with(reply, answered=False)
    # "what did Smailov say about China / about Tokayev": a country or person named besides X is a topic
    about = [c for c in r.countries if c != country_key(speaker)] + [f"P:{p}" for p in r.people if p != person]
    topic = r.topic and _beyond_agenda(matcher, r) or bool(about)  # "what issues did Mishustin raise": all
    if own and topic:
        found = _retrieval(matcher, r)
        ids = _derived(matcher).statement_ids[person]
        shown = [found.fact_id, *(i.fact_id for i in found.items)]
        if found.answered and set(shown) <= ids | {person} and found.fact_id in ids and all(
                _carries(matcher, i, key) for i in shown if i in ids for key in about):  # X's own entry may tie
            return _with(found, intent="say")
        reply = _list_reply(factbase, lang, _t(lang, "said_not_on_topic", name=name), [s.id for s in own],
                            intent="say", fact_id=person, score=_score(r))
        return _with(reply, answered=False)
    if own and elsewhere:  # say where the words were not said: not at this meeting
        return _list_reply(factbase, lang, _t(lang, "said_not_here", name=name, count=len(own),
                                                      surname=speaker_surname(speaker, lang)),
                           [s.id for s in own], intent="say", fact_id=person, score=_score(r))
    if len(own) == 1:
        return _with(fact_reply(factbase, own[0].id, lang, score=_score(r)), intent="say")
    if own:
        return _list_reply(factbase, lang, _t(lang, "said", name=name, count=len(own)),
                           [s.id for s in own], intent="say", fact_id=person, score=_score(r))
    relayed = _derived(matcher).mentions.get(person, [])
    key = "nothing_said_attended" if speaker.attended else "nothing_said_mentioned"
    headline = _t(lang, key, name=name, role=speaker_role(speaker, lang), country=speaker_country(speaker, lang),
                  surname=speaker_surname(speaker, lang))
    if relayed:  # what others relayed of X's words: shown as theirs, under a headline that says so
        return _list_reply(factbase, lang, headline + " " + _t(lang, "mentioned_in"), relayed,
                           intent="say", fact_id=person, score=_score(r))
    return Reply(lang, False, headline, score=_score(r), intent="say",
                 suggestions=(Suggestion(person, fact_title(factbase, person, lang)),))


def _carries(matcher: Matcher, fact_id: str | None, entity: str) -> bool:
    """True when the fact names the entity ("C:russia", "P:tokayev")."""
    doc = matcher.doc_by_id.get(fact_id or "")
    return doc is not None and entity in doc.entities


ELSEWHERE_DAYS = 14  # a report published this long after the meeting tells of later events


def _said_elsewhere(factbase: FactBase, statement: Statement) -> bool:
    """True for the words of someone who took no part in the meeting, in a report published before
    it or well after it (Meredov's preparations for the next meeting, April 2024): not said there.
    A non-participant quoted in a report of the days of the meeting (the CIS Secretary General) spoke at it."""
    speaker = factbase.speakers.get(statement.speaker)
    meeting = factbase.meeting
    published = factbase.source_of(statement).published
    if speaker is None or speaker.attended or meeting is None or published is None:
        return False
    return published < meeting.date or (published - meeting.date).days > ELSEWHERE_DAYS


def _names_this_meeting(matcher: Matcher, r: Reading) -> bool:
    """True when the question places itself at this meeting ("at the meeting", "in Bishkek")."""
    known = _derived(matcher)
    if r.keys & known.schedule_keys or "@next" in r.keys:  # "... about the meeting in Ashgabat"
        return False
    return bool(r.keys & (known.meeting_keys | {"@meeting"}))


def _attend_reply(factbase: FactBase, r: Reading, person: str) -> Reply:
    """Took part (with the participants' sentence), or only mentioned: then who represented
    that person's country, if anyone did ("Was Mirziyoyev there?": Uzbekistan sent Aripov)."""
    reply = _with(fact_reply(factbase, person, r.language, score=_score(r)), intent="attend")
    speaker = factbase.speakers[person]
    if speaker.attended:
        return reply
    delegation = [s for s in factbase.speakers.values() if s.attended and s.country == speaker.country]
    if not delegation:
        return reply
    head = delegation[0]
    line = _t(r.language, "represented_instead", country=speaker_country(head, r.language),
              name=speaker_name(head, r.language), role=speaker_role(head, r.language))
    return _with(reply, details=(*reply.details, line),
                 suggestions=(Suggestion(head.id, fact_title(factbase, head.id, r.language)),))


# documents, counts, participants


def _documents(matcher: Matcher) -> list[Agreement]:
    by_kind = _derived(matcher).by_kind
    return [a for kind in DOCUMENT_KINDS for a in by_kind.get(kind, [])]


def _asks_documents(r: Reading) -> bool:
    """Which documents, what was signed or adopted; not "when was X adopted" (a date, which
    the statements give for things adopted earlier)."""
    words = set(r.words)
    if "@when" in r.keys or words & set(_OTHER_PLACES):  # a date, or another meeting's ("the Sochi decision")
        return False
    if {"@sign", "@adopt"} & r.keys or words & {"decided", "decide", "решили", "решено", "reshili"}:
        return "@propose" not in r.keys and "@say" not in r.keys
    return "@document" in r.keys and "@say" not in r.keys and "@propose" not in r.keys


def _documents_reply(matcher: Matcher, r: Reading) -> Reply:
    """The documents of this meeting; with a subject ("anything on uranium?") the documents
    about it, else, for a question about documents, the list; else (e.g. "when was the concept
    adopted?", about something adopted earlier) retrieval over every fact."""
    factbase = matcher.factbase
    lang = r.language
    documents = _documents(matcher)
    if not documents:
        return _retrieval(matcher, r)
    subject = _subject_keys(matcher, r, known_only=True, outcome=False)
    if r.countries or r.topic and _subject_keys(matcher, r, outcome=False):  # "what did they decide": no subject
        # the documents, and the reports' accounts of what was signed ("... and the IT industry")
        pool = [*documents, *_derived(matcher).by_kind.get("result", [])]
        holding = [a.id for a in pool if subject and _doc_holds(matcher, a.id, subject, share=0.5)]
        ranked = [c for c in matcher.score_facts(r.question, holding, lang) if c.confidence >= DOCUMENT_FLOOR]
        missing = [keys for keys in subject if ranked and not _doc_holds(matcher, ranked[0].fact_id, [keys])]
        summaries = [a.id for a in _derived(matcher).by_kind.get("result", []) if a.id != (ranked[0].fact_id if ranked
                     else None) and any(_doc_holds(matcher, a.id, [keys]) for keys in missing)]
        if ranked and summaries:
            # "a medal for the 80th anniversary": the anniversary plan holds no medal, a report's summary of
            # what was signed does; both are shown, the summary first
            return _list_reply(factbase, lang, _t(lang, "documents_on_topic"), [*summaries, ranked[0].fact_id],
                               intent="documents", score=ranked[0].confidence)
        if ranked:
            best = ranked[0]
            close = [c.fact_id for c in ranked if c.confidence >= best.confidence - matcher.margin]
            if len(close) == 1:
                return _with(fact_reply(factbase, best.fact_id, lang, score=best.confidence), intent="documents")
            return _list_reply(factbase, lang, _t(lang, "documents_on_topic"), close, intent="documents",
                               score=best.confidence)
        if "@document" not in r.keys:  # "when was the concept adopted?": not about this meeting's documents
            return _retrieval(matcher, r)
        found = _retrieval(matcher, r)  # "the services trade agreement": a statement about an earlier one
        if found.answered and (found.score or 0) >= SURE and len(subject) >= 2 \
                and _doc_holds(matcher, found.fact_id or "", subject):
            return found
        nearest = matcher.rank(r.question, lang, limit=3)
        return _with(_list_reply(factbase, lang, _t(lang, "documents_not_on_topic", count=len(documents)),
                                 [a.id for a in documents], intent="documents", score=0), answered=False,
                     suggestions=tuple(Suggestion(c.fact_id, fact_title(factbase, c.fact_id, lang)) for c in nearest))
    return _list_reply(factbase, lang, _t(lang, "documents", count=len(documents)), [a.id for a in documents],
                       intent="documents", score=_score(r))


def _count_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"How many documents": the reports' counts, each with its source (both when they differ);
    "how many on financing": the counts of that; "how many delegations": the participants."""
    factbase = matcher.factbase
    lang = r.language
    words = set(r.words)
    frame = _COUNT_FRAME | {"@next"} if words & {"following", "followed"} else _COUNT_FRAME  # "following the meeting"
    subject = [keys for keys in _subject_keys(matcher, r, known_only=True, frame=frame) if not _is_number(keys)]
    if {"@document", "@sign", "@adopt"} & r.keys and _counts_countries(r):
        return _no_count(matcher, r)  # "how many countries signed the agreement": not a number of documents
    if {"@document", "@sign", "@adopt"} & r.keys:
        counts = _derived(matcher).by_kind.get("count", [])
        if subject:  # "how many of the documents concern financing of the CIS bodies": TASS's nine
            facts = [a for a in counts if _doc_holds(matcher, a.id, subject, share=0.5)]
            if not facts:
                return _no_count(matcher, r)
        else:
            facts = [a for a in counts if _counts_documents(a)]
        if not facts:
            return None
        parts = [f"{factbase.source_of(a).publisher}: {a.count or '?'}" for a in facts]
        numbers = {a.count for a in facts}
        key = "count_subject" if subject else "count_documents_differ" if len(numbers) > 1 else "count_documents"
        return _list_reply(factbase, lang, _t(lang, key, parts="; ".join(parts)), [a.id for a in facts],
                           intent="count", score=_score(r))
    if not subject and ({"@participate", "@country"} & r.keys or words & {
            "delegations", "делегаций", "countries", "стран", "participants", "участников", "people"}):
        return _with(fact_reply(factbase, PARTICIPANTS_ID, lang, score=_score(r)), intent="count")
    roles = [keys for keys in subject if keys & _ROLE_KEYS]
    if roles and len(roles) == len(subject):  # "how many deputy prime ministers": the participants, with their roles
        if "@president" in r.keys:
            return _with(_presidents_reply(matcher, r), intent="count")
        return _with(fact_reply(factbase, PARTICIPANTS_ID, lang, score=_score(r)), intent="count")
    return None


_DIFFER = frozenset("seem seems differ differs different disagree disagreement conflicting contradict contradictory "
                    "расходятся расходится разные противоречат разное".split())


_NUMBER_STEMS = frozenset(stem(w) for w in """one two three four five six seven eight nine ten eleven twelve
    twenty thirty один одна два две три четыре пять шесть семь восемь девять десять двадцать двадцати тридцать
    twentytwo""".split())


def _is_number(keys: set[str]) -> bool:
    """True for a number's keys ("22", "twenty", "двадцать")."""
    return any(k.isdigit() or k in _NUMBER_STEMS for k in keys)


def _checks_a_count(matcher: Matcher, r: Reading) -> bool:
    """"Was it 20 or 22 agreements?", "were 22 documents signed?": a number of documents to check,
    and nothing else named (the reports' disagreement may be)."""
    undated = re.sub(r"\b(?:19|20)\d\d\b", " ", " ".join(r.words))  # "what did they sign in 2023": a year
    if r.people or not {"@document", "@sign"} & r.keys or not _NUMBER_RE.search(undated):
        return False
    subject = _subject_keys(matcher, r, frame=_COUNT_FRAME)
    return not any(subject) or all(_is_number(keys) or keys <= _DIFFER for keys in subject)


_ROLE_KEYS = frozenset({"@premier", "@deputy", "@minister", "@president"})
_COUNT_WORDS = frozenset("many number сколько скока скоко skolko".split())
_PARTY_NOUNS = frozenset("""countries states nations delegations participants people members стран государств
    делегаций участников человек членов""".split())


def _counts_countries(r: Reading) -> bool:
    """True when the thing counted is countries or people ("how many countries signed it")."""
    words = r.words
    return any(w in _COUNT_WORDS and words[i + 1: i + 2] and words[i + 1] in _PARTY_NOUNS
               or w == "number" and words[i + 1: i + 3] and words[i + 2: i + 3] and words[i + 2] in _PARTY_NOUNS
               for i, w in enumerate(words))


def _no_count(matcher: Matcher, r: Reading) -> Reply:
    """"How many documents concern uranium": the reports count no such thing, and the documents
    they list are an excerpt, so counting those would mislead; the documents are offered instead."""
    subject = _subject_keys(matcher, r, known_only=True, frame=_COUNT_FRAME)
    on_it = [a.id for a in _documents(matcher) if _doc_holds(matcher, a.id, subject, share=0.5)]
    reply = _abstain(matcher, r, "count", _t(r.language, "no_count"))
    offered = [*on_it, *(s.fact_id for s in reply.suggestions if s.fact_id not in on_it)][:3]
    return _with(reply, suggestions=tuple(Suggestion(i, fact_title(matcher.factbase, i, r.language)) for i in offered))


# What frames a count ("how many documents were signed at the meeting"): "next" is a subject there
_COUNT_FRAME = frozenset({"@count", "@document", "@sign", "@adopt", "@cis", "@meeting", "@list", "@participate",
                          "@country", "@who", "@when", "@where", "@source"})


def _subject_keys(matcher: Matcher, r: Reading, *, known_only: bool = False,
                  frame: frozenset[str] = _FRAME, outcome: bool = True) -> list[set[str]]:
    """What a question is about beyond its frame: one set of keys per word ("financing"),
    the words no fact contains included unless `known_only`; a country counts as a word,
    unless it names the meeting's place ("in Bishkek, Kyrgyzstan"); an outcome word ("decided",
    "итоги") is a subject only if `outcome` (not for the documents: "what did they decide")."""
    tokens, unknown = matcher.analyze(r.question)
    meeting_keys = _derived(matcher).meeting_keys
    dropped = frozenset() if outcome else _OUTCOME_WORDS
    subject = [set(t.keys) for t in tokens if not set(t.keys) & (frame | meeting_keys) and t.word not in dropped
               and (not t.entity or any(k.startswith("C:") for k in t.keys)
                    and not _names_the_place(matcher, t.word, t.keys, list(r.words)))]
    if known_only:
        return subject
    return subject + [{w} for w in unknown if len(w) > 3 and w not in _NOT_TOPIC | dropped]


def _doc_holds(matcher: Matcher, fact_id: str, subject: list[set[str]], share: float = 1.0) -> bool:
    """True when the fact holds the subject's words: all of them, or at least `share` of them."""
    doc = matcher.doc_by_id.get(fact_id)
    if doc is None or not subject:
        return False
    held = sum(bool(keys & (doc.terms.keys() | doc.entities.keys())) for keys in subject)
    return held >= share * len(subject) if share < 1.0 else held == len(subject)


def _counts_documents(agreement: Agreement) -> bool:
    counted = agreement.counts or ""
    return counted.startswith("document") or not counted


def _spoke_reply(matcher: Matcher, r: Reading) -> Reply:
    factbase = matcher.factbase
    lang = r.language
    seen = {person: len(said) for person, said in _derived(matcher).statements_by_speaker.items()}
    lines = tuple(f"• {speaker_name(factbase.speakers[p], lang)} ({speaker_country(factbase.speakers[p], lang)}): "
                  f"{_t(lang, 'n_statements', n=n)}" for p, n in seen.items())
    return Reply(lang, True, _t(lang, "spoke"), PARTICIPANTS_ID, "participants", _score(r), details=lines,
                 suggestions=tuple(Suggestion(p, fact_title(factbase, p, lang)) for p in seen),
                 intent="participants")


# overview


def _overview_reply(matcher: Matcher, r: Reading) -> Reply | None:
    factbase = matcher.factbase
    text = " ".join(r.words)
    words = set(r.words)
    lang = r.language
    if set(r.words) & set(_OTHER_PLACES) and not "@next" in r.keys:
        return None  # "the results of the Sochi meeting": not this meeting's overview
    if ("@next" in r.keys and ("@meeting" in r.keys or {"@when", "@where"} & r.keys)
            or {"@when", "@where"} & r.keys and _shares_schedule_words(matcher, r)):
        if _beyond_schedule(matcher, r):  # "when is the briefing before the Ashgabat meeting": retrieval
            return None
        kinds: tuple[str, ...] = ("schedule",)
        key = "next_meeting"
    elif _SUMMARY_RE.search(text) and not r.topic or _VAGUE_RE.search(text) and len(r.words) <= 6:
        kinds, key = ("agenda", "result", "count", "schedule"), "summary"
    elif words & _RESULT_WORDS:
        kinds, key = ("result", "count"), "results"
    elif _AGENDA_RE.search(text) and not _beyond_agenda(matcher, r):
        kinds, key = ("agenda",), "agenda"
    else:
        return None
    by_kind = _derived(matcher).by_kind
    ids = [a.id for kind in kinds for a in by_kind.get(kind, [])]
    if key in ("agenda", "summary"):  # the priorities the speakers set out were the agenda too
        ids += _derived(matcher).priorities
    if not ids:
        return None
    if key == "summary" and factbase.meeting:
        ids.insert(0, factbase.meeting.id)
    return _list_reply(factbase, lang, _t(lang, key), ids, intent="overview", score=_score(r))


def _beyond_agenda(matcher: Matcher, r: Reading) -> bool:
    """True when an agenda question names a subject ("was energy discussed"), not only the agenda."""
    return any(not any(k in _AGENDA_FILLER or k == "@agenda" for k in keys)
               for keys in _subject_keys(matcher, r))


_ORIGIN_FORMS = frozenset("""why chose chosen choose picked initiative originally initially announced почему
    выбрали выбран выбрана выбрано инициатива инициативе инициативы изначально анонсировали анонсировано
    объявили объявлено первоначально чья чьей""".split())
_DECIDED_FORMS = frozenset("decided decide decision решили решено решение решения принято".split())
_HOLD_FORMS = frozenset("""hold held host hosted venue place провести проводить проводили проведения место
    пройдёт пройдет пройти состоится состояться""".split())
_ORIGIN_WORDS = frozenset(stem(w) for w in _ORIGIN_FORMS)  # as the facts' keys hold them
_DECIDED = frozenset(stem(w) for w in _DECIDED_FORMS)


def _origin_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Why Bishkek?", "at which meeting was it decided to hold this one in Bishkek?", "на какую дату
    изначально анонсировали заседание": how this meeting came about, which the background facts tell.
    The meeting's own place is the subject here, so it is not dropped as it is for other questions."""
    background = _derived(matcher).by_kind.get("background", [])
    known = _derived(matcher)
    if not background or r.people or not r.keys & (known.meeting_keys | {"@where", "@when"}) - {"@meeting"}:
        return None
    words = set(r.words)
    if not (words & _ORIGIN_FORMS or "@choose" in r.keys or words & _DECIDED_FORMS and words & _HOLD_FORMS):
        return None  # "what did they decide in Bishkek" asks for the documents
    about_origin = [a.id for a in background if _doc_holds(matcher, a.id, [set(_ORIGIN_WORDS | _DECIDED)])]
    ranked = [c for c in matcher.score_facts(r.question, about_origin, r.language) if c.confidence >= ORIGIN_FLOOR]
    if not ranked:
        return None
    close = [c.fact_id for c in ranked if c.confidence >= ranked[0].confidence - TIE_MARGIN]
    if len(close) > 1:
        return _list_reply(matcher.factbase, r.language, _t(r.language, "tied"), close, intent="overview",
                           score=ranked[0].confidence)
    return _with(fact_reply(matcher.factbase, ranked[0].fact_id, r.language, score=ranked[0].confidence),
                 intent="overview")


def _date_check(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was it on 27 October?": the meeting's date, with the facts that give the date asked
    (an earlier announcement), never a bare yes or no."""
    factbase = matcher.factbase
    asked = _dates_in(r.words)
    if not asked or factbase.meeting is None or r.people:
        return None
    if r.topic and (_subject_keys(matcher, r, known_only=True) or _capitalised_unknown(matcher, r)):
        return None  # "was 27 October the actual date?" is still one; "Путин был там 26 октября?" is not
    meeting = factbase.meeting
    ids = [meeting.id]
    for entry in factbase.entries():
        if asked & _dates_in(tokenize(entry.quote)) and (meeting.date.day, meeting.date.month) not in asked:
            ids.append(entry.id)
    headline = _t(r.language, "date_check", date=format_date(meeting.date, r.language))
    return _list_reply(factbase, r.language, headline, ids, intent="overview", fact_id=meeting.id, score=_score(r))


def _beyond_schedule(matcher: Matcher, r: Reading) -> bool:
    """True when the question names something the schedule facts don't (a briefing, a working
    meeting before it): a question about that, not about the next meeting's date and place."""
    schedule = _derived(matcher).schedule_keys | _SCHEDULING
    return any(not keys & schedule and not any(k.startswith("@") for k in keys)
               for keys in _subject_keys(matcher, r, known_only=True))


def _shares_schedule_words(matcher: Matcher, r: Reading) -> bool:
    """True when the question names what the schedule facts name beyond the frame ("Ashgabat")."""
    tokens, _ = matcher.analyze(r.question)
    keys = {k for t in tokens for k in t.keys if not k.startswith("@")}
    return bool(keys & _derived(matcher).schedule_keys)


def _list_reply(factbase: FactBase, lang: str, headline: str, ids: list[str], *, intent: str,
                fact_id: str | None = None, score: int | None = None) -> Reply:
    """A list reply: the first `QUOTED_ITEMS` facts with their quotes and sources, then titles
    (each still a button), at most `MAX_ITEMS`; beyond that, "what else?" shows the next ones."""
    items = []
    quoted = 0  # characters of quotes so far: short quotes (a list of documents) are all shown
    for position, fact in enumerate(ids[:MAX_ITEMS]):
        item = fact_item(factbase, fact, lang)
        length = len(item.quote or "")
        if position < QUOTED_ITEMS or quoted + length <= QUOTED_CHARS:
            items.append(item)
            quoted += length
        else:
            items.append(Item(item.fact_id, item.title))
    notes = (_t(lang, "more_items", count=len(ids) - MAX_ITEMS),) if len(ids) > MAX_ITEMS else ()
    return Reply(lang, True, headline, fact_id or ids[0], "list", score, items=tuple(items), notes=notes,
                 intent=intent)


def _membership_reply(factbase: FactBase, r: Reading) -> Reply:
    lang = r.language
    return Reply(lang, False, label(lang, "dont_say"), intent="membership",
                 notes=(_t(lang, "membership"),),
                 suggestions=(Suggestion(PARTICIPANTS_ID, fact_title(factbase, PARTICIPANTS_ID, lang)),))


# texts

_TEXTS = {
    "en": {
        "hello": "Hello! I answer questions about {meeting}, with the reports' own words and a link.",
        "thanks": "You're welcome! Ask me anything else about the meeting.",
        "bye": "Goodbye! Come back with any question about the meeting.",
        "other_event": "The reports I have cover {meeting}, not {event}.",
        "event_sco": "the SCO heads of government meeting",
        "event_hos": "the CIS Council of Heads of State",
        "event_eaeu": "a meeting of the Eurasian Economic Union",
        "event_place": "a meeting in {place}",
        "event_next": "the outcome of the next meeting, in Ashgabat",
        "event_year": "{year}",
        "event_date": "{date}",
        "ambiguous": "“{word}” could be {names}. Whom do you mean?",
        "or": "or",
        "membership": "They don't list the CIS's member states; they name the delegations at this meeting.",
        "said": "What the reports quote {name} saying ({count}):",
        "more_said": "More from {name}:",
        "no_more": "That is all the reports quote {name} saying.",
        "also_close": "Also close:",
        "said_not_on_topic": "The reports don't quote {name} on that. What they do quote:",
        "said_elsewhere": "{name} took no part in this meeting, and the reports quote nothing {surname} said at it. "
                          "What they quote from another occasion:",
        "said_not_here": "{name} took no part in this meeting; what the reports quote {surname} saying on another "
                         "occasion ({count}):",
        "nothing_said_attended": "The reports list {name} ({role}, {country}) among the participants "
                                 "but quote nothing {surname} said.",
        "nothing_said_mentioned": "{name} ({role}, {country}) is mentioned in the reports but not quoted "
                                  "from this meeting.",
        "mentioned_in": "Where the reports mention them:",
        "documents": "Documents signed and decisions adopted at the meeting ({count}):",
        "documents_not_on_topic": "I found no document on that among the {count} the reports list:",
        "documents_on_topic": "Documents on that:",
        "count_documents": "Documents signed: {parts}.",
        "count_subject": "What the reports count on that: {parts}.",
        "count_documents_differ": "The reports differ on how many documents were signed: {parts}.",
        "spoke": "People the reports quote:",
        "tied": "These facts match equally well:",
        "represented_instead": "{country} was represented by {name}, {role}.",
        "unknown_name": "They don't mention {name}.",
        "date_check": "The meeting took place on {date}.",
        "opinion": "I only quote what the reports say; they make no forecast or judgement on that.",
        "no_figure": "The reports give no figure for that.",
        "no_count": "The reports give no count of that.",
        "names_nobody": "The reports name no one for that.",
        "no_order": "The reports give no order of that.",
        "stranger": "The reports don't mention {name}.",
        "presidents_mentioned": "No president is listed among the participants; the reports only mention {names}.",
        "reported_by": "reported by {publisher}",
        "reported_via": "reported by {publisher}, citing {via}",
        "said_by": "Said by {name} ({role}); {reported}.",
        "more_items": "…and {count} more: ask “what else?”",
        "n_statements": "{n} quoted",
        "next_meeting": "The next meeting, as the reports announce it:",
        "summary": "The meeting in brief, in the reports' words:",
        "results": "The results of the meeting, in the reports' words:",
        "agenda": "What was on the agenda, in the reports' words:",
    },
    "ru": {
        "hello": "Здравствуйте! Я отвечаю на вопросы о {meeting} словами публикаций и со ссылкой.",
        "thanks": "Пожалуйста! Спрашивайте ещё о заседании.",
        "bye": "До свидания! Возвращайтесь с вопросами о заседании.",
        "other_event": "Мои источники описывают {meeting}, а не {event}.",
        "event_sco": "заседание глав правительств ШОС",
        "event_hos": "Совет глав государств СНГ",
        "event_eaeu": "заседание Евразийского экономического союза",
        "event_place": "заседание в городе {place}",
        "event_next": "итоги следующего заседания, в Ашхабаде",
        "event_year": "{year} год",
        "event_date": "{date}",
        "ambiguous": "«{word}» — это может быть {names}. Кого вы имеете в виду?",
        "or": "или",
        "membership": "В них нет списка государств — членов СНГ; в них названы делегации этого заседания.",
        "said": "Что, по сообщениям, сказал(а) {name} ({count}):",
        "more_said": "Ещё высказывания, {name}:",
        "no_more": "Больше публикации ничего не приводят из слов: {name}.",
        "also_close": "Близкие ответы:",
        "said_not_on_topic": "Публикации не приводят слов {name} об этом. Что они приводят:",
        "said_elsewhere": "{name} не участвовал(а) в этом заседании, и публикации не приводят слов, сказанных "
                          "на нём. Что они приводят из сказанного по другому поводу:",
        "said_not_here": "{name} не участвовал(а) в этом заседании; что публикации приводят из сказанного "
                         "по другому поводу ({count}):",
        "nothing_said_attended": "{name} ({role}, {country}) значится среди участников, "
                                 "но публикации не приводят высказываний этого участника.",
        "nothing_said_mentioned": "{name} ({role}, {country}) упоминается в публикациях, но его высказывания "
                                  "на заседании не приводятся.",
        "mentioned_in": "Где публикации его упоминают:",
        "documents": "Документы, подписанные и принятые на заседании ({count}):",
        "documents_not_on_topic": "Среди документов, перечисленных в публикациях ({count}), я не нашёл "
                                  "такого:",
        "documents_on_topic": "Документы на эту тему:",
        "count_documents": "Подписано документов: {parts}.",
        "count_subject": "Что публикации насчитывают по этой теме: {parts}.",
        "count_documents_differ": "Источники расходятся в числе подписанных документов: {parts}.",
        "spoke": "Чьи слова приводят публикации:",
        "tied": "Подходят в равной мере:",
        "represented_instead": "{country} представлял(а) {name}, {role}.",
        "unknown_name": "В них не упоминается: {name}.",
        "date_check": "Заседание состоялось {date}.",
        "opinion": "Я привожу только то, что сказано в публикациях; прогнозов и оценок на этот счёт в них нет.",
        "no_figure": "Цифр на этот счёт в публикациях нет.",
        "no_count": "Такого подсчёта в публикациях нет.",
        "names_nobody": "Имён на этот счёт в публикациях нет.",
        "no_order": "Порядка на этот счёт публикации не приводят.",
        "stranger": "В публикациях не упоминается: {name}.",
        "presidents_mentioned": "Президентов среди участников нет; в публикациях только упоминаются: {names}.",
        "reported_by": "сообщает {publisher}",
        "reported_via": "сообщает {publisher} со ссылкой на {via}",
        "said_by": "Слова: {name} ({role}); {reported}.",
        "more_items": "…и ещё {count}: спросите «что ещё?»",
        "n_statements": "высказываний: {n}",
        "next_meeting": "Следующее заседание, по сообщениям:",
        "summary": "Коротко о заседании словами публикаций:",
        "results": "Итоги заседания словами публикаций:",
        "agenda": "Что было на повестке, словами публикаций:",
    },
}


def _t(lang: str, key: str, **values: object) -> str:
    text = _TEXTS.get(lang, _TEXTS["en"])[key]
    return text.format(**values) if values else text

"""People: what X said (every statement, the one on the topic, or that none is quoted), whether X
attended (took part, or only mentioned, with who represented the country), who spoke, the
presidents, a name two people share, someone the reports never mention at a delegation they name.
Every answer comes from the fact base's speakers and statements, so it cannot quote one person for
another.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from bot.facts import Entry, FactBase, Speaker, Statement
from bot.intents.quotekind import holds_words
from bot.intents.reading import (
    Reading,
    asks_yes_or_no,
    beyond_agenda,
    country_words,
    credits_by_fact,
    delegation_heads,
    derived,
    doc_holds,
    entry_texts,
    governments_text_countries,
    holds_pasted,
    holds_the_subject,
    keys_held,
    names_right_after,
    publisher_words,
    quoted_spans,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_words,
    words_no_fact_holds,
)
from bot.intents.replying import abstain, fact_ids, list_reply, publishers_of, report_cites, with_changes
from bot.intents.retrieval import (
    asks_figure,
    not_what_is_asked,
    of_another_meeting,
    retrieve,
    unknown_capitalised,
    unknown_names,
)
from bot.intents.texts import phrase
from bot.intents.vocabulary import (
    DEPUTY_RE,
    LEADERS,
    MEETING_WORDS,
    MORE_WORDS,
    OUTCOME_WORDS,
    SPOKE_WORDS,
    TITLE_KEYS,
    WHICH_REPORT_ASKED_RE,
)
from bot.lexicon import NEVER_TYPOS, STOPWORDS
from bot.matcher import PARTICIPANTS_ID, Matcher, country_key
from bot.replies import (
    Reply,
    Suggestion,
    delegation_led_by,
    fact_reply,
    fact_title,
    joined_names,
    label,
    role_and_country,
    speaker_country,
    speaker_country_of,
    speaker_name,
    speaker_role,
    speaker_surname,
)
from bot.text import is_cyrillic, normalise, stem, tokenize

__all__ = [
    "ambiguous_reply", "asks_attendance", "asks_what_said", "attend_each_reply", "attend_reply", "membership_reply",
    "facts_telling_words", "foreign_minister_reply", "who_is_president_reply", "met_each_other_reply", "no_president_reply", "QUOTED_WHO_RE", "stayed_away_claim", "unquoted_reply",
    "name_asked_reply", "people_by_role", "presidents_reply", "role_check_reply", "say_reply", "spoke_reply",
    "summed_up_reply", "summing_up_of", "words_of_another",
    "statements_of", "stranger_from", "title_claim", "who_is_reply",
]

_WAS_THERE = frozenset("""was were did attend attended there represented came come был была были приехал приехала
    приезжал приезжала прибыл прибыла присутствовал присутствовала участвовал участвовала представлял представляла byl
    byla priezzhal priekhal pribyl headed led возглавлял возглавляла возглавил возглавила руководил руководила""".split())


_NEXT_CITY = ("ashgabat", "ashkhabad", "ашхабад")


_LEADER_STEMS = tuple(LEADERS)  # (one startswith for each word)


def stranger_from(matcher: Matcher, r: Reading) -> Reply | None:
    """"От Армении был Пашинян?", "Was Lukashenko there from Belarus?": someone the reports never
    mention, at a delegation they name: who did represent that country, and that they don't mention
    the stranger. Never a yes."""
    # "Did Sadyr Japarov attend?": the president, whose surname is the Kyrgyz prime minister's, is a stranger too
    namesake = _NAMESAKE_RE.search(r.question)
    if namesake and set(r.people) == {"japarov"}:
        r = replace(r, people=())
    # "what did Putin say in Bishkek": a leader the reports never name, whatever is asked of them
    leader = not r.people and any(w.startswith(_LEADER_STEMS) for w in r.words)
    if r.people or len(r.countries) > 1 or not leader and (not set(r.words) & (_WAS_THERE - _ANY_QUESTION)
                                                           or {"@say", "@propose"} & r.keys):
        return None
    if "@next" in r.keys or any(w.startswith(_NEXT_CITY) for w in r.words):
        return None  # "будет ли Путин на заседании в Ашхабаде": the next meeting's, of whom the reports tell nothing
    # not a request ("... boycott the meeting? Confirm it."), not a title ("Mr."): no name
    starts = {m.group(1).strip(".,;:!?()[]{}«»\"'“”") for m in re.finditer(r"(?:^|[.?!:]\s+)(\S+)", r.question.strip())}
    # (not a place: "the forum held during Innoprom in Yekaterinburg. Is that what was reported?")
    places = {m.group(1) for m in _AFTER_IN_RE.finditer(r.question)}
    names = [n for n in unknown_capitalised(matcher, r) if n.lower().rstrip(".") not in _NOT_NAMES and n not in places
             and (n not in starts or _SURNAME_RE.search(n) or any(n.lower().startswith(k) for k in LEADERS))]
    if namesake:
        names = [namesake.group(0)]
    if not names:  # "pashinyan priezzhal": a leader's name typed in lower case
        _, unknown = matcher.analyze(r.question)
        names = [w.capitalize() for w in unknown if any(w.startswith(k) for k in LEADERS)]
    # "was Putin there": the country of a leader the reports don't name at this meeting
    countries = r.countries or tuple(dict.fromkeys(country for n in names for stem_, country in LEADERS.items()
                                                   if n.lower().startswith(stem_)))
    if len(countries) != 1:
        return None
    heads = delegation_heads(matcher, countries[0])
    if not names or not heads:
        return None
    reply = with_changes(fact_reply(matcher.factbase, heads[0].id, r.language, score=reading_score(r)), intent="attend")
    named = " ".join(names) if " ".join(names) in r.question else ", ".join(names)  # "Nikol Pashinyan": one name
    headline = phrase(r.language, "stranger", name=named) + " " + reply.headline
    if set(r.words) & _BOYCOTT:  # "did Pashinyan boycott the meeting": no report speaks of a boycott, nor why
        return with_changes(reply, answered=False, headline=f"{phrase(r.language, 'no_boycott')} {headline}")
    if set(r.words) & _KIN or not _who_came_asked(r) and not _claims_presence(matcher, r) and (
            not r.countries or {"@say", "@propose"} & r.keys and not _claimed_there(matcher, r)):
        # "did Putin attend", "what did Russia's president Putin say", "is Akylbek Japarov related to President
        # Sadyr Japarov": someone the reports never name, so no answer, but who came instead
        return with_changes(reply, answered=False, headline=headline)
    return with_changes(reply, headline=headline)


def _claims_presence(matcher: Matcher, r: Reading) -> bool:
    """True when the asker states that the stranger was there and wants it confirmed ("Putin personally chaired
    the council in Bishkek, everyone knows that. Confirm.", "Алиев ведь сам приезжал в Бишкек?"): a false
    claim, which who did come answers. Not a bare "Did Putin attend?", which the reports leave open, nor
    his words or his reasons asked for."""
    if not _PRESENCE_CLAIM_RE.search(r.question) or _NOT_PRESENCE_RE.search(r.question):
        return False
    return not {"@say", "@propose"} & r.keys or _claimed_there(matcher, r)


def _who_came_asked(r: Reading) -> bool:
    """True when, beside the stranger, who came is asked: "who" with the country named ("Кто представлял Армению?
    Только не говорите, что Пашинян", "azerbaijan kogo prislal? aliev priezjal?"), or whether he sent someone ("did
    Putin show up, or did he send somebody?")."""
    return bool(r.countries and _WHO_WORD_RE.search(r.question) or _SENT_SOMEONE_RE.search(r.question))


_PRESENCE_CLAIM_RE = re.compile(
    r"\b(?:personally|himself|in person|right|correct|confirm|admit|didn't he|wasn't he|yeah|everyone knows|everybody"
    r" knows|i saw|saw (?:it|him)|photos?|лично|сам|ведь|же|верно|подтверди\w*|признай\w*|так ведь|видел\w*|фото\w*|"
    r"все знают|lichno|sam|pravda chto)\b", re.IGNORECASE)
_NOT_PRESENCE_RE = re.compile(r"\b(?:why|почему|зачем|pochemu|video\w*|видео\w*|онлайн|online|wife|жена\w*|"
                              r"separate\w*|отдельно|встреча\w*|met|meet)\b", re.IGNORECASE)
_WHO_WORD_RE = re.compile(r"\b(?:who|whom|кто|кого|kto|kogo)\b", re.IGNORECASE)
_SENT_SOMEONE_RE = re.compile(r"\bsen[dt]\s+(?:somebody|someone|anyone|anybody)\b|\b(?:прислал|отправил|послал)\w*\s+"
                              r"(?:кого-то|кого-нибудь|кого|другого)\b|\b(?:кого-то|кого)\s+(?:прислал|отправил|послал)",
                              re.IGNORECASE)


def _claimed_there(matcher: Matcher, r: Reading) -> bool:
    """True when each word of saying comes before a leader's name that a word of being there follows: a claim
    put to the bot ("My students claim Pashinyan himself went to Bishkek. Was it him who represented Armenia?"),
    not his words asked for ("what did Pashinyan say")."""
    tokens, _ = matcher.analyze(r.question)
    saying = [t.word for t in tokens if {"@say", "@propose"} & t.keys.keys()]
    words = r.words
    named = [i for i, w in enumerate(words) if any(w.startswith(k) for k in LEADERS)]
    if not saying or not named:
        return False
    first_name = named[0]
    return all(w in words[:first_name] and w not in words[first_name:] for w in saying) \
        and bool(set(words[first_name + 1:]) & _WAS_THERE)


# a word that opens a sentence is a name only if it looks like a surname ("Quick question?" is none)
_SURNAME_RE = re.compile(r"(ov|ev|yev|yan|ian|enko|in|ova|eva|zoda|ин|ов|ев|ян|енко|ова|ева|зода)$", re.IGNORECASE)
_NAMESAKE_RE = re.compile(r"\b(?:Sadyr|Садыр)\w*\s+(?:Japarov|Zhaparov|Dzhaparov|Жапаров|Джапаров)\w*", re.IGNORECASE)
_NOT_NAMES = frozenset("""confirm check verify breaking lol please explain clarify answer tell thanks thank yes no mr mrs ms dr sir
    himself herself personally подтвердите подтверди проверьте проверь уточните уточни поясните поясни спасибо да нет
    господин госпожа сам сама сами само лично western eastern northern southern european american asian global
    international""".split())  # ("Western sanctions against Russia": no one's name)
# a capitalised word after "in" or "в" names a place, never a person ("in Yekaterinburg", "на Тихоокеанском флоте")
_AFTER_IN_RE = re.compile(r"\b(?:in|at|from|в|во|на|из|v|na|iz)\s+([A-ZА-ЯЁ][\w-]*)")
# kinship, which no report speaks of ("is Akylbek Japarov related to Sadyr Japarov")
_ANY_QUESTION = frozenset("was were did".split())  # (a name no one bears, put to a meeting's decision: "Did the meeting
# approve tariff cuts for transit through Upper Lars?" asks no one's presence)
_KIN = frozenset("""related relative relatives relation kin brother brothers son father cousin family namesake
    namesakes родственник родственники родственница родня родственны родственен родственным брат братья сын отец
    кузен однофамилец однофамильцы семья rodstvennik rodstvenniki brat""".split())
_BOYCOTT = frozenset("""boycott boycotted boycotting boycotts snub snubbed бойкот бойкотировал бойкотировала
    бойкотировали бойкотирует бойкотировать бойкотом""".split())


def presidents_reply(matcher: Matcher, r: Reading) -> Reply:
    """"Which presidents were at the meeting": the participants (heads of government), and the
    presidents the reports only mention, said to be only mentioned; never a president's quote."""
    factbase = matcher.factbase
    listed = fact_reply(factbase, PARTICIPANTS_ID, r.language, score=reading_score(r))
    reply = with_changes(listed, intent="participants")
    mentioned = [s for s in factbase.speakers.values() if not s.attended and "president" in s.role.lower()]
    if not mentioned:
        return reply
    names = ", ".join(speaker_name(s, r.language) for s in mentioned)
    return with_changes(reply, notes=(*reply.notes, phrase(r.language, "presidents_mentioned", names=names)))


def ambiguous_reply(factbase: FactBase, r: Reading) -> Reply:
    word, ids = r.ambiguous[0]
    lang = r.language
    people = [factbase.speakers[i] for i in ids if i in factbase.speakers]
    options = tuple(Suggestion(p.id, f"{speaker_name(p, lang)} ({speaker_country(p, lang)})") for p in people)
    names = f" {phrase(lang, 'or')} ".join(s.title for s in options)
    return Reply(lang, False, phrase(lang, "ambiguous", word=word.capitalize(), names=names),
                 suggestions=options, intent="ambiguous")


def people_by_role(matcher: Matcher, r: Reading) -> tuple[str, ...]:
    """Who "the Tajik PM", "the Russian prime minister", "the President of Kazakhstan", "the CIS
    Secretary General" is. Not in "who said that Kazakhstan is ready": there the country is the
    subject, and the question asks who."""
    factbase = matcher.factbase
    both = bool({"@say", "@propose"} & r.keys and _AND_WHAT_RE.search(" ".join(r.words)))  # "who ... and what did he say"
    if r.people or "@who" in r.keys and not both:
        return ()
    by_title = _person_by_role_words(matcher, r)
    if by_title and r.countries:  # "вице-премьер Туркменистана": the title held in that country
        by_title = tuple(p for p in by_title if country_key(factbase.speakers[p]) in r.countries)
    if by_title:
        return by_title
    if not r.countries:
        return ()
    president = "@president" in r.keys
    asked = _role_stems_asked(r)  # "foreign minister": not the delegation's head
    found: list[str] = []
    publishing = governments_text_countries(matcher, r)  # "in the Kyrgyz government's list": no one of Kyrgyzstan's
    for country in r.countries:
        if country in publishing:
            continue
        candidates = [s for s in factbase.speakers.values() if country_key(s) == country]
        if president:
            candidates = [s for s in candidates if "president" in s.role.lower()]
        elif asked:  # none: nobody of that title; two deputies: the one the reports quote first (who was there
            # first, when whether they came is asked: "was the Turkmen PM there or just a deputy": Geldimyradov)
            quoted = derived(matcher).statements_by_speaker
            present = "@participate" in r.keys or bool(set(r.words) & _THERE)
            candidates = sorted((s for s in candidates if asked <= _role_stems(s)),
                                key=lambda s: (present and not s.attended, not quoted.get(s.id)))
        else:
            candidates = _quoted_on_it(matcher, r, candidates) or [s for s in candidates if s.attended] or candidates
        found.extend(s.id for s in candidates)
    return tuple(dict.fromkeys(found))


def _quoted_on_it(matcher: Matcher, r: Reading, candidates: list[Speaker]) -> list[Speaker]:
    """The country's people quoted on the question's subject when its delegation's head is quoted on nothing
    ("what preparations did Turkmenistan announce for the Ashgabat meeting": Meredov, not Geldimyradov); []
    otherwise."""
    if any(statements_of(matcher, s.id) for s in candidates if s.attended):
        return []
    subject = [keys for keys in subject_keys(matcher, r, known_only=True) if not any(k.startswith("C:") for k in keys)]
    return [s for s in candidates if not s.attended and subject
            and any(keys_held(matcher, said.id, subject) * 2 >= len(subject) for said in statements_of(matcher, s.id))]


# words of a title the question may name besides "prime minister" / "premier", which every head holds
_TITLE_WORDS = frozenset(stem(w) for w in """foreign affairs deputy vice economic finance chairman иностранных
    дел заместитель вице вице-премьер экономическим финансов председатель""".split())


def _role_stems(speaker: Speaker) -> set[str]:
    return {stem(w) for role in (speaker.role, speaker.role_ru or "") for w in tokenize(role)}


def _role_stems_asked(r: Reading) -> set[str]:
    """The title words a question names beyond a head of government's ("foreign", "deputy"), as stems."""
    return {stem(w) for w in r.words} & _TITLE_WORDS


_AND_WHAT_RE = re.compile(r"\b(and|и|i) (what|which|что|chto|какие|каких|с какими|s kakimi)\b")
_OTHER_BODIES = frozenset("""un oon оон united nations sco шос eaeu еаэс nato нато eu ес osce обсе brics брикс
    csto одкб""".split())


def _person_by_role_words(matcher: Matcher, r: Reading) -> tuple[str, ...]:
    """The one speaker whose role's words (two or more, e.g. "Secretary General") the question holds."""
    if set(r.words) & _OTHER_BODIES:  # "the UN Secretary General", "генсек ООН": not the CIS's
        return ()
    roles = derived(matcher).role_words
    heads = {s[:3] for _, role_stems in roles for s in role_stems}  # stem only the words that may be a role's
    words = {stem(w) for w in r.words if w[:3] in heads}  # "слова генерального секретаря": any case
    found = {person for person, role_stems in roles if role_stems <= words}
    return tuple(found) if len(found) == 1 else ()


def asks_what_said(r: Reading) -> bool:
    """What did X say, X's position or priorities; not "who attended and what's his position"."""
    words = set(r.words)
    if "@participate" in r.keys and not {"@say", "@propose"} & r.keys:
        return False
    # "what position does Golovchenko hold": his post, not his stance (but "hold on trade" is a stance)
    holds = (bool(words & _HOLDS) or _WHAT_POST_RE.search(" ".join(r.words)) is not None
             and not words & {"take", "took", "taken", "taking", "занял", "заняла", "занимает"}) \
        and not words & {"on", "about", "regarding", "по", "о", "об"}  # "which country and what position": a post
    return bool({"@say", "@propose", "@priority"} & r.keys or words & _DESCRIBING and not words & _PASSIVE
                or not holds and "@role" in r.keys and ("position" in words or "позиция" in words)
                or not holds and words & {"stance", "position", "view", "views", "позиция", "позицию"}
                or words & MORE_WORDS and not r.topic
                or bool(_asks_what_reported(r) and r.people  # "what did Meredov report": his words
                        and "@participate" not in r.keys))  # not "what was reported of who took part"


# "how did Mishustin describe Russia", "как Мишустин охарактеризовал роль России": his words on it
_DESCRIBING = frozenset("""describe described describes characterise characterised characterize characterized
    portray portrayed описал описала описывает охарактеризовал охарактеризовала назвал""".split())
_PASSIVE = frozenset("is was are were been описан описана описывается".split())  # "how is X described": X's entry


# how a person's name or title is written: "how is X's name spelled", "the exact title given to X", "как записаны
# имя и фамилия"
_RENDERING = frozenset("""spelled spelt spelling spell render rendered renders rendering transliterated
    transliteration записаны записан записано написано написан пишется транслитерация""".split())
_NAME_ASKED = _RENDERING | frozenset("""title titles имя имени фамилия фамилию фамилии отчество должность должности
    называется""".split())
_WRITE = frozenset("write writes written писать пишут пишет написать pisat".split())
# "name" as a noun ("his full name", "the name of", "tajik pm name?"), not the verb ("did Smailov name a figure")
_NAME_NOUN_RE = re.compile(r"\b(?:the|his|her|their|its|full|s|exact|official|whats|what s)\s+(?:full\s+)?names?\b|"
                           r"\bnames?\s+of\b|\bnames?$")
# ... but the verb at the end of "which routes did Smailov name", "what did the Uzbek PM name"
_NAME_VERB_RE = re.compile(r"\b(?:did|does|do|will|would)\s+(?:\w+\s+){1,3}name$")


def name_asked_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"How is the Tajik prime minister's name spelled", "the exact English title given to Geldimyradov":
    the person's entry, which quotes the report's sentence naming them. None unless one person, named or
    by their title, and their name or title is asked (not their words, not whether they came)."""
    words = set(r.words)
    text = " ".join(r.words)
    written = bool(words & _WRITE and r.people) and _IN_RUSSIAN_RE.search(text) is not None  # "how to write X in Cyrillic"
    if not (words & _NAME_ASKED or _NAME_NOUN_RE.search(text) and not _NAME_VERB_RE.search(text) or written) \
            or {"@say", "@propose", "@priority", "@count"} & r.keys:
        return None
    if WHICH_REPORT_ASKED_RE.search(text) or sources_named(matcher, r) and not words & _RENDERING or asks_figure(r) \
            or r.people and r.countries and asks_attendance(r):
        return None  # not "which report names Mishustin", "does Asia-Plus name Aripov", "what turnover did X name";
        # not "Туркменистан представлял Мередов — так написано в тесте": whether he did
    by_role = r if not _IN_RUSSIAN_RE.search(text) else read(matcher, _IN_RUSSIAN_RE.sub(" ", text), r.language)
    # ("как пишется по-русски имя генсека": "по-русски" names no country, so no Russian premier)
    people = r.people or people_by_role(matcher, replace(by_role, keys=by_role.keys - {"@who", "@list"}))
    if len(people) != 1 or people[0] not in matcher.factbase.speakers:
        return None
    speaker = matcher.factbase.speakers[people[0]]
    if not r.people and not speaker.attended and delegation_heads(matcher, country_key(speaker)):
        return None  # "the Turkmen vice-premier": Meredov in a 2024 report, or this meeting's Geldimyradov
    reply = with_changes(fact_reply(matcher.factbase, people[0], r.language, score=reading_score(r)), intent="who")
    if not _IN_RUSSIAN_RE.search(text):
        return reply
    spelt = _spelt_in_russian(matcher, speaker)
    if spelt is None:
        # "как по-русски пишется Hojamyrat Geldimyradov": no report spells it so; the bot's rendering is no source's
        note = phrase(r.language, "name_only_latin", name=speaker.name)
        return with_changes(reply, headline=f"{note} {reply.headline}")
    # "How is Lebedev's name spelled in Russian": as the report that spells it so writes it (Sputnik's
    # "Сергей Лебедев"), that report's fact shown
    entry, spelling = spelt
    note = phrase(r.language, "name_in_russian", name=spelling,
                  publisher=matcher.factbase.sources[entry.source].publisher)
    return with_changes(fact_reply(matcher.factbase, entry.id, r.language, score=reading_score(r)),
                        headline=note, intent="who")


# a name asked in Russian letters: "как по-русски пишется", "in Cyrillic", "на русском"
_IN_RUSSIAN_RE = re.compile(r"\b(по русски|по-русски|на русском|in russian|in cyrillic|кириллиц\w*|po russki|"
                            r"русскими буквами|russian letters|cyrillic letters|cyrillic)\b")


def _spelt_in_russian(matcher: Matcher, speaker: Speaker) -> tuple[Entry, str] | None:
    """The fact whose report spells the person's surname in Russian letters (TASS's "Мишустин"), not only
    the bot's rendering, and the name as it writes it (the whole name where it gives it); None if none does."""
    surname = tokenize(speaker.name_ru or "")[-1:] or [""]
    stemmed = surname[0][:-1] if len(surname[0]) > 4 else surname[0]
    if not stemmed:
        return None
    spelling = [e for e in matcher.factbase.entries()  # (not the person's own entry: its Russian words are the bot's)
                if e.id != speaker.id and is_cyrillic(e.quote) and stemmed in e.quote.lower()]
    whole = [e for e in spelling if speaker.name_ru and speaker.name_ru.lower() in e.quote.lower()]
    if whole:  # the whole name where a report gives it: "Сергей Лебедев"
        return whole[0], speaker.name_ru or ""
    if not spelling:
        return None
    return spelling[0], next(w for w in re.findall(r"[А-ЯЁа-яё]+", spelling[0].quote) if stemmed in w.lower())


_WHAT_POST_RE = re.compile(r"\b(what|which|какую|какая|какой|какое) (position|post|role|job|title|должност\w*|"
                           r"позици\w*|пост)\b")
_HOLDS = frozenset("hold holds held occupy occupies occupied занимает занимал занимала занимают".split())
_WHAT = frozenset("what что chto".split())
_REPORTED = frozenset("report reported reports доложил доложила докладывал рассказал рассказала dolozhil".split())


def _asks_what_reported(r: Reading) -> bool:
    """"What did Meredov report", "что доложил": a speaker's report, asked as what it was."""
    words = set(r.words)
    return bool(words & _REPORTED and words & _WHAT)


_YES_NO = frozenset("was were is did has had был была были была ли присутствовал присутствовала byl byla".split())


_ROLE_ASKED = frozenset({"@premier", "@deputy", "@minister", "@role"})


def asks_attendance(r: Reading) -> bool:
    """Was X at the meeting, did X attend; "was Tokayev at this one?", "was X there?": a yes-or-no
    question naming a person and nothing else."""
    if "@participate" in r.keys:  # (not "подписал ли Казахстан программу и какие участки туда вошли": what a
        # document includes)
        return not _takes_part_in_something_else(r.words) \
            and not ({"@sign", "@document"} & r.keys and set(r.words) & _INCLUDED)
    if {"@say", "@propose", "@priority", "@next"} & r.keys or r.topic:
        return False  # ("when will Turkmenistan host the next meeting": the next one's date, not who came to this)
    # "в Бишкеке 26 октября 2023 года": its city and day (not "in Bishkek (in October 2023)": Tokayev was, on the 13th)
    day = any(k.isdigit() and int(k) <= 31 for k in r.keys)
    asked = {k for k in r.keys if not (day and (k in _ITS_PLACE or k in _ITS_DAY or k.isdigit()))}
    return "@meeting" in r.keys or bool(r.words and r.words[0] in _YES_NO and r.people and not asked) \
        or bool(r.people and not asked and set(r.words) & _BE_PAST and set(r.words) & _THERE) \
        or bool(r.countries and asked <= _ROLE_ASKED and set(r.words) & _BE_PAST and set(r.words) & _THERE)
    # ("Мишустин был там?", "was the Turkmen PM there or just a deputy?")


_BE_PAST = frozenset("was were был была были byl byla byli".split())
_INCLUDED = frozenset("вошли вошло вошла входят включены включено included".split())
_THERE = frozenset("""there present там tam присутствовал присутствовала prisutstvoval bishkek бишкеке бишкек
    bishkeke""".split())
_ITS_PLACE = frozenset("bishkek бишкек".split())  # this meeting's city
_ITS_DAY = frozenset("@year @date октябр octob".split())  # and the words of its day
_IN = frozenset("in at into в во на the a an".split())
# What one takes part in that is still the meeting ("in the talks", "в работе заседания", "in it")
_THE_MEETING = MEETING_WORDS | frozenset("""it this that them cis снг sng bishkek бишкеке october октября 26 2023
    discussion discussions обсуждении работе работы work ceremony церемонии plenary пленарном personally лично""".split())


def _takes_part_in_something_else(words: tuple[str, ...]) -> bool:
    """"Is Kazakhstan ready to take part in developing transit corridors", "готов ли участвовать
    в развитии маршрутов": taking part in a project (a verbal noun, and no meeting word after it),
    not attending the meeting ("in the work of the council", "in the signing" still are)."""
    for i, word in enumerate(words):
        if not (word.startswith(("particip", "участв", "участи")) or word == "part" and i and words[i - 1] in (
                "take", "takes", "took", "taking", "taken")):
            continue
        if not words[i + 1: i + 2] or words[i + 1] not in _IN:
            continue
        following = [w for w in words[i + 1: i + 6] if w not in _IN]
        if following and _is_verbal_noun(following[0]) and not set(following) & _THE_MEETING:
            return True
    return False


def _is_verbal_noun(word: str) -> bool:
    """"developing", "развитии", "создании": an activity (signing one's name is the meeting's own)."""
    if word.startswith(("sign", "подпис", "podpis")):
        return False
    return word.endswith("ing") and len(word) > 5 or word.endswith(("нии", "тии", "ании", "ении", "стве"))


# "is it true that...", "did X really...", "правда ли, что...": a claim to check against the reports
# words said to be put to someone, whose they really are asked ("The 'frank, detailed conversation' line is attributed
# to Aripov. Who actually said it?", "Цитату ... приписывают Арипову. Кто это сказал на самом деле?")
_MISATTRIBUTED_RE = re.compile(r"\b(?:attributed|ascribed|credited)\s+to\b.*\b(?:who|whose)\b|"
                               r"\bприписыва\w*.*\b(?:кто|чьи|чья|чей)\b", re.IGNORECASE)
_FACT_CHECK_RE = re.compile(r"^(is it true|is it correct|is it right|true that|did \w+ really|правда ли|верно ли|это|eto|"
                            r"действительно ли|так ли|pravda li|verno li|правильно ли|am i right|do i understand "
                            r"correctly|fact check|am i correct)\b|\b(правильно ли я понимаю|я правильно понимаю)\b|"
                            r"\b(right|correct|true|верно|правда|так|да)$")  # "X proposed Y, correct?", "..., да?"
# an English tag put after a claim ("Aripov called Russia a reliable partner, wasn't he?", "..., yes?"): a claim too
# (not "не так ли": "Арипов говорил о развитии СНГ, не так ли?" would find Lebedev's Russian-matched words first)
_TAG_CHECK_RE = re.compile(r"\b(?:wasn|isn|didn|doesn|weren|aren|hasn|haven) t (?:he|she|it|they)$|\byes$")


# a claim that one person quoted or recalled another ("Mishustin quoted Tokayev on trade barriers", "Мишустин
# процитировал Токаева"): whose words those were is checked
_QUOTING_ANOTHER_RE = re.compile(r"(?i:\b(?:quoted?|cited?|recalled|recall|invoked?|процитировал\w*|цитировал\w*|сослался|"
                                 r"ссылался|вспомнил\w*|procitiroval\w*))\s+(?:на\s+)?[A-ZА-ЯЁ][\w-]+(?:['’]s)?\s+"
                                 r"(?i:on|about|regarding|про|о|об|насч[её]т|pro)\b")
# (a name after it, capitalised, then what on: not "Mishustin's quote proposing ...", "Мишустин процитировал Лебедева?")
_WHY_OR_DETAILS_RE = re.compile(r"^\W*(?:why|почему|зачем|pochemu|zachem)\b|\b(?:details|подробности|подробнее)\W*$",
                                re.IGNORECASE)
SURE_OTHER = 80  # how close another speaker's words must be to be named as the ones a question meant


def _puts_a_proposal(r: Reading) -> bool:
    """True for a proposal put to someone, as a claim or a why ("did Smailov propose ...", "why did Golovchenko
    propose ...", "... предложил ... — подробности?")."""
    return "@propose" in r.keys and (_WHY_OR_DETAILS_RE.search(r.question) is not None or asks_yes_or_no(r))


def _said_by_another(matcher: Matcher, r: Reading, person: str, floor: int = 0) -> Reply | None:
    """"Is it true that Mishustin proposed a unified energy system?": the claim without the person,
    answered by another speaker's words (at `floor` or closer), said to be theirs; None when no one
    else's words answer it."""
    factbase = matcher.factbase
    speaker = factbase.speakers[person]
    tokens, _ = matcher.analyze(r.question)
    theirs = {f"P:{person}", country_key(speaker)}
    named = {t.word for t in tokens if theirs & set(t.keys) or set(t.keys) & TITLE_KEYS}  # (their post too)
    named |= set(r.words) & {"details", "подробности", "подробнее"}
    bare = without_words(r.question, named)
    if words_no_fact_holds(matcher, tokenize(bare)):
        return None  # "Golovchenko proposed a joint CIS payment system": no fact speaks of payments, so no one's
        # "unified energy systems" is the proposal claimed
    found = retrieve(matcher, read(matcher, bare, r.language))
    said = factbase.statements.get(found.fact_id or "") if found.answered and (found.score or 0) >= floor else None
    if said is None or said.speaker == person:
        return None
    claim = read(matcher, bare, r.language)
    subject = [keys for keys in subject_keys(matcher, claim, known_only=True) if not keys <= _AIMS]
    if asks_yes_or_no(claim) and not doc_holds(matcher, said.id, subject):
        return None  # "Мишустин заявил о выходе России из зоны свободной торговли?": Aripov's free trade zone is
        # no exit of Russia's; the claim is no one's words
    other = speaker_name(factbase.speakers[said.speaker], r.language)
    headline = phrase(r.language, "said_by_other", name=speaker_name(speaker, r.language), other=other)
    claimed = asks_yes_or_no(r) or _FACT_CHECK_RE.search(r.question.strip().lower()) is not None \
        or _TAG_CHECK_RE.search(" ".join(r.words)) is not None \
        or _MISATTRIBUTED_RE.search(r.question) is not None \
        or _QUOTING_ANOTHER_RE.search(r.question) is not None  # ("..., wasn't he?", "attributed to X. Who said it?",
    # "Мишустин процитировал Токаева про торговые барьеры — где эта цитата?")
    # a claim is answered by whose words they are; "what position did Armenia take on it" is not answered by them
    return with_changes(found, headline=headline, intent="say", answered=found.answered and claimed)


# what any call aims at, no subject of its own ("выступил за развитие Транскаспийского маршрута": the route)
_AIMS = frozenset({stem(w) for w in """развитие развивать development develop developing укрепление укреплять
    strengthening strengthen improving improvement совершенствование""".split()})


def words_of_another(matcher: Matcher, r: Reading, person: str) -> Reply | None:
    """A claim of X's words that the reports give to another speaker, nearly as closely as the say rules would
    ("Mishustin's closing line was that the Executive Committee will analyse the proposals": Lebedev's): those
    words, said to be the other's, with their report and agency; None when X's own words hold the claim, or no
    one else's come close."""
    if say_reply(matcher, r, person).answered:
        return None
    return _said_by_another(matcher, r, person, floor=SURE_OTHER)


def _misattributed_words(matcher: Matcher, r: Reading, person: str) -> Reply | None:
    """Words in quotation marks said to be put to X, whose they really are asked ("The 'frank, detailed
    conversation' line is attributed to Aripov. Who actually said it?"): another speaker's words that hold them
    nearly as written (in the quote or in its title, in either language), said to be theirs; None when no one
    else's words do ("'We propose to abolish the free trade agreement' is attributed to Mishustin": no one's)."""
    if not _MISATTRIBUTED_RE.search(r.question):
        return None
    found = _said_by_another(matcher, r, person)
    entry = matcher.factbase.entry(found.fact_id or "") if found is not None else None
    if found is None or entry is None:
        return None
    spans = [normalise(span) for span in quoted_spans(r.question)]
    texts = [normalise(t) for t in (*entry_texts(entry), *(fact_title(matcher.factbase, entry.id, lang)
                                                             for lang in ("en", "ru")))]
    if any(fuzz.partial_ratio(span, text) >= _HELD_AS_WRITTEN for span in spans for text in texts):
        return found
    # words put without quotation marks, or shortened ("The Belt and Road remark is attributed to Aripov"): theirs
    # when every word the facts know is in those words, and the question holds no word no fact knows ("the proposal
    # to move the CIS headquarters to Tashkent": no one's)
    _, unknown = matcher.analyze(r.question)
    if any(len(w) > 3 and w not in STOPWORDS and w not in _ATTRIBUTION_FRAME for w in unknown):
        return None
    subject = [keys for keys in subject_keys(matcher, r, known_only=True)
               if not any(k.startswith(("P:", "C:")) for k in keys) and not keys <= _CLAIM_FRAME]
    return found if subject and doc_holds(matcher, entry.id, subject, share=1.0) else None


# the words of a question putting words to someone and asking whose they are, no part of the words themselves
_ATTRIBUTION_FRAME = frozenset("""attributed ascribed credited actually really remark remarks line quote phrase comment
    приписывают приписали приписывается приписан приписана самом деле цитату цитата фразу фраза высказывание реплику
    реплика""".split())


_HELD_AS_WRITTEN = 85  # how nearly another's words must hold the quoted ones to be named as theirs


def _closer_claim_of_another(matcher: Matcher, r: Reading, person: str, found: Reply) -> Reply | None:
    """A proposal put to X, as a claim, that another speaker's words hold more of than X's own closest words do
    ("Правда ли, что Смаилов предложил пересмотреть соглашение о зоне свободной торговли?": Aripov's, not
    Smailov's words on the agreement as it works), said to be the other's; None otherwise."""
    mine = matcher.factbase.statements.get(found.fact_id or "")
    if not _puts_a_proposal(r) or mine is None or _PROPOSING_RE.search(mine.quote):
        return None  # (not "Smailov pushed free trade in goods, right?": his own call, on services, answers it)
    other = _said_by_another(matcher, r, person)
    if other is None or not other.fact_id or not found.fact_id:
        return None
    speaker = matcher.factbase.speakers[person]
    subject = [keys for keys in subject_keys(matcher, r, known_only=True)
               if not keys & {f"P:{person}", country_key(speaker)}]
    return other if keys_held(matcher, other.fact_id, subject) > keys_held(matcher, found.fact_id, subject) else None


def _only_their_title(matcher: Matcher, r: Reading, speaker: Speaker) -> bool:
    """True when every subject word of the question is in the speaker's name, role or country
    ("Председатель Правительства Российской Федерации")."""
    own = derived(matcher).title_keys.get(speaker.id, frozenset()) | {"@cis", country_key(speaker)}
    subject = subject_keys(matcher, r)
    return bool(subject) and all(keys <= own for keys in subject)


def _without_their_title(matcher: Matcher, r: Reading, speaker: Speaker) -> Reading:
    """A claim without the words of the speaker's post beside their name ("Генсек СНГ Лебедев заявил, что
    ..."), which name the speaker, not what was said: a report's sentence naming the post ("сообщил
    генеральный секретарь СНГ Сергей Лебедев") is no answer on the subject claimed. The reading itself when
    it has none, or names the speaker by the post alone."""
    own = {k for k in derived(matcher).title_keys.get(speaker.id, frozenset()) if not k.startswith("P:")} - {"@cis"}
    tokens, _ = matcher.analyze(r.question)  # (their name is who is asked about; "the CIS" may be a subject)
    if not any(f"P:{speaker.id}" in t.keys for t in tokens):
        return r  # ("what did the CIS Secretary General claim": the post is who is asked about)
    titled = {t.word for t in tokens if t.keys and set(t.keys) <= own}
    bare = without_words(r.question, titled) if titled else ""
    return read(matcher, bare, r.language) if bare else r


# How X's words are wanted (whole, verbatim, in short, the main ones), not what they are about
# words that propose or call for something ("we propose", "urged", "it is important to", "предложил", "необходимо")
_PROPOSING_RE = re.compile(r"\b(?:propos\w*|suggest\w*|call(?:s|ed)?\s+(?:for|on)|urg\w*|encourag\w*|should|need(?:s|ed)?\s+to|"
                           r"necessary|important\s+to|initiative\w*|предлож\w*|призв\w*|необходимо|нужно|следует|важно|"
                           r"инициатив\w*)", re.IGNORECASE)
_PROPOSAL_ASKED_RE = re.compile(r"\b(?:propos\w*|suggest\w*|предлаг\w*|предлож\w*|predlozh\w*|predlag\w*)")  # (not "raise")
# how words are given, asked beside what they are about ("quotes Aripov directly", "only paraphrases that part")
_QUOTED_HOW = frozenset("""direct directly paraphrase paraphrases paraphrased paraphrasing verbatim дословно напрямую
    пересказ пересказывает пересказывают пересказала пересказал""".split())
_SOURCE_ASKED = frozenset("""source sources источник источника источнике источником источники источников""".split())
_HOW_ASKED = frozenset(form for w in """
    verbatim exact exactly full whole entire main key principal chief major gist essence summary summarize
    summarise summarized summarised summing sum overall wording short shortly
    outlet outlets source sources agency page caption captions podcast episode segment behind
    материалах материалы материалов публикациях суть основные главные ключевые основное главное дословно
    полностью целиком коротко кратко вкратце полный полная формулировка формулировки тезисы тезисов точные
    точно текст kratko osnovnye glavnoe doslovno
    counterparts counterpart colleagues коллегам коллегами коллеги
    sentence sentences line lines opening first beginning фраза фразу фразы первая первую начало
    источник источника источнике источником источники источников своими словами пересказ версия версии version
""".split() for form in (w, stem(w)))  # (and whom they were said to: "what did Aripov tell his counterparts";
# which of them: "the first sentence of Lebedev's quote")




def _speaks_of_results(matcher: Matcher, own: list[Statement], lang: str) -> bool:
    """True when some of X's words are on the meeting's results (Lebedev's "the results of the meeting"),
    so that how X assessed them is all X's words; Mishustin's say nothing of them."""
    return any(_RESULTS_TITLE_RE.search(f"{s.title} {s.title_ru or ''}") for s in own)


_RESULTS_TITLE_RE = re.compile(r"\b(?:results?|outcome)\b|итог", re.IGNORECASE)  # a statement headed as on the results


def _topic_beyond_title(matcher: Matcher, r: Reading, speaker: Speaker) -> bool:
    """True when the question has a topic other than the speaker's own name, post or country."""
    return r.topic and not _only_their_title(matcher, r, speaker)


def _only_how_asked(matcher: Matcher, r: Reading, speaker: Speaker) -> bool:
    """True when every subject word of a question about X's words says how they are wanted
    ("verbatim", "the main ones", "with the outlet", "в этих материалах"), none what they are about;
    X's own country, name or post is X ("what did Uzbekistan want? Summarize Aripov's proposals", "a short
    quote from the CIS Secretary General, with the outlet")."""
    if "@count" in r.keys or unknown_names(matcher, r):  # "how many quotes in the text", "per RIA Novosti"
        return False
    words = list(r.words)
    after_about = [words[j] for i, w in enumerate(words) if w in _ABOUT for j in (i + 1, i + 2) if j < len(words)]
    if any(w in _HOW_ASKED or stem(w) in _HOW_ASKED for w in after_about):
        return False  # "what did he say about the chief threats", "о тексте соглашения": what about, not how
    subject = subject_keys(matcher, r)
    own = derived(matcher).title_keys.get(speaker.id, frozenset()) | {"@cis", "@source", country_key(speaker)}
    return bool(subject) and all(keys <= _HOW_ASKED | own for keys in subject)


_ON = frozenset("about on regarding о об про по поводу насчёт насчет".split())  # "what did X say about the results"
# how the results are judged ("how did Lebedev assess the results", "как генсек оценил итоги")
_ASSESSED = frozenset("""assess assessed assessment evaluate evaluated evaluation rate rated judge judged sum summed
    оценил оценила оценили оценивает оценка оценку подвёл подвел подвела подвели""".split())


# how X's words are wanted ("the exact phrase he used", "точная фраза"), which is no subject of them
_CONTENTS_ASKED = frozenset("include includes included включать включает включал включала включить".split())
_PHRASE_ASKED = frozenset("""phrase phrases wording exact exactly precise precisely verbatim used use itself фраза фразу
    фразы формулировка формулировку точная точную точно дословно употребил использовал
    english russian original translation translated language английски английском английский русски русском русский
    оригинале оригинал перевод переводе языке языком""".split())  # (the language wanted: the quote says its own)
_LANGUAGE_ASKED_RE = re.compile(r"\b(?:in|into) (?:english|russian)\b|\bна (?:английском|русском)(?: языке)?\b|"
                                r"\bпо-(?:английски|русски)\b", re.IGNORECASE)
# the agency or outlet asked with X's words ("Lebedev's quote, with the outlet", "source agency")
_AGENCY_ASKED = frozenset("""agency agencies outlet outlets wire newswire агентство агентства агентств издание
    издания""".split())


def _with_agencies(matcher: Matcher, reply: Reply, own: list[Statement]) -> Reply:
    """X's words with the agencies their reports cite ("Lebedev's quote, and the agency"), as each
    report names them (for the report as a whole), the way the report record says it."""
    factbase = matcher.factbase
    sources = [factbase.sources[s] for s in dict.fromkeys(statement.source for statement in own)
               if s in factbase.sources]
    cited = [report_cites(s, reply.language, by_fact=credits_by_fact(matcher, s.id)) + "."
             for s in sources if s.via]
    return with_changes(reply, notes=(*reply.notes, *cited))


# a share asked of someone's words ("what percent", "сколько процентов"), which only a quote giving one answers
_PERCENT_WORDS = frozenset("""percent percentage percentages per-cent % процент процента процентов процентах процентный
    protsent protsentov procent procentov""".split())
_PERCENT_RE = re.compile(r"%|\bper\s?cent|\bпроцент", re.IGNORECASE)


def _a_stop_word_mistyped(word: str) -> bool:
    """True for a word one letter away from a stop word of about its length ("такй": "такой")."""
    return len(word) >= 3 and any(abs(len(word) - len(s)) <= 1 and Levenshtein.distance(word, s) <= 1
                                  for s in STOPWORDS if s[:1] == word[:1])


def statements_of(matcher: Matcher, person: str) -> list[Statement]:
    return derived(matcher).statements_by_speaker.get(person, [])


# a quote wanted ("a quotable line", "цитата для эфира"): the words themselves, before a reporter's paraphrase
_QUOTE_ASKED_RE = re.compile(r"\b(quotes?|quotable|soundbites?|lines?|цитат\w*|citat\w*|tsitat\w*|прям\w*\s+реч\w*|"
                             r"direct\s+speech)\b", re.IGNORECASE)
def _about_something(words: tuple[str, ...]) -> bool:
    """True when a question says what the words asked for are about ("one direct quote from Lebedev on the venue"),
    beyond how they are wanted ("a quote for radio")."""
    return any(w in _ON and any(x not in _QUOTE_DRESSING and x not in STOPWORDS for x in words[i + 1:i + 3])
               for i, w in enumerate(words))


# the words dressing a quote asked for (how many, how long, whose words, what for), none of them its subject
_QUOTE_DRESSING = frozenset("""a one single short clean quotable direct directly own words not reporter reporter's
    reporters journalist's summary paraphrase only just real actual genuine for air broadcast radio tv please
    одна одну один одной короткая короткую короткой коротко чистая чистую прямая прямую прямой речь речи без
    пересказа пересказ только лишь для эфира эфир радио настоящая настоящую его её ее собственные своими словами
    сам""".split())
_ONE = frozenset("one single одна одну один одной odna odnu".split())
_SOME_RE = re.compile(r"\ba number of\b|\bряд\w*\b", re.IGNORECASE)  # "a number of proposals": some, no count asked
_PRIORITIES = frozenset("priorities приоритеты приоритетов приоритетами prioritety".split())
# proposing as the verb of what X said ("what did Kazakhstan propose on transit"): how the words are asked for,
# not a subject ("the Belt and Road Initiative" holds no proposal)
_PROPOSED = frozenset("""propose proposed proposes suggest suggested suggests offer offered offers recommend recommended
    предложил предложила предложили предлагает предлагал предлагала предлагали предлагают predlagal predlozhil""".split())
_JOINT_WORK = frozenset("""joint work cooperation common совместной совместная работы работе сотрудничества
    сотрудничестве взаимодействия set out outline outlined outlines name named list listed назвал обозначил
    изложил перечислил выделил highlighted""".split())  # and the verbs of setting priorities out


_WHO_THEY_ARE_RE = re.compile(r"\b(?:who is|who's|who was|кто такой|кто такая|кто такие|kto takoy|kto takoi)\b",
                              re.IGNORECASE)  # (anywhere in the question, unlike _WHO_IS_RE's opening)


def _holding_the_quoted(own: list[Statement], question: str) -> str | None:
    """The one statement of `own` whose quote holds words the question puts in quotation marks, word for word (four
    words or more: not "a big step"), or None."""
    spans = [span for span in quoted_spans(question) if len(tokenize(span)) >= _VERBATIM_LEAST]
    holding = [s.id for s in own if any(holds_words(s.quote, span) for span in spans)] if spans else []
    return holding[0] if len(holding) == 1 else None


_VERBATIM_LEAST = 4  # (not "a big step": both reports have it, one as "is big step")


def _who_they_are_asked(matcher: Matcher, r: Reading, person: str) -> bool:
    """True when the question asks who X is ("кто такой Сергей Лебедев и что он ...", "who is Meredov and ..."), X
    named right after (not "what did Smailov say about Tokayev, and who is Tokayev": who Tokayev is)."""
    text = r.asked or r.question
    found = _WHO_THEY_ARE_RE.search(text)
    return found is not None and names_right_after(matcher, text, found.end(), person, _WHO_NAMED_WITHIN)


_WHO_NAMED_WITHIN = 3  # words after "who is" in which the person is named


def say_reply(matcher: Matcher, r: Reading, person: str) -> Reply:
    factbase = matcher.factbase
    lang = r.language
    speaker = factbase.speakers[person]
    own = statements_of(matcher, person)
    name = speaker_name(speaker, lang)
    # "кто такой Сергей Лебедев и что он объявлял": who X is, with X's words (the lists of them name the post)
    titled = f"{name} ({role_and_country(speaker, lang)})" if _who_they_are_asked(matcher, r, person) else name
    verbatim = _holding_the_quoted(own, r.question)
    if verbatim is not None:  # "Mishustin's sentence beginning 'I have no doubt', exactly as Asia-Plus carries it":
        # the one statement of theirs that holds the words in quotation marks, word for word
        return with_changes(fact_reply(factbase, verbatim, lang, score=reading_score(r)), intent="say")
    elsewhere = derived(matcher).elsewhere.get(person, [])  # in the order of `own`
    if own and len(elsewhere) == len(own) and _names_this_meeting(matcher, r):
        # "what did Meredov say at the meeting in Bishkek": what the reports quote was said elsewhere
        reply = list_reply(factbase, lang, phrase(lang, "said_elsewhere", name=titled,
                                                       surname=speaker_surname(speaker, lang)), elsewhere, intent="say",
                            fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    if own and set(r.words) & _PERCENT_WORDS and not any(_PERCENT_RE.search(s.quote) for s in own):
        # "what percent of e-commerce growth did Aripov mention": no words of his give one; what he said, unanswered
        reply = list_reply(factbase, lang, phrase(lang, "said_no_percent", name=titled), [s.id for s in own],
                           intent="say", fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    announced = _where_announced(matcher, r, person)
    if announced:  # "where did Lebedev announce the Bishkek meeting": in Sochi, as a report relays his words there
        return list_reply(factbase, lang, phrase(lang, "said_relayed", name=titled, count=len(announced)), announced,
                          intent="say", fact_id=person, score=reading_score(r))
    if _LANGUAGE_ASKED_RE.search(r.question):  # "his words in Russian": the language wanted, no Russia as a subject
        r = read(matcher, _LANGUAGE_ASKED_RE.sub(" ", r.question), lang)
    quote_asked = _QUOTE_ASKED_RE.search(f"{r.asked or ''} {r.question}") is not None  # ("one line from": as asked)
    one_asked = quote_asked and bool(set(tokenize(r.asked or r.question)) & _ONE)  # "one quotable line", "одна цитата"
    if r.topic and quote_asked and not _about_something(r.words):
        papers = {w for source in sources_named(matcher, r) for w in publisher_words(matcher, source)}  # ("does
        # the Astana Times quote Smailov directly": the paper, no Astana)
        undressed = read(matcher, without_words(r.question, _QUOTE_DRESSING | papers) or r.question, lang)
        if not undressed.topic:  # "a single direct quote, not the reporter's summary", "одна короткая цитата для
            r = undressed  # эфира, short and clean": how many and what kind of quote, about nothing in particular
    if set(r.words) & _SOURCE_ASKED and r.topic:  # "суть предложения по энергосистемам, дайте как в источнике",
        r = read(matcher, without_words(r.question, _SOURCE_ASKED) or r.question, lang)  # "и источник": every
        # quote names its report; the source is no subject
    if set(r.words) & _CONTENTS_ASKED and r.topic:  # "what would his roadmap include": what he said it holds
        r = read(matcher, without_words(r.question, _CONTENTS_ASKED) or r.question, lang)  # (his words' own
        # "including", a stop word, is no match for it)
    if set(r.words) & _PHRASE_ASKED and r.topic:  # "the exact phrase Mishustin used about Russia": about Russia
        r = read(matcher, without_words(r.question, _PHRASE_ASKED) or r.question, lang)
    if set(r.words) & _QUOTED_HOW and r.topic:  # "who quotes Aripov directly on X, and who paraphrases": on X
        unquoted = read(matcher, without_words(r.question, _QUOTED_HOW) or r.question, lang)
        subject = subject_keys(matcher, unquoted, known_only=True)
        if unquoted.topic and subject and any(holds_the_subject(matcher, s.id, subject) for s in own):
            r = unquoted
        elif not subject and re.search(r"\b(?:or|или|ili)\b", r.question):  # "что дословно сказал Мишустин, прямая
            # цитата или пересказ?": all of it, no subject (not "one line from Aripov, a real direct quote")
            r = replace(unquoted, topic=False)
    if r.countries and set(r.countries) <= {country_key(speaker)} and _speaks_for(matcher, r, person):
        # "what did Aripov say on behalf of Uzbekistan": his own country, so all his words, no subject
        bare = without_words(r.question, country_words(matcher, r.question)) or r.question
        r = read(matcher, _ON_BEHALF_RE.sub(" ", bare), lang)
    place = {"@source"} | derived(matcher).schedule_keys  # "what did Meredov report about the Ashgabat meeting"
    if _asks_what_reported(r) and all(keys <= place for keys in subject_keys(matcher, r)):
        r = replace(r, topic=False)  # "what did Meredov report": what he reported is his words, not a topic
    if r.topic and _only_their_title(matcher, r, speaker):
        r = replace(r, topic=False)  # "what did the CIS Secretary General say": the title names X, not a topic
    elif r.topic and (asks_yes_or_no(r) or _FACT_CHECK_RE.search(r.question.strip().lower()) is not None):
        r = _without_their_title(matcher, r, speaker)  # "Генсек Лебедев заявил, что ...": the claim, not his post
    if r.topic and _only_how_asked(matcher, r, speaker):
        r = replace(r, topic=False)  # "Lebedev's quote verbatim", "summarize Aripov's proposals": all of it
    if own and r.topic and set(r.words) & (_ASSESSED | _ON) and set(r.words) & OUTCOME_WORDS \
            and not _topic_beyond_title(matcher, read(matcher, without_words(r.question, _ASSESSED | _ON | OUTCOME_WORDS)
                                                     or r.question, lang), speaker):
        if _speaks_of_results(matcher, own, lang):
            if set(r.words) & _ASSESSED:  # "как генсек оценил итоги": all his words on the meeting, not "results" alone
                r = replace(r, topic=False)
        else:  # "how did Aripov assess the results": none of his words is on them ("results of conformity assessment"
            # is no assessment of the meeting)
            reply = list_reply(factbase, lang, phrase(lang, "said_not_on_topic", name=titled), [s.id for s in own],
                               intent="say", fact_id=person, score=reading_score(r))
            return with_changes(reply, answered=False)
    if own and "@propose" in r.keys and "@count" not in r.keys and not r.topic \
            and _PROPOSAL_ASKED_RE.search(" ".join(r.words)) and not any(_PROPOSING_RE.search(s.quote) for s in own):
        # "что предложила Россия", "what did Mishustin propose": no words of his propose anything; what he said, as
        # that, unanswered
        reply = list_reply(factbase, lang, phrase(lang, "proposed_nothing", name=titled), [s.id for s in own],
                           intent="say", fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    claim = _quoted_claim(matcher, r)
    if own and claim:  # 'did Smailov say "the CIS has no future"': his words that hold the quoted claim, or none
        claimed = [s.id for s in own if holds_the_subject(matcher, s.id, claim)]
        most = max((keys_held(matcher, i, claim) for i in claimed), default=0)
        claimed = [i for i in claimed if keys_held(matcher, i, claim) == most]  # the closest to the claim
        if not claimed:
            claimed = _held_together(matcher, [s.id for s in own], claim, share=2 / 3)
        if not claimed:
            claimed = _rendered(matcher, r, own)
        if not claimed:  # (nor two of X's statements together: "ready to help link TITR ... with the Belt and Road")
            # words quoted that no statement of X's holds are said to be no report's (not "no statements on this
            # topic": "назвал СНГ и ЕАЭС «устаревшими структурами»", whose subject his words do speak of)
            key = "said_not_these_words" if _words_not_theirs(matcher, r, own) else "said_not_on_topic"
            reply = list_reply(factbase, lang, phrase(lang, key, name=titled), [s.id for s in own],
                               intent="say", fact_id=person, score=reading_score(r))
            return with_changes(reply, answered=False)
        if len(claimed) == 1:
            return with_changes(fact_reply(factbase, claimed[0], lang, score=reading_score(r)), intent="say")
        return list_reply(factbase, lang, phrase(lang, "said", name=titled, count=len(claimed)), claimed,
                          intent="say", fact_id=person, score=reading_score(r))
    if r.topic and set(r.words) & _PRIORITIES and len(r.people) <= 1 \
            and all(c == country_key(speaker) for c in r.countries) \
            and (not (rest := read(matcher, without_words(r.question, _PRIORITIES | _JOINT_WORK), lang)).topic
                 or _only_their_title(matcher, rest, speaker)):
        # "какие приоритеты совместной работы обозначил Смаилов" (or "премьер Казахстана"): all he set out (not
        # "his priorities on transport")
        r = replace(r, topic=False)
    # "what did Smailov say about China / about Tokayev": a country or person named besides X is a topic
    about = [c for c in r.countries if c != country_key(speaker)] + [f"P:{p}" for p in r.people if p != person]
    topic = r.topic and beyond_agenda(matcher, r) or bool(about)  # "what issues did Mishustin raise": all
    both = _on_two_subjects(matcher, r, own) if own and topic else []
    if both:  # "what did Aripov say about energy and about regional partnership": his words on each
        return list_reply(factbase, lang, phrase(lang, "said", name=titled, count=len(both)), both,
                          intent="say", fact_id=person, score=reading_score(r))
    if own and topic and not asks_yes_or_no(r) and words_no_fact_holds(matcher, r.words):
        # "what did Smailov say about the Caspian Pipeline Consortium": no fact speaks of a pipeline, so not his
        # Trans-Caspian route
        reply = list_reply(factbase, lang, phrase(lang, "said_not_on_topic", name=titled), [s.id for s in own],
                           intent="say", fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    if own and topic:
        found = retrieve(matcher, r)
        if set(r.words) & _PROPOSED:  # "what did Kazakhstan propose on transit": both of Smailov's words on it,
            # not the one with "Initiative" in a name; never fewer, nor others, than with the verb
            asked = read(matcher, without_words(r.question, _PROPOSED) or r.question, lang)
            wider = retrieve(matcher, asked) if asked.topic else found
            if found.fact_id in fact_ids(wider) and set(fact_ids(found)) < set(fact_ids(wider)):
                found = wider
        ids = derived(matcher).statement_ids[person]
        closer = _closer_claim_of_another(matcher, r, person, found) if found.answered and found.fact_id in ids \
            and not about else None
        if closer is not None:  # "did Smailov propose revising the free trade agreement": Aripov's proposal, not
            return closer  # Smailov's words on the agreement as it works
        if found.answered and set(r.words) & _VERSIONS_ASKED:
            found = _every_version(matcher, r, found, own)  # "how do different outlets word X": each report's
        shown = [found.fact_id, *(i.fact_id for i in found.items)]
        if found.answered and found.fact_id in ids and all(
                _carries(matcher, i, key) for i in shown if i in ids for key in about) \
                and not (_none_holds(matcher, r) and not about) \
                and (about or (found.score or 0) >= SURE_SAY or _holds_the_subject(matcher, r, found.fact_id)):
            naming = [i for i in _naming(matcher, person, about) if _holds_the_subject(matcher, r, i)] \
                if about and all(key.startswith("P:") for key in about) else []
            if len(naming) > 1 and set(naming) - set(shown):
                # "which of Mirziyoyev's initiatives did Aripov recall": each of his words naming him that holds
                # the rest of the question, not only the closest
                others = ", ".join(speaker_name(factbase.speakers[k[2:]], lang) for k in about)
                return list_reply(factbase, lang, phrase(lang, "said_naming", name=titled, about=others,
                                                         count=len(naming)), naming, intent="say", fact_id=person,
                                  score=found.score)
            if set(shown) <= ids | {person}:
                return with_changes(found, intent="say")
            # X's words tied with others' facts ("what did Uzbekistan propose on the free trade zone": also
            # Mirziyoyev's entry): X's words alone, since X is who was asked about
            own_shown = [i for i in dict.fromkeys(shown) if i in ids]
            if len(own_shown) == 1:
                return with_changes(fact_reply(factbase, own_shown[0], lang, score=found.score), intent="say")
            return list_reply(factbase, lang, phrase(lang, "said", name=titled, count=len(own_shown)), own_shown,
                              intent="say", fact_id=person, score=found.score)
        naming = _naming(matcher, person, about) if about and all(k.startswith("P:") for k in about) else \
            [s.id for s in own if about and all(_carries(matcher, s.id, key) for key in about)]
        if naming and all(key.startswith("P:") for key in about):
            # "Smailov referred to Tokayev: what did he say, according to him?": X's words that name Y
            others = ", ".join(speaker_name(factbase.speakers[k[2:]], lang) for k in about)
            return list_reply(factbase, lang, phrase(lang, "said_naming", name=titled, about=others, count=len(naming)),
                              naming, intent="say", fact_id=person, score=reading_score(r))
        misattributed = _misattributed_words(matcher, r, person)
        if misattributed is not None:  # "The 'frank, detailed conversation' line is attributed to Aripov. Who
            return misattributed  # actually said it?": Lebedev, whose words hold it
        checked = _FACT_CHECK_RE.search(" ".join(r.words)) is not None or _QUOTING_ANOTHER_RE.search(r.question) is not None
        tagged = not checked and _TAG_CHECK_RE.search(" ".join(r.words)) is not None
        if checked or tagged or not about and _puts_a_proposal(r):
            # (not "how did Lebedev assess Aripov's proposal": whose proposal it was, the question says)
            # "is it true that Mishustin proposed X", "why did Smailov propose the interregional forum", "Расулзода
            # предложил объединить энергосистемы — подробности?": whose X was (surely theirs, unless checked)
            # (a yes-or-no question is a claim checked too: "Предлагал ли Казахстан создать платформу ...?")
            corrected = _said_by_another(matcher, r, person, floor=0 if checked or tagged or asks_yes_or_no(r)
                                         else SURE_OTHER)
            if corrected is not None:
                return corrected
        # "about the accession of new states": X's words on "new" and "states" are not on accession
        holding = _holds_most(matcher, r, own) if not about and not _none_holds(matcher, r) else []
        if len(holding) == 1:  # retrieval's best was another's, but one of X's statements holds the subject
            refused = not_what_is_asked(matcher, r, holding[0], reading_score(r))  # "what volume did X give"
            return with_changes(refused or fact_reply(factbase, holding[0], lang, score=reading_score(r)), intent="say")
        if _versions_of_one(matcher, r, holding):  # "какую платформу предложил создать Узбекистан": both reports'
            return list_reply(factbase, lang, phrase(lang, "said", name=titled, count=len(holding)), holding,
                              intent="say", fact_id=person, score=reading_score(r))
        together = _held_together(matcher, [s.id for s in own], _known_subject(matcher, r)) \
            if not holding and not about and not _none_holds(matcher, r) else []
        if together:  # "Aripov proposed an e-commerce platform and also mutual recognition of conformity assessment":
            # two of his statements, each on one part
            return list_reply(factbase, lang, phrase(lang, "said", name=titled, count=len(together)), together,
                              intent="say", fact_id=person, score=reading_score(r))
        relayed = [i for i in derived(matcher).quoted_in.get(person, []) if _relays_the_subject(matcher, r, person, i)] \
            if not about else []
        if relayed:  # "what did Lebedev say in Sochi": his words there, as a report relays them in another fact
            return list_reply(factbase, lang, phrase(lang, "said_relayed", name=titled, count=len(relayed)), relayed,
                              intent="say", fact_id=person, score=reading_score(r))
        slips = {w for w in matcher.analyze(r.question)[1] if _a_stop_word_mistyped(w)}
        known = read(matcher, without_words(r.question, frozenset(slips)), lang) if slips else None
        if known is not None and known.topic and person in known.people:
            # "кто такй арипв и что он говорил про импортозамещние": a function word mistyped ("такй") is no topic
            # that none of X's words is on (the words left are asked again, once)
            again = say_reply(matcher, known, person)
            if again.answered:
                return again
        reply = list_reply(factbase, lang, phrase(lang, "said_not_on_topic", name=titled), [s.id for s in own],
                            intent="say", fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    if own and elsewhere:  # say where the words were not said: not at this meeting
        return list_reply(factbase, lang, phrase(lang, "said_not_here", name=titled, count=len(own),
                                                      surname=speaker_surname(speaker, lang)),
                           [s.id for s in own], intent="say", fact_id=person, score=reading_score(r))
    if len(own) == 1:
        reply = with_changes(fact_reply(factbase, own[0].id, lang, score=reading_score(r)), intent="say")
        return _with_agencies(matcher, reply, own) if set(r.words) & _AGENCY_ASKED else reply
    if own and {"@count", "@propose"} <= r.keys and not _SOME_RE.search(r.question):
        # "how many proposals did Aripov make": his words, no count (not "made a number of proposals": some)
        reply = list_reply(factbase, lang, phrase(lang, "proposals_not_counted", name=titled), [s.id for s in own],
                           intent="say", fact_id=person, score=reading_score(r))
        return with_changes(reply, answered=False)
    if own:
        if quote_asked:  # "one quotable line from Smailov for radio": his direct words first
            relaying = {i for other, ids in derived(matcher).mentions.items() if other != person for i in ids}
            own = sorted(own, key=lambda s: (s.paraphrase, s.id in relaying, s.quote[:1].islower()))  # (their own
            # whole sentences first: not Smailov's recalling Tokayev, nor a fragment inside the report's sentence)
            if one_asked and not own[0].paraphrase:  # (one, when one is asked for)
                return with_changes(fact_reply(factbase, own[0].id, lang, score=reading_score(r)), intent="say")
        reply = list_reply(factbase, lang, phrase(lang, "said", name=titled, count=len(own)),
                           [s.id for s in own], intent="say", fact_id=person, score=reading_score(r))
        return _with_agencies(matcher, reply, own) if set(r.words) & _AGENCY_ASKED else reply
    relayed = derived(matcher).mentions.get(person, [])
    if not speaker.attended and _CAME_OR_SPOKE_RE.search(r.question) \
            and (asks_yes_or_no(r) or _YES_NO_RE.search(r.question.lower()) is not None) \
            and _names_this_meeting(matcher, r) and _beyond_its_city(matcher, r) and not quoted_spans(r.question) \
            and not any(_WHAT_SAID_RE.search(text) for text in (r.question, r.asked)) \
            and not (topic and any(_holds_the_subject(matcher, r, i) for i in relayed)):
        # "Tokayev gave Kazakhstan's speech in Bishkek, didn't he?", "Мирзиёев лично выступал на СГП, да?": no, he is
        # not among the participants; who led his country's delegation (not "what did he say there": his words; nor
        # "Tokayev raised trade barriers there himself?": what others relayed of his words on them, below)
        return attend_reply(factbase, r, person)
    key = "nothing_said_attended" if speaker.attended else "nothing_said_mentioned"
    headline = phrase(lang, key, name=name, role=speaker_role(speaker, lang), country=speaker_country(speaker, lang),
                  surname=speaker_surname(speaker, lang))
    if relayed:  # what others relayed of X's words: shown as theirs, under a headline that says so
        on_topic = [i for i in relayed if _holds_the_subject(matcher, r, i)] if topic else relayed
        if topic and not on_topic and (_puts_a_proposal(r) or "@propose" in r.keys):
            # "It was Mirziyoyev himself who proposed the unified energy system, wasn't it?": none of what others
            # relayed of him is on it; whose words they are, unless those words name him (his initiative recalled)
            corrected = _said_by_another(matcher, r, person)
            its_doc = matcher.doc_by_id.get(corrected.fact_id or "") if corrected is not None else None
            if corrected is not None and corrected.answered and its_doc is not None \
                    and f"P:{person}" not in its_doc.entities:
                return corrected
        reply = list_reply(factbase, lang, headline + " " + phrase(lang, "mentioned_in"), on_topic or relayed,
                           intent="say", fact_id=person, score=reading_score(r))
        # "what did Tokayev say about the Trans-Caspian route": none of what was relayed is on that; "what
        # did Tokayev say at the 26 October meeting": he took no part in it, so nothing he said there
        here = not speaker.attended and _names_this_meeting(matcher, r) and not _YES_NO_RE.search(r.question.lower()) \
            and "@who" not in r.keys and not set(r.words) & _RELAYED_ASKED  # not "which words of his were quoted"
        if _MENTION_ASKED_RE.search(r.asked or r.question):  # "упоминался ли Мирзиёев? В связи с чем?": where, all
            return list_reply(factbase, lang, headline + " " + phrase(lang, "mentioned_in"), relayed, intent="say",
                              fact_id=person, score=reading_score(r))
        # (on a subject his relayed words hold, the reply corrects the claim: "Tokayev spoke on trade barriers at the
        # meeting, yes?": not quoted from it; what Smailov recalled of his words on them)
        return reply if on_topic and (not here or topic and on_topic != relayed or topic and len(relayed) == 1) \
            else with_changes(reply, answered=False)
    checked = _FACT_CHECK_RE.search(" ".join(r.words)) is not None
    tagged = _TAG_CHECK_RE.search(" ".join(r.words)) is not None  # "Golovchenko was the one who talked about ...,
    # wasn't he?": whose words they are
    misattributed = _misattributed_words(matcher, r, person) if r.topic else None
    if misattributed is not None:  # ("the 'big step' remark attributed to Mishustin. Whose was it really?")
        return misattributed
    spoke = bool({"@say", "@propose"} & r.keys or set(r.words) & SPOKE_WORDS)
    if r.topic and (_puts_a_proposal(r) or checked and "@propose" in r.keys or tagged and spoke):
        # "зачем Головченко предложил платформу электронной торговли": the reports quote him on nothing, and
        # give that proposal to another, who is named (a claim checked: whoever's words come closest)
        corrected = _said_by_another(matcher, r, person, floor=0 if checked or tagged else SURE_OTHER)
        if corrected is not None:
            return corrected
    return Reply(lang, False, headline, score=reading_score(r), intent="say",
                 suggestions=(Suggestion(person, fact_title(factbase, person, lang)),))


# X's words as others relayed them, asked as such ("which words of Tokayev were quoted", "which initiatives of
# Mirziyoyev came up"): what the reports carry, not X speaking at the meeting
# where or why someone is mentioned, asked: "в связи с чем", "почему его тогда упоминают", "in what context"
_MENTION_ASKED_RE = re.compile(r"\b(?:в связи с чем|в каком контексте|почему (?:его|её|ее)\b.*\bупомина\w*|"
                               r"упоминал(?:ся|ась|и)?\b.*\?|why (?:is|was|were) (?:he|she|they) (?:mentioned|cited|quoted)|"
                               r"in (?:what|which) context|in connection with what|mentioned\b.*\b(?:why|where|how)|"
                               # "а про него что говорили", "pro nego chto govorili", "what was said about him"
                               r"(?:про|о|об|pro|o)\s+(?:него|неё|нее|нём|нем|nego|nyom|nem|ney)\s+(?:что|chto)\s+"
                               r"(?:говорили|сказали|писали|govorili|skazali|pisali)|(?:что|chto)\s+(?:про|о|pro|o)\s+"
                               r"(?:него|нём|нем|неё|нее|nego|nyom|nem)\s+(?:говорили|сказали|писали|govorili|skazali|pisali)|"
                               r"what\s+(?:was|did\s+they)\s+(?:said|say)\s+about\s+(?:him|her))",
                               re.IGNORECASE)
_RELAYED_ASKED = frozenset("""quoted quote quotes cited citing recalled recall recalling mentioned came relayed
    initiative initiatives idea ideas цитировал цитировала цитировали цитата цитату цитаты упомянул упомянули
    упоминали вспомнил вспомнили напомнил напомнили инициатива инициативы инициатив идеи прозвучали прозвучало""".split())


# a claim quoted in the question ('did he say "the CIS has no future"', «СНГ устарело»)
_QUOTED_RE = re.compile(r"[\"“”«»„]([^\"“”«»„]{3,})[\"“”«»„]")


def _quoted_claim(matcher: Matcher, r: Reading) -> list[set[str]]:
    """The words of a claim the question quotes (one set of keys per word, the frame's and names left
    out, words no fact holds kept as themselves); empty when it quotes none."""
    found = _QUOTED_RE.search(r.question)
    if found is None or not _YES_NO_RE.search(r.question.lower()):  # not 'what did he call "a big step"'
        return []
    tokens, unknown = _analyze_quoted(matcher, found.group(1))
    words = [keys for keys, entity in tokens if not entity and not keys <= _CLAIM_FRAME]
    return words + [{w} for w in unknown if len(w) > 3]


def _analyze_quoted(matcher: Matcher, text: str) -> tuple[list[tuple[set[str], bool]], list[str]]:
    """Quoted words as the matcher reads them (each word's keys, and whether it names someone), and the words no
    fact holds; a word read as a frame word only by its likeness ("«СНГ себя изжило»": "изжило" is no "сказал") is
    one of those: a quote's words are its claim."""
    tokens, unknown = matcher.analyze(text)
    slips = [t for t in tokens if t.keys and set(t.keys) <= _CLAIM_FRAME and max(t.keys.values()) < 1.0]
    return [(set(t.keys), t.entity) for t in tokens if t not in slips], [*unknown, *(t.word for t in slips)]


def _rendered(matcher: Matcher, r: Reading, own: list[Statement]) -> list[str]:
    """The person's statements that a claim quoted in another alphabet than all their quotes may render: each holds
    every word of the claim the facts know, and those are at least as many as the words they do not ("«значимыми
    механизмами»" renders "significant mechanisms"; not "«СНГ себя изжило»", whose one word they know is "СНГ")."""
    found = _QUOTED_RE.search(r.question)
    if found is None:
        return []
    tokens, unknown = _analyze_quoted(matcher, found.group(1))
    known = [keys for keys, entity in tokens if not entity and not keys <= _CLAIM_FRAME]
    if not known or len([w for w in unknown if len(w) > 3]) > len(known) or _words_not_theirs(matcher, r, own) \
            or any(is_cyrillic(s.quote) == is_cyrillic(found.group(1)) for s in own):
        return []
    return [s.id for s in own if doc_holds(matcher, s.id, known)]


_RENDERING_WORDS = 3  # the words in another alphabet than the person's quotes that can be told no rendering of them


def _words_not_theirs(matcher: Matcher, r: Reading, own: list[Statement]) -> bool:
    """True when the words a question quotes, which no statement of the person holds, cannot be a rendering of one in
    another language either: all the person's quotes are in the words' alphabet, or half the words or more are no
    word the facts know ("«устаревшими структурами»"), or fewer than a third of those they know are any of the
    person's ("«Россия никогда не бросит союзников»"). Two words in another alphabet are too few to tell ("«значимыми
    механизмами»" may render "significant mechanisms") unless the facts know neither ("«устаревшими структурами»")."""
    found = _QUOTED_RE.search(r.question)
    if found is None:
        return False
    pasted = found.group(1)
    if any(holds_pasted(text, pasted) for e in matcher.factbase.entries() for text in entry_texts(e)):
        return False  # a fact holds them, if not as the person's statement ("«очередное заседание решено провести в
        # Бишкеке»": Lebedev's words in Sochi, as a report relays them)
    if all(is_cyrillic(s.quote) == is_cyrillic(pasted) for s in own):
        return True
    tokens, unknown = _analyze_quoted(matcher, pasted)
    known = [keys for keys, _ in tokens]
    if len(known) + len(unknown) < _RENDERING_WORDS:  # too few words to tell a rendering ("«значимыми механизмами»":
        return not known and len(unknown) > 1  # "significant mechanisms"), unless no fact knows any ("«устаревшими
        # структурами»")
    if len([w for w in unknown if len(w) > 3]) >= len(known):
        return True
    theirs = {k for s in own for t in matcher.analyze(s.quote)[0] for k in t.keys}
    return 3 * sum(bool(keys & theirs) for keys in known) < len(known)


_YES_NO_RE = re.compile(r"^\W*(did|does|do|is|was|has|have|had|is it true)\b|\bли\b|,?\s*(right|correct|true)\W*$|"
                        r"(верно|правда)\W*$|^\W*(\w+ )?(сказал|заявил|говорил)\w*\W|"
                        r"\bесть\s+(ли\s+)?так\w+\s+(цитат|слов|фраз|высказывани)\w*|"  # ("«...». Есть такая цитата?")
                        r"\bis\s+there\s+(such\s+a|that|this|a)\s+(quote|line|statement)\b")
# someone said to have come or spoken ("gave the speech", "лично выступал", "приехал", "attended")
_CAME_OR_SPOKE_RE = re.compile(r"\b(?:spoke|speak|speech|addressed|attended|came|flew|was\s+(?:also\s+)?(?:there|present|at)|"
                               r"выступ\w*|приехал\w*|прилетел\w*|присутствовал\w*|участвовал\w*|речь|"
                               r"vystupal\w*|priekhal\w*|priehal\w*)\b", re.IGNORECASE)
# what someone said asked for ("what did he say", "что он сказал", "процитируйте")
_WHAT_SAID_RE = re.compile(r"\b(?:what\s+(?:did|does|has)\s+\w+\s+(?:say|said|tell|told|propose|call)|"
                           r"what\s+(?:he|she|they)\s+(?:say|said|says)|"
                           r"quote|что\s+(?:он\s+|она\s+)?(?:\w+\s+)?(?:сказал|говорил|заявил|предложил)\w*|"
                           r"процитир\w*|цитат\w*|chto\s+(?:on\s+)?(?:tam\s+)?skazal\w*)\b", re.IGNORECASE)
_CLAIM_FRAME = frozenset({"@say", "@who", "@when", "@where", "@list", "@source", "@cis", "@meeting"})


SURE_SAY = 80  # X's statement retrieval finds this close answers "what did X say about Y" as it stands


def _holds_the_subject(matcher: Matcher, r: Reading, fact_id: str) -> bool:
    """True when the fact holds the question's subject: all of one or two words, two thirds of more
    ("Smailov on import substitution" is not his Belt and Road statement, scored 63); "the sphere of",
    "the source" are no subject."""
    place = derived(matcher).schedule_keys  # "о подготовке к заседанию в Ашхабаде": the meeting's, no subject
    subject = [keys for keys in _subject_beyond(matcher, r, _NO_SUBJECT | place)
               if not keys <= _HOW_ASKED]  # "Aripov's key proposals on energy": on energy
    asked = _asked_for(matcher, r)  # "which body will analyse the proposals": the answer's kind, not its subject
    subject = [keys for keys in subject if not keys <= asked] if asked else subject
    # a topic word no fact holds ("a single currency"): part of the subject, which the fact then lacks
    subject += [{word} for word in matcher.analyze(r.question)[1] if word in NEVER_TYPOS]
    if len(subject) == 2 and set(r.words) & _OR:  # "did Aripov speak about energy or trade": either will do
        return keys_held(matcher, fact_id, subject) >= 1
    return not subject or holds_the_subject(matcher, fact_id, subject)



_WHICH = frozenset("which what какой какая какое какие каким какому какого kakoy kakaya".split())
# the kinds of thing a "which" asks for that the answer's quote names in its own words ("the CIS Executive
# Committee" for "which body"): not a subject of the quote (not "which energy proposal")
_KINDS = frozenset("""body bodies organ organs institution institutions organisation organization structure
    орган органа органы органом учреждение структура организация организации инстанция""".split())


def _asked_for(matcher: Matcher, r: Reading) -> frozenset[str]:
    """The keys of the kind of thing a "which" asks for ("which body", "какой орган")."""
    words = list(r.words)
    nouns = [words[i + 1] for i, w in enumerate(words[:-1]) if w in _WHICH and words[i + 1] in _KINDS]
    if not nouns:
        return frozenset()
    tokens, _ = matcher.analyze(" ".join(nouns))
    return frozenset(k for t in tokens if not t.entity for k in t.keys if not k.startswith("@"))


_ANNOUNCED_RE = re.compile(r"\b(announc\w*|declar\w*|объявил\w*|обьявил\w*|анонсировал\w*|заявил\w*|сообщил\w*)\b")


def _where_announced(matcher: Matcher, r: Reading, person: str) -> list[str]:
    """Where or when X announced something ("где Лебедев объявил о Бишкеке"): the facts relaying X's words
    that hold what was announced, this meeting's place and date included; none unless so asked."""
    relaying = derived(matcher).quoted_in.get(person, [])
    text = " ".join(r.words)
    if not relaying or not (r.keys & {"@where", "@when"} or _AT_WHICH_MEETING_RE.search(text)) \
            or not _ANNOUNCED_RE.search(text) \
            or set(r.words) & OUTCOME_WORDS:  # not "where did Lebedev announce the decisions of the meeting"
        return []
    subject = _subject_beyond(matcher, r, frozenset({"@say", "@source", "@where", "@when", "@meeting"}))
    if not subject:  # "где Лебедев объявил о Бишкеке": the meeting itself announced, if the question names it
        meeting = matcher.factbase.meeting
        place = {stem(w) for text in ((meeting.place, meeting.place_ru or "") if meeting else ()) for w in tokenize(text)}
        return relaying if place & {stem(w) for w in r.words} else []
    return [i for i in relaying if holds_the_subject(matcher, i, subject)]


# "на каком заседании Лебедев объявил ...", "at which meeting did Lebedev announce ...": where, as a meeting
_AT_WHICH_MEETING_RE = re.compile(r"\b(?:на|в) (?:каком|какой) (?:заседании|встрече|совещании|саммите)\b|"
                                  r"\b(?:at|during) (?:which|what) (?:meeting|session|summit|event)\b")


def _relays_the_subject(matcher: Matcher, r: Reading, person: str, fact_id: str) -> bool:
    """True when a fact relaying X's words holds a subject the question names ("in Sochi", "in June
    2023"), its places too: "announcing Ashgabat" is not his Sochi words on Bishkek, and "how the meeting
    went" names no subject such a fact could hold, nor does X's own post ("что уходит с поста генсека": the
    report's "сообщил генеральный секретарь СНГ" names him)."""
    if words_no_fact_holds(matcher, r.words):
        return False  # ("did he announce his retirement in June": June is not what was announced)
    title = derived(matcher).title_keys.get(person, frozenset()) | {"@cis"}
    subject = [keys for keys in _subject_beyond(matcher, r, _NO_SUBJECT)
               if not keys <= _HOW_ASKED and not keys <= derived(matcher).meeting_keys | {"@meeting"}
               and not keys <= title]
    return bool(subject) and holds_the_subject(matcher, fact_id, subject)


_NO_SUBJECT = frozenset({"@say", "@source", "@sector"})  # "what did X say", "the source", "the sphere of"


def _subject_beyond(matcher: Matcher, r: Reading, frame: frozenset[str]) -> list[set[str]]:
    """The question's known subject words, each without `frame`'s keys, leaving out what is left empty and
    the people named (whose words are asked, not what they are about)."""
    subject = [keys - frame for keys in subject_keys(matcher, r, known_only=True)]
    return [keys for keys in subject if keys and not any(k.startswith("P:") for k in keys)]


def _none_holds(matcher: Matcher, r: Reading) -> bool:
    """True when the subject is the CIS's enlargement, which no fact is on ("what did Lebedev say about
    the accession of new states"): X's words on the rest of it ("new", "states") are not on that. (The
    wider class, any word of politics no fact holds, also caught "образования зоны": formation, not
    education, and "a climate of friendship".)"""
    if set(r.words) & _AND_OR:  # "transport and borders", "energy or gas": one of them may be held
        return False
    return _ACCESSION_RE.search(" ".join(r.words)) is not None  # not "вступление в силу": entry into force


_ACCESSION_RE = re.compile(r"\b(accession|enlargement|вступлени\w*\b(?! в силу)|расширени\w* (снг|содружеств\w*)|"
                           r"new (states|members|countries) join\w*|join\w* the (cis|commonwealth)|"
                           r"присоединени\w* (к снг|новых))")
_AND_OR = frozenset("and or и или либо ili".split())


_MAKING = frozenset("""создать создания создании сделать учредить организовать сформировать запустить разработать
    образовать sozdat""".split())


def _versions_of_one(matcher: Matcher, r: Reading, holding: list[str]) -> bool:
    """True for two or three statements, each from its own report, that all hold what the question asks
    about, every word of it known (renderings of one proposal), not "a common currency", which no fact holds."""
    statements = matcher.factbase.statements
    if len(holding) not in (2, 3) or len({statements[i].source for i in holding if i in statements}) != len(holding):
        return False
    # every word asked about is known, but "create" ("предложил создать"): how it was proposed, not "закрыть"
    known = subject_keys(matcher, r, known_only=True)
    unknown = [keys for keys in subject_keys(matcher, r) if keys not in known]
    return all(keys <= _MAKING for keys in unknown)


# each report's version asked for ("how do different outlets word Uzbekistan's proposal", "формулировки каждого
# источника")
_VERSIONS_ASKED = frozenset("""different various differently versions version renderings each every разные различные
    разных различных по-разному каждого каждое каждый каждом версии версий формулировки формулируют""".split())


def _every_version(matcher: Matcher, r: Reading, found: Reply, own: list[Statement]) -> Reply:
    """`found` with X's words from the other reports that hold all but one of the question's subject words
    (Asia-Plus's "without withholdings" beside Trend's "without exceptions and restrictions"), when it
    shows X's words from one or more reports; `found` itself otherwise."""
    statements = matcher.factbase.statements
    shown = fact_ids(found)
    if not all(i in statements and statements[i].speaker == own[0].speaker for i in shown):
        return found
    asked = read(matcher, without_words(r.question, _VERSIONS_ASKED) or r.question, r.language)
    subject = [keys - {"@say", "@source", "@propose"} for keys in subject_keys(matcher, asked, known_only=True)]
    subject = [keys for keys in subject if keys]
    if len(subject) < 3:
        return found
    reports = {statements[i].source for i in shown}
    more = [s.id for s in own if s.id not in shown and s.source not in reports
            and keys_held(matcher, s.id, subject) >= len(subject) - 1]
    if not more:
        return found
    ids = list(dict.fromkeys([*shown, *more]))
    return list_reply(matcher.factbase, r.language, phrase(r.language, "said", name=speaker_name(
        matcher.factbase.speakers[own[0].speaker], r.language), count=len(ids)), ids, intent="say",
        fact_id=found.fact_id, score=found.score)


def _known_subject(matcher: Matcher, r: Reading) -> list[set[str]]:
    """The question's subject words some fact knows, one set of keys each, "said" left out."""
    subject = [keys - {"@say"} for keys in subject_keys(matcher, r, known_only=True)]
    return [keys for keys in subject if keys]


def _held_together(matcher: Matcher, ids: list[str], subject: list[set[str]], share: float = 1.0) -> list[str]:
    """Two statements that together hold a subject of three words or more (all of it, or `share` of it)
    which neither holds alone, each holding two words or more the other lacks (not a word as common as
    "countries" beside one statement's words): a claim joining two things X said
    ("proposed an e-commerce platform and also mutual recognition of conformity assessment"). The pairs
    holding the most, their statements in `ids`' order; none when no pair does."""
    if len(subject) < 3:
        return []
    held: dict[str, frozenset[int]] = {}
    for i in ids:
        doc = matcher.doc_by_id.get(i)
        if doc is not None:
            held[i] = frozenset(n for n, keys in enumerate(subject)
                                if any(k in doc.terms or k in doc.entities for k in keys))
    need = len(subject) if share >= 1.0 else share * len(subject)
    if any(len(parts) >= need for parts in held.values()):
        return []
    pairs = [(len(held[a] | held[b]), a, b) for a, b in combinations(held, 2)
             if len(held[a] | held[b]) >= need and len(held[a] - held[b]) >= 2 and len(held[b] - held[a]) >= 2]
    most = max((n for n, _, _ in pairs), default=0)
    chosen = {i for n, a, b in pairs if n == most for i in (a, b)}
    return [i for i in ids if i in chosen]


def _holds_most(matcher: Matcher, r: Reading, own: list[Statement]) -> list[str]:
    """The statements of X's that hold most of the question's subject words (all of one or two, two
    thirds of more), more than X's others: "Smailov talked about linking routes with a Chinese project"
    is his Belt and Road statement, though another's words score higher; two reports' versions of the
    same words both hold it."""
    subject = _known_subject(matcher, r)
    if not subject:
        return []
    held = sorted(((keys_held(matcher, s.id, subject), s.id) for s in own if s.id in matcher.doc_by_id), reverse=True)
    if not held or not holds_the_subject(matcher, held[0][1], subject):
        return []
    return [i for n, i in held if n == held[0][0]]


# "... about energy and about regional partnership", "..., and what about the Belt and Road", "о торговле и о
# промышленной кооперации": a second subject after the first
_SECOND_SUBJECT_RE = re.compile(r"\b(?:about|on|regarding|concerning|о|об|обо|про|по|насчёт|насчет|pro)\s+\w.*?(?P<and>,?\s+"
                                r"(?:and|и|а также|as well as|(?-i:i)(?=\s+pro\b))\s+(?:(?:what|что|chto)\s+(?=about|on|о|об|обо|про|по|pro))?"
                                r"(?:(?:about|on|о|об|обо|про|по|pro)\s+)?)(?!(?:was|were|is|are|did|does|do|has|have|had|will|"
                                r"would|can|could|who|whom|when|where|which|what|how|why|кто|когда|где|как|какой|какая|какие|"
                                r"каком|почему|зачем|ли|был|была|были|было|есть)\b)(?=\w)", re.IGNORECASE)


def _on_two_subjects(matcher: Matcher, r: Reading, own: list[Statement]) -> list[str]:
    """X's words on each of two subjects a question joins ("what did Aripov say about mutual investments and
    about import substitution"): those holding the first, then those holding the second, when both are
    held and by different words; none otherwise (one subject, or one of the two that X said nothing on)."""
    found = _SECOND_SUBJECT_RE.search(r.question)
    if found is None:
        return []
    first = read(matcher, r.question[:found.start("and")], r.language)
    second = read(matcher, r.question[found.end("and"):], r.language)
    held = [_holds_most(matcher, part, own) for part in (first, second)]
    if not all(held) or set(held[0]) == set(held[1]):
        return []
    # the words holding both first ("technical barriers and conformity assessment": the one on both, then the rest)
    both = [i for i in held[0] if i in held[1]]
    return list(dict.fromkeys([*both, *held[0], *held[1]]))


def _naming(matcher: Matcher, person: str, about: list[str]) -> list[str]:
    """X's statements that name every person of `about` ("P:tokayev"), from the index of who names whom
    (not a walk over all of X's words: that grows with the fact base)."""
    known = derived(matcher)
    own = known.statement_ids.get(person, frozenset())
    found = [i for i in known.mentions.get(about[0][2:], []) if i in own]
    return [i for i in found if all(_carries(matcher, i, key) for key in about[1:])]


def _carries(matcher: Matcher, fact_id: str | None, entity: str) -> bool:
    """True when the fact names the entity ("C:russia", "P:tokayev")."""
    doc = matcher.doc_by_id.get(fact_id or "")
    return doc is not None and entity in doc.entities


MONTH_KEYS = frozenset("oct octob октябр oktyabr".split())  # the meeting's month, as its keys write it
_THIS_MEETING_RE = re.compile(r"\b(?:this|that)\s+(?:meeting|session|council)\b|\b(?:этом|том)\s+(?:заседании|совете)\b",
                              re.IGNORECASE)


def _beyond_its_city(matcher: Matcher, r: Reading) -> bool:
    """True when the question names this meeting by more than its city ("the heads of government meeting", "СГП",
    "this session", its day): "Tokayev spoke in Bishkek" is true of the Heads of State's meeting there."""
    meeting = matcher.factbase.meeting
    city = {stem(w) for place in (meeting.place, meeting.place_ru or "") for w in tokenize(place)} if meeting else set()
    month_or_year = {key for key in derived(matcher).meeting_keys if key.isdigit() and len(key) == 4
                     or key in MONTH_KEYS}  # ("in Bishkek in October 2023": the Heads of State met there then too)
    return bool(r.keys & (derived(matcher).meeting_keys - city - month_or_year)) \
        or any(_THIS_MEETING_RE.search(text) for text in (r.question, r.asked))


def _names_this_meeting(matcher: Matcher, r: Reading) -> bool:
    """True when the question places itself at this meeting ("at the meeting", "in Bishkek")."""
    known = derived(matcher)
    if r.keys & known.schedule_keys or "@next" in r.keys:  # "... about the meeting in Ashgabat"
        return False
    if _WHICH_MEETING_RE.search(" ".join(r.words)):  # "что доложил Мередов и на каком заседании": which one, asked
        return False
    return bool(r.keys & (known.meeting_keys | {"@meeting"}))


_WHICH_MEETING_RE = re.compile(r"\b(?:at|in|during)\s+(?:which|what)\s+(?:meeting|session|event)|"
                               r"\b(?:на|в)\s+(?:каком|какой)\s+(?:заседании|встрече|мероприятии|совещании)")


def attend_reply(factbase: FactBase, r: Reading, person: str) -> Reply:
    """Took part (with the participants' sentence), or only mentioned: then who represented
    that person's country, if anyone did ("Was Mirziyoyev there?": Uzbekistan sent Aripov)."""
    reply = with_changes(fact_reply(factbase, person, r.language, score=reading_score(r)), intent="attend")
    speaker = factbase.speakers[person]
    if speaker.attended:
        return reply
    delegation = [s for s in factbase.speakers.values() if s.attended and s.country == speaker.country]
    if not delegation:
        return reply
    head = delegation[0]
    # "Did Meredov represent Turkmenistan?", "верно ли, что ... представлял Мередов": a "no" first
    # (named, and asked whether there: not "was Meredov the Turkmen PM", whose post is the claim, nor "why did
    # Turkmenistan send a deputy chairman", whom the question does not name)
    said_no = person in r.people and asks_yes_or_no(r) and ("@participate" in r.keys or asks_attendance(r)) \
        and not {"@premier", "@president", "@minister", "@deputy", "@role"} & r.keys
    headline = f"{phrase(r.language, 'not_there')} {reply.headline}" if said_no else reply.headline
    return with_changes(reply, headline=headline,  # (who led the delegation: in the reply's own headline)
                        suggestions=(Suggestion(head.id, fact_title(factbase, head.id, r.language)),))


# someone said to have stayed away ("why did Mishustin skip the meeting", "почему Туркменистан не прислал делегацию")
_STAYED_AWAY_RE = re.compile(r"\b(?:skip\w*|missed|miss (?:the|this|it)\b|absent|stayed away|boycott\w*|did(?:n't| not) (?:attend|come|show up|"
                             r"send)|not attend\w*|не (?:приехал\w*|прислал\w*|посылал\w*|послал\w*|присутствовал\w*|участвовал\w*|"
                             r"пришл\w*|направил\w*|прибыл\w*)|пропустил\w*|отсутствовал\w*|бойкотировал\w*|"
                             # (the meeting ignored, not "ignored the question of sanctions", "snubbed the idea")
                             r"(?:про)?игнорировал\w*\s+(?:\w+\s+)?(?:заседани|встреч|совет|саммит|сгп)\w*|"
                             r"(?:ignored|snubbed)\s+(?:the\s+)?(?:\w+\s+)?(?:meeting|session|summit|council)|"
                             r"ne (?:priehal|priekhal|prislal\w*|byl|uchastvoval))\b")


def stayed_away_claim(matcher: Matcher, r: Reading) -> Reply | None:
    """"Why did Mishustin skip the Bishkek meeting?", "Почему Туркменистан не прислал делегацию?": no, they
    took part; who represented whom. None unless the people named (or one country) are all said to have
    stayed away and the reports list them (or its delegation) among the participants."""
    if not _STAYED_AWAY_RE.search(" ".join(r.words)) or len(r.countries) > 1 \
            or not r.people and r.keys & TITLE_KEYS and not _its_head_so_titled(matcher, r):
        return None  # not "why did Armenia not send its prime minister": it sent a deputy, as the question says (but
        # "the Tajik PM skipped it": he, who led Tajikistan's delegation, did not)
    factbase = matcher.factbase
    if r.people:
        if not all(factbase.speakers[p].attended for p in r.people):
            return None  # "why did Tokayev skip it": he is only mentioned, which the attendance rules say
        heads = [factbase.speakers[p] for p in r.people]
    elif unknown_names(matcher, r):
        return None  # ("..., поэтому и Пашинян не приехал": he, whom no report names, stayed away, not his country)
    else:
        heads = delegation_heads(matcher, r.countries[0])[:1] if r.countries else []
    if not heads:
        return None
    reply = list_reply(factbase, r.language, " ".join(delegation_led_by(h, r.language) for h in heads),
                       [h.id for h in heads], intent="attend", score=reading_score(r)) if len(heads) > 1 else \
        with_changes(fact_reply(factbase, heads[0].id, r.language, score=reading_score(r)), intent="attend",
                     headline=delegation_led_by(heads[0], r.language))
    return with_changes(reply, headline=f"{phrase(r.language, 'role_no')} {reply.headline}")


def _its_head_so_titled(matcher: Matcher, r: Reading) -> bool:
    """True when the one title a question names of its one country is the title of that country's head of
    delegation: "the Tajik PM" (a prime minister led Tajikistan's), not "Armenia's prime minister" (a deputy led
    Armenia's)."""
    if len(r.countries) != 1 or r.keys & TITLE_KEYS != {"@premier"}:
        return False
    heads = delegation_heads(matcher, r.countries[0])[:1]
    return bool(heads) and heads[0].role.lower().startswith("prime minister")


_SENT = _WAS_THERE | frozenset("""send sent sends attending прислал прислала прислали направил направила направили
    отправил отправила prislal""".split())


def no_president_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Did Turkmenistan send its president?": no report names a president of that country at all, so no;
    who led its delegation instead. None unless one country's president is asked to have come."""
    if "@president" not in r.keys or r.people or len(r.countries) != 1 or not set(r.words) & _SENT \
            or {"@say", "@propose"} & r.keys:
        return None
    country = r.countries[0]
    speakers = [s for s in matcher.factbase.speakers.values() if country_key(s) == country]
    heads = delegation_heads(matcher, country)
    if any("president" in s.role.lower() for s in speakers) or not heads:
        return None  # "did Kazakhstan send its president": Tokayev, whom the reports mention, answers it
    reply = with_changes(fact_reply(matcher.factbase, heads[0].id, r.language, score=reading_score(r)), intent="attend")
    named = speaker_country_of(heads[0], r.language)  # "президента Туркменистана"
    return with_changes(reply, headline=f"{phrase(r.language, 'president_not_listed', country=named)} {reply.headline}")


def who_is_president_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Кто президент Кыргызстана и что он сказал": no report names that country's president, so no one is
    given as the president (never its prime minister); who led its delegation is offered. None unless a
    president of one country is asked who, with nobody named."""
    if "@president" not in r.keys or "@who" not in r.keys or r.people or len(r.countries) != 1:
        return None
    country = r.countries[0]
    if any("president" in s.role.lower() for s in matcher.factbase.speakers.values() if country_key(s) == country):
        return None  # "who is Kazakhstan's president": Tokayev, whom the reports name
    return _post_not_named(matcher, r, country, "no_president_named")


def foreign_minister_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who is Kazakhstan's foreign minister?": the person the reports give that post in that country
    (Turkmenistan's Meredov), or that they name none, with who led its delegation; None unless one
    country's foreign minister is asked with nobody named (not "for Economic Affairs": "affairs" alone)."""
    if not set(r.words) & (_FOREIGN_AFFAIRS - {"affairs"}) or "@minister" not in r.keys and not set(r.words) & {"мид"} \
            or r.people or len(r.countries) != 1:
        return None
    country = r.countries[0]
    speakers = [s for s in matcher.factbase.speakers.values() if country_key(s) == country]
    ministers = [s for s in speakers if "foreign" in s.role.lower()]
    if ministers:
        return with_changes(fact_reply(matcher.factbase, ministers[0].id, r.language, score=reading_score(r)),
                            intent="who")
    return _post_not_named(matcher, r, country, "no_foreign_minister")


def _post_not_named(matcher: Matcher, r: Reading, country: str, key: str) -> Reply | None:
    """No answer: the reports name no one with the post asked in that country (the phrase `key` says which), with
    who led its delegation to open instead; None when no head of its delegation is known either."""
    heads = delegation_heads(matcher, country)
    if not heads:
        return None
    named = speaker_country_of(heads[0], r.language)
    reply = abstain(matcher, r, "who", phrase(r.language, key, country=named), score=reading_score(r))
    return with_changes(reply, suggestions=(Suggestion(heads[0].id, fact_title(matcher.factbase, heads[0].id,
                                                                                   r.language)),))


# two people meeting each other ("did Aripov meet Japarov", "встречался ли Арипов с Жапаровым"): a side meeting,
# which no report speaks of, not their taking part in the session
_MET_EACH_OTHER = frozenset("""meet met meets meeting talks talk talked bilateral встречался встречалась встречались
    встретился встретилась встретились встреча встречи встречу переговоры переговоров беседовал беседовали беседа
    vstrechalsya vstretilsya vstrechalis vstretilis vstrechalas vstretilas peregovory besedovali""".split())


_TALK = frozenset("talk talks talked беседовал беседовали".split())
_ABOUT = frozenset("about of on о об про".split())
_PRIVATELY = frozenset("one bilateral private privately separate separately personal personally tete".split())


def met_each_other_reply(factbase: FactBase, r: Reading) -> Reply | None:
    """"Did Aripov meet Japarov?", "is Mustafayev Aripov's son?": the reports speak of no side meeting nor
    kinship, so no answer, but that each took part in the session; None unless two people or more are asked
    to have met ("meeting with", not "the meeting") or to be related."""
    words = r.words
    kin = bool(set(words) & _KIN)  # "is Mustafayev Aripov's son": no report speaks of kinship either
    if len(r.people) < 2 or not kin and not any(
            w in _MET_EACH_OTHER and (w != "meeting" or words[i + 1: i + 2] == ("with",) and words[i - 1: i] != ("the",)
                                      or bool(set(words[i - 1: i]) & _PRIVATELY))  # "hold a one-on-one meeting"
            and not (w in _TALK and bool(set(words[i + 1: i + 2]) & _ABOUT))  # (not "did both talk about free trade")
            for i, w in enumerate(words)):
        return None  # not "were Aripov and Japarov at the meeting with Mishustin": the session
    named = [speaker_name(factbase.speakers[p], r.language) for p in r.people]
    names = f"{', '.join(named[:-1])} {phrase(r.language, 'and')} {named[-1]}"
    return with_changes(attend_each_reply(factbase, r), answered=False,
                        headline=phrase(r.language, "no_kinship" if kin else "no_side_meeting", names=names))


# someone's family, of which no report speaks ("Mishustin's wife", "жена Мишустина", "his children")
_KIN_EN = r"(?:wife|wives|husband|spouse|children|kids|daughters?|sons?)"
_KIN_RU = r"(?:жена|жены|жену|женой|муж|мужа|супруга|супруги|супругу|дети|детей|дочь|дочери|сын|сына|сыновья)"
# a family word tied to someone named: "Mishustin's wife", "his wife", "the wife of", "жена Мишустина", "его жена"
# (not the asker's own: "Сын у меня дальнобойщик", "Жена покойная Мишустина уважала"; nor "the family of nations")
_FAMILY_RE = re.compile(rf"\w['’]s?\s+{_KIN_EN}\b|\b(?:his|her)\s+{_KIN_EN}\b|\b{_KIN_EN}\s+of\s+[A-Z]|"
                        rf"\b[A-Z][a-z]+\s+{_KIN_EN}\b(?!\s+(?:of|and|who|in)\b)|\b(?:does|did)\s+(?:he|she)\s+have\s+{_KIN_EN}\b|"
                        rf"(?<![\w-]){_KIN_RU}\s+(?!у\s)[А-ЯЁ]\w+(?:а|я|ова|ева|ина|ына)\b|\bего\s+{_KIN_RU}(?![\w-])")


def family_asked_reply(factbase: FactBase, r: Reading) -> Reply | None:
    """"Who is Mishustin's wife, and did she come to Bishkek?": no report speaks of anyone's family, so no answer,
    only who the person named was at the meeting; None unless one person is named beside a word of family."""
    if len(r.people) != 1 or not any(_FAMILY_RE.search(text) for text in (r.asked, r.question) if text):
        return None
    speaker = factbase.speakers[r.people[0]]
    reply = attend_reply(factbase, r, speaker.id)
    return with_changes(reply, answered=False, headline=f"{phrase(r.language, 'no_family', name=speaker_name(speaker, r.language))} "
                                                        f"{reply.headline}")


def attend_each_reply(factbase: FactBase, r: Reading) -> Reply:
    """Whether each of two or more people took part ("did Smailov and Tokayev both attend"): each one's
    own answer, in the headline, so that one's absence is never hidden behind the other's presence."""
    replies = [attend_reply(factbase, r, person) for person in r.people]
    headline = " ".join(reply.headline for reply in replies)
    return list_reply(factbase, r.language, headline, list(r.people), intent="attend", score=reading_score(r))


# "who is quoted, and by which outlets", "кого цитируют и в каких изданиях": each speaker's reports too
_BY_OUTLET_RE = re.compile(r"\b(?:which|what|whose) (?:outlets?|reports?|media|sources?|publications?|agenc\w+)\b|"
                           r"\bв каких (?:издани|публикаци|сми|источник|отч[её]т)\w*|\bwhere\b|\bгде\b", re.IGNORECASE)
# "which speakers are quoted (directly)", "кого цитируют": the people quoted, as "who spoke" gives them
QUOTED_WHO_RE = re.compile(r"^(?:who|which (?:speakers?|people|officials?|persons?|participants?))(?: \w+)?"
                           r" (?:quoted|cited)(?: directly| verbatim| by name)?(?: in (?:the )?(?:reports?|coverage|"
                           r"articles?)(?: (?:on|about|of) the meeting)?)?(?: and\b|$)|"
                           r"^(?:кого|чьи слова) (?:\w+ )?(?:цитиру\w+|привод\w+)(?: напрямую| дословно)?"
                           r"(?: в (?:публикациях|сообщениях|статьях|материалах|отч[её]тах)(?: о (?:заседании|встрече))?)?"
                           r"(?: и\b|$)|"
                           r"^(?:name|list|give(?: me)?|show)(?: me)? (?:the |all )?(?:speakers|people|officials|participants)"
                           r" (?:whose (?:actual |own )?words (?:are|were)|who (?:are|were)) (?:quoted|cited)\b|"
                           # "which heads of government do the reports quote in their own words", "which prime
                           # ministers are quoted"
                           r"^(?:who|whom|which (?:heads? of "
                           r"(?:government|governments|delegations?)|prime ministers?|premiers?|leaders?|officials?))"
                           r" (?:(?:do|does|did) (?:the )?(?:reports?|outlets?|articles?|media|coverage) (?:quote|cite)|"
                           r"(?:are|were|get|got) (?:quoted|cited))(?: directly| verbatim| by name| in (?:their|his|her) "
                           r"own words)?(?: (?:inside|in|within) (?:quotation marks|quotes))?$|"
                           # "what words does AzerNews put in quotation marks": whose words it quotes
                           r"^(?:what|which) (?:words|quotes|quotations|lines) (?:does|do|did) (?:the )?\w+(?: \w+)? "
                           r"(?:put|carry|give|have) (?:in|inside|within) (?:quotation marks|quotes)$")
# the heads set aside ("who is quoted other than the prime ministers", "кого цитируют, кроме премьеров")
_BESIDES_RE = re.compile(r"\b(?:other than|besides|except|apart from|not|non|кроме|помимо|не)\s+(?:the\s+|a\s+)?(?:\w+\s+)?$")
# the heads of the delegations named as those quoted ("which heads of government", "какие премьеры")
_HEADS_ASKED_RE = re.compile(r"\b(?:heads? of (?:government|governments|delegations?)|prime ministers?|premiers?|"
                             r"глав\w* (?:правительств|делегаций)|премьер\w*)\b")

_DIRECTLY = frozenset("directly verbatim actual own quotation напрямую дословно".split())  # "quoted directly": the reports' own quotes


# "which heads of delegation are not quoted", "кто из глав делегаций не выступал с заявлениями": those with no words
_NOT_QUOTED_RE = re.compile(
    r"^(?:who|which|кто|кого|чьи|kto|kogo)\b.*(?:\b(?:not|never)\s+(?:been\s+)?(?:quoted|cited)\b|"
    r"\b(?:never|do not|don t|does not|doesn t)\s+(?:quote|cite)\b|"
    r"\b(?:did not|didn t|do not|don t|does not|doesn t)\s+(?:speak|say anything|make (?:any |a )?statements?|get quoted)\b|"
    r"\bне\s+(?:выступал\w*|цитиру\w+|привод\w+|высказывал\w*|сказал\w*)|\bникак\w* (?:цитат|высказывани)\w*|"
    r"\bne\s+(?:vystupal\w*|tsitiru\w*|citiru\w*|privod\w*))")


def unquoted_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which heads of delegation are not quoted in any report": the participants whose words no report
    gives; None unless the question asks who was not quoted or did not speak."""
    if r.people or r.countries or not _NOT_QUOTED_RE.search(" ".join(r.words)):
        return None
    factbase = matcher.factbase
    said = derived(matcher).statements_by_speaker
    silent = [s for s in factbase.speakers.values() if s.attended and not said.get(s.id)]
    lang = r.language
    lines = tuple(f"• {speaker_name(s, lang)} ({speaker_role(s, lang)}, {speaker_country(s, lang)})" for s in silent)
    return Reply(lang, True, phrase(lang, "not_quoted", count=len(silent)), PARTICIPANTS_ID, "participants",
                 reading_score(r), details=lines, suggestions=tuple(Suggestion(s.id, fact_title(factbase, s.id, lang))
                                                                    for s in silent), intent="participants")


# "..., - сказал Лебедев", "сообщил генеральный секретарь СНГ Сергей Лебедев": a report's fact giving someone's words
_TELLS_RE = re.compile(r"\b(сказал|сказала|сообщил|сообщила|заявил|заявила|отметил|отметила|said|says|told|noted|stated)\b",
                       re.IGNORECASE)


def facts_telling_words(factbase: FactBase, speaker: Speaker, named: list[str]) -> list[str]:
    """The overview facts (no one's statements) of the named reports that give the speaker's words, naming him."""
    names = {n.split()[-1].lower() for n in (speaker.name, speaker.name_ru, *speaker.aliases) if n}
    return [a.id for a in factbase.agreements.values()
            if a.source in named and _TELLS_RE.search(a.quote) and any(name in a.quote.lower() for name in names)]


def spoke_reply(matcher: Matcher, r: Reading, only: list[str] | None = None) -> Reply:
    """The people the reports quote, with how many statements each; those a named report quotes, if it
    names one (`only`, or in the question: "which speakers does TASS quote": none)."""
    factbase = matcher.factbase
    lang = r.language
    named = only or sources_named(matcher, r)
    direct = bool(set(r.words) & _DIRECTLY)  # "which speakers are quoted directly": not a reporter's paraphrase
    # who spoke at the meeting leaves out words said at another ("who spoke at the meeting": not Meredov's at a
    # Turkmen cabinet meeting, whom "which people are quoted" still lists)
    at_it = not named and bool(set(r.words) & (SPOKE_WORDS | MEETING_WORDS))
    by_speaker = {person: [s for s in said if not (direct and s.paraphrase)
                           and not (at_it and of_another_meeting(matcher, s.id))]
                  for person, said in derived(matcher).statements_by_speaker.items()}
    heads = _HEADS_ASKED_RE.search(" ".join(r.words))
    if heads is not None:  # "which heads of government are quoted": the delegations' heads (not Lebedev); "who is
        # quoted besides the heads of government": the others only
        others = _BESIDES_RE.search(" ".join(r.words)[:heads.start()]) is not None
        by_speaker = {p: said for p, said in by_speaker.items() if factbase.speakers[p].attended != others}
    seen = {person: n for person, said in by_speaker.items() if (n := sum(not named or s.source in named for s in said))}
    silent = ""
    if named and not seen:  # the report's quotes may sit in other facts (Sputnik's Lebedev): not "no one"
        told = {p: ids for p, speaker in factbase.speakers.items() if (ids := facts_telling_words(factbase, speaker, named))}
        if told:  # "does Sputnik Armenia quote anyone": Lebedev, in its facts
            ids = list(dict.fromkeys(i for found in told.values() for i in found))
            publishers = publishers_of(factbase, named)
            headline = phrase(lang, "quoted_in_facts", publisher=publishers, count=len(ids),
                              name=joined_names([speaker_name(factbase.speakers[p], lang) for p in told], lang))
            return list_reply(factbase, lang, headline, ids, intent="participants", fact_id=PARTICIPANTS_ID,
                              score=reading_score(r))
        if not any(k.startswith("P:") for e in factbase.entries() if e.source in named
                   for k in matcher.doc_by_id[e.id].entities):  # TASS names no speaker at all: said so
            silent = phrase(lang, "quotes_no_one", publisher=publishers_of(factbase, named))
        named = []
        seen = {person: len(said) for person, said in by_speaker.items() if said}
    where = {p: sorted({factbase.sources[s.source].publisher for s in said if not named or s.source in named})
             for p, said in by_speaker.items()} if _BY_OUTLET_RE.search(r.question) else {}
    lines = tuple(f"• {speaker_name(factbase.speakers[p], lang)} ({speaker_country(factbase.speakers[p], lang)}): "
                  f"{phrase(lang, 'n_statements', n=n)}" + (f" ({', '.join(where[p])})" if where.get(p) else "")
                  for p, n in seen.items())
    headline = phrase(lang, "spoke_in", publisher=", ".join(dict.fromkeys(factbase.sources[s].publisher
                                                                        for s in named))) if named else phrase(lang, "spoke")
    headline = f"{silent} {headline}" if silent else headline
    return Reply(lang, True, headline, PARTICIPANTS_ID, "participants", reading_score(r), details=lines,
                 suggestions=tuple(Suggestion(p, fact_title(factbase, p, lang)) for p in seen),
                 intent="participants")


# who summed the meeting up, or assessed its results ("which CIS official summed up the meeting", "кто подвёл
# итоги заседания"): whoever's words the reports head as on the results
_SUMMED_UP_RE = re.compile(r"\b(?:summed|summing|sums? up|sum up|summari[sz]ed|wrapped up|assessed the (?:results|outcome)|"
                           r"(?:final )?assessment of the (?:results|outcome|meeting)|оценку итогов|"
                           r"подв[её]л\w* итог\w*|подводя итог\w*|подытожил\w*|оценил\w* итог\w*|итоги подв[её]л\w*|"
                           r"closing (?:assessment|remarks|statement|words)|wrap[- ]?up)\b")  # ("closing assessment")
# a person's words on the meeting when it was over ("what did Lebedev say after the meeting finished", "что
# сказал генсек по итогам бишкекского заседания"): his summing-up; for a person asked only (not "что заявил
# Пашинян по итогам заседания": no one else's summing-up answers that)
_AFTER_THE_MEETING_RE = re.compile(r"\b(?:after the (?:meeting|session) (?:finish\w*|end\w*|was over|closed)|"
                                   r"по итогам (?:\w+ского )?(?:заседания|встречи|совета))\b")


def summed_up_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """Who summed up the meeting: every word of whoever the reports quote on its results (Lebedev, whose "the
    results of the meeting once again reaffirmed ..." closes his summing-up); None for any other question."""
    if r.people or r.countries or not _SUMMED_UP_RE.search(" ".join(r.words)) or people_by_role(matcher, r) \
            or "@document" in r.keys:  # ("the Astana Times sums up the signed documents by sector": documents)
        return None  # (not "how did the CIS Secretary General sum it up": his words, as the say rules give them)
    factbase = matcher.factbase
    ids = [s.id for s in factbase.statements.values() if _RESULTS_TITLE_RE.search(f"{s.title} {s.title_ru or ''}")]
    owners = list(dict.fromkeys(factbase.statements[i].speaker for i in ids))
    if len(owners) != 1:
        return None  # several, or none: the question is retrieval's
    name = speaker_name(factbase.speakers[owners[0]], r.language)
    ids = [s.id for s in statements_of(matcher, owners[0])]  # all the words of the one who summed it up
    return list_reply(factbase, r.language, phrase(r.language, "said", name=name, count=len(ids)), ids,
                      intent="say", fact_id=owners[0], score=reading_score(r))


def summing_up_of(matcher: Matcher, r: Reading, person: str) -> list[Statement]:
    """"Lebedev's summing-up quote: which agency?": the person's words in the report that heads some of them as
    on the meeting's results (the summing-up is all of them, "a frank conversation ... the results reaffirmed");
    none when the question does not ask for a summing-up."""
    text = " ".join(r.words)
    if not _SUMMED_UP_RE.search(text) and not _AFTER_THE_MEETING_RE.search(text):
        return []
    own = statements_of(matcher, person)
    reports = {s.source for s in own if _RESULTS_TITLE_RE.search(f"{s.title} {s.title_ru or ''}")}
    return [s for s in own if s.source in reports]


def membership_reply(factbase: FactBase, r: Reading) -> Reply:
    lang = r.language
    return Reply(lang, False, label(lang, "dont_say"), intent="membership",
                 notes=(phrase(lang, "membership"),),
                 suggestions=(Suggestion(PARTICIPANTS_ID, fact_title(factbase, PARTICIPANTS_ID, lang)),))


_ROLE_KEYS = TITLE_KEYS | {"@role"}


# a foreign minister's title ("Armenia's Foreign Minister", "министр иностранных дел", "глава МИД")
# a ministry named beside someone's name ("the finance minister", "министр финансов"), with the word its English
# post would hold: no one in the reports holds any of these
_MINISTRIES = {"finance": "financ", "финансов": "financ", "economy": "econom", "экономики": "econom",
               "defence": "defen", "defense": "defen", "обороны": "defen", "justice": "justice", "юстиции": "justice",
               "health": "health", "здравоохранения": "health", "education": "educat", "образования": "educat",
               "energy": "energy", "энергетики": "energy", "interior": "interior", "внутренних": "interior",
               "transport": "transport", "транспорта": "transport", "agriculture": "agricult",
               "сельского": "agricult"}
_MINISTRY_RE = re.compile(r"\b(\w+)\s+minister\b|\bminister\s+of\s+(\w+)|\bминистр\w*\s+(\w+)", re.IGNORECASE)
_FOREIGN_AFFAIRS = frozenset("foreign affairs иностранных мид inostrannyh inostrannykh".split())
_OF_AFFAIRS = frozenset({"дел", "del"})  # the rest of "министр иностранных дел"


def role_check_reply(matcher: Matcher, r: Reading, person: str) -> Reply | None:
    """"Smailov spoke as Uzbekistan's prime minister, right?": the person's entry (Kazakhstan's prime
    minister) when the question gives them a role beside a country, not what they said about it."""
    speaker = matcher.factbase.speakers[person]
    role = speaker.role.lower()
    foreign = set(r.words) & _FOREIGN_AFFAIRS
    other_role = "@president" in r.keys and "president" not in role or \
        "@deputy" in r.keys and not DEPUTY_RE.search(role) or \
        bool(foreign) and "foreign" not in role  # "is Aripov the president", "Лебедев — министр иностранных дел?"
    if other_role and "@president" in r.keys and any(
            p != person and "president" in matcher.factbase.speakers[p].role.lower() for p in r.people):
        return None  # "what did Smailov quote President Tokayev as saying": the title is the other one's
    others = [c for c in r.countries if c != country_key(speaker)]
    if not speaker.attended and r.countries and _REPRESENTED_RE.search(r.question) and _speaks_for(matcher, r, person):
        # "Meredov represented Turkmenistan in Bishkek, correct?": no, the reports do not list him; who did
        others = list(r.countries)
    if not others and r.countries and speaker.attended and not set(r.words) & _WH_WORDS and _speaks_for(matcher, r, person):
        # "did Golovchenko speak for Belarus": yes, his entry
        return with_changes(fact_reply(matcher.factbase, person, r.language, score=reading_score(r)), intent="attend")
    behalf = bool(others) and _speaks_for(matcher, r, person)  # "what did Mishustin say for Belarus"
    if not behalf and (not r.keys & _ROLE_KEYS or not (other_role or others)
                       or set(r.words) & {"about", "on", "regarding", "о", "об", "по"}):
        return None  # only a country or a title not theirs ("Smailov as Uzbekistan's prime minister") is a claim
    text = " ".join(r.words)
    # "Was Golovchenko the Russian prime minister?", "Головченко — премьер России?": a yes-or-no claim of a
    # title alone (not "did Aripov mention the Uzbek president": the title is someone else's)
    title_words = foreign | set(r.words) & (_OF_AFFAIRS | {"of"}) if foreign else set()  # ("министр иностранных дел")
    tokens, unknown = matcher.analyze(without_words(r.question, title_words) if title_words else r.question)
    # "... prime minister at the meeting in Bishkek": still the title alone
    meeting = derived(matcher).meeting_keys | {"@meeting", "@cis"}
    title_only = len(r.people) == 1 and not unknown and all(
        k.startswith(("P:", "C:")) or k in _ROLE_KEYS or k in meeting for t in tokens for k in t.keys)
    yes_or_no = title_only and (re.match(r"(is|was|разве|неужели)\b", text) or " ли " in f" {text} "
                                or r.language == "ru" and re.search(r"\s[—–-]\s", r.question) is not None
                                and r.question.rstrip().endswith("?") and not set(r.words) & (_WH_WORDS | _OR))
    if not _FACT_CHECK_RE.search(text) and "as" not in r.words and not yes_or_no and not behalf \
            and not (other_role and re.match(r"(is|was|разве|неужели|ли)\b", text)):
        return None
    reply = with_changes(fact_reply(matcher.factbase, person, r.language, score=reading_score(r)), intent="attend")
    if set(r.words) & _OR or not (title_only or "as" in r.words or behalf):
        return reply  # "did Mishustin come himself or send a deputy": a choice, not a claim to deny
    # "Лебедев — премьер России?": no; and who led the delegation of the country named, where one did
    heads = [h for c in others for h in delegation_heads(matcher, c)[:1]]
    lines = tuple(delegation_led_by(h, r.language) for h in heads)
    return with_changes(reply, headline=f"{phrase(r.language, 'role_no')} {reply.headline}",
                        details=(*lines, *(d for d in reply.details if d not in lines)))


def _speaks_for(matcher: Matcher, r: Reading, person: str) -> bool:
    """True when the question puts the person to a country ("Golovchenko spoke for Kazakhstan", "что Мишустин
    сказал от имени Беларуси"): the person named before the words that do (not "who represented Kazakhstan,
    and what did Aripov say")."""
    found = _ON_BEHALF_RE.search(r.question)
    if found is None:
        return False
    tokens, _ = matcher.analyze(r.question[:found.start()])
    return any(f"P:{person}" in t.keys for t in tokens)


_REPRESENTED_RE = re.compile(r"\b(?:represented|led|headed|представлял\w*|возглавлял\w*)\b", re.IGNORECASE)
_ON_BEHALF_RE = re.compile(r"\b(?:on behalf of|in the name of|spoke for|speak for|speaks for|speaking for|represented|"
                           r"represent|represents|representing|led|headed|от имени|"
                           r"от лица|ot imeni|представлял\w*|возглавлял\w*|выступал\w* (?:за|от))\b", re.IGNORECASE)
_WH_WORDS = frozenset("""who whom whose what which when where why how кто кого кому кем что чем когда где какой какая
    какое какие каком какого почему зачем как чей чья чьё чье чьи чьей чьим чьему чьего kto chto kogda gde""".split())
_OR = frozenset("or или ili либо".split())


def title_claim(matcher: Matcher, r: Reading) -> tuple[str, str] | None:
    """"Kazakh Prime Minister Aripov proposed a platform: what else did he say?", "Премьер-министр
    Азербайджана Мустафаев что сказал?": a title written beside one person's name that the reports do
    not give them (another country's, a prime minister for a deputy or for the Secretary General).
    Returns the question without that title and the correction that heads the reply; None when the
    title is theirs, stands apart from the name ("what did the Kazakh PM say about Aripov") or when
    no title is written."""
    if len(r.people) != 1 or not r.keys & TITLE_KEYS:
        return None
    words = r.words
    keysets = [frozenset(k for t in matcher.analyze(w)[0] for k in t.keys) for w in words]
    person = f"P:{r.people[0]}"
    named = [i for i, keys_ in enumerate(keysets) if person in keys_]
    if not named:
        return None
    title = _title_beside(words, keysets, named[0], -1) + _title_beside(words, keysets, named[-1], 1)
    keys = {k for i in title for k in keysets[i]}
    speaker = matcher.factbase.speakers[r.people[0]]
    own_country = country_key(speaker)
    role = speaker.role.lower()
    wrong_country = any(k.startswith("C:") and k != own_country for k in keys)
    wrong_role = "@president" in keys and "president" not in role \
        or "@deputy" in keys and not DEPUTY_RE.search(role) \
        or "@premier" in keys and "@deputy" not in keys and (DEPUTY_RE.search(role) is not None
                                                             or "prime minister" not in role) \
        or any(words[i] in _FOREIGN_AFFAIRS for i in title) and "foreign" not in role \
        or any(w.lower() in _MINISTRIES and _MINISTRIES[w.lower()] not in role
               for m in _MINISTRY_RE.finditer(r.question) for w in m.groups() if w)
    if not wrong_country and not wrong_role:
        return None
    bare = without_words(r.question, {words[i] for i in title})
    lang = r.language
    note = phrase(lang, "title_not_given", name=speaker_name(speaker, lang),
                  title=role_and_country(speaker, lang))
    return bare, note


_LINKS = frozenset("the is was as a an s of был была является".split())  # "Lebedev, the CIS prime minister", "Aripov is Kazakhstan's PM"


def _title_beside(words: tuple[str, ...], keysets: list[frozenset[str]], start: int, step: int) -> list[int]:
    """The title words right before (step -1) or after (step 1) a name, with nothing else between: a
    country and a post ("Kazakh Prime Minister Aripov", "Мустафаев, премьер Азербайджана")."""
    found = []
    i = start + step
    while 0 <= i < len(words) and (keysets[i] & TITLE_KEYS or any(k.startswith("C:") for k in keysets[i])
                                   or words[i] in _LINKS or words[i] in _FOREIGN_AFFAIRS | _OF_AFFAIRS):
        if words[i] not in _LINKS:
            found.append(i)
        i += step
    return found if any(keysets[j] & TITLE_KEYS for j in found) else []


# "who is Meredov in the report on the preparations", "кто такой Мередов в сообщении о подготовке": who X is
_WHO_IS_RE = re.compile(r"^\s*(?:who is|who's|who was|кто такой|кто такая|кто такие|кто это|kto takoy|kto takoi|"
                        r"what (?:is|was) (?:the )?role of|какую роль (?:играет|играл|играла)|какова роль|"
                        r"в какой роли (?:выступал|был))\b", re.IGNORECASE)
_WHO_IS_NOT = frozenset({"@say", "@propose", "@count", "@sign"})


def who_is_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who is X", with where X appears said after it ("in the report on the preparations"): X's own entry
    (their post and country, and whether they took part), whatever else the report is about. None for
    anything else asked of X ("who is Lebedev quoting")."""
    if len(r.people) != 1 or r.keys & _WHO_IS_NOT or not _WHO_IS_RE.search(r.asked or r.question) \
            or set(r.words) & (_QUOTE_WORDS | _WH_WORDS) - {"who", "кто", "kto"}:
        return None  # not "кто такой Мередов и о чём он доложил": a second question
    return with_changes(fact_reply(matcher.factbase, r.people[0], r.language, score=reading_score(r)), intent="retrieval")


_QUOTE_WORDS = frozenset("""quoting quote quotes quoted citing cite cites cited recall recalled recalling mention
    mentioned mentioning цитирует цитировал цитирует упоминает упоминал ссылается""".split())


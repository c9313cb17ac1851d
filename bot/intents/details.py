"""A claim put to one fact with a detail the fact does not have: "Smailov quoted President Putin on trade
barriers, correct?", "Арипов предложил форум на «Иннопроме» в мае 2024 года?", "Мишустин назвал СНГ и ОДКБ ...?".

The rules that answer such a claim find the right fact (Smailov's words recalling Tokayev, the forum in
April, the CIS and the EAEU), which then reads like a yes. So the claim's discrete details are checked
against the fact's own words: a name or an abbreviation no fact knows ("Putin", "ОДКБ", "Голованов
сказал, что ..."), a number in digits the facts shown do not hold ("some 300 delegates", over a list too)
and a month other than the one a single fact gives. A detail the fact lacks heads the reply ("None of the
reports gives Putin for this; what they say:"), the fact left below for the reader to see. Ordinary words
are not checked: a claim may put a quote in its own words. A claim is a yes-or-no question, one put to be
checked ("..., correct?") or a bare statement of what someone said ("Petrov said ...").
"""

from __future__ import annotations

import re

from bot.facts import Agreement, Statement
from bot.intents.documents import counts_documents, documents_reply
from bot.intents.reading import (
    MONTHS,
    WH_RE,
    Reading,
    asks_yes_or_no,
    dates_in,
    derived,
    entry_texts,
    in_a_name,
    is_number,
    is_year,
    months_named,
    publisher_words,
    read,
    sources_named,
    subject_keys,
)
from bot.intents.replying import with_changes
from bot.intents.texts import phrase
from bot.intents.vocabulary import CHECK_WORDS, NUMBER_WORDS, SENTENCE_END_RE, an_age_or_rank, city_named, numbers_named
from bot.lexicon import NEVER_TYPOS, STOPWORDS
from bot.matcher import SOURCES_ID, Matcher
from bot.replies import Reply
from bot.text import is_cyrillic, tokenize

__all__ = ["contents_reply", "missing_details_reply", "puts_a_claim", "unchecked_by", "unnamed_reply"]

# "..., correct?", "- is that accurate?", "верно?": a claim put to be checked, whatever its grammar
_CLAIM_END_RE = re.compile(r"\b(correct|right|true|accurate|so|верно|правда|так|pravda|verno)\W*$", re.IGNORECASE)
# a word written as a name inside a sentence ("Putin"; not a sentence's first word, "Quick check - Was ..."),
# or one of the bodies a claim may put for another ("the CIS and the CSTO": the EAEU)
_NAME_RE = re.compile(r"(?<=[\w,»\"')] )([A-ZА-ЯЁ][a-zа-яё]+)\b")
_BODIES = frozenset("""csto одкб sco шос eu ес nato нато brics брикс un оон osce обсе wto вто евразэс eurasec""".split())
# a claim's first word when it reads as a surname with a verb of saying ("Голованов сказал, что ...?"; not
# "Какова позиция"), which the rule above leaves out
_SURNAME_FIRST_RE = re.compile(r"^\W*([A-ZА-ЯЁ][a-zа-яё]+(?:ов|ев|ёв|ин|ын|ский|цкий|ян|енко|ова|ева|ина|ov|ev|yov|in|"
                               r"sky|skiy|yan|enko|ova|eva|ina))\s+(?:сказал|заявил|предложил|отметил|говорил|назвал|said|stated|"
                               r"proposed|noted|called|told)")
_ONE = frozenset("one один одна одно".split())  # "One Belt One Road": a number, not a name
# how a claim is put to be checked, capitalised after it ("'...' Check please.", "Verify.", "Проверьте.")
_CHECKING = CHECK_WORDS | frozenset("draft claim проверь accurate correct true right real верно правда точно".split())
# where a claim was seen, and the state's own style, which no report needs to name: "Someone on Telegram says",
# "Кабинет министров Кыргызской Республики"
_NOT_CLAIMED = frozenset("""telegram twitter facebook whatsapp youtube instagram tiktok vk vkontakte reddit телеграм
    телеграме телеграмме телеграма ютуб ютубе вконтакте republic республика республики республике республикой""".split())
# a body written with capitals inside ("ЕврАзЭС", "EurAsEC")
_BODY_RE = re.compile(r"\b\w*[A-ZА-ЯЁ]\w*[A-ZА-ЯЁ]\w*\b")


def _compared_with(r: Reading, number: str) -> bool:
    """True when the number is one a count is compared with ("more than 20 documents"), not a count claimed."""
    return re.search(rf"\b(?:than|чем|более|менее|свыше|больше|меньше)\s+{re.escape(number)}\b", r.question,
                     re.IGNORECASE) is not None


def _the_meetings_day(matcher: Matcher, r: Reading, number: str) -> bool:
    """True when the number is the meeting's own day, written as a day ("on the 26th", "26-го", "26 октября"),
    which places the claim at this meeting and claims nothing of the fact."""
    meeting = matcher.factbase.meeting
    if meeting is None or number != str(meeting.date.day):
        return False
    return re.search(rf"\b{number}(?:st|nd|rd|th|-?го|-?е)\b|\b{number}\s+(?:oct\w*|октябр\w*)|\b(?:oct\w*|октябр\w*)\s+"
                     rf"{number}\b", r.asked or r.question, re.IGNORECASE) is not None


def missing_details_reply(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """The reply, headed by what the claim names that the facts it shows do not (a month only against one
    fact): the reply as it is when the question is no claim, it shows no fact, or nothing is missing."""
    if not reply.answered or not reply.fact_id or reply.headline.startswith(_CORRECTED):
        return reply
    if not puts_a_claim(r):
        return reply
    r = _without_the_askers_sentences(matcher, r)
    entries = [e for i in (reply.fact_id, *(item.fact_id for item in reply.items))
               if (e := matcher.factbase.entry(i)) is not None]
    if not entries and not reply.details:
        return reply
    # (and the facts that disagree with them, whose own figures are given: "Asia-Plus says twenty, TASS twenty-two";
    # not another report's when the claim names the report: "Asia-Plus reported 22" is no report's claim)
    named = set(sources_named(matcher, r))
    beside = [other for e in entries for other in matcher.factbase.disagreeing(e)
              if not named or other.source in named]
    # (and, beside a count, the counts of the reports the claim names: "TASS: 22 documents, 9 on financing. Asia-Plus:
    # 20."; not beside a document: "TASS reported nine documents on the jubilee medal" is still no report's)
    counts = derived(matcher).by_kind.get("count", [])
    if entries and all(e in counts for e in entries):
        beside += [a for a in counts if a.source in named]
    told = " ".join((*(t for e in [*entries, *beside] for t in entry_texts(e)), reply.headline, *reply.details)).lower()
    words = entries and all(isinstance(e, Statement) for e in entries)  # a person's words
    attributes = _attributes_missing(matcher, r, told) if words else []
    missing = list(dict.fromkeys([*(n for n in _names_missing(matcher, r, told) if n.lower() not in MONTHS),
                                  *(_places_missing(matcher, r, told) if words else []),
                                  *(w for w in (_subjects_missing(matcher, r, told) if words else [])
                                    if not any(w in a.split() for a in attributes)),  # ("gas": not a
                                  # document on the fuel and energy complex, which may cover it)
                                  *(_months_missing(r, told) if not reply.items and reply.fact_id != SOURCES_ID
                                    else []),  # (a list: names only; a report's record gives no months of events)
                                  *(n for n in (_numbers_missing(r, told) if reply.fact_id != SOURCES_ID else [])
                                    if not _a_total_asked(matcher, r, n) and not _compared_with(r, n)
                                    and not _the_meetings_day(matcher, r, n))]))
    # (a report's record, "откуда ТАСС взял цифру 22", answers whom it cites: its figures are not shown)
    if not (missing or attributes) or any(name.lower() in reply.headline.lower() for name in missing):
        return reply  # ("The reports don't mention Pashinyan. ...": said already)
    notes = [phrase(r.language, "number_not_given", asked=", ".join(missing))] if missing else []
    if attributes:  # "с общим оператором": as the claim puts it
        notes.append(phrase(r.language, "detail_not_given", asked=", ".join(attributes)))
    unheld = any(w.lower() in NEVER_TYPOS and _a_word_of_its_own(r.question, w) for w in missing) \
        or not attributes and all(unchecked_by(r, w, told) for w in missing)
    # ("Lebedev announced a common CIS currency?": what the claim is about no report gives, so the facts shown are no
    # answer to it; a place or a month put wrong is, and so is half a compound: "cross-border investment")
    return with_changes(reply, headline=f"{' '.join(notes)} {reply.headline}", answered=reply.answered and not unheld)


def unchecked_by(r: Reading, missing: str, told: str) -> bool:
    """True when the facts shown neither bear out nor correct what the claim puts and none of them gives: a count
    with no count of theirs against it ("exactly twelve documents were signed in Sochi": the facts on Sochi count
    none), or the year or city the claim says something was signed in, when they give no year or city ("the
    agreement was signed in 2011 in St Petersburg"). Any other word, and a year or city that places someone's
    words ("Mishustin said it in Astana in 2022": the facts are his words here), is corrected by the facts shown."""
    if missing.isdigit() and not is_year(missing):
        return all(is_year(n) for n in _numbers_in(told))
    if is_year(missing):
        return _signed_then(r, missing) and not any(is_year(n) for n in _numbers_in(told))
    city = city_named(missing.lower())
    return city is not None and _signed_then(r, missing) and not any(city_named(w) for w in tokenize(told))


def _numbers_in(told: str) -> set[str]:
    """The numbers a text gives, in digits or in words ("Twenty cooperation documents")."""
    return set(re.findall(r"\d+", told)) | {str(n) for n in numbers_named(tokenize(told))}


def _signed_then(r: Reading, missing: str) -> bool:
    """True when the year or city the claim puts is when or where it says something was signed or is to be held
    ("подписано в 2011 году в Санкт-Петербурге", "the forum would be held in Samarkand"), not a meeting's ("at the
    meeting held in Minsk": this one's place stands against it)."""
    at = [i for i, w in enumerate(r.words) if w == missing.lower()]
    near = [r.words[max(0, i - 6):i + 7] for i in at]
    return any(any(w.startswith(_SIGNED) for w in words) and not any(w.startswith(_MEETING) for w in words)
               for words in near)


_SIGNED = ("sign", "adopt", "ratif", "conclud", "founded", "held", "hold", "host", "подпис", "принят", "ратифиц",
           "заключ", "основан", "пройд", "провед", "состо")
_MEETING = ("meeting", "session", "summit", "council", "заседани", "встреч", "саммит", "совет")


def _a_word_of_its_own(question: str, word: str) -> bool:
    """True when the word stands in the question on its own, not as half of a hyphenated one ("cross-border")."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", question, re.IGNORECASE) is not None


def puts_a_claim(r: Reading) -> bool:
    """True for a yes-or-no question, a claim put to be checked ("..., correct?", "верно?") or a statement of
    what someone said, put without a question ("Petrov said the next meeting will be in Ashgabat.")."""
    text = r.question.strip()
    statement = not text.endswith("?") and _SAID_RE.search(text) is not None and WH_RE.match(text.lower()) is None
    return asks_yes_or_no(r) or _CLAIM_END_RE.search(text) is not None or statement


_SAID_RE = re.compile(r"\b(said|says|stated|called|proposed|announced|noted|сказал\w*|заявил\w*|назвал\w*|предложил\w*|"
                      r"объявил\w*|отметил\w*)\b", re.IGNORECASE)


_CORRECTED = ("No", "Нет", "None of", "Ни одна", "Not ", "Не ")
_LANGUAGES = frozenset("english английский английском английского англоязычный англоязычные".split())


def _names_missing(matcher: Matcher, r: Reading, told: str) -> list[str]:
    """The names and abbreviations of the claim that no fact knows and this one does not hold."""
    _, unknown = matcher.analyze(r.question)
    if not unknown:
        return []
    written = {m.group(1).lower(): m.group(1) for m in (*_NAME_RE.finditer(r.question),
                                                        *_SURNAME_FIRST_RE.finditer(r.question))}
    written = {w: n for w, n in written.items()  # "One Belt One Road": a number, not a name
               if w not in NUMBER_WORDS and w not in _ONE and w not in STOPWORDS and w not in _CHECKING
               and w not in _LANGUAGES and w not in _NOT_CLAIMED}  # ("do the two English reports render it the same way": a language)
    written |= {w.lower(): w for w in _BODY_RE.findall(r.question) if w.lower() in _BODIES}
    reports = derived(matcher).publisher_words  # "Азия-Плюс": a report's name, not a name the claim puts
    return [written[w] for w in dict.fromkeys(unknown) if w in written and w not in told and len(w) >= 2
            and w not in reports]


def _without_the_askers_sentences(matcher: Matcher, r: Reading) -> Reading:
    """The question without the sentences the asker tells of themselves in, when others are left ("Я учительница из
    Хорога, у меня класс из 20 учеников. Говорят, ...": no claim of Khorog or of 20)."""
    sentences = SENTENCE_END_RE.split(r.question.strip())
    kept = [t for t in sentences if not _OF_THE_ASKER_RE.match(t)]
    return read(matcher, " ".join(kept), r.language) if kept and len(kept) < len(sentences) else r


# a sentence the asker tells of themselves in ("Я пенсионер из Оша, ...", "I'm a teacher in Osh."): its names are
# the asker's, not the claim's
_OF_THE_ASKER_RE = re.compile(r"^\W*(?:я|мы|i|i'm|i am|we|we're|we are)\b(?![^.!?]*\b(?:said|says|claims?|read|heard|"
                              r"seen|saw|note|notes|that|what|quoted?|called|told|wrote|attributed|"
                              r"сказал\w*|говор\w*|пишут|пишет|слышал\w*|читал\w*|видел\w*|что|будто)\b)[^?]*[.!]\s*$",
                              re.IGNORECASE)


def _places_missing(matcher: Matcher, r: Reading, told: str) -> list[str]:
    """The cities the claim puts ("an energy grid run from Tashkent") that the facts shown name in no form,
    this meeting's and the next one's left alone (the reports call the next one's "the capital"), and a
    report's name too ("the Astana Times article")."""
    told_cities = {city for w in tokenize(told) if (city := city_named(w))}
    named = {w for source in sources_named(matcher, r) for w in publisher_words(matcher, source)}
    asked = [city for i, w in enumerate(r.words) if (city := city_named(w)) and city not in ("Bishkek", "Ashgabat")
             and not in_a_name(r.words, i, named)]
    return [city for city in dict.fromkeys(asked) if city not in told_cities]


def _subjects_missing(matcher: Matcher, r: Reading, told: str) -> list[str]:
    """The claim's words of a subject no fact holds ("free gas", "a common currency": NEVER_TYPOS, read as
    themselves) that the facts shown do not hold either."""
    _, unknown = matcher.analyze(r.question)
    across = {w for pair in _ACROSS_RE.findall(r.question.lower()) for w in tokenize(pair)}
    return [w for w in dict.fromkeys(unknown) if w in NEVER_TYPOS and w not in told  # (only against words said)
            and w not in across]  # ("cross-border investment": between the states, as "mutual investments" are)


_ACROSS_RE = re.compile(r"\bcross-(?:border|country)\b")


_WITH = frozenset("with without с со без".split())
_ARTICLES = frozenset("a an the".split())
_ADJECTIVE_RU_RE = re.compile(r"(?:ым|им|ую|юю|ого|его|ая|яя|ое|ый|ых)$")  # (not "-ий", "-ой": nouns too)


def _attributes_missing(matcher: Matcher, r: Reading, told: str) -> list[str]:
    """What the claim gives a thing "with" or "without" ("единую энергосистему с общим оператором"), as written,
    when a word of it of six letters or more is one no fact knows in any language (a word some fact knows may
    stand in another of them: "с инициативой «Один пояс»" is Smailov's, in other words than those shown)."""
    _, unknown = matcher.analyze(r.question)
    words = [w for w in r.words if w not in _ARTICLES]
    found = []
    for i, word in enumerate(words[:-1]):
        if word not in _WITH:
            continue
        # the thing itself, or after one word qualifying it ("с общим оператором", "with a common operator")
        end = i + 2 if i + 2 < len(words) and (words[i + 1] not in unknown and not is_cyrillic(words[i + 1])
                                                 or _ADJECTIVE_RU_RE.search(words[i + 1])) else i + 1
        thing = words[end]
        if len(thing) >= 6 and thing.isalpha() and thing in unknown and thing not in told:
            more = words[end + 1:end + 2]  # the noun an unknown word qualifies: "with nuclear guarantees"
            if more and (more[0] in STOPWORDS or _CLAIM_END_RE.fullmatch(more[0]) or not more[0].isalpha()):
                more = []
            found.append(" ".join(words[i:end + 1 + len(more)]))
    return found


def _a_total_asked(matcher: Matcher, r: Reading, number: str) -> bool:
    """True when the claim's number is a total of the documents some report gives, put of the documents at large
    ("Were 22 documents signed, and on what subjects?": TASS's list by subject holds no 22, but TASS gives it, so
    "none of the reports gives 22" would be untrue); not of one subject ("were 22 documents on uranium": none)."""
    totals = {str(a.count) for a in derived(matcher).by_kind.get("count", []) if a.count is not None and counts_documents(a)}
    return number in totals and not [keys for keys in subject_keys(matcher, r, known_only=True, outcome=False)
                                     if not is_number(keys) and not keys <= _SUBJECTS_AT_LARGE]


_SUBJECTS_AT_LARGE = frozenset({"topic", "theme", "тем", "@sector"})  # "on what topics": none in particular ("subject"
# is a stop word)


def _numbers_missing(r: Reading, told: str) -> list[str]:
    """The numbers the claim puts in digits ("some 300 delegates") that the facts shown do not hold: not a
    year, nor a day of a month."""
    days = {str(day) for day, _ in dates_in(r.words)}
    held = _numbers_in(told)  # ("Двадцать два" too)
    # (nor an item's place in a list: "doc 6", "пункт 4", "No. 7")
    placed = {r.words[i] for i in range(1, len(r.words)) if r.words[i - 1] in _ITEM_WORDS}
    aged = {w for i, w in enumerate(r.words) if an_age_or_rank(r.words, i)}  # (nor an age: "к 80-летию Победы")
    return [w for w in dict.fromkeys(r.words) if w.isdigit() and not is_year(w) and w not in days and w not in held
            and w not in placed and w not in aged]


_ITEM_WORDS = frozenset("""doc docs document item items no number point пункт пункта пункте документ документа
    номер №""".split())


def _months_missing(r: Reading, told: str) -> list[str]:
    """The months the claim names when the fact names other months and not those."""
    asked = months_named(r.words)
    if not asked:
        return []
    given = {MONTHS[w] for w in tokenize(told) if w in MONTHS}
    if not given:
        return []
    names = _MONTH_NAMES[r.language if r.language in _MONTH_NAMES else "en"]
    return list(dict.fromkeys(names[month - 1] for month in asked.values() if month not in given))


_MONTH_NAMES = {"en": "January February March April May June July August September October November December".split(),
                "ru": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split()}


# the name of something asked: "what is the name of the proposed platform", "как будет называться платформа"
_NAME_OF_RE = re.compile(r"\b(?:what\s+is\s+(?:the\s+)?name\s+of|what(?:'s|’s|\s+is|\s+was|\s+will)\s+(?:it|the\s+[\w-]+(?:\s+[\w-]+){0,3})\s+"
                         r"(?:be\s+)?called|how\s+(?:is|will)\s+.{0,40}\bbe\s+called|(?:как|kak)\s+(?:будет\s+|budet\s+)?"
                         r"(?:называться|называется|назовут|nazyvatsya)|какое\s+(?:у\s+\w+\s+)?название)\b", re.IGNORECASE)


def unnamed_reply(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """"What is the name of the proposed CIS e-commerce platform?": when the facts that answer are someone's
    words (a proposal, no document with a title), none of them gives a name, which is said, unanswered, above
    them; the reply as it is otherwise (a document's name is its title)."""
    if not reply.answered or r.people or not _NAME_OF_RE.search(r.question):
        return reply
    shown = [matcher.factbase.entry(i) for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i]
    # (and a report's summary of what was signed: "documents in the IT industry" names a field, not a document)
    if not shown or not all(isinstance(e, Statement) or isinstance(e, Agreement) and e.agreement_kind == "result"
                            for e in shown):
        return reply
    if not any(isinstance(e, Statement) for e in shown):  # "was anything signed on mining and metallurgy? What is
        # the document called?": a document the lists name by title, not the report's summary of the sectors
        titled = documents_reply(matcher, r)
        named = [matcher.factbase.agreements.get(i) for i in (titled.fact_id, *(item.fact_id for item in titled.items)) if i]
        if titled.answered and named and all(a is not None and a.agreement_kind in _TITLED_KINDS for a in named):
            return titled
    note = phrase(r.language, "no_name_given")  # (a list's "these facts match equally well" left out)
    return with_changes(reply, answered=False, headline=note if reply.items else f"{note} {reply.headline}")


_TITLED_KINDS = frozenset({"document", "decision"})


# what a document says inside, asked: "what does the IT document provide for", "что предусматривает соглашение"
_CONTENTS_RE = re.compile(r"\bwhat\s+(?:exactly\s+|specifically\s+)?(?:does|do|did|will)\s+.{3,60}?\s+(?:provide\s+for|"
                          r"stipulate|foresee|envisage|set\s+out)\b|"
                          # "what targets are set in the concept", "which concrete events does the plan foresee"
                          r"\b(?:what|which)\s+(?:concrete\s+|specific\s+|exact\s+)?(?:targets|goals|objectives|events|"
                          r"activities|provisions|steps)\s+(?:are|were|does|do|did|will)\b.{0,80}?\b(?:set|foresee\w*|"
                          r"envisage\w*|provide\w*|include\w*|contain\w*|list\w*)\b|\bчто\s+(?:конкретно\s+|именно\s+|же\s+)?(?:\w+\s+){0,4}?предусматрива\w*|"
                          r"\bчто\s+(?:входит|содержит\w*)\s+в\b|\bв\s+ч[её]м\s+(?:его\s+|её\s+|ее\s+)?суть|"
                          # what a plan holds: "какие мероприятия для молодёжи есть в плане", "what events are in the plan"
                          r"\b(?:какие|kakie)\s+(?:\w+\s+){0,2}?(?:мероприяти\w*|meropriyati\w*|меры|пункты|события)\b.{0,60}?"
                          r"\b(?:в|v)\s+(?:плане|plane)\b|"
                          r"\b(?:какие|kakie)\s+(?:\w+\s+){0,2}?(?:мероприяти\w*|меры|пункты|события)\s+(?:входят|включены|"
                          r"предусмотрены)\s+(?:в\s+)?(?:план\w*)\b|"  # ("какие мероприятия входят в план")
                          # the items a document holds: "какие конкретные проекты включены в комплекс мер", "какие именно
                          # платформы утверждены в рамках Положения", "which specific projects does the programme cover"
                          r"\b(?:какие|kakie)\s+(?:конкретн\w*\s+|именно\s+)?(?:\w+\s+)?(?:проект\w*|платформ\w*|"
                          r"объект\w*|территори\w*|мероприяти\w*|меры|пункты|направлени\w*)\s+(?:\w+\s+){0,2}?(?:включен\w*|"
                          r"входят|вошли|утвержден\w*|предусмотрен\w*|охватыва\w*|перечислен\w*)\s+(?:в|во)\s+(?:рамках|"
                          r"программ\w*|план\w*|концепци\w*|положени\w*|комплекс\w*|документ\w*|соглашени\w*|перечн\w*)|"
                          r"\b(?:какие|kakie)\s+(?:конкретн\w*\s+|именно\s+)?(?:\w+\s+)?(?:проект\w*|территори\w*|объект\w*)\b"
                          r".{0,40}?\bохватыва\w*|"
                          r"\b(?:which|what)\s+(?:specific\s+|exactly\s+|particular\s+)?(?:\w+\s+)?(?:projects|platforms|"
                          r"sites|territories|measures)\s+(?:are|were|does|do|did|will)\b.{0,60}?\b(?:(?:include[sd]?|approved|listed|"
                          r"set\s+out)\s+(?:in|under|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:programme|program|plan|concept|"
                          r"regulation|measures|document|agreement)|covers?|covered\s+by)\b|"
                          # any items a document is said to list: "which mines are listed in the mining measures
                          # document", "какие именно шахты попали под этот комплекс мер"
                          r"\b(?:which|what)\s+(?:specific\s+|exactly\s+|particular\s+)?(?:\w+\s+)?(?:mines|factories|plants|enterprises|"
                          r"facilities|objects|deposits|companies|cities|towns|regions|districts|tailings|dumps)\s+"
                          r"(?:are|were|is|was|get|got)\s+(?:listed|included|covered|named)\s+(?:in|by|under)\s+(?:the\s+|this\s+|"
                          r"that\s+)?(?:[\w-]+\s+){0,4}?(?:programme|program|plan|concept|measures|document|agreement)\b|"
                          r"\b(?:какие|kakie)\s+(?:конкретн\w*\s+|именно\s+)?(?:\w+\s+)?(?:шахт\w*|рудник\w*|завод\w*|комбинат\w*|"
                          r"предприяти\w*|объект\w*|месторождени\w*|хвостохранилищ\w*|отвал\w*|компани\w*|город\w*|район\w*|"
                          r"регион\w*)\s+(?:\w+\s+)?(?:попал\w*|вошл\w*|"
                          r"включен\w*|перечислен\w*|охвачен\w*|названы)\s+(?:в|во|под)\s+(?:\w+\s+){0,3}?(?:программ\w*|план\w*|"
                          r"концепци\w*|комплекс\w*|документ\w*|соглашени\w*)|"
                          r"\b(?:какие|kakie)\s+(?:конкретн\w*\s+|именно\s+)?(?:шахт\w*|рудник\w*|завод\w*|предприяти\w*|"
                          r"объект\w*|месторождени\w*|хвостохранилищ\w*)\s+(?:там\s+|в\s+н[её][йм]\s+)?(?:перечислен\w*|"
                          r"названы|указаны)\b|"  # ("Какие объекты там перечислены?", of the programme before)
                          r"\bwhat\s+(?:\w+\s+)?(?:events|activities|measures)\s+(?:are|were|does|do|"
                          r"will)\b.{0,60}?\bplan\b|\bwhat(?:'s|\s+is)\s+in\s+the\s+(?:action\s+)?plan\b|"
                          # the events a plan or a year will hold: "какие конкретно мероприятия будут в Год ...", "what
                          # events are planned for the Year of ...", "what does the action plan ... include"
                          r"\b(?:какие|kakie)\s+(?:конкретн\w*\s+|именно\s+)?(?:мероприяти\w*|события|meropriyatiya)\s+"
                          r"(?:будут|пройдут|планируются|запланированы|проведут|budut)\b|"
                          r"\bwhat\s+(?:specific\s+|exactly\s+|concrete\s+)?(?:events|activities)\s+(?:are|will\s+be)\s+"
                          r"(?:planned|held|scheduled|organi[sz]ed)\b|\bwhat\s+does\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?plan\b.{0,80}?"
                          r"\binclude\b", re.IGNORECASE)
# how to take part, which no report tells: "как зарегистрироваться волонтёром", "how do I sign up"
_HOW_TO_JOIN_RE = re.compile(r"\b(?:как|kak)\s+(?:мне\s+|mne\s+)?(?:зарегистрироваться|записаться|zaregistrirovat\w*|"
                             r"zapisat\w*)|\bhow\s+(?:do|can|could)\s+(?:i|we|one)\s+(?:register|sign\s+up|apply)\b",
                             re.IGNORECASE)
_DOCUMENT_KINDS = frozenset({"document", "result", "decision"})


def contents_reply(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """"What exactly does the 2016 mining agreement provide for?": the reports give the documents' titles, and
    at most a report's summary naming their fields, never what they provide for; that is said, unanswered,
    above them. The reply as it is when no document's contents are asked or a fact other than a document
    (someone's words on it) answers."""
    joining = _HOW_TO_JOIN_RE.search(r.question) is not None
    if not reply.answered or r.people or not (_CONTENTS_RE.search(r.question) or joining):
        return reply
    shown = [matcher.factbase.entry(i) for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i]
    if not shown or not all(isinstance(e, Agreement) and e.agreement_kind in _DOCUMENT_KINDS for e in shown):
        return reply
    note = phrase(r.language, "no_how_to_join" if joining else "contents_not_given")  # (a list's own heading left out)
    return with_changes(reply, answered=False, headline=note if reply.items else f"{note} {reply.headline}")


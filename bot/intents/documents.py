"""Documents: which documents were signed and what was decided at this meeting, or the ones on a
subject ("anything on uranium?"); never something a quote says was adopted earlier.
"""

from __future__ import annotations

import re

from bot.facts import Agreement, FactBase, Statement
from bot.intents.reading import (
    DOCUMENT_KINDS,
    MONTHS,
    OFFICIAL_WORDS,
    WH_RE,
    Reading,
    asks_yes_or_no,
    country_words,
    delegated_countries,
    delegation_heads,
    derived,
    doc_holds,
    is_number,
    is_year,
    keys_held,
    names_a_countrys_list,
    publisher_words,
    read,
    reading_score,
    relative_who,
    sources_named,
    subject_keys,
    without_words,
)
from bot.intents.replying import abstain, list_reply, publishers_of, with_changes
from bot.intents.retrieval import asks_a_number, not_what_is_asked, retrieve, unknown_names
from bot.intents.texts import phrase
from bot.intents.vocabulary import AREA_WORDS, FRAME, OTHER_DOMAINS, OTHER_PLACES, SPOKE_WORDS, money_asked, number_at
from bot.lexicon import NEVER_TYPOS
from bot.matcher import Candidate, Matcher
from bot.replies import Reply, Suggestion, fact_reply, fact_title, speaker_country, speaker_name, speaker_role
from bot.text import stem, tokenize

__all__ = [
    "asks_numbered_item", "counts_documents",
    "DOCUMENT_FLOOR", "LIST_LENGTH", "TITLES_ASKED_RE", "signers_of_one_reply", "with_total_named", "SURE", "asks_documents", "asks_list_position", "documents_reply", "list_position_reply",
    "item_number_of_reply", "meeting_documents", "numbered_item_reply", "who_signed_reply",
]

SURE = 70  # a retrieval answer this confident, holding every word of the subject, stands on its own


DOCUMENT_FLOOR = 45  # among the documents alone, a subject matching this well names its document


def meeting_documents(matcher: Matcher) -> list[Agreement]:
    by_kind = derived(matcher).by_kind
    return [a for kind in DOCUMENT_KINDS for a in by_kind.get(kind, [])]


LIST_LENGTH = 3  # a report lists the documents one by one when the fact base holds this many of its documents

# "the first document on the list", "третий документ в перечне": a place on a report's list of documents
_ORDINALS = {
    **{w: i for i, ws in enumerate((
        "first 1st firstly первый первым первая первое первого первом первой pervyy pervyi pervym открывает opens tops",
        "second 2nd второй вторым вторая второе второго втором vtoroy vtoroi",
        "third 3rd третий третьим третья третье третьего третьем tretiy tretii",
        "fourth 4th четвёртый четвертый четвёртым четвертым четвёртое четвертое",
        "fifth 5th пятый пятым пятое пятого",
        "sixth 6th шестой шестым шестое шестого",
        "seventh 7th седьмой седьмым седьмое седьмого",
        "eighth 8th восьмой восьмым восьмое восьмого",
        "ninth 9th девятый девятым девятое девятого",
        "tenth 10th десятый десятым десятое десятого"), 1) for w in ws.split()},
}
_LIST_WORDS = frozenset("list lists listed item items списке список списка перечне перечень перечня пункт пункте пунктом пункта "
                        "spiske spisok perechne".split())
# "item 10.1", "No. 5", "пункт 3", "№ 7", "document 5": a report's own number of an item, never a count
_ITEM_WORDS = r"items?|no|number|пункт\w*|номер\w*|punkt\w*|nomer\w*|document|документ|документе|dokument"
_NUMBERED_RE = re.compile(rf"\b(?:{_ITEM_WORDS})\s+(?!(?:19|20)\d\d\b)\d+")
# what other numbered thing a question may mean ("item 2 on the agenda", "the number 1 priority"):
# the reports number no agenda, priority or topic
_NOT_DOCUMENTS = frozenset("""agenda priority priorities topic topics issue issues question questions повестке
    повестки повестка приоритет приоритета приоритетом тема темы темой вопрос вопроса вопросом""".split())


# a range of items: "items 3-5", "items 11 to 22", "под номерами с 11 по 22", "пункты 3–5"
_RANGE_RE = re.compile(rf"\b(?:{_ITEM_WORDS}|documents|документы|dokumenty|numbers|numbered|пункты|номерами|номера)\.?\s+(?:from\s+|с\s+|ot\s+|s\s+)?"
                       r"(\d{1,3})\s*(?:-|–|—|to|through|thru|по|до|po|do)\s*(\d{1,3})(?![\d.])", re.IGNORECASE)


def asks_numbered_item(r: Reading) -> bool:
    """"What is item 10.1 of the list?", "items 11 to 22", "the last item of the list": items by the report's own
    numbers."""
    listed = bool(set(r.words) & (_LIST_WORDS | {"document", "документ"}))
    return _NUMBERED_RE.search(" ".join(r.words)) is not None or re.search(r"№\s*\d", r.question) is not None \
        or (listed and _SUB_ITEM_RE.search(r.question) is not None) or _items_ranged(r.question) is not None \
        or _LAST_ITEM_RE.search(r.question) is not None and bool(set(r.words) & _LIST_WORDS)


# the last item a list shows: "what is the last item we can see in the list", "the last point of the Cabinet's list",
# "на каком пункте обрывается перечень", "последний пункт перечня"
_LAST_ITEM_RE = re.compile(r"\b(?:last|final)\s+(?:[\w-]+\s+){0,2}?(?:item|point|entry|number|document)s?\b|"
                           r"\bпоследн\w*\s+(?:[\w-]+\s+){0,2}?(?:пункт\w*|позици\w*|строк\w*)|\bобрыва\w*|\bобрыв\w*|"
                           r"\bposledn\w*\s+(?:[\w-]+\s+){0,2}?punkt\w*|\b(?:list|excerpt)\s+(?:ends|stops|breaks\s+off)\b",
                           re.IGNORECASE)


def _last_items(factbase: FactBase) -> set[str]:
    """The number of the last item each list shows ("10.1")."""
    last: dict[str, str] = {}
    for fact, number in factbase.item_numbers.items():
        source = factbase.agreements[fact].source
        if source not in last or _item_key(number) > _item_key(last[source]):
            last[source] = number
    return set(last.values())


def _items_ranged(question: str) -> tuple[int, int] | None:
    """The first and last item numbers of a range asked ("items 11 to 22"), or None."""
    match = _RANGE_RE.search(question)
    if match is None:
        return None
    first, last = int(match.group(1)), int(match.group(2))
    return (first, last) if first < last <= first + 50 else None


_ITEM_NUMBER_RE = re.compile(rf"(?:\b(?:{_ITEM_WORDS})\.?|№)\s*(\d{{1,3}}(?:\.\d{{1,3}})?)(?!\d|\.\d)", re.IGNORECASE)
# (a full stop after it ends the sentence: "Give document 7.")
_STANDS = frozenset("стоит стоят стоял стояло".split())
_HEADING_ASKED_RE = re.compile(r"\bheading\b|\bfalls?\s+under\b|\bparent\b|\bunder\s+which\s+(?:item|heading|point)\b|"
                               r"\bк\s+какому\s+пункту\b|\bв\s+какой\s+(?:пункт|раздел)\b|\bзаголов\w*", re.IGNORECASE)
_SUB_ITEMS_RE = re.compile(r"\bsub-?items?\b|\bподпункт\w*", re.IGNORECASE)  # an item's own items asked
# "документ 10.1", "what is 10.1 on the list": a numbered sub-item, never a date (26.10.2023) or two numbers
_SUB_ITEM_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}(?![\d.])")


def numbered_item_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"What is item 10.1 of the Kyrgyz government's list?": the document the report itself numbers
    so (the number read from its local copy at load), with its source; None when no list has it."""
    factbase = matcher.factbase
    if set(r.words) & _NOT_DOCUMENTS or "@agenda" in r.keys:
        return None  # "what was item 2 on the agenda": not the list of documents
    ranged = _items_ranged(r.question)
    asked = set(_ITEM_NUMBER_RE.findall(r.question)) | set(_SUB_ITEM_RE.findall(r.question))
    last = not asked and ranged is None and _LAST_ITEM_RE.search(r.question) is not None
    if last:  # "the last item of the list", "на каком пункте обрывается перечень": 10.1, how far the list goes
        asked = _last_items(factbase)
    named = set(sources_named(matcher, r))
    found = [fact for fact, number in factbase.item_numbers.items()
             if (number in asked if ranged is None else ranged[0] <= int(number.split(".")[0]) <= ranged[1])
             and (not named or factbase.agreements[fact].source in named)]
    if not found:
        return None  # ("items 11 to 22": the excerpt of the list ends at 10.1)
    if money_asked(r.words) - _STANDS:  # "what is the funding amount in item 10.1, in roubles": titles only (not
        # "какой документ стоит под номером 3": where it stands)
        return abstain(matcher, r, "documents", phrase(r.language, "no_figure"))
    if ranged is None and _HEADING_ASKED_RE.search(r.question):  # "under which heading does item 10.1 fall": 10
        found = [*sorted(_headings_over(matcher, set(found)), key=lambda f: factbase.item_numbers[f]), *found]
    if ranged is None and _SUB_ITEMS_RE.search(r.question):  # "item 10 and its first sub-item": 10, then 10.1
        found += [fact for fact, number in factbase.item_numbers.items() if fact not in found
                  and any(number.startswith(f"{factbase.item_numbers[f]}.") for f in found)]
    publishers = dict.fromkeys(factbase.source_of(factbase.agreements[fact]).publisher for fact in found)
    if set(tokenize(_AFTER_A_MEETING_RE.sub(" ", r.question))) & _AFTER:  # "which items follow 10.1": the items
        return _items_after(matcher, r, found)  # numbered after it in the same list (not "signed after the meeting")
    if ranged is not None:  # "items 3-5": those the list has, in its order
        found.sort(key=lambda fact: [int(n) for n in factbase.item_numbers[fact].split(".")])
        numbers = [factbase.item_numbers[fact] for fact in found]
        headline = phrase(r.language, "item_numbers", first=numbers[0], last=numbers[-1], publisher="; ".join(publishers))
        return list_reply(factbase, r.language, headline, found, intent="documents", score=reading_score(r))
    headline = phrase(r.language, "last_item" if last else "item_number", number=factbase.item_numbers[found[0]],
                      publisher="; ".join(publishers))  # two reports' lists may both have an item 5
    return list_reply(factbase, r.language, headline, found, intent="documents", score=reading_score(r))


# the number a list gives a document, asked: "under which item number is the uranium programme listed", "под каким
# номером значится документ о ...", "каким пунктом идёт" (not "what number of documents": a count)
_NUMBER_OF_RE = re.compile(r"\b(?:what|which)\s+(?:item\s+)?(?:number|no)\b(?!\s+of\b)|\b(?:the|its)\s+item\s+(?:number|no)\b|"
                           r"\bномер\s+(?:пункта|в\s+перечне|в\s+списке)\b|\bunder\s+(?:what|which)\s+(?:item\s+)?"
                           r"(?:number|no)\b|\bпод\s+(?:каким|какой)\s+(?:номером|пунктом|цифрой)|"
                           r"\b(?:каким|какой|какое)\s+(?:это\s+|он\s+|она\s+)?(?:по\s+сч[её]ту|номером|пунктом|номер|пункт)\b|"
                           # in Latin letters ("kakoj nomer u dokumenta", "pod kakim on nomerom"), a pronoun between
                           # (which the reading may have half put into Cyrillic: "какой nomer")
                           r"\b(?:(?:pod|под)\s+(?:kakim|каким)(?:\s+(?:on|ona|ono|oni|он|она|оно|они))?|kakim|kakoj|kakoy|"
                           r"kakoi|каким|какой)\s+(?:po\s+schetu|nomer\w*|punkt\w*)\b")


_KIND_KEYS = frozenset({"@document", "@concept", "@plan", "@sign", "@adopt"})  # what kind of document, not its subject
_LISTED_VERBS = frozenset("""listed stand stands standing appear appears comes come значится идет идёт стоит находится числится указан указана
    указано znachitsya idet""".split())
_MINISTERS = frozenset("министров ministers".split())  # ("кабмин": "кабинет министров")
_REPUBLIC = frozenset("republic республики республика республике respubliki".split())


def item_number_of_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Под каким номером в перечне значится документ о Годе волонтёрского движения?": the document the
    question names, headed by the number its report's list gives it; None when no number is asked, or the
    question names no one document a list numbers."""
    text = r.question.lower()  # (the words read drop "number")
    if not _NUMBER_OF_RE.search(text) or asks_numbered_item(r):
        return None
    bare = read(matcher, _NUMBER_OF_RE.sub(" ", text), r.language)
    only = sources_named(matcher, bare)
    # the list named ("в перечне правительства Кыргызстана", "on the gov.kg list") and how an item stands on it
    # are no subject of the document
    naming = {w for source in only for w in publisher_words(matcher, source)} | OFFICIAL_WORDS | _LIST_WORDS \
        | _LISTED_VERBS | _MINISTERS | (country_words(matcher, bare.question) if only else set())
    bare = read(matcher, without_words(bare.question, naming) or bare.question, r.language)
    found = documents_reply(matcher, bare, only or None)
    numbers = matcher.factbase.item_numbers
    listed = [i for i in dict.fromkeys((found.fact_id, *(item.fact_id for item in found.items))) if i in numbers]
    if found.answered and found.items and len(listed) == 1:  # "the Volunteer Year plan": the Astana Times' decision
        # and the Kyrgyz government's item; the one a list numbers
        found = with_changes(fact_reply(matcher.factbase, listed[0], r.language, score=found.score), intent="documents")
    number = numbers.get(found.fact_id or "")
    if not found.answered or found.items or number is None:
        return None
    subject = subject_keys(matcher, bare, known_only=True)
    if subject and not doc_holds(matcher, found.fact_id or "", subject, share=1.0 if len(subject) <= 4 else 2 / 3):
        return None  # "the item number of the industrial cooperation concept": no item on the list is that concept
        # (not item 3, the digital transformation concept, which "concept" alone finds)
    publisher = matcher.factbase.source_of(matcher.factbase.agreements[found.fact_id or ""]).publisher
    headline = phrase(r.language, "item_number", number=number, publisher=publisher)
    return with_changes(found, headline=f"{headline} {found.headline}")


_ALL = frozenset("all все всех всё всю whole entire".split())
# the titles of documents asked for, not how many there are: "what are the titles of the nine", "list the nine",
# "назовите девять документов", "перечислите их названия"
TITLES_ASKED_RE = re.compile(r"\b(?:titles?|names|named|названи\w*|назовите|назови|перечисл\w*|list|which\s+ones|"
                             r"какие\s+именно)\b", re.IGNORECASE)
_PART_OF = frozenset("из from among среди".split())  # "which of the 22 concern financing", "какие из 22": some
_WHICH_OF = frozenset("which what many some any each none one".split())  # "which of the 22" (not "the titles of the
# nine": all of them)


def _some_of_them(words: list[str], i: int) -> bool:
    """True when the number at i is how many there are of which some are asked ("which of the 22", "какие из 22")."""
    return words[i - 1] in _PART_OF or i >= 3 and words[i - 2] == "of" and words[i - 3] in _WHICH_OF \
        or i >= 2 and words[i - 1] == "of" and words[i - 2] in _WHICH_OF
_WHICH_N = frozenset("which what какие каких kakie".split())  # "which nine financing documents": all nine asked
_CHECKED_RE = re.compile(r"\b(right|correct|true|правда|верно|так ли|isn t it|aren t they)$")
_DOCUMENT_NOUNS = frozenset("""documents docs agreements decisions документов документа документы соглашений
    соглашения решений""".split())


def _total_named(r: Reading) -> int | None:
    """The number of documents the question says there are ("all nine", "все 22"), if it names one."""
    words = list(r.words)
    if _YES_NO_RE.search(" ".join(words)) or _CHECKED_RE.search(" ".join(words)):
        return None  # "were nine of the documents about financing?", "nine were signed, right?": a count checked
    titles = TITLES_ASKED_RE.search(r.question) is not None
    for i in range(len(words)):
        value = number_at(words, i)  # "twenty two", "двадцать два" too
        # ("TASS says nine financing documents were signed. What are the titles of all nine?": the nine documents)
        documents = set(words[i + 1:i + 4]) & _DOCUMENT_NOUNS or titles and i + 1 == len(words) \
            and set(words[:i]) & _DOCUMENT_NOUNS
        before = words[i - 1] if i else ""  # (when titles are asked, "TASS mentions 9 documents. Which ones?" too)
        if value is None or not 1 < value <= 99 or not i \
                or before not in _ALL | _WHICH_N and (not titles or _some_of_them(words, i)) \
                or not documents or set(words[max(0, i - 1):i + 2]) & MONTHS.keys() \
                or words[i + 1:i + 2] and words[i + 1].startswith(("лет", "th", "anniversary", "годовщ")):
            continue  # only "all nine documents", "which nine", "все девять": not "which of the 22", "list three", "к 80-летию"
        return value
    return None


def with_total_named(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """A list of documents shorter than the total the question names ("list all nine financing
    documents": the reports count nine and name two of them) is said to be partial, and is no answer
    to the question as asked."""
    total = _total_named(r)
    if not reply.answered or total is None or asks_numbered_item(r):
        return reply
    subject = subject_keys(matcher, r, known_only=True, outcome=False)
    subject = [keys for keys in subject if not is_number(keys)]
    held = [a.id for a in meeting_documents(matcher) if subject and doc_holds(matcher, a.id, subject, share=0.5)]
    if not subject or len(held) >= total:  # the reports may name them all: the claim would not be sure
        return reply
    said = phrase(r.language, "not_all_named", total=total)
    return with_changes(reply, answered=False, headline=said if reply.items else f"{said} {reply.headline}")


_AFTER = frozenset("after following follow follows next после следующие следующий следующая следующем идут "
                   "далее posle".split())


# "after" of a meeting, not of an item ("item 4 on the list of documents signed after the meeting")
_AFTER_A_MEETING_RE = re.compile(r"\b(?:after|following|next|после|следующ\w*|posle)\s+(?:the\s+|this\s+|that\s+|"
                                 r"этого\s+|того\s+)?(?:meeting|session|summit|talks|council|заседани\w*|встреч\w*|"
                                 r"саммит\w*|переговор\w*|совет\w*|zasedani\w*)", re.IGNORECASE)


def _item_key(number: str) -> tuple[int, ...]:
    return tuple(int(part) for part in number.split("."))


def _items_after(matcher: Matcher, r: Reading, found: list[str]) -> Reply:
    """The items a report's list numbers after the one asked, or that the list as kept has none: it
    ends there (the local copy of the Kyrgyz government's list breaks off at 10.1)."""
    factbase = matcher.factbase
    fact = found[0]
    number = factbase.item_numbers[fact]
    source = factbase.agreements[fact].source
    after = sorted((f for f, n in factbase.item_numbers.items() if factbase.agreements[f].source == source
                    and _item_key(n) > _item_key(number)), key=lambda f: _item_key(factbase.item_numbers[f]))
    publisher = factbase.sources[source].publisher
    if not after:
        return abstain(matcher, r, "documents", phrase(r.language, "nothing_after", number=number,
                                                       publisher=publisher))
    shown = after[:LIST_LENGTH] if set(r.words) & _MANY_ITEMS else after[:1]  # "what comes next": the next one
    headline = phrase(r.language, "items_after", number=number, publisher=publisher)
    return list_reply(factbase, r.language, headline, shown, intent="documents", score=reading_score(r))


_MANY_ITEMS = frozenset("items documents rest remaining пункты пунктов документы документов остальные".split())


def _unknown_subject(matcher: Matcher, r: Reading) -> bool:
    """True when the question names, after "on" / "о" / "в сфере", a subject of six letters or more
    that no fact holds ("в сфере здравоохранения"); not any unknown verb ("затронули")."""
    _, unknown = matcher.analyze(r.question)
    after = _TOPIC_PREPOSITIONS | {"of", "сфере"}  # "on health care", "in the field of X", "в сфере X"
    words = r.words
    return any(w in unknown and len(w) >= 6 and w.isalpha() and (i and words[i - 1] in after or i + 1 < len(words)
                                                                 and words[i + 1] in _KIND_OF_IT)
               for i, w in enumerate(words))  # (or before "cooperation", "agreement": "a military cooperation
    # agreement")


_KIND_OF_IT = frozenset("""cooperation agreement agreements document documents deal deals treaty programme program
    сотрудничестве сотрудничества соглашение соглашения договор документ документы программа""".split())


def _ranked_holding(matcher: Matcher, r: Reading, pool: list[Agreement], subject: list[set[str]]) -> list[Candidate]:
    """The facts of `pool` that hold at least half the subject, ranked, at DOCUMENT_FLOOR or above;
    if none is, those holding all of it, ranked on the subject alone ("did they sign anything",
    "mentioned in the documents" cost every document alike)."""
    holding = [a.id for a in pool if subject and doc_holds(matcher, a.id, subject, share=0.5)]
    ranked = [c for c in matcher.score_facts(r.question, holding, r.language) if c.confidence >= DOCUMENT_FLOOR]
    whole = [i for i in holding if doc_holds(matcher, i, subject)]  # the fallback: every subject word held
    if not ranked and not whole and len(subject) >= 3 and all(a.agreement_kind in DOCUMENT_KINDS for a in pool) \
            and not _unknown_heads(matcher, r):
        # "a document on legacy uranium mining sites": the one document holding all of the subject but a word
        # (not "which sports disciplines are included in the championship": what is asked, none holds)
        held = {i: keys_held(matcher, i, subject) for i in holding}
        most = [i for i, n in held.items() if n == len(subject) - 1]
        # (and alone in holding one of them: "uranium", not "plan" and "sector" as many documents do)
        if len(most) == 1 and any(doc_holds(matcher, most[0], [keys]) and not any(
                doc_holds(matcher, a.id, [keys]) for a in pool if a.id != most[0]) for keys in subject):
            return matcher.score_facts(r.question, most, r.language)
    if ranked or not whole:
        return ranked
    tokens, unknown = matcher.analyze(r.question)
    frame = {t.word for t in tokens if set(t.keys) <= FRAME} | (set(r.words) & _DECISION_WORDS)
    # ("was anything decided about volunteering": what was decided is the document, as signed or adopted is)
    question = without_words(r.question, frame) or r.question
    scored = matcher.score_facts(question, whole, r.language)
    if all(k.startswith(("C:", "P:")) and k not in derived(matcher).host for keys in subject for k in keys) \
            and not set(unknown) & NEVER_TYPOS:  # not "a joint statement (communique) on Afghanistan"
        return scored  # "which documents concern Afghanistan": a name the document holds is the whole subject
    return [c for c in scored if c.confidence >= DOCUMENT_FLOOR]


def asks_list_position(r: Reading) -> int | None:
    """The place asked on a list of documents ("what's the first document on the list": 1), or None."""
    words = set(r.words)
    if not words & _LIST_WORDS or not ({"@document", "@sign", "@adopt"} & r.keys or words & _ITEM_NOUNS
                                       or words & _NUMBER_NOUNS and not words & _PEOPLE_LISTED
                                       and not {"@who", "@participate", "@country"} & r.keys):
        return None  # ("что под номером два в перечне"; not "кто под номером один в списке участников", "number two
        # on the list of speakers": no report numbers its participants)
    if _PLAN_RE.search(r.question) and not words & (_LIST_WORDS - _ITEM_NOUNS):
        return None  # "Дорожная карта по регионам — что в ней первым пунктом?": an item of the plan named, which no
        # report lists (not "Kyrgyz government page: what's its first item?", the list of documents)
    places = {_ORDINALS[w] for w in words if w in _ORDINALS}
    places |= {_CARDINALS[b] for a, b in zip(r.words, r.words[1:]) if a in _NUMBER_NOUNS and b in _CARDINALS}
    return places.pop() if len(places) == 1 else None


_ITEM_NOUNS = frozenset("item пункт пунктом пункта пункте".split())
# a plan, programme or roadmap whose own items might be asked ("что в ней первым пунктом" after a roadmap)
_PLAN_RE = re.compile(r"\b(?:road\s?maps?|plans?|concepts?|programm?es?|strateg\w+|дорожн\w+\s+карт\w+|план\w*|"
                      r"концепци\w+|программ\w+|стратеги\w+|dorozhn\w+\s+kart\w+)\b", re.IGNORECASE)
_PEOPLE_LISTED = SPOKE_WORDS | frozenset("""participants participant delegations delegation countries speakers heads
    участников участники делегаций делегации стран выступающих выступавших глав""".split())
# a place put as a number in words: "под номером один", "number one on the list"
_NUMBER_NOUNS = frozenset("номером номер number no nomerom".split())
_CARDINALS = {w: i for i, ws in enumerate(("one один одним", "two два", "three три", "four четыре", "five пять",
                                           "six шесть", "seven семь", "eight восемь", "nine девять", "ten десять"), 1)
              for w in ws.split()}


def list_position_reply(matcher: Matcher, r: Reading, place: int) -> Reply:
    """The document at that place on the report that lists the documents one by one (the Kyrgyz
    government's), in the report's order as the fact base keeps it; a report named that lists none,
    or a place beyond the list, is said, never guessed."""
    factbase = matcher.factbase
    lang = r.language
    by_source: dict[str, list[Agreement]] = {}
    for agreement in derived(matcher).by_kind.get("document", []):
        by_source.setdefault(agreement.source, []).append(agreement)
    lists = [s for s in by_source if len(by_source[s]) >= LIST_LENGTH]  # one document or two make no list
    named = sources_named(matcher, r)
    if named:
        lists = [s for s in lists if s in named]
    elif len(lists) > 1:
        lists = sorted(lists, key=lambda s: -len(by_source[s]))[:1]
    if len(lists) != 1:
        return abstain(matcher, r, "documents", phrase(lang, "no_list"))
    listed = sorted(by_source[lists[0]], key=lambda a: (a.file, a.line))
    publisher = factbase.sources[lists[0]].publisher
    if place > len(listed):
        return abstain(matcher, r, "documents", phrase(lang, "list_shorter", publisher=publisher, count=len(listed)))
    reply = fact_reply(factbase, listed[place - 1].id, lang, score=reading_score(r))
    headline = phrase(lang, "list_place", place=place, publisher=publisher)
    return with_changes(reply, headline=f"{headline} {reply.headline}", intent="documents")


_SITE_WORDS = frozenset("""website websites site page сайт сайте сайта сайтом страница странице портал портале
    publish published publishes release released releases опубликовал опубликовала опубликовало опубликовали
    публикует сообщение сообщении сообщения сообщению сообщениях report reports article story piece статье статья
    материале материал заметке заметка""".split())  # "what did the Kyrgyz government publish about the documents": its
# list; "которые ТАСС называет в своём сообщении": the report named, no subject


# documents asked in the plural ("which documents", "какие соглашения"): each that holds the whole subject
_DOCUMENTS_PLURAL = frozenset("""documents agreements programmes programs decisions документы соглашения программы
    решения документов соглашений программ dokumenty""".split())


# a yes-or-no question ("was a free trade agreement signed", "подписали ли", "было ли подписано")
_YES_NO_RE = re.compile(r"^(was|were|did|has|have|had|is|are)\b|\bли\b|^(bylo|byli|podpisali) li\b")


def _named_by_none(matcher: Matcher, r: Reading, named: list[str]) -> Reply:
    """The reply when the named reports name no document: their count of the documents if they give one
    (Asia-Plus's twenty), else that they name none."""
    factbase = matcher.factbase
    publishers = publishers_of(factbase, named)
    counts = [a.id for a in derived(matcher).by_kind.get("count", []) if a.source in named]
    headline = phrase(r.language, "documents_named_by_none", publisher=publishers)
    if counts:
        return list_reply(factbase, r.language, headline, counts, intent="documents", score=reading_score(r))
    return abstain(matcher, r, "documents", headline)


def _of_another_occasion(factbase: FactBase, fact_id: str) -> bool:
    """True for someone's words or a fact about another occasion (an earlier signing in Sochi), not
    one of this meeting's documents, counts or results."""
    entry = factbase.entry(fact_id)
    return isinstance(entry, Statement) or isinstance(entry, Agreement) and entry.agreement_kind == "background"


def _in_its_words(matcher: Matcher, fact_id: str, keys: set[str]) -> bool:
    """True when the fact holds one of the keys, a concept (IT, "@it") in its own words (its quote and titles, not
    the curators' topics)."""
    entry = matcher.factbase.entry(fact_id)
    if entry is None:
        return False
    if not all(k.startswith("@") for k in keys):  # a word of the fact's own: held as the matcher holds it
        return doc_holds(matcher, fact_id, [keys])
    tokens, _ = matcher.analyze(" ".join(t for t in (getattr(entry, "quote", ""), getattr(entry, "title", ""),
                                                     getattr(entry, "title_ru", "") or "") if t))
    return any(k in t.keys for t in tokens for k in keys)


def asks_documents(r: Reading) -> bool:
    """Which documents, what was signed or adopted; not "when was X adopted" (a date, which
    the statements give for things adopted earlier)."""
    words = set(r.words)
    if "@when" in r.keys or words & set(OTHER_PLACES):  # a date, or another meeting's ("the Sochi decision")
        return False
    said = "@say" in r.keys and not words & _MENTION_WORDS \
        and not (words & _WRITING and "@sign" in r.keys)  # "mentioned in the documents": in them, not said
    if {"@sign", "@adopt"} & r.keys or words & {"decided", "decide", "решили", "решено", "reshili"}:
        return "@propose" not in r.keys and not said
    return "@document" in r.keys and not said and "@propose" not in r.keys


_DECISION_WORDS = frozenset("""decided decide decision decisions agreed решили решено решение решения решений
    решениям reshili reshenie resheniya""".split())


def _no_decision_said(matcher: Matcher, r: Reading, found: Reply) -> Reply:
    """"What was decided on the North-South corridor": no document or account of one is on it, so
    someone's words on the subject are shown as that, not as the decision (they answer no decision)."""
    if not found.answered or not (set(r.words) & _DECISION_WORDS or "@sign" in r.keys):
        return found  # (and "what was signed related to transport": Smailov's words on routes are no signing)
    ids = [found.fact_id, *(i.fact_id for i in found.items)]
    if not all(isinstance(matcher.factbase.entry(i or ""), Statement) for i in ids):
        return found
    return with_changes(found, answered=False, headline=f"{phrase(r.language, 'no_decision_on')} {found.headline}")


_MENTION_WORDS = frozenset("""mentioned mention mentions mentioning упоминается упоминаются упомянут упомянута
    упомянуто упомянуты упоминание упоминалось упоминался упоминалась""".split())
# a report's writing about the documents signed ("что писал ТАСС о подписанных документах"): no one's words
_WRITING = frozenset("wrote write writes писал писала писали написал написала написали pisal".split())


def _accounts_of_adoption(matcher: Matcher, r: Reading, subject: list[set[str]]) -> list[Candidate]:
    """A report's account of an agenda item (not anyone's words) that holds the whole subject and says
    what was adopted or signed on it, ranked: "decisions in the cultural and humanitarian sphere" is the
    item that ends "an action plan was adopted for the Year of the Volunteer Movement"."""
    topical = [keys for keys in (keys - {"@sector"} for keys in subject) if keys]
    pool = [a.id for a in derived(matcher).by_kind.get("agenda", []) if topical
            and doc_holds(matcher, a.id, topical) and doc_holds(matcher, a.id, [{"@adopt", "@sign"}])]
    if not pool or _unknown_subject(matcher, r):  # "agreements on healthcare cooperation": not the cultural item
        return []
    return [c for c in matcher.score_facts(r.question, pool, r.language) if c.confidence >= DOCUMENT_FLOOR]


_TOPIC_PREPOSITIONS = frozenset("on about regarding concerning по о об про".split())


_WHICH_ONES = frozenset("""which what ones list name about something какие какой перечисли перечислите назовите чем
    посвящены""".split())  # ("20 документов, о чём они?", "were 22 documents about something in particular?")


def _unknown_qualifiers(matcher: Matcher, r: Reading) -> list[str]:
    """The fields of life a question puts to a document that no fact knows ("the concept on the banking
    sector", "the Chechen war", "добычи золота"): the vocabulary's OTHER_DOMAINS, by stem, when the fact
    base does not hold the word itself (a word it holds is the matcher's to weigh)."""
    _, unknown = matcher.analyze(r.question)
    return [w for w in r.words if w in unknown and (w in OTHER_DOMAINS or stem(w) in OTHER_DOMAINS)]


def _short_unknown_topic(matcher: Matcher, r: Reading) -> bool:
    """True when a word of two or three letters no fact knows follows "on" / "about" ("a document
    on gas", "anything about tax"): the subject asked, which the matcher reads only from four letters."""
    _, unknown = matcher.analyze(r.question)
    short = {w for w in unknown if 2 <= len(w) <= 3 and w.isalpha()}
    words = r.words
    return any(w in short and words[i - 1] in _TOPIC_PREPOSITIONS for i in _heads(matcher, r) if (w := words[i]))


def _unknown_heads(matcher: Matcher, r: Reading) -> bool:
    """True when a word of four letters or more no fact knows is a thing asked, not a word qualifying one."""
    _, unknown = matcher.analyze(r.question)
    return any(len(w) >= 4 and w.isalpha() and w in unknown for i in _heads(matcher, r) if (w := r.words[i]))


def _heads(matcher: Matcher, r: Reading) -> list[int]:
    """Where the question's words stand that are not before a subject word some fact holds ("old" and "legacy"
    in "on old uranium mining sites", "on legacy uranium mining sites" only qualify them)."""
    tokens, _ = matcher.analyze(r.question)
    subject = {t.word for t in tokens if t.keys and not set(t.keys) <= FRAME}
    words = r.words
    return [i for i in range(len(words)) if not set(words[i + 1:i + 2]) & subject]


def _not_on_topic(matcher: Matcher, r: Reading, documents: list[Agreement]) -> Reply:
    """No document on that: the documents the reports list, and the facts nearest the question."""
    factbase, lang = matcher.factbase, r.language
    nearest = matcher.rank(r.question, lang, limit=3)
    return with_changes(list_reply(factbase, lang, phrase(lang, "documents_not_on_topic", count=len(documents)),
                                   [a.id for a in documents], intent="documents", score=0), answered=False,
                        suggestions=tuple(Suggestion(c.fact_id, fact_title(factbase, c.fact_id, lang)) for c in nearest))


def _without_publishers_country(matcher: Matcher, r: Reading, only: list[str]) -> Reading:
    """"The Kyrgyz government's list of documents": the question without the country and the government that
    name the report, which are no subject of it (other countries kept: "anything about Afghanistan in ...")."""
    own = {k for source in only for k in derived(matcher).publishers[source][1]}
    naming = country_words(matcher, r.question, own) | OFFICIAL_WORDS | _MINISTERS | _REPUBLIC  # ("Кабинета министров КР",
    # "... Кыргызской Республики")
    return read(matcher, without_words(r.question, naming) or r.question, r.language)


_COUNTED_DOCUMENTS_RE = re.compile(r"\b(\d+)\s+(?:\w+\s+)?(?:documents?|agreements?|документ\w*|соглашени\w*)",
                                   re.IGNORECASE)
# what a question leaves out of what it asks for ("besides the Afghanistan one", "кроме медали")
def _headings_over(matcher: Matcher, items: set[str]) -> set[str]:
    """The items of a report's list that head the given ones ("10. About financial support ...:" over its
    10.1), by the numbers the list gives them."""
    numbers = matcher.factbase.item_numbers
    under = {(matcher.factbase.agreements[i].source, numbers[i]) for i in items if i in numbers}
    return {fact for fact, number in numbers.items() for source, sub in under
            if sub.startswith(f"{number}.") and matcher.factbase.agreements[fact].source == source}


_BESIDES_RE = re.compile(r"\b(?:besides|apart from|aside from|other than|except(?: for)?|кроме|помимо|за исключением)\s+"
                         r"(?P<x>[^,.?!;]+)", re.IGNORECASE)


# which occasion something was adopted at ("at which meeting was the concept approved", "на каком заседании", "when"):
# the reports' words on it, which may name another meeting
_WHICH_OCCASION_RE = re.compile(r"\b(?:(?:at|in) (?:which|what) (?:meeting|session|summit)|which meeting|when|where|"
                                r"на каком (?:заседании|саммите)|когда|где|kogda|gde)\b")


_KEPT_MEETING_TERMS = frozenset({"@cis", "@when", "@where", "@year"})  # ("CIS Championship": the CIS names documents)


def _this_meetings_words(matcher: Matcher, r: Reading) -> set[str]:
    """The question's words that only restate this meeting (its day, month, year, city, "meeting", "heads of
    government"), when it also names something else to look for in the documents."""
    meeting = matcher.factbase.meeting
    doc = matcher.doc_by_id.get(meeting.id) if meeting is not None else None
    if doc is None:
        return set()
    terms = set(doc.terms) - _KEPT_MEETING_TERMS
    tokens, _ = matcher.analyze(r.question)
    found = {t.word for t in tokens if t.keys and set(t.keys) <= terms}
    dated = any(set(t.keys) & (terms - {"@meeting"}) for t in tokens if t.word in found)  # its day, year or city
    return found if dated and len(found) < len(tokens) else set()


def documents_reply(matcher: Matcher, r: Reading, only: list[str] | None = None) -> Reply:
    """The documents of this meeting (see _documents_reply); when none is found on the subject and the question
    restates the meeting ("any energy-sector document signed in Bishkek on 26 Oct 2023"), found again without the
    meeting's own words, which are no subject."""
    reply = _documents_reply(matcher, r, only)
    if reply.answered or only:
        return _no_title_in_a_summary(matcher, r, reply)
    restated = _this_meetings_words(matcher, r)
    if not restated:
        return reply
    again = _documents_reply(matcher, read(matcher, without_words(r.question, restated) or r.question, r.language))
    return _no_title_in_a_summary(matcher, r, again) if again.answered else reply


def _no_title_in_a_summary(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """"The exact title of the IT-industry document": where only a report's summary of the domains (or its count
    of documents on a subject) answers, no document's title is given; the documents the reports do name instead."""
    summaries = {a.id for a in [*derived(matcher).by_kind.get("result", []), *_subject_counts(matcher)]}
    shown = {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}
    if not reply.answered or not shown or not shown <= summaries \
            or not _TITLE_ASKED_RE.search(r.asked or r.question):
        return reply
    return _not_on_topic(matcher, r, meeting_documents(matcher))


# a document's own title asked ("the exact title of ...", "как называется документ")
_TITLE_ASKED_RE = re.compile(r"\b(?:title|titled|exact name|full name|как\s+(?:именно\s+)?называ\w+|назван\w+|"
                             r"наименовани\w+|заголов\w+)\b", re.IGNORECASE)


def _proposed_not_signed(matcher: Matcher, fact_id: str, subject: list[set[str]], documents: list[Agreement]) -> bool:
    """True when the document found holds only part of the subject, no document holds all of it, and someone's
    words do (a proposal made at the meeting, "the e-commerce platform", not a document signed there)."""
    asked = [keys for keys in subject if not is_number(keys) and not any(k.startswith(("C:", "P:")) for k in keys)]
    if fact_id not in {a.id for a in documents} or len(asked) < 2 or doc_holds(matcher, fact_id, asked):
        return False
    return not any(doc_holds(matcher, a.id, asked) for a in documents) \
        and any(doc_holds(matcher, s, asked) for s in matcher.factbase.statements)


def _subject_counts(matcher: Matcher) -> list[Agreement]:
    """The counts of documents on one subject ("nine documents on financial support"): a report's account of
    what was signed, like its summaries."""
    return [a for a in derived(matcher).by_kind.get("count", [])
            if a.counts and a.counts != "documents" and a.counts.endswith("documents")]


def _documents_reply(matcher: Matcher, r: Reading, only: list[str] | None = None) -> Reply:
    """The documents of this meeting; with a subject ("anything on uranium?") the documents
    about it, else, for a question about documents, the list; else (e.g. "when was the concept
    adopted?", about something adopted earlier) retrieval over every fact."""
    factbase = matcher.factbase
    lang = r.language
    if only and set(r.words) & _SITE_WORDS:  # "as its website gives it": the report named, its site (or its
        # publishing) no subject
        r = read(matcher, without_words(r.question, _SITE_WORDS) or r.question, lang)
    if only and (set(r.words) & OFFICIAL_WORDS or names_a_countrys_list(matcher, r.question)):  # ("the Kyrgyz list")
        r = _without_publishers_country(matcher, r, only)
    documents = meeting_documents(matcher)
    if only and any(a.source in only for a in documents):  # "according to the Kyrgyz government": its list
        documents = [a for a in documents if a.source in only]
    elif only:  # "what documents did Asia-Plus list": it names none; what it does say of them, if anything
        return _named_by_none(matcher, r, only)
    if not documents:
        return retrieve(matcher, r)
    besides = _BESIDES_RE.search(r.question)
    excluded: list[set[str]] = []
    if besides:  # "the other financing documents besides the Afghanistan one": not that one, nor its subject
        excluded = subject_keys(matcher, read(matcher, besides.group("x"), lang), known_only=True, outcome=False)
        r = read(matcher, _BESIDES_RE.sub(" ", r.question), lang)
    subject = subject_keys(matcher, r, known_only=True, outcome=False)
    # "22 documents were signed: which ones?": how many, not what they are about (not "nine financing documents",
    # whose nine the list is measured against, nor a year: "в 2025 по документам")
    totals = {n for n in _COUNTED_DOCUMENTS_RE.findall(r.question) if not is_year(n)} \
        if set(r.words) & _WHICH_ONES else set()
    if totals and all(is_number(keys) and keys & totals for keys in subject):
        subject = []
        given = {str(a.count) for a in derived(matcher).by_kind.get("count", []) if a.count is not None}
        unsaid = sorted(totals - given, key=int)  # "25 documents were signed: which ones?": no report gives 25
        if unsaid:
            listed = documents_reply(matcher, read(matcher, _COUNTED_DOCUMENTS_RE.sub("documents", r.question), lang),
                                     only)
            note = phrase(lang, "count_not_given", asked=", ".join(unsaid))
            return with_changes(listed, headline=f"{note} {listed.headline}")
    if totals and subject and not all(is_number(keys) for keys in subject) and not besides:  # (the besides rule
        # counts what is left: "the other eight financing documents besides the Afghanistan one")
        # "which nine financing documents": financing, the nine being how many are asked (said by with_total_named)
        r = read(matcher, without_words(r.question, {w for w in r.words if w in totals}) or r.question, lang)
        subject = [keys for keys in subject if not (is_number(keys) and keys & totals)]
    if _short_unknown_topic(matcher, r):  # "a document on gas": a subject too short to count as a topic elsewhere
        return _not_on_topic(matcher, r, documents)
    if unknown_names(matcher, r) and all(is_number(keys) for keys in subject):
        return _not_on_topic(matcher, r, documents)  # "a document about the 2024 Olympics": a name no fact knows
    asked = [keys for keys in subject_keys(matcher, r, outcome=False)
             if not (not subject and is_number(keys) and keys & totals) and not keys <= {"ones", "one"}]
    if only:  # "которые ТАСС называет по итогам заседания": the report named is no subject
        names = frozenset().union(*(publisher_words(matcher, s) for s in only))
        subject, asked = [k for k in subject if not k <= names], [k for k in asked if not k <= names]
    if r.countries or r.topic and asked:  # "what did they decide": no subject
        # the documents, and the reports' accounts of what was signed ("... and the IT industry")
        # a document on the subject first ("anything on geodesy and cartography": the programme, not the
        # report's summary naming geodesy among other domains); a summary only where no document is
        worded = [keys for keys in subject if not is_number(keys)]  # (a count holds all the subject's words or is no
        # answer: "did TASS report nine documents on the jubilee medal" is not TASS's nine on financing)
        counts = [c for c in _subject_counts(matcher) if not worded or doc_holds(matcher, c.id, worded)]
        summaries_pool = [a for a in [*derived(matcher).by_kind.get("result", []), *counts] if not only or a.source in only]
        if set(r.words) & AREA_WORDS:  # "in what domains were documents signed": the summary naming them
            ranked = _ranked_holding(matcher, r, [*documents, *summaries_pool], subject)
        else:
            ranked = _ranked_holding(matcher, r, documents, subject) or _ranked_holding(
                matcher, r, summaries_pool, subject)
        if excluded:  # (a report's summary naming it among others stays)
            signed = {a.id for a in documents}
            left_out = {a.id for a in documents if doc_holds(matcher, a.id, excluded)}
            before, set_aside = ranked, left_out | _headings_over(matcher, left_out)
            ranked = [c for c in ranked if c.fact_id not in signed or c.fact_id not in set_aside]
            # (nor the list's heading the one left out stands under: "10." over "10.1")
            if before and not ranked:  # "which other financing documents besides the Afghan one": none named
                return _not_on_topic(matcher, r, [a for a in documents if a.id not in set_aside])
            counted = [int(n) for n in _COUNTED_DOCUMENTS_RE.findall(r.question)]
            if counted and len([c for c in ranked if c.fact_id in signed]) < max(counted):
                # "the other eight financing documents besides the Afghanistan one": no report lists them
                return _not_on_topic(matcher, r, documents)
        if ranked and _TITLE_ASKED_RE.search(r.asked or r.question) and _proposed_not_signed(matcher, ranked[0].fact_id, subject,
                                                                                    documents):
            return _not_on_topic(matcher, r, documents)  # "the document on the e-commerce platform": no document holds
            # e-commerce, a proposal does (not the technological platforms regulation for "platform" alone)
        summary_ids = {a.id for a in summaries_pool}
        if ranked and ranked[0].fact_id in summary_ids and (_unknown_subject(matcher, r) or _unknown_qualifiers(
                matcher, r) and keys_held(matcher, ranked[0].fact_id, subject_keys(matcher, r, known_only=True)) < 2):
            # "agreements in the sphere of health care", "the common currency agreement": a summary of the
            # domains signed that does not name the one asked is no answer to it (but one that holds more of
            # it is the closest: "the programme on gold mining sites" is TASS's on uranium mining sites)
            return _not_on_topic(matcher, r, documents)
        if ranked and len(subject) >= 2 and keys_held(matcher, ranked[0].fact_id, subject) < len(subject) \
                and {"@sign", "@adopt"} & r.keys and (_YES_NO_RE.search(" ".join(r.words)) or asks_yes_or_no(r)
                                                      or _WHICH_OCCASION_RE.search(" ".join(r.words))):
            found = retrieve(matcher, r)
            if found.answered and (found.score or 0) >= SURE and doc_holds(matcher, found.fact_id or "", subject) \
                    and _of_another_occasion(factbase, found.fact_id or ""):
                # "was the industrial cooperation concept adopted": no document of this meeting's holds more than
                # "cooperation"; the reports' words on it (adopted in June, in Sochi) say it was not this meeting's
                note = phrase(lang, "not_this_meetings")  # (a list's "these facts match equally well" left out)
                return with_changes(found, headline=note if found.items else f"{note} {found.headline}",
                                    intent="documents")
            # what the document is about, not what kind it is ("a concept of a unified energy system": unified, energy)
            core = [keys for keys in subject if not keys & _KIND_KEYS]
            proposed = [s.id for s in factbase.statements.values() if doc_holds(matcher, s.id, core)] \
                if len(core) >= 2 and not doc_holds(matcher, ranked[0].fact_id, core) else []
            if proposed:  # "was a concept of a unified energy system signed": no document is on a unified one; Aripov
                # proposed its conditions, which holds all of it
                return list_reply(factbase, lang, phrase(lang, "not_this_meetings"), proposed[:LIST_LENGTH],
                                  intent="documents", score=ranked[0].confidence)
        if ranked and asks_a_number(r):  # "the agreement of which year": the facts that give one
            giving = [c for c in ranked if not_what_is_asked(matcher, r, c.fact_id, c.confidence) is None]
            if not giving:
                return not_what_is_asked(matcher, r, ranked[0].fact_id, ranked[0].confidence) or retrieve(matcher, r)
            ranked = giving
        # (held only by the curators' topics, not the document's own words, is missing too: "anything on IT" is
        # the Astana Times' "the IT industry" first, then the technological platforms the curators tagged IT)
        missing = [keys for keys in subject if ranked and not _in_its_words(matcher, ranked[0].fact_id, keys)]
        summaries = [a.id for a in summaries_pool if a.id != (ranked[0].fact_id if ranked
                     else None) and any(doc_holds(matcher, a.id, [keys]) for keys in missing)
                     and not (asks_a_number(r) and not_what_is_asked(matcher, r, a.id, 0))]
        if ranked and summaries:
            # "a medal for the 80th anniversary": the anniversary plan holds no medal, a report's summary of
            # what was signed does; both are shown, the summary first
            return list_reply(factbase, lang, phrase(lang, "documents_on_topic"), [*summaries, ranked[0].fact_id],
                               intent="documents", score=ranked[0].confidence)
        if ranked:
            best = ranked[0]
            close = [c.fact_id for c in ranked if c.confidence >= best.confidence - matcher.margin]
            if set(r.words) & _DOCUMENTS_PLURAL and not _YES_NO_RE.search(" ".join(r.words)):
                # "which documents relate to the 80th anniversary": every one (not "was there among the documents")
                close += [c.fact_id for c in ranked if c.fact_id not in close and doc_holds(matcher, c.fact_id, subject)]
            if len(close) == 1:
                reply = with_changes(fact_reply(factbase, best.fact_id, lang, score=best.confidence), intent="documents")
                qualifiers = _unknown_qualifiers(matcher, r)
                if qualifiers:  # "the concept on the banking sector": the fuel and energy one, the banking said
                    note = phrase(lang, "document_not_on", words=" ".join(qualifiers))
                    reply = with_changes(reply, headline=f"{note} {reply.headline}")
                return reply
            return list_reply(factbase, lang, phrase(lang, "documents_on_topic"), close, intent="documents",
                               score=best.confidence)
        if "@document" not in r.keys:  # "when was the concept adopted?": not about this meeting's documents
            return _no_decision_said(matcher, r, retrieve(matcher, r))
        found = retrieve(matcher, r)  # "the services trade agreement": a statement about an earlier one
        if found.answered and (found.score or 0) >= SURE and len(subject) >= 2 \
                and doc_holds(matcher, found.fact_id or "", subject):
            if not {"@sign", "@adopt"} & r.keys or not _YES_NO_RE.search(" ".join(r.words)) \
                    or not _of_another_occasion(factbase, found.fact_id or ""):
                return _no_decision_said(matcher, r, found)
            # "was a free trade agreement signed": not here; what the reports say of one, said to be so
            return with_changes(found, headline=f"{phrase(lang, 'not_this_meetings')} {found.headline}")
        accounts = _accounts_of_adoption(matcher, r, subject)
        if accounts:  # "decisions in the cultural sphere": the agenda item that says what was adopted on it
            return with_changes(fact_reply(factbase, accounts[0].fact_id, lang, score=accounts[0].confidence),
                                intent="documents")
        return _not_on_topic(matcher, r, documents)
    publishers = sorted({factbase.sources[a.source].publisher for a in documents})
    ids = [a.id for a in documents]
    if only and len(publishers) == 1:
        # what the report says of the rest ("which documents does TASS name": the medal, and its documents by
        # subject, its nine on financing, its twenty-two)
        kinds = ("count",) if len(documents) >= LIST_LENGTH else ("result", "count")  # a short list: its summary too
        said = [a.id for kind in kinds for a in derived(matcher).by_kind.get(kind, []) if a.source in only]
        key = "documents_by_and_more" if said else "documents_by"
        headline = phrase(lang, key, count=len(documents), publisher=publishers[0])
        return list_reply(factbase, lang, headline, ids + said, intent="documents", score=reading_score(r))
    in_all = [a for a in derived(matcher).by_kind.get("count", []) if counts_documents(a) and a.count is not None]
    headline = phrase(lang, "documents", count=len(documents))
    if in_all:  # "docs signed # ?": the list's length is no count of the documents signed, which the reports give
        parts = "; ".join(f"{factbase.source_of(a).publisher}: {a.count}" for a in in_all)
        headline = phrase(lang, "documents_counted", count=len(documents), parts=parts)
    return list_reply(factbase, lang, headline, ids, intent="documents", score=reading_score(r))


def counts_documents(agreement: Agreement) -> bool:
    """True for a count of the documents signed in all (not of one kind of them, "nine on financing")."""
    counted = agreement.counts or ""
    return counted.startswith("document") or not counted


_WHO = frozenset("who whom кто кем kto".split())  # asked in so many words ("figure" is a word for a person too)
_SIGNING = frozenset("""sign signed signing signatory signatories signature signatures подписал подписала подписали
    подписан подписаны подписано подписывал подписывали подписантов подписанты подписи podpisal podpisali""".split())
# a report's own words on who signed: "signed by the participants", "участники подписали"
_SIGNED_BY_RE = re.compile(r"signed by the (?:participants|delegations|heads)|(?:участники|делегации|главы) "
                           r"(?:\w+ )?подписали|подписа\w* участниками", re.IGNORECASE)


_COUNTRY_NOUNS = frozenset("countries country states state nations страны страна государства государство стран "
                           "государств strany delegations delegation делегации делегация делегаций delegatsii".split())
_WHICH = frozenset("which what какие какая какое кто kakie".split())
_RATIFYING = frozenset("ratified ratify ratifies ratification ратифицировал ратифицировали ратифицировала".split())


def _which_of_the_signers(words: tuple[str, ...]) -> bool:
    """True when "which" asks the countries ("which countries", "какие страны СНГ"), not a thing signed that
    countries will use ("which anniversary will CIS countries celebrate under the plan signed")."""
    return any(w in _WHICH and any(n in _COUNTRY_NOUNS or n.startswith(_COUNTRY_STEMS) for n in words[i + 1: i + 3])
               for i, w in enumerate(words))


_COUNTRY_STEMS = ("countr", "contr", "coutr", "stat", "nation", "delegat", "стран", "государств", "делегац", "stran")


def _country_signs(matcher: Matcher, r: Reading) -> bool:
    """True for "did Azerbaijan sign ...", "подписала ли Беларусь ...": a country of the meeting as the signer."""
    words = list(r.words)
    members = delegated_countries(matcher)
    def member(word: str) -> bool:
        return any(k in members for t in matcher.analyze(word)[0] for k in t.keys)
    if len(words) > 2 and words[0] in ("did", "has", "have") and member(words[1]):
        return True
    return len(words) > 2 and words[0].startswith("подписал") and words[1] == "ли" and member(words[2])


# what follows a number that ranks rather than counts: "the 80-летию Победы", "80-й годовщине"
_ORDINAL_AFTER = ("лети", "летн", "й", "годовщин", "anniversar", "th")


def signers_of_one_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which countries signed the uranium programme": the reports list what was signed at the meeting,
    never which countries signed each document; the document is shown, and that said. None unless
    the signing countries of a document the question names are asked."""
    words = set(r.words)
    # "which countries" (typed "countrys" too), "кто подписал программу"; signed or ratified
    which = words & _WHICH and (words & _COUNTRY_NOUNS or "@country" in r.keys) and _which_of_the_signers(r.words)
    signing = words & (_SIGNING | _RATIFYING) or which and "@sign" in r.keys  # not "who designed the medal"
    did_country_sign = _country_signs(matcher, r)  # "did Azerbaijan sign X" (not "was the Afghanistan document signed")
    who = bool(words & _WHO) and not relative_who(r.words)  # (not "on troops who went missing")
    if not (which or who or did_country_sign) or not signing or r.people or sources_named(matcher, r) \
            or r.countries and not did_country_sign and any(delegation_heads(matcher, c) for c in r.countries):
        # (a country no delegation came from is the document's subject: "who signed the Afghanistan document")
        return None  # not "whom did TASS attribute its count of signed documents to": a report's source
    subject = subject_keys(matcher, r, known_only=True, outcome=False)
    ordinals = {w for w, after in zip(r.words, r.words[1:]) if w.isdigit() and after.startswith(_ORDINAL_AFTER)}
    if not [keys for keys in subject if not all(k.startswith("C:") and delegation_heads(matcher, k) for k in keys)] \
            or any(is_number(keys) and not any(is_year(k) for k in keys) and not keys & ordinals for keys in subject):
        return None  # "which countries signed the documents", "who reported that 20 were signed": no one document
    country_words = {t.word for t in matcher.analyze(r.question)[0] if any(k.startswith("C:") for k in t.keys)}
    asked_of = without_words(r.question, _COUNTRY_NOUNS | _WHICH | _WHO | _RATIFYING | country_words) or r.question
    listed = documents_reply(matcher, read(matcher, asked_of, r.language))  # "countries" is no word of the title
    ids = {listed.fact_id, *(i.fact_id for i in listed.items)}
    if not listed.answered or not ids <= {a.id for a in meeting_documents(matcher)}:
        return None
    said = phrase(r.language, "signers_not_named")
    return with_changes(listed, answered=False, headline=said if listed.items else f"{said} {listed.headline}")


_DID = frozenset("did has have ли li".split())
_WHAT = frozenset("что какие какой какое chto kakie".split())
_FOR_A_SIDE = frozenset("for behalf from от имени за ot".split())  # "signed for Kazakhstan", "от имени Казахстана"
_LED_WORDS = frozenset("""head heads headed led lead leading represented represent representing delegation глава главы
    возглавлял возглавляла представлял представляла представляли делегации делегацию делегация attended attend
    attending участвовал участвовала присутствовал присутствовала""".split())


def _signer_for(matcher: Matcher, r: Reading, *, for_a_side: bool = False) -> Reply | None:
    """"Кто подписал документы от имени Казахстана": no report names a signatory; who headed that
    delegation is offered, never given as the signer. None when more than the country is asked about."""
    subject = [keys for keys in subject_keys(matcher, r, known_only=True, outcome=False)
               if not any(k.startswith("C:") for k in keys) and not all(k.isdigit() for k in keys)]  # ("all 22")
    heads = delegation_heads(matcher, r.countries[0])
    if r.keys & {"@say", "@propose"} or unknown_names(matcher, r) or subject and (not for_a_side or any(
            f"P:{head.id}" in getattr(matcher.doc_by_id.get(e.id), "entities", {})
            for head in heads for e in matcher.factbase.entries() if e.id in matcher.doc_by_id
            and doc_holds(matcher, e.id, subject))):
        return None  # "who signed the services agreement for Russia": one document's, left to the other intents
        # unless no fact on it names anyone of that side's ("кто подписал от России документ о медали")
    if not heads:
        return abstain(matcher, r, "documents", phrase(r.language, "names_nobody"))
    # the reports say the participants signed, and who led that delegation: said, never given as the signer
    note = phrase(r.language, "signer_not_named", country=speaker_country(heads[0], r.language),
                  name=speaker_name(heads[0], r.language), role=speaker_role(heads[0], r.language))
    reply = abstain(matcher, r, "documents", note)
    return with_changes(reply, suggestions=tuple(Suggestion(h.id, fact_title(matcher.factbase, h.id, r.language))
                                                 for h in heads))


def _a_yes_or_no_question(r: Reading) -> bool:
    """A statement with a question mark ("Казахстан подписал документы?")."""
    return r.question.rstrip().endswith("?") and not WH_RE.search(" ".join(r.words))


_EVERY = frozenset("all every each все всех каждая каждой каждый каждого vse vsekh".split())


def _every_signer(matcher: Matcher, r: Reading) -> Reply:
    """Whether every delegation signed every document: no report says; what they say of who signed."""
    lang = r.language
    accounts = [a.id for a in derived(matcher).by_kind.get("result", []) if _SIGNED_BY_RE.search(a.quote)]
    if not accounts:
        return abstain(matcher, r, "documents", phrase(lang, "names_nobody"))
    listed = list_reply(matcher.factbase, lang, phrase(lang, "signed_by_participants"), accounts, intent="documents",
                        score=reading_score(r))
    return with_changes(listed, answered=False, headline=f"{phrase(lang, 'every_signer_not_said')} {listed.headline}")


# which of the states signed, asked as one or all: "signed by Kyrgyzstan only or all countries", "все ли страны подписали"
_BY_ONE_OR_ALL_RE = re.compile(r"\bsigned\s+by\s+\w+\s+(?:only|alone)\b|\bonly\s+or\s+(?:by\s+)?all\b|"
                               r"\bвсе\s+ли\s+(?:страны|государства|делегации)\b|\bтолько\s+\w+\s+или\s+все\b",
                               re.IGNORECASE)


_LISTS = frozenset("list lists listed listing перечислил перечислило перечисляет перечне перечень перечня".split())


# where a message asks a question of its own: a new sentence, or ", and how many ..." ("Who attended and how many
# documents were signed?")
_PARTS_RE = re.compile(r"(?<=[?!.])\s+|\s*,?\s+(?:and|и|а)\s+(?=(?:how|what|which|when|where|сколько|что|какие|какой|"
                       r"когда|где)\b)", re.IGNORECASE)


def who_signed_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """Who signed the documents ("who signed the documents", "кто подписал документы"): the reports name no
    signatory; a report's account saying the participants signed is shown as what they say, else the
    reply says they name no one. None unless a signing is asked with "who", with no person, country or
    subject ("who signed the services agreement" is one document, left to the other intents)."""
    if set(r.words) & _SIGNING and _BY_ONE_OR_ALL_RE.search(r.question) and not r.people:
        return _every_signer(matcher, r)  # "signed by Kyrgyzstan only or by all countries": no report says
    if not set(r.words) & _SIGNING or r.people or len(r.countries) > 1:
        return None
    if set(r.words) & OFFICIAL_WORDS and set(r.words) & _LISTS and sources_named(matcher, r):  # "what documents
        return None  # did the Kyrgyz government list as signed": its list, not whether Kyrgyzstan signed
    # "who" asked of the signing, in its sentence (not "Who attended? How many documents were signed?": who took part,
    # then a count; "Who was there from Tajikistan? Did Tajikistan sign?": whether it signed)
    signing = [s for s in _PARTS_RE.split(r.question) if set(tokenize(s)) & _SIGNING] or [r.question]
    who = any(set(tokenize(s)) & _WHO and not relative_who(tokenize(s)) for s in signing)  # (not "anything signed
    # on troops who went missing")
    signing_text = " ".join(signing)  # ("Which countries signed? Who had reservations?": "which countries", of the signing)
    which = not who and _which_of_the_signers(tuple(tokenize(signing_text))) \
        and not [w for w in matcher.analyze(signing_text)[1] if len(w) > 3]  # not "which country signed with reservations"
    if not who and not which:
        # "did the Azerbaijani delegation sign the documents": no report says who signed (but "which countries
        # signed the documents" asks who, as "who signed" does)
        # ("узбекская делегация подписала все документы?": the same question, without its "ли")
        # ("что подписала Армения", "Казахстан подписал документы?": asked without "did", of a country there)
        asked = set(r.words) & _DID or (set(r.words) & _WHAT or _a_yes_or_no_question(r)) and set(r.countries) <= delegated_countries(matcher)
        if asked and not r.countries and set(r.words) & _EVERY and set(r.words) & _COUNTRY_NOUNS:
            return _every_signer(matcher, r)  # "did all delegations sign all the documents": no report says
        counted = "@count" in r.keys and not (set(r.words) & _DID and set(r.words) & _EVERY)  # ("did Armenia sign
        # all 22 documents": whether it signed them, not how many it did)
        return _signer_for(matcher, r) if r.countries and asked and not counted else None
    if r.countries and set(r.words) & _FOR_A_SIDE and not set(r.words) & _LED_WORDS:
        return _signer_for(matcher, r, for_a_side=True)  # not "who represented Kazakhstan at the signing": its head
    if r.countries:
        return None
    if subject_keys(matcher, r, known_only=True, outcome=False) or unknown_names(matcher, r):
        return None  # "who signed the services agreement": one document, which another fact may name signatories of
    factbase, lang = matcher.factbase, r.language
    accounts = [a.id for a in derived(matcher).by_kind.get("result", []) if _SIGNED_BY_RE.search(a.quote)]
    if not accounts:
        return abstain(matcher, r, "documents", phrase(lang, "names_nobody"))
    return list_reply(factbase, lang, phrase(lang, "signed_by_participants"), accounts, intent="documents",
                      score=reading_score(r))


"""A question grammar: questions generated from the fact base itself, for every entity and intent.

    python bench/question_grammar.py            # print the generated questions

Hand-picked questions miss whole classes of failure (a speaker nobody thought
to ask about, a name two people share). This module walks the fact base and
writes, for every speaker, country, statement and document and every intent of
`bot.intents`, questions from templates in English and Russian, with generated
typos, Russian typed in Latin letters and Russian case forms, each with what a
correct reply is:

    fact      the reply shows this fact (as its answer, or among a list's items)
    any_of    the reply shows at least one of these facts
    facts     a list reply shows every one of these facts
    intent    the reply was read as this kind of question
    abstain   the reply must not answer with a fact

It is a test of the matcher, not tuning data: it is generated, so it covers
every entity the curators add, and nothing here is copied into the fact base
or the lexicon.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bot.facts import FactBase, Speaker  # noqa: E402
from bot.intents import DOCUMENT_KINDS, agreement_kind  # noqa: E402
from bot.lexicon import country_by_name  # noqa: E402
from bot.matcher import PARTICIPANTS_ID, SOURCES_ID  # noqa: E402
from bot.text import is_cyrillic, transliterate  # noqa: E402

__all__ = ["Case", "generate", "judge"]


@dataclass(frozen=True)
class Case:
    q: str
    lang: str
    fact: str | None = None
    facts: tuple[str, ...] = ()
    intent: str | None = None
    abstain: bool = False
    any_of: tuple[str, ...] = ()  # the reply shows at least one of these
    may_abstain: bool = False  # abstaining is right too
    says: str = ""  # the reply's text holds this (what no fact id shows: the agencies a report cites)
    tags: tuple[str, ...] = field(default=())


def typo(word: str) -> str:
    """Swap two letters in the middle of a word (Mishustin -> Mihsustin)."""
    if len(word) < 6:
        return word
    i = len(word) // 2
    return word[:i - 1] + word[i] + word[i - 1] + word[i + 1:]


def translit(text: str) -> str:
    return " ".join(transliterate(w.lower()) if is_cyrillic(w) else w for w in text.split())


def _surname(name: str) -> str:
    return name.split()[-1]


def generate(factbase: FactBase) -> list[Case]:
    """Every generated question with what a correct reply is."""
    cases: list[Case] = []
    add = cases.append
    statements_of: dict[str, list[str]] = {}
    for statement in factbase.statements.values():
        statements_of.setdefault(statement.speaker, []).append(statement.id)
    # words quoted from a report published long after the meeting, of someone who took no part
    meeting = factbase.meeting
    elsewhere = frozenset(s.id for s in factbase.statements.values() if meeting and (
        published := factbase.source_of(s).published) and (published - meeting.date).days > 30)
    for speaker in factbase.speakers.values():  # a time in the meeting is no topic
        own = statements_of.get(speaker.id, [])
        if len(own) > 1 and speaker.attended:
            surname, surname_ru = _surname(speaker.name), _surname(speaker.name_ru or speaker.name)
            for q, lang in ((f"What did {surname} say at the end of the meeting?", "en"),
                            (f"Что сказал {surname_ru} после заседания?", "ru")):
                add(Case(q, lang, facts=tuple(own), intent="say", tags=("say",)))
    for speaker in factbase.speakers.values():
        _speaker_cases(speaker, statements_of.get(speaker.id, []), add, elsewhere,
                       meeting.place.split(",")[-1].strip() if meeting else "")
    _about_cases(factbase, add)
    relayed: set[tuple[str, str]] = set()
    for statement in factbase.statements.values():  # Y's words as X relays them: X's statements naming Y
        speaker = factbase.speakers[statement.speaker]
        for other in factbase.speakers.values():
            if other.id != speaker.id and _surname(other.name) in statement.quote \
                    and (speaker.id, other.id) not in relayed:
                relayed.add((speaker.id, other.id))
                naming = tuple(s.id for s in factbase.statements.values() if s.speaker == speaker.id
                               and _surname(other.name) in s.quote)
                x, y = _surname(speaker.name), _surname(other.name)
                add(Case(f"{x} mentioned {y}: what did {y} say, according to {x}?", "en", any_of=naming,
                         intent="say", tags=("say",)))
                if re.search(r"heads of state", statement.quote, re.IGNORECASE):
                    # Y's words at another meeting, as X relayed them here: shown under a headline that
                    # names the other meeting, never refused as if no report spoke of it
                    y_ru = _surname(other.name_ru or other.name)
                    for q, lang in ((f"What did {y} say at the Heads of State meeting?", "en"),
                                    (f"Что {y_ru} сказал на заседании глав государств?", "ru")):
                        add(Case(q, lang, fact=statement.id, intent="other-event", tags=("relayed-event",)))
    for statement in factbase.statements.values():
        speaker = factbase.speakers[statement.speaker]
        en = [t for t in statement.topics if not is_cyrillic(t)][:2]
        ru = [t for t in statement.topics if is_cyrillic(t)][:1]
        for topic in en + ru:
            # any statement of this speaker on this topic is a right answer (two reports, one speech)
            same = tuple(s.id for s in factbase.statements.values()
                         if s.speaker == statement.speaker and topic in s.topics)
            name = _surname(speaker.name) if topic in en else _surname(speaker.name_ru or speaker.name)
            q = f"What did {name} say about {topic}?" if topic in en else f"Что сказал {name} про {topic}?"
            add(Case(q, "en" if topic in en else "ru", any_of=same, tags=("statement",)))
    documents = [a for a in factbase.agreements.values() if agreement_kind(a) in DOCUMENT_KINDS]
    for agreement in documents:
        en = [t for t in agreement.topics if not is_cyrillic(t)][:1]
        for topic in en:
            same = tuple(a.id for a in documents if topic in a.topics)
            add(Case(f"Was a document on {topic} signed?", "en", any_of=same, tags=("document",)))
            add(Case(f"Who designed the document on {topic}?", "en", abstain=True, tags=("maker",)))
    doc_ids = tuple(a.id for a in documents)
    for q, lang in (("Which documents were signed?", "en"), ("What was adopted?", "en"),
                    ("list of the documents signed", "en"), ("Какие документы подписали?", "ru"),
                    ("Что приняли?", "ru"), ("kakie dokumenty podpisali", "ru"), ("Wich documnets were signed?", "en")):
        add(Case(q, lang, facts=doc_ids, intent="documents", tags=("documents",)))
    # the counts of documents (`counts: documents`, or unset), as the count intent shows them; TASS's
    # "nine documents on financial support" (`counts: financing documents`) is not a total
    counts = tuple(a.id for a in factbase.agreements.values() if agreement_kind(a) == "count"
                   and str(getattr(a, "counts", "") or "documents").startswith("document"))
    numbers = sorted({str(a.count) for a in factbase.agreements.values() if a.id in counts and a.count})
    checks = ((f"Was it {' or '.join(numbers)} agreements?", "en"), (f"Сколько документов: {' или '.join(numbers)}?", "ru"),
              (f"Were {numbers[-1]} documents signed?", "en")) if numbers else ()
    if counts:
        for q, lang in (("How many documents were signed?", "en"), ("Сколько документов подписали?", "ru"),
                        ("number of agreements signed", "en"), ("skolko dokumentov podpisali", "ru"),
                        ("скока документов подписали", "ru"), *checks):
            add(Case(q, lang, facts=counts, intent="count", tags=("count",)))
    if counts:  # "how many" with "many" one slip away: dropped, doubled or swapped letters
        for slip in _slips("many"):
            add(Case(f"how {slip} documents were signed?", "en", facts=counts, intent="count", tags=("count-typo",)))
        add(Case(f"how {_slips('many')[0]} delegations", "en", fact=PARTICIPANTS_ID, intent="count",
                 tags=("count-typo",)))
    if counts:  # a time in the meeting is no subject; two numbers are the reports' disagreement
        for q, lang in (("How many documents were signed at the end of the meeting?", "en"),
                        ("Сколько документов подписали после заседания?", "ru")):
            add(Case(q, lang, facts=counts, intent="count", tags=("count",)))
        totals = [a for a in factbase.agreements.values() if a.id in counts and a.count]
        if len({a.count for a in totals}) > 1:
            first, second = totals[0], next(a for a in totals if a.count != totals[0].count)
            for q, lang in ((f"{factbase.source_of(first).publisher} says {first.count} documents, "
                             f"{factbase.source_of(second).publisher} {second.count}. Which is correct?", "en"),
                            (f"{first.count} или {second.count} документов подписали? Почему разные цифры?", "ru")):
                add(Case(q, lang, facts=counts, intent="count", tags=("count",)))
    _count_cases(factbase, documents, add)
    _per_report_cases(factbase, add)
    for speaker in factbase.speakers.values():  # where X's words come from: each report, and whom it cites
        own = statements_of.get(speaker.id, [])
        if own:
            add(Case(f"Which agency does the {_surname(speaker.name)} quote come from?", "en", any_of=tuple(own),
                     intent="attribution", tags=("attribution",)))
    for source in factbase.sources.values():
        theirs = tuple(e.id for e in factbase.entries() if e.source == source.id)
        if source.via and len(source.publisher.split()) == 1 and theirs:
            for q, lang, via in ((f"Whom does {source.publisher} cite?", "en", source.via),
                                 (f"На кого ссылается {source.publisher}?", "ru", source.via_ru or source.via)):
                add(Case(q, lang, fact=SOURCES_ID, says=via, intent="attribution", tags=("attribution",)))
    _list_place_cases(factbase, add)
    _appearance_cases(factbase, documents, add)
    for q, lang in (("How many delegations?", "en"), ("how many countries took part", "en"),
                    ("Сколько делегаций?", "ru"), ("Сколько стран участвовало?", "ru")):
        add(Case(q, lang, fact=PARTICIPANTS_ID, intent="count", tags=("count",)))
    place = factbase.meeting.place.split(",")[0] if factbase.meeting else "Bishkek"
    for q, lang in ((f"List all delegations at the {place} meeting", "en"), (f"all the delegations in {place}", "en"),
                    (f"Who attended the meeting in {factbase.meeting.place if factbase.meeting else place}?", "en"),
                    ("Перечислите все делегации", "ru")):
        add(Case(q, lang, fact=PARTICIPANTS_ID, tags=("participants",)))
    for q, lang in (("Who attended?", "en"), ("Which countries took part?", "en"), ("list of participants", "en"),
                    ("Кто участвовал в заседании?", "ru"), ("kto uchastvoval", "ru")):
        add(Case(q, lang, fact=PARTICIPANTS_ID, tags=("participants",)))
    agenda = tuple(a.id for a in factbase.agreements.values() if agreement_kind(a) == "agenda")
    for topic in sorted({t for a in factbase.agreements.values() if agreement_kind(a) == "agenda"
                         for t in a.topics if not is_cyrillic(t) and " " not in t})[:2]:
        add(Case(f"Apart from {topic}, what else was on the agenda?", "en", facts=agenda, intent="overview",
                 tags=("agenda",)))
    for q in ("Что обсуждали?", "Какие темы обсуждали?", "Что было на повестке?"):  # typed in Latin letters
        add(Case(translit(q).rstrip("?"), "ru", facts=agenda, intent="overview", tags=("agenda",)))
    for q, lang in (("What topics were covered?", "en"), ("What was on the table at the meeting?", "en"),
                    ("Which issues featured on the agenda?", "en"), ("Какие темы стояли на повестке?", "ru"),
                    ("Что входило в повестку дня?", "ru")):
        add(Case(q, lang, facts=agenda, intent="overview", tags=("agenda",)))
    meeting_place = factbase.meeting.place.split(",")[0] if factbase.meeting else "Bishkek"
    origin = tuple(a.id for a in factbase.agreements.values() if agreement_kind(a) == "background"
                   and any(t.startswith(("venue", "why")) for t in a.topics))
    if origin:  # how the meeting came about: the background facts, not the documents
        for q, lang in ((f"Why {meeting_place}?", "en"), (f"Why was the meeting held in {meeting_place}?", "en"),
                        (f"Who decided to hold the meeting in {meeting_place}?", "en"),
                        (f"Who proposed holding the meeting in {meeting_place}?", "en"),
                        ("Почему заседание провели именно там?", "ru")):
            add(Case(q, lang, any_of=origin, tags=("origin",)))
    year = str(factbase.meeting.date.year) if factbase.meeting else "2023"
    for q, lang in ((f"What did they decide in {meeting_place}?", "en"), ("Что решили на заседании?", "ru"),
                    (f"What did they sign in {year}?", "en")):
        add(Case(q, lang, facts=doc_ids, intent="documents", tags=("documents",)))
    year_of = tuple(a.id for a in factbase.agreements.values() if "Year of" in a.title)
    for year in sorted({y for a in factbase.agreements.values() if a.id in year_of for y in a.title.split()
                        if y.isdigit() and len(y) == 4}):
        for q, lang in ((f"Which year was declared for {year}?", "en"), (f"Какой год объявлен на {year}?", "ru")):
            add(Case(q, lang, any_of=year_of, tags=("documents",)))
    if factbase.meeting:  # a wish for what matters is the summary, never the fact holding "new" or "important"
        for q, lang in (("what's new?", "en"), ("main takeaways", "en"), ("Что главное?", "ru")):
            add(Case(q, lang, fact=factbase.meeting.id, intent="overview", tags=("summary",)))
    _event_cases(add)
    for q, lang in (("When was the CIS founded?", "en"), ("Where is the Year of the Volunteer launched?", "en")):
        add(Case(q, lang, abstain=True, tags=("when-where",)))  # no fact names that time or place
    for word in ("gas", "tax", "oil"):  # a subject of three letters no document holds
        if not any(word in a.title.lower().split() for a in documents):
            add(Case(f"Was a document on {word} signed?", "en", abstain=True, tags=("document",)))
    for q, lang in (("hi", "en"), ("Hello!", "en"), ("thanks", "en"), ("thank you very much", "en"),
                    ("Привет", "ru"), ("Спасибо!", "ru"), ("help", "en"), ("what can you do?", "en"),
                    ("что ты умеешь?", "ru"), ("privet", "ru")):
        add(Case(q, lang, intent="smalltalk", abstain=True, tags=("smalltalk",)))
    for q, lang in (("Which countries are members of the CIS?", "en"), ("Какие страны входят в СНГ?", "ru")):
        add(Case(q, lang, intent="membership", abstain=True, tags=("membership",)))
    return cases


def _speaker_cases(speaker: Speaker, own: list[str], add,  # type: ignore[no-untyped-def]
                   elsewhere: frozenset[str] = frozenset(), meeting_country: str = "") -> None:
    surname = _surname(speaker.name)
    surname_ru = _surname(speaker.name_ru) if speaker.name_ru else None
    # nobody else's words: X's statements, or "the reports quote nothing X said" (with what others
    # relayed of X, under X's own entry), never a statement presented as X's
    said = dict(facts=tuple(own), intent="say") if own else dict(fact=speaker.id, intent="say", may_abstain=True)
    add(Case(f"What did {speaker.name} say?", "en", tags=("say",), **said))  # type: ignore[arg-type]
    add(Case(f"What did {surname} say?", "en", tags=("say",), **said))  # type: ignore[arg-type]
    add(Case(f"What did {typo(surname)} say?", "en", tags=("say", "typo"), **said))  # type: ignore[arg-type]
    add(Case(f"{surname}'s position", "en", tags=("say",), **said))  # type: ignore[arg-type]
    if surname_ru:
        add(Case(f"Что сказал {surname_ru}?", "ru", tags=("say",), **said))  # type: ignore[arg-type]
        add(Case(translit(f"что сказал {surname_ru}"), "ru", tags=("say", "translit"), **said))  # type: ignore[arg-type]
    add(Case(f"Was {surname} at the meeting?", "en", fact=speaker.id, intent="attend", tags=("attend",)))
    add(Case(f"Did {speaker.name} attend?", "en", fact=speaker.id, intent="attend", tags=("attend",)))
    add(Case(f"Was {surname} there?", "en", fact=speaker.id, intent="attend", tags=("attend",)))
    add(Case(f"Was {surname} at this one?", "en", fact=speaker.id, intent="attend", tags=("attend",)))
    if surname_ru:
        add(Case(f"Был ли {surname_ru} на заседании?", "ru", fact=speaker.id, intent="attend", tags=("attend",)))
    add(Case(f"Who is {surname}?", "en", fact=speaker.id, tags=("who",)))
    if own and not speaker.attended and all(s in elsewhere for s in own):
        add(Case(f"What did {surname} say at the meeting in Bishkek?", "en", abstain=True, tags=("say", "elsewhere")))
        if surname_ru:
            add(Case(f"Что сказал {surname_ru} на заседании в Бишкеке?", "ru", abstain=True,
                     tags=("say", "elsewhere")))
    country = country_by_name(speaker.country)
    if not speaker.attended or country is None:
        return
    for q, lang in ((f"Who represented {country.en}?", "en"), (f"who represnted {country.en.lower()}", "en"),
                    (f"{country.en} delegation", "en"), (f"Кто представлял {country.ru}?", "ru"),
                    (f"Кто был от {country.ru_genitive}?", "ru"), (f"делегация {country.ru_genitive}", "ru"),
                    (translit(f"kto predstavlyal {country.ru.lower()}"), "ru")):
        add(Case(q, lang, fact=speaker.id, tags=("delegation",)))
    add(Case(f"Was Smith there from {country.en}?", "en", fact=speaker.id, intent="attend", tags=("attend", "stranger")))
    # money no report gives: never the delegation's entry
    add(Case(f"How much did {country.en} spend on the meeting?", "en", abstain=True, tags=("figure",)))
    add(Case(f"Сколько потратил {country.ru} на заседание?", "ru", abstain=True, tags=("figure",)))
    if meeting_country == speaker.country:  # "the host": this meeting's host country
        add(Case("Who represented the host country?", "en", fact=speaker.id, tags=("delegation", "host")))
    role = "the prime minister of" if "prime minister" in speaker.role.lower() else "the head of the delegation of"
    add(Case(f"What did {role} {country.en} say?", "en", tags=("say", "role"), **said))  # type: ignore[arg-type]


def _about_cases(factbase: FactBase, add) -> None:  # type: ignore[no-untyped-def]
    """What X said about another person (the statements of X naming them) or about a country no
    statement of X names (nothing: X's statements are pointers, never an answer)."""
    countries = [c for c in (country_by_name(s.country) for s in factbase.speakers.values() if s.attended) if c]
    for speaker in factbase.speakers.values():
        own = [s for s in factbase.statements.values() if s.speaker == speaker.id]
        if not own:
            continue
        surname = _surname(speaker.name)
        for other in factbase.speakers.values():
            naming = tuple(s.id for s in own if _surname(other.name) in s.quote)
            if other.id != speaker.id and naming:
                add(Case(f"What did {surname} say about {_surname(other.name)}?", "en", any_of=naming,
                         intent="say", tags=("say", "about")))
        silent = [c for c in countries if c.en != speaker.country
                  and not any(form in s.quote.lower() for s in own for form in c.forms)]
        if silent:
            add(Case(f"What did {surname} say about {silent[0].en}?", "en", abstain=True, tags=("say", "about")))


def _count_cases(factbase: FactBase, documents: list, add) -> None:  # type: ignore[no-untyped-def]
    """A number asked is a count the reports give, or an abstention: never one document, never a
    person; "who reported N documents" names the report (the attribution intent)."""
    counts = [a for a in factbase.agreements.values() if agreement_kind(a) == "count"]
    for agreement in documents:
        for topic in [t for t in agreement.topics if not is_cyrillic(t) and t != "document"][:1]:
            counted = tuple(a.id for a in counts if topic in a.topics)
            case = dict(facts=counted, intent="count") if counted else dict(abstain=True)
            add(Case(f"How many of the documents signed concern {topic}?", "en", tags=("count-subject",),
                     **case))  # type: ignore[arg-type]
    for agreement in counts:
        if agreement.count is None or not str(agreement.counts or "documents").startswith("document"):
            continue
        same = tuple(a.id for a in counts if a.count == agreement.count)
        for q, lang in ((f"Who reported that {agreement.count} documents were signed?", "en"),
                        (f"Кто сообщил о {agreement.count} подписанных документах?", "ru"),
                        (f"Which outlet reported {agreement.count} documents?", "en"),
                        (f"Откуда данные о {agreement.count} документах?", "ru")):
            add(Case(q, lang, any_of=same, intent="attribution", tags=("attribution",)))
    for agreement in documents:  # who signed is not in the reports: a number of countries is no count of documents
        for topic in [t for t in agreement.topics if not is_cyrillic(t) and t != "document"][:1]:
            add(Case(f"How many countries signed the document on {topic}?", "en", abstain=True,
                     tags=("count-people",)))
    # "how many deputy prime ministers": those the titles call deputies; "how many prime ministers": the others
    heads = [s for s in factbase.speakers.values() if s.attended]
    deputies = tuple(s.id for s in heads if re.search(r"\b(deputy|vice)\b", s.role, re.IGNORECASE))
    premiers = tuple(s.id for s in heads if s.id not in deputies)
    for q, lang, who in (("How many deputy prime ministers attended?", "en", deputies),
                         ("Сколько премьер-министров участвовало?", "ru", premiers)):
        add(Case(q, lang, facts=who, intent="count", tags=("count",)) if deputies and premiers else
            Case(q, lang, fact=PARTICIPANTS_ID, tags=("count",)))
    for q, lang in (("Who spoke first?", "en"), ("Кто выступил первым?", "ru"), ("Which report came out first?", "en")):
        add(Case(q, lang, abstain=True, tags=("order",)))
    for speaker in factbase.speakers.values():
        country = country_by_name(speaker.country)
        if not speaker.attended or country is None:
            continue
        for q, lang in ((f"How many people were in the {country.en} delegation?", "en"),
                        (f"Сколько человек было в делегации {country.ru_genitive}?", "ru")):
            add(Case(q, lang, abstain=True, tags=("count-people",)))


def _slips(word: str) -> list[str]:
    """The word with one letter left out, one doubled, and two neighbours swapped."""
    middle = len(word) // 2
    return [word[:middle] + word[middle + 1:], word[:middle] + word[middle] + word[middle:],
            word[:middle - 1] + word[middle] + word[middle - 1] + word[middle + 1:]]


_ORDINALS = (("first", "первый"), ("second", "второй"), ("third", "третий"), ("fourth", "четвёртый"),
             ("fifth", "пятый"), ("sixth", "шестой"), ("seventh", "седьмой"), ("eighth", "восьмой"),
             ("ninth", "девятый"), ("tenth", "десятый"))


def _list_place_cases(factbase: FactBase, add) -> None:  # type: ignore[no-untyped-def]
    """"The third document on the list": the document at that place on the report that lists them one
    by one (its documents in the fact base's order, which tests/test_intents_classes.py checks against
    the report's text, up to the tenth); a report that lists none, and a place beyond the list, abstain."""
    by_source: dict[str, list[str]] = {}
    for agreement in factbase.agreements.values():
        if agreement_kind(agreement) == "document":
            by_source.setdefault(agreement.source, []).append(agreement.id)
    lists = {s: ids for s, ids in by_source.items() if len(ids) >= 3}
    if len(lists) != 1:
        return
    [(source, listed)] = lists.items()
    for place, (en, ru) in enumerate(_ORDINALS[:len(listed)], 1):
        add(Case(f"What is the {en} document on the list?", "en", fact=listed[place - 1], intent="documents",
                 tags=("list-place",)))
        add(Case(f"Какой документ {ru} в списке?", "ru", fact=listed[place - 1], intent="documents",
                 tags=("list-place",)))
    if len(listed) < len(_ORDINALS):  # a place beyond the list
        add(Case(f"What is the {_ORDINALS[-1][0]} item on the list of documents?", "en", abstain=True,
                 tags=("list-place",)))
    others = [s for s in factbase.sources.values() if s.id not in lists and len(s.publisher.split()) == 1]
    for other in others[:2]:  # a one-word publisher ("TASS") names the report plainly
        add(Case(f"What is the second document on {other.publisher}'s list?", "en", abstain=True,
                 tags=("list-place",)))


def _per_report_cases(factbase: FactBase, add) -> None:  # type: ignore[no-untyped-def]
    """A report named as the authority ("according to X", "по данным X") is a filter: the documents
    "according to" the report that lists them are its list."""
    by_source: dict[str, list[str]] = {}
    for agreement in factbase.agreements.values():
        if agreement_kind(agreement) == "document":
            by_source.setdefault(agreement.source, []).append(agreement.id)
    for source, listed in by_source.items():
        if len(listed) < 3:
            continue
        publisher = factbase.sources[source].publisher
        for q, lang in ((f"Which documents were signed, according to {publisher}?", "en"),
                        (f"Какие документы подписаны по данным {publisher}?", "ru")):
            add(Case(q, lang, facts=tuple(listed), intent="documents", tags=("per-report",)))


def _appearance_cases(factbase: FactBase, documents: list, add) -> None:  # type: ignore[no-untyped-def]
    """What a thing looks like: the reports name documents and things, and describe none."""
    for agreement in documents:
        for topic in [t for t in agreement.topics if not is_cyrillic(t) and t != "document"][:1]:
            add(Case(f"What does the document on {topic} look like?", "en", abstain=True, tags=("appearance",)))
        for topic in [t for t in agreement.topics if is_cyrillic(t) and t != "документ"][:1]:
            add(Case(f"Как выглядит {topic}?", "ru", abstain=True, tags=("appearance",)))


def _event_cases(add) -> None:  # type: ignore[no-untyped-def]
    for q, lang in (
        ("What did the SCO heads of government decide in Bishkek?", "en"),
        ("What was decided at the CIS Heads of State summit?", "en"),
        ("What did Putin say at the Heads of State meeting?", "en"),
        ("What was signed in Ashgabat?", "en"),
        ("What did Mishustin say in Astana in 2022?", "en"),
        ("results of the 2019 meeting", "en"),
        ("What happened at the EAEU summit?", "en"),
        ("Что решили на заседании ШОС?", "ru"),
        ("Итоги саммита глав государств СНГ", "ru"),
        ("Что подписали в Ашхабаде?", "ru"),
        ("What happened on 13 October?", "en"),
        ("Did the next meeting in Ashgabat take place in May 2024?", "en"),
        ("Was the forum in Tashkent held in April 2024?", "en"),
        ("Состоялось ли заседание в Ашхабаде в мае 2024 года?", "ru"),
        ("chto reshili v ashkhabade", "ru"),
        ("When did the EAEU meet?", "en"),
        ("Who took part in the Ashgabat meeting?", "en"),
        ("Which delegations will come to the next meeting?", "en"),
        ("Кто участвовал в заседании в Ашхабаде?", "ru"),
        ("Where will the heads of government meet in autumn 2024?", "en"),
        ("What was signed in September 2024?", "en"),
        ("Где пройдёт заседание летом 2024 года?", "ru"),
        ("chto reshili v ashhabade", "ru"),  # "h" for "х", as many type it
        ("Who will chair the next meeting?", "en"),
        ("Кто выступит на следующем заседании?", "ru"),
    ):
        add(Case(q, lang, intent="other-event", abstain=True, tags=("other-event",)))
    for q, lang in (("Who represented Moldova?", "en"), ("What did Ukraine say?", "en"),
                    ("Кто представлял Грузию?", "ru")):
        add(Case(q, lang, abstain=True, tags=("unknown-entity",)))


def judge(case: Case, result: dict) -> str:
    """"right", "wrong" (a fact it should not have answered with) or "missed" (abstained)."""
    shown = {result.get("fact_id")} | {i["fact_id"] for i in result.get("items", [])}
    if case.intent and result.get("intent") != case.intent:
        if result["answered"] and not case.abstain and not _shows(case, shown, result.get("text", "")):
            return "wrong"
        if result["answered"] and case.abstain:
            return "wrong"
        if not result["answered"] and not case.abstain:
            return "missed"
    if case.abstain:
        return "wrong" if result["answered"] else "right"
    if not result["answered"]:
        return "right" if case.may_abstain else "missed"
    return "right" if _shows(case, shown, result.get("text", "")) else "wrong"


def _shows(case: Case, shown: set, text: str = "") -> bool:  # type: ignore[type-arg]
    if case.says and case.says not in text:
        return False
    if case.any_of and not set(case.any_of) & shown:
        return False
    if case.fact and case.fact not in shown:
        return False
    return set(case.facts) <= shown


if __name__ == "__main__":
    from bot.loader import load_factbase

    for case in generate(load_factbase(ROOT / "knowledge")):
        print(f"{case.lang}  {case.q}  -> {case.fact or case.facts or ''} {case.intent or ''}"
              f"{' abstain' if case.abstain else ''}")

"""Follow-ups: a question read against the last answer of a conversation (`Context`).

"and Belarus?" after "who represented Armenia?" swaps the entity; "what did he say?" names the
person answered about; "and 20?" swaps a number; "what else?" lists what was not yet shown (a
person's further statements, or retrieval's next candidates).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.facts import FactBase, Speaker, Statement
from bot.intents.people import say_reply, statements_of
from bot.intents.reading import Context, Reading, read, sources_named
from bot.intents.replying import hints, list_reply
from bot.intents.texts import phrase
from bot.intents.vocabulary import MORE_WORDS, PRONOUNS
from bot.matcher import Matcher
from bot.replies import Reply, speaker_name
from bot.text import tokenize

__all__ = ["asks_for_more", "context_after", "expand_follow_up", "more_reply"]

_ACRONYM_RE = re.compile(r"\b(?:IT|US)\b")  # acronyms spelt as pronouns are ("IT", "US")
_FOLLOW_OPENERS = frozenset("and what about how а и ну как насчёт насчет a i".split())


def expand_follow_up(matcher: Matcher, question: str, context: Context | None) -> str:
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
    if not entities and context.people and _pronouns(question):
        speaker = matcher.factbase.speakers.get(context.people[0])
        if speaker is not None:
            return f"{question} {speaker.name.split()[-1]}"
    if not entities and not context.people and _CITES_RE.search(question) and set(words) & _IT_WORDS:
        # "Where did TASS get the 22 from?" then "Which body does it cite?": the report asked of before
        named = sources_named(matcher, read(matcher, context.question))
        publishers = {matcher.factbase.sources[s].publisher for s in named}
        if len(publishers) == 1 and not sources_named(matcher, read(matcher, question)):
            return f"{question} {publishers.pop()}"
    return question


_IT_WORDS = frozenset("it its they them он она оно они его её ее их".split())  # (a report's pronouns)
# whom a report credits, asked with a pronoun for it ("which body does it cite", "на кого он ссылается")
_CITES_RE = re.compile(r"\b(?:cite|cites|cited|citing|credit|credits|credited|ссылает\w*|ссылал\w*|сослал\w*)\b",
                       re.IGNORECASE)


def _pronouns(question: str) -> set[str]:
    """The pronouns of a question: not "IT" or "US" (acronyms), nor English "on" ("documents on the IT
    industry"), which is Russian "он" typed in Latin letters only in a question with no English in it."""
    words = set(tokenize(_ACRONYM_RE.sub(" ", question)))
    found = words & PRONOUNS
    return found - {"on"} if words & _ENGLISH else found


_ENGLISH = frozenset("the a an of did does do what was were is are any which who when where how whether".split())


def asks_for_more(reading: Reading) -> bool:
    """"what else?", "anything more?", "что ещё?": nothing named, only a wish for more."""
    return (bool(set(reading.words) & MORE_WORDS) and not reading.topic and not reading.countries
            and not reading.ambiguous)


def more_reply(matcher: Matcher, reading: Reading, context: Context) -> tuple[Reply, Context] | None:
    factbase = matcher.factbase
    lang = reading.language if reading.language in ("en", "ru") else context.language
    people = reading.people or context.people
    if people:
        person = people[0]
        own = statements_of(matcher, person)
        ids = [s.id for s in own if s.id not in context.shown]
        speaker = factbase.speakers[person]
        if not own:
            reply = say_reply(matcher, replace(reading, people=(person,), topic=False), person)
        elif not ids:
            reply = Reply(lang, False, phrase(lang, "no_more", name=speaker_name(speaker, lang)),
                          intent="say", notes=hints(factbase, lang))
        else:
            reply = list_reply(factbase, lang, phrase(lang, "more_said", name=speaker_name(speaker, lang)),
                                ids, intent="say", fact_id=person, score=100)
        return reply, replace(context, shown=context.shown | set(ids), people=(person,))
    result = matcher.match(context.question, context.language)
    ids = [c.fact_id for c in (result.best, *result.alternatives) if c and c.fact_id not in context.shown]
    if not ids:
        return None
    reply = list_reply(factbase, lang, phrase(lang, "also_close"), ids[:3], intent="retrieval", fact_id=ids[0])
    return reply, replace(context, shown=context.shown | set(ids[:3]))


def context_after(factbase: FactBase, reading: Reading, reply: Reply) -> Context:
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

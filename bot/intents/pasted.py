"""Words pasted in quotation marks and asked after: "'It is important to find connection points ...'
— who said it, where and when?", "«Предлагаем разработать комплекс ...» — кто это сказал?", "'...' —
was that Aripov?".

Read as a question, the pasted words outweigh the asking ones: "when" and "where" find no day or
place in them and the bot abstains, and a name put to them pulls that person's facts instead. So
the words in quotation marks are looked up on their own: of the facts the matcher ranks closest to
them, those whose own quote or title holds them nearly letter for letter (rapidfuzz `partial_ratio` >= 95 on
normalised text), or holds every word of them but the small ones (words left out between), are
theirs. The reply is those facts, each giving who said it, the report, its date and the link;
headed, when the question puts the words to someone else (a name outside the quotation marks), by
whose the reports give them as; when it asks where and when, by the meeting's place and day, if
they are someone's words said there. A question that asks which report carries them is left to the
attribution rules, which name the report and whom it cites.

Words no fact holds so closely, asked as someone's words ("did Mishustin say '...'"), are said to be
in no report as written, the closest facts offered, when those facts are in the pasted words'
alphabet (a Russian rendering of an English quote is the usual rules' to find); asked otherwise,
they are left to the usual rules.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from bot.intents.attribution import asks_the_source
from bot.intents.events import other_event
from bot.intents.quotekind import exact_words_reply
from bot.intents.reading import (
    PASTED_LEAST_WORDS,
    Reading,
    derived,
    entry_texts,
    holds_pasted,
    pasted_words,
    quoted_spans,
    read,
    reading_score,
)
from bot.intents.replying import abstain, list_reply, publishers_of, with_changes
from bot.intents.retrieval import unknown_capitalised
from bot.intents.texts import phrase
from bot.lexicon import STOPWORDS
from bot.matcher import SOURCES_ID, Matcher
from bot.replies import Reply, Suggestion, fact_reply, fact_title, format_date, source_line, speaker_name
from bot.text import is_cyrillic, normalise, tokenize

__all__ = ["pasted_words_reply", "phrase_owner_reply", "unheld_words_reply"]

_LABELS = frozenset("""headline title quote claim check verify fact заголовок загаловок цитата утверждение проверка
    проверьте проверь draft line match identify черновик fill complete blank вставьте заполните viral post tweet
    пост real fake invented genuine true false authentic правда фейк выдумка""".split())  # (and a quiz's task: "Match the
# quote ..."; and a claim's doubt: "Real or invented?")
_CLOSEST = 5  # the facts ranked closest to the pasted words that are read for them


def pasted_words_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The facts whose quotes hold the words pasted in the question, headed by whose they are when
    the question puts them to someone else; None when nothing is pasted or no fact holds it."""
    pasted = pasted_words(r.question)
    if pasted is None or other_event(matcher, r):
        return None  # (not "did Mishustin say '...' at the 2022 Astana meeting": the event rules say what they cover)
    factbase = matcher.factbase
    closest = matcher.rank(pasted)[:_CLOSEST]
    found = [c.fact_id for c in closest
             if (entry := factbase.entry(c.fact_id)) is not None and getattr(entry, "quote", None)
             and any(holds_pasted(text, pasted) for text in entry_texts(entry))]  # (the title too: "Russia remains ...")
    if not found:
        return _held_by_none(matcher, r, pasted, [c.fact_id for c in closest[:2]])
    lang = r.language
    asking = read(matcher, r.question.replace(pasted, " "), lang)  # the question's own words, around the paste
    score = reading_score(r)
    reply = fact_reply(factbase, found[0], lang, score=score) if len(found) == 1 else \
        list_reply(factbase, lang, phrase(lang, "pasted_found"), found, intent="retrieval", score=score)
    speakers = {s.speaker for i in found if (s := factbase.statements.get(i)) is not None}
    if asks_the_source(asking) and set(asking.people) <= speakers:
        return None  # "'...' — which report has it, via whom?": the attribution rules name the report and its source
    put_to = [speaker_name(factbase.speakers[p], lang) for p in asking.people if p not in speakers] \
        or [n for n in unknown_capitalised(matcher, asking)  # "was that Lukashenko?", whom no report names (not
            if n.lower().strip(":") not in _LABELS and not asking.people]  # "Заголовок: «...»", the label of what is
    # pasted; nor a capital beside the speaker named: "Прошу проверить цитату ... Произнес ли ее Мишустин?")
    if put_to and speakers:  # "'...' — was that Aripov?": no, Smailov's
        other = ", ".join(speaker_name(factbase.speakers[s], lang) for s in sorted(speakers))
        note = phrase(lang, "pasted_by_other", other=other, name=put_to[0])
        reply = with_changes(reply, headline=f"{note} {reply.headline}".strip())
    elif {"@when", "@where"} & asking.keys:  # "who said it, where and when": at this meeting, if so
        reply = with_changes(reply, headline=f"{_where_and_when(matcher, found, lang)} {reply.headline}".strip())
    return with_changes(reply, intent="retrieval")


def _where_and_when(matcher: Matcher, found: list[str], lang: str) -> str:
    """"Said at the meeting in Bishkek, Kyrgyzstan, on 26 October 2023.", when every fact found is
    someone's words at this meeting; "" when any was said elsewhere or is no one's words (a report's)."""
    factbase = matcher.factbase
    meeting = factbase.meeting
    if meeting is None or not all(i in factbase.statements and i not in derived(matcher).elsewhere_ids
                                  for i in found):
        return ""
    place = (meeting.place_ru or meeting.place) if lang == "ru" else meeting.place
    return phrase(lang, "pasted_said_here", place=place, date=format_date(meeting.date, lang))


# whose words the pasted ones are asked to be ("who said", "did Mishustin say that", "чьи это слова")
_WHOSE_RE = re.compile(r"\b(?:who said|who says|who is quoted|whose words|whose quote|did \w+(?: \w+)? (?:say|said)|"
                       r"say that|said that|is (?:this|that|it) a (?:real |genuine |direct )?quote|кто (?:это )?сказал|"
                       r"кто (?:это )?говорил|чьи (?:это )?слова|чья (?:это )?цитата|сказал ли|говорил ли|"
                       r"это слова|kto skazal|chi slova|"
                       # where the words were published: "which outlet reported that quote", "где это опубликовано"
                       r"which (?:outlet|report|agency|paper|newspaper|site|source)s? (?:reported|published|ran|carried|"
                       r"printed|has|had) (?:it|that quote|this quote|the quote|these words|the words|that statement)|"
                       r"where (?:was|were|is|are|did) (?:it|this|that|they|these|those|the quote|the words)\s*"
                       r"(?:published|reported|printed|appear)|"
                       r"где (?:это |эти слова |эта цитата )?(?:опубликован\w*|напечатан\w*|было|прозвучал\w*)|"
                       r"какое (?:издание|агентство|сми)|кто (?:это )?(?:сообщил|опубликовал|написал))\b", re.IGNORECASE)


_NEAR_SHARE = 0.5  # of the pasted words (stop words aside) a quote must hold to be shown as their nearer version


def unheld_words_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """'Lebedev called it "the most productive session in CIS history" - which agency reported that line?': no
    report has the words put in one person's mouth, nor any near them, so no report or agency carried them: said
    so, unanswered, with that person's words offered. None unless one person is named, words are pasted in the
    alphabet of all that person's quotes (a translation is the usual rules' to find), and no fact holds them."""
    pasted = pasted_words(r.question) or _short_paste(r.question)  # (or three words or four: "is stronger than ever")
    if pasted is None or len(r.people) != 1:
        return None
    factbase = matcher.factbase
    own = derived(matcher).statements_by_speaker.get(r.people[0], [])  # (in the fact base's order: the same offer
    # on every run)
    if not own or any(is_cyrillic(s.quote) != is_cyrillic(pasted) for s in own):
        return None
    if any(holds_pasted(text, pasted) for e in factbase.entries() for text in entry_texts(e)) \
            or any(_near(pasted, s.quote) for s in own):
        return None
    reply = abstain(matcher, r, "attribution", phrase(r.language, "pasted_none_near"), score=reading_score(r))
    return with_changes(reply, suggestions=tuple(Suggestion(s.id, fact_title(factbase, s.id, r.language))
                                                 for s in own[:3]))


def _short_paste(question: str) -> str | None:
    """The one span in quotation marks of three or four words, or None."""
    spans = quoted_spans(question)
    spans = [s for s in spans if _SHORT_PASTE <= len(tokenize(s)) < PASTED_LEAST_WORDS]
    return spans[0] if len(spans) == 1 else None


_SHORT_PASTE = 3  # fewer words in quotation marks are a phrase asked about ("'new impetus'"), whoever's


def _near(pasted: str, quote: str) -> bool:
    """True when the quote holds most of the pasted words ("a reliable partner and ally": "a reliable ally and
    trade partner"), so it is the words as the report gives them; not a quote sharing "free trade" with
    "Kazakhstan will leave the free trade zone next year"."""
    words = {w for w in tokenize(pasted) if w not in STOPWORDS}
    return bool(words) and len(words & set(tokenize(quote))) >= _NEAR_SHARE * len(words)


def _held_by_none(matcher: Matcher, r: Reading, pasted: str, closest: list[str]) -> Reply | None:
    """"'Russia will never abandon its CIS partners' - did Mishustin say that?": no report has the words as
    pasted, which is said, with the closest facts offered; None unless whose words they are is asked and
    the closest fact's quote is in the pasted words' alphabet (a translation is the usual rules' to find)."""
    factbase = matcher.factbase
    quotes = [q for i in closest if (q := getattr(factbase.entry(i), "quote", None))]
    quoted = derived(matcher).statement_ids
    if not _WHOSE_RE.search(r.question) or any(not quoted.get(p) for p in r.people):
        return None  # ("did Golovchenko say '...'": that no report quotes him at all is the answer, the people rules')
    note = phrase(r.language, "pasted_not_found")
    typed = pasted_words(r.asked) if r.asked else None  # (as typed: "twenty", before it was read as "20")
    if any(holds_pasted(text, words) for words in {pasted, typed or pasted} for e in factbase.entries()
           for text in entry_texts(e)) or any(holds_pasted(s.title, words) for words in {pasted, typed or pasted}
                                               for s in factbase.sources.values()):
        return None  # a fact or a report's headline holds the words, ranked or not: the usual rules find it
    if not closest or not quotes:  # 'Лебедев сказал: «...историческим прорывом...». Где это опубликовано?': nothing near
        return abstain(matcher, r, "retrieval", phrase(r.language, "pasted_none_near"), score=reading_score(r))
    if is_cyrillic(quotes[0]) != is_cyrillic(pasted):
        return None  # (a translation is the usual rules' to find: "did Lebedev say «...»")
    nearest = factbase.statements.get(closest[0])
    if nearest is not None and (not r.people or nearest.speaker in r.people) and _near(pasted, nearest.quote):
        # the closest words themselves, under the verdict on the pasted ones (which words they lack), unanswered
        shown = fact_reply(factbase, nearest.id, r.language, score=reading_score(r))
        checked = exact_words_reply(r.question, shown) if not nearest.paraphrase else shown  # (a report's own
        # sentence holds no one's words: "none has these words" says it, not "these are the report's words")
        headline = checked.headline if checked.headline != shown.headline else f"{note} {shown.headline}"
        return with_changes(checked, answered=False, intent="retrieval", headline=headline)
    reply = abstain(matcher, r, "retrieval", note, score=reading_score(r))
    return with_changes(reply, suggestions=tuple(Suggestion(i, fact_title(factbase, i, r.language))
                                                 for i in dict.fromkeys(closest)))


_PHRASE_HELD = 88  # how nearly a report's words must hold a short phrase in quotation marks ("более 20 документах")


def phrase_owner_reply(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """A short phrase in quotation marks put to a report ("did Trend say 'without withholdings'", "кто сообщил о
    «более 20 документах»") whose words the reply's report does not hold but another report's do: said to be
    theirs above the reply ("The words “...” are Asia-Plus's, not Trend's"). The reply as it is otherwise."""
    if not reply.answered:
        return reply
    phrases = quoted_spans(r.question)
    phrases = [p for p in phrases if 2 <= len(tokenize(p)) < PASTED_LEAST_WORDS]
    if len(phrases) != 1:
        return reply
    wanted = normalise(phrases[0])
    factbase = matcher.factbase
    shown = [e for i in (reply.fact_id, *(item.fact_id for item in reply.items))
             if (e := factbase.entry(i or "")) is not None and getattr(e, "source", None)]
    sources = {getattr(e, "source") for e in shown} | {
        s.id for s in factbase.sources.values() if reply.fact_id == SOURCES_ID and s.publisher in reply.headline}
    if not sources:
        return reply
    numbers = set(re.findall(r"\d+", wanted))  # ("22 documents were signed": only words that give 22 hold it)
    def holds(text: str) -> bool:
        held = normalise(text)
        return fuzz.partial_ratio(wanted, held) >= _PHRASE_HELD and numbers <= set(re.findall(r"\d+", held))
    if any(holds(text) for e in shown for text in entry_texts(e)) \
            or any(holds(factbase.sources[s].title) for s in sources):
        return reply  # (the facts shown hold the words, the usual case: nothing else is read)
    owners = {s.id for s in factbase.sources.values() if holds(s.title)} | {
        getattr(e, "source") for e in factbase.entries() if getattr(e, "quote", None) and holds(e.quote or "")}
    if not owners or owners & sources:
        return reply  # (words no report holds are the usual rules' to weigh; the reply's report holds them: right)
    theirs = publishers_of(factbase, sorted(owners))
    if reply.intent == "attribution":  # "кто сообщил о «более 20 документах»": the report whose words they are
        headline = phrase(r.language, "phrase_is_of", words=phrases[0], owner=theirs)
        return Reply(r.language, True, headline, SOURCES_ID, "sources", reply.score, intent="attribution",
                     details=tuple(source_line(factbase.sources[o], r.language) for o in sorted(owners)))
    shown_by = publishers_of(factbase, sorted(sources))
    note = phrase(r.language, "phrase_of_another", words=phrases[0], owner=theirs, shown=shown_by)
    return with_changes(reply, headline=f"{note} {reply.headline}")

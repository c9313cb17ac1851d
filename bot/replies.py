"""Reply text, built once for every front end (command line, Telegram, inline).

`compose()` turns a match into a `Reply`: a one-line answer, the verbatim
quote, who said it, the source (title and URL) and any "did you mean"
suggestions, worded in English or Russian by the question's language. A fact
that other reports answer differently (`disagrees_with`) carries those facts
as `alternatives`, rendered under "Reports differ:" with their own sources; a
quote in another language than the reply says so at its source line.
`render_text()` renders it for a terminal, `render_html()` for Telegram (every
fact and user string escaped), `reply_json()` for `ask --json`.
"""

from __future__ import annotations

import html
import weakref
from collections import Counter
from dataclasses import dataclass
from datetime import date

from bot.excerpts import clause_naming, fragment_url
from bot.facts import Agreement, FactBase, Meeting, Source, Speaker, Statement
from bot.lexicon import country_by_name
from bot.matcher import PARTICIPANTS_ID, SOURCES_ID, MatchResult
from bot.typography import quote_language, quoted

__all__ = [
    "Item", "Reply", "Suggestion", "agreement_title", "delegation_led_by", "meeting_description", "meeting_place", "meeting_title", "meeting_title_genitive", "capabilities", "compose", "fact_item", "fact_reply",
    "fact_title", "format_date", "format_day", "joined_names", "label", "published_on", "render_html", "render_text", "reply_json", "source_link_html",
    "role_and_country", "source_line", "source_via", "speaker_country", "speaker_name", "speaker_role", "speaker_surname", "surnames_of", "statement_title",
    "suggestions_label",
]

_MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
}
_LABELS = {
    "en": {
        "source": "Source",
        "did_you_mean": "Did you mean:",
        "see_also": "Also close:",
        "dont_say": "The sources don't say.",
        "not_mentioned": "They don't mention {names}.",
        "nothing_found": "I found nothing about that in the reports on this meeting.",
        "empty": "Ask me about {meeting}.",
        "meeting": "the meeting of the {title} in {place} on {date}",
        "meeting_unknown": "the meeting in my fact base",
        "can_answer": "I can tell you:",
        "paraphrase": "the report's wording, not a direct quote",
        "participants": "{count} delegations took part:",
        "sources": "The answers come from these reports:",
        "via": "via {via}",
        "report_cites": "the report cites {via}",
        "no_date": "date not shown",
        "differ": "Reports differ:",
        "in_language": "in {language}",
        "language_en": "English",
        "language_ru": "Russian",
        "in_english": "quoted in English",
        "hint_delegations": "who represented each delegation ({countries})",
        "hint_statements": "what {names} said",
        "hint_agreements": "which documents were signed and what was adopted",
        "hint_meeting": "when and where the meeting took place, and the next one",
        "hint_sources": "where the facts come from, with links",
        "try": "For example: {example}",
        "example": "Who represented Armenia?",
        "and": "and",
    },
    "ru": {
        "source": "Источник",
        "did_you_mean": "Возможно, вы имели в виду:",
        "see_also": "Близкие ответы:",
        "dont_say": "В источниках об этом не сказано.",
        "not_mentioned": "В них не упоминается: {names}.",
        "nothing_found": "В публикациях об этом заседании я ничего не нашёл по этому вопросу.",
        "empty": "Спросите меня о {meeting}.",
        "meeting": "заседании {title} ({place}, {date})",
        "meeting_unknown": "заседании из моей базы фактов",
        "can_answer": "Я могу рассказать:",
        "paraphrase": "формулировка источника, а не прямая цитата",
        "participants": "Участники заседания (делегаций: {count}):",
        "sources": "Ответы основаны на этих публикациях:",
        "via": "со ссылкой на {via}",
        "report_cites": "публикация ссылается на {via}",
        "no_date": "дата не указана",
        "differ": "Источники расходятся:",
        "in_language": "на {language}",
        "language_en": "английском языке",
        "language_ru": "русском языке",
        "in_english": "цитата на английском",
        "hint_delegations": "кто представлял каждую делегацию ({countries})",
        "hint_statements": "что сказали {names}",
        "hint_agreements": "какие документы подписаны и что принято",
        "hint_meeting": "когда и где прошло заседание и где пройдёт следующее",
        "hint_sources": "откуда взяты факты, со ссылками",
        "try": "Например: {example}",
        "example": "Кто представлял Армению?",
        "and": "и",
    },
}


@dataclass(frozen=True)
class Suggestion:
    fact_id: str
    title: str


@dataclass(frozen=True)
class Item:
    """One fact in a list reply (every statement of a speaker, the documents, an overview)."""

    fact_id: str
    title: str
    quote: str | None = None
    paraphrase: bool = False
    speaker: str | None = None
    source: Source | None = None
    excerpt: str | None = None  # the clause of a long quote that answers; the item's button shows it whole
    via: str | None = None  # the agency the report credits for this fact ("BelTA"), as the fact records it
    cited: str | None = None  # the agencies the whole report cites, where it credits none fact by fact


@dataclass(frozen=True)
class Reply:
    """Everything a front end shows for one question; render it, don't rebuild it."""

    language: str
    answered: bool
    headline: str
    fact_id: str | None = None
    kind: str | None = None
    score: int | None = None
    quote: str | None = None
    paraphrase: bool = False
    speaker: str | None = None
    source: Source | None = None
    details: tuple[str, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    notes: tuple[str, ...] = ()  # abstention explanation and hints
    items: tuple[Item, ...] = ()  # a list reply's facts, each with its quote and source
    intent: str = "retrieval"  # what kind of question it answered (bot.intents)
    alternatives: tuple[Reply, ...] = ()  # facts from other reports that answer it differently
    excerpt: str | None = None  # the clause of a long quote that answers (a verbatim substring of it)
    via: str | None = None  # the agency the report credits for this fact ("BelTA"), as the fact records it
    cited: str | None = None  # the agencies the whole report cites, where it credits none fact by fact

    @property
    def source_url(self) -> str | None:
        return self.source.url if self.source else None


def compose(factbase: FactBase, result: MatchResult) -> Reply:
    """Build the reply for a match result."""
    lang = result.language if result.language in _LABELS else "en"
    if result.answered and result.best is not None:
        reply = fact_reply(factbase, result.best.fact_id, lang, score=result.best.confidence)
        shown = {other.fact_id for other in reply.alternatives}  # already in the reply: not suggested
        suggestions = tuple(
            Suggestion(c.fact_id, fact_title(factbase, c.fact_id, lang)) for c in result.alternatives
            if c.fact_id not in shown
        )
        return _replace(reply, suggestions=suggestions)
    labels = _LABELS[lang]
    notes: list[str] = []
    if result.reason == "unknown-entity":
        names = [_localised_entity(factbase, name, lang) for name in result.unknown_entities]
        notes.append(labels["not_mentioned"].format(names=", ".join(names)))
    elif result.reason == "empty":
        notes.append(labels["empty"].format(meeting=meeting_description(factbase.meeting, lang)))
    else:
        notes.append(labels["nothing_found"])
    notes.append(labels["can_answer"])
    notes.extend(f"• {hint}" for hint in capabilities(factbase, lang))
    notes.append(labels["try"].format(example=labels["example"]))
    return Reply(
        language=lang,
        answered=False,
        headline=labels["dont_say"],
        score=result.best.confidence if result.best else None,
        suggestions=tuple(
            Suggestion(c.fact_id, fact_title(factbase, c.fact_id, lang)) for c in result.alternatives
        ),
        notes=tuple(notes),
    )


def fact_reply(factbase: FactBase, fact_id: str, language: str = "en", *, score: int | None = None) -> Reply:
    """Build the reply that shows one fact (also used for "did you mean" taps and inline results)."""
    lang = language if language in _LABELS else "en"
    labels = _LABELS[lang]
    meeting = factbase.meeting
    if meeting and fact_id == meeting.id:
        place = meeting_place(meeting, lang)
        when = format_date(meeting.date, lang)
        if lang == "ru":
            headline = f"{meeting_title(meeting, lang)}: заседание {when}, {place}."
        else:
            headline = f"The {meeting.title} met on {when} in {place}."
        source = factbase.sources.get(meeting.source) if meeting.source else None
        return Reply(lang, True, headline, fact_id, "meeting", score, meeting.quote, source=source)
    if fact_id == PARTICIPANTS_ID:
        attended = [s for s in factbase.speakers.values() if s.attended]
        quote_counts = Counter((s.quote, s.source) for s in attended)
        (quote, source_id), _ = quote_counts.most_common(1)[0]
        lines = tuple(f"• {speaker_country(s, lang)} — {speaker_name(s, lang)}, {speaker_role(s, lang)}" for s in attended)
        return Reply(lang, True, labels["participants"].format(count=len(attended)), fact_id,
                     "participants", score, quote, source=factbase.sources.get(source_id), details=lines)
    if fact_id == SOURCES_ID:
        listed = tuple(source_line(s, lang) for s in factbase.sources.values())
        return Reply(lang, True, labels["sources"], fact_id, "sources", score, details=listed)
    entry = factbase.entry(fact_id)
    if entry is None:
        raise KeyError(fact_id)
    source = factbase.source_of(entry)
    custom = entry.answer_ru if lang == "ru" and entry.answer_ru else entry.answer
    if isinstance(entry, Speaker):
        headline = custom or _speaker_headline(entry, lang, quoted_here=factbase.quoted_at_the_meeting(entry))
        if not custom and not entry.attended:  # "so the Uzbek president was in Bishkek?": who came for his country
            headline = " ".join((headline, *_represented_by(factbase, entry, lang)))
        # a sentence naming several delegations: quote the clause naming this one
        shared = sum(1 for s in factbase.speakers.values() if s.quote == entry.quote) > 1
        excerpt = clause_naming(entry.quote, (entry.name, *entry.aliases)) if shared else None
        return Reply(lang, True, headline, fact_id, "speaker", score, entry.quote, source=source, excerpt=excerpt)
    reply = _fact_reply(factbase, entry, lang, score, custom)
    others = tuple(_fact_reply(factbase, other, lang, None, None) for other in factbase.disagreeing(entry))
    return _replace(reply, alternatives=others) if others else reply


def _fact_reply(factbase: FactBase, entry: Statement | Agreement, lang: str, score: int | None,
                custom: str | None) -> Reply:
    """A statement's or agreement's reply, without the facts that disagree with it."""
    source = factbase.source_of(entry)
    if isinstance(entry, Statement):
        speaker = factbase.speaker_of(entry)
        headline = custom or f"{speaker_name(speaker, lang)}: {statement_title(entry, lang)}"
        who = f"{speaker_name(speaker, lang)}, {role_and_country(speaker, lang)}"
        return Reply(lang, True, headline, entry.id, "statement", score, entry.quote, entry.paraphrase,
                     speaker=who, source=source, via=source_via(entry, lang), cited=_report_cited(factbase, entry, lang))
    headline = custom or agreement_title(entry, lang)
    return Reply(lang, True, headline, entry.id, "agreement", score, entry.quote, source=source,
                 via=source_via(entry, lang), cited=_report_cited(factbase, entry, lang))


def _report_cited(factbase: FactBase, entry: Statement | Agreement, lang: str) -> str | None:
    """Whom the fact's report as a whole cites ("the report cites Kun News Agency"), where the report
    credits none of its facts to an agency of its own: never a list of agencies credited fact by fact."""
    report = factbase.report_via(entry)
    return source_via(report, lang) if report is not None else None


def fact_item(factbase: FactBase, fact_id: str, language: str = "en") -> Item:
    """One fact as an entry of a list reply: its title, quote, speaker and source."""
    reply = fact_reply(factbase, fact_id, language)
    return Item(fact_id, fact_title(factbase, fact_id, language), reply.quote, reply.paraphrase,
                reply.speaker, reply.source, reply.excerpt, reply.via, reply.cited)


def fact_title(factbase: FactBase, fact_id: str, language: str = "en") -> str:
    """A short title for a fact: button labels, suggestions, inline results."""
    ru = language == "ru"
    meeting = factbase.meeting
    if meeting and fact_id == meeting.id:
        return "Заседание: дата и место" if ru else "The meeting: date and place"
    if fact_id == PARTICIPANTS_ID:
        return "Кто участвовал" if ru else "Who took part"
    if fact_id == SOURCES_ID:
        return "Источники" if ru else "Sources"
    entry = factbase.entry(fact_id)
    if isinstance(entry, Speaker):
        return f"{speaker_name(entry, language)} ({speaker_country(entry, language)})"
    if isinstance(entry, Statement):
        return f"{speaker_surname(factbase.speaker_of(entry), language)}: {statement_title(entry, language)}"
    if isinstance(entry, Agreement):
        return agreement_title(entry, language)
    return fact_id


_CAPABILITIES: dict[tuple[int, str], tuple[weakref.ref[FactBase], list[str]]] = {}


def capabilities(factbase: FactBase, language: str = "en") -> list[str]:
    """What the fact base can answer, as short lines for abstentions and /help (computed once
    per fact base and language: it walks every statement)."""
    key = (id(factbase), language)
    found = _CAPABILITIES.get(key)
    if found is not None and found[0]() is factbase:
        return list(found[1])
    lines = _capabilities(factbase, language)
    if len(_CAPABILITIES) > 64:  # old fact bases, replaced by reloads
        _CAPABILITIES.clear()
    _CAPABILITIES[key] = (weakref.ref(factbase), lines)
    return list(lines)


def _capabilities(factbase: FactBase, language: str) -> list[str]:
    labels = _LABELS[language if language in _LABELS else "en"]
    hints = []
    countries = sorted({speaker_country(s, language) for s in factbase.speakers.values() if s.attended})
    if countries:
        hints.append(labels["hint_delegations"].format(countries=", ".join(countries)))
    talkers = []
    for statement in factbase.statements.values():
        name = speaker_surname(factbase.speaker_of(statement), language)
        if name not in talkers:
            talkers.append(name)
    if talkers:
        hints.append(labels["hint_statements"].format(names=joined_names(talkers, language)))
    if factbase.agreements:
        hints.append(labels["hint_agreements"])
    if factbase.meeting:
        hints.append(labels["hint_meeting"])
    if factbase.sources:
        hints.append(labels["hint_sources"])
    return hints


def joined_names(names: list[str], language: str = "en") -> str:
    """"Smailov, Lebedev and Aripov" / "Смаилов, Лебедев и Арипов": names as a sentence lists them."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {label(language, 'and')} {names[-1]}"


def label(language: str, key: str, **values: object) -> str:
    """One of the replies' labels (e.g. "can_answer", "via") in `language`; English for any other."""
    text = _LABELS.get(language, _LABELS["en"])[key]
    return text.format(**values) if values else text


def suggestions_label(reply: Reply) -> str:
    """The line above a reply's suggestions: "Did you mean:", or "Also close:" under an answer."""
    return label(reply.language, "see_also" if reply.answered else "did_you_mean")


def format_day(day: int, month: int, language: str = "en") -> str:
    """A day of a month without its year: "24 June" / "24 июня"."""
    return f"{day} {_MONTHS['ru' if language == 'ru' else 'en'][month - 1]}"


def format_date(value: date | None, language: str = "en") -> str:
    """"26 October 2023" / "26 октября 2023 года"; an unknown date is "date not shown"."""
    if value is None:
        return label(language, "no_date")
    months = _MONTHS["ru" if language == "ru" else "en"]
    suffix = " года" if language == "ru" else ""
    return f"{value.day} {months[value.month - 1]} {value.year}{suffix}"


def render_text(reply: Reply) -> str:
    """Render a reply as plain text for a terminal."""
    labels = _LABELS[reply.language]
    lines = [reply.headline]
    lines.extend(reply.details)
    for item in reply.items:
        lines.extend(_item_text(item, labels, reply.language))
    if reply.quote:
        lines.append(quoted(reply.quote, reply.language))
    if _quoted_in_english(reply):
        lines.append(f"({labels['in_english']})")
    if reply.speaker:
        lines.append(f"— {reply.speaker}" + (f" ({labels['paraphrase']})" if reply.paraphrase else ""))
    if reply.source:
        lines.append(_source_line(reply.source, labels["source"], reply.language,
                                  note_language=not _quoted_in_english(reply), via=reply.via, cited=reply.cited))
        lines.append(fragment_url(reply.source, reply.excerpt or reply.quote))
    if reply.alternatives:
        lines.append(labels["differ"])
        for other in reply.alternatives:
            lines.append(f"• {other.headline}")
            lines.extend(render_text(_replace(other, headline="")).splitlines()[1:])
    lines.extend(reply.notes)
    if reply.suggestions:
        lines.append(suggestions_label(reply))
        lines.extend(f"• {s.title}" for s in reply.suggestions)
    return "\n".join(lines)


def render_html(reply: Reply, *, with_suggestions: bool = False) -> str:
    """Render a reply as Telegram HTML; every fact and user string is escaped."""
    labels = _LABELS[reply.language]
    e = html.escape
    lines = [f"<b>{e(reply.headline)}</b>"]
    lines.extend(e(line) for line in reply.details)
    for item in reply.items:
        lines.extend(_item_html(item, labels, reply.language))
    if reply.quote and reply.excerpt:  # the clause that answers; the whole sentence one tap away
        lines.append(f"<blockquote>…{e(reply.excerpt.strip())}…</blockquote>")
        lines.append(f"<blockquote expandable>{e(reply.quote.strip())}</blockquote>")
    elif reply.quote:
        lines.append(f"<blockquote>{e(reply.quote.strip())}</blockquote>")
    if _quoted_in_english(reply):
        lines.append(f"<i>({e(labels['in_english'])})</i>")
    if reply.speaker:
        note = f" ({e(labels['paraphrase'])})" if reply.paraphrase else ""
        lines.append(f"— <i>{e(reply.speaker)}</i>{note}")
    if reply.source:
        lines.append(source_link_html(reply.source, reply.language, quote=reply.excerpt or reply.quote,
                                     note_language=not _quoted_in_english(reply), via=reply.via, cited=reply.cited))
    if reply.alternatives:
        lines.append(f"<b>{e(labels['differ'])}</b>")
        for other in reply.alternatives:
            lines.append(f"• {e(other.headline)}")
            lines.extend(render_html(_replace(other, headline="")).splitlines()[1:])
    lines.extend(e(note) for note in reply.notes)
    if with_suggestions and reply.suggestions:
        lines.append(e(suggestions_label(reply)))
        lines.extend(f"• {e(s.title)}" for s in reply.suggestions)
    return "\n".join(lines)


def reply_json(reply: Reply) -> dict[str, object]:
    """The `ask --json` object."""
    return {
        "answered": reply.answered,
        "text": render_text(reply),
        "fact_id": reply.fact_id if reply.answered else None,
        "score": reply.score,
        "source_url": reply.source_url if reply.answered else None,
        "suggestions": [{"fact_id": s.fact_id, "title": s.title} for s in reply.suggestions],
        "intent": reply.intent,
        "items": [{"fact_id": i.fact_id, "title": i.title} for i in reply.items],
    }


def _item_text(item: Item, labels: dict[str, str], language: str) -> list[str]:
    lines = [f"• {item.title}"]
    if item.excerpt:
        lines.append(f"  {quoted('…' + item.excerpt + '…', language)}")
    elif item.quote:
        lines.append(f"  {quoted(item.quote, language)}")
    if item.speaker:
        lines.append(f"  — {item.speaker}" + (f" ({labels['paraphrase']})" if item.paraphrase else ""))
    elif item.paraphrase:
        lines.append(f"  ({labels['paraphrase']})")
    if item.source:
        link = fragment_url(item.source, item.excerpt or item.quote)
        lines.append("  " + _source_line(item.source, labels["source"], language, via=item.via, cited=item.cited)
                     + f" {link}")
    return lines


def _item_html(item: Item, labels: dict[str, str], language: str) -> list[str]:
    e = html.escape
    lines = [f"• <b>{e(item.title)}</b>"]
    if item.excerpt:  # in a list, the clause only: the item's button shows the whole sentence
        lines.append(f"<blockquote>…{e(item.excerpt.strip())}…</blockquote>")
    elif item.quote:
        lines.append(f"<blockquote>{e(item.quote.strip())}</blockquote>")
    note = f" ({e(labels['paraphrase'])})" if item.paraphrase else ""
    if item.speaker:
        lines.append(f"— <i>{e(item.speaker)}</i>{note}")
    elif note:
        lines.append(note.strip())
    if item.source:
        lines.append(source_link_html(item.source, language, quote=item.excerpt or item.quote, via=item.via,
                                      cited=item.cited))
    return lines


def _replace(reply: Reply, **changes: object) -> Reply:
    from dataclasses import replace

    return replace(reply, **changes)  # type: ignore[arg-type]


def source_link_html(source: Source, language: str = "en", *, label: bool = True, quote: str | None = None,
                     note_language: bool = True, via: str | None = None, cited: str | None = None) -> str:
    """A source as Telegram HTML: "Source: <a href=URL>Publisher — Title</a>, date", and the agency the report
    credits for the fact (`via`) or the agencies it cites as a whole (`cited`).

    With `quote`, the link lands on it (a text fragment, `bot.excerpts.fragment_url`).
    """
    e = html.escape
    lang = language if language in _LABELS else "en"
    prefix = f"{e(_LABELS[lang]['source'])}: " if label else ""
    url = fragment_url(source, quote)
    note = _language_note(source, lang) if note_language else ""
    return (f"{prefix}<a href=\"{e(url, quote=True)}\">{e(source.publisher)} — "
            f"{e(source.title)}</a>, {e(published_on(source, lang))}{e(_via_note(via, lang, cited))}{e(note)}")


def meeting_title(meeting: Meeting, language: str = "en") -> str:
    return meeting.title_ru if language == "ru" and meeting.title_ru else meeting.title


def meeting_title_genitive(meeting: Meeting) -> str:
    """The Russian title as "(о заседании) …" needs it: the stored genitive, else the name in quotes."""
    return meeting.title_ru_gen or quoted(meeting_title(meeting, "ru"), "ru")


def _quoted_in_english(reply: Reply) -> bool:
    """A Russian reply quoting an English source (the source's `language`, else the quote's alphabet)."""
    if reply.language != "ru":
        return False
    quotes = [(reply.excerpt or reply.quote, reply.source)] if reply.quote else []
    # (a list's items say their language on each source line: "(на английском языке)", so not again below them)
    # sources[].language, when the fact base has it; else the quote's alphabet
    return any(quote_language(text or "", getattr(source, "language", None)) == "en" for text, source in quotes)


def meeting_place(meeting: Meeting, language: str = "en") -> str:
    return meeting.place_ru if language == "ru" and meeting.place_ru else meeting.place


def meeting_description(meeting: Meeting | None, language: str = "en") -> str:
    """The meeting as a phrase: "the meeting of the <title> in <place> on <date>"."""
    lang = language if language in _LABELS else "en"
    if meeting is None:
        return _LABELS[lang]["meeting_unknown"]
    title = meeting_title_genitive(meeting) if lang == "ru" else meeting_title(meeting, lang)
    return _LABELS[lang]["meeting"].format(
        title=title, place=meeting_place(meeting, lang),
        date=format_date(meeting.date, lang))


def agreement_title(agreement: Agreement, language: str = "en") -> str:
    return agreement.title_ru if language == "ru" and agreement.title_ru else agreement.title


def _source_line(source: Source, label: str, language: str, *, note_language: bool = True,
                 via: str | None = None, cited: str | None = None) -> str:
    note = _language_note(source, language) if note_language else ""
    return (f"{label}: {source.publisher}, {quoted(source.title, language)}, {published_on(source, language)}"
            f"{_via_note(via, language, cited)}{note}")


def _via_note(via: str | None, language: str, cited: str | None = None) -> str:
    """", via BelTA" for a fact its report credits to an agency; "; the report cites Kun News Agency" for one
    whose report cites it as a whole; else "": where the words came from."""
    if via:
        return f", {_LABELS[language]['via'].format(via=via)}"
    return f"; {_LABELS[language]['report_cites'].format(via=cited)}" if cited else ""


def _language_note(source: Source, language: str) -> str:
    """" (in Russian)" when the report is in another language than the reply, else ""."""
    if not source.language or source.language == language or language not in _LABELS:
        return ""
    labels = _LABELS[language]
    return f" ({labels['in_language'].format(language=labels['language_' + source.language])})"


def source_line(source: Source, language: str = "en") -> str:
    """A report as a list line: publisher, title, date, the agencies it cites, link."""
    lang = language if language in _LABELS else "en"
    via = f" ({_LABELS[lang]['via'].format(via=source_via(source, lang))})" if source.via else ""
    return f"• {source.publisher}, {quoted(source.title, lang)}, {published_on(source, lang)}{via}: {source.url}"


def published_on(source: Source, language: str = "en") -> str:
    """The report's date, with the time of day it shows ("26 October 2023, 16:57"): a citation needs both."""
    day = format_date(source.published, language)
    return f"{day}, {source.published_time}" if source.published_time and source.published else day


def source_via(source: Source | Statement | Agreement, language: str = "en") -> str | None:
    """The agencies a report cites (or credits for one fact), in Russian for a Russian reply when the
    fact base has it."""
    return source.via_ru if language == "ru" and source.via_ru else source.via


def speaker_name(speaker: Speaker, language: str) -> str:
    return speaker.name_ru if language == "ru" and speaker.name_ru else speaker.name


def speaker_surname(speaker: Speaker, language: str) -> str:
    return speaker_name(speaker, language).split()[-1]


def surnames_of(speaker: Speaker) -> frozenset[str]:
    """The speaker's surname in both languages, lower case, as a report's text would hold it."""
    return frozenset(speaker_surname(speaker, language).lower() for language in ("en", "ru"))


def speaker_role(speaker: Speaker, language: str) -> str:
    if language == "ru" and speaker.role_ru:
        return speaker.role_ru[0].lower() + speaker.role_ru[1:]
    return speaker.role


def role_and_country(speaker: Speaker, language: str) -> str:
    """"Prime Minister, Russia"; just the role when it names the country ("President of Kazakhstan")."""
    role, country = speaker_role(speaker, language), speaker_country(speaker, language)
    stem = country[:max(4, len(country) - 1)].lower()  # Россия ~ России, Kazakhstan ~ Kazakhstan's
    return role if stem in role.lower() else f"{role}, {country}"


def speaker_country(speaker: Speaker, language: str) -> str:
    if language != "ru":
        return speaker.country
    if speaker.country_ru:
        return speaker.country_ru
    country = country_by_name(speaker.country)
    return country.ru if country else speaker.country


def speaker_country_of(speaker: Speaker, language: str) -> str:
    """The speaker's country as it follows a title: "Armenia", or in Russian its genitive ("премьер-министра
    Армении")."""
    country = country_by_name(speaker.country)
    return country.ru_genitive if language == "ru" and country else speaker_country(speaker, language)


def _localised_entity(factbase: FactBase, name: str, language: str) -> str:
    """An entity the sources don't mention, in the reply's language where the lexicon knows it."""
    country = country_by_name(name)
    return country.ru if country and language == "ru" else name


def statement_title(statement: Statement, language: str) -> str:
    if language == "ru" and statement.title_ru:
        return statement.title_ru
    if statement.title:
        return statement.title
    words = statement.quote.split()
    return " ".join(words[:8]) + ("…" if len(words) > 8 else "")


def _represented_by(factbase: FactBase, speaker: Speaker, language: str) -> list[str]:
    """Who led the delegation of the country of someone the reports only mention, as a sentence: none when that
    country sent none (or the person is of no country's delegation)."""
    heads = [s for s in factbase.speakers.values() if s.attended and s.country == speaker.country]
    return [delegation_led_by(heads[0], language)] if len(heads) == 1 else []


def delegation_led_by(head: Speaker, language: str) -> str:
    """The line naming who led a delegation: "Kazakhstan was represented by Alikhan Smailov, Prime Minister.",
    "Глава делегации Казахстана — Алихан Смаилов, премьер-министр."."""
    if language == "ru":
        return f"Глава делегации {speaker_country_of(head, 'ru')} — {speaker_name(head, 'ru')}, {speaker_role(head, 'ru')}."
    return f"{speaker_country(head, 'en')} was represented by {head.name}, {head.role}."


def _speaker_headline(speaker: Speaker, language: str, *, quoted_here: bool = False) -> str:
    """Who someone was at the meeting: a delegation's head, someone quoted from it who led no delegation (the CIS
    Secretary General), or someone the reports only mention."""
    country = country_by_name(speaker.country)
    if language == "ru":
        name, role = speaker_name(speaker, "ru"), speaker_role(speaker, "ru")
        if speaker.attended and country:
            return f"Глава делегации {country.ru_genitive} — {name}, {role}."
        if speaker.attended:
            return f"{name} ({role}, {speaker.country}) участвовал(а) в заседании."
        if quoted_here:
            return f"{name} ({role}): публикации приводят его слова на заседании; делегацию он не возглавлял."
        return f"{name} ({role}) упоминается в источниках, но не значится среди участников заседания."
    if speaker.attended and country:
        return f"{speaker.name}, {speaker.role}, represented {country.en} at the meeting."
    if speaker.attended:
        return f"{speaker.name} ({speaker.role}, {speaker.country}) took part in the meeting."
    if quoted_here:
        return (f"{speaker.name} ({speaker.role}, {speaker.country}): the reports quote him from the meeting; "
                "he led no delegation.")
    return (f"{speaker.name} ({speaker.role}, {speaker.country}) is mentioned in the reports "
            "but not listed among the meeting's participants.")

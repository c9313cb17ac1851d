"""What the fact base holds, as Telegram HTML pages: /speakers, /agreements,
/topics, /about and /source.

Pure functions of a `FactBase` and a language ("en" or "ru"), no Telegram
here; every fact string is escaped. Long pages are split by the caller
(`bot.htmlsplit`).
"""

from __future__ import annotations

from html import escape

from bot.facts import FactBase, Statement
from bot.replies import (
    agreement_title,
    fact_reply,
    fact_title,
    label,
    render_html,
    role_and_country,
    source_link_html,
    source_via,
    speaker_country,
    speaker_name,
    statement_title,
)

__all__ = [
    "about_page", "agreement_entries", "agreements_page", "sources_page", "speaker_entries", "speakers_page",
    "topic_entries", "topics_page",
]

_TEXT = {
    "en": {
        "speakers": "People named in the reports",
        "attended": "At the meeting",
        "mentioned": "Mentioned, not at the meeting",
        "agreements": "Documents signed and decisions adopted",
        "topics": "What the meeting covered",
        "decisions": "Documents and decisions",
        "topics_hint": "Ask about any of these, e.g. “What did Smailov say about the Belt and Road?”",
        "delegations": "Delegations: {count}. Who led each one: /speakers",
        "sources": "Where the answers come from",
        "empty": "The fact base has nothing on this yet.",
    },
    "ru": {
        "speakers": "Кто упоминается в публикациях",
        "attended": "Участники заседания",
        "mentioned": "Упоминаются, но не участвовали",
        "agreements": "Подписанные документы и принятые решения",
        "topics": "О чём говорили на заседании",
        "decisions": "Документы и решения",
        "topics_hint": "Спросите о любой теме, например: «Что Смаилов сказал об инициативе „Пояс и путь“?»",
        "delegations": "Делегаций: {count}. Кто их возглавлял: /speakers",
        "sources": "Откуда взяты ответы",
        "empty": "В базе фактов пока нет сведений об этом.",
    },
}


def speakers_page(factbase: FactBase, language: str = "en") -> str:
    """Everyone named in the fact base, with role and country; participants first."""
    text = _TEXT[_lang(language)]
    lines = [f"<b>{escape(text['speakers'])}</b>"]
    groups = (
        (text["attended"], [s for s in factbase.speakers.values() if s.attended]),
        (text["mentioned"], [s for s in factbase.speakers.values() if not s.attended]),
    )
    for heading, speakers in groups:
        if not speakers:
            continue
        lines.append("")
        lines.append(f"<i>{escape(heading)}</i>")
        for speaker in speakers:
            lines.append(
                f"• <b>{escape(speaker_name(speaker, _lang(language)))}</b> — "
                f"{escape(role_and_country(speaker, _lang(language)))}"
            )
    if len(lines) == 1:
        lines.append(escape(text["empty"]))
    return "\n".join(lines)


def agreements_page(factbase: FactBase, language: str = "en") -> str:
    """Every document signed and decision adopted (not the overview facts), quoted, with its source."""
    text = _TEXT[_lang(language)]
    lines = [f"<b>{escape(text['agreements'])}</b>"]
    listed = [a for a in factbase.agreements.values() if a.listed]
    for agreement in listed:
        lines.append("")
        lines.append(f"<b>{escape(agreement_title(agreement, _lang(language)))}</b>")
        lines.append(f"<blockquote>{escape(agreement.quote.strip())}</blockquote>")
        lines.append(source_link_html(factbase.source_of(agreement), _lang(language), quote=agreement.quote))
    if not listed:
        lines.append(escape(text["empty"]))
    return "\n".join(lines)


def topics_page(factbase: FactBase, language: str = "en") -> str:
    """The statements' titles by speaker, then the documents: what can be asked."""
    text = _TEXT[_lang(language)]
    lines = [f"<b>{escape(text['topics'])}</b>"]
    by_speaker: dict[str, list[Statement]] = {}
    for statement in factbase.statements.values():
        by_speaker.setdefault(statement.speaker, []).append(statement)
    for speaker_id, statements in by_speaker.items():
        speaker = factbase.speakers[speaker_id]
        lines.append("")
        lines.append(f"<b>{escape(speaker_name(speaker, _lang(language)))}</b> "
                     f"({escape(speaker_country(speaker, _lang(language)))})")
        lines.extend(f"• {escape(statement_title(s, _lang(language)))}" for s in statements)
    if factbase.agreements:
        lines.append("")
        lines.append(f"<b>{escape(text['decisions'])}</b>")
        for agreement in factbase.agreements.values():
            lines.append(f"• {escape(agreement_title(agreement, _lang(language)))}")
    if len(lines) == 1:
        lines.append(escape(text["empty"]))
    else:
        lines.append("")
        lines.append(f"<i>{escape(text['topics_hint'])}</i>")
    return "\n".join(lines)


def about_page(factbase: FactBase, language: str = "en") -> str:
    """The meeting: body, date, place, with its source quote."""
    text = _TEXT[_lang(language)]
    meeting = factbase.meeting
    if meeting is None:
        return escape(text["empty"])
    page = render_html(fact_reply(factbase, meeting.id, _lang(language)))
    attended = sum(1 for s in factbase.speakers.values() if s.attended)
    if attended:
        page += "\n" + escape(text["delegations"].format(count=attended))
    return page


def sources_page(factbase: FactBase, language: str = "en") -> str:
    """Every source, linked, with its date and the agencies it cites.

    Not `render_html(fact_reply(factbase, SOURCES_ID))`: that reply is plain text
    for any front end, with bare URLs; this page links each title instead.
    """
    text = _TEXT[_lang(language)]
    lines = [f"<b>{escape(text['sources'])}</b>"]
    for source in factbase.sources.values():
        via = source_via(source, _lang(language))
        via = f" ({escape(label(_lang(language), 'via', via=via))})" if via else ""
        lines.append(f"• {source_link_html(source, _lang(language), label=False)}{via}")
    if not factbase.sources:
        lines.append(escape(text["empty"]))
    return "\n".join(lines)


# -- tappable lists: (fact id, button label), in the pages' order ---------------------


def speaker_entries(factbase: FactBase, language: str = "en") -> list[tuple[str, str]]:
    """/speakers' buttons: each person ("Name (Country)"), participants first."""
    ordered = sorted(factbase.speakers.values(), key=lambda s: not s.attended)
    return [(s.id, fact_title(factbase, s.id, _lang(language))) for s in ordered]


def topic_entries(factbase: FactBase, language: str = "en") -> list[tuple[str, str]]:
    """/topics' buttons: every statement ("Surname: title"), then every document."""
    ids = [*factbase.statements, *factbase.agreements]
    return [(fact_id, fact_title(factbase, fact_id, _lang(language))) for fact_id in ids]


def agreement_entries(factbase: FactBase, language: str = "en") -> list[tuple[str, str]]:
    """/agreements' buttons: every document or decision by its title."""
    return [(a.id, agreement_title(a, _lang(language))) for a in factbase.agreements.values() if a.listed]


# -- helpers ---------------------------------------------------------------------


def _lang(language: str) -> str:
    return language if language in _TEXT else "en"

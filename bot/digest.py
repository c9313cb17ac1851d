"""Digest text: a chat's new facts, grouped and quoted, in messages Telegram accepts.

`compose_digest(factbase, fact_ids, language)` returns the HTML messages of one
digest: a header ("New since your last digest", how many facts, and the meeting
they are about from `factbase.meeting`), then the new facts grouped as
people, statements and documents, each shown exactly as the bot answers about
it (`bot.replies.fact_reply` + `render_html`: headline, the quote in a
blockquote, who said it, the source link). Messages are cut between facts so
that each stays under Telegram's 4,096-character limit (counted on the HTML
itself, which is never shorter than what Telegram counts); a continued group
repeats its heading, and parts are numbered "2/3". No Telegram, no database.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import replace

from bot.facts import FactBase
from bot.htmlsplit import MAX_MESSAGE_LENGTH, utf16_len
from bot.replies import (
    fact_reply,
    format_date,
    meeting_place,
    meeting_title,
    meeting_title_genitive,
    render_html,
)

__all__ = ["GROUPS", "compose_digest"]

GROUPS: tuple[str, ...] = ("speaker", "statement", "agreement")
_NUMBER_RESERVE = 24  # room for the "(2/3)" line added once the parts are counted

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "header": "📬 New since your last digest",
        "count_one": "1 new fact from the reports{about}.",
        "count_many": "{n} new facts from the reports{about}.",
        "about": " on the {title} meeting ({place}, {date})",
        "speaker": "👤 People",
        "statement": "💬 Statements",
        "agreement": "📄 Documents",
        "continued": "continued",
        "footer": "Ask me about any of them. /subscription shows your settings, "
                  "/unsubscribe stops the digests.",
    },
    "ru": {
        "header": "📬 Новое с прошлой сводки",
        "count_one": "1 новый факт из публикаций{about}.",
        "count_many": "Новых фактов: {n} — из публикаций{about}.",
        "about": " о заседании {title} ({place}, {date})",  # title in the genitive
        "speaker": "👤 Люди",
        "statement": "💬 Заявления",
        "agreement": "📄 Документы",
        "continued": "продолжение",
        "footer": "Спрашивайте меня о любом из них. /subscription — настройки подписки, "
                  "/unsubscribe — отписаться.",
    },
}


def _about(factbase: FactBase, language: str) -> str:
    """" on the <meeting> (<place>, <date>)" from the fact base's meeting; "" if it has none."""
    meeting = factbase.meeting
    if meeting is None:
        return ""
    return _LABELS[language]["about"].format(
        title=meeting_title_genitive(meeting) if language == "ru" else meeting_title(meeting, language),
        place=meeting_place(meeting, language),
        date=format_date(meeting.date, language),
    )


def compose_digest(factbase: FactBase, fact_ids: Sequence[str], language: str = "en",
                   *, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """The HTML messages of a digest of `fact_ids` (unknown ids are skipped); [] if none is known."""
    lang = language if language in _LABELS else "en"
    labels = _LABELS[lang]
    e = html.escape
    budget = limit - _NUMBER_RESERVE
    groups: dict[str, list[str]] = {kind: [] for kind in GROUPS}
    for fact_id in dict.fromkeys(fact_ids):  # keep order, drop repeats
        entry = factbase.entry(fact_id)
        if entry is None or entry.kind not in groups:
            continue
        groups[entry.kind].append(fact_id)
    count = sum(len(ids) for ids in groups.values())
    if count == 0:
        return []

    about = _about(factbase, lang)
    header = f"<b>{e(labels['header'])}</b>\n" + e(
        labels["count_one"].format(about=about) if count == 1
        else labels["count_many"].format(n=count, about=about))
    footer = f"<i>{e(labels['footer'])}</i>"
    parts: list[str] = []
    current = header
    for kind in GROUPS:
        if not groups[kind]:
            continue
        heading = f"<b>{e(labels[kind])}</b>"
        continued = f"<b>{e(labels[kind])}</b> <i>({e(labels['continued'])})</i>"
        current += "\n\n" + heading
        fresh_heading = True
        room = budget - utf16_len(f"{header}\n\n{continued}\n\n")  # any fact fits a part
        for fact_id in groups[kind]:
            item = _render_item(factbase, fact_id, lang, room)
            candidate = f"{current}\n\n{item}"
            if utf16_len(candidate) <= budget:
                current, fresh_heading = candidate, False
                continue
            if fresh_heading:  # don't leave a heading alone at the end of a part
                current = current[: -len("\n\n" + heading)]
            if current.strip():
                parts.append(current)
            current = f"{heading if fresh_heading else continued}\n\n{item}"
            fresh_heading = False
    if utf16_len(f"{current}\n\n{footer}") <= budget:
        current = f"{current}\n\n{footer}"
    parts.append(current)
    if len(parts) > 1:
        parts = [f"{text}\n\n<i>({number}/{len(parts)})</i>" for number, text in enumerate(parts, 1)]
    return parts


def _render_item(factbase: FactBase, fact_id: str, language: str, room: int) -> str:
    """One fact as the bot shows it; a quote too long for one message is shortened with "…"."""
    reply = fact_reply(factbase, fact_id, language)
    text = render_html(reply)
    if utf16_len(text) <= room or not reply.quote:
        return text
    quote = reply.quote
    while quote and utf16_len(text) > room:
        overflow = utf16_len(text) - room
        quote = quote[: max(0, len(quote) - overflow - 1)].rstrip()
        text = render_html(replace(reply, quote=f"{quote}…"))
    return text

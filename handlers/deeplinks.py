"""Deep links: `https://t.me/<bot>?start=<payload>` opens the bot on a fact,
a speaker, a language, or inline mode's "show all" page.

Telegram passes the payload to `/start` (at most 64 characters of
`A-Z a-z 0-9 _ -`). Payloads:

    f_<fact id>        a fact (a statement, agreement, person, the meeting)
    s_<speaker id>     a person and what they said
    fh_<sha1> sh_<sha1>  the same for an id that is not all of A-Z a-z 0-9 _ -
                       or too long: the SHA-1 hex of the id, the scheme callback
                       data uses (`handlers.keyboards.fact_ref`)
    en, ru             the greeting in that language
    inline             inline mode's button: the list of what can be asked

`parse_payload` is the inverse; `resolve` finds a hashed id again among the
current fact base's ids (None once the fact is gone).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = [
    "INLINE_PAYLOAD", "MAX_PAYLOAD", "Payload", "deep_link", "fact_payload", "parse_payload", "resolve",
    "speaker_payload",
]

MAX_PAYLOAD = 64
INLINE_PAYLOAD = "inline"
_SAFE_RE = re.compile(r"[A-Za-z0-9_-]+")
_PAYLOAD_RE = re.compile(r"(f|s)(h?)_([A-Za-z0-9_-]+)")
_LANGUAGES = ("en", "ru")


@dataclass(frozen=True)
class Payload:
    kind: str  # fact | speaker | language | inline | unknown
    value: str = ""  # the id, or "#<sha1>" for a hashed id; the language code
    hashed: bool = False


def _payload(prefix: str, entry_id: str) -> str:
    plain = f"{prefix}_{entry_id}"
    if _SAFE_RE.fullmatch(entry_id) and len(plain) <= MAX_PAYLOAD:
        return plain
    return f"{prefix}h_{hashlib.sha1(entry_id.encode('utf-8')).hexdigest()}"


def fact_payload(fact_id: str) -> str:
    """The `/start` payload that opens the bot on a fact."""
    return _payload("f", fact_id)


def speaker_payload(speaker_id: str) -> str:
    """The `/start` payload that opens the bot on a person and what they said."""
    return _payload("s", speaker_id)


def deep_link(username: str, payload: str) -> str:
    """`https://t.me/<username>?start=<payload>`."""
    return f"https://t.me/{username}?start={payload}"


def parse_payload(payload: str) -> Payload:
    """What a `/start` payload asks for."""
    if payload in _LANGUAGES:
        return Payload("language", payload)
    if payload == INLINE_PAYLOAD:
        return Payload("inline")
    match = _PAYLOAD_RE.fullmatch(payload)
    if match is None or len(payload) > MAX_PAYLOAD:
        return Payload("unknown", payload)
    kind = "fact" if match.group(1) == "f" else "speaker"
    return Payload(kind, match.group(3), hashed=bool(match.group(2)))


def resolve(payload: Payload, ids: Iterable[str]) -> str | None:
    """The id a fact or speaker payload stands for among `ids`; None if there is none."""
    if payload.hashed:
        return next((i for i in ids if hashlib.sha1(i.encode("utf-8")).hexdigest() == payload.value), None)
    return payload.value if payload.value in set(ids) else None

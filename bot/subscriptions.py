"""Subscriptions and the fact registry: who wants digests, and what is new to them.

"New" is decided by the registry, never by a fact's `added` date. The bot
records every fact id the first time it sees it, with an increasing sequence
number: at start-up, after every successful reload, and in
`python -m bot digest` before digests are composed. A subscription remembers
the last sequence number registered when the chat subscribed; a fact
registered later is news to that chat until a digest covering it is stored in
the outbox (`bot/outbox.py`), which happens exactly once per chat and fact.

Unsubscribing (or being marked inactive after the chat blocked the bot) ends
the subscription; subscribing again starts afresh from the facts registered at
that moment, so old news is never replayed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.facts import FactBase
from bot.storage import Storage, iso_utc, utcnow

__all__ = [
    "FREQUENCIES",
    "SubscribeResult",
    "Subscription",
    "Subscriptions",
    "cancel_digests",
    "latest_seq",
    "pending_fact_ids",
]

FREQUENCIES: tuple[str, ...] = ("daily", "weekly")
LANGUAGES: tuple[str, ...] = ("en", "ru")


def _parse(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@dataclass(frozen=True)
class Subscription:
    """One chat's subscription, as stored."""

    chat_id: int
    chat_type: str
    frequency: str
    language: str
    status: str  # active | unsubscribed | inactive (the bot cannot reach the chat)
    since_seq: int
    subscribed_at: datetime
    last_digest_at: datetime | None = None
    inactive_reason: str | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"

    @classmethod
    def from_row(cls, row: sqlite3.Row) -> Subscription:
        return cls(
            chat_id=int(row["chat_id"]),
            chat_type=row["chat_type"],
            frequency=row["frequency"],
            language=row["language"],
            status=row["status"],
            since_seq=int(row["since_seq"]),
            subscribed_at=datetime.fromisoformat(row["subscribed_at"]),
            last_digest_at=_parse(row["last_digest_at"]),
            inactive_reason=row["inactive_reason"],
        )


@dataclass(frozen=True)
class SubscribeResult:
    """What `/subscribe` did: "new", "resumed" (after an unsubscribe or a block),
    "changed" (frequency or language) or "unchanged"."""

    subscription: Subscription
    change: str


_PENDING_SQL = (
    "SELECT f.fact_id FROM facts_seen AS f WHERE f.seq > ? AND NOT EXISTS ("
    "  SELECT 1 FROM digest_facts AS d WHERE d.chat_id = ? AND d.fact_id = f.fact_id"
    ") ORDER BY f.seq"
)


def pending_fact_ids(db: sqlite3.Connection, chat_id: int, since_seq: int) -> list[str]:
    """Facts registered after `since_seq` that no stored digest has covered for `chat_id`,
    in registration order. Call inside the transaction that acts on the answer (if any)."""
    return [row["fact_id"] for row in db.execute(_PENDING_SQL, (since_seq, chat_id)).fetchall()]


def latest_seq(db: sqlite3.Connection) -> int:
    """The sequence number of the last fact registered (0 if none)."""
    return int(db.execute("SELECT COALESCE(MAX(seq), 0) FROM facts_seen").fetchone()[0])


class Subscriptions:
    """Subscriptions and the fact registry in the bot's `Storage`."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage

    # -- the fact registry -----------------------------------------------------

    def record_facts(self, factbase: FactBase, now: datetime | None = None) -> list[str]:
        """Register the fact base's facts not seen before; return their ids, in order."""
        return self.record_fact_ids(((e.id, e.kind) for e in factbase.entries()), now)

    def record_fact_ids(self, facts: Iterable[tuple[str, str]], now: datetime | None = None) -> list[str]:
        """Register `(fact_id, kind)` pairs not seen before; return the new ids, in order."""
        stamp = iso_utc(now or utcnow())
        added: list[str] = []
        with self.storage.transaction() as db:
            for fact_id, kind in facts:
                cursor = db.execute(
                    "INSERT INTO facts_seen (fact_id, kind, first_seen) VALUES (?, ?, ?) "
                    "ON CONFLICT (fact_id) DO NOTHING",
                    (fact_id, kind, stamp),
                )
                if cursor.rowcount:
                    added.append(fact_id)
        return added

    # -- subscriptions ---------------------------------------------------------

    def get(self, chat_id: int) -> Subscription | None:
        rows = self.storage.query("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,))
        return Subscription.from_row(rows[0]) if rows else None

    def subscribe(self, chat_id: int, chat_type: str, frequency: str, language: str,
                  now: datetime | None = None) -> SubscribeResult:
        """Start (or change) a chat's subscription. News starts from the facts registered now."""
        if frequency not in FREQUENCIES:
            raise ValueError(f"frequency must be one of {', '.join(FREQUENCIES)}, not {frequency!r}")
        if language not in LANGUAGES:
            raise ValueError(f"language must be one of {', '.join(LANGUAGES)}, not {language!r}")
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            row = db.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()
            if row is None or row["status"] != "active":
                latest = latest_seq(db)
                db.execute(
                    "INSERT INTO subscriptions (chat_id, chat_type, frequency, language, status, "
                    "since_seq, subscribed_at, updated_at) VALUES (?, ?, ?, ?, 'active', ?, ?, ?) "
                    "ON CONFLICT (chat_id) DO UPDATE SET chat_type = excluded.chat_type, "
                    "frequency = excluded.frequency, language = excluded.language, status = 'active', "
                    "inactive_reason = NULL, since_seq = excluded.since_seq, "
                    "subscribed_at = excluded.subscribed_at, updated_at = excluded.updated_at",
                    (chat_id, chat_type, frequency, language, latest, stamp, stamp),
                )
                change = "new" if row is None else "resumed"
            elif row["frequency"] != frequency or row["language"] != language:
                db.execute(
                    "UPDATE subscriptions SET frequency = ?, language = ?, chat_type = ?, updated_at = ? "
                    "WHERE chat_id = ?",
                    (frequency, language, chat_type, stamp, chat_id),
                )
                change = "changed"
            else:
                change = "unchanged"
            stored = db.execute("SELECT * FROM subscriptions WHERE chat_id = ?", (chat_id,)).fetchone()
        return SubscribeResult(Subscription.from_row(stored), change)

    def unsubscribe(self, chat_id: int, now: datetime | None = None) -> bool:
        """End a chat's subscription and cancel its unsent digests; False if it had none."""
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            changed = db.execute(
                "UPDATE subscriptions SET status = 'unsubscribed', updated_at = ? "
                "WHERE chat_id = ? AND status = 'active'",
                (stamp, chat_id),
            ).rowcount
            if changed:  # its unsent digests go with it
                pending = db.execute(
                    "SELECT id FROM digests WHERE chat_id = ? AND status = 'pending'", (chat_id,)).fetchall()
                cancel_digests(db, [int(row["id"]) for row in pending], stamp)
        return bool(changed)

    def active(self, frequencies: Iterable[str] | None = None) -> list[Subscription]:
        """Active subscriptions (of the given frequencies), oldest first."""
        wanted = tuple(FREQUENCIES if frequencies is None else frequencies)
        if not wanted:
            return []
        marks = ", ".join("?" for _ in wanted)
        rows = self.storage.query(
            f"SELECT * FROM subscriptions WHERE status = 'active' AND frequency IN ({marks}) "
            "ORDER BY subscribed_at, chat_id",
            wanted,
        )
        return [Subscription.from_row(row) for row in rows]

    def pending_count(self, chat_id: int, factbase: FactBase | None = None) -> int:
        """How many new facts wait for this chat's next digest (only those in `factbase`, if given)."""
        subscription = self.get(chat_id)
        if subscription is None or not subscription.active:
            return 0
        with self.storage.reading() as db:
            ids = pending_fact_ids(db, chat_id, subscription.since_seq)
        if factbase is not None:
            ids = [fact_id for fact_id in ids if factbase.entry(fact_id) is not None]
        return len(ids)

    def counts(self) -> dict[str, int]:
        """Subscribers by status and frequency: daily, weekly (active), unsubscribed, inactive."""
        counts = {"daily": 0, "weekly": 0, "unsubscribed": 0, "inactive": 0}
        for row in self.storage.query(
            "SELECT status, frequency, COUNT(*) AS n FROM subscriptions GROUP BY status, frequency"
        ):
            key = row["frequency"] if row["status"] == "active" else row["status"]
            counts[key] += int(row["n"])
        return counts


def cancel_digests(db: sqlite3.Connection, digest_ids: Iterable[int], stamp: str) -> None:
    """Cancel the unsent parts of these pending digests, and each digest none of whose parts
    is in flight (one still `sending` closes its digest when it settles)."""
    for digest_id in digest_ids:
        db.execute(
            "UPDATE digest_parts SET state = 'cancelled', updated_at = ? WHERE digest_id = ? AND state = 'pending'",
            (stamp, digest_id),
        )
        db.execute(
            "UPDATE digests SET status = 'cancelled', finished_at = ? WHERE id = ? AND status = 'pending' "
            "AND NOT EXISTS (SELECT 1 FROM digest_parts AS p WHERE p.digest_id = digests.id "
            "AND p.state = 'sending')",
            (stamp, digest_id),
        )

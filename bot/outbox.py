"""The digest outbox: every digest is stored before it is sent, so none is lost or sent twice.

Life of a digest (tables `digests`, `digest_parts`, `digest_facts`):

1. `compose()` computes a chat's new facts and, in ONE transaction, stores the
   digest, its message parts (state `pending`) and which facts it covers for
   that chat. From then on those facts are never composed for that chat again.
2. Right before its request leaves, a part is claimed: `pending` -> `sending`
   (an atomic UPDATE, so two senders can never both claim it). After Telegram answers it
   becomes `sent`; a failure that proves Telegram did not take it puts it back to
   `pending`; one after which Telegram may have taken it makes it `unconfirmed`; a
   chat that blocked the bot drops the rest of its parts (`dropped`); a group that
   became a supergroup takes its subscription and unsent digests to the new chat id
   (`migrate_chat()`).
3. A part still `sending` when a delivery run starts was in flight when an
   earlier run died: its request may have reached Telegram, so it is never
   sent again; `recover_interrupted()` marks it `unconfirmed`.

A digest is `pending` until none of its parts is `pending` or `sending`; then
it is `sent` (or `dropped`, or `cancelled` after an unsubscribe).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.digest import compose_digest
from bot.facts import FactBase
from bot.storage import Storage, iso_utc, utcnow
from bot.subscriptions import cancel_digests, pending_fact_ids

__all__ = ["Composer", "Outbox", "OutboxPart", "StoredDigest"]

Composer = Callable[[FactBase, Sequence[str], str], list[str]]


@dataclass(frozen=True)
class StoredDigest:
    """A digest as stored by `compose()`."""

    id: int
    chat_id: int
    language: str
    parts: tuple[str, ...]
    fact_ids: tuple[str, ...]


@dataclass(frozen=True)
class OutboxPart:
    """One message of a stored digest, waiting to be sent."""

    digest_id: int
    part: int
    chat_id: int
    text: str


class Outbox:
    """Stored digests and the state of each of their messages."""

    def __init__(self, storage: Storage, composer: Composer = compose_digest) -> None:
        self.storage = storage
        self.composer = composer
        # Many subscribers get the same news: compose each (facts, language) once.
        self._composed: dict[tuple[str, tuple[str, ...], str], list[str]] = {}

    def compose(self, chat_id: int, factbase: FactBase, origin: str = "scheduled",
                now: datetime | None = None) -> StoredDigest | None:
        """Store the digest of a subscribed chat's new facts; None if it has none (or no subscription)."""
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            row = db.execute(
                "SELECT language, since_seq FROM subscriptions WHERE chat_id = ? AND status = 'active'",
                (chat_id,),
            ).fetchone()
            if row is None:
                return None
            fact_ids = [
                fact_id for fact_id in pending_fact_ids(db, chat_id, int(row["since_seq"]))
                if factbase.entry(fact_id) is not None
            ]
            if not fact_ids:
                return None
            language = row["language"]
            parts = self._compose(factbase, fact_ids, language)
            if not parts:
                return None
            digest_id = int(db.execute(
                "INSERT INTO digests (chat_id, language, origin, status, created_at) "
                "VALUES (?, ?, ?, 'pending', ?)",
                (chat_id, language, origin, stamp),
            ).lastrowid or 0)
            db.executemany(
                "INSERT INTO digest_parts (digest_id, part, text, state, updated_at) "
                "VALUES (?, ?, ?, 'pending', ?)",
                [(digest_id, number, text, stamp) for number, text in enumerate(parts, 1)],
            )
            db.executemany(
                "INSERT INTO digest_facts (chat_id, fact_id, digest_id) VALUES (?, ?, ?)",
                [(chat_id, fact_id, digest_id) for fact_id in fact_ids],
            )
        return StoredDigest(digest_id, chat_id, language, tuple(parts), tuple(fact_ids))

    def _compose(self, factbase: FactBase, fact_ids: list[str], language: str) -> list[str]:
        key = (factbase.fingerprint, tuple(fact_ids), language)
        if key not in self._composed:
            if len(self._composed) >= 256:
                self._composed.clear()
            self._composed[key] = self.composer(factbase, fact_ids, language)
        return self._composed[key]

    # -- reading ---------------------------------------------------------------

    def pending_chats(self) -> list[int]:
        """Chats with digests still to send, the longest-waiting first."""
        rows = self.storage.query(
            "SELECT chat_id, MIN(id) AS first FROM digests WHERE status = 'pending' "
            "GROUP BY chat_id ORDER BY first"
        )
        return [int(row["chat_id"]) for row in rows]

    def pending_parts(self, chat_id: int) -> list[OutboxPart]:
        """A chat's unsent messages, in the order they must be sent."""
        rows = self.storage.query(
            "SELECT p.digest_id, p.part, d.chat_id, p.text FROM digest_parts AS p "
            "JOIN digests AS d ON d.id = p.digest_id "
            "WHERE d.chat_id = ? AND d.status = 'pending' AND p.state = 'pending' "
            "ORDER BY p.digest_id, p.part",
            (chat_id,),
        )
        return [OutboxPart(int(r["digest_id"]), int(r["part"]), int(r["chat_id"]), r["text"]) for r in rows]

    def digest_statuses(self, digest_ids: Sequence[int]) -> dict[int, str]:
        if not digest_ids:
            return {}
        marks = ", ".join("?" for _ in digest_ids)
        rows = self.storage.query(f"SELECT id, status FROM digests WHERE id IN ({marks})", tuple(digest_ids))
        return {int(row["id"]): row["status"] for row in rows}

    def part_states(self, digest_id: int) -> list[str]:
        rows = self.storage.query(
            "SELECT state FROM digest_parts WHERE digest_id = ? ORDER BY part", (digest_id,))
        return [row["state"] for row in rows]

    # -- state changes ---------------------------------------------------------

    def recover_interrupted(self, now: datetime | None = None) -> int:
        """Mark parts left `sending` by a run that died as `unconfirmed` (never resent); return how many.

        Call only while holding the delivery lock, when no other run can be sending.
        """
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            rows = db.execute("SELECT DISTINCT digest_id FROM digest_parts WHERE state = 'sending'").fetchall()
            count = db.execute(
                "UPDATE digest_parts SET state = 'unconfirmed', updated_at = ?, "
                "error = 'in flight when an earlier delivery run stopped; not resent' "
                "WHERE state = 'sending'",
                (stamp,),
            ).rowcount
            for row in rows:
                _finish(db, int(row["digest_id"]), stamp)
        return count

    def claim(self, part: OutboxPart, now: datetime | None = None) -> bool:
        """Mark a part `sending` just before its request; False if it is no longer `pending`."""
        return bool(self.storage.execute(
            "UPDATE digest_parts SET state = 'sending', attempts = attempts + 1, updated_at = ? "
            "WHERE digest_id = ? AND part = ? AND state = 'pending'",
            (iso_utc(now or utcnow()), part.digest_id, part.part),
        ))

    def mark_sent(self, part: OutboxPart, message_id: int | None, now: datetime | None = None) -> None:
        self._settle(part, "sent", None, message_id, now)

    def release(self, part: OutboxPart, error: str, now: datetime | None = None) -> None:
        """Put a claimed part back to `pending` (Telegram did not take it; retry on a later run).

        If its digest was cancelled meanwhile (the chat unsubscribed), the part is cancelled too.
        """
        self._settle(part, "pending", error, None, now)

    def mark_unconfirmed(self, part: OutboxPart, error: str, now: datetime | None = None) -> None:
        """The request may have reached Telegram: never resend it."""
        self._settle(part, "unconfirmed", error, None, now)

    def drop_part(self, part: OutboxPart, error: str, now: datetime | None = None) -> None:
        """Telegram refused this message for good (not the chat): skip it."""
        self._settle(part, "dropped", error, None, now)

    def drop_chat(self, chat_id: int, reason: str, now: datetime | None = None) -> None:
        """The chat blocked the bot or is gone: drop its unsent parts, mark the subscription inactive."""
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            digests = [int(r["id"]) for r in db.execute(
                "SELECT id FROM digests WHERE chat_id = ? AND status = 'pending'", (chat_id,))]
            for digest_id in digests:
                db.execute(
                    "UPDATE digest_parts SET state = 'dropped', error = ?, updated_at = ? "
                    "WHERE digest_id = ? AND state IN ('pending', 'sending')",
                    (reason[:500], stamp, digest_id),
                )
                _finish(db, digest_id, stamp, dropped=True)
            db.execute(
                "UPDATE subscriptions SET status = 'inactive', inactive_reason = ?, updated_at = ? "
                "WHERE chat_id = ? AND status = 'active'",
                (reason[:500], stamp, chat_id),
            )

    def migrate_chat(self, old_chat_id: int, new_chat_id: int, now: datetime | None = None) -> None:
        """A group became a supergroup with a new id: continue its subscription and digests there.

        If the supergroup has no subscription of its own, the group's moves over, with its
        unsent digests and the record of which facts it got (so none is composed again).
        If it has one (an administrator subscribed it after the move), the group's ends:
        inactive, "migrated". Either way an unsent digest of the group goes on to the
        supergroup only if none of its facts is already covered there and the supergroup
        has not stopped its digests; otherwise it is cancelled, so no fact reaches the
        supergroup twice. Idempotent: Telegram tells both the group and the supergroup.
        """
        if old_chat_id == new_chat_id:
            return
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            taken = db.execute("SELECT status FROM subscriptions WHERE chat_id = ?", (new_chat_id,)).fetchone()
            if taken is None:
                db.execute(
                    "UPDATE subscriptions SET chat_id = ?, chat_type = 'supergroup', updated_at = ? "
                    "WHERE chat_id = ?",
                    (new_chat_id, stamp, old_chat_id),
                )
            else:
                db.execute(
                    "UPDATE subscriptions SET status = 'inactive', inactive_reason = ?, updated_at = ? "
                    "WHERE chat_id = ? AND status = 'active'",
                    (f"migrated to supergroup {new_chat_id}", stamp, old_chat_id),
                )
            stopped = taken is not None and taken["status"] != "active"
            cancelled = [int(row["id"]) for row in db.execute(
                "SELECT d.id FROM digests AS d WHERE d.chat_id = ? AND d.status = 'pending' AND (? OR EXISTS ("
                "  SELECT 1 FROM digest_facts AS mine JOIN digest_facts AS theirs "
                "  ON theirs.fact_id = mine.fact_id AND theirs.chat_id = ? WHERE mine.digest_id = d.id))",
                (old_chat_id, int(stopped), new_chat_id),
            )]
            cancel_digests(db, cancelled, stamp)
            marks = ", ".join("?" for _ in cancelled)
            for table, column in (("digests", "id"), ("digest_facts", "digest_id")):
                db.execute(
                    f"UPDATE OR IGNORE {table} SET chat_id = ? WHERE chat_id = ? "
                    f"AND {column} NOT IN ({marks})",
                    (new_chat_id, old_chat_id, *cancelled),
                )

    def _settle(self, part: OutboxPart, state: str, error: str | None, message_id: int | None,
                now: datetime | None) -> None:
        stamp = iso_utc(now or utcnow())
        with self.storage.transaction() as db:
            if state == "pending" and db.execute(
                    "SELECT 1 FROM digest_parts WHERE digest_id = ? AND state = 'cancelled'",
                    (part.digest_id,)).fetchone():
                state = "cancelled"  # the rest of its digest was cancelled while it was in flight
            db.execute(
                "UPDATE digest_parts SET state = ?, error = ?, message_id = COALESCE(?, message_id), "
                "updated_at = ? WHERE digest_id = ? AND part = ? AND state IN ('sending', 'unconfirmed')",
                (state, error[:500] if error else None, message_id, stamp, part.digest_id, part.part),
            )
            _finish(db, part.digest_id, stamp)


def _finish(db: sqlite3.Connection, digest_id: int, stamp: str, *, dropped: bool = False) -> str | None:
    """Close a digest whose parts are all settled; return its new status, or None if still open."""
    open_parts = db.execute(
        "SELECT COUNT(*) FROM digest_parts WHERE digest_id = ? AND state IN ('pending', 'sending')",
        (digest_id,),
    ).fetchone()[0]
    if open_parts:
        return None
    delivered = db.execute(
        "SELECT COUNT(*) FROM digest_parts WHERE digest_id = ? AND state IN ('sent', 'unconfirmed')",
        (digest_id,),
    ).fetchone()[0]
    if dropped or delivered:
        status = "dropped" if dropped else "sent"
    else:
        cancelled = db.execute(
            "SELECT 1 FROM digest_parts WHERE digest_id = ? AND state = 'cancelled'", (digest_id,)).fetchone()
        status = "cancelled" if cancelled else "dropped"
    changed = db.execute(
        "UPDATE digests SET status = ?, finished_at = ? WHERE id = ? AND status = 'pending'",
        (status, stamp, digest_id),
    ).rowcount
    if changed and status == "sent":
        db.execute(
            "UPDATE subscriptions SET last_digest_at = ? WHERE chat_id = "
            "(SELECT chat_id FROM digests WHERE id = ?)",
            (stamp, digest_id),
        )
    return status if changed else None

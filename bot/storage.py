"""SQLite state shared by the Telegram handlers and the digests.

One file at `DATABASE_PATH` (WAL mode), schema upgraded by numbered
migrations recorded in `PRAGMA user_version`, so a database survives restarts
and upgrades: a newer bot migrates an older file forward and never drops data.

What is stored:
    chats       every chat that talked to the bot, with its language
    votes       👍/👎 per fact and user (one vote each, changeable)
    questions   questions asked: text, time, language, outcome; no user ids
    facts_seen, subscriptions, digests, digest_parts, digest_facts
                subscriptions and their digest outbox (see bot/subscriptions.py
                and bot/outbox.py)
    bot_state   small values the bot keeps about itself, by key (bot/telegram_app/jobs.py:
                the last scheduled digest run)

Calls are synchronous and short (milliseconds); handlers call them directly.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from bot.errors import StorageError
from bot.logs import redact

__all__ = ["MIGRATIONS", "Storage", "VoteTally", "damaged_message", "database_error_message", "iso_utc", "utcnow"]


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def iso_utc(value: datetime) -> str:
    """How the database stores a moment: ISO 8601 in UTC, to the second."""
    return value.astimezone(timezone.utc).isoformat(timespec="seconds")


# Each migration moves the schema from version N-1 to N. Append, never edit.
MIGRATIONS: list[str] = [
    # 1: chats, votes, questions
    """
    CREATE TABLE chats (
        chat_id     INTEGER PRIMARY KEY,
        chat_type   TEXT NOT NULL DEFAULT 'private',
        language    TEXT NOT NULL DEFAULT 'en',
        first_seen  TEXT NOT NULL,
        last_seen   TEXT NOT NULL
    );
    CREATE TABLE votes (
        fact_id     TEXT NOT NULL,
        user_id     INTEGER NOT NULL,
        vote        INTEGER NOT NULL CHECK (vote IN (-1, 1)),
        voted_at    TEXT NOT NULL,
        PRIMARY KEY (fact_id, user_id)
    );
    CREATE TABLE questions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        text        TEXT NOT NULL,
        language    TEXT NOT NULL,
        asked_at    TEXT NOT NULL,
        answered    INTEGER NOT NULL,
        confidence  INTEGER,
        fact_id     TEXT
    );
    CREATE INDEX questions_answered ON questions (answered, asked_at);
    """,
    # 2: subscriptions, the fact registry (when the bot first saw each fact) and the
    # digest outbox (digests, their message parts, and which facts reached which chat).
    # Used by bot/subscriptions.py and bot/outbox.py.
    """
    CREATE TABLE facts_seen (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        fact_id     TEXT NOT NULL UNIQUE,
        kind        TEXT NOT NULL,
        first_seen  TEXT NOT NULL
    );
    CREATE TABLE subscriptions (
        chat_id         INTEGER PRIMARY KEY,
        chat_type       TEXT NOT NULL DEFAULT 'private',
        frequency       TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
        language        TEXT NOT NULL DEFAULT 'en',
        status          TEXT NOT NULL CHECK (status IN ('active', 'unsubscribed', 'inactive')),
        inactive_reason TEXT,
        since_seq       INTEGER NOT NULL,
        subscribed_at   TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        last_digest_at  TEXT
    );
    CREATE INDEX subscriptions_status ON subscriptions (status, frequency);
    CREATE TABLE digests (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id     INTEGER NOT NULL,
        language    TEXT NOT NULL,
        origin      TEXT NOT NULL,
        status      TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'dropped', 'cancelled')),
        created_at  TEXT NOT NULL,
        finished_at TEXT
    );
    CREATE INDEX digests_status ON digests (status, chat_id);
    CREATE TABLE digest_parts (
        digest_id   INTEGER NOT NULL REFERENCES digests (id),
        part        INTEGER NOT NULL,
        text        TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN
                        ('pending', 'sending', 'sent', 'unconfirmed', 'dropped', 'cancelled')),
        attempts    INTEGER NOT NULL DEFAULT 0,
        message_id  INTEGER,
        error       TEXT,
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (digest_id, part)
    );
    CREATE INDEX digest_parts_state ON digest_parts (state);
    CREATE TABLE digest_facts (
        chat_id     INTEGER NOT NULL,
        fact_id     TEXT NOT NULL,
        digest_id   INTEGER NOT NULL REFERENCES digests (id),
        PRIMARY KEY (chat_id, fact_id)
    );
    """,
    # 3: small facts the bot keeps about itself, by key (e.g. the date of the last
    # scheduled digest run, so that a run missed while the bot was down is caught up).
    """
    CREATE TABLE bot_state (
        key         TEXT PRIMARY KEY,
        value       TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    """,
]


@dataclass(frozen=True)
class VoteTally:
    up: int
    down: int


class Storage:
    """A connection to the bot's SQLite database; open with `Storage.open(path)`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path
        self._lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path, migrations: list[str] | None = None) -> Storage:
        """Open (creating if needed) and migrate the database at `path`."""
        target = Path(path)
        try:
            if str(target) != ":memory:":
                target.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(str(target), check_same_thread=False, isolation_level=None)
            connection.row_factory = sqlite3.Row
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            connection.execute("PRAGMA busy_timeout=5000")
            connection.execute("PRAGMA foreign_keys=ON")
        except (OSError, sqlite3.Error) as exc:
            raise _open_error(target, exc) from None
        storage = cls(connection, target)
        storage.migrate(MIGRATIONS if migrations is None else migrations)
        return storage

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @property
    def schema_version(self) -> int:
        return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self, migrations: list[str]) -> None:
        """Apply every migration newer than the file's version, each in one transaction."""
        current = self.schema_version
        if current > len(migrations):
            raise StorageError(
                f"DATABASE_PATH: {self.path} has schema version {current}, newer than this "
                f"bot knows ({len(migrations)}); upgrade the bot instead of downgrading"
            )
        for version, script in enumerate(migrations[current:], start=current + 1):
            try:
                with self.transaction() as db:
                    for statement in _statements(script):
                        db.execute(statement)
                    db.execute(f"PRAGMA user_version = {version}")
            except sqlite3.Error as exc:
                if _damaged(exc):
                    raise _open_error(self.path, exc) from None
                raise StorageError(f"DATABASE_PATH: migration {version} failed on {self.path}: {exc}") from None

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run statements atomically (BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on error)."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def query(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, params).fetchall()

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> int:
        """Run one statement in its own transaction; return the number of rows changed."""
        with self.transaction() as db:
            return db.execute(sql, params).rowcount

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """The connection, for a few reads in a row (no transaction; don't write through it)."""
        with self._lock:
            yield self._db

    # -- the bot's own state -----------------------------------------------------

    def get_state(self, key: str) -> str | None:
        """A value stored with `set_state`, or None."""
        rows = self.query("SELECT value FROM bot_state WHERE key = ?", (key,))
        return rows[0]["value"] if rows else None

    def set_state(self, key: str, value: str, now: datetime | None = None) -> None:
        """Store (or replace) one value of the bot's own state."""
        self.execute(
            "INSERT INTO bot_state (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            (key, value, iso_utc(now or utcnow())),
        )

    # -- chats -----------------------------------------------------------------

    def touch_chat(self, chat_id: int, chat_type: str, language: str | None = None,
                   now: datetime | None = None) -> None:
        """Remember that a chat used the bot (and its language, when known)."""
        stamp = iso_utc(now or utcnow())
        with self.transaction() as db:
            db.execute(
                "INSERT INTO chats (chat_id, chat_type, language, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (chat_id) DO UPDATE SET "
                "last_seen = excluded.last_seen, chat_type = excluded.chat_type, "
                "language = COALESCE(?, chats.language)",
                (chat_id, chat_type, language or "en", stamp, stamp, language),
            )

    def chat_language(self, chat_id: int) -> str | None:
        rows = self.query("SELECT language FROM chats WHERE chat_id = ?", (chat_id,))
        return rows[0]["language"] if rows else None

    # -- votes -----------------------------------------------------------------

    def record_vote(self, fact_id: str, user_id: int, vote: int, now: datetime | None = None) -> VoteTally:
        """Store a user's 👍 (+1) or 👎 (-1) for a fact, replacing their earlier vote."""
        if vote not in (-1, 1):
            raise ValueError(f"vote must be -1 or 1, not {vote!r}")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO votes (fact_id, user_id, vote, voted_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (fact_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at",
                (fact_id, user_id, vote, iso_utc(now or utcnow())),
            )
        return self.tally(fact_id)

    def tally(self, fact_id: str) -> VoteTally:
        row = self.query(
            "SELECT COALESCE(SUM(vote = 1), 0) AS up, COALESCE(SUM(vote = -1), 0) AS down "
            "FROM votes WHERE fact_id = ?", (fact_id,))[0]
        return VoteTally(int(row["up"]), int(row["down"]))

    # -- questions -------------------------------------------------------------

    def record_question(self, text: str, language: str, answered: bool, confidence: int | None,
                        fact_id: str | None = None, now: datetime | None = None) -> None:
        """Log a question for the curators' statistics (no user ids; token-shaped strings redacted)."""
        text = redact(text)  # a user pasting a bot token must not leave it in the database
        self.execute(
            "INSERT INTO questions (text, language, asked_at, answered, confidence, fact_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (text[:1000], language, iso_utc(now or utcnow()), int(answered), confidence, fact_id),
        )


def _statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def _damaged(exc: BaseException) -> bool:
    """True for SQLite's own word that the file is damaged ("database disk image is malformed", "file is not a
    database"): a plain DatabaseError, not a locked, missing or read-only file (OperationalError and the rest)."""
    return type(exc) is sqlite3.DatabaseError


def _open_error(target: Path, exc: BaseException) -> StorageError:
    """The one message for a database that cannot be opened; a damaged one is said to be damaged, with what to do,
    as `python -m bot` says of damage found later."""
    if _damaged(exc):
        return StorageError(damaged_message(target, exc))
    return StorageError(f"DATABASE_PATH: cannot open {target}: {exc}")


def damaged_message(where: object, exc: BaseException) -> str:
    """What to tell of a damaged database file, found on opening it or later."""
    return f"DATABASE_PATH: {where} is damaged ({exc}); restore it from a backup or move it aside to start afresh"


def database_error_message(where: object, exc: BaseException) -> str:
    """What to tell of a database error found after the file opened: damage as damage, with what to do; anything
    else (a locked or read-only file) as it is, never with advice to move a sound file aside."""
    if _damaged(exc):
        return damaged_message(where, exc)
    return (f"DATABASE_PATH: {where}: {exc} (SQLite does not say the file is damaged: check that no other process "
            "holds it and that it is writable, then try again)")

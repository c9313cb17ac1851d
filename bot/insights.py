"""What admins see: the questions the bot could not answer (grouped) and usage statistics.

The Telegram handlers record every question (`Storage.record_question`: text,
time, language, answered, confidence; never who asked). Here:

* `unanswered_groups()` reads the unanswered and low-confidence ones (answered
  with a score below `LOW_CONFIDENCE`) and groups similar wordings
  (rapidfuzz `token_sort_ratio` >= 85 on normalised text: case, ё/е,
  punctuation and spacing folded), most frequent first. This is the curators'
  to-do list.
* `collect_stats()` counts chats, subscribers, questions and the answer rate.
* `most_asked()` names the facts answered most often lately (inline mode's first page).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from rapidfuzz import fuzz, process

from bot.storage import Storage, utcnow
from bot.subscriptions import Subscriptions

__all__ = [
    "LOW_CONFIDENCE",
    "QuestionGroup",
    "Stats",
    "collect_stats",
    "group_questions",
    "most_asked",
    "normalise_question",
    "unanswered_groups",
]

LOW_CONFIDENCE = 75  # answered, but with a score below this: worth a curator's look
SIMILARITY = 85
_PUNCT_RE = re.compile(r"[^\w\s]+", re.UNICODE)
_SPACE_RE = re.compile(r"\s+")


def normalise_question(text: str) -> str:
    """Fold case, ё, punctuation and spacing so that trivially different wordings compare equal."""
    folded = text.casefold().replace("ё", "е")
    return _SPACE_RE.sub(" ", _PUNCT_RE.sub(" ", folded)).strip()


@dataclass
class QuestionGroup:
    """Similar questions: the most asked wording, how often, and the other wordings."""

    text: str
    count: int
    unanswered: int
    low_confidence: int
    languages: Counter[str] = field(default_factory=Counter)
    variants: list[str] = field(default_factory=list)
    last_asked: str = ""


@dataclass(frozen=True)
class _Question:
    text: str
    language: str
    asked_at: str
    answered: bool
    confidence: int | None


def group_questions(questions: Iterable[_Question | tuple[str, str, str, bool, int | None]],
                    threshold: int = SIMILARITY) -> list[QuestionGroup]:
    """Group similar questions, most frequent group first (ties: most recently asked first).

    Give `questions` in the order they were asked: each group is named by its most
    asked wording, the earliest of those on a tie.
    """
    by_key: dict[str, list[_Question]] = {}
    for item in questions:
        question = item if isinstance(item, _Question) else _Question(*item)
        key = normalise_question(question.text)
        if key:
            by_key.setdefault(key, []).append(question)
    ordered = sorted(by_key, key=lambda k: (-len(by_key[k]), -_latest(by_key[k])))
    keys: list[str] = []
    groups: list[QuestionGroup] = []
    members: list[list[str]] = []
    for key in ordered:
        match = process.extractOne(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold)
        if match is None:
            keys.append(key)
            members.append([key])
        else:
            members[match[2]].append(key)
    for member_keys in members:
        asked = [q for key in member_keys for q in by_key[key]]
        wordings = Counter(q.text.strip() for q in asked)
        top = wordings.most_common()
        groups.append(QuestionGroup(
            text=top[0][0],
            count=len(asked),
            unanswered=sum(1 for q in asked if not q.answered),
            low_confidence=sum(1 for q in asked if q.answered),
            languages=Counter(q.language for q in asked),
            variants=[text for text, _ in top[1:]],
            last_asked=max(q.asked_at for q in asked),
        ))
    groups.sort(key=lambda g: (-g.count, -_timestamp(g.last_asked)))
    return groups


def _latest(questions: list[_Question]) -> float:
    return max(_timestamp(q.asked_at) for q in questions)


def _timestamp(stamp: str) -> float:
    try:
        return datetime.fromisoformat(stamp).timestamp()
    except ValueError:
        return 0.0


def unanswered_groups(storage: Storage, *, days: int | None = None, limit: int = 10_000,
                      low_confidence: int = LOW_CONFIDENCE, now: datetime | None = None) -> list[QuestionGroup]:
    """Grouped questions worth a curator's look (of the last `days` days, if given): unanswered,
    answered with a confidence below `low_confidence`, or answered with a fact someone voted 👎."""
    since = ""
    if days is not None:
        since = ((now or utcnow()) - timedelta(days=days)).astimezone(timezone.utc).isoformat(timespec="seconds")
    rows = storage.query(
        "SELECT text, language, asked_at, answered, confidence FROM questions "
        "WHERE (answered = 0 OR (confidence IS NOT NULL AND confidence < ?) "
        "       OR fact_id IN (SELECT fact_id FROM votes WHERE vote = -1)) AND asked_at >= ? "
        "ORDER BY id DESC LIMIT ?",
        (low_confidence, since, limit),
    )
    return group_questions(  # oldest first, so that ties name the wording people used first
        _Question(r["text"], r["language"], r["asked_at"], bool(r["answered"]), r["confidence"])
        for r in reversed(rows)
    )


@dataclass(frozen=True)
class Stats:
    """Usage figures for `/stats`."""

    chats: int
    private_chats: int
    group_chats: int
    subscribers_daily: int
    subscribers_weekly: int
    subscribers_inactive: int
    questions: int
    answered: int
    questions_week: int
    answered_week: int
    digests_sent: int
    facts_registered: int

    @property
    def subscribers(self) -> int:
        return self.subscribers_daily + self.subscribers_weekly

    @property
    def answer_rate(self) -> float | None:
        return self.answered / self.questions if self.questions else None

    @property
    def answer_rate_week(self) -> float | None:
        return self.answered_week / self.questions_week if self.questions_week else None


def collect_stats(storage: Storage, now: datetime | None = None) -> Stats:
    """Count chats, subscribers, questions (all time and the last 7 days) and digests."""
    week_ago = ((now or utcnow()) - timedelta(days=7)).astimezone(timezone.utc).isoformat(timespec="seconds")

    def one(sql: str, params: tuple[object, ...] = ()) -> int:
        return int(storage.query(sql, params)[0][0] or 0)

    subs = Subscriptions(storage).counts()
    return Stats(
        chats=one("SELECT COUNT(*) FROM chats"),
        private_chats=one("SELECT COUNT(*) FROM chats WHERE chat_type = 'private'"),
        group_chats=one("SELECT COUNT(*) FROM chats WHERE chat_type IN ('group', 'supergroup')"),
        subscribers_daily=subs["daily"],
        subscribers_weekly=subs["weekly"],
        subscribers_inactive=subs["inactive"],
        questions=one("SELECT COUNT(*) FROM questions"),
        answered=one("SELECT COUNT(*) FROM questions WHERE answered = 1"),
        questions_week=one("SELECT COUNT(*) FROM questions WHERE asked_at >= ?", (week_ago,)),
        answered_week=one("SELECT COUNT(*) FROM questions WHERE answered = 1 AND asked_at >= ?", (week_ago,)),
        digests_sent=one("SELECT COUNT(*) FROM digests WHERE status = 'sent'"),
        facts_registered=one("SELECT COUNT(*) FROM facts_seen"),
    )


def most_asked(storage: Storage, *, limit: int = 10, recent: int = 5_000) -> list[str]:
    """The fact ids answered most often among the last `recent` questions, most asked first."""
    rows = storage.query(
        "SELECT fact_id, COUNT(*) AS n FROM (SELECT fact_id FROM questions ORDER BY id DESC LIMIT ?) "
        "WHERE fact_id IS NOT NULL GROUP BY fact_id ORDER BY n DESC, fact_id LIMIT ?",
        (recent, limit),
    )
    return [str(row["fact_id"]) for row in rows]

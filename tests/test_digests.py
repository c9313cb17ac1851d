"""The digest core without Telegram: what counts as new, digest text and splitting, the
outbox's exactly-once bookkeeping, the curation watcher, the admins' reports, migrations."""

from __future__ import annotations

import html
import sqlite3
from dataclasses import replace
from datetime import date, datetime, timezone
from pathlib import Path

import httpx
import pytest
from telegram.error import NetworkError, TelegramError, TimedOut

from bot import curation
from bot.answering import Answerer
from bot.curation import FactBaseWatcher, problems_messages
from bot.deliverylock import DeliveryBusyError, DeliveryLock
from bot.digest import compose_digest
from bot.errors import Problem
from bot.htmlsplit import MAX_MESSAGE_LENGTH, utf16_len
from bot.insights import collect_stats, group_questions, unanswered_groups
from bot.loader import load_factbase
from bot.outbox import Outbox, OutboxPart
from bot.schedule import due_frequencies, last_digest_date, missed_frequencies, next_digest_time
from bot.settings import load_settings
from bot.storage import MIGRATIONS, Storage
from bot.subscriptions import Subscriptions
from bot.telegram_app.delivery import DigestService
from knowledge import DEFAULT_DIR
from tests.fakeapi import html_problem
from tests.helpers_kb import VALID, write_kb
from tests.support_digest import (
    FOLLOW_UP,
    add_extra_fact,
    add_follow_up,
    follow_up_ids,
    launch_kb,
)

T0 = datetime(2023, 10, 27, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def storage(tmp_path: Path) -> Storage:
    db = Storage.open(tmp_path / "bot.sqlite3")
    yield db
    db.close()


def _many_statements_kb(folder: Path, count: int, quote_words: int = 40) -> Path:
    """VALID plus `count` statements, each quoting its own sentence (with HTML-special characters)."""
    sentences = [f"Point {n} <of> the “plan” & " + " ".join(f"word{n}x{i}" for i in range(quote_words)) + "."
                 for n in range(count)]
    text = "Alice Example said: “We signed the bridge treaty.” The meeting was in Bishkek.\n"
    text += "\n".join(sentences)
    items = "".join(
        f"  - id: point-{n}\n    speaker: alice\n    title: Point {n} & <more>\n"
        f"    quote: {sentence!r}\n    source: src\n    added: 2023-10-28\n".replace("'", '"')
        for n, sentence in enumerate(sentences)
    )
    return write_kb(folder, {"kb.yaml": VALID, "more.yaml": "statements:\n" + items}, text=text)


# -- digest text -------------------------------------------------------------------


def test_digest_groups_new_facts_and_quotes_them_with_source_links() -> None:
    factbase = load_factbase(DEFAULT_DIR)
    ids = follow_up_ids()
    for language, header, headings in (
        ("en", "New since your last digest", ("People", "Statements", "Documents")),
        ("ru", "Новое с прошлой сводки", ("Люди", "Заявления", "Документы")),
    ):
        parts = compose_digest(factbase, ids, language)
        body = "\n".join(parts)
        assert parts[0].startswith(f"<b>📬 {header}</b>")
        positions = [body.index(f"{heading}</b>") for heading in headings]
        assert positions == sorted(positions)  # people, then statements, then documents
        for fact_id in ids:
            entry = factbase.entry(fact_id)
            assert entry is not None
            assert body.count(f"<blockquote>{html.escape(entry.quote.strip())}</blockquote>") >= 1
            assert f'<a href="{html.escape(factbase.source_of(entry).url, quote=True)}' in body
        assert all(utf16_len(part) <= MAX_MESSAGE_LENGTH and html_problem(part) is None for part in parts)
        assert [part.endswith(f"({n}/{len(parts)})</i>") for n, part in enumerate(parts, 1)] == [True] * len(parts)
    assert "Сергей Лебедев" in "".join(compose_digest(factbase, ids, "ru"))


def test_a_long_digest_is_split_between_facts_each_part_valid_html(tmp_path: Path) -> None:
    factbase = load_factbase(_many_statements_kb(tmp_path, 60))
    ids = [f"point-{n}" for n in range(60)]
    parts = compose_digest(factbase, ids, "en")
    assert len(parts) > 3
    for part in parts:
        assert utf16_len(part) <= MAX_MESSAGE_LENGTH
        assert html_problem(part) is None
        assert "<of>" not in part and "&lt;of&gt;" in part  # fact text is escaped
    body = "\n".join(parts)
    for n in range(60):
        assert body.count(f"<b>Alice Example: Point {n} &amp; &lt;more&gt;</b>") == 1  # each fact once
    assert parts[1].startswith("<b>💬 Statements</b> <i>(continued)</i>")


def test_a_quote_longer_than_a_message_is_shortened_not_dropped(tmp_path: Path) -> None:
    factbase = load_factbase(_many_statements_kb(tmp_path, 1, quote_words=900))
    parts = compose_digest(factbase, ["point-0"], "en")
    assert len(parts) == 1 and utf16_len(parts[0]) <= MAX_MESSAGE_LENGTH
    assert "…</blockquote>" in parts[0] and html_problem(parts[0]) is None


def test_the_digest_names_the_meeting_of_its_fact_base(tmp_path: Path) -> None:
    factbase = load_factbase(write_kb(tmp_path, {"kb.yaml": VALID}))
    english = compose_digest(factbase, ["bridge-treaty"], "en")[0]
    assert english.splitlines()[1] == (
        "1 new fact from the reports on the Test Council meeting (Bishkek, Kyrgyzstan, 26 October 2023).")
    russian = compose_digest(factbase, ["bridge-treaty", "alice-bridge"], "ru")[0]
    assert russian.splitlines()[1] == (  # no title_ru/place_ru: the English ones
        "Новых фактов: 2 — из публикаций о заседании «Test Council» (Bishkek, Kyrgyzstan, 26 октября 2023 года).")
    shipped = compose_digest(load_factbase(DEFAULT_DIR), ["next-meeting-ashgabat"], "ru")[0]
    assert "о заседании Совета глав правительств СНГ (Бишкек, Кыргызстан, 26 октября 2023 года)." in shipped
    no_meeting = compose_digest(replace(factbase, meeting=None), ["bridge-treaty"], "en")[0]
    assert no_meeting.splitlines()[1] == "1 new fact from the reports."


def test_no_known_facts_means_no_digest() -> None:
    assert compose_digest(load_factbase(DEFAULT_DIR), ["no-such-fact"], "en") == []


# -- what counts as new, and exactly once ---------------------------------------------


def test_news_is_what_the_bot_first_saw_after_subscribing_whatever_added_says(
        tmp_path: Path, storage: Storage) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    add_extra_fact(knowledge, "old-date-but-present", added="2024-05-01")  # there before: not news
    subscriptions, outbox = Subscriptions(storage), Outbox(storage)
    assert "old-date-but-present" in subscriptions.record_facts(load_factbase(knowledge))
    subscriptions.subscribe(1, "private", "daily", "en")

    add_extra_fact(knowledge, "new-but-dated-earlier", added="2023-01-01")  # added later: news
    factbase = load_factbase(knowledge)
    assert subscriptions.record_facts(factbase) == ["new-but-dated-earlier"]
    assert subscriptions.record_facts(factbase) == []  # first seen only once

    digest = outbox.compose(1, factbase)
    assert digest is not None and digest.fact_ids == ("new-but-dated-earlier",)
    assert outbox.compose(1, factbase) is None  # stored once: never composed again
    assert subscriptions.pending_count(1, factbase) == 0


def test_a_subscriber_who_comes_back_gets_no_replay(tmp_path: Path, storage: Storage) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    subscriptions, outbox = Subscriptions(storage), Outbox(storage)
    subscriptions.record_facts(load_factbase(knowledge))
    assert subscriptions.subscribe(1, "private", "daily", "en").change == "new"
    add_follow_up(knowledge)
    factbase = load_factbase(knowledge)
    subscriptions.record_facts(factbase)
    digest = outbox.compose(1, factbase)
    assert digest is not None and list(digest.fact_ids) == follow_up_ids()

    assert subscriptions.unsubscribe(1) is True
    assert outbox.pending_chats() == []  # its unsent digest is cancelled with the subscription
    assert set(outbox.part_states(digest.id)) == {"cancelled"}
    assert subscriptions.subscribe(1, "private", "weekly", "ru").change == "resumed"
    assert outbox.compose(1, factbase) is None  # nothing replayed
    assert subscriptions.subscribe(1, "private", "weekly", "ru").change == "unchanged"
    assert subscriptions.subscribe(1, "private", "daily", "ru").change == "changed"


def test_outbox_states_recovery_and_blocked_chats(tmp_path: Path, storage: Storage) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    subscriptions, outbox = Subscriptions(storage), Outbox(storage)
    subscriptions.record_facts(load_factbase(knowledge))
    for chat in (1, 2):
        subscriptions.subscribe(chat, "private", "daily", "en")
    add_follow_up(knowledge)
    factbase = load_factbase(knowledge)
    subscriptions.record_facts(factbase)
    first, second = outbox.compose(1, factbase), outbox.compose(2, factbase)
    assert first is not None and second is not None and len(first.parts) >= 2

    parts = outbox.pending_parts(1)
    assert outbox.claim(parts[0]) and not outbox.claim(parts[0])  # claimed once only
    outbox.mark_sent(parts[0], 10)
    assert outbox.claim(parts[1])  # ... and the process dies here, request in flight
    assert outbox.recover_interrupted() == 1
    assert outbox.part_states(first.id)[:2] == ["sent", "unconfirmed"]
    assert [p.part for p in outbox.pending_parts(1)] == list(range(3, len(first.parts) + 1))

    outbox.drop_chat(2, "403 Forbidden: bot was blocked by the user")
    assert set(outbox.part_states(second.id)) == {"dropped"}
    blocked = subscriptions.get(2)
    assert blocked is not None and blocked.status == "inactive"
    assert [s.chat_id for s in subscriptions.active()] == [1]
    assert outbox.pending_chats() == [1]


def test_a_sent_digest_closes_and_dates_the_subscription(tmp_path: Path, storage: Storage) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    subscriptions, outbox = Subscriptions(storage), Outbox(storage)
    subscriptions.record_facts(load_factbase(knowledge))
    subscriptions.subscribe(1, "private", "daily", "en")
    add_extra_fact(knowledge, "one-more")
    factbase = load_factbase(knowledge)
    subscriptions.record_facts(factbase)
    digest = outbox.compose(1, factbase)
    assert digest is not None and len(digest.parts) == 1
    part = OutboxPart(digest.id, 1, 1, digest.parts[0])
    assert outbox.claim(part)
    outbox.mark_sent(part, 5)
    assert outbox.digest_statuses([digest.id]) == {digest.id: "sent"}
    current = subscriptions.get(1)
    assert current is not None and current.last_digest_at is not None


def test_a_group_that_became_a_supergroup_takes_its_digests_along_but_never_repeats_a_fact(
        tmp_path: Path, storage: Storage) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    subscriptions, outbox = Subscriptions(storage), Outbox(storage)
    subscriptions.record_facts(load_factbase(knowledge))
    subscriptions.subscribe(-1, "group", "daily", "en")
    subscriptions.subscribe(-2, "group", "daily", "ru")
    add_extra_fact(knowledge, "one-more")
    factbase = load_factbase(knowledge)
    subscriptions.record_facts(factbase)
    moving, stopping = outbox.compose(-1, factbase), outbox.compose(-2, factbase)
    assert moving is not None and stopping is not None

    for _ in range(2):  # Telegram tells the group and the supergroup: the second changes nothing
        outbox.migrate_chat(-1, -100)
        moved = subscriptions.get(-100)
        assert subscriptions.get(-1) is None and moved is not None and moved.active
        assert [(p.digest_id, p.chat_id) for p in outbox.pending_parts(-100)] == [(moving.id, -100)]
        assert outbox.compose(-100, factbase) is None  # its facts stay covered there

    subscriptions.subscribe(-200, "supergroup", "daily", "ru")  # subscribed, then stopped, after the move
    subscriptions.unsubscribe(-200)
    outbox.migrate_chat(-2, -200)
    old = subscriptions.get(-2)
    assert old is not None and old.status == "inactive" and old.inactive_reason == "migrated to supergroup -200"
    assert outbox.digest_statuses([stopping.id]) == {stopping.id: "cancelled"}
    assert outbox.pending_chats() == [-100]


class _FailingBot:
    """Stands in for the Bot: every send fails with `error` (as PTB raises it, wrapping its cause)."""

    def __init__(self, error: TelegramError, cause: BaseException | None) -> None:
        error.__cause__ = cause
        self.error = error
        self.sends = 0

    async def send_message(self, *args: object, **kwargs: object) -> None:
        self.sends += 1
        raise self.error


@pytest.mark.parametrize(("error", "cause", "state"), [
    (NetworkError("httpx.ConnectError: refused"), httpx.ConnectError("refused"), "pending"),
    (TimedOut(), httpx.ConnectTimeout("connect"), "pending"),
    (TimedOut("Pool timeout"), httpx.PoolTimeout("pool"), "pending"),
    (TimedOut(), httpx.WriteTimeout("write"), "pending"),
    (NetworkError("Bad Gateway"), None, "pending"),  # Telegram answered 5xx: it did not take it
    (TimedOut(), httpx.ReadTimeout("read"), "unconfirmed"),
    (NetworkError("httpx.RemoteProtocolError"), httpx.RemoteProtocolError("disconnected"), "unconfirmed"),
    (NetworkError("httpx.ReadError"), httpx.ReadError("reset"), "unconfirmed"),
], ids=["refused", "connect-timeout", "pool-timeout", "write-timeout", "5xx", "read-timeout",
        "disconnected", "read-error"])
async def test_only_errors_proving_the_request_never_left_are_sent_again(
        tmp_path: Path, storage: Storage, error: TelegramError, cause: BaseException | None, state: str) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    subscriptions = Subscriptions(storage)
    subscriptions.record_facts(load_factbase(knowledge))
    subscriptions.subscribe(1, "private", "daily", "en")
    add_follow_up(knowledge)
    factbase = load_factbase(knowledge)
    subscriptions.record_facts(factbase)
    service = DigestService(storage)
    bot = _FailingBot(error, cause)
    report = await service.run(bot, factbase)  # type: ignore[arg-type]
    (digest_id,) = service.outbox.digest_statuses([1])
    states = service.outbox.part_states(digest_id)
    assert states[0] == state
    if state == "pending":  # put back; the later parts wait for it
        assert bot.sends == 1 and set(states) == {"pending"} and report.failed == 1
    else:  # never sent again; the later parts go on
        assert bot.sends == len(states) and set(states) == {"unconfirmed"} and report.unconfirmed == len(states)


async def test_only_one_delivery_run_at_a_time(tmp_path: Path) -> None:
    first, second = DeliveryLock(tmp_path / "db.digest-lock"), DeliveryLock(tmp_path / "db.digest-lock")
    async with first.hold():
        with pytest.raises(DeliveryBusyError):
            async with second.hold(timeout=0.3):
                pass
    async with second.hold(timeout=0.3):
        pass


# -- the schedule ---------------------------------------------------------------------


def test_a_missed_scheduled_run_is_found_from_the_last_one_completed() -> None:
    settings = load_settings(environ={"DIGEST_TIME": "09:00", "DIGEST_TIMEZONE": "Asia/Bishkek",
                                      "DIGEST_WEEKDAY": "mon"}, env_file=None)
    tuesday_0800 = datetime(2023, 10, 31, 2, 0, tzinfo=timezone.utc)  # 08:00 in Bishkek: Monday's is the latest
    tuesday_1000 = datetime(2023, 10, 31, 4, 0, tzinfo=timezone.utc)
    monday, sunday = date(2023, 10, 30), date(2023, 10, 29)
    assert last_digest_date(tuesday_0800, settings) == monday
    assert last_digest_date(tuesday_1000, settings) == date(2023, 10, 31)
    assert missed_frequencies(monday, tuesday_0800, settings) == ()  # done; today's is not due yet
    assert missed_frequencies(monday, tuesday_1000, settings) == ("daily",)
    assert missed_frequencies(sunday, tuesday_1000, settings) == ("daily", "weekly")  # Monday's was missed
    assert missed_frequencies(date(2023, 9, 1), tuesday_1000, settings) == ("daily", "weekly")
    assert missed_frequencies(None, tuesday_1000, settings) == ("daily",)  # never ran: today's
    assert missed_frequencies(None, tuesday_0800, settings) == ("daily", "weekly")  # ... Monday's


def test_schedule_daily_everyday_weekly_on_the_weekday() -> None:
    settings = load_settings(environ={"DIGEST_TIME": "09:30", "DIGEST_TIMEZONE": "Asia/Bishkek",
                                      "DIGEST_WEEKDAY": "fri"}, env_file=None)
    friday_morning = datetime(2023, 11, 3, 3, 30, tzinfo=timezone.utc)  # 09:30 in Bishkek
    assert due_frequencies(friday_morning, settings) == ("daily", "weekly")
    assert due_frequencies(datetime(2023, 11, 2, 3, 30, tzinfo=timezone.utc), settings) == ("daily",)
    wednesday_noon = datetime(2023, 11, 1, 6, 0, tzinfo=timezone.utc)
    assert next_digest_time(wednesday_noon, settings, "daily").isoformat() == "2023-11-02T09:30:00+06:00"
    assert next_digest_time(wednesday_noon, settings, "weekly").isoformat() == "2023-11-03T09:30:00+06:00"


# -- the curation watcher --------------------------------------------------------------


async def test_watcher_reloads_valid_edits_and_reports_each_broken_version_once(tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    watcher = FactBaseWatcher(knowledge, Answerer.from_directory(knowledge))
    assert (await watcher.check()).status == "unchanged"  # first look: same facts

    (knowledge / FOLLOW_UP).write_text("agreements:\n  - id: x\n    title: [oops\n", encoding="utf-8")
    failed = await watcher.check()
    assert failed.status == "failed" and failed.notify
    assert str(failed.problems[0]).startswith(f"{knowledge / FOLLOW_UP}:")
    assert failed.answerer is watcher.current  # still serving the launch facts
    assert (await watcher.check()).status == "unchanged"  # files as they were: no new notice
    assert (await watcher.check(force=True)).notify is False  # same errors: no new notice

    add_follow_up(knowledge)
    reloaded = await watcher.check()
    assert reloaded.status == "reloaded" and reloaded.answerer.factbase.entry("next-meeting-ashgabat")
    assert watcher.current is reloaded.answerer

    (knowledge / FOLLOW_UP).write_text("agreements:\n  - id: x\n    title: [oops\n", encoding="utf-8")
    assert (await watcher.check()).notify  # broken again after a fix: a new notice


async def test_watcher_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    watcher = FactBaseWatcher(knowledge, Answerer.from_directory(knowledge))

    def explode(directory: Path) -> Answerer:
        raise PermissionError(f"{directory}: permission denied")

    monkeypatch.setattr(curation, "load_factbase", explode)
    result = await watcher.check(force=True)
    assert result.status == "failed" and "permission denied" in str(result.problems[0])


async def test_watcher_builds_a_matcher_only_for_changed_facts(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    watcher = FactBaseWatcher(knowledge, Answerer.from_directory(knowledge))
    built: list[Answerer] = []

    class CountingAnswerer(Answerer):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            built.append(self)

    monkeypatch.setattr(curation, "Answerer", CountingAnswerer)
    (knowledge / "notes.txt").write_text("a curator's note, not YAML", encoding="utf-8")
    assert (await watcher.check()).status == "unchanged" and built == []
    add_extra_fact(knowledge, "one-more")
    reloaded = await watcher.check()
    assert reloaded.status == "reloaded" and built == [reloaded.answerer]


def test_rejected_edit_notices_are_valid_html_within_telegrams_limit() -> None:
    problems = tuple(
        Problem(f"knowledge/файл-{n}.yaml", n, f"цитата не найдена 😀 <{n}> & " + "длинное слово " * 60 * (n % 4 + 1))
        for n in range(1, 40))
    problems += (Problem("knowledge/huge.yaml", 1, "🙂" * 5000),)  # one problem longer than a message
    messages = problems_messages(problems, "⚠️ <b>Правка базы фактов отклонена</b>")
    assert len(messages) > 2
    for message in messages:
        assert utf16_len(message) <= MAX_MESSAGE_LENGTH
        assert html_problem(message) is None
    body = html.unescape("".join(messages))
    assert all(f"<{n}> &" in body for n in range(1, 40))  # nothing lost
    assert body.count("🙂") == 5000


# -- admins' reports -----------------------------------------------------------------


def test_similar_questions_are_grouped_most_frequent_first() -> None:
    stamp = "2023-10-28T10:00:00+00:00"
    rows = [(text, "en", stamp, False, 20) for text in (
        "Who represented Moldova?", "who represented  MOLDOVA", "Moldova: who represented it?",
        "What did Latvia say?", "what did latvia say",
    )] + [("Кто представлял Молдову?", "ru", stamp, False, None),
          ("Who spoke about cotton?", "en", stamp, True, 64)]
    groups = group_questions(rows)
    assert [(g.count, g.text) for g in groups[:2]] == [
        (3, "Who represented Moldova?"), (2, "What did Latvia say?")]
    assert groups[0].variants == ["who represented  MOLDOVA", "Moldova: who represented it?"]
    cotton = next(g for g in groups if "cotton" in g.text)
    assert (cotton.unanswered, cotton.low_confidence) == (0, 1)
    assert len(groups) == 4  # the Russian question is its own group


def test_unanswered_and_stats_read_the_recorded_questions(storage: Storage) -> None:
    storage.record_question("Who represented Moldova?", "en", False, 30)
    storage.record_question("who represented moldova", "en", False, 28)
    storage.record_question("Who represented Armenia?", "en", True, 96, "grigoryan")
    storage.record_question("What about cotton?", "en", True, 62, "x")  # answered, low confidence
    storage.touch_chat(1, "private", "en")
    storage.touch_chat(-100, "supergroup", "ru")
    subscriptions = Subscriptions(storage)
    subscriptions.subscribe(1, "private", "daily", "en")
    subscriptions.subscribe(-100, "supergroup", "weekly", "ru")

    groups = unanswered_groups(storage)
    assert [(g.text, g.count) for g in groups] == [("Who represented Moldova?", 2), ("What about cotton?", 1)]
    stats = collect_stats(storage)
    assert (stats.chats, stats.private_chats, stats.group_chats) == (2, 1, 1)
    assert (stats.subscribers, stats.subscribers_daily, stats.subscribers_weekly) == (2, 1, 1)
    assert (stats.questions, stats.answered, stats.answer_rate) == (4, 2, 0.5)


# -- migrations ------------------------------------------------------------------------


def test_an_old_database_is_migrated_without_losing_anything(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    old = Storage.open(path, migrations=MIGRATIONS[:1])
    old.record_question("Who represented Moldova?", "en", False, 30)
    old.touch_chat(1, "private", "ru")
    assert old.schema_version == 1
    old.close()

    upgraded = Storage.open(path)
    try:
        assert upgraded.schema_version == len(MIGRATIONS) >= 2
        assert upgraded.chat_language(1) == "ru"
        assert upgraded.query("SELECT text FROM questions")[0]["text"] == "Who represented Moldova?"
        assert upgraded.query("PRAGMA journal_mode")[0][0] == "wal"
        Subscriptions(upgraded).subscribe(1, "private", "daily", "ru")
    finally:
        upgraded.close()
    reopened = Storage.open(path)  # a restart: nothing re-applied, nothing lost
    try:
        current = Subscriptions(reopened).get(1)
        assert current is not None and current.language == "ru"
    finally:
        reopened.close()
    with pytest.raises(sqlite3.IntegrityError):  # the schema itself refuses nonsense
        raw = sqlite3.connect(path)
        raw.execute("INSERT INTO subscriptions (chat_id, frequency, status, since_seq, subscribed_at, updated_at) "
                    "VALUES (2, 'monthly', 'active', 0, 'x', 'x')")

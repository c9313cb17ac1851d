"""Subscriptions, digests and the curation loop through Telegram: the real Application
long-polling the fake Bot API over HTTP, as a subscriber, a group and a curator use it.

The scheduled jobs are never waited for: the tests call the functions the jobs call
(`run_scheduled_digests`, `reload_fact_base`, `resume_deliveries`).
"""

from __future__ import annotations

import asyncio
import html
import re
import socket
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from telegram.ext import Application

from bot.loader import load_factbase
from bot.replies import format_date
from bot.schedule import last_digest_date
from bot.storage import Storage, utcnow
from bot.subscriptions import Subscriptions
from bot.telegram_app import jobs
from bot.telegram_app.broadcast import build_broadcast_bot
from bot.telegram_app.delivery import DigestService
from bot.telegram_app.jobs import (
    LAST_RUN_KEY,
    last_scheduled_run,
    reload_fact_base,
    resume_deliveries,
    run_scheduled_digests,
)
from tests.fakeapi import FakeBotAPI
from tests.support_digest import (
    ADMIN_ID,
    FOLLOW_UP,
    add_extra_fact,
    add_follow_up,
    digest_settings,
    digest_texts,
    follow_up_ids,
    follow_up_quotes_html,
    launch_kb,
    running_bot,
)

MONDAY_0900_BISHKEK = datetime(2023, 10, 30, 3, 0, tzinfo=timezone.utc)
TUESDAY_0900_BISHKEK = datetime(2023, 10, 31, 3, 0, tzinfo=timezone.utc)
RU_USER, EN_USER, WEEKLY_USER = 1001, 1002, 1003


@pytest.fixture
def api() -> FakeBotAPI:
    with FakeBotAPI() as fake:
        yield fake


async def _command(api: FakeBotAPI, text: str, *, user_id: int, chat_id: int | None = None,
                   language_code: str = "en", chat_type: str | None = None) -> str:
    """Send a command as a user and return the bot's (first) reply text."""
    chat = user_id if chat_id is None else chat_id
    before = len([c for c in api.sent_messages() if c.get("chat_id") == chat])
    api.push_message(text, user_id=user_id, chat_id=chat_id, language_code=language_code, chat_type=chat_type)
    calls = await api.wait_for_async("sendMessage", lambda p: p.get("chat_id") == chat, count=before + 1)
    return str(calls[before].params["text"])


async def _eventually(condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait (letting the bot run) until `condition()` holds; fail after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out waiting for the bot"
        await asyncio.sleep(0.01)


async def _two_subscribers_with_news(api: FakeBotAPI, app: Application,  # type: ignore[type-arg]
                                     knowledge: Path) -> None:
    """RU_USER and EN_USER subscribe (daily); then the curators add the follow-up reports."""
    await _command(api, "/subscribe", user_id=RU_USER, language_code="ru")
    await _command(api, "/subscribe", user_id=EN_USER)
    add_follow_up(knowledge)
    await reload_fact_base(app)


def _sends_to(api: FakeBotAPI, chat_id: int) -> list[Any]:
    """Every sendMessage call to `chat_id`, answered or refused."""
    return [c for c in api.calls_to("sendMessage") if c.params.get("chat_id") == chat_id]


def _assert_follow_up_digest_once(api: FakeBotAPI, chat_id: int) -> None:
    """`chat_id` got the whole follow-up digest, each message exactly once."""
    texts = digest_texts(api, chat_id)
    assert len(texts) == len(set(texts)) >= 2 and _last_part(texts[-1])
    body = "\n".join(texts)
    assert all(quote in body for quote in follow_up_quotes_html())


async def test_subscriber_gets_new_facts_once_in_their_language(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    settings = digest_settings(api, tmp_path, knowledge)
    async with running_bot(settings) as app:
        reply = await _command(api, "/subscribe", user_id=RU_USER, language_code="ru")
        assert "Подписка оформлена" in reply
        reply = await _command(api, "/subscribe", user_id=EN_USER)
        assert reply.startswith("Subscribed!") and "every day at 09:00 (Asia/Bishkek)" in reply

        # Nothing is new yet: the launch facts were there when they subscribed.
        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.composed) == (0, 0)
        assert digest_texts(api, RU_USER) == [] and digest_texts(api, EN_USER) == []

        # A curator adds the follow-up reports; the bot notices them.
        add_follow_up(knowledge)
        result = await reload_fact_base(app)
        assert result.status == "reloaded" and list(result.new_facts) == follow_up_ids()

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed, report.dropped) == (2, 0, 0)
        russian, english = digest_texts(api, RU_USER), digest_texts(api, EN_USER)
        assert russian[0].startswith("<b>📬 Новое с прошлой сводки</b>")
        assert english[0].startswith("<b>📬 New since your last digest</b>")
        for texts in (russian, english):
            body = "\n".join(texts)
            for quote in follow_up_quotes_html():
                assert body.count(quote) >= 1
            assert "Alikhan Smailov" not in body and "Алихан Смаилов" not in body  # launch facts: not news
            assert all(len(text) <= 4096 for text in texts)
        assert "Люди" in russian[0] and "People" in english[0]

        # Exactly once: later runs (scheduled or on demand) send nothing again.
        sent_before = len(api.sent_messages())
        report = await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert (report.sent, report.composed) == (0, 0)
        assert len(api.sent_messages()) == sent_before
        reply = await _command(api, "/digest", user_id=EN_USER)
        assert reply.startswith("Nothing new since your last digest")


async def test_weekly_subscribers_get_theirs_on_digest_weekday(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        reply = await _command(api, "/subscribe weekly", user_id=WEEKLY_USER)
        assert "every Monday at 09:00 (Asia/Bishkek)" in reply
        add_follow_up(knowledge)
        await reload_fact_base(app)
        await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert digest_texts(api, WEEKLY_USER) == []
        reply = await _command(api, "/subscription", user_id=WEEKLY_USER)
        assert "weekly digest in English" in reply and f"New facts waiting: {len(follow_up_ids())}" in reply
        await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert len(digest_texts(api, WEEKLY_USER)) >= 2


async def test_subscription_lifecycle(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        assert (await _command(api, "/subscription", user_id=EN_USER)).startswith("This chat is not subscribed")
        assert (await _command(api, "/digest", user_id=EN_USER)).startswith("This chat is not subscribed")
        assert (await _command(api, "/subscribe monthly", user_id=EN_USER)).startswith(
            "Usage: /subscribe [daily|weekly]")
        assert (await _command(api, "/subscribe daily weekly", user_id=EN_USER)).startswith("Usage:")
        assert Subscriptions(app.bot_data["storage"]).get(EN_USER) is None  # bad input stores nothing

        assert (await _command(api, "/subscribe", user_id=EN_USER)).startswith("Subscribed!")
        status = await _command(api, "/subscription", user_id=EN_USER)
        assert "Subscribed to the daily digest in English" in status and "New facts waiting: 0" in status
        assert (await _command(api, "/subscribe", user_id=EN_USER)).startswith("This chat is already subscribed")
        reply = await _command(api, "/subscribe weekly ru", user_id=EN_USER)
        assert reply.startswith("Готово") and "еженедельную" in reply
        # the explicit choice holds everywhere: /subscription answers in the chosen language too
        assert "еженедельную сводку на русском" in await _command(api, "/subscription", user_id=EN_USER)
        assert "Russian" not in await _command(api, "/subscribe weekly", user_id=EN_USER)  # still Russian
        assert (await _command(api, "/subscribe daily en", user_id=EN_USER)).startswith("Changed")
        assert (await _command(api, "/digest", user_id=EN_USER)).startswith("Nothing new since you subscribed")

        assert (await _command(api, "/unsubscribe", user_id=EN_USER)).startswith("Unsubscribed")
        assert (await _command(api, "/unsubscribe", user_id=EN_USER)).startswith("This chat is not subscribed")
        assert "unsubscribed" in await _command(api, "/subscription", user_id=EN_USER)

        # News that arrived while unsubscribed is not replayed after subscribing again...
        add_follow_up(knowledge)
        await reload_fact_base(app)
        assert (await _command(api, "/subscribe", user_id=EN_USER)).startswith("Subscribed!")
        await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert digest_texts(api, EN_USER) == []
        # ...but a fact added after that is, on demand with /digest.
        add_extra_fact(knowledge, "extra-one")
        await reload_fact_base(app)
        api.push_message("/digest", user_id=EN_USER)
        calls = await api.wait_for_async("sendMessage", lambda p: p["text"].startswith("<b>📬"))
        assert "Industrial cooperation as a priority" in calls[0].params["text"]
        assert "1 new fact" in calls[0].params["text"]


async def test_russian_subscription_status_reads_right(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _command(api, "/subscribe", user_id=RU_USER, language_code="ru")
        current = Subscriptions(app.bot_data["storage"]).get(RU_USER)
        assert current is not None
        since = format_date(current.subscribed_at.date(), "ru")
        status = (await _command(api, "/subscription", user_id=RU_USER, language_code="ru")).splitlines()
        assert status[0] == f"Этот чат подписан на ежедневную сводку на русском с {since}."
        assert status[2] == "Сводок ещё не было."
        reply = await _command(api, "/subscribe", user_id=RU_USER, language_code="ru")
        assert reply == "Этот чат уже подписан на ежедневную сводку на русском: каждый день в 09:00 (Asia/Bishkek)."
        reply = await _command(api, "/subscribe weekly", user_id=RU_USER, language_code="ru")
        assert reply.startswith("Готово: теперь этот чат получает еженедельную сводку на русском — "
                                "по понедельникам в 09:00 (Asia/Bishkek).\n/digest")
        status = (await _command(api, "/subscription", user_id=RU_USER, language_code="ru")).splitlines()
        assert status[0] == f"Этот чат подписан на еженедельную сводку на русском с {since}."
        reply = await _command(api, "/subscribe weekly", user_id=EN_USER)
        assert reply.startswith("Subscribed!")
        reply = await _command(api, "/subscribe weekly", user_id=EN_USER)
        assert reply == ("This chat is already subscribed to the weekly digest in English: "
                         "every Monday at 09:00 (Asia/Bishkek).")


async def test_group_subscription_is_for_its_administrators(api: FakeBotAPI, tmp_path: Path) -> None:
    group, admin, member = -1001234, 1001, 1002
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        api.set_admin(group, admin)
        reply = await _command(api, "/subscribe", user_id=member, chat_id=group, chat_type="supergroup")
        assert reply == "Only this group's administrators can change its subscription."
        assert Subscriptions(app.bot_data["storage"]).get(group) is None
        reply = await _command(api, "/subscribe weekly", user_id=admin, chat_id=group, chat_type="supergroup")
        assert reply.startswith("Subscribed!")
        reply = await _command(api, "/unsubscribe", user_id=member, chat_id=group, chat_type="supergroup")
        assert reply == "Only this group's administrators can change its subscription."
        # Anyone may look at the group's subscription.
        reply = await _command(api, "/subscription", user_id=member, chat_id=group, chat_type="supergroup")
        assert "weekly digest" in reply

        add_follow_up(knowledge)
        await reload_fact_base(app)
        await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert len(digest_texts(api, group)) >= 2  # the digest goes to the group itself
        reply = await _command(api, "/unsubscribe", user_id=admin, chat_id=group, chat_type="supergroup")
        assert reply.startswith("Unsubscribed")


async def test_blocked_subscriber_is_marked_inactive_and_not_tried_again(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _two_subscribers_with_news(api, app, knowledge)
        api.block_chat(RU_USER)

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed, report.dropped) == (1, 0, 1)
        blocked = Subscriptions(app.bot_data["storage"]).get(RU_USER)
        assert blocked is not None and blocked.status == "inactive" and "403" in (blocked.inactive_reason or "")
        attempts = len([c for c in api.calls_to("sendMessage") if c.params.get("chat_id") == RU_USER])
        assert attempts == 2  # the /subscribe reply, then the first digest part: 403, the rest dropped

        add_extra_fact(knowledge, "extra-two")
        await reload_fact_base(app)
        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.dropped) == (1, 0)
        assert len([c for c in api.calls_to("sendMessage") if c.params.get("chat_id") == RU_USER]) == attempts
        assert "Industrial cooperation as a priority" in digest_texts(api, EN_USER)[-1]


async def test_a_chat_that_blocks_the_bot_has_its_queued_digest_dropped_unsent(api: FakeBotAPI,
                                                                              tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _command(api, "/subscribe", user_id=EN_USER)
        add_follow_up(knowledge)
        await reload_fact_base(app)
        service: DigestService = app.bot_data["digests"]
        queued = service.outbox.compose(EN_USER, app.bot_data["answerer"].factbase)  # stored, not sent yet
        assert queued is not None and len(queued.parts) >= 2

        api.push_update(api.my_chat_member(EN_USER))  # the user blocks the bot
        subscriptions = Subscriptions(app.bot_data["storage"])
        await _eventually(lambda: getattr(subscriptions.get(EN_USER), "status", None) == "inactive")
        assert set(service.outbox.part_states(queued.id)) == {"dropped"}

        report = await resume_deliveries(app)
        assert (report.sent, report.messages) == (0, 0)
        assert len(_sends_to(api, EN_USER)) == 1  # only the /subscribe reply: no digest was even tried


async def test_retry_after_is_honoured_and_nothing_is_duplicated(api: FakeBotAPI, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # RetryAfter.retry_after as a timedelta, without a warning
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _two_subscribers_with_news(api, app, knowledge)
        api.retry_after_next("sendMessage", seconds=1)

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed) == (2, 0)
        assert [c.status for c in api.calls_to("sendMessage") if not c.ok] == [429]
        for chat in (RU_USER, EN_USER):
            texts = digest_texts(api, chat)
            assert len(texts) == len(set(texts)) >= 2
            assert texts[0].startswith("<b>📬") and texts[-1].endswith(f"({len(texts)}/{len(texts)})</i>")


@pytest.mark.parametrize("failure", ["500", "502"])
async def test_server_and_network_errors_are_retried_later_once(api: FakeBotAPI, tmp_path: Path,
                                                               failure: str) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _two_subscribers_with_news(api, app, knowledge)
        api.fail_next("sendMessage", status=int(failure), description="Bad Gateway")

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed, report.dropped) == (1, 1, 0)
        # The failed chat waits for the retry; nothing of its digest is lost meanwhile.
        report = await resume_deliveries(app)
        assert (report.sent, report.failed) == (1, 0)
        report = await resume_deliveries(app)
        assert (report.sent, report.failed, report.messages) == (0, 0, 0)
    for chat in (RU_USER, EN_USER):
        _assert_follow_up_digest_once(api, chat)


async def test_a_connection_closed_after_the_request_was_read_is_not_resent(api: FakeBotAPI,
                                                                          tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _two_subscribers_with_news(api, app, knowledge)
        # Telegram read the request, then the connection broke: it may have delivered the message.
        api.drop_connection_next("sendMessage")

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed, report.dropped, report.unconfirmed) == (2, 0, 0, 1)
        report = await resume_deliveries(app)
        assert (report.sent, report.failed, report.messages) == (0, 0, 0)
    [lost] = [c for c in api.calls_to("sendMessage") if not c.ok]
    again = [c for c in api.calls_to("sendMessage")
             if (c.params["chat_id"], c.params["text"]) == (lost.params["chat_id"], lost.params["text"])]
    assert again == [lost]  # never sent a second time
    other = RU_USER if lost.params["chat_id"] == EN_USER else EN_USER
    _assert_follow_up_digest_once(api, other)
    texts = digest_texts(api, lost.params["chat_id"])
    assert len(texts) == len(set(texts)) >= 1 and lost.params["text"] not in texts  # the rest, once


async def test_a_refused_connection_is_retried_later(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    settings = digest_settings(api, tmp_path, knowledge)
    with socket.socket() as probe:  # a port nothing listens on: the Bot API is down
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    async with running_bot(settings) as app:
        await _two_subscribers_with_news(api, app, knowledge)
        down = build_broadcast_bot(replace(settings, telegram_api_base_url=f"http://127.0.0.1:{closed_port}"))
        service: DigestService = app.bot_data["digests"]
        try:
            report = await service.run(down, app.bot_data["answerer"].factbase)
        finally:
            await down.shutdown()
        assert (report.composed, report.sent, report.failed, report.unconfirmed) == (2, 0, 2, 0)

        report = await resume_deliveries(app)  # the API is back
        assert (report.sent, report.failed, report.unconfirmed) == (2, 0, 0)
    for chat in (RU_USER, EN_USER):
        _assert_follow_up_digest_once(api, chat)


async def test_delivery_is_exactly_once_across_a_restart(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    settings = digest_settings(api, tmp_path, knowledge)
    async with running_bot(settings) as app:
        await _two_subscribers_with_news(api, app, knowledge)
        api.fail_next("sendMessage", status=500)
        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert report.failed == 1
    delivered_before = {chat: digest_texts(api, chat) for chat in (RU_USER, EN_USER)}
    waiting = next(chat for chat, texts in delivered_before.items() if not texts)

    # The restarted bot finishes the fan-out by itself, right after start...
    async with running_bot(settings, resume_delay=0.1) as app:
        await api.wait_for_async("sendMessage", lambda p: p["chat_id"] == waiting and _last_part(p["text"]))
        # ...and sends nothing twice, neither then nor on the next scheduled run.
        report = await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert (report.composed, report.messages) == (0, 0)
    for chat in (RU_USER, EN_USER):
        texts = digest_texts(api, chat)
        assert len(texts) == len(set(texts)) >= 2
        assert texts[-1].endswith(f"({len(texts)}/{len(texts)})</i>")


async def test_a_scheduled_run_missed_while_the_bot_was_down_is_caught_up_at_start(api: FakeBotAPI,
                                                                                tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    settings = digest_settings(api, tmp_path, knowledge)
    storage = Storage.open(settings.database_path)  # the bot ran until 8 days ago...
    try:
        subscriptions = Subscriptions(storage)
        subscriptions.record_facts(load_factbase(knowledge))
        subscriptions.subscribe(EN_USER, "private", "daily", "en")
        subscriptions.subscribe(WEEKLY_USER, "private", "weekly", "en")
        stopped = last_digest_date(utcnow(), settings) - timedelta(days=8)
        storage.set_state(LAST_RUN_KEY, stopped.isoformat())
    finally:
        storage.close()
    add_follow_up(knowledge)  # ...and the curators added facts while it was down

    async with running_bot(settings, resume_delay=0.1) as app:
        for chat in (EN_USER, WEEKLY_USER):  # nobody calls a job: the bot catches up by itself
            await api.wait_for_async("sendMessage", lambda p, c=chat: p["chat_id"] == c and _last_part(p["text"]),
                                     timeout=10)
        # The run is stored after its last message is confirmed, so it can land a moment later.
        due = last_digest_date(utcnow(), settings)
        await _eventually(lambda: last_scheduled_run(app.bot_data["storage"]) == due, timeout=10)
    for chat in (EN_USER, WEEKLY_USER):
        _assert_follow_up_digest_once(api, chat)


async def test_a_scheduled_run_that_could_not_get_the_lock_is_composed_by_its_retry(
        api: FakeBotAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jobs, "SCHEDULED_LOCK_TIMEOUT", 0.2)
    knowledge = launch_kb(tmp_path / "kb")
    settings = digest_settings(api, tmp_path, knowledge)
    async with running_bot(settings) as app:
        await _command(api, "/subscribe", user_id=EN_USER)
        add_follow_up(knowledge)
        await reload_fact_base(app)
        service: DigestService = app.bot_data["digests"]
        async with service.lock.hold():  # e.g. a long `python -m bot digest` run from cron
            report = await run_scheduled_digests(app)
        assert report.failed == 1 and digest_texts(api, EN_USER) == []
        assert last_scheduled_run(app.bot_data["storage"]) is None

        assert app.job_queue is not None
        (retry,) = app.job_queue.get_jobs_by_name("digest-retry")
        await retry.run(app)
        _assert_follow_up_digest_once(api, EN_USER)
        assert last_scheduled_run(app.bot_data["storage"]) == last_digest_date(utcnow(), settings)


GROUP, SUPERGROUP, GROUP_ADMIN = -4001, -1004001, 1001


def _migration_updates(api: FakeBotAPI, group: int, supergroup: int, user_id: int) -> list[dict[str, Any]]:
    """The two service messages Telegram sends when a group becomes a supergroup."""
    updates = []
    for chat_id, chat_type, field, value in ((group, "group", "migrate_to_chat_id", supergroup),
                                            (supergroup, "supergroup", "migrate_from_chat_id", group)):
        message = api.message("-", chat_id=chat_id, chat_type=chat_type, user_id=user_id)["message"]
        del message["text"]
        message[field] = value
        updates.append({"message": message})
    return updates


async def test_a_group_that_becomes_a_supergroup_keeps_its_subscription(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        api.set_admin(GROUP, GROUP_ADMIN)
        reply = await _command(api, "/subscribe", user_id=GROUP_ADMIN, chat_id=GROUP, chat_type="group")
        assert reply.startswith("Subscribed!")
        api.upgrade_group(GROUP, SUPERGROUP)
        api.push_updates(_migration_updates(api, GROUP, SUPERGROUP, GROUP_ADMIN))
        subscriptions = Subscriptions(app.bot_data["storage"])
        await _eventually(lambda: subscriptions.get(SUPERGROUP) is not None)
        assert subscriptions.get(GROUP) is None
        reply = await _command(api, "/subscription", user_id=GROUP_ADMIN, chat_id=SUPERGROUP)
        assert reply.startswith("Subscribed to the daily digest in English")

        add_follow_up(knowledge)
        await reload_fact_base(app)
        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed) == (1, 0)
        report = await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert (report.composed, report.messages) == (0, 0)
    _assert_follow_up_digest_once(api, SUPERGROUP)
    assert len(_sends_to(api, GROUP)) == 1  # the /subscribe reply; never a digest to the old id


async def test_a_digest_to_a_group_that_became_a_supergroup_goes_there(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        api.set_admin(GROUP, GROUP_ADMIN)
        await _command(api, "/subscribe", user_id=GROUP_ADMIN, chat_id=GROUP, chat_type="group")
        api.upgrade_group(GROUP, SUPERGROUP)  # and the bot missed the service messages
        add_follow_up(knowledge)
        await reload_fact_base(app)

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert (report.sent, report.failed, report.dropped) == (1, 0, 0)
        assert [c.status for c in _sends_to(api, GROUP)] == [200, 400]  # one refusal, then the new id
        subscriptions = Subscriptions(app.bot_data["storage"])
        moved = subscriptions.get(SUPERGROUP)
        assert moved is not None and moved.active and subscriptions.get(GROUP) is None
        report = await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert (report.composed, report.messages) == (0, 0)
    _assert_follow_up_digest_once(api, SUPERGROUP)


async def test_a_supergroup_subscribed_again_after_the_move_gets_each_fact_once(api: FakeBotAPI,
                                                                              tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        for chat in (GROUP, SUPERGROUP):
            api.set_admin(chat, GROUP_ADMIN)
        await _command(api, "/subscribe", user_id=GROUP_ADMIN, chat_id=GROUP, chat_type="group")
        api.upgrade_group(GROUP, SUPERGROUP)  # the bot missed the service messages...
        reply = await _command(api, "/subscribe", user_id=GROUP_ADMIN, chat_id=SUPERGROUP)
        assert reply.startswith("Subscribed!")  # ...so an administrator subscribed the supergroup again
        add_follow_up(knowledge)
        await reload_fact_base(app)

        report = await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert report.composed == 2 and report.failed == 0  # one for each id: the same facts
        old = Subscriptions(app.bot_data["storage"]).get(GROUP)
        assert old is not None and old.status == "inactive" and old.inactive_reason == (
            f"migrated to supergroup {SUPERGROUP}")
        report = await run_scheduled_digests(app, now=MONDAY_0900_BISHKEK)
        assert (report.composed, report.messages) == (0, 0)
        api.push_updates(_migration_updates(api, GROUP, SUPERGROUP, GROUP_ADMIN))  # late: changes nothing
        reply = await _command(api, "/subscription", user_id=GROUP_ADMIN, chat_id=SUPERGROUP)
        assert reply.startswith("Subscribed to the daily digest in English")
    _assert_follow_up_digest_once(api, SUPERGROUP)
    assert Counter(c.status for c in _sends_to(api, GROUP)) == {200: 1, 400: 1}


def _visible(text: str) -> str:
    """What a reader sees of an HTML message."""
    return html.unescape(re.sub(r"<[^<>]*>", "", text))


def _last_part(text: str) -> bool:
    match = re.search(r"<i>\((\d+)/(\d+)\)</i>$", text)
    return bool(match and match[1] == match[2])


def _broken_follow_up() -> tuple[str, int]:
    """The follow-up file with a curator's typo in one statement's speaker, and that line."""
    from knowledge import DEFAULT_DIR

    lines = (DEFAULT_DIR / FOLLOW_UP).read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.strip() == "speaker: aripov")
    lines[number] = lines[number].replace("aripov", "aripof")
    return "".join(lines), number + 1


async def test_broken_edit_keeps_the_old_facts_and_tells_the_admins_once(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _command(api, "/subscribe", user_id=EN_USER)
        broken, line = _broken_follow_up()
        add_follow_up(knowledge, text=broken)

        result = await reload_fact_base(app)
        assert result.status == "failed"
        where = f"{knowledge / FOLLOW_UP}:{line}:"
        for admin in (ADMIN_ID, 9002):
            calls = await api.wait_for_async("sendMessage", lambda p, a=admin: p["chat_id"] == a)
            assert "Fact base edit rejected" in calls[0].params["text"]
            assert where in calls[0].params["text"] and "aripof" in calls[0].params["text"]

        # Still answering from the launch facts; the broken file's facts are not served.
        reply = await _command(api, "Who represented Armenia?", user_id=EN_USER)
        assert "Mher Grigoryan" in reply
        assert "Ashgabat" not in await _command(api, "Where is the next meeting?", user_id=EN_USER)

        # Told once per broken version: the next checks stay quiet.
        assert (await reload_fact_base(app)).status == "unchanged"
        assert (await reload_fact_base(app, force=True)).notify is False
        assert len([p for p in api.sent_messages() if p["chat_id"] in (ADMIN_ID, 9002)]) == 2
        # The subscriber got nothing from the broken edit.
        await run_scheduled_digests(app, now=TUESDAY_0900_BISHKEK)
        assert digest_texts(api, EN_USER) == []

        # The curator fixes the typo; the next check swaps the new facts in.
        add_follow_up(knowledge)
        assert (await reload_fact_base(app)).status == "reloaded"
        assert "Ashgabat" in await _command(api, "Where is the next meeting?", user_id=EN_USER)


async def test_admin_reload_reports_the_outcome(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)):
        assert (await _command(api, "/reload", user_id=ADMIN_ID)).startswith("No changes found.")
        broken, line = _broken_follow_up()
        add_follow_up(knowledge, text=broken)
        reply = await _command(api, "/reload", user_id=ADMIN_ID)
        assert "Fact base edit rejected" in reply and f"{FOLLOW_UP}:{line}:" in reply
        # The other admin is told too (once); the one who asked got it as the reply.
        calls = await api.wait_for_async("sendMessage", lambda p: p["chat_id"] == 9002)
        assert f"{FOLLOW_UP}:{line}:" in calls[0].params["text"]
        add_follow_up(knowledge)
        reply = await _command(api, "/reload", user_id=ADMIN_ID)
        assert reply.startswith("✅ Fact base reloaded")
        assert f"New facts for the next digests: {len(follow_up_ids())}" in reply


@pytest.mark.parametrize("command", ["/reload", "/unanswered", "/stats"])
async def test_admin_commands_are_refused_to_others(api: FakeBotAPI, tmp_path: Path, command: str) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)):
        reply = await _command(api, command, user_id=EN_USER)
        assert reply == f"Sorry, {command} is only for the bot's administrators."
        reply = await _command(api, command, user_id=RU_USER, language_code="ru")
        assert reply == f"Извините, команда {command} доступна только администраторам бота."


async def test_admins_see_unanswered_questions_grouped_and_stats(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    async with running_bot(digest_settings(api, tmp_path, knowledge)) as app:
        await _command(api, "/subscribe", user_id=RU_USER, language_code="ru")
        for text in ("Who represented Moldova?", "who represented moldova", "Who represented Moldova?",
                     "Who represented Moldova ??", "Who represented Armenia?",
                     "What did the Latvian delegation say?"):
            await _command(api, text, user_id=EN_USER)
        # the bot answers first and records the question after: the admin asks once all six are recorded
        # (updates run concurrently, so /unanswered could otherwise overtake the last record on a slow machine)
        storage = app.bot_data["storage"]
        await _eventually(lambda: storage.query("SELECT COUNT(*) AS n FROM questions")[0]["n"] == 6)
        reply = _visible(await _command(api, "/unanswered", user_id=ADMIN_ID))
        lines = reply.splitlines()
        assert lines[0].startswith("Questions the bot could not answer well")
        assert lines[1].startswith("1. 4× “Who represented Moldova?” — unanswered 4")
        assert any(line.startswith("2. 1× “What did the Latvian delegation say?”") for line in lines)
        assert "Armenia" not in reply  # answered confidently: not on the curators' list

        stats = await _command(api, "/stats", user_id=ADMIN_ID)
        assert "Chats: 2 (2 private, 0 groups)" in stats  # the subscriber and the one who asked
        assert "Subscribers: 1 (1 daily, 0 weekly)" in stats
        assert "Questions: 6, answered 1 (17%)" in stats


async def test_the_bot_schedules_digests_and_reloads_from_the_settings(api: FakeBotAPI, tmp_path: Path) -> None:
    from bot.schedule import next_digest_time
    from bot.storage import utcnow

    knowledge = launch_kb(tmp_path / "kb")
    settings = digest_settings(api, tmp_path, knowledge, DIGEST_TIME="07:45", RELOAD_INTERVAL="45")
    async with running_bot(settings, daily_digest=True) as app:
        assert app.job_queue is not None
        (digest,) = app.job_queue.get_jobs_by_name("digest")
        assert digest.next_t == next_digest_time(utcnow(), settings, "daily")
        assert digest.next_t is not None and digest.next_t.astimezone(settings.tzinfo).strftime("%H:%M") == "07:45"
        (reload_job,) = app.job_queue.get_jobs_by_name("fact-base-reload")
        assert reload_job.job.trigger.interval.total_seconds() == 45

"""The running bot under faults: an update it cannot parse, a full disk, 5xx answers,
junk inline offsets, a pasted token, admin output asked for in a group.

Through the real Application: offline (`process_update`) where one update tells the
story, over HTTP against the fake Bot API where the transport is the point.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

import pytest
from telegram.ext import Application

from tests.conftest import OfflineBot
from tests.fakeapi import FakeBotAPI

ADMIN = 4242


def _to(chat_id: int) -> Any:
    return lambda params: params.get("chat_id") == chat_id


async def test_an_update_the_library_cannot_parse_is_skipped_and_polling_goes_on(
    fake_api: FakeBotAPI, live_bot: Application, caplog: pytest.LogCaptureFixture  # type: ignore[type-arg]
) -> None:
    caplog.set_level(logging.WARNING)
    for user_id in (5101, 5102):  # a poll in a shape python-telegram-bot does not know
        broken = fake_api.message("-", user_id=user_id)
        broken["message"]["poll"] = {"id": "1"}
        fake_api.push_update(broken)
    fake_api.push_message("Who represented Armenia?", user_id=5103)
    [call] = await fake_api.wait_for_async("sendMessage", _to(5103), timeout=10)
    assert "Mher Grigoryan" in call.params["text"]
    fake_api.push_message("Who represented Belarus?", user_id=5104)
    await fake_api.wait_for_async("sendMessage", _to(5104), timeout=10)
    skipped = [r for r in caplog.records if "cannot parse" in r.getMessage()]
    assert len(skipped) == 1 and "Skipped update" in skipped[0].getMessage()  # logged once, rate-limited
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_failed_database_write_still_answers(
    offline_bot: OfflineBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(offline_bot.storage, "record_question", disk_full)
    monkeypatch.setattr(offline_bot.storage, "touch_chat", disk_full)
    caplog.set_level(logging.WARNING)
    for user_id in range(6001, 6031):
        await offline_bot.send(offline_bot.updates.message("Who represented Armenia?", user_id=user_id))
    texts = offline_bot.request.sent_texts()
    assert len(texts) == 30 and all("Mher Grigoryan" in text for text in texts)
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING and "not recorded" in r.getMessage()]
    assert warnings and not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_replies_are_retried_after_a_5xx_and_sent_exactly_once(fake_api: FakeBotAPI,
                                                                      live_bot: Application) -> None:  # type: ignore[type-arg]
    fake_api.fail_next("sendMessage", status=500, count=2)
    fake_api.fail_next("sendMessage", status=502, description="Bad Gateway")
    fake_api.push_message("Who represented Armenia?", user_id=5201)
    [call] = await fake_api.wait_for_async("sendMessage", lambda p: p.get("chat_id") == 5201, timeout=20)
    statuses = [c.status for c in fake_api.calls_to("sendMessage")]
    assert statuses == [500, 500, 502, 200]
    assert [p["chat_id"] for p in fake_api.sent_messages()] == [5201]
    assert "Mher Grigoryan" in call.params["text"]


async def test_a_reply_whose_connection_broke_after_sending_is_not_sent_again(
        fake_api: FakeBotAPI, live_bot: Application) -> None:  # type: ignore[type-arg]
    fake_api.drop_connection_next("sendMessage")  # the request was written: it may have arrived
    fake_api.push_message("Who represented Armenia?", user_id=5202)
    fake_api.push_message("Who represented Belarus?", user_id=5203)
    await fake_api.wait_for_async("sendMessage", _to(5203), timeout=20)
    await fake_api.wait_for_async("sendMessage", _to(5202), timeout=20)  # the apology, not the answer again
    answers = [p for p in fake_api.sent_messages() if p["chat_id"] == 5202 and "Grigoryan" in p["text"]]
    assert answers == []


@pytest.mark.parametrize("offset", ["²", "9" * 5000, "-1", "١٢"])
async def test_junk_inline_offsets_start_from_the_top(offline_bot: OfflineBot, offset: str) -> None:
    await offline_bot.send(offline_bot.updates.inline_query("trade", user_id=5301, offset=offset))
    [answer] = offline_bot.request.calls_to("answerInlineQuery")
    assert answer["results"]  # the first page, not an error


async def test_a_token_pasted_as_a_question_is_not_stored(offline_bot: OfflineBot) -> None:
    token = "7351234567:AAH3kdJ9sl2m_QpZx8vBn4Lw0TyUi7OpRe1"
    await offline_bot.send(offline_bot.updates.message(f"is {token} my token?", user_id=5401))
    [row] = offline_bot.storage.query("SELECT text FROM questions")
    assert token not in row["text"] and token.split(":")[1] not in row["text"]
    assert "[REDACTED]" in row["text"]


async def test_admin_stats_asked_in_a_group_go_to_the_admin_privately(make_offline_bot: Any) -> None:
    bot: OfflineBot = await make_offline_bot(ADMIN_IDS=str(ADMIN))
    group = -100777
    for command in ("/stats", "/unanswered"):
        bot.request.clear()
        await bot.send(bot.updates.message(command, user_id=ADMIN, chat_id=group, chat_type="supergroup"))
        sent = bot.request.calls_to("sendMessage")
        to_group = [p for p in sent if p["chat_id"] == group]
        to_admin = [p for p in sent if p["chat_id"] == ADMIN]
        assert len(to_admin) == 1 and len(to_group) == 1, sent
        assert "privately" in to_group[0]["text"] and len(to_group[0]["text"]) < 200
        assert "Questions" not in to_group[0]["text"] and "questions" not in to_group[0]["text"].lower()


async def test_admin_stats_in_a_private_chat_are_answered_there(make_offline_bot: Any) -> None:
    bot: OfflineBot = await make_offline_bot(ADMIN_IDS=str(ADMIN))
    await bot.send(bot.updates.message("/stats", user_id=ADMIN))
    [sent] = bot.request.calls_to("sendMessage")
    assert sent["chat_id"] == ADMIN and "privately" not in sent["text"]

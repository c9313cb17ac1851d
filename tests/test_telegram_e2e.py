"""End to end over real HTTP: the bot's Application (HTTPXRequest, AIORateLimiter,
long polling) against the fake Bot API server in tests/fakeapi.py.

The fake is strict like Telegram: invalid HTML or a text over 4,096 characters
answers 400, so a reply that would fail in production fails here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from telegram.ext import Application

from tests.conftest import LARGE_KB_STATEMENTS
from tests.fakeapi import DEFAULT_GROUP_ID, FakeBotAPI


def buttons(params: dict[str, Any]) -> list[dict[str, str]]:
    markup = params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def to_chat(chat_id: int) -> Any:
    return lambda params: params.get("chat_id") == chat_id


async def test_private_question(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message("Who represented Armenia?", user_id=2001)
    [call] = await fake_api.wait_for_async("sendMessage", to_chat(2001))
    assert "Mher Grigoryan" in call.params["text"] and "<blockquote>" in call.params["text"]
    assert "astanatimes.com" in call.params["text"]


async def test_russian_question(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message("Что сказал Мишустин?", user_id=2002, language_code="ru")
    [call] = await fake_api.wait_for_async("sendMessage", to_chat(2002))
    assert "Мишустин" in call.params["text"] and "Источник" in call.params["text"]


async def test_group_mention_is_answered_and_chatter_is_not(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message("Who represented Armenia?", chat_type="group", chat_id=DEFAULT_GROUP_ID)
    mention = fake_api.push_message("@cis_meeting_bot who represented Belarus?", chat_type="group",
                                    chat_id=DEFAULT_GROUP_ID, user_id=2003)
    [call] = await fake_api.wait_for_async("sendMessage", to_chat(DEFAULT_GROUP_ID))
    assert "Golovchenko" in call.params["text"]
    assert call.params["reply_parameters"]["message_id"] == mention["message"]["message_id"]
    # the chatter came first and was processed; nothing else went to the group
    fake_api.push_message("Who represented Armenia?", user_id=2004)
    await fake_api.wait_for_async("sendMessage", to_chat(2004))
    assert [p["chat_id"] for p in fake_api.sent_messages()].count(DEFAULT_GROUP_ID) == 1


async def test_start_buttons(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message("/start", user_id=2005)
    [greeting] = await fake_api.wait_for_async("sendMessage", to_chat(2005))
    examples = buttons(greeting.params)
    assert len(examples) == 3

    fake_api.push_callback_query(examples[2]["callback_data"], user_id=2005)
    await fake_api.wait_for_async("answerCallbackQuery")
    _, answer = await fake_api.wait_for_async("sendMessage", to_chat(2005), count=2)
    assert "documents" in answer.params["text"].lower()
    # the list of documents is long enough to be split: the buttons come under its last part
    [last] = await fake_api.wait_for_async("sendMessage", lambda p: p.get("chat_id") == 2005 and "reply_markup" in p
                                           and p is not greeting.params)
    assert any(b["callback_data"].startswith("f:") for b in buttons(last.params)), "each document opens"


async def test_did_you_mean_tap(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message("What did Mishustin say?", user_id=2006)
    [answer] = await fake_api.wait_for_async("sendMessage", to_chat(2006))
    offered = [b for b in buttons(answer.params) if b.get("callback_data", "").startswith("f:")]
    assert offered, "the answer offers close alternatives"

    fake_api.push_callback_query(offered[0]["callback_data"], user_id=2006)
    _, shown = await fake_api.wait_for_async("sendMessage", to_chat(2006), count=2)
    fact_id = offered[0]["callback_data"].split(":", 2)[2]
    assert [b.get("callback_data") for b in buttons(shown.params)][:2] == [f"v:+:{fact_id}", f"v:-:{fact_id}"]
    assert shown.params["text"] != answer.params["text"]


async def test_inline_query_with_paging(
    fake_api: FakeBotAPI, make_live_bot: Any, large_kb: Path
) -> None:
    await make_live_bot(KNOWLEDGE_DIR=str(large_kb))
    fake_api.push_inline_query("trade", user_id=2007)
    [first] = await fake_api.wait_for_async("answerInlineQuery")
    assert len(first.params["results"]) == 10 and first.params["next_offset"] == "10"

    fake_api.push_inline_query("trade", user_id=2007, offset="50")
    _, last = await fake_api.wait_for_async("answerInlineQuery", count=2)
    assert len(last.params["results"]) == LARGE_KB_STATEMENTS - 50
    assert not last.params.get("next_offset")


async def test_html_injection_in_the_question(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message('</blockquote><b>Armenia <a href="javascript:x">&', user_id=2008)
    [call] = await fake_api.wait_for_async("sendMessage", to_chat(2008))  # the fake accepted the HTML
    assert "javascript:" not in call.params["text"]
    assert not [c for c in fake_api.calls if c.method == "sendMessage" and not c.ok]


async def test_a_4096_character_message(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_message(("What did Smailov say about the Belt and Road? " * 100)[:4096], user_id=2009)
    [call] = await fake_api.wait_for_async("sendMessage", to_chat(2009))
    assert not call.params["text"].startswith("Sorry")
    assert not [c for c in fake_api.calls if not c.ok]


async def test_a_sticker(fake_api: FakeBotAPI, live_bot: Application) -> None:
    fake_api.push_update(fake_api.sticker(user_id=2010))
    [call] = await fake_api.wait_for_async("sendMessage", to_chat(2010))
    assert "only read text" in call.params["text"]


async def test_the_command_menu_is_published_in_both_languages(fake_api: FakeBotAPI, live_bot: Application) -> None:
    english, russian = fake_api.get_commands(), fake_api.get_commands("ru")
    assert [c["command"] for c in english] == [c["command"] for c in russian]
    assert "speakers" in [c["command"] for c in english]
    assert russian[0]["description"] != english[0]["description"]


async def test_tap_share_and_land_flows_pass_telegrams_checks(fake_api: FakeBotAPI, live_bot: Application) -> None:
    """Deep link, Share, inline pages, a tappable list and a delegation answer, over HTTP:
    the fake refuses what Telegram refuses (keyboards, payloads, inline limits, HTML)."""
    user = 2011
    fake_api.push_message("/start f_grigoryan", user_id=user)
    [fact] = await fake_api.wait_for_async("sendMessage", to_chat(user))
    assert "<blockquote expandable>" in fact.params["text"] and "#:~:text=Deputy%20Prime" in fact.params["text"]
    [share] = [b for b in buttons(fact.params) if "switch_inline_query" in b]

    fake_api.push_inline_query(share["switch_inline_query"], user_id=user)
    [inline] = await fake_api.wait_for_async("answerInlineQuery")
    assert inline.params["results"][0]["id"] == "grigoryan"
    assert inline.params["button"]["start_parameter"] == "inline"
    fake_api.push_inline_query("", user_id=user)
    _, empty = await fake_api.wait_for_async("answerInlineQuery", count=2)
    assert len(empty.params["results"]) == 10 and empty.params["next_offset"] == "10"

    fake_api.push_message("/topics", user_id=user, language_code="ru")
    _, topics = await fake_api.wait_for_async(  # a long page: the buttons are under its last part
        "sendMessage", lambda p: p["chat_id"] == user and bool(p.get("reply_markup")), count=2)
    [turn] = [b for b in buttons(topics.params) if b.get("callback_data", "").startswith("pg:")]
    fake_api.push_callback_query(turn["callback_data"], user_id=user, message_id=topics.result["message_id"])
    [page] = await fake_api.wait_for_async("editMessageReplyMarkup")
    topic = next(b for b in buttons(page.params) if b["callback_data"].startswith("f:ru:"))
    fake_api.push_callback_query(topic["callback_data"], user_id=user)
    await fake_api.wait_for_async("sendMessage", lambda p: p["chat_id"] == user and "<blockquote" in p["text"],
                                  count=2)
    assert [c for c in fake_api.calls if not c.ok] == []

"""The fake Bot API (`tests.fakeapi`), driven by python-telegram-bot's own client over HTTP:
it answers like Telegram, refuses what Telegram refuses, and injects the faults tests need."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import urllib.error
import urllib.request
import warnings
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from telegram import (
    Bot,
    BotCommand,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    Message,
    MessageEntity,
    Update,
)
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter

from tests.fakeapi import BOT_USERNAME, FakeBotAPI, decode_param, html_problem, problem


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as fake:
        yield fake


def make_bot(api: FakeBotAPI, token: str | None = None) -> Bot:
    return Bot(token or api.token, base_url=f"{api.root_url}/bot")


@pytest_asyncio.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with make_bot(api) as client:
        yield client


def raw_post(api: FakeBotAPI, path: str, data: bytes = b"") -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(f"{api.root_url}{path}", data=data, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - localhost
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


# -- answering like Telegram -----------------------------------------------------------


async def test_get_me_and_a_wrong_token(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456 and me.username == BOT_USERNAME and me.supports_inline_queries
    with pytest.raises((InvalidToken, Forbidden)):
        async with make_bot(api, "999:wrong-token"):
            pass
    assert api.calls[-1].status == 401


def test_paths_methods_and_parameters(api: FakeBotAPI) -> None:
    assert raw_post(api, "/nothing/here")[0] == 404
    assert raw_post(api, f"/bot{api.token}/setMyDescription", b"description=hello") == (
        200, {"ok": True, "result": True})
    assert decode_param("text", "123") == "123" and decode_param("chat_id", "-3") == -3


async def test_messages_edits_and_not_modified(api: FakeBotAPI, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Agenda", callback_data="agenda:1")]])
    sent = await bot.send_message(5, "<b>Hello</b>", parse_mode="HTML", reply_markup=markup)
    assert isinstance(sent, Message) and sent.reply_markup == markup and sent.chat.type == "private"
    assert (await bot.send_message(5, "123")).message_id == sent.message_id + 1
    assert api.sent_messages()[1]["text"] == "123"
    edited = await bot.edit_message_text("v2", chat_id=5, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.text == "v2"
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("v2", chat_id=5, message_id=sent.message_id)


async def test_commands_per_language_and_members(api: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    assert api.get_commands("ru") == [{"command": "start", "description": "Начать"}]
    assert api.get_commands() == [{"command": "start", "description": "Start"}]
    api.set_admin(-100500, 7)
    assert isinstance(await bot.get_chat_member(-100500, 7), ChatMemberAdministrator)
    assert isinstance(await bot.get_chat_member(-100500, 9), ChatMemberMember)
    api.set_admin(-100500, 9, status="kicked")
    assert isinstance(await bot.get_chat_member(-100500, 9), ChatMemberBanned)


async def test_get_updates_confirms_by_offset_and_long_polls(api: FakeBotAPI, bot: Bot) -> None:
    first = api.push_message("/start", user_id=10)
    api.push_callback_query("agenda:2", user_id=10)
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [first["update_id"], first["update_id"] + 1]
    assert await bot.get_updates(offset=updates[1].update_id + 1, timeout=0) == ()
    timer = threading.Timer(0.2, api.push_message, args=("late",))
    timer.start()
    try:
        late = await bot.get_updates(timeout=5)
    finally:
        timer.cancel()
    assert [u.message.text for u in late if u.message] == ["late"]


def test_update_factories_parse_with_ptb(api: FakeBotAPI) -> None:
    bot = make_bot(api)
    update = Update.de_json({**api.message(f"/ask@{BOT_USERNAME} when? cc @{BOT_USERNAME}", chat_type="group"),
                             "update_id": 1}, bot)
    assert update.message is not None and update.message.chat.type == "group"
    assert [e.type for e in update.message.entities] == [MessageEntity.BOT_COMMAND, MessageEntity.MENTION]
    assert api.message(f"🎉 hi @{BOT_USERNAME}")["message"]["entities"][0]["offset"] == 6  # UTF-16
    reply = Update.de_json({**api.message("yes", reply_to_bot=True), "update_id": 2}, bot)
    assert reply.message and reply.message.reply_to_message
    factories = [api.callback_query("v", user_id=5, message_id=3), api.inline_query("agenda", user_id=5),
                 api.sticker(5, 5), api.photo(5, 5, caption="look"), api.edited_message("fixed", user_id=5),
                 api.channel_post("news"), api.my_chat_member(5), api.my_chat_member(-100777, chat_type="supergroup")]
    for number, made in enumerate(factories, start=3):
        parsed = Update.de_json({**made, "update_id": number}, bot)
        assert parsed.effective_chat is not None or parsed.inline_query is not None
    api.message("hi", user_id=77, first_name="Ann", language_code="ru")
    assert api.callback_query("x", user_id=77)["callback_query"]["from"]["language_code"] == "ru"


# -- refusing what Telegram refuses -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "a < b", "<br>", "<b>bold <i>both</b></i>", "<b>open", "a &nbsp; b", "fish & chips", "<a>no href</a>",
    "<blockquote>a<blockquote>b</blockquote></blockquote>", "<blockquote collapsed>x</blockquote>",
    "<code><b>x</b></code>",
])
def test_html_telegram_refuses(text: str) -> None:
    assert html_problem(text) is not None


@pytest.mark.parametrize("text", [
    '<a href="https://x.org/?a=1&amp;b=2#:~:text=a%20b,c">a &lt; b &amp; c &quot;d&quot; &#39;</a>',
    "<blockquote expandable>long</blockquote><blockquote>short</blockquote>",
    '<pre><code class="language-python">x</code></pre><tg-spoiler>s</tg-spoiler>',
])
def test_html_telegram_accepts(text: str) -> None:
    assert html_problem(text) is None


def _button(**action: Any) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": "x", **action}]]}


@pytest.mark.parametrize(("method", "params", "refusal"), [
    ("sendMessage", {"text": "x" * 4097}, "too long"),
    ("sendMessage", {"text": "<b></b>", "parse_mode": "HTML"}, "empty"),
    ("sendMessage", {"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "d"}]] * 101}},
     "BUTTONS_TOO_MUCH"),
    ("sendMessage", {"text": "x", "reply_markup": _button(callback_data="d" * 65)}, "BUTTON_DATA_INVALID"),
    ("sendMessage", {"text": "x", "reply_markup": _button()}, "BUTTON_TYPE_INVALID"),
    ("sendMessage", {"text": "x", "reply_markup": _button(url="https://t.me/b?start=" + "p" * 65)},
     "BUTTON_URL_INVALID"),
    ("sendMessage", {"text": "x", "reply_markup": _button(url="https://t.me/b?start=a.b")}, "BUTTON_URL_INVALID"),
    ("answerInlineQuery", {"results": [{"type": "article", "id": str(i), "title": "t"} for i in range(51)]},
     "RESULTS_TOO_MUCH"),
    ("answerInlineQuery", {"results": [{"type": "article", "id": "i" * 65, "title": "t"}]}, "RESULT_ID_INVALID"),
    ("answerInlineQuery", {"results": [{"type": "article", "id": "a", "title": "t"}] * 2}, "RESULT_ID_DUPLICATE"),
    ("answerInlineQuery", {"results": [], "next_offset": "9" * 65}, "NEXT_OFFSET_INVALID"),
    ("answerInlineQuery", {"results": [], "button": {"text": "b", "start_parameter": "a b"}}, "START_PARAM_INVALID"),
    ("answerInlineQuery", {"results": [{"type": "article", "id": "a", "title": "t", "input_message_content": {
        "message_text": "<blockquote>x", "parse_mode": "HTML"}}]}, "can't parse entities"),
    ("answerCallbackQuery", {"callback_query_id": "1", "text": "x" * 201}, "MESSAGE_TOO_LONG"),
    ("setMyCommands", {"commands": [{"command": "Bad-Command", "description": "x"}]}, "BOT_COMMAND_INVALID"),
])
def test_what_telegram_refuses_is_refused(method: str, params: dict[str, Any], refusal: str) -> None:
    found = problem(method, params)
    assert found is not None and refusal in found


async def test_the_server_answers_a_refusal_with_400_and_records_it(api: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(5, "<b>bold <i>both</b></i>", parse_mode="HTML")
    too_many = [InlineQueryResultArticle(str(i), "t", InputTextMessageContent("m")) for i in range(51)]
    with pytest.raises(BadRequest, match="(?i)results_too_much"):
        await bot.answer_inline_query("1", too_many)
    assert await bot.answer_inline_query("1", too_many[:50], next_offset="50",
                                         button=InlineQueryResultsButton("Open", start_parameter="inline"))
    assert [c.status for c in api.calls if c.method != "getMe"] == [400, 400, 200]


# -- faults ---------------------------------------------------------------------------------


async def test_blocked_chats_errors_and_dropped_connections(api: FakeBotAPI, bot: Bot) -> None:
    api.block_chat(42)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(42, "hi")
    api.fail_next("sendMessage", count=1)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(5, "hi")
    api.drop_connection_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(5, "hi")
    await bot.send_message(5, "ok")
    assert [c.status for c in api.calls_to("sendMessage")] == [403, 500, 0, 200]


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_retry_after_and_rate_limit(api: FakeBotAPI, bot: Bot) -> None:
    api.retry_after_next("sendMessage", seconds=7)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(5, "hi")
    assert retry_seconds(excinfo.value) == 7
    api.set_rate_limit(per_second=5)
    results = await asyncio.gather(*(bot.send_message(5, f"m{i}") for i in range(8)), return_exceptions=True)
    assert sum(isinstance(r, RetryAfter) for r in results) == 3 == api.rate_limited_count


async def test_held_responses_are_recorded_then_released(api: FakeBotAPI, bot: Bot) -> None:
    api.hold_responses("sendMessage", after=1)
    await bot.send_message(5, "answered")
    held = asyncio.create_task(bot.send_message(5, "held"))
    await api.wait_for_async("sendMessage", count=2)
    assert not held.done() and api.held_count == 1
    api.release_responses()
    assert (await held).text == "held"


# -- waiting ----------------------------------------------------------------------------------


def test_wait_for_from_another_thread_and_its_timeout(api: FakeBotAPI) -> None:
    threading.Timer(0.05, raw_post, args=(api, f"/bot{api.token}/sendMessage", b"chat_id=3&text=hey")).start()
    [call] = api.wait_for("sendMessage", lambda p: p["chat_id"] == 3, timeout=5)
    assert call.params["text"] == "hey"
    with pytest.raises(AssertionError, match="sendMessage"):
        api.wait_for("getMe", timeout=0.05)
    api.clear_calls()
    assert api.calls == []


async def test_wait_for_async_keeps_the_loop_running(api: FakeBotAPI, bot: Bot) -> None:
    async def send_later() -> None:
        for i in range(3):
            await bot.send_message(9, f"n{i}")

    task = asyncio.create_task(send_later())
    calls = await api.wait_for_async("sendMessage", lambda p: p["chat_id"] == 9, count=3)
    await task
    assert [c.params["text"] for c in calls] == ["n0", "n1", "n2"]
    with pytest.raises(AssertionError):
        await api.wait_for_async("sendMessage", lambda p: p["chat_id"] == 10, timeout=0.05)

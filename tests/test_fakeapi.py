"""Tests for :mod:`tests.fakeapi`, driven by the real python-telegram-bot client over HTTP."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import threading
import time
import urllib.error
import urllib.request
import warnings
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllGroupChats,
    ChatMemberAdministrator,
    ChatMemberBanned,
    ChatMemberMember,
    ChatMemberOwner,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    MessageEntity,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import Application, CommandHandler, ContextTypes

from tests.fakeapi import BOT_USERNAME, Call, FakeBotAPI, UploadedFile, decode_param


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as fake:
        yield fake


def make_bot(api: FakeBotAPI, token: str | None = None) -> Bot:
    root = api.root_url
    return Bot(token or api.token, base_url=f"{root}/bot", base_file_url=f"{root}/file/bot")


@pytest_asyncio.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with make_bot(api) as client:
        yield client


# PTB itself warns about int ``retry_after`` when constructing RetryAfter (unless PTB_TIMEDELTA).
ignore_retry_after_deprecation = pytest.mark.filterwarnings(
    "ignore::telegram.warnings.PTBDeprecationWarning"
)


def retry_seconds(exc: RetryAfter) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


def raw_post(api: FakeBotAPI, path: str, data: bytes = b"") -> tuple[int, dict[str, object]]:
    request = urllib.request.Request(f"{api.root_url}{path}", data=data, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - localhost
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


# ----------------------------------------------------------------------- basics


@pytest.mark.asyncio
async def test_get_me(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.username == BOT_USERNAME
    assert me.is_bot and me.supports_inline_queries and me.can_join_groups
    assert api.calls_to("getMe")[0].ok


def test_root_url_and_lifecycle() -> None:
    fake = FakeBotAPI("42:abc")
    fake.start()
    try:
        assert fake.root_url.startswith("http://127.0.0.1:")
        assert fake.bot_id == 42
        status, payload = raw_post(fake, "/bot42:abc/getMe")
        assert status == 200 and payload["result"]["id"] == 42  # type: ignore[index]
    finally:
        fake.stop()
    fake.stop()  # idempotent


def test_unknown_path_is_404_json(api: FakeBotAPI) -> None:
    status, payload = raw_post(api, "/nothing/here")
    assert status == 404
    assert payload == {"ok": False, "error_code": 404, "description": "Not Found"}


def test_unknown_method_answers_true_and_is_recorded(api: FakeBotAPI) -> None:
    status, payload = raw_post(api, f"/bot{api.token}/setMyDescription", b"description=hello")
    assert (status, payload) == (200, {"ok": True, "result": True})
    assert api.calls_to("setMyDescription")[0].params == {"description": "hello"}


def test_method_names_are_case_insensitive(api: FakeBotAPI) -> None:
    status, payload = raw_post(api, f"/bot{api.token}/getme")
    assert status == 200 and payload["ok"]
    assert [c.method for c in api.calls] == ["getMe"]


@pytest.mark.asyncio
async def test_wrong_token(api: FakeBotAPI) -> None:
    with pytest.raises((InvalidToken, Forbidden)):
        async with make_bot(api, "999:wrong-token"):
            pass
    [call] = api.calls
    assert not call.ok and call.status == 401


# ------------------------------------------------------------- params & messages


@pytest.mark.asyncio
async def test_send_message_with_inline_keyboard(api: FakeBotAPI, bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Agenda", callback_data="agenda:1")]])
    message = await bot.send_message(5, "<b>Hello</b>", parse_mode="HTML", reply_markup=markup)
    assert isinstance(message, Message)
    assert message.chat.id == 5 and message.chat.type == "private"
    assert message.text == "<b>Hello</b>"
    assert message.reply_markup == markup
    assert message.from_user is not None and message.from_user.id == api.bot_id

    [params] = api.sent_messages()
    assert params["chat_id"] == 5
    assert params["text"] == "<b>Hello</b>"
    assert params["parse_mode"] == "HTML"
    assert params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Agenda", "callback_data": "agenda:1"}]]
    }


@pytest.mark.asyncio
async def test_message_ids_increment_per_chat_and_groups(api: FakeBotAPI, bot: Bot) -> None:
    first = await bot.send_message(5, "one")
    second = await bot.send_message(5, "two")
    group = await bot.send_message(-100123, "group")
    assert second.message_id == first.message_id + 1
    assert group.message_id == 1
    assert group.chat.type == "supergroup"


@pytest.mark.asyncio
async def test_string_params_stay_strings(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_message(5, "123")
    await bot.send_message(5, "true", disable_notification=True)
    texts = [p["text"] for p in api.sent_messages()]
    assert texts == ["123", "true"]
    assert api.sent_messages()[1]["disable_notification"] is True
    assert decode_param("chat_id", "@channel") == "@channel"
    assert decode_param("offset", "-3") == -3


@pytest.mark.asyncio
async def test_multipart_upload_is_decoded(api: FakeBotAPI, bot: Bot) -> None:
    await bot.send_document(7, document=b"%PDF-fake", filename="agenda.pdf", caption="Agenda")
    [call] = api.calls_to("sendDocument")
    assert call.ok
    assert call.params["chat_id"] == 7
    assert call.params["caption"] == "Agenda"
    document = call.params["document"]
    assert isinstance(document, UploadedFile)
    assert document.data == b"%PDF-fake" and document.filename == "agenda.pdf"


@pytest.mark.asyncio
async def test_send_message_validation(api: FakeBotAPI, bot: Bot) -> None:
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(5, "x" * 4097)
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(5, "a < b <br>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="(?i)can't parse entities"):
        await bot.send_message(5, "<b>bold <i>both</b></i>", parse_mode="HTML")
    ok = await bot.send_message(5, '<a href="https://x.org">a &lt; b</a>', parse_mode="HTML")
    assert ok.message_id == 1
    assert [c.ok for c in api.calls_to("sendMessage")] == [False, False, False, True]


@pytest.mark.asyncio
async def test_edit_message_text_and_not_modified(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(5, "v1")
    edited = await bot.edit_message_text("v2", chat_id=5, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.text == "v2" and edited.edit_date is not None
    with pytest.raises(BadRequest, match="not modified"):
        await bot.edit_message_text("v2", chat_id=5, message_id=sent.message_id)
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]])
    edited = await bot.edit_message_reply_markup(5, sent.message_id, reply_markup=markup)
    assert isinstance(edited, Message) and edited.reply_markup == markup


@pytest.mark.asyncio
async def test_commands_per_language_and_scope(api: FakeBotAPI, bot: Bot) -> None:
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    await bot.set_my_commands(
        [BotCommand("ask", "Ask")], scope=BotCommandScopeAllGroupChats()
    )
    assert [c.description for c in await bot.get_my_commands()] == ["Start"]
    russian = await bot.get_my_commands(language_code="ru")
    assert [c.description for c in russian] == ["Начать"]
    group = await bot.get_my_commands(scope=BotCommandScopeAllGroupChats())
    assert [c.command for c in group] == ["ask"]
    assert api.get_commands("ru") == [{"command": "start", "description": "Начать"}]


@pytest.mark.asyncio
async def test_chat_and_members(api: FakeBotAPI, bot: Bot) -> None:
    api.set_admin(-100500, 7)
    api.set_admin(-100500, 8, status="creator")
    chat = await bot.get_chat(-100500)
    assert chat.id == -100500 and chat.type == "supergroup"
    assert isinstance(await bot.get_chat_member(-100500, 7), ChatMemberAdministrator)
    assert isinstance(await bot.get_chat_member(-100500, 8), ChatMemberOwner)
    assert isinstance(await bot.get_chat_member(-100500, 9), ChatMemberMember)
    admins = await bot.get_chat_administrators(-100500)
    assert sorted(a.user.id for a in admins) == [7, 8]
    api.set_member_status(-100500, 9, "kicked")
    assert isinstance(await bot.get_chat_member(-100500, 9), ChatMemberBanned)


@pytest.mark.asyncio
async def test_misc_methods(api: FakeBotAPI, bot: Bot) -> None:
    assert await bot.answer_callback_query("1", text="ok")
    assert await bot.answer_inline_query("1", results=[])
    assert await bot.send_chat_action(5, "typing")
    assert await bot.set_chat_menu_button()
    assert await bot.delete_webhook()
    info = await bot.get_webhook_info()
    assert info.url == "" and info.pending_update_count == 0
    assert await bot.log_out()
    assert await bot.close()


# ---------------------------------------------------------------------- updates


@pytest.mark.asyncio
async def test_get_updates_returns_pushed_updates(api: FakeBotAPI, bot: Bot) -> None:
    first = api.push_message("/start", chat_id=10, user_id=10)
    api.push_callback_query("agenda:2", chat_id=10, user_id=10)
    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [first["update_id"], first["update_id"] + 1]
    assert updates[0].message is not None and updates[0].message.text == "/start"
    assert updates[1].callback_query is not None and updates[1].callback_query.data == "agenda:2"

    # limit, and offset confirms older ones
    api.push_message("third")
    assert [u.update_id for u in await bot.get_updates(offset=updates[1].update_id + 1)] == [3]
    assert api.pending_update_count == 1
    assert await bot.get_updates(offset=4) == ()
    assert api.pending_update_count == 0


@pytest.mark.asyncio
async def test_get_updates_long_polls(api: FakeBotAPI, bot: Bot) -> None:
    timer = threading.Timer(0.3, api.push_message, args=("late",))
    timer.start()
    started = time.monotonic()
    try:
        updates = await bot.get_updates(timeout=5)
    finally:
        timer.cancel()
    elapsed = time.monotonic() - started
    assert [u.message.text for u in updates if u.message] == ["late"]
    assert 0.25 <= elapsed < 3


@pytest.mark.asyncio
async def test_get_updates_timeout_expires_empty(api: FakeBotAPI, bot: Bot) -> None:
    started = time.monotonic()
    assert await bot.get_updates(timeout=0.3) == ()
    assert time.monotonic() - started >= 0.25


@pytest.mark.asyncio
async def test_webhook_conflicts_with_get_updates(api: FakeBotAPI, bot: Bot) -> None:
    assert await bot.set_webhook("https://example.invalid/hook")
    assert (await bot.get_webhook_info()).url == "https://example.invalid/hook"
    with pytest.raises(Conflict):
        await bot.get_updates()
    api.push_message("hi")
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


def test_update_factories_parse_with_ptb(api: FakeBotAPI) -> None:
    bot = make_bot(api)
    group_msg = api.message(
        f"/ask@{BOT_USERNAME} when? cc @{BOT_USERNAME}", chat_id=-1001234, chat_type="group"
    )
    update = Update.de_json({**group_msg, "update_id": 1}, bot)
    assert update.message is not None
    assert update.message.chat.type == "group"
    types = [e.type for e in update.message.entities]
    assert types == [MessageEntity.BOT_COMMAND, MessageEntity.MENTION]
    command = update.message.parse_entities([MessageEntity.BOT_COMMAND])
    assert list(command.values()) == [f"/ask@{BOT_USERNAME}"]
    mention = update.message.parse_entities([MessageEntity.MENTION])
    assert list(mention.values()) == [f"@{BOT_USERNAME}"]

    emoji_msg = api.message(f"🎉 hi @{BOT_USERNAME}")["message"]
    [entity] = emoji_msg["entities"]
    assert entity["offset"] == 6  # UTF-16 code units: the emoji counts twice

    reply = Update.de_json({**api.message("yes", reply_to_bot=True), "update_id": 2}, bot)
    assert reply.message and reply.message.reply_to_message
    assert reply.message.reply_to_message.from_user.id == api.bot_id  # type: ignore[union-attr]

    for number, factory_update in enumerate(
        [
            api.callback_query("vote:1", chat_id=5, user_id=5, message_id=3),
            api.inline_query("agenda", user_id=5),
            api.sticker(5, 5),
            api.photo(5, 5, caption="look"),
            api.edited_message("fixed", chat_id=5, user_id=5, message_id=1),
            api.channel_post("news"),
            api.my_chat_member(5),
            api.my_chat_member(-100777, chat_type="supergroup"),
        ],
        start=3,
    ):
        parsed = Update.de_json({**factory_update, "update_id": number}, bot)
        assert parsed.update_id == number
        assert parsed.effective_chat is not None or parsed.inline_query is not None

    pressed = api.callback_query("x", chat_id=5, user_id=5, message_id=3)
    cq = Update.de_json({**pressed, "update_id": 99}, bot)
    assert cq.callback_query and cq.callback_query.message
    assert cq.callback_query.message.message_id == 3


# ------------------------------------------------------------ failure injection


@pytest.mark.asyncio
async def test_block_chat_forbidden(api: FakeBotAPI, bot: Bot) -> None:
    api.block_chat(42)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(42, "hi")
    assert await bot.send_chat_action(42, "typing")  # only sendMessage is blocked by default
    await bot.send_message(43, "fine")
    assert [p["chat_id"] for p in api.sent_messages()] == [43]
    [rejected] = api.calls_to("sendMessage")[:1]
    assert rejected.status == 403 and not rejected.ok


@ignore_retry_after_deprecation
@pytest.mark.asyncio
async def test_retry_after_next(api: FakeBotAPI, bot: Bot) -> None:
    api.retry_after_next("sendMessage", seconds=7)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(5, "hi")
    assert retry_seconds(excinfo.value) == 7
    assert (await bot.send_message(5, "again")).text == "again"


@pytest.mark.asyncio
async def test_fail_next_500(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next("sendMessage", count=2)
    for _ in range(2):
        with pytest.raises(NetworkError, match="Internal Server Error"):
            await bot.send_message(5, "hi")
    await bot.send_message(5, "ok")
    assert [c.status for c in api.calls_to("sendMessage")] == [500, 500, 200]
    api.fail_next("getChat", status=400, description="Bad Request: chat not found")
    with pytest.raises(BadRequest, match="(?i)chat not found"):
        await bot.get_chat(5)


@ignore_retry_after_deprecation
@pytest.mark.asyncio
async def test_rate_limit(api: FakeBotAPI, bot: Bot) -> None:
    api.set_rate_limit(per_second=5)
    results = await asyncio.gather(
        *(bot.send_message(5, f"m{i}") for i in range(8)), return_exceptions=True
    )
    limited = [r for r in results if isinstance(r, RetryAfter)]
    assert len(limited) == 3
    assert all(retry_seconds(r) == 1 for r in limited)
    assert api.rate_limited_count == 3
    assert len(api.sent_messages()) == 5
    assert sum(1 for c in api.calls_to("sendMessage") if c.status == 429) == 3


@pytest.mark.asyncio
async def test_drop_connection(api: FakeBotAPI, bot: Bot) -> None:
    api.drop_connection_next("sendMessage")
    with pytest.raises(NetworkError):
        await bot.send_message(5, "hi")
    assert (await bot.send_message(5, "after")).text == "after"
    assert [c.status for c in api.calls_to("sendMessage")] == [0, 200]


@pytest.mark.asyncio
async def test_delay(api: FakeBotAPI, bot: Bot) -> None:
    api.delay(0.2)
    started = time.monotonic()
    await bot.send_message(5, "slow")
    assert time.monotonic() - started >= 0.2
    api.delay(0)


# ------------------------------------------------------------------- waiting


def test_wait_for_from_another_thread(api: FakeBotAPI) -> None:
    def later() -> None:
        time.sleep(0.1)
        raw_post(api, f"/bot{api.token}/sendMessage", b"chat_id=3&text=hey")

    threading.Thread(target=later, daemon=True).start()
    [call] = api.wait_for("sendMessage", lambda p: p["chat_id"] == 3, timeout=5)
    assert isinstance(call, Call) and call.params["text"] == "hey"


def test_wait_for_timeout_lists_methods(api: FakeBotAPI) -> None:
    raw_post(api, f"/bot{api.token}/getMe")
    with pytest.raises(AssertionError, match=r"getMe"):
        api.wait_for("sendMessage", timeout=0.1)


def test_clear_calls(api: FakeBotAPI) -> None:
    raw_post(api, f"/bot{api.token}/getMe")
    api.clear_calls()
    assert api.calls == []
    with pytest.raises(AssertionError):
        api.wait_for("getMe", timeout=0.05)


@pytest.mark.asyncio
async def test_wait_for_async_does_not_block_the_loop(api: FakeBotAPI, bot: Bot) -> None:
    async def send_later() -> None:
        await asyncio.sleep(0.05)
        for i in range(3):
            await bot.send_message(9, f"n{i}")

    task = asyncio.create_task(send_later())
    calls = await api.wait_for_async("sendMessage", lambda p: p["chat_id"] == 9, count=3)
    await task
    assert [c.params["text"] for c in calls] == ["n0", "n1", "n2"]
    with pytest.raises(AssertionError):
        await api.wait_for_async("sendMessage", lambda p: p["chat_id"] == 10, timeout=0.1)


@pytest.mark.asyncio
async def test_application_end_to_end(api: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None and update.effective_user is not None
        await update.effective_message.reply_text(f"hello {update.effective_user.first_name}")

    application = (
        Application.builder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            api.push_message("/start", user_id=77, first_name="Ann")
            [call] = await api.wait_for_async("sendMessage", timeout=5)
        finally:
            await application.updater.stop()
            await application.stop()
    assert call.params["chat_id"] == 77
    assert call.params["text"] == "hello Ann"


def test_entities_and_user_inheritance(api: FakeBotAPI) -> None:
    command = api.message("/start, please")["message"]
    assert command["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    assert "entities" not in api.message(f"mail x@{BOT_USERNAME}x or a@{BOT_USERNAME}")["message"]
    assert "entities" not in api.message("/")["message"]
    explicit = [{"type": "bold", "offset": 0, "length": 2}]
    assert api.message("/hi", entities=explicit)["message"]["entities"] == explicit

    api.message("hi", user_id=77, first_name="Ann", language_code="ru", username="ann")
    callback_user = api.callback_query("x", user_id=77)["callback_query"]["from"]
    assert callback_user == {
        "id": 77, "is_bot": False, "first_name": "Ann", "username": "ann", "language_code": "ru"
    }
    assert api.sticker(77, 77)["message"]["from"]["first_name"] == "Ann"
    assert api.message("hi", chat_id=-5, user_id=77)["message"]["chat"]["type"] == "supergroup"
    assert api.message("hi", chat_type="group")["message"]["chat"]["id"] < 0

"""The fake's world: users, chats, the bot's messages, the update queue, and
factories for the updates a test sends (`message`, `callback_query`,
`inline_query`, ...), shaped like Telegram's so python-telegram-bot parses them.

`FakeState` is a mixin of `tests.fakeapi.server.FakeBotAPI`; every method
takes the fake's lock itself (an `RLock`, so the server may hold it too).
Factories work without a running server: `FakeBotAPI(token).message("hi")`.
"""

from __future__ import annotations

import itertools
import re
import threading
import time
from collections import deque
from collections.abc import Iterable, Mapping
from typing import Any, Final

__all__ = ["BOT_FIRST_NAME", "BOT_USERNAME", "DEFAULT_CHANNEL_ID", "DEFAULT_GROUP_ID", "DEFAULT_SUPERGROUP_ID",
           "DEFAULT_USER_ID", "FakeState", "JSONDict", "chat_member"]

JSONDict = dict[str, Any]
BOT_USERNAME: Final = "cis_meeting_bot"
BOT_FIRST_NAME: Final = "CIS Meeting Bot"
DEFAULT_USER_ID: Final = 1001
DEFAULT_GROUP_ID: Final = -1001
DEFAULT_SUPERGROUP_ID: Final = -1001000001001
DEFAULT_CHANNEL_ID: Final = -1001000002002
_MAX_STORED_MESSAGES: Final = 50_000
_MEMBER_STATUSES: Final = frozenset({"creator", "administrator", "member", "left", "kicked"})
_COMMAND_RE: Final = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _entities(text: str, username: str) -> list[JSONDict]:
    """A `bot_command` entity for a leading command, a `mention` for each `@username`."""
    mentions = re.finditer(rf"(?<![\w@])@{re.escape(username)}(?!\w)", text, re.IGNORECASE)
    found = [("bot_command", m) for m in [_COMMAND_RE.match(text)] if m] + [("mention", m) for m in mentions]
    return [{"type": kind, "offset": _utf16_len(text[:m.start()]), "length": _utf16_len(m.group())}
            for kind, m in found]


def chat_member(user: JSONDict, status: str) -> JSONDict:
    """A ChatMember dict with every field PTB requires for `status`."""
    member: JSONDict = {"status": status, "user": user}
    if status in ("creator", "administrator"):
        member["is_anonymous"] = False
    if status == "administrator":
        member.update({key: True for key in (
            "can_be_edited", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
            "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
            "can_post_stories", "can_edit_stories", "can_delete_stories")})
    elif status == "kicked":
        member["until_date"] = 0
    return member


class FakeState:
    """Users, chats, stored messages and queued updates (see the module docstring)."""

    bot_id: int
    username: str = BOT_USERNAME
    first_name: str = BOT_FIRST_NAME

    def _init_state(self) -> None:
        self._lock = threading.RLock()
        self._updates_cond = threading.Condition(self._lock)
        self._updates: deque[JSONDict] = deque()
        self._update_ids = itertools.count(1)
        self._users: dict[int, JSONDict] = {}
        self._chats: dict[int, JSONDict] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._last_message_id: dict[int, int] = {}
        self._last_bot_message: dict[int, int] = {}
        self._member_status: dict[tuple[int, int], str] = {}
        self._ids = itertools.count(1)  # callback, inline query and file ids

    # -- the update queue ---------------------------------------------------------
    def push_update(self, update: Mapping[str, Any]) -> int:
        """Queue `update` (its `update_id` is assigned), wake long polls; return the id."""
        return self.push_updates([update])[0]

    def push_updates(self, updates: Iterable[Mapping[str, Any]]) -> list[int]:
        """Queue several updates at once (one wake-up); return their ids."""
        with self._updates_cond:
            queued = [{**update, "update_id": next(self._update_ids)} for update in updates]
            self._updates.extend(queued)
            self._updates_cond.notify_all()
        return [update["update_id"] for update in queued]

    def _take_updates(self, offset: int, limit: int, allowed: frozenset[str] | None) -> list[JSONDict]:
        while offset > 0 and self._updates and self._updates[0]["update_id"] < offset:
            self._updates.popleft()  # confirmed
        kinds = ((u, next(k for k in u if k != "update_id")) for u in self._updates)
        return [u for u, kind in kinds if allowed is None or kind in allowed][:limit]

    def _push(self, update: JSONDict) -> JSONDict:
        update["update_id"] = self.push_update(update)
        return update

    def push_message(self, text: str, **kwargs: Any) -> JSONDict:
        return self._push(self.message(text, **kwargs))

    def push_callback_query(self, data: str, **kwargs: Any) -> JSONDict:
        return self._push(self.callback_query(data, **kwargs))

    def push_inline_query(self, query: str, **kwargs: Any) -> JSONDict:
        return self._push(self.inline_query(query, **kwargs))

    # -- users, chats, messages ---------------------------------------------------
    def _user(self, user_id: int, first_name: str | None = None, language_code: str | None = None) -> JSONDict:
        """A user dict; omitted fields are inherited from earlier updates of that user."""
        known = self._users.get(user_id, {})
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name or known.get("first_name") or "Test"}
        if language_code := language_code or known.get("language_code"):
            user["language_code"] = language_code
        self._users[user_id] = user
        return dict(user)

    def _bot_user(self) -> JSONDict:
        return {"id": self.bot_id, "is_bot": True, "first_name": self.first_name, "username": self.username}

    def _chat(self, chat_id: int, chat_type: str | None = None) -> JSONDict:
        known = self._chats.get(chat_id)
        if known is not None and chat_type in (None, known["type"]):
            return dict(known)
        chat_type = chat_type or ("private" if chat_id > 0 else "supergroup")
        chat: JSONDict = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = self._users.get(chat_id, {}).get("first_name", f"User{chat_id}")
        else:
            chat["title"] = "Test Channel" if chat_type == "channel" else "Test Group"
            self._chats[chat_id] = chat
        return dict(chat)

    def _next_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def _store(self, message: JSONDict) -> None:
        self._messages[(message["chat"]["id"], message["message_id"])] = message
        if len(self._messages) > _MAX_STORED_MESSAGES:
            del self._messages[next(iter(self._messages))]

    def _bot_message(self, chat_id: int, text: str | None = None, **extra: Any) -> JSONDict:
        """A new message from the bot, stored (for edits and button taps); None fields are left out."""
        message: JSONDict = {"message_id": self._next_message_id(chat_id), "date": int(time.time()),
                             "chat": self._chat(chat_id), "from": self._bot_user()}
        message.update({key: value for key, value in {"text": text, **extra}.items() if value is not None})
        self._store(message)
        self._last_bot_message[chat_id] = message["message_id"]
        return dict(message)

    def _stored_bot_message(self, chat_id: int, message_id: int | None, text: str) -> JSONDict:
        """Bot message `message_id` (default: the bot's last in the chat), made up if unknown."""
        message_id = message_id or self._last_bot_message.get(chat_id)
        stored = self._messages.get((chat_id, message_id or 0))
        return dict(stored) if stored is not None else self._bot_message(chat_id, text)

    def _user_message(self, chat_id: int | None, user_id: int, chat_type: str | None,
                      message_id: int | None = None, **user: Any) -> JSONDict:
        sender = self._user(user_id, **user)
        if chat_id is None:
            chat_id = {"group": DEFAULT_GROUP_ID, "supergroup": DEFAULT_SUPERGROUP_ID}.get(chat_type or "", user_id)
        return {"message_id": message_id or self._next_message_id(chat_id), "from": sender,
                "chat": self._chat(chat_id, chat_type), "date": int(time.time())}

    # -- update factories (not queued; push_* queues them) ----------------------------
    def message(self, text: str, *, chat_id: int | None = None, user_id: int = DEFAULT_USER_ID,
                chat_type: str | None = None, language_code: str | None = "en", first_name: str | None = "Test",
                reply_to_bot: bool = False, message_id: int | None = None) -> JSONDict:
        """A `{"message": ...}` update: a private chat by default, `DEFAULT_GROUP_ID` for groups. Commands
        and @mentions of the bot get their entities; `reply_to_bot` replies to the bot's last message."""
        with self._lock:
            msg = self._user_message(chat_id, user_id, chat_type, message_id, first_name=first_name,
                                     language_code=language_code)
            msg["text"] = text
            if entities := _entities(text, self.username):
                msg["entities"] = entities
            if reply_to_bot:
                msg["reply_to_message"] = self._stored_bot_message(msg["chat"]["id"], None, "...")
            return {"message": msg}

    def edited_message(self, text: str, **kwargs: Any) -> JSONDict:
        """An `{"edited_message": ...}` update (the arguments of `message`)."""
        msg = self.message(text, **{"language_code": None, **kwargs})["message"]
        return {"edited_message": {**msg, "edit_date": msg["date"]}}

    def callback_query(self, data: str, *, chat_id: int | None = None, user_id: int = DEFAULT_USER_ID,
                       message_id: int | None = None, message_text: str = "...",
                       language_code: str | None = None) -> JSONDict:
        """A tap on a button of bot message `message_id` (default: the bot's last in the chat)."""
        with self._lock:
            chat_id = user_id if chat_id is None else chat_id
            return {"callback_query": {
                "id": str(next(self._ids)), "from": self._user(user_id, language_code=language_code),
                "message": self._stored_bot_message(chat_id, message_id, message_text),
                "chat_instance": str(chat_id * 7 + 13), "data": data}}

    def inline_query(self, query: str, *, user_id: int = DEFAULT_USER_ID, offset: str = "",
                     language_code: str | None = None) -> JSONDict:
        """An `{"inline_query": ...}` update."""
        with self._lock:
            return {"inline_query": {"id": str(next(self._ids)), "query": query, "offset": offset,
                                     "chat_type": "sender", "from": self._user(user_id, language_code=language_code)}}

    def _media(self, chat_id: int | None, user_id: int, chat_type: str | None, **media: Any) -> JSONDict:
        """A `{"message": ...}` update carrying `media` (None fields left out)."""
        with self._lock:
            media = {key: value for key, value in media.items() if value is not None}
            return {"message": {**self._user_message(chat_id, user_id, chat_type), **media}}

    def _file(self, **fields: Any) -> JSONDict:
        number = next(self._ids)
        return {"file_id": f"FAKEFILE{number:08d}", "file_unique_id": f"FAKEUNIQ{number:08d}", **fields}

    def sticker(self, chat_id: int | None = None, user_id: int = DEFAULT_USER_ID, *,
                chat_type: str | None = None) -> JSONDict:
        """A `{"message": ...}` update carrying a sticker."""
        return self._media(chat_id, user_id, chat_type, sticker=self._file(
            type="regular", width=512, height=512, is_animated=False, is_video=False, emoji="👍"))

    def photo(self, chat_id: int | None = None, user_id: int = DEFAULT_USER_ID, *, caption: str | None = None,
              chat_type: str | None = None) -> JSONDict:
        """A `{"message": ...}` update carrying a photo."""
        return self._media(chat_id, user_id, chat_type, photo=[self._file(width=90, height=67)], caption=caption)

    def channel_post(self, text: str, *, chat_id: int = DEFAULT_CHANNEL_ID) -> JSONDict:
        """A `{"channel_post": ...}` update (no `from`; `sender_chat` is the channel)."""
        with self._lock:
            chat = self._chat(chat_id, "channel")
            post = {"message_id": self._next_message_id(chat_id), "sender_chat": chat, "chat": chat,
                    "date": int(time.time()), "text": text, "entities": _entities(text, self.username)}
            return {"channel_post": post}

    def my_chat_member(self, chat_id: int, *, user_id: int = DEFAULT_USER_ID, chat_type: str | None = None) -> JSONDict:
        """The bot's own membership changed: a user blocks it (private chat) or a group adds it."""
        with self._lock:
            chat = self._chat(chat_id, chat_type)
            old, new = ("member", "kicked") if chat["type"] == "private" else ("left", "member")
            self._member_status[(chat_id, self.bot_id)] = new
            return {"my_chat_member": {
                "chat": chat, "from": self._user(user_id), "date": int(time.time()),
                "old_chat_member": chat_member(self._bot_user(), old),
                "new_chat_member": chat_member(self._bot_user(), new)}}

    # -- chat members ------------------------------------------------------------------
    def set_admin(self, chat_id: int, user_id: int, *, status: str = "administrator") -> None:
        """What `getChatMember(chat_id, user_id)` answers: `administrator` here, `member` by default."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"status must be one of {sorted(_MEMBER_STATUSES)}")
        with self._lock:
            self._member_status[(chat_id, user_id)] = status

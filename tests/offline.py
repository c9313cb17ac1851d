"""An offline Bot API for handler tests: a `telegram.request.BaseRequest` that
records every call and answers with canned JSON, never touching the network.

    request = OfflineRequest()
    app = build_application(settings, request=request, rate_limiter=None)
    ... await app.process_update(update) ...
    request.sent_texts()          # texts of sendMessage calls, in order
    request.calls_to("answerCallbackQuery")

Like Telegram (and `tests.fakeapi`, whose rules it shares: `tests.fakeapi.rules`),
it refuses with 400 Bad Request what Telegram refuses: invalid HTML, over-long or
empty texts, over-full keyboards, callback data or start payloads over 64
bytes, inline answers beyond Telegram's limits. A handler that sends one fails
its test instead of passing.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass
from typing import Any

from telegram.request import BaseRequest, RequestData

from tests.fakeapi import BOT_FIRST_NAME, BOT_USERNAME, problem

__all__ = ["ApiCall", "OfflineRequest"]


@dataclass(frozen=True)
class ApiCall:
    method: str
    params: dict[str, Any]


class OfflineRequest(BaseRequest):
    """Records Bot API calls and answers them like Telegram would, offline."""

    def __init__(self, bot_id: int = 123456) -> None:
        self.bot_id = bot_id
        self.calls: list[ApiCall] = []
        self._message_ids = itertools.count(5000)
        self._failures: dict[str, list[tuple[int, str]]] = {}

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    # -- inspection --------------------------------------------------------------

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """Params of every call of `method` (successful or not), in order."""
        return [call.params for call in self.calls if call.method == method]

    def sent_texts(self) -> list[str]:
        return [params["text"] for params in self.calls_to("sendMessage")]

    def clear(self) -> None:
        self.calls.clear()

    def fail_next(self, method: str, status: int = 400, description: str = "Bad Request: test") -> None:
        """The next call of `method` fails with `status` and `description`."""
        self._failures.setdefault(method, []).append((status, description))

    # -- the fake API ------------------------------------------------------------

    async def do_request(  # type: ignore[override]
        self, url: str, method: str, request_data: RequestData | None = None, *args: object, **kwargs: object
    ) -> tuple[int, bytes]:
        api_method = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        self.calls.append(ApiCall(api_method, params))
        failures = self._failures.get(api_method)
        if failures:
            return self._error(*failures.pop(0))
        refusal = problem(api_method, params)
        if refusal is not None:
            return self._error(400, f"Bad Request: {refusal}")
        result = self._result(api_method, params)
        return 200, json.dumps({"ok": True, "result": result}).encode()

    @staticmethod
    def _error(status: int, description: str) -> tuple[int, bytes]:
        payload = {"ok": False, "error_code": status, "description": description}
        return status, json.dumps(payload).encode()

    def _bot_user(self) -> dict[str, Any]:
        return {"id": self.bot_id, "is_bot": True, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME}

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params.get("chat_id", 0))
        chat: dict[str, Any] = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
        if chat_id <= 0:
            chat["title"] = "Test Group"
        message: dict[str, Any] = {
            "message_id": int(params.get("message_id") or next(self._message_ids)),
            "date": int(time.time()),
            "chat": chat,
            "from": self._bot_user(),
        }
        if "text" in params:
            message["text"] = params["text"]
        if isinstance(params.get("reply_markup"), dict):
            message["reply_markup"] = params["reply_markup"]
        return message

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {**self._bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                    "supports_inline_queries": True}
        if method == "getUpdates":
            return []
        if method in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            return self._message(params)
        return True

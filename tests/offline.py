"""An offline Bot API for handler tests: a `telegram.request.BaseRequest` that
hands every call straight to the fake Bot API's dispatcher (`tests.fakeapi`,
no server, no network) and records it.

    request = OfflineRequest()
    app = build_application(settings, request=request, rate_limiter=None)
    ... await app.process_update(update) ...
    request.sent_texts()          # texts of sendMessage calls, in order
    request.calls_to("answerCallbackQuery")

So it answers exactly as the HTTP fake does, and refuses with 400 what
Telegram refuses (`tests.fakeapi.rules`): invalid HTML, over-long or empty
texts, over-full keyboards, callback data or start payloads over 64 bytes,
inline answers beyond Telegram's limits. A handler that sends one fails its
test instead of passing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from telegram.request import BaseRequest, RequestData

from tests.fakeapi import FakeBotAPI

__all__ = ["ApiCall", "OfflineRequest"]


@dataclass(frozen=True)
class ApiCall:
    method: str
    params: dict[str, Any]


class OfflineRequest(BaseRequest):
    """Records Bot API calls and answers them like Telegram would, offline."""

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.api = FakeBotAPI(token)  # never started: its dispatcher only

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def calls(self) -> list[ApiCall]:
        return [ApiCall(call.method, call.params) for call in self.api.calls]

    def calls_to(self, method: str) -> list[dict[str, Any]]:
        """Params of every call of `method` (successful or not), in order."""
        return [call.params for call in self.api.calls_to(method)]

    def sent_texts(self) -> list[str]:
        return [params["text"] for params in self.calls_to("sendMessage")]

    def clear(self) -> None:
        self.api.clear_calls()

    def fail_next(self, method: str, status: int = 400, description: str = "Bad Request: test") -> None:
        """The next call of `method` fails with `status` and `description`."""
        self.api.fail_next(method, status=status, description=description)

    async def do_request(  # type: ignore[override]
        self, url: str, method: str, request_data: RequestData | None = None, *args: object, **kwargs: object
    ) -> tuple[int, bytes]:
        params = dict(request_data.parameters) if request_data else {}
        answer = self.api._handle(self.api.token, url.rsplit("/", 1)[-1], params)
        status, payload = answer or (502, {"ok": False, "error_code": 502, "description": "Bad Gateway"})
        return status, json.dumps(payload).encode()

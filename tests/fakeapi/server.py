"""The fake Bot API's HTTP server and the methods the bot calls.

`FakeBotAPI` serves `POST /bot<TOKEN>/<method>` on 127.0.0.1 (a random port) from a daemon
thread; point the bot at `root_url` with TELEGRAM_API_BASE_URL. It decodes python-telegram-bot's
form encoding (strings raw, everything else JSON), refuses what Telegram refuses
(`tests.fakeapi.rules`, answered 400), answers getMe, getUpdates (a real long poll),
setMyCommands, sendMessage, editMessageText/ReplyMarkup (with "message is not modified") and
getChatMember, and anything else with `true`. Every call is recorded (`calls`, `calls_to`,
`sent_messages`); tests wait on them with `wait_for` (other threads) or `wait_for_async` (the
bot's event loop). It is not a security boundary: localhost only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.fakeapi.failures import Failure, FakeFailures
from tests.fakeapi.rules import problem
from tests.fakeapi.state import FakeState, JSONDict, chat_member

__all__ = ["Call", "FakeBotAPI", "decode_param"]

Predicate = Callable[[dict[str, Any]], bool]
# Parameters PTB sends as raw strings: never JSON-decode them (a text "123" stays a string).
_RAW_STRINGS = frozenset({"text", "query", "next_offset", "parse_mode", "callback_query_id",
                          "inline_query_id", "url", "secret_token", "language_code", "description"})


def decode_param(name: str, raw: str) -> Any:
    """One form value as PTB encoded it: strings raw, everything else JSON."""
    if name not in _RAW_STRINGS:
        with contextlib.suppress(ValueError):
            if not isinstance(value := json.loads(raw), str):
                return value
    return raw


@dataclass(frozen=True, slots=True)
class Call:
    """One request: `ok`/`status` say how the fake answered, `result` what it sent back."""

    method: str
    params: dict[str, Any]
    ok: bool = True
    status: int = 200
    result: Any = None
    description: str | None = None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        path = urlsplit(self.path)
        parts = path.path.strip("/").split("/")
        pairs = parse_qsl(path.query, keep_blank_values=True) + parse_qsl(body.decode(), keep_blank_values=True)
        answer = (self.server.api._handle(unquote(parts[0][3:]), parts[1], {k: decode_param(k, v) for k, v in pairs})
                  if len(parts) == 2 and parts[0].startswith("bot") else (404, Failure(404, "Not Found").payload()))
        if answer is None:  # an injected dropped connection
            self.close_connection = True
            return
        self._write(*answer)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """No per-request logging."""

    def _write(self, status: int, payload: JSONDict) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self.send_response_only(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, api: FakeBotAPI) -> None:
        self.api = api
        self.connections: set[socket.socket] = set()
        super().__init__(("127.0.0.1", 0), _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        self.connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Clients hanging up (cancelled long polls) are normal."""


class FakeBotAPI(FakeState, FakeFailures):
    """A fake Telegram Bot API server (see the module docstring); a context manager."""

    def __init__(self, token: str = "123456:TEST-token") -> None:
        self.token = token
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456
        self._init_state()
        self._init_failures()
        self.calls: list[Call] = []
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._server: _Server | None = None
        self._stopping = False

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> FakeBotAPI:
        """Serve on a free port in a daemon thread."""
        self._stopping = False
        self._server = _Server(self)
        threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop serving: wake long polls, release held answers, close keep-alive connections."""
        server, self._server = self._server, None
        if server is None:
            return
        with self._lock:
            self._stopping = True
            self._updates_cond.notify_all()
        self._release.set()
        server.shutdown()
        server.server_close()
        for connection in list(server.connections):
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def root_url(self) -> str:
        """`http://127.0.0.1:PORT`: the value for TELEGRAM_API_BASE_URL."""
        if self._server is None:
            raise RuntimeError("FakeBotAPI is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    # -- what the bot sent ----------------------------------------------------------
    def calls_to(self, method: str) -> list[Call]:
        """Every recorded call of `method`, refused ones included."""
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def sent_messages(self) -> list[dict[str, Any]]:
        """Params of the successful `sendMessage` calls, in order."""
        with self._lock:
            return [c.params for c in self.calls if c.ok and c.method == "sendMessage"]

    def clear_calls(self) -> None:
        with self._lock:
            self.calls = []
            self.rate_limited_count = 0

    def get_commands(self, language_code: str = "", scope: JSONDict | None = None) -> list[JSONDict]:
        """The commands `setMyCommands` stored for that language and scope."""
        with self._lock:
            return list(self._commands.get((json.dumps(scope or {"type": "default"}), language_code), []))

    def _looks(self, method: str, predicate: Predicate | None, timeout: float,
               count: int) -> Iterator[list[Call] | None]:
        """At each `next()`: the first `count` successful `method` calls matching `predicate` once there
        are that many, else None; AssertionError after `timeout`. Each look reads only the calls
        recorded since the last (all again if they were cleared meanwhile)."""
        found: list[Call] = []
        seen, deadline = 0, time.monotonic() + timeout
        while True:
            with self._lock:
                found, seen = (found, seen) if seen <= len(self.calls) else ([], 0)
                found += [c for c in self.calls[seen:]
                          if c.ok and c.method == method and (predicate is None or predicate(c.params))]
                seen = len(self.calls)
                if len(found) < count and time.monotonic() >= deadline:
                    methods = [c.method if c.ok else f"{c.method}!{c.status}" for c in self.calls[-100:]]
                    raise AssertionError(f"timed out after {timeout}s waiting for {count} successful {method!r} "
                                         f"call(s); found {len(found)}. Methods seen: {methods}")
            yield found[:count] if len(found) >= count else None

    def wait_for(self, method: str, predicate: Predicate | None = None, timeout: float = 5.0,
                 count: int = 1) -> list[Call]:
        """Block until `count` successful `method` calls match `predicate`; the first `count` of them.
        Not from the bot's event loop: use `wait_for_async` there."""
        looks = self._looks(method, predicate, timeout, count)
        while (found := next(looks)) is None:
            time.sleep(0.005)
        return found

    async def wait_for_async(self, method: str, predicate: Predicate | None = None, timeout: float = 5.0,
                             count: int = 1) -> list[Call]:
        """`wait_for` that keeps the event loop (and the bot on it) running."""
        looks = self._looks(method, predicate, timeout, count)
        while (found := next(looks)) is None:
            await asyncio.sleep(0.005)
        return found

    # -- answering --------------------------------------------------------------------
    def _handle(self, token: str, method: str, params: dict[str, Any]) -> tuple[int, JSONDict] | None:
        """Answer one call: (status, payload), or None to drop the connection."""
        result: Any = None
        with self._lock:
            failure = (Failure(401, "Unauthorized") if token != self.token
                       else self._injected_failure(method, params, time.monotonic()))
            if failure is None and (refusal := problem(method, params)) is not None:
                failure = Failure(400, f"Bad Request: {refusal}")
            if failure is None and isinstance(result := getattr(self, f"_api_{method}", lambda p: True)(params), str):
                failure = Failure(400, f"Bad Request: {result}")
            self.calls.append(Call(method, params, result=result) if failure is None else
                              Call(method, params, False, failure.status, description=failure.description))
            held = failure is None and self._hold_if_due(method)
        if failure is not None:
            return None if failure.status == 0 else (failure.status, failure.payload())
        if held:
            self._release.wait()
        return 200, {"ok": True, "result": result}

    # Method handlers run with the lock held; a str result is a 400's description.

    def _api_getMe(self, params: dict[str, Any]) -> JSONDict:  # noqa: N802
        return {**self._bot_user(), "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": True}

    def _api_getUpdates(self, params: dict[str, Any]) -> list[JSONDict]:  # noqa: N802
        allowed = params.get("allowed_updates")
        allowed = frozenset(allowed) if isinstance(allowed, list) and allowed else None
        offset, limit = int(params.get("offset") or 0), min(max(int(params.get("limit") or 100), 1), 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while not (batch := self._take_updates(offset, limit, allowed)) and not self._stopping:
            if (remaining := deadline - time.monotonic()) <= 0:
                break
            self._updates_cond.wait(remaining)
        return batch

    def _api_setMyCommands(self, params: dict[str, Any]) -> bool:  # noqa: N802
        key = (json.dumps(params.get("scope") or {"type": "default"}), str(params.get("language_code") or ""))
        self._commands[key] = list(params["commands"])
        return True

    def _api_sendMessage(self, params: dict[str, Any]) -> JSONDict | str:  # noqa: N802
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            return "chat not found"
        return self._bot_message(chat_id, params["text"], reply_markup=params.get("reply_markup"))

    def _edit(self, params: dict[str, Any], *fields: str) -> JSONDict | str:
        key = (params.get("chat_id"), params.get("message_id"))
        stored = self._messages.get(key) or {  # type: ignore[call-overload]
            "message_id": key[1], "date": int(time.time()), "chat": self._chat(int(key[0] or 0)),
            "from": self._bot_user()}
        changes = {field: params[field] for field in fields if params.get(field) is not None}
        if all(stored.get(k) == v for k, v in changes.items()):
            return "message is not modified: specified new message content and reply markup are exactly the same"
        self._store({**stored, **changes, "edit_date": int(time.time())})
        return dict(self._messages[key])  # type: ignore[index]

    def _api_editMessageText(self, params: dict[str, Any]) -> JSONDict | str:  # noqa: N802
        return self._edit(params, "text", "reply_markup")

    def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> JSONDict | str:  # noqa: N802
        return self._edit(params, "reply_markup")

    def _api_getChatMember(self, params: dict[str, Any]) -> JSONDict:  # noqa: N802
        chat_id, user_id = params.get("chat_id"), int(params.get("user_id") or 0)
        user = self._bot_user() if user_id == self.bot_id else self._users.get(
            user_id, {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"})
        return chat_member(user, self._member_status.get((chat_id, user_id), "member"))  # type: ignore[arg-type]


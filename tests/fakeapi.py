"""An in-process fake of the Telegram Bot API HTTP server, for tests and benchmarks.

:class:`FakeBotAPI` runs a stdlib :class:`http.server.ThreadingHTTPServer` on
``127.0.0.1:<random port>`` in a daemon thread.  Point the bot at it by setting
``TELEGRAM_API_BASE_URL`` to :attr:`FakeBotAPI.root_url`; python-telegram-bot then
sends ``POST /bot<TOKEN>/<method>`` requests to it, exactly as it would to
``api.telegram.org``.

What it does:

* decodes requests the way PTB encodes them (``application/x-www-form-urlencoded``
  with JSON-encoded non-string values, ``multipart/form-data`` for uploads, or a JSON
  body), so recorded params hold real ints, bools, dicts and lists;
* answers the methods the bot uses with realistic, PTB-parsable results (``getMe``,
  ``getUpdates`` with a real long poll, webhooks, commands, ``sendMessage``, edits,
  callback/inline answers, chat/member look-ups, ...); every other method is recorded
  and answered with ``{"ok": true, "result": true}`` (other ``send*`` methods answer
  a minimal Message);
* validates ``parse_mode="HTML"`` texts like Telegram does for tags (unknown or
  unbalanced tags, stray ``<``) and rejects empty or over-long messages with 400;
* records every call (:attr:`FakeBotAPI.calls`) and lets tests wait for calls from
  synchronous code (:meth:`FakeBotAPI.wait_for`) or from the event loop running the
  bot (:meth:`FakeBotAPI.wait_for_async`);
* injects updates (:meth:`FakeBotAPI.push_update` plus ``push_message`` & co.) and
  failures: blocked chats (403), arbitrary status codes, 429 ``retry_after``, dropped
  connections, a group upgraded to a supergroup (400 ``migrate_to_chat_id``), a
  sliding-window rate limit, artificial latency and responses held back after the
  call was processed (:meth:`FakeBotAPI.hold_responses`).

What it does not do: deliver updates to webhooks, serve files (``/file/bot...``
answers 404), parse Markdown, strip HTML from echoed texts or generate entities for
bot messages, enforce per-chat rate limits, or check that referenced messages,
chats or users exist (unknown ones are synthesised).  It is not a security
boundary: bind it to localhost only.
"""

from __future__ import annotations

import asyncio
import html
import json
import re
import socket
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Final
from urllib.parse import parse_qsl, unquote, urlsplit

__all__ = [
    "BOT_FIRST_NAME",
    "BOT_USERNAME",
    "DEFAULT_CHANNEL_ID",
    "DEFAULT_GROUP_ID",
    "DEFAULT_SUPERGROUP_ID",
    "DEFAULT_USER_ID",
    "Call",
    "FakeBotAPI",
    "UploadedFile",
    "decode_param",
]

JSONDict = dict[str, Any]
Params = dict[str, Any]
Predicate = Callable[[Params], bool]

BOT_USERNAME: Final = "cis_meeting_bot"
BOT_FIRST_NAME: Final = "CIS Meeting Bot"
DEFAULT_USER_ID: Final = 1001
DEFAULT_GROUP_ID: Final = -1001
DEFAULT_SUPERGROUP_ID: Final = -1001000001001
DEFAULT_CHANNEL_ID: Final = -1001000002002

MAX_MESSAGE_LENGTH: Final = 4096
_MAX_STORED_MESSAGES: Final = 50_000
_ASYNC_POLL_INTERVAL: Final = 0.005

_GROUP_TYPES: Final = frozenset({"group", "supergroup"})
_MEMBER_STATUSES: Final = frozenset(
    {"creator", "administrator", "member", "restricted", "left", "kicked"}
)
_ADMIN_STATUSES: Final = frozenset({"creator", "administrator"})

# Parameters that PTB always sends as raw strings; never JSON-decode them (a text of
# "123" or "true" must stay a string).
_RAW_STRING_PARAMS: Final = frozenset(
    {
        "action", "address", "business_connection_id", "callback_query_id", "caption",
        "currency", "custom_title", "description", "emoji", "explanation", "first_name",
        "game_short_name", "inline_message_id", "inline_query_id", "invite_link",
        "ip_address", "language_code", "last_name", "name", "next_offset", "parse_mode",
        "payload", "phone_number", "provider_token", "query", "question", "secret_token",
        "short_description", "start_parameter", "switch_pm_parameter", "switch_pm_text",
        "text", "title", "url", "vcard",
    }
)

# Canonical (case-preserving) names of the methods with a dedicated handler, so that
# method names are matched case-insensitively like the real API does.
_KNOWN_METHODS: Final = (
    "getMe", "getUpdates", "deleteWebhook", "setWebhook", "getWebhookInfo",
    "setMyCommands", "getMyCommands", "deleteMyCommands", "sendMessage",
    "editMessageText", "editMessageReplyMarkup", "deleteMessage", "answerCallbackQuery",
    "answerInlineQuery", "sendChatAction", "getChat", "getChatMember",
    "getChatAdministrators", "setChatMenuButton", "getChatMenuButton", "close", "logOut",
    "sendPhoto", "sendDocument", "sendSticker", "sendVideo", "sendAudio", "sendVoice",
    "sendAnimation", "sendVideoNote", "sendLocation", "sendVenue", "sendContact",
    "sendPoll", "sendDice", "sendInvoice", "sendGame", "forwardMessage", "copyMessage",
    "sendMediaGroup",
)
_CANONICAL_METHODS: Final = {name.lower(): name for name in _KNOWN_METHODS}
# send* methods (besides sendMessage) answered with a minimal Message.
_GENERIC_SEND_METHODS: Final = frozenset(
    {
        "sendPhoto", "sendDocument", "sendSticker", "sendVideo", "sendAudio", "sendVoice",
        "sendAnimation", "sendVideoNote", "sendLocation", "sendVenue", "sendContact",
        "sendPoll", "sendDice", "sendInvoice", "sendGame", "forwardMessage",
    }
)

# Tags accepted by Telegram with parse_mode=HTML.
_HTML_TAGS: Final = frozenset(
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "a", "tg-emoji", "code", "pre", "blockquote", "tg-time",
    }
)
_HTML_TAG_RE: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(\s[^<>]*)?>")
_HTML_STRIP_RE: Final = re.compile(r"<[^<>]*>")
_PATH_RE: Final = re.compile(r"^/bot([^/]+)/([A-Za-z0-9_]+)/?$")
_HEADER_PARAM_RE: Final = re.compile(
    r'[;,]\s*([A-Za-z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;,\s]*))'
)
_WORD_CHAR_RE: Final = re.compile(r"[A-Za-z0-9_]")
_COMMAND_RE: Final = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@])")
_MARKDOWN_ESCAPE_RE: Final = re.compile(r"\\(.)")


@dataclass(frozen=True, slots=True)
class Call:
    """One request received by the fake.

    ``time`` is :func:`time.monotonic` when the request arrived.  ``ok``/``status``
    tell whether the fake answered successfully; ``result`` is the ``result`` it sent
    (``None`` for failures) and ``description`` the error description, if any.
    """

    method: str
    params: Params
    time: float
    ok: bool = True
    status: int = 200
    result: Any = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part of a ``multipart/form-data`` request (the value of its param)."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass(frozen=True, slots=True)
class _Failure:
    """One queued injected failure; ``status == 0`` means "drop the connection"."""

    status: int
    description: str
    retry_after: int | None = None
    migrate_to_chat_id: int | None = None


class _ApiError(Exception):
    """Raised by method handlers to answer ``{"ok": false, ...}``."""

    def __init__(self, status: int, description: str) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


_Response = tuple[int, JSONDict]


# --------------------------------------------------------------------------- decoding


def decode_param(name: str, raw: str) -> Any:
    """Decode one form value the way PTB encoded it (strings raw, the rest as JSON)."""
    if name in _RAW_STRING_PARAMS:
        return raw
    try:
        value = json.loads(raw, parse_constant=_reject_json_constant)
    except ValueError:
        return raw
    return raw if isinstance(value, str) else value


def _reject_json_constant(constant: str) -> Any:
    raise ValueError(f"not a JSON value: {constant}")


def _header_params(header_value: str) -> dict[str, str]:
    """Parameters of a header like ``form-data; name="x"; filename="y"``."""
    params: dict[str, str] = {}
    for match in _HEADER_PARAM_RE.finditer(";" + header_value.split(";", 1)[-1]):
        quoted, bare = match.group(2), match.group(3)
        value = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else bare
        params[match.group(1).lower()] = value.replace("%22", '"')
    return params


def _parse_multipart(body: bytes, content_type: str) -> Params:
    boundary = _header_params(content_type).get("boundary")
    if not boundary:
        raise ValueError("multipart request without boundary")
    params: Params = {}
    for part in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if part.startswith(b"--"):
            break
        head, sep, content = part.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not sep:
            continue
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = _header_params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if name is None:
            continue
        if "filename" in disposition or "content-type" in headers:
            params[name] = UploadedFile(
                disposition.get("filename"), headers.get("content-type"), content
            )
        else:
            params[name] = decode_param(name, content.decode("utf-8", "replace"))
    return params


def parse_request_params(query: str, content_type: str, body: bytes) -> Params:
    """Decode the query string and body of a Bot API request into Python values."""
    params: Params = {k: decode_param(k, v) for k, v in parse_qsl(query, keep_blank_values=True)}
    if not body:
        return params
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime == "multipart/form-data":
        params.update(_parse_multipart(body, content_type))
    elif mime == "application/json":
        decoded = json.loads(body)
        if not isinstance(decoded, dict):
            raise ValueError("JSON body must be an object")
        params.update(decoded)
    else:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True)
        params.update({k: decode_param(k, v) for k, v in pairs})
    return params


# ----------------------------------------------------------------------- text helpers


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _auto_entities(text: str, username: str) -> list[JSONDict]:
    """``bot_command`` entity for a leading command, ``mention`` for ``@username``."""
    entities: list[JSONDict] = []
    command_end = 0
    if command := _COMMAND_RE.match(text):
        command_end = command.end()
        length = _utf16_len(command.group())
        entities.append({"type": "bot_command", "offset": 0, "length": length})
    needle, lowered = "@" + username.lower(), text.lower()
    start = lowered.find(needle, command_end)
    while start >= 0:
        end = start + len(needle)
        word_before = start > 0 and _WORD_CHAR_RE.match(text[start - 1])
        word_after = end < len(text) and _WORD_CHAR_RE.match(text[end])
        if not word_before and not word_after:
            offset, length = _utf16_len(text[:start]), _utf16_len(text[start:end])
            entities.append({"type": "mention", "offset": offset, "length": length})
        start = lowered.find(needle, end)
    return entities


def _html_error(text: str) -> str | None:
    """The ``can't parse entities`` error Telegram would give for HTML ``text``."""
    prefix = "Bad Request: can't parse entities:"
    stack: list[str] = []
    pos = text.find("<")
    while pos >= 0:
        offset = len(text[:pos].encode("utf-8"))
        match = _HTML_TAG_RE.match(text, pos)
        if match is None:
            return f"{prefix} Unsupported start tag at byte offset {offset}"
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in _HTML_TAGS:
            kind = "end" if closing else "start"
            return f'{prefix} Unsupported {kind} tag "{name}" at byte offset {offset}'
        if not closing:
            stack.append(name)
        elif not stack or stack[-1] != name:
            expected = f'"</{stack[-1]}>"' if stack else "no end tag"
            return (
                f"{prefix} Unmatched end tag at byte offset {offset}, "
                f'expected {expected}, found "</{name}>"'
            )
        else:
            stack.pop()
        pos = text.find("<", match.end())
    if stack:
        return f'{prefix} Can\'t find end tag corresponding to start tag "{stack[-1]}"'
    return None


def _visible_text(text: str, parse_mode: str | None) -> str:
    """Roughly the text left after entity parsing (used for the length limit)."""
    mode = (parse_mode or "").upper()
    if mode == "HTML":
        return html.unescape(_HTML_STRIP_RE.sub("", text))
    if mode.startswith("MARKDOWN"):
        return _MARKDOWN_ESCAPE_RE.sub(r"\1", text)
    return text


def _update_type(update: Mapping[str, Any]) -> str:
    return next((key for key in update if key != "update_id"), "")


# ------------------------------------------------------------------------ HTTP server


class _Handler(BaseHTTPRequestHandler):
    """Parses HTTP, delegates to :meth:`FakeBotAPI._handle`, writes JSON back."""

    protocol_version = "HTTP/1.1"
    server_version = "FakeBotAPI/1.0"
    sys_version = ""
    disable_nagle_algorithm = True
    wbufsize = 64 * 1024  # one send() per response; flushed by handle_one_request
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        self._dispatch()

    do_GET = do_POST  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        """Silence the per-request stderr logging."""

    def _dispatch(self) -> None:
        body = self._read_body()
        split = urlsplit(self.path)
        match = _PATH_RE.match(split.path)
        if match is None:
            self._write_json(404, {"ok": False, "error_code": 404, "description": "Not Found"})
            return
        try:
            params = parse_request_params(split.query, self.headers.get("Content-Type", ""), body)
        except (ValueError, UnicodeDecodeError) as exc:
            description = f"Bad Request: can't parse request: {exc}"
            self._write_json(400, {"ok": False, "error_code": 400, "description": description})
            return
        api = self.server.api
        response = api._handle(unquote(match.group(1)), match.group(2), params)
        if response is None:  # injected connection drop
            self.close_connection = True
            return
        if api._delay > 0:
            time.sleep(api._delay)
        self._write_json(*response)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while size := int(self.rfile.readline().split(b";", 1)[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                pass  # trailers
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _write_json(self, status: int, payload: JSONDict) -> None:
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.send_response_only(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, address: tuple[str, int], api: FakeBotAPI) -> None:
        self.api = api
        self.connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _Handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self.connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self.connections.discard(request)
        super().shutdown_request(request)

    def close_all_connections(self) -> None:
        with self._connections_lock:
            connections, self.connections = list(self.connections), set()
        for conn in connections:
            try:
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def handle_error(self, request: Any, client_address: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, (ConnectionError, TimeoutError)) or self.api._stopping:
            return  # client went away: normal for cancelled long polls
        super().handle_error(request, client_address)


# -------------------------------------------------------------------------- the fake


class _CallMatcher:
    """Incrementally scans :attr:`FakeBotAPI.calls` for matching successful calls."""

    def __init__(self, method: str, predicate: Predicate | None, count: int) -> None:
        self.method, self.predicate, self.count = method, predicate, count
        self.position, self.generation = 0, -1
        self.matches: list[Call] = []

    def scan(self, api: FakeBotAPI) -> list[Call] | None:
        """Call with the api lock held; returns the first ``count`` matches or None."""
        if self.generation != api._calls_generation:
            self.position, self.generation, self.matches = 0, api._calls_generation, []
        calls = api.calls
        while self.position < len(calls) and len(self.matches) < self.count:
            call = calls[self.position]
            self.position += 1
            if call.ok and call.method == self.method and (
                self.predicate is None or self.predicate(call.params)
            ):
                self.matches.append(call)
        return list(self.matches) if len(self.matches) >= self.count else None


class FakeBotAPI:
    """A fake Telegram Bot API server; see the module docstring.

    Usage::

        with FakeBotAPI() as api:
            settings.TELEGRAM_API_BASE_URL = api.root_url
            api.push_message("/start")
            api.wait_for("sendMessage", lambda p: p["chat_id"] == 1001)
    """

    def __init__(
        self,
        token: str = "123456:TEST-token",
        *,
        host: str = "127.0.0.1",
        username: str = BOT_USERNAME,
        first_name: str = BOT_FIRST_NAME,
        strict_html: bool = True,
    ) -> None:
        self.token = token
        self.host = host
        self.username = username
        self.first_name = first_name
        self.strict_html = strict_html
        prefix = token.split(":", 1)[0]
        self.bot_id = int(prefix) if prefix.isdigit() else 123456

        self._lock = threading.RLock()
        self._calls_cond = threading.Condition(self._lock)
        self._updates_cond = threading.Condition(self._lock)
        self.calls: list[Call] = []
        self._calls_generation = 0
        self.rate_limited_count = 0

        self._updates: deque[JSONDict] = deque()
        self._next_update_id = 1
        self._allowed_updates: frozenset[str] | None = None
        self._webhook: JSONDict = {"url": ""}
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._menu_buttons: dict[int | None, JSONDict] = {}

        self._chats: dict[int, JSONDict] = {}
        self._users: dict[int, JSONDict] = {}
        self._last_message_id: dict[int, int] = {}
        self._last_bot_message: dict[int, int] = {}
        self._messages: dict[tuple[int, int], JSONDict] = {}
        self._member_status: dict[tuple[int, int], str] = {}
        self._next_callback_id = 1
        self._next_inline_id = 1
        self._next_file_id = 1

        self._blocked: dict[int, frozenset[str]] = {}
        self._failures: dict[str, deque[_Failure]] = {}
        self._rate_limits: dict[str, int] = {}
        self._rate_windows: dict[str, deque[float]] = {}
        self._delay = 0.0
        self._migrated: dict[int, int] = {}
        self._hold_method: str | None = None
        self._hold_after = 0
        self.held_count = 0
        self._release = threading.Event()

        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> FakeBotAPI:
        """Bind a free port and serve in a daemon thread; returns ``self``."""
        if self._server is not None:
            raise RuntimeError("FakeBotAPI already started")
        self._stopping = False
        self._server = _Server((self.host, 0), self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"FakeBotAPI:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving, wake long polls and close open keep-alive connections."""
        server, thread = self._server, self._thread
        if server is None:
            return
        with self._lock:
            self._stopping = True
            self._updates_cond.notify_all()
        self._release.set()  # held responses: let their threads finish
        server.shutdown()
        server.server_close()
        server.close_all_connections()
        if thread is not None:
            thread.join(timeout=5)
        self._server = self._thread = None

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeBotAPI is not started")
        return int(self._server.server_address[1])

    @property
    def root_url(self) -> str:
        """``http://127.0.0.1:PORT`` - the value for ``TELEGRAM_API_BASE_URL``."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """PTB's ``base_url`` (``{root_url}/bot``)."""
        return f"{self.root_url}/bot"

    @property
    def base_file_url(self) -> str:
        """PTB's ``base_file_url`` (``{root_url}/file/bot``)."""
        return f"{self.root_url}/file/bot"

    def __repr__(self) -> str:
        where = self.root_url if self._server is not None else "stopped"
        return f"<FakeBotAPI {where} calls={len(self.calls)}>"

    # ----------------------------------------------------------------- recording

    def calls_to(self, method: str) -> list[Call]:
        """All recorded calls of ``method``, including failed/rejected ones."""
        with self._lock:
            return [call for call in self.calls if call.method == method]

    def sent_messages(self) -> list[Params]:
        """Params of the successful ``sendMessage`` calls, in order."""
        with self._lock:
            return [c.params for c in self.calls if c.ok and c.method == "sendMessage"]

    def clear_calls(self) -> None:
        """Forget recorded calls (and reset :attr:`rate_limited_count`)."""
        with self._lock:
            self.calls = []
            self._calls_generation += 1
            self.rate_limited_count = 0

    def wait_for(
        self,
        method: str,
        predicate: Predicate | None = None,
        timeout: float = 5.0,
        count: int = 1,
    ) -> list[Call]:
        """Block until ``count`` successful ``method`` calls whose params satisfy
        ``predicate`` were recorded; return the first ``count`` of them.

        Raises :class:`AssertionError` listing the methods seen on timeout.  Do not call
        this from the event loop running the bot: use :meth:`wait_for_async` there.
        """
        matcher = _CallMatcher(method, predicate, count)
        deadline = time.monotonic() + timeout
        with self._calls_cond:
            while (found := matcher.scan(self)) is None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(self._wait_failure_message(matcher, timeout))
                self._calls_cond.wait(remaining)
        return found

    async def wait_for_async(
        self,
        method: str,
        predicate: Predicate | None = None,
        timeout: float = 5.0,
        count: int = 1,
    ) -> list[Call]:
        """Like :meth:`wait_for`, but polls with :func:`asyncio.sleep` so the event loop
        (and the bot's Application running on it) keeps going."""
        matcher = _CallMatcher(method, predicate, count)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                found = matcher.scan(self)
                if found is not None:
                    return found
                if time.monotonic() >= deadline:
                    raise AssertionError(self._wait_failure_message(matcher, timeout))
            await asyncio.sleep(_ASYNC_POLL_INTERVAL)

    def _wait_failure_message(self, matcher: _CallMatcher, timeout: float) -> str:
        seen = [c.method if c.ok else f"{c.method}!{c.status}" for c in self.calls]
        if len(seen) > 100:
            seen = [f"... {len(seen) - 100} earlier"] + seen[-100:]
        return (
            f"timed out after {timeout}s waiting for {matcher.count} successful "
            f"{matcher.method!r} call(s)"
            f"{' matching the predicate' if matcher.predicate else ''}; "
            f"found {len(matcher.matches)}. Methods seen: {seen}"
        )

    def _record(
        self,
        method: str,
        params: Params,
        started: float,
        *,
        status: int = 200,
        result: Any = None,
        description: str | None = None,
    ) -> None:
        call = Call(method, params, started, status == 200, status, result, description)
        with self._calls_cond:
            self.calls.append(call)
            self._calls_cond.notify_all()

    # ------------------------------------------------------------------ updates

    def push_update(self, update: Mapping[str, Any]) -> int:
        """Queue ``update`` (its ``update_id`` is assigned), wake long polls; return the id."""
        return self.push_updates([update])[0]

    def push_updates(self, updates: Iterable[Mapping[str, Any]]) -> list[int]:
        """Queue several updates at once (one wake-up); return their ids."""
        ids: list[int] = []
        with self._updates_cond:
            for update in updates:
                queued = {**update, "update_id": self._next_update_id}
                self._next_update_id += 1
                self._updates.append(queued)
                ids.append(queued["update_id"])
            self._updates_cond.notify_all()
        return ids

    @property
    def pending_update_count(self) -> int:
        """Queued updates not yet confirmed by a later ``getUpdates`` offset."""
        with self._lock:
            return len(self._updates)

    def _confirm_updates(self, offset: int) -> None:
        if offset > 0:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        elif offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()

    def _select_updates(self, offset: int, limit: int) -> list[JSONDict]:
        allowed = self._allowed_updates
        batch: list[JSONDict] = []
        for update in self._updates:
            if len(batch) >= limit:
                break
            if update["update_id"] < offset:
                continue
            if allowed is None or _update_type(update) in allowed:
                batch.append(update)
        return batch

    # -------------------------------------------------------- update factories

    def _user(
        self,
        user_id: int,
        first_name: str | None = None,
        language_code: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """A user dict; omitted fields are inherited from earlier updates of that user."""
        known = self._users.get(user_id, {})
        user: JSONDict = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name or known.get("first_name") or "Test",
        }
        if username := username or known.get("username"):
            user["username"] = username
        if language_code := language_code or known.get("language_code"):
            user["language_code"] = language_code
        self._users[user_id] = user
        return dict(user)

    def _bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.first_name,
            "username": self.username,
        }

    def _chat(
        self, chat_id: int, chat_type: str | None = None, user: JSONDict | None = None
    ) -> JSONDict:
        known = self._chats.get(chat_id)
        if known is not None and chat_type in (None, known["type"]):
            return dict(known)
        if chat_type is None:
            chat_type = "private" if chat_id > 0 else "supergroup"
        chat: JSONDict = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            source = user or self._users.get(chat_id) or {"first_name": f"User{chat_id}"}
            chat["first_name"] = source["first_name"]
            if source.get("username"):
                chat["username"] = source["username"]
        else:
            chat["title"] = "Test Channel" if chat_type == "channel" else "Test Group"
        if user is not None or known is not None:
            self._chats[chat_id] = chat
        return dict(chat)

    def _next_message_id(self, chat_id: int) -> int:
        message_id = self._last_message_id.get(chat_id, 0) + 1
        self._last_message_id[chat_id] = message_id
        return message_id

    def _store_message(self, message: JSONDict) -> None:
        key = (message["chat"]["id"], message["message_id"])
        self._messages[key] = message
        if len(self._messages) > _MAX_STORED_MESSAGES:
            del self._messages[next(iter(self._messages))]

    def _new_bot_message(self, chat_id: int, text: str | None = None, **extra: Any) -> JSONDict:
        message: JSONDict = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": self._bot_user(),
        }
        if text is not None:
            message["text"] = text
        message.update({k: v for k, v in extra.items() if v is not None})
        self._store_message(message)
        self._last_bot_message[chat_id] = message["message_id"]
        return message

    def _bot_message_for(self, chat_id: int, message_id: int | None, text: str) -> JSONDict:
        if message_id is None:
            message_id = self._last_bot_message.get(chat_id)
        stored = self._messages.get((chat_id, message_id)) if message_id is not None else None
        if stored is not None:
            return dict(stored)
        message = self._new_bot_message(chat_id, text)
        if message_id is not None:  # honour the requested id
            del self._messages[(chat_id, message["message_id"])]
            message["message_id"] = message_id
            self._store_message(message)
        return dict(message)

    def _user_message(
        self,
        *,
        chat_id: int | None,
        user_id: int,
        chat_type: str | None,
        first_name: str | None,
        language_code: str | None,
        username: str | None,
        message_id: int | None = None,
    ) -> JSONDict:
        user = self._user(user_id, first_name, language_code, username)
        if chat_id is None:
            chat_id = {"group": DEFAULT_GROUP_ID, "supergroup": DEFAULT_SUPERGROUP_ID}.get(
                chat_type or "private", user_id
            )
        return {
            "message_id": message_id if message_id is not None else self._next_message_id(chat_id),
            "from": user,
            "chat": self._chat(chat_id, chat_type, user if chat_id == user_id else None),
            "date": int(time.time()),
        }

    def _register_group(self, chat_id: int | None, chat_type: str | None) -> None:
        if chat_id is not None and chat_id < 0 and chat_type in _GROUP_TYPES:
            self._chats[chat_id] = {"id": chat_id, "type": chat_type, "title": "Test Group"}

    def message(
        self,
        text: str,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        chat_type: str | None = None,
        language_code: str | None = "en",
        first_name: str | None = "Test",
        reply_to_bot: bool = False,
        entities: list[JSONDict] | None = None,
        username: str | None = None,
        message_id: int | None = None,
    ) -> JSONDict:
        """A ``{"message": ...}`` update (not queued; see :meth:`push_message`).

        ``chat_id`` defaults to ``user_id`` (private chat), or to
        :data:`DEFAULT_GROUP_ID`/:data:`DEFAULT_SUPERGROUP_ID` for those chat types.
        Negative chat ids default to type ``supergroup``.  With ``entities=None`` a
        ``bot_command`` entity is added for a leading ``/command`` and ``mention``
        entities for ``@cis_meeting_bot``.  ``reply_to_bot`` makes it a reply to the
        bot's last message in the chat (synthesised if there is none).
        """
        with self._lock:
            self._register_group(chat_id, chat_type)
            msg = self._user_message(
                chat_id=chat_id, user_id=user_id, chat_type=chat_type, first_name=first_name,
                language_code=language_code, username=username, message_id=message_id,
            )
            msg["text"] = text
            found = _auto_entities(text, self.username) if entities is None else entities
            if found:
                msg["entities"] = found
            if reply_to_bot:
                msg["reply_to_message"] = self._bot_message_for(msg["chat"]["id"], None, "...")
            return {"message": msg}

    def edited_message(
        self,
        text: str,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        message_id: int | None = None,
        chat_type: str | None = None,
        language_code: str | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """An ``{"edited_message": ...}`` update (same conventions as :meth:`message`)."""
        update = self.message(
            text, chat_id=chat_id, user_id=user_id, chat_type=chat_type,
            language_code=language_code, first_name=first_name, username=username,
            message_id=message_id,
        )
        msg = update["message"]
        msg["edit_date"] = msg["date"]
        return {"edited_message": msg}

    def callback_query(
        self,
        data: str,
        *,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        message_id: int | None = None,
        message_text: str = "...",
        language_code: str | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """A ``{"callback_query": ...}`` update pressing a button on a bot message.

        The message is the stored bot message ``message_id`` (default: the bot's last
        message in the chat) or, if unknown, a synthesised one with ``message_text``.
        """
        with self._lock:
            user = self._user(user_id, first_name, language_code, username)
            chat_id = user_id if chat_id is None else chat_id
            query_id = str(self._next_callback_id)
            self._next_callback_id += 1
            return {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "message": self._bot_message_for(chat_id, message_id, message_text),
                    "chat_instance": str(chat_id * 7 + 13),
                    "data": data,
                }
            }

    def inline_query(
        self,
        query: str,
        *,
        user_id: int = DEFAULT_USER_ID,
        offset: str = "",
        chat_type: str | None = "sender",
        language_code: str | None = None,
        first_name: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """An ``{"inline_query": ...}`` update."""
        with self._lock:
            user = self._user(user_id, first_name, language_code, username)
            query_id = str(self._next_inline_id)
            self._next_inline_id += 1
            body: JSONDict = {"id": query_id, "from": user, "query": query, "offset": offset}
            if chat_type:
                body["chat_type"] = chat_type
            return {"inline_query": body}

    def _file_ids(self) -> tuple[str, str]:
        number = self._next_file_id
        self._next_file_id += 1
        return f"FAKEFILE{number:08d}", f"FAKEUNIQ{number:08d}"

    def sticker(
        self,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        *,
        emoji: str = "\N{THUMBS UP SIGN}",
        chat_type: str | None = None,
    ) -> JSONDict:
        """A ``{"message": ...}`` update carrying a sticker."""
        with self._lock:
            self._register_group(chat_id, chat_type)
            msg = self._user_message(
                chat_id=chat_id, user_id=user_id, chat_type=chat_type, first_name=None,
                language_code=None, username=None,
            )
            file_id, unique_id = self._file_ids()
            msg["sticker"] = {
                "file_id": file_id, "file_unique_id": unique_id, "type": "regular",
                "width": 512, "height": 512, "is_animated": False, "is_video": False,
                "emoji": emoji, "file_size": 12345,
            }
            return {"message": msg}

    def photo(
        self,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        *,
        caption: str | None = None,
        chat_type: str | None = None,
    ) -> JSONDict:
        """A ``{"message": ...}`` update carrying a photo (three sizes)."""
        with self._lock:
            self._register_group(chat_id, chat_type)
            msg = self._user_message(
                chat_id=chat_id, user_id=user_id, chat_type=chat_type, first_name=None,
                language_code=None, username=None,
            )
            sizes = []
            for width, height in ((90, 67), (320, 240), (1280, 960)):
                file_id, unique_id = self._file_ids()
                sizes.append({
                    "file_id": file_id, "file_unique_id": unique_id, "width": width,
                    "height": height, "file_size": width * height // 10,
                })
            msg["photo"] = sizes
            if caption is not None:
                msg["caption"] = caption
            return {"message": msg}

    def channel_post(
        self, text: str, *, chat_id: int = DEFAULT_CHANNEL_ID, title: str = "Test Channel"
    ) -> JSONDict:
        """A ``{"channel_post": ...}`` update (no ``from``, ``sender_chat`` = channel)."""
        with self._lock:
            chat = {"id": chat_id, "type": "channel", "title": title}
            self._chats[chat_id] = chat
            msg: JSONDict = {
                "message_id": self._next_message_id(chat_id),
                "sender_chat": dict(chat),
                "chat": dict(chat),
                "date": int(time.time()),
                "text": text,
            }
            entities = _auto_entities(text, self.username)
            if entities:
                msg["entities"] = entities
            return {"channel_post": msg}

    def my_chat_member(
        self,
        chat_id: int,
        *,
        user_id: int = DEFAULT_USER_ID,
        old_status: str | None = None,
        new_status: str | None = None,
        chat_type: str | None = None,
    ) -> JSONDict:
        """A ``{"my_chat_member": ...}`` update about the bot's own membership.

        Defaults: in a private chat the user blocks the bot (member -> kicked); in a
        group the bot is added (left -> member).  Also updates what
        ``getChatMember(chat_id, bot_id)`` answers.
        """
        with self._lock:
            self._register_group(chat_id, chat_type)
            chat = self._chat(chat_id, chat_type)
            private = chat["type"] == "private"
            old_status = old_status or ("member" if private else "left")
            new_status = new_status or ("kicked" if private else "member")
            bot = self._bot_user()
            self._member_status[(chat_id, self.bot_id)] = new_status
            return {
                "my_chat_member": {
                    "chat": chat,
                    "from": self._user(user_id),
                    "date": int(time.time()),
                    "old_chat_member": _chat_member(bot, old_status),
                    "new_chat_member": _chat_member(bot, new_status),
                }
            }

    def push_message(self, text: str, **kwargs: Any) -> JSONDict:
        """Queue :meth:`message`; returns the queued update (with ``update_id``)."""
        return self._push(self.message(text, **kwargs))

    def push_edited_message(self, text: str, **kwargs: Any) -> JSONDict:
        return self._push(self.edited_message(text, **kwargs))

    def push_callback_query(self, data: str, **kwargs: Any) -> JSONDict:
        return self._push(self.callback_query(data, **kwargs))

    def push_inline_query(self, query: str, **kwargs: Any) -> JSONDict:
        return self._push(self.inline_query(query, **kwargs))

    def push_sticker(self, *args: Any, **kwargs: Any) -> JSONDict:
        return self._push(self.sticker(*args, **kwargs))

    def push_photo(self, *args: Any, **kwargs: Any) -> JSONDict:
        return self._push(self.photo(*args, **kwargs))

    def push_channel_post(self, text: str, **kwargs: Any) -> JSONDict:
        return self._push(self.channel_post(text, **kwargs))

    def push_my_chat_member(self, chat_id: int, **kwargs: Any) -> JSONDict:
        return self._push(self.my_chat_member(chat_id, **kwargs))

    def _push(self, update: JSONDict) -> JSONDict:
        update["update_id"] = self.push_update(update)
        return update

    # ------------------------------------------------------ state configuration

    def set_admin(self, chat_id: int, user_id: int, *, status: str = "administrator") -> None:
        """Make ``user_id`` an ``administrator`` (or ``creator``) of ``chat_id``."""
        if status not in _ADMIN_STATUSES:
            raise ValueError(f"admin status must be one of {sorted(_ADMIN_STATUSES)}")
        self.set_member_status(chat_id, user_id, status)

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """What ``getChatMember(chat_id, user_id)`` answers (default ``member``)."""
        if status not in _MEMBER_STATUSES:
            raise ValueError(f"status must be one of {sorted(_MEMBER_STATUSES)}")
        with self._lock:
            self._member_status[(chat_id, user_id)] = status

    def get_commands(
        self, language_code: str = "", scope: JSONDict | None = None
    ) -> list[JSONDict]:
        """Commands stored by ``setMyCommands`` for that language code and scope."""
        with self._lock:
            return list(self._commands.get((_scope_key(scope), language_code), []))

    @property
    def webhook_url(self) -> str:
        with self._lock:
            return str(self._webhook["url"])

    # -------------------------------------------------------- failure injection

    def block_chat(self, chat_id: int, *, methods: Iterable[str] = ("sendMessage",)) -> None:
        """Calls of ``methods`` (default: sendMessage) to ``chat_id`` answer 403."""
        with self._lock:
            self._blocked[chat_id] = frozenset(methods)

    def unblock_chat(self, chat_id: int) -> None:
        with self._lock:
            self._blocked.pop(chat_id, None)

    def fail_next(
        self,
        method: str,
        *,
        status: int = 500,
        count: int = 1,
        description: str = "Internal Server Error",
    ) -> None:
        """The next ``count`` calls of ``method`` answer ``status`` with ``description``."""
        self._queue_failures(method, _Failure(status, description), count)

    def retry_after_next(self, method: str, *, seconds: int = 1, count: int = 1) -> None:
        """The next ``count`` calls of ``method`` answer 429 with ``retry_after``."""
        failure = _Failure(429, f"Too Many Requests: retry after {seconds}", seconds)
        self._queue_failures(method, failure, count)

    def drop_connection_next(self, method: str, count: int = 1) -> None:
        """The next ``count`` calls of ``method`` get their socket closed, no response."""
        self._queue_failures(method, _Failure(0, "connection dropped"), count)

    def upgrade_group(self, chat_id: int, new_chat_id: int) -> None:
        """``chat_id`` became the supergroup ``new_chat_id``: sendMessage to it answers 400
        with ``parameters.migrate_to_chat_id`` (PTB raises ``ChatMigrated``)."""
        with self._lock:
            self._migrated[chat_id] = new_chat_id

    def hold_responses(self, method: str = "sendMessage", *, after: int = 0) -> None:
        """Answer the next ``after`` successful calls of ``method``; process and record the
        later ones (as if Telegram got them) but hold their responses back until
        :meth:`release_responses`. :attr:`held_count` counts the held calls."""
        with self._lock:
            self._release.clear()
            self._hold_method, self._hold_after, self.held_count = method, after, 0

    def release_responses(self) -> None:
        """Send the held responses (to clients still listening) and stop holding."""
        with self._lock:
            self._hold_method = None
        self._release.set()

    def _hold(self, method: str) -> None:
        if self._hold_method is None:  # the usual case: no lock taken
            return
        with self._lock:
            if method != self._hold_method:
                return
            if self._hold_after > 0:
                self._hold_after -= 1
                return
            self.held_count += 1
        self._release.wait()

    def _queue_failures(self, method: str, failure: _Failure, count: int) -> None:
        with self._lock:
            self._failures.setdefault(method, deque()).extend([failure] * count)

    def set_rate_limit(self, method: str = "sendMessage", per_second: int | None = 30) -> None:
        """Sliding 1 s window: calls beyond ``per_second`` answer 429 (retry_after 1).

        ``per_second=None`` removes the limit.
        """
        with self._lock:
            if per_second is None:
                self._rate_limits.pop(method, None)
                self._rate_windows.pop(method, None)
            else:
                self._rate_limits[method] = per_second
                self._rate_windows[method] = deque()

    def delay(self, seconds: float) -> None:
        """Artificial latency added to every response (0 disables it)."""
        self._delay = max(0.0, float(seconds))

    def clear_failures(self) -> None:
        """Remove queued failures, blocked chats, rate limits and the delay."""
        with self._lock:
            self._failures.clear()
            self._blocked.clear()
            self._rate_limits.clear()
            self._rate_windows.clear()
            self._delay = 0.0
            self._migrated.clear()

    def _injected_failure(self, method: str, params: Params, now: float) -> _Failure | None:
        queued = self._failures.get(method)
        if queued:
            return queued.popleft()
        chat_id = params.get("chat_id")
        if isinstance(chat_id, int) and method in self._blocked.get(chat_id, ()):
            if chat_id > 0:
                return _Failure(403, "Forbidden: bot was blocked by the user")
            return _Failure(403, "Forbidden: bot was kicked from the supergroup chat")
        if isinstance(chat_id, int) and chat_id in self._migrated:
            return _Failure(400, "Bad Request: group chat was upgraded to a supergroup chat",
                            migrate_to_chat_id=self._migrated[chat_id])
        limit = self._rate_limits.get(method)
        if limit is not None:
            window = self._rate_windows[method]
            while window and window[0] <= now - 1.0:
                window.popleft()
            if len(window) >= limit:
                self.rate_limited_count += 1
                return _Failure(429, "Too Many Requests: retry after 1", 1)
            window.append(now)
        return None

    # --------------------------------------------------------------- dispatching

    def _handle(self, token: str, method: str, params: Params) -> _Response | None:
        """Answer one API call: ``(status, payload)``, or None to drop the connection."""
        started = time.monotonic()
        method = _CANONICAL_METHODS.get(method.lower(), method)
        if token != self.token:
            self._record(method, params, started, status=401, description="Unauthorized")
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        with self._lock:
            failure = self._injected_failure(method, params, started)
        if failure is not None:
            status, description = failure.status, failure.description
            self._record(method, params, started, status=status, description=description)
            if status == 0:
                return None
            return status, _error_payload(status, description, failure.retry_after,
                                          failure.migrate_to_chat_id)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            handler = self._api_generic_send if method in _GENERIC_SEND_METHODS else _api_default
        try:
            with self._lock:
                result = handler(params)
        except _ApiError as exc:
            self._record(method, params, started, status=exc.status, description=exc.description)
            return exc.status, _error_payload(exc.status, exc.description)
        except Exception as exc:  # a bug in the fake: answer 500 rather than hang
            description = f"Internal Server Error: fake failed: {exc!r}"
            self._record(method, params, started, status=500, description=description)
            return 500, _error_payload(500, description)
        self._record(method, params, started, result=result)
        self._hold(method)
        return 200, {"ok": True, "result": result}

    # ------------------------------------------------------- method handlers
    # All run with self._lock held.

    def _api_getMe(self, params: Params) -> JSONDict:  # noqa: N802
        return {
            **self._bot_user(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": True,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _api_getUpdates(self, params: Params) -> list[JSONDict]:  # noqa: N802
        if self._webhook["url"]:
            raise _ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = min(max(int(params.get("limit") or 100), 1), 100)
        timeout = max(float(params.get("timeout") or 0), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = frozenset(allowed) or None
        self._confirm_updates(offset)
        deadline = time.monotonic() + timeout
        while True:
            batch = self._select_updates(offset, limit)
            remaining = deadline - time.monotonic()
            if batch or self._stopping or remaining <= 0:
                return batch
            self._updates_cond.wait(remaining)

    def _api_setWebhook(self, params: Params) -> bool:  # noqa: N802
        url = str(params.get("url") or "")
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {"url": url}
        for key in ("max_connections", "allowed_updates", "ip_address"):
            if key in params and url:
                self._webhook[key] = params[key]
        return True

    def _api_deleteWebhook(self, params: Params) -> bool:  # noqa: N802
        if params.get("drop_pending_updates"):
            self._updates.clear()
        self._webhook = {"url": ""}
        return True

    def _api_getWebhookInfo(self, params: Params) -> JSONDict:  # noqa: N802
        return {
            **self._webhook,
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }

    def _api_setMyCommands(self, params: Params) -> bool:  # noqa: N802
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _ApiError(400, "Bad Request: commands must be a JSON array")
        key = (_scope_key(params.get("scope")), str(params.get("language_code") or ""))
        self._commands[key] = [dict(c) for c in commands]
        return True

    def _api_getMyCommands(self, params: Params) -> list[JSONDict]:  # noqa: N802
        key = (_scope_key(params.get("scope")), str(params.get("language_code") or ""))
        return [dict(c) for c in self._commands.get(key, [])]

    def _api_deleteMyCommands(self, params: Params) -> bool:  # noqa: N802
        key = (_scope_key(params.get("scope")), str(params.get("language_code") or ""))
        self._commands.pop(key, None)
        return True

    def _checked_text(self, params: Params, field: str = "text") -> str:
        text = params.get(field)
        parse_mode = params.get("parse_mode")
        if not isinstance(parse_mode, str):
            parse_mode = None
        if not isinstance(text, str) or not text.strip():
            raise _ApiError(400, "Bad Request: message text is empty")
        if self.strict_html and parse_mode is not None and parse_mode.upper() == "HTML":
            error = _html_error(text)
            if error is not None:
                raise _ApiError(400, error)
        if len(_visible_text(text, parse_mode)) > MAX_MESSAGE_LENGTH:
            raise _ApiError(400, "Bad Request: message is too long")
        return text

    def _chat_id(self, params: Params) -> int:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _ApiError(400, "Bad Request: chat_id is empty")
        if not isinstance(chat_id, int):
            raise _ApiError(400, "Bad Request: chat not found")
        return chat_id

    def _api_sendMessage(self, params: Params) -> JSONDict:  # noqa: N802
        chat_id = self._chat_id(params)
        text = self._checked_text(params)
        extra: JSONDict = {
            "reply_markup": _inline_markup(params.get("reply_markup")),
            "entities": params.get("entities"),
            "message_thread_id": params.get("message_thread_id"),
            "reply_to_message": self._replied_message(chat_id, params.get("reply_parameters")),
        }
        return dict(self._new_bot_message(chat_id, text, **extra))

    def _replied_message(self, chat_id: int, reply_parameters: Any) -> JSONDict | None:
        if not isinstance(reply_parameters, dict) or "message_id" not in reply_parameters:
            return None
        key = (reply_parameters.get("chat_id", chat_id), reply_parameters["message_id"])
        stored = self._messages.get(key)
        if stored is not None:
            return {k: v for k, v in stored.items() if k != "reply_to_message"}
        return {"message_id": key[1], "date": int(time.time()), "chat": self._chat(chat_id)}

    def _edit(self, params: Params, changes: JSONDict) -> JSONDict | bool:
        if params.get("inline_message_id"):
            return True
        chat_id = self._chat_id(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise _ApiError(400, "Bad Request: message identifier is not specified")
        stored = self._messages.get((chat_id, message_id))
        if stored is None:  # unknown message: be lenient and synthesise it
            stored = {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": self._chat(chat_id),
                "from": self._bot_user(),
            }
        updated = {k: v for k, v in stored.items() if k not in changes}
        updated.update({k: v for k, v in changes.items() if v is not None})
        if {k: v for k, v in updated.items() if k != "edit_date"} == {
            k: v for k, v in stored.items() if k != "edit_date"
        }:
            raise _ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and reply "
                "markup are exactly the same as a current content and reply markup of the message",
            )
        updated["edit_date"] = int(time.time())
        self._store_message(updated)
        return dict(updated)

    def _api_editMessageText(self, params: Params) -> JSONDict | bool:  # noqa: N802
        text = self._checked_text(params)
        changes = {
            "text": text,
            "entities": params.get("entities"),
            "reply_markup": _inline_markup(params.get("reply_markup")),
        }
        return self._edit(params, changes)

    def _api_editMessageReplyMarkup(self, params: Params) -> JSONDict | bool:  # noqa: N802
        return self._edit(params, {"reply_markup": _inline_markup(params.get("reply_markup"))})

    def _api_deleteMessage(self, params: Params) -> bool:  # noqa: N802
        key = (params.get("chat_id"), params.get("message_id"))
        self._messages.pop(key, None)  # type: ignore[arg-type]
        return True

    def _api_answerCallbackQuery(self, params: Params) -> bool:  # noqa: N802
        if not params.get("callback_query_id"):
            raise _ApiError(
                400,
                "Bad Request: query is too old and response timeout expired "
                "or query ID is invalid",
            )
        return True

    def _api_answerInlineQuery(self, params: Params) -> bool:  # noqa: N802
        if not isinstance(params.get("results"), list):
            raise _ApiError(400, "Bad Request: RESULTS_INVALID")
        return True

    def _api_sendChatAction(self, params: Params) -> bool:  # noqa: N802
        self._chat_id(params)
        return True

    def _api_getChat(self, params: Params) -> JSONDict:  # noqa: N802
        chat = self._chat(self._chat_id(params))
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True, "limited_gifts": True, "unique_gifts": True,
                "premium_subscription": True, "gifts_from_channels": True,
            },
        }

    def _member_user(self, user_id: int) -> JSONDict:
        if user_id == self.bot_id:
            return self._bot_user()
        known = self._users.get(user_id)
        if known is not None:
            return dict(known)
        return {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}

    def _api_getChatMember(self, params: Params) -> JSONDict:  # noqa: N802
        chat_id = self._chat_id(params)
        user_id = params.get("user_id")
        if not isinstance(user_id, int):
            raise _ApiError(400, "Bad Request: invalid user_id specified")
        status = self._member_status.get((chat_id, user_id), "member")
        return _chat_member(self._member_user(user_id), status)

    def _api_getChatAdministrators(self, params: Params) -> list[JSONDict]:  # noqa: N802
        chat_id = self._chat_id(params)
        return [
            _chat_member(self._member_user(user_id), status)
            for (chat, user_id), status in self._member_status.items()
            if chat == chat_id and status in _ADMIN_STATUSES
        ]

    def _api_setChatMenuButton(self, params: Params) -> bool:  # noqa: N802
        button = params.get("menu_button") or {"type": "default"}
        self._menu_buttons[params.get("chat_id")] = dict(button)
        return True

    def _api_getChatMenuButton(self, params: Params) -> JSONDict:  # noqa: N802
        return dict(self._menu_buttons.get(params.get("chat_id"), {"type": "default"}))

    def _api_generic_send(self, params: Params) -> JSONDict:
        chat_id = self._chat_id(params)
        return dict(self._new_bot_message(chat_id, None, caption=params.get("caption")))

    def _api_sendMediaGroup(self, params: Params) -> list[JSONDict]:  # noqa: N802
        chat_id = self._chat_id(params)
        media = params.get("media")
        count = len(media) if isinstance(media, list) else 1
        return [dict(self._new_bot_message(chat_id, None)) for _ in range(count)]

    def _api_copyMessage(self, params: Params) -> JSONDict:  # noqa: N802
        return {"message_id": self._next_message_id(self._chat_id(params))}


def _api_default(params: Params) -> bool:
    """Any method without a dedicated handler succeeds with ``true``."""
    return True


def _error_payload(status: int, description: str, retry_after: int | None = None,
                   migrate_to_chat_id: int | None = None) -> JSONDict:
    payload: JSONDict = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        payload["parameters"] = {"retry_after": retry_after}
    if migrate_to_chat_id is not None:
        payload["parameters"] = {"migrate_to_chat_id": migrate_to_chat_id}
    return payload


def _scope_key(scope: Any) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _inline_markup(markup: Any) -> JSONDict | None:
    """Messages only carry inline keyboards; reply keyboards are not echoed."""
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        return markup
    return None


def _chat_member(user: JSONDict, status: str) -> JSONDict:
    """A ChatMember dict with every field PTB requires for ``status``."""
    member: JSONDict = {"status": status, "user": user}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(
            can_be_edited=False, is_anonymous=False, can_manage_chat=True,
            can_delete_messages=True, can_manage_video_chats=True, can_restrict_members=True,
            can_promote_members=False, can_change_info=True, can_invite_users=True,
            can_post_stories=False, can_edit_stories=False, can_delete_stories=False,
            can_pin_messages=True, can_manage_topics=False,
        )
    elif status == "kicked":
        member["until_date"] = 0
    elif status == "restricted":
        member.update(
            is_member=True, until_date=0, can_change_info=False, can_invite_users=False,
            can_pin_messages=False, can_send_messages=False, can_send_polls=False,
            can_send_other_messages=False, can_add_web_page_previews=False,
            can_manage_topics=False, can_send_audios=False, can_send_documents=False,
            can_send_photos=False, can_send_videos=False, can_send_video_notes=False,
            can_send_voice_notes=False, can_edit_tag=False,
        )
    return member

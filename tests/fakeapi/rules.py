"""What Telegram refuses, in one place: both fakes (the HTTP server and the offline
`BaseRequest`) answer 400 with the description `problem()` returns.

* message texts: empty, over 4,096 characters after entity parsing, or (with `parse_mode="HTML"`)
  not Telegram HTML: unknown tags, unbalanced or wrongly nested tags, a blockquote inside a
  blockquote, tags inside `<code>`/`<pre>`, `<a>` without `href`, attributes a tag does not take
  (`<blockquote expandable>` is the only attribute of a blockquote), bare `<`, `>` or `&`, named
  entities other than `&lt; &gt; &amp; &quot;`;
* inline keyboards: more than 100 buttons or 8 in a row, a button without text or without exactly
  one action, callback data outside 1-64 bytes, a `t.me` deep link whose `start` payload is not
  1-64 characters of `A-Za-z0-9_-`;
* inline answers: more than 50 results, result ids outside 1-64 bytes or repeated, `next_offset`
  over 64 bytes, a results button whose `start_parameter` breaks the payload rule, and every
  result's message and keyboard by the rules above;
* callback answers over 200 characters; bot commands not 1-32 of `a-z0-9_`.
"""

from __future__ import annotations

import html
import re
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["MAX_MESSAGE_LENGTH", "html_problem", "keyboard_problem", "message_problem", "problem"]

MAX_MESSAGE_LENGTH = 4096
MAX_BUTTONS, MAX_ROW = 100, 8
MAX_CALLBACK_DATA = MAX_RESULT_ID = MAX_OFFSET = MAX_PAYLOAD = 64  # bytes (a payload: characters)
MAX_RESULTS = 50
MAX_CALLBACK_TEXT = 200
_TAGS = frozenset({"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
                   "tg-emoji", "code", "pre", "blockquote", "tg-time"})
# tag -> attributes it takes (others are refused)
_ATTRIBUTES = {"a": {"href"}, "span": {"class"}, "code": {"class"}, "tg-emoji": {"emoji-id"},
               "blockquote": {"expandable"}, "tg-time": {"unix", "format"}}
_TAG_RE = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[A-Za-z-]+(?:=(?:\"[^\"]*\"|'[^']*'|[^\s>]*))?)*)\s*>")
_ATTRIBUTE_RE = re.compile(r"([A-Za-z-]+)(?:=(\"[^\"]*\"|'[^']*'|[^\s>]*))?")
# in text outside tags: an angle bracket, or an ampersand that starts no supported entity
_BAD_CHARACTER_RE = re.compile(r"[<>]|&(?!#\d+;|#x[0-9a-fA-F]+;|(?:lt|gt|amp|quot);)")
_PAYLOAD_RE = re.compile(rf"[A-Za-z0-9_-]{{1,{MAX_PAYLOAD}}}")
_COMMAND_RE = re.compile(r"[a-z0-9_]{1,32}")
_ACTIONS = ("url", "callback_data", "switch_inline_query", "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat", "login_url", "web_app", "callback_game", "pay", "copy_text")


def html_problem(text: str) -> str | None:
    """Why Telegram would refuse `text` as HTML, or None."""
    stack: list[str] = []
    for match in _TAG_RE.finditer(text):
        closing, name = match.group(1) == "/", match.group(2).lower()
        if name not in _TAGS:
            return f"unsupported {'end' if closing else 'start'} tag \"{name}\""
        if closing:
            if not stack or stack.pop() != name:
                return f"unmatched end tag \"{name}\""
            continue
        attributes = {key.lower(): value for key, value in _ATTRIBUTE_RE.findall(match.group(3) or "")}
        if unknown := set(attributes) - _ATTRIBUTES.get(name, set()):
            return f"unsupported attribute {sorted(unknown)[0]!r} of tag \"{name}\""
        if name == "a" and not attributes.get("href", "").strip("\"'"):
            return "tag \"a\" needs an href"
        if name == "blockquote" and "blockquote" in stack:
            return "blockquote can't be nested"
        if stack and stack[-1] in ("code", "pre") and not (stack[-1] == "pre" and name == "code"):
            return f"tag \"{name}\" inside \"{stack[-1]}\""
        stack.append(name)
    if stack:
        return f"can't find end tag corresponding to start tag \"{stack[-1]}\""
    plain = _TAG_RE.sub(" ", text)  # a space, so that no entity spans a tag
    if bad := _BAD_CHARACTER_RE.search(plain):
        return f"stray {bad.group()!r} or unsupported entity in {plain[max(bad.start() - 20, 0):][:40]!r}"
    return None


def message_problem(text: Any, parse_mode: Any = None) -> str | None:
    """Why Telegram would refuse a message text, or None."""
    if not isinstance(text, str):
        return "message text is empty"
    is_html = str(parse_mode or "").upper() == "HTML"
    if is_html and (found := html_problem(text)) is not None:
        return f"can't parse entities: {found}"
    visible = html.unescape(_TAG_RE.sub("", text)) if is_html else text  # what the user sees
    if not visible.strip():
        return "message text is empty"
    return "message is too long" if len(visible) > MAX_MESSAGE_LENGTH else None


def _payload_problem(payload: Any) -> str | None:
    return None if isinstance(payload, str) and _PAYLOAD_RE.fullmatch(payload) else "START_PARAM_INVALID"


def keyboard_problem(markup: Any) -> str | None:
    """Why Telegram would refuse an inline keyboard, or None (other markups are not checked)."""
    if not isinstance(markup, dict) or "inline_keyboard" not in markup:
        return None
    rows = markup["inline_keyboard"]
    if sum(len(row) for row in rows) > MAX_BUTTONS or any(len(row) > MAX_ROW for row in rows):
        return "BUTTONS_TOO_MUCH"
    for button in (b for row in rows for b in row):
        if not str(button.get("text", "")).strip():
            return "BUTTON_TEXT_INVALID"
        if sum(key in button for key in _ACTIONS) != 1:
            return "BUTTON_TYPE_INVALID"
        data = button.get("callback_data")
        if data is not None and not 1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA:
            return "BUTTON_DATA_INVALID"
        url = urlsplit(str(button.get("url", "")))
        if "url" in button and url.scheme not in ("http", "https", "tg"):
            return "BUTTON_URL_INVALID"
        start = parse_qs(url.query, keep_blank_values=True).get("start") if url.netloc == "t.me" else None
        if start and _payload_problem(start[0]):
            return "BUTTON_URL_INVALID: start payload"
    return None


def _inline_problem(params: dict[str, Any]) -> str | None:
    results = params.get("results")
    if not isinstance(results, list):
        return "RESULTS_INVALID"
    if len(results) > MAX_RESULTS:
        return "RESULTS_TOO_MUCH"
    ids = [str(result.get("id", "")) for result in results]
    if any(not 1 <= len(i.encode("utf-8")) <= MAX_RESULT_ID for i in ids):
        return "RESULT_ID_INVALID"
    if len(set(ids)) < len(ids):
        return "RESULT_ID_DUPLICATE"
    if len(str(params.get("next_offset", "")).encode("utf-8")) > MAX_OFFSET:
        return "NEXT_OFFSET_INVALID"
    button = params.get("button")
    if isinstance(button, dict) and "start_parameter" in button and _payload_problem(button["start_parameter"]):
        return "START_PARAM_INVALID"
    for result in results:
        content = result.get("input_message_content") or {}
        if result.get("type") == "article" and not str(result.get("title", "")).strip():
            return "RESULT_TITLE_EMPTY"
        if "message_text" in content and (found := message_problem(content["message_text"], content.get("parse_mode"))):
            return found
        if (found := keyboard_problem(result.get("reply_markup"))) is not None:
            return found
    return None


def problem(method: str, params: dict[str, Any]) -> str | None:
    """The 400 description Telegram would answer `method` with, or None if it would accept it."""
    if method in ("sendMessage", "editMessageText") and (found := message_problem(params.get("text"),
                                                                                  params.get("parse_mode"))):
        return found
    if method == "answerInlineQuery":
        return _inline_problem(params)
    if method == "answerCallbackQuery" and len(str(params.get("text", ""))) > MAX_CALLBACK_TEXT:
        return "MESSAGE_TOO_LONG"
    if method == "setMyCommands":
        commands = params.get("commands")
        if not isinstance(commands, list) or not all(_COMMAND_RE.fullmatch(str(c.get("command"))) for c in commands):
            return "BOT_COMMAND_INVALID"
    return keyboard_problem(params.get("reply_markup"))

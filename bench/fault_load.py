"""Load under faults: mixed updates through the real bot while the Bot API keeps failing.

    python bench/fault_load.py [--updates 5000] [--fail-every 7]

The whole bot (`build_application()`: handlers, matcher, SQLite, the job queue,
the rate limiter with its retries of replies) long-polls the fake Bot API
(tests/fakeapi.py, in a background thread) over real HTTP, and every
`--fail-every`-th sendMessage is answered 500. The updates are mixed: private
questions in English and Russian (each from its own user), questions
addressed to the bot in groups, /start, vote buttons, inline queries, stickers
and an update python-telegram-bot cannot parse now and then.

Printed: questions sent, answered exactly once (every part of the answer
delivered once), duplicates (a part delivered twice), lost (no answer, or the
apology instead), the 500s the fake answered, the wall time, and the process's
resident memory before the load (bot started, warmed) and after it. The
rate limiter's pacing is off (its retries stay on) so that the figure is about
faults, not about Telegram's 30 messages a second. Figures are printed, never
asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.answering import Answerer  # noqa: E402
from bot.htmlsplit import split_html  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.telegram_app.app import build_application  # noqa: E402
from bot.telegram_app.ratelimit import BroadcastRateLimiter  # noqa: E402
from handlers.common import answer_html  # noqa: E402
from tests.fakeapi import FakeBotAPI  # noqa: E402

QUESTIONS = [
    ("Who represented Armenia?", "en"), ("What did Mishustin say?", "en"), ("Which documents were signed?", "en"),
    ("belt and road", "en"), ("Кто представлял Армению?", "ru"), ("Что сказал Мишустин?", "ru"),
    ("Where was the meeting held?", "en"), ("who came from Moldova", "en"), ("trade barriers", "en"),
    ("Где прошло заседание?", "ru"), ("What did the Kazakh prime minister say about transit?", "en"),
]
GROUP_BASE, QUESTION_BASE, OTHER_BASE = -100_000_000, 10_000_000, 20_000_000


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def make_updates(fake: FakeBotAPI, count: int) -> tuple[list[dict[str, Any]], dict[int, tuple[str, str]]]:
    """`count` mixed updates and the questions among them: chat id -> (question, language)."""
    updates: list[dict[str, Any]] = []
    questions: dict[int, tuple[str, str]] = {}
    for n in range(count):
        kind = n % 20
        question, language = QUESTIONS[n % len(QUESTIONS)]
        if kind < 12:  # a private question, one user each
            chat = QUESTION_BASE + n
            updates.append(fake.message(question, user_id=chat, language_code=language))
            questions[chat] = (question, language)
        elif kind == 12:  # a question to the bot in a group
            chat = GROUP_BASE - n
            updates.append(fake.message(f"@{fake.username} {question}", chat_id=chat, chat_type="supergroup",
                                        user_id=OTHER_BASE + n, language_code=language))
            questions[chat] = (question, language)
        elif kind in (13, 14):
            updates.append(fake.message("/start", user_id=OTHER_BASE + n))
        elif kind in (15, 16):
            updates.append(fake.callback_query("v:+:grigoryan", user_id=OTHER_BASE + n))
        elif kind == 17:
            updates.append(fake.inline_query("trade", user_id=OTHER_BASE + n))
        elif kind == 18:
            updates.append(fake.sticker(user_id=OTHER_BASE + n))
        else:
            broken = fake.message("-", user_id=OTHER_BASE + n)
            broken["message"]["poll"] = {"id": str(n)}  # a shape python-telegram-bot cannot parse
            updates.append(broken)
    return updates, questions


def expected_parts(answerer: Answerer, questions: dict[int, tuple[str, str]]) -> dict[int, int]:
    """How many messages each question's answer takes (as the bot renders it)."""
    parts: dict[int, int] = {}
    for chat, (question, user_language) in questions.items():
        language = answerer.language_of(question, user_language)
        reply, _ = answerer.converse(question, language, None)
        parts[chat] = len(split_html(answer_html(reply)))
    return parts


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder, FakeBotAPI("123456:LOAD-token") as fake:
        settings = load_settings({"TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.root_url,
                                  "DATABASE_PATH": str(Path(folder) / "load.sqlite3"), "LOG_LEVEL": "ERROR"},
                                 env_file=None)
        limiter = BroadcastRateLimiter(overall_max_rate=0, group_max_rate=0, max_retries=3)
        app = build_application(settings, rate_limiter=limiter)
        await app.initialize()
        await app.post_init(app)  # type: ignore[misc]
        await app.updater.start_polling(poll_interval=0.0, timeout=5)  # type: ignore[union-attr]
        await app.start()
        updates, questions = make_updates(fake, args.updates)
        parts = expected_parts(app.bot_data["answerer"], questions)
        gc.collect()
        before = rss_mb()
        fake.fail_every("sendMessage", args.fail_every, status=500)
        started = time.monotonic()
        fake.push_updates(updates)
        wanted = sum(parts.values())
        last_progress, last_count = time.monotonic(), -1
        while True:
            delivered = sum(1 for c in fake.calls_to("sendMessage") if c.ok and c.params.get("chat_id") in parts)
            if delivered >= wanted:
                break
            if delivered != last_count:
                last_progress, last_count = time.monotonic(), delivered
            elif time.monotonic() - last_progress > 15:
                break  # nothing moved for 15 s: what is missing is lost
            await asyncio.sleep(0.2)
        await asyncio.sleep(1.0)  # let late duplicates, if any, arrive
        elapsed = time.monotonic() - started
        gc.collect()
        after = rss_mb()
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)  # type: ignore[misc]

    sends = [c for c in fake.calls_to("sendMessage")]
    failed_500 = sum(1 for c in sends if c.status == 500)
    delivered_per_chat: Counter[int] = Counter()
    apologies: Counter[int] = Counter()
    for call in sends:
        chat = call.params.get("chat_id")
        if not call.ok or chat not in parts:
            continue
        if str(call.params.get("text", "")).startswith(("Sorry, something went wrong", "Извините, что-то пошло")):
            apologies[chat] += 1
        else:
            delivered_per_chat[chat] += 1
    once = sum(1 for chat, n in parts.items() if delivered_per_chat[chat] == n)
    duplicates = sum(1 for chat, n in parts.items() if delivered_per_chat[chat] > n)
    lost = sum(1 for chat, n in parts.items() if delivered_per_chat[chat] < n)
    print(f"updates: {args.updates} mixed ({len(questions)} questions), every {args.fail_every}th sendMessage "
          f"answered 500 ({failed_500} times)")
    print(f"questions sent: {len(questions)}; answered exactly once: {once}; duplicates: {duplicates}; "
          f"lost: {lost} (apologies: {sum(apologies.values())})")
    print(f"wall time: {elapsed:.1f} s; resident memory: {before:.0f} MB before, {after:.0f} MB after "
          f"(bot and fake server in one process)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=5000)
    parser.add_argument("--fail-every", type=int, default=7)
    asyncio.run(run(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())

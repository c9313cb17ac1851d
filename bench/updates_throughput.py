"""Throughput benchmark: updates per second through the whole bot, next to an echo bot.

    python bench/updates_throughput.py [--updates N] [--rounds R] [--concurrency C]
                                       [--rate-limiter aio|none]

Both bots run in this process against the same fake Bot API server
(tests/fakeapi.py, in a background thread), over real HTTP with
python-telegram-bot's HTTPXRequest and long polling, built on the same
`bot.telegram_app.builder.application_builder()` settings: the same concurrency, the same
connection pool and the same rate limiter (by default AIORateLimiter with its
limits off, so it costs what it costs without throttling; `none` for no
limiter at all).

    echo   a minimal PTB bot: one MessageHandler replying with the text it got
    bot    `build_application()`: the real handlers, matcher, SQLite writes,
           HTML rendering, keyboards, the job queue and everything else

Each round pushes N private messages (varied questions, English and Russian,
answered and not, from 500 users) in one batch, and waits until N replies
have reached the fake. Printed per bot (median of the rounds, after a warm-up):
updates per second (wall clock), and the CPU time per update spent in the
event loop's thread, which is where the bot's own cost lies; the fake server's
threads are excluded. Target: the bot's cost per update at most 1.5 times the
echo bot's. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from telegram import Update  # noqa: E402
from telegram.ext import (  # noqa: E402
    AIORateLimiter,
    Application,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.settings import Settings, load_settings  # noqa: E402
from bot.telegram_app.app import build_application  # noqa: E402
from bot.telegram_app.builder import CONCURRENT_UPDATES, application_builder  # noqa: E402
from tests.fakeapi import FakeBotAPI  # noqa: E402

TARGET_RATIO = 1.5
QUESTIONS = [
    "Who represented Armenia?", "What did Mishustin say?", "Which documents were signed?",
    "belt and road", "Кто представлял Армению?", "Что сказал Мишустин?", "When is the next meeting?",
    "What is the weather in Paris?", "who came from Moldova", "trade barriers", "Где прошло заседание?",
    "What did Aripov propose about energy?", "volunteers 2024", "sources",
]
USERS = 500


@dataclass
class Run:
    seconds: float
    loop_cpu: float
    updates: int

    @property
    def per_second(self) -> float:
        return self.updates / self.seconds

    @property
    def cpu_us(self) -> float:
        return self.loop_cpu / self.updates * 1e6


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Reply with the same text."""
    if update.effective_message and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def _limiter(kind: str) -> AIORateLimiter | None:
    return AIORateLimiter(overall_max_rate=0, group_max_rate=0) if kind == "aio" else None


def build(kind: str, settings: Settings, args: argparse.Namespace) -> Application:  # type: ignore[type-arg]
    if kind == "bot":
        return build_application(settings, rate_limiter=_limiter(args.rate_limiter),
                                 concurrent_updates=args.concurrency)
    app = application_builder(settings, rate_limiter=_limiter(args.rate_limiter),
                              concurrent_updates=args.concurrency).build()
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    return app


def make_updates(fake: FakeBotAPI, count: int, offset: int) -> list[dict[str, Any]]:
    return [
        fake.message(QUESTIONS[(offset + i) % len(QUESTIONS)], user_id=1 + (offset + i) % USERS,
                     language_code="ru" if i % 7 == 0 else "en")
        for i in range(count)
    ]


async def measure(app: Application, fake: FakeBotAPI, count: int, offset: int) -> Run:  # type: ignore[type-arg]
    updates = make_updates(fake, count, offset)
    fake.clear_calls()
    started, cpu_started = time.perf_counter(), time.thread_time()
    fake.push_updates(updates)
    # Wait in a worker thread so the loop thread does nothing but run the bot.
    await asyncio.to_thread(fake.wait_for, "sendMessage", None, 120.0, count)
    seconds, loop_cpu = time.perf_counter() - started, time.thread_time() - cpu_started
    failed = [c for c in fake.calls if not c.ok]
    if failed:
        raise SystemExit(f"{len(failed)} API calls failed, e.g. {failed[0]}")
    return Run(seconds, loop_cpu, count)


async def bench_one(kind: str, fake: FakeBotAPI, settings: Settings, args: argparse.Namespace,
                    offset: int) -> Run:
    app = build(kind, settings, args)
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.updater.start_polling(poll_interval=0.0, timeout=10)  # type: ignore[union-attr]
    await app.start()
    try:
        await measure(app, fake, args.warmup, offset)  # warm caches and connections
        return await measure(app, fake, args.updates, offset + args.warmup)
    finally:
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)


async def main_async(args: argparse.Namespace) -> int:
    runs: dict[str, list[Run]] = {"echo": [], "bot": []}
    with tempfile.TemporaryDirectory() as tmp, FakeBotAPI() as fake:
        settings = load_settings({
            "TELEGRAM_BOT_TOKEN": fake.token, "TELEGRAM_API_BASE_URL": fake.root_url,
            "DATABASE_PATH": str(Path(tmp) / "bench.sqlite3"), "LOG_LEVEL": "WARNING",
        }, env_file=None)
        offset = 0
        for round_number in range(args.rounds):
            for kind in ("echo", "bot") if round_number % 2 == 0 else ("bot", "echo"):
                run = await bench_one(kind, fake, settings, args, offset)
                offset += args.warmup + args.updates
                runs[kind].append(run)
                print(f"  round {round_number + 1} {kind:>4}: {run.per_second:7.0f} updates/s, "
                      f"{run.cpu_us:6.0f} µs loop CPU per update", flush=True)

    echo_rate = statistics.median(r.per_second for r in runs["echo"])
    bot_rate = statistics.median(r.per_second for r in runs["bot"])
    echo_cpu = statistics.median(r.cpu_us for r in runs["echo"])
    bot_cpu = statistics.median(r.cpu_us for r in runs["bot"])
    print()
    print(f"{args.updates} private messages per round, {args.rounds} rounds (medians), "
          f"concurrent_updates={args.concurrency}, rate limiter: {args.rate_limiter}")
    print(f"{'':>10} {'updates/s':>10} {'µs/update (wall)':>17} {'µs/update (loop CPU)':>21}")
    for name, rate, cpu in (("echo bot", echo_rate, echo_cpu), ("our bot", bot_rate, bot_cpu)):
        print(f"{name:>10} {rate:10.0f} {1e6 / rate:17.0f} {cpu:21.0f}")
    cpu_ratio, wall_ratio = bot_cpu / echo_cpu, echo_rate / bot_rate
    verdict = "within" if cpu_ratio <= TARGET_RATIO else "OVER"
    print(f"cost per update, our bot / echo bot: {cpu_ratio:.2f} (loop CPU), {wall_ratio:.2f} (wall); "
          f"target <= {TARGET_RATIO}: {verdict}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--updates", type=int, default=2000, help="messages per measured round")
    parser.add_argument("--warmup", type=int, default=200, help="messages before each measurement")
    parser.add_argument("--rounds", type=int, default=3, help="rounds per bot (the median is reported)")
    parser.add_argument("--concurrency", type=int, default=CONCURRENT_UPDATES,
                        help="concurrent_updates for both bots")
    parser.add_argument("--rate-limiter", choices=("aio", "none"), default="aio",
                        help="aio: AIORateLimiter with limits off (the bot's limiter, no throttling)")
    return asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    sys.exit(main())

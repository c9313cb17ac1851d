"""Digest fan-out benchmark: N subscribers, a fake Bot API that allows 30 sendMessage a second.

    python bench/fanout.py [--n 1000] [--follow-up] [--concurrency 16]

Sets up what production would hold after curators add a fact: a database with N
subscribers (the launch facts already known) and a fact base with one new fact,
so each digest is one message. `--follow-up` adds the whole follow-up file
instead (about three messages per digest). Then it runs exactly what
`python -m bot digest` runs (`bot.telegram_app.broadcast.send_pending_digests`) against
`tests/fakeapi.FakeBotAPI` with `set_rate_limit(per_second=30)`: a sliding
one-second window answering 429 (retry_after 1) beyond 30 calls.

Prints delivered messages, duplicates (the same message to the same chat
twice), 429 answers, the wall time (composing included) against the floor of
messages / 30 seconds, and whether the target holds: everything delivered, no
duplicates, wall time at most 1.15 x the floor. Takes about 35 s for N = 1000.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.loader import load_factbase  # noqa: E402
from bot.settings import load_settings  # noqa: E402
from bot.storage import Storage  # noqa: E402
from bot.subscriptions import Subscriptions  # noqa: E402
from bot.telegram_app.broadcast import send_pending_digests  # noqa: E402
from bot.telegram_app.delivery import DEFAULT_CONCURRENCY  # noqa: E402
from tests.fakeapi import FakeBotAPI  # noqa: E402
from tests.support_digest import add_extra_fact, add_follow_up, launch_kb  # noqa: E402

TELEGRAM_RATE = 30
TARGET_RATIO = 1.15


def prepare(folder: Path, subscribers: int, follow_up: bool) -> tuple[Path, Path]:
    """A fact base with new facts and a database of subscribers who have not had them."""
    knowledge = launch_kb(folder / "kb")
    database = folder / "data" / "bot.sqlite3"
    storage = Storage.open(database)
    try:
        subscriptions = Subscriptions(storage)
        subscriptions.record_facts(load_factbase(knowledge))
        for n in range(subscribers):
            subscriptions.subscribe(100_000 + n, "private", "daily", "ru" if n % 3 == 0 else "en")
    finally:
        storage.close()
    if follow_up:
        add_follow_up(knowledge)
    else:
        add_extra_fact(knowledge, "bench-new-fact")
    return knowledge, database


async def run(subscribers: int, follow_up: bool, concurrency: int) -> bool:
    with tempfile.TemporaryDirectory() as tmp, FakeBotAPI() as api:
        knowledge, database = prepare(Path(tmp), subscribers, follow_up)
        api.set_rate_limit("sendMessage", per_second=TELEGRAM_RATE)
        settings = load_settings(environ={
            "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.root_url,
            "DATABASE_PATH": str(database), "KNOWLEDGE_DIR": str(knowledge),
        }, env_file=None)

        started = time.monotonic()
        result = await send_pending_digests(settings, concurrency=concurrency)
        wall = time.monotonic() - started

        sent = Counter((p["chat_id"], p["text"]) for p in api.sent_messages())
        delivered = len(sent)
        duplicates = sum(sent.values()) - delivered
        storage = Storage.open(database)
        try:
            expected = int(storage.query("SELECT COUNT(*) FROM digest_parts")[0][0])
        finally:
            storage.close()
        floor = expected / TELEGRAM_RATE
        ratio = wall / floor if floor else float("inf")
        ok = delivered == expected and duplicates == 0 and ratio <= TARGET_RATIO
        print(f"subscribers:      {subscribers}")
        print(f"messages:         {expected} ({expected / subscribers:.1f} per digest)")
        print(f"delivered:        {delivered}")
        print(f"duplicates:       {duplicates}")
        print(f"429 answers:      {api.rate_limited_count}")
        print(f"summary:          {result.report.summary()}")
        print(f"wall time:        {wall:.1f} s")
        print(f"floor (msgs/30):  {floor:.1f} s")
        print(f"ratio:            {ratio:.3f} (target <= {TARGET_RATIO})")
        print(f"target met:       {'yes' if ok else 'NO'}")
        return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1000, help="subscribers (default 1000)")
    parser.add_argument("--follow-up", action="store_true",
                        help="digest the whole follow-up file (~3 messages each)")
    parser.add_argument("--concurrency", type=int, default=DEFAULT_CONCURRENCY, help="chats sent to at once")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    return 0 if asyncio.run(run(args.n, args.follow_up, args.concurrency)) else 1


if __name__ == "__main__":
    sys.exit(main())

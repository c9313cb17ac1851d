"""Helpers for the subscription, digest and curation tests.

* `launch_kb(folder)` / `add_follow_up(folder)` / `add_second_update(folder)`: the
  shipped launch facts alone, then the curators' first and second updates, each
  as a curator would add it (the YAML file and the report texts it quotes).
* `digest_settings(...)`: Settings pointing at a FakeBotAPI, a temporary database
  and a fact base folder (no `.env`, nothing from the environment).
* `running_bot(settings)`: the real Application from `bot.telegram_app.app`, long-polling the
  fake over HTTP, with post_init (and so the digest jobs) run as in production.
  Its scheduled jobs are pushed far into the future so that tests call the job
  functions themselves; nothing depends on the wall clock.
"""

from __future__ import annotations

import html
import re
import shutil
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from telegram.ext import Application

from bot.settings import Settings, load_settings
from bot.telegram_app import jobs
from bot.telegram_app.app import build_application
from knowledge import DEFAULT_DIR
from tests.fakeapi import FakeBotAPI

__all__ = [
    "ADMIN_ID", "FOLLOW_UP", "LAUNCH", "SECOND_UPDATE", "add_extra_fact", "add_follow_up", "add_second_update",
    "digest_env", "digest_settings", "digest_texts", "file_ids",
    "follow_up_ids", "follow_up_quotes_html", "launch_kb", "running_bot",
]

LAUNCH = "astana-times-2023-10-27.yaml"
FOLLOW_UP = "follow-up-2023-10-28.yaml"
FOLLOW_UP_SOURCES = ("sources/asia-plus-2023-10-27.txt", "sources/trend-2023-10-27.txt")
SECOND_UPDATE = "second-update-2026-12-01.yaml"
ADMIN_ID = 9001
FAR_FUTURE = 24 * 3600.0
_PART_NUMBER = re.compile(r"<i>\(\d+/\d+\)</i>$")


def launch_kb(folder: Path) -> Path:
    """A fact base folder holding only the launch file and its source text."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(DEFAULT_DIR / LAUNCH, folder / LAUNCH)
    shutil.copyfile(DEFAULT_DIR / "sources" / "astana-times-2023-10-27.txt",
                    folder / "sources" / "astana-times-2023-10-27.txt")
    return folder


def add_follow_up(folder: Path, *, text: str | None = None) -> None:
    """What a curator does: add the follow-up reports' source texts and YAML file."""
    for source in FOLLOW_UP_SOURCES:
        shutil.copyfile(DEFAULT_DIR / source, folder / source)
    content = (DEFAULT_DIR / FOLLOW_UP).read_text(encoding="utf-8") if text is None else text
    (folder / FOLLOW_UP).write_text(content, encoding="utf-8")


def add_second_update(folder: Path) -> None:
    """The second update: its YAML file and the texts of the reports it cites."""
    import yaml

    data = yaml.safe_load((DEFAULT_DIR / SECOND_UPDATE).read_text(encoding="utf-8"))
    for source in data["sources"]:
        shutil.copyfile(DEFAULT_DIR / source["text"], folder / source["text"])
    shutil.copyfile(DEFAULT_DIR / SECOND_UPDATE, folder / SECOND_UPDATE)


def add_extra_fact(folder: Path, fact_id: str, *, added: str = "2023-10-20") -> str:
    """Add a file with one new agreement (quoting the launch source); return its file name.

    Its `added` date defaults to one BEFORE the launch facts': what counts as new is
    when the bot first sees a fact, not the date a curator writes.
    """
    name = f"extra-{fact_id}.yaml"
    (folder / name).write_text(
        "agreements:\n"
        f"  - id: {fact_id}\n"
        "    title: Industrial cooperation as a priority\n"
        "    title_ru: Промышленная кооперация как приоритет\n"
        '    quote: "The comprehensive strengthening of industrial cooperation should be a priority '
        'in the joint work, according to Smailov."\n'
        "    source: astana-times-2023-10-27\n"
        f"    added: {added}\n",
        encoding="utf-8",
    )
    return name


def follow_up_ids() -> list[str]:
    """The ids of the facts the follow-up file adds (speakers, statements, agreements)."""
    return file_ids(FOLLOW_UP)


def file_ids(name: str) -> list[str]:
    """The ids of the facts one shipped file adds (speakers, statements, agreements), in order."""
    from bot.loader import load_factbase

    full = load_factbase(DEFAULT_DIR)
    return [entry.id for entry in full.entries() if Path(entry.file).name == name]


def digest_settings(api: FakeBotAPI, tmp_path: Path, knowledge: Path, **extra: str) -> Settings:
    environ: dict[str, str] = {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.root_url,
        "DATABASE_PATH": str(tmp_path / "data" / "bot.sqlite3"),
        "KNOWLEDGE_DIR": str(knowledge),
        "ADMIN_IDS": f"{ADMIN_ID},9002",
        "RELOAD_INTERVAL": str(FAR_FUTURE),
        "DIGEST_TIME": "09:00",
        "DIGEST_TIMEZONE": "Asia/Bishkek",
        "DIGEST_WEEKDAY": "mon",
        "BUILD_CACHE_DIR": str(tmp_path / "build-cache"),
    }
    environ.update(extra)
    return load_settings(environ=environ, env_file=None)


def digest_env(api: FakeBotAPI, tmp_path: Path, knowledge: Path) -> dict[str, str]:
    """The environment for `python -m bot digest` run as a subprocess."""
    return {
        "TELEGRAM_BOT_TOKEN": api.token,
        "TELEGRAM_API_BASE_URL": api.root_url,
        "DATABASE_PATH": str(tmp_path / "data" / "bot.sqlite3"),
        "KNOWLEDGE_DIR": str(knowledge),
        "PTB_TIMEDELTA": "1",
        "LOG_LEVEL": "WARNING",
        "BUILD_CACHE_DIR": str(tmp_path / "build-cache"),
    }


@asynccontextmanager
async def running_bot(settings: Settings, *, resume_delay: float = FAR_FUTURE,
                      daily_digest: bool = False) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """Run the bot's Application against the fake until the block ends. The daily digest job is paused unless
    `daily_digest`: the tests run deliveries themselves, and a real clock passing DIGEST_TIME mid-test would start
    one of its own beside theirs (a test once failed at 09:00 Asia/Bishkek)."""
    saved = jobs.RESUME_DELAY
    jobs.RESUME_DELAY = resume_delay
    application = build_application(settings)
    try:
        await application.initialize()
        if application.post_init is not None:
            await application.post_init(application)
    finally:
        jobs.RESUME_DELAY = saved
    if not daily_digest and application.job_queue is not None:
        for job in application.job_queue.get_jobs_by_name("digest"):
            job.enabled = False
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0.0, timeout=1)
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        if application.post_shutdown is not None:
            await application.post_shutdown(application)


def digest_texts(api: FakeBotAPI, chat_id: int) -> list[str]:
    """Texts of the digest messages the fake delivered to `chat_id`, in order."""
    return [p["text"] for p in api.sent_messages()
            if p.get("chat_id") == chat_id and _is_digest(p.get("text", ""))]


def _is_digest(text: str) -> bool:
    """A digest message: the first part has the 📬 header, later ones end with "(k/n)"."""
    return text.startswith("<b>📬") or bool(_PART_NUMBER.search(text))


def follow_up_quotes_html() -> list[str]:
    """How each follow-up fact's quote appears in a digest (escaped, in a blockquote)."""
    from bot.loader import load_factbase

    full = load_factbase(DEFAULT_DIR)
    return [f"<blockquote>{html.escape(full.entry(i).quote.strip())}</blockquote>"  # type: ignore[union-attr]
            for i in follow_up_ids()]

"""Shared fixtures for the Telegram tests (and anyone else's).

    make_settings(**env) -> Settings    settings from a dict only (no os.environ, no .env),
                                        with a test token and a DATABASE_PATH in tmp_path
    fake_api                            a started tests.fakeapi.FakeBotAPI (stopped after)
    offline_bot                         the real Application on an OfflineRequest, post_init
                                        done: `await offline_bot.send(update)`, then inspect
                                        `offline_bot.request` (see tests/offline.py)
    make_offline_bot(**env)             the same for other settings (e.g. KNOWLEDGE_DIR)
    live_bot                            the real Application polling `fake_api` over HTTP
    make_live_bot(**env)                the same for other settings
    large_kb                            a fact base folder with 60 statements about trade

Update dicts come from `FakeBotAPI`'s factories (`message`, `callback_query`,
`inline_query`, `sticker`, ...), which work without starting the server:
`offline_bot.updates.message("hi")`.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from telegram import Update
from telegram.ext import Application

from bot.settings import Settings, load_settings
from bot.storage import Storage
from bot.telegram_app.app import build_application
from tests.fakeapi import FakeBotAPI
from tests.offline import OfflineRequest

TEST_TOKEN = "123456:TEST-token"

SettingsFactory = Callable[..., Settings]


@pytest.fixture(autouse=True)
def _private_build_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test (and the commands it starts) keeps built fact bases in its own folder,
    never in the user's ~/.cache."""
    monkeypatch.setenv("BUILD_CACHE_DIR", str(tmp_path / "build-cache"))


@pytest.fixture
def make_settings(tmp_path: Path) -> SettingsFactory:
    """Build Settings from keyword environment variables over hermetic test defaults."""

    def make(**env: str) -> Settings:
        values = {"TELEGRAM_BOT_TOKEN": TEST_TOKEN, "DATABASE_PATH": str(tmp_path / "bot.sqlite3"),
                  "BUILD_CACHE_DIR": str(tmp_path / "build-cache")}
        values.update(env)
        return load_settings(values, env_file=None)

    return make


@pytest.fixture
def fake_api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI(TEST_TOKEN) as api:
        yield api


# -- offline: the Application on an OfflineRequest ---------------------------------


@dataclass
class OfflineBot:
    """The bot's Application fed updates directly, answering into an OfflineRequest."""

    app: Application  # type: ignore[type-arg]
    request: OfflineRequest
    updates: FakeBotAPI = field(default_factory=lambda: FakeBotAPI(TEST_TOKEN))  # factories only
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    async def send(self, update: dict[str, Any]) -> None:
        """Process one update dict (from `self.updates.message(...)` and friends)."""
        data = {**update, "update_id": next(self._ids)}
        await self.app.process_update(Update.de_json(data, self.app.bot))

    @property
    def storage(self) -> Storage:
        return self.app.bot_data["storage"]  # type: ignore[no-any-return]


@pytest_asyncio.fixture
async def make_offline_bot(make_settings: SettingsFactory) -> AsyncIterator[Callable[..., Awaitable[OfflineBot]]]:
    apps: list[Application] = []  # type: ignore[type-arg]

    async def make(**env: str) -> OfflineBot:
        request = OfflineRequest()
        app = build_application(make_settings(**env), request=request, rate_limiter=None)
        await app.initialize()
        apps.append(app)
        await app.post_init(app)  # type: ignore[misc]
        return OfflineBot(app, request)

    yield make
    for app in apps:
        await app.shutdown()
        await app.post_shutdown(app)  # type: ignore[misc]


@pytest_asyncio.fixture
async def offline_bot(make_offline_bot: Callable[..., Awaitable[OfflineBot]]) -> OfflineBot:
    return await make_offline_bot()


# -- live: the Application polling the fake Bot API over HTTP -----------------------


@pytest_asyncio.fixture
async def make_live_bot(
    fake_api: FakeBotAPI, make_settings: SettingsFactory
) -> AsyncIterator[Callable[..., Awaitable[Application]]]:  # type: ignore[type-arg]
    """Start the real bot (HTTPXRequest, AIORateLimiter) polling `fake_api`."""
    running: list[Application] = []  # type: ignore[type-arg]

    async def make(**env: str) -> Application:  # type: ignore[type-arg]
        settings = make_settings(TELEGRAM_API_BASE_URL=fake_api.root_url, **env)
        app = build_application(settings)
        await app.initialize()
        running.append(app)
        await app.post_init(app)  # type: ignore[misc]
        for job in app.job_queue.get_jobs_by_name("digest") if app.job_queue else ():
            job.enabled = False  # (the wall clock passing DIGEST_TIME must not start a delivery run mid-test)
        await app.updater.start_polling(poll_interval=0.0, timeout=5)  # type: ignore[union-attr]
        await app.start()
        return app

    yield make
    for app in running:
        if app.updater and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        await app.post_shutdown(app)  # type: ignore[misc]


@pytest_asyncio.fixture
async def live_bot(make_live_bot: Callable[..., Awaitable[Application]]) -> Application:  # type: ignore[type-arg]
    return await make_live_bot()


# -- fact bases -------------------------------------------------------------------

LARGE_KB_STATEMENTS = 60


@pytest.fixture
def large_kb(tmp_path: Path) -> Path:
    """A fact base with LARGE_KB_STATEMENTS statements on trade (more than one inline page)."""
    folder = tmp_path / "large-kb"
    folder.mkdir()
    statements = "\n".join(
        f"""  - id: trade-point-{n:02d}
    speaker: alice
    title: Trade point {n}
    quote: "Trade point number {n}: we agreed to widen mutual trade in sector {n}."
    source: src
    added: 2023-10-27
"""
        for n in range(1, LARGE_KB_STATEMENTS + 1)
    )
    (folder / "facts.yaml").write_text(
        f"""meeting:
  id: m1
  title: Test Council
  date: 2023-10-26
  place: Bishkek, Kyrgyzstan

sources:
  - id: src
    publisher: Test Times
    title: A test report
    url: https://example.org/report?a=1&b=2
    published: 2023-10-27

speakers:
  - id: alice
    name: Alice Example
    role: Prime Minister
    country: Armenia
    attended: true
    quote: "Alice Example took part."
    source: src
    added: 2023-10-27

statements:
{statements}""",
        encoding="utf-8",
    )
    return folder

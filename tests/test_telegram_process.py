"""`python -m bot run` as a real process against the fake Bot API server.

Long polling and webhook mode, stopping on SIGTERM/SIGINT with exit status 0,
the webhook's secret-token check, the token kept out of DEBUG logs, and the
messages for a missing or rejected token. The child runs in an empty temporary
folder (no stray .env) with only the settings each test gives it.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakeapi import FakeBotAPI

ROOT = Path(__file__).resolve().parent.parent
STARTUP_TIMEOUT = 30.0  # a cold interpreter importing python-telegram-bot on a busy CI machine
_OUR_SETTINGS = ("TELEGRAM_", "WEBHOOK_", "DATABASE_", "LOG_LEVEL", "KNOWLEDGE_", "ADMIN_", "DIGEST_", "RELOAD_")


def bot_env(tmp_path: Path, **settings: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(_OUR_SETTINGS)}
    env.update(PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1", DATABASE_PATH=str(tmp_path / "bot.sqlite3"))
    env.update(settings)
    return env


class BotProcess:
    """`python -m bot ARGS` with stderr in a file (no pipe to fill up at DEBUG)."""

    def __init__(self, tmp_path: Path, args: list[str], env: dict[str, str]) -> None:
        workdir = tmp_path / "cwd"
        workdir.mkdir(exist_ok=True)
        self.stderr_path = tmp_path / "stderr.log"
        self._stderr = self.stderr_path.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", *args], cwd=workdir, env=env,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._stderr,
        )

    @property
    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 20.0) -> int:
        self.proc.send_signal(sig)
        return self.wait(timeout)

    def wait(self, timeout: float = 20.0) -> int:
        try:
            return self.proc.wait(timeout=timeout)
        finally:
            self._stderr.close()

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._stderr.close()


@pytest.fixture
def processes() -> Iterator[list[BotProcess]]:
    started: list[BotProcess] = []
    yield started
    for process in started:
        process.kill()


def run_bot(processes: list[BotProcess], tmp_path: Path, *args: str, **settings: str) -> BotProcess:
    process = BotProcess(tmp_path, ["run", *args], bot_env(tmp_path, **settings))
    processes.append(process)
    return process


def wait_until_polling(fake_api: FakeBotAPI) -> None:
    """Wait for the bot's last call before its first long poll (the fake records a
    call when it answers, so a pending getUpdates is not seen until it returns)."""
    fake_api.wait_for("deleteWebhook", timeout=STARTUP_TIMEOUT)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- long polling -------------------------------------------------------------------


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_polling_answers_and_a_stop_signal_exits_0(
    fake_api: FakeBotAPI, tmp_path: Path, processes: list[BotProcess], sig: int
) -> None:
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token,
                  TELEGRAM_API_BASE_URL=fake_api.root_url)
    wait_until_polling(fake_api)
    fake_api.push_update(fake_api.edited_message("/ask Who represented Belarus?", user_id=3001))  # not asked for, not answered
    fake_api.push_message("Who represented Armenia?", user_id=3001)
    [call] = fake_api.wait_for("sendMessage", lambda p: p["chat_id"] == 3001, timeout=10)
    assert "Mher Grigoryan" in call.params["text"]

    assert bot.stop(sig) == 0, bot.stderr
    assert "Traceback" not in bot.stderr
    assert [p["chat_id"] for p in fake_api.sent_messages()] == [3001]  # the edit got no answer


def test_the_token_never_appears_in_debug_logs(
    fake_api: FakeBotAPI, tmp_path: Path, processes: list[BotProcess]
) -> None:
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token,
                  TELEGRAM_API_BASE_URL=fake_api.root_url, LOG_LEVEL="DEBUG")
    wait_until_polling(fake_api)
    fake_api.push_message("What did Mishustin say?", user_id=3002)
    fake_api.wait_for("sendMessage", lambda p: p["chat_id"] == 3002, timeout=10)
    fake_api.push_callback_query("v:+:grigoryan", user_id=3002)
    fake_api.wait_for("answerCallbackQuery", timeout=10)
    assert bot.stop() == 0

    log = bot.stderr
    assert " - DEBUG - " in log and "Calling Bot API endpoint `sendMessage`" in log
    assert "Set Bot API URL" in log and "[REDACTED]" in log  # PTB logs its URL, token and all
    assert fake_api.token not in log
    assert fake_api.token.split(":")[1] not in log


# -- webhook ----------------------------------------------------------------------------


def post_update(url: str, update: dict[str, object], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, data=json.dumps(update).encode(), headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - localhost
            return int(response.status)
    except urllib.error.HTTPError as err:
        return err.code


def wait_for_listener(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def start_webhook_bot(processes: list[BotProcess], tmp_path: Path, fake_api: FakeBotAPI, secret: str,
                      **settings: str) -> tuple[BotProcess, str, dict[str, object]]:
    """`run --webhook` on a free port; return the process, the URL and the setWebhook parameters
    once the server accepts connections."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    bot = run_bot(processes, tmp_path, "--webhook", TELEGRAM_BOT_TOKEN=fake_api.token,
                  TELEGRAM_API_BASE_URL=fake_api.root_url, WEBHOOK_URL=url, WEBHOOK_SECRET=secret,
                  WEBHOOK_PORT=str(port), **settings)
    [registered] = fake_api.wait_for("setWebhook", timeout=STARTUP_TIMEOUT)
    wait_for_listener(port, timeout=10)
    return bot, url, registered.params


def test_webhook_checks_the_secret_token(
    fake_api: FakeBotAPI, tmp_path: Path, processes: list[BotProcess]
) -> None:
    secret = "s3cret_Token-value"
    bot, url, registered = start_webhook_bot(processes, tmp_path, fake_api, secret, WEBHOOK_LISTEN="127.0.0.1")
    assert registered["url"] == url and registered["secret_token"] == secret
    allowed = registered["allowed_updates"]  # only what a handler uses: no edits, no channel posts
    assert isinstance(allowed, list)
    assert "message" in allowed and "edited_message" not in allowed and "channel_post" not in allowed

    def update(user_id: int) -> dict[str, object]:
        return {**fake_api.message("Who represented Armenia?", user_id=user_id), "update_id": user_id}

    assert post_update(url, update(3101), secret=None) == 403
    assert post_update(url, update(3102), secret="wrong-secret") == 403
    assert post_update(url, update(3103), secret=secret) == 200
    fake_api.wait_for("sendMessage", lambda p: p["chat_id"] == 3103, timeout=10)

    assert bot.stop() == 0, bot.stderr
    assert {p["chat_id"] for p in fake_api.sent_messages()} == {3103}  # refused updates never ran
    assert secret not in bot.stderr


def test_webhook_without_a_secret_refuses_to_start(tmp_path: Path, processes: list[BotProcess]) -> None:
    bot = run_bot(processes, tmp_path, "--webhook", TELEGRAM_BOT_TOKEN="123456:TEST-token",
                  WEBHOOK_URL="https://bot.example.org/telegram")
    assert bot.wait() == 1
    assert "WEBHOOK_SECRET" in bot.stderr and "Traceback" not in bot.stderr


# -- the token -------------------------------------------------------------------------


def test_without_a_token_it_says_what_to_do(tmp_path: Path, processes: list[BotProcess]) -> None:
    bot = run_bot(processes, tmp_path)
    assert bot.wait() == 1
    assert "TELEGRAM_BOT_TOKEN is not set" in bot.stderr and "python -m bot chat" in bot.stderr
    assert "Traceback" not in bot.stderr


def test_a_rejected_token_is_reported_without_showing_it(
    fake_api: FakeBotAPI, tmp_path: Path, processes: list[BotProcess]
) -> None:
    wrong = "654321:WRONG-token-value"
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN=wrong, TELEGRAM_API_BASE_URL=fake_api.root_url,
                  LOG_LEVEL="DEBUG")
    assert bot.wait(timeout=STARTUP_TIMEOUT) == 1
    assert "error: TELEGRAM_BOT_TOKEN was rejected" in bot.stderr
    assert wrong not in bot.stderr and "WRONG-token-value" not in bot.stderr

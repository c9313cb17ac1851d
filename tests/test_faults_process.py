"""`python -m bot run` and `digest` as processes under faults: a rejected or revoked
token, a second poller, a damaged database, a hostile webhook client.

Each must end (or carry on) with one clear line, never a python-telegram-bot traceback.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests import test_telegram_process
from tests.fakeapi import FakeBotAPI
from tests.test_telegram_process import (
    ROOT,
    STARTUP_TIMEOUT,
    BotProcess,
    bot_env,
    post_update,
    run_bot,
    start_webhook_bot,
    wait_until_polling,
)

processes = test_telegram_process.processes  # the fixture: started processes are killed after


CONFLICT = "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " - INFO - " not in line and " - DEBUG - " not in line]


def test_a_rejected_token_ends_with_one_line(fake_api: FakeBotAPI, tmp_path: Path,
                                             processes: list[BotProcess]) -> None:
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN="654321:WRONG-token-value",
                  TELEGRAM_API_BASE_URL=fake_api.root_url)
    assert bot.wait(timeout=STARTUP_TIMEOUT) == 1
    lines = _error_lines(bot.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: TELEGRAM_BOT_TOKEN was rejected"), bot.stderr


def test_a_token_revoked_while_running_ends_with_one_line(fake_api: FakeBotAPI, tmp_path: Path,
                                                          processes: list[BotProcess]) -> None:
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token, TELEGRAM_API_BASE_URL=fake_api.root_url)
    wait_until_polling(fake_api)
    fake_api.fail_next("getUpdates", status=401, description="Unauthorized", count=1000)
    fake_api.push_message("Who represented Armenia?", user_id=3301)  # wakes the long poll
    assert bot.wait(timeout=STARTUP_TIMEOUT) == 1
    lines = _error_lines(bot.stderr)
    assert len(lines) == 1 and "TELEGRAM_BOT_TOKEN was rejected" in lines[0], bot.stderr


def test_a_second_poller_ends_with_one_line(fake_api: FakeBotAPI, tmp_path: Path,
                                            processes: list[BotProcess]) -> None:
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token, TELEGRAM_API_BASE_URL=fake_api.root_url)
    wait_until_polling(fake_api)
    fake_api.fail_next("getUpdates", status=409, description=CONFLICT, count=1000)
    fake_api.push_message("Who represented Armenia?", user_id=3302)
    assert bot.wait(timeout=STARTUP_TIMEOUT) == 1
    lines = _error_lines(bot.stderr)
    assert len(lines) == 1 and "another instance" in lines[0] and "409" in lines[0], bot.stderr


def _damaged_database(path: Path) -> None:
    from bot.storage import Storage

    storage = Storage.open(path)
    for number in range(2000):
        storage.record_question("q" * 200 + str(number), "en", True, 90, "x")
    storage.close()
    with path.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\xa5" * 4096 * 4)


def test_run_on_a_damaged_database_ends_with_one_line(fake_api: FakeBotAPI, tmp_path: Path,
                                                      processes: list[BotProcess]) -> None:
    _damaged_database(tmp_path / "bot.sqlite3")
    bot = run_bot(processes, tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token, TELEGRAM_API_BASE_URL=fake_api.root_url)
    assert bot.wait(timeout=STARTUP_TIMEOUT) == 1
    lines = _error_lines(bot.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: DATABASE_PATH") and "damaged" in lines[0], bot.stderr


def test_digest_on_a_damaged_database_ends_with_one_line(fake_api: FakeBotAPI, tmp_path: Path) -> None:
    _damaged_database(tmp_path / "bot.sqlite3")
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token, TELEGRAM_API_BASE_URL=fake_api.root_url)
    result = subprocess.run([sys.executable, "-m", "bot", "digest"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = _error_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: DATABASE_PATH") and "damaged" in lines[0], result.stderr


@pytest.mark.parametrize("command", [["digest"], ["run"]])
def test_a_database_damaged_from_its_first_page_is_said_to_be_damaged(fake_api: FakeBotAPI, tmp_path: Path,
                                                                       command: list[str]) -> None:
    (tmp_path / "bot.sqlite3").write_bytes(b"\xa5" * 4096 * 8)  # no SQLite header at all
    env = bot_env(tmp_path, TELEGRAM_BOT_TOKEN=fake_api.token, TELEGRAM_API_BASE_URL=fake_api.root_url)
    result = subprocess.run([sys.executable, "-m", "bot", *command], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    lines = _error_lines(result.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: DATABASE_PATH") and "is damaged" in lines[0], result.stderr
    assert (tmp_path / "bot.sqlite3").read_bytes() == b"\xa5" * 4096 * 8  # nothing stored is touched


def test_the_webhook_refuses_a_huge_body_unread_and_logs_no_secrets(
    fake_api: FakeBotAPI, tmp_path: Path, processes: list[BotProcess]
) -> None:
    secret = "s3cret_Token-value"
    bot, url, _ = start_webhook_bot(processes, tmp_path, fake_api, secret, LOG_LEVEL="DEBUG")  # default listen
    port = int(url.split(":")[2].split("/")[0])

    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:  # 100 MB announced, 1 KB sent
        sock.sendall(f"POST /telegram HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     f"Content-Length: {100 * 1024 * 1024}\r\n\r\n".encode() + b"{" * 1024)
        answer = sock.recv(4096)  # refused (or closed) at once, without waiting for the body
    assert answer == b"" or answer.split(b" ", 2)[1] in (b"400", b"413")

    body = {**fake_api.message("Who represented Armenia?", user_id=3401), "update_id": 3401}
    assert post_update(url, body, secret="wrong-secret-value") == 403
    assert post_update(url, body, secret=secret) == 200
    fake_api.wait_for("sendMessage", lambda p: p["chat_id"] == 3401, timeout=10)
    assert bot.stop() == 0, bot.stderr
    log = bot.stderr
    assert "wrong-secret-value" not in log and secret not in log
    assert "Who represented Armenia?" not in log  # no update bodies at DEBUG


def test_the_webhook_listens_on_localhost_by_default(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WEBHOOK_")}
    result = subprocess.run([sys.executable, "-c", "from bot.settings import load_settings; "
                             "print(load_settings().webhook_listen)"],
                            cwd=tmp_path, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip() == "127.0.0.1", result.stderr


@pytest.mark.parametrize(("error", "said", "not_said"), [
    (sqlite3.OperationalError("database is locked"), "database is locked", "damaged ("),
    (sqlite3.DatabaseError("database disk image is malformed"), "is damaged", "not damaged"),
])
def test_a_database_error_after_opening_is_told_as_it_is(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str], error: sqlite3.Error,
                                                         said: str, not_said: str) -> None:
    """A locked file is no damaged one: the user is never told to move a sound database aside."""
    from bot import cli

    def fails(*_args: object, **_kwargs: object) -> int:
        raise error

    monkeypatch.setattr(cli, "_digest", fails)
    for name in list(os.environ):
        if name.startswith(test_telegram_process._OUR_SETTINGS):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "bot.sqlite3"))
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    assert cli.main(["digest"]) == 1
    lines = _error_lines(capsys.readouterr().err)
    assert len(lines) == 1 and lines[0].startswith("error: DATABASE_PATH") and said in lines[0], lines
    assert not_said not in lines[0], lines

"""`python -m bot digest`, as cron and operators run it: against the fake Bot API over
HTTP, including a fan-out killed with SIGKILL in the middle and run again."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from bot.cli import main
from bot.loader import load_factbase
from bot.storage import Storage
from bot.subscriptions import Subscriptions
from bot.telegram_app.broadcast import send_pending_digests
from bot.telegram_app.delivery import DEFAULT_CONCURRENCY
from tests.fakeapi import FakeBotAPI
from tests.support_digest import (
    add_extra_fact,
    add_follow_up,
    digest_env,
    digest_settings,
    follow_up_quotes_html,
    launch_kb,
)

ROOT = Path(__file__).resolve().parent.parent
TUESDAY = datetime(2023, 10, 31, 3, 0, tzinfo=timezone.utc)


@pytest.fixture
def api() -> FakeBotAPI:
    with FakeBotAPI() as fake:
        yield fake


def _subscribers(tmp_path: Path, knowledge: Path, chats: dict[int, tuple[str, str]]) -> Path:
    """A database where the launch facts are known and `chats` ({id: (frequency, language)}) subscribed."""
    database = tmp_path / "data" / "bot.sqlite3"
    storage = Storage.open(database)
    try:
        subscriptions = Subscriptions(storage)
        subscriptions.record_facts(load_factbase(knowledge))
        for chat_id, (frequency, language) in chats.items():
            subscriptions.subscribe(chat_id, "private", frequency, language)
    finally:
        storage.close()
    return database


def _command(api: FakeBotAPI, tmp_path: Path, knowledge: Path, *args: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_", "KNOWLEDGE_"))}
    env.update(digest_env(api, tmp_path, knowledge), PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-m", "bot", "digest", *args], cwd=tmp_path, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _delivered(api: FakeBotAPI) -> Counter[tuple[int, str]]:
    return Counter((p["chat_id"], p["text"]) for p in api.sent_messages())


def test_a_fan_out_killed_mid_way_resumes_without_duplicates(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    chats = {3000 + n: ("daily", "en" if n % 2 else "ru") for n in range(24)}
    database = _subscribers(tmp_path, knowledge, chats)
    add_follow_up(knowledge)
    # 15 messages are confirmed; after that Telegram gets each message but its answer never
    # comes back. Each of the 16 senders (DEFAULT_CONCURRENCY) sends its next one and waits,
    # so the kill lands with exactly 16 messages in flight (delivered, unconfirmed).
    answered, senders = 15, DEFAULT_CONCURRENCY
    api.hold_responses("sendMessage", after=answered)

    first = _command(api, tmp_path, knowledge)
    api.wait_for("sendMessage", count=answered + senders, timeout=30)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL
    assert api.held_count == senders
    before_rerun = sum(_delivered(api).values())
    in_flight = {(c.params["chat_id"], c.params["text"]) for c in api.calls_to("sendMessage")[answered:]}

    api.release_responses()
    second = _command(api, tmp_path, knowledge)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    summary = out.strip()

    storage = Storage.open(database)
    try:
        states = Counter(row["state"] for row in storage.query("SELECT state FROM digest_parts"))
        unconfirmed = {(row["chat_id"], row["text"]) for row in storage.query(
            "SELECT d.chat_id, p.text FROM digest_parts p JOIN digests d ON d.id = p.digest_id "
            "WHERE p.state = 'unconfirmed'")}
        expected = {(row["chat_id"], row["text"]) for row in storage.query(
            "SELECT d.chat_id, p.text FROM digest_parts p JOIN digests d ON d.id = p.digest_id")}
        digests_per_chat = Counter(row["chat_id"] for row in storage.query("SELECT chat_id FROM digests"))
        digest_states = {row["status"] for row in storage.query("SELECT status FROM digests")}
    finally:
        storage.close()

    delivered = _delivered(api)
    assert before_rerun == answered + senders < len(expected)  # the first run really was cut short
    assert unconfirmed == in_flight  # what was in flight at the kill is not resent...
    assert max(delivered.values()) == 1  # ...so no chat got any message twice
    assert set(delivered) == expected  # and everything else was sent by the second run
    assert set(states) == {"sent", "unconfirmed"} and digest_states == {"sent"}  # nothing left over
    assert re.fullmatch(rf"digest: sent \d+, failed 0, dropped 0, unconfirmed {senders}", summary)
    assert set(digests_per_chat.values()) == {1}  # one digest per chat, composed once

    third = _command(api, tmp_path, knowledge)
    out, err = third.communicate(timeout=60)
    assert (third.returncode, out.strip()) == (0, "digest: sent 0, failed 0, dropped 0, unconfirmed 0"), err
    assert _delivered(api) == delivered


def test_summary_counts_sent_failed_and_dropped(api: FakeBotAPI, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    _subscribers(tmp_path, knowledge, {4001: ("daily", "en"), 4002: ("weekly", "ru"), 4003: ("daily", "en")})
    add_extra_fact(knowledge, "extra-cli")  # one new fact: one message per digest
    for key, value in digest_env(api, tmp_path, knowledge).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    api.block_chat(4002)
    api.fail_next("sendMessage", status=500)  # the first message sent (to 4001) fails once

    assert main(["digest"]) == 0
    assert capsys.readouterr().out == "digest: sent 1, failed 1, dropped 1, unconfirmed 0\n"
    assert main(["digest"]) == 0  # the failed one is retried; the blocked chat is not tried again
    assert capsys.readouterr().out == "digest: sent 1, failed 0, dropped 0, unconfirmed 0\n"
    assert [c.params["chat_id"] for c in api.calls_to("sendMessage")] == [4001, 4002, 4003, 4001]
    assert Counter(p["chat_id"] for p in api.sent_messages()) == {4001: 1, 4003: 1}


def test_without_a_token_it_says_how_to_get_one(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "TELEGRAM_BOT_TOKEN"}
    env.update(PYTHONPATH=str(ROOT), DATABASE_PATH=str(tmp_path / "db.sqlite3"))
    result = subprocess.run([sys.executable, "-m", "bot", "digest"], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert result.stderr.startswith("error: TELEGRAM_BOT_TOKEN is not set")
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_broken_fact_base_still_delivers_what_was_composed(api: FakeBotAPI, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    _subscribers(tmp_path, knowledge, {5001: ("daily", "en")})
    add_extra_fact(knowledge, "extra-composed")
    for key, value in digest_env(api, tmp_path, knowledge).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    api.fail_next("sendMessage", status=503)
    assert main(["digest"]) == 0
    assert capsys.readouterr().out == "digest: sent 0, failed 1, dropped 0, unconfirmed 0\n"

    (knowledge / "broken.yaml").write_text("agreements:\n  - id: [unclosed\n", encoding="utf-8")
    assert main(["digest"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "digest: sent 1, failed 0, dropped 0, unconfirmed 0\n"
    assert re.search(rf"^{re.escape(str(knowledge / 'broken.yaml'))}:\d+: YAML syntax error", captured.err, re.M)
    assert "Industrial cooperation as a priority" in api.sent_messages()[-1]["text"]


async def test_due_only_skips_weekly_subscribers_on_other_days(api: FakeBotAPI, tmp_path: Path) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    _subscribers(tmp_path, knowledge, {6001: ("daily", "en"), 6002: ("weekly", "en")})
    add_extra_fact(knowledge, "extra-due")
    settings = digest_settings(api, tmp_path, knowledge)
    run = await send_pending_digests(settings, due_only=True, now=TUESDAY)
    assert (run.report.sent, run.report.composed) == (1, 1)
    assert [p["chat_id"] for p in api.sent_messages()] == [6001]
    run = await send_pending_digests(settings)  # without --due: everyone with news
    assert [p["chat_id"] for p in api.sent_messages()] == [6001, 6002]


def test_digest_quotes_every_new_fact_with_its_link(api: FakeBotAPI, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    knowledge = launch_kb(tmp_path / "kb")
    _subscribers(tmp_path, knowledge, {7001: ("daily", "en")})
    add_follow_up(knowledge)
    for key, value in digest_env(api, tmp_path, knowledge).items():
        monkeypatch.setenv(key, value)
    monkeypatch.chdir(tmp_path)
    assert main(["digest"]) == 0
    body = "\n".join(p["text"] for p in api.sent_messages())
    assert all(quote in body for quote in follow_up_quotes_html())
    assert '<a href="https://www.asiaplustj.info/en/news/tajikistan/politics/20231027/' in body
    assert '<a href="https://menafn.com/1107318368/Uzbekistan-Promoting-To-Create-Unified-CIS-Energy-System#:~:text=' \
        in body


async def test_retry_after_is_retried_by_the_rate_limiter(api: FakeBotAPI, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # RetryAfter.retry_after as a timedelta, without a warning
    knowledge = launch_kb(tmp_path / "kb")
    _subscribers(tmp_path, knowledge, {8001: ("daily", "en"), 8002: ("daily", "ru"), 8003: ("weekly", "en")})
    add_extra_fact(knowledge, "extra-429")
    api.retry_after_next("sendMessage", seconds=1)
    run = await send_pending_digests(digest_settings(api, tmp_path, knowledge))
    assert (run.report.sent, run.report.failed, run.report.messages) == (3, 0, 3)
    assert [c.status for c in api.calls_to("sendMessage") if not c.ok] == [429]
    assert Counter(p["chat_id"] for p in api.sent_messages()) == {8001: 1, 8002: 1, 8003: 1}

"""The kept build (bot/buildcache.py): a second start reads it, any edit or new code builds afresh,
and a damaged, foreign or unwritable cache only costs time, never an answer."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.answering
import bot.buildcache
import bot.curation
from bot.answering import Answerer
from bot.buildcache import BuildCache
from bot.cli import answer_json
from bot.curation import FactBaseWatcher
from bot.errors import FactBaseError
from bot.facts import FactBase
from bot.loader import load_factbase
from bot.settings import load_settings
from tests.helpers_kb import VALID, write_kb

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ("What did Alice say?", "Which documents were signed?", "Who represented Armenia?",
             "Что сказала Алиса?", "what about the weather")


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    return write_kb(tmp_path / "kb", {"facts.yaml": VALID})


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The folders the YAML was read from (each a build, not a kept one)."""
    seen: list[Path] = []

    def counting(directory: str | Path, **kwargs: bool) -> FactBase:
        seen.append(Path(directory))
        return load_factbase(directory, **kwargs)

    monkeypatch.setattr(bot.answering, "load_factbase", counting)
    monkeypatch.setattr(bot.curation, "load_factbase", counting)
    return seen


def answers(answerer: Answerer) -> list[dict[str, object]]:
    return [answer_json(answerer, q) for q in QUESTIONS]


def documents(answerer: Answerer) -> str:
    """The reply to "which documents were signed", as `ask` prints it."""
    return str(answer_json(answerer, "Which documents were signed?")["text"])


def kept_file(cache: Path) -> Path:
    (found,) = cache.glob("answerer-*.pickle")
    return found


def test_a_second_start_answers_from_the_kept_build_without_reading_the_yaml(
        kb: Path, cache: Path, loads: list[Path]) -> None:
    first = Answerer.from_directory(kb, cache_dir=cache)
    second = Answerer.from_directory(kb, cache_dir=cache)
    assert loads == [kb]  # built once, then read back
    assert answers(second) == answers(first)
    assert "Bridge treaty" in documents(second)
    assert kept_file(cache).stat().st_mode & 0o777 == 0o600


def test_an_edited_title_is_served_not_the_kept_build(kb: Path, cache: Path, loads: list[Path]) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    (kb / "facts.yaml").write_text(VALID.replace("title: Bridge treaty", "title: Tunnel treaty"), encoding="utf-8")
    edited = Answerer.from_directory(kb, cache_dir=cache)
    assert len(loads) == 2
    assert edited.factbase.agreements["bridge-treaty"].title == "Tunnel treaty"
    assert Answerer.from_directory(kb, cache_dir=cache).factbase.agreements["bridge-treaty"].title == "Tunnel treaty"
    assert len(loads) == 2  # the edited version is the one kept now
    assert len(list(cache.glob("answerer-*.pickle"))) == 1  # replaced, not piled up


def test_a_report_text_that_no_longer_holds_the_quote_fails_instead_of_serving_the_kept_build(
        kb: Path, cache: Path) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    (kb / "sources" / "src.txt").write_text("Alice Example said nothing of a treaty.\n", encoding="utf-8")
    with pytest.raises(FactBaseError, match="verbatim"):
        Answerer.from_directory(kb, cache_dir=cache)


def test_new_code_builds_afresh(kb: Path, cache: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    monkeypatch.setattr(bot.buildcache, "_code_version", "a newer version of the bot")
    Answerer.from_directory(kb, cache_dir=cache)
    assert len(loads) == 2


@pytest.mark.parametrize("damage", [
    lambda data: b"",
    lambda data: data[: len(data) // 2],  # a write cut short (the rename makes this unlikely, not impossible)
    lambda data: data.replace(b"Bridge treaty", b"Bridgf treaty", 1),  # would still unpickle
    lambda data: b"PK\x03\x04 some other file",
], ids=["empty", "truncated", "corrupted", "foreign"])
def test_a_damaged_kept_build_is_rebuilt_and_replaced(
        kb: Path, cache: Path, loads: list[Path], caplog: pytest.LogCaptureFixture,
        damage: Callable[[bytes], bytes]) -> None:
    expected = answers(Answerer.from_directory(kb, cache_dir=cache))
    path = kept_file(cache)
    path.write_bytes(damage(path.read_bytes()))
    with caplog.at_level(logging.WARNING, logger="bot.buildcache"):
        assert answers(Answerer.from_directory(kb, cache_dir=cache)) == expected
    assert len(loads) == 2
    assert answers(Answerer.from_directory(kb, cache_dir=cache)) == expected
    assert len(loads) == 2  # the damaged file was replaced by a good one


def test_a_kept_file_holding_something_else_is_not_served(
        kb: Path, cache: Path, loads: list[Path], caplog: pytest.LogCaptureFixture) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    key = BuildCache(cache, kb).key
    payload = pickle.dumps({"not": "an answerer"})
    kept_file(cache).write_bytes(bot.buildcache._FORMAT + key + b"\n" + payload + hashlib.sha256(payload).digest())
    with caplog.at_level(logging.WARNING, logger="bot.buildcache"):
        answerer = Answerer.from_directory(kb, cache_dir=cache)
    assert "Bridge treaty" in documents(answerer)
    assert len(loads) == 2
    assert "holds a dict, not a Answerer" in caplog.text


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners and modes are POSIX")
def test_a_cache_folder_others_may_write_is_neither_read_nor_written(
        kb: Path, cache: Path, loads: list[Path], caplog: pytest.LogCaptureFixture) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    cache.chmod(0o777)
    with caplog.at_level(logging.WARNING, logger="bot.buildcache"):
        answerer = Answerer.from_directory(kb, cache_dir=cache)
    assert "Bridge treaty" in documents(answerer)
    assert len(loads) == 2
    assert "not private to this user" in caplog.text


def test_an_unusable_cache_folder_still_answers(kb: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="bot.buildcache"):
        answerer = Answerer.from_directory(kb, cache_dir=blocked / "cache")
    assert "Bridge treaty" in documents(answerer)
    assert f"cannot keep the built fact base in {blocked / 'cache'}" in caplog.text


def test_a_build_whose_files_changed_meanwhile_is_not_kept(
        kb: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def edited_during_the_load(directory: str | Path, **kwargs: bool) -> FactBase:
        factbase = load_factbase(directory, **kwargs)
        (kb / "facts.yaml").write_text(VALID.replace("Bridge treaty", "Tunnel treaty"), encoding="utf-8")
        return factbase

    monkeypatch.setattr(bot.answering, "load_factbase", edited_during_the_load)
    Answerer.from_directory(kb, cache_dir=cache)
    assert not list(cache.glob("answerer-*.pickle"))


async def test_a_reload_keeps_its_build_for_the_next_start(kb: Path, cache: Path, loads: list[Path]) -> None:
    watcher = FactBaseWatcher(kb, Answerer.from_directory(kb, cache_dir=cache), cache_dir=cache)
    assert (await watcher.check()).status == "unchanged"
    (kb / "facts.yaml").write_text(VALID.replace("title: Bridge treaty", "title: Tunnel treaty"), encoding="utf-8")
    result = await watcher.check()
    assert result.status == "reloaded"
    assert result.answerer.factbase.agreements["bridge-treaty"].title == "Tunnel treaty"
    built = len(loads)
    restarted = Answerer.from_directory(kb, cache_dir=cache)
    assert len(loads) == built  # the reload's build, read back
    assert answers(restarted) == answers(result.answerer)


def test_build_cache_dir_setting() -> None:
    assert load_settings({"BUILD_CACHE_DIR": "off"}, env_file=None).build_cache_dir is None
    assert load_settings({"BUILD_CACHE_DIR": "/srv/bot/cache"}, env_file=None).build_cache_dir == Path("/srv/bot/cache")
    assert load_settings({"XDG_CACHE_HOME": "/xdg"}, env_file=None).build_cache_dir == Path("/xdg/cis-meeting-bot")
    assert load_settings({}, env_file=None).build_cache_dir == Path.home() / ".cache" / "cis-meeting-bot"


def test_no_home_folder_means_no_cache_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def homeless() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "home", homeless)
    assert load_settings({}, env_file=None).build_cache_dir is None


def test_ask_twice_prints_the_same_answer_and_keeps_one_build(kb: Path, cache: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KNOWLEDGE_DIR": str(kb), "BUILD_CACHE_DIR": str(cache)}
    runs = [subprocess.run([sys.executable, "-m", "bot", "ask", "--json", "What did Alice say?"],
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=60) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr
    assert runs[0].stdout == runs[1].stdout and json.loads(runs[0].stdout)["answered"]
    assert runs[1].stderr == ""
    assert kept_file(cache).is_file()

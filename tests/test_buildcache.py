"""The kept build (bot/buildcache.py): a second start reads it, any edit or new code builds afresh,
and a damaged, foreign or unwritable cache only costs time, never an answer."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.answering
import bot.buildcache
import bot.curation
import bot.intents.reading
import bot.matcher
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


def test_a_kept_build_brings_its_index_and_intents_data_with_it(
        kb: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = answers(Answerer.from_directory(kb, cache_dir=cache))

    def rebuilt(*args: object, **kwargs: object) -> None:
        raise AssertionError("built again although the build was kept")

    monkeypatch.setattr(bot.intents.reading, "_derive", rebuilt)
    monkeypatch.setattr(bot.matcher.Matcher, "__init__", rebuilt)
    assert answers(Answerer.from_directory(kb, cache_dir=cache)) == expected


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
    read_files = Answerer.from_directory(kb, cache_dir=cache).factbase.read_files
    keeper = BuildCache(cache, kb)
    key = keeper._key([(name, bytes.fromhex(sha)) for _, name, sha in read_files])
    names = json.dumps([[kind, name] for kind, name, _ in read_files]).encode()
    payload = pickle.dumps({"not": "an answerer"})
    kept_file(cache).write_bytes(bot.buildcache._FORMAT + key + b"\n" + names + b"\n" + payload
                                 + hashlib.sha256(payload).digest())
    with caplog.at_level(logging.WARNING, logger="bot.buildcache"):
        answerer = Answerer.from_directory(kb, cache_dir=cache)
    assert "Bridge treaty" in documents(answerer)
    assert len(loads) == 2
    assert "holds dict, expected Answerer" in caplog.text


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


def test_a_file_edited_during_the_build_is_read_afresh_next_time(
        kb: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def edited_during_the_load(directory: str | Path, **kwargs: bool) -> FactBase:
        factbase = load_factbase(directory, **kwargs)
        (kb / "facts.yaml").write_text(VALID.replace("title: Bridge treaty", "title: Tunnel treaty"), encoding="utf-8")
        return factbase

    monkeypatch.setattr(bot.answering, "load_factbase", edited_during_the_load)
    assert "Bridge treaty" in documents(Answerer.from_directory(kb, cache_dir=cache))
    monkeypatch.setattr(bot.answering, "load_factbase", load_factbase)
    assert "Tunnel treaty" in documents(Answerer.from_directory(kb, cache_dir=cache))  # not the kept build


def test_a_yaml_file_added_renamed_or_hidden_makes_a_new_build(kb: Path, cache: Path, loads: list[Path]) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    more = VALID.split("agreements:")[1].replace("bridge-treaty", "road-treaty").replace("Bridge treaty", "Road treaty")
    (kb / ".more.yaml").write_text("agreements:" + more, encoding="utf-8")  # the loader reads dot files too
    assert "Road treaty" in documents(Answerer.from_directory(kb, cache_dir=cache))
    (kb / ".more.yaml").write_text("agreements:" + more.replace("Road treaty", "Rail treaty"), encoding="utf-8")
    assert "Rail treaty" in documents(Answerer.from_directory(kb, cache_dir=cache))
    (kb / ".more.yaml").rename(kb / "more.yaml")
    renamed = Answerer.from_directory(kb, cache_dir=cache)
    assert renamed.factbase.agreements["road-treaty"].file == str(kb / "more.yaml")
    assert len(loads) == 4


def test_the_folder_named_otherwise_makes_its_own_build(
        kb: Path, cache: Path, loads: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    monkeypatch.chdir(kb.parent)
    relative = Answerer.from_directory(Path("kb"), cache_dir=cache)
    assert len(loads) == 2  # replies read report texts through the path as named
    assert relative.factbase.sources["src"].file == str(Path("kb") / "facts.yaml")


def test_a_file_name_in_no_encoding_still_answers(kb: Path, cache: Path) -> None:
    odd = os.fsdecode(b"more-\xff.yaml")
    (kb / odd).write_text("agreements:" + VALID.split("agreements:")[1].replace("bridge-treaty", "odd-treaty"),
                          encoding="utf-8")
    for _ in range(2):
        assert Answerer.from_directory(kb, cache_dir=cache).factbase.agreements["odd-treaty"]


@pytest.mark.skipif(not hasattr(os, "getuid"), reason="file owners and modes are POSIX")
@pytest.mark.parametrize("spoil", ["group-writable", "symlink"])
def test_a_kept_file_others_could_have_written_is_not_read(
        kb: Path, cache: Path, tmp_path: Path, loads: list[Path], caplog: pytest.LogCaptureFixture,
        spoil: str) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    path = kept_file(cache)
    if spoil == "group-writable":
        path.chmod(0o620)
    else:
        elsewhere = tmp_path / "elsewhere.pickle"
        path.rename(elsewhere)
        path.symlink_to(elsewhere)
    with caplog.at_level(logging.WARNING, logger="bot.buildcache"):
        assert "Bridge treaty" in documents(Answerer.from_directory(kb, cache_dir=cache))
    assert len(loads) == 2
    assert str(path) in caplog.text


def test_the_cache_folder_and_file_are_private(kb: Path, cache: Path) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    assert cache.stat().st_mode & 0o077 == 0
    assert kept_file(cache).stat().st_mode & 0o077 == 0


def test_a_killed_writers_leftovers_are_removed_by_the_next_writer(kb: Path, cache: Path) -> None:
    Answerer.from_directory(kb, cache_dir=cache)
    old, fresh = cache / ".answerer-killed", cache / ".answerer-writing-now"
    for leftover in (old, fresh):
        leftover.write_bytes(b"half a build")
    os.utime(old, (1, 1))
    (kb / "facts.yaml").write_text(VALID.replace("Bridge treaty", "Tunnel treaty"), encoding="utf-8")
    Answerer.from_directory(kb, cache_dir=cache)
    assert not old.exists() and fresh.exists()  # another process may be writing that one


def test_the_code_version_changes_with_any_module_of_the_bot(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = Path(bot.buildcache.__file__).parent
    copy = tmp_path / "bot"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = bot.buildcache.code_version(copy)
    assert before == bot.buildcache.code_version(package)
    lexicon = copy / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# one more word\n", encoding="utf-8")
    assert bot.buildcache.code_version(copy) != before
    monkeypatch.setattr(bot.buildcache.metadata, "version", lambda name: "99.0")
    assert bot.buildcache.code_version(package) != before


async def test_a_reload_keeps_its_build_for_the_next_start(kb: Path, cache: Path, loads: list[Path]) -> None:
    watcher = FactBaseWatcher(kb, Answerer.from_directory(kb, cache_dir=cache), cache_dir=cache)
    assert (await watcher.check()).status == "unchanged"
    (kb / "facts.yaml").write_text(VALID.replace("title: Bridge treaty", "title: Tunnel treaty"), encoding="utf-8")
    result = await watcher.check()
    assert result.status == "reloaded"
    assert result.answerer.factbase.agreements["bridge-treaty"].title == "Tunnel treaty"
    assert watcher.keeping is not None
    watcher.keeping.join(timeout=30)  # written after the swap, off the event loop
    built = len(loads)
    restarted = Answerer.from_directory(kb, cache_dir=cache)
    assert len(loads) == built  # the reload's build, read back
    assert answers(restarted) == answers(result.answerer)


async def test_a_reload_back_to_a_kept_version_reads_it(kb: Path, cache: Path, loads: list[Path]) -> None:
    watcher = FactBaseWatcher(kb, Answerer.from_directory(kb, cache_dir=cache), cache_dir=cache)
    (kb / "facts.yaml").write_text(VALID, encoding="utf-8")  # touched, same facts
    assert (await watcher.check(force=True)).status == "unchanged"
    assert len(loads) == 1  # the kept build told it: no YAML read, no build


def test_build_cache_dir_setting() -> None:
    assert load_settings({"BUILD_CACHE_DIR": "off"}, env_file=None).build_cache_dir is None
    assert load_settings({"BUILD_CACHE_DIR": "/srv/bot/cache"}, env_file=None).build_cache_dir == Path("/srv/bot/cache")
    assert load_settings({"XDG_CACHE_HOME": "/xdg"}, env_file=None).build_cache_dir == Path("/xdg/cis-meeting-bot")
    assert load_settings({"XDG_CACHE_HOME": "rel"}, env_file=None).build_cache_dir == \
        Path.home() / ".cache" / "cis-meeting-bot"  # relative: ignored, as the XDG spec says
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

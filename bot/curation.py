"""The curation loop's core: notice edited fact base files, validate them, decide what to serve.

`FactBaseWatcher.check()` is called every RELOAD_INTERVAL seconds (and by
`/reload`). It compares the folder's files (names, sizes, modification times)
with what it saw last time; only when they differ does it load and validate
the fact base (off the event loop, with the same rules as `python -m bot
check`), and only when the loaded facts differ from those served does it build
a new `Answerer` (and its matcher). The result says what to serve:

    reloaded   a new, valid fact base (a new `Answerer`) to swap in
    unchanged  nothing changed (or the edit did not change the facts)
    failed     the edit is invalid: keep serving the current fact base;
               `problems` are the `file:line: message` errors and `notify` is
               True the first time this particular set of errors is seen, so
               admins are told once per broken version, not every interval.

No Telegram here: `bot/telegram_app/jobs.py` swaps the answerer and messages the admins.
"""

from __future__ import annotations

import asyncio
import html
import logging
import threading
from dataclasses import dataclass
from pathlib import Path

from bot.answering import Answerer
from bot.buildcache import BuildCache
from bot.errors import FactBaseError, Problem
from bot.htmlsplit import MAX_MESSAGE_LENGTH, split_html
from bot.loader import load_factbase

__all__ = ["FactBaseWatcher", "ReloadResult", "problems_messages", "snapshot"]

logger = logging.getLogger(__name__)

Snapshot = tuple[tuple[str, int, int], ...]


def snapshot(directory: Path) -> Snapshot:
    """(relative path, size, mtime_ns) of every file under `directory` (cheap: stat only)."""
    entries: list[tuple[str, int, int]] = []
    try:
        paths = sorted(directory.rglob("*"))
    except OSError:
        return ()
    for path in paths:
        relative = path.relative_to(directory)
        if any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
            continue
        try:
            stat = path.stat()
        except OSError:
            continue
        if path.is_file():
            entries.append((relative.as_posix(), stat.st_size, stat.st_mtime_ns))
    return tuple(entries)


@dataclass(frozen=True)
class ReloadResult:
    """The outcome of one check; `answerer` is what to serve from now on."""

    status: str  # reloaded | unchanged | failed
    answerer: Answerer
    problems: tuple[Problem, ...] = ()
    notify: bool = False
    new_facts: tuple[str, ...] = ()  # filled in by the caller that registers them

    @property
    def counts(self) -> dict[str, int]:
        return self.answerer.factbase.counts()


class FactBaseWatcher:
    """Watches one fact base folder for edits; see the module docstring."""

    def __init__(self, directory: Path, current: Answerer, *, cache_dir: Path | None = None) -> None:
        self.directory = Path(directory)
        self.cache_dir = cache_dir  # where builds are kept (bot.buildcache); None: none
        self.keeping: threading.Thread | None = None  # writing the last reload's build there
        # None: the first check loads and compares fingerprints, so an edit made while
        # the bot was starting is not missed.
        self._snapshot: Snapshot | None = None
        self._reported: tuple[str, ...] | None = None
        self._lock = asyncio.Lock()
        self.current = current

    async def check(self, *, force: bool = False) -> ReloadResult:
        """Reload if the files changed (always when `force`); never raises."""
        async with self._lock:
            current = self.current
            seen = snapshot(self.directory)
            if not force and seen == self._snapshot:
                return ReloadResult("unchanged", current)
            self._snapshot = seen
            try:
                loaded = await asyncio.to_thread(self._load, current)
                if loaded is None:
                    self._reported = None
                    return ReloadResult("unchanged", current)
                candidate, cache = loaded
            except FactBaseError as exc:
                return self._failed(current, tuple(exc.problems))
            except Exception as exc:  # a bug or an unreadable folder must not stop the bot
                logger.exception("loading the fact base from %s failed", self.directory)
                return self._failed(current, (Problem(str(self.directory), 0, f"cannot load: {exc!r}"),))
            self._reported = None
            self.current = candidate
            logger.info("fact base reloaded from %s: %s", self.directory, candidate.factbase.counts())
            if cache is not None:  # kept for the next start while the new facts are already served
                self.keeping = threading.Thread(target=cache.store, args=(candidate, candidate.factbase.read_files),
                                                name="keep-build", daemon=True)
                self.keeping.start()
            return ReloadResult("reloaded", candidate)

    def _load(self, current: Answerer) -> tuple[Answerer, BuildCache | None] | None:
        """The answerer for the folder's files, with the cache to keep it in when it was built
        (None: it was read from there), or None when its facts are the ones served; raises
        `FactBaseError`. Runs off the event loop."""
        cache = BuildCache(self.cache_dir, self.directory) if self.cache_dir else None
        kept = cache.load(Answerer) if cache else None
        factbase = kept.factbase if kept else load_factbase(self.directory)
        if factbase.fingerprint == current.factbase.fingerprint:
            return None
        if kept:
            return kept, None
        return Answerer(factbase), cache

    def _failed(self, current: Answerer, problems: tuple[Problem, ...]) -> ReloadResult:
        key = tuple(str(problem) for problem in problems)
        notify = key != self._reported
        self._reported = key
        logger.warning("fact base edit in %s rejected (%d error(s)); still serving the previous facts",
                       self.directory, len(problems))
        return ReloadResult("failed", current, problems, notify)


def problems_messages(problems: tuple[Problem, ...], intro: str, *,
                      limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """HTML messages listing `problems` (one `file:line: message` per line) under `intro`,
    each valid HTML within `limit` UTF-16 units (`bot.htmlsplit.split_html`)."""
    lines = [f"<code>{html.escape(str(problem))}</code>" for problem in problems]
    return split_html("\n".join([intro, *lines]), limit)

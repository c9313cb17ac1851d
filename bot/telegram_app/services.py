"""The services handlers and jobs share: one typed object as the Application's `bot_data`.

python-telegram-bot lets `bot_data` be any class (`ContextTypes(bot_data=Services)`,
as in its examples/contexttypesbot.py); `build_application` uses this one, so
shared state is typed attributes instead of string keys:

    settings         Settings          the frozen settings
    answerer         Answerer          the fact base and its matcher (replaced on reload)
    storage          Storage           the SQLite database
    digests          DigestService     composing and delivering digests
    watcher          FactBaseWatcher   the fact base folder's reload check
    conversations    Conversations     each chat's last answer, for follow-up questions
    chats_seen       dict              chats recorded lately (handlers.common.remember_chat)
    digest_failures  int               consecutive failed digest runs (retry back-off)

`services_of(context)` returns it, typed. Reading an attribute that `post_init`
has not set yet raises a clear RuntimeError rather than handing out None.
For code written against the old dict (`bot_data["answerer"]`), item access
reads and writes the same attributes; any other key (a handler's own cache,
e.g. inline mode's "most asked" list) is kept by key as before.
"""

from __future__ import annotations

from typing import Any

from bot.answering import Answerer
from bot.conversation import Conversations
from bot.curation import FactBaseWatcher
from bot.settings import Settings
from bot.storage import Storage
from bot.telegram_app.delivery import DigestService

__all__ = ["Services", "services_of"]

_SERVICES = ("settings", "answerer", "storage", "digests", "watcher")
_KEYS = frozenset(_SERVICES + ("conversations", "chats_seen", "digest_failures"))


class Services:
    """The bot's shared services; see the module docstring."""

    def __init__(self) -> None:
        self._values: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}  # other keys: handlers' own caches
        self.conversations = Conversations()
        self.chats_seen: dict[int, tuple[str, float]] = {}
        self.digest_failures = 0

    def _get(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise RuntimeError(f"bot_data.{name} is not set yet (it is created in post_init)") from None

    @property
    def settings(self) -> Settings:
        return self._get("settings")  # type: ignore[no-any-return]

    @settings.setter
    def settings(self, value: Settings) -> None:
        self._values["settings"] = value

    @property
    def answerer(self) -> Answerer:
        return self._get("answerer")  # type: ignore[no-any-return]

    @answerer.setter
    def answerer(self, value: Answerer) -> None:
        self._values["answerer"] = value

    @property
    def storage(self) -> Storage:
        return self._get("storage")  # type: ignore[no-any-return]

    @storage.setter
    def storage(self, value: Storage) -> None:
        self._values["storage"] = value

    @property
    def digests(self) -> DigestService:
        return self._get("digests")  # type: ignore[no-any-return]

    @digests.setter
    def digests(self, value: DigestService) -> None:
        self._values["digests"] = value

    @property
    def watcher(self) -> FactBaseWatcher:
        return self._get("watcher")  # type: ignore[no-any-return]

    @watcher.setter
    def watcher(self, value: FactBaseWatcher) -> None:
        self._values["watcher"] = value

    def has(self, name: str) -> bool:
        """Whether `name` is set (the services are created in post_init)."""
        if name in _KEYS:
            return name in self._values or name not in _SERVICES
        return name in self._extra

    # -- the old dict interface, for code that still uses string keys ----------------

    def __getitem__(self, key: str) -> Any:
        if key not in _KEYS:
            return self._extra[key]
        try:
            return getattr(self, key)
        except RuntimeError:
            raise KeyError(key) from None

    def __setitem__(self, key: str, value: Any) -> None:
        if key not in _KEYS:
            self._extra[key] = value
            return
        setattr(self, key, value)

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.has(key)

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def setdefault(self, key: str, default: Any) -> Any:
        if key not in self:
            self[key] = default
        return self[key]


def services_of(holder: Any) -> Services:
    """The `Services` of a CallbackContext or an Application (built by `build_application`)."""
    data = holder.bot_data
    if not isinstance(data, Services):
        raise TypeError("bot_data is not Services: build the Application with build_application()")
    return data

"""Conversations: each chat's last answer, kept in memory for a few minutes.

A follow-up ("and Belarus?", "what did he say?", "what else?") is read against
the previous answer in the same conversation (`bot.intents.Context`). The
Telegram handlers key a conversation by chat and user, so two people asking in
one group never continue each other's questions; `python -m bot chat` keeps
one. Contexts expire after `ttl` seconds and the oldest are dropped beyond
`max_size`, so memory stays bounded however many chats there are. Nothing
here is stored on disk: a restart forgets the conversations, which is harmless.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable

from bot.intents import Context

__all__ = ["DEFAULT_TTL", "Conversations"]

DEFAULT_TTL = 600.0  # seconds a follow-up still refers to the previous answer


class Conversations:
    """The last answer of each conversation, forgotten after `ttl` seconds."""

    def __init__(self, ttl: float = DEFAULT_TTL, max_size: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl = ttl
        self.max_size = max_size
        self._clock = clock
        self._contexts: OrderedDict[Hashable, tuple[float, Context]] = OrderedDict()

    def get(self, key: Hashable) -> Context | None:
        """The conversation's last answer, if it is recent enough to follow up on."""
        found = self._contexts.get(key)
        if found is None:
            return None
        at, context = found
        if self._clock() - at > self.ttl:
            del self._contexts[key]
            return None
        return context

    def put(self, key: Hashable, context: Context) -> None:
        """Remember the conversation's latest answer."""
        self._contexts[key] = (self._clock(), context)
        self._contexts.move_to_end(key)
        while len(self._contexts) > self.max_size:
            self._contexts.popitem(last=False)

    def __len__(self) -> int:
        return len(self._contexts)

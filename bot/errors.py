"""The bot's exceptions, one hierarchy for every module:

    BotError                 base class; never shown to a user as a traceback
    ├── SettingsError        a setting is missing or malformed (names the variable)
    ├── FactBaseError        the fact base failed validation (carries every Problem)
    └── StorageError         the SQLite database cannot be opened or migrated
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["BotError", "FactBaseError", "Problem", "SettingsError", "StorageError"]


class BotError(Exception):
    """Base class of every error the bot raises on purpose."""


class SettingsError(BotError):
    """A setting is missing or malformed; the message names the variable."""


class StorageError(BotError):
    """The database cannot be opened, read or migrated."""


@dataclass(frozen=True, order=True)
class Problem:
    """One validation error (or warning) in the fact base, printed as `file:line: message`."""

    file: str
    line: int  # 1-based; 0 when the problem is the file (or folder) as a whole
    message: str
    warning: bool = False  # printed as `file:line: warning: message`; `check --strict` fails on it

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line > 0 else self.file
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


class FactBaseError(BotError):
    """The fact base is invalid; `problems` lists every error found, in file order.

    `warnings` holds what `check` would also have warned about, so that it can be shown too.
    """

    def __init__(self, problems: list[Problem], warnings: list[Problem] | None = None) -> None:
        self.problems = sorted(problems)
        self.warnings = sorted(warnings or [])
        count = len(self.problems)
        first = str(self.problems[0]) if self.problems else "no details"
        more = f" (and {count - 1} more)" if count > 1 else ""
        super().__init__(f"{first}{more}")

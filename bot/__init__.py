"""A Telegram bot that answers questions about the CIS Council of Heads of
Government (Bishkek, 26 October 2023) with verbatim, sourced quotes."""

from __future__ import annotations

__all__ = ["__version__"]

__version__ = "0.1.0"

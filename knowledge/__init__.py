"""The shipped fact base: curated YAML files and the source texts they quote.

Nothing here is code a curator needs to touch; this module only tells the bot
where the shipped files are, so that `KNOWLEDGE_DIR` can default to them even
after a plain (non-editable) `pip install .`.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_DIR"]

DEFAULT_DIR: Path = Path(__file__).resolve().parent

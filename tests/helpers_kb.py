"""Build small fact bases in a temporary folder for loader and matcher tests."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

from knowledge import DEFAULT_DIR

__all__ = ["copy_shipped", "write_kb"]

SOURCE_TEXT = "Alice Example said: “We signed the bridge treaty.” The meeting was in Bishkek.\n"

VALID = """\
meeting:
  id: m1
  title: Test Council
  date: 2023-10-26
  place: Bishkek, Kyrgyzstan

sources:
  - id: src
    publisher: Test Times
    title: A test report
    url: https://example.org/report
    published: 2023-10-27
    text: sources/src.txt

speakers:
  - id: alice
    name: Alice Example
    role: Prime Minister
    country: Armenia
    attended: true
    quote: "Alice Example said:"
    source: src
    added: 2023-10-27

statements:
  - id: alice-bridge
    speaker: alice
    quote: "We signed the bridge treaty."
    source: src
    added: 2023-10-27T10:00:00+06:00

agreements:
  - id: bridge-treaty
    title: Bridge treaty
    quote: "We signed the bridge treaty."
    source: src
    added: 2023-10-27
"""


def write_kb(folder: Path, files: dict[str, str], text: str = SOURCE_TEXT) -> Path:
    """Write YAML files (dedented) and the source text into `folder`; return it."""
    (folder / "sources").mkdir(parents=True, exist_ok=True)
    (folder / "sources" / "src.txt").write_text(text, encoding="utf-8")
    for name, content in files.items():
        (folder / name).write_text(textwrap.dedent(content), encoding="utf-8")
    return folder


def copy_shipped(folder: Path) -> Path:
    """Copy the shipped fact base into `folder` (to edit it in a test)."""
    shutil.copytree(DEFAULT_DIR, folder, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return folder

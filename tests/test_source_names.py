"""The source's own shape, checked where no linter looks (no Telegram, no fact base).

A module-level name bound twice is a silent bug in a rule chain like this one: the second pattern or word
set replaces the first for every function of the module, including those written against the first
("_AFTER_BISHKEK_RE" defined twice in bot/intents/reading.py turned "where is the session after this
one" into no answer). A name may be bound again only to extend itself (`WORDS = WORDS | {...}`).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*ROOT.joinpath("bot").rglob("*.py"), *ROOT.joinpath("handlers").rglob("*.py")])


def rebound_names(source: str) -> list[tuple[str, int, int]]:
    """The module-level names bound twice, each with both lines, where the later binding does not read
    the name it rebinds."""
    first: dict[str, int] = {}
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        read = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
        for target in targets:
            if not isinstance(target, ast.Name):
                continue
            if target.id in first and target.id not in read:
                found.append((target.id, first[target.id], node.lineno))
            first.setdefault(target.id, node.lineno)
    return found


def test_a_name_bound_again_without_reading_itself_is_found() -> None:
    source = 'A = 1\nB = {1}\nB = B | {2}\nA = 2\n'
    assert rebound_names(source) == [("A", 1, 4)]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_name_twice(path: Path) -> None:
    rebound = rebound_names(path.read_text(encoding="utf-8"))
    assert not rebound, "; ".join(f"{path.relative_to(ROOT)}: {name} bound on line {a} and again on line {b}"
                                  for name, a, b in rebound)

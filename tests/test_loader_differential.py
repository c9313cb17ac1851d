"""The tree built from libyaml's events reads every text exactly as the generic path reads it.

`bot.safeyaml.parse_yaml(text, _Loader, _build_tree)` (the fast path the
loader uses) and `parse_yaml(text, _Loader)` (compose the nodes, measure
them, construct them: what the loader did before) are fed the same texts:
hand-written edge cases, nesting at the depth limit, and a few thousand
texts built and mutated by a seeded random generator. They must give the
same values and types, the same line numbers (`line`, `key_lines`,
`duplicates`) and the same errors (type and message). The one accepted
difference: of a document nested too deep, the fast path names the first
value past the limit in reading order; the generic path names another one.

Whole fact bases are compared too: `load_factbase` with the fast path and
with every file left to the generic path must report the same problems.
"""

from __future__ import annotations

import gc
import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot import loader as loader_module
from bot.errors import FactBaseError
from bot.loader import _build_tree, _LineDict, _Loader, load_factbase
from bot.matcher import Matcher
from bot.safeyaml import MAX_DEPTH, NotATree, UnsafeInput, parse_yaml
from tests.helpers_kb import VALID, write_kb

TOO_DEEP = f"refused: lists and mappings nested more than {MAX_DEPTH} levels deep"


def _shape(value: Any) -> Any:
    """Everything a reader of the value can see: types, values, order and every line."""
    if isinstance(value, _LineDict):
        items = tuple((key, value.key_lines[key], _shape(item)) for key, item in value.items())
        return ("mapping", value.line, items, tuple(value.duplicates))
    if isinstance(value, dict):
        return ("dict", tuple((_shape(k), _shape(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(_shape(item) for item in value))
    if isinstance(value, (set, frozenset)):
        return ("set", tuple(sorted(map(repr, value))))
    return (type(value).__name__, repr(value))


def _outcome(text: str, build: Any) -> tuple[Any, ...]:
    try:
        return ("value", _shape(parse_yaml(text, _Loader, build)))
    except UnsafeInput as exc:
        return ("refused", exc.line, exc.message)
    except Exception as exc:  # noqa: BLE001 - the type and message are what is compared
        return ("error", type(exc).__name__, str(exc))


def _assert_same(text: str) -> None:
    fast, generic = _outcome(text, _build_tree), _outcome(text, None)
    if fast[:1] == generic[:1] == ("refused",) and fast[2] == generic[2] == TOO_DEEP:
        return  # the accepted difference: which of the values past the limit is named
    assert fast == generic, f"the two paths read {text!r} differently"


# -- hand-written edge cases --------------------------------------------------------------------

def _nested(levels: int, style: str, tail: str = "") -> str:
    """`levels` lists/mappings nested in one `style`, holding a scalar, then `tail`."""
    if style == "flow-seq":
        return "[" * levels + "x" + "]" * levels + "\n" + tail
    if style == "flow-map":
        return "{a: " * levels + "x" + "}" * levels + "\n" + tail
    if style == "block-map":
        return "".join(f"{'  ' * i}k{i}:\n" for i in range(levels)) + "  " * levels + "leaf\n" + tail
    if style == "block-seq":
        return "".join(f"{'  ' * i}-\n" for i in range(levels)) + "  " * levels + "leaf\n" + tail
    assert style == "mixed"
    return "".join(f"{'  ' * i}{'- ' if i % 2 else 'k: '}\n" for i in range(levels)) + "  " * levels + "x\n" + tail


EDGE_CASES = [
    "", " ", "\n", "\n\n\n", "# only a comment\n", "#\n# two\n", "---", "---\n", "--- \n...\n", "...\n",
    "---\n...\n---\n", "--- # c\na: 1\n...\n", "---\na: 1\n", "a: 1\n...\n", "a: 1\n...\n# after\n",
    "a: 1\n---\n", "a: 1\n---\nb: 2\n", "---\n---\n", "%YAML 1.1\n---\na: 1\n", "%TAG !e! tag:e.org,2000:\n---\na: 1\n",
    "%YAML 1.1\na: 1\n", "a: 1\n--- !!str\n", "just text\n", "42\n", "- a\n- b\n", "[a, b]\n", "{a: b}\n",
    "a:\n", "a: ~\n", "a: null\n", "a: Null\n", "a: ''\n", 'a: ""\n', "a: -\n", "a:\n  -\n  -\n",
    "? a\n", "? a\n: b\n", "? [a, b]\n: c\n", "? {a: 1}\n: c\n? {a: 1}\n: d\n", "? - a\n  - b\n: c\n",
    "[a, b]: c\n", "{a: 1}: c\n", "? |\n  block\n: v\n", ": v\n", "{: v}\n", "{a, b: c}\n", "[a: b, c]\n",
    "a: yes\nb: No\nc: off\nd: TRUE\ne: y\n", "yes: 1\nTrue: 2\n1: a\n1.0: b\n0x1F: c\n~: d\nnull: e\n",
    "2023-10-26: a\n2023-10-26: b\n", "a: 2023-10-26\nb: 2023-10-26T10:00:00+06:00\nc: 2023-1-2\n",
    "a: 1_000\nb: 0o17\nc: 017\nd: 0b101\ne: -0x1F\nf: 1:20\ng: +1\nh: -0\n",
    "a: 1.5\nb: .inf\nc: -.Inf\nd: .NaN\ne: 1e3\nf: 1.0e+3\ng: 6.8523015e+5\nh: 190:20:30.15\ni: .5\n",
    "a: '42'\nb: \"42\"\nc: ! 42\nd: ! '42'\ne: ! [1]\nf: ! {g: 1}\n",
    "a: |\n  one\n  two\n", "a: >\n  one\n  two\n\n  three\n", "a: |-\n  x\n", "a: >+\n  x\n\n", "a: |2\n   x\n",
    "a: |\n  x\nb: >\n  y\nc: z\n", "a: 'it''s'\nb: \"tab\\tnew\\nline \\u00e9 \\x41\"\n", "a: \"multi\n  line\"\n",
    "a: plain\n  continued\n  lines\nb: 1\n", "a:\tb\n", "a: b\t# c\n", "\ta: b\n", "a:\n\t- b\n", "- a\t\n",
    "\ufeffa: 1\n", "\ufeff", "\ufeff---\na: 1\n", "a: \ufeff1\n", "a: 1\r\nb: 2\r\n", "a: 1\rb: 2\r",
    "x: 1\nx: 2\nx: 3\n", "a:\n  x: 1\n  x: 2\nb:\n  - y: 1\n    y: 2\n", "{x: 1, x: 2}\n", "1: a\n'1': b\n",
    "a: " + "x" * 20000 + "\n", "a: \"" + "y" * 20000 + "\"\n", "[" + ", ".join(map(str, range(3000))) + "]\n",
    "a: 'a * b'\nb: \"<<\"\nc: '&x *y'\n", "a: \"*x\"\n", "a: b # *c\n", "'<<': 1\n", "a: [<<]\n",
    "a: &x 1\n", "a: &x [1, 2]\nb: &y {c: d}\n", "&top\na: 1\n", "a: !!str 1\n", "a: !!int '7'\n",
    "a: !!float 1\n", "a: !!bool yes\n", "a: !!null ''\n", "a: !!binary aGVsbG8=\n", "a: !!timestamp 2023-10-26\n",
    "a: !!set {x, y}\n", "a: !!omap [x: 1, y: 2]\n", "a: !!pairs [x: 1, x: 2]\n", "a: !!seq [1]\n", "!!map {a: 1}\n",
    "a: !!python/object:os.system x\n", "a: !!python/name:os.system\n", "!!python/object/apply:os.system [ls]\n",
    "a: !foo x\n", "a: !foo [x]\n", "!foo\n", "a: !<tag:yaml.org,2002:str> 1\n", "a: !e!x 1\n",
    "a: =\n", "= : 1\n", "a: [=]\n", "a: 0b_\n", "a: 0x_\n", "a: ._\n", "a: -0b_\n", "a: +._\n",
    "a: [1, 2\n", "a: {b: 1\n", "a: ]\n", "a: }\n", "a: b: c\n", "a:\n- b\n c\n", "- a\nb: c\n", "a: 'x\n",
    "a: \"x\n", "a: \"\\q\"\n", "@x\n", "`x\n", "a: |\n x\n  y\n z\n", "a: 1\n---\nb: [\n", "a: 1\n...\n]\n",
    "a: 1\n...\n--- [\n", "a: [1,\n---\n", "a: &x\n", "a: !\n", "a: &\n", "a: !!\n", "* x\n", "a: *x\n",
    "a: 1\n b: 2\n", "a:\n  b: 1\n c: 2\n", "- - - a\n", "- {a: [b, {c: d}]}\n", "[[[]]]\n", "{{}}\n",
    "a: 1\n---\nb: 2\n---\nc: [\n", "%FOO bar\n---\na: 1\n", "%YAML 1.1\n%YAML 1.1\n---\n", "a: \x00\n", "a: \x07\n",
    "a: =\nb: [\n", "a: 0b_\nb: [\n", "a: =\n---\nb: 1\n", "a: ._\n--- [\n", "a: =\nb: !!str x\n",
    "a: =\nb: &x 1\n", "a: 0x_\nb: =\n", "a: =\nb: 0x_\n", "x: 1\nx: 0b_\n", "x: 1\nx: =\n", "{x: 1, x: =}\n",
    "a: 1\n...\n...\n", "...\n...\n", "---\n...\n...\n---\n", "# c\n---\n# c\n...\n# c\n", "--- |\n  text\n",
    "--- a: 1\n", "a: 1 # c\n# c\nb: 2\n", "- a # c\n  # c\n- b\n", "a: [\n  1,\n  2,\n]\nb: {\n  c: d,\n}\n",
]
for _levels in (MAX_DEPTH - 1, MAX_DEPTH, MAX_DEPTH + 1, MAX_DEPTH + 2, 3 * MAX_DEPTH):
    for _style in ("flow-seq", "flow-map", "block-map", "block-seq", "mixed"):
        for _tail in ("", "z: [\n", "---\nb: 1\n", "...\n]\n", "z: =\n", "z: &a 1\n", "z: !!str 1\n"):
            EDGE_CASES.append(_nested(_levels, _style, _tail))
        EDGE_CASES.append("z: =\n" + _nested(_levels, _style))
        EDGE_CASES.append("top:\n" + "".join("  " + line + "\n" for line in _nested(_levels, _style).splitlines()))
EDGE_CASES.append("[" * 2000 + "]" * 2000 + "\n")
EDGE_CASES.append("".join(f"{' ' * i}-\n" for i in range(1200)))


@pytest.mark.parametrize("text", EDGE_CASES, ids=range(len(EDGE_CASES)))
def test_an_edge_case_reads_the_same_both_ways(text: str) -> None:
    _assert_same(text)


# -- generated texts ----------------------------------------------------------------------------

_SCALARS = [
    "a", "text with words", "42", "-7", "0x1F", "017", "0o7", "1_000", "1.5", ".inf", "-.inf", ".nan", "1e3",
    "yes", "No", "on", "off", "true", "~", "null", "", "2023-10-26", "2023-10-26T10:00:00+06:00", "12:30",
    "'quoted'", '"double"', "'42'", '"yes"', "''", '""', "'it''s'", '"a\\tb"', "=", "0b_", "._", "ёлка",
    "'a * b'", '"<<"', "! 12", "! text", "http://x.org/a?b=c#d", "a #not a comment", "-", "- x", "a: b",
]
_KEYS = ["a", "b", "id", "x", "1", "2.5", "yes", "~", "'a'", '"b"', "2023-10-26", "'1'", "true", "null", ""]
_MUTATIONS = list(":-[]{}\"'#&!*|>?,%@`=\t\n ") + ["---\n", "...\n", "\n  ", "!!str ", "&a ", "? ", "\ufeff"]


def _flow(rng: random.Random, depth: int) -> str:
    if depth <= 0 or rng.random() < 0.4:
        return rng.choice([s for s in _SCALARS if s[:1] not in "-!" and ": " not in s and "#" not in s])
    items = [_flow(rng, depth - 1) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.5:
        return "[" + ", ".join(items) + "]"
    return "{" + ", ".join(f"{rng.choice(_KEYS)}: {item}" for item in items) + "}"


def _block(rng: random.Random, indent: int, depth: int) -> list[str]:
    """Lines of a block mapping or list at `indent`."""
    pad = " " * indent
    lines: list[str] = []
    as_list = rng.random() < 0.35
    for _ in range(rng.randint(1, 4)):
        head = f"{pad}- " if as_list else f"{pad}{rng.choice(_KEYS)}:"
        roll = rng.random()
        if depth > 0 and roll < 0.3:
            if as_list:
                lines.append(f"{pad}-")
            else:
                lines.append(head)
            lines.extend(_block(rng, indent + 2, depth - 1))
        elif roll < 0.45:
            lines.append(f"{head} {_flow(rng, 2)}")
        elif roll < 0.55:
            lines.append(f"{head} {rng.choice('|>')}{rng.choice(['', '-', '+'])}")
            lines.extend(f"{pad}  {rng.choice(_SCALARS) or 'x'}" for _ in range(rng.randint(1, 3)))
        elif roll < 0.6:
            lines.append(f"{pad}? {_flow(rng, 1)}")
            lines.append(f"{pad}: {rng.choice(_SCALARS)}")
        elif roll < 0.65:
            lines.append(f"{pad}# a comment")
        else:
            value = rng.choice(_SCALARS)
            lines.append(f"{head} {value}" if value else head)
    return lines


def _generated(seed: int) -> str:
    rng = random.Random(seed)
    text = "\n".join(_block(rng, 0, 3)) + "\n"
    if rng.random() < 0.15:
        text = rng.choice(["---\n", "--- # c\n", "%YAML 1.1\n---\n", "\ufeff"]) + text
    if rng.random() < 0.1:
        text += rng.choice(["...\n", "---\n", "---\nb: 1\n", "...\n---\n", "# end\n"])
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):  # a curator's slip
        at = rng.randrange(len(text) + 1)
        if rng.random() < 0.3 and text:
            text = text[:at] + text[at + 1:]
        else:
            text = text[:at] + rng.choice(_MUTATIONS) + text[at:]
    return text


def test_thousands_of_generated_texts_read_the_same_both_ways() -> None:
    texts = [_generated(seed) for seed in range(3000)]
    kinds = {"value": 0, "refused": 0, "error": 0}
    for text in texts:
        _assert_same(text)
        kinds[_outcome(text, None)[0]] += 1
    assert kinds["value"] > 1000 and kinds["error"] > 300, kinds  # both reading and failing are exercised


# -- the refusals that differ only in the line named ---------------------------------------------

@pytest.mark.parametrize("style", ["flow-seq", "flow-map", "block-map", "block-seq", "mixed"])
def test_nesting_is_accepted_to_the_limit_and_refused_past_it_in_every_style(style: str) -> None:
    assert _outcome(_nested(MAX_DEPTH - 1, style), _build_tree)[0] == "value"  # the scalar is at the limit
    refused = _outcome(_nested(MAX_DEPTH, style), _build_tree)
    assert refused[0] == "refused" and refused[2] == TOO_DEEP


def test_a_syntax_error_after_a_value_nested_too_deep_is_the_error_reported() -> None:
    text = _nested(MAX_DEPTH + 1, "flow-seq", "z: [\n")
    assert _outcome(text, _build_tree) == _outcome(text, None)
    assert _outcome(text, _build_tree)[:2] == ("error", "ParserError")


def test_a_value_no_constructor_takes_does_not_hide_a_later_syntax_error_or_second_document() -> None:
    for text in ("a: =\nb: [\n", "a: 0b_\nb: {\n", "a: =\n---\nb: 1\n", "z: =\n" + _nested(MAX_DEPTH + 1, "block-map")):
        assert _outcome(text, _build_tree) == _outcome(text, None), text


# -- whole fact bases ---------------------------------------------------------------------------

def _never_a_tree(loader: yaml.SafeLoader) -> Any:
    raise NotATree


BROKEN = {
    "syntax error after a bad value": {"b.yaml": "sources:\n  - id: s2\n    title: =\n    url: [\n"},
    "bad value then second document": {"b.yaml": "speakers:\n  - id: =\n---\nstatements: []\n"},
    "deep then syntax error": {"b.yaml": "agreements:\n  - id: x\n    topics: " + "[" * 70 + "]" * 70 + "\n  - [\n"},
    "duplicates in entries": {"b.yaml": VALID.replace("    url: https://example.org/report\n",
                                                      "    url: https://example.org/report\n    url: x\n")},
    "typed keys and values": {"b.yaml": "statements:\n  - id: 12\n    1.5: x\n    yes: ~\n    added: 2023-13-45\n"},
    "tag and anchor": {"b.yaml": "statements:\n  - &e {id: z, quote: !!str 5}\n"},
}


@pytest.mark.parametrize("files", BROKEN.values(), ids=BROKEN.keys())
def test_a_broken_fact_base_reports_the_same_problems_both_ways(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, str]) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID, **files})

    def problems(build: Callable[[yaml.SafeLoader], Any]) -> list[str]:
        monkeypatch.setattr(loader_module, "_build_tree", build)
        with pytest.raises(FactBaseError) as info:
            load_factbase(folder, lint=True)
        return [str(problem) for problem in info.value.problems]

    assert problems(_build_tree) == problems(_never_a_tree)


@pytest.mark.parametrize(("value", "problem"), [
    ("0x_", "'0x_' cannot be read as int (quote it if it is text)"),
    ("-0b_", "'-0b_' cannot be read as int (quote it if it is text)"),
    ("!!int twelve", "'twelve' cannot be read as int (quote it if it is text)"),
    ("!!bool maybe", "'maybe' cannot be read as bool (quote it if it is text)"),
    ("!!timestamp 2023-02-30", "'2023-02-30' cannot be read as timestamp (quote it if it is text)"),
    ("[a, {b: !!float x}]", "'x' cannot be read as float (quote it if it is text)"),
    ("!!map [a]", "this list cannot be read as map"),
])
def test_a_value_its_constructor_cannot_read_is_a_problem_with_its_line_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, problem: str) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID, "b.yaml": f"# notes\nstatements:\n  - id: {value}\n"})
    for build in (_build_tree, _never_a_tree):
        monkeypatch.setattr(loader_module, "_build_tree", build)
        with pytest.raises(FactBaseError) as info:
            load_factbase(folder)
        assert [str(p) for p in info.value.problems] == [f"{folder / 'b.yaml'}:3: YAML syntax error: {problem}"]


# -- the cycle collector ------------------------------------------------------------------------

def test_the_cycle_collector_waits_for_the_last_of_two_overlapping_loads_even_when_one_fails(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken base starts loading first and fails first, while a good one is still loading."""
    bad = write_kb(tmp_path / "bad", {"a.yaml": "x: [\n"})
    good = write_kb(tmp_path / "good", {"a.yaml": VALID})
    read = loader_module.read_yaml_file
    bad_inside, good_inside, bad_done = threading.Event(), threading.Event(), threading.Event()
    paused: dict[str, bool] = {}

    def read_in_turn(path: Path, *args: Any) -> Any:
        if path.parent == bad:
            bad_inside.set()
            assert good_inside.wait(30)  # both loads are under way
        else:
            good_inside.set()
            paused["both loading"] = not gc.isenabled()
            assert bad_done.wait(30)  # the first one has ended, in an error
            paused["after the first ended"] = not gc.isenabled()
        return read(path, *args)

    monkeypatch.setattr(loader_module, "read_yaml_file", read_in_turn)
    outcomes: dict[str, str] = {}

    def load(folder: Path) -> None:
        try:
            load_factbase(folder)
            outcomes[folder.name] = "loaded"
        except FactBaseError:
            outcomes[folder.name] = "refused"
        finally:
            if folder == bad:
                bad_done.set()

    assert gc.isenabled()
    first = threading.Thread(target=load, args=(bad,))
    second = threading.Thread(target=load, args=(good,))
    first.start()
    assert bad_inside.wait(30)
    second.start()
    first.join(60)
    second.join(60)
    assert outcomes == {"bad": "refused", "good": "loaded"}
    assert paused == {"both loading": True, "after the first ended": True}
    assert gc.isenabled()  # running again once the last one ended

    with pytest.raises(AttributeError):
        Matcher(None)  # type: ignore[arg-type]  # a build that fails part way
    assert gc.isenabled()

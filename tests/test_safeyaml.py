"""Hostile fact bases: alias bombs, deep nesting, huge files, files outside the folder.

Each case must end in a clear `file:line: message` (through `load_factbase`, as
`check` and the reload see it), quickly and without reading what it must not.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot import safeyaml
from bot.errors import FactBaseError
from bot.loader import load_factbase
from tests.helpers_kb import VALID, write_kb

ROOT = Path(__file__).resolve().parent.parent


def problems(folder: Path) -> list[str]:
    with pytest.raises(FactBaseError) as info:
        load_factbase(folder)
    return [str(p) for p in info.value.problems]


def _alias_bomb(levels: int = 9) -> str:
    lines = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in range(1, levels):
        aliases = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"l{level}: &l{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_before_it_is_expanded(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID, "bomb.yaml": _alias_bomb()})
    found = problems(folder)
    assert len(found) == 1 and "bomb.yaml:" in found[0] and "aliases" in found[0]


def test_an_alias_bomb_used_as_topics_gives_a_short_message(tmp_path: Path) -> None:
    text = VALID.replace("  - id: alice-bridge\n", "  - id: alice-bridge\n    topics: *l8\n")
    folder = write_kb(tmp_path, {"a.yaml": _alias_bomb() + text})
    found = problems(folder)
    assert any("aliases" in p for p in found)
    assert all(len(p) < 500 for p in found)


def test_modest_aliases_still_work(tmp_path: Path) -> None:
    text = VALID.replace("    speaker: alice\n", "    speaker: alice\n    topics: &t [bridge, treaty]\n")
    text = text.replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    topics: *t\n")
    factbase = load_factbase(write_kb(tmp_path, {"a.yaml": text}))
    assert factbase.agreements["bridge-treaty"].topics == ("bridge", "treaty")


def test_very_deep_nesting_is_a_clear_error(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID, "deep.yaml": "x: " + "[" * 100_000 + "]" * 100_000 + "\n"})
    found = problems(folder)
    assert len(found) == 1 and "deep.yaml:" in found[0] and "nested" in found[0]


def test_nesting_past_the_limit_is_refused(tmp_path: Path) -> None:
    depth = safeyaml.MAX_DEPTH + 5
    folder = write_kb(tmp_path, {"a.yaml": VALID, "deep.yaml": "x: " + "[" * depth + "]" * depth + "\n"})
    [found] = problems(folder)
    assert "deep.yaml:1:" in found and f"{safeyaml.MAX_DEPTH}" in found


def test_a_file_over_the_size_cap_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID})
    with (folder / "big.yaml").open("wb") as handle:
        handle.truncate(safeyaml.MAX_FILE_BYTES + 1)  # sparse: costs no disk
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file over the cap"))
    [found] = problems(folder)
    assert "big.yaml" in found and "5 MB" in found


def test_a_yaml_symlink_to_a_file_outside_the_folder_is_refused_unread(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    folder = write_kb(tmp_path / "kb", {"a.yaml": VALID})
    (folder / "passwd.yaml").symlink_to(outside)
    [found] = problems(folder)
    assert "passwd.yaml" in found and "outside the fact base folder" in found
    assert "/bin/bash" not in found


def test_a_yaml_symlink_inside_the_folder_is_read(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"real.txt": VALID})
    (folder / "a.yaml").symlink_to(folder / "real.txt")
    assert load_factbase(folder).meeting is not None


def test_a_fifo_named_yaml_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID})
    os.mkfifo(folder / "pipe.yaml")
    [found] = problems(folder)
    assert "pipe.yaml" in found and "not a regular file" in found


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_symlink_to_dev_zero_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID})
    (folder / "zero.yaml").symlink_to("/dev/zero")
    [found] = problems(folder)
    assert "zero.yaml" in found


@pytest.mark.parametrize("text_path", ["/etc/hostname", "../outside.txt", "sources/../../outside.txt"])
def test_a_source_text_outside_the_folder_is_refused(tmp_path: Path, text_path: str) -> None:
    (tmp_path / "outside.txt").write_text("We signed the bridge treaty. Alice Example said:", encoding="utf-8")
    folder = write_kb(tmp_path / "kb", {"a.yaml": VALID.replace("text: sources/src.txt", f"text: {text_path}")})
    found = problems(folder)
    assert any("a.yaml:13:" in p and "inside the fact base folder" in p for p in found), found


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_source_text_that_is_a_device_is_refused(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID})
    (folder / "sources" / "src.txt").unlink()
    (folder / "sources" / "src.txt").symlink_to("/dev/zero")
    found = problems(folder)
    assert any("a.yaml:13:" in p and "src.txt" in p for p in found), found


def test_a_huge_value_is_quoted_as_a_short_excerpt(tmp_path: Path) -> None:
    text = VALID.replace("    attended: true\n", "    attended: [" + ", ".join(["word"] * 5000) + "]\n")
    found = problems(write_kb(tmp_path, {"a.yaml": text}))
    [attended] = [p.split("a.yaml:", 1)[1] for p in found if "attended" in p]
    assert len(attended) < 200 and "..." in attended and attended.startswith("20: speakers entry 'alice'")


def test_check_reports_a_hostile_fact_base_in_one_line_each(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"a.yaml": VALID, "deep.yaml": "x: " + "[" * 50_000 + "\n"})
    os.mkfifo(folder / "pipe.yaml")
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--dir", str(folder)], capture_output=True, text=True,
        cwd=ROOT, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if ": warning: " not in line]
    assert len(lines) == 3 and lines[-1] == "fact base invalid: 2 errors", lines


TYPED = """\
plain: text
number: 42
truth: yes
nothing: ~
ratio: 1.5
quoted: "42"
tagged: !!str 7
day: 2023-10-26
items: [a, 1, {k: v}]
pairs: !!set {a, b}
nested: {m: {n: [o, {p: q}]}}
twice: one
twice: two
"""


def test_the_tree_built_from_events_holds_every_value_the_generic_construction_gives() -> None:
    from bot.loader import _build_tree, _Loader

    fast = safeyaml.parse_yaml(TYPED, _Loader, _build_tree)
    generic = safeyaml.parse_yaml(TYPED, _Loader)
    assert fast == generic
    assert fast["number"] == 42 and fast["truth"] is True and fast["day"] == "2023-10-26"
    assert fast["pairs"] == {"a", "b"} and fast["twice"] == "one"
    assert fast.duplicates == generic.duplicates == [("twice", 13, 12)]
    assert fast["nested"]["m"].key_lines == generic["nested"]["m"].key_lines


@pytest.mark.parametrize("text", [
    "a: {<<: {x: 1}, y: 2}\n",  # a merge key
    "a: &x 1\nb: 2\n",  # an anchor nothing uses
    "a: !!str 1\nb: [c]\n",  # an explicit tag
    "? [a, b]\n: c\n",  # a key that is a list
    "",  # no document
    "a: 1\n---\nb: 2\n",  # two documents: the generic path's error
    "a: [1, 2\n",  # a syntax error
    "---\n",  # an empty document
    "just text\n",  # a scalar document
    "- a\n- [b, {c: d}]\n",  # a list document
    "? [a,\n   b]\n: c\nd:\n  e: f\n",  # a key spanning lines, line numbers compared
])
def test_what_the_tree_builder_leaves_reads_as_the_generic_path_reads_it(text: str) -> None:
    from bot.loader import _build_tree, _Loader

    def read(*build: object) -> object:
        try:
            return safeyaml.parse_yaml(text, _Loader, *build)  # type: ignore[arg-type]
        except yaml.YAMLError as exc:
            return str(exc)

    assert read(_build_tree) == read()
    assert _lines(read(_build_tree)) == _lines(read())


def _lines(value: object) -> object:
    """Every mapping's line and key lines, nested as the values are."""
    from bot.loader import _LineDict

    if isinstance(value, _LineDict):
        return (value.line, value.key_lines, {k: _lines(v) for k, v in value.items()})
    if isinstance(value, list):
        return [_lines(v) for v in value]
    return None


def test_mappings_nested_past_the_limit_are_refused_with_their_line(tmp_path: Path) -> None:
    depth = safeyaml.MAX_DEPTH + 1
    text = "".join(f"{'  ' * level}k{level}:\n" for level in range(depth)) + f"{'  ' * depth}leaf\n"
    [found] = problems(write_kb(tmp_path, {"a.yaml": VALID, "deep.yaml": text}))
    # the first value past the limit is the key on line 64 ("k63"): keys stand one level below their mapping
    assert f"deep.yaml:{depth - 1}:" in found and "nested more than" in found


def test_the_garbage_collector_runs_again_after_a_load_that_failed(tmp_path: Path) -> None:
    import gc

    problems(write_kb(tmp_path, {"a.yaml": "x: [\n"}))
    assert gc.isenabled()


@pytest.mark.parametrize("value", ["", "text", "42", "-1", "0x1F", "1.5", ".inf", "yes", "No", "off", "~",
                                   "null", "2023-10-26", "<<", "=", "1_000", "+.5", "ёлка"])
def test_the_loader_resolves_every_plain_value_as_pyyaml_does_except_dates(value: str) -> None:
    from bot.loader import _Loader

    expected = yaml.SafeLoader.resolve(_Loader(""), yaml.ScalarNode, value, (True, False))
    if expected == "tag:yaml.org,2002:timestamp":
        expected = "tag:yaml.org,2002:str"  # dates stay text: the loader reads them with a line
    assert _Loader("").resolve(yaml.ScalarNode, value, (True, False)) == expected
    assert _Loader("").resolve(yaml.ScalarNode, value, (False, True)) == "tag:yaml.org,2002:str"

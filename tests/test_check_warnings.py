"""`check` warns about what an audit of the shipped base found by hand; `--strict` fails on it.

Each kind of defect is planted in a small fact base and must come back as
`file:line: warning: ...` pointing at the line of the defect.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.factlint import attribution_problems
from bot.loader import load_factbase
from tests.helpers_kb import VALID, write_kb
from tests.test_cli import run

TEXT = ("Alice Example, the Prime Minister, spoke first. Alice Example said: “We signed the bridge treaty.” "
        "“We signed the bridge treaty,” Alice Example said, adding that the tunnel comes next (BelTA). "
        "“Roads matter,” she noted. Bob Sample, the Minister, was there. The treaty was signed in Bishkek.\n")
# VALID without its own defects: a clean sentence naming Alice (not "Alice Example said:"), and an
# agreement quoting its own sentence (not the statement's).
BASE = (VALID.replace('    quote: "Alice Example said:"', '    quote: "Alice Example, the Prime Minister, spoke first."')
        .replace('    quote: "We signed the bridge treaty."\n    source: src\n    added: 2023-10-27\n',
                 '    quote: "The treaty was signed in Bishkek."\n    source: src\n    added: 2023-10-27\n'))
STATEMENT = '    quote: "We signed the bridge treaty."\n'
AGREEMENT = '    quote: "The treaty was signed in Bishkek."\n'

DEFECTS: dict[str, tuple[str, str, str, str]] = {
    # name: (BASE text, its replacement, what the warning says, the line it must point at)
    "begins with said": (STATEMENT, '    quote: "said, adding that the tunnel comes next"\n',
                         "quote begins with attribution words", "said, adding"),
    "X said, lead-in": (STATEMENT, '    quote: "Alice Example said, adding that the tunnel comes next"\n',
                        "quote begins with attribution words", "Alice Example said, adding"),
    "ends with she noted": (STATEMENT, '    quote: "Roads matter,” she noted."\n',
                            "quote ends with attribution words", "she noted"),
    "trailing comma": (STATEMENT, '    quote: "We signed the bridge treaty,"\n', "quote ends with ','",
                       "treaty,"),
    "agency tag": (STATEMENT, '    quote: "the tunnel comes next (BelTA)"\n',
                   "quote carries the agency tag '(BelTA)'", "(BelTA)"),
    "shared quote": (AGREEMENT, STATEMENT, "agreements entry 'bridge-treaty': the same quote as statements "
                     "entry 'alice-bridge'", 'We signed the bridge treaty."'),
    "alias is a country": ("    country: Armenia\n", "    country: Armenia\n    aliases: [Alice, Kyrgyz]\n",
                           "name or alias 'Kyrgyz' is also a country's name", "Kyrgyz"),
    "alias is the meeting's": ("    country: Armenia\n", "    country: Armenia\n    aliases: [Example summit]\n",
                               "name or alias 'Example summit' is also one of the meeting's aliases",
                               "    aliases: [Example summit]"),
    "mixed own words": (STATEMENT, '    quote: "said: “We signed the bridge treaty"\n',
                        "quote mixes the reporter's words with quoted ones", "said: “We signed"),
}

SECOND_SPEAKER = """\
speakers:
  - id: bob
    name: Bob Example
    role: Minister
    country: Belarus
    attended: true
    quote: "Bob Sample, the Minister, was there."
    source: src
    added: 2023-10-27
"""


def _plant(name: str) -> tuple[str, str, str]:
    original, replacement, message, marker = DEFECTS[name]
    assert original in BASE, name
    text = BASE.replace(original, replacement, 1)
    if name == "alias is the meeting's":
        text = text.replace("  place: Bishkek, Kyrgyzstan\n", "  place: Bishkek, Kyrgyzstan\n  aliases: [Example summit]\n")
    return text, message, marker


def test_the_base_fixture_is_clean(tmp_path: Path) -> None:
    assert load_factbase(write_kb(tmp_path, {"facts.yaml": BASE}, text=TEXT), strict=True).warnings == ()


@pytest.mark.parametrize("name", list(DEFECTS))
def test_each_kind_of_defect_is_a_warning_with_file_and_line_and_fails_strict(tmp_path: Path, name: str) -> None:
    text, message, marker = _plant(name)
    folder = write_kb(tmp_path, {"facts.yaml": text}, text=TEXT)
    plain = run("check", "--dir", str(folder))
    assert plain.returncode == 0, plain.stderr  # warnings alone don't fail plain `check`
    warnings = [line for line in plain.stderr.splitlines() if message in line]
    assert warnings, plain.stderr
    assert len(warnings) == 1 and warnings[0].startswith(f"{folder / 'facts.yaml'}:") and ": warning: " in warnings[0]
    line = int(warnings[0][len(str(folder / "facts.yaml")) + 1:].split(":")[0])
    assert marker in text.splitlines()[line - 1]  # the line of the defect
    strict = run("check", "--strict", "--dir", str(folder))
    assert strict.returncode == 1 and "Traceback" not in strict.stderr
    assert any(message in line and ": warning: " not in line for line in strict.stderr.splitlines())
    assert strict.stderr.splitlines()[-1].startswith("fact base invalid:")


def test_a_name_shared_by_two_speakers_names_both(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"facts.yaml": BASE, "more.yaml": SECOND_SPEAKER}, text=TEXT)
    warnings = [str(w) for w in load_factbase(folder, lint=True).warnings]
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{folder / 'more.yaml'}:2: warning: speakers entry 'bob': name or alias 'example' "
                                  "is shared with speakers entry 'alice'")


def test_a_todo_left_by_the_drafting_tool_is_a_warning(tmp_path: Path) -> None:
    folder = write_kb(tmp_path, {"facts.yaml": BASE.replace("title: Bridge treaty", "title: TODO")}, text=TEXT)
    (warning,) = load_factbase(folder, lint=True).warnings
    line = BASE.splitlines().index("    title: Bridge treaty") + 1
    assert str(warning) == (f"{folder / 'facts.yaml'}:{line}: warning: agreements entry 'bridge-treaty': "
                            "field 'title' still says TODO")


def test_all_problems_and_warnings_of_all_files_at_once(tmp_path: Path) -> None:
    broken = BASE.replace("    role: Prime Minister\n", "")  # an error in one file
    comma = ('agreements:\n  - id: more\n    title: More\n    quote: "We signed the bridge treaty,"\n'
             '    source: src\n    added: 2023-10-28\n')
    folder = write_kb(tmp_path, {"a.yaml": broken, "b.yaml": comma}, text=TEXT)
    result = run("check", "--dir", str(folder))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any("a.yaml:" in line and "missing required field 'role'" in line for line in lines)
    assert any("b.yaml:" in line and ": warning: " in line and "ends with ','" in line for line in lines)
    assert lines[-1] == "fact base invalid: 1 error"


@pytest.mark.parametrize(("quote", "clean"), [
    ("We signed the bridge treaty.", True),
    ("Smailov said, encouraging his counterparts to intensify work", False),
    ("said Kazakh Prime Minister Alikhan Smailov at an Oct. 26 meeting", False),
    ("This will contribute to the promotion of joint projects,", False),
    ("It will be held in May 2024 (BelTA).", False),
    ("Trans-Caspian International Transport Route (TITR) is significant", True),  # not an agency
    ("Smailov added that the joint development of transit routes matters.", True),  # reported speech
    ("решено провести в Бишкеке\", - сказал Лебедев", False),
    (" ".join(["cooperation"] * 300) + ", the minister SAID.", False),  # a long quote: its end still read
    (" ".join(["cooperation"] * 300) + ", said Smailov.", False),
    ("said " + " ".join(["cooperation"] * 300), False),
    (" ".join(["cooperation"] * 300) + " matters, it was said to them.", True),  # "said" not at the end
])
def test_attribution_rules(quote: str, clean: bool) -> None:
    assert (attribution_problems(quote) == []) is clean

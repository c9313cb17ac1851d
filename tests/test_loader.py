"""The fact base loader: every rule of knowledge-format.md, with broken fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.errors import FactBaseError
from bot.loader import load_factbase
from knowledge import DEFAULT_DIR
from tests.helpers_kb import VALID, write_kb


def problems(folder: Path) -> list[str]:
    with pytest.raises(FactBaseError) as info:
        load_factbase(folder)
    return [str(p) for p in info.value.problems]


def test_shipped_fact_base_loads_with_every_quote_verified() -> None:
    fb = load_factbase(DEFAULT_DIR)
    assert fb.counts() == {"meeting": 1, "sources": 3, "speakers": 12, "statements": 18, "agreements": 4}
    # every entry and the meeting quote cite a source with a local text
    assert fb.quotes_verified == 12 + 18 + 4 + 1
    attended = {s.country for s in fb.speakers.values() if s.attended}
    assert len(attended) == 9
    assert {e.added.date().isoformat() for e in fb.entries() if e.source == "astana-times-2023-10-27"} == {"2023-10-27"}
    assert {e.added.date().isoformat() for e in fb.entries() if e.source != "astana-times-2023-10-27"} == {"2023-10-28"}


def test_valid_fixture_loads(tmp_path: Path) -> None:
    fb = load_factbase(write_kb(tmp_path, {"a.yaml": VALID}))
    assert fb.meeting is not None and fb.meeting.place == "Bishkek, Kyrgyzstan"
    assert fb.statements["alice-bridge"].added.isoformat() == "2023-10-27T10:00:00+06:00"
    assert fb.agreements["bridge-treaty"].added.tzinfo is not None  # a date means midnight UTC


def test_missing_required_field_is_reported_with_line(tmp_path: Path) -> None:
    broken = VALID.replace("    role: Prime Minister\n", "")
    found = problems(write_kb(tmp_path, {"a.yaml": broken}))
    assert len(found) == 1
    assert re.fullmatch(r".*a\.yaml:\d+: speakers entry 'alice' is missing required field 'role'", found[0])
    assert found[0].split(":")[-2].endswith(str(VALID.splitlines().index("  - id: alice") + 1))


def test_unknown_field_and_section_are_errors_with_suggestions(tmp_path: Path) -> None:
    broken = VALID.replace("    quote: \"Alice Example said:\"", "    qoute: \"Alice Example said:\"")
    broken += "\nspeaker:\n  - id: x\n"
    found = "\n".join(problems(write_kb(tmp_path, {"a.yaml": broken})))
    assert "unknown field 'qoute' in speakers entry 'alice' (did you mean 'quote'?)" in found
    assert "unknown section 'speaker' (did you mean 'speakers'?)" in found


def test_duplicate_ids_across_files(tmp_path: Path) -> None:
    second = """\
    agreements:
      - id: alice
        title: Clash
        quote: "We signed the bridge treaty."
        source: src
        added: 2023-10-28
    """
    found = problems(write_kb(tmp_path, {"a.yaml": VALID, "b.yaml": second}))
    assert len(found) == 1
    assert "b.yaml:2: duplicate id 'alice' (first defined at" in found[0]
    assert "a.yaml:" in found[0]


def test_dangling_speaker_and_source_references(tmp_path: Path) -> None:
    broken = VALID.replace("    speaker: alice", "    speaker: alise").replace(
        "    source: src\n    added: 2023-10-27\n", "    source: nowhere\n    added: 2023-10-27\n", 1)
    found = "\n".join(problems(write_kb(tmp_path, {"a.yaml": broken})))
    assert "speaker 'alise' is not a speakers id (did you mean 'alice'?)" in found
    assert "source 'nowhere' is not a sources id" in found


@pytest.mark.parametrize("value", ["2023-13-01", "yesterday", "27.10.2023"])
def test_bad_added_date(tmp_path: Path, value: str) -> None:
    broken = VALID.replace("    added: 2023-10-27T10:00:00+06:00", f"    added: {value}")
    found = problems(write_kb(tmp_path, {"a.yaml": broken}))
    assert len(found) == 1 and f"field 'added' must be a date (YYYY-MM-DD) or an ISO 8601 date-time, not '{value}'" in found[0]


def test_quote_must_be_verbatim_but_typographic_quotes_and_spaces_may_differ(tmp_path: Path) -> None:
    # the source text has curly quotes; the fixture's straight quotes and a line break still match
    fine = VALID.replace('quote: "We signed the bridge treaty."\n    source: src\n    added: 2023-10-27\n',
                         'quote: "We signed   the bridge\\n treaty."\n    source: src\n    added: 2023-10-27\n')
    load_factbase(write_kb(tmp_path / "ok", {"a.yaml": fine}))
    altered = VALID.replace('quote: "We signed the bridge treaty."\n    source: src\n    added: 2023-10-27\n',
                            'quote: "We signed the bridge treaties."\n    source: src\n    added: 2023-10-27\n')
    found = problems(write_kb(tmp_path / "bad", {"a.yaml": altered}))
    assert len(found) == 1
    assert "agreements entry 'bridge-treaty': quote does not appear verbatim in sources/src.txt" in found[0]


def test_missing_source_text_file(tmp_path: Path) -> None:
    broken = VALID.replace("text: sources/src.txt", "text: sources/missing.txt")
    found = problems(write_kb(tmp_path, {"a.yaml": broken}))
    assert any("text file 'sources/missing.txt' not found" in p for p in found)


def test_yaml_syntax_error_and_duplicate_key(tmp_path: Path) -> None:
    found = problems(write_kb(tmp_path, {
        "a.yaml": VALID,
        "b.yaml": "sources:\n  - id: [unclosed\n",
        "c.yaml": "sources:\n  - id: s2\n    id: s3\n",
    }))
    joined = "\n".join(found)
    assert re.search(r"b\.yaml:\d+: YAML syntax error", joined)
    assert "c.yaml:3: YAML syntax error: duplicate key 'id' (first at line 2)" in joined


def test_meeting_defined_twice_and_wrong_types(tmp_path: Path) -> None:
    second = """\
    meeting:
      id: m2
      title: Again
      date: 2023-10-26
      place: Minsk
    speakers:
      - id: bob
        name: Bob
        role: Minister
        country: Armenia
        attended: maybe
        quote: "Alice Example said:"
        source: src
        added: 2023-10-27
    """
    joined = "\n".join(problems(write_kb(tmp_path, {"a.yaml": VALID, "b.yaml": second})))
    assert "b.yaml:1: 'meeting' is already defined in" in joined
    assert "field 'attended' must be true or false, not 'maybe'" in joined


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    broken = (VALID.replace("    role: Prime Minister\n", "")
              .replace("    speaker: alice", "    speaker: nobody")
              .replace("url: https://example.org/report", "url: example.org"))
    assert len(problems(write_kb(tmp_path, {"a.yaml": broken}))) == 3


def test_missing_folder_and_empty_folder(tmp_path: Path) -> None:
    assert "fact base folder not found" in problems(tmp_path / "nope")[0]
    assert "no *.yaml files" in problems(tmp_path)[0]

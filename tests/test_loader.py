"""The fact base loader: every rule of knowledge-format.md, with broken fixtures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.errors import FactBaseError
from bot.loader import item_number, load_factbase, split_source_text
from knowledge import DEFAULT_DIR
from tests.helpers_kb import VALID, write_kb


def problems(folder: Path) -> list[str]:
    with pytest.raises(FactBaseError) as info:
        load_factbase(folder)
    return [str(p) for p in info.value.problems]


def test_shipped_fact_base_loads_with_every_quote_verified() -> None:
    fb = load_factbase(DEFAULT_DIR, strict=True)  # no warnings either
    assert fb.counts() == {"meeting": 1, "sources": 9, "speakers": 13, "statements": 31, "agreements": 30}
    # every entry and the meeting quote cite a source with a local text
    assert all(source.text for source in fb.sources.values())
    assert fb.quotes_verified == 13 + 31 + 30 + 1
    attended = {s.country for s in fb.speakers.values() if s.attended}
    assert len(attended) == 9
    added = {Path(e.file).name: set() for e in fb.entries()}
    for e in fb.entries():
        added[Path(e.file).name].add(e.added.date().isoformat())
    assert added == {"astana-times-2023-10-27.yaml": {"2023-10-27"}, "follow-up-2023-10-28.yaml": {"2023-10-28"},
                     "second-update-2026-12-01.yaml": {"2026-12-01"}, "third-update-2026-12-01.yaml": {"2026-12-01"},
                     "fourth-update-2026-12-02.yaml": {"2026-12-02"}}


def test_a_documents_number_is_read_from_the_line_its_quote_opens_in_the_reports_copy() -> None:
    text = ("Signed:\n  1. On holding a regular meeting.\n  10.  About financial support:\n"
            "    1. 10.1  On financing in 2024 the search.\nIn 2024 On holding talks was noted.\n")
    assert item_number(text, "On holding a regular meeting.") == "1"
    assert item_number(text, "About financial support:") == "10"
    assert item_number(text, "On financing in 2024 the search.") == "10.1"  # the sub-item's own number
    assert item_number(text, "On holding talks was noted.") is None  # mid-line: no item opens there
    assert item_number(text, "the search.") is None


def test_the_shipped_kyrgyz_list_is_numbered_as_the_government_numbers_it() -> None:
    numbers = load_factbase(DEFAULT_DIR).item_numbers
    assert numbers["doc-next-regular-meeting"] == "1" and numbers["doc-cis-championship"] == "9"
    assert numbers["doc-financing-afghanistan-search"] == "10.1"
    assert len(numbers) == 11  # items 1 to 10.1, where the excerpt ends


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
    assert "c.yaml:3: duplicate key 'id' (first at line 2)" in joined


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


# -- all problems at once ------------------------------------------------------------


def test_two_duplicate_keys_and_a_bad_quote_in_one_file_are_all_reported(tmp_path: Path) -> None:
    broken = (VALID.replace("    role: Prime Minister\n", "    role: Prime Minister\n    role: President\n")
              .replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    title: Again\n")
              .replace('quote: "We signed the bridge treaty."\n    source: src\n    added: 2023-10-27\n',
                       'quote: "We signed the tunnel treaty."\n    source: src\n    added: 2023-10-27\n'))
    found = problems(write_kb(tmp_path, {"a.yaml": broken}))
    lines = broken.splitlines()
    assert f"a.yaml:{lines.index('    role: President') + 1}: duplicate key 'role'" in "\n".join(found)
    assert f"a.yaml:{lines.index('    title: Again') + 1}: duplicate key 'title'" in "\n".join(found)
    assert any("'bridge-treaty': quote does not appear verbatim" in p for p in found)
    assert len(found) == 3


def test_an_entry_with_a_field_error_still_has_its_quote_checked(tmp_path: Path) -> None:
    broken = VALID.replace("    speaker: alice\n    quote: \"We signed the bridge treaty.\"",
                           "    speaker: alice\n    paraphrase: maybe\n    quote: \"We signed no treaty.\"")
    found = "\n".join(problems(write_kb(tmp_path, {"a.yaml": broken})))
    assert "field 'paraphrase' must be true or false, not 'maybe'" in found
    assert "statements entry 'alice-bridge': quote does not appear verbatim" in found


# -- source texts: header and notes --------------------------------------------------

HEADER_TEXT = ("url: https://example.org/report\ntitle: Alice Example signs\npublished: 2023-10-27\n"
               "---- text ----\n"
               "Alice Example said: “We signed the bridge treaty.” The meeting was in Bishkek.\n"
               "[... one paragraph omitted ...]\nThe next meeting is in Minsk. It will be held in\n"
               "[excerpt ends here]\n")


def test_quotes_are_verified_against_the_text_after_the_header_only(tmp_path: Path) -> None:
    fine = load_factbase(write_kb(tmp_path / "ok", {"a.yaml": VALID}, text=HEADER_TEXT))
    assert fine.quotes_verified == 3
    in_header = VALID.replace('quote: "We signed the bridge treaty."\n    source: src\n    added: 2023-10-27\n',
                              'quote: "Alice Example signs"\n    source: src\n    added: 2023-10-27\n')
    found = problems(write_kb(tmp_path / "header", {"a.yaml": in_header}, text=HEADER_TEXT))
    line = in_header.splitlines().index('    quote: "Alice Example signs"') + 1
    assert found == [f"{tmp_path / 'header' / 'a.yaml'}:{line}: agreements entry 'bridge-treaty': quote appears "
                     "only in the header or an editorial note of sources/src.txt (source 'src'), not in the "
                     "report's text after '---- text ----': 'Alice Example signs'"]


def test_a_quote_cannot_span_an_editorial_note(tmp_path: Path) -> None:
    spanning = VALID.replace('quote: "We signed the bridge treaty."\n    source: src\n    added: 2023-10-27\n',
                             'quote: "in Bishkek. The next meeting"\n    source: src\n    added: 2023-10-27\n')
    found = problems(write_kb(tmp_path, {"a.yaml": spanning}, text=HEADER_TEXT))
    assert len(found) == 1 and "quote does not appear verbatim" in found[0]


def test_split_source_text_separates_header_text_and_notes() -> None:
    parts = split_source_text(HEADER_TEXT)
    assert parts.header.startswith("url: ") and "---- text ----" not in parts.text
    assert parts.notes == ("[... one paragraph omitted ...]", "[excerpt ends here]")
    assert "omitted" not in parts.text and "Alice Example said" in parts.text
    assert split_source_text("no header at all").text == "no header at all"


# -- optional fields of the second update ----------------------------------------------


def test_a_reports_time_and_dateline_are_read_and_a_time_that_is_none_is_refused_with_its_line(tmp_path: Path) -> None:
    fine = VALID.replace("    published: 2023-10-27\n", "    published: 2023-10-27\n    published_time: \"16:57\"\n"
                         "    dateline: TASHKENT\n    dateline_ru: ТАШКЕНТ\n")
    source = load_factbase(write_kb(tmp_path / "ok", {"a.yaml": fine})).sources["src"]
    assert (source.published_time, source.dateline, source.dateline_ru) == ("16:57", "TASHKENT", "ТАШКЕНТ")
    broken = VALID.replace("    published: 2023-10-27\n", "    published: 2023-10-27\n    published_time: \"4 pm\"\n")
    found = "\n".join(problems(write_kb(tmp_path / "bad", {"a.yaml": broken})))
    assert "a.yaml:" in found and "'published_time' '4 pm' is not a time HH:MM" in found


def test_published_is_optional_and_language_kind_count_are_checked(tmp_path: Path) -> None:
    fine = (VALID.replace("    published: 2023-10-27\n", "    language: ru\n    via_ru: ТАСС\n")
            .replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    kind: count\n    count: 2\n"
                     "    counts: documents\n"))
    fb = load_factbase(write_kb(tmp_path / "ok", {"a.yaml": fine}))
    assert fb.sources["src"].published is None and fb.sources["src"].language == "ru"
    treaty = fb.agreements["bridge-treaty"]
    assert (treaty.agreement_kind, treaty.count, treaty.counts, treaty.listed) == ("count", 2, "documents", False)
    assert load_factbase(write_kb(tmp_path / "default", {"a.yaml": VALID})).agreements["bridge-treaty"].listed
    broken = (VALID.replace("    published: 2023-10-27\n", "    language: de\n")
              .replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    kind: treaty\n    count: -1\n"))
    found = "\n".join(problems(write_kb(tmp_path / "bad", {"a.yaml": broken})))
    assert "field 'language' must be one of en, ru, not 'de'" in found
    assert "field 'kind' must be one of document, decision, agenda, result, count, schedule, background, " \
           "not 'treaty'" in found
    assert "field 'count' must be a positive whole number, not -1" in found


def test_the_agency_a_report_credits_for_one_fact_is_read_and_a_list_there_is_refused(tmp_path: Path) -> None:
    fine = (VALID.replace("    quote: \"We signed the bridge treaty.\"\n    source: src\n    added: 2023-10-27T",
                          "    quote: \"We signed the bridge treaty.\"\n    source: src\n    via: BelTA\n    via_ru: БелТА\n"
                          "    added: 2023-10-27T")
            .replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    via: Interfax\n"))
    fb = load_factbase(write_kb(tmp_path / "ok", {"a.yaml": fine}))
    assert (fb.statements["alice-bridge"].via, fb.statements["alice-bridge"].via_ru) == ("BelTA", "БелТА")
    assert fb.agreements["bridge-treaty"].via == "Interfax"
    broken = VALID.replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    via: [BelTA, TASS]\n")
    found = "\n".join(problems(write_kb(tmp_path / "bad", {"a.yaml": broken})))
    assert "a.yaml:" in found and "field 'via' must be a single value, not list" in found


def test_elsewhere_is_a_list_of_words_and_a_bare_word_is_refused(tmp_path: Path) -> None:
    fine = VALID.replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    elsewhere: [Minsk, Минск]\n")
    fb = load_factbase(write_kb(tmp_path / "ok", {"a.yaml": fine}))
    assert fb.agreements["bridge-treaty"].elsewhere == ("Minsk", "Минск")
    broken = VALID.replace("    title: Bridge treaty\n", "    title: Bridge treaty\n    elsewhere: {city: Minsk}\n")
    found = "\n".join(problems(write_kb(tmp_path / "bad", {"a.yaml": broken})))
    assert "a.yaml:" in found and "elsewhere" in found, found


DISAGREE = """\
agreements:
  - id: other-count
    title: Other count
    quote: "The meeting was in Bishkek."
    source: src
    added: 2023-10-28
    disagrees_with: [bridge-treaty]
"""


def test_disagrees_with_is_made_symmetric(tmp_path: Path) -> None:
    fb = load_factbase(write_kb(tmp_path, {"a.yaml": VALID, "b.yaml": DISAGREE}))
    assert fb.agreements["other-count"].disagrees_with == ("bridge-treaty",)
    assert fb.agreements["bridge-treaty"].disagrees_with == ("other-count",)  # written on one side only
    assert [e.id for e in fb.disagreeing(fb.agreements["bridge-treaty"])] == ["other-count"]


def test_disagrees_with_must_name_statements_or_agreements(tmp_path: Path) -> None:
    broken = DISAGREE.replace("[bridge-treaty]", "[bridge-treety, alice, other-count]")
    found = problems(write_kb(tmp_path, {"a.yaml": VALID, "b.yaml": broken}))
    joined = "\n".join(found)
    assert "b.yaml:7: agreements entry 'other-count': disagrees_with 'bridge-treety' is not a statements or " \
           "agreements id (did you mean 'bridge-treaty'?)" in joined
    assert "disagrees_with 'alice' is a speaker; only statements and agreements can disagree" in joined
    assert "disagrees_with 'other-count' is the fact itself" in joined
    assert len(found) == 3

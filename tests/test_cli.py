"""The command line through subprocesses, as a user runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers_kb import VALID, copy_shipped, write_kb

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, stdin: str | None = None, env: dict[str, str] | None = None,
        cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if k not in ("KNOWLEDGE_DIR", "TELEGRAM_BOT_TOKEN")}
    full_env["PYTHONPATH"] = str(ROOT)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True,
        env=full_env, cwd=cwd or ROOT, timeout=60,
    )


def test_ask_prints_answer_quote_speaker_and_link() -> None:
    result = run("ask", "Who represented Armenia?")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.splitlines()[0] == "Mher Grigoryan, Deputy Prime Minister, represented Armenia at the meeting."
    assert "“Belarusian Prime Minister Roman Golovchenko" in out  # the verbatim quote
    assert "Source: The Astana Times" in out
    assert "https://astanatimes.com/2023/10/kazakh-prime-minister-outlines-cis-cooperation-priorities-at-bishkek-meeting/" in out
    assert result.stderr == ""


def test_ask_in_russian_answers_in_russian() -> None:
    result = run("ask", "Кто представлял Россию?")
    assert result.returncode == 0
    assert result.stdout.startswith("Глава делегации России — Михаил Мишустин")
    assert "Источник: The Astana Times" in result.stdout


def test_ask_json_has_the_documented_fields() -> None:
    result = run("ask", "--json", "smailov belt and road")
    data = json.loads(result.stdout)
    assert set(data) == {"answered", "text", "fact_id", "score", "source_url", "suggestions", "intent", "items"}
    assert data["answered"] is True
    assert data["fact_id"] == "smailov-belt-and-road"
    assert 60 <= data["score"] <= 100
    assert data["source_url"].startswith("https://astanatimes.com/")
    assert "Belt and Road Initiative" in data["text"]


def test_ask_json_abstains_with_null_fact_and_pointers() -> None:
    data = json.loads(run("ask", "--json", "Who represented Moldova?").stdout)
    assert data["answered"] is False and data["fact_id"] is None and data["source_url"] is None
    assert "don't mention Moldova" in data["text"]
    assert "who represented each delegation" in data["text"]


def test_ask_json_stdin_one_object_per_line_in_order() -> None:
    questions = ["Who represented Armenia?", "write me a poem", "", "Кто от Армении?", "mishustin"] * 200
    result = run("ask", "--json", "-", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions)
    objects = [json.loads(line) for line in lines]
    assert [o["fact_id"] for o in objects[:5]] == ["grigoryan", None, None, "grigoryan", "mishustin"]
    assert objects[5:10] == objects[:5]


def test_chat_answers_each_line_until_quit() -> None:
    result = run("chat", stdin="who attended?\n\nwhere was the next meeting planned\n/quit\nignored\n")
    assert result.returncode == 0
    assert "9 delegations took part:" in result.stdout
    assert "Next meeting planned in Ashgabat, May 2024" in result.stdout
    assert "ignored" not in result.stdout


def test_chat_reads_follow_ups_and_takes_help_and_quit_as_words() -> None:
    result = run("chat", stdin="help\nWho represented Armenia?\nand Belarus?\nquit\nWho represented Russia?\n")
    assert result.returncode == 0
    assert "I can tell you:" in result.stdout, "help is answered, not searched for"
    assert "Roman Golovchenko, Prime Minister, represented Belarus" in result.stdout
    assert "represented Russia" not in result.stdout, "nothing is read after quit"


def test_check_prints_counts() -> None:
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert "meeting: 1, sources: 9, speakers: 13, statements: 31, agreements: 30" in result.stdout
    assert "quotes verified against source texts: 75" in result.stdout
    assert "warning" not in result.stderr  # the shipped base passes `check --strict` too


def test_check_reports_every_problem_as_file_line(tmp_path: Path) -> None:
    broken = VALID.replace("    role: Prime Minister\n", "").replace("speaker: alice", "speaker: bob")
    folder = write_kb(tmp_path, {"facts.yaml": broken})
    result = run("check", env={"KNOWLEDGE_DIR": str(folder)})
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.startswith(f"{folder / 'facts.yaml'}:") and "missing required field 'role'" in line for line in lines)
    assert any("speaker 'bob' is not a speakers id" in line for line in lines)
    assert lines[-1] == "fact base invalid: 2 errors"
    assert "Traceback" not in result.stderr


def test_ask_with_a_broken_fact_base_explains_instead_of_crashing(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    path = folder / "astana-times-2023-10-27.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Mher Grigoryan", "Mher Grigorian", 1), encoding="utf-8")
    result = run("ask", "Who represented Armenia?", env={"KNOWLEDGE_DIR": str(folder)})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "astana-times-2023-10-27.yaml:" in result.stderr
    assert "quote does not appear verbatim" in result.stderr
    assert result.stdout == ""


def test_check_rejects_an_edited_quote(tmp_path: Path) -> None:
    folder = copy_shipped(tmp_path / "kb")
    path = folder / "follow-up-2023-10-28.yaml"
    text = path.read_text(encoding="utf-8").replace("twenty cooperation documents", "twenty-one cooperation documents")
    path.write_text(text, encoding="utf-8")
    result = run("check", "--dir", str(folder))
    assert result.returncode == 1
    line_no = next(i for i, line in enumerate(text.splitlines(), 1) if "twenty-one" in line)
    assert f"follow-up-2023-10-28.yaml:{line_no}: agreements entry 'twenty-documents-signed': quote does not appear verbatim" in result.stderr


def test_settings_from_dotenv_file(tmp_path: Path) -> None:
    folder = write_kb(tmp_path / "kb", {"a.yaml": VALID})
    (tmp_path / ".env").write_text(f"KNOWLEDGE_DIR={folder}\n", encoding="utf-8")
    result = run("check", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert str(folder) in result.stdout


def test_bad_setting_is_a_clear_message(tmp_path: Path) -> None:
    result = run("ask", "hi", env={"LOG_LEVEL": "LOUD"}, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip() == "error: LOG_LEVEL: 'LOUD' is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL"


@pytest.mark.parametrize("args", [["frobnicate"], ["ask", "--bogus", "x"], [], ["check", "--dir"]])
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "usage: python -m bot" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_documents_the_optional_fields() -> None:
    result = run("check", "--fields")
    assert result.returncode == 0
    for field in ("speakers.aliases", "speakers.country_aliases", "statements.paraphrase", "*.topics", "sources.text",
                  "sources.published", "sources.language", "sources.via / via_ru", "agreements.kind",
                  "agreements.count / counts", "disagrees_with", "agreements.elsewhere", "sources.published_time",
                  "sources.dateline / dateline_ru"):
        assert field in result.stdout

"""Splitting long Telegram HTML: every part valid, within the limit, nothing lost."""

from __future__ import annotations

import html
import random
import re

import pytest

from bot.htmlsplit import split_html, utf16_len
from tests.fakeapi import html_problem


def visible_words(text: str) -> list[str]:
    return html.unescape(re.sub(r"<[^<>]*>", "", text)).split()


def test_short_text_is_one_part_unchanged() -> None:
    text = "<b>Hi</b>\n<blockquote>a &amp; b</blockquote>"
    assert split_html(text) == [text]


def test_cuts_fall_on_line_boundaries() -> None:
    lines = [f"• line number {n} with some words" for n in range(400)]
    parts = split_html("\n".join(lines), limit=1000)
    assert len(parts) > 1
    assert [line for part in parts for line in part.split("\n")] == lines


def test_a_blockquote_cut_in_two_is_closed_and_reopened() -> None:
    quote = "\n".join(f"sentence {n} of a long quote" for n in range(100))
    parts = split_html(f"<b>Title</b>\n<blockquote>{quote}</blockquote>\nSource", limit=500)
    assert len(parts) > 2
    for part in parts:
        assert html_problem(part) is None, part
    assert parts[1].startswith("<blockquote>") and parts[1].endswith("</blockquote>")


def test_one_enormous_line_is_cut_at_spaces_then_anywhere() -> None:
    text = "<i>" + " ".join(["word"] * 3000) + "</i> " + "x" * 9000 + " &amp; <a href=\"https://e.org/?a=1&amp;b=2\">link</a>"
    parts = split_html(text)
    assert all(utf16_len(p) <= 4096 and html_problem(p) is None for p in parts)
    assert "".join(visible_words("".join(parts))).startswith("word" * 5)
    assert sum(p.count("x") for p in parts) == 9000
    assert parts[-1].endswith('<a href="https://e.org/?a=1&amp;b=2">link</a>')  # tag and entity whole


def test_characters_outside_the_bmp_count_twice() -> None:
    text = "\n".join(["😀" * 100] * 30)  # 3,000 characters, 6,000 UTF-16 units
    parts = split_html(text)
    assert len(parts) == 2 and all(utf16_len(p) <= 4096 for p in parts)


@pytest.mark.parametrize("seed", range(30))
def test_random_html_round_trips(seed: int) -> None:
    rng = random.Random(seed)
    words = ["trade", "<b>bold</b>", "&amp;", "&lt;tag&gt;", "😀", "Бишкек", "y" * 70,
             '<a href="https://e.org/?a=1&amp;b=2">link text</a>', "<i>it</i>"]
    lines = []
    for _ in range(rng.randint(50, 400)):
        line = " ".join(rng.choice(words) for _ in range(rng.randint(0, 40)))
        if rng.random() < 0.1:
            line = f"<blockquote>{line}</blockquote>"
        lines.append(line)
    text = "\n".join(lines)
    limit = rng.choice([4096, 700, 128])
    parts = split_html(text, limit)
    for part in parts:
        assert utf16_len(part) <= limit
        assert html_problem(part) is None, part
    # nothing lost or added, whitespace aside (a cut replaces a space or newline)
    assert "".join(visible_words("".join(parts))) == "".join(visible_words(text))

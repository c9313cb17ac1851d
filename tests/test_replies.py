"""Reply text: one builder, plain and HTML renderings, English and Russian."""

from __future__ import annotations

import html
import re
from dataclasses import replace

import pytest

from bot.answering import Answerer
from bot.facts import Source
from bot.replies import (
    Reply,
    Suggestion,
    label,
    render_html,
    render_text,
    reply_json,
    suggestions_label,
)
from knowledge import DEFAULT_DIR


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    return Answerer.from_directory(DEFAULT_DIR)


def test_statement_reply_has_answer_quote_speaker_source_and_link(answerer: Answerer) -> None:
    reply = answerer.ask("what did mishustin say about the eurasian economic union")
    text = render_text(reply)
    assert reply.fact_id == "mishustin-eaeu"
    lines = text.splitlines()
    assert lines[0] == "Mikhail Mishustin: The CIS and the Eurasian Economic Union as mechanisms of stability"
    assert "are significant mechanisms of the provision of economic stability" in lines[1]
    assert lines[2] == "— Mikhail Mishustin, Prime Minister, Russia"
    assert lines[3].startswith("Source: Asia-Plus, “CIS heads of government meet in Bishkek")
    assert lines[4].startswith(f"{reply.source_url}#:~:text=")  # lands on the quoted sentence


def test_paraphrased_statement_is_labelled(answerer: Answerer) -> None:
    # one statement (the energy systems are told in two reports now, so that question lists them)
    reply = answerer.ask("Aripov regional roadmap")
    assert reply.paraphrase
    assert "(the report's wording, not a direct quote)" in render_text(reply)


def test_russian_question_gets_russian_wording_and_original_quote(answerer: Answerer) -> None:
    reply = answerer.ask("Где пройдёт следующее заседание?")
    text = render_text(reply)
    assert reply.language == "ru"
    assert "Следующее заседание планируется в Ашхабаде в мае 2024 года" in text  # the Russian title
    assert "«According to BelTA, the next meeting of the CIS Heads of Government Council will be held" in text
    assert "Источник: Asia-Plus" in text


def test_abstention_is_honest_and_points_at_what_is_known(answerer: Answerer) -> None:
    text = render_text(answerer.ask("Кто представлял Молдову?"))
    assert text.startswith("В источниках об этом не сказано.")
    assert "В них не упоминается: Молдова." in text
    assert "Я могу рассказать:" in text
    assert "Армения" in text  # the delegations it does know


def test_html_escapes_every_fact_and_user_string() -> None:
    evil = "<script>alert('x')</script> & <b>"
    reply = Reply(
        language="en", answered=True, headline=evil, fact_id="x", quote=evil, speaker=evil,
        source=Source("s", publisher=evil, title=evil, url='https://e.org/?a=1&b="2"',
                      published=__import__("datetime").date(2023, 10, 27)),
        details=(evil,), notes=(evil,), suggestions=(Suggestion("y", evil),),
    )
    out = render_html(reply, with_suggestions=True)
    assert "<script>" not in out and "<b>\n" not in out
    # headline, detail, quote, speaker, publisher, title, note, suggestion
    assert out.count(html.escape(evil)) == 8
    assert 'href="https://e.org/?a=1&amp;b=&quot;2&quot;"' in out
    # only the bot's own tags remain
    assert set(re.findall(r"</?([a-z]+)", out)) <= {"b", "i", "a", "blockquote"}


def test_html_reply_structure(answerer: Answerer) -> None:
    out = render_html(answerer.ask("belt and road"))
    assert out.startswith("<b>Alikhan Smailov: Connecting transit routes with the Belt and Road Initiative</b>")
    assert "<blockquote>It is important to find connection points" in out
    assert '<a href="https://astanatimes.com/2023/10/' in out


def test_json_of_an_answer_and_of_an_abstention(answerer: Answerer) -> None:
    answer = reply_json(answerer.ask("measures implementing"))
    assert answer["answered"] is True and answer["fact_id"]
    assert answer["suggestions"] and all(set(s) == {"fact_id", "title"} for s in answer["suggestions"])
    assert "Also close:" in answer["text"]
    abstain = reply_json(replace(answerer.ask("qwertyuiop")))
    assert abstain["answered"] is False and abstain["fact_id"] is None and abstain["suggestions"] == []


def test_every_fact_renders_in_both_languages(answerer: Answerer) -> None:
    for doc in answerer.matcher.docs:
        for lang in ("en", "ru"):
            reply = answerer.fact(doc.id, lang)
            assert reply is not None and reply.answered and reply.headline
            assert render_html(reply) and render_text(reply)
    assert answerer.fact("no-such-fact") is None


def test_suggestion_labels_come_from_one_helper() -> None:
    reply = Reply("en", True, "headline", suggestions=(Suggestion("x", "X"),))
    assert suggestions_label(reply) == "Also close:" == label("en", "see_also")
    russian = replace(reply, language="ru", answered=False)
    assert suggestions_label(russian) == "Возможно, вы имели в виду:"
    assert label("de", "via", via="TASS") == "via TASS"  # other languages fall back to English
    assert render_text(russian).splitlines()[-2] == "Возможно, вы имели в виду:"


def test_an_empty_question_names_the_loaded_meeting(answerer: Answerer) -> None:
    assert "Ask me about the meeting of the CIS Council of Heads of Government in Bishkek, Kyrgyzstan on 26 October 2023." in render_text(answerer.ask("what?"))
    assert "Спросите меня о заседании Совета глав правительств СНГ (Бишкек, Кыргызстан, 26 октября 2023 года)." in render_text(answerer.ask("что?"))

"""Tap instead of retyping, share a fact, land on the quoted sentence, read it in good Russian:
the Telegram flows through `Application.process_update`, offline.

Every message goes through `tests.offline.OfflineRequest`, which refuses what
Telegram refuses (invalid HTML, over-long texts, over-full keyboards, callback
data or start payloads over 64 bytes, inline answers beyond Telegram's limits).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import pytest

from bot.answering import Answerer
from bot.curation import ReloadResult
from bot.errors import Problem
from bot.replies import fact_title
from bot.telegram_app.jobs import rejected_edit_messages
from handlers.deeplinks import MAX_PAYLOAD, fact_payload, parse_payload, resolve, speaker_payload
from knowledge import DEFAULT_DIR
from tests.conftest import OfflineBot
from tests.fakeapi import DEFAULT_GROUP_ID
from tests.helpers_kb import VALID, write_kb

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
PAYLOAD_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def buttons(params: dict[str, Any]) -> list[dict[str, Any]]:
    markup = params.get("reply_markup") or {}
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def sent(bot: OfflineBot) -> list[dict[str, Any]]:
    return bot.request.calls_to("sendMessage")


# -- deep links ---------------------------------------------------------------------


async def test_a_fact_link_opens_the_bot_on_that_fact_with_its_buttons(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start f_smailov-belt-and-road"))
    [shown] = sent(offline_bot)
    assert "It is important to find connection points" in shown["text"]
    labels = [b["text"] for b in buttons(shown)]
    assert labels[:3] == ["👍", "👎", "↗️ Share"]
    assert "Hello" not in shown["text"]  # the fact, not the generic greeting


async def test_a_speaker_link_shows_the_person_and_a_button_per_statement(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message(f"/start {speaker_payload('mishustin')}"))
    [shown] = sent(offline_bot)
    assert "Mishustin" in shown["text"]
    said = [s for s in SHIPPED.factbase.statements.values() if s.speaker == "mishustin"]
    facts = [b["callback_data"] for b in buttons(shown) if b.get("callback_data", "").startswith("f:")]
    assert len(facts) == len(said) > 0


async def test_a_language_link_greets_in_that_language(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start ru", language_code="en"))
    [greeting] = sent(offline_bot)
    assert greeting["text"].startswith("Здравствуйте!")
    assert "о заседании Совета глав правительств СНГ" in greeting["text"]  # declined, not «о заседании «Совет…»»


async def test_the_inline_button_link_opens_the_list_of_topics(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start inline"))
    pages = sent(offline_bot)
    assert "What the meeting covered" in pages[0]["text"]
    page = pages[-1]  # a long page: the buttons are under its last part
    assert any(b.get("callback_data", "").startswith("f:") for b in buttons(page))


async def test_a_link_to_a_removed_fact_says_so_then_greets(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start f_no-such-fact"))
    gone, greeting = sent(offline_bot)
    assert "no longer in the fact base" in gone["text"]
    assert greeting["text"].startswith("Hello")


LONG_ID = "договор о мосте между двумя берегами реки, подписанный всеми делегациями в Бишкеке"


@pytest.fixture
def long_ids_kb(tmp_path: Path) -> Path:
    facts = VALID.replace("id: bridge-treaty", f"id: {LONG_ID}")
    return write_kb(tmp_path / "long-ids", {"facts.yaml": facts})


async def test_links_to_ids_beyond_64_safe_characters_are_hashed_and_open_the_fact(
        make_offline_bot: Any, long_ids_kb: Path) -> None:
    payload = fact_payload(LONG_ID)
    assert PAYLOAD_RE.fullmatch(payload) and payload == "fh_" + hashlib.sha1(LONG_ID.encode()).hexdigest()
    bot = await make_offline_bot(KNOWLEDGE_DIR=str(long_ids_kb))
    await bot.send(bot.updates.message(f"/start {payload}"))
    [shown] = sent(bot)
    assert shown["text"].startswith("<b>Bridge treaty</b>")


def test_every_shipped_fact_has_a_valid_payload_that_finds_it_again() -> None:
    ids = [doc.id for doc in SHIPPED.matcher.docs]
    for fact_id in ids:
        payload = fact_payload(fact_id)
        assert PAYLOAD_RE.fullmatch(payload) and len(payload) <= MAX_PAYLOAD
        assert resolve(parse_payload(payload), ids) == fact_id
    assert parse_payload("x" * 65).kind == "unknown"


# -- Share ---------------------------------------------------------------------------


async def test_every_answer_has_a_share_button_that_inline_mode_answers_with_that_fact_first(
        offline_bot: OfflineBot) -> None:
    for question, fact_id in [("Who represented Armenia?", "grigoryan"),
                              ("What did Smailov say about the Belt and Road?", "smailov-belt-and-road"),
                              ("Что Смаилов сказал об инициативе «Пояс и путь»?", "smailov-belt-and-road")]:
        offline_bot.request.clear()
        await offline_bot.send(offline_bot.updates.message(question))
        [answer] = sent(offline_bot)
        [share] = [b for b in buttons(answer) if "switch_inline_query" in b]
        language = "ru" if re.search("[а-я]", question) else "en"
        assert share["switch_inline_query"] == fact_title(SHIPPED.factbase, fact_id, language)
        await offline_bot.send(offline_bot.updates.inline_query(share["switch_inline_query"]))
        [results] = offline_bot.request.calls_to("answerInlineQuery")
        assert results["results"][0]["id"] == fact_id


# -- tappable lists -----------------------------------------------------------------


@pytest.mark.parametrize(("command", "count"), [
    ("/speakers", len(SHIPPED.factbase.speakers)),
    ("/agreements", sum(1 for a in SHIPPED.factbase.agreements.values() if a.listed)),
    ("/topics", len(SHIPPED.factbase.statements) + len(SHIPPED.factbase.agreements)),
])
async def test_lists_are_tappable_a_page_at_a_time(offline_bot: OfflineBot, command: str, count: int) -> None:
    await offline_bot.send(offline_bot.updates.message(command))
    page = sent(offline_bot)[-1]  # a long page: the buttons are under its last part
    seen = [b["callback_data"] for b in buttons(page) if b["callback_data"].startswith("f:")]
    markup = page["reply_markup"]
    while True:
        turn = [b for b in markup["inline_keyboard"][-1] if b["callback_data"].startswith("pg:") and "›" in b["text"]]
        if not turn:
            break
        offline_bot.request.clear()
        await offline_bot.send(offline_bot.updates.callback_query(turn[0]["callback_data"]))
        [edit] = offline_bot.request.calls_to("editMessageReplyMarkup")
        markup = edit["reply_markup"]
        seen += [b["callback_data"] for row in markup["inline_keyboard"] for b in row
                 if b["callback_data"].startswith("f:")]
    assert len(seen) == len(set(seen)) == count

    offline_bot.request.clear()
    await offline_bot.send(offline_bot.updates.callback_query(seen[-1]))
    [fact] = sent(offline_bot)
    assert "<blockquote" in fact["text"]


# -- shorter delegation answers, Russian ---------------------------------------------


async def test_a_delegation_answer_quotes_its_clause_and_keeps_the_sentence_one_tap_away(
        offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Who represented Belarus?"))
    [answer] = sent(offline_bot)
    assert "<blockquote>…Belarusian Prime Minister Roman Golovchenko…</blockquote>" in answer["text"]
    assert "<blockquote expandable>Belarusian Prime Minister Roman Golovchenko, Kyrgyz" in answer["text"]
    assert "#:~:text=Belarusian%20Prime%20Minister%20Roman%20Golovchenko" in answer["text"]


async def test_a_russian_answer_says_the_quote_is_english_and_sources_give_via_in_russian(
        offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Что сказал Мишустин о ЕАЭС?"))
    await offline_bot.send(offline_bot.updates.message("/source", language_code="ru"))
    answer, sources = sent(offline_bot)
    assert "<i>(цитата на английском)</i>" in answer["text"]
    assert "со ссылкой на пресс-службу премьер-министра Казахстана" in sources["text"]
    assert "press service" not in sources["text"]


# -- the small things ------------------------------------------------------------------


async def test_stats_count_groups_in_the_right_plural(make_offline_bot: Any) -> None:
    bot = await make_offline_bot(ADMIN_IDS="1001")
    bot.storage.touch_chat(DEFAULT_GROUP_ID, "group", "en")
    bot.storage.record_question("Who represented Armenia?", "en", True, 90, "grigoryan")
    await bot.send(bot.updates.message("/stats"))
    await bot.send(bot.updates.message("/stats", language_code="ru"))
    english, russian = (p["text"] for p in sent(bot))
    assert "(0 private, 1 group)" in english and "1 groups" not in english
    assert "Last 7 days: 1 question," in english
    assert "(0 личных, 1 группа)" in russian and "За 7 дней: 1 вопрос," in russian


async def test_unanswered_cuts_a_pasted_wall_of_text(make_offline_bot: Any) -> None:
    bot = await make_offline_bot(ADMIN_IDS="1001")
    junk = "lorem ipsum dolor " * 170  # about 3,000 characters
    bot.storage.record_question(junk, "en", False, None)
    await bot.send(bot.updates.message("/unanswered"))
    [page] = sent(bot)
    assert len(page["text"]) < 600 and "…" in page["text"]


def test_a_rejected_edit_counts_its_errors_in_words() -> None:
    result = ReloadResult("failed", SHIPPED, problems=(Problem("facts.yaml", 3, "bad"),))
    [intro, *_] = rejected_edit_messages(result, "en")
    assert "— 1 error." in intro and "error(s)" not in intro


async def test_a_chosen_digest_language_holds_across_the_subscription_commands(
        offline_bot: OfflineBot) -> None:
    for command in ("/subscribe weekly ru", "/subscription", "/subscribe weekly", "/unsubscribe"):
        await offline_bot.send(offline_bot.updates.message(command, language_code="en"))
    replies = [p["text"] for p in sent(offline_bot)]
    assert replies[0].startswith("Подписка оформлена!") and "/unsubscribe" in replies[0]
    assert replies[1].startswith("Этот чат подписан на еженедельную сводку на русском")
    assert replies[2].startswith("Этот чат уже подписан")
    assert replies[3].startswith("Подписка отменена")

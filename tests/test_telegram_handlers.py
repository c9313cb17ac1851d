"""The Telegram handlers through `Application.process_update`, offline.

Each test feeds the real Application (built by `build_application`) one or
more updates and checks what a user would see: the messages, buttons and
toasts the bot sends (recorded by `tests.offline.OfflineRequest`, which
refuses invalid HTML and over-long texts like Telegram does).
"""

from __future__ import annotations

import html
import logging
from pathlib import Path
from typing import Any

import pytest
from telegram import Update

from bot.answering import Answerer
from bot.replies import Reply, Suggestion, fact_title
from bot.subscriptions import Subscriptions
from bot.telegram_app.builder import ALLOWED_UPDATES
from handlers.keyboards import MAX_CALLBACK_BYTES, MAX_LABEL_CHARS, answer_keyboard
from knowledge import DEFAULT_DIR
from tests.conftest import LARGE_KB_STATEMENTS, OfflineBot
from tests.fakeapi import DEFAULT_GROUP_ID
from tests.helpers_kb import VALID, write_kb

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def keyboard(params: dict[str, Any]) -> list[list[dict[str, str]]]:
    markup = params.get("reply_markup") or {}
    return markup.get("inline_keyboard", [])  # type: ignore[no-any-return]


def callback_data(params: dict[str, Any]) -> list[str]:
    return [button["callback_data"] for row in keyboard(params) for button in row if "callback_data" in button]


def only_message(bot: OfflineBot) -> dict[str, Any]:
    [params] = bot.request.calls_to("sendMessage")
    return params


# -- questions in private chats ------------------------------------------------------


async def test_private_question_gets_the_sourced_quote(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?"))

    sent = only_message(offline_bot)
    assert sent["chat_id"] == 1001 and sent["parse_mode"] == "HTML"
    assert "Mher Grigoryan" in sent["text"]
    assert "<blockquote>" in sent["text"] and "Deputy Prime Minister of Armenia Mher Grigoryan" in sent["text"]
    assert '<a href="https://astanatimes.com/' in sent["text"]
    assert callback_data(sent)[:2] == ["v:+:grigoryan", "v:-:grigoryan"]
    assert "reply_parameters" not in sent  # no need to quote in a private chat


async def test_questions_are_recorded_without_user_ids(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?"))
    await offline_bot.send(offline_bot.updates.message("What is the weather in Paris?"))

    rows = offline_bot.storage.query("SELECT * FROM questions ORDER BY id")
    assert [(r["text"], r["answered"], r["fact_id"]) for r in rows] == [
        ("Who represented Armenia?", 1, "grigoryan"),
        ("What is the weather in Paris?", 0, None),
    ]
    assert "user_id" not in rows[0].keys()
    assert offline_bot.storage.chat_language(1001) == "en"


async def test_russian_question_gets_a_russian_answer(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Кто представлял Армению?", language_code="en"))

    text = only_message(offline_bot)["text"]
    assert "Мгер Григорян" in text and "Источник" in text


async def test_russian_telegram_decides_when_the_question_has_no_letters(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("???", language_code="ru", user_id=7))
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?", language_code="ru", user_id=7))

    russian_abstention, english_answer = offline_bot.request.sent_texts()
    assert "В источниках об этом не сказано" in russian_abstention
    assert "represented Armenia" in english_answer  # the question's alphabet wins


async def test_abstention_says_so_and_lists_what_the_bot_knows(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("What is the weather in Paris?"))

    sent = only_message(offline_bot)
    assert "The sources don&#x27;t say" in sent["text"] or "The sources don't say" in sent["text"]
    assert "I can tell you:" in sent["text"] and "who represented each delegation" in sent["text"]
    assert not any(data.startswith("v:") for data in callback_data(sent))  # nothing to vote on


async def test_html_in_the_question_is_never_sent_as_markup(offline_bot: OfflineBot) -> None:
    question = '<b>Armenia</b> <script>alert(1)</script> & <a href="x">who?</a> </blockquote>'
    await offline_bot.send(offline_bot.updates.message(question))

    text = only_message(offline_bot)["text"]  # the offline API refuses invalid HTML with 400
    assert "<script>" not in text and 'href="x"' not in text
    assert "Sorry, something went wrong" not in text


MY_COMMANDS = ("/start", "/help", "/speakers", "/agreements", "/topics", "/about", "/source")


@pytest.mark.parametrize("chat", ["private", "group"])
async def test_an_edited_question_or_command_is_not_answered_again(offline_bot: OfflineBot, chat: str) -> None:
    where: dict[str, Any] = {} if chat == "private" else {"chat_type": "group", "chat_id": DEFAULT_GROUP_ID}
    updates = offline_bot.updates
    original = updates.message("/ask Who represented Armenia?", **where)
    await offline_bot.send(original)
    assert "Mher Grigoryan" in only_message(offline_bot)["text"]
    offline_bot.request.clear()

    message_id = original["message"]["message_id"]
    await offline_bot.send(updates.edited_message("/ask Who represented Belarus?", message_id=message_id, **where))
    await offline_bot.send(updates.edited_message("@cis_meeting_bot Who represented Belarus?", **where))
    await offline_bot.send(updates.edited_message("Who represented Belarus?", **where))
    for command in MY_COMMANDS:
        await offline_bot.send(updates.edited_message(command, **where))

    assert offline_bot.request.calls == []
    rows = offline_bot.storage.query("SELECT text FROM questions")
    assert [r["text"] for r in rows] == ["Who represented Armenia?"]


def test_the_bot_asks_telegram_only_for_update_types_it_handles() -> None:
    assert Update.EDITED_MESSAGE not in ALLOWED_UPDATES and Update.CHANNEL_POST not in ALLOWED_UPDATES
    assert {Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY, Update.MY_CHAT_MEMBER} <= set(ALLOWED_UPDATES)


# -- groups ----------------------------------------------------------------------------


async def test_group_chatter_is_ignored(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?", chat_type="group",
                                                       chat_id=DEFAULT_GROUP_ID))
    assert offline_bot.request.calls_to("sendMessage") == []


@pytest.mark.parametrize("how", ["mention", "reply", "ask", "ask@bot"])
async def test_group_messages_for_the_bot_are_answered_in_reply(offline_bot: OfflineBot, how: str) -> None:
    text = {
        "mention": "@cis_meeting_bot who represented Armenia?",
        "reply": "Who represented Armenia?",
        "ask": "/ask Who represented Armenia?",
        "ask@bot": "/ask@cis_meeting_bot Who represented Armenia?",
    }[how]
    update = offline_bot.updates.message(text, chat_type="group", chat_id=DEFAULT_GROUP_ID,
                                         reply_to_bot=how == "reply")
    await offline_bot.send(update)

    sent = only_message(offline_bot)
    assert sent["chat_id"] == DEFAULT_GROUP_ID and "Mher Grigoryan" in sent["text"]
    assert sent["reply_parameters"]["message_id"] == update["message"]["message_id"]


async def test_a_reply_to_someone_else_in_a_group_is_ignored(offline_bot: OfflineBot) -> None:
    update = offline_bot.updates.message("Who represented Armenia?", chat_type="group", chat_id=DEFAULT_GROUP_ID)
    update["message"]["reply_to_message"] = {
        "message_id": 1, "date": 0, "chat": update["message"]["chat"],
        "from": {"id": 999, "is_bot": False, "first_name": "Other"}, "text": "hi",
    }
    await offline_bot.send(update)
    assert offline_bot.request.calls_to("sendMessage") == []


async def test_ask_without_a_question_explains_itself(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/ask", chat_type="group", chat_id=DEFAULT_GROUP_ID))
    assert "/ask Who represented Armenia?" in only_message(offline_bot)["text"]


# -- /start and the other commands -----------------------------------------------------


async def test_start_offers_three_example_questions_that_answer_when_tapped(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start"))
    greeting = only_message(offline_bot)
    buttons = [b for row in keyboard(greeting) for b in row]
    assert [b["text"] for b in buttons] == [
        "Who represented Armenia?", "What did Mishustin say?", "Which documents were signed?",
    ]
    assert "CIS Council of Heads of Government" in greeting["text"]

    offline_bot.request.clear()
    await offline_bot.send(offline_bot.updates.callback_query(buttons[0]["callback_data"]))
    assert offline_bot.request.calls_to("answerCallbackQuery")
    assert "Mher Grigoryan" in only_message(offline_bot)["text"]


async def test_start_in_russian_for_russian_users(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start", language_code="ru"))
    greeting = only_message(offline_bot)
    assert "Здравствуйте" in greeting["text"]
    assert keyboard(greeting)[0][0]["text"] == "Кто представлял Армению?"


async def test_start_in_a_group_explains_how_to_ask_there(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/start", chat_type="group", chat_id=DEFAULT_GROUP_ID))
    assert "@cis_meeting_bot" in only_message(offline_bot)["text"]


async def test_start_names_the_meeting_of_the_loaded_fact_base(make_offline_bot: Any, tmp_path: Path) -> None:
    facts = (VALID.replace("title: Test Council", "title: Test Council\n  title_ru: Тестовый совет")
             .replace("date: 2023-10-26", "date: 2024-05-17")
             .replace("place: Bishkek, Kyrgyzstan", "place: Minsk, Belarus\n  place_ru: Минск, Беларусь"))
    bot = await make_offline_bot(KNOWLEDGE_DIR=str(write_kb(tmp_path / "kb", {"facts.yaml": facts})))
    await bot.send(bot.updates.message("/start"))
    await bot.send(bot.updates.message("/start", language_code="ru"))

    english, russian = bot.request.sent_texts()
    assert "about the meeting of the Test Council in Minsk, Belarus on 17 May 2024 with the exact quote" in english
    assert "о заседании «Тестовый совет» (Минск, Беларусь, 17 мая 2024 года)" in russian
    assert "Bishkek" not in english and "Бишкек" not in russian and "2023" not in english + russian


async def test_start_without_a_meeting_in_the_fact_base(make_offline_bot: Any, tmp_path: Path) -> None:
    facts = "sources:" + VALID.split("\nsources:", 1)[1]  # no meeting section
    bot = await make_offline_bot(KNOWLEDGE_DIR=str(write_kb(tmp_path / "kb", {"facts.yaml": facts})))
    assert bot.app.bot_data["answerer"].factbase.meeting is None
    await bot.send(bot.updates.message("/start"))
    await bot.send(bot.updates.message("/start", language_code="ru"))

    english, russian = bot.request.sent_texts()
    assert "about the meeting in my fact base with the exact quote" in english
    assert "о заседании из моей базы фактов" in russian
    assert "Bishkek" not in english and "Бишкек" not in russian


async def test_help_lists_every_command_and_what_the_bot_knows(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/help"))
    text = only_message(offline_bot)["text"]
    for command in ("/start", "/ask", "/speakers", "/agreements", "/topics", "/about", "/source"):
        assert command in text
    assert "who represented each delegation" in text


async def test_speakers_lists_everyone_with_role_and_country(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/speakers"))
    text = only_message(offline_bot)["text"]
    for speaker in SHIPPED.factbase.speakers.values():
        assert f"<b>{speaker.name}</b> — {speaker.role}" in text
    assert "President of Kazakhstan, Kazakhstan" not in text  # a role naming the country is not repeated
    assert "<b>Mikhail Mishustin</b> — Prime Minister, Russia" in text


async def test_agreements_quote_every_document(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/agreements", language_code="ru"))
    text = "\n".join(p["text"] for p in offline_bot.request.calls_to("sendMessage"))  # a long page is split
    listed = [a for a in SHIPPED.factbase.agreements.values() if a.agreement_kind in ("document", "decision")]
    assert len(listed) >= 12  # the Kyrgyz government's list of documents signed, and the decisions
    for agreement in SHIPPED.factbase.agreements.values():
        shown = agreement.title_ru in text and f"<blockquote>{html.escape(agreement.quote.strip())}" in text
        assert shown == (agreement in listed), agreement.id  # overview facts (counts, agenda...) are not listed


async def test_topics_lists_what_was_said(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/topics"))
    text = "\n".join(p["text"] for p in offline_bot.request.calls_to("sendMessage"))  # a long page is split
    assert "Connecting transit routes with the Belt and Road Initiative" in text


async def test_about_gives_body_date_and_place(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/about"))
    text = only_message(offline_bot)["text"]
    assert "CIS Council of Heads of Government" in text
    assert "26 October 2023" in text and "Bishkek" in text


async def test_source_links_every_source(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/source"))
    text = only_message(offline_bot)["text"]
    for source in SHIPPED.factbase.sources.values():
        assert f'<a href="{source.url}">' in text


async def test_unknown_command_points_at_help_in_private_only(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/frobnicate", chat_type="group", chat_id=DEFAULT_GROUP_ID))
    assert offline_bot.request.calls_to("sendMessage") == []
    await offline_bot.send(offline_bot.updates.message("/frobnicate"))
    assert "/help" in only_message(offline_bot)["text"]


async def test_command_menu_is_set_in_english_and_russian(offline_bot: OfflineBot) -> None:
    menus = offline_bot.request.calls_to("setMyCommands")
    by_language = {m.get("language_code", ""): m["commands"] for m in menus}
    assert set(by_language) == {"", "ru"}
    english = [c["command"] for c in by_language[""]]
    assert english == [c["command"] for c in by_language["ru"]]
    assert {"start", "help", "ask", "speakers", "agreements", "topics", "about", "source"} <= set(english)
    assert by_language["ru"][0]["description"] != by_language[""][0]["description"]
    # every command in the menu is one the bot answers
    handled = {c for h in offline_bot.app.handlers[0] for c in getattr(h, "commands", ())}
    assert set(english) <= handled


# -- "did you mean" and votes ------------------------------------------------------------


async def test_did_you_mean_buttons_show_the_fact_they_name(offline_bot: OfflineBot) -> None:
    question = "measures implementing"
    reply = SHIPPED.ask(question)
    assert reply.suggestions, "precondition: the core offers close alternatives for this question"
    await offline_bot.send(offline_bot.updates.message(question))
    answer = only_message(offline_bot)
    buttons = [b for row in keyboard(answer) for b in row if b.get("callback_data", "").startswith("f:")]
    buttons = buttons[len(reply.items):]  # the listed facts' buttons come first, then "also close"
    assert len(buttons) == len(reply.suggestions)
    for button, suggestion in zip(buttons, reply.suggestions):  # the title, shortened if long
        assert suggestion.title.startswith(button["text"].rstrip("…"))
    assert all(len(data.encode()) <= 64 for data in callback_data(answer))

    offline_bot.request.clear()
    target = reply.suggestions[0].fact_id
    await offline_bot.send(offline_bot.updates.callback_query(buttons[0]["callback_data"]))
    shown = only_message(offline_bot)
    assert SHIPPED.factbase.entry(target).quote in shown["text"].replace("&quot;", '"')  # type: ignore[union-attr]
    assert callback_data(shown) == [f"v:+:{target}", f"v:-:{target}"]
    assert offline_bot.request.calls_to("answerCallbackQuery")


async def test_abstention_with_close_facts_offers_them_as_buttons(offline_bot: OfflineBot) -> None:
    question = "electricity prices"
    reply = SHIPPED.ask(question)
    assert not reply.answered and reply.suggestions, "precondition: an abstention with suggestions"
    await offline_bot.send(offline_bot.updates.message(question))
    answer = only_message(offline_bot)
    assert "Did you mean:" in answer["text"]
    assert callback_data(answer) == [f"f:en:{s.fact_id}" for s in reply.suggestions]


async def test_a_tap_on_a_fact_removed_since_says_so(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.callback_query("f:en:no-such-fact"))
    [toast] = offline_bot.request.calls_to("answerCallbackQuery")
    assert "no longer" in toast["text"]
    assert offline_bot.request.calls_to("sendMessage") == []


async def test_votes_are_stored_per_fact_and_shown_on_the_buttons(offline_bot: OfflineBot) -> None:
    updates = offline_bot.updates
    await offline_bot.send(updates.callback_query("v:+:grigoryan", user_id=1))
    await offline_bot.send(updates.callback_query("v:+:grigoryan", user_id=2))
    await offline_bot.send(updates.callback_query("v:-:grigoryan", user_id=2))  # changes their vote
    await offline_bot.send(updates.callback_query("v:-:mishustin", user_id=1))

    tally = offline_bot.storage.tally("grigoryan")
    assert (tally.up, tally.down) == (1, 1)
    assert offline_bot.storage.tally("mishustin").down == 1
    toasts = offline_bot.request.calls_to("answerCallbackQuery")
    assert len(toasts) == 4 and all(t["text"] == "Thanks for the feedback!" for t in toasts)
    last_grigoryan = offline_bot.request.calls_to("editMessageReplyMarkup")[2]
    assert [b["text"] for b in last_grigoryan["reply_markup"]["inline_keyboard"][0]] == ["👍 1", "👎 1"]


async def test_voting_keeps_the_other_buttons(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("What did Mishustin say about the EAEU?"))
    answer = only_message(offline_bot)
    assert callback_data(answer)[0] == "v:+:mishustin-eaeu", "precondition: one fact, with its votes"
    stored = offline_bot.updates.callback_query("v:+:mishustin-eaeu", message_text=answer["text"])
    stored["callback_query"]["message"]["reply_markup"] = answer["reply_markup"]
    await offline_bot.send(stored)
    [edit] = offline_bot.request.calls_to("editMessageReplyMarkup")
    rows = edit["reply_markup"]["inline_keyboard"]
    assert [b["text"] for b in rows[0]] == ["👍 1", "👎 0", "↗️ Share"]
    assert rows[1:] == keyboard(answer)[1:]


async def test_a_vote_on_a_removed_fact_is_not_stored(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.callback_query("v:+:no-such-fact"))
    assert offline_bot.storage.tally("no-such-fact").up == 0
    assert "no longer" in offline_bot.request.calls_to("answerCallbackQuery")[0]["text"]


async def test_unknown_buttons_are_answered_not_ignored(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.callback_query("something-old"))
    [toast] = offline_bot.request.calls_to("answerCallbackQuery")
    assert "expired" in toast["text"]


LONG_CYRILLIC_ID = "соглашение о строительстве моста через реку между двумя странами"  # 118 bytes


@pytest.fixture
def spaced_ids_kb(tmp_path: Path) -> Path:
    """VALID with fact ids containing spaces and Cyrillic, one of them over 64 bytes."""
    facts = (VALID.replace("id: alice\n", "id: alice example\n")
             .replace("speaker: alice\n", "speaker: alice example\n")
             .replace("id: alice-bridge", "id: мост алисы")
             .replace("id: bridge-treaty", f"id: {LONG_CYRILLIC_ID}"))
    return write_kb(tmp_path / "spaced-kb", {"facts.yaml": facts})


async def test_buttons_work_for_ids_with_spaces_and_cyrillic(make_offline_bot: Any, spaced_ids_kb: Path) -> None:
    bot = await make_offline_bot(KNOWLEDGE_DIR=str(spaced_ids_kb))
    await bot.send(bot.updates.message("What was signed?"))
    answer = only_message(bot)
    data = callback_data(answer)  # the list of documents: one button each, no votes on a list
    assert len(data) == 1 and data[0].startswith("f:en:#"), "the document with the long id is listed, hashed"
    assert all(len(d.encode()) <= MAX_CALLBACK_BYTES for d in data)

    bot.request.clear()
    await bot.send(bot.updates.callback_query(data[0]))  # the long id
    shown = only_message(bot)
    assert shown["text"].startswith("<b>Bridge treaty</b>")
    votes = callback_data(shown)
    assert len(votes) == 2 and all(len(d.encode()) <= MAX_CALLBACK_BYTES for d in votes)

    await bot.send(bot.updates.message("Alice bridge"))
    spaced = callback_data(bot.request.calls_to("sendMessage")[-1])
    assert spaced[:2] == ["v:+:мост алисы", "v:-:мост алисы"]

    await bot.send(bot.updates.callback_query(spaced[0], user_id=1))  # 👍 on "мост алисы"
    await bot.send(bot.updates.callback_query(votes[1], user_id=1))  # 👎 on the long id
    assert bot.storage.tally("мост алисы").up == 1
    assert bot.storage.tally(LONG_CYRILLIC_ID).down == 1
    toasts = [t.get("text") for t in bot.request.calls_to("answerCallbackQuery")]
    assert toasts == [None, "Thanks for the feedback!", "Thanks for the feedback!"]  # none "expired"


# -- long replies --------------------------------------------------------------------


@pytest.fixture
def long_quote_kb(tmp_path: Path) -> Path:
    folder = tmp_path / "long-kb"
    folder.mkdir()
    sentence = "The delegations discussed cooperation in transport & energy at length. "
    quote = (sentence * 120).strip()  # about 8,500 characters
    (folder / "facts.yaml").write_text(
        f"""sources:
  - id: src
    publisher: Test Times
    title: A long report
    url: https://example.org/long
    published: 2023-10-27
speakers:
  - id: alice
    name: Alice Example
    role: Prime Minister
    country: Armenia
    attended: true
    quote: "Alice Example took part."
    source: src
    added: 2023-10-27
statements:
  - id: long-speech
    speaker: alice
    title: A very long speech
    quote: "{quote}"
    source: src
    added: 2023-10-27
""", encoding="utf-8")
    return folder


async def test_a_reply_over_4096_characters_is_split(make_offline_bot: Any, long_quote_kb: Path) -> None:
    bot = await make_offline_bot(KNOWLEDGE_DIR=str(long_quote_kb))
    await bot.send(bot.updates.message("What did Alice say about the long speech?"))

    parts = bot.request.calls_to("sendMessage")
    assert len(parts) >= 3  # the offline API refused none: each part valid and within 4,096
    assert all(len(p["text"]) <= 4096 for p in parts)
    assert parts[0]["text"].startswith("<b>Alice Example: A very long speech</b>")
    assert "https://example.org/long" in parts[-1]["text"]
    assert [bool(p.get("reply_markup")) for p in parts] == [False] * (len(parts) - 1) + [True]


async def test_a_4096_character_question_is_answered(offline_bot: OfflineBot) -> None:
    question = ("Who represented Armenia? " * 200)[:4096]
    await offline_bot.send(offline_bot.updates.message(question))
    assert "Sorry" not in only_message(offline_bot)["text"]
    [row] = offline_bot.storage.query("SELECT length(text) AS n FROM questions")
    assert row["n"] == 1000  # stored, truncated


# -- inline mode -------------------------------------------------------------------------


async def test_inline_query_offers_matching_quotes_titled_by_what_was_said(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.inline_query("belt and road"))
    [answer] = offline_bot.request.calls_to("answerInlineQuery")
    first = answer["results"][0]
    assert first["type"] == "article" and first["id"] == "smailov-belt-and-road"
    statement = SHIPPED.factbase.statements["smailov-belt-and-road"]
    assert first["title"] == statement.title
    assert first["description"].startswith("Smailov: It is important to find connection points")
    content = first["input_message_content"]
    assert content["parse_mode"] == "HTML" and "<blockquote>It is important" in content["message_text"]
    assert '<a href="https://astanatimes.com/' in content["message_text"]
    [[open_in_bot]] = first["reply_markup"]["inline_keyboard"]
    assert open_in_bot["url"] == "https://t.me/cis_meeting_bot?start=f_smailov-belt-and-road"
    assert 0 < answer["cache_time"] <= 3600 and answer.get("next_offset", "") == ""
    assert answer["button"]["start_parameter"] == "inline"


async def test_inline_titles_say_what_was_said_and_name_delegations(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.inline_query(""))
    seen: dict[str, str] = {}
    offset = ""
    while True:
        offline_bot.request.clear()
        await offline_bot.send(offline_bot.updates.inline_query("", offset=offset))
        [answer] = offline_bot.request.calls_to("answerInlineQuery")
        seen.update({r["id"]: r["title"] for r in answer["results"]})
        offset = answer.get("next_offset", "")
        if not offset:
            break
    assert seen["documents-signed"] == SHIPPED.factbase.agreements["documents-signed"].title
    assert seen["grigoryan"] == "Armenia: Mher Grigoryan, Deputy Prime Minister"
    speakers_as_titles = [t for t in seen.values() if t.startswith("Alikhan Smailov")]
    assert speakers_as_titles == []  # no longer seven results titled by who spoke


async def test_empty_inline_query_pages_from_the_meeting_and_delegations_to_everything(
        offline_bot: OfflineBot) -> None:
    ids: list[str] = []
    offset, pages = "", 0
    while True:
        offline_bot.request.clear()
        await offline_bot.send(offline_bot.updates.inline_query("", offset=offset))
        [answer] = offline_bot.request.calls_to("answerInlineQuery")
        assert len(answer["results"]) <= 10
        ids += [r["id"] for r in answer["results"]]
        offset, pages = answer.get("next_offset", ""), pages + 1
        if not offset:
            break
    assert ids[:2] == [SHIPPED.factbase.meeting.id, "participants"]  # type: ignore[union-attr]
    assert pages >= 3 and len(ids) == len(set(ids))
    assert set(SHIPPED.factbase.statements) | set(SHIPPED.factbase.agreements) <= set(ids)


async def test_empty_inline_query_puts_the_most_asked_facts_on_the_first_page(offline_bot: OfflineBot) -> None:
    for _ in range(3):
        offline_bot.storage.record_question("What did Mishustin say?", "en", True, 90, "mishustin-eaeu")
    await offline_bot.send(offline_bot.updates.inline_query(""))
    [answer] = offline_bot.request.calls_to("answerInlineQuery")
    ids = [r["id"] for r in answer["results"]]
    assert ids[2] == "mishustin-eaeu"  # after the meeting and who took part
    heads = [s.id for s in SHIPPED.factbase.speakers.values() if s.attended]
    assert ids[3:] == heads[:7]  # then the delegations


async def test_inline_results_come_in_pages_of_10(make_offline_bot: Any, large_kb: Path) -> None:
    bot = await make_offline_bot(KNOWLEDGE_DIR=str(large_kb))
    ids: list[str] = []
    offset = ""
    for _ in range(LARGE_KB_STATEMENTS // 10):
        bot.request.clear()
        await bot.send(bot.updates.inline_query("trade", offset=offset))
        [answer] = bot.request.calls_to("answerInlineQuery")
        assert len(answer["results"]) == 10
        ids += [r["id"] for r in answer["results"]]
        offset = answer.get("next_offset", "")
    assert offset == "" and len(set(ids)) == LARGE_KB_STATEMENTS


@pytest.mark.parametrize("offset", ["garbage", "²", "9" * 5000, "-1"])
async def test_an_inline_offset_we_never_sent_starts_from_the_first_page(offline_bot: OfflineBot,
                                                                          offset: str) -> None:
    await offline_bot.send(offline_bot.updates.inline_query("trade", offset=offset))
    [answer] = offline_bot.request.calls_to("answerInlineQuery")
    assert answer["results"]


async def test_inline_query_with_nothing_found_offers_the_bot(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.inline_query("Moldova", offset="garbage"))
    [answer] = offline_bot.request.calls_to("answerInlineQuery")
    assert answer["results"] == []
    assert answer["button"]["start_parameter"] == "inline"


async def test_inline_query_in_russian(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.inline_query("пояс и путь"))
    [answer] = offline_bot.request.calls_to("answerInlineQuery")
    assert answer["results"][0]["id"] == "smailov-belt-and-road"
    assert "Источник" in answer["results"][0]["input_message_content"]["message_text"]


# -- everything else -------------------------------------------------------------------


async def test_sticker_and_photo_in_private_get_a_polite_note(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.sticker())
    await offline_bot.send(offline_bot.updates.photo(caption="look"))
    texts = offline_bot.request.sent_texts()
    assert len(texts) == 2 and all("only read text" in t for t in texts)


async def test_stickers_edits_and_channel_posts_elsewhere_are_ignored(offline_bot: OfflineBot) -> None:
    updates = offline_bot.updates
    offline_bot.request.clear()  # forget getMe and the command menu
    await offline_bot.send(updates.sticker(chat_type="group", chat_id=DEFAULT_GROUP_ID))
    await offline_bot.send(updates.edited_message("Who represented Armenia?"))
    await offline_bot.send(updates.channel_post("@cis_meeting_bot Who represented Armenia?"))
    await offline_bot.send(updates.my_chat_member(1001))  # the user blocked the bot
    assert offline_bot.request.calls == []


async def test_a_subscriber_who_blocks_the_bot_gets_no_more_digests(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/subscribe"))
    subscriptions = Subscriptions(offline_bot.app.bot_data["storage"])
    subscription = subscriptions.get(1001)
    assert subscription is not None and subscription.active
    await offline_bot.send(offline_bot.updates.my_chat_member(1001))  # the user blocked the bot
    subscription = subscriptions.get(1001)
    assert subscription is not None and not subscription.active
    assert [s.chat_id for s in subscriptions.active()] == []


async def test_added_to_a_group_the_bot_says_how_to_ask(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.my_chat_member(-42, chat_type="group"))
    [hello] = offline_bot.request.calls_to("sendMessage")
    assert hello["chat_id"] == -42 and "/ask" in hello["text"]


async def test_a_failure_is_logged_and_the_user_gets_an_apology(
    offline_bot: OfflineBot, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        size = 1

        def language_of(self, question: str, default: str = "en") -> str:
            return default

        def converse(self, question: str, language: str | None = None, context: object = None) -> None:
            raise RuntimeError("matcher exploded")

    offline_bot.app.bot_data["answerer"] = Broken()
    with caplog.at_level(logging.ERROR):
        await offline_bot.send(offline_bot.updates.message("Who represented Armenia?"))

    text = only_message(offline_bot)["text"]
    assert text == "Sorry, something went wrong on my side. Please try again in a moment."
    [record] = [r for r in caplog.records if r.name == "handlers.errors"]
    assert "Who represented Armenia?" in record.getMessage()  # the update, for context
    assert record.exc_info and "matcher exploded" in str(record.exc_info[1])


async def test_a_failed_reply_does_not_loop_or_raise(offline_bot: OfflineBot) -> None:
    offline_bot.request.fail_next("sendMessage", 500, "Internal Server Error")
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?"))
    texts = offline_bot.request.sent_texts()
    assert len(texts) == 2 and texts[1].startswith("Sorry")  # the failed answer, then the apology


async def test_fact_titles_fit_in_buttons() -> None:
    # every fact can be offered as a "did you mean" button: data within 64 bytes
    for doc in SHIPPED.matcher.docs:
        assert len(f"f:ru:{doc.id}".encode()) <= 64, doc.id
        assert fact_title(SHIPPED.factbase, doc.id, "ru")
    # ... and the button shows the title, cut to MAX_LABEL_CHARS when longer
    long_title = "A title far longer than any button should show " * 3
    for language in ("en", "ru"):
        titles = [(doc.id, fact_title(SHIPPED.factbase, doc.id, language)) for doc in SHIPPED.matcher.docs]
        for fact_id, title in titles + [("long-title", long_title)]:
            markup = answer_keyboard(Reply(language, False, "", suggestions=(Suggestion(fact_id, title),)))
            assert markup is not None
            [[button]] = markup.inline_keyboard
            assert len(str(button.callback_data).encode()) <= MAX_CALLBACK_BYTES, fact_id
            assert 0 < len(button.text) <= MAX_LABEL_CHARS, fact_id
            assert title.startswith(button.text.rstrip("…")), fact_id
            assert button.text == title or button.text.endswith("…"), fact_id

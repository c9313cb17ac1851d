"""Answers people can trust, through Telegram: `Application.process_update`, offline.

The same cases as tests/test_intents.py where Telegram adds something: list
replies open each fact with a tap, follow-ups belong to one chat *and* user,
greetings are answered but not recorded for curators, Latin-typed Russian is
answered in Russian.
"""

from __future__ import annotations

import html
from typing import Any

import pytest

from bot.answering import Answerer
from knowledge import DEFAULT_DIR
from tests.conftest import OfflineBot
from tests.fakeapi import DEFAULT_GROUP_ID

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
GROUP: dict[str, Any] = {"chat_type": "group", "chat_id": DEFAULT_GROUP_ID}


def last_text(bot: OfflineBot) -> str:
    return str(bot.request.calls_to("sendMessage")[-1]["text"])


def buttons(bot: OfflineBot) -> list[str]:
    markup = bot.request.calls_to("sendMessage")[-1].get("reply_markup") or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row if "callback_data" in b]


async def test_what_did_x_say_lists_each_statement_as_a_button(offline_bot: OfflineBot) -> None:
    own = [s.id for s in SHIPPED.factbase.statements.values() if s.speaker == "mishustin"]
    await offline_bot.send(offline_bot.updates.message("What did Mishustin say?"))
    assert [f"f:en:{fact_id}" for fact_id in own] == buttons(offline_bot)[: len(own)]
    offline_bot.request.clear()
    await offline_bot.send(offline_bot.updates.callback_query(f"f:en:{own[0]}"))
    assert buttons(offline_bot)[:2] == [f"v:+:{own[0]}", f"v:-:{own[0]}"]


async def test_a_participant_nobody_quoted_gets_no_one_elses_words(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("What did Mustafayev say?"))
    text = last_text(offline_bot)
    assert "quote nothing Mustafayev said" in text
    aripov = [s.quote for s in SHIPPED.factbase.statements.values() if s.speaker == "aripov"]
    assert not any(quote[:40] in text for quote in aripov)


async def test_a_follow_up_continues_the_same_private_chat(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?"))
    await offline_bot.send(offline_bot.updates.message("and Belarus?"))
    assert "Roman Golovchenko" in last_text(offline_bot)
    await offline_bot.send(offline_bot.updates.message("what did he say?"))
    assert "quote nothing Golovchenko said" in last_text(offline_bot)


async def test_follow_ups_belong_to_one_user_in_a_group(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("/ask Who represented Russia?", user_id=11, **GROUP))
    await offline_bot.send(offline_bot.updates.message("/ask what did he say?", user_id=12, **GROUP))
    assert "What the reports quote Mikhail Mishustin saying" not in last_text(offline_bot), \
        "another member's question is not a follow-up of the first member's"
    await offline_bot.send(offline_bot.updates.message("/ask what did he say?", user_id=11, **GROUP))
    assert "What the reports quote Mikhail Mishustin saying" in last_text(offline_bot)


async def test_a_greeting_is_answered_kindly_and_not_recorded(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("Привет", language_code="ru"))
    text = last_text(offline_bot)
    assert text.startswith("<b>Здравствуйте!") and "не сказано" not in text
    assert offline_bot.storage.query("SELECT * FROM questions") == []


async def test_latin_typed_russian_is_answered_in_russian(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("kto predstavlyal armeniyu", language_code="en"))
    assert "Глава делегации Армении — Мгер Григорян" in last_text(offline_bot)


async def test_another_meeting_is_named_not_answered(offline_bot: OfflineBot) -> None:
    await offline_bot.send(offline_bot.updates.message("What did the SCO heads of government decide?"))
    text = last_text(offline_bot)
    assert "not the SCO heads of government meeting" in text
    assert "<blockquote>" not in text, "no quote from this meeting dressed as an answer"


async def test_a_large_fact_base_answers_off_the_event_loop(offline_bot: OfflineBot, monkeypatch: Any) -> None:
    import threading

    import handlers.common

    answerer = offline_bot.app.bot_data["answerer"]
    real = answerer.converse
    threads: list[int] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(answerer, "converse", spy)
    loop_thread = threading.get_ident()
    monkeypatch.setattr(handlers.common, "OFF_LOOP_FACTS", 10**9)
    await offline_bot.send(offline_bot.updates.message("Who represented Armenia?"))
    monkeypatch.setattr(handlers.common, "OFF_LOOP_FACTS", 0)
    await offline_bot.send(offline_bot.updates.message("Who represented Belarus?"))
    assert threads[0] == loop_thread, "a small fact base answers on the loop"
    assert threads[1] != loop_thread, "a large one in a worker thread"
    assert "Roman Golovchenko" in last_text(offline_bot)


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("Сколько делегаций?", "делегаций: 9", "frank, detailed conversation"),
    ("What was adopted?", "documents and decisions they name by title", "adopted in June"),
    ("Which countries are members of the CIS?", "don't list the CIS's member states", "energy systems"),
    ("Was Tokayev at the meeting?", "not listed among the meeting's participants", "represented Kazakhstan at"),
    ("What did the Tajik PM say?", "quote nothing Rasulzoda said", "<blockquote>"),
    ("What was decided at the CIS Heads of State summit?", "not the CIS Council of Heads of State", "<blockquote>"),
    ("hi", "Hello!", "The sources don't say"),
])
async def test_the_issues_examples_through_telegram(offline_bot: OfflineBot, question: str, shown: str,
                                                    not_shown: str) -> None:
    await offline_bot.send(offline_bot.updates.message(question, language_code="ru" if question[0] > "z" else "en"))
    text = html.unescape("\n".join(str(call["text"]) for call in offline_bot.request.calls_to("sendMessage")))
    assert shown in text and not_shown not in text


@pytest.mark.parametrize(("question", "shown", "not_shown"), [
    ("Did the Ashgabat meeting take place in May 2024?", "The reports I have cover", "<blockquote>"),
    ("chto reshili v Ashkhabade", "Мои источники рассказывают о", "<blockquote>"),
    ("Was Tokayev at this one?", "not listed among the meeting's participants", "represented Kazakhstan at"),
    ("How many people were in the Russian delegation?", "The sources don't say", "Mishustin, Prime Minister"),
    ("Who told TASS about the 22 documents?", "citing the Kyrgyz government's press service", "The sources don't say"),
    ("What did Meredov say at the meeting in Bishkek?", "among this meeting's participants", "The next meeting"),
    ("List all delegations at the Bishkek meeting", "9 delegations took part", "documents listed were signed"),
])
async def test_the_classes_of_wrong_answer_through_telegram(offline_bot: OfflineBot, question: str, shown: str,
                                                            not_shown: str) -> None:
    await offline_bot.send(offline_bot.updates.message(question))
    text = html.unescape(last_text(offline_bot))
    assert shown in text, text
    assert not_shown not in text, text

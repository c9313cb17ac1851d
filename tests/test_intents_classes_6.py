"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_5.py.

Each test names the class (a claim with a tag of doubt after it, a label naming another meeting over a
message of questions, a host asked of something that is not the meeting) and checks it on the shipped fact
base with phrasings written for this file: whether the bot answered, what its reply says, and which facts it
showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)
FACTS = SHIPPED.factbase
MEETING = FACTS.meeting.id if FACTS.meeting is not None else ""


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- claims put with a tag, a frame or the asker's evidence ----------------------------------

@pytest.mark.parametrize("question", [
    "Брат уверяет, что совет прошёл 27 октября, а я считаю, что 26-го. Кто из нас прав?",
    "My editor says the council met on 27 October. Who is right?",
])
def test_who_is_right_after_a_claimed_day_gets_the_day_it_was_held(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered, text
    assert "26" in reply.headline or "26 октября" in text, text


@pytest.mark.parametrize(("question", "wrong", "count"), [
    ("they inked 30 documents in Bishkek. confirm or deny?", "30", "22"),
    ("twitter says they signed 30 documents in Bishkek, right?", "30", "22"),
    ("В Бишкеке подписали 12 документов. Враньё?", "12", "22"),
    ("В Бишкеке подписали 12 документов, я уверен.", "12", "22"),
])
def test_a_wrong_count_with_a_tag_of_doubt_is_corrected(question: str, wrong: str, count: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "twenty-documents-signed", text
    assert wrong in reply.headline and count in reply.headline, reply.headline


def test_a_claim_about_the_next_meeting_said_with_certainty_gets_the_announced_one() -> None:
    reply = SHIPPED.ask("the next heads of government council is in Tashkent in March, I'm 100% sure")
    text = render_text(reply)
    assert reply.answered and "Ashgabat" in text, text
    assert reply.headline.startswith(("Not in Tashkent", "None of the reports gives March")), reply.headline


def test_the_askers_evidence_after_a_claimed_city_is_left_out() -> None:
    reply = SHIPPED.ask("This prime ministers' meeting was held in Astana, wasn't it? Their dateline said so after all.")
    assert reply.answered and reply.headline.startswith("Not in Astana"), render_text(reply)


@pytest.mark.parametrize("question", [
    "TASS wrote about twenty documents, citing the Kremlin press office. Please check both.",
    "ТАСС писал о двадцати документах со ссылкой на пресс-службу Кремля. Проверьте оба факта.",
])
def test_a_claim_with_check_it_after_it_gets_each_detail_corrected(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered, text
    assert "22" in reply.headline, reply.headline
    assert "Kyrgyz" in reply.headline or "Киргиз" in reply.headline, reply.headline


@pytest.mark.parametrize(("question", "place"), [
    ("A trainee wrote that the council met in Bishkek on 27 October 2023. Right or wrong?", "Not on 27 October"),
    ("В одном канале пишут, что заседание глав правительств прошло в Ташкенте. Проверьте.", "Не в городе Ташкент"),
])
def test_a_claim_framed_as_someone_elses_is_checked(question: str, place: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith(place), render_text(reply)


def test_a_mentioned_person_claimed_to_have_led_a_delegation_gets_no_and_who_did() -> None:
    reply = SHIPPED.ask("Делегацию Туркменистана возглавлял Рашид Мередов — так написано в учебнике. Верно?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Нет"), text
    assert "Гелдимырадов" in text, text


# -- another meeting, another thing hosted ----------------------------------------------------

@pytest.mark.parametrize("question", ["Ашхабад, 24 мая: какие итоги? Сколько подписали?",
                                      "Ashgabat, 24 May: outcomes? How many documents?"])
def test_a_label_naming_another_meeting_governs_every_question_after_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert not reply.answered, text
    assert "twenty-documents-signed" not in shown(reply) and "documents-signed" not in shown(reply), text


def test_a_label_naming_a_person_still_reads_each_question_with_it() -> None:  # guard
    reply = SHIPPED.ask("Слова Лебедева: через какое агентство? А слова Мишустина?")
    assert reply.answered and "БелТА" in reply.headline, render_text(reply)


def test_a_country_hosting_something_else_is_not_the_meetings_host() -> None:
    reply = SHIPPED.ask("Which country is going to host the CIS e-commerce platform?")
    assert MEETING not in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Which city hosted it, and on what date did it take place?",
                                      "kto byl hozyainom zasedaniya?"])
def test_the_host_of_the_meeting_itself_is_still_its_place(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and MEETING in shown(reply), render_text(reply)


def test_a_quote_claimed_for_a_meeting_of_another_year_is_no_answer() -> None:
    reply = SHIPPED.ask("Did Mishustin also call Russia a reliable ally at the CIS premiers' meeting in Astana in 2022?")
    text = render_text(reply)
    assert not reply.answered, text
    assert "reliable ally" in text, text  # (what he said here, shown as what the reports do hold)


def test_a_quote_asked_of_this_meeting_or_another_years_is_answered() -> None:  # guard
    reply = SHIPPED.ask("Is Mishustin's 'reliable ally' line from this Bishkek meeting or from Astana 2022?")
    assert reply.answered and reply.fact_id == "mishustin-reliable-ally", render_text(reply)


def test_the_meeting_put_in_a_city_where_another_meeting_was_is_corrected() -> None:
    for question in ("Did the meeting take place in Minsk?", "Заседание прошло в Минске, проверьте."):
        reply = SHIPPED.ask(question)
        text = render_text(reply)
        assert reply.answered and MEETING in shown(reply), text
        assert reply.headline.startswith(("Not in Minsk", "Не в городе Минск")), reply.headline


def test_the_other_meeting_in_that_city_is_still_found_by_its_own_words() -> None:  # guard
    reply = SHIPPED.ask("Did the permanent representatives meet in Minsk?")
    assert "minsk-permanent-representatives-trend" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["OK, so twenty-two documents were signed after all.",
                                      "I read the TASS report. After all, how many documents were signed"])
def test_after_all_inside_a_claim_or_a_question_is_no_evidence_left_out(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.fact_id == "twenty-documents-signed", render_text(reply)


@pytest.mark.parametrize("question", ["Which country hosted the meeting where the e-commerce platform was proposed?",
                                      "Which country hosted the delegations?"])
def test_the_meeting_or_its_delegations_hosted_is_the_meetings_host(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert reply.answered and MEETING in shown(reply), render_text(reply)


def test_a_quote_asked_of_this_meeting_beside_another_years_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("Did Mishustin say at this meeting, as he did in Astana in 2022, that Russia is a reliable partner?")
    assert reply.answered and reply.fact_id == "mishustin-reliable-ally", render_text(reply)


# -- Russian typed in Latin letters, and the meeting asked of as "it all" ------------------------

@pytest.mark.parametrize("question", ["where did it all happen?", "в каком городе всё это проходило?",
                                      "v kakom gorode vse bylo i kakogo chisla?"])
def test_it_all_asked_where_or_when_is_the_meeting(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and MEETING in shown(reply), render_text(reply)


def test_a_latin_typed_second_question_after_and_is_answered_too() -> None:
    reply = SHIPPED.ask("Mishustin ezdil i chto on skazal pro Rossiyu")
    text = render_text(reply)
    assert reply.answered and reply.language == "ru", text
    mishustin = {i for i, s in FACTS.statements.items() if s.speaker == "mishustin"}
    assert shown(reply) & mishustin, text


def test_short_words_of_both_languages_leave_latin_typed_russian_russian() -> None:
    reply = SHIPPED.ask("a tadzhikistan kto")
    assert reply.answered and reply.language == "ru" and "Расулзода" in reply.headline, render_text(reply)


def test_a_he_after_who_in_the_question_is_not_the_relative_in_the_story() -> None:
    reply = SHIPPED.ask("Внук работает в Казахстане, поэтому интересуюсь. Кто от Казахстана был на заседании и что он "
                        "говорил про транзит?")
    text = render_text(reply)
    assert reply.answered, text
    smailov = {i for i, s in FACTS.statements.items() if s.speaker == "smailov"}
    assert shown(reply) & smailov, text


def test_a_he_right_after_who_is_still_the_relative() -> None:  # guard
    reply = SHIPPED.ask("Мой брат живёт в Баку. Кто он по должности?")
    assert not reply.answered, render_text(reply)


# -- found by a reviewer: two questions read as one, two reports' figures, a choice of cities ----------

@pytest.mark.parametrize("question", ["Who took part? How many documents were signed?",
                                      "Quick one: who attended? And how many documents were signed?"])
def test_who_in_one_question_and_signed_in_another_is_no_question_of_signatories(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "no individual signatory" not in reply.headline, text
    assert "22" in text, text


def test_who_signed_is_still_answered_as_the_participants() -> None:  # guard
    reply = SHIPPED.ask("who signed the documents?")
    assert reply.answered and "no individual signatory" in reply.headline, render_text(reply)


def test_a_figure_of_a_report_that_disagrees_is_not_said_to_be_no_reports() -> None:
    reply = SHIPPED.ask("Asia-Plus has twenty, TASS has twenty-two. Me (20) or my colleague (22), which of us is right?")
    text = render_text(reply)
    assert "None of the reports gives 20" not in text, text
    assert "Asia-Plus" in text and "TASS" in text, text  # (each report's figure, with its source)


def test_a_figure_claimed_for_a_report_that_gives_another_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("Claim: Asia-Plus reported that twenty-two documents were signed. Check that.")
    assert "22" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Was the meeting held in Tashkent or in Bishkek?",
                                      "заседание было в Бишкеке или в Ташкенте?"])
def test_a_choice_of_this_meetings_city_and_a_city_another_fact_names_is_this_meetings(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and MEETING in shown(reply) and "aripov-innoprom-forum" not in shown(reply), render_text(reply)


def test_a_country_to_host_a_meeting_is_not_this_meetings_host() -> None:
    reply = SHIPPED.ask("Which country is going to host the regular meeting of the Council?")
    assert MEETING not in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", [
    "Belarus was represented by Lukashenko's envoy Meredov — it says so in the test. Is that right?",
    "Kazakhstan's representative was Tokayev, my textbook says. True?",
])
def test_where_the_asker_read_a_claim_is_left_out_and_the_claim_checked(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and reply.headline.startswith("No:") and reply.intent == "attend", render_text(reply)


@pytest.mark.parametrize("question", ["Which agreement did the Kazakh PM want the others to speed up work on?",
                                      "Какое соглашение Смаилов призвал ускорить?"])
def test_speeding_up_an_agreement_is_intensifying_work_on_it(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert reply.answered and "smailov-services-agreement" in shown(reply), render_text(reply)


# -- found by a second reviewer ----------------------------------------------------------------

def test_whether_a_country_signed_asked_after_who_came_from_it_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("Who came from Tajikistan? Did Tajikistan sign the documents?")
    assert "No report names who signed for Tajikistan" in render_text(reply), render_text(reply)


def test_which_countries_signed_is_still_who_signed_beside_another_question() -> None:  # guard
    reply = SHIPPED.ask("Which countries signed? Who had reservations?")
    assert reply.answered and "no individual signatory" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Who attended and how many documents were signed?",
                                      "Кто был и сколько документов подписали?"])
def test_who_attended_and_a_count_in_one_sentence_is_no_question_of_signatories(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "twenty-documents-signed" in shown(reply), text
    assert "signatory" not in text and "Кто именно подписал" not in text, text


def test_figures_of_the_reports_a_claim_names_are_no_reports_figures_not_given() -> None:  # guard
    reply = SHIPPED.ask("TASS: 22 documents, 9 on financing. Asia-Plus: 20. Please verify.")
    assert "None of the reports gives 22" not in render_text(reply), render_text(reply)


def test_a_question_with_check_it_after_it_is_answered_as_asked() -> None:
    reply = SHIPPED.ask("Сколько подписано документов? Проверьте, пожалуйста.")
    assert reply.answered and reply.fact_id == "twenty-documents-signed", render_text(reply)


def test_what_the_article_says_asked_alone_is_asked_what_that_means() -> None:  # guard
    reply = SHIPPED.ask("Is that what the article says?")
    assert not reply.answered and "“that”" in reply.headline, render_text(reply)


@pytest.mark.parametrize("question", ["Was the meeting rescheduled?", "Заседание перенесли?", "Заседание отложили?"])
def test_a_meeting_moved_is_no_typo_of_another_word(question: str) -> None:
    reply = SHIPPED.ask(question)
    assert not reply.answered, render_text(reply)  # (not the volunteer year, the delegations or Meredov's briefing)

"""More classes of question that fresh users found answered wrongly, each closed by a rule (no Telegram
here): the continuation of tests/test_intents_classes_10.py.

Each test names the class (a bare "did he name it?" after a figure asked; "is there such a quote?" after words no
report carries; a sum of money asked of a count; an anniversary's number, no count; someone only mentioned, with
who came for their country; a meeting given the wrong city and day on the way to a count; "that's what I'm
hearing" after a claim; the exact day asked after a report's agency; "kakogo chisla"; a subject set aside in "what
else did X say"; a question passed on after the asker's towns; "our country"; a relative who read a claim; "слышала,
будто"; a trip planned after the question; removing barriers and recognising results; the next meeting and who
reported it) and checks it on the shipped fact base with phrasings written for this file: whether the bot
answered, what its reply says, and which facts it showed.
"""

from __future__ import annotations

import pytest

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- "did he name it?": of the figure asked before, not all he said --------------------------------------------

def test_a_bare_did_he_name_it_after_a_figure_is_not_answered_with_all_his_words() -> None:
    reply = SHIPPED.ask("Сколько составил товарооборот стран СНГ, в долларах? Смаилов называл?")
    assert not reply.answered, render_text(reply)


def test_what_he_said_at_all_after_a_subject_he_never_spoke_of_is_still_his_words() -> None:  # guard
    reply = SHIPPED.ask("Говорил ли Смаилов о футболе? Что он сказал на заседании?")
    assert reply.answered and "smailov-belt-and-road" in shown(reply), render_text(reply)


# -- "is there such a quote?" -----------------------------------------------------------------------------------

def test_words_no_report_carries_are_said_to_be_no_ones_quote() -> None:
    reply = SHIPPED.ask("Слышал, Лебедев сказал «СНГ разваливается на части». Есть такая цитата?")
    text = render_text(reply)
    assert not reply.answered and "таких слов" in text, text


def test_a_quote_rendered_in_russian_is_found_in_its_english_words() -> None:  # guard
    reply = SHIPPED.ask("Мишустин назвал СНГ и ЕАЭС «значимыми механизмами». Есть такая цитата?")
    assert reply.answered and "mishustin-eaeu" in shown(reply), render_text(reply)


# -- a sum of money is no count; an anniversary's number is no count ---------------------------------------------

def test_a_total_sum_is_not_answered_with_a_number_of_documents() -> None:
    reply = SHIPPED.ask("What total sum was set aside under the nine financing documents?")
    assert not reply.answered, render_text(reply)


def test_an_anniversarys_number_is_not_checked_as_a_count_of_documents() -> None:
    reply = SHIPPED.ask("У нас в семье праздник. Слышала, что приняли документы к 80-летию Победы. Правда ли, что будет "
                        "медаль?")
    text = render_text(reply)
    assert reply.answered and reply.intent != "count" and "медал" in text, text
    assert "называет здесь 80" not in text, text


def test_a_count_no_report_gives_is_still_said_to_be_nobodys() -> None:  # guard
    reply = SHIPPED.ask("Правда ли, что подписали 30 документов?")
    text = render_text(reply)
    assert "30" in text and "22" in text and "20" in text, text


# -- someone only mentioned: who came for their country -----------------------------------------------------------

@pytest.mark.parametrize(("question", "head"), [
    ("Was Mirziyoyev himself at the Bishkek meeting?", "Aripov"),
    ("Токаев приезжал в Бишкек?", "Смаилов"),
])
def test_someone_only_mentioned_is_answered_with_who_led_their_countrys_delegation(question: str, head: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and head in text.split("\n")[0], text


# -- the wrong city and day on the way to a count ------------------------------------------------------------------

def test_a_count_asked_of_the_meeting_in_another_city_and_day_corrects_both_and_counts() -> None:
    reply = SHIPPED.ask("How many documents were signed at the CIS heads of government meeting in Dushanbe on "
                        "28 October 2023?")
    text = render_text(reply)
    assert reply.answered and "Not in Dushanbe" in text and "Not on 28 October" in text, text
    assert "Asia-Plus: 20" in text and "TASS: 22" in text, text


# -- a claim, then where the asker heard it -----------------------------------------------------------------------

def test_thats_what_im_hearing_is_no_prime_minister_asked_of() -> None:
    reply = SHIPPED.ask("So Kazakhstan wanted to leave the free trade zone? That's what I'm hearing.")
    text = render_text(reply)
    assert reply.intent != "attend" and "represented Kazakhstan" not in text, text


# -- the exact day of the next meeting, asked after a report's agency ----------------------------------------------

def test_the_exact_day_is_answered_though_the_question_names_the_reports_agency() -> None:
    reply = SHIPPED.ask("Asia-Plus, citing BelTA, says only 'May 2024' for the Ashgabat meeting. Which report gives "
                        "the exact day?")
    text = render_text(reply)
    assert reply.answered and "24 May" in text, text


def test_a_claim_of_the_agency_alone_is_still_checked_as_that() -> None:  # guard
    reply = SHIPPED.ask("Asia-Plus took the next meeting date from BelTA, right?")
    text = render_text(reply)
    assert reply.answered and text.startswith("Asia-Plus cites BelTA"), text


def test_kakogo_chisla_asks_a_day_the_reports_do_not_give_for_innoprom() -> None:
    reply = SHIPPED.ask("kakogo chisla Innoprom v Tashkente?")
    assert not reply.answered, render_text(reply)


# -- a subject set aside in "what else did X say" -------------------------------------------------------------------

def test_what_else_besides_a_subject_leaves_that_subject_out() -> None:
    reply = SHIPPED.ask("Apart from the Belt and Road, what else did Smailov say?")
    assert reply.answered, render_text(reply)
    assert "smailov-belt-and-road" not in shown(reply) and "smailov-services-agreement" in shown(reply), \
        render_text(reply)


def test_what_else_of_someone_only_mentioned_is_nothing_more() -> None:  # guard
    reply = SHIPPED.ask("Что ещё, кроме транзита, говорил Токаев?")
    assert not reply.answered, render_text(reply)


def test_apart_from_one_item_what_a_plan_holds_is_not_what_else_he_said() -> None:  # guard
    reply = SHIPPED.ask("Aripov wanted a roadmap for the CIS regions. Apart from a forum, what else was to be in it?")
    assert reply.answered and "aripov-regional-roadmap" in shown(reply), render_text(reply)


# -- the asker's towns, country and relatives before the question ----------------------------------------------------

def test_a_question_passed_on_after_the_askers_town_is_answered() -> None:
    reply = SHIPPED.ask("Я учился в Худжанде. Сосед спрашивает, кто представлял Таджикистан на встрече в Бишкеке. "
                        "Подскажете?")
    assert reply.answered and "rasulzoda" in shown(reply), render_text(reply)


def test_our_country_is_the_country_the_asker_named_as_theirs() -> None:
    reply = SHIPPED.ask("Мы гордимся, что встреча прошла у нас в Кыргызстане. Кто от нашей страны был, как его полное "
                        "имя?")
    assert reply.answered and "japarov" in shown(reply), render_text(reply)


def test_a_neighbour_who_read_a_claim_puts_the_claim_to_be_answered() -> None:
    reply = SHIPPED.ask("Сосед читал, что на встрече в Бишкеке кто-то предлагал объединить энергосистемы. Кто это был?")
    assert reply.answered and "aripov-energy-systems" in shown(reply), render_text(reply)


def test_slyshala_budto_is_hearsay_before_the_claim() -> None:
    reply = SHIPPED.ask("Слышала, будто к юбилею Победы выпустят общую медаль. Правда?")
    text = render_text(reply)
    assert reply.answered and "медал" in text, text


def test_a_trip_planned_after_the_question_is_no_part_of_it() -> None:
    reply = SHIPPED.ask("Когда будет Иннопром в Ташкенте? Брат собирается поехать.")
    assert reply.answered and "aripov-innoprom-forum" in shown(reply), render_text(reply)


# -- words for doing away with barriers and recognising results ---------------------------------------------------

def test_removing_barriers_and_recognising_results_find_aripovs_proposal() -> None:
    reply = SHIPPED.ask("Кто предлагал убрать технические барьеры и признавать оценку соответствия?")
    assert reply.answered and "aripov-conformity-assessment" in shown(reply), render_text(reply)


@pytest.mark.parametrize("question", ["Was anyone removed from a delegation?", "Who recognised the results of the meeting?"])
def test_removed_and_recognised_in_other_senses_find_no_barrier(question: str) -> None:  # guard
    reply = SHIPPED.ask(question)
    assert not {"aripov-conformity-assessment", "aripov-ecommerce-technical-barriers"} & shown(reply), render_text(reply)


# -- the next meeting, and who reported it ----------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "Next session: city, month, and who reported it?",  # guard
    "Следующее заседание: город, месяц, кто сообщил?",
])
def test_the_next_meeting_with_who_reported_it_is_its_facts_with_their_reports(question: str) -> None:
    reply = SHIPPED.ask(question)
    text = render_text(reply)
    assert reply.answered and "next-meeting-ashgabat" in shown(reply) and "Asia-Plus" in text, text


# -- more on the same rules: several things set aside, a count at a meeting put elsewhere --------------------------

def test_what_else_besides_two_things_leaves_both_out() -> None:
    reply = SHIPPED.ask("Что ещё, кроме энергосистем и импортозамещения, говорил Арипов?")
    assert reply.answered and "aripov-energy-systems" not in shown(reply), render_text(reply)
    assert "aripov-regional-roadmap" in shown(reply), render_text(reply)


def test_the_sum_total_of_documents_is_their_count() -> None:  # guard
    reply = SHIPPED.ask("What is the sum total of documents signed in Bishkek?")
    text = render_text(reply)
    assert reply.answered and "Asia-Plus: 20" in text and "TASS: 22" in text, text


def test_a_count_asked_of_the_meeting_held_in_another_city_is_corrected_then_counted() -> None:
    reply = SHIPPED.ask("How many documents were signed at the meeting held in Moscow?")
    text = render_text(reply)
    assert reply.answered and "Not in Moscow" in text and "TASS: 22" in text, text


# -- a message of two questions: each part, when the whole's reply answers one ----------------------------------------

def test_when_it_was_and_who_came_after_a_greeting_gets_the_day_and_the_delegate() -> None:
    reply = SHIPPED.ask("Hello! I missed the prime ministers' meeting. When was it, and who came from Kazakhstan?")
    text = render_text(reply)
    assert reply.answered and "26 October 2023" in text and "Smailov" in text, text


def test_a_claim_checked_with_where_and_which_agency_keeps_its_attribution() -> None:  # guard
    reply = SHIPPED.ask("Lebedev said the Executive Committee would analyse the proposals. Was that in Bishkek, and "
                        "which agency carried it?")
    text = render_text(reply)
    assert reply.answered and "lebedev-proposals-analysis" in shown(reply) and "BelTA" in text, text


# -- more from the second review: a neighbour's town, a report's reliability, "did he mention it" -------------------

def test_a_neighbours_town_before_a_passed_on_question_is_not_its_place() -> None:
    reply = SHIPPED.ask("Мой сосед из Ашхабада спрашивает, где проходило заседание.")
    text = render_text(reply)
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", text
    assert "next-meeting-ashgabat" not in shown(reply), text


def test_a_reports_reliability_is_not_judged_and_no_quote_is_read_as_it() -> None:
    reply = SHIPPED.ask("Is the Asia-Plus report reliable?")
    text = render_text(reply)
    assert not reply.answered and "mishustin-reliable-ally" not in shown(reply), text
    assert "judge" in text, text


def test_did_he_mention_it_after_a_subject_asks_whether_he_spoke_of_it() -> None:
    reply = SHIPPED.ask("Что говорили про электронную коммерцию? Лебедев называл?")
    text = render_text(reply)
    assert reply.headline.startswith("Сергей Лебедев: об этом в публикациях ничего"), text
    assert not any(i.startswith("lebedev-") for i in shown(reply)) and "uzbekistan-ecommerce-free-trade-zone" in shown(reply), text


def test_did_he_mention_it_when_he_did_gives_his_words() -> None:  # guard
    reply = SHIPPED.ask("What was said about the Belt and Road? Did Smailov mention it?")
    assert reply.answered and "smailov-belt-and-road" in shown(reply), render_text(reply)


def test_a_relatives_town_pointed_at_by_the_question_stays_its_place() -> None:  # guard
    reply = SHIPPED.ask("My neighbour from Ashgabat asks when the meeting in his city will be held.")
    assert reply.answered and "next-meeting-ashgabat" in shown(reply), render_text(reply)


def test_krome_in_latin_letters_sets_the_subject_aside() -> None:
    reply = SHIPPED.ask("Chto eshche, krome energosistem, govoril Aripov?")
    assert reply.answered and "aripov-energy-systems" not in shown(reply), render_text(reply)


def test_besides_a_claim_naming_a_country_sets_that_claim_aside() -> None:
    reply = SHIPPED.ask("What else did Mishustin say, besides that Russia remains a reliable ally?")
    assert reply.answered and "mishustin-reliable-ally" not in shown(reply) and "mishustin-eaeu" in shown(reply), \
        render_text(reply)


# -- a term asked "until what year"; a statement, then a question of its own; two questions after the asker's story -----

def test_until_what_year_is_a_term_ahead_not_the_date_of_an_old_agreement() -> None:
    reply = SHIPPED.ask("Until what year is the set of measures for industrial cooperation?")
    text = render_text(reply)
    assert reply.answered and "2030" in text, text
    assert reply.fact_id != "doc-mining-metallurgy-measures", text


def test_a_question_of_its_own_after_a_statement_is_answered_as_asked() -> None:
    reply = SHIPPED.ask("Asia-Plus cites BelTA for Lebedev's words. Which report gives the day of the next meeting?")
    text = render_text(reply)
    assert reply.answered and "24 May" in text, text


def test_two_questions_after_a_sentence_of_the_askers_keep_both_answers() -> None:
    reply = SHIPPED.ask("I am a retired engineer. What did Aripov say about import substitution, and what did he say "
                        "about investments?")
    assert reply.answered and {"aripov-import-substitution", "aripov-mutual-investments"} <= shown(reply), \
        render_text(reply)


def test_a_named_reports_line_is_kept_when_its_agency_is_asked_next() -> None:  # guard
    reply = SHIPPED.ask("When is the next meeting according to Asia-Plus, and whom did it cite?")
    text = render_text(reply)
    assert reply.answered and "citing BelTA" in text and "Turkmenportal" not in text, text


# -- from the third review: several people set aside, a number in quoted words, the asker's town in Latin letters --------

def test_several_people_set_aside_leave_the_participants_not_those_people() -> None:
    reply = SHIPPED.ask("Besides Smailov, Aripov and Mishustin, who attended the meeting?")
    assert reply.answered and reply.fact_id == "participants", render_text(reply)


def test_quoted_words_with_a_number_belong_only_to_a_report_that_gives_it() -> None:
    reply = SHIPPED.ask('A Telegram channel claimed "22 documents were signed". Is that right?')
    text = render_text(reply)
    assert reply.answered and "TASS: 22" in text and "The Astana Times" not in text.split("\n")[0], text


def test_the_askers_town_in_latin_letters_is_no_subject() -> None:
    reply = SHIPPED.ask("Privet! Ya student iz Tashkenta. Chto predlozhil Aripov po energetike i kakoe agentstvo ob "
                        "etom napisalo?")
    assert reply.answered and "aripov-energy-systems" in shown(reply), render_text(reply)
    assert "aripov-innoprom-forum" not in shown(reply), render_text(reply)


def test_when_and_who_reported_it_is_the_meetings_day_not_who_is_quoted() -> None:
    reply = SHIPPED.ask("Когда было заседание? И кто об этом сообщил?")
    assert reply.answered and reply.fact_id == "cis-hog-2023-10-26", render_text(reply)

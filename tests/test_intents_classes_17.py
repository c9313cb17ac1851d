"""More classes of question that fresh users found answered wrongly or not at all (no Telegram here): the
continuation of tests/test_intents_classes_16.py.

Each test names the class (a city named in a letter about the asker's family, taken for a claim about the
next meeting; a country read as the name of a report; a compass direction read as a subject the reports never
give; a proposal asked "at the Bishkek meeting", read as who proposed Bishkek; a place claim with its country
beside the city, or with a dare after it; a teacher's claim of the day; the language of the news the asker read;
a count typed in Latin letters asked "what about") and checks it on the shipped fact base with phrasings written
for this file: whether the bot answered, what its reply says, and which facts it showed.
"""

from __future__ import annotations

from bot.answering import Answerer
from bot.replies import render_text
from knowledge import DEFAULT_DIR

SHIPPED = Answerer.from_directory(DEFAULT_DIR)


def shown(reply) -> set[str]:  # type: ignore[no-untyped-def]
    """The facts a reply shows, answered or not."""
    return {i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i}


# -- a city in a letter about the asker's family ------------------------------------------------------------------

def test_a_city_where_the_askers_son_lives_is_not_corrected_as_the_next_meetings_place() -> None:
    reply = SHIPPED.ask("Добрый вечер. У меня сын учится в Москве, он хочет съездить в Минск. Я ему говорю: там "
                        "соберутся главы правительств. Подскажите, где и когда будет следующее заседание?")
    text = render_text(reply)
    assert reply.answered and "Ашхабад" in text, text
    assert "Москва" not in reply.headline and "Минск" not in reply.headline, text


def test_a_city_of_the_askers_life_in_english_is_not_corrected_either() -> None:  # guard
    reply = SHIPPED.ask("Hello. I study in Kazan and my brother lives in Minsk. Where will the next CIS heads of "
                        "government meeting be held?")
    text = render_text(reply)
    assert reply.answered and "Ashgabat" in text, text
    assert "Minsk" not in reply.headline and "Kazan" not in reply.headline, text


def test_a_city_put_to_the_next_meeting_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("Is the next CIS heads of government meeting going to be in Minsk?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not in Minsk"), text


def test_a_city_claimed_for_the_meeting_after_a_sentence_about_the_asker_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("My daughter lives in Moscow. Was the CIS heads of government meeting held in Tashkent?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not in Tashkent"), text


# -- a country is no report ---------------------------------------------------------------------------------------

def test_a_country_asked_at_head_of_government_level_is_not_read_as_sputnik_armenia() -> None:
    reply = SHIPPED.ask("Was Armenia at the table at head-of-government level? If not, who came?")
    text = render_text(reply)
    assert reply.answered and "Grigoryan" in reply.headline, text
    assert "Sputnik" not in reply.headline, text


def test_the_armenian_agency_named_still_gets_its_own_report() -> None:  # guard
    reply = SHIPPED.ask("Does Sputnik Armenia say who represented Armenia?")
    text = render_text(reply)
    assert "Sputnik" in reply.headline, text


# -- a compass direction is no subject ----------------------------------------------------------------------------

def test_east_west_routes_get_smailovs_words_without_a_note_on_west() -> None:
    reply = SHIPPED.ask("Who linked the east-west transit corridors to the Belt and Road, and in what words?")
    text = render_text(reply)
    assert reply.answered and "Belt and Road" in text, text
    assert "west" not in reply.headline.lower(), text


def test_cross_border_investment_gets_the_quote_without_a_note_on_border() -> None:
    reply = SHIPPED.ask("Did Aripov propose something for cross-border investment?")
    text = render_text(reply)
    assert reply.answered and "mutual investments" in text, text
    assert "border" not in reply.headline.lower(), text


def test_western_sanctions_are_still_no_subject_of_the_reports() -> None:  # guard
    reply = SHIPPED.ask("Did Mishustin ask for western sanctions to be lifted?")
    assert not reply.answered, render_text(reply)


# -- a proposal "at the Bishkek meeting" --------------------------------------------------------------------------

def test_what_a_country_proposed_at_the_bishkek_meeting_is_its_proposal_not_the_venues() -> None:
    reply = SHIPPED.ask("Did Uzbekistan propose any measures on investment at the Bishkek meeting?")
    text = render_text(reply)
    assert reply.answered and "investments" in text, text
    assert not reply.headline.startswith("No:") and "venue-decided-sochi" not in shown(reply), text


def test_a_country_put_as_proposer_of_the_venue_still_gets_no() -> None:  # guard
    reply = SHIPPED.ask("Did Tajikistan propose the Bishkek venue?")
    text = render_text(reply)
    assert reply.headline.startswith("No:") and "Kyrgyzstan" in text, text


# -- a place claim with the city's country, or a dare -------------------------------------------------------------

def test_a_city_with_its_country_beside_it_is_corrected_as_the_place() -> None:
    reply = SHIPPED.ask("The CIS heads of government met in Baku, Azerbaijan, didn't they?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not in Baku"), text


def test_a_russian_city_with_its_country_is_corrected_too() -> None:
    reply = SHIPPED.ask("Заседание глав правительств проходило в Ереване, Армения?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Не в городе Ереван"), text


def test_a_country_set_apart_from_the_city_still_stops_the_correction() -> None:  # guard
    reply = SHIPPED.ask("Was the meeting held in Astana with Kazakhstan's prime minister as host?")
    assert not reply.headline.startswith("Not in Astana"), render_text(reply)


def test_a_place_claim_with_a_dare_is_corrected() -> None:
    reply = SHIPPED.ask("Совет глав правительств был в Ташкенте, докажите обратное!")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Не в городе Ташкент"), text


def test_a_place_claim_calling_the_sources_garbage_is_corrected() -> None:
    reply = SHIPPED.ask("The meeting was in Baku, your sources are garbage.")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not in Baku"), text


def test_prove_me_wrong_after_a_place_claim_is_no_part_of_it() -> None:
    reply = SHIPPED.ask("They met in Yerevan. Prove me wrong.")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not in Yerevan"), text


# -- a teacher's day ------------------------------------------------------------------------------------------------

def test_a_lecturers_claim_of_the_day_it_happened_is_corrected() -> None:
    reply = SHIPPED.ask("Our lecturer said the meeting happened on 27 October 2023. Right?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("Not on 27 October"), text


def test_what_happened_that_day_is_still_no_claim_of_the_day() -> None:  # guard
    reply = SHIPPED.ask("What happened on 27 October?")
    assert not reply.headline.startswith("Not on 27 October"), render_text(reply)


# -- the language of the news read --------------------------------------------------------------------------------

def test_russian_news_where_the_asker_read_of_the_medal_asks_no_language() -> None:
    reply = SHIPPED.ask("I saw in Russian news that a medal was approved. Which medal?")
    text = render_text(reply)
    assert reply.answered and ("медал" in text or "medal" in text.lower()), text
    assert "is in Russian" not in reply.headline and "In Russian:" not in reply.headline, text


def test_the_language_of_a_report_is_still_answered() -> None:  # guard
    reply = SHIPPED.ask("Which news reports are in English?")
    text = render_text(reply)
    assert reply.answered and reply.headline.startswith("In English"), text


# -- a count typed in Latin letters, "what about" -----------------------------------------------------------------

def test_nine_documents_asked_what_about_in_latin_letters_are_the_financing_ones() -> None:
    reply = SHIPPED.ask("a eti 9 dokumentov pro chto?")
    text = render_text(reply)
    assert reply.answered and "tass-nine-financing-documents" in shown(reply), text


def test_nine_documents_asked_in_cyrillic_are_still_the_financing_ones() -> None:  # guard
    reply = SHIPPED.ask("Девять документов — о чём они?")
    assert "tass-nine-financing-documents" in shown(reply), render_text(reply)


# -- a report's count beside whom it cites ------------------------------------------------------------------------

def test_a_reports_count_on_a_subject_and_its_source_gives_that_count_and_the_source() -> None:
    reply = SHIPPED.ask("TASS offers a count of documents on financial support. Tell me it, and whose information "
                        "TASS relies on.")
    text = render_text(reply)
    assert reply.answered and "press service" in reply.headline, text
    assert reply.fact_id == "tass-nine-financing-documents" and "tass-22-documents" not in shown(reply), text


def test_the_exact_number_and_its_source_still_give_the_total() -> None:  # guard
    reply = SHIPPED.ask("What exact number does TASS give, and whom does it cite?")
    assert "tass-22-documents" in shown(reply), render_text(reply)


# -- summing up, a time clause -------------------------------------------------------------------------------------

def test_what_the_secretary_general_said_when_summing_up_is_his_words_on_the_results() -> None:
    reply = SHIPPED.ask("Что говорил Лебедев, когда подводил итоги встречи?")
    text = render_text(reply)
    assert reply.answered and "lebedev-results-new-impetus" in shown(reply), text


def test_what_he_said_when_the_session_was_finished_is_his_words() -> None:
    reply = SHIPPED.ask("And Lebedev - what did he say when the session was finished?")
    text = render_text(reply)
    assert reply.answered and "Lebedev" in text, text


# -- a teller's nation ----------------------------------------------------------------------------------------------

def test_their_prime_minister_after_a_friend_of_that_nation_is_that_countrys() -> None:
    reply = SHIPPED.ask("my kyrgyz roommate says their prime minister hosted it. what is his name?")
    text = render_text(reply)
    assert reply.answered and "Japarov" in text, text


# -- a count claimed with mockery ------------------------------------------------------------------------------------

def test_a_count_claimed_with_mockery_after_it_gets_the_reports_counts() -> None:
    reply = SHIPPED.ask("Eighty documents signed in a single day, bureaucrats of the year. Impressive.")
    text = render_text(reply)
    assert reply.answered and "20" in text and "22" in text, text


def test_a_russian_count_claimed_with_a_jibe_gets_the_reports_counts() -> None:
    reply = SHIPPED.ask("Подписали тридцать пять документов, рекорд бюрократии.")
    text = render_text(reply)
    assert reply.answered and "20" in text and "22" in text, text


def test_a_count_with_a_question_about_the_documents_themselves_is_not_reduced_to_the_count() -> None:  # guard
    reply = SHIPPED.ask("TASS says nine financing documents were signed. Which ones, by title?")
    assert not (reply.answered and reply.intent == "count"), render_text(reply)


# -- a label and a Russian form's "ФИО" ------------------------------------------------------------------------------

def test_full_name_asked_as_fio_is_the_delegation_head() -> None:
    reply = SHIPPED.ask("Премьер Таджикистана на СГП: ФИО.")
    text = render_text(reply)
    assert reply.answered and "Расулзода" in text, text


def test_a_checking_label_before_a_quoted_claim_is_no_subject() -> None:
    reply = SHIPPED.ask("Проверим: «Россию в Бишкеке представлял вице-премьер». Так?")
    text = render_text(reply)
    assert reply.answered and "Мишустин" in text, text


# -- review 33's mends ------------------------------------------------------------------------------------------------

def test_a_sentence_about_the_askers_move_does_not_stop_where_they_meet_next() -> None:
    reply = SHIPPED.ask("My family moved to Almaty last year. Where will they meet next time?")
    text = render_text(reply)
    assert reply.answered and "Ashgabat" in text, text
    assert "Almaty" not in reply.headline, text


def test_summing_up_with_no_one_named_still_asks_who_he_is() -> None:  # guard
    reply = SHIPPED.ask("What did he say when summing up?")
    assert not reply.answered and "next-meeting" not in str(shown(reply)), render_text(reply)


def test_a_count_put_to_another_meeting_is_not_confirmed_with_bishkeks_counts() -> None:  # guard
    reply = SHIPPED.ask("Twenty-two documents signed at the Ashgabat meeting in May, right?")
    assert not (reply.answered and reply.intent == "count"), render_text(reply)


def test_a_count_beside_a_question_of_money_keeps_the_money_unanswered() -> None:  # guard
    reply = SHIPPED.ask("Forty documents were signed. How much money do they involve?")
    assert not reply.answered, render_text(reply)


# -- a count of a thing no fact knows, a winner, a question said again, a stranger who stayed away ----------------------

def test_a_count_of_drinks_after_the_signing_is_no_count_of_documents() -> None:
    reply = SHIPPED.ask("Сколько шампанского выпили после подписания?")
    text = render_text(reply)
    assert not reply.answered and "twenty-documents-signed" not in shown(reply), text


def test_a_count_of_documents_after_the_signing_is_still_the_reports_counts() -> None:  # guard
    reply = SHIPPED.ask("Сколько всего документов подписали по итогам?")
    assert reply.answered and "22" in render_text(reply), render_text(reply)


def test_who_won_a_forum_only_proposed_is_no_one_the_reports_name() -> None:
    reply = SHIPPED.ask("Who won the awards at the Innoprom industrial week in Tashkent?")
    text = render_text(reply)
    assert not reply.answered and "aripov-innoprom-forum" not in shown(reply), text


def test_a_question_said_again_after_it_adds_nothing_to_answer() -> None:
    reply = SHIPPED.ask("Did the premiers swim in the lake after the summit? i want to know if they visit")
    text = render_text(reply)
    assert not reply.answered, text


def test_a_stranger_said_to_have_stayed_away_gets_no_no() -> None:
    reply = SHIPPED.ask("Армения, говорят, обиделась, поэтому Пашинян и не приехал в Бишкек. Так и было?")
    text = render_text(reply)
    assert not reply.headline.startswith("Нет:") and "Григорян" in text, text


def test_a_country_said_to_have_stayed_away_still_gets_no() -> None:  # guard
    reply = SHIPPED.ask("Туркменистан не прислал никого на заседание в Бишкеке, верно?")
    assert reply.headline.startswith("Нет:"), render_text(reply)


# -- the bot's own sources, asked with "using" ------------------------------------------------------------------------

def test_which_reports_the_bot_is_relying_on_is_the_list_of_reports() -> None:
    reply = SHIPPED.ask("Which reports are you relying on?")
    text = render_text(reply)
    assert reply.answered and "TASS" in text and "Turkmenportal" in text, text


def test_whom_one_report_cites_is_still_its_own_credit() -> None:  # guard
    reply = SHIPPED.ask("Which source does TASS cite?")
    assert reply.answered and "press service" in reply.headline, render_text(reply)


# -- review 34's mends ------------------------------------------------------------------------------------------------

def test_a_subject_named_after_a_general_question_is_kept() -> None:  # guard
    reply = SHIPPED.ask("Что подписали? хочу знать про геодезию")
    assert reply.answered and "геодез" in render_text(reply).lower(), render_text(reply)


def test_a_count_with_mockery_beside_a_question_of_names_keeps_abstaining() -> None:  # guard
    reply = SHIPPED.ask("Шестьдесят документов подписали, рекорд, да? Как они все называются?")
    assert not (reply.answered and reply.intent == "count"), render_text(reply)


# -- "свет" is electricity, never the English "set" ------------------------------------------------------------------

def test_electricity_called_svet_finds_the_energy_system_proposal_not_a_set_of_measures() -> None:
    reply = SHIPPED.ask("Что предлагали про свет для всех стран СНГ?")
    text = render_text(reply)
    assert reply.answered and reply.fact_id != "doc-mining-metallurgy-measures", text
    assert "aripov-energy-systems" in shown(reply), text


# -- "next" as the asker's plan, not the next meeting -----------------------------------------------------------------

def test_a_country_in_the_askers_plan_is_not_corrected_as_the_next_meetings_place() -> None:
    reply = SHIPPED.ask("was there a document on youth exchange? i want to work in Kazakhstan next")
    assert "Not in Kazakhstan" not in reply.headline, render_text(reply)


def test_a_country_put_to_the_next_meeting_is_still_corrected() -> None:  # guard
    reply = SHIPPED.ask("Will the next heads of government meeting be in Kazakhstan?")
    assert reply.headline.startswith("Not in Kazakhstan"), render_text(reply)

"""Answer a question: expand a follow-up, read the question, decide its intent and answer it.

The order of the checks is the design (see the package docstring): what cannot be answered from
these reports (small talk, another event, an unknown country, an opinion) is recognised first, then
the structured intents, and retrieval last. A reply that answers nothing never shows a score at which
the bot would have answered.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from functools import partial, reduce
from weakref import WeakKeyDictionary

from bot.facts import Agreement, Meeting, Statement
from bot.intents.abbreviations import abbreviation_reply, glossed_term_reply
from bot.intents.actually import actually_asked, without_people
from bot.intents.attribution import (
    asks_attribution,
    asks_the_source,
    attribution_line,
    attribution_reply,
    exact_day_asked,
    exact_day_reply,
    gives_its_authority,
)
from bot.intents.checks import count_said_by_reply, number_check_reply, place_check_reply, said_day_reply
from bot.intents.counts import (
    DIFFER_WORDS,
    checks_a_count,
    count_besides_reply,
    count_reply,
    deputies_reply,
    only_deputy_claim,
    part_counted_reply,
    two_numbers,
)
from bot.intents.details import contents_reply, missing_details_reply, puts_a_claim, unchecked_by, unnamed_reply
from bot.intents.differ import asks_where_they_differ, reports_differ_reply
from bot.intents.documents import (
    asks_documents,
    asks_list_position,
    asks_numbered_item,
    documents_reply,
    item_number_of_reply,
    list_position_reply,
    numbered_item_reply,
    signers_of_one_reply,
    who_signed_reply,
    with_total_named,
)
from bot.intents.events import (
    aside_places,
    event_mentioned,
    event_there_reply,
    event_words,
    names_another_time,
    other_event,
    other_event_reply,
    other_place,
    relayed_from_event,
)
from bot.intents.followups import asks_for_more, context_after, expand_follow_up, more_reply
from bot.intents.held import (
    FUTURE,
    held_in_another_place,
    held_not_announced,
    met_where_a_report_is_datelined,
    next_in_another_country,
    not_that_day,
    place_named,
    premise_of_this_meeting,
    this_is_another_day,
    this_is_elsewhere,
)
from bot.intents.initiatives import initiative_check_reply
from bot.intents.memo import per_question
from bot.intents.overview import (
    announced_origin_reply,
    date_check,
    earlier_meeting_day,
    earlier_meeting_decisions,
    origin_reply,
    overview_reply,
    proposer_claim_reply,
    without_set_aside,
)
from bot.intents.pasted import pasted_words_reply, phrase_owner_reply, unheld_words_reply
from bot.intents.people import (
    QUOTED_WHO_RE,
    ambiguous_reply,
    asks_attendance,
    asks_what_said,
    attend_each_reply,
    attend_reply,
    facts_telling_words,
    family_asked_reply,
    foreign_minister_reply,
    membership_reply,
    met_each_other_reply,
    name_asked_reply,
    no_president_reply,
    people_by_role,
    presidents_reply,
    role_check_reply,
    say_reply,
    spoke_reply,
    statements_of,
    stayed_away_claim,
    stranger_from,
    summed_up_reply,
    summing_up_of,
    title_claim,
    unquoted_reply,
    who_is_president_reply,
    who_is_reply,
    words_of_another,
)
from bot.intents.quotekind import asks_how_quoted, exact_words_reply, holds_words, how_quoted_reply, quoted_passages
from bot.intents.quoting import each_said_reply, quoted_by_reply, who_spoke_on_reply
from bot.intents.reading import (
    DOCUMENT_KINDS,
    MONTHS,
    PASTED_SPAN_RE,
    WH_RE,
    Context,
    Reading,
    agencies_not_reports,
    agency_parts,
    agency_words,
    as_adopted,
    asks_for_the_carrier,
    asks_yes_or_no,
    cited_for_what,
    credited_agencies,
    dates_in,
    delegated_countries,
    delegation_heads,
    derived,
    doc_holds,
    entry_texts,
    holds_the_subject,
    impossible_dates,
    is_number,
    is_year,
    keys_held,
    months_named,
    names_a_person,
    names_right_after,
    other_days_named,
    pasted_words,
    publisher_words,
    quoted_spans,
    read,
    reading_score,
    sources_named,
    subject_keys,
    without_asker_frames,
    without_east_west,
    without_honorifics,
    without_insistence,
    without_its_use,
    without_said_again,
    without_sources_asked,
    without_where_read,
    without_words,
    words_no_fact_holds,
)
from bot.intents.replying import abstain, fact_ids, hints, list_reply, publishers_of, with_changes
from bot.intents.reports import (
    OTHER_AGENCY_RE,
    agency_claim_reply,
    agency_contents,
    agency_quotes_reply,
    agency_story_reply,
    citing_reply,
    dateline_claim_reply,
    dateline_premise,
    each_reports_facts_on,
    earliest_report_reply,
    from_each_report,
    holds_agency,
    outlets_by_country_reply,
    per_report,
    per_report_reply,
    published_claim_reply,
    report_contents,
    report_itself,
    report_of_a_government,
    report_with_the_list,
    reports_asked_to_quote,
    reports_in_language,
    reports_naming_reply,
    reports_of_a_day,
    republished_reply,
    subheadline_reply,
    which_came_first_reply,
    without_report_dates,
    without_report_names,
)
from bot.intents.retrieval import (
    asks_a_change,
    asks_appearance,
    asks_figure,
    asks_initiator,
    asks_maker,
    asks_why,
    capitalised_unknown,
    figure_not_shown,
    gives_a_reason,
    is_background,
    names_its_event,
    names_nobody,
    names_someone,
    of_another_meeting,
    report_statements_holding,
    retrieve,
    shows_a_proposal,
    theme_year_claim,
    theme_year_reply,
    unknown_names,
    without_agenda_words,
)
from bot.intents.smalltalk import is_smalltalk, smalltalk_reply
from bot.intents.texts import corrects_the_question, opens_with, phrase
from bot.intents.vocabulary import (
    CHECK_WORDS,
    CITIES,
    DEPUTY_RE,
    FRAME,
    GREETING,
    LEADERS,
    MEETING_WORDS,
    NUMBER_WORDS,
    OTHER_PLACES,
    PREPARING,
    PRONOUNS,
    SPOKE_WORDS,
    THANKS,
    TITLE_KEYS,
    WHERE_WORDS,
    asking_sentences,
    city_named,
    money_asked,
    number_at,
    numbers_named,
)
from bot.lexicon import COUNTRIES, NEVER_TYPOS, STOPWORDS, country_by_name, never_a_typo
from bot.matcher import PARTICIPANTS_ID, SOURCES_ID, Matcher, country_key
from bot.replies import (
    Reply,
    Suggestion,
    fact_reply,
    fact_title,
    format_date,
    format_day,
    label,
    meeting_place,
    render_text,
    speaker_country_of,
    speaker_name,
    speaker_role,
    speaker_surname,
)
from bot.text import has_any, is_cyrillic, normalise, stem, tokenize, transliterate

__all__ = ["answer"]

# a winner asked for ("who won the championship", "кто победил"): no document names one
_WHO_ASKED_RE = re.compile(r"\b(won|win|wins|winner|winners|победил\w*|выиграл\w*|победител\w*|vyigral\w*|pobedil\w*|pobeditel\w*)\b")
_IN_THE_CIS_RE = re.compile(r"\b(countries|states|стран|государств|stran|gosudarstv) (are )?(in|make up|form|входит|входят|в|v|"
                            r"vkhodit|vkhodyat|vhodit|vhodyat) (the )?(cis|снг|sng|sodruzhestv\w*|содружеств\w*)\b")
_REPORTS_COUNTED_RE = re.compile(r"\b(how many|сколько|skolko) (reports|sources|publications|articles|outlets|"
                                 r"источников|публикаций|статей|istochnikov)\b")
# "give me a list of all the sources you have on this meeting", "какие у тебя источники": the reports themselves
_SOURCE_NOUNS = frozenset("""sources source reports publications articles outlets источники источников публикации публикаций
    статьи статей istochniki""".split())
_SOURCES_FRAME = frozenset("""give me list all your you have do does what which show the a of on about this that for name
    перечисли перечислите назови назовите
    meeting please every full complete used use дай дайте покажи покажите список все всех какие каких у тебя тебе вас
    вы есть по этому этой о об заседанию заседании встрече пожалуйста полный используешь используете
    are using rely relying based""".split())  # ("which sources are you using")


def _asks_the_reports_list(words: set[str]) -> bool:
    """True when the question asks only for the reports themselves ("what are your sources", "which sources are
    you using"): a word for them and nothing but the words of asking."""
    return bool(words & _SOURCE_NOUNS) and not words - _SOURCE_NOUNS - _SOURCES_FRAME


_IN_ALL = frozenset("всего vsego altogether".split())  # "сколько стран в СНГ всего"
_THERE_ARE_RE = re.compile(r"\b(are|were) there\b|\bthere (are|were)\b|\bin total\b")
_MEMBER_WORDS = frozenset("""
    member members membership члены членов членами член входят входит состав составе участницы
    chleny vkhodyat vkhodit vhodyat vhodit
""".split())


_OPINION_RE = re.compile(
    r"\b(do you think|what do you think|your (opinion|view|forecast|prediction|assessment|judgement|judgment)|"
    r"in your (opinion|assessment|judgement|judgment|view)|по вашей оценке|на ваш взгляд|"
    r"the most (pro|anti)[- ]\w+|самы\w* (про|анти)\w+|"  # ("the most pro-integration")
    r"\b(does|do|would|could|can)\b.*\b(actually|really) (happen|work|succeed)|will\b.*\b(actually|really|ever)\b|is it likely|how likely|"
    r"likely to|predict\w*|forecast\w*|"
    r"как (вы )?думаете|как думаешь|ваше мнение|по-вашему|по вашему|прогноз\w*|вероятно ли|"
    r"получится ли|удастся ли|"
    # "на самом деле" of what will come ("будет ли на самом деле создана"), not "когда на самом деле прошло"
    # (nor "Sputnik писал, что будет 27 октября. Когда оно было на самом деле?": what was)
    r"(будет|будут|станет|станут|заработает)\b(?!.*\b(было|был|была|прошло|прошёл|прошел|прошла|состоялось|состоялся)\b)"
    r".*\bна самом деле|на самом деле\b.*\b(будет|будут|станет|станут|заработает)|"
    # "is the free trade zone good for Uzbekistan", "выгодна ли зона Казахстану": a judgement no report makes
    r"(is|are|was|were|will|would)\b.*\b(good|bad|beneficial|harmful|worth it|a good idea) (for|to)|"
    r"(выгодн|полезн|вредн|хорош|плох)\w* ли|ли (это |она |он |они )?(выгодн|полезн|вредн)\w*)\b")


_PRESS_CONFERENCE_RE = re.compile(r"\bpress[- ]?conferences?\b|\bпресс[- ]?конференц\w*|\bpress[- ]?konferents\w*|"
                                  r"\bпресс[- ]?подход\w*")
# the report's author: no report's byline is kept ("who wrote the Astana Times article", "кто автор статьи")
_AUTHOR_RE = re.compile(r"\bbyline\b|\b(who wrote|who is the author of|authors? of|кто написал|кто автор|kto avtor|kto napisal)"
                        r"\s+(the\s+|this\s+|that\s+)?(\w+\s+){0,3}(article|story|piece|report|статью|статьи|заметку|"
                        r"заметки|материал|материала|публикацию|публикации|statyu|zametku)\b|"
                        # "which Kun.uz journalist wrote ...", "какой журналист написал заметку Asia-Plus"
                        r"\b(?:which|what|какой|какая|kakoy|kakoi)\s+(?:[\w.-]+\s+){0,2}?(?:journalists?|reporters?|"
                        r"correspondents?|authors?|журналист\w*|корреспондент\w*|автор\w*|zhurnalist\w*)\b")
# the authority for a figure asked: "according to whom", "по чьим данным"
_PER_WHOM_RE = re.compile(r"\b(?:according to|per) whom\b|\bпо (?:чьим|чьей) (?:данным|информации|версии)\b|\bпо данным кого\b|"
                          r"\bсо слов кого\b|\bwho (?:says|said|reported|reports) (?:so|that|it)\b")
# a spokesperson by name: the reports cite press services, never a person speaking for one
_SPOKESPERSON_RE = re.compile(r"\b(spokes(?:person|man|woman|people)|press[- ]secretary|press[- ]officer|пресс[- ]секретар\w*|"
                              r"спикер\w*|press[- ]sekretar\w*)\b")
_WAS_THERE_RE = re.compile(r"\b(was there|were there|did they (hold|give)|was a|was one|held|будет ли|была ли|было ли|"
                           r"проводилась|состоялась|byla li|any)\b")
# a report's trustworthiness asked ("which report is the most reliable", "Is the Asia-Plus report reliable?", "Можно
# ли доверять ТАСС?"): a judgement no report makes (not Mishustin's "reliable ally", nor "the more accurate date")
_RELIABLE_RE = re.compile(r"\b(?:reliable|trustworthy|credible|biased|trust|доверять|доверия|надёжн\w*|надежн\w*|достоверн\w*|"
                          r"ангажирован\w*|предвзят\w*)\b(?!\s+(?:ally|partner|союзник\w*|партн[её]р\w*))", re.IGNORECASE)

_REPORT_ASKED = frozenset("""report reports source sources outlet outlets agency media publication публикация публикации
    источник источники сми издание агентство""".split())
_SUCCESSION_WORDS = frozenset("""before after predecessor successor replaced preceded succeeded replace
    предшественник преемник сменил сменила сменит""".split())
_AFTER_THE_MEETING_RE = re.compile(r"\b(?:before|after)\s+(?:the|this|that)\s+(?:meeting|session|summit|council)\b")
# "who will become the next Secretary General": becoming a post, not "who will become the next host"
_BECOMING_A_POST_RE = re.compile(r"\b(become|becomes|станет|стать)\b.*\b(secretary|general|chair\w*|president|"
                                 r"генеральн\w*|секретар\w*|председател\w*|президент\w*)")


# who was NOT there: "did not send", "didn't attend", "не прислали", "absent", "отсутствовал"
_ABSENT_RE = re.compile(r"\b(not|didn|never|не|ne)\s+(t\s+)?(\w+\s+)?(attend\w*|send|sent|particip\w*|come|came|"
                        r"represent\w*|show\w*|прислал\w*|присылал\w*|участвовал\w*|приехал\w*|прибыл\w*|"
                        r"направил\w*|представлен\w*|приславш\w*)\b|\b(absent|absence|absentees|"
                        r"(countries|states|delegations|who)\s+(were|was)\s+missing|"
                        r"отсутствовал\w*|отсутствующ\w*|отсутствие|(?:кого|кто|kogo|kto)\s+(?:не|ne)\s+(?:было|был|была|"
                        r"были|bylo|byl|byli))\b")  # ("кого не было на заседании")
# who would not sign: "refused to sign", "did not sign", "не подписал", "отказался подписать"
_REFUSED_RE = re.compile(r"\b(opt\w*\s+out|opted\s+out|stay\w*\s+out)\b|"
                         r"\b(refus\w*|declin\w*|reject\w*|отказал\w*|отказыва\w*|отклонил\w*)\s+(to\s+)?(sign|"
                         r"signing|подпис\w*|join|joining|присоедин\w*)\b|"
                         r"^(who|which|what|кто|какие|какая|какой|какое|kto)\b.*\b(not|didn|never|weren|wasn|haven|не)"
                         r"\s+(t\s+)?(been\s+)?(sign|signed|подписал\w*|подписан\w*|подписыва\w*|подписать)\b")
# "who chaired the meeting", "какая страна председательствует в СНГ": no report says (a "Deputy Chairman"
# in a title is a title)
_CHAIR_RE = re.compile(r"\b(chaired|chairing|chairs|chairmanship|presided|presiding|presides?|председательств\w*|"
                       r"председательствовал\w*|predsedatelstv\w*)\b|\b(who|which \w+) (was|is|will be) (the )?chair\b|"
                       r"\b(predsedatel\w*|председател\w*) (sng|снг)\b|"  # "kto predsedatel sng v 2023"
                       # "кто председатель заседания", "who was chairman of the meeting" (not the Cabinet's chairman)
                       r"\b(kto|кто|who)\s+(?:(?:was|is|был|была)\s+)?(?:the\s+)?(predsedatel\w*|председател\w*|chairman|"
                       r"chairwoman|chairperson)\s+(?:of\s+the\s+)?(zasedani\w*|заседани\w*|meeting|session|sgp|сгп|council|"
                       r"совета)\b")
_CHAIR_GATE = ("chair", "presid", "председат", "predsedat")  # a word every _CHAIR_RE alternative holds
# this meeting said to be moved to a city ("got moved to Ashgabat at the last minute", "перенесли в Ашхабад"): whether
# it was held there (not the next one's move: "the next meeting was moved to Minsk")
_MOVED_TO_RE = re.compile(r"\b(?:(?:got|was|been|be)\s+)?(?:moved|relocated|transferred|shifted)\s+to\s+(?P<en>\w+)"
                          r"(?:\s+at\s+the\s+last\s+minute)?|"
                          r"\b(?:перенесли|перенесено|перенесен[оа]?|перенесён[оа]?)\s+(?:в|во)\s+(?P<ru>\w+)"
                          r"(?:\s+в\s+последний\s+момент)?", re.IGNORECASE)
_MOVED_GATE = ("moved", "relocated", "transferred", "shifted", "перенес", "перенёс")  # (the cheap test first)
_NEXT_NAMED_RE = re.compile(r"\b(?:next|следующ\w*|очередн\w*|sleduyu\w*)\b", re.IGNORECASE)


def _held_there(found: re.Match[str]) -> str:
    """"moved to Ashgabat" as "held in Ashgabat" when a city follows (not "moved to 26 October")."""
    city = found.group("en") or found.group("ru")
    named = city_named(city.lower())
    if named is None:
        return found.group(0)
    if found.group("en"):
        return f"held in {city}"
    where = next((form for form, its in CITIES.items() if its == named and is_cyrillic(form) and form.endswith("е")),
                 city.lower())  # "в Ашхабаде", as the place is said
    return f"прошло в {where.capitalize()}"


def _chair_asked(text: str) -> bool:
    """True when who chaired the meeting is asked ("who presided over the session of the Council of Heads of
    Government"; not who chairs a cabinet, whose "government" is not the council's own name)."""
    return _CHAIR_RE.search(text) is not None and not set(tokenize(_COUNCIL_NAME_RE.sub(" ", text))) & _GOVERNMENT_WORDS


# the council's own name, whose "government" is no cabinet's ("Council of Heads of Government", "Совет глав
# правительств")
_COUNCIL_NAME_RE = re.compile(r"\b(?:heads?\s+of\s+governments?|глав\w*\s+правительств\w*|glav\w*\s+pravitelstv\w*)\b",
                              re.IGNORECASE)
# "was it held in a narrow or an extended format", "в узком составе": no report gives this meeting's format (Sputnik's
# "в расширенном составе" is the Sochi meeting's)
# "when was Lebedev appointed Secretary General", "когда Смаилов стал премьером", "how long has Mishustin been prime
# minister": the reports give the posts held at the meeting, never since when
_TOOK_POST_RE = re.compile(r"\b(how old|сколько лет)\b|\bс какого года\b.*\b(министр\w*|премьер\w*|генсек\w*|секретар\w*|"
                           r"глав\w*|председател\w*)|"
                           r"\b(when|since when|what year|how long|когда|с какого|как давно|в каком году|kogda)\b.*"
                           r"\b(appointed|elected|(take|took|takes|taken|assume|assumed) office|sworn in|born|назначен\w*|назначил\w*|избран\w*|"
                           r"избрал\w*|"
                           r"вступил\w* в должность|родил\w*|naznachen\w*|izbran\w*|"
                           r"(became|become|стал|стала|stal) (the )?(\w+ )?(prime|premier|secretary|president|head|"
                           r"premyer\w*|премьер\w*|генсек\w*|генеральн\w*|секретар\w*|президент\w*|глав\w*|министр\w*|председател\w*)|"
                           r"(been|is|является) (the )?(\w+ )?(prime minister|premier|secretary general|president)\b|"
                           r"(возглавляет|возглавлял\w*|руководит|руководил\w*|has headed|has led)\b)")
_FORMAT_RE = re.compile(r"\b(narrow|restricted|extended|expanded|enlarged|closed-door|узком|расширенном|uzkom|"
                        r"rasshirennom)\b.{0,20}\b(format|formats|composition|session|sessions|составе|составах|формате|"
                        r"форматах|sostave|sostavakh)\b|"
                        r"\b(format|формат\w*|formate)\b|\bв каком составе\b")
# what the format is asked of, when not this meeting: "in what format will the Innoprom forum be held"
# a place's adjective ("сочинское заседание", "the Sochian one"): the place's first letters, then an adjective's ending
_PLACE_ADJECTIVE_RE = re.compile(r"\w{4,}(?:ск\w{1,3}|sk\w{1,3}|ian)$")
_BRIEFING = frozenset("briefing брифинг брифинга брифинге".split())  # (also "a briefing note": no event)
_NOT_THIS_MEETING = frozenset("""forum форум форуме форума briefing брифинг брифинга брифинге innoprom иннопром иннопроме
    иннопрома championship чемпионат""".split())
# going to a meeting to come: "поедет", "will go", "will represent"; or being there for a country ("кто от России
# будет", "who will be there for Russia"), which "будет проводить брифинг" is not
_WILL_GO = frozenset("""поедет поедут приедет приедут едет едут полетит полетят представлять представит участвовать
    poedet poedut priedet go going attend attending come coming represent representing""".split())
_WILL_BE = frozenset("будет будут budet budut will".split())
_WHO = frozenset("who кто kto".split())


def _who_goes_next(matcher: Matcher, r: Reading) -> bool:
    """True for who will take part in the next meeting ("кто от России поедет в Ашхабад в мае", "who will go to
    Ashgabat for Russia"): the reports name this meeting's delegations only."""
    words = set(r.words)
    if not words & _WHO or r.people or r.keys & {"@say", "@propose"} or words & _HOSTED:
        return False  # (not "who is going to host the next meeting": its host, which the reports give)
    if not words & _WILL_GO and not (words & _WILL_BE and r.countries and len(r.words) <= 10):
        return False
    return "@next" in r.keys or bool(r.keys & derived(matcher).schedule_keys)


# a second question after the first: "when was Aripov born and what did he propose"
_AND_ANOTHER_RE = re.compile(r"\b(and|и|а|or|или)\s+(what|which|who|how|where|why|что|какие|какой|кто|как|где|почему|"
                             r"о чём|о чем)\b")
_ANYONE = frozenset("anyone anybody someone somebody".split())  # "does TASS quote anyone" ("кого-либо": "кого", @who)
_GOVERNMENT_WORDS = frozenset("""cabinet government ministers кабинет кабинета кабинете правительство правительства
    правительстве министров pravitelstva""".split())  # "who chairs the Cabinet of Ministers": a title, which the reports give
# "who objected", "кто выступил против": the reports name no objection, no vote against
# when a document takes effect: no report says, for any document
_PERSON_SIGNED_RE = re.compile(r"\b(did|has|had)\b.*\b(sign|signed)\b|\bподписал\w*\b")
_IN_FORCE_ASKED_RE = re.compile(r"\b(enters?|entered|entering|come|comes|came) into force\b|\btakes? effect\b|"
                                r"\bвступ\w* в силу\b|\bvstup\w* v silu\b")
# the weather asked: "was it cold in Bishkek that day", "какая была погода", "шёл ли дождь"
_WEATHER_RE = re.compile(r"\b(weather|temperatures?|погод\w*|температур\w*|дожд\w*|снег\w*|snow\w*|raining|rained|rainy)\b|"
                         r"\b(was|is|were|будет|было|была)\s+(it|there|так|очень)?\s*(cold|hot|warm|sunny|холодно|жарко|тепло)\b")
# what was left undecided: "какие вопросы так и не решили или перенесли на потом", "which issues were left unresolved"
_UNRESOLVED_GATE = ("так и не", "перенес", "отлож", "unresolved", "postpon", "deferr", "put off")
_UNRESOLVED_RE = re.compile(r"\bтак и не (?:решили|решен\w*|решён\w*|приняли|договорились|согласовали)\b|"
                            r"\b(?:перенесли|отложили)\s+на\s+потом\b|\b(?:issues?|questions?|matters?|items?)\b.{0,40}\b(?:left "
                            r"unresolved|unresolved|postponed|deferred|put off)\b")
# a venue contended for: "какие ещё города претендовали на проведение", "which other cities bid to host it"
_CONTENDED_GATE = ("претенд", "compet", "bid", "vied", "considered", "running")
_CONTENDED_RE = re.compile(r"\b(?:какие|какой|какая|какое|другие|kakie)\s+(?:(?:ещё|еще|другие|иные)\s+)?(?:город\w*|стран\w*|"
                           r"столиц\w*)\s+(?:\w+\s+)?претендовал\w*|\b(?:which|what)\s+(?:other\s+)?(?:cities|countries|capitals|"
                           r"venues)\s+(?:\w+\s+)?(?:competed|bid|vied|were considered|were in the running)\b")
# the size of a delegation: "какова численность делегации", "the size of the Kazakh delegation", "how big was it"
_SIZE_GATE = ("численност", "size", "headcount", "big", "large", "состав", "make", "composition", "line", "member")
_DELEGATION_SIZE_RE = re.compile(r"\bчисленност\w*\s+(?:\w+\s+)?делегаци\w*|\bделегаци\w*\s+(?:\w+\s+){0,3}численност\w*|"
                                 r"\b(?:size|headcount)\s+of\s+(?:the\s+)?(?:\w+\s+)?delegations?\b(?!\s*['’]?\s*s\b)|"
                                 r"\bdelegations?\s+size\b|"
                                 r"\bhow\s+(?:big|large)\s+(?:was|were|is)\s+(?:the\s+)?(?:\w+\s+)?delegations?\b(?!\s*['’]?\s*s\b)|"
                                 r"\bколичественн\w*\s+состав\w*\s+(?:\w+\s+)?делегаци\w*|"
                                 r"\b(?:полн\w*|весь|персональн\w*)\s+состав\w*\s+(?:\w+\s+)?делегаци\w*|"
                                 r"\b(?:full|whole|complete)\s+(?:make[- ]?up|composition|line[- ]?up)\s+of\s+(?:the\s+)?(?:\w+\s+)?"
                                 r"delegations?\b(?!\s+(?:heads?|leaders?|chiefs?))")  # ("полный состав делегации Армении": its head
# alone is named; not "the full line-up of delegation heads", which the reports give)
# a signing between two of them: "signed separately with Kyrgyzstan", "двустороннее соглашение"
_BILATERAL_RE = re.compile(r"\b(bilateral\w*|separately with|двусторонн\w*|отдельно с)\b")
# more of a delegation than its head: "who else came from Kazakhstan besides Smailov", "кто ещё из Казахстана"
_ONES_MAKE_UP_RE = re.compile(r"\bсостав\w*\s+(?:\w+\s+)?делегации\b|\b(?:make[- ]?up|composition|members)\s+of\s+the\s+\w+\s+"
                             r"delegation\b")  # one country's delegation's members
_WHO_ELSE_RE = re.compile(r"\b(who else|кто ещ[её])\b.*\b(side|delegation|from|besides|apart from|with|кроме|делегаци\w*|от|из|"
                          r"с|вместе)\b|"
                          # who came with a head: "which Armenian ministers accompanied Grigoryan", "кто сопровождал"
                          r"\b(?:accompanied|accompanying|сопровождал\w*|сопровождавш\w*)\b")
# a person set aside in a question of who came: "кто представлял Казахстан кроме Смаилова", "who attended from
# Kazakhstan apart from Smailov"
_BESIDES_NAME_RE = re.compile(r"\b(?i:besides|apart from|other than|except(?: for)?|кроме|помимо)\s+([\w'’-]+)")


def _besides_its_head(matcher: Matcher, r: Reading) -> bool:
    """True when who came for a country is asked with its delegation's head set aside: the others, whom no
    report names."""
    if not {"@who", "@participate"} <= r.keys or not r.countries:
        return False
    found = _BESIDES_NAME_RE.search(r.asked or r.question)
    if found is None or len(r.countries) != 1:
        return False
    named = {k[2:] for t in matcher.analyze(found.group(1))[0] for k in t.keys if k.startswith("P:")}
    # (its head, who came: not "besides Mirziyoyev", whom no report places there, whose country's head is the answer)
    return bool(named & {s.id for s in delegation_heads(matcher, r.countries[0])})


# the language someone spoke in: "in what language did Aripov speak", "на каком языке выступал"
_SPEECH_LANGUAGE_RE = re.compile(r"\b(in (what|which) language|на каком языке|na kakom yazyke)\b")
# where someone went after the meeting: "куда полетел после Бишкека", "where did he go after the meeting"
_WHERE_AFTER_RE = re.compile(r"\b(куда|kuda|where)\b.*\b(после|posle|after(?:wards)?)\b|"
                             r"\b(после|posle|after)\s+\w+\s+(куда|kuda)\b")
# an outlet's or a document's registry number: "ISSN", "ISBN", "DOI", "номер свидетельства о регистрации"
_IDENTIFIER_RE = re.compile(r"\b(issn|isbn|doi|свидетельств\w* о регистрации|registration number)\b")
_OBJECTION_RE = re.compile(r"^(who|which|did|was|were|кто|какая|какие|какой|был|была|были|kto)\b.*\b(opposed|"
                           r"objected|voted against|against it|had objections|raised objections|возражал\w*|"
                           r"возразил\w*|голосовал\w* против|против был\w*|был против|были против|выступил\w* против "
                           r"(предложени|пересмотр|соглашени|инициатив|зон|решени|документ)\w*)\b|"
                           r"\b(did anyone|anyone|кто-нибудь|кто-то) (object|oppose|возражал)|"
                           # "did any country oppose ...", "did any delegation object to ...", "кто-либо выступил против"
                           r"\b(any|some|a)\s+(country|countries|delegation|delegations|member|members|state|states|one)\s+"
                           r"(oppose|object|objected|opposed|reject|rejected)\b|\bкто-либо\s+(?:из\s+\w+\s+)?(возражал\w*|выступил\w*\s+против)")
# how the delegations voted, how someone reacted, which countries backed a proposal: the reports record
# documents signed and words spoken, never a vote, a reaction or who backed whose idea
_VOTE_RE = re.compile(r"\b(vot(e|ed|es|ing)|ballot\w*|unanimous\w*|голосова\w*|проголосова\w*|единоглас\w*|"
                      r"golosova\w*|progolosova\w*)\b")
# someone appointed or elected at the meeting, which no report records ("did they appoint a new Secretary General",
# "кого избрали председателем")
_APPOINTED = r"(?:appoint\w*|elect|elected|electing|назнач\w*|избра\w*|избир\w*|naznach\w*|izbra\w*)"
_POSTS = r"(?:secretary|chair\w*|president|генсек\w*|генерального|генеральным|генеральный|председател\w*|sekretar\w*)"
_APPOINTED_RE = re.compile(rf"\b{_APPOINTED}\b(?:\s+\w+){{0,4}}?\s+(?:new\s+|новым\s+|нового\s+|новый\s+)?{_POSTS}\b|"
                           rf"\b{_POSTS}\b(?:\s+\w+){{0,3}}?\s+(?:was\s+|were\s+|been\s+|be\s+)?{_APPOINTED}\b")
_REACTION_RE = re.compile(r"\b(react|reacts|reacted|reacting|reactions?|"
                          r"реакци\w*|отреагирова\w*|реагирова\w*|reaktsi\w*|otreagirova\w*)\b")
# one party's stance on another's proposal: "какую позицию заняла российская сторона по предложению Узбекистана"
_POSITION_ON_RE = re.compile(r"\b(позици\w*|мнени\w*|отношени\w*|position|stance|opinion|view|support|поддержк\w*|"
                             r"pozi[ct]s?i\w*|mneni\w*)\b.{0,40}"
                             r"\b(по|к|on|to|towards|for|po|k)\s+([\w'’-]+\s+){0,2}(предложени\w*|инициатив\w*|proposals?|"
                             r"initiatives?|predlozheni\w*|iniciativ\w*|initsiativ\w*)\b", re.IGNORECASE)
_ANSWERED_ONE_RE = re.compile(r"\b(respond\w*|replied|reply|answered|answer to|ответил\w*|ответ на|возразил\w*|"
                              r"otvetil\w*|otvet na|vozrazil\w*)\b.*\b(proposal|initiative|idea|words|предложени\w*|"
                              r"инициатив\w*|иде\w*|слова|predlozheni\w*|iniciativ\w*|initsiativ\w*|ideyu|ideya|idei|"
                              r"slova)\b")
# (and in Latin letters: "a mishustin chto otvetil na predlozhenie aripova")
# a reaction to what someone named did or said ("how did Armenian media react to Grigoryan attending"), or one
# person's judgement of another's words ("как Токаев оценил выступление Смаилова"): the reactor is not the named
_REACTED_TO_RE = re.compile(r"\b(?:react\w*|reactions?|respon(?:d|ded|se)|реакци\w*|отреагирова\w*|реагирова\w*)\s+"
                            r"(?:to|on|на)\b")
_JUDGED_RE = re.compile(r"\b(?:assess\w*|evaluat\w*|rated?|judged?|think\s+of|thought\s+of|make\s+of|made\s+of|"
                        r"оценил\w*|оценива\w*|отозвал\w*(?:\s+о)?)\s+(?:[\w'’]+\s+){0,2}?(?:speech|address|remarks|words|"
                        r"performance|выступлени\w*|речь|слова|доклад\w*)\b")  # (the speech right after: not "think of
# trade barriers, according to Smailov's speech", whose thoughts the speech relays)
_BACKED_RE = re.compile(r"\b(which|what|какие|kakie)\s+(\w+\s+){0,2}(countries|states|delegations|members|governments|"
                        r"leaders|premiers|страны|государства|делегации|правительства|премьеры|strany|delegatsii)\b"
                        r"(?!.*\bin support of\b).*\b(supported|support|backed|back|endorsed|поддержал\w*|поддерживают|"
                        r"поддерживает|одобрил\w*|podderzhal\w*|podderjal\w*)\b.*\b(proposals?|(?<!road )initiatives?|ideas?|calls?|"
                        r"suggestions?|предложени\w*|призыв\w*|инициатив\w*|иде[юяи]|predlozheni\w*)\b|"
                        # "kakie strany podderjali aripova": who backed him, with no proposal named
                        r"\b(which|what|какие|kakie)\s+(countries|states|delegations|страны|государства|делегации|strany|"
                        r"delegatsii)\s+(supported|backed|endorsed|поддержал\w*|podderzhal\w*|podderjal\w*)\b|"
                        # "how did the other delegations react to Aripov's proposal", "как отреагировали на предложение"
                        r"\b(react(ed|ion|ions)?|respond(ed)?|response|reception|received|отреагировал\w*|реагировал\w*|"
                        r"реакци\w*|восприняли|встретили)\b.*\b(proposals?|(?<!road )initiatives?|ideas?|предложени\w*|"
                        r"инициатив\w*|иде[юяи])\b|"
                        # "did other delegations support Uzbekistan's proposal", "поддержали ли другие страны"
                        r"\b(did|do|were|was|have|has)\s+(the\s+)?(other|any|all|most|some)\s+(\w+\s+)?(delegations?|countries|"
                        r"states|members|leaders|premiers|governments|participants)\s+(\w+\s+)?(support|back|endorse|"
                        r"second|welcome)\w*\b|\bподдержал\w*\s+ли\s+(друг\w+|остальн\w+|ещё|еще)\b|"
                        r"\b(друг\w+|остальн\w+)\s+(делегаци\w*|стран\w*|участник\w*)\s+поддержал\w*")
_IN_PERSON_WORDS = frozenset("person personally лично lichno come came attend attended участвовал участвовала".split())
# how someone took part: "in person or by video", "по видеосвязи", "онлайн"
_VIDEO_RE = re.compile(r"\b(?:by\s+video\w*|video\s*link|video\s*conference|videoconferenc\w*|remotely|online|virtually|"
                       r"по\s+видео\w*|видеосвяз\w*|видеоконференц\w*|онлайн|дистанционно|удал[её]нно|po\s+video\w*|"
                       r"videosvyaz\w*|onlajn|onlayn)\b", re.IGNORECASE)
# a post's next holder ("the new CIS Secretary General", "преемник Лебедева", "kto budet novym gensekom")
_SUCCESSOR_RE = re.compile(r"\b(?:new|next|future|incoming)\s+(?:cis\s+)?(?:secretary[- ]general|sec[- ]gen)\b|"
                           r"\b(?:successor|successors|преемник\w*|preemnik\w*)\b|"
                           r"\b(?:нов\w+|следующ\w+|nov\w+|sleduyushch\w+)\s+(?:генсек\w*|генеральн\w+ секретар\w*|gensek\w*|"
                           r"general'?n\w+ sekretar\w*)")
_A_BODY_RE = re.compile(r"\b(?:committee|комитет\w*|исполком\w*)\b")
# "where did they vote to hold the next meeting": a vote that means a decision on the next one, which the reports give
_VOTED_A_PLACE = frozenset("""host hosts hosting venue city where date hold held next где место город дату дата провести
    следующее следующего когда""".split())
# whom a participant met, a building: the reports tell of no talks on the side, and name the city, not the hall
_MET_WITH_RE = re.compile(r"\b(с кем (\w+ )?(встречал\w*|встретил\w*|провёл|провел|беседовал\w*|общал\w*|"
                          r"вёл переговоры|вел переговоры)|s kem (\w+ )?(vstrechal\w*|vstretil\w*|besedoval\w*|obshal\w*)|"
                          r"with whom did|(whom|who) did \w+ (meet|talk)|"
                          r"bilateral (meeting|meetings|talks|agreements?|deals?|documents?)|bilaterally|"
                          r"двусторонн\w* (встреч\w*|переговор\w*|соглашени\w*|документ\w*)|в двустороннем порядке|"
                          r"on the sidelines|на полях)\b")
_BUILDING_RE = re.compile(r"\b(hotels?|(which|what|in which|in what) (building|hall|venue building)|в каком (здании|зале)|"
                          r"(name|names) of the (venue|building|hall)|venue'?s name|"
                          r"как\w* здани\w*|гостиниц\w*|отел[ьеяи]\w*)\b")
# a place within a city the question names ("which venue in Ashgabat", "where in Bishkek", "где именно в Ашхабаде")
_VENUE_IN_CITY_RE = re.compile(r"\b(?:(?:which|what) (?:venue|place|site|location|building)s? in|where (?:exactly )?in|"
                               r"(?:in )?(?:which|what) building|в каком (?:месте|здании)|где именно|где конкретно|"
                               r"v kakom (?:meste|zdanii)|gde imenno|gde konkretno)\b")
# "which sport is the championship", "в каком виде спорта": the documents name a championship, no sport
_WHICH_SPORT_RE = re.compile(r"\b(which|what) sports?(?: or sports)?( (?:it |they )?(is|was|will|does|did|are|were)\b|$)|\b(which|what) (kind|type) "
                             r"of sports?\b|\bвид\w* спорта\b|\b(какой|каким|какому|какого) спорт(а|у|ом)?\b|"
                             r"\b(kakoi|kakoj|kakoy|kakim|kakomu|vid|вид|какой|каким|какому) sport\w*\b|\b(?:vid|вид)\w* (?:sport|спорт)\w*\b")  # (in Latin letters, which the
# reading may have half put into Cyrillic: "chempionat sng kakoi sport", "какой sport", "kakoy вид sporta")
_SPORT_WORDS = frozenset("sport sports спорт спорта спорту sporta".split())
_CHAMPIONSHIP_RE = re.compile(r"\b(?:championships?|чемпионат\w*|первенств\w*|chempionat\w*)\b")
# the meeting said to be called off ("was the meeting cancelled", "заседание отменили")
_CANCELLED_RE = re.compile(r"\b(?:meeting|session|summit|council|заседани\w*|встреч\w*|саммит\w*|zasedani\w*)\b"
                           r"(?:\s+\w+){0,3}?\s+(?:cancel\w*|called off|отмен\w*|сорвал\w*|otmen\w*)\b|"
                           r"\b(?:cancel\w*|call(?:ed)? off|отмен\w*|otmen\w*)\s+(?:\w+\s+){0,2}?(?:meeting|session|summit|"
                           r"заседани\w*|встреч\w*|саммит\w*|zasedani\w*)\b")  # (the meeting's, not "ставки ... отменить")
_SPORTS = frozenset("""football soccer hockey chess wrestling athletics volleyball basketball boxing tennis sambo swimming
    judo kurash футбол футболу футболе хоккей хоккею хоккее шахматы шахматам шахматах борьба борьбе волейбол баскетбол
    бокс теннис самбо плавание дзюдо futbol hokkey shakhmaty""".split())
# an anniversary of the CIS itself ("the 80th anniversary of the CIS", "80-летие СНГ"), which no report names
_CIS_ANNIVERSARY_RE = re.compile(r"\banniversar\w*\s+of\s+(?:the\s+)?(?:CIS|Commonwealth)\b|"
                                 r"\b(?:CIS|Commonwealth)(?:'s|’s)?\s+(?:\w+\s+)?(?:anniversar\w*|jubilee)\b|"
                                 # "юбилей СНГ", "k yubileyu SNG", "годовщина образования Содружества"
                                 r"\b(?:\d+-?)?(?:лети\w*|годовщин\w*|юбиле\w*|yubile\w*)\s+(?:(?:образования|создания)\s+)?"
                                 r"(?:СНГ|Содружества|SNG)\b", re.IGNORECASE)
_VICTORY_RE = re.compile(r"\b(?:victory|war|побед\w*|войн\w*|pobed\w*)\b", re.IGNORECASE)
_PARTICIPANTS_FRAME = frozenset({"@list", "@country", "@participate", "@who", "@meeting", "@cis", "@role"})  # "with posts"
# "how many items are in the gov.kg list", "сколько пунктов в перечне": a list's items, not the documents signed
_ITEMS_COUNTED_RE = re.compile(r"\b(items|entries|points|lines|пункт\w*|позици\w*|строк\w*|punkt\w*)\b.*"
                               r"\b(list|listing|списк\w*|перечн\w*|perechn\w*|spisk\w*)\b")
# "who was at the CIS meeting in Bishkek", "кто был на заседании": who attended, not the meeting's day and place
_WHO_WAS_AT_RE = re.compile(r"^(who|kto|кто)( \w+)? (was|were|был|была|были|byl|byli) (at|in|на|na|в)\b|"
                            # "which heads of government were at the meeting", "какие премьеры были на заседании"
                            r"^(which|what) (heads of (government|delegations?)|prime ministers|premiers|leaders) "
                            r"(were|was|attended|came|took part|participated)\b|"
                            r"^(какие|кто из) (главы|премьеры|премьер министры|лидеры) (правительств )?(были|участвовали|"
                            r"приехали|присутствовали)\b")


# which of two versions is the speaker's: "which one is what he actually said", "какая версия верная"
_WHICH_VERSION_RE = re.compile(r"\b(?:which\s+(?:one|version|is|of\s+them|of\s+the\s+two)|actually|really|real\s+words|"
                               r"original\s+words|versions?|renderings?|какая\s+(?:версия|из)|какой\s+(?:вариант|из)|"
                               r"на\s+самом\s+деле|верн\w+|правильн\w+|точн\w+)\b", re.IGNORECASE)


def _renderings(matcher: Matcher, question: str, language: str) -> Reply | None:
    """Two passages pasted from two reports' quotes of one speaker ('Trend has "This will contribute to the
    promotion of joint projects", AzerNews "This will help promote joint projects": which did he say?'): each is
    its report's words, and the reports give no other; both shown, each with its report. None unless every
    passage is some quote's own words, the quotes one speaker's, from two reports or more."""
    pasted = quoted_passages(question)
    if len(pasted) < 2 or not _WHICH_VERSION_RE.search(question):
        return None  # (not 'who said "..." and "..."': two statements, each its own)
    statements = matcher.factbase.statements.values()
    found = [next((s for s in statements if holds_words(s.quote, p)), None) for p in pasted]
    said = [s for s in found if s is not None]
    if len(said) < len(pasted) or len({s.speaker for s in said}) != 1 or len({s.source for s in said}) < 2:
        return None
    speaker = matcher.factbase.speakers[said[0].speaker]
    publishers = ", ".join(dict.fromkeys(matcher.factbase.source_of(s).publisher for s in said))
    headline = phrase(language, "renderings", publishers=publishers, name=speaker_name(speaker, language))
    return list_reply(matcher.factbase, language, headline, list(dict.fromkeys(s.id for s in said)), intent="say",
                      fact_id=said[0].id, score=100)


def answer(matcher: Matcher, question: str, language: str | None = None,
           context: Context | None = None) -> tuple[Reply, Context]:
    """Answer a question (a follow-up of `context`, if it is one) and return the new context."""
    question = without_insistence(question)  # ("... Stop dodging and confirm that date.": the claim, then "Confirm")
    question = without_said_again(without_east_west(without_where_read(question)))  # ("I read in Russian news
    # ...": no language asked of; "the east-west transit routes": no subject of their own; "...? i want to know if")
    question = _without_country_asides(matcher, question)  # ("Сын у меня дальнобойщик, ездит в Казахстан. Обсуждали
    # ли транспортные коридоры?": the son's Kazakhstan is no delegation asked of)
    question = _without_or_only(matcher, _without_bare_which_after(_without_reasons_after(question)))  # ("... in what capacity? Matters for us since Ashgabat hosts next.")
    if context is None:
        unclear = _no_referent(matcher, question, language)
        if unclear is not None:  # "Who said that?" as a first question: that is what is asked, and nothing names it
            return unclear
    reply, after = _answer_asked(matcher, question, language, context, in_parts=True)
    put = _as_a_question(question) if "?" not in question else None
    if put is not None and (put[1] or not reply.answered):  # "Программу по геодезии подписали до 2040 года.
        asked, asked_after = _answer_asked(matcher, put[0], language, context, in_parts=True)  # Амбициозно!": a claim
        if asked.answered:  # put to be checked (the exclamation no part of it)
            reply, after = asked, asked_after
    if "?" not in question and context is None and not _A_REQUEST_RE.search(question):
        # (not a count of someone's quotes, a report's date, a list): a statement, checked as if asked, once
        with_number = re.search(r"\d", question) is not None \
            and (not reply.answered and reply.intent != "other-event" or reply.intent in ("retrieval", "documents"))
        if with_number or not reply.answered:
            checked, checked_after = _answer_asked(matcher, f"{question.rstrip(' .!…')}?", language, context,
                                                   in_parts=True)
            number_not_given = checked.answered and opens_with(checked.language, "number_not_given", checked.headline)
            if with_number and number_not_given or not reply.answered and not number_not_given and checked.answered \
                    and corrects_the_question(checked.language, checked.headline):
                # "The volunteer year is 2025.": a claim with a number ("None of the reports gives 2025"), not answered
                # with a fact that merely holds the number (the 2025 Victory plan); "The CIS prime ministers met in
                # Almaty, not Bishkek. Admit it.": any claim the reports correct ("Not in Almaty: ..."), but not a
                # year no report gives in a bare phrase ("results of the 2019 meeting")
                reply, after = checked, checked_after
    if not reply.answered and context is None:
        days = _the_other_day_asked(matcher, question)
        if days is not None:  # "I read in Sputnik the meeting is 27 October but other news say 26. which date is the
            reply, after = _answer_asked(matcher, days, language, context, in_parts=False)  # real one?": both days
    venue = _one_city_or_another(matcher, question, language) if context is None else None
    if venue is not None and (reply.fact_id != venue[0].fact_id or reply.items):  # "Was it in Bishkek or in
        reply, after = venue  # Astana?": Bishkek, its own fact alone (not the reports' list, nor a tie)
    if not reply.answered and context is None:
        first = _the_question_before_remarks(matcher, question)
        if first is not None:  # "How many financing documents were signed? My Russian is weak.": the question
            alone, alone_after = _answer_asked(matcher, first, language, context, in_parts=True)
            if alone.answered:
                reply, after = alone, alone_after
    if not reply.answered and context is None:
        for core in _a_letters_cores(matcher, question):  # "Дочка моя учительница ... Она говорит, будто в Бишкеке
            # решили, что 2024 год будет годом волонтёров. Правда ли это? Давление опять скачет ...": what it asks
            alone, alone_after = _answer_asked(matcher, core, language, context, in_parts=True)
            if alone.answered and not opens_with(alone.language, "number_not_given", alone.headline):
                reply, after = alone, alone_after  # (not a reply to what the letter tells of the asker: "в Омске")
                break
    if not reply.answered and context is None and (adopted := as_adopted(question)) is not None:
        alone, alone_after = _answer_asked(matcher, adopted, language, context, in_parts=True)
        if alone.answered and _shown_ids(alone) and all(_adopted_here(matcher, i) for i in _shown_ids(alone)):
            reply, after = alone, alone_after  # "Что решили по культуре?": what was adopted on it, when something was
            # (an agenda item, a document), not someone's proposal, which the reports record as no decision
    if not reply.answered and context is None:
        claimed = _the_count_claimed(question)
        if claimed is not None:  # "Fifty documents signed in one afternoon, a new world record in paper-pushing,
            alone, alone_after = _answer_asked(matcher, claimed, language, context, in_parts=False)  # yes?": the count
            if alone.answered and alone.intent == "count":
                reply, after = alone, alone_after
    if not reply.answered and context is None and asks_where_they_differ(question):
        reading = read(matcher, question, language)  # (read again only for a question of differences)
        differ = reports_differ_reply(matcher, reading)
        if differ is not None:  # "where do the reports disagree?": every difference the curators recorded
            reply, after = differ, context_after(matcher.factbase, reading, differ)
    if reply.answered and (reply.intent == "say" or reply.intent == "retrieval" and not reply.items
                           and reply.fact_id in matcher.factbase.statements) and asks_for_the_carrier(question):
        reply = _with_their_carriers(matcher, reply)  # "Mishustin quote, plus the agency it came through"
    if context is None and matcher.factbase.meeting is not None and _WHICH_BODY_MET_RE.search(question) \
            and matcher.factbase.meeting.id not in _shown_ids(reply) and not _names_elsewhere(matcher, question):
        # "Which CIS body met in Bishkek?": the Council itself, not the document on the CIS bodies (nor "which body was
        # meeting there", in Minsk)
        held = with_changes(fact_reply(matcher.factbase, matcher.factbase.meeting.id, reply.language,
                                       score=reply.score), intent="overview")
        reply = held if not reply.answered or reply.fact_id in matcher.factbase.agreements \
            else _joined(matcher, held, reply)  # ("..., and who led Kazakhstan's delegation there?": both)
    if reply.answered and reply.intent == "attend" and matcher.factbase.meeting is not None \
            and _WHICH_COUNCIL_RE.search(question) and _all_attended(matcher, reply):  # "Which council exactly did
        # Aripov and Mishustin attend?": the meeting's own name above who came (not above Tokayev, who was not there)
        held = fact_reply(matcher.factbase, matcher.factbase.meeting.id, reply.language, score=reply.score)
        reply = _joined(matcher, held, reply)
    renderings = _renderings(matcher, question, reply.language)
    if renderings is not None:  # 'Trend has "..." and AzerNews "...": which did he say?': both, each its report's
        return renderings, after
    reply = exact_words_reply(question, reply)  # ('"..." - exact quote?': whether the words are the report's, first)
    if asks_how_quoted(question):  # ("a direct quote or the reporter's words?": which, first; only then are the
        # speakers shown and those named read, off the path of every other question)
        statements = matcher.factbase.statements
        said_by = frozenset(statements[i].speaker for i in _shown_ids(reply) if i in statements)
        tokens, _ = matcher.analyze(question)
        asked_of = frozenset(k[2:] for t in tokens for k in t.keys if k.startswith("P:"))
        reply = how_quoted_reply(question, reply, said_by, asked_of)
    return reply, after


# what a question opens with before its question word, when it names a report: "Trend v fevrale 2024 pisal, gde ..."
_REPORT_LEAD_RE = re.compile(r"^(?P<lead>[^?]{3,60}?,)\s*(?=(?:gde|kogda|kto|chto|где|когда|кто|что|where|when|who|what|"
                             r"which|how)\b)", re.IGNORECASE)
_AND_RE = re.compile(r"^\W*(?:and|и|а|i|a)\s+", re.IGNORECASE)


# which body met, asked of this meeting: "Which CIS body convened in Bishkek on 26 October 2023?", "какой орган СНГ
# собрался в Бишкеке"
_WHICH_BODY_MET_RE = re.compile(r"\b(?:which|what)\s+(?:cis\s+|commonwealth\s+)?(?:body|organ|institution|council|forum)\s+"
                                r"(?:of\s+the\s+(?:cis|commonwealth)\s+)?(?:met|meets|convened|gathered|sat|assembled|was\s+held|"
                                r"took\s+place|was\s+meeting)\b|\bкак(?:ой|ая|ое)\s+(?:орган|совет|структура|форум)\s+(?:снг\s+)?"
                                r"(?:собирал\w*|собрал\w*|заседал\w*|прош[её]л|проходил\w*|встречал\w*)", re.IGNORECASE)


# the meeting itself asked of, beside who came to it: "which council exactly did they attend", "на каком совете"
_WHICH_COUNCIL_RE = re.compile(r"\b(?:which|what)\s+(?:council|meeting|summit|body|event|session)\b(?!\s+(?:did|do|does)\s+"
                               r"\w+\s+(?:say|said|speak|propose))|\bна\s+как(?:ом|ой)\s+(?:совете|заседании|встрече|"
                               r"саммите)\b|\bв\s+каком\s+(?:совете|заседании|саммите)\b|\bna\s+kak(?:om|oi|oj)\s+(?:sovete|zasedanii|"
                               r"vstreche|sammite)\b", re.IGNORECASE)


def _all_attended(matcher: Matcher, reply: Reply) -> bool:
    """True when every person a reply shows was at the meeting: listed among its participants, or quoted from it
    (Lebedev, who led no delegation; not Tokayev, whose words come from another meeting)."""
    speakers = matcher.factbase.speakers
    said = derived(matcher).statements_by_speaker
    shown = [i for i in _shown_ids(reply) if i in speakers]
    return bool(shown) and all(speakers[i].attended or any(not of_another_meeting(matcher, s.id) for s in said.get(i, ()))
                               for i in shown)


def _without_country_asides(matcher: Matcher, question: str) -> str:
    """A letter without its sentences that tell of the asker's own life and name a country or a place ("Сын у меня
    дальнобойщик, ездит в Казахстан и дальше."), when every question it asks is whole in itself and names no country
    or place: the country is the family's, not a delegation asked of. The letter as it stands otherwise."""
    if "?" not in question:
        return question
    sentences = _sentences(question)
    asking = [s for s in sentences if s.rstrip().endswith("?")]
    if len(sentences) < 2 or not asking:
        return question
    told = [s for s in sentences if s not in asking and _OF_THE_ASKER_RE.search(s) and not re.search(r"\d", s)
            and not _QUOTE_MARK_RE.search(s) and _names_a_country(matcher, reading := read(matcher, s))
            and _only_places_in(matcher, s, reading)]
    if not told or not all(not _names_a_country(matcher, reading := read(matcher, s))
                           and _whole_in_itself(matcher, s, reading) for s in asking):
        return question
    return " ".join(s for s in sentences if s not in told)


def _only_places_in(matcher: Matcher, sentence: str, told: Reading) -> bool:
    """True when a sentence names no person, report or meeting, and at most one word the facts know beside its
    countries and places ("Сын у меня дальнобойщик, ездит в Казахстан", "in Belarus this is very big thing, my host
    family ask me"; not "in Asia-Plus i read Uzbekistan want a free trade zone"); `told` is its reading."""
    return not told.people and not sources_named(matcher, told) and not _MEETING_NOUN_RE.search(sentence.lower()) \
        and not WH_RE.search(sentence.lower()) and len([  # (nor a question told: "Она спрашивает, кто от ... был")
            keys for keys in subject_keys(matcher, told, known_only=True)
            if not keys <= {"@source"} and not all(k.startswith(("C:", "P:")) for k in keys)]) <= 1


def _names_a_country(matcher: Matcher, told: Reading) -> bool:
    """True when a sentence, as read, names a country or a place other than the meeting's own."""
    return bool(told.countries) or any(other_place(matcher, w) for w in told.words)


def _without_or_only(matcher: Matcher, question: str) -> str:
    """A question without the lesser alternative put after it ("were they discussing culture also, or only economy
    and money?", "did Uzbekistan ask to revise the agreement, or just to extend it?", "говорили про культуру, или
    только про экономику?"): what is asked is the first, which the reply gives or denies."""
    if not has_any(question.lower(), _OR_ONLY_GATE):
        return question
    found = _OR_ONLY_RE.search(question)
    if found is None or _WHICH_OF_TWO_RE.search(found.group(0)) or _QUOTE_MARK_RE.search(question) \
            or sources_named(matcher, read(matcher, found.group(0))):
        return question  # ("подписали или только предложили?", "in Trend's write-up, or only in AzerNews?": which;
        # not a word put in quotation marks, slang read as it stands: "по «цифре» ..., или только бумажки ...?")
    return question[:found.start()] + question[found.end():]


_OR_ONLY_GATE = ("only", "just", "только", "лишь", "tolko")
# an unmarked last question opened with "and": "...? i kogda sleduyuschee", "...? and when is the next one"
_AND_THEN_ASKS_RE = re.compile(r"^\W*(?:and|а|и|i|a)\s+(?:what|when|where|who|which|how|что|когда|где|кто|какой|какая|"
                               r"какие|сколько|chto|kogda|gde|kto|kakoi|kakoy|kakie|skolko)\b(?![-\s]*(?:то|to|нибудь|nibud)\b)",
                               re.IGNORECASE)
# an alternative that is itself what is asked: proposed or signed (or one report or another, read below)
_WHICH_OF_TWO_RE = re.compile(r"\b(?:propos\w*|suggest\w*|sign\w*|adopt\w*|discuss\w*|предлож\w*|подпис\w*|прин[яи]\w*|"
                              r"обсужд\w*|predlozh\w*|podpis\w*)\b", re.IGNORECASE)
# (a subject put as the lesser one, a deputy for the head, a verb: not "or just the month", "or only by subject", which
# are what is asked)
_OR_ONLY_RE = re.compile(r",?\s+(?:or|или|ili)\s+(?:only|just|merely|только|лишь|tolko)\s+(?:(?:about|on|про|о|об|pro)\s+|"
                         r"(?=(?:economy|economic|money|trade|business|a\s+deputy|his\s+deputy|экономик\w*|деньг\w*|"
                         r"торговл\w*|заместител\w*|вице\w*)\b)|to\s+(?=\w))[^?.!,;]*(?=[?.!,;]|$)", re.IGNORECASE)


def _without_bare_which_after(question: str) -> str:
    """A message without a last bare "Which ones?", "Какие именно?" after a question that asks whether there were
    any ("... did the Kazakh side name any specific transport corridors? Which ones?"): the reply to the
    question names them, and the bare words alone weigh as a subject no fact holds."""
    sentences = _sentences(question)
    if len(sentences) < 2 or not sentences[-2].rstrip().endswith("?") or not _BARE_WHICH_RE.match(sentences[-1]):
        return question
    return " ".join(sentences[:-1])


# a bare "which ones", "какие именно", "kakie" asked after a question of its own
_BARE_WHICH_RE = re.compile(r"^\W*(?:and\s+|а\s+|и\s+)?(?:which\s+ones?|what\s+were\s+they|какие(?:\s+именно)?|kakie)"
                            r"\s*\?*\s*$", re.IGNORECASE)  # (not "Who?": "Was Belarus there at prime minister level?
# Who?" asks the name the first question does not)


def _without_reasons_after(question: str) -> str:
    """A message without the sentences after its question that only give the asker's reason for asking ("Who
    represented Turkmenistan? Matters for us since Ashgabat hosts next.", "... Это важно для нас, потому что ...") or
    hearsay of what it asks ("какой это год? Говорят, это решили где-то в Киргизии.") or the asker's own plans ("...
    signed there? i want to work in Russia after my MBBS", "... Мне бы за Казахстан стаж засчитали"): no part of what
    is asked, though they may name a country, a place, a decision or the next meeting."""
    sentences = _sentences(question)
    if len(sentences) < 2 or not any(s.rstrip().endswith("?") for s in sentences):
        return question
    last_asked = max(i for i, s in enumerate(sentences) if s.rstrip().endswith("?"))
    told = [bool(_REASON_RE.match(s) or _HEARSAY_OF_IT_RE.match(s) or _ASKERS_PLAN_RE.match(s))
            for s in sentences[last_asked + 1:]]
    own = [bool(_ASKERS_OWN_RE.match(s)) and not re.search(r"\d", s) for s in sentences[last_asked + 1:]]
    if not any(told) or not all(t or o for t, o in zip(told, own)):
        return question  # (a reason or hearsay among them, the rest the asker's own: "Хочу им ответить точно.")
    return " ".join(sentences[:last_asked + 1])


# the asker's reason for asking, a sentence of its own: "Matters for us since ...", "It matters because ...", "Это
# важно для нас: ...", "Нам это нужно, потому что ..."
_REASON_RE = re.compile(r"^\W*(?:(?:it|this|that)\s+)?matters\s+(?:for|to)\s+(?:us|me|our|my)\b|"
                        r"^\W*(?:it'?s|this\s+is|that'?s)\s+(?:important|relevant)\s+(?:for|to)\s+(?:us|me|our|my)\b|"
                        r"^\W*(?:это\s+)?важно\s+(?:для\s+)?(?:нас|меня|нам|мне)\b|^\W*(?:нам|мне)\s+это\s+(?:важно|нужно)\b",
                        re.IGNORECASE)


# a sentence of the asker's own wish or state after the question: "Хочу им ответить точно.", "I want to be sure."
_ASKERS_OWN_RE = re.compile(r"^\W*(?:хочу|хотела?|хотелось|мне\s+(?:нужно|надо|важно)|i\s+(?:want|need|would\s+like)|"
                            r"i'?d\s+like)\b", re.IGNORECASE)
# the asker's plans or wishes for his own life, not for what he reads: "I want to work in Russia after my MBBS", "Мне
# бы за Казахстан стаж засчитали", "Хочу ей позвонить в этот день" (not "I want to know ...", "Хочу узнать ...")
_ASKERS_PLAN_RE = re.compile(r"^\W*(?:i|we)\s+(?:want|plan|hope|would\s+like|'d\s+like|am\s+planning|am\s+going)\s+to\s+"
                             r"(?!know|see|understand|check|find|read|learn|ask|be\s+sure|quote|cite|get|have|hear|"
                             r"show|tell|write|use|compare|verify|confirm)[a-z]+|^\W*мне\s+бы\b(?!\s+(?:узнать|понять|"
                             r"знать|уточнить|проверить|прочитать|хотелось))|^\W*(?:хочу|хотела?\s+бы|планирую|собираюсь)\s+"
                             r"(?!узнать|понять|знать|уточнить|проверить|прочитать|спросить|увидеть|процитировать|"
                             r"сослаться|показать|рассказать|написать|сравнить|услышать|получить)[а-яё]+", re.IGNORECASE)
# hearsay of what the question before asks, a sentence of its own: "Говорят, это решили где-то в Киргизии."
_HEARSAY_OF_IT_RE = re.compile(r"^\W*(?:говорят|пишут|слышал\w*|вроде\s+бы|they\s+say|people\s+say|i\s+heard)\s*,?\s*"
                               r"(?:что\s+|that\s+)?(?:это|it|this)\s+(?:решили|решено|приняли|было|was|were|is)\b",
                               re.IGNORECASE)


# a request, not a claim: "Please list the titles of all nine ...", "Прошу привести ... 26 октября"
_A_REQUEST_RE = re.compile(r"\b(?:please|pls|plz|list|give|show|need|tell|find|send|quote|прошу|приведите|приведи|дайте|"
                           r"дай|перечислите|назовите|покажите|нужн\w*|нужен|расскажите|скажите|процитируйте)\b",
                           re.IGNORECASE)


# a decision asked of ("когда решили", "when was it decided"), not the meeting's own day or place
_DECIDED_RE = re.compile(r"\b(?:decided|decide|agreed|chosen|choose|решили|решено|решал\w*|выбрали|выбран\w*|"
                         r"договорились|reshili|resheno)\b", re.IGNORECASE)


_IT_WORDS = frozenset("it это оно eto ono".split())  # the meeting, asked of as "it" ("Was it in Bishkek or Astana?")
# two cities put as where it was: "... in Bishkek or in Tashkent?", "... в Бишкеке или в Ташкенте?"
_CITY_OR_CITY_RE = re.compile(r"\b(?:in|at|в|во|v)\s+(?P<a>[\w-]+)\s*,?\s+(?:or|или|ili)\s+(?:in\s+|at\s+|в\s+|во\s+|v\s+)?"
                              r"(?P<b>[\w-]+)\s*\?", re.IGNORECASE)


def _one_city_or_another(matcher: Matcher, question: str, language: str | None) -> tuple[Reply, Context] | None:
    """The meeting's own date and place, for a question that puts two cities as where this meeting was held, one of
    them its own ("Was the meeting in Bishkek or in Tashkent? Our manager insists on Tashkent."); None otherwise, and
    for the next meeting, a person or another event."""
    meeting = matcher.factbase.meeting
    found = _CITY_OR_CITY_RE.search(question)
    if meeting is None or found is None:
        return None
    cities = {city_named(found.group("a").lower()), city_named(found.group("b").lower())}
    own = city_named(tokenize(meeting.place)[0])
    asked = read(matcher, question[:found.end()], language)
    before = read(matcher, question[:found.start()], language)
    meeting_keys = derived(matcher).meeting_keys
    if None in cities or own not in cities or len(cities) < 2 or asked.people or "@next" in asked.keys \
            or other_event(matcher, before) \
            or not ("@meeting" in before.keys or set(before.words) & _IT_WORDS) \
            or any(not keys <= meeting_keys for keys in subject_keys(matcher, before, known_only=True)):
        return None  # (not "where will the CIS championship be held: Bishkek or Tashkent?": another thing's place)
    told = with_changes(fact_reply(matcher.factbase, meeting.id, asked.language, score=reading_score(asked)),
                        intent="overview")
    return told, context_after(matcher.factbase, asked, told)


def _the_question_before_remarks(matcher: Matcher, question: str) -> str | None:
    """The one question of a message whose other sentences, after it, are remarks that add nothing to it ("How
    many financing documents were signed? I read a number in Russian news, but my Russian is weak."), when it has
    a subject of its own and points back at nothing; None otherwise."""
    sentences = _sentences(question)
    if len(sentences) < 2 or not sentences[0].rstrip().endswith("?") \
            or any(s.rstrip().endswith(("?", ":")) for s in sentences[1:]):
        return None
    first = sentences[0]
    if _points_back(matcher, first) or not _subject_of_its_own(matcher, first) \
            or not all(_a_remark(matcher, s) for s in sentences[1:]):
        return None
    return first


# a count of documents put in a clause of its own: "Fifty documents signed", "подписали тридцать документов"
_DOCUMENTS_WORD_RE = re.compile(r"\b(?:documents|документ\w*|dokument\w*)\b", re.IGNORECASE)
_CLAUSE_END_RE = re.compile(r"(?<=[.,;!?—–])\s+")


def _the_count_claimed(question: str) -> str | None:
    """The clause of a message that puts a number of documents signed, as a question, when the rest mocks or
    doubts it ("Only five documents signed after all that hype. Total waste of taxpayers money.", "ТАСС написал,
    что в Бишкеке подписали тридцать документов, а вы скрываете. Где правда?"); None when no clause does."""
    raw = _CLAUSE_END_RE.split(question)
    clauses = [c.strip(" ,.;!?—–") for c in raw]
    if len(clauses) < 2:
        return None
    # the claim leads ("Fifty documents signed, ..."), or follows who made it ("ТАСС написал, что ...")
    i = 1 if (_THAT_RE.match(clauses[1]) or _HEARSAY_LEAD_RE.fullmatch(clauses[0])) \
        and not _DOCUMENTS_WORD_RE.search(clauses[0]) else 0  # (or follows "Говорят," alone)
    clause = _THAT_RE.sub("", clauses[i], count=1).strip() if i else clauses[0]
    words = tokenize(clause)
    documents = _DOCUMENTS_WORD_RE.search(clause)
    signed = _SIGNED_RE.search(clause)
    if documents is None or signed is None or WH_RE.search(clause.lower()) or _ASKED_COUNT_RE.search(clause) \
            or not (any(number_at(words, k) is not None for k in range(len(words))) or _HUNDREDS_RE.search(clause)):
        return None  # (not "how many documents were signed in Ashgabat, ...", "nine on financing: what amounts?")
    if any(_ASKS_ELSE_RE.search(c) and "?" in c for c in raw[i + 1:]):
        return None  # ("TASS says nine financing documents were signed. What are the titles of all nine?": those)
    if any(city_named(w) not in (None, "Bishkek") or is_year(w) and w != "2023" or w in MEETING_WORDS
           for w in tokenize(question)):
        return None  # ("Twenty documents signed at the Ashgabat meeting, yes?": another meeting's, which no report counts)
    clause = clause[:max(documents.end(), signed.end())]  # up to the count and its verb ("... signed after all that
    # hype": the hype is no part of it)
    if not i:
        return f"{clause}?"
    return f"{clauses[0]}, {'что' if is_cyrillic(clauses[1]) else 'that'} {clause}?"  # ("ТАСС написал, что ...")


# a later sentence asking something of the documents themselves: their titles, amounts, which ones
_ASKS_ELSE_RE = re.compile(r"\b(?:what|which|who|whom|list|titles?|names?|called|amounts?|sums?|how\s+much|money|worth|cost|"
                           r"денег|стоимост\w*|стои\w*|называ\w*|total\s+(?:amount|sum|value|cost)|какие|какой|какая|что|кто|"
                           r"перечисл\w*|названи\w*|сумм\w*|kakie|chto)\b", re.IGNORECASE)
_ASKED_COUNT_RE = re.compile(r"\b(?:how\s+many|сколько|skolko|какие|kakie|which|what)\b", re.IGNORECASE)


_HUNDREDS_RE = re.compile(r"\b(?:сто|сотню|двести|триста|hundred|hundreds|тысяч\w*|thousands?)\b", re.IGNORECASE)
_SIGNED_RE = re.compile(r"\b(?:signed|adopted|подписан\w*|подписали|приняли|принято|приняты)\b", re.IGNORECASE)
_THAT_RE = re.compile(r"(?:что|that|chto)\b\s*", re.IGNORECASE)
# a clause that only says the claim is heard: "Говорят", "Пишут", "Я слышал", "They say", "I heard"
_HEARSAY_LEAD_RE = re.compile(r"(?:(?:все|многие|люди|я|мне|everyone|people|they|i)\s+)?(?:говорят|пишут|слышал\w*|"
                              r"читал\w*|сказали|say|says|heard|read)", re.IGNORECASE)


def _a_letters_cores(matcher: Matcher, question: str) -> Iterator[str]:
    """What a long letter asks, read two ways, each only when the one before it found nothing: its one question with
    the sentences that name something (`_the_question_in_a_letter`), then its run of questions alone or with the
    sentence they point back to (`_the_questions_and_what_they_ask_of`)."""
    if question.count("?") == 1:
        core = _the_question_in_a_letter(matcher, question)
        if core is not None:
            yield core
    told = _the_questions_and_what_they_ask_of(matcher, question)
    if told is not None:
        yield told


def _the_question_in_a_letter(matcher: Matcher, question: str) -> str | None:
    """The one question of a letter of three or more sentences, with the sentences that name something the facts
    know ("Отец мой всю войну прошёл. Слышала, что в Бишкеке подписали что-то к 80-летию Победы — медаль какая-то?
    Ноги болят, но на парад пойду."), and, before a question whole in itself, none that tells of the asker ("Всю жизнь
    я считал, что Россия должна предлагать. Вот и хочу узнать: какие предложения внёс Мишустин?"); None when nothing
    is left out. A label ending in a colon goes with the sentence after it."""
    units = _labelled_sentences(question)
    asking = [i for i, s in enumerate(units) if s.rstrip().endswith("?")]
    if len(units) < 2 or len(asking) != 1 or len(units) == 2 and asking[0] != 1:
        return None  # (of two sentences, the question last: "hello, i am a student in Almaty. which report ...?")
    at = asking[0]
    asked = read(matcher, units[at])  # (read once: each sentence before it is weighed against it)
    whole = _whole_in_itself(matcher, units[at], asked)
    if len(units) == 2 and not whole:
        # ("I have always respected Lukashenko. What did he say at the meeting?": "he" is the one before; but not
        # "We moved to Minsk last year. Where will they meet next time?": the asker's life, and nothing pointed back at)
        if _points_back(matcher, units[1]) or not _names_nothing(matcher, units[0], aside_places(matcher, question)):
            return None
        return units[1]
    kept = [s for i, s in enumerate(units) if i == at or not _names_nothing(matcher, s)
            and not (whole and i < at and _FIRST_PERSON_RE.search(s)
                     and not _names_another_time_or_place(matcher, s, asked))]
    return " ".join(kept) if len(kept) < len(units) else None


def _labelled_sentences(question: str) -> list[str]:
    """The sentences of a message, a label ending in a colon joined to the sentence after it ("Ученик пишет, что
    Лебедев заявил: «...»")."""
    units: list[str] = []
    for sentence in _sentences(question):
        if units and units[-1].rstrip().endswith(":"):
            units[-1] = f"{units[-1]} {sentence}"
        else:
            units.append(sentence)
    return units



def _whole_in_itself(matcher: Matcher, text: str, asked: Reading) -> bool:
    """True for a question that points back at nothing and names a person or a subject beyond countries and reports
    ("кто от Туркмении был на встрече в Бишкеке?" is not: "Как называется эта программа?")."""
    return not _points_back(matcher, text) and (bool(asked.people) or any(
        not keys <= {"@source"} and not any(k.startswith(("P:", "C:")) for k in keys)
        for keys in subject_keys(matcher, asked, known_only=True)))


def _the_questions_and_what_they_ask_of(matcher: Matcher, question: str) -> str | None:
    """The questions of a letter of three or more sentences, asked one after another, alone when whole in
    themselves, or else with the one sentence just before them ("Говорят, в Бишкеке подписали что-то про эти земли.
    Как называется эта программа?"), the letter's other sentences left out; None for fewer sentences, questions
    apart, a question first with anything but remarks after it, a sentence after the questions that narrows or names
    a place or another event ("Я не про Бишкек, а про Сочи."), or a sentence left out that names another meeting
    ("I am asking about the Astana meeting of 2022. ... What did Mishustin say?"). A label ending in a colon goes
    with the sentence after it."""
    units = _labelled_sentences(question)
    asking = [i for i, s in enumerate(units) if s.rstrip().endswith("?")]
    if len(units) < 3 or not asking or asking != list(range(asking[0], asking[-1] + 1)):
        return None
    run = " ".join(units[asking[0]:asking[-1] + 1])
    first = units[asking[0]]
    before = [s for s in units[:asking[0]] if not _names_nothing(matcher, s)]
    after = units[asking[-1] + 1:]
    if not before and not all(_a_remark(matcher, s) for s in after):
        return None  # (a question first, what follows it may narrow: "... Что-то про добровольцев слышала.")
    if any(_turns_the_question(matcher, s) for s in after):
        return None  # ("Сколько документов подписали? Я не про Бишкек, а про Сочи.": another meeting asked of)
    asked = read(matcher, run)
    if not other_event(matcher, asked) and any(_MEETING_NOUN_RE.search(s) and other_event(matcher, read(matcher, s))
                                               for s in before):
        return None  # (not without the meeting it asks of: "I am asking about the Astana meeting of 2022. ...")
    if not before or _whole_in_itself(matcher, first, read(matcher, first)):
        return run
    if set(tokenize(before[-1])) & _OVER_THERE and any(
            other_place(matcher, w) or city_named(w) for s in before[:-1] for w in tokenize(s)):
        return None  # ("My cousin lives in Ashgabat. He says the meeting was held there. Is that true?": where?)
    return f"{before[-1]} {run}"


# what is asked of, turned: "я не про Бишкек, а про Сочи", "not about Bishkek but Sochi"
_NOT_ABOUT_RE = re.compile(r"\b(?:не|not|ne)\s+(?:про|о|об|pro|about)\b", re.IGNORECASE)


def _turns_the_question(matcher: Matcher, sentence: str) -> bool:
    """True for a sentence after a question that turns it to something else: "Я не про Бишкек, а про Сочи.", "The
    heads of state one, I mean.", "Предыдущее.", "На июньском заседании."; or, not of the asker, narrows it or names
    a place ("Only Uzbekistan's."); not "Раньше мы с напарником до Ташкента ездили." (the asker's own)."""
    told = read(matcher, sentence)
    if _NOT_ABOUT_RE.search(sentence) or _I_MEAN_RE.search(sentence) or other_event(matcher, told):
        return True
    if len(told.words) <= 6 and (_MEETING_NOUN_RE.search(sentence.lower()) or months_named(told.words)
                                 or _NARROWS_RE.search(sentence) or re.search(r"\bone\b", sentence)):
        return True  # (a fragment naming which one)
    return not _OF_THE_ASKER_RE.search(sentence) and (
        bool(_NARROWS_RE.search(sentence)) or any(other_place(matcher, w) or city_named(w) for w in told.words))


# what the asker means, said after the question: "I mean", "I'm asking about", "имею в виду", "речь о"
_I_MEAN_RE = re.compile(r"\bi\s+mean\b|\bi(?:'m|\s+am)\s+asking\s+about\b|\bимею\s+в\s+виду\b|\bя\s+про\b|"
                        r"\bречь\s+(?:о|об|про)\b", re.IGNORECASE)


def _names_another_time_or_place(matcher: Matcher, sentence: str, question: Reading) -> bool:
    """True for a sentence with a number, a quote, another event or a place the question after it does not name: what
    the question may mean ("I'm asking about the Dushanbe meeting of 2021. What did Mishustin say?"; not "Внук
    говорит, что весной 2024-го в Ашхабаде будет заседание. Какого числа оно в Ашхабаде?")."""
    if _QUOTE_MARK_RE.search(sentence) or set(re.findall(r"\d+", sentence)) - set(re.findall(r"\d+", question.asked)):
        return True
    told = read(matcher, sentence)
    places = {other_place(matcher, w) for w in question.words} - {None}
    return bool(other_event(matcher, told)) and not other_event(matcher, question) \
        or any(p is not None and p not in places for p in (other_place(matcher, w) for w in told.words)) \
        or bool(told.keys & {"@next", "@previous"} - question.keys)


def _names_nothing(matcher: Matcher, sentence: str, asides: frozenset[str] = frozenset()) -> bool:
    """True for a sentence with no number, narrowing, other event, person, country or place (but the places of the
    asker's life, `asides`), and no word the facts hold: "Давление опять скачет, так что пишу коротко.", "Пишу вам
    из Караганды.", "We moved to Minsk last year." (Minsk an aside)."""
    if _OF_THE_ASKER_RE.search(sentence):  # ("We moved last year.": the asker's time, no meeting's)
        sentence = _ASKERS_YEAR_RE.sub("", sentence)
    if re.search(r"\d", sentence) or _NARROWS_RE.search(sentence) or _QUOTE_MARK_RE.search(sentence) \
            or sentence.rstrip().endswith(":"):
        return False  # (not a claim quoted, nor the label of one: "Ученик пишет, что Лебедев заявил:")
    places = {w for w in tokenize(sentence) if other_place(matcher, w) in asides}
    told = read(matcher, without_words(sentence, places) if places else sentence)
    return not told.people and not told.countries and not other_event(matcher, told) \
        and not told.keys & (derived(matcher).meeting_keys | {"@meeting", "@cis"}) \
        and not any(other_place(matcher, w) for w in told.words) \
        and all(keys <= {"@source"} for keys in subject_keys(matcher, told, known_only=True))


_ASKERS_YEAR_RE = re.compile(r"\b(?:last|this)\s+year\b|\bв\s+(?:прошлом|этом)\s+году\b", re.IGNORECASE)


_QUOTE_MARK_RE = re.compile(r"[«»\"“”„]")


# a remark that narrows or changes what is asked ("Only for Afghanistan.", "Кроме афганского.", "I mean in 2022.")
_NARROWS_RE = re.compile(r"\b(?:only|just|alone|except|excluding|apart|besides|not counting|other than|i mean|i meant|"
                         r"rather|instead|next|last|previous|another|other|только|лишь|кроме|исключая|помимо|без|"
                         r"имею в виду|точнее|вернее|а именно|следующ\w*|прошл\w*|предыдущ\w*|друг\w*|"
                         r"tolko|krome|imeyu v vidu)\b", re.IGNORECASE)
_FIRST_PERSON_WORDS = r"i|i'm|i've|my|me|я|мне|меня|мой|моя|моё|мои|у меня|ya|mne|moy|moya"
_FIRST_PERSON_RE = re.compile(rf"\b(?:{_FIRST_PERSON_WORDS})\b", re.IGNORECASE)
# the asker and those with him: "мы с напарником", "у нас", "we", "our"
_OF_THE_ASKER_RE = re.compile(rf"\b(?:{_FIRST_PERSON_WORDS}|we|our|us|мы|нас|нам|наш\w*)\b", re.IGNORECASE)


def _a_remark(matcher: Matcher, sentence: str) -> bool:
    """True when a sentence after a question adds nothing to it: it names no number, other event or narrowing, and
    either tells of the asker ("my Russian is weak", "Tokayev, I think") or names nothing the facts know ("sestra
    sprashivaet"); not "Only for Afghanistan.", "In 2022 I mean.", "At the heads of state summit.", "And anything
    about uranium", a second question unmarked."""
    if re.search(r"\d", sentence) or _NARROWS_RE.search(sentence):
        return False
    told = read(matcher, sentence)
    if other_event(matcher, told):  # (a year has been turned away with every number, above)
        return False
    if _FIRST_PERSON_RE.search(sentence):
        return True
    return not told.people and not told.countries and not any(
        not keys <= {"@source"} for keys in subject_keys(matcher, told, known_only=True))


def _denies_the_words(reply: Reply) -> bool:
    """True when a reply says the reports quote someone with none of the words put to them."""
    return opens_with(reply.language, "said_not_these_words", reply.headline)


def _as_a_question(statement: str) -> tuple[str, bool] | None:
    """A claim that asks nothing, as the question it puts: its sentences without a last exclamation of a word or
    two ("Амбициозно!"), asked ("...?"), and whether such an exclamation was left out; None unless one was or the
    claim is put to be checked ("Check this: ..."), and when nothing is left."""
    sentences = _sentences(statement)
    exclaimed = False
    while len(sentences) > 1 and sentences[-1].rstrip().endswith("!") and len(tokenize(sentences[-1])) <= _EXCLAIMED:
        sentences, exclaimed = sentences[:-1], True
    text = " ".join(sentences).rstrip(" .!…")
    if not (exclaimed or set(tokenize(text)) & CHECK_WORDS) or len(tokenize(text)) < _EXCLAIMED:
        return None  # (a request is no claim: "Find me Mishustin's quote on ...", "Please list the titles ...")
    return f"{text}?", exclaimed


_EXCLAIMED = 2  # words of an exclamation after a claim ("Амбициозно!", "What a record!")


def _what_is_actually_so(matcher: Matcher, question: str, language: str | None,
                         context: Context | None) -> tuple[Reply, Context] | None:
    """A claim about one person, then what is actually so asked (bot.intents.actually): for "what did he actually
    say", what the reports quote of that person (the claim read as one question; its list of what they do quote
    is the answer); for "who actually said it", the claim read without the person, headed by whom the reports
    give the words to when that is another. None when the claim names no one person, or the reply is unsure."""
    asked = actually_asked(question)
    if asked is None:
        return None
    claim = read(matcher, asked.claim, language)
    heads = delegation_heads(matcher, claim.countries[0]) if not claim.people and len(claim.countries) == 1 \
        and asked.kind == "said" else []  # ("Uzbekistan wants to scrap the FTA. What did Tashkent actually say?")
    if len(claim.people) != 1 and len(heads) != 1 or _of_another_occasion(matcher, claim):
        return None  # (a claim of another meeting is the event rules': "... at the 2022 meeting in Astana")
    person, lang = claim.people[0] if claim.people else heads[0].id, claim.language
    statements = matcher.factbase.statements
    if asked.kind == "said":
        if read(matcher, asked.asked, lang).topic:
            return None  # ("... What did he actually say about energy?": that subject, the whole's to answer)
        reply, after = _answer_asked(matcher, f"{asked.claim}?", lang, context, in_parts=False)
        if reply.answered:  # (the claim borne out, or corrected: "No: these are Mishustin's words")
            return reply, after
        _, unknown = matcher.analyze(asked.claim)  # (the claim's words no fact holds left out: "to scrap the FTA")
        bare = read(matcher, without_words(asked.claim, frozenset(unknown)), lang) if unknown else None
        for said in (reply, *((say_reply(matcher, bare, person),) if bare is not None and bare.topic else ()),
                     say_reply(matcher, claim, person)):  # (the claim alone may find nothing: his words)
            shown = _shown_ids(said)
            if shown and all(i in statements and statements[i].speaker == person for i in shown):
                return with_changes(said, answered=True, score=reading_score(claim)), context_after(
                    matcher.factbase, claim, said)
        return None
    if pasted_words(asked.claim) is not None:
        return None  # (a sentence put in quotation marks is the pasted rules', which find whether anyone said it)
    reply, after = _answer_asked(matcher, f"{'Кто' if lang == 'ru' else 'Who'} {without_people(matcher, asked.claim)}?",
                                 lang, context, in_parts=False)
    found = [statements[i] for i in _shown_ids(reply) if i in statements]
    if not _sure(matcher, reply) or len({s.speaker for s in found}) != 1 \
            or not all(any(_holds_the_quoted(s, words) for s in found) for words in quoted_spans(asked.claim)):
        return None  # (words in quotation marks no statement found holds are no one's: "'a historic failure', said
        # Golovchenko": not Aripov's for the topic around them)
    other = found[0].speaker
    if other == person:
        return reply, after
    if any(f"P:{person}" in matcher.doc_by_id[s.id].entities for s in found if s.id in matcher.doc_by_id):
        return None  # (the words found name the claimed person: "Mirziyoyev proposed the Innoprom forum" is Aripov
        # recalling Mirziyoyev's initiative, no "No")
    names = {p: speaker_name(matcher.factbase.speakers[p], lang) for p in (person, other)}
    headline = phrase(lang, "pasted_by_other", other=names[other], name=names[person])
    return with_changes(reply, headline=f"{headline} {reply.headline}"), after


def _of_another_occasion(matcher: Matcher, r: Reading) -> bool:
    """True when a reading names another event, another time or a place other than the meeting's."""
    return other_event(matcher, r) is not None or names_another_time(matcher, r) \
        or any(other_place(matcher, w) for w in r.words)


def _background_only(matcher: Matcher, reply: Reply) -> bool:
    """True when every fact the reply shows is of the background to the meeting (the venue decided in Sochi, the
    date first announced): what "originally" finds, whatever else is asked."""
    shown = _shown_ids(reply)
    return bool(shown) and all(is_background(matcher, i) for i in shown)


def _with_their_reports(matcher: Matcher, reply: Reply, shown: list[str] | None = None) -> Reply:
    """The reply headed by who gave each of the facts it shows (or of `shown`; the first two), the report that
    carried it and the agency that report credits."""
    shown = [i for i in (_shown_ids(reply) if shown is None else shown) if matcher.factbase.entry(i) is not None]
    lines = list(dict.fromkeys(attribution_line(matcher, i, reply.language) for i in shown))
    return with_changes(reply, headline=f"{' '.join(lines[:2])} {reply.headline}") if lines else reply


def _with_their_carriers(matcher: Matcher, reply: Reply) -> Reply:
    """Someone's words found, asked with the outlet or agency that carried them: headed by who said them, which
    report carried them and the agency it credits, for each report shown (the words are found first, so a claim
    no report carries is never given a carrier)."""
    said = [i for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if i in matcher.factbase.statements]
    return _with_their_reports(matcher, reply, said)


# a word pointing back at someone or something said ("who said that", "did he attend", "кто это сообщил"); not
# "it" (the meeting, as a first question means it) nor "they" (its delegations)
_REFERRING = frozenset("he him his she her that this он его него ему она её ее нее ней это то".split())
_DEMONSTRATIVES = frozenset("that this это то".split())
_PREPOSITIONS = frozenset("in at on about of в на о об про at".split())
_REFERRING_FRAME = frozenset({"@say", "@who", "@source", "@participate", "@propose", "@when", "@where"})


def _no_referent(matcher: Matcher, question: str, language: str | None) -> tuple[Reply, Context] | None:
    """A first question whose one subject is a word pointing back ("Who said that?", "Did he attend?",
    "А кто это сообщил?"), with nothing before it to point at: asked whom or what is meant, unanswered
    (no fact is guessed at); None when the question names anyone or anything else."""
    if not set(tokenize(question.lower())) & _REFERRING:
        return None  # (the cheap test first: most questions point at nothing)
    r = read(matcher, question, language)
    pointing = [w for i, w in enumerate(r.words) if w in _REFERRING
                and not (w in _DEMONSTRATIVES and i and r.words[i - 1] in _PREPOSITIONS)]  # ("who took part in this":
    # the meeting, as "it" is)
    if r.keys <= {"@when", "@where"}:  # "где было то", "when was this": the meeting's day and place, as "it" is
        return None
    if not pointing or r.people or r.countries or not r.keys <= _REFERRING_FRAME \
            or any(keys - _REFERRING_FRAME for keys in subject_keys(matcher, r)):
        return None
    reply = Reply(r.language, False, phrase(r.language, "no_referent", word=pointing[0]),
                  notes=hints(matcher.factbase, r.language))
    return reply, context_after(matcher.factbase, r, reply)


# a "line" that is someone's words: after words in quotation marks, a name's possessive or "full"/"whole" ("the
# 'reliable ally' line", "Mishustin's line", "the full line"; not "power lines", "credit lines")
_QUOTED_LINE_RE = re.compile(r"(?P<before>['’\"”»]\s*|\b[A-Z]\w+'s\s+|\b(?:full|whole|exact|best|punchiest)\s+)line\b")


# "со ссылкой на кого в день заседания", "citing whom on the day of the meeting": the reports of it, not a day
# asked of the fact (which picked the reports giving 24 May over the day's own)
_ON_THE_DAY_CITED_RE = re.compile(r"(?<=\bкого)\s+в\s+день\s+(?:заседания|встречи|саммита)\b|(?<=\bwhom)\s+on\s+the\s+"
                                  r"day\s+of\s+the\s+(?:meeting|session|summit)\b", re.IGNORECASE)


# one said to have stayed away, and who went instead ("не поехал, вместо него Оверчук выступал", "skipped it and sent
# Overchuk instead"): the attendance is the claim to check, the stand-in's words no subject
_STAYED_AWAY_RE = re.compile(r"\bне\s+(?:поехал\w*|приехал\w*|был\w*|прилетал\w*|прилетел\w*)\b|\b(?:skipped|"
                             r"didn['’]?t\s+(?:go|come|attend|show)|did\s+not\s+(?:go|come|attend))\b", re.IGNORECASE)
_STAND_IN_RE = re.compile(r"(?i:,?\s*(?:а\s+|и\s+)?вместо\s+(?:него|неё|нее|себя)\s+[^.?!,]*)|,?\s*(?:and\s+)?"
                          r"[A-Z][\w-]+\s+(?:went|spoke|came|attended|was\s+sent)\s+instead\b")
# "кто вёл заседание", "kto vel zasedanie": who chaired it (not who led a delegation)
_LED_THE_MEETING_RE = re.compile(r"\b(?:вёл|вел|vel|vyol)\s+(?:заседание|совет|zasedanie|sovet)\b(?!\s+(?:с|со|s)\s)",
                                 re.IGNORECASE)  # (not "вёл встречу с Жапаровым": a meeting of two)
# "реально ли, что ...": "is it really true that ...", a claim ("реально" itself is a stopword: "что они реально
# предлагали"); "реально ли создать ...", "насколько реально ...": whether it can be done, which no report judges
_REALLY_TRUE_RE = re.compile(r"\b(?:реально|realno)\s+(?:ли|li)\s*,?\s*(?:что|chto)\b", re.IGNORECASE)
_FEASIBLE_RE = re.compile(r"\b(?:реально|realno)\s+(?:ли|li)\s+(?:(?:вообще|в\s+принципе|это|voobshche|voobshe)\s+)?"
                          r"(?:[\w-]+(?:ть|ться|ти|чь|t|tsya)|будет|будут|получится|удастся|budet)\b|\b(?:насколько|naskolko)\s+"
                          r"(?:это\s+)?(?:реально|realno|реалистичн\w*|осуществим\w*)\b", re.IGNORECASE)
# a delegation said to have left before the end ("walked out", "left early", "ушла раньше времени", "покинула зал")
_LEFT_EARLY_RE = re.compile(r"\bwalk(?:ed|s|ing)?\s+out\b(?!\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:agreements?|deals?|treaty|"
                            r"zone|union|organi[sz]ation|cis|csto|eaeu|sng)\b)|\bwalkout\b|\b(?:left|leave|leaving)\s+"
                            r"(?:the\s+)?(?:\w+\s+)?early\b|\bушл\w*\s+(?:с\s+(?:заседания|встречи|совета)|раньше|досрочно)|"
                            r"\bпокинул\w*\s+(?:зал|заседание|встречу)|\bushl\w*\s+(?:s\s+zasedaniya|ranshe|dosrochno)|"
                            r"\bpokinul\w*\s+(?:zal|zasedanie)", re.IGNORECASE)
# a dispute between participants ("did X and Y argue about", "disagree", "clash", "спорили", "разногласия"; not "argued
# for/that": someone's case made), among two people named or the delegations ("друг с другом", "each other")
_DISPUTE_RE = re.compile(r"\b(?:argu(?:e|ed|ing)\b(?!\s+(?:for|that|in\s+favou?r|against))|disagree(?:d|s|ing|ment|ments)?|clash(?:ed|es)?|"
                         r"quarrel\w*|disputed?|at\s+odds|shouting\s+match\w*|спорил\w*|поспорил\w*|разноглас\w*|поссорил\w*|"
                         r"сцепил\w*|перекрич\w*|ругал\w*|поругал\w*|перепалк\w*|raznoglas\w*|sporili|scepil\w*|"
                         r"rugal\w*)\b", re.IGNORECASE)
_FROM_THEM_RE = re.compile(r"\b(?:них|этих|тех|обеих|обоих|nih|nikh|etih|etikh|them|those|these|both)\b", re.IGNORECASE)
_AMONG_THEM_RE = re.compile(r"\b(?:each\s+other|one\s+another|delegations|participants|друг\s+с\s+другом|между\s+собой|"
                            r"делегаци\w+|участник\w+)\b", re.IGNORECASE)


# a post asked as a "position": "what is his position exactly", "the position of Geldimyradov", "exact position"; a
# stance taken is no post ("what position did Grigoryan take on ...", "какую позицию занял")
_POST_ASKED_RE = re.compile(r"\bwhat\s+(?:is|was)\b|\bposition\s+of\b|\b(?:exact|exactly|precise|precisely|official|"
                            r"title)\b", re.IGNORECASE)
_STANCE_TAKEN_RE = re.compile(r"\b(?:take|took|taken|set\s+out|adopt\w*|voice\w*|занял\w*|высказ\w*|озвуч\w*)\b",
                              re.IGNORECASE)


# another occasion in the same city: "an earlier CIS summit in Bishkek", "the Heads of State", "предыдущее"
_ANOTHER_OCCASION_RE = re.compile(r"\b(?:earlier|previous|recent|prior|other|another|heads\s+of\s+state|ранее|предыдущ\w*|"
                                  r"недавн\w*|друг\w*|глав\s+государств)\b", re.IGNORECASE)


def _names_elsewhere(matcher: Matcher, question: str) -> bool:
    """True when a question names a place other than this meeting's, points at one ("there", "там"), or names another
    occasion ("an earlier CIS summit in Bishkek")."""
    words = tokenize(question)
    meeting = matcher.factbase.meeting
    here = meeting is not None and any(city_named(w) == meeting.place.split(",")[0].strip() for w in words)
    return bool(set(words) & {"there", "там", "tam"}) and not here \
        or any(other_place(matcher, w) for w in words) or _ANOTHER_OCCASION_RE.search(question) is not None


def _only_unquoted_named(matcher: Matcher, question: str) -> bool:
    """True when the question names people, none of whom the reports quote (Japarov, Golovchenko)."""
    people = {k[2:] for t in matcher.analyze(question)[0] for k in t.keys if k.startswith("P:")}
    said = derived(matcher).statements_by_speaker
    return bool(people) and not any(said.get(p) for p in people)


def _who_came_asked_after(matcher: Matcher, r: Reading) -> bool:
    """True when a sentence after the first, with no word of dispute, asks who came from the countries or people
    named ("Пашинян ... поругался с Алиевым. Подтвердите, кто был от Армении и Азербайджана.", "... И кто от них
    приехал?")."""
    return any(not _DISPUTE_RE.search(s) and (told := read(matcher, s, r.language)).keys & {"@participate", "@who"}
               and (told.countries or told.people or _FROM_THEM_RE.search(s)) for s in _sentences(r.question)[1:])


def _a_dispute_asked(matcher: Matcher, r: Reading) -> bool:
    """True when a dispute between participants is asked of: two people or countries named ("Армения с Азербайджаном
    опять сцепились?"), or the delegations, beside a word of dispute, and no report (whose disagreement on a count is
    theirs: "do Asia-Plus and TASS disagree")."""
    if not _DISPUTE_RE.search(r.question) or _who_came_asked_after(matcher, r):  # (the cheap test first: few
        return False  # questions ask of a dispute; and who came, asked after it, is told)
    return (len(r.people) + len(r.countries) > 1 or _AMONG_THEM_RE.search(r.question) is not None) \
        and not sources_named(matcher, r)


# where a date comes from ("where does the 27 October date come from", "откуда взялось 27-е"): why it is given
_DATE_FROM_WHERE_RE = re.compile(r"\bwhere\s+(?:does|did|do)\s+(?![^?.!]*\b(?:figure|number|count|total)s?\b)(?P<what>[^?.!]"
                                 r"{0,30}?\b(?:dates?|days?|\d{1,2}(?:st|nd|rd|th)|\d{1,2}\s+oct\w*|oct\w*\s+\d{1,2})\b"
                                 r"[^?.!]{0,20}?)\s+come\s+from\b|\bоткуда\s+(?:же\s+)?(?:взял\w*|появил\w*)\s+"
                                 r"(?![^?.!,]*(?:цифр|числ|количеств|документ))(?P<what_ru>[^?.!,]{0,30}?(?:\bдат\w*|\b\d{1,2}"
                                 r"(?:-?е|-?го)(?!\w)|\b\d{1,2}\s+октябр\w*))[^?.!,]{0,20}?(?=\s*[?.!,]|$)", re.IGNORECASE)
# how much of someone's words a report quotes ("how much of it is actually inside quotation marks", "какая часть в
# кавычках"): which words are quoted, no figure
_HOW_MUCH_QUOTED_RE = re.compile(r"\bhow\s+much\s+of\s+(?P<whose>it|this|that|the\s+\w+|his\s+\w+|her\s+\w+|[\w-]+['’]s"
                                 r"\s+(?:['‘\"][^'’\"]+['’\"]\s+)?\w+)\s+(?:is|was|are|were)\s+"
                                 r"(?:actually\s+|really\s+)?(?:inside|in|within|put\s+in)\s+(?:the\s+)?(?:quotation\s+"
                                 r"marks|quotes)|\bкакая\s+часть\s+(?:\w+\s+)?(?:(?:стоит|дана|взята)\s+)?в\s+кавычках",
                                 re.IGNORECASE)
# a last word asking the level of who came ("Кто от России? Уровень.", "Who came from Armenia? Rank?")
_LEVEL_ASKED_RE = re.compile(r"(?<=[?.!])\s*(?:уровень|должность|должности|ранг|level|rank|post|title)\s*[?.!]*\s*$",
                             re.IGNORECASE)
# the asker's guess at who did not come, after who did is asked ("... kto predstavlyal, ne prezident zhe")
_NOT_THE_PRESIDENT_RE = re.compile(r"\s*,?\s*\b(?:не|ne)\s+(?:сам\s+|sam\s+)?(?:президент|prezident|премьер|premer)\w*\s+"
                                   r"(?:же|zhe|ведь|ved)\b(?=\W*$)", re.IGNORECASE)
# where someone is from asked ("which country is he from", "из какой он страны"): a "position" beside it is his post
_FROM_WHICH_COUNTRY_RE = re.compile(r"\b(?:which|what)\s+country\b[^.?!]{0,20}?\bfrom\b|\bwhere\s+(?:is|was)\s+(?:he|she)\s+"
                                    r"from\b|\bиз\s+какой\s+(?:он\s+|она\s+)?страны\b", re.IGNORECASE)
_POSITION_RE = re.compile(r"\b(?:position|позиция|позицию)\b(?!\s+(?:on|regarding|about|in|по|на|о|об)\b)", re.IGNORECASE)
# "the following meeting of the Council" (not "following the meeting", the documents signed after it)
_FOLLOWING_MEETING_RE = re.compile(r"\b(?P<the>the|its|a)\s+following\s+(?P<noun>meeting|session|council|summit|sitting)\b",
                                   re.IGNORECASE)


# "the real/actual date", "настоящая дата": the date (not "real" as a subject, nor Latin "data": "spatial data")
_REAL_DAY_RE = re.compile(r"\b(?:real|actual|true|genuine|настоящ\w+|реальн\w+|истинн\w+|realn\w+|nastoyashch\w+)\s+"
                          r"(?P<day>dates?|days?|years?|city|host|place|venue|count|number|figure|participants|дат\w*|"
                          r"день|дня|год\w*|город\w*|мест\w*|количеств\w*|числ\w*|цифр\w*|участник\w*|kolichestv\w*|"
                          r"chisl\w*|gorod\w*)\b", re.IGNORECASE)


def _answer_asked(matcher: Matcher, question: str, language: str | None, context: Context | None, *,
                  in_parts: bool) -> tuple[Reply, Context]:
    alone = _LABEL_ALONE_RE.match(question)
    if alone is not None:  # "Headline:" and nothing after it: what to check is missing, not the reports' answer
        reading = read(matcher, question, language)
        empty = Reply(reading.language, False, phrase(reading.language, "label_alone", label=alone.group("label")),
                      notes=hints(matcher.factbase, reading.language))
        return empty, context_after(matcher.factbase, reading, empty)
    as_put = question  # (before the asker's frames go: "A blogger says ... . Who actually proposed it?" puts a claim)
    if has_any(question.lower(), _CHAIR_GATE) and _chair_asked(" ".join(tokenize(question))) \
            and names_a_person(matcher, question):
        # "Did Japarov preside over the meeting?": no report says who chaired (not his post, which reads as a yes;
        # "preside" is no typo of "president" here)
        chair = read(matcher, question, language)
        unsaid = abstain(matcher, chair, "retrieval", phrase(chair.language, "no_chair"))
        return unsaid, context_after(matcher.factbase, chair, unsaid)
    question = _IT_ALL_RE.sub("", question) if _ASKS_WHERE_OR_WHEN_RE.search(question) else question
    question = _QUOTED_LINE_RE.sub(r"\g<before>quote", question)  # "Mishustin's 'I have no doubt...' line": his words
    question = _REAL_DAY_RE.sub(r"\g<day>", question)  # "the real date": the date
    if "число" in question.lower():  # "Следующий СГП: число, город, источник?": the day, beside the city (not a count)
        question = _DAY_BESIDE_PLACE_RE.sub("дата", question)
    if has_any(question.lower(), _MOVED_GATE) and not _NEXT_NAMED_RE.search(question):  # "the Oct 26 meeting got
        question = _MOVED_TO_RE.sub(_held_there, question)  # moved to Ashgabat": whether it was held there
    question = _ON_THE_DAY_CITED_RE.sub("", question)  # "Ашхабад, май 2024 — со ссылкой на кого в день заседания?"
    question = _FOLLOWING_MEETING_RE.sub(r"\g<the> next \g<noun>", question)  # "the following meeting": the next one
    question = _LED_THE_MEETING_RE.sub(lambda m: "председательствовал на заседании" if is_cyrillic(m.group(0))
                                       else "predsedatelstvoval na zasedanii", question)  # "кто вёл заседание": chaired
    question = _REALLY_TRUE_RE.sub(lambda m: "правда ли, что" if is_cyrillic(m.group(0)) else "pravda li, chto",
                                   question)  # "Реально ли, что Токаев был на заседании?": a claim checked
    question = _DATE_FROM_WHERE_RE.sub(lambda m: f"почему {m.group('what_ru')}" if m.group("what_ru")
                                       else f"why {m.group('what')}", question)  # "откуда взялось 27-е", "where does
    # the other date come from": why that date is given
    question = _HOW_MUCH_QUOTED_RE.sub(lambda m: "какие слова в кавычках" if is_cyrillic(m.group(0))
                                       else f"which words of {m.group('whose')} are inside quotation marks",
                                       question)  # (no figure asked: "how much of Mishustin's statement is ...")
    if _WHO_SAID_RE.search(question):  # who came asked: "Кто от России, кто от Белоруссии? Уровень." (their post,
        # which the reply gives; no "уровень жизни"), "kto predstavlyal, ne prezident zhe" (a guess, no subject)
        question = _NOT_THE_PRESIDENT_RE.sub("", _LEVEL_ASKED_RE.sub("", question))
    if _TWO_DATES_RE.search(question) and _WHY_TWO_RE.search(question) and not dates_in(tokenize(question)):  # "why
        # two dates for this meeting": the held day and the other one its facts give
        question = _with_the_two_days(matcher, question)
    if _FROM_WHICH_COUNTRY_RE.search(question) or _POSITION_RE.search(question) and _POST_ASKED_RE.search(question) \
            and not _STANCE_TAKEN_RE.search(question) and _only_unquoted_named(matcher, question):
        # "which country is he from, and what is his position?", "what is Japarov's position exactly?" (the reports
        # quote nothing of his, so no stance of his is asked): his post
        question = _POSITION_RE.sub(lambda m: "должность" if is_cyrillic(m.group(0)) else "post", question)
    if _STAYED_AWAY_RE.search(question):  # "Мишустин не поехал, вместо него Оверчук выступал. Так?": whether he went
        question = _STAND_IN_RE.sub(lambda m: m.group(0) if names_a_person(matcher, m.group(0)) else "", question)
        # (not "Pashinyan didn't attend, Grigoryan went instead": the one who went is the answer)
    question = _lone_frame(matcher, expand_follow_up(matcher, without_its_use(without_honorifics(question)), context),
                           context)  # (what the answer is for, left out before a follow-up's name goes after it)
    question = cited_for_what(_without_check_label(_without_courtesies(without_asker_frames(question))))
    question = without_report_dates(matcher, question)  # "Sputnik Armenia on 8 June 2023": the report's own date
    question = _it_the_meeting(matcher, question) if context is None else question
    if in_parts:
        actually = _what_is_actually_so(matcher, as_put, language, context)
        if actually is not None:  # "A poster says Lebedev called the talks 'tense and difficult'. What did he
            return actually  # actually say?": what the reports quote of him, not the claim's words checked
        chosen = _multiple_choice(matcher, question, language, context) or _either_person(matcher, question, language,
                                                                                          context)
        if chosen is not None:  # "was it held in (A) Astana, (B) Bishkek or (C) Dushanbe?": the one the reports bear
            return chosen  # out; "who called it a big step, Aripov or Mirziyoyev?": the one whose words they are
    reading = read(matcher, question, language)
    if context is not None and asks_for_more(reading):
        more = more_reply(matcher, reading, context)
        if more is not None:
            return more
    asked = _the_asked_sentence(matcher, question)
    if asked is not None:  # "What was on the agenda? Short summary please.": the question alone
        reading = read(matcher, asked, reading.language)
    per_outlet = _person_per_outlet(matcher, reading)
    if per_outlet is not None:  # "Kun.uz Aripov", "Interfax Мишустин": the person's words the outlet carries
        reading = per_outlet
    reply = _proposal_not_decision(matcher, reading, _reasoned_with_premises(matcher, reading))
    reply = _the_next_not_this_one(matcher, reading, reply)
    besides = _besides_the_subject(matcher, question, reading) if has_any(question.lower(), _BESIDES_GATE) else None
    if besides is not None:  # "What else, besides the Belt and Road, did Smailov say?": his other words
        return besides, context_after(matcher.factbase, reading, besides)
    if not reading.people and sources_named(matcher, reading) and _RELIABLE_RE.search(reading.question):
        # "Is the Asia-Plus report reliable?": no judgement of a report (not Mishustin's "reliable ally")
        judged = abstain(matcher, reading, "retrieval", phrase(reading.language, "no_reliability"), score=reply.score)
        return judged, context_after(matcher.factbase, reading, judged)
    if _a_dispute_asked(matcher, reading):  # "did Mishustin and Aripov argue about the free trade zone?": no report
        disputed = abstain(matcher, reading, "retrieval", phrase(reading.language, "no_dispute"), score=reply.score)
        return disputed, context_after(matcher.factbase, reading, disputed)  # tells of one (not each one's words)
    if in_parts and reply.intent == "say" and len(reading.people) > 1:
        each = _each_persons_part(matcher, question, reading, context)
        if each is not None:  # "Что предложил Арипов и что сказал Мишустин?": each one's own question
            return each
    if in_parts and len(reading.countries) > 1 and (not reply.answered or reply.fact_id == PARTICIPANTS_ID
                                                    or reply.fact_id in matcher.factbase.speakers
                                                    and not corrects_the_question(reading.language, reply.headline)):
        heads = _each_countrys_head(matcher, reading)
        if heads is not None:  # "Armenia and Azerbaijan: did they send their PMs or deputies?": each one's head (not
            # Armenia's alone, nor all nine)
            return heads, context_after(matcher.factbase, reading, heads)
    if in_parts and reply.answered and reply.intent == "attribution" and len(reading.people) > 1:
        sources = _each_persons_source(matcher, reading)
        if sources is not None:  # "какие агентства передали слова Лебедева и Мишустина": BelTA, then Interfax
            return sources, context_after(matcher.factbase, reading, sources)
    if in_parts and reply.answered and not corrects_the_question(reading.language, reply.headline):
        corrected = _first_sentence_corrected(matcher, question, reading.language, context)
        if corrected is not None and _adds_facts(corrected, reply):  # "Was it held in Astana? The Astana Times
            # dateline says ASTANA.": not in Astana, with the dateline
            each = _each_asking_sentence(matcher, question, reading.language, context) \
                if reply.fact_id == SOURCES_ID else None
            if each is not None and each[0].headline.startswith(corrected.headline.split(":")[0]):
                return each  # "It was in Astana? Who spoke for Kazakhstan?": not in Astana, then Smailov (not the
                # list of reports that "Astana" found)
            return _joined(matcher, corrected, reply), context_after(matcher.factbase, reading, reply)
    denied = not reply.answered and _denies_the_words(reply)  # (words denied stay denied, below)
    if not reply.answered:
        unprefaced = _without_the_askers_background(matcher, question)
        if unprefaced is not None and denied and not all(
                span in unprefaced for span in quoted_spans(question)):
            unprefaced = None  # (words denied stay denied: "Цитата Мишустина: «мы за мир». В каком издании?" is not
            # "В каком издании?")
        if unprefaced is not None:  # "Я человек старой закалки ... Что дословно сказал Мишустин на этом заседании?"
            unprefaced_reading = read(matcher, unprefaced, reading.language)
            found_alone = _reasoned_with_premises(matcher, unprefaced_reading)
            if found_alone.answered:
                reading, reply = unprefaced_reading, found_alone

    if not reply.answered and not denied:
        last_two = _the_question_and_what_it_points_at(matcher, question)
        if last_two is not None:  # "Dear bot, I am 78 ... My grandson says the prime ministers met here last October.
            # Which day was it exactly?": the question with the sentence its "it" points at
            pointed = read(matcher, last_two, reading.language)
            found_pointed = _reasoned_with_premises(matcher, pointed)
            if found_pointed.answered:
                reading, reply = pointed, found_pointed
    within = _asked_within(matcher, question) if not reply.answered and not denied else None
    if within is not None:  # "..., просим сообщить, где и когда состоится следующее заседание": that question
        inner = read(matcher, within, reading.language)
        answered = _reasoned_with_premises(matcher, inner)
        if answered.answered or reply.intent in ("retrieval", "attribution") and not reply.fact_id \
                and answered.intent not in ("retrieval", "attribution"):
            # (a specific "no" beats finding nothing: "кто представлял Беларусь и какие заявления он сделал")
            reading, reply = inner, answered
            question = within  # its parts are the inner question's ("Ученики спрашивают про заседание ...
            # Подскажите, какого числа оно прошло и кто представлял Кыргызстан?": the day, then Japarov)
        elif in_parts:  # "Dear assistant, could you help a student: I need to know what X proposed, and whether Y":
            whole_within = _answer_asked(matcher, within, reading.language, context, in_parts=True)  # its parts
            if whole_within[0].answered:
                return whole_within
    if in_parts and reply.answered and reply.intent == "count" and _WHICH_AND_HOW_MANY_RE.search(question) \
            and _HOW_MANY_RE.search(question) and not sources_named(matcher, reading) and not subject_keys(
                matcher, reading, known_only=True) and other_event(matcher, reading) is None:
        # "What did they sign and how many?": the list, headed by the counts (not "which ones on financing": the count's)
        listed, after_listed = _answer_asked(matcher, phrase(reading.language, "which_documents"), reading.language,
                                             context, in_parts=False)
        if listed.answered and listed.intent == "documents" and len(_shown_ids(listed)) > 2:
            return listed, after_listed
    if in_parts and reply.intent == "count":  # "22 documents per TASS, nine of them on financing": both counts
        counted = _count_in_parts(matcher, question, reading.language, context, whole=reply)
        if counted is not None:
            return counted
    if in_parts:
        several = _in_several_parts(matcher, question, reading.language, context, whole=reply)
        if several is not None:  # "who represented each country, what the Kazakh PM named as priorities, and
            return several  # where the next meeting will be": each part's answer
    mentioned = _did_they_mention_it(matcher, question, reading.language, context) if in_parts else None
    if mentioned is not None:  # "What was said about import substitution? Did Mishustin mention it?": what was
        return mentioned  # said of it, and whether his words are among it
    last_alone = _the_last_question_alone(matcher, question, reading, context, reply) \
        if in_parts and reply.answered and "?" in question else None
    if last_alone is not None:  # "Asia-Plus cites BelTA for Lebedev's words. Which report gives the day of the next
        return last_alone  # meeting?": the question, not the statement before it
    two = _the_two_asked(matcher, question, reading.language, context) if in_parts and reply.answered else None
    if two is not None:
        each_part = _in_parts(matcher, question, reading.language, two[1], whole=reply, missed=True, parts=two[0])
        if each_part is not None:  # "when was it and who came from Russia": the day, then Mishustin (not him alone)
            return each_part
    if in_parts and reply.answered and reply.intent == "say" and not reply.items:
        # "what did the Kazakh PM say should be the priority, and what would the concept give": the second
        # part's words of his beside the first's, when the first part alone finds what the whole found
        beside = _the_same_speaker_beside(matcher, question, reading.language, context, whole=reply)
        if beside is not None:
            return beside
    if in_parts and reply.answered and reply.fact_id == SOURCES_ID:
        beside = _report_beside(matcher, question, reading.language, context, whole=reply)
        if beside is not None:  # "when did the Astana Times publish it, and what date was the meeting itself?"
            return beside
    if in_parts and (not reply.answered or reply.intent == "attribution" or (reply.score or 0) < SEVERAL_PARTS_BELOW
                     or "@next" in reading.keys and not any(of_another_meeting(matcher, i) for i in _shown_ids(reply))
                     or _first_part_missed(matcher, _parts_of(question), reading.language, reply)
                     or _this_meeting_missed(matcher, _parts_of(asked or question), reading.language, reply)):
        # "what date was set for Ashgabat, and who reported it?": each part; "когда прошло заседание, и кто об
        # этом сообщил": the first part's fact, which names its report, not the report of a fact on another date
        parts = _in_parts(matcher, question, reading.language, context, whole=reply)
        if parts is None and asked is not None:  # "I'm building a lesson ... Where and on what date did they meet,
            parts = _in_parts(matcher, asked, reading.language, context, whole=reply)  # and where is the next?"
        if parts is not None:
            return parts
    lone = _the_one_asking_sentence(question) if in_parts and not reply.answered and not denied else None
    if lone is not None and (reply.intent in ("retrieval", "attribution", "say")
                             or reply.intent == "documents" and not reply.score
                             or reply.intent == "count" and not _HOW_MANY_RE.search(lone) and not _FIGURES_RE.search(lone)):
        # "Я веду подкаст про Центральную Азию ... Перечислите, кто из премьеров участвовал?": that question alone,
        # unless it points back at the background ("what did they sign there", "what was adopted in that field"); a
        # number in the background ("двое его сослуживцев ...") is no count asked
        meeting = matcher.factbase.meeting
        if lone is not None and (reply.suggestions and not _only_background_after(question, lone)
                                 or len(tokenize(lone)) < 3 or _names_outside(matcher, question, lone)
                                 or _ELLIPTIC_START_RE.match(lone) and len(tokenize(lone)) <= 5
                                 or pasted_words(question) and not pasted_words(lone) and _CHECKS_IT_RE.search(lone)):
            lone = None  # "Who attended? Only the women.": what follows the question narrows it; "Eurasian Development
            # Bank: any role or financing announced?": the label is what it asks about; 'X is quoted as saying "...",
            # according to Trend. Is that right?': the words pasted before it are what is checked
        if lone is not None and (_opens_the_message(question, lone)
                                 or not set(tokenize(_THIS_MEETING_RE.sub(" ", lone))) & (_BACK_REFERENCES | _THERE_WORDS)
                                 or _there_is_this_meeting(question, lone)) \
                and not any(is_year(w) and meeting is not None and int(w) != meeting.date.year
                            for w in tokenize(question)):  # ("It was back in 2021. What was signed?")
            asked_alone, after = _answer_asked(matcher, lone, reading.language, context, in_parts=False)
            if not asked_alone.answered and _parts_of(lone) is not None:  # ("... Кто подводил итоги и что он сказал
                asked_alone, after = _answer_asked(matcher, lone, reading.language, context, in_parts=True)  # про ...?")
            if asked_alone.answered and ((asked_alone.score or 0) >= matcher.threshold or asked_alone.intent == "documents") \
                    and (reply.intent != "documents" or asked_alone.intent == "documents") \
                    and not _someone_elses_words(matcher, question, lone, asked_alone) \
                    and not _label_not_held(matcher, question, lone, asked_alone) and not (
                    reply.intent == "say" and (asked_alone.fact_id == SOURCES_ID or _asks_on_after(question, lone))):
                # the question alone finds it (someone's words asked: not the reports' list, "A slide says Mishustin
                # called the CIS '...'. Can you give me the source?", nor when an unmarked question follows, "... byl
                # na zasedanii? chto on tam skazal")
                return asked_alone, after
    as_one = in_parts and _corrected_as_one(reading.language, question, reply)
    each = _each_asking_sentence(matcher, question, reading.language, context, noted=as_one) \
        if in_parts and (not _shown_ids(reply) or reply.intent in ("say", "documents")) and not reply.answered \
        or as_one else None
    if each is None and in_parts and _specific(reply) and _two_whole_questions(question):
        # "Trend, Feb 2024: Ashgabat date? What does it say about the previous session?": the whole found the
        # second's fact alone; each question's own fact, when each finds one
        each = _each_asking_sentence(matcher, question, reading.language, context, strict=reply)
    if each is None and in_parts and reply.answered and _shown_ids(reply):
        # "Цитата Лебедева по итогам: через какое агентство? А цитаты Мишустина?": the whole answered the first
        # question alone; each question's answer, when every one is answered surely, one names someone the whole
        # missed, and the whole's facts are among them
        each = _each_asking_sentence(matcher, question, reading.language, context, apart=reply)
        each = each if each is not None and set(_shown_ids(reply)) <= set(_shown_ids(each[0])) else None
    if each is not None and (not reply.answered or _adds_to(reply, each[0]) and (
            not corrects_the_question(reading.language, each[0].headline)  # ("It was in Astana? Who spoke for
            or each[0].headline.split(":")[0] == reply.headline.split(":")[0])):  # Kazakhstan?": the first's own)
        # "Was Belarus there at prime-minister level, and who was it? And the host prime minister, what was his name
        # again?": each question's answer; "Did Mishustin attend? And the Turkmen delegation, who led it?": not the
        # whole's one fact (no "No: Mishustin represented Russia"), but each part's
        if each[0].answered and _their_words_none(matcher, question, reading, each[0]):
            return with_changes(each[0], answered=False, score=matcher.threshold - 1), each[1]  # (see below)
        return each
    if in_parts and reply.answered and reply.fact_id in matcher.factbase.speakers and not reply.items:
        words = _their_words_after(matcher, question, reading, reply)
        if words is not None:  # "who went for Russia?? and did he say anything punchy": Mishustin, then his words
            return words
    elif in_parts and reply.answered and reply.items and (head := _the_first_asks_who(matcher, question, reading)):
        words = _their_words_after(matcher, question, reading, head)
        if words is not None:  # "Кто был от Казахстана? Что говорил?": the whole reads both as one, and finds a man
            return words  # only mentioned beside the head of delegation; the first question's one person, then his words
    meeting_id = matcher.factbase.meeting.id if matcher.factbase.meeting is not None else None
    # (also when another fact answered: "was the meeting in Bishkek or Tashkent?" is not Innoprom's Tashkent)
    at_the_venue = _the_venue_chosen(matcher, question) if not reply.answered or meeting_id not in _shown_ids(reply) \
        else None
    if at_the_venue is not None:  # "встреча в октябре была в Бишкеке или в Алматы? И какого числа?": in Bishkek
        there, after = _answer_asked(matcher, at_the_venue, reading.language, context, in_parts=in_parts)
        if there.answered:
            return there, after
    meeting = _the_meetings_day_by_another(matcher, reading, reply) if reply.answered else None
    if meeting is not None:  # "When was the meeting, according to the Kyrgyz cabinet?": the meeting's day, not the
        # 2016 date in the title of a document on its list
        reply = with_changes(fact_reply(matcher.factbase, meeting.id, reading.language, score=reading_score(reading)),
                             intent="retrieval")
    if in_parts and not reply.answered and reply.intent == "say" and _all_their_words_asked(matcher, question, reading,
                                                                                          reply):
        # "Что теперь говорит Мишустин о роли России в Содружестве? Что он сказал на заседании?": nothing of his on
        # the first's subject, which the reply says; what he said, the second asks, and the reply lists
        reply = with_changes(reply, answered=True, score=reading_score(reading))
    if in_parts and reply.answered and _their_words_none(matcher, question, reading, reply):
        # "Mustafayev talked up the Middle Corridor, didn't he? What did he say?": Smailov's words, said to be his, and
        # nothing of Mustafayev's, which is what the message asks for
        reply = with_changes(reply, answered=False)
    strangers = _leaders_not_mentioned(question, reply) if reply.answered else []
    if strangers:  # "Smailov quoted Putin on removing trade barriers. What did Putin say?": Smailov recalled Tokayev;
        # the reports never mention Putin, which the reply says before the fact found
        reply = with_changes(reply, headline=f"{phrase(reply.language, 'stranger', name=', '.join(strangers))} {reply.headline}",
                             answered=bool(reading.people) or "@say" not in reading.keys)
        # ("what did Putin say at the Heads of State summit": his words asked, and what is shown is no one's he named)
    if not reply.answered and reply.score is not None and reply.score >= matcher.threshold:
        # how sure the reading was is not a confidence in a fact: a reply that answers
        # nothing never shows a score at which the bot would have answered
        reply = with_changes(reply, score=matcher.threshold - 1)
    return reply, context_after(matcher.factbase, reading, reply)


# a request before the question itself, after whatever leads up to it: "В рамках подготовки материала просим
# сообщить, где ...", "Could you kindly tell me, for a briefing I am preparing, who ...", "I was wondering whether
# you could let me know ..."
_REQUEST_RE = re.compile(r"\b(?:(?:просим|прошу|просил бы|просила бы)(?: вас)?\s+(?:сообщить|уточнить|подтвердить|указать|"
                         r"назвать|пояснить|подсказать)|сообщите|подскажите|уточните|(?:could|can|would) you (?:kindly |please )*"
                         r"(?:tell|let) (?:me|us)(?: know)?|(?:(?:i|we) )?(?:would|'d) be (?:most |very |really |extremely )?grateful "
                         r"if you could (?:kindly |please )*(?:tell|let) (?:me|us)(?: know)?|"
                         r"(?:i would|i'd|we would|we'd) (?:like|be grateful) to know|(?:i|we) (?:need|want) to know|"
                         r"please (?:tell|let) (?:me|us)(?: know)?|"
                         r"(?:(?:буду|будем)\s+(?:очень\s+)?признател\w*|была бы благодарна|был бы благодарен),?\s+если\s+"
                         r"(?:вы\s+)?(?:подробно\s+|кратко\s+)?(?:расскажете|сообщите|подскажете|уточните|напишете|объясните)|"
                         r"(?:был|была|были)\s+бы\s+(?:очень\s+|весьма\s+|крайне\s+)?(?:признател\w*|благодар\w*),?\s+если\s+бы\s+"
                         r"(?:вы\s+)?(?:подробно\s+|кратко\s+)?(?:рассказали|сообщили|подсказали|уточнили|написали|объяснили|"
                         r"пояснили)"
                         # a list asked for, its verb kept: "could you kindly list ...", "если бы вы перечислили ..."
                         r"|(?:could|can|would) you (?:kindly |please )*(?=(?:list|name|explain|summari[sz]e|outline|describe|provide)\b)|"
                         r"(?:(?:i|we) )?(?:would|'d) be (?:most |very |really |extremely )?grateful if you could (?:kindly |please )*"
                         r"(?=(?:list|name|explain|summari[sz]e|outline|describe|provide)\b)|"
                         r"не могли бы вы,?\s+(?:пожалуйста,?\s+)?(?:подсказать|сказать|рассказать|уточнить|сообщить|пояснить)|"
                         r"не (?:откажите|откажи) в любезности,?\s+(?:уточнить|сообщить|подсказать|пояснить|назвать)|"
                         r"не сочтите за труд,?\s+(?:уточнить|сообщить|подсказать|пояснить|назвать)|"
                         r"с благодарностью приму (?:разъяснение|ответ|уточнение)|"
                         # someone's question the asker passes on: "Мой сосед ... спрашивает, кто от Таджикистана был",
                         # "Спросил меня, что предлагал ...", "my son asked me what ..." (reading keeps the question itself)
                         r"(?:спрашива\w+|спросил\w*|интересу\w+|хоч\w+\s+знать|хот\w+\s+знать)(?:\s+(?:меня|нас|у\s+меня|"
                         r"у\s+нас))?\s*,?\s*(?=(?:кто|что|где|когда|как\w*|сколько|чей|чья|чьи)\b)|"
                         r"(?:asks|asked|keeps\s+asking|wants\s+to\s+know|wanted\s+to\s+know|wonders|wondered)(?:\s+(?:me|us))?"
                         r"\s*,?\s*(?=(?:who|what|where|when|which|how|whether)\b)|"
                         # the asker's own not knowing, which ends the lead-up: "соседка спрашивала меня, а я не знаю, кто
                         # ...", "I don't know who" (reading drops the words themselves: bot.intents.reading)
                         r"(?:(?:а|но)\s+)?я\s+(?:и\s+)?(?:сам\w*\s+|вот\s+|честно\s+)?не\s+знаю|"
                         r"(?:but\s+)?i\s+(?:really\s+)?(?:don't|do not|dont)\s+know|"
                         r"(?P<listed>(?:был|была|были)\s+бы\s+(?:очень\s+|весьма\s+|крайне\s+)?(?:признател\w*|благодар\w*),?\s+"
                         r"если\s+бы\s+(?:вы\s+)?(?:перечислили|назвали)|(?:просим|прошу)(?:\s+вас)?\s+перечислить))"
                         r"\b[,:]?\s*(?:пожалуйста,?\s*)?", re.IGNORECASE)
# a claim someone made, put to the bot: "An old wire says the session was on 27 October. Is that correct?"
_CLAIM_OF_ANOTHER_RE = re.compile(r"^.{0,60}?\b(?:says|said|writes|wrote|reports|reported|claims|claimed|пишет|писал|"
                                  r"писала|сообщает|сообщил|сообщила|утверждает|говорит|говорят|govorit|govoryat|pishet|"
                                  r"pisal)(?: that|,? что|,? chto)?\s+(?P<claim>[^.?!]{8,})[.?!]\s*(?:is (?:that|this|it) "
                                  r"(?:correct|true|right|so)|(?:это |eto )?(?:верно|правда|так|verno|pravda|tak)(?: ли| li)?)\W*$",
                                  re.IGNORECASE)


# a label that puts a claim to be checked: "Checking: TASS says 22 ...", "Confirm: some 300 delegates attended.",
# "Проверка: ..."
_CHECK_LABEL_RE = re.compile(r"^\s*(?:fact[- ]?check(?:ing)?|check(?:ing)?|confirm|verify|проверка|проверьте|проверь|"
                             r"подтвердите|подтверди|"  # and a claim's label ("Claim for a debate round:")
                             r"(?:[\w']+\s+){0,3}(?:claim|утверждение|тезис|draft|черновик\w*)(?:\s+[\w']+){0,4}|"
                             r"match(?:\s+[\w']+){1,6})\s*[:\-–—]\s*(?=\S)",  # ("Draft line:", "Match the speaker to it:")
                             re.IGNORECASE)


# the same, asked after the claim ("ТАСС сообщил о двадцати документах со ссылкой на Кремль. Проверьте обе детали.")
_CHECK_TAIL_RE = re.compile(r"(?<=[.!?])\s*(?:please\s+|пожалуйста,?\s+)?(?:fact[- ]?check|check|verify|confirm|проверьте|проверь|"
                            r"подтвердите|подтверди|подтверждаете|подтверждаешь|can\s+you\s+confirm)(?:[\s,]+(?:it|this|that|these|both|all|them|the|details?|claims?|facts?|"
                            r"please|это|обе|оба|все|детали|факта|факты|утверждения|пожалуйста))*\W*$", re.IGNORECASE)
# a label for something pasted, with nothing pasted after it ("Headline:", "Проверьте:")
_LABEL_ALONE_RE = re.compile(r"^\s*(?P<label>headline|title|quote|claim|fact[- ]?check|check|verify|confirm|заголовок|"
                             r"загаловок|цитата|утверждение|проверка|проверьте|проверь|подтвердите)\s*[:\-–—]"
                             r"[\s\"“”«»„':\-–—.]*$", re.IGNORECASE)
_QUOTE_MARKS_RE = re.compile(r"[\"“”«»„']\w[^\"“”«»„']*\w[\"“”«»„']")  # words in quotation marks
# a headline pasted to be checked: 'Headline: "Mishustin: CIS and EAEU key to stability" - verify',
# 'Заголовок: «...». Верно?'; the check asked after it, if any, is a word or two ("accurate?", "is this correct?")
_HEADLINE_RE = re.compile(
    r"^\s*(?:(?:pasted|a|the|check|verify|fact[- ]?check|проверьте|проверь|проверка)\s+)?(?:(?:the|this|этот)\s+)?"
    r"(?:headline|title|заголовок|загаловок)(?:\s+(?:to check|check|для проверки))?\s*[:\-–—]?\s*"
    r"(?:[\"“«„](?P<claim>[^\"“”«»„]{6,})[\"”»“]|['‘](?P<single>[^'‘’]{6,})['’])\s*[.,:;\-–—]*\s*(?P<tail>.*)$",
    re.IGNORECASE | re.DOTALL)  # (in single quotes too: "headline check: 'Mishustin: ...' - accurate?")
_HEADLINE_CHECK_RE = re.compile(
    r"^(?:(?:is|was)\s+(?:this|it|that)\s+)?(?:verify|check|fact[- ]?check|accurate|correct|true|right|ok|supported|false|"
    r"верно|правда|так|точно|проверьте|проверь|это правда|это верно|подтверждается|соответствует)?\W*$", re.IGNORECASE)
# "Mishustin: CIS and EAEU key to stability": a headline's speaker before its colon
_HEADLINE_SPEAKER_RE = re.compile(r"^(?P<who>[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)\s*:\s*(?P<said>.+)$")


_OUTLET_ONLY_WORDS = 4  # "Kun.uz Aripov", "Interfax Мишустин": a search of a few words, no verb


def _person_per_outlet(matcher: Matcher, r: Reading) -> Reading | None:
    """A person and an outlet, nothing else ("Kun.uz Aripov", "Interfax Мишустин"): read as what the person
    said, which names the outlet as its authority; None for anything more or less."""
    if len(r.people) != 1 or r.countries or r.keys & {"@say", "@who"} or len(r.words) > _OUTLET_ONLY_WORDS:
        return None
    outlets = agency_words(matcher) | {w for source in matcher.factbase.sources for w in publisher_words(matcher, source)}
    tokens, unknown = matcher.analyze(r.question)
    named = [t.word for t in tokens if not any(k.startswith("P:") for k in t.keys)]
    if not named or any(w not in outlets for w in [*named, *unknown]):
        return None
    said = read(matcher, f"{r.question} {'сказал' if r.language == 'ru' else 'said'}", r.language)
    return said if set(said.words) & outlets or sources_named(matcher, said) else None  # (the outlet kept)


def _headline_as_claim(question: str) -> str | None:
    """A pasted headline as the claim it makes ('Headline: "Smailov: Kazakhstan ready to contribute" - check' ->
    "Is it true that Smailov said Kazakhstan ready to contribute?"); None for anything else, or a headline
    asked more about than whether it is right."""
    pasted = _HEADLINE_RE.match(question)
    if pasted is None or not _HEADLINE_CHECK_RE.match(pasted.group("tail").strip()):
        return None
    claim = " ".join((pasted.group("claim") or pasted.group("single")).split()).rstrip(" .")
    russian = is_cyrillic(claim)
    said = _HEADLINE_SPEAKER_RE.match(claim)
    if said is not None:
        claim = f"{said.group('who')} {'сказал' if russian else 'said'} {said.group('said')}"
    return f"{'Правда ли, что' if russian else 'Is it true that'} {claim}?"


def _without_check_label(question: str) -> str:
    """The claim without its label, put as a yes-or-no question when it is a bare statement ("Confirm: some 300
    delegates attended." -> "Is it true that some 300 delegates attended?"); a pasted headline as its claim;
    the question as it is otherwise."""
    headline = _headline_as_claim(question)
    if headline is not None:
        return headline
    label_ = _CHECK_LABEL_RE.match(question)
    tail = _CHECK_TAIL_RE.search(question) if label_ is None else None
    if label_ is not None:
        claim = question[label_.end():].strip()
    elif tail is not None:  # ("... Проверьте обе детали.": the claim before it)
        claim = question[:tail.start()].strip()
    else:
        return question
    if claim.endswith("?"):
        return claim
    lead = "Правда ли, что" if is_cyrillic(claim) else "Is it true that"
    return f"{lead} {claim[:1].lower() + claim[1:] if not claim[:2].isupper() else claim}".rstrip(". ") + "?"


def _asked_within(matcher: Matcher, question: str) -> str | None:
    """The question inside a long request: what follows "просим сообщить" / "could you tell me" (a clause set off
    by commas right after it dropped: "for a briefing I am preparing"), or someone's claim put as "X says Y. Is
    that correct?"; None when there is none, or when what is dropped names anything (a person, a place, another
    event, a number), which the question may hang on."""
    question = without_sources_asked(question)  # "буду признательна, если вы подробно, со ссылками на источники, расскажете"
    claimed = _CLAIM_OF_ANOTHER_RE.match(question.strip())
    if claimed is not None:
        dropped, inner = question[:claimed.start("claim")], f"Is it true that {claimed.group('claim')}?"
        if is_cyrillic(claimed.group("claim")) or re.search(r"\b(?:eto|pravda|verno)\b", question, re.IGNORECASE):
            inner = f"Правда ли, что {claimed.group('claim')}?"
    else:
        found = None
        for match in _REQUEST_RE.finditer(question):
            if len(tokenize(question[match.end():])) >= 3:  # not a bare "Подскажите?" after the question
                found = match
        if found is None:
            return None
        dropped, inner = question[:found.end()], question[found.end():]
        first, *rest = re.split(r"(?<=\w\w[.!?])\s+", inner, maxsplit=1)  # (not after an initial: "А. Арипов")
        if rest and not WH_RE.search(rest[0].lower()):  # "... спрашивает, кто от Таджикистана был. Не подскажете?": the
            inner = first  # question passed on, without the plea after it ("Помогите ответить сыну.")
        if found.group("listed"):  # "если бы вы перечислили всех глав делегаций": the list asked for
            inner = f"Перечислите {inner}"
        aside = re.match(r"^[^,?]{3,80},\s*", inner)  # "for a briefing I am preparing on regional integration, who"
        if aside is not None and not WH_RE.search(aside.group(0).lower()):
            dropped, inner = dropped + aside.group(0), inner[aside.end():]
    lead = read(matcher, dropped)
    asked = read(matcher, inner) if lead.people or lead.countries else lead
    if len(tokenize(inner)) < 3 or not set(lead.people) <= set(asked.people) \
            or not set(lead.countries) <= set(asked.countries) or lead.unknown_entities \
            or other_event(matcher, lead) or any(ch.isdigit() for ch in dropped) \
            or {p for w in lead.words if (p := other_place(matcher, w))} and not _placed_itself(matcher, inner):
        return None
    return inner[:1].upper() + inner[1:]


# the words pointing back at what a sentence before named: "что там подписали", "when was it"
_POINTING_BACK = frozenset("там тогда туда оно она он это этом том it there then that those them".split())


def _placed_itself(matcher: Matcher, inner: str) -> bool:
    """True when a question passed on names its own meeting, with nothing pointing back at the lead-up ("... в
    Худжанде. Она спрашивает, кто представлял Таджикистан на встрече премьеров в Бишкеке"): the lead-up's towns
    are the asker's, not the question's."""
    words = tokenize(inner)
    return not set(words) & _POINTING_BACK and bool(set(words) & MEETING_WORDS or any(
        city_named(w) for w in words))


# a choice of two places: "в Бишкеке или в Алматы", "in Bishkek or Almaty", "v Bishkeke ili v Almaty"
_PLACE_CHOICE_RE = re.compile(r"(?P<a>\b[\w-]+)\s*,?\s+(?:or|или|ili)\s+(?:(?:in|в|во|v)\s+)?(?P<b>[\w-]+\b)", re.IGNORECASE)


def _the_venue_chosen(matcher: Matcher, question: str) -> str | None:
    """The question with a choice between this meeting's city and another put as its city alone ("была в Бишкеке
    или в Алматы?": "была в Бишкеке?"), so that the meeting's own fact answers it; None when it offers no such
    choice, or asks of the next or an earlier meeting."""
    meeting = matcher.factbase.meeting
    if meeting is None:
        return None
    city = meeting.place.split(",")[0].strip()  # ("Bishkek, Kyrgyzstan")
    for found in _PLACE_CHOICE_RE.finditer(question):
        first, second = city_named(found.group("a").lower()), city_named(found.group("b").lower())
        if first is None or second is None or first == second or city not in (first, second):
            continue
        venue = found.group("a") if first == city else found.group("b")
        chosen = question[:found.start()] + venue + question[found.end():]
        asked = read(matcher, chosen)
        of_the_meeting = set(asked.words) & MEETING_WORDS or asked.people \
            or {"@say", "@sign", "@document", "@participate"} & asked.keys  # ("where did Smailov speak", "where were
        # the documents signed")
        if {"@next", "@previous"} & asked.keys or not of_the_meeting \
                or [keys for keys in subject_keys(matcher, asked, known_only=True) if not keys & {"@year", "@when"}]:
            return None  # (not "где пройдёт чемпионат СНГ: в Бишкеке или в Алматы?": the championship's place)
        return chosen
    return None


# a quiz's options: "(A) Astana, (B) Bishkek or (C) Dushanbe", "а) в Минске, б) в Бишкеке, в) в Сочи"
_OPTION_MARK_RE = re.compile(r"(?:(?<=\s)|^)\(?([a-dA-Dа-гА-Г])\)\s*")
_IT_RE = re.compile(r"\b(?:it|оно)\b", re.IGNORECASE)
_NONE_OF_THEM_RE = re.compile(r"\s*[—–-]?\s*(?:,?\s*or none of (?:the options|them|these)|,?\s*или ни (?:один|одно|одна) "
                              r"из (?:вариантов|них)|,?\s*или никто)\s*[—–-]?", re.IGNORECASE)
_OPTION_END_RE = re.compile(r"[\s,;]*(?:\bor\b|\bили\b)?[\s,;]*$", re.IGNORECASE)


def _options(question: str) -> tuple[str, list[str], list[str]] | None:
    """A quiz question's stem, its options' labels and its options ("was it held in", ["a", "b"],
    ["Astana", "Bishkek"]); None unless it lists two or more options labelled a, b, c... in order."""
    if has_any(question.lower(), ("none of", "ни од", "никто")):
        question = _NONE_OF_THEM_RE.sub("", question)  # "... C) Moscow — or none of the options?"
    marks = list(_OPTION_MARK_RE.finditer(question))
    labels = [m.group(1) for m in marks]
    if len(marks) < 2 or [x.lower() for x in labels] not in ([*"abcd"][:len(marks)], [*"абвг"][:len(marks)]):
        return None
    stem_text = question[:marks[0].start()].rstrip(" :—–-(")
    options = []
    for i, mark in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(question)
        option = _OPTION_END_RE.sub("", question[mark.end():end]).strip().rstrip("?.!").strip()
        if not option:
            return None
        options.append(option)
    return (stem_text, labels, options) if stem_text else None


def _multiple_choice(matcher: Matcher, question: str, language: str | None,
                     context: Context | None) -> tuple[Reply, Context] | None:
    """A quiz question answered by the one option the reports bear out: each option put in the stem and
    asked ("was it held in Bishkek?"), the one answered without a correction, headed by its label; None
    when no option, or more than one, is answered so (the question is then read as it stands)."""
    quiz = _options(question)
    if quiz is None:
        return None
    stem_text, labels, options = quiz
    if _WH_STEM_RE.match(stem_text):  # "Where was it held: (A) Astana, (B) Bishkek?": the stem asked, the option it names
        asked = stem_text.rstrip(" :—–-") + "?"
        reply, after = _answer_asked(matcher, asked, language, context, in_parts=False)
        if not reply.answered and context is None and _IT_RE.search(asked):  # a quiz's "it" is the meeting asked of
            reply, after = _answer_asked(matcher, _IT_RE.sub(lambda m: "заседание" if m.group(0).lower() == "оно" else
                                                              "the meeting", asked), language, context, in_parts=False)
        named = [(mark, option) for mark, option in zip(labels, options) if _names_the_option(option, reply)]
        if reply.answered and len(named) == 1:
            mark, option = named[0]
            return with_changes(reply, headline=f"{mark}) {option}: {reply.headline}"), after
        if reply.answered and not named and all(_a_place_or_a_date(option) for option in options) \
                and not any(_names_the_option(option, reply, whole=True) for option in options) \
                and reply.intent in ("overview", "retrieval", "attend", "count"):
            # "Where was it held: (A) Astana (B) Minsk (C) Sochi?": each a place or a day the answer does not give
            return with_changes(reply, headline=f"{phrase(reply.language, 'quiz_none')} {reply.headline}"), after
        if not reply.answered or not named:
            return None  # (several named: "TASS says 22, Asia-Plus 20": each option put as a claim, below)
    borne: list[tuple[str, str, tuple[Reply, Context]]] = []
    for mark, option in zip(labels, options):
        reply, after = _answer_asked(matcher, f"{stem_text} {option}?", language, context, in_parts=False)
        if reply.answered and not corrects_the_question(reply.language, reply.headline):
            borne.append((mark, option, (reply, after)))
    if len(borne) > 1:  # "a platform for A) e-commerce, B) cryptocurrency": the option the reply itself names
        borne = [b for b in borne if _names_the_option(b[1], b[2][0])] or borne
    if len(borne) != 1:
        return None
    mark, option, (reply, after) = borne[0]
    return with_changes(reply, headline=f"{mark}) {option}: {reply.headline}"), after


# asking whose words they are ("who said", "кто назвал"), not who spoke on a subject or proposed a thing
_WORDS_SAID_RE = re.compile(r"\b(?:said|say|says|called|calls|named|described|stated|declared|noted|сказал\w*|назвал\w*|"
                            r"заявил\w*|отметил\w*|произн[её]с\w*|skazal\w*|nazval\w*)\b", re.IGNORECASE)
_EITHER_FLOOR = 70  # the stem's words found at least this surely ("who spoke of the IT industry": Smailov's industry, 66)
# two people offered at a question's end: "... — Арипов или Мирзиёев?", "..., Aripov or Mirziyoyev?"
_EITHER_PERSON_RE = re.compile(r"\s*[—–,:-]\s*(?P<a>[\w'’ -]{3,40}?)\s+(?:или|or|ili)\s+(?P<b>[\w'’ -]{3,40}?)\s*\?*\s*$",
                               re.IGNORECASE)


# words put in quotation marks, any number of them (in single ones only as a whole: not "Aripov's ... Smailov's")
_QUOTED_SPAN_RE = re.compile(r"[\"“«„]([^\"“”«»„]{3,80})[\"”»“]|(?:(?<=\s)|^)['‘]([^'‘’]{3,80})['’](?=[\s,.;:?!]|$)")


_NEGATIONS = frozenset("not no never nothing neither nor не нет ни никогда ne net".split())
_NOT_TOLD = frozenset("""who whom which what кто кого какой kto that что chto about of on про о об pro it this это
    russia россия""".split()) | _NEGATIONS  # (a country's name may stand outside the quote: "Russia remains ...")


def _holds_the_told(said: Statement, words: list[str], *, negated: bool) -> bool:
    """True when a statement holds every word a "who said ..." question puts, by stem, in its quote, its title or its
    Russian title, and no negation it lacks ("not ready to contribute": his "ready to contribute" is no match)."""
    text = " ".join((said.quote, said.title or "", said.title_ru or ""))
    held = {stem(w) for w in tokenize(text)}
    if negated and not set(tokenize(text)) & _NEGATIONS:
        return False
    return all(stem(w) in held for w in words)


def _holds_the_quoted(said: Statement, words: str) -> bool:
    """True when a statement holds words put in quotation marks: its quote word for word, or, for Russian words put
    to an English quote, its Russian title by stem ("«большим шагом»": "… — большой шаг")."""
    if holds_words(said.quote, words):
        return True
    asked = {stem(w) for w in tokenize(words)}
    return is_cyrillic(words) and bool(said.title_ru) and asked <= {stem(w) for w in tokenize(said.title_ru or "")}


def _either_person(matcher: Matcher, question: str, language: str | None,
                   context: Context | None) -> tuple[Reply, Context] | None:
    """"Кто назвал концепцию «большим шагом» — Арипов или Мирзиёев?": the question without the two people
    offered, answered with the words of the one of them the reports give them to, headed by that person; None
    unless each option names one person and the words found are one's, not the other's."""
    found = _EITHER_PERSON_RE.search(question)
    if found is None or not _WH_STEM_RE.match(question[:found.start()]) or not _WORDS_SAID_RE.search(question):
        return None  # (only whose words: not "who proposed the forum", Mirziyoyev's initiative Aripov recalled)
    offered = [read(matcher, found.group(side), language).people for side in ("a", "b")]
    if any(len(people) != 1 for people in offered) or offered[0] == offered[1]:
        return None
    stem_text = question[:found.start()].rstrip(" :—–-,") + "?"
    if _no_referent(matcher, stem_text, language) is not None:
        return None  # "Who said that, Smailov or Mishustin?": what "that" is, asked first
    reply, after = _answer_asked(matcher, stem_text, language, context, in_parts=False)
    statements = matcher.factbase.statements
    shown = [i for i in _shown_ids(reply) if i in statements]
    speakers = {statements[i].speaker for i in shown}
    chosen = [people[0] for people in offered if people[0] in speakers]
    if not reply.answered or (reply.score or 0) < _EITHER_FLOOR or len(chosen) != 1 or not shown:
        return None
    other = next(people[0] for people in offered if people[0] != chosen[0])
    theirs = [i for i in shown if statements[i].speaker == chosen[0]]
    if any(f"P:{other}" in matcher.doc_by_id[i].entities for i in theirs if i in matcher.doc_by_id):
        return None  # ("Smailov or Tokayev?": Smailov's words recall Tokayev's: whose they are is for the reader)
    quoted = [m.group(1) or m.group(2) for m in _QUOTED_SPAN_RE.finditer(stem_text)]
    names = {t.word for t in matcher.analyze(stem_text)[0] if any(k.startswith("P:") for k in t.keys)}
    told = [w for w in tokenize(_QUOTED_SPAN_RE.sub(" ", stem_text)) if w not in STOPWORDS and w not in _NOT_TOLD
            and not _WORDS_SAID_RE.fullmatch(w) and w not in names]
    theirs = [i for i in theirs if all(_holds_the_quoted(statements[i], q) for q in quoted)
              and (quoted or told and _holds_the_told(statements[i], told,
                                                      negated=bool(set(tokenize(stem_text)) & _NEGATIONS)))]
    if not theirs:  # the words put in quotation marks, or every word the stem puts, theirs (not "who said Russia is
        return None  # an unreliable partner": his "reliable ally" found for it)
    name = speaker_name(matcher.factbase.speakers[chosen[0]], reply.language)
    return list_reply(matcher.factbase, reply.language, f"{name}.", theirs, intent="say", fact_id=theirs[0],
                      score=reply.score), after


# a quiz stem that is itself a question ("where was it held", "кто представлял Армению"), after any label
_WH_STEM_RE = re.compile(r"^(?:[^:?]*:\s*)?(?:(?:в|во|на|из|от|in|at|on|from)\s+)?(?:who|whom|where|when|which|what|how many|"
                         r"how much|кто|кого|где|когда|какой|какая|какое|какие|каким|каком|какого|какую|сколько|kto|gde|"
                         r"kogda|skolko)\b",
                         re.IGNORECASE)  # (and after a preposition: "в каком городе", "in which city")


def _a_place_or_a_date(option: str) -> bool:
    """True for a quiz option that is only a city or a day, a month, a year (and their prepositions), which an
    answer names, if it is the one, in a way `_names_the_option` recognises."""
    words = [w for w in tokenize(option) if w not in STOPWORDS and w not in ("в", "во", "v")]
    return bool(words) and all(w in CITIES or w in MONTHS or w.isdigit() for w in words)


def _names_the_option(option: str, reply: Reply, *, whole: bool = False) -> bool:
    """True when every word of a quiz option is in the reply's text, by stem ("e-commerce": "e-commerce
    platform"), in its language or the other."""
    first = reply.items if whole else reply.items[:1]  # the best fact only: a tied one ("Bishkek chosen in Sochi")
    # is no answer to the stem; but an option any of them names is not "none of the options" ("24 May": Trend's)
    said = [reply.headline, reply.quote or "", *reply.details, *(t for i in first for t in (i.title, i.quote or ""))]
    if reply.kind == "speaker" and not whole:  # "who represented Armenia": the person its headline names
        said = [reply.headline.split(".")[0]]
    said_words = tokenize(" ".join(said))
    days = dates_in(tokenize(option))
    if days and days <= dates_in(said_words):  # "26 October" is named by "an Oct. 26 meeting"
        return True
    text = {stem(w) for w in said_words}  # (not its sources' names: "The Astana Times" is no Astana)
    text |= {transliterate(w) for w in text if is_cyrillic(w)}
    words = [w for w in tokenize(option) if w not in STOPWORDS]
    return bool(words) and all(stem(w) in text or transliterate(stem(w)) in text for w in words)


# a question of one frame word, with nothing to follow up ("the date?", "а место?", "next one?"): the
# meeting's date, place, or the next meeting, which is what the bot is about
_LONE_FRAMES = (
    (frozenset("date day when дата дату дате число числа день когда data kogda chisla chislo".split()),
     "When did the meeting take place?", "Когда прошло заседание?"),
    (frozenset("place venue city where место город городе где mesto gorod gorode gde".split()),
     "Where did the meeting take place?", "Где прошло заседание?"),
    (frozenset("next следующее следующая следующий следующем sleduyushchee".split()),
     "When and where is the next meeting?", "Где и когда следующее заседание?"),
)
_NEXT_MEETING_ASKED = _LONE_FRAMES[2][1:]  # the next meeting asked in so many words, English and Russian


def _the_next_not_this_one(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """"When is the next meeting and who announced it?": the next meeting as the reports announce it, where the
    reply found a report written before this meeting, whose "next meeting" was this one (Sputnik Armenia's June
    announcement of Bishkek); the reply as it is otherwise, or when that announcement is what is asked ("in June",
    "in Sochi", "first", "27 October")."""
    meeting = matcher.factbase.meeting
    entry = matcher.factbase.entry(reply.fact_id or "") if reply.answered else None
    if entry is None or meeting is None or "@next" not in r.keys or _THAT_ANNOUNCEMENT_RE.search(r.question) \
            or r.people:  # ("where is the next meeting, according to Lebedev": his June words, which are his)
        return reply
    source = matcher.factbase.sources.get(entry.source)
    if source is None or source.published is None or source.published >= meeting.date:
        return reply
    return _the_next_meeting(matcher, r.language) or reply


# the announcement of this meeting asked, made before it ("first announced", "in June", "в Сочи", "27 октября")
_THAT_ANNOUNCEMENT_RE = re.compile(r"\b(?:first|originally|initially|june|sochi|впервые|сначала|изначально|июн\w*|сочи|"
                                   r"27|bishkek|бишкек\w*)\b", re.IGNORECASE)


def _the_next_meeting(matcher: Matcher, lang: str, note: str = "") -> Reply | None:
    """The next meeting as the reports announce it (the reply to "when and where is the next meeting"),
    headed by `note` (what the question got wrong about it: "Not in Minsk, as far as the reports say.")."""
    english, russian = _NEXT_MEETING_ASKED
    announced = overview_reply(matcher, read(matcher, russian if lang == "ru" else english, lang))
    if announced is None or not announced.answered:
        return None
    return with_changes(announced, headline=f"{note} {announced.headline}".strip()) if note else announced
_LONE_ASIDE = frozenset("на самом деле действительности же всё-таки все-таки actually really".split())  # not counted
_LONE_FILLER = _LONE_ASIDE | frozenset("""the a an and so what about one meeting its it was is listen а и ну так что насчёт
    насчет заседание zasedanie это было то слушайте слушай hey ok okay eto bylo in on at which held exactly precisely в во каком какой
    какого какое каком проходило прошло точно именно of quick quickly please pls ono kakogo kakom a v i proshlo
    prohodilo оно""".split())  # ("so when was it", "слушайте, а когда это было-то",
# "in which city was it", "в каком городе это было")
_WHEN_AND_WHERE = ("When and where did the meeting take place?", "Когда и где прошло заседание?")


def _lone_frame(matcher: Matcher, question: str, context: Context | None) -> str:
    """The meeting's question for one frame word asked alone ("the date?"), else the question; after
    an answer about the next meeting, the next meeting's ("where is the next one?" "the date?"), and
    after any other answer, the question as it is (a follow-up the usual rules read)."""
    words = set(tokenize(question))
    (when, *_), (where, *_) = _LONE_FRAMES[:2]
    frames: list[tuple[frozenset[str], str, str]] = list(_LONE_FRAMES)
    if words & when and words & where and context is None:  # "in which city was it, and what date exactly?"
        frames = [(when | where, *_WHEN_AND_WHERE)]
    for i, (frame, english, russian) in enumerate(frames):
        if words & frame and not words - frame - _LONE_FILLER \
                and len(words - _LONE_ASIDE) <= (10 if len(frames) == 1 else 7):  # ("так какого числа оно на самом деле
            # прошло": the day)
            if context is not None and "@next" not in read(matcher, context.question, context.language).keys:
                return question
            latin_russian = bool(words & {"data", "kogda", "mesto", "gorod", "gorode", "gde", "sleduyushchee", "zasedanie",
                                          "chisla", "chislo", "bylo", "kakogo", "kakom"})
            ru = bool(re.search("[а-яё]", question, re.IGNORECASE)) or latin_russian
            english, russian = _NEXT_MEETING_ASKED if context is not None and i < 2 else (english, russian)
            return russian if ru else english
    return question


# a first question's "it was ..." ("it was in Tashkent, right?", "было в Астане?"): the meeting, as "it" is
_IT_WAS_RE = re.compile(r"(?:^|(?<=[.!?]\s))\W*(?:(?:it|this)\s+(?=(?:was|took\s+place|happened|had\s+been)\b)|"
                        r"(?:оно\s+|это\s+)?(?=(?:было|прошло|проходило|состоялось)\s+(?:в|во|на)\s))", re.IGNORECASE)


# "it all", "всё (это) было" in a question of where or when: the meeting as a whole, no list asked for ("where did it
# all happen", "в каком городе всё было")
_IT_ALL_RE = re.compile(r"(?:(?<=\bit)\s+all\b|\b(?:всё|все|vse|vsyo)\s+(?=(?:это\s+|eto\s+)?(?:было|прошло|проходило|"
                        r"состоялось|случилось|bylo|proshlo|prohodilo|sostoyalos)\b))", re.IGNORECASE)
_ASKS_WHERE_OR_WHEN_RE = re.compile(r"\b(?:where|when|which\s+(?:city|day|date)|what\s+(?:city|day|date)|где|когда|в\s+"
                                    r"каком\s+городе|какого\s+числа|gde|kogda|v\s+kakom\s+gorode|kakogo\s+chisla)\b",
                                    re.IGNORECASE)


_IT_WAS_WORDS = frozenset("""it this was held took place happened had been right correct true so really actually yes
    no оно это было прошло проходило состоялось да верно правда так точно или or""".split())


def _it_the_meeting(matcher: Matcher, question: str) -> str:
    """A first question whose "it" can only be the meeting ("it was in Tashkent, right?", "It was in Astana. Which
    city was it in?", "было в Астане?") with the meeting named, so that a place it puts is checked as the meeting's
    (not Innoprom's Tashkent, nor The Astana Times); as it is when it names anyone or anything else."""
    if not _IT_WAS_RE.search(question):
        return question
    words = tokenize(question)
    asked = STOPWORDS | _LONE_FILLER | CHECK_WORDS | _IT_WAS_WORDS | {w for frame, *_ in _LONE_FRAMES[:2] for w in frame}
    meeting = matcher.factbase.meeting
    if not all(w in asked or w in MONTHS or w.isdigit() or city_named(w) for w in words) or meeting is None \
            or any(is_year(w) and int(w) != meeting.date.year for w in words) \
            or any(MONTHS[w] != meeting.date.month for w in words if w in MONTHS):
        return question  # ("Aripov spoke of Innoprom. It was in Tashkent?": the forum's; "It was in Ashgabat in May
    # 2024?": another time's)
    question = _IT_WAS_HELD_RE.sub(lambda m: f"{m.group('lead')}the meeting was held ", question)
    question = _BYLO_RE.sub(lambda m: f"{m.group('lead')}заседание прошло ", question)
    return _IT_WAS_RE.sub(lambda m: m.group(0)[:len(m.group(0)) - len(m.group(0).lstrip())]
                          + ("заседание " if is_cyrillic(m.group(0) + question) else "the meeting "), question)


# "it was in Minsk" as "the meeting was held in Minsk" (a place put to it, not a meeting in Minsk); "было в Минске"
_IT_WAS_HELD_RE = re.compile(r"(?P<lead>(?:^|(?<=[.!?]\s))\W*)(?:it|this)\s+was\s+(?=(?:in|on|at)\b)", re.IGNORECASE)
_BYLO_RE = re.compile(r"(?P<lead>(?:^|(?<=[.!?]\s))\W*)(?:оно\s+|это\s+)?было\s+(?=(?:в|во|на)\s)", re.IGNORECASE)


# where a question asks a second thing: ", and who reported it", "и когда", "а кто"
_SECOND_PART_RE = re.compile(
    r"\s*,?\s+(?:and|а|и)\s+(?:also\s+|также\s+)?(?=(?:who|whom|whose|when|where|which|what|how|until|why|whether|кто|кого|кем|чей|когда|где|"
    r"какой|какая|какие|какое|каком|какую|каких|какого|каким|что|сколько|почему|до\s+как\w+|на\s+как\w+|в\s+как\w+|"
    r"по\s+как\w+|с\s+как\w+|по\s+чь\w+|чь\w+|во\s+сколько|(?:in|on|at|from|for|by|with)\s+(?:which|what|whose)|"
    # a yes or no asked of what the first part named ("what dateline does it carry, and does it run ... in quotes")
    r"(?:does|did|is|was)\s+(?:it|its|the\s+(?:report|story|piece|article))\b(?!\s+(?:say|give|name|mention))|"
    # ("which transit routes did the Kazakh PM highlight, and did he link them to the Belt and Road": his words on both)
    r"did\s+(?:he|she)\s+(?:link|tie|connect|relate|call|propose|suggest|back|support)\b|"
    # ("how many does Asia-Plus give, and does any other report give a different figure")
    r"(?:does|do|did)\s+(?:any|another|other|the\s+other)\s+(?:other\s+)?(?:reports?|sources?|outlets?|publications?)\b)\b)"
    # (Russian in Latin letters: "Mishustin ezdil i chto on skazal")
    r"|\s*,?\s+(?:i|a)\s+(?=(?:kto|kogo|kogda|gde|kakoy|kakoi|kakaya|kakie|kakoe|kakogo|kakom|kakuyu|kakih|chto|skolko|"
    r"pochemu|chey|chya)\b)",
    re.IGNORECASE)
_IT_ACRONYM_RE = re.compile(r"\bIT\b")
# a second part that points back at the first ("who reported it", "где об этом написано")
_BACK_RE = re.compile(r"\b(it|its|this|that|them|they|there|so|это|этом|этого|этой|этим|это|там|его|её|ее|их|тот|та|те)\b",
                      re.IGNORECASE)


def _only_the_source_asked(r: Reading) -> bool:
    """True for a part that asks only which agency or source ("which news agency is the original source?",
    "со ссылкой на кого?"), naming nothing of its own: the other part's source."""
    return not (r.people or r.countries) and r.keys <= _THE_SOURCE_ONLY and asks_the_source(r) \
        and _AGENCY_OR_SOURCE_RE.search(" ".join(r.words)) is not None


_THE_SOURCE_ONLY = frozenset({"@source", "@who", "agenc", "origin"})
_AGENCY_OR_SOURCE_RE = re.compile(r"\b(?:agenc\w*|sources?|источник\w*|первоисточник\w*|агентств\w*|ссылк\w*|"
                                  r"ссылает\w*)\b")
_SHORT_PART = 6  # words of a second part that asks only where its answer comes from ("and who reported it")


def _with_the_count(matcher: Matcher, r: Reading, corrected: Reply | None) -> Reply | None:
    """A count asked of the meeting put in another city ("how many documents were signed at the meeting held in
    Osh"): the correction, then the reports' counts (not the meeting's own fact); as it was otherwise."""
    meeting = matcher.factbase.meeting
    # "met in Astana and signed thirty documents - correct?": the number of documents put is checked too
    claimed = asks_yes_or_no(r) and bool({"@document", "@sign"} <= r.keys and numbers_named(r.words) - {d for d, _ in dates_in(r.words)})
    if corrected is None or meeting is None or ("@count" not in r.keys or asks_yes_or_no(r)) and not claimed:
        return corrected
    if claimed:  # (the count checked without the place already corrected)
        r = read(matcher, without_words(r.question, {w for w in r.words if other_place(matcher, w)}) or r.question,
                 r.language)
    tally = count_reply(matcher, r)
    if tally is None or not tally.answered or tally.intent != "count":
        return corrected
    own = fact_reply(matcher.factbase, meeting.id, r.language).headline
    told = corrected.headline[:-len(own)].rstrip() if corrected.headline.endswith(own) else corrected.headline
    return with_changes(tally, headline=f"{told} {tally.headline}")


def _did_they_mention_it(matcher: Matcher, question: str, language: str | None,
                         context: Context | None) -> tuple[Reply, Context] | None:
    """A question on a subject, then whether one person mentioned it ("What was said about import substitution? Did
    Mishustin mention it?", "Что говорили про электронную коммерцию? Лебедев называл?"): that person's words on it
    after the first question's facts; when none of theirs is, the first question's facts headed by that. None for
    any other message."""
    if "?" not in question:  # (a message of two questions asks with a question mark at least once)
        return None
    sentences = _asking_in_chat(_sentences(question))
    if len(sentences) != 2 or not _NAMED_IT_RE.search(sentences[1]):
        return None
    second = read(matcher, sentences[1], language)
    if not (_points_back(matcher, sentences[1]) or len(tokenize(sentences[1])) <= _BARE_MENTION):
        return None
    asked = _mention_of_the_first(matcher, sentences, second)
    if asked is None:
        return None
    first, after = _answer_asked(matcher, sentences[0], language, context, in_parts=False)
    if not first.answered:
        return None
    said = say_reply(matcher, read(matcher, asked, second.language), second.people[0])
    if said.answered:
        return _joined(matcher, first, said), after
    name = speaker_name(matcher.factbase.speakers[second.people[0]], second.language)
    note = phrase(second.language, "not_mentioned_by", name=name)
    tied = first.headline in (phrase("en", "tied"), phrase("ru", "tied"))  # (the note heads the list instead)
    return with_changes(first, headline=note if tied else f"{note} {first.headline}"), after


def _the_last_question_alone(matcher: Matcher, question: str, reading: Reading, context: Context | None,
                             whole: Reply) -> tuple[Reply, Context] | None:
    """A statement, then a question of its own ("Asia-Plus cites BelTA for Lebedev's words. Which report gives the
    day of the next meeting?"): the question's reply alone, when it is answered with facts none of which the whole's
    reply shows (the statement led the whole astray); None otherwise, and when the question is a yes or no, points
    back at the statement, or names nothing of its own."""
    sentences = _sentences(question)
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?") \
            or any(s.rstrip().endswith("?") for s in sentences[:-1]) or _parts_of(sentences[-1]) is not None:
        return None
    last = sentences[-1]
    if not WH_RE.match(last.strip().lower()) or _points_back(matcher, last) or set(tokenize(last)) & _SUCH_WORDS \
            or any(PASTED_SPAN_RE.search(s) or s.rstrip().endswith(":") for s in sentences[:-1]):
        return None  # (nor after words quoted: "Asia-Plus says only 'May 2024' for it. Which report gives the day?";
        # nor "Сколько таких документов подписали?", nor a label: "Сочи, июнь 2023: какое соглашение подписали?")
    asked = read(matcher, last, reading.language)  # (read only for a question that may stand alone)
    if asks_yes_or_no(asked):
        return None
    told = read(matcher, " ".join(sentences[:-1]), reading.language)
    if asked.people and set(asked.people) <= set(told.people):
        return None  # (the statement tells of whom it asks: "Lebedev spoke in Sochi in June. Which city did the
        # Secretary General announce?")
    subject = subject_keys(matcher, asked, known_only=True) or [{key} for key in asked.keys & {"@next"}]
    if not subject or not (asked.people or asked.countries or "@next" in asked.keys or len(subject) > 1) \
            or any(holds_the_subject(matcher, i, subject) for i in _shown_ids(whole)):
        return None  # (its own subject, which the whole's facts do not hold: not "Which agreement, and dated when?")
    alone = _answer_asked(matcher, last, reading.language, context, in_parts=False)
    shown = _shown_ids(alone[0])
    statements = matcher.factbase.statements
    if not alone[0].answered or set(shown) & set(_shown_ids(whole)) or told.people and all(
            i in statements and statements[i].speaker in told.people or i in told.people for i in shown):
        return None  # (nor words of the one the statement tells of: "the Secretary General" is Lebedev in Sochi)
    return alone


_SUCH_WORDS = frozenset("""таких такие таким такого такая такой такое such those these они он она оно их им ими ему ей
    they he she him her them his oni on ona""".split())  # (someone or something of the statement before)


def _the_two_asked(matcher: Matcher, question: str, language: str,
                   context: Context | None) -> tuple[list[str], Context | None] | None:
    """The two questions a message asks, and what to read them after: those of the whole; or those of its last
    sentence after sentences that ask nothing ("hi! i missed the big meeting. when was it and who came from
    russia?"), read after those sentences when they name someone ("... выступление Алихана Смаилова ... Просим
    уточнить, какие маршруты он назвал и с какой инициативой ...": "он" is Smailov) or headed by them when they quote
    ('A post says X said "...". Is that attributed to him, and by which outlet?'); None when it asks no two."""
    parts = _parts_of(question)
    if parts is not None:  # (not "Напомните, где | и когда прошло заседание": "where and when" is one question)
        words = tokenize(parts[0])
        return (parts, context) if all(len(tokenize(part)) >= _PART_WORDS for part in parts) \
            and not WH_RE.fullmatch(words[-1]) else None
    sentences = _sentences(question)
    last = _parts_of(sentences[-1]) if len(sentences) > 1 else None
    if last is None or any(s.rstrip().endswith("?") for s in sentences[:-1]) \
            or any(len(tokenize(part)) < _PART_WORDS for part in last):
        return None
    before = " ".join(sentences[:-1])
    if PASTED_SPAN_RE.search(before):
        return [f"{before} {part}" for part in last], context
    told = read(matcher, before, language)
    if told.people:
        return last, Context(before, tuple(told.people), frozenset(), told.language)
    return last, context


def _parts_of(question: str) -> list[str] | None:
    """The two questions of one ("What was set, and who reported it?", "Учредили? Где написано?"), or None."""
    sentences = _sentences(question)
    if len(sentences) == 2 and sentences[0].rstrip().endswith("?") and (
            sentences[1].rstrip().endswith("?")
            or _AND_THEN_ASKS_RE.match(sentences[1]) and not _BACK_RE.search(sentences[1])):  # (not "...? and who is
        # reporting it": the whole's attribution answers it)
        return sentences  # (a chat's last question often goes without its mark: "...? i kogda sleduyuschee")
    label = sentences[0] if len(sentences) in (2, 3) and sentences[0].rstrip().endswith(":") else ""
    if len(sentences) != 1 and not label:
        return None
    if label:  # "Trend's story on Aripov: what dateline does it carry, and does it run ... in quotes?": the label
        parts = _parts_of(" ".join(sentences[1:]))  # heads both parts ("Смаилов про транзит: какие маршруты
        return [f"{label} {part}" for part in parts] if parts else None  # назвал? С чем их связать?")
    text = question.strip()
    # where it splits in two questions of two words or more, after a comma first ("When and where is the
    # next meeting, and which outlets report it": not after "When")
    splits = [(text[:m.start()], text[m.end():]) for m in _SECOND_PART_RE.finditer(text)]
    splits = [(a, b) for a, b in splits if len(tokenize(a)) >= 2 and len(tokenize(b)) >= 2
              and not WH_RE.fullmatch(re.split(r"[,—–]", a)[-1].strip().lower())]
    # (nor after a label's "where": "In its February 2024 piece, where and when does Trend say ...", one question)
    if not splits:
        return None
    return list(next((s for s in splits if s[0].rstrip().endswith(",") or "," in text[len(s[0]):][:3]), splits[0]))


def _the_same_speaker_beside(matcher: Matcher, question: str, language: str, context: Context | None,
                             whole: Reply) -> tuple[Reply, Context] | None:
    """A question of two answered with one statement ("what did the Kazakh PM say should be the priority, and
    what would the concept give"): that statement and, beside it, the same speaker's words the second part finds
    first (read after the first part, as a follow-up); None unless one part finds the whole's
    statement and the other finds other words of the same speaker."""
    parts = _parts_of(question)
    said = matcher.factbase.statements.get(whole.fact_id or "")
    if parts is None or said is None:
        return None
    first, after_first = _answer_asked(matcher, parts[0], language, context, in_parts=False)
    tied = first.intent in ("say", "retrieval") and len(first.items) == 2 and len(tokenize(parts[0])) >= 3 \
        and opens_with(first.language, "tied", first.headline)  # (not a fragment: "Какой форум и где ...")
    found = [first.fact_id] if not first.items else \
        [item.fact_id for item in first.items if item.fact_id != said.id][:1] if tied else []
    own = matcher.factbase.statements.get(found[0] or "") if first.answered and found else None  # (of a choice of two,
    # the one the whole did not find: "Какие маршруты назвал Смаилов и что он сказал про «Один пояс»?": the routes)
    if own is None or own.speaker != said.speaker:
        return None
    second, after = _answer_asked(matcher, parts[1], language, after_first, in_parts=False)
    other = matcher.factbase.statements.get(second.fact_id or "") if second.answered else None
    if other is None or other.id == own.id or other.speaker != said.speaker or said.id not in (own.id, other.id):
        return None  # (the whole's statement found by either part: "how does Smailov relate the free trade agreement
    # to mutual trade, and on which further agreement does he urge work": the second part's, found by the whole)
    name = speaker_name(matcher.factbase.speakers[said.speaker], language)
    return list_reply(matcher.factbase, language, phrase(language, "said", name=name, count=2), [own.id, other.id],
                      intent="say", fact_id=own.id, score=min(whole.score or 0, second.score or 0)), after


def _report_beside(matcher: Matcher, question: str, language: str, context: Context | None,
                   whole: Reply) -> tuple[Reply, Context] | None:
    """A question of two whose whole is answered with one report's detail (its date, dateline, headline) that
    the first part alone asks ("When did the Astana Times publish the Smailov article, and what date was the
    meeting itself?"): that detail, then the second part's facts (read after the first, as a follow-up); None
    unless the second part finds facts of its own, not another report's detail or its source."""
    parts = _parts_of(question)
    if parts is None:
        return None
    first, after_first = _answer_asked(matcher, parts[0], language, context, in_parts=False)
    # the first part alone may give the report's detail with the fact it reported ("when did Sputnik Armenia write
    # of the date": its date, and the date it gave), said first as the whole said it
    extended = first.fact_id != SOURCES_ID and first.intent == "report" and first.headline.startswith(whole.headline)
    if (first.fact_id != SOURCES_ID or first.headline != whole.headline) and not extended:
        return None
    second, after = _answer_asked(matcher, parts[1], language, after_first, in_parts=False)
    if not second.answered or second.fact_id == SOURCES_ID or second.intent in ("report", "attribution") \
            or not _shown_ids(second) or (second.score or 0) < matcher.threshold and second.intent != "overview":
        return None  # (an overview's rule-built reply scores how sure its reading was: "по чьему предложению выбрали
    # Бишкек" is the venue's fact, whatever its score)
    if extended:
        return _joined(matcher, first, second), after
    return with_changes(second, headline=f"{first.headline} {second.headline}",
                        details=(*first.details, *second.details)), after


def _first_part_missed(matcher: Matcher, parts: list[str] | None, language: str, whole: Reply) -> bool:
    """True when the first of two parts names a person or country of whom nothing the whole's reply shows speaks
    ("Кто был от Армении и когда следующее заседание?": the next meeting alone): the whole missed that part."""
    if not parts or not whole.answered:
        return False
    first = read(matcher, parts[0], language)
    keys = {f"P:{p}" for p in first.people} | set(first.countries)
    factbase = matcher.factbase
    speakers = {f"P:{s.id}" for i in _shown_ids(whole) if (st := factbase.statements.get(i)) is not None
                and (s := factbase.speakers.get(st.speaker)) is not None} | {
        country_key(factbase.speakers[i]) for i in _shown_ids(whole) if i in factbase.speakers}
    speakers |= {country_key(factbase.speakers[k[2:]]) for k in list(speakers) if k.startswith("P:")
                 and k[2:] in factbase.speakers}
    return bool(keys) and not keys & speakers and not any(
        (doc := matcher.doc_by_id.get(i)) is not None and keys & doc.terms.keys() for i in _shown_ids(whole))


def _this_meeting_missed(matcher: Matcher, parts: list[str] | None, language: str, whole: Reply) -> bool:
    """True when the first of two parts asks of this meeting, the second of the next, and the whole's reply shows
    only the next one's facts ("Where and on what date did they meet in October 2023, and which city hosts their next
    meeting?"): the whole missed the first part."""
    if not parts or not whole.answered or not _shown_ids(whole):
        return False
    first, second = (read(matcher, part, language) for part in parts)
    # (this meeting named, or its day or place asked with no other meeting, city or time: "Where did they meet, and
    # where will they meet next?")
    this_one = _names_this_meeting(matcher, parts[0]) or bool(first.keys & {"@when", "@where"}) and "@meeting" in first.keys \
        and not first.keys & _ANOTHER_TIME_KEYS and not _of_another_occasion(matcher, first)
    return "@next" in second.keys and "@next" not in first.keys and not first.people \
        and all(of_another_meeting(matcher, i) for i in _shown_ids(whole)) and this_one


def _in_parts(matcher: Matcher, question: str, language: str, context: Context | None,
              whole: Reply, missed: bool = False, parts: list[str] | None = None) -> tuple[Reply, Context] | None:
    """A question of two that no reply answers as a whole, answered part by part when each part
    answers (the second read after the first, as a follow-up; with the first's words when it points
    back at them, or when it names nothing of its own: "and who will attend"); None when either does
    not, so that half an answer is never given as the whole. A whole question answered with a report's
    attribution is taken apart only when its second part asks who reported the first. With `missed`, a whole
    answered surely is taken apart too, and answered part by part when a part's facts are none of the whole's
    ("when was it and who came from Russia": the day, then Mishustin); `parts`, when given, are the two parts."""
    parts = parts or _parts_of(question)
    if parts is None:
        return None
    second_reading = read(matcher, parts[1], language)
    back = _BACK_RE.search(_IT_ACRONYM_RE.sub(" ", parts[1])) is not None  # (not "the IT industry")
    asks_source = back and len(tokenize(parts[1])) <= _SHORT_PART and asks_the_source(second_reading)
    if not back and _only_the_source_asked(second_reading):  # "Who represented Armenia, and which agency is the
        # original source?": the first part's answer, headed by who gave it, which report carried it and the agency
        # that report credits (never the second part alone, which finds what was "originally" announced)
        if whole.answered and whole.headline != label(whole.language, "sources") \
                and not _background_only(matcher, whole):
            return None  # (the whole found what the first part asks: "Asia-Plus писал, что следующее заседание в
            # Ашхабаде — а в каком месяце и со ссылкой на кого?", its carrier added below)
        first, after_first = _answer_asked(matcher, parts[0], language, context, in_parts=False)
        return (_with_their_reports(matcher, first), after_first) if first.answered else None
    # a whole answered unsurely is taken apart too ("on what day did Sputnik Armenia report the date, and at whose
    # proposal was Bishkek chosen": the date's report, then the proposal), when the second part adds its own facts
    unsure = whole.answered and not asks_source and (whole.score or 0) < SEVERAL_PARTS_BELOW \
        and len(_sentences(question)) == 1 and not asks_attribution(second_reading) \
        and not asks_the_source(second_reading)  # (not "..., and which agency was the source of his remarks": the
    # whole's attribution answers it, and the part alone would be read of another fact of his)
    # the next meeting asked in the second part and none of its facts in the whole's reply ("подписан ли документ о
    # проведении очередного заседания, и какое место следующего заседания называют источники"): the whole missed it
    unsure = unsure or whole.answered and not asks_source and "@next" in second_reading.keys \
        and not any(of_another_meeting(matcher, i) for i in _shown_ids(whole))
    first_reading = read(matcher, parts[0], language)
    unsure = unsure or whole.answered and not asks_source and _first_part_missed(matcher, parts, language, whole)
    unsure = unsure or not asks_source and _this_meeting_missed(matcher, parts, language, whole)
    if whole.answered and not asks_source and not unsure and not missed:
        return None
    first, after_first = _answer_asked(matcher, parts[0], language, context, in_parts=False)
    if missed and asks_source:  # "..., and which agency carried it": the whole's attribution stands, unless the whole
        # missed the first part ("Когда было заседание? И кто об этом сообщил?": not who is quoted)
        keep = not first.answered or whole.intent == "attribution" or bool(set(_shown_ids(first)) & set(_shown_ids(whole)))
        return None if keep else (first, after_first)
    if _refused_with_a_note(first):  # "when was Aripov appointed, and what did he propose", "is Turkmenistan a
        # member? who came from it": the note, then the rest
        return _after_the_note(matcher, parts, first, first_reading, context)
    if not first.answered or whole.answered and not unsure \
            and (first.intent == "attribution" or whole.fact_id == first.fact_id and not missed) \
            and not (missed and _keeps_to_named(matcher, first_reading, first, parts[1])
                     and set(_shown_ids(first)) > set(_shown_ids(whole))):
        return None  # the whole's report is the first part's fact's: its attribution stands (unless the first part
        # alone finds more: "how many does Asia-Plus give, and does any other report differ": both counts)
    if asks_source:
        return first, after_first  # "..., and who reported it?": the first reply names its report
    its_day = "@meeting" in second_reading.keys and bool({"@when", "@where"} & second_reading.keys) and not back
    own = second_reading.people or second_reading.countries or second_reading.topic or "@next" in second_reading.keys \
        or "@document" in second_reading.keys or its_day
    # ("..., and how many documents were signed", "... и какого числа было заседание": its own question)
    # "how many documents were signed, and in which areas": which areas of the documents (not a count of them)
    leading = parts[0]
    if first.intent == "count" and _WHICH_RE.search(parts[1]) and len(tokenize(parts[1])) <= _SHORT_PART \
            and not (second_reading.people or second_reading.countries or "@next" in second_reading.keys):
        leading, own = _HOW_MANY_RE.sub(" ", parts[0]), False
    second_question = f"{parts[1]} {leading}" if back or not own else parts[1]
    mentioned = _mention_of_the_first(matcher, parts, second_reading) \
        if back or len(tokenize(parts[1])) <= _BARE_MENTION else None
    if mentioned is not None:  # "What was said about import substitution? Did Mishustin mention it?": whether he
        second_question = mentioned  # spoke of import substitution, not all he said
    second, after = _answer_asked(matcher, second_question, language, after_first, in_parts=False)
    named = sources_named(matcher, first_reading) if not second.answered or not back else []
    if named and not sources_named(matcher, second_reading):  # "сколько документов насчитал ТАСС и во сколько
        publishers = " ".join(dict.fromkeys(matcher.factbase.sources[s].publisher for s in named))  # вышла заметка":
        lead = _REPORT_LEAD_RE.match(parts[0])  # the report the first part names is the second's too ("Trend v
        asked_of = f"{lead.group('lead')} {_AND_RE.sub('', second_question)}" if lead is not None \
            and sources_named(matcher, read(matcher, lead.group("lead"), language)) \
            else f"{second_question.rstrip(' ?')} {publishers}?"  # fevrale 2024 pisal, gde bylo poslednee SGP? i kogda
        its_own = _answer_asked(matcher, asked_of, language, after_first, in_parts=False)  # sleduyuschee": Trend's
        if not second.answered or its_own[0].answered and _shown_ids(its_own[0]) \
                and all(_source_of(matcher, i) in named for i in _shown_ids(its_own[0])) \
                and not set(_shown_ids(its_own[0])) <= set(_shown_ids(first)):  # day of the next one: of that
            second, after = its_own  # report's alone, and not the first part's fact again)
    for text, part, reply in ((parts[0], first_reading, first), (parts[1], second_reading, second)):
        if "@next" not in part.keys and "@next" in (second_reading.keys if part is first_reading else first_reading.keys) \
                and _names_this_meeting(matcher, text):
            continue  # ("when did they meet in Bishkek, and when is the next meeting": this meeting's day is its half)
        if ("@next" in part.keys or part.keys & derived(matcher).schedule_keys and "@previous" not in part.keys
                or set(part.words) & FUTURE and "@say" not in part.keys) \
                and not (reply.answered and all(of_another_meeting(matcher, i) for i in _shown_ids(reply))) \
                and not (reply.kind == "agreement" and "@document" in part.keys):  # ("подписан ли документ о
            # проведении очередного заседания, и где пройдёт следующее": a document of this meeting's, asked as one)
            # "when is the next meeting, and who will represent Russia": this meeting's answer is no half (nor is
            # "who said the Committee would analyse the proposals" about the next meeting; but
            # "сколько документов подписали и где будет следующее заседание": the next meeting's own facts are)
            return None
    if not second.answered or set(_shown_ids(second)) <= set(_shown_ids(first)):
        if missed and not unsure and first.answered and _keeps_to_named(matcher, first_reading, first, parts[1]) \
                and set(_shown_ids(whole)) < set(_shown_ids(first)) and set(_shown_ids(second)) <= set(_shown_ids(first)):
            return first, after_first  # ("how many does Asia-Plus give, and does any other report differ": the
            # first part alone gives both reports' counts, the second adds none)
        return None  # the second part unanswered, or "answered" by the first's facts again (its words, not its own)
    if missed and whole.answered and not unsure and not asks_source and (all(
            set(_shown_ids(part)) & set(_shown_ids(whole)) for part in (first, second))
            or _lost_in_parts(whole, first, second)):
        return None  # each part found among the whole's facts: the whole answers both; or, taken apart, the parts
        # lose the whole's facts ("Mishustin said X. Was that at the meeting, and who reported it?": his words)
    if unsure and _lost_in_parts(whole, first, second):
        return None  # taken apart, the parts lose what the whole found: the whole stands
    if second.intent == "retrieval" and not (second_reading.people or second_reading.countries or its_day
                                             or "@next" in second_reading.keys) \
            and len(subject_keys(matcher, second_reading, known_only=True)) < 2 \
            and not ({"@say", "@propose"} & second_reading.keys and _of_the_same_person(matcher, first, second)):
        return None  # "..., and what was missing?": one word found in some fact is no answer to a second question
        # (unless it finds the words of the one the first part found: "Кто возглавлял делегацию Узбекистана? Что
        # предложил по энергетике?")
    return _joined(matcher, first, second), after


def _source_of(matcher: Matcher, fact_id: str) -> str | None:
    """The report a fact comes from, if it is one fact of a report."""
    entry = matcher.factbase.entry(fact_id) if fact_id in matcher.doc_by_id else None
    return getattr(entry, "source", None)


def _of_the_same_person(matcher: Matcher, first: Reply, second: Reply) -> bool:
    """True when every fact the second reply shows is the words of the one person the first reply is about."""
    factbase = matcher.factbase
    people = {i if i in factbase.speakers else factbase.statements[i].speaker
              for i in _shown_ids(first) if i in factbase.speakers or i in factbase.statements}
    said = [factbase.statements.get(i) for i in _shown_ids(second)]
    return len(people) == 1 and bool(said) and all(s is not None and s.speaker in people for s in said)


_BARE_MENTION = 3  # words of a "did X name it" with no word pointing back: "Лебедев называл?", "Did Smailov?"


def _keeps_to_named(matcher: Matcher, part: Reading, reply: Reply, then: str) -> bool:
    """True when a part's reply shows only facts of the reports the part names, if it names any ("When is the next
    meeting according to Asia-Plus": not Trend's and Turkmenportal's too), or when the part after it asks of the
    other reports ("... and does any other report give a different figure?")."""
    named = set(sources_named(matcher, part))
    if _OTHER_REPORTS_RE.search(then):
        return True
    factbase = matcher.factbase
    return not named or all((entry := factbase.entry(i)) is None or not isinstance(entry, (Statement, Agreement))
                            or entry.source in named for i in _shown_ids(reply))


_OTHER_REPORTS_RE = re.compile(r"\b(?:any|another|other|the other|others?|rest of the)\s+(?:reports?|sources?|outlets?|"
                               r"publications?)\b|\b(?:друг\w+|остальн\w+)\s+(?:публикаци\w*|источник\w*|издани\w*|СМИ)\b",
                               re.IGNORECASE)


def _mention_of_the_first(matcher: Matcher, parts: list[str], second: Reading) -> str | None:
    """The second part, one person asked of by a verb of mentioning or naming and a word pointing back ("Did
    Mishustin mention it?", "Лебедев называл?"), with the first part's subject in place of that word: whether that
    person spoke of it; None for any other second part."""
    if len(second.people) != 1 or not _NAMED_IT_RE.search(parts[1]):
        return None
    tokens, _ = matcher.analyze(parts[0])
    subject = [t.word for t in tokens if t.keys and not set(t.keys) <= FRAME and not t.entity]
    if not subject:
        return None
    asked = _BACK_RE.sub(" ", parts[1]).rstrip(" ?")
    about = "про" if second.language == "ru" else "about"
    return f"{asked} {about} {' '.join(subject)}?"


def _lost_in_parts(whole: Reply, first: Reply, second: Reply) -> bool:
    """Whether the whole's facts are not all among the parts'; the list of participants is kept by a part
    that names one of them ("когда прошло заседание и кто представлял Кыргызстан": the day, then Japarov)."""
    kept = set(_shown_ids(first)) | set(_shown_ids(second))
    if any(reply.kind == "speaker" for reply in (first, second)):
        kept.add(PARTICIPANTS_ID)
    return not set(_shown_ids(whole)) <= kept


_FIGURES_RE = re.compile(r"\b(?:цифр\w*|числ[оа]\w*|figures?|numbers?|counts?|tsifr\w*)\b", re.IGNORECASE)  # (a count asked)
_THIS_MEETING_RE = re.compile(r"\b(?:на|в)\s+этом\s+(?:заседании|совещании|саммите|совете)\b|\b(?:at|in)\s+this\s+"
                              r"(?:meeting|session|summit)\b|\b(?:эт|т)(?:ой|ом|ого|от|а|у)\s+(?:встреч|заседани|совещани|"
                              r"саммит)\w*\s+в\s+Бишкеке\b|\b(?:this|that)\s+(?:meeting|session|summit)\s+in\s+Bishkek\b|"
                              # "кто подводил итоги ... и что он сказал": "он" is the one asked of, in the same sentence
                              r"(?<=\bи\sчто\s)(?:он|она)\b|(?<=\band\swhat\s)(?:he|she)\b",
                              re.IGNORECASE)  # (this meeting: no "this" pointing back)
_WHICH_RE = re.compile(r"\b(?:which|what|whose|where|when|какие|каких|какой|какая|какое|каком|какую|каким|где|когда)\b",
                       re.IGNORECASE)
_HOW_MANY_RE = re.compile(r"\bhow many\b|\bhow much\b|\bсколько\b|\bskolko\b", re.IGNORECASE)
# which documents asked beside how many ("what did they sign and how many", "сколько документов подписали и какие")
_WHICH_AND_HOW_MANY_RE = re.compile(r"\b(?:what|which)\s+(?:documents?|agreements?|ones)\b|\bwhat\s+(?:did\s+they|was|were|"
                                    r"have\s+they)\s+(?:sign|signed|adopt|adopted)\b|\bи\s+какие(?:\s+именно)?\s*\??\s*$|"
                                    r"\bкакие\s+(?:именно\s+)?документы\b|(?:^\W*|\b(?:и|а)\s+)что\s+(?:именно\s+)?(?:подписали|"
                                    r"подписано|приняли)\b", re.IGNORECASE)  # (not "говорит, что подписали двадцать")


# where a request of three or more questions divides: before a question word after a comma, or after "and"
_NEXT_QUESTION_RE = re.compile(
    r"\s*[,;]\s*(?:(?:and|и|а)\s+)?(?=(?:who|whom|whose|when|where|which|what|how|why|кто|кого|когда|где|какой|какая|"
    r"какие|какое|каких|что|сколько|почему)\b)|\s+(?:and|и)\s+(?=(?:who|when|where|which|what|how|кто|когда|где|какие|"
    r"сколько|что)\b)", re.IGNORECASE)
SEVERAL_PARTS_BELOW = 75  # a request of several questions is taken apart when the whole is answered below this
_PART_WORDS = 3  # words a part needs to be a question of its own ("where and when" stays one)
_LABEL_WORDS = 4  # words of a label that opens a message of questions ("Цитата Лебедева по итогам: ...?")
# the words of a bare follow-up beside the name it asks of: "And Mishustin's?", "What about Belarus?", "А Мишустина?"
_FOLLOW_UP_WORDS = frozenset("""and what about how for s а и что как насчёт насчет a i""".split())


def _several_parts(question: str) -> list[str]:
    """The questions of a request that asks three or more things in its one asking sentence ("Could you tell
    me who represented each country, what the Kazakh PM named as priorities, and where the next meeting will
    be?"), or [] for fewer."""
    sentences = _sentences(question)
    asking = asking_sentences(sentences)
    text = asking[0] if len(asking) == 1 else question.strip()
    parts, start = [], 0
    for found in _NEXT_QUESTION_RE.finditer(text):
        if len(tokenize(text[start:found.start()])) >= _PART_WORDS and len(tokenize(text[found.end():])) >= _PART_WORDS:
            parts.append(text[start:found.start()].strip())
            start = found.end()
    parts.append(text[start:].strip())
    return parts if len(parts) >= 3 else []


def _in_several_parts(matcher: Matcher, question: str, language: str, context: Context | None,
                      whole: Reply) -> tuple[Reply, Context] | None:
    """Each part's answer, joined, for a request of three or more questions when more of them are answered so
    than the whole answers (one); the parts no fact answers are named. None otherwise."""
    parts = _several_parts(question) if not whole.answered or (whole.score or 0) < SEVERAL_PARTS_BELOW else []
    if not parts:  # (a whole answered surely stands: "which agency published it, what time stamp ..., and whom
        return None  # did it cite": the attribution answers all three)
    replies = [_answer_asked(matcher, part, language, context, in_parts=False) for part in parts]
    answered = [(part, reply) for part, (reply, _) in zip(parts, replies) if reply.answered]
    if len(answered) < 2:
        return None
    joined = _all_joined(matcher, [reply for _, reply in answered])
    missing = [part for part, (reply, _) in zip(parts, replies) if not reply.answered]
    if missing:
        joined = with_changes(joined, notes=(*joined.notes, *(phrase(language, "part_not_found", part=part.rstrip(" ?"))
                                                              for part in missing)))
    return joined, replies[-1][1]


_NOTED_REFUSALS = ("no_tenure", "membership")  # what the reports never give, said in a note a second part may follow


def _each_asking_sentence(matcher: Matcher, question: str, language: str, context: Context | None, *,
                          noted: bool = False, strict: Reply | None = None,
                          apart: Reply | None = None) -> tuple[Reply, Context] | None:
    """A message of two or more questions, each its own sentence, that no reply answers whole ("Was Belarus there
    at prime-minister level, and who was it? And the host prime minister, what was his name again?"): each one's
    answer (each read after the one before, as a follow-up), joined; None unless every one is answered at or
    above the threshold, so that half an answer is never given as the whole. With `noted`, a later part no fact
    answers is named in a note instead ("Did Smailov attend? Who spoke for Tajikistan?"). With `strict`, the whole's
    reply to a message of two questions: None unless each one finds one or two facts of its own (no list, no choice of
    facts), the first none of the whole's and the last all of them (the whole answered the last question alone). With
    `apart`, the whole's reply: None unless a question names a person or country of its own, of whom nothing the
    whole shows speaks, and finds facts none of which the whole shows (the whole answered the others alone: "Цитата
    Лебедева: через какое агентство? А цитаты Мишустина?")."""
    sentences = _sentences(question)
    asking = _asking_in_chat(sentences)
    if len(asking) < 2:
        return None
    opening = _opening_label(matcher, sentences[0])
    # (a label naming a person is read first; one naming a day, place or event alone: see below)
    opening_person = opening is not None and bool(read(matcher, opening, language).people)
    replies: list[Reply] = []
    missing: list[str] = []
    missed: list[Reply] = []  # (with `apart`: the answers to questions of someone the whole missed)
    after = context
    for i, sentence in enumerate(asking):
        part = read(matcher, sentence, language)
        back = bool(i) and _points_back(matcher, sentence)
        if back and len(tokenize(sentence)) <= _SHORT_PART and asks_the_source(part):
            continue  # "... ? Кто об этом сообщил?": the reply before names its report
        named = part.people or part.countries or "@next" in part.keys or "@document" in part.keys
        own = named or part.topic
        shown = {j for r in replies for j in _shown_ids(r)}
        # "... ? Где это было решено?": read with the question it points back at first, and when that finds only
        # what was shown, the part is answered already; one naming its own ("And the host prime minister, what was
        # his name again?"), alone first
        readings = [f"{sentence} {asking[i - 1]}", sentence] if back or i and not own else [sentence]
        readings = readings[::-1] if named and len(readings) > 1 else readings
        mentioned = _mention_of_the_first(matcher, [asking[i - 1], sentence], part) \
            if back or i and len(tokenize(sentence)) <= _BARE_MENTION else None  # (also "Лебедев называл?")
        readings = [mentioned] if mentioned is not None else readings  # ("... import substitution? Did Mishustin
        # mention it?": whether he spoke of it)
        if opening and not (part.people or part.countries) and not sentence.startswith(opening):
            # "Цитата Лебедева по итогам: через какое агентство? А цитаты Мишустина?": the first of Lebedev's words;
            # "Ашхабад, 24 мая: итоги? Сколько документов?": that meeting's alone (not this one's, read without it)
            readings = [f"{opening} {sentence}", *(readings if opening_person else [])]
        shown_again: tuple[Reply, Context] | None = None
        # (one naming its own is no follow-up: "his name" is the host's, not Smailov's; but a bare "А Мишустина?" is read
        # as one first, the question before asked of him; then alone, a person: "What did Mishustin say? And
        # Golovchenko?", unless the whole answered the question before: "What did Aripov say on energy? And Mishustin?"
        # stands, with its "nothing of Mishustin's on it")
        attempts = [(text, context if named and text == sentence else after) for text in readings]
        if named and i and len([t for t in tokenize(sentence) if t not in _FOLLOW_UP_WORDS]) <= 1:
            attempts = [(sentence, after), *(attempts if apart is None and part.people else [])]
        for k, (text, read_after) in enumerate(attempts):
            # (a part pointing back at nothing asked before it is asked what it means, as a first question is: "Is
            # that inside quotation marks as his own words?" after a label it does not take in)
            reply, found_after = read_after is None and _no_referent(matcher, text, language) \
                or _answer_asked(matcher, text, language, read_after, in_parts=False)
            if _sure(matcher, reply) and k < len(attempts) - 1 and set(_shown_ids(reply)) <= shown and shown:
                shown_again = reply, found_after  # "who went for Russia? What did he say?": read with the question
                continue  # before, it finds Mishustin again; alone, after it, his words
            if _sure(matcher, reply):
                if shown_again is not None and reply.intent != "say":
                    reply, found_after = shown_again  # (not a wider list, alone: "Где это было решено?")
                break
        else:
            if shown_again is None:
                if not (noted and replies):
                    return None
                # (what the reports do say of it, if anything: "The reports list Kohir Rasulzoda ... but quote nothing")
                missing.append(reply.headline if not reply.answered and reply.headline != label(reply.language, "dont_say")
                               else phrase(language, "part_not_found", part=sentence.rstrip(" ?")))
                continue
            reply, found_after = shown_again
        if strict is not None and not ((_specific(reply) or _surely_tied(reply))
                                       and (i or not set(_shown_ids(reply)) & set(_shown_ids(strict)))
                                       and (i < len(asking) - 1 or set(_shown_ids(strict)) <= set(_shown_ids(reply)))):
            return None
        after = found_after
        ids = set(_shown_ids(reply))
        if not ids <= shown and not (back and shown & ids and len(ids) > len(shown)):
            replies.append(reply)  # (not a wider list holding what was shown: "Кто это принял?", every document)
        if apart is not None and len(tokenize(sentence)) >= 2 and not ids & set(_shown_ids(apart)) \
                and _first_part_missed(matcher, [sentence], language, apart):  # (not "..., right? russia?", a claim)
            missed.append(reply)
    joined = replies[0]
    for reply in replies[1:]:
        told = set(_sentences(joined.headline))  # (a correction each part repeats is said once)
        kept = " ".join(t for t in _sentences(reply.headline) if t not in told)
        joined = _joined(matcher, joined, with_changes(reply, headline=kept))
    if missing:
        joined = with_changes(joined, notes=(*joined.notes, *missing))
    if apart is not None and not missed:
        return None
    return (joined, after) if after is not None else None


def _opening_label(matcher: Matcher, first: str) -> str | None:
    """The label a message of questions opens with, a sentence of its own, when it names a person, a day, a place or
    another event ("Цитата Лебедева по итогам: через какое агентство? А цитаты Мишустина?": whom a question that names
    no one is about; "Ашхабад, 24 мая: итоги? Сколько документов?": the May meeting's, not this one's); None
    otherwise."""
    if not first.rstrip().endswith(":") or len(tokenize(first)) > _LABEL_WORDS:
        return None
    label_ = read(matcher, first, None)
    named = label_.people or dates_in(label_.words) or place_named(matcher, label_) or other_event(matcher, label_) \
        or names_another_time(matcher, label_)
    return first.strip() if named else None


def _adds_to(whole: Reply, parts: Reply) -> bool:
    """True when the parts' reply shows every fact the whole's shows and more, or a note on a part the whole
    left unanswered."""
    before, after = set(_shown_ids(whole)) - {SOURCES_ID}, set(_shown_ids(parts))  # (the reports' list no fact)
    added = [note for note in set(parts.notes) - set(whole.notes) if not opens_with(parts.language, "part_not_found", note)]
    return before < after or before == after and bool(added)  # (a part found nothing for may be the whole's to
    # answer: "Did Russia pick Bishkek? And at which earlier meeting was the choice made?": Sochi, in its "No:")


def _corrected_as_one(language: str, question: str, reply: Reply) -> bool:
    """True when a reply corrects a question of two or more whole questions, each its own sentence of three words or
    more ("Did Mishustin attend? And the Turkmen delegation, who led it?": no "No: Mishustin represented Russia"
    for the two read as one; not "Where's the next meeting going to be? Russia?", a claim put to the first)."""
    if not reply.answered or not any(opens_with(language, key, reply.headline)
                                     for key in ("role_no", "not_there", "this_not_there", "this_not_that_day")):
        return False  # (a bare "No:"; not "The reports don't mention Pashinyan", which answers a part of its own)
    asking = asking_sentences(_sentences(question))
    return len(asking) >= 2 and all(len(tokenize(sentence)) >= _PART_WORDS for sentence in asking)


_DAY_ASKED_RE = re.compile(r"\b(?:date|day|dates|когда|дата|дату|даты|числа|число)\b|^\W*when\b|\bwhen\s+(?:was|did|is|were)\b",
                           re.IGNORECASE)


def _the_meetings_day_by_another(matcher: Matcher, r: Reading, reply: Reply) -> Meeting | None:
    """The meeting, when its day is asked ("When was the meeting, according to the Kyrgyz cabinet?", "What date does
    the Kyrgyz government give for the meeting?") and the reply is a signed document, or a delegation, whose own
    date or country matched instead; None otherwise."""
    meeting = matcher.factbase.meeting
    if meeting is None or "@when" not in r.keys or "@meeting" not in r.keys \
            or r.keys & {"@document", "@sign", "@adopt", "@next", "@previous"} or r.people or reply.intent == "say" \
            or not _DAY_ASKED_RE.search(r.question):  # (not "what did he say when summing up the meeting")
        return None
    fact = reply.fact_id or ""
    agreement = matcher.factbase.agreements.get(fact)
    if agreement is not None and agreement.agreement_kind in DOCUMENT_KINDS or fact in matcher.factbase.speakers \
            and not r.keys & {"@who", "@participate"}:  # (a delegation asked too: "какого числа это было и кто от
        return meeting  # Кыргызстана")
    return None


def _leaders_not_mentioned(question: str, reply: Reply) -> list[str]:
    """The leaders a question names that the reports never mention ("Putin", "Лукашенко"), when the reply neither
    names nor corrects them (it answers with what was found beside them)."""
    named = [word for word in re.findall(r"[A-ZА-ЯЁ][\w-]+", question) if word.lower().startswith(_LEADER_STEMS)]
    if not named or corrects_the_question(reply.language, reply.headline):
        return []
    shown = render_text(reply).lower()
    return list(dict.fromkeys(word for word in named if word.lower()[:5] not in shown))


_LEADER_STEMS = tuple(LEADERS)


def _surely_tied(reply: Reply) -> bool:
    """True for a few facts matching the question fully and equally ("Год волонтёра — какой год?": the report's line and
    the document on it), not a list of near ones."""
    return reply.answered and (reply.score or 0) >= 100 and opens_with(reply.language, "tied", reply.headline) \
        and len(_shown_ids(reply)) <= 3


def _specific(reply: Reply) -> bool:
    """True for a reply that answers with one or two facts of its own, not a list or a choice of facts."""
    return reply.answered and 0 < len(_shown_ids(reply)) <= 2 and not opens_with(reply.language, "tied", reply.headline)


def _two_whole_questions(question: str) -> bool:
    """True for a message of two or more questions, each its own sentence of three words or more ("who went for
    Russia? What did he say?"), which a reply to one of them does not answer whole."""
    return bool(_whole_questions(question))


def _whole_questions(question: str) -> list[str]:
    """The questions of a message of two or more, each its own sentence of three words or more; [] otherwise."""
    asking = _asking_in_chat(_sentences(question))
    return asking if len(asking) >= 2 and all(len(tokenize(sentence)) >= _PART_WORDS for sentence in asking) else []


def _their_words_after(matcher: Matcher, question: str, reading: Reading, whole: Reply) -> tuple[Reply, Context] | None:
    """The person a first question finds, then the words a later one asks of them ("who went for Russia? What did he
    say?", "Kazakhstan's PM - who? And his big pitch?"): both, when the later question, read after the first's answer,
    finds that person's words, or says that the reports quote nothing of them ("Who represented Belarus? What did he
    say?"); None otherwise (the whole's answer to the first alone is no answer to the two)."""
    asking = _whole_questions(question) or _asking_in_chat(_sentences(question))  # ("Кто был от Казахстана? Что
    if len(asking) < 2 or len(tokenize(asking[0])) < _PART_WORDS:  # говорил?": a short second question too)
        return None
    after = context_after(matcher.factbase, reading, whole)
    for sentence in asking[1:]:
        part = read(matcher, sentence, reading.language)
        points_back = _points_back(matcher, sentence)
        if part.people or not (points_back or _words_alone_asked(part) or _LATIN_HE_RE.search(sentence)):
            continue  # ("... byl? i chto on predlagal po energetike": "on", he, in Latin letters)
        if not points_back:  # ("Что сказал, дословно?": "Что он сказал, дословно?")
            sentence = _WHAT_FIRST_RE.sub(lambda m: f"{m.group(0)} {'она' if _SHE_SAID_RE.search(sentence) else 'он'}",
                                          sentence, count=1)
        words, found_after = _answer_asked(matcher, sentence, reading.language, after, in_parts=False)
        if words.intent == "say" and _sure(matcher, words) and _adds_facts(words, whole) \
                and any(statement.speaker == whole.fact_id for i in _shown_ids(words)
                        if (statement := matcher.factbase.statements.get(i)) is not None):
            return _joined(matcher, whole, words), found_after
        if not words.answered and part.keys & {"@say", "@propose"}:  # (Golovchenko: none quoted; "did
            # he say anything about Afghanistan": nothing found, said, not left out)
            note = words.headline if words.headline != label(words.language, "dont_say") \
                else phrase(reading.language, "part_not_found", part=sentence.rstrip(" ?"))
            return with_changes(whole, notes=(*whole.notes, note)), found_after
    return None


# "he" or "she" in Russian typed in Latin letters, after a question word: "i chto on predlagal", "a chto ona skazala"
_LATIN_HE_RE = re.compile(r"\b(?:chto|che|kto|gde|kogda|kak|pro\s+chto|o\s+chem)\s+(?:zhe\s+|tam\s+)?(?:on|ona)\b",
                          re.IGNORECASE)
# the question word a Russian question of what was said opens with, and a verb of hers
_WHAT_FIRST_RE = re.compile(r"^\W*(?:а\s+)?(?:что|чего|о\s+чём|о\s+чем|про\s+что)", re.IGNORECASE)
_SHE_SAID_RE = re.compile(r"\b\w+ла\b", re.IGNORECASE)


def _adopted_here(matcher: Matcher, fact_id: str) -> bool:
    """True for a fact of what this meeting adopted or had on its agenda: no one's statement, and no earlier
    meeting's decision ("Что решили по инвестициям?" is not answered by what was signed in Sochi in June)."""
    factbase = matcher.factbase
    if fact_id in factbase.statements:
        return False
    agreement = factbase.agreements.get(fact_id)
    if agreement is None or factbase.meeting is None:
        return True
    published = factbase.sources[agreement.source].published
    return not is_background(matcher, fact_id) and not (published is not None and published < factbase.meeting.date)


def _the_first_asks_who(matcher: Matcher, question: str, reading: Reading) -> Reply | None:
    """The reply to a message's first question alone, when there are two, the second asks only what was said, and
    the first finds one person ("Кто был от Казахстана? Что говорил?": Smailov); None otherwise."""
    asking = _asking_in_chat(_sentences(question))
    if len(asking) != 2 or not _words_alone_asked(read(matcher, asking[1], reading.language)):
        return None
    first, _ = _answer_asked(matcher, asking[0], reading.language, None, in_parts=False)
    return first if first.answered and first.fact_id in matcher.factbase.speakers and not first.items else None


def _words_alone_asked(part: Reading) -> bool:
    """True for a question that asks only what was said or proposed, naming no one, its subject dropped as Russian
    drops it ("Что сказал, дословно?", "Что предлагал?")."""
    return bool(part.keys) and part.keys <= {"@say", "@propose"} and not part.countries \
        and not any(word[:1].isupper() for word in re.findall(r"\w+", part.question)[1:])  # (not "What did Putin say?")


def _sure(matcher: Matcher, reply: Reply) -> bool:
    """True for a reply that answers with facts, at or above the threshold."""
    return reply.answered and (reply.score or 0) >= matcher.threshold and bool(_shown_ids(reply))


def _refused_with_a_note(reply: Reply) -> bool:
    """True for an abstention whose note says what the reports never give (a post's tenure, the CIS's member
    states): a whole answer to that part of a question."""
    return not reply.answered and any(reply.notes[:1] == (phrase(reply.language, key),) for key in _NOTED_REFUSALS)


def _after_the_note(matcher: Matcher, parts: list[str], first: Reply, first_reading: Reading,
                           context: Context | None) -> tuple[Reply, Context] | None:
    """The second part's answer under the first's note ("The reports give each person's post at the time of
    the meeting, not when they took it up", "They don't list the CIS's member states"), the second read with the people the first names (so
    that "and what did he propose" is Aripov's proposals); None when the second part does not answer."""
    names = " ".join(speaker_surname(matcher.factbase.speakers[p], first.language) for p in first_reading.people) \
        if set(tokenize(parts[1])) & PRONOUNS else ""
    second, after = _answer_asked(matcher, f"{parts[1]} {names}".strip(), first.language, context, in_parts=False)
    if not second.answered or _refused_with_a_note(second):
        return None
    return with_changes(second, headline=f"{first.notes[0]} {second.headline}".strip()), after


def _all_joined(matcher: Matcher, replies: list[Reply]) -> Reply:
    """One reply of several parts' replies, in order (`_joined`, pair by pair)."""
    return reduce(partial(_joined, matcher), replies[1:], replies[0])


def _with_the_documents_count(matcher: Matcher, reply: Reply) -> Reply:
    """`reply` (who came) and, after it, the number of documents signed as the reports give it: the claim put
    with the stranger ("... flew to Bishkek to sign, what, forty papers") corrected in both its parts."""
    counted = count_reply(matcher, read(matcher, _HOW_MANY_SIGNED[reply.language], reply.language))
    return reply if counted is None or not counted.answered else \
        with_changes(_joined(matcher, reply, counted), intent=reply.intent)


# a number of documents stated, not asked: "sign, what, forty papers", "подписал все 30 документов"
_STATED_DOCUMENTS_RE = re.compile(
    r"\b(?:\d+|[a-z]+(?:ty|teen)|ten|five|six|seven|eight|nine|\w+(?:дцать|десят)\w*|сорок\w*|пять|шесть|семь|восемь|"
    r"девять|десять)\s+(?:\w+\s+)?(?:documents?|papers?|deals?|agreements?|документ\w*|бумаж\w*|бумаг\w*|"
    r"соглашени\w*|dokument\w*)\b", re.IGNORECASE)
_HOW_MANY_SIGNED = {"en": "How many documents were signed?", "ru": "Сколько документов подписано?"}


def _joined(matcher: Matcher, first: Reply, second: Reply) -> Reply:
    """One reply of two parts' replies: both headlines, and the facts each shows, the first's first."""
    ids = list(dict.fromkeys(i for reply in (first, second) for i in _shown_ids(reply)))
    headline = " ".join(dict.fromkeys(h.rstrip(":").rstrip() + ("." if h.rstrip().endswith(":") else "")
                                      for h in (first.headline, second.headline) if h))  # (one "equally well")
    return list_reply(matcher.factbase, first.language, headline, ids, intent=first.intent,
                      fact_id=first.fact_id, score=min(first.score or 0, second.score or 0))


# a count within a count: "how many documents, and how many of them on financing", "TASS reported 22
# documents, nine of them on financial support", "и сколько из них о финансовом обеспечении"
_OF_THEM_RE = re.compile(r"\b(?:of them|of which|of those|out of them|из них|из которых|из этих|iz nikh|iz nih|"
                         r"iz kotorykh|iz kotoryh)\b", re.IGNORECASE)  # (and in Latin letters: "skol'ko iz nikh")
# ("i": "и" typed in Latin letters, "skol'ko dokumentov ... i skol'ko iz nikh"; after a question's mark: "Сколько
# документов подписали? Сколько из них о финансировании?")
_PART_START_RE = re.compile(r"(?:,|;|—|–|\s-|\?)\s*(?:(?:and|и|а|i)\s+)?|\s+(?:and|и|а|i)\s+", re.IGNORECASE)
_COUNT_MARKER_RE = re.compile(r"(?:\bhow many|\bсколько|\bskol'?ko|\b\d+|\b(?:[a-zа-яё]+-)?[a-zа-яё]+)\s+(?P<noun>[a-zа-яё]+)",
                              re.IGNORECASE)


def _count_of_them(matcher: Matcher, question: str) -> list[str] | None:
    """The count and the count within it of "how many X ..., and how many of them ...", each a question
    of its own (the second naming the X its "of them" stands for), or None."""
    of_them = _OF_THEM_RE.search(question)
    if of_them is None:
        return None
    starts = [m for m in _PART_START_RE.finditer(question, 0, of_them.start())]
    if not starts:
        return None
    first, second = question[:starts[-1].start()].strip(), question[starts[-1].end():].strip()
    if "?" in starts[-1].group(0) and not _HOW_MANY_RE.search(second):
        return None  # ("How many were signed? Which of them are on financing?": which ones, not a count)
    noun = _counted_noun(matcher, first)
    if noun is None or not second:
        return None
    bare = " ".join(_OF_THEM_RE.sub(" ", second, count=1).split())
    counted = _count_marker(bare)
    if counted is None:  # "and how many of them on financing": "and how many documents on financing"
        return [first, _OF_THEM_RE.sub(noun, second, count=1)]
    end = counted.start("noun")  # "из них 7 о финансировании": "7 документов о финансировании"
    return [first, f"{bare[:end]}{noun} {bare[end:]}"]


def _count_after_a_count(matcher: Matcher, question: str) -> list[str] | None:
    """The count and a count within it asked as two questions, the second without its noun ("Сколько документов
    подписано? Сколько по финансированию?": how many documents on financing), or None."""
    asking = [part for sentence in _asking_in_chat(_sentences(question)) for part in _two_counts(sentence)]
    if len(asking) == 3 and _WHOSE_FIGURES_RE.search(asking[2]) and not _OPENS_A_COUNT_RE.match(asking[2]):
        asking = asking[:2]  # "... Кто даёт цифры?": each count's reply names its report
    if len(asking) != 2 or not all(_OPENS_A_COUNT_RE.match(sentence) for sentence in asking):
        return None
    noun = _counted_noun(matcher, asking[0])
    second = _count_marker(asking[1])
    if noun is None or second is not None and second.group("noun").lower() not in STOPWORDS:
        return None  # (the second counts a noun of its own: "How many documents? How many delegations?")
    return [asking[0], _OPENS_A_COUNT_RE.sub(lambda m: f"{m.group(0)} {noun}", asking[1], count=1)]


def _counts_of_two_things(question: str) -> list[str] | None:
    """Two counts of two things in one sentence ("How many documents were signed, and how many people spoke?"),
    each a question of its own; None otherwise."""
    sentences = _asking_in_chat(_sentences(question))
    parts = _AND_HOW_MANY_RE.split(sentences[0]) if len(sentences) == 1 else []
    if len(parts) != 2 or not _OPENS_A_COUNT_RE.match(parts[0]) or _two_counts(sentences[0]) == parts:
        return None  # (a count within the first, "... and how many on financing", is _count_after_a_count's)
    return [parts[0].rstrip(" ,"), re.sub(r"^\W*(?:and|а|и)\s+", "", parts[1], flags=re.IGNORECASE)]


_OPENS_A_COUNT_RE = re.compile(r"^\W*(?:(?:and|а|и)\s+)?(?:how many|сколько|skol'?ko)\b", re.IGNORECASE)
# "Сколько всего документов и сколько по финансам?": two counts in one sentence
_AND_HOW_MANY_RE = re.compile(r"\s*,?\s+(?=(?:and|а|и)\s+(?:how many|сколько)\b)", re.IGNORECASE)
# the second count of one sentence and the word after it, which is no noun of its own in "... и сколько по финансам?",
# "and how many were led by prime ministers", "and how many in all"
_COUNT_ON_A_SUBJECT_RE = re.compile(r"^\W*(?:and|а|и)\s+(?:how many|сколько)\s+(?P<next>[\w-]+)", re.IGNORECASE)


_COUNT_WITHIN_NEXT = frozenset("on about for in of concerning were was по о об про на из в за".split())


def _two_counts(sentence: str) -> list[str]:
    """A sentence's count and a second count on a subject within it, apart ("Сколько всего документов и сколько по
    финансам?"); the sentence alone otherwise ("how many documents and how many people spoke": two things counted)."""
    parts = _AND_HOW_MANY_RE.split(sentence)
    after = _COUNT_ON_A_SUBJECT_RE.match(parts[1]) if len(parts) == 2 else None
    return parts if after is not None and after.group("next").lower() in _COUNT_WITHIN_NEXT else [sentence]


# "Кто даёт цифры?", "whose figures are these?": who counts, which each count's reply names
_WHOSE_FIGURES_RE = re.compile(r"^\W*(?:who|whose|which|кто|чьи|какие|где)\b.*\b(?:figures?|numbers?|counts?|data|цифр\w*|"
                               r"числ\w*|данны\w*|сведени\w*)\W*$|^\W*(?:по\s+чьим\s+данным|откуда\s+(?:данные|цифры))\W*$",
                               re.IGNORECASE)  # ("Чьи данные?", "по чьим данным?")


def _counted_noun(matcher: Matcher, text: str) -> str | None:
    """What a count counts ("how many documents", "сколько всего подписали документов": documents), as
    written: the first word after the count that names a document, else the first word of substance."""
    found = _count_marker(text)
    if found is None:
        return None
    after = re.findall(r"[\w-]+", text[found.start("noun"):])[:4]
    documents = [w for w in after if "@document" in {k for t in matcher.analyze(w)[0] for k in t.keys}]
    return next(iter(documents), next((w for w in after if w.lower() not in STOPWORDS), None))


def _count_marker(text: str) -> re.Match[str] | None:
    """The first count in a text and the word after it ("how many documents", "22 документа")."""
    return next((m for m in _COUNT_MARKER_RE.finditer(text) if _counts(m.group(0).split()[:-1])), None)


def _counts(words: list[str]) -> bool:
    """True for "how many", "сколько", a number in digits or in words ("twenty-two")."""
    text = " ".join(words).lower()
    return text in ("how many", "сколько", "skolko", "skol'ko") or text.isdigit() or all(
        part in NUMBER_WORDS for part in text.split("-"))


def _count_in_parts(matcher: Matcher, question: str, language: str, context: Context | None,
                    whole: Reply) -> tuple[Reply, Context] | None:
    """A count and a count within it, each answered ("22 per TASS; nine of them on financing"), when the
    whole's answer shows only one of them; None otherwise."""
    parts = _count_of_them(matcher, question) or _count_after_a_count(matcher, question) or _counts_of_two_things(question)
    if parts is None or any(opens_with(language, key, whole.headline) for key in ("count_of_another", "another_report")):
        return None  # (not "Asia-Plus: 20, nine on financing", which the whole says is TASS's nine, in parts)
    if asks_yes_or_no(read(matcher, question, language)):  # "TASS reported 22, ten of them on financing, right?"
        parts[1] = f"{'правда ли, что' if language == 'ru' else 'is it true that'} {parts[1]}"
    first, after_first = _answer_asked(matcher, parts[0], language, context, in_parts=False)
    second, after = _answer_asked(matcher, parts[1], language, after_first, in_parts=False)
    if not (first.answered and second.answered) or first.intent != "count" and second.intent != "count":
        return None
    firsts, seconds = set(_shown_ids(first)), set(_shown_ids(second))
    if firsts <= seconds or seconds <= firsts or firsts | seconds <= set(_shown_ids(whole)):
        return None  # one part's facts are the other's, or the whole already shows both
    joined = _joined(matcher, first, second)
    details = tuple(dict.fromkeys((*first.details, *second.details)))  # (a count told in lines: "People the reports
    return (with_changes(joined, details=details) if details else joined), after  # quote:" and how many statements)


# the reports as where the people are named ("named in the reports", "упомянутых в публикациях"), not a subject
_NAMED_IN = frozenset("""named name names mentioned mention mentions listed list lists упомянутых упомянуты упомянутые
    упомянут названы названных названные перечисленных перечислены перечисляют называют упоминают""".split())
# "which reports name them", "who reported the list", "какие СМИ": the reports are asked
_WHO_REPORTED_RE = re.compile(r"\b(which|what|какие|каких|в каких) (reports|sources|публикаци\w*|источник\w*)\b|"
                              r"\b(reported|wrote|published|carried|covered|outlets?|agenc\w*|media|сообщ\w*|писал\w*|"
                              r"написал\w*|опубликова\w*|сми|издани\w*|агентств\w*)\b")
# "named in more than one report", "quoted in the reports": which of them, not the list of participants
_COMPARED_REPORTS = frozenset("""more most both multiple several each quoted cited обоих обеих нескольких больше чаще
    цитируют цитирует""".split())
_WHOSE_REPORT = frozenset("""which what whose whom where откуда чьим чьей какие какая какой каких каком""".split())


_FIRST_WORDS = frozenset("first earliest впервые первым первой первая первый pervym vpervye".split())


def _first_reported(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which outlet first said the next meeting would be in Ashgabat", "кто первым сообщил": who reported
    it, read without "first" (a word some facts hold: "first announced"), headed by the earliest of
    those reports. None unless the question asks who first reported something."""
    if not set(r.words) & _FIRST_WORDS:
        return None
    rest = read(matcher, without_words(r.question, _FIRST_WORDS) or r.question, r.language)
    if not asks_attribution(rest):
        return None
    reply = attribution_reply(matcher, rest)
    factbase = matcher.factbase
    shown = [e for i in (reply.fact_id, *(item.fact_id for item in reply.items)) if (e := factbase.entry(i or ""))]
    sources = {source.id: source for e in shown if (source := factbase.source_of(e)).published}
    dated = sorted(sources.values(), key=lambda source: source.published or date.max)
    if not reply.answered or not dated:
        return None
    first = [source for source in dated if source.published == dated[0].published]  # the same day: all of them
    published = format_date(dated[0].published, r.language) if dated[0].published else ""
    # what the earliest reports say they took it from ("Asia-Plus, citing AKIpress"), and the reports of no date:
    # the reports here show which of them is dated first, not which outlet was first
    cited = {e.source: (e.via_ru or e.via) if r.language == "ru" else e.via for e in shown
             if isinstance(e, (Statement, Agreement)) and e.via}
    publishers = [phrase(r.language, "citing", publisher=source.publisher, via=cited[source.id])
                  if cited.get(source.id) else source.publisher for source in first]
    undated = list(dict.fromkeys(source.publisher for e in shown if not (source := factbase.source_of(e)).published))
    headline = phrase(r.language, "first_reported", date=published, publisher=", ".join(dict.fromkeys(publishers)))
    if undated:
        headline = f"{headline} {phrase(r.language, 'undated_reports', publishers=', '.join(undated))}"
    return with_changes(reply, headline=f"{headline} {reply.headline}")


def _participants_in_the_reports(matcher: Matcher, r: Reading) -> Reply | None:
    """"List every head of delegation named in the reports", "назовите глав делегаций, упомянутых в
    публикациях": the participants; the reports are where they are named, not what is asked (not "which
    reports name them", "who reported the participants"). None for any other question."""
    if "@participate" not in r.keys or "@source" not in r.keys or r.people or r.countries \
            or set(r.words) & (_WHOSE_REPORT - {"which", "what", "какие", "каких"} | _COMPARED_REPORTS) \
            or sources_named(matcher, r) or _WHO_REPORTED_RE.search(" ".join(r.words)):
        return None
    tokens, _ = matcher.analyze(r.question)
    report_words = {t.word for t in tokens if "@source" in t.keys} | _NAMED_IN
    rest = read(matcher, without_words(r.question, report_words) or r.question, r.language)
    if rest.topic or rest.people or rest.countries or not rest.keys & {"@participate"} \
            or not rest.keys <= _PARTICIPANTS_FRAME | derived(matcher).meeting_keys | {"head", "глав"}:
        return None
    return with_changes(fact_reply(matcher.factbase, PARTICIPANTS_ID, r.language, score=reading_score(rest)),
                        intent="participants")


_NOT_THE_HEAD = frozenset("""not didn не president президент cabinet кабинета кабинете sochi сочи""".split())
_PRESENCE = frozenset("""there present came come attended attend from был была были присутствовал присутствовала
    приехал приехала приехали от byl ot""".split())
# "Azerbaijan: who and at what level?": who came, and in what post (the head's entry gives both)
_LEVEL = frozenset("level rank уровне уровень уровня ранг urovne".split())


def _who_came_from(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who was there from Kazakhstan", "кто был от Казахстана": the head of that delegation, not a
    president the reports only mention; None for any other question."""
    if r.people or len(r.countries) != 1 or "@who" not in r.keys or not set(r.words) & (_PRESENCE | _LEVEL):
        return None
    if r.keys & {"@say", "@propose", "@next", "@president"} or set(r.words) & (SPOKE_WORDS | FUTURE | _NOT_THE_HEAD):
        return None  # "кто был от Узбекистана и с какими предложениями выступил", "кто будет от России", "who from
        # Uzbekistan is the president", "who did not come", "at the Cabinet meeting", "at the Sochi meeting"
    if [keys for keys in subject_keys(matcher, r) if not any(k.startswith("C:") for k in keys)
            and not keys & {stem(w) for w in _LEVEL} | _LEVEL]:
        return None  # "who from Kazakhstan spoke about transport": a subject beyond the country
    heads = delegation_heads(matcher, r.countries[0])
    if len(heads) != 1:
        return None
    return with_changes(fact_reply(matcher.factbase, heads[0].id, r.language, score=reading_score(r)), intent="attend")


_NAME_ASKED = frozenset("name names имя фамилия зовут imya".split())


def _who_spoke_for(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who spoke for Kazakhstan", "кто выступал от Казахстана": the head of that delegation, with what the
    reports quote of them (or that they quote nothing), not someone of that country whose words a speaker
    relayed (Tokayev); None for any other question."""
    if r.people or len(r.countries) != 1 or "@who" not in r.keys or not set(r.words) & SPOKE_WORDS \
            or r.keys & (TITLE_KEYS | {"@role"}) or set(r.words) & _NAME_ASKED:
        return None  # "name of the Uzbek prime minister who spoke": who he is (his entry)
    if [keys for keys in subject_keys(matcher, r) if not any(k.startswith("C:") for k in keys)
            and not keys <= {"@who", "@meeting", "@say"}]:
        return None  # "who from Kazakhstan spoke about transport": a subject beyond the country
    heads = delegation_heads(matcher, r.countries[0])
    if len(heads) != 1:
        return None
    return say_reply(matcher, replace(r, topic=False), heads[0].id)


def _shown_ids(reply: Reply) -> list[str]:
    """The facts a reply shows: its own, its list's, the other reports' that answer it differently."""
    own = () if reply.kind == "list" else (reply.fact_id,)  # a list's own id names what it lists (a person)
    return [i for i in (*own, *(item.fact_id for item in reply.items), *(alt.fact_id for alt in reply.alternatives)) if i]


_WILL_SIGN = frozenset("will shall подпишут подпишет примут примет будут будет".split())  # the next one's, not yet
_WILL = frozenset("will shall будет пройдёт пройдет состоится".split())
_MOVED = frozenset("moved relocated transferred shifted перенесли перенесено перенесен перенесён перенесена".split())
_NOT_THE_NEXT = frozenset("""after following после posle announced announce объявлено объявили объявлен объявил объявила анонсировал анонсировали
    was were held прошло прошёл прошел прошла состоялось""".split())


def _where_announced(matcher: Matcher, r: Reading) -> Reply | None:
    """"Where / when did Lebedev announce that the next meeting would be in Bishkek": the fact that
    holds what was announced and names the person; None when no fact holds it all."""
    clause = _THAT_CLAUSE_RE.search(r.question)
    if clause is None or not {"@where", "@when"} & r.keys:
        return None
    tokens, _ = matcher.analyze(r.question[clause.end():])
    subject = [set(t.keys) - FRAME for t in tokens if set(t.keys) - FRAME]  # its place too: "in Bishkek"
    found = retrieve(matcher, r)
    fact = found.fact_id or ""
    doc = matcher.doc_by_id.get(fact)
    if not found.answered or doc is None or not subject or not doc_holds(matcher, fact, subject) \
            or any(f"P:{p}" not in doc.entities for p in r.people):
        return None
    return found


def _next_is_elsewhere(matcher: Matcher, r: Reading, event: str) -> Reply | None:
    """"Is the next meeting in Minsk?": not there; the next meeting as the reports announce it."""
    place = place_named(matcher, r) if "@next" in r.keys else None
    if place is None or event != phrase(r.language, "event_place", place=place):
        return None
    # "was it set for Astana": a plan, whose "was" is no meeting held (not "was it set for Bishkek at Sochi")
    not_the_next = _NOT_THE_NEXT - {"was", "were"} if set(r.words) & _SET_FOR and not _other_places_or_events(matcher, r) \
        else _NOT_THE_NEXT
    if set(r.words) & _WILL or _WILL_BE_RE.search(" ".join(r.words)):  # "the next meeting will be held / to be held
        # in Minsk": to come, not held already
        not_the_next = not_the_next - {"held"}
    if set(r.words) & _MOVED:  # "why was the next meeting moved to Minsk": a move of the next one, not held
        not_the_next = not_the_next - {"was", "were", "held"}
    if _AFTER_THIS_ONE_RE.search(r.asked.lower()):  # "the next session after Bishkek was held in Minsk": the next
        not_the_next = frozenset()  # one is this one's successor, whatever is claimed of it
    next_years = set(derived(matcher).next_years)  # "in Minsk in May 2024": the next one's year
    if set(r.words) & not_the_next or any(is_year(w) and w not in next_years for w in r.words):
        return None  # not "the meeting after Sochi", "after next", "in 2025", "was it announced in Minsk"
    return _the_next_meeting(matcher, r.language, phrase(r.language, "next_not_there", place=place))


_AFTER_THIS_ONE_RE = re.compile(r"\b(?:after|following|после|posle)\s+(?:the\s+)?(?:bishkek|бишкек\w*|this\s+one|"
                                r"this\s+meeting|этого\s+заседания|бишкекского\s+заседания)(?!\s+(?:and|и)\b)")
_BEFORE_SOMEONE_RE = re.compile(r"\b(?:до|после|posle)\s+(\w+)")


def _before_someone(matcher: Matcher, r: Reading) -> bool:
    """"Кто был генсеком до Лебедева": someone before or after a person named, whom no report names."""
    found = _BEFORE_SOMEONE_RE.search(" ".join(r.words))
    if found is None or not r.people:
        return False
    return names_a_person(matcher, found.group(1))


_TOLD_ON = frozenset("""announced announce reported report published publish wrote written said объявлено объявили
    объявлен сообщили сообщено опубликовано написали""".split())
_SET_FOR = frozenset("set scheduled planned slated назначено назначили запланировано планировалось".split())
_WILL_BE_RE = re.compile(r"\b(will be|is to be|is due|to be held|to take place|to be hosted|будет|пройд[её]т|состоится|"
                         r"budet)\b")  # (and a headline's "Next meeting to be held in Minsk")
_REPRESENTATIVES = re.compile(r"\b(permanent representatives?|постпред\w*|постоянн\w* представител\w*|postpred\w*)")


def _other_places_or_events(matcher: Matcher, r: Reading) -> bool:
    """True when a claim about the next meeting's city names more than that city: this meeting's own place
    ("was the next one set for Bishkek at the Sochi meeting"), two cities, or the permanent representatives."""
    places = {p for w in r.words if (p := other_place(matcher, w))}
    meeting = matcher.factbase.meeting
    cities = {tokenize(place)[0][:6] for place in (meeting.place, meeting.place_ru or "") if tokenize(place)} \
        if meeting else set()  # "bishke", "бишкек": this meeting's city, in any case form
    return len(places) > 1 or any(w[:6] in cities for w in r.words) \
        or _REPRESENTATIVES.search(" ".join(r.words)) is not None


def _names_a_body(matcher: Matcher, r: Reading) -> bool:
    """True when the question names a body a speaker speaks for ("the CIS Executive Committee")."""
    bodies = {stem(w) for s in matcher.factbase.speakers.values() for w in tokenize(s.country)}
    return any(keys & bodies for keys in subject_keys(matcher, r, known_only=True))


_AFTER_NEXT = frozenset("after после posle".split())  # "the meeting after next"


_PREMIERS_MEETING_RE = re.compile(r"\b(pms?|prime[- ]ministers?|premiers?|премьер\w*)['’]?s?\s+(meeting|summit|council|"
                                  r"session|встреч\w*|заседани\w*|саммит\w*|совет\w*)|\b(prime[- ]ministers|premiers|pms|"
                                  r"премьер-министров|премьеров)\b", re.IGNORECASE)


def _hosts_the_next(matcher: Matcher, r: Reading) -> bool:
    """True for the next meeting asked of the country its schedule facts name ("when will Turkmenistan host the
    next meeting"): the country is where it is, no subject of its own."""
    return "@next" in r.keys and bool(r.countries) and all(c in derived(matcher).schedule_keys for c in r.countries) \
        and not any(w.startswith(PREPARING) for w in r.words)  # (its preparations: its report's account and words)


def _not_the_premier(matcher: Matcher, r: Reading, reply: Reply, person: str) -> Reply:
    """"Was Armenia's prime minister at the meeting?": the reports list its deputy prime minister, which is
    said first, so that the head of delegation is not read as a yes."""
    speaker = matcher.factbase.speakers[person]
    if r.people or "@premier" not in r.keys or "@deputy" in r.keys or not DEPUTY_RE.search(speaker.role) \
            or set(r.words) & {"deputy", "вице", "заместитель", "замглавы", "vitse"} \
            or _PREMIERS_MEETING_RE.search(r.question):  # "the CIS PM meeting": the meeting's name, no premier
        return reply
    said = phrase(r.language, "premier_not_listed", country=speaker_country_of(speaker, r.language))  # "Армении"
    return with_changes(reply, headline=f"{said} {reply.headline}")


def _next_on_another_day(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was the next meeting scheduled for 24 June 2024?": no report gives that day for it; the next
    meeting as the reports announce it (24 May)."""
    asked = dates_in(r.words)
    if "@next" not in r.keys or not asked or set(r.words) & _AFTER_NEXT or r.people:
        return None
    schedule = derived(matcher).by_kind.get("schedule", [])
    given = set().union(*(dates_in(tokenize(t)) for a in schedule for t in entry_texts(a)))
    published = {(s.published.day, s.published.month) for s in matcher.factbase.sources.values() if s.published}
    if not given or asked & given or asked & published or set(r.words) & _TOLD_ON or place_named(matcher, r):
        return None  # a day the reports give for it, or "was it announced on 26 February": the usual rules
    others: list[str] = []
    if asked <= derived(matcher).dates:  # a day the reports give to something else
        if not asks_yes_or_no(r) or len(asked) != 1 or _AHEAD_RE.search(" ".join(r.words)):
            return None  # ("the Minsk meeting on 27 February ahead of the next one": that day's)
        # "is the next meeting on 23 May": no, 24 May; 23 May is the working meeting before it, shown
        others = [e.id for e in matcher.factbase.entries()
                  if isinstance(e, (Statement, Agreement)) and asked & dates_in(tokenize(e.quote))]
    days = ", ".join(format_day(day, month, r.language) for day, month in sorted(asked, key=lambda d: (d[1], d[0])))
    reply = _the_next_meeting(matcher, r.language, phrase(r.language, "next_not_that_day", day=days))
    if reply is None or not others:
        return reply
    return list_reply(matcher.factbase, r.language, reply.headline,
                      [*dict.fromkeys([*(i.fact_id for i in reply.items), *others])], intent=reply.intent,
                      score=reply.score)


def _next_in_another_month(matcher: Matcher, r: Reading) -> Reply | None:
    """"Is the Ashgabat meeting set for June 2024?", "заседание в Ашхабаде назначено на июнь?": the next meeting as the
    reports announce it, headed by "None of the reports gives June for the next meeting"; None unless the next
    meeting is put, as a claim, in a month no schedule fact gives it (and no day is put: the day rules say those)."""
    if not ("@next" in r.keys or any(w.startswith(("ashgabat", "ашхабад")) for w in r.words)) or dates_in(r.words) \
            or not asks_yes_or_no(r) or r.people:
        return None
    meeting = matcher.factbase.meeting
    # (not this meeting's month: "did the October meeting take place in Ashgabat" puts this one in the next one's city)
    asked = set(months_named(r.words).values()) - ({meeting.date.month} if meeting else set())
    schedule = derived(matcher).by_kind.get("schedule", [])
    given = {month for a in schedule for t in entry_texts(a) for month in months_named(tokenize(t)).values()}
    if not asked or not given or asked & given:
        return None
    month = ", ".join(phrase(r.language, f"month_{m}") for m in sorted(asked))
    return _the_next_meeting(matcher, r.language, phrase(r.language, "next_not_that_day", day=month))


_AHEAD_RE = re.compile(r"\b(?:ahead|before|prior|preceding|накануне|перед|до)\b")


_TRUE_THAT_RE = re.compile(r"^\W*(?:pravda|правда|верно|verno|is it true|true that|правильно)\b", re.IGNORECASE)


# this meeting's council and another, set against each other: "the Heads of State or of Government?", "a) ... b)
# ...", "the same as the summit of presidents?", "чем отличается"
_EITHER_RE = re.compile(r"\b(?:or|или|ili|versus|vs|same as|тот же|то же|та же|differ\w*|difference|отлича\w*|разниц\w*)\b|"
                        r"(?:^|\s)[a-cа-в]\)", re.IGNORECASE)
_SAME_RE = re.compile(r"\bsame (?:as|meeting|body|council|event|thing)\b|\b(?:тот же|то же|та же|одно и то же)\b",
                      re.IGNORECASE)
_HEADS_OF_STATE_RE = re.compile(r"\bheads? of states?\b|\bpresidents\b|\bглав\w* государств\b|\bпрезидентов\b|"
                                r"\bglav gosudarstv\b", re.IGNORECASE)


_WHOSE_IDEA_RE = re.compile(r"\b(?:behind|initiat\w*|idea|author\w*|стоял\w*\s+за|инициатив\w*|иде[яюи]|автор\w*|"
                            r"чь[яей]\w*)\b", re.IGNORECASE)


def _his_words_on_it(matcher: Matcher, r: Reading, person: str) -> Reply | None:
    """What one person named is reported saying on a subject one of his statements holds, when a word of taking
    part ("delegation visits") made the question read as whether he came; None otherwise ("did Aripov come with a
    big delegation?")."""
    if len(r.people) != 1 or "@participate" not in r.keys or _WHOSE_IDEA_RE.search(r.question):
        return None  # (not "was Smailov's delegation behind the concept?": whose initiative, which his words are not)
    subject = [keys for keys in subject_keys(matcher, r, known_only=True)
               if not keys & {"@participate", "@who"} and not any(k.startswith(("P:", "C:")) for k in keys)]
    if len(subject) < 2 or not any(doc_holds(matcher, s.id, subject, share=0.5) for s in statements_of(matcher, person)):
        return None
    said = say_reply(matcher, r, person)
    return said if said.answered else None


def _people_in_the_choice(matcher: Matcher, question: str) -> tuple[str, ...]:
    """The people named in the sentence that sets one council against the other ("Токаев выступал перед главами
    государств или правительств?"; not Tokayev in "... одно и то же заседание? Смаилов же цитировал Токаева.")."""
    chosen = [s for s in _sentences(question) if _EITHER_RE.search(s)]
    return read(matcher, chosen[0]).people if chosen else ()


def _which_body(matcher: Matcher, r: Reading, event: str) -> Reply | None:
    """"Which body met in Bishkek on 26 October: the Heads of State or of Government?": this meeting's council,
    the other said to be another meeting; "is it the same as the summit of presidents?": no. None unless the
    question names this meeting's council (or its prime ministers) beside the other event, as a choice between
    them; not when another day, place or someone who was not at it is named ("Заседание 13 октября — главы
    государств или правительств?", "Токаев выступал перед главами государств или правительств?")."""
    meeting = matcher.factbase.meeting
    tokens, _ = matcher.analyze(r.question)
    keys = {k for t in tokens for k in t.keys}
    if meeting is None or not (keys & (_THIS_COUNCIL | {"@premier"}) or any(day <= keys for day in _ITS_DAYS)) \
            or not _EITHER_RE.search(r.question) or not _HEADS_OF_STATE_RE.search(r.question) \
            or any(p not in matcher.factbase.speakers or not matcher.factbase.speakers[p].attended
                   for p in _people_in_the_choice(matcher, r.question)) \
            or any(d != meeting.date.day for d, _ in dates_in(r.words)) \
            or any(other_place(matcher, w) or city_named(w) not in (None, "Bishkek") for w in r.words):
        return None  # (its council or its day: "чем Совет глав государств отличается от заседания 26 октября"; the
        # Heads of State set against it, not "the SCO heads of government, the same week")
    reply = with_changes(fact_reply(matcher.factbase, meeting.id, r.language, score=reading_score(r)),
                         intent="overview")
    headline = f"{reply.headline} {phrase(r.language, 'other_body', event=event)}"
    if _SAME_RE.search(r.question):
        headline = f"{phrase(r.language, 'not_there')} {headline}"
    return with_changes(reply, headline=headline)


# a summit earlier than this meeting, set beside it: "was this the same as the CIS summit in Bishkek earlier in October"
_EARLIER_SUMMIT_RE = re.compile(r"\b(?:summit|саммит\w*)\b.*\b(?:earlier|before|recent|previous|ранее|раньше|недавн\w*)\b|"
                                r"\b(?:earlier|recent|previous|недавн\w*|прошедш\w*)\s+(?:\w+\s+)?(?:summit|саммит\w*)",
                                re.IGNORECASE)


def _same_as_an_earlier_summit(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was this the same thing as the CIS summit in Bishkek earlier in October?": no; this meeting's own fact,
    and the words said here of the Heads of State's meeting in Bishkek that month (Smailov's); None unless an
    earlier summit is set beside this meeting as the same."""
    meeting = matcher.factbase.meeting
    if meeting is None or r.people or not _SAME_RE.search(r.question) or not _EARLIER_SUMMIT_RE.search(r.question):
        return None
    relayed = [s.id for s in matcher.factbase.statements.values() if _HEADS_OF_STATE_RE.search(s.quote)]
    headline = phrase(r.language, "not_the_summit")
    return list_reply(matcher.factbase, r.language, headline, [meeting.id, *relayed], intent="overview",
                      fact_id=meeting.id, score=reading_score(r))



def _cancelled_reply(matcher: Matcher, r: Reading) -> Reply | None:
    """The meeting said to be called off: "was the meeting cancelled", "заседание отменили?" is answered "No:" with
    its day and city; "was the Ashgabat meeting cancelled" is the next one's, which the reports end before. None for
    another city, time or event."""
    factbase, lang = matcher.factbase, r.language
    if factbase.meeting is not None and not r.keys & _ANOTHER_TIME_KEYS \
            and not _cities_not_its_venue(matcher, [" ".join(r.words)]) and other_event(matcher, r) is None:
        held = fact_reply(factbase, factbase.meeting.id, lang, score=reading_score(r))
        return with_changes(held, intent="overview", headline=f"{phrase(lang, 'role_no')} {held.headline}")
    if r.keys & {"@next"} or any(w.startswith(("ashgabat", "ашхабад")) for w in r.words):
        return other_event_reply(matcher, r, phrase(lang, "event_next"))
    return None


def _championship_of_no_sport(matcher: Matcher, r: Reading) -> Reply:
    """A sport put to the CIS championship ("did they sign a document on a CIS football championship", "is there a
    championship document? And is it chess?"): the document on the championship, headed by the reports naming no
    sport; answered when a document is asked of in a question apart, not when the sport is put to it."""
    factbase = matcher.factbase
    ids = sorted((a.id for a in factbase.agreements.values() if _CHAMPIONSHIP_RE.search(" ".join(entry_texts(a)).lower())),
                 key=lambda i: len(" ".join(entry_texts(factbase.agreements[i]))))  # (its own title first, not a list's)
    if not ids:
        return abstain(matcher, r, "documents", phrase(r.language, "no_sport"))
    shown = fact_reply(factbase, ids[0], r.language, score=reading_score(r))
    parts = [p for p in re.split(r"(?<=\?)|[,;]\s*(?=(?:and|и|а)\b)", r.question) if p and p.strip(" ?,;")]
    asked_of = len(parts) > 1 and any(  # (the document asked of in a part that puts no sport: not "the championship
        read(matcher, p, r.language).keys & {"@document", "@sign", "@adopt"}  # they sign, is for which sport?")
        and not set(tokenize(p)) & (_SPORTS | _SPORT_WORDS) for p in parts)
    return with_changes(shown, intent="documents", answered=asked_of,
                        headline=f"{phrase(r.language, 'no_sport')} {shown.headline}")


def _reasoned_with_premises(matcher: Matcher, reading: Reading) -> Reply:
    """The reply to a reading; what the question takes for granted on the way to asking something else
    and the reports give otherwise is left out of it and corrected above the reply: a title ("Kazakh
    Prime Minister Aripov": Uzbekistan's), this meeting's day or city ("the 27 October meeting in
    Bishkek: what were the results"), the next meeting's city or year ("the next one in Minsk: what
    date?"). Not when that is all the question checks ("Was Aripov Kazakhstan's PM?": the rules that
    check it answer)."""
    claimed = title_claim(matcher, reading)
    if claimed is not None and role_check_reply(matcher, reading, reading.people[0]) is not None:
        claimed = None
    this_one = premise_of_this_meeting(matcher, reading) if claimed is None else None
    next_one = _premise_of_the_next(matcher, reading) if claimed is None and this_one is None else None
    premised = claimed or this_one or next_one or dateline_premise(matcher, reading)
    if premised is None:
        return _reasoned(matcher, reading)
    counted = this_one is not None and "@count" in reading.keys and not asks_yes_or_no(reading)
    if claimed is None:
        whole = _reasoned(matcher, reading)
        if corrects_the_question(reading.language, whole.headline) and not counted:
            return whole  # "where was the 27 October meeting held": the day check answers it, correction first (not
            # "how many were signed at the meeting held in Astana on 27 October": each corrected, then the count)
    bare, note = premised
    bare_reading = read(matcher, bare, reading.language)
    # (the meeting's day after its city: "... held in Astana on 27 October": each corrected, then the count)
    again = premised == this_one and premise_of_this_meeting(matcher, bare_reading) is not None
    reply = _reasoned_with_premises(matcher, bare_reading) if again else _reasoned(matcher, bare_reading)
    if claimed is None and counted and not reply.answered and corrects_the_question(reading.language, whole.headline):
        return whole  # the count not found without the city ("... held in Sochi on 27 October": June's meeting):
        # the whole's corrections stand
    no = phrase(reading.language, "not_there")
    if reply.headline.startswith(no) and claimed is not None:  # "Was Meredov the Turkmen PM?": his title, then
        reply = with_changes(reply, headline=reply.headline[len(no):].lstrip())  # whether he was there at all
    elif corrects_the_question(reading.language, reply.headline) and not again:
        return reply
    meeting = matcher.factbase.meeting
    if not reply.answered and premised == next_one and (asks_yes_or_no(reading) or _TRUE_THAT_RE.search(reading.question)):
        announced = _the_next_meeting(matcher, reading.language, note)  # "next one in Moscow in 2025?": where and when
        if announced is not None:
            return announced
    if not reply.answered and premised == this_one and meeting is not None \
            and (asks_yes_or_no(reading) or _TRUE_THAT_RE.search(reading.question)
                 or {"@where", "@when"} & read(matcher, bare, reading.language).keys) and not subject_keys(
            matcher, read(matcher, without_words(bare, set(MONTHS)) or bare, reading.language), known_only=True):
        # "pravda chto vstrecha bila 27 oktyabrya?", "... в Астане. Где и какого числа оно проходило?": the day or
        # the place was all it asked; the meeting's own fact, corrected (not "Not 27 October: ... The sources don't
        # say")
        reply = with_changes(fact_reply(matcher.factbase, meeting.id, reading.language,
                                        score=reading_score(reading)), intent="overview")
    return with_changes(reply, headline=f"{note} {reply.headline}")


_DECIDED = frozenset("""decided decide decision chosen chose agreed решили решено решение выбрали выбран выбрано
    договорились resheno reshili""".split())


def _premise_of_the_next(matcher: Matcher, r: Reading) -> tuple[str, str] | None:
    """"The next meeting in Minsk in May 2024: what is the exact date?", "следующее заседание в Москве в 2025
    году — когда?": the question without the city or year the reports do not give the next meeting, and
    the correction; None for a yes-or-no check of them (the claim rules answer it) or no such premise."""
    if "@next" not in r.keys or r.people or set(r.words) & (_NOT_THE_NEXT | _DECIDED) \
            or _other_places_or_events(matcher, r):
        return None  # not "what did Lebedev say in Sochi about the next meeting", "decided in Sochi": where it was said
    place = place_named(matcher, r)
    next_years = set(derived(matcher).next_years)
    years = [w for w in r.words if is_year(w) and w not in next_years]
    if asks_yes_or_no(r) and not years:
        return None  # "is the next one in Minsk?": the claim rules answer it (not with a year they leave alone)
    # "the next one in Moscow in 2025": a year not the next meeting's may be a later meeting's, which may be
    # there: only the year is corrected
    notes = [phrase(r.language, "next_not_that_day", day=years[0])] if years else \
        [phrase(r.language, "next_not_there", place=place)] if place else []
    if not notes:
        return None
    dropped = set(years) | {w for w in r.words if place and other_place(matcher, w) == place}
    return without_words(r.question, dropped), " ".join(notes)


_DELEGATION_RE = re.compile(r"\b(?:delegation\w*|делегаци\w*)\b")
_INSTEAD_RE = re.compile(r"\b(?:instead|rather than|вместо)\b")
_WHY_NOT_RE = re.compile(r"\b(?:not|n't|didn|didnt|wasn|wasnt|instead|rather than|absent|skip\w*|не|вместо|отсутств\w*)\b")


def _the_other_day_asked(matcher: Matcher, question: str) -> str | None:
    """"27 October or 26 October?", in the question's language, when a question this meeting's facts leave unanswered
    names another day of its month that a fact of this meeting gives (the June announcement of the 27th), written as
    a date or as the bare number beside the held day's or a word for a date ("a pravda chto snachala 27 govorili");
    None otherwise, and when it names anyone."""
    meeting = matcher.factbase.meeting
    if meeting is None or not any(c.isdigit() for c in question):
        return None  # (the cheap test first: most questions name no day)
    words = tokenize(without_report_dates(matcher, question))  # (not "the Trend report of 27 October": its own date)
    if _WHY_MOVED_RE.search(question) or _COMINGS_RE.search(question) \
            or _PUBLISHED_ON_RE.search(question) \
            or any(w.startswith(tuple(LEADERS)) for w in words):
        return None  # ("why was it moved from 27 to 26 October": a reason, which no report gives; "did the delegations
        # leave on 27 October", "Lukashenko's words on 27 October": someone's doings that day)
    r = read(matcher, question)
    if r.people or r.countries or r.keys & _NOT_THE_DAY_KEYS or other_event(matcher, r) is not None \
            or words_no_fact_holds(matcher, r.words) or not _of_the_meetings_day(matcher, question):
        return None  # (not "what did Lukashenko say on 27 October", "the Heads of State on 27 October", "the weather")
    held = (meeting.date.day, meeting.date.month)
    others = _other_days_of_its_month(matcher, meeting)
    if any(month != held[1] for _, month in dates_in(words)):
        return None  # ("was the Sochi meeting on 26 or 27 June": another month's days)
    named = dates_in(words) & others or {day for day in others if str(day[0]) in words
                                         and set(words) & _DAY_WORDS}
    published = {(s.published.day, s.published.month) for s in (matcher.factbase.sources[i] for i in sources_named(matcher, r))
                 if s.published is not None}
    if not named or named & published:
        return None  # ("the Trend report of 27 October", "Asia-Plus's 27 October article": the day a report came out)
    lang = r.language
    days = [format_day(day, month, lang) for day, month in [*sorted(named), held]]
    return f" {'или' if lang == 'ru' else 'or'} ".join(days) + "?"


# what a question about something else on the day asks of ("what did the Executive Committee say", "who came", "how
# many", "item 27"): no question of the meeting's day
_NOT_THE_DAY_KEYS = frozenset({"@propose", "@participate", "@document", "@count", "@sign", "@next", "@adopt"})


def _of_the_meetings_day(matcher: Matcher, question: str) -> bool:
    """True when the sentence that asks (the last with a question mark, or the only one) names nothing the reports
    hold beyond this meeting, its day and the words for a date, no name and no more than one word they never hold
    ("Who is right?", "which date is the real one?", "Was the meeting on 27 October?"; not "What time did the
    meeting start on 27 October?", "the som exchange rate on 27 October")."""
    asking = [s for s in _sentences(question) if s.rstrip().endswith("?")][-1:] or [question]
    r = read(matcher, asking[0])
    _, unknown = matcher.analyze(asking[0])
    allowed = derived(matcher).meeting_keys | {"@when", "@meeting", "@where", "@cis", "@source"}
    unheard = [w for w in unknown if len(w) > 3 and not any(c.isdigit() for c in w) and w not in _CHECKING_WORDS]
    return len(unheard) < 2 and not capitalised_unknown(matcher, r) \
        and all(keys & allowed or all(k.isdigit() for k in keys) for keys in subject_keys(matcher, r, known_only=True))


# comings and goings on a day ("did the delegations leave Bishkek on 27 October?"), which no report dates
_COMINGS_RE = re.compile(r"\b(?:leave|left|leaving|depart\w*|arriv\w*|fl[ey]w?|flown|уехал\w*|уезжал\w*|уедут|приехал\w*|"
                         r"прилетел\w*|улетел\w*|выехал\w*|отбыл\w*|прибыл\w*)\b", re.IGNORECASE)
# what came out on a day ("what was published on 27 October", "какие новости вышли 27 октября"): a report's day
_PUBLISHED_ON_RE = re.compile(r"\b(?:published|reported|released|came\s+out|news|опубликова\w*|вышл\w*|вышел|вышла|"
                              r"новост\w*|сообщал\w*|сообщени\w*|opublikova\w*|vyshl\w*|novost\w*)\W+(?:\w+\W+){0,2}?"
                              r"(?:on\s+)?27\b", re.IGNORECASE)
# words that check a day, not a subject of their own ("which one is real", "the actual date")
_CHECKING_WORDS = frozenset("""real actual actually exact exactly really true truly correct right wrong official
    действительно точно реально верно правильно""".split())


# "число" beside the city or the place in a list of what is asked ("число, город, источник", "город и число"): the
# day of the month, not a number of anything
_DAY_BESIDE_PLACE_RE = re.compile(r"\bчисло\b(?=\s*(?:,|и)\s*(?:город|место|время|дата|источник))|(?<=город,\s)число\b|"
                                  r"(?<=город и\s)число\b|(?<=место,\s)число\b|(?<=место и\s)число\b", re.IGNORECASE)


# a reason or a change asked of ("why", "moved", "перенесли"), or a correction ("did Sputnik later correct it")
_WHY_MOVED_RE = re.compile(r"\b(?:why|reason|moved?|postponed|rescheduled|shifted|changed?|rather\s+than|correct(?:ed|ion)?|"
                           r"почему|зачем|причин\w*|перенес\w*|перенос\w*|сдвинул\w*|изменил\w*|исправил\w*|pochemu|"
                           r"perenesli)\b", re.IGNORECASE)
# words for a date beside a bare number ("snachala 27 govorili ... po drugomu"): the day a number is
_DAY_WORDS = frozenset("""date dates day days дата даты дату дате день дня числа число data datu chisla den dnya
    october oct октября октябрь oktyabrya""".split())


def _other_days_of_its_month(matcher: Matcher, meeting: Meeting) -> set[tuple[int, int]]:
    """The days of the meeting's month, other than the one it was held on, that a fact of this meeting gives in its
    quote (the 27 October the June announcement gave)."""
    held = (meeting.date.day, meeting.date.month)
    return {day for e in matcher.factbase.entries() if not of_another_meeting(matcher, e.id)
            for day in dates_in(tokenize(e.quote)) if day[1] == held[1] and day != held}


def _with_the_two_days(matcher: Matcher, question: str) -> str:
    """The question with "two dates" written as the days: the one this meeting was held on and every other day of
    its month a fact of this meeting gives ("why two dates": "why 27 October and 26 October", the June announcement
    of the 27th); as it is when no fact gives another."""
    meeting = matcher.factbase.meeting
    if meeting is None:
        return question
    held = (meeting.date.day, meeting.date.month)
    others = sorted(_other_days_of_its_month(matcher, meeting))
    if not others:
        return question
    found = _TWO_DATES_RE.search(question)
    lang = "ru" if is_cyrillic(question) or found is not None and found.group(0).lower().startswith(("dve", "raznye")) \
        else "en"  # ("pochemu dve daty": Russian, as the reply)
    days = [format_day(day, month, lang) for day, month in [*others, held]]
    joined = f" {'и' if lang == 'ru' else 'and'} ".join(days)
    return _TWO_DATES_RE.sub(joined, question, count=1)


_WHY_TWO_RE = re.compile(r"\b(?:why|how\s+come|почему|откуда|зачем|pochemu|otkuda)\b", re.IGNORECASE)  # (not "which
# are the two dates": the days asked)
_TWO_DATES_RE = re.compile(r"\b(?:two|different|both)\s+dates\b|\b(?:две|разные|двух|обе)\s+дат\w*|\b(?:dve|raznye)\s+"
                           r"daty\b", re.IGNORECASE)


def _with_the_other_date(matcher: Matcher, r: Reading, reply: Reply) -> bool:
    """True when a day other than the meeting's is asked ("why 27 October?", "26 and 27 October: why two dates?")
    and the reply shows a fact giving it (the June announcement of 27 October), which is as much of why as the
    reports tell; not a change asked of."""
    meeting = matcher.factbase.meeting
    if meeting is None or asks_a_change(r):
        return False  # ("why was it moved from the 27th to the 26th": no report says why)
    other = dates_in(r.words) - {(meeting.date.day, meeting.date.month)}
    return bool(other) and any(other & dates_in(tokenize(entry.quote)) for i in _shown_ids(reply)
                               if (entry := matcher.factbase.entry(i)) is not None)


def _reasoned(matcher: Matcher, reading: Reading) -> Reply:
    """The reply to a reading, where a why asked is answered only by a fact that gives a reason, and a claim
    put to one fact is headed by what it names that the fact does not ("Smailov quoted Putin?")."""
    reply = _not_credited_to(matcher, reading, contents_reply(matcher, reading, unnamed_reply(
        matcher, reading, missing_details_reply(matcher, reading, _answer(matcher, reading)))))
    reply = phrase_owner_reply(matcher, reading, reply)  # "did Trend say 'without withholdings'": Asia-Plus's words
    reply = figure_not_shown(matcher, reading, reply)  # "what target year did Aripov propose": none given
    text = " ".join(reading.words)
    if reply.answered and reply.intent == "attend" and asks_why(reading) and _WHY_NOT_RE.search(text) \
            and not any(matcher.factbase.speakers[p].attended for p in reading.people) \
            and not (set(reading.countries) & delegated_countries(matcher) and not unknown_names(matcher, reading)) \
            and not (_DELEGATION_RE.search(text) and not _INSTEAD_RE.search(text)):
        # (not "why did Aripov skip the meeting", "почему Беларусь не прислала делегацию": they came, which is said)
        # "why did Armenian PM Pashinyan not come in person", "why a deputy instead of Prime Minister Asadov": who
        # came is told, why another did not is not
        return abstain(matcher, reading, "attend", phrase(reading.language, "no_reason"), score=reply.score)
    if reply.answered and reply.intent != "smalltalk" and asks_why(reading) \
            and not (reply.intent == "count" and (set(reading.words) & DIFFER_WORDS or two_numbers(matcher, reading))) \
            and not (gives_a_reason(matcher.factbase, reply, reading) and reply.intent not in ("attend", "who")) \
            and not _with_the_other_date(matcher, reading, reply) \
            and not corrects_the_question(reading.language, reply.headline) \
            and not _absent_one(matcher, reply, reading):  # "why on the 27th": it was the 26th; "why did Tokayev come":
        # he did not
        # "why was it moved to the 26th": a fact that gives no reason does not answer a why (the
        # reports' differing counts do answer "22 here, twenty there: why?": each report's own figure); what they
        # say of it is shown when the reading is sure of it ("why does Uzbekistan want the FTA revised": its call)
        if (reply.score or 0) >= matcher.threshold and reply.intent in ("retrieval", "say", "proposal"):
            shown = reply.headline.removeprefix(phrase(reading.language, "tied")).strip()  # (not "equally well")
            reply = with_changes(reply, answered=False,
                                 headline=f"{phrase(reading.language, 'no_reason_what_said')} {shown}".strip())
        else:
            reply = abstain(matcher, reading, reply.intent or "retrieval", phrase(reading.language, "no_reason"),
                            score=reply.score)
    elif reply.answered and reply.intent in ("retrieval", "say", "proposal", "documents") \
            and _FEASIBLE_RE.search(reading.question):  # "Реально ли создать единую платформу?": whether it can be
        shown = reply.headline.removeprefix(phrase(reading.language, "tied")).strip()  # done, which no report judges;
        reply = with_changes(reply, answered=False,  # the proposal shown as what they say of it
                             headline=f"{phrase(reading.language, 'feasible_not_judged')} {shown}".strip())
    elif reply.answered and reply.intent == "count" and asks_why(reading) and len(reply.items) > 1 \
            and not corrects_the_question(reading.language, reply.headline):
        # "why do Asia-Plus and TASS give different counts": no report says why; each one's figure is what they give
        reply = with_changes(reply, headline=f"{phrase(reading.language, 'why_differ_not_said')} {reply.headline}")
    if reply.answered and _DEADLINE_RE.search(reading.question) and reply.intent in ("retrieval", "say", "proposal") \
            and not _dated(matcher, reply):
        # "к какому сроку Смаилов предложил завершить работу над соглашением": his words set no date; shown, unanswered
        shown = reply.headline.removeprefix(phrase(reading.language, "tied")).strip()
        reply = with_changes(reply, answered=False,
                             headline=f"{phrase(reading.language, 'no_deadline_what_said')} {shown}".strip())
    if not reply.answered and asks_why(reading):
        # "why is the Year of the Volunteer Movement set for 2025": no reason given, but it is 2024, which is
        # said when the claim the why takes for granted, asked as such, is corrected
        for claim in _claims_of_why(reading.question):
            checked = _answer(matcher, read(matcher, claim, reading.language))
            if checked.answered and corrects_the_question(reading.language, checked.headline):
                return checked
            if _NEGATION_RE.search(claim):  # "почему в Бишкеке не подписали план к 80-летию Победы": it was signed
                positive = _answer(matcher, read(matcher, _NEGATION_RE.sub(" ", claim), reading.language))
                if positive.answered and (positive.score or 0) >= matcher.threshold \
                        and positive.intent not in ("retrieval", "attend", "who") \
                        and not corrects_the_question(reading.language, positive.headline):
                    note = phrase(reading.language, "why_not_otherwise")
                    return with_changes(positive, headline=f"{note} {positive.headline}")
        who = _WHO_THEN_WHY_RE.match(reading.question)
        if who is not None and _PRESENCE_RE.search(reading.question[who.end():]):  # "Who is Geldimyradov and why was he there?": who he is, and that no report says why
            told = _answer(matcher, read(matcher, who.group("who") + "?", reading.language))
            if told.answered and told.intent in ("attend", "retrieval", "who") and not told.items \
                    and set(reading.people) <= set(read(matcher, who.group("who"), reading.language).people):
                return with_changes(told, notes=(*told.notes, phrase(reading.language, "no_reason")))
    return reply


# why someone was there ("why did he come", "why was he at the meeting", "зачем он приехал"), not why he said something
_PRESENCE_RE = re.compile(r"^\W*(?:(?:did|was|were|is|has)\s+)?(?:he|she|they|it)?\s*(?:\w+\s+){0,2}?(?:come|came|attend\w*|"
                          r"there|present|here|at\s+(?:the|this)\s+(?:meeting|session)|sent|instead|"
                          r"при\w*ал\w*|был\w*|присутствовал\w*|участвовал\w*|вместо|там)\b", re.IGNORECASE)
# "who is X" before a why ("Who is Geldimyradov and why did he come?", "Кто такой Гелдимырадов и зачем он приехал?")
_WHO_THEN_WHY_RE = re.compile(r"^\W*(?P<who>(?:who\s+is|who's|who\s+was|кто\s+так(?:ой|ая|ие)|кто\s+это)\s+[^?,]{3,60}?)"
                              r"\s*,?\s+(?:and|и|а)\s+(?:why|зачем|почему|отчего|for\s+what)\b", re.IGNORECASE)


# a deadline asked ("by when", "к какому сроку"), which a fact gives only with a year or a month
_DEADLINE_RE = re.compile(r"\b(?:deadlines?|by when|by what (?:date|time|year)|until when|time ?frame|timeline|"
                          r"к какому (?:сроку|времени|году|числу)|в какой срок|в какие сроки|какой срок|какие сроки|"
                          r"до какого (?:срока|числа|времени|года)|дедлайн\w*|k kakomu sroku)\b",
                          re.IGNORECASE)
_DATED_RE = re.compile(r"\b20[2-4]\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|"
                       r"november|december|январ|феврал|март|апрел|ма[яйе]|июн|июл|август|сентябр|октябр|ноябр|"
                       r"декабр)\w*", re.IGNORECASE)


def _dated(matcher: Matcher, reply: Reply) -> bool:
    """True when a fact the reply shows gives a year or a month (a deadline may be among them)."""
    return any(_DATED_RE.search(text) for i in _shown_ids(reply) if (e := matcher.factbase.entry(i)) is not None
               for text in entry_texts(e))


# a why's claim put negatively ("why didn't they sign", "почему Армения не прислала никого"): read as the positive
_NEGATION_RE = re.compile(r"\b(?:not|never|nobody|no one|не|никого|ни одного)\b|n't\b", re.IGNORECASE)


_WHY_AUXILIARY_RE = re.compile(r"^\W*why\s+(?P<aux>did|does|do|is|was|were|are|has|have|had|would|will)\s+(?P<rest>.+?)\W*$",
                               re.IGNORECASE | re.DOTALL)
_WHY_RU_RE = re.compile(r"^\W*(?:почему|зачем|отчего|с чего бы)\s+(?P<rest>.+?)\W*$", re.IGNORECASE | re.DOTALL)


_ONLY_RE = re.compile(r"\s+(?:only|just|только|лишь)\b", re.IGNORECASE)


def _claims_of_why(question: str) -> list[str]:
    """What a why question takes for granted, asked as a yes-or-no question ("Why did TASS report only twenty
    documents?": "Did TASS report twenty documents?"; "Почему X?": "X?"), or none."""
    english = _WHY_AUXILIARY_RE.match(question)
    if english:
        return [f"{english.group('aux').capitalize()} {_ONLY_RE.sub('', english.group('rest'))}?"]
    russian = _WHY_RU_RE.match(question)
    return [f"{_ONLY_RE.sub('', russian.group('rest'))}?"] if russian else []


# comparing reports: "compare TASS and Asia-Plus", "где они расходятся", "what does each say", "кто прав"
_COMPARING = DIFFER_WORDS | frozenset("""compare compared comparing comparison versus vs each both who's right whos
    сопоставить сопоставьте сопоставь сравнить сравните сравни сравнение каждый каждое каждая оба обе прав права""".split())
# a figure, which in these reports is the count of documents signed ("в цифрах", "numbers")
_FIGURES = frozenset("""figure figures number numbers count counts tally totals total цифры цифрах цифр цифра числа число
    данные данных""".split())


def _compares_reports_figures(matcher: Matcher, r: Reading) -> bool:
    """True for two reports or more compared on their figures or counts ("Asia-Plus and TASS give different
    figures: what does each say", "сколько документов? сопоставьте данные ТАСС и Asia-Plus"), no one named: the
    only figure they disagree on is the count of documents signed (not "how does TASS's list compare")."""
    words = set(r.words)
    if r.people or not words & _COMPARING:
        return False
    named = sources_named(matcher, r)
    if len(named) < 2:
        return False
    if words & _FIGURES or "@count" in r.keys:
        return True
    # "where do Asia-Plus and TASS disagree": reports that both give a count, with nothing else asked, differ on it
    counted = {a.source for a in derived(matcher).by_kind.get("count", [])}
    theirs = {w for source in named for w in publisher_words(matcher, source)}
    rest = read(matcher, without_words(r.question, _COMPARING | theirs | _COVERAGE, latin=True) or r.question,
                r.language)
    place_asked = {"@where"} if _WHERE_THEY_DIFFER_RE.search(r.question) is None else set()  # ("where do they
    # differ": on what, no place)
    return set(named) <= counted and not subject_keys(matcher, rest, known_only=True) \
        and not r.keys & ({"@next", "@when", "@participate"} | place_asked)  # (not "расхождение ... по месту заседания")


_WHERE_THEY_DIFFER_RE = re.compile(r"\b(?:where|в\s+ч[её]м|где)\s+(?:do|does|did)?\s*(?:\S+\s+){0,5}?(?:disagree|differ|"
                                   r"расход\w+)\b", re.IGNORECASE)


def _figures_the_reports_give(matcher: Matcher, r: Reading) -> bool:
    """True for the figures "the reports" give asked of documents signed, no report named ("A post says 25
    agreements were signed. What figures do the reports actually give?"): their counts of the documents."""
    words = set(r.words)
    return bool(words & _FIGURES and words & _THE_REPORTS and {"@document", "@sign"} & r.keys) \
        and not sources_named(matcher, r) and not r.people and not r.countries


# how reports are compared on the meeting as a whole ("чем расходятся ТАСС и Азия-Плюс в освещении итогов",
# "differ in their coverage of the results"): no subject beyond the meeting's outcome, which their counts are
_COVERAGE = frozenset("""освещении освещение освещают освещает итогов итогам итоги results result outcome outcomes
    coverage covering cover covered между between""".split())


def _absent_one(matcher: Matcher, reply: Reply, reading: Reading) -> bool:
    """True when the reply says that the person the question names was not among the participants ("why
    did Tokayev attend": he is only mentioned), which answers a why asked of their coming (not a person
    found by a post: "why did Turkmenistan send a deputy chairman" is no question about Meredov)."""
    speaker = matcher.factbase.speakers.get(reply.fact_id or "")
    return reply.intent == "attend" and speaker is not None and not speaker.attended and speaker.id in reading.people


# the words of a sentence beside the question that adds nothing to it: how the answer is wanted ("a brief
# overview, please", "коротко"), what it is for ("for a lesson", "I am writing a paper"), thanks
_ADDS_NOTHING = frozenset("""a an the i im am i'm m we me my our you it its this that for of to in on with and please
    thanks thank pls plz give gimme one line sentence in advance brief briefly short shortly summary overview quick quickly detail details
    detailed answer reply need want would like writing write working preparing paper essay thesis lesson class
    homework article piece story note notes student students teacher journalist s school university college
    confused sorry hello hi hey question help
    курсовую курсовой курсовая диплом диплома школы школа университета вопрос привет здравствуйте извините
    кратко коротко вкратце подробно подробнее обзор резюме пожалуйста спасибо заранее нужно надо мне для я
    пишу готовлю работаю урока урок конспекта конспект эссе доклада доклад статьи статья курсовой курсовая
    ответ ответьте дайте дай одну строчку фразу quiz test exam multiple choice тест теста тесте тестов викторина викторины экзамен
    экзамена билет
    podcast episode segment broadcast radio tv show caption captions page quiz lecture seminar presentation
    newsletter blog meeting summit заседании заседание заседания встрече подкаст эфир эфира передачи выпуск
    выпуска лекции семинара викторины memo memos parliamentary briefing dossier справка справки записка
    reporter reporters editor analyst researcher diplomat correspondent producer business economics
    autocue teleprompter prompter rundown graphic graphics infographic screen onscreen names tight keep map team just
    liner one-liner
    студентка журналистка аналитик редактор исследователь корреспондент экономика материал текст
    хочу хотел хотела хотелось бы понять узнать спросить уточнить understand know ask wonder wondering""".split())


# a sentence's end, or a label's before the question ("Parliamentary memo: who represented Turkmenistan?")
# (not after an abbreviation: "13 октября 2023 г. в Бишкеке", "Mr. Aripov", "ст. 5", "e.g. TASS")
_SENTENCE_OR_LABEL_END_RE = re.compile(r"(?<=[.!?…:])(?<!\bг\.)(?<!\bгг\.)(?<!\bст\.)(?<!\bсм\.)(?<!\bт\.е\.)(?<!\bт\.к\.)"
                                       r"(?<!\bслед\.)(?<!\bпред\.)(?<!\bпрем\.)(?<!\bзам\.)"
                                       r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bNo\.)(?<!\bno\.)(?<!\bvs\.)(?<!\be\.g\.)"
                                       r"(?<!\bi\.e\.)(?<!\bMrs\.)(?<!\b[A-ZА-ЯЁ]\.)\s+")  # ("Х. Гельдимырадов": an initial)


def _sentences(question: str) -> list[str]:
    """The sentences of a question, each ending with its mark or a label's colon."""
    return list(_split_sentences(question))


@per_question  # (asked of one question by several rules)
def _split_sentences(question: str) -> tuple[str, ...]:
    return tuple(t for t in _SENTENCE_OR_LABEL_END_RE.split(question.strip()) if t.strip())


# the words of a sentence that only greets or thanks: "Thank you very much in advance.", "Заранее большое спасибо!"
_COURTESY = GREETING | THANKS | frozenset("""good very much so many lot in advance again dear bot assistant sir madam team
    you your for help time all kind regards best wishes заранее большое огромное вам всем день вечер утро уважаемый
    уважаемая уважаемые бот ассистент с уважением если можно на русском английском языке по русски in russian english
    can could would will me us не подскажете подскажите помогите помоги помочь
    if possible коллеги коллега colleagues colleague друзья friends дословно verbatim""".split())  # ("Если можно — на русском.": the quotes are given in the reports' own words anyway)


def _without_courtesies(question: str) -> str:
    """The question without its sentences that only greet or thank ("Здравствуйте! ... Заранее большое спасибо!"),
    when anything else is left, and without a label counting its questions ("Два вопроса: ..."); as it is otherwise
    ("Hi! Thanks!" is small talk)."""
    question = _QUESTIONS_COUNTED_RE.sub("", question, count=1) or question
    question = _ADDRESSED_RE.sub("", question, count=1) or question
    sentences = _sentences(question)
    greetings = {t for t in sentences if _GREETING_FROM_RE.match(t)}
    if greetings and _OURS_RE.search(question):  # ("Greetings from Minsk. What did our prime minister say?": kept)
        greetings = set()
    kept = [t for t in sentences if not set(tokenize(t)) <= _COURTESY and t not in greetings and not _APOLOGY_RE.match(t)]
    return " ".join(t.strip() for t in kept) if kept and len(kept) < len(sentences) else question


# an apology for the asker's language, a sentence of its own: "sorry my english not good.", "Извините за мой русский."
_APOLOGY_RE = re.compile(r"^\W*(?:sorry|excuse\s+me|pardon|извините|простите|izvinite)\b[^?]{0,40}\b(?:english|russian|"
                         r"grammar|spelling|английск\w*|русск\w*|ошибк\w*|грамматик\w*)\b[^?]*[.!]?\s*$", re.IGNORECASE)
# "our", "here", "у нас": the asker's place, which a greeting from it names
_OURS_RE = re.compile(r"\b(?:our|ours|us|here|we|наш\w*|нас|нам|здесь|тут|мы|nash\w*|nas|zdes)\b", re.IGNORECASE)
# a greeting from the asker's town, a sentence of its own: "Greetings from Almaty.", "Привет из Оша!"
_GREETING_FROM_RE = re.compile(r"^\W*(?:greetings|hello|hi|hey|привет|приветствую|салам|privet)\s+(?:from|из|iz)\s+"
                               r"[\w-]+(?:\s+[\w-]+)?\s*[.!]+\s*$", re.IGNORECASE)


# whom the asker addresses, before the question ("брат, где была встреча", "bro, who came"): no part of it
_ADDRESSED_RE = re.compile(r"^\W*(?:брат|братан|братишка|бро|дружище|ребята|ребят|народ|слушай|слушайте|bro|brat|"
                           r"bratan|dude|mate|buddy|guys|folks|slushay|"
                           # a greeting with whom it greets: "Evening all -", "Hi team,", "Morning everyone!"
                           r"(?:hi|hey|hello|(?:good\s+)?(?:morning|afternoon|evening))\s+(?:all|team|everyone|everybody|folks|guys|"
                           r"there|people|y'all))\s*[,!:—–-]\s*", re.IGNORECASE)
# "Two questions:", "Два вопроса —", "Пара вопросов:": how many questions follow, no part of them
_QUESTIONS_COUNTED_RE = re.compile(r"^\W*(?:(?:two|three|2|3|a\s+couple\s+of|couple\s+of)\s+(?:quick\s+|short\s+)?"
                                   r"(?:questions?|things?|qs)|(?:два|три|2|3|пара)\s+(?:коротких\s+|быстрых\s+)?"
                                   r"(?:вопроса|вопросов))\s*(?::|—|–|-|\.)\s*", re.IGNORECASE)


def _asking_in_chat(sentences: list[str]) -> list[str]:
    """The sentences that end with a question mark, and a last one that opens as a question after one that ends with
    it ("who went for Russia?? and did he say anything punchy": a chat's last question often goes without its mark);
    a label before a question too short to stand alone is read with it ("Trend, Feb 2024: Ashgabat date?")."""
    if any(s.rstrip().endswith(":") for s in sentences[:-1]):
        merged: list[str] = []
        for sentence in sentences:
            if merged and merged[-1].rstrip().endswith(":") and len(tokenize(sentence)) < _PART_WORDS \
                    and not re.search(r"(?<!\d)\d{1,2}(?!\d)", merged[-1]):  # ("Asia-Plus, Oct 27:": no count of 27)
                merged[-1] = f"{merged[-1]} {sentence}"
            else:
                merged.append(sentence)
        sentences = merged
    last = len(sentences) - 1
    return [t for i, t in enumerate(sentences) if t.rstrip().endswith("?") or i == last > 0
            and sentences[i - 1].rstrip().endswith("?") and (_OPENS_A_QUESTION_RE.match(t) or _OPENS_IN_LATIN_RE.match(t))]


# the first words of a question: "and did he", "what", "а кто", "сколько"
_OPENS_A_QUESTION_RE = re.compile(r"^\W*(?:(?:and|but|so|also|plus|а|и|но|ещё|еще)\s+)?(?:did|does|do|is|was|were|are|has|have|"
                                  r"will|can|could|what|who|whom|whose|where|when|which|how|why|что|кто|где|когда|как|"
                                  r"какой|какая|какие|какое|каких|каким|сколько|почему|зачем)\b", re.IGNORECASE)


def _there_is_this_meeting(question: str, lone: str) -> bool:
    """True when the asked sentence points back only with "there" ("туда", "там") or "our" before a name, and the
    background it points at is this meeting in Bishkek ("... премьеры стран СНГ собирались в Бишкеке ... кто от нашей
    Беларуси туда ездил?")."""
    before, _ = _around(question, lone)
    words = set(tokenize(_OUR_BEFORE_A_NAME_RE.sub("", _THIS_MEETING_RE.sub(" ", lone))))
    pointing = words & (_BACK_REFERENCES | _THERE_WORDS)
    return bool(pointing) and pointing <= _THERE_IS_THE_PLACE and any(_BISHKEK_RE.search(s) for s in before) \
        and not any(city_named(w) not in (None, "Bishkek") for s in before if _A_MEETING_RE.search(s)
                    for w in tokenize(s))
    # (not "Continuing on the Sochi meeting, which preceded Bishkek: what did they sign there?"; but "внук учится в
    # Минске" is no meeting)


_A_MEETING_RE = re.compile(r"\b(?:заседани\w*|встреч\w*|саммит\w*|совет\w*|собирал\w*|собрал\w*|meeting\w*|summit\w*|"
                           r"session\w*|council\w*|met|gathered)\b", re.IGNORECASE)


_THERE_IS_THE_PLACE = frozenset("туда там tuda tam".split())  # (not "there": "is there a source?")
_OUR_BEFORE_A_NAME_RE = re.compile(r"\b(?:наш[аеуи]?|нашей|нашего|нашем|наших|our|nash[aeuiy]?|nashei)\s+(?=[A-ZА-ЯЁ]\w+)")
_BISHKEK_RE = re.compile(r"\b(?:bishkek\w*|бишкек\w*)\b", re.IGNORECASE)
_THERE_WORDS = frozenset("""there then field area else too also туда там тогда сфере области ещё еще тоже также
    другие остальные""".split())  # ("Moldova's premier was there. Who else came?": the background is half of it)


# a decision in a quote: what was adopted, approved or signed (not a proposal of one)
_DECIDED_IN_QUOTE_RE = re.compile(r"\b(adopt\w*|approv\w*|signed|endorsed|agreed|принят\w*|утвержд\w*|утверд\w*|подписа\w*|"
                                  r"одобр\w*|решено)\b", re.IGNORECASE)


# a report said to tell of a decision ("which outlets report that Aripov's proposals were approved"; not "... that
# Aripov proposed adopting a roadmap": a proposal reported)
_REPORT_THAT_RE = re.compile(r"\b(?:report|reports|reported|say|says|said|write|writes|wrote|claim|claims)\s+that\b.*\b(?:were|"
                             r"was|got|been|be)\s+(?:approved|adopted|accepted|endorsed)\b|\b(?:сообщ\w*|пиш\w*|писал\w*|"
                             r"утвержда\w*)\s*,?\s+что\b.*\b(?:одобрен[аоы]?|принят[аоы]?|утвержден[аоы]?|одобрили|приняли|"
                             r"утвердили)\b", re.IGNORECASE)


# a commitment reaffirmed, which a typo reading takes for adopting ("итоги подтвердили приверженность": "утвердили")
_REAFFIRMED_RE = re.compile(r"\bподтвер(?:д|жд)\w*\s+(?:\w+\s+){0,3}?приверженност\w*|"
                            r"\bприверженност\w*\s+(?:\w+\s+){0,3}?подтвер(?:д|жд)\w*|"
                            r"\bpodtver\w*\s+(?:\w+\s+){0,3}?priverzhennost\w*|\breaffirm\w*|"
                            r"\bподтвержда\w*\W*$", re.IGNORECASE)  # (and "... Подтверждается?": the claim checked)


# what a side wanted or proposed ("what did Uzbekistan want done with ...", "чего добивается Узбекистан")
_WANTED_RE = re.compile(r"\b(?:wants?|wanted|wanting|propos\w*|suggest\w*|call(?:s|ed)?\s+for|push\w*\s+for|stands?\s+for|"
                        r"хоч\w*|хотел\w*|хотят|предлага\w*|предлож\w*|добива\w*|выступа\w*\s+за|призыва\w*|"
                        r"hochet|hoteli|predlaga\w*)\b", re.IGNORECASE)


def _their_heads_words(matcher: Matcher, r: Reading) -> Reply | None:
    """What the head of a delegation the question names said on its subject, found by retrieval, when every fact
    found is that head's words at the threshold or above; None otherwise."""
    heads = {s.id for country in r.countries for s in delegation_heads(matcher, country)}
    if not heads or not _WANTED_RE.search(r.question):
        return None  # (not "what customs duty rates apply between Uzbekistan and Russia under the agreement")
    found = retrieve(matcher, r)
    if len(heads) == 1 and not found.answered:  # ("Uzbekistan wants to tear up the CIS free trade agreement?": his
        _, unknown = matcher.analyze(r.question)  # words on free trade, read without the words no fact knows)
        if any(never_a_typo(w) for w in unknown):
            return None  # ("... a common currency agreement": a subject of its own)
        bare = read(matcher, without_words(r.question, set(unknown)) or r.question, r.language)
        found = say_reply(matcher, replace(bare, people=tuple(heads)), next(iter(heads)))
    shown = _shown_ids(found)
    statements = matcher.factbase.statements
    subject = [keys for keys in subject_keys(matcher, r, known_only=True, outcome=False)
               if not any(k.startswith("C:") for k in keys) and not keys & {"@propose", "@say", "@want", "@cis"}]
    if not found.answered or (found.score or 0) < matcher.threshold or not shown or not subject \
            or not all(i in statements and statements[i].speaker in heads for i in shown) \
            or not any(doc_holds(matcher, i, subject) for i in shown):
        return None  # (the whole subject held: not "what did Russia want done with the free trade agreement",
    return found  # Mishustin's "trade partner"; nor "the agreement on free trade in services", Aripov's goods)


def _proposal_not_decision(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """"Did the meeting adopt a roadmap for the partnership of the CIS regions?": answered by a proposal only
    (Aripov called for one), which no report says was adopted: said, unanswered. The reply otherwise."""
    if not reply.answered or not (asks_yes_or_no(r) or _REPORT_THAT_RE.search(r.question)) or "@adopt" not in r.keys \
            or _REAFFIRMED_RE.search(r.question) or corrects_the_question(r.language, reply.headline):
        return reply  # (and "which outlets report that Aripov's proposals were approved": a claim put the same way)
    shown = _shown_ids(reply)
    statements = matcher.factbase.statements
    # "were Aripov's proposals approved": his proposals as such, whatever else his words tell of adopting
    proposals_as_such = "@propose" in r.keys and not [keys for keys in subject_keys(matcher, r, known_only=True,
                                                                                  outcome=False)
                                                      if not keys <= {"@source", "@say", "@meeting"}]
    if not shown or not all(i in statements and (proposals_as_such or not _DECIDED_IN_QUOTE_RE.search(
            statements[i].quote)) for i in shown):
        return reply  # a document, or words that tell of a decision ("the concept adopted in June")
    said = phrase(r.language, "no_decision_on")  # (a list's own "these facts match equally well" left out)
    return with_changes(reply, answered=False, headline=said if reply.items else f"{said} {reply.headline}")


def _each_persons_part(matcher: Matcher, question: str, r: Reading, context: Context | None) -> tuple[Reply, Context] | None:
    """Each part of a question of two that names one person each ("what did Aripov propose and what did Mishustin
    say"), answered apart and joined, when the whole read one person's subject into the other's; None otherwise."""
    parts = _parts_of(question)
    if parts is None:
        return None
    readings = [read(matcher, part, r.language) for part in parts]
    if any(len(part.people) != 1 for part in readings) or readings[0].people == readings[1].people:
        return None
    first, after_first = _answer_asked(matcher, parts[0], r.language, context, in_parts=False)
    second, after = _answer_asked(matcher, parts[1], r.language, after_first, in_parts=False)
    if not (first.answered and second.answered):
        return None
    return _joined(matcher, first, second), after


# "name them": "назовите", "прошу назвать", "their names"
_NAME_THEM_RE = re.compile(r"\b(?:назовите|назвать|назови|перечислите|names?)\b", re.IGNORECASE)
_MET_EACH_OTHER_RE = re.compile(r"\b(?:meet|met|meeting\s+between|bilateral\w*|talks|встречал\w*|встретил\w*|переговор\w*|"
                                r"двусторонн\w*|vstrechal\w*|vstretil\w*)\b", re.IGNORECASE)  # ("did the Armenian and Azerbaijani deputies meet")
_NOT_HEADS_KEYS = frozenset({"@propose", "@document", "@sign", "@count", "@next", "@source", "@agenda", "@adopt", "@when",
                             "@where", "@host"})  # ("When will Armenia host the council of heads of government?")
_HEADS_KEYS = frozenset({"@who", "@premier", "@participate", "@deputy", "@minister"})


def _each_countrys_head(matcher: Matcher, r: Reading) -> Reply | None:
    """Who headed each of two or more delegations a question names ("Who led the delegations of Armenia and
    Azerbaijan?", "Назовите глав правительств Узбекистана и Кыргызстана"), joined; None when something else is
    asked of them (what they proposed, signed) or one of them sent no delegation the reports name."""
    named = _NAME_THEM_RE.search(r.question) is not None
    if r.people or r.keys & _NOT_HEADS_KEYS or "@say" in r.keys and not named or _MET_EACH_OTHER_RE.search(r.question) \
            or not (r.keys & _HEADS_KEYS or named or set(r.words) & {"headed", "led", "возглавлял", "возглавляли"}):
        return None
    if money_asked(r.words) and not (r.keys & _HEADS_KEYS or set(r.words) & {"headed", "led", "возглавлял", "возглавляли"}):
        return None  # "назовите сумму, которую Россия выделила Киргизии": an amount named, no heads of delegation
    heads = [delegation_heads(matcher, country) for country in r.countries]
    if not all(heads):
        return None
    replies = [fact_reply(matcher.factbase, each[0].id, r.language, score=reading_score(r)) for each in heads]
    return with_changes(_all_joined(matcher, replies), intent="attend")


# two names side by side, joined: "Lebedev's and Mishustin's", "Лебедева и Мишустина", "Lebedev, Mishustin"
_NAMES_JOINED_RE = re.compile(r"\b[A-ZА-ЯЁ][\w-]+(?:['’]s)?\s*(?:,|\band\b|\bи\b|&)\s*[A-ZА-ЯЁ][\w-]+")
# "Лебедева цитирует по какому агентству? Мишустина — по какому?", "... And Mishustin?": the same asked of a second name
_AND_THE_NEXT_NAME_RE = re.compile(r"[?!.]\s+(?:(?:and|а|и)\s+)?[A-ZА-ЯЁ][\w-]+(?:['’]s)?\s*(?:[—–-]\s*)?(?:по\s+какому|"
                                   r"через\s+какое|на\s+какое|на\s+кого|which\s+one|via\s+which|through\s+which)?\s*\?\s*$",
                                   re.IGNORECASE)


def _reports_of_their_words(matcher: Matcher, person: str) -> set[tuple[str, str]]:
    """The reports, each with the agency it cites, that carry a person's words from this meeting (not a report
    published before it: Lebedev's June announcement)."""
    factbase = matcher.factbase
    held = factbase.meeting.date if factbase.meeting is not None else None
    return {(statement.source, statement.via or "") for statement in factbase.statements.values()
            if statement.speaker == person and not factbase.said_elsewhere(statement)
            and not (held and (published := factbase.sources[statement.source].published) and published < held)}


def _each_persons_source(matcher: Matcher, r: Reading) -> Reply | None:
    """Where each person's words come from, for a question naming two or more ("which agencies relayed Lebedev's
    and Mishustin's words"), joined; None unless the names stand side by side, joined by "and" (not "what Mishustin
    said about Lebedev"), and each one's is found and they differ."""
    if not (_NAMES_JOINED_RE.search(r.question) or _AND_THE_NEXT_NAME_RE.search(r.question)) or any(len(_reports_of_their_words(matcher, person)) != 1
                                                       for person in r.people):
        return None  # (Aripov's words come from three reports: the whole's reply names them all)
    replies = [_reasoned_with_premises(matcher, replace(r, people=(person,))) for person in r.people]
    if not all(reply.answered and reply.intent == "attribution" for reply in replies) \
            or len({reply.headline for reply in replies}) < len(replies):
        return None
    return _all_joined(matcher, replies)


def _labels_before(question: str, asked: str) -> list[str]:
    """The sentences of a message that end with a colon, other than the asked one ("Расулзода:")."""
    return [s for s in _sentences(question) if s.rstrip().endswith(":") and s.strip() != asked.strip()]


def _names_outside(matcher: Matcher, question: str, asked: str) -> bool:
    """True when a label before the asked sentence holds a name no fact knows ("Eurasian Development Bank: any role
    or financing announced?": the label is what is asked about), or a country no fact holds ("Молдова: ...")."""
    return any(unknown_names(matcher, told) or bool(told.unknown_entities)
               for told in (read(matcher, f"... {label}") for label in _labels_before(question, asked)))


_WHO_SAID_RE = re.compile(r"\b(?:who|whose|кто|чьи|чья|чей|kto)\b", re.IGNORECASE)


def _someone_elses_words(matcher: Matcher, question: str, asked: str, found: Reply) -> bool:
    """True when a label before the asked sentence names people and the asked sentence alone found the words of
    none of them ("Расулзода: цитата из выступления?": Smailov's words, found for "a quote from the speech")."""
    labels = _labels_before(question, asked)
    if not labels or names_a_person(matcher, asked) or _WHO_SAID_RE.search(asked):
        return False  # ("Golovchenko: what did Mishustin say about the EAEU?", "Grigoryan: who said 'reliable ally'?":
        # the asked sentence names its own subject, or asks whose words they are)
    tokens = [t for label in labels for t in matcher.analyze(label)[0]]
    named = {k[2:] for t in tokens for k in t.keys if k.startswith("P:")}
    statements = matcher.factbase.statements
    speakers = {statements[i].speaker for i in _shown_ids(found) if i in statements}
    return bool(named) and bool(speakers) and not speakers & named


def _label_not_held(matcher: Matcher, question: str, asked: str, found: Reply) -> bool:
    """True when a label before the asked sentence names a subject of two words or more that one fact holds whole,
    and the asked sentence alone found facts holding no word of it ("Брифинг 20 мая: кто проводит, какая повестка?":
    where the venue was decided, found for "who holds it"; the briefing on 20 May is what is asked about). Not a
    heading one fact holds in part ("Industrial policy:", "Standards and certification:"), nor a report named."""
    shown = _shown_ids(found)
    for heading in _labels_before(question, asked) if shown else ():
        reading = read(matcher, heading)
        subject = [keys for keys in subject_keys(matcher, reading, known_only=True)
                   if not any(k.startswith(("P:", "C:")) for k in keys)]
        if len(subject) < 2 or sources_named(matcher, reading):
            continue
        whole = [c.fact_id for c in matcher.rank(heading, reading.language, limit=3)
                 if keys_held(matcher, c.fact_id, subject) == len(subject)]
        if whole and not any(keys_held(matcher, i, [keys]) for i in shown for keys in subject):
            return True
    return False


# a question that goes on from the sentence before it ("... noted that he is in favor of something. In favor of
# what?", "... О чём именно?"): a preposition first, a fragment no reading can take alone
_ELLIPTIC_START_RE = re.compile(r"^\W*(?:in|of|for|about|with|to|on|at|by|from|в|во|о|об|про|на|за|для|с|со|к|по|от)\s"
                                r"(?:.*\s)?(?:what|whom|which|чём|чем|чего|кого|ком|чему|кому|каком|какой)\W*$", re.IGNORECASE)
_NARROWING_START = frozenset("""only just but except not and or also especially mainly только лишь но кроме не и или
    также особенно именно""".split())


def _only_background_after(question: str, asked: str) -> bool:
    """True unless a sentence after the asked one narrows it: a fragment of three words or fewer, or one opening
    with "only", "but", "except" ("Who attended? Only the women."); background otherwise ("I have seen different
    figures", "The Asia-Plus article appears to break off there")."""
    _, after = _around(question, asked)
    return not any((len(words := tokenize(s)) <= 3 and not set(words) <= _PLEASE_ANSWER) or words[0] in _NARROWING_START
                   for s in after)


# a request that only presses for the answer, after the question ("Уточните.", "Please confirm.", "Срочно!")
_PLEASE_ANSWER = frozenset("""уточните уточни подтвердите подтверди проверьте проверь срочно пожалуйста плиз pls please
    clarify confirm specify check asap urgently thanks спасибо""".split())


# a question's first words in Russian typed in Latin letters ("chto on tam skazal", "a kto ...")
_OPENS_IN_LATIN_RE = re.compile(r"^\W*(?:(?:a|i|no)\s+)?(?:chto|kto|gde|kogda|kak|kakoy|kakaya|kakie|kakoe|skolko|pochemu)\b",
                                re.IGNORECASE)


def _asks_on_after(question: str, asked: str) -> bool:
    """True when a sentence after the asked one opens as a question without its mark ("mirziyoyev sam byl na
    zasedanii? chto on tam skazal")."""
    _, after = _around(question, asked)
    return any(_OPENS_A_QUESTION_RE.match(s) or _OPENS_IN_LATIN_RE.match(s) for s in after)


_BESIDES_GATE = ("besides", "apart from", "aside from", "other than", "кроме", "помимо", "krome", "pomimo")
# a subject set aside in a question of what someone said: "What else, besides the Belt and Road, did Smailov say?"
_BESIDES_TOPIC_RE = re.compile(r"\b(?:apart from|aside from|besides|other than|кроме|помимо|krome|pomimo)\b([^;:?!.]*)",
                               re.IGNORECASE)
_CONJUNCT_RE = re.compile(r",|\band\b|\bи\b|\bили\b|\bor\b", re.IGNORECASE)  # "the EAEU remark and the prosperity one"


# where the question goes on after what "besides" sets aside: ", did Mishustin say", ", говорил Арипов"
_REST_OF_QUESTION_RE = re.compile(r"\s*(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could|говорил\w*|"
                                  r"сказал\w*|заявил\w*|предлагал\w*|предложил\w*|упоминал\w*|говорит|а|и\s+что)\b",
                                  re.IGNORECASE)
_NAME_ALONE = 3  # words of what "besides" sets aside that are a name, not a claim ("besides the Kazakh PM")


def _set_aside(matcher: Matcher, after: str, language: str) -> str:
    """What "besides" sets aside, of the words after it: up to the comma before the rest of the question ("besides
    the EAEU remark, the prosperity remark and the ally line, did he say": all three; "кроме торговых барьеров,
    Токаев говорил": not Tokayev, nor his saying)."""
    segments = after.split(",")
    kept = [segments[0]]
    for segment in segments[1:]:
        told = read(matcher, segment, language)
        if told.people or WH_RE.search(segment.lower()) or _REST_OF_QUESTION_RE.match(segment):
            break
        kept.append(segment)
    return ",".join(kept)


def _besides_the_subject(matcher: Matcher, question: str, r: Reading) -> Reply | None:
    """"What else, besides the Belt and Road, did Smailov say?", "Что ещё, кроме торговых барьеров, Токаев
    говорил ...?": the one person's words the question without that clause finds, less those on the subject it sets
    aside; none left is said, unanswered. None when no one person is asked of, or a person or country is set aside
    (the reading's rules answer "who besides Smailov"), or what is left is not that person's words alone."""
    found = _BESIDES_TOPIC_RE.search(question)  # (as asked: the reading leaves "кроме ЕАЭС" out)
    if found is None or len(r.people) != 1:
        return None
    clause = _set_aside(matcher, found.group(1), r.language)
    end = found.start(1) + len(clause)
    aside = read(matcher, clause, r.language)
    # (each thing set aside: "кроме энергосистем и импортозамещения", "besides the EAEU remark and the prosperity one")
    subjects = [keys for part in _CONJUNCT_RE.split(clause)  # (a country named is no subject: "the Kazakh president's")
                if (keys := [k for k in subject_keys(matcher, read(matcher, part, r.language), known_only=True)
                             if not all(key.startswith(("C:", "P:")) for key in k)])]
    if (aside.people or aside.countries) and len(tokenize(clause)) <= _NAME_ALONE or not subjects:
        return None  # (a person or country set aside is the reading's: not "besides that Russia remains an ally")
    rest = read(matcher, question[:found.start()] + " " + question[end:], r.language)
    if rest.people != r.people or not asks_what_said(rest):  # (not "Apart from a forum, what was to be in it?")
        return None
    person = r.people[0]
    shown = _shown_ids(_reasoned_with_premises(matcher, rest))
    statements = matcher.factbase.statements
    left = [i for i in shown if not any(holds_the_subject(matcher, i, subject) for subject in subjects)]
    name = speaker_name(matcher.factbase.speakers[person], r.language)
    if not left and shown:
        return abstain(matcher, r, "say", phrase(r.language, "said_nothing_else", name=name))
    if not left or len(left) == len(shown) or not all(i in statements and statements[i].speaker == person for i in left):
        return None  # (nothing of what was set aside found: "besides Ashgabat", which his words do not name)
    return list_reply(matcher.factbase, r.language, phrase(r.language, "said_besides", name=name, count=len(left)),
                      left, intent="say", fact_id=person, score=reading_score(r))


def _all_their_words_asked(matcher: Matcher, question: str, reading: Reading, reply: Reply) -> bool:
    """True when a reply listing one person's words, none on the subject asked, answers a later question of the
    message that asks what that person said at all ("... ? Что он сказал на заседании?", "... ? What did he say?")."""
    shown = _shown_ids(reply)
    statements = matcher.factbase.statements
    if len(reading.people) != 1 or not shown \
            or not all(i in statements and statements[i].speaker == reading.people[0] for i in shown):
        return False
    for sentence in asking_sentences(_sentences(question))[1:]:
        later = read(matcher, sentence, reading.language)
        if "@say" in later.keys and not later.topic and set(later.people) <= set(reading.people) \
                and not _A_QUOTE_ASKED_RE.match(sentence) and not later.countries and not set(tokenize(sentence)) & _OF_SOMETHING and not _FIGURES_RE.search(sentence) \
                and not _NAMED_IT_RE.search(sentence):
            return True  # (not "What exactly did he say about it?", "Смаилов называл цифру?", "Смаилов называл?": of the
            # first's subject)
    return False


def _their_words_none(matcher: Matcher, question: str, reading: Reading, reply: Reply) -> bool:
    """True when the message asks, after a claim, what the one person it names said, and the reply shows only
    another speaker's words, none of which recall that person's ("Tokayev spoke on trade barriers, didn't he? What
    did he say?": Smailov's words recalling Tokayev's are his)."""
    shown = _shown_ids(reply)
    statements = matcher.factbase.statements
    if len(reading.people) != 1 or not shown or _HIS_WORDS_ASKED_AFTER_RE.search(question) is None:
        return False
    person = reading.people[0]
    return all(i in statements and statements[i].speaker != person
               and f"P:{person}" not in matcher.doc_by_id[i].entities for i in shown)


# a later question asking what the person said ("..., didn't he? What did he say?", "... — да? Что он сказал?")
_HIS_WORDS_ASKED_AFTER_RE = re.compile(r"\?.*\b(?:what\s+(?:did|does|exactly\s+did)\s+(?:he|she)\s+(?:say|said)|"
                                       r"что\s+(?:именно\s+)?(?:он|она)\s+(?:сказал|говорил|заявил)\w*)\b", re.IGNORECASE)
# a quote of the first question's subject asked for, no more ("Лебедев прошёлся по Западу? Цитата есть?", "Any
# quote?", "Exact words please"): not all that person said
_A_QUOTE_ASKED_RE = re.compile(r"^\W*(?:(?:а|и|and|so)\s+)?(?:(?:is|are)\s+there\s+(?:a\s+|any\s+)?|any\s+|"
                               r"есть\s+(?:ли\s+)?(?:хоть\s+)?(?:одна\s+|какая-то\s+|какая-нибудь\s+)?)?"
                               r"(?:direct\s+|exact\s+|прям\w*\s+|точн\w*\s+)?(?:quotes?|quotation|цитат\w*|слова|words)"
                               r"(?:\s+(?:есть|имеется|please|pls|пожалуйста))?\W*$", re.IGNORECASE)
# a verb of naming or mentioning, its object the first question's ("... товарооборот в цифрах? Смаилов называл?")
_NAMED_IT_RE = re.compile(r"\b(?:назыв\w*|назвал\w*|упомина\w*|упомянул\w*|nazyva\w*|nazval\w*|upomina\w*|upomyanul\w*|"
                          r"mention(?:ed|s)?|named?|cited?)\b",
                          re.IGNORECASE)
_OF_SOMETHING = frozenset("about on regarding that this it об о обо про насчет насчёт этом это этого том".split())


def _opens_the_message(question: str, asked: str) -> bool:
    """True when the asked sentence comes first, after greetings at most: its "they" or "there" cannot point at
    the asker's story after it ("Did they sign anything on mining and metals? Not my business but my cousin's.")."""
    before, _ = _around(question, asked)
    return all(set(tokenize(s)) <= _COURTESY for s in before)


def _around(question: str, asked: str) -> tuple[list[str], list[str]]:
    """The sentences before the asked one and those after it; every sentence before, and none after, when it is not
    one of them."""
    sentences = [s.strip() for s in _sentences(question)]
    if asked.strip() not in sentences:
        return sentences, []
    at = sentences.index(asked.strip())
    return sentences[:at], sentences[at + 1:]


def _the_one_asking_sentence(question: str) -> str | None:
    """The one sentence of several that ends with a question mark, or None."""
    sentences = _sentences(question)
    asking = asking_sentences(sentences)
    return asking[0] if len(sentences) > 1 and len(asking) == 1 else None


def _first_sentence_corrected(matcher: Matcher, question: str, language: str, context: Context | None) -> Reply | None:
    """The reply to the first of several sentences, a yes-or-no question, when it corrects what that question
    puts ("Was the Bishkek meeting actually held in Astana? The Astana Times dateline says ASTANA."); None
    otherwise (one sentence, or a first that is no claim or is borne out)."""
    sentences = _sentences(question)
    if len(sentences) < 2 or not sentences[0].rstrip().endswith("?"):
        return None
    first = read(matcher, sentences[0], language)
    if not asks_yes_or_no(first):
        return None
    checked, _ = _answer_asked(matcher, sentences[0], language, context, in_parts=False)
    return checked if checked.answered and corrects_the_question(checked.language, checked.headline) else None


# reservations entered on what was signed ("did Armenia sign all of the documents, or did Yerevan enter
# reservations", "подписал с оговорками"; not "significant", nor "какие оговорки делает Узбекистан о зоне
# свободной торговли", whose reservations are its words)
_RESERVATIONS_RE = re.compile(r"\b(?:sign|signs|signed|signing|signatory|signatories|подпис\w*|documents?|документ\w*)\b"
                              r".{0,60}\b(?:reservations?|оговорк\w*|особ\w+\s+мнени\w*)\b|"
                              r"\b(?:reservations?|оговорк\w*|особ\w+\s+мнени\w*)\b.{0,60}\b(?:sign|signs|signed|signing|"
                              r"signatory|signatories|подпис\w*|documents?|документ\w*)\b")


def _reservations_asked(matcher: Matcher, r: Reading, text: str) -> bool:
    """True when reservations on the documents signed are asked, and nothing else a report answers: no count or
    list of the documents ("how many documents were signed, and were there reservations?"), no speaker whose words
    the reports carry ("Uzbekistan's reservations on the free trade agreement": Aripov's words)."""
    if not _RESERVATIONS_RE.search(text) or "@count" in r.keys or _WHICH_DOCUMENTS_RE.search(text):
        return False
    speakers = r.people or people_by_role(matcher, r)
    return not any(statements_of(matcher, p) for p in speakers)


_WHICH_DOCUMENTS_RE = re.compile(r"\b(?:which|what|какие|какой|что)\s+(?:\w+\s+)?(?:documents?|документ\w*|"
                                 r"(?:was|were|было|были)?\s*(?:signed|подписа\w*))")


_VENUE_WORDS = frozenset("venue venues место местом".split())


def _where_its_venue_was_chosen(matcher: Matcher, r: Reading) -> bool:
    """True when the question asks where or when this meeting's city was chosen ("Бишкек выбрали на встрече в
    Минске?"): the meeting it names is where that happened, put wrong or right, no other meeting asked about."""
    meeting = matcher.factbase.meeting
    if "@choose" not in r.keys or meeting is None:
        return False
    city = {k for place in (meeting.place, meeting.place_ru or "") for t in matcher.analyze(place)[0] for k in t.keys}
    if not city & r.keys and not set(r.words) & _VENUE_WORDS:  # ("the venue was chosen at the Minsk meeting")
        return False
    places = {w for w in r.words if other_place(matcher, w)}  # the city put wrong; no other body ("for the SCO
    return other_event(matcher, read(matcher, without_words(r.question, places), r.language)) is None  # summit")


def _reaction_to_the_named(matcher: Matcher, r: Reading, text: str) -> bool:
    """True when the question asks how someone reacted to what the person it names did or said ("how did
    Armenian media react to Grigoryan attending"; not "how did Lebedev react to the proposals"), or how one
    it names who is quoted saying nothing judged another's speech ("как Токаев оценил выступление Смаилова")."""
    if len(r.people) == 1:
        found = _REACTED_TO_RE.search(text)
        return found is not None and names_right_after(matcher, text, found.end(), r.people[0], _REACTED_TO_WORDS) \
            and not _names_a_body(matcher, r)
    return len(r.people) > 1 and _JUDGED_RE.search(text) is not None and not statements_of(matcher, r.people[0])


_REACTED_TO_WORDS = 3  # how near the one reacted to is named ("react to Mher Grigoryan attending"; not "respond to
# proposals, according to Lebedev")


def _adds_facts(first: Reply, whole: Reply) -> bool:
    """True when the first reply shows a fact the whole does not (so joining them adds something)."""
    return bool(set(_shown_ids(first)) - set(_shown_ids(whole)))


def _the_asked_sentence(matcher: Matcher, question: str) -> str | None:
    """The one sentence of several that asks ("What was on the agenda? Short summary please.", "I am
    writing a paper. Who spoke?"), when the others add nothing to it: no word the facts hold beyond
    what it holds and the question's frame, no name, no number. None otherwise."""
    sentences = _sentences(question)
    if len(sentences) == 2 and set(tokenize(sentences[0])) <= _CHECK_LABELS and sentences[0].rstrip().endswith(":") \
            and not sentences[1].rstrip().endswith("?"):
        return sentences[1].rstrip(" .!") + "?"  # "Confirm: the Council met in Bishkek on 26 October.": a check
    asked = asking_sentences(sentences)
    if len(sentences) < 2 or len(asked) != 1:
        return None
    after = sentences[sentences.index(asked[0]) + 1:]
    of_the_asker = [t for t in after if _opens_with_the_asker(tokenize(t))
                    and not _names_a_person_or_country(matcher, t)]  # (not "Кто выступал? Мне нужны цитаты Мишустина.")
    narrows = bool(after) and len(of_the_asker) == len(after) and any(_holds_a_subject(matcher, t) for t in after)
    own = narrows and _subject_of_its_own(matcher, asked[0])
    if narrows and not own and len(after) == len(sentences) - 1 == 1:
        # "Кто выступал? Пишу про ЕАЭС.", "What did Aripov propose? Need the energy part only.": the question, narrowed
        narrowed = [w for w in after[0].split() if w.lower().strip(".,!;:") not in _NARROWING_FILLER]
        return f"{asked[0].rstrip(' ?')} {' '.join(narrowed).rstrip(' .!')}?"  # (without "пишу", "мне нужна", "only")
    if after and len(of_the_asker) == len(after) and (not narrows or own):
        sentences = sentences[:len(sentences) - len(after)]  # "... ? Мой отец воевал под Сталинградом.": who asks
        if len(sentences) == 1:  # "Who attended? My editor needs it."
            return asked[0]
    if sentences[-1] is asked[0] and not set(tokenize(asked[0])) & _BACK_REFERENCES:
        # background first, then the question naming this meeting itself ("In 2023 there were several CIS
        # meetings ... For the heads of government meeting, what did ...?", "... По заседанию в Бишкеке: ...?");
        # not "Tokayev's name appears ... Did he attend?", whose "he" is in the background
        before = sentences[-2]
        labelled = before.rstrip().endswith(":") and not _desk_label(matcher, before) \
            and not _purpose_label(matcher, before) \
            and not set(tokenize(before)) <= _ADDS_NOTHING  # "По заседанию в Бишкеке 26 октября:", kept with it
        kept = f"{before} {asked[0]}" if labelled else asked[0]
        if _names_this_meeting(matcher, kept):
            return kept
    mine = set(tokenize(asked[0])) & _MINE  # "I'm from Ashgabat: when is the meeting in my city?": the label counts
    for sentence in sentences:
        if sentence is not asked[0] and not set(tokenize(sentence)) <= _ADDS_NOTHING \
                and not (_desk_label(matcher, sentence) and not mine) and not _purpose_label(matcher, sentence) \
                and not (set(tokenize(sentence)) & _PURPOSE and _of_the_asker(matcher, sentence)
                         and (_names_this_meeting(matcher, asked[0]) or _subject_of_its_own(matcher, asked[0]))):
            # (what the answer is for, beside a question that holds its own subject: "I'm building a lesson for my
            # 10th graders. Where did they meet, and where is their next meeting?")
            return None  # "I mean a different meeting. Who spoke?", "Who spoke? Only women."
    return asked[0]


def _the_question_and_what_it_points_at(matcher: Matcher, question: str) -> str | None:
    """The last sentence, a question pointing back ("Which day was it exactly?"), with the one sentence before it,
    when more come before them (a letter's life story); the one before without who told the asker of it ("My
    grandson says ..."). None otherwise."""
    sentences = _sentences(question)
    if len(sentences) < 3 or not sentences[-1].rstrip().endswith("?") or sentences[-2].rstrip().endswith("?") \
            or not _points_back(matcher, sentences[-1]):
        return None
    if _cities_not_its_venue(matcher, sentences[:-2]):
        return None  # ("Мой сын работает в Ашхабаде. Он говорит, что у них будет встреча. Когда она будет?": their city
        # is in the story)
    before = _TOLD_BY_RE.sub("", sentences[-2]) or sentences[-2]
    if _ANOTHER_COUNCIL_RE.search(before):
        return None  # ("the presidents met in Bishkek", "the CIS summit was on 13 October": what it points at may be
        # another meeting, or a day put to be checked)
    if set(tokenize(sentences[-2])) & _SUCH:  # ("там урановое производство было. Слышал, что подписали что-то
        # насчёт таких мест. Как эта программа называется?": what "таких мест" are, the subject the story names)
        named = [t.word for t in matcher.analyze(sentences[-3])[0]
                 if any(k.startswith("@") and k not in FRAME and k not in TITLE_KEYS for k in t.keys)]
        before = f"{' '.join(named)} {before}" if named else before
    return f"{before} {sentences[-1]}"


_SUCH = frozenset("таких такие такого таким such".split())  # "насчёт таких мест": of what the story told
# words of a meeting that may be another than the heads of government's ("the presidents met", "the CIS summit",
# "the leaders"): a sentence a question points back at that holds them names no meeting for sure
_ANOTHER_COUNCIL_RE = re.compile(r"\b(?:presidents|президенты|президентов|summit\w*|саммит\w*|leaders?|лидер\w*|"
                                 r"heads?\s+of\s+state|глав\w*\s+государств\w*)\b", re.IGNORECASE)  # (not "Kazakhstan's
# president sent his prime minister": one president, who did not meet)


# who told the asker ("My grandson says", "Внук говорит, что"): no part of what the question points at
_TOLD_BY_RE = re.compile(r"^\W*(?:my|мой|моя|мои|у\s+меня)?\s*\w+\s+(?:says|said|told\s+me|tells\s+me|говорит|сказал\w*|"
                         r"рассказал\w*|пишет)\s*,?\s*(?:that|что)?\s*", re.IGNORECASE)


def _without_the_askers_background(matcher: Matcher, question: str) -> str | None:
    """The question without the sentences before it that tell of the asker ("Я человек старой закалки и привык
    доверять словам, а не пересказам журналистов.", "Сорок лет я проработал на металлургическом комбинате.") or
    greet; None when there are none, or when the question left has no subject of its own and points back at
    what they tell of. Read only when the whole question finds nothing ("I found the Trend and AzerNews pieces
    on a third-party site. Which one republished them?" is answered as it stands)."""
    return _background_left_out(matcher, question, kin=True)


def _background_left_out(matcher: Matcher, question: str, kin: bool) -> str | None:
    """The question without the sentences before it that tell of the asker (and, with `kin`, of the asker's
    family), as `_without_the_askers_background` reads it."""
    sentences = _sentences(question)
    kept = list(sentences)
    while len(kept) > 1 and _of_the_asker(matcher, kept[0], kin=kin):
        kept = kept[1:]
    told_before = len(sentences) - len(kept)
    kept = [*[s for s in kept[:-1] if not _aside_of_the_asker(matcher, s, kin=kin)], *kept[-1:]]  # (none in "")
    if len(kept) == len(sentences):
        return None
    rest = " ".join(kept)
    if kin and _asks_of_the_relative(matcher, rest, [sentence for sentence in sentences if sentence not in kept]):
        return _background_left_out(matcher, question, kin=False)  # "Мой брат живёт в Баку. Кто он по должности?":
        # "он" is the brother, whom the question asks of (no delegate)
    if _subject_of_its_own(matcher, rest):
        return rest
    told = [keys for sentence in sentences[:told_before] if not set(tokenize(sentence)) <= _ADDS_NOTHING
            for keys in subject_keys(matcher, read(matcher, sentence), known_only=True) if not keys & _TIME_KEYS]
    # a question with no subject of its own that points back, after sentences telling of one, means it ("I was a
    # volunteer ... whether anything about volunteers came of it. Was anything adopted on that?"; not "на этом
    # заседании", this meeting)
    if told and _points_back(matcher, rest):
        # a relative's errand the question points back at is the question ("Дочь попросила меня узнать, кто от
        # Казахстана ездил в Бишкек. ... Подскажите, кто это был?"): the asker's own asides alone left out
        return _background_left_out(matcher, question, kin=False) if kin else None
    return rest


def _asks_of_the_relative(matcher: Matcher, rest: str, left_out: list[str]) -> bool:
    """True when a question asks of a relative a sentence left out tells of, by "he" or "she" ("Мой брат живёт в
    Баку. Кто он по должности?"); not of a thing ("Мой сын ... программу по геодезии ... до какого года она
    рассчитана?": "она" is no son)."""
    asked = {w for sentence in _sentences(rest) if sentence.rstrip().endswith("?") for w in _not_after_who(tokenize(sentence))}
    told = {w for sentence in left_out for w in tokenize(sentence)}
    # a city the facts speak of, another meeting's, which "there" may ask of ("My father worked in Ashgabat in 1985.
    # When is the meeting there?": Ashgabat's; not "Моя дочь живёт в Бишкеке. Что у них подписали?": this meeting's
    # city, nor "... Tashkent. Was Uzbekistan's prime minister there?": at the meeting, a country asked of)
    elsewhere = [city for city in _cities_not_its_venue(matcher, left_out) if city.lower() in derived(matcher).words]
    their_place = bool(elsewhere and set(tokenize(rest)) & (_OVER_THERE | _THEIR_PLACE)) \
        and not _names_a_person_or_country(matcher, rest)
    return bool(asked & _HE and told & _KIN_MEN or asked & _SHE and told & _KIN_WOMEN or their_place)


def _not_after_who(words: list[str]) -> list[str]:
    """The words of a question but a "he" or "she" well after its "who", which is whoever the "who" finds ("Кто от
    Казахстана был на заседании и что он говорил?"), no one a sentence before it tells of (not "Кто он по
    должности?", "who is he": the one asked of)."""
    who = next((i for i, w in enumerate(words) if w in _WHO_WORDS), len(words))
    return [w for i, w in enumerate(words) if i <= who + 2 or w not in _HE | _SHE]


def _cities_not_its_venue(matcher: Matcher, sentences: list[str]) -> list[str]:
    """The cities the sentences name other than the meeting's own."""
    venue = matcher.factbase.meeting.place if matcher.factbase.meeting else ""
    return [city for sentence in sentences for w in tokenize(sentence)
            if (city := city_named(w)) and not venue.startswith(city)]


def _aside_of_the_asker(matcher: Matcher, sentence: str, kin: bool = True) -> bool:
    """True when a sentence between the question's parts tells of the asker and of nothing the reports hold but
    the news itself ("Я сама уже плохо слежу за новостями, глаза не те.")."""
    return _of_the_asker(matcher, sentence, kin=kin) and all(
        keys <= _TIME_KEYS | {"@source"} for keys in subject_keys(matcher, read(matcher, sentence), known_only=True))


def _of_the_asker(matcher: Matcher, sentence: str, kin: bool = True) -> bool:
    """True when a sentence that asks nothing greets, or tells of the asker: a word of the first person, and no
    person, country, name, place, meeting, other event, number, claim of what someone said or other thing ("My
    students claim Pashinyan went", "I covered the SCO meeting", "я был на саммите шос", "I have 20 documents in
    one dataset", "I mean the session a year earlier", "Я про другое заседание")."""
    words = set(tokenize(sentence))
    if sentence.rstrip().endswith("?") or any(len(tokenize(span)) > 1 for span in quoted_spans(sentence)):
        return False  # (words in quotation marks are someone's put to the reports: "«санкции нам только помогли».")
    if words <= _ADDS_NOTHING or _purpose_label(matcher, sentence):
        return True
    purpose = bool(words & _PURPOSE)  # "We're doing a unit on how countries remember World War II.": a name in
    # the asker's lesson is no subject put to the reports; "for my 10th graders", no number of theirs
    sentence = _GRADE_RE.sub(" ", sentence) if purpose else sentence
    kin = kin and bool(words & _KIN)  # "Дочка живёт в Ташкенте, у них зимой свет отключают.": where the family lives
    digits = _OLD_YEAR_RE.sub("", sentence) if kin else sentence  # ("Мой брат пропал без вести в 1984 году": the
    # family's past, no year of the reports)
    if not (words & _FIRST_PERSON or kin) or re.search(r"\d", digits) or words & _ANOTHER:
        return False
    if kin and _KIN_CLAIM_RE.search(sentence):
        return False  # "Мой брат говорит, что Пашинян выступал.": his claim, which the question may put to be checked
    if names_a_person(matcher, sentence) or not kin and (
            _names_a_person_or_country(matcher, sentence) or _CLAIMED_RE.search(sentence)
            or _A_NAME_RE.search(sentence) and not purpose):
        return False  # (a relative's country, city and hearsay tell of the family: "сайты для клиентов из России")
    told = read(matcher, digits)
    return not told.keys & (_ANOTHER_TIME_KEYS | {"@meeting"}) and not other_event(matcher, told) \
        and not (not kin and any(other_place(matcher, w) for w in told.words))


# a name written inside a sentence ("I covered the SCO meeting", "I interpreted at the Astana session", "I have
# always admired Lukashenko"): of a place, body or person the question may be about; not "I", nor a Russian
# adjective of a place ("на Карагандинском комбинате"), which tells where the asker was
_A_NAME_RE = re.compile(r"(?<=[\w,;:\-—–)»\"'] )(?!I\b|I'm\b|I've\b)[A-ZА-ЯЁ][\w'-]*(?<!ском)(?<!ской)(?<!ского)"
                        r"(?<!ских)(?<!ский)(?<!ская)(?<!ское)(?<!ские)(?<!ским)(?<!скую)\b")


def _points_back(matcher: Matcher, text: str) -> bool:
    """True when a word of the text points back at something before it ("on that", "did he"), not at the meeting
    ("this meeting", "на этом заседании"); a possessive before the asker's own country ("нашу Армению") is left out
    of every question before it is read (`without_asker_frames`)."""
    words = tokenize(text)
    return any(w in _BACK_REFERENCES and not (i + 1 < len(words) and _MEETING_NOUN_RE.match(words[i + 1]))
               and not (w == "they" and words[i + 1: i + 2] and words[i + 1] in _MEET)  # ("where will they meet
               for i, w in enumerate(words))  # next time": the council's members, whoever the letter told of)


_MEET = frozenset("meet met gather gathered convene convened".split())


_MEETING_NOUN_RE = re.compile(r"(?:meeting|session|summit|council|заседан|встреч|саммит|совет)")


# where the relative lives, pointed back at ("Сын работает в Ашхабаде. Он говорит, что у них будет встреча.")
_OVER_THERE = frozenset("there там туда оттуда tam".split())
_THEIR_PLACE = frozenset("них their".split())  # (not "там": "Подписали там что-нибудь?", at the meeting)
_HE = frozenset("he он".split())
_SHE = frozenset("she она".split())
_KIN_MEN = frozenset("""сын сына сыну внук внука внуку муж мужа брат брата папа папы отец дедушка дед деда прадед дядя
    племянник зять son grandson husband brother dad father grandpa grandfather uncle nephew""".split())
_KIN_WOMEN = frozenset("""дочь дочка дочке дочери внучка внучке жена жены сестра сестры мама мамы мать бабушка тётя тетя
    племянница невестка daughter granddaughter wife sister mom mum mother grandma grandmother aunt niece""".split())
# the asker's family, of whom a sentence before the question tells ("Внук дальнобойщик, ездит в Китай через Хоргос.")
_KIN = _KIN_MEN | _KIN_WOMEN | frozenset("внуки внуков grandchildren cousin".split())
_OLD_YEAR_RE = re.compile(r"\b1[89]\d\d\b")  # a year before any the reports speak of
# a claim a relative makes ("говорит, что ...", "says that ..."), not what one asks ("всё спрашивает, что там говорили")
_KIN_CLAIM_RE = re.compile(r"\b(?:says?|said|claims?|claimed|told|tells?|thinks?|говорит|говорил\w*|сказал\w*|"
                           r"утвержда\w*|пишет|писал\w*|считает|уверяет)\s*,?\s+(?:что|будто|that)\b", re.IGNORECASE)
_TIME_KEYS = frozenset({"@year", "@when"})  # "Сорок лет я проработал ...": the asker's years, no subject
_ANOTHER_TIME_KEYS = frozenset({"@previous", "@next"})  # "I mean the session a year earlier.": another meeting
_ANOTHER = frozenset("""other another different else другое другой другом другим другая другую иное иной иную
    иным""".split())  # "Я про другое заседание."
# a sentence telling what someone said or wrote, whose claim the question may be about
_CLAIMED_RE = re.compile(r"\b(?:says?|said|claims?|claimed|told|tells?|report\w*|read|heard|writes?|wrote|written|mean|meant|"
                         r"имею в виду|имел\w* в виду|"
                         r"утвержда\w*|говор\w*|сказал\w*|пишут|пишет|писал\w*|слышал\w*|читал\w*|сообща\w*|"
                         r"сообщил\w*)\b", re.IGNORECASE)


def _subject_of_its_own(matcher: Matcher, question: str) -> bool:
    """True when a question holds a subject beyond the people and countries it names ("what was Uzbekistan's
    proposal on the energy systems": a sentence after it narrows nothing more)."""
    return any(not any(k.startswith(("P:", "C:")) for k in keys)
               for keys in subject_keys(matcher, read(matcher, question), known_only=True))


def _holds_a_subject(matcher: Matcher, text: str) -> bool:
    """True when a sentence narrows to a subject the facts know ("Need the energy part only", "Пишу про ЕАЭС"): it
    narrows the question before it, it is not about the asker ("Writing for a Tashkent paper")."""
    return bool(set(tokenize(text)) & _NARROWING) and bool(subject_keys(matcher, read(matcher, text), known_only=True))


_NARROWING = frozenset("""only just part parts section bit piece про только лишь часть частью тему теме касательно насчёт
    насчет""".split())  # (not "about": "I want the list as the reports give it, not what Wikipedia says about membership")


def _names_a_person_or_country(matcher: Matcher, text: str) -> bool:
    """True when a sentence names a person or a country the facts know (not a word of several countries' names:
    "Our science unit covers uranium mining", whose "unit" is read as "United" Kingdom, States, Arab Emirates)."""
    return any(any(k.startswith("P:") for k in t.keys) or sum(k.startswith("C:") for k in t.keys) == 1
               for t in matcher.analyze(text)[0])


# a sentence about the asker after the question ("My father fought at Stalingrad."): no part of what is asked
def _opens_with_the_asker(words: list[str]) -> bool:
    """True when a sentence opens with the asker ("My editor needs it.", "maybe i travel there", "Может, я поеду")."""
    start = words[1:2] if words[:1] and words[0] in _HEDGES else words[:1]
    return bool(start) and start[0] in _FIRST_PERSON  # ("Maybe my info is old, I heard Minsk": the question alone is
    # answered, whose reply gives the right city; a claim read from the aside found other meetings' facts)


_HEDGES = frozenset("maybe perhaps probably possibly может возможно наверное наверно mozhet vozmozhno".split())
_FIRST_PERSON = frozenset("""i i'm im my we our us мой моя мое моё мои я мне меня наш наша наши мы нам хочу хотим хотели хотела
    хотел планирую планируем собираемся собираюсь готовлю готовим пишу пишем writing preparing working planning need needed""".split())
# ("Хотим приехать с делегацией бизнеса.", "Writing for a Tashkent paper.", "Need it for a briefing note.")
# the words of a narrowing sentence that are no part of its subject ("Мне нужна только часть про энергетику")
_NARROWING_FILLER = _FIRST_PERSON | frozenset("""need needs needed want only just part parts section bit piece нужна нужен
    нужны нужно надо только лишь часть частью""".split())
# words of a question that point back to a sentence before it ("... Was that at the Bishkek meeting?")
_BACK_REFERENCES = (PRONOUNS - {"on"}) | frozenset("""it its that this they them their these those same my our такой это
    этого этом эта этот эти том тот та там туда тогда мой моя моё мое моем моём моей мою наш наша наше нашей нашу
    нашем нас нём нем other another другая другой другое другую""".split())  # ("on" is "он" in Latin letters, and an English word
# too; "which is right, and where does the other date come from" points back at the dates before it)


def _names_this_meeting(matcher: Matcher, text: str) -> bool:
    """True when a sentence names this meeting by its city or its council ("in Bishkek", "глав правительств"),
    and no other place or event."""
    tokens, _ = matcher.analyze(text)
    keys = {k for t in tokens for k in t.keys}
    r = read(matcher, text)
    return bool(keys & _THIS_MEETINGS or any(day <= keys for day in _ITS_DAYS)) \
        and not {p for w in r.words if (p := other_place(matcher, w))} \
        and other_event(matcher, r) is None


_THIS_COUNCIL = frozenset({"govern", "правительств", "сгп"})  # the keys of this meeting's council's name
_THIS_MEETINGS = _THIS_COUNCIL | {"bishkek", "бишкек"}  # and its city's
_ITS_DAYS = (frozenset({"26", "octob"}), frozenset({"26", "oct"}), frozenset({"26", "октябр"}))  # "on 26 October"
# a label naming the check asked ("Confirm:", "Fact-check:", "Проверьте:")
_CITY_STARTS = frozenset(w[:6] for w in CITIES if len(w) >= 6)  # "Ташкентская редакция:": a city's adjective
_FROM_A_PLACE = frozenset("from из iz я мы ya".split())
_MINE = frozenset("my our мой моя моё мое моем моём моей мою моего наш наша наше нашей нашу нашем нашего".split())
_CHECK_LABELS = CHECK_WORDS | frozenset("please факт чек факт-чек".split())
# who is asking, as a newsroom labels it ("Dushanbe bureau:", "Minsk correspondent:", "Armenian angle:")
_DESK = frozenset("""bureau desk correspondent angle journalist reporter newsroom editor office корпункт бюро
    корреспондент журналист редакция translator переводчик переводчица photo caption фото подпись""".split())


def _purpose_label(matcher: Matcher, sentence: str) -> bool:
    """True for a label before the question that only says what the answer is for ("For a geography worksheet:",
    "Quick one for a current-events quiz:"): a word of a lesson or a piece of work, and no person or country."""
    if not sentence.rstrip().endswith(":") or not set(tokenize(sentence)) & _PURPOSE \
            or _names_a_person_or_country(matcher, sentence) or re.search(r"\d", _GRADE_RE.sub(" ", sentence)):
        return False
    told = read(matcher, without_words(sentence, _PURPOSE) or sentence)  # what the lesson is on, if anything:
    # "For my lesson on the Ashgabat meeting:", "For a quiz about the next meeting:", "Для доклада о встрече в Сочи:"
    return not told.keys & _ANOTHER_TIME_KEYS and not subject_keys(matcher, told, known_only=True) \
        and other_event(matcher, told) is None and not any(other_place(matcher, w) or city_named(w) for w in told.words)


# what an answer is for: a lesson, a school task, a piece of work
_PURPOSE = frozenset("""unit lesson lessons class worksheet quiz quizzes homework assignment project essay coursework
    course seminar lecture handout graders pupils students урок урока уроку урок классный класса классе викторина
    викторины контрольная контрольной домашка домашнее задание задания проект проекта доклад доклада реферат
    реферата курсовая курсовой семинар семинара лекция лекции школьникам ученикам урока
    geography history civics science social studies current events current-events географии география истории
    история обществознанию обществознание""".split())  # (and a school subject: "For a geography worksheet:")
_GRADE_RE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th|-?й|-?го|-?м)?\s*(?:graders?|grade|класс\w*|курс\w*)\b",
                       re.IGNORECASE)  # "for my 10th graders", "для 9 класса"


def _desk_label(matcher: Matcher, sentence: str) -> bool:
    """True for a label before the question that only says who asks ("Baku desk:", "Tajik journalist:"): a desk
    word, with nothing but a city or a country beside it."""
    words = tokenize(sentence)
    if not sentence.rstrip().endswith(":") or not set(words) & (_DESK | _FROM_A_PLACE):  # "Я из Душанбе:" too
        return False
    return all(w in _ADDS_NOTHING or w in _DESK or w in _FROM_A_PLACE or city_named(w) or w[:6] in _CITY_STARTS
               or any(k.startswith("C:") for token in matcher.analyze(w)[0] for k in token.keys) for w in words)


# commentators, whose views no report gives ("what did analysts make of it", "как оценили политологи")
_EXPERTS = frozenset("""experts analysts commentators pundits critics эксперты экспертов экспертами аналитики аналитиков
    политологи политологов обозреватели обозревателей комментаторы критики критиков eksperty politologi""".split())
# (plural: "I am an analyst" is who asks, "at expert level" a delegation's rank; observers may be delegations)
# what came of something later ("eventually", "в итоге") and the making of it ("created", "создана")
_EVENTUALLY_RE = re.compile(r"\b(?:eventually|ultimately|in the end|finally|ever|later|since then|afterwards|by now|"
                            r"after (?:this|the) meeting|since (?:this|the) meeting|после (?:этого )?заседания|"
                            r"в итоге|в конце концов|впоследствии|позже|потом|с тех пор|в результате|так и)\b")
_LATER_RE = re.compile(r"\b(?:eventually|ultimately|later|afterwards|since then|впоследствии|позже|потом|в итоге|"
                       r"в конце концов)\b")
_MADE_RE = re.compile(r"\b(?:create|adopt|launch|implement|revise|achieve|develop|introduce|ratify|realize|realise|"
                      r"reject|rejected|turned down|dropped|отклонил\w*|отклонен\w*|отклонён\w*|отверг\w*|"
                      r"publish|published|release|released|issued|опубликовал\w*|опубликован\w*|"
                      r"change|changed|improve|improved|изменил\w*|улучшил\w*|"
                      r"created|adopted|launched|implemented|set up|established|ratified|realized|realised|"
                      r"approved|built|put into practice|revised|achieved|developed|introduced|enacted|carried out|"
                      r"создан\w*|принят\w*|запущен\w*|реализован\w*|пересмотрен\w*|пересмотрел\w*|достигнут\w*|"
                      r"разработан\w*|введ[её]н\w*|ратифицирован\w*|утвержд[её]н\w*|одобрен\w*|воплощ[её]н\w*)\b")

# what came of a document signed here: how it was carried out, which the reports, ending with the signing, do not tell
# whether something proposed took place, asked ("did the forum really happen?", "состоялся ли форум?")
_HAPPENED_RE = re.compile(r"\b(?:(?:it|this|that|forum|meeting) really happen\w*|has it happened|did it (?:really )?happen|"
                          r"did (?:it|the(?: \w+){1,5}) (?:really )?take place|took place in the end|состоял\w* ли|"
                          r"так и не состоял\w*|sostoyal\w* li)\b")
_CARRIED_OUT_RE = re.compile(r"\b(?:implement|implemented|realized|realised|put into practice|carried out|fulfilled|"
                             r"реализован\w*|реализовал\w*|воплощ[её]н\w*|выполнен\w*|выполнил\w*|исполнен\w*|"
                             r"realizoval\w*|realizovan\w*|vypolnen\w*)\b")


def _what_came_of_a_proposal(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was the CIS e-commerce platform eventually created?": the reports end before that; the proposal
    they tell of is offered. None unless a yes-or-no question asks what later came of something that the
    facts hold only as someone's words (a document adopted at this meeting answers for itself)."""
    text = " ".join(r.words)
    # "was the programme carried out": after the signing (not "did Aripov propose to implement a platform")
    carried_out = _CARRIED_OUT_RE.search(text) is not None and "@propose" not in r.keys
    happened = _HAPPENED_RE.search(text) is not None  # "the Innoprom forum in April 2024, it really happen?"
    if not (_EVENTUALLY_RE.search(text) and _MADE_RE.search(text) or carried_out or happened) \
            or not (asks_yes_or_no(r) or happened or WH_RE.search(text) and _LATER_RE.search(text)):
        return None  # (and "which proposals did the Committee later reject": what came of them, asked)
    found = retrieve(matcher, r)
    if not found.answered:  # "has the geodesy programme been carried out since then": the programme, asked alone
        bare = _MADE_RE.sub(" ", _EVENTUALLY_RE.sub(" ", r.question.lower()))
        found = retrieve(matcher, read(matcher, bare, r.language))
    factbase = matcher.factbase
    signed = (found.fact_id or "") in factbase.agreements and carried_out
    if not found.answered or (found.fact_id or "") not in factbase.statements and not signed:
        return None  # ("was the concept eventually adopted": the document signed here says so)
    shown = fact_ids(found)
    # (an event of its own, asked whether it took place: "did the Innoprom forum in Tashkent take place in April 2024")
    kind = "other-event" if happened and other_event(matcher, r) is not None else "retrieval"
    reply = abstain(matcher, r, kind, phrase(r.language, "no_later_signed" if signed else "no_later"), score=found.score)
    return with_changes(reply, suggestions=tuple(Suggestion(i, fact_title(factbase, i, r.language)) for i in shown))


# an event a report only plans, asked who holds it or what it will cover: "кто будет проводить брифинг 20 мая", "what
# will be said at the briefing", "о чём расскажут на брифинге" (not when or where it is: the report gives that)
_PLANNED_EVENT_RE = re.compile(r"\b(?:брифинг\w*|briefings?|рабоч\w+\s+встреч\w*|working\s+meetings?|brifing\w*)\b",
                               re.IGNORECASE)
_HOLDS_OR_COVERS_RE = re.compile(r"\b(?:кто|who|kto)\s+(?:\w+\s+){0,3}?(?:провод\w*|провед\w*|hold\w*|give|gives|conduct\w*|"
                                 r"run\w*|lead\w*|ведёт|ведет|прим\w+\s+участие|участв\w*|take\s+part|"
                                 r"participat\w*|attend\w*|will\s+be\s+there|придут|приедут)\b|\b(?:о\s+ч[её]м|what\s+will|what\s+(?:is|are)\s+to\s+be|"
                                 r"what\s+topics?|какие\s+темы|что\s+(?:будет|расскажут|скажут|объявят)|повестк\w*|agenda)\b", re.IGNORECASE)


_RELEASED_RE = re.compile(r"размещ\w*|выпуст\w*|опубликов\w*|опубликую\w*|выложат|releas\w*|publish\w*|posted", re.IGNORECASE)
# this meeting or an earlier one named beside a briefing: "по итогам заседания в Бишкеке", "after the Bishkek meeting"
_AT_ANOTHER_OCCASION_RE = re.compile(r"\b(?:бишкек\w*|bishkek\w*|сочи|sochi|по\s+итогам|after\s+the|october|октябр\w*|2023)\b",
                                     re.IGNORECASE)


def _planned_event_unsaid(matcher: Matcher, r: Reading) -> Reply | None:
    """"Кто будет проводить брифинг 20 мая?", "what will be said at the briefing": the report that plans it gives
    its day only, which is said, with that report's fact beside; "когда собирались провести брифинг": that fact.
    None unless such an event is asked who holds it, what it will cover or when it is."""
    asked = r.asked or r.question  # (as typed: "кто проведёт встречу" is read as who hosts it)
    covers = _HOLDS_OR_COVERS_RE.search(asked) is not None
    if not _PLANNED_EVENT_RE.search(asked) or not covers and "@when" not in r.keys:
        return None
    if _AT_ANOTHER_OCCASION_RE.search(asked) or place_named(matcher, r) or names_another_time(matcher, r):
        return None  # "when was the press briefing after the Bishkek meeting", "the briefing in Sochi": not the one planned
    planned = [c.fact_id for c in matcher.rank(r.question, r.language, limit=20)
               if _PLANNED_EVENT_RE.search(" ".join(entry_texts(matcher.factbase.entry(c.fact_id))))]
    if not planned:
        return None
    if not covers and _RELEASED_RE.search(asked):  # "когда будет размещён брифинг": its release, which no report gives
        return None
    if not covers:  # "когда собирались провести брифинг": the fact that plans it, whose day is asked
        return fact_reply(matcher.factbase, planned[0], r.language, score=reading_score(r))
    reply = abstain(matcher, r, "retrieval", phrase(r.language, "planned_only"))
    return with_changes(reply, suggestions=(Suggestion(planned[0], fact_title(matcher.factbase, planned[0],
                                                                               r.language)),))


def _said_after_its_report(matcher: Matcher, r: Reading, said: Reply) -> Reply | None:
    """"What did Meredov tell journalists at the briefing on 20 May": the day asked comes after the report that
    plans it (26 April 2024), so nothing said then is in it; None unless the question names such a day."""
    factbase = matcher.factbase
    statement = factbase.statements.get(said.fact_id or "") if said.answered else None
    if statement is None:
        return None
    source = factbase.sources.get(statement.source)
    if source is None or source.published is None:
        return None
    published = source.published
    later = [(day, month) for day, month in dates_in(r.words)
             if (month, day) > (published.month, published.day)]
    if any(is_year(w) and int(w) != published.year for w in r.words):
        return None
    months = [m for m in months_named(r.words).values() if m > published.month]
    if not later and months and "@meeting" in r.keys:  # "что Мередов сказал на самом заседании в Ашхабаде в мае":
        # the meeting itself, a month after the report that plans it
        note = phrase(r.language, "said_after_report_month", publisher=source.publisher,
                      published=format_date(published, r.language), month=_MONTH_IN[r.language][months[0] - 1])
        reply = abstain(matcher, r, "say", note, score=said.score)
        return with_changes(reply, suggestions=(Suggestion(statement.id, fact_title(factbase, statement.id,
                                                                                      r.language)),))
    if not later:
        return None
    day, month = later[0]
    note = phrase(r.language, "said_after_report", publisher=source.publisher,
                  published=format_date(published, r.language), day=format_day(day, month, r.language))
    reply = abstain(matcher, r, "say", note, score=said.score)
    return with_changes(reply, suggestions=(Suggestion(statement.id, fact_title(factbase, statement.id, r.language)),))


_MONTH_IN = {"en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December"),
             "ru": ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре",
                    "ноябре", "декабре")}
# the words a surname follows in a question naming a post ("Secretary General Ivan Petrov", "генсек СНГ Оверчук")
_BEFORE_A_NAME = frozenset("""general minister pm premier chairman secretary president cis head deputy генсек снг премьер
    министр премьер-министр вице-премьер председатель президент глава""".split())


def _a_persons_name(unknown: list[str], question: str) -> list[str]:
    """The words of a person's name among capitalised words no fact knows: two or more in a row ("Ivan
    Petrov"), or one after a post ("генсек СНГ Оверчук"); not an abbreviation ("ЗСТ", "GDP") nor a word of a
    body's name ("Кабинет министров Кыргызской Республики")."""
    raw = question.split()
    words = [w.strip(".,;:!?()[]{}«»\"'“”") for w in raw]
    strange = {w for w in unknown if not w.isupper()}
    found = []
    for i, word in enumerate(words):
        if word not in strange:
            continue
        beside = {words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)}
        after_a_post = i and words[i - 1].lower() in _BEFORE_A_NAME and not raw[i - 1].endswith((".", "?", "!", '."', '?"'))
        if beside & strange or after_a_post:  # (not across a sentence's end: '"... leave the CIS." Real or invented?')
            found.append(word)
    return found


# how a question puts words to an agency ("according to Interfax", "со ссылкой на БелТА", "as Interfax reports")
_PER_AGENCY_RE = re.compile(r"\b(?:according to|as reported by|reported by|quoted by|citing|per|по данным|по сведениям|"
                            r"по информации|со ссылкой на|как сообщает|как сообщил\w*|как передаёт|как передает|"
                            r"cited by|via)\b", re.IGNORECASE)


# an agency's saying ("Reuters reported that", "по данным Рейтер"): how a claim is put, no subject of it
_AGENCY_SAID_RE = re.compile(r"\b(?:reported|reports|report|wrote|writes|says|said|claimed|claims|сообщил\w*|пишет|писал\w*|"
                             r"утверждает|заявил\w*)(?:\s+(?:that|что))?\b|,?\s*(?:что|that)\b", re.IGNORECASE)


def _per_an_agency_unheard(matcher: Matcher, r: Reading) -> Reply | None:
    """"Reuters reported that 22 documents were signed, right?", "по данным Рейтер, подписано 22 документа?":
    the reports cite no such agency, which is said above the answer to the rest of the question; None
    when no such agency is named, someone's words are asked (the agency rule for words answers), a report
    is named (whom it cites, the report rules say), or the rest asks or answers nothing."""
    named = [m.group(0) for m in OTHER_AGENCY_RE.finditer(r.question)]
    if not named or r.people or sources_named(matcher, r):
        return None  # (not "did TASS cite Xinhua": the report rules say whom TASS cites)
    bare = OTHER_AGENCY_RE.sub(" ", r.question)
    bare = _AGENCY_SAID_RE.sub(" ", _PER_AGENCY_RE.sub(" ", bare), count=1)
    rest = read(matcher, " ".join(bare.split()) or r.question, r.language)
    if not rest.words or rest.question == r.question or not rest.keys:
        return None  # ("what did Reuters report": nothing asked but the agency)
    reply = _answer(matcher, rest)
    if not reply.answered:
        return None
    note = phrase(r.language, "agency_not_cited", agency=", ".join(dict.fromkeys(named)))
    # what the agency reported, asked, is not answered by what the reports give (a claim put to it is checked,
    # and "according to Reuters, where was it held" is answered: where it was held)
    asks_its_words = _WHAT_IT_REPORTED_RE.search(r.question) is not None and not puts_a_claim(r)
    return with_changes(reply, headline=f"{note} {reply.headline}", answered=not asks_its_words)


# what an agency itself reported, asked: "what did RIA Novosti report about the meeting", "что писал Рейтер"
_WHAT_IT_REPORTED_RE = re.compile(r"\bwhat\s+(?:did|does|has|have)\s+(?:[\w-]+\s+){1,3}(?:report|write|say|publish|cover)\w*|"
                                  r"\bчто\s+(?:[\w-]+\s+){0,2}(?:писал\w*|пишет|сообщ\w*|передал\w*|опубликовал\w*)",
                                  re.IGNORECASE)
_CLAIM_PUT_RE = re.compile(r"^\W*(?:did|does|do|is|was|were|has|have|правда ли|верно ли)\b|"
                           r"\b(?:correct|right|true|верно|правда|так ли)\W*$|"
                           r"\b(?:сообщает|сообщил|сообщило|пишет|писал|reports|reported|says|said|writes|wrote),?\s+"
                           r"(?:что|that)\b[^?]*\?\s*$", re.IGNORECASE)  # "AKIpress сообщает, что ...?": a claim


# the words of an agency's name that many questions hold for other reasons (a post, a country, "the government")
_NOT_AN_AGENCYS = ("prime", "minist", "premer", "премьер", "министр", "kazakh", "kyrgyz", "kirgiz", "turkmen", "казах",
                   "киргиз", "кыргыз", "туркмен", "govern", "pravitelstv", "правительств", "state", "gosudarstv",
                   "государств")
_AGENCY_STEMS: WeakKeyDictionary[Matcher, frozenset[str]] = WeakKeyDictionary()  # per fact base, as `derived` keeps


def _may_name_an_agency(matcher: Matcher, r: Reading) -> bool:
    """True when some word of the question is, by its stem, a word of some agency's name (a cheap test before
    `holds_agency` reads the question against each agency)."""
    stems = _AGENCY_STEMS.get(matcher)
    if stems is None:
        stems = _AGENCY_STEMS[matcher] = frozenset(
            form for w in agency_words(matcher) if len(w) > 2 and w not in STOPWORDS
            for form in (stem(w), transliterate(stem(w)) if is_cyrillic(w) else stem(w))
            if not form.startswith(_NOT_AN_AGENCYS))
    return any(stem(w) in stems or is_cyrillic(w) and transliterate(stem(w)) in stems
               for w in r.words if len(w) > 2 and w not in STOPWORDS)


def _not_credited_to(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """"According to BelTA, how many documents were signed": when no fact shown is credited to the agency the
    question takes as its authority, the reply is not its answer: said so above the facts, unanswered. The
    reply as it is for any other question (a person's words: `_said_per_agency`; a report named: the report
    rules; an agency no report cites: `_per_an_agency_unheard`)."""
    if reply.intent in ("attribution", "report", "sources") or reply.fact_id == SOURCES_ID \
            or r.people or not _may_name_an_agency(matcher, r) or sources_named(matcher, r) \
            or not (_PER_AGENCY_RE.search(r.question) or agencies_not_reports(matcher, r)):
        return reply  # ("how many documents did BelTA say were signed": BelTA taken as the authority too)
    held = [a for a in derived(matcher).agencies if holds_agency(matcher, r, a)]
    if not reply.answered:  # "according to Interfax, where will the next meeting be": found without the agency's
        bare = without_words(r.question, {w for a in held for w in tokenize(a)})  # name (no fact holds it), then put
        if not held or not bare.strip() or bare == r.question:  # to it
            return reply
        reply = _answer(matcher, read(matcher, bare, r.language))
        if not reply.answered:
            return reply
    known = [a for a in held if a.lower() in r.question.lower()] or held[:1]  # as the question writes it
    factbase = matcher.factbase
    entries = [e for i in (reply.fact_id, *(item.fact_id for item in reply.items))
               if isinstance(e := factbase.entry(i or ""), (Statement, Agreement))]
    if not known or not entries or any(credited_agencies(factbase, e) & set(held) for e in entries):
        return reply
    note = phrase(r.language, "agency_not_cited_here", agency=", ".join(known))
    return with_changes(reply, answered=False, headline=f"{note} {reply.headline}")


# someone's words asked in the language they spoke: "his original words in Uzbek", "на узбекском", "по-русски"
_IN_LANGUAGE_ASKED_RE = re.compile(r"\bin (?:the|his|her|their) (?:original|own|native) language\b|\bна языке оригинала\b|"
                                   r"\bна (?:родном|своём|своем) языке\b|\bbefore\b.{0,40}\btranslat\w*|\bдо перевода\b|"
                                   r"\b(?:in|на)\s+(?:uzbek|russian|kazakh|kyrgyz|tajik|turkmen|armenian|azerbaijani|"
                                   r"belarusian|узбекском|русском|казахском|киргизском|кыргызском|таджикском|"
                                   r"туркменском|армянском|азербайджанском|белорусском)\b|\bпо-(?:узбекски|русски|"
                                   r"казахски|киргизски|кыргызски|таджикски|туркменски|армянски|азербайджански)\b|"
                                   # "the original Russian wording", "Uzbek-language text", "русский оригинал"
                                   r"\b(?:uzbek|russian|kazakh|kyrgyz|tajik|turkmen|armenian|azerbaijani|belarusian)"
                                   r"(?:[- ]language)?\s+(?:wording|words|text|version|original)\b|"
                                   r"\b(?:русск|узбекск|казахск)\w+\s+(?:текст|оригинал|формулировк|верси)\w*",
                                   re.IGNORECASE)
_ORIGINAL_WORDS_RE = re.compile(r"\b(?:original|exact|own|verbatim|actually|really|подлинн\w*|оригинал\w*|дословн\w*|"
                                r"сам\w*|на\s+самом\s+деле)\b", re.IGNORECASE)
_A_VERSION_RE = re.compile(r"(?:wording|words|text|version|original|текст|оригинал|формулировк|верси)", re.IGNORECASE)


def _words_in_a_language(matcher: Matcher, r: Reading, person: str) -> Reply | None:
    """"What were Aripov's exact original words in Uzbek or Russian?": the reports carry his words in English
    only, which is said above them, unanswered (Russian is answered when some report quotes X in Russian); None
    unless X's own words in a language are asked."""
    languages = [m.group(0).lower() for m in _IN_LANGUAGE_ASKED_RE.finditer(r.question)]
    own = statements_of(matcher, person)
    if not languages or not own or not (_ORIGINAL_WORDS_RE.search(r.question)
                                        or any(_A_VERSION_RE.search(language) for language in languages)):
        return None  # ("русскоязычная версия", "the Russian original": a version in that language, asked as such)
    surname = matcher.factbase.speakers[person].name.split()[-1]
    relayed = [a for a in matcher.factbase.agreements.values() if surname in f"{a.title} {a.answer or ''}"]
    # (his words a report quotes in a fact of its own: Lebedev's June announcement, in Sputnik Armenia's Russian)
    quotes = [s.quote for s in own] + [a.quote for a in relayed]
    russian_given = any(is_cyrillic(q[:1] or "a") or sum(map(is_cyrillic, q)) > len(q) // 2 for q in quotes)
    if russian_given:
        return None  # the Russian words a report quotes answer it (and, asked in another language, the note that
        # no report gives the words as spoken would be untrue)
    speaker = matcher.factbase.speakers[person]
    note = phrase(r.language, "words_not_in_language", name=speaker_name(speaker, r.language))
    reply = list_reply(matcher.factbase, r.language, note, [s.id for s in own], intent="say", fact_id=person,
                       score=reading_score(r))
    return with_changes(reply, answered=False)


# how words are put to an agency, no subject of them ("эти слова Лебедева передало агентство Интерфакс")
_AGENCY_FRAME = frozenset("""report reports reported saying carried carries agency агентство агентства агентством
    передал передала передало передали передаёт передает эти these words слова""".split())


_VIA_RE = re.compile(r"\b(?:via|through|quoted\s+by|cited\s+by|через|со\s+ссылкой)\b", re.IGNORECASE)


_WHEN_OR_WHERE_NAMED_RE = re.compile(r"\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|"
                                     r"september|october|november|december|январ|феврал|март|апрел|ма[йя]|июн|июл|"
                                     r"август|сентябр|октябр|ноябр|декабр)\w*|\b(?:sochi|сочи|ashgabat|ашхабад|minsk|"
                                     r"минск|venue|place|месте|место)\w*|\b(?:about|on|regarding|concerning|про|об?|"
                                     r"насч[её]т)\s", re.IGNORECASE)
_AGENCY_OF_WORDS_RE = re.compile(r"\b(?:agenc\w*|агентств\w*|со\s+ссылкой|via|через)\b", re.IGNORECASE)
_TRUE_OR_FALSE_RE = re.compile(r"\b(?:true|right|correct|верно|правда)\s+(?:or|или|ili)\s+(?:false|wrong|not|неверно|ложь|нет)\b",
                               re.IGNORECASE)  # ("True or false: ...": a claim put, no choice between agencies)
_QUOTED_BY_RE = re.compile(r"\b(?:citiroval\w*|tsitiroval\w*|citiruet|tsitiruet)\b", re.IGNORECASE)  # (in Latin letters)
_QUOTING_RE = re.compile(r"\b(?:quoted|quotes?|quoting|cited|cites?|citing|words|цитиру\w*|цитиров\w*|привод\w*|слова)\b",
                         re.IGNORECASE)


def _carriers(matcher: Matcher, person: str) -> set[str]:
    """The reports that carry a person's words (their statements, or facts relaying them) and the agencies they
    credit them to."""
    factbase = matcher.factbase
    found: set[str] = set()
    for i in [*derived(matcher).statement_ids.get(person, ()), *derived(matcher).quoted_in.get(person, [])]:
        entry = factbase.entry(i)
        if isinstance(entry, (Statement, Agreement)):
            found.add(entry.source)
            found |= credited_agencies(factbase, entry)
    return found


def _carried_by_named(matcher: Matcher, r: Reading) -> bool:
    """True when a report the question names carries words of a person it names."""
    return any(set(sources_named(matcher, r)) & _carriers(matcher, p) for p in r.people)


def _claimed_words_not_held(matcher: Matcher, r: Reading) -> Reply | None:
    """Words in quotation marks put to one person in a sentence of their own, then where they were published asked
    ("Правда ли, что Лебедев заявил в Бишкеке: «СНГ переживает глубокий кризис»? Где это опубликовано?"): when none of
    that person's statements speaks of them, his words read for them say so, unanswered (no report carried them,
    so no report is named). None otherwise, and when the question is that one sentence."""
    if len(r.people) != 1:
        return None
    quoting = [s for s in re.split(r"(?<=[?!.])\s+(?=\w)", r.question.strip()) if PASTED_SPAN_RE.search(s)]
    if len(quoting) != 1 or quoting[0].strip() == r.question.strip():  # (a label's colon kept: "заявил: «...»?")
        return None
    frame = "Правда ли, что" if r.language == "ru" else "Is it true that"  # (put as the claim it is: "Мишустин назвал
    claim = read(matcher, f"{frame} {quoting[0]}", r.language)  # СНГ и ЕАЭС «...». Где опубликовано?")
    if claim.people != r.people:
        return None
    said = say_reply(matcher, claim, r.people[0])
    not_these = _denies_the_words(said)  # (nor on their subject: "Мишустин
    off_topic = opens_with(r.language, "said_not_on_topic", said.headline) \
        and _words_none_of_theirs(matcher, quoting[0], r.people[0])  # заявил «Запад проиграл экономическую войну».
    return said if not said.answered and (not_these or off_topic) else None  # В каком издании эта цитата?")


def _words_none_of_theirs(matcher: Matcher, sentence: str, person: str) -> bool:
    """True when the words a sentence puts in quotation marks are three or more and none of them (as stems) is in
    that person's statements or their titles, nor names anyone ("«Запад проиграл экономическую войну»"; not
    "«значимыми механизмами»", "«Лебедев сказал, Лебедев отметил»")."""
    spans = quoted_spans(sentence)
    words = {stem(w) for span in spans for w in tokenize(span) if w not in STOPWORDS}
    if len(spans) != 1 or len(tokenize(spans[0])) < 3 or read(matcher, spans[0]).people:
        return False
    theirs = {stem(w) for st in derived(matcher).statements_by_speaker.get(person, [])
              for text in entry_texts(st) for w in tokenize(text)}
    near = max(2, len(words) // 2)  # (nor most of them in anyone's statement, whose words they are then said to be,
    return not words & theirs and not any(  # nor in a fact naming him: «решено провести в Бишкеке», Lebedev's words
        len(words & {stem(w) for text in entry_texts(e) for w in tokenize(text)}) >= near  # in the venue fact)
        and (e.id in matcher.factbase.statements or f"P:{person}" in matcher.doc_by_id[e.id].entities)
        for e in matcher.factbase.entries() if e.id in matcher.doc_by_id)


# what a claim says someone did: said, proposed, demanded ("Aripov proposed a common currency", "Лебедев заявил, что ...")
_CLAIMED_DEED_RE = re.compile(r"\b(?:said|says|told|proposed|proposes|called for|announced|claimed|stated|urged|demanded|"
                              r"promised|pledged|заявил\w*|сказал\w*|предложил\w*|потребовал\w*|призвал\w*|"
                              r"объявил\w*|пообещал\w*|обещал\w*)\b", re.IGNORECASE)


def _claim_not_held(matcher: Matcher, r: Reading) -> Reply | None:
    """A claim of what one person said or proposed, in sentences of its own, then where it was published asked
    ("Говорят, Арипов в Бишкеке предложил ввести единую валюту СНГ. Где это опубликовано?"): when none of that
    person's statements is on the claim's subject, his words read for it say so, unanswered (no report carried it,
    so no report is named). None otherwise."""
    sentences = _sentences(r.question)
    if len(r.people) != 1 or len(sentences) < 2 or not asks_attribution(read(matcher, sentences[-1], r.language)):
        return None
    claim = read(matcher, " ".join(sentences[:-1]), r.language)
    if claim.people != r.people or not claim.topic or not _CLAIMED_DEED_RE.search(claim.question) \
            or sources_named(matcher, claim) or PASTED_SPAN_RE.search(claim.question) \
            or not any(never_a_typo(w) for w in claim.words):
        return None  # (not "Asia-Plus quotes Lebedev. Through which agency?": a report's, its quote known; only a
    # subject no fact holds, "a common currency", "an army": a claim put in other words than the reports' may be true)
    said = say_reply(matcher, claim, r.people[0])
    if said.answered or not opens_with(r.language, "said_not_on_topic", said.headline):
        return None
    found = retrieve(matcher, claim)  # (nor when his words on it are found all the same, put otherwise; not when
    # they hold only a word beside what no fact holds: "предложил единую валюту" is no "единая энергосистема")
    return None if found.answered and any(
        (st := matcher.factbase.statements.get(i)) is not None and st.speaker == r.people[0]
        for i in _shown_ids(found)) and not words_no_fact_holds(matcher, claim.words) else said


def _claim_of_anothers_words(matcher: Matcher, r: Reading) -> Reply | None:
    """A claim of one person's words in sentences of its own, then who carried them asked, when the words are
    another speaker's: theirs, said to be so, with their report and agency; None otherwise."""
    sentences = _sentences(r.question)
    if len(r.people) != 1 or len(sentences) < 2 or not asks_attribution(read(matcher, sentences[-1], r.language)):
        return None
    claim = read(matcher, " ".join(sentences[:-1]), r.language)
    if claim.people != r.people or not claim.topic or sources_named(matcher, claim):
        return None
    theirs = words_of_another(matcher, claim, r.people[0])
    return with_changes(theirs, answered=True) if theirs is not None and theirs.fact_id else None  # (whose words
    # they are, and the report and agency that carry them, answer the claim)


def _quoted_via_which(matcher: Matcher, r: Reading) -> Reply | None:
    """"Is Lebedev quoted via BelTA or via TASS?", "Is Aripov quoted via Trend or AzerNews?": which agency X's words
    come through, when a report or agency the question names carries them (so no "No:" to the other one named);
    None otherwise (the agency rules say "No:" to one that carries none)."""
    if len(r.people) != 1 or not (_QUOTING_RE.search(r.question) or _QUOTED_BY_RE.search(r.question)) \
            or not re.search(r"\b(?:or|или|ili)\b", r.question, re.IGNORECASE) or _TRUE_OR_FALSE_RE.search(r.question):
        return None  # (one agency put to X's words is checked: "Asia-Plus quoted Lebedev via Interfax, right?": No)
    agencies = {a for a in derived(matcher).agencies if holds_agency(matcher, r, a)}
    asked = set(sources_named(matcher, r)) | agencies
    if len(asked) < 2 or not asked & _carriers(matcher, r.people[0]) \
            or not _VIA_RE.search(r.question) and not agencies - set(sources_named(matcher, r)):
        return None  # (without "via", an agency must be among those named: "Мишустина цитировал Интерфакс или ТАСС?")
    speaker = matcher.factbase.speakers[r.people[0]]
    surname = speaker_surname(speaker, r.language)
    which = f"Через какое агентство цитируют {surname}?" if r.language == "ru" else \
        f"Which agency is {surname} quoted through?"
    return _answer(matcher, read(matcher, which, r.language))


def _said_per_agency(matcher: Matcher, r: Reading, person: str) -> Reply | None:
    """X's words as a question puts them to a news agency ("according to Interfax, what did Mishustin say",
    "what did Interfax report Lebedev as saying"): those the reports credit to it; with "No:" and the agencies
    the reports do credit, when they credit X's words to none of it, or when no report credits it at all
    ("according to Reuters"). None when the question names no agency."""
    factbase = matcher.factbase
    unheard = [m.group(0) for m in OTHER_AGENCY_RE.finditer(r.question)]
    named = sources_named(matcher, r)
    carriers = _carriers(matcher, person)
    if named and carriers and not set(named) & carriers and _VIA_RE.search(r.question) \
            and _QUOTING_RE.search(r.question):
        unheard += [factbase.sources[s].publisher for s in named]  # (a report of none of X's words, put as the agency)
    if not unheard and not _may_name_an_agency(matcher, r):
        return None  # (most questions: no word of any agency's name, so none is asked about)
    known: dict[str, str] = {}  # each agency once ("BelTA", not "БелТА" too)
    for agency in derived(matcher).agencies:
        if holds_agency(matcher, r, agency):
            key = transliterate(agency.lower())
            if agency.lower() in r.question.lower() or key not in known:  # as the question writes it
                known[key] = agency
    if not known and not unheard or named and set(named) & carriers \
            or not r.people and _CLAIM_PUT_RE.search(r.question):
        return None  # (a report of X's words named as well is the report rules' to answer; "AKIpress reported that
        # Kazakhstan proposed ..., correct?" is the claim rules'; not "via BelTA or via TASS": TASS has none of them)
    named_words = {w for a in [*known.values(), *unheard] for w in tokenize(a)}
    stems = {stem(w) for w in named_words}  # "по данным Интерфакса": the agency in any case
    agency_words = named_words | {w for w in r.words if stem(w) in stems} | _AGENCY_FRAME
    bare = _PER_AGENCY_RE.sub(" ", without_words(r.question, agency_words, latin=True) or r.question)
    said = say_reply(matcher, read(matcher, bare, r.language), person)
    shown = [i for i in (said.fact_id, *(item.fact_id for item in said.items)) if i in factbase.statements]
    if not said.answered or not shown:
        return None
    def credit(fact_id: str, russian: bool = False) -> set[str]:
        statement = factbase.statements[fact_id]
        source = factbase.sources[statement.source]
        via = (statement.via_ru or (source.via_ru if not statement.via else None) if russian else None) \
            or statement.via or source.via or ""
        return set(agency_parts(via))
    theirs = [i for i in shown if (credit(i) | credit(i, russian=True)) & set(known.values())]
    lang = r.language
    if theirs:  # each with the report that credits the agency ("Asia-Plus, citing BelTA")
        credited = phrase(lang, "agency_credited", publisher=publishers_of(factbase, [
            factbase.statements[i].source for i in theirs]), agency=", ".join(known.values()))
        if len(theirs) == 1:
            reply = with_changes(fact_reply(factbase, theirs[0], lang, score=said.score), intent="say")
            return with_changes(reply, headline=f"{credited} {reply.headline}")
        name = speaker_name(factbase.speakers[person], lang)
        return list_reply(factbase, lang, f"{credited} {phrase(lang, 'said', name=name, count=len(theirs))}", theirs,
                          intent="say", fact_id=person, score=said.score)
    credits = sorted({a for i in shown for a in credit(i, russian=lang == "ru")})
    headline = phrase(lang, "agency_not_credited", agency=", ".join([*known.values(), *unheard]),
                      credited=", ".join(credits) or "—")
    return with_changes(said, headline=f"{headline} {said.headline}")


# one person put as quoting another: "Smailov quoted Mirziyoyev on trade barriers", "Смаилов цитировал Мирзиёева"
_QUOTING_ANOTHER_RE = re.compile(r"\b(quoted|quoting|quotes|quote|cited|citing|recalled|referred to|цитировал\w*|"
                                 r"процитировал\w*|ссылал\w*|сослал\w*|напомнил\w*)\b")


def _quoting_another(matcher: Matcher, r: Reading, speaker: str) -> Reply | None:
    """The speaker's one statement on the claim's subject, read without the other person it names, headed by
    that person's name when the statement does not give it (Smailov recalled Tokayev, not Mirziyoyev); None
    unless two people are named, one put as quoting the other, and the speaker's words on it are one fact."""
    factbase = matcher.factbase
    others = [p for p in r.people if p != speaker]
    if len(r.people) != 2 or not others or not _QUOTING_ANOTHER_RE.search(" ".join(r.words)):
        return None
    tokens, _ = matcher.analyze(r.question)
    bare = without_words(r.question, {t.word for t in tokens if f"P:{others[0]}" in t.keys})
    said = say_reply(matcher, read(matcher, bare, r.language), speaker) if bare else None
    if said is None or not said.answered or said.items or said.fact_id not in factbase.statements:
        return None
    other = factbase.speakers[others[0]]
    if any(name.split()[-1].lower() in factbase.statements[said.fact_id].quote.lower()
           for name in (other.name, *other.aliases)):
        return said  # he did quote him
    note = phrase(r.language, "number_not_given", asked=speaker_name(other, r.language))
    return with_changes(said, headline=f"{note} {said.headline}")


_CLAIM_OPENERS = frozenset("did does do is was were has have will правда верно".split())  # a yes or no asked
_CLAIM_CHECKS = frozenset("ли li true correct right верно правда так accurate".split())


def _times_named(r: Reading) -> set[str]:
    """The words of a question that name a month or a year ("May", "2024")."""
    return {w for w in r.words if w in MONTHS or is_year(w)}


# this meeting named by "this" ("at this meeting", "на этом заседании")
_THIS_ONE_RE = re.compile(r"\b(?:this|these|этом|этой|этот|эту|etom)\s+(?:meeting|session|council|summit|talks|заседании|"
                          r"заседание|встрече|совете|саммите|zasedanii)\b")


def _quoted_here(matcher: Matcher, r: Reading) -> Reply | None:
    """Words in quotation marks that one person's statements from this meeting hold, put beside another event, with
    this meeting's city named outside them ("Mishustin's line that Russia 'remains a reliable ally and trade partner'
    is recycled from Astana 2022. Does any report of the Bishkek meeting carry it?"): those statements, said to be
    this meeting's. None otherwise."""
    spans = [span for span in quoted_spans(r.question) if len(tokenize(span)) >= _QUOTED_HERE_LEAST]
    if not spans:  # (the cheap test first: few questions put words in quotation marks)
        return None
    tokens, _ = matcher.analyze(PASTED_SPAN_RE.sub(" ", r.question))
    if not any({"bishkek", "бишкек"} & set(t.keys) for t in tokens):
        return None  # (this meeting asked of outside the words: not "what else did he say in Astana", "on what date
        # was that heads of state meeting held")
    elsewhere = derived(matcher).elsewhere_ids
    found = [s for s in matcher.factbase.statements.values()
             if s.id not in elsewhere and any(_holds_the_quoted(s, span) or len(tokenize(s.quote)) >= _QUOTED_HERE_LEAST
                                              and holds_words(span, s.quote) for span in spans)]  # ("'Russia remains a
    # reliable ally ...'": the quote, "remains a reliable ally ...", with the subject before it)
    if not found or len({s.speaker for s in found}) != 1:
        return None
    return list_reply(matcher.factbase, r.language, phrase(r.language, "quoted_here"), [s.id for s in found],
                      intent="say", fact_id=found[0].speaker, score=reading_score(r))


_QUOTED_HERE_LEAST = 3  # words in quotation marks enough to be someone's words, not a phrase ("big step")


# words here said to be the same as another meeting's: "the same speech", "again", "повторил", "то же самое"
_SAME_AS_THERE_RE = re.compile(r"\b(?:same|again|repeated|тот\s+же|то\s+же|ту\s+же|такую\s+же|такой\s+же|повторил\w*|"
                               r"снова|опять)\b", re.IGNORECASE)


def _claim_beside_another_event(matcher: Matcher, r: Reading) -> Reply | None:
    """"Mishustin called the CIS and the SCO mechanisms of stability, true?", "Лебедев в Сочи объявил о заседании
    в Минске?": a claim about one person here with another body or place put in it; the one fact of that person
    the claim finds without it, headed by the detail no report gives (the EAEU, Bishkek). None otherwise."""
    if not r.people or not puts_a_claim(r):
        return None
    dropped_words = list(dict.fromkeys(event_words(matcher, r)))
    if dropped_words and _times_named(r) and _SAME_AS_THERE_RE.search(r.question):
        return None  # ("Mishustin gave the same speech at the 2022 Astana meeting, right?": what he said there, which
        # no report gives; not his words here)
    # the last first ("в Сочи ... в Минске"), then all of them ("in Samarkand in May 2024": the place and the time)
    claimed = bool(r.words) and (r.words[0] in _CLAIM_OPENERS or bool(set(r.words) & _CLAIM_CHECKS))
    tries = [{w} for w in reversed(dropped_words)] + ([set(dropped_words) | _times_named(r)]
                                                      if dropped_words and claimed else [])
    # (the place and the time together only in a claim: "о чём говорил Мишустин в Астане в 2022 году" asks of
    # another meeting)
    for dropped_set in tries:
        bare = read(matcher, without_words(r.question, dropped_set), r.language)
        if not bare.words:
            continue
        beside = _BESIDE_ANOTHER_EVENT.set(True)
        try:
            reply = _answer(matcher, bare)
        finally:
            _BESIDE_ANOTHER_EVENT.reset(beside)
        shown = [reply.fact_id] if reply.answered and reply.fact_id and not reply.items \
            else [i.fact_id for i in reply.items] if reply.answered else []
        # (everyone named in the facts: "Smailov quoted Tokayev's remarks from the SCO summit" is Smailov's on Tokayev)
        if not shown or not all(f"P:{p}" in matcher.doc_by_id[i].entities for i in shown for p in r.people):
            continue
        told = {w for i in shown for t in entry_texts(matcher.factbase.entry(i)) for w in tokenize(t)}
        told_places = {place for w in told if (place := other_place(matcher, w))}  # ("Тошкенте": their "Ташкенте")
        absent = [w for w in r.words if w in dropped_set and w not in told
                  and other_place(matcher, w) not in told_places]  # what the facts do not give
        if not absent:
            continue  # ("Innoprom in Tashkent in March 2024": Tashkent they give; March they do not)
        place = other_place(matcher, absent[0]) if len(absent) == 1 else None
        written = ", ".join(next((w for w in re.findall(r"\w+", r.question) if w.lower() == a), a) for a in absent)
        note = phrase(r.language, "place_not_given", place=place) if place \
            else phrase(r.language, "number_not_given", asked=written)
        meeting = matcher.factbase.meeting
        # (a meeting of another year is what the claim is about: "Mishustin said the same at the 2022 meeting in
        # Astana?": none of the reports covers it; what he said here is shown, as no answer to it)
        # (not when it names this one too: "reported from this Bishkek meeting, or recycled from Astana 2022?")
        another_meeting = meeting is not None and bool(set(r.words) & MEETING_WORDS) \
            and any(is_year(w) and int(w) != meeting.date.year for w in absent) \
            and str(meeting.date.year) not in r.words and not r.keys & _THIS_MEETINGS \
            and not _THIS_ONE_RE.search(" ".join(r.words))
        unheld = any(w in NEVER_TYPOS for w in absent) \
            or all(unchecked_by(r, w, " ".join(told)) for w in absent)
        # ("announced a common CIS currency": the claim's subject is what no report gives, not a place or a time
        # around it; nor "the agreement was signed in 2011 in St Petersburg": no fact shown gives a year or a city)
        return with_changes(reply, headline=f"{note} {reply.headline}",
                            answered=reply.answered and not another_meeting and not unheld)
    return None


# a document named by its subject: "the agreement on the e-commerce platform", "текст соглашения о ..."
_THE_AGREEMENT_ON_RE = re.compile(r"\b(?:the|an|this|that)\s+(?:agreement|treaty|accord|document)\s+(?:on|about|for)\b|"
                                  r"\b(?:соглашени\w*|договор\w*|документ\w*)\s+(?:о|об|по)\b")
_NAMES_RE = re.compile(r"\b(?:mention\w*|name|names|named|list|lists|listed|упомина\w*|упомян\w*|называ\w*|назва\w*|"
                       r"перечисл\w*)\b")


# "who proposed Sochi as the venue", "кто предложил провести заседание в Сочи": a venue's proposer asked
_VENUE_PROPOSED_RE = re.compile(r"\bpropos\w*\s+(?P<place>\w+)\s+as\s+(?:the\s+|a\s+)?(?:venue|host|location|place)\b|"
                                r"\b(?:propos|suggest)\w*\s+(?:holding|to\s+hold)\s+(?:the\s+)?(?:next\s+)?"
                                r"(?:(?:meeting|session|summit|council)\s+)?in\s+(?P<en>\w+)|"
                                # "kto predlozhil provodit sleduyushee zasedanie imenno v Ashgabate"
                                r"\b(?:предлож|predlozh)\w*\s+(?:(?:провести|проводить|provesti|provodit)\s+)?"
                                r"(?:(?:очередное|следующее|ocherednoe|sleduyu\w*|sledu\w*)\s+)?"
                                r"(?:(?:заседани|встреч|совет|саммит|zasedani|vstrech|sovet|sammit)\w*\s+)?"
                                r"(?:(?:именно|imenno)\s+)?(?:в|во|v|vo)\s+(?P<ru>\w+)", re.IGNORECASE)
# a quote's words on where a meeting is to be held ("решено провести в Бишкеке", "to be held in Ashgabat")
_HELD_IN_RE = re.compile(r"\b(?:провести|проведения|пройд\w*|состо\w*|held|hold|host\w*)\s+(?:[\w-]+\s+){0,6}?"
                         r"(?:в|во|in)\s+(?P<place>[^.;:]{1,40})", re.IGNORECASE)
_PROPOSAL_IN_QUOTE_RE = re.compile(r"\b(?:предложени\w*|предлож\w*|propos\w*|initiative|инициатив\w*)", re.IGNORECASE)


def _venue_proposer_unsaid(matcher: Matcher, r: Reading) -> Reply | None:
    """"Who proposed Sochi as the venue": no answer unless some fact's words put a meeting in that
    place (Kyrgyzstan's proposal was Bishkek, which a meeting in Sochi decided); None otherwise."""
    asked = _VENUE_PROPOSED_RE.search(r.question)
    if asked is None or "@who" not in r.keys and not set(r.words) & {"whose", "чьему", "чьей", "чья", "чьё"}:
        return None
    place = asked.group("place") or asked.group("en") or asked.group("ru")
    spelt = transliterate(normalise(place))[:5]  # "Bishkek" and "Бишкеке" alike
    if len(spelt) < 4 or not matcher.analyze(place)[0]:
        return None
    for entry in matcher.factbase.entries():
        quote = getattr(entry, "quote", None) or ""
        if not _PROPOSAL_IN_QUOTE_RE.search(quote):
            continue
        for held in _HELD_IN_RE.finditer(quote):
            if any(transliterate(w).startswith(spelt) for w in tokenize(held.group("place"))):
                return None
    if not is_cyrillic(place):  # "v Ashgabate": the city's own name, not a Russian case form in Latin letters
        place = city_named(place.lower()) or place
    return abstain(matcher, r, "retrieval", phrase(r.language, "venue_proposer_unsaid", place=place))


# posts no one in the reports holds, asked as a speaker ("what did the Chinese ambassador say")
_UNHELD_POSTS = frozenset("""ambassador ambassadors envoy envoys spokesman spokeswoman spokesperson spokespeople mayor
    governor chancellor king pope посол посла послы послов пресс-секретарь пресс-секретаря мэр мэра губернатор
    губернатора канцлер канцлера posol posla""".split())


def _post_never_quoted(matcher: Matcher, r: Reading) -> Reply | None:
    """"What did the Chinese ambassador say about X": a post no fact names, asked as the speaker, is
    nobody the reports quote (never the words on X of someone else); None otherwise."""
    posts = [w for w in r.words if w in _UNHELD_POSTS and w not in derived(matcher).words]
    if not posts or r.people or not asks_what_said(r) or people_by_role(matcher, r):
        return None
    written = next((w for w in re.findall(r"[\w-]+", r.question) if w.lower() == posts[0]), posts[0])
    return abstain(matcher, r, "unknown-entity", phrase(r.language, "post_never_quoted", post=written),
                   score=reading_score(r))


def _only_in(matcher: Matcher, reply: Reply, named: list[str], r: Reading) -> Reply:
    """A list of X's words cut to those the named reports carry ("какие слова Арипова приводит
    Trend"); the whole list when they carry none of them."""
    factbase = matcher.factbase
    theirs = [item.fact_id for item in reply.items
              if (entry := factbase.entry(item.fact_id)) is not None and entry.source in named]
    publishers = publishers_of(factbase, named)
    speaker = factbase.speakers.get(reply.fact_id or "")
    summed = summing_up_of(matcher, r, speaker.id) if speaker is not None and not theirs else []
    if summed and not {s.source for s in summed} & set(named):  # "Lebedev's summing-up was reported by Sputnik,
        # true?": no, by Asia-Plus citing BelTA (not Sputnik's June words on the date, which read as a yes)
        assert speaker is not None
        carriers = ", ".join(dict.fromkeys(factbase.sources[s.source].publisher for s in summed))
        return list_reply(factbase, r.language, phrase(r.language, "summed_up_elsewhere", publisher=publishers,
                                                       name=speaker_name(speaker, r.language), carriers=carriers),
                          [s.id for s in summed], intent=reply.intent, fact_id=reply.fact_id, score=reply.score)
    if not theirs and speaker is not None and (told := facts_telling_words(factbase, speaker, named)):
        # "Does Sputnik quote Lebedev?": its facts give his words ("..., - сказал Лебедев"), though none is his statement
        return list_reply(factbase, r.language, phrase(r.language, "quoted_in_facts", publisher=publishers,
                                                       name=speaker_name(speaker, r.language), count=len(told)),
                          told, intent=reply.intent, fact_id=reply.fact_id, score=reply.score)
    naming = [e.id for e in factbase.entries() if speaker is not None and e.source in named
              and f"P:{speaker.id}" in getattr(matcher.doc_by_id.get(e.id), "entities", {})]
    if not theirs and naming and _NAMES_RE.search(" ".join(r.words)):
        # "does the Astana Times mention Mishustin": it names him (among the participants), quoting nothing of his
        assert speaker is not None
        return list_reply(factbase, r.language, phrase(r.language, "named_not_quoted", publisher=publishers,
                                                       name=speaker_name(speaker, r.language)),
                          naming, intent=reply.intent, fact_id=reply.fact_id, score=reply.score)
    if not theirs:  # "какие слова Мишустина приводит Trend": none; said, with the others' shown
        name = speaker_name(speaker, r.language) if speaker else ""
        return with_changes(reply, answered=False, headline=phrase(r.language, "not_in_report", publisher=publishers,
                                                                   name=name))
    if len(theirs) == len(reply.items):
        return reply
    if not reply.answered and not (len(named) > 1 and set(r.words) & _COMPARING):
        # "what did Aripov say about the weather, per AzerNews": nothing on that; the report's words as pointers
        # (not "Trend and AzerNews relay Aripov's speech: are the versions different": each one's words)
        return with_changes(list_reply(factbase, r.language, reply.headline, theirs, intent=reply.intent,
                                       fact_id=reply.fact_id, score=reply.score), answered=False)
    headline = phrase(r.language, "said_in", publisher=publishers, count=len(theirs))
    return list_reply(factbase, r.language, headline, theirs, intent=reply.intent, fact_id=reply.fact_id,
                      score=reply.score)


# preparations, plans and the events before something: "preparatory events", "подготовка", "мероприятия"
def _with_its_reports_words(matcher: Matcher, r: Reading, reply: Reply) -> Reply:
    """A report's account answered alone, with the same report's statements that hold the whole subject below it
    ("which preparatory events were scheduled before the Ashgabat session": Turkmenportal's lead, and Meredov's
    briefing on 20 May and working meeting on 23 May, in the same report); the reply as it is otherwise."""
    factbase = matcher.factbase
    if not reply.answered or reply.items or not isinstance(factbase.entry(reply.fact_id or ""), Agreement) \
            or "@who" in r.keys or not any(w.startswith((*PREPARING, "schedul")) for w in r.words):
        return reply  # (only preparations asked; "who reported on the preparations": the rule below names whom)
    told = [i for i in report_statements_holding(matcher, r, reply.fact_id or "", 0.5) if i != reply.fact_id]
    if not told:
        return reply
    return list_reply(factbase, r.language, phrase(r.language, "same_report"), [reply.fact_id or "", *told[:2]],
                      intent=reply.intent, score=reply.score)  # (the account's title is its item's, not repeated)


_ITEM_WORDS = frozenset("item items point пункт пункте пункта пунктом пункты номер number".split())
# whether a report names someone, asked: "did the Astana Times list Lebedev", "упоминает ли ТАСС Арипова"
_DOES_IT_NAME_RE = re.compile(r"\b(?:did|does|do)\b.*\b(?:name|names|named|list|lists|listed|mention|mentions|"
                              r"mentioned|include|includes|included|quote|quotes|quoted)\b|\b(?:называ|упомина|упомян|"
                              r"перечисл|цитиру)\w*", re.IGNORECASE)


def _in_the_named_or_another_report(matcher: Matcher, r: Reading, listed: list[str]) -> Reply | None:
    """What a question that names reports finds once their names are left out: the named reports' own fact
    ("как в сообщении ТАСС сформулирован документ об урановых территориях": its list by subject names it),
    else another report's, said to be another's ("is the jubilee medal in the Kyrgyz government's list": TASS
    names it). None when nothing is found so, or the question is about a person or a country (whether a report
    names them is asked: "did the Astana Times list Lebedev", "did Asia-Plus name the Uzbek PM")."""
    factbase = matcher.factbase
    bare = without_report_names(matcher, r, listed) if listed else None
    if bare is None:
        return None
    asked = read(matcher, bare, r.language)
    if (asked.people or asked.countries) and _DOES_IT_NAME_RE.search(r.question):
        return None
    theirs = matcher.score_facts(bare, [e.id for e in factbase.entries() if e.source in listed
                                        and names_its_event(matcher, asked, e.id)], r.language)  # (not Minsk's, unnamed)
    elsewhere = retrieve(matcher, asked)
    sure = elsewhere.answered and (elsewhere.score or 0) >= matcher.threshold
    if theirs and (theirs[0].confidence >= matcher.threshold or sure and doc_holds(
            matcher, theirs[0].fact_id, subject_keys(matcher, asked, known_only=True))):
        reply = with_changes(fact_reply(factbase, theirs[0].fact_id, r.language, score=theirs[0].confidence),
                             intent="retrieval")
        number = factbase.item_numbers.get(theirs[0].fact_id)
        if number and set(r.words) & _ITEM_WORDS:  # "на каком пункте обрывается выдержка списка": its number
            publisher = factbase.source_of(factbase.agreements[theirs[0].fact_id]).publisher
            reply = with_changes(reply, headline=f"{phrase(r.language, 'item_number', number=number, publisher=publisher)}"
                                                 f" {reply.headline}")
        return reply
    return _from_another(matcher, elsewhere, listed, r.language, r) if sure else None


# pasted words that name their own source at the end: '"... trade partner, according to TASS."'
_PASTED_CREDIT_RE = re.compile(r"(?:according to|as reported by|reported by|citing|per|по данным|как сообщает|"
                               r"со ссылкой на)\s+([^,;]+?)\W*$", re.IGNORECASE)


def _pasted_from_another(matcher: Matcher, r: Reading, pasted: Reply) -> Reply:
    """Pasted words put to a report that does not carry them ('check: "Mishustin said ..., according to TASS."'):
    said to be another report's. The reports named outside the pasted words count, or in their own "according
    to ..." clause (not "Кыргызстана" in them)."""
    text = pasted_words(r.question) or ""
    if not text or not pasted.answered:
        return pasted
    credit = _PASTED_CREDIT_RE.search(text)
    named = sources_named(matcher, read(matcher, r.question.replace(text, " "), r.language)) \
        or (sources_named(matcher, read(matcher, credit.group(1), r.language)) if credit else [])
    return _from_another(matcher, pasted, named, r.language, r) if named else pasted


# another report asked for where the named one falls short: "if not, which report does?", "does any other report say",
# "the article is cut off for me", "если текст обрывается, какой источник называет"
_ANOTHER_REPORT_RE = re.compile(r"\b(?:any\s+other|another|other)\s+(?:report|source|outlet|article|publication)s?\b|"
                                r"\bif\s+not\b|\bcut\s+off\b|\bstops\s+mid|\bобрыва\w*|\bобрезан\w*|"
                                r"\b(?:какой|какая|какое|другой|другая|другие|другим|других|иной|иным|иных)\s+"
                                r"(?:источник|издание|издани|публикаци|агентств)\w*",
                                re.IGNORECASE)
_WAS_FROM = frozenset("был была были was were came приехал приехала приехали".split())  # "кто был от Таджикистана"


def _head_from_another_report(matcher: Matcher, r: Reading) -> Reply | None:
    """"Does Asia-Plus say who represented Tajikistan? If not, which report does?": who led the delegation, said
    to come from another report where the named one names no one; None unless another report is asked for."""
    if len(r.countries) != 1 or r.people or "@participate" not in r.keys and not set(r.words) & _WAS_FROM \
            or "@who" not in r.keys and not {"whom", "кем", "kem"} & set(r.words) \
            or not _ANOTHER_REPORT_RE.search(r.asked or r.question):
        return None
    named = sources_named(matcher, r)  # (read only now: every question passes this rule)
    if not named:
        return None
    if {"@count", "@next"} & r.keys or r.keys & derived(matcher).schedule_keys or place_named(matcher, r) \
            or names_another_time(matcher, r) or _PLANNED_EVENT_RE.search(r.asked or r.question):
        return None  # ("who will represent Russia in Ashgabat", "in Sochi", "at the briefing", "how many": not this list)
    heads = delegation_heads(matcher, r.countries[0])
    if len(heads) != 1:
        return None
    present = attend_reply(matcher.factbase, r, heads[0].id)
    shown = _from_another(matcher, present, named, r.language, r)
    return with_changes(shown, answered=present.answered)  # (the other report, as asked, answers it)


def _from_another(matcher: Matcher, reply: Reply, named: list[str], lang: str, r: Reading | None = None) -> Reply:
    """A fact answered from a report other than the one the question names, said to be so ("does
    TASS mention the Innoprom forum": not TASS, AzerNews)."""
    factbase = matcher.factbase
    entry = factbase.entry(reply.fact_id or "") if reply.answered else None
    if entry is None or entry.source in named or opens_with(lang, "count_of_another", reply.headline):
        return reply  # ("No: Asia-Plus does not give 9; that is TASS's number": the named report's, said)
    if any((e := factbase.entry(item.fact_id)) is not None and e.source in named for item in reply.items):
        return reply  # "how many, per TASS": the reports' counts, TASS's among them
    if reply.fact_id in factbase.speakers and any(
            factbase.statements[i].source in named for i in derived(matcher).statement_ids.get(reply.fact_id, ())):
        # "who represented Russia according to Asia-Plus": it quotes Mishustin, so it names him; the list of who
        # led each delegation, shown, is another report's, which is said
        speaker = factbase.speakers[reply.fact_id]
        note = phrase(lang, "quoted_listed_elsewhere", publisher=publishers_of(factbase, named),
                      name=speaker_name(speaker, lang))
        return with_changes(reply, headline=f"{note} {reply.headline}")
    listing = _named_list_naming(matcher, entry, named, r) if r is not None else None
    if listing is not None:  # "does TASS mention the document on holding the next meeting": its list by subject
        return with_changes(fact_reply(factbase, listing, lang, score=reply.score), intent=reply.intent)  # names it
    publishers = publishers_of(factbase, named)  # the question as asked ("per Trend") is not answered: said so
    return with_changes(reply, answered=False,
                        headline=f"{phrase(lang, 'another_report', publisher=publishers)} {reply.headline}")


_DOCUMENT_KIND_STEMS = frozenset("programm program document agreement concept plan regul measur decis".split())


def _holds_what_is_asked(matcher: Matcher, entry: Agreement, account: str, asked: list[set[str]]) -> bool:
    """True when a report's account of the documents holds what a question asks of one it names: every number
    and year the question puts is in the account (no "2016 agreement" in TASS's sentence), and every other word
    is in the document's title, which the account gives (not "remote sensing of the Earth and cadastral
    registration", which only the Kyrgyz government's fuller wording holds)."""
    asked = [keys for keys in asked if not keys <= _DOCUMENT_KIND_STEMS]
    titled = {k for t in matcher.analyze(f"{entry.title} {entry.title_ru or ''}")[0] for k in t.keys}
    for keys in asked:
        if is_number(keys) and not keys_held(matcher, account, [keys]):
            return False
        if not is_number(keys) and not keys & titled:
            return False
    return True


def _named_list_naming(matcher: Matcher, entry: object, named: list[str], r: Reading) -> str | None:
    """The named report's own account of what was signed that names the document found in another report (most
    words of its Russian title in that account) and holds all the question asks of it, or None: never when two
    outlets are named ("does Asia-Plus mention the uranium programme that TASS lists"), nor for what the account
    does not say ("does TASS mention remote sensing", "the 2016 agreement"), nor for a claim put to be checked."""
    if not isinstance(entry, Agreement) or not entry.title_ru \
            or len({matcher.factbase.sources[n].publisher for n in named}) != 1 or asks_yes_or_no(r) \
            and not r.question.lower().lstrip().startswith(("does", "did", "is", "was", "упоминает", "есть ли")):
        return None
    asked = [keys for keys in subject_keys(matcher, r, known_only=True)
             if not keys & {k for n in named for k in publisher_words(matcher, n)}]
    words = [w for w in tokenize(re.sub(r"\([^)]*\)", " ", entry.title_ru)) if len(w) > 3]  # (not its gloss in brackets)
    for account in derived(matcher).by_kind.get("result", []):
        if account.source in named and words:
            told = set(tokenize(account.quote))
            if sum(w in told for w in words) >= 0.8 * len(words) and _holds_what_is_asked(matcher, entry, account.id,
                                                                                        asked):
                return account.id
    return None


def _without_the_reports(matcher: Matcher, r: Reading) -> Reading:
    """The question read without its words for the reports in general ("as the reports describe
    him", "according to the sources"): every fact is from the reports, so they name no subject."""
    kept = without_words(r.question, _THE_REPORTS)
    return read(matcher, kept, r.language) if kept.strip() else r


# "who announced that the meeting would be held in Bishkek", "кто объявил, что заседание пройдёт": a saying with
# its content, which one fact holds, not a question about who spoke
_THAT_CLAUSE_RE = re.compile(r"\b(?:said|says|announced|announce|stated|declared|reported|told|объявил\w*|обьявил\w*|"
                             r"заявил\w*|сказал\w*|сообщил\w*|анонсировал\w*)\s*,?\s+(?:that|что|о\s+том)\b",
                             re.IGNORECASE)
_MORE_OR_FEWER = frozenset("more fewer less higher lower bigger smaller больше меньше bolshe".split())
# a country hosting a meeting to come: "when will Tajikistan host the council", "когда Таджикистан будет принимать
# заседание", "Таджикистан примет Совет?" (not "принимать решения", not "принял участие")
# a host to come: "will host", "примет" (as written in `_WILL_HOST_RE` and `_FUTURE_HOST_RE`)
_WILL_HOST = r"will\s+(?:\w+\s+)?host|(?:будет|будут)\s+принимать|примет|примут|(?:budet|budut)\s+prinimat|primet"
_WILL_HOST_RE = re.compile(rf"\b(?:{_WILL_HOST})\b(?=\s+(?:\w+\s+)?(?:the\s+)?(?:council|meeting|session|"
                           r"summit|совет|заседани|встреч|саммит|sovet|zasedani))", re.IGNORECASE)


def _a_hosts_meeting_unreported(matcher: Matcher, r: Reading) -> Reply | None:
    """A meeting to come asked of a country no report names as its host ("when will Tajikistan host the
    council"): a meeting the reports do not cover (not the country's delegation); None for the next meeting's
    host, whose schedule the reports give, and for this meeting's."""
    if matcher.factbase.meeting is None or r.people or not _WILL_HOST_RE.search(r.asked or r.question):
        return None
    known = derived(matcher)
    asked = [c for c in r.countries if c not in known.host]  # ("host" reads as this one's host too)
    if len(asked) != 1 or asked[0] in known.schedule_keys:
        return None
    country = next((c for c in COUNTRIES if f"C:{c.key}" == asked[0]), None)
    if country is None:
        return None
    event = phrase(r.language, "event_hosted_by", country=country.ru if r.language == "ru" else country.en)
    return other_event_reply(matcher, r, event)


_HOSTED = frozenset("""host hosted hosts hosting принимала принимал принимает принимающая принимающей хозяйка
    хозяйкой хозяйки хозяин хозяином prinimal prinimala hozyain hozyainom hozyaykoy""".split())
_HOST_COUNTRY_RE = re.compile(r"\bhost (country|nation|state|city|town)\b|\b(?:стран|город)\w*[-\s]хозя\w*|"
                              r"\bпринимающ\w* (?:стран\w*|город\w*)")
_ROLE_KEYS = frozenset({"@premier", "@minister", "@deputy", "@president", "@who", "@say", "@participate"})
_HOSTED_RU = _HOSTED - {"host", "hosted", "hosts", "hosting"}  # "кто принимал заседание": no "@country" needed


def _the_hosts_head(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which prime minister was hosting", "какой премьер принимал заседание": the head of the host country's
    delegation, under "No:" when another country is put as the host ("which Kazakh prime minister hosted"); None
    for any other question (a person named, another meeting or event, no premier asked)."""
    words = set(r.words)
    if not words & _HOSTED or not ("@premier" in r.keys or r.people and asks_yes_or_no(r)) or len(r.people) > 1 \
            or r.keys & {"@next", "@previous", "@say"} or r.keys & derived(matcher).schedule_keys \
            or names_another_time(matcher, r) or place_named(matcher, r) or words & _NOT_THIS_MEETING \
            or other_event(matcher, r) is not None or other_days_named(matcher, r.words) or words & (FUTURE | _WILL_BE) \
            or any(is_year(w) for w in r.words) or _hosted_beyond_the_meeting(matcher, r):
        return None  # (not "which minister hosted the briefing on 20 May", "... в Ашхабаде", "will host", "hosted a
        # dinner": another event's host)
    hosts = sorted(derived(matcher).host)
    heads = delegation_heads(matcher, hosts[0]) if len(hosts) == 1 else []
    tokens, _ = matcher.analyze(r.question)
    countries = {k for t in tokens if t.word in words and t.word not in _HOSTED for k in t.keys if k.startswith("C:")}
    # ("host" reads as the host country itself, under that country's name)
    if len(heads) != 1 or countries & set(hosts) or heads[0].id in r.people:
        return None  # ("which Kyrgyz prime minister hosted", "was Japarov the host": the rules that read them answer)
    reply = with_changes(fact_reply(matcher.factbase, heads[0].id, r.language, score=reading_score(r)), intent="attend")
    if countries or r.people and asks_yes_or_no(r):  # "which Kazakh prime minister hosted the meeting", "was Smailov
        # the host": no (not "which prime minister hosted Mishustin": whom he hosted)
        return with_changes(reply, headline=f"{phrase(r.language, 'role_no')} {reply.headline}")
    return reply


# what a host is asked of, beside the meeting itself: "hosted the meeting", "принимал заседание", nothing else
_HOST_FRAME = frozenset({"@premier", "@minister", "@who", "@meeting", "@cis", "@where", "@participate", "@role",
                         "@country"})


# a host to come ("which country will host the regular meeting"): the next meeting's, not this one's
_FUTURE_HOST_RE = re.compile(rf"\b(?:{_WILL_HOST}|is\s+(?:going\s+to|to)\s+host)\b", re.IGNORECASE)
# what a host word hosts, up to the end of its clause ("which country will host the e-commerce platform")
_HOSTS_WHAT_RE = re.compile(r"\b(?:host|hosts|hosting|hosted|будет\s+принимать|примет|разместит)\s+(?P<what>[^.?!,;]+)",
                            re.IGNORECASE)


def _hosts_another_thing(matcher: Matcher, r: Reading) -> bool:
    """True when what the host word hosts is something other than the meeting ("which country will host the
    e-commerce platform"); not when it hosts nothing named ("which city hosted it", "kto byl hozyainom")."""
    hosted = _HOSTS_WHAT_RE.search(r.asked or r.question)
    if hosted is None:
        return False
    what = _HOSTED_CLAUSE_END_RE.split(hosted.group("what"))[0]
    return not set(tokenize(what)) & (MEETING_WORDS | _DELEGATION_WORDS) \
        and _hosted_beyond_the_meeting(matcher, replace(r, question=what))


# where what is hosted ends: "and", or a clause of its own ("the meeting where the platform was proposed")
_HOSTED_CLAUSE_END_RE = re.compile(r"\s+(?:and|и|i|where|which|that|who|when|at\s+which|где|который|которое|которая|"
                                   r"котором|на\s+котором)\s+")
_DELEGATION_WORDS = frozenset("delegations delegation делегации делегаций делегацию participants участников".split())


def _hosted_beyond_the_meeting(matcher: Matcher, r: Reading) -> bool:
    """True when something other than the meeting is what was hosted ("hosted a dinner", "the press conference",
    "принимал ужин"): a word the question holds beyond the host, the post and the meeting."""
    tokens, unknown = matcher.analyze(r.question)
    if any(w not in _HOSTED for w in unknown):
        return True
    known = derived(matcher)
    return any(not (set(t.keys) <= _HOST_FRAME | known.meeting_keys or t.word in _HOSTED or t.keys.keys() & known.host
                    or any(k.startswith(("P:", "C:")) for k in t.keys)) for t in tokens)


# "what do the reports say about", "что пишут публикации о": the frame of a question on what they hold
_WHAT_THE_REPORTS_SAY_RE = re.compile(r"^(?:what|что) (?:do|did|does)? ?(?:the )?(?:reports|sources|media|press|"
                                      r"публикации|источники|сми) (?:say|said|write|wrote|report|tell|пишут|писали|"
                                      r"сообщают|сообщали|говорят) (?:about|on|of|regarding|о|об|про)\b")
_THE_REPORTS = frozenset("""reports sources media press публикации публикациях публикаций источники источниках
    источников сми прессе сообщениях материалах материалам статьях""".split())  # the nouns, not "what did Meredov report"


# a day asked first ("when did Aripov speak", "в какой день выступил Арипов"; not "what did he say when he met")
_WHEN_ASKED_RE = re.compile(r"(?:when|on what day|what day|on which day|which day|когда|в какой день|какого числа|kogda)\b")
# a day of the week asked ("what day of the week", "какой день недели", "on which weekday")
_WEEKDAY_RE = re.compile(r"\b(?:day of the week|weekday|день недели|dnya nedeli|den nedeli)\b")
_WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday понедельник вторник среда среду
    четверг пятница пятницу суббота субботу воскресенье""".split())


def _when_or_where_they_met(matcher: Matcher, r: Reading) -> Reading | None:
    """"When did the prime ministers meet", "где собрались премьеры СНГ": the question without the posts
    of those who met, who are the meeting's members, not a subject (Meredov's "вице-премьер" is no
    answer). None unless the meeting's day or place is asked with posts and nothing else beside."""
    if "@meeting" not in r.keys or not r.keys & {"@when", "@where"} or not r.keys & TITLE_KEYS \
            or r.people or r.countries or "@next" in r.keys or "@president" in r.keys:
        return None
    tokens, _ = matcher.analyze(r.question)
    posts = {t.word for t in tokens if t.keys.keys() & TITLE_KEYS}
    bare = read(matcher, without_words(r.question, posts) or r.question, r.language)
    return bare if not bare.topic and bare.question != r.question else None


# the documents as a whole, signed at the meeting ("when were the documents signed", "где подписали документы")
_DOCUMENTS_ALL = frozenset("documents docs papers agreements документы документов доки соглашения dokumenty".split())
_OBTAINED = frozenset("get got obtain obtained take took find found взял взяли взяло берут откуда".split())


def _when_or_where_signed(matcher: Matcher, r: Reading) -> Reply | None:
    """"When and where were the documents signed?", "где подписали документы": this meeting's day and place,
    with the reports of the signing that give them. None when a document or anything else is named (its own
    reply), or no report of the signing gives its day."""
    meeting = matcher.factbase.meeting
    words = set(r.words)
    if meeting is None or "@sign" not in r.keys or not r.keys & {"@when", "@where"} or r.topic or r.people \
            or r.countries or "@next" in r.keys or sources_named(matcher, r) or words & (_OBTAINED | _WILL_SIGN) \
            or not words & _DOCUMENTS_ALL:
        return None  # (not "where did TASS get its count of signed documents": its source; not "when was the
        # agreement signed": one document, maybe another meeting's; not "where do I sign up", "where will they be")
    told = [a.id for a in derived(matcher).by_kind.get("result", [])
            if not a.elsewhere and any(dates_in(tokenize(text)) for text in entry_texts(a))]
    if not told:
        return None
    headline = phrase(r.language, "signed_at_meeting", date=format_date(meeting.date, r.language),
                      place=meeting_place(meeting, r.language))
    return list_reply(matcher.factbase, r.language, headline, told, intent="documents", score=reading_score(r))


def _another_day_named(matcher: Matcher, r: Reading) -> bool:
    """True when the question names a day other than this meeting's ("кто назвал 27 октября")."""
    meeting = matcher.factbase.meeting
    return meeting is not None and any(day != (meeting.date.day, meeting.date.month) for day in dates_in(r.words))


def _where_an_earlier_one_signed(matcher: Matcher, r: Reading) -> Reply | None:
    """"Where was the 2016 mining agreement originally signed?": the document of this meeting's that names it by its
    year, not answered, under "no report says where the 2016 document was signed"; None unless where it was
    signed is asked of a year before this meeting's that the document found gives."""
    meeting = matcher.factbase.meeting
    words = set(r.words)
    if meeting is None or not {"@where", "@sign"} <= r.keys or "@when" in r.keys or not words & _AGREEMENT_WORDS \
            or words & _ITS_OWN_WORDS:
        return None  # (not "where were the measures implementing the 2016 agreement signed": this meeting's)
    earlier = sorted(w for w in r.words if is_year(w) and int(w) < meeting.date.year)
    if len(earlier) != 1:
        return None
    found = _answer(matcher, read(matcher, without_words(r.question, WHERE_WORDS) or r.question, r.language))
    shown = [i for i in (found.fact_id, *(item.fact_id for item in found.items)) if i]
    dated = re.compile(rf"\b(?:dated|от)\s+(?:\w+\s+){{0,3}}{earlier[0]}\b", re.IGNORECASE)  # the agreement's own date
    if not found.answered or len(shown) != 1 \
            or not dated.search(" ".join(entry_texts(matcher.factbase.entry(shown[0])))):
        return None
    note = phrase(r.language, "earlier_signing_place_unsaid", year=earlier[0],
                  date=format_date(meeting.date, r.language), place=meeting_place(meeting, r.language))
    return with_changes(found, headline=f"{note} {found.headline}", answered=False)


_AGREEMENT_WORDS = frozenset("agreement agreements treaty соглашение соглашения соглашению соглашении".split())
_ITS_OWN_WORDS = frozenset("""measures implementing implementation implement document меры мер мерах мероприятиях
    мероприятия реализации документ""".split())  # (this meeting's document on it, asked as such)


# "Was it Lukashenko who announced that Bishkek would host the meeting?": a name put to a deed
_WAS_IT_WHO_RE = re.compile(r"^\s*(?i:so\s+)?(?i:was|is)\s+(?i:it)\s+(?i:really\s+)?(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
                            r"\s+(?i:who)\s+(?P<rest>\w.+)$")


def _was_it_someone_who(matcher: Matcher, r: Reading) -> Reply | None:
    """"Was it Lukashenko who announced that Bishkek would host the meeting?": who did it, as the question without
    the name finds, headed by whether it was the one named ("No:" for someone else, "The reports don't mention
    Lukashenko." for a name they never give); None unless so asked and the rest is answered."""
    found = _WAS_IT_WHO_RE.match(r.question)
    if found is None:
        return None
    asked = _answer(matcher, read(matcher, f"Who {found.group('rest')}", r.language))
    if not asked.answered:
        return None
    name = found.group("name")
    put = read(matcher, name, r.language).people
    shown = [i for i in (asked.fact_id, *(item.fact_id for item in asked.items)) if i]
    if put and any(f"P:{put[0]}" in matcher.doc_by_id[i].entities or i == put[0] for i in shown if i in matcher.doc_by_id):
        return asked  # it was
    note = phrase(r.language, "role_no") if put else phrase(r.language, "stranger", name=name)
    return with_changes(asked, headline=f"{note} {asked.headline.removeprefix(phrase(r.language, 'tied')).strip()}".strip())


def _names_its_city(matcher: Matcher, r: Reading) -> bool:
    """True when the question names the city this meeting was held in ("где именно в Бишкеке")."""
    meeting = matcher.factbase.meeting
    if meeting is None:
        return False
    city = meeting.place.split(",")[0]
    tokens, _ = matcher.analyze(" ".join(filter(None, (city, (meeting.place_ru or "").split(",")[0]))))
    return bool({k for t in tokens for k in t.keys} & r.keys)


_DELEGATION_NOUNS = frozenset("""delegations countries states participants делегаций делегации стран государств
    участников delegatsiy stran""".split())


def _names_the_delegations_count(matcher: Matcher, r: Reading) -> bool:
    """True when the question puts the number of delegations that took part to a noun that counts them
    ("9 delegations", "nine countries took part"), and nothing else: no document, no subject beyond."""
    words = set(r.words)
    if not words & _DELEGATION_NOUNS or r.keys & ({"@document", "@sign", "@next"} | TITLE_KEYS):
        # (not "were 9 delegations led by prime ministers": their posts, which the counts rules read)
        return False
    if numbers_named(r.words) != {len(delegated_countries(matcher))}:
        return False
    rest = read(matcher, without_words(r.question, {w for w in r.words if number_at(list(r.words), r.words.index(w))
                                                    is not None}), r.language)
    return not rest.topic


# a report's later correction asked: "did Sputnik Armenia later correct its date", "TASS исправил число?"
_CORRECTION_GATE = ("correct", "retract", "amend", "update", "errat", "исправ", "опроверг", "опроверж", "ispravil")  # (what any
# match of _CORRECTION_RE holds)
_CORRECTION_RE = re.compile(r"\b(?:did|has|have|had|ever|since|subsequently|later)\s+(?:[\w-]+\s+){0,6}?(?:correct|corrected|"
                            r"retract|retracted|amend|amended|update|updated)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:date|"
                            r"dates|figure|figures|count|number|numbers|story|report|article|piece|headline|text|version|"
                            r"claim)\b|\b(?:later|since|subsequently)\s+(?:corrected|retracted|amended|updated)\b|"
                            r"\b(?:corrections?|retractions?|errat\w*)\b|\b(?:исправил\w*|исправлени\w*|опроверг\w*|"
                            r"опровержени\w*|ispravil\w*)\b", re.IGNORECASE)
# the words of a correction asked, left out to read what the report said ("did Sputnik Armenia later correct its date":
# Sputnik Armenia's date)
_CORRECTION_WORDS_RE = re.compile(r"\b(?:later|ever|since|subsequently|correct|corrected|retract\w*|amend\w*|update\w*|"
                                  r"corrections?|retractions?|errat\w*|исправ\w*|опроверг\w*|опровержени\w*|ispravil\w*)\b",
                                  re.IGNORECASE)


# a sentence that checks what was pasted before it ("Is the attribution to Trend correct?", "Это правда?")
_CHECKS_IT_RE = re.compile(r"\b(?:attribution|attributed|correct|right|true|accurate|genuine|real|verbatim|exact|источник\w*|"
                           r"верн\w*|правд\w*|точн\w*|подлинн\w*|who said|кто сказал|which (?:outlet|report|agency))\b",
                           re.IGNORECASE)
# one person meeting another: "met with", "встречался с", "vstrechalsya s", "each other", "one-on-one"
_MET_WITH_EACH_RE = re.compile(r"\b(?:met|meet|meets|meeting|встречал\w*|встретил\w*|vstrechal\w*|vstretil\w*)\s+"
                               r"(?:with|с|со|s|so)\b|\beach other\b|\bдруг с другом\b|\bbilateral\w*|\bone-on-one\b|"
                               r"\bтет-а-тет\b|\bдвусторонн\w*|"
                               # the one met first: "с Ариповым отдельно встречался", "s Aripovym otdelno vstrechalsya"
                               r"\b(?:с|со|s|so)\s+[\w-]+\s+(?:[\w-]+\s+)?(?:встречал\w*|встретил\w*|vstrechal\w*|vstretil\w*)",
                               re.IGNORECASE)


# a post asked of today: "is Smailov still prime minister", "кто сейчас премьер Казахстана"
_NOW_RE = re.compile(r"\b(?:still|currently|now|nowadays|today|at present|these days|сейчас|до сих пор|по-прежнему|"
                     r"нынешн\w*|теперь|в настоящее время|sejchas|seichas|do sih por)\b", re.IGNORECASE)
_POST_KEYS = frozenset({"@premier", "@minister", "@deputy", "@president", "@role"})


def _post_now(matcher: Matcher, r: Reading) -> Reply | None:
    """"Is Smailov still prime minister?": the reports give his post at the meeting (their day), never today's;
    his entry under that, unanswered. None unless one person's post is asked of now."""
    if len(r.people) != 1 or not r.keys & _POST_KEYS or not _NOW_RE.search(r.question) \
            or r.people[0] not in matcher.factbase.speakers or r.keys & {"@say", "@propose"} or len(r.words) > 10:
        return None  # (not "what did Prime Minister Smailov say, still today quoted": his words)
    factbase = matcher.factbase
    entry = fact_reply(factbase, r.people[0], r.language, score=reading_score(r))
    day = format_date(factbase.meeting.date, r.language) if factbase.meeting is not None else ""
    note = phrase(r.language, "post_now_not_given", day=day)
    return with_changes(entry, answered=False, headline=f"{note} {entry.headline}")


NAMING_MARGIN = 35  # how far below the best a fact naming someone may rank, when who is asked and the best names no one
NAMING_FLOOR = 55  # and the least it may score
_WHO_WORDS = frozenset("who whom whose кто кого кем чей чья чьей чьи чью чьё чье kto".split())


def _naming_instead(matcher: Matcher, r: Reading, found: Reply) -> Reply | None:
    """The nearest fact that names a person or a country and holds the whole subject, when who (or whose
    initiative) is asked and the best fact names no one; None when none comes within NAMING_MARGIN of it."""
    subject = subject_keys(matcher, r, known_only=True)
    if not subject or not (asks_initiator(r) or set(r.words) & _WHO_WORDS):
        return None  # (not "v sochi che podpisali": "che" is what, read as whose)
    best = found.score or 0
    for candidate in matcher.rank(r.question, r.language, limit=8):
        if candidate.confidence < max(best - NAMING_MARGIN, NAMING_FLOOR):
            break
        doc = matcher.doc_by_id.get(candidate.fact_id)
        if doc is not None and any(k.startswith(("P:", "C:")) for k in doc.entities) \
                and doc_holds(matcher, candidate.fact_id, subject, share=0.7):  # ("развития": a stem in one language)
            return with_changes(fact_reply(matcher.factbase, candidate.fact_id, r.language, score=candidate.confidence),
                                intent="retrieval")
    return None


def _two_sides(matcher: Matcher, r: Reading) -> bool:
    """True when the question names two countries' sides, by a country or a person of it ("Russia's position on
    Uzbekistan's proposal"); not one side's two people ("Aripov on Mirziyoyev's initiative"), nor a person of no
    country's delegation ("Lebedev's view on the proposals")."""
    speakers = [matcher.factbase.speakers[p] for p in r.people if p in matcher.factbase.speakers]
    if any(country_by_name(s.country or "") is None for s in speakers):
        return False
    return len({country_key(s) for s in speakers} | set(r.countries)) > 1


def _correction_asked(matcher: Matcher, r: Reading) -> Reply | None:
    """"Did Sputnik Armenia later correct its 27 October date?": the collection keeps each report as it was
    published, and no later version or correction of one; that is said, unanswered, above what the report
    says of it. None unless a named report's correction is asked."""
    lowered = r.question.lower()  # (the cheap test, then the pattern: naming reports is read only for it)
    if not has_any(lowered, _CORRECTION_GATE) or not _CORRECTION_RE.search(r.question):
        return None
    named = sources_named(matcher, r)
    if not named:
        return None
    bare = read(matcher, _CORRECTION_WORDS_RE.sub(" ", r.question), r.language)
    said = _answer(matcher, bare)
    note = phrase(r.language, "no_correction", publisher=publishers_of(matcher.factbase, named))
    return with_changes(said, answered=False, headline=f"{note} {said.headline}".strip())


def _no_delegation_size(matcher: Matcher, r: Reading) -> Reply:
    """"Какова численность делегации Казахстана", "how large was the Kazakh delegation and who led it": no report
    gives a delegation's size; the head of the one named is shown, as the answer only when who led it is asked."""
    lang = r.language
    heads = delegation_heads(matcher, r.countries[0]) if len(r.countries) == 1 and not r.people else []
    if len(heads) != 1:
        return abstain(matcher, r, "participants", phrase(lang, "delegation_size"))
    head = fact_reply(matcher.factbase, heads[0].id, lang, score=reading_score(r))
    led = _LED_RE.search(" ".join(r.words)) is not None  # ("... and who led it": its head; not "who were its members")
    return with_changes(head, intent="attend", answered="@who" in r.keys and led,
                        headline=f"{phrase(lang, 'delegation_size')} {head.headline}")


_LED_RE = re.compile(r"\b(?:led|lead|leads|headed|heads|head|chaired|возглав\w*|руковод\w*|глав\w*|vozglav\w*)\b")


# set while a claim is asked again without the other event it names ("Как Лебедев подытожил работу совещания в
# Минске?"): what the question left out may be where the summing-up was, so this meeting's is no answer
_BESIDE_ANOTHER_EVENT: ContextVar[bool] = ContextVar("beside_another_event", default=False)


def _with_the_summing_up(matcher: Matcher, r: Reading, person: str, said: Reply) -> Reply:
    """"Как Лебедев подытожил работу заседания?": his words the reports head as on the results, when what the say
    rules found holds none of them (the words around the summing-up, "работу заседания", matched another fact
    or nothing); the say rules' reply otherwise, or when no summing-up is asked, or when, where or who reported it
    is ("when was the briefing where he summed it up", "did Interfax report his summing-up")."""
    summing = summing_up_of(matcher, r, person)  # (the cheap test first: most questions ask no summing-up)
    shown = {said.fact_id, *(item.fact_id for item in said.items)} if said.answered else set()
    if not summing or shown & {s.id for s in summing}:
        return said
    if _BESIDE_ANOTHER_EVENT.get() or {"@when", "@where", "@count"} & r.keys or asks_attribution(r) \
            or sources_named(matcher, r) \
            or OTHER_AGENCY_RE.search(r.question) or set(r.words) & agency_words(matcher) - STOPWORDS \
            or other_event(matcher, r) or place_named(matcher, r) or any(is_year(w) for w in r.words):
        return said  # (nor "как Лебедев подытожил заседание в Сочи / работу за 2023 год": another occasion)
    name = speaker_name(matcher.factbase.speakers[person], r.language)
    return list_reply(matcher.factbase, r.language, phrase(r.language, "said", name=name, count=len(summing)),
                      [s.id for s in summing], intent="say", fact_id=person, score=reading_score(r))


_WHOM_CITED_RE = re.compile(r"\b(?:cit\w+|ссыла\w+|сослал\w*|rel(?:y|ies|ying|ied)\s+on)\b", re.IGNORECASE)
_SAYS_RE = re.compile(r"\b(?:say|says|said|write|writes|wrote|claim\w*|говорит|говорят|пишет|пишут|сказано|написано|"
                      r"утвержда\w*)\b", re.IGNORECASE)
_QUOTED_RE = re.compile(r"[«“\"']\s*[^«“\"'»”]*$")  # an open quotation mark before a point of the question
# a count of documents compared: "more than 20 documents", "более 20 документов", "fewer than 22 agreements"
_MORE_OR_FEWER_THAN_RE = re.compile(r"(?<!\bno\s)(?<!\bnot\s)(?<!\bне\s)\b(?P<way>more|over|fewer|less|более|больше|свыше|"
                                    r"менее|меньше)\s+(?:than\s+|чем\s+)?(?P<n>\d{1,3})\s+(?:(?:signed|cooperation|"
                                    r"подписанных)\s+)?(?:documents?|agreements?|документ\w*|соглашени\w*)"
                                    r"\b(?!\s+(?:on|about|for|о|об|по|про)\b)|"
                                    # "put the number of signed documents at more than 20"
                                    r"\b(?:documents?|agreements?)\s+at\s+(?P<way2>more|over|fewer|less)\s+(?:than\s+)?"
                                    r"(?P<n2>\d{1,3})\b", re.IGNORECASE)


_COMPARING_WORDS = ("more", "over", "fewer", "less", "более", "больше", "свыше", "менее", "меньше")


def _more_or_fewer_than(matcher: Matcher, r: Reading) -> Reply | None:
    """"Which report puts the documents at more than 20?": the reports' counts of documents that are more (or
    fewer) than the number, each with its report. None unless such a comparison is asked, or when no count is
    (the count rules then give every report's count)."""
    if not has_any(r.question.lower(), _COMPARING_WORDS):  # (the cheap test first: few questions compare)
        return None
    found = _MORE_OR_FEWER_THAN_RE.search(r.question)
    if found is None or _WHOM_CITED_RE.search(r.question) or _QUOTED_RE.search(r.question[:found.start()]) \
            or asks_yes_or_no(r) and not sources_named(matcher, r) and not has_any(r.question.lower(), ("headline",
                                                                                                   "заголов")) \
            or _SAYS_RE.search(r.question[:found.start()]) and not has_any(r.question.lower(), ("headline", "заголов")):
        return None  # (not 'the draft says "more than 20 documents" ...', "my notes say over 20 ...", nor "... and
        # whom does TASS cite": someone's words, and the report's source, are the other rules' to answer)
    n = int(found.group("n") or found.group("n2"))
    more = (found.group("way") or found.group("way2")).lower() in ("more", "over", "более", "больше", "свыше")
    counts = [a for a in derived(matcher).by_kind.get("count", []) if a.counts == "documents" and a.count is not None]
    if not counts:
        return None
    kept = [a for a in counts if (a.count or 0) > n] if more else [a for a in counts if (a.count or 0) < n]
    if not kept:
        return None  # ("подписали больше 30 документов?": no, say the count rules, with every report's count)
    parts = "; ".join(f"{matcher.factbase.source_of(a).publisher}: {a.count}" for a in kept)
    return list_reply(matcher.factbase, r.language, phrase(r.language, "count_documents", parts=parts),
                      [a.id for a in kept], intent="count", score=reading_score(r))


_NAME_OF_RE = re.compile(r"\bnames?\s+of\b|\bкак\s+зовут\b|\bимя\b")


def _answer(matcher: Matcher, r: Reading) -> Reply:
    factbase = matcher.factbase
    lang = r.language
    words = set(r.words)
    text = " ".join(r.words)  # the early rules' patterns read the question's words as one line
    if is_smalltalk(r):
        return smalltalk_reply(factbase, r)
    if r.people and _NAME_OF_RE.search(text):  # "What is the name of Mishustin wife?": his family's, not his name
        family = family_asked_reply(factbase, r)
        if family is not None:
            return family
    if _figures_the_reports_give(matcher, r):  # "'25 agreements signed'. What figures do the reports give?": their
        counted = count_reply(matcher, read(matcher, phrase(lang, "how_many_documents"), lang))  # counts, not a list
        if counted is not None and counted.answered:  # of the reports
            return counted
    subheadline = subheadline_reply(matcher, r)
    if subheadline is not None:  # "каков подзаголовок материала ТАСС о подписании документов": not kept (not the
        return subheadline  # documents it names)
    via_which = _quoted_via_which(matcher, r)
    if via_which is not None:  # "Is Lebedev quoted via BelTA or via TASS?": through whom he is, whichever is named
        return via_which
    if not r.people and _QUOTING_RE.search(r.question) and _AGENCY_OF_WORDS_RE.search(r.question) \
            and (r.keys & TITLE_KEYS or {"секретар", "secretari", "secretary"} & r.keys) \
            and len(titled := people_by_role(matcher, r)) == 1:  # "через какое агентство цитируют генсека СНГ": the
        surname = speaker_surname(factbase.speakers[titled[0]], lang)  # Secretary General's words (not a fact
        if not _WHEN_OR_WHERE_NAMED_RE.search(r.question):  # relaying his June ones; not "in June 2023", "about
            return _answer(matcher, read(matcher, f"{r.question} {surname}", lang))  # the venue in Sochi": which of
        # his words is asked, the usual rules' to find)
    if len(r.people) == 1 and _IN_LANGUAGE_ASKED_RE.search(r.question):
        original = _words_in_a_language(matcher, r, r.people[0])  # "the Russian original of Mishustin's '...'",
        if original is not None:  # "русскоязычная версия заметки Trend про Арипова": no report has one (before the
            return original  # words pasted or the report named find his English ones as if they were it)
    if has_any(r.question, ('"', "«", "“")) and asks_attribution(r):
        unheld = unheld_words_reply(matcher, r)  # 'Lebedev called it "the most productive session in CIS history" -
        if unheld is not None:  # which agency reported that line?': no report has those words, so no agency
            return unheld  # reported them (not the agency of his other words)
        not_his = _claimed_words_not_held(matcher, r)
        if not_his is not None:  # "Правда ли, что Лебедев заявил: «...»? Где это опубликовано?": his quotes in two
            return not_his  # languages, none of them on these words
    if asks_attribution(r):
        unheld_claim = _claim_not_held(matcher, r)
        if unheld_claim is not None:  # "Говорят, Арипов предложил единую валюту СНГ. Где это опубликовано?": none of
            return unheld_claim  # his words is on it, so no report carried it
        another = _claim_of_anothers_words(matcher, r)
        if another is not None:  # "Mishustin's closing line was that the Executive Committee will analyse the
            return another  # proposals. Which agency carried it?": Lebedev's words, via BelTA (not Mishustin's Interfax)
    if _VENUE_IN_CITY_RE.search(text) and not r.people and (place_named(matcher, r) or _names_its_city(matcher, r)
                                                             or r.keys & derived(matcher).schedule_keys):
        # "which venue in Ashgabat will host the meeting", "где именно в Бишкеке": the city is given, the reports
        # name nothing within it
        return abstain(matcher, r, "retrieval", phrase(lang, "no_building"))
    hosts_head = _the_hosts_head(matcher, r)
    if hosts_head is not None:  # "which prime minister hosted the meeting": the host country's head of delegation
        return hosts_head  # (before "hosted", a "where", reads it as the meeting's place)
    signed = _when_or_where_signed(matcher, r) or _where_an_earlier_one_signed(matcher, r)
    if signed is not None:  # "когда и где подписаны документы": at this meeting, as the report of the signing says;
        return signed  # "where was the 2016 agreement signed": no report says
    met = _when_or_where_they_met(matcher, r)
    if met is not None:  # "when did the prime ministers meet", "где собрались премьеры": the meeting's day or place
        return _answer(matcher, met)
    expanded = abbreviation_reply(matcher, r) or glossed_term_reply(matcher, r)  # "what does TITR stand for", "what
    if expanded is not None:  # does 'without withholdings' mean": the reports' own expansion or gloss
        return expanded
    corrected = _correction_asked(matcher, r)
    if corrected is not None:  # "did Sputnik Armenia later correct its 27 October date": no later version is here
        return corrected
    now = _post_now(matcher, r)
    if now is not None:  # "is Smailov still prime minister": his post at the meeting, and no word of today
        return now
    by_country = outlets_by_country_reply(matcher, r)
    if by_country is not None:  # "which Azerbaijani outlets reported": no report's country is kept; the reports
        return by_country
    was_it = _was_it_someone_who(matcher, r)  # "was it Lukashenko who announced ...": who did, and whether it was he
    if was_it is not None:
        return was_it
    pasted = pasted_words_reply(matcher, r)  # "'It is important to find ...' — who said it, where and when?"
    if pasted is not None:
        credited = _said_per_agency(matcher, r, r.people[0]) if len(r.people) == 1 and pasted.answered else None
        not_credited = phrase(r.language, "agency_not_credited", credited="\0", agency="").split("\0")[0]
        if credited is not None and credited.headline.startswith(not_credited):
            return credited  # 'verify: "Aripov proposed ..., AKIpress reports."': Trend's and Kun.uz's, not AKIpress's
        return _pasted_from_another(matcher, r, pasted)
    unheard = _per_an_agency_unheard(matcher, r)  # "Reuters reported 22 documents, right?": no report cites it
    if unheard is not None:
        return unheard
    story = agency_story_reply(matcher, r)  # "the original Interfax story's headline": the reports give none of it
    if story is not None:
        return story
    naming = reports_naming_reply(matcher, r)  # "which reports mention Mustafayev": the reports of his facts
    if naming is not None:
        return naming
    checked = number_check_reply(matcher, r)  # "the mining agreement dates from 2018, right?": 2016, sourced
    if checked is not None:
        return checked
    compared = _more_or_fewer_than(matcher, r)  # "who reported more than 20 documents": TASS's 22 (not Asia-Plus's 20)
    if compared is not None:
        return compared
    counted = count_said_by_reply(matcher, r)  # "Лебедев заявил о 22 документах?": no, 22 is TASS's number
    if counted is not None:
        return counted
    dated = said_day_reply(matcher, r)  # "Лебедев заявил, что заседание пройдёт 26 октября — так?": he gave 27 October
    if dated is not None:
        return dated
    placed = place_check_reply(matcher, r)  # "will the Innoprom forum be held in Moscow?": Tashkent, sourced
    if placed is not None:
        return placed
    initiated = initiative_check_reply(matcher, r)  # "adopted at Kazakhstan's initiative?": Uzbekistan's, sourced
    if initiated is not None:
        return initiated
    if impossible_dates(r.words):  # "on 31 June": no such day, so no fact is about it
        return abstain(matcher, r, "retrieval", phrase(lang, "no_such_day"))
    if _WEEKDAY_RE.search(text) and not derived(matcher).words & _WEEKDAYS:  # "what day of the week": no report says
        return abstain(matcher, r, "retrieval", phrase(lang, "no_weekday"))
    if words & _EXPERTS and not r.people:  # "как эксперты оценили итоги": the reports quote no commentators
        return abstain(matcher, r, "retrieval", phrase(lang, "no_experts"))
    later = _what_came_of_a_proposal(matcher, r)
    if later is not None:  # "was the e-commerce platform eventually created": the reports end before that
        return later
    theme = theme_year_claim(matcher, r) or theme_year_reply(matcher, r)  # "what is 2024 the year of": the fact
    # giving the year its theme ("was 2024 declared the Year of Ecology": no, the year of the volunteer movement)
    if theme is not None:
        return theme
    decided = earlier_meeting_decisions(matcher, r)  # "what was decided at the Sochi meeting": its report's facts
    if decided is not None:
        return decided
    chosen = announced_origin_reply(matcher, r)  # "at whose proposal was the next meeting set for Bishkek": this one
    if chosen is not None:
        return chosen
    proposer = proposer_claim_reply(matcher, r)  # "did Armenia propose Bishkek": no, Kyrgyzstan, as Sputnik relays
    if proposer is not None:
        return proposer
    away = stayed_away_claim(matcher, r)
    if away is not None:  # "why did Mishustin skip the meeting (for the SCO)": he did not; he represented Russia
        return away
    published = published_claim_reply(matcher, r)  # "the Turkmenportal report came out on 26 May 2024?": 26 April
    if published is not None:
        return published
    there = event_there_reply(matcher, r)
    if there is not None:  # "what meeting takes place in Minsk on 27 February": the permanent representatives'
        return there
    wrong_month = _next_in_another_month(matcher, r)  # "is the Ashgabat meeting set for June 2024": May
    if wrong_month is not None:
        return wrong_month
    if "@next" in r.keys and dates_in(r.words) and dates_in(r.words) <= derived(matcher).dates:
        wrong_day = _next_on_another_day(matcher, r)  # "is the next meeting on 23 May": no, 24 May; 23 May is the
        if wrong_day is not None:  # working meeting before it
            return wrong_day
    summit = _same_as_an_earlier_summit(matcher, r)
    if summit is not None:  # "was this the same as the CIS summit in Bishkek earlier in October": no, Heads of State
        return summit
    event = other_event(matcher, r) if not _where_its_venue_was_chosen(matcher, r) else None
    if event:  # "what did Tokayev say at the Heads of State meeting": what a speaker here relayed of it, if anyone
        return _quoted_here(matcher, r) or _which_body(matcher, r, event) or earlier_meeting_day(matcher, r) \
            or relayed_from_event(matcher, r, event) \
            or event_mentioned(matcher, r, event) \
            or _next_is_elsewhere(matcher, r, event) or _next_on_another_day(matcher, r) \
            or _with_the_count(matcher, r, this_is_elsewhere(matcher, r, event)) \
            or this_is_another_day(matcher, r, event) \
            or _claim_beside_another_event(matcher, r) \
            or other_event_reply(matcher, r, event)
    moved = this_is_elsewhere(matcher, r, None)  # "was the Bishkek meeting held in Astana?": not there, in Bishkek
    if moved is not None:
        return _with_the_count(matcher, r, moved) or moved
    elsewhere = next_in_another_country(matcher, r)  # "will the next meeting be in Tajikistan?": not there
    if elsewhere is None and r.people and "@next" in r.keys:  # "Smailov said Kazakhstan will host the next meeting,
        # right?": the claim put in someone's mouth is checked as the claim
        tokens, _ = matcher.analyze(r.question)
        names = {t.word for t in tokens if any(k.startswith("P:") for k in t.keys)}
        elsewhere = next_in_another_country(matcher, read(matcher, without_words(r.question, names) or r.question, lang))
    if elsewhere is not None and (asks_yes_or_no(r) or _WILL_BE_RE.search(text) or words & {"where", "где", "gde"}) \
            and per_report(matcher, r) is None:  # not "according to the Kyrgyz government, where is it": its report
        # (and "а следующая встреча где, в Туркмении?": where, with a guess at it)
        announced = _the_next_meeting(matcher, lang, elsewhere)
        if announced is not None:
            return announced
    claimed = place_named(matcher, r) if "@next" in r.keys and not r.people else None  # (the cheap test first)
    if claimed and not _other_places_or_events(matcher, r) \
            and (asks_yes_or_no(r) or not WH_RE.search(text)
                                                           and _WILL_BE_RE.search(text)):  # "the next one will be in
        moved = _next_is_elsewhere(matcher, r, phrase(lang, "event_place", place=claimed))  # Minsk, right?": a claim
        if moved is not None:
            return moved
    if r.unknown_entities:  # "what did Mishustin say about Ukraine": the sources don't mention Ukraine
        return retrieve(matcher, r)
    announced = held_not_announced(matcher, r)  # "was it held on 27 October": announced so, held on the 26th
    if announced is not None:
        return announced
    placed = held_in_another_place(matcher, r)  # "was the meeting held in Kazakhstan / in Ashgabat"
    if placed is not None:
        return placed
    if _PRESS_CONFERENCE_RE.search(text) and (_WAS_THERE_RE.search(text) or "@who" in r.keys) and not r.people \
            and "@count" not in r.keys:  # "was there a press conference", "who held the press conference"
        return abstain(matcher, r, "retrieval", phrase(lang, "no_press_conference"))
    if _APPOINTED_RE.search(text) and not r.people:  # "did the meeting appoint a new CIS Secretary General"
        return abstain(matcher, r, "retrieval", phrase(lang, "no_appointment"))
    if _VOTE_RE.search(text) and not words & _VOTED_A_PLACE and "@next" not in r.keys:  # "how did each country vote"
        return abstain(matcher, r, "documents", phrase(lang, "no_vote"))
    if _REACTION_RE.search(text) and (not r.people or len(r.people) > 1) and not _names_a_body(matcher, r) \
            or len(r.people) > 1 and _ANSWERED_ONE_RE.search(text) \
            or _reaction_to_the_named(matcher, r, text) \
            or _POSITION_ON_RE.search(r.question) and _two_sides(matcher, r) and not _names_a_body(matcher, r):
        # "how did Tokayev react to Smailov's speech"
        # "Lukashenko's reaction", "как отреагировала Москва" (not "how did the CIS Executive Committee react");
        # "что ответил Мишустин на предложение Арипова": no report tells of one answering another
        return abstain(matcher, r, "retrieval", phrase(lang, "no_reaction"))
    if _VIDEO_RE.search(r.question) and ("@participate" in r.keys or words & _IN_PERSON_WORDS):
        # "did Mishustin come in person or by video": the reports say who took part, not how (not "online trade")
        return abstain(matcher, r, "attend", phrase(lang, "no_mode_of_attending"))
    if (r.people or r.countries) and _MET_WITH_RE.search(text):
        # "с кем встречался Арипов", "what did Kazakhstan sign bilaterally with Kyrgyzstan": no report tells of
        # talks or signings on the side
        return abstain(matcher, r, "retrieval", phrase(lang, "no_bilateral"))
    if _BUILDING_RE.search(text) and not r.people and "@next" not in r.keys and not place_named(matcher, r):
        # "which hotel hosted the talks": the reports name the city only (not "which hall in Ashgabat")
        return abstain(matcher, r, "retrieval", phrase(lang, "no_building"))
    if _BACKED_RE.search(text) and not _A_BODY_RE.search(text):  # "which countries backed Aripov's e-commerce
        # platform", "how did the other delegations react to it" (not "how did the Executive Committee react to the
        # proposals": Lebedev says what it will do with them)
        return abstain(matcher, r, "retrieval", phrase(lang, "no_backing"))
    if _AUTHOR_RE.search(text) and sources_named(matcher, r):  # "who wrote the Astana Times article (about Smailov)"
        return abstain(matcher, r, "report", phrase(lang, "no_author"))
    if _SPOKESPERSON_RE.search(text):  # "the spokesperson who put out Smailov's press release": no report names one
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))
    if _RELIABLE_RE.search(text) and words & _REPORT_ASKED and not r.people:  # "which report is the most reliable"
        return abstain(matcher, r, "opinion", phrase(lang, "opinion"))
    if _OPINION_RE.search(text) and not (r.people and "@say" in r.keys):  # not "what did X say was good for"
        return abstain(matcher, r, "opinion", phrase(lang, "opinion"))
    if _REFUSED_RE.search(text) or _reservations_asked(matcher, r, text):  # "which country refused to sign", "did
        # Yerevan enter reservations": the reports name no refusal
        return abstain(matcher, r, "documents", phrase(lang, "no_refusal"))
    if _WHICH_SPORT_RE.search(text) and not derived(matcher).words & _SPORTS:  # ("... и где": nor its venue)
        when_where = _CHAMPIONSHIP_RE.search(text) and r.keys & {"@when", "@where"}
        return abstain(matcher, r, "documents", phrase(lang, "no_championship_when" if when_where else "no_sport"))
    if _CHAMPIONSHIP_RE.search(text) and words & _SPORTS and not derived(matcher).words & _SPORTS:
        return _championship_of_no_sport(matcher, r)  # "is the CIS championship document about football"
    if _CANCELLED_RE.search(text):
        cancelled = _cancelled_reply(matcher, r)
        if cancelled is not None:
            return cancelled
    if _CIS_ANNIVERSARY_RE.search(r.question) and not _VICTORY_RE.search(r.question):
        # "was a document signed on the 80th anniversary of the CIS": the anniversary the reports name is Victory's
        reply = abstain(matcher, r, "documents", phrase(lang, "anniversary_of_victory"))
        victory = [e.id for e in factbase.agreements.values() if _VICTORY_RE.search(" ".join(entry_texts(e)))][:1]
        return with_changes(reply, suggestions=tuple(Suggestion(i, fact_title(factbase, i, lang)) for i in victory))
    if _CHAMPIONSHIP_RE.search(text) and r.keys & {"@when", "@where"} and not r.keys & {"@document", "@sign"}:
        # "когда пройдёт чемпионат СНГ", "where will the CIS championship be held": a document names it, no more
        return abstain(matcher, r, "documents", phrase(lang, "no_championship_when"))
    if _chair_asked(text):
        return abstain(matcher, r, "retrieval", phrase(lang, "no_chair"))
    if _SUCCESSOR_RE.search(text):  # "who will be the new CIS Secretary General": no report speaks of a successor
        return abstain(matcher, r, "retrieval", phrase(lang, "no_successor"))
    if _TOOK_POST_RE.search(text) and (r.people or people_by_role(matcher, r)) and "@next" not in r.keys:
        return abstain(matcher, r, "retrieval", phrase(lang, "no_tenure"))  # "when was Lebedev appointed"
    if _FORMAT_RE.search(text) and not r.people and not any(other_place(matcher, w) for w in r.words) \
            and not any(_PLACE_ADJECTIVE_RE.match(w) and any(w.startswith(p[:4]) for p in OTHER_PLACES if len(p) > 3)
                        for w in r.words) \
            and not words & _NOT_THIS_MEETING and "@next" not in r.keys and not _AND_ANOTHER_RE.search(text) \
            and origin_reply(matcher, r) is None:  # (not "на каком заседании решили ... и в каком составе оно было")
        # "проходило ли заседание в узком и расширенном составе" (not "в каком составе прошло заседание в Сочи")
        return abstain(matcher, r, "retrieval", phrase(lang, "no_format"))
    if _IN_FORCE_ASKED_RE.search(text) and not r.people:  # "when does the services agreement enter into force"
        return abstain(matcher, r, "documents", phrase(lang, "no_in_force"))
    if _BILATERAL_RE.search(text) and {"@sign", "@document"} & r.keys:
        # "what did Kazakhstan sign separately with Kyrgyzstan": the lists are the CIS's
        return abstain(matcher, r, "documents", label(lang, "nothing_found"))
    if has_any(text, _SIZE_GATE) and (_DELEGATION_SIZE_RE.search(text) or len(r.countries) == 1 and _ONES_MAKE_UP_RE.search(text)):
        return _no_delegation_size(matcher, r)  # "какова численность делегации Казахстана", "назовите состав делегации
        # Казахстана" (not "состав делегаций": the delegations, which the reports list)
    if (_WHO_ELSE_RE.search(text) or _besides_its_head(matcher, r)) and (r.countries or r.people) \
            and not {"@say", "@propose"} & r.keys:
        # "who else came from Kazakhstan besides Smailov": the reports name each delegation's head only
        return abstain(matcher, r, "participants", phrase(lang, "delegation_size"))
    if _SPEECH_LANGUAGE_RE.search(text) and not sources_named(matcher, r) and not any(
            w.startswith(("report", "source", "article", "publica", "публикац", "источник", "стать", "материал"))
            for w in words):
        # "на каком языке выступал Арипов": no report says (the reports' own languages are theirs to give)
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))
    if r.people and _WHERE_AFTER_RE.search(text):  # "mishustin posle bishkeka kuda poletel": no report follows him
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))
    if has_any(text, _UNRESOLVED_GATE) and _UNRESOLVED_RE.search(text):  # "какие вопросы так и не решили": no report
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))  # says what was left open
    if has_any(text, _CONTENDED_GATE) and _CONTENDED_RE.search(text):  # "какие ещё города претендовали на проведение":
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))  # no report names a rival venue
    if _WEATHER_RE.search(text) or _IDENTIFIER_RE.search(text):
        # "was it cold in Bishkek that day", "какой ISSN у Asia-Plus": no report speaks of them
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))
    if _OBJECTION_RE.search(text) and not r.people:  # "which delegation opposed Uzbekistan's revision": none named
        return abstain(matcher, r, "retrieval", phrase(lang, "no_objection"))
    if not r.people and not r.countries and _ABSENT_RE.search(text) \
            and not re.search(r"\b(not only|не только)\b|\b(prime minister|premier|премьер)", text):
        # "which CIS countries did not send delegations": the reports list who came, never who stayed away
        reply = abstain(matcher, r, "participants", phrase(lang, "no_absent"))
        offer = Suggestion(PARTICIPANTS_ID, fact_title(factbase, PARTICIPANTS_ID, lang))
        return with_changes(reply, suggestions=(offer, *(x for x in reply.suggestions if x.fact_id != PARTICIPANTS_ID)))
    if asks_appearance(r):  # what a thing looks like: only a quote that describes it answers
        found = retrieve(matcher, r)
        return found if found.answered else abstain(matcher, r, "retrieval", phrase(lang, "no_description"),
                                                    score=found.score)
    if "@who" in r.keys and (set(r.words) & _SUCCESSION_WORDS and not _AFTER_THE_MEETING_RE.search(text)
                             or _BECOMING_A_POST_RE.search(text)
                             or _before_someone(matcher, r)):  # "who was Secretary General before Lebedev" (not "after the
        # meeting, who will study the proposals": a time, no one succeeded)
        return abstain(matcher, r, "retrieval", label(lang, "nothing_found"))
    numbered = asks_numbered_item(r)
    if numbered and "@who" in r.keys:  # "who signed document 7": the lists name no signatory
        return abstain(matcher, r, "documents", phrase(lang, "names_nobody"))
    if r.people and _PERSON_SIGNED_RE.search(text) and {"@document", "@sign"} & r.keys \
            and not {"@say", "@count"} & r.keys:
        # "which document did Lebedev sign on behalf of the Executive Committee": the reports name no signatory
        return abstain(matcher, r, "documents", phrase(lang, "names_nobody"))
    one = signers_of_one_reply(matcher, r)  # "which countries signed the uranium programme": the reports don't say
    if one is not None:
        return one
    signed = None if asks_attribution(r) or "@say" in r.keys or _PER_WHOM_RE.search(text) \
        else who_signed_reply(matcher, r)  # (not "how many were signed, and according to whom": which report)
    if signed is not None:  # "who signed the documents": the participants, say the reports (not "who reported")
        return signed
    numbered_as = None if r.people else item_number_of_reply(matcher, r)  # "under which number is X listed"
    if numbered_as is not None:
        return numbered_as
    if numbered and not r.people:  # "item 10.1": the report's numbering, not a count of ten
        item = numbered_item_reply(matcher, r)
        return item if item is not None else abstain(matcher, r, "documents", phrase(lang, "no_item_number"))
    if not r.people and "@document" in r.keys and set(r.words) & _MORE_OR_FEWER and len(sources_named(matcher, r)) > 1:
        counted = count_reply(matcher, r)  # "which report says more documents, TASS or Asia-Plus": each one's count
        if counted is not None:
            return counted
    part = part_counted_reply(matcher, r)  # "ТАСС пишет про девять документов — о чём они": the nine on financing
    if part is not None:
        return part
    each = each_reports_facts_on(matcher, r)  # "what do Asia-Plus and TASS each say about the next meeting"
    if each is not None:
        return each
    if _compares_reports_figures(matcher, r):  # "where do TASS and Asia-Plus differ in their figures": the count
        counted = count_reply(matcher, read(matcher, phrase(lang, "how_many_documents"), lang))
        if counted is not None and counted.answered:
            return counted
    if two_numbers(matcher, r) and not r.people:  # "TASS says 22, Asia-Plus 20: who is right?": both, sourced
        counted = count_reply(matcher, r)
        if counted is not None:
            return counted
    quoted = quoted_by_reply(matcher, r)  # "whose words did Smailov cite": a person, not an agency
    if quoted is not None:
        return quoted
    spelled = name_asked_reply(matcher, r)  # "how is the Tajik PM's name spelled": the entry quoting the report
    if spelled is not None:
        return spelled
    in_language = reports_in_language(matcher, r)  # "which of the reports are in Russian": TASS, Sputnik, Turkmenportal
    if in_language is not None:
        return in_language
    of_the_day = reports_of_a_day(matcher, r)  # "which outlets published on 27 October 2023": those dated so
    if of_the_day is not None:
        return of_the_day
    day = exact_day_reply(matcher, r) if exact_day_asked(r) else None  # the day asked before what a report cites:
    if day is not None:  # "Asia-Plus, citing BelTA, gives only 'May 2024' ... Does any later report specify the day?"
        return day
    dated = dateline_claim_reply(matcher, r)  # "Trend's Aripov story was datelined Bishkek?": TASHKENT, 27 October
    if dated is not None:  # ("met in Tashkent, not Bishkek, because Trend is datelined Tashkent": not there, first)
        not_there = met_where_a_report_is_datelined(matcher, r)
        return dated if not_there is None else with_changes(dated, headline=f"{not_there} {dated.headline}")
    agency = agency_claim_reply(matcher, r)  # "Asia-Plus took its Mishustin quotes from TASS, right?": Interfax
    if agency is not None:
        return agency
    quoted = agency_quotes_reply(matcher, r)  # "who did Interfax quote": Mishustin's words, not Asia-Plus's line
    if quoted is not None:
        return quoted
    republished = republished_reply(matcher, r)  # "which aggregator did Trend's and AzerNews's texts come via"
    if republished is not None:
        return republished
    head_elsewhere = _head_from_another_report(matcher, r)
    if head_elsewhere is not None:  # "does Asia-Plus say who represented Tajikistan? if not, which source does"
        return head_elsewhere  # (before the report's own record: "какой источник называет" is not whom it cites)
    if len(r.people) == 1 and _VIA_RE.search(r.question) and _QUOTING_RE.search(r.question) \
            and not _carried_by_named(matcher, r):
        per_agency = _said_per_agency(matcher, r, r.people[0])  # "Is Lebedev quoted via TASS?": TASS carries none
        if per_agency is not None:  # of his words, so it is put as the agency (not TASS's own sources)
            return per_agency
    itself = report_itself(matcher, r)  # "which agency does Asia-Plus cite", "when was the TASS piece published"
    if itself is not None:
        return itself
    citing = citing_reply(matcher, r)  # "which report cites Interfax": the report, by the agency it names
    if citing is not None:
        return citing
    contents = report_contents(matcher, r) or agency_contents(matcher, r)  # "what did TASS / AKIpress report"
    if contents is not None:
        return contents
    official = report_of_a_government(matcher, r)  # "which report comes from the host country's government"
    if official is not None:
        return official
    listing = report_with_the_list(matcher, r)  # "which report gives the full list of the documents"
    if listing is not None:
        return listing
    each = from_each_report(matcher, r)  # "how do Trend and AzerNews word Aripov's proposal": both versions
    if each is not None:
        return each
    if {"@count", "@document"} <= r.keys and not r.people and asks_attribution(r):
        counted = count_reply(matcher, r)  # "how many documents, and which outlet gives each figure": each, sourced
        if counted is not None and counted.answered:
            return counted
    summed = summed_up_reply(matcher, r)
    if summed is not None:  # "which CIS official summed up the meeting": Lebedev, on its results
        return summed
    in_the_reports = _participants_in_the_reports(matcher, r)
    if in_the_reports is not None:  # "list every head of delegation named in the reports": not who reported them
        return in_the_reports
    unquoted = unquoted_reply(matcher, r)
    if unquoted is not None:  # "which heads of delegation are not quoted anywhere": those whose words none gives
        return unquoted
    if not r.people and not r.countries and QUOTED_WHO_RE.search(" ".join(r.words)):
        return spoke_reply(matcher, r)  # "which speakers are quoted directly (and where)", "кого цитируют": who spoke
    ordered = earliest_report_reply(matcher, r) or which_came_first_reply(matcher, r)
    if ordered is not None:  # "which is the earliest report in the set": Sputnik Armenia's; "TASS or Asia-Plus": TASS
        return ordered
    day = exact_day_reply(matcher, r)  # "does Asia-Plus give the exact date of the next meeting": no, May 2024
    if day is not None:
        return day
    per = per_report(matcher, r)  # "according to the Astana Times, ...": that report's facts first
    if per is None and _asks_the_reports_list(words):
        # "which sources are you using": the reports themselves (before the rules on whom a report cites)
        return with_changes(fact_reply(factbase, SOURCES_ID, lang, score=reading_score(r)), intent="report")
    if asks_attribution(r) and not (per is not None and (gives_its_authority(r) or not asks_attribution(per[1]))):
        # not "who are the heads of delegation named in the Astana Times report": the report is given, not asked
        attributed = _first_reported(matcher, r) or attribution_reply(matcher, r)
        if not attributed.answered and "@next" in r.keys and not r.people:
            announced = overview_reply(matcher, r)  # "Следующее заседание: город, месяц, кто сообщил?": its facts,
            if announced is not None and announced.answered:  # each with its report
                return announced
        return attributed
    named: list[str] = []
    if per is not None:  # the rest reads the question without the report's name and frame
        named, r = per
        words = set(r.words)
    elif r.people and ("@source" in r.keys or set(r.words) & _THE_REPORTS) and not sources_named(matcher, r):
        r = _without_the_reports(matcher, r)  # "who is Lebedev, as the reports describe him": no report named
        words = set(r.words)
    elif _WHAT_THE_REPORTS_SAY_RE.search(" ".join(r.words)) and not sources_named(matcher, r):
        # "what do the reports say about the Ashgabat meeting": what they say is the subject, not their saying
        bare = _WHAT_THE_REPORTS_SAY_RE.sub(" ", " ".join(r.words)).strip()
        if bare:
            r = read(matcher, f"{bare}?", r.language)
            words = set(r.words)
    if r.ambiguous and not r.people:
        return ambiguous_reply(factbase, r)
    if "@cis" in r.keys and not r.people and not (r.topic and subject_keys(matcher, r, known_only=True)) and (
            words & _MEMBER_WORDS or (
            _IN_THE_CIS_RE.search(" ".join(r.words)) or words & _IN_ALL or _THERE_ARE_RE.search(" ".join(r.words)))
            and not {"@meeting", "@participate"} & r.keys and not any(w.startswith(("deleg", "делег")) for w in words)):
        # "how many countries are in the CIS", "skolko stran v SNG vsego": not the delegations here (but "how many
        # CIS countries attended the meeting", "сколько стран в СНГ было на встрече" are; nor is "the interregional
        # forum of CIS member states", whose subject is the forum)
        return membership_reply(factbase, r)
    if "@count" in r.keys and words & SPOKE_WORDS and not r.people and not r.topic:
        return with_changes(spoke_reply(matcher, r), intent="count")  # "how many people spoke"
    if not named and _asks_the_reports_list(words):  # (asked again once the question is read without "the reports")
        return with_changes(fact_reply(factbase, SOURCES_ID, lang, score=reading_score(r)), intent="report")
    if _REPORTS_COUNTED_RE.search(" ".join(r.words)) and not {"@document", "@sign", "@adopt"} & r.keys:
        # "how many reports / sources do you have": the reports themselves
        return with_changes(fact_reply(factbase, SOURCES_ID, lang, score=reading_score(r)), intent="count")
    place = None if r.people else asks_list_position(r)
    if place is not None:  # "the seventh document on the list": a place, not a count of seven
        return list_position_reply(matcher, r, place)
    only_one = only_deputy_claim(matcher, r)  # "was Armenia the only delegation not led by a prime minister": no
    if only_one is not None:
        return only_one
    deputies = deputies_reply(matcher, r)  # "which delegations were led by a deputy prime minister": those three
    if deputies is not None:
        return deputies
    besides = count_besides_reply(matcher, r)  # "besides Smailov, how many heads of delegation": eight
    if besides is not None:
        return besides
    if "@count" in r.keys and _ITEMS_COUNTED_RE.search(" ".join(r.words)):
        # "сколько пунктов в перечне правительства Киргизии": no report counts a list's items (not the documents signed)
        return abstain(matcher, r, "count", phrase(lang, "no_item_count"))
    if "@count" in r.keys and not r.people or checks_a_count(matcher, r):
        # a number is asked: the reports' counts, or a quote that gives a figure, never a person's
        # entry ("how many people in the Russian delegation") or one document ("how many concern X")
        counted = count_reply(matcher, r, named)
        if counted is None:
            return retrieve(matcher, r)
        return _from_another(matcher, counted, named, lang, r) if named else counted  # "per Trend": not Trend's
    stranger = stranger_from(matcher, r)
    if stranger is not None and stranger.answered and (not_on := not_that_day(matcher, r)) is not None:
        stranger = with_changes(stranger, headline=f"{not_on} {stranger.headline}")  # "Putin flew in on Oct 27"
    if stranger is not None and stranger.answered and _STATED_DOCUMENTS_RE.search(r.question) \
            and not _HOW_MANY_RE.search(r.question):  # "Пашинян лично примчался в Бишкек и подписал все 30
        return _with_the_documents_count(matcher, stranger)  # документов": who came, and the reports' count
    if stranger is not None:
        return stranger
    if _who_goes_next(matcher, r):  # "кто от России поедет в Ашхабад": no report names the next one's delegations
        return abstain(matcher, r, "other-event", phrase(lang, "no_participants_next"))
    if "@participate" in r.keys and words & _NOT_THIS_MEETING and not words & _BRIEFING and "@meeting" not in r.keys \
            and "@sign" not in r.keys:  # (not "did leaders sign something about a championship": a document)
        # "будет ли Беларусь участвовать в Иннопроме": who takes part in a forum only proposed, no report says
        return abstain(matcher, r, "other-event", phrase(lang, "no_participants_elsewhere"))
    spoke = _who_spoke_for(matcher, r)
    if spoke is not None:  # "кто выступал от Казахстана": its head of delegation's words, not Tokayev's relayed ones
        return spoke
    came = _who_came_from(matcher, r)
    if came is not None:  # "who was there from Kazakhstan": its head of delegation, not everyone from there named
        return came
    if asks_figure(r) and not asks_what_said(r):
        # "how much did Kyrgyzstan spend on hosting": a quote that gives the figure, never the host's entry
        return retrieve(matcher, r)
    if asks_maker(r) and not r.people:  # "who designed the medal": only a fact naming someone answers
        found = retrieve(matcher, r)
        return found if not found.answered or names_someone(matcher, found) else \
            abstain(matcher, r, "retrieval", phrase(lang, "names_nobody"), score=found.score)
    no_president = no_president_reply(matcher, r)
    if no_president is not None:  # "did Turkmenistan send its president": none named; who led it instead
        return no_president
    minister = foreign_minister_reply(matcher, r) or who_is_president_reply(matcher, r)
    if minister is not None:  # "who is Kazakhstan's foreign minister": none named (Turkmenistan's: Meredov); "кто
        return minister  # президент Кыргызстана": none named (never its prime minister)
    proposer = _venue_proposer_unsaid(matcher, r)
    if proposer is not None:  # "who proposed Sochi as the venue": the reports say who proposed Bishkek, not Sochi
        return proposer
    unheld = _post_never_quoted(matcher, r)
    if unheld is not None:  # "what did the Chinese ambassador say about the Belt and Road": no ambassador is
        return unheld  # named, so not Smailov's words on it
    hosting = _a_hosts_meeting_unreported(matcher, r)
    if hosting is not None:  # "когда Таджикистан будет принимать Совет": no report names a meeting it hosts
        return hosting
    planned = _planned_event_unsaid(matcher, r)
    if planned is not None:  # "кто будет проводить брифинг 20 мая": the report gives its day only
        return planned
    if _HOST_COUNTRY_RE.search(" ".join(r.words)) and "@meeting" in r.keys and not r.people \
            and factbase.meeting is not None and not r.keys & _ROLE_KEYS and "@next" not in r.keys \
            and not any(is_year(w) and int(w) != factbase.meeting.date.year for w in r.words):
        # "date, city, host country of the meeting": the meeting's place, not the host's prime minister (nor "host
        # city for the 2025 meeting": another one)
        return with_changes(fact_reply(factbase, factbase.meeting.id, lang, score=reading_score(r)), intent="overview")
    if not r.people and "@propose" in r.keys and r.countries and set(r.countries) <= derived(matcher).host \
            and r.keys & derived(matcher).meeting_keys - {"@meeting", "@cis"}:
        # "was it Kyrgyzstan's own initiative to hold it in Bishkek": how the venue was chosen, not the host's words
        chosen = origin_reply(matcher, r)
        if chosen is not None:
            return chosen
    people = r.people or people_by_role(matcher, r)
    strangers = _a_persons_name(unknown_names(matcher, r), r.question) if people and not r.people else []
    if strangers:  # "what did CIS Secretary General Alexei Overchuk say": the post is Lebedev's, the name no one's
        bare = without_words(r.question, {w for name in strangers for w in tokenize(name)}) or r.question
        reply = _answer(matcher, read(matcher, bare, lang))
        speaker = factbase.speakers[people[0]]
        note = phrase(lang, "name_not_in_reports", names=" ".join(strangers), name=speaker_name(speaker, lang),
                      role=speaker_role(speaker, lang))
        return with_changes(reply, headline=f"{note} {reply.headline}")
    family = family_asked_reply(factbase, r)
    if family is not None:  # "Who is Mishustin's wife?": no report speaks of it
        return family
    side_meeting = met_each_other_reply(factbase, r) if len(r.people) > 1 else None
    if side_meeting is not None and _MET_WITH_EACH_RE.search(r.question):
        # "Aripov vstrechalsya s Mishustinym? O chem govorili?": one meeting the other, before both one's words (not
        # "what did they say at the talks": the session's)
        return side_meeting
    each = each_said_reply(matcher, r)
    if each is not None:  # "did both Smailov and Aripov speak of free trade": each one's words on it
        return each
    if side_meeting is not None:  # "встречался ли Мишустин отдельно с Ариповым": no report speaks of a side meeting
        return side_meeting  # (not of a "separate roadmap", Aripov's, which "отдельно" would find)
    checked_role = role_check_reply(matcher, r, people[0]) if r.people else None
    if checked_role is not None:  # "Smailov spoke as Uzbekistan's prime minister, right?": his entry
        return checked_role
    announced = _where_announced(matcher, r) if people else None
    if announced is not None:  # "where did Lebedev announce that the meeting would be in Bishkek": Sochi
        return announced
    if len(r.people) > 1 and not statements_of(matcher, people[0]) and any(
            i in derived(matcher).statement_ids.get(p, ()) for i in derived(matcher).mentions.get(people[0], [])
            for p in people[1:]):
        # "which of Mirziyoyev's initiatives did Aripov recall": the one quoted naming the other is the speaker
        # (not "what did Golovchenko say about Mishustin": the reports quote nothing of Golovchenko's)
        people = tuple(sorted(people, key=lambda p: not statements_of(matcher, p)))
    if r.people and _WHEN_ASKED_RE.match(" ".join(r.words)) and asks_what_said(r) and not r.topic \
            and factbase.meeting is not None \
            and all(factbase.speakers[p].attended for p in r.people):
        # "on what day did Aripov speak in Bishkek": at the meeting, whose day the reports give
        return with_changes(fact_reply(factbase, factbase.meeting.id, lang, score=reading_score(r)), intent="overview")
    original = _words_in_a_language(matcher, r, people[0]) if people else None
    if original is not None:  # "Aripov's exact original words in Uzbek or Russian": the reports give English ones
        return original
    if people and asks_what_said(r):
        credited = _said_per_agency(matcher, r, people[0])
        if credited is not None:  # "according to Interfax, what did Mishustin say": his words Interfax is cited for
            return credited
        quoting = _quoting_another(matcher, r, people[0])
        if quoting is not None:  # "Smailov quoted Mirziyoyev on trade barriers?": his words on them, whom they quote
            return quoting
        each = from_each_report(matcher, r) if len(named) > 1 else None
        if each is not None:  # "any direct quote from Aripov on energy in Trend or AzerNews?": each report's words
            return each
        said = say_reply(matcher, r, people[0])
        said = said if named else _with_the_summing_up(matcher, r, people[0], said)
        if not said.answered and not said.items and not r.people and r.countries and "@who" in r.keys \
                and factbase.speakers[people[0]].attended and not r.topic:  # (not "... say about Gaza": half an answer)
            # "who represented Belarus and what did he say": Golovchenko, whom the reports do not quote
            led = fact_reply(factbase, people[0], lang, score=reading_score(r))
            note = phrase(lang, "led_not_quoted", surname=speaker_surname(factbase.speakers[people[0]], lang))
            return with_changes(led, intent="say", headline=f"{led.headline} {note}")
        after = _said_after_its_report(matcher, r, said)
        if after is not None:  # "what did Meredov tell journalists at the 20 May briefing": after its report
            return after
        if named and said.items:
            return _only_in(matcher, said, named, r)
        asked_to_quote = reports_asked_to_quote(matcher, r) if said.items and not named else []
        if asked_to_quote:  # "does Trend quote Mishustin directly": its words there, or that it quotes none
            return _only_in(matcher, said, asked_to_quote, r)
        return _from_another(matcher, said, named, lang, r) if named else said
    if people and not r.people and r.countries and (_LEFT_EARLY_RE.search(r.question) or (
            asks_yes_or_no(r) or puts_a_claim(r)) and words_no_fact_holds(matcher, r.words)):
        # "Правда, что туркменская делегация ушла раньше времени?", "did the Turkmen delegation protest?": who led
        # it says nothing of that
        return abstain(matcher, r, "attend", phrase(lang, "delegation_act_not_said"))
    if people and asks_attendance(r):  # "did Smailov and Tokayev both attend": each one's answer
        proposed = _his_words_on_it(matcher, r, people[0])
        if proposed is not None:  # "Aripov floated a roadmap for the regions - anything like delegation visits?"
            return proposed
        if len(r.people) > 1:
            return attend_each_reply(factbase, r)
        present = _not_the_premier(matcher, r, attend_reply(factbase, r, people[0]), people[0])
        # "whom did Asia-Plus say represented Tajikistan": its excerpt names no one there, which is said (not
        # "Asia-Plus пишет 'Tajikistan was represented at' - so by whom?": its words quoted are the setting)
        return _from_another(matcher, present, named, lang, r) if named and not _QUOTE_MARKS_RE.search(r.question) \
            else present
    who = who_is_reply(matcher, r)  # "кто такой Мередов в сообщении о подготовке": his entry, whatever the report's subject
    if who is not None:
        return who
    origin = origin_reply(matcher, r)
    if origin is not None:
        return origin
    host_asked = "@country" in r.keys and "@who" not in r.keys or "@who" in r.keys and "@meeting" in r.keys \
        and bool(words & _HOSTED_RU) and not words & {"участие", "uchastie"}  # "кто принимал заседание" (not участие)
    if words & _HOSTED and host_asked and not r.people and factbase.meeting is not None \
            and not {"@next", "@previous", "@participate", "@premier", "@minister", "@deputy", "@president"} \
            & r.keys and not place_named(matcher, r) and not names_another_time(matcher, r) \
            and not r.keys & derived(matcher).schedule_keys \
            and all(day == (factbase.meeting.date.day, factbase.meeting.date.month) for day in dates_in(r.words)) \
            and not any(is_year(w) and int(w) != factbase.meeting.date.year for w in r.words) \
            and not _hosts_another_thing(matcher, r) and not _FUTURE_HOST_RE.search(r.asked or r.question):
        # (not "host in 2025", "host the e-commerce platform", "which country will host the regular meeting": the next)
        # (not "кто хозяин заседания в Ашхабаде", "... 24 мая": the next one's)
        # "which country hosted the meeting", "кто принимал заседание": its place, not the delegations (not "which
        # country hosted the Sochi meeting", "hosts the May 2024 meeting": another meeting)
        return with_changes(fact_reply(factbase, factbase.meeting.id, lang, score=reading_score(r)), intent="overview")
    if not r.people and asks_documents(r) and set(words) & _WILL_SIGN \
            and ("@next" in r.keys or r.keys & derived(matcher).schedule_keys):
        # "which documents will be signed at the next meeting": this meeting's are no answer
        return abstain(matcher, r, "documents", phrase(lang, "next_documents"))
    if not r.people and asks_documents(r) and not names_another_time(matcher, r) \
            and not (r.keys & {"@say", "@propose", "@intensify"} and people_by_role(matcher, r)):  # not "in summer 2023",
        # nor "which agreement did the Kazakh PM want sped up": his words
        only = named or sources_named(matcher, r)
        listed = documents_reply(matcher, r, only=only or None)  # "…does TASS name"
        listed = _from_another(matcher, listed, only, lang, r) if only else listed  # "did TASS mention the IT industry"
        heads = _their_heads_words(matcher, r) if not listed.answered and not only else None
        if heads is not None:  # "what did Uzbekistan want done with the CIS free trade agreement": no document
            return heads  # holds it, the words of Uzbekistan's head on it do
        if _WHO_ASKED_RE.search(" ".join(r.words)) and listed.answered and names_nobody(matcher, listed):
            # "who won the CIS Championship mentioned in the documents": the document names no one
            return abstain(matcher, r, "documents", phrase(lang, "names_nobody"), score=listed.score)
        return with_total_named(matcher, r, listed)  # "all nine financing documents": two are named
    if not r.people and not r.countries and _names_the_delegations_count(matcher, r):
        # "9 delegations, true?", "were there nine delegations": the list that counts them (not TASS's nine
        # financing documents, whose number is the same)
        return with_changes(fact_reply(factbase, PARTICIPANTS_ID, lang, score=reading_score(r)), intent="participants")
    if not r.people and not r.countries and not r.topic and "@next" not in r.keys:  # this meeting's, not the next's
        if (words & SPOKE_WORDS or (("@who" in r.keys or words & _ANYONE) and "@say" in r.keys
                                    and "@participate" not in r.keys)) \
                and not _THAT_CLAUSE_RE.search(r.question) and not _another_day_named(matcher, r):
            # (not "did the Astana Times say who attended", nor "кто назвал датой заседания 27 октября": who gave the day)
            return spoke_reply(matcher, r, named)  # not "who announced that the meeting would be in Bishkek"
        if ("@participate" in r.keys or ("@country" in r.keys and ("which" in words or "какие" in words))
                or (r.keys & {"@list", "@participate"} or _WHO_WAS_AT_RE.search(" ".join(r.words)) and "@meeting" in r.keys)
                and r.keys <= _PARTICIPANTS_FRAME | derived(matcher).meeting_keys) \
                and "@propose" not in r.keys:  # not "the heads of delegation's proposals: what becomes of them"
            listed = with_changes(fact_reply(factbase, PARTICIPANTS_ID, lang, score=reading_score(r)), intent="participants")
            # "list the heads of delegation named in the TASS report": TASS lists none, which is said
            lists_them = {s.source for s in factbase.speakers.values() if s.attended}
            attended = {s.id for s in factbase.speakers.values() if s.attended}
            names_some = any(factbase.statements[i].speaker in attended for n in named
                             for i in derived(matcher).statements_by_source.get(n, []))  # Asia-Plus quotes Mishustin
            if named and not lists_them & set(named) and not names_some:
                note = phrase(lang, "another_report", publisher=publishers_of(factbase, named))
                return with_changes(listed, answered=False, headline=f"{note} {listed.headline}")
            return listed
        if "@president" in r.keys and {"@meeting", "@participate"} & r.keys:  # "which presidents were there"
            return presidents_reply(matcher, r)
    aside = without_set_aside(matcher, r)
    if aside is not None:  # "besides trade and transport, was anything cultural on the agenda": not trade, transport
        r = aside
        words = set(r.words)
    checked = date_check(matcher, r)
    if checked is not None:
        return checked
    if not r.people and (not r.countries or _hosts_the_next(matcher, r)) and not unknown_names(matcher, r):
        overview = overview_reply(matcher, r)  # (not "how did Pashinyan react"; "when will Turkmenistan host it")
        if overview is not None and asks_initiator(r) and not shows_a_proposal(factbase, overview) \
                and ("@when" not in r.keys and _parts_of(r.question) is None
                     or _DECIDED_RE.search(r.question) is not None):  # (not "which country will
            # host it, and whose proposal was it": the next meeting's facts answer the first; but "Когда решили?"
            # asks of the decision, of which they tell nothing)
            # "какая страна предложила Ашхабад местом следующего СГП": no fact on the next meeting tells whose idea
            return abstain(matcher, r, "overview", phrase(lang, "names_nobody"), score=overview.score)  # it was
        if overview is not None:  # "according to TASS, where is the next meeting": TASS says nothing of it
            return _from_another(matcher, overview, named, lang, r) if named else overview
    if named:
        theirs = per_report_reply(matcher, without_agenda_words(matcher, r), named)
        if theirs is not None:
            return _with_its_reports_words(matcher, r, theirs)
    found = _with_its_reports_words(matcher, r, retrieve(matcher, without_agenda_words(matcher, r)))
    if not named and (not found.answered or "@who" in r.keys and names_nobody(matcher, found)):
        spoke_on = who_spoke_on_reply(matcher, r)  # "кто говорил про торговлю": each speaker's words on it
        if spoke_on is not None:  # (not Sochi's agreement on free trade in services, which names no one)
            return spoke_on
    if not found.answered:
        other_report = _in_the_named_or_another_report(matcher, r, named or sources_named(matcher, r))
        if other_report is not None:  # "is the jubilee medal in the Kyrgyz government's list": in TASS's, said so
            return other_report
    if ("@who" in r.keys or asks_initiator(r)) and found.answered and names_nobody(matcher, found, ("P:", "C:")):
        naming = _naming_instead(matcher, r, found)
        if naming is not None:  # "по чьей инициативе принята Концепция промкооперации": the report that names
            return naming  # Uzbekistan's initiative, not Sputnik's line naming no one
    if "@who" in r.keys and found.answered and _WHO_ASKED_RE.search(" ".join(r.words)) and not any(
            _WHO_ASKED_RE.search(t.lower()) for i in _shown_ids(found) for t in entry_texts(factbase.entry(i))):
        # "who won the prizes at the Innoprom forum": a winner, whom no fact shown names (Aripov only proposed it)
        return abstain(matcher, r, "retrieval", phrase(lang, "names_nobody"), score=found.score)
    if "@who" in r.keys and found.answered and names_nobody(matcher, found):
        told = report_statements_holding(matcher, r, found.fact_id or "", 1 / 3)  # the best holds the subject
        if told and not found.items:  # "who reported on the preparations": whom the same report says told it
            return list_reply(factbase, lang, found.headline, [told[0], found.fact_id or ""], intent="retrieval",
                              score=found.score)
        # "who won the CIS Championship": the document on it names no one
        return abstain(matcher, r, "retrieval", phrase(lang, "names_nobody"), score=found.score)
    if found.answered and "@document" in r.keys and not r.people and not r.countries \
            and not {"@who", "@propose"} & r.keys and _THE_AGREEMENT_ON_RE.search(" ".join(r.words)) \
            and all(isinstance(factbase.entry(i), Statement) for i in _shown_ids(found)):
        # "what's the exact wording of the agreement on the e-commerce platform": no such document is listed; what
        # the reports say of it is someone's proposal, shown as that, unanswered
        shown = found.headline.removeprefix(phrase(lang, "tied")).strip()
        return with_changes(found, answered=False, headline=f"{phrase(lang, 'not_this_meetings')} {shown}".strip())
    if asks_initiator(r) and found.answered and (names_nobody(matcher, found, ("P:", "C:")) or (
            not shows_a_proposal(factbase, found) and not {"@when", "@where"} & r.keys and _parts_of(r.question) is None
            and all(isinstance(factbase.entry(i), Agreement) for i in _shown_ids(found)))):
        # "which country initiated the Volunteer Year": the action plan's fact names no one (not "whose
        # initiative was Bishkek": Kyrgyzstan's proposal, in the venue's fact)
        return abstain(matcher, r, "retrieval", phrase(lang, "names_nobody"), score=found.score)
    return _from_another(matcher, found, named, lang, r) if named else found

"""The words and patterns that frame questions (what kind of answer is asked), used by more than one
intent: the frame's concept keys, greetings, "more" words, outcome and agenda words, numbers.
Words that only one intent reads live in that intent's module.
"""

from __future__ import annotations

import re

from bot.text import is_cyrillic, stem, transliterate

__all__ = [
    "AGENDA_FILLER", "AGENDA_RE", "AREA_WORDS", "BYE", "DEPUTY_RE", "FRAME", "GREETING", "MEETING_TIME_WORDS", "MEETING_WORDS", "MORE_WORDS",
    "an_age_or_rank", "CHECK_WORDS", "CITIES", "LEADERS", "MONEY_WORDS", "money_asked", "NOT_TOPIC", "NUMBER_RE", "NUMBER_WORDS", "OTHER_DOMAINS", "OTHER_PLACES", "OUTCOME_WORDS", "PREPARING", "PRONOUNS", "REQUEST_WORDS", "SEASONS", "SEASON_MONTHS", "SPOKE_WORDS", "THANKS",
    "SENTENCE_END_RE", "TITLE_KEYS", "WHERE_WORDS", "WHICH_REPORT_ASKED_RE", "asking_sentences", "city_named", "number_at", "numbers_named",
    "sentences_of",
]

# Concept keys that frame a question (what kind of answer) rather than say what it is about.
FRAME = frozenset({
    "@say", "@propose", "@who", "@when", "@where", "@count", "@participate", "@meeting", "@cis",
    "@list", "@country", "@role", "@premier", "@minister", "@deputy", "@president", "@document",
    "@sign", "@adopt", "@agenda", "@next", "@year", "@priority",
})


OTHER_PLACES = {
    "astana": "Astana", "астана": "Astana", "астане": "Astana", "астаны": "Astana", "минск": "Minsk",
    "minsk": "Minsk", "минске": "Minsk", "moscow": "Moscow", "москва": "Moscow", "москве": "Moscow",
    "dushanbe": "Dushanbe", "душанбе": "Dushanbe", "baku": "Baku", "баку": "Baku", "yerevan": "Yerevan",
    "ереван": "Yerevan", "ереване": "Yerevan", "kazan": "Kazan", "казань": "Kazan", "казани": "Kazan",
    "almaty": "Almaty", "алматы": "Almaty", "sochi": "Sochi", "сочи": "Sochi",
    "tashkent": "Tashkent", "ташкент": "Tashkent", "ташкенте": "Tashkent",
    # Kyrgyzstan's other cities and the region's others where CIS bodies meet
    "osh": "Osh", "ош": "Osh", "оше": "Osh", "cholpon": "Cholpon-Ata", "чолпон": "Cholpon-Ata",
    "samarkand": "Samarkand", "самарканд": "Samarkand", "самарканде": "Samarkand", "petersburg": "St Petersburg",
    "петербург": "St Petersburg", "петербурге": "St Petersburg", "санкт": "St Petersburg", "sankt": "St Petersburg",
    "питер": "St Petersburg", "питере": "St Petersburg", "piter": "St Petersburg", "pitere": "St Petersburg",
    "khujand": "Khujand", "худжанд": "Khujand",
    "худжанде": "Khujand", "yekaterinburg": "Yekaterinburg", "ekaterinburg": "Yekaterinburg",
    "екатеринбург": "Yekaterinburg", "екатеринбурге": "Yekaterinburg", "екатеринбурга": "Yekaterinburg",
    # typed in Latin letters: "v Moskve", "v Minske"
    "moskva": "Moscow", "moskve": "Moscow", "minske": "Minsk", "astane": "Astana", "erevane": "Yerevan",
    "kazani": "Kazan", "tashkente": "Tashkent",
}
# the keys of a head of government's or state's title ("prime minister", "вице-премьер", "президент")
TITLE_KEYS = frozenset({"@premier", "@minister", "@deputy", "@president"})


# the word that asks where ("where", "где", typed "gde")
WHERE_WORDS = frozenset("where где gde".split())
# every city a question may name: the other meetings' (OTHER_PLACES), this meeting's and the next one's
CITIES = {**OTHER_PLACES, **dict.fromkeys("bishkek бишкек бишкеке бишкека bishkeke".split(), "Bishkek"),
          **dict.fromkeys("ashgabat ashkhabad ашхабад ашхабаде ашхабада ashgabate".split(), "Ashgabat")}
_CITY_STEMS = {stem(word): city for word, city in CITIES.items()}


def city_named(word: str) -> str | None:
    """The city a word names, in any case form ("из Москвы", "from Tashkent"), or None."""
    return CITIES.get(word) or _CITY_STEMS.get(stem(word))


# An amount of money asked: the reports give none, so a count or a delegation is never the answer
# how a claim is put to be checked ("Check:", "Verify.", "Проверьте:"): the words the label rules share
CHECK_WORDS = frozenset("""check verify confirm fact проверьте подтвердите проверка подтверди подтвердить подтверждаете
    подтверждаешь подтвердишь podtverdite podtverdi""".split())
MONEY_WORDS = frozenset("""
    cost costs costing price prices budget budgets dollars dollar usd rubles roubles euros money value worth
    funding amount spend spends spent spending paid pay pays expenses expenditure sum sums allocate allocates allocated
    allocation gdp ввп vvp
    стоимость стоит стоить стоил стоила стоило стоили бюджет бюджета долларов долларах доллара рублей рублях
    евро деньги денег сумма суммы сумму потратил потратила потратили потрачено расходы расходов затраты затрат
    заплатил заплатила заплатили израсходовал израсходовали
    выплаты выплат выплату выплата выплатят пособия пособие пособий payments payment payouts payout
""".split())
MONEY_WORDS = MONEY_WORDS | {transliterate(w) for w in MONEY_WORDS if is_cyrillic(w)}  # "kakoy byudzhet"
_YEAR_OF_IT_RE = re.compile(r"\b(?:which|what)\s+years?\b|\bкак\w*\s+год\w*|\bв\s+каком\s+году\b|\bна\s+какой\s+период\b")
_PAID_ATTENTION_RE = re.compile(r"\b(?:pay|pays|paid|paying)\s+(?:\w+\s+){0,2}attention\b")
# an amount of financing or of dues, in words that are not money's own: "объём финансирования", "доли взносов"
_FINANCING_AMOUNT_RE = re.compile(r"\b(?:объ[её]м\w*|размер\w*|дол[яиюей]\w*|volume|size|level|shares?)\s+(?:of\s+)?(?:\w+\s+)?"
                                  r"(?:финансировани\w*|взнос\w*|financing|funding|contributions?|dues)\b")
_SUMS_UP_RE = re.compile(r"\b(?:sum|sums|summed|summing)\s+(?:\w+\s+){0,2}up\b|"  # "sums up the meeting": no money;
                         r"\bsum\s+total\b|\bsum\s+of\s+(?:all\s+)?(?:the\s+)?(?:\w+\s+)?(?:documents?|agreements?|"
                         r"docs|decisions?|delegations?|countries|speakers?|statements?)\b|"  # nor "the sum of all documents"
                         r"\b(?:total\s+)?sum\s+of\s+(?:all\s+)?(?:the\s+)?(?:documents?|agreements?)\b")


def money_asked(words: tuple[str, ...]) -> set[str]:
    """The words of money a question uses, not "pay (special) attention" ("Smailov said it's necessary to pay
    special attention to eliminating trade barriers, right?" asks no figure)."""
    found = set(words) & MONEY_WORDS
    text = " ".join(words)
    financing = _FINANCING_AMOUNT_RE.search(text)
    if financing:
        found = found | {financing.group(0)}
    if found and _YEAR_OF_IT_RE.search(text):
        return set()  # "funding for which year was signed?": the year of the financing, a document's title gives it
    if found & {"pay", "pays", "paid", "paying"} and _PAID_ATTENTION_RE.search(text):
        found -= {"pay", "pays", "paid", "paying"}
    if found & {"sum", "sums", "summed"} and _SUMS_UP_RE.search(text):
        found -= {"sum", "sums", "summed"}
    return found


OUTCOME_WORDS = frozenset("""
    decided decide decision decisions signed sign adopted adopt agreed outcome outcomes result results
    решили решено решения подписали подписано приняли принято итоги итог результаты результат
    итогам итогах итогов итогами итоге результатам результатах результатов результатами following
    подписан подписана подписаны подпишут подписать принят принята приняты примут
    итоговый итоговая итоговое итоговую итоговые итоговых итоговым итоговой final
""".split())  # ("итоговую декларацию": a declaration, no word of the documents' summaries "по итогам")


OUTCOME_WORDS = OUTCOME_WORDS | {transliterate(w) for w in OUTCOME_WORDS if is_cyrillic(w)}  # "chto reshili"


GREETING = frozenset("""
    hi hello hey hiya greetings morning evening afternoon yo howdy привет здравствуй здравствуйте
    добрый доброе доброго салют хай privet zdravstvuyte zdravstvuy салам salam саламатсызбы салеметсизбе ассалому
""".split())


THANKS = frozenset("thanks thank thx ty cheers спасибо благодарю спс пасибо spasibo merci".split())


BYE = frozenset("bye goodbye пока свидания poka".split())


MORE_WORDS = frozenset("""
    else more other another additional anything further also ещё еще больше другое другого
    кроме eshche eshe
""".split())


PRONOUNS = frozenset("he him his she her он его него ему она её ее нее ней on ego".split())


# how a word for preparations begins: "preparatory events", "подготовка", "мероприятия", "брифинг"
PREPARING = ("prepar", "event", "briefing", "подготов", "мероприят", "брифинг", "podgotov", "meropriyat")


SPOKE_WORDS = frozenset("""spoke speak speakers speaker выступал выступали выступил выступавшие выступавший выступавшего
    выступавших выступившие выступивших выступающие выступающих""".split())


AGENDA_RE = re.compile(r"\b(agenda|discuss\w*|topics?|issues|on the table|повестк\w*|обсужда\w*|обсудили|темы|"
                        r"затрагива\w*|затронул\w*|затронут\w*|рассматривал\w*|"
                        r"тема|povestk\w*|obsuzhda\w*|obsujda\w*|obsudili|"  # and as typed in Latin letters
                        # "what did they talk about", "о чём говорили": what was talked about, by no one named
                        r"what did (they|the \w+( \w+){0,2}) (talk|speak) about|"
                        r"о ч[её]м (говорили|шла речь|разговаривали|беседовали)|o ch[eyo]m govorili)\b")


# what frames an agenda question beyond its agenda word ("which topics were covered", "стояли на повестке")
AGENDA_FILLER = frozenset(form for w in """
    covered cover featured feature included include raised considered addressed main key table tabled
    стояли стоял стояло стояла включены включили входило входили входит рассматривались рассмотрели
    рассмотрены поднимались подняли основные главные ключевые дня день issues issue вопросы вопрос
""".split() for form in (w, stem(w)))  # as typed (a word no fact knows) and as the matcher's key


NUMBER_RE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                        r"thirty|forty|fifty|hundred|thousand|один|одна|два|две|три|четыре|пять|шесть|семь|"
                        r"восемь|девять|десять|двадцать|тридцать|сорок|сто|двести|триста|четыреста|пятьсот|тысяч)\w*",
                        re.IGNORECASE)


# A request's own verb ("приведите список", "назовите"), and "согласно" (the "according to" of a
# report named): how to answer, not what about
REQUEST_WORDS = frozenset("""
    looking searching seeking trying ищу пытаюсь разыскиваю
    приведите приведи назовите назови покажите покажи дайте дай расскажите расскажи перечислите перечисли
    напишите напиши подскажите подскажи скажите скажи privedite nazovite pokazhite skazhite podskazhite
    согласно soglasno
    известно знаете знаешь знаем izvestno
    carry carries carried carrying называет называют упоминает упоминают names
    правильно понимаю понял поняла лично lichno personally
    itself himself herself themselves infer inferred conclude assume сама само сами
    memo memos parliamentary dossier справка справку справки записка записку записки
    kindly together urgently urgent срочно быстро side сторона стороны стороне takoi takaya takoe roster lineup rep mtg
    coverage
    journalist journalists student students researcher analyst reporter thesis журналист журналистка студент
    студентка исследователь аналитик редактор курсовой курсовая курсовую
    confirm verify подтвердите подтвердить подтверди проверить
""".split())


# "in which areas were documents signed": the subjects asked for, not a subject
# fields of life a question may put to a document that none of this meeting's covers ("the digital
# transformation of the banking sector", "рекультивация после добычи золота", "missing in the Chechen war"):
# said when the fact base does not know the word (the words and their stems)
OTHER_DOMAINS = frozenset(form for word in """banking bank banks agriculture agricultural farming farmers gold
    silver healthcare medicine medical pharmaceutical education schools universities tourism
    chechen chechnya nuclear climate ecology migration migrants customs railways railway aviation space
    cybersecurity telecom banking sector currency currencies monetary payment payments
    банковского банковской банковский банков банки сельского сельское хозяйства хозяйство аграрного аграрный
    золота золото золотодобычи серебра здравоохранения медицины образования школ
    туризма чеченской чечне ядерной климата экологии миграции мигрантов таможни железных космоса валюта валюты
    валюте валютой валютный валютного валютном платежей платежный платёжной valyuta valyuty valyute valyutoy""".split()
    for form in (word, stem(word)))
AREA_WORDS = frozenset("""areas fields domains sectors spheres сферах сферы сфер областях областям
    направлениях направлениям отраслях отраслям""".split())
# how narrowly a question is meant ("for that meeting specifically"), which is no subject
_NARROWING = frozenset("specifically particularly particular exactly precisely именно конкретно imenno konkretno".split())
NOT_TOPIC = MORE_WORDS | PRONOUNS | GREETING | THANKS | BYE | SPOKE_WORDS | REQUEST_WORDS | AREA_WORDS | _NARROWING


MEETING_WORDS = frozenset("""
    meeting meetings summit summits session sessions council conference forum talks gathering meet met
    встречались собирались
    заседание заседании заседания заседанию саммит саммите саммита совет совете совета сессия сессии
    совещание совещании совещания встреча встрече встречи форум форуме zasedanie zasedanii sammit sammite vstrecha sovet
""".split())
# When in the meeting ("at the end of the meeting", "после встречи", "в конце"): a time that frames a
# question about this meeting, not its subject; a time word counts so only before a meeting word or last
MEETING_TIME_WORDS = frozenset("""
    end close conclusion after following afterwards beginning start конце завершении окончании после начале
    kontse posle
""".split())


# a title that makes its holder a deputy head of government ("Deputy Prime Minister", "Vice-Premier")
DEPUTY_RE = re.compile(r"\b(deputy|vice)\b", re.IGNORECASE)

# a report is what is asked ("which report quotes ...", "в каких публикациях"), not named as an authority
WHICH_REPORT_ASKED_RE = re.compile(r"\b(which|what) (reports?|sources?|outlets?|publications?|agency|agencies)\b|"
                                   r"\b(какой|какая|какое|какие|каком|каких) (источник|издани|публикаци|отч[её]т|"
                                   r"агентств|сми|сообщени)\w*")

# where one sentence of a question ends and the next begins
SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+")


def sentences_of(text: str) -> list[str]:
    """The sentences of a text, each with its end mark ("I served there. What did Smailov say?": two)."""
    return [s for s in SENTENCE_END_RE.split(text.strip()) if s.strip()]


def asking_sentences(sentences: list[str]) -> list[str]:
    """The sentences that end with a question mark."""
    return [t for t in sentences if t.rstrip().endswith("?")]

# numbers as words, for a number of documents a question names ("all nine", "twenty two", "двадцати двух")
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "twenty": 20, "два": 2, "две": 2, "двух": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
                 "восемь": 8, "девять": 9, "девяти": 9, "десять": 10, "десяти": 10, "двадцать": 20, "двадцати": 20,
                 "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
                 "seventeen": 17, "eighteen": 18, "nineteen": 19, "thirty": 30, "тридцать": 30, "тридцати": 30,
                 **{f"{stem}{end}": value for value, stem in enumerate(
                     ("одиннадцат", "двенадцат", "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат",
                      "восемнадцат", "девятнадцат"), start=11) for end in ("ь", "и")},
                 "трёх": 3, "трех": 3, "четырёх": 4, "четырех": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
                 # (Russian typed in Latin letters: "dvadtsat dva dokumenta")
                 "dva": 2, "dve": 2, "tri": 3, "chetyre": 4, "pyat": 5, "shest": 6, "vosem": 8, "devyat": 9, "devyati": 9,
                 "desyat": 10, "dvadtsat": 20, "dvadcat": 20, "dvadtsati": 20, "dvadcati": 20, "tridtsat": 30,
                 "tridcat": 30, "forty": 40, "fifty": 50, "сорок": 40, "сорока": 40, "пятьдесят": 50, "пятидесяти": 50,
                 "sorok": 40, "полсотни": 50, "полсотня": 50, "polsotni": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                 "ninety": 90, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
                 "двести": 200, "триста": 300, "четыреста": 400, "пятьсот": 500, "dvesti": 200, "trista": 300}


def numbers_named(words: list[str] | tuple[str, ...]) -> set[int]:
    """The numbers under 100 the words write, in digits or in words ("22", "twenty", "двадцати"): counts,
    not years."""
    listed = list(words)
    return {v for i in range(len(listed)) if (v := number_at(listed, i)) is not None and v < 100
            and not an_age_or_rank(listed, i)}


def an_age_or_rank(words: list[str] | tuple[str, ...], index: int) -> bool:
    """True when the word after the number at `index` makes it an age or a rank, no count ("к 80-летию Победы",
    "80-й годовщине", "80 years")."""
    return index + 1 < len(words) and words[index + 1].startswith(_AGE_OR_RANK)


_AGE_OR_RANK = ("лет", "годовщин", "юбиле", "й", "ая", "ой", "ый", "ий", "anniversar", "jubilee", "years", "th")


def number_at(words: list[str], index: int) -> int | None:
    """The number the word at `index` writes, in digits or in words, with the unit after a "twenty"
    ("twenty two", "двадцать два": 22); None for any other word."""
    word = words[index]
    if word.isdigit():
        return int(word)
    value = NUMBER_WORDS.get(word)
    if value == 20 and index + 1 < len(words) and NUMBER_WORDS.get(words[index + 1], 10) < 10:
        value += NUMBER_WORDS[words[index + 1]]
    return value


# the seasons, each word naming one ("осенью", "autumn"), whose months events.py knows
SEASONS = {
    **dict.fromkeys("autumn autum fall осенью осень осени осенний осеннее осеннем осеннего osenyu osen".split(), "autumn"),
    **dict.fromkeys("spring весной весна весны весеннее весеннем весеннего vesnoy vesna".split(), "spring"),
    **dict.fromkeys("summer летом лето лета летнее летнем летнего letom leto".split(), "summer"),
    **dict.fromkeys("winter зимой зима зимы зимнее зимнем зимнего zimoy zima".split(), "winter"),
}
# the months each season holds ("autumn 2024" is September to November 2024)
SEASON_MONTHS = {"autumn": (9, 10, 11), "spring": (3, 4, 5), "summer": (6, 7, 8), "winter": (12, 1, 2)}


# the CIS countries' leaders whom no report names at this meeting, by the start of their surname: "was Putin
# there" asks about Russia's delegation (Tokayev and Mirziyoyev are mentioned in the reports, so not here)
LEADERS = {
    "putin": "C:russia", "путин": "C:russia", "lukashenk": "C:belarus", "лукашенк": "C:belarus",
    "pashinyan": "C:armenia", "пашинян": "C:armenia", "aliyev": "C:azerbaijan", "aliev": "C:azerbaijan",
    "алиев": "C:azerbaijan", "rahmon": "C:tajikistan", "рахмон": "C:tajikistan", "berdimuhamed": "C:turkmenistan",
    "berdymukhamed": "C:turkmenistan", "berdymuhamed": "C:turkmenistan", "berdimukhamed": "C:turkmenistan",
    "бердымухамед": "C:turkmenistan", "sadyr": "C:kyrgyzstan",
    "садыр": "C:kyrgyzstan",
}

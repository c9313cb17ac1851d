"""Word lists the matcher needs beyond the fact base, in English and Russian.

- STOPWORDS carry no meaning for matching (articles, pronouns, chat filler);
- CONCEPTS fold synonyms and translations of the words people use to ask
  ("represented", "headed", "делегация" are one concept), and question words
  into intents (who / when / where / how many). A form written "=word" counts
  only as typed, not by its stem ("headed" is a concept, "heads" is not);
- NEVER_TYPOS are words of the subject people ask about that a fact base may
  not hold ("currency"): read as themselves, never as a misspelling of a word
  it does hold ("current"), so that a question on them finds nothing;
- COUNTRIES name states in both languages, with demonyms and the Russian
  genitive, so that a question about a country the sources never mention
  (Moldova, Latvia) is recognised as such instead of matching another one.

These are general language resources: they never list questions or answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.text import is_cyrillic, latin_as_transliterated, stem, transliterate

__all__ = [
    "CONCEPTS", "COUNTRIES", "Country", "INTENTS", "NEVER_TYPOS", "ROMANISED_FORMS", "ROMANISED_STOPWORDS", "STOPWORDS",
    "country_by_name", "never_a_typo", "never_a_typo_romanised",
]

STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but if then than so as of to in on at by for from with without into onto until till
    privately separately personally
    about regarding regard regards concerning concerned relate relates related relating pertain pertains pertaining re over under between during before after up down out off via per
    is are was were be been being am do does did done doing have has had having will would shall
    should can could may might must also just only even still yet again very really quite much
    more most any some each every either neither both such own same other another
    каждый каждого каждой каждому каждая каждое каждые каждых каждом каждую
    itself themselves himself herself subject subjects само самого самой самом самим самих оба обе обоих обеих oba obe
    народа народы народов народам народами народах
    посвятит посвятят посвятить посвящён посвящен посвящена посвящено целый целая целое целую
    чтото ктото какоето какойто какаято какието гдето когдато както кажется них
    отвал отвалы отвалов отвалах отвалам отвалами туда сюда тут здесь аж дальше далее dalshe кстати kstati короче koroche вообще voobshe вобще главное glavnoe помню помнится точно tochno заранее zaranee официальных официальные официальным официальному официальный официального официальной официальная официальное официальном лиц лица
    i me my mine we us our you your he him his she her it its they them their this that these
    каков какова каково каковы
    journalist journalists reporter reporters журналист журналистка журналисты корреспондент корреспондентка
    those there here what whats which whose whom how why
    please kindly indicate tell show give gives gave giving provide let know find explain describe described describes describing something anything everything
    anyone anybody someone somebody anywhere somewhere everywhere within inside instead among amongst including occupy occupies occupied pls plz thx read heard hear correct right true
    прочитал прочитала прочитали прочёл прочел прочла вычитал вычитала marks smth sth smb nah nope yep yeah yup version versions версия версии версию суть своими надо
    руководству руководства руководство руководстве руководством leadership начальству редактору редакции ошибка ошибкой ошибочно опечатка oshibka mistake typo чему
    указанный указанного указанной указанном указанному указанную указанное указанные указанных указанным указанными
    вышеуказанный вышеуказанного вышеуказанной данного данной данном данному данную данный aforementioned
    указывает указывают указывал указывала указывали указано
    verdad cortado cortada hola gracias porfa
    thing things info information details detail question answer bot hi hello hey thanks thank pls plz help helps helping
    будьте любезны любезна любезен любезно
    той того том тех тому расшифруйте расшифруй расшифровать расшифровка расшифровку
    грузовых грузовые грузовой грузовым грузового грузовая грузовую грузовому грузовом грузовое грузовыми
    team guys folks y'all punchy snappy catchy juicy graphic graphics infographic infographics pile
    ok okay yes no not dont doesnt didnt isnt arent wasnt s t d ll m re ve false ведь действительно реально realno
    actually exactly basically kind sort like want wanted need get got make made go going written worded spelled spelt
    happen happened happens take took taken held hold part times runs run lasts произошло происходило произошли случилось proizoshlo
    в во на по о об обо от до из за к ко с со у и а но или ли же бы не ни да нет то это этот этом этого этой этим этих этому эту этими
    эта эти тот та те такой так как какой какая какие каким какими какого какую какое каком каких что чем чего кем ком ему
    ей им их его ее её они она он оно мы вы я мне меня нам нас вам вас себя свой своя свои своей своих свою своего своим своё свое своем своём своему своими них него неё нее нём нем ними там
    был была были было быть будет будут есть является были
    расскажи расскажите скажи скажите подскажи подскажите помоги помогите pomogi pomogite покажи укажи укажите пожалуйста можно ли разве неужели можете можешь сможете рассказать подсказать справки справка справку коллега коллеги коллег
    spelled spelt spelling rendered render renders transliterated transliteration написание пишется
    знаешь хочу хотел нужно нужны про насчет относительно также тоже еще уже ещё вообще именно
    кто-нибудь кто-то внутри нибудь либо нужен нужна нужно пишут пишет написано разному вроде правда верно правильно
    слышал слышала читал читала известно известны знаем знаете рамках слушайте слушай послушайте послушай listen
    который которая которое которые которого которой которому котором которую которым которыми которых
    точную точная точный точное точно дословно дословную дословная дай дайте давай приведите приведи
    связанный связанная связанное связанные связанных касающийся касающаяся касающееся касающиеся касающихся
    привет здравствуйте спасибо пожалуйста информация инфо вопрос дела дело
    занимает занимал занимала прошло прошла прошли прошел проходил проходило проходила проходили состоялось состоялась состоялся пройдет
    пройдёт пройти проводилось проводится случилось должен должна должно должны касается касаются касалось касались
    перед после для при без над под между через около среди вокруг
    этих этими этим всего самом деле факту фактически сделал сделала сделали сделано
    govt итого почему зачем отчего провели проводили проведено
    didn isn wasn doesn don aren weren hasn haven couldn wouldn shouldn
    main major primary principal central basic overall crucial specific particular concrete actual precise exact
    substance substantive usual meaningful supposed интересно интересует стало люблю любим любит любят любила любил отвечает отвечают отличать продавать земляк земляки zemlyak reading рассудите рассуди rassudite others
    important importance notable significant основные основной основное основная основных важные важнейшие важный
    важная важное важнейший важнейшее конкретно конкретные конкретный конкретная конкретное существенные значимые
    numbered нумерованный нумерованного нумерованном нумерованным нумерованная нумерованные нумерованных пронумерованный пронумерованном пронумерованного названия название названий наименование наименования
    звучит звучат звучал звучала звучало звучали
    могли могла могу прошу просим указать сообщить уточнить подсказать пояснить знаю знает лично сюжет сюжета сюжету сюжете запутался запуталась запутался путаю путаюсь zaputalsya zaputalas любезности откажите сочтите честь имел имела надлежит addresses whether confirm verify
    состояться состоится состоявшемся состоявшегося состоявшееся состоявшейся состоявшаяся состоявшемуся
    """.split()
)

# Words of politics and economics, typed right, that are not the fact base's words mistyped: a fuzzy
# match would read "currency" as "current" and "sanction" as "section"; a fact that holds one of them
# still matches it exactly.
NEVER_TYPOS: frozenset[str] = frozenset(
    """
    военных военные военного военное counterterrorism counterterrorist terrorism terrorist terrorists extremism currency currencies monetary sanction sanctions military army armies war wars weapon weapons nuclear
    postponed postpone rescheduled reschedule перенесли перенесено перенесён перенесен отложили отложено отложена
    collapse collapses collapsed развалится развалиться развал развала распадётся распадется распад распада
    gas oil pipeline pipelines visa visas migration migrants migrant tourism tourist tourists education
    healthcare pandemic covid climate grain wheat ruble rubles rouble roubles dollar dollars euro euros
    bank banks loan loans debt debts inflation terrorism terrorist drugs border borders refugees
    election elections vaccine vaccines communique communiques коммюнике accession enlargement protest protests
    protesters protester demonstration demonstrations rally rallies протест протесты протестов митинг митинги
    population inhabitants население населения
    accredited accreditation accredit аккредитация аккредитации аккредитованы аккредитовано аккредитованных аккредитовали
    вступит вступить вступят вступает вступил вступила вступили вступление вступлении вступления vstupit
    livestream livestreamed broadcast broadcasts broadcasted televised streamed трансляция трансляции pressconference
    payment payments платеж платёж платежи платежей платежная платежной платежную платёжная платёжной платёжную
    export exports exporting exported экспорт экспорта экспорту
    валюта валюты валюту валютой валютный валютная валютного санкции санкций санкциям армия армии
    война войны войну оружие оружия ядерный ядерного газ газа нефть нефти трубопровод визы виза визовый
    миграция миграции мигранты мигрантов туризм туризма образование образования здравоохранение
    пандемия пандемии климат климата зерно зерна пшеница рубль рубля доллар доллара евро банк банка
    кредит кредиты долг долги инфляция инфляции терроризм терроризма граница границы беженцы выборы
    вакцина вакцины резиденция резиденции резиденцию резиденцией residence residences
    seating seat seats seated рассадка рассадки рассадку
    добраться добратся добираться доехать доберусь доеду dobratsya doekhat
    concert concerts banquet banquets gala dinner dinners luncheon excursion excursions fireworks
    концерт концерта концерты концертов банкет банкета ужин ужина экскурсия экскурсии салют фейерверк
    создали создал создала создано созданы создан основали основан основана основано sozdali sozdan osnovali
    founded founding founder founders основание основания основатели
    karabakh карабах карабаха карабахе карабахский карабахского карабахская карабахской нагорный
    weather cold hot warm rain raining rained rainy snow snowing snowed sunny temperature temperatures
    погода погоды погоду погодой холодно холодный холодная жарко жаркий дождь дождя дожди снег снега
    температура температуры
    western west западные западных западный запад
    autocue teleprompter rundown onscreen slated
    пашинян пашиняна пашиняну пашиняном pashinyan pashinyana pashinian
    отставка отставки отставке отставку отставкой resign resigns resigned resigning resignation retire retires retired
    retiring retirement departure otstavka otstavke otstavku otstavki
    """.split()
)
_NEVER_TYPO_STEMS = frozenset(stem(word) for word in NEVER_TYPOS)  # "валюте" as "валюта"


def never_a_typo(word: str) -> bool:
    """True for a word of NEVER_TYPOS, in any case form ("валюте")."""
    return word in NEVER_TYPOS or stem(word) in _NEVER_TYPO_STEMS


# ... and the Russian ones typed in Latin letters ("obrazovaniyu"): each stem of five letters up as the matcher
# spells it, read with an ending of up to four letters after it
_NEVER_TYPO_ROMANISED_STEMS = frozenset(transliterate(s) for s in _NEVER_TYPO_STEMS if is_cyrillic(s) and len(s) >= 5)
_ENDING_LETTERS = 4


def never_a_typo_romanised(word: str) -> bool:
    """True for a Russian word of NEVER_TYPOS typed in Latin letters as the matcher spells them, in any case form
    ("obrazovaniyu", "otstavke"): not "prazdnovaniyu" mistyped."""
    return any(word[:cut] in _NEVER_TYPO_ROMANISED_STEMS for cut in range(max(5, len(word) - _ENDING_LETTERS),
                                                                          len(word) + 1))


# Russian stop words as people type them in Latin letters ("chto skazal mishustin"), the
# common spellings beside the matcher's own transliteration; none is an English word.
ROMANISED_STOPWORDS: frozenset[str] = frozenset(
    """
    chto shto chego chem komu kak kakoy kakoi kakaya kakie kakiye kakih kakikh kakuyu
    kakoe kakom otkuda pochemu zachem li li eto etot eta eti etoy tot ta te takoy tak
    byl byla byli bylo bil bila bili bilo est budet mne menya nam nas vam vas ego ee yeyo ikh ih oni ona on ono my vy
    ya pro ob obo ot do iz za ko so dlya pri bez nad pod mezhdu cherez posle vo v na po ili no ni
    da net uzhe eshche eshe tozhe takzhe vsyo vse mozhno pozhaluysta skazhi skazhite rasskazhi
    rasskazhite podskazhi podskazhite pokazhi privet spasibo
    4to 4tob 4toby 4ego 4em rasshifruyte rasshifruy rasshifrovka rasshifrovku
    """.split()
)

# ... and every Russian stop word above as the matcher spells it in Latin letters ("proshlo").
ROMANISED_STOPWORDS = ROMANISED_STOPWORDS | frozenset(
    transliterate(word) for word in STOPWORDS if is_cyrillic(word) and len(transliterate(word)) > 2)

# Question words and the facts they point at; a light weight, never enough alone.
INTENTS: dict[str, tuple[str, ...]] = {
    "@who": ("who", "whom", "person", "people", "official", "officials", "politician", "figure",
             "name", "names", "кто", "кого", "кем", "чей", "чья", "чьи", "чьё", "чье", "чьих", "чьим", "чьей", "чью",
             "чиновник", "чиновников", "чиновники", "политик", "имя",
             "фамилия", "=зовут", "=звали", "=звать"),
    "@when": ("when", "date", "day", "dates", "когда", "дата", "день", "=днём", "=днем", "=числа", "fecha", "cuándo", "cuando"),
    "@where": ("where", "place", "venue", "location", "city", "host", "hosted", "где", "место", "город",
               "куда", "площадка", "ciudad", "lugar", "dónde", "donde"),
    "@count": ("many", "number", "count", "total", "quantity", "volume", "amount", "figures", "сколько", "скока", "скоко",
               "количество", "число", "объем", "обьем", "объём", "цифры", "цифрах"),
}

CONCEPTS: dict[str, tuple[str, ...]] = {
    "@participate": (
        "represent", "represented", "representing", "representative", "representatives", "representant",
        "representation", "delegation", "delegations", "delegate", "delegates", "envoy",
        "=head", "=headed", "=heading", "=led", "=leader", "=leaders", "=repd", "=reps", "attend", "attended", "attending",
        "attendee", "attendees", "attendance", "participate", "participated", "participating",
        "participant", "participants", "participation", "present", "presence", "came",
        "come", "sent", "send", "прислал", "прислала", "прислали", "направил", "направила",
        "направили", "отправил",
        "представлять", "представлял", "представляла", "представляли", "представитель",
        "представители", "представительство", "делегация", "делегацию", "делегации", "делегат",
        "возглавлял", "возглавляла", "возглавить", "возглавляет", "=глава", "руководитель",
        "руководил", "участвовал", "участвовали", "участвовала", "участник", "участники",
        "участие", "присутствовал", "присутствовали", "приехал", "приехали", "прибыл", "прибыли",
        "приезжал", "приезжала", "приезжали", "приехала", "прибыла", "прилетел", "прилетела", "прилетели", "flew",
        "travelled", "traveled",
    ),
    "@say": (
        "say", "said", "says", "saying", "told", "note", "noted", "notes", "stated",
        "statement", "statements", "speak", "spoke", "speech", "speaking", "remark", "remarks",
        "mention", "mentioned", "refer", "referred", "refers", "referring", "emphasize", "emphasized", "emphasise", "emphasised", "stress",
        "stressed", "comment", "comments", "commented", "declare", "declared", "announce",
        "announced", "talk", "talked", "=address", "=addressed", "=addressing", "quote", "quotes", "quoted", "quotation", "quotations",
        "word", "words", "view", "views", "opinion", "stance", "think", "thinks", "believe", "phrase", "phrases",
        "wording", "rendering", "renderings", "фраза", "фразу", "фразы", "формулировка", "формулировку",
        "argue", "argued", "highlight", "highlighted", "point", "pointed", "added", "claim", "takeaway", "takeaways",
        "сказал", "сказала", "сказали", "говорил", "говорила", "говорили", "заявил", "заявила", "=вещал", "=вещала",
        "заявили", "заявление", "заявления", "отметил", "отметила", "отметили", "подчеркнул", "quotable", "soundbite", "soundbites", "цитату", "цитаты", "цитате", "цитирует", "цитируют", "цитировал", "цитировала",
        "цитировали",
        "цитатой", "цитат", "citata", "citatu", "citaty", "tsitata", "tsitatu", "tsitaty",
        "подчеркнула", "высказался", "высказывание", "выступил", "выступила", "выступление",
        "речь", "слова", "назвал", "назвала", "назвали", "охарактеризовал", "called", "оценил", "оценила", "мнение", "позиция", "считает", "упомянул", "сообщил", "цитата",
        "говорит", "думает", "добавил", "recall", "recalled", "recalls", "remind", "reminded", "напомнил", "вспомнил", "вспомнила", "вспоминал", "vspomnil",
        "напомнила", "напомнили", "цитировал", "цитировала", "процитировал", "процитировала",
        "привёл", "привел", "упоминали", "упоминал", "упоминала", "упоминается",
        "упомянули", "озвучил", "озвучила", "озвучили", "озвучено", "высказывался", "говорилось",
        "assess", "assessed", "evaluate", "evaluated", "sum", "summed", "credit", "credited", "attribute",
        "=closing",  # ("his closing assessment": what he said to sum up, never "close interaction")
        "attributed", "оценил", "оценила", "оценили", "оценка", "видит", "видят", "outline", "outlined",
        "изложил", "обозначил", "обозначила", "подвел", "подвёл", "подвела", "подытожил", "подытожила",
        "приводит", "приводят", "приводится", "characterise", "characterised", "characterize", "characterized", "characterisation", "охарактеризовала",
        "охарактеризовали", "описал", "описала", "докладывал", "докладывала", "докладывали", "задвигал", "задвигали", "сообщал", "сообщала", "сообщали",
        "писал", "писала", "писали", "писало", "написал", "написала", "написали", "написало",
    ),
    "@propose": (
        "propose", "proposed", "proposes", "proposal", "proposals", "suggest", "suggested",
        "suggestion", "suggestions", "initiative", "initiatives", "call", "called", "calls",
        "urge", "urged", "advocate", "advocated", "offer", "offered", "recommend", "recommended",
        "idea", "ideas", "предложил", "предложила", "предложили", "предлагает", "предложение",
        "предложения", "инициатива", "инициативы", "инициативе", "инициативой", "инициатор", "инициатором",
        "инициировал", "инициировала", "инициировали", "initiate", "initiated", "initiator", "призвал", "призвала", "идея", "идеи", "хотел", "хотела", "хотели", "хотят", "хочет",
        "предлагал", "предлагала", "предлагали", "предлагают", "выдвинул", "выдвинули", "внес", "внёс", "внесла", "внесли",
        "push", "pushed", "pushing", "pitch", "pitched", "pitching", "promote", "promoted", "champion", "championed", "продвигал",
        "raise", "raised", "raising", "поднял", "подняла", "подняли", "поставил", "поставила",
    ),
    "@sign": (
        "sign", "signed", "signing", "signature", "conclude", "concluded", "ink", "inked",
        "подписать", "подписали", "подписано", "подписаны", "подписан", "подписание",
        "заключили", "заключены",
    ),
    "@document": (
        "document", "documents", "docs", "doc", "agreement", "agreements", "accord", "accords", "treaty",
        "treaties", "deal", "deals", "memorandum", "protocol", "paper", "papers", "decision", "instrument", "instruments",
        "decisions", "документ", "документы", "документов", "соглашение", "соглашения",
        "соглашений", "договор", "договоры", "меморандум", "протокол", "решение", "решения",
        "доков", "дока", "доки",  # as a hurried Russian writer shortens "документов"
        "бумаги", "бумагах", "бумаг", "бумагам", "бумагами",  # ("чемпионат был в бумагах?": the documents)
    ),
    "@adopt": (
        "adopt", "adopted", "adoption", "approve", "approved", "approval", "endorse", "endorsed",
        "принят", "принята", "приняли", "принятие", "утвердили", "утвержден", "одобрили",
    ),
    "@meeting": (
        "meeting", "meetings", "meet", "met", "summit", "session", "council", "conference",
        "gathering", "talks", "event", "sitting", "table", "встреча", "встречи", "встречу", "заседание",
        "заседания", "саммит", "совет", "сессия", "собрание", "мероприятие", "переговоры",
        "gather", "gathered", "собирались", "собрались", "встречались", "встретились",
        "reunion", "reunión", "cumbre", "sesión",  # (Spanish words in English: "the reunion of the heads of government")
    ),
    "@cis": ("cis", "commonwealth", "sng", "снг", "содружество", "содружества"),
    "@next": ("next", "upcoming", "following", "future", "subsequent", "следующий", "следующая",
              "следующее", "следующем", "ближайший", "будущий", "будущее", "очередной", "=след", "=sled", "=nxt", "=nex", "=некст"),
    "@premier": ("premier", "prime", "pm", "pms", "premiers", "премьер", "премьера", "премьеры", "премьеров", "премьерам",
                 "премьерами", "премьеру", "премьером"),
    "@minister": ("minister", "ministers", "министр", "министра", "министров"),
    "@deputy": ("deputy", "vice", "заместитель", "вице"),
    "@president": ("president", "президент", "президента"),
    "@trade": ("trade", "trading", "turnover", "=fta", "=ftz", "=зст", "торговля", "торговли", "торговый", "торговые",
               "товарооборот"),
    "@barrier": ("barrier", "barriers", "obstacle", "obstacles", "барьер", "барьеры", "барьеров",
                 "препятствия"),
    # doing away with barriers, and recognising each other's results: "технические барьеры убрать", "признавать
    # оценку соответствия" (the reports' "elimination", "mutual recognition")
    "@eliminate": ("eliminate", "eliminated", "eliminating", "elimination", "=устранении", "=убрать", "=ubrat"),
    # (exact, and not "устранить", "устранение": "сравнить", "сохранение" would be read as their typos; nor
    # "remove": "removed from the delegation")
    "@recognise": ("=recognition", "=признании", "=признавать", "=priznavat"),  # (not "признание": "признаться";
    # nor "recognised": "who recognised the results")
    "@customs": ("duty", "duties", "=таможня", "=таможни", "=таможню", "=таможенный", "=таможенные",
                 "=таможенных", "=пошлина", "=пошлины", "=пошлин", "=пошлинам"),  # (exact: not "Пашинян"; "customs" stays a word,
    # or a topic "customs" beside "tariff conditions" outweighs the duties themselves)
    "@transport": ("transport", "transportation", "logistics", "транспорт", "транспортный",
                   "логистика"),
    "@transit": ("transit", "транзит", "транзитный"),
    # cargo, which no report speaks of (exact: "груз" is the stem of "Грузия" too); "грузовой" alone, before a
    # corridor or route, is a stop word
    "@cargo": ("=груз", "=грузы", "=грузов", "=грузами", "=грузом", "=грузам", "=грузах", "=грузоперевозки",
               "=грузоперевозок", "=грузоперевозках", "=грузоперевозками", "=gruz", "=gruzy", "=gruzov"),
    "@route": ("route", "routes", "маршрут", "маршруты", "маршрутов"),
    "@corridor": ("corridor", "corridors", "коридор", "коридоры"),
    "@industry": ("industry", "industrial", "manufacturing", "промышленность", "промышленный",
                  "промышленная", "индустрия"),
    "@energy": ("energy", "power", "electricity", "энергетика", "энергия", "энергосистема",
                "энергосистемы", "электроэнергия", "энергетический",
                "grid", "grids", "электросеть", "электросети", "энергосеть", "энергосети",
                "свет", "света", "свету", "svet", "sveta"),  # ("счета за свет", "pro svet": electricity, not "set")
    # land, as the uranium programme's "территорий" ("про землю после урановых рудников")
    "@land": ("land", "lands", "территория", "территории", "территорий", "территорию", "земля", "землю", "земли",
              "земель", "zemlya", "zemlyu", "zemli", "territoriya", "territorii"),
    # an anniversary and its celebration: "к этому юбилею", "80 лет Победы отмечать", "the jubilee medal"
    "@anniversary": ("anniversary", "anniversaries", "юбилей", "юбилея", "юбилею", "юбилеем",
                     "юбилее", "юбилейная", "юбилейной", "юбилейную", "юбилейный", "юбилейные", "юбилейных",
                     "годовщина", "годовщины", "годовщине", "годовщину", "yubiley", "yubileyu", "yubileya"),
    "@celebrate": ("celebrate", "celebrated", "celebrating", "celebration", "celebrations", "commemorate",
                   "commemorating", "commemoration", "празднование", "празднованию", "празднования", "праздновать",
                   "праздник", "праздника", "празднику", "праздники", "отпраздновать", "празднуют",
                   "prazdnik", "prazdnovanie"),
    "@volunteer": ("volunteer", "volunteers", "volunteering", "волонтер", "волонтеры",
                   "волонтерство", "волонтерский", "волонтерского", "добровольчество",
                   "добровольцы"),
    "@culture": ("culture", "cultural", "культура", "культурный", "культурные", "культурных"),
    "@humanitarian": ("humanitarian", "гуманитарный", "гуманитарные"),
    "@economy": ("economy", "economic", "economics", "экономика", "экономический",
                 "экономическая", "экономические"),
    "@cooperation": ("cooperation", "collaboration", "partnership", "interaction", "coop",
                     "сотрудничество", "кооперация", "кооперации", "взаимодействие",
                     "партнерство"),
    "@priority": ("priority", "priorities", "приоритет", "приоритеты", "приоритетный"),
    "@veteran": ("veteran", "veterans", "ветеран", "ветераны", "ветеранов", "ветеранам", "ветеранами"),
    "@search": ("search", "searching", "searches", "поиск", "поиска", "поиски", "поиском", "поиске", "розыск"),
    "@burial": ("burial", "burials", "buried", "graves", "захоронение", "захоронения", "захоронений", "могилы"),
    "@exhumation": ("exhumation", "exhumations", "эксгумация", "эксгумации", "эксгумацию", "эксгумаций"),
    "@prosperity": ("prosperity", "prosperous", "well-being", "wellbeing", "процветание", "процветания", "процветанию",
                    "благосостояние", "благосостояния", "благосостоянии", "благополучие", "благополучия"),
    "@source": ("source", "sources", "reference", "references", "link", "links", "article",
                "articles", "report", "reports", "reported", "publication", "published",
                "publisher", "press", "media", "news", "cite", "citation", "источник",
                "источники", "источников", "ссылка", "ссылки", "статья", "публикация", "сми",
                "новости", "пресс", "откуда"),
    "@services": ("services", "service", "услуги", "услугами", "услуг"),
    "@free": ("free", "свободная", "свободной", "свободный"),
    "@zone": ("zone", "зона", "зоны"),
    "@plan": ("plan", "plans", "план", "планы", "планов", "scheduled", "schedule", "планируется", "планируются",
              "планировался", "планировалась", "планировалось", "планировали", "планируют", "запланировано",
              "запланирован", "запланирована", "запланированы", "назначили", "назначено", "назначена", "назначен"),
    "@year": ("year", "years", "год", "года", "году", "лет"),
    "@platform": ("platform", "marketplace", "платформа", "платформы"),
    # the CIS taking in members, which no fact speaks of: never "в расширенном составе", a session's format (the
    # Russian forms only: "enlargement" shares no stem with "expanded", and is left to read as a word no fact holds)
    "@enlargement": ("=расширение", "=расширения", "=расширении", "=расширению", "=расширением", "=расширять",
                     "=расширить", "=rasshirenie", "=rasshireniya", "=rasshirenii"),
    "@format": ("format", "formats", "composition", "формат", "формате", "формата", "форматах", "состав", "составе",
                "составах", "formate", "sostave"),  # ("в расширенном составе": the format of a session)
    "@ecommerce": ("ecommerce", "commerce", "online", "electronic", "электронная",
                   "электронной", "коммерция", "онлайн"),
    "@concept": ("concept", "концепция", "концепции"),
    "@geodesy": ("geodesy", "geodetic", "surveying", "survey", "surveys", "геодезия", "геодезии", "геодезический",
                 "геодезических", "топография", "topography"),
    "@cartography": ("cartography", "cartographic", "mapping", "maps", "картография", "картографии",
                     "картографический", "картографических"),
    "@sport": ("sport", "sports", "sporting", "спорт", "спорта", "спорту", "спортом", "спортивный", "спортивная",
               "спортивное", "спортивные", "спортивных", "спортивного", "спортивной", "спортивным"),
    "@capability": ("capability", "capabilities", "capacity", "capacities"),
    "@analyse": ("analyse", "analyze", "analysis", "analysed", "analyzed", "analysing", "analyzing", "study",
                 "studied", "examine", "examined", "анализ", "анализировать", "анализирует", "проанализирует",
                 "проанализировать", "проанализируют", "изучит", "изучат", "изучить", "consider", "considered",
                 "review", "reviewed", "handle", "handled", "рассмотрит", "рассмотрят", "рассматривать", "разбирать",
                 "разберёт", "разберет", "рассмотрение"),
    "@stability": ("stability", "stable", "стабильность", "стабильности"),
    # (not "neighbours", "соседи": the asker's neighbours are chatter; "about the neighbours" is read as this: reading.py)
    "@neighbour": ("neighbourly", "neighborly", "neighbourliness", "neighborliness", "добрососедство", "добрососедства",
                   "добрососедские", "добрососедских", "добрососедский", "добрососедскими"),
    "@union": ("union", "союз", "союза"),
    "@eurasian": ("eurasian", "евразийский", "евразийского", "евразийском"),
    "@finance": ("finance", "financing", "financial", "funding", "funded", "budget", "финансирование",
                 "финансовый", "финансовом", "финансовое", "финансовых", "финансового", "финансирования",
                 "финансовые", "финансовыми", "финансы", "финансов", "финансам", "финансах", "финансами", "finances",
                 "финансировании", "финансированию"),
    "@unified": ("unified", "single", "common", "integrated", "united", "joint", "единый", "единая",
                 "единой", "единую", "общий", "общая", "общей", "общую", "интегрированный", "совместный",
                 "совместные", "unify", "unifying", "unification", "=unite", "=uniting", "=unites", "объединить",
                 "объединение", "объединения",
                 "объединённой", "объединенной", "объединённую", "объединенную", "объединённая", "объединенная",
                 "совместно", "сообща"),  # (not "together", "вместе": "a get-together", "вместе с ним")
    "@recultivation": ("recultivation", "reclamation", "reclaim", "reclaiming", "рекультивация", "рекультивации", "рекультивацию",
                       "рекультивировать", "rekultivaciya", "rekultivacii", "rekultivaciyu", "rekultivatsiya",
                       "rekultivatsii", "rekultivatsiyu"),
    "@sync": ("synchronization", "synchronisation", "synchronize", "synchronise", "synchronizing", "synchronising",
              "synchronized", "synchronised", "sync", "syncing", "synced",
              "синхронизация", "синхронизации", "синхронизировать", "синхронизацию"),
    "@growth": ("grow", "grows", "growing", "growth", "rise", "rising", "increase", "increasing",
                "dynamics", "растет", "рост", "растут", "увеличение", "динамика", "динамику",
                # which way a figure goes, asked either way: "growing or falling", "растёт она или падает"
                "=falling", "=растёт", "=падение",
                "=rastet"),
    "@previous": ("previous", "last", "latest", "prior", "preceding", "earlier", "предыдущий", "предыдущее",
                  "предыдущая", "прошлое", "прошлый", "прошлая", "последнее", "последний", "прежний"),
    "@revise": ("revise", "revised", "revision", "change", "changed", "changes", "amend", "amended",
                "amendment", "изменить", "изменения", "пересмотр", "пересмотреть", "поправки"),
    "@territory": ("territory", "territories", "site", "sites"),  # ("uranium sites": the territories of its programme)
    "@uranium": ("uranium", "уран", "урана", "урану", "ураном", "урановых", "урановый", "урановые", "урановой",
                 "урановым", "уранодобывающих", "урановое", "tailings", "хвосты", "хвостов", "хвостам", "хвостах",
                 "хвостохранилища", "хвостохранилищ"),
    "@innovation": ("innovation", "innovations", "innovative", "инновации", "инноваций", "инновация", "инновационный",
                    "инновационная", "инновационное", "инновационного", "инновационному", "инновационной",
                    "инновационных", "инновационные", "инновационным"),
    "@interstate": ("interstate", "inter-state", "межгосударственный", "межгосударственная", "межгосударственной",
                    "межгосударственную", "межгосударственные", "межгосударственных", "межгосударственного"),
    "@choose": ("choose", "chose", "chosen", "pick", "picked", "select", "selected", "выбрали", "выбран",
                "выбор", "выбрано"),
    "@agenda": ("agenda", "topics", "topic", "issues", "discussed", "discuss", "discussion",
                "повестка", "темы", "тема", "обсуждали", "обсуждение", "обсудили", "обсуждался", "обсуждалась",
                "обсуждались", "затрагивались", "затрагивался", "затрагивалась", "затрагивали", "затронули",
                "затронут", "затронуты", "рассматривались", "рассматривали"),
    "@list": ("list", "all", "everyone", "everybody", "whole", "full", "complete", "entire", "enumerate",
              "список", "все", "всех", "перечень", "списком", "полный", "полностью", "целиком", "перечислите",
              "перечисли", "перечислить", "=countries", "=states", "=nations", "=delegations", "=participants",
              "=участники", "=itemised", "=itemized", "=поименно"),
    "@country": ("country", "countries", "state", "states", "nation", "nations", "member",
                 "members", "страна", "страны", "стран", "государство", "государства",
                 "государств"),
    "@it": ("it_caps", "ит", "айти"),
    "@sector": ("sector", "sectors", "field", "fields", "area", "areas", "domain", "domains",
                "отрасль", "отрасли", "отраслей", "сектор", "сфера", "сферы", "область"),
    "@region": ("region", "regions", "regional", "регион", "региона", "регионы", "регионов", "региональный",
                "регионе", "регионам"),
    "@intensify": ("intensify", "intensified", "intensifying", "активизировать", "активизация",
                   "активизации", "активнее", "прорабатывать", "проработка", "проработку", "проработке",
                   "accelerate", "accelerated", "accelerating", "expedite", "speed", "ускорить", "ускорение", "ускорения"),
    "@additional": ("additional", "extra", "дополнительный", "дополнительные", "дополнительных", "дополнительная",
                    "дополнительно"),
    "@encourage": ("encourage", "encouraging", "encouragement", "stimulate", "stimulating", "stimulation", "stimulus",
                   "incentive", "incentives", "стимулировать", "стимулирование", "стимулированию", "стимулирования",
                   "стимулы"),
    "@war": ("war", "wars", "война", "войны", "войне", "войну", "войной"),
    "@ready": ("ready", "readiness", "willing", "готов", "готова", "готовы", "готовность"),
    "@contribute": ("contribute", "contributes", "contribution", "вклад", "внести", "внесёт", "внесет"),
    # "=position": as typed, so that "international positioning" is no post
    "@role": ("role", "=position", "=positions", "title", "post", "job", "office", "должность", "пост",
              "роль", "позиция", "ранг", "ранге", "звание"),
    "@digital": ("digital", "digitalization", "digitalisation", "digitization", "digitisation", "digitalize",
                 "цифровой", "цифровая", "цифровую", "цифровизация", "цифровизации", "цифровизацию",
                 "цифровизацией", "оцифровка", "цифровых", "цифровое"),
}


# A Russian stop word spelt in Latin letters that is an English word the intents or concepts read ("дай",
# "day") stays that English word.
ROMANISED_STOPWORDS = ROMANISED_STOPWORDS - frozenset(
    form.lstrip("=") for forms in (*INTENTS.values(), *CONCEPTS.values()) for form in forms)


def _romanised_forms() -> frozenset[str]:
    """The Latin forms the vocabulary lists beside a Russian form they spell ("citata" beside "цитата"):
    Russian typed in Latin letters, whatever English word a form might also be read as elsewhere."""
    found = set()
    for forms in (*INTENTS.values(), *CONCEPTS.values()):
        spelt = {transliterate(f.lstrip("=")) for f in forms if is_cyrillic(f.lstrip("="))}
        found |= {f.lstrip("=") for f in forms if not is_cyrillic(f.lstrip("=")) and latin_as_transliterated(f.lstrip("="))
                  in spelt}
    return frozenset(found - _ENGLISH_AS_SPELT)


# English words that a Russian word spells the same ("plan", "sport"): no sign of either language
_ENGLISH_AS_SPELT = frozenset("plan plans post press region sport transport veteran veterans memorandum sled forum".split())
# Russian typed in Latin letters, as the vocabulary lists it ("citata", "sng"): a sign of a Russian question
ROMANISED_FORMS: frozenset[str] = _romanised_forms() | frozenset("seichas seychas sejchas teper".split())  # ("kakoi
# seichas kurs": "now", a subject of time kept, and a sign of Russian)


@dataclass(frozen=True)
class Country:
    """A state, its names in both languages, and the forms people type (with the abbreviations of its
    official name: "РК", Республика Казахстан; "КР", Кыргызская Республика; "kz"; not "uz", which the reports' links hold: kun.uz)."""

    key: str
    en: str
    ru: str
    ru_genitive: str
    forms: tuple[str, ...]


def _c(key: str, en: str, ru: str, ru_gen: str, *forms: str) -> Country:
    return Country(key, en, ru, ru_gen, (en.lower(), ru.lower(), ru_gen.lower(), *forms))


COUNTRIES: tuple[Country, ...] = (
    _c("armenia", "Armenia", "Армения", "Армении", "armenian", "armenians", "армянский",
       "армянская", "армянской", "армянин", "армяне", "армянка", "ра"),
    _c("azerbaijan", "Azerbaijan", "Азербайджан", "Азербайджана", "azerbaijani", "azeri",
       "azerbaijanian", "азербайджанский", "азербайджанская", "азербайджанец", "азербайджанка", "азер", "azer"),
    _c("belarus", "Belarus", "Беларусь", "Беларуси", "belarusian", "belarussian", "byelorussia",
       "belorussia", "белоруссия", "белорусский", "белорусская", "белорусы", "белоруска", "рб", "rb"),
    _c("kazakhstan", "Kazakhstan", "Казахстан", "Казахстана", "kazakh", "kazakhstani", "kazak",
       "qazaqstan", "kaz", "казахский", "казахская", "казахстанский", "казахстанская", "казахи", "казашка", "рк", "rk", "kz", "кз"),
    _c("kyrgyzstan", "Kyrgyzstan", "Кыргызстан", "Кыргызстана", "kyrgyz", "kirghiz", "kirgiz",
       "kirghizia", "kirgizia", "kyrgyzia", "kyrgyzstani", "киргизия", "кыргызский",
       "кыргызская", "киргизский", "киргизская", "кыргызы", "киргизы", "кыргызстанский", "киргизка", "кыргызка", "кр"),
    _c("russia", "Russia", "Россия", "России", "russian", "russians", "rf", "россия",
       "российский", "российская", "россияне", "рф"),
    _c("tajikistan", "Tajikistan", "Таджикистан", "Таджикистана", "tajik", "tadjik",
       "tadzhik", "tajikistani", "таджикский", "таджикская", "таджики", "таджичка", "тадж", "tadzh", "рт", "tj"),
    _c("turkmenistan", "Turkmenistan", "Туркменистан", "Туркменистана", "turkmen",
       "turkmenia", "туркмения", "туркменский", "туркменская", "туркмены", "туркменка", "tm", "тм", "tkm"),
    _c("uzbekistan", "Uzbekistan", "Узбекистан", "Узбекистана", "uzbek", "uzbekistani",
       "узбекский", "узбекская", "узбеки", "узбечка", "руз", "ruz", "uzb", "узб"),
    _c("moldova", "Moldova", "Молдова", "Молдовы", "moldovan", "moldavia", "moldavian",
       "молдавия", "молдавский", "молдавская", "молдовский"),
    _c("ukraine", "Ukraine", "Украина", "Украины", "ukrainian", "украинский", "украинская"),
    _c("georgia", "Georgia", "Грузия", "Грузии", "georgian", "грузинский", "грузинская"),
    _c("latvia", "Latvia", "Латвия", "Латвии", "latvian", "латвийский", "латышский"),
    _c("lithuania", "Lithuania", "Литва", "Литвы", "lithuanian", "литовский"),
    _c("estonia", "Estonia", "Эстония", "Эстонии", "estonian", "эстонский"),
    _c("china", "China", "Китай", "Китая", "chinese", "prc", "кнр", "китайский", "китайская"),
    _c("usa", "United States", "США", "США", "usa", "us_caps", "america", "american",
       "americans", "америка", "американский", "штаты"),
    _c("turkey", "Turkey", "Турция", "Турции", "turkiye", "turkish", "турецкий"),
    _c("iran", "Iran", "Иран", "Ирана", "iranian", "иранский"),
    _c("india", "India", "Индия", "Индии", "indian", "индийский"),
    _c("mongolia", "Mongolia", "Монголия", "Монголии", "mongolian", "монгольский"),
    _c("afghanistan", "Afghanistan", "Афганистан", "Афганистана", "afghan", "афганский"),
    _c("pakistan", "Pakistan", "Пакистан", "Пакистана", "pakistani", "пакистанский"),
    _c("germany", "Germany", "Германия", "Германии", "german", "немецкий", "германский"),
    _c("france", "France", "Франция", "Франции", "french", "французский"),
    _c("uk", "United Kingdom", "Великобритания", "Великобритании", "britain", "british", "uk",
       "england", "британия", "британский", "англия"),
    _c("japan", "Japan", "Япония", "Японии", "japanese", "японский"),
    _c("korea", "Korea", "Корея", "Кореи", "korean", "корейский"),
    _c("serbia", "Serbia", "Сербия", "Сербии", "serbian", "сербский"),
    _c("hungary", "Hungary", "Венгрия", "Венгрии", "hungarian", "венгерский"),
    _c("poland", "Poland", "Польша", "Польши", "polish", "польский"),
    _c("israel", "Israel", "Израиль", "Израиля", "israeli", "израильский"),
    _c("syria", "Syria", "Сирия", "Сирии", "syrian", "сирийский"),
    _c("egypt", "Egypt", "Египет", "Египта", "egyptian", "египетский"),
    _c("italy", "Italy", "Италия", "Италии", "italian", "итальянский"),
    _c("spain", "Spain", "Испания", "Испании", "spanish", "испанский"),
    _c("brazil", "Brazil", "Бразилия", "Бразилии", "brazilian", "бразильский"),
    _c("cuba", "Cuba", "Куба", "Кубы", "cuban", "кубинский"),
    _c("vietnam", "Vietnam", "Вьетнам", "Вьетнама", "vietnamese", "вьетнамский"),
    _c("saudi", "Saudi Arabia", "Саудовская Аравия", "Саудовской Аравии", "saudi", "саудовский"),
    _c("uae", "United Arab Emirates", "ОАЭ", "ОАЭ", "uae", "emirates", "эмираты"),
    _c("qatar", "Qatar", "Катар", "Катара", "qatari"),
)

_BY_NAME = {c.en.lower(): c for c in COUNTRIES}


def country_by_name(name: str) -> Country | None:
    """Find a country by its English name as the fact base spells it ("Armenia")."""
    return _BY_NAME.get(name.strip().lower())

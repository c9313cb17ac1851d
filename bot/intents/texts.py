"""The wording of the intents' replies, in English and Russian (`phrase(lang, key, **values)`).
"""

from __future__ import annotations

__all__ = ["phrase"]

_TEXTS = {
    "en": {
        "hello": "Hello! I answer questions about {meeting}, with the reports' own words and a link.",
        "thanks": "You're welcome! Ask me anything else about the meeting.",
        "bye": "Goodbye! Come back with any question about the meeting.",
        "other_event": "The reports I have cover {meeting}, not {event}.",
        "event_sco": "the SCO heads of government meeting",
        "event_hos": "the CIS Council of Heads of State",
        "event_eaeu": "a meeting of the Eurasian Economic Union",
        "event_place": "a meeting in {place}",
        "event_next": "the outcome of the next meeting, in Ashgabat",
        "event_year": "{year}",
        "event_date": "{date}",
        "ambiguous": "“{word}” could be {names}. Whom do you mean?",
        "or": "or",
        "membership": "They don't list the CIS's member states; they name the delegations at this meeting.",
        "said": "What the reports quote {name} saying ({count}):",
        "more_said": "More from {name}:",
        "no_more": "That is all the reports quote {name} saying.",
        "also_close": "Also close:",
        "said_not_on_topic": "The reports don't quote {name} on that. What they do quote:",
        "said_elsewhere": "{name} took no part in this meeting, and the reports quote nothing {surname} said at it. "
                          "What they quote from another occasion:",
        "said_not_here": "{name} took no part in this meeting; what the reports quote {surname} saying on another "
                         "occasion ({count}):",
        "nothing_said_attended": "The reports list {name} ({role}, {country}) among the participants "
                                 "but quote nothing {surname} said.",
        "nothing_said_mentioned": "{name} ({role}, {country}) is mentioned in the reports but not quoted "
                                  "from this meeting.",
        "mentioned_in": "Where the reports mention them:",
        "documents": "Documents signed and decisions adopted at the meeting ({count}):",
        "documents_not_on_topic": "I found no document on that among the {count} the reports list:",
        "documents_on_topic": "Documents on that:",
        "count_documents": "Documents signed: {parts}.",
        "count_subject": "What the reports count on that: {parts}.",
        "count_documents_differ": "The reports differ on how many documents were signed: {parts}.",
        "spoke": "People the reports quote:",
        "tied": "These facts match equally well:",
        "represented_instead": "{country} was represented by {name}, {role}.",
        "unknown_name": "They don't mention {name}.",
        "date_check": "The meeting took place on {date}.",
        "opinion": "I only quote what the reports say; they make no forecast or judgement on that.",
        "no_figure": "The reports give no figure for that.",
        "no_count": "The reports give no count of that.",
        "names_nobody": "The reports name no one for that.",
        "no_order": "The reports give no order of that.",
        "stranger": "The reports don't mention {name}.",
        "presidents_mentioned": "No president is listed among the participants; the reports only mention {names}.",
        "reported_by": "reported by {publisher}",
        "reported_via": "reported by {publisher}, citing {via}",
        "said_by": "Said by {name} ({role}); {reported}.",
        "more_items": "…and {count} more: ask “what else?”",
        "n_statements": "{n} quoted",
        "next_meeting": "The next meeting, as the reports announce it:",
        "summary": "The meeting in brief, in the reports' words:",
        "results": "The results of the meeting, in the reports' words:",
        "agenda": "What was on the agenda, in the reports' words:",
    },
    "ru": {
        "hello": "Здравствуйте! Я отвечаю на вопросы о {meeting} словами публикаций и со ссылкой.",
        "thanks": "Пожалуйста! Спрашивайте ещё о заседании.",
        "bye": "До свидания! Возвращайтесь с вопросами о заседании.",
        "other_event": "Мои источники описывают {meeting}, а не {event}.",
        "event_sco": "заседание глав правительств ШОС",
        "event_hos": "Совет глав государств СНГ",
        "event_eaeu": "заседание Евразийского экономического союза",
        "event_place": "заседание в городе {place}",
        "event_next": "итоги следующего заседания, в Ашхабаде",
        "event_year": "{year} год",
        "event_date": "{date}",
        "ambiguous": "«{word}» — это может быть {names}. Кого вы имеете в виду?",
        "or": "или",
        "membership": "В них нет списка государств — членов СНГ; в них названы делегации этого заседания.",
        "said": "Что, по сообщениям, сказал(а) {name} ({count}):",
        "more_said": "Ещё высказывания, {name}:",
        "no_more": "Больше публикации ничего не приводят из слов: {name}.",
        "also_close": "Близкие ответы:",
        "said_not_on_topic": "Публикации не приводят слов {name} об этом. Что они приводят:",
        "said_elsewhere": "{name} не участвовал(а) в этом заседании, и публикации не приводят слов, сказанных "
                          "на нём. Что они приводят из сказанного по другому поводу:",
        "said_not_here": "{name} не участвовал(а) в этом заседании; что публикации приводят из сказанного "
                         "по другому поводу ({count}):",
        "nothing_said_attended": "{name} ({role}, {country}) значится среди участников, "
                                 "но публикации не приводят высказываний этого участника.",
        "nothing_said_mentioned": "{name} ({role}, {country}) упоминается в публикациях, но его высказывания "
                                  "на заседании не приводятся.",
        "mentioned_in": "Где публикации его упоминают:",
        "documents": "Документы, подписанные и принятые на заседании ({count}):",
        "documents_not_on_topic": "Среди документов, перечисленных в публикациях ({count}), я не нашёл "
                                  "такого:",
        "documents_on_topic": "Документы на эту тему:",
        "count_documents": "Подписано документов: {parts}.",
        "count_subject": "Что публикации насчитывают по этой теме: {parts}.",
        "count_documents_differ": "Источники расходятся в числе подписанных документов: {parts}.",
        "spoke": "Чьи слова приводят публикации:",
        "tied": "Подходят в равной мере:",
        "represented_instead": "{country} представлял(а) {name}, {role}.",
        "unknown_name": "В них не упоминается: {name}.",
        "date_check": "Заседание состоялось {date}.",
        "opinion": "Я привожу только то, что сказано в публикациях; прогнозов и оценок на этот счёт в них нет.",
        "no_figure": "Цифр на этот счёт в публикациях нет.",
        "no_count": "Такого подсчёта в публикациях нет.",
        "names_nobody": "Имён на этот счёт в публикациях нет.",
        "no_order": "Порядка на этот счёт публикации не приводят.",
        "stranger": "В публикациях не упоминается: {name}.",
        "presidents_mentioned": "Президентов среди участников нет; в публикациях только упоминаются: {names}.",
        "reported_by": "сообщает {publisher}",
        "reported_via": "сообщает {publisher} со ссылкой на {via}",
        "said_by": "Слова: {name} ({role}); {reported}.",
        "more_items": "…и ещё {count}: спросите «что ещё?»",
        "n_statements": "высказываний: {n}",
        "next_meeting": "Следующее заседание, по сообщениям:",
        "summary": "Коротко о заседании словами публикаций:",
        "results": "Итоги заседания словами публикаций:",
        "agenda": "Что было на повестке, словами публикаций:",
    },
}


def phrase(lang: str, key: str, **values: object) -> str:
    text = _TEXTS.get(lang, _TEXTS["en"])[key]
    return text.format(**values) if values else text

"""What the subscription and admin commands say, in English and Russian.

`say(language, key, **values)` returns plain text (the caller escapes it for HTML).
"""

from __future__ import annotations

from handlers.texts import lookup

__all__ = ["FREQUENCY_WORDS", "LANGUAGE_WORDS", "NOUNS", "say", "weekday_name"]

# Counted nouns: (one, other) in English, (one, few, many) in Russian; see `bot.plural`.
NOUNS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"private": ("private", "private"), "group": ("group", "groups"), "question": ("question", "questions")},
    "ru": {"private": ("личный", "личных", "личных"), "group": ("группа", "группы", "групп"),
           "question": ("вопрос", "вопроса", "вопросов")},
}

# Words /subscribe accepts, and the frequency or language each means.
FREQUENCY_WORDS: dict[str, str] = {
    "daily": "daily", "day": "daily", "ежедневно": "daily", "ежедневная": "daily",
    "weekly": "weekly", "week": "weekly", "еженедельно": "weekly", "еженедельная": "weekly",
}
LANGUAGE_WORDS: dict[str, str] = {
    "en": "en", "english": "en", "английский": "en",
    "ru": "ru", "russian": "ru", "русский": "ru", "по-русски": "ru",
}

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    # "every Monday": по понедельникам
    "ru": ("по понедельникам", "по вторникам", "по средам", "по четвергам", "по пятницам", "по субботам",
           "по воскресеньям"),
}

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "usage": "Usage: /subscribe [daily|weekly] — daily if you leave it out. For example: /subscribe weekly",
        "daily": "daily", "weekly": "weekly",
        "lang_en": "English", "lang_ru": "Russian",
        "schedule_daily": "every day at {time} ({zone})",
        "schedule_weekly": "every {weekday} at {time} ({zone})",
        "subscribed_new": "Subscribed! Whenever curators add facts from new reports, this chat gets a "
                          "{frequency} digest in {language} — {schedule}. Only facts added from now on "
                          "count as news.\n/digest shows what is new at any time, /subscription your "
                          "settings, /unsubscribe stops the digests.",
        "subscribed_changed": "Changed: this chat now gets a {frequency} digest in {language} — {schedule}.\n"
                              "/digest shows what is new at any time, /subscription your settings, "
                              "/unsubscribe stops the digests.",
        "subscribed_same": "This chat is already subscribed to the {frequency} digest in {language}: "
                           "{schedule}.",
        "not_admin_group": "Only this group's administrators can change its subscription.",
        "admin_check_failed": "I couldn't check whether you are an administrator of this group. "
                              "Please try again later.",
        "unsubscribed": "Unsubscribed: no more digests here. Send /subscribe to start again "
                        "(you will then get only facts added from then on).",
        "not_subscribed": "This chat is not subscribed. Send /subscribe for a digest whenever "
                          "curators add new facts (daily, or /subscribe weekly).",
        "status_active": "Subscribed to the {frequency} digest in {language} since {since}.\n"
                         "Next digest: {next}, if there is news. New facts waiting: {waiting}.\n"
                         "{last}\n/digest sends what is new right now; "
                         "/unsubscribe stops the digests.",
        "status_last": "Last digest: {date}.",
        "status_none_yet": "No digest yet.",
        "status_unsubscribed": "Not subscribed: this chat unsubscribed. Send /subscribe to start again.",
        "status_inactive": "The subscription is paused: the last digest could not be delivered "
                           "({reason}). Send /subscribe to resume.",
        "digest_not_subscribed": "This chat is not subscribed, so there is no digest to catch up on. "
                                 "Send /subscribe: from then on new facts come to you.",
        "digest_nothing": "Nothing new since your last digest ({last}). The next one comes when "
                          "curators add facts.",
        "digest_nothing_first": "Nothing new since you subscribed. The first digest comes when "
                                "curators add facts.",
        "digest_busy": "A digest delivery is running right now; yours is part of it or will follow. "
                       "Try /digest again in a minute if nothing arrives.",
        "digest_failed": "I couldn't deliver the digest just now; it stays queued and will be sent "
                         "with the next delivery.",
        # admin commands
        "admin_only": "Sorry, {command} is only for the bot's administrators.",
        "admin_sent_privately": "I've sent the {command} output to you privately.",
        "admin_start_private": "{command} output goes to admins privately: start a private chat with me "
                               "first, then ask again.",
        "reload_reloaded": "✅ Fact base reloaded: {counts}. New facts for the next digests: {new}.",
        "reload_unchanged": "No changes found. Still serving: {counts}.",
        "unanswered_title": "Questions the bot could not answer well{period} — most frequent first:",
        "unanswered_period": " (last {days} days)",
        "unanswered_period_one": " (last day)",
        "unanswered_none": "No unanswered or low-confidence questions recorded{period}.",
        "unanswered_line": "{count}× {text} — {detail}",  # text in quotation marks (bot.typography)
        "unanswered_detail": "unanswered {unanswered}, low confidence {low}; {languages}",
        "unanswered_also": "also: {variants}",
        "unanswered_usage": "Usage: /unanswered [DAYS], e.g. /unanswered 7",
        "stats": "📊 Statistics\n"
                 "Chats: {chats} ({private}, {groups})\n"
                 "Subscribers: {subscribers} ({daily} daily, {weekly} weekly); inactive: {inactive}\n"
                 "Questions: {questions}, answered {answered} ({rate})\n"
                 "Last 7 days: {questions_week}, answered {answered_week} ({rate_week})\n"
                 "Digests delivered: {digests}; facts registered: {facts}",
        "no_rate": "n/a",
    },
    "ru": {
        "usage": "Использование: /subscribe [daily|weekly] — без параметра сводка будет ежедневной. "
                 "Например: /subscribe weekly",
        "daily": "ежедневную", "weekly": "еженедельную",
        "lang_en": "на английском", "lang_ru": "на русском",
        "schedule_daily": "каждый день в {time} ({zone})",
        "schedule_weekly": "{weekday} в {time} ({zone})",
        "subscribed_new": "Подписка оформлена! Когда кураторы добавят факты из новых публикаций, этот чат "
                          "получит {frequency} сводку {language} — {schedule}. Новостями считаются только "
                          "факты, добавленные с этого момента.\n/digest — что нового прямо сейчас, "
                          "/subscription — настройки, /unsubscribe — отписаться.",
        "subscribed_changed": "Готово: теперь этот чат получает {frequency} сводку {language} — {schedule}.\n"
                              "/digest — что нового прямо сейчас, /subscription — настройки, "
                              "/unsubscribe — отписаться.",
        "subscribed_same": "Этот чат уже подписан на {frequency} сводку {language}: {schedule}.",
        "not_admin_group": "Менять подписку группы могут только её администраторы.",
        "admin_check_failed": "Не удалось проверить, администратор ли вы в этой группе. "
                              "Попробуйте позже.",
        "unsubscribed": "Подписка отменена: сводок больше не будет. Чтобы подписаться снова, "
                        "отправьте /subscribe (тогда придут только факты, добавленные после этого).",
        "not_subscribed": "Этот чат не подписан. Отправьте /subscribe, чтобы получать сводку, когда "
                          "кураторы добавляют новые факты (ежедневную; еженедельную — /subscribe weekly).",
        "status_active": "Этот чат подписан на {frequency} сводку {language} с {since}.\n"
                         "Следующая сводка: {next}, если будут новости. Новых фактов в очереди: {waiting}.\n"
                         "{last}\n/digest — что нового прямо сейчас, /unsubscribe — отписаться.",
        "status_last": "Последняя сводка: {date}.",
        "status_none_yet": "Сводок ещё не было.",
        "status_unsubscribed": "Подписки нет: этот чат отписался. Отправьте /subscribe, чтобы подписаться снова.",
        "status_inactive": "Подписка приостановлена: последнюю сводку не удалось доставить ({reason}). "
                           "Отправьте /subscribe, чтобы возобновить.",
        "digest_not_subscribed": "Этот чат не подписан, поэтому сводки нет. Отправьте /subscribe — "
                                 "и новые факты будут приходить вам.",
        "digest_nothing": "Ничего нового с прошлой сводки ({last}). Следующая придёт, когда кураторы "
                          "добавят факты.",
        "digest_nothing_first": "Ничего нового с момента подписки. Первая сводка придёт, когда кураторы "
                                "добавят факты.",
        "digest_busy": "Сейчас идёт рассылка сводок; ваша в ней или придёт следом. Если ничего не "
                       "придёт, повторите /digest через минуту.",
        "digest_failed": "Не удалось отправить сводку прямо сейчас; она в очереди и придёт со следующей "
                         "рассылкой.",
        "admin_only": "Извините, команда {command} доступна только администраторам бота.",
        "admin_sent_privately": "Отправил вам ответ на {command} в личные сообщения.",
        "admin_start_private": "Ответ на {command} админы получают в личных сообщениях: сначала начните "
                               "со мной личный чат, потом повторите команду.",
        "reload_reloaded": "✅ База фактов перезагружена: {counts}. Новых фактов для сводок: {new}.",
        "reload_unchanged": "Изменений нет. Используется: {counts}.",
        "unanswered_title": "Вопросы, на которые бот не смог ответить уверенно{period}, — самые частые первыми:",
        "unanswered_period": " (за {days} дн.)",
        "unanswered_period_one": " (за последний день)",
        "unanswered_none": "Вопросов без ответа или с низкой уверенностью{period} не записано.",
        "unanswered_line": "{count}× {text} — {detail}",
        "unanswered_detail": "без ответа {unanswered}, низкая уверенность {low}; {languages}",
        "unanswered_also": "также: {variants}",
        "unanswered_usage": "Использование: /unanswered [ДНЕЙ], например /unanswered 7",
        "stats": "📊 Статистика\n"
                 "Чатов: {chats} ({private}, {groups})\n"
                 "Подписчиков: {subscribers} (ежедневно {daily}, еженедельно {weekly}); неактивных: {inactive}\n"
                 "Вопросов: {questions}, с ответом {answered} ({rate})\n"
                 "За 7 дней: {questions_week}, с ответом {answered_week} ({rate_week})\n"
                 "Доставлено сводок: {digests}; фактов в реестре: {facts}",
        "no_rate": "н/д",
    },
}


def say(language: str, key: str, /, **values: object) -> str:
    """One message in `language` ("en" or "ru"), with `values` filled in."""
    return lookup(_TEXTS, language, key, **values)


def weekday_name(language: str, weekday: int) -> str:
    """A weekday (0 = Monday) as a schedule names it: "Monday", "по понедельникам"."""
    return _WEEKDAYS.get(language, _WEEKDAYS["en"])[weekday]

"""The Telegram shell: everything that speaks python-telegram-bot, above the Telegram-free core.

    builder    ApplicationBuilder with the bot's transport settings (no handlers)
    app        build_application(): the builder plus the handlers and services
    runner     `python -m bot run`: polling or webhook until a stop signal
    broadcast  `python -m bot digest`: a Bot without handlers, sending pending digests
    jobs       the JobQueue jobs: scheduled digests, retries, fact base reloads
    delivery   DigestService: compose into the outbox, send exactly once
    ratelimit  the rate limiter: broadcast pacing, claim-on-send, retries of replies
    transport  ResilientBot: long polling that survives bad updates, stops on 401/409
    services   the typed services object kept in bot_data

Only `app` (and `runner`, which starts it) import `handlers`; the core in `bot/`
imports nothing from here. `pyproject.toml` holds the import-linter contracts.
"""

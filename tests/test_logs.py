"""Logging: PTB's example format, httpx quiet, and the bot token never in a log line."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from telegram.error import InvalidToken

from bot.logs import LOG_FORMAT, REDACTED, configure_logging, redact
from bot.settings import Settings
from bot.telegram_app.app import build_application
from tests.offline import OfflineRequest

TOKEN = "123456:TEST-token"
REAL_SHAPED = "7012345678:AAHfake-looking_token-0123456789abcdefXYZ"


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    httpx_level = logging.getLogger("httpx").level
    yield
    configure_logging("WARNING", secrets=())  # forget the test's secrets, then undo the rest
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
    for handler in root.handlers:
        handler.filters.clear()
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(httpx_level)
    logging.captureWarnings(False)


def test_the_format_is_ptbs_and_httpx_is_quiet(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", secrets=[TOKEN])
    logging.getLogger("bot.test").info("hello")
    logging.getLogger("httpx").info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)

    [line] = capsys.readouterr().err.splitlines()
    assert line.endswith(" - bot.test - INFO - hello")
    assert LOG_FORMAT == "%(asctime)s - %(name)s - %(levelname)s - %(message)s"


def test_the_token_is_redacted_from_messages_and_arguments(
    capsys: pytest.CaptureFixture[str], make_settings: object
) -> None:
    configure_logging("DEBUG", secrets=[TOKEN, None])
    settings: Settings = make_settings()  # type: ignore[operator]
    application = build_application(settings, request=OfflineRequest(), rate_limiter=None)
    assert TOKEN in repr(application)  # PTB's repr shows it ...

    log = logging.getLogger("bot.test")
    log.debug("built %r", application)
    log.info(f"url https://api.telegram.org/bot{TOKEN}/getMe")
    log.warning("quoted %s", TOKEN.replace(":", "%3A"))
    log.error("secret half %s", TOKEN.split(":")[1])

    err = capsys.readouterr().err
    assert TOKEN not in err and "TEST-token" not in err  # ... the log does not
    assert err.count(REDACTED) >= 4 and "built Application[bot=ResilientBot[token=[REDACTED]]]" in err


def test_exception_text_and_tracebacks_are_redacted(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", secrets=[TOKEN])
    try:
        raise InvalidToken(f"The token `{TOKEN}` was rejected by the server.")
    except InvalidToken:
        logging.getLogger("bot.test").exception("start failed")
    try:
        raise RuntimeError(f"nested {TOKEN}") from ValueError(TOKEN)
    except RuntimeError as exc:
        logging.getLogger("bot.test").error("failure: %s", exc, exc_info=True, stack_info=True)

    err = capsys.readouterr().err
    assert "Traceback" in err and "was rejected by the server" in err
    assert TOKEN not in err


def test_token_shaped_strings_are_redacted_even_if_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO")
    logging.getLogger("bot.test").info("another bot %s", REAL_SHAPED)
    assert REAL_SHAPED not in capsys.readouterr().err
    assert redact(f"x {REAL_SHAPED} y") == f"x {REDACTED} y"


def test_configuring_twice_keeps_one_handler(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", secrets=[TOKEN])
    configure_logging("INFO", secrets=[TOKEN])
    logging.getLogger("bot.test").info("once %s", TOKEN)
    [line] = capsys.readouterr().err.splitlines()
    assert line.endswith(f"once {REDACTED}")


def test_warnings_go_through_the_filter(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", secrets=[TOKEN])
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"careful with {TOKEN}", UserWarning, stacklevel=1)
    err = capsys.readouterr().err
    assert "careful with" in err and TOKEN not in err

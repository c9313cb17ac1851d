"""The command line: `python -m bot COMMAND`.

    ask QUESTION       answer one question (plain text, or --json)
    ask --json -       answer one question per line of standard input, one JSON object per line
    chat               a terminal conversation: try the bot without a Telegram token
    check              validate the fact base and print what it holds (--strict: warnings fail too)
    draft REPORT       print YAML drafts of the facts in a report, for a curator to review
    run                run the Telegram bot (long polling, or --webhook)
    digest             send every pending subscription digest now, then exit

Usage errors exit 2; failures (an invalid fact base, a missing setting) exit 1
with a message, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from bot.answering import Answerer
from bot.errors import BotError, FactBaseError
from bot.loader import OPTIONAL_FIELD_DOCS, load_factbase
from bot.logs import configure_logging, redact
from bot.replies import render_text, reply_json
from bot.settings import Settings, load_settings
from bot.storage import database_error_message

__all__ = ["answer_json", "build_parser", "main"]

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="Answers questions about the CIS Council of Heads of Government "
        "(Bishkek, 26 October 2023) with sourced quotes.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = commands.add_parser("ask", help="answer a question and exit")
    ask.add_argument("question", nargs="+", help='the question, or "-" to read one per line from stdin')
    ask.add_argument("--json", action="store_true", help="print one JSON object per question")
    ask.add_argument("--lang", choices=("en", "ru"), help="reply language (default: the question's)")

    commands.add_parser("chat", help="talk to the bot in the terminal (no Telegram token needed)")

    check = commands.add_parser("check", help="validate the fact base (KNOWLEDGE_DIR)")
    check.add_argument("--dir", type=Path, help="check this folder instead of KNOWLEDGE_DIR")
    check.add_argument("--fields", action="store_true",
                       help="list the optional fields the bot accepts beyond knowledge-format.md")
    check.add_argument("--strict", action="store_true",
                       help="treat warnings (attribution words in quotes, shared quotes, ambiguous aliases) "
                       "as errors and exit 1 on any")

    draft = commands.add_parser("draft", help="print YAML drafts of a report's facts for a curator to review")
    draft.add_argument("report", type=Path, help="the report's local copy, e.g. knowledge/sources/REPORT.txt")
    draft.add_argument("--source", required=True, metavar="ID",
                       help="the sources id the drafts cite (a source defined in the fact base, or a new one)")
    draft.add_argument("--dir", type=Path, help="the fact base whose speakers and sources to use "
                       "(default: KNOWLEDGE_DIR)")

    run = commands.add_parser("run", help="run the Telegram bot (long polling, or --webhook)")
    run.add_argument("--webhook", action="store_true",
                     help="serve a webhook (WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_PORT) instead of polling")

    digest = commands.add_parser("digest", help="send every pending subscription digest now, then exit")
    digest.add_argument("--due", action="store_true",
                        help="only subscribers due today: daily ones, and weekly ones on DIGEST_WEEKDAY "
                        "(for a daily cron job)")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        print("python -m bot: error: a COMMAND is required (ask, chat, check, ...)", file=sys.stderr)
        return 2
    settings: Settings | None = None
    try:
        settings = load_settings()
        configure_logging(settings.log_level, secrets=(settings.telegram_bot_token, settings.webhook_secret))
        if args.command == "run":
            from bot.telegram_app.runner import run  # python-telegram-bot: ask/chat/check skip it

            return run(settings, webhook=args.webhook)
        if args.command == "ask":
            return _ask(args, settings)
        if args.command == "chat":
            return _chat(settings, sys.stdin, sys.stdout)
        if args.command == "check":
            if args.fields:
                return _print_fields()
            return _check(args.dir or settings.knowledge_dir, strict=args.strict)
        if args.command == "draft":
            return _draft(args.report, args.source, args.dir or settings.knowledge_dir)
        if args.command == "digest":
            return _digest(settings, due_only=args.due)
        parser.error(f"unknown command {args.command!r}")
        return 2
    except FactBaseError as exc:
        _print_problems(exc)
        return 1
    except sqlite3.DatabaseError as exc:  # a damaged page, or a locked file, found after the database opened
        where = settings.database_path if settings is not None else "the database"
        print(f"error: {database_error_message(where, exc)}", file=sys.stderr)
        return 1
    except BotError as exc:
        print(f"error: {redact(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _print_problems(exc: FactBaseError) -> None:
    for problem in sorted([*exc.problems, *exc.warnings]):
        print(problem, file=sys.stderr)
    count = len(exc.problems)
    print(f"fact base invalid: {count} error{'s' if count != 1 else ''}", file=sys.stderr)


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    answerer = Answerer.from_directory(settings.knowledge_dir, cache_dir=settings.build_cache_dir)
    if args.question == ["-"]:
        for line in sys.stdin:
            question = line.rstrip("\n")
            _print_answer(answerer, question, args)
            sys.stdout.flush()
        return 0
    _print_answer(answerer, " ".join(args.question), args)
    return 0


def _print_answer(answerer: Answerer, question: str, args: argparse.Namespace) -> None:
    if args.json:
        print(json.dumps(answer_json(answerer, question, args.lang), ensure_ascii=False))
    else:
        print(render_text(answerer.ask(question, args.lang)))


def answer_json(answerer: Answerer, question: str, language: str | None = None) -> dict[str, object]:
    """What `ask --json` prints for one question (the benchmark calls this too)."""
    return reply_json(answerer.ask(question, language))


_QUIT_WORDS = frozenset({"/quit", "/exit", "/q", "quit", "exit", "выход", "выйти"})


def _chat(settings: Settings, stdin: TextIO, stdout: TextIO) -> int:
    """A terminal conversation: follow-ups ("and Belarus?") refer to the previous answer."""
    answerer = Answerer.from_directory(settings.knowledge_dir, cache_dir=settings.build_cache_dir)
    interactive = stdin.isatty()
    if interactive:
        print("Ask about the CIS heads of government meeting (Bishkek, 26 October 2023).\n"
              "Type a question and press Enter; help for what I know; quit, exit or Ctrl-D to leave.",
              file=stdout)
    context = None
    while True:
        if interactive:
            print("> ", end="", file=stdout, flush=True)
        line = stdin.readline()
        if not line:
            break
        question = line.strip()
        if not question:
            continue
        if question.lower().rstrip(".!") in _QUIT_WORDS:
            break
        reply, context = answerer.converse(question, None, context)
        print(render_text(reply) + "\n", file=stdout, flush=True)
    return 0


def _print_fields() -> int:
    print("Optional fields accepted beyond knowledge-format.md (any other field is an error):")
    width = max(len(name) for name in OPTIONAL_FIELD_DOCS)
    for name, meaning in OPTIONAL_FIELD_DOCS.items():
        print(f"  {name:<{width}}  {meaning}")
    return 0


def _check(directory: Path, *, strict: bool = False) -> int:
    """Print every warning as `file:line: warning: ...`, then the counts; errors raise."""
    factbase = load_factbase(directory, strict=strict, lint=True)
    for warning in factbase.warnings:
        print(warning, file=sys.stderr)
    counts = factbase.counts()
    print(f"OK: {directory} ({len(factbase.files)} file{'s' if len(factbase.files) != 1 else ''})")
    print("  " + ", ".join(f"{name}: {count}" for name, count in counts.items()))
    kinds = Counter(a.agreement_kind for a in factbase.agreements.values())
    if kinds:
        print("  agreements by kind: " + ", ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items())))
    print(f"  quotes verified against source texts: {factbase.quotes_verified}")
    if factbase.warnings:
        count = len(factbase.warnings)
        print(f"  warnings: {count} (python -m bot check --strict fails on them)")
    return 0


def _draft(report: Path, source_id: str, directory: Path) -> int:
    """Print YAML drafts of a report's facts; bad input is a one-line error, exit 1."""
    from bot.draft import DraftError, draft_report

    try:
        print(draft_report(report, source_id, directory), end="")
    except DraftError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


def _digest(settings: Settings, *, due_only: bool) -> int:
    """Send pending digests; print `digest: sent N, failed N, dropped N, unconfirmed N`.

    Exit 0 when the run completed, even if some digests failed (they stay queued for
    the next run); 1 when it could not run, or when the fact base is invalid (digests
    composed earlier were still delivered, nothing new was composed).
    """
    import asyncio

    from bot.telegram_app.broadcast import send_pending_digests  # imports python-telegram-bot

    result = asyncio.run(send_pending_digests(settings, due_only=due_only))
    print(result.report.summary())
    if result.factbase_error is not None:
        _print_problems(result.factbase_error)
        return 1
    return 0

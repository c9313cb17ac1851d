"""Small talk: greetings, thanks, goodbyes and "help" get a short reply in the user's language
with what the bot knows, never "the sources don't say".
"""

from __future__ import annotations

import re

from bot.facts import FactBase
from bot.intents.reading import Reading
from bot.intents.replying import hints
from bot.intents.texts import phrase
from bot.intents.vocabulary import BYE, GREETING, THANKS
from bot.replies import Reply, meeting_description

__all__ = ["is_smalltalk", "smalltalk_reply"]

_CHAT_FILLER = frozenset("""
    good day you very much so a the ok okay bot dear there all again и а ну ок большое вам тебе день
    вечер утро очень all lot many
""".split())


_HELP_RE = re.compile(
    r"^(/?help|/?start|помощь|помоги(те)?|справка|pomosh|what can you do|what do you (know|do)|"
    r"(can|could|would) you (please )?help( me| us)?( please)?|(please )?help( me| us)?( please)?|"
    r"(не )?(подскажете|поможете)|(вы )?(можете|могли бы) (мне |нам )?помочь|"
    r"who are you|how (do|does|can) (i|you|this|it) (use|work|ask)\w*( you| this| it)?|"
    r"что ты (умеешь|можешь|знаешь)|что вы (умеете|можете|знаете)|кто ты|как (тобой|этим) пользоваться)$")


def is_smalltalk(r: Reading) -> bool:
    text = " ".join(r.words)
    if _HELP_RE.match(text):
        return True
    words = set(r.words)
    core = words & (GREETING | THANKS | BYE)
    return bool(core) and words <= (GREETING | THANKS | BYE | _CHAT_FILLER)


def smalltalk_reply(factbase: FactBase, r: Reading) -> Reply:
    lang = r.language
    words = set(r.words)
    if words & THANKS:
        headline = phrase(lang, "thanks")
    elif words & BYE:
        headline = phrase(lang, "bye")
    else:
        headline = phrase(lang, "hello", meeting=meeting_description(factbase.meeting, lang))
    return Reply(lang, False, headline, intent="smalltalk", notes=hints(factbase, lang))

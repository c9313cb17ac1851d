"""Warnings about a loaded fact base: what the audit of the shipped base found by hand.

The loader's rules make a fact base *valid*; these checks find what is valid
but untrustworthy, each reported as a warning `Problem` (`file:line: warning:
...`) that `check` prints and `check --strict` (CI) treats as an error:

- a quote that begins or ends with attribution words: a leftover "said ..."
  from a cut "..., said X", a lead-in "Smailov said, ...", an end ", he noted"
  or "X said"; a trailing comma or colon; an agency tag such as "(BelTA)";
- a statement shown as the speaker's own words (no `paraphrase: true`) whose
  quote holds quotation marks: the reporter's words mixed with the speaker's;
- the same quote in two facts (a statement or agreement twice, or a speaker's
  sentence reused as a statement): both ids are named;
- a speaker alias or name part that two speakers share, or that is a country's
  name or one of the meeting's aliases (it would pick the wrong fact);
- a `TODO` left by `python -m bot draft` in a title, name, role or answer.

`attribution_problems(quote)` is public so that tests and the drafting tool
judge quotes by the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

from bot import lexicon
from bot.errors import Problem
from bot.facts import FactBase, Meeting, Speaker

__all__ = ["AGENCIES", "attribution_problems", "lint_factbase"]

Where = Callable[[str, str | None], tuple[str, int]]

# News agencies reports cite; a tag like "(BelTA)" or "(as reported by BelTA)" is the reporter's.
AGENCIES: tuple[str, ...] = (
    "BelTA", "AKIpress", "Interfax", "TASS", "ТАСС", "РИА Новости", "RIA Novosti", "Trend", "Kun.uz",
    "Kun News Agency", "Sputnik", "Kabar", "Кабар", "TDH", "Xinhua", "Reuters", "AFP", "AP", "Kazinform",
    "Казинформ", "UzA", "Dunyo", "Asia-Plus", "Азия-Плюс", "Khovar", "Ховар", "24.kg", "Armenpress", "APA",
)
_VERBS_EN = ("said", "says", "noted", "notes", "added", "adds", "emphasized", "emphasised", "stressed",
             "stated", "told", "remarked", "reported", "underlined", "pointed out")
_VERBS_RU = ("сказал", "сказала", "отметил", "отметила", "добавил", "добавила", "заявил", "заявила",
             "подчеркнул", "подчеркнула", "сообщил", "сообщила", "сообщили", "пояснил", "пояснила")
_VERB = "(?:" + "|".join(re.escape(v) for v in _VERBS_EN + _VERBS_RU) + ")"
_STARTS_WITH_VERB = re.compile(rf"^[\"'\s]*{_VERB}\b", re.IGNORECASE)
_STARTS_WITH_SAID_COMMA = re.compile(rf"^[\"'\s]*(?:[\w.\-]+\s+){{0,4}}{_VERB}\s*,", re.IGNORECASE)
_ENDS_WITH_VERB = re.compile(rf"(?:^|[\s,\"'])(?:[\w.\-]+\s+){{0,4}}{_VERB}[\s.,:;\"']*$", re.IGNORECASE)
_VERBS = _VERBS_EN + _VERBS_RU
_AFTER_VERB = " \t\n\r\f\v.,:;\"'"  # what _ENDS_WITH_VERB lets follow the verb
# "..., said Smailov." / "...\", - сказал Лебедев": the verb, then the speaker's name, at the end
_ENDS_WITH_VERB_NAME = re.compile(rf"[,\"']\s*[-–—]?\s*{_VERB}\s+(?:[A-ZА-ЯЁ][\w.\-]*\s*){{1,3}}[.,]?$")


def attribution_problems(quote: str, agencies: Iterable[str] = AGENCIES) -> list[str]:
    """What is wrong with a quote as a quote: attribution words at its ends, an agency tag, a trailing comma."""
    text = " ".join(quote.split())
    found: list[str] = []
    if _STARTS_WITH_VERB.search(text) or _STARTS_WITH_SAID_COMMA.search(text):
        head = " ".join(text.split()[:4])
        found.append(f"begins with attribution words ({head!r}...): quote from after them")
    elif _ends_with_verb(text) or _ENDS_WITH_VERB_NAME.search(_last_words(text)):
        tail = " ".join(text.split()[-4:])
        found.append(f"ends with attribution words (...{tail!r}): quote up to the closing quotation mark")
    if text.endswith((",", ":")):
        found.append(f"ends with {text[-1]!r}: a leftover of the sentence around the quote")
    tag_pattern = _agency_tag(tuple(agencies))
    tag = tag_pattern.search(text) if tag_pattern else None
    if tag:
        found.append(f"carries the agency tag {tag.group(0)!r}: that is the reporter's, not the quote's")
    return found


def _ends_with_verb(text: str) -> bool:
    """"... he said." (the verb, then only punctuation): the pattern runs only where the
    text's end is a verb at all, which few are, as it costs tens of microseconds a quote."""
    return text.rstrip(_AFTER_VERB).lower().endswith(_VERBS) and bool(_ENDS_WITH_VERB.search(_last_words(text)))


def _last_words(text: str, count: int = 10) -> str:
    """The end of a text, enough for the patterns anchored at its end (at most 4 words, a
    verb, 3 names): searching only there keeps `check` linear on a long quote. Cut at a
    space, so the tail's start stands where a space did."""
    words = text.split(" ")
    return text if len(words) <= count else " ".join(words[-count:])


@lru_cache(maxsize=8)
def _agency_tag(agencies: tuple[str, ...]) -> re.Pattern[str] | None:
    """"(BelTA)", "(as reported by BelTA)": the pattern, made once per list of agencies."""
    names = "|".join(re.escape(a) for a in sorted(set(agencies), key=len, reverse=True) if a)
    return re.compile(rf"\((?:[^()]{{0,40}}\s)?(?:{names})\)") if names else None


def lint_factbase(factbase: FactBase, where: Where) -> list[Problem]:
    """Every warning about `factbase`; `where(id, field)` gives the file and line to report."""
    warnings: list[Problem] = []

    def warn(entry_id: str, key: str | None, message: str) -> None:
        try:
            file, line = where(entry_id, key)
        except KeyError:
            return  # an entry the loader already reported as broken
        warnings.append(Problem(file, line, message, warning=True))

    agencies = list(AGENCIES)
    for source in factbase.sources.values():
        if source.via:
            agencies.extend(a.strip() for a in re.split(r",|\band\b|\bи\b", source.via) if len(a.strip()) > 2)
    quoted: list[tuple[str, str, str]] = []  # (section, id, quote)
    if factbase.meeting and factbase.meeting.quote:
        quoted.append(("meeting", factbase.meeting.id, factbase.meeting.quote))
    quoted += [("speakers", s.id, s.quote) for s in factbase.speakers.values()]
    quoted += [("statements", s.id, s.quote) for s in factbase.statements.values()]
    quoted += [("agreements", a.id, a.quote) for a in factbase.agreements.values()]
    for section, entry_id, quote in quoted:
        for message in attribution_problems(quote, agencies):
            warn(entry_id, "quote", f"{section} entry {entry_id!r}: quote {message}")
    for statement in factbase.statements.values():
        if not statement.paraphrase and any(mark in statement.quote.strip('"“”„«» ') for mark in '"“”„«»'):
            warn(statement.id, "quote", f"statements entry {statement.id!r}: quote mixes the reporter's words "
                 "with quoted ones but is shown as the speaker's own: quote only what is inside the "
                 "quotation marks, or the whole sentence with `paraphrase: true`")
    _shared_quotes(quoted, warn)
    _ambiguous_names(factbase, warn)
    _todos(factbase, warn)
    return warnings


_TEXT_FIELDS = ("title", "title_ru", "name", "name_ru", "role", "role_ru", "country", "country_ru", "answer",
                "answer_ru", "counts")


def _todos(factbase: FactBase, warn: Callable[[str, str | None, str], None]) -> None:
    """Fields a curator has not filled in yet (the drafting tool writes TODO)."""
    for entry in factbase.entries():
        for name in _TEXT_FIELDS:
            value = getattr(entry, name, None)
            if isinstance(value, str) and "TODO" in value:
                warn(entry.id, name, f"{_SECTIONS[entry.kind]} entry {entry.id!r}: field {name!r} still says TODO")


_SECTIONS = {"speaker": "speakers", "statement": "statements", "agreement": "agreements"}


def _shared_quotes(quoted: list[tuple[str, str, str]], warn: Callable[[str, str | None, str], None]) -> None:
    """The same quote in two facts; speakers may share the one sentence that lists them."""
    first: dict[str, tuple[str, str]] = {}
    for section, entry_id, quote in quoted:
        key = " ".join(quote.replace("“", '"').replace("”", '"').split()).casefold()
        if key in first:
            other_section, other_id = first[key]
            if section == other_section == "speakers":
                continue
            warn(entry_id, "quote", f"{section} entry {entry_id!r}: the same quote as {other_section} entry "
                 f"{other_id!r}; a fact quotes what only it says")
            continue
        first[key] = (section, entry_id)


def _ambiguous_names(factbase: FactBase, warn: Callable[[str, str | None, str], None]) -> None:
    """Aliases and name parts that would make a question about one speaker match another entity."""
    countries: set[str] = set()
    for country in getattr(lexicon, "COUNTRIES", ()):
        countries.update(name.casefold() for name in (country.en, country.ru, *country.forms))
    for speaker in factbase.speakers.values():
        countries.update(n.casefold() for n in (speaker.country, speaker.country_ru or "", *speaker.country_aliases)
                         if n)
    meeting: Meeting | None = factbase.meeting
    meeting_names = {a.casefold() for a in meeting.aliases} if meeting else set()
    owners: dict[str, list[Speaker]] = {}
    for speaker in factbase.speakers.values():
        for name in _names_of(speaker):
            owners.setdefault(name.casefold(), []).append(speaker)
            if name.casefold() in countries:
                warn(speaker.id, "aliases", f"speakers entry {speaker.id!r}: name or alias {name!r} "
                     "is also a country's name")
            if name.casefold() in meeting_names:
                warn(speaker.id, "aliases", f"speakers entry {speaker.id!r}: name or alias {name!r} "
                     "is also one of the meeting's aliases")
    for name, speakers in owners.items():
        ids = list(dict.fromkeys(s.id for s in speakers))
        if len(ids) > 1:
            for speaker_id in ids[1:]:
                warn(speaker_id, "aliases", f"speakers entry {speaker_id!r}: name or alias {name!r} is shared "
                     f"with speakers entry {ids[0]!r}; a question naming it could get the wrong person")


def _names_of(speaker: Speaker) -> list[str]:
    """A speaker's aliases and the parts of their names, each once."""
    names = list(speaker.aliases)
    for full in (speaker.name, speaker.name_ru or ""):
        names.extend(full.split())
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())

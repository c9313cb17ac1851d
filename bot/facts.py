"""The fact base as Python objects: what the loader produces and everyone reads.

Entries mirror the sections of `knowledge-format.md` (meeting, sources,
speakers, statements, agreements), including the optional fields the bot
documents (Russian names, aliases, topics, short answer lines, a source's
language, an agreement's kind, facts that disagree). A `FactBase` is
immutable once built; the running bot swaps in a new one on reload.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime

from bot.errors import Problem

__all__ = [
    "AGREEMENT_KINDS", "Agreement", "Entry", "FactBase", "LISTED_KINDS", "Meeting", "Source", "Speaker", "Statement",
]

# What an agreement entry records (`agreements[].kind`): a document signed at the meeting
# (the default), a decision adopted there, or an "overview" fact about the meeting.
AGREEMENT_KINDS: tuple[str, ...] = ("document", "decision", "agenda", "result", "count", "schedule", "background")
# The kinds /agreements lists: what was signed or adopted.
LISTED_KINDS: frozenset[str] = frozenset({"document", "decision"})


@dataclass(frozen=True)
class Source:
    id: str
    publisher: str
    title: str
    url: str
    published: date | None  # None: the report shows no date
    text: str | None = None  # the local copy's path, relative to the fact base folder
    via: str | None = None  # agencies the report itself cites
    via_ru: str | None = None  # the same in Russian
    language: str | None = None  # "en" or "ru": the language of the report's text
    published_time: str | None = None  # "16:57": the time of day the report shows
    dateline: str | None = None  # "TASHKENT": the place the report is datelined
    dateline_ru: str | None = None  # the same in Russian
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Meeting:
    id: str
    title: str
    date: date
    place: str
    title_ru: str | None = None
    title_ru_gen: str | None = None  # genitive: "(о заседании) Совета глав правительств СНГ"
    place_ru: str | None = None
    quote: str | None = None
    source: str | None = None
    aliases: tuple[str, ...] = ()
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Speaker:
    id: str
    name: str
    role: str
    country: str
    attended: bool
    quote: str
    source: str
    added: datetime
    name_ru: str | None = None
    role_ru: str | None = None
    country_ru: str | None = None
    aliases: tuple[str, ...] = ()
    country_aliases: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    answer: str | None = None
    answer_ru: str | None = None
    file: str = ""
    line: int = 0

    kind = "speaker"


@dataclass(frozen=True)
class Statement:
    id: str
    speaker: str
    quote: str
    source: str
    added: datetime
    title: str | None = None
    title_ru: str | None = None
    paraphrase: bool = False  # the quote is the report's wording, not the speaker's
    topics: tuple[str, ...] = ()
    answer: str | None = None
    answer_ru: str | None = None
    disagrees_with: tuple[str, ...] = ()  # facts answering the same question differently (symmetric)
    via: str | None = None  # the agency the report credits for this fact ("BelTA"), where it says so
    via_ru: str | None = None  # the same in Russian
    file: str = ""
    line: int = 0

    kind = "statement"


@dataclass(frozen=True)
class Agreement:
    id: str
    title: str
    quote: str
    source: str
    added: datetime
    title_ru: str | None = None
    topics: tuple[str, ...] = ()
    answer: str | None = None
    answer_ru: str | None = None
    disagrees_with: tuple[str, ...] = ()  # facts answering the same question differently (symmetric)
    # YAML `kind:`, one of AGREEMENT_KINDS. Named apart from `kind` ("agreement"), which every
    # entry class has and the digest, registry and matcher group by.
    agreement_kind: str = "document"
    count: int | None = None  # the number a "count" fact states
    counts: str | None = None  # what it counts ("documents", "delegations")
    elsewhere: tuple[str, ...] = ()  # the words naming another event it is about ("Minsk"), if it is
    via: str | None = None  # the agency the report credits for this fact ("BelTA"), where it says so
    via_ru: str | None = None  # the same in Russian
    file: str = ""
    line: int = 0

    kind = "agreement"

    @property
    def listed(self) -> bool:
        """True for what /agreements lists: documents signed and decisions adopted."""
        return self.agreement_kind in LISTED_KINDS


Entry = Speaker | Statement | Agreement


ELSEWHERE_DAYS = 14  # a report published this long after the meeting tells of later events


@dataclass(frozen=True)
class FactBase:
    """Every entry of every file, merged; ids are unique across all of them."""

    meeting: Meeting | None
    sources: dict[str, Source]
    speakers: dict[str, Speaker]
    statements: dict[str, Statement]
    agreements: dict[str, Agreement]
    files: tuple[str, ...] = ()
    quotes_verified: int = 0
    warnings: tuple[Problem, ...] = ()  # what `check` warns about; `check --strict` fails on them
    fingerprint: str = ""
    # ("yaml" or "text", name relative to the folder, SHA-256 of the bytes read): what the
    # build read, so that a kept build (bot.buildcache) is known to be of these very files
    read_files: tuple[tuple[str, str, str], ...] = field(default=(), compare=False)
    # document id -> the report's own number of its item ("10.1"), read from the local copy's
    # line that the quote opens ("  1. 10.1  On financing..."); only where a copy numbers it
    item_numbers: dict[str, str] = field(default_factory=dict)
    _by_id: dict[str, Entry] = field(default_factory=dict, repr=False, compare=False)
    _credited: set[str] = field(default_factory=set, repr=False, compare=False)  # reports crediting fact by fact
    # speakers quoted from the meeting itself (a statement not said elsewhere): built once, read per reply
    _quoted_here: set[str] = field(default_factory=set, repr=False, compare=False)

    def __post_init__(self) -> None:
        for entry in self.entries():
            self._by_id[entry.id] = entry
            if isinstance(entry, (Statement, Agreement)) and entry.via:
                self._credited.add(entry.source)
        for statement in self.statements.values():
            if statement.speaker not in self._quoted_here and not self.said_elsewhere(statement):
                self._quoted_here.add(statement.speaker)

    def credits_by_fact(self, source_id: str) -> bool:
        """True when a report credits its facts one by one (Asia-Plus: BelTA for some, Interfax for others), as
        the curators recorded with `via` on its facts."""
        return source_id in self._credited

    def report_via(self, entry: Statement | Agreement) -> Source | None:
        """The report, when the agencies it cites stand for all of it (its facts credit none of their own):
        where `entry` came from, beside the report that carried it; None otherwise."""
        source = self.sources[entry.source]
        return source if source.via and not self.credits_by_fact(entry.source) else None

    def entries(self) -> Iterator[Entry]:
        """Yield every dated fact: speakers, then statements, then agreements."""
        yield from self.speakers.values()
        yield from self.statements.values()
        yield from self.agreements.values()

    def entry(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def disagreeing(self, entry: Entry) -> list[Statement | Agreement]:
        """The facts that answer the same question as `entry` differently, in file order."""
        ids = getattr(entry, "disagrees_with", ())
        found = [self._by_id.get(i) for i in ids]
        return [e for e in found if isinstance(e, (Statement, Agreement))]

    def speaker_of(self, statement: Statement) -> Speaker:
        return self.speakers[statement.speaker]

    def source_of(self, entry: Entry) -> Source:
        return self.sources[entry.source]

    def said_elsewhere(self, statement: Statement) -> bool:
        """True for the words of someone who took no part in the meeting, in a report published before it or
        well after it (Meredov's preparations for the next meeting, April 2024): not said there. A
        non-participant quoted in a report of the days of the meeting (the CIS Secretary General) spoke at it."""
        speaker = self.speakers.get(statement.speaker)
        source = self.sources.get(statement.source)  # (a fact base with problems may lack it: checked elsewhere)
        published = source.published if source is not None else None
        if speaker is None or speaker.attended or self.meeting is None or published is None:
            return False
        return published < self.meeting.date or (published - self.meeting.date).days > ELSEWHERE_DAYS

    def quoted_at_the_meeting(self, speaker: Speaker) -> bool:
        """True for someone not in the delegations whose words the reports give from the meeting (Lebedev)."""
        return not speaker.attended and speaker.id in self._quoted_here

    def counts(self) -> dict[str, int]:
        return {
            "meeting": 1 if self.meeting else 0,
            "sources": len(self.sources),
            "speakers": len(self.speakers),
            "statements": len(self.statements),
            "agreements": len(self.agreements),
        }

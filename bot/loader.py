"""Load and validate the fact base: every `*.yaml` file in one folder, merged.

Applies every rule of `knowledge-format.md` and reports each failure as a
`Problem` (`file:line: message`); all problems of all files are collected
before `FactBaseError` is raised, so a curator sees them at once (a duplicate
key, or a field error in an entry, does not hide the entry's other problems).
Warnings (`bot.factlint`: quotes with attribution leftovers, a quote in two
facts, ambiguous aliases) never stop loading; `strict=True` makes them errors.

A source's local copy may open with a header ended by the line
`---- text ----`; only what follows counts as the report's text, and editorial
notes in brackets (`[...]`, `[excerpt ends here]`) are not part of it either:
a quote found only there is reported as such.

Optional fields the bot accepts beyond the contract (all documented in the
README, "Fact base"):

    meeting     title_ru, title_ru_gen, place_ru, quote + source, aliases
    sources     published (optional here), text (the contract's local copy), via, via_ru, language,
                published_time, dateline, dateline_ru
    speakers    name_ru, role_ru, country_ru, aliases, country_aliases, topics,
                answer, answer_ru
    statements  title, title_ru, paraphrase, topics, answer, answer_ru, disagrees_with
    agreements  title_ru, topics, answer, answer_ru, kind, count, counts, disagrees_with, elsewhere

`disagrees_with` links are checked (the ids exist and are statements or
agreements) and made symmetric: a link written on one fact is known to both.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process

from bot.errors import FactBaseError, Problem
from bot.factlint import lint_factbase
from bot.facts import AGREEMENT_KINDS, Agreement, FactBase, Meeting, Source, Speaker, Statement
from bot.gcpause import paused_gc
from bot.safeyaml import (
    MAX_DEPTH,
    NotATree,
    UnsafeInput,
    confined_path,
    excerpt,
    read_confined,
    read_yaml_file,
    too_deep,
)

__all__ = [
    "FIELDS", "OPTIONAL_FIELD_DOCS", "TEXT_SEPARATOR", "SourceText", "fact_files", "load_factbase",
    "item_number", "normalise_quote", "split_source_text",
]

# section -> (required fields, optional fields). Order is the contract's.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "meeting": (("id", "title", "date", "place"), ("title_ru", "title_ru_gen", "place_ru", "quote", "source", "aliases")),
    "sources": (("id", "publisher", "title", "url"), ("published", "text", "via", "via_ru", "language",
                                                       "published_time", "dateline", "dateline_ru")),
    "speakers": (
        ("id", "name", "role", "country", "attended", "quote", "source", "added"),
        ("name_ru", "role_ru", "country_ru", "aliases", "country_aliases", "topics", "answer", "answer_ru"),
    ),
    "statements": (
        ("id", "speaker", "quote", "source", "added"),
        ("title", "title_ru", "paraphrase", "topics", "answer", "answer_ru", "disagrees_with", "via", "via_ru"),
    ),
    "agreements": (
        ("id", "title", "quote", "source", "added"),
        ("title_ru", "topics", "answer", "answer_ru", "kind", "count", "counts", "disagrees_with", "elsewhere",
         "via", "via_ru"),
    ),
}
# What `python -m bot check --fields` prints: the optional fields beyond the contract.
OPTIONAL_FIELD_DOCS: dict[str, str] = {
    "meeting.title_ru / place_ru": "the title and place in Russian",
    "meeting.title_ru_gen": "the Russian title in the genitive (о заседании Совета глав правительств СНГ)",
    "meeting.quote + source": "a source sentence naming the meeting (verified like any quote)",
    "meeting.aliases": "other names people use for the meeting (list)",
    "sources.text": "the local copy of the source (path relative to the fact base folder); "
                    "every quote citing the source must appear in it verbatim, after its "
                    "'---- text ----' header line when it has one (bracketed notes don't count)",
    "sources.published": "the report's date, YYYY-MM-DD; leave it out when the report shows none "
                         "(shown as \"date not shown\")",
    "sources.via / via_ru": "the agencies the report itself cites, in English / Russian",
    "sources.language": "en or ru: the language of the report's text (replies say when a quote "
                        "is in another language than the reply)",
    "sources.published_time": "the time of day the report shows beside its date, HH:MM (\"16:57\")",
    "sources.dateline / dateline_ru": "the place the report is datelined, as it writes it (TASHKENT), in "
                                      "English / Russian",
    "speakers.name_ru / role_ru / country_ru": "the name, role and country in Russian",
    "speakers.aliases": "other spellings of the name, in either alphabet (list)",
    "speakers.country_aliases": "other names and forms of the country: demonyms, Russian cases (list)",
    "statements.title / title_ru": "a short title (buttons, inline results, digests)",
    "statements.paraphrase": "true when the quote is the report's wording, not the speaker's own",
    "agreements.title_ru": "the title in Russian",
    "agreements.kind": "document (default: signed at the meeting), decision (adopted there), or an "
                       "overview fact: agenda, result, count, schedule (the next meeting), background "
                       "(other occasions); /agreements lists documents and decisions only",
    "agreements.count / counts": "the number a count fact states (a positive integer) and what it "
                                 "counts (documents, delegations)",
    "statements/agreements.disagrees_with": "ids of facts that answer the same question differently; "
                                            "replies show both with their sources (one direction is enough)",
    "statements/agreements.via / via_ru": "the agency the report credits for this fact in its own words "
                                          "(\"according to BelTA\"), where a report cites several: replies name "
                                          "it instead of the report's whole list, in English / Russian",
    "agreements.elsewhere": "for a fact about another event a report mentions (a meeting elsewhere): the "
                            "words that name it, in English and Russian; only a question naming one of them "
                            "gets this fact as its answer (list)",
    "*.topics": "keywords in English and Russian that the fact is about (list)",
    "*.answer / answer_ru": "a one-line answer replacing the generated one",
}
_KNOWN_FIELDS = {section: frozenset(required + optional) for section, (required, optional) in FIELDS.items()}
_REQUIRED_FIELDS = {section: frozenset(required) for section, (required, _) in FIELDS.items()}
_BOOL_FIELDS = {"attended", "paraphrase"}
_LIST_FIELDS = {"aliases", "country_aliases", "topics", "disagrees_with", "elsewhere"}
_CLOCK_RE = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d")
_CHOICES = {"kind": AGREEMENT_KINDS, "language": ("en", "ru")}
_RENAMED = {"kind": "agreement_kind"}  # YAML field -> entry attribute
TEXT_SEPARATOR = "---- text ----"
# Editorial notes inside a report's text: omissions and where an excerpt ends.
_NOTE_RE = re.compile(r"\[(?:\.\.\.|…)[^\]]*\]|\[excerpt ends here\]", re.IGNORECASE)
_BREAK = "\x00"  # stands where a note was: no quote can span it
_DATE_FIELDS = {"date", "published"}
_DATETIME_FIELDS = {"added"}
# fields whose value is text with no rule beyond being a non-empty single value (`_convert`)
_TEXT_FIELDS = frozenset(name for required, optional in FIELDS.values() for name in required + optional) \
    - _BOOL_FIELDS - _LIST_FIELDS - _CHOICES.keys() - _DATE_FIELDS - _DATETIME_FIELDS - {"count", "url"}
_QUOTE_CHARS = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′`"})
_SPACE_RE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """Fold typographic quotes and white space, the only changes a quote may differ by."""
    return _SPACE_RE.sub(" ", text.translate(_QUOTE_CHARS)).strip()


# The start of a numbered line: "  5. ", "    1. 10.1  " (a sub-item under its parent's number)
_ITEM_START = r"^[ \t]*(?:\d{1,3}\.[ \t]+)?(\d{1,3}(?:\.\d{1,3})?)\.?[ \t]+"


def item_number(text: str, quote: str) -> str | None:
    """The report's own number of the item a quote opens: "10.1" for a quote that starts the
    line "    1. 10.1  On financing..." of `text` (typographic quotes folded), else None."""
    words = quote.split()[:8]
    if not words:
        return None
    found = re.search(_ITEM_START + r"\s+".join(map(re.escape, words)), text, re.MULTILINE)
    return found.group(1) if found else None


@dataclass(frozen=True)
class SourceText:
    """A local copy split into its parts: the header, the report's text, the editorial notes."""

    header: str
    text: str  # what quotes are verified against; each note replaced by a break no quote spans
    notes: tuple[str, ...]


def split_source_text(raw: str) -> SourceText:
    """Split a local copy at the `---- text ----` line (no such line: all of it is text)."""
    lines = raw.splitlines(keepends=True)
    header, body = "", raw
    for number, line in enumerate(lines):
        if line.strip() == TEXT_SEPARATOR:
            header, body = "".join(lines[:number]), "".join(lines[number + 1:])
            break
    notes = tuple(match.group(0) for match in _NOTE_RE.finditer(body))
    return SourceText(header, _NOTE_RE.sub(f" {_BREAK} ", body), notes)


class _LineDict(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers where it and each of its keys stand."""

    line: int = 0
    key_lines: dict[str, int]
    duplicates: list[tuple[str, int, int]]  # (key, line, line of the first) for each repeated key

    @classmethod
    def at(cls, line: int) -> _LineDict:
        """An empty mapping starting at 1-based `line`."""
        mapping = cls()
        mapping.line, mapping.key_lines, mapping.duplicates = line, {}, []
        return mapping

    def repeated(self, key: str, line: int) -> bool:
        """True (and noted, for the document's problems) when `key` is already here: the
        first one stays, and the repeated one's value is never built."""
        if key in self:
            self.duplicates.append((key, line, self.key_lines[key]))
            return True
        return False

    def keep(self, key: str, value: Any, line: int) -> None:
        self[key] = value
        self.key_lines[key] = line


# libyaml's parser where PyYAML was built with it (10x faster on large files); the constructor
# below is Python either way, so line numbers, duplicate keys and messages are the same.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """SafeLoader that keeps line numbers, rejects duplicate keys and leaves dates as text."""

    def resolve(self, kind: type[yaml.Node], value: str | None, implicit: tuple[bool, bool]) -> str:
        """The tag of a node, as the resolver's does it (this loader has no path resolvers),
        without its generality: libyaml calls it for every value in a file."""
        if kind is yaml.ScalarNode:
            if implicit[0] and value is not None:
                for tag, regexp in _IMPLICIT.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
        if kind is yaml.SequenceNode:
            return yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG
        return yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """PyYAML's construction, with a value its constructor cannot read (`0x_`, `!!int abc`,
        `!!bool maybe`, `!!timestamp 2023-13-45`) refused with its line, not a traceback."""
        try:
            return super().construct_object(node, deep)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError):
            name = node.tag.rpartition(":")[2]
            if isinstance(node, yaml.ScalarNode):
                problem = f"{excerpt(node.value)} cannot be read as {name} (quote it if it is text)"
            else:
                problem = f"this {'list' if isinstance(node, yaml.SequenceNode) else 'mapping'} cannot be read as {name}"
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from None


# Dates are parsed by the loader's own rules (and reported with a line), not by YAML.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_IMPLICIT: dict[str, list[tuple[str, re.Pattern[str]]]] = _Loader.yaml_implicit_resolvers


@dataclass
class _Context:
    problems: list[Problem]
    file: str

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
    loader.flatten_mapping(node)
    return _line_dict(node, lambda child: loader.construct_object(child, deep=True))


def _line_dict(node: yaml.MappingNode, construct: Callable[[yaml.Node], Any]) -> _LineDict:
    """A mapping node's `_LineDict`, its keys and values built by `construct`."""
    result = _LineDict.at(node.start_mark.line + 1)
    for key_node, value_node in node.value:
        key, line = str(construct(key_node)), key_node.start_mark.line + 1  # a key that is a list reads as text
        if not result.repeated(key, line):
            result.keep(key, construct(value_node), line)
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

_STR = yaml.resolver.BaseResolver.DEFAULT_SCALAR_TAG
_SKIPPED = (yaml.StreamStartEvent, yaml.DocumentStartEvent, yaml.DocumentEndEvent)


class _Open:
    """A list or mapping being filled while the events come (a mapping waits for a value)."""

    __slots__ = ("value", "line", "key", "key_line", "keyed")

    def __init__(self, value: list[Any] | _LineDict, line: int) -> None:
        self.value = value
        self.line = line  # where it starts: its line as a key
        self.key: Any = None
        self.key_line = 0
        self.keyed = False  # a key came and waits for its value


def _build_tree(loader: yaml.SafeLoader) -> Any:
    """Build a document without aliases straight from libyaml's events: the values the
    constructor above gives (strings, lists, `_LineDict`s, typed scalars), each node
    checked against the depth limit as it comes. Tags, anchors and a second document
    are left to the generic path (`NotATree`), which says what PyYAML says.

    This loop runs once per event (a dozen per fact), so what it calls per event is
    inlined, and the tag of a plain scalar that might not be a string ("2024-01-01", a
    quote opening with "No") is resolved once per distinct value: a file repeats them."""
    stack: list[_Open] = []
    tags: dict[str, str] = {}  # plain scalar -> its resolved tag
    while True:
        event = loader.get_event()  # type: ignore[no-untyped-call]  # untyped in types-PyYAML
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.anchor is not None or event.tag not in (None, "!"):
                raise NotATree
            if len(stack) >= MAX_DEPTH:
                raise too_deep(event.start_mark.line + 1 if event.start_mark else 1)
            value, line = event.value, event.start_mark.line + 1
            if event.implicit[0] and value[:1] in _IMPLICIT:  # else a string, as `resolve` says
                tag = tags.get(value)
                if tag is None:
                    tag = tags[value] = loader.resolve(yaml.ScalarNode, value, event.implicit)  # type: ignore[no-untyped-call]
                if tag != _STR:
                    value = loader.construct_object(
                        yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style))
        elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
            _refuse_unless_plain(event, len(stack))
            line = event.start_mark.line + 1
            stack.append(_Open([] if kind is yaml.SequenceStartEvent else _LineDict.at(line), line))
            continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            done = stack.pop()
            value, line = done.value, done.line
        elif kind is yaml.StreamEndEvent:
            return None  # no document
        elif kind in _SKIPPED:
            continue
        else:
            raise NotATree
        if not stack:
            return _end_of_document(loader, value)
        parent = stack[-1]  # put the finished value into the list or mapping that holds it
        container = parent.value
        if type(container) is list:
            container.append(value)
        elif not parent.keyed:
            parent.key, parent.key_line, parent.keyed = str(value), line, True
        else:
            assert isinstance(container, _LineDict)
            parent.keyed = False
            if not container.repeated(parent.key, parent.key_line):
                container.keep(parent.key, value, parent.key_line)


def _refuse_unless_plain(event: yaml.NodeEvent, depth: int) -> None:
    """Leave a tag or an anchor to the generic path; refuse a value past the depth limit."""
    if event.anchor is not None or (getattr(event, "tag", None) not in (None, "!")):
        raise NotATree
    if depth >= MAX_DEPTH:
        raise too_deep(event.start_mark.line + 1 if event.start_mark else 1)


def _end_of_document(loader: yaml.SafeLoader, root: Any) -> Any:
    """The document's value, once the stream is seen to hold no second document."""
    while not isinstance(event := loader.get_event(), yaml.StreamEndEvent):  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.DocumentStartEvent):
            raise NotATree  # the generic path says "expected a single document"
    return root


def fact_files(folder: Path) -> list[Path]:
    """The YAML files a fact base is read from: every `*.yaml` in the folder, in name order
    (the report texts they name are found through their sources' `text`)."""
    return sorted(folder.glob("*.yaml"))


@paused_gc()
def load_factbase(directory: str | Path, *, strict: bool = False, lint: bool = False) -> FactBase:
    """Load every `*.yaml` file in `directory`; raise `FactBaseError` listing every problem.

    With `lint` (what `check` does) the curators' warnings (`bot.factlint`) are kept in
    `FactBase.warnings`, and with `strict` they are errors too; the bot, `ask` and
    reloads skip them, as they change nothing that is served.
    """
    folder = Path(directory)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise FactBaseError([Problem(str(folder), 0, "fact base folder not found (KNOWLEDGE_DIR)")])
    paths = fact_files(folder)
    if not paths:
        raise FactBaseError([Problem(str(folder), 0, "no *.yaml files in the fact base folder")])

    read: list[tuple[str, str, str]] = []  # what the build read: FactBase.read_files, and its fingerprint
    documents: list[tuple[_Context, _LineDict]] = []
    for path in paths:
        ctx = _Context(problems, str(path))
        try:
            raw, data = read_yaml_file(path, folder, _Loader, _build_tree)  # confined, size/depth/alias limits
            read.append(("yaml", path.name, hashlib.sha256(raw).hexdigest()))
        except UnsafeInput as exc:
            ctx.add(exc.line, exc.message)
            continue
        except UnicodeDecodeError:
            ctx.add(1, "file is not UTF-8 text")
            continue
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else 1
            ctx.add(line, f"YAML syntax error: {exc.problem or exc.context}")
            continue
        except (yaml.YAMLError, OSError) as exc:
            ctx.add(1, f"cannot read: {exc}")
            continue
        if data is None:
            continue  # an empty file adds nothing
        if not isinstance(data, _LineDict):
            ctx.add(1, "the top level must be a mapping of sections (meeting, sources, ...)")
            continue
        documents.append((ctx, data))

    builder = _Builder(folder, problems, read)
    for ctx, data in documents:
        builder.read_document(ctx, data)
    factbase = builder.finish([str(p) for p in paths])
    warnings = lint_factbase(factbase, builder.where) if lint or strict else []
    if problems:
        raise FactBaseError(problems, warnings)
    if strict and warnings:
        raise FactBaseError([replace(w, warning=False) for w in warnings])
    return replace(factbase, warnings=tuple(sorted(warnings))) if warnings else factbase


class _Builder:
    """Turns validated mappings into entries, then checks references and quotes."""

    def __init__(self, folder: Path, problems: list[Problem], read: list[tuple[str, str, str]]) -> None:
        self.folder = folder
        self.problems = problems
        self.read = read
        self.meeting: Meeting | None = None
        self.sources: dict[str, Source] = {}
        self.speakers: dict[str, Speaker] = {}
        self.statements: dict[str, Statement] = {}
        self.agreements: dict[str, Agreement] = {}
        self.ids: dict[str, tuple[str, int]] = {}  # id -> the file and line where first defined
        self.pending: list[tuple[_Context, _LineDict, Any]] = []  # entries to cross-check
        self.broken_ids: set[str] = set()
        self.items: dict[str, tuple[_Context, _LineDict]] = {}  # id -> where its fields stand

    def where(self, entry_id: str, key: str | None = None) -> tuple[str, int]:
        """The file and line of an entry (of its field `key`, when given) for a message."""
        ctx, item = self.items[entry_id]
        return ctx.file, item.key_lines.get(key, item.line) if key else item.line

    def read_document(self, ctx: _Context, data: _LineDict) -> None:
        _report_duplicates(ctx, data)
        for section, value in data.items():
            line = data.key_lines[section]
            if section not in FIELDS:
                ctx.add(line, f"unknown section {section!r}{_suggest(section, FIELDS)}; "
                        f"sections are: {', '.join(FIELDS)}")
                continue
            if section == "meeting":
                self._read_meeting(ctx, line, value)
                continue
            if value is None:
                continue
            if not isinstance(value, list):
                ctx.add(line, f"section {section!r} must be a list of entries (each starting with '- ')")
                continue
            for item in value:
                if not isinstance(item, _LineDict):
                    ctx.add(line, f"every entry of {section!r} must be a mapping of fields, got {excerpt(item)}")
                    continue
                self._read_entry(ctx, section, item)

    def _read_meeting(self, ctx: _Context, line: int, value: Any) -> None:
        if not isinstance(value, _LineDict):
            ctx.add(line, "section 'meeting' must be a mapping of fields (id, title, date, place)")
            return
        if self.meeting is not None:
            ctx.add(line, f"'meeting' is already defined in {self.meeting.file}:{self.meeting.line}; "
                    "at most one file defines it")
            return
        fields = self._fields(ctx, "meeting", value)
        if fields is None:
            return
        if self._claim_id(ctx, value, fields["id"]):
            self.items[fields["id"]] = (ctx, value)
        if fields.get("quote") and not fields.get("source"):
            ctx.add(value.line, "meeting: 'quote' needs a 'source' to cite")
        if fields.get("source") and not fields.get("quote"):
            ctx.add(value.line, "meeting: 'source' is only used with a 'quote'")
        self.meeting = Meeting(**fields, file=ctx.file, line=value.line)
        if self.meeting.quote:
            self.pending.append((ctx, value, self.meeting))

    def _read_entry(self, ctx: _Context, section: str, item: _LineDict) -> None:
        fields = self._fields(ctx, section, item)
        if fields is None:
            if isinstance(item.get("id"), str):
                self.broken_ids.add(item["id"])  # reported; references to it are not errors too
            if section != "sources":  # its quote is still checked, so that no problem hides another
                self.pending.append((ctx, item, _Partial.of(section, item)))
            return
        if not self._claim_id(ctx, item, fields["id"]):
            return
        self.items[fields["id"]] = (ctx, item)
        where: dict[str, Any] = {"file": ctx.file, "line": item.line}
        if section == "sources":
            fields.setdefault("published", None)
            if fields.get("published_time") is not None and not _CLOCK_RE.fullmatch(fields["published_time"]):
                ctx.add(item.line, f"sources: 'published_time' {fields['published_time']!r} is not a time HH:MM")
            source = Source(**fields, **where)
            if source.text is not None:
                self._check_text_path(ctx, item, source)
            self.sources[source.id] = source
            return
        entry: Speaker | Statement | Agreement
        if section == "speakers":
            entry = Speaker(**fields, **where)
            self.speakers[entry.id] = entry
        elif section == "statements":
            entry = Statement(**fields, **where)
            self.statements[entry.id] = entry
        else:
            entry = Agreement(**fields, **where)
            self.agreements[entry.id] = entry
        self.pending.append((ctx, item, entry))

    def _fields(self, ctx: _Context, section: str, item: _LineDict) -> dict[str, Any] | None:
        """Check presence and type of every field; return the converted values or None. An
        entry's fields are checked as sets first (most entries are right), its label made
        only for a message."""
        required, optional = FIELDS[section]
        known = _KNOWN_FIELDS[section]
        ok = True
        if not item.keys() <= known:
            for name in item:
                if name not in known:
                    ctx.add(item.key_lines[name], f"unknown field {name!r} in {_label(section, item)}"
                            f"{_suggest(name, required + optional)}")
                    ok = False
        if not item.keys() >= _REQUIRED_FIELDS[section]:
            missing = [name for name in required if name not in item]
            ctx.add(item.line, f"{_label(section, item)} is missing required field{'s' if len(missing) > 1 else ''} "
                    f"{', '.join(repr(m) for m in missing)}")
            ok = False
        values: dict[str, Any] = {}
        for name, raw in item.items():
            if name not in known:
                continue
            converted, error = _convert(name, raw)
            if error:
                ctx.add(item.key_lines[name], f"{_label(section, item)}: field {name!r} {error}")
                ok = False
            else:
                values[_RENAMED.get(name, name)] = converted
        return values if ok else None

    def _claim_id(self, ctx: _Context, item: _LineDict, entry_id: str) -> bool:
        line = item.key_lines.get("id", item.line)
        if entry_id in self.ids:
            file, first = self.ids[entry_id]
            ctx.add(line, f"duplicate id {entry_id!r} (first defined at {file}:{first}); "
                    "ids must be unique across all files")
            return False
        self.ids[entry_id] = (ctx.file, line)
        return True

    def _check_text_path(self, ctx: _Context, item: _LineDict, source: Source) -> None:
        try:
            path = self._text_path(source)
        except UnsafeInput as exc:
            ctx.add(item.key_lines["text"], f"source {source.id!r}: text {exc.message}")
            return
        if not path.is_file():
            ctx.add(item.key_lines["text"], f"source {source.id!r}: text file {source.text!r} not found "
                    f"(looked for {path})")
            return
        try:
            read_confined(path, self.folder)
        except UnsafeInput as exc:
            ctx.add(item.key_lines["text"], f"source {source.id!r}: text file {source.text!r} {exc.message}")

    def _text_path(self, source: Source) -> Path:
        return confined_path(self.folder, str(source.text))

    def finish(self, files: list[str]) -> FactBase:
        texts: dict[str, tuple[str, str] | None] = {}
        lined: dict[str, str] = {}  # source id -> its text with its lines kept, for item numbers
        item_numbers: dict[str, str] = {}

        def text_of(source: Source) -> tuple[str, str] | None:
            """The report's text and, apart, its header and notes; both normalised."""
            if source.id not in texts:
                try:
                    raw = read_confined(self._text_path(source), self.folder)
                    self.read.append(("text", str(source.text), hashlib.sha256(raw).hexdigest()))
                    parts = split_source_text(raw.decode("utf-8"))
                    texts[source.id] = (normalise_quote(parts.text),
                                        normalise_quote(" \x00 ".join((parts.header, *parts.notes))))
                    lined[source.id] = parts.text.translate(_QUOTE_CHARS)
                except (OSError, UnicodeDecodeError, UnsafeInput):
                    texts[source.id] = None  # already reported, or reported below
            return texts[source.id]

        verified = 0
        for ctx, item, entry in self.pending:
            speaker = getattr(entry, "speaker", None)
            if _section(entry) == "statements" and isinstance(speaker, str) \
                    and speaker not in self.speakers and speaker not in self.broken_ids:
                ctx.add(item.key_lines["speaker"], f"statements entry {entry.id!r}: speaker "
                        f"{speaker!r} is not a speakers id{_suggest(speaker, self.speakers)}")
            source = self.sources.get(entry.source) if isinstance(entry.source, str) else None
            if source is None and (not isinstance(entry.source, str) or entry.source in self.broken_ids):
                continue
            if source is None:
                ctx.add(item.key_lines.get("source", item.line), f"{_section(entry)} entry {entry.id!r}: "
                        f"source {entry.source!r} is not a sources id{_suggest(entry.source or '', self.sources)}")
                continue
            if source.text is None or not isinstance(entry.quote, str):
                continue
            found = text_of(source)
            if found is None:
                continue
            quote = normalise_quote(entry.quote)
            if quote in found[0]:
                verified += 1
                listed = isinstance(entry, Agreement) and entry.agreement_kind == "document"  # a list's items
                number = item_number(lined[source.id], quote) if listed else None
                if number:
                    item_numbers[entry.id] = number
            elif quote in found[1]:
                ctx.add(item.key_lines["quote"], f"{_section(entry)} entry {entry.id!r}: quote appears only in "
                        f"the header or an editorial note of {source.text} (source {source.id!r}), not in the "
                        f"report's text after '{TEXT_SEPARATOR}': {_excerpt(entry.quote)}")
            else:
                ctx.add(item.key_lines["quote"], f"{_section(entry)} entry {entry.id!r}: quote does not "
                        f"appear verbatim in {source.text} (source {source.id!r}): {_excerpt(entry.quote)}")
        self._link_disagreements()
        return FactBase(
            meeting=self.meeting,
            sources=self.sources,
            speakers=self.speakers,
            statements=self.statements,
            agreements=self.agreements,
            files=tuple(files),
            quotes_verified=verified,
            fingerprint=_fingerprint(self.read),
            item_numbers=item_numbers,
            read_files=tuple(self.read),
        )


    def _link_disagreements(self) -> None:
        """Check every `disagrees_with` id, then make each link known to both facts."""
        facts: dict[str, Statement | Agreement] = {**self.statements, **self.agreements}
        links: dict[str, list[str]] = {fact_id: [] for fact_id in facts}
        for fact in facts.values():
            if not fact.disagrees_with:
                continue
            ctx, item = self.items[fact.id]
            line = item.key_lines.get("disagrees_with", item.line)
            for other in fact.disagrees_with:
                label = f"{_section(fact)} entry {fact.id!r}: disagrees_with {other!r}"
                if other == fact.id:
                    ctx.add(line, f"{label} is the fact itself")
                elif other in facts:
                    links[fact.id].append(other)
                    links[other].append(fact.id)
                elif other in self.broken_ids:
                    continue
                elif other in self.speakers:
                    ctx.add(line, f"{label} is a speaker; only statements and agreements can disagree")
                else:
                    ctx.add(line, f"{label} is not a statements or agreements id{_suggest(other, facts)}")
        for fact_id, others in links.items():
            if not others:
                continue
            linked = tuple(dict.fromkeys(others))
            if fact_id in self.statements:
                self.statements[fact_id] = replace(self.statements[fact_id], disagrees_with=linked)
            else:
                self.agreements[fact_id] = replace(self.agreements[fact_id], disagrees_with=linked)


@dataclass(frozen=True)
class _Partial:
    """What can still be checked of an entry whose fields failed: its speaker, source and quote."""

    section: str
    id: str | None
    source: Any
    quote: Any
    speaker: Any = None

    @classmethod
    def of(cls, section: str, item: _LineDict) -> _Partial:
        return cls(section, item.get("id"), item.get("source"), item.get("quote"), item.get("speaker"))


def _report_duplicates(ctx: _Context, node: Any) -> None:
    """Report every repeated key anywhere in a document (the first value was kept)."""
    if isinstance(node, _LineDict):
        for key, line, first in node.duplicates:
            ctx.add(line, f"duplicate key {key!r} (first at line {first}); the second one is ignored")
        for value in node.values():
            if isinstance(value, (_LineDict, list)):
                _report_duplicates(ctx, value)
    elif isinstance(node, list):
        for value in node:
            if isinstance(value, (_LineDict, list)):
                _report_duplicates(ctx, value)


_SECTIONS: dict[type, str] = {Meeting: "meeting", Speaker: "speakers", Statement: "statements", Agreement: "agreements"}


def _section(entry: object) -> str:
    if isinstance(entry, _Partial):
        return entry.section
    return _SECTIONS[type(entry)]


def _label(section: str, item: _LineDict) -> str:
    """How a message names an entry: "statements entry 'id'" (its id when it is text)."""
    return f"{section} entry {item.get('id')!r}" if isinstance(item.get("id"), str) else f"{section} entry"


def _excerpt(text: str, limit: int = 60) -> str:
    text = normalise_quote(text)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _suggest(word: str, choices: Any) -> str:
    match = process.extractOne(word, list(choices), score_cutoff=75)
    return f" (did you mean {match[0]!r}?)" if match else ""


def _convert(name: str, raw: Any) -> tuple[Any, str | None]:
    """Convert one field's YAML value; return (value, None) or (None, what is wrong)."""
    if type(raw) is str and (text := raw.strip()):  # most values: text, read as the checks below would
        if name in _TEXT_FIELDS:
            return text, None
        if name in _DATETIME_FIELDS:
            return _parse_added(text)
    if name in _BOOL_FIELDS:
        if isinstance(raw, bool):
            return raw, None
        return None, f"must be true or false, not {excerpt(raw)}"
    if name in _LIST_FIELDS:
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not all(isinstance(x, (str, int)) and str(x).strip() for x in raw):
            return None, f"must be a list of non-empty strings, not {excerpt(raw)}"
        return tuple(str(x).strip() for x in raw), None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, "is empty"
    if isinstance(raw, (dict, list)):
        return None, f"must be a single value, not {type(raw).__name__}"
    if name == "count":
        if isinstance(raw, bool) or not isinstance(raw, int) or raw < 1:
            return None, f"must be a positive whole number, not {excerpt(raw)}"
        return raw, None
    text = str(raw).strip()
    if name in _CHOICES and text not in _CHOICES[name]:
        return None, f"must be one of {', '.join(_CHOICES[name])}, not {text!r}"
    if name in _DATE_FIELDS:
        try:
            return date.fromisoformat(text), None
        except ValueError:
            return None, f"must be a date as YYYY-MM-DD, not {text!r}"
    if name in _DATETIME_FIELDS:
        return _parse_added(text)
    if name == "url" and not re.match(r"^https?://\S+$", text):
        return None, f"must be an http(s) URL, not {text!r}"
    if isinstance(raw, bool):
        return None, f"must be text, not {excerpt(raw)}"
    return text, None


def _fingerprint(read: list[tuple[str, str, str]]) -> str:
    """The fact base's version: a hash of every file read, by name and content (the SHA-256
    of each, already taken for `FactBase.read_files`: the bytes are hashed once)."""
    digest = hashlib.sha256()
    for kind, name, sha in read:
        digest.update(os.fsencode(f"{kind}\0{name}\0{sha}\n"))
    return digest.hexdigest()


@lru_cache(maxsize=1024)  # a curator's file repeats one `added` date in every entry
def _parse_added(text: str) -> tuple[datetime | None, str | None]:
    parsers: list[Callable[[str], datetime]] = [
        lambda s: datetime.combine(date.fromisoformat(s), datetime.min.time()),
        datetime.fromisoformat,
    ]
    for parse in parsers:
        try:
            value = parse(text)
        except ValueError:
            continue
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value, None
    return None, f"must be a date (YYYY-MM-DD) or an ISO 8601 date-time, not {text!r}"

"""Load and validate the fact base: every `*.yaml` file in one folder, merged.

Applies every rule of `knowledge-format.md` and reports each failure as a
`Problem` (`file:line: message`); all problems of all files are collected
before `FactBaseError` is raised, so a curator sees them at once.

Optional fields the bot accepts beyond the contract (all documented in the
README, "Fact base"):

    meeting     title_ru, place_ru, quote + source, aliases
    sources     text (the contract's local copy), via
    speakers    name_ru, role_ru, country_ru, aliases, country_aliases, topics,
                answer, answer_ru
    statements  title, title_ru, paraphrase, topics, answer, answer_ru
    agreements  title_ru, topics, answer, answer_ru
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import process

from bot.errors import FactBaseError, Problem
from bot.facts import Agreement, FactBase, Meeting, Source, Speaker, Statement

__all__ = ["FIELDS", "OPTIONAL_FIELD_DOCS", "load_factbase", "normalise_quote"]

# section -> (required fields, optional fields). Order is the contract's.
FIELDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "meeting": (("id", "title", "date", "place"), ("title_ru", "place_ru", "quote", "source", "aliases")),
    "sources": (("id", "publisher", "title", "url", "published"), ("text", "via")),
    "speakers": (
        ("id", "name", "role", "country", "attended", "quote", "source", "added"),
        ("name_ru", "role_ru", "country_ru", "aliases", "country_aliases", "topics", "answer", "answer_ru"),
    ),
    "statements": (
        ("id", "speaker", "quote", "source", "added"),
        ("title", "title_ru", "paraphrase", "topics", "answer", "answer_ru"),
    ),
    "agreements": (
        ("id", "title", "quote", "source", "added"),
        ("title_ru", "topics", "answer", "answer_ru"),
    ),
}
# What `python -m bot check --fields` prints: the optional fields beyond the contract.
OPTIONAL_FIELD_DOCS: dict[str, str] = {
    "meeting.title_ru / place_ru": "the title and place in Russian",
    "meeting.quote + source": "a source sentence naming the meeting (verified like any quote)",
    "meeting.aliases": "other names people use for the meeting (list)",
    "sources.text": "the local copy of the source (path relative to the fact base folder); "
                    "every quote citing the source must appear in it verbatim",
    "sources.via": "the agencies the report itself cites",
    "speakers.name_ru / role_ru / country_ru": "the name, role and country in Russian",
    "speakers.aliases": "other spellings of the name, in either alphabet (list)",
    "speakers.country_aliases": "other names and forms of the country: demonyms, Russian cases (list)",
    "statements.title / title_ru": "a short title (buttons, inline results, digests)",
    "statements.paraphrase": "true when the quote is the report's wording, not the speaker's own",
    "agreements.title_ru": "the title in Russian",
    "*.topics": "keywords in English and Russian that the fact is about (list)",
    "*.answer / answer_ru": "a one-line answer replacing the generated one",
}
_BOOL_FIELDS = {"attended", "paraphrase"}
_LIST_FIELDS = {"aliases", "country_aliases", "topics"}
_DATE_FIELDS = {"date", "published"}
_DATETIME_FIELDS = {"added"}
_QUOTE_CHARS = str.maketrans({c: '"' for c in "“”„‟«»″"} | {c: "'" for c in "‘’‚‛′`"})
_SPACE_RE = re.compile(r"\s+")


def normalise_quote(text: str) -> str:
    """Fold typographic quotes and white space, the only changes a quote may differ by."""
    return _SPACE_RE.sub(" ", text.translate(_QUOTE_CHARS)).strip()


class _LineDict(dict):  # type: ignore[type-arg]
    """A YAML mapping that remembers where it and each of its keys stand."""

    line: int = 0
    key_lines: dict[str, int]


class _Loader(yaml.SafeLoader):
    """SafeLoader that keeps line numbers, rejects duplicate keys and leaves dates as text."""


# Dates are parsed by the loader's own rules (and reported with a line), not by YAML.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class _Context:
    problems: list[Problem]
    file: str

    def add(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.file, line, message))


def _construct_mapping(loader: _Loader, node: yaml.MappingNode, deep: bool = False) -> _LineDict:
    result = _LineDict()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            key = str(key)
        if key in result:
            raise yaml.MarkedYAMLError(
                problem=f"duplicate key {key!r} (first at line {result.key_lines[key]})",
                problem_mark=key_node.start_mark,
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_factbase(directory: str | Path) -> FactBase:
    """Load every `*.yaml` file in `directory`; raise `FactBaseError` listing every problem."""
    folder = Path(directory)
    problems: list[Problem] = []
    if not folder.is_dir():
        raise FactBaseError([Problem(str(folder), 0, "fact base folder not found (KNOWLEDGE_DIR)")])
    paths = sorted(folder.glob("*.yaml"))
    if not paths:
        raise FactBaseError([Problem(str(folder), 0, "no *.yaml files in the fact base folder")])

    digest = hashlib.sha256()
    documents: list[tuple[_Context, _LineDict]] = []
    for path in paths:
        ctx = _Context(problems, str(path))
        try:
            raw = path.read_bytes()
            digest.update(path.name.encode() + b"\0" + raw + b"\0")
            data = yaml.load(raw.decode("utf-8"), Loader=_Loader)  # noqa: S506 - SafeLoader subclass
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

    builder = _Builder(folder, problems, digest)
    for ctx, data in documents:
        builder.read_document(ctx, data)
    factbase = builder.finish([str(p) for p in paths])
    if problems:
        raise FactBaseError(problems)
    return factbase


class _Builder:
    """Turns validated mappings into entries, then checks references and quotes."""

    def __init__(self, folder: Path, problems: list[Problem], digest: Any) -> None:
        self.folder = folder
        self.problems = problems
        self.digest = digest
        self.meeting: Meeting | None = None
        self.sources: dict[str, Source] = {}
        self.speakers: dict[str, Speaker] = {}
        self.statements: dict[str, Statement] = {}
        self.agreements: dict[str, Agreement] = {}
        self.ids: dict[str, str] = {}  # id -> "file:line" where first defined
        self.pending: list[tuple[_Context, _LineDict, Any]] = []  # entries to cross-check
        self.broken_ids: set[str] = set()

    def read_document(self, ctx: _Context, data: _LineDict) -> None:
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
                    ctx.add(line, f"every entry of {section!r} must be a mapping of fields, got {item!r}")
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
        self._claim_id(ctx, value, fields["id"])
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
            return
        if not self._claim_id(ctx, item, fields["id"]):
            return
        where = {"file": ctx.file, "line": item.line}
        if section == "sources":
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
        """Check presence and type of every field; return the converted values or None."""
        required, optional = FIELDS[section]
        label = f"{section} entry {item.get('id')!r}" if isinstance(item.get("id"), str) else f"{section} entry"
        ok = True
        for name in item:
            if name not in required and name not in optional:
                ctx.add(item.key_lines[name], f"unknown field {name!r} in {label}"
                        f"{_suggest(name, required + optional)}")
                ok = False
        missing = [name for name in required if name not in item]
        if missing:
            ctx.add(item.line, f"{label} is missing required field{'s' if len(missing) > 1 else ''} "
                    f"{', '.join(repr(m) for m in missing)}")
            ok = False
        values: dict[str, Any] = {}
        for name, raw in item.items():
            if name not in required and name not in optional:
                continue
            converted, error = _convert(name, raw)
            if error:
                ctx.add(item.key_lines[name], f"{label}: field {name!r} {error}")
                ok = False
            else:
                values[name] = converted
        return values if ok else None

    def _claim_id(self, ctx: _Context, item: _LineDict, entry_id: str) -> bool:
        here = f"{ctx.file}:{item.key_lines.get('id', item.line)}"
        if entry_id in self.ids:
            ctx.add(item.key_lines.get("id", item.line),
                    f"duplicate id {entry_id!r} (first defined at {self.ids[entry_id]}); "
                    "ids must be unique across all files")
            return False
        self.ids[entry_id] = here
        return True

    def _check_text_path(self, ctx: _Context, item: _LineDict, source: Source) -> None:
        path = self._text_path(source)
        if not path.is_file():
            ctx.add(item.key_lines["text"], f"source {source.id!r}: text file {source.text!r} not found "
                    f"(looked for {path})")

    def _text_path(self, source: Source) -> Path:
        return self.folder / str(source.text)

    def finish(self, files: list[str]) -> FactBase:
        texts: dict[str, str | None] = {}

        def text_of(source: Source) -> str | None:
            if source.id not in texts:
                try:
                    raw = self._text_path(source).read_bytes()
                    self.digest.update(raw)
                    texts[source.id] = normalise_quote(raw.decode("utf-8"))
                except (OSError, UnicodeDecodeError):
                    texts[source.id] = None  # already reported, or reported below
            return texts[source.id]

        verified = 0
        for ctx, item, entry in self.pending:
            if isinstance(entry, Statement) and entry.speaker not in self.speakers.keys() | self.broken_ids:
                ctx.add(item.key_lines["speaker"], f"statements entry {entry.id!r}: speaker "
                        f"{entry.speaker!r} is not a speakers id{_suggest(entry.speaker, self.speakers)}")
            source = self.sources.get(entry.source) if entry.source else None
            if source is None and entry.source in self.broken_ids:
                continue
            if source is None:
                ctx.add(item.key_lines.get("source", item.line), f"{_section(entry)} entry {entry.id!r}: "
                        f"source {entry.source!r} is not a sources id{_suggest(entry.source or '', self.sources)}")
                continue
            if source.text is None or entry.quote is None:
                continue
            text = text_of(source)
            if text is None:
                continue
            if normalise_quote(entry.quote) in text:
                verified += 1
            else:
                ctx.add(item.key_lines["quote"], f"{_section(entry)} entry {entry.id!r}: quote does not "
                        f"appear verbatim in {source.text} (source {source.id!r}): {_excerpt(entry.quote)}")
        return FactBase(
            meeting=self.meeting,
            sources=self.sources,
            speakers=self.speakers,
            statements=self.statements,
            agreements=self.agreements,
            files=tuple(files),
            quotes_verified=verified,
            fingerprint=self.digest.hexdigest(),
        )


def _section(entry: object) -> str:
    return {Meeting: "meeting", Speaker: "speakers", Statement: "statements", Agreement: "agreements"}[
        type(entry)
    ]


def _excerpt(text: str, limit: int = 60) -> str:
    text = normalise_quote(text)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _suggest(word: str, choices: Any) -> str:
    match = process.extractOne(word, list(choices), score_cutoff=75)
    return f" (did you mean {match[0]!r}?)" if match else ""


def _convert(name: str, raw: Any) -> tuple[Any, str | None]:
    """Convert one field's YAML value; return (value, None) or (None, what is wrong)."""
    if name in _BOOL_FIELDS:
        if isinstance(raw, bool):
            return raw, None
        return None, f"must be true or false, not {raw!r}"
    if name in _LIST_FIELDS:
        if isinstance(raw, str):
            raw = [raw]
        if not isinstance(raw, list) or not all(isinstance(x, (str, int)) and str(x).strip() for x in raw):
            return None, f"must be a list of non-empty strings, not {raw!r}"
        return tuple(str(x).strip() for x in raw), None
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None, "is empty"
    if isinstance(raw, (dict, list)):
        return None, f"must be a single value, not {type(raw).__name__}"
    text = str(raw).strip()
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
        return None, f"must be text, not {raw!r}"
    return text, None


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

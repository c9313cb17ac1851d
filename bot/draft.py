"""`python -m bot draft REPORT --source ID`: YAML drafts of a report's facts, for a curator.

The drafting tool reads a report's local copy (only the text after
`---- text ----`; editorial notes such as `[...]` are breaks no quote spans)
and proposes entries in the fact base format:

- every direct quote (words inside the report's quotation marks, four words or
  more) becomes a statement cut exactly at the marks (a comma the report put
  before its closing mark is left out), with the speaker guessed from the
  known speakers: a name or alias in the sentence, else "the Prime Minister of
  Uzbekistan" (role words and a country), else the person last named;
- a sentence of reported speech ("Aripov proposed...", "He added that...",
  "предложил") becomes a statement quoting the whole sentence with
  `paraphrase: true`;
- a person the fact base does not know gets a speaker draft with `TODO`s;
- numbered lists become agreement drafts (`kind: document`), and sentences on
  what was signed, adopted or scheduled agreement drafts with a guessed kind;
- ids are derived from the speaker and the quote's words, unique against the
  fact base; `added` is today; facts whose quote the base already has are
  listed in a comment, not drafted again.

What the curator must write (titles, the speaker when unsure) says `TODO`;
`check` refuses or warns about every `TODO` left, and the output passes it
once they are filled. Nothing here is clever: it saves copying and typing, and
the curator judges every entry.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from bot.errors import FactBaseError
from bot.factlint import attribution_problems
from bot.facts import FactBase, Speaker
from bot.loader import SourceText, load_factbase, normalise_quote, split_source_text
from bot.text import transliterate

__all__ = ["Draft", "DraftError", "draft_entries", "draft_report", "render_drafts"]

TODO = "TODO"
_MIN_QUOTE_WORDS = 4
_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»″"})
_ITEM_RE = re.compile(r"^\s*(\d+)\.\s+(?:(\d+\.\d+)\.?\s+)?(\S.*)$")
_SPEECH_RE = re.compile(
    r"\b(?:proposed|proposes|propose|noted|notes|added|said|says|called|calls|recalled|reminded|advocated|"
    r"suggested|urged|stressed|emphasi[sz]ed|touched upon|stands for|made a speech|made the remark|"
    r"предложил\w*|отметил\w*|сообщил\w*|заявил\w*|доложил|сказал\w*|подчеркнул\w*)\b",
    re.IGNORECASE)
_PRONOUN_RE = re.compile(r"^(?:In (?:his|her) speech, )?(?:he|she|the prime minister)\b", re.IGNORECASE)
# The reporter's framing around a sentence: "(MENAFN- Trend News Agency) ", "ASTANA – ",
# ", Trend reports.", ", Azernews reports, citing Kun News Agency.", ", сообщает TDH."
_LEAD_RE = re.compile(r"^(?:\(MENAFN-[^)]*\)\s*)?(?:[A-ZА-ЯЁ]{3,}\s+[–—-]\s+)?")
_TAIL_RE = re.compile(r",\s*(?:(?:[\w.\-]+\s+){1,3}(?:reports|reported|сообщает|сообщили)(?:,\s*citing\s+[^,.]+)?"
                      r"|(?:reports|сообщает|сообщили)\s+[\w.\-]+(?:\s+[\w.\-]+)?)\.?$")
_ROLE_RE = re.compile(r"Prime Minister|prime minister|head of (?:the )?government|Premier|премьер|"
                      r"глава правительства", re.IGNORECASE)
_AGREEMENT_KINDS = (  # (pattern, guessed kind), first match wins
    (re.compile(r"\b(?:will be held|next meeting|состоится|пройд[её]т|планируется провести)\b", re.I), "schedule"),
    (re.compile(r"\b(?:agenda|повестк)", re.I), "agenda"),
    (re.compile(r"\b(?:\d+|twenty|two|three|nine|ten|двадцать|девять|два)\b[^.]*\b(?:documents?|документ)", re.I),
     "count"),
    (re.compile(r"\b(?:signed|подписан\w*)\b", re.I), "document"),
    (re.compile(r"\b(?:adopted|approved|принят\w*|утвердил\w*)\b", re.I), "decision"),
)
_STOP = set("the a an of and or in on at to for by with from its his her their this that these those is are was "
            "were be will has have it as about into also our we i".split())
_NOT_NAMES = set("CIS СНГ Prime Minister President Deputy Chairman Council Heads Government State Commonwealth "
                 "Independent States Cabinet Ministers Republic Secretary General Trend Kun News Agency "
                 "MENAFN Azernews AzerNews Совет Совета Содружества Независимых Государств Кабинета "
                 "Министров Премьер Президент".split())


class DraftError(Exception):
    """Bad input to `draft`: a missing file, an unknown source id, an invalid fact base."""


@dataclass
class Draft:
    """One proposed entry; `fields` in the order they are printed."""

    section: str  # speakers | statements | agreements
    fields: dict[str, object]
    comment: str = ""

    @property
    def id(self) -> str:
        return str(self.fields["id"])


@dataclass
class _State:
    factbase: FactBase
    source_id: str
    added: str
    ids: set[str] = field(default_factory=set)
    last_speaker: str | None = None
    new_speakers: dict[str, Draft] = field(default_factory=dict)
    existing: list[str] = field(default_factory=list)  # ids whose quotes the report repeats
    quotes: set[str] = field(default_factory=set)


def draft_report(report: Path, source_id: str, directory: Path, *, today: str | None = None) -> str:
    """The YAML drafts for `report` citing `source_id`, against the fact base in `directory`."""
    drafts, existing = draft_entries(report, source_id, directory, today=today)
    return render_drafts(drafts, report, source_id, existing)


def draft_entries(report: Path, source_id: str, directory: Path, *,
                  today: str | None = None) -> tuple[list[Draft], list[str]]:
    """The drafts, and the ids of facts already in the base that quote this report the same way."""
    try:
        raw = report.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DraftError(f"{report}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise DraftError(f"{report}: cannot read it as UTF-8 text ({exc.__class__.__name__})") from None
    try:
        factbase = load_factbase(directory)
    except FactBaseError as exc:
        raise DraftError(f"the fact base in {directory} is invalid ({exc}); run python -m bot check") from None
    if source_id not in factbase.sources:
        known = ", ".join(sorted(factbase.sources)) or "none"
        raise DraftError(f"source {source_id!r} is not a sources id in {directory} (known: {known}); "
                         "add its entry (publisher, title, url, text) first")
    added = today or datetime.now(timezone.utc).date().isoformat()
    state = _State(factbase, source_id, added, ids={e.id for e in factbase.entries()} | set(factbase.sources))
    if factbase.meeting:
        state.ids.add(factbase.meeting.id)
    drafts: list[Draft] = []
    for kind, text, last in _units(split_source_text(raw)):
        if kind == "item":
            drafts.extend(_item_draft(state, text, last))
        else:
            drafts.extend(_sentence_drafts(state, text))
    return list(state.new_speakers.values()) + drafts, state.existing


def render_drafts(drafts: list[Draft], report: Path, source_id: str, existing: list[str]) -> str:
    """The drafts as YAML a curator pastes into a fact base file (valid YAML as printed)."""
    lines = [
        f"# Drafts from {report} (source {source_id!r}) by `python -m bot draft`.",
        "# Review every entry against the report: fill each TODO, check the speaker,",
        "# write titles that say no more than the quote; delete what is not a fact.",
    ]
    if existing:
        lines.append(f"# Already in the fact base, not drafted again: {', '.join(existing)}")
    for section in ("speakers", "statements", "agreements"):
        entries = [d for d in drafts if d.section == section]
        if not entries:
            continue
        lines.append("")
        lines.append(f"{section}:")
        for draft in entries:
            if draft.comment:
                lines.append(f"  # {draft.comment}")
            for number, (name, value) in enumerate(draft.fields.items()):
                lines.append(f"  {'- ' if number == 0 else '  '}{name}: {_scalar(value)}")
    if len(lines) <= 4:
        lines.append("# Nothing to draft: no direct quotes, reported speech or lists found.")
    return "\n".join(lines) + "\n"


# -- reading the report ---------------------------------------------------------------


def _units(parts: SourceText) -> list[tuple[str, str, bool]]:
    """("item", text, cut) for numbered list items, ("sentence", text, False) for the rest.

    `cut` marks the line the excerpt ends inside ("[excerpt ends here]" follows it); an
    unfinished sentence there is left out.
    """
    units: list[tuple[str, str, bool]] = []
    blocks = parts.text.split("\x00")
    for number, block in enumerate(blocks):
        note = parts.notes[number] if number < len(parts.notes) else ""
        ends = "excerpt ends" in note.lower()
        found: list[tuple[str, str, bool]] = []
        paragraph: list[str] = []
        for line in block.splitlines():
            item = _ITEM_RE.match(line)
            if item:
                found.extend(("sentence", s, False) for s in _sentences(" ".join(paragraph)))
                paragraph = []
                found.append(("item", item.group(3).strip(), False))
            elif line.strip():
                paragraph.append(line.strip())
            else:
                found.extend(("sentence", s, False) for s in _sentences(" ".join(paragraph)))
                paragraph = []
        found.extend(("sentence", s, False) for s in _sentences(" ".join(paragraph)))
        if ends and found and not re.search(r"[.!?:;)\"”»]\s*$", found[-1][1]):
            kind, text, _ = found.pop()
            if kind == "item":
                found.append((kind, text, True))
        units.extend(found)
    return units


def _sentences(paragraph: str) -> list[str]:
    """Split at sentence ends outside quotation marks (a quote may hold several sentences)."""
    flat = paragraph.translate(_QUOTES)
    sentences, start, inside = [], 0, False
    for i, char in enumerate(flat):
        if char == '"':
            inside = not inside
        elif char in ".!?" and not inside:
            rest = flat[i + 1:]
            if re.match(r"\s+[\"A-ZА-ЯЁ(]", rest):
                sentences.append(paragraph[start:i + 1].strip())
                start = i + 1
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [s for s in sentences if len(s.split()) >= 3]


def _direct_quotes(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each span inside quotation marks with enough words to be speech."""
    flat = sentence.translate(_QUOTES)
    spans, opened = [], None
    for i, char in enumerate(flat):
        if char != '"':
            continue
        if opened is None:
            opened = i + 1
        else:
            if len(flat[opened:i].split()) >= _MIN_QUOTE_WORDS:
                spans.append((opened, i))
            opened = None
    return spans


# -- drafting ---------------------------------------------------------------------------


def _sentence_drafts(state: _State, sentence: str) -> list[Draft]:
    sentence = _LEAD_RE.sub("", sentence)
    sentence = _TAIL_RE.sub("", sentence)
    spans = _direct_quotes(sentence)
    outside = sentence
    for start, end in reversed(spans):
        outside = outside[:start] + " … " + outside[end:]
    named = _speaker_in(state, outside)
    if named:
        state.last_speaker = named
    drafts: list[Draft] = []
    if spans:
        speaker = named or _speaker_by_role(state, outside) or state.last_speaker or _new_speaker(state, outside,
                                                                                                  sentence)
        for start, end in spans:
            quote = " ".join(sentence[start:end].split()).rstrip(",;: ")
            drafts.extend(_statement(state, speaker, quote, paraphrase=False))
        return drafts
    if _SPEECH_RE.search(sentence) and not attribution_problems(sentence):
        speaker = named or _speaker_by_role(state, sentence)
        if speaker is None and _PRONOUN_RE.match(sentence):
            speaker = state.last_speaker
        if speaker is None:
            speaker = _new_speaker(state, sentence, sentence)
        if speaker is None:  # speech without a person ("Об этом сообщили в пресс-службе"): not a fact
            return []
        state.last_speaker = speaker
        return _statement(state, speaker, " ".join(sentence.split()), paraphrase=True)
    for pattern, kind in _AGREEMENT_KINDS:
        if pattern.search(sentence):
            quote = " ".join(sentence.split()).rstrip(",;: ")
            return _agreement(state, quote, kind, f"kind guessed from the wording: {kind}")
    return []


def _item_draft(state: _State, text: str, last: bool) -> list[Draft]:
    quote = " ".join(text.split())
    comment = "an item of the report's numbered list"
    if last:  # the excerpt ends inside this line: keep whole words only
        quote = re.sub(r"\s*\S*$", "", quote)
        comment += "; the excerpt ends inside it (say so in the title)"
    quote = quote.rstrip(",;: ")
    return _agreement(state, quote, "document", comment) if quote else []


def _known(state: _State, quote: str) -> bool:
    """True (and the ids noted) when the base already quotes this, or a passage overlapping it."""
    key = normalise_quote(quote).casefold()
    overlapping = [e.id for e in state.factbase.statements.values() if _overlaps(key, e.quote)]
    overlapping += [e.id for e in state.factbase.agreements.values() if _overlaps(key, e.quote)]
    state.existing.extend(i for i in overlapping if i not in state.existing)
    if overlapping or key in state.quotes:
        return True
    state.quotes.add(key)
    return False


def _overlaps(key: str, quote: str) -> bool:
    other = normalise_quote(quote).casefold()
    return key == other or (min(len(key), len(other)) >= 30 and (key in other or other in key))


def _statement(state: _State, speaker: str | None, quote: str, *, paraphrase: bool) -> list[Draft]:
    if _known(state, quote):
        return []
    fields: dict[str, object] = {
        "id": _unique(state, f"{speaker or 'speaker'}-{_slug(quote)}"),
        "speaker": speaker or TODO,
        "title": TODO,
        "title_ru": TODO,
        "quote": quote,
    }
    if paraphrase:
        fields["paraphrase"] = True
    fields.update(source=state.source_id, added=state.added)
    comment = "reported speech: the report's wording" if paraphrase else "a direct quote"
    if speaker is None:
        comment += "; speaker not recognised"
    return [Draft("statements", fields, comment)]


def _agreement(state: _State, quote: str, kind: str, comment: str) -> list[Draft]:
    if _known(state, quote):
        return []
    fields: dict[str, object] = {
        "id": _unique(state, _slug(quote, words=5)),
        "kind": kind,
        "title": TODO,
        "title_ru": TODO,
        "quote": quote,
        "source": state.source_id,
        "added": state.added,
    }
    return [Draft("agreements", fields, comment)]


def _speaker_in(state: _State, text: str) -> str | None:
    """The known speaker a text names (surname, Russian name or alias, Russian case endings allowed)."""
    best: tuple[int, str] | None = None
    for speaker in state.factbase.speakers.values():
        for name in _names(speaker):
            match = re.search(rf"(?<!\w){re.escape(name)}\w{{0,2}}(?!\w)", text)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), speaker.id)
    return best[1] if best else None


def _speaker_by_role(state: _State, text: str) -> str | None:
    """"the Prime Minister of Uzbekistan", "Uzbek Prime Minister": a role and a country."""
    if not _ROLE_RE.search(text):
        return None
    for speaker in state.factbase.speakers.values():
        if not speaker.attended:
            continue
        forms = (speaker.country, speaker.country_ru or "", *speaker.country_aliases)
        if any(form and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) for form in forms):
            return speaker.id
    return None


def _new_speaker(state: _State, outside: str, sentence: str) -> str | None:
    """A speaker draft for a person named in the text but not in the fact base (None: no name found)."""
    runs = re.findall(r"(?:[A-ZА-ЯЁ][a-zа-яё'\-]+\s+){1,2}[A-ZА-ЯЁ][a-zа-яё'\-]+", outside)
    names = [r for r in runs if not set(r.split()) & _NOT_NAMES]
    if not names:
        return None
    name = names[-1]
    speaker_id = _slug(name.split()[-1], words=1)
    if speaker_id in state.new_speakers:
        return speaker_id
    speaker_id = _unique(state, speaker_id)
    cyrillic = bool(re.search("[а-яё]", name, re.IGNORECASE))
    # The words naming them (the clause with the name, between commas), not the whole sentence:
    # that may become a statement, and two facts never share a quote.
    clause = next((part.strip() for part in sentence.split(",") if name in part), name)
    naming = clause if clause.rstrip(".") != sentence.strip().rstrip(".") else name
    state.new_speakers[speaker_id] = Draft("speakers", {
        "id": speaker_id,
        "name": TODO if cyrillic else name,
        **({"name_ru": name} if cyrillic else {}),
        "role": TODO,
        "country": TODO,
        "attended": TODO,
        "quote": " ".join(naming.split()),
        "source": state.source_id,
        "added": state.added,
    }, "a person the fact base does not know yet: fill name, role, country, attended (true/false)")
    return speaker_id


def _names(speaker: Speaker) -> list[str]:
    names = [speaker.name.split()[-1], *speaker.aliases]
    if speaker.name_ru:
        names.append(speaker.name_ru.split()[-1])
    return [n for n in dict.fromkeys(names) if len(n) >= 4 and n[0].isupper()]


def _slug(text: str, words: int = 3) -> str:
    tokens = [t for t in re.findall(r"\w+", text.lower()) if t not in _STOP and not t.isdigit()]
    latin = [re.sub(r"[^a-z0-9]", "", transliterate(t)) for t in tokens[:words]]
    return "-".join(t for t in latin if t) or "fact"


def _unique(state: _State, base: str) -> str:
    candidate, number = base, 2
    while candidate in state.ids:
        candidate, number = f"{base}-{number}", number + 1
    state.ids.add(candidate)
    return candidate


def _scalar(value: object) -> str:
    """A YAML scalar: bare for ids, dates, booleans and TODO; a double-quoted string otherwise."""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if re.fullmatch(r"[A-Za-z0-9][\w.\-]*", text):
        return text
    return json.dumps(text, ensure_ascii=False)

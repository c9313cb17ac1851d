"""Match a question to the fact that answers it, or abstain.

How a question is scored (confidence 0-100, documented in the README):

1. The question is split into words; stop words are dropped; every other word
   is stemmed (English or Russian Snowball) and mapped to a *key*: a concept
   from the lexicon ("represented", "делегация" -> @participate), an entity
   (a country or a person: "Армению" -> C:armenia, "Мишустин" -> P:mishustin)
   or the stem itself. Words not found exactly are matched fuzzily
   (rapidfuzz ratio, 78-80 depending on length); Cyrillic words are also
   transliterated to meet Latin spellings. Words that match nothing known
   are *unknown* and count against every fact.
2. Entities are filters: a fact is a candidate only if it carries every
   entity the question names. A question naming an entity that no fact
   carries (Moldova, Latvia) is not answered, and the reply says so.
3. Content words score a fact by weighted coverage: the sum of the weights
   of the question's words the fact contains (times the field's weight:
   title/topics 1.0, quote 0.9) over the sum of all the question's word
   weights. Weights are inverse document frequencies (rare words weigh
   more); question words (who, when, where, how many) weigh 0.35; unknown
   words weigh 1.0. With entities, 70% content and 30% entity match.
4. confidence = round(100 * score). At or above `threshold` (60) the best
   fact is the answer; others within `margin` (6) points of it are offered
   as "did you mean". Below the threshold the bot abstains and offers the
   facts at or above `suggest_floor` (35) as suggestions. A question that
   names no entity must also match words weighing at least 0.35 in all:
   "how did it go" matching only "said" (in every statement) is too vague.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from rapidfuzz import fuzz, process

from bot.facts import FactBase, Speaker
from bot.gcpause import paused_gc
from bot.lexicon import (
    CONCEPTS,
    COUNTRIES,
    INTENTS,
    ROMANISED_FORMS,
    ROMANISED_STOPWORDS,
    STOPWORDS,
    country_by_name,
    never_a_typo,
    never_a_typo_romanised,
)
from bot.text import detect_language, is_cyrillic, latin_as_transliterated, stem, tokenize, transliterate

__all__ = ["Candidate", "Doc", "MatchResult", "Matcher", "PARTICIPANTS_ID", "SOURCES_ID", "country_key"]

PARTICIPANTS_ID = "participants"
SOURCES_ID = "sources"
INTENT_WEIGHT = 0.35
MIN_SPECIFICITY = 0.35  # without an entity, the matched words must weigh at least this much
UNKNOWN_WEIGHT = 1.0
_CAPS = {"IT": "it_caps", "US": "us_caps", "ИТ": "ит"}
_DROPPED = STOPWORDS | ROMANISED_STOPWORDS  # Russian stop words typed in Latin letters too
_MONTHS_EN = ("january february march april may june july august september october "
              "november december").split()
_MONTHS_RU = ("январь февраль март апрель май июнь июль август сентябрь октябрь "
              "ноябрь декабрь").split()


@dataclass(frozen=True)
class Doc:
    """One answerable fact as the matcher sees it."""

    id: str
    kind: str  # speaker | statement | agreement | meeting | participants | sources
    order: int
    terms: dict[str, float]
    entities: dict[str, float]


@dataclass(frozen=True)
class Candidate:
    fact_id: str
    kind: str
    confidence: int


@dataclass(frozen=True)
class MatchResult:
    """What the matcher concluded about one question."""

    question: str
    language: str
    answered: bool
    best: Candidate | None
    alternatives: tuple[Candidate, ...] = ()
    unknown_entities: tuple[str, ...] = ()  # display names of entities no fact carries
    unknown_words: tuple[str, ...] = ()
    reason: str = "answered"  # answered | empty | unknown-entity | low-confidence


@dataclass
class _Token:
    word: str
    keys: dict[str, float]  # key -> similarity 0..1
    entity: bool = False


class _TextKeys(NamedTuple):
    """What a fact's text contributes: its term keys, and each entity word's keys."""

    terms: tuple[str, ...]
    entities: tuple[dict[str, float], ...]


@dataclass
class _Question:
    """A question analysed once, for scoring against every fact."""

    language: str
    entity_groups: list[dict[str, float]]  # per entity word: entity key -> similarity
    content: list[_Token]
    weights: list[float]  # one per content token
    total: float  # all content weights plus the unknown words' weights
    unknown: tuple[str, ...]
    unknown_entities: tuple[str, ...]
    substantive: bool  # names an entity, or a word that is not only a question word


@dataclass
class _Vocabulary:
    concept_of: dict[str, str] = field(default_factory=dict)  # stem -> concept
    word_concept: dict[str, str] = field(default_factory=dict)  # exact word -> concept
    entity_of: dict[str, set[str]] = field(default_factory=dict)
    entity_names: dict[str, str] = field(default_factory=dict)
    doc_stems: set[str] = field(default_factory=set)


# short words both English and Russian in Latin letters ("i" and "и", "on" and "он", "no" and "но"): no sign of either
_EITHER_LANGUAGE = frozenset("i on no do so my a".split())
# the endings of Russian words typed in Latin letters, longest first ("godom": "god" + "om")
_LATIN_ENDINGS = ("ami", "ymi", "imi", "ogo", "ego", "omu", "emu", "om", "em", "oy", "oi", "ey", "ah", "ov", "ev",
                  "a", "u", "e", "y", "i", "o")
_NAME_ENDINGS = ("ym", "im", "oj", *_LATIN_ENDINGS)  # a name's cases in Latin letters: "Mishustinym", "Aripovoj"
_SOUNDS = str.maketrans({"о": "а", "ё": "и", "е": "и", "э": "и", "я": "и", "ы": "и", "ъ": None, "ь": None})


def _sound(word: str) -> str:
    """A Russian word as it sounds, for spellings by ear: unstressed vowels alike ("каторый", "который":
    "катарий"), no hard or soft signs, no doubled letters."""
    sound = word.translate(_SOUNDS)
    return "".join(letter for i, letter in enumerate(sound) if not i or letter != sound[i - 1])


# the sounds of the longer Russian stop words ("которая": "катарая"), for a stop word spelt by ear
_STOPWORD_SOUNDS = frozenset(_sound(w) for w in STOPWORDS if len(w) >= 5 and is_cyrillic(w))


class Matcher:
    """Scores questions against one fact base; build a new one when the facts change."""

    @paused_gc()
    def __init__(
        self,
        factbase: FactBase,
        *,
        threshold: int = 60,
        margin: int = 6,
        suggest_floor: int = 35,
        max_alternatives: int = 3,
        full_scan: bool = False,
        seen: Callable[[str, list[str]], None] | None = None,
    ) -> None:
        """`seen(text, words)`, when given, is called once for every text the build reads, with
        all its words: what else is gathered from the fact texts needs no tokenising of its own."""
        self.factbase = factbase
        self.full_scan = full_scan  # score every fact for every question (the index's reference)
        self.threshold = threshold
        self.margin = margin
        self.suggest_floor = suggest_floor
        self.max_alternatives = max_alternatives
        self._vocab = _build_vocabulary(factbase)
        self._doc_words: set[str] = set()
        self._built_tokens: dict[str, _Token] = {}
        self._built_texts: dict[str, _TextKeys] = {}
        self._seen = seen
        self.docs = _build_docs(factbase, self._text_keys)
        self._built_tokens, self._built_texts = {}, {}
        self._seen = None  # a build's helper, not part of the kept index
        self._term_index = _inverted(self.docs, "terms")  # key -> (docs holding it, field weights)
        self._entity_index = _inverted(self.docs, "entities")  # entity key -> (docs naming it, weights)
        self._vocab.doc_stems = {key for key in self._term_index if not key.startswith(("@", "P:", "C:"))}
        self._weights = _idf_weights(len(self.docs), self._term_index)
        self._max_weight = max(self._weights.values(), default=1.0)
        self._carried = set(self._entity_index)
        self._speaker_penalty = np.array([0.1 if doc.kind == "speaker" else 0.0 for doc in self.docs])
        self.doc_by_id = {doc.id: doc for doc in self.docs}
        words = self._known_words()
        # Russian typed in Latin letters ("kto predstavlyal rossiyu") meets the Cyrillic words.
        short = {w for forms in (*CONCEPTS.values(), *INTENTS.values()) for w in forms if len(w) < 4}
        self._romanised = {transliterate(w): w for w in words | short if is_cyrillic(w)}
        self._latin_targets = sorted({w for w in words if not is_cyrillic(w)} | set(self._romanised))
        self._cyrillic_targets = sorted(w for w in words if is_cyrillic(w))
        self._by_sound: dict[str, list[str]] = {}  # "гаварил" and "говорил" sound the same
        for target in self._cyrillic_targets:
            self._by_sound.setdefault(_sound(target), []).append(target)
        self._sounds = sorted(self._by_sound)
        self._add_caches()

    def _add_caches(self) -> None:
        self._lookup = lru_cache(maxsize=32768)(self._lookup_uncached)
        # a question is read several times (intents, then retrieval): analyse it once
        self.analyze = lru_cache(maxsize=1024)(self._analyze)  # type: ignore[method-assign]
        self.language_of = lru_cache(maxsize=1024)(self._language_of)  # type: ignore[method-assign]

    def __getstate__(self) -> dict[str, object]:
        """The built index, without the per-question caches (kept by `bot.buildcache`)."""
        return {k: v for k, v in self.__dict__.items() if k not in ("_lookup", "analyze", "language_of")}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._add_caches()

    # -- analysis -----------------------------------------------------------------

    def _known_words(self) -> set[str]:
        """Every word the matcher knows as typed (fuzzy matching compares whole words)."""
        words = set(self._doc_words)
        for forms in (*CONCEPTS.values(), *INTENTS.values()):
            words.update(form.lstrip("=") for form in forms)
        for country in COUNTRIES:
            words.update(w for form in country.forms for w in tokenize(form))
        for speaker in self.factbase.speakers.values():
            for name in (speaker.name, speaker.name_ru or "", *speaker.aliases):
                words.update(tokenize(name))
        return {w for w in words if len(w) >= 3 and not w.isdigit() and self._exact_word(w)}

    def _exact_word(self, word: str) -> dict[str, float]:
        """The keys of a word known exactly: as typed ("headed"), else by its stem."""
        if word in self._vocab.word_concept:
            return {self._vocab.word_concept[word]: 1.0}
        return self._exact_keys(stem(word))

    def _exact_keys(self, stemmed: str) -> dict[str, float]:
        v = self._vocab
        if stemmed in v.entity_of:
            return {key: 1.0 for key in v.entity_of[stemmed]}
        if stemmed in v.concept_of:
            return {v.concept_of[stemmed]: 1.0}
        if stemmed in v.doc_stems:
            return {stemmed: 1.0}
        return {}

    def _text_keys(self, text: str) -> _TextKeys:
        """Analyze fact text: exact lookups only, every stem kept as a key. Made once per
        build for a text (a speaker's role stands in each of their statements) and for a
        word (fact texts repeat their words)."""
        found = self._built_texts.get(text)
        if found is not None:
            return found
        terms: dict[str, float] = {}
        entities: list[dict[str, float]] = []
        built = self._built_tokens
        tokens = tokenize(text)
        if self._seen is not None:
            self._seen(text, tokens)
        for word in _words(text, tokens):
            token = built.get(word)
            if token is None:
                self._doc_words.add(word)
                keys = self._exact_word(word) or {stem(word): 1.0}
                token = built[word] = _Token(word, keys, entity=_is_entity(keys))
            if token.entity:
                entities.append(token.keys)
            else:
                terms.update(token.keys)  # only the keys are kept, in the order they first come
        found = self._built_texts[text] = _TextKeys(tuple(terms), tuple(entities))
        return found

    def _lookup_uncached(self, word: str) -> tuple[tuple[str, float], ...]:
        keys = self._exact_word(word)
        if not keys and never_a_typo(word):
            return ()  # "currency", "валюте" are words the facts do not hold, not "current" mistyped
        if not keys and is_cyrillic(word) and _sound(word) in _STOPWORD_SOUNDS:
            return ()  # a stop word spelt by ear ("каторая") before any near word ("картография")
        if not keys and is_cyrillic(word):
            latin = transliterate(word)
            keys = self._exact_word(latin)
            if all(key.startswith("@") for key in keys):
                keys = {}  # "дай" spelt "day" is no English word asked: only names meet across alphabets ("ТАСС")
            keys = keys or self._fuzzy(latin, self._latin_targets, across=True) \
                or self._fuzzy(word, self._cyrillic_targets) or self._sounded(word)
        elif not keys:
            romanised = word if word in self._romanised else latin_as_transliterated(word)  # "sledujuschaja"
            if romanised in self._romanised:
                keys = self._exact_word(self._romanised[romanised])
            keys = keys or self._name_inflected(word)
            if not keys and never_a_typo_romanised(romanised) and not self._romanised_inflected(romanised):
                return ()  # "obrazovaniyu" is "образованию", which the facts do not hold, not "prazdnovaniyu" mistyped
            keys = keys or self._fuzzy(word, self._latin_targets) \
                or self._romanised_inflected(romanised) \
                or romanised != word and self._fuzzy(romanised, self._latin_targets) or {}  # ("kooperaciyu")
        return tuple(keys.items())

    def _name_inflected(self, word: str) -> dict[str, float]:
        """A name typed in Latin letters with a Russian case ending ("Aripova", "Mishustinym", "Rasulzody"): the
        person or country its stem names (or that stem with "a": "Rasulzoda"), whole, not a near spelling."""
        for ending in _NAME_ENDINGS:
            base = word[: -len(ending)]
            if not word.endswith(ending) or len(base) < 4:
                continue
            for form in (base, base + "a"):
                keys = self._exact_word(form)
                if keys and all(key.startswith(("P:", "C:")) for key in keys):
                    return dict(keys)
        return {}

    def _romanised_inflected(self, word: str) -> dict[str, float]:
        """A Russian word typed in Latin letters with an ending the known forms lack ("godom": "год"),
        read by the known form its stem spells."""
        for ending in _LATIN_ENDINGS:
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= 3 and base in self._romanised:
                return {key: 0.9 * weight for key, weight in self._exact_word(self._romanised[base]).items()}
        return {}

    def _sounded(self, word: str) -> dict[str, float]:
        """A Russian word spelt as it sounds ("гаварил": "говорил", "каторый", "валонтеров"): an unstressed
        о written а, е written и, doubled letters single; the known word spelt the same way, or within a
        letter of it from six letters up."""
        if len(word) < 5:
            return {}
        sound = _sound(word)
        targets = self._by_sound.get(sound)
        score = 90.0
        near = not targets
        if near and len(word) >= 7:
            found = process.extractOne(sound, self._sounds, scorer=fuzz.ratio, score_cutoff=85)
            if found is not None and found[0][0] == sound[0]:
                targets, score = self._by_sound[found[0]], 0.9 * found[1]
        keys: dict[str, float] = {}
        for target in targets or ():
            for key, weight in self._exact_word(target).items():
                if not (near and key.startswith(("P:", "C:"))):  # a name is spelt, not heard: "Рахмон" is no "Роман"
                    keys[key] = max(keys.get(key, 0.0), weight * score / 100.0)
        return keys

    def _fuzzy(self, word: str, targets: list[str], *, across: bool = False) -> dict[str, float]:
        """Match a misspelt word against the known words (whole words, not stems); `across`, for a Russian word
        spelt in Latin letters: a country only by a spelling that starts as it does ("Түркменстан": Turkmenistan;
        "Жумангарин", a surname, is no "Hungarian")."""
        if len(word) < (5 if is_cyrillic(word) else 4) or word.isdigit():
            return {}
        # one letter typed wrong, left out or added: from six letters up (a 6-letter word with
        # one wrong letter scores 83, "Aripob"); five letters allow one left out or added
        cutoff = 75 if len(word) == 4 else 84 if len(word) == 5 else 83 if len(word) == 6 else 80
        found = process.extract(word, targets, scorer=fuzz.ratio, score_cutoff=min(cutoff, 66), limit=5)
        near = [(target, score) for target, score, _ in found if self._typo_of(word, target, score, cutoff)]
        best = max((score for _, score in near), default=0.0)
        keys: dict[str, float] = {}
        for target, score in near:
            if score < best - FUZZY_TIE and score >= cutoff:
                continue  # a typo is the nearest known word: "unifed" is "unified" (92), not "united" (83)
            for key, sim in self._exact_word(self._romanised.get(target, target)).items():
                if across and key.startswith("C:") and target[:1] != word[:1]:
                    continue
                keys[key] = max(keys.get(key, 0.0), sim * score / 100.0)
        return keys

    @staticmethod
    def _typo_of(word: str, target: str, score: float, cutoff: float) -> bool:
        """True when `word` may be `target` mistyped."""
        if score < cutoff and not _swapped(word, target):
            return False  # below the cut-off only two neighbouring letters swapped ("Arpiov") passes
        if len(word) == 4 and not _slip(word, target):
            return False  # four letters: a swap ("blet") or a doubled key ("whoo"), never "cost"/"host"
        # a short word that starts otherwise is another word ("table", "stable")
        return len(word) > 6 or word[0] == target[0] or _swapped(word, target)

    def analyze(self, question: str) -> tuple[list[_Token], list[str]]:
        """Split a question into known tokens and unknown words (cached per question: treat the
        result as read-only)."""
        return self._analyze(question)

    def _analyze(self, question: str) -> tuple[list[_Token], list[str]]:
        tokens: list[_Token] = []
        unknown: list[str] = []
        for word in _words(question):
            keys = dict(self._lookup(word))
            if keys:
                tokens.append(_Token(word, keys, entity=_is_entity(keys)))
            elif not _stopword_typo(word):
                unknown.append(word)
        return tokens, unknown

    # -- scoring ------------------------------------------------------------------

    def _weight(self, key: str) -> float:
        if key in INTENTS:
            return INTENT_WEIGHT
        weight = self._weights.get(key)
        if weight is None:  # a word we understand but no fact contains
            return UNKNOWN_WEIGHT
        return max(0.25, weight / self._max_weight)

    def match(self, question: str, language: str | None = None) -> MatchResult:
        """Find the fact answering `question`, or explain why there is none."""
        q = self._prepare(question, language)
        if q.unknown_entities:
            return MatchResult(question, q.language, False, None, unknown_entities=q.unknown_entities,
                               unknown_words=q.unknown, reason="unknown-entity")
        if not q.substantive:
            return MatchResult(question, q.language, False, None, unknown_words=q.unknown,
                               reason="low-confidence" if q.unknown else "empty")
        scored = self._ranked(q, limit=1 + self.max_alternatives)  # no fact further down is ever shown
        if not scored:
            return MatchResult(question, q.language, False, None, unknown_words=q.unknown,
                               reason="low-confidence")
        specific = bool(q.entity_groups) or self._specificity(q, scored[0][2]) >= MIN_SPECIFICITY
        cap = 100 if specific else self.threshold - 1  # too vague: the confidence says so, never 100 abstained
        top = _confidence(scored[0][0])
        least = min(top - self.margin, self.suggest_floor)  # below this no fact is offered
        candidates = [Candidate(doc.id, doc.kind, min(_confidence(s), cap)) for s, _, doc in scored
                      if doc is scored[0][2] or _confidence(s) >= least]
        best = candidates[0]
        if best.confidence >= self.threshold and specific:
            close = [c for c in candidates[1:] if c.confidence >= best.confidence - self.margin]
            return MatchResult(question, q.language, True, best, tuple(close[: self.max_alternatives]),
                               unknown_words=q.unknown)
        suggestions = [c for c in candidates if c.confidence >= self.suggest_floor]
        return MatchResult(question, q.language, False, best, tuple(suggestions[: self.max_alternatives]),
                           unknown_words=q.unknown, reason="low-confidence")

    def rank(self, question: str, language: str | None = None, *, floor: int | None = None,
             limit: int | None = None) -> list[Candidate]:
        """Every fact matching `question`, best first, scoring at least `floor`
        (default: the suggestion floor), at most `limit` of them. Inline mode lists these."""
        q = self._prepare(question, language)
        if q.unknown_entities or not q.substantive:
            return []
        least = self.suggest_floor if floor is None else floor
        return [Candidate(doc.id, doc.kind, _confidence(s)) for s, _, doc in self._ranked(q, need=least, limit=limit)]

    def score_facts(self, question: str, fact_ids: Iterable[str], language: str | None = None) -> list[Candidate]:
        """The question scored against only these facts, best first (as the full scan would
        order them); e.g. the documents, for "was anything signed about uranium?"."""
        q = self._prepare(question, language)
        docs = [self.doc_by_id[i] for i in fact_ids if i in self.doc_by_id]
        scored = [(round(score, 4), doc.order, doc) for doc in docs
                  if (score := self._score_doc(doc, q, True)) is not None and score > 0]
        scored.sort(key=lambda item: (-item[0], item[1]))
        return [Candidate(doc.id, doc.kind, _confidence(s)) for s, _, doc in scored]

    def holding(self, key: str) -> list[str]:
        """The ids of the facts whose text holds this key ("minsk"), in the fact base's order."""
        found = self._term_index.get(key)
        return [] if found is None else [self.docs[int(i)].id for i in found[0]]

    def carries(self, entity_key: str) -> bool:
        """True when some fact names this entity ("C:armenia", "P:mishustin")."""
        return entity_key in self._carried

    def cyrillic_of(self, word: str) -> str | None:
        """The Russian word a word typed in Latin letters spells ("povestke": "повестке"), when known."""
        return self._romanised.get(word) or self._romanised.get(latin_as_transliterated(word))

    def language_of(self, question: str) -> str:
        """The question's language: its alphabet, except that Russian typed in Latin letters
        ("chto skazal mishustin") is Russian. Names count for neither language. (Cached per
        question once built: `_add_caches`.)"""
        return self._language_of(question)

    def _language_of(self, question: str) -> str:
        detected = detect_language(question)
        if detected == "ru":
            return detected
        russian = english = 0
        for word in tokenize(question):
            if word in _EITHER_LANGUAGE:  # ("Aripov ezdil? i chto on predlagal": "i" and "on" are Russian here)
                continue
            if word in ROMANISED_STOPWORDS and word not in STOPWORDS or word in ROMANISED_FORMS:
                russian += 1
                continue
            if word in STOPWORDS:
                english += 1
                continue
            romanised = word if word in self._romanised else latin_as_transliterated(word)
            keys = self._exact_word(word)
            theirs = self._exact_word(self._romanised[romanised]) if romanised in self._romanised else None
            if romanised in self._romanised and not keys:
                russian += not _is_entity(theirs or {})
            else:  # (a name both alphabets spell alike, "bishkek" as "бишкек", is neither language's)
                alike = theirs is not None and set(keys or ()) in (set(theirs), {transliterate(k) for k in theirs})
                english += bool(keys) and not _is_entity(keys) and not alike
        return "ru" if russian > english else "en"

    def _prepare(self, question: str, language: str | None) -> _Question:
        tokens, unknown = self.analyze(question)
        entity_groups = _dedupe([t.keys for t in tokens if t.entity])
        content = [t for t in tokens if not t.entity]
        weights = [max((self._weight(k) for k in t.keys), default=UNKNOWN_WEIGHT) for t in content]
        unknown_weight = sum(UNKNOWN_WEIGHT if len(w) > 3 else UNKNOWN_WEIGHT / 2 for w in unknown)
        return _Question(
            language=language or self.language_of(question),
            entity_groups=entity_groups,
            content=content,
            weights=weights,
            total=sum(weights) + unknown_weight,
            unknown=tuple(unknown),
            unknown_entities=tuple(
                self._vocab.entity_names.get(next(iter(g)), next(iter(g)))
                for g in entity_groups if not any(k in self._carried for k in g)
            ),
            substantive=bool(entity_groups) or any(
                any(k not in INTENTS for k in t.keys) for t in content),
        )

    def _ranked(self, q: _Question, need: int | None = None, limit: int | None = None
                ) -> list[tuple[float, int, Doc]]:
        """The scored facts, best first: those reaching `need` (all when None), at most `limit`."""
        scored = self._score(q, require_all=True, need=need, limit=limit)
        if len(q.entity_groups) > 1 and (not scored or max(s for s, _, _ in scored) < self.threshold / 100):
            # "Smailov and Mishustin": no fact answers for both, so take facts naming either
            strict = {doc.id for _, _, doc in scored}
            relaxed = self._score(q, require_all=False, need=need, limit=None if limit is None else limit + len(strict))
            scored += [item for item in relaxed if item[2].id not in strict]
        scored.sort(key=lambda item: (-item[0], item[1]))
        return scored if limit is None else scored[:limit]

    def _score(self, q: _Question, *, require_all: bool, need: int | None = None,
               limit: int | None = None) -> list[tuple[float, int, Doc]]:
        """Score the candidate facts; entities filter (all of them, or any when relaxed).

        Scores are accumulated from the inverted index, key by key, into one array
        over the facts (numpy): a fact that shares no key with the question is never
        touched and scores 0. The arithmetic is the full scan's (`_score_doc`), in
        the same order, so every score is the same to the last bit. Kept: the facts
        reaching `need` confidence points (any score above 0 when None), and of
        those only the `limit` best (by rounded score, then fact order, as the full
        scan sorts them). `full_scan=True` scores fact by fact instead: the
        reference the index is tested against.
        """
        if self.full_scan:
            scored = []
            for doc in self.docs:
                score = self._score_doc(doc, q, require_all)
                if score is not None and score > 0 and (need is None or _confidence(round(score, 4)) >= need):
                    scored.append((round(score, 4), doc.order, doc))
            return scored
        scores = self._score_array(q, require_all)
        floor = 0.0 if need is None else (need - 0.5) / 100 - 1e-9
        kept = np.flatnonzero((scores > 0) & (scores >= floor))
        values = scores[kept]
        if limit is not None and len(kept) > limit:
            # every fact that can be among the `limit` best once rounded to 4 places
            kth = np.partition(values, len(values) - limit)[len(values) - limit]
            near = values >= kth - 1e-4
            kept, values = kept[near], values[near]
        if len(values) <= _ROUND_EACH:  # (a few facts: rounding each is cheaper than finding the distinct ones)
            rounded = np.array([round(float(v), 4) for v in values.tolist()]) if len(values) else values
        else:
            unique, inverse = np.unique(values, return_inverse=True)
            rounded = np.array([round(float(u), 4) for u in unique])[inverse]
        order = np.lexsort((kept, -rounded))  # best first; ties in fact order, as the full scan sorts
        if limit is not None:
            order = order[:limit]
        scored = [(float(rounded[j]), int(kept[j]), self.docs[kept[j]]) for j in order]
        return [item for item in scored if need is None or _confidence(item[0]) >= need]

    def _score_array(self, q: _Question, require_all: bool) -> np.ndarray:
        size = len(self.docs)
        entity_score: np.ndarray | None = None
        allowed: np.ndarray | None = None
        if q.entity_groups:
            matches = [self._accumulate(self._entity_index, group, size) for group in q.entity_groups]
            stacked = np.vstack(matches)
            allowed = (stacked.min(axis=0) if require_all else stacked.max(axis=0)) > 0.0
            total_matches = matches[0].copy()
            for match in matches[1:]:
                total_matches = total_matches + match
            entity_score = total_matches / len(matches)
        if q.total > 0:
            got = np.zeros(size)
            for token, weight in zip(q.content, q.weights):
                got = got + weight * self._accumulate(self._term_index, token.keys, size)
            content_score = got / q.total
            if entity_score is not None:
                scores = 0.7 * content_score + 0.3 * entity_score
            else:
                scores = content_score - self._speaker_penalty
        else:
            scores = entity_score if entity_score is not None else np.zeros(size)
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        return scores

    @staticmethod
    def _accumulate(index: dict[str, tuple[np.ndarray, np.ndarray]], keys: dict[str, float],
                    size: int) -> np.ndarray:
        """Per fact, the best of `sim * field weight` over the keys it holds (0 where none)."""
        out = np.zeros(size)
        for key, sim in keys.items():
            found = index.get(key)
            if found is not None:
                docs, weights = found
                out[docs] = np.maximum(out[docs], sim * weights)
        return out

    def _score_doc(self, doc: Doc, q: _Question, require_all: bool) -> float | None:
        entity_groups, total = q.entity_groups, q.total
        entity_score = 0.0
        if entity_groups:
            matches = [max(sim * doc.entities.get(k, 0.0) for k, sim in g.items()) for g in entity_groups]
            if (min(matches) if require_all else max(matches)) <= 0.0:
                return None
            entity_score = sum(matches) / len(matches)
        if total <= 0:
            return entity_score
        got = 0.0
        for token, weight in zip(q.content, q.weights):
            got += weight * max(sim * doc.terms.get(k, 0.0) for k, sim in token.keys.items())
        content_score = got / total
        if entity_groups:
            return 0.7 * content_score + 0.3 * entity_score
        return content_score - (0.1 if doc.kind == "speaker" else 0.0)

    @staticmethod
    def _specificity(q: _Question, doc: Doc) -> float:
        """How much the question says that this fact matches: the matched words' weights."""
        return sum(w for t, w in zip(q.content, q.weights) if any(k in doc.terms for k in t.keys))


# Function words a typo often hits ("wich", "waht", "plese"); plurals such as "times" are left
# out, since their singular ("time") is a word of its own.
_LONG_STOPWORDS = sorted("""what which where when whose with from about please there these those would could
    should does have tell give show were their they какие какой какая который которые которое которая когда где
    почему сколько зачем""".split())


FUZZY_TIE = 5  # known words a typo is this close to the nearest one are read as all of them


@lru_cache(maxsize=8192)
def _stopword_typo(word: str) -> bool:
    """A misspelt question word ("wich", "waht", "plese") carries no meaning either."""
    if len(word) < 4:
        return False
    close = process.extract(word, _LONG_STOPWORDS, scorer=fuzz.ratio, score_cutoff=75, limit=4)
    return any(_stopword_slip(word, found[0]) for found in close)  # the closest may be another form ("которые")


def _stopword_slip(word: str, target: str) -> bool:
    if is_cyrillic(word) and _sound(word) == _sound(target):
        return True  # spelt by ear: "каторый"
    if len(target) == len(word):
        return _swapped(word, target)
    return _slip(word, target) or _slip(target, word)  # a letter left out or typed twice


def _inverted(docs: list[Doc], attribute: str) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """An inverted index: key -> (the positions of the docs holding it, its weight in each).

    Built flat, then grouped by numpy (a stable sort keeps each list in document
    order): one Python step per document rather than per (document, key) pair. The
    keys are numbered in 16 bits when they fit (a few thousand distinct stems), for
    which numpy's stable sort is a radix sort: 10x faster than on machine-size ints."""
    keys: list[str] = []
    weights: list[float] = []
    counts: list[int] = []
    for doc in docs:
        found = getattr(doc, attribute)
        keys.extend(found)
        weights.extend(found.values())
        counts.append(len(found))
    if not keys:
        return {}
    codes = {key: code for code, key in enumerate(dict.fromkeys(keys))}  # numbered as they first come
    dtype = np.uint16 if len(codes) <= 1 << 16 else np.intp
    numbered = np.fromiter(map(codes.__getitem__, keys), dtype=dtype, count=len(keys))
    order = np.argsort(numbered, kind="stable")
    bounds = np.cumsum(np.bincount(numbered, minlength=len(codes)))[:-1]
    positions = np.split(np.repeat(np.arange(len(docs), dtype=np.intp), counts)[order], bounds)
    values = np.split(np.array(weights)[order], bounds)
    return {key: (positions[code], values[code]) for key, code in codes.items()}


def _swapped(word: str, target: str) -> bool:
    """True when `word` is `target` with two neighbouring letters swapped."""
    if len(word) != len(target) or word == target:
        return False
    diff = [i for i in range(len(word)) if word[i] != target[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and word[diff[0]] == target[diff[1]] \
        and word[diff[1]] == target[diff[0]]


def _slip(word: str, target: str) -> bool:
    """True when a short word is `target` with two letters swapped or one letter added."""
    if len(target) == len(word):
        return sorted(target) == sorted(word)
    return len(target) == len(word) - 1 and any(word[:i] + word[i + 1:] == target for i in range(len(word)))


def _unambiguous(keys: dict[str, float], own: dict[str, float]) -> dict[str, float]:
    """A name part in a fact's text ("Abdulla") that two people share names neither,
    unless one of them is the fact's own speaker: a mention must never make a fact
    about one person answer for the other."""
    if len(keys) < 2:
        return keys
    people = [k for k in keys if k.startswith("P:")]
    if len(people) < 2:
        return keys
    return {k: v for k, v in keys.items() if not k.startswith("P:") or k in own}


_ROUND_EACH = 64  # scores rounded one by one up to this many; beyond, each distinct score once


def _confidence(score: float) -> int:
    return max(0, min(100, round(100 * score)))


def _is_entity(keys: dict[str, float]) -> bool:
    return any(k.startswith(("P:", "C:")) for k in keys)


def _dedupe(groups: list[dict[str, float]]) -> list[dict[str, float]]:
    seen: set[frozenset[str]] = set()
    out = []
    for group in groups:
        marker = frozenset(group)
        if marker not in seen:
            seen.add(marker)
            out.append(group)
    return out


_IN_ORDER_RE = re.compile(r"\b(in) order (?=to\b|for\b)", re.IGNORECASE)


def _words(text: str, tokens: list[str] | None = None) -> list[str]:
    """Tokenize (or take `tokens`, `tokenize(text)` already made), keeping the meaning of
    capitalised short words (IT, US) and dropping stop words (Russian ones typed in Latin
    letters too: "chto", "kto"), and the "order" of "in order to", a conjunction, not an order of
    anything ("in what order did they speak" is not Aripov's "in order to accelerate")."""
    if "order" in text and _IN_ORDER_RE.search(text):
        text, tokens = _IN_ORDER_RE.sub(r"\1", text), None
    if not any(caps in text for caps in _CAPS):  # the common case: one pass over the whole text
        # `_kept`, spelt out: this runs once per word of every fact text the build reads
        return [w for w in (tokenize(text) if tokens is None else tokens)
                if w not in _DROPPED and (len(w) > 1 or w.isdigit())]
    out = []
    for raw in text.replace("’", "'").split():
        core = raw.strip(".,;:!?()[]{}«»\"'“”")
        if core in _CAPS:
            out.append(_CAPS[core])
            continue
        head, _, rest = core.partition("-")
        if head in _CAPS and rest:  # "IT-related"
            out.append(_CAPS[head])
            raw = rest
        for word in tokenize(raw):
            if _kept(word):
                out.append(word)
    return out


def _kept(word: str) -> bool:
    """Not a stop word (Russian ones typed in Latin letters too), and not one letter unless a digit."""
    return word not in _DROPPED and (len(word) > 1 or word.isdigit())


def _build_vocabulary(factbase: FactBase) -> _Vocabulary:
    vocab = _Vocabulary()
    for key, forms in {**CONCEPTS, **INTENTS}.items():
        for form in forms:
            if form.startswith("="):
                vocab.word_concept[form[1:]] = key
            else:
                vocab.concept_of.setdefault(stem(form), key)
    for country in COUNTRIES:
        key = f"C:{country.key}"
        vocab.entity_names[key] = country.en
        for form in country.forms:
            for word in tokenize(form) if " " in form else [form.replace("ё", "е")]:
                vocab.entity_of.setdefault(stem(word), set()).add(key)
    for speaker in factbase.speakers.values():
        country_entity = country_key(speaker)
        vocab.entity_names.setdefault(country_entity, speaker.country)
        for form in (speaker.country, speaker.country_ru or "", *speaker.country_aliases):
            words = tokenize(form)
            if len(words) == 1:  # a one-word form names the country; longer ones are descriptions
                vocab.entity_of.setdefault(stem(words[0]), set()).add(country_entity)
        key = f"P:{speaker.id}"
        vocab.entity_names[key] = speaker.name
        for name in (speaker.name, speaker.name_ru or "", *speaker.aliases):
            for word in tokenize(name):
                if word in STOPWORDS or len(word) < 3:
                    continue
                vocab.entity_of.setdefault(stem(word), set()).add(key)
                if is_cyrillic(word):
                    vocab.entity_of.setdefault(stem(transliterate(word)), set()).add(key)
                    for ending in _NAME_CASES:  # "Мирзиёева": its stem is not the nominative's ("мирзие")
                        vocab.entity_of.setdefault(stem(word + ending), set()).add(key)
    return vocab


_NAME_CASES = ("а", "у", "ым", "ом", "е")  # the case endings a Russian surname in -ов, -ев, -ин takes


def country_key(speaker: Speaker) -> str:
    """The entity key of a speaker's country: the lexicon's, or one made from its name."""
    country = country_by_name(speaker.country)
    if country:
        return f"C:{country.key}"
    return "C:" + "-".join(tokenize(speaker.country))


def _said_by(speaker: Speaker | None) -> tuple[dict[str, float], str]:
    """What a statement takes from its speaker: the speaker and their country as entities,
    and their role as text (none of it for a speaker the fact base does not hold)."""
    if speaker is None:
        return {}, ""
    return ({f"P:{speaker.id}": 0.9, country_key(speaker): 0.8},
            f"{speaker.role} {speaker.role_ru or ''}")


def _build_docs(factbase: FactBase, analyze: Callable[[str], _TextKeys]) -> list[Doc]:
    """Turn every fact (and the meeting, participants and sources) into a Doc."""
    docs: list[Doc] = []

    def add(doc_id: str, kind: str, fields: Iterable[tuple[str, float]],
            entities: dict[str, float], extra: Iterable[tuple[str, float]] = ()) -> None:
        terms: dict[str, float] = {}
        ents = dict(entities)
        for text, weight in fields:
            if not text:
                continue  # an optional field left out: no words
            found = analyze(text)
            for key in found.terms:  # a term keeps the weight of the weightiest field it is in
                if terms.get(key, 0.0) < weight:
                    terms[key] = weight
            cap = min(weight, 0.8)
            for keys in found.entities:
                for key in _unambiguous(keys, entities):
                    ents[key] = max(ents.get(key, 0.0), cap)
        for key, weight in extra:
            terms[key] = max(terms.get(key, 0.0), weight)
        docs.append(Doc(doc_id, kind, len(docs), terms, ents))

    meeting = factbase.meeting
    if meeting:
        when = meeting.date
        date_words = (f"{when.day} {when.year} {_MONTHS_EN[when.month - 1]} "
                      f"{_MONTHS_EN[when.month - 1][:3]} {_MONTHS_RU[when.month - 1]}")
        place = country_by_name(meeting.place.split(",")[-1])
        place_country = f"C:{place.key}" if place else None
        add(meeting.id, "meeting",
            [(meeting.title, 1.0), (meeting.title_ru or "", 1.0), (meeting.place, 1.0),
             (meeting.place_ru or "", 1.0), (" ".join(meeting.aliases), 1.0), (date_words, 1.0)],
            {place_country: 0.6} if place_country else {},
            [("@when", 1.0), ("@where", 1.0), ("@meeting", 1.0), ("@cis", 1.0), ("@year", 1.0)])  # (its date has a year)
        attended = [s for s in factbase.speakers.values() if s.attended]
        ents: dict[str, float] = {}
        for speaker in attended:
            ents[f"P:{speaker.id}"] = 0.5
            ents[country_key(speaker)] = 0.5
        if attended:
            add(PARTICIPANTS_ID, "participants", [], ents,
                [("@who", 1.0), ("@participate", 1.0), ("@list", 1.0), ("@country", 1.0),
                 ("@meeting", 1.0), ("@cis", 0.6)])
    for speaker in factbase.speakers.values():
        own = {f"P:{speaker.id}": 1.0, country_key(speaker): 1.0}
        intents = [("@who", 1.0), ("@role", 1.0), ("@country", 1.0)]
        if speaker.attended:
            intents += [("@participate", 1.0), ("@meeting", 1.0)]
        add(speaker.id, "speaker",
            [(speaker.role, 1.0), (speaker.role_ru or "", 1.0), (" ".join(speaker.topics), 0.9)],
            own, intents)
    said: dict[str, tuple[dict[str, float], str]] = {}  # speaker id -> (their entities, their role)
    for statement in factbase.statements.values():
        if statement.speaker not in said:
            said[statement.speaker] = _said_by(factbase.speakers.get(statement.speaker))
        ents, role = said[statement.speaker]  # the same for each of a speaker's statements (never changed)
        # the speaker's role counts a little: "what did the Russian PM say" finds the statements
        add(statement.id, "statement",
            [(statement.title or "", 1.0), (statement.title_ru or "", 1.0),
             (" ".join(statement.topics), 1.0), (statement.quote, 0.9), (role, 0.5)],
            ents, [("@say", 1.0)])
    for agreement in factbase.agreements.values():
        add(agreement.id, "agreement",
            [(agreement.title, 1.0), (agreement.title_ru or "", 1.0),
             (" ".join(agreement.topics), 1.0), (agreement.quote, 0.9)], {})
    if factbase.sources:
        names = " ".join(f"{s.publisher} {s.via or ''}" for s in factbase.sources.values())
        add(SOURCES_ID, "sources", [(names, 1.0)], {}, [("@source", 1.0)])
    return docs


def _idf_weights(n: int, index: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, float]:
    """Each term's inverse document frequency, from its posting list's length."""
    return {key: math.log(1 + n / len(docs)) for key, (docs, _) in index.items()}


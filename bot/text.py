"""Text analysis shared by the matcher and its index: tokens, stems, language.

English words are stemmed with the Snowball English stemmer and Russian words
with the Snowball Russian stemmer, which strips case endings (Армении,
Армению -> армен). Cyrillic can also be transliterated to Latin, so a name
typed in either alphabet meets its spelling in the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

__all__ = ["cyrillic_spellings", "detect_language", "has_any", "is_cyrillic", "latin_as_transliterated", "normalise", "stem",
           "tokenize", "transliterate"]

_WORD_RE = re.compile(r"[^\W_]+", re.UNICODE)
_CYRILLIC_RE = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN_RE = re.compile(r"[a-z]", re.IGNORECASE)
_EN = snowballstemmer.stemmer("english")
_RU = snowballstemmer.stemmer("russian")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})


def normalise(text: str) -> str:
    """Lower-case and fold the letters that vary in spelling (ё -> е)."""
    return text.lower().replace("ё", "е")


def tokenize(text: str) -> list[str]:
    """Split normalised text into words; hyphens and punctuation separate words. Digits written otherwise than as
    decimal digits ("²", "①") are folded to them, or left out when they have none, so that a word of digits is
    always a number ("км²" is "км2")."""
    words = _WORD_RE.findall(normalise(text))
    return [_decimal_digits(w) if not w.isascii() and any(c.isdigit() and not c.isdecimal() for c in w) else w
            for w in words]


def _decimal_digits(word: str) -> str:
    """The word with its superscript, circled and other such digits as decimal digits (NFKC), dropping any left."""
    return "".join(c for c in unicodedata.normalize("NFKC", word) if not (c.isdigit() and not c.isdecimal()))


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC_RE.search(word))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Stem one normalised word with the stemmer of its alphabet."""
    if word.isdigit():
        return word
    if is_cyrillic(word):
        return str(_RU.stemWord(word))
    return str(_EN.stemWord(word))


@lru_cache(maxsize=16384)
def transliterate(word: str) -> str:
    """Spell a Cyrillic word in Latin letters (Мишустин -> mishustin)."""
    return word.translate(_TRANSLIT)


# how other schemes spell Russian in Latin letters ("sledujuschaja", "novij"), as `transliterate` does
_OTHER_SCHEMES = (("sch", "shch"), ("ja", "ya"), ("ju", "yu"), ("je", "e"), ("x", "kh"), ("w", "v"), ("ci", "tsi"))
_J_ENDING_RE = re.compile(r"([aeiouy])j$")
# "й" typed as "i" after a vowel at a word's end ("kitai", "novyi", "sinii"), as `transliterate` spells it ("y")
_I_ENDING_RE = re.compile(r"([aeiouy])i$")


@lru_cache(maxsize=16384)
def latin_as_transliterated(word: str) -> str:
    """A Russian word typed in Latin letters by another scheme, spelt as `transliterate` spells it
    ("sledujuschaja" -> "sleduyushchaya", "novij" -> "noviy", "kitai" -> "kitay", "kooperaciya" -> "kooperatsiya");
    the word itself when nothing differs."""
    for other, ours in _OTHER_SCHEMES:
        if other in word and (other != "sch" or "shch" not in word):
            word = word.replace(other, ours)
    return _I_ENDING_RE.sub(r"\1y", _J_ENDING_RE.sub(r"\1y", word))


# Latin letters back to Cyrillic, the longest spelling first ("shch" before "sh" before "s")
_CYRILLIC_OF = (("shch", "щ"), ("zh", "ж"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"), ("yu", "ю"),
                ("ya", "я"), ("yo", "ё"), ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"),
                ("z", "з"), ("i", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
                ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"), ("c", "ц"), ("w", "в"),
                ("q", "к"), ("x", "кс"), ("j", "й"))
_RU_VOWELS = frozenset("аеёиоуыэюя")
_SHORT_I_RE = re.compile(r"(?<=[аеёоуыэюя])и(?=[бвгджзклмнпрстфхцчшщ])")


@lru_cache(maxsize=16384)
def cyrillic_spellings(word: str) -> tuple[str, ...]:
    """The Cyrillic words a Russian word typed in Latin letters may spell ("reshili" -> "решили",
    "dannym" -> "данным", "svobodnoi" -> "свободной"; "eto" -> "ето", "это"; "azerbaidzhan" -> "азербаиджан",
    "азербайджан"), most likely first, then the rarer readings of "j" as "ж" ("obsujdali" -> "обсуждали") and "sh"
    as "щ" ("importozameshenie" -> "импортозамещение"); nothing for a word with other letters."""
    if not word.isascii() or not word.isalpha():
        return ()
    lowered = word.lower()
    spellings = _spellings_of(lowered)
    if not spellings:
        return ()
    if len(lowered) > 2 and "j" in lowered[1:-1]:  # "obsujdali", "priezjal": "j" inside a word may be "ж"
        spellings += [s for s in _spellings_of(lowered[0] + lowered[1:-1].replace("j", "zh") + lowered[-1])
                      if s not in spellings]
    spellings += [s.replace("ш", "щ") for s in list(spellings) if "ш" in s and s.replace("ш", "щ") not in spellings]
    return tuple(spellings)


def _spellings_of(lowered: str) -> list[str]:
    """`cyrillic_spellings` by the usual reading of each Latin letter, most likely first; none for other letters."""
    latin = latin_as_transliterated(lowered)
    if latin.endswith(("oi", "ei", "ai", "ui")):  # "svobodnoi": "-ой"
        latin = latin[:-1] + "y"
    out: list[str] = []
    i = 0
    while i < len(latin):
        if latin[i] == "y" and latin[i + 1: i + 2] not in ("a", "u", "o"):  # "й" after a vowel, "ы" after a consonant
            out.append("й" if out and out[-1] in _RU_VOWELS else "ы")
            i += 1
            continue
        for spelt, letter in _CYRILLIC_OF:
            if latin.startswith(spelt, i):
                out.append(letter)
                i += len(spelt)
                break
        else:
            return []
    cyrillic = "".join(out)
    if cyrillic.endswith("ця") and latin.endswith("tsya"):  # "kazhetsya", "dobratsya": a verb's "-тся" or "-ться"
        cyrillic = cyrillic[:-2] + "тся"
        spellings = [cyrillic, cyrillic[:-3] + "ться"]
    else:
        spellings = [cyrillic]
    short_i = _SHORT_I_RE.sub("й", cyrillic)  # "azerbaidzhan": "и" between a vowel and a consonant may be "й"
    if short_i != cyrillic:
        spellings.append(short_i)
    return [s for spelt in spellings for s in ((spelt, "э" + spelt[1:]) if spelt.startswith("е") else (spelt,))]


def detect_language(text: str) -> str:
    """Return "ru" when the text has more Cyrillic than Latin letters, else "en"."""
    cyrillic = len(_CYRILLIC_RE.findall(text))
    return "ru" if cyrillic and cyrillic >= len(_LATIN_RE.findall(text)) else "en"


def has_any(text: str, parts: tuple[str, ...]) -> bool:
    """True when `text` holds one of `parts`: the cheap test a pattern that needs one of them is put behind."""
    return any(part in text for part in parts)

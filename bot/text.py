"""Text analysis shared by the matcher and its index: tokens, stems, language.

English words are stemmed with the Snowball English stemmer and Russian words
with the Snowball Russian stemmer, which strips case endings (Армении,
Армению -> армен). Cyrillic can also be transliterated to Latin, so a name
typed in either alphabet meets its spelling in the other.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

__all__ = ["detect_language", "is_cyrillic", "normalise", "stem", "tokenize", "transliterate"]

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
    """Split normalised text into words; hyphens and punctuation separate words."""
    return _WORD_RE.findall(normalise(text))


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


def detect_language(text: str) -> str:
    """Return "ru" when the text has more Cyrillic than Latin letters, else "en"."""
    cyrillic = len(_CYRILLIC_RE.findall(text))
    return "ru" if cyrillic and cyrillic >= len(_LATIN_RE.findall(text)) else "en"

"""Plural forms of counted nouns in English and Russian: "1 group", "5 групп".

English has two forms (one, other). Russian has three, chosen by the last one
or two digits: 1, 21, 101 -> "группа"; 2-4, 22-24 -> "группы"; 0, 5-20, 25-30,
11-14 -> "групп". Callers pass the forms; nothing is inflected by rule here
beyond choosing among them.
"""

from __future__ import annotations

__all__ = ["count_phrase", "plural"]


def plural(count: int, forms: tuple[str, ...], language: str = "en") -> str:
    """The form of a noun for `count`: `forms` is (one, other) in English, (one, few, many) in Russian."""
    if language == "ru" and len(forms) == 3:
        tens, units = abs(count) % 100, abs(count) % 10
        if units == 1 and tens != 11:
            return forms[0]
        if 2 <= units <= 4 and not 12 <= tens <= 14:
            return forms[1]
        return forms[2]
    return forms[0] if abs(count) == 1 else forms[-1]


def count_phrase(count: int, forms: tuple[str, ...], language: str = "en") -> str:
    """"1 group", "2 groups"; "1 группа", "2 группы", "5 групп"."""
    return f"{count} {plural(count, forms, language)}"

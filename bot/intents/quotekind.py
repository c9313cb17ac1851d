"""Whether the words shown are the speaker's own: "Is Smailov's line on a new economic impetus a direct quote or
the reporter's paraphrase?", "Это прямая цитата Мишустина или пересказ?"; and whether words pasted to be
checked are the report's own ('"... guarantee the prosperity of the entire Eurasian region" - exact quote?').

The fact found answers what was said; what the reader asked is how the report gives it, and the reply's
small "(the report's wording, not a direct quote)" beside the speaker reads like a footnote, not an answer.
So the reply opens with the answer, from what the fact base records and the quote itself shows: a fact
marked `paraphrase` is the report's sentence; a quote that opens in lower case is a fragment the report
puts in quotation marks inside its own sentence (Asia-Plus on Mishustin: 'said that the CIS and the EAEU
"are significant mechanisms ..."'); any other quote is the speaker's words in quotation marks. A list of
statements given in more than one way says so, the report's own sentences marked below as they always are.
A reply showing anything but someone's words (a document, a report) is left as it is.

Words pasted in quotation marks and put to be checked are compared with the one quote found, word by word:
the same words in the same order are the report's; otherwise the reply opens with "not the report's exact
words", naming the pasted words the quote lacks (an altered quote otherwise comes back beside the real one
and reads as a yes). Words pasted in one language against a quote in the other are not compared: the reply
says which language the report gives them in.
"""

from __future__ import annotations

import re

from bot.intents.replying import with_changes
from bot.intents.texts import corrects_the_question, phrase
from bot.lexicon import STOPWORDS
from bot.replies import Reply
from bot.text import has_any, is_cyrillic, normalise, tokenize

__all__ = [
    "holds_words", "quoted_passages", "asks_how_quoted", "exact_words_reply", "how_quoted_reply"]

# "a direct quote or a paraphrase", "his own words or the reporter's", "дословно?", "прямая цитата или пересказ"
_HOW_QUOTED_GATE = ("direct", "verbatim", "paraphras", "word", "summary", "quotation", "quotes", "прям", "пересказ", "дословн",
                    "кавычк", "своими", "слова", "формулировк")  # (one of which any match of _HOW_QUOTED_RE holds)
_HOW_QUOTED_RE = re.compile(
    r"\b(?:direct(?:ly)?\s+quot\w*|verbatim|paraphras\w*|(?:reporter|journalist|agency|outlet)(?:'s|s'|s)?\s+"
    r"(?:own\s+)?(?:words?|wording|paraphrase|summary)|(?:his|her|their)\s+own\s+words|(?:in|inside|within)\s+(?:quotation\s+marks|quotes)|"
    r"прям\w*\s+цитат\w*|пересказ\w*|дословн\w*|в\s+кавычках|своими\s+словами|"
    r"(?:слова|формулировк\w*)\s+(?:журналист\w*|корреспондент\w*|агентств\w*|издани\w*|публикаци\w*|автор\w*))",
    re.IGNORECASE)
# ... with the quote itself, or both ways, named: not "какие слова Токаева пересказал Смаилов", whose words he relayed
_QUOTE_NAMED_RE = re.compile(r"quot|цитат|кавычк|verbatim|дословн|\bdirect|\bпрям\w*|reporter|journalist|журналист|"
                             r"корреспондент|\b(?:or|not)\s+(?:a\s+)?paraphras|paraphrase\s+or|или\s+пересказ|пересказ\s+или|"
                             r"own\s+words|своими\s+словами", re.IGNORECASE)
_OPENING_RE = re.compile(r"^\W*(\w)")


def asks_how_quoted(question: str) -> bool:
    """Whether the question asks if words are quoted directly or put in the report's own words."""
    return has_any(question.lower(), _HOW_QUOTED_GATE) and _HOW_QUOTED_RE.search(question) is not None \
        and _QUOTE_NAMED_RE.search(question) is not None


def how_quoted_reply(question: str, reply: Reply, said_by: frozenset[str] = frozenset(),
                     asked_of: frozenset[str] = frozenset()) -> Reply:
    """`reply` opened with how the report gives its statements' words, when that is what is asked; `reply`
    itself otherwise: when it shows anything but someone's words, or words of others (`said_by`) than the
    people the question names (`asked_of`: "is Tokayev's line a direct quote" is not answered by Smailov's)."""
    if not reply.answered or not asks_how_quoted(question) or asked_of and not said_by <= asked_of:
        return reply
    if reply.items:
        said = [(item.quote, item.paraphrase) for item in reply.items if item.speaker and item.quote]
        if len(said) != len(reply.items):
            return reply
    elif reply.kind == "statement" and reply.quote:
        said = [(reply.quote, reply.paraphrase)]
    else:
        return reply
    inner = [words for quote, paraphrase in said if paraphrase for words in _spoken_inside(quote)]
    if inner and all(paraphrase for _, paraphrase in said):  # AzerNews: 'Aripov also called the concept ... a “big
        # step”': those words only
        words = ", ".join(f"“{w}”" for w in inner)
        return with_changes(reply, headline=f"{phrase(reply.language, 'quoted_inside', words=words)} {reply.headline}")
    verdicts = {_verdict(quote, paraphrase) for quote, paraphrase in said}
    # (mixed: the report's own sentences among them, each marked so below; or direct quotes and fragments)
    verdict = verdicts.pop() if len(verdicts) == 1 else "quoted_mixed" if "quoted_not" in verdicts \
        else "quoted_some_in_part"
    return with_changes(reply, headline=f"{phrase(reply.language, verdict)} {reply.headline}")


# words a report's own sentence puts in quotation marks as the speaker's: two words or more, not a name ("a “big
# step”", not "the “Innoprom” industrial week")
_INNER_QUOTE_RE = re.compile(r"[“«\"]([a-zа-яё][^“”«»\"]*\s[^“”«»\"]*?)[”»\"]")


def _spoken_inside(quote: str) -> list[str]:
    """The words a report's sentence puts in quotation marks as someone's ("big step")."""
    return [m.group(1).strip() for m in _INNER_QUOTE_RE.finditer(quote)]


def _verdict(quote: str, paraphrase: bool) -> str:
    opening = _OPENING_RE.match(quote)
    if paraphrase:
        return "quoted_not"
    return "quoted_in_part" if opening is not None and opening.group(1).islower() else "quoted_directly"


# words put to be checked as a quote: "exact quote?", "точная цитата?", "это его слова?", "real?"
_EXACT_ASKED_RE = re.compile(r"\b(?:exact|exactly|accurate|real|genuine|verbatim|correct|authentic|actually\s+said|"
                             r"(?:his|her|their)\s+words|точн\w*|дословн\w*|правильн\w*|настоящ\w*|верн\w*|подлинн\w*|"
                             r"реальн\w*|(?:его|её|ее|их)\s+слова|"
                             # the words put to someone: 'did Lebedev say "..."', 'сказал ли Мишустин «...»'
                             r"did\s+\w+(?:\s+\w+)?\s+(?:say|write|use\s+the\s+words)|(?:сказал|говорил|заявил)\w*\s+ли|"
                             # "is that what he said?", "так ли он сказал?"
                             r"(?:is|was)\s+(?:that|this|it)\s+what\s+(?:he|she|they)\s+(?:said|says)|"
                             r"так\s+ли\s+(?:он|она)\s+сказал\w*|(?:он|она)\s+так\s+сказал\w*)\b",
                             re.IGNORECASE)
# the pasted words themselves, in any quotation marks; words quoted inside them ("Lavrov told
# the meeting that the CIS 'are significant mechanisms ...'") are the words put to be checked
_PASTED_RE = re.compile(r"[\"“«„]([^\"“”«»„]{12,})[\"”»“]")
# ... or in single quotation marks, none pasted in double ones ("called the CIS and EAEU 'key pillars of regional
# stability'"; not the apostrophes of "Aripov's", "countries' leaders")
_SINGLE_PASTED_RE = re.compile(r"(?:^|(?<=\s))['‘]([^'‘’\"“”«»„]{12,})['’](?=[\s.,;:!?)]|$)")
_INNER_RE = re.compile(r"(?:^|\W)['‘]([^'‘’]{12,})['’](?:\W|$)")
# the quote asked for, not words put to be checked: "дай точную цитату", "exact quote please"
_REQUEST_RE = re.compile(r"\b(?:дай|дайте|приведи|приведите|нужна|нужен|give|need|please|pls|пожалуйста)\b", re.IGNORECASE)
# a claim about what was said, not the words themselves: "Smailov encouraged his counterparts to ...", "X said: ..."
_TOLD_RE = re.compile(r"\b(?:said|says|told|called|urged|encouraged|proposed|suggested|stated|noted|added|claimed|"
                      r"заявил\w*|сказал\w*|предложил\w*|призвал\w*|отметил\w*|добавил\w*)\b", re.IGNORECASE)
_SHOWN_MISSING = 4  # pasted words the quote lacks, named in the reply
_NEGATIONS = frozenset("not no never longer nor не нет никогда ни".split())  # never left out of what the quote lacks
_PASTED_WORDS = 5  # fewer are a name or a phrase ("«Один пояс, один путь»"), not words put to be checked


def quoted_passages(question: str) -> list[str]:
    """Every passage the question puts in quotation marks to be checked (five words or more), in order."""
    return [p for p in (m.group(1) for m in _PASTED_RE.finditer(question)) if len(tokenize(p)) >= _PASTED_WORDS]


def holds_words(quote: str, pasted: str) -> bool:
    """True when the quote holds the pasted words, word for word."""
    return _holds_run(tokenize(quote), tokenize(pasted))


def _holds_run(words: list[str], run: list[str]) -> bool:
    """True when `run` stands in `words` as a whole, word for word (not "ally" inside "allying")."""
    return f" {' '.join(run)} " in f" {' '.join(words)} "


def exact_words_reply(question: str, reply: Reply) -> Reply:
    """`reply` opened with whether the words pasted to be checked are its one quote's own, word for word;
    `reply` itself when no pasted words are put to be checked, or it shows no one quote."""
    found = _PASTED_RE.search(question)
    inner = _INNER_RE.search(found.group(1)) if found is not None else None
    single = _SINGLE_PASTED_RE.search(question) if found is None else None
    pasted = inner.group(1) if inner is not None else found.group(1) if found is not None \
        else single.group(1) if single is not None else ""
    if not reply.answered or reply.items or reply.kind != "statement" or not reply.quote \
            or len(tokenize(pasted)) < _PASTED_WORDS or _TOLD_RE.search(pasted) or not _EXACT_ASKED_RE.search(question) \
            or _REQUEST_RE.search(question):
        return reply
    words, quoted = tokenize(pasted), tokenize(reply.quote)
    exact = _holds_run(quoted, words)
    if exact and corrects_the_question(reply.language, reply.headline):
        return reply  # ("No: the reports give these words to Lebedev": the words are right, their speaker said)
    own = set(quoted) | {normalise(w) for w in quoted}
    if _verdict(reply.quote, reply.paraphrase) == "quoted_in_part":  # ("the CIS and the EAEU" are the report's
        own |= set(tokenize(reply.headline))  # sentence around the fragment, which the fact's title names)
    # the pasted words the quote lacks, a "not" or "no longer" among them ("Russia is not a reliable ally")
    missing = [w for w in dict.fromkeys(words) if w not in own and (w not in STOPWORDS or w in _NEGATIONS)]
    if reply.paraphrase and not missing:  # the report's own sentence, whose words these are: no quote of the speaker
        verdict = phrase(reply.language, "words_report_own")
    elif any(map(is_cyrillic, words)) != any(map(is_cyrillic, quoted)):
        verdict = phrase(reply.language, "words_other_language" if any(map(is_cyrillic, words)) else "words_in_russian")
    elif exact:
        verdict = phrase(reply.language, "words_exact")
    elif not reply.paraphrase and _verdict(reply.quote, False) == "quoted_in_part" \
            and _holds_run(words, quoted):
        verdict = phrase(reply.language, "words_fragment")  # ("Russia remains a reliable ally ...": only the fragment
        # after "Russia" is in quotation marks)
    else:
        shown = missing[:_SHOWN_MISSING]
        verdict = phrase(reply.language, "words_not_exact", missing=", ".join(f"“{w}”" for w in shown)) if shown \
            else phrase(reply.language, "words_reordered")
    return with_changes(reply, headline=f"{verdict} {reply.headline}")

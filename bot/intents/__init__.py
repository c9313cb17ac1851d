"""Recognise the kind of question asked, and answer it from the fact base's structure.

Retrieval (`bot.matcher`) finds the fact whose words best cover a question's
words. That is right for "what did Smailov say about the Belt and Road", and
wrong by construction for questions whose answer is the fact base's structure:
"what did Mustafayev say" must list Mustafayev's statements (or say there are
none), never the statement whose words come closest. So a question is first
*read* (its words, the people, countries and concepts the matcher recognises)
and its intent decided, in this order:

    intent        recognised by                             answered with
    smalltalk     only greeting / thanks / help / bye words  a short reply and what the bot knows
    abbreviation  "what does TITR stand for"                 the fact expanding it, headed by the expansion
    check         a year or day checked that the reports     the fact, headed "none of the reports
                  give otherwise ("2018, right?")            gives <the number asked>"
    other-event   SCO, Heads of State, an EAEU summit, a     "the sources cover <this meeting>,
                  meeting elsewhere, another year or date    not that" (+ close facts to open)
    ambiguous     a name part two people share ("Abdulla")   both people, to choose from
    membership    the CIS's member states                    not in the sources: the delegations
    count         how many + delegations / documents         the count with its sentence; reports
                                                             that disagree, each with its source
    say           what did X say, X's position, anything     every statement of X; or the one on
                  more from X (X: a name, or a country and   the topic asked; or "the reports quote
                  a role: "the Tajik PM")                    nothing X said"
    attend        was X at the meeting, did X attend         X's entry: took part, or only mentioned
    documents     which documents were signed, adopted       the documents of this meeting
    participants  who attended, which countries, who spoke   the participants / the people quoted
    overview      agenda, results, summary, how did it go    the overview facts (agenda, results,
                                                             counts, schedule)
    next-meeting  the next meeting                           the schedule facts
    retrieval     anything else                              the matcher, as before

Every structured answer is built from ids, speakers and kinds in the fact base,
with the facts' verbatim quotes and sources, so it cannot quote one person for
another. Its confidence is how sure the reading is (the similarity of the
words that decided it), not a retrieval score. Follow-ups ("and Belarus?",
"what did he say?", "what else?") are read against a `Context`, the last
answer of a conversation, which the caller keeps (`bot.conversation`).

The package, one job a module (imports point down this list, never up):

    dispatch     `answer`: a follow-up expanded, the question read, its intent decided in the order above
    followups    follow-ups read against the last answer ("and Belarus?", "what else?")
    smalltalk    greetings, thanks, help
    abbreviations  what an abbreviation stands for, as a report expands it
    checks       a claim checked with a year or day the reports give otherwise
    events       other events: other bodies, places, years and dates than this meeting's
    attribution  who reported a fact, citing whom
    reports      a report named: its own facts, whom it cites, its date, dateline and language, its lists;
                 a dateline or an agency put to a report, checked against its record
    counts       how many documents, delegations, people
    documents    the documents signed and decisions adopted here
    overview     agenda, results, summary, next meeting, how the meeting came about, a date checked
    quoting      two speakers asked about together; whom a speaker quoted
    people       what X said, was X there, who spoke, a name two people share
    retrieval    the matcher's answer, with the guards that make it decline rather than mislead
    replying     the shapes of a reply: a list, an abstention with pointers, the hints
    reading      `Reading`, `Context`, what is derived once per fact base, a question's subject
    vocabulary   the words and patterns that frame questions, shared by several intents
    texts        the replies' wording in English and Russian
"""

from __future__ import annotations

from bot.intents.dispatch import answer
from bot.intents.reading import (
    DOCUMENT_KINDS,
    OVERVIEW_KINDS,
    Context,
    Reading,
    TextScan,
    adopt,
    agreement_kind,
    prepare,
    read,
)

__all__ = ["DOCUMENT_KINDS", "OVERVIEW_KINDS", "Context", "Reading", "TextScan", "adopt", "agreement_kind", "answer", "prepare",
           "read"]

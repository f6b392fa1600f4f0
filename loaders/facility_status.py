"""What a sentence says is happening to a site (its status: announced, planned, under
construction, opened, expanded, acquired), whether it calls the site off, and its ordinal
("its fifth data center"), capacity and money. Part of `loaders.facilities`."""

from __future__ import annotations

import functools
import re

from loaders import dates
from loaders.text import ORDINAL_RE, ordinal_value

# Each status pattern starts with a lookahead for the first letters of its words: it
# changes no match, it only lets the regex engine pass over other positions quickly.
_STATUS: list[tuple[str, re.Pattern[str]]] = [
    ("under_construction", re.compile(
        r"\b(?=[abisu])"
        r"(?:under construction|is (?:building|constructing)|are (?:building|constructing)|"
        r"broke ground|breaks ground|breaking ground|began construction|begun construction|"
        r"started construction|being built)\b", re.I)),
    ("expanded", re.compile(
        r"\b(?=[adegu])(?:expand(?:s|ed|ing)?|expansion|adds? (?:capacity|space|[\d,.]+)|added|"
        r"doubl(?:e|es|ed|ing)|"
        r"extend(?:s|ed)|grow(?:s|ing)? its|enlarg\w+|upgrad\w+)\b", re.I)),
    ("opened", re.compile(
        r"\b(?=[abcdghilnosuw])"
        r"(?:opened|opens|opening|launched|launches|launching|launch of|adds|added|adding|"
        r"(?:is|are) now serving|began serving|started serving|now serves|"
        r"went live|goes live|go live|is (?:now )?live|"
        r"are (?:now )?live|now open|began operations|begins operations|started operations|"
        r"came online|comes online|came on ?line|went online|goes online|brought online|"
        r"inaugurat\w+|"
        r"(?:became|is|now) (?:fully )?operational|switched on|unveiled its new|"
        r"cut the ribbon|debuted|now available|is available|are available|became available|"
        r"officially open|has set up|set up)\b", re.I)),
    ("planned", re.compile(
        r"\b(?=[ceimpsw])"
        r"(?:plans? to|planning|planned|proposed|propos\w+|considering|consider|considers|"
        r"intends? to|weighing|mulling|exploring|could build|may build|might build|"
        r"eyeing|scouting)\b", re.I)),
    ("announced", re.compile(
        r"\b(?=[acdiprstuw])"
        r"(?:announc\w+|unveil\w+|revealed|will (?:\w+ly )?(?:open|build|launch|set up|"
        r"establish|invest|construct|add|create|house|be)|would (?:\w+ly )?(?:open|build|launch|"
        r"set up|establish|invest|construct|add|create)|to (?:\w+ly )?(?:open|build|launch|"
        r"set up|establish|construct)|"
        r"is set to|are set to|confirmed|disclosed|selected|picked|chose)\b", re.I)),
    ("acquired", re.compile(r"\b(?=[abpt])(?:acquired|bought|purchased|took over)\b", re.I)),
]

_STATUS_TIED = [(status, rx, 0) for status, rx in _STATUS]  # (..., wins a tie)


# Rarer phrasings, each tried only when the lowered text holds one of its words (their
# first letters are common ones, which would slow the patterns above everywhere).
_STATUS_RARE: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("under_construction", ("construction",), re.compile(
        r"\bconstruction (?:began|has begun|started|is (?:now )?under ?way)\b", re.I)),
    ("under_construction", ("ground", "began", "begun", "started"), re.compile(
        r"\b(?:broken ground|break ground|"
        r"(?:began|begun|started) (?:building|work on|construct\w+)|"
        # "Work has started on its second data centre", "Ground was broken on Tuesday on"
        r"work (?:has |have |had )?(?:started|began|begun) on|"
        r"ground (?:was|has been|had been|is being) broken|"
        r"(?:held|holds|holding|hosted|celebrated|marked) (?:a |the |its )?ground-?breaking|"
        r"ground-?breaking (?:ceremony|event) (?:for|of|at|on))\b", re.I)),
    ("opened", ("began", "begun", "begin", "start"), re.compile(
        r"\b(?:began|begun|begins?|started|starts?) (?:(?:mass |volume |commercial )?production|"
        r"operating|operations)\b", re.I)),
    # "has completed the first phase of its Frankfurt campus": built, so open
    ("opened", ("complet", "finish"), re.compile(
        r"\b(?:complet(?:ed|es|ing)|finish(?:ed|es|ing))\s+(?:the\s+)?(?:first|second|third|"
        r"initial|final|latest)?\s*(?:phase|construction|build-?out|stage)\s+of\b", re.I)),
    ("planned", ("plan",), re.compile(
        r"\bplans? (?:a|an|its|two|three|four|five|several|another)\b", re.I)),
    ("acquired", ("acqui", "buys", "purchase"), re.compile(
        r"\b(?:acquires|acquiring|acquisition of|buys|purchase of)\b", re.I)),
    # money put into a site it has: "will invest £1 billion in its Sunderland plant"
    ("expanded", ("invest",), re.compile(
        r"\binvest(?:s|ed|ing)?\b(?:[^,;.]|[.,]\d){0,40}?\b(?:in|into|at) "
        r"(?:its|their|the company's) "
        r"(?!new|planned|proposed|future|upcoming|first|second|third|next)", re.I)),
    # money put into a new site: "would spend T$300 billion on a new packaging plant"
    ("announced", ("spend", "invest", "pour", "earmark", "commit", "put"), re.compile(
        r"\b(?:spend|spends|spending|invest|invests|investing|pour|pours|pouring|"
        r"put|puts|putting|earmark(?:s|ed|ing)?|commit(?:s|ted|ting)?)\b(?:[^,;.]|[.,]\d){0,60}?"
        r"\b(?:on|in|into|for) "
        r"(?:(?:a|an|the|its|their) (?:new|planned|proposed|future|first|second|third|fourth|"
        r"fifth|next)\b|(?:a|an) (?=(?:[\w$.,-]+ ){0,3}?(?:campus|data ?cent|plant|fab|factory|"
        r"facility|site|hub|lab|office|region|headquarters)))", re.I)),
    ("planned", ("aim", "hope", "looking", "seek", "talks"), re.compile(
        r"\b(?:aims?|aiming|hopes?|(?:is|are) looking|seeks?|seeking|in talks) to "
        r"(?:build|open|set up|establish|construct|develop|add|create|locate)\b", re.I)),
]


# "scrapped plans for a data center", "decided not to build the fab", "will not be building
# a headquarters in X", "the plant was cancelled"
_CANCEL_BEFORE = re.compile(
    r"\b(?=[acdfhimnpswo])(?:cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|"
    r"abandon(?:s|ed|ing)?|shelv(?:e|es|ed|ing)|call(?:s|ed|ing)? off|"
    r"pull(?:s|ed|ing)? the plug on|paus(?:e|es|ed|ing)|halt(?:s|ed|ing)?|"
    # "is pulling out of a planned data center", "dropped its plans for", "ditched"
    r"pull(?:s|ed|ing)? out of|back(?:s|ed|ing)? out of|walk(?:s|ed|ing)? away from|"
    r"withdr(?:aw|aws|ew|awn|awing) from|drop(?:s|ped|ping)?|ditch(?:es|ed|ing)?|"
    r"suspend(?:s|ed|ing)?|froze|freez(?:e|es|ing)|mothball(?:s|ed|ing)?|"
    r"(?:decided|decides|chose|opted|agreed) not to(?: move forward| proceed| go ahead)?|"
    r"(?:will|would|do|does|did) not (?:build|open|be building|be opening|move forward)|"
    r"won['’]t (?:build|open|be building|be opening)|"
    r"no longer (?:build|building|plans?|planning|open|opening|going to (?:build|open))|"
    r"(?:is|are|was) not (?:going to )?(?:build|open))\b", re.I)
_CANCEL_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|were|has been|have been|is|are|got|been) "
                           r"(?:cancel\w+|scrapped|shelved|abandoned|called off|paused|halted|"
                           r"suspended|mothballed|frozen|put on (?:hold|ice))\b", re.I)
# "put its Taylor plant on hold": the verb before the word, "on hold" after it
_PUT = re.compile(r"\b(?:put|puts|putting|placed|places)\b", re.I)
_ON_HOLD = re.compile(r"[^.;]{0,60}?\bon (?:hold|ice)\b", re.I)
# Every match of `_CANCEL_BEFORE`, `_CANCEL_AFTER` or `_ON_HOLD` contains one of these
# ("call", not " off", which "office" holds too).
_CANCEL_HINTS = ("cancel", "scrap", "abandon", "shelv", "call", "plug", " not ", "n't ", "n’t ",
                 "pull", "back", "walk", "withdr", "drop", "ditch",
                 "longer", "paus", "halt", "suspend", "froze", "freez", "mothball", " hold",
                 " ice")
_NOT_PLANNED = re.compile(r"\b(?:plans?|planned|proposed|for|to|its|their|our|the|a|an|new|of|"
                          r"with|build|open|construct|develop|second|third|more|any|further|"
                          r"additional|"
                          r"\$?[\d.,]+|billion|million|[A-Z][\w-]*|"
                          r"(?:mega|giga)watts?|MW|GW|acres?|square-foot|hectares?)\b")
# Up to two lowercase words between a determiner and the facility word name its kind ("its
# battery factory", "the chip packaging plant"), no verb ("plans to expand the factory")
_KIND_MODIFIERS = re.compile(r"\b(?:its|their|the|a|an|our|planned|proposed|new)\s+"
                             r"(?:[$€£]?[\d.,]+\s+(?:billion|million|bn)\s+)?"  # "a $3 billion"
                             r"((?:[a-z][a-z-]*\s+){1,2})$")


def _cancelled(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the sentence calls off the site whose word spans [start, end): a cancelling
    verb before it with no other verb in between, or "was cancelled" after it."""
    if _CANCEL_AFTER.match(text, end):
        return True
    found = list(_CANCEL_BEFORE.finditer(text, lo, start))
    if not found:
        put = list(_PUT.finditer(text, lo, start))
        if not put or not _ON_HOLD.match(text, end):
            return False
        found = put
    last = found[-1]
    between = text[last.end():start]
    modifiers = _KIND_MODIFIERS.search(between)
    if modifiers:
        between = between[:modifiers.start(1)]
    # only nouns, determiners and "planned" between: "cancelled its planned $2 billion fab"
    return len(between) < 60 and not _NOT_PLANNED.sub("", between).strip(" ,'’s-$€£")


# A photo caption: "Pictured: ...", "Photo: ...", "(Above) ...", "... is pictured in 2021".
_CAPTION_LABEL = re.compile(r"\W{0,3}(?:Pictured|Photo(?:graph)?|Image|Above|Below|Top|Left|Right|"
                            r"Caption|Shown|File(?: photo)?|FILE(?: PHOTO)?|Inset)"
                            r"(?:\s+(?:above|below|here|caption|at (?:top|left|right)))?\s*[:)]")
_CAPTION_LABEL_HINTS = ("ictured", "hoto", "mage", "Above", "Below", "Top", "Left", "Right",
                        "aption", "hown", "File", "FILE", "Inset")
_PICTURED = re.compile(r"\b(?:is|are|was|were) (?:pictured|shown|seen) (?:here|above|below|in|on|"
                       r"at|during|as|after|before)\b")


def _caption(sentence: str) -> bool:
    """Whether the sentence is a photo caption: what it says of a site is the photo's."""
    head = sentence[:20]
    if any(h in head for h in _CAPTION_LABEL_HINTS) and _CAPTION_LABEL.match(sentence):
        return True
    return any(w in sentence for w in (" pictured ", " shown ", " seen ")) and \
        _PICTURED.search(sentence) is not None


@functools.lru_cache(maxsize=1024)
def _sentence_hints(sentence: str) -> tuple[bool, bool]:
    """Whether the sentence holds a word of a rare status phrase, of a cancelling one:
    found once per sentence, so that most facility words skip those patterns."""
    low = sentence.lower()
    return (any(h in low for _s, hints, _r in _STATUS_RARE for h in hints),
            any(w in low for w in _CANCEL_HINTS))


@functools.lru_cache(maxsize=4096)
def _status(text: str, at: int, rare_words: bool = False) -> str | None:
    """The status the verb nearest the facility word (at offset `at` of `text`) gives it;
    a verb before the word ("opened its fifth data center") beats one after it."""
    best: tuple[int, str] | None = None
    rare = []
    if text.isascii():  # the twins without re.I on the lowered text: the same spans, faster
        low = scan = text.lower()
        tied, rares, existing = _LOWER_TIED, _LOWER_RARE, _LOWER_EXISTING
    else:
        low = text.lower() if rare_words else ""
        scan = text
        tied, rares, existing = _STATUS_TIED, _STATUS_RARE, _EXISTING
    if rare_words:  # `_sentence_hints` found a word of one (a rare phrase wins a tie: it
        # holds the common one, "is looking to build" > "to build")
        rare = [(status, rx, 1) for status, hints, rx in rares
                if any(h in low for h in hints)]
    for status, rx, wins_tie in tied + rare if rare else tied:
        for m in rx.finditer(scan):
            dist = at - m.end() if m.end() <= at else 2 * (m.start() - at) + 10
            if dist < 0:
                continue  # the facility word itself ("new" inside the phrase is fine)
            if best is None or dist < best[0] + wins_tie:
                best = (dist, status)
    if best:
        return best[1]
    # no verb: "a new fab", "the upcoming region" still say the site is announced (an
    # adjective is too weak to make an event of it: see `weak_status`)
    return WEAK_ANNOUNCED if _WEAK_ANNOUNCED.search(text) and not existing.search(scan) \
        else None


def _lower_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` without re.I, for lowered ASCII text: on such text it finds the spans `rx`
    finds on the text itself, as long as its pattern names no capital letter (checked
    here; an escape like `\\b` is no letter)."""
    if re.search(r"[A-Z]", re.sub(r"\\.", "", rx.pattern)):
        raise ValueError(f"a capital letter in {rx.pattern!r}: no twin for lowered text")
    return re.compile(rx.pattern, rx.flags & ~re.I)


_LOWER_TIED = [(status, _lower_twin(rx), tie) for status, rx, tie in _STATUS_TIED]

_LOWER_RARE = [(status, hints, _lower_twin(rx)) for status, hints, rx in _STATUS_RARE]

_FUTURE = re.compile(r"\b(?=[celnpstuvw'])"
                     r"(?:will|would|'ll|to be|scheduled|slated|set to|expected to|plans? to|"
                     r"planning to|coming|upcoming|next year|later this year|"
                     r"(?:committed|commits|commit|pledged|pledges|promised|vowed) to)\b", re.I)


# "regions opening in 2020": a progressive with a year is a plan (tried where its verb is)
_FUTURE_YEAR = re.compile(r"\b(?:opening|launching) (?:[\w-]+ ){0,2}?in (?:early |late |mid-)?"
                          r"\d{4}\b", re.I)

WEAK_ANNOUNCED = "announced?"  # a status read from an adjective only

_EXISTING = re.compile(r"\b(?:existing|current|older|old)\b", re.I)


# `ORDINAL_RE` without re.I, for lowered ASCII text: it has no capitals, so it finds the
# same spans there, faster (`ordinal_value` lowers the word itself).
_ORDINAL_LOWER = re.compile(ORDINAL_RE.pattern)


# Every ordinal word contains one of these ("teenth": thirteenth to fifteenth).
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth", "teenth", "twentieth")

_DIGIT = re.compile(r"\d")

# ("New York", "New Delhi": a name, no new site; so read on the text as written)
_WEAK_ANNOUNCED = re.compile(r"\b(?:(?!(?-i:New\s+[A-Z]))new|coming|upcoming|future|forthcoming)\b",
                             re.I)

_LOWER_EXISTING = _lower_twin(_EXISTING)


# An ordinal said after the site: "a lab in Nairobi, its first in Africa", "its second
# facility in the state", "the third such facility". A rank ("second-biggest", "its second
# largest") is not one, nor "the first in Spain" (first of anyone's?): "its" + a place
# preposition, or "the ... such".
_ORD = r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"

_ORDINAL_AFTER = re.compile(
    rf",\s+(?:its|the company's|the firm's|the group's|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?['’]s)"
    rf"\s+{_ORD}\s+(?:(?:facility|site|location|plant|factory|fab|office|campus|"
    rf"data ?cent(?:er|re)|cent(?:er|re)|region|hub|lab|one)\s+)?(?:in|outside|on|across)\b"
    rf"|\bthe\s+{_ORD}\s+such\b", re.I)


def _ordinal_after(after: str) -> int | None:
    m = _ORDINAL_AFTER.search(after)
    return ordinal_value(m.group(1) or m.group(2)) if m else None


def _ordinal(before: str) -> int | None:
    tail = before[-45:]
    if tail.isascii():
        low = tail.lower()
        if not any(w in low for w in _ORDINAL_WORDS) and not _DIGIT.search(tail):
            return None  # the common case: no ordinal word, no "5th"
        ms = list(_ORDINAL_LOWER.finditer(low))
    else:
        ms = list(ORDINAL_RE.finditer(tail))
    if not ms:
        return None
    m = ms[-1]
    rest = tail[m.end():]
    if len(rest.split()) > 4:
        return None
    return ordinal_value(m.group(1))


# Where a sentence joins two clauses that may tell of two companies: "X announced $2.2
# billion for Malaysia, while Y committed $2 billion to build its first data center there"
_CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|and|as|although|though|even as|after|"
                           r"when|with)\s|\s(?:while|whereas)\s|\s[-–—]+\s")


def _site_numbers(text: str, at: int,
                  others: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """The capacity and the money of the site whose word starts at `at` of the sentence
    `text`: those of its own clause, else of a clause naming no other company (`others`:
    the spans of the companies other than its operator)."""
    clauses = _clauses(text)
    if len(clauses) == 1:
        return _numbers_in(text, 0, len(text))
    own = next(c for c in reversed(clauses) if c[0] <= at)
    order = [own] + [c for c in clauses if c != own and not any(
        c[0] <= a < c[1] for a, _b in others)]
    found = [_numbers_in(text, a, b) for a, b in order]
    return (next((c for c, _m in found if c), None), next((m for _c, m in found if m), None))


@functools.lru_cache(maxsize=512)
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    bounds = [0, *(b.start() for b in _CLAUSE_BREAK.finditer(text)), len(text)]
    return tuple((bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1))


@functools.lru_cache(maxsize=1024)
def _numbers_in(text: str, start: int, end: int) -> tuple[str | None, str | None]:
    part = text[start:end]
    return dates.find_capacity(part), dates.find_amount(part)

"""Sentences with character offsets, and small text helpers shared by the rules."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

# Words after which a period never ends a sentence (titles, initials are handled
# separately); after any other word a period ends one when an upper-case letter follows.
_TITLES = {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "mt", "jr", "sr",
           "vs", "no", "e.g", "i.e", "approx", "dept", "est", "fig", "vol"}
# Titles that end no sentence only written so ("Ft. Worth"; "the FT. But" ends one).
_TITLES_CASED = {"Ft", "Pt", "Lt", "Col", "Capt", "Sgt", "Rev", "Messrs", "Ste"}

# A candidate sentence end: terminal punctuation (plus closing quotes) then space,
# or a line break, or a gap of three spaces or tabs. Whether a period really ends a
# sentence is decided in `sentences`. The gap has patterns of its own (see `_ends`).
#
# `_END` is written `[.!?\n]` then a tail per character (told apart by a lookbehind):
# the same matches as `[.!?]["'”’)\]]*\s+|\n\s*`, but a pattern that starts with one
# character class lets the regex engine skip to the next such character quickly.
_END = re.compile(r"[.!?\n](?:(?<=\n)\s*|(?<=[.!?])[\"'”’)\]]*\s+)")
_GAP = re.compile(r"[ \t]{3,}")
_SPACES = re.compile(r" +")
# A name written lower-case first with a capital inside ("xAI", "iPhone", "eBay") may
# start a sentence: the period before it ends one all the same.
_CAMEL = re.compile(r"[a-z]{1,3}[A-Z][A-Za-z]*\b")


# Not frozen (never mutated, hashable all the same): a frozen dataclass takes three
# times as long to build, and an article makes dozens of these.
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    text: str
    start: int
    end: int


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences, keeping offsets: `text[s.start:s.end] == s.text`.

    >>> [s.text for s in sentences("Intel Corp. opened a fab. It cost $20B.")]
    ['Intel Corp. opened a fab.', 'It cost $20B.']
    """
    out: list[Sentence] = []
    append = out.append
    start = 0
    for cut, after in _ends(text):
        if text[cut] == "." and not _ends_sentence(text, start, cut, after):
            continue
        # `_add`, inlined (it runs once per sentence)
        seg = text[start:after]
        body = seg.lstrip()
        first = after - len(body)
        body = body.rstrip()
        if len(body) > 1:
            append(Sentence(body, first, first + len(body)))
        start = after
    _add(out, text, start, len(text))
    return out


def _ends(text: str) -> list[tuple[int, int]]:
    """The spans one `finditer` of `_END` and `_GAP` joined by "|" would give, in order.

    Two scans are faster: a pattern that may start with a space stops the regex engine
    at every word, and the gap scan is needed only when the text has such a gap. A gap
    inside a punctuation or line-break match (its whitespace tail takes the whole run)
    is not a match of its own; no other overlap can occur.
    """
    ends = [m.span() for m in _END.finditer(text)]
    if "\t" in text:
        gaps = [m.span() for m in _GAP.finditer(text)]
    elif "   " in text:
        gaps = _space_gaps(text)
    else:
        return ends
    extra = []
    i, n = 0, len(ends)
    for at, stop in gaps:
        while i < n and ends[i][1] <= at:
            i += 1
        if i == n or ends[i][0] > at:
            extra.append((at, stop))
    return sorted(ends + extra) if extra else ends


def _space_gaps(text: str) -> list[tuple[int, int]]:
    """The spans of `_GAP.finditer(text)` in a text without tabs: runs of three spaces or
    more. `str.find` gets to each quickly; the regex scan was slow on cleaned pages,
    whose masked menus are runs of hundreds of spaces."""
    out = []
    i = text.find("   ")
    while i >= 0:
        end = _SPACES.match(text, i).end()  # type: ignore[union-attr]  # 3 spaces at i
        out.append((i, end))
        i = text.find("   ", end)
    return out


def _ends_sentence(text: str, start: int, cut: int, after: int) -> bool:
    """Whether the period at `cut` ends the sentence begun at `start`."""
    nxt = text[after:after + 1]
    if nxt and not (nxt.isupper() or nxt in "\"'“‘([" or "\n" in text[cut + 1:after]
                    or (nxt.islower() and _CAMEL.match(text, after))):
        return False
    if nxt == "(" and (
            text[max(start, cut - 5):cut].rpartition(" ")[2].lower() in _LEGAL_ABBR
            or _BRACKET_GOES_ON.match(text, after)):
        return False  # "Manila Electric Co. (Meralco)", "Apple Inc. (AAPL)": its short name;
        # "Washington D.C. (U.S.), and Hamburg": a short aside, then the sentence goes on
    if after - cut == 2 and text.endswith(_COUNTRY_ABBR, max(start, cut - 4), cut) and \
            text[after:after + 12].partition(" ")[0].rstrip(",") in _NOUNS_AFTER_COUNTRY:
        return False  # "the U.S. Commerce Department", "a U.K. government report"
    # The word before the period, as `(?<![\w.])([A-Za-z][A-Za-z.]*)\.$` searched from `lo`
    # to the period would capture it (its lookbehind seeing before `lo`), found without a
    # regex: a match can only start where the run of letters and periods before `cut`
    # starts (inside the run the lookbehind fails), and only if that is at `lo` or after.
    lo = max(start, cut - 12)
    r = lo + len(text[lo:cut].rstrip(_LETTERS_DOT))
    if r < cut and text[r] != "." and (r > lo or r == 0 or text[r - 1] not in _LETTERS_DOT):
        c = text[r - 1] if r else " "
        if not (c.isalnum() or c == "_"):  # `(?<![\w.])` ("." is in the run's letters)
            word = text[r:cut].lower()
            if len(word) == 1 or word in _TITLES or text[r:cut] in _TITLES_CASED:
                return False
    return True


_LETTERS_DOT = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_COUNTRY_ABBR = ("U.S", "U.K", "U.N", "E.U")
# What a country's initials modify ("the U.S. Commerce Department"): a sentence starting
# with one of these words after "U.S." is rare
_NOUNS_AFTER_COUNTRY = frozenset({
    "Commerce", "Department", "Treasury", "Senate", "House", "Congress", "Army", "Navy",
    "Air", "Federal", "Securities", "Justice", "State", "Supreme", "Court", "Embassy", "Patent",
    "National", "Defense", "Defence", "Energy", "Trade", "Chamber", "Government",
    "International", "Census", "Labor", "Food", "Postal", "Space", "Marines", "Coast",
    "Attorney", "District", "Customs", "Copyright", "Office", "Representative", "CHIPS",
    "Competition", "Information", "Digital", "Parliament", "Security", "Council", "Steel",
    "Cellular", "Bancorp", "Bank", "Robotics", "Xpress", "Foods", "Holdings"})
_BRACKET_GOES_ON = re.compile(r"\([^()\n]{1,25}\)(?:[,;:]| [a-z])")
_LEGAL_ABBR = frozenset({"co", "cos", "corp", "inc", "ltd", "llc", "plc", "bhd", "pte"})


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    """Append text[start:end] without its outer whitespace, if two characters or more."""
    seg = text[start:end]
    body = seg.lstrip()
    start += len(seg) - len(body)
    body = body.rstrip()
    if len(body) > 1:
        out.append(Sentence(body, start, start + len(body)))


# Letters roughly from the most to the least common in English news. pyahocorasick
# looks a letter up among a trie node's children one by one, in the order they were
# added; adding words made of common letters first makes a pass over text 15-40%
# faster. The matches found are the same in any order.
_COMMON_FIRST = " etaoinsrhldcumfpgwybvkxjqzETAOINSRHLDCUMFPGWYBVKXJQZ0123456789.,'-"
_BY_FREQUENCY = str.maketrans({c: chr(i + 1) for i, c in enumerate(_COMMON_FIRST)})


def common_letters_first(words: Iterable[str]) -> list[str]:
    """`words` in the order to add them to an Aho-Corasick automaton (see above)."""
    return sorted(words, key=lambda w: w.translate(_BY_FREQUENCY))


# pyahocorasick finds a node's child by comparing the letter with each child in turn, in
# the order they were added, and the pass over a text goes back to the root after most
# characters: a character no word starts with (a space, "r", ",") was compared with all
# of the root's children. A stand-in word (the character then `NEVER`) for each common
# character of text, added first and most common first, makes each of them a child found
# after a few comparisons. It costs a second look-up (the stand-in's node has no child
# but `NEVER`, so the pass falls back to the root): worth it for a root with many
# children (the gazetteer: -47 to -66 % instructions; the trigger stems: -6 %), not for
# one with few (the clutter anchors: +5 %, so they have none).
TEXT_ORDER = (" etaoinsrhldcumfpgwybv,.\nk-’'”“\"()xjqz—–:;$%/!?&"
              "ETAOINSRHLDCUMFPGWYBVKXJQZ0123456789")
NEVER = "\x00"  # in no text: stand-in words match nothing


def stand_ins(words: Collection[str], order: str = TEXT_ORDER) -> list[str]:
    """The stand-in words to add to an automaton before `words` (see above)."""
    return [c + NEVER for c in order if c + NEVER not in words]


@functools.lru_cache(maxsize=1024)
def _word_before(name: str, spaces: bool) -> re.Pattern[str]:
    gap = r"[^\S\n]+" if spaces else " "  # (not across a line break: a new paragraph)
    return re.compile(rf"\b([A-Z][a-z]+){gap}{re.escape(name)}\b")


def words_before(text: str, name: str, spaces: bool = False) -> Iterator[str]:
    """The words `re.finditer(rf"\\b([A-Z][a-z]+) {re.escape(name)}\\b", text)` captures,
    in order (with `spaces`, any spaces but no line break in place of the one space: a line
    is a paragraph): "Jane" for "Jane Austin".
    A first name of capitalised words joined by hyphens is given whole ("Jean-Pierre"),
    and so are initials ("J. P.", "J.P.", not a place's: "U.S.", "N.Y.").

    Found from where `name` occurs: a pattern that starts with \\b is tried at every
    position of the text, which is slow on long articles. Before an occurrence the
    only start a match can have is the capital of the word just before it.
    """
    scan = 0  # where finditer would go on looking
    i = text.find(name)
    while i >= 0:
        word_end = i
        if spaces:
            while word_end > scan and text[word_end - 1].isspace():
                word_end -= 1
        elif word_end > 0 and text[word_end - 1] == " ":
            word_end -= 1
        start = word_end
        while start > scan and "a" <= text[start - 1] <= "z":
            start -= 1
        start -= 1  # the capital
        if word_end < i and start >= scan and start < word_end - 1 and "A" <= text[start] <= "Z":
            m = _word_before(name, spaces).match(text, start)  # compiled only if needed
            if m is not None:
                first = start  # "Jean-Pierre": back over "Jean-"
                while first - 2 >= scan and text[first - 1] == "-":
                    k = first - 1
                    while k > scan and "a" <= text[k - 1] <= "z":
                        k -= 1
                    if k - 1 < scan or k == first - 1 or not "A" <= text[k - 1] <= "Z" or \
                            k >= 2 and (text[k - 2].isalnum() or text[k - 2] == "_"):
                        break
                    first = k - 1
                yield text[first:m.end(1)]
                scan = m.end()
        elif word_end < i and text[word_end - 1:word_end] == ".":
            k = word_end  # "J. P.", "J.P.": back over capitals each with a period
            while True:
                j = k - 1 if k < word_end and text[k - 1] == " " else k  # "J. P."
                if j - 2 < scan or text[j - 1] != "." or not "A" <= text[j - 2] <= "Z" or \
                        j >= 3 and (text[j - 3].isalnum() or text[j - 3] == "_"):
                    break
                k = j - 2
            end = i + len(name)
            initials = text[k:word_end]
            if k < word_end and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] in "._-")) \
                    and not any(a in initials for a in (  # places, not people
                    "U.S.", "U.K.", "E.U.", "U.N.", "N.Y.", "D.C.", "L.A.", "S.F.", "N.J.",
                    "U.A.E.")) and \
                    (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                yield initials
                scan = end
        i = text.find(name, i + 1)


ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}
ORDINAL_RE = re.compile(  # the lookahead (first characters) only speeds the scan up
    r"\b(?=[efnst\d])"
    r"(" + "|".join(ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\b(?![-‑ ](?:largest|biggest|"
    r"quarter|half|time|generation|place|annual|party|round|tier|ever))", re.I)
_NUMERIC_ORDINAL = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")


def ordinal_value(word: str) -> int | None:
    """'fifth' -> 5, '12th' -> 12, else None."""
    w = word.lower()
    if w in ORDINALS:
        return ORDINALS[w]
    m = _NUMERIC_ORDINAL.fullmatch(w)
    return int(m.group(1)) if m else None

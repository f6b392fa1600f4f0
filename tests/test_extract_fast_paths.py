"""The extractor's fast paths find exactly what the plain regexes they replace find.

Each speed-up in loaders/ (a look-ahead on first letters, a scan from a literal, a
search from where a name occurs) must not change a match. These tests compare each
fast path with its plain form on sentences in our own words and on random strings
built from the characters that matter to it.
"""

from __future__ import annotations

import random
import re

import pytest

from loaders import companies, dates, event_words, events, facilities, places, relations, text

SENTENCES = [
    "Intel Corp. opened its third chip plant outside Phoenix, Arizona, on Tuesday.",
    "Kestrel Labs, a Berlin-based chip startup, raised $40 million in a Series B round.",
    "The company said it will build a new data center in Osaka by March 2026.",
    "AMD and Nvidia are racing to catch up with rivals such as Intel and Qualcomm.",
    "Analysts said the fab would help Samsung keep pace; TSMC declined to comment.",
    "Construction began last month — the first phase is expected to finish in 2027.",
    "Orvella Systems agreed to buy Zentra Corp for $1.2bn, while Acme partnered with Initech.",
    "Jane Austin, the chief executive, said the Austin campus employs 2,000 people.",
    "The twelfth site, a 300-megawatt campus, went live on 4 May 2025 in Malta, New York.",
    "Shares of Oracle fell after the news; its arch-rival SAP was little changed.",
    "ITS FIRST FAB IN DRESDEN OPENED IN 2021, THE SECOND-LARGEST IN EUROPE.",
    "Both Microsoft and Google have regions in Madrid   Home  World  Tech  Markets",
    "It'll open the R&D center in Hyderabad later this year, vs. a plan for next year.",
]

WORDS = ["Intel", "intel", "INTEL", "the", "The", "opened", "opens", "is", "building",
         "rival", "rivals", "Rivals", "arch-rival", "vs.", "first", "FIFTH", "21st", "2nd",
         "March", "Mar.", "on", "Monday", "last", "year", "2024", "2024-05-06", "$5m",
         "Austin", "Paris", "Jane", "in", "at", "Malta", ",", ".", ";", "—", "'ll", "it",
         "the company", "Texas", "N.Y.", "New York", "Ga.", "data", "center", "campus",
         "research", "lab", "\u212aelvin", "\u0130", "é", "ſecond", "_", "&", "-", "\n", "\t",
         "   ", "  ", " "]


def _random_texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = [rng.choice(WORDS) for _ in range(rng.randint(1, 14))]
        out.append("".join(p + rng.choice(["", " ", " ", ", ", "\n"]) for p in parts))
    return out


TEXTS = SENTENCES + [s.upper() for s in SENTENCES] + [s.swapcase() for s in SENTENCES] + \
    _random_texts(3000, 7)


def _spans(rx: re.Pattern[str], s: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(s)]


def _without_lookahead(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its first-letter look-ahead `(?=[...])` taken out."""
    plain = re.sub(r"\(\?=\[[^\]]+\]\)", "", rx.pattern, count=1)
    assert plain != rx.pattern, rx.pattern
    return re.compile(plain, rx.flags)


LOOKAHEAD_PATTERNS = [
    relations._RIVAL_WORD, relations._THE_TWO, text.ORDINAL_RE, facilities._REFERS,
    facilities._FUTURE, events._ACQ_WORD, *(rx for _k, rx in event_words.TRIGGERS),
    *(rx for _k, rx in facilities._STATUS),
    dates._FULL, dates._MONTH_YEAR, dates._ISO, dates._MONTH_DAY, dates._REL_MONTH,
    dates._YEAR, dates._REL_YEAR, dates._REL_MONTH_WORD, dates._TODAY, dates._WEEKDAY,
]


@pytest.mark.parametrize("rx", LOOKAHEAD_PATTERNS, ids=lambda rx: rx.pattern[:30])
def test_first_letter_lookaheads_change_no_match(rx: re.Pattern[str]) -> None:
    plain = _without_lookahead(rx)
    for s in TEXTS:
        assert _spans(rx, s) == _spans(plain, s), s


def test_sentence_ends_as_one_pattern() -> None:
    combined = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*|[ \t]{3,}")
    for s in TEXTS:
        assert text._ends(s) == _spans(combined, s), s


def test_capitalised_runs_as_written_with_a_leading_word_boundary() -> None:
    tok = companies._CAP_TOKEN
    plain = re.compile(rf"\b{tok}(?:[ ](?:{tok}|&))*")
    for s in TEXTS:
        assert _spans(companies._NAME_GREEDY, s) == _spans(plain, s), s


def test_words_before_a_name() -> None:
    for s in TEXTS:
        for name in ("Austin", "Paris", "Intel", "New York"):
            for spaces, gap in ((False, " "), (True, r"[^\S\n]+")):
                plain = re.compile(rf"\b([A-Z][a-z]+){gap}{re.escape(name)}\b")
                assert list(text.words_before(s, name, spaces)) == \
                    [m.group(1) for m in plain.finditer(s)], (s, name, spaces)


def test_word_alone() -> None:
    for s in TEXTS:
        for first, second in (("Intel", "Corp."), ("Austin", "campus"), ("Kestrel", "Labs")):
            plain = rf"\b{re.escape(first)}\b(?! {re.escape(second)})"
            assert companies._alone(s, first, second) == bool(re.search(plain, s)), s


def test_towns_with_a_state() -> None:
    for s in TEXTS:
        assert [m.span(1) for m in places._town_state_matches(s)] == \
            [m.span(1) for m in places._TOWN_STATE.finditer(s)], s


def test_rivalry_words_in_lowered_text() -> None:
    for s in TEXTS:
        assert [m.span() for m in relations._rival_words(s)] == \
            _spans(relations._RIVAL_WORD, s), s


def test_every_named_facility_word_contains_a_hint() -> None:
    # the hint guards the scans for named kinds (a bare "site" scopes nothing, so it is
    # not one of them and needs no hint)
    for s in TEXTS + ["a hyperscale data center campus", "its artificial intelligence "
                      "research lab", "an availability zone", "a semiconductor fabrication "
                      "plant", "the head quarters", "a battery plant", "an operations center"]:
        for m in facilities._NAMED_KIND_RE.finditer(s):
            assert facilities._KIND_HINT.search(s, m.start(), m.end()), m.group(0)


def test_ordinals_before_a_facility_word() -> None:
    def plain(before: str) -> int | None:
        ms = list(text.ORDINAL_RE.finditer(before[-45:]))
        if not ms or len(before[-45:][ms[-1].end():].split()) > 4:
            return None
        return text.ordinal_value(ms[-1].group(1))

    for s in TEXTS:
        for k in range(0, len(s) + 1, 3):
            assert facilities._ordinal(s[:k]) == plain(s[:k]), s[:k]

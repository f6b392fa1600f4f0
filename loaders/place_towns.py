"""US towns named with their state ("in Malta, New York", "MALTA, N.Y.", "the Lebanon,
Ohio-based maker"): found even where the gazetteer (towns of 5,000 people and more) does
not know them, or knows the name as a country's. Part of `loaders.places`."""

from __future__ import annotations

import re
from collections.abc import Callable

from loaders import geo, lexicon

_US_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|"
               "Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|"
               "Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|"
               "Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|"
               "North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|"
               "South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
               "Wisconsin|Wyoming|" + "|".join(
                   re.escape(a) for a in sorted(geo.STATE_ABBREVIATIONS, key=len, reverse=True)))
# "in Malta, New York", "MALTA, N.Y.", "the Malta, New York-based foundry", "its Malta,
# New York fab": a town named with its state
_TOWN_STATE = re.compile(
    r"(?:\b(?:in|at|near|outside|of|from|its|their|new)\s+|['’]s\s+|^|\n|"
    r"\bthe\s+(?=[A-Z][a-z]+(?: [A-Z][a-z]+)?,\s+[A-Z][\w. ]{1,14}-(?:based|headquartered)\b))"
    r"([A-Z][a-z]+(?: [A-Z][a-z]+)?|[A-Z]{3,}),\s+"
    rf"(?:{_US_STATES})(?![\w])")


# (the lookahead turns most commas away before the long alternation is tried)
_STATE_AFTER_COMMA = re.compile(rf", (?=[A-Z])(?:{_US_STATES})(?![\w])")
_COMMA_STATE = re.compile(rf",\s+(?=[A-Z])(?:{_US_STATES})(?![\w])")  # `_TOWN_STATE`'s tail
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _town_state_matches(text: str) -> list[re.Match[str]]:
    """What `_TOWN_STATE.finditer(text)` gives, found from its ", <state>" tails.

    A scan for the tail (it starts with a comma) is fast; the whole pattern is then
    tried only just before each tail. A match is letters and spaces up to its comma,
    so it cannot start before the run of letters and spaces that ends at the comma.
    """
    out: list[re.Match[str]] = []
    scan = 0  # where `finditer` would go on looking
    for tail in _COMMA_STATE.finditer(text):
        comma, end = tail.span()
        if comma < scan:
            continue
        lo = comma
        while lo > scan and (text[lo - 1] in _ASCII_LETTERS or text[lo - 1].isspace()):
            lo -= 1
        # endpos just past the tail keeps the search short; it could only let an
        # earlier state alternative end one character later, which the check catches
        m = _TOWN_STATE.search(text, lo, end + 1)
        if m is not None and m.end() != end or m is None and text.startswith("-", end):
            m = _TOWN_STATE.search(text, lo)  # ("the Malta, New York-based": see after)
        if m is not None:
            out.append(m)
            scan = m.end()
    return out


_NOT_TOWN_LEADS = frozenset({"The", "A", "An", "Its", "Their", "This", "That", "In", "At", "From"})

# "in Wake County, North Carolina": a county (a parish in Louisiana) is no town
_NOT_TOWNS = (" County", " Parish")


def town_states(text: str, inside: Callable[[int, int], bool]) -> list[tuple[str, int, int]]:
    """(name, start, end) of each US town named with its state that is not a city the
    gazetteer knows (it takes those, with their GeoNames ids), a state, a county, or inside
    a company's name (`inside(start, end)`)."""
    out: list[tuple[str, int, int]] = []
    if not _STATE_AFTER_COMMA.search(text):
        return out  # no ", <state>" anywhere: nothing to look for
    for m in _town_state_matches(text):
        name, start = m.group(1), m.start(1)
        if name.isupper():
            name = name.title()
        first, _, rest = name.partition(" ")
        if rest and first in _NOT_TOWN_LEADS and name not in geo.cities():
            name, start = rest, start + len(first) + 1  # "The Irvine, Calif.-based company"
        if name in geo.cities() and not geo.countries().get(name):
            continue  # a known city: the gazetteer pass takes it, with its GeoNames id
        if name in lexicon.NOT_NAMES or name in geo.subdivisions() or \
                name.endswith(_NOT_TOWNS) or inside(m.start(1), m.end(1)):
            continue
        out.append((name, start, m.end(1)))
    return out

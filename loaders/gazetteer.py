"""One Aho-Corasick pass over an article finds every known name: companies from the
knowledge base, cities, countries, country adjectives and states.

Matching is case-sensitive (news capitalises names; "apple" the fruit is not Apple),
word-bounded, and leftmost-longest, so "Amazon Web Services" wins over "Amazon" and
"Cape Town" over "Cape".
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from loaders import geo
from loaders.kb import KBEntry, KnowledgeBase
from loaders.text import common_letters_first, stand_ins

COMPANY, CITY, COUNTRY, DEMONYM, REGION = "company", "city", "country", "demonym", "region"


# Not frozen (never mutated, hashable all the same): a frozen dataclass takes three
# times as long to build, and an article makes dozens of these.
@dataclass(slots=True, unsafe_hash=True)
class Hit:
    start: int
    end: int
    surface: str
    options: tuple[tuple[str, Any], ...]  # (kind, payload) readings of this surface
    kinds: frozenset[str]  # the kinds among `options`, for quick tests

    def first(self, kind: str) -> Any:
        if kind not in self.kinds:
            return None
        for k, v in self.options:
            if k == kind:
                return v
        return None

    def has(self, kind: str) -> bool:
        return kind in self.kinds


class Gazetteer:
    """Finds known names in text. Build once (about a second), reuse for every article."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        table: dict[str, list[tuple[str, Any]]] = {}

        def add(surface: str, kind: str, payload: Any) -> None:
            opts = table.get(surface)
            if opts is None:
                table[surface] = [(kind, payload)]
            elif (kind, payload) not in opts:
                opts.append((kind, payload))

        for surface, entry in kb.surface_forms():
            for form in _company_variants(surface):
                add(form, COMPANY, entry)
        for name, places in geo.cities().items():
            if name.startswith("The ") and name not in ("The Hague", "The Dalles"):
                continue  # "The Mountain", "The Village": would swallow "The Mountain View
                # company", "The Village Voice" at the start of a sentence
            if name in table:
                # "Google" is an alternate name of Topeka: a known company outranks a
                # city that goes by that name only as an alias
                places = tuple(p for p in places if name in (p.name, geo.fold(p.name)))
                if not places:
                    continue
            add(name, CITY, places)
        demonyms = {n for names in geo.DEMONYMS.values() for n in names}
        for name, code in geo.countries().items():
            add(name, DEMONYM if name in demonyms else COUNTRY, code)
            if name in demonyms and name not in ("American",):
                add(name + "s", DEMONYM, code)  # "the Japanese"
        for name, code in geo.subdivisions().items():
            if len(name) > 2 or name.isupper():
                add(name, REGION, code)
        self._automaton = ahocorasick.Automaton()
        # Stand-in words first, one per common character of text: see `text.stand_ins`.
        for word in stand_ins(table):
            self._automaton.add_word(word, _STAND_IN)
        kinds_of: dict[tuple[str, ...], frozenset[str]] = {}  # a few sets, shared
        for surface in common_letters_first(table):  # a faster pass, same matches
            opts = tuple(table[surface])
            key = tuple([k for k, _ in opts])
            kinds = kinds_of.get(key)
            if kinds is None:
                kinds = kinds_of[key] = frozenset(key)
            self._automaton.add_word(surface, (len(surface), surface, opts, kinds))
        self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Every word-bounded, non-overlapping known name in `text`, leftmost-longest."""
        # (start, -length, value): sorting puts the longest of the names starting at a
        # position first; two entries never tie on both (one surface per length).
        found: list[tuple[int, int, tuple[int, str, tuple[tuple[str, Any], ...],
                                          frozenset[str]]]] = []
        append = found.append
        n = len(text)
        for end_idx, value in self._automaton.iter(text):
            length = value[0]
            if not length:
                continue  # a stand-in word (see `text.stand_ins`)
            start = end_idx - length + 1
            if start and ((c := text[start - 1]).isalnum() or c in "_@"):
                continue
            end = end_idx + 1
            if end < n and ((c := text[end]).isalnum() or c == "_"):
                continue
            append((start, start - end, value))
        found.sort()
        out: list[Hit] = []
        add = out.append
        last_end = -1
        for start, neg_length, (_length, surface, opts, kinds) in found:
            if start >= last_end:
                last_end = start - neg_length
                add(Hit(start, last_end, surface, opts, kinds))
        return out


_STAND_IN: tuple[int, str, tuple[tuple[str, Any], ...], frozenset[str]] = (0, "", (), frozenset())


def _company_variants(surface: str) -> Iterable[str]:
    yield surface
    if len(surface) >= 4 and not surface.isupper() and surface.isascii():
        yield surface.upper()  # "NVIDIA", "ORACLE" in headlines and wire copy
    if len(surface) >= 5 and " " not in surface and surface[1:] != surface[1:].lower() \
            and not surface.isupper() and surface[0].isupper():
        yield surface[0] + surface[1:].lower()  # "GlobalFoundries" written "Globalfoundries"


@functools.cache
def default_gazetteer() -> Gazetteer:
    return Gazetteer(KnowledgeBase.default())


def entry_of(hit: Hit) -> KBEntry | None:
    e = hit.first(COMPANY)
    return e if isinstance(e, KBEntry) else None

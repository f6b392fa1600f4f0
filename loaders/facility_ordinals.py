"""Sites told by an ordinal alone after a site of the kind was named: "It is the fourth
facility for Raxa, which opened its first in Nairobi", "... The company is building a
sixth in Lyon". Part of `loaders.facilities`."""

from __future__ import annotations

import bisect
import re

from loaders.companies import CompanyIndex
from loaders.facility_found import FacilityFound
from loaders.places import PlaceIndex
from loaders.text import Sentence

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth")
_ORDINAL_WORDS = tuple(w + " " for w in _ORDINALS)
# a quick scan: an ordinal right before "in"/"at" and a capital
_ORDINAL_IN = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                         r"tenth) (?:one )?(?:in|at) [A-Z]")
# A verb of its own before the ordinal: "opened its first in X", "is building a fifth in Y"
# (not "an office in Lagos, its first in Africa": that one site described)
_BY_ORDINAL = re.compile(
    r"\b(?P<verb>opened|opens|open|switched on|launched|launches|added|adds|add|built|builds|"
    r"build|building|plans|planned|plan|planning)\s+(?:its|a|an|the)\s+"
    r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:one\s+)?(?:in|at)\s+(?=[A-Z])")
_SUBJECT_GAP = re.compile(r"(?:,?\s*(?:which|that|who|is|was|has|had|have|will|also|since|then|"
                         r"now|later|already|recently|and)\b)*\s*")
_STATUS = {"opened": "opened", "opens": "opened", "open": "opened", "switched on": "opened",
           "launched": "opened", "launches": "opened", "added": "opened", "adds": "opened",
           "add": "planned", "building": "under_construction", "build": "planned",
           "builds": "under_construction", "plans": "planned", "planned": "planned",
           "plan": "planned", "planning": "planned"}


def ordinal_sites(sents: list[Sentence], found: list[FacilityFound],
                  companies: CompanyIndex, places: PlaceIndex) -> list[FacilityFound]:
    """Sites told as "opened its first in X" / "is building a fifth in Y", X a town, of the
    kind of the site `found` last before them (in their sentence or the one before), else
    first after them in their sentence."""
    out: list[FacilityFound] = []
    if not found:
        return out
    starts = [x.start for x in sents]
    near_sites: set[int] = set()  # the sentences holding a site found, and the ones after
    for f in found:
        k = bisect.bisect_right(starts, f.pos) - 1
        near_sites.update((k, k + 1))
    for k in sorted(near_sites):
        if not 0 <= k < len(sents):
            continue
        s = sents[k]
        text = s.text
        if " in " not in text and " at " not in text or \
                not any(w in text for w in _ORDINAL_WORDS) or not _ORDINAL_IN.search(text):
            continue  # (plain substring tests first: a regex scan of every sentence costs)
        lo = sents[k - 1].start if k else s.start
        for m in _BY_ORDINAL.finditer(s.text):
            at = s.start + m.end()
            cities = [c for c in places.cities_in(at, at + 1) if c.start == at]
            near = [f for f in found if lo <= f.pos < s.end and f.kind != "headquarters"]
            if not cities or not near:
                continue
            # the site word before it, else the one after it in its sentence ("which opened
            # its first in Nairobi and has since added a site in Lagos")
            before = [f for f in near if f.pos < s.start + m.start()]
            last = max(before, key=lambda f: f.pos) if before else min(near, key=lambda f: f.pos)
            city = cities[0]
            if last.city is not None and last.city.place.name == city.place.name:
                continue  # "a data center in Lyon ... opened its first in Lyon": that one
            # the subject of the verb ("X, which opened", "and Y is building"), else the
            # operator of that site ("opened A in partnership with Z, and is building a
            # second in B": not Z)
            spans = companies.in_range(s.start, s.start + m.start())
            operator = spans[-1].name if spans and _SUBJECT_GAP.fullmatch(
                s.text, spans[-1].end - s.start, m.start()) else last.operator
            out.append(FacilityFound(
                operator, last.kind, city, city.place.country, _STATUS.get(m.group("verb")),
                _ORDINALS.index(m.group("ord")) + 1, None, None, s, 0.6,
                pos=s.start + m.start("ord")))
    return out

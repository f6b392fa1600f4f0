"""Where a facility word puts its site: the cities, or else the countries and states, the
sentence ties to the word, and second sites told as "one in X". Part of
`loaders.facilities`."""

from __future__ import annotations

import re

from loaders.facility_words import _KIND_HINT, _NAMED_KIND_RE
from loaders.places import CityFound, PlaceIndex
from loaders.text import Sentence

# "followed by one in Singapore", "another in Frankfurt", "close to the existing one in
# Chennai": a second site of the kind just named, at that place
_PROFORM_BEFORE = re.compile(r"\b(?:another|one)\s+(?:in|at|near)\s+(?:the\s+)?$")

# "its second in Chile after Valparaiso", "its third in Japan, after Tokyo and": the earlier
# sites of the same kind
_EARLIER_SITE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                           r"\d+(?:nd|rd|th))\b[^.;()]{0,40}?,?\s+after\s+(?:the\s+ones?\s+in\s+)?"
                           r"(?:[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)*(?:,\s*|\s+and\s+))?$")

_SAME_ONE = re.compile(r"\b(?:the|its|their)\s+(?:only|first|last|\w+est)\s+$", re.I)

_NEXT_TO = re.compile(r"\b(?:close to|near|next to|beside|alongside|adjacent to)\s+"
                      r"(?:the|an?|its)\s+(?:[\w-]+\s+)?$")


def _proform_places(s: Sentence, m: re.Match[str], places: PlaceIndex) -> list[
        tuple[int, CityFound | None, str, str | None, bool, bool]]:
    """Places told as "one in X" after the facility word `m` (no other facility word in
    between): (start, city, country, state, next to the word's own site, existing)."""
    text = s.text
    if ("one " not in text or text.find("one ", m.end(), m.end() + 160) < 0) and \
            ("another " not in text or text.find("another ", m.end(), m.end() + 160) < 0) and \
            ("after " not in text or text.find("after ", m.end(), m.end() + 160) < 0):
        return []  # the common case: no "one"/"another"/"after" after the word
    out: list[tuple[int, CityFound | None, str, str | None, bool, bool]] = []
    end = s.start + m.end()
    countries, regions = places.spans_in(s.start, s.end)
    found: list[tuple[int, CityFound | None, str, str | None]] = [
        (c.start, c, c.place.country, None) for c in places.cities_in(s.start, s.end)
        if c.start >= end]
    found += [(a, None, code, None) for a, _b, code in countries if a >= end]
    found += [(a, None, code, name) for a, _b, name, code in regions if a >= end]
    taken = {a for a, c, _code, _r in found if c is not None} | _qualified(s, places)
    for a, city, code, reg in sorted(found, key=lambda f: f[0]):
        rel = a - s.start
        if rel - m.end() > 160 or city is None and a in taken:
            continue
        earlier = _EARLIER_SITE.search(text, max(0, rel - 70), rel) if city else None
        if earlier and earlier.start() >= m.start() - 45:
            # "its second in Chile after Valparaiso": the first one, there
            out.append((a, city, code, reg, False, True))
            continue
        pro = _PROFORM_BEFORE.search(text, max(0, rel - 25), rel)
        if pro is None or _KIND_HINT.search(text, m.end(), pro.start()) and \
                _NAMED_KIND_RE.search(text, m.end(), pro.start()):
            continue
        lead = text[max(0, pro.start() - 40):pro.start()]
        if _SAME_ONE.search(lead):
            continue  # "the only one in Ireland", "its largest one in Europe": this site
        out.append((a, city, code, reg, bool(_NEXT_TO.search(lead)),
                    lead.rstrip().endswith("existing")))
    return out


# "Palo Alto, California", "Hamburg (Germany)": the town's state or country
_QUALIFIES = re.compile(r",\s*|\s*\(")


def _qualified(s: Sentence, places: PlaceIndex) -> set[int]:
    """Where the state or country of a town named before it starts ("Frankfurt, Germany",
    "Hamburg (Germany)")."""
    cities = places.cities_in(s.start, s.end)
    if not cities:
        return set()
    ends = {c.end: c.place.country for c in cities}
    countries, regions = places.spans_in(s.start, s.end)
    return {a for a, code in [(a, code) for a, _b, code in countries] +
            [(a, code) for a, _b, _n, code in regions]
            if ends.get(a - 2) == code and s.text[a - s.start - 2:a - s.start] in (", ", " (")}


# Places that do not place a site: "its first data center outside the U.S.", "to serve
# customers in Europe", "its first non-US office"
_NOT_SITE_PLACE = re.compile(r"(?:\b(?:outside|beyond|customers|users|clients|businesses)"
                             r"(?:\s+of)?(?:\s+in)?|\bnon-|\b(?:another|one)\s+(?:in|at|near))"
                             r"\s*(?:the\s+)?$")

_NOT_SITE_WORDS = ("outside", "beyond", "customers", "users", "clients", "businesses", "non-",
                   "one ")  # every `_NOT_SITE_PLACE` match holds one ("another" holds "other")


def _not_site_place(text: str, at: int) -> bool:
    """Whether the place starting at `at` of `text` is told as not the site's."""
    lead = text[max(0, at - 30):at]
    return (any(w in lead for w in _NOT_SITE_WORDS) or "other " in lead) and \
        _NOT_SITE_PLACE.search(lead) is not None


_PLACE_LIST_GAP = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*(?:the\s+)?")


def _countries_for(s: Sentence, pos: int, end: int, places: PlaceIndex,
                   plural: bool) -> list[tuple[str, str | None]]:
    """The (country, state) a facility word with no city points to: a country or state
    after it ("in Ohio, Nebraska and Nevada": each, when the word is plural), else an
    adjective right before it ("a Danish hub"), else a country or state just before it."""
    countries, regions = places.spans_in(s.start, s.end)
    if not countries and not regions:
        return _adjective_before(s, pos, places)
    found: list[tuple[int, int, str, str | None]] = [
        (a, b, code, None) for a, b, code in countries if pos - 25 <= a <= end + 80]
    found += [(a, b, code, name) for a, b, name, code in regions if pos - 25 <= a <= end + 80]
    if not found:
        return _adjective_before(s, pos, places)
    towns = _qualified(s, places)
    found = [f for f in sorted(found, key=lambda f: f[0]) if f[0] not in towns
             and not _not_site_place(s.text, f[0] - s.start)]
    after = [f for f in found if f[0] >= end]
    if after and after[0][0] - end > 20:
        adjective = _adjective_on(s, pos, places)
        if adjective:  # "the Dutch plant worries staff in Belgium"
            return [(adjective, None)]
    if after:
        # countries after a plural word each name a site ("data centers stretching from
        # Finland to Taiwan"); states only in a list ("in Ohio, Nebraska and Nevada")
        chain = after[:1]
        for f in after[1:] if plural else ():
            if f[3] is None or _PLACE_LIST_GAP.fullmatch(s.text, chain[-1][1] - s.start,
                                                         f[0] - s.start):
                chain.append(f)
            elif f[3] is not None:
                break
        return list(dict.fromkeys((code, name) for _a, _b, code, name in chain))
    adjective = _adjective_on(s, pos, places)
    if adjective:  # "Indian production facilities", "a Danish hub"
        return [(adjective, None)]
    before = [f for f in found if f[0] < pos]
    if before:
        return [(before[-1][2], before[-1][3])]
    return _adjective_before(s, pos, places)


def _adjective_on(s: Sentence, pos: int, places: PlaceIndex) -> str | None:
    """The country of an adjective on the facility word at `pos` ("a new Danish hub")."""
    return next((c for (a, b, c) in places.adjective_spans if 0 <= pos - b <= 25
                 and _ADJACENT.fullmatch(s.text, b - s.start, pos - s.start)
                 and not _OF_A_COMPANY.match(s.text, b - s.start)), None)


def _adjective_before(s: Sentence, pos: int,
                      places: PlaceIndex) -> list[tuple[str, str | None]]:
    adjective = next((c for (a, b, c) in places.adjective_spans if 0 <= pos - b <= 25
                      and not _OF_A_COMPANY.match(s.text, b - s.start)), None)
    return [(adjective, None)] if adjective else []


# An adjective on a company, not on the site: "The Finnish firm said the plant would ..."
_OF_A_COMPANY = re.compile(r"\s+(?:[\w-]+\s+)?(?:firm|company|group|giant|maker|chipmaker|"
                           r"carmaker|manufacturer|operator|provider|conglomerate|startup|telco|"
                           r"carrier|vendor|supplier|rival|bank|investor)s?\b")


_ADJACENT = re.compile(r"(?:\s+[\w-]+)*?\s+")  # words only, no punctuation


def _cities_for(cities: list[CityFound], pos: int, end: int,
                plural: bool) -> list[CityFound]:
    """The cities a facility word points to: 'in Tokyo' after it, or 'Tokyo' just before."""
    after = [c for c in cities if end <= c.start <= end + 80]
    before = [c for c in cities if 0 <= pos - c.end <= 25]
    adjacent = [c for c in before if pos - c.end <= 2]  # "its Tokyo headquarters"
    if adjacent and plural:
        # "its Frankfurt and Sydney regions": each town of the list before the word
        chain = adjacent[-1:]
        for c in reversed([c for c in cities if c.end <= chain[0].start]):
            if chain[0].start - c.end > 6:
                break
            chain.insert(0, c)
        return chain
    if adjacent:
        return adjacent[-1:]
    if plural:
        return after or before
    if after:
        return [after[0]]
    if before:
        return before[-1:]
    appos = [c for c in cities if 0 < pos - c.end <= 60 and c.appositive]
    if appos:  # "from Singapore, the company's next nearest cloud region"
        return appos[-1:]
    # "Audi has its seat in Ingolstadt, where it unveiled a research hub"
    return [c for c in cities if c.end < pos and c.where][-1:]


# "opened data centers nearby", "is expanding its campus there", "also runs a facility in
# the city": the town the sentence before named
# "on the city's northern edge", "in the city's Pearl District", "on the outskirts of the
# town", "a few kilometres away" (from the site just named) too
_THERE_AFTER = re.compile(r",?\s+(?:there|nearby|in town|"
                          r"(?:in|at) the (?:same )?(?:city|town|area|village)|"
                          r"(?:in|on|at|near) the (?:city|town)['’]s\s|"
                          r"on the (?:edge|outskirts|fringes?) of (?:the )?(?:city|town)|"
                          r"(?:a few|several|two|three|\d+) (?:kilometres|kilometers|km|miles) "
                          r"away|"
                          r"on the same (?:site|plot|campus|land))\b")
_SEAT_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?-(?:based|headquartered)\b")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s+")


def _town_before(s: Sentence, m: re.Match[str], places: PlaceIndex,
                 before: list[Sentence], company_starts: set[int]) -> list[CityFound]:
    """The town of a site told "there", "nearby" or "in the city": the last one named
    before it in its sentence or the three before, not a company's home ("the Lagos-based
    operator", "Singapore's Digital Edge"; `company_starts`: where companies are named),
    or [] if the facility word is not followed so."""
    if not _THERE_AFTER.match(s.text, m.end()):
        return []

    def home(x: Sentence, c: CityFound) -> bool:
        if _not_site_place(x.text, c.start - x.start):
            return True  # "the busiest market outside Lagos": not the town spoken of
        rel = c.end - x.start
        if _SEAT_AFTER.match(x.text, rel):
            return True
        got = _POSSESSIVE_AFTER.match(x.text, rel)
        return got is not None and x.start + got.end() in company_starts

    # "opened its third Mumbai data center, and CtrlS is expanding its campus there"
    here = [c for c in places.cities_in(s.start, s.start + m.start()) if not home(s, c)]
    if here:
        return here[-1:]
    for prev in reversed(before):
        for c in reversed(places.cities_in(prev.start, prev.end)):
            if not home(prev, c):
                return [c]
    return []

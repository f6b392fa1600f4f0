"""Cities and countries named in an article, disambiguated from context.

A city name is taken when the text uses it as a place: after "in", "at", "near",
"-based", before ", <state or country>", or when it is a large city whose name is
not also a common word or a person's name. Among homonyms the one in a country the
article names wins, else the most populous.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from loaders import geo, lexicon
from loaders.companies import CompanyIndex
from loaders.gazetteer import CITY, COUNTRY, DEMONYM, REGION, Hit
from loaders.place_towns import _STATE_AFTER_COMMA, town_states
from loaders.place_towns import _TOWN_STATE as _TOWN_STATE  # read by tests
from loaders.place_towns import _town_state_matches as _town_state_matches  # read by tests
from loaders.text import words_before

# City names that are also words, names or brands: taken only with place context.
AMBIGUOUS_CITIES = {
    "Reading", "Mobile", "Nice", "Split", "Bath", "Orange", "Phoenix", "Wells", "Sale", "Bay",
    "Independence", "Commerce", "Enterprise", "Providence", "Hope", "Liberty", "Industry",
    "Marathon", "Victoria", "Florence", "Austin", "Jackson", "Charlotte", "Eugene", "Irving",
    "Tyler", "Lincoln", "Madison", "Jordan", "Paris", "Sydney", "Dallas", "Mesa", "Aurora",
    "Columbia", "Santa", "Of", "Best", "Van", "Man", "Batman", "Bar", "Golden", "Normal",
    "Surprise", "Temple", "Troy", "Eagle", "Salem", "Union", "Opportunity", "Delta", "Echo",
    "Hamilton", "Wellington", "Albany", "Kent", "Essex", "March", "May", "Bend", "Davis",
    "Lynn", "Warren", "Kingston", "Richmond", "Ontario", "Quebec", "Georgia", "Mercedes",
    "Alexandria", "Santiago", "San", "Sun", "Leon", "Cork", "Deal", "Rugby", "Derby", "Lancaster",
    "Washington", "Boulder", "Pleasanton", "Fremont", "Ferrari", "Nokia", "Mountain", "Cloud",
    "Edge", "Core", "Ashburn", "Pune", "Chandler", "Frisco", "Allen", "Gary", "Elgin", "Wayne",
    "Clinton", "Marion", "Franklin", "Jefferson", "Arlington", "Hudson", "Monroe", "Wilson",
    "Lafayette", "Bristol", "Newport", "Oxford", "Cambridge", "Tempe", "Provo", "Orlando",
    "Nashville", "Plano", "Espoo",
}
# Never a city in English prose, whatever GeoNames says.
NOT_CITIES = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "Asia", "Europe", "Africa", "America", "Americas", "Oceania",
    "University", "Central", "Valley", "Atlantic", "Pacific", "Made", "Can", "Will", "Mark",
    "Page", "Price", "Cost", "Energy", "Power", "Police", "Nation", "Media", "Digital",
    "Friendly", "Mission", "Progress", "Victory", "Unity", "Harmony", "Justice", "Commerce",
    "Enterprise", "Industry", "Opportunity", "Beauty", "Security", "Ocean", "Sky", "Earth",
    "White House", "Harvard", "Stanford", "Yale", "Princeton", "Hollywood", "Pentagon",
    "Capitol", "Downing", "Kremlin", "Center", "Centre", "Hub", "Shaping",
}
# "London, Berlin, and Sydney": a city listed after a city is a city
# (and "London (U.K.), Redwood City (U.S.)": after its country in brackets)
_CITY_LIST_GAP = re.compile(r"\s*(?:\([A-Z][\w. ]{1,20}\)\s*)?(?:,|and|or|&|,\s*and|,\s*or)\s*")
_STRONG_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|from|out of|headquartered in|based in|located in|hub in|office in|"
    r"city of|town of|suburb of)\s+(?:the\s+)?$")
# "moved its headquarters (from Reno) to Austin": tried only where the text before ends in " to "
_MOVED_TO = re.compile(r"\b(?:headquarters|HQ|head office|base|operations|moved|moves|moving|"
                       r"move|relocated|relocates|relocating|relocate|jobs|employees|workers)"
                       r"(?: from (?:[A-Z][\w.-]*,? ){0,3}[A-Z][\w.-]*)? to $")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|at|near|outside|from|to|into|across|around|throughout|of|between|"
    r"headquartered in|based in|located in|hub in|and|or|&)\s+(?:the\s+)?|, )$")
# "suppliers to Chitose", "jobs in Kitakami": a town the story took before, named again
# after a plain preposition (not "south of Paris": the site is not in it)
_NAMED_AGAIN = re.compile(r"\b(?:to|into|in|at|near|from|around|across)\s+$")
_AREAS = ("Area", "Valley")  # "in the Bay Area": an area's name takes "the"
_LOCATIVE_OR_LIST = re.compile(r"(?:\b(?:in|at|near|outside|across|of|and)\s+|,\s*)$")
# A place word after a name ("-based", " area", " plant", "'s downtown"); also a ", Name"
# qualifier in `_PLACE_AFTER`. Both are used with .match(text, pos): no "^" (it would only
# match at the start of the string, never at `pos`).
_PLACE_CUE_AFTER = (r"-based|-headquartered|\s+area\b|\s+region\b|"
                    r"\s+(?:(?:AI|GPU|HPC|R&D|chip|cloud|hyperscale|battery|semiconductor)\s+)?"
                    r"(?:plant|factory|fab|office|headquarters|campus|data ?cent(?:er|re)|"
                    r"site|facility|hub|works|operations|offices|plants|factories)\b|"
                    r"['’]s\s+(?:\w+\s+)?(?:district|suburb|outskirts|city|downtown)")
_PLACE_AFTER = re.compile(rf"\s*,\s*[A-Z][a-z]+|{_PLACE_CUE_AFTER}")
_PLACE_CUE = re.compile(_PLACE_CUE_AFTER)
# "its Ohio campus", "TSMC's second Arizona fab": a state naming the site after it
_SITE_AFTER = re.compile(r"\s+(?:(?:chip|battery|car|assembly|manufacturing|production|"
                         r"semiconductor|AI|cloud)\s+)?(?:plants?|factory|factories|fabs?|"
                         r"offices?|headquarters|HQ|campus(?:es)?|data ?cent(?:er|re)s?|"
                         r"facility|facilities|site|hub|gigafactory|megafab|foundry|"
                         r"research (?:center|centre|lab)|R&D (?:center|centre|hub)|"
                         r"(?:cloud )?region)\b")
# ... told as someone's own site ("its", "X's", "second", "new"), not "a New Jersey
# data center" (anyone's)
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|our|new|planned|proposed|future|first|second|"
                           r"third|fourth|fifth|\d+(?:st|nd|rd|th))|['’]s)\s+$", re.I)
_SCHOOL_OF = re.compile(r"\b(?:University|Institute|College|School|Polytechnic) of\s+(?:the\s+)?$")
_ACADEMIC = re.compile(r"\b(?:professors?|researchers?|scientists?|students?|graduates?|"
                       r"lecturers?|dean|studied|alumn\w+|PhD|doctoral|postdoc\w*|"
                       r"economists?|faculty)\b")
_CAP_BEFORE = re.compile(r"([A-Z][\w.&'-]*)\s$")
_CAP_AFTER = re.compile(r"^\s([A-Z][\w&-]*)")
_STATE_CITIES = {"New York", "Washington"}  # states also named like a big city
_DC_AFTER = re.compile(r",\s*D\.C\.")
_STATE_CODE_AFTER = re.compile(r"^\s*,\s*(?:D\.?C\.?|[A-Z]{2}\b)")
_WHERE_AFTER = re.compile(r"\s*,\s*where\b")
_APPOSITIVE_AFTER = re.compile(r"\s*,\s*(?:the company['’]s|its|their)\s")
_IN_COUNTRY_AFTER = re.compile(r" in (?:the )?([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)\b")
_QUALIFIER_AFTER = re.compile(r"^\s*,\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?)")


@dataclass(slots=True)
class CityFound:
    name: str  # as written in the text
    place: geo.Place
    start: int
    end: int
    confidence: float
    where: bool = False  # followed by ", where": later words of the sentence happen there
    appositive: bool = False  # followed by ", the company's ..." / ", its ...": described


@dataclass(slots=True)
class PlaceIndex:
    cities: list[CityFound]
    countries: dict[str, int]  # ISO code -> offset of first mention
    country_spans: list[tuple[int, int, str]]
    # states and provinces ("in Texas"): they place a site in a country
    region_spans: list[tuple[int, int, str, str]] = field(default_factory=list)
    # country adjectives ("Indian plants"): not countries named, but they place a site
    adjective_spans: list[tuple[int, int, str]] = field(default_factory=list)
    # the city of a dateline ("SEOUL, March 4 (Reuters) -"): named, but where the story
    # was filed, so no rule reads it as a site's or an event's place
    datelines: list[CityFound] = field(default_factory=list)
    _in_range: dict[tuple[int, int], list[CityFound]] = field(default_factory=dict, repr=False)
    _spans_in: dict[tuple[int, int], tuple[list[tuple[int, int, str]],
                                           list[tuple[int, int, str, str]]]] = field(
        default_factory=dict, repr=False)

    def cities_in(self, start: int, end: int) -> list[CityFound]:
        """The cities that start in [start, end), in `cities` order; kept, as the rules
        ask it of the same sentences again and again (callers must not change it)."""
        got = self._in_range.get((start, end))
        if got is None:
            got = self._in_range[start, end] = [c for c in self.cities if start <= c.start < end]
        return got

    def spans_in(self, start: int, end: int) -> tuple[list[tuple[int, int, str]],
                                                      list[tuple[int, int, str, str]]]:
        """The country spans and the state spans that start in [start, end); kept, like
        `cities_in` (callers must not change them)."""
        got = self._spans_in.get((start, end))
        if got is None:
            got = self._spans_in[start, end] = (
                [c for c in self.country_spans if start <= c[0] < end],
                [r for r in self.region_spans if start <= r[0] < end])
        return got


def find_places(text: str, hits: list[Hit], companies: CompanyIndex,
                sentence_starts: set[int]) -> PlaceIndex:
    company_spans = [(s.start, s.end) for s in companies.spans]
    countries: dict[str, int] = {}
    country_spans: list[tuple[int, int, str]] = []
    menus = _place_menus(text, hits)
    adjectives = []
    for h in hits:
        if COUNTRY not in h.kinds and DEMONYM not in h.kinds:
            continue  # most hits are companies and cities: nothing below is for them
        if _inside(company_spans, h.start, h.end) or h.start in menus:
            continue
        if h.has(DEMONYM):
            adjectives.append((h.start, h.end, h.first(DEMONYM)))
        code = h.first(COUNTRY)
        if code is None and h.first(DEMONYM) and COUNT_DEMONYMS:
            code = h.first(DEMONYM)
        if code is None or code in NOT_COUNTRIES or h.surface in NEVER_COUNTRIES:
            continue
        if text.endswith("non-", 0, h.start):
            continue  # "its first non-US office" names no place
        if code != "US" and text.startswith(", ", h.end) and _STATE_AFTER_COMMA.match(text, h.end):
            continue  # "a fab in Malta, New York": a town named like a country
        if h.has(CITY) and not h.has(COUNTRY) and h.surface not in geo.CITY_STATES:
            continue
        if h.surface in geo.AMBIGUOUS_COUNTRIES and \
                not _LOCATIVE.search(text[max(0, h.start - 25):h.start]):
            continue
        if (h.has(DEMONYM) and not h.has(COUNTRY) or h.surface in _NAME_HEADS) and \
                _CAP_AFTER.match(text[h.end:h.end + 20]):
            m = _CAP_AFTER.match(text[h.end:h.end + 20])
            if m and m.group(1) not in lexicon.NOT_NAMES:
                continue  # "American Express", "German Bionic": part of a name
        countries.setdefault(code, h.start)
        country_spans.append((h.start, h.end, code))

    datelines = _datelines(text, countries)
    cities: list[CityFound] = _towns(text, company_spans)
    if "'s " in text or "’s " in text:
        cities = sorted(cities + _owner_towns(text, company_spans, cities),
                        key=lambda c: c.start)
    town_spans = [(c.start, c.end) for c in cities]
    qualifiers = {c.end + 2 for c in cities}  # "Malta, New York": the state after a town
    named: dict[str, geo.Place] = {}  # the towns found so far, by the name written
    code_names = _code_names(text) if "named" in text or "code name" in text else set()
    for h in hits:
        places = h.first(CITY)
        if places is None or _inside(company_spans, h.start, h.end) or \
                _inside(town_spans, h.start, h.end) or h.start in qualifiers:
            continue
        if code_names and h.surface in code_names:
            continue  # 'the code-named "Rome" Epyc chips ... "Rome is fast," he said': the
            # chip all through the article
        if h.surface in _ABBREVIATION_STEMS and text.startswith(".", h.end) and \
                text.endswith(", ", 0, h.start):
            continue  # "Portland, Ore.": the state, not Ore in Nigeria
        if cities and h.has(REGION) and cities[-1].end + 2 == h.start and \
                text.startswith(", ", cities[-1].end) and \
                geo.us_states().get(h.surface) == cities[-1].place.admin1:
            continue  # "Clay, New York": the town's state, not the city
        listed = bool(cities) and bool(_CITY_LIST_GAP.fullmatch(text, cities[-1].end, h.start))
        if listed and h.start == cities[-1].end + 2 and text.startswith(", ", cities[-1].end) \
                and all(p.country != cities[-1].place.country and p.population < 500_000
                        for p in places) and not _LIST_GOES_ON.match(text, h.end):
            continue  # "Santa Rosa City, Laguna": the town's province, no town abroad
        if datelines and any(d.start == h.start for d in datelines):
            continue  # "Tokyo, Japan, May 2, 2025 /PRNewswire/ --": filed there
        if h.surface in _STATE_CITIES and not listed and \
                not _STRONG_LOCATIVE.search(text, max(0, h.start - 30), h.start) and \
                _state_named(text, h):
            continue  # "a fab in Clay, N.Y. ... keeps its New York plan": the state
        found = _city(text, h, places, countries, sentence_starts, listed)
        if found is None and h.surface in named and (
                h.start in sentence_starts
                or _NAMED_AGAIN.search(text, max(0, h.start - 12), h.start)):
            # "Inzai has become the densest cluster", "to draw suppliers to Chitose": the
            # town the story named before
            found = CityFound(h.surface, named[h.surface], h.start, h.end, 0.75)
        if found and not listed and text.endswith((", ", " and ", " or "), 0, h.start) and \
                not _PLACE_AFTER.match(text[h.end:h.end + 40]) and \
                _listed_with_companies(text, h.start, h.end, company_spans):
            found = None  # "Disney, and Buena Vista": a name in a list of companies
        if found:
            cities.append(found)
            named.setdefault(h.surface, found.place)
            if h.surface in geo.CITY_STATES:
                countries.setdefault(geo.CITY_STATES[h.surface], h.start)
    _fullest_names(cities)
    if len(cities) > 1:
        cities = _without_districts(text, cities)
    if "Georgia" in text and any(c.place.country == "GE" for c in cities):
        # "Silknet, Georgia's largest telecoms company ... a data center in Tbilisi": the
        # country, where a town of it is named (not "Atlanta, Georgia", the state)
        for h in hits:
            if h.surface == "Georgia" and COUNTRY in h.kinds and h.start not in menus and \
                    not any(c.end + 2 == h.start for c in cities) and \
                    not _inside(company_spans, h.start, h.end):
                countries.setdefault("GE", h.start)
                country_spans.append((h.start, h.end, "GE"))
    city_spans = [(c.start, c.end) for c in cities]
    regions = [(h.start, h.end, h.surface, h.first(REGION)) for h in hits
               if REGION in h.kinds and len(h.surface) > 2
               and (COUNTRY not in h.kinds or h.surface in NEVER_COUNTRIES)
               and not _inside(company_spans, h.start, h.end)
               and not _inside(city_spans, h.start, h.end)
               and (_LOCATIVE_OR_LIST.search(text[max(0, h.start - 25):h.start])
                    or h.surface.endswith(_AREAS) and text.endswith("in the ", 0, h.start)
                    or _SITE_AFTER.match(text, h.end)
                    and _OWNED_BEFORE.search(text, max(0, h.start - 30), h.start))]
    return PlaceIndex(cities, countries, country_spans, regions, adjectives, datelines)


# A dateline at the start of a line near the top: "SEOUL, March 4 (Reuters) -", "DUBLIN
# (AP) --", "San Francisco, Calif., May 2, 2025 /PRNewswire/ --", "TOKYO -- ".
_DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,3})"
    r"(?P<more>(?:/[A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,2}){1,2})?"  # "PARIS/BENGALURU"
    r"(?P<qual>,\s*[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*){0,2})?"
    r"(?P<date>,?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s*\d{4})?)?"
    r"(?P<agency>\s*\([A-Z][\w .&/-]{1,30}\))?"
    r"(?P<wire>\s*/\s*[A-Za-z -]{0,30}(?:[Nn]ewswire|NEWSWIRE|[Ww]ire|WIRE)\s*/)?"
    r"\s*(?:--|[-–—])\s")
# "Ore" of "Portland, Ore.": a name that is a state's abbreviation without its dot
_ABBREVIATION_STEMS = frozenset(a[:-1] for a in geo.STATE_ABBREVIATIONS)
_LINE_BREAK = re.compile(r"\n\s*")  # and the blank (or masked) run after it
_DATELINE_SPAN = 110  # "San Francisco, Calif., Sept. 12, 2025 /PRNewswire-FirstCall/ --"
_DASHES = (" -", " –", " —", "--", ")-", ")–", ")—")
_DATELINE_LINES = 4  # a dateline opens one of the first lines (after a title, a byline)
_DATELINE_REACH = 800


def _datelines(text: str, countries: dict[str, int]) -> list[CityFound]:
    """The city of the article's dateline, if it has one: written in capitals, or with a
    date, an agency or a wire service, and a dash after it."""
    starts = [0]
    for br in _LINE_BREAK.finditer(text, 0, _DATELINE_REACH):
        starts.append(br.end())
        if len(starts) >= _DATELINE_LINES:
            break
    for start in starts:
        if start >= len(text) or not text[start].isupper():
            continue
        head = text[start:start + _DATELINE_SPAN]
        if not any(dash in head for dash in _DASHES):
            continue  # no dash after a place, date or agency: the common case, found fast
        m = _DATELINE.match(text, start)
        if m is None:
            continue
        written = m.group("city")
        caps = written.isupper() and len(written) > 2
        qual = (m.group("qual") or "").lstrip(", ")
        placed = qual in geo.STATE_ABBREVIATIONS or qual in geo.subdivisions() or \
            qual in geo.countries()  # "Austin, Texas —"
        if not (caps or placed or m.group("date") or m.group("agency") or m.group("wire")):
            continue  # "Intel - the chipmaker", "Tokyo – Fujitsu": no dateline for sure
        out = []
        at = start
        for each in [written, *(m.group("more") or "").split("/")[1:]]:
            caps = each.isupper() and len(each) > 2
            name = " ".join("-".join(p.capitalize() for p in w.split("-"))
                            for w in each.split()) if caps else each
            places = geo.cities().get(name)
            if places and name not in NOT_CITIES:
                out.append(CityFound(name, _choose(places, m.group("qual") or "", countries),
                                     at, at + len(each), 0.8))
            at += len(each) + 1
        if out:
            return out
    return []


# Adjectives ("Japanese carmaker", "in French and German") name languages and
# origins more often than the countries an annotator lists: off by default.
COUNT_DEMONYMS = False
NOT_COUNTRIES = {"AQ"}  # Antarctica is a continent in news, not a market
NEVER_COUNTRIES = {"Georgia"}
# Country names that often open a name ("China Southern", "China Daily"): not the
# country when a capitalised word follows
_NAME_HEADS = {"China"}  # in tech news, the US state far more often than the country
_EDITION = re.compile(r"\s+edition\b")


def _towns(text: str, company_spans: list[tuple[int, int]]) -> list[CityFound]:
    """The US towns named with their state (see `loaders.place_towns`)."""
    return [CityFound(name, geo.Place(0, name, "US", 0, ""), start, end, 0.7)
            for name, start, end in town_states(
                text, lambda a, b: _inside(company_spans, a, b))]


# "at its plant in Ohio's Lordstown", "a fab in Japan's Kumamoto": a town of the state or
# country named before it with a possessive
_OWNER_BEFORE = re.compile(r"\b(?:in|at|near|outside|to|from|into)\s+(?:the\s+)?"
                           r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)$")
_OWNER_TOWN = re.compile(
    r"['’]s\s+(?P<town>(?:(?:New|Fort|Port|San|Santa|Saint|St\.|Mount|North|South|East|West|"
    r"Grand)\s)?[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)(?=[,.;:]|\s+[a-z(]|$)(?!\s+(?:[Ss]tate|"
    r"[Pp]refecture)\b)")  # (not "in Malaysia's Johor state": the state)
_NOT_TOWN_WORDS = frozenset({
    "Department", "Governor", "Senate", "Legislature", "Attorney", "State", "University",
    "Capitol", "Supreme", "Public", "Economic", "Office", "Agency", "Board", "Commission",
    "Assembly", "Parliament", "Ministry", "Government", "Council", "Basin", "Valley", "County",
    "Parish", "River", "Coast", "Region", "Corridor", "Triangle", "Belt", "Park", "Bay"})


def _owner_towns(text: str, company_spans: list[tuple[int, int]],
                 taken: list[CityFound]) -> list[CityFound]:
    """Towns told as a state's or a country's ("in Ohio's Lordstown", "in Japan's Kumamoto"):
    the GeoNames town of that name there, else, in a US state, a town GeoNames does not
    list."""
    out: list[CityFound] = []
    spans = [(c.start, c.end) for c in taken]
    for apostrophe in ("'s ", "’s "):
        i = text.find(apostrophe)
        while i >= 0:
            at, i = i, text.find(apostrophe, i + 3)
            if not text[at + 3:at + 4].isupper():
                continue
            owned = _OWNER_BEFORE.search(text, max(0, at - 40), at)
            m = _OWNER_TOWN.match(text, at) if owned else None
            if owned is None or m is None:
                continue
            found = _owner_town(owned.group(1), m, company_spans, spans)
            if found:
                out.append(found)
    return out


def _owner_town(owner: str, m: re.Match[str], company_spans: list[tuple[int, int]],
                spans: list[tuple[int, int]]) -> CityFound | None:
    """The town `m` matched after "<owner>'s", if it is one (see `_owner_towns`)."""
    name = m.group("town")
    state = geo.us_states().get(owner) if geo.subdivisions().get(owner) == "US" else None
    code = "US" if state else geo.countries().get(owner)
    if code is None or owner in geo.DEMONYMS.get(code, ()) or \
            _inside(company_spans, m.start("town"), m.end("town")) or \
            _inside(spans, m.start("town"), m.end("town")):
        return None
    if name in NOT_CITIES or name in lexicon.NOT_NAMES or \
            not _NOT_TOWN_WORDS.isdisjoint(name.split()) or \
            name in geo.subdivisions() or name in geo.countries():
        return None
    known = geo.cities().get(name)
    if known:
        place = next((p for p in known if p.country == code and
                      (state is None or p.admin1 == state)), None)
    elif state:
        place = geo.Place(0, name, "US", 0, state)
    else:
        place = None
    return CityFound(name, place, m.start("town"), m.end("town"), 0.85) if place else None


def _state_named(text: str, h: Hit) -> bool:
    """Whether the article names a town of the state `h` is also named after ("Clay, N.Y.",
    "Quincy, Washington"), and `h` itself is no such qualifier nor followed by "City"/", D.C."."""
    code = geo.us_states().get(h.surface)
    if code is None or text.startswith((" City", ", D.C", ", DC"), h.end) or \
            text.endswith(", ", 0, h.start):
        return False
    forms = [h.surface] + [a for a, c in geo.STATE_ABBREVIATIONS.items() if c == code]
    for form in forms:
        # "Clay, N.Y.", "Clay, New York, where": a town, not a state or a list ("Boston, New
        # York and Chicago", "Massachusetts, New York, Washington")
        for m in re.finditer(rf"([A-Z][a-z]+), {re.escape(form)}(?![\w])(?! and| or|, [A-Z])",
                             text):
            if m.group(1) not in geo.subdivisions() and m.group(1) not in geo.countries():
                return True
    return False


def _place_menus(text: str, hits: list[Hit]) -> set[int]:
    """Places in site menus: "US edition UK edition", or a line of three or more place
    names with no sentence in it."""
    out: set[int] = set()
    by_line: dict[int, list[Hit]] = {}
    for h in hits:
        if COUNTRY not in h.kinds and DEMONYM not in h.kinds and CITY not in h.kinds:
            continue
        if _EDITION.match(text, h.end):
            out.add(h.start)
        by_line.setdefault(text.rfind("\n", 0, h.start), []).append(h)
    for line_start, group in by_line.items():
        if len(group) < 3:
            continue
        end = text.find("\n", group[-1].end)
        line = text[line_start + 1:end if end >= 0 else len(text)]
        if "." not in line and not re.search(r"\b[a-z]{4,}\b", _MENU_WORDS.sub("", line)):
            out.update(h.start for h in group)
    return out


# the words of a site menu ("Select international site United States UK Italia")
_MENU_WORDS = re.compile(r"\b(?:editions?|international|sites?|select|choose|countr(?:y|ies)|"
                         r"regions?|languages?|your)\b")


_AND_BEFORE = re.compile(r",?\s+(?:and|or)\s+$")
_COMMA_BEFORE = re.compile(r",\s+$")
_COMMA_AFTER = re.compile(r"\s*,\s+")


def _listed_with_companies(text: str, start: int, end: int,
                           company_spans: list[tuple[int, int]]) -> bool:
    """Whether the name at [start, end) is an item of a list of companies: after a
    company and "and" ("Disney, and Buena Vista"), or between two companies' commas
    ("Pronto.ai, Aurora, Nuro"); not "Hejian Software, Shanghai" (where it is)."""
    def ends_company(pos: int) -> bool:
        i = bisect.bisect_left(company_spans, (pos,)) - 1
        return i >= 0 and company_spans[i][1] == pos

    m = _AND_BEFORE.search(text, max(0, start - 8), start)
    if m and ends_company(m.start()):
        return True
    m = _COMMA_BEFORE.search(text, max(0, start - 4), start)
    after = _COMMA_AFTER.match(text, end)
    if m and after and ends_company(m.start()):
        i = bisect.bisect_left(company_spans, (after.end(),))
        return i < len(company_spans) and company_spans[i][0] == after.end()
    return False


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of `spans` (sorted by start, disjoint)."""
    i = bisect.bisect_left(spans, (end,)) - 1
    return i >= 0 and spans[i][1] > start


def _city(text: str, h: Hit, places: tuple[geo.Place, ...], countries: dict[str, int],
          sentence_starts: set[int], listed: bool = False) -> CityFound | None:
    """`h` read as a city, or None; `listed`: it follows another city in a list."""
    if h.has(DEMONYM):
        return None  # "its Thai region": a country's adjective, not a town of that name
    if h.surface in NOT_CITIES or " " in h.surface and not _INSTITUTION.isdisjoint(
            h.surface.split()):
        return None  # a school GeoNames lists as a place ("Tufts University")
    before = text[max(0, h.start - 30):h.start]
    after = text[h.end:h.end + 40]
    if after.startswith("@") or after.startswith("-based") and _PRODUCT_BASED.match(after):
        return None  # "Rosetta@home", "Bow-based Pod systems": a project, a product
    if _MACHINE_AFTER.match(after) or before.endswith(_QUOTES_OPEN) and \
            _QUOTED_PRODUCT.match(after):
        return None  # "its Corona supercomputing cluster", 'its "Denver" processors': a
        # machine's or a chip's name (code names: `_code_names`)
    if after.startswith(" d") and _LONGER_NAME_AFTER.match(after) or \
            before.endswith(" of ") and _REGION_OF.search(before):
        return None  # "Villanueva de Gallego": a longer name; "the state of Rio Grande do
        # Sul": a state
    if after.startswith(" ") and _STATE_AFTER.match(after):
        return None  # "in Chihuahua state", "Iwate Prefecture": the state, not its capital
    if before.endswith(("'s ", "’s ")) and _DISTRICT_AFTER.match(after):
        return None  # "in Tokyo's Minato ward", "Shanghai's Xuhui district": a part of it
    if _SCHOOL_OF.search(before) and (_ACADEMIC.search(text, max(0, h.start - 90), h.start)
                                      or _ACADEMIC.search(after)):
        return None  # "a professor at the University of Toronto": a school's name (a site
        # "at the University of Edinburgh" is in the city)
    strong = listed or bool(_STRONG_LOCATIVE.search(before)) or bool(_PLACE_AFTER.match(after)) \
        or before.endswith(" to ") and bool(_MOVED_TO.search(text, max(0, h.start - 60), h.start)) \
        or bool(_WHERE_AFTER.match(after)) \
        or bool(_DC_AFTER.match(after))  # "Nashville, where ...", "Washington, D.C."
    if strong and not listed and "," in after[:3] and _comma_name_only(text, before, after):
        strong = False  # "Pronto.ai, Aurora, NuTonomy": a list of names, not "Aurora, Colorado"
    locative = strong or bool(_LOCATIVE.search(before))
    cap_before = _CAP_BEFORE.search(before)
    if cap_before and h.start not in sentence_starts:
        word = cap_before.group(1)
        word_start = h.start - len(before) + cap_before.start(1)
        opens_sentence = word_start in sentence_starts and word not in lexicon.GIVEN_NAMES
        if word not in lexicon.NOT_NAMES and not word.endswith((",", ".", "'s", "’s")) \
                and not opens_sentence and word not in _POWER_UNITS:
            return None  # "Jane Austin", "Greater Manchester United": part of a longer name
    cap_after = _CAP_AFTER.match(after)
    if cap_after and cap_after.group(1) not in ("City",) and \
            not _PLACE_CUE.match(after) and not (  # ("its Frankfurt AI data center")
            listed and after.startswith(("'s", "’s"), cap_after.end())):
        # "Tokyo Stock Exchange", "Paris Hilton" (but "Sao Paulo and Rio de Janeiro Uber's
        # two biggest cities": a listed city before another name's possessive)
        return None
    state = h.first(REGION) in ("US", "CA", "AU")
    if (state or h.has(COUNTRY)) and h.surface not in geo.CITY_STATES and \
            h.surface not in ("New York",):
        if not _STATE_CODE_AFTER.match(after) or h.has(COUNTRY):
            return None  # a state or a country, not its city namesake
    place = _choose(places, after, countries)
    renamed = False  # a name that still needs place context, as an alias does
    surface_key = geo.fold(h.surface)
    if after.startswith(" in ") and (m_in := _IN_COUNTRY_AFTER.match(after)):
        code = geo.countries().get(m_in.group(1))
        if code and code != place.country:
            # "the University of Surrey in England", "Hamilton in New Zealand": the
            # homonym in that country, if there is one
            there = tuple(p for p in places if p.country == code)
            if not there:
                return None
            place = there[0]
    place_key = geo.fold(place.name)
    if not place_key.startswith(surface_key):
        # "Waterloo": GeoNames' old name of Austin, but a city of its own name is meant
        own = tuple(p for p in places if p.population >= 50_000 and
                    geo.fold(p.name) == surface_key)
        if own:
            place, renamed = _choose(own, after, countries), True
            place_key = surface_key
    if place.population < 100_000 and _NAME_POSSESSIVE.match(after):
        return None  # "King's Cross", "Obama's National Security Council": a longer name
    if place.population < 1_000_000 and (not strong or _only_comma_after(before, after)
                                         or before.endswith(_PERSON_LEADS)
                                         or after.startswith(("'s ", "’s "))
                                         and not _PLACE_AFTER.match(after)) \
            and not listed and _surname_here(text, h.surface):
        # "Geoff Hinton ... Hinton said", "... as well as Hinton, Google's Li": a person's
        # name in this article
        return None
    ambiguous = h.surface in AMBIGUOUS_CITIES or h.surface.split()[0] in lexicon.GIVEN_NAMES
    # a name GeoNames lists only as another name of the city ("Torn" for Torun,
    # "Trident"...) needs place context: as a word it is far more often something else
    alias = renamed or not place_key.startswith(surface_key) and \
        not _respelt(h.surface, place.name)  # "Frankfurt", "Marrakech" are fine
    if alias and _LONGER_NAME_AFTER.match(h.surface, len(place.name)) and \
            h.surface.startswith(place.name):
        return None  # "Rio Grande do Sul", GeoNames' other name of Rio Grande: the state
    if ambiguous or alias and len(h.surface.split()) == 1 or place.population < 100_000:
        if not strong:
            return None
    if h.start in sentence_starts and not locative and place.population < 1_000_000:
        return None
    conf = 0.9 if locative else 0.75
    name = h.surface
    if name.endswith(" City") and geo.fold(name[:-5]) == geo.fold(place.name):
        name = place.name  # "Santa Rosa City": Santa Rosa
    if place.admin1 == "DC" and _DC_AFTER.match(after):
        name += ", D.C."  # the city goes by its full name: "a Washington, D.C. suburb"
    return CityFound(name, place, h.start, h.end, conf,
                     where=bool(_WHERE_AFTER.match(after)),
                     appositive=bool(_APPOSITIVE_AFTER.match(after)))


def _respelt(surface: str, name: str) -> bool:
    """Whether `surface` is `name` spelt another way ("Marrakech" for Marrakesh): as long
    within a letter, the same but for the last two letters."""
    a, b = geo.fold(surface), geo.fold(name)
    return len(a) >= 6 and abs(len(a) - len(b)) <= 1 and a[:len(a) - 2] == b[:len(a) - 2]


def _only_comma_after(before: str, after: str) -> bool:
    """Whether the only place cue is a capitalised word after a comma ("Hinton, Google"),
    which a person's name in a list has too; "Wakefield, Yorkshire plant" has another."""
    m = _COMMA_CAP.match(after)
    return m is not None and not _STRONG_LOCATIVE.search(before) and \
        not (before.endswith(" to ") and _MOVED_TO.search(before)) and \
        not _PLACE_CUE.match(after, m.end()) and \
        m.group(1) not in geo.subdivisions() and m.group(1) not in geo.countries()


_LONGER_NAME_AFTER = re.compile(r" (?:de|del|de la|do|da|dos|das|di|du|des) [A-Z]")
_REGION_OF = re.compile(r"\b(?:state|province|prefecture|region|county|department|"
                        r"municipality) of\s*$", re.I)
_STATE_AFTER = re.compile(r" (?:state|State|prefecture|Prefecture)\b(?! (?:of|[A-Z]))")
_DISTRICT_AFTER = re.compile(r" (?:ward|district|borough)\b")
# "a 20 MW Lyon data center": a unit of power, not the first word of a longer name
_POWER_UNITS = frozenset({"MW", "GW", "MWh", "GWh", "TW", "TWh"})
_COMMA_CAP = re.compile(r"\s*,\s*([A-Z][a-z]+)")
_INSTITUTION = frozenset({"University", "College", "Institute", "School"})
_MACHINE_AFTER = re.compile(r"\s+(?:supercomput\w*|exascale)\b")
_QUOTES_OPEN = ("\"", "“", "‘", "'")
# 'code-named "Milan"', "codenamed Sapphire Rapids", "under the code name Genoa"
_CODE_NAME = re.compile(r"\b(?:[Cc]ode-?named|[Cc]odenamed|[Cc]ode name)\s+[\"“‘']?"
                        r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})")


def _code_names(text: str) -> set[str]:
    """The code names the article gives: never a city anywhere in it."""
    return {m.group(1) for m in _CODE_NAME.finditer(text)}


_QUOTED_PRODUCT = re.compile(r"[\"”’']\s+(?:[\w-]+\s+){0,3}(?:processors?|chips?|CPUs?|GPUs?|"
                             r"platforms?|architectures?|cores?|servers?|supercomput\w*)\b")
_PRODUCT_BASED = re.compile(r"-based\s+(?:[A-Z][\w-]*\s+){0,2}(?:chips?|systems?|processors?|"
                            r"servers?|designs?|cores?|platforms?|devices?|machines?|pods?|GPUs?|"
                            r"CPUs?|cards?|graphics)\b(?!\s+(?:[\w-]+\s+)?(?:designers?|makers?|"
                            r"company|companies|startups?|firms?|providers?|vendors?|developers?|"
                            r"manufacturers?|giants?|suppliers?|business|outfit|specialists?|"
                            r"group|unicorn|integrators?|operators?|maker|ventures?|start-ups?)\b)"
                            r"(?!(?<=processor)\s+of\b)(?!(?<=processors)\s+of\b)")
_NAME_POSSESSIVE = re.compile(r"['’]s\s+[A-Z][a-z]+")
# Words a person's name takes as well as a place's: "according to Hinton", "training from
# Lee", "a talk by Wright". With the name after a given name elsewhere in the article
# ("Dan Wright"), they make no place.
_PERSON_LEADS = ("according to ", " from ", " by ", " with ", " told ", " said ")


def _without_districts(text: str, cities: list[CityFound]) -> list[CityFound]:
    """`cities` less the districts told by the city after them ("in Fairview, Quezon City",
    "in Whitefield, Bengaluru"): a name with no place in the big city's country, or only a
    far smaller one, before ", <city>" that no list goes on from."""
    out = []
    for a, b in zip(cities, [*cities[1:], None], strict=True):
        if b is not None and b.start == a.end + 2 and text.startswith(", ", a.end) and \
                b.place.population >= 500_000 and b.name not in _STATE_CITIES and \
                b.name not in geo.us_states() and b.name not in geo.subdivisions() and \
                not _LIST_GOES_ON.match(text, b.end) and \
                max((p.population for p in geo.cities().get(a.name, ())), default=0) < 300_000:
            there = [p for p in geo.cities().get(a.name, ()) if p.country == b.place.country]
            if not there or max(p.population for p in there) * 10 < b.place.population:
                continue  # a district of b
        out.append(a)
    return out


# "Boston, New York and Chicago": a list of cities, no district
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or|&)\s+(?:[a-z]+\s+)?[A-Z]|"
                           r",\s*[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?(?:,|\s+and\b)")


def _fullest_names(cities: list[CityFound]) -> None:
    """One place written two ways ("New York" and "New York City") goes by the fuller, or
    by its own name where the other is another name for it ("its Tambore campus in
    Barueri": GeoNames gives the district's name to the town)."""
    longest: dict[int, str] = {}
    for c in cities:
        gid = c.place.geonames_id
        if gid and len(c.name) > len(longest.get(gid, "")):
            longest[gid] = c.name
    for c in cities:
        gid = c.place.geonames_id
        if gid and geo.fold(c.name) == geo.fold(c.place.name) and \
                not geo.fold(longest[gid]).startswith(geo.fold(c.name)):
            longest[gid] = c.name  # its own name, not one GeoNames gives it besides
    for c in cities:
        if c.place.geonames_id:
            c.name = longest[c.place.geonames_id]


def _surname_here(text: str, name: str) -> bool:
    for word in words_before(text, name):
        if word not in lexicon.NOT_NAMES and word not in ("In", "At", "Near"):
            return True
    i = text.find(name)
    while i > 0:  # "RK Anand", "J. Anand": initials before the name
        if _INITIALS_BEFORE.search(text, max(0, i - 6), i):
            return True
        i = text.find(name, i + 1)
    return False


_INITIALS_BEFORE = re.compile(r"(?:^|[\s(])(?:[A-Z]\.\s?){1,2}$|(?:^|[\s(])[A-Z]{2} $")


def _comma_name_only(text: str, before: str, after: str) -> bool:
    """Whether the place cue is only a comma and a capitalised word that is no state,
    country, city or abbreviation ("Aurora, NuTonomy" in a list of firms)."""
    m = _COMMA_CAP.match(after)
    if m is None or _STRONG_LOCATIVE.search(before) or \
            before.endswith(" to ") and _MOVED_TO.search(before):
        return False
    if after.startswith(".", m.end()):
        return False  # "Hillsboro, Ore."
    q = _QUALIFIER_AFTER.match(after)
    return not any(word in geo.subdivisions() or word in geo.countries() or word in geo.cities()
                   for word in {m.group(1), q.group(1) if q else ""})  # "United Kingdom"


def _choose(places: tuple[geo.Place, ...], after: str, countries: dict[str, int]) -> geo.Place:
    """The homonym the context points to: a following state/country, a country the
    article names, else the most populous."""
    m = _QUALIFIER_AFTER.match(after)
    if m:
        qual = m.group(1).rstrip(".")
        code = geo.countries().get(qual)
        abbreviated = geo.STATE_ABBREVIATIONS.get(m.group(1))  # "Richmond, Va."
        region = "US" if abbreviated else geo.subdivisions().get(qual)
        state = abbreviated or (geo.us_states().get(qual) if region == "US" else None)
        top_us = max((p.population for p in places if p.country == "US"), default=0)
        for p in places:
            if code and p.country == code:
                return p
            if region and p.country == region and (state is None or p.admin1 == state) and \
                    not (qual in _STATE_CITIES and p.population * 5 < top_us):
                # "London, Ontario", "Troy, New York"; but "Boston, New York and Chicago"
                # is a list, not the small Boston in New York state
                return p
    top = places[0]
    if top.country in countries:
        return top
    for p in places[1:]:
        if p.country in countries and p.population * 5 >= top.population:
            return p
    for p in places[1:]:
        # tech news is mostly about the US: "Santa Clara" is California's, not Cuba's
        if p.country == "US" and p.population * 3 >= top.population:
            return p
    return top

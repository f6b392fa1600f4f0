"""Facilities: sites a named company operates or will operate, read sentence by sentence.

A sentence names a facility when it has a facility word ("data center", "cloud
region", "fab", "plant", "headquarters", "R&D center", "-based" ...) and a company
that can operate it. The operator is the company the sentence makes the subject
(a possessive "X's new fab", else the nearest company before the facility word, else
the article's main company when the sentence says "the company" or "it"); the city
is the place the sentence puts it in.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from loaders import dates
from loaders.companies import CompanyIndex, Span
from loaders.places import CityFound, PlaceIndex
from loaders.text import ORDINAL_RE, Sentence, ordinal_value
from loaders.triggers import Triggers

# (kind, pattern); the first pattern that matches at a position wins.
_KINDS: list[tuple[str, str]] = [
    ("rnd_center", r"R&D (?:cent(?:er|re)|facility|hub|lab(?:oratory)?|site|base|office)s?|"
                   r"research (?:and development )?(?:cent(?:er|re)|lab(?:oratory|oratories)?|"
                   r"facility|hub|institute|campus|office)s?|"
                   r"(?:AI|artificial intelligence|innovation|development|engineering|design|"
                   r"technology|tech) (?:research )?(?:cent(?:er|re)|lab(?:oratory)?|hub)s?|"
                   r"\blabs?\b(?= in )"),
    ("data_center", r"(?:hyperscale |AI |cloud )?data[ -]?cent(?:er|re)s?(?! regions?\b)"
                    r"(?: campus(?:es)?)?|"
                    r"server farms?|colocation (?:facility|facilities|site)s?|data halls?|"
                    r"supercomputer(?: cent(?:er|re))?s?"),
    ("cloud_region", r"(?:cloud |infrastructure |local |new |data ?cent(?:er|re) )?regions?\b|"
                     r"availability zones?"),
    ("fab", r"(?:chip|semiconductor|wafer|foundry) (?:fab(?:rication)?|plant|factory|facility)"
            r"(?:ies)?s?|\bfabs?\b|\bfoundry\b|\bmegafab\b"),
    ("factory", r"(?:giga)?factor(?:y|ies)|(?:assembly |manufacturing |production |car |"
                r"battery |vehicle |engine )?plants?\b|manufacturing (?:facility|facilities|site|"
                r"hub|base)s?|production (?:facility|facilities|site|line)s?|assembly lines?"),
    ("headquarters", r"headquarters|head ?quarters|head office|\bHQ\b"),
    ("campus", r"\bcampus(?:es)?\b"),
    ("office", r"\boffices?\b(?! (?:of|for|365|suite|software|space market|politics))|"
               r"(?:tech|engineering|regional|sales|operations|software) (?:hub|cent(?:er|re))s?"),
    ("hub", r"\bhubs?\b(?! (?:of|for)\b)"),  # its kind comes from the sentence: `_hub_kind`
    # a bare "site" or "facility": a site of its own only with a place and a status verb
    # ("opened a new test site in Palo Alto"); its kind comes from the sentence
    ("site", r"(?=[sf])(?<![\w-])(?<![Tt]he )(?<![Tt]his )(?<![Tt]hat )(?:site|facility)\b"),
]
_KIND_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _KINDS))
# The named kinds only: an earlier facility word that scopes a status verb, or a site a
# "one in X" may follow (a bare "site" is too vague to do either)
_NAMED_KIND_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _KINDS if k != "site"))
# Every match of `_NAMED_KIND_RE` contains one of these: where none is, it need not be run.
_KIND_HINT = re.compile(
    "R&D|research|cent|lab|hub|server|colocation|data hall|supercomputer|region|zone|fab|"
    "foundry|factor|plant|facilit|manufacturing|production|assembly|quarters|HQ|campus|office")
# How far into a match of `_NAMED_KIND_RE` its first hint can start at most ("artificial
# intelligence lab": 24 characters; tests/test_speed_equivalence.py checks every phrase).
_HINT_LEAD = 32


def _named_kinds(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches of `_NAMED_KIND_RE.finditer(text, pos, endpos)`, found faster.

    Its alternatives start with no common letter, so the regex engine tries each of
    them at every position. A match holds a hint (`_KIND_HINT`, a quick scan) that
    starts at most `_HINT_LEAD` characters into it: the leftmost match at or after
    `pos` starts no earlier than that before the first hint there, and the search can
    start there (a lookbehind still sees the text before it).
    """
    while True:
        hint = _KIND_HINT.search(text, pos, endpos)
        if hint is None:
            return
        m = _NAMED_KIND_RE.search(text, max(pos, hint.start() - _HINT_LEAD), endpos)
        if m is None:
            return
        yield m
        pos = m.end()


_REGION_CONTEXT = re.compile(r"\b(?:cloud|AWS|Azure|availability zones?|data ?cent(?:er|re)s?|"
                             r"infrastructure|latency|Web Services|GCP|OCI)\b", re.I)
# "The company will add a region in Nairobi": in a cloud story, a region with a determiner
# and a place after it is a site even when its own sentence says nothing of clouds.
_SITE_REGION = re.compile(r"\b(?:a|an|its|their|new|first|second|third|\w+th)\s+(?:new\s+)?"
                          r"regions?\s+(?:in|at)\s+[A-Z]")
_DESCRIBED = re.compile(r"-based\s+(?:[\w-]+\s+)?$")
_MODIFIER = re.compile(
    r"[ -](?:chips?|GPUs?|CPUs?|processors?|accelerators?|business(?:es)?|markets?|revenue|"
    r"products?|customers?|segment|industry|sales|networking|workloads?|equipment|hardware|"
    r"software|group|division|demand|spending|capacity market|operators|providers|space|"
    r"efficiency|energy|power|output|jobs|workers|staff|employees|closures?|managers?|"
    r"technology|technologies|solutions|services|platforms?|systems|portfolio|growth)\b")
_HYPOTHETICAL_WORDS = ("if ", "If ", "unless", "Unless", "whether", "Whether")  # a fast scan
_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;.]{0,60}$")
_YOUR = re.compile(r"\b[Yy]our\s+(?:own\s+)?(?:[\w-]+\s+)?$")
_ROLE_BEFORE = re.compile(r"\b(?:be|become|becoming|became|as)\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,2}$")
_NOT_OFFICE = re.compile(r"(?:box|back|Oval|post|home|head|front|district|patent|field|"
                         r"government|attorney|press|foreign|statistics|auditor) office", re.I)

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
        r"came online|comes online|came on ?line|inaugurat\w+|"
        r"(?:became|is|now) (?:fully )?operational|switched on|unveiled its new|"
        r"cut the ribbon|debuted|now available|is available|are available|became available|"
        r"officially open|has set up|set up)\b", re.I)),
    ("planned", re.compile(
        r"\b(?=[ceimpsw])"
        r"(?:plans? to|planning|planned|proposed|propos\w+|considering|consider|considers|"
        r"intends? to|weighing|mulling|exploring|could build|would build|may build|might build|"
        r"eyeing|scouting)\b", re.I)),
    ("announced", re.compile(
        r"\b(?=[acdiprstuw])"
        r"(?:announc\w+|unveil\w+|revealed|will (?:open|build|launch|set up|establish|invest|"
        r"construct|add|create|house|be)|would (?:open|build|launch|set up|establish|invest|"
        r"construct|add|create)|to (?:open|build|launch|set up|establish|construct)|"
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
        r"(?:began|begun|started) (?:building|work on|construct\w+))\b", re.I)),
    ("opened", ("began", "begun", "begin", "start"), re.compile(
        r"\b(?:began|begun|begins?|started|starts?) (?:(?:mass |volume |commercial )?production|"
        r"operating|operations)\b", re.I)),
    ("planned", ("plan",), re.compile(
        r"\bplans? (?:a|an|its|two|three|four|five|several|another)\b", re.I)),
    ("acquired", ("acqui", "buys", "purchase"), re.compile(
        r"\b(?:acquires|acquiring|acquisition of|buys|purchase of)\b", re.I)),
    # money put into a site it has: "will invest £1 billion in its Sunderland plant"
    ("expanded", ("invest",), re.compile(
        r"\binvest(?:s|ed|ing)?\b(?:[^,;.]|[.,]\d){0,40}?\b(?:in|into|at) "
        r"(?:its|their|the company's) "
        r"(?!new|planned|proposed|future|upcoming|first|second|third|next)", re.I)),
    ("planned", ("aim", "hope", "looking", "seek", "talks"), re.compile(
        r"\b(?:aims?|aiming|hopes?|(?:is|are) looking|seeks?|seeking|in talks) to "
        r"(?:build|open|set up|establish|construct|develop|add|create|locate)\b", re.I)),
]


@dataclass(slots=True)
class FacilityFound:
    operator: str
    kind: str
    city: CityFound | None
    country: str | None
    status: str | None
    ordinal: int | None
    capacity: str | None
    investment: str | None
    sentence: Sentence
    confidence: float
    also: list[Sentence] = field(default_factory=list)  # other sentences that tell it
    pos: int = -1  # offset of the facility word
    region: str | None = None  # state or province when no city is named
    weak_status: bool = False  # the status comes from an adjective ("a new fab"), no verb
    plural: bool = False  # told with a plural word ("its data centers")
    cancelled: bool = False  # told as called off: no site anyone will operate
    generic: bool = False  # told only as a "site" or "facility"
    proform: bool = False  # told as "one in X" after another site's word
    twin: bool = False  # ... "next to the existing one in X": a second site at X


def _kind_matches(sents: list[Sentence],
                  trig: Triggers) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Facility words, tried only where a facility stem starts (or up to two words
    before it, for "R&D center", "chip plant"), each reported once."""
    starts = [s.start for s in sents]
    seen: set[int] = set()
    for pos in trig.positions["facility"]:
        i = bisect.bisect_right(starts, pos) - 1
        s = sents[i]
        rel = pos - s.start
        candidates = [m.start() for m in _WORD_START.finditer(s.text, max(0, rel - 30), rel)]
        for q in [*candidates[-2:], rel]:
            if s.text[q:q + 2] not in _KIND_STARTS:
                continue  # no facility word starts so: the match would fail
            m = _KIND_RE.match(s.text, q)
            if m and m.end() > rel:
                if s.start + m.start() not in seen:
                    seen.add(s.start + m.start())
                    yield s, m
                break


_WORD_START = re.compile(r"(?<![\w&-])[\w&]")
# The first two characters of every match of `_KIND_RE` (tests/test_speed_equivalence.py
# checks them against all the phrases it can match): a set look-up is quicker than a
# failed match.
_KIND_STARTS = frozenset([
    "AI", "HQ", "R&", "ar", "as", "av", "ba", "ca", "ch", "cl", "co", "da", "de", "en", "fa",
    "fo", "gi", "he", "hu", "hy", "in", "la", "lo", "ma", "me", "ne", "of", "op", "pl", "pr",
    "re", "sa", "se", "si", "so", "su", "te", "ve", "wa"])


def find_facilities(sents: list[Sentence], trig: Triggers,
                    companies: CompanyIndex, places: PlaceIndex,
                    main_company: str | None) -> list[FacilityFound]:
    """Facilities in the sentences `trig` (see loaders.triggers) flags as naming one."""
    out: list[FacilityFound] = []
    for i in trig["based"]:
        out.extend(_based(sents[i], companies, places, main_company))
    last_operator: dict[str, str] = {}  # "the factory" refers to the last one named
    for s, m in _kind_matches(sents, trig):
        kind = m.lastgroup or "other"
        if kind == "site" and (not _placed(s, places)
                               or _NOT_A_SITE.search(s.text, max(0, m.start() - 14), m.start())
                               or _NOT_A_SITE_AFTER.match(s.text, m.end())):
            continue
        word = m.group(0)
        if kind == "office" and (_NOT_OFFICE.search(s.text[max(0, m.start() - 12):m.end()])
                                 or word[0].isupper() and m.start() > 0):
            continue
        if kind == "cloud_region" and not _REGION_CONTEXT.search(s.text) and not (
                _SITE_REGION.search(s.text, max(0, m.start() - 12), m.end() + 8)
                and any(_REGION_CONTEXT.search(x.text) for x in sents)):
            continue
        if kind == "factory" and re.search(r"\bplants?\b", word) and re.search(
                r"\b(?:power|nuclear|coal|gas|solar|treatment|desalination)\s+$",
                s.text[max(0, m.start() - 15):m.start()], re.I):
            continue
        if _MODIFIER.match(s.text, m.end()):
            continue  # "data center chips", "factory output": a market, not a site
        if kind == "fab" and word == "foundry" and \
                _ROLE_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
            continue  # "to become a foundry for other chip designers": a business
        if ("your" in s.text or "Your" in s.text) and \
                _YOUR.search(s.text, max(0, m.start() - 25), m.start()):
            continue  # "tools that work in your own data center": the reader's
        if _DESCRIBED.search(s.text, max(0, m.start() - 30), m.start()):
            continue  # "OpenAI, a San Francisco-based research lab": what it is, not a site
        found = _facility(s, m, kind, companies, places, main_company,
                          last_operator.get(kind))
        out.extend(found)
        for f in found:
            last_operator[f.kind] = f.operator
    parents = {name: (e.entry.parent if e.entry else None)
               for name, e in companies.entities.items()}
    return _dedupe(out, parents)


_BASED_BEFORE = re.compile(r"-(?:based|headquartered)\b")
_BASED_AFTER = re.compile(r"\b(?:is |are |was )?(?:currently )?(?:[Bb]ased|[Hh]eadquartered|"
                          r"located) in\b")


def _based(s: Sentence, companies: CompanyIndex, places: PlaceIndex,
           main_company: str | None) -> list[FacilityFound]:
    """A headquarters: 'San Francisco-based Asana', 'OpenAI, a San Francisco-based lab',
    'Atlanta, Georgia-based FSLogix', 'Asana, which is based in San Francisco',
    'Headquartered in Raleigh, North Carolina, Red Hat ...'."""
    out = []
    spans = companies.in_range(s.start, s.end)
    cities = places.cities_in(s.start, s.end)
    text = s.text

    def add(op: str, city: CityFound) -> None:
        out.append(FacilityFound(op, "headquarters", city, city.place.country, None, None,
                                 None, None, s, 0.8))

    for m in _BASED_BEFORE.finditer(text):
        pos = s.start + m.start()
        # the city ends at the hyphen, or before a ", State" / ", Country" qualifier
        city = next((c for c in cities if c.end == pos or (
            c.end < pos and _QUALIFIER.fullmatch(text[c.end - s.start:m.start()]))), None)
        if city is None:
            continue
        after = next((sp for sp in spans if 0 <= sp.start - (s.start + m.end()) < 40), None)
        lead = text[:city.start - s.start]
        appos = _APPOSITION_BEFORE.search(lead)
        op = None
        if appos:  # "OpenAI, a San Francisco-based research lab"
            op = next((sp.name for sp in reversed(spans) if sp.end <= city.start and
                       s.start + appos.start() - sp.end <= 2), None)
        if op:
            pass
        elif after:
            op = after.name
        elif main_company and _COMPANY_NOUN_AFTER.match(text, m.end()):
            op = main_company  # "the San Francisco-based company"
        if op:
            add(op, city)
    for m in _BASED_AFTER.finditer(text):
        pos = s.start + m.start()
        city = next((c for c in cities if 0 <= c.start - (s.start + m.end()) < 4), None)
        if city is None:
            continue
        if _SITE_BEFORE_BASED.search(text, max(0, m.start() - 50), m.start()):
            continue  # "its first cloud region in South Africa, based in Johannesburg"
        op = next((sp.name for sp in reversed(spans) if 0 <= pos - sp.end < 100), None)
        if op is None and m.start() < 3:  # "Headquartered in Raleigh, N.C., Red Hat ..."
            op = next((sp.name for sp in spans if sp.start > city.end), None)
        if op:
            add(op, city)
    return out


# a facility word right before ", based in": the site is what is based there
_SITE_BEFORE_BASED = re.compile(
    r"\b(?:regions?|data ?cent(?:er|re)s?|campus|fabs?|plants?|factory|factories|offices?|"
    r"facility|facilities|labs?|laboratory|cent(?:er|re)s?|hubs?|sites?)\b"
    r"(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?,?\s*$")
_QUALIFIER = re.compile(r",\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")
_APPOSITION_BEFORE = re.compile(r"\s*,\s+(?:a|an|the)\s+$")
_COMPANY_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:company|startup|firm|giant|maker|"
                                 r"provider|lab|group|business)\b")


def _site_kind(sentence: str) -> str:
    """A bare "site" or "facility" is what the sentence says it holds: servers, a
    production line, else a site of another kind."""
    for kind, rx in _HUB_CONTEXT[1:]:
        if rx.search(sentence):
            return kind
    return "other"


def _placed(s: Sentence, places: PlaceIndex) -> bool:
    """Whether the sentence names a city, country or state (a bare "site" needs one)."""
    countries, regions = places.spans_in(s.start, s.end)
    return bool(places.cities_in(s.start, s.end) or countries or regions)


# "web site", "news sites", "on-site", "the site of", "site visits": no site of a company;
# "the site", "this facility": one named before
_NOT_A_SITE = re.compile(r"\b(?:web|news|dating|job|social|shopping|review|booking|"
                         r"e-commerce|video|media|porn|gambling|betting|Web|[Tt]he|[Tt]his|"
                         r"[Tt]hat)\s+(?:[\w-]+\s+)?$")
_NOT_A_SITE_AFTER = re.compile(r"\s+(?:of|visits?|licen[cs]es?|reliability|traffic|"
                               r"administrators?|owners?|users?|visitors?|search)\b", re.I)


def _hub_kind(sentence: str) -> str:
    """A "hub" is what the sentence says it does: R&D, data, making things, or an office."""
    for kind, rx in _HUB_CONTEXT:
        if rx.search(sentence):
            return kind
    return "office"


_HUB_CONTEXT = [
    ("rnd_center", re.compile(r"\b(?:develop\w*|research\w*|R&D|engineer\w*|innovation|AI|"
                              r"self-driving|autonomous|lab|camera|design\w*)\b")),
    ("data_center", re.compile(r"\b(?:data ?cent(?:er|re)s?|cloud|server|colocation)\b", re.I)),
    ("factory", re.compile(r"\b(?:manufactur\w*|production|assembl\w*|plant)\b", re.I)),
]


# A kind word after "in/inside/outside the" and at most two modifiers, with no place
# named: the kind in general ("power use in the data centers"), not one site.
_IN_THE_KIND = re.compile(r"\b(?:[Ii]n|[Ii]nside|[Oo]utside|[Ww]ithin|[Tt]hroughout|[Aa]cross)"
                          r" the (?:[\w-]+ ){0,2}$")


def _facility(s: Sentence, m: re.Match[str], kind: str, companies: CompanyIndex,
              places: PlaceIndex, main_company: str | None,
              last_operator: str | None = None) -> list[FacilityFound]:
    generic = kind == "site"
    if kind == "hub":
        kind = _hub_kind(s.text)
    elif generic:
        kind = _site_kind(s.text)
    pos = s.start + m.start()
    spans = companies.in_range(s.start, s.end)
    operator = _operator(s, pos, spans, main_company, kind, companies)
    referred = False  # the operator is the one of the site named just before
    if last_operator and _THE_SITE.search(s.text, max(0, m.start() - 4), m.start()) and (
            not spans or spans[0].start > pos and _ABOUT_LEAD.search(
                s.text, max(0, spans[0].start - s.start - 14), spans[0].start - s.start)):
        # "The factory in Trollhaettan", "... is at the centre of rumours about GM's cuts":
        # the one just named
        operator, referred = last_operator, True
    elif last_operator and operator != last_operator and \
            any(s.text.find(w, max(0, m.start() - 30), m.start()) >= 0 for w in _OBJECT_WORDS) \
            and _OBJECT_SITE.search(s.text, max(0, m.start() - 30), m.start()):
        # "Panasonic is investing in equipment for the new factory": the one just named
        operator, referred = last_operator, True
    if operator is None:
        return []
    ent = companies.entities.get(operator)
    if kind == "factory" and ent and ent.entry and ent.entry.sector == "semiconductor":
        kind = "fab"  # a chipmaker's "factory" is a fab
    elif kind == "campus" and _DATA_CAMPUS.search(s.text, max(0, m.start() - 40), m.end() + 40) \
            or kind == "campus" and ent and ent.entry and ent.entry.sector == "datacenter":
        kind = "data_center"  # "a 200-megawatt campus", "an AI campus", Equinix's campus
    word = m.group(0)
    plural = word.endswith("s") and not word.lower().endswith(("headquarters", "campus"))
    cities = places.cities_in(s.start, s.end)
    if kind == "headquarters" and _MOVE.search(s.text):
        # "moved its headquarters from Palo Alto to Denver": the old seat is not a site
        cities = [c for c in cities if not s.text.endswith("from ", 0, c.start - s.start)]
    others = _proform_places(s, m, places) if "one " in s.text or "another " in s.text \
        else []  # "a hub in Oslo, followed by one in Riga"
    if others:
        cities = [c for c in cities if not any(
            c.start == o[0] and not o[4] for o in others)]
    cities = _cities_for(cities, pos, s.start + m.end(), plural)
    if cities and cities[0].start - (s.start + m.end()) > 20 and places.adjective_spans:
        adjective = _adjective_on(s, pos, places)
        if adjective and all(c.place.country != adjective for c in cities):
            cities = []  # "the Swedish factory ... worries its workers in Ruesselsheim"
    country = None
    region = None
    targets: list[tuple[str, str | None]] = []  # (country, state) of each site named
    if not cities:
        targets = _countries_for(s, pos, s.start + m.end(), places, plural)
        if targets:
            country, region = targets[0]
    if generic and not (cities or country):
        return []  # (as below, known before the status is read)
    if not (cities or country) and not referred and _IN_THE_KIND.search(
            s.text, max(0, m.start() - 40), m.start()):
        return []  # "chips that run inside the data centers": the kind in general, no site
    op_end = max((sp.end for sp in spans if sp.name == operator and sp.end <= pos),
                 default=s.start)
    operators = [operator]
    if plural:  # "Both Amazon and Microsoft have regions in India": a site each
        operators = _coordinated_with(s, spans, operator, pos) or operators
    # the status verb of an earlier facility word in the sentence is not this one's:
    # "is opening a new lab in Paris ... spans its offices in New York"
    lo = op_end - s.start
    if s.text.startswith(("'s ", "’s "), lo) and m.start() - lo < 40:
        # "Construction began last month on Amazon's data center": the owner is no
        # subject, the noun before it tells what is happening to the site
        op_start = next(sp.start for sp in spans if sp.end == op_end) - s.start
        nominal = _NOMINAL_BEFORE.search(s.text, max(0, op_start - 50), op_start)
        if nominal:
            lo = nominal.start()
    for prev in _named_kinds(s.text, lo, m.start()):
        between = s.text[prev.end():m.start()]
        # not the same phrase ("fabrication plant"), nor a coordinated object sharing
        # the verb ("to open a second office, in Berlin, and an R&D center in Porto")
        if len(between) > 3 and not _COORDINATED.fullmatch(between):
            lo = prev.end()
    rare_status, cancel_words = _sentence_hints(s.text)
    status = _status(s.text[lo:m.end() + 40], m.start() - lo, rare_status)
    cancelled = cancel_words and _cancelled(s.text, lo, m.start(), m.end())
    weak = status == WEAK_ANNOUNCED
    if generic and (weak or status is None or not (cities or country)):
        return []  # "the site", "its facilities": a word for a site told elsewhere
    if not (cities or country) and (
            any(w in s.text for w in _HYPOTHETICAL_WORDS) and
            _HYPOTHETICAL.search(s.text, max(0, m.start() - 70), m.start())
            or word.startswith("supercomputer") and not word.endswith(("center", "centre"))):
        # "should the firm ever choose to build a campus": none yet; "X is a top 10
        # supercomputer": a machine, a site only where it stands
        return []
    if weak:
        status = "announced"
    if status == "opened" and (
            _FUTURE.search(s.text[lo:m.end() + 40])
            or ("pening " in s.text or "aunching " in s.text)
            and _FUTURE_YEAR.search(s.text[lo:m.end() + 40])):
        status = "announced"  # "regions opening in 2020", "will be adding regions"
    ordinal = _ordinal(s.text[max(0, m.start() - 45):m.start()]) or \
        _ordinal_after(s.text[m.end():m.end() + 80])
    if _DIGIT.search(s.text):
        capacity = dates.find_capacity(s.text)
        investment = dates.find_amount(s.text)
    else:  # both read a number: a quick scan spares their slower patterns
        capacity = investment = None
    conf = 0.85 if spans and operator in {sp.name for sp in spans} else 0.6
    proforms = [FacilityFound(operator, kind, city, code, None if existing else status, None,
                              None, None, s, conf, pos=pos, region=reg, weak_status=weak,
                              proform=True, twin=near, cancelled=cancelled)
                for _a, city, code, reg, near, existing in others]
    if not cities:
        # "datacenters in Sweden and Ireland", "in Ohio and Nevada": a site per place named
        each = targets if plural and len(targets) > 1 else [(country, region)]
        return [FacilityFound(op, kind, None, c, status, ordinal, capacity,
                              investment, s, conf, pos=pos, region=r, weak_status=weak,
                              plural=plural, cancelled=cancelled, generic=generic)
                for c, r in each for op in operators] + proforms
    out = [FacilityFound(op, kind, c, c.place.country, status, ordinal, capacity,
                         investment, s, conf, pos=pos, weak_status=weak)
           for c in cities for op in operators]
    if plural:
        # "offices in Wisconsin, Chicago and Los Angeles", "in Boston, the Netherlands and
        # London": a state or a country in the list is a site too, but not the state or
        # country of the town before it ("Palo Alto, California")
        last = max(c.end for c in cities)
        countries, regions = places.spans_in(s.start, s.end)
        listed = [(a, b, code, name) for a, b, name, code in regions] + \
            [(a, b, code, None) for a, b, code in countries]
        for start, stop, code, name in sorted(listed, key=lambda x: x[0]):
            if start > last and s.start <= last and _PLACE_LIST_GAP.fullmatch(
                    s.text, last - s.start, start - s.start):
                last = stop  # "in New York and Silicon Valley": the list goes on
            if s.start + m.end() <= start <= last and \
                    not any(c.start == start or c.place.country == code and _QUALIFIES.fullmatch(
                        s.text, c.end - s.start, start - s.start) for c in cities):
                out.append(FacilityFound(operator, kind, None, code, status, ordinal, capacity,
                                         investment, s, conf, pos=pos, region=name,
                                         weak_status=weak))
    if cancelled:
        for f in out:
            f.cancelled = True
    if generic:
        for f in out + proforms:
            f.generic = True
    return out + proforms


# "followed by one in Singapore", "another in Frankfurt", "close to the existing one in
# Chennai": a second site of the kind just named, at that place
_PROFORM_BEFORE = re.compile(r"\b(?:another|one)\s+(?:in|at|near)\s+(?:the\s+)?$")
_SAME_ONE = re.compile(r"\b(?:the|its|their)\s+(?:only|first|last|\w+est)\s+$", re.I)
_NEXT_TO = re.compile(r"\b(?:close to|near|next to|beside|alongside|adjacent to)\s+"
                      r"(?:the|an?|its)\s+(?:[\w-]+\s+)?$")


def _proform_places(s: Sentence, m: re.Match[str], places: PlaceIndex) -> list[
        tuple[int, CityFound | None, str, str | None, bool, bool]]:
    """Places told as "one in X" after the facility word `m` (no other facility word in
    between): (start, city, country, state, next to the word's own site, existing)."""
    text = s.text
    if ("one " not in text or text.find("one ", m.end(), m.end() + 160) < 0) and \
            ("another " not in text or text.find("another ", m.end(), m.end() + 160) < 0):
        return []  # the common case: no "one"/"another" after the word
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


_QUALIFIES = re.compile(r",\s*")  # "Palo Alto, California": the town's state


def _qualified(s: Sentence, places: PlaceIndex) -> set[int]:
    """Where the state or country of a town named before it starts ("Frankfurt, Germany")."""
    cities = places.cities_in(s.start, s.end)
    if not cities:
        return set()
    ends = {c.end: c.place.country for c in cities}
    countries, regions = places.spans_in(s.start, s.end)
    return {a for a, code in [(a, code) for a, _b, code in countries] +
            [(a, code) for a, _b, _n, code in regions]
            if ends.get(a - 2) == code and s.text[a - s.start - 2:a - s.start] == ", "}
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
                 and _ADJACENT.fullmatch(s.text, b - s.start, pos - s.start)), None)


def _adjective_before(s: Sentence, pos: int,
                      places: PlaceIndex) -> list[tuple[str, str | None]]:
    adjective = next((c for (a, b, c) in places.adjective_spans if 0 <= pos - b <= 25), None)
    return [(adjective, None)] if adjective else []


_ADJACENT = re.compile(r"(?:\s+[\w-]+)*?\s+")  # words only, no punctuation


# "scrapped plans for a data center", "decided not to build the fab", "will not be building
# a headquarters in X", "the plant was cancelled"
_CANCEL_BEFORE = re.compile(
    r"\b(?=[acdinpswo])(?:cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|abandon(?:s|ed|ing)?|"
    r"shelv(?:e|es|ed|ing)|call(?:s|ed|ing)? off|pull(?:s|ed|ing)? the plug on|"
    r"(?:decided|decides|chose|opted|agreed) not to(?: move forward| proceed| go ahead)?|"
    r"(?:will|would|do|does|did) not (?:build|open|be building|be opening|move forward)|"
    r"won['’]t (?:build|open|be building|be opening)|"
    r"no longer (?:build|plans?|open)|(?:is|are|was) not (?:going to )?(?:build|open))\b", re.I)
_CANCEL_AFTER = re.compile(r"[^.;]{0,60}?\b(?:was|were|has been|have been|is|are|got) "
                           r"(?:cancel\w+|scrapped|shelved|abandoned|called off)\b", re.I)
# Every match of `_CANCEL_BEFORE` or `_CANCEL_AFTER` contains one of these.
_CANCEL_HINTS = ("cancel", "scrap", "abandon", "shelv", " off", "plug", " not ", "n't ", "n’t ")
_NOT_PLANNED = re.compile(r"\b(?:plans?|planned|proposed|for|to|its|their|our|the|a|an|new|"
                          r"with|build|open|construct|develop|second|third|more|any|further|"
                          r"additional|"
                          r"\$?[\d.,]+|billion|million|[A-Z][\w-]*)\b")


def _cancelled(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the sentence calls off the site whose word spans [start, end): a cancelling
    verb before it with no other verb in between, or "was cancelled" after it."""
    if _CANCEL_AFTER.match(text, end):
        return True
    found = list(_CANCEL_BEFORE.finditer(text, lo, start))
    if not found:
        return False
    last = found[-1]
    between = text[last.end():start]
    # only nouns, determiners and "planned" between: "cancelled its planned $2 billion fab"
    return len(between) < 60 and not _NOT_PLANNED.sub("", between).strip(" ,'’s-$€£")


def _coordinated_with(s: Sentence, spans: list[Span], operator: str, pos: int) -> list[str]:
    """The companies listed together with `operator` before `pos` ("Both Amazon and
    Microsoft", "carmakers including Hyundai, Toyota and Ford"), or [] if none."""
    before = [sp for sp in spans if sp.end <= pos]
    for i, sp in enumerate(before):
        if sp.name != operator:
            continue
        group = [sp]
        for nxt in before[i + 1:]:  # forward
            if not _NAME_LIST_GAP.fullmatch(s.text, group[-1].end - s.start, nxt.start - s.start):
                break
            group.append(nxt)
        j = i
        while j > 0 and _NAME_LIST_GAP.fullmatch(s.text, before[j - 1].end - s.start,
                                                  before[j].start - s.start):
            j -= 1
            group.insert(0, before[j])
        if len(group) > 1:
            return list(dict.fromkeys(g.name for g in group))
    return []


_NAME_LIST_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


def _operator(s: Sentence, pos: int, spans: list[Span], main_company: str | None,
              kind: str, companies: CompanyIndex) -> str | None:
    before = [sp for sp in spans if sp.end <= pos]
    text = s.text
    if before and pos - before[-1].end <= 1:
        return before[-1].name  # "the Saab factory", "a Tesla plant": the name on the site
    for k in range(len(before) - 1, -1, -1):
        sp = before[k]
        tail = text[sp.end - s.start:pos - s.start]
        if _POSSESSIVE.match(tail) and len(tail) < 60 and "," not in tail:
            # "Alphabet's Google unveiled plans for a data center": the owned company
            # named right after the possessive is the one acting
            owned = before[k + 1] if k + 1 < len(before) else None
            if owned and owned.start - sp.end <= 3 and companies.may_own(sp.name, owned.name):
                return owned.name
            return sp.name
    if before:
        # the nearest company, unless it is an object ("a deal with X", "chips from X") or
        # sits in an apposition ("Lyft, Uber's main rival, opened ...": Lyft)
        for k in range(len(before) - 1, -1, -1):
            sp = before[k]
            lead = text[max(0, sp.start - s.start - 14):sp.start - s.start]
            if _OBJECT_LEAD.search(lead):
                continue
            if k and text.startswith(",", before[k - 1].end - s.start) and \
                    "," in text[sp.end - s.start:pos - s.start]:
                continue
            return sp.name
        if main_company and _REFERS.search(text[:before[0].start - s.start]):
            # "The company signed a deal with Panasonic on the planned battery plant" (but
            # in "as Facebook's CTO said at the company's headquarters" it is Facebook)
            return main_company
        return before[0].name
    after = [sp for sp in spans if sp.start >= pos]
    refers = main_company and _REFERS.search(text[:pos - s.start])
    if after and kind == "headquarters" and not refers:
        return after[0].name  # "the San Francisco headquarters of Acme"
    if refers:
        return main_company  # "the company's new data center", "its first fab"
    if after:
        lead = text[max(0, after[0].start - s.start - 14):after[0].start - s.start]
        if main_company and _OBJECT_LEAD.search(lead) and _REFERS.search(text):
            return main_company  # "..., built with Nvidia, the company's ...": not Nvidia
        if main_company and _COMPARED.search(lead):
            return main_company  # "a lab to rival those run by the likes of Google"
        return after[0].name
    if main_company and not spans and len(text) < 150 and _ITEM_START.match(text):
        return main_company  # a bullet under the story: "A new datacenter in Nevada."
    if main_company and not spans and _DEFINITE.search(text[:pos - s.start]):
        return main_company  # "jobs at the Oxford factory": the story's own site
    return None


_MOVE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|relocat\w+)\b", re.I)
# A campus of servers, not of offices: its power, "AI" or "hyperscale" before it.
_DATA_CAMPUS = re.compile(r"\d\s*-?\s*(?:MW|megawatts?|GW|gigawatts?)\b|"
                          r"\b(?:AI|hyperscale|compute|computing|GPU|server)\s+campus", re.I)
_NOMINAL_BEFORE = re.compile(r"\b(?:[Cc]onstruction|opening|expansion|launch|completion|"
                             r"acquisition|purchase|work|ground)\b[^,;.]{0,25}?"
                             r"\b(?:of|on|at)\s+(?:the\s+)?$")


_OBJECT_WORDS = ("for th", "at th", "into th", "near th", "For th", "At th", "Near th")
_OBJECT_SITE = re.compile(r"\b(?:for|at|into|near)\s+(?:the|this|that)\s+"
                          r"(?:new\s+|planned\s+|proposed\s+|future\s+)?$")
_ABOUT_LEAD = re.compile(r"\b(?:about|over|on|of|from|with|by|for|to)\s+(?:the\s+)?$")
_THE_SITE = re.compile(r"\b(?:the|this|that)\s+$", re.I)
_POSSESSIVE = re.compile(r"^['’]s\b")
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[A-Z][\w-]*\s+){1,2}$")


# A list item: a short line that starts with an article or a verb, not a name.
_ITEM_START = re.compile(r"(?:[-•*–]\s*)?(?:A|An|The|New|Expand\w*|Open\w*|Build\w*|Add\w*)\b")
_REFERS = re.compile(r"\b(?=[it])(?:the company|the firm|the group|the startup|its|it|it's|"
                     r"the company's|the firm's)\b", re.I)
_COMPARED = re.compile(r"\b(?:the likes of|such as|like|than|rivals?|including)\s+$")
_OBJECT_LEAD = re.compile(r"\b(?:with|for|from|by|to|like|including|and|of|than|as|"
                          r"versus|against|rival|rivals)\s+(?:the\s+)?(?:\w+['’]s\s+)?$")


def _cities_for(cities: list[CityFound], pos: int, end: int,
                plural: bool) -> list[CityFound]:
    """The cities a facility word points to: 'in Tokyo' after it, or 'Tokyo' just before."""
    after = [c for c in cities if end <= c.start <= end + 80]
    before = [c for c in cities if 0 <= pos - c.end <= 25]
    adjacent = [c for c in before if pos - c.end <= 2]  # "its Tokyo headquarters"
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
        tied, rares, weak, existing = _LOWER_TIED, _LOWER_RARE, _LOWER_WEAK, _LOWER_EXISTING
    else:
        low = text.lower() if rare_words else ""
        scan = text
        tied, rares, weak, existing = _STATUS_TIED, _STATUS_RARE, _WEAK_ANNOUNCED, _EXISTING
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
    return WEAK_ANNOUNCED if weak.search(scan) and not existing.search(scan) else None


def _lower_twin(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` without re.I, for lowered ASCII text: on such text it finds the spans `rx`
    finds on the text itself, as long as its pattern names no capital letter (checked
    here; an escape like `\\b` is no letter)."""
    if re.search(r"[A-Z]", re.sub(r"\\.", "", rx.pattern)):
        raise ValueError(f"a capital letter in {rx.pattern!r}: no twin for lowered text")
    return re.compile(rx.pattern, rx.flags & ~re.I)


_LOWER_TIED = [(status, _lower_twin(rx), tie) for status, rx, tie in _STATUS_TIED]
_LOWER_RARE = [(status, hints, _lower_twin(rx)) for status, hints, rx in _STATUS_RARE]


_COORDINATED = re.compile(r"[^.;:]{0,50}?(?:,\s*|\s)(?:and|or|as well as)\s[^.;:]{0,30}")
_FUTURE = re.compile(r"\b(?=[celnpstuw'])"
                     r"(?:will|would|'ll|to be|scheduled|slated|set to|expected to|plans? to|"
                     r"planning to|coming|upcoming|next year|later this year)\b", re.I)
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
_WEAK_ANNOUNCED = re.compile(r"\b(?:new|coming|upcoming|future|forthcoming)\b", re.I)
_LOWER_WEAK, _LOWER_EXISTING = _lower_twin(_WEAK_ANNOUNCED), _lower_twin(_EXISTING)


# An ordinal said after the site: "a lab in Nairobi, its first in Africa", "the third such
# facility". A rank ("second-biggest", "its second largest") is not one, nor "the first in
# Spain" (first of anyone's?): "its" + a place preposition, or "the ... such".
_ORD = r"(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
_ORDINAL_AFTER = re.compile(
    rf",\s+(?:its|the company's|the firm's|the group's|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)?['’]s)"
    rf"\s+{_ORD}\s+(?:in|outside|on|across)\b"
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


_ON_CAMPUS = re.compile(r"\b(?:on|at|within)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.&-]+['’]s\s+)?"
                        r"(?:[\w-]+\s+){0,2}$")


def _nearest_kind(found: list[FacilityFound]) -> list[FacilityFound]:
    """'data centers in Africa, launching two regions in Johannesburg': one sentence, two
    facility words, one site per city mention; the word nearest the city names it (and
    its operator). Sites told by one word for several operators all stay."""
    groups: dict[tuple[int, int], list[FacilityFound]] = {}
    rest = []
    for f in found:
        if f.city is None or f.pos < 0:
            rest.append(f)
        else:
            groups.setdefault((f.sentence.start, f.city.start), []).append(f)
    for group in groups.values():
        # "its newest fab became operational on its Ocotillo campus in Chandler": the site
        # on a campus is what the sentence tells, the campus only where it stands
        on = [f for f in group if f.kind == "campus" and _ON_CAMPUS.search(
            f.sentence.text, max(0, f.pos - f.sentence.start - 45), f.pos - f.sentence.start)]
        if on:
            unplaced = [f for f in rest if f.city is None and f.sentence is on[0].sentence
                        and f.operator == on[0].operator and 0 < on[0].pos - f.pos < 120]
            for f in unplaced:
                f.city, f.country, f.region = on[0].city, on[0].country, None
            group = [f for f in group if f not in on] + unplaced
            rest = [f for f in rest if f not in unplaced]
            if not group:
                group = on
        nearest = min(abs(f.city.start - f.pos) for f in group)  # type: ignore[union-attr]
        rest += [f for f in group if abs(f.city.start - f.pos) == nearest]  # type: ignore[union-attr]
    return rest


def _dedupe(found: list[FacilityFound], parents: dict[str, str | None]) -> list[FacilityFound]:
    """One record per site: merge repeats, fold mentions into the site they name, drop
    mentions too vague to be a site. `parents`: company -> its parent, if known."""
    merged = _merge_repeats(_offices_as_labs(
        _to_parent(_nearest_kind(_drop_generic(found, parents)), parents)))
    live = [f for f in merged if not f.cancelled]
    # a called-off site stays for its event (see `loaders.events`), not as a site
    off = [f for f in merged if f.cancelled and (f.city or f.country)]
    return _drop_vague(_drop_region_data_centers(_fold_country_into_city(live), parents),
                       parents) + off


def _drop_generic(found: list[FacilityFound],
                  parents: dict[str, str | None]) -> list[FacilityFound]:
    """A "site" or "facility" where the company (or its parent) has a site of a named kind
    is that site: "its new plant in Ohio ... the site in Ohio"."""
    if not any(f.generic for f in found):
        return found
    named: set[tuple[str, str | None]] = set()
    for f in found:
        if not f.generic:
            for op in (f.operator, parents.get(f.operator)):
                named.add((op or "", f.city.place.name if f.city else None))
                named.add((op or "", f.country))
    return [f for f in found if not f.generic or not (
        (f.operator, f.city.place.name if f.city else f.country) in named
        or (parents.get(f.operator) or "", f.city.place.name if f.city else f.country)
        in named)]


def _offices_as_labs(found: list[FacilityFound]) -> list[FacilityFound]:
    """"the opening of an office in Munich" and "its Munich self-driving hub", "a lab inside
    its existing office in Montreal": one company's office and R&D center in one city are
    told of one site, the R&D center."""
    labs = {(f.operator, f.city.place.name) for f in found if f.kind == "rnd_center" and f.city}
    if labs and any(f.kind == "office" for f in found):
        for f in found:
            if f.kind == "office" and f.city and (f.operator, f.city.place.name) in labs:
                f.kind = "rnd_center"
    return found


def _to_parent(found: list[FacilityFound],
               parents: dict[str, str | None]) -> list[FacilityFound]:
    """"Google adds Mumbai cloud region" and "Google Cloud's Mumbai region": one site told
    by a company and by its unit goes by the company's name."""
    def where(f: FacilityFound) -> tuple[str, str | None, str | None, str | None]:
        return (f.kind, f.city.place.name if f.city else f.region,
                None if f.city else f.country, f.operator)

    if not any(parents.get(f.operator) for f in found):
        return found  # the common case: no unit among the operators
    told = {where(f) for f in found if f.city or f.country}
    for f in found:
        parent = parents.get(f.operator)
        if parent and (f.city or f.country) and where(f)[:3] + (parent,) in told:
            f.operator = parent
    return found


def _merge_repeats(found: list[FacilityFound]) -> list[FacilityFound]:
    seen: dict[tuple[str, str, str | None, str | None, bool], FacilityFound] = {}
    for f in found:
        key = (f.operator, f.kind, f.city.place.name if f.city else f.region,
               None if f.city else f.country, f.twin)
        old = seen.get(key)
        if old is None:
            seen[key] = f
            continue
        old.also.append(f.sentence)
        if f.status and (old.status is None or old.weak_status and not f.weak_status):
            old.status, old.weak_status = f.status, f.weak_status
        old.ordinal = old.ordinal or f.ordinal
        old.capacity = old.capacity or f.capacity
        old.investment = old.investment or f.investment
        old.plural = old.plural and f.plural
        old.cancelled = old.cancelled or f.cancelled
    return list(seen.values())


def _fold_country_into_city(found: list[FacilityFound]) -> list[FacilityFound]:
    """"Hyundai to build second plant in India" (title) is the plant "in Chennai" of the
    body: a country-only site folds into the one city site of its operator, kind, country;
    "U.S. datacenters" are the several ones the story places in that country."""
    in_city: dict[tuple[str, str, str | None], list[FacilityFound]] = {}
    placed: dict[tuple[str, str, str | None], int] = {}  # sites in a city or a state
    for f in found:
        if f.city and not f.twin:  # not "the existing one" the new site is next to
            in_city.setdefault((f.operator, f.kind, f.country), []).append(f)
        if f.city or f.region:
            key = (f.operator, f.kind, f.country)
            placed[key] = placed.get(key, 0) + 1
    out = []
    for f in found:
        if f.plural and not f.city and f.region is None and \
                placed.get((f.operator, f.kind, f.country), 0) > 1:
            continue  # "U.S. datacenters" (title) are the ones in Ohio, Nevada ... below
        twins = in_city.get((f.operator, f.kind, f.country), []) if not f.city else []
        if f.country and f.region is None and len(twins) == 1:
            t = twins[0]
            if f.status and (t.status is None or t.weak_status and not f.weak_status):
                t.status, t.weak_status = f.status, f.weak_status  # as `_merge_repeats`
            t.ordinal = t.ordinal or f.ordinal
            t.investment, t.capacity = t.investment or f.investment, t.capacity or f.capacity
            t.also.append(f.sentence)
            t.cancelled = t.cancelled or f.cancelled
            continue
        out.append(f)
    return out


def _drop_region_data_centers(found: list[FacilityFound],
                              parents: dict[str, str | None]) -> list[FacilityFound]:
    """"the Mumbai datacenter" of a company with a Mumbai cloud region is that region, and
    so are "that set of datacenters in India" (no city, nothing happening to them) of a
    company (or its parent) with a cloud region in India."""
    regions = {(f.operator, f.city.place.name) for f in found
               if f.kind == "cloud_region" and f.city}
    in_country = {(f.operator, f.country) for f in found if f.kind == "cloud_region"}
    return [f for f in found if not (f.kind == "data_center" and (
        f.city and (f.operator, f.city.place.name) in regions
        or not f.city and f.region is None and f.status is None and f.country is not None
        and ((f.operator, f.country) in in_country
             or (parents.get(f.operator), f.country) in in_country)))]


def _drop_vague(found: list[FacilityFound],
                parents: dict[str, str | None]) -> list[FacilityFound]:
    """A site with no place is kept only when it is a site of its own: it has a status,
    it is one ("a factory", not "its data centers"), no sentence telling it names a
    placed site, and its company (or parent or unit) has no placed site of that kind."""
    def family(name: str) -> set[str]:
        return {name} | ({p} if (p := parents.get(name)) else set()) | \
            {c for c, p in parents.items() if p == name}

    # a site told as "one in X" does not make the site it follows vague
    placed = [f for f in found if (f.city or f.country) and not f.proform]
    placed_sentences = {f.sentence.start for f in placed}
    placed_kinds = {(op, f.kind) for f in placed for op in family(f.operator)}
    return [f for f in found if f.city or f.country or (
        f.status and not f.plural and f.sentence.start not in placed_sentences
        and (f.operator, f.kind) not in placed_kinds)]

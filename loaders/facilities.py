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
import re
from collections.abc import Callable

from loaders.companies import CompanyIndex, Span
from loaders.facility_based import _based, _seat_appositions
from loaders.facility_found import FacilityFound as FacilityFound  # loaders.events reads it here
from loaders.facility_merge import _dedupe
from loaders.facility_operator import _CLAUSE_LEAD, _VERB_AFTER, _coordinated_with, _operator
from loaders.facility_operator import _REFERS as _REFERS  # read by tests
from loaders.facility_ordinals import ordinal_sites
from loaders.facility_places import (
    _PLACE_LIST_GAP,
    _QUALIFIES,
    _THERE_AFTER,
    _adjective_on,
    _cities_for,
    _countries_for,
    _proform_places,
    _town_before,
)
from loaders.facility_status import (
    _DIGIT,
    _FUTURE,
    _FUTURE_YEAR,
    WEAK_ANNOUNCED,
    _cancelled,
    _caption,
    _ordinal,
    _ordinal_after,
    _sentence_hints,
    _site_numbers,
    _status,
)
from loaders.facility_status import _STATUS as _STATUS  # read by tests
from loaders.facility_words import _KIND_HINT as _KIND_HINT  # read by tests
from loaders.facility_words import _NAMED_KIND_RE as _NAMED_KIND_RE  # read by tests
from loaders.facility_words import (
    _NOT_A_SITE,
    _NOT_A_SITE_AFTER,
    _hub_kind,
    _kind_matches,
    _named_kinds,
    _site_kind,
)
from loaders.places import PlaceIndex
from loaders.text import Sentence
from loaders.triggers import Triggers

_REGION_CONTEXT = re.compile(r"\b(?:cloud|AWS|Azure|availability zones?|data ?cent(?:er|re)s?|"
                             r"infrastructure|latency|Web Services|GCP|OCI)\b", re.I)


# "The company will add a region in Nairobi": in a cloud story, a region with a determiner
# and a place after it is a site even when its own sentence says nothing of clouds.
_SITE_REGION = re.compile(r"\b(?:a|an|its|their|new|first|second|third|\w+th)\s+(?:new\s+)?"
                          r"regions?\s+(?:in|at)\s+[A-Z]")

_DESCRIBED = re.compile(r"-based\s+(?:[\w-]+\s+)?$")
_DESCRIBES = frozenset({"rnd_center", "office", "hub", "site"})  # words that name a company too

_MODIFIER = re.compile(
    r"[ -](?:chips?|GPUs?|CPUs?|processors?|accelerators?|business(?:es)?|markets?|revenue|"
    r"service(?!s? (?:cent(?:er|re)|area))|"
    r"products?|customers?|segment|industry|sales|networking|workloads?|equipment|hardware|"
    r"software|group|division|demand|spending|capacity market|operators?|providers?|space|"
    r"developers?|compan(?:y|ies)|firms?|startups?|REITs?|"
    r"efficiency|energy|power|output|jobs|workers|staff|employees|closures?|managers?|"
    r"technology|technologies|solutions?|services|platforms?|systems|portfolio|growth|"
    r"servers?|racks?|switches|stacks?|appliances?|boom|build-?outs?|buildings|parks|"
    r"infrastructure|"
    r"machines|designs?|inferencing|inference|architectures?|deployments?|models?|"
    r"functionality|productivity|suites?|floors?|lines?|tours?|cooling|storage|settings?|"
    r"environments?|automation|security|cybersecurity|on-a-\w+|in-a-box|footprint|estate|"
    r"presence|pipeline|offerings?|graphics|trailers?|police|newspapers?|radio|shuttles?|"
    r"visits?|orders?|contracts?|deals?|agreements?|pacts?|partnerships?|booms?|tech|"
    r"procedures|arms?|units?|subsidiar(?:y|ies)|wing)\b")  # "the data centre arm of X"
# "in both data center and consumer graphics markets": the word shares the modifier
_SHARED_MODIFIER = re.compile(r"\s+(?:and|or|&)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=[ -](?:"
                              r"markets?|graphics|chips?|GPUs?|CPUs?|revenues?|business(?:es)?|"
                              r"segments?|products?|customers?|workloads?|software|hardware)\b)")

_CLOSING_QUOTES = frozenset("'’\"”")
_OPENING_QUOTE = re.compile(r"(?:^|[\s(])['‘\"“][^'‘’\"“”]*$")

_DEVICE_HUB = re.compile(r"\b(?:broadband|home|smart|USB|wireless|media|charging|sensor|"
                         r"network|Wi-Fi|WiFi)\s+$", re.I)
_HUBS_SUCH_AS = re.compile(r",?\s+(?:such as|like|including)\s")
# "Northern Arizona University's Flagstaff campus", "campuses like the University of X"
_SCHOOL_CAMPUS = re.compile(r"\b(?:[Uu]niversity|[Cc]ollege|[Ss]chool|[Ii]nstitute)(?:['’]s)?\s+"
                            r"(?:[A-Z][\w-]*\s+){0,2}$|\b(?:academic|university|college|school)"
                            r"\s+$")
_SCHOOL_AFTER = re.compile(r"\s+(?:like|such as|at|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?"
                           r"(?:University|College)\b")
_HYPOTHETICAL_WORDS = ("if ", "If ", "unless", "Unless", "whether", "Whether")  # a fast scan

_HYPOTHETICAL = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\b[^,;.]{0,60}$")

# "a similar site", "a sister facility": a site of the kind named before
_SIMILAR = re.compile(r"\b(?:similar|sister|comparable|identical|twin)\s+$")

# "was also studying a site in Accra": a site looked at, none yet
_WEIGHED = re.compile(r"\b(?:studying|considering|exploring|evaluating|scouting|eyeing|"
                      r"weighing|assessing|looking at)\s+(?:a|an|one|two|several|possible|"
                      r"potential|new|other)?\s*(?:[\w-]+\s+){0,2}$")
_WEIGHED_WORDS = ("studying", "considering", "exploring", "evaluating", "scouting", "eyeing",
                  "weighing", "assessing", "looking at")

# "supercomputer at the National Supercomputer Center", "at Lawrence Livermore": a name
_AT_INSTITUTION = re.compile(r"\s+(?:at|of)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")

# "its existing plant", "Lessonly's existing R&D office": a site there already
_EXISTING = re.compile(r"\bexisting\s+(?:[\w&-]+\s+){0,2}$")

_PRIVATE = re.compile(r"\b(?:[Pp]rivate|[Oo]n-prem(?:ise|ises)?)\s+(?!equity)(?:[\w-]+\s+)?$")

_YOUR = re.compile(r"\b[Yy]our\s+(?:own\s+)?(?:[\w-]+\s+)?$")

_ROLE_BEFORE = re.compile(r"\b(?:be|become|becoming|became|as)\s+(?:a|an|the)\s+"
                          r"(?:[\w-]+\s+){0,2}$")

# "senior vice president of datacenter and embedded at AMD", "head of data centers for
# Google": a job title names a business (not "head of the plant in Leipzig": placed)
_JOB_OF = re.compile(r"\b(?:[Pp]resident|VP|[Hh]ead|[Cc]hief|[Dd]irector|[Mm]anager|[Oo]fficer|"
                     r"[Ll]eader|GM|SVP|EVP)\s+of\s+(?:the\s+)?(?:[a-z]+\s+)?$")

_NOT_OFFICE = re.compile(r"(?:box|back|Oval|post|home|head|front|district|patent|field|"
                         r"government|attorney|press|foreign|statistics|auditor|home and|"
                         r"home or) office", re.I)


def _named_site(s: Sentence, m: re.Match[str], companies: CompanyIndex) -> bool:
    """Whether a capitalised site word ends a name that opens with a company's: "the IBM
    Almaden Research Center", "Samsung Research Lab" (only capitalised words between)."""
    before = companies.in_range(s.start, s.start + m.start())
    return bool(before) and _CAPS_BETWEEN.fullmatch(
        s.text, before[-1].end - s.start, m.start()) is not None


_CAPS_BETWEEN = re.compile(r"(?: [A-Z][\w-]*){0,2} ")


def find_facilities(sents: list[Sentence], trig: Triggers,
                    companies: CompanyIndex, places: PlaceIndex,
                    main_company: str | None) -> list[FacilityFound]:
    """Facilities in the sentences `trig` (see loaders.triggers) flags as naming one."""
    out: list[FacilityFound] = []
    for i in trig["based"]:
        out.extend(_based(sents[i], companies, places, main_company, sents[max(0, i - 2):i]))
    out.extend(_seat_appositions(sents, companies, places, main_company))
    last_operator: dict[str, str] = {}  # "the factory" refers to the last one named
    placed_fab: list[str] = []  # the operators of the fabs named with a place, in order
    told: list[bool] = []  # whether the story is about data centers, once asked

    def server_story() -> bool:
        if not told:
            told.append(any(_SERVER_STORY.search(x.text) for x in sents))
        return told[0]

    # whether the story names a data-center or cloud company at all (most do not)
    servers_named = any(_serves(companies, name) for name in companies.entities)

    def serves(s: Sentence) -> bool:
        """Whether a data-center or cloud company may operate a site the sentence names."""
        return servers_named and any(
            _serves(companies, name) for name in
            [main_company, *(sp.name for sp in companies.in_range(s.start, s.end))])

    for s, m in _kind_matches(sents, trig):
        kind = m.lastgroup or "other"
        if kind == "site" and m.group(0).endswith("s") and not serves(s):
            continue  # bare "sites", "facilities": only a data-center company's (`_facility`)
        if kind == "site" and (not _placed(s, places) and not _THERE_AFTER.match(s.text, m.end())
                               or _NOT_A_SITE.search(s.text, max(0, m.start() - 14), m.start())
                               or _NOT_A_SITE_AFTER.match(s.text, m.end())):
            continue
        word = m.group(0)
        if kind == "office" and (_NOT_OFFICE.search(s.text[max(0, m.start() - 12):m.end()])
                                 or word[0].isupper() and m.start() > 0):
            continue
        if word.startswith("Research") and not _named_site(s, m, companies):
            continue  # "the Pew Research Center": no company's site
        if kind == "cloud_region" and not _REGION_CONTEXT.search(s.text) and not (
                _SITE_REGION.search(s.text, max(0, m.start() - 12), m.end() + 8)
                and any(_REGION_CONTEXT.search(x.text) for x in sents)):
            continue
        if kind == "cloud_region" and word == "region" and _AREA_BEFORE.search(
                s.text, max(0, m.start() - 40), m.start()) and _place_ends_at(
                places, s.start + m.start() - 1):
            continue  # "data centers in the Helsinki region": an area, not a cloud region
        if kind == "factory" and re.search(r"\bplants?\b", word) and re.search(
                r"\b(?:power|nuclear|coal|gas|solar|treatment|desalination)\s+$",
                s.text[max(0, m.start() - 15):m.start()], re.I):
            continue
        if _MODIFIER.match(s.text, m.end()) or s.text.startswith(" of the future", m.end()) \
                or s.text.startswith((" and ", " or ", " & "), m.end()) \
                and _SHARED_MODIFIER.match(s.text, m.end()):
            continue  # "data center chips", "factory output", "the factory of the future":
            # a market or an idea, not a site
        if s.text[m.end():m.end() + 1] in _CLOSING_QUOTES and \
                not s.text.startswith("s", m.end() + 1) and \
                _OPENING_QUOTE.search(s.text, max(0, m.start() - 25), m.start()) and \
                not _placed_after_quote(s, m.end() + 1, places):
            continue  # "its 'pocket office'", "the “Data Center in a Box”": a name in quotes
            # (but 'opened what it calls an "AI factory" in Oslo' is a site, placed)
        if kind == "hub" and _DEVICE_HUB.search(s.text, max(0, m.start() - 12), m.start()):
            continue  # "the broadband hub": a box
        if word.endswith("hubs") and _HUBS_SUCH_AS.match(s.text, m.end()):
            continue  # "innovation hubs such as Boston": the cities are the hubs
        if kind == "campus" and (_SCHOOL_CAMPUS.search(s.text, max(0, m.start() - 40), m.start())
                                 or _SCHOOL_AFTER.match(s.text, m.end())):
            continue  # a school's campus
        if kind == "fab" and word == "foundry" and \
                _ROLE_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
            continue  # "to become a foundry for other chip designers": a business
        if s.text.endswith("of ", 0, m.start()) or s.text.endswith("of the ", 0, m.start()) \
                or " of " in s.text[max(0, m.start() - 30):m.start()]:
            if _JOB_OF.search(s.text, max(0, m.start() - 40), m.start()) and \
                    not _placed_after_quote(s, m.end(), places):
                continue  # "vice president of datacenter at AMD": a business, no site
        if word.startswith("supercomputer") and "cent" not in word:
            inst = _AT_INSTITUTION.match(s.text, m.end())
            if inst and not companies.in_range(s.start + inst.start(1), s.start + inst.end()) \
                    and not places.cities_in(s.start + inst.start(1), s.start + inst.start(1) + 1):
                continue  # "the Tianhe-1 supercomputer at the National Supercomputer Center in
                # Tianjin": the institution's machine, no site of the story's company
        if kind == "data_center" and ("rivate" in s.text or "-prem" in s.text) and \
                _PRIVATE.search(s.text, max(0, m.start() - 24), m.start()):
            continue  # "connect their private datacenter to Google's network": the
            # customers' own servers, no site of a company named
        if ("your" in s.text or "Your" in s.text) and \
                _YOUR.search(s.text, max(0, m.start() - 25), m.start()):
            continue  # "tools that work in your own data center": the reader's
        if kind in _DESCRIBES and _DESCRIBED.search(s.text, max(0, m.start() - 30), m.start()):
            continue  # "OpenAI, a San Francisco-based research lab": what it is, not a site
            # (but "to open a San Francisco-based headquarters" is one)
        earlier = last_operator.get(kind) or (  # "the second fab ... the first plant"
            placed_fab[-1] if kind == "factory" and placed_fab else None)
        if earlier and main_company and earlier != main_company and \
                not companies.in_range(s.start, s.end) and _caption(s.text):
            earlier = main_company  # "Photo: The first data hall at FIN-04": the story's site
        found = _facility(s, m, kind, companies, places, main_company, earlier, server_story,
                          sents)
        if found and kind == "site" and _SIMILAR.search(s.text, max(0, m.start() - 24), m.start()):
            # "Orange said it would open a similar site in Dakar": of the kind told before
            told_before = [f for f in out if 0 <= f.pos < s.start + m.start()]
            if told_before:
                last = max(told_before, key=lambda f: f.pos)
                for f in found:
                    f.kind = last.kind
                    if last.pos >= s.start:  # "FPT, which opened a hub in Hanoi, and a
                        f.operator = last.operator  # sister facility in Japan": FPT's
        out.extend(found)
        for f in found:
            last_operator[f.kind] = f.operator
            if f.city or f.country:  # a chipmaker's placed "plant" is a fab: "the plant" too
                last_operator[kind] = f.operator
                if f.kind == "fab":
                    placed_fab.append(f.operator)
    out.extend(ordinal_sites(sents, out, companies, places))
    parents = {name: (e.entry.parent if e.entry else None)
               for name, e in companies.entities.items()}
    return _dedupe(out, parents)


# "an assembly and test plant", "its HBM packaging plant": a chipmaker's back-end plant,
# a factory, not a wafer fab
_BACK_END = re.compile(r"\b(?:packaging|assembly|test(?:ing)?|ATMP|OSAT)\s+(?:and\s+[\w-]+\s+)?"
                       r"(?:[\w-]+\s+)?(?:plants?|factory|factories|lines?)\b", re.I)


# "a plant in Peoria, which will package chips made at TSMC's fabs", "a plant in Penang
# that will assemble and test its processors": a back-end plant told by what it will do
_BACK_END_AFTER = re.compile(r"\b(?:which|that|where|to)\b[^.;]{0,30}?\b(?:package|packages|"
                             r"assemble|assembles|test|tests)\b[^.;]{0,40}?\b(?:chips|processors|"
                             r"memory|semiconductors|wafers|dies)\b")


def _placed_after_quote(s: Sentence, at: int, places: PlaceIndex) -> bool:
    """Whether the words after a closing quote at `at` (in `s.text`) place the quoted
    site: ' in Oslo', ' at Hoa Lac in Hanoi'."""
    m = _IN_AFTER_QUOTE.match(s.text, at)
    if m is None:
        return False
    pos = s.start + m.end()
    countries, _ = places.spans_in(pos, pos + 1)
    return bool(countries or places.cities_in(pos, pos + 1))


_IN_AFTER_QUOTE = re.compile(r",?\s+(?:in|at|near|outside)\s+")


def _it_stands_for(s: Sentence, sents: list[Sentence], companies: CompanyIndex) -> str | None:
    """The company a sentence opening with "It" / "Its" speaks of: the one that opens the
    sentence just before as its subject ("Green Mountain is also growing. It said it would
    add 30 MW at its site in Stavanger"), or None (then the story's own company)."""
    k = bisect.bisect_left(sents, s.start, key=lambda x: x.start)
    if k == 0 or k > len(sents) or k < len(sents) and sents[k].start != s.start:
        return None
    prev = sents[k - 1]
    got = companies.in_range(prev.start, prev.end)
    if got and got[0].start - prev.start <= 4 and \
            not prev.text.startswith(("'s", "’s"), got[0].end - prev.start):
        return got[0].name
    return None


def _serves(companies: CompanyIndex, name: str | None) -> bool:
    """Whether the company `name` runs data centers or a cloud: so the knowledge base says,
    or its name ("N+ONE Datacenters", "Africa Data Centres", "True IDC")."""
    ent = companies.entities.get(name) if name else None
    if ent is None:
        return False
    if ent.entry is not None:
        return ent.entry.sector in _SERVER_SECTORS
    return name is not None and _SERVER_NAME.search(name) is not None


# ("its largest campus outside Atlanta" may be near it: a superlative only with no noun)
_RANKED_OUTSIDE = re.compile(r"\b(?:(?:first|second|third|fourth|fifth|sixth|only)\b"
                             r"(?:\s+[\w-]+){0,4}?|\w+est(?:\s+one)?)\s+outside\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+(?:of\s+)?)?$")
_SERVER_NAME = re.compile(r"\b(?:[Dd]ata ?[Cc]ent(?:er|re)s?|Datacent(?:er|re)s?|IDC)\b")


# (but "in the north of Dresden" is in it)
_DIRECTION_BEFORE = re.compile(r"(?<!the )\b(?:north|south|east|west)(?:-?(?:east|west))?"
                               r"(?:ern)?\s+"
                               r"(?:of|from)\s+(?:the\s+)?$", re.I)

# "in the Helsinki region", "across the Tokyo region": the place's surroundings
_AREA_BEFORE = re.compile(r"\b(?:in|across|around|throughout|of)\s+the\s+"
                          r"(?:[A-Z][\w.-]*\s+){1,3}$")


def _place_ends_at(places: PlaceIndex, at: int) -> bool:
    """Whether a city, country or state named in the text ends at `at`."""
    countries, regions = places.spans_in(at - 40, at)
    return any(c.end == at for c in places.cities_in(at - 40, at)) or \
        any(b == at for _a, b, _c in countries) or any(r[1] == at for r in regions)


def _placed(s: Sentence, places: PlaceIndex) -> bool:
    """Whether the sentence names a city, country or state (a bare "site" needs one)."""
    countries, regions = places.spans_in(s.start, s.end)
    return bool(places.cities_in(s.start, s.end) or countries or regions)


# A kind word after "in/into/inside/outside the" and at most two modifiers, with no place
# named: the kind in general ("power use in the data centers"), not one site.
_IN_THE_KIND = re.compile(r"\b(?:[Ii]n|[Ii]nto|[Ii]nside|[Oo]utside|[Ww]ithin|[Tt]hroughout|out of|"
                          r"[Aa]cross|[Ff]or|[Bb]eyond|[Tt]o|[Ff]rom|than|away from|"
                          r"[Tt]owards?) the (?:[\w-]+ ){0,2}$")


_ASIDE_AFTER_SITE = re.compile(r"(?:\s+(?:in|at|near)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?,\s+"
                               r"(?:its|their|the|a|an|[A-Z][\w-]*['’]s)\s+[^,;]{3,50},\s+(?=[a-z])")
# "in its Beijing headquarters", "at the company's campus": where something else happens
_VENUE = re.compile(r"\b(?:at|in|inside|from)\s+(?:its|the|their|the company['’]s)\s+"
                    r"(?:[\w-]+\s+){0,3}$")
_SHOWN_AT = re.compile(r"\b(?:launched|launches|unveiled|unveils|announced|announces|debuted|"
                       r"showed off|shows off|demonstrated|presented|introduced)\s+(?!(?:its|a|an|"
                       r"the)\s+(?:[\w-]+\s+){0,3}(?:office|campus|headquarters|lab|plant|"
                       r"factory|fab|cent(?:er|re)|region|site)s?\b)[^,;]{3,80}?\s+(?:at|in|inside|"
                       r"from)\s+(?:its|the|their|the company['’]s)\s+(?:[\w-]+\s+){0,3}$")
_AVAILABLE_IN = re.compile(r"\bavailable\s+(?:[\w-]+\s+){0,3}?(?:in|from|through|via|across)\s+"
                           r"(?:[^,;.]{0,50}\s)?$")
# "delivery services for campuses", "chips for data centers": the kind in general
_FOR_BARE = re.compile(r"\b(?:[Ff]or|[Ii]n|[Ii]nto|[Aa]cross|[Ii]nside|[Ww]ithin)\s+"
                       r"(?:[a-z][\w-]*\s+)?$")
# "back to the office", "at the office": the workplace in general (a site needs a place)
_TO_THE = re.compile(r"\b(?:[Tt]o|[Aa]t|[Ff]rom|[Ii]nto|[Ii]n) the (?:[\w-]+ )?$")


# A story about data centers: a bare "site" of a data-center or cloud company in it is one.
_SERVER_STORY = re.compile(r"\b(?:data ?cent(?:er|re)s?|colocation|hyperscale\w*|server farms?|"
                           r"data halls?|\d+\s*-?\s*(?:MW|megawatts?))\b", re.I)
_SERVER_SECTORS = ("datacenter", "cloud")


def _facility(s: Sentence, m: re.Match[str], kind: str, companies: CompanyIndex,
              places: PlaceIndex, main_company: str | None,
              last_operator: str | None = None,
              server_story: Callable[[], bool] | None = None,
              sents: list[Sentence] | None = None) -> list[FacilityFound]:
    generic = kind == "site"
    placed_only = generic  # a bare "site" is one only where the sentence places it
    several = generic and m.group(0).endswith("s")  # "sites", "facilities": see below
    if kind == "hub":
        kind = _hub_kind(s.text)
    elif generic and not several:
        kind = _site_kind(s.text)
    pos = s.start + m.start()
    spans = companies.in_range(s.start, s.end)
    operator = _operator(s, pos, spans, main_company, kind, companies,
                         s.start + m.end(),
                         _it_stands_for(s, sents, companies) if sents and (
                             s.text.startswith(("It ", "Its "))) else None)
    referred = False  # the operator is the one of the site named just before
    if last_operator and _THE_SITE.search(s.text, max(0, m.start() - 24), m.start()) and (
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
    # a bare site of a data-center or cloud company in a story about data centers
    servers = generic and server_story is not None and _serves(companies, operator) and \
        server_story()
    if several:
        if not servers:
            return []  # bare plurals only of a data-center company in a data-center story
        kind = "site"  # made a data center below
    if kind == "factory" and ent and ent.entry and ent.entry.sector == "semiconductor":
        back_end = _BACK_END.search(s.text, max(0, m.start() - 30), m.end()) or (
            "ackag" in s.text or "ssembl" in s.text or " test" in s.text) and \
            _BACK_END_AFTER.search(s.text, m.end(), m.end() + 110)
        if not back_end:
            kind = "fab"  # a chipmaker's "factory" is a fab (but its packaging plant is not)
    elif kind == "campus" and _DATA_CAMPUS.search(s.text, max(0, m.start() - 40), m.end() + 40) \
            or kind == "campus" and ent and ent.entry and ent.entry.sector == "datacenter":
        kind = "data_center"  # "a 200-megawatt campus", "an AI campus", Equinix's campus
    elif servers and kind in ("other", "data_center", "site"):
        # "Equinix will break ground on a facility in Osaka", "CoreWeave runs two sites in
        # Lancaster" in a data-center story: a data center, told with or without a status
        kind, generic = "data_center", False
    word = m.group(0)
    plural = word.endswith("s") and not word.lower().endswith(("headquarters", "campus"))
    cities = places.cities_in(s.start, s.end)
    if cities and kind != "headquarters" and ("-based" in s.text or "-headquartered" in s.text):
        # "The San Francisco-based firm also runs a facility in Wyoming": a seat, not the site
        cities = [c for c in cities if not _SEAT_AFTER.match(s.text, c.end - s.start)]
    if kind == "headquarters" and _MOVE.search(s.text):
        # "moved its headquarters from Palo Alto to Denver": the old seat is not a site
        cities = [c for c in cities if not s.text.endswith("from ", 0, c.start - s.start)]
    others = _proform_places(s, m, places) if "one " in s.text or "another " in s.text or \
        "after " in s.text else []  # "a hub in Oslo, followed by one in Riga"
    if others:
        cities = [c for c in cities if not any(
            c.start == o[0] and not o[4] for o in others)]
    if cities and "outside " in s.text:
        # "its largest outside Sydney", "the first the company runs outside Madrid": the
        # site is elsewhere
        cities = [c for c in cities if not _RANKED_OUTSIDE.search(
            s.text, max(0, c.start - s.start - 60), c.start - s.start)]
    if len(cities) > 1 and "outside " in s.text:
        # "a lab just outside Lisbon, in the town of Oeiras": the town named after
        cities = [c for c in cities if not (
            s.text.endswith("outside ", 0, c.start - s.start)
            and any(0 < o.start - c.end < 40 for o in cities))]
    if cities and ("of " in s.text or "from " in s.text):
        # "a site south of Seoul", "70 km north of Marrakech": near the town, not in it
        cities = [c for c in cities if not _DIRECTION_BEFORE.search(
            s.text, max(0, c.start - s.start - 24), c.start - s.start)]
    cities = _cities_for(cities, pos, s.start + m.end(), plural)
    if plural and len(cities) > 1:
        # "data centers in the Helsinki region, in Espoo and Vihti": the towns, not the area
        cities = [c for c in cities if c.end - s.start + 1 == m.start() or not s.text.startswith(
            (" region", " area", " metro"), c.end - s.start)] or cities
    if cities and cities[-1].start > pos and len(spans) > 1:
        # "Equinix is converting a warehouse into a data center, while Digital Realty is
        # expanding in Paris": a town of the next clause, whose subject is another company
        subject = _new_subject(s, spans, s.start + m.end(), cities[-1].start)
        if subject is not None and subject[0] != operator:
            cities = [c for c in cities if c.start < s.start + subject[1]]
    if cities and cities[0].start > pos and " than " in s.text[m.end():cities[0].start - s.start]:
        cities = []  # "the campus can offer cheaper power than sites around Sao Paulo"
    if cities and cities[0].start > pos and (" by " in s.text or " that " in s.text) and \
            s.text.endswith(
            (" in ", " at ", " the "), 0, cities[0].start - s.start):
        cities = [c for c in cities if not _OTHERS_PLACE.search(
            s.text, max(0, c.start - s.start - 60), c.start - s.start)]
    if cities and cities[0].start - (s.start + m.end()) > 20 and places.adjective_spans:
        adjective = _adjective_on(s, pos, places)
        if adjective and all(c.place.country != adjective for c in cities):
            cities = []  # "the Swedish factory ... worries its workers in Ruesselsheim"
    there = False
    if not cities and sents and ("the " in s.text or "there" in s.text or "nearby" in s.text
                                 or " town" in s.text or " away" in s.text):
        # "... in Inzai. Digital Edge has opened a data center nearby": that town
        k = bisect.bisect_left([x.start for x in sents], s.start)
        near = sents[max(0, k - 3):k]
        cities = _town_before(s, m, places, near, {
            sp.start for sp in companies.in_range(near[0].start if near else s.start, s.end)})
        there = bool(cities)
    country = None
    region = None
    targets: list[tuple[str, str | None]] = []  # (country, state) of each site named
    if not cities:
        targets = _countries_for(s, pos, s.start + m.end(), places, plural)
        if not targets and "the " in s.text:
            targets = _named_before(s, m, places)
        if targets:
            country, region = targets[0]
    if placed_only and not (cities or country):
        return []  # (as below, known before the status is read)
    if not (cities or country) and not referred and (_IN_THE_KIND.search(
            s.text, max(0, m.start() - 40), m.start()) or kind == "office" and _TO_THE.search(
            s.text, max(0, m.start() - 30), m.start()) or plural and _FOR_BARE.search(
            s.text, max(0, m.start() - 30), m.start())):
        return []  # "chips that run inside the data centers": the kind in general, no site;
        # "staff went back to the office": the workplace, no site
    op_end = max((sp.end for sp in spans if sp.name == operator and sp.end <= pos),
                 default=s.start)
    operators = [operator]
    if plural or _THEIR.search(s.text, max(0, m.start() - 30), m.start()):
        # "Both Amazon and Microsoft have regions in India", "Google, Meta and Salesforce
        # run their European headquarters from Dublin": a site each
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
    # "The 60 MW facility in Johor, its largest in Asia, went live": the verb past an aside
    aside = _ASIDE_AFTER_SITE.match(s.text, m.end()) if s.text.startswith(
        (",", " in ", " at ", " near "), m.end()) else None
    status = _status(s.text[lo:(aside.end() + 30 if aside else m.end() + 40)], m.start() - lo,
                     rare_status)
    if status and _caption(s.text):
        status = None  # "Pictured: its campus in Austin, which opened in 2019": an old photo
    elif status in ("opened", "announced") and _VENUE.search(s.text, max(0, m.start() - 40),
                                                             m.start()) and \
            _SHOWN_AT.search(s.text, max(0, m.start() - 130), m.start()):
        status = None  # "launched Ernie Bot at a media event in its Beijing headquarters":
        # the product is new, the venue is not
    elif status and plural and kind == "cloud_region" and "available" in s.text and \
            _AVAILABLE_IN.search(s.text, max(0, m.start() - 80), m.start()):
        status = None  # "the service will be available in its Frankfurt and Sydney regions":
        # the service is new, the regions are not
    elif status in ("planned", "announced", WEAK_ANNOUNCED) and "existing" in s.text and \
            _EXISTING.search(s.text, max(0, m.start() - 30), m.start()):
        status = None  # "plans to keep Lessonly's existing office in Indianapolis": the
        # site is there already
    cancelled = cancel_words and _cancelled(s.text, lo, m.start(), m.end())
    weak = status == WEAK_ANNOUNCED
    if generic and (weak or status is None or not (cities or country)):
        return []  # "the site", "its facilities": a word for a site told elsewhere
    if any(w in s.text for w in _WEIGHED_WORDS) and \
            _WEIGHED.search(s.text, max(0, m.start() - 60), m.start()):
        return []  # "it was also studying a site in Accra": looked at, not chosen
    if not (cities or country) and (
            any(w in s.text for w in _HYPOTHETICAL_WORDS) and
            _HYPOTHETICAL.search(s.text, max(0, m.start() - 70), m.start())
            or any(w in s.text for w in ("cost", "Cost", "take", "Take", "took",
                                         "Build", "Constr", "Open", "Run", "Equip"))
            and _COSTS_TO_BUILD.search(
                s.text, max(0, m.start() - 90), m.start())):
        # "should the firm ever choose to build a campus": none yet; "it costs $10 billion
        # to build a fab": any fab
        return []
    if not cities and word.startswith("supercomputer") and "cent" not in word:
        return []  # "X is the top U.S. supercomputer": a machine, a site only in its town
    if plural and word.startswith("supercomputer") and "cent" not in word and \
            _MADE_BEFORE.search(s.text, max(0, m.start() - 40), m.start()):
        return []  # "a factory in Fort Worth to make Nvidia supercomputers": a product
    if plural and (status is None or weak) and not referred and _kind_in_general(s.text, m):
        return []  # "operators of data centers struggle to find power in Virginia"
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
        capacity, investment = _site_numbers(s.text, m.start(), [
            (sp.start - s.start, sp.end - s.start) for sp in spans if sp.name != operator])
    else:  # both read a number: a quick scan spares their slower patterns
        capacity = investment = None
    conf = 0.85 if spans and operator in {sp.name for sp in spans} else 0.6
    proforms = [FacilityFound(operator, kind, city, code, None if existing else status, None,
                              None, None, s, conf, pos=pos, region=reg, weak_status=weak,
                              proform=True, twin=near, cancelled=cancelled)
                for _a, city, code, reg, near, existing in others]
    for f, (a, *_rest) in zip(proforms, others, strict=True):
        # "Meta runs a data center in Lulea, and Hydro66 operates a smaller one in Boden":
        # the one of the clause's own subject
        subject = _clause_subject(s, spans, s.start + m.end(), a)
        if subject and subject[0] != operator:
            f.operator = subject[0]
            f.status = _status(s.text[subject[1]:a - s.start], a - s.start - subject[1])
    if not cities:
        # "datacenters in Sweden and Ireland", "in Ohio and Nevada": a site per place named
        each = targets if plural and len(targets) > 1 else [(country, region)]
        return [FacilityFound(op, kind, None, c, status, ordinal, capacity,
                              investment, s, conf, pos=pos, region=r, weak_status=weak,
                              plural=plural, cancelled=cancelled, generic=generic)
                for c, r in each for op in operators] + proforms
    out = [FacilityFound(op, kind, c, c.place.country, status, ordinal, capacity,
                         investment, s, conf, pos=pos, weak_status=weak, there=there)
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
                    not any(c.start == start or c.place.country == code and (
                        _QUALIFIES.fullmatch(s.text, c.end - s.start, start - s.start)
                        or c.start - stop == 3 and s.text.startswith(("'s", "’s"), stop - s.start))
                        for c in cities):  # "Chandler, Arizona", "Arizona's Chandler"
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



def _clause_subject(s: Sentence, spans: list[Span], lo: int, hi: int) -> tuple[str, int] | None:
    """The company opening a new clause between `lo` and `hi` (", and X operates ..."), with
    where it starts in `s.text`, or None."""
    for sp in reversed([sp for sp in spans if lo <= sp.start and sp.end <= hi]):
        rel = sp.start - s.start
        if _CLAUSE_LEAD.search(s.text, max(0, rel - 12), rel) and \
                _VERB_AFTER.match(s.text, sp.end - s.start):
            return sp.name, rel
    return None


def _new_subject(s: Sentence, spans: list[Span], lo: int, hi: int) -> tuple[str, int] | None:
    """`_clause_subject`, or a company opening a new clause with a relative one (", and X,
    which runs ...")."""
    got = _clause_subject(s, spans, lo, hi)
    if got is not None:
        return got
    for sp in reversed([sp for sp in spans if lo <= sp.start and sp.end <= hi]):
        rel = sp.start - s.start
        if _CLAUSE_LEAD.search(s.text, max(0, rel - 12), rel) and \
                _WHICH_AFTER.match(s.text, sp.end - s.start):
            return sp.name, rel
    return None


_WHICH_AFTER = re.compile(r",\s+(?:which|who)\s")

# "the plant will package chips made by TSMC in Phoenix", "chips that Norhaven designs in
# Toronto": the town of another company's doing, not the site's
_OTHERS_PLACE = re.compile(r"\b(?:chips?|wafers?|processors?|components?|parts|batter(?:y|ies)|"
                           r"cells|panels|products|goods|devices|modules|memory|servers|cars|"
                           r"vehicles)\s+(?:(?:[\w-]+\s+)?(?:made|produced|manufactured|"
                           r"fabricated|built|designed|supplied|assembled)\s+by|that|which)\s+"
                           r"[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\s+"
                           r"(?:(?:designs|makes|builds|develops|produces|assembles)\s+)?"
                           r"(?:in|at)\s+(?:the\s+)?$")


_SEAT_AFTER = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?-(?:based|headquartered)\b")


# "their (European) headquarters": one each, of the companies listed before
_THEIR = re.compile(r"\btheir\s+(?:[\w-]+\s+){0,2}$")


# A plural facility word told as anyone's: no owner or number before it ("its", "Acme's",
# "two", "the", "a network of"), no place tied to it ("data centers in Ohio", "Irish data
# centers", "offices and labs in Oslo"), not listed after another facility word.
_OWNED_BEFORE = re.compile(
    r"(?:\b(?:its|their|our|his|her|the|these|those|both|two|three|four|five|six|seven|eight|"
    r"nine|ten|dozens|several|multiple|new|more|additional|\d[\d,.]*)|['’]s?|"
    r"\b(?:network|fleet|string|chain|series|set|pair|handful|dozen|couple|"
    r"number|portfolio|cluster|group)\s+of|"
    r"(?:cent(?:er|re)s?|offices?|plants?|factories|fabs?|labs?|hubs?|campus(?:es)?|regions?|"
    r"headquarters)\s+(?:and|or|&))\s+(?:[\w-]+\s+)?$"
    r"|[A-Z][\w.&'’-]*\s+$"  # "Amazon data centers", "U.S. data centers"
    r"|\b(?:operat(?:e|es|ed|ing)|runs?|running|ran|has|have|had|owns?|owned|owning|"
    r"maintain(?:s|ed|ing)?|lease[sd]?|leasing)\s+(?:[\w-]+\s+)?$")  # "Acme runs labs in Oslo"
_PLACE_TIED_AFTER = re.compile(r"\s*,?\s*(?:(?:and|or)\s+(?:[\w&-]+\s+){1,3}?)?"
                               r"(?:(?:located|based|planned|now|[a-z]+ing)\s+)?"
                               r"(?:in|across|at|near|throughout|around|outside|from)\s+"
                               r"(?:the\s+|both\s+|cities\s+like\s+|places\s+like\s+)?[A-Z]")


def _kind_in_general(text: str, m: re.Match[str]) -> bool:
    """Whether the plural facility word `m` names the kind in general ("demand for data
    centers", "operators of data centers say"), not sites of a company."""
    return not _OWNED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and \
        not _PLACE_TIED_AFTER.match(text, m.end())


# "... its first data center in the country": the country (state) named last before it
_IN_THE_PLACE = re.compile(r"\s+(?:(?:located|based)\s+)?in\s+the\s+(country|state|province)\b")


def _named_before(s: Sentence, m: re.Match[str],
                  places: PlaceIndex) -> list[tuple[str, str | None]]:
    """The (country, state) "in the country" / "in the state" after the facility word `m`
    refers to: the last one the article names before it."""
    told = _IN_THE_PLACE.match(s.text, m.end())
    if told is None:
        return []
    pos = s.start + m.start()
    if told.group(1) == "country":
        code = next((c for a, _b, c in reversed(places.country_spans) if a < pos), None)
        return [(code, None)] if code else []
    region = next((r for r in reversed(places.region_spans) if r[0] < pos), None)
    return [(region[3], region[2])] if region else []


# "to make Nvidia supercomputers", "assembles AI supercomputers": machines made, no site
# (not "is building supercomputers in Memphis": that may be a site)
_MADE_BEFORE = re.compile(r"\b(?:make|makes|making|assemble|assembles|assembling|sell|sells|"
                          r"selling|ship|ships|shipping|supply|supplies)\s+(?:[\w-]+\s+){0,2}$")


# "It costs about $10 billion to build a chip factory": what one costs, not a site
_COSTS_TO_BUILD = re.compile(r"\b(?:[Cc]osts?|[Tt]akes?|[Tt]ook)\b[^.;]{0,50}?\bto "
                             r"(?:build|open|run|construct|equip|(?:spin|set|stand|bring) up)"
                             r"\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,3}$|"
                             r"^(?:Building|Constructing|Opening|Running|Equipping)\s+(?:a|an|one)\s+"
                             r"(?:[\w-]+\s+){0,3}$")

_MOVE = re.compile(r"\b(?:mov(?:e|es|ed|ing)|relocat\w+)\b", re.I)


# A campus of servers, not of offices: its power, "AI" or "hyperscale" before it.
_DATA_CAMPUS = re.compile(r"\d\s*-?\s*(?:MW|megawatts?|GW|gigawatts?)\b|"
                          r"\b(?:AI|hyperscale|compute|computing|GPU|server)\s+campus", re.I)

_NOMINAL_BEFORE = re.compile(r"\b(?:[Cc]onstruction|opening|expansion|launch|completion|"
                             r"acquisition|purchase|[Ww]ork|[Gg]round)\b[^,;.]{0,25}?"
                             r"\b(?:of|on|at)\s+(?:the\s+)?$")

_OBJECT_WORDS = ("for th", "at th", "into th", "near th", "For th", "At th", "Near th")

_OBJECT_SITE = re.compile(r"\b(?:for|at|into|near)\s+(?:the|this|that)\s+"
                          r"(?:new\s+|planned\s+|proposed\s+|future\s+)?$")

_ABOUT_LEAD = re.compile(r"\b(?:about|over|on|of|from|with|by|for|to)\s+(?:the\s+)?$")

# "the factory", "the first plant", "the existing fab": one named before
_THE_SITE = re.compile(r"\b(?:the|this|that)\s+(?:(?:first|original|older|existing|earlier|"
                       r"older|newer|other)\s+)?$", re.I)

_COORDINATED = re.compile(r"[^.;:]{0,50}?(?:,\s*|\s)(?:and|or|as well as|along with|together with|"
                          r"plus)\s[^.;:]{0,30}")

"""Headquarters told by "-based", "based in", "headquartered in" and "where it is
headquartered": "San Francisco-based Asana", "Asana, which is based in San Francisco".
Part of `loaders.facilities`."""

from __future__ import annotations

import bisect
import re

from loaders.companies import CompanyIndex, Span
from loaders.facility_found import FacilityFound
from loaders.places import CityFound, PlaceIndex
from loaders.text import Sentence

_BASED_BEFORE = re.compile(r"-(?:based|headquartered)\b")

_BASED_AFTER = re.compile(r"\b(?:is |are |was )?(?:currently )?(?:[Bb]ased|[Hh]eadquartered|"
                          r"located) in\b")


def _based(s: Sentence, companies: CompanyIndex, places: PlaceIndex,
           main_company: str | None, before: list[Sentence] | None = None) -> list[FacilityFound]:
    """A headquarters: 'San Francisco-based Asana', 'OpenAI, a San Francisco-based lab',
    'Atlanta, Georgia-based FSLogix', 'Asana, which is based in San Francisco',
    'Headquartered in Raleigh, North Carolina, Red Hat ...'. `before`: the sentences
    before `s`, whose subject "the Paris-based company" may stand for."""
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
        if city is None or _PRODUCT_AFTER.match(text, m.end()):
            continue  # "Turin-based GPUs": a product's code name
        after = next((sp for sp in spans if 0 <= sp.start - (s.start + m.end()) < 40), None)
        lead = text[:city.start - s.start]
        appos = _APPOSITION_BEFORE.search(lead)
        op = None
        if appos:  # "OpenAI, a San Francisco-based research lab"
            op = next((sp.name for sp in reversed(spans) if sp.end <= city.start and
                       s.start + appos.start() - sp.end <= 2), None)
        if appos and not op and "the" not in appos.group(0):
            continue  # "Teal, a Salt Lake City-based startup": a company we do not know
        noun = _COMPANY_NOUN_AFTER.match(text, m.end())
        copula = _COPULA_BEFORE.search(lead)
        if op:
            pass
        elif copula:  # "Lumora is a San Francisco-based developer of ...": the subject
            op = next((sp.name for sp in reversed(spans)
                       if sp.end == s.start + copula.start()), None)
        elif noun and after and _NAME_GAP.fullmatch(text, noun.end(), after.start - s.start):
            op = after.name  # "the Seoul-based carmaker Kia"
        elif noun and _NAME_AFTER.match(text, noun.end()):
            continue  # "Boston-based research outfit Forrester": a name we do not know
        elif noun and _THE_BEFORE.search(lead):
            # "The Paris-based company, which competes with OpenAI, ...": the company the
            # story spoke of, not the one named after (but "the Seoul-based carmaker Kia")
            op = _subject_before(s, spans, city.start, companies, before, main_company)
        elif after:
            op = after.name
        elif main_company and noun:
            op = main_company  # "a San Francisco-based company"
        if op:
            add(op, city)
    for m in _BASED_AFTER.finditer(text):
        pos = s.start + m.start()
        city = next((c for c in cities if 0 <= c.start - (s.start + m.end()) < 4), None)
        if city is None:
            continue
        if _SITE_BEFORE_BASED.search(text, max(0, m.start() - 50), m.start()) or \
                _SITE_SUBJECT.match(text):
            continue  # "its first cloud region in South Africa, based in Johannesburg", "The
            # facility, Equinix's third in Malaysia, will be located in Johor Bahru"
        near = [sp for sp in spans if 0 <= pos - sp.end < 100]
        op = near[-1].name if near else None
        if len(near) > 1 and "," in text[near[-1].end - s.start:m.start()] and \
                _APPOSITION_OPEN.fullmatch(text, near[-2].end - s.start, near[-1].start - s.start):
            op = near[-2].name  # "Red Hat, an IBM company, is headquartered in Raleigh"
        elif near and _AND_GAP.fullmatch(text, near[-1].end - s.start, m.start()) and \
                _OBJECT_BEFORE.search(text, max(0, near[-1].start - s.start - 40),
                                      near[-1].start - s.start) and \
                _is_subject(s, spans[0]) and spans[0] is not near[-1]:
            # "Acme is a unit of Beta Group and is headquartered in Oslo": the subject's
            op = spans[0].name
        if op is None and (m.start() < 3 or not any(sp.end <= pos for sp in spans)
                           and _PARTICIPLE_LEAD.match(text, 0, m.start())):
            # "Headquartered in Raleigh, N.C., Red Hat ...", "Founded in 2021 and
            # headquartered in Munich, Veyra Systems designs ..."
            op = next((sp.name for sp in spans if sp.start > city.end), None)
        if op:
            add(op, city)
    if "where" in text:
        for m in _WHERE_BASED.finditer(text):
            # "runs a fab in Boise, Idaho, where it is headquartered": the town before
            city = next((c for c in reversed(cities) if 0 <= s.start + m.start() - c.end < 30
                         and _QUALIFIER_GAP.fullmatch(text, c.end - s.start, m.start())), None)
            op = next((sp.name for sp in spans if city and sp.end <= city.start), None) or (
                main_company if city else None)
            if city and op:
                add(op, city)
    return out


def _subject_before(s: Sentence, spans: list[Span], pos: int, companies: CompanyIndex,
                    before: list[Sentence] | None, main_company: str | None) -> str | None:
    """The company "the Paris-based company" at `pos` stands for: the subject of its own
    sentence ("Mistral AI said the Paris-based company ..."), else of the nearest sentence
    before that names a company ("Mistral AI said on Monday ..."), else the story's."""
    first = next((sp for sp in spans if sp.end <= pos), None)
    if first and _is_subject(s, first):
        return first.name
    for prev in reversed((before or [])[-2:]):
        got = companies.in_range(prev.start, prev.end)
        if not got:
            continue
        if _is_subject(prev, got[0]):
            return got[0].name
        if main_company in {sp.name for sp in got}:
            break
    return main_company


def _is_subject(s: Sentence, sp: Span) -> bool:
    """Whether the company `sp` opens the sentence `s` as its subject: first, or after an
    opening phrase ("For context, X was") or a dateline ("SEOUL (Reuters) - X said"), and
    not a possessive ("Alphabet's CapitalG")."""
    lead = sp.start - s.start
    if s.text.startswith(("'s", "’s"), sp.end - s.start):
        return False
    return 0 <= lead <= 4 or 0 < lead < 60 and _OPENING_LEAD.search(s.text, 0, lead) is not None


# "For context, X", "On Monday, X", "SEOUL, March 4 (Reuters) - X": an opening phrase
_OPENING_LEAD = re.compile(r"^[^,;]{0,30},\s*$|(?:--|[-–—])\s*$")
_PRODUCT_AFTER = re.compile(r"\s+(?:[A-Z][\w-]*\s+)?(?:chips?|GPUs?|CPUs?|processors?|"
                            r"servers?|cards?|graphics|cores?|devices?|instances?)\b"
                            r"(?!\s+(?:[\w-]+\s+)?(?:designers?|makers?|company|startup|firm|"
                            r"provider|vendor|developer|manufacturer|supplier|business|venture|"
                            r"start-up)\b)"
                            r"(?!(?<=processor)\s+of\b)")
_THE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_COPULA_BEFORE = re.compile(r"\s+(?:is|was|remains|has been)\s+(?:a|an)\s+$")
_NAME_AFTER = re.compile(r",?\s{1,2}[A-Z][\w&-]*[a-z]")
_NAME_GAP = re.compile(r",?\s{1,2}")  # "the Seoul-based carmaker Kia", "the ... startup, Acme"


_WHERE_BASED = re.compile(r",\s+where\s+(it|the company|the firm)\s+(?:is|was|has been)\s+"
                          r"(?:also\s+)?(?:based|headquartered)\b")
_QUALIFIER_GAP = re.compile(r"(?:,\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)?")


# a facility word right before ", based in": the site is what is based there
_SITE_BEFORE_BASED = re.compile(
    r"\b(?:regions?|data ?cent(?:er|re)s?|campus|fabs?|plants?|factory|factories|offices?|"
    r"facility|facilities|labs?|laboratory|cent(?:er|re)s?|hubs?|sites?)\b"
    r"(?:\s+in\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)?,?\s*$")

# a sentence whose subject is a site: "The facility, ...", "The new plant will be ..."
_SITE_SUBJECT = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:regions?|data ?cent(?:er|re)s?|"
    r"campus|fabs?|plants?|factory|factories|facility|facilities|labs?|laboratory|sites?|"
    r"buildings?|complex|hubs?)\b(?!['’])")

# " and " joining a second verb phrase to the first ("... of Beta and is based in")
_AND_GAP = re.compile(r"(?:\s+(?:in|since)\s+(?:[A-Z][a-z]+\s+)?\d{4}|\s+last\s+year)?"
                      r",?\s+and\s+(?:also\s+)?")
# a name that is the object of a preposition: "a subsidiary of", "bought by", "a deal with"
_OBJECT_BEFORE = re.compile(r"\b(?:of|by|with|from|for|to)\s+(?:the\s+)?$")

_QUALIFIER = re.compile(r",\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?")

_APPOSITION_BEFORE = re.compile(r"\s*,\s+(?:a|an|the)\s+$")

# ", an ": the name after it describes the one before ("Red Hat, an IBM company,")
_APPOSITION_OPEN = re.compile(r"\s*,\s+(?:a|an|the|now\s+an?|part\s+of)\s+")

# "Founded in 2021 and ": a participle opening the sentence, its subject named after
_PARTICIPLE_LEAD = re.compile(r"(?:[A-Z][a-z]+ed)\b[^,;.]{0,40}\band\s+(?:is\s+)?$")

# "the San Francisco-based company" (not "the Paris-based pressure group")
_COMPANY_NOUN_AFTER = re.compile(
    r"\s+(?:(?!(?:pressure|advocacy|lobby|lobbying|campaign|rights|consumer|industry|trade|"
    r"civil|activist|watchdog|think)\s)[\w-]+\s+){0,2}?(?:company|startup|firm|giant|\w*maker|"
    r"provider|lab|group|business|operator|manufacturer|developer|supplier|designer|retailer|"
    r"unicorn|vendor|outfit|specialist|player|insurgent|newcomer|challenger|foundry|carrier|"
    r"telco|venture(?!\s+capital)|start-up|processor)\b")


# "Mobileye, the Tel Aviv company Intel bought", "Deepnote, a Prague startup", "Embark
# Studios, a game studio in Stockholm": an apposition on a company telling its seat
_SEAT_NOUN = (r"(?:company|startup|start-up|firm|giant|\w*maker|provider|business|operator|"
              r"manufacturer|developer|supplier|designer|retailer|unicorn|vendor|outfit|"
              r"specialist|studio)\b")
# what comes between the company and the town: ", the " / ", a " (the town then names the
# noun), or ", a game studio in "
_APPOSITION_TO_TOWN = re.compile(r",\s+(?:(?P<article>a|an|the)|(?:a|an)\s+"
                                 r"(?:[a-z][\w-]*\s+){0,3}?" + _SEAT_NOUN +
                                 r"\s+(?:in|from))\s+$")
# after the town: "company", "chip startup", "telecoms giant"
_SEAT_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _SEAT_NOUN)
_SEAT_NOUN_THEN_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?" + _SEAT_NOUN + r",?\s+")


def _seat_appositions(sents: list[Sentence], companies: CompanyIndex, places: PlaceIndex,
                      main_company: str | None) -> list[FacilityFound]:
    """Headquarters told in an apposition right after a company's name, when its town is
    one the text names as a city: "Mobileye, the Tel Aviv company", "Deepnote, a Prague
    startup", "Embark Studios, a game studio in Stockholm"; or before it: "the San
    Francisco company OpenAI", "The Santa Clara company said" (the story's)."""
    out: list[FacilityFound] = []
    if not places.cities:
        return out
    starts = [s.start for s in sents]
    for city in places.cities:
        i = bisect.bisect_right(starts, city.start) - 1
        if i < 0:
            continue
        s = sents[i]
        lo, hi = city.start - s.start, city.end - s.start
        before = s.text[max(0, lo - 60):lo]
        if before.endswith((", the ", ", a ", ", an ", " in ", " from ")):
            m = _APPOSITION_TO_TOWN.search(before)
            if m and (not m.group("article") or _SEAT_NOUN_AFTER.match(s.text, hi)):
                at = s.start + lo - len(before) + m.start()
                owner = next((sp for sp in companies.in_range(s.start, at) if sp.end == at),
                             None)
                if owner is not None:
                    out.append(FacilityFound(owner.name, "headquarters", city,
                                             city.place.country, None, None, None, None, s, 0.75))
                continue
        # "created by the San Francisco company OpenAI", "the Shenzhen telecoms giant Huawei"
        if not before.endswith(("the ", "The ")) or before.endswith(", the "):
            continue  # (", the Tel Aviv company Intel bought": the name before is described)
        m = _SEAT_NOUN_THEN_NAME.match(s.text, hi)
        if m is None:
            continue
        named = next((sp for sp in companies.in_range(s.start + m.end(), s.end)
                      if sp.start == s.start + m.end()), None)
        op = named.name if named else None
        if op is None and not _NOT_A_SEAT_AFTER.match(s.text, m.end()):
            # "The Santa Clara company's AI chip segments": the company the story speaks of
            op = _subject_before(s, companies.in_range(s.start, s.end), city.start, companies,
                                 sents[max(0, i - 2):i], main_company)
        if op is not None:
            out.append(FacilityFound(op, "headquarters", city, city.place.country, None,
                                     None, None, None, s, 0.75))
    return out


# "the San Francisco startup scene", "the Seattle tech company workers": a town's trade
_NOT_A_SEAT_AFTER = re.compile(r"(?:scene|ecosystem|community|world|culture|markets?|landscape|"
                               r"hubs?|district|area|investors?|founders?|workers?|employees?|"
                               r"staff|executives?|owners?|boom|sector|jobs)\b")

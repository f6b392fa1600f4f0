"""The passes over the sites found in one article: one record per site (repeats merged, a
company's unit folded into it, a country-only mention into its one city site), mentions
too vague to be a site dropped. Part of `loaders.facilities`."""

from __future__ import annotations

import re

from loaders.facility_found import FacilityFound
from loaders.facility_status import _caption
from loaders.geo import us_states

_ON_CAMPUS = re.compile(r"\b(?:on|at|within)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.&-]+['’]s\s+)?"
                        r"(?:[\w-]+\s+){0,2}$")


def _nearest_kind(found: list[FacilityFound]) -> list[FacilityFound]:
    """'data centers in Africa, launching two regions in Johannesburg': one sentence, two
    facility words, one site per city mention; the word nearest the city names it (and
    its operator). Sites told by one word for several operators all stay."""
    groups: dict[tuple[int, int], list[FacilityFound]] = {}
    rest = []
    for f in found:
        if f.city is None or f.pos < 0 or f.there:
            rest.append(f)  # (a site "there" is not the word nearest the town)
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
    merged = _caption_repeats(_campus_as_data_center(_merge_repeats(_offices_as_labs(
        _to_parent(_nearest_kind(_drop_generic(found, parents)), parents)))))
    live = [f for f in merged if not f.cancelled]
    # a called-off site stays for its event (see `loaders.events`), not as a site
    off = [f for f in merged if f.cancelled and (f.city or f.country)]
    return _drop_vague(_drop_region_data_centers(_fold_country_into_city(live), parents),
                       parents) + off


def _caption_repeats(found: list[FacilityFound]) -> list[FacilityFound]:
    """A site told only in a photo caption ("Photo: An ASE plant in Kaohsiung", "Pictured:
    Vyom's new office tower in Hyderabad") in a town where the story tells a site of its
    operator of another kind shows that site, not one more."""
    if len(found) < 2 or not any(not f.also and f.city and _caption(f.sentence.text)
                                 for f in found):
        return found
    told = {(f.operator, f.city.place.name) for f in found
            if f.city and (f.also or not _caption(f.sentence.text))}
    return [f for f in found if f.also or f.city is None or not _caption(f.sentence.text)
            or (f.operator, f.city.place.name) not in told]


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


def _campus_as_data_center(found: list[FacilityFound]) -> list[FacilityFound]:
    """"Microsoft plans campus outside Richmond" (title) and "a data center campus outside
    Richmond": a company's campus in a town where it has a data center is that one site."""
    servers = {(f.operator, f.city.place.name): f for f in found
               if f.kind == "data_center" and f.city}
    if not servers or not any(f.kind == "campus" for f in found):
        return found
    operators = {op for op, _ in servers}
    out = []
    for f in found:
        site = servers.get((f.operator, f.city.place.name)) if f.kind == "campus" and f.city \
            else None
        if site is None and f.kind == "campus" and f.operator in operators and \
                not _PEOPLE_CAMPUS.search(f.sentence.text):
            # "a data center campus outside Paris, Texas ... its campus near Amarillo": a
            # data-center builder's other campus holds servers too (not offices or labs)
            f.kind = "data_center"
        if site is None:
            out.append(f)
            continue
        if f.status and site.status is None:
            site.status, site.weak_status = f.status, f.weak_status
        site.ordinal = site.ordinal or f.ordinal
        site.also.append(f.sentence)
    return out


# A campus of people: of offices, labs, staff or students
_PEOPLE_CAMPUS = re.compile(r"\b(?:offices?|employees|staff|workers|engineers|students|"
                            r"universit\w+|college|school|research\w*|develop\w*|R&D|"
                            r"headquarters|HQ|corporate)\b", re.I)


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


_NTH = ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "another")


def _nth_in_town(sentence: str, town: str) -> bool:
    """Whether the sentence counts sites in the town: "a second Milan campus", "its third
    Tokyo data center" (not "a second office, in Berlin": its second office anywhere)."""
    return any(f"{n} {town} " in sentence or f"{n.title()} {town} " in sentence
               for n in ("first", *_NTH))  # "... next to its first Greater Noida facility"


def _merge_repeats(found: list[FacilityFound]) -> list[FacilityFound]:
    """One site told twice is one site; but "opened a campus in Milan ... plans a second
    Milan campus" tells two (a later mention that counts sites in the town)."""
    seen: dict[tuple[str, str, str | None, str | None, bool], FacilityFound] = {}
    out: list[FacilityFound] = []
    for f in found:
        key = (f.operator, f.kind, f.city.place.name if f.city else f.region,
               None if f.city else f.country, f.twin)
        old = seen.get(key)
        if old is not None and f.ordinal and f.ordinal != old.ordinal and f.city and \
                _nth_in_town(f.sentence.text, f.city.place.name):
            old = None  # "a second Milan campus": another site of that operator in that town
        if old is None:
            seen[key] = f
            out.append(f)
            continue
        old.also.append(f.sentence)
        if f.status and (old.status is None or old.weak_status and not f.weak_status):
            old.status, old.weak_status = f.status, f.weak_status
        old.ordinal = old.ordinal or f.ordinal
        old.capacity = old.capacity or f.capacity
        old.investment = old.investment or f.investment
        old.plural = old.plural and f.plural
        old.cancelled = old.cancelled or f.cancelled
    return out


def _fold_country_into_city(found: list[FacilityFound]) -> list[FacilityFound]:
    """"Hyundai to build second plant in India" (title) is the plant "in Chennai" of the
    body: a country-only (or US state-only) site folds into the one city site of its
    operator, kind, country (state);
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
        if twins and f.region is not None:
            # "opens 300 MW campus in Texas" (title) is the campus "in Abilene" of the body;
            # not "two new fabs in Arizona", nor "a new office in Texas (it has one in
            # Austin)": a site its own sentence tells apart
            state = us_states().get(f.region) if f.country == "US" and not f.plural else None
            twins = [t for t in twins if state and t.city and t.city.place.admin1 == state
                     and t.sentence is not f.sentence]
        if f.country and len(twins) == 1:
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

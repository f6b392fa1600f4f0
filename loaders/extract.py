"""`extract(article) -> Extraction`: the pure core of techkg's extraction.

The title and the body are read as one text (title first), with page clutter masked
out (same length, so offsets stay true). One gazetteer pass finds known names; the
rule modules then read companies, places, facilities, pairs and events from it.
"""

from __future__ import annotations

import bisect
from collections import Counter

from loaders import dates, geo, triggers
from loaders.clean import mask_noise
from loaders.companies import CompanyIndex, find_companies
from loaders.events import find_events
from loaders.facilities import find_facilities
from loaders.gazetteer import Gazetteer, default_gazetteer
from loaders.ownership import find_subsidiaries
from loaders.places import find_places
from loaders.record import (
    Article,
    City,
    Company,
    Event,
    Evidence,
    Extraction,
    Facility,
    Pair,
)
from loaders.relations import find_competitors
from loaders.text import Sentence, sentences

_SEP = "\n\n"


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Extract every company, place, facility, pair and event the article states.

    >>> r = extract(Article(id="a", text="Intel opened a fab in Chandler, Arizona."))
    >>> [(f.operator, f.kind, f.city) for f in r.facilities]
    [('Intel', 'fab', 'Chandler')]
    """
    gz = gazetteer or default_gazetteer()
    title = (article.title or "").strip()
    head = title + _SEP if title else ""
    body = mask_noise(article.text, article.title)
    text = head + body
    sents = sentences(text)
    if title:  # the title is a sentence of its own, never glued to the first line
        sents = [s for s in sents if s.start >= len(head)] + \
            [Sentence(title, 0, len(title))] if not any(s.end <= len(title) for s in sents) \
            else sents
        sents.sort(key=lambda s: s.start)
    hits = gz.find(text)
    trig = triggers.scan(text, sents)
    starts = {s.start for s in sents}
    companies = find_companies(text, hits, sents, gz.kb)
    places = find_places(text, hits, companies, starts)
    main = _main_company(companies, len(head))
    published = dates.parse_published(article.published)
    facilities = find_facilities(sents, trig, companies, places, main)
    rivals = find_competitors(sents, trig, companies, gz.kb, main)
    subs = find_subsidiaries(sents, companies, gz.kb, published)
    events = find_events(sents, trig, companies, places, facilities, published, main)
    # a deal the article tells only as agreed, planned or blocked has not made the
    # target a unit yet, whatever the knowledge base says today
    pending: dict[tuple[str, str], bool] = {}
    for deal in events:
        if deal.type in ("acquisition", "other") and len(deal.companies) > 1 and \
                deal.tentative is not None:
            pair = (deal.companies[1], deal.companies[0])
            pending[pair] = pending.get(pair, True) and deal.tentative
    subs = [x for x in subs if not pending.get((x[0], x[1]), False)]
    have = {(c, p) for c, p, _s in subs}
    for pair, tentative in pending.items():
        if tentative is False and pair not in have and (pair[1], pair[0]) not in have:
            subs.append((pair[0], pair[1], None))

    def ev(s: Sentence | None) -> Evidence | None:
        if s is None:
            return None
        if s.start < len(head):
            return Evidence(s.text, s.start, s.end, "title")
        off = len(head)
        return Evidence(s.text, s.start - off, s.end - off, "text")

    sent_starts = [s.start for s in sents]  # sorted, and the sentences are disjoint

    def ev_at(pos: int) -> Evidence | None:
        i = bisect.bisect_right(sent_starts, pos) - 1
        return ev(sents[i]) if i >= 0 and pos < sents[i].end else None

    out = Extraction(id=article.id, url=article.url, title=article.title,
                     published=article.published, source=article.source)
    for ent in companies.entities.values():
        e = ent.entry
        out.companies.append(Company(
            ent.name, list(ent.mentions), known=e is not None, parent=e.parent if e else None,
            country=e.country if e else None, sector=e.sector if e else None,
            confidence=ent.confidence, evidence=ev_at(ent.first)))
    seen_cities: dict[int | str, City] = {}
    for c in [*places.datelines, *places.cities]:  # a dateline's city is named too
        key = c.place.geonames_id or c.name  # towns GeoNames does not list have no id
        if key in seen_cities:
            continue
        seen_cities[key] = City(c.name, c.place.country, c.place.geonames_id or None,
                                c.confidence, ev_at(c.start))
    out.cities = list(seen_cities.values())
    out.countries = list(places.countries)
    for f in facilities:
        if f.cancelled:
            continue  # called off: an event, no site
        out.facilities.append(Facility(
            f.operator, f.kind, f.city.name if f.city else None, f.country, f.status,
            f.ordinal, f.capacity, f.investment, round(f.confidence, 2), ev(f.sentence)))
    out.competitors = [Pair(a, b, 0.7, ev(s)) for a, b, s in rivals]
    out.subsidiaries = [Pair(c, p, 0.9 if s is None else 0.75, ev(s)) for c, p, s in subs]
    out.events = [Event(e.type, e.companies, e.city, e.country, e.date, e.amount,
                        round(e.confidence, 2), ev(e.sentence)) for e in events]
    return out


def _main_company(companies: CompanyIndex, title_end: int) -> str | None:
    """The article's subject: the first company in the title, else the most mentioned."""
    in_title = [s for s in companies.spans if s.end <= title_end]
    if in_title:
        # "GM's Cruise is preparing ...": the story is about the unit (known as one, so
        # not "Google's Coral AI hardware")
        unit = companies.entities[in_title[1].name].entry if len(in_title) > 1 else None
        if unit and unit.parent == in_title[0].name and \
                in_title[1].start - in_title[0].end <= 3:
            return in_title[1].name
        return in_title[0].name
    counts = Counter(s.name for s in companies.spans)
    return counts.most_common(1)[0][0] if counts else None


__all__ = ["extract", "geo"]

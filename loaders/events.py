"""Events: what happened (an opening, a deal, an investment ...), to whom, where, when.

Each sentence yields at most one event per type; events of the same type, companies
and place told twice in one article are merged. Facility events come from the
facilities found (their status says opening, announcement or expansion).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable

from loaders import dates, lexicon
from loaders.companies import CompanyIndex, Span
from loaders.deals import ACQ_WORD as _ACQ_WORD  # under this name for tests
from loaders.deals import acquisitions, cuts
from loaders.event_merge import EventFound, drop_deal_talk, family_of, merge, news_dates, own_family
from loaders.event_words import (
    ANCHOR,
    CALLED_OFF,
    CALLED_OFF_NOT,
    PRODUCT_SUBJECT,
    RARE_TRIGGERS,
    SUPPLY_DEALS,
    TRIGGERS,
    rare,
)
from loaders.facilities import FacilityFound
from loaders.places import PlaceIndex
from loaders.text import Sentence
from loaders.triggers import Triggers

_FACILITY_EVENT = {"opened": "facility_opening", "announced": "facility_announcement",
                   "planned": "facility_announcement", "under_construction":
                   "facility_announcement", "expanded": "expansion"}



def find_events(sents: list[Sentence], trig: Triggers, companies: CompanyIndex,
                places: PlaceIndex, facilities: list[FacilityFound], published: dt.date | None,
                main_company: str | None) -> list[EventFound]:
    out = _facility_events(facilities, published)
    # per type, the sentences with a trigger word and where the first one is
    hits_by_type = {etype: {i: m for i in trig[etype] if (m := rx.search(sents[i].text) or
                            rare(etype, sents[i].text))}
                    for etype, rx in TRIGGERS}
    supply = set(trig["supply"])
    if supply:
        hits_by_type["partnership"].update(
            (i, m) for i in supply if i not in hits_by_type["partnership"] and
            (m := SUPPLY_DEALS.search(sents[i].text)))
    for i in sorted(set().union(*hits_by_type.values())):
        s = sents[i]
        spans = companies.in_range(s.start, s.end)
        if i in hits_by_type["acquisition"]:
            out.extend(acquisitions(s, spans, places, published, main_company))
        types = [t for t, _rx in TRIGGERS if i in hits_by_type[t] and t != "acquisition"]
        if not types:
            continue
        # "Airtable raised $100 million, while Monday.com closed a $50 million round":
        # each clause tells its own deal
        clauses = _clauses(s.text)
        if "partnership" in types and ", and " in s.text:
            # "GM signed a deal with it in 2023, and the company said it had signed a second
            # one, with BAE": the second deal told by a subject of its own
            clauses = [(x, y) for a, b in clauses for x, y in _split(_SAID_SPLIT, s.text, a, b,
                                                                     _TOLD)]
        if "partnership" in types and len({sp.name for sp in spans}) >= 3:
            # two deals in one sentence, each with its own partner
            clauses = [(x, y) for a, b in clauses for x, y in _split(_DEALS_SPLIT, s.text, a, b,
                                                                     _TOLD)]
        for a, b in clauses:
            clause = s.text[a:b]
            names = list(dict.fromkeys(sp.name for sp in spans
                                       if s.start + a <= sp.start < s.start + b and
                                       not s.text.startswith(_DESCRIBES, sp.end - s.start)))
            people = {sp.name for sp in spans if s.start + a <= sp.start < s.start + b and
                      _works_at(s.text, sp.end - s.start)} if "s " in s.text else set()
            former: set[str] = set()
            if "former" in clause or "ex-" in clause:
                # "founded by former Apple and Google engineers": employers, no side
                former = _former_employers(s, a, b, spans)
                names = [n for n in names if n not in former]
            if a > 0 and _WHICH_START.match(clause):
                # "Habana — which raised $75 million last year — will stay": the clause
                # tells of the name just before it
                prev = next((sp for sp in reversed(spans) if sp.end <= s.start + a), None)
                if prev and prev.name not in names and \
                        not s.text[prev.end - s.start:a].strip(" ,—–"):
                    names.insert(0, prev.name)
            if len(names) < 2 and "partnership" in types:
                # a partner may be the sentence's subject ("Facebook is adding a cable —
                # partnering with GlobeNet") or the story's ("it")
                subject = spans[0].name if spans else None
                if a > 0 and main_company and main_company not in names and \
                        main_company not in former and _STORY_OPENS.match(clause):
                    names.insert(0, main_company)  # "..., and the company said it had signed"
                elif subject and subject not in names and a > 0:
                    names.insert(0, subject)
                elif main_company and main_company not in names and \
                        main_company not in former and _IT.search(clause):
                    names.insert(0, main_company)
                elif not names and (the := _THE_FIRMS.search(clause)):
                    # "By setting up the alliance, the firms said ...": the companies a
                    # sentence before listed ("Sony, Philips and Samsung are developing")
                    names = _listed_before(sents, i, companies, the.group(1))
            for etype in types:
                told = names
                if etype == "investment" and ", which" in clause and \
                        (rounds := _rounds_in_relatives(s, a, b, spans)):
                    # "rivals like Vestrel, which raised $120 million, and Quorvant, which
                    # closed an $80 million round": each named raiser its own round
                    out.extend(_event(etype, [name], s, x, y, places, published)
                               for name, x, y in rounds)
                    continue
                if etype == "investment" and ", " in clause:
                    told, clause_told = _without_aside(s, a, b, spans, names)
                else:
                    clause_told = clause
                if etype == "investment" and main_company and main_company not in told and (
                        clause_told.lstrip().startswith(_ROUND_LEADS) and
                        _ROUND_SUBJECT.match(clause_told)
                        or " it " in clause and _AND_IT_RAISED.search(clause)
                        or "it " in clause and _IT_SAID_RAISED.match(clause)):
                    # "The round was led by Sequoia", "..., and it has raised $17 million"
                    told = [main_company, *(n for n in told if n not in people)]
                if etype == "partnership":
                    if main_company and main_company not in told and \
                            _DEAL_SIGNED.search(clause) and not any(
                                0 <= sp.start - s.start - a < 4 for sp in spans):
                        # "The startup builds its chip at Samsung's fab under a deal the two
                        # companies signed in May": the story's company signed it
                        told = [main_company, *told]
                    elif main_company and main_company not in told and len(told) < 2 and \
                            ("anchor" in clause or "tenant" in clause) and ANCHOR.search(clause):
                        # "Oracle has signed on as the anchor tenant": of the story's site
                        told = [main_company, *told]
                    elif main_company and told and main_company not in told and \
                            len(told) == 1 and i in supply and _LEASED_FROM.search(clause) and \
                            not any(0 <= sp.start - s.start - a < 4 for sp in spans):
                        # "The first phase, housed in a hall leased from operator X": the
                        # story's company leased it
                        told = [main_company, *told]
                    if len(told) > 1 and ", " in clause:
                        told = _without_aside(s, a, b, spans, told, _ASIDE_BEFORE_DEAL)[0]
                    told = _partners(s, a, b, spans, told, main_company)
                    if main_company and len(told) > 1 and main_company not in told and \
                            (deals := _DEALS_WITH.search(clause)) and not any(
                                s.start + a <= sp.start < s.start + a + deals.start()
                                for sp in spans) and _STORY_SUBJECT.search(clause, 0,
                                                                           deals.start()):
                        # "This followed partnerships with Uber, Lyft and Bolt": the story's
                        # company's, each partner with it, not with each other
                        told = [main_company, *told]
                elif etype == "product_launch" and (owned := PRODUCT_SUBJECT.match(clause)):
                    # "Volvo will build a new estate ... The car, shown off at the Paris
                    # show, takes on BMW": the subject's company ("The Samsung phone, ..."),
                    # else that of the sentence before, else the story's
                    told = _product_owner(sents, i, a, a + owned.end(), companies,
                                          main_company)
                elif etype == "product_launch" and len(told) > 1:
                    if ", " in clause:  # "X, a startup founded by Y's founders, launched"
                        told = _without_aside(s, a, b, spans, told)[0]
                    told = _launchers(s, a, b, spans, told, main_company)
                if not told:
                    continue
                first = hits_by_type[etype][i] if a == 0 else None
                # "when we launched FSLogix in 2012": a company launched is a founding
                ends = {sp.end - s.start - a for sp in spans} if etype == "product_launch" \
                    else None
                # "the Abu Dhabi Investment Authority": a trigger word inside a name
                names_at = [(sp.start - s.start - a, sp.end - s.start - a) for sp in spans] \
                    if etype == "investment" and "Invest" in clause else None
                if _triggered(etype, clause, first, ends, i in supply, names_at) and _is_deal(
                        etype, clause, told, (s, a, b, spans, places)):
                    out.append(_event(etype, told, s, a, b, places, published))
    out.extend(_called_off(sents, trig["calloff"], companies, places, published, main_company))
    out.extend(_announced_before(sents, out, companies, published, main_company))
    _site_towns(out, sents, facilities, places)
    family = family_of(companies)
    return news_dates(merge(own_family(drop_deal_talk(out), family), family), published)


# ", which in May raised $120 million": a round the relative clause gives the name before it
_WHICH_RAISED = re.compile(
    r",\s+which\s+(?:in \w+\s+|last \w+\s+|earlier this \w+\s+|recently\s+|has\s+|had\s+"
    r"|just\s+|also\s+)*(?:raised|secured|closed|landed|bagged|nabbed)\s+(?:an?\s+|its\s+)?"
    r"(?:[$€£]|US\$|\d)")


def _rounds_in_relatives(s: Sentence, a: int, b: int,
                         spans: list[Span]) -> list[tuple[str, int, int]]:
    """The rounds relative clauses in s.text[a:b] give the names before them: (name, start
    and end of the relative clause), or [] if none does."""
    ends = {sp.end - s.start: sp.name for sp in spans}
    found = [(m, name) for m in _WHICH_RAISED.finditer(s.text, a, b)
             if (name := ends.get(m.start() - (s.text[m.start() - 1] == " ")))]
    out = []
    for k, (m, name) in enumerate(found):
        end = found[k + 1][0].start() if k + 1 < len(found) else b
        comma = s.text.find(",", m.end(), end)  # the relative clause ends at its comma
        out.append((name, m.start(), end if comma < 0 else comma))
    return out


# money put into a site the story told before: "said it would invest 9.4 trillion won in the
# first fab", "has invested 5 billion euros in the plant"
# (or in its first phase: "will invest 1.2 trillion won in the first phase", "in phase one")
_IN_THE_SITE = re.compile(r"\bin (?:(?:the|its|this|that) (?:[\w-]+ ){0,3}?(?:site|plant|fab|"
                          r"factory|facility|campus|project|data ?cent(?:er|re)|region|hub|"
                          r"building|park|complex|phase)|phase (?:one|1|I))\b")


# "has leased the campus's first 250 MW to X", "leased the site's second hall to Y"
_LEASED_SITE = re.compile(r"\bleas(?:ed|es|ing) (?:the|its) (?:campus|site|facility|building|"
                          r"data ?cent(?:er|re))['’]s\b")


def _site_towns(events: list[EventFound], sents: list[Sentence],
                facilities: list[FacilityFound], places: PlaceIndex) -> None:
    """An investment in "the plant", "the site" ..., a site's anchor tenant or capacity of
    "the campus" leased, a plot bought "in the town", whose sentence names no town is in the
    town of the site it refers to: the same company's site told last before it, else the
    town named in the two sentences before."""
    for e in events:
        if e.city or not (e.type == "investment" and _IN_THE_SITE.search(e.sentence.text) or
                          # a site bought "in the town" (the one deal with no seller named)
                          e.type == "acquisition" and len(e.companies) == 1 or
                          e.type == "partnership" and (
                              ("anchor" in e.sentence.text or "tenant" in e.sentence.text) and
                              ANCHOR.search(e.sentence.text) or
                              _LEASED_SITE.search(e.sentence.text))):
            continue
        at = e.sentence.start
        site = next((f for f in reversed(facilities) if f.city and f.sentence.start <= at and
                     f.operator in e.companies), None)
        if site is not None and site.city is not None:
            e.city, e.country = site.city.name, site.city.place.country
            continue
        i = next((k for k, x in enumerate(sents) if x.start == at), 0)
        lo = sents[max(0, i - 2)].start
        town = next((c for c in reversed(places.cities_in(lo, at))), None)
        if town is not None:
            e.city, e.country = town.name, town.place.country


# the partners told without their names: "the firms", "the four companies", "both groups"
_THE_FIRMS = re.compile(r"\b(?:the|both|all)\s+(two|three|four|five|six|)\s*(?:firms|companies|"
                        r"groups|partners|carmakers|chipmakers|operators)\b", re.I)
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _listed_before(sents: list[Sentence], i: int, companies: CompanyIndex,
                   count: str) -> list[str]:
    """The companies listed side by side ("Sony, Philips, Matsushita and Samsung") in the
    nearest sentence before sents[i] that names any (of the eight before it), as many as
    `count` says when it says."""
    for j in range(i - 1, max(-1, i - 9), -1):
        spans = companies.in_range(sents[j].start, sents[j].end)
        if not spans:
            continue
        text, lo = sents[j].text, sents[j].start
        run: list[str] = []
        for x, y in zip(spans, spans[1:], strict=False):
            if _LIST_SEP.fullmatch(text, x.end - lo, y.start - lo):
                run = run or [x.name]
                run.append(y.name)
            elif len(run) >= 2:
                break
            else:
                run = []
        run = list(dict.fromkeys(run))
        if len(run) >= 2 and (not count or _COUNT[count.lower()] == len(run)):
            return run
        break
    return []


def _called_off(sents: list[Sentence], flagged: list[int], companies: CompanyIndex,
                places: PlaceIndex, published: dt.date | None,
                main_company: str | None) -> list[EventFound]:
    """A plan or a site called off, paused or put on hold ("Helix has shelved plans for a
    campus outside Paris, Texas"): an `other` event of the company that opens the sentence
    (else the story's), placed in the sentence's first town. A site the facility rules
    found called off gives the same event, and the two merge."""
    out = []
    for i in flagged:
        s = sents[i]
        m = CALLED_OFF.search(s.text)
        if m is None or CALLED_OFF_NOT.search(s.text, max(0, m.start() - 30), m.start()):
            continue
        verb_at = s.start + m.start("passive") if m.group("passive") else s.start + m.start()
        who = next((sp.name for sp in companies.in_range(s.start, verb_at)), main_company)
        if who is None:
            continue
        city = next((c for c in places.cities if s.start <= c.start < s.end), None)
        country = city.place.country if city else next(
            (c for (x, _y, c) in places.country_spans if s.start <= x < s.end), None)
        out.append(EventFound("other", [who], city.name if city else None, country,
                              dates.find_date(s.text, published), None, s, 0.6))
    return out


# "former Apple, Google and Uber engineers", "ex-Nokia staff"
_FORMER = re.compile(r"\b(?:former|ex-)\s*((?:[A-Z][\w.&+-]*(?:\s+|,\s*|,?\s+and\s+|"
                     r",?\s+or\s+)){1,12}?)(?:[a-z][\w-]*\s+){0,2}?(?:employees|engineers|"
                     r"staff|staffers|executives|workers|researchers|managers|veterans|"
                     r"alumni|colleagues|scientists|developers|designers|leaders)\b")


# a site's announcement told after its news: "Microsoft first announced the region in May
# 2020", "The operator unveiled plans for the campus in June 2023"
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:first |originally |initially )?(?:announced|unveiled|revealed) (?:plans for )?"
    r"(?:the|its) (?:[\w-]+ ){0,2}?(?:region|campus|plant|fab|factory|data ?cent(?:er|re)|"
    r"datacent(?:er|re)|facility|site|project|hub|office|headquarters|building)\b[^.;]{0,40}?"
    r"\b(?:in|on) (?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) )?(?:19|20)\d\d\b")
_SITE_NEWS = ("facility_opening", "facility_announcement", "expansion", "other")


def _announced_before(sents: list[Sentence], events: list[EventFound], companies: CompanyIndex,
                      published: dt.date | None, main_company: str | None) -> list[EventFound]:
    """The earlier announcement of a site the story told before, by the company opening the
    sentence (or the story's, told as "the company"): in the site's town, on its date."""
    out = []
    for s in sents:
        if "announced " not in s.text and "unveiled " not in s.text and \
                "revealed " not in s.text:
            continue  # (most sentences have none of the words)
        m = _ANNOUNCED_BEFORE.search(s.text)
        if m is None:
            continue
        spans = companies.in_range(s.start, s.start + m.start())
        who: str | None
        if spans and spans[0].start - s.start < 4:
            who = spans[0].name
        elif not spans and _STORY_OPENS.match(s.text):
            who = main_company
        else:
            continue
        date = dates.find_date(m.group(0), published)
        site = next((e for e in events if e.type in _SITE_NEWS and e.city and
                     e.companies[0] == who and e.sentence.start < s.start), None)
        if who is None or site is None or date is None or \
                published is not None and date >= published.isoformat()[:len(date)]:
            continue
        out.append(EventFound("facility_announcement", [who], site.city, site.country, date,
                              None, s, 0.6))
    return out


def _former_employers(s: Sentence, a: int, b: int, spans: list[Span]) -> set[str]:
    """The companies of the clause s.text[a:b] named as people's former employers."""
    zones = [(s.start + a + m.start(1), s.start + a + m.end(1))
             for m in _FORMER.finditer(s.text[a:b])]
    return {sp.name for sp in spans if any(x <= sp.start < y for x, y in zones)}


def _product_owner(sents: list[Sentence], i: int, a: int, b: int, companies: CompanyIndex,
                   main: str | None) -> list[str]:
    """Whose product the subject sents[i].text[a:b] is ("The Samsung phone, unveiled ..."):
    the company it names, else the first named in the sentence before, else the story's."""
    s = sents[i]
    named = companies.in_range(s.start + a, s.start + b)
    if not named and i > 0:
        named = companies.in_range(sents[i - 1].start, sents[i - 1].end)
    if named:
        return [named[0].name]
    return [main] if main else []


def _launchers(s: Sentence, a: int, b: int, spans: list[Span], names: list[str],
               main: str | None = None) -> list[str]:
    """Who launched: the story's company `main` when "it" launched ("..., and it took the
    wraps off X"), else the companies named before the launch word ("Lyft and Aptiv
    launched a pickup service ... BMW 5-Series"), else the first named after it; the others
    are customers, rivals or owners of other products ("its answer to OpenAI's ChatGPT")."""
    m = _TRIGGER_RX["product_launch"].search(s.text, a, b)
    r = rare("product_launch", s.text, a, b)
    m = r if m is None or r is not None and r.start() < m.start() else m
    if m is None:
        return names
    if main and _IT_LAUNCHED.search(s.text, max(a, m.start() - 24), m.start()):
        return [main]
    before = [n for n in dict.fromkeys(sp.name for sp in spans if s.start + a <= sp.start
                                       and sp.end <= s.start + m.start())
              if n in names]
    return before or names[:1]


# "Groq, a challenger to Nvidia, raised ...", "The company, which was spun off from Yandex,
# raised ...": an aside on the subject, before its verb, names no side of the round
# (an aside may have two parts: "The chipmaker, the memory arm of SK Group, South Korea's
# second-largest conglomerate, said it would invest ...")
_ASIDE_AFTER_SUBJECT = re.compile(r",\s+(?:a|an|the|which|who|whose)\s[^,;()]{3,100}?"
                                  r"(?:,\s+(?:a|an|the|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}['’]s)"
                                  r"\s[^,;()]{3,80}?)?,\s+"
                                  r"(?:has\s+|have\s+|had\s+|just\s+|also\s+|now\s+|today\s+|"
                                  r"recently\s+)*(?:[a-z]+(?:ed|s)|said)\b")
# ... and before a deal: "Vodacom, MTN's larger rival, saw its own deal with X", "Nokia, a
# long-time supplier to Vodafone, signed a deal with Ericsson" (the rival, the customer
# told in the aside is no side of the deal)
# (an aside that tells a partner tells a side: "Sinnet, Amazon's China partner, ...")
_ASIDE_BEFORE_DEAL = re.compile(r",\s+(?![^,;()]*partner)(?:a|an|the|which|who|whose|"
                                r"(?-i:[A-Z])[\w.&-]*(?: (?-i:[A-Z])[\w.&-]*){0,2}['’]s)\s"
                                r"[^,;()]{3,100}?,\s+"
                                r"(?!and\b|or\b|but\b)[a-z]+\b")
_SUBJECT_NOUN = re.compile(r"^\s*(?:The|the) (?:[\w-]+ )?(?:company|startup|start-up|firm|group|"
                           r"chipmaker|carmaker|automaker|maker|operator|provider|developer|"
                           r"manufacturer|giant|lab)$")
_BACKING = re.compile(r"\b(?:back(?:ed|ing|ers?)|led|funded|financed|invest\w*|funding|"
                      r"investors?|stake|raised|received)\b")


def _without_aside(s: Sentence, a: int, b: int, spans: list[Span], names: list[str],
                   aside: re.Pattern[str] = _ASIDE_AFTER_SUBJECT) -> tuple[list[str], str]:
    """`names` without those named only in an aside on the clause's subject, and the
    clause without the aside."""
    clause = s.text[a:b]
    m = aside.search(clause, 0, 160)
    if m is None or _BACKING.search(clause, m.start(), clause.rfind(",", 0, m.end())) or not (
            # (" , a startup" in pages whose links were cut out leaves a space before it)
            any(sp.end == s.start + a + m.start() - (clause[m.start() - 1:m.start()] == " ")
                for sp in spans) or
            _SUBJECT_NOUN.search(clause, 0, m.start())):
        return names, clause  # (the aside must follow the subject: a name or "the company")
    lo, hi = s.start + a + m.start(), s.start + a + clause.rfind(",", m.start(), m.end())
    inside = {sp.name for sp in spans if lo <= sp.start < hi}
    outside = {sp.name for sp in spans if s.start + a <= sp.start < s.start + b and
               not lo <= sp.start < hi}
    kept = [n for n in names if n not in inside or n in outside]
    return kept, clause[:m.start()] + " " + clause[hi - s.start - a + 1:].lstrip()


# "its customers include Shell and Comcast", "counts Toyota and Hyundai as customers": the
# clause's customers (or backers) are not its partners
_CUSTOMERS = re.compile(
    r"\b(?:customers|clients|users|buyers)\s+(?:include|includes|included|such as|like|"
    r"including|are)\b[^;]*|\bcount(?:s|ed|ing)?\s+[^;]{1,80}?\s+as\s+(?:its\s+|their\s+|a\s+|"
    r"an\s+)?(?:customers?|clients?|users?|backers?|investors?)\b", re.I)
_CUSTOMER_HINTS = ("ustomer", "lient", "users", "buyers", "count")
# "works with carmakers such as Toyota and Hyundai": a list the cue opens names the
# subject's partners, never each other
_LIST_OPENED = re.compile(r"\b(?:such as|including|like|the likes of)\s+$")


def _partners(s: Sentence, a: int, b: int, spans: list[Span], names: list[str],
              main: str | None) -> list[str]:
    """The partners among `names` (told in the clause s.text[a:b]): not the customers it
    lists, and not a listed set of companies without the subject they work with."""
    clause = s.text[a:b]
    inside = [sp for sp in spans if s.start + a <= sp.start < s.start + b]
    if any(h in clause for h in _CUSTOMER_HINTS):
        zones = [(m.start(), m.end()) for m in _CUSTOMERS.finditer(clause)]
        listed = {sp.name for sp in inside
                  if any(x <= sp.start - s.start - a < y for x, y in zones)}
        named = {sp.name for sp in inside} - listed  # also named as a partner elsewhere
        names = [n for n in names if n not in listed or n in named]
    if len(names) >= 2 and inside and inside[0].name == names[0] and \
            _LIST_OPENED.search(clause, 0, inside[0].start - s.start - a) and all(
                _LIST_SEP.fullmatch(s.text, x.end - s.start, y.start - s.start)
                for x, y in zip(inside, inside[1:], strict=False)):
        # "it has partnered with companies like DJI, SAP and PTC": the story's company's
        if main and main not in names and _IT.search(clause, 0, inside[0].start - s.start - a):
            return [main, *names]
        return []
    return names


_LIST_SEP = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*|\s+\([^()]{1,20}\)\s*,?\s*(?:and\s+)?")


# "Arm-based chips", "Nvidia-powered servers", "Microsoft-partnered devices": a name that
# describes a product
_DESCRIBES = ("-based", "-powered", "-compatible", "-like", "-partnered", "-designed", "-made")


def _works_at(text: str, end: int) -> bool:
    """'Skype's Ahti Heinla': the name before a possessive and a person's name."""
    if not text.startswith(("'s ", "’s "), end):
        return False  # (the common case, without a regex)
    m = _POSSESSIVE_PERSON.match(text, end)
    return m is not None and m.group(1) in lexicon.GIVEN_NAMES


# what befalls a site: news of it is neither an opening nor a plan
_MISHAP = re.compile(r"\b(?=[bdefo])(?:fire|blaze|flood(?:s|ed|ing)?|explosion|outage|"
                     r"destroy(?:s|ed)|damag(?:es|ed|ing)|earthquake)\b", re.I)


# a site's construction under way or begun, told in ways the status verbs may not reach
_BUILDING = re.compile(
    r"\b(?=[bcgwu])(?:(?:work|construction) (?:has |have )?(?:began|begun|begins|started|starts|"
    r"commenced|kicked off|is (?:now )?under ?way|is in progress)|(?:began|begun|begins|"
    r"started|starts|commenced|start|begin) (?:work|construction|building)|ground was broken|"
    r"ground has been broken|broke ground|broken ground|break(?:s|ing)? ground|"
    r"ground-?breaking(?! (?:research|technology|work|product|study|discovery))|"
    r"under construction|being (?:built|constructed)|"
    # "Work on the second fab began last year", "construction of its plant is ahead of
    # schedule" (but not "completed construction of")
    r"(?:work|construction) on (?:its|the|a|an|their) [^.;]{1,60}?\b(?:began|begun|begins|"
    r"started|starts|"
    r"commenced|kicked off|is (?:now )?under ?way|got under ?way)|"
    r"(?<!completed )(?<!completes )(?<!finished )(?<!finishes )construction of (?:its|the|a|"
    r"an|their)(?= [\w-]+)[^.;]{1,80}?\b(?:is|was|are|were) (?:running |progressing |now )?"
    r"(?:ahead of|behind|on) (?:schedule|track))\b", re.I)
_BUILDING_HINTS = ("ork", "onstruct", "round", "egan", "egun", "tart", "uilt", "ommenc")


def _facility_events(facilities: list[FacilityFound],
                     published: dt.date | None) -> list[EventFound]:
    """Openings, announcements and expansions of the sites found."""
    out = []
    called_off: set[tuple[str, str]] = set()
    for f in facilities:
        if f.cancelled:  # one decision, however many places tell the site
            if (f.operator, f.kind) in called_off:
                continue
            called_off.add((f.operator, f.kind))
        s = f.sentence
        near = f.pos - s.start
        mishap = 0 <= near < len(s.text) and bool(
            _MISHAP.search(s.text, max(0, near - 60), near + 60))
        # "a fire destroyed its Strasbourg data center": neither an opening nor a plan
        etype = "other" if f.cancelled or mishap else _FACILITY_EVENT.get(f.status or "")
        weak = f.weak_status
        if (etype is None or weak) and not (f.cancelled or mishap) and 0 <= near < len(s.text) \
                and any(h in s.text for h in _BUILDING_HINTS) and _BUILDING.search(
                    s.text, max(0, near - 80), near + 80):
            # "Work began on Meta's data center", "Ground was broken on its new plant":
            # a site under construction, announced as the dev gold tells such sites
            etype, weak = "facility_announcement", False
        if etype is None or weak and not (f.cancelled or mishap):
            continue
        date = next((d for x in [s, *f.also] if (d := dates.find_date(x.text, published))),
                    None)
        if not (f.city or f.country or date):
            continue  # a site with neither place nor date is too vague to be a happening
        out.append(EventFound(etype, [f.operator], f.city.name if f.city else None, f.country,
                              date, f.investment, s, f.confidence * 0.9))
    return out


# Two deals told in one sentence, each with its own partner: "X has ordered Nvidia's chips
# and in May agreed a venture with AMD", "...: Microsoft agreed to buy the output of A's
# plant, and Google has signed up to buy power from B" (the subject of the second, when
# elided, is the sentence's first company)
_DEALS_SPLIT = re.compile(
    r"(?::|,\s+and)\s+(?=(?:[A-Z][\w.&'’-]*\s+){1,3}(?:has|have|had|also|agreed|"
    r"signed|struck|inked|ordered|teamed|partnered|is|are|was|were)\b)|"
    r"\s+and\s+(?=(?:(?:in|on|last|this|earlier|later)\s+\w+\s+)?(?:agreed|signed|struck|"
    r"inked|sealed|ordered|teamed|partnered|formed)\b)")
_SAID_SPLIT = re.compile(
    r",\s+and\s+(?=(?:(?:it|the (?:[\w-]+\s+)?(?:company|firm|group|startup|start-up|operator|"
    r"chipmaker|carmaker|provider))\s+|(?:[A-Z][\w.&'’-]*\s+){1,3})(?:also\s+)?(?:said|says|"
    r"announced|added|confirmed)\b)")
# a clause the story's company opens, told as "it" or "the company"
_STORY_OPENS = re.compile(r"\s*(?:it|the (?:[\w-]+\s+)?(?:company|firm|group|startup|start-up|"
                          r"operator|chipmaker|carmaker|provider))\b", re.I)
_TOLD = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|[a-z]+ed)\b")
_CLAUSE_SPLIT = re.compile(r";\s*|,\s+(?:while|whereas)\s+|\s[—–]\s")
_CLAUSE_MARKS = (";", "while", "whereas", "—", "–")  # each `_CLAUSE_SPLIT` match has one
# a round told of the story's company without naming it: "The round was led by ...",
# "The startup raised $20 million ..."
_ROUND_LEADS = ("The ", "This ", "Its ", "Today", "the ", "It ", "Investment ")
_ROUND_SUBJECT = re.compile(
    r"\s*(?:(?:The|This|Its|Today['’]s|the)\s+(?:[\w-]+\s+){0,2}?(?:round|funding|investment|"
    r"financing|raise)\b|"
    # "Investment could reach 50 billion reais": the sum of the story's project
    r"(?:The |Its )?[Ii]nvestment (?:in (?:the|its) (?:[\w-]+ ){0,3}?)?"
    r"(?:could|will|would|is (?:expected|set|due) to|may|should) (?:\w+ )?(?:reach|total|"
    r"top|exceed|amount to|be worth)\b|"
    r"(?:It|The (?:[\w-]+ ){0,2}?(?:company|startup|start-up|firm|chipmaker|carmaker|automaker|"
    r"maker|operator|provider|developer|manufacturer|giant|lab))\s+(?:has\s+|"
    r"had\s+|also\s+|just\s+|"
    r"now\s+|recently\s+)*(?:raised|closed|secured|landed|received|"
    # "The company said it would invest 2 billion euros in the site", "It plans to invest"
    r"(?:(?:said|says|announced|added)\s+(?:(?:on|in|last|this|earlier)\s+\w+\s+)?"
    r"(?:that\s+)?it\s+(?:would|will|had|has|is to|"
    r"plans to|planned to|intends to|expects to)|plans to|intends to|is to|will|would|"
    r"expects to)\s+(?:also\s+)?invest(?:ed)?)\b)")
# "..., and it has raised $17 million": the story's company raised it, mid-sentence
_AND_IT_RAISED = re.compile(r"\band it\s+(?:has\s+|had\s+|also\s+|now\s+|since\s+)*"
                            r"(?:raised|closed|secured|landed|"
                            # "..., and it said on Tuesday it would invest $100 million"
                            r"(?:(?:said|says|announced|added)\s+(?:(?:on|in|last|this|"
                            r"earlier)\s+\w+\s+)?(?:that\s+)?it\s+)?(?:would|will|plans to|"
                            r"intends to|is to|expects to|aims to)\s+(?:also\s+)?invest)\b")
# "It today revealed that it closed a $115 million round", "On Tuesday, it said it had
# raised $40 million from X", "The startup, which ..., said it has secured": the story's
_IT_SAID_RAISED = re.compile(
    r"\s*(?:[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,6},\s+)?(?:(?i:it)|"
    # "The edge computing startup, which was founded in 2016 by ..., today revealed that it"
    r"(?i:the)\s+(?:[\w-]+\s+){0,3}?(?:company|startup|start-up|firm)"
    r"(?:,\s+(?:which|who)\s[^;]{3,200}?,)?)\s+(?:today\s+|also\s+|on\s+\w+\s+)?"
    r"(?:said|says|announced|revealed|disclosed|confirmed)\s+(?:today\s+|on\s+\w+\s+)?"
    r"(?:that\s+)?it\s+(?:has\s+|had\s+|have\s+|just\s+|recently\s+)*"
    r"(?:raised|closed|secured|landed|received)\b")
# "Skype's Ahti Heinla": a person named by the company they work at, who is the actor
_POSSESSIVE_PERSON = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+[A-Z][a-z]+")
# "..., and it took the wraps off", "the company also unveiled": the story's company
_IT_LAUNCHED = re.compile(r"\b(?:it|the company|the firm)\s+(?:also\s+|has\s+|have\s+|"
                          r"today\s+|now\s+|just\s+|officially\s+){0,2}$", re.I)
# a deal told before its verb, or a licence, in a clause no name opens (see `event_words`)
_DEAL_SIGNED = re.compile(r"\b(?:agreement|deal|pact|contract) (?:(?:(?:they|the two (?:companies|"
                          r"firms|groups)) )?(?:signed|struck|inked|sealed|reached)|"
                          # "under a deal the two companies confirmed in February"
                          r"(?:they|the two (?:companies|firms|groups)|both companies) "
                          r"(?:confirmed|announced|finali[sz]ed|agreed))\b|"
                          # "The search tool has been licensed from X1": the story's company
                          r"\blicen[cs](?:ed|es|ing) (?:[\w-]+ ){0,6}?from\b")
_LEASED_FROM = re.compile(r"\b(?:leased|rented) from\b")
_WHICH_START = re.compile(r"(?:which|who|that)\s", re.I)
_IT = re.compile(r"\b(?:the company|it|the firm)\b", re.I)


def _split(rx: re.Pattern[str], text: str, a: int, b: int,
           before: re.Pattern[str]) -> list[tuple[int, int]]:
    """text[a:b] cut where `rx` matches and `before` is found in the part the cut ends, as
    (start, end) pairs of text."""
    bounds, start = [], a
    for m in rx.finditer(text, a, b):
        if not before.search(text, start, m.start()):
            continue  # "Samsung, Apple, and Google have signed": a list, not two clauses
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, b))
    return bounds


def _clauses(text: str) -> list[tuple[int, int]]:
    if not any(mark in text for mark in _CLAUSE_MARKS):
        return [(0, len(text))]  # the common case, without a scan that stops at every space
    bounds, start = [], 0
    for a, b in cuts(_CLAUSE_SPLIT, text):
        bounds.append((start, a))
        start = b
    bounds.append((start, len(text)))
    return bounds


def _triggered(etype: str, clause: str, first: re.Match[str] | None = None,
               company_ends: set[int] | None = None, supply: bool = False,
               names_at: list[tuple[int, int]] | None = None) -> bool:
    """A trigger word in the clause that is a word, not part of a name ("Qatalyst
    Partners"), and for launches not a plan ("will release"). `first`: the first
    trigger match in the sentence, when the clause starts the sentence (not searched
    again); `names_at`: where (in the clause) companies are named, a trigger word inside
    one being part of its name."""
    rx = _TRIGGER_RX[etype]
    found: Iterable[re.Match[str]] = rx.finditer(clause) \
        if first is None or first.end() > len(clause) or first.re is not rx else \
        itertools.chain([first], rx.finditer(clause, first.end()))
    rare = RARE_TRIGGERS.get(etype)
    if rare is not None and any(h in clause for h in rare[0]):
        found = itertools.chain(found, rare[1].finditer(clause))
    if supply and etype == "partnership":  # (`supply`: the sentence has a supply-deal word)
        found = itertools.chain(found, SUPPLY_DEALS.finditer(clause))
    for m in found:
        if names_at and any(x <= m.start() and m.end() <= y for x, y in names_at):
            continue  # a word of a company's name
        if etype == "partnership" and (m.group(0)[0].isupper() and m.start() > 0 and
                                       not m.group(0).startswith("MoU") or
                                       _PARTNER_JOB.match(clause, m.start()) and not (
                                           clause.startswith(" of", m.end()) and
                                           _COMPANY_PARTNER.search(
                                               clause, max(0, m.start() - 40), m.start())) or
                                       _not_a_deal(clause, m)):
            continue
        product = m.groupdict().get("product") if etype == "product_launch" else None
        if product and (
                product.split(None, 1)[0] in lexicon.GIVEN_NAMES or
                m.group(0)[0] in "Ii" and (clause.startswith(" to ", m.end()) or
                                           _AS_ROLE.match(clause, m.end()))):
            # "introduced Jane Okafor as its chief executive", "introduced Lindqvist to a
            # board member": a person
            continue
        if etype == "product_launch" and (_FUTURE_LAUNCH.search(
                clause, max(0, m.start() - 25), m.start()) or not m.group(0).startswith(
                    ("went", "gone")) and not m.group(0).split(None, 1)[0].endswith("ed") and
                _WHEN_LAUNCH.search(clause, max(0, m.start() - 40), m.start()) or
                _NOT_LAUNCHED.search(
                clause, max(0, m.start() - 25), m.start()) or
                company_ends and m.end() in company_ends and
                not _PRODUCT_AFTER.match(clause, m.end()) and _FOUNDING.search(clause) or
                company_ends and _LAUNCHED_IN_YEAR.match(clause, m.start() + m.group(0).find(" "))
                and any(_BY_ITSELF.fullmatch(clause, e, m.start()) for e in company_ends)):
            # "Kivano launched in 2019 with a budgeting app": the company began, a founding
            continue
        return True
    return False


_TRIGGER_RX = dict(TRIGGERS)
# "introduced Sofia Lund as its head of networks": a person in a job, no product
_AS_ROLE = re.compile(r" as (?:its|their|the|a|an|our) (?:new |next |first |incoming |interim )?"
                      r"(?:[\w-]+ )?(?:chief|head|president|chair\w*|director|officer|CEO|CFO|"
                      r"CTO|COO|leader|manager|executive|founder|partner|lead)\b")
# a partner as a job: "a partner at Greylock Partners", "managing partner of Hemi Ventures",
# "Sequoia partner Dana Ortiz said"
# (a given name and a surname after the word, then a comma or a reporting verb)
_PARTNER_JOB = re.compile(r"partners? (?:at|of)\b|partner,? (?-i:[A-Z][a-z]+ [A-Z][\w'’-]+)"
                          r"(?:[,.]| said| says| told| who|$)", re.I)
# "AWS has been a partner of Nvidia for years", "is a key partner of": a company's, no job
_COMPANY_PARTNER = re.compile(r"\b(?:is|are|was|were|been|become|became)\s+(?:a|an)\s+"
                              r"(?:(?:longtime|long-time|key|close|major|strategic|important|"
                              r"big|early|founding|technology|manufacturing)\s+)?$")
# "gave partners and customers the ability": the word for a company's partners in general
_PARTNERS_AND = re.compile(r"partners,? (?:and|&|or) (?:customers|clients|developers|resellers|"
                           r"suppliers|users)\b")
_AND_PARTNERS = re.compile(r"\b(?:customers|clients|developers|resellers|suppliers|users),? "
                           r"(?:and|&|or) $")
# "who has worked with Russinovich", "I worked with": people working together
_PEOPLE_WORKED = re.compile(r"\b(?:who|I|we|he|she)\s+(?:have\s+|has\s+|had\s+|once\s+|also\s+)*$")
# "teamed up with Dan Kan": a person as the partner
_WITH_PERSON = re.compile(r"\s+with\s+([A-Z][a-z]+)\s+[A-Z][a-z]+")


# "are working with open-source tools to speed up testing": nothing named to the clause's end
_WITH_THINGS = re.compile(r"\s+(?!(?:each|one|them|us|him|her|on|to|for|in|since|over)\b)"
                          r"[a-z][^A-Z]*$")


_STORY_SUBJECT = re.compile(r"\b(?:[Ii]ts?|[Tt]he (?:company|firm|startup|group))\b|"
                            r"^\s*(?:This|These|That)\b")
_DEALS_WITH = re.compile(r"\b(?:partnerships|deals|agreements|collaborations|tie-ups|"
                         r"partnered|teamed up|signed deals) with\b")


def _not_a_deal(clause: str, m: re.Match[str]) -> bool:
    """Whether the partnership word `m` speaks of people or of partners in general, not of
    a deal between companies."""
    word = m.group(0).lower()
    if word.startswith("partners"):
        return bool(_PARTNERS_AND.match(clause, m.start()) or
                    _AND_PARTNERS.search(clause, max(0, m.start() - 20), m.start()))
    if word.startswith("work") and word.endswith("with") and \
            _WITH_THINGS.match(clause, m.end()):
        return True  # "models working with tabular data and images": things, no partner
    if word.startswith(("work", "team")):
        person = _WITH_PERSON.match(clause, m.end())
        return bool(_PEOPLE_WORKED.search(clause, max(0, m.start() - 20), m.start()) or
                    person and person.group(1) in lexicon.GIVEN_NAMES)
    return False
# a company launched is a founding when a year or its founders are told ("when its founders
# launched iRobot in 1990"); "Cloudflare launches Workers AI in India" is a product of a
# name the company rules took for a company
_FOUNDING = re.compile(r"\b(?:in|since) (?:19|20)\d\d\b|\bfound(?:er|ers|ed|ing)\b|"
                       r"\bco-?found", re.I)
# "Kivano launched in 2019 with ...", "X debuted in March 2016 as ...": the company launched
_LAUNCHED_IN_YEAR = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\s*(?:with\b|as\b|,|\.|$)")
_BY_ITSELF = re.compile(r"\s+(?:(?:first|originally|initially|officially|quietly)\s+)?")
# after a company name, what makes it part of a product's ("xAI's first model", "AWS
# SageMaker")
_PRODUCT_AFTER = re.compile(r"['’]s\b|\s+[A-Z0-9]")
# "hasn't yet launched", "have yet to launch", "never released": no launch
_NOT_LAUNCHED = re.compile(r"(?:n['’]t|\bnot|\bnever|\byet to|\bfailed to|\bno longer)\s+"
                           r"(?:yet\s+)?(?:\w+\s+)?$", re.I)
_FUTURE_LAUNCH = re.compile(r"(?:\b(?:will|planning to|plans to|set to|to be|expected to|due to|"
                            r"to|should|could|would|might|may|must|can)|['’]ll)\s+(?:\w+\s+)?$|"
                            # "the initial beta release targets": a noun
                            r"\b(?:beta|alpha|initial|preview|software|firmware|press|news)\s+$|"
                            # "postponed the unveiling", "delayed the launch"
                            r"\b(?:delay(?:s|ed|ing)?|postpon\w+|push(?:es|ed|ing)?(?: back)?|"
                            r"put(?:s|ting)? off)\s+(?:the\s+|its\s+|their\s+)?$|"
                            # "the newly launched X Consortium": an adjective
                            r"\bnewly\s+$|"
                            # "ahead of the launch of its v2 API": a launch to come
                            r"\b(?:ahead of|run-up to|in preparation for|in anticipation of)\s+"
                            r"(?:the\s+|its\s+|their\s+|a\s+)?(?:planned\s+|expected\s+)?$", re.I)
# "when it goes on sale", "once it launches": not yet (but "when Apple launched the iPhone")
_WHEN_LAUNCH = re.compile(r"\b(?:when|once|until|before|if|by the time)\s+(?:\w+\s+){0,4}$",
                          re.I)


def _targets(s: Sentence, a: int, b: int, spans: list[Span],
             places: PlaceIndex) -> list[tuple[int, int]]:
    """Where (in the clause s.text[a:b]) companies and places are named, in order."""
    lo, hi = s.start + a, s.start + b
    at = [(sp.start - lo, sp.end - lo) for sp in spans if lo <= sp.start < hi]
    # "their AI investment in France": a place is a target too
    at += [(c.start - lo, c.end - lo) for c in places.cities_in(lo, hi)]
    at += [(x - lo, y - lo) for (x, y, _c) in places.country_spans if lo <= x < hi]
    return sorted(at)


def _is_deal(etype: str, text: str, names: list[str],
             where: tuple[Sentence, int, int, list[Span], PlaceIndex]) -> bool:
    """Whether a clause with a trigger word states a deal, not talk about deals.
    `where`: the clause's sentence, bounds, companies and places (for `_targets`)."""
    amount = dates.find_amount(text)
    if etype == "investment":
        led = len(names) > 1 and "'" in text and _LED_ROUND.search(text) is not None
        if not amount and (len(names) < 2 or not _INVEST_TARGET.search(text) or
                           not _names_target(text, _targets(*where))) and \
                not _INVEST_PROJECT.search(text) and not led:
            # neither money nor a company invested in ("investing heavily in AI"): talk
            return False
        if amount and _NOT_A_ROUND.search(text) and not _INVEST_VERB.search(text):
            return False  # a valuation, not a new investment
        if (no := _NOT_NEW_MONEY.search(text)) and (
                no.lastgroup in ("spent", "raised") and amount or
                no.lastgroup == "yielded" and amount and
                no.start() <= dates.amount_start(text) < no.end() or
                no.lastgroup == "held" and not _INVEST_VERB.search(text) and not led):
            # "spends $1,000 a month on": a cost; "raised its forecast to $28 billion",
            # "raised $11 billion in bonds": no stake sold; "retains a 20% stake in": a
            # holding; "to add $1 billion to the economy" (the clause's first sum): a yield
            return False
        if amount and (total := _TOTAL.search(text)) and \
                total.start() < dates.amount_start(text):
            return False
        first = dates.amount_start(text) if amount else len(text)
        # "raised $15 million in a series A round and has raised $60 million to date": the
        # round told first, then the total in a clause of its own
        told = first < len(text) and _ROUND_VERB.search(text, 0, first) is not None
        return not any(not (m.group(1) and _REPORTED.search(text, 0, m.start())) and not (
                           told and m.start() > first and
                           _AND_HAS.search(text, first, m.start()) is not None)
                       for m in _RUNNING_TOTAL.finditer(text))
    if etype == "partnership":
        if not _PARTNER_WORD.search(text) and (acq := _ACQ_WORD.search(text)) and \
                not _BUYS_SUPPLY.match(text, acq.end()):
            # "a deal with" in an acquisition story is the acquisition (but "a deal with
            # Statkraft to buy up to 1 TWh of wind power" is a supply deal)
            return False
        return len(names) >= 2  # a partnership has two sides
    return True


def _event(etype: str, names: list[str], s: Sentence, a: int, b: int, places: PlaceIndex,
           published: dt.date | None) -> EventFound:
    clause = s.text[a:b]
    city = next((c for c in places.cities if s.start + a <= c.start < s.start + b), None)
    country = city.place.country if city else next(
        (c for (x, _y, c) in places.country_spans if s.start + a <= x < s.start + b), None)
    amount = dates.find_amount(clause) if etype in ("acquisition", "investment") else None
    return EventFound(etype, names[:4], city.name if city else None, country,
                      dates.find_date(clause, published) or dates.find_date(s.text, published),
                      amount, s, 0.7)


_INVEST_TARGET = re.compile(
    r"\b(?=[bcdefilsv])(?:invest(?:s|ed|ing|ment)? (?:\w+ ){0,3}?in|stake in|backed by|"
    r"(?:funding|investment) from|led by|"
    r"(?:financial|equity|capital|investor|venture|dollar)\s+backing from)\b")
# between "invested in" and the company: a few words naming it ("the AI startup", "a
# Dubai-based") but no verb or possessive ("invest in Arm's research" is not a stake)
# "is investing in a 4,000-km undersea cable": a company's stake in one named project
_INVEST_PROJECT = re.compile(
    r"\binvest(?:s|ed|ing)? (?:\w+ )?in (?:a|an|another|two|three|new)\s+(?:[\w,.-]+\s+){0,4}?"
    r"(?:cables?|cable systems?|data ?cent(?:er|re)s?|datacenters?|plants?|factor(?:y|ies)|fabs?|"
    r"campus|campuses|pipelines?|satellites?|networks?|facilit(?:y|ies)|regions?|hubs?)\b")
# a round of a company led or joined: "Schwarz Group led Aleph Alpha's 2023 funding round",
# "joined Anthropic's Series C"
_LED_ROUND = re.compile(
    r"\b(?:led|co-led|joined|took part in|participated in) (?-i:[A-Z])[\w.&' -]{0,40}?[\w.&]'s? "
    r"(?:(?:(?:19|20)\d\d|latest|last|previous|first|new|early|recent|seed-stage) )*(?:funding|"
    r"financing|investment|Series [A-H]|seed)(?: round)?\b")
_NAME_NEXT = re.compile(r"(?:\s+(?:the|a|an|[\w-]+-based|[a-z][\w-]*|[A-Z][\w-]*)){0,4}\s+")
_INVEST_VERB = re.compile(r"\b(?:invest(?:s|ed|ing)?|raised|raises|led by)\b")
_RUNNING_TOTAL = re.compile(
    r"\b(?=[adehiopstDIO])(?:in total|a total of|so far|to date|since (?:its|it was) "
    r"(?:inception|founded|founding)|(had) (?:raised|received|secured|invested)|"
    r"(?:previous|prior|earlier|past) (?:funding )?rounds|"
    # "Ontario has drawn C$40 billion of investment since 2020": a sum over the years
    r"(?:has|have) (?:\w+ )?(?:drawn|attracted|received|invested|poured|pumped|spent|put|"
    r"lured|won)\b[^.;]{0,80}?\bsince (?:19|20)\d\d|"
    r"(?i:over|in|during) the (?:last|past) (?:\w+ )?(?:years|decade))\b")
_AND_HAS = re.compile(r"\band\s+(?:it\s+|the (?:company|startup|firm)\s+)?(?:has|have|had)\b")
_ROUND_VERB = re.compile(r"\b(?:raised|raises|closed|secured|landed)\b")
# "brings its total raised to $224 million": the sum is a total (a round's own sum, told
# first, may be followed by one: "closed a $78 million round, bringing its total to ...")
_TOTAL = re.compile(r"\btotal (?:raised|funding|investment|capital)\b")
# "announced it had raised $100 million": the news told in reported speech
_REPORTED = re.compile(r"\b(?:announced|said|revealed|confirmed|disclosed|reported)"
                       r"(?: that)?(?: it| they| the \w+)?\s*$")
_NOT_NEW_MONEY = re.compile(
    r"\b(?=[abcghikmorsp])(?:(?P<spent>(?:spend|spends|spending|spent)\b[^.;]{0,40}?\b(?:a|per|each)"
    r"\s+(?:month|year|week|day|piece|unit|user)\b|mean spending\b|(?:spend|spends|spending|"
    r"spent)\b(?:[^.;]|\.\d){0,40}?\bon (?:capital expenditures?|capex|research and development|"
    r"R&D|"
    r"buybacks|share repurchases|dividends|marketing)\b|"
    # "would spend $3.3bn to buy a bank": a price, told as the deal
    r"(?:spend|spends|spending|spent)\b(?:[^.;]|\.\d){0,40}?\bto (?:buy|acquire|purchase|"
    r"take over)\b)|"
    r"(?P<raised>(?:raise[sd]?|raising)\s+(?:its|their|the|a)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:forecasts?|guidance|outlook|prices?|estimates?|targets?|dividends?|wages|pay|fees|"
    r"rates|concerns|questions|tariffs)\b|(?:raise[sd]?|raising)\b[^.;]{0,40}?\b(?:bonds?|"
    r"debt|notes|loans?)\b)|"
    r"(?P<held>(?:retain|hold|own|inherit|keep|kept|held)(?:s|ed|ing)? (?:on to )?"
    r"(?:a|an|its|the|their)? ?(?:[\w.-]+ ){0,3}?(?:stake|holding)\b|"
    # "had 40 billion euros in cash and investments": what a company holds
    r"cash(?:,| and) (?:short-term |cash equivalents and )?investments\b|"
    r"investments? (?:income|portfolio|gains?|losses|returns?)\b)|"
    # "expects the investment to add NZ$1.1 billion to the economy": its yield, not its sum
    r"(?P<yielded>(?:add|adds|added|adding|contribut\w+|inject\w*|generat\w+|boost\w*)\s+"
    r"(?:(?:about|around|some|nearly|almost|up to|more than|over|an estimated|an extra)\s+)?"
    r"(?:[A-Z]{0,3}[$€£¥₹]|Rs\.?\s?)[\d.,]+\s*(?:trillion|billion|million|bn|tn|m|b)?\s+"
    r"(?:to|in|into)\s+(?:(?:the|its|their|[\w-]+['’]s)\s+){0,2}(?:[\w-]+\s+){0,2}?"
    r"(?:economy|economies|GDP|gross domestic product|economic (?:output|activity))\b))")


def _names_target(text: str, at: list[tuple[int, int]]) -> bool:
    """A company (or place) named just after "invest in", "stake in", "backed by" ...,
    itself, not its belongings ("invest in Arm's research")."""
    for m in _INVEST_TARGET.finditer(text):
        nxt = next(((x, y) for x, y in at if x >= m.end()), None)
        if nxt and (_NAME_NEXT.fullmatch(text, m.end(), nxt[0]) or
                    # (the listed backers back a name told before: "Blu-ray, backed by 100
                    # firms including Sony" is a format's camp)
                    at[0][1] <= m.start() and _LISTED_NEXT.fullmatch(text, m.end(), nxt[0])) \
                and not text.startswith(("'s", "’s"), nxt[1]):
            return True
    return False


# "backed by the government and eight corporations including Toyota": the backers a cue
# lists ("backed by strong demand from customers such as X" names none)
_LISTED_NEXT = re.compile(r"\s+(?:(?!demand|customers?|clients|orders|sales|revenue|growth|data|"
                          r"research|loans?|guarantees?|(?:has|have|had|is|are|was|were|will|"
                          r"would|said|says|[a-z]+ed)\s)[^\s;,()]+\s+){1,12}?(?:including|"
                          r"such as|among them)\s+")
# (and what tells a supply deal rather than a purchase: "buy the output of", "signed up to")
_PARTNER_WORD = re.compile(r"partner|alliance|joint venture|collaborat|forces|merge their|"
                           r"output|(?:power|electricity|energy) (?:from|of)|signed up|"
                           r"power purchase agreements? with (?-i:[A-Z])|together with|help", re.I)


# what a supply deal buys, right after its deal word: "to buy up to 300 GWh of solar power",
# "to purchase the electricity generated by", "to buy 80 megawatts of capacity"
_BUYS_SUPPLY = re.compile(
    r"\s+(?:(?:up to|about|around|some|more than|nearly|all|most|part|half|of|the|its|their|"
    r"a|an)\s+)*(?:[\d.,]+\s*)?(?:[\w-]+\s+){0,3}?(?:power|electricity|energy|output|"
    r"capacity|megawatts?|gigawatts?|MW|GW|[\w-]*watt-hours?|[TGM]Wh)\b")


# (also "The deal values Mistral at 11.7 billion euros", "a round that values it at")
_NOT_A_ROUND = re.compile(r"\b(?:valuation|valued at|worth|"
                          r"valu(?:es|ing) (?:[\w.&'’-]+ ){1,4}?at)\b", re.I)

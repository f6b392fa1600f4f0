"""Events: what happened (an opening, a deal, an investment ...), to whom, where, when.

Each sentence yields at most one event per type; events of the same type, companies
and place told twice in one article are merged. Facility events come from the
facilities found (their status says opening, announcement or expansion).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from loaders import dates, lexicon
from loaders.companies import CompanyIndex, Span
from loaders.facilities import FacilityFound
from loaders.places import PlaceIndex
from loaders.text import Sentence
from loaders.triggers import Triggers

# The lookaheads after \b (the first letters of the words) change no match: they let the
# regex engine pass over other positions quickly.
_TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("acquisition", re.compile(
        r"\b(?=[abgmnopst])"
        r"(?:acquir(?:e|es|ed|ing)|acquisition|bought|buys|buying|buy|agreed to buy|"
        r"takeover|take over|took over|purchas(?:e|ed|es|ing)|snapped up|merg(?:er|e|ed|ing) "
        r"with|merger|sold|sells|sell|bid for|offer for|buyout|(?:picks|picked|scoops|scooped|"
        r"snaps|gobbles|gobbled) up|nabs|nabbed|snags|snagged|spin(?:s|ning)? off|spun off|"
        r"spin-off|merge|to merge)\b|"
        r"\b(?=[dost])(?:offload|divest|transfer|shift)\w*\s+(?:its|their)\b", re.I)),
    ("investment", re.compile(
        r"\b(?=[bcfiprsv])(?:invest(?:s|ed|ing|ment|ments)?|raised|raises|raising|funding round|"
        r"Series [A-H]\b|seed round|round of funding|"
        r"pour(?:s|ed|ing)? \S+|(?:spend(?:s|ing)?|commit(?:s|ted)?|pledg(?:e|es|ed)) "
        r"(?:(?:almost|about|around|nearly|roughly|up to|more than|over|some|another|"
        r"an additional|at least|a further)\s+){0,2}(?:(?:US)?[$€£¥₹]|Rs\b|[\d.]+ (?:billion|"
        r"million|bn|m) (?:euros|dollars|pounds|yen|yuan|rupees|won)\b)|"
        r"valuation|valued at|backed by|(?:backing|funding|investment) from|stake in)\b|"
        r"\b(?=[bglns])(?:bag|get|nab|snag|land|secure)(?:s|d|ged|bed|ged)? "
        r"(?:(?:a|an|another|over|nearly|about|more than|up to)\s+)?(?:US)?[$€£¥₹][\d.,]+\s*"
        r"(?:million|billion|[mbk]n?)?\s+(?:in\s+(?:[\w-]+\s+){0,3}?(?:funding|financing|"
        r"capital|investment|round)|from|led by)\b|"
        r"[$€£][\d.,]+ ?(?:million|billion|[mb]n?) (?:funding )?round\b", re.I)),
    ("partnership", re.compile(
        r"\b(?=[abcdfijlmpstw])(?:partner(?:s|ed|ing|ship|ships)?|teamed up|team up|teams up|"
        r"teaming up|co-own(?:s|ed)? by|jointly (?:owned|built|developed) by|"
        # a company hired for a job: "Apple taps TSMC to make its chips", "picked Google
        # Cloud as its provider", "will supply Nvidia with memory"
        r"(?-i:(?:taps|tapped|selects|selected|chose|chooses|picks|picked) (?!Up\b)"
        r"(?=[A-Z])[\w.&-]+(?: [A-Z][\w.&-]*){0,3} (?:to|as|for)\b)|"
        r"(?:supply|supplies|supplied|supplying) (?-i:(?=[A-Z]))[\w.&-]+(?: [A-Z][\w.&-]*){0,3} "
        r"with\b|"
        r"(?:completed|built|finished|laid|developed|co-developed) their (?!own|respective|"
        r"separate)(?:[\w,-]+ ){0,5}?(?:cable|pipeline|project|network|satellite|consortium|"
        r"venture|standard)|"
        r"alliance|join(?:s|ed|ing)? forces|"
        r"merg(?:e|es|ed|ing) (?:their|the two(?: companies['’])?) (?:[\w-]+ ){0,3}?(?:units|"
        r"businesses|operations|divisions|services|arms)|collaboration between|"
        r"joint venture|collaborat(?:e|es|ed|ing|ion) with|"
        r"(?:sign(?:s|ed|ing)?|ink(?:s|ed)) (?:[\w-]+ ){0,5}?"
        r"(?:agreements?|deals?|contracts?|pacts?|memorandum|MoU)|(?:agreements?|deal|pact|"
        r"contract) with|tie-up|tie up|"
        r"work(?:s|ed|ing)? (?:together|with)|working together)\b", re.I)),
    ("product_launch", re.compile(
        r"\b(?=[dilru])"
        r"(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|releas(?:e|es|ed|"
        r"ing)|debut(?:s|ed)?|rolled out|rolls out|roll out|rolling out)\b\s+(?:(?:(?i:its |a |an "
        r"|the |new |\w+ )){0,4}(?i:chip|processor|GPU|CPU|model|service|platform|product|phone|"
        r"smartphone|device|app|software|tool|car|vehicle|feature|assistant|engine|system|"
        r"accelerator|server|instance|API|version|edition|line|chatbot|bot|robot|headset|"
        r"laptop|tablet|watch|console|drone|camera|glasses|subscription|update|upgrade)s?\b|"
        r"(?:(?i:its |a |an |the |"
        r"new ))*(?:[A-Z][\w.-]*\d|[a-z]+[A-Z][\w.-]*|[A-Z][a-z]+ \d[\w.]*|[A-Z]{2,}[\w.-]*))|"
        # a launch in a market ("is now launching in Japan"), not a founding ("the startup,
        # launched in Berlin in 2016", "was launched in")
        r"\b(?=[dlr])(?<!was )(?<!were )(?<!been )(?<!, )(?:launch(?:es|ed|ing)?|debut(?:s|ed)?|"
        r"rolls out|rolled out)\s+in\s+(?!(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December|The|A|An)\b)(?=[A-Z])"),
    ),
]
_FACILITY_EVENT = {"opened": "facility_opening", "announced": "facility_announcement",
                   "planned": "facility_announcement", "under_construction":
                   "facility_announcement", "expanded": "expansion"}


@dataclass(slots=True)
class EventFound:
    type: str
    companies: list[str]
    city: str | None
    country: str | None
    date: str | None
    amount: str | None
    sentence: Sentence
    confidence: float
    # for deals: True when only agreed, planned or blocked ("agreed to buy", "would
    # buy"), False when done ("acquired", "completed its purchase of"), None when untold
    tentative: bool | None = None


def find_events(sents: list[Sentence], trig: Triggers, companies: CompanyIndex,
                places: PlaceIndex, facilities: list[FacilityFound], published: dt.date | None,
                main_company: str | None) -> list[EventFound]:
    out = _facility_events(facilities, published)
    # per type, the sentences with a trigger word and where the first one is
    hits_by_type = {etype: {i: m for i in trig[etype] if (m := rx.search(sents[i].text))}
                    for etype, rx in _TRIGGERS}
    for i in sorted(set().union(*hits_by_type.values())):
        s = sents[i]
        spans = companies.in_range(s.start, s.end)
        if i in hits_by_type["acquisition"]:
            out.extend(_acquisitions(s, spans, places, published, main_company))
        types = [t for t, _rx in _TRIGGERS if i in hits_by_type[t] and t != "acquisition"]
        if not types:
            continue
        # "Airtable raised $100 million, while Monday.com closed a $50 million round":
        # each clause tells its own deal
        for a, b in _clauses(s.text):
            clause = s.text[a:b]
            names = list(dict.fromkeys(sp.name for sp in spans
                                       if s.start + a <= sp.start < s.start + b and
                                       not s.text.startswith(_DESCRIBES, sp.end - s.start)))
            people = {sp.name for sp in spans if s.start + a <= sp.start < s.start + b and
                      _works_at(s.text, sp.end - s.start)} if "s " in s.text else set()
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
                if subject and subject not in names and a > 0:
                    names.insert(0, subject)
                elif main_company and main_company not in names and _IT.search(clause):
                    names.insert(0, main_company)
            for etype in types:
                told = names
                if etype == "investment" and main_company and main_company not in names and (
                        clause.lstrip().startswith(_ROUND_LEADS) and _ROUND_SUBJECT.match(clause)
                        or " it " in clause and _AND_IT_RAISED.search(clause)):
                    # "The round was led by Sequoia", "..., and it has raised $17 million"
                    told = [main_company, *(n for n in names if n not in people)]
                if not told:
                    continue
                first = hits_by_type[etype][i] if a == 0 else None
                # "when we launched FSLogix in 2012": a company launched is a founding
                ends = {sp.end - s.start - a for sp in spans} if etype == "product_launch" \
                    else None
                if _triggered(etype, clause, first, ends) and _is_deal(
                        etype, clause, told, (s, a, b, spans, places)):
                    out.append(_event(etype, told, s, a, b, places, published))
    family = _family_of(companies)
    return _news_dates(_merge(_own_family(_drop_deal_talk(out), family), family), published)


# "Arm-based chips", "Nvidia-powered servers": a name that describes a product
_DESCRIBES = ("-based", "-powered", "-compatible", "-like")


def _works_at(text: str, end: int) -> bool:
    """'Skype's Ahti Heinla': the name before a possessive and a person's name."""
    if not text.startswith(("'s ", "’s "), end):
        return False  # (the common case, without a regex)
    m = _POSSESSIVE_PERSON.match(text, end)
    return m is not None and m.group(1) in lexicon.GIVEN_NAMES


# "X has opened ...", "X has agreed to buy ...": the news of the day
_NEWS_NOW = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|officially\s+|finally\s+)?"
                       r"(?:opened|launched|announced|acquired|agreed|completed|raised|closed|"
                       r"unveiled|signed|partnered|invested|released|introduced|debuted)\b")


def _news_dates(events: list[EventFound], published: dt.date | None) -> list[EventFound]:
    """Dates for the story's own news: a happening told in the title or in the present
    perfect without a date is the publish day's, and a site announced "to open in 2026"
    was announced on the publish day (2026 is when it opens)."""
    if published is None:
        return events
    today = published.isoformat()
    for e in events:
        if e.date is None and (e.sentence.start == 0 or _NEWS_NOW.search(e.sentence.text)):
            e.date = today
        elif e.type == "facility_announcement" and e.date and e.date[:len(today)] > today:
            e.date = today
    return events


def _drop_deal_talk(events: list[EventFound]) -> list[EventFound]:
    """In a story of A buying B, A "working with" or "investing in" B is the deal told
    again (or its run-up), not another one."""
    bought = {frozenset(e.companies[:2]) for e in events  # before merging, which joins sides
              if e.type == "acquisition" and len(e.companies) > 1}
    if not bought:
        return events
    return [e for e in events if e.type not in ("partnership", "investment") or
            len(e.companies) != 2 or frozenset(e.companies) not in bought]


# what befalls a site: news of it is neither an opening nor a plan
_MISHAP = re.compile(r"\b(?=[bdefo])(?:fire|blaze|flood(?:s|ed|ing)?|explosion|outage|"
                     r"destroy(?:s|ed)|damag(?:es|ed|ing)|earthquake)\b", re.I)


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
        if etype is None or f.weak_status and not (f.cancelled or mishap):
            continue
        date = next((d for x in [s, *f.also] if (d := dates.find_date(x.text, published))),
                    None)
        if not (f.city or f.country or date):
            continue  # a site with neither place nor date is too vague to be a happening
        out.append(EventFound(etype, [f.operator], f.city.name if f.city else None, f.country,
                              date, f.investment, s, f.confidence * 0.9))
    return out


_CLAUSE_SPLIT = re.compile(r";\s*|,\s+(?:while|whereas)\s+|\s[—–]\s")
_CLAUSE_MARKS = (";", "while", "whereas", "—", "–")  # each `_CLAUSE_SPLIT` match has one
# a round told of the story's company without naming it: "The round was led by ...",
# "The startup raised $20 million ..."
_ROUND_LEADS = ("The ", "This ", "Its ", "Today", "the ", "It ")
_ROUND_SUBJECT = re.compile(
    r"\s*(?:(?:The|This|Its|Today['’]s|the)\s+(?:[\w-]+\s+){0,2}?(?:round|funding|investment|"
    r"financing|raise)\b|(?:It|The (?:company|startup|firm))\s+(?:has\s+|had\s+|also\s+|just\s+|"
    r"now\s+|recently\s+)*(?:raised|closed|secured|landed|received)\b)")
# "..., and it has raised $17 million": the story's company raised it, mid-sentence
_AND_IT_RAISED = re.compile(r"\band it\s+(?:has\s+|had\s+|also\s+|now\s+|since\s+)*"
                            r"(?:raised|closed|secured|landed)\b")
# "Skype's Ahti Heinla": a person named by the company they work at, who is the actor
_POSSESSIVE_PERSON = re.compile(r"['’]s\s+([A-Z][a-z]+)\s+[A-Z][a-z]+")
_WHICH_START = re.compile(r"(?:which|who|that)\s", re.I)
_IT = re.compile(r"\b(?:the company|it|the firm)\b", re.I)


def _clauses(text: str) -> list[tuple[int, int]]:
    if not any(mark in text for mark in _CLAUSE_MARKS):
        return [(0, len(text))]  # the common case, without a scan that stops at every space
    bounds, start = [], 0
    for a, b in _cuts(_CLAUSE_SPLIT, text):
        bounds.append((start, a))
        start = b
    bounds.append((start, len(text)))
    return bounds


# "Daimler — through its taxi unit — bought Taxibeat": a short aside between two dashes
# leaves the clause whole (the name before the dashes is the subject after them)
_ASIDE = re.compile(r"\s[—–]\s[^—–;.]{1,80}?\s[—–]\s")


def _cuts(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where `rx` breaks `text` into clauses, but for the dashes around a short aside."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)
              if m.group(0).count(" ") <= 13] if "—" in text or "–" in text else []
    return [(m.start(), m.end()) for m in rx.finditer(text)
            if not any(a <= m.start() < b for a, b in asides)]


def _triggered(etype: str, clause: str, first: re.Match[str] | None = None,
               company_ends: set[int] | None = None) -> bool:
    """A trigger word in the clause that is a word, not part of a name ("Qatalyst
    Partners"), and for launches not a plan ("will release"). `first`: the first
    trigger match in the sentence, when the clause starts the sentence (not searched
    again)."""
    rx = _TRIGGER_RX[etype]
    found = rx.finditer(clause) if first is None or first.end() > len(clause) else \
        itertools.chain([first], rx.finditer(clause, first.end()))
    for m in found:
        if etype == "partnership" and (m.group(0)[0].isupper() and m.start() > 0 or
                                       _PARTNER_JOB.match(clause, m.start())):
            continue
        if etype == "product_launch" and (_FUTURE_LAUNCH.search(
                clause, max(0, m.start() - 25), m.start()) or _NOT_LAUNCHED.search(
                clause, max(0, m.start() - 25), m.start()) or
                company_ends and m.end() in company_ends and
                not _PRODUCT_AFTER.match(clause, m.end())):
            continue
        return True
    return False


_TRIGGER_RX = dict(_TRIGGERS)
# a partner as a job: "a partner at Greylock Partners", "Sequoia partner Dana Ortiz said"
# (a given name and a surname after the word, then a comma or a reporting verb)
_PARTNER_JOB = re.compile(r"partners? at\b|partner,? (?-i:[A-Z][a-z]+ [A-Z][\w'’-]+)"
                          r"(?:,| said| says| told| who)", re.I)
# after a company name, what makes it part of a product's ("xAI's first model", "AWS
# SageMaker")
_PRODUCT_AFTER = re.compile(r"['’]s\b|\s+[A-Z0-9]")
# "hasn't yet launched", "have yet to launch", "never released": no launch
_NOT_LAUNCHED = re.compile(r"(?:n['’]t|\bnot|\bnever|\byet to|\bfailed to|\bno longer)\s+"
                           r"(?:yet\s+)?(?:\w+\s+)?$", re.I)
_FUTURE_LAUNCH = re.compile(r"\b(?:will|planning to|plans to|set to|to be|expected to|due to)\s+"
                            r"(?:\w+\s+)?$", re.I)


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
        if not amount and (len(names) < 2 or not _INVEST_TARGET.search(text) or
                           not _names_target(text, _targets(*where))) and \
                not _INVEST_PROJECT.search(text):
            # neither money nor a company invested in ("investing heavily in AI"): talk
            return False
        if amount and _NOT_A_ROUND.search(text) and not _INVEST_VERB.search(text):
            return False  # a valuation, not a new investment
        if (no := _NOT_NEW_MONEY.search(text)) and (
                no.lastgroup in ("spent", "raised") and amount or
                no.lastgroup == "held" and not _INVEST_VERB.search(text)):
            # "spends $1,000 a month on": a cost; "raised its forecast to $28 billion",
            # "raised $11 billion in bonds": no stake sold; "retains a 20% stake in": a holding
            return False
        if amount and (total := _TOTAL.search(text)) and \
                total.start() < dates.amount_start(text):
            return False
        return not any(not (m.group(1) and _REPORTED.search(text, 0, m.start()))
                       for m in _RUNNING_TOTAL.finditer(text))
    if etype == "partnership":
        if not _PARTNER_WORD.search(text) and _ACQ_WORD.search(text):
            return False  # "a deal with" in an acquisition story is the acquisition
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
_NAME_NEXT = re.compile(r"(?:\s+(?:the|a|an|[\w-]+-based|[a-z][\w-]*|[A-Z][\w-]*)){0,4}\s+")
_INVEST_VERB = re.compile(r"\b(?:invest(?:s|ed|ing)?|raised|raises|led by)\b")
_RUNNING_TOTAL = re.compile(
    r"\b(?=[adehiopstDIO])(?:in total|a total of|so far|to date|since (?:its|it was) "
    r"(?:inception|founded|founding)|(had) (?:raised|received|secured|invested)|"
    r"(?:previous|prior|earlier|past) (?:funding )?rounds|"
    r"(?i:over|in|during) the (?:last|past) (?:\w+ )?(?:years|decade))\b")
# "brings its total raised to $224 million": the sum is a total (a round's own sum, told
# first, may be followed by one: "closed a $78 million round, bringing its total to ...")
_TOTAL = re.compile(r"\btotal (?:raised|funding|investment|capital)\b")
# "announced it had raised $100 million": the news told in reported speech
_REPORTED = re.compile(r"\b(?:announced|said|revealed|confirmed|disclosed|reported)"
                       r"(?: that)?(?: it| they| the \w+)?\s*$")
_NOT_NEW_MONEY = re.compile(
    r"\b(?=[hikmorsp])(?:(?P<spent>(?:spend|spends|spending|spent)\b[^.;]{0,40}?\b(?:a|per|each)"
    r"\s+(?:month|year|week|day|piece|unit|user)\b|mean spending\b|(?:spend|spends|spending|"
    r"spent)\b[^.;]{0,40}?\bon (?:capital expenditures?|capex|research and development|R&D|"
    r"buybacks|share repurchases|dividends|marketing)\b)|"
    r"(?P<raised>(?:raise[sd]?|raising)\s+(?:its|their|the|a)?\s*(?:[\w-]+\s+){0,2}?"
    r"(?:forecasts?|guidance|outlook|prices?|estimates?|targets?|dividends?|wages|pay|fees|"
    r"rates|concerns|questions|tariffs)\b|(?:raise[sd]?|raising)\b[^.;]{0,40}?\b(?:bonds?|"
    r"debt|notes|loans?)\b)|"
    r"(?P<held>(?:retain|hold|own|inherit|keep|kept|held)(?:s|ed|ing)? (?:on to )?"
    r"(?:a|an|its|the|their)? ?(?:[\w.-]+ ){0,3}?(?:stake|holding)\b))")


def _names_target(text: str, at: list[tuple[int, int]]) -> bool:
    """A company (or place) named just after "invest in", "stake in", "backed by" ...,
    itself, not its belongings ("invest in Arm's research")."""
    for m in _INVEST_TARGET.finditer(text):
        nxt = next(((x, y) for x, y in at if x >= m.end()), None)
        if nxt and _NAME_NEXT.fullmatch(text, m.end(), nxt[0]) and \
                not text.startswith(("'s", "’s"), nxt[1]):
            return True
    return False
_PARTNER_WORD = re.compile(r"partner|alliance|joint venture|collaborat|forces|merge their",
                           re.I)


_NOT_A_ROUND = re.compile(r"\b(?:valuation|valued at|worth)\b", re.I)
_ACQ_WORD = re.compile(
    r"\b(?=[abgmnopstw])(?:acquir(?:e|es|ed|ing)|acquisition of|bought|buys|buying|to buy|"
    r"takeover of|took over|purchas(?:e|ed|es|ing)(?: of)?|snapped up|merg(?:er|ed|es|ing) with|"
    r"(?:will|would|could|might|may) buy|(?:takeover )?(?:bid|offer) for|buyout of|"
    r"(?P<loose>(?:picks|picked|scoops|scooped|snaps|gobbles|gobbled) up|nabs|nabbed|snags|"
    r"snagged))\b", re.I)
_PRONOUN = re.compile(r"(?:^|[;,]\s*|\b(?:and|when|after)\s+)(?:it|the company|the firm)\b"
                      r"(?:\s+\w+){0,3}\s*$", re.I)
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s")
_NEW_PHRASE = re.compile(r",\s+[a-z]")
_OWNER_LEAD = re.compile(r"['’]s?\s+(?:[\w$€£.,-]+\s+){0,4}")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?$")
# "LinkedIn, which Microsoft bought in 2016": the target is the name before "which" (a
# legal suffix may follow it); the deal word must end the relative clause's verb phrase.
_WHICH = re.compile(r"(?:\.|\s+[A-Z][\w.]{0,6})?,\s+(?:which|that)\s+")
_WHICH_END = re.compile(r"\s*(?:in\b|for\b|last\b|earlier\b|a year\b|,|\.|$)")


# "Intel sold its NAND business to SK Hynix": a sale of a business is an acquisition by the
# company after "to", of the seller. Only a business noun as the object: "Nvidia sold chips
# to Microsoft" is trade, not a deal.
_SALE = re.compile(
    r"\b(?=[adost])(?:sold|sells|selling|agreed to sell|to sell|offload(?:s|ed|ing)?|"
    r"divest(?:s|ed|ing)?|transfer(?:s|red|ring)?|shift(?:s|ed|ing)?)\s+(?:its|their|a|the)\s+"
    r"(?:[\w&-]+\s+){0,3}?(?:business|businesses|unit|units|division|divisions|operations|arm|"
    r"subsidiary|stake|brand|segment|assets)\s+(?:in\s+(?:\S+\s+){1,3}?)?to\s+", re.I)
# between "sold its unit to" and the buyer: "Japanese manufacturer", "rival chipmaker"
_BUYER_NOUN = re.compile(r"(?:[\w-]+\s+){0,2}?(?:maker|manufacturer|firm|company|giant|rival|"
                         r"startup|group|operator|provider|carmaker|chipmaker|conglomerate|"
                         r"investor|fund|consortium)\s+")
# "After selling its chip unit to X, Y ...": the seller is the subject after the comma
_FRONTED = re.compile(r"\s*(?:After|Since|Following|Before|By|Besides)\s+\w+ing\b")


def _sales(s: Sentence, spans: list[Span], published: dt.date | None) -> list[EventFound]:
    out = []
    for m in _SALE.finditer(s.text):
        a, b = s.start + m.start(), s.start + m.end()
        seller = next((sp.name for sp in reversed(spans) if sp.end <= a), None)
        buyer = next((sp.name for sp in spans if sp.start == b or b < sp.start < b + 40 and
                      _BUYER_NOUN.fullmatch(s.text, m.end(), sp.start - s.start)), None)
        if seller is None and _FRONTED.match(s.text):
            comma = s.text.find(", ", m.end())
            seller = next((sp.name for sp in spans if comma > 0 and
                           sp.start == s.start + comma + 2), None)
        if seller and buyer and seller != buyer:
            out.append(EventFound("acquisition", [buyer, seller], None, None,
                                  dates.find_date(s.text, published),
                                  dates.find_amount(s.text), s, 0.6))
    return out


# "X and Y agreed to merge" (not "merge with", "merge their units": those are told
# elsewhere); "X spun off its chip unit", "the spin-off of Y"
_MERGE = re.compile(r"\b(?=[amtw])(?:(?:agreed|agree|agrees|plan|plans|planned|set|will|would|"
                    r"to)\s+(?:to\s+)?merge|merged|are merging)\b(?!\s+(?:with|their|its|the two))")
_SPIN = re.compile(r"\b(?=[s])(?:spin|spins|spinning|spun)[ -]off\b", re.I)
# "Ant Group, a spin-off of Alibaba", "through a spin-off company": a description
_SPIN_NOUN = re.compile(r"\s+(?:of|company|firm|startup|entity)\b")
_THE_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:planned\s+|proposed\s+)?$", re.I)
_NOT_RIGHT_AFTER = re.compile(r"[\d$€£¥₹]|\bfrom\b|\b(?:pace|steam|slack|speed|momentum)\b")


def _mergers_and_spinoffs(s: Sentence, spans: list[Span], breaks: list[tuple[int, int]],
                          published: dt.date | None,
                          main_company: str | None) -> list[EventFound]:
    out = []
    text = s.text
    for m in _MERGE.finditer(text):
        clause_start = max((b for a, b in breaks if b <= m.start()), default=0)
        before = [sp for sp in spans if s.start + clause_start <= sp.start and
                  sp.end <= s.start + m.start()]
        if len(before) >= 2 and text[before[-2].end - s.start:before[-1].start - s.start] in \
                (" and ", " & "):
            done = m.group(0).startswith("merged")
            out.append(EventFound("acquisition", [before[-2].name, before[-1].name], None,
                                  None, dates.find_date(text, published),
                                  dates.find_amount(text), s, 0.6, None if done else True))
    for m in _SPIN.finditer(text):
        if _SPIN_NOUN.match(text, m.end()) and not _THE_BEFORE.search(text, 0, m.start()):
            continue
        clause_start = max((b for a, b in breaks if b <= m.start()), default=0)
        clause_end = min((a for a, b in breaks if a >= m.end()), default=len(text))
        lead = [sp.name for sp in spans if s.start + clause_start <= sp.start and
                sp.end <= s.start + m.start()]
        if not lead and main_company and _PRONOUN.search(text[clause_start:m.start()]):
            lead = [main_company]
        unit = [sp.name for sp in spans if s.start + m.end() <= sp.start <
                s.start + min(clause_end, m.end() + 60)]
        names = list(dict.fromkeys(lead[-1:] + unit[:1]))
        if names:
            out.append(EventFound("other", names, None, None, dates.find_date(text, published),
                                  dates.find_amount(text), s, 0.6))
    return out


def _acquisitions(s: Sentence, spans: list[Span], places: PlaceIndex,
                  published: dt.date | None, main_company: str | None) -> list[EventFound]:
    """One event per deal word: the buyer is the company before it in the clause (or the
    story's subject for "it"), the target the first company after it. A sale of a
    business ("X sold its Y unit to Z") is Z's acquisition of X."""
    out = _sales(s, spans, published)
    text = s.text
    breaks = _cuts(_CLAUSE_BREAK, text)
    out += _mergers_and_spinoffs(s, spans, breaks, published, main_company)
    for m in _ACQ_WORD.finditer(text):
        a, b = s.start + m.start(), s.start + m.end()
        clause_start = max((b for a, b in breaks if b <= m.start()), default=0)
        clause_end = min((a for a, b in breaks if a >= m.end()), default=len(text))
        before = [sp for sp in spans if s.start + clause_start <= sp.start and sp.end <= a]
        after = [sp for sp in spans if b <= sp.start < s.start + clause_end and
                 sp.start - b < 80]
        if after and (gap := _NEW_PHRASE.search(text, m.end(), after[0].start - s.start)):
            # "acquired a Greek taxi app, primarily to take on Uber": past a comma and a
            # new phrase the name is not the one bought
            after = [sp for sp in after if sp.start < s.start + gap.start()]
        lead = text[max(clause_start, m.start() - 12):m.start()]
        if _ITS_BEFORE.search(lead):
            # "Acme's purchase of Zorbit follows its takeover of Quillon"
            buyer = before[0].name if before else main_company
        elif before and _OWNER_LEAD.fullmatch(text, before[-1].end - s.start, m.start()):
            # "..., while Washington blocked Broadcom's takeover of Qualcomm"
            buyer = before[-1].name
        elif len(before) > 1 and _ACQ_WORD.search(
                text, before[0].end - s.start, before[-1].start - s.start):
            # "Acme bought Zorbit first and then picked up Quillon too": the
            # company nearest is the object of the first deal; the buyer is its subject
            buyer = before[0].name
        elif len(before) > 1 and text.startswith(",", before[-2].end - s.start) and \
                "," in text[before[-1].end - s.start:m.start()]:
            # "Sinnet, Amazon's China partner, said it would buy ...": not the apposition
            buyer = before[-2].name
        else:
            buyer = before[-1].name if before else None
        if buyer is None and main_company and _PRONOUN.search(text[clause_start:m.start()]):
            buyer = main_company
        tgt = next((sp for sp in after if sp.name != buyer), None)
        if tgt is not None and m.group("loose") and _NOT_RIGHT_AFTER.search(
                text, m.end(), tgt.start - s.start):
            continue  # "nabs $20 million from X", "picks up the pace against X"
        if buyer is None and tgt is not None and (
                fr := _FRONTED.match(text, clause_start)) and fr.end() == m.end():
            # "After acquiring a startup called DeepMind, based in London, Google ...": the
            # buyer is the subject the participle leads to, the first name after a comma
            buyer = next((sp.name for sp in spans if sp.start > tgt.end and
                          sp.start < s.start + clause_end and
                          text.endswith(", ", 0, sp.start - s.start)), None)
        if tgt is not None and _is_trade(text, m.end(), tgt.start - s.start, tgt.end - s.start):
            continue  # "bought GPUs from Nvidia", "buy Nvidia shares": goods, not a company
        if tgt is not None and _minority_stake(text[m.end():tgt.start - s.start]):
            continue  # "acquired a 10% stake in X": an investment (told as one), not a deal
        if tgt is not None and _MAKER_AFTER.match(text, tgt.end - s.start):
            # "buy Roomba maker iRobot": the first name is the product of the target
            tgt = next((sp for sp in after if sp.start > tgt.end and sp.name != buyer), tgt)
        target = tgt.name if tgt else None
        if target and buyer and _BY_AFTER.match(text, m.end()):
            # "Arm was acquired by SoftBank", "Altera, which was bought by Intel": the
            # target is the name just before; far from it, the sentence is not clear
            if not _PASSIVE_GAP.fullmatch(text, before[-1].end - s.start, m.start()):
                continue
            buyer, target = target, buyer
        if target is None and len(before) >= 2 and _WHICH.fullmatch(
                text, before[-2].end - s.start, before[-1].start - s.start) and \
                _WHICH_END.match(text, m.end()):
            target = before[-2].name  # "LinkedIn, which Microsoft bought in 2016"
        names = [n for n in (buyer, target) if n]
        if len(names) < 2:
            continue
        clause = text[clause_start:clause_end]
        city = next((c for c in places.cities
                     if s.start + clause_start <= c.start < s.start + clause_end), None)
        # "bought Zorbit in 2019 and two years on acquired Quillon": the date told with
        # the deal word and its target first, then the clause's
        near = text[m.start():min(clause_end, (tgt.end - s.start if tgt else m.end()) + 40)]
        date = dates.find_date(near, published) or dates.find_date(clause, published)
        amount = dates.find_amount(clause)
        lead_from = max(clause_start, before[-1].end - s.start) if before else clause_start
        tentative = _deal_state(text[lead_from:m.end()])
        if tentative is False and tgt is not None and target == tgt.name:
            end = tgt.end - s.start
            end -= text[end - 1] in "'’"  # "Kestrel Labs' unit": a name may end in "'"
            if _PART_BEFORE.search(text, m.end(), tgt.start - s.start) or \
                    _PART_AFTER.match(text, end):
                tentative = None
        if _FAILED.search(clause):
            # "regulators blocked Qualcomm's acquisition of NXP": the deal did not happen,
            # the blocking did; "sued to block" leaves the deal pending as well
            country = city.place.country if city else next(
                (c for (x, _y, c) in places.country_spans
                 if s.start + clause_start <= x < s.start + clause_end), None)
            out.append(EventFound("other", names, city.name if city else None, country, date,
                                  amount, s, 0.6, True))
            if not _TRIED_TO_BLOCK.search(clause):
                continue
            tentative = True
        out.append(EventFound("acquisition", names, city.name if city else None,
                              city.place.country if city else None, date, amount, s, 0.7,
                              tentative))
    return out


# What follows a deal word when the "target" is a seller of goods or its shares: "bought
# GPUs from Nvidia", "buy Nvidia shares". A business, its technology or a site bought from a
# company is a deal ("buy display technology from Fujitsu").
_FROM_GAP = re.compile(r"\bfrom\s+(?:[\w-]+\s+){0,3}$")
_BUSINESS = re.compile(r"\b(?:business|businesses|unit|division|operations|arm|subsidiary|"
                       r"stake|brand|segment|assets|company|technology|technologies|patents|"
                       r"intellectual property|plant|factory|fab|facility|site)\b")
_GOODS_AFTER = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:shares|stock|chips?|GPUs?|"
                          r"processors|products|servers|devices|phones|gear|equipment|"
                          r"hardware|capacity|power|electricity|systems|components|parts|"
                          r"licen[cs]es?|services)\b")
_BY_AFTER = re.compile(r"\s+by\b")
# Between a target and "acquired by": "Arm was", "Altera, which was", "Movidius, a company
# recently", "Mentor Graphics (American but", "AppDynamics ... before it was eventually".
_PASSIVE_GAP = re.compile(
    r"(?:,?\s+(?:which|that|who)\s+|\s+\((?:\w+\s+){0,3}|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,5}?|"
    r"[^,;]{0,80}?\bit\s+|\s+)(?:(?:was|were|is|are|has|had|have|been|being|got|gets|later|"
    r"recently|eventually|then|also|now|since|itself)\s+)*", re.I)
_MAKER_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:maker|developer|creator|owner|publisher|"
                          r"startup|start-up)\s")
# "bought the CPU division of Applied Micro", "acquire Lyft's self-driving unit": a part of
# the company changed hands, so the company did not become a unit of the buyer
_PART_BEFORE = re.compile(r"\b(?:business|businesses|unit|division|operations|arm|assets|stake|"
                          r"brand|segment|technology|plant|factory|fab|facility|site)\s+"
                          r"(?:of|from)\s+(?:the\s+)?$")
_PART_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|unit|division|"
                         r"operations|arm|assets|stake|brand|segment|technology|plant|factory|"
                         r"fab|facility|site|technologies|designs?|patents?|know-how)\b")


_STAKE_SIZE = re.compile(r"\b(?:(majority|controlling)|(\d+(?:\.\d+)?)\s?(?:%|percent|per cent))"
                         r"\s+(?:stake|interest|holding)")


def _minority_stake(gap: str) -> bool:
    """'a 10% stake in', 'a stake in': less than control of the company."""
    if "stake" not in gap and "interest in" not in gap:
        return False
    m = _STAKE_SIZE.search(gap)
    return not (m and (m.group(1) or float(m.group(2)) > 50))


def _is_trade(text: str, deal_end: int, start: int, end: int) -> bool:
    gap = text[deal_end:start]
    if _FROM_GAP.search(gap):
        return not _BUSINESS.search(gap)
    m = _GOODS_AFTER.match(text, end)
    return bool(m and not _BUSINESS.search(m.group(0)))


_PENDING = re.compile(
    r"\b(?:will|would|shall|could|might|may|plans?|planned|planning|agree[sd]?|agreeing|"
    r"offer(?:s|ed|ing)?|bids?|seeks?|seeking|sought|wants?|wanted|intends?|aims?|hopes?|"
    r"propos(?:ed|es|ing)|pending|talks|consider(?:s|ing)?|explor(?:es|ing)|expected|"
    r"attempt(?:s|ed)?|tried|tries|try|(?:is|are|was|were) (?:buying|acquiring|purchasing))\b|"
    r"\bto\s+(?:buy|acquire|purchase|take over|merge)\b", re.I)
_DONE = re.compile(r"\b(?:completed?|completes|closed?|closes|finali[sz](?:ed|es)|wrapped up|"
                   r"sealed)\b", re.I)
_PAST_DEAL = re.compile(r"(?:acquired|bought|purchased|snapped up|took over|merged with)$",
                        re.I)
_FAILED = re.compile(
    r"\b(?=[abcdfkprstuvw])(?:block(?:ed|s|ing)?|abandon(?:ed|s|ing)?|scrap(?:ped|s)?|"
    r"call(?:ed|s|ing)? off|collaps(?:ed|es)|terminat(?:ed|es|ing)|walk(?:ed|s)? away|"
    r"reject(?:ed|s)?|fail(?:ed|s)?|kill(?:ed|s)?|thwart(?:ed|s)?|scuttl(?:ed|es)|"
    r"torpedo(?:ed|es)?|prohibit(?:ed|s)?|veto(?:ed|es)?|fell through|falls through|"
    r"pulled out of|withdr[ae]w|sued|sues|suing)\b", re.I)
_TRIED_TO_BLOCK = re.compile(r"\b(?:to block|su(?:ed|es|ing)|may block|could block)\b", re.I)


def _deal_state(lead: str) -> bool | None:
    """From the words between the buyer and the end of the deal word: True for a deal
    only agreed or planned, False for one done, None when the text does not say."""
    if _DONE.search(lead):
        return False
    if _PENDING.search(lead):
        return True
    return False if _PAST_DEAL.search(lead) else None


def _family_of(companies: CompanyIndex) -> Callable[[str, str], bool]:
    """Whether two names are one company or one group: "Google" and "Google Cloud",
    "Samsung Next" and its parent "Samsung Electronics" (as the knowledge base tells)."""
    def parent(name: str) -> str | None:
        ent = companies.entities.get(name)
        return ent.entry.parent if ent is not None and ent.entry is not None else None

    def family(a: str, b: str) -> bool:
        # every pair of one family shares the first word ("Samsung Next", "Samsung
        # Electronics"): a unit told apart from its parent by name is left alone
        if a == b or a.startswith(b + " ") or b.startswith(a + " "):
            return True
        return a.split(None, 1)[0] == b.split(None, 1)[0] and (parent(a) == b or parent(b) == a)
    return family


def _own_family(events: list[EventFound],
                family: Callable[[str, str], bool]) -> list[EventFound]:
    """A partnership has two sides from two groups: "Google will offer Google Cloud
    customers ... partners" is one company talking to itself."""
    out = []
    for e in events:
        if e.type == "partnership" and len({c.split(None, 1)[0] for c in e.companies}) < len(
                e.companies):  # only names with one first word can be one family
            sides: list[str] = []
            for c in e.companies:
                if not any(family(c, x) for x in sides):
                    sides.append(c)
            if len(sides) < 2:
                continue
        out.append(e)
    return out


def _merge(events: list[EventFound],
           family: Callable[[str, str], bool] | None = None) -> list[EventFound]:
    """One event per happening: same type, a shared lead company, compatible amount and place."""
    out: list[EventFound] = []
    # partners' first words: one family shares one (see `_family_of`), so partnerships
    # with other first words are told apart without asking `family`
    firsts = {id(e): frozenset(c.split(None, 1)[0] for c in e.companies) for e in events
              if e.type == "partnership"} if family else {}
    for e in events:
        for old in out:
            if old.type == e.type == "acquisition" and old.amount and old.amount == e.amount \
                    and len(old.companies) > 1 and old.companies[1:2] == e.companies[1:2]:
                # one target at one price is one deal, whoever the story names as buyer
                # ("Toyota unit buys Lyft's unit for $550M", "Woven Planet ... $550 million")
                old.companies += [c for c in e.companies[:1] if c not in old.companies]
                old.date = old.date or e.date
                if old.tentative is None or e.tentative is False:
                    old.tentative = e.tentative
                break
            if family and old.type == e.type == "partnership" and \
                    firsts[id(old)] == firsts[id(e)] and \
                    _same_parties(old.companies, e.companies, family):
                old.date = old.date or e.date
                old.city = old.city or e.city
                old.country = old.country or e.country
                break
            if old.type == e.type and old.companies[0] in e.companies and \
                    _same_other_side(old, e) and \
                    (_fits(old.amount, e.amount) or _same_deal(old, e)) and \
                    _fits(old.city, e.city) and \
                    _fits(old.date, e.date):
                old.date = old.date or e.date
                old.amount = old.amount or e.amount
                old.city = old.city or e.city
                old.country = old.country or e.country
                old.companies += [c for c in e.companies if c not in old.companies][:2]
                if old.tentative is None or e.tentative is False:
                    old.tentative = e.tentative
                break
        else:
            out.append(e)
    return out


def _same_parties(a: list[str], b: list[str], family: Callable[[str, str], bool]) -> bool:
    """The same partners, up to units and parents ("Google" and "Google Cloud")."""
    if set(a) == set(b):
        return True
    return all(any(family(x, y) for y in b) for x in a) and \
        all(any(family(x, y) for y in a) for x in b)


def _same_deal(a: EventFound, b: EventFound) -> bool:
    """One buyer and one target told twice are one deal, whatever sums the story gives
    ("buys X for $8 billion" and "$7.9 billion in financing")."""
    return a.type == "acquisition" and len(a.companies) > 1 and \
        a.companies[:2] == b.companies[:2]


def _same_other_side(a: EventFound, b: EventFound) -> bool:
    """Two deals of one buyer are one deal only when they share the other side too."""
    if a.type not in ("acquisition", "investment", "partnership", "other"):
        return True
    rest_a, rest_b = set(a.companies[1:]), set(b.companies[1:])
    return not rest_a or not rest_b or bool(rest_a & rest_b)


def _fits(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or a.startswith(b) or b.startswith(a)

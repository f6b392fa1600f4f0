"""The event record, and how events found in one article become one per happening.

Events of one type, one lead company and compatible amount, place and date are merged;
a partnership within one family of companies is dropped; the story's own news gets the
publish day.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from loaders.companies import CompanyIndex
from loaders.text import Sentence


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


# "X has opened ...", "X has agreed to buy ...": the news of the day
_NEWS_NOW = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|officially\s+|finally\s+)?"
                       r"(?:opened|launched|announced|acquired|agreed|completed|raised|closed|"
                       r"unveiled|signed|partnered|invested|released|introduced|debuted|"
                       r"secured|landed|received|bagged|struck|inked|formed|selected|chosen|"
                       r"picked|tapped|teamed up|joined forces|expanded|doubled|inaugurated|"
                       r"broken ground|begun|rolled out)\b")


def news_dates(events: list[EventFound], published: dt.date | None) -> list[EventFound]:
    """Dates for the story's own news: a happening told in the title or in the present
    perfect without a date is the publish day's, and one dated after the publish day was
    announced on it: a site "to open in 2026", a plant two companies will build "with
    production starting in 2027", "will invest $12.7 billion by 2030" (the later date is
    when it opens or ends)."""
    if published is None:
        return events
    today = published.isoformat()
    for e in events:
        if e.date is None and (e.sentence.start == 0 or _NEWS_NOW.search(e.sentence.text)):
            e.date = today
        elif e.date and e.date[:len(today)] > today:
            e.date = today
    return events


def drop_deal_talk(events: list[EventFound]) -> list[EventFound]:
    """In a story of A buying B, A "working with" or "investing in" B is the deal told
    again (or its run-up), not another one."""
    bought = {frozenset(e.companies[:2]) for e in events  # before merging, which joins sides
              if e.type == "acquisition" and len(e.companies) > 1}
    if not bought:
        return events
    return [e for e in events if e.type not in ("partnership", "investment") or
            len(e.companies) != 2 or frozenset(e.companies) not in bought]


def family_of(companies: CompanyIndex) -> Callable[[str, str], bool]:
    """Whether two names are one company or one group: "Google" and "Google Cloud",
    "Samsung Next" and its parent "Samsung Electronics", "DeepMind" and its parent
    "Google" (as the knowledge base tells)."""
    def parent(name: str) -> str | None:
        ent = companies.entities.get(name)
        return ent.entry.parent if ent is not None and ent.entry is not None else None

    def family(a: str, b: str) -> bool:
        if a == b or a.startswith(b + " ") or b.startswith(a + " "):
            return True
        return parent(a) == b or parent(b) == a
    return family


def own_family(events: list[EventFound],
               family: Callable[[str, str], bool]) -> list[EventFound]:
    """A partnership has two sides from two groups: "Google will offer Google Cloud
    customers ... partners" is one company talking to itself."""
    out = []
    for e in events:
        if e.type == "partnership" and (len(e.companies) == 2 or len(
                {c.split(None, 1)[0] for c in e.companies}) < len(e.companies)):
            # (a unit told apart from its parent by name, "DeepMind" of Google, is found
            # for two sides only: more go by first words, "Samsung Next", "Samsung ...")
            sides: list[str] = []
            for c in e.companies:
                if not any(family(c, x) for x in sides):
                    sides.append(c)
            if len(sides) < 2:
                continue
        out.append(e)
    return out


def merge(events: list[EventFound],
          family: Callable[[str, str], bool] | None = None) -> list[EventFound]:
    """One event per happening: same type, a shared lead company, compatible amount and place."""
    out: list[EventFound] = []
    # partners' first words: one family shares one (see `family_of`), so partnerships
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
                _take_place(old, e)
                break
            if old.type == e.type and (old.companies[0] in e.companies or (
                    # "Amazon unveils AWS Nova chips" and "Amazon Web Services unveiled Nova"
                    family is not None and e.type == "product_launch" and
                    family(old.companies[0], e.companies[0]))) and \
                    _same_other_side(old, e) and \
                    (_fits(old.amount, e.amount) or _same_deal(old, e)) and \
                    (_fits(old.city, e.city) or _same_deal(old, e)) and \
                    (_fits(old.date, e.date) or _same_deal(old, e)):
                old.date = old.date or e.date
                old.amount = old.amount or e.amount
                _take_place(old, e)
                old.companies += [c for c in e.companies if c not in old.companies][:2]
                if old.tentative is None or e.tentative is False:
                    old.tentative = e.tentative
                break
        else:
            out.append(e)
    return out


def _take_place(old: EventFound, e: EventFound) -> None:
    """`old` told again by `e`: `e`'s town, with its country, where `old` names no town (a
    town says more than a country); else `e`'s country where `old` names none. Never a town
    of one country with another ("Tokyo, US" from a US plan and a Tokyo lab told as one)."""
    if old.city is None and e.city is not None:
        old.city, old.country = e.city, e.country
    elif old.country is None and old.city is None:
        old.country = e.country


def _same_parties(a: list[str], b: list[str], family: Callable[[str, str], bool]) -> bool:
    """The same partners, up to units and parents ("Google" and "Google Cloud")."""
    if set(a) == set(b):
        return True
    return all(any(family(x, y) for y in b) for x in a) and \
        all(any(family(x, y) for y in a) for x in b)


def _same_deal(a: EventFound, b: EventFound) -> bool:
    """One buyer and one target told twice are one deal, whatever sums, dates and towns the
    story gives ("buys X for $8 billion" and "$7.9 billion in financing"; "completed its
    takeover of X" today and "agreed to buy X in February"; "buys Bogota firm X" and "Mexico
    City-based Y has completed its takeover of X")."""
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

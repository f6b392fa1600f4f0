"""Compare extraction records with hand-written expectations, by the scorer's rules.

The rules follow `shared/eval/score.py` (restated here so the tests need nothing
outside the repo): names are compared case-folded, without accents, punctuation or
legal suffixes; a company matches when any of its names or mentions meets the other
side's; facilities match on operator, kind and city, events on type and one shared
company. On top of the scorer, an expectation may pin more fields, checked only
when it names them: facility `status`, `ordinal`, `capacity`, `investment`; event
`date` (a key with value null means "must be null") and `amount`.

Expectations use the shapes of tests/data/phrasings.jsonl: companies and cities as
plain names (or full records), facilities and events as partial records, pairs as
`[a, b]` lists. In a reject block the value "*" means "nothing in this field".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

_LEGAL = re.compile(
    r"\b(incorporated|inc|corp|corporation|co|company|ltd|limited|llc|plc|"
    r"group|holdings?|sa|ag|nv|gmbh|kk)\b\.?", re.I)


def norm(s: str | None) -> str:
    """The scorer's name key: 'Alibaba Group Holding Ltd.' -> 'alibaba'."""
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = s.lower().replace("&", " and ")
    s = re.sub(r"['’]s\b", "", s)
    s = _LEGAL.sub(" ", s)
    s = re.sub(r"[^a-z0-9]+", " ", s)
    return " ".join(s.split())


class Names:
    """Company groups of one record: each group is the set of keys of one company."""

    def __init__(self, companies: Iterable[Any] | None) -> None:
        self.groups: list[set[str]] = []
        for c in companies or []:
            if isinstance(c, str):
                c = {"name": c}
            keys = {norm(c.get("name"))} | {norm(m) for m in c.get("mentions") or []}
            keys.discard("")
            if keys:
                self.groups.append(keys)

    def keys_of(self, name: str | None) -> set[str]:
        n = norm(name)
        for g in self.groups:
            if n in g:
                return g
        return {n} - {""}


def same_company(a: str | None, b: str | None, na: Names, nb: Names) -> bool:
    """True when `a` (named in one record) and `b` (in the other) are one company."""
    if norm(a) and norm(a) == norm(b):
        return True
    return bool(na.keys_of(a) & nb.keys_of(b))


# --- amounts and capacities ------------------------------------------------------

_CURRENCY = {"us$": "$", "$": "$", "usd": "$", "€": "€", "eur": "€", "£": "£", "gbp": "£",
             "¥": "¥", "jpy": "¥", "yen": "¥", "yuan": "¥", "₹": "₹", "inr": "₹", "rs": "₹"}
_SCALE = {"t": 1e12, "tn": 1e12, "trillion": 1e12, "b": 1e9, "bn": 1e9, "billion": 1e9,
          "m": 1e6, "mn": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3,
          "crore": 1e7, "lakh": 1e5, "": 1.0}
_AMOUNT = re.compile(
    r"(?P<cur>us\$|\$|€|£|¥|₹|usd|eur|gbp|jpy|inr|rs\.?)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
    r"(?P<scale>trillion|billion|million|thousand|crore|lakh|tn|bn|mn|t|b|m|k)?\b\s*"
    r"(?P<cur2>yen|yuan|usd|eur|gbp|inr)?", re.I)


def amount_value(s: str | None) -> tuple[str, float] | None:
    """('$', 1.5e9) for '$1.5B', '$1.5 billion' or 'US$1,500 million'; None if unreadable."""
    if not s:
        return None
    m = _AMOUNT.search(s.strip().lower())
    if not m:
        return None
    cur = (m["cur"] or m["cur2"] or "").rstrip(".")
    value = float(m["num"].replace(",", "")) * _SCALE[(m["scale"] or "").lower()]
    return _CURRENCY.get(cur, cur), value


def same_amount(expected: str, got: str | None) -> bool:
    a, b = amount_value(expected), amount_value(got)
    if a is None or b is None:
        return norm(expected) == norm(got)
    return a[0] == b[0] and abs(a[1] - b[1]) <= 0.005 * max(a[1], b[1])


_POWER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(gw|gigawatts?|mw|megawatts?)\b", re.I)


def same_capacity(expected: str, got: str | None) -> bool:
    """'1.2 GW' equals '1,200 MW'; other capacities compare as name keys."""
    if not got:
        return False
    a, b = _POWER.search(expected), _POWER.search(got)
    if a and b:
        def mw(m: re.Match[str]) -> float:
            v = float(m[1].replace(",", ""))
            return v * 1000 if m[2].lower().startswith("g") else v
        return abs(mw(a) - mw(b)) < 1e-6 * max(mw(a), 1.0)
    return norm(expected) == norm(got)


# --- one fact against one extracted fact -------------------------------------------

def company_eq(exp: Any, got: dict[str, Any]) -> bool:
    exp = exp if isinstance(exp, dict) else {"name": exp}
    keys_e = {norm(exp.get("name"))} | {norm(m) for m in exp.get("mentions") or []}
    keys_g = {norm(got.get("name"))} | {norm(m) for m in got.get("mentions") or []}
    return bool((keys_e - {""}) & (keys_g - {""}))


def city_eq(exp: Any, got: dict[str, Any]) -> bool:
    exp = exp if isinstance(exp, dict) else {"name": exp}
    if norm(exp.get("name")) != norm(got.get("name")):
        return False
    return not exp.get("country") or exp["country"] == got.get("country")


def facility_eq(exp: dict[str, Any], got: dict[str, Any], sc: Callable[[Any, Any], bool]) -> bool:
    if not sc(exp["operator"], got.get("operator")) or exp["kind"] != got.get("kind"):
        return False
    if "city" in exp and norm(exp["city"]) != norm(got.get("city")):
        return False
    for key in ("status", "ordinal"):
        if exp.get(key) is not None and exp[key] != got.get(key):
            return False
    if exp.get("capacity") and not same_capacity(exp["capacity"], got.get("capacity")):
        return False
    return not exp.get("investment") or same_amount(exp["investment"], got.get("investment"))


def event_eq(exp: dict[str, Any], got: dict[str, Any], sc: Callable[[Any, Any], bool]) -> bool:
    if exp["type"] != got.get("type"):
        return False
    if not any(sc(a, b) for a in exp.get("companies") or [] for b in got.get("companies") or []):
        return False
    if exp.get("city") and norm(exp["city"]) != norm(got.get("city")):
        return False
    if "date" in exp and exp["date"] != got.get("date"):
        return False
    return not exp.get("amount") or same_amount(exp["amount"], got.get("amount"))


def matchers(exp_names: Names, got_names: Names) -> dict[str, Callable[[Any, Any], bool]]:
    """Field name -> equality of one expected item with one extracted item."""
    def sc(a: Any, b: Any) -> bool:
        return same_company(a, b, exp_names, got_names)

    return {
        "companies": company_eq,
        "cities": city_eq,
        "countries": lambda e, g: str(e).upper() == str(g).upper(),
        "facilities": lambda e, g: facility_eq(e, g, sc),
        "competitors": lambda e, g: (sc(e[0], g[0]) and sc(e[1], g[1]))
        or (sc(e[0], g[1]) and sc(e[1], g[0])),
        "subsidiaries": lambda e, g: sc(e[0], g[0]) and sc(e[1], g[1]),
        "events": lambda e, g: event_eq(e, g, sc),
    }


def matched(expected: list[Any], got: list[Any], eq: Callable[[Any, Any], bool]) -> list[bool]:
    """Greedy one-to-one matching (as the scorer does): which expected items were found."""
    used: set[int] = set()
    found = []
    for e in expected:
        for j, g in enumerate(got):
            if j not in used and eq(e, g):
                used.add(j)
                found.append(True)
                break
        else:
            found.append(False)
    return found


_SINGULAR = {"companies": "company", "cities": "city", "countries": "country",
             "facilities": "facility", "competitors": "competitor pair",
             "subsidiaries": "subsidiary pair", "events": "event"}


def check(record: dict[str, Any], expect: dict[str, Any], reject: dict[str, Any],
          gold_companies: list[Any] | None = None) -> list[str]:
    """Every way `record` (an `Extraction.to_dict()`) misses `expect` or states a `reject`.

    An empty list means the record passes. `gold_companies` lets pair and event
    names on the expected side resolve through a gold company list (as the scorer
    does with gold records); phrasing lines have none.
    """
    eqs = matchers(Names(gold_companies), Names(record.get("companies")))
    problems = []
    for field, items in expect.items():
        got = record.get(field) or []
        for item, ok in zip(items, matched(items, got, eqs[field]), strict=True):
            if not ok:
                problems.append(f"missing {_SINGULAR[field]}: "
                                f"{item!r}")
    for field, items in reject.items():
        got = record.get(field) or []
        if items == "*":
            if got:
                problems.append(f"expected no {field}, got {got!r}")
            continue
        for item in items:
            hits = [g for g in got if eqs[field](item, g)]
            if hits:
                problems.append(f"must not extract {field}: {item!r} (got {hits[0]!r})")
    return problems


def summary(record: dict[str, Any]) -> str:
    """A short human view of a record, for failure messages."""
    def fac(f: dict[str, Any]) -> str:
        bits = [f.get("operator"), f.get("kind"), f.get("city"), f.get("status")]
        if f.get("ordinal"):
            bits.append(f"#{f['ordinal']}")
        return "/".join(str(b) for b in bits if b)

    def ev(e: dict[str, Any]) -> str:
        return f"{e.get('type')}({', '.join(e.get('companies') or [])}; {e.get('date')}; " \
               f"{e.get('amount')})"

    return "\n".join([
        f"  companies:    {[c['name'] + ('=' + '|'.join(c['mentions']) if c.get('mentions') else '') for c in record.get('companies') or []]}",  # noqa: E501
        f"  cities:       {[c['name'] + '/' + str(c.get('country')) for c in record.get('cities') or []]}",  # noqa: E501
        f"  countries:    {record.get('countries')}",
        f"  facilities:   {[fac(f) for f in record.get('facilities') or []]}",
        f"  competitors:  {record.get('competitors')}",
        f"  subsidiaries: {record.get('subsidiaries')}",
        f"  events:       {[ev(e) for e in record.get('events') or []]}",
    ])

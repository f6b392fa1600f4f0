"""Company pairs: rivals (unordered) and subsidiaries (child, parent).

Rivalry is read from how the sentence sets companies against each other: a rivalry
word ("rivals", "competes with", "race", "takes on", "battle") with companies on both
sides, or a list of named players after such a word set against the sentence's
subject (or the article's main company). Ownership comes from the knowledge base
when both companies are named, from names ("Intel Foundry Services" belongs to
"Intel"), and from phrases ("a unit of", "X-owned", "acquired").
"""

from __future__ import annotations

import re
from itertools import combinations

from loaders.companies import CompanyIndex, Span
from loaders.kb import KnowledgeBase
from loaders.text import Sentence

_RIVAL_WORD = re.compile(
    r"\b(?:rival(?:s|ing|ed|ry|ries)?|arch-?rivals?|compet(?:e|es|ed|ing|itor|itors|ition|itive)|"
    r"vie[sd]?|vying|battl(?:e|es|ing|ed)|race|racing|fight(?:s|ing)? (?:with|against)|"
    r"takes? on|taking on|took on|challeng(?:e|es|er|ers|ing)|catch up (?:to|with)|"
    r"trail(?:s|ing|ed)?|lag(?:s|ging|ged)? behind|versus|vs\.?|head-to-head|"
    r"market share|dominat(?:e|es|ed|ing)|leader(?:s)? in|the likes of|"
    r"go(?:es)? up against|up against|alternative to|answer to|threat to|war\b|wars\b|"
    r"duel|contender|contenders|incumbents?)\b", re.I)
_NOT_RIVAL = re.compile(r"\b(?:partner(?:s|ed|ing|ship)?|team(?:ed)? up|customer|customers|"
                        r"joint venture|alliance|collaborat\w+|supplier|acquir\w+|"
                        r"bought|merge\w*)\b", re.I)
# The sentence's subject is the article's main company: "The company competes with ..."
_SUBJECT_PRONOUN = re.compile(
    r"(?:^|\W)(?:it|its|it's|the company|the company's|the firm|the firm's|the group|"
    r"the group's|they|their|the [\w-]+ (?:giant|company|firm|startup|maker|provider|"
    r"operator)(?:['’]s)?)\b", re.I)
_ROLE_WORDS = re.compile(
    r"\b(?:unit|subsidiary|division|arm|affiliate|spinoff|spin-off|business|owned by|"
    r"part of|parent)\b", re.I)


def find_competitors(sents: list[Sentence], companies: CompanyIndex, kb: KnowledgeBase,
                     main_company: str | None) -> list[tuple[str, str, Sentence]]:
    pairs: dict[frozenset[str], tuple[str, str, Sentence]] = {}
    for s in sents:
        spans = _dedupe_spans(companies.in_range(s.start, s.end))
        if not spans:
            continue
        m = _RIVAL_WORD.search(s.text)
        if not m:
            continue
        names = [sp.name for sp in spans]
        if _NOT_RIVAL.search(s.text) and not re.search(r"\brival|compet", s.text, re.I):
            continue
        pos = s.start + m.start()
        before = [sp for sp in spans if sp.end <= pos]
        after = [sp for sp in spans if sp.start >= pos]
        found: list[tuple[str, str]] = []
        if before and after:
            subject = before[0].name
            found += [(subject, sp.name) for sp in after]
            if len(before) > 1 and _is_list(s.text, before, s.start):
                found += [(a.name, b.name) for a, b in combinations(before, 2)]
        elif after:
            subject = main_company if main_company and main_company not in \
                {sp.name for sp in after} else None
            if subject and _SUBJECT_PRONOUN.search(s.text[:m.start()]):
                found += [(subject, sp.name) for sp in after]
            elif len(after) > 1 and re.search(r"\b(?:between|among|race|battle|war)\b",
                                              s.text[m.start():], re.I):
                found += [(a.name, b.name) for a, b in combinations(after, 2)]
        elif len(before) > 1 and _is_list(s.text, before, s.start):
            found += [(a.name, b.name) for a, b in combinations(before, 2)]
        elif len(before) == 1 and main_company and before[0].name != main_company and \
                re.search(r"\b(?:its|their)\s+(?:\w+\s+)?(?:rival|compet)", s.text, re.I):
            found.append((main_company, before[0].name))
        for a, b in found:
            if a == b or _related(a, b, kb, companies):
                continue
            key = frozenset((a, b))
            pairs.setdefault(key, (a, b, s))
        del names
    return list(pairs.values())


def _dedupe_spans(spans: list[Span]) -> list[Span]:
    seen: set[str] = set()
    out = []
    for sp in spans:
        if sp.name not in seen:
            seen.add(sp.name)
            out.append(sp)
    return out


def _is_list(text: str, spans: list[Span], offset: int) -> bool:
    """'AWS, Microsoft Azure and Google Cloud': names joined by commas/and/or."""
    for a, b in zip(spans, spans[1:], strict=False):
        gap = text[a.end - offset:b.start - offset]
        if not re.fullmatch(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*", gap):
            return False
    return True


def _related(a: str, b: str, kb: KnowledgeBase, companies: CompanyIndex) -> bool:
    """True when one owns the other (rivals are never parent and child)."""
    ea = companies.entities[a].entry if a in companies.entities else None
    eb = companies.entities[b].entry if b in companies.entities else None
    pa = ea.parent if ea else None
    pb = eb.parent if eb else None
    return pa == b or pb == a or (pa is not None and pa == pb and False) or \
        a.startswith(b + " ") or b.startswith(a + " ")


_UNIT_OF = re.compile(r"^,?\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|arm|"
                      r"affiliate|spinoff|spin-off|business|brand|part)\s+of\s+$")
_OWNED_BY = re.compile(r"^,?\s+(?:which is |now )?(?:owned|controlled|run|acquired|bought)\s+by\s+$")
_POSSESSIVE_UNIT = re.compile(r"^['’]s\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|arm|"
                              r"affiliate|business|brand)s?,?\s+$")
_OWNED_PREFIX = re.compile(r"^-owned\s+$")
_ACQUIRED = re.compile(r"^\s+(?:has |had |also |previously |already |recently )?"
                       r"(?:acquired|bought|purchased|took over|snapped up)\s+$")


def find_subsidiaries(sents: list[Sentence], companies: CompanyIndex,
                      kb: KnowledgeBase) -> list[tuple[str, str, Sentence | None]]:
    out: dict[tuple[str, str], Sentence | None] = {}
    names = set(companies.entities)
    for name, ent in companies.entities.items():
        # from the knowledge base: both named in the article
        parent = ent.entry.parent if ent.entry else None
        if parent and parent in names:
            out.setdefault((name, parent), None)
        elif parent and ent.entry:
            grand = kb.get(parent)
            if grand and grand.parent in names:
                out.setdefault((name, grand.parent), None)
        # from the name: "Intel Foundry Services" -> "Intel"
        for other in names:
            if other != name and name.startswith(other + " ") and \
                    not re.fullmatch(r"(?:Group|Holdings?|Inc|Corp|Co|Ltd)",
                                     name[len(other) + 1:]):
                out.setdefault((name, other), None)
    for s in sents:
        spans = _dedupe_spans(companies.in_range(s.start, s.end))
        for a, b in zip(spans, spans[1:], strict=False):
            gap = s.text[a.end - s.start:b.start - s.start]
            if _UNIT_OF.match(gap) or _OWNED_BY.match(gap):
                out.setdefault((a.name, b.name), s)
            elif _POSSESSIVE_UNIT.match(gap) or _OWNED_PREFIX.match(gap) or (
                    _ACQUIRED.match(gap) and not re.search(r"\b(?:agreed|will|plans?|to)\b",
                                                          s.text[:a.end - s.start + 40])):
                out.setdefault((b.name, a.name), s)
    return [(c, p, s) for (c, p), s in out.items() if c != p and (p, c) not in out or
            (p, c) in out and c < p]

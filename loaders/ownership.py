"""Subsidiary pairs (child, parent).

Ownership comes from the knowledge base when both companies are named (unless the
article predates the takeover, names another owner or tells of a sale), from names
("Intel Foundry Services" belongs to "Intel", "TSMC Europe" to TSMC), and from phrases
("a unit of", "X-owned", "acquired", "its Opel and Vauxhall models").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from loaders.companies import CompanyIndex, Span
from loaders.company_cues import OWNER_NOUNS
from loaders.kb import KnowledgeBase
from loaders.name_lists import list_from
from loaders.text import Sentence

_YEAR = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_YEARS_LATER = 2  # a story is often written a year or two after the last year it names
_UNIT_OF = re.compile(r"^(?:,?\s+|\s*\(\s*)(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?"
                      r"(?:unit|subsidiary|division|arm|affiliate|spinoff|spin-off|business|brand|part)\s+of\s+"
                      # the owner described first: "a subsidiary of Japanese trading house
                      # Mitsui", "the arm of the Indian conglomerate Tata Group"
                      r"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                      rf"(?:{OWNER_NOUNS})\s+|"
                      # or after its country: "the local unit of South Africa's MTN Group",
                      # also described: "the chip unit of Vietnam's largest IT group X"
                      r"(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s+"
                      rf"(?:(?:[\w-]+\s+){{0,3}}?(?:{OWNER_NOUNS})\s+)?)?$")
# An owner named through what it owns: "a unit of Instagram owner Meta"
_OWNER_OF_NEXT = re.compile(r"\s+(?:owner|parent|parent company)\s+")
# (also "X (now owned by Y)", "X, now owned by the French telecoms company Y")
_OWNED_BY = re.compile(
    r"^(?:,|\s*\()?\s*(?:which is |which was |now |(?:is|was|has been|had been) (?:now )?|"
    # "Rack Centre, the Lagos-based operator owned by private equity firm Actis"
    r"(?<=,)\s*(?:the|an?) (?:[\w-]+ ){0,5}?(?:operator|company|firm|startup|maker|provider|"
    r"developer|business|group|chipmaker|designer|specialist|carrier|unit|venture) (?:that is "
    r"|which is |now )?)?"
    r"(?:(?:wholly |majority[- ])?(?:owned|controlled|run|acquired|bought|purchased|taken over|"
    r"taken private)\s+by|(?:which|that) belongs to|belonging to)"
    r"\s+(?:(?:the|a|an)\s+(?:(?!including\b|and\b|such\b)[\w-]+(?:['’]s)?\s+){0,3}|"
    # "controlled by private equity firm KKR", "owned by Norway's sovereign fund NBIM"
    r"(?:(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s+)?"
    r"(?:[A-Za-z][\w-]*\s+){1,3}(?:(?<=firm )|(?<=group )|(?<=fund )|(?<=company )|"
    r"(?<=investor )|(?<=owner )|(?<=giant )|(?<=maker ))|"
    # "X, which is owned by Israel's Y": the owner's country before it
    r"(?:[A-Z][\w-]*\s){0,2}[A-Z][\w-]*['’]s\s+"
    r")?$")
# "Quantix was spun out of Juniper in 2017 and is now owned by buyout firm Thoma Bravo":
# the sentence's subject is owned
_AND_NOW_OWNED = re.compile(r"(?:^|\s)(?:and|but)\s+(?:is|was|has been)\s+(?:now\s+)?"
                            r"(?:wholly\s+|majority[- ]|partly\s+)?(?:owned|controlled)\s+by\s+"
                            r"(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}$")
_MODIFIER_TAILS = ("-backed", "-owned", "-funded", "-controlled", "-based")
# "Toyota subsidiary Woven Planet", "the Alphabet unit Waymo"
_NOUN_UNIT = re.compile(r"^\s+(?:subsidiary|unit|division|offshoot)\s+$")
# "Vauxhall's owner Stellantis", "Cisco's parent company, Zentra Holdings"
_POSSESSIVE_PARENT = re.compile(r"^['’]s\s+(?:[\w-]+\s+)?(?:parent|owner|parent company|"
                                r"parent group|holding company)\s*,?\s+$")
# "Kestrel Labs, a Cisco company", "Kestrel Labs, part of the Cisco group"
_A_COMPANY_OF = re.compile(r"^,\s+(?:an?|part of the|now part of the|a member of the)\s+$")
_COMPANY_WORD_AFTER = re.compile(r"\s+(?:company|subsidiary|unit|business|group|family)\b")
# "Zorbit Labs, a Finnish startup Acme bought in 2018", "LinkedIn, which Microsoft
# bought": the owner is the subject of a relative clause on the unit
_WHICH_BOUGHT = re.compile(
    r"^,\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|startup|maker|business|"
    r"developer|provider)\s+(?:that\s+|which\s+)?|which\s+|that\s+)$")
_BOUGHT_AFTER = re.compile(r"\s+(?:had\s+|has\s+|later\s+)?(?:acquired|bought|purchased|snapped up|"
                           r"took over)\b(?!\s+(?:an?|its|\d+)\b)")
# (also "Telkom Indonesia, whose data center arm NeutraDC")
_POSSESSIVE_UNIT = re.compile(r"^(?:['’]s|,\s+whose)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|"
                              r"division|arm|affiliate|business|brand)s?,?\s+$")
_OWNED_PREFIX = re.compile(r"^-owned\s+(?:[a-z][\w-]*\s+){0,2}$")  # "Cisco-owned startup X"
# "bought Kestrel Labs' storage division": a part of the company changed hands
_PART_AFTER = re.compile(r"(?:['’]s?|(?<=['’]))\s+(?:[\w-]+\s+){0,3}?(?:business|businesses|unit|"
                         r"division|operations|assets|stake|brand|segment|plant|factory|fab|"
                         r"technology|technologies|patents?|designs?|know-how|shares)\b")
# (a name's span may end before the abbreviation's period: "Zentra Corp|. is part of")
_SUFFIX_LEAD = re.compile(r"^(?:,?\s+(?:Inc|Corp|Co|Ltd|LLC|PLC|AG|SA|NV|GmbH)\b)?\.?(?=[\s,])")
# "Kestrel Labs became a subsidiary of Zentra", "Orvella is now part of Zentra"
_BECAME_UNIT = re.compile(
    r"^\s+(?:is|was|are|were|became|becomes|has become|had become|has been|had been|remains)"
    r"\s+(?:now\s+)?"
    r"(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|division|arm|affiliate|brand|"
    r"business)|part)\s+of\s+$")
# "SoftBank took a majority stake in Arm", "Dell inherited an 82 percent stake in VMware"
_STAKE = re.compile(
    r"^\s+(?:has |had |now |also |then )?(?:took|takes|take|taking|acquired|acquires|bought|buys|"
    r"holds|held|owns|owned|inherited|gained|retains|retained|has|had)\s+(?:an?|its|a\s+)?\s*"
    r"(?:(majority|controlling)|(\d+(?:\.\d+)?)\s?(?:%|percent|per cent))\s+(?:stake|interest|"
    r"holding|share)\s+in\s+(?:[\w-]+\s+){0,4}$")
# "Acme's subsidiary brands include Zorbit, Quillon and Vexa": each is a unit
_UNITS_INCLUDE = re.compile(
    r"^['’]s\s+(?:[\w-]+\s+)?(?:units|subsidiaries|brands|divisions|businesses|companies)\s+"
    r"(?:include|includes|included|are|such as|like)\s+$")
# "its recent acquisition of Withings", "Intel's purchase of Habana"
_ACQUISITION_OF = re.compile(r"(?:['’]s(?:\s*\([^()]{1,20}\))?|\bits|\btheir)\s+(?:\w+\s+)?"
                             r"(?:acquisition|purchase|takeover)\s+of\s+(?:(?:a\s+)?(?:majority|"
                             r"controlling)\s+(?:stake|interest)\s+in\s+|"
                             # ("Bertelsmann's purchase of a stake in AOL Europe": a holding)
                             r"(?:(?!(?:stake|stakes|shares?|interest|holding)\b)[\w-]+\s+){0,4})$")
# "X uses it to fund acquisitions of businesses such as Y": the sentence's subject bought Y
_ACQUISITIONS_LIKE = re.compile(r"\b(?:acquisitions|purchases|takeovers)\s+of\s+(?:[\w-]+\s+)?"
                                r"(?:companies|businesses|startups|firms|rivals)\s+(?:such as|"
                                r"like|including)\s+$")
# "X's Waymo self-driving unit": the name between the possessive and the unit word
# (not after a number, which would be the end of a name cut short: "Level| 5 unit")
_UNIT_AFTER = re.compile(r"\s+(?!\d)(?:[\w-]+\s+){0,2}?(?:unit|division|subsidiary|arm|"
                         r"offshoot)\b")
_POSSESSIVES = ("'s ", "’s ", "' ", "’ ")
# What ends a pair the knowledge base holds: "its former parent X", "X's former unit",
# "X sold Y", "Y, which X sold", "the Y unit that X sold"
_FORMER_PARENT = re.compile(r"\bformer\s+(?:parent|owner)(?:\s+company)?\s+$")
_FORMER_UNIT = re.compile(r"\bformer\s+(?:subsidiary|unit|division|arm)\s+$")
_SOLD = re.compile(r"^\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:sold|sells|divested|offloaded|"
                   r"spun off)\s+(?:(?:its|a|the)\s+)?(?:[\w-]+\s+){0,3}$")
_SOLD_AFTER = re.compile(r"(?:\s+(?:unit|business|division|arm|subsidiary))?,?\s+(?:which|that)\s+"
                         r"(?:it|they|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:had\s+|has\s+)?"
                         r"(?:sold|divested|offloaded|spun off)\b")
_ASSETS_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:assets|business|businesses|operations|"
                           r"stake|shares|unit|division|brand|plant|factory|data cent)")
_SALE_WORDS = ("sold", "sells", "divest", "offload", "spun off", "former")
_ACQUISITION_NOUNS = ("acquisition", "purchase", "takeover")
_ACQUIRED = re.compile(r"^(?:,\s+(?:which|that)\s+|\s+)(?:has |had |also |previously |already |"
                       r"recently |now )?"
                       r"(?:acquired|bought|purchased|took over|snapped up|snatched up|"
                       r"scooped up|gobbled up|swallowed up|took control of|owns)\s+$")


def find_subsidiaries(sents: list[Sentence], companies: CompanyIndex, kb: KnowledgeBase,
                      published: dt.date | None = None,
                      ) -> list[tuple[str, str, Sentence | None]]:
    """(child, parent, evidence) pairs: from the knowledge base (both named; not when the
    article was written before the parent took the child over), from names and from what
    the sentences say (evidence None for the first two)."""
    out: dict[tuple[str, str], Sentence | None] = {}
    from_kb: set[tuple[str, str]] = set()
    names = set(companies.entities)
    read = read_ownership(sents, companies)
    latest: list[int] = []  # an undated article's latest year named (found when needed)

    def later(since: int | None) -> bool:
        """Whether a link the knowledge base dates `since` came after the article."""
        if not since:
            return False
        if published:
            return published.year < since  # "AOL and Yahoo" in 2004: one group since 2021
        if not latest:  # no date: the latest year it names is when it was written at the earliest
            latest.append(max(map(int, _YEAR.findall(" ".join(t.text for t in sents))),
                              default=0))
        return bool(latest[0]) and latest[0] + _YEARS_LATER < since  # (no year: today's)

    for name, ent in companies.entities.items():
        # from the knowledge base: both named in the article
        parent = ent.entry.parent if ent.entry else None
        if not parent or not ent.entry:
            pass
        elif parent in names:
            if not later(ent.entry.since):
                out.setdefault((name, parent), None)
                from_kb.add((name, parent))
        else:
            # the owner's owner: both links held when the article was written
            grand = kb.get(parent)
            if grand and grand.parent in names and not later(grand.since) and \
                    not later(ent.entry.since):
                out.setdefault((name, grand.parent), None)
                from_kb.add((name, grand.parent))
        for pair in read.by_name.get(name, ()):
            out.setdefault(pair, None)
    for pair, s in read.said:
        out.setdefault(pair, s)
    if from_kb and read.ended is None:  # (only the knowledge base's pairs can end)
        read.ended = set()
        for t in sents:
            if any(w in t.text for w in _SALE_WORDS):
                spans = companies.in_range(t.start, t.end)
                if spans:
                    _ended_pairs(t, spans, read.ended)
    ended = read.ended or set()
    # "X is a venture of A and B": a joint venture, whatever the knowledge base or the
    # name says, has no single parent
    ventures = {a.name for t in sents if "venture" in t.text
                for a, b in _pairs_in(t, companies) if _VENTURE_OF.fullmatch(
                    t.text, a.end - t.start, b.start - t.start)}
    for unit, holder in [pair for pair, s in out.items() if s is None and pair[0] in ventures]:
        del out[unit, holder]
    # the knowledge base knows today's owner; the article's own word beats it: an owner
    # it names ("Dell holds 81% of VMware", years before Broadcom) or a pair it ends
    told = {unit: holder for (unit, holder), s in out.items() if s is not None}
    for unit, holder in from_kb:
        said = told.get(unit)
        if (unit, holder) in ended or (unit, None) in ended or \
                said is not None and said != holder and not above(kb, holder, said) and \
                not above(kb, said, holder):
            del out[unit, holder]
    return [(c, p, s) for (c, p), s in out.items() if c != p and (p, c) not in out or
            (p, c) in out and c < p]


_VENTURE_OF = re.compile(r"\)?(?:,\s+|\s+(?:is|was|has been|became)\s+)(?:a|an|the)\s+"
                         r"(?:[\w-]+\s+){0,3}?venture\s+(?:of|between|by|from)\s+")


def _pairs_in(s: Sentence, companies: CompanyIndex) -> list[tuple[Span, Span]]:
    spans = companies.in_range(s.start, s.end)
    return list(zip(spans, spans[1:], strict=False))


@dataclass(slots=True)
class _Ownership:
    """What an article's names and sentences say of ownership, whatever its date: read
    once per article (rivals and subsidiaries both ask)."""
    sents: list[Sentence]
    by_name: dict[str, list[tuple[str, str]]]  # "Intel Foundry Services" -> "Intel"
    said: list[tuple[tuple[str, str], Sentence]]  # (child, parent) and the sentence, in order
    # (child, parent) pairs a sale or a former parent ends (None: any parent), read when
    # the knowledge base gives a pair
    ended: set[tuple[str, str | None]] | None = None


def read_ownership(sents: list[Sentence], companies: CompanyIndex) -> _Ownership:
    """The pairs `find_subsidiaries` reads from names and sentences, kept on `companies`."""
    memo = companies.memo
    if isinstance(memo, _Ownership) and memo.sents is sents:
        return memo
    by_name: dict[str, list[tuple[str, str]]] = {}
    said: list[tuple[tuple[str, str], Sentence]] = []
    # every form a company is named by: "TSMC Europe" belongs to the TSMC of the article
    # (the canonical name or an acronym: a short form such as "Apollo" or "Azure" is too
    # often a product's first word: "Apollo Go", "Azure Digital Twins")
    forms = [(other, f) for other, e in companies.entities.items()
             for f in {other, *e.mentions} if f == other or f.isupper() or
             e.entry is not None and f in e.entry.aliases and f not in e.entry.ambiguous]
    # (or a known alias: "Samsung Research" belongs to the Samsung Electronics named "Samsung")
    # from the name: "Intel Foundry Services" -> "Intel" (a known parent: a name the
    # knowledge base does not know, said before a longer one, is its short form:
    # "Multiverse" for "Multiverse Computing")
    for name in companies.entities:
        for other, form in forms if " " in name else ():
            if other != name and name.startswith(form + " ") and \
                    companies.entities[other].entry is not None and \
                    not re.fullmatch(r"(?:Group|Groupe|Holdings?|Inc|Corp|Co|Ltd)",
                                     name[len(form) + 1:]):
                by_name.setdefault(name, []).append((name, other))
    # the story's subject, for an owner told only as "its": the first company named
    first = companies.spans[0].name if companies.spans else None
    for s in sents:
        spans = companies.in_range(s.start, s.end)
        if not spans:
            continue
        if " its " in s.text:
            for pair in _its_units(s, spans, first):
                said.append((pair, s))
        for pair in _called_units(s, spans, first):
            said.append((pair, s))
        if "owned by" in s.text and first:
            m = _DESCRIBED_OWNED.match(s.text)
            if m and spans[0].start - s.start >= m.end() and spans[0].name != first:
                # "The operator, which is owned by Blue Owl Capital, said ...": the
                # story's company is owned by the first name after
                said.append(((first, spans[0].name), s))
        # `_ACQUISITION_OF` needs one of its nouns; most sentences have none
        deal = any(w in s.text for w in _ACQUISITION_NOUNS)
        for sp in spans if deal else ():
            lead = s.text[max(0, sp.start - s.start - 60):sp.start - s.start]
            m = _ACQUISITION_OF.search(lead)
            if m and not re.search(r"\b(?:planned|proposed|pending|agreed)\b", lead):
                owner = [o for o in spans if o.end <= sp.start - len(lead) + m.start() + 2]
                if m.group(0).startswith(("'", "’")) and owner:
                    said.append(((sp.name, owner[-1].name), s))
                elif owner:
                    said.append(((sp.name, owner[0].name), s))
                elif first and m.group(0).startswith("its"):
                    said.append(((sp.name, first), s))  # "its acquisition of X" (of the story)
            elif "acquisitions" in s.text or "purchases" in s.text or "takeovers" in s.text:
                m = _ACQUISITIONS_LIKE.search(lead)
                if m and spans[0].start < sp.start and spans[0].start - s.start < 40:
                    said.append(((sp.name, spans[0].name), s))
        for k, (a, b) in enumerate(zip(spans, spans[1:], strict=False)):
            if s.text.startswith(_MODIFIER_TAILS, b.end - s.start):
                continue  # "owned by Microsoft-backed OpenAI": the owner comes after
            gap = s.text[a.end - s.start:b.start - s.start]
            if gap.startswith((" ", ",", ".")):  # "Zentra Corp., a unit of": past the suffix
                gap = _SUFFIX_LEAD.sub("", gap, 1)
            stake = _STAKE.match(gap) if "stake" in gap or "interest" in gap else None
            if stake and (stake.group(1) or float(stake.group(2)) > 50):
                said.append(((b.name, a.name), s))
            elif _UNITS_INCLUDE.match(gap):
                for c in list_from(s, spans[k + 1:], b.start):
                    said.append(((c.name, a.name), s))
            elif (_UNIT_OF.match(gap) or _OWNED_BY.match(gap)) and k + 2 < len(spans) and \
                    _owner_of_next(s, spans, k + 1) is not None:
                # "the arm of TikTok owner ByteDance", "of Lidl and Kaufland owner Schwarz"
                said.append(((a.name, spans[_owner_of_next(s, spans, k + 1) or 0].name), s))
            elif _UNIT_OF.match(gap) or _OWNED_BY.match(gap) or _BECAME_UNIT.match(gap) or (
                    _WHICH_BOUGHT.match(gap) and _BOUGHT_AFTER.match(s.text, b.end - s.start)
            ) or _POSSESSIVE_PARENT.match(gap) or (
                    _A_COMPANY_OF.match(gap) and
                    _COMPANY_WORD_AFTER.match(s.text, b.end - s.start)):
                said.append(((a.name, b.name), s))
            elif " by " in gap and spans[0] is not a and spans[0].start - s.start <= 1 and \
                    spans[0].name != b.name and _AND_NOW_OWNED.search(gap):
                said.append(((spans[0].name, b.name), s))
            elif _NOUN_UNIT.match(gap):
                said.append(((b.name, a.name), s))  # "Toyota subsidiary Woven Planet"
            elif gap in (" took ", " has taken ", " had taken ", " takes ") and \
                    s.text.startswith(" private", b.end - s.start):
                said.append(((b.name, a.name), s))  # "KKR took Zentra private"
            elif gap == ", " and s.text.startswith(_POSSESSIVES, b.end - s.start) and \
                    _UNIT_AFTER.match(s.text, s.text.index(" ", b.end - s.start)):
                said.append(((a.name, b.name), s))  # "Telia Norge, Telia's Norwegian unit"
            elif gap in ("'s ", "’s ") and _UNIT_AFTER.match(s.text, b.end - s.start):
                said.append(((b.name, a.name), s))  # "Lyft's Level 5 self-driving unit"
            elif _POSSESSIVE_UNIT.match(gap) or _OWNED_PREFIX.match(gap) or (
                    _ACQUIRED.match(gap) and not re.search(r"\b(?:agreed|will|plans?|to)\b",
                                                          s.text[:a.end - s.start + 40])
                    and not _PART_AFTER.match(s.text, b.end - s.start)):
                said.append(((b.name, a.name), s))
    companies.memo = memo = _Ownership(sents, by_name, said)
    return memo


# "The operator, which is owned by X", "The startup, majority-owned by X,"
_DESCRIBED_OWNED = re.compile(
    r"\s*(?:The|the) (?:[\w-]+ ){0,2}?(?:company|operator|firm|startup|group|developer|"
    r"provider|maker|business|chipmaker|carrier),?\s+(?:(?:which |that )?(?:is|was|has been) )?"
    r"(?:now )?(?:wholly |majority[- ]|partly |privately )?owned by\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?=[A-Z])")
# "test drive its Opel and Vauxhall models", "via its MyTaxi ride-hailing offshoot"
# (not "its Grace central processing unit", nor "its Level| 5 division": a name cut short)
_ITS_UNIT_AFTER = re.compile(r"\s+(?!\d)(?:[\w-]+\s+){0,2}?(?<!processing )(?<!graphics )"
                             r"(?:unit|units|offshoot|subsidiary|subsidiaries|division|arm|brand|"
                             r"brands|marques?|models)\b")


_ITS_UNIT_BEFORE = re.compile(r"\bits\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|"
                              r"division|arm|affiliate|offshoot),?\s+$")


_LET_GO = re.compile(r"\b(?:spun|spin|spins|spinning)\s+off\s*$|\b(?:sold|sells?|selling|"
                     r"divest\w*|offload\w*|shed\w*|shut\w*|clos(?:e|es|ed|ing)|scrap\w*|"
                     r"exit\w*|list\w*|float\w*)\s*$")


def _its_units(s: Sentence, spans: list[Span], first: str | None) -> list[tuple[str, str]]:
    """(unit, owner) for 'its X (and Y) ... unit/brand/models' and 'its chip unit, X': the
    owner is the company opening the sentence ("GM unveiled ... its Opel models"), else
    the story's first company ("the company will fold X into its Y division": not X)."""
    out: list[tuple[str, str]] = []
    for k, sp in enumerate(spans):
        at = sp.start - s.start
        if s.text[max(0, at - 4):at] != "its " or (out and sp.name == out[-1][0]) or \
                _LET_GO.search(s.text, max(0, at - 30), at - 4):
            continue  # (not "spun off its X unit", "plans to sell its X brand")
        units = list_from(s, spans[k:], sp.start)
        if not units or not _ITS_UNIT_AFTER.match(s.text, units[-1].end - s.start):
            continue
        owner = spans[0].name if k and spans[0].start - s.start < 40 else first
        out += [(u.name, owner) for u in units if owner and u.name != owner]
    for k, sp in enumerate(spans):
        # "Intel said its programmable chip unit, Altera, would ...": the unit word first
        at = sp.start - s.start
        m = _ITS_UNIT_BEFORE.search(s.text, max(0, at - 60), at)
        if m is None or _LET_GO.search(s.text, max(0, m.start() - 30), m.start()):
            continue
        units = list_from(s, spans[k:], sp.start)
        # the owner is named in the sentence ("required the telephone giant to license
        # ... its research arm, Bell Labs": not the story's first company)
        owner = spans[k - 1].name if k else None
        if k > 1 and spans[0].start - s.start < 40 and s.text.startswith(
                ("'s ", "’s "), spans[k - 1].end - s.start):
            # "Kakao will sell OpenAI's models through its cloud unit, X": a name that
            # only qualifies a thing is not what "its" stands for; the sentence's subject is
            owner = spans[0].name
        out += [(u.name, owner) for u in units if owner and u.name != owner]
    return out


def _called_units(s: Sentence, spans: list[Span], first: str | None) -> list[tuple[str, str]]:
    """(unit, owner) for a unit told by its kind: "Dell sells gear through a subsidiary
    called Force10" (its owner named in the sentence), "T-Mobile USA, the company's American
    mobile business," (the sentence's subject, else the story's first company)."""
    out: list[tuple[str, str]] = []
    if first is None or ("called" not in s.text and "named" not in s.text and
                         "company's" not in s.text and "company’s" not in s.text):
        return out
    for k, sp in enumerate(spans):
        at = sp.start - s.start
        if k and spans[0].start - s.start < 40 and _UNIT_CALLED.search(
                s.text, max(0, at - 60), at):
            owner = spans[0].name  # (the one that owns it named: "it" may be any company)
        elif _THE_COMPANYS_UNIT.match(s.text, sp.end - s.start):
            owner = spans[0].name if k and spans[0].start - s.start < 40 else first
        else:
            continue
        if owner != sp.name:
            out.append((sp.name, owner))
    return out


_UNIT_CALLED = re.compile(r"\b(?:a|an|its|the)\s+(?:[\w-]+\s+){0,2}?(?:subsidiary|unit|"
                          r"division|arm|affiliate)\s+(?:called|named)\s+$")
_THE_COMPANYS_UNIT = re.compile(r",\s+the\s+company['’]s\s+(?:[\w-]+\s+){0,3}?(?:business|"
                                r"unit|arm|subsidiary|division|affiliate|operator)\b")


def _owner_of_next(s: Sentence, spans: list[Span], k: int) -> int | None:
    """The index of the owner named through what it owns after spans[k] ("TikTok owner
    ByteDance", "Lidl and Kaufland owner Schwarz Group"), if any."""
    j = k
    while j + 1 < len(spans):
        gap_at, gap_end = spans[j].end - s.start, spans[j + 1].start - s.start
        if _OWNER_OF_NEXT.fullmatch(s.text, gap_at, gap_end):
            return j + 1
        if not _OWNED_LIST_GAP.fullmatch(s.text, gap_at, gap_end):
            return None
        j += 1
    return None


_OWNED_LIST_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


def above(kb: KnowledgeBase, upper: str, lower: str) -> bool:
    """Whether the knowledge base puts `upper` above `lower` (its parent, or further up)."""
    entry = kb.get(lower)
    for _ in range(4):
        if entry is None or entry.parent is None:
            return False
        if entry.parent == upper:
            return True
        entry = kb.get(entry.parent)
    return False


def _ended_pairs(s: Sentence, spans: list[Span], ended: set[tuple[str, str | None]]) -> None:
    """The (child, parent) pairs the sentence says are over: a sale or a former parent."""
    for a, b in zip(spans, spans[1:], strict=False):
        gap = s.text[a.end - s.start:b.start - s.start]
        if _FORMER_PARENT.search(gap):
            ended.add((a.name, b.name))  # "SBC agreed to buy its former parent AT&T"
        elif _FORMER_UNIT.search(gap):
            ended.add((b.name, a.name))  # "AT&T, bought by former subsidiary SBC"
        elif _SOLD.match(gap) and not _PART_AFTER.match(s.text, b.end - s.start) and \
                not _ASSETS_AFTER.match(s.text, b.end - s.start):
            ended.add((b.name, a.name))  # "BMW sold Rover Group", not "sold AWS assets"
    for sp in spans:
        if _SOLD_AFTER.match(s.text, sp.end - s.start):
            ended.add((sp.name, None))  # "Rover, which it sold", "the X unit that Y sold"

"""Who operates a site a facility word names: the company on the site, its possessive
owner, the nearest company that is no object, or the story's own company. Part of
`loaders.facilities`."""

from __future__ import annotations

import re

from loaders.companies import CompanyIndex, Span
from loaders.facility_words import _NAMED_KIND_RE
from loaders.text import Sentence


def _coordinated_with(s: Sentence, spans: list[Span], operator: str, pos: int) -> list[str]:
    """The companies listed together with `operator` before `pos` ("Both Amazon and
    Microsoft", "carmakers including Hyundai, Toyota and Ford"), or [] if none."""
    before = [sp for sp in spans if sp.end <= pos]
    for i, sp in enumerate(before):
        if sp.name != operator:
            continue
        group = [sp]
        for nxt in before[i + 1:]:  # forward
            if not _NAME_LIST_GAP.fullmatch(s.text, group[-1].end - s.start, nxt.start - s.start):
                break
            group.append(nxt)
        j = i
        while j > 0 and _NAME_LIST_GAP.fullmatch(s.text, before[j - 1].end - s.start,
                                                  before[j].start - s.start):
            j -= 1
            group.insert(0, before[j])
        if len(group) > 1:
            return list(dict.fromkeys(g.name for g in group))
    return []


_RUN_BY = re.compile(r"\b(?:operated|owned|run|managed|set up|built|established|founded|"
                     r"opened|launched) by\s+(?:the\s+)?$")
_NAME_LIST_GAP = re.compile(r"\s*(?:,|and|&|,\s*and)\s*")


def _operator(s: Sentence, pos: int, spans: list[Span], main_company: str | None,
              kind: str, companies: CompanyIndex,
              end: int | None = None, referent: str | None = None) -> str | None:
    """`referent`: the company a sentence opening with "It" / "Its" speaks of (the
    subject of the sentence before), if not the story's own."""
    before = [sp for sp in spans if sp.end <= pos]
    text = s.text
    if referent is None:
        referent = main_company
    if end is not None and " by " in text:
        # "a data center in Ellendale, operated by Applied Digital": the one named so
        by = next((sp for sp in spans if 0 <= sp.start - end < 70), None)
        if by and _RUN_BY.search(text, max(0, by.start - s.start - 16), by.start - s.start) \
                and not _NAMED_KIND_RE.search(text, end - s.start, by.start - s.start):
            return by.name
    if before and pos - before[-1].end <= 1:
        return before[-1].name  # "the Saab factory", "a Tesla plant": the name on the site
    if before and "whose " in text and _WHOSE.fullmatch(text, before[-1].end - s.start,
                                                        pos - s.start):
        return before[-1].name  # "sought by Bulk, whose campus at Vennesla": Bulk's
    for k in range(len(before) - 1, -1, -1):
        sp = before[k]
        tail = text[sp.end - s.start:pos - s.start]
        if _POSSESSIVE.match(tail) and len(tail) < 60 and "," not in tail:
            # "Alphabet's Google unveiled plans for a data center": the owned company
            # named right after the possessive is the one acting
            owned = before[k + 1] if k + 1 < len(before) else None
            if owned and (owned.start - sp.end <= 3 and companies.may_own(sp.name, owned.name)
                          or _UNIT_BETWEEN.fullmatch(text, sp.end - s.start,
                                                     owned.start - s.start)):
                return owned.name  # (or "Acer's server arm Altos opened a plant": Altos)
            buyer = _buyer_of(text, s, before[:k], sp)
            return buyer or sp.name
    if before and " it " in text and _AND_IT.search(text, before[-1].end - s.start, pos - s.start):
        # "It is helping Google design chips, and it opened a lab in Zhubei": not Google
        if _IT_START.match(text):
            return referent
        if before[0].start == s.start and \
                not text.startswith(("'s", "’s"), before[0].end - s.start):
            return before[0].name
    if before:
        last = before[-1]
        if "which" in text or "who" in text:
            relative = _RELATIVE_AFTER.match(text, last.end - s.start, pos - s.start)
            if relative:
                # "chips made by SMIC, which is expanding its lines in Shanghai": the name
                # the relative clause hangs on, object or not; but in "ADC, the data center
                # unit of Cassava, which opened ..." the head of the apposition
                return _apposition_head(text, s, before, len(before) - 1)
        listed = _listed_subject(text, s, before)
        if listed:
            return listed  # "companies such as Arm, Altair and MediaTek have opened offices"
        # the nearest company, unless it is an object ("a deal with X", "chips from X") or
        # sits in an apposition ("Lyft, Uber's main rival, opened ...": Lyft)
        for k in range(len(before) - 1, -1, -1):
            sp = before[k]
            lead = text[max(0, sp.start - s.start - 40):sp.start - s.start]
            if _PRODUCT_AFTER.match(text, sp.end - s.start) and \
                    _ITS_BEFORE.search(text, max(0, pos - s.start - 40), pos - s.start):
                continue  # "to put Hanul chips into its data center": a product's maker
            if _CLAUSE_LEAD.search(lead) and _VERB_AFTER.match(text, sp.end - s.start):
                return sp.name  # "OpenAI opened one in Seoul, and Anthropic opened its ..."
            if _OBJECT_LEAD.search(lead) and not (
                    k == 0 and _RIVAL_SUBJECT.fullmatch(text, 0, sp.start - s.start)):
                continue  # (but "Its rival Equinix operates ...": the rival is the subject)
            if k and "," in text[sp.end - s.start:pos - s.start] and (
                    text.startswith(",", before[k - 1].end - s.start) or any(
                        text.startswith(",", b.end - s.start) and
                        "," not in text[b.end - s.start + 1:sp.start - s.start]
                        for b in before[:k - 1])):
                continue  # "X, the arm of A and B owner C, opened": C sits in X's apposition
            return sp.name
        if main_company and _REFERS.search(text[:before[0].start - s.start]):
            # "The company signed a deal with Panasonic on the planned battery plant" (but
            # in "as Facebook's CTO said at the company's headquarters" it is Facebook)
            return main_company
        return before[0].name
    after = [sp for sp in spans if sp.start >= pos]
    refers = main_company and _REFERS.search(text[:pos - s.start])
    if after and kind == "headquarters" and not refers:
        return after[0].name  # "the San Francisco headquarters of Acme"
    if refers:
        if _BODY_BEFORE.search(text, 0, pos - s.start):
            return None  # "the RISC-V Foundation is moving its headquarters": no company's
        if _IT_START.match(text):
            return referent  # "Its 600 staff work at the Kolding plant": the one just named
        return main_company  # "the company's new data center", "its first fab"
    if after:
        lead = text[max(0, after[0].start - s.start - 14):after[0].start - s.start]
        if main_company and _OBJECT_LEAD.search(lead) and _REFERS.search(text):
            return main_company  # "..., built with Nvidia, the company's ...": not Nvidia
        if main_company and _COMPARED.search(lead):
            return main_company  # "a lab to rival those run by the likes of Google"
        return after[0].name
    if main_company and not spans and len(text) < 150 and s.start > 0 and \
            _ITEM_START.match(text):  # (the title, at 0, is no bullet: "New tools to ...")
        return main_company  # a bullet under the story: "A new datacenter in Nevada."
    if main_company and not spans and _DEFINITE.search(text[:pos - s.start]):
        return main_company  # "jobs at the Oxford factory": the story's own site
    return None


def _listed_subject(text: str, s: Sentence, before: list[Span]) -> str | None:
    """The last company of a list that a plural noun opens and the site's verb follows
    ("companies such as Arm, Altair and MediaTek have opened offices in Oulu"), or None.
    The list is the subject, not the object its "such as" looks like."""
    last = before[-1]
    if not _LIST_VERB.match(text, last.end - s.start):
        return None
    k = len(before) - 1
    while k and _NAME_LIST_GAP.fullmatch(text, before[k - 1].end - s.start,
                                         before[k].start - s.start):
        k -= 1
    lead = text[max(0, before[k].start - s.start - 40):before[k].start - s.start]
    return last.name if _LIST_NOUN_LEAD.search(lead) else None


# A plural noun opening a list of companies, and the verb of a site after the list
_LIST_NOUN_LEAD = re.compile(r"\b(?:companies|firms|startups|players|vendors|operators|"
                             r"providers|chipmakers|manufacturers|makers|giants|rivals|"
                             r"hyperscalers|carriers)\s+(?:such as|like|including)\s+$", re.I)
_LIST_VERB = re.compile(r",?\s+(?:(?:have|has|had|will|are|were|also|all|each|now|recently|"
                        r"since)\s+){0,3}(?:opened|open|built|build|set up|launched|launch|"
                        r"established|moved|added|expanded|announced|unveiled|begun|started|"
                        r"plan|planned)\b")


def _buyer_of(text: str, s: Sentence, earlier: list[Span], seller: Span) -> str | None:
    """The company that bought the site of `seller` ("Foxconn bought Sharp's plant in Sakai",
    "SoftBank closes purchase of Sharp's Sakai plant"): the one named before the buy word
    that comes before the seller's name, or None."""
    if not earlier:
        return None
    rel = seller.start - s.start
    bought = _BOUGHT_BEFORE.search(text, max(0, rel - 80), rel)
    if bought is None:
        return None
    if earlier[-1].end - s.start > bought.start():
        return None  # "bought robots from Kuka for Kuka's plant": not the seller's
    for sp in reversed(earlier):
        if bought.start() - (sp.end - s.start) > 100:
            break
        lead = text[max(0, sp.start - s.start - 40):sp.start - s.start]
        if not _OBJECT_LEAD.search(lead):  # ("Tata, which builds iPhones for Apple, bought")
            return sp.name
    return None


# "bought", "completed its purchase of the land and main building of", "to buy": a buy
# word whose object holds the seller's name next
_BOUGHT_BEFORE = re.compile(r"\b(?:bought|buys|buy|buying|acquired|acquires|acquire|acquiring|"
                            r"purchased|purchases|purchase of|acquisition of|took over|"
                            r"takes over|take over|takeover of)\b[^,;.]{0,50}$", re.I)


def _apposition_head(text: str, s: Sentence, spans: list[Span], k: int) -> str:
    """`spans[k]`, or the company an apposition holding it describes: in "Africa Data
    Centres, the data center unit of Cassava, which ...", Africa Data Centres."""
    if k and _APPOSITION_GAP.fullmatch(text, spans[k - 1].end - s.start, spans[k].start - s.start):
        return spans[k - 1].name
    return spans[k].name


_POSSESSIVE = re.compile(r"^['’]s\b")
_WHOSE = re.compile(r",\s+whose\s+(?:[\w-]+\s+){0,3}")

# "'s server arm ", "'s self-driving unit ": the unit named next is the owned company
_UNIT_BETWEEN = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}(?:arm|unit|subsidiary|division|"
                           r"business|affiliate)\s+")

# ", and it opened": a clause whose subject is "it", not the name before it
_AND_IT = re.compile(r"[,;]\s+(?:and|but)\s+(?:then\s+)?it\s+(?:also\s+|has\s+|had\s+|will\s+|"
                     r"is\s+|was\s+|now\s+)?(?:\w+ed|\w+s|will|plans|is|has|had|broke|built|"
                     r"began|ran|won)\b")
_IT_START = re.compile(r"(?:It|Its)\s")

# "the RISC-V Foundation", "the GSM Association": a body that is no company, whose "its" it is
_BODY_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+(?:Foundation|Association|Alliance|Consortium|"
                          r"Council|Commission|Federation|Society|Institute|University|"
                          r"Agency|Ministry)\b")

# ", which is expanding", " that runs": a relative clause on the name just before
_RELATIVE_AFTER = re.compile(r",?\s+(?:which|who|that)\s+"
                             r"(?:also\s+|now\s+|already\s+|both\s+|all\s+)?"
                             r"(?:is|was|has|had|will|plans|runs|operates|opened|owns|built|"
                             r"\w+ed\b|\w+s\b)[^,;]*$")

# ", the data center unit of ": an apposition, no verb in it, ending on a name
_APPOSITION_GAP = re.compile(r",\s+(?:the|a|an|its)\s+[^,;]{0,60}?\b(?:of|at|from|to)\s+"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,2}")

# a name that modifies a product ("Hanul chips", "Nvidia GPUs"): not the one acting
_PRODUCT_AFTER = re.compile(r"\s+(?:chips?|GPUs?|CPUs?|processors?|accelerators?|servers?|"
                            r"hardware|software|gear|equipment|modems?|devices)\b")

_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}$")

# ", and X opened", ", and X, the Pune-based operator, is ...": a new clause whose subject
# X is, not a list of objects
_CLAUSE_LEAD = re.compile(r"[,;]\s+(?:and|but|while|whereas)\s+$")
_VERB_AFTER = re.compile(r"(?:,\s+(?:the|a|an|its|owned|backed|controlled|majority-owned|"
                         r"part|now)\s[^,;]{0,60},)?"
                         r"\s+(?:also\s+|has\s+|had\s+|will\s+|is\s+|was\s+|now\s+)?"
                         r"(?:opened|opens|built|builds|runs|ran|operates|launched|launches|"
                         r"plans|announced|unveiled|began|started|broke|added|expanded|moved|"
                         r"is|was|will|has|had|says|said|expects|wants|aims|hopes|intends)\b")

# "Its rival Equinix", "Rival Digital Realty", "Its main rivals": a rival opening the sentence
_RIVAL_SUBJECT = re.compile(r"(?:(?:[Ii]ts|[Tt]heir|[Tt]he company['’]s)\s+)?(?:[\w-]+\s+)?"
                            r"[Rr]ivals?\s+")

_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[A-Z][\w-]*\s+){1,2}$")


# A list item: a short line that starts with an article or a verb, not a name.
_ITEM_START = re.compile(r"(?:[-•*–]\s*)?(?:A|An|The|New|Expand\w*|Open\w*|Build\w*|Add\w*)\b")

_REFERS = re.compile(r"\b(?=[it])(?:the company|the firm|the group|the startup|its|it|it's|"
                     r"the company's|the firm's)\b", re.I)

_COMPARED = re.compile(r"\b(?:the likes of|such as|like|than|rivals?|including)\s+$")

_OBJECT_LEAD = re.compile(r"\b(?:with|for|from|by|to|like|including|and|of|than|as|"
                          r"versus|against|rival|rivals)\s+(?:the\s+)?(?:\w+['’]s\s+)?"
                          r"(?:(?:[\w.]+-)?(?:[\w.]+-(?:based|owned|controlled|backed|listed|"
                          r"headquartered)|[Ss]tate-run)\s+)?$")

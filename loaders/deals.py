"""Deals: acquisitions, sales of a business, mergers and spin-offs.

One event per deal word: the buyer is the company before it in the clause (or the
story's subject for "it"), the target the first company after it; the state of the
deal (agreed, done, blocked) is read from the words between.
"""

from __future__ import annotations

import datetime as dt
import re

from loaders import dates
from loaders.companies import Span
from loaders.event_merge import EventFound
from loaders.places import PlaceIndex
from loaders.text import Sentence

# "Daimler — through its taxi unit — bought Taxibeat": a short aside between two dashes
# leaves the clause whole (the name before the dashes is the subject after them)
_ASIDE = re.compile(r"\s[—–]\s[^—–;.]{1,80}?\s[—–]\s")


def cuts(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where `rx` breaks `text` into clauses, but for the dashes around a short aside."""
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text)
              if m.group(0).count(" ") <= 13] if "—" in text or "–" in text else []
    return [(m.start(), m.end()) for m in rx.finditer(text)
            if not any(a <= m.start() < b for a, b in asides)]


ACQ_WORD = re.compile(
    r"\b(?=[abgmnopstw])(?:acquir(?:e|es|ed|ing)|acquisition of|bought|buys|buying|to buy|"
    r"takeover of|took over|purchas(?:ed|ing)(?: of)?|purchases? of|"
    # "the purchase would help it keep pace with X": the deal told again, naming no target
    r"(?<!the )(?<!its )(?<!this )(?<!that )purchases?|snapped up|merg(?:er|ed|es|ing) with|"
    r"(?:will|would|could|might|may) buy|(?:takeover )?(?:bid|offer) for|buyout of|"
    r"(?P<loose>(?:picks|picked|scoops|scooped|snaps|gobbles|gobbled|snatch|snatches|snatched|"
    r"snap|snapping|scoop|scooping|gobble|gobbling|snatching)"
    r" up|nabs|nabbed|snags|"
    r"snagged)|"
    # "agreed to pay $8 billion for Informatica", "paid $26.2 billion for LinkedIn", "has
    # bid $6bn for Zorbit": the company right after "for" is the one bought
    r"(?:(?:will|would|to) pay|paid|pays|bid|bids|offered|offers|offering) (?:about |"
    r"roughly |nearly |some |"
    r"more than |up to )?(?:US)?[$€£¥₹]\s?[\d.,]+\s?(?:billion|million|bn|m|b)?\s+"
    r"(?:\([^()]{1,24}\)\s+)?(?:in (?:cash|stock|cash and stock) )?for(?= [A-Z]))\b", re.I)
_PRONOUN = re.compile(r"(?:^|[;,]\s*|\b(?:and|when|after)\s+|"
                      # "the Chinese search giant announced it had acquired": the story's company
                      r"\b(?:said|says|announced|confirmed|revealed)\s+(?:that\s+)?)"
                      r"(?:(?:it|the company|the firm)\b"
                      r"(?:\s+\w+){0,3}|"
                      # "The company, which bought Interxion in 2020, said ...": of the story's
                      r"the (?:[\w-]+\s+)?(?:company|firm|group|operator|chipmaker|startup|"
                      r"start-up|provider|carrier)\s*,?\s+(?:which|that)(?:\s+\w+){0,2})\s*$",
                      re.I)
_CLAUSE_BREAK = re.compile(r";|\s[—–]\s")
_NEW_PHRASE = re.compile(r",\s+[a-z]")
# "have both bought consultancies as companies move to AWS": a new clause, its own subject
_NEW_CLAUSE = re.compile(r"\s(?:as|while|because|although|though|whereas|when|where|if|unless)"
                         r"\s+(?:[a-z][\w-]*\s+){1,2}(?:[a-z]+(?:ed|es|s)|move|buy|sell|shift|"
                         r"need|want|look|turn|go|come|seek|try|spend)\b")
_OWNER_LEAD = re.compile(r"['’]s?\s+(?:[\w$€£.,-]+\s+){0,4}")
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?$")
# "LinkedIn, which Microsoft bought in 2016" (or "X, an Israeli company AWS acquired in
# 2015"): the target is the name before "which" (a legal suffix may follow it); the deal
# word must end the relative clause's verb phrase.
_WHICH = re.compile(r"(?:\.|\s+[A-Z][\w.]{0,6})?,\s+(?:which|that)\s+|"
                    # "Corvalis Labs, a Dutch startup AWS bought in 2016"
                    r"(?:\.|\s+[A-Z][\w.]{0,6})?\s?,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:company|"
                    r"firm|startup|start-up|maker|developer|designer|provider|business)\s+")
_WHICH_END = re.compile(r"\s*(?:in\b|for\b|last\b|earlier\b|a year\b|,|\.|$|"
                        # "a London startup Google purchased a little more than three years ago"
                        r"(?:[\w-]+\s+){1,6}?ago\b)")
# "..., Broadcom, which bought it in 2023", "Cisco, which acquired the company last year":
# the buyer right before "which", the one bought told by a pronoun
# (a press release's "Nordvik Photonics AB of Lund, Sweden, which acquired it in 2019")
_WHICH_BUYER = re.compile(r"(?:\.|\s+[A-Z][\w.]{0,6})?"
                          r"(?:\s+of\s+[A-Z][\w-]*(?:,?\s+[A-Z][\w-]*){0,3})?"
                          r",\s+(?:which|that|who)\s+"
                          r"(?:(?:later|then|also|eventually|finally)\s+)?")
# a site bought without a seller named: "a 20-acre site in", "a plot of land in", "a
# second building in the Dallas area" (not "a stake in the site", "power from a farm")
_SITE_BOUGHT = re.compile(r"\s+(?:a|an|the|its|their|another)\s+(?:(?!stake|shares?|interest|"
                          r"rights|power|output|electricity|energy|from|in)[\w-]+\s+){0,3}?"
                          r"(?:site|building|plot|land|campus|plant|factory|warehouse|property|"
                          r"parcel)(?:\s+of\s+land)?\s+(?:in|near|outside|at|on)\s")
# "... and said in May it had bought", "it has agreed to acquire", "it would buy"
_IT_SUBJECT = re.compile(r"\b(?:said|says|announced|added|confirmed)\s+(?:(?:on|in|last|this|"
                         r"earlier)\s+\w+\s+)?(?:that\s+)?it\s+(?:(?:has|had|have|also|now|"
                         r"has agreed to|had agreed to|agreed to|would|will|plans to|is to)\s+)*$")
_IT_BOUGHT_IT = re.compile(r"\bit\s+(?:has\s+|had\s+|also\s+|recently\s+)*$")
_IT_BOUGHT = re.compile(r"\s+(?:it|the (?:company|firm|startup|start-up|business))\b")


# "Intel sold its NAND business to SK Hynix" (or "completed the sale of its NAND business
# to SK Hynix"): a sale of a business is an acquisition by the
# company after "to", of the seller. Only a business noun as the object: "Nvidia sold chips
# to Microsoft" is trade, not a deal.
_SALE = re.compile(
    r"\b(?=[adost])(?:sold|sells|selling|agreed to sell|to sell|sale of|offload(?:s|ed|ing)?|"
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


# "Thoma Bravo, which took it private in 2022", "agreed to take Zorbit private", "was taken
# private by Silver Lake": a buyout of the whole company (what stands between the verb and
# "private" is the target: a name, "it", or "the software maker")
_PRIVATE = re.compile(r"\b(?:take|takes|took|taking|taken)\s+(?P<obj>(?:[\w.&'’-]+\s+){1,6}?)"
                      r"private\b|\b(?:was|were|been|being|is|be)\s+taken\s+private\s+by\s+")
_PRIVATE_PRONOUN = re.compile(r"(?:it|them)\s+|the\s+(?:[\w-]+\s+){1,4}")


def _taken_private(s: Sentence, spans: list[Span], published: dt.date | None,
                   main_company: str | None) -> list[EventFound]:
    """Buyouts told as taking a company private: the buyer before the verb (or after
    "taken private by"), the target between the verb and "private", or the one "it" stands
    for (the sentence's first company, else the story's)."""
    out = []
    text = s.text
    for m in _PRIVATE.finditer(text):
        a, b = s.start + m.start(), s.start + m.end()
        before = [sp for sp in spans if sp.end <= a]
        if m.group("obj") is None:  # passive: "X was taken private by Y"
            buyer = next((sp.name for sp in spans if sp.start == b), None)
            target = before[-1].name if before else main_company
        else:
            inside = [sp for sp in spans if a <= sp.start < s.start + m.end("obj")]
            buyer = before[-1].name if before else None
            if inside:
                target = inside[0].name
            elif _PRIVATE_PRONOUN.fullmatch(m.group("obj")):
                # "it" is the sentence's subject when a name opens it, else the story's
                target = spans[0].name if spans[0].start - s.start < 4 and \
                    spans[0].name != buyer else main_company
            else:
                continue
        if buyer is None or target is None or buyer == target:
            continue
        lead_from = before[-1].end - s.start if before else 0
        out.append(EventFound("acquisition", [buyer, target], None, None,
                              dates.find_date(text[m.start():], published) or
                              dates.find_date(text, published),
                              dates.find_amount(text), s, 0.6,
                              _deal_state(text[lead_from:m.end()])))
    return out


# "a string of acquisitions, including Tableau, MuleSoft and Slack", "Cisco's purchases of
# Splunk and Duo": a plural deal noun before a list of the companies bought, one deal each
_DEALS_LISTED = re.compile(r"\b(?:acquisitions|purchases|takeovers)(?:,?\s+(?:including|such as|"
                           r"like)|\s+of|\s+that\s+(?:included|include))\s+$")
_LISTED_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_STORY_IT = re.compile(r"^(?:It|The company|The firm|The group)\s")
_OPENER = re.compile(r"(?:[A-Z][^,;]{0,50},\s+)?(?:The\s+|US\s+)?(?:[\w-]+\s+){0,2}?")
_OWNER_S = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,3}$")


def _listed_deals(s: Sentence, spans: list[Span], published: dt.date | None,
                  main_company: str | None) -> list[EventFound]:
    """One acquisition per company listed after a plural deal noun; the buyer is the
    company owning the noun ("Oracle's acquisitions of"), else the sentence's opening
    company or, for "It" or "The company", the story's."""
    out: list[EventFound] = []
    text = s.text
    for i, sp in enumerate(spans):
        m = _DEALS_LISTED.search(text, 0, sp.start - s.start)
        if m is None or m.end() != sp.start - s.start:
            continue
        lead = [x for x in spans[:i] if x.end - s.start <= m.start()]
        if lead and _OWNER_S.fullmatch(text, lead[-1].end - s.start, m.start()):
            buyer: str | None = lead[-1].name
        elif spans[0] is not sp and _OPENER.fullmatch(text, 0, spans[0].start - s.start) and \
                not text.startswith(("'", "’"), spans[0].end - s.start):
            buyer = spans[0].name  # "Since 2015, Oracle has made acquisitions such as ..."
        elif _STORY_IT.match(text):
            buyer = main_company
        else:
            continue
        targets = [sp]
        for nxt in spans[i + 1:]:
            if not _LISTED_GAP.fullmatch(text, targets[-1].end - s.start, nxt.start - s.start):
                break
            targets.append(nxt)
        for t in targets:
            if buyer and t.name != buyer:
                out.append(EventFound("acquisition", [buyer, t.name], None, None,
                                      dates.find_date(text, published), None, s, 0.6,
                                      False))
    return out


def acquisitions(s: Sentence, spans: list[Span], places: PlaceIndex,
                 published: dt.date | None, main_company: str | None) -> list[EventFound]:
    """One event per deal word: the buyer is the company before it in the clause (or the
    story's subject for "it"), the target the first company after it. A sale of a
    business ("X sold its Y unit to Z") is Z's acquisition of X."""
    out = _sales(s, spans, published)
    if "private" in s.text:
        out += _taken_private(s, spans, published, main_company)
    text = s.text
    breaks = cuts(_CLAUSE_BREAK, text)
    out += _mergers_and_spinoffs(s, spans, breaks, published, main_company)
    if "acquisitions" in text or "purchases" in text or "takeovers" in text:
        out += _listed_deals(s, spans, published, main_company)
    for m in ACQ_WORD.finditer(text):
        if text.endswith("power ", 0, m.start()):
            continue  # "a power purchase agreement": electricity bought, a supply deal
        a, b = s.start + m.start(), s.start + m.end()
        clause_start = max((b for a, b in breaks if b <= m.start()), default=0)
        clause_end = min((a for a, b in breaks if a >= m.end()), default=len(text))
        before = [sp for sp in spans if s.start + clause_start <= sp.start and sp.end <= a]
        after = [sp for sp in spans if b <= sp.start < s.start + clause_end and
                 sp.start - b < 80]
        if after and (gap := _NEW_PHRASE.search(text, m.end(), after[0].start - s.start) or
                      _NEW_CLAUSE.search(text, m.end(), after[0].start - s.start)):
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
        elif len(before) > 1 and ACQ_WORD.search(
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
        elif before and (it := _IT_SUBJECT.search(text, clause_start, m.start())) and \
                before[-1].end - s.start <= it.start() and spans[0].start - s.start < 4:
            # "Cisco makes routers for Verizon and said it would buy Splunk": "it" is the
            # company opening the sentence, not the name nearest the deal word
            buyer = spans[0].name
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
        if tgt is not None and _GOODS_AFTER.match(text, tgt.end - s.start):
            continue  # "bought Toyota's hybrid technology": goods of a company, not it
        if tgt is not None and _minority_stake(text[m.end():tgt.start - s.start]):
            continue  # "acquired a 10% stake in X": an investment (told as one), not a deal
        if tgt is not None and _MAKER_AFTER.match(text, tgt.end - s.start):
            # "buy Roomba maker iRobot": the first name is the product of the target
            tgt = next((sp for sp in after if sp.start > tgt.end and sp.name != buyer), tgt)
        if tgt is not None and (part := next((sp for sp in after if sp.start > tgt.end
                                              and sp.name != buyer), None)) and \
                _PART_OF_GAP.fullmatch(text, tgt.end - s.start, part.start - s.start):
            tgt = part  # "bought the Arm server chip division of Applied Micro": a part of
            # the company after "of" changed hands, the first name only describes it
        target = tgt.name if tgt else None
        if buyer is None and tgt is not None and m.group(0)[0] in "atpbAPTB" and \
                (by := _NOUN_BY.match(text, tgt.end - s.start)):
            # "the acquisition of Figma by Adobe": the buyer after "by"
            buyer = next((sp.name for sp in after if sp.start == s.start + by.end()), None)
        if target and buyer and _BY_AFTER.match(text, m.end()):
            # "Arm was acquired by SoftBank", "Altera, which was bought by Intel": the
            # target is the name just before; far from it, the sentence is not clear ("It
            # was acquired by Cisco": the story's company, told as "it", was the one bought)
            if before and not _PASSIVE_GAP.fullmatch(text, before[-1].end - s.start,
                                                     m.start()):
                continue
            buyer, target = target, buyer
        if target is None and len(before) >= 2 and _WHICH.fullmatch(
                text, before[-2].end - s.start, before[-1].start - s.start) and \
                _WHICH_END.match(text, m.end()):
            target = before[-2].name  # "LinkedIn, which Microsoft bought in 2016"
        if target is None and before and buyer == before[-1].name and \
                _WHICH_BUYER.fullmatch(text, before[-1].end - s.start, m.start()) and \
                (it := _IT_BOUGHT.match(text, m.end())) and _WHICH_END.match(text, it.end()):
            # "VMware is a unit of Broadcom, which bought it in 2023": the one bought is
            # the company opening the sentence, else the story's
            opener = spans[0].name if spans[0].start - s.start < 4 else None
            target = opener if opener != buyer else None
            if target is None and main_company != buyer:
                target = main_company
        names = [n for n in (buyer, target) if n]
        site = None
        if target is None and m.group(0)[0] in "abpABP" and \
                (site := _SITE_BOUGHT.match(text, m.end())) is not None:
            # "Equinix bought a 20-acre site in Ashburn", "said it had bought a building in
            # the Dallas area": a site bought is the buyer's acquisition, in its town
            if _IT_BOUGHT_IT.search(text, clause_start, m.start()):
                buyer = spans[0].name if spans and spans[0].start - s.start < 4 \
                    else main_company
            names = [buyer] if buyer else []
        elif len(names) < 2:
            continue
        if not names:
            continue
        clause = text[clause_start:clause_end]
        city = next((c for c in places.cities
                     if s.start + (site.end() if site else clause_start) <= c.start <
                     s.start + clause_end), None)
        # "bought Zorbit in 2019 and two years on acquired Quillon": the date told with
        # the deal word and its target first, then the clause's
        near = text[m.start():min(clause_end, (tgt.end - s.start if tgt else m.end()) + 40)]
        # ("expects to close its purchase of X in the fourth quarter": a quarter to come)
        future = dates.tells_future(text[clause_start:m.start()])
        date = dates.find_date(near, published, future) or dates.find_date(clause, published)
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
    # an aside between commas: "Vestrel, a Lisbon startup, was", "X, which makes chips, was"
    r",\s+(?:a|an|the|which|who|that)\s+[^,;]{1,80},\s+|"
    r"[^,;]{0,80}?\bit\s+|\s+)(?:(?:was|were|is|are|has|had|have|been|being|got|gets|later|"
    r"recently|eventually|then|also|now|since|itself)\s+)*", re.I)
_MAKER_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:maker|developer|creator|owner|publisher|"
                          r"startup|start-up)\s")
# "bought the CPU division of Applied Micro", "acquire Lyft's self-driving unit": a part of
# the company changed hands, so the company did not become a unit of the buyer
_PART_OF_GAP = re.compile(r"(?:\s+[\w()-]+){0,5}?\s+(?:business|businesses|unit|division|"
                          r"operations|arm|segment)\s+of\s+(?:the\s+)?")
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
    if _OUTPUT_BOUGHT.match(gap):
        return True  # "agreed to buy the output of a plant owned by X": a supply deal
    if _FROM_GAP.search(gap):
        return not _BUSINESS.search(gap)
    if _GOODS_LIKE.search(gap):
        return True  # "rush to buy an exotic chip like Cerebras'": goods of its kind
    m = _GOODS_AFTER.match(text, end)
    return bool(m and not _BUSINESS.search(m.group(0)))


# a company's output or power bought ("buy the output of", "buy power from reactors built by")
_OUTPUT_BOUGHT = re.compile(r"\s+(?:(?:all|most|some|part|much|half|a (?:large |big |major )?"
                            r"share) of )?(?:the |its |their )?(?:[\w-]+ ){0,2}?(?:output|"
                            r"(?:power|electricity|energy) (?:from|of))\b")
# goods named before the target by their kind: "buy a chip like X's", "GPUs such as X's"
_GOODS_LIKE = re.compile(r"\b(?:chips?|GPUs?|CPUs?|processors?|servers?|phones?|devices?|"
                         r"systems?|products?|cars?|software|tools?)\s+(?:like|such as|from)\s+"
                         r"(?:the\s+)?$")
# after the target: what a company sells without being sold itself
_GOODS_AFTER = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:technology|technologies|patents?|"
                          r"rights|licen[cs]es?|software|designs?|products?|chips|shares|stock|"
                          r"bonds|debt|data|content|catalog(?:ue)?|library|IP)\b")
# "(the acquisition|purchase|takeover|buyout) of X by Y"
_NOUN_BY = re.compile(r"\s+by\s+")
_PENDING = re.compile(
    r"\b(?:will|would|shall|could|might|may|plans?|planned|planning|agree[sd]?|agreeing|"
    r"offer(?:s|ed|ing)?|bids?|seeks?|seeking|sought|wants?|wanted|intends?|aims?|hopes?|"
    r"propos(?:ed|es|ing)|pending|talks|consider(?:s|ing)?|explor(?:es|ing)|expected|"
    r"attempt(?:s|ed)?|tried|tries|try|(?:is|are|was|were) (?:buying|acquiring|purchasing))\b|"
    r"\bto\s+(?:buy|acquire|purchase|take over|merge)\b", re.I)
_DONE = re.compile(r"\b(?:completed?|completes|closed?|closes|finali[sz](?:ed|es)|wrapped up|"
                   r"sealed)\b", re.I)
_PAST_DEAL = re.compile(r"(?:acquired|bought|purchased|snapped up|snatched up|took over|"
                        r"merged with)$",
                        re.I)
_FAILED = re.compile(
    r"\b(?=[abcdfkprstuvw])(?:block(?:ed|s|ing)?|abandon(?:ed|s|ing)?|scrap(?:ped|s)?|"
    r"cancel(?:ed|led|s|ing|ling)?|"
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

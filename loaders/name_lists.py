"""Runs of company names in a sentence: "rivals like X, Y and Z", "its units include A and B".

Shared by the rivalry and the ownership readers (`loaders.relations`, `loaders.ownership`).
"""

from __future__ import annotations

import re

from loaders.companies import Span
from loaders.text import Sentence

# "competitors include Intel-owned Habana Labs": the owner only describes the rival
_OWNER_MODIFIER = re.compile(r"-(?:owned|backed|controlled|funded)\s+$")

_UNIT_NEXT = re.compile(r"\s+(?:unit|division|subsidiary|arm)\b")
# What stands between two names of one list: "X (XY), Z and W".
# (and a product after the name: "Nvidia's GeForce Now, Google Stadia and Microsoft's ...")
# ("Broadcom's optics unit and Coherent": the owner's unnamed unit stands for the owner)
_LIST_GAP = re.compile(r"(?:['’]s(?:\s+[a-z][\w-]*){1,2}(?=\s+(?:unit|division|business|arm)\b))?"
                       r"(?:['’]s)?(?:\s+(?:[A-Z0-9][\w.-]*|[a-z]+[A-Z][\w.-]*)){0,3}"
                       r"(?:\s+(?:services?|platforms?|software|cloud|chips?|apps?|offerings?|"
                       r"products?|models?|assistants?|chatbots?|systems?|devices?|phones?|"
                       r"processors?|GPUs?|CPUs?|accelerators?|unit|division|business|arm))?\s*"
                       # "TSMC in Taiwan and Samsung in South Korea": each with its place
                       r"(?:\s(?:in|of|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}\s*)?"
                       r"(?:\([^()]{1,30}\))?\s*(?:,|and|or|&|,\s*and|,\s*or|,?\s*as well as)\s*"
                       # "Ericsson and Chinese challenger Huawei", "UMC and China's SMIC": a
                       # place's name or people's adjective before the next name
                       r"(?:[A-Z][a-z]+['’]s\s+|"
                       r"[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+(?:[a-z][\w-]*\s+){0,2})?")


# "X has competition there, though — Y opened a lab": a dash or colon brings the rival in
_INTRODUCED = re.compile(r"(?:[—–:]|,\s+(?:including|such as|like|notably|led by))\s+"
                         r"(?:[\w-]+\s+){0,5}$")
# a list cue right before the first name lets the list start a little further away
_LIST_CUE = re.compile(r"\b(?:such as|like|including|the likes of)\s+$")
_CUE_CLOSES = re.compile(r",\s+(?:including|such as|notably)\s+$")
# "... vying for a slice of the market, which counts among its ranks startups like X, Y":
# a list its plural noun brings in, further from the rivalry word
# ("rivals including X" is a rivalry word of its own, whose list it is; not "hospitals and
# firms like X")
_NOUN_CUE_CLOSES = re.compile(r"(?<!and )(?<!or )\b(?:startups|companies|firms|players|"
                              r"vendors|providers)\s+(?:like|such as|including)\s+$")


# "competes with X in storage and with Y in networking", "is up against X, which bought
# Z last year, and against Y": the list goes on after a scope or a relative clause
_AND_WITH = re.compile(r"(?:,\s+(?:which|who|whose)\s[^,;()]{1,140},\s+(?:and|as well as)\s+"
                       r"(?:(?:with|against|in|from|to|by)\s+)?|"
                       # "competes with X and Y, the two largest ..., and with Z in ...",
                       # "is up against X, the GPU cloud backed by Y, and Z"
                       r",\s+(?:the|an?)\s[^,;()]{1,100},\s+(?:and|as well as)\s+"
                       r"(?:(?:with|against|by)\s+)?|"
                       r"(?:\s+(?:in|on|for)\s+(?:[\w-]+\s+){0,3}[\w-]+)?,?\s+(?:and|as well as)\s+"
                       r"(?:also\s+)?(?:with|against|in|from|to)\s+)"
                       r"(?:(?:the|a|an|[a-z][\w-]*)\s+){0,2}"
                       # ("and with Penang's X", "and Chinese challenger X")
                       r"(?:[A-Z][\w-]*['’]s\s+|[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+"
                       r"(?:[a-z][\w-]*\s+){0,2})?")


def list_from(s: Sentence, after: list[Span], end: int,
              parents: dict[str, str] | None = None) -> list[Span]:
    """The run of names that starts right after a word ending at `end` (a rivalry word,
    "units include"): 'rivals like X, Y and Z'. With `parents` (a company's owner, for
    companies that are no mere unit), "Broadcom's VMware" lists VMware."""
    if not after or after[0].start - end > 70 and not (
            after[0].start - end <= 110 and _CUE_CLOSES.search(
                s.text, after[0].start - s.start - 14, after[0].start - s.start)) and not (
            after[0].start - end <= 160 and _NOUN_CUE_CLOSES.search(
                s.text, after[0].start - s.start - 40, after[0].start - s.start)):
        return []  # (further only where ", including" brings the list in: "is up against
        # several domestic players chasing the same subsidies, including X and Y")
    gap = s.text[end - s.start:after[0].start - s.start]
    if len(gap) > 45 and not _INTRODUCED.search(gap) and not (
            len(gap) <= 60 and _LIST_CUE.search(gap)) and not _NOUN_CUE_CLOSES.search(gap):
        return []  # (further only after a colon: "competition from three names: X, Y")
    # "Unlike its competitors, Cohere offers ...": not the rivals' list; but "its main
    # competitors, Compal and Inventec, have grown": a list set off by commas on both sides
    closed = "," in gap and not s.text.startswith((",", " ,"), after[0].end - s.start) and \
        not _INTRODUCED.search(gap) and not _NOUN_CUE_CLOSES.search(gap)
    if len(after) > 1 and _OWNER_MODIFIER.fullmatch(s.text, after[0].end - s.start,
                                                    after[1].start - s.start):
        after = after[1:]
    out = [after[0]]
    last = after[0].end  # where the list has got to
    for sp in after[1:]:
        if sp.name == out[-1].name or sp.start < last:
            continue  # "Amazon Web Services (AWS)": one name, said twice
        gap = s.text[last - s.start:sp.start - s.start]
        if gap in ("'s ", "’s "):
            if last == out[-1].end and (_UNIT_NEXT.match(s.text, sp.end - s.start) or
                                        parents and parents.get(sp.name) == out[-1].name):
                out[-1] = sp  # "AMD's Xilinx unit and Lattice": the unit is the one listed
            last = sp.end  # "Microsoft's Xbox Cloud Gaming, ...": the owner's product
            continue
        if _LIST_GAP.fullmatch(gap):
            out.append(sp)
            last = sp.end
            continue
        m = _AND_WITH.match(s.text, last - s.start)
        nxt = m and next((x for x in after if x.start == s.start + m.end()), None)
        if not nxt:
            break
        out.append(nxt)
        last = nxt.end
    if closed and (len(out) < 2 or not s.text.startswith(",", out[-1].end - s.start)):
        return []
    return out

"""Facility words: where a sentence names a kind of site ("data center", "cloud region",
"fab", "plant", "headquarters", "R&D center", "hub", a bare "site"), and what kind a
vague word ("hub", "site") is in its sentence. Part of `loaders.facilities`."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from loaders.text import Sentence
from loaders.triggers import Triggers

# (kind, pattern); the first pattern that matches at a position wins.
_KINDS: list[tuple[str, str]] = [
    ("rnd_center", r"R&D (?:cent(?:er|re)|facility|hub|lab(?:oratory)?|site|base|office)s?|"
                   r"research (?:and development )?(?:cent(?:er|re)|lab(?:oratory|oratories)?|"
                   r"facility|hub|institute|campus|office)s?|"
                   r"(?:AI|artificial intelligence|innovation|development|engineering|design|"
                   r"technology|tech) (?:research )?(?:cent(?:er|re)|lab(?:oratory)?|hub)s?|"
                   r"\blabs?\b(?= in )|"
                   # a named site: "the IBM Almaden Research Center" (kept only after a
                   # company's name in the same capitalised run: `facilities._named_site`)
                   r"Research (?:Cent(?:er|re)|Lab(?:oratory)?)s?\b"),
    ("data_center", r"(?:hyperscale |AI |cloud )?data[ -]?cent(?:er|re)s?(?! regions?\b)"
                    r"(?: campus(?:es)?)?|"
                    r"server farms?|colocation (?:facility|facilities|site)s?|data halls?|"
                    r"AI factor(?:y|ies)|"  # Nvidia's word for a GPU data center
                    r"supercomputer(?: cent(?:er|re))?s?"),
    ("cloud_region", r"(?:cloud |infrastructure |local |new |data ?cent(?:er|re) )?regions?\b|"
                     r"availability zones?|"
                     r"(?<=\) )Regions?\b"),  # AWS's names: "its Asia Pacific (Jakarta) Region"
    ("fab", r"(?:chip|semiconductor|wafer|foundry) (?:fab(?:rication)?|plant|factory|facility)"
            r"(?:ies)?s?|\bfabs?\b|\bfoundry\b|\bmegafab\b|"
            r"\bFab(?= \d{1,3}\b)"),  # a fab's number: "opened Fab 34 in Leixlip"
    ("factory", r"(?:giga)?factor(?:y|ies)|(?:assembly |manufacturing |production |car |"
                r"battery |vehicle |engine )?plants?\b|manufacturing (?:facility|facilities|site|"
                r"hub|base)s?|production (?:facility|facilities|site|line)s?|assembly lines?"),
    ("headquarters", r"headquarters|head ?quarters|head office|\bHQ\b"),
    ("campus", r"\bcampus(?:es)?\b"),
    ("office", r"\boffices?\b(?! (?:of|for|365|suite|software|space market|politics))|"
               r"\boutposts?\b(?! of\b)|"  # "has outposts in Glasgow and Mumbai"
               r"(?:tech|engineering|regional|sales|operations|software) (?:hub|cent(?:er|re))s?|"
               r"(?:customer |technical |tech )?(?:support|contact|call|delivery) "
               r"cent(?:er|re)s?|customer (?:service|care) cent(?:er|re)s?"),
    ("hub", r"\bhubs?\b(?! (?:of|for)\b)"),  # its kind comes from the sentence: `_hub_kind`
    # a bare "site" or "facility": a site of its own only with a place and a status verb
    # ("opened a new test site in Palo Alto"); its kind comes from the sentence
    ("site", r"(?=[sf])(?<![\w-])(?<![Tt]he )(?<![Tt]his )(?<![Tt]hat )"
             r"(?:sites?|facility|facilities)\b"),
]

_KIND_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _KINDS))


# The named kinds only: an earlier facility word that scopes a status verb, or a site a
# "one in X" may follow (a bare "site" is too vague to do either)
_NAMED_KIND_RE = re.compile("|".join(f"(?P<{k}>{p})" for k, p in _KINDS if k != "site"))


# Every match of `_NAMED_KIND_RE` contains one of these: where none is, it need not be run.
_KIND_HINT = re.compile(
    "R&D|research|cent|lab|hub|server|colocation|data hall|supercomputer|region|Region|zone|fab|"
    "Fab|foundry|factor|plant|facilit|manufacturing|production|assembly|quarters|HQ|campus|office|outpost|"
    "Research")


# How far into a match of `_NAMED_KIND_RE` its first hint can start at most ("artificial
# intelligence lab": 24 characters; tests/test_speed_equivalence.py checks every phrase).
_HINT_LEAD = 32


def _named_kinds(text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
    """The matches of `_NAMED_KIND_RE.finditer(text, pos, endpos)`, found faster.

    Its alternatives start with no common letter, so the regex engine tries each of
    them at every position. A match holds a hint (`_KIND_HINT`, a quick scan) that
    starts at most `_HINT_LEAD` characters into it: the leftmost match at or after
    `pos` starts no earlier than that before the first hint there, and the search can
    start there (a lookbehind still sees the text before it).
    """
    while True:
        hint = _KIND_HINT.search(text, pos, endpos)
        if hint is None:
            return
        m = _NAMED_KIND_RE.search(text, max(pos, hint.start() - _HINT_LEAD), endpos)
        if m is None:
            return
        yield m
        pos = m.end()


def _kind_matches(sents: list[Sentence],
                  trig: Triggers) -> Iterator[tuple[Sentence, re.Match[str]]]:
    """Facility words, tried only where a facility stem starts (or up to two words
    before it, for "R&D center", "chip plant"), each reported once."""
    starts = [s.start for s in sents]
    seen: set[int] = set()
    for pos in trig.positions["facility"]:
        i = bisect.bisect_right(starts, pos) - 1
        s = sents[i]
        rel = pos - s.start
        candidates = [m.start() for m in _WORD_START.finditer(s.text, max(0, rel - 30), rel)]
        for q in [*candidates[-2:], rel]:
            if s.text[q:q + 2] not in _KIND_STARTS:
                continue  # no facility word starts so: the match would fail
            m = _KIND_RE.match(s.text, q)
            if m and m.end() > rel:
                if s.start + m.start() not in seen:
                    seen.add(s.start + m.start())
                    yield s, m
                break


_WORD_START = re.compile(r"(?<![\w&-])[\w&]")


# The first two characters of every match of `_KIND_RE` (tests/test_speed_equivalence.py
# checks them against all the phrases it can match): a set look-up is quicker than a
# failed match.
_KIND_STARTS = frozenset([
    "AI", "HQ", "R&", "Re", "ar", "as", "av", "ba", "ca", "ch", "cl", "co", "cu", "da", "de",
    "en", "Fa", "fa", "fo", "gi", "he", "hu", "hy", "in", "la", "lo", "ma", "me", "ne", "of",
    "op", "ou", "pl", "pr", "re", "sa", "se", "si", "so", "su", "te", "ve", "wa"])


def _site_kind(sentence: str) -> str:
    """A bare "site" or "facility" is what the sentence says it holds: servers, a
    production line, else a site of another kind."""
    for kind, rx in _HUB_CONTEXT[1:]:
        if rx.search(sentence):
            return kind
    return "other"


# "web site", "news sites", "on-site", "the site of", "site visits": no site of a company;
# "the site", "this facility": one named before
# "cheaper than sites near X", "the largest such facility in Vietnam": no site
_NOT_A_SITE = re.compile(r"\b(?:web|news|dating|job|social|shopping|review|booking|"
                         r"e-commerce|video|media|porn|gambling|betting|Web|[Tt]he|[Tt]his|"
                         r"[Tt]hat|than)\s+(?:[\w-]+\s+)?$|\bsuch\s+$")

_NOT_A_SITE_AFTER = re.compile(r"\s+(?:of|visits?|licen[cs]es?|reliability|traffic|"
                               r"administrators?|owners?|users?|visitors?|search)\b", re.I)


def _hub_kind(sentence: str) -> str:
    """A "hub" is what the sentence says it does: R&D, data, making things, or an office."""
    for kind, rx in _HUB_CONTEXT:
        if rx.search(sentence):
            return kind
    return "office"


_HUB_CONTEXT = [
    ("rnd_center", re.compile(r"\b(?:develop\w*|research\w*|R&D|engineer\w*|innovation|AI|"
                              r"self-driving|autonomous|lab|camera|design\w*)\b")),
    ("data_center", re.compile(r"\b(?:data ?cent(?:er|re)s?|cloud|server|colocation)\b", re.I)),
    ("factory", re.compile(r"\b(?:manufactur\w*|production|assembl\w*|plant|packaging)\b",
                           re.I)),
]

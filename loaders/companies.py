"""Company mentions: known companies from the knowledge base, unknown ones from context.

The result for one article is a `CompanyIndex`: one entry per company (canonical name,
surface forms, KB entry if any) and every span in the text that names it, which the
relation rules then read sentence by sentence.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from loaders import lexicon

# _CAP_TOKEN, _NAME_GREEDY, _alone: tests/test_extract_fast_paths.py reads them here
from loaders.company_cues import (
    _CAP_TOKEN,  # noqa: F401
    _NAME_GREEDY,  # noqa: F401
    ADVERBS,
    SOURCE_BEFORE,
    STAFF_ROLE,
    UNIT_APPOSITION,
    _alone,  # noqa: F401
    has_company_context,
    unknown_companies,
)
from loaders.gazetteer import CITY, COMPANY, COUNTRY, DEMONYM, REGION, Hit
from loaders.kb import LEGAL_WORDS, KBEntry, KnowledgeBase
from loaders.text import Sentence


@dataclass(slots=True)
class CompanyEntity:
    name: str
    mentions: list[str] = field(default_factory=list)
    entry: KBEntry | None = None
    confidence: float = 0.9
    first: int = 0  # offset of the first mention


# Not frozen (never mutated, hashable all the same): a frozen dataclass takes three
# times as long to build, and an article makes dozens of these.
@dataclass(slots=True, unsafe_hash=True)
class Span:
    start: int
    end: int
    name: str  # canonical name of the company


@dataclass(slots=True)
class CompanyIndex:
    entities: dict[str, CompanyEntity] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list, repr=False)
    _ranges: dict[tuple[int, int], list[Span]] = field(default_factory=dict, repr=False)
    # what a rule module read once and keeps for others (`loaders.relations`: ownership)
    memo: object = field(default=None, repr=False)

    def in_range(self, start: int, end: int) -> list[Span]:
        """Spans inside [start, end), in text order (spans are kept sorted).

        Every rule asks this of the same few sentences, so the answer is kept: the
        list is shared between callers, who must not change it.
        """
        if len(self._starts) != len(self.spans):
            self._starts = [s.start for s in self.spans]
            self._ranges.clear()
        got = self._ranges.get((start, end))
        if got is None:
            i = bisect.bisect_left(self._starts, start)
            j = bisect.bisect_left(self._starts, end, i)
            got = self._ranges[start, end] = [s for s in self.spans[i:j] if s.end <= end]
        return got

    def may_own(self, parent: str, child: str) -> bool:
        """Whether `child`, named right after "`parent`'s", is its unit ("Alphabet's
        Google", "Daimler's MyTaxi") rather than a product named like a company ("Nvidia's
        Tesla"): the KB says so, or the child is not in the KB."""
        ent = self.entities.get(child)
        return ent is not None and (ent.entry is None or ent.entry.parent == parent)


def find_companies(text: str, hits: list[Hit], sents: list[Sentence],
                   kb: KnowledgeBase) -> CompanyIndex:
    """All companies named in `text` (hits: the gazetteer's matches in the same text)."""
    taken: list[tuple[int, int]] = []  # spans already claimed by places or companies
    place_spans: set[tuple[int, int]] = set()  # those of them that are only places
    accepted: dict[str, tuple[str, KBEntry | None]] = {}  # surface -> (canonical, entry)
    pending: list[Hit] = []
    sentence_starts = {s.start for s in sents}

    menu = _menu_runs(text, hits)
    # a known name the article also gives a person ("CEO Lex Bayer", "Bayer joined X as
    # CEO") is that person where nothing says company ("..., Bayer added")
    people = _people_named(text)
    for h in hits:
        entry = h.first(COMPANY)
        if h.start in menu:
            continue  # "Facebook YouTube Instagram LinkedIn": a row of links, not prose
        if h.start > 1 and text[h.start - 1] == "-" and _short_prefix(text, h.start - 1):
            continue  # "X-Box", "E-Trade": the tail of a longer word
        if entry is not None and h.surface in ADVERBS and text.startswith(",", h.end) and (
                h.start in sentence_starts or _AFTER_SENTENCE.search(text, max(0, h.start - 4),
                                                                     h.start)):
            continue  # "Indeed, ...", also after a closing quote
        if entry is not None and entry.sector == "consulting" and (
                SOURCE_BEFORE.search(text, max(0, h.start - 40), h.start)
                or _SOURCE_AFTER.match(text, h.end)):
            continue  # "research from McKinsey", "according to BCG managing director Jo Roe"
        if entry is not None and h.surface in _SOCIAL and (
                _MEDIUM_BEFORE.search(text, max(0, h.start - 20), h.start)
                or _MEDIUM_AFTER.match(text, h.end)):
            continue  # "took to Twitter", "via Instagram", "Zoom calls": a medium, no actor
        if entry is None:
            if h.surface in lexicon.COMPANY_HEADS and _CAP_WORD_BEFORE.search(
                    text, max(0, h.start - 30), h.start):
                continue  # "Danske Bank", "Arion Bank": a company's head word, no town
            if not h.kinds.isdisjoint(_PLACE_KINDS):  # a city, country, state, adjective
                taken.append((h.start, h.end))
                place_spans.add((h.start, h.end))
            continue
        if _is_person(text, h.start) or _is_outlet_attribution(text, h) or \
                h.surface in people and not has_company_context(text, h.start, h.end):
            continue  # "Bayer joined Starship as CEO": a person named like a company
        ambiguous = bool(entry.ambiguous) and (
            h.surface in entry.ambiguous or h.surface.upper() in _upper(entry.ambiguous))
        # a known company that is also a place ("Toyota", "Nokia") is the company unless
        # the text puts it as a place ("in Toyota City", "a plant in Nokia")
        place_too = COUNTRY in h.kinds or REGION in h.kinds or CITY in h.kinds and bool(
            _PLACE_LEAD.search(text, max(0, h.start - 12), h.start)) and not (
                _POSSESSIVE_THING.match(text, h.end))  # "key to Toyota's success"
        if ambiguous or place_too or h.start in sentence_starts and h.surface in lexicon.NOT_NAMES:
            pending.append(h)
            continue
        accepted[h.surface] = (entry.name, entry)
        taken.append((h.start, h.end))

    known = [(h.start, h.end) for h in hits if h.surface in accepted]
    machines: dict[str, bool] = {}  # surface -> whether the article names a machine so
    # companies named by a form needing no context ("Arm Holdings"): their bare ambiguous
    # name ("puts Arm in competition with") is the same company
    named = {got[0] for got in accepted.values()}
    # the owners of units named ("Amazon Web Services" makes a bare "Amazon" the company)
    unit_owners = {got[1].parent for got in accepted.values()
                   if got[1] is not None and got[1].unit and got[1].parent}
    alone: set[str] | None = None  # ambiguous surfaces the article also names on their own
    for h in pending:  # ambiguous names need company context somewhere in the article
        entry = h.first(COMPANY)
        if entry.unit and h.surface != entry.name and entry.name not in text:
            continue  # "Azure" alone is the product; the unit is "Microsoft Azure"
        if h.surface not in machines:
            machines[h.surface] = _names_a_machine(text, h.surface)
        if machines[h.surface] and h.surface not in accepted:
            taken.append((h.start, h.end))  # (nor is it an unknown company's name)
            continue  # "the Aurora supercomputer": Aurora is the machine all through
        if ambiguous_word(h) and _inside_longer_name(text, h.start, h.end):
            if alone is None:  # (read once, when first needed)
                alone = {o.surface for o in pending
                         if not _inside_longer_name(text, o.start, o.end)}
            if h.surface not in alone:
                continue  # "the Federal Zero Trust Strategy", "Mini PCIe", "Senior Writer X"
        if h.surface in accepted or entry.name in named and not entry.unit or \
                entry.name in unit_owners or \
                has_company_context(text, h.start, h.end) or \
                _in_company_list(text, h, known) or _owns_next(text, h.end, known):
            accepted[h.surface] = (entry.name, entry)
            taken.append((h.start, h.end))
        elif not (h.has(CITY) or h.has(COUNTRY) or h.has(REGION)):
            continue
        else:
            taken.append((h.start, h.end))

    _local_units(text, hits, accepted)
    unknown = unknown_companies(text, taken, kb, accepted, place_spans)
    for surface, canonical in unknown.items():
        entry = kb.get(canonical)
        if entry is not None and not entry.unit:  # "VMWare": a known company written otherwise
            accepted.setdefault(surface, (entry.name, entry))
        else:
            accepted.setdefault(surface, _short_form(surface, canonical, accepted))

    _unit_names(text, accepted)
    _link_acronyms(text, accepted)
    _drop_defined_terms(text, accepted)
    _bare_names_of_the_corporation(accepted)
    known = [(h.start, h.end) for h in hits if h.surface in accepted]
    return _collect(text, accepted, hits, sentence_starts, known)


_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,9})\s*\)")
_PLACE_LEAD = re.compile(r"\b(?:in|at|near|outside|from|to)\s+$")
_CAP_WORD_BEFORE = re.compile(r"\b[A-Z][\w&.-]* $")
_SOURCE_AFTER = re.compile(
    r"\s+(?:analysts?|researchers?|estimates|data|research|report|survey|study|managing director|"
    r"partner|principal|consultant|senior partner|director)\b")
_AFTER_SENTENCE = re.compile(r"[.!?][\"”’)]?\s+$")
_SOCIAL = frozenset({"Twitter", "X", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok",
                     "WeChat", "Weibo", "Reddit", "Threads", "Telegram", "WhatsApp", "Zoom",
                     "Snapchat", "Discord", "Slack", "Teams", "Skype", "Bluesky", "Mastodon"})
_MEDIUM_BEFORE = re.compile(r"\b(?:took to|on|via|through|over|posted to|in a post on)\s+$")
_MEDIUM_AFTER = re.compile(r"\s+(?:calls?|meetings?|posts?|videos?|feeds?|accounts?|page|"
                           r"channel|handle|thread|livestream|messages?)\b")
_PLACE_KINDS = frozenset({CITY, COUNTRY, REGION, DEMONYM})

_CONTINENTS = frozenset({"Europe", "Africa", "Asia"})
_ROLE_BEFORE = re.compile(r"\b(?:director|manager|chief|CEO|CTO|CFO|president|head|executive|"
                          r"officer|spokes\w+|boss|chair\w*|engineer|analyst|lead)\s+"
                          r"(?:[\w-]+\s+){0,2}?(?:for|at|of|with)\s+$")
_ROLE_AFTER = re.compile(r"(?:\s+[\w&]+){0,3}?\s+(?:director|manager|chief|CEO|president|head|"
                         r"executive|officer|spokes\w+|vice|boss|chair\w*)\b")


def _local_units(text: str, hits: list[Hit],
                 accepted: dict[str, tuple[str, KBEntry | None]]) -> None:
    """A known company's name with a country's right after it names its unit there, a
    company of its own ("Vodafone Czech Republic", "Ooredoo Kuwait", "Orange Belgium",
    "GM Europe"), unless the knowledge base knows the longer name."""
    tails = [k for k, c in enumerate(hits)
             if k and (COUNTRY in c.kinds or c.surface in _CONTINENTS)]
    for k in tails:  # (a few per article: the countries and continents)
        h, c = hits[k - 1], hits[k]
        if c.start != h.end + 1 or text[h.end] != " " or h.surface not in accepted or \
                not c.surface[:1].isupper() or c.surface.isupper() and len(c.surface) < 4:
            continue  # (not "Vodafone US", "Nvidia UK": too often a modifier's)
        entry = accepted[h.surface][1]
        if entry is None or entry.unit or text.startswith(("-based", "-listed"), c.end) or \
                _ROLE_AFTER.match(text, c.end) or _ROLE_BEFORE.search(
                    text, max(0, h.start - 40), h.start):
            continue  # ("Xiaomi Finland R&D senior director X", "5G director for Telia
            # Finland": a person's title, which names the company)
        name = text[h.start:c.end]
        accepted.setdefault(name, (name, None))


def _short_prefix(text: str, hyphen: int) -> bool:
    """Whether one or two letters or digits, a word of their own, stand before `hyphen`."""
    k = hyphen
    while k > 0 and text[k - 1].isalnum() and hyphen - k < 3:
        k -= 1
    return 0 < hyphen - k <= 2 and (k == 0 or not text[k - 1].isalnum())


def _short_form(surface: str, canonical: str, accepted: dict[str, tuple[str, KBEntry | None]],
                ) -> tuple[str, KBEntry | None]:
    """An unknown one-word name that opens one known company's longer name in the same
    article is that company's short form ("Scale's founder" after "Scale AI")."""
    if surface != canonical or " " in surface:
        return canonical, None
    same = {got for name, got in accepted.items()
            if got[1] is not None and name.startswith(surface + " ")}
    return same.pop() if len(same) == 1 else (canonical, None)


@functools.cache
def _upper(forms: frozenset[str]) -> frozenset[str]:
    return frozenset(f.upper() for f in forms)


def _menu_runs(text: str, hits: list[Hit]) -> set[int]:
    """Starts of known names standing three or more in a row with only spaces between."""
    out: set[int] = set()
    run: list[Hit] = []
    for h in hits:
        if run and text[run[-1].end:h.start] in (" ", "  ", "\t") :
            run.append(h)
            continue
        if len(run) >= 3:
            out.update(x.start for x in run)
        run = [h]
    if len(run) >= 3:
        out.update(x.start for x in run)
    return out


_LIST_GAP = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*")


def _in_company_list(text: str, h: Hit, known: list[tuple[int, int]]) -> bool:
    """'Amazon.com, Alphabet and Microsoft': a name listed next to known companies."""
    for s, e in known:
        if e <= h.start and _LIST_GAP.fullmatch(text[e:h.start]):
            return True
        if s >= h.end and _LIST_GAP.fullmatch(text[h.end:s]):
            return True
    return False


def _is_person(text: str, start: int) -> bool:
    """'Michael Dell', 'Henry Ford': a given name just before a company name."""
    if start < 2 or not text[start - 1].isspace() or not text[start - 2].isalpha():
        return False  # the common case, decided without a regex
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(m and (m.group(1) in lexicon.GIVEN_NAMES or _role_name_before(
        text, start)))  # "CEO Lex Bayer"


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_CHIEF_NAME = re.compile(r"[A-Z][a-z]+ ([A-Z][\w&-]*)")
_CHIEF_TITLES = ("CEO ", "CFO ", "CTO ", "COO ", "founder ", "chief executive ", "president ",
                 "chairman ", "chairwoman ")
_JOINED_BEFORE = re.compile(r"([A-Z][\w&.-]*)$")


def _people_named(text: str) -> set[str]:
    """Last names the article gives chiefs: "CEO Lex Bayer", "Bayer joined X as CEO"."""
    out: set[str] = set()
    if "CEO " not in text and " joined " not in text and "ounder " not in text:
        return out  # (most texts name no chief: three scans instead of ten)
    for title in _CHIEF_TITLES:
        i = text.find(title)
        while i >= 0:
            m = _CHIEF_NAME.match(text, i + len(title))
            if m:
                out.add(m.group(1))
            i = text.find(title, i + 1)
    i = text.find(" joined ")
    while i >= 0:
        m = _JOINED_BEFORE.search(text, max(0, i - 30), i)
        if m and _JOINED_AS.match(text, i):
            out.add(m.group(1))
        i = text.find(" joined ", i + 1)
    return out


def _role_name_before(text: str, start: int) -> bool:
    """'CEO Lex Bayer': a chief's title and a first name before `start`."""
    lead = text[max(0, start - 40):start]
    return any(w in lead for w in _ROLE_HINTS) and bool(_ROLE_NAME_BEFORE.search(lead))


_ROLE_HINTS = ("CEO", "CFO", "CTO", "COO", "chief", "ounder", "resident", "hairm", "hairw")
_ROLE_NAME_BEFORE = re.compile(r"\b(?:CEO|CFO|CTO|COO|chief executive|founder|co-?founder|"
                               r"president|chairman|chairwoman)\s+[A-Z][a-z]+\s+$")
_JOINED_AS = re.compile(rf" joined (?:[A-Z][\w.&-]*\s+){{1,3}}as (?:its |the |a |an )?"
                        rf"(?:new |interim |acting |former )?{STAFF_ROLE}\b")


def _is_outlet_attribution(text: str, h: Hit) -> bool:
    return h.surface in lexicon.NEWS_OUTLETS

_POSSESSIVE = re.compile(r"['’]s\s+")
# A possessive before a lowercase noun that is no part of a place ("Toyota's success", not
# "Toyota's outskirts")
_POSSESSIVE_THING = re.compile(r"['’]s\s+(?!(?:district|suburbs?|outskirts|city|downtown|"
                               r"centre|center|airport|port|mayor|streets?|residents)\b)[a-z]")


def _owns_next(text: str, end: int, known: list[tuple[int, int]]) -> bool:
    """'Amazon's AWS', 'Alphabet's Google': a possessive before a known company."""
    m = _POSSESSIVE.match(text, end)
    return m is not None and any(start == m.end() for start, _ in known)


_UNIT_TAIL = re.compile(r" ((?:[A-Z][\w.&-]*|of)(?: (?:[A-Z][\w.&-]*|of)){0,3})")
_UNIT_TAIL_STARTS = (*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "of")
_UNIT_WORDS = {
    "Europe", "America", "Americas", "Asia", "Africa", "India", "China", "Japan", "Korea",
    "Germany", "UK", "US", "USA", "Research", "Foundry", "Services", "Networks", "Mobile",
    "Wireless", "Technologies", "Labs", "Ventures", "Capital", "Pictures", "Semiconductor",
    "Electronics", "Motors", "Energy", "Financial", "Health", "Robotics", "Digital", "Fund",
    "Investments", "Cloud", "IDC", "Industries"}
# Words that may follow a unit's name: a title or a legal word ("Intel Capital President
# Wendell Brooks", "TSMC Europe GmbH")
_AFTER_A_UNIT = frozenset({"CEO", "CFO", "CTO", "COO", "President", "Chief", "Head", "Chairman",
                           "Founder", "Director", "Vice", "Senior", "Managing", "General",
                           "GmbH", "Ltd", "Inc", "Corp", "BV", "SA", "AG", "Oy", "AB", "SAS",
                           "LLC", "Pte", "Co"})


def _product_line(text: str, middle: list[str], unit: str) -> bool:
    """Whether the words between a company and a unit word also name something else on
    their own in the text ("Omniverse Enterprise", "run Omniverse anywhere"): a product
    line (but "Reality Labs" alone is the unit "Facebook Reality Labs" again)."""
    if not middle or any(w in lexicon.NOT_NAMES or not w[:1].isupper() for w in middle):
        return False
    term = " ".join(middle)
    return any(not text[max(0, m.start() - 1):m.start()].isalpha() and
               not text.startswith(" " + unit, m.end()) and
               not _WORD_BEFORE_TERM.search(text, max(0, m.start() - 30), m.start())
               for m in re.finditer(re.escape(term) + r"\b", text))


_WORD_BEFORE_TERM = re.compile(r"[A-Z][\w.&-]*\s$")  # "Nvidia Omniverse": after a name


# Words after a name that leave it the same company: "Qualtrics International".
_SAME_WORDS = {"International", "Global", "Worldwide", "Group", "Holdings", "Corporation",
               "Incorporated", "Inc", "Corp", "Ltd", "Limited", "Co", "Company"}


def _unit_names(text: str, accepted: dict[str, tuple[str, KBEntry | None]]) -> None:
    """'Nokia Networks', 'TSMC Europe', 'Volkswagen Group of America': a known company's
    name followed by a unit or region word names a company of its own (its subsidiary)."""
    for surface, (_canonical, entry) in list(accepted.items()):
        if entry is None:
            continue
        start = 0
        while (i := text.find(surface + " ", start)) >= 0:
            start = i + 1
            if i and (text[i - 1].isalnum()):
                continue
            if not text.startswith(_UNIT_TAIL_STARTS, i + len(surface) + 1):
                continue  # `_UNIT_TAIL` needs a capital or "of" after the space
            m = _UNIT_TAIL.match(text, i + len(surface))
            if not m:
                continue
            words = m.group(1).split()
            for k, w in enumerate(words):
                if w.endswith(".") and w[:-1] not in _SAME_WORDS:
                    del words[k + 1:]  # "... its unit, Kakao Enterprise. Financial terms":
                    words[k] = w[:-1]  # a full stop ends the name with the sentence
                    break
            if words[0] in _SAME_WORDS:  # "Qualtrics International": the same company
                same = f"{surface} {words[0]}"
                accepted.setdefault(same, (_canonical, entry))
                continue
            popped = ""
            if words[-1][0].isupper() and text.startswith((",", " ,"), m.end()) and (
                    UNIT_APPOSITION.match(text, m.end()) or _UNIT_OF_APPOSITION.match(
                        text, m.end())):
                pass  # "Telia Norge, Telia's Norwegian unit", "MTN Ghana, the local unit
                # of MTN Group": the whole tail, told a unit
            else:
                while words and words[-1] not in _UNIT_WORDS:
                    popped = words.pop()  # keep the longest tail that ends in a unit word
            if not words or words[-1] == "of" or surface in words or any(
                    w in lexicon.NOT_NAMES and w not in _UNIT_WORDS and w != "AI"
                    for w in words):  # "LG AI Research": "AI" inside a unit's name
                continue
            if popped and popped not in _AFTER_A_UNIT and popped not in lexicon.GIVEN_NAMES \
                    or _product_line(text, words[:-1], words[-1]):
                continue  # "Azure Digital Twins", "Nvidia Omniverse Cloud" (with "Omniverse"
                # told on its own): a product, not a unit
            name = f"{surface} {' '.join(words)}"
            accepted.setdefault(name, (name, None))


_UNIT_OF_APPOSITION = re.compile(r"\s?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|"
                                 r"division|arm|affiliate)\s+of\b")
# A capitalised word right before or after a name: the name is a word of a longer one
_CAP_BEFORE = re.compile(r"(?<![.!?:;,\n] )(?<!^)\b([A-Z][\w&-]*) $")
_CAP_AFTER = re.compile(r" ([A-Z][\w&-]*)")
_WORDS_AFTER_A_NAME = frozenset({
    "Inc", "Corp", "Co", "Ltd", "LLC", "PLC", "AG", "SA", "NV", "GmbH", "CEO", "CFO", "CTO",
    "COO", "Chief", "President", "Chairman", "Founder", "Cofounder", "Co-founder"})


def ambiguous_word(h: Hit) -> bool:
    """A one-word name that is also a common word, flagged ambiguous in the knowledge base."""
    entry = h.first(COMPANY)
    return entry is not None and bool(entry.ambiguous) and " " not in h.surface and \
        h.surface[1:].islower() and (h.surface in entry.ambiguous or entry.name == h.surface)


def _inside_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before the name (one that does not open the
    sentence: "the Federal Zero Trust Strategy") or right after it ("Mini PCIe modules",
    "Senior Writer X"), so that the name is a word of a longer name. Not a legal word or
    a title after it ("Strategy Inc", "Writer CEO May Habib"), nor a cue before it
    ("Rival Writer", "Startup Writer"). (Where the article also names it alone, "Apple
    charges for Apple Arcade", the longer name is the company's product: it counts.)"""
    after = _CAP_AFTER.match(text, end)
    if after and after.group(1).rstrip(".") not in _WORDS_AFTER_A_NAME:
        return True
    before = _CAP_BEFORE.search(text, max(0, start - 30), start)
    return before is not None and before.group(1) not in _LEAD_CUES and \
        not _opens_sentence(text, before.start(1))


_LEAD_CUES = frozenset({"Startup", "Start-up", "Rival", "Rivals", "Competitor", "Chipmaker",
                        "Carmaker", "Automaker", "The", "A", "An", "And", "With", "By", "In",
                        "At", "For", "From", "As", "On", "Of", "To", "Including", "Like",
                        "Against", "Both", "While", "But", "Unlike", "After", "Before"})


def _opens_sentence(text: str, i: int) -> bool:
    """Whether the word at `i` opens a sentence or a line."""
    head = text[max(0, i - 3):i]
    return i == 0 or head.endswith("\n") or head.rstrip(" ").endswith((".", "!", "?", "\n",
                                                                       ":", '"', "“"))


_MACHINE_WORDS = r"(?i:super ?computers?|exascale (?:system|machine|computer)s?)"
# The name a text gives a supercomputer: "the Aurora supercomputer", "Frontier, the
# world's first exascale machine", "a supercomputer called Leonardo"
# (also a site's name: "Frontier, a 1.4-gigawatt campus it is building"; not "X, a data
# center operator")
_SITE_WORDS = (r"(?:campus|data cent(?:er|re)|facility|fab|plant|supercluster)\b(?!\s+"
               r"(?:operator|company|provider|developer|maker|firm|group|business|owner|"
               r"builder|REIT|specialist|startup))")
# after the name: "X supercomputer", "X, the ... machine / campus"
_MACHINE_AFTER = re.compile(
    rf"\s+{_MACHINE_WORDS}\b|\s*,\s+(?:the|an?|its|our)\s+(?:[\w.'’-]+\s+){{0,4}}"
    rf"(?:{_MACHINE_WORDS}\b|{_SITE_WORDS})")
# before the name: "a supercomputer called X"
_MACHINE_BEFORE = re.compile(rf"{_MACHINE_WORDS}\s*,?\s+(?:called|named|dubbed|known as)\s+$")


def _names_a_machine(text: str, surface: str) -> bool:
    """Whether the article gives `surface` to a supercomputer or a site: "the Aurora
    supercomputer", "Frontier, the world's first exascale machine", "a supercomputer
    called Leonardo", "Frontier, a 1.4-gigawatt campus". Read at the name's own mentions
    (anchored patterns: a search through the text is slow)."""
    i = text.find(surface)
    while i >= 0:
        end = i + len(surface)
        if (i == 0 or not text[i - 1].isalnum()) and (
                _MACHINE_AFTER.match(text, end) or
                _MACHINE_BEFORE.search(text, max(0, i - 40), i)):
            return True
        i = text.find(surface, end)
    return False


def _bare_names_of_the_corporation(accepted: dict[str, tuple[str, KBEntry | None]]) -> None:
    """"SoftBank" after "SoftBank Corp." is that company, not the group the bare alias
    names elsewhere: the KB keeps a legal word in a name only where the bare name means
    another company (SoftBank Corp, Mitsubishi Corporation). Unless the article also names
    the other company in full."""
    if not any(got[1] is not None and " " in got[0] and
               got[0].rsplit(" ", 1)[1].rstrip(".").lower() in LEGAL_WORDS
               for got in accepted.values()):
        return  # (most articles name no such corporation)
    for surface, (canonical, entry) in list(accepted.items()):
        if entry is None or surface == entry.name:
            continue
        named = {got[0] for name, got in accepted.items() if name != surface}
        if canonical in named:
            continue
        full = [got for name, got in accepted.items()
                if got[1] is not None and got[0] != canonical and name.startswith(surface + " ")
                and got[0].startswith(surface + " ")
                and got[0][len(surface) + 1:].rstrip(".").lower() in LEGAL_WORDS]
        if len({got[0] for got in full}) == 1:
            accepted[surface] = full[0]


def _link_acronyms(text: str, accepted: dict[str, tuple[str, KBEntry | None]]) -> None:
    """'Amazon Web Services (AWS)': the acronym is another mention of the name before it."""
    for m in _ACRONYM_DEF.finditer(text):
        acro = m.group(1)
        if acro in accepted:
            continue
        before = text[max(0, m.start() - 80):m.start()].rstrip()
        for surface, (canonical, entry) in sorted(accepted.items(), key=lambda x: -len(x[0])):
            if before.endswith(surface) and _initials_fit(acro, surface):
                accepted[acro] = (canonical, entry)
                break


_DEFINED_TERM = re.compile(r"\(([A-Z]{2,5})\b")


def _drop_defined_terms(text: str, accepted: dict[str, tuple[str, KBEntry | None]]) -> None:
    """'server-side encryption (SSE)', 'a general manager (GM)': an acronym the text
    spells out in lowercase words is that term all through the article, not the company
    the knowledge base knows by it (unless the article names the company in full). So is
    one spelled out in capitals other than the company's own ('Optical Compute
    Interconnect (OCI)', not 'Oracle Cloud Infrastructure')."""
    if "(" not in text:
        return
    for m in _DEFINED_TERM.finditer(text):
        acro = m.group(1)
        got = accepted.get(acro)
        if got is None or got[1] is None or got[0] != acro and got[0] in text:
            continue
        words = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 80):m.start()])[-10:]
        n = len(acro)  # ("server-side encryption with customer-managed keys (SSE with CMK)")
        spelled = [words[k:k + n] for k in range(len(words) - n + 1)
                   if "".join(w[0] for w in words[k:k + n]).upper() == acro]
        own = [f.split() for f in got[1].forms if len(f.split()) == n]  # its name spelled out
        if any(all(w.islower() for w in p) or own and all(w[0].isupper() for w in p) and
               all(p != f for f in own) for p in spelled):
            del accepted[acro]


def _initials_fit(acro: str, name: str) -> bool:
    letters = "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z]*", name)).upper()
    a = re.sub(r"[^A-Z]", "", acro.upper())
    return bool(a) and (letters.startswith(a) or a[0] == letters[:1] and len(a) <= len(letters))


def _collect(text: str, accepted: dict[str, tuple[str, KBEntry | None]], hits: list[Hit],
             sentence_starts: set[int], known: list[tuple[int, int]]) -> CompanyIndex:
    index = CompanyIndex()
    found: list[tuple[int, int, str]] = []  # (start, -length, surface)
    n = len(text)
    for surface in accepted:  # a handful of names per article: str.find beats a regex
        i = text.find(surface)
        while i >= 0:
            e = i + len(surface)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_@")) and \
                    (e == n or not (text[e].isalnum() or text[e] == "_")):
                found.append((i, i - e, surface))
            i = text.find(surface, i + 1)
    found.sort()  # leftmost, then longest; a start and a length name one surface
    last_end = -1
    for start, neg_length, surface in found:
        if start < last_end:
            continue
        end = start - neg_length
        canonical, entry = accepted[surface]
        if entry is not None and surface in entry.ambiguous and start in sentence_starts \
                and not has_company_context(text, start, end) and \
                not _in_company_list(text, Hit(start, end, surface, (), frozenset()), known) \
                and not _owns_next(text, end, known):
            continue  # "Apple pie" opening a sentence, but "Amazon's AWS said" is the owner
        last_end = end
        ent = index.entities.get(canonical)
        if ent is None:
            ent = index.entities[canonical] = CompanyEntity(
                canonical, [], entry, 0.95 if entry else 0.75, start)
        if surface not in ent.mentions:
            ent.mentions.append(surface)
        index.spans.append(Span(start, end, canonical))
    return index

"""Rejections: what says a capitalised run is not a company.

A person ("analyst Shane Rau"), a product before its noun ("Ryzen AI chips"), a field
("Generative AI"), a public body, school or fair, a place, a plural of a known name.
The cues in `loaders.company_cues` offer runs; these turn them down.
"""

from __future__ import annotations

import functools
import re

from loaders import english, geo, lexicon
from loaders.kb import KnowledgeBase
from loaders.text import words_before

CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s+|\n\s*|,\s+(?:and|while)\s+|\band\s+|^\s*)$")

def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# Words that make a capitalised run a public body, a school or an event, not a company.
_INSTITUTION_WORDS = frozenset({
    "University", "Institute", "College", "School", "Laboratory", "Agency", "Administration",
    "Department", "Ministry", "Commission", "Council",
    "Association", "Foundation", "Show", "Expo", "Conference", "Summit", "Forum", "Congress",
    "Parliament", "Court", "Museum", "Hospital", "Society", "Academy", "Bureau", "Authority",
    "Consortium", "Coalition", "Initiative"})


def place_inside(text: str, spans: list[tuple[int, int]], places: set[tuple[int, int]],
                 start: int, end: int) -> bool:
    """Whether the one span overlapping [start, end) is a place opening a longer name, a
    capitalised word after it: a cued "carmaker Nanjing Auto", "Japan Display"; not "San
    Francisco-based Oxide", "China's AI", "Chinese AI"."""
    inside = [(s, e) for s, e in spans if s < end and start < e
              and not (e == end and text[s:e] in lexicon.COMPANY_HEADS)]  # "... Bank"
    if len(inside) != 1 or inside[0] not in places or inside[0][0] != start:
        return False
    m = _NAME_AFTER_PLACE.match(text, inside[0][1], end)
    return m is not None and m.group(1) not in _NOT_AFTER_PLACE


AND_INSTITUTION = re.compile(
    rf" (?:and|&) (?:[A-Z][\w-]* ){{0,3}}(?:{'|'.join(sorted(_INSTITUTION_WORDS))})\b")
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s? ")
_NAME_AFTER_PLACE = re.compile(r" ([A-Z][A-Za-z]+\b|&)")
# Words after a place that keep it a place or a field ("China AI", "Bay Area", "City Hall").
_NOT_AFTER_PLACE = frozenset({
    "AI", "Is", "Was", "Has", "Area", "Bay", "Valley", "City", "Street", "State", "Times", "Post",
    "Airport", "Station", "Region", "Province", "County", "District", "Hall", "Square", "Park",
    "The", "And", "Or", "In", "On", "At", "For", "Government", "Police", "Mayor", "Council"})


def clean_name(name: str) -> str:
    name = lexicon.LEGAL_RE.sub("", name).strip(" ,.'’")
    words = name.split()
    while words and words[0] in lexicon.NOT_NAMES:
        words.pop(0)
    return " ".join(words)


def plausible(name: str, kb: KnowledgeBase, strong: bool = False) -> bool:
    """Whether `name` may be a company at all. `strong`: a cue that only a company has
    says so (a legal suffix, "X, an Israeli software startup"), and a small town's name
    is no obstacle ("Quillon" is a town of 17,000 in Chile)."""
    if not name or len(name) < 2 or name in lexicon.NOT_NAMES or name in lexicon.NEWS_OUTLETS:
        return False
    words = name.split()
    if words[0] in lexicon.GIVEN_NAMES and len(words) == 2:
        return False  # "Jane Doe"
    if len(words) > 5 or name.isdigit() or name in lexicon.INSTITUTIONS or \
            not _INSTITUTION_WORDS.isdisjoint(words) or "National" in words and (
                "Labs" in words or "Laboratories" in words) or _POSSESSIVE_INSIDE.search(name):
        return False  # "NASA", "Oulu University", "Oak Ridge National Labs", "Osram's Xyz"

    if name in geo.countries() or name in geo.subdivisions():
        return False
    town = geo.cities().get(name)
    if town and not (strong and max(p.population for p in town) < _BIG_TOWN):
        return False
    if len(words) == 1 and (_ACRONYM_WORD.fullmatch(name) or _NOT_A_NAME.fullmatch(name)):
        return False  # "IT", "GPUs", "5G"; "Specifically", "It's"
    if words[0].endswith(_ADJECTIVE_ENDINGS) and words[0] not in ("Digital",) and \
            not (len(words[0]) <= 5 and words[0].endswith("ive")) and \
            words[0] not in geo.cities():  # "Nanjing Auto" is no field of work
        return False  # "Generative AI", "Emerging Technology": a field, not a firm
        # (but "Drive Capital", "Hive Autonomy": a short noun, no adjective)
    return not all(w.lower() in ("of", "de", "&") or w in lexicon.NOT_NAMES for w in words)


_BIG_TOWN = 200_000


@functools.lru_cache(maxsize=4096)
def rejected_word(word: str, kb: KnowledgeBase, strong: bool = False) -> bool:
    """Whether `consider` turns a one-word run down without a strong cue (`strong`: even
    with one; with or without a legal suffix, which `clean_name` strips). Cached: "The",
    "A" and the towns come in every article."""
    return not plausible(clean_name(word), kb, strong)


# What follows a product, not a firm: "Ryzen AI chips", "DGX AI supercomputers".
_PRODUCT_NOUN_AFTER = re.compile(
    r"['’]?\s+(?:chips?|processors?|CPUs?|GPUs?|supercomputers?|chatbots?|accelerators?|"
    r"servers?|laptops?|PCs|cores|instances|models?|software|superchips?|boards?|cards?|"
    r"headsets?|consoles?|handsets?|standards?|specifications?|protocols?|formats?|"
    r"system|clusters?|machines?)\b")
# "a Seattle-based MLOps startup Algorithmia": a field before the noun that names the firm
_NOUN_THEN_NAME = re.compile(r"\s+(?:startup|start-up|company|firm|maker|provider|developer|"
                             r"specialist|vendor|unicorn|outfit)\s+[A-Z]")
# "Edge AI", "IoT AI": a field named with "AI", not a firm
_FIELD_FIRST = frozenset({
    "Edge", "IoT", "Cloud", "Enterprise", "Industrial", "Responsible", "Physical", "Embodied",
    "Explainable", "Ethical", "Trustworthy", "Applied", "Narrow", "General", "Sovereign",
    "Mobile", "Consumer", "Medical", "Vertical", "Gen", "Conversational", "Agentic", "Open"})
# Hardware and unit words that end a product's or a measure's name: "Grace CPU", "4 GHz"
_PRODUCT_LAST = frozenset({
    "CPU", "CPUs", "GPU", "GPUs", "TPU", "TPUs", "NPU", "NPUs", "IPU", "DPU", "DPUs", "SoC",
    "SoCs", "SSD", "SSDs", "GHz", "MHz", "THz", "GB", "TB", "PB", "Gbps", "Mbps", "Tbps", "nm",
    "MW", "GW", "kW", "kWh", "MWh", "TFLOPS", "PFLOPS", "Superchip", "Server", "Workstation"})
_LONGER_NAME_BEFORE = re.compile(  # "Research in Motion", not "CEO of Kestrel"
    r"(?<![\w-])(?!(?:Chief|President|Head|Founder|Director|Chairman|Chairwoman|Professor|"
    r"Minister|Secretary|Partner|Member|Officer|Manager|Analyst|Editor)\b)[A-Z][a-z]+ "
    r"(?:in|of|for) $")
# A launch verb and what may stand between it and the product's name: "launches its new",
# "unveiled the RTX-based", "rolled out Nvidia" ("Nvidia DGX Cloud")
# (a company's act: "launches", "unveiled"; not "for customers to roll out Squint")
_LAUNCHED = re.compile(r"\b(?:launch(?:es|ed)|unveil(?:s|ed)|introduc(?:es|ed)|debut(?:s|ed)|"
                       r"roll(?:s|ed) out|releas(?:es|ed))\s+"
                       r"(?:(?:its|their|the|a|an|new|latest|next-generation)\s+){0,3}"
                       r"(?:[\w-]+-based\s+|[A-Z][\w-]*\s+)?$")


def _launched(text: str, name: str) -> bool:
    """Whether the article launches `name` somewhere ("launched its DGX Cloud service")."""
    i = text.find(name)
    while i >= 0:
        if _LAUNCHED.search(text, max(0, i - 60), i):
            return True
        i = text.find(name, i + len(name))
    return False


_REPORTING_VERBS = (" said", " says", " told", " added", " noted", " explained", " wrote")
_TITLES = ("Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Mr ", "Ms ", "Mrs ", "Dr ", "Prof. ")


def _surname_alone(text: str, last: str) -> bool:
    """Whether `last` stands alone as a person's surname somewhere in `text`: before a
    reporting verb after punctuation or a lowercase word ("..., Roe said", not the last
    word of "Flex Logix said"), or after a title ("Ms. Roe")."""
    i = text.find(last)
    while i >= 0:
        end = i + len(last)
        if (end == len(text) or not text[end].isalnum()) and (
                text.startswith(_REPORTING_VERBS, end) and (
                    i == 0 or not text[i - 1].isalnum() and not _CAP_WORD_BEFORE.search(
                        text, max(0, i - 30), i))
                or text.endswith(_TITLES, 0, i)):
            return True
        i = text.find(last, end)
    return False


_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w.&-]* $")


_UNIT_NOUN_AFTER = re.compile(r"['’]?\s+(?:unit|subsidiary|division|arm|business|affiliate|"
                             r"brand|startup|acquisition|stake|shares)\b")
_ELISIONS = frozenset({"d'", "d’", "l'", "l’"})
_PROJECT_FIRST = frozenset({"To", "Project", "Operation", "Programme", "Program", "Initiative"})


def not_a_company(text: str, name: str, start: int, end: int, strength: float,
                  kb: KnowledgeBase) -> bool:
    """Runs that context cues offer but that name no company: a product before its
    noun, a field, a plural of a known name ("the Amazons"), a company noun itself
    ("Chipmakers"), a given name alone, a person whose surname the article uses alone
    ("Jo Roe ... Roe said"), the tail of a longer name ("Research in Motion",
    "Foster + Partners")."""
    words = name.split()
    if _PRODUCT_NOUN_AFTER.match(text, end) or words[-1] in _PRODUCT_LAST or \
            text.startswith(" famil", end) and _FAMILY_AFTER.match(text, end):
        return True  # (also "the Hartono family", "the Ryzen family of chips")
    if len(words) == 2 and words[1] == "AI" and words[0] in _FIELD_FIRST:
        return True
    if strength < 1.0 and len(words) == 1 and (name in _PEOPLES or name.endswith(
            ("i", "an", "ese", "ish")) and _PEOPLE_AFTER.match(text, end)):
        return True  # "bought Kuwaiti cloud provider X", "owned by Maori investors" (and a
        # people's word the list lacks, before the people it describes: "Omani investors")
    if name.lower() in _COMPANY_NOUN_SET or len(words) == 1 and name[-1] == "s" and \
            name[:-1] in kb and name not in kb:
        return True
    if strength < 1.0 and len(words) == 1 and (name in lexicon.GIVEN_NAMES
                                                or name.lower() in english.STOPWORDS):
        return True  # "partner with Andrew", "tech giants Is it ..."
    if strength < 1.0 and text.endswith(("its ", "their "), 0, start) and \
            not _UNIT_NOUN_AFTER.match(text, end):
        return True  # "to integrate its Graphics Group into its Client Computing Group": a
        # division told as the subject's own (not "its Altera unit")
    if text[max(0, start - 2):start].lower() in _ELISIONS:
        return True  # "Cote d'Ivoire": the end of a place's name
    if words[0] in _PROJECT_FIRST and len(words) > 1 or _event_named(text, name):
        return True  # "To Power AI, This Startup ...": a headline; "Cebit, the trade fair";
        # "its driving unit Project Apollo": a programme
    if strength < 0.9 and len(words) == 1 and name[1:].islower() and \
            CLAUSE_START.search(text, max(0, start - 40), start) and \
            _as_word(text, name.lower()):
        return True  # "Scenes built with ...": opening a sentence, a word the text also
        # writes in lower case
    if _NOUN_THEN_NAME.match(text, end) or name.endswith(" & Co") and \
            looks_like_surname(text, words[0]):
        return True  # "Nadella & Co": a chief and his team
    if text.startswith((" + ", " +"), end):
        return True
    if strength < 1.0 and _launched(text, name):
        return True  # "Nvidia launches RTX-based GeForce Now": what is launched is a product
    lead = _LONGER_NAME_BEFORE.search(text, max(0, start - 30), start)
    if lead and not CLAUSE_START.search(text, max(0, lead.start() - 40), lead.start()):
        return True
    if len(words) == 2 and words[1][0].isupper() and words[1][1:].islower() and \
            _surname_alone(text, words[1]):
        return True
    return False


# Peoples' adjectives the gazetteer's country data lacks (it knows "Qatari", "Kenyan", ...):
# before a company noun they read like a name ("acquisition of Kuwaiti cloud provider X")
_PEOPLES = frozenset({
    "Kuwaiti", "Bahraini", "Omani", "Iraqi", "Jordanian", "Lebanese", "Syrian", "Yemeni",
    "Palestinian", "Libyan", "Tunisian", "Algerian", "Rwandan", "Ugandan", "Tanzanian",
    "Senegalese", "Ivorian", "Congolese", "Angolan", "Zambian", "Zimbabwean", "Namibian",
    "Nepali", "Afghan", "Kazakh", "Uzbek", "Azerbaijani", "Armenian", "Cypriot", "Maltese",
    "Icelandic", "Latvian", "Lithuanian", "Belarusian", "Bulgarian", "Serbian", "Croatian",
    "Slovenian", "Slovak", "Scottish", "Welsh", "Catalan", "Basque", "Mongolian", "Cambodian",
    "Burmese", "Laotian", "Peruvian", "Venezuelan", "Ecuadorian", "Bolivian", "Uruguayan",
    "Paraguayan", "Cuban", "Panamanian", "Guatemalan", "Jamaican", "Maori"})
_FAMILY_AFTER = re.compile(r" famil(?:y|ies)\b")
_PEOPLE_AFTER = re.compile(r" (?:investors|shareholders|interests|famil(?:y|ies)|owners|"
                           r"businessmen|entrepreneurs|nationals|citizens|people|officials|"
                           r"authorities|regulators|lawmakers|tycoons?|billionaires?)\b")


def _event_named(text: str, name: str) -> bool:
    """Whether an apposition somewhere makes `name` a fair or a show ("Cebit, the ...
    fair")."""
    i = text.find(name + ",")
    while i >= 0:
        if _EVENT_APPOSITION.match(text, i + len(name)):
            return True
        i = text.find(name + ",", i + 1)
    return False


def _as_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word of its own (not inside another)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "-")) and \
                (j == len(text) or not (text[j].isalnum() or text[j] == "-")):
            return True
        i = text.find(word, i + 1)
    return False


_COMPANY_NOUN_SET = frozenset(lexicon.COMPANY_NOUNS.split("|"))
_EVENT_APPOSITION = re.compile(
    r"\s?,\s+(?:a|an|the)\s+(?:[\w'’$.-]+\s+){0,4}?(?:fair|trade show|show|expo|exhibition|"
    r"conference|festival|summit|convention)\b")
_ACRONYM_WORD = re.compile(
    r"[A-Z0-9]{1,2}|[A-Z]{2,4}s|[A-Z][a-z][A-Z]{1,3}s|\d+[A-Za-z]{1,2}|IT|PC|AI|ML|AR|VR|XR|IoT|GPU|CPU|TPU|NPU|API|"
    r"SDK|SaaS|PaaS|IaaS|ABI|ISA|RAM|SSD|HDD|LLM|NLP|EV|LTE|USB|UI|UX|IPO|CEO|CTO|CFO|COO|"
    r"VC|HR|PR|TV|CRM|ERP|HPC|SoC|DRAM|NAND|ASIC|FPGA|RISC|ARM|CAGR|GDP|YoY")
_NOT_A_NAME = re.compile(r"[A-Z][a-z]+ly|\w+['’](?:s|ve|re|ll|d|t)")
_ADJECTIVE_ENDINGS = ("ive", "ing")
# Roles that make the name before or after them a person: "analyst Shane Rau",
# "Brenda Freeman, a board member"
_PERSON_ROLE = (r"analyst|CEO|chief|founder|co-founder|cofounder|president|director|partner|"
                r"professor|researcher|spokes\w+|executive|manager|head|VP|chairman|chairwoman|"
                r"engineer|scientist|reporter|editor|member|investor|economist|officer|minister|"
                r"senator|secretary|author|lead|fellow")
ROLE_BEFORE = re.compile(rf"\b(?:{_PERSON_ROLE})\s+$", re.I)
ROLE_AFTER = re.compile(rf"\s?,\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                         rf"(?:{_PERSON_ROLE})\b", re.I)



def looks_like_surname(text: str, name: str) -> bool:
    """'Brannin McBee ... McBee said': a capitalised word before the name makes it a person."""
    return any(word not in lexicon.NOT_NAMES for word in words_before(text, name, spaces=True))

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

from loaders import english, geo, lexicon
from loaders.gazetteer import CITY, COMPANY, COUNTRY, DEMONYM, REGION, Hit
from loaders.kb import KBEntry, KnowledgeBase
from loaders.text import Sentence, words_before

_TOKEN_REST = r"[A-Za-z0-9&'’\-]*(?:\.(?:ai|com|io|net|org|co)\b)?"
_CAP_TOKEN = rf"(?:[A-Z]{_TOKEN_REST}|[0-9]+[A-Za-z]+)"
# `\b{_CAP_TOKEN}(?:[ ](?:{_CAP_TOKEN}|&))*`, written to start with a character class
# (the \b becomes a look-behind after it): the regex engine then skips straight to
# capitals and digits instead of trying every position, twice as fast.
_NAME_GREEDY = re.compile(rf"[A-Z0-9](?<![\w][A-Z0-9])"
                          rf"(?:(?<=[A-Z]){_TOKEN_REST}|(?<=[0-9])[0-9]*[A-Za-z]+)"
                          rf"(?:[ ](?:{_CAP_TOKEN}|&))*")
_NOUNS = lexicon.COMPANY_NOUNS

# The last word before a name that can start one of the left-context cues below.
_LEFT_CUES = frozenset(lexicon.COMPANY_NOUNS.split("|")) | {
    "called", "named", "like", "as", "including", "acquired", "acquire", "acquires",
    "acquiring", "bought", "buy", "buys", "buying", "of", "in", "with", "by", "to", "from",
    "off", "and", "while", "include", "includes", "included", "are"}
_HYPHEN_LEAD = re.compile(r"^(?:\S+-(?:based|headquartered|owned|backed|born|listed|made)\s+)+")
_LEGAL_WORDS = {"Inc", "Corp", "Ltd", "LLC", "PLC", "GmbH", "AG", "NV", "BV", "Co", "Corporation",
                "Incorporated", "Limited", "SpA", "Oyj", "ASA", "LLP", "LP"}
_SUFFIX_AFTER = re.compile(rf",?\s+(?:{lexicon.LEGAL_SUFFIX})(?![\w])")
_APPOSITION_AFTER = re.compile(
    rf"\s?,\s+(?:a|an|the)\s+(?:(?!(?:which|that|who|whose|where|is|was|are|were|has|had|a|an|the)\s)"
    rf"[\w$.-]+\s+){{0,5}}?(?:{_NOUNS})\b(?!-|['’]s\b|,?\s+(?:said|says|say|added|noted|told)\b)")
_NOUN_BEFORE_LEFT = re.compile(
    rf"(?:\b(?!(?:services?|platforms?)\b)(?:{_NOUNS})"
    rf"\s+(?:(?:called|named|like|such as|including)\s+)?|"
    rf"\b(?:[Cc]ustomers|[Cc]lients|[Pp]artners|[Ii]nvestors|[Bb]ackers|[Rr]ivals|[Bb]rands|"
    rf"[Pp]articipants)\s+(?:include|includes|included|such as|like|are)\s+|"
    rf"\w-(?:based|headquartered)\s+)$")
_DEAL_BEFORE_LEFT = re.compile(
    r"\b(?:acquired|acquire|acquires|acquiring|bought|buy|buys|buying|purchase of|"
    r"acquisition of|takeover of|merger with|merge with|merged with|invest(?:ed|s|ing)? in|"
    r"stake in|partner(?:ed|s|ing)? with|teamed up with|team up with|alliance with|deal with|"
    r"led by|backed by|owned by|spun off from|sold to|sell to|funding from|spin(?:ning)? off|"
    r"[Ss]hares of|[Ss]hares in|advised by|counsel(?:ed)? by)"
    r"\s+$")
_DEAL_AFTER = re.compile(
    r"\s+(?:has |have |had |will |would |also |recently |previously |last year |"
    r"earlier this year )?(?:acquired|acquires|bought|buys|agreed to (?:buy|acquire)|raised|"
    r"raises|launched|launches|opened|opens|unveiled|unveils|invested|invests|partnered|"
    r"partners|signed|signs|plans to|is building|builds|built|operates|competes|advised|advises|"
    r"acted as|shares (?:rose|fell|jumped|climbed|slid|dropped|gained|surged|tumbled))\b")
# A name in a list of names: "Lux Capital, Uncork Capital, and AME".
# Right after an unknown name, what only a company has: a stock ticker "(NASDAQ: QRVT)", a
# chief or founder "Lumetra's CEO", an adviser's role "Crane & Webb as legal adviser".
_COMPANY_AFTER = re.compile(
    r"\s?\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|TSE|TYO|HKEX|KRX|SGX|Euronext|OTC\w*|BATS)\s*:\s*"
    r"[A-Z0-9.]{1,6}\)|['’]s\s+(?:CEO|chief executive|CFO|CTO|co-?founders?|founders?|shares|"
    r"stock|board of directors|spokes(?:person|man|woman))\b|"
    r",?\s+(?:acted |served )?as (?:the |a |its |their )?(?:lead |sole |exclusive )?"
    r"(?:legal|financial) (?:advis[eo]rs?|counsel)\b")
# Before a research or consulting firm cited as the source of a figure or a view.
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:according to|research|report|study|survey|analysis|data|estimates|figures|"
    r"forecasts?|poll)\s+(?:(?:from|by|at|of)\s+)?|\b(?:analyst|analysts|research|"
    r"consulting|advisory|market research|market-research|consultancy)\s+(?:firm|house|"
    r"company|group)\s+|\bconsultancy\s+|\banalysts? (?:at|with|from)\s+)(?:the\s+)?$")
# A company's own services or tools, or native ones, list products: "GCP services like".
_PRODUCT_CUE = re.compile(
    r"(?:\b(?:its|their|our|native)\s+|[A-Z][\w.]*\s+)(?:[\w-]+\s+)?(?:services?|platforms?|"
    r"products?|tools?|apps?)\s+(?:like|such as|including)\s+$")
# The last word before a name that can end `_SOURCE_BEFORE` / `_PRODUCT_CUE` (checked
# first: those patterns cannot skip ahead to a literal, and most runs have neither).
_SOURCE_LAST = frozenset({
    "from", "by", "at", "of", "with", "to", "the", "firm", "house", "company", "group",
    "consultancy", "research", "report", "study", "survey", "analysis", "data", "estimates",
    "figures", "forecast", "forecasts", "poll"})
_PRODUCT_CUE_LAST = frozenset({"like", "as", "including"})
_SOURCE_AFTER = re.compile(
    r"\s+(?:analysts?|researchers?|estimates|data|research|report|survey|study|managing director|"
    r"partner|principal|consultant|senior partner|director)\b")
_COMPANY_AFTER_STARTS = (" (", "(", "'s", "’s", " as ", ", as ", " acted ", ", acted ",
                         " served ", ", served ")
_LIST_NEIGHBOUR = re.compile(r"[A-Z][\w.&-]*(?:,| and| &)\s+(?:and\s+)?$")
_LIST_NEIGHBOUR_AFTER = re.compile(r"(?:,|\s+and|\s+&)\s+(?:and\s+)?[A-Z]")
# A company noun opening a sentence is capitalised into the name run: "Startup Orvella said".
_NOUN_LEADS = frozenset({"Startup", "Start-up", "Chipmaker", "Automaker", "Carmaker"})
# Head words that, ending a run in subject position before a reporting verb, make it a
# company on one mention ("Veltrix Semiconductor said"). Heads that also end common nouns
# ("Generative AI", "Neural Networks", "Edge Computing") are left out.
_SUBJECT_HEADS = frozenset({"Semiconductor", "Semiconductors", "Technologies", "Labs",
                            "Robotics", "Therapeutics", "Biosciences", "Aerospace",
                            "Laboratories", "Microsystems", "Microelectronics", "Photonics",
                            "Industries", "Holdings"})
_REPORTING_AFTER = re.compile(
    r"\s+(?:(?:today|also|now|on \w+day|this week),?\s+)?"
    r"(?:said|says|announced|announces|confirmed|confirms|plans|planned|will|would|"
    r"opened|opens|unveiled|unveils|reported|reports|expects|aims)\b")
# A subject that raised money, told once: "Zorvex today announced a $20 million Series A",
# "Zorvex, which makes battery software, raised $20 million". People raise no rounds.
_MONEY = r"(?:[$€£]\s?\d|\d+(?:\.\d+)?\s+(?:million|billion))"
_RAISED = r"(?:raised|raises|secured|secures|closed|closes|landed|lands|bagged|nabbed)"
_FUNDING_AFTER = re.compile(
    r"(?:,\s+(?:which|that|whose)\b[^,.;]{0,80},)?\s+(?:has |have |had |just |today |"
    r"recently |this week |on \w+day |also )*(?:" + _RAISED + r"\s+(?:an?\s+|its\s+)?(?:"
    + _MONEY + r"|[Ss]eries [A-F]\b|seed\b|new funding)|(?:announced|announces|said|says)\s+"
    r"(?:(?:that\s+)?it\s+(?:has\s+|had\s+)?" + _RAISED + r"\s+(?:an?\s+)?" + _MONEY +
    r"|(?:an?|its)\s+" + _MONEY + r"[^.;]{0,30}?\b(?:[Ss]eries [A-F]|seed|funding|round)\b))")
# A number closing a name: "Level 5", "Studio 71" (not "5%", "5.2", "5,000")
_NUM_TAIL = re.compile(r" \d{1,3}(?![\w%]|[.,:]\d)")
_NUM_APPOSITION = re.compile(
    rf"\s?,\s+(?:a|an|the|its|their|\w+['’]s)\s+(?:[\w$.-]+\s+){{0,4}}?"
    rf"(?:{_NOUNS}|unit|division|arm)\b")
# "X, a <product-like description>, has raised $N": a platform that raises money is a firm
_RAISED_AFTER_APPOSITION = re.compile(
    r"\s?,[^.;]{5,200}?,\s+(?:has |have |just |today |recently )*(?:raised|secured|closed|landed)"
    r"\s+(?:an?\s+)?(?:[$€£]\s?\d|\d+(?:\.\d+)?\s+(?:million|billion))")
_RAISED_WORDS = re.compile(r"raised|secured|closed|landed")
_CLAUSE_START = re.compile(r"(?:^|[.;:!?]\s+|\n\s*|,\s+(?:and|while)\s+|\band\s+|^\s*)$")
# An apposition that makes the name a product: "Xyz Desktop, a cloud-based service that".
_PRODUCT_APPOSITION = re.compile(
    rf"\s?,\s+(?:a|an|the)\s+(?:(?!(?:{_NOUNS})\b(?!-))[\w$.-]+\s+){{0,4}}?(?:service|platform|app|"
    r"application|tool|"
    r"product|feature|model|framework|library|language|protocol|standard|format|chip|"
    r"processor|device|phone|console|game|browser|assistant|chatbot)\b"
    r"(?!\s+(?:provider|company|firm|maker|startup|vendor|developer|operator|business))")
_ACRONYM_DEF = re.compile(r"\(\s*([A-Z][A-Za-z0-9&.\-]{1,9})\s*\)")
_POSSESSIVE_NOUN = re.compile(
    r"^['’]s?\s+(?:shares|stock|chief|CEO|executive|revenue|cloud|data ?cent(?:er|re)s?|"
    r"board|acquisition|purchase|deal|investment|plans?|factory|plant|headquarters|offices?|"
    r"campus|fab|engineers|employees|staff|spokes\w+|platform|chips?|servers?|rivals?|"
    r"competitors?|subsidiary|subsidiaries|units?|divisions?|brands|parent|owner|founder|"
    r"president|"
    r"market|results|earnings|"
    r"customers|sales|products|services|users|rivals?|business|app|software|devices?)\b")
# A possessive before a place and a site word: "Amazon's Virginia headquarters", "Apple's
# Austin campus": the owner of a site is a company.
_POSSESSIVE_SITE = re.compile(
    r"['’]s\s+((?:[A-Z][\w.-]*\s+){1,3})(?:headquarters|HQ|campus|factory|plant|fab|offices?|"
    r"data ?cent(?:er|re)s?|operations|stores?|warehouses?|facility|site|hub|R&D)\b")


def _possessive_site(text: str, end: int) -> bool:
    """'Amazon's Virginia headquarters': a place between the possessive and the site
    word (not "King's Cross offices", where the words are a longer name)."""
    m = _POSSESSIVE_SITE.match(text, end)
    if m is None:
        return False
    place = m.group(1).strip()
    return place in geo.subdivisions() or place in geo.cities() or place in geo.countries()


_NOUN_AFTER = re.compile(
    r"^\s+(?:cloud|CEO|chief|executives?|spokes\w+|shares|stock|data ?cent(?:er|re)s?|"
    r"engineers|employees|researchers|subsidiary|unit|division|founder|co-founder|Inc|Corp|"
    r"rival|rivals|competitor|partner|backer|investor|customer|factory|plant|fab|campus|"
    r"headquarters|offices?|stores?|workers|brand|executives)\b")
_PRODUCT_OF = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:maker|developer|creator|publisher)\s+\S")
_PLACE_LEAD = re.compile(r"\b(?:in|at|near|outside|from|to)\s+$")
_STRONG_VERB = re.compile(
    r"^\s+(?:Inc|Corp|Ltd|said|says|announced|announces|reported|launched|launches|unveiled|"
    r"opened|opens|acquired|acquires|bought|buys|plans|invested|invests|agreed|confirmed|"
    r"declined|introduced|released|employs|competes|rivals|sells|shipped|hired|posted|told|"
    r"owns|operates|raised|revealed|expects|added|built|builds|will|has|is|was|began|begins|"
    r"made|makes|won|wins|sold|took|takes|plans|aims|wants|faces|says|owns|runs|offers|uses|"
    r"holds|leads|needs|remains|continues|counts|tops|beats|trails|\w+ed|"
    # a headline's present tense: "Meta releases", "Apple taps", "Cohere bags $500M"
    r"releases|rolls|debuts|taps|bags|inks|signs|joins|teams|partners|picks|hires|sues|"
    r"snaps|nabs|scoops|ships|slashes|unleashes|readies|bets|pours|pledges|secures|lands|"
    r"files|axes|trims|halts|pauses|delays|doubles|triples|expands|enters|exits|quits)\b|"
    # an apposition between dashes: "Oracle — the database giant — said"
    r"^\s*[—–]\s*(?:a|an|the|which|whose|now|once|long|its)\b|"
    # a headline's future: "Amazon to invest $4bn in ...", "Apple to open a store in ..."
    r"^\s+to\s+(?:invest|buy|acquire|open|build|launch|cut|sell|spend|expand|hire|close|"
    r"raise|pay|create|shut|merge|split|list|enter|exit|axe|slash|offer|unveil|release)\b|"
    r"^\s+(?:also|now|currently|still|recently|already|previously|later|reportedly|quietly|"
    r"officially|first)\s+[a-z]+(?:s|ed)\b|"
    r"^['’]s\s+(?:new|latest|first|second|third|largest|biggest|own|main|global|flagship|"
    r"closest|nearest|fiercest|chief|arch-?rivals?)\b|"
    r"^-(?:owned|backed|based|made|funded)\b|^\s*,\s+(?:a|an|the|based|which|whose|"
    r"headquartered|owned|now)\b")
# Staff of a company: "chief architect at Oracle", "an engineer at Brenvo" (not "professor
# at", "researcher at": schools and labs employ those).
_STAFF_ROLE = (r"(?:CEO|CFO|CTO|COO|chief executive|chief \w+ officer|chief \w+|founder|"
               r"co-founder|cofounder|president|vice president|VP|executive|engineer|"
               r"spokes(?:person|man|woman)|chairman|chairwoman|director|manager|"
               r"head of \w+(?: \w+)?)")
_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:{_NOUNS})|shares of|acquire|acquired|buy|bought|owns|invest in|partnered with|"
    rf"with|(?:unit|subsidiary|division|arm|part|owner|parent) of|"
    rf"versus|vs\.?|against|like|such as|including|from|by|and|or|between|"
    # a rival: "a serious threat to Meta", "has overtaken Apple", "competitor to Amazon"
    rf"(?:rivals?|competitors?|challengers?|threat|alternative|answer)\s+(?:to|of)|"
    rf"competition (?:from|with)|compet\w* (?:with|against)|overt(?:ook|aken|akes)|"
    rf"outs(?:old|ells?|elling)|ahead of|behind|unseat|dethrone|topple|aim at|"
    # a deal's other side: "snaps up Slack", "nabbed Figma", "tapped Samsung", "chose Arm"
    rf"(?:snap|scoop|gobble)(?:s|ped|bed|ed)?\s+up|nab(?:s|bed)?|tap(?:s|ped)|"
    rf"pick(?:s|ed)|cho(?:se|oses?)|"
    rf"{_STAFF_ROLE}\s+(?:at|of))\s+$")


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
        if entry is not None and h.surface in _ADVERBS and text.startswith(",", h.end) and (
                h.start in sentence_starts or _AFTER_SENTENCE.search(text, max(0, h.start - 4),
                                                                     h.start)):
            continue  # "Indeed, ...", also after a closing quote
        if entry is not None and entry.sector == "consulting" and (
                _SOURCE_BEFORE.search(text, max(0, h.start - 40), h.start)
                or _SOURCE_AFTER.match(text, h.end)):
            continue  # "research from McKinsey", "according to BCG managing director Jo Roe"
        if entry is not None and h.surface in _SOCIAL and (
                _MEDIUM_BEFORE.search(text, max(0, h.start - 20), h.start)
                or _MEDIUM_AFTER.match(text, h.end)):
            continue  # "took to Twitter", "via Instagram", "Zoom calls": a medium, no actor
        if entry is None:
            if not h.kinds.isdisjoint(_PLACE_KINDS):  # a city, country, state, adjective
                taken.append((h.start, h.end))
                place_spans.add((h.start, h.end))
            continue
        if _is_person(text, h.start) or _is_outlet_attribution(text, h) or \
                h.surface in people and not _has_company_context(text, h.start, h.end):
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
    for h in pending:  # ambiguous names need company context somewhere in the article
        entry = h.first(COMPANY)
        if entry.unit and h.surface != entry.name and entry.name not in text:
            continue  # "Azure" alone is the product; the unit is "Microsoft Azure"
        if h.surface in accepted or _has_company_context(text, h.start, h.end) or \
                _in_company_list(text, h, known) or _owns_next(text, h.end, known):
            accepted[h.surface] = (entry.name, entry)
            taken.append((h.start, h.end))
        elif not (h.has(CITY) or h.has(COUNTRY) or h.has(REGION)):
            continue
        else:
            taken.append((h.start, h.end))

    for surface, canonical in _unknown_companies(text, taken, kb, accepted,
                                                      place_spans).items():
        accepted.setdefault(surface, (canonical, None))

    _unit_names(text, accepted)
    _link_acronyms(text, accepted)
    known = [(h.start, h.end) for h in hits if h.surface in accepted]
    return _collect(text, accepted, hits, sentence_starts, known)


_AFTER_SENTENCE = re.compile(r"[.!?][\"”’)]?\s+$")
_SOCIAL = frozenset({"Twitter", "X", "Facebook", "Instagram", "LinkedIn", "YouTube", "TikTok",
                     "WeChat", "Weibo", "Reddit", "Threads", "Telegram", "WhatsApp", "Zoom",
                     "Snapchat", "Discord", "Slack", "Teams", "Skype", "Bluesky", "Mastodon"})
_MEDIUM_BEFORE = re.compile(r"\b(?:took to|on|via|through|over|posted to|in a post on)\s+$")
_MEDIUM_AFTER = re.compile(r"\s+(?:calls?|meetings?|posts?|videos?|feeds?|accounts?|page|"
                           r"channel|handle|thread|livestream|messages?)\b")
_PLACE_KINDS = frozenset({CITY, COUNTRY, REGION, DEMONYM})

_ADVERBS = {"Indeed", "Still", "Instead", "Overall", "Notably", "Moreover", "Also", "Finally",
            "Similarly", "Additionally", "Separately", "Ultimately", "Meanwhile", "However",
            "Importantly", "Crucially", "Next", "Now", "Then", "Today", "Square", "Box",
            "Together", "First", "Second", "Third", "Fourth", "Fifth", "Plus", "Again",
            "Yesterday", "Earlier", "Later", "Elsewhere", "Likewise", "Otherwise"}


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
                        rf"(?:new |interim |acting |former )?{_STAFF_ROLE}\b")


def _is_outlet_attribution(text: str, h: Hit) -> bool:
    return h.surface in lexicon.NEWS_OUTLETS


def _has_company_context(text: str, start: int, end: int) -> bool:
    after = text[end:end + 40]
    before = text[max(0, start - 30):start]
    return bool(_POSSESSIVE_NOUN.match(after) or _STRONG_VERB.match(after)
                or _possessive_site(text, end)
                or _NOUN_AFTER.match(after) or _CONTEXT_BEFORE.search(before))


_POSSESSIVE = re.compile(r"['’]s\s+")
# A possessive before a lowercase noun that is no part of a place ("Toyota's success", not
# "Toyota's outskirts")
_POSSESSIVE_THING = re.compile(r"['’]s\s+(?!(?:district|suburbs?|outskirts|city|downtown|"
                               r"centre|center|airport|port|mayor|streets?|residents)\b)[a-z]")


def _owns_next(text: str, end: int, known: list[tuple[int, int]]) -> bool:
    """'Amazon's AWS', 'Alphabet's Google': a possessive before a known company."""
    m = _POSSESSIVE.match(text, end)
    return m is not None and any(start == m.end() for start, _ in known)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


# Words that make a capitalised run a public body, a school or an event, not a company.
_INSTITUTION_WORDS = frozenset({
    "University", "Institute", "College", "School", "Laboratory", "Agency", "Administration",
    "Department", "Ministry", "Commission", "Council",
    "Association", "Foundation", "Show", "Expo", "Conference", "Summit", "Forum", "Congress",
    "Parliament", "Court", "Museum", "Hospital", "Society", "Academy", "Bureau", "Authority",
    "Consortium", "Coalition", "Initiative"})


def _place_inside(text: str, spans: list[tuple[int, int]], places: set[tuple[int, int]],
                  start: int, end: int) -> bool:
    """Whether the one span overlapping [start, end) is a place opening a longer name, a
    capitalised word after it: a cued "carmaker Nanjing Auto", "Japan Display"; not "San
    Francisco-based Oxide", "China's AI", "Chinese AI"."""
    inside = [(s, e) for s, e in spans if s < end and start < e]
    if len(inside) != 1 or inside[0] not in places or inside[0][0] != start:
        return False
    m = _NAME_AFTER_PLACE.match(text, inside[0][1], end)
    return m is not None and m.group(1) not in _NOT_AFTER_PLACE


_AND_INSTITUTION = re.compile(
    rf" (?:and|&) (?:[A-Z][\w-]* ){{0,3}}(?:{'|'.join(sorted(_INSTITUTION_WORDS))})\b")
_POSSESSIVE_INSIDE = re.compile(r"\w['’]s? ")
_NAME_AFTER_PLACE = re.compile(r" ([A-Z][A-Za-z]+\b|&)")
# Words after a place that keep it a place or a field ("China AI", "Bay Area", "City Hall").
_NOT_AFTER_PLACE = frozenset({
    "AI", "Is", "Was", "Has", "Area", "Bay", "Valley", "City", "Street", "State", "Times", "Post",
    "Airport", "Station", "Region", "Province", "County", "District", "Hall", "Square", "Park",
    "The", "And", "Or", "In", "On", "At", "For", "Government", "Police", "Mayor", "Council"})


def _clean_name(name: str) -> str:
    name = lexicon.LEGAL_RE.sub("", name).strip(" ,.'’")
    words = name.split()
    while words and words[0] in lexicon.NOT_NAMES:
        words.pop(0)
    return " ".join(words)


def _plausible(name: str, kb: KnowledgeBase) -> bool:
    if not name or len(name) < 2 or name in lexicon.NOT_NAMES or name in lexicon.NEWS_OUTLETS:
        return False
    words = name.split()
    if words[0] in lexicon.GIVEN_NAMES and len(words) == 2:
        return False  # "Jane Doe"
    if len(words) > 5 or name.isdigit() or name in lexicon.INSTITUTIONS or \
            not _INSTITUTION_WORDS.isdisjoint(words) or "National" in words and (
                "Labs" in words or "Laboratories" in words) or _POSSESSIVE_INSIDE.search(name):
        return False  # "NASA", "Oulu University", "Oak Ridge National Labs", "Osram's Xyz"

    if name in geo.countries() or name in geo.subdivisions() or name in geo.cities():
        return False
    if len(words) == 1 and (_ACRONYM_WORD.fullmatch(name) or _NOT_A_NAME.fullmatch(name)):
        return False  # "IT", "GPUs", "5G"; "Specifically", "It's"
    if words[0].endswith(_ADJECTIVE_ENDINGS) and words[0] not in ("Digital",) and \
            words[0] not in geo.cities():  # "Nanjing Auto" is no field of work
        return False  # "Generative AI", "Emerging Technology": a field, not a firm
    return not all(w.lower() in ("of", "de", "&") or w in lexicon.NOT_NAMES for w in words)


@functools.lru_cache(maxsize=4096)
def _rejected_word(word: str, kb: KnowledgeBase) -> bool:
    """Whether `consider` turns a one-word run down in any context (with or without a
    legal suffix, which `_clean_name` strips). Cached: "The", "A" come in every article."""
    return not _plausible(_clean_name(word), kb)


# What follows a product, not a firm: "Ryzen AI chips", "DGX AI supercomputers".
_PRODUCT_NOUN_AFTER = re.compile(
    r"['’]?\s+(?:chips?|processors?|CPUs?|GPUs?|supercomputers?|chatbots?|accelerators?|"
    r"servers?|laptops?|PCs|cores|instances|models?|software|superchips?|boards?|cards?|"
    r"headsets?|consoles?|handsets?|standards?|specifications?|protocols?|formats?)\b")
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


def _not_a_company(text: str, name: str, start: int, end: int, strength: float,
                   kb: KnowledgeBase) -> bool:
    """Runs that context cues offer but that name no company: a product before its
    noun, a field, a plural of a known name ("the Amazons"), a company noun itself
    ("Chipmakers"), a given name alone, a person whose surname the article uses alone
    ("Jo Roe ... Roe said"), the tail of a longer name ("Research in Motion",
    "Foster + Partners")."""
    words = name.split()
    if _PRODUCT_NOUN_AFTER.match(text, end) or words[-1] in _PRODUCT_LAST:
        return True
    if len(words) == 2 and words[1] == "AI" and words[0] in _FIELD_FIRST:
        return True
    if name.lower() in _COMPANY_NOUN_SET or len(words) == 1 and name[-1] == "s" and \
            name[:-1] in kb and name not in kb:
        return True
    if strength < 1.0 and len(words) == 1 and (name in lexicon.GIVEN_NAMES
                                                or name.lower() in english.STOPWORDS):
        return True  # "partner with Andrew", "tech giants Is it ..."
    if words[0] == "To" and len(words) > 1 or _event_named(text, name):
        return True  # "To Power AI, This Startup ...": a headline; "Cebit, the trade fair"
    if strength < 0.9 and len(words) == 1 and name[1:].islower() and \
            _CLAUSE_START.search(text, max(0, start - 40), start) and \
            _as_word(text, name.lower()):
        return True  # "Scenes built with ...": opening a sentence, a word the text also
        # writes in lower case
    if _NOUN_THEN_NAME.match(text, end) or name.endswith(" & Co") and \
            _looks_like_surname(text, words[0]):
        return True  # "Nadella & Co": a chief and his team
    if text.startswith((" + ", " +"), end):
        return True
    lead = _LONGER_NAME_BEFORE.search(text, max(0, start - 30), start)
    if lead and not _CLAUSE_START.search(text, max(0, lead.start() - 40), lead.start()):
        return True
    if len(words) == 2 and words[1][0].isupper() and words[1][1:].islower() and \
            _surname_alone(text, words[1]):
        return True
    return False


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
_ROLE_BEFORE = re.compile(rf"\b(?:{_PERSON_ROLE})\s+$", re.I)
_ROLE_AFTER = re.compile(rf"\s?,\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                         rf"(?:{_PERSON_ROLE})\b", re.I)


def _unknown_companies(text: str, taken: list[tuple[int, int]], kb: KnowledgeBase,
                       accepted: dict[str, tuple[str, KBEntry | None]],
                       place_spans: set[tuple[int, int]] | None = None) -> dict[str, str]:
    """Companies the KB does not know, found from how the text talks about them.

    One pass over the capitalised runs of the text; each run's left and right context
    is checked with anchored patterns (a legal suffix, an apposition "X, a chip
    startup", a company noun before it "chipmaker X", a deal "acquired X" / "X acquired",
    a company head word "Kestrel Labs").
    """
    found: dict[str, str] = {}

    def consider(raw: str, start: int, strength: float, long_ok: bool = False) -> None:
        name = _clean_name(raw)
        if not _plausible(name, kb) or name in accepted:
            return
        if len(name.split()) in (2, 3) and strength < 1.0 and (
                _ROLE_BEFORE.search(text, max(0, start - 20), start)
                or _ROLE_AFTER.match(text, start + len(raw))):
            return  # a person: "analyst Shane Rau", "Jo Roe, the chief executive"
        if strength < 1.0 and " " not in name and _looks_like_surname(text, name):
            return
        if strength < 1.0 and _PRODUCT_OF.match(text, start + len(raw)):
            return  # "buy Roomba maker iRobot": a product named before its maker
        if _AND_INSTITUTION.match(text, start + len(raw)):
            return  # "the US Securities and Exchange Commission"
        if _not_a_company(text, name, start, start + len(raw), strength, kb):
            return
        offset = start + raw.find(name) if name in raw else start
        if _overlaps(taken, offset, offset + len(name)) and not (
                strength >= 0.8 and _place_inside(text, taken, place_spans or set(), offset,
                                                  offset + len(name))):
            return
        if strength < 1.0 and name.split()[-1] not in lexicon.COMPANY_HEADS and \
                len(name.split()) > 2 and not long_ok:
            return
        found.setdefault(name, name)
        if raw != name and raw.strip():
            found.setdefault(raw.strip(" ,"), name)

    known = set(taken)
    runs: list[tuple[int, int]] = []  # every capitalised run, for the list rule below
    for m in _NAME_GREEDY.finditer(text):
        start, end = m.span()
        runs.append((start, end))
        # Most runs are exactly a name already taken; every rule below would only
        # offer `consider` a part of it, which overlaps `taken` and is dropped. Only a
        # legal suffix after it ("Intel, Inc.") reaches past the run: that case goes on.
        if (start, end) in known and not _SUFFIX_AFTER.match(text, end):
            continue
        raw = m.group(0)
        lead = _HYPHEN_LEAD.match(raw)
        if lead:  # "Georgia-based FSLogix": the name starts after the place
            raw, start = raw[lead.end():], start + lead.end()
            if not raw:
                continue
        words = raw.split()
        if raw in _ADVERBS and text.startswith(",", end):
            continue  # "Indeed, the company has ...": an adverb, not "X, the company"
        if words[0].endswith(("'s", "’s")) and \
                _COMPANY_AFTER.match(text, start + len(words[0]) - 2):
            consider(words[0][:-2], start, 0.9)  # "Lumetra's CEO"
            continue
        num = _NUM_TAIL.match(text, end) if text[end + 1:end + 2].isdigit() else None
        if num and (_SUFFIX_AFTER.match(text, num.end()) or _NUM_APPOSITION.match(
                text, num.end()) and not _PRODUCT_APPOSITION.match(text, num.end())):
            consider(raw + num.group(0), start, 1.0)  # "Level 5, the self-driving unit"
            continue
        if len(words) == 1 and _rejected_word(raw, kb):
            continue  # "The", "Earlier": every rule below would offer `consider` this word
        if len(words) >= 2 and words[0] in _NOUN_LEADS and \
                _CLAUSE_START.search(text, max(0, start - 40), start):
            cut = raw.index(" ") + 1  # "Startup Orvella" -> "Orvella", cued by its noun
            consider(raw[cut:], start + cut, 1.0)
            continue
        if len(words) >= 2 and words[-1] in _SUBJECT_HEADS and \
                words[0] not in lexicon.NOT_NAMES and _REPORTING_AFTER.match(text, end) and \
                _CLAUSE_START.search(text, max(0, start - 40), start):
            consider(raw, start, 0.85)  # "Veltrix Semiconductor said"
            continue
        if words[-1].rstrip(".") in _LEGAL_WORDS and len(words) > 1:
            consider(raw, start, 1.0)  # "Nimbix Inc", "Zentra Corp"
            continue
        suffix = _SUFFIX_AFTER.match(text, end)
        if suffix:
            consider(raw + suffix.group(0), start, 1.0)  # "Nimbix, Inc."
            continue
        if _APPOSITION_AFTER.match(text, end) and not _PRODUCT_APPOSITION.match(text, end):
            if not _ROLE_AFTER.match(text, end):  # "Shane Rau, an analyst with firm IDC"
                consider(raw, start, 1.0)
            continue
        if text.startswith((",", " ,"), end) and (
                start == 0 or text.endswith((". ", "\n"), 0, start)) and \
                _RAISED_WORDS.search(text, end, end + 260) and \
                _RAISED_AFTER_APPOSITION.match(text, end):
            consider(raw, start, 1.0)  # "Webflow, a no-code website platform, has raised $140M"
            continue
        if text.startswith(_COMPANY_AFTER_STARTS, end) and _COMPANY_AFTER.match(text, end):
            consider(raw, start, 0.9)  # "Quorvant (NASDAQ: QRVT)", "Lumetra's CEO"
            continue
        left = text[max(0, start - 40):start]
        last = left.rstrip().rpartition(" ")[2].lower()
        if last not in _LEFT_CUES and not last.endswith(("-based", "-headquartered")):
            if len(words) >= 2 and words[-1] in lexicon.COMPANY_HEADS and \
                    words[0] not in lexicon.NOT_NAMES and (
                        text.count(raw) > 1 or _LIST_NEIGHBOUR.search(left)
                        or _LIST_NEIGHBOUR_AFTER.match(text, end)):
                consider(raw, start, 0.9)
            elif (_DEAL_AFTER.match(text, end) or _FUNDING_AFTER.match(text, end)) and \
                    _CLAUSE_START.search(left):
                consider(raw, start, 0.7)
            continue
        if last in _SOURCE_LAST and _SOURCE_BEFORE.search(left) or \
                last in _PRODUCT_CUE_LAST and _PRODUCT_CUE.search(left):
            continue  # "analyst firm TBR", "a survey from Xyz Labs": a source, not an actor;
            # "its tools like Xyz": a product (so are "services like", "platform" cues)
        if _NOUN_BEFORE_LEFT.search(left):
            consider(raw, start, 0.8)
        elif _DEAL_BEFORE_LEFT.search(left):
            consider(raw, start, 0.7)
        elif (_DEAL_AFTER.match(text, end) or _FUNDING_AFTER.match(text, end)) and \
                _CLAUSE_START.search(left):
            consider(raw, start, 0.7)
        elif len(words) >= 2 and words[-1] in lexicon.COMPANY_HEADS and \
                words[0] not in lexicon.NOT_NAMES and (
                    text.count(raw) > 1 or _LIST_NEIGHBOUR.search(left)
                    or _LIST_NEIGHBOUR_AFTER.match(text, end)):
            consider(raw, start, 0.9)  # "Orvella Systems", "Kestrel Labs"
    # A multi-word unknown name is later shortened to its first word: "Qualtrics".
    for name in list(found.values()):
        first = name.split()[0]
        if len(name.split()) > 1 and len(first) >= 4 and first not in lexicon.NOT_NAMES and \
                first not in accepted and first not in geo.cities() and \
                first not in geo.countries() and _alone(text, first, name.split()[1]):
            found.setdefault(first, name)
    for start, end in _listed_with_companies(text, runs, accepted, found):
        consider(text[start:end], start, 0.8, long_ok=True)
    return found


# Between two items of a list of names: "Lux Capital, Uncork Capital, and AME".
_LIST_SEP = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")
_LIST_AND = re.compile(r"\b(?:and|or)\b|&")
_AND_AFTER = re.compile(r",?\s+(?:and|or)\s")
# What introduces a list of companies: "firms such as", "investors including", "the likes
# of", "customers include", "brands include" (not "frameworks such as", "services like").
_LIST_CUE = re.compile(
    r"(?:\b(?:companies|firms|startups|start-ups|rivals|competitors|peers|vendors|suppliers|"
    r"makers|manufacturers|chipmakers|carmakers|automakers|carriers|operators|providers|"
    r"retailers|brands|customers|clients|partners|investors|backers|participants|"
    r"hyperscalers|telcos|banks|funds|giants|players)\s+(?:such as|like|including|include|"
    r"includes|included)|\bthe likes of)\s+$", re.I)


def _listed_with_companies(text: str, runs: list[tuple[int, int]],
                           accepted: dict[str, tuple[str, KBEntry | None]],
                           found: dict[str, str]) -> list[tuple[int, int]]:
    """Runs listed with companies ("Honda, Toshiba, Hugo Boss and ..."): a list of
    names is a list of one kind. Taken when the other items named companies outnumber
    the new ones, or a company cue opens the list ("investors such as A, B and C").
    A product or unit of a company is no anchor ("Azure, Windows and Office")."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(runs)
    while i < n - 1:
        # most runs stand alone: a gap too long for a list separator is told by offsets
        if runs[i + 1][0] - runs[i][1] > 7 or \
                not _LIST_SEP.fullmatch(text, runs[i][1], runs[i + 1][0]):
            i += 1
            continue
        chain = [runs[i]]
        anded = False
        while i + 1 < n and runs[i + 1][0] - chain[-1][1] <= 7 and \
                _LIST_SEP.fullmatch(text, chain[-1][1], runs[i + 1][0]):
            anded = anded or bool(_LIST_AND.search(text, chain[-1][1], runs[i + 1][0]))
            chain.append(runs[i + 1])
            i += 1
        i += 1
        # "Honda, Toshiba, Hugo Boss, and the NHS": the list's "and" may come after it
        anded = anded or bool(_AND_AFTER.match(text, chain[-1][1]))
        if not anded:
            continue
        s0, e0 = chain[0]
        if text.startswith(",", e0) and (_CLAUSE_START.search(text, max(0, s0 - 40), s0)
                                         or text[s0:e0] in _ADVERBS):
            chain = chain[1:]  # "Separately, Intel and AMD": an opening word, no item
        anchors = 0
        new: list[tuple[int, int]] = []
        for s, e in chain:
            name = text[s:e]
            got = accepted.get(name)
            if got is not None and not (got[1] is not None and got[1].unit) or \
                    _clean_name(name) in found:
                anchors += 1
            elif got is None:
                new.append((s, e))
        if not anchors or not new:
            continue
        if len(chain) >= 3 and anchors >= max(2, len(new)) or \
                _LIST_CUE.search(text, max(0, chain[0][0] - 40), chain[0][0]):
            # a version number makes it a product ("GPT-3", "Office 365")
            out.extend((s, e) for s, e in new if not text[e - 1].isdigit())
    return out


_UNIT_TAIL = re.compile(r" ((?:[A-Z][\w.&-]*|of)(?: (?:[A-Z][\w.&-]*|of)){0,3})")
_UNIT_TAIL_STARTS = (*"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "of")
_UNIT_WORDS = {
    "Europe", "America", "Americas", "Asia", "Africa", "India", "China", "Japan", "Korea",
    "Germany", "UK", "US", "USA", "Research", "Foundry", "Services", "Networks", "Mobile",
    "Wireless", "Technologies", "Labs", "Ventures", "Capital", "Pictures", "Semiconductor",
    "Electronics", "Motors", "Energy", "Financial", "Health", "Robotics", "Digital"}
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
            if words[0] in _SAME_WORDS:  # "Qualtrics International": the same company
                same = f"{surface} {words[0]}"
                accepted.setdefault(same, (_canonical, entry))
                continue
            while words and words[-1] not in _UNIT_WORDS:
                words.pop()  # keep the longest tail that ends in a unit word
            if not words or words[-1] == "of" or surface in words or any(
                    w in lexicon.NOT_NAMES and w not in _UNIT_WORDS for w in words):
                continue
            name = f"{surface} {' '.join(words)}"
            accepted.setdefault(name, (name, None))


def _alone(text: str, first: str, second: str) -> bool:
    """`re.search(rf"\\b{re.escape(first)}\\b(?! {re.escape(second)})", text)`, checked
    where `first` occurs: a new pattern per name, compiled and tried at every position of
    the article, costs a great deal more."""
    tail = " " + second
    i = text.find(first)
    while i >= 0:
        j = i + len(first)
        if _boundary(text, i) and _boundary(text, j) and not text.startswith(tail, j):
            return True
        i = text.find(first, i + 1)
    return False


def _boundary(text: str, k: int) -> bool:
    """Whether `\\b` matches at offset `k` of `text` (a word character on one side only)."""
    before = k > 0 and (text[k - 1].isalnum() or text[k - 1] == "_")
    after = k < len(text) and (text[k].isalnum() or text[k] == "_")
    return before != after


def _looks_like_surname(text: str, name: str) -> bool:
    """'Brannin McBee ... McBee said': a capitalised word before the name makes it a person."""
    return any(word not in lexicon.NOT_NAMES for word in words_before(text, name, spaces=True))


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
                and not _has_company_context(text, start, end) and \
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

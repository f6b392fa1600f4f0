"""Which sentences may state which kind of fact: one Aho-Corasick pass over the text.

The rule modules run their exact (and slower) regular expressions only on the
sentences this pass points them to. The stems below are deliberately loose: a
sentence flagged here and not matched by the exact rule costs a little time, a
sentence missed here is a fact lost, so every exact pattern's words must start
with one of these stems.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

import ahocorasick

from loaders.text import TEXT_ORDER, Sentence, common_letters_first, stand_ins

STEMS: dict[str, tuple[str, ...]] = {
    "facility": ("center", "centre", "data", "region", "zone", "fab", "foundry", "factor",
                 "plant", "facilit", "headquarter", "head office", "head quarter", "hq",
                 "campus", "office", "outpost", "hub", "lab", "supercomputer", "server farm",
                 "assembly", "production", "megafab", "gigafactor", "manufacturing", "site"),
    "based": ("based", "headquartered", "located"),
    "acquisition": ("acquir", "acquisition", "bought", "buy", "takeover", "take over",
                    "took over", "purchas", "snapped up", "merg", "sold", "sell", "sale of",
                    "to pay", "paid", "pays", "bid $", "bids $", "bid €", "bid £",
                    "offered $", "offers $", "offering $", "offered €", "offered £",
                    "offload",
                    "divest", "transferring its", "transferred its", "transfers its",
                    "shifting its", "shifted its", "shifts its", "bid for", "offer for",
                    "picks up", "picked up", "scoops up", "scooped up", "snaps up",
                    "gobbles up", "gobbled up", "snatch", "nabs", "nabbed", "snags", "snagged",
                    "snap up", "snapping up", "scoop up", "scooping up", "gobble up",
                    "gobbling up",
                    "spin off", "spins off", "spinning off", "spun off", "spin-off",
                    "private"),
    "investment": ("invest", "raise", "raising", "funding", "series ", "seed round", "round",
                   "pour", "spend", "commit", "pledg", "valuation", "valued at", "backed by",
                   "backing",
                   "stake in", "$", "€", "£", "¥", "₹", "capital increase",
                   "capital injection"),
    "partnership": ("partner", "team up", "teamed up", "teams up", "teaming up", "alliance",
                    "joint venture",
                    "collaborat", "agreement", "deal", "pact", "contract", "tie-up", "tie up",
                    "work", "signed", "inked", "inks ", "join forces", "joins forces",
                    "joined forces", "joining forces", "merge their", "merges their",
                    "merged their", "merging their", "merge the two", "merged the two",
                    "co-own", "jointly", "completed their", "built their", "finished their",
                    "laid their", "developed their", "co-developed their", "taps ", "tapped ",
                    "selects ", "selected ", "chose ", "chooses ", "picks ", "picked ", "supply ",
                    "supplies ", "supplied ", "supplying ", "provide ", "provides ",
                    "provided ", "providing ", "enlist", "co-develop", "co-invest", "co-design",
                    "co-produc", "co-build", "co-creat", "co-engineer", "co-fund", "co-operat",
                    "co-manufactur", "co-brand", "cooperat", "consorti", "licens",
                    "combine", "combining", "pool", "cross-licens", "the two compan",
                    "the two firms", "the two groups", "the two carmakers",
                    "the two automakers", "the two chipmakers", "the two partners",
                    "the two operators", "the companies said", "the firms said",
                    "the partners said", "they will", "they would", "they plan to",
                    "they are to", "they have agreed", "they agreed", "they intend",
                    "chosen by", "hired by", "relationship", "ties", "anchor", "first tenant",
                    "agreed with",
                    "built with", "developed with", "designed with", "created with"),
    # supply deals without a partner word (`event_words.SUPPLY_DEALS`)
    "supply": ("lease", "leasing", "rents ", "rented", "renting", "ordered ", "order for",
               "orders for", "order from", "order with", "output", "power from",
               "electricity from", "energy from", "signed up", "helps ", "helped ", "helping ",
               "together with", "agreement to", "agreements to", "contract to",
               "contracts to", "deal to", "deals to", "pact to"),
    "product_launch": ("launch", "unveil", "reveal", "introduc", "releas", "debut", "rolled out",
                       "rolls out", "roll out", "rolling out", "on sale", "hit the shelves",
                       "hits the shelves", "hit shelves", "hits shelves", "hit stores",
                       "hits stores", "hitting stores", "hitting the shelves", "general availab",
                       "generally availab", "wraps off", "available to all",
                       "available to every", "available to its", "available to customers",
                       "available to users", "available worldwide", "available globally",
                       "began shipping", "begins shipping", "begun shipping", "started shipping",
                       "starts shipping", "now shipping", "began selling", "begins selling",
                       "begun selling", "started selling", "starts selling", "now selling"),
    # a plan or site called off, paused or put on hold (an `other` event)
    "calloff": ("shelv", "scrap", "cancel", "abandon", "halt", "suspend", "paus", "mothball",
                "freez", "froze", "call off", "calls off", "called off", "calling off",
                "pulled out of", "pull out of", "pulls out of", "pulling out of", "the plug on",
                "on hold", "on ice"),
    "rival": ("rival", "compet", "vie", "vying", "battl", "race", "racing", "fight", "take on",
              "takes on", "taking on", "took on", "challeng", "catch up", "trail", "lag",
              "behind", "versus", "vs", "head-to-head", "beat", "outpac", "overtak",
              "market share", "dominat", "leader", "against", "answer to", "threat to", "war",
              "duel", "contender", "incumbent", "the two", "both", "ground to", "share to",
              "customers from", "customers away", "business from",
              "business away", "users from", "users away", "share from", "share away",
              "big three", "big four", "big five", "catch-up", "aim at", "ground on",
              "head to head", "square off", "squares off", "squared off", "contest",
              "the gap with", "the gap on", "the gap to", "alternative to",
              "alternatives to", "chip away", "chips away", "chipping away", "chipped away",
              "ate into", "locked in a",
              "locked in an", "locked in the", "keep pace", "keeps pace", "keeping pace",
              "kept pace", "keep up with", "keeps up with", "keeping up with",
              "kept up with", "unseat", "dethron", "displac", "toe-to-toe", "toe to toe",
              "muscling in", "muscles in", "muscled in", "muscle in",
              "horns", "undercut", "leapfrog", "go after", "goes after", "going after",
              "went after", "aimed ", "aims at", "aiming ", "leads ", "each other", "erod",
              "jockey", "jostl", "outbid", "edged out", "edges out", "edge out",
              "edging out", "squar", "lost", "lose", "losing", "dent", "threaten", "break",
              "loosen", "run for", "overtook", "catch", "pits ", "pitted", "pitting",
              "gunning", "lunch", "a march", "outsold", "outsell", "surpass", "eclips",
              "expense of", "dogfight", "crown", "wrest", "crowded", "dominated by",
              "market led by", "field led by", "race led by", "sector led by", "space led by",
              "ruled by", "market controlled by", "neck", "fiddle"),
}


@functools.cache
def _automaton() -> ahocorasick.Automaton:
    table: dict[str, set[str]] = {}
    for kind, stems in STEMS.items():
        for stem in stems:
            table.setdefault(stem, set()).add(kind)
    a = ahocorasick.Automaton()
    # stand-ins for the characters of lowered text (see `text.stand_ins`)
    for word in stand_ins(table, "".join(c for c in TEXT_ORDER if not c.isupper())):
        a.add_word(word, (0, frozenset()))
    for stem in common_letters_first(table):
        a.add_word(stem, (len(stem), frozenset(table[stem])))
    a.make_automaton()
    return a


_NON_ASCII = re.compile(r"([^\x00-\x7f]+)")


def _ascii_lower(text: str) -> str:
    """`text` with A-Z lowered and nothing else changed, so offsets stay true (str.lower
    alone would also lower, and sometimes lengthen, non-ASCII letters)."""
    if text.isascii():
        return text.lower()
    parts = _NON_ASCII.split(text)  # ASCII runs at even indexes, the others at odd ones
    parts[::2] = [p.lower() for p in parts[::2]]
    return "".join(parts)


@dataclass(slots=True)
class Triggers:
    """Per kind of fact: the sentences that may state one, and where its stems start."""

    sentences: dict[str, list[int]]
    positions: dict[str, list[int]]

    def __getitem__(self, kind: str) -> list[int]:
        return self.sentences[kind]


def scan(text: str, sents: list[Sentence]) -> Triggers:
    """Flag, for each kind of fact, the sentences (by index) that may state one."""
    # str.lower() keeps the length and lowers no other character to ASCII but for "İ"
    # (two characters) and the Kelvin sign ("k"): the non-ASCII letters it lowers stay
    # non-ASCII letters, in no stem and as alphanumeric as before, so the scan finds
    # the same stems as with `_ascii_lower`, which is slow on text with many of them.
    plain = "\u0130" not in text and "\u212a" not in text
    lower = text.lower() if plain else _ascii_lower(text)
    starts = [s.start for s in sents]
    found: dict[str, set[int]] = {kind: set() for kind in STEMS}
    positions: dict[str, list[int]] = {kind: [] for kind in STEMS}
    ends = [s.end for s in sents]
    sentence_of = bisect.bisect_right
    for end, (length, kinds) in _automaton().iter(lower):
        if not length:
            continue  # a stand-in
        pos = end - length + 1
        if pos and lower[pos - 1].isalnum() and lower[pos] not in "$€£¥₹":
            continue  # a stem starts a word
        i = sentence_of(starts, pos) - 1
        if i < 0 or pos >= ends[i]:
            continue
        for kind in kinds:
            found[kind].add(i)
            positions[kind].append(pos)
    return Triggers({kind: sorted(idx) for kind, idx in found.items()}, positions)

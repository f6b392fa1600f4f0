"""Rival pairs (unordered); subsidiary pairs are read in `loaders.ownership`.

Rivalry is read from how the sentence sets companies against each other: a rivalry
word ("rivals", "competes with", "race", "takes on", "battle") with companies on both
sides, or a list of named players after such a word set against the sentence's
subject (or the article's main company, when the sentence names no subject: "rivals
such as X", "Another rival, X"), or companies named in the next sentences after "is
competing with many rivals." A company and its own parent or unit are no rivals
(what `loaders.ownership` reads of the article decides).
"""

from __future__ import annotations

import re
from itertools import combinations

from loaders.companies import CompanyIndex, Span
from loaders.deals import ACQ_WORD
from loaders.kb import KnowledgeBase
from loaders.name_lists import list_from
from loaders.ownership import above, find_subsidiaries, read_ownership
from loaders.text import Sentence
from loaders.triggers import Triggers

# The lookahead (every alternative's first letter) only makes the scan faster: the
# regex engine skips positions that cannot start a match without trying each word.
_RIVAL_WORD = re.compile(
    r"\b(?=[abcdefghijklmnoprtsuvw])"
    r"(?:rival(?:s|ing|ed|ry|ries)?|arch-?rivals?|compet(?:e|es|ed|ing|itor|itors)|"
    r"competition|"
    r"vie[sd]?|vying|battl(?:e|es|ing|ed)|rac(?:e|es|ed|ing)|fight(?:s|ing)? (?:with|against)|"
    # "Lambda and Crusoe are fighting for the same customers", "bid against each other",
    # "AMD has steadily eroded its lead", "leaves Samsung and Intel far behind"
    r"fight(?:s|ing)? for (?:the same|customers|market share|business|contracts|orders|deals)|"
    # "Scala is fighting Ascenty and Equinix for contracts" (a name, or "those two", next)
    r"fight(?:s|ing)?|fought|"
    r"(?:against|with) each other|erod(?:e|es|ed|ing)(?= (?:its|their) )|"
    r"leav(?:e|es|ing)(?= [^.]{1,60}? (?:far |well |way |trailing )?behind\b)|"
    r"takes? on|taking on|took on|challeng(?:e|es|er|ers|ing)|catch up (?:to|with)|"
    r"(?:playing |play |plays )?catch-up (?:to|with)|(?:take|takes|took|taking) aim at|"
    r"trail(?:s|ing|ed)?|lag(?:s|ging|ged)? behind|(?:is|are|was|were|falls?|fell|fallen) behind|"
    r"(?:second|third|fourth|fifth|sixth) (?:place )?behind|"
    r"los(?:e|es|ing|t) (?:market )?(?:share|ground|customers|users|riders|subscribers|"
    r"clients|sales|orders) to|"
    r"(?:win|wins|won|winning|steal\w*|lur\w+|poach\w*|tak(?:e|es|ing)|took|grab\w*) "
    r"(?:[\w-]+ ){0,2}?(?:customers|business|users|orders|contracts|clients|sales|"
    r"share) (?:away )?from|(?:market|industry) leaders|big (?:three|four|five)|"
    r"versus|vs\.?|head-to-head|head to head|beat(?:s|ing)?|outpac\w+|overtak\w+|overtook|"
    # "jockeying for position", "jostle for", "outbid X", "edged out X", "squaring up to X",
    # "customers it lost to X", "lost the contract to X", "dent X's dominance", "giving X a
    # run for its money"
    r"jockey\w*|jostl\w+|outbid\w*|edg(?:e|es|ed|ing) out|"
    r"squar(?:e|es|ed|ing) up (?:to|against)|lost (?:out )?to|"
    r"los(?:e|es|ing|t) (?:the |a |an |its )?(?:[\w-]+ ){0,3}(?:contract|deal|order|bid|tender|"
    r"account|customer)s? to|"
    r"(?:dent|threaten|challeng|break|loosen)\w*(?= [^.]{1,40}?['’]s (?:dominance|lead|grip|"
    r"monopoly|stranglehold|crown))|run for (?:its|their) money|"
    # "trying to catch Nvidia", "pits Microsoft against Google", "gunning for TSMC's
    # customers", "eating Akamai's lunch", "has stolen a march on", "outsold Samsung",
    # "surpassed / eclipsed X", "gained share at the expense of X", "a dogfight with",
    # "took the memory crown from X", "wrested the lead from X"
    r"catch(?:es|ing)?|pit(?:s|ted|ting)|gunning for|"
    r"eat(?:s|ing)?(?= [^.]{1,30}?['’]s lunch)|st(?:ole|olen|eal|eals|ealing) a march on|"
    r"outs(?:old|ell|ells|elling)|surpass(?:es|ed|ing)?|eclips(?:e|es|ed|ing)|"
    r"at the expense of|dogfights?|crown from|wrest(?:s|ed|ing)? (?:\w+ ){0,3}from|"
    # "joins a crowded field that includes X and Y", "enters a market dominated by X",
    # "X, Y and Z are neck and neck", "playing second fiddle to X"
    # "sells into a crowded network security market led by X and Y", "is trying to break
    # into a market dominated by X"
    r"crowded (?:[\w-]+ ){0,2}?(?:field|market|space|sector)|"
    r"(?:(?:enter|join)(?:s|ed|ing)?|(?:break|breaks|breaking|broke|push|pushes|pushed|pushing|"
    r"mov(?:e|es|ed|ing)) into) (?:a|the) (?:[\w-]+ ){0,2}(?:market|field|race|sector|space|"
    r"segment|business) (?:(?:which|that) (?:(?:has|have|had|is|was|are|been|long|largely|"
    r"long been) )*)?(?:dominated|led|ruled|controlled) by|neck[- ]and[- ]neck|second fiddle to|"
    r"market share|squar(?:e|es|ed|ing) off|gain(?:s|ed|ing)? (?:ground )?on|"
    r"ahead of|followed by|"
    r"go(?:es)? up against|up against|answer to|threat to|war\b|wars\b|"
    r"duel|contender|contenders|incumbents?|"
    # "trying to close the gap with X", "strengthens X's hand against Y", "gaining ground
    # against Y", "a three-way contest with Y", "locked in a fight for", "an alternative
    # to Y", "chipping away at its lead"
    r"clos(?:e|es|ed|ing) the gap (?:with|on|to)|"
    r"(?:ground|position|hand|footing) against|contests? (?:with|against)|"
    r"(?:two|three|four)-way (?:race|contest|battle|fight)|"
    r"locked in (?:a|an|the) (?:[\w-]+ )?(?:fight|battle|race|contest|war|struggle|feud|"
    r"rivalry|standoff|showdown)|"
    r"alternatives? to|chip(?:s|ping|ped)? away at|ate into|"
    # "keep pace with X", "unseat X", "toe-to-toe with X", "muscling in on X's turf",
    # "locking horns", "undercut X on price", "leapfrogged X", "going after X's customers",
    # "won the contract against X"
    r"(?:keep|keeps|keeping|kept) (?:pace|up) with|unseat(?:s|ing|ed)?|dethron\w+|"
    r"displac(?:e|es|ed|ing)|toe[- ]to[- ]toe|muscl\w+ in on|"
    r"lock(?:s|ing|ed)? horns|undercut(?:s|ting)?|leapfrog\w*|"
    r"(?:go|goes|going|went) after(?= [\w.-]+(?: [\w.-]+){0,2}['’]s (?:customers|clients|"
    r"business|users|market|turf)| (?:[a-z][\w-]* ){1,4}against )|"
    r"(?:contract|tender|bid|auction)s? against(?! each other)|"
    # "a price cut aimed squarely at Lambda and CoreWeave", "It leads Samsung and Micron
    # in HBM" (a name right after: not "aimed at developers", "leads the market")
    r"aim(?:s|ed|ing)? (?:squarely |directly |mainly |largely |primarily )?at|"
    r"leads|"
    # "new entrants such as X and Y", "upstarts like Z": set against the sentence's subject
    r"(?:entrants|newcomers|upstarts)(?= (?:such as|like|including) ))\b", re.I)
# The same pattern without re.I, run on lowered ASCII text: it has no capitals, so it
# finds the same spans there as `_RIVAL_WORD` in the text, about twice as fast.
_RIVAL_WORD_LOWER = re.compile(_RIVAL_WORD.pattern)
_ITS_RIVALS = re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:competition|rivals|competitors|"
                         r"challengers)$", re.I)
# "Digital Realty and NTT are its main challengers", "Linear and Asana are chipping away
# at its lead": the names before the verb against the company "its" stands for
_COPULA_ITS = re.compile(r"\s+(?:are|is|were|was|remain|remains|have been|has been)\s+"
                         r"(?:its|their)\s+(?:\w+\s+)?$")
_AT_ITS = re.compile(r"\s+(?:its|their)\s+(?:lead|share|dominance|market|business|"
                     r"customers|position|crown)\b")
# Rivalry words that take a rival only when a name follows at once (first four letters)
_NAME_NEXT = frozenset(("alte", "keep", "kept", "disp", "aim ", "aims", "aime", "aimi",
                        "lead", "leav", "outb", "edge", "lost", "catc", "pits", "pitt",
                        "gunn", "eat ", "eats", "eati", "outs", "surp", "ecli", "at t"))
# ... and those known by their last words ("run into", "goes to", "also sought by")
_NAME_NEXT_ENDS = ("run into", "ran into", "runs into", "running into", "bump into",
                   "bumps into", "bumped into", "bumping into", "go to", "goes to", "went to",
                   "gone to", "sought by", "chased by", "pursued by", "contested by",
                   "coveted by")
# "X, the carrier it has battled": a rival described by what "it" did against it
_RIVAL_IT_HAS = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:it|which it)\s+"
                           r"(?:has\s+|had\s+)?(?:long\s+|often\s+|always\s+)?")
_BARE_FIGHT = frozenset(("fight", "fights", "fighting", "fought"))
# "has long fought for merchants against X": a bare fight's rival after "against" (or after
# "are": "the operators X fights hardest for subscribers are A and B")
_FIGHT_AGAINST = re.compile(r"\s+(?:[\w-]+\s+){0,5}?(?:against|are|were)\s+")
# "Vocus competes with them": the companies of the sentence before
# (also "NTT is fighting those two for ...", "has lost share to both.")
_THEM = re.compile(r"\s+(?:(?:with|against)\s+)?(?:them\b|th(?:ose|ese) (?:two|three)\b|"
                   r"both\b(?!\s+[A-Z]))")
# "AMD is Nvidia's biggest competitor", "Rivian is seen as a potential Tesla challenger"
# (also "Nvidia, long Huawei's main rival", "X, the designer whose ..., has become Y's
# closest challenger")
_COPULA = re.compile(r"\s*(?:,\s*)?(?:(?:the|an?)\s+[^,;()]{1,90},\s+)?"
                     r"(?:(?:long|now|still|once|already|arguably)\s+|"
                     r"(?:is|was|are|remains|becomes|became|has become|have become)\s+"
                     r"(?:(?:seen|regarded|viewed|considered|emerging|emerged|touted)\s+"
                     r"(?:as\s+)?)?(?:(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2})?|"
                     r"(?:an?|the)\s+(?:(?:main|chief|biggest|closest|key|fierce|largest|"
                     r"nearest|potential|new|serious|formidable)\s+)?)")
# Verbs that make a list of names before them rivals: "X, Y and Z compete"
_RIVAL_VERB = re.compile(r"compet|vie|vying|battl|rac|fight|rival|war|duel|head|lock|"
                         r"jockey|jostl|neck", re.I)
_ALL_OF = re.compile(r"\b(?:all|the) (two|three|four)\b|\bboth\b")
_TO_SERVE = re.compile(r" to (?:supply|sell|serve|provide|power|equip|feed|deliver|host|lure|"
                       r"court|woo|sign(?: up)?|win over|land|build for|make for)\b")
_ALONG_WITH = re.compile(r"\b(?:along with|together with|alongside)\s+$")
_AND_OTHER = re.compile(r",?\s+and\s+(?:many\s+|several\s+|various\s+|a\s+few\s+)?"
                        r"other\s+(?:[\w-]+\s+)?")
_N_WAY = re.compile(r"(two|three|four)-way", re.I)
_WAYS = {"two": 2, "three": 3, "four": 4}
# "Vultr, a privately held rival, ...", "Zendara, a smaller competitor, ..."
_A_RIVAL = re.compile(r",\s+(?:a|an|another|one)\s+(?:[a-z][\w-]*\s+){0,3}")
# "Samsung remained the market leader, ahead of Apple and Xiaomi": a ranking is a race
# only where the sentence speaks of leading a market ("ranks ahead of" alone is not)
_LEADER = re.compile(r"\b(?:market|industry|segment) leader|\bl(?:ead|eads|ed)\s+the\s+"
                     r"(?:[\w-]+\s+){0,2}market\b")
_RANKED = ("ahead of", "followed by")
_UNLIKE = re.compile(r"(?:[^,]{1,30},\s+)?(?:[Uu]nlike|[Ll]ike|[Aa]s with|[Jj]ust like)\s+"
                     r"(?:(?:its|their|fellow|other)\s+)?(?:[\w-]+\s+)?(?:rivals?|competitors?)$")
# "In spite of competition from startups like X, Y and Z, Acme has ...": the name after
_DESPITE = re.compile(r"(?:^|[.!?”\"]\s+|,\s+)(?:[Ii]n spite of|[Dd]espite)\s+(?:facing\s+)?"
                      r"(?:(?:stiff|fierce|tough|strong|heavy|growing|the)\s+)?"
                      r"(?:competition|rivalry)$")
# "Despite competition with Nvidia, Intel, and others, AMD ...": the list ends at "others"
_COMMA_OTHERS = re.compile(r"(?:,?\s+(?:and|among)\s+(?:many\s+|several\s+|a\s+few\s+)?"
                           r"others)? ?,\s+")
_COMMA = re.compile(r" ?,\s+")
_AND_OR = re.compile(r"\b(?:and|or)\b|&")
_ARE_AMONG = re.compile(r"\s+(?:are|is|were|was|remain|remains)\s+(?:among|some of|one of|all)\s+")
# "Oracle counts Amazon and Microsoft among its biggest rivals"
_AMONG_ITS = re.compile(r"\s+(?:among|as)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}")
# "Rival Zendesk has grown", "Its competitor Zendesk": a rival named opening a sentence
# "In June, another rival, the Paris-based Mistral AI, ...": after an opening phrase too
# "By comparison, rival chip maker Intel's ...", "Other competitors include X and Y"
_RIVAL_OPENING = re.compile(r"(?:[^,]{1,40},\s+(?=[aiorcRC]))?"
                            r"(?:(?:[Ii]ts|[Aa]|[Aa]nother|[Oo]ne)\s+(?:\w+\s+)?)?"
                            r"(?:[Rr]ival|[Cc]ompetitor)(?:(?:\s+[a-z][\w-]*){0,2}\s+[A-Z]|,\s)|"
                            r"(?:[Rr]ivals|[Cc]ompetitors)\s+[A-Z]|"
                            r"(?:[Oo]ther|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:rivals|competitors)\s+"
                            r"(?:include|such as|like|including)\b")
# "faces rivalry from firms such as X", "for rivals such as X and Y", "its chief
# competition will come from X": rivals of the story's subject when the sentence names no other
# (also "other rivals abound, including X", "built to compete with leaders such as X",
# "developed by US rival OpenAI": a rival named right after the word)
_RIVALS_SUCH_AS = re.compile(r"(?:(?:rivals?|competitors?|competition|rivalry)(?:\s+[a-z]+){0,3}"
                             r",?\s+(?:such as|like|including|from|(?:is|are)\s+(?:likely\s+|"
                             r"expected\s+)?to\s+come\s+from)\b|"
                             r"compet\w*\s+(?:\w+\s+)?(?:with|against)(?:\s+[a-z]+){0,6}\s+"
                             r"(?:such as|like|including)\b|rival\s+(?=[A-Z]))", re.I)
# "is not intending to compete with X", "does not rival Y"
_NEGATED = re.compile(r"(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:[a-z]+\s+){0,3}$")
# "the biggest challenges", "new challenges for": the noun, not the verb "challenges X"
_CHALLENGE_NOUN = re.compile(r"(?:\b(?:the|a|its|their|our|his|her|big|major|key|new|many|"
                             r"main|same|real|technical|legal|regulatory|\w+est)\s+)$")
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w'’.-]* $")
# "competing with its parent company X", "rivals its own sister brand": no rivalry
_OWN_FAMILY = re.compile(r"\s+(?:with|against)?\s*its\s+(?:own\s+|former\s+)?(?:parent|owner|"
                         r"sister)\b")


def _not_rivalry(text: str, m: re.Match[str]) -> bool:
    """A rivalry word that is no rivalry here: a capitalised word in a name ("Star Wars",
    after a capitalised word), the noun "challenges" ("AI's biggest challenges"; not
    "its main challengers"), a
    company set against its own parent ("competing with its parent company X")."""
    word = m.group(0)
    if word[0].isupper() and m.start() > 0 and _CAP_WORD_BEFORE.search(
            text, max(0, m.start() - 30), m.start()):
        return True
    if word.lower().startswith("challeng") and not word.lower().startswith("challenger") and \
            _CHALLENGE_NOUN.search(
            text, max(0, m.start() - 30), m.start()) and not text.startswith(" from", m.end()):
        return True
    return "its " in text[m.end():m.end() + 16] and bool(_OWN_FAMILY.match(text, m.end()))


# "the two companies are competing": the pair is the two companies named before
_TWO_NOUNS = (r"(?:companies|firms|giants|rivals|groups|makers|players|chipmakers|designers|"
              r"providers|operators|carriers|startups|labs|developers|vendors)")
_THE_TWO = re.compile(rf"\b(?=[bt])(?:the two|both)\s+{_TWO_NOUNS}\b[^.]*$", re.I)
# a sentence that names no company and opens with "The two chip designers", "Both firms"
_THE_TWO_OPENING = re.compile(rf"\s*(?:The two|Both)\s+(?:[\w-]+\s+){{0,2}}?{_TWO_NOUNS}\b")
# "X, which makes chips that compete with Y": X is the subject of the relative clause
# (a clause of its own: no comma inside, which would end it: "X, which makes chips, as
# the giant seeks to keep pace with rivals ..." leaves X out of the race)
_RELATIVE = re.compile(r",?\s+(?:which|that|who)\b[^,;:]*$")
# "the takeover battle for X", "vying for X's business": X is what they fight over
_PRIZE = re.compile(r"\s+(?:for|over)\s+(?:(?:control of|the|a|an)\s+)?"
                    r"(?:(?!with\b|against\b|from\b)[\w'’.-]+\s+){0,4}"
                    # "vying for orders from Alibaba": Alibaba buys ("customers from X": X
                    # loses them, a rivalry of its own)
                    r"(?:(?:(?<=orders )|(?<=contracts )|(?<=deals )|(?<=spending )|"
                    r"(?<=business ))from\s+)?")
_LISTED_NOUN = re.compile(r"\s*(?:,\s*)?(?:and|or)\s")
# What may stand between a subject and its rivalry word: "Nvidia's rival", "X now rivals"
_SUCH_AS_NEXT = re.compile(r"\s+(?:such as|like|including)\s")
_NEAR_GAP = re.compile(r"(?:['’]s)?\s*(?:[\w.-]+\s+){0,3}")
_AND_LINK = re.compile(r"\s+and\s+(?:[\w-]+\s+){0,4}")
_NAME_GAP = re.compile(r"\s*(?:,|and|or|&|,\s*and|,\s*or)\s*")
# The sentence's subject is the article's main company: "The company competes with ..."
_SUBJECT_PRONOUN = re.compile(
    r"(?:^|\W)(?:it|its|it's|the company|the company's|the firm|the firm's|the group|"
    r"the group's|they|their|the (?:[\w-]+ ){0,3}?(?:giant|company|firm|startup|maker|provider|"
    r"operator|group|carrier|chipmaker)(?:['’]s)?|the combined (?:company|business|group)|"
    # "One of China's leading tech companies is building a lab that could rival ..."
    r"one of (?:the|[\w]+['’]s?) (?:[\w-]+ ){0,3}(?:companies|firms|giants|groups|makers|"
    r"providers|operators|startups|players))\b", re.I)


# A rival set before the sentence's list of rivals: "Besides Cerebras, Graphcore's rivals
# include X", "Apart from AMD, Nvidia competes with Y"
_FRONTED_RIVAL = re.compile(r"(?:Besides|Apart from|Aside from|Beyond|In addition to|"
                            r"Other than|Along with|Alongside)\s")


# A name that only qualifies the next word names no rival: "now trails AMD and Arm-based
# rivals" (not "-backed": in "competing against Toshiba and NEC-backed HD-DVD" the backer
# is in the fight).
_QUALIFIER_TAILS = ("-based", "-powered", "-compatible", "-designed")

def find_competitors(sents: list[Sentence], trig: Triggers,
                     companies: CompanyIndex, kb: KnowledgeBase,
                     main_company: str | None) -> list[tuple[str, str, Sentence]]:
    pairs: dict[frozenset[str], tuple[str, str, Sentence]] = {}
    hub, hub_at = None, -9  # the company the last rivals were rivals of, and where
    # a company's owner, for the companies that are no mere unit ("Broadcom's VMware")
    # one look at the whole article first: most have none of this session's rarer
    # phrasings, and then no sentence needs its own look
    blob = "\n".join(s.text for s in sents)
    extra_on = _extra_gate(blob)
    rival_sents = _rival_sentences(sents, trig["rival"]) if extra_on else trig["rival"]
    parents = {name: e.entry.parent for name, e in companies.entities.items()
               if e.entry is not None and e.entry.parent and not e.entry.unit} \
        if rival_sents else {}
    for i in rival_sents:
        s = sents[i]
        # every mention keeps its place: "X ... rivals including Y and X" needs the
        # second X where it stands (pairs of a name with itself are dropped below)
        spans = companies.in_range(s.start, s.end)
        if "-" in s.text:  # "Arm-based rivals": a modifier
            spans = [sp for sp in spans if not s.text.startswith(_QUALIFIER_TAILS,
                                                                  sp.end - s.start)]
        if s.text.endswith(("rivals.", "competitors.", "rivals", "competitors",
                            "competition.", "competition")):
            for a, b, t in _rivals_named_next(sents, i, spans, companies, main_company):
                if a != b and not _related(a, b, kb, companies):
                    pairs.setdefault(frozenset((a, b)), (a, b, t))
        if not spans:
            if i and _THE_TWO_OPENING.match(s.text) and _rival_words(s.text):
                pair = _pair_before(sents, i, companies)
                if pair and not _related(*pair, kb, companies):
                    pairs.setdefault(frozenset(pair), (*pair, s))
            elif i and _GROUP_OPENING.match(s.text):
                for a, b in _group_rivals(sents, i, spans, companies, main_company):
                    if not _related(a, b, kb, companies):
                        pairs.setdefault(frozenset((a, b)), (a, b, s))
            continue
        if i and _GROUP_OPENING.match(s.text):
            for a, b in _group_rivals(sents, i, spans, companies, main_company):
                if a != b and not _related(a, b, kb, companies):
                    pairs.setdefault(frozenset((a, b)), (a, b, s))
        # "Anthropic is a competitor to OpenAI. ... Another rival, Inflection AI, ...":
        # another rival of the company the story just gave a rival
        lead = hub if hub and i - hub_at <= 3 and _ANOTHER.match(s.text) else main_company
        if lead == main_company and i and _PRONOUN_OPENING.match(s.text):
            lead = _opening_company(sents[i - 1], companies) or lead
        negated = "not" in s.text or "n't" in s.text or "n’t" in s.text or \
            "never" in s.text or "longer" in s.text  # (most sentences have none)
        words = _rival_words(s.text)
        more = _extra_words(s.text) if extra_on else []
        if more:
            words = sorted(words + more, key=lambda w: w.start())
        for m in words:
            if m.group(0).lower() in _RANKED and not _LEADER.search(s.text) or \
                    negated and _NEGATED.search(s.text, max(0, m.start() - 40), m.start()):
                continue
            if (m.group(0)[0].isupper() or m.group(0)[:1] == "c" or "its " in s.text) and \
                    _not_rivalry(s.text, m):  # (the cheap tests first: most words pass)
                continue
            if m.group(0)[-3:] in (" to", " by") and m.group(0).endswith(_WORK_ENDS) and \
                    not _WORK_BEFORE.search(s.text, max(0, m.start() - 100), m.start()):
                continue  # "work that usually goes to X", "contracts ... were also sought
                # by X" (not "revenue goes to X", "its chips were also sought by Meta")
            found = _rivals_at(s, m, spans, lead, parents)
            if not found and _THEM.match(s.text, m.end()):
                found = _rivals_them(s, m, spans, companies.in_range(
                    sents[i - 1].start, sents[i - 1].end) if i else [], lead)
            if found and spans[0].start - s.start < 30 and _FRONTED_RIVAL.match(s.text) and \
                    s.text.startswith(",", spans[0].end - s.start) and \
                    ";" not in s.text[:m.start()] and all(spans[0].name not in p for p in found):
                # "Besides Cerebras, Graphcore's rivals include X": the one fronted too, set
                # against the subject (named before the rivalry word)
                subject = next((sp.name for sp in spans[1:] if sp.end <= s.start + m.start()
                                and sp.name in found[0]), None)
                if subject:
                    found = [*found, (subject, spans[0].name)]
            for a, b in found:
                if a == b or _related(a, b, kb, companies):
                    continue
                pairs.setdefault(frozenset((a, b)), (a, b, s))
                hub = b if _TO_OF.match(s.text, m.end()) else a
                hub_at = i
    both_on = "both " in blob and "same " in blob
    group_on = "the two " in blob or "the three " in blob or "the four " in blob
    for s in sents:
        # rivalries told without a rivalry word the trigger scan knows (cheap tests first)
        extra: list[tuple[str, str]] = []
        if "same " in s.text and _SAME_AS.search(s.text):
            extra += _same_as(s, companies.in_range(s.start, s.end), main_company)
        if both_on and "same " in s.text and "both " in s.text:
            extra += _both_same(s, companies.in_range(s.start, s.end))
        if group_on and ("the two " in s.text or "the three " in s.text or
                         "the four " in s.text) and _GROUP_LATER.search(s.text):
            extra += _group_later(s, companies.in_range(s.start, s.end), main_company)
        if ("largest " in s.text or "biggest " in s.text) and _RANK.search(s.text):
            extra += _ranked(s, companies.in_range(s.start, s.end), main_company)
        if "%" in s.text and ("market" in s.text or "share" in s.text):
            extra += _shares(s, companies.in_range(s.start, s.end))
        if ", with " in s.text and ("trailing" in s.text or "behind" in s.text or
                                    "distant" in s.text or " place" in s.text):
            extra += _with_trailing(s, companies.in_range(s.start, s.end), main_company)
        for a, b in extra:
            if a != b and not _related(a, b, kb, companies):
                pairs.setdefault(frozenset((a, b)), (a, b, s))
    if pairs:
        # a company and its own parent are one group, not rivals: the knowledge base's
        # link (when the article is not older than the takeover) or the article's own;
        # unless the sentence tells the deal too ("its takeover of its smaller rival X":
        # rivals until then)
        if any(_may_own(a, b, sents, companies, kb) for a, b, _s in pairs.values()):
            owned = {frozenset((c, p)) for c, p, _s in find_subsidiaries(sents, companies, kb)}
            return [x for key, x in pairs.items()
                    if key not in owned or _deal_on(x[2], key, companies)]
    return list(pairs.values())


_WORK_ENDS = ("go to", "goes to", "went to", "gone to", "sought by", "chased by", "pursued by",
              "contested by", "coveted by")
_WORK_BEFORE = re.compile(r"\b(?:work|business|contracts?|deals?|orders?|tenders?|bids?|"
                          r"projects?|spending|budgets?|accounts?|leases?|customers?|clients?|"
                          r"sites?|plots?)\b(?:(?: (?:that|which) (?:[\w-]+ ){0,5})|"
                          r"[^.;]{0,80} (?:were|was|are|is|have been|had been|has been) )$")


def _rival_sentences(sents: list[Sentence], flagged: list[int]) -> list[int]:
    """The sentences the trigger scan flags for rivalry, and those with a rivalry told by
    words it does not know (`_EXTRA_WORD`)."""
    extra = [i for i, s in enumerate(sents) if _extra_words(s.text)]
    return sorted({*flagged, *extra}) if extra else flagged


# Rivalry words read apart from `_RIVAL_WORD` (each alternative there slows its scan of
# every flagged sentence), on sentences that pass cheap substring tests first: "they run
# into X and Y in almost every tender", "has a lead on both", "extended its lead over X",
# "work that usually goes to X and Y", "leases ... were also sought by X" (a name right
# after each: see `_NAME_NEXT`, `_NAME_NEXT_ENDS`; the last two only after work told
# before them: `_WORK_BEFORE`), "trying to narrow / bridge the gap with X", "come up
# mostly against X"
_EXTRA_WORD = re.compile(
    r"\b(?:(?:narrow(?:s|ed|ing)?|bridg(?:e|es|ed|ing)|shr(?:ink|inks|inking|ank|unk)) the gap "
    r"(?:with|on|to)|up [a-z]+ly against|"
    r"(?:r(?:un|uns|an|unning)|bump(?:s|ed|ing)?) into(?=[^.]{1,100}?\b(?:tenders?|bids?|bidding|"
    r"deals?|contracts?|pitches|auctions?|accounts?|customers?|leases?)\b)|lead (?:on|over)|"
    r"(?:go|goes|went|gone) to|(?:also|likewise) (?:sought|chased|pursued|contested|coveted) by)"
    r"\b", re.I)


def _extra_gate(text: str) -> bool:
    """Whether `text` may hold a match of `_EXTRA_WORD` (cheap substring tests)."""
    return "n into " in text and ("run into" in text or "ran into" in text or
                                  "running into" in text) or "bump" in text or \
        " lead o" in text or " the gap " in text or "ly against" in text or \
        ("also " in text or "likewise " in text) and (
            "sought by" in text or "chased by" in text or "pursued by" in text or
            "contested by" in text or "coveted by" in text) or \
        (" that " in text or " which " in text) and (
            " go to " in text or "goes to " in text or "went to " in text or
            "gone to " in text)


def _extra_words(text: str) -> list[re.Match[str]]:
    """The matches of `_EXTRA_WORD` in `text` (none, at once, for most sentences)."""
    return list(_EXTRA_WORD.finditer(text)) if _extra_gate(text) else []


# "It leads ...", "The company competes with ...": the sentence's subject is the one
# the sentence before opened with, else the story's main company
# (also after a short phrase of place: "In the region it has long fought ...")
_PRONOUN_OPENING = re.compile(r"(?:It|Its(?= [a-z])|"  # ("Its managers say they ...")
                              r"The (?!combined|merged|enlarged|new\b)(?:[\w-]+ ){0,2}?"
                              r"(?:company|firm|startup|group|"
                              r"maker|giant|chipmaker|provider|operator)|"
                              r"(?:In|Across|Outside|At|Beyond) (?:[\w-]+ ){0,3}?[\w-]+,? it)"
                              r"\b(?!['’])")


# "The two Nordic vendors beat Huawei and ZTE", "The three are now vying for ...": a
# sentence opening with a number of companies the sentences before named
_GROUP_OPENING = re.compile(r"\s*(?:The|All|Both|These|Those)\b\s*(two|three|four)?\s*"
                            r"(?:(?:[\w-]+\s+){0,2}?" + _TWO_NOUNS + r"\b)?")
_GROUP_WORD = re.compile(r"\s*(?:are|were|will|have|had|now|all|also|each|both|beat|must)\b")


def _group_rivals(sents: list[Sentence], i: int, spans: list[Span], companies: CompanyIndex,
                  main_company: str | None) -> list[tuple[str, str]]:
    """The pairs of a sentence that opens with the companies told before ("The three are
    now vying for ...": each pair; "The two vendors beat X and Y": each against X, Y)."""
    s = sents[i]
    m = _GROUP_OPENING.match(s.text)
    if m is None or m.group(0).strip() in ("The", "All", "These", "Those"):
        return []
    n = _WAYS.get((m.group(1) or "two").lower(), 2)
    if not (m.group(0).rstrip().endswith(_TWO_NOUN_ENDS) or _GROUP_WORD.match(s.text, m.end())):
        return []  # "The three sites will ...", "Both sides": not companies
    words = [w for w in _rival_words(s.text) if w.start() >= m.end()]
    if not words or spans and spans[0].start - s.start < words[0].start():
        return []  # (a name before the rivalry word is the sentence's own subject)
    group = _group_before(sents, i, n, companies, main_company)
    if not group:
        return []
    after = list_from(s, [sp for sp in spans if sp.start >= s.start + words[0].end()],
                      s.start + words[0].end())
    if after:
        return [(g, sp.name) for g in group for sp in after if sp.name not in group]
    return list(combinations(group, 2)) if not spans else []


_TWO_NOUN_ENDS = tuple(_TWO_NOUNS[3:-1].split("|"))


def _group_before(sents: list[Sentence], i: int, n: int, companies: CompanyIndex,
                  main_company: str | None) -> list[str]:
    """The `n` companies the nearest sentence before (of two) that names any names: all
    it names, the two it names side by side ("Telkomsel picked Ericsson and Nokia"), or
    one short and the story's subject."""
    for t in sents[max(0, i - 2):i][::-1]:
        spans = companies.in_range(t.start, t.end)
        names = list(dict.fromkeys(sp.name for sp in spans))
        if not names:
            continue
        if len(names) == n:
            return names
        if n == 2:
            side = {(a.name, b.name) for a, b in zip(spans, spans[1:], strict=False)
                    if a.name != b.name and _AND_LINK_ONLY.fullmatch(
                        t.text, a.end - t.start, b.start - t.start)}
            return list(side.pop()) if len(side) == 1 else []
        if len(names) == n - 1 and main_company and main_company not in names:
            return [main_company, *names]
        return []
    return []


_AND_LINK_ONLY = re.compile(r",?\s+and\s+")
# "it is chasing the same corporate budgets as OpenAI and Anthropic"
_SAME_AS = re.compile(r"\b(?:chas|court|target|pursu|woo|fight|compet|vie|vying|go after|"
                      r"going after)\w*\s+(?:for\s+)?the same\s+(?:[\w-]+,?\s+){0,5}?as\s+")


# "Xiaomi is the third-largest phone vendor behind Samsung and Apple", "Intel is the largest
# chipmaker in the US, ahead of Micron" (not "after": the dev gold does not count "the
# second-biggest long distance firm after AT&T", and "after" is so often a time)
_RANK = re.compile(r"\b(?:largest|biggest)\s+(?:[\w-]+\s+){0,3}?(?:makers?|vendors?|providers?|"
                   r"sellers?|suppliers?|chipmakers?|compan(?:y|ies)|players?|operators?|"
                   r"carriers?|firms?|brands?|manufacturers?|foundr(?:y|ies)|producers?|"
                   r"retailers?|platforms?)\b[^.;:()]{0,30}?\s(?:behind|ahead of)\s+")


def _subject_of(s: Sentence, before: list[Span], main_company: str | None, at: int) -> str | None:
    """The company a sentence tells of before `at`: its first name (opening the sentence,
    near enough), else the story's subject when "it" / "the company" stands for it."""
    if before and before[0].start - s.start < 40:
        return before[0].name
    if not before and main_company and _SUBJECT_PRONOUN.search(s.text[:at]):
        return main_company
    return None


def _ranked(s: Sentence, spans: list[Span], main_company: str | None) -> list[tuple[str, str]]:
    """The ranked company against those it comes after or ahead of."""
    out = []
    for m in _RANK.finditer(s.text):
        end = s.start + m.end()
        after = list_from(s, [sp for sp in spans if sp.start >= end], end)
        subject = _subject_of(s, [sp for sp in spans if sp.end <= s.start + m.start()],
                              main_company, m.start())
        if subject and after and after[0].start == end:
            out += [(subject, sp.name) for sp in after]
    return out


# "Samsung holds 38% of the memory market, SK Hynix 29% and Micron 23%": names each with
# a share of one market are rivals
_SHARE_AFTER = re.compile(r"(?:['’]s share (?:is|was|rose|fell|stood) (?:at )?|"
                          r"\s+(?:has|had|holds|held|with|at|on|took|takes|controls|controlled|"
                          r"commands|accounts for|accounted for|captured|grabbed)\s+|\s+|,\s+)"
                          r"(?:(?:about|around|roughly|nearly|almost|some|just over|over|"
                          r"under)\s+)?"
                          r"\d+(?:\.\d+)?\s?(?:%|percent|per cent)")


def _shares(s: Sentence, spans: list[Span]) -> list[tuple[str, str]]:
    """Every pair of the names a market share figure follows."""
    named = list(dict.fromkeys(sp.name for sp in spans
                               if _SHARE_AFTER.match(s.text, sp.end - s.start)))
    return list(combinations(named, 2)) if 1 < len(named) <= 6 else []


# "AWS remains the biggest provider, with Microsoft Azure and Google Cloud trailing",
# "Nvidia controls 80% of the market, with AMD a distant second"
_WITH = re.compile(r",\s+with\s+(?:rivals?\s+|competitors?\s+)?")
_TRAILING = re.compile(r"\s+(?:trailing|(?:close\s+|far\s+|further\s+|well\s+)?behind|"
                       r"(?:a\s+)?(?:distant|close)\s+(?:second|third|fourth)|"
                       r"in\s+(?:second|third|fourth)\s+place)\b")


def _with_trailing(s: Sentence, spans: list[Span], main_company: str | None,
                   ) -> list[tuple[str, str]]:
    """The sentence's subject against the names 'with X and Y trailing' after it."""
    out = []
    for m in _WITH.finditer(s.text):
        end = s.start + m.end()
        after = list_from(s, [sp for sp in spans if sp.start >= end], end)
        if not after or after[0].start != end or \
                not _TRAILING.match(s.text, after[-1].end - s.start):
            continue
        before = [sp for sp in spans if sp.end <= s.start + m.start()]
        if len({sp.name for sp in before}) > 1:
            continue  # "X has become Y's closest challenger, with Z further behind": whose?
        subject = _subject_of(s, before, main_company, m.start())
        if subject:
            out += [(subject, sp.name) for sp in after]
    return out


def _same_as(s: Sentence, spans: list[Span], main_company: str | None,
             ) -> list[tuple[str, str]]:
    """The subject of 'X is chasing the same customers as Y and Z' against Y and Z."""
    m = _SAME_AS.search(s.text)
    if m is None:
        return []
    after = list_from(s, [sp for sp in spans if sp.start >= s.start + m.end()],
                      s.start + m.end())
    if not after or after[0].start != s.start + m.end():
        return []
    before = [sp for sp in spans if sp.end <= s.start + m.start()]
    if before and before[0].start - s.start < 40:
        subject = before[0].name
    elif main_company and _SUBJECT_PRONOUN.search(s.text[:m.start()]):
        subject = main_company
    else:
        return []
    return [(subject, sp.name) for sp in after]


# "Fluidstack and Crusoe have both been trying to sign up the same AI labs"
# (a pursuit: not "both reported results on the same day")
_BOTH_SAME = re.compile(r"\s+(?:(?:have|has|are|were|had)\s+)?both\s+(?:been\s+)?"
                        r"(?:(?:trying|looking|seeking|racing|hoping|working)\s+to\s+)?"
                        r"(?:chas|court|target|pursu|woo|sign|lock|bid|go|went|compet|fight|vie|"
                        r"vying|win|land|pitch|tout)\w*\s+(?:(?:up|after|for|over)\s+)?"
                        r"the same\b")


def _both_same(s: Sentence, spans: list[Span]) -> list[tuple[str, str]]:
    """The two names of 'X and Y are both chasing the same customers'."""
    for a, b in zip(spans, spans[1:], strict=False):
        if a.name != b.name and _AND_LINK_ONLY.fullmatch(s.text, a.end - s.start,
                                                         b.start - s.start) and \
                _BOTH_SAME.match(s.text, b.end - s.start):
            return [(a.name, b.name)]
    return []


# "X, which ..., and Y are adding space, and the three operators are competing for ...":
# the companies the sentence names (and the story's subject, when they are one short)
_GROUP_LATER = re.compile(rf"[,;] and the (two|three|four) (?:[\w-]+ ){{0,2}}?{_TWO_NOUNS} "
                          r"(?:are|were|have been|will be) (?:now |all |also )?"
                          r"(?:compet|vying|racing|battling|fighting|rivals)")


def _group_later(s: Sentence, spans: list[Span], main_company: str | None,
                 ) -> list[tuple[str, str]]:
    """Every pair of the group a clause counts after naming it."""
    m = _GROUP_LATER.search(s.text)
    if m is None:
        return []
    names = list(dict.fromkeys(sp.name for sp in spans if sp.end <= s.start + m.start()))
    n = _WAYS[m.group(1).lower()]
    if main_company and main_company not in names and len(names) + 1 == n:
        names.insert(0, main_company)
    return list(combinations(names, 2)) if len(names) == n else []


def _opening_company(s: Sentence, companies: CompanyIndex) -> str | None:
    """The company whose name opens sentence `s` ("SK Hynix, the memory maker, ...")."""
    spans = companies.in_range(s.start, s.end)
    return spans[0].name if spans and spans[0].start - s.start <= 1 else None


def _pair_before(sents: list[Sentence], i: int, companies: CompanyIndex,
                 ) -> tuple[str, str] | None:
    """"Broadcom and Marvell are the main suppliers. ... The two chip designers are locked
    in a contest": the two companies of the nearest of the two sentences before that names
    exactly two, side by side ("X and Y")."""
    for t in sents[max(0, i - 2):i][::-1]:
        spans = companies.in_range(t.start, t.end)
        names = list(dict.fromkeys(sp.name for sp in spans))
        if len(names) == 2 and any(  # told as a pair: "X and Y are ..."
                a.name != b.name and _NAME_GAP.fullmatch(t.text, a.end - t.start, b.start - t.start)
                for a, b in zip(spans, spans[1:], strict=False)):
            return names[0], names[1]
    return None


def _may_own(a: str, b: str, sents: list[Sentence], companies: CompanyIndex,
             kb: KnowledgeBase) -> bool:
    """Whether `find_subsidiaries` may pair `a` and `b` (most rival pairs are plainly
    not: neither is above the other in the knowledge base, and the article does not say)."""
    for x, y in ((a, b), (b, a)):
        ent = companies.entities.get(x)
        parent = ent.entry.parent if ent is not None and ent.entry is not None else None
        if parent is not None and (parent == y or above(kb, y, parent)):
            return True
    read = read_ownership(sents, companies)  # (read once: find_subsidiaries needs it too)
    pair = {a, b}
    return any(set(p) == pair for p, _s in read.said) or \
        any(set(p) == pair for p in [*read.by_name.get(a, []), *read.by_name.get(b, [])])


def _deal_on(s: Sentence, pair: frozenset[str], companies: CompanyIndex) -> bool:
    """Whether a deal word in `s` has one of `pair` as the first company after it."""
    spans = companies.in_range(s.start, s.end)
    for m in ACQ_WORD.finditer(s.text):
        nxt = next((sp for sp in spans if sp.start >= s.start + m.end()), None)
        if nxt is not None and nxt.name in pair:
            return True
    return False


# "The software giant is competing with a large number of rivals.": no name after the word
_RIVALS_AT_END = re.compile(r"(?:compet\w*|faces?|facing|fend\w*)\s+(?:[\w-]+\s+){0,6}"
                            r"(?:rivals|competitors)\.?$|"
                            # "Hailo has plenty in the way of competition."
                            r"\b(?:has|have|had|faces?|faced|facing)\s+(?:[\w-]+\s+){0,6}"
                            r"competition\.?$")
# a company that opens a clause: "Google has ...", "... in January and AOL is expected to"
_CLAUSE_OPENING = re.compile(r"(?:^|(?:[,;]|\band|\bwhile|\bbut|\bwhereas)\s+|"
                             # "Startups A, B and C are ...", "Rivals such as A ..."
                             r"^(?:Startups|Rivals|Competitors|Players|Companies|Firms)"
                             r"(?:\s+(?:such as|like|including))?\s+)$")


def _rivals_named_next(sents: list[Sentence], i: int, spans: list[Span],
                       companies: CompanyIndex,
                       main_company: str | None) -> list[tuple[str, str, Sentence]]:
    """'X is competing with a number of rivals. Google has a tool. Yahoo plans one and AOL
    is expected to ...': the companies opening the next sentences' clauses are the rivals."""
    s = sents[i]
    m = _RIVALS_AT_END.search(s.text)
    if m is None or spans and spans[-1].end > s.start + m.start():
        return []  # (rivals named in the sentence itself are its own business)
    if spans and spans[0].start - s.start < 40:
        subject = spans[0].name
    elif not spans and main_company and _SUBJECT_PRONOUN.search(s.text[:m.start()]):
        subject = main_company
    else:
        return []
    out = []
    for t in sents[i + 1:i + 3]:
        named = [sp.name for sp in companies.in_range(t.start, t.end)
                 if _CLAUSE_OPENING.search(t.text, max(0, sp.start - t.start - 12),
                                           sp.start - t.start)]
        if not named:
            break
        out += [(subject, n, t) for n in named]
    return out


_ANOTHER = re.compile(r"(?:[^,]{1,40},\s+)?(?:[Yy]et\s+)?[Aa]nother\s+(?:\w+\s+)?"
                      r"(?:rival|competitor)|"
                      # "Other competitors include X and Y"
                      r"(?:[Oo]ther|[Mm]ore)\s+(?:\w+\s+)?(?:rivals|competitors|challengers)\s")
# "a competitor to X", "rivals of X": X is the one competed against
_TO_OF = re.compile(r"\s+(?:to|of)\s")


def _rival_words(text: str) -> list[re.Match[str]]:
    """The matches of `_RIVAL_WORD.finditer(text)`."""
    if not text.isascii():
        return list(_RIVAL_WORD.finditer(text))
    found = (_RIVAL_WORD.match(text, m.start())
             for m in _RIVAL_WORD_LOWER.finditer(text.lower()))
    return [m for m in found if m is not None]  # never None: the same match, unfolded


def _rivals_at(s: Sentence, m: re.Match[str], spans: list[Span],
               main_company: str | None,
               parents: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """Pairs set against each other by the rivalry word `m` in sentence `s` (`parents`:
    see `list_from`)."""
    pos, end = s.start + m.start(), s.start + m.end()
    before = [sp for sp in spans if sp.end <= pos]
    after = list_from(s, [sp for sp in spans if sp.start >= end], end, parents)
    if len(before) >= 2 and _RIVAL_IT_HAS.fullmatch(s.text, before[-1].end - s.start, m.start()):
        # "puts SoftBank Corp next to KDDI, the carrier it has battled for subscribers":
        # the one "it" stands for, the sentence's first company, against the one described
        return [(before[0].name, before[-1].name)] if before[0].name != before[-1].name else []
    if (not after or after[0].start > end + 1) and (
            m.group(0)[:4].lower() in _NAME_NEXT or m.group(0).endswith(_NAME_NEXT_ENDS) or
            m.group(0).lower() in _BARE_FIGHT and not (
                after and _FIGHT_AGAINST.fullmatch(s.text, m.end(), after[0].start - s.start))):
        # "an alternative to Google", "keep pace with TSMC", "displace Intel": not "an
        # alternative to software made by X", "keep up with demand from X", "displace
        # old servers with X's"
        return []
    way = _N_WAY.match(m.group(0))
    if way and before and not after:
        # "Microsoft and AWS have pledged $6 billion, setting up a three-way contest": the
        # names before it, and the story's subject when they are one short
        names = list(dict.fromkeys(sp.name for sp in before[_list_start(s, before):]))
        if main_company and main_company not in names and \
                len(names) + 1 == _WAYS[way.group(1).lower()]:
            names.insert(0, main_company)
        return list(combinations(names, 2))
    if m.group(0)[:3].lower() == "pit" and after:
        # "pits Microsoft against Google": the name after "against" is the other side
        at = s.text.find(" against ", after[0].end - s.start)
        other = [sp for sp in spans if at >= 0 and sp.start >= s.start + at + 9]
        return [(after[0].name, other[0].name)] if other and \
            other[0].start - s.start - at - 9 < 12 else []
    if m.group(0).lower().startswith("run for") and len(before) >= 2:
        return [(before[0].name, before[-1].name)]  # "X is giving Y a run for its money"
    if after and s.text.startswith(" to ", m.end()) and _TO_SERVE.match(s.text, m.end()):
        after = []  # "racing to supply HBM to Nvidia", "vying to serve Alibaba": the buyer
    if after and s.text.startswith((" for ", " over "), m.end()) and \
            _PRIZE.fullmatch(s.text, m.end(), after[0].start - s.start):
        after = []  # "won the battle for MCI": the names after "for" are the prize
    joined = _joined_race(s, m, before)
    if joined:
        return joined
    if before and ("which" in s.text or "who" in s.text):
        aside = _ASIDE_BEFORE.search(s.text, 0, m.start())
        if aside:
            # "The startup, which counts Toyota as a customer, competes with X": the names
            # in the relative clause are not the ones competing
            before = [sp for sp in before if sp.start < s.start + aside.start()]
    # the subject: "OpenAI rival Anthropic", "Nvidia's rival AMD", else the sentence's first
    subjects: list[str] = []
    if before:
        gap = s.text[before[-1].end - s.start:m.start()]
        if len(before) >= 2 and " a" in gap and _AMONG_ITS.fullmatch(gap):
            # "X counts Y and Z among its rivals": the list against the name before it
            k = _list_start(s, before)
            if k > 0:
                return [(before[k - 1].name, sp.name) for sp in before[k:]]
        if len(before) >= 2 and gap.startswith(("'s ", "’s ")) and _ARE_AMONG.fullmatch(
                s.text, before[-2].end - s.start, before[-1].start - s.start):
            # "X, Y and GM's Cruise are among Waymo's competitors": the list before the verb
            rated, listed = before[-1], [before[-2]]
            for a, b in zip(before[-3::-1], before[-2::-1], strict=False):
                link = s.text[a.end - s.start:b.start - s.start]
                if link in ("'s ", "’s "):
                    continue  # "GM's Cruise": the unit is listed, not its owner
                if not _NAME_GAP.fullmatch(link):
                    break
                listed.append(a)
            return [(rated.name, sp.name) for sp in listed]
        near = _NEAR_GAP.fullmatch(gap)
        if near and (gap[:2] in (", ", " a", " o") and _LISTED_NOUN.match(gap) and
                     m.group(0).lower() in ("rival", "challenger", "competitor") or
                     gap[:4] == " in " and m.group(0)[:3].lower() in ("rac", "bat", "con", "fig")
                     and before[0].start - s.start < 40 and before[0].name != before[-1].name
                     or gap[:5] == " and " and _SUCH_AS_NEXT.match(s.text, m.end())):
            # ("old rivals such as X and new entrants such as Y": a second list, not X's)
            # "competes with Ericsson and Chinese challenger Huawei": a name of the list, not
            # the rival's subject; "Orange buys X in race with Y": the buyer, not X
            near = None
        if near or _RELATIVE.match(gap):
            subjects = [before[-1].name]
            # "AMD and Intel are racing to catch Nvidia": every name of the list (not of
            # one a relative clause follows: "clients include X and Y, which competes")
            k = len(before) - 1 if near and len(before) > 1 and not gap.startswith(
                ("'", "’")) and _AND_OR.search(
                s.text, before[-2].end - s.start, before[-1].start - s.start) else 0
            while k > 0 and _NAME_GAP.fullmatch(s.text, before[k - 1].end - s.start,
                                                before[k].start - s.start):
                k -= 1
                subjects.append(before[k].name)
        elif before[0].start - s.start < 60:
            subjects = [before[0].name]
            # "Acme and fellow Finnish phone maker Zorbit said ... to take on Quillon"
            for sp in before[1:]:
                link = s.text[before[0].end - s.start:sp.start - s.start]
                if _AND_LINK.fullmatch(link):
                    subjects.append(sp.name)
            # "Baidu, Alibaba and Tencent are China's answer to Google": a listed subject
            for a, b in zip(before, before[1:], strict=False):
                if not _NAME_GAP.fullmatch(s.text, a.end - s.start, b.start - s.start):
                    break
                subjects.append(b.name)
    if subjects and after and len(before) > 1:
        every = _ALL_OF.search(s.text, before[-1].end - s.start, m.start())
        names = list(dict.fromkeys(sp.name for sp in before))
        if every and len(names) == _WAYS.get(every.group(1) or "two", 0):
            # "Hanul goes head to head with X and Y, and all three are trying to take
            # orders away from Nvidia": each of the three
            subjects = names
    if not subjects and after and (_UNLIKE.match(s.text[:m.end()]) or "spite" in s.text and
                                   _DESPITE.search(s.text, 0, m.end())):
        # "Unlike rivals Google and Microsoft, Apple has ...": the name after the list
        # (the list rule reads "X and Y, Apple" as one list: its last name may be it)
        if len(after) > 2 and _COMMA.fullmatch(s.text, after[-2].end - s.start,
                                               after[-1].start - s.start):
            nxt = after[-1:]
        else:
            nxt = [sp for sp in spans if sp.start >= after[-1].end]
        if nxt and (nxt[0] is after[-1] or _COMMA_OTHERS.fullmatch(
                s.text, after[-1].end - s.start, nxt[0].start - s.start)):
            subjects = [nxt[0].name]
            after = [sp for sp in after if sp.name != nxt[0].name]
    if not subjects and main_company and (_SUBJECT_PRONOUN.search(s.text[:m.start()]) or
                                          _RIVAL_OPENING.match(s.text) or
                                          _RIVALS_SUCH_AS.match(s.text, m.start()) and
                                          all(sp.name != main_company for sp in after)):
        subjects = [main_company]  # "Rival Zendesk has grown": the story's subject's rival
    out: list[tuple[str, str]] = []
    if _THE_TWO.search(s.text[:m.start()]):
        two = _dedupe_spans(before)
        if len(two) >= 2:
            return [(two[0].name, two[1].name)]
    if len(before) >= 2 and not after and m.group(0).endswith("each other"):
        # "Equinix and Digital Realty are the two largest landlords, and they bid against
        # each other": the list that opens the sentence
        k = 0
        while k + 1 < len(before) and _NAME_GAP.fullmatch(
                s.text, before[k].end - s.start, before[k + 1].start - s.start):
            k += 1
        return list(combinations(dict.fromkeys(sp.name for sp in before[:k + 1]), 2))
    if len(before) >= 2 and not after and (
            _COPULA_ITS.fullmatch(s.text, before[-1].end - s.start, m.start())
            or _AT_ITS.match(s.text, m.end())):
        return _against_its_owner(s, before)
    if subjects and after:
        out += [(subj, sp.name) for subj in subjects for sp in after if sp.name != subj]
    elif subjects and len(before) >= 2 and subjects[0] == before[-1].name:
        # "AMD is Nvidia's biggest competitor", "Anthropic, an OpenAI rival,"
        link = s.text[before[-2].end - s.start:before[-1].start - s.start]
        if _COPULA.fullmatch(link):
            out.append((before[-2].name, before[-1].name))
    elif before and not after and main_company and main_company != before[-1].name and \
            m.group(0).lower() in ("rival", "competitor", "challenger") and \
            _A_RIVAL.fullmatch(s.text, before[-1].end - s.start, m.start()):
        # "Vultr, a privately held rival, matched the cut": a rival of the story's subject
        out.append((main_company, before[-1].name))
    elif before and not after and _ITS_RIVALS.search(s.text[:m.end()]):
        # "Acme and Zorbit already run data centres there; the move lets Quillon close the
        # gap on its competition": the owner of "its" against the others the sentence names
        owner = before[-1].name
        out += [(owner, sp.name) for sp in before if sp.name != owner]
    elif len(after) > 1 and re.search(r"\b(?:between|among|race|battle|war|leaders|big)\b",
                                      m.group(0) + s.text[m.end():m.end() + 12], re.I):
        out += [(a.name, b.name) for a, b in combinations(after, 2)]
    elif len(after) > 1 and not subjects and \
            m.group(0).lower().endswith(("rivals", "competitors")) and \
            s.text[m.end():after[0].start - s.start] == " ":
        # "Longtime rivals Apple and Samsung both cut prices": the list's names, each other's
        out += [(a.name, b.name) for a, b in combinations(after, 2)]
    if not after and len(before) > 1 and not out and _RIVAL_VERB.match(m.group(0)) and \
            pos - before[-1].end < 40 and _ALONG_WITH.search(
                s.text, before[0].end - s.start, before[1].start - s.start) and \
            _is_list(s.text, before[1:], s.start):
        # "CoreWeave is one of several GPU clouds, along with Lambda and Crusoe, vying to
        # serve AI labs": the one and the ones along with it, each pair
        return list(combinations(dict.fromkeys(sp.name for sp in before), 2))
    if not after and len(before) > 1 and _is_list(s.text, before, s.start) and \
            pos - before[-1].end < 40 and _RIVAL_VERB.match(m.group(0)):
        out += [(a.name, b.name) for a, b in combinations(before, 2)]  # "X, Y and Z compete"
        if main_company and _AND_OTHER.fullmatch(s.text, before[-1].end - s.start, m.start()):
            # "Aurora, TuSimple and other rivals are investing": the story's subject's rivals
            out += [(main_company, sp.name) for sp in before]
    return out


def _list_start(s: Sentence, before: list[Span]) -> int:
    """The index in `before` where the list of names ending with its last name starts
    ("X, Y and Z": the index of X)."""
    k = len(before) - 1
    while k > 0 and _NAME_GAP.fullmatch(s.text, before[k - 1].end - s.start,
                                        before[k].start - s.start):
        k -= 1
    return k


def _rivals_them(s: Sentence, m: re.Match[str], spans: list[Span], previous: list[Span],
                 main_company: str | None) -> list[tuple[str, str]]:
    """'Telstra and Optus expanded in Perth. Vocus competes with them': the subject of the
    rivalry against the companies named before it, in its own sentence ("Telstra and
    Optus added capacity, and Vocus competes with them") or else in the one before (a
    few, not a long list)."""
    before = [sp for sp in spans if sp.end <= s.start + m.start()]
    if before and _NEAR_GAP.fullmatch(s.text, before[-1].end - s.start, m.start()):
        subject, earlier = before[-1].name, before[:-1]
    elif before and before[0].start - s.start < 60:
        subject, earlier = before[0].name, []
    elif not before and main_company and _SUBJECT_PRONOUN.search(s.text[:m.start()]):
        subject, earlier = main_company, []
    else:
        return []
    them = [sp.name for sp in _dedupe_spans(earlier or previous) if sp.name != subject]
    return [(subject, name) for name in them] if 0 < len(them) <= 4 else []


def _against_its_owner(s: Sentence, before: list[Span]) -> list[tuple[str, str]]:
    """'Equinix leads; Digital Realty and NTT are its main challengers': the list of names
    right before the rivalry words against the company named before that list."""
    k = _list_start(s, before)
    listed = {sp.name for sp in before[k:]}
    owner = next((sp.name for sp in reversed(before[:k]) if sp.name not in listed), None)
    return [(owner, name) for name in sorted(listed)] if owner else []


# a relative clause between commas right before the rivalry word (and its verb)
_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|whose)\s[^,;]*,\s+(?:[a-z][\w-]*\s+){0,3}$")
# "Samsung joins TSMC and Intel in the race for ...": the one joining and the ones joined
_JOINS = re.compile(r"\s+(?:has\s+|have\s+|is\s+|now\s+|also\s+)*join(?:s|ed|ing)?\s+"
                    r"(?:rivals\s+|competitors\s+)?$")
_IN_THE = re.compile(r"\s+in\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")
_CONTEST = ("rac", "battl", "fight", "war", "duel", "contest")


def _joined_race(s: Sentence, m: re.Match[str], before: list[Span]) -> list[tuple[str, str]]:
    """Every pair of 'X joins Y and Z in the race': X and the companies it joins."""
    if len(before) < 2 or not m.group(0).lower().startswith(_CONTEST) or \
            not _IN_THE.fullmatch(s.text, before[-1].end - s.start, m.start()):
        return []
    k = _list_start(s, before)  # the list that ends with the name before "in the race"
    if k == 0 or not _JOINS.fullmatch(s.text, before[k - 1].end - s.start,
                                      before[k].start - s.start):
        return []
    names = list(dict.fromkeys(sp.name for sp in before[k - 1:]))
    return list(combinations(names, 2))


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
        if not _NAME_GAP.fullmatch(gap):
            return False
    return True


def _related(a: str, b: str, kb: KnowledgeBase, companies: CompanyIndex) -> bool:
    """True when one is a unit of the other ("Google Cloud" of "Google", AWS of Amazon):
    a company's own division is never its rival. A company bought by a rival (Oracle's
    "smaller rival Peoplesoft") may still be told as a rival."""
    ea = companies.entities[a].entry if a in companies.entities else None
    eb = companies.entities[b].entry if b in companies.entities else None
    if a.startswith(b + " ") or b.startswith(a + " "):
        return True
    # a unit, or a company's own venture arm ("Samsung Next" of Samsung Electronics)
    return bool(ea and ea.parent == b and (ea.unit or ea.sector == "vc")) or \
        bool(eb and eb.parent == a and (eb.unit or eb.sector == "vc"))

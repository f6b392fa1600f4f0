"""The words that tell an event: one pattern per event type (`TRIGGERS`), and rarer
phrasings checked only when one of their hint words is in the text (`RARE_TRIGGERS`).

`loaders.events` reads the clauses these find.
"""

from __future__ import annotations

import re

# capitalised words after a launch verb that name no product
_NOT_PRODUCT = (r"(?:January|February|March|April|May|June|July|August|September|October|"
                r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                r"The|A|An|This|That|These|Those|It|Its|Their|His|Her|Our|Plans?|Details|"
                r"Today|Tomorrow|Yesterday|Last|Next|Earlier|Later|New|Several|Two|Three|"
                r"Some|Many|More|Both|Each|Every|All|Other|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|"
                r"Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|St)\b")
# what a product told as a sentence's subject may be ("The tablet, unveiled at ...")
_PRODUCT_NOUN = (r"(?:car|phone|smartphone|chip|processor|model|device|console|laptop|tablet|"
                 r"handset|vehicle|SUV|robot|headset|watch|camera|drone|service|app|platform|"
                 r"system|software|product|gadget|computer|PC|TV|accelerator|server|GPU|CPU)")
# what two companies do together ("will build a plant, the two companies said")
_JOINT_WORK = (r"(?:build|develop|make|produce|open|set up|establish|create|launch|form|invest|"
               r"operate|design|manufacture|offer|sell|market|share|work|deploy|supply|explore|"
               r"research|co-\w+)")
# ... or that end a name of something else: "launched the Connected Climate Initiative"
_NOT_PRODUCT_END = "".join(f"(?<!{w})" for w in (
    "Initiative", "Program", "Programme", "Fund", "Foundation", "Campaign", "Challenge",
    "Coalition"))
# The lookaheads after \b (the first letters of the words) change no match: they let the
# regex engine pass over other positions quickly.
TRIGGERS: list[tuple[str, re.Pattern[str]]] = [
    ("acquisition", re.compile(
        r"\b(?=[abgmnopst])"
        r"(?:acquir(?:e|es|ed|ing)|acquisitions?|bought|buys|buying|buy|agreed to buy|"
        r"takeovers?|take over|took over|purchas(?:e|ed|es|ing)|snapped up|merg(?:er|e|ed|ing) "
        r"with|merger|sold|sells|sell|sale of|bid for|offer for|buyout|pay|paid|pays|bid|bids|"
        r"offered|offering|"
        r"(?:picks|picked|scoops|scoop|scooping|snap|snapping|gobble|gobbling|snatching|"
        r"scooped|snaps|gobbles|gobbled|snatch|snatches|snatched) up|nabs|nabbed|snags|snagged|"
        r"spin(?:s|ning)? off|spun off|"
        r"spin-off|merge|to merge)\b|"
        r"\b(?=[dost])(?:offload|divest|transfer|shift)\w*\s+(?:its|their)\b", re.I)),
    ("investment", re.compile(
        r"\b(?=[bcfiprsv])(?:invest(?:s|ed|ing|ment|ments)?|raised|raises|raising|funding round|"
        # money put into a unit: "a capital increase of $1 billion in its Mexican arm"
        r"capital (?:increase|injection)s?|"
        r"Series [A-H]\b|seed round|round of funding|"
        r"pour(?:s|ed|ing)? \S+|(?:spend(?:s|ing)?|commit(?:s|ted)?|pledg(?:e|es|ed)) "
        r"(?:(?:almost|about|around|nearly|roughly|up to|more than|over|some|another|"
        r"an additional|at least|a further)\s+){0,2}(?:(?:US)?[$€£¥₹₩]|Rs\b|[\d.,]+ (?:trillion|"
        r"billion|million|bn|tn|m) (?:euros|dollars|pounds|yen|yuan|rupees|won|rupiah|ringgit|"
        r"baht|riyals|dirhams|reais|rand|francs|kronor|krona)\b)|"
        r"valuation|valued at|backed by|(?:backing|funding|investment) from|stake in)\b|"
        r"\b(?=[bglns])(?:bag|get|nab|snag|land|secure)(?:s|d|ged|bed|ged)? "
        r"(?:(?:a|an|another|over|nearly|about|more than|up to)\s+)?(?:US)?[$€£¥₹][\d.,]+\s*"
        r"(?:million|billion|[mbk]n?)?\s+(?:in\s+(?:[\w-]+\s+){0,3}?(?:funding|financing|"
        r"capital|investment|round)|from|led by)\b|"
        r"[$€£][\d.,]+ ?(?:million|billion|[mb]n?) (?:funding )?round\b", re.I)),
    ("partnership", re.compile(
        r"\b(?=[abcdefijlmpstw])(?:partner(?:s|ed|ing|ship|ships)?|teamed up|team up|teams up|"
        r"teaming up|co-own(?:s|ed)? by|jointly (?:owned|built|developed) by|"
        # a company hired for a job: "Apple taps TSMC to make its chips", "picked Google
        # Cloud as its provider", "will supply Nvidia with memory"
        r"(?-i:(?:taps|tapped|selects|selected|chose|chooses|picks|picked|enlists|enlisted) "
        r"(?!Up\b)"
        r"(?=[A-Z])[\w.&-]+(?: [A-Z][\w.&-]*){0,3}"
        # ... or several: "picked Ericsson and Nokia to upgrade its network"
        r"(?:(?:,| and|, and| &) (?=[A-Z])[\w.&-]+(?: [A-Z][\w.&-]*){0,3}){0,3} (?:to|as|for)\b)|"
        r"(?:supply|supplies|supplied|supplying|provide|provides|provided|providing) "
        r"(?-i:(?=[A-Z]))[\w.&-]+(?: [A-Z][\w.&-]*){0,3} with\b|"
        r"(?:completed|built|finished|laid|developed|co-developed) their (?!own|respective|"
        r"separate)(?:[\w,-]+ ){0,5}?(?:cable|pipeline|project|network|satellite|consortium|"
        r"venture|standard)|"
        r"alliance|join(?:s|ed|ing)? forces|"
        r"merg(?:e|es|ed|ing) (?:their|the two(?: companies['’])?) (?:[\w-]+ ){0,3}?(?:units|"
        r"businesses|operations|divisions|services|arms)|collaboration between|"
        r"joint venture|collaborat(?:e|es|ed|ing|ion) with|"
        r"(?:sign(?:s|ed|ing)?|ink(?:s|ed)|str(?:uck|ike|ikes|iking)|seal(?:s|ed)?|"
        r"clinch(?:es|ed)?|agreed) (?:[\w$€£.,-]+ ){0,5}?"  # "struck an $11 billion deal"
        r"(?:agreements?|deals?|contracts?|pacts?|memorandum|MoU)|(?:agreements?|deal|pact|"
        r"contract) with|tie-up|tie up|"
        # the deal told before its verb: "a compute deal signed last year with X", "under a
        # supply agreement the two companies struck in May"
        r"(?:agreement|deal|pact|contract|memorandum(?: of understanding)?|MoU) "
        r"(?:(?:(?:it|they|the two (?:companies|firms|groups)|"
        # ... or the signer named: "under a deal Microsoft signed in 2022 with Ecotricity"
        r"(?-i:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2})) )?"
        r"(?:signed|struck|inked|sealed|reached)|(?:they|the two (?:companies|firms|groups)|"
        r"both companies) (?:confirmed|announced|finali[sz]ed|agreed)) (?:(?:[\w-]+ ){0,3}?with|"
        r"(?:in|on|last|this|earlier)\b)|"
        r"work(?:s|ed|ing)? (?:together|with)|working together)\b", re.I)),
    ("product_launch", re.compile(
        r"\b(?=[dilru])"
        r"(?<!at )(?<!-)(?:launch(?:es|ed|ing)?|unveil(?:s|ed|ing)?|introduc(?:e|es|ed|ing)|"
        r"releas(?:e|es|ed|ing)|debut(?:s|ed)?|reveal(?:s|ed|ing)?|rolled out|rolls out|roll out|"
        r"rolling out)"
        # up to five words before the product, none a verb or a word that opens a new phrase
        # ("at launch and will include products", "this release includes a number of features")
        r"\b\s+(?:(?:(?!(?i:and|or|but|will|would|can|could|is|are|was|were|has|have|had|includ\w*|"
        # (a word may be quoted or in brackets: 'its "pocket office" (3G) device')
        r"that|which|who) )(?:(?i:its |a |an |the |new |[\w-]+ |[\"“‘(][\w-]+ |[\w-]+[\"”’)] |"
        r"[\"“‘(][\w-]+[\"”’)] |"
        r"[a-z][\w-]*, ))){0,5}(?i:chip|processor|GPU|CPU|model|service|"
        r"platform|product|phone|smartphone|device|app|software|tool|car|vehicle|feature|"
        r"assistant|engine|system|accelerator|server|instance|API|version|edition|line|"
        r"chatbot|bot|robot|headset|computer|PC|handset|player|browser|chipset|gadget|notebook|"
        r"printer|TV|television|speaker|"
        r"family|lineup|suite|FPGA|SoC|framework|toolkit|SDK|database|architecture|"
        r"laptop|tablet|watch|console|drone|camera|glasses|subscription|update|upgrade)s?\b|"
        r"(?:(?i:its |a |an |the |"
        r"new ))*(?:[A-Z][\w.-]*\d|[a-z]+[A-Z][\w.-]*|[A-Z][a-z]+ \d[\w.]*|[A-Z]{2,}[\w.-]*)|"
        # a product told by a plain name: "unveiled Trillium, the sixth generation of its
        # TPUs", "introduced Rubin on Monday", "rolled out Alexa Plus to US customers" (not
        # a day, a month or an article; a person's given name is turned away in `_triggered`)
        r"(?:(?i:its |the |new ))*(?!" + _NOT_PRODUCT + r")(?P<product>[A-Z][a-z][\w-]*"
        # ... and a model word after its number: "the Xiaomi Mi 9 Pro", "iPhone 16 Pro Max"
        r"(?: (?!" + _NOT_PRODUCT + r")[A-Z][\w-]*){0,2}(?: \d[\w.]*(?: (?:Pro|Max|Plus|Ultra|"
        r"Mini|Lite|Air|SE|[A-Z]{1,3}\d?)){0,2})?)" + _NOT_PRODUCT_END +
        r"(?=\s?[,;.]|\s+(?:on|at|in|to|for|during|this|last|earlier|with|across|as|globally|"
        r"worldwide|today|yesterday)\b|\s*$)|"
        # ... or in quotes: "unveils low-cost 'Pro Max' laptops"
        r"(?:(?i:its |the |a |an |new |[a-z][\w-]*,? )){0,3}['‘\"“][A-Z][\w-]*(?: [\w-]+){0,2}"
        r"['’\"”](?! (?:campaign|slogan|initiative|programme|program|tour)))|"
        # a launch in a market ("is now launching in Japan"), not a founding ("the startup,
        # launched in Berlin in 2016", "was launched in")
        # (an occasion is none: "said at the launch in Bangkok", "spoke at a launch in")
        r"\b(?=[dlr])(?<!was )(?<!were )(?<!been )(?<!, )(?<!the )(?<!a )(?<!its )(?<!their )"
        r"(?:launch(?:es|ed|ing)?|debut(?:s|ed)?|"
        r"rolls out|rolled out)\s+in\s+(?!(?:January|February|March|April|May|June|July|August|"
        r"September|October|November|December|The|A|An)\b)(?=[A-Z])"),
    ),
]
# Rarer phrasings, each pattern tried only on text that holds one of its words (in the
# patterns above, every position of every flagged sentence would try them).
RARE_TRIGGERS: dict[str, tuple[tuple[str, ...], re.Pattern[str]]] = {
    # a buyout told as taking the company private (read in `deals`)
    "acquisition": (
        ("private",),
        re.compile(r"\b(?:take|takes|took|taking|taken)\s+(?:[\w.&'’-]+\s+){0,6}?private\b",
                   re.I)),
    "partnership": (
        ("ointly", "co-", "ooperat", "onsorti", "ombin", "pool", "licens", " they ", "compan",
         "built with", "developed with", "designed with", "created with", "anchor",
         "first tenant",
         "agreed with",
         "firms", "groups", "makers", "partners", "operators", "ollaborat", "elationship",
         " ties", "alliance", "chosen by", "selected by", "picked by", "tapped by", "hired by",
         "enlisted by"),
        re.compile(
            # "expanded their collaboration", "deepened its relationship with"
            r"\b(?:expand|extend|deepen|broaden|renew|strengthen)\w* (?:their|its|the|a) "
            r"(?:[\w-]+ ){0,2}?(?:collaboration|partnership|alliance|relationship|ties|"
            r"cooperation)\b|"
            # "TSMC was chosen by Apple to make ..."
            r"\b(?:was|were|has been|have been|had been) (?:chosen|selected|picked|tapped|"
            r"hired|enlisted) by (?-i:(?=[A-Z]))|"
            # work done together without the word "partner": "will jointly build", "agreed
            # to co-develop", "cooperate with", "formed a consortium", "pool their patents"
            r"\bjointly (?:[a-z]+ )?(?:build|develop|make|produce|operate|run|design|manufactur|"
            r"fund|invest|launch|creat|set up|establish|own|offer|market|sell|explor|research|"
            r"work|bid|acquir|buil)\w*|"
            r"\bco-(?:develop|invest|design|produc|build|engineer|fund|operat|manufactur|brand)"
            r"\w*|\bco-?operat(?:e|es|ed|ing) (?:with|on)\b|"
            r"\b(?:form|join|creat|set up|launch|lead|led)\w* (?:a|an|the) (?:[\w-]+ ){0,3}?"
            r"consortium\b|\bconsortium (?:including|comprising|made up of|of (?:companies|"
            r"firms))\b|"
            r"\b(?:combin|pool)(?:e|es|ed|ing|s)? (?:their|the two companies['’]?)|"
            r"\bcross-licens\w*|"
            # "the search technology has been licensed from X1", "licenses its modem from X"
            r"\blicen[cs](?:ed|es|ing) (?:[\w-]+ ){0,6}?from\b|"
            # work agreed together: "agreed with NEOM in February to develop the campus"
            # (not "agreed with Nvidia that demand ...")
            r"\bagreed with (?-i:(?=[A-Z])[\w.&-]+(?: [A-Z][\w.&-]*){0,3})(?:, [^,;]{3,60},)? "
            r"(?:(?:in|on|last|"
            r"this|earlier|late|early) [\w-]+ )?to (?:\w+ly )?" + _JOINT_WORK + r"\b|"
            # a site's anchor tenant: "has signed Google as its anchor tenant", "Oracle has
            # signed on as the anchor tenant", "opens Accra data centre with MTN as anchor"
            r"\b(?:as|is|was|became|becomes|been|be) (?:the |an |its |their |a |"
            r"(?-i:[A-Z]|[a-z]+[A-Z])[\w.&-]*(?-i: [A-Z][\w.&-]*){0,2}['’]s )?"
            r"(?:anchor(?: (?:tenant|customer|client)s?)?|first tenant)\b|"
            # work done with another company: "a region to be built with Safaricom", "an
            # assistant developed with Mistral AI" (not goods: "built with Nvidia chips")
            r"\b(?:built|developed|designed|created) (?:jointly )?with (?-i:(?=[A-Z])[\w.&-]+"
            r"(?: [A-Z][\w.&-]*){0,3})(?=\s*[,.;)]|\s*$|\s+(?:and|or|in|for|on|at|as|under|"
            r"since|last|this|to)\b)|"
            # two companies telling of one project: "Samsung SDI and Tesla will build a plant
            # in Austin, the two companies said", "X and Y said they would jointly ..."
            r"(?-i:\band (?=[A-Z])[\w.&-]+(?: [A-Z][\w.&-]*){0,3},?) (?:(?:will|would|plan to|"
            r"plans to|are to|agreed to|have agreed to|are going to|intend to|aim to|are set "
            r"to)\s+(?:\w+ly\s+)?" + _JOINT_WORK + r"\b[^;]*?,\s+the (?:two )?(?:companies|"
            r"firms|groups|carmakers|automakers|chipmakers|partners|operators) (?:said|say|"
            r"announced|confirmed)|(?:said|say|announced)\b[^;]{0,30}? they (?:will|would|plan "
            r"to|are to|have agreed to|agreed to|intend to)\s+(?:\w+ly\s+)?" + _JOINT_WORK +
            r")\b", re.I)),
    "investment": (
        ("round", "raise"),
        # "closed a 1.7 billion euro round led by ASML", "completed its Series B raise"
        re.compile(r"\b(?:closed|closes|completed|completes|secured|secures|landed|lands|"
                   r"announced|announces)\s+(?:a|an|its|their)\s+(?:[\w.,$€£¥₹-]+\s+){0,5}?"
                   r"(?:round|raise)\b", re.I)),
    "product_launch": (
        ("on sale", "shelves", "stores", "availab", ", unveiled", ", launched", ", introduced",
         ", debuted", ", released", ", first", ", which was", "wraps", " shipping ",
         " selling "),
        re.compile(
            # a product put on sale: "began shipping Blackhole Galaxy", "has started selling
            # its SN50 card", "is now shipping Bow Pod servers" (not "began selling shares",
            # "started shipping to China", "will begin shipping")
            r"\b(?:began|begins|begun|started|starts|now) (?:shipping|selling) (?:(?:its|their|"
            r"the|a|an|new|first) ){0,3}(?!" + _NOT_PRODUCT + r")(?:[A-Z]|[a-z]+[A-Z])|"
            # "took the wraps off the iPhone 17", "made Gemini 3 available to all users"
            r"\b(?:took|takes|taking|pulled|pulls) the wraps off\b|"
            r"\bmade (?:its |the )?(?-i:[A-Z])[\w.-]*(?: [\w.-]+){0,3} (?:generally |widely |"
            r"broadly )?available\b|"
            # the story company's product told as the subject: "The tablet, unveiled at a
            # Berlin trade fair, ..." (names no company: see `PRODUCT_SUBJECT`)
            r"^\s*(?:The|Its|Their)\s+(?:[\w-]+\s+){0,3}?" + _PRODUCT_NOUN + r"s?,\s+(?:which "
            r"was\s+|first\s+|officially\s+)?(?:unveiled|launched|introduced|debuted|released)\b"
            r"(?!\s+(?:by|in\s+\d{4}\b))|"
            # a product on sale: "Valve's handheld has gone on sale in Japan", "hits the shelves"
            r"\b(?:go|goes|went|gone|going) on sale\b|\bhit(?:s|ting)? (?:the )?"
            r"(?:shelves|stores)\b|"
            # "announced general availability of its search tool", "is now generally available"
            r"\b(?:announc\w+|reach(?:es|ed)?|hit|hits|enter(?:s|ed)?|mov(?:es|ed) (?:in)?to|"
            r"now in) (?:the )?general availability\b|"
            r"\b(?:is|are|became|becomes|become|now|made \w+) (?:now )?generally available\b"
            r"(?<!which is generally available)(?<!that is generally available)")),
}


# Supply deals told without a partner word, a partnership when two companies are named
# (tried only on the sentences `triggers` flags as "supply")
SUPPLY_DEALS = re.compile(
    # capacity let, ordered or bought from another company: "leased 40 MW from Digital
    # Realty", "rents its GPUs from CoreWeave", "has ordered 5,000 of Nvidia's chips",
    # "agreed to buy the output of a farm built by Enel", "signed up to use the campus"
    r"\b(?=[abehloprstw])(?:(?:leas(?:e|es|ed|ing)|rent(?:s|ed|ing)?) "
    r"(?:(?!(?:and|but|while|which|who|that)\b)[\w$€£.,%'’-]+ ){0,8}?(?:from|to) "
    r"(?:(?-i:[a-z])[\w-]* ){0,3}(?-i:(?=[A-Z]))|"
    r"ordered (?:(?:about|some|another|more than|nearly|up to|over) )?"
    r"(?-i:[$€£]?\d)[\d.,]*(?<![.,])|"
    r"ordered (?:[\w-]+ ){0,4}?(?:from|of) (?-i:(?=[A-Z]))|"
    r"(?:placed|booked|won|secured|landed) (?:[\w$€£.,-]+ ){0,4}?orders? "
    r"(?:for|from|with)|"
    # (not "won a contract to build": a customer, often a government, left unnamed)
    r"(?:announc|reach|enter)\w* (?:into )?(?:[\w$€£.,-]+ ){0,5}?"
    r"(?:agreements?|contracts?|deals?|pacts?) to (?:supply|provide|deliver|build|use|"
    r"lease|host|power|make|produce|develop|design|manufacture|run|operate|install|"
    r"deploy)|"
    r"(?:buy|buys|bought|buying|purchas\w*) (?:(?:all|most|some|part|much|half|a "
    r"(?:large |big |major )?share) of )?(?:the |its |their )?(?:[\w-]+ ){0,2}?(?:output|"
    r"(?:power|electricity|energy) (?:from|of))|"
    r"signed up (?:to (?:use|buy|take|lease|rent)|as (?:a |an |its )?(?:customer|tenant|"
    r"client|user))|"
    # work done for or with another company: "is helping Google design its chip",
    # "the plant it unveiled together with supplier ZF"
    r"help(?:s|ed|ing)? (?-i:[A-Z])[\w.&-]+(?: (?-i:[A-Z])[\w.&-]*){0,3} (?:to )?"
    r"(?:design|build|develop|make|manufacture|produce|deploy|run|operate|train)|"
    # ("Acme, together with its units, employs": no name follows)
    r"together with (?:(?-i:[a-z])[\w-]* ){0,3}(?-i:(?=[A-Z]))"
    r")\b", re.I)


# a site's anchor tenant (a partner of the site's operator, often left unnamed)
ANCHOR = re.compile(r"\b(?:as|is|was|became|becomes|been|be) (?:the |an |its |their |a |"
                    r"(?:[A-Z]|[a-z]+[A-Z])[\w.&-]*(?: [A-Z][\w.&-]*){0,2}['’]s )?"
                    r"(?:anchor|first tenant)\b")

PRODUCT_SUBJECT = re.compile(r"\s*(?:The|Its|Their)\s+(?:[\w-]+\s+){0,3}?" + _PRODUCT_NOUN +
                              r"s?,\s")


def rare(etype: str, text: str, pos: int = 0,
          endpos: int | None = None) -> re.Match[str] | None:
    """The first match of the type's rarer phrasings in text[pos:endpos], if any."""
    rare = RARE_TRIGGERS.get(etype)
    if rare is None or not any(h in text for h in rare[0]):
        return None
    return rare[1].search(text, pos, len(text) if endpos is None else endpos)


# a plan or a site called off, paused or put on hold: "has shelved plans for a campus",
# "put its Taylor plant on hold", "the project was paused indefinitely"
_PLAN = (r"(?:plans?|project|campus|campuses|data ?cent(?:er|re)s?|datacent(?:er|re)s?|plant|"
         r"factory|fab|facility|site|headquarters|HQ\d?|office|expansion|construction|"
         r"build-?out)")
CALLED_OFF = re.compile(
    r"\b(?=[acfhmprs])(?<!-)(?P<verb>shelv(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|"
    r"cancel(?:s|led|ed|ling|ing)?|abandon(?:s|ed|ing)?|halt(?:s|ed|ing)?|"
    r"suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|mothball(?:s|ed|ing)?|freez(?:e|es|ing)|froze|"
    r"call(?:s|ed|ing)? off|pull(?:s|ed|ing)? (?:out of|the plug on))\s+(?:(?:its|their|the|a|"
    r"an|all|work on|construction of|plans? for|plans? to \w+)\s+)*(?:[\w$€£.,-]+\s+){0,5}?"
    + _PLAN + r"\b|"
    r"\b(?=p)(?P<put>put(?:s|ting)?|placed|places)\s+(?:[^.;]{0,60}?\s)?" + _PLAN +
    r"\b[^.;]{0,30}?\bon (?:hold|ice)\b|"
    r"\b" + _PLAN + r"\b[^.;]{0,60}?\b(?:was|were|is|are|has been|have been|had been|"
    r"will be|would be)\s+(?:\w+ly\s+)?(?P<passive>shelved|scrapped|cancel(?:l)?ed|abandoned|"
    r"halted|suspended|paused|mothballed|frozen|called off|put on (?:hold|ice))\b", re.I)
# "could shelve", "threatened to halt", "has no plans to cancel", "denied it would scrap",
# "hopes to avoid pausing": no decision told
CALLED_OFF_NOT = re.compile(r"(?:\b(?:could|may|might|not|no|never|if|unless|whether|"
                            r"threaten\w*|consider\w*|weigh\w*|den(?:y|ies|ied)|avoid\w*|"
                            r"rul\w+ out|reject\w*|refus\w+)\b|n['’]t)(?:\s+\w+){0,3}\s*$",
                            re.I)

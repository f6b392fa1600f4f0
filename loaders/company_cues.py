"""Cues that find companies the knowledge base does not know.

A capitalised run of the text is offered as a company when its context says so: a legal
suffix, an apposition ("X, a chip startup"), a company noun before it ("chipmaker X"), a
deal ("acquired X"), a company head word ("Kestrel Labs"), a list of companies it stands
in. What turns an offered run down is in `loaders.not_companies`.
"""

from __future__ import annotations

import re

from loaders import english, geo, lexicon
from loaders.kb import KBEntry, KnowledgeBase
from loaders.not_companies import (
    AND_INSTITUTION,
    CLAUSE_START,
    ROLE_AFTER,
    ROLE_BEFORE,
    clean_name,
    looks_like_surname,
    not_a_company,
    overlaps,
    place_inside,
    plausible,
    rejected_word,
)

_LETTER = r"A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u017f"  # Latin letters, accented ones too
_TOKEN_REST = rf"[{_LETTER}0-9&'’\-]*(?:\.(?:ai|com|io|net|org|co)\b)?"
_CAP_TOKEN = rf"(?:[A-Z]{_TOKEN_REST}|[0-9]+[A-Za-z]+)"
# `\b{_CAP_TOKEN}(?:[ ](?:{_CAP_TOKEN}|&))*`, written to start with a character class
# (the \b becomes a look-behind after it): the regex engine then skips straight to
# capitals and digits instead of trying every position, twice as fast.
_NAME_GREEDY = re.compile(rf"[A-Z0-9](?<![\w][A-Z0-9])"
                          rf"(?:(?<=[A-Z]){_TOKEN_REST}|(?<=[0-9])[0-9]*[A-Za-z]+)"
                          rf"(?:[ ](?:{_CAP_TOKEN}|&))*")
# (and "the game publisher X", "X, the state-controlled power producer", "the regional
# utility X": nouns only these cues read as a company's)
_NOUNS = lexicon.COMPANY_NOUNS + "|utility|utilities|publisher|publishers|producer|producers"

# The last word before a name that can start one of the left-context cues below.
_LEFT_CUES = frozenset(_NOUNS.split("|")) | {
    "called", "named", "like", "as", "including", "acquired", "acquire", "acquires",
    "acquiring", "bought", "buy", "buys", "buying", "of", "in", "with", "by", "to", "from",
    "off", "and", "while", "include", "includes", "included", "are", "against", "owns", "for",
    "consultancy", "values", "valued", "founded", "co-founded", "cofounded", "up", "at"}
_NAME_GOES_ON = re.compile(r" (?:in|of|for|de|du|la) ([A-Z][\w-]*)")
_MODIFIER_TAILS = ("-based", "-headquartered", "-owned", "-backed", "-born", "-listed", "-made",
                   "-powered", "-led", "-funded", "-controlled")
_HYPHEN_LEAD = re.compile(r"^(?:(?:\S+ ){0,2}\S+-(?:based|headquartered|owned|backed|born|listed|"
                          r"made)\s+)+")
_LEGAL_WORDS = {"Inc", "Corp", "Ltd", "LLC", "PLC", "GmbH", "AG", "NV", "BV", "Co", "Corporation",
                "Incorporated", "Limited", "SpA", "Oyj", "ASA", "LLP", "LP"}
_SUFFIX_AFTER = re.compile(rf",?\s+(?:{lexicon.LEGAL_SUFFIX})(?![\w])")
# What an owner is called before its name ("trading house Mitsui", "holding company X")
OWNER_NOUNS = (r"company|group|firm|conglomerate|house|giant|operator|fund|investor|maker|"
                r"carrier|utility|chaebol|keiretsu|holding|parent")
_APPOSITION_AFTER = re.compile(
    # "Kestrel Systems, a Dutch company, said": a bare description (no "of", "at": not "Jo
    # Roe, the former head of Acme group, said") may come before "said"
    rf"\s?,\s+(?:a|an)\s+(?:(?!(?:of|at|for|with|in|from|by|to|on|and|which|that|who|whose|"
    rf"where|is|was|are|were|has|had|a|an|the)\s)[\w$.-]+\s+){{0,4}}?(?:{_NOUNS}),\s+"
    rf"(?:said|says|added|told)\b|"
    rf"\s?(?:,\s+|\(\s*)(?:a|an|the)\s+(?:(?!(?:which|that|who|whose|where|is|was|are|were|has|had|a|an|the)\s)"
    rf"[\w$.-]+\s+){{0,5}}?(?:(?:{_NOUNS})\b(?!-|['’]s\b|,?\s+(?:said|says|say|added|noted|told)\b"
    # (not "In most of the Bajio, the operators Megacanal fights": a plural before a name)
    rf"|(?<=s) [A-Z])|"
    rf"(?:unit|subsidiary|division|affiliate|arm) of\s+"
    # (the owner described first: "a unit of German conglomerate Siemens")
    rf"(?:(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{OWNER_NOUNS})\s+)?[A-Z])")
# An apposition that ranks the name in a place: "Silknet, Georgia's largest telecoms company",
# "Qorvex, Brazil's biggest data center operator" (the possessor must be a place: "Copilot,
# Microsoft's AI platform" is a product).
_PLACE_APPOSITION = re.compile(
    rf"\s?,\s+((?:[A-Z][\w.-]*\s){{0,2}}[A-Z][\w.-]*)['’]s\s+(?:[\w-]+\s+){{0,4}}?(?:{_NOUNS})\b"
    rf"(?!-|['’]s\b)")
_NOUN_BEFORE_LEFT = re.compile(
    rf"(?:\b(?!(?:services?|platforms?|enterprise)\b)(?:{_NOUNS})"
    rf"\s+(?:(?:called|named|like|such as|including)\s+)?|"
    rf"\b(?:[Cc]ustomers|[Cc]lients|[Pp]artners|[Ii]nvestors|[Bb]ackers|[Rr]ivals|[Bb]rands|"
    rf"[Pp]articipants|[Cc]ompetitors|[Cc]hallengers)\s+(?:include|includes|included|including|"
    rf"such as|like|are)\s+|"
    # a sentence opened by the list's noun: "Companies like Sunsea, Gigabyte and ..."
    rf"\b(?:Companies|Firms|Startups|Vendors|Suppliers|Players|Businesses|Manufacturers|"
    rf"Makers|Operators|Providers|Chipmakers|Carriers)\s+(?:like|such as|including)\s+|"
    rf"\w-(?:based|headquartered)\s+)$")
# The verbs of buying a company, for the deal cues below.
_BUY_VERBS = r"acquired|acquire|acquires|acquiring|bought|buy|buys|buying"
# a deal's target named after its kind: "bought engineering consultancy Altran"
_BOUGHT_KIND = re.compile(rf"\b(?:{_BUY_VERBS}|purchased|purchase of|acquisition of|takeover of)"
                          r"\s+(?:[\w-]+\s+)?consultancy\s+$")
_DEAL_BEFORE_LEFT = re.compile(
    rf"\b(?:{_BUY_VERBS}|purchase of|"
    r"acquisition of|takeover of|merger with|merge with|merged with|invest(?:ed|s|ing)? in|"
    # "invested $500 million in X", "led a $30 million round in X"
    r"invest(?:ed|s|ing)? (?:(?:US)?[$€£¥]\S+ (?:(?:million|billion|bn) )?)in|"
    r"(?:round|funding|investment) in|(?:deal|offer|round|bid) (?:values|valued)|"
    r"stake in|partner(?:ed|s|ing)? with|teamed up with|team up with|alliance with|deal with|"
    r"led by|backed by|owned by|(?:which|that) belongs to|belonging to|spun off from|sold to|"
    r"participation (?:from|of)|"
    # a company's chief: "Jane Doe, CEO of Korvane", "CTO and cofounder of Warung Pintar"
    r"(?:CEO|CTO|CFO|COO|chief (?:executive|technology|operating|financial|product) officer|"
    r"chief executive|co-?founder|cofounder|founder|managing director|general manager)"
    r"(?: and (?:co-?|chief )?(?:founder|executive|CEO|CTO))? (?:of|at)|"
    # (a vice president "at" a company; "of" is a department's: "vice president of Compute")
    r"(?:senior |executive )?vice president at|VP at|"
    # a company someone started: "co-founded Kestrel Labs", "set up Kingfisher Airlines"
    r"(?:co-?)?founded|set up|"
    r"sell to|funding from|spin(?:ning)? off|"
    r"spokes(?:person|man|woman) (?:for|at)|representative for|"
    r"(?:takeover|merger|acquisition|buyout) talks with|(?:takeover )?bid for|offer for|"
    r"(?:which|that) owns|"
    r"[Ss]hares of|[Ss]hares in|advised by|counsel(?:ed)? by|"
    # a rival: "competes with Symbotic", "vies with Qorvo", "a challenger to Groq"
    r"compet(?:e|es|ed|ing) (?:directly |head-to-head )?(?:with|against)|vies with|"
    r"vying with|challenger to|"
    # an owner: "a subsidiary of Nordwind Energy", "the parent company of Zentra"
    r"(?:unit|subsidiary|division|affiliate|arm|spin-?off|parent|parent company|owner) of)"
    r"\s+$")
# A deal's verb, then words that describe the target: "bought engineering consultancy X",
# "acquired the Dutch-born payments processor X" (each word checked to be no stopword).
_DEAL_DESCRIBED = re.compile(
    rf"\b(?:{_BUY_VERBS}|(?:purchase|acquisition|takeover) of)\s+"
    r"(?:the\s+|a\s+|an\s+)?((?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,3}[a-z][\w-]*\s+)$")
_DEAL_AFTER = re.compile(
    r"\s+(?:has |have |had |will |would |also |recently |previously |last year |"
    r"earlier this year )?(?:acquired|acquires|bought|buys|agreed to (?:buy|acquire)|raised|"
    r"raises|launched|launches|opened|opens|unveiled|unveils|invested|invests|partnered|"
    r"partners|signed|signs|plans to|is building|builds|built|operates|competes|advised|advises|"
    r"is in (?:advanced |early |exclusive )?talks|broke ground|"
    # what a company will do: "Morvik will build a data center in Oslo"
    r"(?:will|would|is set to|is to|aims to|intends to|is expected to|is due to) (?:build|"
    r"open|launch|acquire|buy|invest|expand|double|develop|construct|set up|establish|"
    r"add|spend|move|relocate)|"
    # what a company does to its sites and plans: "Morvik Compute paused work on ..."
    r"expanded|expands|is expanding|doubled|tripled|paused|halted|scrapped|shelved|"
    r"postponed|commissioned|switched on|topped out|leases|leased|rolled out|inked|"
    r"moved its|moves its|is moving its|relocated|relocates|is relocating|"
    r"declined to comment|did not (?:immediately )?(?:respond|reply|return)|"
    # a press release's opening: "Acme Networks today announced"
    r"today (?:announced|announces|unveiled|introduced|released|reported|completed|closed|"
    r"launched|opened|named|appointed)|"
    # what a company reports and makes: "Lumora posted a net loss", "Lumora supplies chips"
    r"(?:posted|reported|reports|posts) (?:(?:its|a|an|record|quarterly|annual|"
    r"(?:first|second|third|fourth)-quarter|full-year)\s+){0,2}(?:revenue|sales|profit|net|"
    r"loss|earnings|results)|supplied|manufactures|manufactured|produces|shipped|employs|"
    r"teamed up|is working with|works with|has (?:offices|an office|outposts) in|"
    r"(?:is|are|was) (?:partnering|teaming up|collaborating) with|collaborat(?:es|ed) with|"
    # "Aeon Computing is one of several partners"
    r"is one of (?:the |several |many |a few |a handful of |its |their |\w+ )*?(?:partners|"
    r"customers|clients|companies|firms|startups|suppliers|vendors|providers|investors|"
    r"backers|rivals|competitors|players)|"
    # "Recogni has a competitor in Mobileye", "Lumora faces stiff competition from"
    r"has (?:a |an )?(?:[\w-]+ )?(?:competitor|rival|challenger|competition)s? in|"
    r"(?:has|faces) (?:plenty of |stiff |fierce |tough |little |no )?competition(?=\.)|"
    r"fac(?:es|ed|ing) (?:[\w-]+ ){0,2}(?:competition|rivals|rivalry) from|"
    r"(?:began|started|begins|starts) (?:building|construction|production|work)|"
    r"acted as|shares (?:rose|fell|jumped|climbed|slid|dropped|gained|surged|tumbled)|"
    # a deal told by its noun: "Lumora completed its $40 million acquisition of", "said it
    # would acquire"
    r"(?:completed|closed|finalized|finalised|sealed|announced) (?:its|the) (?:[$€£][\d.,]+"
    r"(?:[- ](?:billion|million|bn|m|b))? )?(?:acquisition|purchase|takeover|buyout) of|"
    r"said (?:it |that it )(?:will|would|has agreed to|had agreed to|plans to) (?:acquire|buy))\b")
# (found from a capital after a small letter, the capitals' class first: the regex engine
# then skips to capitals, a few in a hundred characters, instead of trying every letter)
_SMALL_LEAD_HINT = re.compile(r"[A-Z](?<=[a-z][A-Z])")
_SMALL_LEAD = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z0-9]+(?:[ ][A-Z][\w&-]*)*")
# a subject described by lowercase words before its name: "Autonomous bus platform "
_DESCRIBED_SUBJECT = re.compile(r"(?:^|[.!?]\s+|\n)(?:[A-Z][a-z-]+\s+)?(?:[a-z][\w-]*\s+){1,3}$")
_AND_NAME = re.compile(r" and (?:[A-Z][\w.&'’-]*)(?: [A-Z][\w.&'’-]*){0,3}")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from|outside|to|of)\s+$")
# What is said only of a company that another owns: "X is majority-owned by", "X, which
# is controlled by", "X is a wholly owned subsidiary of", "X was taken private by", "X, now
# part of the Hitachi group"
_OWNED_AFTER = re.compile(
    r",?\s+(?:(?:which|that)\s+)?(?:is|was|has been|had been|became|becomes)\s+(?:now\s+)?"
    r"(?:(?:wholly|majority|partly|jointly)[- ])?(?:owned|controlled)\s+by\b|"
    r"\s+(?:is|was|became|has become)\s+(?:now\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:unit|subsidiary|division|affiliate)\s+of\b|"
    r"\s+was\s+taken\s+private\s+by\b|,\s+(?:now\s+)?part\s+of\s+(?:the\s+)?[A-Z]|"
    # bought: "Kestrel AI was acquired by Arm", "Vestrel, which was snapped up by Cisco"
    r",?\s+(?:(?:which|that)\s+)?(?:was|has been|had been|is being)\s+(?:later\s+|recently\s+|"
    r"eventually\s+)?(?:acquired|bought|purchased|snapped up|taken over)\s+by\s+(?:[A-Z]|the\b)|"
    r",\s+(?:which|that)\s+belongs\s+to\b|"
    # an apposition: "Velstar, owned by Norway's sovereign fund," / "Orvane (owned by ...)"
    r"\s?[,(]\s*(?:which is\s+)?(?:(?:wholly|majority|partly|jointly)[- ])?(?:owned|controlled)"
    r"\s+by\b")
_OWNED_STARTS = (", ", " is ", " was ", " has ", " had ", " became ", " becomes ", " (", ",", "(")
_TAKE_PRIVATE = re.compile(r"\b(?:took|take|takes|taking|to take)\s+$")
# After a possessive, what only a company has: "Nordwind Energy's cloud subsidiary"
_OWNS_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:unit|subsidiary|division|arm|parent|"
                         r"parent company|owner|chief executive|CEO|co-?founder|shares)\b")
# A unit named after its owner's word for it: "Nordwind's cloud subsidiary, Kestrel Data",
# "its data center arm, Orvella Data", "whose cloud arm Qoravia"
_UNIT_NAMED = re.compile(r"(?:['’]s|\bits|\btheir|\bwhose)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|"
                         r"division|arm|affiliate|spin-?off),?\s+$|"
                         # "its private equity owner, X", "its parent company, X", "run by a
                         # new unit, X" (not "the bakery's owner, Marta Kowalska": a person)
                         r"(?:['’]s|\b[Ii]ts|\b[Tt]heir|\bwhose)\s+(?:(?:[\w-]+\s+){0,2}?(?:equity|"
                         r"venture|corporate|investment)\s+(?:owner|backer|investor)|parent"
                         r"(?:\s+company)?),\s+$|"
                         r"\ba\s+new\s+(?:[\w-]+\s+)?(?:unit|subsidiary|division|arm),\s+$")
_UNIT_WORDS = frozenset({"unit", "subsidiary", "division", "arm", "affiliate", "spinoff",
                         "spin-off"})
# A name in a list of names: "Lux Capital, Uncork Capital, and AME".
# Right after an unknown name, what only a company has: a stock ticker "(NASDAQ: QRVT)", a
# chief or founder "Lumetra's CEO", an adviser's role "Crane & Webb as legal adviser".
_COMPANY_AFTER = re.compile(
    r"\s?\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|TSE|TYO|HKEX|KRX|SGX|Euronext|OTC\w*|BATS)\s*:\s*"
    r"[A-Z0-9.]{1,6}\)|['’]s\s+(?:CEO|chief executive|CFO|CTO|co-?founders?|founders?|shares|"
    r"stock|board of directors|spokes(?:person|man|woman))\b|"
    # what only a company owns: "Lumora's new data center", "Lumora's quarterly revenue"
    r"['’]s\s+(?:(?:new|planned|proposed|first|second|third|latest|largest|biggest|main|"
    r"flagship|existing|own|annual|quarterly|global|market)\s+){0,2}(?:data[ -]?cent(?:er|re)s?|"
    r"plants?|fabs?|factory|factories|headquarters|campus(?:es)?|revenues?|sales|profits?|"
    r"net (?:income|loss)|customers|clients|employees|workforce|IPO|valuation|market share|"
    r"takeover|(?:takeover |buyout |acquisition )?(?:bid|offer)|acquisition of|purchase of|"
    r"market value|earnings|subsidiaries)\b|"
    r",?\s+(?:acted |served )?as (?:the |a |its |their )?(?:lead |sole |exclusive )?"
    r"(?:legal|financial) (?:advis[eo]rs?|counsel)\b")
# Before a research or consulting firm cited as the source of a figure or a view.
SOURCE_BEFORE = re.compile(
    r"(?:\b(?:according to|research|report|study|survey|analysis|data|estimates|figures|"
    r"forecasts?|poll)\s+(?:(?:from|by|at|of)\s+)?|\b(?:analyst|analysts|research|"
    r"consulting|advisory|market research|market-research|consultancy)\s+(?:firm|house|"
    r"company|group)\s+|\bconsultancy\s+|\banalysts? (?:at|with|from)\s+)(?:the\s+)?$")
# A company's own services or tools, or native ones, list products: "GCP services like".
_PRODUCT_CUE = re.compile(
    r"(?:\b(?:its|their|our|native)\s+|[A-Z][\w.]*\s+)(?:[\w-]+\s+)?(?:services?|platforms?|"
    r"products?|tools?|apps?)\s+(?:like|such as|including)\s+$")
# The last word before a name that can end `SOURCE_BEFORE` / `_PRODUCT_CUE` (checked
# first: those patterns cannot skip ahead to a literal, and most runs have neither).
_SOURCE_LAST = frozenset({
    "from", "by", "at", "of", "with", "to", "the", "firm", "house", "company", "group",
    "consultancy", "research", "report", "study", "survey", "analysis", "data", "estimates",
    "figures", "forecast", "forecasts", "poll"})
_PRODUCT_CUE_LAST = frozenset({"like", "as", "including"})
# What is said only of a company right after its name: "Lumora CEO Jane Doe", "Lumora,
# founded in 2019,", "Lumora, whose customers include", "Lumora is a Lisbon-based provider
# of", "Lumora is one of the largest data center operators" (not "a startup founder").
_FIRM_NOUNS = ("company|firm|startup|start-up|maker|chipmaker|manufacturer|provider|operator|"
               "developer|vendor|supplier|retailer|conglomerate|unicorn|subsidiary|spinoff|"
               "spin-off|carrier|telco|foundry|hyperscaler|outfit|corporation")
_SAID_OF_COMPANY = re.compile(
    r"\s+(?:CEO|chief executive|co-?founder|founder|president|CFO|CTO|spokes(?:person|man|woman))"
    r"\s+[A-Z][a-z]|"
    r",\s+(?:which was |that was )?founded in (?:\d{4}|[A-Z])|"
    # "A Lumora spokesperson said", "Lumora, which is listed in Tokyo", "which went public",
    # "Lumora (formerly Vestrel Data)"
    r"\s+spokes(?:person|man|woman)\s+(?:said|says|told|declined|confirmed|did not|didn['’]t)\b|"
    r",\s+which (?:is|was) (?:listed|publicly traded|traded) (?:on|in) (?:the )?[A-Z]|"
    r",\s+which went public\b|"
    r"\s+\(formerly\s+(?:known as\s+)?[A-Z]|"
    r",\s+which (?:makes|sells|operates|designs|builds|develops|provides|supplies|"
    r"manufactures|produces|offers|owns)\s+[a-z]|"
    # "Quorvant, which in May raised $80 million": people raise no rounds
    r",\s+which\s+(?:in \w+\s+|last \w+\s+|earlier this \w+\s+|recently\s+|has\s+|had\s+|"
    r"so far\s+|to date\s+|already\s+|also\s+)*"
    r"(?:raised|secured|closed|landed|bagged|nabbed)\s+(?:an?\s+)?(?:[$€£]\s?\d|"
    r"\d+(?:\.\d+)?\s+(?:million|billion))|"
    r",\s+whose (?:customers|clients|backers|investors|shareholders|products|chips|servers|"
    r"data cent(?:er|re)s|software|services)\b|"
    r"\s+(?:is|was|has been|remains|became)\s+(?:now\s+)?(?:a|an|the|one of the)\s+"
    r"(?:(?!(?:which|that|who|whose|where|is|was|a|an|the|of|for|in)\s)[\w$.-]+\s+){0,5}?"
    rf"(?:{_FIRM_NOUNS})s?\b(?!-|['’]s\b|\s+(?:founder|executive|investor|veteran|engineer|"
    r"analyst|CEO|chief|boss|insider|lawyer)s?\b)")
_SAID_STARTS = (" CEO", " chief", " co", " founder", " president", " CFO", " CTO", " spokes",
                " (formerly",
                ", founded", ", which", ", that was", ", whose", " is ", " was ",
                " has been", " remains", " became")
# A chief's title inside a run of capitalised words, between the company and the person.
_CHIEF_TITLES = frozenset({"CEO", "CFO", "CTO", "COO", "Chief", "Founder", "Co-founder",
                           "Cofounder", "Co-Founder"})
_RANK_WORDS = frozenset({"Vice", "Former", "Deputy", "Acting", "Interim", "Senior", "Executive",
                         "Assistant", "Associate", "General", "The", "Our", "Its", "Their"})
_COMPANY_AFTER_STARTS = (" (", "(", "'s", "’s", " as ", ", as ", " acted ", ", acted ",
                         " served ", ", served ")
_LIST_NEIGHBOUR = re.compile(r"[A-Z][\w.&-]*(?:,| and| &)\s+(?:and\s+)?$")
_LIST_NEIGHBOUR_AFTER = re.compile(r"(?:,|\s+and|\s+&)\s+(?:and\s+)?[A-Z]")
# A company noun opening a sentence is capitalised into the name run: "Startup Orvella said".
_NOUN_LEADS = frozenset({"Startup", "Startups", "Start-up", "Chipmaker", "Automaker", "Carmaker",
                         "Rival", "Rivals", "Competitor", "Competitors"})
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
# An apposition that makes the name a product: "Xyz Desktop, a cloud-based service that".
_PRODUCT_APPOSITION = re.compile(
    rf"\s?(?:,\s+|\(\s*)(?:a|an|the)\s+(?:(?!(?:{_NOUNS})\b(?!-))[\w$.-]+\s+){{0,4}}?(?:service|platform|app|"
    r"application|tool|"
    r"product|feature|model|framework|library|language|protocol|standard|format|chip|"
    r"processor|device|phone|console|game|browser|assistant|chatbot)\b"
    r"(?!\s+(?:provider|company|firm|maker|startup|vendor|developer|operator|business))")
_POSSESSIVE_NOUN = re.compile(
    # "Alphabet's self-driving unit", "Orange's data center arm"
    r"^['’]s\s+(?:[a-z][\w-]*\s+){1,2}(?:unit|subsidiary|division|arm|business)\b|"
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
_STRONG_VERB = re.compile(
    r"^\s+(?:Inc|Corp|Ltd|said|says|announced|announces|reported|launched|launches|unveiled|"
    r"opened|opens|acquired|acquires|bought|buys|plans|invested|invests|agreed|confirmed|"
    r"declined|introduced|released|employs|competes|rivals|sells|shipped|hired|posted|told|"
    r"owns|operates|raised|revealed|expects|added|built|builds|will|has|is|was|began|begins|"
    r"made|makes|won|wins|sold|took|takes|plans|aims|wants|faces|says|owns|runs|offers|uses|"
    r"holds|leads|needs|remains|continues|counts|tops|beats|trails|races|vies|battles|"
    r"challenges|outpaces|overtakes|\w+ed|"
    # a headline's present tense: "Meta releases", "Apple taps", "Cohere bags $500M"
    r"releases|rolls|debuts|taps|bags|inks|signs|joins|teams|partners|picks|hires|sues|"
    r"snaps|nabs|scoops|ships|slashes|unleashes|readies|bets|pours|pledges|secures|lands|"
    r"files|axes|trims|halts|pauses|delays|doubles|triples|expands|enters|exits|quits|"
    r"agrees|closes|completes|raises|unveils|names|appoints|warns|cuts|"
    # "Apple broke ground on a campus", "Amazon held a groundbreaking", "Synvera Holdings
    # is in advanced talks"
    r"broke ground|breaks ground|held|holds|is in (?:advanced |early |exclusive )?talks)\b|"
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
STAFF_ROLE = (r"(?:CEO|CFO|CTO|COO|chief executive|chief \w+ officer|chief \w+|founder|"
              r"co-founder|cofounder|president|vice president|VP|executive|engineer|"
              r"spokes(?:person|man|woman)|chairman|chairwoman|director|manager|"
              r"head of \w+(?: \w+)?)")
_CONTEXT_BEFORE = re.compile(
    rf"(?:\b(?:{_NOUNS})|shares of|acquire|acquired|buy|bought|owns|invest in|partnered with|"
    rf"with|(?:unit|subsidiary|division|arm|part|owner|parent) of|"
    rf"versus|vs\.?|against|like|such as|including|from|by|and|or|between|"
    # a rival: "a serious threat to Meta", "has overtaken Apple", "competitor to Amazon"
    rf"(?:rivals?|competitors?|challengers?|threat|alternative|answer)\s+(?:to|of)|"
    # "its main competitor is Snowflake", "rivals include Box", "taking on Snowflake"
    rf"(?:rivals?|competitors?|challengers?)\s+(?:is|are|include|includes|such as)|"
    rf"(?:tak(?:e|es|ing)|took)\s+on|head-to-head with|"
    rf"competition (?:from|with)|compet\w* (?:with|against)|overt(?:ook|aken|akes)|"
    rf"outs(?:old|ells?|elling)|ahead of|behind|unseat|dethrone|topple|aim at|"
    # a deal's other side: "snaps up Slack", "nabbed Figma", "tapped Samsung", "chose Arm"
    rf"(?:snap|scoop|gobble)(?:s|ped|bed|ed)?\s+up|nab(?:s|bed)?|tap(?:s|ped)|"
    # "with local partner STC", "its joint-venture partner Zentra"
    rf"partner|partners|"
    rf"pick(?:s|ed)|cho(?:se|oses?)|"
    rf"{STAFF_ROLE}\s+(?:at|of))\s+$")


ADVERBS = {"Indeed", "Still", "Instead", "Overall", "Notably", "Moreover", "Also", "Finally",
           "Similarly", "Additionally", "Separately", "Ultimately", "Meanwhile", "However",
           "Importantly", "Crucially", "Next", "Now", "Then", "Today", "Square", "Box",
           "Together", "First", "Second", "Third", "Fourth", "Fifth", "Plus", "Again",
           "Yesterday", "Earlier", "Later", "Elsewhere", "Likewise", "Otherwise"}


def _strong_cue_after(text: str, end: int) -> bool:
    """Whether what follows a name says only a company can be meant: a legal suffix
    ("Quillon Ltd") or an apposition ("Quillon, an Israeli software startup"). Such a cue
    makes a small town's name a company (`plausible(..., strong=True)`)."""
    return bool(_SUFFIX_AFTER.match(text, end) or text.startswith(",", end) and
                _APPOSITION_AFTER.match(text, end))


# "Amazon, meanwhile, has built": an aside between the name and its verb
_ASIDE = re.compile(r"\s?,\s+(?:meanwhile|however|too|though|in turn|for its part|by contrast|"
                    r"in contrast|likewise|similarly|separately|instead|for now|so far),(?=\s)")


def has_company_context(text: str, start: int, end: int) -> bool:
    aside = _ASIDE.match(text, end) if text.startswith((",", " ,"), end) else None
    if aside:
        end = aside.end()
    after = text[end:end + 40]
    before = text[max(0, start - 30):start]
    return bool(_POSSESSIVE_NOUN.match(after) or _STRONG_VERB.match(after)
                or _possessive_site(text, end)
                or _NOUN_AFTER.match(after) or _CONTEXT_BEFORE.search(before))


# a rival named after a rivalry verb: "competes with Penang's Inari Amertron", "vies with
# X and with Taiwan's Y" (the verb in the same sentence, the name right after "with")
_RIVAL_BEFORE = re.compile(r"\b(?:compet(?:es|ed|ing|e)|vies|vying|vied)\s+(?:with|against)\b"
                           r"[^.;!?]*\b(?:with|against)\s+$|"
                           r"\b(?:compet(?:es|ed|ing|e)|vies|vying|vied)\s+(?:with|against)\s+$")
_SOLD_TO = re.compile(r"\b(?:sold|sell|sells|selling|agreed to sell)\b[^.;]{0,45}\bto\s+$")
_POSSESSOR = re.compile(r"((?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)['’]s\s+$")


def _name_goes_on(text: str, end: int, words: list[str]) -> bool:
    """Whether a one-word run is the start of a name that goes on past a small word
    ("Research in Motion"), not a name and its place ("Korvane of Oslo")."""
    m = _NAME_GOES_ON.match(text, end) if len(words) == 1 else None
    return m is not None and m.group(1) not in geo.cities() and \
        m.group(1) not in geo.countries() and m.group(1) not in geo.subdivisions()


def _place_possessive(left: str) -> bool:
    """Whether `left` ends with a place's possessive ("Taiwan's ", "South Korea's ",
    "Penang's ")."""
    m = _POSSESSOR.search(left)
    if m is None:
        return False
    words = m.group(1).split()
    return any(" ".join(words[i:]) in geo.countries() or " ".join(words[i:]) in geo.cities()
               or " ".join(words[i:]) in geo.subdivisions() for i in range(len(words)))


# "Acme Networks, the leader in optical interconnects, today announced"
# A unit told by its owner's possessive: "Kestrel Data, Infosys's cloud arm,"
UNIT_APPOSITION = re.compile(r"\s?,\s+(?:(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s?|its|"
                             r"their|the company['’]s)\s+(?:[\w-]+\s+){0,3}?(?:unit|subsidiary|"
                             r"division|arm|affiliate|business)\b")
_LEADER_APPOSITION = re.compile(r"\s?,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:leader|pioneer|"
                                r"innovator)\s+in\s+[^,.;]{3,80},\s+(?:today|has|will|is|was|"
                                r"announced|said|launched|unveiled|opened)\b")


# "LG Card, the country's biggest credit card provider," "Qorvane, the world's largest
# maker of optical parts,"
_RANKED_APPOSITION = re.compile(
    rf"\s?,\s+the\s+(?:country|nation|world|region|continent|kingdom|island|state|city)['’]s\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_NOUNS})\b(?!-|['’]s\b)")


def _place_apposition(text: str, end: int) -> bool:
    if _RANKED_APPOSITION.match(text, end):
        return not ROLE_AFTER.match(text, end)
    m = _PLACE_APPOSITION.match(text, end)
    if m is None or ROLE_AFTER.match(text, end):
        return False
    place = m.group(1)
    return place in geo.countries() or place in geo.cities() or place in geo.subdivisions()


def unknown_companies(text: str, taken: list[tuple[int, int]], kb: KnowledgeBase,
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
        name = clean_name(raw)
        if not plausible(name, kb, strength >= 1.0) or name in accepted:
            return
        if len(name.split()) in (2, 3) and strength < 1.0 and \
                name.split()[-1] not in lexicon.COMPANY_HEADS and (
                ROLE_BEFORE.search(text, max(0, start - 20), start)
                or ROLE_AFTER.match(text, start + len(raw))):
            return  # a person: "analyst Shane Rau", "Jo Roe, the chief executive" (not
            # "investor Marlow Capital": no person's name ends in a company's head word)
        if strength < 1.0 and " " not in name and looks_like_surname(text, name):
            return
        if strength < 1.0 and _PRODUCT_OF.match(text, start + len(raw)):
            return  # "buy Roomba maker iRobot": a product named before its maker
        if AND_INSTITUTION.match(text, start + len(raw)):
            return  # "the US Securities and Exchange Commission"
        if not_a_company(text, name, start, start + len(raw), strength, kb):
            return
        offset = start + raw.find(name) if name in raw else start
        if overlaps(taken, offset, offset + len(name)) and not (
                (strength >= 0.8 or " " in name and name.split()[-1] in lexicon.COMPANY_HEADS)
                and place_inside(text, taken, place_spans or set(), offset,
                                                  offset + len(name))) and not (
                strength >= 1.0 and (offset, offset + len(name)) in (place_spans or ()) and
                not _PLACE_BEFORE.search(text, max(0, offset - 12), offset)):
            # (a place name with a company's apposition, "Quillon, an Israeli software
            # startup", is the company; not after "in", "near", "from"; a place inside a
            # name that ends in a company's head word is part of it: "Korea Development Bank")
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
        if (start, end) in known and not _SUFFIX_AFTER.match(text, end) and not (
                place_spans and (start, end) in place_spans and _strong_cue_after(text, end)):
            continue  # (but "Quillon, an Israeli startup": a town's name, a company's cue)
        raw = m.group(0)
        if text.startswith(".", end) and raw[-2:-1] == " " and _SUFFIX_AFTER.match(
                text, end - 2):  # "Lunaria Pagos S.A.": the run ends in the suffix's letter
            raw, end = raw[:-2], end - 2
        lead = _HYPHEN_LEAD.match(raw)
        if lead:  # "Georgia-based FSLogix": the name starts after the place
            raw, start = raw[lead.end():], start + lead.end()
            if not raw:
                continue
        if raw.endswith(_MODIFIER_TAILS):
            continue  # "AI-based", "Korvane-backed": a word describing what follows
        words = raw.split()
        if raw in ADVERBS and text.startswith(",", end):
            continue  # "Indeed, the company has ...": an adverb, not "X, the company"
        owned = next((i for i, w in enumerate(words[:3]) if w.endswith(("'s", "’s"))), -1) \
            if "'s " in raw or "’s " in raw else -1
        if 0 <= owned < len(words) - 1 and words[owned][:-2] not in accepted and \
                _place_possessive(" ".join(words[:owned + 1]) + " ") \
                and ((len(words) == owned + 2 or words[-1] in lexicon.COMPANY_HEADS) and (
                    _DEAL_BEFORE_LEFT.search(text, max(0, start - 40), start)
                    or _SOLD_TO.search(text, max(0, start - 60), start)
                    or _DEAL_AFTER.match(text, end))
                     or len(words) <= owned + 3 and
                     _RIVAL_BEFORE.search(text, max(0, start - 160), start)):
            cut = len(" ".join(words[:owned + 1])) + 1  # "sold its arm to Taiwan's BenQ",
            consider(raw[cut:], start + cut, 0.8)  # "Germany's Qelvio signed": a company
            continue
        if words[0].endswith(("'s", "’s")) and (
                _COMPANY_AFTER.match(text, start + len(words[0]) - 2)
                or len(words) > 1 and _NOUN_BEFORE_LEFT.search(text, max(0, start - 40), start)):
            # (also "AI chemistry startup PostEra's Moonshot Project": its noun before it)
            consider(words[0][:-2], start, 0.9)  # "Lumetra's CEO"
            continue
        if raw.endswith(("'s", "’s")) and _OWNS_AFTER.match(text, end):
            consider(raw[:-2], start, 0.9)  # "Nordwind Energy's cloud subsidiary"
            continue
        num = _NUM_TAIL.match(text, end) if text[end + 1:end + 2].isdigit() else None
        if num and (_SUFFIX_AFTER.match(text, num.end()) or _NUM_APPOSITION.match(
                text, num.end()) and not _PRODUCT_APPOSITION.match(text, num.end())):
            consider(raw + num.group(0), start, 1.0)  # "Level 5, the self-driving unit"
            continue
        title_at = next((i for i, w in enumerate(words[1:-1], 1) if w in _CHIEF_TITLES), 0) \
            if len(words) > 2 and not _CHIEF_TITLES.isdisjoint(words) else 0
        if title_at and words[0] not in _RANK_WORDS:
            consider(" ".join(words[:title_at]), start, 0.9)  # "Lumora CEO Jane Doe"
            continue
        if len(words) == 1 and rejected_word(raw, kb) and (
                rejected_word(raw, kb, True) or not _strong_cue_after(text, end)):
            continue  # "The", "Earlier": every rule below would offer `consider` this word
        if len(words) >= 2 and words[0] in _NOUN_LEADS and \
                CLAUSE_START.search(text, max(0, start - 40), start):
            cut = raw.index(" ") + 1  # "Startup Orvella" -> "Orvella", cued by its noun
            consider(raw[cut:], start + cut, 1.0)
            continue
        if len(words) >= 2 and words[-1] in _SUBJECT_HEADS and \
                words[0] not in lexicon.NOT_NAMES and _REPORTING_AFTER.match(text, end) and \
                CLAUSE_START.search(text, max(0, start - 40), start):
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
            if not ROLE_AFTER.match(text, end):  # "Shane Rau, an analyst with firm IDC"
                consider(raw, start, 1.0)
            continue
        if text.startswith((",", " ,"), end) and (
                _place_apposition(text, end) or _LEADER_APPOSITION.match(text, end)
                or UNIT_APPOSITION.match(text, end)):
            consider(raw, start, 1.0)  # "Silknet, Georgia's largest telecoms company"
            continue
        if text.startswith((",", " ,"), end) and (
                start == 0 or text.endswith((". ", "\n"), 0, start)) and \
                _RAISED_WORDS.search(text, end, end + 260) and \
                _RAISED_AFTER_APPOSITION.match(text, end):
            consider(raw, start, 1.0)  # "Webflow, a no-code website platform, has raised $140M"
            continue
        if text.startswith(_SAID_STARTS, end) and _SAID_OF_COMPANY.match(text, end):
            consider(raw, start, 0.9)  # "Lumora CEO Jane Doe", "Lumora is a Lisbon-based
            continue  # provider of cooling systems"
        if text.startswith(_COMPANY_AFTER_STARTS, end) and _COMPANY_AFTER.match(text, end):
            consider(raw, start, 0.9)  # "Quorvant (NASDAQ: QRVT)", "Lumetra's CEO"
            continue
        if text.startswith(_OWNED_STARTS, end) and _OWNED_AFTER.match(text, end) or \
                text.startswith(" private", end) and \
                _TAKE_PRIVATE.search(text, max(0, start - 30), start):
            consider(raw, start, 0.9)  # "Zentra Data is majority-owned by", "took X private"
            continue
        left = text[max(0, start - 40):start]
        last = left.rstrip().rpartition(" ")[2].lower()
        if (last.endswith(",") or last in _UNIT_WORDS) and _UNIT_NAMED.search(left):
            consider(raw, start, 0.8)  # "its data center arm, Orvella Data, ...", "whose
            continue  # cloud arm Qoravia opened"
        if text.startswith(" and ", end) and CLAUSE_START.search(left):
            other = _AND_NAME.match(text, end)  # "Lumora and Vestrel signed a deal"
            if other and (_DEAL_AFTER.match(text, other.end())
                          or _FUNDING_AFTER.match(text, other.end())):
                consider(raw, start, 0.7)
                continue
        if last not in _LEFT_CUES and last.isalpha() and last.islower() and (
                "acqui" in left or "bought" in left or "buy" in left or " of " in left
                or start > 40 and "acqui" in text[start - 72:start - 30]):
            # (a longer description reaches past `left`: "the acquisition of open-source
            # AI software expert Nod.ai")
            described = _DEAL_DESCRIBED.search(text, max(0, start - 72), start)
            if described and not any(w in english.STOPWORDS for w in described.group(1).split()):
                consider(raw, start, 0.8)  # "bought engineering consultancy Zentrix"
                continue
        if last not in _LEFT_CUES and not last.endswith(("-based", "-headquartered")):
            if len(words) >= 2 and words[-1] in lexicon.COMPANY_HEADS and \
                    words[0] not in lexicon.NOT_NAMES and (
                        text.count(raw) > 1 or _LIST_NEIGHBOUR.search(left)
                        or _LIST_NEIGHBOUR_AFTER.match(text, end)):
                consider(raw, start, 0.9)
            elif (_DEAL_AFTER.match(text, end) or _FUNDING_AFTER.match(text, end)) and \
                    CLAUSE_START.search(left):
                consider(raw, start, 0.7)
            continue
        if last == "consultancy" and _BOUGHT_KIND.search(left):
            consider(raw, start, 0.8)  # "it bought engineering consultancy Altran": a target
            continue
        if last in _SOURCE_LAST and SOURCE_BEFORE.search(left) or \
                last in _PRODUCT_CUE_LAST and _PRODUCT_CUE.search(left):
            continue  # "analyst firm TBR", "a survey from Xyz Labs": a source, not an actor;
            # "its tools like Xyz": a product (so are "services like", "platform" cues)
        if _NOUN_BEFORE_LEFT.search(left):
            consider(raw, start, 0.8)
        elif (_DEAL_BEFORE_LEFT.search(left) or last == "to" and _SOLD_TO.search(
                text, max(0, start - 60), start)) and not _name_goes_on(text, end, words):
            consider(raw, start, 0.7)  # "sold its handset unit to BenQ" (not "Research" of
            # "co-CEO of Research in Motion": the name goes on past a small word)
        elif (_DEAL_AFTER.match(text, end) or _FUNDING_AFTER.match(text, end)) and \
                CLAUSE_START.search(left) or _FUNDING_AFTER.match(text, end) and \
                _DESCRIBED_SUBJECT.search(left):
            consider(raw, start, 0.7)  # (also "Autonomous bus platform Navya raised $33M")
        elif len(words) >= 2 and words[-1] in lexicon.COMPANY_HEADS and \
                words[0] not in lexicon.NOT_NAMES and (
                    text.count(raw) > 1 or _LIST_NEIGHBOUR.search(left)
                    or _LIST_NEIGHBOUR_AFTER.match(text, end)):
            consider(raw, start, 0.9)  # "Orvella Systems", "Kestrel Labs"
    # A name that opens with a small letter ("dLocal", "ePLDT"): the strong cues only, a
    # legal suffix or a company's apposition ("iPhone, the smartphone" is no company)
    for hint in _SMALL_LEAD_HINT.finditer(text):
        k = hint.start() - 1  # (a capital after a small letter: where such a name may start)
        if k and text[k - 1].isalpha():
            k -= 1
        small = _SMALL_LEAD.match(text, k)
        if small is None or k and (text[k - 1].isalnum() or text[k - 1] in ".@/#-_"):
            continue
        start, end = small.span()
        suffix = _SUFFIX_AFTER.match(text, end)
        if suffix:
            consider(small.group(0) + suffix.group(0), start, 1.0)
        elif _APPOSITION_AFTER.match(text, end) and not _PRODUCT_APPOSITION.match(text, end) \
                and not ROLE_AFTER.match(text, end):
            consider(small.group(0), start, 1.0)
    # A multi-word unknown name is later shortened to its first word: "Qualtrics" (also
    # where a cue found the short form on its own: "Kestrel raised" after "Kestrel
    # Robotics", unless two names share the word).
    longer: dict[str, set[str]] = {}
    for name in found.values():
        if " " in name:
            longer.setdefault(name.split()[0], set()).add(name)
    for name in list(found.values()):
        first = name.split()[0]
        if len(name.split()) > 1 and len(first) >= 4 and first not in lexicon.NOT_NAMES and \
                first not in _GENERIC_LEADS and \
                first not in accepted and first not in geo.cities() and \
                first not in geo.countries() and _alone(text, first, name.split()[1]):
            if found.get(first) == first and len(longer[first]) == 1:
                found[first] = name
            found.setdefault(first, name)
    for start, end in _listed_with_companies(text, runs, accepted, found):
        consider(text[start:end], start, 0.8, long_ok=True)
    return found


# First words many companies' names share: no short form ("Grupo" of "Grupo Televisa" is
# not "Grupo Salinas")
_GENERIC_LEADS = frozenset({"Grupo", "Groupe", "Gruppo", "Banco", "Banca", "Banque", "Bank",
                            "Compagnie", "Compañía", "Corporación", "Industrias", "Société",
                            "Sociedad", "Empresas", "Organización", "Holding"})
# Between two items of a list of names: "Lux Capital, Uncork Capital, and AME".
_LIST_SEP = re.compile(r" ?,\s+(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+")  # (" , ": a link was there)
_LIST_AND = re.compile(r"\b(?:and|or)\b|&")
_AND_AFTER = re.compile(r" ?,?\s+(?:and|or)\s")
# What introduces a list of companies: "firms such as", "investors including", "the likes
# of", "customers include", "brands include" (not "frameworks such as", "services like");
# a rivalry phrase ("competes with A and B", "takes on A and B", "up against A and B").
_LIST_CUE = re.compile(
    r"(?:\b(?:companies|firms|startups|start-ups|rivals|competitors|peers|vendors|suppliers|"
    r"makers|manufacturers|chipmakers|carmakers|automakers|carriers|operators|providers|"
    r"retailers|brands|customers|clients|partners|investors|backers|participants|"
    r"hyperscalers|telcos|banks|funds|giants|players|entrants|newcomers|upstarts)\s+"
    r"(?:such as|like|including|include|"
    r"includes|included)|\bthe likes of|\bcompet(?:es|ed|ing|e)\s+(?:with|against)|"
    r"\b(?:takes|taking|took|go(?:es)? up|going up|squares? off|squaring off)\s+on|"
    r"\bup against|\bchallengers?\s+to)\s+$", re.I)


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
        lead, _, rest = text[s0:e0].partition(" ")
        led = lead in _NOUN_LEADS and bool(rest)  # "Startups AIStorm, X and Y": the noun
        if led:  # leads the list, and is no part of its first name
            chain[0] = (s0 + len(lead) + 1, e0)
        if text.startswith(",", e0) and not led and (
                CLAUSE_START.search(text, max(0, s0 - 40), s0) or text[s0:e0] in ADVERBS):
            chain = chain[1:]  # "Separately, Intel and AMD": an opening word, no item
        anchors = 0
        new: list[tuple[int, int]] = []
        for s, e in chain:
            name = text[s:e]
            got = accepted.get(name)
            if got is not None and not (got[1] is not None and got[1].unit) or \
                    clean_name(name) in found:
                anchors += 1
            elif got is None:
                new.append((s, e))
        if not anchors or not new:
            continue
        if len(chain) >= 3 and anchors >= max(2, len(new)) or \
                _LIST_CUE.search(text, max(0, chain[0][0] - 40), chain[0][0]) or led:
            # a version number makes it a product ("GPT-3", "Office 365")
            out.extend((s, e) for s, e in new if not text[e - 1].isdigit())
    return out


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

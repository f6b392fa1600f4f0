# ruff: noqa: E501  (article text and gold rows read best one per line)
"""Held-out articles with hand-made gold: a check that extraction rules generalise.

Every article here is written by us (invented or re-told facts, our own words), in the
ways tech news phrases openings, rivalries, deals and places. The gold follows
`../shared/eval/SCHEMA.md` and the dev gold's conventions (countries: those the text
names by name, not by adjective alone: "a Dutch maker" names no country; a campus with power figures, or a data-center operator's,
is a data center, as docs/extraction.md says; a company said to be based or
headquartered in a city has its headquarters there). Do not write extraction rules from these articles:
they measure whether rules written from the dev corpus and our own test sentences
hold on text nobody tuned for. See README.md here.

    python3 bench/heldout/make.py bench/heldout     # writes articles.jsonl, gold.jsonl, gold-unread.jsonl, gold-new.jsonl
"""
import json
import sys
from pathlib import Path

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")

def co(name, *mentions):
    return {"name": name, "mentions": list(mentions) or [name]}

def fac(op, kind, city, country, status=None, ordinal=None):
    return {"operator": op, "kind": kind, "city": city, "country": country,
            "status": status, "ordinal": ordinal}

def ev(typ, companies, city=None, country=None, date=None, amount=None):
    return {"type": typ, "companies": companies, "city": city, "country": country,
            "date": date, "amount": amount}

ARTICLES = []

def article(id, title, published, text, *, companies, cities=(), countries=(), facilities=(),
            competitors=(), subsidiaries=(), events=()):
    ARTICLES.append(({"id": id, "title": title, "published": published, "url": None,
                      "text": text.strip()},
                     {"id": id, "title": title, "published": published, "url": None,
                      "companies": list(companies), "cities": [{"name": n, "country": c} for n, c in cities],
                      "countries": list(countries), "facilities": list(facilities),
                      "competitors": [list(p) for p in competitors],
                      "subsidiaries": [list(p) for p in subsidiaries], "events": list(events)}))


article("ho-01", "Equinix to build its sixth Frankfurt data center as colocation demand climbs",
        "2025-03-11", """
Home | Data Centers | Cloud | Networking | Events | Subscribe
Equinix to build its sixth Frankfurt data center as colocation demand climbs
Share on LinkedIn Share on X Email this story
FRANKFURT, March 11 - Equinix said on Tuesday it will spend about 240 million euros on a sixth data center in Frankfurt, the busiest internet exchange point in continental Europe.
The facility, to be called FR16, will offer 3,000 cabinets once its first phase opens in the second half of next year, the Redwood City, California-based company said.
Frankfurt has become a battleground for colocation providers. Digital Realty and NTT Global Data Centers have both added capacity around the city over the past two years, and Equinix competes with them for the same banks and cloud customers.
Equinix also operates sites in Munich, Hamburg and Dusseldorf.
Related stories
Vantage raises funds for Berlin campus
Why Lisbon is the next subsea hub
""", companies=[co("Equinix"), co("Digital Realty"), co("NTT Global Data Centers")],
        cities=[("Frankfurt", "DE"), ("Redwood City", "US"), ("Munich", "DE"), ("Hamburg", "DE"),
                ("Dusseldorf", "DE")],
        countries=[],
        facilities=[fac("Equinix", "data_center", "Frankfurt", "DE", "announced", 6),
                    fac("Equinix", "headquarters", "Redwood City", "US")],
        competitors=[("Equinix", "Digital Realty"), ("Equinix", "NTT Global Data Centers")],
        events=[ev("facility_announcement", ["Equinix"], "Frankfurt", "DE", "2025-03-11", "€240M")])

article("ho-02", "Micron breaks ground on Boise memory fab", "2024-09-18", """
Micron Technology broke ground on Wednesday on a new memory chip fab at its headquarters campus in Boise, Idaho, the first leading-edge memory plant to be built in the United States in two decades.
The company expects to invest about $15 billion in the plant through the end of the decade, backed by grants under the CHIPS Act. Production of DRAM is scheduled to begin in 2027.
Micron is trying to win back share from South Korea's Samsung Electronics and SK Hynix, which together make most of the world's memory chips and are racing to supply high-bandwidth memory for AI accelerators.
The Boise fab is part of a broader buildout that also includes a planned megafab near Syracuse, New York.
""", companies=[co("Micron Technology", "Micron Technology", "Micron"), co("Samsung Electronics"), co("SK Hynix")],
        cities=[("Boise", "US"), ("Syracuse", "US")],
        countries=["US", "KR"],
        facilities=[fac("Micron Technology", "fab", "Boise", "US", "under_construction"),
                    fac("Micron Technology", "headquarters", "Boise", "US"),
                    fac("Micron Technology", "fab", "Syracuse", "US", "planned")],
        competitors=[("Micron Technology", "Samsung Electronics"), ("Micron Technology", "SK Hynix"),
                     ("Samsung Electronics", "SK Hynix")],
        events=[ev("facility_announcement", ["Micron Technology"], "Boise", "US", "2024-09-18", "$15B"),
                ev("investment", ["Micron Technology"], "Boise", "US", "2024-09-18", "$15B")])

article("ho-03", "AMD closes purchase of server builder Corvel Systems", "2025-04-02", """
AMD said on Wednesday it had completed its acquisition of Corvel Systems, a New Jersey-based maker of rack-scale servers for hyperscale customers, in a cash-and-stock deal valued at $4.9 billion.
The purchase gives AMD the engineering staff to design complete AI systems around its Instinct accelerators, as it tries to close the gap with market leader Nvidia.
Corvel Systems will operate as a unit of AMD's data center group. AMD said it plans to sell Corvel's manufacturing business, which runs factories in Secaucus and in Tijuana, Mexico, to a partner by the end of the year.
Shares of AMD rose 2% in early trading.
""", companies=[co("AMD"), co("Corvel Systems"), co("Nvidia")],
        cities=[("Secaucus", "US"), ("Tijuana", "MX")],
        countries=["MX"],
        facilities=[fac("Corvel Systems", "factory", "Secaucus", "US"),
                    fac("Corvel Systems", "factory", "Tijuana", "MX")],
        competitors=[("AMD", "Nvidia")],
        subsidiaries=[("Corvel Systems", "AMD")],
        events=[ev("acquisition", ["AMD", "Corvel Systems"], None, None, "2025-04-02", "$4.9B")])

article("ho-04", "Oracle opens Queretaro cloud region, its second in Mexico", "2024-06-05", """
Oracle has opened a public cloud region in Queretaro, its second in Mexico after Monterrey, as the company tries to catch up with Amazon Web Services, Microsoft Azure and Google Cloud in Latin America.
The new region, which went live on Tuesday, gives customers in central Mexico a place to keep data inside the country, a requirement for banks and government agencies.
Oracle now runs cloud regions in Sao Paulo, Vinhedo, Santiago, Valparaiso and Bogota as well, and said a region in Buenos Aires would follow.
Microsoft announced its own Mexico Central region near Queretaro earlier this year, while AWS has said it will invest $5 billion in the state over 15 years.
""", companies=[co("Oracle"), co("Amazon Web Services", "Amazon Web Services", "AWS"),
                co("Microsoft Azure", "Microsoft Azure"), co("Microsoft"), co("Google Cloud")],
        cities=[("Queretaro", "MX"), ("Monterrey", "MX"), ("Sao Paulo", "BR"), ("Vinhedo", "BR"),
                ("Santiago", "CL"), ("Valparaiso", "CL"), ("Bogota", "CO"), ("Buenos Aires", "AR")],
        countries=["MX"],
        facilities=[fac("Oracle", "cloud_region", "Queretaro", "MX", "opened", 2),
                    fac("Oracle", "cloud_region", "Monterrey", "MX", "opened"),
                    fac("Oracle", "cloud_region", "Sao Paulo", "BR", "opened"),
                    fac("Oracle", "cloud_region", "Vinhedo", "BR", "opened"),
                    fac("Oracle", "cloud_region", "Santiago", "CL", "opened"),
                    fac("Oracle", "cloud_region", "Valparaiso", "CL", "opened"),
                    fac("Oracle", "cloud_region", "Bogota", "CO", "opened"),
                    fac("Oracle", "cloud_region", "Buenos Aires", "AR", "planned"),
                    fac("Microsoft", "cloud_region", "Queretaro", "MX", "announced")],
        competitors=[("Oracle", "Amazon Web Services"), ("Oracle", "Microsoft Azure"), ("Oracle", "Google Cloud")],
        subsidiaries=[("Microsoft Azure", "Microsoft")],
        events=[ev("facility_opening", ["Oracle"], "Queretaro", "MX", "2024-06-04"),
                ev("facility_announcement", ["Microsoft"], "Queretaro", "MX", "2024"),
                ev("investment", ["Amazon Web Services"], "Queretaro", "MX", None, "$5B")])

article("ho-05", "Taipei chip designer Lumora raises $120 million, teams up with TSMC", "2025-01-20", """
Lumora, a Taipei-based designer of optical interconnect chips, said on Monday it had raised $120 million in a funding round led by Temasek, with MediaTek and Foxconn also taking part.
The startup will use the money to double its engineering staff and open an R&D center in Hsinchu later this year. It also signed an agreement with TSMC to package its chips using the foundry's CoWoS technology.
Lumora competes with Ayar Labs and Celestial AI, two Silicon Valley startups that are also trying to move data between AI processors with light instead of copper.
"We are not trying to beat Nvidia," chief executive Wen-Li Tsai said. "We want to be the supplier everyone buys from."
""", companies=[co("Lumora"), co("Temasek"), co("MediaTek"), co("Foxconn"), co("TSMC"), co("Ayar Labs"),
                co("Celestial AI"), co("Nvidia")],
        cities=[("Taipei", "TW"), ("Hsinchu", "TW")],
        countries=[],
        facilities=[fac("Lumora", "rnd_center", "Hsinchu", "TW", "planned"),
                    fac("Lumora", "headquarters", "Taipei", "TW")],
        competitors=[("Lumora", "Ayar Labs"), ("Lumora", "Celestial AI")],
        events=[ev("investment", ["Lumora", "Temasek", "MediaTek", "Foxconn"], None, None, "2025-01-20", "$120M"),
                ev("partnership", ["Lumora", "TSMC"], None, None, "2025-01-20"),
                ev("facility_announcement", ["Lumora"], "Hsinchu", "TW", "2025")])

article("ho-06", "SoftBank and Nvidia to build Japan's largest AI supercomputer in Osaka", "2024-11-13", """
SoftBank Corp. and Nvidia will build what they describe as Japan's largest AI supercomputer at a data center in Osaka, the two companies announced on Wednesday.
The system, based on Nvidia's Blackwell chips, will be housed in a new SoftBank facility in Sakai, a port city south of central Osaka, on the site of a former Sharp LCD panel factory. SoftBank bought the site from Sharp this summer for about 100 billion yen.
SoftBank, the mobile carrier controlled by SoftBank Group, plans to rent computing power to Japanese universities and companies. It joins KDDI and Sakura Internet in a race to build domestic AI infrastructure with government subsidies.
""", companies=[co("SoftBank Corp.", "SoftBank Corp.", "SoftBank"), co("Nvidia"), co("Sharp"),
                co("SoftBank Group"), co("KDDI"), co("Sakura Internet")],
        cities=[("Osaka", "JP"), ("Sakai", "JP")],
        countries=["JP"],
        facilities=[fac("SoftBank Corp.", "data_center", "Sakai", "JP", "planned"),
                    fac("Sharp", "factory", "Sakai", "JP")],
        competitors=[("SoftBank Corp.", "KDDI"), ("SoftBank Corp.", "Sakura Internet"), ("KDDI", "Sakura Internet")],
        subsidiaries=[("SoftBank Corp.", "SoftBank Group")],
        events=[ev("partnership", ["SoftBank Corp.", "Nvidia"], "Osaka", "JP", "2024-11-13"),
                ev("acquisition", ["SoftBank Corp.", "Sharp"], "Sakai", "JP", "2024", "¥100B")])

article("ho-07", "LinkedIn opens new European headquarters in Dublin", "2023-10-02", """
LinkedIn, the professional network owned by Microsoft, has moved into a new European headquarters in Dublin's docklands, bringing 2,000 staff under one roof.
The eight-storey building on Wilton Place replaces three older offices in the city. LinkedIn said the move marks its largest property investment outside the United States.
Microsoft's own Irish operations are based in Leopardstown, south of the city, where the company opened a campus in 2018. Google, Meta and Salesforce also run their European headquarters from Dublin.
""", companies=[co("LinkedIn"), co("Microsoft"), co("Google"), co("Meta"), co("Salesforce")],
        cities=[("Dublin", "IE"), ("Leopardstown", "IE")],
        countries=["US"],
        facilities=[fac("LinkedIn", "headquarters", "Dublin", "IE", "opened"),
                    fac("Microsoft", "campus", "Leopardstown", "IE", "opened"),
                    fac("Google", "headquarters", "Dublin", "IE"),
                    fac("Meta", "headquarters", "Dublin", "IE"),
                    fac("Salesforce", "headquarters", "Dublin", "IE")],
        subsidiaries=[("LinkedIn", "Microsoft")],
        events=[ev("facility_opening", ["LinkedIn"], "Dublin", "IE", "2023-10")])

article("ho-08", "Amazon plans $10 billion data center campus in North Carolina", "2024-06-04", """
Amazon Web Services plans to invest $10 billion to build a data center campus in Richmond County, North Carolina, the company and state officials said on Tuesday.
The project near Hamlet is expected to create at least 500 jobs. AWS said the campus would support its generative AI services, including the Bedrock platform.
It is the latest in a string of multibillion-dollar commitments by the Amazon unit, which has announced similar projects in Mississippi, Pennsylvania and Indiana this year as it competes with Microsoft and Google for AI workloads.
North Carolina Governor Roy Cooper called it the largest investment in the state's history.
""", companies=[co("Amazon Web Services", "Amazon Web Services", "AWS"), co("Amazon"), co("Microsoft"), co("Google")],
        cities=[("Hamlet", "US")],
        countries=[],
        facilities=[fac("Amazon Web Services", "data_center", "Hamlet", "US", "announced")],
        competitors=[("Amazon Web Services", "Microsoft"), ("Amazon Web Services", "Google")],
        subsidiaries=[("Amazon Web Services", "Amazon")],
        events=[ev("investment", ["Amazon Web Services"], "Hamlet", "US", "2024-06-04", "$10B"),
                ev("facility_announcement", ["Amazon Web Services"], "Hamlet", "US", "2024-06-04")])

article("ho-09", "CoreWeave and Lambda take on the hyperscalers in the GPU cloud", "2024-08-21", """
The market for renting out Nvidia GPUs has produced a new class of cloud providers. CoreWeave, Lambda and Crusoe have raised billions of dollars to compete with Amazon, Microsoft and Google for AI training jobs.
CoreWeave, which started as a cryptocurrency miner in New Jersey, now runs 28 data centers and said last week it would open two more in the UK, in London and Crawley.
Lambda, based in San Francisco, opened a facility in Kansas City in May. Crusoe is building a 200-megawatt campus in Abilene, Texas, for OpenAI and its partner Oracle.
Analysts say the newcomers have an edge in speed but depend heavily on a few large customers, including Microsoft, which accounted for most of CoreWeave's revenue last year.
""", companies=[co("CoreWeave"), co("Lambda"), co("Crusoe"), co("Nvidia"), co("Amazon"), co("Microsoft"),
                co("Google"), co("OpenAI"), co("Oracle")],
        cities=[("London", "GB"), ("Crawley", "GB"), ("San Francisco", "US"), ("Kansas City", "US"),
                ("Abilene", "US")],
        countries=["GB"],
        facilities=[fac("CoreWeave", "data_center", "London", "GB", "announced"),
                    fac("CoreWeave", "data_center", "Crawley", "GB", "announced"),
                    fac("Lambda", "data_center", "Kansas City", "US", "opened"),
                    fac("Lambda", "headquarters", "San Francisco", "US"),
                    fac("Crusoe", "data_center", "Abilene", "US", "under_construction")],
        competitors=[("CoreWeave", "Amazon"), ("CoreWeave", "Microsoft"), ("CoreWeave", "Google"),
                     ("Lambda", "Amazon"), ("Lambda", "Microsoft"), ("Lambda", "Google"),
                     ("Crusoe", "Amazon"), ("Crusoe", "Microsoft"), ("Crusoe", "Google")],
        events=[ev("facility_announcement", ["CoreWeave"], "London", "GB", "2024-08"),
                ev("facility_announcement", ["CoreWeave"], "Crawley", "GB", "2024-08"),
                ev("facility_opening", ["Lambda"], "Kansas City", "US", "2024-05"),
                ev("partnership", ["Crusoe", "OpenAI", "Oracle"], "Abilene", "US")])

article("ho-10", "Google unveils sixth-generation TPU for cloud customers", "2024-05-14", """
Google on Tuesday unveiled Trillium, the sixth generation of its tensor processing units, promising nearly five times the performance of the previous chip.
The TPUs will be available to Google Cloud customers later this year, the company said at its annual developer conference in Mountain View, California.
Google designs the chips itself, like Amazon with its Trainium processors and Microsoft with Maia, to reduce its reliance on Nvidia, whose GPUs dominate the market for AI hardware.
Google Cloud also said it had signed a deal with Anthropic, the AI startup in which it owns a stake, to supply it with TPUs.
""", companies=[co("Google"), co("Google Cloud"), co("Amazon"), co("Microsoft"), co("Nvidia"), co("Anthropic")],
        cities=[("Mountain View", "US")],
        countries=[],
        competitors=[("Google", "Nvidia")],
        subsidiaries=[("Google Cloud", "Google")],
        events=[ev("product_launch", ["Google"], None, None, "2024-05-14"),
                ev("partnership", ["Google Cloud", "Anthropic"], None, None, "2024-05-14")])

article("ho-11", "Samsung delays Taylor fab as it struggles to win foundry customers", "2024-12-03", """
Samsung Electronics has pushed back the start of production at its $17 billion chip plant in Taylor, Texas, to 2026, people familiar with the matter said, as the South Korean company struggles to sign up customers for its contract manufacturing business.
The factory was originally due to begin making chips this year. Samsung's foundry unit trails Taiwan's TSMC by a wide margin; TSMC's first Arizona plant in Phoenix began volume production in the fourth quarter.
Intel, which is also trying to build a foundry business, said last month it would slow construction of its Ohio fab near Columbus.
""", companies=[co("Samsung Electronics", "Samsung Electronics", "Samsung"), co("TSMC"), co("Intel")],
        cities=[("Taylor", "US"), ("Phoenix", "US"), ("Columbus", "US")],
        countries=["TW"],
        facilities=[fac("Samsung Electronics", "fab", "Taylor", "US", "under_construction"),
                    fac("TSMC", "fab", "Phoenix", "US", "opened", 1),
                    fac("Intel", "fab", "Columbus", "US", "under_construction")],
        competitors=[("Samsung Electronics", "TSMC"), ("Samsung Electronics", "Intel"), ("TSMC", "Intel")],
        events=[ev("other", ["Samsung Electronics"], "Taylor", "US", "2024-12"),
                ev("facility_opening", ["TSMC"], "Phoenix", "US", "2024")])

article("ho-12", "Alibaba Cloud adds third Seoul data center; rivals pour money into Korea", "2025-02-26", """
Alibaba Cloud, the cloud computing arm of Alibaba Group, said on Wednesday it had opened its third data center in Seoul as it expands in South Korea.
The launch follows the opening of its second facility in the city last year. The company did not say how much it had invested.
South Korea has drawn several foreign cloud providers. Amazon Web Services said last year it would invest 7.85 trillion won in the country by 2027, while Microsoft and Oracle operate data centers in Seoul and Busan. Local players Naver Cloud and KT Cloud are also expanding.
Alibaba Cloud also runs data centers in Tokyo, Singapore and Frankfurt.
""", companies=[co("Alibaba Cloud"), co("Alibaba Group", "Alibaba Group", "Alibaba"),
                co("Amazon Web Services"), co("Microsoft"), co("Oracle"), co("Naver Cloud"), co("KT Cloud")],
        cities=[("Seoul", "KR"), ("Busan", "KR"), ("Tokyo", "JP"), ("Singapore", "SG"), ("Frankfurt", "DE")],
        countries=["KR"],
        facilities=[fac("Alibaba Cloud", "data_center", "Seoul", "KR", "opened", 3),
                    fac("Alibaba Cloud", "data_center", "Seoul", "KR", "opened", 2),
                    fac("Microsoft", "data_center", "Seoul", "KR", "opened"),
                    fac("Microsoft", "data_center", "Busan", "KR", "opened"),
                    fac("Oracle", "data_center", "Seoul", "KR", "opened"),
                    fac("Oracle", "data_center", "Busan", "KR", "opened"),
                    fac("Alibaba Cloud", "data_center", "Tokyo", "JP", "opened"),
                    fac("Alibaba Cloud", "data_center", "Singapore", "SG", "opened"),
                    fac("Alibaba Cloud", "data_center", "Frankfurt", "DE", "opened")],
        competitors=[("Alibaba Cloud", "Amazon Web Services"), ("Alibaba Cloud", "Microsoft"),
                     ("Alibaba Cloud", "Oracle"), ("Alibaba Cloud", "Naver Cloud"), ("Alibaba Cloud", "KT Cloud")],
        subsidiaries=[("Alibaba Cloud", "Alibaba Group")],
        events=[ev("facility_opening", ["Alibaba Cloud"], "Seoul", "KR", "2025-02-26"),
                ev("investment", ["Amazon Web Services"], None, "KR", "2024", "₩7.85T")])


article("ho-13", "Digital Realty and Brookfield form $7 billion joint venture for India data centers", "2024-07-30", """
Digital Realty Trust agreed to form a joint venture with Brookfield Infrastructure and Reliance Industries to build data centers across India, committing a combined $7 billion over six years.
The partners plan to start with a 40-megawatt facility in Navi Mumbai that is scheduled to open in 2026, followed by sites in Chennai and Noida.
India's data center market has attracted a wave of investment from global operators. Equinix opened its third Mumbai data center in March, and CtrlS, the Hyderabad-based operator, is expanding its campus there.
Digital Realty did not disclose its share of the venture.
""", companies=[co("Digital Realty Trust", "Digital Realty Trust", "Digital Realty"), co("Brookfield Infrastructure"),
                co("Reliance Industries"), co("Equinix"), co("CtrlS")],
        cities=[("Navi Mumbai", "IN"), ("Chennai", "IN"), ("Noida", "IN"), ("Mumbai", "IN"), ("Hyderabad", "IN")],
        countries=["IN"],
        facilities=[fac("Digital Realty Trust", "data_center", "Navi Mumbai", "IN", "planned"),
                    fac("Digital Realty Trust", "data_center", "Chennai", "IN", "planned"),
                    fac("Digital Realty Trust", "data_center", "Noida", "IN", "planned"),
                    fac("Equinix", "data_center", "Mumbai", "IN", "opened", 3),
                    fac("CtrlS", "data_center", "Hyderabad", "IN", "expanded"),
                    fac("CtrlS", "headquarters", "Hyderabad", "IN")],
        events=[ev("partnership", ["Digital Realty Trust", "Brookfield Infrastructure", "Reliance Industries"], None, "IN", "2024-07-30", "$7B"),
                ev("facility_announcement", ["Digital Realty Trust"], "Navi Mumbai", "IN", "2024-07-30"),
                ev("facility_opening", ["Equinix"], "Mumbai", "IN", "2024-03"),
                ev("expansion", ["CtrlS"], "Hyderabad", "IN")])

article("ho-14", "Intel sells majority stake in Altera to Silver Lake", "2025-04-14", """
Intel has agreed to sell a 51% stake in its programmable chip unit Altera to private equity firm Silver Lake, valuing the business at $8.75 billion.
Intel bought Altera in 2015 for $16.7 billion. The deal, expected to close in the second half of the year, will leave Intel with a minority stake while Altera becomes an independent company based in San Jose, California.
The sale is part of chief executive Lip-Bu Tan's plan to shed businesses that are not central to Intel's chipmaking and foundry ambitions, as it tries to compete with TSMC and fend off AMD in PC and server processors.
Altera competes with AMD's Xilinx unit and Lattice Semiconductor in the market for field-programmable gate arrays.
""", companies=[co("Intel"), co("Altera"), co("Silver Lake"), co("TSMC"), co("AMD"), co("Xilinx"),
                co("Lattice Semiconductor")],
        cities=[("San Jose", "US")],
        countries=[],
        facilities=[fac("Altera", "headquarters", "San Jose", "US")],
        competitors=[("Intel", "TSMC"), ("Intel", "AMD"), ("Altera", "Xilinx"), ("Altera", "Lattice Semiconductor")],
        subsidiaries=[("Xilinx", "AMD")],
        events=[ev("acquisition", ["Silver Lake", "Altera", "Intel"], None, None, "2025-04-14", "$8.75B"),
                ev("acquisition", ["Intel", "Altera"], None, None, "2015", "$16.7B")])

article("ho-15", "Meta picks Louisiana for its largest AI data center", "2024-12-05", """
Meta Platforms will build a $10 billion AI data center in Richland Parish, Louisiana, its largest anywhere, the company said on Wednesday.
The 4 million-square-foot campus near the town of Holly Ridge will draw power from three new gas-fired plants to be built by utility Entergy. Construction is due to start this month and be finished by 2030.
Meta, the owner of Facebook, Instagram and WhatsApp, is spending heavily on computing capacity to train its Llama models and to keep pace with OpenAI, Google and Microsoft.
The company already has a data center in Fort Worth, Texas, and is building others in El Paso and in Kansas City, Missouri.
""", companies=[co("Meta Platforms", "Meta Platforms", "Meta"), co("Entergy"), co("Facebook"), co("Instagram"),
                co("WhatsApp"), co("OpenAI"), co("Google"), co("Microsoft")],
        cities=[("Holly Ridge", "US"), ("Fort Worth", "US"), ("El Paso", "US"), ("Kansas City", "US")],
        countries=[],
        facilities=[fac("Meta Platforms", "data_center", "Holly Ridge", "US", "announced"),
                    fac("Meta Platforms", "data_center", "Fort Worth", "US", "opened"),
                    fac("Meta Platforms", "data_center", "El Paso", "US", "under_construction"),
                    fac("Meta Platforms", "data_center", "Kansas City", "US", "under_construction")],
        competitors=[("Meta Platforms", "OpenAI"), ("Meta Platforms", "Google"), ("Meta Platforms", "Microsoft")],
        subsidiaries=[("Facebook", "Meta Platforms"), ("Instagram", "Meta Platforms"), ("WhatsApp", "Meta Platforms")],
        events=[ev("facility_announcement", ["Meta Platforms"], "Holly Ridge", "US", "2024-12-04", "$10B"),
                ev("investment", ["Meta Platforms"], "Holly Ridge", "US", "2024-12-04", "$10B"),
                ev("partnership", ["Meta Platforms", "Entergy"], None, None, "2024-12-04")])

article("ho-16", "Press release: Nexora Compute launches GPU cloud region in Stockholm", "2025-05-06", """
STOCKHOLM, May 6, 2025 /PRNewswire/ -- Nexora Compute, a European provider of GPU cloud infrastructure, today announced the launch of its first Nordic cloud region in Stockholm, Sweden.
The new region runs on renewable hydropower and offers clusters of Nvidia H200 GPUs for training and inference. It joins Nexora's existing regions in Amsterdam and Paris.
"Customers asked for sovereign capacity in the Nordics," said Lena Dahl, chief executive of Nexora Compute. "Stockholm gives us that."
Nexora Compute also said it had signed a multi-year supply agreement with Ericsson for networking equipment.
About Nexora Compute
Nexora Compute is headquartered in Amsterdam, the Netherlands. For more information visit the company's website.
Media contact: press office
""", companies=[co("Nexora Compute", "Nexora Compute", "Nexora"), co("Nvidia"), co("Ericsson")],
        cities=[("Stockholm", "SE"), ("Amsterdam", "NL"), ("Paris", "FR")],
        countries=["SE", "NL"],
        facilities=[fac("Nexora Compute", "cloud_region", "Stockholm", "SE", "opened", 1),
                    fac("Nexora Compute", "cloud_region", "Amsterdam", "NL", "opened"),
                    fac("Nexora Compute", "cloud_region", "Paris", "FR", "opened"),
                    fac("Nexora Compute", "headquarters", "Amsterdam", "NL")],
        events=[ev("facility_opening", ["Nexora Compute"], "Stockholm", "SE", "2025-05-06"),
                ev("partnership", ["Nexora Compute", "Ericsson"], None, None, "2025-05-06")])

article("ho-17", "Apple to open Shenzhen research center, adds jobs in Vietnam", "2024-03-22", """
Apple will open a new applied research center in Shenzhen later this year to support its suppliers in the region, the iPhone maker said during chief executive Tim Cook's visit to China.
The lab will focus on testing and reliability and will be Apple's second research facility in the city. Apple also said it would increase spending with suppliers in Vietnam, where partners such as Foxconn and Luxshare have been moving production out of China.
Samsung, Apple's biggest rival in smartphones, makes about half of its phones in Vietnam, at factories near Hanoi.
""", companies=[co("Apple"), co("Foxconn"), co("Luxshare"), co("Samsung")],
        cities=[("Shenzhen", "CN"), ("Hanoi", "VN")],
        countries=["CN", "VN"],
        facilities=[fac("Apple", "rnd_center", "Shenzhen", "CN", "planned", 2),
                    fac("Samsung", "factory", "Hanoi", "VN", "opened")],
        competitors=[("Apple", "Samsung")],
        events=[ev("facility_announcement", ["Apple"], "Shenzhen", "CN", "2024-03-22")])

article("ho-18", "Vantage Data Centers raises $9.2 billion for Frontier campus in Texas", "2025-08-19", """
Vantage Data Centers, the Denver-based developer backed by DigitalBridge and Silver Lake, has raised $9.2 billion in equity to fund Frontier, a 1.4-gigawatt campus it is building in Shackelford County, Texas.
The company said the campus, west of Abilene, will consist of ten buildings and is expected to deliver its first capacity in the second half of 2026. Vantage did not name the tenant, but people familiar with the project said it is being built for Oracle and OpenAI.
Vantage competes with QTS, which is owned by Blackstone, and Aligned Data Centers to build huge campuses for AI companies.
""", companies=[co("Vantage Data Centers", "Vantage Data Centers", "Vantage"), co("DigitalBridge"), co("Silver Lake"),
                co("Oracle"), co("OpenAI"), co("QTS"), co("Blackstone"), co("Aligned Data Centers")],
        cities=[("Denver", "US"), ("Abilene", "US")],
        countries=[],
        facilities=[fac("Vantage Data Centers", "data_center", None, "US", "under_construction"),
                    fac("Vantage Data Centers", "headquarters", "Denver", "US")],
        competitors=[("Vantage Data Centers", "QTS"), ("Vantage Data Centers", "Aligned Data Centers")],
        subsidiaries=[("QTS", "Blackstone")],
        events=[ev("investment", ["Vantage Data Centers", "DigitalBridge", "Silver Lake"], None, "US", "2025-08", "$9.2B")])

article("ho-19", "Nokia to cut 400 jobs at Espoo headquarters, moves research to Oulu", "2024-10-08", """
Nokia said on Tuesday it would cut about 400 jobs at its headquarters in Espoo, Finland, and move part of its mobile networks research to its campus in Oulu, in the north of the country.
The Finnish telecom equipment maker has been reducing costs as operators cut back on 5G spending. Its Swedish rival Ericsson announced a similar round of cuts in Stockholm last month.
Nokia also said it had agreed to sell its submarine cable unit, Alcatel Submarine Networks, to the French state for 350 million euros.
""", companies=[co("Nokia"), co("Ericsson"), co("Alcatel Submarine Networks")],
        cities=[("Espoo", "FI"), ("Oulu", "FI"), ("Stockholm", "SE")],
        countries=["FI"],
        facilities=[fac("Nokia", "headquarters", "Espoo", "FI"),
                    fac("Nokia", "campus", "Oulu", "FI", "expanded")],
        competitors=[("Nokia", "Ericsson")],
        subsidiaries=[("Alcatel Submarine Networks", "Nokia")],
        events=[ev("other", ["Nokia"], "Espoo", "FI", "2024-10-08"),
                ev("expansion", ["Nokia"], "Oulu", "FI", "2024-10-08"),
                ev("acquisition", ["Nokia", "Alcatel Submarine Networks"], None, None, "2024-10-08", "€350M"),
                ev("other", ["Ericsson"], "Stockholm", "SE", "2024-09")])

article("ho-20", "Huawei Cloud opens Riyadh region as Gulf cloud race heats up", "2023-09-19", """
Huawei Cloud switched on its first cloud region in Saudi Arabia on Monday, in the capital Riyadh, becoming the latest Chinese provider to set up in the Gulf.
Alibaba Cloud opened a region in Riyadh with local partner STC in 2022, and Tencent Cloud has said it will follow. Google Cloud launched its Dammam region last year, while Oracle runs regions in Jeddah and Riyadh.
The kingdom wants to become a regional hub for AI and cloud services under its Vision 2030 plan, and Huawei Cloud said it would invest $400 million in the country over five years.
""", companies=[co("Huawei Cloud"), co("Alibaba Cloud"), co("STC"), co("Tencent Cloud"), co("Google Cloud"), co("Oracle")],
        cities=[("Riyadh", "SA"), ("Dammam", "SA"), ("Jeddah", "SA")],
        countries=["SA"],
        facilities=[fac("Huawei Cloud", "cloud_region", "Riyadh", "SA", "opened", 1),
                    fac("Alibaba Cloud", "cloud_region", "Riyadh", "SA", "opened"),
                    fac("Google Cloud", "cloud_region", "Dammam", "SA", "opened"),
                    fac("Oracle", "cloud_region", "Jeddah", "SA", "opened"),
                    fac("Oracle", "cloud_region", "Riyadh", "SA", "opened")],
        competitors=[("Huawei Cloud", "Alibaba Cloud"), ("Huawei Cloud", "Tencent Cloud"), ("Huawei Cloud", "Google Cloud"),
                     ("Huawei Cloud", "Oracle")],
        events=[ev("facility_opening", ["Huawei Cloud"], "Riyadh", "SA", "2023-09-18"),
                ev("facility_opening", ["Alibaba Cloud", "STC"], "Riyadh", "SA", "2022"),
                ev("facility_opening", ["Google Cloud"], "Dammam", "SA", "2022"),
                ev("investment", ["Huawei Cloud"], None, "SA", "2023-09-18", "$400M"),
                ev("partnership", ["Alibaba Cloud", "STC"], "Riyadh", "SA", "2022")])

article("ho-21", "Hitachi to buy Dutch data center builder for 1.1 billion euros", "2025-06-10", """
TOKYO, June 10 - Hitachi Ltd said on Tuesday it had agreed to acquire Veldhoven Power Systems, a Dutch maker of electrical equipment for data centers, for 1.1 billion euros, in a bid to cash in on the AI building boom.
The Japanese conglomerate said the purchase would help it compete with Schneider Electric, Siemens and Eaton, which dominate the market for switchgear and power distribution in large server halls.
Veldhoven Power Systems, founded in 1987, employs 2,300 people and runs factories in Eindhoven and in Brno, Czech Republic. The deal is expected to close in the first quarter of next year, subject to regulatory approval.
Hitachi Energy, the group's power grid unit, will take over the business.
""", companies=[co("Hitachi", "Hitachi Ltd"), co("Veldhoven Power Systems"), co("Schneider Electric"), co("Siemens"),
                co("Eaton"), co("Hitachi Energy")],
        cities=[("Tokyo", "JP"), ("Eindhoven", "NL"), ("Brno", "CZ")],
        countries=["CZ"],
        facilities=[fac("Veldhoven Power Systems", "factory", "Eindhoven", "NL", "opened"),
                    fac("Veldhoven Power Systems", "factory", "Brno", "CZ", "opened")],
        competitors=[("Hitachi", "Schneider Electric"), ("Hitachi", "Siemens"), ("Hitachi", "Eaton")],
        subsidiaries=[("Hitachi Energy", "Hitachi")],
        events=[ev("acquisition", ["Hitachi", "Veldhoven Power Systems"], None, None, "2025-06-10", "€1.1B")])

article("ho-22", "Nvidia's new Taipei office to house its Asia headquarters", "2025-05-19", """
Nvidia will build a new office complex in Taipei's Beitou-Shilin technology park to serve as its overseas headquarters, chief executive Jensen Huang said on Monday at the Computex trade show.
The campus, code-named Constellation, is due to be finished by 2028 and could house several thousand engineers. Nvidia already employs about 1,000 people in Taiwan at offices in Taipei and Hsinchu.
Huang said Taiwan would remain at the center of Nvidia's supply chain, which relies on TSMC to make its chips and on Foxconn, Quanta and Wistron to assemble servers. AMD, Nvidia's closest rival in data center GPUs, opened its own Taiwan design center last year.
""", companies=[co("Nvidia"), co("TSMC"), co("Foxconn"), co("Quanta"), co("Wistron"), co("AMD")],
        cities=[("Taipei", "TW"), ("Hsinchu", "TW")],
        countries=["TW"],
        facilities=[fac("Nvidia", "headquarters", "Taipei", "TW", "planned"),
                    fac("Nvidia", "office", "Taipei", "TW", "opened"),
                    fac("Nvidia", "office", "Hsinchu", "TW", "opened"),
                    fac("AMD", "rnd_center", None, "TW", "opened")],
        competitors=[("Nvidia", "AMD")],
        events=[ev("facility_announcement", ["Nvidia"], "Taipei", "TW", "2025-05-19"),
                ev("facility_opening", ["AMD"], None, "TW", "2024")])

article("ho-23", "Broadcom completes VMware deal after China approval", "2023-11-22", """
Broadcom Inc. said on Wednesday it had closed its $69 billion acquisition of VMware, after Chinese regulators approved the deal, ending an 18-month wait.
VMware, whose software lets companies run many virtual machines on one server, will become Broadcom's infrastructure software division. Broadcom chief executive Hock Tan has said he will focus VMware on its largest customers.
The deal is the second largest in the history of the chip industry, after the failed attempt by Nvidia to buy Arm, which is owned by SoftBank Group.
Shares of Broadcom, based in Palo Alto, California, rose 1% after the announcement.
""", companies=[co("Broadcom", "Broadcom Inc."), co("VMware"), co("Nvidia"), co("Arm"), co("SoftBank Group")],
        cities=[("Palo Alto", "US")],
        countries=["CN"],
        facilities=[fac("Broadcom", "headquarters", "Palo Alto", "US")],
        subsidiaries=[("VMware", "Broadcom"), ("Arm", "SoftBank Group")],
        events=[ev("acquisition", ["Broadcom", "VMware"], None, None, "2023-11-22", "$69B")])

article("ho-24", "Google to spend $1 billion on second Thai data center region", "2025-09-30", """
Google said on Tuesday it would invest $1 billion to build its second data center in Thailand, in Chonburi province east of Bangkok, to meet rising demand for cloud and AI services in Southeast Asia.
The site will sit next to the company's first Thai facility, which it announced last year. Google Cloud also operates regions in Jakarta, Singapore and Johor in Malaysia.
Microsoft and Amazon Web Services have pledged a combined $6 billion for Thai data centers, setting up a three-way contest for the country's government and banking customers.
""", companies=[co("Google"), co("Google Cloud"), co("Microsoft"), co("Amazon Web Services")],
        cities=[("Chonburi", "TH"), ("Bangkok", "TH"), ("Jakarta", "ID"), ("Singapore", "SG")],
        countries=["TH", "MY"],
        facilities=[fac("Google", "data_center", "Chonburi", "TH", "announced", 2),
                    fac("Google", "data_center", "Chonburi", "TH", "announced", 1),
                    fac("Google Cloud", "cloud_region", "Jakarta", "ID", "opened"),
                    fac("Google Cloud", "cloud_region", "Singapore", "SG", "opened"),
                    fac("Google Cloud", "cloud_region", None, "MY", "opened")],
        competitors=[("Google", "Microsoft"), ("Google", "Amazon Web Services"), ("Microsoft", "Amazon Web Services")],
        subsidiaries=[("Google Cloud", "Google")],
        events=[ev("investment", ["Google"], "Chonburi", "TH", "2025-09-30", "$1B"),
                ev("facility_announcement", ["Google"], "Chonburi", "TH", "2025-09-30"),
                ev("investment", ["Microsoft", "Amazon Web Services"], None, "TH", None, "$6B")])

article("ho-25", "Qualcomm launches laptop chip to challenge Intel and Apple", "2024-10-21", """
Qualcomm on Monday launched the Snapdragon X2 Elite, a processor for Windows laptops that it says is faster than Apple's M4 and uses less power than Intel's Core Ultra chips.
Laptops from Dell, HP and Lenovo using the chip will go on sale in the first half of next year, the San Diego-based company said at its annual summit in Maui, Hawaii.
Qualcomm is betting that AI features will persuade buyers to switch from PCs powered by Intel and AMD, which together sell more than 90% of laptop processors.
""", companies=[co("Qualcomm"), co("Apple"), co("Intel"), co("Dell"), co("HP"), co("Lenovo"), co("AMD")],
        cities=[("San Diego", "US"), ("Maui", "US")],
        countries=[],
        facilities=[fac("Qualcomm", "headquarters", "San Diego", "US")],
        competitors=[("Qualcomm", "Apple"), ("Qualcomm", "Intel"), ("Qualcomm", "AMD"), ("Intel", "AMD")],
        events=[ev("product_launch", ["Qualcomm"], None, None, "2024-10-21"),
                ev("product_launch", ["Dell", "HP", "Lenovo"], None, None, "2025")])

article("ho-26", "STACK Infrastructure opens first Italian campus in Milan", "2024-04-16", """
Data Center News | Europe | Hyperscale
STACK Infrastructure has opened its first data center campus in Italy, in the Siziano area south of Milan, with 36 megawatts of capacity across three buildings.
The operator, which is owned by Blue Owl Capital, said the campus is fully leased. It plans a second Milan campus with another 50 MW by 2027.
Milan has become southern Europe's main data center market. Aruba, Data4 and Microsoft have all built facilities around the city, and Amazon Web Services opened a cloud region there in 2020.
Tags: STACK Infrastructure, Italy, Milan, colocation
You might also like: Frankfurt vacancy hits record low
""", companies=[co("STACK Infrastructure"), co("Blue Owl Capital"), co("Aruba"), co("Data4"), co("Microsoft"),
                co("Amazon Web Services")],
        cities=[("Milan", "IT")],
        countries=["IT"],
        facilities=[fac("STACK Infrastructure", "data_center", "Milan", "IT", "opened", 1),
                    fac("STACK Infrastructure", "data_center", "Milan", "IT", "planned", 2),
                    fac("Aruba", "data_center", "Milan", "IT", "opened"),
                    fac("Data4", "data_center", "Milan", "IT", "opened"),
                    fac("Microsoft", "data_center", "Milan", "IT", "opened"),
                    fac("Amazon Web Services", "cloud_region", "Milan", "IT", "opened")],
        competitors=[("STACK Infrastructure", "Aruba"), ("STACK Infrastructure", "Data4")],
        subsidiaries=[("STACK Infrastructure", "Blue Owl Capital")],
        events=[ev("facility_opening", ["STACK Infrastructure"], "Milan", "IT", "2024-04"),
                ev("facility_announcement", ["STACK Infrastructure"], "Milan", "IT", "2024-04"),
                ev("facility_opening", ["Amazon Web Services"], "Milan", "IT", "2020")])

article("ho-27", "Samsung and SK Hynix step up HBM race with new Korean plants", "2025-02-12", """
SEOUL - SK Hynix will spend 20 trillion won on a new memory plant in Yongin, south of Seoul, as it races Samsung Electronics and Micron to supply high-bandwidth memory for Nvidia's AI accelerators.
The M15X fab in Cheongju, which the company started building in 2024, will begin production in the fourth quarter. SK Hynix is also building an advanced packaging plant in West Lafayette, Indiana.
Samsung said last week it would expand its HBM packaging lines in Cheonan and Onyang, while Micron is adding capacity in Hiroshima, Japan.
""", companies=[co("SK Hynix"), co("Samsung Electronics", "Samsung Electronics", "Samsung"), co("Micron"), co("Nvidia")],
        cities=[("Seoul", "KR"), ("Yongin", "KR"), ("Cheongju", "KR"), ("West Lafayette", "US"), ("Cheonan", "KR"),
                ("Onyang", "KR"), ("Hiroshima", "JP")],
        countries=["JP"],
        facilities=[fac("SK Hynix", "fab", "Yongin", "KR", "announced"),
                    fac("SK Hynix", "fab", "Cheongju", "KR", "under_construction"),
                    fac("SK Hynix", "factory", "West Lafayette", "US", "under_construction"),
                    fac("Samsung Electronics", "factory", "Cheonan", "KR", "expanded"),
                    fac("Samsung Electronics", "factory", "Onyang", "KR", "expanded"),
                    fac("Micron", "fab", "Hiroshima", "JP", "expanded")],
        competitors=[("SK Hynix", "Samsung Electronics"), ("SK Hynix", "Micron")],
        events=[ev("investment", ["SK Hynix"], "Yongin", "KR", "2025-02-12", "₩20T"),
                ev("facility_announcement", ["SK Hynix"], "Yongin", "KR", "2025-02-12"),
                ev("expansion", ["Samsung Electronics"], "Cheonan", "KR", "2025-02"),
                ev("expansion", ["Micron"], "Hiroshima", "JP")])

article("ho-28", "Cisco and Nvidia partner on AI networking for enterprise data centers", "2025-02-25", """
Cisco Systems and Nvidia said on Tuesday they would jointly develop networking gear for AI data centers, combining Cisco's Silicon One chips with Nvidia's Spectrum-X Ethernet platform.
The partnership puts Cisco in a stronger position against Arista Networks and Juniper Networks, which Hewlett Packard Enterprise agreed to buy last year for $14 billion.
Cisco, headquartered in San Jose, also said it would open an AI research lab in Bangalore, its third research center in India.
""", companies=[co("Cisco Systems", "Cisco Systems", "Cisco"), co("Nvidia"), co("Arista Networks"), co("Juniper Networks"),
                co("Hewlett Packard Enterprise")],
        cities=[("San Jose", "US"), ("Bangalore", "IN")],
        countries=["IN"],
        facilities=[fac("Cisco Systems", "headquarters", "San Jose", "US"),
                    fac("Cisco Systems", "rnd_center", "Bangalore", "IN", "announced", 3)],
        competitors=[("Cisco Systems", "Arista Networks"), ("Cisco Systems", "Juniper Networks")],
        events=[ev("partnership", ["Cisco Systems", "Nvidia"], None, None, "2025-02-25"),
                ev("acquisition", ["Hewlett Packard Enterprise", "Juniper Networks"], None, None, "2024", "$14B"),
                ev("facility_announcement", ["Cisco Systems"], "Bangalore", "IN", "2025-02-25")])

# Batch 3 (session 7): ho-29 .. ho-52, written fresh after ho-01 .. ho-12 had been read for
# errors. Nobody has run the extractor on these while writing them.

article("ho-29", "NTT Data switches on seventh Inzai data center", "2025-05-13", """
TOKYO, May 13 (Reuters) - NTT Data Group said on Tuesday it had begun operating a new data center in Inzai, Chiba Prefecture, its seventh in the commuter town east of Tokyo, as Japanese and foreign operators hurry to add room for AI servers.
The building offers 24 megawatts of IT load and is the company's first in Japan designed from the start for liquid-cooled GPU racks. NTT Data said it would spend about 60 billion yen on two further buildings on the same plot, to be finished by 2028.
Inzai has become the densest cluster of server halls in the country. Singapore's Digital Edge and Equinix have both opened data centers nearby, and NTT Data is fighting those two for the business of cloud providers such as Google and Amazon Web Services, which lease large blocks of space in the area.
NTT Data is majority-owned by Nippon Telegraph and Telephone, which took the IT services firm private last year in a deal worth about 2.4 trillion yen.
Shares of the parent slipped 0.4% in Tokyo trading.
(Reporting by Kenji Sato; Editing by Mark Potter)
""", companies=[co("NTT Data Group", "NTT Data Group", "NTT Data"), co("Digital Edge"), co("Equinix"), co("Google"),
                co("Amazon Web Services"), co("Nippon Telegraph and Telephone")],
        cities=[("Tokyo", "JP"), ("Inzai", "JP")],
        countries=["JP", "SG"],
        facilities=[fac("NTT Data Group", "data_center", "Inzai", "JP", "opened", 7),
                    fac("NTT Data Group", "data_center", "Inzai", "JP", "planned"),
                    fac("Digital Edge", "data_center", "Inzai", "JP", "opened"),
                    fac("Equinix", "data_center", "Inzai", "JP", "opened")],
        competitors=[("NTT Data Group", "Digital Edge"), ("NTT Data Group", "Equinix")],
        subsidiaries=[("NTT Data Group", "Nippon Telegraph and Telephone")],
        events=[ev("facility_opening", ["NTT Data Group"], "Inzai", "JP", "2025-05-13"),
                ev("facility_announcement", ["NTT Data Group"], "Inzai", "JP", "2025-05-13", "¥60B"),
                ev("acquisition", ["Nippon Telegraph and Telephone", "NTT Data Group"], None, None, "2024", "¥2.4T")])

article("ho-30", "Straitsline breaks ground on 80MW campus in Johor", "2025-08-14", """
DCD Asia | News | Analysis | Features | Awards | Sign in
Colocation > Asia Pacific > Malaysia
Straitsline breaks ground on 80MW campus in Johor
By Priya Raman | 14 August 2025 | 3 min read
Share: Facebook | X | LinkedIn | Email | Copy link
Executives and state officials at the ceremony in Kulai on Tuesday. Photo: Straitsline
Straitsline Data Centres has started construction of an 80-megawatt data center campus in Kulai, in the southern Malaysian state of Johor, the Singapore-headquartered operator said this week.
The campus is Straitsline's second in Malaysia after a 20MW facility in Cyberjaya that went live in 2023, and it will be built in three phases. The first 32MW hall is due to be handed to a single hyperscale tenant in the third quarter of 2026.
Straitsline, which is owned by infrastructure investor Harbourfront Capital, did not give a cost, but two people familiar with the plans put the total at about 1.5 billion ringgit.
Johor, just across the causeway, has become one of the region's fastest-growing markets since Singapore put a moratorium on new builds in 2019. Straitsline goes up against Princeton Digital Group, YTL Data Centers and a string of Chinese operators for land and grid connections in the state.
Sign up for the DCD Asia newsletter: the week's biggest builds in your inbox every Thursday.
Related stories
Bridge Data Centres lines up Thai expansion
Batam pitches itself as Indonesia's answer to Johor
Can Johor's power grid keep up?
""", companies=[co("Straitsline Data Centres", "Straitsline Data Centres", "Straitsline"), co("Harbourfront Capital"),
                co("Princeton Digital Group"), co("YTL Data Centers")],
        cities=[("Kulai", "MY"), ("Cyberjaya", "MY"), ("Singapore", "SG")],
        countries=["MY", "SG"],
        facilities=[fac("Straitsline Data Centres", "data_center", "Kulai", "MY", "under_construction", 2),
                    fac("Straitsline Data Centres", "data_center", "Cyberjaya", "MY", "opened"),
                    fac("Straitsline Data Centres", "headquarters", "Singapore", "SG")],
        competitors=[("Straitsline Data Centres", "Princeton Digital Group"), ("Straitsline Data Centres", "YTL Data Centers")],
        subsidiaries=[("Straitsline Data Centres", "Harbourfront Capital")],
        events=[ev("facility_announcement", ["Straitsline Data Centres"], "Kulai", "MY", "2025-08-12", "RM1.5B"),
                ev("facility_opening", ["Straitsline Data Centres"], "Cyberjaya", "MY", "2023")])

article("ho-31", "Press release: Veyra Systems raises EUR 45 million Series B", "2026-03-04", """
MUNICH, Germany, March 4, 2026 /PRNewswire/ -- Veyra Systems, a developer of power-delivery chips for AI servers, today announced that it has closed a EUR 45 million Series B financing round led by Atomico. Bosch's venture arm, Bosch Ventures, joined the round alongside existing investor HV Capital.
Veyra will use the proceeds to bring its first 48-volt power stage into volume production, to open a research and development center in Dresden later this year and to set up a sales office in Austin, Texas, close to several of its hyperscale customers.
"Every watt lost between the rack and the GPU is a watt a data center pays for twice," said Jonas Albrecht, co-founder and chief executive of Veyra Systems. "With this round we can take on the incumbents at scale."
The company goes up against Vicor and Monolithic Power Systems, which between them supply most of the power modules used in today's accelerator boards.
About Veyra Systems
Founded in 2021 and headquartered in Munich, Veyra Systems designs power-management semiconductors that cut energy losses in AI computing. The company employs 90 people.
Media contact: Veyra Systems communications, press@example.com
""", companies=[co("Veyra Systems", "Veyra Systems", "Veyra"), co("Atomico"), co("Bosch"), co("Bosch Ventures"),
                co("HV Capital"), co("Vicor"), co("Monolithic Power Systems")],
        cities=[("Munich", "DE"), ("Dresden", "DE"), ("Austin", "US")],
        countries=["DE"],
        facilities=[fac("Veyra Systems", "rnd_center", "Dresden", "DE", "planned"),
                    fac("Veyra Systems", "office", "Austin", "US", "planned"),
                    fac("Veyra Systems", "headquarters", "Munich", "DE")],
        competitors=[("Veyra Systems", "Vicor"), ("Veyra Systems", "Monolithic Power Systems")],
        subsidiaries=[("Bosch Ventures", "Bosch")],
        events=[ev("investment", ["Veyra Systems", "Atomico", "Bosch Ventures", "HV Capital"], None, None, "2026-03-04", "€45M"),
                ev("facility_announcement", ["Veyra Systems"], "Dresden", "DE", "2026-03-04"),
                ev("facility_announcement", ["Veyra Systems"], "Austin", "US", "2026-03-04")])

article("ho-32", "Helix Compute puts Paris, Texas campus on hold", "2025-07-09", """
Helix Compute has shelved plans for a 300-megawatt data center campus outside Paris, Texas, less than four months after unveiling the project, the Dallas-based developer told local officials on Monday.
The company had said in March that it would spend $2.5 billion on the site in Lamar County, about 100 miles northeast of Dallas, and hoped to start construction this autumn. In a letter to the county, chief executive Dana Whitfield said the project was "paused indefinitely" because the regional utility could not promise enough power before 2029.
Helix will instead put the money into its campus near Amarillo, in the Texas Panhandle, where two of four buildings are already under construction and a wind farm sits next door.
The setback comes as Helix tries to keep up with Crusoe and Lancium, two better-funded developers that are also courting AI labs with cheap West Texas power. Helix raised $400 million from private equity firm Ardent Partners last year.
Lamar County judge Brandon Bell said he was disappointed but that other developers had already called about the land.
""", companies=[co("Helix Compute", "Helix Compute", "Helix"), co("Crusoe"), co("Lancium"), co("Ardent Partners")],
        cities=[("Paris", "US"), ("Dallas", "US"), ("Amarillo", "US")],
        countries=[],
        facilities=[fac("Helix Compute", "data_center", "Amarillo", "US", "under_construction"),
                    fac("Helix Compute", "headquarters", "Dallas", "US")],
        competitors=[("Helix Compute", "Crusoe"), ("Helix Compute", "Lancium")],
        events=[ev("other", ["Helix Compute"], "Paris", "US", "2025-07-07"),
                ev("facility_announcement", ["Helix Compute"], "Paris", "US", "2025-03", "$2.5B"),
                ev("investment", ["Helix Compute", "Ardent Partners"], None, None, "2024", "$400M")])

article("ho-33", "Google Cloud opens Auckland region, its first in New Zealand", "2025-09-17", """
Cloud Pro NZ  Home  News  Reviews  Whitepapers  Events  Newsletter
You are here: Home / Cloud / Infrastructure
Google Cloud opens Auckland region, its first in New Zealand
Staff writer  17 September 2025
Tweet  Share  Email
Google Cloud's new region went live on Tuesday in Auckland, giving New Zealand businesses and government agencies a way to run its services without sending data across the Tasman Sea.
The region, the first in the country for Alphabet's cloud unit, has three zones spread across the wider Auckland area. Google said it expects the investment to add NZ$1.1 billion to the economy over six years but did not disclose what it spent.
The launch puts all three big US providers in the same market. Microsoft opened its New Zealand North region in Auckland last December, and Amazon Web Services says its own Auckland region will follow next year. The three are now vying for a government cloud framework that is due to be re-tendered in 2026.
Google also announced a partnership with Spark New Zealand, which will resell Google Cloud services to small and medium-sized firms.
Google Cloud already runs regions in Sydney and Melbourne across the Tasman.
Most read
1. Why the public sector is rethinking multicloud
2. Five questions to ask your MSP this year
3. Hands on: the new Chromebook Plus range
""", companies=[co("Google Cloud"), co("Alphabet"), co("Google"), co("Microsoft"), co("Amazon Web Services"),
                co("Spark New Zealand")],
        cities=[("Auckland", "NZ"), ("Sydney", "AU"), ("Melbourne", "AU")],
        countries=["NZ", "US"],
        facilities=[fac("Google Cloud", "cloud_region", "Auckland", "NZ", "opened", 1),
                    fac("Microsoft", "cloud_region", "Auckland", "NZ", "opened"),
                    fac("Amazon Web Services", "cloud_region", "Auckland", "NZ", "planned"),
                    fac("Google Cloud", "cloud_region", "Sydney", "AU", "opened"),
                    fac("Google Cloud", "cloud_region", "Melbourne", "AU", "opened")],
        competitors=[("Google Cloud", "Microsoft"), ("Google Cloud", "Amazon Web Services"), ("Microsoft", "Amazon Web Services")],
        subsidiaries=[("Google Cloud", "Alphabet"), ("Google Cloud", "Google")],
        events=[ev("facility_opening", ["Google Cloud"], "Auckland", "NZ", "2025-09-16"),
                ev("facility_opening", ["Microsoft"], "Auckland", "NZ", "2024-12"),
                ev("facility_announcement", ["Amazon Web Services"], "Auckland", "NZ"),
                ev("partnership", ["Google Cloud", "Spark New Zealand"], None, None, "2025-09-16")])

article("ho-34", "GlobalFoundries to expand Dresden fab as Saxony's chip cluster grows", "2024-11-20", """
GlobalFoundries will invest 1.1 billion euros to expand its chip plant in Dresden, raising the site's capacity to more than one million wafers a year by the end of 2028, the Malta, New York-based contract chipmaker said on Wednesday.
The Dresden fab, which GlobalFoundries took over from AMD when it was spun off in 2009, makes chips for cars, industrial equipment and the internet of things. The expansion is expected to receive support from the German government under the European Chips Act.
Saxony's chip cluster is getting crowded. European Semiconductor Manufacturing Company, a venture 70% owned by TSMC with Bosch, Infineon and NXP holding 10% each, started building a 10 billion euro fab in the north of Dresden in August, and Infineon is putting up a new power chip plant next to its existing fab in the city.
GlobalFoundries and TSMC's venture will be competing for the same engineers and for automotive customers; GlobalFoundries chief executive Tim Breen said the two companies served "different parts of the market".
""", companies=[co("GlobalFoundries"), co("AMD"), co("European Semiconductor Manufacturing Company"), co("TSMC"), co("Bosch"),
                co("Infineon"), co("NXP")],
        cities=[("Dresden", "DE"), ("Malta", "US")],
        countries=[],
        facilities=[fac("GlobalFoundries", "fab", "Dresden", "DE", "expanded"),
                    fac("GlobalFoundries", "headquarters", "Malta", "US"),
                    fac("European Semiconductor Manufacturing Company", "fab", "Dresden", "DE", "under_construction"),
                    fac("Infineon", "fab", "Dresden", "DE", "under_construction"),
                    fac("Infineon", "fab", "Dresden", "DE", "opened")],
        competitors=[("GlobalFoundries", "European Semiconductor Manufacturing Company")],
        subsidiaries=[("European Semiconductor Manufacturing Company", "TSMC")],
        events=[ev("expansion", ["GlobalFoundries"], "Dresden", "DE", "2024-11-20", "€1.1B"),
                ev("investment", ["GlobalFoundries"], "Dresden", "DE", "2024-11-20", "€1.1B"),
                ev("facility_announcement", ["European Semiconductor Manufacturing Company", "TSMC"], "Dresden", "DE", "2024-08", "€10B"),
                ev("facility_announcement", ["Infineon"], "Dresden", "DE")])

article("ho-35", "Quantix Networks to move headquarters from San Jose to Raleigh", "2026-01-21", """
Quantix Networks, a maker of firewalls and secure-access appliances, said on Wednesday it would move its headquarters from San Jose, California, to Raleigh, North Carolina, by the middle of the year, the latest in a line of tech companies to trade Silicon Valley for cheaper states.
The company has signed a lease for four floors of a new tower in downtown Raleigh and expects about 600 staff to work there by 2027. It will keep an engineering office in San Jose, California, and its customer support center in San José, Costa Rica, which employs 350 people, is not affected.
Chief executive Meera Kulkarni said the move would cut the company's property costs by a third. Quantix sells into a crowded network security market led by Palo Alto Networks and Fortinet, and has lost share to both over the past two years as customers moved to cloud-delivered products.
Quantix was spun out of Juniper Networks in 2017 and is now owned by buyout firm Thoma Bravo, which took it private in 2022 for $3.4 billion.
North Carolina offered the company $18 million in job grants spread over 12 years.
""", companies=[co("Quantix Networks", "Quantix Networks", "Quantix"), co("Palo Alto Networks"), co("Fortinet"),
                co("Juniper Networks"), co("Thoma Bravo")],
        cities=[("San Jose", "US"), ("Raleigh", "US"), ("San José", "CR")],
        countries=["CR"],
        facilities=[fac("Quantix Networks", "headquarters", "Raleigh", "US", "planned"),
                    fac("Quantix Networks", "office", "San Jose", "US", "opened"),
                    fac("Quantix Networks", "office", "San José", "CR", "opened")],
        competitors=[("Quantix Networks", "Palo Alto Networks"), ("Quantix Networks", "Fortinet")],
        subsidiaries=[("Quantix Networks", "Thoma Bravo")],
        events=[ev("facility_announcement", ["Quantix Networks"], "Raleigh", "US", "2026-01-21"),
                ev("acquisition", ["Thoma Bravo", "Quantix Networks"], None, None, "2022", "$3.4B")])

article("ho-36", "Renesas completes A$3.2 billion takeover of Corvix", "2025-10-02", """
TOKYO/SYDNEY, Oct 2 (Reuters) - Renesas Electronics has completed its A$3.2 billion takeover of Corvix, the Sydney-based maker of circuit-board design software, the Japanese chipmaker said on Thursday, after Australia's Foreign Investment Review Board cleared the deal last week.
Renesas agreed to buy Corvix in February, betting that engineers who design boards around its microcontrollers will pay for software that ties the two together. Corvix shareholders receive A$41.50 a share in cash.
Corvix becomes a wholly owned subsidiary of Tokyo-based Renesas and keeps its brand, its engineering hub in Sydney and a smaller development office in Krakow, Poland. Its shares will be delisted on Monday.
Corvix competes with Cadence Design Systems and with Siemens EDA, the software unit of Germany's Siemens, in tools for laying out printed circuit boards. It is Renesas' fourth software purchase in three years.
Renesas shares rose 1.2% in Tokyo.
(Reporting by Hiroko Ueda in Tokyo and Byron Kaye in Sydney)
""", companies=[co("Renesas Electronics", "Renesas Electronics", "Renesas"), co("Corvix"), co("Cadence Design Systems"),
                co("Siemens EDA"), co("Siemens")],
        cities=[("Tokyo", "JP"), ("Sydney", "AU"), ("Krakow", "PL")],
        countries=["AU", "PL", "DE"],
        facilities=[fac("Corvix", "headquarters", "Sydney", "AU"),
                    fac("Renesas Electronics", "headquarters", "Tokyo", "JP"),
                    fac("Corvix", "rnd_center", "Sydney", "AU", "opened"),
                    fac("Corvix", "office", "Krakow", "PL", "opened")],
        competitors=[("Corvix", "Cadence Design Systems"), ("Corvix", "Siemens EDA")],
        subsidiaries=[("Corvix", "Renesas Electronics"), ("Siemens EDA", "Siemens")],
        events=[ev("acquisition", ["Renesas Electronics", "Corvix"], None, None, "2025-10-02", "A$3.2B")])

article("ho-37", "Capgemini agrees to buy Pune's Tarangi Systems for $1.3 billion", "2026-02-11", """
PARIS/BENGALURU, Feb 11 - Capgemini has agreed to buy Tarangi Systems, a Pune-based cloud migration specialist, for $1.3 billion in cash, the Paris-based IT services group said on Wednesday, its biggest deal since it bought engineering consultancy Altran in 2020.
Tarangi, founded in 2011, employs about 9,000 people, most of them at offices in Pune and Hyderabad, and counts large US and European banks among its clients. The deal needs clearance from the Competition Commission of India and is expected to close by the end of the third quarter.
Capgemini said the purchase would help it keep pace with Accenture and Tata Consultancy Services, which have both bought cloud consultancies in the past 18 months as companies move old systems onto AWS, Microsoft Azure and Google Cloud.
Tarangi's founders, brothers Anand and Vikram Rao, will join Capgemini's executive committee. Private equity firm ChrysCapital, which holds 38% of Tarangi, will sell its whole stake.
""", companies=[co("Capgemini"), co("Tarangi Systems", "Tarangi Systems", "Tarangi"), co("Altran"), co("Accenture"),
                co("Tata Consultancy Services"), co("Amazon Web Services", "AWS"), co("Microsoft Azure"), co("Google Cloud"),
                co("ChrysCapital")],
        cities=[("Paris", "FR"), ("Bengaluru", "IN"), ("Pune", "IN"), ("Hyderabad", "IN")],
        countries=["IN", "US"],
        facilities=[fac("Capgemini", "headquarters", "Paris", "FR"),
                    fac("Tarangi Systems", "headquarters", "Pune", "IN"),
                    fac("Tarangi Systems", "office", "Pune", "IN", "opened"),
                    fac("Tarangi Systems", "office", "Hyderabad", "IN", "opened")],
        competitors=[("Capgemini", "Accenture"), ("Capgemini", "Tata Consultancy Services")],
        subsidiaries=[("Altran", "Capgemini")],
        events=[ev("acquisition", ["Capgemini", "Tarangi Systems"], None, None, "2026-02-11", "$1.3B"),
                ev("acquisition", ["Capgemini", "Altran"], None, None, "2020")])

article("ho-38", "UK regulator blocks Cobalt's takeover of radar chip designer Aldermoor", "2025-06-18", """
Home  Technology  Markets  Companies  Opinion  Podcasts    Subscribe  Log in
Technology | Semiconductors
UK regulator blocks Cobalt's takeover of radar chip designer Aldermoor
By Hannah Croft, Technology Correspondent
Published 18 June 2025
Listen to this article  4 min
Save   Share   Gift this article
The UK's Competition and Markets Authority on Wednesday blocked Cobalt Semiconductor's proposed 2.1 billion pound takeover of Aldermoor Microsystems, saying the deal would leave carmakers with too few suppliers of radar chips.
Austin, Texas-based Cobalt agreed in January to buy Aldermoor, which designs millimetre-wave radar chips at its headquarters in Bristol and has them made in Taiwan. The CMA said the two companies were, with NXP Semiconductors, the only serious suppliers of such chips to European carmakers, and that combining two of the three would raise prices and slow new designs.
Cobalt said it was "deeply disappointed" and was weighing an appeal to the Competition Appeal Tribunal. It has until July 16 to decide.
The ruling is the regulator's second block of a chip deal in two years. Aldermoor's shares fell 22% in London.
More on this topic
Chip deals face tougher scrutiny on both sides of the Atlantic
Inside the race to build the car radar of 2030
Letter: Britain should back its chip designers
""", companies=[co("Cobalt Semiconductor", "Cobalt Semiconductor", "Cobalt"), co("Aldermoor Microsystems", "Aldermoor Microsystems", "Aldermoor"),
                co("NXP Semiconductors")],
        cities=[("Austin", "US"), ("Bristol", "GB"), ("London", "GB")],
        countries=["GB", "TW"],
        facilities=[fac("Cobalt Semiconductor", "headquarters", "Austin", "US"),
                    fac("Aldermoor Microsystems", "headquarters", "Bristol", "GB")],
        competitors=[("Cobalt Semiconductor", "Aldermoor Microsystems"), ("Cobalt Semiconductor", "NXP Semiconductors"),
                     ("Aldermoor Microsystems", "NXP Semiconductors")],
        events=[ev("other", ["Cobalt Semiconductor", "Aldermoor Microsystems"], None, "GB", "2025-06-18"),
                ev("acquisition", ["Cobalt Semiconductor", "Aldermoor Microsystems"], None, None, "2025-01", "£2.1B")])

article("ho-39", "Telkomsel picks Ericsson and Nokia for $800 million 5G upgrade", "2025-11-05", """
JAKARTA, Nov 5 (Reuters) - Telkomsel, Indonesia's biggest mobile operator, has picked Ericsson and Nokia to upgrade its 5G network across Java and Sumatra under contracts worth a combined $800 million, the company said on Wednesday.
The two Nordic vendors beat Huawei and ZTE, which supplied much of Telkomsel's 4G gear, in a tender that pitted all four of the big network equipment makers against each other for most of the year. Ericsson will cover Java, including Jakarta, Surabaya and Bandung, while Nokia takes Sumatra and the eastern islands.
Telkomsel is a unit of state-controlled Telkom Indonesia, whose data center arm NeutraDC opened a 20-megawatt facility in Batam in March to serve cloud customers from neighbouring Singapore.
Chinese vendors still hold about half of Indonesia's radio equipment market, analysts at a Jakarta brokerage estimate.
(Reporting by Stefanno Sulaiman; Editing by Louise Heavens)
""", companies=[co("Telkomsel"), co("Ericsson"), co("Nokia"), co("Huawei"), co("ZTE"), co("Telkom Indonesia"), co("NeutraDC")],
        cities=[("Jakarta", "ID"), ("Surabaya", "ID"), ("Bandung", "ID"), ("Batam", "ID"), ("Singapore", "SG")],
        countries=["ID", "SG"],
        facilities=[fac("NeutraDC", "data_center", "Batam", "ID", "opened")],
        competitors=[("Ericsson", "Huawei"), ("Ericsson", "ZTE"), ("Nokia", "Huawei"), ("Nokia", "ZTE"),
                     ("Ericsson", "Nokia"), ("Huawei", "ZTE")],
        subsidiaries=[("Telkomsel", "Telkom Indonesia"), ("NeutraDC", "Telkom Indonesia")],
        events=[ev("partnership", ["Telkomsel", "Ericsson", "Nokia"], None, "ID", "2025-11-05", "$800M"),
                ev("facility_opening", ["NeutraDC"], "Batam", "ID", "2025-03")])

article("ho-40", "Aurore AI takes aim at OpenAI with open-weight reasoning model", "2026-04-22", """
Paris-based Aurore AI on Wednesday released Aurore-2, a reasoning model whose weights anyone can download, in a direct challenge to OpenAI and Anthropic, whose strongest systems can only be reached through paid interfaces.
The 120-billion-parameter model was trained on Nvidia chips in Scaleway's data center in Saint-Ouen, just north of Paris, under a compute deal signed last autumn with the cloud unit of Iliad Group. Aurore said Aurore-2 matched the American models on maths and coding tests while costing a fraction as much to run.
Mistral AI, the continent's best-funded model maker, has had the open-weight field in Europe largely to itself; Aurore, set up by two former DeepMind researchers only 18 months ago, is chasing the same banks and government buyers.
Aurore raised 220 million euros in a seed round in January led by Lightspeed Venture Partners, valuing it at 1.4 billion euros. It plans to open a London office this summer.
""", companies=[co("Aurore AI", "Aurore AI", "Aurore"), co("OpenAI"), co("Anthropic"), co("Nvidia"), co("Scaleway"), co("Iliad Group"),
                co("Mistral AI"), co("DeepMind"), co("Lightspeed Venture Partners")],
        cities=[("Paris", "FR"), ("Saint-Ouen", "FR"), ("London", "GB")],
        countries=[],
        facilities=[fac("Aurore AI", "headquarters", "Paris", "FR"),
                    fac("Scaleway", "data_center", "Saint-Ouen", "FR", "opened"),
                    fac("Aurore AI", "office", "London", "GB", "planned")],
        competitors=[("Aurore AI", "OpenAI"), ("Aurore AI", "Anthropic"), ("Aurore AI", "Mistral AI")],
        subsidiaries=[("Scaleway", "Iliad Group")],
        events=[ev("product_launch", ["Aurore AI"], None, None, "2026-04-22"),
                ev("partnership", ["Aurore AI", "Scaleway", "Iliad Group"], None, None, "2025"),
                ev("investment", ["Aurore AI", "Lightspeed Venture Partners"], None, None, "2026-01", "€220M"),
                ev("facility_announcement", ["Aurore AI"], "London", "GB", "2026-04-22")])

article("ho-41", "Yotta opens second Greater Noida data center as NCR capacity race heats up", "2025-12-10", """
ET Tech  Cloud  Data Centres  Startups  Policy  Funding  More
Home > Tech > Data Centres
Yotta opens second Greater Noida data center as NCR capacity race heats up
Written by Ankit Mehra | Updated: Dec 10, 2025, 11:42 IST
WhatsApp | Facebook | X | LinkedIn | Copy link
The new D2 building at Yotta's campus in Greater Noida. (Image: Yotta)
Yotta Data Services, the data center company of real estate developer Hiranandani Group, on Tuesday opened its second data center in Greater Noida, Uttar Pradesh, adding 40 megawatts for GPU cloud customers.
The building stands next to Yotta's first Greater Noida facility, D1, and cost about Rs 3,000 crore to build. Yotta also runs a campus in Panvel near Mumbai, and said it would start work on a data center in Gandhinagar, Gujarat, in the first half of next year.
The National Capital Region has turned into a battleground. Yotta is racing NTT, CtrlS and Sify Technologies, all of which have announced projects in the region over the past year, to sign up the government departments and AI startups that want capacity close to Delhi's decision-makers.
Yotta said its GPU cloud, Shakti, now runs more than 16,000 Nvidia chips.
Also read: Nxtra lines up Rs 5,000 crore for new campuses
Most read
1. Chip subsidy round two: what changes for OSAT units
2. Budget airline app outage strands passengers
3. Semicon India: seven takeaways
Get the ET Tech morning briefing in your inbox
""", companies=[co("Yotta Data Services", "Yotta Data Services", "Yotta"), co("Hiranandani Group"), co("NTT"), co("CtrlS"),
                co("Sify Technologies"), co("Nvidia")],
        cities=[("Greater Noida", "IN"), ("Panvel", "IN"), ("Mumbai", "IN"), ("Gandhinagar", "IN"), ("Delhi", "IN")],
        countries=[],
        facilities=[fac("Yotta Data Services", "data_center", "Greater Noida", "IN", "opened", 2),
                    fac("Yotta Data Services", "data_center", "Greater Noida", "IN", "opened", 1),
                    fac("Yotta Data Services", "data_center", "Panvel", "IN", "opened"),
                    fac("Yotta Data Services", "data_center", "Gandhinagar", "IN", "planned")],
        competitors=[("Yotta Data Services", "NTT"), ("Yotta Data Services", "CtrlS"), ("Yotta Data Services", "Sify Technologies")],
        subsidiaries=[("Yotta Data Services", "Hiranandani Group")],
        events=[ev("facility_opening", ["Yotta Data Services"], "Greater Noida", "IN", "2025-12-09", "₹30B"),
                ev("facility_announcement", ["Yotta Data Services"], "Gandhinagar", "IN", "2025-12-09")])

article("ho-42", "Korean AI chip startup Hanul raises 150 billion won", "2024-10-09", """
SEOUL - Hanul Semiconductor, a Seongnam-based designer of AI inference chips, said on Wednesday it had raised 150 billion won ($111 million) in a Series C round led by Samsung Catalyst Fund, the venture arm of Samsung Electronics, with KT and Korea Development Bank also investing.
The three-year-old startup will use the money to take its second chip, the HN-200, into mass production next year at Samsung's foundry in Hwaseong, under a manufacturing deal the two companies signed in August, and to open a sales and engineering office in Santa Clara, California.
At home Hanul goes head to head with FuriosaAI and Rebellions, and all three are trying to take data center orders away from Nvidia. KT, which runs the country's largest cloud business, plans to put Hanul chips into its Mokdong data center in Seoul from early 2025.
The round values Hanul at about 900 billion won, according to a person familiar with the deal.
""", companies=[co("Hanul Semiconductor", "Hanul Semiconductor", "Hanul"), co("Samsung Catalyst Fund"),
                co("Samsung Electronics", "Samsung Electronics", "Samsung"), co("KT"), co("Korea Development Bank"),
                co("FuriosaAI"), co("Rebellions"), co("Nvidia")],
        cities=[("Seoul", "KR"), ("Seongnam", "KR"), ("Hwaseong", "KR"), ("Santa Clara", "US")],
        countries=[],
        facilities=[fac("Hanul Semiconductor", "headquarters", "Seongnam", "KR"),
                    fac("Samsung Electronics", "fab", "Hwaseong", "KR", "opened"),
                    fac("Hanul Semiconductor", "office", "Santa Clara", "US", "planned"),
                    fac("KT", "data_center", "Seoul", "KR", "opened")],
        competitors=[("Hanul Semiconductor", "FuriosaAI"), ("Hanul Semiconductor", "Rebellions"), ("FuriosaAI", "Rebellions"),
                     ("Hanul Semiconductor", "Nvidia"), ("FuriosaAI", "Nvidia"), ("Rebellions", "Nvidia")],
        subsidiaries=[("Samsung Catalyst Fund", "Samsung Electronics")],
        events=[ev("investment", ["Hanul Semiconductor", "Samsung Catalyst Fund", "KT", "Korea Development Bank"], None, None, "2024-10-09", "₩150B"),
                ev("facility_announcement", ["Hanul Semiconductor"], "Santa Clara", "US", "2024-10-09"),
                ev("partnership", ["Hanul Semiconductor", "Samsung Electronics"], None, None, "2024-08"),
                ev("partnership", ["KT", "Hanul Semiconductor"], None, None, "2024-10-09")])

article("ho-43", "Orange opens Grand-Bassam data center as it battles MTN for business customers", "2025-10-07", """
ABIDJAN, Oct 7 - Orange Cote d'Ivoire, the local unit of French telecoms group Orange, on Tuesday inaugurated a data center in Grand-Bassam, east of Abidjan, which it called the largest in French-speaking West Africa.
The 12-megawatt facility will host cloud services sold by Orange Business and will connect to the 2Africa subsea cable, which comes ashore near Abidjan. The company did not say how much it had spent.
Orange is locked in a fight with MTN, its main competitor in the Ivorian mobile market, to sell cloud and connectivity to companies and ministries. MTN Cote d'Ivoire opened its own data center in Abidjan's Plateau business district last year, and Raxio Group, a pan-African colocation operator, also runs a facility in the city.
Orange said it would open a similar site in Dakar, Senegal, in 2026.
""", companies=[co("Orange Cote d'Ivoire"), co("Orange"), co("Orange Business"), co("MTN"), co("MTN Cote d'Ivoire"), co("Raxio Group")],
        cities=[("Abidjan", "CI"), ("Grand-Bassam", "CI"), ("Dakar", "SN")],
        countries=["CI", "SN"],
        facilities=[fac("Orange Cote d'Ivoire", "data_center", "Grand-Bassam", "CI", "opened"),
                    fac("MTN Cote d'Ivoire", "data_center", "Abidjan", "CI", "opened"),
                    fac("Raxio Group", "data_center", "Abidjan", "CI", "opened"),
                    fac("Orange", "data_center", "Dakar", "SN", "planned")],
        competitors=[("Orange", "MTN")],
        subsidiaries=[("Orange Cote d'Ivoire", "Orange"), ("Orange Business", "Orange"), ("MTN Cote d'Ivoire", "MTN")],
        events=[ev("facility_opening", ["Orange Cote d'Ivoire", "Orange"], "Grand-Bassam", "CI", "2025-10-07"),
                ev("facility_opening", ["MTN Cote d'Ivoire"], "Abidjan", "CI", "2024"),
                ev("facility_announcement", ["Orange"], "Dakar", "SN", "2025-10-07")])

article("ho-44", "TSMC's Kumamoto venture says second fab ahead of schedule", "2026-05-27", """
Japan Advanced Semiconductor Manufacturing, TSMC's majority-owned unit in Japan, said on Wednesday that construction of its second fab in Kikuyo, Kumamoto Prefecture, was running ahead of schedule and that the plant would start making 6-nanometre chips in late 2027.
Work on the second fab began last October beside the first plant, which opened in February 2024 and now supplies logic chips for image sensors to Sony and microcontrollers to Denso. Sony Semiconductor Solutions, Denso and Toyota Motor hold minority stakes in JASM. Total investment in the two fabs will exceed $20 billion, with the government covering up to 1.2 trillion yen through subsidies.
The project is central to Japan's effort to rebuild its chip industry, but it is not the only bet. Rapidus, the state-backed venture that hopes to take on TSMC at 2 nanometres, is running a pilot line in Chitose, Hokkaido, and plans volume production there from 2027.
Residents near the Kikuyo sites have complained about traffic jams and the plants' use of groundwater.
""", companies=[co("Japan Advanced Semiconductor Manufacturing", "Japan Advanced Semiconductor Manufacturing", "JASM"), co("TSMC"),
                co("Sony"), co("Denso"), co("Sony Semiconductor Solutions"), co("Toyota Motor"), co("Rapidus")],
        cities=[("Kikuyo", "JP"), ("Chitose", "JP")],
        countries=["JP"],
        facilities=[fac("Japan Advanced Semiconductor Manufacturing", "fab", "Kikuyo", "JP", "under_construction", 2),
                    fac("Japan Advanced Semiconductor Manufacturing", "fab", "Kikuyo", "JP", "opened", 1),
                    fac("Rapidus", "fab", "Chitose", "JP", "opened")],
        competitors=[("Rapidus", "TSMC")],
        subsidiaries=[("Japan Advanced Semiconductor Manufacturing", "TSMC"), ("Sony Semiconductor Solutions", "Sony")],
        events=[ev("facility_announcement", ["Japan Advanced Semiconductor Manufacturing", "TSMC"], "Kikuyo", "JP", "2025-10"),
                ev("facility_opening", ["Japan Advanced Semiconductor Manufacturing", "TSMC"], "Kikuyo", "JP", "2024-02"),
                ev("investment", ["Japan Advanced Semiconductor Manufacturing", "TSMC"], "Kikuyo", "JP", None, "$20B")])

article("ho-45", "Norhaven Power opens chip test plant in London, Ontario", "2025-09-24", """
LONDON, Ontario, Sept 24 (Reuters) - Norhaven Power, a Toronto-based maker of battery-management chips for electric vehicles, opened a C$210 million assembly and test plant in London, Ontario, on Wednesday, its first manufacturing site.
The plant will package and test chips that Norhaven designs in Toronto and has made by a contract foundry in Asia, and will employ 300 people when it is fully running in 2027. The provincial government put in C$35 million.
Norhaven is trying to break into a market dominated by Texas Instruments and Analog Devices, which supply most of the battery monitoring chips in cars sold in North America. It counts General Motors and Stellantis among its first customers.
Ontario has drawn more than C$40 billion of electric-vehicle investment since 2020, including Volkswagen's PowerCo battery plant in St. Thomas, 30 km south of London.
(Reporting by Allison Martell; Editing by Jonathan Oatis)
""", companies=[co("Norhaven Power", "Norhaven Power", "Norhaven"), co("Texas Instruments"), co("Analog Devices"), co("General Motors"),
                co("Stellantis"), co("Volkswagen"), co("PowerCo")],
        cities=[("London", "CA"), ("Toronto", "CA"), ("St. Thomas", "CA")],
        countries=[],
        facilities=[fac("Norhaven Power", "factory", "London", "CA", "opened", 1),
                    fac("Norhaven Power", "headquarters", "Toronto", "CA"),
                    fac("PowerCo", "factory", "St. Thomas", "CA")],
        competitors=[("Norhaven Power", "Texas Instruments"), ("Norhaven Power", "Analog Devices")],
        subsidiaries=[("PowerCo", "Volkswagen")],
        events=[ev("facility_opening", ["Norhaven Power"], "London", "CA", "2025-09-24", "C$210M")])

article("ho-46", "Khazna and Silknet to build Tbilisi data center", "2024-09-30", """
Khazna Data Centers, the Abu Dhabi-based operator controlled by AI group G42, has agreed with Silknet, Georgia's largest telecoms company, to build a 50-megawatt data center in Tbilisi, the two companies said on Monday.
The facility, billed as the first hyperscale-grade site in the South Caucasus, is due to open in the second half of 2026 and will cost about $300 million. Silknet will contribute land and fibre, while Khazna will design and run the building.
The deal is the latest Gulf bet on Georgia's digital economy. Separately, Atlanta, Georgia-based Peachline Networks said last week it would open a network point of presence in Tbilisi for customers moving traffic between Europe and Central Asia.
Khazna already operates more than 20 data centers in the United Arab Emirates.
""", companies=[co("Khazna Data Centers", "Khazna Data Centers", "Khazna"), co("G42"), co("Silknet"),
                co("Peachline Networks")],
        cities=[("Abu Dhabi", "AE"), ("Tbilisi", "GE"), ("Atlanta", "US")],
        countries=["GE", "AE"],
        facilities=[fac("Khazna Data Centers", "data_center", "Tbilisi", "GE", "planned"),
                    fac("Khazna Data Centers", "headquarters", "Abu Dhabi", "AE"),
                    fac("Khazna Data Centers", "data_center", None, "AE", "opened"),
                    fac("Peachline Networks", "other", "Tbilisi", "GE", "planned"),
                    fac("Peachline Networks", "headquarters", "Atlanta", "US")],
        subsidiaries=[("Khazna Data Centers", "G42")],
        events=[ev("partnership", ["Khazna Data Centers", "Silknet"], None, None, "2024-09-30"),
                ev("facility_announcement", ["Khazna Data Centers", "Silknet"], "Tbilisi", "GE", "2024-09-30", "$300M"),
                ev("facility_announcement", ["Peachline Networks"], "Tbilisi", "GE", "2024-09")])

article("ho-47", "Huawei's new Ascend cluster lands as Chinese buyers drift from Nvidia", "2026-06-02", """
Menu  News  Startups  Chips  EVs  Events  Newsletter  Search
Chips
Huawei's new Ascend cluster lands as Chinese buyers drift from Nvidia
Written by Li Wei  -  June 2, 2026  -  5 min read
Share  Weibo  WeChat  X  LinkedIn
Huawei on Tuesday launched the Atlas 960 SuperPoD, a rack-scale system built from 8,192 of its Ascend accelerators, at a developer gathering at its research campus in Dongguan.
The Shenzhen-based company said the system would ship in the fourth quarter. ByteDance and China Mobile are among the first customers.
The contest for China's AI chip market has tilted since the US tightened export rules last year. Nvidia, long Huawei's main rival for Chinese data center orders, now sells only a cut-down chip in the country, and its share of the market has fallen below 40%, according to one Beijing research firm. Cambricon Technologies, the Beijing-based designer whose revenue jumped sevenfold in 2025, has become Huawei's closest domestic challenger, with Hygon Information Technology and Moore Threads further behind.
Huawei's Ascend chips are made by SMIC, which is expanding its advanced production lines in Shanghai, two people familiar with the plans said.
Related
Moore Threads sets price range for Shanghai listing
Xiaomi's in-house phone chip: what we know so far
Three takeaways from this year's WAIC
Get our China tech briefing every Friday. Sign up
""", companies=[co("Huawei"), co("ByteDance"), co("China Mobile"), co("Nvidia"), co("Cambricon Technologies"),
                co("Hygon Information Technology"), co("Moore Threads"), co("SMIC")],
        cities=[("Dongguan", "CN"), ("Shenzhen", "CN"), ("Beijing", "CN"), ("Shanghai", "CN")],
        countries=["CN", "US"],
        facilities=[fac("Huawei", "rnd_center", "Dongguan", "CN", "opened"),
                    fac("Huawei", "headquarters", "Shenzhen", "CN"),
                    fac("Cambricon Technologies", "headquarters", "Beijing", "CN"),
                    fac("SMIC", "fab", "Shanghai", "CN", "expanded")],
        competitors=[("Huawei", "Nvidia"), ("Huawei", "Cambricon Technologies"), ("Huawei", "Hygon Information Technology"),
                     ("Huawei", "Moore Threads")],
        events=[ev("product_launch", ["Huawei"], None, None, "2026-06-02"),
                ev("expansion", ["SMIC"], "Shanghai", "CN")])

article("ho-48", "AWS adds 4 billion euros to Aragon build-out as Microsoft and QTS pile in", "2025-11-19", """
TechIberia  |  Cloud  |  Infrastructure  |  Startups  |  Events        EN | ES
AWS adds 4 billion euros to Aragon build-out as Microsoft and QTS pile in
Share this article  f  x  in  mail
Amazon Web Services will spend an additional 4 billion euros on data centers in Aragon, the company said on Monday, taking its committed investment in the northeastern Spanish region to almost 20 billion euros by 2033.
Most of the money will go into expanding AWS's existing data centers near Zaragoza, at Villanueva de Gallego and El Burgo de Ebro, and into a new data center outside Huesca that the regional government fast-tracked last week. AWS opened its cloud region in Aragon in November 2022.
Photo: An AWS building under construction in El Burgo de Ebro. (AWS)
The cloud provider is no longer alone in the region. Microsoft broke ground in March on the first of three data centers it plans in Villamayor de Gallego, and QTS, the operator owned by Blackstone, said last week it wants to build a campus of up to 300 megawatts near Calatorao.
Local farmers' groups have questioned how much water the sites will use in one of Spain's driest areas.
Related
Madrid edge operators brace for grid queue
Portugal's Sines campus signs second tenant
Sign up to our weekly newsletter
""", companies=[co("Amazon Web Services", "Amazon Web Services", "AWS"), co("Microsoft"), co("QTS"), co("Blackstone")],
        cities=[("Zaragoza", "ES"), ("Villanueva de Gallego", "ES"), ("El Burgo de Ebro", "ES"), ("Huesca", "ES"),
                ("Villamayor de Gallego", "ES"), ("Calatorao", "ES")],
        countries=["ES"],
        facilities=[fac("Amazon Web Services", "data_center", "Villanueva de Gallego", "ES", "expanded"),
                    fac("Amazon Web Services", "data_center", "El Burgo de Ebro", "ES", "expanded"),
                    fac("Amazon Web Services", "data_center", "Huesca", "ES", "planned"),
                    fac("Amazon Web Services", "cloud_region", None, "ES", "opened"),
                    fac("Microsoft", "data_center", "Villamayor de Gallego", "ES", "under_construction", 1),
                    fac("QTS", "data_center", "Calatorao", "ES", "planned")],
        subsidiaries=[("QTS", "Blackstone")],
        events=[ev("investment", ["Amazon Web Services"], None, "ES", "2025-11-17", "€4B"),
                ev("expansion", ["Amazon Web Services"], "Villanueva de Gallego", "ES", "2025-11-17"),
                ev("expansion", ["Amazon Web Services"], "El Burgo de Ebro", "ES", "2025-11-17"),
                ev("facility_announcement", ["Amazon Web Services"], "Huesca", "ES", "2025-11-17"),
                ev("facility_opening", ["Amazon Web Services"], None, "ES", "2022-11"),
                ev("facility_announcement", ["Microsoft"], "Villamayor de Gallego", "ES", "2025-03"),
                ev("facility_announcement", ["QTS"], "Calatorao", "ES", "2025-11")])

article("ho-49", "Press release: Red Hat to open second Indian engineering center in Pune", "2025-06-25", """
RALEIGH, N.C., June 25, 2025 /BUSINESS WIRE/ -- Red Hat, the open source software unit of IBM, today announced plans to open an engineering center in Pune, India, its second in the country after Bengaluru. The Pune center is expected to house up to 1,200 engineers working on Red Hat Enterprise Linux, OpenShift and the company's AI platform by the end of 2027.
Red Hat also said it would add 400 seats to its Bengaluru center this year.
"Some of the most important code in our products is already written in India," said Priya Natarajan, senior vice president of engineering at Red Hat. "Pune lets us grow that team close to the customers and universities we work with."
Red Hat, which IBM bought in 2019 for $34 billion, competes with SUSE and Canonical in enterprise Linux and with Broadcom's VMware in software for running containers and virtual machines. IBM completed its purchase of HashiCorp earlier this year, and HashiCorp's infrastructure tools will be developed in Pune as well.
About Red Hat
Red Hat builds open source software for hybrid cloud, Linux and AI, and works with partners and customers around the world. Red Hat, an IBM company, is headquartered in Raleigh, North Carolina.
Forward-looking statements in this release are subject to risks and uncertainties.
""", companies=[co("Red Hat"), co("IBM"), co("SUSE"), co("Canonical"), co("Broadcom"), co("VMware"), co("HashiCorp")],
        cities=[("Raleigh", "US"), ("Pune", "IN"), ("Bengaluru", "IN")],
        countries=["IN"],
        facilities=[fac("Red Hat", "rnd_center", "Pune", "IN", "planned", 2),
                    fac("Red Hat", "rnd_center", "Bengaluru", "IN", "expanded"),
                    fac("Red Hat", "headquarters", "Raleigh", "US")],
        competitors=[("Red Hat", "SUSE"), ("Red Hat", "Canonical"), ("Red Hat", "VMware")],
        subsidiaries=[("Red Hat", "IBM"), ("VMware", "Broadcom"), ("HashiCorp", "IBM")],
        events=[ev("facility_announcement", ["Red Hat"], "Pune", "IN", "2025-06-25"),
                ev("expansion", ["Red Hat"], "Bengaluru", "IN", "2025-06-25"),
                ev("acquisition", ["IBM", "Red Hat"], None, None, "2019", "$34B"),
                ev("acquisition", ["IBM", "HashiCorp"], None, None, "2025")])

article("ho-50", "Rack Centre starts work on second Lagos data center", "2026-03-18", """
Latest  Startups  Fintech  Telecoms  Data Centres  Events  Newsletters
Rack Centre starts work on second Lagos data center as West Africa's build-out speeds up
By Tomiwa Adeyemi  |  March 18, 2026
Share on X  Share on LinkedIn  Share on WhatsApp  Copy link
Pictured: Rack Centre's first building in Lagos. Photo: Rack Centre
Rack Centre, the Lagos-based carrier-neutral data center operator owned by private equity firm Actis, said on Wednesday it had begun construction of a second data center in the city, a 36-megawatt building that will more than double its capacity when it opens in 2027.
Rack Centre is up against Equinix, which entered Nigeria by buying MainOne in 2022, and against Open Access Data Centres and Africa Data Centres, the data center unit of Cassava Technologies, which opened its own Lagos facility in January.
Banks, telecom operators and cloud providers are behind most of the demand. Rack Centre said it was also studying a site in Accra, Ghana, but had not yet committed to it.
The TechPulse newsletter: the biggest African tech stories, every weekday morning. Subscribe
Read next
Paystack rival raises $30m to expand into Kenya
Why Nigerian startups are moving their servers home
Starlink price cut shakes up rural broadband
""", companies=[co("Rack Centre"), co("Actis"), co("Equinix"), co("MainOne"), co("Open Access Data Centres"),
                co("Africa Data Centres"), co("Cassava Technologies")],
        cities=[("Lagos", "NG"), ("Accra", "GH")],
        countries=["NG", "GH"],
        facilities=[fac("Rack Centre", "data_center", "Lagos", "NG", "under_construction", 2),
                    fac("Rack Centre", "data_center", "Lagos", "NG", "opened", 1),
                    fac("Rack Centre", "headquarters", "Lagos", "NG"),
                    fac("Africa Data Centres", "data_center", "Lagos", "NG", "opened")],
        competitors=[("Rack Centre", "Equinix"), ("Rack Centre", "Open Access Data Centres"), ("Rack Centre", "Africa Data Centres")],
        subsidiaries=[("Rack Centre", "Actis"), ("MainOne", "Equinix"), ("Africa Data Centres", "Cassava Technologies")],
        events=[ev("facility_announcement", ["Rack Centre"], "Lagos", "NG", "2026-03-18"),
                ev("acquisition", ["Equinix", "MainOne"], None, "NG", "2022"),
                ev("facility_opening", ["Africa Data Centres"], "Lagos", "NG", "2026-01")])

article("ho-51", "Cohere opens Seoul office as Asia-Pacific hub, signs LG CNS deal", "2025-09-10", """
Cohere, the Toronto-based maker of AI models for businesses, said on Wednesday it had opened an office in Seoul that will serve as its Asia-Pacific headquarters, and that it had signed a partnership with LG CNS, the IT services arm of LG Corp, to sell its models to Korean banks and manufacturers.
The Seoul office will start with about 40 staff in sales, engineering and customer support. Cohere said it would hire a further 60 people in the region next year.
Cohere sells to companies rather than consumers, but it is chasing the same corporate budgets as OpenAI and Anthropic, both of which have moved into the region this year. OpenAI opened an office in Seoul in May, and Anthropic opened its first Asian office, in Tokyo, in April.
The Canadian company raised $500 million last month in a round led by Radical Ventures and Inovia Capital, valuing it at $6.8 billion.
""", companies=[co("Cohere"), co("LG CNS"), co("LG Corp"), co("OpenAI"), co("Anthropic"), co("Radical Ventures"),
                co("Inovia Capital")],
        cities=[("Toronto", "CA"), ("Seoul", "KR"), ("Tokyo", "JP")],
        countries=[],
        facilities=[fac("Cohere", "headquarters", "Seoul", "KR", "opened"),
                    fac("Cohere", "headquarters", "Toronto", "CA"),
                    fac("OpenAI", "office", "Seoul", "KR", "opened"),
                    fac("Anthropic", "office", "Tokyo", "JP", "opened", 1)],
        competitors=[("Cohere", "OpenAI"), ("Cohere", "Anthropic")],
        subsidiaries=[("LG CNS", "LG Corp")],
        events=[ev("facility_opening", ["Cohere"], "Seoul", "KR", "2025-09-10"),
                ev("partnership", ["Cohere", "LG CNS"], None, None, "2025-09-10"),
                ev("facility_opening", ["OpenAI"], "Seoul", "KR", "2025-05"),
                ev("facility_opening", ["Anthropic"], "Tokyo", "JP", "2025-04"),
                ev("investment", ["Cohere", "Radical Ventures", "Inovia Capital"], None, None, "2025-08", "$500M")])

article("ho-52", "Scala breaks ground on AI data center campus in Rio Grande do Sul", "2025-04-29", """
SAO PAULO, April 29 - Scala Data Centers broke ground on Tuesday on the first phase of an AI data center campus in Eldorado do Sul, in the southern Brazilian state of Rio Grande do Sul, a project the company says could eventually draw several gigawatts of power.
The first phase, with 54 megawatts, will cost about 3 billion reais and is due to be ready in 2027. The site lies about 30 km from Porto Alegre, near a substation that survived last year's floods.
Sao Paulo-based Scala, which is controlled by U.S. investment firm DigitalBridge, is also adding two buildings to its Tambore campus in Barueri, west of Sao Paulo.
Scala is fighting Ascenty and Equinix for contracts from the cloud providers that are expanding in Latin America's biggest market, and says the southern campus can offer cheaper wind and hydro power than sites around Sao Paulo.
""", companies=[co("Scala Data Centers", "Scala Data Centers", "Scala"), co("DigitalBridge"), co("Ascenty"), co("Equinix")],
        cities=[("Sao Paulo", "BR"), ("Eldorado do Sul", "BR"), ("Porto Alegre", "BR"), ("Barueri", "BR")],
        countries=["US"],
        facilities=[fac("Scala Data Centers", "data_center", "Eldorado do Sul", "BR", "under_construction"),
                    fac("Scala Data Centers", "data_center", "Barueri", "BR", "expanded"),
                    fac("Scala Data Centers", "headquarters", "Sao Paulo", "BR")],
        competitors=[("Scala Data Centers", "Ascenty"), ("Scala Data Centers", "Equinix")],
        subsidiaries=[("Scala Data Centers", "DigitalBridge")],
        events=[ev("facility_announcement", ["Scala Data Centers"], "Eldorado do Sul", "BR", "2025-04-29", "R$3B"),
                ev("expansion", ["Scala Data Centers"], "Barueri", "BR", "2025-04-29")])

article("ho-53", "Nxtra opens Kolkata data centre, lines up Hyderabad campus", "2025-10-14", """
Markets | Companies | Tech | Startups | Economy | Opinion | ePaper | Subscribe
Loading market data...
Sensex  Nifty 50  Gold  USD/INR  Brent
Tech > Data Centres
Nxtra opens Kolkata data centre, lines up Hyderabad as east India demand wakes up
By Ritika Sen | Updated: 14 Oct 2025, 06:12 PM IST
Share on WhatsApp  Share on X  Share on LinkedIn  Copy link
Listen to this story  3 min
Bharti Airtel's data centre arm Nxtra has switched on a 12-megawatt facility in Kolkata, its first large site in eastern India, and said on Tuesday it would start building a 60 MW campus in Hyderabad before the end of the financial year.
The Kolkata building, in the city's New Town district, can hold about 1,800 racks. Nxtra said roughly two-thirds of the first hall had been booked before the doors opened, mostly by banks and by a state-run insurer moving its disaster-recovery systems out of Mumbai.
"For a decade the east has shipped its data to Mumbai and Chennai because there was nowhere closer to put it," said Ashish Arora, chief executive of Nxtra. "That ends now."
The Hyderabad campus, on 14 acres along the city's western IT corridor, will cost about Rs 2,800 crore over three phases. The first phase is due in late 2027 and will be built for liquid-cooled AI servers, Arora said, though he declined to name the anchor customer.
Nxtra, which runs 12 large data centres and more than 120 edge sites across the country, is one of a crowded field. CtrlS Datacenters, Sify Technologies and Yotta, which is backed by the Hiranandani Group, are all adding capacity in the same cities, and Nxtra's executives name those three as the operators they lose deals to most often. Foreign money is arriving as well: Singapore-based ST Telemedia Global Data Centres opened its own Kolkata facility last year.
Airtel bought out the last outside shareholder in Nxtra, the private equity firm Carlyle, in a deal completed in August, making the unit wholly owned again.
Analysts expect India's installed data centre capacity to roughly double by 2028, with Mumbai still taking about half of it.
Pictured: The new Nxtra facility in Kolkata's New Town. (Photo: Company handout)
ALSO READ
Reliance Jio's AI push: what the Jamnagar build means for Google and Meta
Adani ConneX bags $1.4 billion loan for Navi Mumbai park
Why Anthropic picked Bengaluru for its first India office
Catch all the Business News, Market News, Breaking News Events and Latest News Updates. Download the app to get daily market updates.
Subscribe to our Tech newsletter
We use cookies to improve your experience. Accept
""", companies=[co("Nxtra"), co("Bharti Airtel", "Bharti Airtel", "Airtel"), co("CtrlS Datacenters"), co("Sify Technologies"),
                co("Yotta"), co("Hiranandani Group"), co("ST Telemedia Global Data Centres"), co("Carlyle")],
        cities=[("Kolkata", "IN"), ("Hyderabad", "IN"), ("Mumbai", "IN"), ("Chennai", "IN"), ("Singapore", "SG")],
        countries=["IN", "SG"],
        facilities=[fac("Nxtra", "data_center", "Kolkata", "IN", "opened"),
                    fac("Nxtra", "data_center", "Hyderabad", "IN", "announced"),
                    fac("ST Telemedia Global Data Centres", "data_center", "Kolkata", "IN", "opened"),
                    fac("ST Telemedia Global Data Centres", "headquarters", "Singapore", "SG")],
        competitors=[("Nxtra", "CtrlS Datacenters"), ("Nxtra", "Sify Technologies"), ("Nxtra", "Yotta")],
        subsidiaries=[("Nxtra", "Bharti Airtel")],
        events=[ev("facility_opening", ["Nxtra"], "Kolkata", "IN", "2025-10-14"),
                ev("facility_announcement", ["Nxtra"], "Hyderabad", "IN", "2025-10-14", "₹28B"),
                ev("facility_opening", ["ST Telemedia Global Data Centres"], "Kolkata", "IN", "2024"),
                ev("acquisition", ["Bharti Airtel", "Nxtra", "Carlyle"], None, None, "2025-08")])

article("ho-54", "Humain breaks ground on Riyadh AI campus, signs Qualcomm deal", "2025-11-18", """
RIYADH, Nov 18 (Reuters) - Humain, the artificial intelligence company owned by Saudi Arabia's Public Investment Fund, broke ground on Tuesday on a 200-megawatt data center campus on the northern edge of Riyadh and signed an agreement with Qualcomm to develop inference servers in the kingdom.
The Riyadh campus is the first of two large sites Humain has planned; the second, near Dammam on the Gulf coast, is still being designed. Humain said the first 50 MW in Riyadh would be running by the third quarter of 2026, and that it had already agreed to lease part of that capacity to Amazon Web Services, which is building a cloud region in Saudi Arabia.
Under the Qualcomm agreement, the U.S. chip designer will open an engineering center in Riyadh with about 300 staff to work on inference chips and the software that runs on them. Financial terms were not disclosed.
Humain wants Saudi Arabia to become the region's main hub for AI computing before its neighbours lock up the customers. Its most direct challenger is G42, the Abu Dhabi-based group behind a 5-gigawatt AI campus that OpenAI, Oracle and Nvidia have signed up to use. Executives at the two companies now compare power prices and chip allocations in public, and bankers in the Gulf describe them as chasing the same small group of AI labs for the same anchor contracts.
"We do not have to win every deal, but we have to be in every conversation," Humain chief executive Tareq Amin told reporters at the site, where earth movers were already levelling the first plot.
Humain has ordered 18,000 of Nvidia's newest accelerators for the Riyadh campus and in May agreed a $10 billion joint venture with Advanced Micro Devices to build AI infrastructure over five years.
The fund has given Humain a mandate to reach 1.9 gigawatts of capacity by 2030, which would require several more campuses beyond the two announced so far.
(Reporting by Hadeel Al Sayegh; Editing by Jan Harvey)
""", companies=[co("Humain"), co("Public Investment Fund"), co("Qualcomm"), co("Amazon Web Services"), co("G42"),
                co("OpenAI"), co("Oracle"), co("Nvidia"), co("Advanced Micro Devices")],
        cities=[("Riyadh", "SA"), ("Dammam", "SA"), ("Abu Dhabi", "AE")],
        countries=["SA", "US"],
        facilities=[fac("Humain", "data_center", "Riyadh", "SA", "under_construction", 1),
                    fac("Humain", "data_center", "Dammam", "SA", "planned", 2),
                    fac("Amazon Web Services", "cloud_region", None, "SA", "under_construction"),
                    fac("Qualcomm", "rnd_center", "Riyadh", "SA", "planned"),
                    fac("G42", "data_center", "Abu Dhabi", "AE"),
                    fac("G42", "headquarters", "Abu Dhabi", "AE")],
        competitors=[("Humain", "G42")],
        subsidiaries=[("Humain", "Public Investment Fund")],
        events=[ev("facility_announcement", ["Humain"], "Riyadh", "SA", "2025-11-18"),
                ev("partnership", ["Humain", "Qualcomm"], None, "SA", "2025-11-18"),
                ev("facility_announcement", ["Qualcomm"], "Riyadh", "SA", "2025-11-18"),
                ev("partnership", ["Humain", "Amazon Web Services"]),
                ev("partnership", ["G42", "OpenAI", "Oracle", "Nvidia"]),
                ev("partnership", ["Humain", "Nvidia"]),
                ev("partnership", ["Humain", "Advanced Micro Devices"], None, None, "2025-05", "$10B")])

article("ho-55", "Press release: Kestrel Semiconductor opens Bayan Lepas plant, starts Kulim build", "2026-01-20", """
Kestrel Semiconductor Opens Advanced Test and Packaging Plant in Penang, Starts Construction in Kedah
Company grows Malaysian workforce to 2,400; signs seven-year supply agreement with Infineon
BAYAN LEPAS, Malaysia, Jan. 20, 2026 /PRNewswire/ -- Kestrel Semiconductor Pte. Ltd. ("Kestrel"), a provider of outsourced assembly and test services for power and automotive chips, today announced the opening of its advanced test and packaging plant in Bayan Lepas, Penang, and the start of construction on a new plant in Kulim, Kedah.
The Bayan Lepas plant, Kestrel's third in Malaysia, covers 380,000 square feet and will carry out wafer-level packaging and final test for silicon carbide and gallium nitride power devices. The Kulim plant, on a 30-acre plot in the Kulim Hi-Tech Park, is expected to begin production in mid-2027. Kestrel expects to invest about US$420 million in the two sites over five years and to hire 900 engineers and technicians.
Kestrel also announced a seven-year supply agreement with Infineon Technologies, under which Kestrel will package and test power modules that Infineon produces at its wafer fab in Kulim for electric-vehicle, solar and data-center customers.
"Penang gave us our start, and Kedah gives us room to grow," said Lim Wei Shen, chief executive officer of Kestrel. "Our customers want capacity outside the supply chains they already depend on, and they want it a short drive from the fabs."
Kestrel competes with ASE Technology and Amkor Technology, the two largest providers of outsourced semiconductor assembly and test, and with Penang's Inari Amertron in radio-frequency modules. The company said power devices now account for more than 60% of its revenue, up from a third three years ago.
The Malaysian Investment Development Authority and the Penang state government supported the project.
About Kestrel Semiconductor
Kestrel Semiconductor is a subsidiary of Lingfeng Holdings and is headquartered in Singapore. Founded in 2009, it operates assembly and test plants in Malaysia and the Philippines and serves chipmakers in Europe, Japan and the United States.
Forward-Looking Statements
This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially.
Media Contact: Kestrel Corporate Communications, media@example.com
SOURCE Kestrel Semiconductor Pte. Ltd.
""", companies=[co("Kestrel Semiconductor", "Kestrel Semiconductor Pte. Ltd.", "Kestrel Semiconductor", "Kestrel"),
                co("Infineon Technologies", "Infineon Technologies", "Infineon"), co("ASE Technology"), co("Amkor Technology"),
                co("Inari Amertron"), co("Lingfeng Holdings")],
        cities=[("Bayan Lepas", "MY"), ("Kulim", "MY"), ("Singapore", "SG")],
        countries=["MY", "PH", "JP", "US", "SG"],
        facilities=[fac("Kestrel Semiconductor", "factory", "Bayan Lepas", "MY", "opened", 3),
                    fac("Kestrel Semiconductor", "factory", "Kulim", "MY", "under_construction"),
                    fac("Infineon Technologies", "fab", "Kulim", "MY"),
                    fac("Kestrel Semiconductor", "headquarters", "Singapore", "SG")],
        competitors=[("Kestrel Semiconductor", "ASE Technology"), ("Kestrel Semiconductor", "Amkor Technology"),
                     ("Kestrel Semiconductor", "Inari Amertron")],
        subsidiaries=[("Kestrel Semiconductor", "Lingfeng Holdings")],
        events=[ev("facility_opening", ["Kestrel Semiconductor"], "Bayan Lepas", "MY", "2026-01-20"),
                ev("facility_announcement", ["Kestrel Semiconductor"], "Kulim", "MY", "2026-01-20"),
                ev("investment", ["Kestrel Semiconductor"], None, "MY", "2026-01-20", "$420M"),
                ev("partnership", ["Kestrel Semiconductor", "Infineon Technologies"], None, None, "2026-01-20")])

article("ho-56", "Boreal Compute pauses Lulea AI campus as grid queue stretches to 2030", "2025-06-05", """
DCD Nordics  |  News  |  Analysis  |  Power  |  Cooling  |  Investment  |  Events  |  Awards
Boreal Compute pauses Luleå AI campus as grid queue stretches to 2030
The Stockholm-based developer blames a late connection date; its Finnish site goes ahead early
By Erik Lindqvist   June 5, 2025   4 min read
Share  Post  Email  Print
Boreal Compute has paused work on its planned 150-megawatt AI data center campus outside Luleå in northern Sweden, after the national grid operator told the company that a full connection would not be available before 2030.
Boreal unveiled the Luleå project in October last year, promising a first 40 MW building in 2026 at a total cost of about SEK 9 billion. The land had been cleared but no building work had begun, a spokesperson said on Wednesday. The company will keep its land option and apply for capacity again in the next allocation round.
Instead, Boreal will bring forward its campus in Kajaani, Finland, where it already holds a 70 MW grid contract. Construction of the first hall there began in March and is now set to finish in spring 2026, six months earlier than planned.
"We would rather be early in Kajaani than late in Luleå," said chief executive Maja Ekholm.
Cheap hydropower drew Meta to Luleå more than a decade ago; the social media company opened its first data center outside the US there in 2013 and has added two buildings since. But a wave of new industrial demand, from green steel maker Stegra's plant in Boden to hydrogen projects along the coast, has filled the grid queue faster than new lines can be built.
Boreal is not the only one reworking its timetable. EcoDataCenter, which is owned by investment firm Areim, said last month that it was reviewing the timing of a second building at its campus in Falun.
The paused campus is also a setback in Boreal's contest with Verne Global and atNorth, the two operators it most often meets when bidding for Nordic AI tenants. Both have so far built their largest sites in Iceland, where grid connections have come faster, though atNorth has added campuses in Denmark and Finland this year.
Image: A cleared site outside Luleå. Credit: Boreal Compute
Related
Microsoft drops second Gävle building as it rethinks Nordic plans
Aker and Nscale raise money for Narvik AI hub
Sign up for the DCD Nordics newsletter: the week's data center news from Norway to Finland, every Friday.
This site uses cookies. By continuing to browse you agree to our use of cookies.
""", companies=[co("Boreal Compute", "Boreal Compute", "Boreal"), co("Meta"), co("Stegra"), co("EcoDataCenter"), co("Areim"),
                co("Verne Global"), co("atNorth")],
        cities=[("Luleå", "SE"), ("Stockholm", "SE"), ("Kajaani", "FI"), ("Boden", "SE"), ("Falun", "SE")],
        countries=["SE", "FI", "US", "IS", "DK"],
        facilities=[fac("Boreal Compute", "headquarters", "Stockholm", "SE"),
                    fac("Boreal Compute", "data_center", "Kajaani", "FI", "under_construction"),
                    fac("Meta", "data_center", "Luleå", "SE", "expanded", 1),
                    fac("Stegra", "factory", "Boden", "SE"),
                    fac("EcoDataCenter", "data_center", "Falun", "SE"),
                    fac("Verne Global", "data_center", None, "IS"),
                    fac("atNorth", "data_center", None, "IS"),
                    fac("atNorth", "data_center", None, "DK", "opened"),
                    fac("atNorth", "data_center", None, "FI", "opened")],
        competitors=[("Boreal Compute", "Verne Global"), ("Boreal Compute", "atNorth")],
        subsidiaries=[("EcoDataCenter", "Areim")],
        events=[ev("other", ["Boreal Compute"], "Luleå", "SE", "2025-06-04"),
                ev("facility_announcement", ["Boreal Compute"], "Luleå", "SE", "2024-10", "SEK9B"),
                ev("facility_announcement", ["Boreal Compute"], "Kajaani", "FI", "2025-03"),
                ev("facility_opening", ["Meta"], "Luleå", "SE", "2013"),
                ev("facility_opening", ["atNorth"], None, "DK", "2025"),
                ev("facility_opening", ["atNorth"], None, "FI", "2025")])

article("ho-57", "Kioxia and Sandisk start output at new Kitakami flash fab", "2025-09-30", """
Semiconductor Digest Asia
Home / Memory / Fabs & Equipment / Markets / People / Webinars / Subscribe
Kioxia and Sandisk start output at new Kitakami flash fab
September 30, 2025 | Staff report
Share:  f  x  in  mail
KITAKAMI, Japan -- Kioxia Holdings and its long-time manufacturing partner Sandisk said on Tuesday that their new flash memory fab in Kitakami, Iwate Prefecture, has started shipping wafers, about a year later than first planned because of the memory slump of 2023.
The fab, known as K2, is the second the two companies run at the Kitakami site and will make 218-layer and later 332-layer 3D NAND. Kioxia put the cost of the building and first equipment at about 1 trillion yen, shared with Sandisk under the joint venture arrangement the companies have kept since the days when Sandisk belonged to Western Digital. Japan's industry ministry has pledged up to 243 billion yen in subsidies for the two Kitakami fabs and the older Yokkaichi complex in Mie Prefecture.
The start comes as demand for high-capacity drives in AI data centers has lifted flash prices for the first time in two years. Kioxia and Sandisk are fighting Samsung Electronics and SK hynix for those orders; the two South Korean groups together hold more than half of the NAND market, and SK hynix's Solidigm unit has led in the very large drives that AI clusters use.
"The customers who cut orders two years ago are now asking for allocation," said Hideki Sato, a Kioxia executive who oversees the Iwate operations.
Kioxia, which is based in Tokyo and listed its shares there last December, also said it would add a new research building at Yokkaichi in 2026 to develop the next generation of 3D NAND.
Sandisk, headquartered in Milpitas, California, became independent again in February after Western Digital spun off its flash business.
Most read
1. Rapidus shows first 2nm test chips to customers
2. Why Micron is betting on Hiroshima again
3. TSMC's Arizona yields catch up with Taiwan
Newsletter: Get Semiconductor Digest Asia in your inbox every Thursday.
About us | Advertise | Contact | Privacy | Terms
""", companies=[co("Kioxia Holdings", "Kioxia Holdings", "Kioxia"), co("Sandisk"), co("Western Digital"), co("Samsung Electronics"),
                co("SK hynix"), co("Solidigm")],
        cities=[("Kitakami", "JP"), ("Yokkaichi", "JP"), ("Tokyo", "JP"), ("Milpitas", "US")],
        countries=["JP"],
        facilities=[fac("Kioxia Holdings", "fab", "Kitakami", "JP", "opened", 2),
                    fac("Kioxia Holdings", "fab", "Yokkaichi", "JP"),
                    fac("Kioxia Holdings", "rnd_center", "Yokkaichi", "JP", "planned"),
                    fac("Kioxia Holdings", "headquarters", "Tokyo", "JP"),
                    fac("Sandisk", "headquarters", "Milpitas", "US")],
        competitors=[("Kioxia Holdings", "Samsung Electronics"), ("Kioxia Holdings", "SK hynix"),
                     ("Sandisk", "Samsung Electronics"), ("Sandisk", "SK hynix")],
        subsidiaries=[("Solidigm", "SK hynix")],
        events=[ev("facility_opening", ["Kioxia Holdings", "Sandisk"], "Kitakami", "JP", "2025-09-30", "¥1T"),
                ev("partnership", ["Kioxia Holdings", "Sandisk"]),
                ev("facility_announcement", ["Kioxia Holdings"], "Yokkaichi", "JP", "2025-09-30")])

article("ho-58", "Samsung SDS breaks ground on Gumi AI data center", "2025-12-03", """
SEOUL, Dec. 3 (Yonhap) -- Samsung SDS Co., the country's largest IT services provider, broke ground Wednesday on an artificial intelligence data center in Gumi, North Gyeongsang Province, the company said, as Korean IT firms scramble for state-backed AI computing contracts.
The facility, Samsung SDS's sixth data center in South Korea, will have 40 megawatts of power capacity when its first phase is completed in late 2027 and will house graphics processing units for the government's planned national AI computing center, the company said. It will cost about 1.2 trillion won.
Samsung SDS also said it would expand its Chuncheon data center in Gangwon Province by 20 MW next year.
The company is competing with LG CNS and SK AX, the IT services unit of SK Inc., for a share of the national AI computing project, which the government plans to tender in stages from next year. The three firms, long rivals for public-sector IT work, have each promised to build GPU capacity outside the Seoul metropolitan area, where power is scarce.
Gumi, an industrial city about 200 kilometers southeast of Seoul, is home to a Samsung Electronics smartphone plant and LG Display panel factories. The city offered Samsung SDS a discount on land and power connection fees, officials said.
Samsung SDS said last month that it had signed a deal with OpenAI to resell ChatGPT Enterprise to Korean companies, and that it was in talks with Nvidia over a supply of chips for Gumi.
Its shares rose 2.4 percent on the Korea Exchange after the announcement.
(END)
""", companies=[co("Samsung SDS", "Samsung SDS Co.", "Samsung SDS"), co("LG CNS"), co("SK AX"), co("SK Inc."),
                co("Samsung Electronics"), co("LG Display"), co("OpenAI"), co("Nvidia")],
        cities=[("Seoul", "KR"), ("Gumi", "KR"), ("Chuncheon", "KR")],
        countries=["KR"],
        facilities=[fac("Samsung SDS", "data_center", "Gumi", "KR", "under_construction", 6),
                    fac("Samsung SDS", "data_center", "Chuncheon", "KR", "expanded"),
                    fac("Samsung Electronics", "factory", "Gumi", "KR"),
                    fac("LG Display", "factory", "Gumi", "KR")],
        competitors=[("Samsung SDS", "LG CNS"), ("Samsung SDS", "SK AX")],
        subsidiaries=[("SK AX", "SK Inc.")],
        events=[ev("facility_announcement", ["Samsung SDS"], "Gumi", "KR", "2025-12-03", "₩1.2T"),
                ev("expansion", ["Samsung SDS"], "Chuncheon", "KR", "2025-12-03"),
                ev("partnership", ["Samsung SDS", "OpenAI"], None, None, "2025-11")])

article("ho-59", "Foxconn doubles Guadalajara server plant for Nvidia systems", "2026-02-17", """
GUADALAJARA, Mexico, Feb 17 (Reuters) - Foxconn will double the size of its server assembly plant in Guadalajara, in the western state of Jalisco, to build racks of Nvidia's AI systems for U.S. cloud customers, the Taiwanese contract manufacturer said on Tuesday.
The expansion, which Foxconn valued at about $900 million, adds two buildings and some 4,000 jobs to a site that already employs around 5,000 people. The first new building is due to start assembly in the fourth quarter. The work will be run by Foxconn Industrial Internet, the unit of Hon Hai Precision Industry that makes servers and networking gear for cloud providers. Hon Hai is the formal name of the group that trades as Foxconn.
Mexico has become the main landing point for AI server assembly aimed at the United States, because racks built there can cross the border without the tariffs applied to those made in Asia. Foxconn also makes servers in Ciudad Juarez, in Chihuahua state, and said last year it was building a plant for Nvidia's GB300 systems on Guadalajara's southern industrial corridor, which the new buildings will adjoin.
Its two main competitors in AI server assembly, Quanta Computer and Wistron, have also grown in Mexico. Quanta runs a plant in Guadalajara's metropolitan area, and Wistron's server arm Wiwynn opened a factory in Ciudad Juarez last year. The three Taiwanese firms together build most of the racks that Microsoft, Meta, Amazon and Google buy from Nvidia.
"The customer wants the rack closer to the data center, and the data center is in Texas, Ohio and Virginia," Foxconn spokesperson James Wu said.
The Jalisco governor's office said the state had offered faster permits and help with a new substation. Power supply in the Guadalajara area has been strained by the arrival of several large factories in the past two years.
Separately, Foxconn said its board had approved a capital increase of $1 billion in its Mexican subsidiary.
The Mexican city should not be confused with Guadalajara in Spain, east of Madrid, which has become a hub for European data centers.
(Reporting by Diego Ore and Wen-Yee Lee; Editing by David Goodman)
""", companies=[co("Hon Hai Precision Industry", "Foxconn", "Hon Hai Precision Industry", "Hon Hai"), co("Nvidia"), co("Foxconn Industrial Internet"),
                co("Quanta Computer"), co("Wistron"), co("Wiwynn"), co("Microsoft"), co("Meta"), co("Amazon"), co("Google")],
        cities=[("Guadalajara", "MX"), ("Ciudad Juarez", "MX"), ("Guadalajara", "ES"), ("Madrid", "ES")],
        countries=["MX", "US", "ES"],
        facilities=[fac("Hon Hai Precision Industry", "factory", "Guadalajara", "MX", "expanded"),
                    fac("Hon Hai Precision Industry", "factory", "Ciudad Juarez", "MX"),
                    fac("Quanta Computer", "factory", "Guadalajara", "MX"),
                    fac("Wiwynn", "factory", "Ciudad Juarez", "MX", "opened")],
        competitors=[("Hon Hai Precision Industry", "Quanta Computer"), ("Hon Hai Precision Industry", "Wistron")],
        subsidiaries=[("Foxconn Industrial Internet", "Hon Hai Precision Industry"), ("Wiwynn", "Wistron")],
        events=[ev("expansion", ["Hon Hai Precision Industry"], "Guadalajara", "MX", "2026-02-17", "$900M"),
                ev("facility_announcement", ["Hon Hai Precision Industry"], "Guadalajara", "MX", "2025"),
                ev("facility_opening", ["Wiwynn"], "Ciudad Juarez", "MX", "2025"),
                ev("investment", ["Hon Hai Precision Industry"], None, "MX", "2026-02-17", "$1B")])

article("ho-60", "Vertiv closes $1.1 billion purchase of Danish liquid-cooling maker Kolding Thermal", "2025-07-22", """
DATA CENTER POWER & COOLING
News | Products | Features | Podcasts | White papers | Events | Newsletter
Vertiv closes $1.1 billion purchase of Danish liquid-cooling maker Kolding Thermal
The deal gives the Ohio company a second European factory for coolant distribution units as AI racks pass 130 kW
By Priya Raman, Senior Editor | July 22, 2025
Comments (0)   Share   Tweet   Email
Vertiv Holdings has completed its acquisition of Kolding Thermal A/S, a Danish maker of coolant distribution units and rear-door heat exchangers, for about $1.1 billion in cash, the company said on Tuesday. The deal, first announced in March, cleared its last regulatory review in Brussels last week.
Kolding Thermal, founded in 1987 and named after the port town in southern Jutland where it is based, will keep its brand and become part of Vertiv's thermal management business. Its 600 employees work mainly at the Kolding factory and at a second plant in Gdansk, Poland, which opened in 2023 and is being extended this year.
For Vertiv, based in Westerville, Ohio, the purchase adds capacity it has struggled to build fast enough in-house. Orders for its liquid-cooling products more than doubled in the first half of the year, and lead times for coolant distribution units have stretched past nine months. Vertiv said it would add a third production line in Kolding before the end of 2025.
The deal is the latest in a run of cooling acquisitions as power equipment makers race for the same liquid-cooling budgets. Schneider Electric bought a controlling stake in Motivair, a U.S. maker of chillers and cold plates, last year, and Eaton agreed in June to buy a cooling specialist of its own. Analysts at one brokerage describe Vertiv, Schneider and Eaton as the three suppliers that every hyperscale buyer now invites to tender.
"Liquid cooling went from pilot projects to purchase orders in about eighteen months," said Vertiv chief executive Giordano Albertazzi.
Vertiv's shares rose 3% in New York trading.
MORE FROM DCPC
Video: Inside a 1 MW immersion tank test
LiquidStack opens Texas factory
Comment: Why the CDU is the new bottleneck
Subscribe to the DCPC newsletter. By subscribing you agree to our privacy policy.
""", companies=[co("Vertiv Holdings", "Vertiv Holdings", "Vertiv"), co("Kolding Thermal", "Kolding Thermal A/S", "Kolding Thermal"),
                co("Schneider Electric", "Schneider Electric", "Schneider"), co("Motivair"), co("Eaton")],
        cities=[("Kolding", "DK"), ("Gdansk", "PL"), ("Westerville", "US"), ("Brussels", "BE"), ("New York", "US")],
        countries=["PL", "US"],
        facilities=[fac("Kolding Thermal", "factory", "Kolding", "DK", "expanded"),
                    fac("Kolding Thermal", "headquarters", "Kolding", "DK"),
                    fac("Kolding Thermal", "factory", "Gdansk", "PL", "expanded"),
                    fac("Vertiv Holdings", "headquarters", "Westerville", "US")],
        competitors=[("Vertiv Holdings", "Schneider Electric"), ("Vertiv Holdings", "Eaton")],
        subsidiaries=[("Kolding Thermal", "Vertiv Holdings"), ("Motivair", "Schneider Electric")],
        events=[ev("acquisition", ["Vertiv Holdings", "Kolding Thermal"], None, None, "2025-07-22", "$1.1B"),
                ev("facility_opening", ["Kolding Thermal"], "Gdansk", "PL", "2023"),
                ev("expansion", ["Kolding Thermal"], "Gdansk", "PL", "2025"),
                ev("expansion", ["Vertiv Holdings", "Kolding Thermal"], "Kolding", "DK", "2025-07-22"),
                ev("acquisition", ["Schneider Electric", "Motivair"], None, None, "2024"),
                ev("acquisition", ["Eaton"], None, None, "2025-06")])

article("ho-61", "Tribunal blocks MTN's takeover of Cape Town fibre operator Bluefin", "2026-03-10", """
Home  News  Business  Tech  Opinion  Sport  Lifestyle   Login  Subscribe
Loading market data...
JSE All Share   Rand/Dollar   Brent Crude   Gold
BUSINESS  |  TELECOMS
Tribunal blocks MTN's R4.6bn takeover of Bluefin Networks
Thandiwe Mokoena | 10 March 2026 - 17:45
Share this article: Facebook  X  WhatsApp  Email
The Competition Tribunal has blocked MTN Group's proposed R4.6 billion purchase of Bluefin Networks, the Cape Town-based fibre operator that serves about 240,000 homes in the Western Cape, saying the deal would hand the country's second-largest mobile operator control of a network its rivals depend on.
In a ruling published on Tuesday, the tribunal said Bluefin's open-access fibre was one of the few alternatives to Openserve, the wholesale arm of Telkom, in large parts of Cape Town and the Winelands, and that MTN would have had the means and the incentive to favour its own retail brand on it.
MTN agreed to buy Bluefin in May last year. The Johannesburg-based group said it was "disappointed" and would study the ruling before deciding whether to appeal to the Competition Appeal Court. MTN's shares closed 1.3% lower on the JSE.
The case was closely watched because Vodacom, MTN's larger rival, saw its own fibre deal with Remgro's Maziv held up by the competition authorities for almost two years before it was approved on appeal. Vodacom, which is majority-owned by Britain's Vodafone, now holds a stake in Maziv's Vumatel and DFA networks.
Bluefin's founders, who own 60% of the company, had agreed to sell their entire stake. Private equity firm Sable Rock, which holds the rest, said it would "look at all options" for the business, including a listing.
Bluefin said it would go ahead with plans to lay fibre in Stellenbosch and Paarl this year.
Competition lawyers said the ruling showed the authorities were now more willing to stop mobile operators buying the fibre networks that carry their traffic.
RELATED
Telkom's Openserve raises wholesale prices by 6%
Rain and Liquid agree to share towers in Gauteng
Starlink licence talks stall again
""", companies=[co("MTN Group", "MTN Group", "MTN"), co("Bluefin Networks", "Bluefin Networks", "Bluefin"), co("Openserve"), co("Telkom"),
                co("Vodacom"), co("Remgro"), co("Maziv"), co("Vodafone"), co("Vumatel"), co("DFA"), co("Sable Rock")],
        cities=[("Cape Town", "ZA"), ("Johannesburg", "ZA"), ("Stellenbosch", "ZA"), ("Paarl", "ZA")],
        countries=["GB"],
        facilities=[fac("MTN Group", "headquarters", "Johannesburg", "ZA"),
                    fac("Bluefin Networks", "headquarters", "Cape Town", "ZA")],
        competitors=[("MTN Group", "Vodacom")],
        subsidiaries=[("Openserve", "Telkom"), ("Vodacom", "Vodafone"), ("Maziv", "Remgro"), ("Vumatel", "Maziv"), ("DFA", "Maziv")],
        events=[ev("other", ["MTN Group", "Bluefin Networks"], None, "ZA", "2026-03-10"),
                ev("acquisition", ["MTN Group", "Bluefin Networks"], None, None, "2025-05", "R4.6B"),
                ev("investment", ["Vodacom", "Maziv"])])

article("ho-62", "Hitachi's GlobalLogic agrees to buy Krakow software house Vistula Soft", "2025-11-25", """
Tech Europe Today  >  Deals  >  IT services
Hitachi's GlobalLogic agrees to buy Krakow software house Vistula Soft for EUR 380 million
November 25, 2025  |  Reading time: 3 minutes
GlobalLogic, the digital engineering unit of Japan's Hitachi, has agreed to buy Vistula Soft, a Krakow-based developer of software for carmakers and medical device companies, for about 380 million euros including debt, the two companies said on Tuesday.
The deal, which needs approval from Poland's competition office and is expected to close in the first quarter of 2026, would add about 2,100 engineers to GlobalLogic's staff in Central Europe. Vistula has offices in Krakow, Wroclaw and Gdynia in Poland and a development center in Lviv, Ukraine, which it kept running throughout the war.
Santa Clara, California-based GlobalLogic, which Hitachi bought in 2021 for $9.6 billion, has been using acquisitions to win more embedded-software work from European car and industrial companies. Vistula's customers include Volkswagen's software unit Cariad and the Swiss medical technology group Ypsomed.
Central Europe has become one of the most contested markets for engineering outsourcing. GlobalLogic competes there chiefly with EPAM Systems and Endava, both of which have opened new offices in Poland this year, and the three have been bidding up salaries for embedded and safety-critical software engineers in Krakow and Wroclaw.
"Poland is now where we hire the engineers who used to be hired in Germany," said Nitesh Banga, GlobalLogic's chief executive.
Vistula's founders and its private equity owner, Enterprise Investors, will sell their entire stakes. Vistula's management team will stay on, and the company will keep its name for at least two years.
Hitachi has been shifting toward software and services; last month it said digital systems accounted for almost a third of group profit.
Read more
Poland's chip ambitions after Intel's Magdeburg retreat
Ukrainian IT outsourcers look west for new offices
Newsletter: the week in European tech deals, every Monday morning
""", companies=[co("GlobalLogic"), co("Hitachi"), co("Vistula Soft", "Vistula Soft", "Vistula"), co("Volkswagen"), co("Cariad"),
                co("Ypsomed"), co("EPAM Systems"), co("Endava"), co("Enterprise Investors")],
        cities=[("Krakow", "PL"), ("Wroclaw", "PL"), ("Gdynia", "PL"), ("Lviv", "UA"), ("Santa Clara", "US")],
        countries=["JP", "PL", "UA", "DE"],
        facilities=[fac("Vistula Soft", "headquarters", "Krakow", "PL"),
                    fac("Vistula Soft", "office", "Wroclaw", "PL"),
                    fac("Vistula Soft", "office", "Gdynia", "PL"),
                    fac("Vistula Soft", "rnd_center", "Lviv", "UA"),
                    fac("GlobalLogic", "headquarters", "Santa Clara", "US"),
                    fac("EPAM Systems", "office", None, "PL", "opened"),
                    fac("Endava", "office", None, "PL", "opened")],
        competitors=[("GlobalLogic", "EPAM Systems"), ("GlobalLogic", "Endava")],
        subsidiaries=[("GlobalLogic", "Hitachi"), ("Cariad", "Volkswagen")],
        events=[ev("acquisition", ["GlobalLogic", "Vistula Soft", "Enterprise Investors"], None, None, "2025-11-25", "€380M"),
                ev("acquisition", ["Hitachi", "GlobalLogic"], None, None, "2021", "$9.6B"),
                ev("facility_opening", ["EPAM Systems"], None, "PL", "2025"),
                ev("facility_opening", ["Endava"], None, "PL", "2025")])

article("ho-63", "AWS opens Taipei cloud region, pledges NT$150 billion for Taiwan", "2025-06-24", """
TAIPEI, June 24 - Amazon Web Services, the cloud computing unit of Amazon.com, said on Tuesday it had opened a cloud region in Taiwan, made up of three availability zones in and around Taipei, and would invest more than NT$150 billion (about $5 billion) in the island over the next 15 years.
The region is AWS's 15th in Asia-Pacific. It will let banks, hospitals and government agencies keep their data inside Taiwan, which local rules increasingly require, and will cut latency for chip and electronics companies that run design and factory software in the cloud. Customers at launch include Cathay Financial Holding, the game publisher Gamania Digital Entertainment and Chunghwa Telecom, which will also resell AWS services to smaller businesses under a new partnership.
The launch puts AWS head to head with Google Cloud on the island. Google has run a data center in Changhua County on Taiwan's west coast since 2013 and has expanded it several times; its Taiwan region is one of Google Cloud's busiest in Asia. Microsoft announced plans for a Taiwan region in 2020 but has not said when it will open.
"Taiwan designs and builds the chips that power most of the world's AI. Its own companies should not have to send their data offshore to use it," AWS Asia-Pacific managing director Rajeev Nair said at a launch event in Taipei's Nangang district.
AWS said its investment would cover data center construction, power and operations, and that it would add a second set of buildings in Taoyuan, south-west of the capital, by 2028.
Taiwan's electricity supply is a risk for data center operators: the government has asked new facilities of more than 5 megawatts to locate in the south, where more power is available, and the island plans to phase out nuclear power by the end of the decade.
Amazon has been spending heavily on cloud regions in Asia this year, with new regions in Thailand and Mexico opened and one in Malaysia expanded.
""", companies=[co("Amazon Web Services", "Amazon Web Services", "AWS"), co("Amazon.com", "Amazon.com", "Amazon"), co("Cathay Financial Holding"),
                co("Gamania Digital Entertainment"), co("Chunghwa Telecom"), co("Google Cloud"), co("Google"), co("Microsoft")],
        cities=[("Taipei", "TW"), ("Taoyuan", "TW")],
        countries=["TW", "TH", "MX", "MY"],
        facilities=[fac("Amazon Web Services", "cloud_region", "Taipei", "TW", "opened"),
                    fac("Amazon Web Services", "data_center", "Taoyuan", "TW", "planned"),
                    fac("Google", "data_center", None, "TW", "expanded"),
                    fac("Google Cloud", "cloud_region", None, "TW"),
                    fac("Microsoft", "cloud_region", None, "TW", "announced"),
                    fac("Amazon Web Services", "cloud_region", None, "TH", "opened"),
                    fac("Amazon Web Services", "cloud_region", None, "MX", "opened"),
                    fac("Amazon Web Services", "cloud_region", None, "MY", "expanded")],
        competitors=[("Amazon Web Services", "Google Cloud")],
        subsidiaries=[("Amazon Web Services", "Amazon.com"), ("Google Cloud", "Google")],
        events=[ev("facility_opening", ["Amazon Web Services"], "Taipei", "TW", "2025-06-24"),
                ev("investment", ["Amazon Web Services"], None, "TW", "2025-06-24", "NT$150B"),
                ev("partnership", ["Amazon Web Services", "Chunghwa Telecom"], None, None, "2025-06-24"),
                ev("facility_announcement", ["Amazon Web Services"], "Taoyuan", "TW", "2025-06-24"),
                ev("facility_opening", ["Google"], None, "TW", "2013"),
                ev("facility_announcement", ["Microsoft"], None, "TW", "2020")])

article("ho-64", "Bengaluru's Kaveri Labs raises $120 million to build Indian-language models", "2026-04-14", """
STARTUPS  FUNDING  AI  FINTECH  EV  D2C  POLICY  JOBS  EVENTS
Funding Alert
Bengaluru's Kaveri Labs raises $120 Mn Series B led by Lightspeed to build Indian-language AI models
Written by Aditya Menon  |  14 Apr 2026  |  5 min read
SUMMARY
The round values Kaveri at about $900 Mn, up from $260 Mn a year ago
Peak XV Partners and Nvidia's venture arm NVentures also joined
The startup launched Kaveri-2, a 70-billion-parameter model that speaks 14 Indian languages
Share on X  Share on LinkedIn  Share on WhatsApp
Kaveri Labs, a Bengaluru-based startup building large language models for Indian languages, has raised $120 Mn in a Series B round led by Lightspeed Venture Partners, with Peak XV Partners and NVentures, the venture capital arm of Nvidia, joining in.
The company said on Tuesday it would use the money to train larger models and to open a research center in Hyderabad, its second site after Bengaluru, which will house about 150 researchers by early 2027.
Alongside the round, Kaveri launched Kaveri-2, an open-weight model with 70 Bn parameters that it says understands and speaks 14 Indian languages, including Hindi, Tamil, Bengali and Marathi. The model was trained on GPUs rented from Yotta Data Services under a multi-year agreement, part of it subsidised under the government's IndiaAI Mission.
Kaveri is one of a handful of Indian companies competing for those subsidised GPUs and for the government contracts that come with them. Its most direct rivals are Sarvam AI, which is building a sovereign model under the same mission, and Krutrim, the AI company started by Ola founder Bhavish Aggarwal. Founders of all three have argued publicly about whose models score best on Indian-language benchmarks.
"Global models treat Indian languages as an afterthought. For us they are the product," said Kaveri co-founder and chief executive Meera Iyer, a former researcher at Google's Bengaluru lab.
Kaveri's customers include HDFC Bank, which uses its models in a Hindi and Tamil voice assistant, and the state-run Bharat Sanchar Nigam Ltd (BSNL), which plans to offer them to small businesses.
The startup was founded in 2023 and employs about 220 people. It has now raised $165 Mn in total.
Also Read
Ola Electric cuts 500 jobs as sales slump
How Zepto's dark stores are changing Indian retail
Inside Reliance's plan for a gigawatt AI campus in Jamnagar
Join our WhatsApp channel for the latest startup news
""", companies=[co("Kaveri Labs", "Kaveri Labs", "Kaveri"), co("Lightspeed Venture Partners", "Lightspeed Venture Partners", "Lightspeed"),
                co("Peak XV Partners"), co("NVentures"), co("Nvidia"), co("Yotta Data Services"), co("Sarvam AI"), co("Krutrim"),
                co("Ola"), co("Google"), co("HDFC Bank"), co("Bharat Sanchar Nigam Ltd", "Bharat Sanchar Nigam Ltd", "BSNL")],
        cities=[("Bengaluru", "IN"), ("Hyderabad", "IN")],
        countries=[],
        facilities=[fac("Kaveri Labs", "headquarters", "Bengaluru", "IN"),
                    fac("Kaveri Labs", "rnd_center", "Hyderabad", "IN", "planned", 2),
                    fac("Google", "rnd_center", "Bengaluru", "IN")],
        competitors=[("Kaveri Labs", "Sarvam AI"), ("Kaveri Labs", "Krutrim")],
        subsidiaries=[("NVentures", "Nvidia")],
        events=[ev("investment", ["Kaveri Labs", "Lightspeed Venture Partners", "Peak XV Partners", "NVentures"], None, None, "2026-04-14", "$120M"),
                ev("facility_announcement", ["Kaveri Labs"], "Hyderabad", "IN", "2026-04-14"),
                ev("product_launch", ["Kaveri Labs"], None, None, "2026-04-14"),
                ev("partnership", ["Kaveri Labs", "Yotta Data Services"])])

article("ho-65", "Datanova to move headquarters from Dublin, Ohio, to downtown Columbus", "2025-08-27", """
Central Ohio Business Journal
News | Real Estate | Tech | Health Care | Banking | Lists | Events | Subscribe
TECH
Datanova will move its headquarters from Dublin to downtown Columbus, add 300 jobs
Aug 27, 2025, 11:04am EDT
By Kevin Marsh - Staff Reporter
Save Article   Share   Print   Order Reprints
Data software company Datanova Inc. plans to move its headquarters from Dublin, Ohio, to a renovated office building in downtown Columbus next spring, and to add 300 jobs there over the next three years.
The company, which sells software that watches corporate data pipelines for errors, has signed a 12-year lease on five floors at 180 East Broad Street, CEO Anika Patel said in an interview Wednesday. Its current headquarters in Dublin's Bridge Park district will close when the lease runs out in April.
"We have outgrown a suburban office park. Our engineers want to be downtown, and so do our customers' data teams," Patel said.
Datanova employs about 420 people, 260 of them in central Ohio. It also has an office in Dublin, Ireland, opened in 2021 to serve European customers, which will double to 80 staff by the end of next year. Patel said the shared name of the two Dublins has been "a running joke in every onboarding session."
The company raised $85 million last year in a Series C round led by Insight Partners, with Drive Capital, the Columbus-based venture firm that was its first investor, taking part again. It competes with Monte Carlo and with the observability giant Datadog, which added data-pipeline monitoring to its platform last year and has been undercutting Datanova on price for large contracts.
Datanova is one of several software companies that have grown up around the Columbus region's data center boom. Amazon Web Services, Google and Meta all run large data center campuses in New Albany and elsewhere in Licking County, east of the city, and Intel's delayed chip factory is under construction nearby.
The state's economic development agency is offering Datanova a tax credit tied to the new jobs, the company said.
Related Content
Intel pushes Ohio fab opening into the next decade
Columbus office vacancy hits 10-year high
Drive Capital raises fifth fund
Sign up for our free Morning Edition newsletter. Terms of use | Privacy policy | Your privacy choices
""", companies=[co("Datanova", "Datanova Inc.", "Datanova"), co("Insight Partners"), co("Drive Capital"), co("Monte Carlo"), co("Datadog"),
                co("Amazon Web Services"), co("Google"), co("Meta"), co("Intel")],
        cities=[("Dublin", "US"), ("Columbus", "US"), ("Dublin", "IE"), ("New Albany", "US")],
        countries=["IE"],
        facilities=[fac("Datanova", "headquarters", "Columbus", "US", "planned"),
                    fac("Datanova", "office", "Dublin", "IE", "expanded"),
                    fac("Drive Capital", "headquarters", "Columbus", "US"),
                    fac("Amazon Web Services", "data_center", "New Albany", "US"),
                    fac("Google", "data_center", "New Albany", "US"),
                    fac("Meta", "data_center", "New Albany", "US"),
                    fac("Intel", "fab", None, "US", "under_construction")],
        competitors=[("Datanova", "Monte Carlo"), ("Datanova", "Datadog")],
        events=[ev("facility_announcement", ["Datanova"], "Columbus", "US", "2025-08-27"),
                ev("expansion", ["Datanova"], "Dublin", "IE", "2025-08-27"),
                ev("facility_opening", ["Datanova"], "Dublin", "IE", "2021"),
                ev("investment", ["Datanova", "Insight Partners", "Drive Capital"], None, None, "2024", "$85M"),
                ev("product_launch", ["Datadog"], None, None, "2024")])

article("ho-66", "Telenor switches on Oslo AI factory with Nvidia, eyes Trondheim next", "2025-05-21", """
OSLO, May 21 - Telenor has opened what it calls an "AI factory" in Oslo, a GPU cloud built with Nvidia that will let Norwegian companies and public agencies train and run AI models without sending data abroad, the telecom group said on Wednesday.
The first phase, housed in a data hall leased from colocation operator Green Mountain at its Rosenholm site in the south of the city, holds several hundred of Nvidia's H200 chips and runs on hydropower. Telenor said it had already signed up a dozen customers, including the robotics start-up Hive Autonomy and the University of Oslo's hospital research group, and that a second phase in Trondheim, near the Norwegian University of Science and Technology, could follow in 2026 if demand holds.
Telenor, which is headquartered in Baerum on the western edge of Oslo, did not say how much it had spent. Chief executive Sigve Brekke said the company wanted to be "the place Nordic companies go for trusted AI capacity" and that the factory was run by a new unit, Telenor AI Factory AS, with its own staff of 40.
The move puts Telenor into direct competition with its Swedish neighbour Telia, which opened a GPU cloud of its own in Stockholm in March and has been courting the same banks and public agencies. Both operators are selling "sovereign AI" as a way to earn more from their data center and fibre assets, which have been losing value as mobile revenue has flattened.
Green Mountain, which is owned by Israel's Azrieli Group, is also expanding in Norway. It said last month that it would add 30 megawatts at its site in Stavanger, on the west coast, for a cloud customer it did not name.
Nvidia has signed similar sovereign AI agreements with telecom operators in Denmark, Italy and Japan over the past year, and executives there say the model is spreading because governments want computing capacity they control.
Telenor shares were flat in Oslo trading.
""", companies=[co("Telenor"), co("Nvidia"), co("Green Mountain"), co("Hive Autonomy"), co("Telenor AI Factory AS", "Telenor AI Factory AS"),
                co("Telia"), co("Azrieli Group")],
        cities=[("Oslo", "NO"), ("Trondheim", "NO"), ("Baerum", "NO"), ("Stockholm", "SE"), ("Stavanger", "NO")],
        countries=["NO", "IL", "DK", "IT", "JP"],
        facilities=[fac("Telenor", "data_center", "Oslo", "NO", "opened"),
                    fac("Green Mountain", "data_center", "Oslo", "NO"),
                    fac("Telenor", "data_center", "Trondheim", "NO", "planned", 2),
                    fac("Telenor", "headquarters", "Baerum", "NO"),
                    fac("Telia", "data_center", "Stockholm", "SE", "opened"),
                    fac("Green Mountain", "data_center", "Stavanger", "NO", "expanded")],
        competitors=[("Telenor", "Telia")],
        subsidiaries=[("Telenor AI Factory AS", "Telenor"), ("Green Mountain", "Azrieli Group")],
        events=[ev("facility_opening", ["Telenor", "Nvidia"], "Oslo", "NO", "2025-05-21"),
                ev("partnership", ["Telenor", "Nvidia"], None, None, "2025-05-21"),
                ev("partnership", ["Telenor", "Green Mountain"]),
                ev("facility_announcement", ["Telenor"], "Trondheim", "NO", "2025-05-21"),
                ev("facility_opening", ["Telia"], "Stockholm", "SE", "2025-03"),
                ev("expansion", ["Green Mountain"], "Stavanger", "NO", "2025-04")])

article("ho-67", "MediaTek takes the fight to Qualcomm with 2nm Dimensity flagship", "2025-09-16", """
GizmoAsia
Phones  Chips  Laptops  Wearables  Reviews  Deals
MediaTek takes the fight to Qualcomm with its first 2nm Dimensity flagship
Jonas Tan  -  16 September 2025
Twitter  Facebook  Reddit  Copy link
MediaTek on Tuesday unveiled the Dimensity 9600, its first smartphone processor made on a 2-nanometre process, at an event in Shenzhen attended by most of China's big phone brands.
The chip, built by TSMC, pairs a new set of Arm CPU cores with an AI engine that MediaTek says can run a 13-billion-parameter language model on the phone itself. Vivo and Oppo said their next flagship phones, due in October, would use it, and Xiaomi said it would follow before the end of the year.
The launch is the latest round in MediaTek's long contest with Qualcomm for the top of the Android market. Qualcomm is expected to show its own 2nm Snapdragon chip at its annual summit in Hawaii next week, and the two have been trading benchmark claims on social media for days. MediaTek overtook its San Diego-based rival in total smartphone chip shipments years ago, but Qualcomm still dominates the most expensive phones, where margins are highest.
"Two years ago people asked whether we belonged at the top end. Nobody asks that now," MediaTek president Joe Chen said on stage.
The Hsinchu-based company is also leaning on data center work to reduce its dependence on phones. It is helping Google design a version of its Tensor Processing Unit, and it opened a new design center in Zhubei, next to its headquarters, in July to house 2,000 engineers working on AI accelerators and networking chips.
Apple, which designs its own phone chips, and Samsung Electronics, whose Exynos line has lost ground, were not at the Shenzhen event. Samsung will use the new Dimensity chip in some Galaxy models in Asia, according to people familiar with its plans.
Analysts said the chip's price, which MediaTek did not disclose, would decide how many mid-priced phones could adopt it next year.
YOU MAY ALSO LIKE
Qualcomm's laptop chips: a year on
Hands-on: Xiaomi's new tablet runs everything
Huawei's Kirin comeback, explained
Advertisement
""", companies=[co("MediaTek"), co("Qualcomm"), co("TSMC"), co("Arm"), co("Vivo"), co("Oppo"), co("Xiaomi"), co("Google"), co("Apple"),
                co("Samsung Electronics", "Samsung Electronics", "Samsung")],
        cities=[("Shenzhen", "CN"), ("San Diego", "US"), ("Hsinchu", "TW"), ("Zhubei", "TW")],
        countries=["CN"],
        facilities=[fac("MediaTek", "headquarters", "Hsinchu", "TW"),
                    fac("MediaTek", "rnd_center", "Zhubei", "TW", "opened"),
                    fac("Qualcomm", "headquarters", "San Diego", "US")],
        competitors=[("MediaTek", "Qualcomm")],
        events=[ev("product_launch", ["MediaTek"], "Shenzhen", "CN", "2025-09-16"),
                ev("partnership", ["MediaTek", "Google"]),
                ev("facility_opening", ["MediaTek"], "Zhubei", "TW", "2025-07")])

article("ho-68", "AWS to put $20 billion into Pennsylvania, starting at Talen's Susquehanna campus", "2025-06-10", """
POWER & GRID WEEKLY
Generation | Transmission | Nuclear | Data Centers | Policy | Markets
AWS to put $20 billion into Pennsylvania, starting at campus next to Susquehanna nuclear plant
Talen expands power deal to 1.92 GW; grid operator had rejected earlier arrangement
June 10, 2025  |  By Laura Kimble
Email   Print   Share
Amazon Web Services will invest at least $20 billion in data centers in Pennsylvania over the next decade, starting with a large expansion of the campus it bought from Talen Energy next to the Susquehanna nuclear plant near Berwick, the Amazon.com unit said on Monday.
AWS paid Talen $650 million in March 2024 for the campus, which was then a half-built crypto-mining and data center site called Cumulus. The company now plans to grow it to as many as 15 buildings, and will build a second campus in Bucks County, north-east of Philadelphia, on the site of a former steel mill.
Talen said on Tuesday it had expanded its power purchase agreement with AWS to 1.92 gigawatts through 2042, and restructured it so that the power will flow through the grid rather than directly from the plant to the campus. Federal regulators last year rejected a request from the regional grid operator to allow more power to flow directly to the campus, a decision that Talen and AWS said was now moot.
The agreement is one of the largest corporate purchases of nuclear power anywhere. Amazon has been racing Microsoft and Google to lock up firm, carbon-free electricity for AI data centers: Microsoft has agreed to buy the output of the Crane Clean Energy Center, the restarted Three Mile Island unit owned by Constellation Energy, and Google has signed up to buy power from small modular reactors built by Kairos Power.
Pennsylvania officials welcomed the investment, which they said would create about 1,250 permanent jobs. Critics said the state's households could end up paying for grid upgrades needed to serve the campuses.
Talen, based in Houston, also owns gas-fired plants in Pennsylvania and Maryland. Its shares rose 4% on Tuesday.
Most read this week
PJM capacity prices hit record again
Vistra buys seven gas plants from Lotus
Why transformer lead times are still four years
Subscribe to Power & Grid Weekly. Copyright 2025. All rights reserved.
""", companies=[co("Amazon Web Services", "Amazon Web Services", "AWS"), co("Talen Energy", "Talen Energy", "Talen"), co("Amazon.com", "Amazon.com", "Amazon"),
                co("Microsoft"), co("Google"), co("Constellation Energy"), co("Kairos Power")],
        cities=[("Berwick", "US"), ("Philadelphia", "US"), ("Houston", "US")],
        countries=[],
        facilities=[fac("Amazon Web Services", "data_center", "Berwick", "US", "acquired"),
                    fac("Amazon Web Services", "data_center", None, "US", "planned", 2),
                    fac("Talen Energy", "other", "Berwick", "US"),
                    fac("Constellation Energy", "other", None, "US"),
                    fac("Talen Energy", "headquarters", "Houston", "US")],
        competitors=[("Amazon.com", "Microsoft"), ("Amazon.com", "Google")],
        subsidiaries=[("Amazon Web Services", "Amazon.com")],
        events=[ev("investment", ["Amazon Web Services"], None, "US", "2025-06-09", "$20B"),
                ev("expansion", ["Amazon Web Services"], "Berwick", "US", "2025-06-09"),
                ev("acquisition", ["Amazon Web Services", "Talen Energy"], "Berwick", "US", "2024-03", "$650M"),
                ev("facility_announcement", ["Amazon Web Services"], None, "US", "2025-06-09"),
                ev("partnership", ["Talen Energy", "Amazon Web Services"], None, None, "2025-06-10"),
                ev("partnership", ["Microsoft", "Constellation Energy"]),
                ev("partnership", ["Google", "Kairos Power"])])

article("ho-69", "Tata's Dholera fab tops out, equipment to move in next month", "2026-03-25", """
NEW DELHI/AHMEDABAD, March 25 - Tata Electronics said on Wednesday it had completed the main building of its semiconductor fab at Dholera in Gujarat and would start moving in equipment next month, keeping India's first commercial chip fab on course to produce wafers by the end of the year.
The 910 billion rupee ($10.6 billion) fab, built with technology from Taiwan's Powerchip Semiconductor Manufacturing Corp (PSMC), will make chips on mature processes for cars, power management and displays, with capacity of up to 50,000 wafers a month at full output. About 40% of the cost is covered by the federal government's chip incentive scheme, and Gujarat is paying a further share.
Tata Electronics, a unit of the salt-to-software conglomerate Tata Sons, is also building a chip assembly and test plant at Jagiroad in Assam, which it expects to open in the second half of 2026.
Gujarat has become the centre of India's chip push. Micron Technology opened its assembly and test plant at Sanand, near Ahmedabad, last year, and CG Semi, a venture of CG Power and Industrial Solutions and Japan's Renesas Electronics, began pilot production at its own Sanand plant in August. HCL and Foxconn have been approved to build a display driver chip plant in Uttar Pradesh.
"Two years ago these were announcements. Now there are buildings, tools and customers," said Randhir Thakur, chief executive of Tata Electronics, at a briefing in Ahmedabad.
Tata Electronics, which also assembles iPhones for Apple, bought Wistron's plant at Narasapura near Bengaluru in 2023 and took a majority stake in Pegatron's Indian unit a year later. Those plants make it one of Apple's largest suppliers in India.
The company has signed agreements with Analog Devices and Tokyo Electron to work on chips and equipment for the Dholera fab.
PSMC, which is based in Hsinchu, will train about 1,000 Indian engineers in Taiwan as part of the partnership.
""", companies=[co("Tata Electronics"), co("Powerchip Semiconductor Manufacturing Corp", "Powerchip Semiconductor Manufacturing Corp", "PSMC"),
                co("Tata Sons"), co("Micron Technology"), co("CG Semi"), co("CG Power and Industrial Solutions"), co("Renesas Electronics"),
                co("HCL"), co("Foxconn"), co("Apple"), co("Wistron"), co("Pegatron"), co("Analog Devices"), co("Tokyo Electron")],
        cities=[("New Delhi", "IN"), ("Ahmedabad", "IN"), ("Dholera", "IN"), ("Jagiroad", "IN"), ("Sanand", "IN"), ("Narasapura", "IN"),
                ("Bengaluru", "IN"), ("Hsinchu", "TW")],
        countries=["TW", "IN", "JP"],
        facilities=[fac("Tata Electronics", "fab", "Dholera", "IN", "under_construction", 1),
                    fac("Tata Electronics", "factory", "Jagiroad", "IN", "under_construction"),
                    fac("Micron Technology", "factory", "Sanand", "IN", "opened"),
                    fac("CG Semi", "factory", "Sanand", "IN", "opened"),
                    fac("HCL", "factory", None, "IN", "planned"),
                    fac("Tata Electronics", "factory", "Narasapura", "IN", "acquired"),
                    fac("Powerchip Semiconductor Manufacturing Corp", "headquarters", "Hsinchu", "TW")],
        subsidiaries=[("Tata Electronics", "Tata Sons")],
        events=[ev("facility_announcement", ["Tata Electronics"], "Dholera", "IN", "2026-03-25", "₹910B"),
                ev("partnership", ["Tata Electronics", "Powerchip Semiconductor Manufacturing Corp"]),
                ev("facility_opening", ["Micron Technology"], "Sanand", "IN", "2025"),
                ev("facility_opening", ["CG Semi"], "Sanand", "IN", "2025-08"),
                ev("facility_announcement", ["HCL", "Foxconn"], None, "IN"),
                ev("acquisition", ["Tata Electronics", "Wistron"], "Narasapura", "IN", "2023"),
                ev("acquisition", ["Tata Electronics", "Pegatron"], None, "IN", "2024"),
                ev("partnership", ["Tata Electronics", "Analog Devices", "Tokyo Electron"])])

article("ho-70", "Wolfspeed drops Saarland chip plant for good", "2025-09-09", """
Chip Industry News
Menu  Search  Newsletter  Jobs  Advertise
Silicon carbide
Wolfspeed drops Saarland chip plant for good, leaving Ensdorf site empty
09/09/2025  |  Markus Feld  |  Reading time 4 min
Share:  LinkedIn  X  Facebook  Mail
Wolfspeed has formally abandoned its plan to build a silicon carbide chip factory in Ensdorf, in the German state of Saarland, two and a half years after the project was presented as one of Europe's most important semiconductor investments.
The company told the Saarland state government on Tuesday that it would not proceed with the 2.75 billion euro fab, which it had unveiled in February 2023 together with automotive supplier ZF Friedrichshafen. ZF had planned to take a minority stake in the plant and had agreed to buy a large share of its output for electric car inverters. The project had already been on hold since last autumn, when Wolfspeed said it could not start construction until it had secured subsidies under the European Chips Act.
Wolfspeed, which is based in Durham, North Carolina, will instead concentrate production at its Mohawk Valley fab in Marcy, New York, which opened in 2022, and at its materials factory in Siler City, North Carolina, which makes the silicon carbide wafers the fab uses. The company emerged this month from a court-supervised restructuring that cut its debt by about 70%.
The decision leaves Germany's silicon carbide ambitions in the hands of rivals that have overtaken Wolfspeed in the past two years. Infineon Technologies and onsemi have both won large automotive contracts that Wolfspeed was once expected to take, and Infineon is expanding its Kulim site in Malaysia into what it calls the world's largest silicon carbide power fab. STMicroelectronics is building an integrated silicon carbide campus in Catania, Sicily, due to open next year.
Saarland's economy minister said the state would try to find another industrial user for the Ensdorf site, a former coal power station.
Not to be confused with Durham in England, Wolfspeed's home town has been a centre of silicon carbide research since the company was founded as Cree in 1987.
Related articles
Bosch starts silicon carbide output in Reutlingen
Europe's chip subsidy race, explained
""", companies=[co("Wolfspeed", "Wolfspeed", "Cree"), co("ZF Friedrichshafen", "ZF Friedrichshafen", "ZF"), co("Infineon Technologies", "Infineon Technologies", "Infineon"),
                co("onsemi"), co("STMicroelectronics")],
        cities=[("Ensdorf", "DE"), ("Durham", "US"), ("Marcy", "US"), ("Siler City", "US"), ("Catania", "IT"), ("Kulim", "MY"),
                ("Durham", "GB")],
        countries=["DE", "MY", "GB"],
        facilities=[fac("Wolfspeed", "headquarters", "Durham", "US"),
                    fac("Wolfspeed", "fab", "Marcy", "US", "opened"),
                    fac("Wolfspeed", "factory", "Siler City", "US"),
                    fac("Infineon Technologies", "fab", "Kulim", "MY", "expanded"),
                    fac("STMicroelectronics", "campus", "Catania", "IT", "under_construction")],
        competitors=[("Wolfspeed", "Infineon Technologies"), ("Wolfspeed", "onsemi")],
        events=[ev("other", ["Wolfspeed", "ZF Friedrichshafen"], "Ensdorf", "DE", "2025-09-09"),
                ev("facility_announcement", ["Wolfspeed", "ZF Friedrichshafen"], "Ensdorf", "DE", "2023-02", "€2.75B"),
                ev("facility_opening", ["Wolfspeed"], "Marcy", "US", "2022"),
                ev("expansion", ["Infineon Technologies"], "Kulim", "MY"),
                ev("partnership", ["Wolfspeed", "ZF Friedrichshafen"], None, None, "2023-02")])

article("ho-71", "Microsoft and G42 break ground on geothermal-powered data center at Olkaria", "2026-01-28", """
TechAfrica Wire
Home  Telecoms  Fintech  Cloud  Startups  Policy  Events  Podcast
CLOUD & DATA CENTRES
Microsoft and G42 break ground on geothermal-powered data center in Kenya's Rift Valley
By Wanjiru Kamau  |  28 January 2026  |  6 min read
Share on LinkedIn  Share on X  Share on WhatsApp
NAIVASHA, Kenya - Abu Dhabi's G42 and Microsoft on Wednesday broke ground on a data center at the Olkaria geothermal field near Naivasha, the first phase of a $1 billion project announced in May 2024 that will host a new Microsoft Azure cloud region for East Africa.
The first 100-megawatt phase, to be built and run by G42 for Microsoft, is due to go live in 2027 and will draw its power from geothermal plants operated by KenGen, the state-controlled power producer, under a 20-year supply agreement signed on the same day. The companies said the campus could eventually grow to 1 gigawatt.
President William Ruto, who attended the ceremony, called the project "the moment Kenya stops renting the cloud and starts hosting it."
Microsoft, which holds a $1.5 billion minority stake in G42, said the Azure region would let Kenyan government agencies and banks keep data in the country. It will also open an East Africa innovation center in Nairobi to train developers on its AI tools.
The project is the largest of several that have turned Nairobi into the region's data center hub. iXAfrica Data Centre opened the second building on its Nairobi campus last year, and says it now vies mainly with Africa Data Centres, the data center business of Cassava Technologies, for the banks and cloud providers that want space in the capital. Safaricom, the country's largest telecom operator, has been iXAfrica's anchor tenant since 2022.
Neither Amazon Web Services nor Google has a cloud region in East Africa; both serve the region from South Africa.
The Olkaria project was delayed by about a year while Kenya Power upgraded the transmission line to Nairobi. Engineers said the geothermal field, which supplies close to half of Kenya's electricity, has enough spare steam for the first phase but would need new wells for the full gigawatt.
Read next
Safaricom posts 14% rise in M-Pesa revenue
Airtel Africa sells tower stake in Uganda
Why Ethiopia's telecom opening is taking so long
Get the TechAfrica Wire newsletter every weekday. We use cookies to give you the best experience on our site.
""", companies=[co("Microsoft"), co("G42"), co("Microsoft Azure"), co("KenGen"), co("iXAfrica Data Centre", "iXAfrica Data Centre", "iXAfrica"),
                co("Africa Data Centres"), co("Cassava Technologies"), co("Safaricom"), co("Amazon Web Services"), co("Google"),
                co("Kenya Power")],
        cities=[("Naivasha", "KE"), ("Abu Dhabi", "AE"), ("Nairobi", "KE")],
        countries=["KE", "ZA"],
        facilities=[fac("G42", "data_center", "Naivasha", "KE", "under_construction"),
                    fac("Microsoft", "cloud_region", "Naivasha", "KE", "planned"),
                    fac("Microsoft", "rnd_center", "Nairobi", "KE", "planned"),
                    fac("iXAfrica Data Centre", "data_center", "Nairobi", "KE", "expanded"),
                    fac("KenGen", "other", "Naivasha", "KE")],
        competitors=[("iXAfrica Data Centre", "Africa Data Centres")],
        subsidiaries=[("Microsoft Azure", "Microsoft"), ("Africa Data Centres", "Cassava Technologies")],
        events=[ev("facility_announcement", ["G42", "Microsoft"], "Naivasha", "KE", "2026-01-28"),
                ev("facility_announcement", ["G42", "Microsoft"], "Naivasha", "KE", "2024-05", "$1B"),
                ev("partnership", ["G42", "Microsoft", "KenGen"], None, None, "2026-01-28"),
                ev("investment", ["Microsoft", "G42"], None, None, None, "$1.5B"),
                ev("facility_announcement", ["Microsoft"], "Nairobi", "KE", "2026-01-28"),
                ev("expansion", ["iXAfrica Data Centre"], "Nairobi", "KE", "2025"),
                ev("partnership", ["iXAfrica Data Centre", "Safaricom"], None, None, "2022")])

article("ho-72", "Viettel opens Hoa Lac AI data center as Vietnam's cloud contest heats up", "2025-12-16", """
HANOI, Dec 16 - Viettel IDC, the data center and cloud arm of military-run telecom group Viettel, opened a 30-megawatt data center for artificial intelligence workloads at the Hoa Lac Hi-Tech Park west of Hanoi on Tuesday, the largest such facility in Vietnam.
The data center, Viettel IDC's 15th, will house graphics processors for Vietnamese banks, e-commerce companies and government agencies, and cost about 5 trillion dong ($190 million), the company said. Viettel IDC said it would start building a second AI data center of similar size in Ho Chi Minh City in 2026.
The launch sharpens the rivalry between Viettel IDC and FPT Smart Cloud, the cloud unit of FPT Corporation, which opened what it calls an AI factory in Hanoi last year in partnership with Nvidia, and a sister facility in Japan. The two groups, along with state-owned VNPT, control most of Vietnam's data center capacity, and their two cloud units in particular have been cutting prices to sign the country's first large AI customers.
Foreign operators are also arriving after Vietnam relaxed rules on foreign ownership of data centers last year. Singapore-based Keppel opened a joint venture data center in Ho Chi Minh City with local partner Becamex IDC in June, and Japan's NTT Data said in October it would build one in the east of the city.
Nvidia, whose chips fill both the Viettel and FPT facilities, agreed last December with the Vietnamese government to set up an AI research and development center in the country, and bought VinBrain, a health-care AI start-up that had belonged to Vingroup, the country's largest conglomerate.
"Data must stay in Vietnam, and now it can stay in Vietnam on Vietnamese GPUs," Viettel IDC director Nguyen Thi Thu Hang said at the opening.
Vietnam's data center market remains small, at about 100 megawatts of capacity before the new facility, but the government expects it to triple by 2030.
(Reporting by Khanh Vu; Editing by Martin Petty)
""", companies=[co("Viettel IDC"), co("Viettel"), co("FPT Smart Cloud"), co("FPT Corporation", "FPT Corporation", "FPT"), co("Nvidia"), co("VNPT"),
                co("Keppel"), co("Becamex IDC"), co("NTT Data"), co("VinBrain"), co("Vingroup")],
        cities=[("Hanoi", "VN"), ("Ho Chi Minh City", "VN"), ("Singapore", "SG")],
        countries=["VN", "JP", "SG"],
        facilities=[fac("Viettel IDC", "data_center", "Hanoi", "VN", "opened", 15),
                    fac("Viettel IDC", "data_center", "Ho Chi Minh City", "VN", "planned", 2),
                    fac("FPT Smart Cloud", "data_center", "Hanoi", "VN", "opened"),
                    fac("FPT Smart Cloud", "data_center", None, "JP"),
                    fac("Keppel", "data_center", "Ho Chi Minh City", "VN", "opened"),
                    fac("Keppel", "headquarters", "Singapore", "SG"),
                    fac("NTT Data", "data_center", "Ho Chi Minh City", "VN", "announced"),
                    fac("Nvidia", "rnd_center", None, "VN", "planned")],
        competitors=[("Viettel IDC", "FPT Smart Cloud")],
        subsidiaries=[("Viettel IDC", "Viettel"), ("FPT Smart Cloud", "FPT Corporation"), ("VinBrain", "Nvidia")],
        events=[ev("facility_opening", ["Viettel IDC"], "Hanoi", "VN", "2025-12-16", "₫5T"),
                ev("facility_announcement", ["Viettel IDC"], "Ho Chi Minh City", "VN", "2025-12-16"),
                ev("facility_opening", ["FPT Smart Cloud", "Nvidia"], "Hanoi", "VN", "2024"),
                ev("partnership", ["FPT Smart Cloud", "Nvidia"]),
                ev("facility_opening", ["Keppel", "Becamex IDC"], "Ho Chi Minh City", "VN", "2025-06"),
                ev("partnership", ["Keppel", "Becamex IDC"]),
                ev("facility_announcement", ["NTT Data"], "Ho Chi Minh City", "VN", "2025-10"),
                ev("facility_announcement", ["Nvidia"], None, "VN", "2024-12"),
                ev("acquisition", ["Nvidia", "VinBrain", "Vingroup"], None, None, "2024-12")])

article("ho-73", "Mistral AI raises EUR 1.7 billion with ASML as its largest backer", "2025-09-10", """
EU Startups Daily  |  Funding  |  AI  |  Climate  |  Fintech  |  Deeptech  |  Jobs
Mistral AI raises EUR 1.7 billion, with ASML becoming its largest shareholder
10 September 2025  |  By Claire Dubois
Share  |  Tweet  |  Post
Paris-based Mistral AI has raised 1.7 billion euros in a Series C round led by ASML, the Dutch maker of chipmaking machines, in the largest funding round for a European AI company to date. The deal values Mistral at 11.7 billion euros after the investment.
ASML is putting in 1.3 billion euros for a stake of about 11%, making it Mistral's largest shareholder, though the two companies said it would not take control of the start-up. Existing investors Andreessen Horowitz, General Catalyst, Lightspeed, Index Ventures, Nvidia and the French state bank Bpifrance also took part, alongside DST Global.
The two companies also signed a multi-year partnership under which Mistral's models will be used across ASML's product range, from the software that controls its lithography machines to the tools its engineers use to design them. ASML chief executive Christophe Fouquet will take a seat on Mistral's strategic committee.
For Mistral, the money narrows but does not close the funding gap with OpenAI and Anthropic, the two American labs it is chasing. Both have raised tens of billions of dollars, and OpenAI was valued this year at more than twenty times Mistral's new price. Mistral has tried to stand out by releasing open-weight models and by selling to European governments and companies that want their data kept in Europe.
Part of the new money will pay for Mistral Compute, the company's own AI cloud. Its first data center, in the Essonne department south of Paris, is being built with Nvidia and is due to start running in 2026 with 18,000 Grace Blackwell chips. Mistral said it was looking for a second site elsewhere in France.
ASML, which is headquartered in Veldhoven, Netherlands, had about 40 billion euros in cash and investments at the end of June. Its shares rose 1.2% in Amsterdam.
The round is also a win for the French government, which has made Mistral a symbol of its ambitions in AI. President Emmanuel Macron has pushed for a European preference in public AI contracts.
Mistral was founded in 2023 by former researchers from Google DeepMind and Meta.
More from EU Startups Daily
Helsing raises EUR 600 million for AI defence systems
Aleph Alpha's pivot, one year on
Why Berlin is losing AI founders to Paris
""", companies=[co("Mistral AI", "Mistral AI", "Mistral"), co("ASML"), co("Andreessen Horowitz"), co("General Catalyst"), co("Lightspeed"),
                co("Index Ventures"), co("Nvidia"), co("Bpifrance"), co("DST Global"), co("OpenAI"), co("Anthropic"),
                co("Google DeepMind"), co("Meta")],
        cities=[("Paris", "FR"), ("Veldhoven", "NL"), ("Amsterdam", "NL")],
        countries=["FR", "NL"],
        facilities=[fac("Mistral AI", "headquarters", "Paris", "FR"),
                    fac("Mistral AI", "data_center", None, "FR", "under_construction", 1),
                    fac("Mistral AI", "data_center", None, "FR", "planned", 2),
                    fac("ASML", "headquarters", "Veldhoven", "NL")],
        competitors=[("Mistral AI", "OpenAI"), ("Mistral AI", "Anthropic")],
        events=[ev("investment", ["Mistral AI", "ASML", "Andreessen Horowitz", "General Catalyst", "Lightspeed", "Index Ventures",
                                  "Nvidia", "Bpifrance", "DST Global"], None, None, "2025-09-10", "€1.7B"),
                ev("partnership", ["Mistral AI", "ASML"], None, None, "2025-09-10"),
                ev("facility_announcement", ["Mistral AI", "Nvidia"], None, "FR")])

article("ho-74", "ByteDance lines up Ceara data center with wind developer Casa dos Ventos", "2025-08-12", """
SAO PAULO, Aug 12 (Reuters) - TikTok owner ByteDance plans to build a data center in the Pecem industrial and port complex in the northeastern Brazilian state of Ceara, powered by wind farms owned by local developer Casa dos Ventos, three people familiar with the matter said on Tuesday.
The project, which would start at about 300 megawatts and could grow to 1 gigawatt, would be ByteDance's first data center in Latin America and one of the largest in the country. Casa dos Ventos would build and own the facility and lease it to ByteDance, one of the people said. Investment could reach 50 billion reais ($9.2 billion) over several phases.
Ceara's energy regulator approved a grid connection for the site last week. ByteDance and Casa dos Ventos declined to comment.
The Pecem complex, about 60 km west of Fortaleza, has drawn interest from data center builders because it combines cheap wind and solar power with the arrival of more than a dozen subsea cables in Fortaleza, including links to Portugal and the United States. Brazil's government approved tax breaks for data centers in a decree last month, part of a plan to attract as much as 2 trillion reais of investment over a decade.
Most of Brazil's data center capacity sits around Sao Paulo, where Scala Data Centers, Ascenty and Equinix run large campuses, but power there is increasingly hard to find. Scala is developing a multi-gigawatt AI campus in Rio Grande do Sul, and Casa dos Ventos has separately said it is in talks with other technology companies about sites in Ceara and in neighbouring Rio Grande do Norte.
TikTok has more than 100 million users in Brazil, one of its largest markets outside Asia.
ByteDance opened a data center in Malaysia's Johor state last year, and has been expanding its facilities in Finland and Norway to serve European users.
(Reporting by Leticia Fucuchima and Luciana Magalhaes; Editing by Brad Haynes)
""", companies=[co("ByteDance"), co("TikTok"), co("Casa dos Ventos"), co("Scala Data Centers", "Scala Data Centers", "Scala"), co("Ascenty"),
                co("Equinix")],
        cities=[("Sao Paulo", "BR"), ("Fortaleza", "BR")],
        countries=["BR", "PT", "US", "MY", "FI", "NO"],
        facilities=[fac("ByteDance", "data_center", None, "BR", "planned", 1),
                    fac("Scala Data Centers", "data_center", "Sao Paulo", "BR"),
                    fac("Ascenty", "data_center", "Sao Paulo", "BR"),
                    fac("Equinix", "data_center", "Sao Paulo", "BR"),
                    fac("Scala Data Centers", "data_center", None, "BR", "planned"),
                    fac("ByteDance", "data_center", None, "MY", "opened"),
                    fac("ByteDance", "data_center", None, "FI", "expanded"),
                    fac("ByteDance", "data_center", None, "NO", "expanded")],
        subsidiaries=[("TikTok", "ByteDance")],
        events=[ev("facility_announcement", ["ByteDance", "Casa dos Ventos"], None, "BR", "2025-08-12", "R$50B"),
                ev("partnership", ["ByteDance", "Casa dos Ventos"], None, "BR", "2025-08-12"),
                ev("investment", ["ByteDance"], None, "BR", "2025-08-12", "R$50B"),
                ev("facility_opening", ["ByteDance"], None, "MY", "2024")])

article("ho-75", "Kakao bets on OpenAI tie-up as AI fight with Naver moves into KakaoTalk", "2026-02-03", """
The Korea Tech Times
Politics  Business  Tech  Culture  Opinion  Multimedia
Kakao bets on OpenAI tie-up as AI fight with Naver moves into KakaoTalk
Posted : 2026-02-03 17:20  Updated : 2026-02-03 19:05
By Park Ji-won
Print  Email  Font size  Share
Kakao said Tuesday that ChatGPT would be built into KakaoTalk, the messenger used by almost every South Korean adult, under an expanded partnership with OpenAI, and that it would double the computing capacity of its data center in Ansan, Gyeonggi Province, to run the service.
The companies first agreed to work together a year ago, when OpenAI chief executive Sam Altman visited Seoul. Under the new deal, Kakao users will be able to call up ChatGPT inside chat rooms from next month, and Kakao will sell OpenAI's models to Korean businesses through its cloud unit, Kakao Enterprise. Financial terms were not disclosed.
The Ansan data center, Kakao's first, opened in January 2024 after a 2022 fire at a third-party facility in Seongnam knocked KakaoTalk offline for days. The expansion will add about 40 megawatts and cost 600 billion won, the company said.
The partnership is Kakao's answer to Naver, its long-time rival in search, messaging and online payments, which has bet instead on its own HyperCLOVA X models. Naver Cloud, Naver's cloud computing subsidiary, opened its second data center, Gak Sejong, in the administrative city of Sejong in late 2023 and is adding GPU capacity there. Naver has also sold its AI services to Saudi Arabia's government and to Thai banks.
"We do not need to build every model ourselves. We need to put the best AI where our users already are," Kakao chief executive Chung Shin-a told reporters in Seoul.
Kakao shares rose 6.8 percent on the news, while Naver fell 2.1 percent.
The tie-up comes as the Korean government pushes its own "sovereign AI" program, which picked five consortiums last year, including ones led by Naver Cloud, SK Telecom and LG AI Research, to build home-grown foundation models. Kakao was not among them.
Most Read
1. Samsung, SK hynix lift chip exports to record
2. Coupang data leak: regulator fines
3. Hyundai to build robot factory in Georgia
""", companies=[co("Kakao"), co("OpenAI"), co("Kakao Enterprise"), co("Naver"), co("Naver Cloud"), co("SK Telecom"), co("LG AI Research")],
        cities=[("Ansan", "KR"), ("Seoul", "KR"), ("Seongnam", "KR"), ("Sejong", "KR")],
        countries=["SA"],
        facilities=[fac("Kakao", "data_center", "Ansan", "KR", "expanded", 1),
                    fac("Naver Cloud", "data_center", "Sejong", "KR", "expanded", 2)],
        competitors=[("Kakao", "Naver")],
        subsidiaries=[("Kakao Enterprise", "Kakao"), ("Naver Cloud", "Naver")],
        events=[ev("partnership", ["Kakao", "OpenAI"], None, None, "2026-02-03"),
                ev("expansion", ["Kakao"], "Ansan", "KR", "2026-02-03", "₩600B"),
                ev("partnership", ["Kakao", "OpenAI"], None, None, "2025-02"),
                ev("facility_opening", ["Kakao"], "Ansan", "KR", "2024-01"),
                ev("other", ["Kakao"], "Seongnam", "KR", "2022"),
                ev("facility_opening", ["Naver Cloud"], "Sejong", "KR", "2023")])

article("ho-76", "Press release: Aeternum Power to supply 150 MW of fuel cells to Applied Digital's Ellendale campus", "2025-10-29", """
Aeternum Power to Supply 150 MW of On-Site Fuel Cells to Applied Digital's Polaris Forge Campus
Largest single order in company history; Abilene, Kansas plant to add second shift
WICHITA, Kan., Oct. 29, 2025 (GLOBE NEWSWIRE) -- Aeternum Power, Inc., a maker of solid-oxide fuel cell systems for data centers and industry, today announced an agreement to supply 150 megawatts of on-site power to Applied Digital Corporation's Polaris Forge 1 AI campus in Ellendale, North Dakota.
The fuel cells, which run on natural gas and can later be switched to hydrogen blends, will provide bridge power while the campus waits for new grid capacity and will then serve as backup. Deliveries are scheduled to begin in the second quarter of 2026. Applied Digital has leased the campus's first 250 MW to CoreWeave under long-term contracts.
To meet the order, Aeternum will add a second production shift at its factory in Abilene, Kansas, and expand the plant by 120,000 square feet, creating about 180 jobs. The company said the plant, which opened in 2022, would reach an annual capacity of 400 MW by the end of 2026.
"AI campuses can no longer wait three or four years for a transmission line," said Dana Whitcomb, chief executive officer of Aeternum Power. "Fuel cells let them start earning on day one."
Aeternum competes with Bloom Energy, the largest supplier of fuel cells to U.S. data centers, and with gas turbine makers offering on-site generation. Earlier this year Aeternum completed a 12 MW installation for Sussex Shore Energy near Ellendale, Delaware, its first project on the East Coast.
Wes Cummins, chairman and chief executive of Dallas-based Applied Digital, said: "Polaris Forge is growing faster than the grid around it. Aeternum's systems let us keep our delivery dates for CoreWeave."
About Aeternum Power
Aeternum Power, Inc. is headquartered in Wichita, Kansas, and manufactures its fuel cell systems in Abilene, Kansas. The company is majority-owned by Prairie Gate Capital. Not to be confused with Abilene, Texas.
Forward-looking statements
Statements in this release that are not historical facts are forward-looking statements. Actual results may differ.
Contacts
Investor relations: ir@example.com
""", companies=[co("Aeternum Power", "Aeternum Power, Inc.", "Aeternum Power", "Aeternum"),
                co("Applied Digital", "Applied Digital Corporation", "Applied Digital"), co("CoreWeave"), co("Bloom Energy"),
                co("Sussex Shore Energy"), co("Prairie Gate Capital")],
        cities=[("Wichita", "US"), ("Ellendale", "US"), ("Abilene", "US"), ("Dallas", "US")],
        countries=["US"],
        facilities=[fac("Applied Digital", "data_center", "Ellendale", "US"),
                    fac("Aeternum Power", "factory", "Abilene", "US", "expanded"),
                    fac("Aeternum Power", "headquarters", "Wichita", "US"),
                    fac("Applied Digital", "headquarters", "Dallas", "US")],
        competitors=[("Aeternum Power", "Bloom Energy")],
        subsidiaries=[("Aeternum Power", "Prairie Gate Capital")],
        events=[ev("partnership", ["Aeternum Power", "Applied Digital"], "Ellendale", "US", "2025-10-29"),
                ev("partnership", ["Applied Digital", "CoreWeave"], "Ellendale", "US"),
                ev("expansion", ["Aeternum Power"], "Abilene", "US", "2025-10-29"),
                ev("facility_opening", ["Aeternum Power"], "Abilene", "US", "2022"),
                ev("partnership", ["Aeternum Power", "Sussex Shore Energy"], "Ellendale", "US", "2025")])

article("ho-77", "atNorth opens Kouvola campus, its first in southeast Finland", "2026-02-04", """
Nordic Data Wire | News | Power | Sites | Deals | Events | Newsletter
Loading market data...
atNorth opens Kouvola campus, its first in southeast Finland
By Eero Lindqvist | 4 min read
Share on Facebook  Share on X  Share on LinkedIn  Copy link
KOUVOLA, Finland, Feb 4 - Icelandic data center operator atNorth opened its FIN-04 campus in Kouvola on Wednesday, bringing 30 megawatts of capacity online in the first phase of a site that could one day host 250 megawatts.
The campus stands on the grounds of a closed paper mill in the Kymenlaakso region, about two hours north-east of Helsinki. Its waste heat will be sold to Kymen Energia, the municipal heating company, which plans to pipe it to some 10,000 homes from next winter.
atNorth, which is owned by Swiss investment firm Partners Group, said it had spent about 200 million euros on the first phase. The company now runs eight data centers in Iceland, Sweden, Denmark and Finland, including two in Espoo.
"People come to the north for clean power. They stay because we can do something useful with the heat," chief executive Erling Freyr Gudmundsson said at the opening, standing in front of the first data hall.
The contest for large AI tenants in the region has grown sharper. atNorth goes up against Verne Global and Green Mountain for most hyperscale contracts in the Nordics, and Microsoft is building its own data centers in the Helsinki region, in Espoo, Kirkkonummi and Vihti.
Finland in particular has become a magnet for the industry thanks to a stable grid, cold winters and a large supply of wind power. Google said last May it would invest 1 billion euros to expand its data center in Hamina, an hour's drive from the new campus and one of its largest in Europe.
The Kouvola site was picked over three other Finnish locations because of a 400-kilovolt substation next door, atNorth said. The company will begin work on a second building in the autumn.
Photo: The first data hall at FIN-04 in Kouvola. Photo credit: atNorth
Related coverage
Equinix buys land near Stockholm for a third campus
Why Norwegian towns are pushing back on bitcoin mines
Digital Realty and Brookfield team up in Copenhagen
Subscribe to the Nordic Data Wire morning briefing. We use cookies to analyse traffic. Accept | Manage
(c) 2026 Nordic Data Wire. All rights reserved.
""", companies=[co("atNorth"), co("Kymen Energia"), co("Partners Group"), co("Verne Global"), co("Green Mountain"), co("Microsoft"), co("Google")],
        cities=[("Kouvola", "FI"), ("Helsinki", "FI"), ("Espoo", "FI"), ("Kirkkonummi", "FI"), ("Vihti", "FI"), ("Hamina", "FI")],
        countries=["FI", "IS", "SE", "DK"],
        facilities=[fac("atNorth", "data_center", "Kouvola", "FI", "opened"),
                    fac("atNorth", "data_center", "Espoo", "FI"),
                    fac("atNorth", "data_center", None, "IS"),
                    fac("atNorth", "data_center", None, "SE"),
                    fac("atNorth", "data_center", None, "DK"),
                    fac("Microsoft", "data_center", "Espoo", "FI", "under_construction"),
                    fac("Microsoft", "data_center", "Kirkkonummi", "FI", "under_construction"),
                    fac("Microsoft", "data_center", "Vihti", "FI", "under_construction"),
                    fac("Google", "data_center", "Hamina", "FI", "expanded")],
        competitors=[("atNorth", "Verne Global"), ("atNorth", "Green Mountain")],
        subsidiaries=[("atNorth", "Partners Group")],
        events=[ev("facility_opening", ["atNorth"], "Kouvola", "FI", "2026-02-04", "€200M"),
                ev("partnership", ["atNorth", "Kymen Energia"], "Kouvola", "FI"),
                ev("expansion", ["Google"], "Hamina", "FI", "2025-05", "€1B"),
                ev("investment", ["Google"], "Hamina", "FI", "2025-05", "€1B")])

article("ho-78", "Rapidus runs first 2nm wafers at Hokkaido pilot line", "2025-04-02", """
Foundry Asia Weekly  |  Foundry  |  Packaging  |  Equipment  |  Policy  |  Jobs
Rapidus runs first 2nm wafers at Hokkaido pilot line
April 2, 2025  |  by Hana Morimoto
Tweet  Share  Email  Print
Rapidus, the Tokyo-based chip venture backed by the Japanese government and eight Japanese corporations including Toyota, Sony and NTT, started running a pilot production line at its IIM-1 fab in Chitose, Hokkaido, on Tuesday, less than three years after the company was set up.
The line, fitted with more than 200 tools including the first extreme ultraviolet scanner shipped to a Japanese chipmaker, will make test wafers on a 2-nanometer process licensed from IBM. Rapidus engineers spent much of the past two years at IBM's research complex in Albany, New York, learning its gate-all-around transistor design.
Volume production is pencilled in for 2027, by which time Rapidus will be well behind TSMC and Samsung Electronics, which both expect to mass-produce 2nm chips this year. Rather than chase the two giants for the biggest customers, chief executive Atsuyoshi Koike has said the company will win on speed, turning round prototype chips in a fraction of the time the incumbents need.
Tokyo has committed about 1.7 trillion yen to the venture so far, including fresh money approved this fiscal year. The company will still have to raise private capital and has said it hopes to list its shares early in the next decade.
Customers are harder to pin down. Rapidus has signed a development agreement with Tenstorrent, the AI chip start-up run by Jim Keller, and says it is talking to about 40 other companies.
Local officials hope the fab will pull suppliers to Chitose, a city of 97,000 best known for its airport. Tokyo Electron opened a service office in the city last year, and Rapidus will carry out advanced packaging research in space rented inside a Seiko Epson plant nearby.
Photo caption: Clean-room staff at IIM-1 during a media tour. (Foundry Asia Weekly)
Related
TSMC's second Kumamoto fab slips into 2027
Samsung trims spending at Taylor again
Intel foundry names new customer for 18A
Sign up for the daily Foundry Briefing. By subscribing you agree to our privacy policy.
""", companies=[co("Rapidus"), co("Toyota"), co("Sony"), co("NTT"), co("IBM"), co("TSMC"), co("Samsung Electronics"), co("Tenstorrent"),
                co("Tokyo Electron"), co("Seiko Epson")],
        cities=[("Tokyo", "JP"), ("Chitose", "JP"), ("Albany", "US")],
        countries=[],
        facilities=[fac("Rapidus", "headquarters", "Tokyo", "JP"),
                    fac("Rapidus", "fab", "Chitose", "JP", "opened"),
                    fac("IBM", "rnd_center", "Albany", "US"),
                    fac("Tokyo Electron", "office", "Chitose", "JP", "opened"),
                    fac("Rapidus", "rnd_center", "Chitose", "JP", "planned"),
                    fac("Seiko Epson", "factory", "Chitose", "JP")],
        competitors=[("Rapidus", "TSMC"), ("Rapidus", "Samsung Electronics")],
        events=[ev("facility_opening", ["Rapidus"], "Chitose", "JP", "2025-04-01"),
                ev("partnership", ["Rapidus", "IBM"]),
                ev("investment", ["Rapidus", "Toyota", "Sony", "NTT"]),
                ev("investment", ["Rapidus"], None, None, None, "¥1.7T"),
                ev("partnership", ["Rapidus", "Tenstorrent"]),
                ev("facility_opening", ["Tokyo Electron"], "Chitose", "JP", "2024")])

article("ho-79", "Press release: Sentrix completes acquisition of Montevideo payments processor Lunaria Pagos", "2025-06-17", """
Sentrix Completes Acquisition of Lunaria Pagos, Expanding Payments Platform into the Southern Cone
Combined company to serve more than 4,000 merchants; Montevideo becomes regional hub
AUSTIN, Texas, June 17, 2025 /PRNewswire/ -- Sentrix Technologies, Inc. ("Sentrix"), a provider of payment orchestration software for online retailers, today announced that it has completed its acquisition of Lunaria Pagos S.A., a Montevideo, Uruguay-based processor of card and instant payments. The transaction, first announced in March, is valued at approximately $310 million in cash and stock.
Lunaria will operate as a wholly owned subsidiary of Sentrix under its current brand, and its co-founder Martina Ferreyra will lead Sentrix's business in Latin America. Lunaria's office in Montevideo will become Sentrix's regional headquarters, and the company plans to open a software development center in Córdoba, Argentina, hiring about 150 engineers over two years.
"Merchants in Uruguay, Argentina and Paraguay have had to stitch together a dozen providers to get paid. Together we can give them one," said Paul Okafor, chief executive officer of Sentrix.
Lunaria handled about $2.8 billion in payments last year for clients including the supermarket chain Tienda Inglesa. In the region it has long fought for merchants against dLocal, the Uruguayan payments company listed in New York, and Mercado Pago, the fintech arm of MercadoLibre.
Goldman Sachs acted as financial adviser to Sentrix, and Guyer & Regules as legal counsel to Lunaria.
About Sentrix
Founded in 2016, Sentrix Technologies is headquartered in Austin, Texas, with offices in Toronto, London and now Montevideo. The company is backed by Insight Partners and Ribbit Capital.
About Lunaria Pagos
Lunaria Pagos was founded in 2019 by Martina Ferreyra and Diego Sosa. It is licensed by the Central Bank of Uruguay and is not affiliated with Lunaria Energy of Córdoba, Spain.
Forward-looking statements: This release contains statements about future plans that involve risks and uncertainties.
Media contact: press@sentrix.example
SOURCE Sentrix Technologies
""", companies=[co("Sentrix Technologies", "Sentrix Technologies, Inc.", "Sentrix Technologies", "Sentrix"),
                co("Lunaria Pagos", "Lunaria Pagos S.A.", "Lunaria Pagos", "Lunaria"), co("Tienda Inglesa"), co("dLocal"),
                co("Mercado Pago"), co("MercadoLibre"), co("Goldman Sachs"), co("Guyer & Regules"), co("Insight Partners"),
                co("Ribbit Capital"), co("Lunaria Energy")],
        cities=[("Austin", "US"), ("Montevideo", "UY"), ("Córdoba", "AR"), ("New York", "US"), ("Toronto", "CA"), ("London", "GB"),
                ("Córdoba", "ES")],
        countries=["UY", "AR", "PY", "ES"],
        facilities=[fac("Sentrix Technologies", "headquarters", "Austin", "US"),
                    fac("Lunaria Pagos", "headquarters", "Montevideo", "UY"),
                    fac("Sentrix Technologies", "office", "Montevideo", "UY", "acquired"),
                    fac("Sentrix Technologies", "rnd_center", "Córdoba", "AR", "planned"),
                    fac("Sentrix Technologies", "office", "Toronto", "CA"),
                    fac("Sentrix Technologies", "office", "London", "GB")],
        competitors=[("Lunaria Pagos", "dLocal"), ("Lunaria Pagos", "Mercado Pago")],
        subsidiaries=[("Lunaria Pagos", "Sentrix Technologies"), ("Mercado Pago", "MercadoLibre")],
        events=[ev("acquisition", ["Sentrix Technologies", "Lunaria Pagos"], None, None, "2025-06-17", "$310M"),
                ev("facility_announcement", ["Sentrix Technologies"], "Córdoba", "AR", "2025-06-17"),
                ev("investment", ["Sentrix Technologies", "Insight Partners", "Ribbit Capital"])])

article("ho-80", "SoftBank closes purchase of Sharp's Sakai plant for AI data center", "2025-09-02", """
Nikkan Tech Review - English Edition
Top | Telecom | Devices | AI | Data centers | Markets | Opinion
SoftBank closes purchase of Sharp's Sakai plant for AI data center
2025-09-02 19:40 JST
Share  Post  Bookmark  Print
SoftBank Corp, the mobile carrier controlled by SoftBank Group, said on Tuesday it had completed its purchase of the land and main building of Sharp's liquid-crystal display plant in Sakai, Osaka Prefecture, and would begin converting it into one of Japan's largest data centers for artificial intelligence.
The carrier paid about 100 billion yen ($680 million) for the site, where Sharp stopped making TV panels last year after years of losses. SoftBank Corp wants to start running the data center with 150 megawatts of power next year and eventually lift that above 400 megawatts.
The Sakai building will train and serve models for SB OpenAI Japan, a venture of SoftBank Group and OpenAI set up this year to sell corporate AI tools in Japan, and for SoftBank Corp's own Japanese-language models.
The deal puts SoftBank Corp on the same patch of ground as KDDI, the carrier it has battled for mobile subscribers for two decades. KDDI bought another part of the Sakai complex from Sharp and switched on an AI data center there in April.
Sharp, majority-owned by Taiwan's Hon Hai Precision Industry, has been selling property to cut debt and refocus on its brand business. Its shares rose 3% in Tokyo trading.
SoftBank Corp is also building a larger AI data center in Tomakomai, Hokkaido, where it can draw on renewable power from the island's wind and solar farms.
"Sakai already has the power lines, the water and the floor space. Starting from an empty field would have cost us two years," a SoftBank Corp executive said at a briefing.
Related articles
- NTT East to build edge sites around Kyoto
- Rakuten Mobile's losses narrow for a sixth quarter
- Why Japan's data center boom is moving out of Tokyo
(c) Nikkan Tech Review. Reproduction prohibited.
""", companies=[co("SoftBank Corp", "SoftBank Corp", "SoftBank"), co("SoftBank Group"), co("Sharp"), co("SB OpenAI Japan"), co("OpenAI"),
                co("KDDI"), co("Hon Hai Precision Industry")],
        cities=[("Sakai", "JP"), ("Tokyo", "JP"), ("Tomakomai", "JP")],
        countries=["JP", "TW"],
        facilities=[fac("SoftBank Corp", "data_center", "Sakai", "JP", "acquired"),
                    fac("KDDI", "data_center", "Sakai", "JP", "opened"),
                    fac("SoftBank Corp", "data_center", "Tomakomai", "JP", "under_construction")],
        competitors=[("SoftBank Corp", "KDDI")],
        subsidiaries=[("SoftBank Corp", "SoftBank Group"), ("Sharp", "Hon Hai Precision Industry")],
        events=[ev("acquisition", ["SoftBank Corp", "Sharp"], "Sakai", "JP", "2025-09-02", "¥100B"),
                ev("acquisition", ["KDDI", "Sharp"], "Sakai", "JP"),
                ev("facility_opening", ["KDDI"], "Sakai", "JP", "2025-04")])

article("ho-81", "SK hynix breaks ground on first Yongin fab as HBM race heats up", "2025-02-25", """
SEOUL, Feb 25 (Yonhap) -- SK hynix Inc. held a groundbreaking ceremony on Tuesday for the first fab at its new semiconductor cluster in Yongin, Gyeonggi Province, starting a build-out that will eventually cover four fabs on a site south of Seoul.
The chipmaker, the memory arm of SK Group, South Korea's second-largest conglomerate, said it would invest about 9.4 trillion won in the first fab, which is due to be finished in May 2027. The whole cluster could cost as much as 120 trillion won over two decades, depending on demand.
SK hynix leads the market for high-bandwidth memory (HBM), the stacked DRAM that sits beside Nvidia's AI accelerators, and is racing Samsung Electronics and Micron Technology to supply the next generation of the chips. Samsung Electronics is preparing a far larger cluster of its own in Yongin, where it plans to put up six fabs from the end of the decade.
Industry officials said the new fab would mostly make HBM and the DRAM dies that go into it. SK hynix started production in October at its M15X fab in Cheongju, North Chungcheong Province, which was built for the same purpose, and is planning an advanced packaging plant in West Lafayette, Indiana, its first production site in the United States.
"Yongin will be the base for the next thirty years of our memory business," chief executive Kwak Noh-jung said at the ceremony, which was attended by the industry minister and the governor of Gyeonggi Province.
The project was delayed for more than two years by disputes over water and power supply. The state-run utility agreed last year to build new transmission lines to the site, and the city of Yongin settled a water-sharing row with the neighbouring city of Yeoju.
Shares of SK hynix rose 1.8 percent on the Korea Exchange on Tuesday.
(END)
Most viewed
1. Hyundai Motor to build hydrogen truck plant in Ulsan
2. LG Energy Solution wins Mercedes battery order
3. Coupang opens fulfilment center in Daegu
""", companies=[co("SK hynix", "SK hynix Inc.", "SK hynix"), co("SK Group"), co("Nvidia"), co("Samsung Electronics"), co("Micron Technology")],
        cities=[("Seoul", "KR"), ("Yongin", "KR"), ("Cheongju", "KR"), ("West Lafayette", "US"), ("Yeoju", "KR")],
        countries=["KR", "US"],
        facilities=[fac("SK hynix", "fab", "Yongin", "KR", "under_construction", 1),
                    fac("Samsung Electronics", "fab", "Yongin", "KR", "planned"),
                    fac("SK hynix", "fab", "Cheongju", "KR", "opened"),
                    fac("SK hynix", "factory", "West Lafayette", "US", "planned", 1)],
        competitors=[("SK hynix", "Samsung Electronics"), ("SK hynix", "Micron Technology")],
        subsidiaries=[("SK hynix", "SK Group")],
        events=[ev("facility_announcement", ["SK hynix"], "Yongin", "KR", "2025-02-25", "₩9.4T"),
                ev("investment", ["SK hynix"], "Yongin", "KR", "2025-02-25", "₩9.4T"),
                ev("facility_opening", ["SK hynix"], "Cheongju", "KR", "2024-10"),
                ev("facility_announcement", ["SK hynix"], "West Lafayette", "US")])

article("ho-82", "KIO Networks closes purchase of Bogota colocation firm Andina Cloud", "2025-11-19", """
LatAm Data Center Report
Home  Colocation  Cloud  Connectivity  Energy  People  Webinars
Loading market data...
KIO Networks closes purchase of Bogota colocation firm Andina Cloud
Wednesday, November 19, 2025  -  by Valeria Restrepo
Share this article:  LinkedIn  X  WhatsApp  Email
Mexico City-based KIO Networks has completed its takeover of Andina Cloud, a Colombian colocation company with two data centers in Bogota and one in Medellin, the companies said on Wednesday, giving the Mexican operator its first foothold in the Andean region.
The price was not disclosed. Two people familiar with the talks put it at about $180 million including debt.
KIO already runs more than 40 data centers in Mexico, Panama, Guatemala, the Dominican Republic and Spain, and has been looking for a way into Colombia for several years. Andina Cloud will keep its brand for now and its founder, Camilo Ortiz, will stay on as country manager.
In Colombia the combined business will go up against Equinix and Odata, the Brazilian operator owned by Aligned Data Centers, for the bank, telecom and government contracts that make up most of the market. Odata opened a 24-megawatt campus in Funza, just west of Bogota, last year and has said it will double it.
Demand in Colombia has picked up since the government began moving public agencies onto cloud services, and since Amazon Web Services and Microsoft set up edge locations in Bogota. Power is cheaper than in much of the region thanks to the country's hydroelectric dams, though a drought in 2024 raised prices for a few months.
KIO chief executive Jose Luis Velez said the company would spend about $60 million over three years to add capacity at Andina Cloud's newest Bogota site, which has room for another 8 megawatts.
Photo: Andina Cloud's data center in Bogota's Montevideo industrial district. Photo: Andina Cloud
Read more
- Scala Data Centers raises debt for Sao Paulo campus
- Ascenty opens its first site in Chile
- Why Queretaro's power crunch matters to everyone
Never miss a story: sign up for our weekly newsletter. This site uses cookies.
About us | Advertise | Privacy | Terms
""", companies=[co("KIO Networks", "KIO Networks", "KIO"), co("Andina Cloud"), co("Equinix"), co("Odata"), co("Aligned Data Centers"),
                co("Amazon Web Services"), co("Microsoft")],
        cities=[("Mexico City", "MX"), ("Bogota", "CO"), ("Medellin", "CO"), ("Funza", "CO")],
        countries=["CO", "MX", "PA", "GT", "DO", "ES"],
        facilities=[fac("KIO Networks", "headquarters", "Mexico City", "MX"),
                    fac("KIO Networks", "data_center", "Bogota", "CO", "acquired"),
                    fac("KIO Networks", "data_center", "Medellin", "CO", "acquired"),
                    fac("Odata", "data_center", "Funza", "CO", "opened"),
                    fac("Amazon Web Services", "other", "Bogota", "CO", "opened"),
                    fac("Microsoft", "other", "Bogota", "CO", "opened")],
        competitors=[("KIO Networks", "Equinix"), ("KIO Networks", "Odata")],
        subsidiaries=[("Andina Cloud", "KIO Networks"), ("Odata", "Aligned Data Centers")],
        events=[ev("acquisition", ["KIO Networks", "Andina Cloud"], None, "CO", "2025-11-19", "$180M"),
                ev("facility_opening", ["Odata"], "Funza", "CO", "2024"),
                ev("expansion", ["KIO Networks", "Andina Cloud"], "Bogota", "CO", "2025-11-19", "$60M")])

article("ho-83", "Maghreb Data Parks opens Benguerir data center, takes aim at N+ONE", "2026-03-10", """
Africa Infra Journal | Data Centres | Subsea | Power | Policy | Events
Maghreb Data Parks opens Benguerir data center, takes aim at N+ONE
10 March 2026 | Youssef Amrani, North Africa correspondent
f  in  x  Share
Maghreb Data Parks, a subsidiary of Moroccan holding company Holmarcom, opened a 20-megawatt data center in Benguerir on Tuesday, the first in the country built for graphics processors and the first outside the Rabat-Casablanca corridor.
The facility sits on the green-city campus around the Mohammed VI Polytechnic University, about 70 km north of Marrakech, and will run on solar power supplied under a 15-year agreement with OCP Group, the state phosphate company that owns the university. It cost 1.2 billion dirhams ($130 million), the company said.
The opening is the first direct challenge to N+ONE Datacenters, Morocco's largest colocation operator, which runs sites in Rabat and Casablanca and has most of the country's bank and telecom customers. Maghreb Data Parks chief executive Salma Bennis said the company would price its space "well below" the coastal market.
Morocco is pushing to become a data hub between Europe and West Africa. Oracle said in January it would open a public cloud region in Casablanca, its first in North Africa, and the government has set aside land near Dakhla, in the south, for a 500-megawatt data park that would be fed by wind and solar farms and linked to Spain and Portugal by new subsea cables. Maghreb Data Parks said it had bid for a part of the Dakhla project.
"We are not only selling racks. We are selling a kilowatt-hour that costs half of what it costs in Madrid," Bennis said.
Benguerir's first tenants include the university's own AI research center and a Casablanca insurer.
Photo: Solar panels outside the Benguerir data center. Credit: Maghreb Data Parks
Related
Raxio opens its seventh site, in Kinshasa
Why Egypt's new cables matter
Teraco finishes JB7 in Johannesburg
Get Africa Infra Journal in your inbox every Thursday.
""", companies=[co("Maghreb Data Parks"), co("Holmarcom"), co("OCP Group"), co("N+ONE Datacenters", "N+ONE Datacenters", "N+ONE"), co("Oracle")],
        cities=[("Benguerir", "MA"), ("Rabat", "MA"), ("Casablanca", "MA"), ("Marrakech", "MA"), ("Dakhla", "MA"), ("Madrid", "ES")],
        countries=["MA", "ES", "PT"],
        facilities=[fac("Maghreb Data Parks", "data_center", "Benguerir", "MA", "opened"),
                    fac("N+ONE Datacenters", "data_center", "Rabat", "MA"),
                    fac("N+ONE Datacenters", "data_center", "Casablanca", "MA"),
                    fac("Oracle", "cloud_region", "Casablanca", "MA", "announced", 1)],
        competitors=[("Maghreb Data Parks", "N+ONE Datacenters")],
        subsidiaries=[("Maghreb Data Parks", "Holmarcom")],
        events=[ev("facility_opening", ["Maghreb Data Parks"], "Benguerir", "MA", "2026-03-10", "MAD1.2B"),
                ev("partnership", ["Maghreb Data Parks", "OCP Group"], "Benguerir", "MA"),
                ev("facility_announcement", ["Oracle"], "Casablanca", "MA", "2026-01")])

article("ho-84", "Wiwynn opens second Johor rack plant to keep up with AI server orders", "2025-10-08", """
Taipei Supply Chain Watch
Servers | Components | Semis | Policy | Earnings
Wiwynn opens second Johor rack plant to keep up with AI server orders
Published 08 Oct 2025, 18:05 (GMT+8)
Reporter: Lin Yu-ting
Share  |  Save  |  Comments (3)
Wiwynn Corp, the cloud server unit of Taiwan's Wistron Corp, on Wednesday opened its second factory in Malaysia, in the Senai industrial area of Johor, to assemble complete AI server racks for US cloud customers.
The plant, on a 25-hectare plot near Senai International Airport, will eventually employ about 2,000 people and has floor space for 60 rack assembly lines, Wiwynn said. The company said it would invest 1.5 billion ringgit ($355 million) in the site over three years.
Wiwynn opened its first Malaysian plant, in Pasir Gudang on the other side of Johor Bahru, in 2023, after customers asked server makers to move final assembly out of China. Both plants will build racks based on Nvidia's Blackwell and on in-house accelerators designed by its largest customers, which include Microsoft and Meta.
Wiwynn has been trying to take share from Quanta Computer and Foxconn, the two Taiwanese makers that build most of the AI racks shipped to American data centers. Its revenue more than doubled in the first half, though its margins are thinner than those of the larger groups.
Wistron itself is building a factory in Fort Worth, Texas, to make Nvidia supercomputers, and said in September it had bought a second building in the Dallas area from an undisclosed seller for $80 million.
"Customers want capacity in several countries at once. Johor gives us that within a day's drive of Singapore's ports," Wiwynn president Emily Hong told reporters in Taipei.
Wiwynn shares closed 2.4% higher at NT$2,310 ahead of the announcement.
Photo: Wiwynn's new plant in Senai. (Taipei Supply Chain Watch)
Recommended
- Quanta's Tennessee plant starts shipping
- Inventec adds Mexico capacity
- Delta Electronics wins liquid-cooling contract
""", companies=[co("Wiwynn", "Wiwynn Corp", "Wiwynn"), co("Wistron", "Wistron Corp", "Wistron"), co("Nvidia"), co("Microsoft"), co("Meta"),
                co("Quanta Computer"), co("Foxconn")],
        cities=[("Senai", "MY"), ("Pasir Gudang", "MY"), ("Johor Bahru", "MY"), ("Fort Worth", "US"), ("Dallas", "US"), ("Singapore", "SG"), ("Taipei", "TW")],
        countries=["TW", "MY", "CN", "US", "SG"],
        facilities=[fac("Wiwynn", "factory", "Senai", "MY", "opened", 2),
                    fac("Wiwynn", "factory", "Pasir Gudang", "MY", "opened", 1),
                    fac("Wistron", "factory", "Fort Worth", "US", "under_construction"),
                    fac("Wistron", "factory", "Dallas", "US", "acquired")],
        competitors=[("Wiwynn", "Quanta Computer"), ("Wiwynn", "Foxconn")],
        subsidiaries=[("Wiwynn", "Wistron")],
        events=[ev("facility_opening", ["Wiwynn"], "Senai", "MY", "2025-10-08", "RM1.5B"),
                ev("investment", ["Wiwynn"], "Senai", "MY", "2025-10-08", "RM1.5B"),
                ev("facility_opening", ["Wiwynn"], "Pasir Gudang", "MY", "2023"),
                ev("acquisition", ["Wistron"], "Dallas", "US", "2025-09", "$80M")])

article("ho-85", "Tenstorrent starts selling Blackhole Galaxy servers in bid to loosen Nvidia's grip", "2025-11-12", """
ChipWire Daily
News  Analysis  AI Hardware  RISC-V  Podcasts  Events
Tenstorrent starts selling Blackhole Galaxy servers in bid to loosen Nvidia's grip
By Marcus Feld  |  November 12, 2025  |  5 min read
Share: X  LinkedIn  Reddit  Email
Tenstorrent on Wednesday began shipping Blackhole Galaxy, a server holding 32 of its Blackhole AI processors, the Toronto-based start-up's first system aimed squarely at the data centers that today buy almost nothing but Nvidia hardware.
The company, run by veteran chip architect Jim Keller, has built its pitch around openness: its chips use the RISC-V instruction set, its software stack is open source, and its servers can be linked with plain Ethernet rather than a proprietary interconnect. Loosening Nvidia's hold on AI computing, Keller told reporters, is "the whole point of the company."
A Galaxy server will sell for about $110,000, far less than a comparable Nvidia system, though it also delivers less performance per rack. The Blackhole chips are made by Samsung Electronics on its 6-nanometer process under a foundry agreement signed in 2023, and a future generation will be built on a 2-nanometer process in Japan by Rapidus.
Among start-ups, Tenstorrent's rivals include Groq and Cerebras Systems, both of which sell complete systems and cloud access rather than chips alone. Unlike them, Tenstorrent also licenses its processor designs, and counts LG Electronics, which is putting its cores in television chips, and Hyundai Motor Group among its licensing customers.
Tenstorrent raised $693 million last December in a Series D round led by Samsung Securities and AFW Partners, valuing it at about $2.6 billion. It has about 1,100 employees, a third of them at its engineering office in Bengaluru, which it opened in 2022 and moved to a larger building this summer.
Analysts said the Galaxy would be judged on software. "Everyone can build a fast chip. The question is whether customers can get their models running without a team of twenty engineers," said an analyst at a research firm.
Photo caption: A Blackhole Galaxy server on display in Santa Clara. Photo: ChipWire Daily
More in AI Hardware
Groq signs Saudi inference deal
Cerebras files again for IPO
SiFive licenses new vector core to Google
Subscribe to ChipWire Daily. Cookie settings
""", companies=[co("Tenstorrent"), co("Nvidia"), co("Samsung Electronics"), co("Rapidus"), co("Groq"), co("Cerebras Systems"),
                co("LG Electronics"), co("Hyundai Motor Group"), co("Samsung Securities"), co("AFW Partners")],
        cities=[("Toronto", "CA"), ("Bengaluru", "IN")],
        countries=["JP"],
        facilities=[fac("Tenstorrent", "headquarters", "Toronto", "CA"),
                    fac("Tenstorrent", "office", "Bengaluru", "IN", "expanded")],
        competitors=[("Tenstorrent", "Nvidia"), ("Tenstorrent", "Groq"), ("Tenstorrent", "Cerebras Systems")],
        events=[ev("product_launch", ["Tenstorrent"], None, None, "2025-11-12"),
                ev("partnership", ["Tenstorrent", "Samsung Electronics"], None, None, "2023"),
                ev("partnership", ["Tenstorrent", "Rapidus"], None, "JP"),
                ev("partnership", ["Tenstorrent", "LG Electronics"]),
                ev("partnership", ["Tenstorrent", "Hyundai Motor Group"]),
                ev("investment", ["Tenstorrent", "Samsung Securities", "AFW Partners"], None, None, "2024-12", "$693M"),
                ev("facility_opening", ["Tenstorrent"], "Bengaluru", "IN", "2022"),
                ev("expansion", ["Tenstorrent"], "Bengaluru", "IN", "2025")])

article("ho-86", "Elisa agrees to buy Estonian cloud operator Pilvepark for EUR 95 million", "2026-01-22", """
HELSINKI, Jan 22 - Finnish telecom operator Elisa has agreed to buy Pilvepark, an Estonian cloud and data center company, for 95 million euros, it said on Thursday, in its largest deal outside Finland in a decade.
Pilvepark, founded in Tallinn in 2012, runs data centers in Tallinn and Tartu and sells cloud services to Estonian ministries, banks and the country's start-ups. It had revenue of 31 million euros last year.
The deal needs approval from Estonia's competition authority and is expected to close in the second quarter. Pilvepark will be merged into Elisa Eesti, Elisa's Estonian unit, which is already the second-largest mobile operator in the country.
Elisa chief executive Topi Manner said the purchase would let the company offer data kept inside the Baltic region to customers who no longer want to rely on American cloud providers. "Sovereignty is no longer a slogan in procurement. It is a line item," he said.
At home, Elisa has been fighting Telia and DNA, the Finnish operator owned by Telenor, for a shrinking pool of new mobile subscribers, and has tried to make up for slow growth by selling software to other operators. It bought Polystar of Sweden in 2021 and now runs the business as part of its international software unit.
Analysts at a Helsinki brokerage said the price, about three times sales, was "full but defensible" given the shortage of data center space in the Baltics. Elisa shares were little changed in Helsinki trading.
Pilvepark's founders, who own about 60% of the company, will sell all their shares. Estonian investment fund Karma Ventures, which holds the rest, will also sell.
Pilvepark said its planned third data center, near Tallinn's airport, would go ahead under the new owner.
(Reporting by Anne Kauranen; Editing by Jan Harvey)
""", companies=[co("Elisa"), co("Pilvepark"), co("Elisa Eesti"), co("Telia"), co("DNA"), co("Telenor"), co("Polystar"), co("Karma Ventures")],
        cities=[("Helsinki", "FI"), ("Tallinn", "EE"), ("Tartu", "EE")],
        countries=["FI", "EE", "SE"],
        facilities=[fac("Pilvepark", "data_center", "Tallinn", "EE"),
                    fac("Pilvepark", "data_center", "Tartu", "EE")],
        competitors=[("Elisa", "Telia"), ("Elisa", "DNA")],
        subsidiaries=[("Elisa Eesti", "Elisa"), ("DNA", "Telenor"), ("Polystar", "Elisa")],
        events=[ev("acquisition", ["Elisa", "Pilvepark"], None, "EE", "2026-01-22", "€95M"),
                ev("acquisition", ["Elisa", "Polystar"], None, None, "2021"),
                ev("investment", ["Karma Ventures", "Pilvepark"])])

article("ho-87", "ePLDT switches on 50 MW VITRO Santa Rosa, its 11th data center", "2025-07-09", """
PH Business Daily  |  Economy  |  Companies  |  Tech  |  Property  |  Opinion
Loading market data...
ePLDT switches on 50 MW VITRO Santa Rosa, its 11th data center
July 9, 2025  |  By Carla Mendoza, Reporter
Share  Tweet  Viber  Copy link
MANILA - ePLDT, Inc., the information technology arm of PLDT Inc., on Wednesday opened its VITRO Santa Rosa data center in Santa Rosa City, Laguna, the largest in the country at 50 megawatts and its 11th facility nationwide.
The first phase, with 10 MW ready for tenants, cost about P10 billion, the company said. The building was designed for graphics processors and can be cooled with liquid piped directly to the chips.
Power comes from Manila Electric Co. (Meralco) under a supply deal signed last year; a part of it will be drawn from solar farms in Laguna and Batangas, PLDT chairman Manuel V. Pangilinan said at the ceremony.
ePLDT had the Philippine market largely to itself for a decade, but it now has to fight for hyperscale tenants with foreign newcomers. ST Telemedia Global Data Centres opened a 124-MW campus in Fairview, Quezon City, last year, and Digital Edge bought a site in Pasig from a local developer in March. The first is a venture of STT GDC, Globe Telecom and Ayala Corp.
ePLDT president Jojo Gendrano said VITRO Santa Rosa had signed two anchor tenants, which he did not name, and that the company would expand its VITRO Makati 2 site later this year.
Santa Rosa, about 40 km south of Manila along the South Luzon Expressway, is home to several electronics factories, among them a Toshiba plant, and should not be confused with Santa Rosa in the US state of California.
The Philippines has about 300 MW of data center capacity, but the government expects that to triple by 2028 as banks and government agencies move to the cloud.
Photo: ePLDT officials at the opening of VITRO Santa Rosa. (Contributed photo)
Most Read
- Ayala Land sells Makati tower stake
- Jollibee buys Korean coffee chain
- SM Investments books higher profit
(c) 2025 PH Business Daily. All rights reserved. Privacy policy.
""", companies=[co("ePLDT", "ePLDT, Inc.", "ePLDT"), co("PLDT", "PLDT Inc.", "PLDT"), co("Meralco", "Manila Electric Co.", "Meralco"),
                co("ST Telemedia Global Data Centres", "ST Telemedia Global Data Centres", "STT GDC"), co("Digital Edge"), co("Globe Telecom"),
                co("Ayala Corp"), co("Toshiba")],
        cities=[("Manila", "PH"), ("Santa Rosa", "PH"), ("Quezon City", "PH"), ("Pasig", "PH"), ("Makati", "PH"), ("Santa Rosa", "US")],
        countries=["PH", "US"],
        facilities=[fac("ePLDT", "data_center", "Santa Rosa", "PH", "opened", 11),
                    fac("ST Telemedia Global Data Centres", "data_center", "Quezon City", "PH", "opened"),
                    fac("Digital Edge", "data_center", "Pasig", "PH", "acquired"),
                    fac("ePLDT", "data_center", "Makati", "PH", "expanded"),
                    fac("Toshiba", "factory", "Santa Rosa", "PH")],
        competitors=[("ePLDT", "ST Telemedia Global Data Centres"), ("ePLDT", "Digital Edge")],
        subsidiaries=[("ePLDT", "PLDT")],
        events=[ev("facility_opening", ["ePLDT"], "Santa Rosa", "PH", "2025-07-09", "₱10B"),
                ev("partnership", ["ePLDT", "Meralco"], None, None, "2024"),
                ev("facility_opening", ["ST Telemedia Global Data Centres"], "Quezon City", "PH", "2024"),
                ev("acquisition", ["Digital Edge"], "Pasig", "PH", "2025-03")])

article("ho-88", "ACWA Power to build solar and battery plant for DataVolt's Oxagon AI campus", "2025-05-14", """
Gulf Energy & Compute
Home › Power › Data Centres › Hydrogen › Events
ACWA Power to build solar and battery plant for DataVolt's Oxagon AI campus
14 May 2025  ·  Riyadh  ·  Staff reporter
Share:  LinkedIn  X  Email
Saudi utility developer ACWA Power signed an agreement on Wednesday to build and run a 1.5-gigawatt solar farm with battery storage to power the AI data center campus that DataVolt is putting up in Oxagon, the port and industrial zone of NEOM on the Red Sea coast.
The deal was signed in Riyadh during a Saudi-US investment forum at which DataVolt also pledged to invest $20 billion in AI data centers and energy infrastructure in the United States. Neither side gave a price for the power plant, which would be one of the largest behind-the-meter renewable projects built for a data center anywhere.
Riyadh-based DataVolt agreed with NEOM in February to develop the Oxagon campus in phases, starting with 1.5 GW, in a first stage valued at $5 billion. Construction of the first buildings began in March, and ACWA Power said the solar farm would be built alongside them on land leased from NEOM.
For ACWA Power, majority-owned by the kingdom's Public Investment Fund, data centers are a new source of demand as power purchase prices for large solar plants in the Gulf keep falling.
DataVolt's closest competitor for hyperscale tenants in the kingdom is Center3, the data center arm of telecom operator stc, which is building a 300-megawatt campus near Dammam with power from Saudi Electricity Co. Both are courting the same handful of American cloud and AI companies that have promised to set up in Saudi Arabia.
"Power is the one thing the Gulf can offer that Virginia cannot," DataVolt chief executive Rajit Nanda said after the signing.
Related stories
- Khazna doubles Abu Dhabi pipeline
- Oracle picks Riyadh for second Saudi region
- Masdar and EWEC tender 1.5 GW of round-the-clock solar
Newsletter: the week in Gulf power and compute, every Sunday.
""", companies=[co("ACWA Power"), co("DataVolt"), co("NEOM"), co("Public Investment Fund"), co("Center3"), co("stc"), co("Saudi Electricity Co")],
        cities=[("Oxagon", "SA"), ("Riyadh", "SA"), ("Dammam", "SA")],
        countries=["US", "SA"],
        facilities=[fac("DataVolt", "data_center", "Oxagon", "SA", "under_construction"),
                    fac("ACWA Power", "other", "Oxagon", "SA", "planned"),
                    fac("DataVolt", "headquarters", "Riyadh", "SA"),
                    fac("Center3", "data_center", "Dammam", "SA", "under_construction")],
        competitors=[("DataVolt", "Center3")],
        subsidiaries=[("ACWA Power", "Public Investment Fund"), ("Center3", "stc")],
        events=[ev("partnership", ["ACWA Power", "DataVolt"], "Oxagon", "SA", "2025-05-14"),
                ev("facility_announcement", ["ACWA Power", "DataVolt"], "Oxagon", "SA", "2025-05-14"),
                ev("investment", ["DataVolt"], None, "US", "2025-05-14", "$20B"),
                ev("partnership", ["DataVolt", "NEOM"], "Oxagon", "SA", "2025-02", "$5B"),
                ev("facility_announcement", ["DataVolt", "NEOM"], "Oxagon", "SA", "2025-03"),
                ev("partnership", ["Center3", "Saudi Electricity Co"], "Dammam", "SA")])

article("ho-89", "Huawei Cloud opens Istanbul region, its first in Turkey", "2025-09-24", """
Bosphorus Tech Post
Gundem | Telecom | Cloud | Startups | Fintech | English
Huawei Cloud opens Istanbul region, its first in Turkey
24.09.2025 - 14:12  |  Updated 16:40
Author: Deniz Aksoy
Share  Share  Share  Comment
Huawei Cloud, the cloud computing unit of China's Huawei Technologies, opened a cloud region in Istanbul on Wednesday, its first in Turkey, offering computing, storage and AI model services hosted inside the country.
The region is built on two availability zones in rented data center space on the Asian side of the city, and Huawei said it had invested about $300 million in the project, including a local operations team of 200 engineers.
Turkish rules require banks, insurers and public bodies to keep customer data in the country, which has so far kept most of those customers with local providers. Huawei Cloud will be going after that business against Turk Telekom and Turkcell, the country's two largest telecom groups, both of which sell cloud services from their own data centers. Turkcell runs its largest sites in Gebze and Izmir, and opened a new one in Ankara last year.
To win enterprise customers quickly, Huawei Cloud signed a reseller agreement with KocSistem, the information technology unit of Koc Holding, which will sell its services to companies in the group and beyond.
"A bank in Istanbul should not have to choose between modern AI and Turkish law," Huawei Cloud's regional president said at a launch event.
Shenzhen-based Huawei has expanded its cloud business abroad quickly since US sanctions cut off its smartphone business from Google's software and advanced chips. Huawei Cloud now runs regions in Saudi Arabia, Egypt, Indonesia, Mexico and Chile, among others.
Microsoft said last year that it would open an Azure region in Turkey but has given no date.
Tags: Huawei, cloud, data localization
You may also like
Trendyol opens Berlin tech hub
Getir shrinks again
Baykar buys Italian aircraft maker
""", companies=[co("Huawei Cloud"), co("Huawei Technologies", "Huawei Technologies", "Huawei"), co("Turk Telekom"), co("Turkcell"),
                co("KocSistem"), co("Koc Holding"), co("Google"), co("Microsoft"), co("Azure")],
        cities=[("Istanbul", "TR"), ("Gebze", "TR"), ("Izmir", "TR"), ("Ankara", "TR"), ("Shenzhen", "CN")],
        countries=["CN", "TR", "SA", "EG", "ID", "MX", "CL", "US"],
        facilities=[fac("Huawei Cloud", "cloud_region", "Istanbul", "TR", "opened", 1),
                    fac("Turkcell", "data_center", "Gebze", "TR"),
                    fac("Turkcell", "data_center", "Izmir", "TR"),
                    fac("Turkcell", "data_center", "Ankara", "TR", "opened"),
                    fac("Huawei Technologies", "headquarters", "Shenzhen", "CN"),
                    fac("Huawei Cloud", "cloud_region", None, "SA", "opened"),
                    fac("Huawei Cloud", "cloud_region", None, "EG", "opened"),
                    fac("Huawei Cloud", "cloud_region", None, "ID", "opened"),
                    fac("Huawei Cloud", "cloud_region", None, "MX", "opened"),
                    fac("Huawei Cloud", "cloud_region", None, "CL", "opened"),
                    fac("Microsoft", "cloud_region", None, "TR", "announced")],
        competitors=[("Huawei Cloud", "Turk Telekom"), ("Huawei Cloud", "Turkcell")],
        subsidiaries=[("Huawei Cloud", "Huawei Technologies"), ("KocSistem", "Koc Holding"), ("Azure", "Microsoft")],
        events=[ev("facility_opening", ["Huawei Cloud"], "Istanbul", "TR", "2025-09-24", "$300M"),
                ev("investment", ["Huawei Cloud"], "Istanbul", "TR", "2025-09-24", "$300M"),
                ev("facility_opening", ["Turkcell"], "Ankara", "TR", "2024"),
                ev("partnership", ["Huawei Cloud", "KocSistem"], None, None, "2025-09-24"),
                ev("facility_announcement", ["Microsoft"], None, "TR", "2024")])

article("ho-90", "Reliance breaks ground on Jamnagar AI data centre as Adani race speeds up", "2026-01-14", """
MUMBAI, Jan 14 - Reliance Industries broke ground on Wednesday on what it says will be India's largest AI data centre, a campus in Jamnagar, Gujarat, that would reach 1 gigawatt of capacity by 2028 and run largely on solar power from the group's own plants in the Kutch desert.
The first 120-megawatt building is due to open at the end of next year. Reliance did not say how much it would spend on the campus, but two people with knowledge of the plans put the first phase at about 300 billion rupees ($3.5 billion).
Jio Platforms, Reliance's digital unit, will run the site and sell computing time to Indian companies and government agencies. Nvidia will supply Blackwell processors under an agreement the two companies signed in Mumbai in 2024, Reliance said.
The groundbreaking came three months after Google said it would spend $15 billion on an AI hub in Visakhapatnam, Andhra Pradesh, to be built with AdaniConneX and telecom operator Bharti Airtel. It leaves India's two richest men, Mukesh Ambani and Gautam Adani, in a race to build gigawatt-scale AI capacity first: the Adani Group also plans a campus of its own at its port city of Mundra, about 200 km from Jamnagar across the Gulf of Kutch.
AdaniConneX is a venture of Adani Enterprises and EdgeConneX, the data centre developer.
"Every Indian should have access to AI at the price of a phone call," Reliance chairman Mukesh Ambani said in a video message played at the site, echoing the pitch that made Jio the country's largest mobile operator.
Jamnagar already hosts the world's largest oil refining complex, which Reliance built in the late 1990s, and the group is building battery and solar panel factories nearby.
Shares of Reliance rose 1.2% in Mumbai. Adani Enterprises fell 0.4%.
(Reporting by Aditi Shah and Munsif Vengattil; Editing by Sonia Cheema)
""", companies=[co("Reliance Industries", "Reliance Industries", "Reliance"), co("Jio Platforms", "Jio Platforms", "Jio"), co("Nvidia"), co("Google"),
                co("AdaniConneX"), co("Bharti Airtel"), co("Adani Group"), co("Adani Enterprises"), co("EdgeConneX")],
        cities=[("Mumbai", "IN"), ("Jamnagar", "IN"), ("Visakhapatnam", "IN"), ("Mundra", "IN")],
        countries=["IN"],
        facilities=[fac("Reliance Industries", "data_center", "Jamnagar", "IN", "under_construction"),
                    fac("Google", "data_center", "Visakhapatnam", "IN", "announced"),
                    fac("Adani Group", "data_center", "Mundra", "IN", "planned"),
                    fac("Reliance Industries", "other", "Jamnagar", "IN"),
                    fac("Reliance Industries", "factory", "Jamnagar", "IN", "under_construction")],
        competitors=[("Reliance Industries", "Adani Group")],
        subsidiaries=[("Jio Platforms", "Reliance Industries")],
        events=[ev("facility_announcement", ["Reliance Industries", "Jio Platforms"], "Jamnagar", "IN", "2026-01-14", "₹300B"),
                ev("partnership", ["Reliance Industries", "Nvidia"], "Mumbai", "IN", "2024"),
                ev("facility_announcement", ["Google", "AdaniConneX", "Bharti Airtel"], "Visakhapatnam", "IN", "2025-10", "$15B"),
                ev("partnership", ["Google", "AdaniConneX", "Bharti Airtel"], "Visakhapatnam", "IN", "2025-10")])

article("ho-91", "Infineon opens EUR 5 billion Smart Power Fab in Dresden", "2026-03-03", """
Elektronik Europe | Semiconductors | Power | Automotive | Industry 4.0 | Events
Infineon opens EUR 5 billion Smart Power Fab in Dresden
03/03/2026 | Katrin Vogel | Reading time 4 min
Share on LinkedIn | Share on X | Send by email
Infineon Technologies opened its Smart Power Fab in Dresden on Tuesday, a 300-millimetre plant for power semiconductors and analog chips that is the largest single investment in the company's history.
Infineon said it had invested about 5 billion euros in the fab, which received roughly 1 billion euros in state aid under the European Chips Act. It will employ about 1,000 people when fully ramped and make chips for electric cars, solar inverters and, increasingly, the power supplies of AI data centers.
"An AI server rack today draws as much power as a hundred homes. Every watt passes through our chips," chief executive Jochen Hanebeck said at the ceremony, attended by German Chancellor Friedrich Merz and Saxony's premier.
The new fab sharpens Infineon's fight with STMicroelectronics and onsemi, the two companies it most often faces in tenders for carmakers' power chip orders. All three have added capacity even as demand from car companies has cooled; Infineon said the Dresden plant's first output was already sold to data center power suppliers.
Dresden has become Europe's largest chipmaking cluster. GlobalFoundries is expanding its fab on the city's northern edge, and the European Semiconductor Manufacturing Company (ESMC), a venture of TSMC with Bosch, Infineon and NXP Semiconductors, is building a plant a few kilometres away that is due to start production in 2027.
Infineon, which is headquartered in Neubiberg near Munich, also makes silicon carbide chips at its fab in Kulim, Malaysia, which it opened in August 2024, and in Villach, Austria.
Photo: The clean room of the Smart Power Fab. Source: Infineon
Related articles
- Bosch delays Reutlingen silicon carbide ramp
- X-FAB adds capacity in Erfurt
- Nexperia dispute: what happens in Hamburg
Subscribe to our newsletter. Imprint | Privacy | Cookie settings
""", companies=[co("Infineon Technologies", "Infineon Technologies", "Infineon"), co("STMicroelectronics"), co("onsemi"), co("GlobalFoundries"),
                co("European Semiconductor Manufacturing Company", "European Semiconductor Manufacturing Company", "ESMC"), co("TSMC"), co("Bosch"),
                co("NXP Semiconductors")],
        cities=[("Dresden", "DE"), ("Neubiberg", "DE"), ("Munich", "DE"), ("Kulim", "MY"), ("Villach", "AT")],
        countries=["MY", "AT"],
        facilities=[fac("Infineon Technologies", "fab", "Dresden", "DE", "opened"),
                    fac("GlobalFoundries", "fab", "Dresden", "DE", "expanded"),
                    fac("European Semiconductor Manufacturing Company", "fab", "Dresden", "DE", "under_construction"),
                    fac("Infineon Technologies", "headquarters", "Neubiberg", "DE"),
                    fac("Infineon Technologies", "fab", "Kulim", "MY", "opened"),
                    fac("Infineon Technologies", "fab", "Villach", "AT")],
        competitors=[("Infineon Technologies", "STMicroelectronics"), ("Infineon Technologies", "onsemi")],
        events=[ev("facility_opening", ["Infineon Technologies"], "Dresden", "DE", "2026-03-03", "€5B"),
                ev("investment", ["Infineon Technologies"], "Dresden", "DE", "2026-03-03", "€5B"),
                ev("expansion", ["GlobalFoundries"], "Dresden", "DE"),
                ev("facility_opening", ["Infineon Technologies"], "Kulim", "MY", "2024-08")])

article("ho-92", "Mexican regulator blocks America Movil's purchase of Leon cable operator Megacanal", "2025-07-16", """
MEXICO CITY, July 16 - Mexico's antitrust regulator on Wednesday blocked America Movil's planned purchase of Megacanal Bajio, a cable television and broadband operator based in Leon, Guanajuato, saying the deal would have left households in much of the central Bajio region with a single fixed-line provider.
America Movil, controlled by the family of billionaire Carlos Slim, agreed in October to buy Megacanal for 8.5 billion pesos ($455 million), hoping to add about 600,000 cable customers to its Telmex fixed-line business in one of Mexico's fastest-growing industrial areas.
The regulator said Telmex and Megacanal were the only two fixed broadband providers in several of the region's cities, and that the conditions America Movil had offered, including selling part of Megacanal's network, were not enough. It was the first time in six years that a deal by the country's largest telecom group had been blocked outright.
America Movil said it disagreed with the ruling and was studying its options. Megacanal's owners, a group of Guanajuato businessmen, did not respond to requests for comment.
In most of the Bajio, the operators Megacanal fights hardest for subscribers are Izzi, the cable arm of Grupo Televisa, and Totalplay, which belongs to Grupo Salinas. Both had urged the regulator to reject the deal.
The ruling does not affect America Movil's businesses abroad. Its Claro brand is the largest mobile operator in several Central American countries, including Nicaragua, whose second city is also called Leon.
America Movil, based in Mexico City, also runs Telcel, the country's largest mobile network. Its shares fell 1.1% in Mexico City trading.
(Reporting by Ana Isabel Martinez; Editing by Diego Ore)
""", companies=[co("America Movil"), co("Megacanal Bajio", "Megacanal Bajio", "Megacanal"), co("Telmex"), co("Izzi"), co("Grupo Televisa"),
                co("Totalplay"), co("Grupo Salinas"), co("Claro"), co("Telcel")],
        cities=[("Mexico City", "MX"), ("Leon", "MX"), ("Leon", "NI")],
        countries=["MX", "NI"],
        facilities=[fac("Megacanal Bajio", "headquarters", "Leon", "MX"),
                    fac("America Movil", "headquarters", "Mexico City", "MX")],
        competitors=[("Megacanal Bajio", "Izzi"), ("Megacanal Bajio", "Totalplay")],
        subsidiaries=[("Telmex", "America Movil"), ("Izzi", "Grupo Televisa"), ("Totalplay", "Grupo Salinas"), ("Claro", "America Movil"),
                      ("Telcel", "America Movil")],
        events=[ev("other", ["America Movil", "Megacanal Bajio"], None, "MX", "2025-07-16"),
                ev("acquisition", ["America Movil", "Megacanal Bajio"], None, None, "2024-10", "MX$8.5B")])

article("ho-93", "Start Campus begins second Sines building with Microsoft as anchor tenant", "2025-11-26", """
Iberia DC Insider
Home | Data Centers | Subsea | Energy | Investment | Events
Start Campus begins second Sines building with Microsoft as anchor tenant
By Rui Carvalho | 26 November 2025
Share this: LinkedIn | X | Email
Start Campus has begun building the second data center at its SINES campus on Portugal's Alentejo coast, after filling its first 26-megawatt building in less than a year, the company said on Wednesday.
The new building, called NEST 2, will add 180 megawatts and cost about 1.2 billion euros, to be paid for with a mix of equity and a bank loan arranged by Banco Santander and CaixaBank. Microsoft has signed on as the anchor tenant, the company said, confirming reports in the Portuguese press last month.
Start Campus, which is backed by US investment firm Davidson Kempner Capital Management and London-based Pioneer Point Partners, plans to grow the campus to 1.2 gigawatts over the next decade, making it one of the largest in Europe. Its first building opened in April 2024.
Sines has two things most data center markets in Europe lack: spare grid capacity next to a former coal plant, and a landing point for subsea cables, including EllaLink to Brazil and the 2Africa cable led by Meta. Seawater from the Atlantic is used to cool the servers.
For hyperscale tenants in the Iberian peninsula, Start Campus's competition comes mainly from Madrid, where Equinix, Digital Realty and Data4 are all adding capacity. Executives there have argued that Sines is too far from users; Start Campus says the cables make that argument obsolete.
"Latency to Sao Paulo is better from Sines than from anywhere else in Europe," Start Campus chief executive Robert Dunn said.
Portugal's government has fast-tracked permits for the campus under a law for projects of national interest. Local environmental groups have raised concerns about the seawater outflow.
Photo: Construction cranes at NEST 2 in Sines. (Start Campus)
Related reading
- Merlin Properties lines up Bilbao expansion
- Edged opens its first Spanish site
- Why Lisbon's grid is full
Newsletter sign-up | Cookie preferences | Contact
""", companies=[co("Start Campus"), co("Banco Santander"), co("CaixaBank"), co("Microsoft"),
                co("Davidson Kempner Capital Management"), co("Pioneer Point Partners"), co("Meta"), co("Equinix"), co("Digital Realty"),
                co("Data4")],
        cities=[("Sines", "PT"), ("London", "GB"), ("Madrid", "ES"), ("Sao Paulo", "BR")],
        countries=["PT", "BR", "US"],
        facilities=[fac("Start Campus", "data_center", "Sines", "PT", "under_construction", 2),
                    fac("Pioneer Point Partners", "headquarters", "London", "GB"),
                    fac("Equinix", "data_center", "Madrid", "ES", "expanded"),
                    fac("Digital Realty", "data_center", "Madrid", "ES", "expanded"),
                    fac("Data4", "data_center", "Madrid", "ES", "expanded")],
        competitors=[("Start Campus", "Equinix"), ("Start Campus", "Digital Realty"), ("Start Campus", "Data4")],
        events=[ev("facility_announcement", ["Start Campus"], "Sines", "PT", "2025-11-26", "€1.2B"),
                ev("partnership", ["Start Campus", "Microsoft"], "Sines", "PT", "2025-11-26"),
                ev("investment", ["Start Campus", "Davidson Kempner Capital Management", "Pioneer Point Partners"]),
                ev("facility_opening", ["Start Campus"], "Sines", "PT", "2024-04")])

article("ho-94", "Press release: Lumio Networks to move headquarters from Portland, Maine, to Portland, Oregon", "2026-02-10", """
Lumio Networks to Move Headquarters to Portland, Oregon, to Be Closer to Chip and Cloud Customers
Maine plant to stay open; company to add 250 jobs in Oregon over three years
PORTLAND, Maine, Feb. 10, 2026 (BUSINESS WIRE) -- Lumio Networks, Inc., a maker of optical transceivers and co-packaged optics for AI data centers, today announced that it will move its headquarters from Portland, Maine, where it was founded in 2011, to Portland, Oregon, by the end of the year.
The new headquarters, in the city's Pearl District, will house the company's executive team, sales organization and a new design center for silicon photonics. Lumio will keep its manufacturing plant in Biddeford, Maine, which employs 400 people, and said it would spend $35 million over two years to add a third production line there.
"Our largest customers design their chips and run their clouds on the West Coast. We need to be down the road from them, not three time zones away," said Hannah Brooks, chief executive officer of Lumio Networks.
The move will put Lumio about 20 miles from Hillsboro, where Intel runs its largest research and development site. Lumio supplies co-packaged optics to Intel under a multi-year agreement signed in 2024, and in December signed a supply deal with Oracle for its cloud data centers.
Lumio competes with Coherent and Lumentum, the two largest suppliers of optical transceivers, as well as with a growing number of Chinese makers.
About Lumio Networks
Lumio Networks, Inc. designs and manufactures optical components for data centers and telecom networks. The company is a wholly owned subsidiary of Nordvik Photonics AB of Lund, Sweden, which acquired it in 2019. For more information, visit the company's website.
About Nordvik Photonics
Nordvik Photonics AB is listed on Nasdaq Stockholm and makes lasers and photonic chips at its plant in Lund.
Media contact: Lumio Networks communications, media@lumio.example
""", companies=[co("Lumio Networks", "Lumio Networks, Inc.", "Lumio Networks", "Lumio"), co("Intel"), co("Oracle"), co("Coherent"), co("Lumentum"),
                co("Nordvik Photonics", "Nordvik Photonics AB", "Nordvik Photonics")],
        cities=[("Portland", "US"), ("Biddeford", "US"), ("Hillsboro", "US"), ("Lund", "SE")],
        countries=["SE"],
        facilities=[fac("Lumio Networks", "headquarters", "Portland", "US", "planned"),
                    fac("Lumio Networks", "rnd_center", "Portland", "US", "planned"),
                    fac("Lumio Networks", "factory", "Biddeford", "US", "expanded"),
                    fac("Intel", "rnd_center", "Hillsboro", "US"),
                    fac("Nordvik Photonics", "factory", "Lund", "SE")],
        competitors=[("Lumio Networks", "Coherent"), ("Lumio Networks", "Lumentum")],
        subsidiaries=[("Lumio Networks", "Nordvik Photonics")],
        events=[ev("facility_announcement", ["Lumio Networks"], "Portland", "US", "2026-02-10"),
                ev("expansion", ["Lumio Networks"], "Biddeford", "US", "2026-02-10", "$35M"),
                ev("partnership", ["Lumio Networks", "Intel"], None, None, "2024"),
                ev("partnership", ["Lumio Networks", "Oracle"], None, None, "2025-12"),
                ev("acquisition", ["Nordvik Photonics", "Lumio Networks"], None, None, "2019")])

article("ho-95", "Onix opens Accra data centre with MTN Ghana as anchor, eyes Kumasi", "2025-08-20", """
TechAfrique | News | Telecoms | Fintech | Data centres | Startups | Jobs
Onix opens Accra data centre with MTN Ghana as anchor, eyes Kumasi
Wednesday 20 August 2025 | Kwame Asante
Share: Facebook | X | LinkedIn | WhatsApp
Ghanaian operator Onix Data Centers opened its second data centre in Accra on Wednesday, a 12-megawatt facility near Kotoka International Airport that it says is the first in the country certified to Tier IV standards.
The facility cost about $45 million and has signed MTN Ghana, the local unit of South Africa's MTN Group, as its anchor tenant under a ten-year lease. Onix, majority-owned by pan-African investment firm Kivu Infrastructure Partners, said a second site, in Kumasi, would follow once the grid connection there is upgraded.
Accra has become the most contested data centre market in West Africa outside Lagos. In the city, Onix is up against Raxio and Africa Data Centres, which both opened facilities there in the past two years and are chasing the same bank and telecom customers.
Ghana's data centre capacity has tripled since 2022, helped by new subsea cables and by a central bank rule that requires banks to keep customer data in the country. Power remains the main worry: the country has suffered rolling blackouts, and Onix said the new facility had 48 hours of diesel on site and a contract for gas-fired power from the nearby Tema industrial area.
"Five years ago a Ghanaian bank had to choose between a server room in the basement and a rack in London. Now it has choices at home," Onix chief executive Ama Owusu-Ansah said.
Onix opened its first Accra site in 2019. The company is also in talks with Vodafone Ghana's successor, Telecel Ghana, about a second anchor lease, people familiar with the matter said.
Read more
Teraco completes JB7 in Johannesburg
Airtel Africa's Nxtra plans Lagos build
Kenya's data centre tax break explained
Get the TechAfrique newsletter. This site uses cookies.
""", companies=[co("Onix Data Centers", "Onix Data Centers", "Onix"), co("MTN Ghana"), co("MTN Group"), co("Kivu Infrastructure Partners"), co("Raxio"),
                co("Africa Data Centres"), co("Telecel Ghana"), co("Vodafone Ghana")],
        cities=[("Accra", "GH"), ("Kumasi", "GH"), ("Lagos", "NG"), ("Tema", "GH"), ("London", "GB")],
        countries=["ZA", "GH"],
        facilities=[fac("Onix Data Centers", "data_center", "Accra", "GH", "opened", 2),
                    fac("Onix Data Centers", "data_center", "Kumasi", "GH", "planned"),
                    fac("Raxio", "data_center", "Accra", "GH", "opened"),
                    fac("Africa Data Centres", "data_center", "Accra", "GH", "opened")],
        competitors=[("Onix Data Centers", "Raxio"), ("Onix Data Centers", "Africa Data Centres")],
        subsidiaries=[("MTN Ghana", "MTN Group"), ("Onix Data Centers", "Kivu Infrastructure Partners")],
        events=[ev("facility_opening", ["Onix Data Centers"], "Accra", "GH", "2025-08-20", "$45M"),
                ev("partnership", ["Onix Data Centers", "MTN Ghana"], "Accra", "GH", "2025-08-20"),
                ev("facility_announcement", ["Onix Data Centers"], "Kumasi", "GH", "2025-08-20"),
                ev("facility_opening", ["Onix Data Centers"], "Accra", "GH", "2019"),
                ev("facility_opening", ["Raxio"], "Accra", "GH"),
                ev("facility_opening", ["Africa Data Centres"], "Accra", "GH")])

article("ho-96", "Alibaba Cloud releases Qwen4 as Chinese model price war deepens", "2025-06-26", """
HANGZHOU, June 26 - Alibaba Cloud released the fourth generation of its Qwen large language models on Thursday, with open weights for most versions, and cut prices for its largest model by two thirds, the latest move in a price and performance war with DeepSeek, Baidu and Volcano Engine, the cloud arm of TikTok owner ByteDance.
The cloud computing unit of Alibaba Group said the flagship Qwen4-Max matched leading American models on coding and mathematics tests, and that smaller versions could run on a laptop. Developers have built more than 200,000 derivative models on earlier Qwen releases, making it the most widely adapted open model family in the world, the company said.
Hangzhou-based Alibaba has said it will invest 380 billion yuan ($53 billion) in cloud and AI infrastructure over three years, more than it spent in the previous decade. The cloud unit's revenue grew 18% in the March quarter, its fastest pace in two years, driven by AI.
Alibaba Cloud also opened its first cloud region in Brazil, in Sao Paulo, this month and said it would add regions in France and the Netherlands, part of a push to win customers outside China as US export controls limit the chips it can buy for its home market.
Qwen models already power Apple Intelligence features on iPhones sold in mainland China under a deal the two companies confirmed in February.
"The price of intelligence should fall as fast as the price of storage did," Alibaba Cloud's chief technology officer Zhou Jingren told a developer conference in the city.
DeepSeek, based in Hangzhou as well, shook the industry in January with a low-cost reasoning model and is expected to release its next model within weeks. Baidu made its Ernie models free for consumers in April.
Alibaba shares rose 3.1% in Hong Kong.
(Reporting by Eduardo Baptista; Editing by Kim Coghill)
""", companies=[co("Alibaba Cloud"), co("DeepSeek"), co("Baidu"), co("Volcano Engine"), co("TikTok"), co("ByteDance"),
                co("Alibaba Group", "Alibaba Group", "Alibaba"), co("Apple")],
        cities=[("Hangzhou", "CN"), ("Sao Paulo", "BR"), ("Hong Kong", "HK")],
        countries=["BR", "FR", "NL", "CN", "US"],
        facilities=[fac("Alibaba Group", "headquarters", "Hangzhou", "CN"),
                    fac("Alibaba Cloud", "cloud_region", "Sao Paulo", "BR", "opened", 1),
                    fac("Alibaba Cloud", "cloud_region", None, "FR", "planned"),
                    fac("Alibaba Cloud", "cloud_region", None, "NL", "planned"),
                    fac("DeepSeek", "headquarters", "Hangzhou", "CN")],
        competitors=[("Alibaba Cloud", "DeepSeek"), ("Alibaba Cloud", "Baidu"), ("Alibaba Cloud", "Volcano Engine")],
        subsidiaries=[("Volcano Engine", "ByteDance"), ("TikTok", "ByteDance"), ("Alibaba Cloud", "Alibaba Group")],
        events=[ev("product_launch", ["Alibaba Cloud"], None, None, "2025-06-26"),
                ev("investment", ["Alibaba Group"], None, None, None, "CN¥380B"),
                ev("facility_opening", ["Alibaba Cloud"], "Sao Paulo", "BR", "2025-06"),
                ev("partnership", ["Apple", "Alibaba Group"], None, "CN", "2025-02"),
                ev("product_launch", ["DeepSeek"], None, None, "2025-01")])

article("ho-97", "Nordlys Compute scraps Boden AI campus, moves plan to Pitea", "2025-10-15", """
Nordic Data Wire | News | Power | Sites | Deals | Events | Newsletter
Loading market data...
Nordlys Compute scraps Boden AI campus, moves plan to Pitea
By Sofia Lindgren | 3 min read
Share on LinkedIn  Share on X  Email
Nordlys Compute has dropped its plan for a 200-megawatt AI data center campus in Boden, in Sweden's far north, after failing to agree a price for the land with the municipality, and will build instead at an industrial site in Pitea, about 80 km to the south, the company said on Wednesday.
The Boden project was unveiled in March last year with an estimated cost of 9 billion kronor and was meant to start running in 2026. Nordlys, a subsidiary of Swedish energy group Vattholm Energi, said the Pitea campus would be of similar size but would now open no earlier than 2028.
"We lose a year. We gain a site where the grid connection is already in the ground," chief executive Jonas Ekberg said.
The company has signed a lease on 40 hectares at Haraholmen, the port area of Pitea, next to a substation built for a battery factory that was never completed. It will spend about 10 billion kronor on the first two phases.
Norrbotten, the county that covers both towns, has become a crowded place for data center builders. Meta has run a large data center in Lulea since 2013 and has expanded it twice, and Hydro66 operates a smaller one in Boden. Nordlys and EcoDataCenter have spent the past year bidding against each other for the same large AI training contracts, and EcoDataCenter said in August it had secured power for a second site in Falun.
Boden's municipal council said it regretted the decision but that it could not sell public land below its market value. The town is also home to H2 Green Steel's plant, now operating as Stegra, which has taken much of the area's spare power.
Photo: The Haraholmen port area in Pitea. Photo credit: Pitea municipality
Related coverage
Green Mountain opens Stavanger expansion
Why Danish heat reuse rules are spreading
Atos sells its Nordic data center unit
Subscribe to the Nordic Data Wire morning briefing. We use cookies to analyse traffic. Accept | Manage
""", companies=[co("Nordlys Compute", "Nordlys Compute", "Nordlys"), co("Vattholm Energi"), co("Meta"), co("Hydro66"), co("EcoDataCenter"),
                co("Stegra", "Stegra", "H2 Green Steel")],
        cities=[("Boden", "SE"), ("Pitea", "SE"), ("Lulea", "SE"), ("Falun", "SE")],
        countries=["SE"],
        facilities=[fac("Nordlys Compute", "data_center", "Pitea", "SE", "planned"),
                    fac("Meta", "data_center", "Lulea", "SE", "expanded"),
                    fac("Hydro66", "data_center", "Boden", "SE"),
                    fac("EcoDataCenter", "data_center", "Falun", "SE", "planned", 2),
                    fac("Stegra", "factory", "Boden", "SE")],
        competitors=[("Nordlys Compute", "EcoDataCenter")],
        subsidiaries=[("Nordlys Compute", "Vattholm Energi")],
        events=[ev("other", ["Nordlys Compute"], "Boden", "SE", "2025-10-15"),
                ev("facility_announcement", ["Nordlys Compute"], "Pitea", "SE", "2025-10-15", "SEK10B"),
                ev("facility_announcement", ["Nordlys Compute"], "Boden", "SE", "2024-03", "SEK9B"),
                ev("facility_opening", ["Meta"], "Lulea", "SE", "2013"),
                ev("expansion", ["Meta"], "Lulea", "SE"),
                ev("facility_announcement", ["EcoDataCenter"], "Falun", "SE", "2025-08")])

article("ho-98", "Google Cloud opens Bangkok region as hyperscaler race for Thailand tightens", "2026-01-27", """
Asia Cloud Brief
Cloud | Data Centres | Telco | AI | Security | Events | Awards
Google Cloud opens Bangkok region as hyperscaler race for Thailand tightens
27 January 2026 | By Nattapong Srisuk
Share  LinkedIn  X  Facebook  Line
Google Cloud opened its first cloud region in Thailand on Tuesday, in Bangkok, with three zones in leased data center space, and said its own data center in Chonburi province would start serving the region from next year.
The region is the ninth Google Cloud has opened in Asia Pacific. Google, the unit's parent, announced in 2024 that it would invest $1 billion in Thai digital infrastructure, including the Chonburi data center in the Amata City industrial estate, which is now being built.
The opening puts Google Cloud level with Amazon Web Services, which opened its Bangkok region a year ago, in a three-way race with Microsoft for Thai banks, retailers and government agencies. Microsoft has said it will open its first Thai data center region but has not given a date. Huawei Cloud and Alibaba Cloud also serve Thai customers from local data centers.
To sell to companies that are not ready to move to a public cloud, Google Cloud signed a partnership on Tuesday with True IDC, the data center arm of True Corporation, under which True IDC will host Google Distributed Cloud hardware in its own facilities in Bangkok and Khon Kaen.
Thailand has approved more than 20 data center projects worth about 170 billion baht since 2023 under its investment promotion scheme, most of them in Chonburi and Rayong, on the Eastern Seaboard. Power shortages are less of a concern than in Malaysia or Singapore, officials say, though water is tighter.
"Thai customers told us: we want the data here, and we want the AI here," Google Cloud's country director Pakornsak Tantiwuttipong said at the launch in Bangkok.
Google Cloud's Bangkok launch follows regions in Jakarta, Singapore and Kuala Lumpur, and a region in Vietnam has been reported to be in planning.
Photo: Google Cloud executives at the Bangkok launch. Credit: Google
Related
- AWS doubles down on Malaysia
- Siam AI lands Nvidia allocation
- Why Rayong is Thailand's new data centre capital
""", companies=[co("Google Cloud"), co("Google"), co("Amazon Web Services"), co("Microsoft"), co("Huawei Cloud"), co("Alibaba Cloud"),
                co("True IDC"), co("True Corporation")],
        cities=[("Bangkok", "TH"), ("Khon Kaen", "TH"), ("Jakarta", "ID"), ("Singapore", "SG"), ("Kuala Lumpur", "MY")],
        countries=["TH", "MY", "SG", "VN"],
        facilities=[fac("Google Cloud", "cloud_region", "Bangkok", "TH", "opened", 9),
                    fac("Google", "data_center", None, "TH", "under_construction"),
                    fac("Amazon Web Services", "cloud_region", "Bangkok", "TH", "opened"),
                    fac("Microsoft", "cloud_region", None, "TH", "announced", 1),
                    fac("True IDC", "data_center", "Bangkok", "TH"),
                    fac("True IDC", "data_center", "Khon Kaen", "TH"),
                    fac("Google Cloud", "cloud_region", "Jakarta", "ID", "opened"),
                    fac("Google Cloud", "cloud_region", "Singapore", "SG", "opened"),
                    fac("Google Cloud", "cloud_region", "Kuala Lumpur", "MY", "opened")],
        competitors=[("Google Cloud", "Amazon Web Services"), ("Google Cloud", "Microsoft")],
        subsidiaries=[("Google Cloud", "Google"), ("True IDC", "True Corporation")],
        events=[ev("facility_opening", ["Google Cloud"], "Bangkok", "TH", "2026-01-27"),
                ev("investment", ["Google"], None, "TH", "2024", "$1B"),
                ev("facility_announcement", ["Google"], None, "TH", "2024"),
                ev("facility_opening", ["Amazon Web Services"], "Bangkok", "TH", "2025-01"),
                ev("partnership", ["Google Cloud", "True IDC"], None, None, "2026-01-27")])

article("ho-99", "Vodacom and Lelapa AI team up on speech models for South African languages", "2025-09-18", """
SA Tech Review
News | Mobile | Fintech | AI | Business | Reviews | Podcasts
Vodacom and Lelapa AI team up on speech models for South African languages
Thursday, 18 September 2025 - 11:02  |  Thandi Mokoena
Share  Tweet  WhatsApp  Email
Vodacom has signed a partnership with Johannesburg-based start-up Lelapa AI to build speech recognition and translation models for isiZulu, isiXhosa, Sesotho and Setswana, the operator said on Thursday, and will use them first in its customer call centres and its VodaPay app.
Under the three-year agreement, Vodacom will pay for computing time and give Lelapa access to anonymised call centre recordings from customers who opt in, and Lelapa will keep ownership of the models. The two companies did not disclose financial terms.
Vodacom, which is majority-owned by Britain's Vodafone Group, is trying to cut the cost of serving more than 45 million South African customers, many of whom prefer to speak to an agent in their home language. It will also set up an AI lab at its head office in Midrand, between Johannesburg and Pretoria, to test the models with engineers from Lelapa.
The deal is aimed partly at MTN, Vodacom's chief rival, which last year launched a chatbot in several African languages built with Microsoft. Global AI labs have been slow to support the languages: OpenAI and Google's models handle isiZulu only at a basic level, researchers say.
Lelapa, founded in 2022 by former DeepMind researchers, raised $2.5 million in a seed round led by Atlantica Ventures in 2023 and released its first model, InkubaLM, last year. It has 30 staff in Johannesburg and Kigali, Rwanda.
"Half of our customers would rather not speak English to a bank or a phone company. Technology should meet them where they are," Vodacom South Africa chief executive Sitho Mdlalose said.
Shares of Vodacom rose 0.8% on the JSE in Johannesburg.
Also on SA Tech Review
Teraco starts building JB7
Takealot loses market share to Temu
Telkom sells its masts business
Sign up to our daily newsletter. We respect your privacy.
""", companies=[co("Vodacom"), co("Lelapa AI", "Lelapa AI", "Lelapa"), co("Vodafone Group"), co("MTN"), co("Microsoft"), co("OpenAI"), co("Google"),
                co("DeepMind"), co("Atlantica Ventures"), co("Vodacom South Africa")],
        cities=[("Johannesburg", "ZA"), ("Midrand", "ZA"), ("Pretoria", "ZA"), ("Kigali", "RW")],
        countries=["GB", "RW"],
        facilities=[fac("Lelapa AI", "headquarters", "Johannesburg", "ZA"),
                    fac("Vodacom", "headquarters", "Midrand", "ZA"),
                    fac("Vodacom", "rnd_center", "Midrand", "ZA", "planned"),
                    fac("Lelapa AI", "office", "Kigali", "RW")],
        competitors=[("Vodacom", "MTN")],
        subsidiaries=[("Vodacom", "Vodafone Group"), ("Vodacom South Africa", "Vodacom")],
        events=[ev("partnership", ["Vodacom", "Lelapa AI"], None, None, "2025-09-18"),
                ev("facility_announcement", ["Vodacom"], "Midrand", "ZA", "2025-09-18"),
                ev("product_launch", ["MTN", "Microsoft"], None, None, "2024"),
                ev("partnership", ["MTN", "Microsoft"], None, None, "2024"),
                ev("investment", ["Lelapa AI", "Atlantica Ventures"], None, None, "2023", "$2.5M"),
                ev("product_launch", ["Lelapa AI"], None, None, "2024")])

article("ho-100", "Johor's data centre boom hits its first limits", "2025-12-09", """
Southeast Asia Infrastructure Review
Home  Markets  Data Centres  Energy  Transport  Real Estate  Events  Subscribe
Loading market data...
ANALYSIS
Johor's data centre boom hits its first limits
Water, power and Washington's chip rules are slowing the fastest-growing data centre market in Asia
9 December 2025  |  By Aaron Tan in Johor Bahru  |  8 min read
Share on LinkedIn  Share on X  Share on Facebook  Print
Three years ago the palm oil estates around Kulai, half an hour's drive north of Johor Bahru, had never seen a data centre. Today the district has more capacity under construction than the whole of Singapore has in operation, and cranes line the highway to the Sedenak Tech Park.
The first signs of strain are showing. Johor's state government said on Tuesday it would stop approving new data centres that use water-cooled chillers from January, and the state utility has told developers that new grid connections above 100 megawatts will not be available before 2028.
Microsoft is the best-known casualty so far. It halted construction at a site in Kulai that it bought in 2023 for about $95 million, and has not said whether work will resume. The company continues to expand its cloud region in Greater Kuala Lumpur.
Others are pressing on. YTL Power International, the utility group controlled by Malaysia's Yeoh family, switched on the first 20 megawatts of its AI data centre at its green data centre park in Kulai in May, filled with Nvidia processors under a deal the two companies struck in 2023, and is now building a second phase powered by its own solar farm.
Princeton Digital Group, the Singapore-based operator backed by Warburg Pincus, opened the second building of its JH1 campus in Kulai in October, and Bridge Data Centres, owned by Bain Capital, is building a 200-megawatt campus in Iskandar Puteri, on the western side of Johor Bahru.
The two operators compete most directly for the large Chinese and American internet companies that have been moving capacity out of Singapore since the city-state limited new data centres in 2019. Singapore has since allowed a few new projects, but only with strict efficiency targets.
The latest US rules on exports of AI chips have added a further worry. Malaysia now requires permits for shipments of American AI chips out of the country, and at least one Chinese tenant has moved a planned deployment to Thailand, two people familiar with the matter said.
"Johor became a market in three years that took Singapore twenty. The question is whether the state can build power lines as fast as we build halls," said the Malaysia head of one operator, who asked not to be named.
Photo: A data centre under construction at Sedenak Tech Park. Photo: SEAIR / Equinix file photo
Related
- Equinix opens JH1 in Johor
- Batam pitches itself as Johor's rival
- AirTrunk lands Malaysian green loan
Newsletter | Advertise | Privacy | Terms | Cookie settings
""", companies=[co("Microsoft"), co("YTL Power International"), co("Nvidia"), co("Princeton Digital Group"), co("Warburg Pincus"),
                co("Bridge Data Centres"), co("Bain Capital")],
        cities=[("Kulai", "MY"), ("Johor Bahru", "MY"), ("Singapore", "SG"), ("Kuala Lumpur", "MY"), ("Iskandar Puteri", "MY")],
        countries=["SG", "MY", "TH", "US"],
        facilities=[fac("Microsoft", "cloud_region", "Kuala Lumpur", "MY", "expanded"),
                    fac("YTL Power International", "data_center", "Kulai", "MY", "opened"),
                    fac("Princeton Digital Group", "data_center", "Kulai", "MY", "expanded", 2),
                    fac("Princeton Digital Group", "headquarters", "Singapore", "SG"),
                    fac("Bridge Data Centres", "data_center", "Iskandar Puteri", "MY", "under_construction")],
        competitors=[("Princeton Digital Group", "Bridge Data Centres")],
        subsidiaries=[("Bridge Data Centres", "Bain Capital")],
        events=[ev("other", ["Microsoft"], "Kulai", "MY"),
                ev("acquisition", ["Microsoft"], "Kulai", "MY", "2023", "$95M"),
                ev("expansion", ["Microsoft"], "Kuala Lumpur", "MY"),
                ev("facility_opening", ["YTL Power International", "Nvidia"], "Kulai", "MY", "2025-05"),
                ev("partnership", ["YTL Power International", "Nvidia"], None, None, "2023"),
                ev("expansion", ["YTL Power International"], "Kulai", "MY"),
                ev("investment", ["Princeton Digital Group", "Warburg Pincus"]),
                ev("facility_opening", ["Princeton Digital Group"], "Kulai", "MY", "2025-10")])

article("ho-101", "Khazna opens 100 MW Ajman data centre, its first outside Abu Dhabi and Dubai", "2026-02-10", """
Gulf Business Wire
Home | UAE | Saudi Arabia | Qatar | Energy | Technology | Markets | Opinion
Loading market data...
Khazna opens 100 MW Ajman data centre, its first outside Abu Dhabi and Dubai
By Rania Haddad  |  10 February 2026
Share on X  Share on LinkedIn  Share on WhatsApp  Copy link
ABU DHABI, Feb 10 - Khazna Data Centers, the data centre arm of Abu Dhabi technology group G42, switched on a 100-megawatt facility in Ajman on Tuesday, the first the company runs outside the emirates of Abu Dhabi and Dubai.
The Ajman site, built in 14 months on land leased from the emirate's free zone authority, has been designed for racks drawing up to 130 kilowatts each and will be cooled with liquid piped directly to the chips. Khazna said about two thirds of its capacity was already contracted, without naming the tenants.
The company also said construction had begun on a 60-megawatt building in Ras Al Khaimah, due to be finished in the first half of next year, and that it would add a further 50 megawatts at its largest campus, in Masdar City, by the end of this year.
Khazna is majority-owned by G42, with telecoms group e& holding the remaining shares. It says it runs more than 30 data centres across the United Arab Emirates and has started work on projects in Egypt, Turkey and France.
The expansion puts Khazna further ahead in a crowded market. It is vying for the same government and cloud contracts as Moro Hub, the digital subsidiary of the Dubai Electricity and Water Authority, and Equinix, which opened its third Dubai site last year.
Demand in the Gulf has been driven by sovereign AI programmes, and by hyperscale cloud providers that need local capacity to serve customers bound by data-residency rules.
"Two years ago a 100-megawatt building was a campus. Now it is a single tenant's order," Khazna chief executive Hassan Alnaqbi told reporters at the opening.
Photo: Cooling units on the roof of the Ajman facility. (Gulf Business Wire/Omar Saleh)
Most read
- Aramco Digital signs cloud deal with Groq
- Bahrain approves first hyperscale park
- Ooredoo lifts dividend after fibre sale
Newsletter: the Gulf tech briefing, every Sunday. Sign up
(c) 2026 Gulf Business Wire. All rights reserved. | Privacy | Cookies
""", companies=[co("Khazna Data Centers", "Khazna Data Centers", "Khazna"), co("G42"), co("e&"), co("Moro Hub"),
                co("Dubai Electricity and Water Authority"), co("Equinix")],
        cities=[("Abu Dhabi", "AE"), ("Ajman", "AE"), ("Dubai", "AE"), ("Ras Al Khaimah", "AE"), ("Masdar City", "AE")],
        countries=["AE", "EG", "TR", "FR"],
        facilities=[fac("Khazna Data Centers", "data_center", "Ajman", "AE", "opened"),
                    fac("Khazna Data Centers", "data_center", "Ras Al Khaimah", "AE", "under_construction"),
                    fac("Khazna Data Centers", "campus", "Masdar City", "AE", "expanded"),
                    fac("Equinix", "data_center", "Dubai", "AE", "opened", 3),
                    fac("Khazna Data Centers", "data_center", None, "EG", "under_construction"),
                    fac("Khazna Data Centers", "data_center", None, "TR", "under_construction"),
                    fac("Khazna Data Centers", "data_center", None, "FR", "under_construction")],
        competitors=[("Khazna Data Centers", "Moro Hub"), ("Khazna Data Centers", "Equinix")],
        subsidiaries=[("Khazna Data Centers", "G42"), ("Moro Hub", "Dubai Electricity and Water Authority")],
        events=[ev("facility_opening", ["Khazna Data Centers"], "Ajman", "AE", "2026-02-10"),
                ev("facility_announcement", ["Khazna Data Centers"], "Ras Al Khaimah", "AE", "2026-02-10"),
                ev("expansion", ["Khazna Data Centers"], "Masdar City", "AE", "2026-02-10"),
                ev("facility_opening", ["Equinix"], "Dubai", "AE", "2025")])

article("ho-102", "ASE breaks ground on Kaohsiung packaging plant as Amkor readies Arizona site", "2025-11-18", """
Taiwan Semiconductor Weekly
Foundry | Packaging | Equipment | Memory | Policy | Jobs
ASE breaks ground on Kaohsiung packaging plant as Amkor readies Arizona site
November 18, 2025  -  Staff report
Tweet  Share  Email
ASE Technology Holding, the world's largest chip packaging and testing company, broke ground on Tuesday on an advanced packaging plant in Kaohsiung's Nanzih district, where it already runs two of its biggest factories.
The new plant will stack processors and high-bandwidth memory on silicon interposers, the step that has become the tightest bottleneck in the supply of AI accelerators. ASE said it would invest NT$45 billion in the building and its first tools and expects volume output in the second half of 2027. About 2,000 people will work there.
Demand for the work has grown faster than the foundries can handle it in-house. TSMC, which does most of the interposer packaging for Nvidia's data centre chips at its own plants in Taiwan, has been handing some of the later steps to ASE and its testing unit, Siliconware Precision Industries, since last year.
The groundbreaking came a week after Amkor Technology, ASE's closest competitor in outsourced packaging, said equipment had started to arrive at its $2 billion plant in Peoria, Arizona, which will package chips made at TSMC's fabs in Phoenix. Amkor, based in Tempe, Arizona, won a US government grant for the project last year.
Peoria, not to be confused with the Illinois city of the same name where Caterpillar was long based, sits in Phoenix's fast-growing north-western suburbs.
ASE also plans to open a testing plant in Penang, Malaysia early next year, its fourth site in the country.
Photo caption: An ASE plant in Kaohsiung. Credit: TSW files
Read more
> Powertech adds testing lines in Hsinchu
> JCET eyes Singapore expansion
> Why CoWoS capacity will stay tight in 2026
Subscribe to the weekly newsletter | Contact | Advertise
""", companies=[co("ASE Technology Holding", "ASE Technology Holding", "ASE"), co("TSMC"), co("Nvidia"), co("Siliconware Precision Industries"),
                co("Amkor Technology", "Amkor Technology", "Amkor"), co("Caterpillar")],
        cities=[("Kaohsiung", "TW"), ("Peoria", "US"), ("Phoenix", "US"), ("Tempe", "US"), ("Penang", "MY")],
        countries=["TW", "US", "MY"],
        facilities=[fac("ASE Technology Holding", "factory", "Kaohsiung", "TW", "under_construction"),
                    fac("Amkor Technology", "factory", "Peoria", "US", "under_construction"),
                    fac("TSMC", "fab", "Phoenix", "US"),
                    fac("TSMC", "factory", None, "TW"),
                    fac("Amkor Technology", "headquarters", "Tempe", "US"),
                    fac("ASE Technology Holding", "factory", "Penang", "MY", "planned", 4)],
        competitors=[("ASE Technology Holding", "Amkor Technology")],
        subsidiaries=[("Siliconware Precision Industries", "ASE Technology Holding")],
        events=[ev("facility_announcement", ["ASE Technology Holding"], "Kaohsiung", "TW", "2025-11-18", "NT$45B"),
                ev("investment", ["ASE Technology Holding"], "Kaohsiung", "TW", "2025-11-18", "NT$45B"),
                ev("partnership", ["TSMC", "ASE Technology Holding"], None, None, "2024"),
                ev("facility_announcement", ["ASE Technology Holding"], "Penang", "MY", "2025-11-18")])

article("ho-103", "Press release: Borealis Data Center expands Blonduos campus for AI customers", "2026-01-20", """
NEWS RELEASE
Borealis Data Center expands Blonduos campus with 40 MW of liquid-cooled capacity
REYKJAVIK, Iceland, Jan. 20, 2026 -- Borealis Data Center, an Icelandic operator of renewable-powered data centers, today announced the expansion of its campus in Blonduos, in the north of the country, with two new halls adding 40 megawatts of capacity for high-density AI and research computing.
The new halls, built in partnership with Danish engineering firm Ramboll, will run entirely on hydroelectric and geothermal power bought from national power company Landsvirkjun under a 15-year contract signed in November. The first hall is to be handed to customers in the third quarter of this year.
"Customers come to Iceland for two things: power that is both clean and cheap, and air that is cold all year round. Blonduos has both, and room to grow," said Bjorn Brynjulfsson, chief executive of Borealis Data Center.
The company said the expansion would cost about $180 million and was financed by a loan from Arion Bank and by its owners. Borealis also operates data centers in Reykjavik and Fitjar, close to Keflavik airport, and opened a site in Oulu, Finland, last spring, its first outside Iceland.
Separately, Borealis said it had signed an agreement with Lumi Compute, a Helsinki-based GPU cloud provider, to host 6,000 Nvidia processors at the Blonduos campus from the autumn.
About Borealis Data Center
Borealis Data Center ehf. designs, builds and operates sustainable data centers in Iceland and Finland for high-performance computing, AI and cloud customers. The company is headquartered in Reykjavik. For more information visit borealisdc.example.
Media contact: press@borealisdc.example
SOURCE Borealis Data Center
""", companies=[co("Borealis Data Center"), co("Ramboll"), co("Landsvirkjun"), co("Arion Bank"), co("Lumi Compute"), co("Nvidia")],
        cities=[("Reykjavik", "IS"), ("Blonduos", "IS"), ("Fitjar", "IS"), ("Keflavik", "IS"), ("Oulu", "FI"), ("Helsinki", "FI")],
        countries=["IS", "FI"],
        facilities=[fac("Borealis Data Center", "campus", "Blonduos", "IS", "expanded"),
                    fac("Borealis Data Center", "data_center", "Reykjavik", "IS"),
                    fac("Borealis Data Center", "data_center", "Fitjar", "IS"),
                    fac("Borealis Data Center", "data_center", "Oulu", "FI", "opened"),
                    fac("Borealis Data Center", "headquarters", "Reykjavik", "IS"),
                    fac("Lumi Compute", "headquarters", "Helsinki", "FI")],
        events=[ev("expansion", ["Borealis Data Center"], "Blonduos", "IS", "2026-01-20", "$180M"),
                ev("partnership", ["Borealis Data Center", "Ramboll"], "Blonduos", "IS", "2026-01-20"),
                ev("partnership", ["Borealis Data Center", "Landsvirkjun"], None, None, "2025-11"),
                ev("facility_opening", ["Borealis Data Center"], "Oulu", "FI", "2025"),
                ev("partnership", ["Borealis Data Center", "Lumi Compute"], "Blonduos", "IS", "2026-01-20")])

article("ho-104", "Sakura Internet adds GPU halls at Ishikari as Japan's sovereign cloud push gathers pace", "2025-10-07", """
Japan Tech Report
Top | Business | Semiconductors | Cloud | Telecom | Startups | English / 日本語
Sakura Internet adds GPU halls at Ishikari as Japan's sovereign cloud push gathers pace
7 October 2025  Kenji Morita, Sapporo
[Share] [Post] [Bookmark]
Sakura Internet said on Tuesday it had finished two new halls at its Ishikari data center in Hokkaido, doubling the space it sets aside for GPU servers at the site, and that the first of 10,000 Nvidia processors ordered for the halls were being installed.
The Osaka-based cloud provider is one of five companies picked by the Ministry of Economy, Trade and Industry to receive subsidies for domestic AI computing, and has said it will spend 100 billion yen on GPU capacity through 2027. Its cloud services are sold mainly to universities, research institutes and Japanese start-ups training their own models.
The company is up against several domestic players chasing the same subsidies and customers, including KDDI, which is turning a former Sharp LCD plant into an AI data center, and GMO Internet Group, which runs a GPU cloud from Tokyo. Its stock has swung sharply this year as investors weigh how fast that competition will squeeze prices.
Ishikari, a port town north of Sapporo, was picked for the data center in 2011 because its cold climate cuts cooling costs. Sakura said on Tuesday that it had also bought a second plot in the town, next to the existing campus, for a future building, but gave no timetable.
In a separate statement, Sakura said it had agreed with Hokkaido Electric Power to buy output from a wind farm off the coast of Ishikari from 2027.
Photo: Sakura Internet's Ishikari campus. (Company handout)
Related articles
- Preferred Networks unveils MN-Core L1000
- SoftBank starts AI data center work in Tomakomai
- NTT launches tsuzumi 2
Follow us on X | About | Terms of use | Privacy policy
""", companies=[co("Sakura Internet", "Sakura Internet", "Sakura"), co("Nvidia"), co("KDDI"), co("Sharp"), co("GMO Internet Group"),
                co("Hokkaido Electric Power")],
        cities=[("Ishikari", "JP"), ("Osaka", "JP"), ("Tokyo", "JP"), ("Sapporo", "JP")],
        countries=["JP"],
        facilities=[fac("Sakura Internet", "data_center", "Ishikari", "JP", "expanded"),
                    fac("Sakura Internet", "headquarters", "Osaka", "JP"),
                    fac("KDDI", "data_center", None, None, "under_construction"),
                    fac("GMO Internet Group", "data_center", "Tokyo", "JP")],
        competitors=[("Sakura Internet", "KDDI"), ("Sakura Internet", "GMO Internet Group")],
        events=[ev("expansion", ["Sakura Internet"], "Ishikari", "JP", "2025-10-07"),
                ev("partnership", ["Sakura Internet", "Nvidia"]),
                ev("acquisition", ["Sakura Internet"], "Ishikari", "JP", "2025-10-07"),
                ev("partnership", ["Sakura Internet", "Hokkaido Electric Power"], "Ishikari", "JP", "2025-10-07")])

article("ho-105", "LG Uplus breaks ground on Paju AI data centre in race with SK Telecom and KT", "2026-03-03", """
Korea Business Daily  |  Tech
Politics  Economy  Industry  Tech  Markets  Opinion  Photo
LG Uplus breaks ground on Paju AI data centre in race with SK Telecom and KT
Published 2026-03-03 16:40 KST  |  Updated 2026-03-03 18:05 KST
Lee Ji-hoon, reporter
[Font size] [Print] [Share]
LG Uplus broke ground on Tuesday on a hyperscale AI data centre in Paju, Gyeonggi Province, near the border with North Korea, the mobile carrier's largest infrastructure investment since it built out its 5G network.
The company will invest 1.2 trillion won in the first phase, which is to supply 100 megawatts of power from 2028 and can later grow to 300 megawatts, it said. The site was bought from the Paju city government last year and sits next to an LG Display panel complex.
LG Uplus, part of LG Group, is racing SK Telecom and KT to become the main supplier of AI computing to Korean companies and government agencies, which under new data rules must keep some workloads in the country. The three carriers together control almost all of the country's mobile market, and all three are now turning to data centres for growth as phone subscriptions stall.
SK Telecom is building an AI data centre in Ulsan with Amazon Web Services, which agreed last June to be its anchor customer, while KT signed a five-year cloud and AI deal with Microsoft in 2024 and is expanding its Mokdong data centre in Seoul.
LG Uplus said it had signed a memorandum of understanding with Anthropic to offer the US lab's Claude models to Korean enterprise customers through its cloud, and that it was talking to several chipmakers about supply of accelerators for Paju, declining to name them.
Analysts said the carrier was arriving late. "SK Telecom has the anchor customer and KT has the software partner. LG Uplus has the land," said one analyst at a Seoul brokerage.
Shares of LG Uplus rose 1.4 per cent on the Korea Exchange.
Photo: LG Uplus executives at the groundbreaking ceremony in Paju on Tuesday. (Yonhap)
Most viewed
1. Samsung wins HBM4 order from Google
2. Naver Cloud opens Thailand office
3. Hanwha to build shipyard in Texas
Copyright Korea Business Daily. Unauthorized reproduction prohibited.
""", companies=[co("LG Uplus"), co("LG Display"), co("LG Group"), co("SK Telecom"), co("KT"), co("Amazon Web Services"),
                co("Microsoft"), co("Anthropic")],
        cities=[("Paju", "KR"), ("Ulsan", "KR"), ("Seoul", "KR")],
        countries=["KP", "US"],
        facilities=[fac("LG Uplus", "data_center", "Paju", "KR", "under_construction"),
                    fac("LG Display", "factory", "Paju", "KR"),
                    fac("SK Telecom", "data_center", "Ulsan", "KR", "under_construction"),
                    fac("KT", "data_center", "Seoul", "KR", "expanded")],
        competitors=[("LG Uplus", "SK Telecom"), ("LG Uplus", "KT")],
        subsidiaries=[("LG Uplus", "LG Group")],
        events=[ev("facility_announcement", ["LG Uplus"], "Paju", "KR", "2026-03-03", "₩1.2T"),
                ev("investment", ["LG Uplus"], "Paju", "KR", "2026-03-03", "₩1.2T"),
                ev("acquisition", ["LG Uplus"], "Paju", "KR", "2025"),
                ev("partnership", ["SK Telecom", "Amazon Web Services"], "Ulsan", "KR", "2025-06"),
                ev("partnership", ["KT", "Microsoft"], None, None, "2024"),
                ev("expansion", ["KT"], "Seoul", "KR"),
                ev("partnership", ["LG Uplus", "Anthropic"], None, None, "2026-03-03")])

article("ho-106", "ODATA opens second Santiago data center as Chile's cloud build-out speeds up", "2025-12-02", """
DCD LatAm Insider
News  Analysis  Markets: Brazil | Mexico | Chile | Colombia | Peru  Events  Awards
ODATA opens second Santiago data center as Chile's cloud build-out speeds up
The 36 MW SCL02 sits in the Quilicura industrial belt north of the capital
Dec 2, 2025  |  Carolina Vidal
in  X  f  @
ODATA, the Latin American unit of Aligned Data Centers, has opened its second data center in Santiago, Chile, a 36-megawatt building in the Quilicura industrial area on the northern edge of the capital.
SCL02 was built in 18 months at a cost of about $250 million and is already half leased, ODATA said on Tuesday. The company did not name tenants, but two of the large US cloud providers have been adding capacity in Chile since the government published a national data center plan in 2024.
ODATA's executives say they run into Ascenty and EdgeConneX in almost every tender in Santiago. Ascenty, a venture of Digital Realty and Brookfield, opened its own third Chilean site in March; EdgeConneX is building a campus in Pudahuel, west of the city, close to the airport.
ODATA also runs campuses in Sao Paulo, Bogota and Queretaro, and said it was looking for land in Lima, Peru. The Mexican campus sits in El Marques, just outside Santiago de Queretaro, the state capital that most people in the industry simply call Queretaro, and is being expanded with a fourth building.
Chile's appeal lies in its renewable power and a string of new subsea cables, including the Humboldt cable to Australia being built by Google and the state-owned Desarrollo Pais. Water use has been a sore point, however: Google paused a project in Cerrillos in 2024 after a court asked it to review its cooling plans.
"Santiago is where Sao Paulo was ten years ago," ODATA's country manager Felipe Araya said.
Photo: The SCL02 data hall. Image: ODATA
Related
- Scala lands $500m loan for Tambore
- Ascenty adds Queretaro capacity
- Why Peru is the next frontier
Sign up for the LatAm Insider newsletter | Privacy | Cookie policy
""", companies=[co("ODATA"), co("Aligned Data Centers"), co("Ascenty"), co("EdgeConneX"), co("Digital Realty"), co("Brookfield"),
                co("Google"), co("Desarrollo Pais")],
        cities=[("Santiago", "CL"), ("Quilicura", "CL"), ("Pudahuel", "CL"), ("Sao Paulo", "BR"), ("Bogota", "CO"), ("Queretaro", "MX"),
                ("Lima", "PE"), ("El Marques", "MX"), ("Santiago de Queretaro", "MX"), ("Cerrillos", "CL")],
        countries=["CL", "US", "PE", "AU"],
        facilities=[fac("ODATA", "data_center", "Santiago", "CL", "opened", 2),
                    fac("Ascenty", "data_center", None, "CL", "opened", 3),
                    fac("EdgeConneX", "campus", "Pudahuel", "CL", "under_construction"),
                    fac("ODATA", "campus", "Sao Paulo", "BR"),
                    fac("ODATA", "campus", "Bogota", "CO"),
                    fac("ODATA", "campus", "Queretaro", "MX", "expanded")],
        competitors=[("ODATA", "Ascenty"), ("ODATA", "EdgeConneX")],
        subsidiaries=[("ODATA", "Aligned Data Centers")],
        events=[ev("facility_opening", ["ODATA"], "Santiago", "CL", "2025-12-02", "$250M"),
                ev("facility_opening", ["Ascenty"], None, "CL", "2025-03"),
                ev("expansion", ["ODATA"], "Queretaro", "MX"),
                ev("partnership", ["Google", "Desarrollo Pais"]),
                ev("other", ["Google"], "Cerrillos", "CL", "2024")])

article("ho-107", "Raxio opens Kinshasa data centre, its fourth in Africa", "2026-01-14", """
TechAfrica Today
Home | Telecoms | Fintech | Infrastructure | Policy | Startups | Events
Raxio opens Kinshasa data centre, its fourth in Africa
14 January 2026  /  Infrastructure  /  By Patrick Mbala
Share this: Facebook | X | LinkedIn | WhatsApp
Raxio Group, the African data centre operator backed by Dubai-based investment firm Roha, on Wednesday opened a 1.5-megawatt facility in Kinshasa, the first carrier-neutral, Tier III data centre in the Democratic Republic of Congo.
The building, in the city's Gombe business district, will host servers for banks, mobile operators and government agencies that until now have kept their most important systems abroad, mostly in South Africa and France. Airtel Africa, which runs one of the country's largest mobile networks, has signed on as its first tenant, and Raxio said it was in talks with two cloud providers.
It is the fourth facility for Raxio, which opened its first in Kampala, Uganda in 2021 and has since added sites in Addis Ababa and Abidjan. The company is building a fifth in Maputo, Mozambique, due to open by the end of this year, and it said on Wednesday it would invest $100 million across its markets over the next three years.
Raxio competes with OADC, the data centre business of pan-African carrier WIOCC, in several of those markets. OADC has been buying up smaller operators and opened a site in Lagos last year.
Congo's internet market remains small but is growing fast, helped by the arrival of the 2Africa subsea cable at Muanda on the Atlantic coast. Raxio's chief executive Robert Mullins said the company had spent two years securing reliable power for the site, which draws from two grid feeds and has its own gas generators.
"For years the joke was that the best data centre for Kinshasa was in Paris. We want that to stop being true," he said.
PHOTO: The Raxio facility in Gombe, Kinshasa. (Supplied)
You may also like:
  Africa Data Centres switches on Nairobi expansion
  Liquid Intelligent Technologies sells stake to Google
  MainOne starts Lagos build
Get TechAfrica Today in your inbox. Subscribe
""", companies=[co("Raxio Group", "Raxio Group", "Raxio"), co("Roha"), co("Airtel Africa"), co("OADC"), co("WIOCC")],
        cities=[("Kinshasa", "CD"), ("Dubai", "AE"), ("Kampala", "UG"), ("Addis Ababa", "ET"), ("Abidjan", "CI"), ("Maputo", "MZ"),
                ("Lagos", "NG"), ("Muanda", "CD"), ("Paris", "FR")],
        countries=["CD", "ZA", "FR", "UG", "MZ"],
        facilities=[fac("Raxio Group", "data_center", "Kinshasa", "CD", "opened", 4),
                    fac("Raxio Group", "data_center", "Kampala", "UG", "opened", 1),
                    fac("Raxio Group", "data_center", "Addis Ababa", "ET", "opened"),
                    fac("Raxio Group", "data_center", "Abidjan", "CI", "opened"),
                    fac("Raxio Group", "data_center", "Maputo", "MZ", "under_construction", 5),
                    fac("OADC", "data_center", "Lagos", "NG", "opened"),
                    fac("Roha", "headquarters", "Dubai", "AE")],
        competitors=[("Raxio Group", "OADC")],
        subsidiaries=[("OADC", "WIOCC")],
        events=[ev("facility_opening", ["Raxio Group"], "Kinshasa", "CD", "2026-01-14"),
                ev("investment", ["Raxio Group", "Roha"]),
                ev("partnership", ["Raxio Group", "Airtel Africa"], "Kinshasa", "CD", "2026-01-14"),
                ev("facility_opening", ["Raxio Group"], "Kampala", "UG", "2021"),
                ev("facility_announcement", ["Raxio Group"], "Maputo", "MZ"),
                ev("investment", ["Raxio Group"], None, None, "2026-01-14", "$100M"),
                ev("facility_opening", ["OADC"], "Lagos", "NG", "2025")])

article("ho-108", "Czech competition office blocks O2's purchase of Brno cloud firm Moravia Cloud", "2025-09-30", """
Central Europe Tech Wire
Poland  Czechia  Slovakia  Hungary  Romania  Baltics  |  Deals  Telecom  Cloud
Czech competition office blocks O2's purchase of Brno cloud firm Moravia Cloud
Sept. 30, 2025  |  Deals
Share  |  Print  |  A A
PRAGUE, Sept 30 - The Czech Republic's competition office on Tuesday blocked O2 Czech Republic's planned takeover of Moravia Cloud, a Brno-based provider of cloud and colocation services, saying the deal would leave business customers outside Prague with too little choice.
O2, which is controlled by investment group PPF Group, agreed in March last year to buy Moravia Cloud for about 2.1 billion crowns. The regulator opened an in-depth review in December, and said on Tuesday that remedies O2 offered, including selling Moravia's smaller data center in Ostrava, did not go far enough.
According to the office's decision, O2 and Moravia Cloud are two of the three largest suppliers of managed cloud services to mid-sized Czech firms, and the only other one of comparable size is Vodafone Czech Republic. "The merged company would have faced one real competitor in most regions outside the capital," the office said.
O2 said it would study the ruling and could appeal to the regional court in Brno within 30 days. Moravia Cloud's founders, who had agreed to sell their entire stake, said they would keep running the company independently and press on with a third data center planned for Olomouc.
Moravia Cloud, founded in 2009, runs data centers in Brno and Ostrava and employs about 230 people. Its largest customers include regional hospitals and the car parts maker Brano Group.
The ruling is the second time in two years that the office has stopped a telecoms operator from buying a cloud business. In 2023 it cleared T-Mobile Czech Republic's purchase of a Prague web hosting company only after the buyer sold part of it.
Related coverage
- Poland's Orange weighs data center sale
- CEZ to power Seznam data center
- Slovak Telekom picks Ericsson for 5G core
About us | Contact | Advertise | Cookies
""", companies=[co("O2 Czech Republic", "O2 Czech Republic", "O2"), co("Moravia Cloud", "Moravia Cloud", "Moravia"), co("PPF Group"),
                co("Vodafone Czech Republic"), co("Brano Group"), co("T-Mobile Czech Republic")],
        cities=[("Prague", "CZ"), ("Brno", "CZ"), ("Ostrava", "CZ"), ("Olomouc", "CZ")],
        countries=["CZ"],
        facilities=[fac("Moravia Cloud", "data_center", "Brno", "CZ"),
                    fac("Moravia Cloud", "data_center", "Ostrava", "CZ"),
                    fac("Moravia Cloud", "data_center", "Olomouc", "CZ", "planned", 3),
                    fac("Moravia Cloud", "headquarters", "Brno", "CZ")],
        competitors=[("O2 Czech Republic", "Moravia Cloud"), ("O2 Czech Republic", "Vodafone Czech Republic")],
        subsidiaries=[("O2 Czech Republic", "PPF Group")],
        events=[ev("other", ["O2 Czech Republic", "Moravia Cloud"], None, "CZ", "2025-09-30"),
                ev("acquisition", ["O2 Czech Republic", "Moravia Cloud"], None, None, "2024-03", "CZK2.1B"),
                ev("facility_announcement", ["Moravia Cloud"], "Olomouc", "CZ"),
                ev("acquisition", ["T-Mobile Czech Republic"], "Prague", "CZ", "2023")])

article("ho-109", "Fujitsu agrees to buy Aarhus data consultancy Nordlight for DKK 3.4 billion", "2026-02-24", """
Nordic Deals Monitor
Front page | M&A | Venture | Private equity | Tech | Energy | Data
Fujitsu agrees to buy Aarhus data consultancy Nordlight for DKK 3.4 billion
24.02.2026  07:45 CET
Share  |  Save  |  Print
COPENHAGEN, Feb 24 - Fujitsu has agreed to buy Nordlight Analytics, a Danish data and AI consultancy based in Aarhus, for about 3.4 billion Danish crowns ($490 million), the Japanese group said on Tuesday, its biggest European purchase in more than a decade.
The deal needs approval from competition authorities in Denmark and Sweden and is expected to close by the end of June. Nordlight's founders and the private equity firm Maj Invest, which bought a minority stake in 2021, will sell all their shares.
Nordlight, founded in 2012, employs about 900 people in Aarhus, Copenhagen and Malmo and builds data platforms and machine learning systems for Nordic banks, utilities and hospitals. Its customers include Danske Bank and the energy company Orsted.
For Fujitsu the purchase is part of a push to grow its consulting business in Europe, where it has long been better known for running IT systems for governments than for advice. The Tokyo-based group is trying to win work that in the Nordics usually goes to Accenture and Capgemini, and has said it wants to double the number of its European consultants by 2028.
Fujitsu bought Dublin-based Enable Professional Services in 2021 and closed its purchase of a Norwegian cloud consultancy, Skyfjell, in September last year.
Carnegie Investment Bank advised Nordlight on the sale and the law firm Kromann Reumert acted for Fujitsu.
"We were not looking for a buyer. Fujitsu came with a plan for what we could do in Japan, not just with a cheque," Nordlight chief executive Mette Holm said.
Shares in Fujitsu closed 0.6% higher in Tokyo.
Read next
  Netcompany wins Norwegian tax contract
  Visma prepares for London listing
  Why Nordic software deals are back
Nordic Deals Monitor is published by NDM Media ApS. Terms | Privacy | Cookie settings
""", companies=[co("Fujitsu"), co("Nordlight Analytics", "Nordlight Analytics", "Nordlight"), co("Maj Invest"), co("Danske Bank"), co("Orsted"),
                co("Accenture"), co("Capgemini"), co("Enable Professional Services"), co("Skyfjell"), co("Carnegie Investment Bank"),
                co("Kromann Reumert")],
        cities=[("Copenhagen", "DK"), ("Aarhus", "DK"), ("Malmo", "SE"), ("Tokyo", "JP"), ("Dublin", "IE")],
        countries=["DK", "SE", "JP"],
        facilities=[fac("Nordlight Analytics", "headquarters", "Aarhus", "DK"),
                    fac("Nordlight Analytics", "office", "Copenhagen", "DK"),
                    fac("Nordlight Analytics", "office", "Malmo", "SE"),
                    fac("Fujitsu", "headquarters", "Tokyo", "JP"),
                    fac("Enable Professional Services", "headquarters", "Dublin", "IE")],
        competitors=[("Fujitsu", "Accenture"), ("Fujitsu", "Capgemini")],
        subsidiaries=[("Enable Professional Services", "Fujitsu"), ("Skyfjell", "Fujitsu")],
        events=[ev("acquisition", ["Fujitsu", "Nordlight Analytics"], None, None, "2026-02-24", "DKK3.4B"),
                ev("investment", ["Maj Invest", "Nordlight Analytics"], None, None, "2021"),
                ev("acquisition", ["Fujitsu", "Enable Professional Services"], None, None, "2021"),
                ev("acquisition", ["Fujitsu", "Skyfjell"], None, None, "2025-09")])

article("ho-110", "Sakana AI raises 30 billion yen as Japanese banks and Nvidia pile in", "2025-11-04", """
AsiaTech Ventures
Funding | AI | Fintech | Mobility | Deep tech | Newsletters
Sakana AI raises 30 billion yen as Japanese banks and Nvidia pile in
Nov 4, 2025 | 5 min read | Yuki Tanaka
Share: X  LinkedIn  Facebook  Line
Tokyo-based Sakana AI has raised 30 billion yen ($200 million) in a Series C round that values the two-year-old start-up at about 400 billion yen, making it the most valuable private AI company in Japan.
The round was led by Mitsubishi UFJ Financial Group, with Nvidia, SBI Holdings and the Silicon Valley firm Khosla Ventures also taking part, the company said on Tuesday. Its previous round, a Series B of 20 billion yen, closed in September last year.
Sakana was founded by David Ha and Llion Jones, two former Google researchers, and builds smaller models by combining and evolving existing ones rather than training giant models from scratch. It sells them mainly to banks and manufacturers: MUFG has used its models since last year to screen loan documents, and Sakana said on Tuesday it had signed a three-year agreement with Daiwa Securities to build tools for its research analysts.
The company will use the new money to hire more engineers and to rent computing power, and plans to open an office in Singapore, its first outside Japan.
At home its most direct competitor is Preferred Networks, which also makes its own AI chips and sells models to Japanese lenders. Global labs have also been stepping up in the country: OpenAI opened a Tokyo office last year and Anthropic followed this spring.
"Japan does not need to win the race to the biggest model. It needs models it can trust with its own data," chief executive David Ha said in an interview.
Sakana's staff has grown from 10 to about 120 people since it was founded in 2023.
Image: Sakana AI's office in Tokyo's Minato ward.
Also read
- Rakuten launches its own LLM
- ELYZA sold to KDDI
- Korea's Upstage raises Series C
Sign up for our weekly Asia funding round-up
""", companies=[co("Sakana AI", "Sakana AI", "Sakana"), co("Mitsubishi UFJ Financial Group", "Mitsubishi UFJ Financial Group", "MUFG"), co("Nvidia"),
                co("SBI Holdings"), co("Khosla Ventures"), co("Google"), co("Daiwa Securities"), co("Preferred Networks"), co("OpenAI"),
                co("Anthropic")],
        cities=[("Tokyo", "JP"), ("Singapore", "SG")],
        countries=["JP", "SG"],
        facilities=[fac("Sakana AI", "headquarters", "Tokyo", "JP"),
                    fac("Sakana AI", "office", "Singapore", "SG", "planned", 1),
                    fac("OpenAI", "office", "Tokyo", "JP", "opened"),
                    fac("Anthropic", "office", "Tokyo", "JP", "opened")],
        competitors=[("Sakana AI", "Preferred Networks")],
        events=[ev("investment", ["Sakana AI", "Mitsubishi UFJ Financial Group", "Nvidia", "SBI Holdings", "Khosla Ventures"], None, None,
                   "2025-11-04", "¥30B"),
                ev("investment", ["Sakana AI"], None, None, "2024-09", "¥20B"),
                ev("partnership", ["Sakana AI", "Mitsubishi UFJ Financial Group"], None, None, "2024"),
                ev("partnership", ["Sakana AI", "Daiwa Securities"], None, None, "2025-11-04"),
                ev("facility_announcement", ["Sakana AI"], "Singapore", "SG", "2025-11-04"),
                ev("facility_opening", ["OpenAI"], "Tokyo", "JP", "2024"),
                ev("facility_opening", ["Anthropic"], "Tokyo", "JP", "2025")])

article("ho-111", "Vyom moves its head office from Pune to Hyderabad as it chases Gulf shippers", "2026-01-27", """
The Indian Startup Ledger
Home  Funding  Startups  SaaS  Logistics  Policy  Jobs  Events
Vyom moves its head office from Pune to Hyderabad as it chases Gulf shippers
Freight software maker will put 600 staff in HITEC City by year-end
Jan 27, 2026, 12:10 IST  |  Ananya Rao
WhatsApp | X | LinkedIn | Copy link
Vyom Logistics Technologies, the freight-booking software start-up backed by Accel and Tiger Global, is moving its head office from Pune to Hyderabad, the company said on Tuesday, as it builds a bigger engineering team and adds customers in the Gulf.
The company has leased about 120,000 square feet in a new tower in HITEC City, where 600 staff will work by the end of the year. Its Pune office will stay open with a smaller team for sales and support.
Vyom, founded in 2018, sells software that lets manufacturers book trucks, track loads and pay carriers in one place. It raised $65 million in a Series C round led by Accel last August and says it now handles about 8% of India's long-haul truck bookings.
Chief executive Rohan Kulkarni said Telangana's offer of faster approvals and help with hiring had tipped the decision. "Hyderabad gives us the engineers, and a direct flight to Dubai and Riyadh in three hours," he said. The company opened an office in Dubai in October and plans another in Riyadh.
In the Gulf, Vyom will be going head to head with Lahore-based Bridgelinx, the Pakistani freight platform that has signed up shippers in the United Arab Emirates and Saudi Arabia over the past year. Bridgelinx runs its own support centre in Hyderabad in Pakistan's Sindh province, a city that has nothing to do with Vyom's new home.
At home, Vyom's bigger rivals are BlackBuck and Rivigo, both of which have moved into software for shippers.
Telangana has drawn a string of company offices in the past year, including a new Microsoft campus in the city's Gachibowli district.
Photo: Vyom's new office tower in HITEC City, Hyderabad. (Vyom)
MORE FROM THE LEDGER
- Zepto files for IPO
- Delhivery buys Ecom Express
- Why Bengaluru is losing start-ups to Hyderabad
(c) The Indian Startup Ledger | About | Contact | Privacy
""", companies=[co("Vyom Logistics Technologies", "Vyom Logistics Technologies", "Vyom"), co("Accel"), co("Tiger Global"), co("Bridgelinx"),
                co("BlackBuck"), co("Rivigo"), co("Microsoft")],
        cities=[("Pune", "IN"), ("Hyderabad", "IN"), ("Dubai", "AE"), ("Riyadh", "SA"), ("Lahore", "PK"), ("Hyderabad", "PK")],
        countries=["IN", "AE", "SA", "PK"],
        facilities=[fac("Vyom Logistics Technologies", "headquarters", "Hyderabad", "IN", "planned"),
                    fac("Vyom Logistics Technologies", "office", "Pune", "IN"),
                    fac("Vyom Logistics Technologies", "office", "Dubai", "AE", "opened"),
                    fac("Vyom Logistics Technologies", "office", "Riyadh", "SA", "planned"),
                    fac("Bridgelinx", "headquarters", "Lahore", "PK"),
                    fac("Bridgelinx", "office", "Hyderabad", "PK"),
                    fac("Microsoft", "campus", "Hyderabad", "IN", "opened")],
        competitors=[("Vyom Logistics Technologies", "Bridgelinx"), ("Vyom Logistics Technologies", "BlackBuck"),
                     ("Vyom Logistics Technologies", "Rivigo")],
        events=[ev("facility_announcement", ["Vyom Logistics Technologies"], "Hyderabad", "IN", "2026-01-27"),
                ev("investment", ["Vyom Logistics Technologies", "Accel"], None, None, "2025-08", "$65M"),
                ev("investment", ["Vyom Logistics Technologies", "Tiger Global"]),
                ev("facility_opening", ["Vyom Logistics Technologies"], "Dubai", "AE", "2025-10"),
                ev("facility_announcement", ["Vyom Logistics Technologies"], "Riyadh", "SA")])

article("ho-112", "Microsoft opens Auckland cloud region, starting a three-way contest for New Zealand", "2025-12-16", """
CloudWatch ANZ
Cloud | Security | Data centres | Government | Channel | Jobs
Microsoft opens Auckland cloud region, starting a three-way contest for New Zealand
16 December 2025  •  Sam Whitaker
Share this article  [in] [X] [f] [mail]
Microsoft has switched on its first cloud region in New Zealand, five years after it promised to build one, giving local banks, government agencies and software firms a way to keep Azure workloads inside the country.
The New Zealand North region, made up of three data centres in and around Auckland, went live on Tuesday with a reduced set of services; the company said the rest would follow over the first half of next year. Microsoft first announced the region in May 2020 as part of a plan it said at the time would be its biggest investment in the country.
The launch brings a race for New Zealand's public sector that has been years in the making. Amazon Web Services is building its own Auckland region, due to open in 2026 as part of a NZ$7.5 billion plan, and Google Cloud has said it will set up a region but has not given a date. Microsoft now has a lead on both for customers that must keep data onshore.
Local partners include Datacom, which will run managed services on the region, and telecoms operator Spark, which has linked its fibre network to the Microsoft data centres and resells Azure to business customers.
The region's data centres run on electricity from renewable sources under a deal Microsoft signed in 2022 with Ecotricity, a retailer owned by Maori investors.
"For some of our clients the question was never whether to move to cloud, it was where the data sits. That answer is now Auckland," Datacom chief executive Justin Gray said.
Photo: Inside one of the New Zealand North data centres. (Supplied)
More on CloudWatch ANZ
- CDC breaks ground on third Canberra campus
- AirTrunk opens MEL2 in Melbourne
- Government picks three vendors for cloud panel
Newsletter sign-up  |  Privacy  |  Contact us
""", companies=[co("Microsoft"), co("Amazon Web Services"), co("Google Cloud"), co("Datacom"), co("Spark"), co("Ecotricity")],
        cities=[("Auckland", "NZ")],
        countries=["NZ"],
        facilities=[fac("Microsoft", "cloud_region", "Auckland", "NZ", "opened", 1),
                    fac("Amazon Web Services", "cloud_region", "Auckland", "NZ", "under_construction"),
                    fac("Google Cloud", "cloud_region", None, "NZ", "announced")],
        competitors=[("Microsoft", "Amazon Web Services"), ("Microsoft", "Google Cloud")],
        events=[ev("facility_opening", ["Microsoft"], "Auckland", "NZ", "2025-12-16"),
                ev("facility_announcement", ["Microsoft"], "Auckland", "NZ", "2020-05"),
                ev("facility_announcement", ["Amazon Web Services"], "Auckland", "NZ", None, "NZ$7.5B"),
                ev("investment", ["Microsoft"], None, "NZ", "2020-05"),
                ev("facility_announcement", ["Google Cloud"], None, "NZ"),
                ev("partnership", ["Microsoft", "Datacom"]),
                ev("partnership", ["Microsoft", "Spark"]),
                ev("partnership", ["Microsoft", "Ecotricity"], None, None, "2022")])

article("ho-113", "GlobalFoundries to add $1.5 billion of capacity at its Malta, New York fab", "2025-10-21", """
Semiconductor Business Journal
News  Foundry  Design  Automotive  Policy  Webinars  Subscribe
GlobalFoundries to add $1.5 billion of capacity at its Malta, New York fab
October 21, 2025 | By Dana Whitfield
Share:  LinkedIn  X  Email  Print
GlobalFoundries will invest $1.5 billion to add capacity at Fab 8, its biggest plant, in Malta, New York, the contract chipmaker said on Tuesday, as carmakers and defence contractors push for more chips made in the United States.
The expansion, which adds a new cleanroom module to the plant in Saratoga County, will raise output of its 22-nanometre and 12-nanometre processes by about a fifth from 2027. The company expects to hire 400 more people at the site.
GlobalFoundries moved its headquarters to Malta in 2023 from Santa Clara, California. Readers outside the US may know Malta best as the Mediterranean island nation, where the chipmaker has no presence, though STMicroelectronics runs a large assembly and test plant there, in Kirkop.
Part of the new output is already spoken for. General Motors signed a long-term supply agreement with GlobalFoundries in 2023, and the company said on Tuesday that it had signed a second agreement, with defence electronics maker BAE Systems, to make radiation-hardened chips at Malta from 2026.
GlobalFoundries makes chips on older, so-called mature processes rather than the leading-edge ones used for smartphone and AI processors. In that market it battles mainly with Taiwan's UMC and China's SMIC, which has been adding capacity quickly with state support and cutting prices. GlobalFoundries and UMC held talks about a possible merger earlier this year, according to people familiar with the matter, but neither company has commented.
The company also runs fabs in Singapore and in Burlington, Vermont, and is building a packaging centre at Malta for chips that use light to move data.
Photo: The Fab 8 campus in Malta, New York. (GlobalFoundries)
Trending
1. Texas Instruments opens second Sherman fab
2. Intel delays Ohio plant again
3. Microchip closes Tempe facility
Get the SBJ daily briefing | Privacy policy | Terms | Do not sell my information
""", companies=[co("GlobalFoundries"), co("STMicroelectronics"), co("General Motors"), co("BAE Systems"), co("UMC"), co("SMIC")],
        cities=[("Malta", "US"), ("Santa Clara", "US"), ("Kirkop", "MT"), ("Burlington", "US"), ("Singapore", "SG")],
        countries=["US", "MT", "TW", "CN", "SG"],
        facilities=[fac("GlobalFoundries", "fab", "Malta", "US", "expanded"),
                    fac("GlobalFoundries", "headquarters", "Malta", "US"),
                    fac("STMicroelectronics", "factory", "Kirkop", "MT"),
                    fac("GlobalFoundries", "fab", "Singapore", "SG"),
                    fac("GlobalFoundries", "fab", "Burlington", "US"),
                    fac("GlobalFoundries", "factory", "Malta", "US", "under_construction")],
        competitors=[("GlobalFoundries", "UMC"), ("GlobalFoundries", "SMIC")],
        events=[ev("expansion", ["GlobalFoundries"], "Malta", "US", "2025-10-21", "$1.5B"),
                ev("investment", ["GlobalFoundries"], "Malta", "US", "2025-10-21", "$1.5B"),
                ev("partnership", ["GlobalFoundries", "General Motors"], None, None, "2023"),
                ev("partnership", ["GlobalFoundries", "BAE Systems"], "Malta", "US", "2025-10-21")])

article("ho-114", "Statkraft to supply wind power to Lefdal Mine Datacenter as Norway's AI build-out grows", "2026-03-10", """
Nordic Energy & Data
Power | Grids | Data centres | Hydrogen | Offshore | Policy
Statkraft to supply wind power to Lefdal Mine Datacenter as Norway's AI build-out grows
10.03.2026  |  Ingrid Solberg
Share  |  E-mail  |  Print
Lefdal Mine Datacenter, which runs servers in a former olivine mine on Norway's west coast, has signed a 12-year agreement with state-owned utility Statkraft to buy up to 1 terawatt-hour of wind power a year, the two companies said on Tuesday.
The power will come mainly from Statkraft's onshore wind farms in Sogn og Fjordane and Trondelag, and will cover the first two of four new halls that Lefdal is building inside the mountain at its site near Maloy. The halls, for AI customers, are to be finished in stages from the summer.
Lefdal, whose largest owner is the local power company Sogn og Fjordane Energi, says it has about 120 megawatts of capacity under contract and can grow to 200 megawatts. Its customers include the German car parts maker Schaeffler and a European GPU cloud operator it did not name.
Norway is pitching itself as a home for AI computing as electricity prices in southern Europe and the UK stay high, but its operators also fight each other for a small pool of large tenants. Lefdal's chief executive Mats Andersson said most of the contracts it bid for last year were also sought by Bulk Infrastructure, whose campus at Vennesla in southern Norway opened a third building in January, and by Green Mountain, owned by Israel's Azrieli Group.
Green Mountain, which has sites at Rennesoy near Stavanger, in Oslo and in Enebakk, said last month it would spend 3 billion crowns on a campus at Hamar, its first in eastern Norway outside the capital.
Grid capacity in the west remains the main limit. Statnett, the grid operator, has warned that some data centre connections may have to wait until 2030.
Image: The entrance to the Lefdal mine. (Lefdal Mine Datacenter)
Also from NE&D
  Orsted halts Hornsea 4
  Fortum signs Finnish data centre deal with Microsoft
  Why Sweden is rationing grid capacity
Subscribe to our newsletter  |  Cookie policy  |  Contact
""", companies=[co("Lefdal Mine Datacenter", "Lefdal Mine Datacenter", "Lefdal"), co("Statkraft"), co("Sogn og Fjordane Energi"), co("Schaeffler"),
                co("Bulk Infrastructure"), co("Green Mountain"), co("Azrieli Group"), co("Statnett")],
        cities=[("Maloy", "NO"), ("Vennesla", "NO"), ("Rennesoy", "NO"), ("Stavanger", "NO"), ("Oslo", "NO"), ("Enebakk", "NO"), ("Hamar", "NO")],
        countries=["NO", "GB", "IL"],
        facilities=[fac("Lefdal Mine Datacenter", "data_center", "Maloy", "NO", "under_construction"),
                    fac("Bulk Infrastructure", "campus", "Vennesla", "NO", "expanded", 3),
                    fac("Green Mountain", "data_center", "Rennesoy", "NO"),
                    fac("Green Mountain", "data_center", "Oslo", "NO"),
                    fac("Green Mountain", "data_center", "Enebakk", "NO"),
                    fac("Green Mountain", "campus", "Hamar", "NO", "announced")],
        competitors=[("Lefdal Mine Datacenter", "Bulk Infrastructure"), ("Lefdal Mine Datacenter", "Green Mountain")],
        subsidiaries=[("Green Mountain", "Azrieli Group")],
        events=[ev("partnership", ["Lefdal Mine Datacenter", "Statkraft"], None, None, "2026-03-10"),
                ev("expansion", ["Lefdal Mine Datacenter"], "Maloy", "NO"),
                ev("facility_opening", ["Bulk Infrastructure"], "Vennesla", "NO", "2026-01"),
                ev("facility_announcement", ["Green Mountain"], "Hamar", "NO", "2026-02", "NOK3B")])

article("ho-115", "Rebellions launches Rebel-Quad inference chip, taking aim at Nvidia", "2025-11-25", """
K-Chip Insight
Home > Semiconductors > AI chips
Rebellions launches Rebel-Quad inference chip, taking aim at Nvidia
2025.11.25  |  Park Min-seo
Facebook  X  KakaoTalk  Link copy
Rebellions, South Korea's most valuable AI chip start-up, on Tuesday launched Rebel-Quad, a processor for running AI models that it says matches Nvidia's H200 on large language models while using about 40% less power.
The chip joins four compute dies with 144 gigabytes of HBM3E memory from Samsung Electronics in a single package. Samsung's foundry business makes the dies on its 4-nanometre process under an agreement the two companies signed in 2023, and has invested in Rebellions.
Rebellions is going after the inference market, where companies run trained models for customers, because it sees more room there for challengers than in training, which Nvidia dominates. Its main domestic rival, FuriosaAI, won an order from LG AI Research this year for its RNGD chip, and turned down a takeover offer from Meta Platforms in March.
Seongnam-based Rebellions merged with Sapeon Korea, the chip unit of SK Telecom, last year, and raised 340 billion won in a Series C round in January led by Korea Development Bank, with Aramco's venture arm Wa'ed Ventures and KT taking part. KT already runs Rebellions' previous chip, Atom, in its cloud.
Rebellions said it would ship samples of Rebel-Quad to customers in Korea, Saudi Arabia and Japan this quarter, and that Saudi telecoms group stc would test it in its data centres under a memorandum signed on Tuesday. It also opened an office in Tokyo last month.
Chief executive Park Sung-hyun said the company was preparing a stock market listing in Seoul, possibly next year.
"We do not need to beat Nvidia everywhere. We need to beat it on the electricity bill," Park said at the launch.
Photo: Rebellions chief executive Park Sung-hyun presents Rebel-Quad in Seoul. (Rebellions)
Related news
- DeepX lands automotive contract
- Samsung's HBM4 passes Nvidia qualification
- SK hynix posts record profit
ⓒ K-Chip Insight. All rights reserved.
""", companies=[co("Rebellions"), co("Nvidia"), co("Samsung Electronics", "Samsung Electronics", "Samsung"), co("FuriosaAI"), co("LG AI Research"),
                co("Meta Platforms"), co("Sapeon Korea"), co("SK Telecom"), co("Korea Development Bank"), co("Aramco"), co("Wa'ed Ventures"),
                co("KT"), co("stc")],
        cities=[("Seongnam", "KR"), ("Tokyo", "JP"), ("Seoul", "KR")],
        countries=["KR", "SA", "JP"],
        facilities=[fac("Rebellions", "headquarters", "Seongnam", "KR"),
                    fac("Rebellions", "office", "Tokyo", "JP", "opened")],
        competitors=[("Rebellions", "Nvidia"), ("Rebellions", "FuriosaAI")],
        subsidiaries=[("Sapeon Korea", "SK Telecom"), ("Wa'ed Ventures", "Aramco")],
        events=[ev("product_launch", ["Rebellions"], "Seoul", "KR", "2025-11-25"),
                ev("partnership", ["Rebellions", "Samsung Electronics"], None, None, "2023"),
                ev("investment", ["Samsung Electronics", "Rebellions"]),
                ev("partnership", ["FuriosaAI", "LG AI Research"], None, None, "2025"),
                ev("other", ["FuriosaAI", "Meta Platforms"], None, None, "2025-03"),
                ev("acquisition", ["Rebellions", "Sapeon Korea"], None, None, "2024"),
                ev("investment", ["Rebellions", "Korea Development Bank", "Wa'ed Ventures", "KT"], None, None, "2025-01", "₩340B"),
                ev("partnership", ["Rebellions", "KT"]),
                ev("partnership", ["Rebellions", "stc"], None, None, "2025-11-25"),
                ev("facility_opening", ["Rebellions"], "Tokyo", "JP", "2025-10")])

article("ho-116", "Press release: Zain completes acquisition of Kuwaiti cloud provider Sahab Data", "2026-02-17", """
PRESS RELEASE
Zain completes acquisition of Sahab Data, creating Kuwait's largest cloud and data centre business
KUWAIT CITY, 17 February 2026 - Zain Group, a leading mobile and digital services provider in the Middle East and Africa, today announced that it has completed its acquisition of Sahab Data, a Kuwaiti provider of cloud, colocation and managed security services, following approval from the Communication and Information Technology Regulatory Authority.
Zain agreed to buy 100% of Sahab Data in September 2025 for KWD 58 million. Sahab Data will continue to operate under its own brand as a wholly owned subsidiary of Zain Kuwait, and its management team led by founder and chief executive Fahad Al-Rashed will remain in place.
Sahab Data operates two data centres in Kuwait City and one in Manama, Bahrain, with a combined capacity of 18 megawatts, and serves more than 400 customers including government ministries, banks and oil and gas companies. Zain said it would invest a further KWD 40 million to build a third Kuwaiti data centre in the Shuwaikh industrial area, to be completed in 2027.
The acquisition brings together Zain's network and enterprise customer base with Sahab's cloud platform, which is certified to host government data. The combined business will offer sovereign cloud services in Kuwait in partnership with Oracle, under an agreement Sahab signed in 2024.
Zain's two competitors in Kuwait's mobile market, Ooredoo Kuwait and stc Kuwait, have both set up cloud businesses in the past three years, and Zain said the deal would make it the clear leader in enterprise cloud in the country.
"Our customers want one partner for connectivity, cloud and security. With Sahab, we can now be that partner," said Bader Al-Kharafi, Vice-Chairman and Group CEO of Zain Group.
About Zain
Zain Group is a mobile telecommunications and digital services provider headquartered in Kuwait City with operations in seven countries in the Middle East and Africa, serving about 52 million customers.
About Sahab Data
Founded in 2011, Sahab Data is a cloud and data centre company with facilities in Kuwait and Bahrain.
Media contacts: Zain Group Corporate Communications
""", companies=[co("Zain Group", "Zain Group", "Zain"), co("Sahab Data", "Sahab Data", "Sahab"), co("Zain Kuwait"), co("Oracle"),
                co("Ooredoo Kuwait"), co("stc Kuwait")],
        cities=[("Kuwait City", "KW"), ("Manama", "BH")],
        countries=["KW", "BH"],
        facilities=[fac("Sahab Data", "data_center", "Kuwait City", "KW", "acquired"),
                    fac("Sahab Data", "data_center", "Manama", "BH", "acquired"),
                    fac("Zain Group", "data_center", None, "KW", "planned", 3),
                    fac("Zain Group", "headquarters", "Kuwait City", "KW")],
        competitors=[("Zain Group", "Ooredoo Kuwait"), ("Zain Group", "stc Kuwait")],
        subsidiaries=[("Sahab Data", "Zain Kuwait"), ("Zain Kuwait", "Zain Group")],
        events=[ev("acquisition", ["Zain Group", "Sahab Data"], None, None, "2026-02-17", "KWD58M"),
                ev("investment", ["Zain Group"], None, "KW", "2026-02-17", "KWD40M"),
                ev("facility_announcement", ["Zain Group"], None, "KW", "2026-02-17", "KWD40M"),
                ev("partnership", ["Sahab Data", "Oracle"], None, None, "2024")])

article("ho-117", "AirTrunk breaks ground on 300 MW MEL3 campus in Melbourne's west", "2025-09-30", """
DataCenter Dynamics Asia-Pacific
Australia  NZ  Singapore  Japan  India  |  Power  Cooling  Construction  Investment
AirTrunk breaks ground on 300 MW MEL3 campus in Melbourne's west
Blackstone-owned operator's third Victorian site will be its largest outside Sydney
30 September 2025  •  By Chloe Nguyen
Share  Share  Share  Comment
AirTrunk has started construction of MEL3, a 300-megawatt data centre campus in Derrimut in Melbourne's western suburbs, the company said on Tuesday, about four kilometres from its existing MEL1 campus.
The first 60 megawatts are due to be ready in late 2027. AirTrunk did not give a cost, but analysts put a campus of that size at more than A$4 billion. The site will use a closed-loop liquid cooling system and will not draw water for cooling.
AirTrunk, which was bought by Blackstone and the Canada Pension Plan Investment Board for A$24 billion last year, now runs or is building 13 campuses in Australia, Japan, Singapore, Malaysia and Hong Kong.
Melbourne has become the second front of a contest that used to be fought mostly in Sydney. NextDC, which opened its M3 facility in Port Melbourne in 2022, and CDC Data Centres are both adding space in the city, and the three operators are competing to win the next round of hyperscale leases in Victoria.
The electrical rooms for MEL3 will be built off-site by Brevard Power Systems, a maker of modular switchgear based in Melbourne, Florida, under a contract signed in August, the US firm's first in Australia.
Victoria's government has backed the sector with faster planning approvals for data centres that meet energy and water targets, and in August listed the MEL3 site as a state-significant project.
"Melbourne is where Sydney was five years ago, and the cloud companies know it," AirTrunk founder and chief executive Robin Khuda said.
Photo: An artist's impression of MEL3. (AirTrunk)
Related
- Goodman plans Sydney data centre fund
- Equinix opens ME6
- NTT's Melbourne 2 campus goes live
Sign up for the DCD APAC newsletter | Terms | Privacy
""", companies=[co("AirTrunk"), co("Blackstone"), co("Canada Pension Plan Investment Board"), co("NextDC"), co("CDC Data Centres"),
                co("Brevard Power Systems")],
        cities=[("Derrimut", "AU"), ("Melbourne", "AU"), ("Sydney", "AU"), ("Singapore", "SG"), ("Hong Kong", "HK"), ("Port Melbourne", "AU"),
                ("Melbourne", "US")],
        countries=["AU", "JP", "SG", "MY", "HK", "US"],
        facilities=[fac("AirTrunk", "campus", "Derrimut", "AU", "under_construction", 3),
                    fac("AirTrunk", "campus", "Melbourne", "AU"),
                    fac("NextDC", "data_center", "Port Melbourne", "AU", "opened"),
                    fac("CDC Data Centres", "data_center", "Melbourne", "AU", "expanded"),
                    fac("AirTrunk", "campus", "Sydney", "AU"),
                    fac("AirTrunk", "campus", None, "JP"),
                    fac("AirTrunk", "campus", "Singapore", "SG"),
                    fac("AirTrunk", "campus", None, "MY"),
                    fac("AirTrunk", "campus", "Hong Kong", "HK"),
                    fac("Brevard Power Systems", "headquarters", "Melbourne", "US")],
        competitors=[("AirTrunk", "NextDC"), ("AirTrunk", "CDC Data Centres")],
        subsidiaries=[("AirTrunk", "Blackstone")],
        events=[ev("facility_announcement", ["AirTrunk"], "Derrimut", "AU", "2025-09-30"),
                ev("acquisition", ["Blackstone", "Canada Pension Plan Investment Board", "AirTrunk"], None, None, "2024", "A$24B"),
                ev("facility_opening", ["NextDC"], "Port Melbourne", "AU", "2022"),
                ev("expansion", ["NextDC"], "Melbourne", "AU"),
                ev("expansion", ["CDC Data Centres"], "Melbourne", "AU"),
                ev("partnership", ["AirTrunk", "Brevard Power Systems"], None, None, "2025-08")])

article("ho-118", "NorthC puts Lelystad campus on hold as Dutch grid queue grows", "2025-11-04", """
Benelux Data Centre News
Home | Netherlands | Belgium | Luxembourg | Energy | Sustainability | Events
NorthC puts Lelystad campus on hold as Dutch grid queue grows
Operator says connection will not come before 2031; Eindhoven expansion goes ahead
4 November 2025  |  Redactie BDCN
Share via LinkedIn | Share via X | Email
NorthC Datacenters has put on hold its plan for a 60-megawatt campus in Lelystad, in the province of Flevoland, after the regional grid operator told the company it could not connect the site before 2031.
The Utrecht-based operator announced the campus in June 2023 and had bought land at the Flevokust business park, close to the port. It said on Tuesday that it would keep the land but had stopped design work and let go of its construction contractor.
The decision is the latest sign of how a full power grid is reshaping the Dutch data centre market. Grid operator TenneT has said large new users in much of the country face waits of up to ten years, and the government has limited hyperscale data centres to two sites, in Middenmeer and Eemshaven, since 2022.
NorthC, owned by the US infrastructure investor DigitalBridge, is focusing instead on regional sites where it already has power. It said it would add 8 megawatts at its Eindhoven data centre, where it has secured extra capacity from Enexis, and opened a new facility in Groningen in September, its ninth in the Netherlands.
Other operators have moved across the border. Switch Datacenters, an Amsterdam-based company, said this year it would build its next campus in Germany rather than in Noord-Holland, and Belgian operator LCL opened a site in Antwerp aimed at Dutch customers who cannot get capacity at home.
"There is no shortage of customers. There is a shortage of cables," NorthC chief executive Alexandra Schless said.
Photo: The empty plot at Flevokust, Lelystad. (BDCN)
Meer nieuws
  Equinix opens AM11
  Microsoft pauses Middenmeer expansion
  Google to spend EUR 600m in Groningen
Newsletter | Contact | Cookiebeleid
""", companies=[co("NorthC Datacenters", "NorthC Datacenters", "NorthC"), co("TenneT"), co("DigitalBridge"), co("Enexis"),
                co("Switch Datacenters"), co("LCL")],
        cities=[("Lelystad", "NL"), ("Utrecht", "NL"), ("Middenmeer", "NL"), ("Eemshaven", "NL"), ("Eindhoven", "NL"), ("Groningen", "NL"),
                ("Amsterdam", "NL"), ("Antwerp", "BE")],
        countries=["NL", "US", "DE"],
        facilities=[fac("NorthC Datacenters", "headquarters", "Utrecht", "NL"),
                    fac("NorthC Datacenters", "data_center", "Eindhoven", "NL", "expanded"),
                    fac("NorthC Datacenters", "data_center", "Groningen", "NL", "opened", 9),
                    fac("Switch Datacenters", "headquarters", "Amsterdam", "NL"),
                    fac("Switch Datacenters", "campus", None, "DE", "planned"),
                    fac("LCL", "data_center", "Antwerp", "BE", "opened")],
        subsidiaries=[("NorthC Datacenters", "DigitalBridge")],
        events=[ev("other", ["NorthC Datacenters"], "Lelystad", "NL", "2025-11-04"),
                ev("facility_announcement", ["NorthC Datacenters"], "Lelystad", "NL", "2023-06"),
                ev("expansion", ["NorthC Datacenters"], "Eindhoven", "NL", "2025-11-04"),
                ev("partnership", ["NorthC Datacenters", "Enexis"]),
                ev("facility_opening", ["NorthC Datacenters"], "Groningen", "NL", "2025-09"),
                ev("facility_announcement", ["Switch Datacenters"], None, "DE", "2025"),
                ev("facility_opening", ["LCL"], "Antwerp", "BE")])

article("ho-119", "Queretaro's data centre rush runs into the water question", "2026-01-20", """
Mexico Business & Tech
Inicio | Economy | Industry | Technology | Energy | Nearshoring | English edition
Loading market data...
FEATURE
Queretaro's data centre rush runs into the water question
The central Mexican state has become Latin America's second data centre hub. Not everyone is happy
January 20, 2026  |  By Lucia Ramirez in Queretaro  |  7 min read
Share on Facebook  Share on X  Share on LinkedIn  Share by e-mail
Five years ago the cloud giants had no data centres in Mexico at all. Today the state of Queretaro, about 200 kilometres north-west of Mexico City, hosts the country's only hyperscale regions and is on its way to 1 gigawatt of capacity.
Microsoft opened its Mexico Central cloud region in Queretaro in May 2024, and Amazon Web Services followed in January last year with a region backed by a $5 billion investment over 15 years. Google has announced a region of its own for the state but has yet to say when it will open.
The operators that rent buildings to them are growing even faster. CloudHQ is building a 900-megawatt campus in Colon, on the state's eastern edge, and Mexican operator Triara, owned by Telmex, opened a fourth building in El Marques in October. Vantage Data Centers, which bought local developer Ajusco Digital in 2024, said on Tuesday it would spend $1.2 billion on a second campus near the city's airport.
The competition for land and power has been fierce. CloudHQ and Vantage have both been trying to lock up the same large plots near high-voltage lines, and their executives say they are chasing the same three or four tenants.
Water is the sore point. Queretaro has suffered years of drought, and residents' groups say the data centres will take water that farms and homes need. The state's governor said on Tuesday that new projects would have to use closed-loop cooling and that the state would not approve any more evaporative systems.
Power is the other question. The state grid operator CENACE has warned that the region's transmission lines are close to full, and CloudHQ has asked to build its own substation.
"Queretaro has done in five years what took Virginia twenty. Now it has to do in two years what took Virginia ten: build the grid," said one consultant who advises operators in the state.
Photo: A data centre under construction in Colon, Queretaro. (MB&T / Jorge Salas)
Related
- Kio Networks opens Monterrey site
- Equinix adds capacity in Mexico City
- Iberdrola sells Mexican plants
Newsletter | Privacy notice | Terms
""", companies=[co("Microsoft"), co("Amazon Web Services"), co("Google"), co("CloudHQ"), co("Triara"), co("Telmex"), co("Vantage Data Centers", "Vantage Data Centers", "Vantage"),
                co("Ajusco Digital")],
        cities=[("Queretaro", "MX"), ("Mexico City", "MX"), ("Colon", "MX"), ("El Marques", "MX")],
        countries=["MX"],
        facilities=[fac("Microsoft", "cloud_region", "Queretaro", "MX", "opened"),
                    fac("Amazon Web Services", "cloud_region", "Queretaro", "MX", "opened"),
                    fac("Google", "cloud_region", "Queretaro", "MX", "announced"),
                    fac("CloudHQ", "campus", "Colon", "MX", "under_construction"),
                    fac("Triara", "data_center", "El Marques", "MX", "expanded", 4),
                    fac("Vantage Data Centers", "campus", "Queretaro", "MX", "announced", 2)],
        competitors=[("CloudHQ", "Vantage Data Centers")],
        subsidiaries=[("Triara", "Telmex"), ("Ajusco Digital", "Vantage Data Centers")],
        events=[ev("facility_opening", ["Microsoft"], "Queretaro", "MX", "2024-05"),
                ev("facility_opening", ["Amazon Web Services"], "Queretaro", "MX", "2025-01"),
                ev("investment", ["Amazon Web Services"], None, "MX", "2025-01", "$5B"),
                ev("facility_announcement", ["Google"], "Queretaro", "MX"),
                ev("facility_opening", ["Triara"], "El Marques", "MX", "2025-10"),
                ev("acquisition", ["Vantage Data Centers", "Ajusco Digital"], None, None, "2024"),
                ev("facility_announcement", ["Vantage Data Centers"], "Queretaro", "MX", "2026-01-20", "$1.2B")])

article("ho-120", "Schwarz Digits opens Lubbenau data center, signs Aleph Alpha for its sovereign AI cloud", "2026-03-17", """
German Tech Brief
Startseite | Cloud | KI | Security | Mittelstand | Politics | Events
Schwarz Digits opens Lubbenau data center, signs Aleph Alpha for its sovereign AI cloud
17.03.2026  -  Lena Krause
Teilen  Twittern  Mailen
Schwarz Digits, the IT and digital arm of Lidl and Kaufland owner Schwarz Group, opened a data center in Lubbenau, in the Spreewald region of Brandenburg, on Tuesday, the first of its own sites built for its cloud service StackIT.
The 50-megawatt building is the first phase of a campus on a former power plant site that could grow to 200 megawatts, and cost about 1.1 billion euros. Until now StackIT has rented most of its capacity from colocation operators around Frankfurt and in Heilbronn, where Schwarz Group has its headquarters.
At the opening, Schwarz Digits said it had signed a five-year agreement with Heidelberg-based Aleph Alpha to run the AI start-up's models on StackIT for government and business customers, and that it would offer Mistral AI's models too. Schwarz Group led Aleph Alpha's 2023 funding round and holds a stake in the company.
StackIT is pitched as a German answer to the US cloud providers. Its managers say that in tenders for public agencies and regulated companies they come up mostly against Amazon Web Services, which is building a sovereign cloud for Europe in Brandenburg itself, and Microsoft. SAP, Germany's largest software company, moved its own sovereign cloud offering onto StackIT last year.
Brandenburg's state government has been courting data centers to replace jobs lost as lignite mines and power plants close. The Lubbenau campus will employ about 200 people when finished.
"Europe's data should be stored and processed under European law, on hardware we control, by companies that pay taxes here," Schwarz Digits co-chief executive Rolf Schumann said.
Photo: The StackIT data center in Lubbenau. (Schwarz Digits)
Mehr zum Thema
  IONOS wins Bundeswehr cloud contract
  Telekom and Nvidia open Munich AI factory
  Black Forest Labs raises new round
Datenschutz | Impressum | Cookie-Einstellungen
""", companies=[co("Schwarz Digits"), co("Lidl"), co("Kaufland"), co("Schwarz Group"), co("StackIT"), co("Aleph Alpha"), co("Mistral AI"),
                co("Amazon Web Services"), co("Microsoft"), co("SAP")],
        cities=[("Lubbenau", "DE"), ("Frankfurt", "DE"), ("Heilbronn", "DE"), ("Heidelberg", "DE")],
        countries=["DE", "US"],
        facilities=[fac("Schwarz Digits", "data_center", "Lubbenau", "DE", "opened", 1),
                    fac("Schwarz Group", "headquarters", "Heilbronn", "DE"),
                    fac("Aleph Alpha", "headquarters", "Heidelberg", "DE"),
                    fac("Amazon Web Services", "cloud_region", None, "DE", "under_construction")],
        competitors=[("StackIT", "Amazon Web Services"), ("StackIT", "Microsoft")],
        subsidiaries=[("Schwarz Digits", "Schwarz Group"), ("Lidl", "Schwarz Group"), ("Kaufland", "Schwarz Group"), ("StackIT", "Schwarz Digits")],
        events=[ev("facility_opening", ["Schwarz Digits", "StackIT"], "Lubbenau", "DE", "2026-03-17", "€1.1B"),
                ev("partnership", ["Schwarz Digits", "Aleph Alpha"], None, None, "2026-03-17"),
                ev("investment", ["Schwarz Group", "Aleph Alpha"], None, None, "2023"),
                ev("partnership", ["SAP", "StackIT"], None, None, "2025")])

article("ho-121", "Nordic Semiconductor closes purchase of Tampere radio chip designer Kide Radio", "2025-12-02", """
Embedded Systems Europe
News | IoT | Wireless | Power | Automotive | Design tools | Products
Nordic Semiconductor closes purchase of Tampere radio chip designer Kide Radio
2 December 2025  |  Staff
Share: LinkedIn | X | Email
Nordic Semiconductor has completed its purchase of Kide Radio, a Finnish designer of ultra-low-power cellular radio chips based in Tampere, for about 1.4 billion Norwegian crowns, the Trondheim-based company said on Tuesday.
The deal, first announced in August, brings Nordic a team of 85 engineers who have spent six years building radios for NB-IoT and satellite links, and gives it its second design centre in Finland after Oulu, where it took over a Wi-Fi team from a struggling handset supplier in 2022.
Nordic dominates Bluetooth Low Energy chips for things such as fitness trackers, medical sensors and smart locks, but has been slower to build up its cellular business. In low-power wireless it battles Silicon Labs, which sold its infrastructure and automotive business to Skyworks in 2021 to focus on the same devices, and Chinese challenger Espressif, whose cheap Wi-Fi chips have become a standard in hobbyist boards and are now moving into industrial products.
Kide Radio's founders and its largest investor, the Finnish state fund Tesi, which had backed the company since 2020, are selling their entire stakes. Kide will keep its name as a unit of Nordic for now and its chief technology officer Aino Lehtonen will lead Nordic's cellular research.
Nordic said it would open an office for the team in Tampere's Hervanta district next year and expects the first combined chip, pairing a Kide cellular radio with a Nordic Bluetooth core, in 2027.
Nordic's shares rose 2.1% on Tuesday. The company reported third-quarter revenue up 18% on the year in October.
Image: Kide Radio's test lab in Tampere. (Nordic Semiconductor)
Most read this week
1. Infineon picks Villach for SiC line
2. STMicro cuts Crolles jobs
3. Arm sues Qualcomm again
Subscribe to the ESE newsletter  |  Privacy  |  Cookies
""", companies=[co("Nordic Semiconductor", "Nordic Semiconductor", "Nordic"), co("Kide Radio", "Kide Radio", "Kide"), co("Silicon Labs"), co("Skyworks"),
                co("Espressif"), co("Tesi")],
        cities=[("Tampere", "FI"), ("Trondheim", "NO"), ("Oulu", "FI")],
        countries=["FI"],
        facilities=[fac("Kide Radio", "headquarters", "Tampere", "FI"),
                    fac("Nordic Semiconductor", "headquarters", "Trondheim", "NO"),
                    fac("Nordic Semiconductor", "rnd_center", "Tampere", "FI", "acquired", 2),
                    fac("Nordic Semiconductor", "rnd_center", "Oulu", "FI"),
                    fac("Nordic Semiconductor", "office", "Tampere", "FI", "planned")],
        competitors=[("Nordic Semiconductor", "Silicon Labs"), ("Nordic Semiconductor", "Espressif")],
        subsidiaries=[("Kide Radio", "Nordic Semiconductor")],
        events=[ev("acquisition", ["Nordic Semiconductor", "Kide Radio"], None, None, "2025-12-02", "NOK1.4B"),
                ev("acquisition", ["Nordic Semiconductor"], "Oulu", "FI", "2022"),
                ev("acquisition", ["Skyworks", "Silicon Labs"], None, None, "2021"),
                ev("investment", ["Tesi", "Kide Radio"], None, None, "2020"),
                ev("facility_announcement", ["Nordic Semiconductor"], "Tampere", "FI", "2025-12-02")])

article("ho-122", "Digital Realty opens MRS5 in Marseille as more subsea cables head for the port", "2026-02-03", """
Subsea & Interconnection Report
Cables | Landing stations | Data centres | Carriers | Regulation
Digital Realty opens MRS5 in Marseille as more subsea cables head for the port
3 February 2026  |  Mathieu Laurent
[LinkedIn] [X] [Email] [Print]
MARSEILLE, Feb 3 - Digital Realty has opened MRS5, its fifth data centre in Marseille, in a converted warehouse in the port's northern district, adding 20 megawatts to a city that has become the main gateway for internet traffic between Europe, Africa, the Middle East and Asia.
The company, which bought Amsterdam-based Interxion in 2020 and still trades under that name in France, said on Tuesday that MRS5 was fully pre-leased, mostly to cloud providers and carriers that need to be close to the cable landing stations.
It also said it had signed an agreement with AFR-IX Telecom to land the second branch of the Medusa cable, which links southern Europe to North Africa, directly at its MRS4 site. Orange, which operates the landing of several other systems on the French Mediterranean coast, will provide backhaul to Paris.
Marseille now hosts 18 subsea cables, and at least four more are planned, including one from Google that will run to Portugal and Africa's west coast. Digital Realty has spent more than 1 billion euros in the city since it opened its first building there in 2014, and says its five sites handle a large share of the traffic that lands in the port.
The growth has not been welcomed by all. Local groups and some city officials have complained that data centres take up space and power that the port could use for electrifying ships, and the city's planning chief said last year that new projects would be judged case by case.
Elsewhere in France, Digital Realty opened a 40-megawatt campus in La Courneuve, north of Paris, in 2023, and is building another in Dugny nearby.
"Marseille is not a data centre market like Paris or Frankfurt. It is a crossroads, and you cannot move a crossroads," said Fabrice Coquio, who heads the company's French business.
Photo: The MRS5 building on Marseille's port. (Digital Realty)
Related articles
- Equinix lands Ellalink in Lisbon
- Sparkle extends BlueMed to Cyprus
- Telxius plans Barcelona station
Subscribe | Privacy | Cookie preferences
""", companies=[co("Digital Realty"), co("Interxion"), co("AFR-IX Telecom"), co("Orange"), co("Google")],
        cities=[("Marseille", "FR"), ("Amsterdam", "NL"), ("Paris", "FR"), ("La Courneuve", "FR"), ("Dugny", "FR"), ("Frankfurt", "DE")],
        countries=["FR", "PT"],
        facilities=[fac("Digital Realty", "data_center", "Marseille", "FR", "opened", 5),
                    fac("Interxion", "headquarters", "Amsterdam", "NL"),
                    fac("Digital Realty", "campus", "La Courneuve", "FR", "opened"),
                    fac("Digital Realty", "campus", "Dugny", "FR", "under_construction")],
        subsidiaries=[("Interxion", "Digital Realty")],
        events=[ev("facility_opening", ["Digital Realty"], "Marseille", "FR", "2026-02-03"),
                ev("acquisition", ["Digital Realty", "Interxion"], None, None, "2020"),
                ev("partnership", ["Digital Realty", "AFR-IX Telecom"], "Marseille", "FR", "2026-02-03"),
                ev("facility_opening", ["Digital Realty"], "Marseille", "FR", "2014"),
                ev("facility_opening", ["Digital Realty"], "La Courneuve", "FR", "2023")])

article("ho-123", "Indosat agrees to buy Surabaya fibre firm Nusantara Fiber in race with Telkomsel", "2025-10-21", """
Jakarta Tech Post
Home  News  Business  Telco  Startup  Gadget  Opini
Indosat agrees to buy Surabaya fibre firm Nusantara Fiber in race with Telkomsel
Tuesday, 21 October 2025 | 15:20 WIB
Editor: Dimas Prasetyo
Bagikan:  Facebook  X  WhatsApp  Telegram
JAKARTA, Oct 21 - Indosat Ooredoo Hutchison has agreed to buy Nusantara Fiber, a fibre-to-the-home operator based in Surabaya, for 6.8 trillion rupiah ($410 million), the Indonesian mobile operator said in a stock exchange filing on Tuesday.
The deal gives Indosat about 1.9 million homes passed in East Java and Bali and must still be cleared by the competition commission KPPU and approved by Indosat's shareholders. It is expected to close in the first quarter of next year.
Indosat, formed by the 2022 merger of Qatar's Ooredoo and Hong Kong's CK Hutchison's local businesses, is trying to narrow the gap with Telkomsel in home broadband, where the state-controlled group's IndiHome brand has about 9 million subscribers. Telkomsel, the mobile unit of Telkom Indonesia, took over IndiHome from its parent in 2023.
Nusantara Fiber, founded in 2016, also runs a small data centre in Surabaya and has fibre routes to Malang and Denpasar. Its owners, the Surabaya-based Wijaya family and investment firm Saratoga Investama Sedaya, will sell their whole stakes.
The acquisition is the latest step in Indosat's push beyond mobile. Lintasarta, its IT services arm, opened an AI data centre in Surakarta, the Central Java city better known as Solo, in partnership with Nvidia last year, and is building a second in Batam.
"Mobile alone will not grow fast enough. Homes, businesses and AI are where the next ten years come from," Indosat president director Vikram Sinha said.
Shares of Indosat rose 3.2% in Jakarta.
Photo: A fibre technician in Surabaya. (JTP/Arief Hidayat)
Baca juga
- XLSmart cuts 1,000 jobs after merger
- Biznet adds Kalimantan routes
- Telkom spins off data centre unit
(c) Jakarta Tech Post
""", companies=[co("Indosat Ooredoo Hutchison", "Indosat Ooredoo Hutchison", "Indosat"), co("Nusantara Fiber"), co("Ooredoo"), co("CK Hutchison"),
                co("Telkomsel"), co("Telkom Indonesia"), co("IndiHome"), co("Saratoga Investama Sedaya"), co("Lintasarta"), co("Nvidia")],
        cities=[("Jakarta", "ID"), ("Surabaya", "ID"), ("Malang", "ID"), ("Denpasar", "ID"), ("Surakarta", "ID"), ("Solo", "ID"), ("Batam", "ID"),
                ("Hong Kong", "HK")],
        countries=["QA", "HK"],
        facilities=[fac("Nusantara Fiber", "headquarters", "Surabaya", "ID"),
                    fac("Nusantara Fiber", "data_center", "Surabaya", "ID"),
                    fac("Lintasarta", "data_center", "Surakarta", "ID", "opened"),
                    fac("Lintasarta", "data_center", "Batam", "ID", "under_construction", 2)],
        competitors=[("Indosat Ooredoo Hutchison", "Telkomsel")],
        subsidiaries=[("Telkomsel", "Telkom Indonesia"), ("IndiHome", "Telkomsel"), ("Lintasarta", "Indosat Ooredoo Hutchison")],
        events=[ev("acquisition", ["Indosat Ooredoo Hutchison", "Nusantara Fiber"], None, None, "2025-10-21", "IDR6.8T"),
                ev("acquisition", ["Telkomsel", "IndiHome"], None, None, "2023"),
                ev("facility_opening", ["Lintasarta", "Nvidia"], "Surakarta", "ID", "2024"),
                ev("partnership", ["Lintasarta", "Nvidia"], None, None, "2024"),
                ev("facility_announcement", ["Lintasarta"], "Batam", "ID")])

article("ho-124", "Marvell opens Ho Chi Minh City design centre as custom AI chip work grows", "2026-02-24", """
Vietnam Investment Review Online
Home | Investing | Companies | Tech | Property | Provinces | Data
Marvell opens Ho Chi Minh City design centre as custom AI chip work grows
Feb 24, 2026 | 10:05 (GMT+7)
Share  Facebook  LinkedIn  Zalo
US chipmaker Marvell Technology on Tuesday opened a design centre in Ho Chi Minh City's Thu Duc area, its second in Vietnam after a smaller team in Da Nang, and said it would employ 500 engineers there within three years.
The centre will work on the chips Marvell designs to order for cloud companies, a business that has grown quickly as Amazon and Microsoft have sought alternatives to Nvidia's AI processors. Marvell vies with Broadcom for those contracts; Broadcom has won most of Google's custom chip work and several new customers in the past year.
Santa Clara, California-based Marvell also signed an agreement with FPT Semiconductor, the chip unit of Vietnam's largest IT group FPT Corporation, to train 1,000 chip design students over five years at universities in the city and in Hanoi.
Vietnam has set a target of training 50,000 chip engineers by 2030 and offers tax breaks to design and packaging companies. Several foreign groups have answered: Synopsys opened a Hanoi office in 2024, and Amkor Technology started production at a packaging plant in Bac Ninh province that year, its first in the country.
Local officials hope design work will follow packaging. "We do not want to only assemble what others design," said a deputy director of the city's Department of Science and Technology.
Marvell did not say how much it would spend on the centre. It employs about 6,500 people worldwide, including large design teams in Bengaluru and Hyderabad, India, and in Israel.
Photo: Marvell executives at the opening in Thu Duc. (VIR)
Related news
- Intel expands Ho Chi Minh City test plant
- Hana Micron starts second Bac Giang line
- Viettel unveils its first chip
Subscribe to our newsletter | Terms of use | Contact
""", companies=[co("Marvell Technology", "Marvell Technology", "Marvell"), co("Amazon"), co("Microsoft"), co("Nvidia"), co("Broadcom"), co("Google"),
                co("FPT Semiconductor"), co("FPT Corporation"), co("Synopsys"), co("Amkor Technology")],
        cities=[("Ho Chi Minh City", "VN"), ("Thu Duc", "VN"), ("Da Nang", "VN"), ("Santa Clara", "US"), ("Hanoi", "VN"), ("Bengaluru", "IN"),
                ("Hyderabad", "IN")],
        countries=["US", "VN", "IN", "IL"],
        facilities=[fac("Marvell Technology", "rnd_center", "Ho Chi Minh City", "VN", "opened", 2),
                    fac("Marvell Technology", "rnd_center", "Da Nang", "VN", None, 1),
                    fac("Marvell Technology", "headquarters", "Santa Clara", "US"),
                    fac("Synopsys", "office", "Hanoi", "VN", "opened"),
                    fac("Amkor Technology", "factory", None, "VN", "opened", 1),
                    fac("Marvell Technology", "rnd_center", "Bengaluru", "IN"),
                    fac("Marvell Technology", "rnd_center", "Hyderabad", "IN"),
                    fac("Marvell Technology", "rnd_center", None, "IL")],
        competitors=[("Marvell Technology", "Broadcom")],
        subsidiaries=[("FPT Semiconductor", "FPT Corporation")],
        events=[ev("facility_opening", ["Marvell Technology"], "Ho Chi Minh City", "VN", "2026-02-24"),
                ev("partnership", ["Marvell Technology", "FPT Semiconductor"], None, None, "2026-02-24"),
                ev("facility_opening", ["Synopsys"], "Hanoi", "VN", "2024"),
                ev("facility_opening", ["Amkor Technology"], None, "VN", "2024")])

article("ho-125", "Oman Data Park opens third data centre at Duqm as Gulf cloud demand spreads south", "2026-03-17", """
Gulf Business Wire
Markets | Energy | Tech | Real Estate | Opinion | Podcasts
Loading market data...
Oman Data Park opens third data centre at Duqm as Gulf cloud demand spreads south
By Staff Writer | 17 March 2026
Share: Facebook | X | LinkedIn | Email
MUSCAT, March 17 - Oman Data Park, the cloud and hosting subsidiary of Omantel, on Tuesday opened its third data centre, a 12-megawatt building inside the special economic zone at Duqm on the Arabian Sea coast.
The site adds to the company's two existing facilities in Muscat and Salalah and was built for about 38 million rials ($99 million), the operator said. Its first tenants are a logistics platform for the port and a government disaster recovery system that until now ran only in the capital.
Chief executive Maqbool Al Wahaibi said the location had been chosen because two new subsea cables land within a few kilometres of the zone and because electricity from a solar park under construction nearby would be cheaper than grid power in the north.
"Duqm was a fishing village twenty years ago. It now has a refinery, a dry dock and, from today, a data centre," he told reporters at the opening.
Oman Data Park is not alone in courting the zone. Equinox Gulf Hosting, a Sohar-based provider backed by a Kuwaiti family office, has bought land there and says it will decide on a building later in the year. For public-sector cloud work, Oman Data Park's nearest challenger is Vodafone Oman, which launched its own sovereign cloud last autumn with servers hosted in Muscat.
Omantel has said it will keep majority control of its data centre arm even as it looks for a minority partner. Bankers at HSBC are advising on that process, according to two people familiar with it.
Photo caption: The Duqm building on opening day. (Oman Data Park)
Most read
1. Saudi fund lines up chip venture in Dammam
2. Qatar's QIA backs Singapore cable builder
3. Kuwait telco trims dividend
Newsletter: Gulf tech in five minutes, every Thursday. Sign up
(c) Gulf Business Wire. All rights reserved. Cookie settings
""", companies=[co("Oman Data Park"), co("Omantel"), co("Equinox Gulf Hosting"), co("Vodafone Oman"), co("HSBC")],
        cities=[("Muscat", "OM"), ("Duqm", "OM"), ("Salalah", "OM"), ("Sohar", "OM")],
        countries=[],
        facilities=[fac("Oman Data Park", "data_center", "Duqm", "OM", "opened", 3),
                    fac("Oman Data Park", "data_center", "Muscat", "OM"),
                    fac("Oman Data Park", "data_center", "Salalah", "OM"),
                    fac("Equinox Gulf Hosting", "headquarters", "Sohar", "OM")],
        competitors=[("Oman Data Park", "Vodafone Oman")],
        subsidiaries=[("Oman Data Park", "Omantel")],
        events=[ev("facility_opening", ["Oman Data Park"], "Duqm", "OM", "2026-03-17", "$99M"),
                ev("product_launch", ["Vodafone Oman"], None, None, "2025")])

article("ho-126", "ElevenLabs raises $250 million, opens Warsaw engineering hub", "2026-01-28", """
StartupBeat Europe
News  Funding  AI  Fintech  Climate  Events  Jobs
ElevenLabs raises $250 million, opens Warsaw engineering hub
The voice AI company's valuation more than doubles in a year
by Katarzyna Lis  |  28 Jan 2026  |  4 min read
[Share] [Post] [Copy link]
Voice AI start-up ElevenLabs has raised $250 million in a Series D round led by Sequoia Capital, the company said on Wednesday, valuing it at about $7.5 billion, more than twice what investors paid a year ago.
Existing backers Andreessen Horowitz and ICONIQ Growth put in more money, and the round also drew Polish pension manager PZU Investments, a first for a home-grown investor in a company whose founders grew up in Warsaw.
The New York-headquartered firm, which also runs a large team in London, said part of the money will go on a new engineering hub in Warsaw's Wola district, opened this week with 120 staff and room for 400. It will work on speech models for languages with little recorded audio, starting with Ukrainian, Czech and Romanian.
ElevenLabs sells its voice models to publishers, game studios and call centre software makers. In that market it meets the same buyers as Google and OpenAI, both of which have released cheaper speech products in the past six months, and smaller specialists such as Cartesia. Co-founder Mati Staniszewski said the company would rather compete on quality than price.
"A narrator that sounds right in Polish or Hindi is still hard. That is where our lead is," he said.
The company's revenue passed $300 million on an annual basis at the end of last year, according to a person familiar with its accounts, helped by a deal with Deutsche Telekom to voice customer service in German and a licensing agreement with Spotify for audiobooks.
Photo: Mati Staniszewski at the Wola office. Credit: ElevenLabs
Read more
- Mistral shops for data centre sites in the Nordics
- Synthesia's avatars get a voice
- Poland's AI fund makes first bets
Get the weekly StartupBeat Europe newsletter
We use cookies. Accept | Manage
""", companies=[co("ElevenLabs"), co("Sequoia Capital"), co("Andreessen Horowitz"), co("ICONIQ Growth"), co("PZU Investments"),
                co("Google"), co("OpenAI"), co("Cartesia"), co("Deutsche Telekom"), co("Spotify")],
        cities=[("Warsaw", "PL"), ("New York", "US"), ("London", "GB"), ("Wola", "PL")],
        countries=[],
        facilities=[fac("ElevenLabs", "rnd_center", "Warsaw", "PL", "opened"),
                    fac("ElevenLabs", "headquarters", "New York", "US"),
                    fac("ElevenLabs", "office", "London", "GB")],
        competitors=[("ElevenLabs", "Google"), ("ElevenLabs", "OpenAI"), ("ElevenLabs", "Cartesia")],
        events=[ev("investment", ["ElevenLabs", "Sequoia Capital", "Andreessen Horowitz", "ICONIQ Growth", "PZU Investments"], None, None, "2026-01-28", "$250M"),
                ev("facility_opening", ["ElevenLabs"], "Warsaw", "PL", "2026-01"),
                ev("partnership", ["ElevenLabs", "Deutsche Telekom"], None, None, None),
                ev("partnership", ["ElevenLabs", "Spotify"], None, None, None)])

article("ho-127", "Silicon Box breaks ground in Novara for its first chiplet plant outside Singapore", "2025-11-06", """
SemiEngineering Europe
Design | Manufacturing | Packaging | Materials | Policy | Events
Silicon Box breaks ground in Novara for its first chiplet plant outside Singapore
November 6, 2025 - Advanced packaging
Share this: in  X  f  mail
Singapore-based Silicon Box broke ground on Thursday on a chiplet assembly and test plant in Novara, in Italy's Piedmont region, starting a project it expects to cost 3.2 billion euros over six years.
The plant, on a former rice-processing site east of the city, is due to begin production in 2028 and employ about 1,600 people at full output. Italy's government has pledged up to 1.3 billion euros in state aid, which the European Commission approved in September.
The company, founded in 2021 by Byung Joon Han and two former Marvell executives, packages chiplets using a panel-level process it developed at its first factory in Tampines. It says panels cut costs compared with the round wafers most rivals use.
In Europe it will go after orders that today go mainly to Asian packaging houses such as JCET and Powertech Technology, neither of which has a plant on the continent. Industry analysts said the Novara plant would also compete with a packaging line that Amkor Technology is building in Porto, Portugal, though Amkor's site is smaller.
Silicon Box has raised more than $1 billion from investors including Temasek-backed Vertex Holdings and the Singapore state fund EDBI. It has signed an agreement with STMicroelectronics to assemble test chips at Novara once the first line is running, the companies said, without giving the value.
Piedmont's regional president called the project "the largest industrial investment in the region in a generation".
Image: A rendering of the Novara plant. Source: Silicon Box
Related
Infineon delays Dresden line ramp
Why Europe still lacks an OSAT
Photonics start-up picks Eindhoven
Newsletter | Advertise | About us | Privacy
""", companies=[co("Silicon Box"), co("Marvell"), co("JCET"), co("Powertech Technology"), co("Amkor Technology"), co("Temasek"),
                co("Vertex Holdings"), co("EDBI"), co("STMicroelectronics")],
        cities=[("Novara", "IT"), ("Singapore", "SG"), ("Tampines", "SG"), ("Porto", "PT")],
        countries=["SG", "IT", "PT"],
        facilities=[fac("Silicon Box", "factory", "Novara", "IT", "under_construction"),
                    fac("Silicon Box", "headquarters", "Singapore", "SG"),
                    fac("Silicon Box", "factory", "Tampines", "SG", None, 1),
                    fac("Amkor Technology", "factory", "Porto", "PT", "under_construction")],
        competitors=[("Silicon Box", "JCET"), ("Silicon Box", "Powertech Technology"), ("Silicon Box", "Amkor Technology")],
        events=[ev("facility_announcement", ["Silicon Box"], "Novara", "IT", "2025-11-06", "€3.2B"),
                ev("investment", ["Silicon Box", "Vertex Holdings", "EDBI"], None, None, None, "$1B"),
                ev("partnership", ["Silicon Box", "STMicroelectronics"], "Novara", "IT", "2025-11-06")])

article("ho-128", "Microsoft switches on Austria East cloud region near Vienna", "2026-02-10", """
CloudWatch Weekly
Home > Hyperscale > Regions
Microsoft switches on Austria East cloud region near Vienna
10 February 2026 | Hyperscale | 3 comments
Tweet  Share  Save
Microsoft has opened its first cloud region in Austria, made up of three data centre sites on the eastern edge of Vienna, a little over three years after announcing the project with the Austrian government.
The Austria East region went live on Tuesday with Azure compute, storage and database services, and Microsoft 365 data residency will follow. The company has not said what the buildings cost, but its original announcement promised 1 billion euros of investment in the country over five years.
The region's first named customers are the insurer Uniqa, the steelmaker Voestalpine and Raiffeisen Bank International, which said it would move its payment systems' test environments there first.
With the launch Microsoft is the first of the big American cloud providers to run a region in Austria, ahead of Amazon Web Services and Google Cloud, which serve Austrian customers from Frankfurt and Zurich. Local hosting firms have been wary. Anexia, a Klagenfurt-based provider with data centres in 20 countries, said the region would lift demand for cloud skills overall, while conceding some customers would move.
Microsoft also said it had signed a power purchase agreement with Verbund for output from a hydro plant on the Danube, to cover the region's use over 15 years.
The Vienna region is Microsoft's 13th in Europe. The company paused work on a planned second region in Switzerland last year.
Photo: Inside one of the Austria East buildings. (Microsoft)
Elsewhere on CloudWatch
Oracle adds a second region in Madrid
Hetzner puts prices up in Germany
OVHcloud wins French health data certification
About | Contact | Advertise | Cookie policy
""", companies=[co("Microsoft"), co("Uniqa"), co("Voestalpine"), co("Raiffeisen Bank International"), co("Amazon Web Services"),
                co("Google Cloud"), co("Anexia"), co("Verbund")],
        cities=[("Vienna", "AT"), ("Frankfurt", "DE"), ("Zurich", "CH"), ("Klagenfurt", "AT")],
        countries=["AT", "CH"],
        facilities=[fac("Microsoft", "cloud_region", "Vienna", "AT", "opened", 13),
                    fac("Anexia", "headquarters", "Klagenfurt", "AT")],
        competitors=[("Microsoft", "Amazon Web Services"), ("Microsoft", "Google Cloud")],
        events=[ev("facility_opening", ["Microsoft"], "Vienna", "AT", "2026-02-10"),
                ev("facility_announcement", ["Microsoft"], None, "AT", "2022"),
                ev("investment", ["Microsoft"], None, "AT", "2022", "€1B"),
                ev("partnership", ["Microsoft", "Verbund"], None, None, "2026-02-10"),
                ev("other", ["Microsoft"], None, "CH", "2025")])

article("ho-129", "Maplecore Robotics to move headquarters from Waterloo to Ottawa", "2025-12-02", """
Canadian Tech Report
Home  Startups  AI  Telecom  Policy  Ontario  Quebec  West
Maplecore Robotics to move headquarters from Waterloo to Ottawa
Warehouse-robot maker cites defence contracts and a bigger site
December 2, 2025
Share: f  X  in  email
WATERLOO, Ontario - Maplecore Robotics, which builds autonomous carts for warehouses and military depots, will move its headquarters to Ottawa next year and leave only a small software team in the city where it was founded, the company said on Tuesday.
The move follows two contracts with the Department of National Defence worth a combined C$84 million and the company's purchase, in the summer, of Kanata Motion Systems, an Ottawa maker of electric drive units. Maplecore said it would lease a 9,000-square-metre building in the Kanata North business park for its head office, assembly line and test track, and expects to employ 350 people there by 2027.
Chief executive Priya Raman said Waterloo would remain important for hiring from the university. "We are not leaving, we are moving the centre of gravity," she said.
Maplecore's carts compete most directly with those of Ottawa's own Clearpath-born OTTO Motors, now part of Rockwell Automation, and with Vecna Robotics in the U.S. market. Raman said the company now won more than half of the tenders in which it met OTTO.
The company also keeps its European sales office in Waterloo, Belgium, south of Brussels, which it opened in 2023 to work with NATO supply agencies, and said it was considering a second one in Gdansk.
Maplecore raised C$60 million last year in a round led by BDC Capital and Inovia's growth fund.
Photo caption: A Maplecore cart at a test site in Kitchener. Credit: Maplecore
Trending
- Cohere signs Quebec data centre lease
- BlackBerry sells IoT unit
- Telus cuts 700 jobs
Sign up for the Morning Brief | Contact | Terms
""", companies=[co("Maplecore Robotics", "Maplecore Robotics", "Maplecore"), co("Kanata Motion Systems"), co("OTTO Motors", "OTTO Motors", "OTTO"), co("Clearpath"), co("Rockwell Automation"),
                co("Vecna Robotics"), co("BDC Capital"), co("Inovia")],
        cities=[("Waterloo", "CA"), ("Ottawa", "CA"), ("Waterloo", "BE"), ("Brussels", "BE"), ("Gdansk", "PL")],
        countries=["US", "BE"],
        facilities=[fac("Maplecore Robotics", "headquarters", "Ottawa", "CA", "planned"),
                    fac("Maplecore Robotics", "office", "Waterloo", "BE", "opened")],
        competitors=[("Maplecore Robotics", "OTTO Motors"), ("Maplecore Robotics", "Vecna Robotics")],
        subsidiaries=[("Kanata Motion Systems", "Maplecore Robotics"), ("OTTO Motors", "Rockwell Automation")],
        events=[ev("facility_announcement", ["Maplecore Robotics"], "Ottawa", "CA", "2025-12-02"),
                ev("acquisition", ["Maplecore Robotics", "Kanata Motion Systems"], None, None, "2025"),
                ev("facility_opening", ["Maplecore Robotics"], "Waterloo", "BE", "2023"),
                ev("investment", ["Maplecore Robotics", "BDC Capital", "Inovia"], None, None, "2024", "C$60M")])

article("ho-130", "Tietoevry completes purchase of Bergen software firm Fjordlogic", "2026-04-01", """
Nordic IT News
Startsida | Nyheter | Cloud | Security | Public sector | Jobb
Tietoevry completes purchase of Bergen software firm Fjordlogic
1 April 2026
Del: LinkedIn  Facebook  X  E-post
Finnish IT services group Tietoevry said on Wednesday it had completed its acquisition of Fjordlogic, a Bergen-based maker of planning software for hospitals and municipalities, after Norway's competition authority cleared the deal without conditions.
Tietoevry agreed in January to pay 1.4 billion Norwegian crowns for the company, which employs 310 people in Bergen, Stavanger and Tromso. Fjordlogic will keep its name and become part of Tietoevry Care, the group's healthcare software division.
The purchase strengthens Tietoevry in Norwegian health IT, where its main competitors are CGI and the Oslo-listed Atea, both of which have won regional hospital contracts in the past two years. Fjordlogic's largest customer is the western regional health trust, whose 20 hospitals schedule staff and operating theatres with its software.
Tietoevry, based in Espoo, has sold several non-core businesses over the past year to concentrate on software, including the sale of its Swedish payment processing arm to Nets. Chief executive Endre Rangnes said more buys in health and public sector software were likely but that the group would stay "disciplined".
Fjordlogic's founders, who owned about 60 per cent, and the Oslo investment firm Verdane, which held the rest, received cash. Advokatfirmaet Thommessen advised Tietoevry and Arctic Securities advised the sellers.
Tietoevry shares rose 1.1 per cent in Helsinki.
Photo: Fjordlogic's office on Bryggen in Bergen. (Fjordlogic)
Mest lest
Telenor names new Nordics head
Visma buys Dutch payroll firm
Ericsson wins Vietnam 5G order
Nyhetsbrev | Annonsere | Personvern
""", companies=[co("Tietoevry"), co("Fjordlogic"), co("Tietoevry Care"), co("CGI"), co("Atea"), co("Nets"), co("Verdane"),
                co("Advokatfirmaet Thommessen"), co("Arctic Securities")],
        cities=[("Bergen", "NO"), ("Stavanger", "NO"), ("Tromso", "NO"), ("Espoo", "FI"), ("Oslo", "NO"), ("Helsinki", "FI")],
        countries=["NO"],
        facilities=[fac("Fjordlogic", "headquarters", "Bergen", "NO"),
                    fac("Fjordlogic", "office", "Stavanger", "NO"),
                    fac("Fjordlogic", "office", "Tromso", "NO"),
                    fac("Tietoevry", "headquarters", "Espoo", "FI")],
        competitors=[("Tietoevry", "CGI"), ("Tietoevry", "Atea")],
        subsidiaries=[("Fjordlogic", "Tietoevry"), ("Tietoevry Care", "Tietoevry")],
        events=[ev("acquisition", ["Tietoevry", "Fjordlogic"], None, None, "2026-04-01", "NOK1.4B"),
                ev("acquisition", ["Nets", "Tietoevry"], None, None, None)])

article("ho-131", "CADE blocks Locaweb's purchase of Campinas host Nuvem Paulista", "2026-02-25", """
TeleSintese Global
Telecom | Cloud | Regulation | Startups | Opinion
Carregando cotacoes...
CADE blocks Locaweb's purchase of Campinas host Nuvem Paulista
25/02/2026 18:40 - updated 19:05
Compartilhe: WhatsApp | LinkedIn | X
SAO PAULO, Feb 25 - Brazil's antitrust regulator CADE on Wednesday blocked web hosting company Locaweb from buying Nuvem Paulista, a Campinas-based provider of shared hosting and e-mail for small businesses, saying the deal would leave merchants in the interior of Sao Paulo state with too little choice.
Locaweb agreed last July to pay 540 million reais for Nuvem Paulista, which has about 210,000 paying customers and runs a data centre in Campinas and a smaller one in Ribeirao Preto.
CADE's tribunal voted four to two against the deal. Its reporting commissioner wrote that the two companies compete head to head for small-business customers across the state and that, once combined, they would hold close to half of that market. Remedies Locaweb offered, including the sale of Nuvem Paulista's e-mail brand to a third party, were judged insufficient.
Locaweb, which already owns the hosting brands KingHost and Tray, said it "respects but disagrees with" the decision and was studying whether to challenge it in court. Its shares fell 4.6% in Sao Paulo.
Analysts at Itau BBA said the ruling would push Locaweb to grow through its e-commerce software rather than more hosting purchases. Nuvem Paulista's owner, private equity firm Patria Investimentos, said it would look for other buyers and expected interest from foreign groups.
Among the international providers that have been buying in Brazil is Hostinger, the Lithuanian company, which opened a data centre in Sao Paulo's Tambore district in 2024.
The ruling is the second in a year in which CADE has stopped a technology deal; in October it blocked a merger between two payment processors in Recife.
Photo: Locaweb headquarters in Sao Paulo. (Divulgacao)
Leia tambem
- TIM Brasil sells fibre stake to Vivo
- Claro launches satellite backhaul in Amazonas
- Ascenty adds Fortaleza campus
Newsletter | Expediente | Politica de privacidade
""", companies=[co("Locaweb"), co("Nuvem Paulista"), co("KingHost"), co("Tray"), co("Itau BBA"), co("Patria Investimentos"), co("Hostinger")],
        cities=[("Sao Paulo", "BR"), ("Campinas", "BR"), ("Ribeirao Preto", "BR"), ("Tambore", "BR"), ("Recife", "BR")],
        countries=["BR"],
        facilities=[fac("Nuvem Paulista", "headquarters", "Campinas", "BR"),
                    fac("Nuvem Paulista", "data_center", "Campinas", "BR"),
                    fac("Nuvem Paulista", "data_center", "Ribeirao Preto", "BR"),
                    fac("Hostinger", "data_center", "Sao Paulo", "BR", "opened")],
        competitors=[("Locaweb", "Nuvem Paulista")],
        subsidiaries=[("KingHost", "Locaweb"), ("Tray", "Locaweb"), ("Nuvem Paulista", "Patria Investimentos")],
        events=[ev("acquisition", ["Locaweb", "Nuvem Paulista"], None, None, "2025-07", "R$540M"),
                ev("other", ["Locaweb", "Nuvem Paulista"], None, "BR", "2026-02-25"),
                ev("facility_opening", ["Hostinger"], "Sao Paulo", "BR", "2024")])

article("ho-132", "Beyond.pl and OSGE sign reactor power deal for Poznan AI campus", "2026-03-03", """
DCD Central Europe
Data Centers | Power | Cooling | Investment | Regions | Webinars
Beyond.pl and OSGE sign reactor power deal for Poznan AI campus
Tuesday 3 March 2026, by Tomasz Wrobel
Share: in  X  f
Polish data centre operator Beyond.pl has signed a preliminary agreement to buy power from a small modular reactor that Orlen Synthos Green Energy (OSGE) plans to build near Wloclawek, the companies said on Tuesday, in what they called the first reactor deal for a data centre in Central Europe.
Under the letter of intent, Beyond.pl would take up to 100 megawatts from the plant for 20 years once it is running, which OSGE expects in the early 2030s. OSGE, a joint venture of refiner Orlen and chemicals maker Synthos, has chosen the BWRX-300 design from GE Vernova Hitachi Nuclear Energy and is still waiting for a construction licence.
The power is meant for Beyond.pl's AI campus in Poznan, where the operator has opened two buildings since 2019 and is now putting up a third with 42 megawatts of capacity. A fourth is planned if grid operator PSE can deliver a new connection by 2028.
Until the reactor is built, Beyond.pl will buy wind power through a contract with Polenergia, signed last year.
Beyond.pl chief executive Wojciech Stramski said customers training AI models wanted "power that is clean and will still be cheap in 2035". The operator counts Polish banks, the state AI programme and two American cloud companies among its tenants.
Poland has become one of Europe's fastest-growing data centre markets, with Warsaw drawing most of the capacity. Poznan, halfway between Warsaw and Berlin, is a second-tier location but has cheaper land and fewer grid queues.
OSGE has signed similar preliminary deals with steelmakers and a chemical plant, and says it wants to build up to 24 reactors at six locations.
Image: The third building on Beyond.pl's Poznan campus under construction. (Beyond.pl)
Related
Atman lines up land near Warsaw
Vantage switches on WAW2
Czech grid operator caps new data centre connections
Subscribe | Events | Contact | Privacy
""", companies=[co("Beyond.pl"), co("Orlen Synthos Green Energy", "Orlen Synthos Green Energy", "OSGE"), co("Orlen"), co("Synthos"),
                co("GE Vernova Hitachi Nuclear Energy"), co("PSE"), co("Polenergia")],
        cities=[("Wloclawek", "PL"), ("Poznan", "PL"), ("Warsaw", "PL"), ("Berlin", "DE")],
        countries=["PL"],
        facilities=[fac("Orlen Synthos Green Energy", "other", "Wloclawek", "PL", "planned"),
                    fac("Beyond.pl", "campus", "Poznan", "PL", "under_construction", 3)],
        events=[ev("partnership", ["Beyond.pl", "Orlen Synthos Green Energy"], None, None, "2026-03-03"),
                ev("partnership", ["Beyond.pl", "Polenergia"], None, None, "2025"),
                ev("facility_opening", ["Beyond.pl"], "Poznan", "PL", "2019"),
                ev("expansion", ["Beyond.pl"], "Poznan", "PL", None)])

article("ho-133", "Techno Digital breaks ground on Bhubaneswar data centre, eyes eastern India edge", "2025-12-15", """
The Eastern Ledger
Business | Economy | Odisha | Markets | Tech
Techno Digital breaks ground on Bhubaneswar data centre, eyes eastern India edge
Dec 15, 2025, 07:12 PM IST
Share  Tweet  WhatsApp
BHUBANESWAR: Techno Digital Infra, the data centre arm of Kolkata-based power engineering firm Techno Electric & Engineering, on Monday laid the foundation stone of a 10-megawatt data centre at the Info Valley IT park on the city's southern edge.
The company will invest Rs 650 crore in the first phase, which is due to be ready by the end of 2026, and has an option on land for a second building of the same size. It is Techno Digital's fourth site after facilities in Kolkata, Chennai and Noida, and the first data centre of that size in Odisha, according to the state's electronics department.
Chief minister Mohan Charan Majhi, who attended the ceremony, said the state would give the project a 15-year exemption from electricity duty and land at a subsidised rate. Odisha has also signed a memorandum with Reliance Jio to lay fibre to all 30 district headquarters by 2027.
Techno Digital chief executive Sanjay Choudhary said demand was coming from banks and state government departments that want their data kept close, and from content companies serving the eastern states. "Users in Bhubaneswar today are served from Mumbai or Chennai. That is 1,500 kilometres away," he said.
In the eastern market Techno Digital is racing Sify Technologies and Yotta Data Services, both of which have announced edge sites in the region, as well as CtrlS, which opened in Patna in August. Techno Electric has committed Rs 5,000 crore to data centres across India by 2030 and wants 250 megawatts of capacity.
Separately, the state signed an agreement with Tata Power to build a 300-megawatt solar project in Koraput district, part of which would supply the data centre.
Photo: Officials at the foundation stone ceremony at Info Valley. (Eastern Ledger)
Also read
- Adani's Vizag campus gets green clearance
- Kolkata IT parks fill up
- Paradip port signs LNG deal
(c) The Eastern Ledger 2025
""", companies=[co("Techno Digital Infra", "Techno Digital Infra", "Techno Digital"), co("Techno Electric & Engineering", "Techno Electric & Engineering", "Techno Electric"),
                co("Reliance Jio"), co("Sify Technologies"), co("Yotta Data Services"), co("CtrlS"), co("Tata Power")],
        cities=[("Bhubaneswar", "IN"), ("Kolkata", "IN"), ("Chennai", "IN"), ("Noida", "IN"), ("Mumbai", "IN"), ("Patna", "IN")],
        countries=["IN"],
        facilities=[fac("Techno Digital Infra", "data_center", "Bhubaneswar", "IN", "under_construction", 4),
                    fac("Techno Digital Infra", "data_center", "Kolkata", "IN"),
                    fac("Techno Digital Infra", "data_center", "Chennai", "IN"),
                    fac("Techno Digital Infra", "data_center", "Noida", "IN"),
                    fac("Techno Electric & Engineering", "headquarters", "Kolkata", "IN"),
                    fac("CtrlS", "data_center", "Patna", "IN", "opened")],
        competitors=[("Techno Digital Infra", "Sify Technologies"), ("Techno Digital Infra", "Yotta Data Services"), ("Techno Digital Infra", "CtrlS")],
        subsidiaries=[("Techno Digital Infra", "Techno Electric & Engineering")],
        events=[ev("facility_announcement", ["Techno Digital Infra"], "Bhubaneswar", "IN", "2025-12-15", "₹6.5B"),
                ev("investment", ["Techno Digital Infra"], "Bhubaneswar", "IN", "2025-12-15", "₹6.5B"),
                ev("facility_opening", ["CtrlS"], "Patna", "IN", "2025-08"),
                ev("investment", ["Techno Electric & Engineering"], None, "IN", None, "₹50B")])

article("ho-134", "DeepX launches second-generation edge AI chip, aiming at Hailo and Nvidia", "2026-01-06", """
Korea Tech Daily
Semiconductors | Mobile | Display | Batteries | AI | Startups
DeepX launches second-generation edge AI chip, aiming at Hailo and Nvidia
Published 2026.01.06 09:30 | Updated 2026.01.06 11:02
Reporter Kim Ji-hoon
[Facebook] [X] [KakaoTalk] [Copy URL]
Fabless chip designer DeepX on Tuesday launched the DX-M2, its second-generation processor for running AI models inside cameras, robots and factory machines, and said it had orders from 38 customers before the chip's release.
The DX-M2 is built on Samsung Electronics' 2-nanometre process at its foundry in Hwaseong under a supply agreement signed in 2024, and runs small language models as well as the vision models its predecessor handled. DeepX said it uses about a third of the power of comparable chips.
The Seongnam-based company is pitching the part directly against the Hailo-10 from Israel's Hailo and Nvidia's Jetson modules, which dominate robot and drone designs. Chief executive Kim Lok-won said DeepX had beaten Hailo in tenders from two Japanese camera makers in the past quarter.
Hyundai Motor's robotics unit and the security camera maker Hanwha Vision are among customers testing the DX-M2. POSCO DX, the automation unit of POSCO Holdings, has agreed to put the chip in inspection systems at steel plants in Pohang and Gwangyang.
DeepX, founded in 2018, raised 110 billion won last year from investors led by SkyLake Equity Partners and plans to list on the KOSDAQ in the second half of 2026. It employs 300 people and opened an office in San Jose, California, in 2025 to court American robot makers.
The company is also building a chip for data centre inference, due in 2027, putting it on a path towards Korean rivals Rebellions and FuriosaAI, though Kim said edge devices would remain its main business.
Photo: Kim Lok-won presents the DX-M2 in Seongnam. (DeepX)
Popular
1. SK hynix raises HBM4 output target
2. LG Energy Solution wins Hyundai order
3. Samsung Display to build IT OLED line
Copyright Korea Tech Daily. Unauthorized reproduction prohibited.
""", companies=[co("DeepX"), co("Samsung Electronics"), co("Hailo"), co("Nvidia"), co("Hyundai Motor"), co("Hanwha Vision"), co("POSCO DX"),
                co("POSCO Holdings"), co("SkyLake Equity Partners"), co("Rebellions"), co("FuriosaAI")],
        cities=[("Hwaseong", "KR"), ("Seongnam", "KR"), ("Pohang", "KR"), ("Gwangyang", "KR"), ("San Jose", "US")],
        countries=["IL"],
        facilities=[fac("Samsung Electronics", "fab", "Hwaseong", "KR"),
                    fac("DeepX", "headquarters", "Seongnam", "KR"),
                    fac("DeepX", "office", "San Jose", "US", "opened")],
        competitors=[("DeepX", "Hailo"), ("DeepX", "Nvidia"), ("DeepX", "Rebellions"), ("DeepX", "FuriosaAI")],
        subsidiaries=[("POSCO DX", "POSCO Holdings")],
        events=[ev("product_launch", ["DeepX"], None, None, "2026-01-06"),
                ev("partnership", ["DeepX", "Samsung Electronics"], None, None, "2024"),
                ev("partnership", ["DeepX", "POSCO DX"], None, None, None),
                ev("investment", ["DeepX", "SkyLake Equity Partners"], None, None, "2025", "₩110B"),
                ev("facility_opening", ["DeepX"], "San Jose", "US", "2025")])

article("ho-135", "Microsoft pauses Koropi building in Greek cloud region as it rethinks Europe capacity", "2025-10-14", """
Kathimerini Tech English Edition
Politics | Economy | Business | Tech | Opinion | Life
Microsoft pauses Koropi building in Greek cloud region as it rethinks Europe capacity
14.10.2025 * 16:22
Share  f  X  in
ATHENS - Microsoft has stopped work on one of the three data centres that make up its planned cloud region in Attica, the site at Koropi, while the other two at Spata and Markopoulo go ahead, people with knowledge of the project said on Tuesday.
The company confirmed that it had "adjusted the timing" of one building but said its commitment to Greece was unchanged. Microsoft announced the region in 2020 with an investment of about $1 billion, the largest by a technology company in the country, and the first phase was due to go live this year.
Construction at Koropi had been paused since the summer, the people said, after Microsoft told contractors it would not need the capacity until at least 2028. The buildings at Spata and Markopoulo are nearly finished and are expected to open early next year.
The pause is part of a wider review. Microsoft has in recent months slowed or dropped planned data centre leases in the United States and Britain, saying it had built ahead of demand in some regions.
Greek officials played the news down. The deputy digital governance minister said Google was "at an advanced stage" with its own cloud region in Greece, announced in 2022, and that Amazon Web Services had opened an edge location in Athens.
Meanwhile Lamda Development, the property company building the Ellinikon district on Athens' old airport, said it was in talks with several operators over a data centre on the site. Local operator Lamda Hellix, owned by Digital Realty since its acquisition in 2022, opened a third facility in the Athens suburb of Kifissia in June.
Photo: The Spata site east of Athens. (Eurokinissi)
Most popular
- Public Power Corp buys Romanian renewables
- Piraeus Bank profit beats forecasts
- Ferry strike called off
Terms | Contact | Cookies
""", companies=[co("Microsoft"), co("Google"), co("Amazon Web Services"), co("Lamda Development"), co("Lamda Hellix"), co("Digital Realty")],
        cities=[("Athens", "GR"), ("Koropi", "GR"), ("Spata", "GR"), ("Markopoulo", "GR"), ("Kifissia", "GR")],
        countries=["GR", "US", "GB"],
        facilities=[fac("Microsoft", "cloud_region", None, "GR", "planned"),
                    fac("Microsoft", "data_center", "Spata", "GR", "under_construction"),
                    fac("Microsoft", "data_center", "Markopoulo", "GR", "under_construction"),
                    fac("Google", "cloud_region", None, "GR", "announced"),
                    fac("Amazon Web Services", "other", "Athens", "GR", "opened"),
                    fac("Lamda Hellix", "data_center", "Kifissia", "GR", "opened", 3)],
        subsidiaries=[("Lamda Hellix", "Digital Realty")],
        events=[ev("other", ["Microsoft"], "Koropi", "GR", "2025-10-14"),
                ev("facility_announcement", ["Microsoft"], None, "GR", "2020", "$1B"),
                ev("investment", ["Microsoft"], None, "GR", "2020", "$1B"),
                ev("facility_announcement", ["Google"], None, "GR", "2022"),
                ev("facility_opening", ["Amazon Web Services"], "Athens", "GR"),
                ev("acquisition", ["Digital Realty", "Lamda Hellix"], None, None, "2022"),
                ev("facility_opening", ["Lamda Hellix"], "Kifissia", "GR", "2025-06")])

article("ho-136", "Press release: Kazakhtelecom and Steppe Compute to build AI data center in Ekibastuz", "2026-04-08", """
Kazakhtelecom and Steppe Compute to build AI data center in Ekibastuz
First phase of 50 MW campus to use power from the region's coal-to-gas conversion
ASTANA, Kazakhstan, April 8, 2026 /Kazinform Business Wire/ -- Kazakhtelecom JSC, the national telecommunications operator of Kazakhstan, and Steppe Compute LLP, a provider of GPU cloud services, today announced an agreement to jointly build and operate an AI data center in Ekibastuz, in the Pavlodar region.
The first phase, with 50 megawatts of IT capacity, is expected to begin construction in the third quarter of 2026 and to enter service in 2028. The partners estimate the cost of the first phase at approximately $420 million, to be financed by equity from both companies and loans from the Development Bank of Kazakhstan.
Kazakhtelecom will provide fiber connectivity to the site over its backbone network and to its existing data centers in Astana and Almaty. Steppe Compute will design, equip and operate the GPU clusters and sell capacity to customers in Kazakhstan, Uzbekistan and the wider Central Asian region.
The site was selected for its access to power from the Ekibastuz power plants, which are being converted from coal to natural gas by Samruk-Energy, and for cold winters that reduce cooling costs.
"Ekibastuz built its name on coal. We want the next chapter to be compute," said Bagdat Mussin, Chairman of the Management Board of Kazakhtelecom.
"Customers in our region have had to send their data to Frankfurt or Moscow to train models. This project brings that capacity home," said Arman Dzhumabekov, Chief Executive Officer of Steppe Compute.
About Kazakhtelecom
Kazakhtelecom JSC is the largest telecommunications operator in Kazakhstan, providing fixed, mobile and data services. Its mobile business, Kcell, serves more than 10 million subscribers. The company is majority-owned by Samruk-Kazyna, the national sovereign wealth fund.
About Steppe Compute
Steppe Compute LLP is headquartered in Almaty and operates GPU clusters in two colocation facilities in the city. Founded in 2023, the company is backed by Kazakh and Emirati investors, including Tabula Rasa Capital.
Media contact: press@steppecompute.kz
SOURCE Steppe Compute LLP
""", companies=[co("Kazakhtelecom"), co("Steppe Compute"), co("Development Bank of Kazakhstan"), co("Samruk-Energy"), co("Kcell"),
                co("Samruk-Kazyna"), co("Tabula Rasa Capital")],
        cities=[("Astana", "KZ"), ("Ekibastuz", "KZ"), ("Almaty", "KZ"), ("Frankfurt", "DE"), ("Moscow", "RU")],
        countries=["KZ", "UZ"],
        facilities=[fac("Kazakhtelecom", "data_center", "Ekibastuz", "KZ", "planned"),
                    fac("Steppe Compute", "data_center", "Ekibastuz", "KZ", "planned"),
                    fac("Kazakhtelecom", "data_center", "Astana", "KZ"),
                    fac("Kazakhtelecom", "data_center", "Almaty", "KZ"),
                    fac("Steppe Compute", "headquarters", "Almaty", "KZ")],
        subsidiaries=[("Kcell", "Kazakhtelecom"), ("Kazakhtelecom", "Samruk-Kazyna")],
        events=[ev("facility_announcement", ["Kazakhtelecom", "Steppe Compute"], "Ekibastuz", "KZ", "2026-04-08", "$420M"),
                ev("partnership", ["Kazakhtelecom", "Steppe Compute"], "Ekibastuz", "KZ", "2026-04-08"),
                ev("investment", ["Steppe Compute", "Tabula Rasa Capital"], None, None, None)])

article("ho-137", "NEC agrees to buy Lisbon software house Caravela Systems for 410 million euros", "2026-02-19", """
Nikkei Tech Asia (English)
Top | Business | Tech | Markets | Economy | Politics | Opinion
Loading market data...
NEC agrees to buy Lisbon software house Caravela Systems for 410 million euros
Japanese IT group seeks European public-sector foothold ahead of Fujitsu
February 19, 2026 17:45 JST
Share  X  LinkedIn  Facebook  Print
TOKYO -- NEC has agreed to acquire Caravela Systems, a Lisbon-based developer of tax and social security software used by governments in Portugal, Spain and five African countries, for 410 million euros, the company said Thursday.
The deal, NEC's largest in Europe since it bought Danish IT firm KMD in 2019, still needs approval from Portugal's competition authority and from foreign investment reviewers in Spain. NEC expects to close it by September.
Caravela, founded in 1998, employs 1,900 people, most of them in Lisbon and at a development centre in Braga. It also has offices in Madrid and Maputo, the capital of Mozambique, where it runs the revenue authority's tax system.
The purchase gives NEC a second government software business in Europe beside KMD, which runs tax and welfare systems for Danish municipalities from its base in Ballerup. NEC said Caravela and KMD would share a product platform over the next three years.
At home NEC fights Fujitsu for ministry and local government IT contracts, a contest that has grown sharper since the central government began consolidating systems onto cloud platforms run by Amazon Web Services and Sakura Internet. Abroad Fujitsu is the bigger of the two in Europe, mainly through its British public-sector work, which has been damaged by the Horizon accounting scandal.
NEC shares closed down 0.8% in Tokyo before the announcement.
Caravela's owners, the Portuguese private equity firm Oxy Capital and its two founders, will sell all their shares. Morgan Stanley advised NEC; Caravela was advised by BPI.
Photo: Caravela Systems' office in Lisbon's Parque das Nacoes. (Caravela Systems)
Related
- Fujitsu to sell stake in Shinko
- Hitachi buys U.S. rail software firm
- Japan's chip subsidy plan explained
Nikkei Inc. No reproduction without permission.
""", companies=[co("NEC"), co("Caravela Systems", "Caravela Systems", "Caravela"), co("Fujitsu"), co("KMD"), co("Amazon Web Services"), co("Sakura Internet"),
                co("Oxy Capital"), co("Morgan Stanley"), co("BPI")],
        cities=[("Tokyo", "JP"), ("Lisbon", "PT"), ("Braga", "PT"), ("Madrid", "ES"), ("Maputo", "MZ"), ("Ballerup", "DK")],
        countries=["PT", "ES", "MZ"],
        facilities=[fac("Caravela Systems", "headquarters", "Lisbon", "PT"),
                    fac("Caravela Systems", "rnd_center", "Braga", "PT"),
                    fac("Caravela Systems", "office", "Madrid", "ES"),
                    fac("Caravela Systems", "office", "Maputo", "MZ"),
                    fac("KMD", "headquarters", "Ballerup", "DK")],
        competitors=[("NEC", "Fujitsu")],
        subsidiaries=[("KMD", "NEC")],
        events=[ev("acquisition", ["NEC", "Caravela Systems"], None, None, "2026-02-19", "€410M"),
                ev("acquisition", ["NEC", "KMD"], None, None, "2019")])

article("ho-138", "Bucharest's data centre builders race for power as Romania's cloud demand finally arrives", "2026-03-24", """
Emerging Europe Infrastructure
Home / Digital / Energy / Transport / Country reports
Bucharest's data centre builders race for power as Romania's cloud demand finally arrives
24 March 2026 | Country report: Romania | 7 min read
Share this article: LinkedIn | X | Facebook | Email
For most of the past decade Romania's data centre market was a handful of small rooms in Bucharest office buildings. That is changing fast. Three operators broke ground or opened new buildings in and around the capital in the past twelve months, and two more are looking for land.
The largest project belongs to NXData, a Bucharest company controlled by the investment fund Bluehouse, which opened the first 8-megawatt hall of its NXDC2 site in the Pipera district in January and has permits for three more halls. NXData says its pipeline would take it to 40 megawatts by 2029.
M247, the network operator founded in Bucharest in 2003, started building a 12-megawatt data centre in Chiajna, just west of the city, last October. It is the company's second in Romania. Chief executive Alexandru Moldovan describes NXData as "the competitor we meet in every tender for a bank or a ministry".
The arrival of the hyperscalers has helped. Microsoft said in 2024 it would open a cloud region in Romania, and Google has signed a lease for edge capacity from Orange Romania, the local unit of France's Orange, which opened a data centre in Magurele, south of the capital, in 2023.
Power is the bottleneck. Transelectrica, the grid operator, says it has requests for more than 900 megawatts of data centre connections around Bucharest, against a spare capacity of about 250 megawatts. Some developers have looked further afield: Nuclearelectrica, which runs the Cernavoda nuclear plant, has offered sites near the plant, and the Dutch developer Dataprime has bought land near Constanta, the Black Sea port, where two subsea cables are planned.
"Romania has cheap engineers and fast fibre. Now it needs megawatts," said a partner at the law firm Tuca Zbarcea & Asociatii, which advises several of the builders.
Photo: The NXDC2 site in Pipera, north of Bucharest. (NXData)
More country reports
- Serbia's Kragujevac state data centre doubles
- Bulgaria courts AI compute
- Moldova's first Tier III facility
Sign up for our weekly digest | Advertise | Privacy
""", companies=[co("NXData"), co("Bluehouse"), co("M247"), co("Microsoft"), co("Google"), co("Orange Romania"), co("Orange"), co("Transelectrica"),
                co("Nuclearelectrica"), co("Dataprime"), co("Tuca Zbarcea & Asociatii")],
        cities=[("Bucharest", "RO"), ("Pipera", "RO"), ("Chiajna", "RO"), ("Magurele", "RO"), ("Cernavoda", "RO"), ("Constanta", "RO")],
        countries=["RO", "FR"],
        facilities=[fac("NXData", "data_center", "Pipera", "RO", "opened"),
                    fac("M247", "data_center", "Chiajna", "RO", "under_construction", 2),
                    fac("Microsoft", "cloud_region", None, "RO", "announced"),
                    fac("Orange Romania", "data_center", "Magurele", "RO", "opened"),
                    fac("Nuclearelectrica", "other", "Cernavoda", "RO")],
        competitors=[("M247", "NXData")],
        subsidiaries=[("NXData", "Bluehouse"), ("Orange Romania", "Orange")],
        events=[ev("facility_opening", ["NXData"], "Pipera", "RO", "2026-01"),
                ev("facility_announcement", ["M247"], "Chiajna", "RO", "2025-10"),
                ev("facility_announcement", ["Microsoft"], None, "RO", "2024"),
                ev("partnership", ["Google", "Orange Romania"], None, None, None),
                ev("facility_opening", ["Orange Romania"], "Magurele", "RO", "2023")])

article("ho-139", "Helios Towers completes Madagascar deal, adds 1,400 sites from Airtel", "2025-09-30", """
TowerXchange Africa
News | Deals | Operators | Energy | Events | Research
Helios Towers completes Madagascar deal, adds 1,400 sites from Airtel
30 September 2025
Share  in  X  mail
Helios Towers said on Tuesday it had completed the purchase of about 1,400 telecom towers in Madagascar from Airtel Africa, making it the island's largest independent tower company and taking its portfolio across Africa and the Middle East past 16,000 sites.
The London-based tower company paid $185 million for the towers, which will be run by a new local subsidiary, Helios Towers Madagascar, from an operations centre in Antananarivo. Airtel Madagascar, Airtel Africa's local operator, becomes the anchor tenant under a 15-year lease and has agreed to add 300 new sites over five years.
Chief executive Tom Greenwood said the company would sell space on the towers to Telma, the island's largest mobile operator, which has so far built and owned its own network, and to Orange Madagascar. "Our model works when the second and third tenants arrive," he said.
Helios, which also operates in Tanzania, the Democratic Republic of Congo, Senegal, Malawi, Oman and Ghana, has grown through buying towers from mobile operators that want to free up money for spectrum and 5G. Its two much larger competitors on the continent, American Tower and IHS Towers, have been bidding for the same portfolios, though IHS has said it will slow its expansion after heavy losses in Nigeria.
The company has also signed a deal with solar developer CrossBoundary Energy to fit batteries and panels to 700 of the new sites, most of which now run on diesel generators.
Airtel Africa said the sale proceeds would help pay down debt and fund its network rollout in its 14 markets. It sold towers in Chad and Tanzania in earlier years.
Helios shares rose 2% in London.
Photo: A Helios Towers site near Toamasina. (Helios Towers)
Most read this week
- Vodacom and Vodafone restructure Safaricom stake
- Eaton Towers integration update
- Nigeria's diesel crunch and the tower business
TowerXchange | Terms | Cookie policy
""", companies=[co("Helios Towers", "Helios Towers", "Helios"), co("Airtel Africa"), co("Helios Towers Madagascar"), co("Airtel Madagascar"), co("Telma"), co("Orange Madagascar"),
                co("American Tower"), co("IHS Towers", "IHS Towers", "IHS"), co("CrossBoundary Energy")],
        cities=[("London", "GB"), ("Antananarivo", "MG")],
        countries=["MG", "TZ", "CD", "SN", "MW", "OM", "GH", "NG", "TD"],
        facilities=[fac("Helios Towers", "headquarters", "London", "GB"),
                    fac("Helios Towers Madagascar", "office", "Antananarivo", "MG")],
        competitors=[("Helios Towers", "American Tower"), ("Helios Towers", "IHS Towers")],
        subsidiaries=[("Helios Towers Madagascar", "Helios Towers"), ("Airtel Madagascar", "Airtel Africa")],
        events=[ev("acquisition", ["Helios Towers", "Airtel Africa"], None, "MG", "2025-09-30", "$185M"),
                ev("partnership", ["Helios Towers", "Airtel Madagascar"], None, None, "2025-09-30"),
                ev("partnership", ["Helios Towers", "CrossBoundary Energy"], None, None, None)])

article("ho-140", "Moonshot AI releases Kimi K3 and cuts prices, deepening a three-way fight with Zhipu and MiniMax", "2026-03-12", """
AsiaTech Review
Home > AI > China
Moonshot AI releases Kimi K3 and cuts prices, deepening a three-way fight with Zhipu and MiniMax
By Lin Yue
12 March 2026, 14:05 HKT
Share on Weibo | Share on X | Share on LinkedIn
Beijing-based Moonshot AI on Thursday released Kimi K3, a large language model it says matches the best American systems on coding and maths tests, and cut the price of its programming interface by 60% for developers.
The release is the latest turn in a price war among China's independent AI labs. Zhipu AI lowered its prices last month when it launched GLM-5, and Shanghai's MiniMax followed a week later. The three start-ups are chasing the same enterprise and developer customers, and Moonshot is also up against the models of Alibaba and ByteDance, which can afford to give access away.
Kimi K3 was trained on a cluster of about 20,000 Huawei Ascend processors at a data centre Moonshot leases from China Telecom in Ulanqab, Inner Mongolia, the company said. Export controls have cut Chinese labs off from Nvidia's most advanced chips.
Moonshot, founded in 2023 by Yang Zhilin, raised $1.2 billion last year in a round led by Alibaba and Tencent, valuing it at about $4 billion. It has since opened an office in Singapore to sell Kimi to customers in Southeast Asia and the Middle East.
The company also said it had signed a partnership with Xiaomi to build Kimi into the phone maker's voice assistant, which will reach users with a software update.
Analysts say the price cuts are hard to sustain. Moonshot's revenue is still small, and the company spends heavily on marketing its consumer chatbot, which competes for users with ByteDance's Doubao and DeepSeek's app.
"The money is running out faster than the market is growing," said a Beijing-based investor who holds shares in one of the three labs.
Photo: Kimi K3 on display at Moonshot's Beijing office. (AsiaTech Review)
Read next
- Baidu shows Ernie 6 to advertisers
- Tencent's Hunyuan team loses two leads
- StepFun raises in Shanghai
AsiaTech Review | About | Advertise | Privacy
""", companies=[co("Moonshot AI", "Moonshot AI", "Moonshot"), co("Zhipu AI", "Zhipu AI", "Zhipu"), co("MiniMax"), co("Alibaba"), co("ByteDance"), co("Huawei"),
                co("China Telecom"), co("Nvidia"), co("Tencent"), co("Xiaomi"), co("DeepSeek")],
        cities=[("Beijing", "CN"), ("Shanghai", "CN"), ("Ulanqab", "CN"), ("Singapore", "SG")],
        countries=["CN", "SG"],
        facilities=[fac("Moonshot AI", "headquarters", "Beijing", "CN"),
                    fac("China Telecom", "data_center", "Ulanqab", "CN"),
                    fac("Moonshot AI", "office", "Singapore", "SG", "opened")],
        competitors=[("Moonshot AI", "Zhipu AI"), ("Moonshot AI", "MiniMax"), ("Zhipu AI", "MiniMax"),
                     ("Moonshot AI", "Alibaba"), ("Moonshot AI", "ByteDance"), ("Moonshot AI", "DeepSeek")],
        events=[ev("product_launch", ["Moonshot AI"], None, None, "2026-03-12"),
                ev("product_launch", ["Zhipu AI"], None, None, "2026-02"),
                ev("investment", ["Moonshot AI", "Alibaba", "Tencent"], None, None, "2025", "$1.2B"),
                ev("facility_opening", ["Moonshot AI"], "Singapore", "SG"),
                ev("partnership", ["Moonshot AI", "Xiaomi"], None, None, "2026-03-12"),
                ev("partnership", ["Moonshot AI", "China Telecom"], "Ulanqab", "CN", None)])

article("ho-141", "Kyocera starts production at Isahaya plant, its biggest bet on chip packages", "2026-04-15", """
EE Times Japan (English digest)
News | Components | Packaging | Power | Automotive | Interviews
Kyocera starts production at Isahaya plant, its biggest bet on chip packages
2026/04/15
Tweet  Share  Bookmark
Kyocera began production on Wednesday at a new plant in Isahaya, Nagasaki Prefecture, that makes ceramic packages and organic substrates for semiconductors, nearly three years after announcing it.
The Kyoto-based company spent about 62 billion yen on the plant, built on 150,000 square metres of land it bought from the city, and said it would employ 1,100 people there once all three buildings are running in 2028. Output in the first year will go mainly to makers of image sensors and power chips.
Kyocera is the world's largest maker of ceramic chip packages, but in organic substrates for processors it trails Ibiden and Shinko Electric Industries, the two Japanese companies it competes with for orders from chipmakers building AI processors. Taiwan's Unimicron, the largest substrate maker by sales, is also expanding capacity.
President Hideo Tanimoto said the Isahaya plant would give the company "a second home" for packages after its long-standing factories in Kagoshima Prefecture, at Kokubu and Sendai. Sendai, Kagoshima is not to be confused with the much larger Sendai in Miyagi Prefecture, where Kyocera has no plant.
Japan's economy ministry contributed a subsidy of up to 13 billion yen, part of its programme to bring chip supply chains home. Sony Semiconductor Solutions, which makes image sensors in Isahaya, is expected to be one of the plant's first customers, although neither company confirmed a contract.
Kyocera also said it would close an older organic substrate line at its Yasu plant in Shiga Prefecture by the end of the year and move its work to Isahaya.
Photo: Kyocera's Isahaya plant. (Kyocera)
Related articles
- Ibiden lifts capex for Gifu
- Resonac opens Yamagata packaging lab
- Rapidus receives EUV tool
Copyright ITmedia. All rights reserved.
""", companies=[co("Kyocera"), co("Ibiden"), co("Shinko Electric Industries"), co("Unimicron"), co("Sony Semiconductor Solutions")],
        cities=[("Isahaya", "JP"), ("Kyoto", "JP"), ("Kokubu", "JP"), ("Sendai", "JP"), ("Yasu", "JP")],
        countries=["JP", "TW"],
        facilities=[fac("Kyocera", "factory", "Isahaya", "JP", "opened"),
                    fac("Kyocera", "headquarters", "Kyoto", "JP"),
                    fac("Kyocera", "factory", "Kokubu", "JP"),
                    fac("Kyocera", "factory", "Sendai", "JP"),
                    fac("Kyocera", "factory", "Yasu", "JP"),
                    fac("Sony Semiconductor Solutions", "factory", "Isahaya", "JP")],
        competitors=[("Kyocera", "Ibiden"), ("Kyocera", "Shinko Electric Industries")],
        events=[ev("facility_opening", ["Kyocera"], "Isahaya", "JP", "2026-04-15", "¥62B"),
                ev("facility_announcement", ["Kyocera"], "Isahaya", "JP", "2023"),
                ev("other", ["Kyocera"], "Yasu", "JP", None)])

article("ho-142", "Telecom Argentina doubles General Pacheco data centre as banks move to the cloud", "2025-11-20", """
iProfesional Tecnologia (English service)
Economia | Negocios | Tecnologia | Finanzas | Comex
Telecom Argentina doubles General Pacheco data centre as banks move to the cloud
20/11/2025
Compartir: Facebook Twitter WhatsApp LinkedIn
BUENOS AIRES, Nov 20 - Telecom Argentina opened a second hall at its data centre in General Pacheco, in the north of Buenos Aires province, on Thursday, doubling the site's capacity to 10 megawatts, the company said.
The expansion cost $38 million and was built in 14 months. Banco Galicia and the payments company Prisma Medios de Pago have signed up for most of the new space, moving systems out of their own server rooms in the capital.
Telecom, controlled by the media group Cablevision Holding, runs four other data centres, in Buenos Aires, Cordoba, Rosario and Mendoza. It also owns Personal, its mobile brand, and the Paraguayan operator Nucleo.
The company battles Movistar, the brand of Spain's Telefonica, and Claro for corporate customers, and the three have all added data centre space in the past two years. Telecom has a partnership with Microsoft to sell Azure services bundled with its connectivity and said the new hall would host a dedicated link into Microsoft's network.
Argentina's economic opening has revived investment plans that had been frozen for years. The government's incentive regime for large investments, known as RIGI, has drawn interest from data centre builders; OpenAI and the energy company Sur Energy said last month they were studying a large AI campus in Patagonia, though no site has been chosen.
Telecom chief executive Roberto Nobile said the company would spend $600 million on its networks in 2026, about a tenth of it on data centres.
Photo: The new hall at General Pacheco. (Telecom Argentina)
Ultimas noticias
- Mercado Libre opens Mexico logistics hub
- Despegar sold to Prosus
- YPF signs Vaca Muerta export deal
iProfesional | Terminos | Privacidad
""", companies=[co("Telecom Argentina", "Telecom Argentina", "Telecom"), co("Banco Galicia"), co("Prisma Medios de Pago"), co("Cablevision Holding"),
                co("Personal"), co("Nucleo"), co("Movistar"), co("Telefonica"), co("Claro"), co("Microsoft"), co("OpenAI"), co("Sur Energy")],
        cities=[("Buenos Aires", "AR"), ("General Pacheco", "AR"), ("Cordoba", "AR"), ("Rosario", "AR"), ("Mendoza", "AR")],
        countries=["ES", "AR"],
        facilities=[fac("Telecom Argentina", "data_center", "General Pacheco", "AR", "expanded", 2),
                    fac("Telecom Argentina", "data_center", "Buenos Aires", "AR"),
                    fac("Telecom Argentina", "data_center", "Cordoba", "AR"),
                    fac("Telecom Argentina", "data_center", "Rosario", "AR"),
                    fac("Telecom Argentina", "data_center", "Mendoza", "AR")],
        competitors=[("Telecom Argentina", "Movistar"), ("Telecom Argentina", "Claro")],
        subsidiaries=[("Telecom Argentina", "Cablevision Holding"), ("Personal", "Telecom Argentina"), ("Nucleo", "Telecom Argentina"),
                      ("Movistar", "Telefonica")],
        events=[ev("expansion", ["Telecom Argentina"], "General Pacheco", "AR", "2025-11-20", "$38M"),
                ev("partnership", ["Telecom Argentina", "Banco Galicia"], "General Pacheco", "AR", None),
                ev("partnership", ["Telecom Argentina", "Prisma Medios de Pago"], "General Pacheco", "AR", None),
                ev("partnership", ["Telecom Argentina", "Microsoft"], None, None, None)])

article("ho-143", "Kvarn Compute opens Sundsvall AI data centre on a former paper mill site", "2026-02-05", """
Nordic Data Center Review
News | Sweden | Norway | Finland | Denmark | Iceland | Power | Events
Kvarn Compute opens Sundsvall AI data centre on a former paper mill site
5 February 2026
Share: LinkedIn  X  Facebook  Email
SUNDSVALL, Sweden, Feb 5 - Kvarn Compute, a Stockholm start-up that rents out GPU clusters, on Thursday opened its first data centre, a 30-megawatt building on the site of a paper mill in Sundsvall that closed in 2021.
The company reused the mill's grid connection and its cooling water intake from the Gulf of Bothnia, which it said had cut two years off the time needed to secure power. Sundsvall Energi, the municipal utility, will buy the building's waste heat for the town's district heating network under a 15-year contract.
Kvarn raised 2.1 billion crowns for the project last spring from investors led by EQT Ventures, with debt from SEB. Its first customers are a Swedish bank and Aleph Labs, a Danish language model developer that moved its training work from a cloud provider in Frankfurt.
Chief executive Elin Bergqvist said a second, larger phase of 70 megawatts on the same site would be decided this year, depending on customer demand.
Sundsvall, halfway up Sweden's coast, is a newcomer to the data centre business compared with Lulea further north, where Meta runs a large campus, or Falun, where EcoDataCenter operates. Bergqvist said Kvarn's closest competitor for AI customers was Verda, the Finnish GPU cloud that opened in Mantsala, rather than the bigger colocation operators.
The mill's former owner, forest group SCA, sold the land to Kvarn in 2024. SCA still runs a pulp mill across the bay at Ostrand.
Photo caption: Kvarn Compute's building at the old mill site in Sundsvall. (Kvarn Compute)
Related
- Brookfield's Strangnas campus gets permit
- Fortum signs data centre power deals in Espoo
- Danish operator doubles Esbjerg site
Subscribe to NDCR Weekly | Advertise | Privacy policy | Cookie settings
""", companies=[co("Kvarn Compute", "Kvarn Compute", "Kvarn"), co("Sundsvall Energi"), co("EQT Ventures"), co("SEB"), co("Aleph Labs"), co("Meta"),
                co("EcoDataCenter"), co("Verda"), co("SCA")],
        cities=[("Sundsvall", "SE"), ("Stockholm", "SE"), ("Frankfurt", "DE"), ("Lulea", "SE"), ("Falun", "SE"), ("Mantsala", "FI"), ("Ostrand", "SE")],
        countries=["SE"],
        facilities=[fac("Kvarn Compute", "data_center", "Sundsvall", "SE", "opened", 1),
                    fac("Meta", "campus", "Lulea", "SE"),
                    fac("EcoDataCenter", "data_center", "Falun", "SE"),
                    fac("Verda", "data_center", "Mantsala", "FI", "opened"),
                    fac("SCA", "factory", "Ostrand", "SE")],
        competitors=[("Kvarn Compute", "Verda")],
        events=[ev("facility_opening", ["Kvarn Compute"], "Sundsvall", "SE", "2026-02-05"),
                ev("partnership", ["Kvarn Compute", "Sundsvall Energi"], "Sundsvall", "SE", None),
                ev("investment", ["Kvarn Compute", "EQT Ventures"], None, None, "2025", "SEK2.1B"),
                ev("partnership", ["Kvarn Compute", "Aleph Labs"], None, None, None)])

article("ho-144", "NHN Cloud opens national AI data centre in Gwangju", "2025-12-09", """
The Korea Digital Times
Politics | Economy | ICT | Science | Regions | Opinion
NHN Cloud opens national AI data centre in Gwangju
Posted : 2025-12-09 15:10 | Updated : 2025-12-09 17:48
[Share] [Tweet] [Print] [Font size]
NHN Cloud, the cloud subsidiary of internet company NHN, opened a national AI data centre in Gwangju on Tuesday, giving start-ups, universities and hospitals in the southwestern city access to about 1,000 Nvidia H200 processors.
The 88.5-petaflop facility, in the Cheomdan science park, was built for 146 billion won under a government programme to spread AI infrastructure beyond the Seoul region. The Ministry of Science and ICT paid for most of the hardware and NHN Cloud will run the centre for ten years, renting capacity at discounted prices to companies that move to the city.
It is NHN Cloud's third data centre, after sites in Pangyo and Gimhae, and its first outside a major industrial belt. The company said 210 organisations had already applied to use it.
Gwangju, a metropolitan city of 1.4 million people, should not be confused with Gwangju in Gyeonggi Province, a smaller city south-east of Seoul.
NHN Cloud won the contract in 2023 against a consortium led by KT Cloud, and the two now vie for a string of public AI compute tenders, with Naver Cloud also bidding. NHN Cloud says public-sector work brings in about 40% of its revenue.
Separately, Kakao opened its own data centre in Ansan this year, and Samsung SDS is building one in Gumi for AI customers.
NHN, best known for its Payco payment app and games, spun off NHN Cloud in 2022 and still owns about 60% of it after selling stakes to Korea Development Bank and KB Securities.
"Gwangju wants to be the AI city of Korea, and now it has the hardware to back that up," mayor Kang Gi-jung said at the opening.
Photo: NHN Cloud staff at the Gwangju AI data centre. (NHN Cloud)
Most Viewed
1. Samsung unveils Galaxy S26 lineup
2. SK Telecom fined over data breach
3. LG CNS wins Indonesia order
(c) The Korea Digital Times
""", companies=[co("NHN Cloud"), co("NHN"), co("Nvidia"), co("KT Cloud"), co("Naver Cloud"), co("Kakao"), co("Samsung SDS"),
                co("Korea Development Bank"), co("KB Securities")],
        cities=[("Gwangju", "KR"), ("Seoul", "KR"), ("Pangyo", "KR"), ("Gimhae", "KR"), ("Ansan", "KR"), ("Gumi", "KR")],
        countries=["KR"],
        facilities=[fac("NHN Cloud", "data_center", "Gwangju", "KR", "opened", 3),
                    fac("NHN Cloud", "data_center", "Pangyo", "KR"),
                    fac("NHN Cloud", "data_center", "Gimhae", "KR"),
                    fac("Kakao", "data_center", "Ansan", "KR", "opened"),
                    fac("Samsung SDS", "data_center", "Gumi", "KR", "under_construction")],
        competitors=[("NHN Cloud", "KT Cloud"), ("NHN Cloud", "Naver Cloud")],
        subsidiaries=[("NHN Cloud", "NHN")],
        events=[ev("facility_opening", ["NHN Cloud"], "Gwangju", "KR", "2025-12-09", "₩146B"),
                ev("facility_opening", ["Kakao"], "Ansan", "KR", "2025"),
                ev("facility_announcement", ["Samsung SDS"], "Gumi", "KR"),
                ev("investment", ["NHN Cloud", "Korea Development Bank", "KB Securities"], None, None, None)])

article("ho-145", "Compal opens Hai Phong server plant in bid to catch Quanta and Wistron", "2026-01-20", """
DigiTimes Asia Digest
Supply chain | Servers | Components | PCs | Mobile | Research
Compal opens Hai Phong server plant in bid to catch Quanta and Wistron
Tuesday 20 January 2026
Share  Facebook  LinkedIn  X
Taiwanese notebook maker Compal Electronics opened an AI server assembly plant in the northern Vietnamese port city of Hai Phong on Tuesday, its first factory in the country dedicated to servers rather than laptops.
The plant, in the Trang Due industrial park, cost about $280 million and will employ 4,000 workers at full output in 2027. It will assemble racks built around Nvidia's GB300 processors, mainly for American cloud companies that want supply outside China and Taiwan.
Compal has long been one of the largest contract makers of laptops, but it came late to servers and is trying to catch up with Quanta Computer and Wistron, which between them build most of the AI racks that Nvidia's largest customers buy. Chairman Ray Chen said servers would make up a third of Compal's revenue by 2027, up from under a tenth two years ago.
The company already runs two laptop plants in Vinh Phuc province, near Hanoi, and has a server factory in Mexico's Reynosa that began shipments last year. A plant in Texas is under consideration, Chen said, without giving a location or a timeline.
Hai Phong has become a magnet for Taiwanese electronics makers. Pegatron opened a factory there in 2023, and LG Display and LG Innotek have large plants in the city.
Compal's move comes as Vietnam's government tightens rules on power use for new factories, after outages in the north two summers ago. The company said it had signed a contract with EVN, the state power utility, for a dedicated substation that EVN will build next to the site.
Photo: The Compal plant in Trang Due industrial park. (Compal)
Related stories
- Foxconn weighs Wisconsin AI server expansion
- Inventec lifts Thai capacity
- Nvidia's rack roadmap explained
DIGITIMES Inc. All rights reserved.
""", companies=[co("Compal Electronics", "Compal Electronics", "Compal"), co("Nvidia"), co("Quanta Computer"), co("Wistron"), co("Pegatron"),
                co("LG Display"), co("LG Innotek"), co("EVN")],
        cities=[("Hai Phong", "VN"), ("Hanoi", "VN"), ("Reynosa", "MX")],
        countries=["CN", "TW", "MX", "VN"],
        facilities=[fac("Compal Electronics", "factory", "Hai Phong", "VN", "opened"),
                    fac("Compal Electronics", "factory", None, "VN"),
                    fac("Compal Electronics", "factory", "Reynosa", "MX"),
                    fac("Pegatron", "factory", "Hai Phong", "VN", "opened"),
                    fac("LG Display", "factory", "Hai Phong", "VN"),
                    fac("LG Innotek", "factory", "Hai Phong", "VN")],
        competitors=[("Compal Electronics", "Quanta Computer"), ("Compal Electronics", "Wistron")],
        events=[ev("facility_opening", ["Compal Electronics"], "Hai Phong", "VN", "2026-01-20", "$280M"),
                ev("facility_opening", ["Compal Electronics"], "Reynosa", "MX", "2025"),
                ev("facility_opening", ["Pegatron"], "Hai Phong", "VN", "2023"),
                ev("partnership", ["Compal Electronics", "EVN"], "Hai Phong", "VN", None)])

article("ho-146", "Wingu Africa switches on Dar es Salaam data centre as Tanzania's cloud market opens", "2025-10-28", """
TechCabal East
Home | Fintech | Telecom | Startups | Policy | Events | Newsletters
Wingu Africa switches on Dar es Salaam data centre as Tanzania's cloud market opens
October 28, 2025 | By Amina Juma
Share:  X  LinkedIn  WhatsApp  Facebook
Wingu Africa, a carrier-neutral data centre operator, has opened its first facility in Tanzania, a 3-megawatt building in Dar es Salaam's Kigamboni district that it says is the country's largest privately run data centre.
The site, which cost $45 million, is Wingu's fourth in East Africa after two in Nairobi and one in Djibouti, where the company runs a cable landing station used by most subsea systems passing the Horn of Africa. Wingu is owned by the Dubai-based investment firm Helios Investment Partners, which bought it in 2022.
Tanzania's biggest telecom operators, Vodacom Tanzania and Airtel Tanzania, have signed up as tenants, along with the payments company Selcom. Vodacom Tanzania is majority-owned by South Africa's Vodacom Group.
Until now most Tanzanian companies kept their servers in their own buildings or in the state-run National Internet Data Centre, operated by Tanzania Telecommunications Corporation (TTCL), which has been the main choice for government bodies. Wingu chief executive Maurice Zongo said he expected to compete with TTCL mainly for banks and with iColo, the Digital Realty-owned operator that is planning its own Dar es Salaam site, for the cloud providers.
"Tanzania has 68 million people and until today no neutral home for their data," Zongo said at the launch, attended by the information minister.
Wingu said the site was connected to the 2Africa cable through a landing station operated by Vodacom Tanzania in the city, and that a second phase would double its capacity by 2027 if demand held up.
The company plans to add a site in Zanzibar City next, Zongo said.
Photo: The new Wingu Africa building in Kigamboni. (Wingu Africa)
Also on TechCabal East
- Safaricom's Ethiopia losses narrow
- M-Kopa hits profitability
- Rwanda's Irembo wins Kenya contract
TechCabal | About | Careers | Privacy
""", companies=[co("Wingu Africa", "Wingu Africa", "Wingu"), co("Helios Investment Partners"), co("Vodacom Tanzania"), co("Airtel Tanzania"), co("Selcom"),
                co("Vodacom Group"), co("Tanzania Telecommunications Corporation", "Tanzania Telecommunications Corporation", "TTCL"), co("iColo"),
                co("Digital Realty")],
        cities=[("Dar es Salaam", "TZ"), ("Kigamboni", "TZ"), ("Nairobi", "KE"), ("Djibouti", "DJ"), ("Dubai", "AE"), ("Zanzibar City", "TZ")],
        countries=["TZ", "DJ", "ZA"],
        facilities=[fac("Wingu Africa", "data_center", "Dar es Salaam", "TZ", "opened", 4),
                    fac("Wingu Africa", "data_center", "Nairobi", "KE"),
                    fac("Wingu Africa", "data_center", "Djibouti", "DJ"),
                    fac("Wingu Africa", "other", "Djibouti", "DJ"),
                    fac("Helios Investment Partners", "headquarters", "Dubai", "AE"),
                    fac("Tanzania Telecommunications Corporation", "data_center", None, "TZ"),
                    fac("iColo", "data_center", "Dar es Salaam", "TZ", "planned"),
                    fac("Vodacom Tanzania", "other", "Dar es Salaam", "TZ"),
                    fac("Wingu Africa", "data_center", "Zanzibar City", "TZ", "planned")],
        competitors=[("Wingu Africa", "Tanzania Telecommunications Corporation"), ("Wingu Africa", "iColo")],
        subsidiaries=[("Wingu Africa", "Helios Investment Partners"), ("Vodacom Tanzania", "Vodacom Group"), ("iColo", "Digital Realty")],
        events=[ev("facility_opening", ["Wingu Africa"], "Dar es Salaam", "TZ", "2025-10-28", "$45M"),
                ev("acquisition", ["Helios Investment Partners", "Wingu Africa"], None, None, "2022"),
                ev("partnership", ["Wingu Africa", "Vodacom Tanzania"], "Dar es Salaam", "TZ", None),
                ev("partnership", ["Wingu Africa", "Airtel Tanzania"], "Dar es Salaam", "TZ", None),
                ev("partnership", ["Wingu Africa", "Selcom"], "Dar es Salaam", "TZ", None),
                ev("facility_announcement", ["iColo"], "Dar es Salaam", "TZ"),
                ev("facility_announcement", ["Wingu Africa"], "Zanzibar City", "TZ", "2025-10-28")])

article("ho-147", "Press release: Inka Cloud raises $32 million Series A to build edge data centers across Peru", "2026-03-31", """
Inka Cloud raises $32 million Series A to build edge data centers across Peru
Round led by Kaszek with participation from IDB Invest and Salkantay Ventures
LIMA, Peru, March 31, 2026 /PRNewswire/ -- Inka Cloud S.A.C., a Peruvian provider of cloud and colocation services for mid-sized companies, today announced it has raised $32 million in a Series A financing round led by Kaszek, with participation from IDB Invest, the private sector arm of the Inter-American Development Bank, and Salkantay Ventures.
The company will use the funds to open edge data centers in Arequipa and Trujillo in 2027, adding to its two existing facilities in Lima's Chorrillos and Ate districts, and to expand its sales team in Chile and Ecuador.
Trujillo, the capital of the La Libertad region on Peru's northern coast, and Arequipa in the south are home to mining suppliers, agricultural exporters and regional banks whose systems today run in Lima, more than 500 kilometers away. The new sites will bring latency for those customers below 5 milliseconds, Inka Cloud said.
Inka Cloud has also signed an agreement with Internexa, the fiber network operator owned by Colombia's ISA, to connect all four sites over a dedicated ring.
"Peru's regions have been an afterthought for cloud providers. We started in Lima, but the next million users are outside it," said Lucia Quispe, co-founder and Chief Executive Officer of Inka Cloud.
"Inka Cloud has shown that a local operator can win customers that the global clouds treat as too small," said Hernan Kazah, co-founder and Managing Partner of Kaszek.
Amazon Web Services announced a cloud region in Peru in 2025, and Inka Cloud said it would offer direct connections to it once open.
About Inka Cloud
Founded in 2019 and headquartered in Lima, Inka Cloud operates two data centers in Peru and serves more than 900 business customers. Its investors include Kaszek, IDB Invest, Salkantay Ventures and Angel Ventures.
About Kaszek
Kaszek is a venture capital firm based in Sao Paulo and Buenos Aires that backs technology companies in Latin America.
Media contact: prensa@inkacloud.pe
SOURCE Inka Cloud S.A.C.
""", companies=[co("Inka Cloud"), co("Kaszek"), co("IDB Invest"), co("Inter-American Development Bank"), co("Salkantay Ventures"), co("Internexa"),
                co("ISA"), co("Amazon Web Services"), co("Angel Ventures")],
        cities=[("Lima", "PE"), ("Arequipa", "PE"), ("Trujillo", "PE"), ("Chorrillos", "PE"), ("Ate", "PE"), ("Sao Paulo", "BR"), ("Buenos Aires", "AR")],
        countries=["PE", "CL", "EC", "CO"],
        facilities=[fac("Inka Cloud", "data_center", "Arequipa", "PE", "planned"),
                    fac("Inka Cloud", "data_center", "Trujillo", "PE", "planned"),
                    fac("Inka Cloud", "data_center", "Lima", "PE"),
                    fac("Inka Cloud", "headquarters", "Lima", "PE"),
                    fac("Amazon Web Services", "cloud_region", None, "PE", "announced"),
                    fac("Kaszek", "headquarters", "Sao Paulo", "BR"),
                    fac("Kaszek", "headquarters", "Buenos Aires", "AR")],
        subsidiaries=[("IDB Invest", "Inter-American Development Bank"), ("Internexa", "ISA")],
        events=[ev("investment", ["Inka Cloud", "Kaszek", "IDB Invest", "Salkantay Ventures"], None, None, "2026-03-31", "$32M"),
                ev("facility_announcement", ["Inka Cloud"], "Arequipa", "PE", "2026-03-31"),
                ev("facility_announcement", ["Inka Cloud"], "Trujillo", "PE", "2026-03-31"),
                ev("partnership", ["Inka Cloud", "Internexa"], None, None, "2026-03-31"),
                ev("facility_announcement", ["Amazon Web Services"], None, "PE", "2025")])

article("ho-148", "Dialog Axiata and Hayleys open Colombo data centre, Sri Lanka's first built for AI", "2026-04-22", """
Daily FT Technology
Home | Business | Markets | Tech | Opinion | Columns
Dialog Axiata and Hayleys open Colombo data centre, Sri Lanka's first built for AI
Wednesday, 22 April 2026 00:15
Share  Facebook  X  LinkedIn  WhatsApp
Dialog Axiata and the diversified group Hayleys yesterday opened a 6-megawatt data centre in Colombo's Kelaniya area, the first in Sri Lanka designed for racks of AI processors, in a joint investment of Rs. 19 billion.
The building, on land owned by Hayleys beside the Kelani river, has liquid cooling for up to 40 racks of GPUs and space for 600 conventional racks. It will be run by Dialog Enterprise, the business services division of Dialog Axiata, which already operates a data centre in Malabe and another in Hambantota near the southern port.
Dialog Axiata is majority-owned by Malaysia's Axiata Group, which last year agreed to sell its stake in the Sri Lankan operator to Bharti Airtel in a share swap, a deal still awaiting approval from the Telecommunications Regulatory Commission.
Sri Lanka Telecom, the state-controlled operator and Dialog's main rival in enterprise connectivity, opened its own Tier III data centre in Pitipana in 2024. Dialog also competes for data centre customers with Hutch, the third mobile operator, which has a smaller facility in the city.
Dialog group chief executive Supun Weerasinghe said banks, insurers and garment exporters wanted to train and run AI models inside the country after a new data protection law took effect. "Our customers were sending their data to Singapore and Mumbai. They now have a choice at home," he said.
Hayleys, whose businesses range from gloves to solar, will supply power from a 10-megawatt solar farm it is building in Hambantota. Its chairman Mohan Pandithage said the group was open to further data centre projects with Dialog.
Not to be confused: the Colombo in Brazil's Parana state, a suburb of Curitiba, has no link to the project.
Photo: Officials at the opening in Kelaniya. (Dialog Axiata)
More Tech News
- SLT-Mobitel posts quarterly profit
- Pickme raises fresh funding
- CBSL issues fintech guidelines
Copyright Wijeya Newspapers Ltd.
""", companies=[co("Dialog Axiata", "Dialog Axiata", "Dialog"), co("Hayleys"), co("Dialog Enterprise"), co("Axiata Group"), co("Bharti Airtel"),
                co("Sri Lanka Telecom"), co("Hutch")],
        cities=[("Colombo", "LK"), ("Kelaniya", "LK"), ("Malabe", "LK"), ("Hambantota", "LK"), ("Pitipana", "LK"), ("Singapore", "SG"), ("Mumbai", "IN"),
                ("Colombo", "BR"), ("Curitiba", "BR")],
        countries=["LK", "MY", "SG", "BR"],
        facilities=[fac("Dialog Enterprise", "data_center", "Colombo", "LK", "opened"),
                    fac("Dialog Enterprise", "data_center", "Malabe", "LK"),
                    fac("Dialog Enterprise", "data_center", "Hambantota", "LK"),
                    fac("Sri Lanka Telecom", "data_center", "Pitipana", "LK", "opened"),
                    fac("Hutch", "data_center", "Colombo", "LK"),
                    fac("Hayleys", "other", "Hambantota", "LK", "under_construction")],
        competitors=[("Dialog Axiata", "Sri Lanka Telecom"), ("Dialog Axiata", "Hutch")],
        subsidiaries=[("Dialog Axiata", "Axiata Group"), ("Dialog Enterprise", "Dialog Axiata")],
        events=[ev("facility_opening", ["Dialog Axiata", "Hayleys"], "Colombo", "LK", "2026-04-21", "LKR19B"),
                ev("investment", ["Dialog Axiata", "Hayleys"], "Colombo", "LK", "2026-04-21", "LKR19B"),
                ev("partnership", ["Dialog Axiata", "Hayleys"], "Colombo", "LK", "2026-04-21"),
                ev("acquisition", ["Bharti Airtel", "Dialog Axiata", "Axiata Group"], None, None, "2025"),
                ev("facility_opening", ["Sri Lanka Telecom"], "Pitipana", "LK", "2024")])

# The articles nobody has read for errors yet (see README.md): their own gold file, so the
# scorer (which scores the ids of the gold file) reports them apart.
UNREAD_FROM = 125  # ho-101 to ho-124 were read for errors in session 10 (after their unread figures, at commit 3fbe0a5)
# The newest batch (ho-125 ..), written in session 10 while ho-101 .. ho-124 were read for errors, without
# running the extractor on it or reading its code: its own gold file too, so it can be scored apart from older batches.
NEW_FROM = 125

OUT.mkdir(parents=True, exist_ok=True)
with open(OUT / "articles.jsonl", "w", encoding="utf-8") as a, \
        open(OUT / "gold.jsonl", "w", encoding="utf-8") as g, \
        open(OUT / "gold-unread.jsonl", "w", encoding="utf-8") as u, \
        open(OUT / "gold-new.jsonl", "w", encoding="utf-8") as n:
    for art, gold in ARTICLES:
        a.write(json.dumps(art, ensure_ascii=False) + "\n")
        g.write(json.dumps(gold, ensure_ascii=False) + "\n")
        num = int(gold["id"].split("-")[1])
        if num >= UNREAD_FROM:
            u.write(json.dumps(gold, ensure_ascii=False) + "\n")
        if num >= NEW_FROM:
            n.write(json.dumps(gold, ensure_ascii=False) + "\n")
print(len(ARTICLES), "articles")

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

    python3 bench/heldout/make.py bench/heldout     # writes articles.jsonl and gold.jsonl
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

# The articles nobody has read for errors yet (see README.md): their own gold file, so the
# scorer (which scores the ids of the gold file) reports them apart.
UNREAD_FROM = 13

OUT.mkdir(parents=True, exist_ok=True)
with open(OUT / "articles.jsonl", "w", encoding="utf-8") as a, \
        open(OUT / "gold.jsonl", "w", encoding="utf-8") as g, \
        open(OUT / "gold-unread.jsonl", "w", encoding="utf-8") as u:
    for art, gold in ARTICLES:
        a.write(json.dumps(art, ensure_ascii=False) + "\n")
        g.write(json.dumps(gold, ensure_ascii=False) + "\n")
        if int(gold["id"].split("-")[1]) >= UNREAD_FROM:
            u.write(json.dumps(gold, ensure_ascii=False) + "\n")
print(len(ARTICLES), "articles")

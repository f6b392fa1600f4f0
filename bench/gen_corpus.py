"""Generate a synthetic tech-news corpus (JSON Lines) for the techkg benchmarks.

Every sentence comes from templates written here. Companies are a mix of
well-known names from `loaders/data/companies.tsv` and invented ones
("Quillion Systems"); places come from a fixed list of real cities. Facts are
drawn from a pool of *stories* (about one per three articles), and each
article retells one story in its own words and mentions another in passing,
so the same facility, deal or rivalry reaches the graph from several articles
and entity resolution and event merging have work to do.

    python bench/gen_corpus.py --articles 10000 --seed 7 --out corpus.jsonl
    python bench/gen_corpus.py --articles 5 | head -c 600

Output is streamed: one article is built, written and dropped at a time, so
100,000 articles take no more memory than ten. Same seed and size, same bytes.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

KB_PATH = Path(__file__).resolve().parent.parent / "loaders" / "data" / "companies.tsv"
TECH_SECTORS = {"software", "telecom", "internet", "semiconductor", "hardware", "datacenter",
                "ai", "cloud", "automotive", "ev", "industrial"}
SECTOR_WORDS = {"datacenter": "data-center", "ai": "artificial intelligence", "ev":
                "electric-vehicle", "internet": "internet", "cloud": "cloud computing"}
MIN_BYTES, MAX_BYTES = 2048, 4096

# Real cities with their countries (name|country), chosen where tech news happens.
CITIES_TEXT = """
Dublin|Ireland Cork|Ireland London|United Kingdom Manchester|United Kingdom
Edinburgh|United Kingdom Cardiff|United Kingdom Paris|France Lyon|France
Marseille|France Toulouse|France Berlin|Germany Frankfurt|Germany Munich|Germany
Hamburg|Germany Dresden|Germany Stuttgart|Germany Amsterdam|Netherlands
Rotterdam|Netherlands Eindhoven|Netherlands Brussels|Belgium Antwerp|Belgium
Luxembourg|Luxembourg Zurich|Switzerland Geneva|Switzerland Vienna|Austria
Milan|Italy Rome|Italy Turin|Italy Madrid|Spain Barcelona|Spain Valencia|Spain
Lisbon|Portugal Porto|Portugal Copenhagen|Denmark Aarhus|Denmark Stockholm|Sweden
Gothenburg|Sweden Oslo|Norway Stavanger|Norway Helsinki|Finland Tampere|Finland
Reykjavik|Iceland Warsaw|Poland Krakow|Poland Wroclaw|Poland Prague|Czechia
Brno|Czechia Budapest|Hungary Bucharest|Romania Cluj-Napoca|Romania Sofia|Bulgaria
Athens|Greece Istanbul|Turkey Ankara|Turkey Tallinn|Estonia Riga|Latvia
Vilnius|Lithuania Belgrade|Serbia Zagreb|Croatia Ljubljana|Slovenia
Bratislava|Slovakia Kyiv|Ukraine New York|United States Boston|United States
Chicago|United States Austin|United States Dallas|United States Houston|United States
Phoenix|United States Chandler|United States Denver|United States Seattle|United States
Portland|United States San Francisco|United States San Jose|United States
Los Angeles|United States San Diego|United States Atlanta|United States
Miami|United States Charlotte|United States Columbus|United States
Pittsburgh|United States Detroit|United States Minneapolis|United States
Salt Lake City|United States Las Vegas|United States Reno|United States
Ashburn|United States Richmond|United States Raleigh|United States
Nashville|United States Omaha|United States Des Moines|United States
Kansas City|United States Albany|United States Syracuse|United States
Toronto|Canada Montreal|Canada Vancouver|Canada Calgary|Canada Ottawa|Canada
Waterloo|Canada Quebec City|Canada Mexico City|Mexico Monterrey|Mexico
Guadalajara|Mexico Queretaro|Mexico Tijuana|Mexico Sao Paulo|Brazil
Rio de Janeiro|Brazil Campinas|Brazil Curitiba|Brazil Porto Alegre|Brazil
Buenos Aires|Argentina Cordoba|Argentina Santiago|Chile Valparaiso|Chile
Lima|Peru Bogota|Colombia Medellin|Colombia Quito|Ecuador Montevideo|Uruguay
Panama City|Panama San Jose|Costa Rica Tokyo|Japan Osaka|Japan Nagoya|Japan
Fukuoka|Japan Sapporo|Japan Kumamoto|Japan Kyoto|Japan Seoul|South Korea
Busan|South Korea Incheon|South Korea Pyeongtaek|South Korea Taipei|Taiwan
Hsinchu|Taiwan Taichung|Taiwan Tainan|Taiwan Kaohsiung|Taiwan Shanghai|China
Beijing|China Shenzhen|China Guangzhou|China Hangzhou|China Chengdu|China
Wuhan|China Suzhou|China Nanjing|China Xi'an|China Hong Kong|Hong Kong
Singapore|Singapore Kuala Lumpur|Malaysia Penang|Malaysia Johor Bahru|Malaysia
Bangkok|Thailand Chiang Mai|Thailand Jakarta|Indonesia Batam|Indonesia
Surabaya|Indonesia Manila|Philippines Cebu|Philippines Hanoi|Vietnam
Ho Chi Minh City|Vietnam Da Nang|Vietnam Mumbai|India Delhi|India
Bengaluru|India Hyderabad|India Chennai|India Pune|India Noida|India
Ahmedabad|India Kolkata|India Dhaka|Bangladesh Karachi|Pakistan Lahore|Pakistan
Colombo|Sri Lanka Sydney|Australia Melbourne|Australia Brisbane|Australia
Perth|Australia Adelaide|Australia Canberra|Australia Auckland|New Zealand
Wellington|New Zealand Christchurch|New Zealand Dubai|United Arab Emirates
Abu Dhabi|United Arab Emirates Riyadh|Saudi Arabia Jeddah|Saudi Arabia
Dammam|Saudi Arabia Doha|Qatar Manama|Bahrain Muscat|Oman Kuwait City|Kuwait
Tel Aviv|Israel Haifa|Israel Jerusalem|Israel Amman|Jordan Cairo|Egypt
Alexandria|Egypt Casablanca|Morocco Rabat|Morocco Tangier|Morocco Tunis|Tunisia
Lagos|Nigeria Abuja|Nigeria Accra|Ghana Nairobi|Kenya Mombasa|Kenya Kigali|Rwanda
Addis Ababa|Ethiopia Dar es Salaam|Tanzania Kampala|Uganda Johannesburg|South Africa
Cape Town|South Africa Durban|South Africa Dakar|Senegal Abidjan|Ivory Coast
Luanda|Angola Almaty|Kazakhstan Tashkent|Uzbekistan Baku|Azerbaijan Tbilisi|Georgia
Yerevan|Armenia
"""

# (kind, phrases, capacity maker) -- the words news uses for each facility kind.
KINDS: dict[str, list[str]] = {
    "data_center": ["data center", "data centre", "hyperscale data center"],
    "cloud_region": ["cloud region"],
    "fab": ["chip fab", "semiconductor fab", "wafer fab"],
    "factory": ["factory", "manufacturing plant", "assembly plant"],
    "office": ["office", "engineering office"],
    "headquarters": ["headquarters", "regional headquarters"],
    "rnd_center": ["research and development center", "R&D center", "research center"],
    "campus": ["campus", "technology campus"],
}
KIND_WEIGHTS = [30, 12, 8, 12, 14, 6, 10, 8]
ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth"]
SYL_A = ["Quill", "Brisk", "Nov", "Tern", "Vel", "Ost", "Kal", "Mer", "Arl", "Zen", "Pell",
         "Cor", "Lum", "Fen", "Tav", "Sol", "Dro", "Hal", "Ryn", "Vex", "Ember", "Orb", "Cask"]
SYL_B = ["ion", "ara", "ex", "ium", "o", "ity", "wave", "stone", "forge", "line", "ly",
         "era", "mark", "path", "gate", "field", "loop", "ant"]
SUFFIX = ["Systems", "Labs", "Networks", "Technologies", "Robotics", "Semiconductor",
          "Cloud", "Data", "Analytics", "Devices", "Software", "Energy Systems"]
FIRST = ["Marta", "Daniel", "Priya", "Kenji", "Amara", "Lucas", "Sofia", "Omar", "Hannah",
         "Wei", "Elena", "Tomas", "Aisha", "Jonas", "Mei", "Rafael", "Ingrid", "Samuel"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Ruiz", "Novak", "Haddad", "Brennan",
        "Castillo", "Varga", "Mensah", "Kowalski", "Iyer", "Fischer", "Osei", "Duarte"]
TITLES = ["chief executive", "head of infrastructure", "chief operating officer",
          "vice president for global operations", "country manager"]


@dataclass(frozen=True, slots=True)
class Firm:
    name: str  # the full name used on first mention
    short: str  # the name used afterwards (an alias or the name without suffix)
    about: str  # a description for the background paragraph


@dataclass(frozen=True, slots=True)
class Story:
    """One fact pattern that several articles retell."""

    firm: Firm
    kind: str
    city: str
    country: str
    status: str  # opened | announced | under_construction | expanded | planned
    ordinal: int | None
    capacity: str | None
    investment: str | None
    date: tuple[int, int, int]
    rivals: tuple[Firm, Firm]
    partner: Firm
    target: Firm  # an acquisition target
    deal: str
    jobs: int
    person: str
    role: str


@lru_cache(maxsize=1)
def _cities() -> tuple[tuple[str, str], ...]:
    # Entries are "City|Country" separated by spaces; both may hold spaces, so the
    # multi-word countries are matched first and the rest of each chunk is the next city.
    chunks = " ".join(CITIES_TEXT.split()).split("|")
    countries = sorted({"United Kingdom", "United States", "United Arab Emirates", "Saudi Arabia",
                        "South Korea", "South Africa", "New Zealand", "Sri Lanka", "Hong Kong",
                        "Costa Rica", "Ivory Coast"}, key=len, reverse=True)
    result: list[tuple[str, str]] = []
    name = chunks[0].strip()
    for chunk in chunks[1:]:
        chunk = chunk.strip()
        country = next((c for c in countries if chunk.startswith(c)), chunk.split(" ")[0])
        result.append((name, country))
        name = chunk[len(country):].strip()
    return tuple(result)


@lru_cache(maxsize=1)
def _known_firms() -> tuple[Firm, ...]:
    """Well-known companies from the KB: tech sectors, no ambiguous names or units."""
    firms = []
    for line in KB_PATH.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("name\t"):
            continue
        cols = line.split("\t") + [""] * 6
        name, aliases, _parent, _cc, sector, flags = cols[:6]
        if sector not in TECH_SECTORS or "ambiguous" in flags or "unit" in flags:
            continue
        alias = next((a for a in aliases.split("|") if a and len(a) > 2), name)
        firms.append(Firm(name, alias, f"the {SECTOR_WORDS.get(sector, sector)} company"))
    return tuple(firms)


def _invented_firms(seed: int, n: int = 400) -> list[Firm]:
    rng = random.Random(f"{seed}:firms")
    cities = _cities()
    seen: set[str] = set()
    out: list[Firm] = []
    while len(out) < n:
        stem = rng.choice(SYL_A) + rng.choice(SYL_B)
        if stem in seen:
            continue
        seen.add(stem)
        city, country = rng.choice(cities)
        about = (f"a {city}-based {rng.choice(['startup', 'company', 'specialist'])} founded in "
                 f"{rng.randint(2008, 2022)}")
        out.append(Firm(f"{stem} {rng.choice(SUFFIX)}", stem, about))
    return out


class Generator:
    """Builds article `i` of a corpus of `n` from `seed`, each independently of the others."""

    def __init__(self, seed: int, n: int) -> None:
        self.seed = seed
        self.n_stories = max(1, n // 3)
        self.known = _known_firms()
        self.invented = _invented_firms(seed)
        self.cities = _cities()

    def firm(self, rng: random.Random) -> Firm:
        return rng.choice(self.known if rng.random() < 0.6 else self.invented)

    def story(self, k: int) -> Story:
        """Story `k`: the same for every article that retells it."""
        rng = random.Random(f"{self.seed}:story:{k}")
        firm = self.firm(rng)
        kind = rng.choices(list(KINDS), KIND_WEIGHTS)[0]
        city, country = rng.choice(self.cities)
        status = rng.choice(["opened", "announced", "under_construction", "expanded", "planned"])
        ordinal = rng.choice([None, None, 1, 2, 2, 3, 4, 5])
        capacity = {
            "data_center": f"{rng.choice([24, 48, 60, 96, 120, 150, 300])} MW",
            "cloud_region": f"{rng.choice([2, 3, 3, 4])} availability zones",
            "fab": f"{rng.choice([20, 30, 40, 60, 100])},000 wafers a month",
            "factory": f"{rng.choice([50, 120, 200, 500])},000 units a year",
        }.get(kind)
        cur = rng.choice(["$", "$", "€", "£"])
        amount = rng.choice([150, 300, 450, 800, 1.2, 2.5, 5, 10])
        unit = "million" if amount >= 100 else "billion"
        investment = f"{cur}{amount:g} {unit}" if rng.random() < 0.8 else None
        rivals = (self.firm(rng), self.firm(rng))
        date = (rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28))
        return Story(firm, kind, city, country, status, ordinal, capacity, investment, date,
                     rivals, self.firm(rng), rng.choice(self.invented),
                     f"${rng.choice([40, 75, 120, 260, 480, 900])} million",
                     rng.choice([40, 120, 250, 600, 1500, 3000]),
                     f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(TITLES))

    def article(self, i: int) -> dict[str, str]:
        """Article `i` as a JSON-ready dict: id, url, title, published, text."""
        rng = random.Random(f"{self.seed}:article:{i}")
        s = self.story(rng.randrange(self.n_stories))
        other = self.story(rng.randrange(self.n_stories))
        y, m, d = s.date
        day = min(28, d + rng.randint(0, 9))
        published = f"{y:04d}-{m:02d}-{day:02d}"
        title, paras = _write(s, other, rng)
        text = _fit("\n\n".join(paras), paras, s, rng)
        slug = "-".join(title.lower().replace(",", "").replace("'", "").split()[:8])
        return {"id": f"synth-s{self.seed}-{i:07d}",
                "url": f"https://synthetic-news.example/{y}/{m:02d}/{slug}-{i}",
                "title": title, "published": published, "text": text}


def _verb(s: Story, rng: random.Random) -> str:
    return {
        "opened": rng.choice(["has opened", "opened", "officially opened"]),
        "announced": rng.choice(["announced plans to build", "will build", "unveiled plans for"]),
        "under_construction": rng.choice(["broke ground on", "started construction of"]),
        "expanded": rng.choice(["is expanding", "expanded"]),
        "planned": rng.choice(["plans to open", "intends to open"]),
    }[s.status]


def _facility_phrase(s: Story, rng: random.Random) -> str:
    noun = rng.choice(KINDS[s.kind])
    art = "an" if noun[0] in "aeiouAEIOU" or noun.startswith("R&D") else "a"
    if s.status == "expanded":
        return f"its {noun}"
    if s.ordinal:
        return f"its {ORDINALS[s.ordinal - 1]} {noun}"
    return f"{art} new {noun}" if rng.random() < 0.7 else f"{art} {noun}"


def _write(s: Story, o: Story, rng: random.Random) -> tuple[str, list[str]]:
    f, place = s.firm, f"{s.city}, {s.country}"
    fac = _facility_phrase(s, rng)
    verb = _verb(s, rng)
    noun = KINDS[s.kind][0]
    title = rng.choice([
        f"{f.name} {verb} {fac} in {s.city}",
        f"{f.short} bets on {s.city} with {noun} plan",
        f"{f.name} picks {s.country} for {noun}",
        f"Why {f.short} chose {s.city} for its next {noun}",
    ])
    money = f", a project worth {s.investment}" if s.investment else ""
    paras = [rng.choice([
        f"{f.name} {verb} {fac} in {place}{money}, the company said on "
        f"{rng.choice(['Monday', 'Tuesday', 'Wednesday', 'Thursday'])}.",
        f"{f.name} said it {verb} {fac} in {place}{money}.",
        f"In {s.city}, {f.name} {verb} {fac}{money}, according to a company statement.",
    ])]
    detail = []
    if s.capacity:
        detail.append(f"The site will have {s.capacity} of capacity when fully built.")
    detail.append(f"{f.short} expects the project to create about {s.jobs} jobs in the region.")
    if s.investment:
        detail.append(f"The {s.investment} budget covers land, buildings, equipment and "
                      "power contracts over the next several years.")
    paras.append(" ".join(detail))
    paras.append(rng.choice([
        f"{f.short}, {f.about}, already runs sites in several countries, and {s.city} "
        f"will be one of its largest investments in {s.country} so far.",
        f"Founded as a small team, {f.short} is now {f.about} with customers on several "
        f"continents; the {s.city} project is part of a wider expansion plan.",
    ]) if f.about.startswith("a ") else rng.choice([
        f"For {f.name}, {f.about}, the {s.city} site adds to a long list of facilities "
        f"around the world.",
        f"{f.name} has been expanding its footprint steadily, and {s.country} has become "
        "one of its priority markets.",
    ]))
    paras.append(KIND_DETAIL[s.kind].format(city=s.city, country=s.country, firm=f.short))
    paras.append(rng.choice([
        f"\"{s.city} gives us the talent, the power and the customers we need,\" said "
        f"{s.person}, {s.role} of {f.short}. \"We intend to keep growing here.\"",
        f"\"This is a long-term commitment to {s.country},\" {s.person}, the {s.role} at "
        f"{f.short}, said in a statement.",
    ]))
    a, b = s.rivals
    if a.name != f.name and b.name != f.name and a.name != b.name:
        paras.append(rng.choice([
            f"{f.short} competes with {a.name} and {b.name} for large enterprise contracts, "
            f"and all three have been adding capacity in the region.",
            f"The move puts {f.short} in closer competition with rivals {a.name} and {b.name}.",
            f"Analysts see {a.name} as {f.short}'s main rival in the market, with {b.name} "
            "a distant third.",
        ]))
    if rng.random() < 0.5 and s.target.name != f.name:
        paras.append(rng.choice([
            f"Earlier this year {f.name} agreed to acquire {s.target.name} for {s.deal}, "
            f"adding engineers who will work at the new site.",
            f"{f.short} completed its acquisition of {s.target.name}, a smaller specialist, "
            f"in a deal valued at {s.deal}.",
        ]))
    if rng.random() < 0.5 and s.partner.name != f.name:
        paras.append(rng.choice([
            f"{f.name} also announced a partnership with {s.partner.name} to supply "
            "equipment and services for the project.",
            f"{s.partner.name} and {f.short} signed a multi-year partnership covering "
            "network links and energy for the facility.",
        ]))
    if o.firm.name != f.name:
        paras.append(f"Separately, {o.firm.name} {_verb(o, rng)} {_facility_phrase(o, rng)} "
                     f"in {o.city}, {o.country}.")
    return title, paras


KIND_DETAIL = {
    "data_center": "The {city} data center will use outside air and recycled water for "
    "cooling for much of the year, and {firm} said it had signed long-term contracts for "
    "wind and solar power to cover its electricity use.",
    "cloud_region": "A local cloud region lets customers in {country} keep data inside the "
    "country and cut network delays; each zone in the {city} region sits in separate "
    "buildings with independent power and cooling.",
    "fab": "The fab in {city} will make chips on mature and advanced process nodes for "
    "carmakers, phone makers and industrial customers, and {firm} will train local "
    "technicians with nearby universities.",
    "factory": "The {city} plant will assemble products for customers across the region, "
    "and {firm} said it would source parts from local suppliers where it can.",
    "office": "The {city} office will house engineering, sales and customer support staff, "
    "and {firm} said it would hire mostly from the local market.",
    "headquarters": "Moving its headquarters to {city} brings executives closer to "
    "customers and investors in {country}, {firm} said.",
    "rnd_center": "Engineers at the {city} center will work on software, machine learning "
    "and new hardware designs, and {firm} plans joint projects with universities in {country}.",
    "campus": "The {city} campus will combine offices, labs and test facilities on one site, "
    "with room for further buildings later, {firm} said.",
}

FILLER = [
    "Demand for computing capacity has risen sharply as businesses move more of their "
    "work to the cloud and train larger artificial intelligence models, and operators are "
    "competing for land, grid connections and skilled staff in a small number of markets.",
    "Local officials welcomed the investment, saying it would bring construction work, "
    "long-term technical jobs and tax revenue, although some residents have raised "
    "concerns about water use and the strain on the regional power grid.",
    "The company did not give a precise opening date, saying only that construction "
    "would proceed in phases and that the first buildings could be ready within two years.",
    "Industry groups say that permitting delays and shortages of transformers and "
    "switchgear remain the main obstacles for new projects, more than financing.",
    "Over the past decade the region has attracted a steady stream of technology "
    "investment thanks to its universities, its fibre links and a stable supply of "
    "renewable electricity.",
    "Investors reacted calmly to the news, and shares in the company were little changed "
    "in afternoon trading.",
    "Executives said the site had been chosen after a two-year search that compared "
    "several candidate locations on energy prices, labour costs and travel times.",
    "The project still needs final approval from planning authorities, which is "
    "expected later this year.",
]


FILLER += [
    "Analysts said the announcement showed how quickly spending on digital "
    "infrastructure is growing, and how much of it now goes to markets outside the "
    "traditional hubs.",
    "Construction firms, equipment makers and utilities have all reported record order "
    "books as a result of the current building boom.",
    "Some economists warn that the rush of new projects could leave parts of the market "
    "with spare capacity if demand cools, but most operators say they see no sign of that yet.",
    "Training programmes with technical colleges are meant to ensure that enough "
    "electricians, network engineers and technicians are available once the site opens.",
]


def _fit(text: str, paras: list[str], s: Story, rng: random.Random) -> str:
    """Pad with background paragraphs to at least MIN_BYTES; never above MAX_BYTES."""
    fillers = FILLER[:]
    rng.shuffle(fillers)
    out = list(paras)
    size = len(text.encode("utf-8"))
    goal = MIN_BYTES + 64 + rng.randint(0, 1400)
    for extra in fillers + [f"{s.firm.short} said it would share more details about the "
                            f"{s.city} project in the coming months."]:
        if size >= goal:
            break
        if size + len(extra) + 2 > MAX_BYTES - 64:
            break
        out.insert(len(out) - 1 if len(out) > 2 else len(out), extra)
        size += len(extra.encode("utf-8")) + 2
    return "\n\n".join(out)


def generate(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    """Yield `n` articles for `seed`, one at a time (nothing is kept between them)."""
    gen = Generator(seed, n)
    for i in range(n):
        yield gen.article(i)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000, help="how many articles (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    ap.add_argument("--out", default="-", help="output .jsonl file, or - for stdout (default)")
    args = ap.parse_args(argv)
    if args.articles < 0:
        ap.error("--articles must be 0 or more")
    fh = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for art in generate(args.articles, args.seed):
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    except BrokenPipeError:  # `| head` closed the pipe: stop quietly
        return 0
    finally:
        if fh is not sys.stdout:
            fh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

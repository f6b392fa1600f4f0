"""Event rules from session 7: launches of plainly named products, partnerships told
without the word "partner", sites whose construction began, and dates told relative to
the publish day. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.dates import find_date
from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None, published: str | None = "2026-01-20") -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=published))


def events(r: Extraction) -> set[tuple[str, tuple[str, ...]]]:
    return {(e.type, tuple(e.companies)) for e in r.events}


def types(r: Extraction) -> list[str]:
    return [e.type for e in r.events]


# --- launches of a product told by a plain name -----------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Alphabet unveiled Larchmont, the eighth generation of its AI chips, on Tuesday.",
     "Alphabet"),
    ("Qualcomm introduced Oryon, its next processor core, at a press event.", "Qualcomm"),
    ("Salesforce rolled out Agentforce to all of its customers.", "Salesforce"),
    ("Mistral debuted Magistral, its first reasoning model.", "Mistral AI"),
    ("Samsung introduced the Galaxy Ring at its Unpacked event in Paris.",
     "Samsung Electronics"),
    ("Nvidia unveiled Blackwell Ultra at its developer conference.", "Nvidia"),
])
def test_a_product_told_by_its_plain_name_is_launched(text: str, company: str) -> None:
    assert ("product_launch", (company,)) in events(run(text))


@pytest.mark.parametrize("text", [
    "Intel introduced Michelle Tan as its new chief financial officer.",
    "At the dinner, Tesla introduced Lindqvist to a Sony board member.",
    "Cisco unveiled Tuesday a plan to cut costs.",
    "The chip will use IBM's newly launched Quantum Safe Program.",
    "Verizon launched the Connected Schools Initiative in Ohio.",
])
def test_a_person_a_day_or_a_programme_after_a_launch_word_is_no_product(text: str) -> None:
    assert "product_launch" not in types(run(text))


# --- partnerships told without the word "partner" ----------------------------------------

@pytest.mark.parametrize(("text", "pair"), [
    ("Samsung SDI and Stellantis will build a second battery plant in Kokomo, Indiana, "
     "the two companies said on Monday.", ("Samsung SDI", "Stellantis")),
    ("Hyundai Motor and LG Energy Solution will jointly build a cell plant in Georgia.",
     ("Hyundai Motor", "LG Energy Solution")),
    ("Toyota and Sony said on Monday they would jointly develop electric cars.",
     ("Toyota", "Sony")),
    ("Siemens will cooperate with Nvidia on factory simulation software.",
     ("Siemens", "Nvidia")),
    ("Oracle will provide OpenAI with computing capacity from its Texas sites.",
     ("Oracle", "OpenAI")),
    ("Sony has enlisted TSMC to make its image sensors.",
     ("Sony", "Taiwan Semiconductor Manufacturing")),
    ("LG and Meta will co-develop mixed-reality headsets.", ("LG Corp", "Meta")),
    ("Airbus and Thales agreed to combine their satellite businesses.", ("Airbus", "Thales")),
    ("Nokia and Samsung agreed to cross-license their 5G patents.",
     ("Nokia", "Samsung Electronics")),
    ("Orange, Vodafone and Telefonica formed a consortium to build an edge cloud.",
     ("Orange", "Vodafone")),
])
def test_work_done_together_is_a_partnership(text: str, pair: tuple[str, str]) -> None:
    r = run(text)
    assert any(e.type == "partnership" and set(pair) <= set(e.companies) for e in r.events)


@pytest.mark.parametrize("text", [
    "Apple and Google reported higher sales, the two companies said.",
    "Intel and AMD said they would cut jobs this year.",
    "Apple and Google jointly dominate the phone market.",
    "Renault is weighing possible cooperation with Geely, its chief said.",
    "Siemens sold its handset unit for a token sum to the Falcon consortium, led by Lazard.",
    "Sam Lin co-founded Stripe and later joined Airbnb as an engineer.",
    "Meta said it had jointly developed the ranking model with Instagram, its photo app.",
])
def test_no_partnership_without_two_companies_working_together(text: str) -> None:
    assert "partnership" not in types(run(text))


# --- sites whose construction began ---------------------------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Work began on Meta's data center in Richland Parish, Louisiana, earlier this month.",
     "Meta"),
    ("Ground was broken on Tesla's new factory in Monterrey, Mexico.", "Tesla"),
    ("Crews have begun construction on the Apple office in Austin, Texas.", "Apple"),
    ("Work is under way on Amazon's campus in Mesa, Arizona.", "Amazon"),
])
def test_a_site_whose_construction_began_is_announced(text: str, company: str) -> None:
    r = run(text)
    assert ("facility_announcement", (company,)) in events(r)


def test_groundbreaking_research_is_no_construction() -> None:
    r = run("Nvidia runs a lab in Tel Aviv, where it does groundbreaking research.")
    assert "facility_announcement" not in types(r)


# --- dates ---------------------------------------------------------------------------------

PUB = dt.date(2026, 1, 20)  # a Tuesday


@pytest.mark.parametrize(("sentence", "date"), [
    ("The deal closed in the third quarter.", "2025"),
    ("The deal is expected to close in the third quarter.", "2026"),
    ("Revenue rose in the fourth quarter of last year.", "2025"),
    ("Results for Q3 2024 beat forecasts.", "2024"),
    ("The company said last Tuesday that it had bought the startup.", "2026-01-13"),
    ("The company said on Tuesday that it had bought the startup.", "2026-01-20"),
    ("The plant opened on March 3.", "2025-03-03"),
    ("The plant will open on March 3.", "2026-03-03"),
    ("The plant will open in March.", "2026-03"),
    ("The plant opened in March.", "2025-03"),
    ("The deal was signed on 3 March.", "2025-03-03"),
    ("The region was announced in mid-2025.", "2025"),
    ("The fab was announced late last year.", "2025"),
    ("It opened its office earlier this month.", "2026-01"),
    ("It will open a campus by the end of 2027.", "2027"),
    ("Shipments begin next spring.", "2026"),
    ("The startup was bought last fall.", "2025"),
    ("The deal closed last week.", "2026-01"),
])
def test_relative_dates_resolve_against_the_publish_day(sentence: str, date: str) -> None:
    assert find_date(sentence, PUB) == date


def test_a_month_to_come_is_next_year_s_in_a_late_story() -> None:
    assert find_date("The plant will open in March.", dt.date(2025, 11, 5)) == "2026-03"
    assert find_date("It opened in December.", dt.date(2026, 1, 5)) == "2025-12"


def test_a_quarter_without_a_publish_day_is_unknown() -> None:
    assert find_date("The deal closed in the third quarter.", None) is None


# --- found reading unseen articles ------------------------------------------------------------

@pytest.mark.parametrize(("text", "company"), [
    ("Sony's new handheld has gone on sale in Brazil.", "Sony"),
    ("Valve's new handheld hits the shelves in Japan on Friday.", "Valve"),
    ("Snowflake announced the general availability of its vector search service.",
     "Snowflake"),
    ("Dell unveils low-cost 'Pro Max' laptops", "Dell Technologies"),
    ("Lenovo has unveiled a new, lighter ThinkPad notebook for students.", "Lenovo"),
])
def test_a_product_on_sale_or_generally_available_is_launched(text: str, company: str) -> None:
    assert ("product_launch", (company,)) in events(run(text))


@pytest.mark.parametrize("text", [
    "Sharp is working alongside Ericsson to launch a music app.",
    "Insurers could launch Google-style apps of their own instead of renting them.",
    "Lucid postponed the unveiling of its robotaxi until 2027.",
    "Once it goes on sale, the Sony dock will cost about 40 euros.",
    "The cache, which is generally available to all Snowflake users, speeds up queries.",
    "The ad agency helped launch the 'Think Small' campaign at Volkswagen.",
    "When its founders launched iRobot in 1990, home robots were rare.",
])
def test_a_launch_to_come_delayed_or_described_is_none(text: str) -> None:
    assert "product_launch" not in types(run(text))


def test_agreeing_a_deal_is_a_partnership() -> None:
    r = run("Philips and Spotify have agreed a deal to bring playlists to its TVs.")
    assert ("partnership", ("Philips", "Spotify")) in events(r)


def test_a_month_of_last_year() -> None:
    pub = dt.date(2026, 9, 30)
    assert find_date("The rival model came out in August of last year.", pub) == "2025-08"
    assert find_date("The plant opened in March last year.", pub) == "2025-03"
    assert find_date("The plant will open in March next year.", pub) == "2027-03"


def test_a_deal_for_later_is_dated_on_the_day_it_is_told() -> None:
    r = run("Hyundai Motor and LG Energy Solution will jointly build a battery plant, with "
            "production starting in 2028.", published="2026-01-16")
    assert [(e.type, e.date) for e in r.events if e.type == "partnership"] == [
        ("partnership", "2026-01-16")]
    r = run("Amazon Web Services will invest $12.7 billion in India by 2030.",
            published="2026-06-10")
    assert [e.date for e in r.events if e.type == "investment"] == ["2026-06-10"]


def test_a_product_told_as_the_subject_is_its_maker_s_launch() -> None:
    r = run("Volvo Cars will build a new electric estate at its Ghent plant. The car, unveiled "
            "at the Paris motor show, will compete with BMW's i5.")
    assert ("product_launch", ("Volvo Cars",)) in events(r)
    assert not any(e.type == "product_launch" and "BMW" in e.companies for e in r.events)
    r = run("Apple said its sales rose. The Samsung phone, unveiled in Seoul, costs less.")
    assert ("product_launch", ("Samsung Electronics",)) in events(r)
    r = run("Zentra Corp said sales rose. The startup, launched in Berlin in 2016, now sells "
            "worldwide.")
    assert "product_launch" not in types(r)


def test_a_product_named_like_a_company_launched_in_a_market_is_a_launch() -> None:
    r = run("Cloudflare launches Workers AI in India. Workers AI runs models on GPUs in Mumbai.",
            published="2026-12-01")
    assert ("product_launch", ("Cloudflare",)) in events(r)


def test_a_round_secured_is_the_day_s_news() -> None:
    r = run("Battery recycling is drawing money. Kestrion, a Lyon-based recycling startup, has "
            "secured $35 million in Series A funding led by Eurazeo.", published="2026-04-07")
    assert [e.date for e in r.events if e.type == "investment"] == ["2026-04-07"]


# --- more wire phrasings ---------------------------------------------------------------------

def test_the_acquisition_of_x_by_y_names_y_as_buyer() -> None:
    r = run("Shareholders cheered. The acquisition of Zorbit by Acme Corp was called off.")
    assert ("other", ("Acme", "Zorbit")) in events(r)
    r = run("Traders cheered. The $9 billion purchase of Zorbit by Acme Corp closed on Friday.")
    assert ("acquisition", ("Acme", "Zorbit")) in events(r)


def test_a_round_closed_in_euros_is_an_investment() -> None:
    r = run("Aleph Alpha closed a 500 million euro round led by Bosch.")
    assert [(e.type, e.amount) for e in r.events] == [("investment", "€500M")]
    assert "investment" not in types(run("Lumen closed its previous round in 2022."))


@pytest.mark.parametrize(("text", "pair"), [
    ("Oracle and Nvidia expanded their collaboration on sovereign AI clouds.",
     ("Oracle", "Nvidia")),
    ("TSMC was chosen by Qualcomm to make its next modem chips.",
     ("Taiwan Semiconductor Manufacturing", "Qualcomm")),
])
def test_a_collaboration_expanded_or_a_supplier_chosen_is_a_partnership(
        text: str, pair: tuple[str, str]) -> None:
    r = run(text)
    assert any(e.type == "partnership" and set(pair) <= set(e.companies) for e in r.events)


@pytest.mark.parametrize("text", [
    "Intel took the wraps off Lunar Lake at a trade show in Taipei.",
    "Google made Gemini 3 available to all of its users.",
    "Samsung debuted the Galaxy Ring 2 in Seoul.",
])
def test_more_launch_phrasings(text: str) -> None:
    assert "product_launch" in types(run(text))


def test_it_launched_is_the_story_company_not_the_clouds_it_runs_on() -> None:
    r = run("IBM said sales rose. It said its software now runs on AWS and Microsoft Azure, and "
            "it took the wraps off a managed database service.", title="IBM revamps software")
    assert [e.companies for e in r.events if e.type == "product_launch"] == [["IBM"]]
    assert "product_launch" not in types(run("Microsoft made its data available to scholars."))


def test_a_bid_with_a_price_is_a_deal_and_goods_bought_are_none() -> None:
    r = run("Analysts were surprised. Verizon has bid $7bn (€6.4bn) for Lumen Technologies.")
    assert ("acquisition", ("Verizon", "Lumen Technologies")) in events(r)
    assert "acquisition" not in types(run("Nissan has bought Honda's battery technology."))
    r = run("HSBC said it would spend $2.1bn to buy a Polish retail bank.")
    assert "investment" not in types(r)


@pytest.mark.parametrize("text", [
    "Samsung Electronics will spend 20 trillion won on a new memory plant near Cheongju.",
    "Reliance Industries will spend 1,000 billion rupees on chip plants in Gujarat.",
])
def test_spending_in_trillions_and_other_currencies_is_an_investment(text: str) -> None:
    assert "investment" in {e.type for e in extract(Article(id="t", text=text)).events}

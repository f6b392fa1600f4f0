"""Companies the knowledge base does not know, found from the roles tech news gives them:
an investor's head word after a person's role word, a place opening a bank's name, a
ranking in a place, an owner's arm; and runs that look like names but are not. Every
sentence is written for these tests, with invented names."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text))


def companies(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


@pytest.mark.parametrize("text, name", [
    # "investor" is also a person's role ("investor Jo Roe"), but no person's name ends in
    # a company's head word
    ("Velora, which is owned by infrastructure investor Harrowgate Capital, gave no cost.",
     "Harrowgate Capital"),
    ("The deal was struck with investor Zarnow Partners.", "Zarnow Partners"),
    # a place opening a name that ends in a head word is part of the name
    ("KT and Korea Development Bank also invested.", "Korea Development Bank"),
    ("The startup is backed by Andes Infrastructure Bank.", "Andes Infrastructure Bank"),
    # ranked in a place: "X, Georgia's largest telecoms company"
    ("Khazna agreed with Tbiltel, Georgia's largest telecoms company, to build a site.",
     "Tbiltel"),
    ("Qorvex, Brazil's biggest data center operator, opened a site in Campinas.", "Qorvex"),
    # an owner's arm, with or without commas, after "its" or "whose"
    ("Telkom Indonesia, whose data center arm Qoravia opened a site in Batam, grew.",
     "Qoravia"),
    ("The round was led by Zentro Catalyst Fund, the venture arm of Samsung Electronics.",
     "Zentro Catalyst Fund"),
    ("Nvidia is in talks to buy chip designer Zentrix.", "Zentrix"),
    # a deal's verb, then words describing the target ("consultancy" alone is a source)
    ("It was the biggest deal since it bought engineering consultancy Zentrix in 2020.",
     "Zentrix"),
    ("Last year the group acquired payments processor Vellum for $2 billion.", "Vellum"),
    # an apposition in brackets, and "X, owned by Y,"
    ("Orvane (the data-centre arm of Telmex) opened a data centre in Querétaro.", "Orvane"),
    ("Qirra Cloud (a unit of Marlin Group) launched a cloud region in Jakarta.", "Qirra Cloud"),
    ("Velstar, owned by Norway's sovereign fund, broke ground on a campus in Stavanger.",
     "Velstar"),
    ("Tarvik (majority-owned by Brookline Partners) said sales rose.", "Tarvik"),
    # what a company does to its sites, opening a sentence
    ("Morvik Compute paused work on its campus in Lulea, Sweden.", "Morvik Compute"),
    ("Morvik Compute doubled the size of its plant in Monterrey.", "Morvik Compute"),
    # accented letters inside a name, and a two-word place before "-based"
    ("Zaragoza-based startup Quirón Networks raised $20 million.", "Quirón Networks"),
    ("As a side point, São Paulo-based Vamo Taxi operates across the region.", "Vamo Taxi"),
    ("San Francisco-based Oxbow Computer raised $20 million on Monday.", "Oxbow Computer"),
])
def test_a_company_found_from_its_role(text: str, name: str) -> None:
    assert name in companies(run(text))


@pytest.mark.parametrize("text, not_name", [
    ("The lamp was made by designer Jony Ive and designer Marc Newson.", "Jony Ive"),
    ("The round was led by venture investor Peter Thiel.", "Peter Thiel"),
    ("Copilot, Microsoft's AI platform, is popular with developers.", "Copilot"),
    ("Jo Roe, Kenya's top telecoms regulator, spoke on Monday.", "Jo Roe"),
    ("Nvidia bought back shares Tuesday, and Dell will buy chips Qorin makes.", "Tuesday"),
    ("according to consultancy Zentrix, demand rose.", "Zentrix"),
    ("John Smith expanded the team, he said.", "John Smith"),
    # a division told as the subject's own; a machine named before its noun
    ("Orvex will fold its Client Compute Group into its Data Systems Group.",
     "Client Compute Group"),
    ("The lab runs the Nvidia-based Tesseract system, its largest machine.", "Tesseract"),
    ("Azure Arc (a tool of Microsoft's cloud) expanded its reach.", "Azure Arc"),
    ("In 2017, Baidu set up its driving unit Project Zephyr in Sunnyvale.", "Project Zephyr"),
    ("In 2017, Baidu set up its driving unit, Project Zephyr, in Sunnyvale.", "Project Zephyr"),
    ("Orange Cote d'Ivoire, the local unit of French telecoms group Orange, opened a data "
     "center.", "Ivoire"),
])
def test_no_company_from_a_look_alike(text: str, not_name: str) -> None:
    assert not_name not in companies(run(text))


def test_an_ambiguous_initialism_needs_company_context() -> None:
    # "NCR" is India's National Capital Region as well as a payments company
    text = "Yotta opened a data center as the NCR capacity race heats up, Yotta said."
    assert "NCR Voyix" not in companies(run(text))
    assert "NCR Voyix" in companies(run("Payments firm NCR reported higher sales."))


@pytest.mark.parametrize("text, operator", [
    ("Orvane (the data-centre arm of Telmex) opened a data centre in Querétaro.", "Orvane"),
    ("Velstar, owned by Norway's sovereign fund NBIM, broke ground on a data-centre campus "
     "in Stavanger.", "Velstar"),
])
def test_a_unit_found_from_its_apposition_operates_its_own_site(text: str, operator: str) -> None:
    assert {f.operator for f in run(text).facilities} == {operator}


@pytest.mark.parametrize("text, pair", [
    ("Orvane (the data-centre arm of Telmex) opened a data centre in Querétaro.",
     ("Orvane", "Telmex")),
    ("Qirra Cloud (a unit of Marlin Group) launched a cloud region in Jakarta.",
     ("Qirra Cloud", "Marlin Group")),
    ("Velstar, owned by Norway's sovereign fund Nordfond Capital, opened a site.",
     ("Velstar", "Nordfond Capital")),
    ("Velstar, which is controlled by Abu Dhabi's state investor Mubadala, opened a site.",
     ("Velstar", "Mubadala")),
])
def test_a_unit_told_in_brackets_or_owned_by_a_place_s_investor(
        text: str, pair: tuple[str, str]) -> None:
    assert pair in {(s.a, s.b) for s in run(text).subsidiaries}


@pytest.mark.parametrize("text, site", [
    # a company told by what it will do, and by moving its seat
    ("Datanova will build a data center in Oslo.", ("Datanova", "data_center", "Oslo")),
    ("Datanova is set to open a factory in Tampere.", ("Datanova", "factory", "Tampere")),
    ("Datanova moved its headquarters from Dublin, Ohio, to Columbus.",
     ("Datanova", "headquarters", "Columbus")),
    ("Datanova is relocating its head office from Zurich to Zug.",
     ("Datanova", "headquarters", "Zug")),
    # Nvidia's "AI factory" is a data center of GPUs, not a plant
    ("Telenor opened an AI factory in Oslo with Nvidia.", ("Telenor", "data_center", "Oslo")),
])
def test_a_site_of_a_company_told_by_its_plans(text: str, site: tuple[str, str, str]) -> None:
    assert site in {(f.operator, f.kind, f.city) for f in run(text).facilities}


@pytest.mark.parametrize("text", [
    "Lumora CEO Jane Doe said demand was strong.",
    "Lumora Chief Executive Jane Doe said demand was strong.",
    "Lumora declined to comment on the report.",
    "Lumora did not respond to a request for comment.",
    "Lumora, founded in 2019, makes cooling systems for servers.",
    "Lumora is a Lisbon-based provider of cooling systems.",
    "Lumora, whose customers include Meta, makes cooling gear.",
    "Lumora is one of the largest data center operators in Chile.",
    "A spokesperson for Lumora said the plant would open in May.",
    "Lumora's new data center in Oslo will open in May.",
    "Lumora and Vestrel signed a deal to build a plant.",
    "Lumora reported quarterly revenue of $2 billion.",
    "Lumora posted a net loss of $40 million.",
    "Lumora teamed up with Nvidia to build servers.",
    "Lumora today announced a partnership with Cisco.",
    "Lumora, which makes accounting software, has agreed to buy Quantix for £1.2bn.",
    "Lumora's takeover bid for Quantix was rejected.",
    "Shares in Quantix rose 5% after it said it was in takeover talks with Lumora.",
    "Lumora, the leader in optical interconnects, today announced a new chip.",
])
def test_what_is_said_only_of_a_company(text: str) -> None:
    assert "Lumora" in companies(run(text))


@pytest.mark.parametrize("text", [
    "Jane Doe is a startup founder in Lisbon.",
    "Vice President Jane Doe said so.",
    "Tokyo, founded in 1457, is a city of millions.",
    "Ruth Porat is the company's finance chief.",
    "Texas's data centers use a lot of power.",
    "Jane Doe and John Smith signed the letter.",
    "Current designs should support denser racks.",
    "Jane Roe, the leader in the polls, said so.",
    "The cable, called Dunrow, which runs from Virginia to France, opened.",
])
def test_what_is_said_of_people_and_places_names_no_company(text: str) -> None:
    assert companies(run(text)) == set()


def test_a_unit_after_its_owner_s_its_is_still_a_company() -> None:
    r = run("Intel said its Altera unit would be sold to Silver Lake.")
    assert "Altera" in companies(r)


@pytest.mark.parametrize("text, unit", [
    ("Its investors include Intel Capital and Samsung Catalyst Fund.", "Samsung Catalyst Fund"),
    ("The round was led by Samsung Catalyst Fund, with KT also investing.",
     "Samsung Catalyst Fund"),
])
def test_a_known_name_then_a_fund_is_a_unit_of_its_own(text: str, unit: str) -> None:
    assert unit in companies(run(text))


@pytest.mark.parametrize("text, name", [
    ("Rival Siemens sold its handset business to Taiwan's Benzan last year.", "Benzan"),
    ("Uber acquired Greece's Taxivo in 2017.", "Taxivo"),
    ("Siemens sold its handset unit to Benzan in 2005.", "Benzan"),
    ("Britain's Vodafone and Germany's Qelvio signed a deal.", "Qelvio"),
    ("The deal with South Korea's Hanvell closed on Monday.", "Hanvell"),
])
def test_a_country_s_company_in_a_deal(text: str, name: str) -> None:
    assert name in companies(run(text))


@pytest.mark.parametrize("text", [
    "India's Narendra Modi opened the plant.",
    "Japan's Kishida said so on Monday.",
    "Projects under China's Belt and Road plan stalled.",
])
def test_a_country_s_leader_or_plan_is_no_company(text: str) -> None:
    assert companies(run(text)) == set()


def test_a_military_or_place_title_ends_no_sentence_but_an_initialism_does() -> None:
    from loaders.text import sentences
    text = ("The plant, near Ft. Worth, cost $5 billion. Lt. Gen. Jo Roe spoke to the FT. "
            "But Rover said no.")
    assert [s.text for s in sentences(text)] == [
        "The plant, near Ft. Worth, cost $5 billion.", "Lt. Gen. Jo Roe spoke to the FT.",
        "But Rover said no."]


@pytest.mark.parametrize("text, name", [
    ("Teradata's main competitor is Snowflake.", "Snowflake"),
    ("Zentra, a Teradata spinoff, is taking on Snowflake.", "Snowflake"),
    ("Teradata raised $50 million on Monday. Its rivals include Box and Dropbox.", "Box"),
])
def test_a_common_word_name_told_as_a_rival(text: str, name: str) -> None:
    assert name in companies(run(text))


def test_a_title_s_last_word_is_no_first_name_of_the_body_s_first() -> None:
    # "... buy Vestrel" ends the title, "Lumora is ..." opens the body: no "Vestrel Lumora"
    r = extract(Article(id="t", title="Lumora in talks to buy Vestrel",
                        text="Lumora is in talks to buy Vestrel, people familiar said."))
    assert {"Lumora", "Vestrel"} <= companies(r)

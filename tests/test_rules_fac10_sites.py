"""Sites (session 10): "one in X" told in a new clause with its own subject ("..., and
Hydro66 operates a smaller one in Boden") is that subject's. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


def sites(r: Extraction) -> set[tuple[str, str, str | None]]:
    return {(f.operator, f.kind, f.city) for f in r.facilities}


@pytest.mark.parametrize(("text", "mine", "theirs"), [
    ("Meta has run a large data center in Lulea since 2013, and Hydro66 operates a smaller "
     "one in Boden.", ("Meta", "data_center", "Lulea"), ("Hydro66", "data_center", "Boden")),
    ("Equinix opened a data center in Frankfurt in May, while Digital Realty is building a "
     "bigger one in Offenbach.", ("Equinix", "data_center", "Frankfurt"),
     ("Digital Realty", "data_center", "Offenbach")),
    ("Airtel runs an office in Nairobi, and Safaricom opened another in Mombasa last year.",
     ("Bharti Airtel", "office", "Nairobi"), ("Safaricom", "office", "Mombasa")),
])
def test_one_in_a_clause_of_its_own_is_its_subjects(
        text: str, mine: tuple[str, str, str], theirs: tuple[str, str, str]) -> None:
    got = sites(run(text))
    assert mine in got and theirs in got
    assert (mine[0], theirs[1], theirs[2]) not in got


def test_one_in_the_same_clause_stays_the_subjects() -> None:
    got = sites(run("Turkcell runs its largest data centers in Gebze and Izmir, and opened a "
                    "new one in Ankara last year."))
    assert ("Turkcell", "data_center", "Ankara") in got


@pytest.mark.parametrize(("text", "expected"), [
    ("Orvix Data Centres, the largest colocation operator in Kenya, runs sites in Nairobi and "
     "Mombasa.", {("Orvix Data Centres", "data_center", "Nairobi"),
                  ("Orvix Data Centres", "data_center", "Mombasa")}),
    ("Helios Datacenters, which operates facilities in Lagos and Abuja, raised $50 million "
     "for a new data center.", {("Helios Datacenters", "data_center", "Lagos"),
                                ("Helios Datacenters", "data_center", "Abuja")}),
    ("Google Cloud signed a deal with Sigma IDC, the data center arm of Sigma Group, under "
     "which Sigma IDC will host Google hardware in its own facilities in Hanoi and Da Nang.",
     {("Sigma IDC", "data_center", "Hanoi"), ("Sigma IDC", "data_center", "Da Nang")}),
])
def test_bare_sites_of_a_company_named_for_data_centers(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= sites(run(text))


def test_facilities_there_of_companies_in_a_relative_clause() -> None:
    got = sites(run("Nairobi has become the busiest data centre market in East Africa outside "
                    "Johannesburg. In the city, Onix is up against Raxio and Africa Data "
                    "Centres, which both opened facilities there in the past two years."))
    assert {("Raxio", "data_center", "Nairobi"),
            ("Africa Data Centres", "data_center", "Nairobi")} <= got
    assert all(city != "Johannesburg" for _op, _kind, city in got)


def test_a_sister_facility_is_of_the_same_operator() -> None:
    got = sites(run("The deal sharpens the rivalry between Viettel and FPT Smart Cloud, the "
                    "cloud unit of FPT Corporation, which opened an AI factory in Hanoi last "
                    "year with Nvidia, and a sister facility in Japan."))
    assert ("Viettel", "data_center", None) not in got


def test_the_largest_such_facility_is_no_site() -> None:
    r = run("Kestrel IDC, the data center arm of Kestrel Telecom, opened a 30-megawatt data "
            "center in Hanoi on Tuesday, the largest such facility in Vietnam.")
    assert [(f.operator, f.city) for f in r.facilities] == [("Kestrel IDC", "Hanoi")]


@pytest.mark.parametrize("text", [
    "The Wormhole chips are made by Samsung Electronics on its 4-nanometer process under a "
    "foundry agreement signed in 2022, and later ones will be built in Japan by Rapidus.",
    "Nebius signed a data center deal with Microsoft worth $17 billion.",
    "Kioxia and SanDisk extended their fab partnership to 2034.",
    "Dozens of startups have grown up around the Columbus region's data center boom.",
])
def test_a_deal_or_a_boom_named_after_the_word_is_no_site(text: str) -> None:
    assert run(text).facilities == []


@pytest.mark.parametrize(("text", "site"), [
    ("Digital Realty opened a campus in Frankfurt in May, and Vantage Data Centers, owned by "
     "DigitalBridge, is building a 100-megawatt campus in Offenbach.",
     ("Vantage Data Centers", "data_center", "Offenbach")),
    ("Equinix expanded its data center in Osaka, and Colt DCS, backed by Fidelity, is "
     "building a bigger data center in Kobe.",
     ("Colt Data Centre Services", "data_center", "Kobe")),
])
def test_a_new_clause_subject_with_an_aside(text: str, site: tuple[str, str, str]) -> None:
    assert site in sites(run(text))


def test_the_place_region_is_an_area() -> None:
    got = sites(run("Verne competes for contracts in the Nordics, and Microsoft is building "
                    "its own data centers in the Stockholm region, in Sollentuna, Gavle and "
                    "Sandviken."))
    assert ("Microsoft", "cloud_region", "Stockholm") not in got
    assert ("Microsoft", "data_center", "Stockholm") not in got
    assert ("Microsoft", "data_center", "Gavle") in got


def test_a_cloud_region_named_by_its_town_stays() -> None:
    got = sites(run("AWS opened its Frankfurt region in 2014, and Google Cloud opened a "
                    "region in Berlin."))
    assert {("Amazon Web Services", "cloud_region", "Frankfurt"),
            ("Google Cloud", "cloud_region", "Berlin")} <= got


@pytest.mark.parametrize(("text", "site"), [
    ("Foxconn bought Sharp's display plant in Sakai for $1 billion.",
     ("Foxconn", "factory", "Sakai", "acquired")),
    ("SoftBank Corp said it had completed its purchase of the land and main building of "
     "Sharp's display plant in Sakai.", ("SoftBank Corp", "factory", "Sakai", "acquired")),
    ("Amazon Web Services acquired Talen Energy's data center campus in Salem Township, "
     "Pennsylvania.", ("Amazon Web Services", "data_center", "Salem Township", "acquired")),
    ("Pegatron, which also assembles servers for Nvidia, bought Wistron's plant in Chennai "
     "last year.", ("Pegatron", "factory", "Chennai", "acquired")),
])
def test_a_site_bought_from_its_owner_is_the_buyers(
        text: str, site: tuple[str, str, str | None, str]) -> None:
    got = {(f.operator, f.kind, f.city, f.status) for f in run(text).facilities}
    assert site in got


def test_the_owner_of_a_site_named_after_a_purchase_of_something_else() -> None:
    got = sites(run("Foxconn bought a stake in Sharp, whose plant in Sakai makes panels."))
    assert ("Foxconn", "factory", "Sakai") not in got


def test_a_caption_with_no_name_shows_the_storys_site() -> None:
    r = run("Atlas Nordic opened its campus in Kouvola on Wednesday. Google said it would "
            "expand its data center in Hamina.\nPhoto: The first data hall at the campus in "
            "Kouvola.")
    assert ("Google", "data_center", "Kouvola") not in sites(r)


@pytest.mark.parametrize(("text", "factory"), [
    ("Wistron is building a factory in Fort Worth, Texas, to make Nvidia supercomputers, and "
     "said it had bought a second building in the Dallas area.", ("Wistron", "Fort Worth")),
    ("Foxconn said its plant in Guadalajara assembles GB200 supercomputers for Nvidia and "
     "ships them to Texas.", ("Foxconn", "Guadalajara")),
])
def test_supercomputers_made_are_no_site(text: str, factory: tuple[str, str]) -> None:
    r = run(text)
    assert [(f.operator, f.city) for f in r.facilities] == [factory]

"""Facility kinds, cancelled plans and places told in the ways trade press tells them.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return sorted(((f.operator, f.kind, f.city, f.country) for f in r.facilities), key=str)


@pytest.mark.parametrize(("text", "want"), [
    ("Equinix will break ground next month on a $240 million facility in Osaka, its fourth "
     "in the city. Demand for data center space in Japan keeps rising.",
     [("Equinix", "data_center", "Osaka", "JP")]),
    ("CoreWeave has switched on a new site in Lancaster, Pennsylvania. The GPU cloud "
     "provider's data centers host Nvidia's newest chips.",
     [("CoreWeave", "data_center", "Lancaster", "US")]),
    ("Digital Realty finished a new data hall in Barcelona this week. The company already "
     "runs two facilities in Madrid.",
     [("Digital Realty", "data_center", "Barcelona", "ES"),
      ("Digital Realty", "data_center", "Madrid", "ES")]),
])
def test_a_bare_site_of_a_data_center_company_in_a_data_center_story_is_a_data_center(
        text: str, want: list[tuple[str, str, str, str]]) -> None:
    assert sites(run(text)) == want


def test_a_bare_site_of_a_data_center_company_outside_such_a_story_stays_vague() -> None:
    r = run("Equinix hosted a charity run at a site in Osaka for its staff last week.")
    assert all(f.kind != "data_center" for f in r.facilities)


def test_a_packaging_facility_of_a_chipmaker_is_a_fab() -> None:
    r = run("Amkor Technology broke ground on an advanced packaging facility in Peoria, "
            "Arizona, on Thursday.")
    assert sites(r) == [("Amkor Technology", "fab", "Peoria", "US")]


def test_the_town_of_chips_another_company_makes_is_not_the_sites() -> None:
    r = run("Amkor Technology broke ground on a packaging plant in Peoria. The plant will "
            "package chips made by TSMC in Phoenix.")
    assert sites(r) == [("Amkor Technology", "factory", "Peoria", "US")]
    assert sites(run("Amkor opened a plant for Apple in Peoria.")) == [
        ("Amkor Technology", "fab", "Peoria", "US")]


def test_a_plan_shelved_with_its_cost_before_the_word_is_called_off() -> None:
    r = run("Wolfspeed has shelved plans for a $3 billion silicon carbide fab in Saarland, "
            "Germany, citing weak demand.")
    assert r.facilities == []


def test_a_campus_where_the_company_has_a_data_center_is_that_data_center() -> None:
    r = run("Microsoft plans to build a $1 billion data center campus outside Richmond, Va., "
            "filings show.", title="Microsoft plans campus outside Richmond")
    assert sites(r) == [("Microsoft", "data_center", "Richmond", "US")]


def test_a_data_center_footprint_is_no_site() -> None:
    r = run("Rather than double its data center footprint, Google built its own chip.")
    assert r.facilities == []


@pytest.mark.parametrize(("text", "want"), [
    ("Foxconn will assemble AI servers at its plant in Ohio's Lordstown, the company said.",
     [("Foxconn", "factory", "Lordstown", "US")]),
    ("TSMC opened a fab in Japan's Kumamoto on Saturday.",
     [("Taiwan Semiconductor Manufacturing", "fab", "Kumamoto", "JP")]),
    ("Intel is building two fabs in Arizona's Chandler.", [("Intel", "fab", "Chandler", "US")]),
])
def test_a_town_told_as_its_states_or_countrys_is_the_sites(
        text: str, want: list[tuple[str, str, str, str]]) -> None:
    assert sites(run(text)) == want


@pytest.mark.parametrize("text", [
    "The plan was approved in Ohio's Department of Development, officials said.",
    "Oil output in Texas's Permian Basin rose, and Intel opened an office.",
])
def test_an_office_or_area_of_a_state_is_no_town(text: str) -> None:
    assert run(text).cities == []


@pytest.mark.parametrize(("text", "title"), [
    ("Acme Compute will move to Arm chips next year.",
     "Acme Compute unveils its Falcon GPU for the datacenter"),
    ("The chip designer launched its new data center graphics processing units on Monday.", None),
    ("Acme Compute plans to battle Nvidia and AMD in both data center and consumer graphics "
     "markets.", None),
    ("Zentra Systems and Orbis expand partnership for hyperconverged data center offerings.",
     None),
    ("What a factory of the future looks like is what Siemens and Bosch are studying.", None),
    ("The goal is a new 30-fold gain in efficiency in AI training in data centers, AMD said.",
     None),
    ("AMD said the new goal is to change how industry builds factories for new products.", None),
    ("Acme Compute raised $20 million on Monday.",
     "New tools to make the cloud datacenter simpler"),
])
def test_a_kind_word_told_in_general_is_no_site(text: str, title: str | None) -> None:
    assert run(text, title=title).facilities == []


def test_a_city_named_product_before_based_is_no_seat_nor_city() -> None:
    r = run("Nvidia is switching its cloud service to Turin-based GPUs such as its RTX cards.")
    assert r.facilities == [] and r.cities == []
    r = run("Shenzhen-based chip designer HiSilicon grew fast.")
    assert sites(r) == [("HiSilicon", "headquarters", "Shenzhen", "CN")]


def test_a_rival_opening_the_sentence_operates_the_site() -> None:
    r = run("Vantage Data Centers broke ground on a campus in Offenbach.\n\nIts rival Equinix "
            "operates 11 facilities in Frankfurt.")
    assert ("Equinix", "data_center", "Frankfurt", "DE") in sites(r)
    assert ("Vantage Data Centers", "data_center", "Frankfurt", "DE") not in sites(r)


@pytest.mark.parametrize(("text", "want"), [
    ("Oracle's new cloud region in Santiago went live on Monday, its second in Chile after "
     "Valparaiso.",
     [("Oracle", "cloud_region", "Santiago", "CL"),
      ("Oracle", "cloud_region", "Valparaiso", "CL")]),
    ("Microsoft opened its third datacenter region in Japan, after Tokyo and Osaka, in Sapporo.",
     [("Microsoft", "cloud_region", "Osaka", "JP"), ("Microsoft", "cloud_region", "Sapporo", "JP"),
      ("Microsoft", "cloud_region", "Tokyo", "JP")]),
    ("TSMC opened its second fab in Kumamoto after Nvidia asked for more chips in Tokyo.",
     [("Taiwan Semiconductor Manufacturing", "fab", "Kumamoto", "JP")]),
])
def test_the_towns_after_an_ordinal_and_after_are_the_earlier_sites(
        text: str, want: list[tuple[str, str, str, str]]) -> None:
    r = run(text)
    assert sites(r) == want
    assert all(f.status is None for f in r.facilities if f.ordinal is None)

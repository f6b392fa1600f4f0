"""Who runs a site, told in the ways wire stories tell it: a relative clause on an
object, a second clause with its own subject, a parent named in an apposition, a
product's maker, an opening participle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None]]:
    return sorted(((f.operator, f.kind, f.city) for f in r.facilities), key=str)


@pytest.mark.parametrize(("text", "operator", "city"), [
    ("Qualcomm's newest modems are produced by GlobalFoundries, which is expanding its "
     "chip plant in Dresden, according to two people briefed on the plans.",
     "GlobalFoundries", "Dresden"),
    ("Rackspace moved its servers to Equinix, which opened a new data center in Warsaw last "
     "month.", "Equinix", "Warsaw"),
])
def test_a_relative_clause_tells_the_site_of_the_name_it_hangs_on(
        text: str, operator: str, city: str) -> None:
    got = sites(run(text))
    assert [f[0] for f in got if f[2] == city] == [operator]


def test_a_relative_clause_after_an_apposition_hangs_on_its_head() -> None:
    r = run("Nxtra, the data center arm of Bharti Airtel, which opened its own Pune facility "
            "in May, said demand was rising. Nxtra runs 12 data centers across India.")
    assert ("Nxtra", "data_center", "Pune") in sites(r)
    assert not any(f[0] == "Bharti Airtel" for f in sites(r))


@pytest.mark.parametrize(("text", "operator", "city"), [
    ("Cisco opened a lab in Oslo last year, and Ericsson opened its first Nordic AI lab, in "
     "Helsinki, in June.", "Ericsson", "Helsinki"),
    ("Google set up an office in Dublin in 2019, and Meta has opened its regional office in "
     "Lisbon.", "Meta", "Lisbon"),
])
def test_a_second_clause_has_its_own_subject(text: str, operator: str, city: str) -> None:
    got = sites(run(text))
    assert [f[0] for f in got if f[2] == city] == [operator]


@pytest.mark.parametrize(("text", "operator", "city"), [
    ("Mellanox becomes a unit of California-based Nvidia and keeps its name and its "
     "engineering hub in Haifa.", "Mellanox Technologies", "Haifa"),
    ("Safaricom is a unit of London-listed Vodafone and runs its own data center in Nairobi.",
     "Safaricom", "Nairobi"),
])
def test_a_parent_after_of_with_a_based_adjective_is_no_operator(
        text: str, operator: str, city: str) -> None:
    got = sites(run(text))
    assert [f[0] for f in got if f[2] == city] == [operator]


def test_the_maker_of_a_product_put_into_its_site_is_not_its_operator() -> None:
    r = run("Telstra, which runs Australia's biggest mobile network, will put Ericsson servers "
            "into its newest data center in Melbourne next year.")
    assert [f[0] for f in sites(r) if f[2] == "Melbourne"] == ["Telstra"]


@pytest.mark.parametrize(("text", "operator", "city"), [
    ("Red Hat, an IBM company, is headquartered in Raleigh, North Carolina.",
     "Red Hat", "Raleigh"),
    ("Wiz, now a Google company, is based in New York.", "Wiz", "New York"),
])
def test_a_parent_in_an_apposition_is_not_the_one_based_there(
        text: str, operator: str, city: str) -> None:
    got = sites(run(text))
    assert [f[0] for f in got if f[1] == "headquarters"] == [operator]


def test_an_opening_participle_tells_the_headquarters_of_the_subject_after_it() -> None:
    r = run("Founded in 1984 and headquartered in Austin, Cirrus Logic designs audio chips.")
    assert ("Cirrus Logic", "headquarters", "Austin") in sites(r)


@pytest.mark.parametrize(("text", "want"), [
    ("Ericsson sells 5G gear. The GSM Association said it would move its headquarters to "
     "London next year.", []),
    ("Nokia sells 5G gear. The O-RAN Alliance plans to open its first office in Bonn.", []),
    ("Arm designs most phone chips. Arm is moving its headquarters to London.",
     [("Arm", "headquarters", "London")]),
])
def test_the_site_of_a_body_that_is_no_company_is_not_the_storys(
        text: str, want: list[tuple[str, str, str]]) -> None:
    assert sites(run(text)) == want

"""Company names on unseen pages (session 10): a known company's name with a country's
right after it names its local unit, a company of its own ("Vodafone Czech Republic",
"Orange Belgium", "Ooredoo Kuwait"), not the parent; but not in a person's title
("Xiaomi Finland R&D senior director ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published=None))


def names(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


@pytest.mark.parametrize(("text", "units"), [
    ("Vodafone Czech Republic and T-Mobile Czech Republic compete for enterprise customers.",
     {"Vodafone Czech Republic", "T-Mobile Czech Republic"}),
    ("Orange Belgium said on Monday it would sell its mobile towers to a fund.",
     {"Orange Belgium"}),
    ("Ooredoo Kuwait opened a cloud region, and Ericsson will supply the radio network.",
     {"Ooredoo Kuwait"}),
    ("The chips will be packaged by TSMC Europe at a site near Dresden.", {"TSMC Europe"}),
])
def test_a_company_and_a_country_name_its_unit(text: str, units: set[str]) -> None:
    got = names(run(text))
    assert units <= got, got


def test_the_unit_is_no_mention_of_its_parent() -> None:
    r = run("Vodafone Czech Republic won the contract, the company said.")
    assert {c.name for c in r.companies} == {"Vodafone Czech Republic"}, r.companies


@pytest.mark.parametrize("text", [
    "Xiaomi opened a camera lab, said Xiaomi Finland R&D senior director Jarno Nikkanen.",
    "Microsoft Ireland managing director Anne Kelly said the site would open in May.",
])
def test_a_persons_title_names_no_unit(text: str) -> None:
    got = names(run(text))
    assert not any(n.endswith(("Finland", "Ireland")) for n in got), got


@pytest.mark.parametrize(("text", "name"), [
    ("Its customers include Danske Bank and the energy company Orsted.", "Danske Bank"),
    ("The loan came from Landsvik Bank, an Icelandic bank, and from its owners.",
     "Landsvik Bank"),
    ("Its largest customer is Orvella Media, a Lagos-based streaming company.", "Orvella Media"),
])
def test_a_company_head_word_that_is_also_a_town(text: str, name: str) -> None:
    got = names(run(text))
    assert name in got, got


@pytest.mark.parametrize(("text", "name"), [
    ("Kestrel Systems, a Dutch company, said it would build a plant near Eindhoven.",
     "Kestrel Systems"),
    ("Orvella Datacenters, an Amsterdam-based operator, said this year it would build a "
     "campus in Antwerp.", "Orvella Datacenters"),
    ("Nordvik Compute, a small Norwegian cloud provider, says it has 40 customers.",
     "Nordvik Compute"),
])
def test_a_bare_description_before_said(text: str, name: str) -> None:
    got = names(run(text))
    assert name in got, got


@pytest.mark.parametrize("text", [
    "Jo Roe, the former head of the Acme group, said the plan was sound.",
    "Anna Berg, an analyst at a Stockholm firm, said the deal made sense.",
])
def test_a_person_described_before_said(text: str) -> None:
    assert not names(run(text)), names(run(text))


@pytest.mark.parametrize(("text", "wrong"), [
    ("Zain completes acquisition of Kuwaiti cloud provider Sahab Data.", "Kuwaiti"),
    ("The deal, signed with Ecotricity, a retailer owned by Maori investors, runs ten years.",
     "Maori"),
    ("Orvella bought Peruvian fibre operator Andes Link last year.", "Peruvian"),
])
def test_a_peoples_adjective_is_no_company(text: str, wrong: str) -> None:
    got = names(run(text))
    assert wrong not in got and len(got) >= 1, got

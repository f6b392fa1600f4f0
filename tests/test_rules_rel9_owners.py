"""Owners on unseen pages: what "its" stands for past a possessive, an owner named after
its country, "the company is majority-owned by". Sentences written for these tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=None))


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


def test_its_unit_belongs_to_the_subject_not_to_a_possessive() -> None:
    r = run("Wipro will resell Anthropic's models to banks through its cloud unit, Kestrel "
            "Data. The deal runs for five years.", "Wipro expands cloud business")
    assert subsidiaries(r) == {("Kestrel Data", "Wipro")}
    r = run("Infosys plans to sell Mistral AI's models to insurers through its data arm, "
            "Orvane Analytics, from next year.", "Infosys signs model deal")
    assert ("Orvane Analytics", "Mistral AI") not in subsidiaries(r)
    assert ("Orvane Analytics", "Infosys") in subsidiaries(r)


def test_owned_by_an_owner_named_after_its_country() -> None:
    r = run("Orvane Networks, which is owned by Denmark's Halvorsen Group, is also expanding.",
            "Nordic data centres grow")
    assert ("Orvane Networks", "Halvorsen Group") in subsidiaries(r)
    r = run("Tarsen Systems, which is controlled by Japan's SoftBank, bid as well.",
            "Tender draws bids")
    assert ("Tarsen Systems", "SoftBank Group") in subsidiaries(r)


def test_the_company_is_owned_by() -> None:
    r = run("Kelvix Energy will supply 90 MW of fuel cells to a campus in Ohio. The company "
            "is majority-owned by Brightwater Capital.",
            "Kelvix Energy to supply fuel cells to Ohio campus")
    assert ("Kelvix Energy", "Brightwater Capital") in subsidiaries(r)
    r = run("Zentra Robotics opened its second factory in Brno on Monday. The startup was "
            "owned by Harlow Partners until last year.", "Zentra opens Brno factory")
    assert ("Zentra Robotics", "Harlow Partners") in subsidiaries(r)

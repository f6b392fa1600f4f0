"""Rivals on unseen pages: lists of rivals set off by commas, and lists that go on after an
apposition, on sentences written for these tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=None))


def rivals(r: Extraction) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in r.competitors}


def test_its_rivals_named_between_commas() -> None:
    r = run("Pegatron has doubled its server output in Mexico. Its main competitors, Compal "
            "Electronics and Inventec, have also grown there.",
            "Pegatron doubles server output in Mexico")
    assert rivals(r) == {frozenset(("Pegatron", "Compal Electronics")),
                         frozenset(("Pegatron", "Inventec"))}
    r = run("Zendesk reported higher sales on Tuesday. Its two closest rivals in help-desk "
            "software, Freshworks and HubSpot, both cut prices this year.",
            "Zendesk sales climb")
    assert rivals(r) == {frozenset(("Zendesk", "Freshworks")),
                         frozenset(("Zendesk", "HubSpot"))}


def test_a_name_after_its_rivals_and_a_comma_is_not_listed() -> None:
    r = run("Pegatron has doubled its server output in Mexico. Unlike its competitors, "
            "Compal Electronics and Inventec make phones too.",
            "Pegatron doubles server output in Mexico")
    assert frozenset(("Pegatron", "Compal Electronics")) not in rivals(r)


def test_the_list_goes_on_after_an_apposition() -> None:
    r = run("Kestrel opened a plant on Monday. It competes with ASML and Nikon, the two "
            "biggest makers of lithography tools, and with Canon in older steppers.",
            "Kestrel opens plant")
    assert frozenset(("Kestrel", "Canon")) in rivals(r)
    r = run("Orvella opened an office on Monday. It competes with Snowflake, the cloud data "
            "warehouse, and with Databricks in machine learning.", "Orvella opens office")
    assert frozenset(("Orvella", "Databricks")) in rivals(r)


def test_a_rival_named_after_its_place() -> None:
    r = run("Kestrel opened a plant on Monday. It competes with ASML and Nikon, the two "
            "biggest makers of lithography tools, and with Penang's Vitrox Amertron in test "
            "gear.", "Kestrel opens plant")
    assert frozenset(("Kestrel", "Vitrox Amertron")) in rivals(r)
    r = run("Lumio opened an office on Monday. It competes with Ohio's Harlow Data in "
            "storage.", "Lumio opens office")
    assert frozenset(("Lumio", "Harlow Data")) in rivals(r)


def test_a_company_possessive_after_a_rivalry_verb_names_a_product() -> None:
    r = run("Microsoft first showed Arc, which competes with Google's Anthos and Amazon's "
            "Outposts service.", "Microsoft ships Arc")
    assert {c.name for c in r.companies} == {"Microsoft", "Google", "Amazon"}

"""Owners on unseen pages: an owner described before its name ("a subsidiary of Japanese
trading house Mitsui"), named through what it owns ("the cloud arm of Instagram owner
Meta") or after a possessive ("owned by the kingdom's sovereign fund"), "which belongs
to"; a unit told by its owner's possessive ("Telia Norge, Telia Company's Norwegian
unit"); a joint venture ("a venture of A and B") that has no single parent, whatever the
knowledge base says. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=None))


def names(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


@pytest.mark.parametrize(("text", "pair"), [
    ("Orvix Energy, a subsidiary of Japanese conglomerate Hitachi, signed the deal.",
     ("Orvix Energy", "Hitachi")),
    ("Veltra Cloud, a unit of German conglomerate Siemens, opened an office in Porto.",
     ("Veltra Cloud", "Siemens")),
    ("Kelda Data Parks, a subsidiary of Moroccan holding company Brantis Group, opened "
     "a data center in Tangier.", ("Kelda Data Parks", "Brantis Group")),
    ("Sorvan, the data centre arm of the Indian conglomerate Tata Group, broke ground.",
     ("Sorvan", "Tata Group")),
    ("Kelvo Payments, the Kenyan unit of South Africa's Naspers, raised prices.",
     ("Kelvo Payments", "Naspers")),
    ("Orvane Telecom, a subsidiary of France's Iliad, will lease the halls.",
     ("Orvane Telecom", "Iliad")),
])
def test_an_owner_described_before_its_name(text: str, pair: tuple[str, str]) -> None:
    assert pair in subsidiaries(run(text))


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    ("Volcano Engine, the cloud arm of TikTok owner ByteDance, cut its prices.",
     ("Volcano Engine", "ByteDance"), ("Volcano Engine", "TikTok")),
    ("Kestrel Maps, a unit of Instagram owner Meta, shut its Dublin office.",
     ("Kestrel Maps", "Meta"), ("Kestrel Maps", "Instagram")),
    ("Orvane Pay, a subsidiary of Chrome parent Alphabet, hired 40 engineers.",
     ("Orvane Pay", "Alphabet"), ("Orvane Pay", "Chrome")),
])
def test_an_owner_named_through_what_it_owns(text: str, pair: tuple[str, str],
                                             wrong: tuple[str, str]) -> None:
    got = subsidiaries(run(text))
    assert pair in got and wrong not in got, got


@pytest.mark.parametrize(("text", "pair"), [
    ("For ACWA Power, majority-owned by the kingdom's Public Investment Fund, data "
     "centers are a new market.", ("ACWA Power", "Public Investment Fund")),
    ("Masdar, owned by the emirate's Mubadala, will build the solar farm.",
     ("Masdar", "Mubadala")),
    ("The rival bids came from Totalvia, which belongs to Grupo Pelican, and from Izmar "
     "Cable.", ("Totalvia", "Grupo Pelican")),
    ("Corvel Networks, which belongs to Harlow Partners, runs six sites.",
     ("Corvel Networks", "Harlow Partners")),
])
def test_owned_by_a_possessive_owner_and_belongs_to(text: str, pair: tuple[str, str]) -> None:
    assert pair in subsidiaries(run(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("The contract went to Telia Norge, Telia Company's Norwegian subsidiary, on Monday.",
     ("Telia Norge", "Telia Company")),
    ("Orders will go through Kestrel Data, Infosys's cloud arm, from next year.",
     ("Kestrel Data", "Infosys")),
    ("The business will be folded into Telenor Linx, Telenor's Nordic data centre unit, "
     "which runs six sites.", ("Telenor Linx", "Telenor")),
])
def test_a_unit_told_by_its_owners_possessive(text: str, pair: tuple[str, str]) -> None:
    r = run(text)
    assert pair[0] in names(r), names(r)
    assert pair in subsidiaries(r)


@pytest.mark.parametrize(("text", "unit"), [
    ("AdaniConneX is a venture of Adani Group and EdgeConneX, the data centre developer.",
     "AdaniConneX"),
    ("Work began on the plant of ESMC, a joint venture of TSMC with Bosch, Infineon and "
     "NXP, in Dresden.", "ESMC"),
    ("Ultium Cells, a joint venture between General Motors and LG Energy Solution, "
     "opened its third plant.", "Ultium Cells"),
])
def test_a_joint_venture_has_no_single_parent(text: str, unit: str) -> None:
    got = subsidiaries(run(text))
    assert not any(c == unit for c, _ in got), got


@pytest.mark.parametrize(("text", "pair"), [
    ("Kablo, the cable arm of Grupo Orvena, cut its prices again.", ("Kablo", "Grupo Orvena")),
    ("Vexa Pay, the fintech arm of supermarket group Ventara, launched in Lima.",
     ("Vexa Pay", "Ventara")),
    ("Customers moved to Quillon Cloud, the hosting arm of Tarsen, last year.",
     ("Quillon Cloud", "Tarsen")),
])
def test_the_owner_after_arm_of_is_a_company(text: str, pair: tuple[str, str]) -> None:
    r = run(text)
    assert pair[1] in names(r), names(r)
    assert pair in subsidiaries(r)

"""Owners told in ways the first rules missed: an apposition ending in "owned / controlled
by", "... and is now owned by", "whose data center arm X", an investor whose name could be
a person's, a consultancy bought. Sentences written for these tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, published: str | None = "2025-06-10") -> Extraction:
    return extract(Article(id="t", text=text, published=published))


def companies(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


def test_an_apposition_owned_by_a_named_investor() -> None:
    r = run("Kestrel Data, the Nairobi-based colocation operator owned by private equity firm "
            "Actis, said on Monday it would add a second hall.")
    assert ("Kestrel Data", "Actis") in subsidiaries(r)


def test_an_apposition_controlled_by_a_group_with_a_capitalised_word() -> None:
    r = run("Orvella Cloud, the Riyadh-based provider controlled by AI group G42, has signed "
            "a lease in Jeddah.")
    assert ("Orvella Cloud", "G42") in subsidiaries(r)


def test_and_is_now_owned_by() -> None:
    r = run("Brenvo Security, a maker of network firewalls, said it would move to Austin. "
            "Brenvo was spun out of Cisco Systems in 2015 and is now owned by buyout firm "
            "Thoma Bravo.")
    assert ("Brenvo Security", "Thoma Bravo") in subsidiaries(r)
    assert ("Brenvo Security", "Cisco Systems") not in subsidiaries(r)


def test_whose_unit_names_the_unit() -> None:
    r = run("Telkom Indonesia, whose data center arm Kirana Data opened a hall in Batam, "
            "said it would invest more in Java.")
    assert "Kirana Data" in companies(r)
    assert ("Kirana Data", "Telkom Indonesia") in subsidiaries(r)


def test_whose_chairman_is_no_unit() -> None:
    r = run("Reliance Industries, whose chairman Mukesh Ambani spoke on Monday, said it "
            "would invest more in Gujarat.")
    assert subsidiaries(r) == set()


def test_an_investor_named_like_a_firm_is_no_person() -> None:
    r = run("Straitwave, which is owned by infrastructure investor Brightwater Capital, did "
            "not give a cost.")
    assert "Brightwater Capital" in companies(r)
    assert ("Straitwave", "Brightwater Capital") in subsidiaries(r)


def test_an_analyst_is_still_a_person() -> None:
    r = run("Sales fell 4%, said analyst Jo Marsh.")
    assert "Jo Marsh" not in companies(r)


def test_a_bought_consultancy_is_a_company() -> None:
    r = run("The deal is Wipro's largest since it acquired IT consultancy Sopra Digital in "
            "2019.")
    assert "Sopra Digital" in companies(r)
    assert ("Sopra Digital", "Wipro") in subsidiaries(r)


def test_a_consultancy_cited_as_a_source_is_not() -> None:
    r = run("Demand will double by 2027, according to consultancy Brightline Research.")
    assert "Brightline Research" not in companies(r)

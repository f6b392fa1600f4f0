"""Rivals and subsidiaries: how tech news sets companies against each other and says who
owns whom, one behaviour per test, on sentences written for these tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None, published: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=published))


def rivals(r: Extraction) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in r.competitors}


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


def pairs(*items: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in items}


# --- rivals -----------------------------------------------------------------------------

def test_a_name_named_twice_counts_where_it_stands() -> None:
    # Microsoft is named first as a partner, then again in the list of rivals
    r = run("Salesforce, which signed a cloud deal with Microsoft last year, is racing to keep "
            "pace with rivals including Microsoft and Oracle.")
    assert pairs(("Salesforce", "Microsoft"), ("Salesforce", "Oracle")) <= rivals(r)


def test_a_relative_clause_ends_at_its_comma() -> None:
    r = run("Zoom is paying $50 million for Kestrel Labs, which built a chat tool, as the "
            "video company tries to fend off rivals such as Cisco and Microsoft.")
    got = rivals(r)
    assert frozenset(("Kestrel Labs", "Cisco Systems")) not in got
    assert frozenset(("Zoom Video Communications", "Cisco Systems")) in got


def test_a_headline_future_names_the_company() -> None:
    r = run("Amazon to invest $2bn in chip startup")
    assert "Amazon" in {c.name for c in r.companies}

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

"""Company names on unseen pages: legal suffixes written with full stops ("S.A.",
"S.p.A.", "N.V."), a known company's local unit named after its country ("MTN Ghana"),
a group's listed sibling ("Samsung Securities"). Sentences written for these tests."""

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


@pytest.mark.parametrize(("text", "name"), [
    ("Fintera completed its purchase of Corvalia Pagos S.A., a Lima payments processor, "
     "on Friday.", "Corvalia Pagos"),
    ("The bid was made through Veltro Sistemas S.A. de C.V., the group said.",
     "Veltro Sistemas"),
    ("Brantiva S.p.A. will supply the cooling units for the hall.", "Brantiva"),
    ("Shares of Orvalis N.V. rose 4% in Amsterdam after the results.", "Orvalis"),
    ("Kaizen Robotics K.K. signed a supply deal with the carmaker.", "Kaizen Robotics"),
])
def test_a_legal_suffix_written_with_full_stops(text: str, name: str) -> None:
    got = names(run(text))
    assert name in got, got
    assert not any(n.endswith((" S", " N", " K")) for n in got), got

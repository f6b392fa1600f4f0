"""Operators (session 10): "X, whose campus in Y" is X's site; "X, the cloud arm of A and
B owner C, opened" is X's (a name inside the apposition is not the subject). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


def operators(r: Extraction) -> set[str]:
    return {f.operator for f in r.facilities}


@pytest.mark.parametrize(("text", "operator"), [
    ("Equinix lost the tender to Digital Realty, whose data center in Marseille opened last "
     "year.", "Digital Realty"),
    ("Lefdal's chief executive said most of the contracts it bid for were also sought by Bulk "
     "Infrastructure, whose campus at Vennesla opened a third building in January.",
     "Bulk Infrastructure"),
    ("Analysts at Moody's compared the deal with one struck by Scala Data Centers, whose new "
     "campus near Sao Paulo is due to open next year.", "Scala Data Centers"),
])
def test_whose_site_is_the_named_company_s(text: str, operator: str) -> None:
    assert operators(run(text)) == {operator}


@pytest.mark.parametrize(("text", "operator"), [
    ("Schwarz Digits, the IT and digital arm of Lidl and Kaufland owner Schwarz Group, opened "
     "a data center in Frankfurt on Tuesday.", "Schwarz Digits"),
    ("Microsoft, which works with Nvidia and OpenAI, opened a data center in Lisbon.",
     "Microsoft"),
    ("Nxtra, the data center arm of Airtel and Singtel partner Bharti Enterprises, opened a "
     "site in Pune.", "Nxtra"),
])
def test_a_name_inside_an_apposition_is_not_the_subject(text: str, operator: str) -> None:
    assert operators(run(text)) == {operator}

"""Headquarters (session 10): "-based" before a company noun the product rule took for a
product ("the Osaka-based chip venture", "a Lima-based processor of payments").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


def seats(r: Extraction) -> list[tuple[str, str | None]]:
    return sorted((f.operator, f.city) for f in r.facilities if f.kind == "headquarters")


@pytest.mark.parametrize(("text", "seat"), [
    ("Socionext, the Yokohama-based chip venture backed by Sony, opened a pilot line in "
     "Kumamoto.", ("Socionext", "Yokohama")),
    ("Graphcore opened a lab in Lyon, the Bristol-based chip start-up said on Monday.",
     ("Graphcore", "Bristol")),
    ("Helix bought Zentra, a Denver-based processor of insurance claims, for $40 million.",
     ("Zentra", "Denver")),
    ("Orbis said it would buy Kelvra GmbH, a Munich-based maker of sensors.",
     ("Kelvra", "Munich")),
])
def test_a_based_company_noun_gives_its_seat(text: str, seat: tuple[str, str]) -> None:
    assert seat in seats(run(text))


def test_a_based_product_gives_no_seat() -> None:
    r = run("Ampere sells Arm-based processors to Oracle from its office in Portland.")
    assert all(f.kind != "headquarters" for f in r.facilities)


def test_a_venture_capital_firm_is_the_firm_named_after() -> None:
    r = run("France counts 180 AI startups, says a tally kept by the Paris-based venture "
            "capital firm ISAI, Google said.")
    assert seats(r) == [("ISAI", "Paris")]

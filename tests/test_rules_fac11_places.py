"""Places of sites (session 10): a town after a power figure ("a 20 MW Lyon data
center") and a US town named like a country before its state and a site word ("its
Malta, New York fab").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None]]:
    return sorted((f.operator, f.kind, f.city) for f in r.facilities)


@pytest.mark.parametrize(("text", "site"), [
    ("Equinix opens 20 MW Lyon data center, its first outside Paris",
     ("Equinix", "data_center", "Lyon")),
    ("Stack Infrastructure plans 200MW Milan campus as Italian demand grows",
     ("Stack Infrastructure", "data_center", "Milan")),
    ("CyrusOne to build 1 GW Frankfurt campus, its largest in Europe",
     ("CyrusOne", "data_center", "Frankfurt")),
])
def test_a_town_after_a_power_figure_is_the_site(text: str, site: tuple[str, str, str]) -> None:
    assert site in sites(run(text))


@pytest.mark.parametrize(("text", "site"), [
    ("GlobalFoundries to add capacity at its Malta, New York fab",
     ("GlobalFoundries", "fab", "Malta")),
    ("Whirlpool expands its Jordan, Minnesota plant after record sales",
     ("Whirlpool", "factory", "Jordan")),
    ("Cerebras opens new Peru, Indiana data center for sovereign AI customers",
     ("Cerebras Systems", "data_center", "Peru")),
])
def test_a_country_named_town_before_its_state_is_the_site(
        text: str, site: tuple[str, str, str]) -> None:
    r = run(text)
    assert site in sites(r)
    assert "New York" not in {c.name for c in r.cities}


@pytest.mark.parametrize(("text", "city", "part"), [
    ("Sakana AI opened an office in Tokyo's Minato ward.", "Tokyo", "Minato"),
    ("SenseTime opened a lab in Shanghai's Xuhui district.", "Shanghai", "Xuhui"),
    ("Quanta opened a lab in Taipei's Neihu district.", "Taipei", "Neihu"),
])
def test_a_ward_or_district_after_its_city_s_possessive_is_no_city(
        text: str, city: str, part: str) -> None:
    names = {c.name for c in run(text).cities}
    assert city in names
    assert part not in names

"""Places named the ways wire stories name them: a town named like a country before
"-based", a country whose name reads like an adjective, a country written without its
accent, Georgia the country beside Georgia the state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


@pytest.mark.parametrize(("text", "operator", "town"), [
    ("Samsung will add a line to its Austin fab, the Suwon-based group said, while "
     "GlobalFoundries, the Malta, New York-based foundry, plans a fab in Dresden.",
     "GlobalFoundries", "Malta"),
    ("Bosch will build a sensor plant in Penang, the Lebanon, Ohio-based supplier said.",
     None, "Lebanon"),
])
def test_a_town_named_like_a_country_before_a_state_and_based_is_a_town(
        text: str, operator: str | None, town: str) -> None:
    r = run(text)
    assert town in [c.name for c in r.cities]
    assert "New York" not in [c.name for c in r.cities]
    if operator:
        assert (operator, "headquarters", town) in {(f.operator, f.kind, f.city)
                                                    for f in r.facilities}


@pytest.mark.parametrize("text", [
    "Oracle opened a cloud region in Wellington, its second in New Zealand.",
    "Datagrid, a New Zealand company, is building a data center near Invercargill.",
])
def test_new_zealand_is_named_not_told_by_an_adjective(text: str) -> None:
    assert "NZ" in run(text).countries


def test_a_country_written_without_its_accent_is_named() -> None:
    r = run("MTN opened a data center in Abidjan, its biggest in Cote d'Ivoire.")
    assert "CI" in r.countries


def test_georgia_is_the_country_where_a_town_of_it_is_named() -> None:
    r = run("Georgia's second-biggest carrier opened a data center in Batumi last year. "
            "Atlanta, Georgia-based Cox said it would open an office in Tbilisi.")
    assert "GE" in r.countries


@pytest.mark.parametrize("text", [
    "Mailchimp, which is based in Atlanta, Georgia, opened an office in Tbilisi.",
    "Georgia Power will supply the new Microsoft data center near Atlanta.",
])
def test_georgia_the_state_is_no_country(text: str) -> None:
    assert "GE" not in run(text).countries


@pytest.mark.parametrize(("text", "both"), [
    ("MADRID/LISBON, Feb 11 - Telefonica said on Wednesday it would open a data center in "
     "Porto.", {"Madrid", "Lisbon"}),
    ("SEOUL/TOKYO, June 3 (Reuters) - SK Hynix said on Tuesday it had won a large order.",
     {"Seoul", "Tokyo"}),
])
def test_every_city_of_a_dateline_with_a_slash_is_named(text: str, both: set[str]) -> None:
    assert both <= {c.name for c in run(text).cities}


@pytest.mark.parametrize(("text", "not_a_city"), [
    ("AWS is expanding its data centers at Villanueva de Gallego and El Burgo de Ebro, "
     "near Zaragoza.", "Villanueva"),
    ("Iberdrola will power a new data center at San Juan de Aznalfarache, outside Seville.",
     "San Juan"),
    ("Scala broke ground on a campus in Eldorado do Sul, in the southern Brazilian state of "
     "Rio Grande do Sul.", "Rio Grande do Sul"),
])
def test_the_head_of_a_longer_town_name_or_a_state_is_no_city(
        text: str, not_a_city: str) -> None:
    assert not_a_city not in {c.name for c in run(text).cities}


def test_a_town_goes_by_its_own_name_beside_another_geonames_gives_it() -> None:
    r = run("Ascenty is adding a building to its Tambore campus in Barueri.")
    assert [c.name for c in r.cities] == ["Barueri"]
    assert [f.city for f in r.facilities] == ["Barueri"]


def test_a_state_geonames_lists_as_another_name_of_a_town_is_no_city() -> None:
    r = run("Scala broke ground on a data center campus in Rio Grande do Sul.")
    assert r.cities == []

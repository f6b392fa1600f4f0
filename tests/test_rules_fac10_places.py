"""Places of sites (session 10): a site told by the town named before ("on the city's
northern edge", "in the city's RiNo district", "on the outskirts of the city", "a few
kilometres away"), and a town the story took before, named again after a plain
preposition ("to draw suppliers to Kitakami"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


def sites(r: Extraction) -> set[tuple[str, str, str | None]]:
    return {(f.operator, f.kind, f.city) for f in r.facilities}


@pytest.mark.parametrize(("text", "site"), [
    ("Infineon opened a fab in Dresden last year. Bosch is expanding its fab on the city's "
     "southern edge.", ("Bosch", "fab", "Dresden")),
    ("Kioxia runs a memory fab in Kitakami. Western Digital is building a packaging plant two "
     "kilometres away.", ("Western Digital", "factory", "Kitakami")),
    ("Samsung opened a fab in Pyeongtaek in 2017. SK hynix plans a campus on the outskirts of "
     "the city.", ("SK Hynix", "campus", "Pyeongtaek")),
    ("Lumen Optics will move its headquarters to Denver. The new headquarters, in the city's "
     "RiNo district, will open in June.", ("Lumen Optics", "headquarters", "Denver")),
])
def test_a_site_told_by_the_town_before(text: str, site: tuple[str, str, str]) -> None:
    assert site in sites(run(text))


def test_a_town_named_again_after_to_places_the_next_site() -> None:
    r = run("Kioxia opened a fab in Kitakami, Iwate, on Monday. The line will make flash "
            "memory. Volume output starts next year. The company did not give a price. "
            "Officials expect the plant to bring suppliers to Kitakami, a town of 90,000. "
            "Tokyo Electron opened a service office in the city last year.")
    assert ("Tokyo Electron", "office", "Kitakami") in sites(r)


def test_a_town_south_of_a_city_is_not_in_it() -> None:
    r = run("Mistral AI opened an office in Paris in 2023. Its first data center, in a "
            "department south of Paris, is being built with Nvidia.")
    assert ("Mistral AI", "data_center", "Paris") not in sites(r)


@pytest.mark.parametrize(("text", "city"), [
    ("Vantage said the campus, west of Abilene, will consist of ten buildings.", "Abilene"),
    ("Hana Micron will build two packaging plants on a site south of Incheon.", "Incheon"),
    ("The new data center sits about 70 km north of Marrakech, on land leased from OCP.",
     "Marrakech"),
])
def test_a_site_north_of_a_town_is_not_in_it(text: str, city: str) -> None:
    assert all(f.city != city for f in run(text).facilities)


def test_a_site_in_the_north_of_a_town_is_in_it() -> None:
    r = run("ESMC started building a fab in the north of Dresden in August.")
    assert [f.city for f in r.facilities] == ["Dresden"]


@pytest.mark.parametrize(("text", "district", "city"), [
    ("ST Telemedia opened a 124-MW campus in Fairview, Quezon City, last year.", "Fairview",
     "Quezon City"),
    ("Infosys opened a development center in Whitefield, Bengaluru, last year.", "Whitefield",
     "Bengaluru"),
])
def test_a_district_before_its_city_is_no_city(text: str, district: str, city: str) -> None:
    r = run(text)
    assert [c.name for c in r.cities] == [city]
    assert [f.city for f in r.facilities] == [city]


@pytest.mark.parametrize("text", [
    "Uber has offices in Boston, New York and Chicago.",
    "Sentrix has offices in Austin, London and now Montevideo.",
])
def test_a_list_of_cities_keeps_them_all(text: str) -> None:
    assert len(run(text).cities) == 3


def test_a_city_spelt_another_way_is_the_city() -> None:
    r = run("The campus stands about 70 km north of Marrakech.")
    assert [c.name for c in r.cities] == ["Marrakech"]


@pytest.mark.parametrize(("text", "site"), [
    ("Equinix opens Frankfurt AI data center", ("Equinix", "data_center", "Frankfurt")),
    ("Tata Electronics starts work on Dholera chip plant", ("Tata Electronics", "fab", "Dholera")),
    ("Sify breaks ground on Chennai AI data centre", ("Sify Technologies", "data_center",
                                                      "Chennai")),
])
def test_a_town_before_a_modified_facility_word(text: str, site: tuple[str, str, str]) -> None:
    assert site in sites(run(text))


def test_a_town_before_a_name_is_part_of_it() -> None:
    r = run("Equinix joined the Frankfurt AI Alliance last year.")
    assert r.cities == []


def test_a_town_written_with_city_and_its_province() -> None:
    r = run("Converge opened its data center in San Fernando City, Pampanga, on Wednesday.")
    assert [c.name for c in r.cities] == ["San Fernando"]
    assert [(f.operator, f.city) for f in r.facilities] == [("Converge", "San Fernando")]


@pytest.mark.parametrize(("text", "towns"), [
    ("Cisco has offices in Toronto, Boulder and Denver.", ["Toronto", "Boulder", "Denver"]),
    ("Acme opened an office in London, Ontario.", ["London"]),
])
def test_a_list_or_a_state_after_a_town(text: str, towns: list[str]) -> None:
    assert [c.name for c in run(text).cities] == towns

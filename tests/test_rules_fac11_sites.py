"""Sites (session 10): a company told as "the data centre arm of X" names no site; a town
after "its largest outside" / "the first ... outside" is not the site's; and earlier or
later sites told by an ordinal alone after a site word ("which opened its first in
Nairobi", "is building a sixth in Accra"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None]]:
    return sorted((f.operator, f.kind, f.city) for f in r.facilities)


@pytest.mark.parametrize(("text", "site", "town"), [
    ("Nxtra, the data center unit of Mumbai conglomerate Tata, opened a site in Pune.",
     ("Nxtra", "data_center", "Pune"), "Mumbai"),
    ("Khazna Data Centers, the data centre arm of Abu Dhabi technology group G42, switched "
     "on a facility in Ajman on Tuesday.", ("Khazna Data Centers", "data_center", "Ajman"),
     "Abu Dhabi"),
    ("Vantage Data Centers, the data center subsidiary of Denver investor DigitalBridge, "
     "opened a campus in Frankfurt.", ("Vantage Data Centers", "data_center", "Frankfurt"),
     "Denver"),
])
def test_a_data_center_arm_of_a_group_is_no_site(
        text: str, site: tuple[str, str, str], town: str) -> None:
    got = sites(run(text))
    assert site in got
    assert all(city != town for _op, _kind, city in got)


@pytest.mark.parametrize(("text", "town"), [
    ("Equinix said its third Victorian site will be its largest outside Sydney.", "Sydney"),
    ("Iron Mountain Data Centers said the new data center is the first it runs outside "
     "Madrid.", "Madrid"),
    ("Switch opened its fifth campus outside Las Vegas on Monday.", "Las Vegas"),
    ("Equinix opens 20 MW Lyon data center, its first outside Paris", "Paris"),
])
def test_a_town_after_a_ranked_outside_is_not_the_site(text: str, town: str) -> None:
    assert all(city != town for _op, _kind, city in sites(run(text)))


@pytest.mark.parametrize(("text", "site"), [
    ("It is the third facility for Africa Data Centres, which opened its first in Nairobi "
     "in 2019 and has since added a site in Lagos.",
     ("Africa Data Centres", "data_center", "Nairobi")),
    ("Digital Realty opened a data center in Marseille on Monday. The company is building "
     "a sixth in Lyon, due to open next year.", ("Digital Realty", "data_center", "Lyon")),
    ("Infineon opened a chip plant in Kulim in March. It is also building a second in Dresden.",
     ("Infineon Technologies", "fab", "Dresden")),
    ("Google opened an office in Lagos, its second in Africa, after it opened its first in "
     "Nairobi in 2019.", ("Google", "office", "Nairobi")),
])
def test_a_site_told_by_its_ordinal_alone(text: str, site: tuple[str, str, str]) -> None:
    assert site in sites(run(text))


@pytest.mark.parametrize("text", [
    "Microsoft opened an office in Lagos, its first in Africa.",
    "Equinix opened a data center in Lyon, its first in the city.",
    "Equinix opened a data center in Lyon. The company said it was the first in France.",
])
def test_the_ordinal_of_the_site_itself_adds_none(text: str) -> None:
    assert len(run(text).facilities) == 1


def test_the_ordinal_site_keeps_the_operator_of_its_sentence() -> None:
    r = run("Equinix opened a data center in Osaka in partnership with Nvidia last year, and is "
            "building a second in Sapporo.")
    assert ("Equinix", "data_center", "Sapporo") in sites(r)
    assert all(f.operator != "Nvidia" for f in r.facilities)


@pytest.mark.parametrize(("text", "town"), [
    ("Equinix is converting an old warehouse into a data center, while Digital Realty is "
     "expanding in Paris.", "Paris"),
    ("KDDI is turning a former LCD plant into an AI data center, and GMO Internet Group, "
     "which runs a GPU cloud from Tokyo, is its closest rival.", "Tokyo"),
    ("Oracle is adding a cloud region this year, but Google, which has run one for two years, "
     "remains ahead in Madrid.", "Madrid"),
])
def test_a_town_of_the_next_clause_is_not_the_site_s(text: str, town: str) -> None:
    r = run(text)
    assert all(f.city != town for f in r.facilities if f.operator not in ("Digital Realty",
               "GMO Internet Group", "Google"))


@pytest.mark.parametrize(("text", "site"), [
    ("Amkor Technology said equipment had started to arrive at its plant in Peoria, Arizona, "
     "which will package chips made at TSMC's fabs in Phoenix.",
     ("Amkor Technology", "factory", "Peoria")),
    ("Intel is building a plant in Penang that will assemble and test its processors.",
     ("Intel", "factory", "Penang")),
    ("Micron opened a plant in Sanand, Gujarat, where it will package memory chips.",
     ("Micron Technology", "factory", "Sanand")),
])
def test_a_chipmaker_s_plant_told_as_packaging_chips_is_a_factory(
        text: str, site: tuple[str, str, str]) -> None:
    assert site in sites(run(text))


@pytest.mark.parametrize(("text", "site"), [
    ("TSMC opened an advanced packaging plant in Chiayi on Monday.\nPhoto caption: A TSMC "
     "plant in Chiayi.", ("Taiwan Semiconductor Manufacturing", "factory", "Chiayi")),
    ("Infosys said it would move its headquarters to Hyderabad next year. Photo: Infosys' new "
     "office tower in Hyderabad.", ("Infosys", "headquarters", "Hyderabad")),
    ("Wipro said it would move its headquarters to Pune next year. Pictured: the Wipro "
     "office tower in Pune.", ("Wipro", "headquarters", "Pune")),
])
def test_a_caption_shows_the_site_of_its_town(text: str, site: tuple[str, str, str]) -> None:
    got = sites(run(text))
    assert site in got
    assert len([x for x in got if x[2] == site[2]]) == 1

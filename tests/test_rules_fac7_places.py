"""Places: datelines, US state abbreviations and other ways news writes a place.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def cities(r: Extraction) -> list[tuple[str, str | None]]:
    return [(c.name, c.country) for c in r.cities]


def sites(r: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return sorted(((f.operator, f.kind, f.city, f.country) for f in r.facilities), key=str)


@pytest.mark.parametrize(("text", "city"), [
    ("SEOUL, March 4 (Reuters) - Samsung Electronics will invest $2 billion in a new chip "
     "packaging plant, the company said.", ("Seoul", "KR")),
    ("DUBLIN (AP) -- Amazon Web Services said on Tuesday it will build another data center.",
     ("Dublin", "IE")),
    ("San Jose, Calif., May 2, 2025 /PRNewswire/ -- Kestrel Photonics Inc. today announced "
     "that it has opened a new research center.", ("San Jose", "US")),
    ("TOKYO -- Kioxia will open a new fab next spring.\n\nIt did not give a cost.",
     ("Tokyo", "JP")),
    ("Austin, Texas — Tesla said it has started production at its new factory.",
     ("Austin", "US")),
])
def test_the_city_of_a_dateline_is_named_but_is_no_sites_place(
        text: str, city: tuple[str, str]) -> None:
    r = run(text, title="A headline about a plant")
    assert city in cities(r)
    assert all(f.city is None for f in r.facilities), sites(r)
    assert all(e.city is None for e in r.events)


def test_a_site_placed_in_the_sentence_of_a_dateline_keeps_its_own_town() -> None:
    r = run("SEOUL, March 4 (Reuters) - SK Hynix will build a packaging plant in West "
            "Lafayette, Indiana, its first in the United States.")
    assert sites(r) == [("SK Hynix", "factory", "West Lafayette", "US")]
    assert ("Seoul", "KR") in cities(r)


def test_a_dash_after_a_name_is_no_dateline() -> None:
    r = run("Intel - the chipmaker - opened a fab in Ohio.")
    assert sites(r) == [("Intel", "fab", None, "US")]
    r = run("Fujitsu - which opened a lab in Kawasaki - said sales rose.")
    assert sites(r) == [("Fujitsu", "rnd_center", "Kawasaki", "JP")]


@pytest.mark.parametrize(("text", "city", "state"), [
    ("Meta will build a data center in Lancaster, Pa., its first in the state.",
     "Lancaster", "PA"),
    ("Google opened an office in Columbus, Ga., in May.", "Columbus", "GA"),
    ("The chipmaker opened a lab in Aurora, Ill., last week.", "Aurora", "IL"),
    ("Intel opened a fab in Portland, Ore., on Monday.", "Portland", "OR"),
])
def test_a_state_abbreviation_picks_the_town_in_that_state(text: str, city: str,
                                                           state: str) -> None:
    from loaders import geo
    r = run(text)
    got = [c for c in r.cities if c.name == city]
    assert got and got[0].geonames_id in {p.geonames_id for p in geo.cities()[city]
                                          if p.admin1 == state}
    assert [c.name for c in r.cities] == [city]  # "Ore." is no town in Nigeria


def test_a_town_gazetteer_lacks_is_found_before_a_state_abbreviation() -> None:
    r = run("Acme Robotics opened a factory in Boydton, Va., on Monday.")
    assert sites(r) == [("Acme Robotics", "factory", "Boydton", "US")]


def test_a_town_after_the_at_a_paragraph_start_is_the_town() -> None:
    r = run("Rivian will build a plant.\n\nThe Irvine, Calif.-based company said it would "
            "hire 550 people.")
    assert cities(r) == [("Irvine", "US")]
    assert ("Rivian", "headquarters", "Irvine", "US") in sites(r)
    r = run("Google runs a data center in The Dalles, Oregon.")
    assert cities(r) == [("The Dalles", "US")]


def test_a_country_adjective_is_no_town() -> None:
    r = run("Amazon Web Services launched its own Thai region earlier this year.")
    assert r.cities == []
    assert sites(r) == [("Amazon Web Services", "cloud_region", None, "TH")]


def test_the_seat_before_based_is_no_place_of_another_site() -> None:
    r = run("Crusoe opened a campus in Abilene. The San Francisco-based firm also runs a data "
            "center in Wyoming.")
    assert ("Crusoe", "data_center", "San Francisco", "US") not in sites(r)
    assert ("Crusoe", "data_center", None, "US") in sites(r)


@pytest.mark.parametrize(("text", "want"), [
    ("Work on its megafab in Clay, N.Y., will go ahead. The New York plan has state support.",
     [("Clay", "US")]),
    ("Micron keeps its New York plan. Its fab in Clay, New York, is on track.",
     [("Clay", "US")]),
    ("IBM has offices in Boston, New York and Chicago.",
     [("Boston", "US"), ("New York", "US"), ("Chicago", "US")]),
    ("Google is expanding offices in Wisconsin, Massachusetts, New York and Texas. Its "
     "Massachusetts and New York offices are engineering hubs.", [("New York", "US")]),
])
def test_new_york_is_the_state_where_a_town_is_told_as_in_new_york(
        text: str, want: list[tuple[str, str]]) -> None:
    assert cities(run(text)) == want

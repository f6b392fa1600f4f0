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
    assert sites(r) == [("SK Hynix", "fab", "West Lafayette", "US")]
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

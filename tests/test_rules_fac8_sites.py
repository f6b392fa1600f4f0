"""What a site is and whether it is one: a data-center builder's other campus, plans
shelved for a site told by its size. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None]]:
    return sorted(((f.operator, f.kind, f.city) for f in r.facilities), key=str)


@pytest.mark.parametrize(("text", "city"), [
    ("Oracle is building a 1-gigawatt data center campus in Abilene, Texas. Oracle also plans "
     "to put more money into its campus near Albuquerque, where the first building is under "
     "construction.", "Albuquerque"),
    ("Meta opened a hyperscale data center in Odense last year. Meta said on Tuesday it would "
     "add two buildings to its campus outside Aarhus.", "Aarhus"),
])
def test_another_campus_of_a_company_building_data_centers_holds_servers(
        text: str, city: str) -> None:
    assert [f[1] for f in sites(run(text)) if f[2] == city] == ["data_center"]


def test_a_campus_of_offices_stays_a_campus() -> None:
    r = run("Meta opened a data center in Odense last year. Meta said its campus in Menlo Park, "
            "where 10,000 employees work, would get a new building.")
    assert [f[1] for f in sites(r) if f[2] == "Menlo Park"] == ["campus"]


@pytest.mark.parametrize("text", [
    "Oracle shelved plans for a 500-acre campus near Nashville, the company said on Monday.",
    "Equinix has scrapped plans for a 60-megawatt data center outside Lisbon after a row "
    "over grid access.",
])
def test_plans_shelved_for_a_site_told_by_its_size_are_no_site(text: str) -> None:
    assert sites(run(text)) == []


@pytest.mark.parametrize(("text", "operator", "city"), [
    ("Rents for server space in Frankfurt have doubled since 2020. Equinix said it would "
     "build a data center there.", "Equinix", "Frankfurt"),
    ("Google opened its second Warsaw cloud region in May, and Equinix, the Redwood "
     "City-based operator, is expanding its campus there.", "Equinix", "Warsaw"),
    ("Foxconn has run a plant in Chennai since 2017. Pegatron has opened a factory nearby, "
     "and Wistron plans another.", "Pegatron", "Chennai"),
    ("Microsoft opened a data center in Dublin's docklands last year, and Equinix also runs "
     "a data center in the city.", "Equinix", "Dublin"),
    ("Vantage opened a campus in Zurich last year. Singapore's Digital Edge and Equinix have "
     "since opened data centers nearby.", "Digital Edge", "Zurich"),
    ("Nokia cut 1,000 jobs in Tampere last year. Since then Intel and Qualcomm have "
     "opened offices in town to hire its engineers.", "Qualcomm", "Tampere"),
])
def test_a_site_there_or_nearby_stands_in_the_town_named_before(
        text: str, operator: str, city: str) -> None:
    assert (operator, city) in {(f[0], f[2]) for f in sites(run(text))}


def test_a_companys_home_is_not_the_town_its_site_nearby_stands_in() -> None:
    r = run("Vantage opened a campus in Zurich last year. Singapore's Digital Edge and Equinix "
            "have since opened data centers nearby.")
    assert not any(f[2] == "Singapore" for f in sites(r))


@pytest.mark.parametrize(("text", "operator", "kind", "city"), [
    ("Orange opened a data center in Abidjan on Tuesday. Orange said it would open a similar "
     "site in Dakar, Senegal, in 2026.", "Orange", "data_center", "Dakar"),
    ("Intel opened a chip plant in Kulim last year. Intel plans a sister facility in Penang.",
     "Intel", "fab", "Penang"),
])
def test_a_similar_site_is_of_the_kind_told_before(
        text: str, operator: str, kind: str, city: str) -> None:
    assert (operator, kind, city) in sites(run(text))


@pytest.mark.parametrize("text", [
    "Rack Centre opened a data center in Lagos. Rack Centre said it was also studying a site "
    "in Accra, Ghana, but had not yet committed to it.",
    "Equinix runs two data centers in Madrid. Equinix is evaluating possible sites in Porto "
    "for a third.",
])
def test_a_site_being_studied_is_none_yet(text: str) -> None:
    assert all(f[2] not in ("Accra", "Porto") for f in sites(run(text)))


@pytest.mark.parametrize(("text", "operator", "city"), [
    ("Teleperformance opened a new call centre in Tirana last month.",
     "Teleperformance", "Tirana"),
    ("Infosys runs a delivery center in Mysuru with 10,000 staff.", "Infosys", "Mysuru"),
])
def test_a_support_call_or_delivery_center_is_an_office(
        text: str, operator: str, city: str) -> None:
    assert (operator, "office", city) in sites(run(text))


@pytest.mark.parametrize("text", [
    "Vodafone bets on 'mobile office'. Vodafone has launched its latest \"mobile office\" "
    "handset, which has built-in wi-fi.",
    "Yahoo opened to the public in 1995. It was set up by two students in a campus trailer.",
    "Orange has launched a new 3G handset. \"Our customers spend half the week out of the "
    "office,\" the head of Orange told a press conference.",
])
def test_a_name_in_quotes_a_phrase_or_a_modifier_is_no_site(text: str) -> None:
    assert sites(run(text)) == []


@pytest.mark.parametrize("text", [
    "TSMC said construction of its second fab in Kumamoto was ahead of schedule. Work on the "
    "second fab began last year beside the first plant, which opened in 2024 and now supplies "
    "chips to Sony and Denso.",
    "Micron said its new fab in Hiroshima would open in 2026. Construction began in March next "
    "to the existing plant, which makes memory chips for Apple.",
])
def test_the_first_or_existing_plant_beside_a_fab_is_the_chipmakers(text: str) -> None:
    assert {f[0] for f in sites(run(text))} <= {"Taiwan Semiconductor Manufacturing",
                                                 "Micron Technology"}


def test_the_town_where_chips_are_designed_is_not_the_plants() -> None:
    r = run("Bosch will open a chip plant in Penang. The plant will test chips that Bosch "
            "designs in Reutlingen, and will employ 300 people.")
    assert [f[2] for f in sites(r)] == ["Penang"]


def test_a_market_for_a_kind_of_site_is_no_site() -> None:
    r = run("Nvidia, long AMD's main rival for data center orders in Europe, now sells a "
            "cut-down chip in China.")
    assert sites(r) == []


def test_a_second_clause_told_by_says_has_its_own_subject() -> None:
    r = run("Google opened its Warsaw cloud region last year, and Microsoft says its own Warsaw "
            "region will follow in 2026.")
    assert ("Microsoft", "cloud_region", "Warsaw") in sites(r)


def test_a_town_named_again_to_open_a_sentence_places_a_site_nearby() -> None:
    r = run("NTT said on Tuesday it had opened a data center in Inzai, Chiba Prefecture. The "
            "building offers 24 megawatts. It will add two more by 2028. Inzai has become the "
            "densest cluster of server halls in Japan. Digital Edge has opened a data center "
            "nearby.")
    assert ("Digital Edge", "data_center", "Inzai") in sites(r)


def test_a_town_told_after_than_is_not_the_sites() -> None:
    r = run("Vantage says its new campus can offer cheaper power than the sites around Dublin, "
            "its chief said.")
    assert all(f[2] != "Dublin" for f in sites(r))


def test_the_first_site_in_a_town_beside_the_second_is_another_site() -> None:
    r = run("Equinix opened its second Osaka data center on Monday. The building stands next "
            "to Equinix's first Osaka data center, OS1, and cost $90 million.")
    assert sorted(f.ordinal or 0 for f in r.facilities) == [1, 2]


def test_the_first_site_told_twice_is_one_site() -> None:
    r = run("Equinix opened its first Osaka data center on Monday. The first Osaka data center "
            "cost $90 million.")
    assert len(r.facilities) == 1

"""Sites told by money, dropped plans and a company's nationality, and a rival told only as a
modifier: sentences written for these tests, in the way wires and trade press tell them."""

from __future__ import annotations

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text))


def sites(r: Extraction) -> set[tuple[str, str, str | None, str | None]]:
    return {(f.operator, f.kind, f.city, f.country) for f in r.facilities}


def test_money_put_into_a_new_site_announces_it() -> None:
    r = run("Taiwanese chipmaker Liantai Semiconductor said on Monday it would spend T$300 "
            "billion ($9.2 billion) on a new packaging plant in Chiayi, southern Taiwan.")
    assert ("Liantai Semiconductor", "factory", "Chiayi", "TW") in sites(r)
    assert ("facility_announcement", ("Liantai Semiconductor",), "Chiayi") in {
        (e.type, tuple(e.companies), e.city) for e in r.events}


def test_money_put_into_a_site_it_has_expands_it() -> None:
    r = run("Intel will invest $2 billion in its Leixlip plant in Ireland.")
    assert [f.status for f in r.facilities] == ["expanded"]


def test_pulling_out_of_a_planned_site_calls_it_off() -> None:
    r = run("Teradata is pulling out of a planned data center in Frankfurt and will instead "
            "double the size of its campus outside Paris.")
    assert sites(r) == {("Teradata", "data_center", "Paris", "FR")}
    assert ("other", "Frankfurt") in {(e.type, e.city) for e in r.events}
    r = run("Teradata dropped its plans for a data center in Frankfurt.")
    assert sites(r) == set()


def test_prices_dropped_at_a_site_call_nothing_off() -> None:
    r = run("Teradata dropped prices at its data center in Frankfurt.")
    assert ("Teradata", "data_center", "Frankfurt", "DE") in sites(r)


def test_the_company_s_nationality_is_not_the_site_s_country() -> None:
    r = run("Nokia is to open a new factory in Chennai. The Finnish firm said the plant would "
            "make handsets for the Indian market and employ 2,000 people.")
    assert sites(r) == {("Nokia", "factory", "Chennai", "IN")}
    r = run("Maersk opened a new Danish hub.")
    assert {f.country for f in r.facilities} == {"DK"}


def test_a_site_whose_building_is_completed_is_open() -> None:
    r = run("Digital Realty has completed the first phase of its Frankfurt campus.")
    assert [(f.kind, f.city, f.status) for f in r.facilities] == [
        ("data_center", "Frankfurt", "opened")]
    r = run("Digital Realty completed the acquisition of a data center in Osaka.")
    assert [f.status for f in r.facilities] == ["acquired"]


def test_a_name_that_only_qualifies_a_word_is_no_rival() -> None:
    r = run("Intel, once the undisputed leader, now trails AMD and Arm-based rivals in data "
            "center CPUs.")
    assert {frozenset((p.a, p.b)) for p in r.competitors} == {
        frozenset(("Intel", "Advanced Micro Devices"))}

"""Facility rules, one behaviour per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction, Facility


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return sorted(((f.operator, f.kind, f.city, f.country) for f in r.facilities), key=str)


def one(r: Extraction) -> Facility:
    assert len(r.facilities) == 1, sites(r)
    return r.facilities[0]


# --- money and power of the site's own clause ------------------------------------------

def test_the_investment_is_the_one_of_the_sites_own_clause() -> None:
    r = run("Microsoft announced a $2.2 billion investment in Malaysia, while Google committed "
            "$2 billion to build its first data center in the country.")
    f = one(r)
    assert (f.operator, f.investment, f.ordinal) == ("Google", "$2B", 1)


def test_an_amount_in_a_clause_of_the_same_company_still_counts() -> None:
    f = one(run("Oracle will spend $6.5 billion over five years, and it will open a cloud "
                "region in Kuala Lumpur."))
    assert (f.city, f.investment) == ("Kuala Lumpur", "$6.5B")


def test_an_amount_in_another_companys_clause_is_not_the_sites() -> None:
    f = one(run("Nvidia raised its forecast to $28 billion; Equinix said its 40-megawatt data "
                "center in Osaka is now open."))
    assert (f.operator, f.capacity, f.investment) == ("Equinix", "40 MW", None)


# --- "in the country" ------------------------------------------------------------------

def test_in_the_country_is_the_country_named_before() -> None:
    r = run("Vietnam has drawn chip investment for years. Intel said on Tuesday it would "
            "build a packaging plant in the country.")
    assert sites(r) == [("Intel", "factory", None, "VN")]


# --- the kind in general -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Operators of data centers say power is the main limit in Virginia, Equinix said.",
    "Schneider Electric said data centers now use 4% of US power.",
    "Amazon said demand for data centers keeps rising in Ireland.",
])
def test_a_plural_kind_word_with_no_owner_and_no_place_of_its_own_is_no_site(text: str) -> None:
    assert run(text).facilities == []


@pytest.mark.parametrize("text, expected", [
    ("Google runs a network of data centers that stretches from Chile to Finland.",
     [("Google", "data_center", None, "CL"), ("Google", "data_center", None, "FI")]),
    ("Stripe has offices and engineering teams in Dublin and Singapore.",
     [("Stripe", "office", "Dublin", "IE"), ("Stripe", "office", "Singapore", "SG")]),
    ("Microsoft runs data centers in Ireland and the Netherlands.",
     [("Microsoft", "data_center", None, "IE"), ("Microsoft", "data_center", None, "NL")]),
])
def test_plural_sites_a_company_owns_or_places_stay(
        text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    assert sites(run(text)) == expected


# --- captions ----------------------------------------------------------------------------

@pytest.mark.parametrize("caption", [
    "Pictured: the company's campus in Austin, which opened in 2019.",
    "Photo: Oracle's campus in Austin, which opened in 2019.",
    "Oracle's campus in Austin, which opened in 2019, is pictured on March 3.",
])
def test_a_photo_caption_gives_a_site_no_status(caption: str) -> None:
    r = run("Oracle said it would grow its cloud business.\n\n" + caption)
    f = one(r)
    assert (f.city, f.status) == ("Austin", None)
    assert not [e for e in r.events if e.type == "facility_opening"]


def test_a_sentence_that_is_no_caption_keeps_its_status() -> None:
    f = one(run("Top executives said: Oracle opened a campus in Austin on Monday."))
    assert f.status == "opened"


# --- called off --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Intel said it will no longer build the fab in Magdeburg.",
    "Intel is no longer building its chip plant in Magdeburg.",
    "Intel has shelved its planned chip plant in Magdeburg, Germany.",
    "Samsung put its plant in Taylor, Texas on hold.",
    "Northvolt has paused its planned battery factory in Heide.",
    "Northvolt called off its battery factory in Skelleftea.",
    "The data center in Mesa was put on hold, Meta said.",
])
def test_a_site_called_off_is_no_site_but_an_event(text: str) -> None:
    r = run(text)
    assert r.facilities == []
    assert [e.type for e in r.events] == ["other"]


@pytest.mark.parametrize("text", [
    "Stripe opened an office in Dublin on Monday, its staff said.",
    "Tesla halted production at its Shanghai factory for a week.",
    "Northvolt paused construction of its battery factory in Heide: the site waits.",
    "Velmora Corp cancelled plans to expand the factory in Lyon, which opened in 2019.",
])
def test_no_site_called_off(text: str) -> None:
    assert run(text).facilities != []


def test_an_office_is_no_hint_of_a_site_called_off() -> None:
    from loaders.facility_status import _sentence_hints
    assert _sentence_hints("Stripe opened an office in Dublin.")[1] is False
    assert _sentence_hints("Stripe called off its office in Dublin.")[1] is True


# --- where, who, what happens --------------------------------------------------------------

def test_a_state_in_the_title_is_the_one_site_the_body_places_in_a_town_of_that_state() -> None:
    r = run("Brightline Compute, the Singapore-based operator, said on Friday it had opened a "
            "300 MW campus in Abilene, its second facility in the state.",
            title="Brightline Compute opens 300 MW campus in Texas")
    dc = [f for f in r.facilities if f.kind == "data_center"]
    assert [(f.city, f.status, f.ordinal, f.capacity) for f in dc] == \
        [("Abilene", "opened", 2, "300 MW")]


def test_new_sites_in_a_state_are_not_the_one_the_company_has_in_a_town_there() -> None:
    r = run("Intel will invest $20 billion in two new fabs in Arizona. Its newest fab became "
            "fully operational in 2020 in Chandler, Arizona.")
    chandler = [f for f in r.facilities if f.city == "Chandler"]
    assert [(f.status, f.investment) for f in chandler] == [("opened", None)]


def test_a_groundbreaking_puts_a_site_under_construction() -> None:
    f = one(run("Micron Technology on Tuesday held a groundbreaking for its megafab in Clay, "
                "New York."))
    assert (f.city, f.status) == ("Clay", "under_construction")


def test_a_site_operated_by_a_company_is_that_companys() -> None:
    f = one(run("CoreWeave signed a lease for 200 MW at a data center in Ellendale, North "
                "Dakota, operated by Applied Digital."))
    assert (f.operator, f.city, f.capacity) == ("Applied Digital", "Ellendale", "200 MW")


def test_a_headquarters_moved_from_one_town_to_another_is_at_the_new_one() -> None:
    r = run("Stripe said it would move its headquarters from San Francisco to South San "
            "Francisco next year.")
    assert sites(r) == [("Stripe", "headquarters", "South San Francisco", "US")]


def test_new_in_a_place_name_makes_no_site_new() -> None:
    r = run("Cohere employs 40 people, and it runs offices in New Delhi and New York.")
    assert [f.status for f in r.facilities] == [None, None]
    assert one(run("Hugging Face opened its new Austin office.")).status == "opened"
    assert one(run("Hugging Face has a new office in Lyon.")).status == "announced"


@pytest.mark.parametrize("text", [
    "It now costs around $15 billion to build a new memory fab, Micron said.",
    "The fastest U.S. supercomputer, Titan, runs on Nvidia chips.",
    "The Chinese supercomputer uses chips from Intel, Intel said.",
])
def test_what_a_kind_of_site_costs_and_a_supercomputer_with_no_town_are_no_sites(
        text: str) -> None:
    assert run(text).facilities == []


def test_a_based_group_that_is_no_company_is_no_headquarters_of_the_story_company() -> None:
    r = run("Google News was blocked in China. The Paris-based pressure group said the site "
            "had been down for days, Google said.", title="Google News blocked")
    assert [f for f in r.facilities if f.kind == "headquarters"] == []


def test_sites_listed_along_with_one_share_its_verb() -> None:
    r = run("Gitpod opened its first overseas office in Seoul along with hubs in "
            "Austin and Lisbon.")
    assert sorted((f.city, f.status) for f in r.facilities) == \
        [("Austin", "opened"), ("Lisbon", "opened"), ("Seoul", "opened")]


def test_committed_to_opening_is_an_announcement() -> None:
    r = run("Cruise committed to opening an engineering hub in Seattle.")
    assert one(r).status == "announced"


def test_would_build_is_an_announcement() -> None:
    f = one(run("Chipmaker Ambiq Micro said it would build a test plant in Round Rock."))
    assert (f.city, f.status) == ("Round Rock", "announced")


def test_a_town_where_the_company_is_headquartered_is_its_headquarters() -> None:
    r = run("Micron Technology runs a fab in Boise, Idaho, where it is headquartered.")
    assert sites(r) == [("Micron Technology", "fab", "Boise", "US"),
                        ("Micron Technology", "headquarters", "Boise", "US")]


@pytest.mark.parametrize("text", [
    "Nvidia unveiled the latest in its lineup of datacenter machines.",
    "Future data center designs will need GPUs, Microsoft said.",
    "Each new customer receives a free Homebox, the broadband hub which Vodafone sells.",
    "Starship has deployed robots at Northern Arizona University's Flagstaff campus.",
    "Starship robots now roam campuses like the University of Pittsburgh.",
    "Quarry, a Boise, Idaho-based startup, demonstrated a robot that runs on Nvidia chips.",
    "Qualcomm said small cells will give the reliability demanded in factory settings.",
    "Nvidia unveiled DOCA, its datacenter-on-a-chip architecture.",
    "With 5G, Qualcomm said, you can bring yourself into the office from anywhere.",
])
def test_no_site_of_the_company_named(text: str) -> None:
    assert run(text).facilities == []


def test_the_city_based_company_is_still_the_story_company() -> None:
    r = run("Asana raised $50 million. With the new money, the San Francisco-based company "
            "plans to hire.")
    assert sites(r) == [("Asana", "headquarters", "San Francisco", "US")]


def test_each_town_listed_before_a_plural_word_is_a_site() -> None:
    r = run("Amazon Web Services said the service is live in Ohio. It will come to the cloud "
            "provider's Frankfurt and Sydney regions in the coming weeks.")
    assert sites(r) == [("Amazon Web Services", "cloud_region", "Frankfurt", "DE"),
                        ("Amazon Web Services", "cloud_region", "Sydney", "AU")]


def test_a_based_headquarters_to_be_opened_is_a_site_and_a_based_operator_no_seat() -> None:
    r = run("Stripe, which is based in San Francisco, plans to open a Dublin-based "
            "headquarters for Europe next year.")
    assert sites(r) == [("Stripe", "headquarters", "Dublin", "IE"),
                        ("Stripe", "headquarters", "San Francisco", "US")]
    assert [f.status for f in r.facilities if f.city == "Dublin"] == ["announced"]
    r = run("Equinix, a Redwood City-based data center operator, raised $1 billion.")
    assert [f.kind for f in r.facilities] == ["headquarters"]


def test_a_town_just_outside_another_named_after_it_is_the_site() -> None:
    f = one(run("Ericsson keeps its headquarters just outside Stockholm, in the city of Solna."))
    assert f.city == "Solna"
    assert one(run("Intel is building a fab outside Magdeburg.")).city == "Magdeburg"


def test_a_second_site_in_the_same_town_is_a_site_of_its_own() -> None:
    r = extract(Article(id="t", text="Equinix opened a campus in Milan on Monday. It plans a "
                                     "second Milan campus by 2027."))
    assert sorted((f.status, f.ordinal) for f in r.facilities) == [("opened", None),
                                                                    ("planned", 2)]
    # the same site told twice stays one
    r = extract(Article(id="t", text="Alibaba Cloud opened its fifth data center in Tokyo. "
                                     "The fifth Tokyo data center serves banks."))
    assert len(r.facilities) == 1

"""Facility and place rules, one behaviour per test, on sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title))


def facilities(r: Extraction) -> list[tuple[str, str, str | None, str | None]]:
    return sorted(((f.operator, f.kind, f.city, f.country) for f in r.facilities),
                  key=str)


# --- countries ------------------------------------------------------------------------

def test_a_footer_menu_of_international_sites_names_no_country() -> None:
    r = run("Velmora opened an office in Lyon on Monday.\n"
            "Choose your international site Canada Deutschland Mexico Japan & Korea\n")
    assert r.countries == []


def test_china_is_a_country_with_no_place_word_before_it() -> None:
    r = run("After a decade of leaning on China to assemble its phones, Velmora moved work.")
    assert r.countries == ["CN"]
    assert run("Velmora spoke to a reporter from China Daily last year.").countries == []


# --- cities ---------------------------------------------------------------------------

def test_jobs_brought_to_a_town_and_a_town_where_things_happen_are_places() -> None:
    assert [c.name for c in run("Velmora will bring 900 jobs to Plano.").cities] == ["Plano"]
    r = run("Velmora picked Tempe, where it will hire 300 people.")
    assert [c.name for c in r.cities] == ["Tempe"]


def test_washington_dc_goes_by_its_full_name() -> None:
    r = run("Velmora will bring 900 jobs to a Washington, D.C. suburb.")
    assert [(c.name, c.country) for c in r.cities] == [("Washington, D.C.", "US")]


def test_a_german_town_without_its_river_is_the_town() -> None:
    r = run("Velmora staff in Ruesselsheim, Germany, and in Muelheim were told on Monday.")
    assert [c.name for c in r.cities] == ["Ruesselsheim", "Muelheim"]


def test_a_listed_city_before_another_names_possessive_is_a_city() -> None:
    r = run("In Brazil, Sao Paulo and Rio de Janeiro are Uber's two biggest cities, "
            "with Curitiba and Recife Uber's next.")
    assert {"Curitiba", "Recife"} <= {c.name for c in r.cities}


def test_a_state_after_its_town_is_no_city_and_a_town_named_like_a_country_no_country() -> None:
    r = run("Micron broke ground on a fab in Clay, New York, and Acme on one in Malta, New York.")
    assert sorted(c.name for c in r.cities) == ["Clay", "Malta"]
    assert r.countries == []
    r = run("Velmora hires in Boston, New York and Chicago, and in Troy, New York.")
    assert [c.name for c in r.cities] == ["Boston", "New York", "Chicago", "Troy"]


def test_a_persons_name_listed_with_other_people_is_no_city() -> None:
    r = run("Velmora was backed by Turing winner Geoffrey Hinton. It raised money from funds "
            "as well as Hinton, Google's Fei-Fei Li and others.")
    assert r.cities == []
    r = run("Meta runs a data center in Prineville, Oregon. Tom Prineville visited it, and "
            "Meta's Prineville, Oregon campus grew.")
    assert [c.name for c in r.cities] == ["Prineville"]


# --- facilities: where ----------------------------------------------------------------

def test_plural_sites_in_a_list_of_states_are_a_site_each() -> None:
    r = run("Atlassian is building data centers in Indiana, Iowa and Ohio.")
    assert facilities(r) == [("Atlassian", "data_center", None, "US")] * 3


def test_sites_told_in_a_country_are_the_ones_told_in_its_states() -> None:
    r = run("Atlassian will build a data center in Ohio and a data center in Iowa.",
            title="Atlassian to build U.S. data centers")
    assert facilities(r) == [("Atlassian", "data_center", None, "US")] * 2


def test_a_state_after_the_word_beats_one_before_it() -> None:
    r = run("Atlassian will open a new office in Virginia, and a new office in Oregon.")
    assert len(r.facilities) == 2


def test_a_country_in_a_list_of_cities_is_a_site_but_a_towns_state_is_not() -> None:
    r = run("Atlassian has offices in Austin, Texas, the Netherlands and Dublin.")
    assert facilities(r) == [("Atlassian", "office", "Austin", "US"),
                             ("Atlassian", "office", "Dublin", "IE"),
                             ("Atlassian", "office", None, "NL")]


def test_a_state_or_valley_ending_a_list_of_cities_is_a_site_too() -> None:
    r = run("Atlassian has engineers in its offices in Boston and Silicon Valley.")
    assert facilities(r) == [("Atlassian", "office", "Boston", "US"),
                             ("Atlassian", "office", None, "US")]


def test_a_place_outside_which_the_site_is_does_not_place_it() -> None:
    r = run("Atlassian plans to open its first data center outside the U.S. next year.")
    assert facilities(r) == [("Atlassian", "data_center", None, None)]
    r = run("Atlassian will build a fab that serves customers in Japan.")
    assert facilities(r) == [("Atlassian", "fab", None, None)]


def test_an_adjective_on_the_word_beats_a_country_before_it() -> None:
    r = run("Atlassian has data centers in Chile, and a Danish hub opens in May.")
    assert ("Atlassian", "data_center", None, "DK") in facilities(r)


def test_a_company_becoming_a_foundry_is_a_business_not_a_site() -> None:
    r = run("Intel wants to become a major foundry for chip designers in Europe.")
    assert facilities(r) == []


def test_one_in_a_place_after_a_site_is_a_second_site_there() -> None:
    r = run("Atlassian has a Danish hub opening in 2025, followed by one in Singapore.")
    assert facilities(r) == [("Atlassian", "office", "Singapore", "SG"),
                             ("Atlassian", "office", None, "DK")]
    r = run("Atlassian plans to open its first data center outside the U.S., "
            "and another in Frankfurt, Germany, next year.")
    assert facilities(r) == [("Atlassian", "data_center", "Frankfurt", "DE"),
                             ("Atlassian", "data_center", None, None)]


def test_the_only_or_biggest_one_in_a_place_is_the_same_site() -> None:
    r = run("Atlassian's office in Austin is the biggest one in Texas, after Dallas.")
    assert facilities(r) == [("Atlassian", "office", "Austin", "US")]
    r = run("Atlassian's office in Austin is the biggest one in Dallas.")
    assert facilities(r) == [("Atlassian", "office", "Austin", "US")]


def test_a_site_next_to_the_existing_one_is_a_second_site_in_that_city() -> None:
    r = run("Atlassian will build a new plant close to the existing one in Chennai.")
    assert facilities(r) == [("Atlassian", "factory", "Chennai", "IN")] * 2
    assert sorted(str(f.status) for f in r.facilities) == ["None", "announced"]


def test_one_site_told_by_a_company_and_by_its_unit_goes_by_the_company() -> None:
    r = run("Customers of Google Cloud can use the Milan cloud region from today.",
            title="Google opens a cloud region in Milan")
    assert facilities(r) == [("Google", "cloud_region", "Milan", "IT")]


def test_a_site_on_a_campus_is_the_site_not_the_campus() -> None:
    r = run("Intel's newest plant, Fab 9, went into operation last year on the company's "
            "large Saguaro campus in Chandler, Arizona.")
    assert facilities(r) == [("Intel", "fab", "Chandler", "US")]
    r = run("Intel's newest fab went into operation on its campus in Chandler, Arizona.")
    assert facilities(r) == [("Intel", "fab", "Chandler", "US")]


def test_a_bare_site_or_facility_with_a_place_and_a_verb_is_a_site() -> None:
    r = run("Aurora said it has opened a new driving test site in Palmdale, California.")
    assert facilities(r) == [("Aurora Innovation", "other", "Palmdale", "US")]
    r = run("Atlassian will open a facility in Leeds to assemble servers for its cloud.")
    assert facilities(r) == [("Atlassian", "data_center", "Leeds", "GB")]
    # ... but not a web site, a site with no place or no verb, nor a site named otherwise
    assert facilities(run("Atlassian said its news site in Leeds went live.")) == []
    assert facilities(run("Atlassian opened the site last year.")) == []
    r = run("Atlassian will build a plant in Leeds. The site in Leeds will open in 2029.")
    assert facilities(r) == [("Atlassian", "factory", "Leeds", "GB")]


def test_an_office_and_a_lab_of_one_company_in_one_city_are_one_lab() -> None:
    r = run("Lyft opened an office in Munich. Lyft picked Munich for its self-driving "
            "research hub.")
    assert facilities(r) == [("Lyft", "rnd_center", "Munich", "DE")]
    assert [f.status for f in r.facilities] == ["opened"]


def test_the_readers_own_data_center_is_no_site() -> None:
    r = run("Microsoft will argue that its new cloud is as safe as servers inside your own "
            "data center.")
    assert facilities(r) == []


def test_a_site_in_an_if_clause_with_no_place_is_no_site() -> None:
    r = run("Atlassian does not need a new search even if it decides to open a new campus.")
    assert facilities(r) == []


def test_an_adjective_on_the_word_beats_a_country_far_after_it() -> None:
    r = run("Saab said the new Swedish factory may worry its staff in Spain.")
    assert facilities(r) == [("Saab", "factory", None, "SE")]
    r = run("Saab said the new Swedish factory may worry its staff in Madrid.")
    assert facilities(r) == [("Saab", "factory", None, "SE")]


def test_a_supercomputer_with_no_place_is_a_machine_not_a_site() -> None:
    assert facilities(run("Nvidia plans to make Orrin a top 10 supercomputer.")) == []
    r = run("Nvidia plans to build a supercomputer in Leeds.")
    assert facilities(r) == [("Nvidia", "data_center", "Leeds", "GB")]


# --- facilities: who -----------------------------------------------------------------

def test_a_partner_named_as_an_object_is_not_the_operator() -> None:
    r = run("The company signed a deal with Panasonic on the planned battery factory.",
            title="Tesla said to pick Nevada")
    assert [f.operator for f in r.facilities] == ["Tesla"]


def test_the_company_after_an_object_is_that_object() -> None:
    r = run("The growth is huge, as Facebook CTO Brannin Moss said during a briefing at the "
            "company's Menlo Park headquarters.", title="Google builds servers")
    assert [f.operator for f in r.facilities] == ["Facebook"]


def test_the_new_site_a_supplier_invests_for_is_the_one_just_named() -> None:
    r = run("Tesla will build a battery factory next year. Panasonic is also investing in "
            "equipment for the new factory.")
    assert [f.operator for f in r.facilities] == ["Tesla"]


def test_companies_a_site_is_compared_with_do_not_operate_it() -> None:
    r = run("One of the country's big tech firms is building an AI lab to rival those "
            "run by the likes of Google and Meta.", title="Tencent hires researchers")
    assert [f.operator for f in r.facilities] == ["Tencent"]


def test_the_site_again_is_the_one_just_named_not_the_company_talked_about() -> None:
    r = run("Saab builds cars at its factory in Sweden. The factory in Trollhattan keeps "
            "coming up in reports on General Motors' planned cuts.")
    assert facilities(r) == [("Saab", "factory", "Trollhattan", "SE")]


# --- facilities: status ---------------------------------------------------------------

def test_a_new_site_in_a_country_folded_into_its_city_makes_no_event() -> None:
    r = run("Saab builds cars at its factory in Trollhattan, Sweden. Saab staff welcomed "
            "the new commitment to its factory in Sweden.")
    assert [f.status for f in r.facilities] == ["announced"]
    assert r.events == []


def test_a_site_opening_in_a_given_year_is_announced() -> None:
    r = run("Atlassian said new cloud regions opening in 2031 include Lima.")
    assert [f.status for f in r.facilities] == ["announced"]


def test_data_centers_in_the_country_of_a_cloud_region_are_that_region() -> None:
    r = run("The data centers in India give Google Cloud customers lower latency.",
            title="Google opens a cloud region in Mumbai")
    assert facilities(r) == [("Google", "cloud_region", "Mumbai", "IN")]


@pytest.mark.parametrize("text", [
    "The fund is run by Priya Hinton. According to Hinton, Velmora will double its staff.",
    "Velmora hired Dale Wright last year. Engineers now get training from Wright each week.",
    "Ravi Hinton invests in chips. Velmora sits in Hinton's growing portfolio.",
])
def test_a_surname_after_a_person_lead_is_no_city(text: str) -> None:
    assert [c.name for c in run(text).cities] == []


def test_a_town_named_with_a_comma_after_to_is_still_a_town() -> None:
    r = run("Velmora moved its headquarters to Hinton, Alberta, after Dale Hinton joined.")
    assert [c.name for c in r.cities] == ["Hinton"]


@pytest.mark.parametrize("text", [
    "Velmora sells to Kestrel, Orvella, Aurora, Quintix and other fleets.",
    "Velmora chips use the Bow-based Pod systems sold in Japan.",
    "Volunteers ran Rosetta@home on spare laptops.",
    "A professor at Tufts University studies export rules.",
    "Velmora’s huge office block in King’s Cross, London, opens soon.",
    "He served in Obama's National Security Council.",
    "The memo came from the Center for Security Studies.",
    "RK Anand says the chips use less power. Anand and his team started in 2018.",
])
def test_names_that_are_no_cities(text: str) -> None:
    assert [c.name for c in run(text).cities if c.name != "London"] == []


@pytest.mark.parametrize("text,city", [
    ("Velmora bought Cambridge, United Kingdom-based Quintix.", "Cambridge"),
    ("Velmora opened an office in Aurora, Colorado.", "Aurora"),
    ("Velmora runs a lab in Hillsboro, Ore., near Portland.", "Hillsboro"),
])
def test_a_city_named_with_its_state_or_country_after_a_comma(text: str, city: str) -> None:
    assert city in [c.name for c in run(text).cities]


def test_a_town_listed_after_a_company_and_and_is_a_company() -> None:
    r = run("The format won backing from studios such as Sony Pictures, Disney, and Buena "
            "Vista, as well as from Dell.")
    assert [c.name for c in r.cities] == []
    r = run("Tools came from Nanjing-based Orvella and Shanghai-based Quintix Labs.")
    assert "Shanghai" in [c.name for c in r.cities]


def test_a_town_named_like_a_person_in_the_story_is_a_town_before_its_county_and_a_site() -> None:
    r = run("Velmora chief executive Dana Wakefield said on Monday that its Wakefield, "
            "Yorkshire plant will close next year.")
    assert "Wakefield" in [c.name for c in r.cities]


def test_the_bay_area_places_a_site_in_the_us() -> None:
    r = run("Nvidia plans a new research lab in the Bay Area, its chief scientist said.")
    assert facilities(r) == [("Nvidia", "rnd_center", None, "US")]


@pytest.mark.parametrize(("text", "city"), [
    ("SK Hynix will build a memory plant in Yongin, south of Seoul.", "Yongin"),
    ("TSMC opened its first Japanese fab in Kikuyo, Kumamoto.", "Kikuyo"),
    ("Tata Electronics is building a chip fab in Dholera, Gujarat.", "Dholera"),
])
def test_towns_the_geonames_extract_lacks(text: str, city: str) -> None:
    r = extract(Article(id="t", text=text))
    assert [f.city for f in r.facilities] == [city]
    assert city in [c.name for c in r.cities]

"""Companies and deals real pages tell in ways the rules missed, in sentences of our own: a
deal told by its noun ("completed its acquisition of"), a target described at length, a
company someone founded, a company ranked by its country, a list opened by its noun, the
old spellings "nVidia" and "ARM", the part of a company that changed hands, and a list of
companies that opens offices."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text))


def names(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


def deals(r: Extraction) -> set[tuple[str, ...]]:
    return {tuple(e.companies) for e in r.events if e.type == "acquisition"}


def sites(r: Extraction) -> set[tuple[str, str, str | None]]:
    return {(f.operator, f.kind, f.city) for f in r.facilities}


@pytest.mark.parametrize("text", [
    "Lumora completed its acquisition of Vestrel Systems on Monday.",
    "Lumora has completed the acquisition of Vestrel Systems.",
    "Lumora closed its purchase of Vestrel Systems after a long review.",
    "Lumora finalized its $40 million acquisition of Vestrel Systems, a Lisbon startup.",
    "Lumora said it will acquire Vestrel Systems for cash.",
])
def test_a_deal_told_by_its_noun_names_an_unknown_buyer(text: str) -> None:
    r = run(text)
    assert {"Lumora", "Vestrel Systems"} <= names(r)
    assert ("Lumora", "Vestrel Systems") in deals(r)


def test_a_target_described_at_length_is_still_the_target() -> None:
    r = run("Broadcom completed the acquisition of open-source AI networking specialist "
            "Kavrix.io, adding 60 engineers.")
    assert ("Broadcom", "Kavrix.io") in deals(r)
    r = run("Cisco bought the Israeli AI security startup Qorvane last year.")
    assert ("Cisco Systems", "Qorvane") in deals(r)


@pytest.mark.parametrize("text, company", [
    ("The entrepreneur later set up Kingfisher Airlines with his own money.",
     "Kingfisher Airlines"),
    ("Jo Roe co-founded Kestrel Labs in 2014 after leaving Google.", "Kestrel Labs"),
    ("She founded Orvane Robotics while still at university.", "Orvane Robotics"),
])
def test_a_company_someone_founded(text: str, company: str) -> None:
    assert company in names(run(text))


def test_founding_words_without_a_name_take_nothing() -> None:
    assert names(run("The firm was set up in 2010 and founded in Oslo.")) == set()


@pytest.mark.parametrize("text, company", [
    ("Qorvane, the world's largest maker of optical parts, said profit rose.", "Qorvane"),
    ("Brevik Telecom, the country's biggest mobile operator, cut prices.", "Brevik Telecom"),
    ("Korvane, the nation's second-largest lender, posted a loss.", "Korvane"),
])
def test_a_company_ranked_by_its_country_or_the_world(text: str, company: str) -> None:
    assert company in names(run(text))


def test_a_list_opened_by_its_noun_at_the_start_of_a_sentence() -> None:
    r = run("Companies like Sunsea AIoT, Gigabyte, Nexcom and Qorvane are running trials.")
    assert {"Sunsea AIoT", "Nexcom", "Qorvane"} <= names(r)
    r = run("Lumora has won customers including Braskem, Freeview and Orvane.")
    assert {"Braskem", "Freeview", "Orvane"} <= names(r)


def test_a_startup_named_with_its_project() -> None:
    r = run("London-based AI chemistry startup PostEra's Moonshot Project has found 21 leads.")
    assert "PostEra" in names(r)


@pytest.mark.parametrize("text, company", [
    ("GPUs are made by companies like nVidia.", "Nvidia"),
    ("Chipmaker ARM will license its designs to anyone who asks.", "Arm"),
    ("Ampere launched its first ARM-based server processors.", "Arm"),
])
def test_old_spellings_of_known_names(text: str, company: str) -> None:
    assert company in names(run(text))


def test_the_part_of_a_company_bought_is_the_company_after_of() -> None:
    r = run("The Carlyle Group bought the ARM server chip division of Applied Micro in 2017.")
    assert ("The Carlyle Group", "Applied Micro Circuits") in deals(r)
    assert not any("Arm" in d for d in deals(r))


def test_a_list_of_companies_opening_offices_is_the_subject() -> None:
    r = run("As Nokia shed staff, companies such as Intel, Altair Semiconductor and "
            "Mediatek have opened offices in Oulu.")
    assert sites(r) == {("Intel", "office", "Oulu"), ("Altair Semiconductor", "office", "Oulu"),
                        ("MediaTek", "office", "Oulu")}
    # an object list after a deal word stays an object
    r = run("Nokia signed deals with companies such as Intel and Mediatek at its Oulu campus.")
    assert ("Intel", "campus", "Oulu") not in sites(r)


def test_outposts_are_offices_and_a_company_with_offices_is_a_company() -> None:
    r = run("Besides its office in London, Cisco has outposts in Glasgow, Mumbai and Toronto.")
    assert sites(r) == {("Cisco Systems", "office", c) for c in
                        ("London", "Glasgow", "Mumbai", "Toronto")}
    r = run("Korvane has offices in San Francisco, New York and Sydney.")
    assert {("Korvane", "office", "Sydney"), ("Korvane", "office", "New York")} <= sites(r)
    assert sites(run("The army kept an outpost of soldiers on the hill.")) == set()


@pytest.mark.parametrize("text", [
    "Revenue rose as AI chips and data center tech grew in the quarter.",
    "Squint uses augmented reality to improve factory procedures for workers.",
])
def test_a_site_word_naming_a_market_or_a_practice_is_no_site(text: str) -> None:
    assert sites(run(text)) == set()


def test_a_name_that_is_also_a_word_is_the_company_where_its_unit_is_named() -> None:
    r = run("Amazon Web Services added three regions this year. Much as Amazon once built "
            "its own delivery fleet, the cloud arm now designs its own chips.")
    assert {"Amazon Web Services", "Amazon"} <= names(r)
    assert ("Amazon Web Services", "Amazon") in {(p.a, p.b) for p in r.subsidiaries}
    # the river stays a river where no unit of the company is named
    assert "Amazon" not in names(run("Loggers cleared forest along the Amazon last year."))


@pytest.mark.parametrize("text, company", [
    ('"We are glad," said Jane Doe, CEO of Korvane.', "Korvane"),
    ("said Sofia Hadi, CTO and cofounder of Warung Pintar.", "Warung Pintar"),
    ("Jo Roe, the chief executive of Korvane Labs, declined to say more.", "Korvane Labs"),
    ("Jo Roe, founder of Orvane Analytics, agreed.", "Orvane Analytics"),
    ("The round saw participation from Eagle Proprietary Investments.",
     "Eagle Proprietary Investments"),
])
def test_a_company_named_by_its_chief_or_its_backers(text: str, company: str) -> None:
    assert company in names(run(text))


def test_the_chief_s_company_whole_and_no_modifier_taken_for_it() -> None:
    assert names(run("Jo Roe, once co-CEO of Research in Motion, spoke first.")) == set()
    assert names(run("says Ben Roe, CEO of AI-based writing aid Yurts.")) <= {"Yurts"}


def test_goods_of_a_company_s_kind_are_no_deal() -> None:
    r = run("Jo Roe, founder of Tirias Research, doubts every firm will rush to buy an exotic "
            "chip like Cerebras'.")
    assert deals(r) == set()


def test_a_deal_told_in_an_apposition_with_the() -> None:
    r = run("Waze, the Israeli navigation company Google acquired for $1.1 billion in 2013, "
            "maps traffic.")
    assert ("Google", "Waze") in deals(r)


def test_a_company_that_is_a_partner_of_another() -> None:
    r = run("Amazon Web Services has been a partner of Nvidia for years.")
    assert {tuple(e.companies) for e in r.events if e.type == "partnership"} == {
        ("Amazon Web Services", "Nvidia")}
    # a partner of a firm as a job stays no partnership
    r = run("Jo Roe, a partner of Sequoia Capital, led the round.")
    assert not [e for e in r.events if e.type == "partnership"]


@pytest.mark.parametrize("text, company", [
    ("Pivotal is partnering with VMware to sell a software bundle.", "Pivotal"),
    ("says Jo Roe, a vice president at Sourceability, which matches buyers to sellers.",
     "Sourceability"),
    ("Aeon Computing is one of several partners.", "Aeon Computing"),
    ("Waymo outlined plans for Waymo Via, its self-driving delivery division.", "Waymo Via"),
])
def test_more_ways_pages_name_a_company(text: str, company: str) -> None:
    assert company in names(run(text))


def test_a_department_s_vice_president_names_no_company() -> None:
    r = run("said Mark Roe, vice president of Compute at Google Cloud, in a statement.")
    assert names(r) == {"Google Cloud"}


def test_a_people_s_word_before_investors_is_no_company() -> None:
    r = run("Microsoft signed a deal in 2022 with Ecotricity, a retailer owned by Maori "
            "investors.")
    assert names(r) == {"Microsoft", "Ecotricity"}
    r = run("Equinox Gulf Hosting, a provider backed by a Kuwaiti family office, bought land.")
    assert "Kuwaiti" not in names(r)


def owners(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


def test_units_told_by_their_kind_or_by_a_known_short_name() -> None:
    r = run("Deutsche Telekom said earnings rose. Korvane Telecom, the company's Polish "
            "mobile business, grew fastest.")
    assert ("Korvane Telecom", "Deutsche Telekom") in owners(r)
    r = run("Dell sells networking gear through a subsidiary called Force10 Networks.")
    assert ("Force10 Networks", "Dell Technologies") in owners(r)
    # "it" may stand for any company: no owner is guessed
    r = run("Dell said revenue fell. For years, it has sold networking gear through a "
            "subsidiary called Force10 Networks.")
    assert owners(r) == set()
    r = run("Samsung said Samsung Research would hire 1,000 people.")
    assert ("Samsung Research", "Samsung Electronics") in owners(r)


def test_a_named_research_center_after_its_company() -> None:
    r = run("said Jo Roe, chief scientist at the IBM Almaden Research Center in San Jose.")
    assert sites(r) == {("IBM", "rnd_center", "San Jose")}
    r = run("A survey by the Pew Research Center found Apple phones popular in Ohio.")
    assert sites(r) == set()

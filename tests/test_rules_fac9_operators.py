"""Who runs a site (session 8): the subject "it" stands for, and the subject of a second
verb phrase ("is a unit of X and is based in"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def sites(r: Extraction) -> list[tuple[str, str, str | None]]:
    return sorted((f.operator, f.kind, f.city) for f in r.facilities)


# --- "X is a unit of Y and is headquartered in Z": X's ----------------------------------

def test_the_parent_named_in_the_first_phrase_is_not_based_there() -> None:
    r = run("Arm Holdings is majority-owned by SoftBank and is headquartered in Cambridge, "
            "England.")
    assert sites(r) == [("Arm", "headquarters", "Cambridge")]


def test_the_buyer_named_in_the_first_phrase_is_not_based_there() -> None:
    r = run("Mobileye was bought by Intel in 2017 and is based in Jerusalem.")
    assert sites(r) == [("Mobileye", "headquarters", "Jerusalem")]


def test_a_partner_named_in_the_first_phrase_is_not_based_there() -> None:
    r = run("Wiz signed a cloud security deal with Microsoft and is based in New York.")
    assert sites(r) == [("Wiz", "headquarters", "New York")]


# --- "It" / "Its" opening a sentence: the subject of the sentence before ----------------

def test_it_after_a_sentence_about_another_company_is_that_company() -> None:
    r = run("Lumen Grid opened a 20-megawatt data center in Lisbon on Monday. Start Campus, "
            "which is owned by Davidson Kempner, is also growing in Portugal. It said last "
            "week that it would add 40 megawatts at its site in Sines.",
            title="Lumen Grid opens a Lisbon data center")
    assert ("Start Campus", "Sines") in {(f.operator, f.city) for f in r.facilities}
    assert ("Lumen Grid", "Sines") not in {(f.operator, f.city) for f in r.facilities}


def test_its_workers_are_those_of_the_company_just_named() -> None:
    r = run("Siemens has completed its purchase of Fjordline Thermal AS, a Norwegian maker of "
            "heat pumps, the company said on Tuesday. Fjordline Thermal, founded in 1999, will "
            "keep its name. Its 300 workers are based mainly at the Bergen factory and at a "
            "second plant in Tallinn, Estonia.",
            title="Siemens completes purchase of Fjordline Thermal")
    assert {(f.operator, f.city) for f in r.facilities} == {
        ("Fjordline Thermal", "Bergen"), ("Fjordline Thermal", "Tallinn")}


def test_and_it_opened_is_not_the_object_named_before() -> None:
    r = run("Realtek raised its forecast on Thursday. The Hsinchu-based chip designer is "
            "leaning on networking work. It is helping Broadcom test a switch chip, and it "
            "opened a new design center in Tainan in May for 800 engineers.",
            title="Realtek lifts revenue forecast")
    assert ("Realtek", "rnd_center", "Tainan") in sites(r)
    assert all(f.operator != "Broadcom" for f in r.facilities)


def test_and_it_opened_after_a_named_subject_is_the_subject() -> None:
    r = run("Infosys is building a cloud platform with Nvidia, and it opened a new "
            "research lab in Mysuru last month.")
    assert [(f.operator, f.city) for f in r.facilities] == [("Infosys", "Mysuru")]


# --- a chipmaker's back-end plant is a factory, not a fab --------------------------------

def test_a_chipmakers_assembly_and_test_plant_is_a_factory() -> None:
    r = run("Micron opened a $300 million chip assembly and test plant in Penang on Friday.")
    assert [(f.kind, f.city) for f in r.facilities] == [("factory", "Penang")]


def test_a_chipmakers_packaging_plant_is_a_factory() -> None:
    r = run("SK Hynix is building an advanced packaging plant in West Lafayette, Indiana.")
    assert [(f.kind, f.city) for f in r.facilities] == [("factory", "West Lafayette")]


def test_a_chipmakers_wafer_plant_stays_a_fab() -> None:
    r = run("Texas Instruments opened a new wafer plant in Lehi, Utah.")
    assert [(f.kind, f.city) for f in r.facilities] == [("fab", "Lehi")]


# --- "X's server arm Y opened a plant": the unit named, not its owner -------------------

@pytest.mark.parametrize(("text", "operator"), [
    ("Acer's server arm Altos Computing opened a factory in Ciudad Juarez last year.",
     "Altos Computing"),
    ("Alphabet's life sciences unit Verily opened a new research lab in Dallas.", "Verily"),
    ("Hitachi's rail business Hitachi Rail opened a train factory in Hagerstown, Maryland.",
     "Hitachi Rail"),
])
def test_the_unit_named_after_its_owners_possessive_runs_the_site(text: str,
                                                                   operator: str) -> None:
    assert [f.operator for f in run(text).facilities] == [operator]


# --- a quoted site name placed by "in <place>" is a site ---------------------------------

@pytest.mark.parametrize(("text", "site"), [
    ('Telenor has opened what it calls an "AI factory" in Oslo, a GPU cloud built with '
     'Nvidia.', ("Telenor", "data_center", "Oslo")),
    ("Swisscom opened what it calls an 'AI factory' in Zurich on Monday.",
     ("Swisscom", "data_center", "Zurich")),
])
def test_a_quoted_site_placed_after_the_quote_is_a_site(
        text: str, site: tuple[str, str, str]) -> None:
    assert sites(run(text)) == [site]


def test_a_quoted_product_name_is_still_no_site() -> None:
    assert sites(run('T-Mobile said it was selling more "Office in a Pocket" devices in '
                     'Germany.')) == []

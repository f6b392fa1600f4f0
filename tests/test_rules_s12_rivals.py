"""Rivalry told the way real pages tell it, in sentences of our own: rivals listed with
the places they are in, a rival fronted before the list ("Besides X, Y's rivals include"),
a list that goes on with "as well as", a market "which has long been dominated by" the
rival, new entrants set against the subject, an unknown name inside a rival list."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text))


def rivals(r: Extraction) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in r.competitors}


def pairs(*items: tuple[str, str]) -> set[frozenset[str]]:
    return {frozenset(p) for p in items}


@pytest.mark.parametrize("text, wanted", [
    ("Intel has slipped behind rivals such as TSMC in Taiwan and Samsung in South Korea.",
     pairs(("Intel", "Taiwan Semiconductor Manufacturing"), ("Intel", "Samsung Electronics"))),
    ("Lumora competes with Vestrel Systems of Oslo and Kavix Networks of Lyon.",
     pairs(("Lumora", "Vestrel Systems"), ("Lumora", "Kavix Networks"))),
    ("Ericsson faces competitors like Huawei in China and Nokia in Finland for 5G contracts.",
     pairs(("Ericsson", "Huawei"), ("Ericsson", "Nokia"))),
])
def test_rivals_listed_with_their_places(text: str, wanted: set[frozenset[str]]) -> None:
    assert wanted <= rivals(run(text))


@pytest.mark.parametrize("text, wanted", [
    ("Besides Cerebras, Graphcore's competitors include SambaNova Systems.",
     pairs(("Graphcore", "Cerebras Systems"), ("Graphcore", "SambaNova Systems"))),
    ("Apart from AMD, Nvidia's rivals include Intel and a crop of startups.",
     pairs(("Nvidia", "Advanced Micro Devices"), ("Nvidia", "Intel"))),
    ("Beyond Equinix, Digital Realty's competitors include CyrusOne and QTS.",
     pairs(("Digital Realty", "Equinix"), ("Digital Realty", "CyrusOne"))),
])
def test_a_rival_fronted_before_the_list(text: str, wanted: set[frozenset[str]]) -> None:
    assert wanted <= rivals(run(text))


@pytest.mark.parametrize("text, wanted", [
    ("Recogni has a competitor in Mobileye, as well as Tesla, which designs its own chips.",
     pairs(("Recogni", "Mobileye"), ("Recogni", "Tesla"))),
    ("Lumora competes with Snowflake as well as Databricks.",
     pairs(("Lumora", "Snowflake"), ("Lumora", "Databricks"))),
])
def test_a_rival_list_goes_on_with_as_well_as(text: str, wanted: set[frozenset[str]]) -> None:
    assert wanted <= rivals(run(text))


@pytest.mark.parametrize("text, wanted", [
    ("Rakuten is entering a market which has long been dominated by Amazon in Japan.",
     pairs(("Rakuten", "Amazon"))),
    ("Rivian is moving into a segment that has long been dominated by Tesla.",
     pairs(("Rivian", "Tesla"))),
    ("Arista wants to break into a market that is dominated by Cisco and Juniper Networks.",
     pairs(("Arista Networks", "Cisco Systems"), ("Arista Networks", "Juniper Networks"))),
])
def test_a_market_dominated_by_the_rival(text: str, wanted: set[frozenset[str]]) -> None:
    assert wanted <= rivals(run(text))


def test_new_entrants_set_against_the_subject() -> None:
    r = run("Google faces more competition than ever, as old rivals such as Yahoo and new "
            "entrants such as Amazon and Blinkx try to win over searchers.")
    assert pairs(("Google", "Yahoo"), ("Google", "Amazon"), ("Google", "Blinkx")) <= rivals(r)


def test_an_unknown_name_inside_a_rival_list_does_not_end_it() -> None:
    r = run("Blinkx has faced competition from firms such as Google, Copernic, Qorvane and "
            "Apple, all of which now offer desktop search.")
    assert pairs(("Blinkx", "Google"), ("Blinkx", "Apple")) <= rivals(r)


def test_rivals_named_in_the_sentence_after_has_competition() -> None:
    r = run("Graphcore sells AI chips to banks. Graphcore has no shortage of competition. "
            "Startups Orvane, Quadric, Esperanto Technologies and Flex Logix all sell edge "
            "chips too.")
    assert pairs(("Graphcore", "Orvane"), ("Graphcore", "Quadric"),
                 ("Graphcore", "Flex Logix")) <= rivals(r)
    r = run("Lumora Robotics has stiff competition. Startups Korvane and Orvane Labs are "
            "building similar arms.")
    assert pairs(("Lumora Robotics", "Korvane"), ("Lumora Robotics", "Orvane Labs")) <= rivals(r)
    # a sentence about something else after it names no rival
    r = run("Nvidia faces tough competition. The company said sales rose in Texas.")
    assert rivals(r) == set()


def test_other_competitors_are_the_last_rival_s_company_s() -> None:
    r = run("Lumora Robotics has competition in OctoML, a startup that tunes models. Other "
            "competitors include Korvex and Vandril Labs, which sell inference accelerators.")
    assert pairs(("Lumora Robotics", "OctoML"), ("Lumora Robotics", "Korvex"),
                 ("Lumora Robotics", "Vandril Labs")) <= rivals(r)


def test_a_list_its_plural_noun_brings_in_far_from_the_rivalry_word() -> None:
    r = run("Uber is hardly the only firm vying for a share of the sidewalk robot market, which "
            "counts among its players well-funded startups like Marble , Nuro , Robomart and "
            "Boxbot.")
    assert pairs(("Uber", "Marble"), ("Uber", "Nuro"), ("Uber", "Boxbot")) <= rivals(r)
    # not a list of another thing ("hospitals and companies like X")
    r = run("Uber competes for riders in a city whose biggest employers include hospitals and "
            "companies like Dell.")
    assert rivals(r) == set()
    # nor the list of a later rivalry word ("keep pace with rivals including X")
    r = run("Amazon will invest in Anthropic, which built a rival to ChatGPT, as the retailer "
            "tries to keep pace with rivals including Microsoft and Google.")
    assert frozenset(("Anthropic", "Microsoft")) not in rivals(r)

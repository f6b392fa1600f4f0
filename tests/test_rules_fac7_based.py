"""Headquarters told by "the X-based company": the company the phrase stands for, not the
next one named. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published="2025-03-04"))


def seats(r: Extraction) -> list[tuple[str, str | None]]:
    return sorted((f.operator, f.city) for f in r.facilities if f.kind == "headquarters")


@pytest.mark.parametrize(("text", "want"), [
    ("Norvik Labs said on Monday it had opened an office in Oslo. The Helsinki-based company, "
     "which competes with OpenAI and Anthropic, plans to hire 40 people.",
     [("Norvik Labs", "Helsinki")]),
    ("Nebius said it will add 10,000 GPUs this year. The Amsterdam-based firm, which counts "
     "Microsoft as a customer, did not say what the chips cost.",
     [("Nebius", "Amsterdam")]),
    ("Hyundai Motor opened a software lab in Pune on Wednesday. The Seoul-based carmaker, "
     "which has worked with Samsung Electronics on chips, said it would hire 500.",
     [("Hyundai Motor", "Seoul")]),
    ("SEOUL, March 4 (Reuters) - SK Hynix said it will build a plant in Indiana. The "
     "Icheon-based chipmaker, a supplier to Nvidia, gave no cost.",
     [("SK Hynix", "Icheon")]),
    ("For context, Databricks was valued at $400 million in 2017. That shows how fast the "
     "San Francisco-based startup has grown since Alphabet's CapitalG invested.",
     [("Databricks", "San Francisco")]),
])
def test_the_city_based_company_is_the_subject_before_it(
        text: str, want: list[tuple[str, str]]) -> None:
    assert seats(run(text)) == want


def test_a_known_name_right_after_the_company_noun_is_the_company() -> None:
    r = run("Samsung Electronics reported results. The Seoul-based carmaker Hyundai Motor "
            "also reported.")
    assert seats(r) == [("Hyundai Motor", "Seoul")]


def test_a_name_after_the_company_noun_is_no_seat_of_the_story_company() -> None:
    r = run("Amazon grew fast in 2015. Boston-based research outfit Kellerby Partners "
            "says cloud spending will double.")
    assert "Amazon" not in {op for op, _city in seats(r)}


def test_a_press_release_tail_gives_the_seat_of_its_subject() -> None:
    r = run("Lumora Systems opened an engineering center in Austin, Texas.\n\nAbout Lumora "
            "Systems\nLumora Systems is a San Francisco-based developer of photonic "
            "networking hardware used by Nvidia.")
    assert ("Lumora Systems", "San Francisco") in seats(r)

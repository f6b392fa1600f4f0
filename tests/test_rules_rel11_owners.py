"""Parents and units on unseen pages (session 10): an owner named through several things
it owns ("the cloud arm of YouTube and Fitbit owner Alphabet": Alphabet, not YouTube), an
owner described after its country ("the chip unit of Vietnam's largest IT group X"), and a
family named as an owner, which is no company ("the Hartono family"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published=None))


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    ("Google Cloud, the cloud arm of YouTube and Fitbit owner Alphabet, opened a region in "
     "Berlin.", ("Google Cloud", "Alphabet"), ("Google Cloud", "YouTube")),
    ("Waymo, the driverless-car unit of YouTube and Fitbit owner Alphabet, expanded to "
     "Austin.", ("Waymo", "Alphabet"), ("Waymo", "YouTube")),
])
def test_the_owner_of_a_list_of_brands(text: str, pair: tuple[str, str],
                                       wrong: tuple[str, str]) -> None:
    got = subsidiaries(run(text))
    assert pair in got and wrong not in got, got


@pytest.mark.parametrize(("text", "pair"), [
    ("Marvell signed an agreement with FPT Semiconductor, the chip unit of Vietnam's largest "
     "IT group FPT Corporation, to train 1,000 students.",
     ("FPT Semiconductor", "FPT Corporation")),
    ("The servers come from Tata Electronics, the manufacturing arm of India's biggest "
     "conglomerate Tata Group.", ("Tata Electronics", "Tata Group")),
])
def test_an_owner_described_after_its_country(text: str, pair: tuple[str, str]) -> None:
    got = subsidiaries(run(text))
    assert pair in got, got


@pytest.mark.parametrize("text", [
    "Its owners, the Jakarta-based Hartono family and investment firm Saratoga, will sell.",
    "The Mulyadi family sold its stake in Orvella Cloud last year.",
])
def test_a_family_is_no_company(text: str) -> None:
    got = {c.name for c in run(text).companies}
    assert not any(n in ("Hartono", "Mulyadi") for n in got), got

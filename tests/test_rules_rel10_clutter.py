"""Page clutter seen on unseen pages: more headings over other stories' headlines ("Most
viewed", "More in Cloud", "Also on Chip Wire"), more share buttons ("Line", "Viber",
"Post", "Bookmark", "Share this:") and photo credits split by " / ". Pages written for
these tests."""

from __future__ import annotations

import pytest

from loaders.clean import mask_noise
from loaders.extract import extract
from loaders.record import Article, Extraction

STORY = ("Orvella Systems opened a packaging plant in Penang on Monday, the company said.\n"
         "The plant will employ 600 people when it runs at full capacity next year.\n")


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title="Orvella opens Penang plant",
                           published=None))


def names(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


@pytest.mark.parametrize("heading", [
    "Most viewed", "MOST VIEWED", "Most popular", "More in Cloud", "More in AI Hardware",
    "Also on Chip Wire Weekly", "Most shared"])
def test_more_headings_head_a_list_of_headlines(heading: str) -> None:
    r = run(STORY + heading + "\n1. Kyocera to build solar cell plant in Kagoshima\n"
            "2. Micron wins Boise tax break\nWistron opens Texas server plant\n")
    assert names(r) == {"Orvella Systems"}, heading


def test_a_sentence_opening_with_more_in_stays() -> None:
    text = STORY + "More in Penang: Intel will also add a test line there.\n"
    assert "Intel will also" in mask_noise(text)


@pytest.mark.parametrize("bar", [
    "Share  LinkedIn  X  Facebook  Line",
    "Share  Tweet  Viber  Copy link",
    "Share  Post  Bookmark  Print",
    "Share this: LinkedIn | X | Email",
    "Share: Facebook | LINE | WhatsApp",
])
def test_more_share_bars(bar: str) -> None:
    r = run("Orvella opens Penang plant\n" + bar + "\n" + STORY)
    assert names(r) == {"Orvella Systems"}, bar


def test_a_photo_credit_split_by_a_spaced_slash() -> None:
    for credit in ("Photo: Kirin Wong / Equinix file photo",
                   "Photo: AP / Digital Realty handout",
                   "Photo: Reuters / Oracle"):
        r = run(STORY + "Photo: The plant under construction in Penang. " + credit + "\n")
        assert names(r) == {"Orvella Systems"}, credit

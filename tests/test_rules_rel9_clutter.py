"""Headline lists under headings in capitals or title case, or naming the site or the
week, are clutter: their companies are no companies of the story. Pages written for
these tests."""

from __future__ import annotations

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


def test_a_heading_in_capitals_heads_a_list() -> None:
    for heading in ("ALSO READ", "RELATED", "YOU MAY ALSO LIKE"):
        r = run(STORY + heading + "\nNvidia books record data center sales\n"
                "Why Intel is selling its networking arm\n")
        assert names(r) == {"Orvella Systems"}, heading


def test_a_heading_in_title_case_heads_a_list() -> None:
    r = run(STORY + "Most Read\n1. Samsung, SK hynix lift memory exports\n"
            "2. Coupang fined over data leak\n")
    assert names(r) == {"Orvella Systems"}


def test_a_heading_naming_the_site_or_the_week_heads_a_list() -> None:
    r = run(STORY + "More from Chip Wire Weekly\nArm wins licensing case against Qualcomm\n"
            "Micron picks Idaho for its next fab\n")
    assert names(r) == {"Orvella Systems"}
    r = run(STORY + "Most read this week\nVistra buys four gas plants\n"
            "Oracle signs a power deal in Texas\n")
    assert names(r) == {"Orvella Systems"}


def test_a_sentence_opening_with_a_pointer_word_stays() -> None:
    text = STORY + "More from the deal: Intel will supply the chips for the new line.\n"
    assert "Intel will supply" in mask_noise(text)
    text = STORY + "Related to the opening, Intel said it would buy more substrates.\n"
    assert "Intel said" in mask_noise(text)

"""Page clutter on unseen pages (session 10): headings over other stories' headlines that
name the site ("More on Cloud Wire", "Also from DCN") or are not in English ("Meer nieuws",
"Mehr zum Thema", "Baca juga", "Lire aussi", "Leer más"), and share bars with a word before
a colon, buttons in brackets, "Link copy", or one local network's name at the end. Pages
written for these tests."""

from __future__ import annotations

import pytest

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
    "More on Cloud Wire", "More on DCN Asia", "Also from Chip Wire Weekly", "Meer nieuws",
    "Mehr zum Thema", "Baca juga", "Lire aussi", "Leer más", "Lees ook", "Weitere Artikel"])
def test_more_headings_head_a_list_of_headlines(heading: str) -> None:
    r = run(STORY + heading + "\n- Kyocera to build solar cell plant in Kagoshima\n"
            "  Micron wins Boise tax break\n- Wistron opens Texas server plant\n")
    assert names(r) == {"Orvella Systems"}, (heading, names(r))


@pytest.mark.parametrize("bar", [
    "Bagikan:  Facebook  X  WhatsApp  Telegram", "Teilen: Facebook | LinkedIn | E-Mail",
    "[LinkedIn] [X] [Email] [Print]", "[Facebook] [WhatsApp] [Copy link]",
    "Facebook  X  KakaoTalk  Link copy", "Share  Facebook  LinkedIn  Zalo",
    "Share  WhatsApp  Facebook  Line"])
def test_share_bars(bar: str) -> None:
    r = run(STORY + bar + "\n")
    assert names(r) == {"Orvella Systems"}, (bar, names(r))


@pytest.mark.parametrize("text", [
    "More on that: Micron will also build a test line in Penang.",
    "Facebook and LinkedIn both said they would open offices in Penang.",
])
def test_prose_stays(text: str) -> None:
    r = run(STORY + text + "\n")
    assert len(names(r)) > 1, names(r)

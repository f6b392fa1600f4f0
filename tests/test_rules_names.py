"""Names that are people, and a company's short form: how the rules tell a person's
surname from a company and a short name from a second company, on sentences written for
these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction
from loaders.text import words_before


def run(text: str, title: str | None = None, published: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=published))


def companies(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


@pytest.mark.parametrize("text, first", [
    ("Jean-Pierre Lemaire said", "Jean-Pierre"),
    ("Anne-Marie Okafor said", "Anne-Marie"),
    ("On Monday. J. P. Lemaire said", "J. P."),
    ("J.P. Lemaire said", "J.P."),
    ("the chairman, A. Lemaire, said", "A."),
])
def test_a_hyphenated_or_initialled_first_name_is_given_whole(text: str, first: str) -> None:
    surname = text.split()[-2].strip(",")
    assert list(words_before(text, surname)) == [first]
    assert list(words_before(text, surname, spaces=True)) == [first]


@pytest.mark.parametrize("text", [
    "the U.S. Steel said", "Mr. Steel said", "said. Steel said", "Ga. Steel said",
])
def test_abbreviations_and_titles_are_no_initials(text: str) -> None:
    assert list(words_before(text, "Steel")) == []


@pytest.mark.parametrize("first", ["J. P.", "J.P."])
def test_a_surname_after_initials_is_a_person_not_a_backer(first: str) -> None:
    r = run(f"Orvella Labs raised $12 million on Monday. {first} Lemaire, a former banker, "
            "sits on its board. The startup is backed by Lemaire and by Sequoia Capital.")
    assert "Lemaire" not in companies(r)
    assert {"Orvella Labs", "Sequoia Capital"} <= companies(r)


@pytest.mark.parametrize("text, full, short", [
    # an unknown name, and its first word found alone by a cue
    ("Kestrel Robotics, a Boston-based warehouse automation company, opened an office in "
     "Osaka. Kestrel raised $60 million in March.", "Kestrel Robotics", "Kestrel"),
    # a known name, and its first word found alone by a cue
    ("Meta has taken a 49% stake in Scale AI for $14.3 billion, and Scale's founder will "
     "join Meta.", "Scale AI", "Scale"),
])
def test_a_short_form_is_the_same_company(text: str, full: str, short: str) -> None:
    r = run(text)
    assert full in companies(r) and short not in companies(r)
    assert short in next(c.mentions for c in r.companies if c.name == full)


# --- words that are not companies ------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Oracle launched drag-and-drop AI tools for smart factories in Ohio on Monday.",
     "Smart Automobile"),
    ("Orvella provides an enterprise MLops platform that lets data scientists test models.",
     "MLops"),
    ("Handhelds like Valve's Steam Deck sell well, but Microsoft's X-Box still leads "
     "console sales in Britain, a survey found.", "Box"),
])
def test_a_common_word_or_a_word_tail_is_no_company(text: str, word: str) -> None:
    assert word not in companies(run(text))


def test_a_hyphen_between_two_companies_keeps_both() -> None:
    r = run("The Samsung-Google partnership was announced in Seoul on Monday, and a "
            "Microsoft-OpenAI deal followed.")
    assert {"Samsung Electronics", "Google", "Microsoft", "OpenAI"} <= companies(r)


def test_a_company_name_written_in_its_own_capitals() -> None:
    r = run("Last spring NTT DoCoMo teamed up with Telefonica to test 6G radios in "
            "Madrid.")
    assert "NTT Docomo" in companies(r)


def test_a_partner_of_a_fund_is_a_job_not_a_partnership() -> None:
    r = run("Xiaomi wants to sell its cars abroad, said Dana Ortiz, managing partner of "
            "Larkspur Ventures, an early-stage fund in Boston.")
    assert [e for e in r.events if e.type == "partnership"] == []

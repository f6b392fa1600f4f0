"""Facility and place rules, one behaviour per test, on sentences written for these tests."""

from __future__ import annotations

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

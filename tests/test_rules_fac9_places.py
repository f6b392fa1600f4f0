"""Places (session 8): a name followed by "state" or "Prefecture" is the state, not the
city of that name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published="2025-03-04"))


@pytest.mark.parametrize(("text", "state"), [
    ("Lenovo also makes servers in Ciudad Juarez, in Chihuahua state, near the border.",
     "Chihuahua"),
    ("ByteDance opened a data center in Malaysia's Johor state last year.", "Johor"),
    ("Tencent opened a data center in Brazil's Parana state in May.", "Parana"),
])
def test_a_name_followed_by_state_is_no_city(text: str, state: str) -> None:
    r = run(text)
    assert state not in [c.name for c in r.cities]
    assert all(f.city != state for f in r.facilities)


def test_the_site_in_a_countrys_state_keeps_the_country() -> None:
    r = run("ByteDance opened a data center in Malaysia's Johor state last year.")
    assert [(f.operator, f.city, f.country) for f in r.facilities] == [
        ("ByteDance", None, "MY")]


def test_a_city_named_elsewhere_in_the_text_stays() -> None:
    r = run("Nvidia opened an office in New York. The New York State Senate approved it.")
    assert "New York" in [c.name for c in r.cities]

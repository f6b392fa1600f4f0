"""Company names on unseen pages: units named by their parent's name and a tail, and
names in the styling the companies use themselves, on sentences written for these tests."""

from __future__ import annotations

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str) -> Extraction:
    return extract(Article(id="t", text=text, title=None, published=None))


def names(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


def test_a_unit_named_last_in_a_sentence_stops_at_the_full_stop() -> None:
    r = run("Sony will sell the headsets through its film arm, Sony Pictures. Financial "
            "details were not given.")
    assert "Sony Pictures" in names(r)
    assert not any("." in n for n in names(r))
    r = run("Tata will resell the models through its services unit, Tata Technologies. "
            "Research firms expect more deals.")
    assert "Tata Technologies" in names(r)
    assert not any("Research" in n for n in names(r))


def test_cloud_and_data_centre_units_named_after_their_parent() -> None:
    r = run("The tender pits Viettel IDC, the data center arm of Viettel, against FPT Smart "
            "Cloud, the cloud unit of FPT Corporation.")
    assert {"Viettel IDC", "FPT Smart Cloud"} <= names(r)
    assert ("FPT Smart Cloud", "FPT Corporation") in subsidiaries(r)
    r = run("Tencent Cloud, the cloud arm of Tencent, opened a region in Jakarta on Monday.")
    assert ("Tencent Cloud", "Tencent") in subsidiaries(r)


def test_ai_inside_a_unit_name() -> None:
    r = run("Groups led by SK Telecom and LG AI Research were picked for the program.")
    assert "LG AI Research" in names(r)
    r = run("Nokia AI Labs, set up in Espoo last year, will hire 50 researchers.")
    assert "Nokia AI Labs" in names(r)


def test_sk_hynix_in_its_own_styling() -> None:
    r = run("Amkor is fighting Samsung Electronics and SK hynix for the packaging orders.")
    assert "SK Hynix" in names(r)
    assert frozenset(("Amkor Technology", "SK Hynix")) in {frozenset((p.a, p.b))
                                                          for p in r.competitors}


def test_utilities_publishers_and_producers_are_company_nouns() -> None:
    r = run("Customers at launch include the game publisher Zentrova Interactive and two banks.")
    assert "Zentrova Interactive" in names(r)
    r = run("The campus will draw power from Kelvora, the state-controlled power producer, "
            "under a 15-year contract.")
    assert "Kelvora" in names(r)
    r = run("Grid upgrades by Marendi, the regional utility, delayed the project by a year.")
    assert "Marendi" in names(r)


def test_a_producer_named_as_a_person_is_no_company() -> None:
    r = run("Music producer Mark Ronson said he liked the new headphones.")
    assert names(r) == set()


def test_a_short_noun_ending_in_ive_opens_a_name() -> None:
    r = run("The round was led by Insight Partners, with Drive Capital, the Ohio venture "
            "firm, taking part again.")
    assert "Drive Capital" in names(r)
    r = run("Customers include the robotics startup Hive Autonomy and two regional banks.")
    assert "Hive Autonomy" in names(r)


def test_an_adjective_in_ive_still_opens_no_name() -> None:
    r = run("Generative AI, the fastest-growing field, drew most of the money.")
    assert names(r) == set()


def test_an_owner_or_a_new_unit_named_after_a_comma() -> None:
    r = run("The founders and its private equity owner, Harrow Investors, will sell their "
            "stakes.")
    assert "Harrow Investors" in names(r)
    r = run("Orvella said its parent company, Tamsin Partners, would add money.")
    assert "Tamsin Partners" in names(r)
    r = run("The cluster is run by a new unit, Orvane Compute, with its own staff of 40.")
    assert "Orvane Compute" in names(r)


def test_a_shop_owner_named_after_a_comma_is_a_person() -> None:
    r = run("The bakery's owner, Marta Kowalska, said sales rose in May.")
    assert names(r) == set()

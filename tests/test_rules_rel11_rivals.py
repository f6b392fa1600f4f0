"""Rivals on unseen pages (session 10): lists whose names carry a relative clause or an
appositive ("X, which ..., and Y", "X, the cloud backed by Z, and Y", "and Chinese
challenger Y", "and Japan's Y"), rivalry told as running into each other in tenders, a
lead on a rival, work that usually goes to a rival, contracts also sought by a rival,
narrowing the gap, two companies both chasing the same customers, a group counted later
in the sentence ("and the three operators are competing"), and the buyer (not the bought
firm) in "buys X in race with Y". Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=None))


def rivals(r: Extraction) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in r.competitors}


def _check(text: str, pairs: set[tuple[str, str]]) -> None:
    got = rivals(run(text))
    assert {frozenset(p) for p in pairs} <= got, got


@pytest.mark.parametrize(("text", "pairs"), [
    ("Lambda is up against CoreWeave, the GPU cloud partly owned by Nvidia, and Crusoe in "
     "most deals.", {("Lambda", "CoreWeave"), ("Lambda", "Crusoe")}),
    ("Equinix vies with Digital Realty, whose Frankfurt campus opened in May, and NTT Data "
     "for bank contracts.", {("Equinix", "Digital Realty"), ("Equinix", "NTT DATA")}),
    ("Infineon battles mainly with STMicroelectronics and Japan's Renesas, which cut prices "
     "last year.", {("Infineon Technologies", "STMicroelectronics"),
                    ("Infineon Technologies", "Renesas Electronics")}),
    ("In tenders for government work, Vodafone comes up mostly against Orange, which runs its "
     "own cloud, and Telefonica.", {("Vodafone", "Orange"), ("Vodafone", "Telefónica")}),
    ("Vultr raised money. The company is up against several larger GPU clouds chasing the "
     "same model makers and startups, including CoreWeave, which went public in March, and "
     "Nebius, which runs a site in Finland.", {("Vultr", "CoreWeave"), ("Vultr", "Nebius")}),
    ("Khazna opened a site. It is vying for the same government, bank and cloud contracts as "
     "Equinix and Digital Realty.",
     {("Khazna Data Centers", "Equinix"), ("Khazna Data Centers", "Digital Realty")}),
])
def test_a_list_with_clauses_between_names(text: str, pairs: set[tuple[str, str]]) -> None:
    _check(text, pairs)


def test_a_listed_challenger_is_no_subject() -> None:
    got = rivals(run("Nokia competes with Ericsson and Chinese challenger Huawei in 5G radio."))
    assert {frozenset(("Nokia", "Ericsson")), frozenset(("Nokia", "Huawei"))} <= got, got
    assert frozenset(("Ericsson", "Huawei")) not in got, got


@pytest.mark.parametrize(("text", "pairs"), [
    ("Iron Mountain opened a site. Its sales staff say they run into Equinix and Digital "
     "Realty in nearly every tender in Madrid.",
     {("Iron Mountain", "Equinix"), ("Iron Mountain", "Digital Realty")}),
    ("Vultr's managers said they ran into CoreWeave in most of the bids they lost this year.",
     {("Vultr", "CoreWeave")}),
    ("StackIT is sold as a European answer to the big clouds. Its managers say they mostly "
     "run into Google Cloud and Microsoft in public tenders.",
     {("StackIT", "Google Cloud"), ("StackIT", "Microsoft")}),
])
def test_running_into_rivals_in_tenders(text: str, pairs: set[tuple[str, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), [
    ("Microsoft opened a region in Madrid. Google Cloud and Oracle opened theirs last year. "
     "Microsoft now has a lead on both among banks.",
     {("Microsoft", "Google Cloud"), ("Microsoft", "Oracle")}),
    ("Nvidia has extended its lead over AMD in data center GPUs.",
     {("Nvidia", "Advanced Micro Devices")}),
    ("Telefonica opened a lab. The carrier is trying to narrow the gap with Vodafone in fibre.",
     {("Telefónica", "Vodafone")}),
    ("AMD is working to bridge the gap with Nvidia in AI accelerators.",
     {("Advanced Micro Devices", "Nvidia")}),
])
def test_a_lead_or_a_gap(text: str, pairs: set[tuple[str, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), [
    ("Kyndryl wants to grow in Europe. The New York-based group is trying to win work that "
     "usually goes to Accenture and Capgemini.",
     {("Kyndryl", "Accenture"), ("Kyndryl", "Capgemini")}),
    ("Cognizant is chasing contracts that have traditionally gone to Infosys and Wipro.",
     {("Cognizant", "Infosys"), ("Cognizant", "Wipro")}),
    ("Equinix said most of the leases it bid for were also sought by Digital Realty, whose "
     "Paris campus opened in May, and by NTT.",
     {("Equinix", "Digital Realty"), ("Equinix", "NTT")}),
])
def test_the_same_work_goes_to_or_is_sought_by(text: str, pairs: set[tuple[str, str]]) -> None:
    _check(text, pairs)


@pytest.mark.parametrize(("text", "pairs"), [
    ("Fluidstack and Crusoe have both been trying to sign up the same handful of AI labs.",
     {("Fluidstack", "Crusoe")}),
    ("CoreWeave and Nebius are both chasing the same few model makers for long leases.",
     {("CoreWeave", "Nebius")}),
    ("Equinix opened a campus in Madrid. Digital Realty, which opened a site there in 2023, "
     "and Iron Mountain are both adding space, and the three operators are competing for "
     "cloud leases.",
     {("Equinix", "Digital Realty"), ("Equinix", "Iron Mountain"),
      ("Digital Realty", "Iron Mountain")}),
])
def test_both_after_the_same_or_a_group_counted(text: str,
                                                pairs: set[tuple[str, str]]) -> None:
    _check(text, pairs)


def test_the_buyer_in_a_race_not_the_bought() -> None:
    got = rivals(run("Orange buys Dutch cloud firm LeaseWeb in race with Vodafone."))
    assert frozenset(("Orange", "Vodafone")) in got, got
    assert frozenset(("Leaseweb", "Vodafone")) not in got, got


@pytest.mark.parametrize("text", [
    "Nvidia ran into supply limits last year as demand for its GPUs soared.",
    "Microsoft's capital spending mostly goes to Nvidia, the company said.",
    "The team took the lead on the project after Google Cloud pulled out.",
    "Equinix and Digital Realty both reported results on the same day.",
    "Nvidia's newest chips were also sought by Meta and Microsoft this year.",
])
def test_no_rivalry(text: str) -> None:
    assert not rivals(run(text)), rivals(run(text))

"""Rivals on unseen pages: a fight told with what it is for before the rival ("has long
fought for merchants against X and Y"), "going after that business against X". Sentences
written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=None))


def rivals(r: Extraction) -> set[frozenset[str]]:
    return {frozenset((p.a, p.b)) for p in r.competitors}


@pytest.mark.parametrize(("text", "pairs"), [
    ("Telkomsel fights for subscribers against Indosat and XL Axiata.",
     {("Telkomsel", "Indosat Ooredoo Hutchison"), ("Telkomsel", "XL Axiata")}),
    ("Safaricom has fought hard for mobile money users against Airtel Africa for years.",
     {("Safaricom", "Airtel Africa")}),
    ("In the region Stripe has long fought for merchants against Adyen and PayPal.",
     {("Stripe", "Adyen"), ("Stripe", "PayPal")}),
    ("Huawei Cloud will be going after that business against Turkcell and Oracle, both "
     "of which run local data centers.",
     {("Huawei Cloud", "Turkcell"), ("Huawei Cloud", "Oracle")}),
    ("Equinix is going after the same enterprise customers against Digital Realty.",
     {("Equinix", "Digital Realty")}),
])
def test_a_fight_for_something_against_a_rival(text: str, pairs: set[tuple[str, str]]) -> None:
    got = rivals(run(text))
    assert {frozenset(p) for p in pairs} <= got, got


@pytest.mark.parametrize(("text", "pairs"), [
    ("In most of the country, the operators Telkomsel fights hardest for subscribers are "
     "Indosat and XL Axiata.",
     {("Telkomsel", "Indosat Ooredoo Hutchison"), ("Telkomsel", "XL Axiata")}),
    ("The rivals Stripe fights most often for large merchants are Adyen and PayPal.",
     {("Stripe", "Adyen"), ("Stripe", "PayPal")}),
])
def test_the_ones_it_fights_are(text: str, pairs: set[tuple[str, str]]) -> None:
    got = rivals(run(text))
    assert {frozenset(p) for p in pairs} <= got, got


@pytest.mark.parametrize("text", [
    "Nvidia fought for years to win the contract, its chief executive said.",
    "Stripe fought the ruling in court and later settled with regulators against its will.",
])
def test_a_fight_with_no_rival_after_against(text: str) -> None:
    assert not rivals(run(text))


@pytest.mark.parametrize(("text", "pair", "wrong"), [
    ("Fiserv has completed its purchase of Orvalis Pagos, Fiserv said. Fiserv will run it "
     "as a unit. Orvalis Pagos handled $2 billion in payments last year. In the region it "
     "has long competed for merchants against Mercado Pago.",
     ("Orvalis Pagos", "Mercado Pago"), ("Fiserv", "Mercado Pago")),
    ("Nokia agreed to buy Infinera for $2.3 billion, Nokia said. Nokia expects the deal to "
     "close next year. Infinera makes optical networking gear. In North America, it "
     "competes with Ciena.", ("Infinera", "Ciena"), ("Nokia", "Ciena")),
    ("Ericsson will take a stake in Kelvo Networks, Ericsson said on Monday. Ericsson paid "
     "$40 million. Kelvo Networks sells radio software to carriers. Across Europe it goes "
     "up against Mavenir.", ("Kelvo Networks", "Mavenir"), ("Ericsson", "Mavenir")),
])
def test_it_after_an_opening_phrase_is_the_last_sentences_subject(
        text: str, pair: tuple[str, str], wrong: tuple[str, str]) -> None:
    got = rivals(run(text))
    assert frozenset(pair) in got and frozenset(wrong) not in got, got


@pytest.mark.parametrize(("text", "pair"), [
    ("The purchase puts SoftBank Corp on the same site as KDDI, the carrier it has battled "
     "for subscribers for two decades.", ("SoftBank Corp", "KDDI")),
    ("Nokia's new plant is near Ericsson, the company it has long battled for 5G "
     "contracts.", ("Nokia", "Ericsson")),
    ("The deal lets Lenovo sell to the same schools as Dell, the PC maker it has competed "
     "with since 2005.", ("Lenovo", "Dell Technologies")),
])
def test_a_rival_described_by_what_it_did(text: str, pair: tuple[str, str]) -> None:
    assert frozenset(pair) in rivals(run(text))


def test_a_partner_described_by_what_it_did_is_no_rival() -> None:
    assert not rivals(run("Intel sold the plant to Micron, a company it had worked with "
                          "for years."))

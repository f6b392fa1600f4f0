"""Company names on unseen pages: legal suffixes written with full stops ("S.A.",
"S.p.A.", "N.V."), a known company's local unit named after its country ("MTN Ghana"),
a group's listed sibling ("Samsung Securities"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.record import Article, Extraction


def run(text: str, title: str | None = None) -> Extraction:
    return extract(Article(id="t", text=text, title=title, published=None))


def names(r: Extraction) -> set[str]:
    return {c.name for c in r.companies}


def subsidiaries(r: Extraction) -> set[tuple[str, str]]:
    return {(p.a, p.b) for p in r.subsidiaries}


@pytest.mark.parametrize(("text", "name"), [
    ("Fintera completed its purchase of Corvalia Pagos S.A., a Lima payments processor, "
     "on Friday.", "Corvalia Pagos"),
    ("The bid was made through Veltro Sistemas S.A. de C.V., the group said.",
     "Veltro Sistemas"),
    ("Brantiva S.p.A. will supply the cooling units for the hall.", "Brantiva"),
    ("Shares of Orvalis N.V. rose 4% in Amsterdam after the results.", "Orvalis"),
    ("Kaizen Robotics K.K. signed a supply deal with the carmaker.", "Kaizen Robotics"),
])
def test_a_legal_suffix_written_with_full_stops(text: str, name: str) -> None:
    got = names(run(text))
    assert name in got, got
    assert not any(n.endswith((" S", " N", " K")) for n in got), got


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("Airtel Kenya, the local unit of Bharti Airtel, signed a five-year lease for two halls.",
     "Airtel Kenya", "Bharti Airtel"),
    ("The anchor tenant is Vodafone Egypt, a subsidiary of Vodafone, which moves its core "
     "network there.", "Vodafone Egypt", "Vodafone"),
    ("Ericsson Mexico, Ericsson's local arm, won the radio contract, beating Nokia.",
     "Ericsson Mexico", "Ericsson"),
    ("Vodacom Tanzania, the Tanzanian unit of Vodacom, will take the first racks.",
     "Vodacom Tanzania", "Vodacom"),
])
def test_a_known_company_named_with_a_country_told_its_unit(
        text: str, unit: str, parent: str) -> None:
    r = run(text)
    assert unit in names(r), names(r)
    assert (unit, parent) in subsidiaries(r)


def test_a_known_company_named_with_a_country_in_a_title_is_the_company() -> None:
    r = run('"The network is ready," said Jo Lindqvist, 5G director for Telia Finland. '
            "Orvella Labs CTO Pekka Roe agreed.")
    assert "Telia Finland" not in names(r)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Izmar, the cable arm of Grupo Orvena, and Velox, which belongs to Grupo Salinas, "
     "both bid.", ("Velox", "Grupo Orvena")),
    ("Izmar, a unit of Grupo Orvena, and Velox, which is owned by Grupo Salinas, both bid.",
     ("Velox", "Grupo Orvena")),
    ("Banco Orvena, a Lima lender, signed with Kestrel Cloud. Banco de la Nacion bought "
     "the same platform a year ago.", None),
])
def test_a_shared_first_word_is_no_short_form(text: str, wrong: tuple[str, str] | None) -> None:
    r = run(text)
    assert wrong not in subsidiaries(r)
    spans = {m for c in r.companies for m in c.mentions}
    assert "Grupo" not in spans and "Banco" not in spans, spans


@pytest.mark.parametrize(("text", "name"), [
    ("America Movil said it disagreed with the ruling.", "América Movil"),
    ("Shares of Sabanci Holding rose 2% in Istanbul.", "Sabancı Holding"),
    ("EDP Renovaveis signed a power deal for the campus.", "EDP Renováveis"),
    ("Telefonica Deutschland will host the servers.", "Telefónica Deutschland"),
])
def test_a_known_name_written_without_its_accents(text: str, name: str) -> None:
    assert name in names(run(text))


def test_a_mobile_network_the_knowledge_base_puts_under_its_group() -> None:
    r = run("America Movil, based in Mexico City, also runs Telcel, the country's largest "
            "mobile network.")
    assert {"América Movil", "Telcel"} <= names(r)
    assert ("Telcel", "América Movil") in subsidiaries(r)


@pytest.mark.parametrize(("text", "name"), [
    ("Kivra Pay competes with dLocal, the Uruguayan payments company listed in New York.",
     "dLocal"),
    ("MANILA - ePLDT, Inc., the information technology arm of PLDT Inc., opened its "
     "eleventh data center on Wednesday.", "ePLDT"),
    ("The bank picked nCino, a loan software maker based in North Carolina, for the work.",
     "nCino"),
])
def test_a_name_opening_with_a_small_letter(text: str, name: str) -> None:
    assert name in names(run(text))


@pytest.mark.parametrize("text", [
    "The iPhone, the company's best-selling product, led Apple's sales again.",
    "The eSIM, a chip soldered to the board, replaces the card.",
    "The plant uses 40 kWh, the operator said, and mRNA, a molecule, is made there.",
])
def test_a_product_opening_with_a_small_letter_is_no_company(text: str) -> None:
    assert names(run(text)) <= {"Apple"}


@pytest.mark.parametrize(("text", "place"), [
    ("In most of the Bajio, the operators Telkomsel fights hardest are Indosat and XL "
     "Axiata.", "Bajio"),
    ("Across Brabant, the carriers Vodafone competes with most are KPN and Odido.", "Brabant"),
    ("In Lombardy, the banks Intesa Sanpaolo lends to most are small.", "Lombardy"),
])
def test_a_place_before_a_plural_noun_and_a_name_is_no_company(text: str, place: str) -> None:
    assert place not in names(run(text))

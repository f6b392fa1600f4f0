"""Hand-written extraction records for the store tests (our own words, no corpus text)."""

from __future__ import annotations

from typing import Any

from loaders.record import City, Company, Event, Evidence, Extraction, Facility, Pair

# Query columns GROUP_CONCAT fills in no set order, with their separators.
UNORDERED = {"statuses": ", ", "kinds": ", ", "sources": " "}


def sort_unordered(row: dict[str, Any]) -> dict[str, Any]:
    """`row` with the values of each GROUP_CONCAT column sorted, so stores compare equal."""
    return {k: UNORDERED[k].join(sorted(str(v).split(UNORDERED[k]))) if k in UNORDERED and v
            else v for k, v in row.items()}


def ev(sentence: str, start: int = 0) -> Evidence:
    return Evidence(sentence, start, start + len(sentence))


def aws_article() -> Extraction:
    s1 = "Amazon Web Services said it will open a cloud region near Dublin next spring."
    s2 = "AWS competes with Microsoft Corp. for large public-sector contracts."
    return Extraction(
        id="rec-aws-1", url="https://news.example/aws-dublin", title="AWS plans Dublin region",
        published="2024-03-04",
        companies=[Company("Amazon Web Services", ["Amazon Web Services", "AWS"], True,
                           parent="Amazon", evidence=ev(s1)),
                   Company("Microsoft Corp.", ["Microsoft Corp."], True, evidence=ev(s2, 80))],
        cities=[City("Dublin", "IE", 2964574, evidence=ev(s1))],
        countries=["IE"],
        facilities=[Facility("Amazon Web Services", "cloud_region", "Dublin", "IE", "announced",
                             evidence=ev(s1))],
        competitors=[Pair("AWS", "Microsoft Corp.", 0.8, ev(s2, 80))],
        events=[Event("facility_announcement", ["Amazon Web Services"], "Dublin", "IE",
                      "2024-03-04", None, 0.9, ev(s1))],
    )


def microsoft_article() -> Extraction:
    s1 = "Microsoft opened a data center campus in Dublin on Tuesday."
    s2 = "Microsoft and AWS keep fighting over cloud customers in Ireland."
    return Extraction(
        id="rec-msft-1", url="https://news.example/msft-dublin", title="Microsoft opens in Dublin",
        published="2024-03-20",
        companies=[Company("Microsoft", ["Microsoft"], True, evidence=ev(s1)),
                   Company("AWS", ["AWS"], True, evidence=ev(s2, 60))],
        cities=[City("Dublin", "IE", 2964574, evidence=ev(s1))],
        countries=["IE"],
        facilities=[Facility("Microsoft", "data_center", "Dublin", "IE", "opened",
                             evidence=ev(s1))],
        competitors=[Pair("Microsoft", "AWS", 0.9, ev(s2, 60))],
    )


def deal_article(rid: str, acquirer: str, target: str, date: str, sentence: str) -> Extraction:
    return Extraction(
        id=rid, url=f"https://news.example/{rid}", title=f"{acquirer} buys {target}",
        published=date,
        companies=[Company(acquirer, [acquirer]), Company(target, [target])],
        countries=["US"],
        events=[Event("acquisition", [acquirer, target], None, "US", date, "$2B", 0.95,
                      ev(sentence))],
    )


def alibaba_articles() -> tuple[Extraction, Extraction]:
    a = Extraction(id="rec-ali-1", url="https://news.example/ali-1", title="Alibaba Group cloud",
                   published="2024-05-01",
                   companies=[Company("Alibaba Group", ["Alibaba Group"])],
                   facilities=[Facility("Alibaba Group", "data_center", None, "SG", "planned")])
    b = Extraction(id="rec-ali-2", url="https://news.example/ali-2", title="Alibaba in Korea",
                   published="2024-06-01",
                   companies=[Company("Alibaba", ["Alibaba"])],
                   facilities=[Facility("Alibaba", "data_center", "Seoul", "KR", "opened")],
                   cities=[City("Seoul", "KR", 1835848)])
    return a, b

"""Records for the linked-data tests: the store examples plus one with awkward literals."""

from __future__ import annotations

from store_records import alibaba_articles, aws_article, deal_article, ev, microsoft_article

from loaders.record import City, Company, Event, Extraction, Facility, Pair

# Quotes, a newline, a tab, a backslash, '>' and '<', and four scripts.
AWKWARD_NAME = 'Sakura "Denki" 株式会社'
AWKWARD_SENTENCE = ('Ümlaut AG said: "Ελληνικά > English"\nand <more> \\ on a second\tline, '
                    "with 株式会社 and Кириллица.")


def awkward_article() -> Extraction:
    return Extraction(
        id="rec-awkward-1", url="https://news.example/awk?a=1&b=<2>",
        title='Ümlaut AG & Sakura "Denki" 株式会社: Ελληνικά',
        published="2024-07",
        companies=[Company("Ümlaut AG", ["Ümlaut AG"], evidence=ev(AWKWARD_SENTENCE)),
                   Company(AWKWARD_NAME, [AWKWARD_NAME], evidence=ev(AWKWARD_SENTENCE))],
        cities=[City("Θεσσαλονίκη", "GR", 734077, evidence=ev(AWKWARD_SENTENCE))],
        facilities=[Facility("Ümlaut AG", "factory", "Θεσσαλονίκη", "GR", "planned",
                             capacity='2 "GW" > 1', evidence=ev(AWKWARD_SENTENCE))],
        competitors=[Pair("Ümlaut AG", AWKWARD_NAME, 0.7, ev(AWKWARD_SENTENCE))],
        events=[Event("investment", ["Ümlaut AG", AWKWARD_NAME], "Θεσσαλονίκη", "GR", "2024",
                      "€300M", 0.8, ev(AWKWARD_SENTENCE))],
    )


def all_records() -> list[Extraction]:
    return [aws_article(), microsoft_article(),
            deal_article("d1", "Broadwing", "Vantage Chips", "2023-11-02",
                         "Broadwing closed its purchase of Vantage Chips."),
            *alibaba_articles(), awkward_article()]

"""One contract, every store: the same assertions on the embedded Oxigraph store and on a
real Neo4j server (rdflib's test_graph parametrises over store names the same way)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import open_test_store
from store_records import (
    alibaba_articles,
    aws_article,
    deal_article,
    ev,
    microsoft_article,
    sort_unordered,
)

from kg import service
from kg.queries import load_queries
from loaders.record import City, Company, Extraction, Facility, Pair

# Columns whose sample differs between the two query languages: any value of the group is
# right (GROUP_CONCAT columns are compared sorted, `sort_unordered`).
SAMPLED = ("evidence", "role")


def deals() -> list[Extraction]:
    return [deal_article("d1", "Broadwing", "Vantage Chips", "2023-11-02",
                         "Broadwing closed its purchase of Vantage Chips."),
            deal_article("d2", "Broadwing Inc.", "Vantage Chips", "2023-11-20",
                         "Broadwing Inc. completed the Vantage Chips deal this week.")]


def corpus() -> list[Extraction]:
    return [aws_article(), microsoft_article(), *deals(), *alibaba_articles()]


def test_re_adding_an_article_changes_nothing(any_store: Any) -> None:
    first = any_store.add(aws_article())
    before = any_store.stats()
    again = any_store.add(aws_article())
    assert not first.unchanged and first.facts == 15
    assert again.unchanged and again.article == first.article
    assert any_store.stats() == before


def test_names_resolve_to_one_entity_across_articles(any_store: Any) -> None:
    any_store.add_many([aws_article(), microsoft_article()])
    # "Microsoft Corp." (article 1) and "Microsoft" (article 2) are one company.
    assert [(r["kind"], r["key"]) for r in any_store.query("lookup", {"name": "Microsoft"})] \
        == [("Company", "microsoft")]
    assert any_store.stats()["Company"] == 3  # amazon-web-services, amazon, microsoft
    merged = {(m["name"], m["into"]) for m in any_store.merges()}
    assert ("AWS", "amazon-web-services") in merged
    rivals = any_store.query("competitors", {})
    assert [(r["a"], r["b"], r["articles"]) for r in rivals] == \
        [("amazon-web-services", "microsoft", 2)]


def test_one_deal_told_twice_is_one_event(any_store: Any) -> None:
    any_store.add_many(deals())
    rows = any_store.query("timeline", {})
    assert [(r["type"], r["articles"], r["date"], r["amount"]) for r in rows] == \
        [("acquisition", 2, "2023-11-02", "$2B")]
    assert any_store.stats()["Event"] == 1


def test_forget_keeps_facts_other_articles_state(any_store: Any) -> None:
    aws, msft = any_store.add_many([aws_article(), microsoft_article()])
    res = any_store.forget("rec-aws-1")  # by record id
    assert res.found and res.article == aws.article
    # Kept: COMPETES_WITH (aws-microsoft) and IN_COUNTRY (Dublin-IE), which msft also states.
    assert (res.facts_removed, res.facts_kept) == (13, 2)
    stats = any_store.stats()
    assert (stats["articles"], stats["COMPETES_WITH"], stats["SUBSIDIARY_OF"],
            stats["Event"]) == (1, 1, 0, 0)
    rivals = any_store.query("competitors", {})
    assert [(r["a"], r["b"], r["articles"]) for r in rivals] == \
        [("amazon-web-services", "microsoft", 1)]
    assert not any_store.forget(aws.article).found
    again = any_store.add(aws_article())  # and it can come back whole
    assert not again.unchanged and any_store.stats()["SUBSIDIARY_OF"] == 1


def test_a_changed_record_replaces_the_old_version(any_store: Any) -> None:
    any_store.add(aws_article())
    changed = aws_article()
    changed.competitors = []
    res = any_store.add(changed)
    assert res.replaced
    assert any_store.query("competitors", {}) == []
    assert any_store.stats()["articles"] == 1


AWKWARD = [
    'Acme "Fab" {North}',
    "O'Neil \\ C:\\temp\\ Labs",
    "MATCH (n) DETACH DELETE n //",
    "$name `tick` }) RETURN 1; Corp",
]


def awkward_article() -> Extraction:
    s = "Quoted makers compete."
    return Extraction(
        id="rec-'odd\"-{1}", url="https://news.example/odd?q=\"x\"&y={z}",
        title='Odd names: "quotes", {braces} and \\ backslashes', published="2024-01-02",
        companies=[Company(n, [n], evidence=ev(s)) for n in AWKWARD],
        cities=[City('Saint-"Q" {Town}', "FR", None)],
        facilities=[Facility(AWKWARD[0], "fab", 'Saint-"Q" {Town}', "FR", "planned")],
        competitors=[Pair(AWKWARD[0], AWKWARD[2], 0.7, ev(s))])


def test_names_with_quotes_braces_backslashes_and_keywords_round_trip(any_store: Any) -> None:
    any_store.add(awkward_article())
    names = sorted(r["name"] for r in any_store.query("companies", {}))
    assert names == sorted(AWKWARD)
    for n in AWKWARD:
        assert [r["label"] for r in any_store.query("lookup", {"name": n})] == [n]
    fac = any_store.query("facilities", {"city": 'saint-"q" {town}'})
    assert [(r["operator_name"], r["city_name"]) for r in fac] == \
        [(AWKWARD[0], 'Saint-"Q" {Town}')]
    why = any_store.query("why", {"subject": AWKWARD[2], "relation": "COMPETES_WITH",
                                  "object": AWKWARD[0]})
    assert [r["title"] for r in why] == ['Odd names: "quotes", {braces} and \\ backslashes']
    assert any_store.forget("rec-'odd\"-{1}").found
    assert any_store.query("companies", {}) == []


def test_companies_are_ranked_100_at_a_time_after_the_last_row_seen(any_store: Any) -> None:
    # 150 companies; company i is mentioned by (i % 4) + 1 articles, so counts tie in
    # groups that straddle the page boundary. A parent no article mentions ranks last.
    names = [f"Quorin Systems {i:03d}" for i in range(150)]
    arts = []
    for j in range(4):
        cs = [Company(n, [n], evidence=ev("Quorin.")) for i, n in enumerate(names) if i % 4 >= j]
        arts.append(Extraction(id=f"q{j}", url=f"https://news.example/q{j}", title=f"Q {j}",
                               published="2024-06-01", companies=cs,
                               subsidiaries=[Pair(names[0], "Quorin Holdings", 0.9,
                                                  ev("Quorin."))] if j == 0 else []))
    any_store.add_many(arts)
    expected = [((i % 4) + 1, n.lower().replace(" ", "-")) for i, n in enumerate(names)]
    expected = sorted(expected, key=lambda r: (-r[0], r[1])) + [(0, "quorin-holdings")]
    first = any_store.query("companies", {})
    assert [(r["articles"], r["key"]) for r in first] == expected[:100]
    rest = any_store.query("companies", {"before": first[-1]["articles"],
                                         "after": first[-1]["key"]})
    assert [(r["articles"], r["key"]) for r in rest] == expected[100:]
    assert any_store.query("companies", {"before": 0, "after": "quorin-holdings"}) == []
    held = any_store.query("companies", {"match": "holdings"})
    assert [(r["key"], r["articles"]) for r in held] == [("quorin-holdings", 0)]
    rows, more = service.companies(any_store)
    assert len(rows) == 100 and more
    rows, more = service.companies(any_store, every=True)
    assert [r["key"] for r in rows] == [k for _, k in expected] and not more


def test_company_and_facts_come_50_at_a_time_after_the_last_row_seen(any_store: Any) -> None:
    # One company with 130 facts: rivals on both sides of the stored pair (keys sort
    # before and after its own), parents, mentions; two articles state some of them.
    me = "Mireval Networks"
    rivals = [f"Corvant {i:03d}" for i in range(40)] + [f"Zephal {i:03d}" for i in range(40)]
    parents = [f"Halcyra Holdings {i:02d}" for i in range(8)]
    arts = [Extraction(id=f"m{j}", url=f"https://news.example/m{j}", title=f"M {j}",
                       published=f"2024-0{j + 1}-01",
                       companies=[Company(n, [n], evidence=ev("Mireval."))
                                  for n in (me, *rivals, *parents)],
                       competitors=[Pair(me, r, 0.8, ev(f"{me} and {r} compete."))
                                    for r in rivals[j * 20:]],
                       subsidiaries=[Pair(me, p, 0.9, ev(f"{me} belongs to {p}."))
                                     for p in parents])
            for j in range(2)]
    any_store.add_many(arts)
    size = service.PAGED["company"].size
    first = any_store.query("company", {"company": me})
    assert len(first) == size
    rows, more = service.pages(any_store, "company", {"company": me})
    keys = [(r["relation"], r["direction"], r["other"]) for r in rows]
    assert keys == sorted(set(keys)) and not more  # in order, none twice, all pages
    assert len([k for k in keys if k[0] == "COMPETES_WITH"]) == len(rivals)
    assert len([k for k in keys if k[0] == "SUBSIDIARY_OF"]) == len(parents)
    assert len([k for k in keys if k[0] == "MENTIONS"]) == 2
    both = {r["other"]: r["articles"] for r in rows if r["relation"] == "COMPETES_WITH"}
    assert both["corvant-025"] == 2 and both["corvant-005"] == 1  # rivals[20:] twice
    # The same facts through `facts`, by name, 50 at a time in (relation, subject, object).
    facts, more = service.facts(any_store, me)
    assert not more
    assert len(facts) == len(rows) and facts[:size] == any_store.query("facts", {"entity": me})
    triples = [(r["relation"], r["subject"], r["object"]) for r in facts]
    assert triples == sorted(set(triples))


def test_show_gives_every_article_its_title_beyond_the_newest_page(any_store: Any) -> None:
    # 130 articles name the same company: `show` finds each one's title by lookup, not
    # from one page of the article listing.
    arts = [Extraction(id=f"s{i}", url=f"https://news.example/s{i}", title=f"Story {i}",
                       published="2024-06-01",
                       companies=[Company("Halvard Compute", [], evidence=ev("Halvard."))])
            for i in range(130)]
    any_store.add_many(arts)
    assert service.article(any_store, "s7")["title"] == "Story 7"
    assert service.article(any_store, "nobody") == {}
    [ent] = service.show(any_store, "Halvard Compute", every=True)
    titled = [a["title"] for f in ent["facts"] for a in f["articles"]]
    assert len(titled) == 130 and None not in titled and not ent["more"]
    # By default a hub gives its first 100 facts and says more are left.
    [ent] = service.show(any_store, "Halvard Compute")
    assert len(ent["facts"]) == service.SHOW_FACTS and ent["more"]


def test_show_gives_a_fact_its_first_20_articles_and_their_count(any_store: Any) -> None:
    arts = [Extraction(id=f"r{i}", url=f"https://news.example/r{i}", title=f"Race {i}",
                       published="2024-07-01",
                       companies=[Company(n, [n], evidence=ev("Rival."))
                                  for n in ("Pellworth Cloud", "Quayside Compute")],
                       competitors=[Pair("Pellworth Cloud", "Quayside Compute", 0.8,
                                         ev("Pellworth Cloud rivals Quayside Compute."))])
            for i in range(25)]
    any_store.add_many(arts)
    [ent] = service.show(any_store, "Pellworth Cloud")
    [rival] = [f for f in ent["facts"] if f["relation"] == "COMPETES_WITH"]
    assert rival["articles_total"] == 25 and len(rival["articles"]) == service.SHOW_ARTICLES
    assert all(a["title"].startswith("Race ") for a in rival["articles"])
    [ent] = service.show(any_store, "Pellworth Cloud", every=True)
    assert len(next(f for f in ent["facts"] if f["relation"] == "COMPETES_WITH")["articles"]) == 25


def test_articles_are_listed_100_a_page_in_the_order_written(any_store: Any) -> None:
    def brief(i: int, title: str = "") -> Extraction:
        return Extraction(id=f"b{i}", url=f"https://news.example/b{i}",
                          title=title or f"Brief {i}", published="2024-06-01",
                          companies=[Company("Norvale Robotics", [], evidence=ev("Norvale."))])

    def page(n: int | None = None) -> list[str]:
        rows = any_store.query("articles", {} if n is None else {"page": n})
        assert [r["seq"] for r in rows] == sorted((r["seq"] for r in rows), reverse=True)
        return sorted(r["record"] for r in rows)

    def briefs(seqs: range) -> list[str]:
        return sorted(f"b{i}" for i in seqs)

    any_store.add_many([brief(i) for i in range(230)])
    assert page(1) == briefs(range(100)) and page(2) == briefs(range(100, 200))
    assert page() == page(3) == briefs(range(200, 230))  # no page: the newest
    assert page(4) == []
    assert [r["facts"] for r in any_store.query("articles", {"match": "b7"})] == [1]
    any_store.forget("b229")
    assert page() == briefs(range(200, 229))  # numbers are not reused
    assert any_store.add(brief(5, "Brief 5, corrected")).replaced  # written again: newest
    assert "b5" in page() and "b5" not in page(1)


# ---------------------------------------------------------------- same rows on both
QUERY_PARAMS: dict[str, list[dict[str, Any]]] = {
    "article": [{"id": "rec-msft-1"}, {"id": "nobody"}],
    "articles": [{}, {"match": "dublin"}, {"match": "rec-msft-1"}, {"page": 1}, {"page": 2}],
    "companies": [{}, {"match": "micro"}, {"match": "zzz"}, {"before": 1, "after": "m"}],
    "company": [{"company": "AWS"}, {"company": "Microsoft Corp"}, {"company": "Broadwing"},
                {"company": "AWS", "after": "MENTIONS in"}],
    "competitors": [{}, {"company": "AWS"}],
    "edges": [{}],
    "facilities": [{}, {"city": "dublin"}, {"status": "opened"}, {"country": "kr"},
                   {"company": "Alibaba", "kind": "data_center"}],
    "facts": [{"entity": "Dublin"}, {"entity": "AWS"}, {"entity": "IE"},
              {"entity": "AWS", "after": "COMPETES_WITH amazon-web-services"}],
    "footprint": [{"company": "AWS"}, {"company": "Alibaba"}],
    "lookup": [{"name": "Dublin"}, {"name": "AWS"}, {"name": "IE"}, {"name": "nobody"}],
    "stats": [{}],
    "timeline": [{}, {"since": "2024"}, {"company": "Broadwing"}, {"since": "2023-11-10"}],
    "why": [{"subject": "AWS", "relation": "competes_with", "object": "Microsoft"},
            {"subject": "Microsoft", "relation": "COMPETES_WITH", "object": "AWS"},
            {"subject": "Broadwing", "relation": "SUBSIDIARY_OF", "object": "Vantage Chips"}],
}


def normalise(rows: list[dict[str, Any]]) -> list[str]:
    """Rows as sorted JSON: sampled columns reduced to present/absent, lists sorted."""
    out = []
    for row in rows:
        r = sort_unordered(row)
        for col in SAMPLED:
            if col in r:
                r[col] = r[col] is not None
        out.append(json.dumps(r, sort_keys=True, default=str))
    return sorted(out)


def test_every_named_query_has_params_here() -> None:
    assert set(QUERY_PARAMS) == set(load_queries("sparql"))


@pytest.mark.neo4j
def test_every_named_query_gives_the_same_rows_on_both_stores(
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    oxi = open_test_store("oxigraph", request, tmp_path)
    neo = open_test_store("neo4j", request, tmp_path)
    try:
        for s in (oxi, neo):
            s.add_many(corpus())
            s.add(awkward_article())
        for name, param_sets in sorted(QUERY_PARAMS.items()):
            for params in param_sets:
                a, b = oxi.query(name, params), neo.query(name, params)
                assert normalise(a) == normalise(b), (name, params)
                assert [list(r) for r in a[:1]] == [list(r) for r in b[:1]], "column order"
        assert oxi.stats() == \
            {k: v for k, v in neo.stats().items() if k != "relationships"}
        assert oxi.merges() and [(m["id"], m["name"], m["into"]) for m in oxi.merges()] == \
            [(m["id"], m["name"], m["into"]) for m in neo.merges()]
        # After a forget, the two still agree.
        assert oxi.forget("rec-msft-1").facts_kept == neo.forget("rec-msft-1").facts_kept
        for name in ("edges", "competitors", "articles", "stats"):
            assert normalise(oxi.query(name, {})) == normalise(neo.query(name, {})), name
    finally:
        oxi.close()

"""Identity and resolution in the Oxigraph store: idempotence, merges, unmerge."""

from __future__ import annotations

import pytest
from store_records import alibaba_articles, aws_article, deal_article, microsoft_article

from kg.identity import city_id, event_id, facility_id, name_key, stripped_key
from kg.store.oxigraph import OxigraphStore


@pytest.fixture
def store(tmp_path):
    with OxigraphStore(tmp_path / "store", kb_lookup=lambda name: None) as s:
        yield s


def companies(store) -> dict[str, str]:
    return {r["key"]: r["name"] for r in store.query("companies", {})}


@pytest.mark.parametrize("name, key", [
    ("Microsoft Corp.", "microsoft"), ("Microsoft", "microsoft"), ("Nestlé S.A.", "nestle"),
    ("Alibaba Group Holding Ltd", "alibaba-group-holding"), ("Smith & Co.", "smith"),
    ("SAP SE", "sap"), ("Co", "co"),
])
def test_name_key(name, key):
    assert name_key(name) == key


def test_ids_are_deterministic():
    assert stripped_key("alibaba-group-holding") == "alibaba"
    assert city_id("Dublin", "IE", 2964574) == "geonames:2964574"
    assert city_id("São Paulo", "br") == "city:sao-paulo:br"
    assert facility_id("aws", "cloud_region", "geonames:1", 2) == "aws|cloud_region|geonames:1|2"
    assert event_id("acquisition", ["b", "a"], "US", "2024-05-17") == \
        event_id("acquisition", ["a", "b"], "US", "2024-05")


def test_reingest_same_article_changes_nothing(store):
    first = store.add(aws_article())
    quads = store.quad_count()
    again = store.add(aws_article())
    assert not first.unchanged and again.unchanged
    assert store.quad_count() == quads
    # A rebuild writes the very same quads (deterministic ids, no blank nodes).
    changed = aws_article()
    changed.title = "Another headline"
    assert store.add(changed).replaced
    assert store.add(aws_article()).replaced
    assert store.quad_count() == quads


def test_changed_record_replaces_the_article(store):
    x = aws_article()
    store.add(x)
    x.facilities[0].status = "opened"
    res = store.add(x)
    assert res.replaced
    rows = store.query("facilities", {"company": "AWS"})
    assert [r["statuses"] for r in rows] == ["opened"]
    assert store.stats()["articles"] == 1


def test_aws_and_microsoft_resolve_across_articles(store):
    store.add(aws_article())
    res = store.add(microsoft_article())
    assert set(companies(store)) == {"amazon-web-services", "microsoft", "amazon"}
    assert res.merged == [{"id": res.merged[0]["id"], "name": "AWS",
                           "into": "amazon-web-services", "rule": "mention"}]
    # "Microsoft Corp." and "Microsoft" share one key: no merge needed, one node.
    rivals = store.query("competitors", {})
    assert [(r["a"], r["b"], r["articles"]) for r in rivals] == \
        [("amazon-web-services", "microsoft", 2)]
    assert store.stats()["COMPETES_WITH"] == 1


def test_event_told_twice_is_one_event(store):
    a = deal_article("d1", "Broadwing", "Vantage Chips", "2024-05-17",
                     "Broadwing agreed to buy Vantage Chips for about two billion dollars.")
    b = deal_article("d2", "Vantage Chips Inc.", "Broadwing", "2024-05",
                     "Vantage Chips will become part of Broadwing, the companies said.")
    b.events[0].companies = ["Broadwing", "Vantage Chips Inc."]
    store.add_many([a, b])
    events = store.query("timeline", {})
    assert len(events) == 1 and events[0]["articles"] == 2
    assert store.stats()["Event"] == 1 and store.stats()["REPORTS"] == 2
    why = store.query("why", {"subject": "Vantage Chips", "relation": "INVOLVES",
                              "object": "Vantage Chips"})
    assert why == []  # an event is the subject of INVOLVES, not a company


def test_merge_log_and_unmerge(store):
    a, b = alibaba_articles()
    store.add(a)
    res = store.add(b)
    assert set(companies(store)) == {"alibaba-group"}
    (merge,) = store.merges()
    assert merge["name"] == "Alibaba" and merge["rule"] == "suffix" and not merge["undone"]
    assert res.merged[0]["id"] == merge["id"]

    out = store.unmerge(merge["id"])
    assert out["reingested"] == 2
    assert set(companies(store)) == {"alibaba-group", "alibaba"}
    assert store.merges()[0]["undone"]
    facs = {r["operator"] for r in store.query("facilities", {"kind": "data_center"})}
    assert facs == {"alibaba-group", "alibaba"}

    # The override is on disk: a reopened store, and a later ingest, respect it.
    path = store.path
    store.close()
    with OxigraphStore(path, kb_lookup=lambda name: None) as again:
        again.add(alibaba_articles()[1].__class__(
            id="rec-ali-3", title="Alibaba again", companies=b.companies))
        assert set(companies(again)) == {"alibaba-group", "alibaba"}
        assert again.merges()[0]["undone"]


def test_kb_alias_rule(tmp_path):
    canon = {"AWS": "Amazon Web Services"}
    with OxigraphStore(tmp_path / "kb", kb_lookup=canon.get) as store:
        x = microsoft_article()
        store.add(x)
        assert "amazon-web-services" in companies(store)
        assert [m["rule"] for m in store.merges()] == ["kb"]

"""Forgetting an article drops its graph; facts other articles assert survive."""

from __future__ import annotations

from store_records import aws_article, microsoft_article

from kg.store.oxigraph import OxigraphStore


def test_forget_keeps_shared_facts(tmp_path):
    with OxigraphStore(tmp_path / "s", kb_lookup=lambda n: None) as store:
        aws = store.add(aws_article())
        before_ms = store.quad_count()
        store.add(microsoft_article())
        assert store.query("competitors", {})[0]["articles"] == 2

        res = store.forget("rec-aws-1")  # by record id
        assert res.found and res.article == aws.article
        assert res.facts_kept > 0 and res.facts_removed > 0
        stats = store.stats()
        assert stats["articles"] == 1
        # The rivalry is also asserted by the Microsoft article: it stays, with one source.
        (pair,) = store.query("competitors", {})
        assert (pair["a"], pair["b"], pair["articles"]) == ("amazon-web-services", "microsoft", 1)
        # Facts only the AWS article stated are gone.
        assert store.query("facilities", {"company": "AWS"}) == []
        assert stats["SUBSIDIARY_OF"] == 0 and stats["Event"] == 0
        why = store.query("why", {"subject": "AWS", "relation": "COMPETES_WITH",
                                  "object": "Microsoft"})
        assert {r["article"] for r in why} == {store.add(microsoft_article()).article}

        assert not store.forget(aws.article).found  # already gone
        store.forget(store.add(microsoft_article()).article)
        # Only the ontology and bookkeeping (aliases, merge log) remain.
        assert store.stats()["articles"] == 0
        assert store.stats()["Company"] == 0
        assert store.quad_count() < before_ms


def test_forget_then_reingest_restores(tmp_path):
    with OxigraphStore(tmp_path / "s", kb_lookup=lambda n: None) as store:
        store.add(aws_article())
        full = store.stats()
        store.forget("rec-aws-1")
        store.add(aws_article())
        assert store.stats() == full

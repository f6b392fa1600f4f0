"""The Python model constants and schemas/techkg.ttl agree."""

from __future__ import annotations

import pytest

from kg import model


def test_model_matches_ontology():
    classes, edges = model.ontology_table()
    assert classes == {k.name: k.name for k in model.NODE_KINDS}
    assert set(edges) == {e.name for e in model.EDGE_KINDS}
    for e in model.EDGE_KINDS:
        onto = edges[e.name]
        assert onto["local"] == e.local, e.name
        assert onto["domain"] == tuple(sorted(e.domain)), e.name
        assert onto["range"] == tuple(sorted(e.range)), e.name
        assert onto["symmetric"] == e.symmetric, e.name


def test_every_vocabulary_term_is_declared_in_the_ontology():
    text = model.ONTOLOGY_PATH.read_text(encoding="utf-8")
    for term in model.tkg._terms:
        assert f"tkg:{term} " in text, term


def test_vocabulary_typo_raises():
    assert model.tkg.operates == "https://techkg.dev/ontology#operates"
    with pytest.raises(AttributeError, match="not a term"):
        _ = model.tkg.operatez

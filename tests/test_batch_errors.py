"""An article the extractor fails on is reported and skipped; the run goes on."""

from __future__ import annotations

import pytest

import loaders.batch as batch
from loaders.formats import ReadProblem
from loaders.record import Article, Extraction


def _failing_on(bad_id: str):  # type: ignore[no-untyped-def]
    real = batch.extract

    def extract(article: Article, gazetteer=None):  # type: ignore[no-untyped-def]
        if article.id == bad_id:
            raise IndexError("list index out of range")
        return real(article, gazetteer)
    return extract


def test_a_failing_article_is_reported_and_the_rest_extracted(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract", _failing_on("b"))
    items = [Article(id="a", text="Intel opened a fab in Chandler, Arizona.", source="n.jsonl:1"),
             Article(id="b", text="Lumora opened a lab.", source="n.jsonl:2"),
             Article(id="c", text="Nvidia opened an office in Austin.", source="n.jsonl:3")]
    out = list(batch.extract_many(items))
    assert [type(x) for x in out] == [Extraction, ReadProblem, Extraction]
    problem = out[1]
    assert isinstance(problem, ReadProblem)
    assert (problem.source, problem.line) == ("n.jsonl", 2)
    assert "IndexError" in problem.message and "report" in problem.message
    assert [x.id for x in out if isinstance(x, Extraction)] == ["a", "c"]


def test_a_failing_article_without_a_line_names_its_file(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "extract", _failing_on("x"))
    out = list(batch.extract_many([Article(id="x", text="Text.", source="story.txt")]))
    assert isinstance(out[0], ReadProblem) and str(out[0]).startswith("story.txt: ")

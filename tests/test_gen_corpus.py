"""The synthetic corpus generator: deterministic per seed, streamed, and extractable."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import gen_corpus  # noqa: E402  (a script in bench/, not a package)

from loaders.extract import extract  # noqa: E402
from loaders.record import Article  # noqa: E402


def test_same_seed_same_bytes_other_seed_other_text(tmp_path: Path) -> None:
    a, b, c = (tmp_path / n for n in ("a.jsonl", "b.jsonl", "c.jsonl"))
    gen_corpus.main(["--articles", "20", "--seed", "3", "--out", str(a)])
    gen_corpus.main(["--articles", "20", "--seed", "3", "--out", str(b)])
    gen_corpus.main(["--articles", "20", "--seed", "4", "--out", str(c)])
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_records_have_the_reader_fields_and_size() -> None:
    arts = list(gen_corpus.generate(30, seed=1))
    assert len(arts) == 30
    assert len({a["id"] for a in arts}) == 30
    for a in arts:
        assert set(a) == {"id", "url", "title", "published", "text"}
        assert 2048 <= len(json.dumps(a, ensure_ascii=False).encode()) <= 4096
        assert len(a["published"]) == 10


def test_generate_streams_one_article_at_a_time() -> None:
    # A generator that only builds what is asked: taking 3 of a million is instant.
    it = gen_corpus.generate(1_000_000, seed=2)
    first = [next(it) for _ in range(3)]
    assert [a["id"] for a in first] == [f"synth-s2-{i:07d}" for i in range(3)]


def test_stories_are_retold_by_several_articles() -> None:
    titles = [a["title"] for a in gen_corpus.generate(60, seed=5)]
    leads = [t.split(" ")[0] for t in titles]
    assert len(set(leads)) < len(leads)  # some company leads several articles


def test_extractor_finds_companies_and_facilities() -> None:
    arts = list(gen_corpus.generate(12, seed=7))
    found = [extract(Article(id=a["id"], text=a["text"], title=a["title"],
                             published=a["published"])) for a in arts]
    assert all(x.companies for x in found)
    assert sum(1 for x in found if x.facilities) >= 10
    kinds = {f.kind for x in found for f in x.facilities}
    assert len(kinds) >= 3

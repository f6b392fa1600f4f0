"""The extractor on examples/articles, checked against our own gold in examples/expected.

Articles are read with the real readers (`loaders.readers.iter_articles`), so the
formats (text, Markdown, HTML page, JSON Lines) are part of what is tested. Each
set must keep micro recall on companies, cities and facilities at or above the floors
in RECALL_MIN (scorer rules, see tests/record_match.py); the Alibaba Cloud article
must give its key facts.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from record_match import Names, matched, matchers, norm, same_company, summary

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "examples" / "articles"
EXPECTED = ROOT / "examples" / "expected"
SCHEMA = ROOT / "schemas" / "extraction.schema.json"
# Floors measured on the day the suite landed (see docs/extraction.md); the issue's
# goal is 0.8 per article on every field.
RECALL_MIN = {"companies": 0.91, "cities": 0.99, "facilities": 0.50}
RECALL_FIELDS = ("companies", "cities", "facilities")


def _article_files() -> list[Path]:
    return sorted(p for p in ARTICLES.iterdir() if p.is_file() and not p.name.startswith("."))


def _expected(stem: str) -> list[dict[str, Any]]:
    path = EXPECTED / f"{stem}.json"
    records = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(records, list), f"{path}: must hold a JSON list of records"
    return records


GOLD: dict[str, tuple[str, dict[str, Any]]] = {  # article id -> (file name, gold record)
    rec["id"]: (f.name, rec) for f in _article_files() for rec in _expected(f.stem)
}


@cache
def _module(name: str) -> Any:
    # Imported at test time: the readers and the extractor are written in parallel.
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        pytest.skip(f"{name.replace('.', '/')}.py does not exist yet")


@cache
def _extracted() -> dict[str, dict[str, Any]]:
    """Article id -> extraction record, for every example article."""
    readers, extract = _module("loaders.readers"), _module("loaders.extract").extract
    out: dict[str, dict[str, Any]] = {}
    for item in readers.iter_articles([ARTICLES]):
        assert not isinstance(item, readers.ReadProblem), f"reader problem: {item}"
        out[item.id] = extract(item).to_dict()
    return out


# --- the examples themselves ---------------------------------------------------------

def test_every_article_file_has_expected_records() -> None:
    stems = {f.stem for f in _article_files()}
    expected = {p.stem for p in EXPECTED.glob("*.json")}
    assert stems == expected, f"articles without gold: {stems - expected}; " \
        f"gold without article: {expected - stems}"
    assert len(GOLD) == 10


def test_expected_records_follow_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
    for file, rec in GOLD.values():
        errors = [f"{file} [{rec['id']}] {'/'.join(map(str, e.path))}: {e.message}"
                  for e in validator.iter_errors(rec)]
        assert not errors, "\n".join(errors)


def test_readers_give_the_expected_ids() -> None:
    assert set(_extracted()) == set(GOLD)


# --- the extractor -------------------------------------------------------------------

def test_recall_over_examples() -> None:
    """Micro recall per field over all example articles stays at or above RECALL_MIN.

    A ratchet, not a goal: the figures measured when the suite was written are the
    floor (raise them as the extractor improves); every miss is listed on failure.
    """
    hits = {f: 0 for f in RECALL_FIELDS}
    total = {f: 0 for f in RECALL_FIELDS}
    report = []
    for article_id, (file, gold) in sorted(GOLD.items()):
        got = _extracted()[article_id]
        eqs = matchers(Names(gold["companies"]), Names(got["companies"]))
        for field in RECALL_FIELDS:
            items = gold[field]
            found = matched(items, got[field] or [], eqs[field])
            hits[field] += sum(found)
            total[field] += len(items)
            missed = [item for item, ok in zip(items, found, strict=True) if not ok]
            if missed:
                report.append(f"  {file} [{article_id}] {field}: missed {missed}")
    low = {f: hits[f] / total[f] for f in RECALL_FIELDS if hits[f] / total[f] < RECALL_MIN[f]}
    assert not low, f"recall below floor {RECALL_MIN}: {low}\n" + "\n".join(report)


def test_alibaba_cloud_tokyo_key_facts() -> None:
    got = _extracted()["alibaba-cloud-tokyo"]
    names = Names(got["companies"])

    def sc(a: str, b: str) -> bool:
        return same_company(a, b, Names(None), names)

    problems = []
    if not any(norm("Alibaba Cloud") in {norm(c["name"]), *map(norm, c["mentions"])}
               for c in got["companies"]):
        problems.append("no company with the name or mention 'Alibaba Cloud'")
    tokyo = [f for f in got["facilities"]
             if sc("Alibaba Cloud", f["operator"]) and f["kind"] == "data_center"
             and norm(f["city"]) == "tokyo" and f["country"] == "JP"
             and f["ordinal"] == 5 and f["status"] == "opened"]
    if not tokyo:
        problems.append("no facility Alibaba Cloud / data_center / Tokyo, JP / opened / #5")
    for rival in ("Amazon Web Services", "Microsoft Azure", "Google Cloud"):
        if not any((sc("Alibaba Cloud", a) and sc(rival, b)) or
                   (sc("Alibaba Cloud", b) and sc(rival, a)) for a, b in got["competitors"]):
            problems.append(f"no competitor pair Alibaba Cloud - {rival}")
    if not any(sc("Alibaba Cloud", child) and (sc("Alibaba Group", parent) or
                                               sc("Alibaba", parent))
               for child, parent in got["subsidiaries"]):
        problems.append("no subsidiary pair [Alibaba Cloud, Alibaba Group]")
    if not any(e["type"] == "facility_opening" and e["date"] == "2026-03-10"
               and any(sc("Alibaba Cloud", c) for c in e["companies"]) for e in got["events"]):
        problems.append("no facility_opening event for Alibaba Cloud dated 2026-03-10")
    assert not problems, "\n".join(problems) + "\n  extracted:\n" + summary(got)

"""The extractor against tests/data/phrasings.jsonl: how tech news phrases facts.

Each line is one sentence (or two) written for this suite, with the facts that
must be extracted (`expect`) and those that must not (`reject`), matched by the
scorer's rules (see tests/record_match.py). Lines are `core` (any competent
extractor gets them) or `stretch`
(harder phrasings). Two aggregate tests hold the pass rates at or above CORE_MIN and
STRETCH_MIN, floors that only go up.

Report per-level pass rates and every failing line:

    python tests/test_phrasings.py            # add -v to show what was extracted
"""

from __future__ import annotations

import datetime as dt
import importlib
import json
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from record_match import check, summary

from loaders.record import EVENT_TYPES, FACILITY_KINDS, FACILITY_STATUSES, Article

SUITE = Path(__file__).parent / "data" / "phrasings.jsonl"
# Floors measured when the suite landed (131/131 core, 48/93 stretch), raised as rules land
# (59/93 in session 2: "Startup X", "X Semiconductor said", ordinals after the site, sales
# of a business, deals in a relative clause, spending in any currency, crore amounts, bare
# "region" in a cloud story, "would add"; 61/93 in session 3: "Alphabet's Google"; 63/93:
# "would buy", pending deals give no pair; 67/97 with lines for trade, passive deals,
# blocked deals, "<product> maker X", market leaders and majority stakes; 72/97 in
# session 4: "started mass production", a campus of servers is a data center, "adds 40
# megawatts"; 74/97: headquarters moves; 75/97: investing in its plant expands it;
# 107/129 in session 6: rivalry without the word "rival", coordinated operators, counties;
# 113/136 in session 7: launches of plain product names, partnerships without "partner",
# "-based" headquarters of the company meant, bare sites of data-center companies);
# 132/153 in session 8: unknown companies told by their roles, rival lists, owners, supply
# deals, sites told by money; see docs/extraction.md.
CORE_MIN = 1.0
STRETCH_MIN = 0.85
FIELDS = {"companies", "cities", "countries", "facilities", "competitors", "subsidiaries",
          "events"}


def load_suite(path: Path = SUITE) -> list[tuple[int, dict[str, Any]]]:
    """(line number, entry) for every non-blank line of the suite."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    out.append((n, json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{n}: not JSON ({exc}); fix the line") from exc
    return out


LINES = load_suite()
CORE = [(n, e) for n, e in LINES if e["level"] == "core"]
STRETCH = [(n, e) for n, e in LINES if e["level"] == "stretch"]


@cache
def _extract_fn() -> Callable[[Article], Any]:
    # Imported at test time: the suite (and its validation test) must load even
    # while the extractor is still being written.
    try:
        module = importlib.import_module("loaders.extract")
    except ModuleNotFoundError as exc:
        if exc.name != "loaders.extract":
            raise
        pytest.skip("loaders/extract.py does not exist yet")
    return module.extract  # type: ignore[no-any-return]


@cache
def _record(n: int) -> dict[str, Any]:
    entry = dict(LINES)[n]
    art = Article(id=f"p{n}", text=entry["text"], published=entry.get("published"))
    return _extract_fn()(art).to_dict()  # type: ignore[no-any-return]


def problems(n: int, entry: dict[str, Any]) -> list[str]:
    """What line `n` of the suite gets wrong (empty when it passes)."""
    return check(_record(n), entry.get("expect") or {}, entry.get("reject") or {})


def _failure(n: int, entry: dict[str, Any], errs: list[str]) -> str:
    return (f"{SUITE.name}:{n} [{entry['level']}] {entry['note']}\n  text: {entry['text']!r}"
            f"\n  published: {entry.get('published')}\n"
            + "\n".join(f"  - {e}" for e in errs) + "\n  extracted:\n" + summary(_record(n)))


# --- the suite itself ---------------------------------------------------------------

def _check_entry(n: int, e: dict[str, Any]) -> list[str]:
    bad = []
    if not isinstance(e.get("text"), str) or not e["text"].strip():
        bad.append("text must be a non-empty string")
    if e.get("level") not in ("core", "stretch"):
        bad.append("level must be 'core' or 'stretch'")
    if not e.get("note"):
        bad.append("note must say what phrasing the line covers")
    if e.get("published") is not None:
        try:
            dt.date.fromisoformat(e["published"])
        except (TypeError, ValueError):
            bad.append("published must be YYYY-MM-DD or null")
    blocks = {"expect": e.get("expect") or {}, "reject": e.get("reject") or {}}
    if not any(blocks.values()):
        bad.append("expect or reject must state at least one fact")
    for block, fields in blocks.items():
        for field, items in fields.items():
            if field not in FIELDS:
                bad.append(f"{block}.{field} is not a record field")
                continue
            if items == "*" and block == "reject":
                continue
            for item in items:
                if field == "facilities":
                    if item.get("kind") not in FACILITY_KINDS or not item.get("operator"):
                        bad.append(f"{block} facility needs an operator and a kind: {item}")
                    if item.get("status") not in (None, *FACILITY_STATUSES):
                        bad.append(f"{block} facility status unknown: {item}")
                elif field == "events" and item.get("type") not in EVENT_TYPES:
                    bad.append(f"{block} event type unknown: {item}")
                elif field == "countries" and not (len(item) == 2 and item.isupper()):
                    bad.append(f"{block} country must be ISO alpha-2: {item}")
                elif field in ("competitors", "subsidiaries") and len(item) != 2:
                    bad.append(f"{block} {field} item must be a pair: {item}")
    return [f"{SUITE.name}:{n}: {b}" for b in bad]


def test_suite_is_well_formed() -> None:
    bad = [b for n, e in LINES for b in _check_entry(n, e)]
    assert not bad, "\n".join(bad)
    assert len(LINES) >= 150
    share = len(CORE) / len(LINES)
    assert 0.5 <= share <= 0.7, f"core share {share:.2f}; keep about 60% of lines core"


# --- the extractor ----------------------------------------------------------------------

def test_core_pass_rate() -> None:
    """Core lines pass at or above CORE_MIN (a ratchet: raise it as the extractor improves;
    the goal is every core line). Every failing line is listed on failure."""
    failures = [(n, e, errs) for n, e in CORE if (errs := problems(n, e))]
    rate = 1 - len(failures) / len(CORE)
    detail = "\n\n".join(_failure(n, e, errs) for n, e, errs in failures)
    assert rate >= CORE_MIN, (
        f"core pass rate {rate:.0%} < {CORE_MIN:.0%} "
        f"({len(failures)} of {len(CORE)} lines fail):\n\n{detail}")


def test_stretch_pass_rate() -> None:
    failures = [(n, e, errs) for n, e in STRETCH if (errs := problems(n, e))]
    rate = 1 - len(failures) / len(STRETCH)
    detail = "\n\n".join(_failure(n, e, errs) for n, e, errs in failures)
    assert rate >= STRETCH_MIN, (
        f"stretch pass rate {rate:.0%} < {STRETCH_MIN:.0%} "
        f"({len(failures)} of {len(STRETCH)} lines fail):\n\n{detail}")


def main(argv: list[str]) -> int:
    """Print per-level pass rates and every failure; exit 1 if a core line fails."""
    verbose = "-v" in argv
    fails = {"core": 0, "stretch": 0}
    for n, e in LINES:
        errs = problems(n, e)
        if errs:
            fails[e["level"]] += 1
            print(_failure(n, e, errs) if verbose else
                  f"FAIL {SUITE.name}:{n} [{e['level']}] {e['note']}\n"
                  + "\n".join(f"     - {x}" for x in errs))
    for level, group in (("core", CORE), ("stretch", STRETCH)):
        ok = len(group) - fails[level]
        print(f"{level:8} {ok:4}/{len(group):<4} {ok / len(group):6.1%}")
    return 1 if fails["core"] else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    raise SystemExit(main(sys.argv[1:]))

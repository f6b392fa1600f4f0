"""The faster paths of facility_words.py, facility_status.py, gazetteer.py and text.py find
what the plain code they stand for finds (the plain version is written out here, the
sentences are our own)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

from loaders import facility_status, facility_words, gazetteer, text

SENTENCES = [
    "Orbitlane said on Tuesday it would open an artificial intelligence lab in Lisbon.",
    "The firm runs a hyperscale data center campus near Reno, and a second data hall.",
    "Vantor Systems Inc. plans a semiconductor fabrication plant; the fab will cost $3bn.",
    "Its head quarters moved to Leeds.  The new R&D centre opens in May.",
    "Kelpie Motors is building a battery plant and an assembly line outside Porto.",
    "The company's regional hub, an operations center and two availability zones opened.",
    "Dr. Imani Osei, who leads the U.S. team, said the research and development center "
    "would be expanded.",
    "IF THE PLANT IS APPROVED, CONSTRUCTION BEGINS IN 2027.",
    "Mr. Hale visited the Quillmark gigafactory (its third) on Friday!",
    "A cloud region in Santiago went live; another one in Lima is planned.",
    "The startup's engineering office in Kraków was acquired, the firm said.\nNext line",
    "e.g. a tech hub, i.e. an office, vs. a plant... No. 5 on the list.",
]


def _language(items: Any) -> Iterator[str]:
    """Every string a parsed pattern without unbounded repeats can match (assertions,
    which only narrow the matches, are left out)."""
    from re import _constants as c  # type: ignore[attr-defined]

    def seq(parts: list[Any]) -> Iterator[str]:
        if not parts:
            yield ""
            return
        for head in one(*parts[0]):
            for tail in seq(parts[1:]):
                yield head + tail

    def one(op: Any, av: Any) -> Iterator[str]:
        if op is c.LITERAL:
            yield chr(av)
        elif op is c.IN:
            for kind, value in av:
                assert kind is c.LITERAL, (kind, value)  # plain characters only
                yield chr(value)
        elif op is c.SUBPATTERN:
            yield from seq(list(av[3]))
        elif op is c.BRANCH:
            for alt in av[1]:
                yield from seq(list(alt))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            assert hi is not c.MAXREPEAT and hi <= 1, av  # "?" only
            if lo == 0:
                yield ""
            yield from seq(list(sub))
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            yield ""
        else:
            raise AssertionError(f"not handled: {op}")

    yield from seq(list(items))


def test_every_named_facility_word_has_a_hint_near_its_start() -> None:
    from re import _parser  # type: ignore[attr-defined]

    words = set(_language(_parser.parse(facility_words._NAMED_KIND_RE.pattern)))
    assert "artificial intelligence research labs" in words
    for w in words:
        hint = facility_words._KIND_HINT.search(w)
        assert hint is not None and hint.start() <= facility_words._HINT_LEAD, w


def test_named_kinds_as_finditer() -> None:
    for s in SENTENCES:
        for pos in range(0, len(s), 3):
            for end in (len(s), len(s) - 5, pos + 40):
                assert [m.span() for m in facility_words._named_kinds(s, pos, end)] == \
                    [m.span() for m in facility_words._NAMED_KIND_RE.finditer(s, pos, end)]


def _plain_status(s: str, at: int, rare_words: bool) -> str | None:
    best: tuple[int, str] | None = None
    low = s.lower()
    rare = [(st, rx, 1) for st, hints, rx in facility_status._STATUS_RARE
            if rare_words and any(h in low for h in hints)]
    for st, rx, wins_tie in facility_status._STATUS_TIED + rare:
        for m in rx.finditer(s):
            dist = at - m.end() if m.end() <= at else 2 * (m.start() - at) + 10
            if dist >= 0 and (best is None or dist < best[0] + wins_tie):
                best = (dist, st)
    if best:
        return best[1]
    return facility_status.WEAK_ANNOUNCED if facility_status._WEAK_ANNOUNCED.search(s) and \
        not facility_status._EXISTING.search(s) else None


@pytest.mark.parametrize("s", SENTENCES + [s.upper() for s in SENTENCES] +
                         ["Plans to OPEN a new fab were Announced.", "It is Building an "
                          "existing plant.", "The Company Is Looking To Build a site."])
def test_status_on_lowered_text(s: str) -> None:
    for at in range(0, len(s), 4):
        for rare in (False, True):
            assert facility_status._status.__wrapped__(s, at, rare) == _plain_status(s, at, rare)


def test_lower_twins_refuse_capitals() -> None:
    with pytest.raises(ValueError):
        facility_status._lower_twin(re.compile(r"\bR&D\b", re.I))


_WORD_BEFORE = re.compile(r"(?<![\w.])([A-Za-z][A-Za-z.]*)\.$")


def _plain_ends_sentence(s: str, start: int, cut: int, after: int) -> bool:
    nxt = s[after:after + 1]
    camel = re.match(r"[a-z]{1,3}[A-Z][A-Za-z]*\b", s[after:])  # "xAI", "iPhone"
    if nxt and not (nxt.isupper() or nxt in "\"'“‘([" or "\n" in s[cut + 1:after] or camel):
        return False
    w = _WORD_BEFORE.search(s, max(start, cut - 12), cut + 1)
    return not (w and (w.group(1).lower() in text._TITLES or len(w.group(1)) == 1))


def test_ends_sentence_as_the_word_pattern() -> None:
    rng = random.Random(5)
    pieces = ["a", "Z", "x.", ".", " ", "_", "1", "é", "\n", "-", "Mr", "e.g", "U.S", "No"]
    for _ in range(4000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) + ". " + \
            rng.choice(["A", "a", "(", "", "\n", "xAI", "iPhone", "aB"])
        for cut in [i for i, ch in enumerate(s) if ch == "."]:
            for start in range(0, cut + 1):
                after = cut + 1 + (s[cut + 1:cut + 2] == " ")
                assert text._ends_sentence(s, start, cut, after) == \
                    _plain_ends_sentence(s, start, cut, after), (s, start, cut)


def test_sentences_keep_their_offsets() -> None:
    doc = "  ".join(SENTENCES) + "   Tabbed\tgap\t\t\there.   Last one"
    for s in text.sentences(doc):
        assert doc[s.start:s.end] == s.text


def test_stand_in_words_find_nothing() -> None:
    gz = gazetteer.default_gazetteer()
    doc = "a\x00 b\x00Intel, c\x00 Berlin."
    assert [h.surface for h in gz.find(doc)] == ["Intel", "Berlin"]
    # the same hits as an automaton of the names alone
    import ahocorasick

    plain = ahocorasick.Automaton()
    for surface, value in gz._automaton.items():
        if value[0]:
            plain.add_word(surface, value)
    plain.make_automaton()
    bare = object.__new__(gazetteer.Gazetteer)
    bare._automaton = plain
    for s in SENTENCES + [doc]:
        assert gz.find(s) == bare.find(s)


def test_sentence_ends_as_the_plain_patterns() -> None:
    plain_end = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*")
    plain_gap = re.compile(r" {3,}")
    rng = random.Random(7)
    chars = list(".!?\n \t\"'”’)]a\r\u2028\u00a0") + ["   ", "      "]
    for _ in range(20000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        assert [m.span() for m in text._END.finditer(s)] == \
            [m.span() for m in plain_end.finditer(s)], repr(s)
        if "\t" not in s:
            assert text._space_gaps(s) == [m.span() for m in plain_gap.finditer(s)], repr(s)


def test_facility_words_start_as_listed() -> None:
    from re import _parser  # type: ignore[attr-defined]

    words = set(_language(_parser.parse(facility_words._KIND_RE.pattern)))
    assert "site" in words and "HQ" in words
    assert {w[:2] for w in words} <= facility_words._KIND_STARTS


def test_no_amount_or_capacity_without_a_digit() -> None:
    from loaders import dates

    for s in SENTENCES + ["It spent $ billions on a megawatt-scale campus.", "Some MW, £ m."]:
        s = re.sub(r"\d", "", s)
        assert dates.find_capacity(s) is None and dates.find_amount(s) is None, s


def _asdict_record(x: Any) -> dict[str, Any]:
    """What `Extraction.to_dict` gave for a company, city, facility or event before it
    was built field by field: `dataclasses.asdict`, the evidence as its `to_dict`."""
    import dataclasses

    d = dataclasses.asdict(x)
    d["evidence"] = x.evidence.to_dict() if x.evidence else None
    return d


def test_record_dicts_as_asdict() -> None:
    from loaders.extract import extract
    from loaders.record import Article, City, Company, Event, Evidence, Facility

    ev = Evidence("Zentrix opened a lab.", 3, 24, "title")
    made = [Company("Zentrix", ["Zentrix", "ZTX"], True, "Holdco", "DE", "chips", 0.8, ev),
            Company("Plain", []), City("Turku", "FI", 633679, 0.9, ev), City("Nowhere", None),
            Facility("Zentrix", "rnd_center", "Turku", "FI", "opened", 2, "5 MW", "$2M", 0.7, ev),
            Facility("Plain", "office"), Event("investment", ["A", "B"], "Turku", "FI", "2025",
                                               "$3M", 0.6, ev), Event("other", [])]
    for x in made:
        assert x.to_dict() == _asdict_record(x)
        assert list(x.to_dict()) == list(_asdict_record(x))  # same key order in the JSON
    res = extract(Article(id="t", title="Zentrix bets on Turku", text=" ".join(SENTENCES)))
    for x in [*res.companies, *res.cities, *res.facilities, *res.events]:
        assert list(x.to_dict().items()) == list(_asdict_record(x).items())


def test_checking_later_as_checking_while_reading(tmp_path: Any) -> None:
    import json

    from loaders.readers import check_article, iter_articles

    rows = [{"id": "a", "text": "Zentrix opened a lab in Turku. " * 10},
            {"id": "b", "text": "  "},
            {"id": "c", "text": "Das Unternehmen hat ein neues Werk in der Stadt eröffnet. " * 9},
            {"id": "d", "title": "only a title"}]
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + "{broken\n", encoding="utf-8")
    now = [str(x) for x in iter_articles([path])]
    later = [str(check_article(x)) for x in iter_articles([path], check=False)]
    assert now == later
    assert sum("not English" in x for x in now) == 1


def test_encoded_in_workers_as_in_the_parent() -> None:
    import json

    from loaders.batch import extract_encoded, extract_many
    from loaders.formats import ReadProblem
    from loaders.record import Article

    items: list[Any] = [Article(id=str(i), text=s) for i, s in enumerate(SENTENCES * 4)]
    items.insert(5, ReadProblem("x.jsonl", 3, "bad line"))
    items.insert(9, Article(id="de", text="Die Firma hat in der Stadt ein Werk und ein Büro. " * 9))
    want = [x if isinstance(x, ReadProblem) else json.dumps(x.to_dict())
            for x in extract_many(items)]
    got = list(extract_encoded(items, _dumps, workers=2, chunksize=2))
    assert [str(x) for x in got] == [str(x) for x in want]
    screened = list(extract_encoded(items, _dumps, workers=2, chunksize=2, screen=True))
    assert isinstance(screened[9], ReadProblem) and "not English" in str(screened[9])
    assert screened[:9] == got[:9] and screened[10:] == got[10:]


def _dumps(x: Any) -> str:
    import json

    return json.dumps(x.to_dict())


def _clutter_samples() -> list[str]:
    rng = random.Random(11)
    pieces = ["Upcoming Event", "VB Events", "Sponsored event", "Partner Events ", "an event",
              "Featured Eventsx", "XVirtual event", "Upcoming  Event", "Register now", " ",
              "\n", ", ", "Home News Tech Science Cloud Chips AI Jobs Events Video Podcasts",
              "Acme opened a plant.", "and more", "\t", "document.write(", "window.open(1)",
              "function () {x}", "function go(a) { f(a) }", "Zentrix", "in", "the", "(", ")"]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
            for _ in range(3000)] + SENTENCES


def test_event_promos_as_finditer() -> None:
    from loaders import clean

    for s in _clutter_samples():
        assert clean._event_promo_spans(s) == \
            [m.span() for m in clean._EVENT_PROMO.finditer(s)], repr(s)


def test_lower_before_as_the_pattern() -> None:
    from loaders import clean

    for s in _clutter_samples():
        for pos in range(len(s) + 1):
            ls = s.rfind("\n", 0, pos) + 1
            want = clean._LOWER_BEFORE.search(s, ls, pos) is not None
            assert clean._lower_before(s, pos) == want, (s, pos)


def test_code_spans_as_every_pattern_run() -> None:
    from loaders import clean

    def plain(text: str) -> list[tuple[int, int]]:
        saved = clean._CODE_WORDS
        clean._CODE_WORDS = ("", "", "")  # every pattern runs
        try:
            return clean._code_spans(text)
        finally:
            clean._CODE_WORDS = saved

    for s in _clutter_samples():
        assert clean._code_spans(s) == plain(s), repr(s)


def test_nav_spans_as_the_plain_count() -> None:
    from loaders import clean

    def plain(text: str) -> list[tuple[int, int]]:
        spans = []
        for m in clean._NAV_RUN.finditer(text):
            tokens = m[0].split()
            caps = sum(1 for t in tokens if t[0].isupper() or t[0].isdigit())
            commas = sum(1 for t in tokens if t.endswith(","))
            if caps < clean._NAV_MIN_CAPS or caps < clean._NAV_MIN_SHARE * len(tokens) \
                    or commas * 5 > caps:
                continue
            ls = text.rfind("\n", 0, m.start()) + 1
            if clean._LOWER_BEFORE.search(text, ls, m.start()) \
                    and caps < clean._NAV_MIN_CAPS_MIDSENTENCE:
                continue
            end = m.end()
            if clean._LOWER_AFTER.match(text, end):
                end = clean._last_words_start(text, m.start(), end, 2)
            spans.append((m.start(), end))
        return spans

    for s in _clutter_samples():
        assert clean._nav_spans(s) == plain(s), repr(s)


def test_trigger_stand_ins_change_no_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    import ahocorasick

    from loaders import triggers

    table: dict[str, set[str]] = {}
    for kind, stems in triggers.STEMS.items():
        for stem in stems:
            table.setdefault(stem, set()).add(kind)
    plain = ahocorasick.Automaton()
    for stem in sorted(table):
        plain.add_word(stem, (len(stem), frozenset(table[stem])))
    plain.make_automaton()
    docs = [" ".join(SENTENCES), "a\x00 deal\x00 took over, İstanbul data\x00 hub $5bn"]
    docs += _clutter_samples()[:300]
    want = []
    with monkeypatch.context() as m:
        m.setattr(triggers, "_automaton", lambda: plain)
        for d in docs:
            want.append(triggers.scan(d, text.sentences(d)))
    assert [triggers.scan(d, text.sentences(d)) for d in docs] == want

"""The extraction record: what `loaders` produces and `kg` consumes.

The shape follows `schemas/extraction.schema.json` (itself the contract of
`shared/eval/SCHEMA.md`, extended with evidence and confidence). Records are
plain dataclasses so they pickle cheaply across worker processes; `to_dict`
gives the JSON form written by `kg extract`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

EXTRACTOR_VERSION = "0.1.0"


def _reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
    """Pickle a record as a call of its class with its fields. The default for slotted
    dataclasses goes through `copyreg` in Python and takes twice as long to load; the
    parent of an `extract_many` pool loads every record."""
    return type(self), tuple(getattr(self, name) for name in self.__slots__)


FACILITY_KINDS = (
    "data_center", "cloud_region", "campus", "fab", "factory", "office",
    "headquarters", "rnd_center", "other",
)
FACILITY_STATUSES = (
    "opened", "announced", "planned", "under_construction", "expanded", "acquired",
)
EVENT_TYPES = (
    "facility_opening", "facility_announcement", "expansion", "investment",
    "acquisition", "partnership", "product_launch", "other",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from any source, before extraction."""

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None
    source: str | None = None  # where it was read from: "path" or "path:line"

    __reduce__ = _reduce


@dataclass(frozen=True, slots=True)
class Evidence:
    """The sentence that states a fact, with offsets into the article field."""

    sentence: str
    start: int  # character offset of the sentence in `field`
    end: int
    field: str = "text"  # "text" or "title"

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end,
                "field": self.field}


@dataclass(slots=True)
class Company:
    name: str
    mentions: list[str]
    known: bool = False  # found in the knowledge base (else found from context)
    parent: str | None = None
    country: str | None = None
    sector: str | None = None
    confidence: float = 1.0
    evidence: Evidence | None = None

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        """`dataclasses.asdict`, with the evidence as its `to_dict` (built directly: asdict
        deep-copies field by field and took longer than writing the JSON)."""
        ev = self.evidence
        return {"name": self.name, "mentions": list(self.mentions), "known": self.known,
                "parent": self.parent, "country": self.country, "sector": self.sector,
                "confidence": self.confidence, "evidence": ev.to_dict() if ev else None}


@dataclass(slots=True)
class City:
    name: str
    country: str | None
    geonames_id: int | None = None
    confidence: float = 1.0
    evidence: Evidence | None = None

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        """As `Company.to_dict`."""
        ev = self.evidence
        return {"name": self.name, "country": self.country, "geonames_id": self.geonames_id,
                "confidence": self.confidence, "evidence": ev.to_dict() if ev else None}


@dataclass(slots=True)
class Facility:
    operator: str
    kind: str
    city: str | None = None
    country: str | None = None
    status: str | None = None
    ordinal: int | None = None
    capacity: str | None = None  # e.g. "300 MW"
    investment: str | None = None  # e.g. "$1.5B"
    confidence: float = 1.0
    evidence: Evidence | None = None

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        """As `Company.to_dict`."""
        ev = self.evidence
        return {"operator": self.operator, "kind": self.kind, "city": self.city,
                "country": self.country, "status": self.status, "ordinal": self.ordinal,
                "capacity": self.capacity, "investment": self.investment,
                "confidence": self.confidence, "evidence": ev.to_dict() if ev else None}


@dataclass(slots=True)
class Pair:
    """Two companies in a relation: rivals (unordered) or child/parent."""

    a: str
    b: str
    confidence: float = 1.0
    evidence: Evidence | None = None

    __reduce__ = _reduce


@dataclass(slots=True)
class Event:
    type: str
    companies: list[str]
    city: str | None = None
    country: str | None = None
    date: str | None = None  # ISO: YYYY, YYYY-MM or YYYY-MM-DD
    amount: str | None = None  # normalised, e.g. "$28B", "€300M"
    confidence: float = 1.0
    evidence: Evidence | None = None

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        """As `Company.to_dict`."""
        ev = self.evidence
        return {"type": self.type, "companies": list(self.companies), "city": self.city,
                "country": self.country, "date": self.date, "amount": self.amount,
                "confidence": self.confidence, "evidence": ev.to_dict() if ev else None}


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one article."""

    id: str
    url: str | None = None
    title: str | None = None
    published: str | None = None
    companies: list[Company] = field(default_factory=list)
    cities: list[City] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    facilities: list[Facility] = field(default_factory=list)
    competitors: list[Pair] = field(default_factory=list)
    subsidiaries: list[Pair] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    source: str | None = None
    extractor: str = EXTRACTOR_VERSION

    __reduce__ = _reduce

    def to_dict(self) -> dict[str, Any]:
        """The JSON record: scorer-compatible fields plus evidence and confidence.

        `competitors` and `subsidiaries` stay plain `[a, b]` lists (the
        contract); their evidence goes in the parallel lists
        `competitor_evidence` and `subsidiary_evidence`, index for index.
        """
        def ev(x: Evidence | None) -> dict[str, Any] | None:
            return x.to_dict() if x else None

        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published,
            "companies": [c.to_dict() for c in self.companies],
            "cities": [c.to_dict() for c in self.cities],
            "countries": list(self.countries),
            "facilities": [f.to_dict() for f in self.facilities],
            "competitors": [[p.a, p.b] for p in self.competitors],
            "competitor_evidence": [
                {"confidence": p.confidence, "evidence": ev(p.evidence)} for p in self.competitors
            ],
            "subsidiaries": [[p.a, p.b] for p in self.subsidiaries],
            "subsidiary_evidence": [
                {"confidence": p.confidence, "evidence": ev(p.evidence)} for p in self.subsidiaries
            ],
            "events": [e.to_dict() for e in self.events],
            "source": self.source,
            "extractor": self.extractor,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Extraction:
        """Inverse of `to_dict` (tolerates records without the extra fields)."""
        def ev(x: dict[str, Any] | None) -> Evidence | None:
            return Evidence(**x) if x else None

        def pairs(key: str, extra_key: str) -> list[Pair]:
            extra = d.get(extra_key) or []
            out = []
            for i, (a, b) in enumerate(d.get(key) or []):
                meta = extra[i] if i < len(extra) else {}
                out.append(Pair(a, b, meta.get("confidence", 1.0), ev(meta.get("evidence"))))
            return out

        def objs(kind: type, key: str) -> list[Any]:
            out = []
            for x in d.get(key) or []:
                x = dict(x)
                x["evidence"] = ev(x.get("evidence"))
                out.append(kind(**x))
            return out

        return cls(
            id=str(d["id"]), url=d.get("url"), title=d.get("title"), published=d.get("published"),
            companies=objs(Company, "companies"), cities=objs(City, "cities"),
            countries=list(d.get("countries") or []), facilities=objs(Facility, "facilities"),
            competitors=pairs("competitors", "competitor_evidence"),
            subsidiaries=pairs("subsidiaries", "subsidiary_evidence"),
            events=objs(Event, "events"), source=d.get("source"),
            extractor=d.get("extractor", EXTRACTOR_VERSION),
        )


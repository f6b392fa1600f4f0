"""A site as one sentence tells it, before the passes over an article's list
(`loaders.facility_merge`) make one record per site. Part of `loaders.facilities`."""

from __future__ import annotations

from dataclasses import dataclass, field

from loaders.places import CityFound
from loaders.text import Sentence


@dataclass(slots=True)
class FacilityFound:
    operator: str
    kind: str
    city: CityFound | None
    country: str | None
    status: str | None
    ordinal: int | None
    capacity: str | None
    investment: str | None
    sentence: Sentence
    confidence: float
    also: list[Sentence] = field(default_factory=list)  # other sentences that tell it
    pos: int = -1  # offset of the facility word
    region: str | None = None  # state or province when no city is named
    weak_status: bool = False  # the status comes from an adjective ("a new fab"), no verb
    plural: bool = False  # told with a plural word ("its data centers")
    cancelled: bool = False  # told as called off: no site anyone will operate
    generic: bool = False  # told only as a "site" or "facility"
    proform: bool = False  # told as "one in X" after another site's word
    twin: bool = False  # ... "next to the existing one in X": a second site at X
    there: bool = False  # its town is one named before: "expanding its campus there"

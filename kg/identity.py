"""Deterministic node ids and entity resolution across articles.

Ids are plain strings, unique within a node kind; `kg.store` turns them into
IRIs or Neo4j keys. The `Resolver` decides which existing company a new name
denotes and records why (the rule), so a store can log the merge and undo it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

# Dropped from the end of a name for its key; "Co" etc. only when another word remains.
LEGAL_SUFFIXES = frozenset({
    "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "llc", "plc",
    "ag", "sa", "gmbh", "nv", "bv", "se", "kk", "oyj", "ab", "spa", "srl", "sas", "lp", "llp",
})
# Dropped only by the "suffix" resolution rule, since "Alibaba Group" may be a name of its own.
GROUP_WORDS = frozenset({"group", "holdings", "holding", "grp"})

_SPACE = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def normalise_text(text: str) -> str:
    """Unicode-NFKC, whitespace collapsed, trimmed: the form an article is hashed in."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


def short_hash(text: str, n: int = 16) -> str:
    """First `n` hex digits of the sha256 of `text`."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def article_id(text: str) -> str:
    """Content id of an article: sha256 of its normalised text, first 16 hex digits."""
    return short_hash(normalise_text(text))


@functools.lru_cache(maxsize=1 << 16)  # names repeat across articles: ~40 per article
def _words(name: str) -> tuple[str, ...]:
    # Accents off, case folded, dots removed in place ("S.A." -> "sa"), other punctuation splits.
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = s.replace("&", " and ").replace(".", "").replace("'", "").replace("\u2019", "")
    return tuple(w for w in _NON_WORD.split(s) if w)


def name_key(name: str) -> str:
    """Canonical key of a company name: `name_key("Microsoft Corp.") == "microsoft"`.

    Case-folded, accents and punctuation removed, trailing legal suffixes dropped.
    """
    words = list(_words(name))
    while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
        words.pop()
        if len(words) > 1 and words[-1] == "and":  # "Smith & Co." -> "smith"
            words.pop()
    return "-".join(words) or _SPACE.sub("-", name.strip().casefold())


def stripped_key(key: str) -> str:
    """A key without trailing group words: `stripped_key("alibaba-group") == "alibaba"`."""
    words = key.split("-")
    while len(words) > 1 and words[-1] in GROUP_WORDS:
        words.pop()
    return "-".join(words)


def country_id(code: str) -> str:
    """Country id: the ISO 3166-1 alpha-2 code, upper case."""
    return code.strip().upper()


def city_id(name: str, country: str | None, geonames_id: int | None = None) -> str:
    """`geonames:<id>` when the GeoNames id is known, else `city:<name-key>:<cc>`."""
    if geonames_id:
        return f"geonames:{int(geonames_id)}"
    return f"city:{'-'.join(_words(name))}:{(country or 'xx').lower()}"


def facility_id(operator_key: str, kind: str, place: str | None, ordinal: int | None) -> str:
    """Facility id from (operator key, kind, city-or-country id, ordinal)."""
    parts = [operator_key, kind, place or "-"]
    if ordinal is not None:
        parts.append(str(ordinal))
    return "|".join(parts)


def event_id(type_: str, company_keys: Iterable[str], place: str | None, date: str | None) -> str:
    """Event id from (type, sorted company keys, place, date truncated to YYYY-MM).

    The same deal told by several articles gets one id whatever the order of
    its companies or the precision of its date beyond the month.
    """
    month = date[:7] if date else "-"
    return "|".join([type_, "+".join(sorted(set(company_keys))), place or "-", month])


@dataclass(frozen=True, slots=True)
class Resolution:
    """Which company key a name resolved to, and by which rule."""

    name: str
    key: str  # the name's own key
    target: str  # the company id it resolved to
    rule: str  # exact | suffix | kb | mention | new

    @property
    def merged(self) -> bool:
        return self.key != self.target


def _default_kb_lookup() -> Callable[[str], str | None]:
    """The knowledge base's canonical name for a company name, if `loaders.kb` is there."""
    try:
        from loaders.kb import KnowledgeBase  # type: ignore[import-not-found,unused-ignore]

        kb: Any = KnowledgeBase.default()
    except Exception:  # the KB is optional: a missing or broken one must not stop ingest
        return lambda name: None

    def lookup(name: str) -> str | None:
        try:
            entry = kb.get(name)
        except Exception:
            return None
        return getattr(entry, "name", None) if entry is not None else None

    return lookup


@dataclass
class Resolver:
    """Maps company names to company ids, remembering aliases and refused merges.

    `aliases[key] = (target, rule)`; `overrides` holds (key, target) pairs an
    unmerge forbade. The store persists both and reloads them on open.
    """

    aliases: dict[str, tuple[str, str]] = field(default_factory=dict)
    overrides: set[tuple[str, str]] = field(default_factory=set)
    kb_lookup: Callable[[str], str | None] | None = None

    def _alias(self, key: str) -> tuple[str, str] | None:
        hit = self.aliases.get(key)
        if hit and (key, hit[0]) in self.overrides:
            return None
        return hit

    def resolve(self, name: str, mentions: Iterable[str] = ()) -> Resolution:
        """Resolve `name`: exact key, alias, group-word stripping, KB alias, then mentions."""
        key = name_key(name)
        hit = self._alias(key)
        if hit:
            return Resolution(name, key, hit[0], "exact" if hit[0] == key else hit[1])
        short = stripped_key(key)
        if short != key:
            hit = self._alias(short)
            if hit and (key, hit[0]) not in self.overrides:
                return Resolution(name, key, hit[0], "suffix")
        if self.kb_lookup is None:
            self.kb_lookup = _default_kb_lookup()
        canonical = self.kb_lookup(name)
        if canonical:
            ckey = name_key(canonical)
            hit = self._alias(ckey)
            target = hit[0] if hit else ckey
            if (key, target) not in self.overrides:
                return Resolution(name, key, target, "exact" if target == key else "kb")
        for m in mentions:
            hit = self._alias(name_key(m))
            if hit and (key, hit[0]) not in self.overrides:
                return Resolution(name, key, hit[0], "mention")
        return Resolution(name, key, key, "new")

    def learn(self, res: Resolution, mentions: Iterable[str] = ()) -> list[tuple[str, str, str]]:
        """Record the aliases a resolution teaches; returns the new (key, target, rule) ones."""
        new: list[tuple[str, str, str]] = []

        def add(k: str, rule: str) -> None:
            if k and k not in self.aliases and (k, res.target) not in self.overrides:
                self.aliases[k] = (res.target, rule)
                new.append((k, res.target, rule))

        add(res.target, "exact")
        add(res.key, "exact" if res.rule == "new" else res.rule)
        add(stripped_key(res.key), "suffix")
        for m in mentions:
            add(name_key(m), "mention")
        return new

"""The knowledge base (KB) of well-known companies: names, aliases, parents, places.

The packaged table is `loaders/data/companies.tsv`; user files in the same format
add rows, or replace a packaged row that has the same canonical name. Format (UTF-8,
tab-separated, a header line, `#` comments and blank lines allowed)::

    name  aliases  parent  country  sector  flags

`aliases` is `|`-separated; `parent` names another row; `country` is ISO 3166-1
alpha-2; `sector` is one of `SECTORS`; `flags` is a comma list of `ambiguous` (the
canonical name is also a common word or a place or person name, so it needs company
context), `ambiguous:<alias>` (only that alias does), `unit` (a product-named
business unit such as "Microsoft Azure") and `since:<year>` (the year the parent took
the company over: an article written before then does not make it a unit of that
parent). The flags column may be left off.

Lookups drop legal suffixes (Inc, Corp, Ltd, AG, ...) with the regex below rather
than cleanco: cleanco's `basename` costs about 40 µs a name (a third of a second for
this KB, which the CLI loads at every start) and keeps "Co." in
"Samsung Electronics Co., Ltd.". "Group" and "Holdings" are kept: they are part of
names such as "SoftBank Group".
"""

from __future__ import annotations

import gc
import os
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

PACKAGED_KB = Path(__file__).with_name("data") / "companies.tsv"
ENV_VAR = "TECHKG_KB"
COLUMNS = ("name", "aliases", "parent", "country", "sector", "flags")
SECTORS = frozenset({
    "cloud", "datacenter", "semiconductor", "hardware", "software", "internet", "ai",
    "telecom", "automotive", "ev", "energy", "finance", "vc", "consulting", "media",
    "retail", "consumer", "industrial", "pharma", "other",
})
# pycountry's alpha-2 codes, written out because importing pycountry's database costs
# more than the whole KB load; tests/test_kb.py checks the two sets are equal.
ISO_ALPHA2 = frozenset("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
""".split())

_LEGAL = (
    r"inc|incorporated|corp|corporation|co|company|ltd|limited|llc|l\.l\.c|llp|lp|l\.p"
    r"|plc|ag|sa|s\.a|se|nv|n\.v|bv|b\.v|gmbh|oyj|ab|asa|a/s|kk|k\.k|spa|s\.p\.a"
    r"|pte|pty|srl|s\.r\.l|sas|s\.a\.s|bhd|tbk|jsc|pjsc"
)
# One or more legal suffixes at the end, each after a space or comma ("Co., Ltd.").
_SUFFIXES = re.compile(rf"(?:[\s,]+(?:&\s*)?(?:{_LEGAL})\.?)+$")
# Legal words, lower-case ("corp", "ltd"), as `_LEGAL` spells them.
LEGAL_WORDS = frozenset(w.replace("\\", "") for w in _LEGAL.split("|"))
_FOLD_TABLE = str.maketrans({"-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ",
                             "\u2013": " ", "\u2014": " ", "\u2015": " ", "\u2019": "'"})


class KBFormatError(ValueError):
    """A KB file is malformed; the message names file and line and says how to fix it."""


@dataclass(frozen=True)
class KBEntry:
    """One company: canonical name, other surface forms and what is known about it."""

    name: str
    aliases: tuple[str, ...]
    parent: str | None
    country: str | None
    sector: str | None
    ambiguous: frozenset[str]  # surface forms that need company context to match
    unit: bool = False
    since: int | None = None  # the year `parent` took the company over, when known

    @property
    def forms(self) -> tuple[str, ...]:
        """The canonical name followed by the aliases."""
        return (self.name, *self.aliases)


_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE",
                               "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "œ": "oe", "Œ": "OE"})


def plain_letters(name: str) -> str:
    """`name` without its accents: "América Móvil" -> "America Movil", "Ørsted" -> "Orsted".

    >>> plain_letters("Sabancı Holding")
    'Sabanci Holding'
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(name: str) -> str:
    """Exact lookup key: casefolded, dashes as spaces, one space, no leading "The".

    >>> fold("The Coca-Cola  Company")
    'coca cola company'
    """
    # str methods rather than regexes: this runs thousands of times a load.
    if not name.isascii():
        name = name.translate(_FOLD_TABLE)
    key = " ".join(name.replace("-", " ").casefold().split())
    if key.startswith("the ") and len(key) > 4:
        key = key[4:]
    return key.rstrip(" ,.") or key


def normalize(name: str) -> str:
    """Loose lookup key: `fold` and then drop legal suffixes.

    >>> normalize("Samsung Electronics Co., Ltd.")
    'samsung electronics'
    """
    return _strip_legal(fold(name))


def _strip_legal(key: str) -> str:
    if key.rsplit(" ", 1)[-1].rstrip(".") not in LEGAL_WORDS:
        return key  # the cheap test first: most names have no suffix
    # A name that is nothing but a suffix ("AG", "Company") keeps its own key.
    return _SUFFIXES.sub("", key).rstrip(" ,.") or key


@dataclass
class _Row:
    entry: KBEntry
    source: str
    line: int
    key: str = ""  # fold(entry.name), computed once

    def __post_init__(self) -> None:
        self.key = fold(self.entry.name)


class KnowledgeBase:
    """Companies by canonical name and alias; build it with `load` or `default`."""

    def __init__(self, rows: list[_Row]) -> None:
        self._rows = rows
        # Two tiers so that rows differing only by a legal suffix stay apart
        # ("SoftBank" is SoftBank Group, "SoftBank Corp" the telecom unit): a form
        # as written beats a form with its suffix dropped.
        self._exact: dict[str, KBEntry] = {}
        self._loose: dict[str, KBEntry] = {}
        # Later rows (user files come after the packaged one) win a shared alias;
        # canonical names are written last so they beat any other row's alias.
        for row in rows:
            for alias in row.entry.aliases:
                key = fold(alias)
                self._exact[key] = row.entry
                self._loose[_strip_legal(key)] = row.entry
        for row in rows:
            self._exact[row.key] = row.entry
            self._loose[_strip_legal(row.key)] = row.entry

    @classmethod
    def load(cls, *paths: str | Path) -> KnowledgeBase:
        """Read KB files in order; a row whose name is already loaded replaces it.

        Pass the packaged file first to extend it:
        `KnowledgeBase.load(PACKAGED_KB, "mine.tsv")`. Raises `KBFormatError`
        naming file and line for a malformed row or a parent that is no row.
        """
        # The load allocates ~30,000 small objects and none of them form cycles;
        # pausing the cycle collector meanwhile takes a third off the load time.
        gc_was_on = gc.isenabled()
        gc.disable()
        try:
            return cls._load(paths)
        finally:
            if gc_was_on:
                gc.enable()

    @classmethod
    def _load(cls, paths: tuple[str | Path, ...]) -> KnowledgeBase:
        rows: dict[str, _Row] = {}
        for path in paths:
            seen_here: dict[str, int] = {}
            for row in _parse(Path(path)):
                key = row.key
                if key in seen_here:
                    raise KBFormatError(
                        f"{row.source}:{row.line}: {row.entry.name!r} already has a row "
                        f"at line {seen_here[key]}; merge the two rows into one"
                    )
                seen_here[key] = row.line
                rows.pop(key, None)  # re-insert so the override keeps file order
                rows[key] = row
        return cls(_resolve_parents(rows))

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The packaged KB plus the files named by $TECHKG_KB (os.pathsep-separated)."""
        return _default(os.environ.get(ENV_VAR, ""))

    def get(self, name: str) -> KBEntry | None:
        """The entry whose canonical name or alias is `name`, ignoring case, dashes and
        legal suffixes ("apple inc." finds Apple); a canonical name beats another
        row's alias, and a form as written beats one whose suffix was dropped."""
        loose = normalize(name)
        return (self._exact.get(fold(name)) or self._exact.get(loose)
                or self._loose.get(loose))

    def surface_forms(self) -> Iterator[tuple[str, KBEntry]]:
        """Every canonical name and alias, as written in the file, with its entry; and
        written without its accents, as English copy mostly has it ("America Movil",
        "Acciona Energia"), unless another entry goes by that form."""
        written = {form for row in self._rows for form in row.entry.forms}
        for row in self._rows:
            for form in row.entry.forms:
                yield form, row.entry
                if not form.isascii():
                    plain = plain_letters(form)
                    if plain.isascii() and plain not in written:
                        yield plain, row.entry

    def where(self, name: str) -> str | None:
        """`file:line` of the row that defines `name`, for error messages."""
        entry = self.get(name)
        for row in self._rows:
            if row.entry is entry:
                return f"{row.source}:{row.line}"
        return None

    def __iter__(self) -> Iterator[KBEntry]:
        return (row.entry for row in self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def __repr__(self) -> str:
        return f"<KnowledgeBase of {len(self)} companies>"


@lru_cache(maxsize=4)
def _default(env_value: str) -> KnowledgeBase:
    extra = [p for p in env_value.split(os.pathsep) if p.strip()]
    for path in extra:
        if not Path(path).is_file():
            raise FileNotFoundError(
                f"{ENV_VAR} names {path!r}, which is not a file; point {ENV_VAR} at a "
                f"companies TSV or unset it"
            )
    return KnowledgeBase.load(PACKAGED_KB, *extra)


def _parse(path: Path) -> Iterator[_Row]:
    source = str(path)
    with path.open(encoding="utf-8-sig") as handle:
        header_seen = False
        for number, raw in enumerate(handle, start=1):
            line = raw.rstrip("\r\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            if not header_seen:
                if tuple(c.lower() for c in cells) not in (COLUMNS, COLUMNS[:-1]):
                    raise KBFormatError(
                        f"{source}:{number}: expected the header line "
                        f"{chr(9).join(COLUMNS)!r} (tab-separated), found {line!r}"
                    )
                header_seen = True
                continue
            yield _Row(_entry(cells, source, number), source, number)
        if not header_seen:
            raise KBFormatError(
                f"{source}: no header line; start the file with the tab-separated "
                f"columns {', '.join(COLUMNS)}"
            )


def _entry(cells: list[str], source: str, number: int) -> KBEntry:
    def fail(problem: str) -> KBFormatError:
        return KBFormatError(f"{source}:{number}: {problem}")

    if len(cells) == len(COLUMNS) - 1:
        cells.append("")  # the flags column may be left off
    if len(cells) != len(COLUMNS):
        raise fail(
            f"expected {len(COLUMNS)} tab-separated columns ({', '.join(COLUMNS)}), "
            f"found {len(cells)}; check for a missing or extra tab"
        )
    name, alias_cell, parent, country, sector, flag_cell = cells
    if not name:
        raise fail("the name column is empty; every row needs a canonical name")
    aliases: tuple[str, ...] = ()
    if alias_cell:
        aliases = tuple(dict.fromkeys(a.strip() for a in alias_cell.split("|") if a.strip()))
    for form in (name, *aliases):
        if len(form) < 2 or form.isdigit():
            raise fail(
                f"surface form {form!r} is a single character or a number, which would "
                f"match everywhere; remove it"
            )
    country = country.upper()
    if country and country not in ISO_ALPHA2:
        raise fail(f"country {country!r} is not an ISO 3166-1 alpha-2 code (e.g. US, CN)")
    sector = sector.lower()
    if sector and sector not in SECTORS:
        raise fail(f"sector {sector!r} is not one of: {', '.join(sorted(SECTORS))}")
    ambiguous: set[str] = set()
    unit = False
    since: int | None = None
    for flag in (f.strip() for f in flag_cell.split(",") if f.strip()) if flag_cell else ():
        if flag == "unit":
            unit = True
        elif flag.startswith("since:"):
            year = flag[len("since:"):]
            if not (year.isdigit() and len(year) == 4) or not parent:
                raise fail(f"flag {flag!r} needs a four-digit year and a parent; e.g. since:2016")
            since = int(year)
        elif flag == "ambiguous":
            ambiguous.add(name)
        elif flag.startswith("ambiguous:"):
            wanted = fold(flag[len("ambiguous:"):])
            # every form that spells the alias ("Seek" and "SEEK") needs context
            same = [f for f in (name, *aliases) if fold(f) == wanted]
            if not same:
                raise fail(f"flag {flag!r} names no alias of {name!r}; add the alias first")
            ambiguous.update(same)
        else:
            raise fail(f"unknown flag {flag!r}; use ambiguous, ambiguous:<alias>, unit or "
                       f"since:<year>")
    return KBEntry(name, aliases, parent or None, country or None, sector or None,
                   frozenset(ambiguous), unit, since)


def _resolve_parents(rows: dict[str, _Row]) -> list[_Row]:
    """Check every parent is a row (by name or alias), store it by canonical name."""
    alias_owner: dict[str, str] | None = None  # built only if a parent is an alias
    for key, row in rows.items():
        parent = row.entry.parent
        if parent is None:
            continue
        pkey = fold(parent)
        if pkey in rows:
            target: str | None = rows[pkey].entry.name
        else:
            alias_owner = alias_owner or {fold(a): r.entry.name for r in rows.values()
                                          for a in r.entry.aliases}
            target = alias_owner.get(pkey)
        if target is None:
            raise KBFormatError(
                f"{row.source}:{row.line}: parent {parent!r} of {row.entry.name!r} is not "
                f"a company in the KB; add a row for it or leave the parent empty"
            )
        if fold(target) == key:
            raise KBFormatError(
                f"{row.source}:{row.line}: {row.entry.name!r} names itself as parent; "
                f"leave the parent empty"
            )
        if target != parent:
            row.entry = replace(row.entry, parent=target)
    by_name = {r.entry.name: r for r in rows.values()}  # parents are canonical now
    for row in rows.values():
        seen = {row.entry.name}
        parent = row.entry.parent
        while parent is not None:
            if parent in seen:
                raise KBFormatError(
                    f"{row.source}:{row.line}: parents of {row.entry.name!r} form a "
                    f"cycle through {parent!r}; break it by emptying one parent"
                )
            seen.add(parent)
            parent = by_name[parent].entry.parent
    return list(rows.values())

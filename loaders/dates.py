"""Dates and money amounts as news writes them, normalised.

Dates resolve against the article's publish date when relative ("last March",
"on Tuesday", "next year"); without a publish date a relative date stays unknown.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
MONTHS.update({k[:3]: v for k, v in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|" \
         r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
# The lookaheads after \b name the first characters a pattern can start with: they
# change no match, they only let the regex engine pass over other positions quickly.
_M1 = "(?=[ADFJMNOS])"  # the first letters of `_MONTH`
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

_FULL = re.compile(rf"\b{_M1}{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b")
_DAY_MONTH_YEAR = re.compile(rf"\b(?=\d)(\d{{1,2}})\s+{_MONTH}\s+((?:19|20)\d\d)\b")
_MONTH_YEAR = re.compile(rf"\b{_M1}{_MONTH},?\s+((?:19|20)\d\d)\b")
_ISO = re.compile(r"\b(?=[12])((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_MONTH_DAY = re.compile(
    rf"\b(?=[oADFJMNOS])(?:on\s+)?{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s*\d{{4}})")
# the lead words in any case ("In June, ...", "Last year, ..."), the month capitalised
# (so "may" stays a verb)
_REL_MONTH = re.compile(
    rf"\b(?=[beilmnstuBEILMNSTU])((?i:last|this|next|in|since|early|late|mid-?))\s+{_MONTH}"
    r"\b(?!\s+\d)")
# after a month: "in August of last year", "in March last year"
_OF_YEAR = re.compile(r",?\s+(?:of\s+)?(last|this|next)\s+year\b", re.I)
_YEAR = re.compile(
    # (not "founded in 2016", "established in 1998": when the company began, no event's date)
    r"\b(?<!founded )(?<!Founded )(?<!established )(?<!Established )(?=[defilmoDEFILMO])"
    r"(?:(?i:in|since|from|during|of|early|late|end of)\s+|(?i:mid)-?\s*)"
    r"((?:19|20)\d\d)\b")
# "in a 2019 series A round", "its 2021 seed round": the year the round was raised
_YEAR_BEFORE_ROUND = re.compile(r"\b(?:a|an|its|the|their)\s+((?:19|20)\d\d)\s+(?:series\s+[A-H]\b|"
                                r"seed\b|funding\b|round\b)", re.I)
# a bound, not the time of a happening ("will spend $50 billion by 2023"): used last
_YEAR_BOUND = re.compile(r"\b(?=[btuBTU])(?i:by|until|through)\s+((?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
_REL_YEAR = re.compile(r"\b(?=[lntLNT])((?i:last|this|next)) year\b")
_REL_MONTH_WORD = re.compile(r"\b(?=[lntLNT])((?i:last|this|next)) month\b")
_AGO = re.compile(r"\b(?=[\dafnostAFNOST])(\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|"
                  r"eight|nine|ten))\s+(year|month)s?\s+ago\b")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                 "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# "3 March" without a year (after `_DAY_MONTH_YEAR`, which has one)
_DAY_MONTH = re.compile(rf"\b(?=\d)(\d{{1,2}})\s+{_MONTH}\b(?!,?\s*\d)")
# a quarter: "in the third quarter (of 2025 | of last year)", "Q3 2025", "in Q3"
_QUARTER = re.compile(
    r"\b(?=[fstQq1-4])(?:(first|second|third|fourth|[1-4](?:st|nd|rd|th))[- ]quarter|"
    r"(?-i:Q([1-4])))\b(?:,?\s+(?:of\s+)?(?:((?:19|20)\d\d)\b|(?:the\s+)?(last|this|next|"
    r"current|previous|coming)\s+(?:fiscal\s+)?year\b))?", re.I)
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
             "4th": 4}
# a season: "last fall", "this spring", "next summer"
_SEASON = re.compile(r"\b(?=[lntLNT])((?i:last|this|next))\s+((?i:spring|summer|fall|autumn|"
                     r"winter))\b")
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
_LAST_WEEK = re.compile(r"\b(?=[lL])(?i:last week)\b")
# what makes a sentence tell of a happening still to come ("will open in March", "is
# expected to close on June 3"): its month or quarter is the next one, not the last one
_FUTURE = re.compile(r"\b(?=[wseipdaus'])(?:will|would|shall|'ll|expected to|set to|slated|"
                     r"scheduled|due to|due in|plans? to|planning to|aims? to|intends? to|expects?|"
                     r"is to|are to|upcoming|should)\b", re.I)
_TODAY = re.compile(r"\b(?=[ty])(today|this week|yesterday|tomorrow|this morning)\b", re.I)
_WEEKDAY = re.compile(r"\b(?=[lotFMSTW])(?:on\s+|last\s+|this\s+)?"
                      r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=4096)
def find_date(sentence: str, published: dt.date | None, future: bool = False) -> str | None:
    """The first date the sentence states, as ISO (YYYY, YYYY-MM or YYYY-MM-DD), or None.
    `future`: the text before `sentence` tells of what is to come ("expects to close").

    >>> find_date("It opened on March 3, 2021.", None)
    '2021-03-03'
    >>> find_date("It opened last March.", dt.date(2020, 4, 22))
    '2019-03'
    """
    digits = _DIGIT.search(sentence) is not None  # most patterns need one: skip them if not
    if digits:
        if m := _ISO.search(sentence):
            return m.group(0)
        if m := _FULL.search(sentence):
            return _iso(int(m.group(3)), _month(m.group(1)), int(m.group(2)))
        if m := _DAY_MONTH_YEAR.search(sentence):
            return _iso(int(m.group(3)), _month(m.group(2)), int(m.group(1)))
        if m := _MONTH_YEAR.search(sentence):
            return _iso(int(m.group(2)), _month(m.group(1)))
    if published:
        if digits and ((m := _MONTH_DAY.search(sentence)) or
                       (m := _DAY_MONTH.search(sentence))):
            if m.re is _MONTH_DAY:
                month, day = _month(m.group(1)), int(m.group(2))
            else:
                month, day = _month(m.group(2)), int(m.group(1))
            return _iso(_year_of_month(month, published,
                                       future or _future(sentence, m.start())), month, day)
        if m := _REL_MONTH.search(sentence):
            if of := _OF_YEAR.match(sentence, m.end()):  # "in August of last year"
                shift = {"last": -1, "this": 0, "next": 1}[of.group(1).lower()]
                return _iso(published.year + shift, _month(m.group(2)))
            return _relative_month(m.group(1).lower(), _month(m.group(2)), published,
                                   future or _future(sentence, m.start()))
    if "uarter" in sentence or "Q" in sentence:
        if (m := _QUARTER.search(sentence)) and (
                q := _quarter_year(m, sentence, published, future)):
            return q
    if digits and ((m := _YEAR.search(sentence)) or (m := _YEAR_BEFORE_ROUND.search(sentence))):
        return m.group(1)
    if published:
        if "ago" in sentence and (m := _AGO.search(sentence)):
            n = _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
            if m.group(2) == "year":
                return str(published.year - n)
            y, mo = divmod(published.year * 12 + published.month - 1 - n, 12)
            return _iso(y, mo + 1)
        if m := _REL_MONTH_WORD.search(sentence):
            shift = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
            y, mo = divmod(published.year * 12 + published.month - 1 + shift, 12)
            return _iso(y, mo + 1)
        if m := _SEASON.search(sentence):
            return str(_season_year(m.group(1).lower(), m.group(2).lower(), published))
        if m := _LAST_WEEK.search(sentence):
            return (published - dt.timedelta(days=7)).isoformat()[:7]
        if m := _REL_YEAR.search(sentence):
            return str(published.year + {"last": -1, "this": 0, "next": 1}[m.group(1).lower()])
        if m := _TODAY.search(sentence):
            delta = {"yesterday": -1, "tomorrow": 1}.get(m.group(1).lower(), 0)
            return (published + dt.timedelta(days=delta)).isoformat()
        if m := _WEEKDAY.search(sentence):
            wd = _WEEKDAYS.index(m.group(1).lower())
            back = (published.weekday() - wd) % 7
            if not back and m.group(0).startswith(("last", "Last")):
                back = 7  # "last Tuesday" in a Tuesday story is a week ago
            return (published - dt.timedelta(days=back)).isoformat()
    if digits and (m := _YEAR_BOUND.search(sentence)):
        return m.group(1)
    return None


def _month(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _iso(year: int, month: int, day: int | None = None) -> str:
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _relative_month(word: str, month: int, published: dt.date, future: bool = False) -> str:
    year = published.year
    if word == "last":
        year -= 1  # news style: "in March" for this year's, "last March" for last year's
    elif word == "next":
        year += 1 if month <= published.month else 0
    elif word in ("in", "early", "late", "mid", "mid-", "this"):
        year = _year_of_month(month, published, future)
    elif word == "since":
        year -= 1 if month > published.month + 1 else 0
    return _iso(year, month)


def _season_year(word: str, season: str, published: dt.date) -> int:
    """'last fall' in a January story is last year's, 'next spring' this year's."""
    start = _SEASON_START[season]
    if word == "last":
        return published.year - (1 if start >= published.month else 0)
    if word == "next":
        return published.year + (1 if start <= published.month else 0)
    return published.year


def _year_of_month(month: int, published: dt.date, future: bool) -> int:
    """The year of a month told without one: in past-tense reporting a month after the
    publish month is last year's; of a happening still to come, a month before it is next
    year's ("will open in March" in a November story)."""
    if future:
        return published.year + (1 if month < published.month else 0)
    return published.year - (1 if month > published.month + 1 else 0)


def tells_future(text: str) -> bool:
    """Whether `text` tells of what is to come ("is expected to", "will")."""
    return _future(text, len(text))


def _future(sentence: str, at: int) -> bool:
    """Whether the sentence tells of what is to come before offset `at` ("will open on")."""
    return ("ill" in sentence or "to " in sentence or "ould" in sentence) and \
        _FUTURE.search(sentence, 0, at) is not None


def _quarter_year(m: re.Match[str], sentence: str, published: dt.date | None,
                  future: bool) -> str | None:
    """The year of a quarter ("in the third quarter" of a January story: last year's)."""
    if m.group(3):
        return m.group(3)
    if published is None:
        return None
    if m.group(4):
        shift = {"last": -1, "previous": -1, "next": 1, "coming": 1}.get(m.group(4).lower(), 0)
        return str(published.year + shift)
    q = _QUARTERS[m.group(1).lower()] if m.group(1) else int(m.group(2))
    now = (published.month - 1) // 3 + 1
    if future or _future(sentence, m.start()):
        return str(published.year + (1 if q < now else 0))
    return str(published.year - (1 if q > now else 0))


_AMOUNT = re.compile(
    r"(?P<cur>US\$|(?<![A-Za-z])(?:NT|HK|[ACRST])\$|\$|€|£|¥|₹|(?<![A-Za-z])Rs\.?\s?|"
    # an ISO code before a sum with its unit or its thousands: "KWD 40 million", "EUR 600m"
    # (not "PHP 8")
    r"(?-i:(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|INR|KRW|AUD|CAD|NZD|SGD|HKD|CHF|SEK|NOK|DKK|"
    r"ISK|PLN|CZK|HUF|BRL|MXN|CLP|COP|ZAR|NGN|KES|EGP|AED|SAR|QAR|KWD|BHD|OMR|TRY|IDR|MYR|THB|"
    r"VND|PHP|TWD)(?=\s?(?:\d[\d.]*\s?(?:trillion|billion|million|bn|mn|m\b|tn)|"
    r"\d{1,3}(?:,\d{3})+))))\s?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:-(?=[a-z])|\s*)"  # "$1.8-billion"
    r"(?P<unit>trillion|tn|billion|bn|b\b|million|mn|m\b|crore|lakh|k\b|thousand)?", re.I)
_AMOUNT_WORDS = re.compile(
    r"(?P<num>\d+(?:\.\d+)?)\s*(?P<unit>trillion|billion|million|bn|m)\s+"
    r"(?P<cur>dollars?|euros?|pounds?|yen|yuan|rupees?|won|reais|ringgit|baht|rupiah|riyals?|"
    r"dirhams?|kronor|kron[ae]|francs?|rand)\b", re.I)
_CODES = {"US$": "$", "Rs.": "₹", "Rs": "₹", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥",
          "INR": "₹"}
_UNITS = {"trillion": "T", "tn": "T", "billion": "B", "bn": "B", "b": "B", "million": "M",
          "mn": "M", "m": "M", "thousand": "K", "k": "K"}
_CUR_WORDS = {"dollars": "$", "euros": "€", "pounds": "£", "yen": "¥", "yuan": "CN¥",
              "rupees": "₹", "won": "₩", "reais": "R$", "ringgit": "RM", "baht": "฿",
              "rupiah": "Rp", "riyals": "SAR", "dirhams": "AED", "kronor": "kr", "kronas": "kr",
              "krones": "kr", "francs": "CHF", "rand": "R"}


@functools.lru_cache(maxsize=4096)
def find_amount(sentence: str) -> str | None:
    """The first money amount in the sentence, normalised: '$28 billion' -> '$28B'. A
    valuation or a running total is no amount of the event ("brings its valuation to $3
    billion", "$2 billion valuation", "total raised to $440 million")."""
    m = _AMOUNT.search(sentence)
    while m is not None and _not_the_amount(sentence, m.start(), m.end()):
        m = _AMOUNT.search(sentence, m.end())
    if m:
        cur = m.group("cur").strip()
        cur = _CODES.get(cur, cur)
        num = m.group("num").replace(",", "")
        unit = (m.group("unit") or "").lower()
        if not unit or unit in ("crore", "lakh"):
            # Indian units: a crore is 10 million, a lakh 100,000 ("₹75,000 crore" -> ₹750B)
            value = float(num) * {"crore": 1e7, "lakh": 1e5}.get(unit, 1)
            for div, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
                if value >= div:
                    return f"{cur}{_trim(value / div)}{suffix}"
            return f"{cur}{_trim(value)}"
        return f"{cur}{_trim(float(num))}{_UNITS[unit]}"
    m = _AMOUNT_WORDS.search(sentence)
    if m:
        word = m.group("cur").lower()
        cur = _CUR_WORDS.get(word) or _CUR_WORDS[word + "s"]  # "a 1.7 billion euro round"
        return f"{cur}{_trim(float(m.group('num')))}{_UNITS[m.group('unit').lower()]}"
    return None


_VALUATION_BEFORE = re.compile(
    r"(?:\bvaluation|\btotal(?: funding| raised| investment)?(?: to date)?|"
    r"\b(?:is|was|now|been|being) valued)\s+(?:to|of|at)\s+"
    r"(?:about |around |nearly |almost |more than |over |roughly )?$", re.I)
_VALUATION_AFTER = re.compile(r"\s*(?:pre-money |post-money )?(?:valuation|market cap)", re.I)


def _not_the_amount(sentence: str, start: int, end: int) -> bool:
    if "valu" not in sentence and "total" not in sentence and "cap" not in sentence:
        return False  # (most sentences have none of the words)
    return bool(_VALUATION_BEFORE.search(sentence, max(0, start - 40), start)
                or _VALUATION_AFTER.match(sentence, end))


def amount_start(sentence: str) -> int:
    """Where the amount `find_amount` reads starts (the sentence's length if none)."""
    m = _AMOUNT.search(sentence)
    while m is not None and _not_the_amount(sentence, m.start(), m.end()):
        m = _AMOUNT.search(sentence, m.end())
    m = m or _AMOUNT_WORDS.search(sentence)
    return m.start() if m else len(sentence)


def _trim(x: float) -> str:
    return f"{x:.2f}".rstrip("0").rstrip(".")


_CAPACITY = re.compile(r"(?<![\d,.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*-?\s*"
                       r"(MW|megawatts?|GW|gigawatts?|kW)\b", re.I)


@functools.lru_cache(maxsize=4096)
def find_capacity(sentence: str) -> str | None:
    """'a 300-megawatt campus' -> '300 MW'; '1,000 megawatts' -> '1000 MW'."""
    m = _CAPACITY.search(sentence)
    if not m:
        return None
    unit = m.group(2).lower()
    unit = "GW" if unit.startswith("g") else "kW" if unit == "kw" else "MW"
    return f"{m.group(1).replace(',', '')} {unit}"  # '1,000 megawatts' -> '1000 MW'

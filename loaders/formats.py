"""Parsers for each article format, working on text already read and decoded.

Each `parse_*` function takes the content plus `source` (a path, for messages)
and `stem` (for default ids) and yields `Article` or `ReadProblem`; none raises
on bad input. `loaders.readers` does the file handling and picks the parser.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from loaders.record import Article

FIELDS = ("id", "url", "title", "published", "text")

# Quoted CSV fields may hold whole articles; the csv module's 128 KB default
# would reject them. The caller's max_bytes check is what bounds record size.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """Something that was skipped while reading, with where and how to fix it."""

    source: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.message}"


Item = Article | ReadProblem

# --- dates -------------------------------------------------------------------

_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T ]\d)")
_DEFAULT_A = dt.datetime(1904, 1, 1)
_DEFAULT_B = dt.datetime(1908, 12, 28)


def normalise_date(value: Any) -> str | None:
    """ISO `YYYY-MM-DD` for a parseable full date (string, epoch seconds, date), else None.

    Dates missing a day or month give None rather than an invented day.
    >>> normalise_date("Tue, 5 Mar 2024 10:00:00 GMT")
    '2024-03-05'
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int | float):
        # Epoch seconds (or milliseconds) between 1971 and 2100.
        secs = value / 1000 if value > 1e11 else value
        if 3.2e7 < secs < 4.1e9:
            return dt.datetime.fromtimestamp(secs, dt.UTC).strftime("%Y-%m-%d")
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > 100:
        return None
    m = _ISO_DATE.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    from dateutil import parser as date_parser  # imported lazily: only odd dates need it

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown time zones are irrelevant to the day
            a = date_parser.parse(value, default=_DEFAULT_A)
            b = date_parser.parse(value, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None  # the string lacked a year, month or day
    return f"{a.year:04d}-{a.month:02d}-{a.day:02d}"


# --- plain text and Markdown --------------------------------------------------

_MD_HEADING = re.compile(r"#{1,2}\s+(.+?)\s*#*\s*$")


def split_title(text: str, markdown: bool) -> tuple[str | None, str]:
    """(title, body): a first line that looks like a title is lifted out of the text.

    A title is a Markdown `# heading` (when `markdown`), or a short first line
    (≤ 150 chars) not ending in sentence punctuation and followed by more text.
    """
    stripped = text.lstrip("\ufeff\r\n\t ")
    first, sep, rest = stripped.partition("\n")
    first = first.strip()
    if not sep or not rest.strip():
        return None, text.strip()
    if markdown:
        m = _MD_HEADING.fullmatch(first)
        if m:
            return m[1], rest.strip()
    if 0 < len(first) <= 150 and first[-1] not in ".!?,;:" and not first.startswith("#"):
        return first, rest.strip()
    return None, text.strip()


def parse_text(text: str, *, source: str, stem: str, markdown: bool = False) -> Iterator[Item]:
    """One article from a plain-text or Markdown document (id = file stem)."""
    title, body = split_title(text, markdown)
    yield Article(id=stem, text=body, title=title, source=source)


# --- HTML ---------------------------------------------------------------------

_LINK_TAG = re.compile(r"<link\b[^>]*>", re.I)
_REL_CANONICAL = re.compile(r"""\brel\s*=\s*["']?canonical\b""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)


def _canonical_url(html: str) -> str | None:
    for tag in _LINK_TAG.finditer(html, 0, min(len(html), 200_000)):
        if _REL_CANONICAL.search(tag[0]):
            h = _HREF.search(tag[0])
            if h:
                url = (h[1] or h[2] or h[3] or "").strip()
                if url:
                    return url
    return None


def parse_html(html: str, *, source: str, stem: str) -> Iterator[Item]:
    """One article from an HTML page: main text, title, date and URL via trafilatura."""
    import trafilatura  # heavy import, only when HTML is read

    try:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True,
        )
    except Exception as exc:  # trafilatura can fail in many ways on odd markup
        yield ReadProblem(source, None, f"could not parse the HTML ({exc}); is it a web page?")
        return
    def meta(name: str) -> str | None:
        value = getattr(doc, name, None)  # a Document; None when nothing was found
        return value.strip() or None if isinstance(value, str) else None

    text = meta("text") or ""
    if not text:
        yield ReadProblem(source, None, "no main text found in the HTML page; "
                          "is it an article page (not an index or a login page)?")
        return
    title = meta("title")
    first, sep, rest = text.partition("\n")
    if title and sep and first.strip() == title:
        text = rest.strip()  # trafilatura repeats the <h1> as the first line
    url = _canonical_url(html) or meta("url")
    yield Article(id=stem, text=text, title=title, url=url,
                  published=normalise_date(meta("date")), source=source)


# --- records: JSON, JSON Lines, CSV ----------------------------------------------

def _text_or_none(value: Any) -> str | None:
    if value is None:
        return None
    s = value if isinstance(value, str) else str(value)
    s = s.strip()
    return s or None


def record_to_article(rec: Mapping[str, Any], *, field_map: Mapping[str, str], source: str,
                      line: int | None, default_id: str) -> Item:
    """An `Article` from a record's fields (renamed by `field_map`), or why it can't be one."""
    col = {f: field_map.get(f, f) for f in FIELDS}
    where = f"{source}:{line}" if line is not None else source
    if col["text"] not in rec:
        have = ", ".join(list(rec)[:12]) or "none"
        return ReadProblem(source, line, f"record has no '{col['text']}' field (fields: {have}); "
                           f"name the text field with --field text=<field>")
    raw = rec[col["text"]]
    text = raw.strip() if isinstance(raw, str) else ""
    if not text:
        return ReadProblem(source, line, f"record has empty text in field '{col['text']}'; "
                           "add the article text or remove the record")
    rid = _text_or_none(rec.get(col["id"])) or default_id
    return Article(
        id=rid, text=text, title=_text_or_none(rec.get(col["title"])),
        url=_text_or_none(rec.get(col["url"])),
        published=normalise_date(rec.get(col["published"])), source=where,
    )


def parse_json(text: str, *, source: str, stem: str,
               field_map: Mapping[str, str]) -> Iterator[Item]:
    """Articles from a JSON document: an array of objects or a single object."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadProblem(source, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno}); "
                          "fix the syntax, or use .jsonl for one object per line")
        return
    items = data if isinstance(data, list) else [data]
    for i, rec in enumerate(items, 1):
        if not isinstance(rec, dict):
            yield ReadProblem(source, None, f"item {i} is not a JSON object; "
                              "expected objects with a 'text' field")
            continue
        item = record_to_article(rec, field_map=field_map, source=source, line=None,
                                 default_id=f"{stem}-{i}")
        if isinstance(item, ReadProblem):
            item = ReadProblem(source, None, f"item {i}: {item.message}")
        yield item


def parse_jsonl(lines: Iterable[tuple[int, str | ReadProblem]], *, source: str, stem: str,
                field_map: Mapping[str, str]) -> Iterator[Item]:
    """Articles from (line number, line) pairs of JSON Lines; blank lines are skipped.

    A pair may carry a `ReadProblem` instead of a line (a line the reader could
    not decode); it is passed on as is.
    """
    for n, line in lines:
        if isinstance(line, ReadProblem):
            yield line
            continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadProblem(source, n, f"malformed JSON line: {exc.msg} (column {exc.colno}); "
                              "each line must be one complete JSON object")
            continue
        if not isinstance(rec, dict):
            yield ReadProblem(source, n, "line is not a JSON object; "
                              "each line must be an object with a 'text' field")
            continue
        yield record_to_article(rec, field_map=field_map, source=source, line=n,
                                default_id=f"{stem}-{n}")


def parse_csv(lines: Iterable[str], *, source: str, stem: str, field_map: Mapping[str, str],
              max_bytes: int) -> Iterator[Item]:
    """Articles from CSV lines with a header row; streams, one record at a time."""
    reader = csv.reader(lines)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield ReadProblem(source, 1, f"unreadable CSV header: {exc}")
        return
    if not header:
        yield ReadProblem(source, 1, "CSV has no header row; the first row must name "
                          "the columns (id, url, title, published, text)")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    text_col = field_map.get("text", "text")
    if text_col not in header:
        yield ReadProblem(source, 1, f"CSV has no '{text_col}' column (columns: "
                          f"{', '.join(header)}); name the text column with "
                          "--field text=<column>")
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ReadProblem(source, reader.line_num, f"malformed CSV: {exc}; "
                              "check the quoting; the rest of the file was skipped")
            return
        n, start = start, reader.line_num + 1
        if not any(cell.strip() for cell in row):
            continue
        if sum(len(c) for c in row) > max_bytes:
            yield ReadProblem(source, n, f"record is larger than --max-bytes ({max_bytes:,} "
                              "bytes); raise --max-bytes to read it")
            continue
        rec = dict(zip(header, row, strict=False))
        yield record_to_article(rec, field_map=field_map, source=source, line=n,
                                default_id=f"{stem}-{n}")


# --- feeds ----------------------------------------------------------------------

_BLOCK_TAGS = frozenset("p div br li h1 h2 h3 h4 h5 h6 blockquote tr section article".split())


def html_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one line per block element."""
    if "<" not in fragment:
        return fragment.strip()
    import lxml.html  # lazy: only feeds need it

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # broken markup: fall back to tag stripping
        return re.sub(r"<[^>]*>", " ", fragment).strip()
    parts: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style"):
            if el.tail:
                parts.append(el.tail)
            continue
        if el.tag in _BLOCK_TAGS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        if el.tail and el is not root:
            parts.append(el.tail)
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    return re.sub(r"\s*\n\s*", "\n", text).strip()


def parse_feed(data: str | bytes, *, source: str, stem: str) -> Iterator[Item]:
    """One article per RSS/Atom entry (text from content, else summary)."""
    import feedparser  # lazy: only feeds need it

    feed = feedparser.parse(data)
    if not feed.entries:
        why = f" ({feed.bozo_exception})" if feed.get("bozo") else ""
        yield ReadProblem(source, None, f"no feed entries found{why}; "
                          "is this an RSS or Atom feed?")
        return
    for i, e in enumerate(feed.entries, 1):
        body = ""
        for c in e.get("content") or []:
            if c.get("value"):
                body = c["value"]
                break
        body = body or e.get("summary") or ""
        text = html_to_text(body)
        title = html_to_text(e.get("title") or "") or None
        link = e.get("link") or None
        eid = e.get("id") or link or f"{stem}-{i}"
        if not text:
            yield ReadProblem(source, None, f"entry {i} ({eid}) has no content or summary; "
                              "the feed carries titles only")
            continue
        stamp = e.get("published_parsed") or e.get("updated_parsed")
        published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}" if stamp else None
        yield Article(id=str(eid), text=text, title=title, url=link, published=published,
                      source=source)


# --- sniffing ---------------------------------------------------------------------

_FEED_MARK = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)
_HTML_MARK = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article)\b", re.I)


def sniff(head: str) -> str:
    """Format name for content whose extension says nothing: jsonl, json, feed, html or text."""
    s = head.lstrip("\ufeff \t\r\n")
    if s.startswith("{"):
        first = s.split("\n", 1)[0]
        try:
            json.loads(first)
            return "jsonl"
        except json.JSONDecodeError:
            return "json"
    if s.startswith("["):
        return "json"
    if s.startswith("<"):
        if _FEED_MARK.search(s[:4000]):
            return "feed"
        if _HTML_MARK.search(s[:4000]):
            return "html"
    return "text"

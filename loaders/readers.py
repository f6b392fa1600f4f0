"""Read articles from files, folders and stdin, in any supported format.

`iter_articles` yields `Article` for each article read and `ReadProblem` for
anything skipped (missing path, empty or binary file, bad UTF-8, malformed
line, record without text, file too big, non-English text); it never raises
for bad input, so one bad file does not stop a run.

    for item in iter_articles(["news/", "feed.xml"], field_map={"text": "body"}):
        if isinstance(item, ReadProblem):
            print(item, file=sys.stderr)
        else:
            handle(item)

Size limit: `max_bytes` bounds each file read whole (text, Markdown, HTML,
JSON, feeds). JSON Lines and CSV are streamed, so the limit applies to each
line / record instead and a file of any size can be read.
"""

from __future__ import annotations

import fnmatch
import itertools
import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, TextIO

from loaders.english import looks_english
from loaders.formats import (
    Item,
    ReadProblem,
    parse_csv,
    parse_feed,
    parse_html,
    parse_json,
    parse_jsonl,
    parse_text,
    sniff,
)
from loaders.record import Article

__all__ = ["DEFAULT_MAX_BYTES", "EXTENSIONS", "ReadProblem", "check_article", "iter_articles"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

EXTENSIONS: dict[str, str] = {
    ".txt": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}

_STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 8192
_NOT_ENGLISH = "looks like it is not English (techkg extracts English text only)"


def iter_articles(paths: Iterable[str | Path], *, field_map: Mapping[str, str] | None = None,
                  pattern: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                  stdin: TextIO | None = None,
                  check: bool = True) -> Iterator[Article | ReadProblem]:
    """Yield every article under `paths` (files, folders, or "-" for stdin), in order.

    Folders are walked recursively in sorted order, hidden entries skipped,
    keeping files that match `pattern` (a glob such as "*.jsonl"; default: all
    supported extensions). `field_map` renames record fields, ours → theirs.
    `check=False` yields articles without text or not in English as well, for the
    caller to pass through `check_article` (in a worker process, say: the English
    test costs as much as reading the article).
    """
    fmap = dict(field_map or {})
    for p in paths:
        if str(p) == "-":
            items = _read_stdin(stdin if stdin is not None else sys.stdin, fmap, max_bytes)
        else:
            items = _read_path(Path(p), fmap, pattern, max_bytes)
        if check:
            items = map(check_article, items)
        yield from items


def check_article(item: Item) -> Item:
    """Turn an article that must be skipped (empty, not English) into a problem."""
    if isinstance(item, ReadProblem):
        return item
    src = item.source or ""
    path, _, line = src.rpartition(":") if src.rsplit(":", 1)[-1].isdigit() else (src, "", "")
    lineno = int(line) if line else None
    if not item.text.strip():
        return ReadProblem(path, lineno, f"article '{item.id}' has no text; add the text "
                           "or remove it")
    if not looks_english(item.text):
        return ReadProblem(path, lineno, f"article '{item.id}' {_NOT_ENGLISH}")
    return item


def _read_path(path: Path, fmap: dict[str, str], pattern: str | None,
               max_bytes: int) -> Iterator[Item]:
    if path.is_dir():
        files = list(_walk(path, pattern))
        if not files:
            what = f"matching '{pattern}'" if pattern else \
                f"with a supported extension ({', '.join(sorted(EXTENSIONS))})"
            yield ReadProblem(str(path), None, f"folder has no files {what}; "
                              "check the folder or the --pattern option")
        for f in files:
            yield from _read_file(f, fmap, max_bytes)
    elif path.exists():
        yield from _read_file(path, fmap, max_bytes)
    else:
        yield ReadProblem(str(path), None, "no such file or folder; check the path")


def _walk(root: Path, pattern: str | None) -> Iterator[Path]:
    """Files under `root`, sorted by relative path, hidden files and folders left out."""
    found: list[tuple[str, Path]] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith("."):
                continue
            full = Path(dirpath, name)
            rel = full.relative_to(root).as_posix()
            if pattern:
                ok = fnmatch.fnmatch(rel if "/" in pattern else name, pattern)
            else:
                ok = full.suffix.lower() in EXTENSIONS
            if ok:
                found.append((rel, full))
    for _, full in sorted(found):
        yield full


def _decode_problem(source: str, exc: UnicodeDecodeError, base: int = 0,
                    line: int | None = None) -> ReadProblem:
    return ReadProblem(source, line, f"invalid UTF-8 at byte offset {base + exc.start}; "
                       "re-encode the file as UTF-8 (e.g. iconv -f latin1 -t utf-8)")


def _too_big(source: str, size: int, max_bytes: int, what: str = "file") -> ReadProblem:
    return ReadProblem(source, None, f"{what} is {size:,} bytes, more than the limit of "
                       f"{max_bytes:,}; skipped whole; raise the limit with --max-bytes")


def _read_file(path: Path, fmap: dict[str, str], max_bytes: int) -> Iterator[Item]:
    src = str(path)
    try:
        size = path.stat().st_size
        fh = path.open("rb")
    except OSError as exc:
        yield ReadProblem(src, None, f"cannot open: {exc.strerror}; check the permissions")
        return
    with fh:
        head = fh.read(_SNIFF_BYTES)
        if not head.strip():
            yield ReadProblem(src, None, "empty file; remove it or add content")
            return
        if b"\x00" in head:
            yield ReadProblem(src, None, "binary file (contains NUL bytes), not text; "
                              "give it a text, HTML, JSON, CSV or feed file")
            return
        kind = EXTENSIONS.get(path.suffix.lower())
        if kind in ("jsonl", "csv"):
            fh.seek(0)
            if kind == "jsonl":
                yield from parse_jsonl(_lines(fh, src, max_bytes), source=src, stem=path.stem,
                                       field_map=fmap)
            else:
                yield from _read_csv(fh, src, path.stem, fmap, max_bytes)
            return
        if size > max_bytes:
            yield _too_big(src, size, max_bytes)
            return
        data = head + fh.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        yield _decode_problem(src, exc)
        return
    yield from _parse_whole(text, kind or sniff(text[:_SNIFF_BYTES]), src, path.stem, fmap,
                            max_bytes)


def _parse_whole(text: str, kind: str, src: str, stem: str, fmap: dict[str, str],
                 max_bytes: int) -> Iterator[Item]:
    if kind in ("text", "markdown"):
        yield from parse_text(text, source=src, stem=stem, markdown=kind == "markdown")
    elif kind == "html":
        yield from parse_html(text, source=src, stem=stem)
    elif kind == "json":
        yield from parse_json(text, source=src, stem=stem, field_map=fmap)
    elif kind == "jsonl":
        numbered = enumerate(text.splitlines(), 1)
        yield from parse_jsonl(_limit(numbered, src, max_bytes), source=src, stem=stem,
                               field_map=fmap)
    elif kind == "feed":
        yield from parse_feed(text, source=src, stem=stem)
    else:
        yield from parse_csv(text.splitlines(keepends=True), source=src, stem=stem,
                             field_map=fmap, max_bytes=max_bytes)


def _limit(numbered: Iterable[tuple[int, str]], src: str,
           max_bytes: int) -> Iterator[tuple[int, str | ReadProblem]]:
    for n, line in numbered:
        if len(line) > max_bytes and len(line.encode("utf-8")) > max_bytes:
            yield n, ReadProblem(src, n, _too_big(src, len(line.encode()), max_bytes,
                                                  "line").message)
        else:
            yield n, line


def _lines(fh: BinaryIO, src: str, max_bytes: int,
           first: int = 1) -> Iterator[tuple[int, str | ReadProblem]]:
    """(line number, decoded line) from a binary file, one line in memory at a time.

    Lines longer than `max_bytes` or not valid UTF-8 come as a `ReadProblem`.
    """
    offset = 0
    for n in itertools.count(first):
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        start = offset
        offset += len(raw)
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                raw = fh.readline(1 << 20)
                offset += len(raw)
            yield n, ReadProblem(src, n, _too_big(src, offset - start, max_bytes, "line").message)
            continue
        try:
            yield n, raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield n, _decode_problem(src, exc, start, n)


def _read_csv(fh: BinaryIO, src: str, stem: str, fmap: dict[str, str],
              max_bytes: int) -> Iterator[Item]:
    problems: list[ReadProblem] = []

    def decoded() -> Iterator[str]:
        offset = 0
        for n, raw in enumerate(fh, 1):
            try:
                yield raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                problems.append(ReadProblem(
                    src, n, _decode_problem(src, exc, offset).message
                    + "; the rest of the file was skipped"))
                return
            offset += len(raw)

    yield from parse_csv(decoded(), source=src, stem=stem, field_map=fmap, max_bytes=max_bytes)
    yield from problems


def _read_stdin(stream: TextIO, fmap: dict[str, str], max_bytes: int) -> Iterator[Item]:
    """Read "-": JSON Lines are streamed; anything else is read whole and sniffed."""
    raw: BinaryIO | None = getattr(stream, "buffer", None)
    first_b = b""
    try:
        if raw is not None:
            first_b = raw.readline(max_bytes + 1)
            first = first_b.decode("utf-8")
        else:
            first = stream.readline(max_bytes + 1)
    except UnicodeDecodeError as exc:
        yield _decode_problem(_STDIN_NAME, exc, line=1)
        return
    if "\x00" in first:
        yield ReadProblem(_STDIN_NAME, None, "binary input (contains NUL bytes), not text")
        return
    if sniff(first) == "jsonl" and first.endswith("\n"):
        numbered: Iterable[tuple[int, str | ReadProblem]]
        if raw is not None:
            numbered = itertools.chain([(1, first)], _lines(raw, _STDIN_NAME, max_bytes, 2))
        else:
            numbered = _limit(enumerate(itertools.chain([first], stream), 1), _STDIN_NAME,
                              max_bytes)
        yield from parse_jsonl(numbered, source=_STDIN_NAME, stem="stdin", field_map=fmap)
        return
    try:
        if raw is not None:
            text = first + raw.read(max_bytes + 1 - len(first_b)).decode("utf-8")
        else:
            text = first + stream.read(max_bytes + 1 - len(first))
    except UnicodeDecodeError as exc:
        yield _decode_problem(_STDIN_NAME, exc, len(first_b))
        return
    if not text.strip():
        yield ReadProblem(_STDIN_NAME, None, "empty input on stdin; pipe articles in or "
                          "give a path instead of '-'")
        return
    if len(text) > max_bytes:
        yield ReadProblem(_STDIN_NAME, None, f"input is more than the limit of {max_bytes:,} "
                          "bytes; skipped whole; raise the limit with --max-bytes")
        return
    yield from _parse_whole(text, sniff(text[:_SNIFF_BYTES]), _STDIN_NAME, "stdin", fmap,
                            max_bytes)

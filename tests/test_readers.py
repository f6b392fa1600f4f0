"""Reading articles: every format, folders, stdin, field mapping and each kind of bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from loaders.formats import normalise_date
from loaders.readers import DEFAULT_MAX_BYTES, ReadProblem, iter_articles
from loaders.record import Article

INPUTS = Path(__file__).parent / "fixtures" / "inputs"

SPANISH = (
    "La empresa tecnológica anunció el martes que abrirá un nuevo centro de datos en Madrid, "
    "con una inversión de varios millones de euros. El proyecto creará cientos de empleos en "
    "la región y estará listo a finales del próximo año, según fuentes de la compañía "
    "consultadas por este periódico. Los responsables dijeron que la demanda de servicios en "
    "la nube no deja de crecer en toda Europa."
)
GERMAN = (
    "Das Unternehmen hat am Dienstag angekündigt, ein neues Rechenzentrum in Frankfurt zu "
    "bauen. Die Investition beläuft sich auf mehrere hundert Millionen Euro und soll bis Ende "
    "des nächsten Jahres abgeschlossen sein. Nach Angaben der Firma entstehen dadurch rund "
    "zweihundert neue Arbeitsplätze in der Region, vor allem in der Technik und im Betrieb."
)
ENGLISH_LONG = (
    "The company said on Monday that it would open a new data center in Ohio next year, and "
    "that the site would be powered by a nearby wind farm. It is the third such project the "
    "firm has announced this year, after two others in Texas and Oregon, and it will employ "
    "about two hundred people when it is running at full capacity."
)


def read(*paths: str | Path, **kw: object) -> list[Article | ReadProblem]:
    return list(iter_articles(paths, **kw))  # type: ignore[arg-type]


def articles(items: list[Article | ReadProblem]) -> list[Article]:
    return [x for x in items if isinstance(x, Article)]


def problems(items: list[Article | ReadProblem]) -> list[ReadProblem]:
    return [x for x in items if isinstance(x, ReadProblem)]


def only_problem(items: list[Article | ReadProblem]) -> ReadProblem:
    assert len(items) == 1 and isinstance(items[0], ReadProblem), items
    return items[0]


# --- formats -----------------------------------------------------------------------

def test_txt_first_short_line_becomes_title() -> None:
    [a] = read(INPUTS / "plant.txt")
    assert isinstance(a, Article)
    assert a.id == "plant"
    assert a.title == "Acme Robotics picks Tulsa for its second factory"
    assert a.text.startswith("Acme Robotics said on Tuesday")
    assert a.source == str(INPUTS / "plant.txt")


def test_txt_first_line_that_is_a_sentence_is_not_a_title(tmp_path: Path) -> None:
    f = tmp_path / "note.txt"
    f.write_text("Acme opened a plant.\nIt has 300 staff.\n", encoding="utf-8")
    [a] = articles(read(f))
    assert a.title is None
    assert a.text == "Acme opened a plant.\nIt has 300 staff."


def test_markdown_heading_is_title() -> None:
    [a] = articles(read(INPUTS / "memo.md"))
    assert a.id == "memo"
    assert a.title == "Nimbus Cloud opens a region in Lisbon"
    assert a.text.startswith("Nimbus Cloud has opened")
    assert "#" not in a.text


def test_html_main_text_title_date_and_canonical_url() -> None:
    [a] = articles(read(INPUTS / "page.html"))
    assert a.id == "page"
    assert a.title == "Volta Chips breaks ground on a fab in Dresden"
    assert a.url == "https://news.example.com/volta-dresden-fab"  # canonical beats og:url
    assert a.published == "2024-02-14"
    assert "semiconductor fab in Dresden" in a.text
    assert "largest private investments" in a.text
    assert "First!" not in a.text  # comments are left out
    assert "Home" not in a.text and "All rights reserved" not in a.text


def test_html_without_main_text_is_a_problem(tmp_path: Path) -> None:
    f = tmp_path / "empty.html"
    f.write_text("<html><head><title>Index</title></head><body><script>var x = 1;</script>"
                 "</body></html>", encoding="utf-8")
    p = only_problem(read(f))
    assert "no main text" in p.message


def test_jsonl_records_fields_and_default_id() -> None:
    items = read(INPUTS / "records.jsonl")
    a, b = articles(items)
    assert (a.id, a.url, a.title, a.published) == (
        "r1", "https://example.org/a", "Pinecrest opens an office in Austin", "2023-11-02")
    assert a.source == f"{INPUTS / 'records.jsonl'}:1"
    assert b.id == "records-2"  # no id: file stem and line
    assert b.published == "2023-11-03"


def test_json_array_and_single_object(tmp_path: Path) -> None:
    a, b = articles(read(INPUTS / "records.json"))
    assert a.id == "j1" and a.published == "2022-06-30"
    assert b.id == "records-2" and b.published is None  # "not a date" → None, no error
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "Acme bought Beta.", "title": "Deal"}), encoding="utf-8")
    [c] = articles(read(single))
    assert (c.id, c.title, c.text) == ("one-1", "Deal", "Acme bought Beta.")


def test_csv_with_header_row() -> None:
    a, b = articles(read(INPUTS / "records.csv"))
    assert (a.id, a.title, a.published) == ("c1", "Tern Motors builds a battery plant",
                                            "2021-09-15")
    assert a.text == "Tern Motors will build a battery plant in Nevada, the company said."
    assert b.published == "2021-09-15"
    assert b.source == f"{INPUTS / 'records.csv'}:3"


def test_csv_multiline_quoted_field_keeps_line_numbers(tmp_path: Path) -> None:
    f = tmp_path / "multi.csv"
    f.write_text('text\n"Line one.\nLine two."\nSecond record.\n', encoding="utf-8")
    a, b = articles(read(f))
    assert a.text == "Line one.\nLine two." and a.id == "multi-2"
    assert b.id == "multi-4"


def test_rss_feed_one_article_per_entry() -> None:
    a, b = articles(read(INPUTS / "feed.xml"))
    assert a.id == "wire-1001"
    assert a.title == "Quill Systems buys Ledgerly"
    assert a.url == "https://wire.example.com/quill-ledgerly"
    assert a.published == "2024-03-04"
    assert a.text == ("Quill Systems has agreed to buy Ledgerly, a maker of accounting "
                      "software, for $300 million.\nThe deal is expected to close in the "
                      "second quarter.")
    assert b.id == "https://wire.example.com/harbor-osaka"  # no guid: the link
    assert b.published == "2024-03-05"


def test_atom_feed_sniffed_from_unknown_extension(tmp_path: Path) -> None:
    f = tmp_path / "updates.feed"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        '<entry><id>urn:x:1</id><title>Fern Bio opens a lab</title>'
        '<link href="https://ex.example/fern"/><updated>2020-01-02T00:00:00Z</updated>'
        '<content type="html">&lt;p&gt;Fern Bio opened a lab in Basel.&lt;/p&gt;</content>'
        "</entry></feed>", encoding="utf-8")
    [a] = articles(read(f))
    assert (a.id, a.text, a.published) == ("urn:x:1", "Fern Bio opened a lab in Basel.",
                                           "2020-01-02")


# --- field mapping ------------------------------------------------------------------

def test_field_map_renames_columns(tmp_path: Path) -> None:
    f = tmp_path / "theirs.jsonl"
    f.write_text(json.dumps({"key": "k9", "body": "Acme opened a mill.", "date": "2021-05-06",
                             "headline": "Mill"}) + "\n", encoding="utf-8")
    [a] = read(f, field_map={"text": "body", "published": "date", "id": "key",
                             "title": "headline"})
    assert isinstance(a, Article)
    assert (a.id, a.text, a.published, a.title) == ("k9", "Acme opened a mill.", "2021-05-06",
                                                    "Mill")


def test_csv_field_map(tmp_path: Path) -> None:
    f = tmp_path / "theirs.csv"
    f.write_text("body,date\nAcme opened a mill.,2021-05-06\n", encoding="utf-8")
    [a] = read(f, field_map={"text": "body", "published": "date"})
    assert isinstance(a, Article) and a.published == "2021-05-06" and a.id == "theirs-2"


# --- folders and stdin -----------------------------------------------------------------

def test_folder_recursive_sorted_hidden_skipped() -> None:
    items = read(INPUTS / "nested")
    assert [a.id for a in articles(items)] == ["n2", "n1", "notes"]  # deeper/ < inner < notes
    assert not problems(items)


def test_folder_pattern(tmp_path: Path) -> None:
    items = read(INPUTS / "nested", pattern="*.jsonl")
    assert [a.id for a in articles(items)] == ["n2", "n1"]
    empty = read(INPUTS / "nested", pattern="*.csv")
    assert "no files matching '*.csv'" in only_problem(empty).message


def test_stdin_jsonl_and_text_and_html() -> None:
    jl = io.StringIO('{"id": "s1", "text": "Acme hired staff."}\n{"text": "More news."}\n')
    a, b = articles(read("-", stdin=jl))
    assert (a.id, a.source, b.id, b.source) == ("s1", "<stdin>:1", "stdin-2", "<stdin>:2")
    [t] = articles(read("-", stdin=io.StringIO("Plain words about Acme.\n")))
    assert t.text == "Plain words about Acme." and t.id == "stdin"
    html = (INPUTS / "page.html").read_text(encoding="utf-8")
    [h] = articles(read("-", stdin=io.StringIO(html)))
    assert h.title == "Volta Chips breaks ground on a fab in Dresden"


def test_stdin_json_and_feed() -> None:
    [j] = articles(read("-", stdin=io.StringIO('[{"text": "Acme grew.", "id": 7}]')))
    assert j.id == "7"
    feed = (INPUTS / "feed.xml").read_text(encoding="utf-8")
    assert len(articles(read("-", stdin=io.StringIO(feed)))) == 2


def test_stdin_binary_buffer_invalid_utf8() -> None:
    class Stdin(io.TextIOWrapper):
        pass

    stream = Stdin(io.BytesIO(b"caf\xe9 news\n"), encoding="utf-8")
    p = only_problem(read("-", stdin=stream))
    assert "invalid UTF-8 at byte offset 3" in p.message


# --- bad input ---------------------------------------------------------------------------

def test_missing_path(tmp_path: Path) -> None:
    p = only_problem(read(tmp_path / "nope.jsonl"))
    assert "no such file or folder" in p.message
    assert str(p) == f"{tmp_path / 'nope.jsonl'}: no such file or folder; check the path"


def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "blank.txt"
    f.write_text("  \n\n", encoding="utf-8")
    assert "empty file" in only_problem(read(f)).message


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert "binary file" in only_problem(read(f)).message


def test_invalid_utf8_names_byte_offset(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes(b"Caf\xe9 opens a shop.\n")
    p = only_problem(read(f))
    assert "invalid UTF-8 at byte offset 3" in p.message and "re-encode" in p.message


def test_invalid_utf8_in_jsonl_line_skips_only_that_line(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"text": "Good one."}\n{"text": "caf\xe9"}\n{"text": "Good two."}\n')
    items = read(f)
    assert [a.text for a in articles(items)] == ["Good one.", "Good two."]
    [p] = problems(items)
    assert p.line == 2 and "byte offset 35" in p.message  # 22 bytes of line 1 + 13


def test_malformed_json_line(tmp_path: Path) -> None:
    f = tmp_path / "broken.jsonl"
    f.write_text('{"text": "fine"}\n{"text": "oops",\n[1, 2]\n', encoding="utf-8")
    items = read(f)
    assert len(articles(items)) == 1
    p2, p3 = problems(items)
    assert p2.line == 2 and "malformed JSON line" in p2.message
    assert str(p2).startswith(f"{f}:2: malformed JSON line: ")
    assert p3.line == 3 and "not a JSON object" in p3.message


def test_invalid_json_document(tmp_path: Path) -> None:
    f = tmp_path / "bad.json"
    f.write_text('[{"text": "a"},\n {"text": }]', encoding="utf-8")
    p = only_problem(read(f))
    assert p.line == 2 and "invalid JSON" in p.message


def test_record_with_missing_or_empty_text(tmp_path: Path) -> None:
    f = tmp_path / "gaps.jsonl"
    f.write_text('{"id": "a", "body": "x"}\n{"id": "b", "text": "   "}\n', encoding="utf-8")
    p1, p2 = problems(read(f))
    assert p1.line == 1 and "no 'text' field (fields: id, body)" in p1.message
    assert "--field text=<field>" in p1.message
    assert p2.line == 2 and "empty text" in p2.message


def test_csv_without_text_column_names_columns(tmp_path: Path) -> None:
    f = tmp_path / "cols.csv"
    f.write_text("id,headline,body\n1,Deal,Acme bought Beta.\n", encoding="utf-8")
    p = only_problem(read(f))
    assert "no 'text' column (columns: id, headline, body)" in p.message
    assert "--field text=<column>" in p.message


def test_oversize_file_skipped_whole(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ENGLISH_LONG * 4, encoding="utf-8")
    size = f.stat().st_size
    p = only_problem(read(f, max_bytes=500))
    assert f"{size:,} bytes" in p.message and "--max-bytes" in p.message
    assert len(articles(read(f, max_bytes=size))) == 1
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


def test_oversize_jsonl_line_skipped_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "lines.jsonl"
    big = json.dumps({"text": "word " * 400})
    f.write_text('{"text": "small"}\n' + big + '\n{"text": "after"}\n', encoding="utf-8")
    items = read(f, max_bytes=1000)
    assert [a.text for a in articles(items)] == ["small", "after"]
    [p] = problems(items)
    assert p.line == 2 and "--max-bytes" in p.message


@pytest.mark.parametrize("text", [SPANISH, GERMAN])
def test_non_english_article_skipped(tmp_path: Path, text: str) -> None:
    f = tmp_path / "foreign.jsonl"
    f.write_text(json.dumps({"id": "f1", "text": text}) + "\n"
                 + json.dumps({"id": "e1", "text": ENGLISH_LONG}) + "\n", encoding="utf-8")
    items = read(f)
    assert [a.id for a in articles(items)] == ["e1"]
    [p] = problems(items)
    assert p.line == 1
    assert "looks like it is not English (techkg extracts English text only)" in p.message


def test_short_texts_are_not_judged_for_language(tmp_path: Path) -> None:
    f = tmp_path / "short.txt"
    f.write_text("Nueva fábrica en Madrid.", encoding="utf-8")
    assert len(articles(read(f))) == 1


def test_bad_files_do_not_stop_the_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe")
    (tmp_path / "c.txt").write_text("Acme made chips.", encoding="utf-8")
    items = read(tmp_path, tmp_path / "gone")
    assert [type(x).__name__ for x in items] == ["ReadProblem", "ReadProblem", "Article",
                                                 "ReadProblem"]


def test_jsonl_is_streamed(tmp_path: Path) -> None:
    f = tmp_path / "stream.jsonl"
    f.write_text("".join(json.dumps({"text": f"Item {i}."}) + "\n" for i in range(3)),
                 encoding="utf-8")
    it = iter_articles([f])
    first = next(it)
    # The file is open and read lazily: appending now still shows up in the output.
    with f.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"text": "Late item."}) + "\n")
    rest = list(it)
    assert isinstance(first, Article) and [a.text for a in articles(rest)][-1] == "Late item."


@pytest.mark.parametrize(("raw", "iso"), [
    ("2024-03-05", "2024-03-05"), ("2024-03-05T23:59:00-08:00", "2024-03-05"),
    ("Tue, 05 Mar 2024 10:00:00 EST", "2024-03-05"), ("March 5, 2024", "2024-03-05"),
    ("5 March 2024", "2024-03-05"), (1709632800, "2024-03-05"), ("2024", None),
    ("March 2024", None), ("someday", None), ("", None), (None, None), ("2024-13-45", None),
])
def test_normalise_date(raw: object, iso: str | None) -> None:
    assert normalise_date(raw) == iso

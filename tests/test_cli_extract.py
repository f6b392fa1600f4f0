"""`kg extract` end to end: the real CLI on small articles written for these tests."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from typer.testing import CliRunner

from kg.cli import app

FAB_STORY = (
    "Intel opens a second chip plant near Chandler\n\n"
    "Intel said on Monday that its new fab in Chandler, Arizona, has started "
    "production after three years of construction. The company competes with "
    "Samsung and TSMC for contract manufacturing customers.\n"
)

RECORDS = [
    {"id": "r1", "title": "Cloud region for Madrid",
     "body": "Microsoft opened a cloud region in Madrid, Spain, this week. The "
             "launch puts it ahead of rival Amazon in the Spanish market."},
    {"id": "r2", "title": "Nvidia office",
     "body": "Nvidia announced a research center in Tel Aviv, Israel, where it "
             "plans to hire two hundred engineers over the next year."},
]


@pytest.fixture(scope="module")
def schema_validator() -> jsonschema.Draft202012Validator:
    text = resources.files("schemas").joinpath("extraction.schema.json").read_text("utf-8")
    return jsonschema.Draft202012Validator(json.loads(text))


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture()
def txt(tmp_path: Path) -> Path:
    p = tmp_path / "fab.txt"
    p.write_text(FAB_STORY, encoding="utf-8")
    return p


@pytest.fixture()
def jsonl_with_bad_line(tmp_path: Path) -> Path:
    p = tmp_path / "feed.jsonl"
    lines = [json.dumps(RECORDS[0]), "{this is not json", json.dumps(RECORDS[1])]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def _records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def _valid(records: list[dict[str, Any]], validator: jsonschema.Draft202012Validator) -> None:
    for r in records:
        errors = list(validator.iter_errors(r))
        assert not errors, (r["id"], [e.message for e in errors])


def test_text_article_gives_one_valid_record(runner: CliRunner, txt: Path,
                                             schema_validator: Any) -> None:
    result = runner.invoke(app, ["extract", str(txt)])
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert len(records) == 1
    rec = records[0]
    assert rec["id"] == "fab"
    assert "Intel" in {c["name"] for c in rec["companies"]}
    assert any(f["kind"] == "fab" and f["city"] == "Chandler" for f in rec["facilities"])
    assert "1 article, 0 skipped" in result.stderr
    _valid(records, schema_validator)


def test_malformed_line_is_skipped_and_reported(runner: CliRunner, jsonl_with_bad_line: Path,
                                                schema_validator: Any) -> None:
    result = runner.invoke(app, ["extract", str(jsonl_with_bad_line), "--field", "text=body"])
    assert result.exit_code == 2
    assert f"skipped: {jsonl_with_bad_line}:2:" in result.stderr
    assert "2 articles, 1 skipped" in result.stderr
    records = _records(result.stdout)
    assert [r["id"] for r in records] == ["r1", "r2"]
    assert records[0]["source"] == f"{jsonl_with_bad_line}:1"
    _valid(records, schema_validator)


def test_stdin(runner: CliRunner, schema_validator: Any) -> None:
    result = runner.invoke(app, ["extract", "-"], input=FAB_STORY)
    assert result.exit_code == 0, result.stderr
    records = _records(result.stdout)
    assert len(records) == 1
    assert "Intel" in {c["name"] for c in records[0]["companies"]}
    _valid(records, schema_validator)


def test_json_format_is_one_array(runner: CliRunner, txt: Path, tmp_path: Path,
                                  schema_validator: Any) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"id": r["id"], "text": r["body"]}) for r in RECORDS),
                    encoding="utf-8")
    result = runner.invoke(app, ["extract", str(txt), str(feed), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, list)
    assert [r["id"] for r in data] == ["fab", "r1", "r2"]
    _valid(data, schema_validator)


def test_json_format_with_no_articles_is_an_empty_array(runner: CliRunner,
                                                         tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "missing.txt"), "-f", "json"])
    assert result.exit_code == 2
    assert json.loads(result.stdout) == []
    assert "no such file" in result.stderr


def test_table_format_prints_a_summary(runner: CliRunner, txt: Path) -> None:
    result = runner.invoke(app, ["extract", str(txt), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for word in ("companies", "cities", "facilities", "competitors", "events"):
        assert word in out
    assert "Chandler" in out and "fab" in out
    assert not out.lstrip().startswith("{")


def test_workers_give_the_same_records(runner: CliRunner, tmp_path: Path) -> None:
    feed = tmp_path / "many.jsonl"
    rows = []
    for i in range(40):  # enough for several chunks per worker
        r = RECORDS[i % 2]
        rows.append(json.dumps({"id": f"{r['id']}-{i}", "text": r["body"]}))
    rows.insert(7, "[broken")
    feed.write_text("\n".join(rows) + "\n", encoding="utf-8")
    one = runner.invoke(app, ["extract", str(feed), "--workers", "1"])
    two = runner.invoke(app, ["extract", str(feed), "--workers", "2"])
    assert one.exit_code == two.exit_code == 2
    assert one.stdout == two.stdout
    assert len(_records(two.stdout)) == 40
    assert f"{feed}:8:" in two.stderr


def test_output_file(runner: CliRunner, txt: Path, tmp_path: Path,
                     schema_validator: Any) -> None:
    out = tmp_path / "out" / "records.jsonl"
    out.parent.mkdir()
    result = runner.invoke(app, ["extract", str(txt), "-o", str(out), "--validate"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    records = _records(out.read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == ["fab"]
    _valid(records, schema_validator)


def test_unwritable_output_is_a_usage_error(runner: CliRunner, txt: Path,
                                            tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(txt), "-o", str(tmp_path / "no" / "x.jsonl")])
    assert result.exit_code == 1
    assert "cannot write --output" in result.stderr


@pytest.mark.parametrize("spec", ["text", "=body", "text="])
def test_bad_field_is_a_usage_error(runner: CliRunner, txt: Path, spec: str) -> None:
    result = runner.invoke(app, ["extract", str(txt), "--field", spec])
    assert result.exit_code == 1
    assert "name=column" in result.stderr
    assert result.stdout == ""


def test_bad_option_value_exits_1_not_2(runner: CliRunner, txt: Path) -> None:
    result = runner.invoke(app, ["extract", str(txt), "--format", "xml"])
    assert result.exit_code == 1


def test_help_documents_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Exit status" in result.stdout
    assert "skipped" in result.stdout


def test_installed_kg_executable(tmp_path: Path, txt: Path, jsonl_with_bad_line: Path,
                                 schema_validator: Any) -> None:
    exe = shutil.which("kg") or str(Path(sys.executable).parent / "kg")
    if not Path(exe).exists():
        pytest.fail("the kg executable is not installed; run `pip install -e .`")
    proc = subprocess.run(
        [exe, "extract", str(txt), str(jsonl_with_bad_line), "--field", "text=body",
         "--workers", "2", "--validate"],
        capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 2, proc.stderr
    assert f"skipped: {jsonl_with_bad_line}:2:" in proc.stderr
    records = _records(proc.stdout)
    assert [r["id"] for r in records] == ["fab", "r1", "r2"]
    _valid(records, schema_validator)
    bad = subprocess.run([exe, "extract", str(txt), "--field", "oops"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert bad.returncode == 1
    assert "name=column" in bad.stderr

"""Query results as tables for people, JSON and CSV for scripts."""

from __future__ import annotations

import io
import json

from kg.render import Section, emit


def test_table_headers_read_as_words_while_json_and_csv_keep_the_keys() -> None:
    sec = Section("facilities", [{"operator_name": "Intel", "city_name": "Chandler"}])
    out = io.StringIO()
    emit(sec, "table", out)
    assert "operator name" in out.getvalue() and "operator_name" not in out.getvalue()
    out = io.StringIO()
    emit(sec, "json", out)
    assert json.loads(out.getvalue()) == [{"operator_name": "Intel", "city_name": "Chandler"}]
    out = io.StringIO()
    emit(sec, "csv", out)
    assert out.getvalue().splitlines()[0] == "operator_name,city_name"

"""Claims files for `batch`: rows with their ids and lines, spreadsheet exports as they come
(headers in any case, comma, semicolon or tab), and the input errors a CI run must stop on."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS
from typer.testing import CliRunner

from claimcheck.claimsfile import ClaimRow, read_claims_file
from claimcheck.cli import app
from claimcheck.errors import InputError

runner = CliRunner()


def _read(tmp_path, name: str, content: str) -> list[ClaimRow]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return read_claims_file(path)


@pytest.mark.parametrize(
    "content",
    [
        pytest.param('id,claim\nc1,"Talks lasted an hour, officials said."\nc2,Nine died.\n',
                     id="comma"),
        pytest.param('id;claim\nc1;Talks lasted an hour, officials said.\nc2;Nine died.\n',
                     id="semicolon-from-a-spreadsheet"),
        pytest.param("id\tclaim\nc1\tTalks lasted an hour, officials said.\nc2\tNine died.\n",
                     id="tab"),
        pytest.param('ID,Claim\nc1,"Talks lasted an hour, officials said."\nc2,Nine died.\n',
                     id="capitalised-headers"),
        pytest.param('\ufeff CLAIM ; Id \nTalks lasted an hour, officials said.;c1\n'
                     'Nine died.;c2\n', id="bom-spaces-and-column-order"),
    ],
)
def test_csv_dialects_and_headers_read_alike(tmp_path, content):
    assert _read(tmp_path, "claims.csv", content) == [
        ClaimRow("c1", "Talks lasted an hour, officials said.", 2), ClaimRow("c2", "Nine died.", 3)
    ]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_quotes_doubled_inside_a_quoted_field_are_one_quote(tmp_path, sep):
    rows = _read(tmp_path, "claims.csv",
                 f'id{sep}claim\n"=HYPERLINK(""http://x"")"{sep}"He said ""no""{sep} twice."\n')
    assert rows == [ClaimRow('=HYPERLINK("http://x")', f'He said "no"{sep} twice.', 2)]


def test_a_row_spanning_lines_keeps_the_line_it_starts_on(tmp_path):
    rows = _read(tmp_path, "claims.csv", 'claim\n"Two\nlines."\n\nNine died.\n')
    assert rows == [ClaimRow("1", "Two\nlines.", 2), ClaimRow("2", "Nine died.", 5)]


def test_jsonl_null_or_missing_id_is_the_line_number(tmp_path):
    rows = _read(tmp_path, "claims.jsonl",
                 '{"id": null, "claim": "A."}\n\n{"claim": "B."}\n{"id": 7, "claim": "C."}\n')
    assert rows == [ClaimRow("1", "A.", 1), ClaimRow("3", "B.", 3), ClaimRow("7", "C.", 4)]


@pytest.mark.parametrize(
    "name, content, message",
    [
        pytest.param("claims.csv", "", "holds no claim", id="empty-csv"),
        pytest.param("claims.csv", "id,claim\n", "holds no claim", id="header-only-csv"),
        pytest.param("claims.csv", "id,claim\nx,A.\ny,B.\nx,C.\n",
                     "id 'x' is used on lines 2, 4: give each claim its own id",
                     id="duplicate-csv-ids"),
        pytest.param("claims.csv", "claim,id\nA.,2\nB.,\n",
                     "id '2' is used on lines 2, 3", id="given-id-equals-a-row-number"),
        pytest.param("claims.jsonl", '{"id": "a", "claim": "A."}\n{"id": "a", "claim": "B."}\n',
                     "id 'a' is used on lines 1, 2", id="duplicate-jsonl-ids"),
        pytest.param("claims.jsonl", '{"id": true, "claim": "A."}\n',
                     'line 1: "id" must be a string or a whole number', id="jsonl-bool-id"),
        pytest.param("claims.csv", "Text\nA.\n", "has no 'claim' column (found: text)",
                     id="no-claim-column"),
        pytest.param("claims.csv", "id,claim\n1,Nine died.\n2,\n",
                     "line 3: claim '2' is empty: write it or remove the row",
                     id="an-id-without-a-claim"),
        pytest.param("claims.jsonl", '{"id": "b", "claim": " "}\n',
                     "line 1: claim 'b' is empty", id="jsonl-id-without-a-claim"),
        pytest.param("claims.csv", "claim,id\nNine died, ten hurt,1\n",
                     "line 2: 3 fields under 2 columns: put the claim in quotes",
                     id="an-unquoted-separator-before-the-last-column"),
    ],
)
def test_bad_claims_files_are_input_errors(tmp_path, name, content, message):
    with pytest.raises(InputError, match=re.escape(message)):
        _read(tmp_path, name, content)


def test_duplicate_ids_stop_batch_with_exit_2(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text("id,claim\nx,Nine died.\nx,Ten died.\n", encoding="utf-8")
    result = runner.invoke(app, ["batch", str(path), "-c", str(CORPUS), "--no-cache"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ") and "id 'x' is used on lines 2, 3" in result.output


def test_a_last_column_claim_keeps_an_unquoted_separator(tmp_path):
    """"1,Roe was 63, Hale was 57": the claim is the last column, so the comma is the claim's;
    before, "Hale was 57" was dropped without a word."""
    rows = _read(tmp_path, "claims.csv", "id,claim\n1,Roe was 63, Hale was 57\n2,Hale fled.\n")
    assert rows == [ClaimRow("1", "Roe was 63, Hale was 57", 2), ClaimRow("2", "Hale fled.", 3)]

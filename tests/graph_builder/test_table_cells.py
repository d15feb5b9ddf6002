"""Table rows as cells under their columns' headers, and what each column holds."""

from __future__ import annotations

import pytest
from cckg.graph_builder.table_cells import (
    column_role,
    counted_columns,
    counted_result,
    is_dose_header,
    is_pipe_row,
    is_rule_row,
    labelled_cells,
    pipe_cells,
    pipe_headers,
)


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Treatment", "therapy"),
        ("Option", "therapy"),
        ("Change made", "therapy"),
        ("Adverse events", "adverse effects"),
        ("Main adverse effects", "adverse effects"),
        ("Complications", "adverse effects"),
        ("Problems", "adverse effects"),
        ("When to use", "indications"),
        ("Contraindications", "contraindications"),
        ("Avoid in", "contraindications"),
        ("Indication", "indications"),
        ("Mode of action", "mechanism"),
        ("Mechanism", "mechanism"),
        ("Patients", None),
        ("Response of calcinosis", "response"),
        ("Change in deposits", "response"),
        ("Usual sites", None),
        # a carer's medicines chart: "What | Dose | When | Why"
        ("What", "therapy"),
        ("Why", "given for"),
        ("What for", "given for"),
        ("When", None),
        ("Why it matters", None),
    ],
)
def test_a_column_holds_what_its_header_says(header, role):
    assert column_role(header) == role


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        (
            "Treatment: Curettage; Patients: 4; Complications: Scarring in 1; delayed healing in 2.",
            [("Treatment", "Curettage"), ("Patients", "4"),
             ("Complications", "Scarring in 1; delayed healing in 2")],
        ),
        ("Curettage cleared 4 of 5 lesions; one recurred.", []),  # a sentence, not a row
        ("Note: read with care; see below.", []),  # one label is no row
    ],
)
def test_a_row_the_reader_labelled_splits_at_its_headers(row, cells):
    assert [(c.header, row[c.start : c.end]) for c in labelled_cells(row)] == cells


@pytest.mark.parametrize(
    ("header_row", "row", "cells"),
    [
        ("| Drug | Harm |", "| Sevelamer | Bloating |", [("Drug", "Sevelamer"), ("Harm", "Bloating")]),
        ("Option | When to use", "Excision | Painful masses", [("Option", "Excision"), ("When to use", "Painful masses")]),
        ("| Drug | Harm |", "| Sevelamer | Bloating | extra |", [("Drug", "Sevelamer"), ("Harm", "Bloating"), ("", "extra")]),
    ],
)
def test_a_pipe_row_takes_its_header_rows_columns(header_row, row, cells):
    assert [(c.header, row[c.start : c.end]) for c in pipe_cells(row, pipe_headers(header_row))] == cells


@pytest.mark.parametrize(
    ("text", "pipe", "rule"),
    [
        ("| a | b |", True, False),
        ("a | b | c", True, False),
        ("|---|---|", True, True),
        ("| :--- | ---: |", True, True),
        ("a | b", False, False),
    ],
)
def test_pipe_rows_and_rule_lines(text, pipe, rule):
    assert (is_pipe_row(text), is_rule_row(text)) == (pipe, rule)


@pytest.mark.parametrize(
    ("header", "cell", "total", "time", "said"),
    [
        ("Healed", "3 (60%)", "5", None, "Healed in 3 of 5 (60%)"),
        ("Any response", "0", "7", "9 weeks", "Any response in 0 of 7 at 9 weeks"),
        ("Healed", "3 of 5", "5", None, None),  # says its own denominator
        ("Median time to response", "4", "5", None, None),  # a time, not a count
        ("Sites", "2", "5", None, None),  # no result
        ("Healed", "3", "", None, None),  # nobody counted
    ],
)
def test_a_count_cell_is_said_against_the_row_s_total(header, cell, total, time, said):
    assert counted_result(header, cell, total, time) == said


def test_a_row_s_total_and_time_come_from_their_columns():
    headers = ["Drug", "No. of patients", "Improved", "Median follow-up"]
    row = "| Colchicine | 6 | 2 | 11 months |"
    assert counted_columns(pipe_cells(row, headers), row) == ("6", "a median of 11 months")


@pytest.mark.parametrize(
    ("header", "dose"),
    [("Dose and frequency", True), ("Dose, route, frequency", True), ("Dosage", True),
     ("Regimen", True), ("Indication", False), ("Doses given (n)", True), ("Dosimetry", False)],
)
def test_a_dose_column_is_told_by_its_header(header, dose):
    assert is_dose_header(header) is dose

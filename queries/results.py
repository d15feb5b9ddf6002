"""Query results and their output formats: table, csv, tsv, json (SPARQL 1.1 Query Results JSON).

A :class:`Result` is the same whether it came from the embedded store or a remote endpoint: column
names, and rows of plain strings (IRIs as IRIs, literals as their lexical form, ``None`` when
unbound). It also keeps each cell's RDF term kind so that JSON output says ``uri`` or ``literal``.

>>> r = Result(columns=["x"], rows=[{"x": "1"}])
>>> print(to_text(r, "csv"), end="")
x
1
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from dataclasses import dataclass, field
from typing import IO

from cckg import vocab

FORMATS = ("table", "csv", "tsv", "json")
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


@dataclass
class Result:
    """The answer to a query: ``columns`` and ``rows`` (one dict per solution)."""

    columns: list[str]
    rows: list[dict[str, str | None]]
    #: Per row, per bound column: the SPARQL JSON binding (``{"type": "uri", "value": …}``).
    bindings: list[dict[str, dict[str, str]]] = field(
        default_factory=list, compare=False, repr=False
    )
    #: The answer of an ASK query (``columns`` and ``rows`` are then empty).
    boolean: bool | None = None
    #: The answer of a CONSTRUCT or DESCRIBE query, as Turtle.
    turtle: str | None = None

    @classmethod
    def from_bindings(cls, columns: list[str], bindings: list[dict[str, dict[str, str]]]) -> Result:
        """Build a result from SPARQL JSON bindings (the one shape both back ends produce)."""
        rows = [{c: (b[c]["value"] if c in b else None) for c in columns} for b in bindings]
        return cls(columns=list(columns), rows=rows, bindings=bindings)

    def column(self, name: str) -> list[str | None]:
        """All values of one column, in row order."""
        if name not in self.columns:
            raise KeyError(name)
        return [row[name] for row in self.rows]

    def to_json(self) -> dict:
        """SPARQL 1.1 Query Results JSON."""
        if self.boolean is not None:
            return {"head": {}, "boolean": self.boolean}
        bindings = self.bindings or [
            {c: {"type": "literal", "value": v} for c, v in row.items() if v is not None}
            for row in self.rows
        ]
        return {"head": {"vars": list(self.columns)}, "results": {"bindings": bindings}}


def compact(iri: str) -> str:
    """``cckg:SystemicSclerosis`` for an IRI in a known namespace, else the IRI."""
    best = ""
    for prefix, ns in vocab.PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(vocab.PREFIXES.get(best, "")):
            best = prefix
    if best and _LOCAL_NAME.fullmatch(iri[len(vocab.PREFIXES[best]) :] or "-"):
        return f"{best}:{iri[len(vocab.PREFIXES[best]) :]}"
    return f"<{iri}>"


def _escape_tsv(value: str) -> str:
    # Tabs and line breaks would break the row structure; write them as visible escapes.
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def _one_line(value: str) -> str:
    return " ".join(value.split())


def to_text(result: Result, fmt: str = "tsv") -> str:
    """The result as text in ``fmt`` (``table`` here means plain aligned text)."""
    if result.turtle is not None:
        return result.turtle
    if result.boolean is not None and fmt != "json":
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow(["" if row[c] is None else row[c] for c in result.columns])
        return buf.getvalue()
    if fmt == "tsv":
        lines = ["\t".join(result.columns)]
        for row in result.rows:
            lines.append(
                "\t".join(
                    "" if row[c] is None else _escape_tsv(row[c] or "") for c in result.columns
                )
            )
        return "\n".join(lines) + "\n"
    if fmt == "table":
        return _plain_table(result)
    raise ValueError(f"unknown format {fmt!r} (use one of {', '.join(FORMATS)})")


def _display_rows(result: Result) -> list[list[str]]:
    """Cells as people read them: one line each, IRIs in known namespaces as CURIEs."""
    out = []
    for i, row in enumerate(result.rows):
        kinds = result.bindings[i] if i < len(result.bindings) else {}
        out.append(
            [
                compact(row[c])
                if row[c] and kinds.get(c, {}).get("type") == "uri"
                else _one_line(row[c] or "")
                for c in result.columns
            ]
        )
    return out


def _plain_table(result: Result) -> str:
    cells = _display_rows(result)
    widths = [len(c) for c in result.columns]
    for r in cells:
        widths = [max(w, len(v)) for w, v in zip(widths, r)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(lines) + "\n"


def write(
    result: Result, fmt: str = "table", stream: IO[str] | None = None, *, tty: bool | None = None
) -> None:
    """Write the result to ``stream`` (stdout): a rich table on a terminal, else text."""
    out = stream if stream is not None else sys.stdout
    is_tty = out.isatty() if tty is None else tty
    if fmt == "table" and is_tty and result.boolean is None and result.turtle is None:
        _rich_table(result, out)
        return
    out.write(to_text(result, fmt))


def _rich_table(result: Result, out: IO[str]) -> None:
    # rich costs ~50 ms to import: only tables on a terminal pay for it.
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, header_style="bold", caption=f"{len(result.rows)} rows")
    for c in result.columns:
        table.add_column(c, overflow="fold")
    for cells in _display_rows(result):
        table.add_row(*cells)
    Console(file=out).print(table)

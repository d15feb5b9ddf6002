"""HTML pages for clinicians: the stored questions as forms, their answers as tables with sources.

Plain HTML with a little inline CSS: no script, no external asset, so the pages work offline and
under a strict Content-Security-Policy. Every value that comes from the graph or from the user goes
through :func:`html.escape` (attributes included); links are built with :mod:`urllib.parse`.

The answer table shows what a reader needs to judge a fact: the sentence quoted, the document's
identifier with its genre, and a cited work's PubMed link. Columns that only repeat a bound
parameter, and ``*_iri`` columns that have a readable partner, are left out of the table (the CSV
and JSON downloads keep every column).

>>> cell("cited_pmid", "3816102")
'<a href="https://pubmed.ncbi.nlm.nih.gov/3816102/">PubMed 3816102</a>'
>>> cell("sentence", "<b>x</b>")
'<q class="sentence">&lt;b&gt;x&lt;/b&gt;</q>'
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from html import escape

import pyoxigraph as ox
from cckg.queries.results import Result, compact
from cckg.queries.stored import StoredQuery

TITLE = "cckg — calcinosis cutis knowledge graph"
PUBMED = "https://pubmed.ncbi.nlm.nih.gov/{}/"
DOI = "https://doi.org/{}"
#: Most options a parameter's autocomplete list carries (a browser slows down past a few thousand).
MAX_SUGGESTIONS = 2000

_PMID = re.compile(r"[0-9]{1,9}")
_DOI = re.compile(r"10\.[0-9]{4,9}/\S+")

_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em auto;max-width:75em;padding:0 1em;
color:#1b1b1b;line-height:1.4}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em}
a{color:#0645ad}
nav{font-size:.9em;margin-bottom:1em}
dl.questions dt{margin-top:.6em;font-weight:600}dl.questions dd{margin-left:1.5em}
.params{color:#555;font-size:.9em}
form.ask label{display:block;margin:.6em 0 .2em}
form.ask input[type=text]{width:min(40em,100%);padding:.3em;font-size:1em}
button{margin-top:.8em;padding:.35em 1.2em;font-size:1em}
.error{background:#fde8e8;border-left:4px solid #c00;padding:.5em .8em}
.note{background:#fff6d6;border-left:4px solid #c90;padding:.5em .8em}
.bound{color:#333}
table.answer{border-collapse:collapse;width:100%;font-size:.92em;margin-top:.6em}
table.answer th,table.answer td{border:1px solid #ccc;padding:.3em .45em;vertical-align:top;
text-align:left}
table.answer th{background:#eef2f7}
table.answer tr.neg td{background:#fbeeee}
q.sentence{font-style:italic}
.genre{color:#555;font-size:.88em}
td.col-document{min-width:11em}td.col-sentence{min-width:20em}
.curie{color:#555;font-family:monospace;font-size:.88em}
textarea{width:100%;font-family:monospace}
details{margin-top:2em}
"""


@dataclass(frozen=True)
class Answer:
    """A stored query's answer as the page shows it."""

    result: Result
    #: The parameters as bound (name → RDF term the user's value resolved to).
    bound: Mapping[str, ox.NamedNode | ox.Literal] = field(default_factory=dict)
    #: Whether the row cap cut the answer off, and the cap.
    truncated: bool = False
    max_rows: int = 0


def _page(title: str, body: str, *, heading: str | None = None) -> str:
    head = escape(heading if heading is not None else title)
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head>\n"
        f'<body><nav><a href="/">All questions</a> · <a href="/sparql-form">SPARQL</a></nav>'
        f"<h1>{head}</h1>\n{body}\n</body></html>\n"
    )


def ask_href(name: str, values: Sequence[tuple[str, str]] = ()) -> str:
    """The URL path of a question's page, with its parameters as the query string."""
    path = "/ask/" + urllib.parse.quote(name, safe="")
    return path + ("?" + urllib.parse.urlencode(list(values)) if values else "")


# --- the index --------------------------------------------------------------------------------


def index_page(
    queries: Sequence[StoredQuery], *, endpoint: str, timeout: float, max_rows: int
) -> str:
    """The front page: every stored question as a link, and the raw SPARQL form folded away."""
    items = []
    for q in queries:
        params = ", ".join(p.name for p in q.params)
        takes = f' <span class="params">(asks for: {escape(params)})</span>' if params else ""
        items.append(
            f'<dt><a href="{escape(ask_href(q.name))}">{escape(q.name)}</a>{takes}</dt>'
            f"<dd>{escape(q.summary)}</dd>"
        )
    body = (
        "<p>Ask the graph a question: every answer names the documents and the sentences it rests "
        "on. Pick a question, fill in a condition, therapy or site by its name, and get a table "
        "you can also download as CSV or JSON.</p>\n"
        f'<h2>Questions</h2><dl class="questions">{"".join(items)}</dl>\n'
        "<details><summary>Write SPARQL instead</summary>"
        f"<p>A read-only SPARQL 1.1 endpoint is at <code>{escape(endpoint)}</code>: queries only, "
        f"at most {timeout:g}&nbsp;s per query and {max_rows:,} rows per answer "
        '(<a href="/sparql-form">full form</a>, <a href="/.well-known/void">VoID</a>).</p>'
        '<form action="/sparql" method="get">'
        f'<textarea name="query" rows="8">{escape(SPARQL_EXAMPLE)}</textarea>'
        '<br><button type="submit">Run query</button></form></details>'
    )
    return _page(TITLE, body)


# --- the raw SPARQL form ----------------------------------------------------------------------

SPARQL_EXAMPLE = """PREFIX cckg: <https://w3id.org/cckg/ontology/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?therapy ?condition WHERE {
  ?t cckg:treats ?c .
  ?t rdfs:label ?therapy . ?c rdfs:label ?condition .
} ORDER BY ?therapy LIMIT 50"""


def sparql_form_page(*, endpoint: str, timeout: float, max_rows: int) -> str:
    """The raw SPARQL form, for people who write queries."""
    body = (
        f"<p>A read-only SPARQL 1.1 endpoint at <code>{escape(endpoint)}</code>: queries only "
        f"(no update, no SERVICE), at most {timeout:g}&nbsp;s per query and {max_rows:,} rows per "
        'answer. Dataset description: <a href="/.well-known/void">VoID</a>.</p>\n'
        '<form action="/sparql" method="get">'
        f'<textarea name="query" rows="14">{escape(SPARQL_EXAMPLE)}</textarea>\n'
        '<p><label>Format <select name="format">'
        '<option value="json">JSON</option><option value="xml">XML</option>'
        '<option value="csv">CSV</option><option value="tsv">TSV</option>'
        '<option value="turtle">Turtle (CONSTRUCT)</option>'
        '<option value="json-ld">JSON-LD (CONSTRUCT)</option></select></label> '
        '<button type="submit">Run query</button></p></form>'
    )
    return _page("cckg SPARQL endpoint", body, heading=TITLE)


# --- a question: its form and its answer ------------------------------------------------------


def ask_page(
    query: StoredQuery,
    values: Mapping[str, str],
    *,
    suggestions: Mapping[str, Sequence[str]] | None = None,
    answer: Answer | None = None,
    error: str | None = None,
) -> str:
    """A question's page: the form (prefilled with ``values`` or the defaults), then the answer
    or the error."""
    parts = [f"<p>{escape(query.description or query.summary)}</p>"]
    if query.params:
        parts.append(_form(query, values, suggestions or {}))
    if error is not None:
        parts.append(f'<p class="error" role="alert">{escape(error)}</p>')
    if answer is not None:
        parts.append(_answer(query, values, answer))
    return _page(f"{query.name} — cckg", "\n".join(parts), heading=query.summary or query.name)


def _form(
    query: StoredQuery, values: Mapping[str, str], suggestions: Mapping[str, Sequence[str]]
) -> str:
    fields = []
    for p in query.params:
        value = values.get(p.name, p.default or "")
        ident = f"param-{p.name}"
        listed = suggestions.get(p.name) or ()
        datalist = ""
        list_attr = ""
        if listed:
            options = "".join(f'<option value="{escape(s)}">' for s in listed[:MAX_SUGGESTIONS])
            datalist = f'<datalist id="values-{escape(p.name)}">{options}</datalist>'
            list_attr = f' list="values-{escape(p.name)}"'
        label = p.description or p.name
        fields.append(
            f'<label for="{escape(ident)}"><b>{escape(p.name)}</b> — {escape(label)}</label>'
            f'<input type="text" id="{escape(ident)}" name="{escape(p.name)}" '
            f'value="{escape(value)}"{list_attr} autocomplete="off" spellcheck="false">'
            f"{datalist}"
        )
    return (
        f'<form class="ask" method="get" action="{escape(ask_href(query.name))}">'
        + "".join(fields)
        + '<br><button type="submit">Ask</button></form>'
    )


def _answer(query: StoredQuery, values: Mapping[str, str], answer: Answer) -> str:
    result = answer.result
    parts = []
    if answer.bound:
        shown = []
        for name, term in answer.bound.items():
            given = values.get(name)
            what = compact(term.value) if isinstance(term, ox.NamedNode) else term.value
            text = escape(name) + " = "
            if given is not None and given.strip() != what:
                text += f"{escape(given)} → "
            shown.append(text + f'<span class="curie">{escape(what)}</span>')
        parts.append(f'<p class="bound">Answered for {"; ".join(shown)}.</p>')
    if result.boolean is not None:
        parts.append(f"<p><b>{'yes' if result.boolean else 'no'}</b></p>")
        return "\n".join(parts)
    n = len(result.rows)
    documents = {
        row[c]
        for row in result.rows
        for c in result.columns
        if (c == "document" or c.startswith("document_")) and row[c]
    }
    count = f"{n} row{'s' if n != 1 else ''}"
    if documents:
        count += f" from {len(documents)} document{'s' if len(documents) != 1 else ''}"
    given = [(k, v) for k, v in values.items()]
    downloads = " · ".join(
        f'<a href="{escape(ask_href(query.name, [*given, ("format", fmt)]))}" download>'
        f"download {fmt.upper()}</a>"
        for fmt in ("csv", "json")
    )
    parts.append(f"<h2>Answer</h2><p>{count} · {downloads}</p>")
    if answer.truncated:
        parts.append(
            f'<p class="note">The answer was cut off after {answer.max_rows:,} rows (this '
            "server's limit); bind a narrower term or use the command line for all of it.</p>"
        )
    parts.append(answer_table(result, answer.bound))
    return "\n".join(parts)


# --- the table --------------------------------------------------------------------------------


def _is_sentence(column: str) -> bool:
    return column == "sentence" or column.startswith("sentence_")


def _is_document(column: str) -> bool:
    return column == "document" or column.startswith("document_")


def shown_columns(result: Result, bound: Mapping[str, ox.NamedNode | ox.Literal]) -> list[str]:
    """The columns the table shows: not the echo of a bound parameter, not an IRI column with a
    readable partner, not a genre or PMID folded into the document or cited-work cell."""
    columns = result.columns
    hidden = set()
    for c in columns:
        term = bound.get(c)
        if term is not None and result.rows and all(r[c] == term.value for r in result.rows):
            hidden.add(c)
        if c.endswith("_iri") and c.removesuffix("_iri") in columns:
            hidden.add(c)
    if "document" in columns and "genre" in columns:
        hidden.add("genre")
    if "cited_work" in columns and "cited_pmid" in columns:
        hidden.add("cited_pmid")
    return [c for c in columns if c not in hidden]


def answer_table(result: Result, bound: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The rows as an HTML table whose document and sentence cells show the source."""
    columns = shown_columns(result, bound)
    if not result.rows:
        return "<p>No rows: the graph holds nothing for this question with these values.</p>"
    head = "".join(f'<th scope="col">{escape(c.replace("_", " "))}</th>' for c in columns)
    body = []
    for i, row in enumerate(result.rows):
        kinds = result.bindings[i] if i < len(result.bindings) else {}
        cells = []
        for c in columns:
            value = row[c]
            is_iri = kinds.get(c, {}).get("type") == "uri"
            html = cell(c, value, iri=is_iri)
            if c == "document" and row.get("genre") and "genre" not in columns:
                html += f'<br><span class="genre">{escape(row["genre"] or "")}</span>'
            if c == "cited_work" and value and value == row.get("sentence"):
                # The sentence is the cited work's title (a reference list entry): say so once.
                html = '<span class="genre">the sentence is this work\'s title</span>'
            if c == "cited_work" and "cited_pmid" not in columns:
                pmid = cell("cited_pmid", row.get("cited_pmid"))
                if pmid:
                    html += ("<br>" if html else "") + pmid
            partner = row.get(f"{c}_iri")
            title = f' title="{escape(compact(partner))}"' if partner and f"{c}_iri" in row else ""
            cells.append(f'<td class="{escape(_css_class(c))}"{title}>{html}</td>')
        negative = ' class="neg"' if row.get("polarity") == "neg" else ""
        body.append(f"<tr{negative}>{''.join(cells)}</tr>")
    return (
        f'<table class="answer"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table>"
    )


def _css_class(column: str) -> str:
    return "col-" + re.sub(r"[^A-Za-z0-9_-]", "-", column)


def cell(column: str, value: str | None, *, iri: bool = False) -> str:
    """One cell's HTML: a quoted sentence, a PubMed or DOI link, a CURIE, or escaped text."""
    if value is None or value == "":
        return ""
    if _is_sentence(column):
        return f'<q class="sentence">{escape(value)}</q>'
    if column in ("pmid", "cited_pmid") and _PMID.fullmatch(value.strip()):
        pmid = value.strip()
        return f'<a href="{escape(PUBMED.format(pmid))}">PubMed {escape(pmid)}</a>'
    if column == "doi" and _DOI.fullmatch(value.strip()):
        doi = value.strip()
        href = DOI.format(urllib.parse.quote(doi, safe="/:;()._-"))
        return f'<a href="{escape(href)}">{escape(doi)}</a>'
    if iri:
        return f'<span class="curie">{escape(compact(value))}</span>'
    if _is_document(column):
        return f'<span class="doc">{escape(value)}</span>'
    return escape(value)


# --- errors -----------------------------------------------------------------------------------


def error_page(message: str, *, title: str = "cckg: cannot answer") -> str:
    """A page with one clear error line."""
    return _page(title, f'<p class="error" role="alert">{escape(message)}</p>', heading=TITLE)

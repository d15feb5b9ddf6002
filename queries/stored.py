"""The stored competency questions: one ``.rq`` file each, with a grlc-style comment header.

A header is a block of ``#+`` comment lines, so the file stays valid SPARQL::

    #+ summary: Therapies that target a condition
    #+ description: Which therapies target a condition, including its parents
    #+   and subtypes, each with its source.
    #+ params:
    #+   - name: condition
    #+     type: iri
    #+     class: cckg:Condition
    #+     default: systemic sclerosis
    #+     description: the condition, as a label, synonym, CURIE or IRI
    #+ returns: therapy, specificity, document, sentence
    #+ tags: therapy, taxonomy

A parameter is a SPARQL variable of the same name. It is bound, never pasted: locally through
pyoxigraph's ``substitutions`` (so the variable must be in the outer SELECT), remotely by a
``VALUES`` block that replaces each ``# @bind ?name`` marker line. The first marker sits at the top
of the outer WHERE; others may repeat it inside union branches where the variable only appears in
triple patterns, which lets remote engines start their walks from the bound term.

>>> q = get("therapies-for-condition")
>>> [p.name for p in q.params]
['condition']
"""

from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from cckg import resources, vocab
from cckg.errors import QueryError

PARAM_TYPES = ("iri", "string", "integer")
PARAM_FIELDS = ("name", "type", "class", "default", "description")

#: A marker line where a remote query gets ``VALUES ?x { term }`` for the named variables.
BIND_MARKER = re.compile(
    r"^[ \t]*#[ \t]*@bind((?:[ \t]+\?[A-Za-z_][A-Za-z0-9_]*)+)[ \t]*$", re.MULTILINE
)
VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Param:
    """One declared parameter of a stored query."""

    name: str
    type: str = "iri"
    default: str | None = None
    description: str = ""
    #: IRIs of the classes a value must fall under (an IRI parameter resolves only to these).
    classes: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoredQuery:
    """A stored SPARQL query and what its header says about it."""

    name: str
    path: Path | None
    text: str
    summary: str
    description: str
    params: tuple[Param, ...]
    returns: tuple[str, ...]
    tags: tuple[str, ...]

    @property
    def internal(self) -> bool:
        """True for queries the CLI runs itself (``cckg facts``), hidden from ``--list``."""
        return "internal" in self.tags

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def bound_variables(self) -> frozenset[str]:
        """Variables named by ``# @bind`` markers: the parameters the query text really uses."""
        found: set[str] = set()
        for m in BIND_MARKER.finditer(self.text):
            found.update(VARIABLE.findall(m.group(1)))
        return frozenset(found)

    @classmethod
    def from_text(cls, text: str, *, name: str = "ad-hoc", path: Path | None = None) -> StoredQuery:
        """Parse the header of a query text (a text without a header gives an empty one).

        :raises QueryError: when the header is malformed.
        """
        header = _parse_header(text, name)
        return cls(
            name=name,
            path=path,
            text=text,
            summary=header.get("summary", ""),
            description=header.get("description", ""),
            params=header.get("params", ()),
            returns=tuple(_split_list(header.get("returns", ""))),
            tags=tuple(_split_list(header.get("tags", ""))),
        )


def _split_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _expand_curie(value: str, where: str) -> str:
    prefix, sep, local = value.partition(":")
    if value.startswith("<") and value.endswith(">"):
        return value[1:-1]
    if sep and prefix in vocab.PREFIXES:
        return vocab.PREFIXES[prefix] + local
    if value.startswith(("http://", "https://")):
        return value
    raise QueryError(f"{where}: class {value!r} is not an IRI or a known CURIE")


def _parse_header(text: str, where: str) -> dict:
    """A small reader for the YAML subset the headers use (no YAML dependency on the query path)."""
    lines = [ln[2:] for ln in text.splitlines() if ln.startswith("#+")]
    header: dict = {}
    params: list[dict[str, str]] = []
    key: str | None = None
    field: str | None = None
    for raw in lines:
        line = raw.removeprefix(" ")
        if not line.strip():
            continue
        indented = line[:1] in (" ", "\t")
        if not indented:
            k, sep, v = line.partition(":")
            if not sep or not re.fullmatch(r"[a-z_]+", k.strip()):
                raise QueryError(f"{where}: header line {raw!r} is not `key: value`")
            key, field = k.strip(), None
            header[key] = v.strip()
            continue
        body = line.strip()
        if key == "params":
            # `key: value` needs the space after the colon, so a CURIE (cckg:X) is not a key.
            item = re.fullmatch(r"-\s*([a-z_]+):(?:\s+(.*))?", body)
            sub = re.fullmatch(r"([a-z_]+):(?:\s+(.*))?", body)
            if item:
                params.append({})
                body_key, body_val = item.groups()
            elif sub and params:
                body_key, body_val = sub.groups()
            elif params and field:
                params[-1][field] = (params[-1][field] + " " + body).strip()
                continue
            else:
                raise QueryError(f"{where}: cannot read parameter line {raw!r}")
            if body_key not in PARAM_FIELDS:
                raise QueryError(
                    f"{where}: cannot read parameter field {body_key!r} (use {', '.join(PARAM_FIELDS)})"
                )
            field = body_key
            params[-1][field] = (body_val or "").strip()
        elif key is not None:
            header[key] = (header[key] + " " + body).strip()
        else:
            raise QueryError(f"{where}: header starts with an indented line")
    out: list[Param] = []
    for p in params:
        if "name" not in p or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p["name"]):
            raise QueryError(f"{where}: a parameter needs a name that is a SPARQL variable name")
        ptype = p.get("type", "iri")
        if ptype not in PARAM_TYPES:
            raise QueryError(
                f"{where}: parameter {p['name']}: type must be one of {', '.join(PARAM_TYPES)}"
            )
        classes = tuple(_expand_curie(c, where) for c in p.get("class", "").split())
        default = p.get("default")
        out.append(
            Param(
                name=p["name"],
                type=ptype,
                default=default if default else None,
                description=p.get("description", ""),
                classes=classes,
            )
        )
    if "params" in header or out:
        header["params"] = tuple(out)
    return header


def query_paths() -> list[Path]:
    """Every stored query file, found by glob (not by a hand-kept list)."""
    return sorted(resources.queries_dir().glob("*.rq"))


@functools.lru_cache(maxsize=1)
def _load_all() -> tuple[StoredQuery, ...]:
    return tuple(
        StoredQuery.from_text(p.read_text(encoding="utf-8"), name=p.stem, path=p)
        for p in query_paths()
    )


def load_all(*, internal: bool = True) -> tuple[StoredQuery, ...]:
    """All stored queries, sorted by name; ``internal=False`` leaves out helper queries."""
    return tuple(q for q in _load_all() if internal or not q.internal)


def names() -> list[str]:
    return [q.name for q in load_all()]


def get(name: str) -> StoredQuery:
    """The stored query called ``name`` (``.rq`` suffix optional).

    :raises QueryError: when there is none; the message lists close names.
    """
    key = name.removesuffix(".rq")
    for q in load_all():
        if q.name == key:
            return q
    close = difflib.get_close_matches(key, names(), n=5, cutoff=0.5)
    hint = f"; did you mean: {', '.join(close)}" if close else "; `cckg query --list` shows them"
    raise QueryError(f"no stored query named {_short(name)}{hint}")


def _short(value: str, limit: int = 60) -> str:
    """A user value quoted on one line, cut to a readable length (for error messages)."""
    text = value if len(value) <= limit else value[:limit] + "…"
    return '"' + text.encode("unicode_escape").decode("ascii").replace('"', '\\"') + '"'

"""Generate ``cckg/terms.py``, the closed namespace of the ontology's local names.

Run after editing ``ontology/cckg.ttl``::

    python -m cckg.ontology.generate_terms          # rewrite cckg/terms.py
    python -m cckg.ontology.generate_terms --check  # exit 1 if cckg/terms.py is stale

The generated module imports nothing heavier than :mod:`cckg.vocab`, because the query path
imports it; this generator reads the ontology with pyoxigraph, which is cheap to import.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from cckg import resources, vocab
from cckg.errors import InputError

_RDF_TYPE = ox.NamedNode(vocab.RDF + "type")

# owl:* declaration type -> name of the frozenset it lands in, in output order.
KINDS: dict[str, str] = {
    vocab.OWL + "Class": "CLASSES",
    vocab.OWL + "ObjectProperty": "OBJECT_PROPERTIES",
    vocab.OWL + "DatatypeProperty": "DATATYPE_PROPERTIES",
    vocab.OWL + "AnnotationProperty": "ANNOTATION_PROPERTIES",
    vocab.OWL + "NamedIndividual": "INDIVIDUALS",
}

_HEADER = '''"""Closed namespace of the cckg ontology's own terms (https://w3id.org/cckg/ontology/).

GENERATED FILE, DO NOT EDIT. Source: ontology/cckg.ttl.
Regenerate with `python -m cckg.ontology.generate_terms`; a test checks it matches the ontology.

>>> T.Diltiazem
'https://w3id.org/cckg/ontology/Diltiazem'
>>> "treats" in NAMES
True
>>> T.Diltiazen
Traceback (most recent call last):
    ...
AttributeError: the cckg ontology has no term 'Diltiazen'
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from cckg.vocab import CCKG as NAMESPACE
'''

_FOOTER = '''
NAMES: Final[frozenset[str]] = (
    CLASSES | OBJECT_PROPERTIES | DATATYPE_PROPERTIES | ANNOTATION_PROPERTIES | INDIVIDUALS
)


class _Terms:
    """Attribute (or item) access gives a term's IRI; an unknown name raises, never mints."""

    __slots__ = ()

    def __getattr__(self, name: str) -> str:
        if name in NAMES:
            return NAMESPACE + name
        raise AttributeError(f"the cckg ontology has no term {name!r}")

    def __getitem__(self, name: str) -> str:
        if name in NAMES:
            return NAMESPACE + name
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return name in NAMES

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(NAMES))

    def __len__(self) -> int:
        return len(NAMES)

    def __dir__(self) -> list[str]:
        return sorted(NAMES)

    def __repr__(self) -> str:
        return f"<cckg terms: {len(NAMES)} names in {NAMESPACE}>"


T: Final = _Terms()

__all__ = [
    "ANNOTATION_PROPERTIES",
    "CLASSES",
    "DATATYPE_PROPERTIES",
    "INDIVIDUALS",
    "NAMES",
    "NAMESPACE",
    "OBJECT_PROPERTIES",
    "T",
]
'''


def declared_names(ontology: Path) -> dict[str, frozenset[str]]:
    """Local names of the terms the ontology declares in the cckg namespace, by declaration kind.

    :raises InputError: when the file is missing or is not valid Turtle.
    """
    found: dict[str, set[str]] = {kind: set() for kind in KINDS.values()}
    try:
        triples = list(ox.parse(path=str(ontology), format=ox.RdfFormat.TURTLE))
    except (OSError, SyntaxError) as exc:
        raise InputError(str(ontology), f"cannot read the ontology: {exc}") from exc
    for t in triples:
        subject = t.subject
        if t.predicate != _RDF_TYPE or not isinstance(subject, ox.NamedNode):
            continue
        kind = KINDS.get(t.object.value) if isinstance(t.object, ox.NamedNode) else None
        if kind is None or not subject.value.startswith(vocab.CCKG):
            continue
        name = subject.value[len(vocab.CCKG) :]
        # The version IRI .../0.1.0 lives in the namespace but is never declared, so it is skipped.
        if name.isidentifier():
            found[kind].add(name)
    return {kind: frozenset(names) for kind, names in found.items()}


def render(ontology: Path) -> str:
    """The full text of ``cckg/terms.py`` for this ontology (deterministic)."""
    parts = [_HEADER]
    for kind, names in declared_names(ontology).items():
        parts.append(f"\n{kind}: Final[frozenset[str]] = frozenset({{\n")
        parts.extend(f'    "{name}",\n' for name in sorted(names))
        parts.append("})\n")
    parts.append(_FOOTER)
    return "".join(parts)


def target_file() -> Path:
    """Where the generated module lives."""
    return resources.PACKAGE_DIR / "terms.py"


def write(ontology: Path, target: Path) -> bool:
    """Write the module atomically; return True when its content changed."""
    text = render(ontology)
    if target.exists() and target.read_text(encoding="utf-8") == text:
        return False
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".terms-", suffix=".py")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m cckg.ontology.generate_terms", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--ontology",
        type=Path,
        default=None,
        help="ontology Turtle file (default: the bundled one)",
    )
    parser.add_argument(
        "--output", type=Path, default=None, help="module to write (default: cckg/terms.py)"
    )
    parser.add_argument(
        "--check", action="store_true", help="only check that the module is up to date"
    )
    args = parser.parse_args(argv)
    ontology = args.ontology or resources.ontology_file()
    target = args.output or target_file()
    try:
        if args.check:
            current = target.read_text(encoding="utf-8") if target.exists() else ""
            if current != render(ontology):
                print(
                    f"{target} is stale: run python -m cckg.ontology.generate_terms",
                    file=sys.stderr,
                )
                return 1
            return 0
        changed = write(ontology, target)
    except InputError as exc:
        print(f"generate_terms: error: {exc}", file=sys.stderr)
        return 2
    print(f"{'wrote' if changed else 'unchanged'} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

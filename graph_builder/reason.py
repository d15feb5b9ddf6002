"""Reasoning: HermiT classification of the ontology and materialisation of what queries need.

The classification comes from HermiT (the jar bundled with owlready2). Its result is cached in
``cckg.resources.cache_dir()`` by the hash of its input, so repeated builds start no JVM.
What a query needs without a reasoner — the subclass closure, the types implied by domains and
ranges, inverse relations — is then computed here in Python, so that materialising a large data
graph costs one pass over it and never sends provenance nodes to the reasoner (DESIGN §8).

HermiT is run directly rather than through ``owlready2.sync_reasoner``: the data model puns class
IRIs as individuals (``cckg:CalcinosisCutisInSystemicSclerosis cckg:associated_with
cckg:SystemicSclerosis``), and owlready2 then writes HermiT's inferred subclass edges back as
``rdf:type`` triples. Parsing HermiT's own output keeps subclass and type apart.

>>> from cckg import resources
>>> result = classify(resources.ontology_file())          # doctest: +SKIP
>>> result.unsatisfiable                                   # doctest: +SKIP
()
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from cckg import resources, vocab
from cckg.errors import InconsistentOntologyError, InputError, ReasonerError

# Bump when the cached result's meaning or layout changes, so stale caches are ignored.
_CACHE_VERSION = "1"

# HermiT's heap. owlready2 defaults to 2 GB; this machine is shared, and the ontology plus the
# compact data view of the bundled corpus needs far less (CCKG_JAVA_MEMORY overrides, in MB).
JAVA_MEMORY_MB = int(os.environ.get("CCKG_JAVA_MEMORY", "1024"))
# A classification that takes longer than this is treated as a failure, not waited on forever.
HERMIT_TIMEOUT_S = float(os.environ.get("CCKG_HERMIT_TIMEOUT", "900"))

NO_JAVA = (
    "Java was not found: install a Java runtime (e.g. apt-get install default-jre-headless) "
    "for the reasoner"
)

_RDF_TYPE = vocab.RDF + "type"
_SUBCLASS = vocab.RDFS + "subClassOf"
_SUBPROPERTY = vocab.RDFS + "subPropertyOf"
_DOMAIN = vocab.RDFS + "domain"
_RANGE = vocab.RDFS + "range"
_EQUIVALENT_CLASS = vocab.OWL + "equivalentClass"
_INVERSE_OF = vocab.OWL + "inverseOf"
_OWL_THING = vocab.OWL + "Thing"
_OWL_NOTHING = vocab.OWL + "Nothing"
_OWL_CLASS = vocab.OWL + "Class"
_SYMMETRIC = vocab.OWL + "SymmetricProperty"
_TRANSITIVE = vocab.OWL + "TransitiveProperty"
_DECLARATION_TYPES = frozenset(
    vocab.OWL + t
    for t in (
        "Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty", "NamedIndividual",
        "Ontology", "TransitiveProperty", "SymmetricProperty", "FunctionalProperty",
        "InverseFunctionalProperty", "AsymmetricProperty", "ReflexiveProperty",
        "IrreflexiveProperty", "Restriction", "AllDisjointClasses", "Axiom",
    )
) | {vocab.RDFS + "Class", vocab.RDF + "Property"}

_HERMIT_LINE = re.compile(r"^(SubClassOf|EquivalentClasses)\( ((?:<[^>]+>\s*)+)\)$", re.MULTILINE)


Triple = tuple[str, str, str]


@dataclass(frozen=True)
class ReasonResult:
    """HermiT's classification of the named classes, with what it added to the asserted edges."""

    input_hash: str
    classes: tuple[str, ...]
    #: Named-class subclass edges stated in the input (rdfs:subClassOf, named owl:equivalentClass).
    asserted: tuple[tuple[str, str], ...]
    #: HermiT's direct subclass edges (the classified taxonomy, owl:Thing left out).
    direct: tuple[tuple[str, str], ...]
    #: Direct edges HermiT found that the asserted edges do not already imply.
    inferred: tuple[tuple[str, str], ...]
    #: Groups of named classes HermiT proved equivalent (owl:Nothing groups excluded).
    equivalent: tuple[tuple[str, ...], ...]
    #: Classes equivalent to owl:Nothing.
    unsatisfiable: tuple[str, ...]
    seconds: float
    cached: bool = False
    _closure: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def consistent(self) -> bool:
        """Always true: an inconsistent input raises :class:`InconsistentOntologyError` instead."""
        return True

    def superclasses(self) -> dict[str, frozenset[str]]:
        """Every named class mapped to all its named superclasses (strict; owl:Thing left out)."""
        if not self._closure:
            self._closure.update(_transitive_closure(self._edges(), self.classes))
        return self._closure

    def _edges(self) -> Iterator[tuple[str, str]]:
        yield from self.asserted
        yield from self.direct
        for group in self.equivalent:
            for a in group:
                for b in group:
                    if a != b:
                        yield a, b

    def to_json(self) -> dict[str, object]:
        return {
            "version": _CACHE_VERSION,
            "input_hash": self.input_hash,
            "classes": list(self.classes),
            "asserted": [list(e) for e in self.asserted],
            "direct": [list(e) for e in self.direct],
            "inferred": [list(e) for e in self.inferred],
            "equivalent": [list(g) for g in self.equivalent],
            "unsatisfiable": list(self.unsatisfiable),
            "seconds": self.seconds,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> ReasonResult:
        def pairs(key: str) -> tuple[tuple[str, str], ...]:
            return tuple((a, b) for a, b in data[key])  # type: ignore[attr-defined,misc]

        return cls(
            input_hash=str(data["input_hash"]),
            classes=tuple(data["classes"]),  # type: ignore[arg-type]
            asserted=pairs("asserted"),
            direct=pairs("direct"),
            inferred=pairs("inferred"),
            equivalent=tuple(tuple(g) for g in data["equivalent"]),  # type: ignore[attr-defined]
            unsatisfiable=tuple(data["unsatisfiable"]),  # type: ignore[arg-type]
            seconds=float(data["seconds"]),  # type: ignore[arg-type]
            cached=True,
        )


# --------------------------------------------------------------------------------------------
# Reading RDF


def _format_of(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    if fmt is None:
        raise InputError(str(path), "unknown RDF format (use .ttl, .nt, .rdf, .nq, .trig, .jsonld)")
    return fmt


def _parse(path: Path) -> Iterator[tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.Term]]:
    """Stream the triples of an RDF file (named graphs merged), with clear errors."""
    fmt = _format_of(path)
    try:
        for q in ox.parse(path=str(path), format=fmt):
            yield q.subject, q.predicate, q.object  # type: ignore[misc]
    except (SyntaxError, ValueError) as exc:
        raise InputError(str(path), f"not valid {fmt.name}: {exc}") from None
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None


@dataclass
class _OntologyIndex:
    """What materialisation needs from the ontology's own triples."""

    classes: set[str] = field(default_factory=set)
    terms: set[str] = field(default_factory=set)  # every IRI the ontology declares or describes
    subclass: set[tuple[str, str]] = field(default_factory=set)
    domains: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ranges: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    superproperties: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    inverses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    transitive: set[str] = field(default_factory=set)
    types: set[tuple[str, str]] = field(default_factory=set)
    facts: list[Triple] = field(default_factory=list)  # IRI-to-IRI triples on non-OWL predicates
    disjoint: set[frozenset[str]] = field(default_factory=set)  # pairs of disjoint named classes
    #: Named class -> named operands of the intersection it is equivalent to (X ≡ Y ⊓ ∃r.Z: Y).
    told_supers: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def read(cls, path: Path) -> _OntologyIndex:
        idx = cls()
        firsts: dict[str, str] = {}
        rests: dict[str, str] = {}
        members: list[str] = []  # heads of owl:AllDisjointClasses member lists
        defined_as: list[tuple[str, str]] = []  # (named class, blank class expression)
        intersections: dict[str, str] = {}  # blank class expression -> list head
        for s, p, o in _parse(path):
            if isinstance(s, ox.BlankNode):
                if p.value == vocab.RDF + "first" and isinstance(o, ox.NamedNode):
                    firsts[s.value] = o.value
                elif p.value == vocab.RDF + "rest" and isinstance(o, (ox.NamedNode, ox.BlankNode)):
                    rests[s.value] = o.value
                elif p.value == vocab.OWL + "members" and isinstance(o, ox.BlankNode):
                    members.append(o.value)
                elif p.value == vocab.OWL + "intersectionOf" and isinstance(o, ox.BlankNode):
                    intersections[s.value] = o.value
                continue
            if not isinstance(s, ox.NamedNode):
                continue
            sv, pv = s.value, p.value
            idx.terms.add(sv)
            if not isinstance(o, ox.NamedNode):
                if pv == _EQUIVALENT_CLASS and isinstance(o, ox.BlankNode):
                    defined_as.append((sv, o.value))
                continue
            ov = o.value
            if pv == _RDF_TYPE:
                idx.types.add((sv, ov))
                if ov in (_OWL_CLASS, vocab.RDFS + "Class"):
                    idx.classes.add(sv)
                elif ov == _SYMMETRIC:
                    idx.inverses[sv].add(sv)
                elif ov == _TRANSITIVE:
                    idx.transitive.add(sv)
            elif pv == _SUBCLASS:
                idx.subclass.add((sv, ov))
                idx.classes.update((sv, ov))
            elif pv == _EQUIVALENT_CLASS:
                idx.subclass.update(((sv, ov), (ov, sv)))
                idx.classes.update((sv, ov))
            elif pv == _DOMAIN:
                idx.domains[sv].add(ov)
            elif pv == _RANGE:
                idx.ranges[sv].add(ov)
            elif pv == _SUBPROPERTY:
                idx.superproperties[sv].add(ov)
            elif pv == _INVERSE_OF:
                idx.inverses[sv].add(ov)
                idx.inverses[ov].add(sv)
            elif pv == vocab.OWL + "disjointWith":
                idx.disjoint.add(frozenset((sv, ov)))
            elif not pv.startswith((vocab.OWL, vocab.RDFS, vocab.RDF)):
                idx.facts.append((sv, pv, ov))

        def items(head: str) -> list[str]:
            found, cell = [], head
            while cell in firsts and len(found) < 10_000:
                found.append(firsts[cell])
                cell = rests.get(cell, "")
            return found

        for head in members:
            group = items(head)
            idx.disjoint.update(frozenset((a, b)) for a in group for b in group if a != b)
        for cls_iri, expression in defined_as:
            if expression in intersections:
                idx.told_supers[cls_iri].update(items(intersections[expression]))
        idx.classes -= {_OWL_THING, _OWL_NOTHING}
        return idx


def _transitive_closure(
    edges: Iterable[tuple[str, str]], nodes: Iterable[str] = ()
) -> dict[str, frozenset[str]]:
    """Each node mapped to everything reachable from it (owl:Thing/Nothing and itself left out)."""
    up: dict[str, set[str]] = defaultdict(set)
    for a, b in edges:
        if a != b and b not in (_OWL_THING, _OWL_NOTHING) and a not in (_OWL_THING, _OWL_NOTHING):
            up[a].add(b)
    result: dict[str, frozenset[str]] = {}
    for start in set(up) | set(nodes):
        seen: set[str] = set()
        stack = list(up.get(start, ()))
        while stack:
            n = stack.pop()
            if n not in seen:
                seen.add(n)
                stack.extend(up.get(n, ()))
        seen.discard(start)  # cycles (equivalent classes) would make a class its own ancestor
        result[start] = frozenset(seen)
    return result


# --------------------------------------------------------------------------------------------
# HermiT


def _hermit_classpath() -> str:
    import owlready2

    here = Path(owlready2.__file__).resolve().parent / "hermit"
    return os.pathsep.join([str(here), str(here / "HermiT.jar")])


def _java() -> str:
    import owlready2

    java = shutil.which(owlready2.JAVA_EXE)
    if java is None:
        raise ReasonerError(NO_JAVA)
    return java


def _first_meaningful_line(text: str) -> str:
    """The line of a Java error a person can act on, without the stack trace."""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("at ", "...", "Caused by: java.", "Picked up ")):
            continue
        line = line.removeprefix('Exception in thread "main" ')
        line = line.removeprefix("It all went pear-shaped: ")
        # "org.semanticweb.owlapi.reasoner.InconsistentOntologyException: Inconsistent ontology"
        m = re.match(r"^(?:[a-z_$][\w$]*\.)+([A-Z][\w$]*)(?::\s*(.*))?$", line)
        if m:
            return m.group(2) or m.group(1)
        return line
    return "no output"


def _run_hermit(nt_file: Path) -> str:
    """HermiT's classification output for an N-Triples file; raises ReasonerError on failure."""
    command = [
        _java(),
        f"-Xmx{JAVA_MEMORY_MB}M",
        "-cp", _hermit_classpath(),
        "org.semanticweb.HermiT.cli.CommandLine",
        "-c",
        nt_file.as_uri(),
    ]
    try:
        proc = subprocess.run(
            command, capture_output=True, text=True, timeout=HERMIT_TIMEOUT_S, check=False
        )
    except FileNotFoundError:
        raise ReasonerError(NO_JAVA) from None
    except subprocess.TimeoutExpired:
        raise ReasonerError(f"HermiT did not finish within {HERMIT_TIMEOUT_S:.0f} s") from None
    err = proc.stderr or ""
    if "InconsistentOntologyException" in err:
        raise InconsistentOntologyError("the ontology is inconsistent (HermiT)")
    # HermiT exits 0 even when it could not parse its input; it then says so on stderr.
    if proc.returncode != 0 or "pear-shaped" in err or "OutOfMemoryError" in err:
        raise ReasonerError(f"HermiT failed: {_first_meaningful_line(err or proc.stdout)}")
    return proc.stdout


def _parse_hermit(output: str) -> tuple[list[tuple[str, str]], list[tuple[str, ...]], list[str]]:
    direct: list[tuple[str, str]] = []
    equivalent: list[tuple[str, ...]] = []
    unsatisfiable: list[str] = []
    for relation, iris in _HERMIT_LINE.findall(output):
        names = tuple(iris.strip()[1:-1].split("> <"))
        if relation == "SubClassOf":
            sub, sup = names
            if sup != _OWL_THING and sub != _OWL_NOTHING:
                direct.append((sub, sup))
        elif _OWL_NOTHING in names:
            unsatisfiable.extend(n for n in names if n != _OWL_NOTHING)
        else:
            equivalent.append(tuple(sorted(n for n in names if n != _OWL_THING)))
    return sorted(set(direct)), sorted(g for g in set(equivalent) if len(g) > 1), sorted(
        set(unsatisfiable)
    )


# --------------------------------------------------------------------------------------------
# The compact view of the data


def compact_view(data_path: Path | str) -> Iterator[Triple]:
    """The data triples the reasoner needs: facts between ontology terms, never provenance.

    Keeps every triple whose subject is an IRI outside the data namespace (the direct fact
    triples between class IRIs, and anything a data file says about ontology terms), plus the
    ``rdf:type`` of data nodes those triples point at (e.g. an outcome measurement).
    """
    data_path = Path(data_path)
    pointed_at: set[str] = set()
    for s, p, o in _parse(data_path):
        if not isinstance(s, ox.NamedNode) or s.value.startswith(vocab.DATA):
            continue
        if isinstance(o, ox.NamedNode):
            if o.value.startswith(vocab.DATA):
                pointed_at.add(o.value)
            yield s.value, p.value, o.value
    if pointed_at:
        for s, p, o in _parse(data_path):
            if p.value == _RDF_TYPE and isinstance(s, ox.NamedNode) and s.value in pointed_at:
                if isinstance(o, ox.NamedNode):
                    yield s.value, p.value, o.value


def _hermit_input(ontology_path: Path, facts: Iterable[Triple]) -> tuple[str, list[bytes]]:
    """The cache key of HermiT's input (ontology bytes + the facts) and the facts' N-Triples."""
    lines = sorted({f"<{s}> <{p}> <{o}> .\n".encode() for s, p, o in facts})
    h = hashlib.sha256(_CACHE_VERSION.encode())
    h.update(ontology_path.read_bytes())
    for line in lines:
        h.update(line)
    return h.hexdigest(), lines


def _write_hermit_input(ontology_path: Path, fact_lines: list[bytes], out: Path) -> None:
    """Ontology + facts as one N-Triples file (owlready2's HermiT reads no Turtle)."""
    with out.open("wb") as f:
        try:
            ox.serialize(
                ox.parse(path=str(ontology_path), format=_format_of(ontology_path)),
                f,
                format=ox.RdfFormat.N_TRIPLES,
            )
        except (SyntaxError, ValueError) as exc:
            raise InputError(str(ontology_path), f"not valid RDF: {exc}") from None
        f.writelines(fact_lines)


def _cache_file(key: str) -> Path:
    return resources.cache_dir() / "reasoner" / f"{key}.json"


def _write_atomically(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same directory and os.replace (readers never see half)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    # os.open with 0o666 honours the umask, unlike mkstemp's 0o600.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _explain_clashes(
    onto: _OntologyIndex, facts: Iterable[Triple], supers: dict[str, frozenset[str]], limit: int = 5
) -> list[str]:
    """Why an ABox is inconsistent, in the common case: a term used in two disjoint roles.

    Class IRIs used in fact triples are also individuals (punning); ``rdfs:domain`` and
    ``rdfs:range`` type those individuals, and disjoint pillars then clash.
    """
    roles: dict[str, dict[str, str]] = defaultdict(dict)  # individual -> type -> why
    for s, p, o in list(onto.facts) + list(facts):
        if p == _RDF_TYPE:
            roles[s].setdefault(o, "typed so")
            continue
        for d in onto.domains.get(p, ()):
            roles[s].setdefault(d, f"subject of {vocab.local_name(p)}")
        for r in onto.ranges.get(p, ()):
            roles[o].setdefault(r, f"object of {vocab.local_name(p)}")
    for s, t in onto.types:
        roles[s].setdefault(t, "typed so in the ontology")
    found: list[str] = []
    for node in sorted(roles):
        expanded: dict[str, tuple[str, str]] = {}
        for t, why in sorted(roles[node].items()):
            for u in {t} | supers.get(t, frozenset()):
                expanded.setdefault(u, (t, why))
        clash = next(
            (
                (a, b)
                for a in sorted(expanded)
                for b in sorted(expanded)
                if a < b and frozenset((a, b)) in onto.disjoint
            ),
            None,
        )
        if clash:
            (ta, wa), (tb, wb) = expanded[clash[0]], expanded[clash[1]]
            found.append(
                f"{vocab.local_name(node)} is a {vocab.local_name(ta)} ({wa}) and a "
                f"{vocab.local_name(tb)} ({wb}), which are disjoint"
            )
            if len(found) >= limit:
                break
    return found


# --------------------------------------------------------------------------------------------
# Public API


def classify(
    ontology_path: Path | str,
    *,
    data: Path | str | None = None,
    use_cache: bool = True,
) -> ReasonResult:
    """Classify the ontology with HermiT (with the data's compact view when ``data`` is given).

    The result is cached by the hash of HermiT's input, so an unchanged ontology (and data)
    never starts the JVM twice.

    :raises ReasonerError: when Java is missing or HermiT fails.
    :raises InconsistentOntologyError: when the ontology (with the data's facts) is inconsistent.
    :raises InputError: when a file is missing or not valid RDF.
    """
    ontology_path = Path(ontology_path)
    if not ontology_path.exists():
        raise InputError(str(ontology_path), "no such ontology file")
    index = _OntologyIndex.read(ontology_path)
    facts = list(compact_view(data)) if data is not None else []
    key, fact_lines = _hermit_input(ontology_path, facts)
    cache = _cache_file(key)
    if use_cache and cache.exists():
        try:
            return ReasonResult.from_json(json.loads(cache.read_text()))
        except (ValueError, KeyError, TypeError):
            pass  # a damaged cache entry is recomputed, not trusted
    with tempfile.TemporaryDirectory(prefix="cckg-hermit-") as tmp:
        nt = Path(tmp) / "input.nt"
        _write_hermit_input(ontology_path, fact_lines, nt)
        t0 = time.perf_counter()
        try:
            output = _run_hermit(nt)
        except InconsistentOntologyError:
            what = "the ontology with the data's facts" if facts else "the ontology"
            supers = _transitive_closure(index.subclass)
            why = _explain_clashes(index, facts, supers)
            raise InconsistentOntologyError(
                f"{what} is inconsistent (HermiT)" + (": " + "; ".join(why) if why else "")
            ) from None
        seconds = time.perf_counter() - t0
    direct, equivalent, unsatisfiable = _parse_hermit(output)
    classes = set(index.classes)
    asserted = set(index.subclass)
    for s, p, o in facts:  # class axioms a data file adds count as asserted too
        if p == _SUBCLASS:
            asserted.add((s, o))
            classes.update((s, o))
    for a, b in direct:
        classes.update((a, b))
    classes.update(unsatisfiable)
    classes -= {_OWL_THING, _OWL_NOTHING}
    asserted_closure = _transitive_closure(asserted)
    inferred = [
        (a, b) for a, b in direct if b not in asserted_closure.get(a, frozenset())
    ]
    result = ReasonResult(
        input_hash=key,
        classes=tuple(sorted(classes)),
        asserted=tuple(sorted(e for e in asserted if e[0] != e[1])),
        direct=tuple(direct),
        inferred=tuple(sorted(inferred)),
        equivalent=tuple(equivalent),
        unsatisfiable=tuple(unsatisfiable),
        seconds=seconds,
    )
    if use_cache:
        _write_atomically(cache, json.dumps(result.to_json(), indent=1).encode())
    return result


def classify_told(ontology_path: Path | str) -> ReasonResult:
    """The classification a reader gets without a reasoner: asserted edges, plus X ⊑ Y for
    every defined class X ≡ Y ⊓ … . No Java; used when validating with ``reason=False``."""
    ontology_path = Path(ontology_path)
    if not ontology_path.exists():
        raise InputError(str(ontology_path), "no such ontology file")
    index = _OntologyIndex.read(ontology_path)
    told = sorted(
        (c, s)
        for c, supers in index.told_supers.items()
        for s in supers
        if (c, s) not in index.subclass
    )
    classes = set(index.classes)
    for a, b in told:
        classes.update((a, b))
    return ReasonResult(
        input_hash=hashlib.sha256(ontology_path.read_bytes()).hexdigest(),
        classes=tuple(sorted(classes - {_OWL_THING, _OWL_NOTHING})),
        asserted=tuple(sorted(e for e in index.subclass if e[0] != e[1])),
        direct=tuple(told),
        inferred=tuple(told),
        equivalent=(),
        unsatisfiable=(),
        seconds=0.0,
    )


def materialise(
    ontology_path: Path | str,
    data_path: Path | str,
    *,
    result: ReasonResult | None = None,
) -> list[Triple]:
    """The triples a query needs to answer without a reasoner, sorted; none already asserted.

    - ``rdfs:subClassOf`` for the transitive closure over named classes, HermiT's inferred
      edges included (e.g. calcinosis cutis in systemic sclerosis ⊑ dystrophic calcinosis cutis);
    - ``rdf:type`` of data nodes implied by ``rdfs:domain``/``rdfs:range`` and by subclassing
      (class IRIs used as punned individuals in fact triples get no ``rdf:type``: a term's kind
      is its ``rdfs:subClassOf`` ancestry);
    - inverse (``owl:inverseOf``), symmetric, transitive and super-property triples of the facts.

    Every triple is (subject IRI, predicate IRI, object IRI). ``result`` reuses a classification.

    :raises ReasonerError: see :func:`classify`.
    """
    ontology_path, data_path = Path(ontology_path), Path(data_path)
    if not data_path.exists():
        raise InputError(str(data_path), "no such data file")
    onto = _OntologyIndex.read(ontology_path)
    if result is None:
        result = classify(ontology_path)
    supers = result.superclasses()
    out: set[Triple] = set()

    # 1. Subclass closure (class axioms in the data graph are already in the ontology's terms
    # only if they were asserted there; the data graph's own rdfs:subClassOf triples are
    # collected below so they are not emitted again).
    data_subclass: set[tuple[str, str]] = set()

    # 2/3. One pass over the data.
    prop_supers = _transitive_closure(
        (p, q) for p, qs in onto.superproperties.items() for q in qs
    )
    relevant = set(onto.domains) | set(onto.ranges) | set(onto.inverses) | set(prop_supers)
    relevant |= onto.transitive
    for p in list(relevant):
        relevant.update(prop_supers.get(p, ()))

    asserted_types: dict[str, set[str]] = defaultdict(set)
    implied_types: dict[str, set[str]] = defaultdict(set)
    asserted_facts: set[Triple] = set(onto.facts)
    candidate_facts: list[Triple] = list(onto.facts)

    def domains_of(p: str) -> set[str]:
        found = set(onto.domains.get(p, ()))
        for q in prop_supers.get(p, ()):
            found |= onto.domains.get(q, set())
        return found

    def ranges_of(p: str) -> set[str]:
        found = set(onto.ranges.get(p, ()))
        for q in prop_supers.get(p, ()):
            found |= onto.ranges.get(q, set())
        return found

    for s, p, o in _parse(data_path):
        if not isinstance(s, ox.NamedNode):
            continue
        sv, pv = s.value, p.value
        if pv == _RDF_TYPE:
            if isinstance(o, ox.NamedNode):
                asserted_types[sv].add(o.value)
            continue
        if pv == _SUBCLASS and isinstance(o, ox.NamedNode):
            data_subclass.add((sv, o.value))
            continue
        if pv not in relevant:
            continue
        for d in domains_of(pv):
            implied_types[sv].add(d)
        if isinstance(o, ox.NamedNode):
            for r in ranges_of(pv):
                implied_types[o.value].add(r)
            triple = (sv, pv, o.value)
            asserted_facts.add(triple)
            candidate_facts.append(triple)

    asserted_subclass = onto.subclass | data_subclass
    for cls, ancestors in supers.items():
        for anc in ancestors:
            if (cls, anc) not in asserted_subclass:
                out.add((cls, _SUBCLASS, anc))

    onto_types: dict[str, set[str]] = defaultdict(set)
    for s, t in onto.types:
        onto_types[s].add(t)
    for node in set(asserted_types) | set(implied_types):
        # Ontology terms (punned classes, genres, properties) keep the types the ontology gives.
        if node in onto.terms or node in onto.classes or node in result.classes:
            continue
        have = asserted_types.get(node, set())
        wanted = {t for t in implied_types.get(node, ()) if t in onto.classes} | have
        for t in list(wanted):
            wanted |= supers.get(t, frozenset())
        for t in wanted - have - _DECLARATION_TYPES - {_OWL_THING}:
            out.add((node, _RDF_TYPE, t))

    for p in onto.transitive:  # e.g. part_of: finger part_of hand part_of upper limb
        reach = _transitive_closure((s, o) for s, q, o in candidate_facts if q == p)
        for s, ancestors in reach.items():
            for o in ancestors:
                if (s, p, o) not in asserted_facts:
                    out.add((s, p, o))
                    candidate_facts.append((s, p, o))  # so inverses/super-properties follow
    for s, p, o in candidate_facts:
        for inv in onto.inverses.get(p, ()):
            if (o, inv, s) not in asserted_facts:
                out.add((o, inv, s))
        for sup in prop_supers.get(p, ()):
            if (s, sup, o) not in asserted_facts:
                out.add((s, sup, o))
    return sorted(out)


# Prefixes used in the inferred file, in a fixed order; data IRIs are written in full.
_TURTLE_PREFIXES = ("rdf", "rdfs", "owl", "cckg", "prov", "skos", "dcterms", "oa", "bibo", "obo")
_SAFE_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_\-]*$")


def _turtle_term(iri: str) -> str:
    if iri == _RDF_TYPE:
        return "a"
    for prefix in _TURTLE_PREFIXES:
        ns = vocab.PREFIXES[prefix]
        if iri.startswith(ns) and _SAFE_LOCAL.match(iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return "<" + iri.replace("\\", "\\u005C").replace(">", "\\u003E") + ">"


def write_inferred(triples: Iterable[Triple], path: Path | str) -> Path:
    """Write the inferred triples as deterministic, sorted Turtle, atomically; returns the path."""
    path = Path(path)
    lines = [
        "# Inferred by the cckg reasoner (HermiT classification, subclass closure, types from",
        "# domains/ranges, inverse relations). Generated: do not edit. Kept apart from the",
        "# asserted data so that a reader can tell what documents say from what was inferred.",
    ]
    lines += [f"@prefix {p}: <{vocab.PREFIXES[p]}> ." for p in _TURTLE_PREFIXES]
    lines.append("")
    by_subject: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in sorted(set(triples)):
        by_subject[s][p].append(o)
    for s, preds in by_subject.items():
        parts = [
            f"{_turtle_term(p)} " + " , ".join(_turtle_term(o) for o in objs)
            for p, objs in preds.items()
        ]
        lines.append(f"{_turtle_term(s)} " + " ;\n    ".join(parts) + " .")
    _write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return path

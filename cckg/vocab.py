"""Namespaces and IRI minting. Plain strings, so the query path never imports rdflib."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

ONTOLOGY_IRI = "https://w3id.org/cckg/ontology"
CCKG = "https://w3id.org/cckg/ontology/"
DATA = "https://w3id.org/cckg/data/"
SHAPES = "https://w3id.org/cckg/shapes/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
OA = "http://www.w3.org/ns/oa#"
BIBO = "http://purl.org/ontology/bibo/"
OBOINOWL = "http://www.geneontology.org/formats/oboInOwl#"
OBO = "http://purl.obolibrary.org/obo/"
SH = "http://www.w3.org/ns/shacl#"
VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
BIOLINK = "https://w3id.org/biolink/vocab/"

PREFIXES: dict[str, str] = {
    "cckg": CCKG,
    "cckgd": DATA,
    "cckgsh": SHAPES,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "oa": OA,
    "bibo": BIBO,
    "oboInOwl": OBOINOWL,
    "obo": OBO,
    "biolink": BIOLINK,
}

# The nine relations of DESIGN §3, plus the extra ones the ontology declares.
RELATIONS: tuple[str, ...] = (
    "treats",
    "located_in",
    "associated_with",
    "has_subtype",
    "has_mechanism",
    "has_feature",
    "has_adverse_effect",
    "has_outcome",
    "mechanism_of_action",
    "indicated_when",
)


def term(local_name: str) -> str:
    """IRI of an ontology term from its local name (``term("treats")``)."""
    return CCKG + local_name


def local_name(iri: str) -> str:
    """Local name of a cckg ontology IRI; the IRI itself for anything else."""
    return iri.removeprefix(CCKG)


def digest(*parts: object, length: int = 16) -> str:
    """Deterministic short hex digest of the parts, for content-derived IRIs."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:length]


def doc_iri(doc_id: str) -> str:
    return f"{DATA}doc/{quote(doc_id, safe='-_.')}"


def sentence_iri(doc_id: str, start: int, end: int) -> str:
    return f"{doc_iri(doc_id)}/sentence/{start}-{end}"


def assertion_iri(doc_id: str, *key: object) -> str:
    return f"{doc_iri(doc_id)}/assertion/{digest(*key)}"


def outcome_iri(doc_id: str, *key: object) -> str:
    return f"{doc_iri(doc_id)}/outcome/{digest(*key)}"


def work_iri(doc_id: str, number: int, *, pmid: str | None = None, doi: str | None = None) -> str:
    """A cited work: shared across documents when it has a PMID or DOI, else local to the citer."""
    if pmid:
        return f"{DATA}work/pmid/{quote(pmid, safe='')}"
    if doi:
        return f"{DATA}work/doi/{quote(doi.lower(), safe='')}"
    return f"{doc_iri(doc_id)}/ref/{number}"

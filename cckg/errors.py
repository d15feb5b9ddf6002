"""The one family of errors cckg raises for bad input; the CLI turns each into one stderr line."""

from __future__ import annotations


class CckgError(Exception):
    """Base of every error caused by the user's input or environment (never by a bug)."""

    exit_code = 2


class InputError(CckgError, ValueError):
    """A document or file that cannot be read: names the file and what is wrong."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class ParameterError(CckgError, ValueError):
    """A query parameter that is unknown, ambiguous or malformed."""


class QueryError(CckgError, ValueError):
    """A stored or ad-hoc query that cannot run (unknown name, syntax error, refused operation)."""


class EndpointError(CckgError, ConnectionError):
    """A remote SPARQL endpoint or store that is down, refuses, or answers badly."""


class ReasonerError(CckgError, RuntimeError):
    """The reasoner could not run (no Java, HermiT failure) or found the ontology inconsistent."""


class InconsistentOntologyError(ReasonerError):
    """HermiT found the ontology (with the data's facts, if given) inconsistent."""

    exit_code = 1


class ValidationFailed(CckgError):
    """Validation found violations; the report says which."""

    exit_code = 1

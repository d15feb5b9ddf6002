"""cckg — the calcinosis cutis knowledge graph.

The Python API is as small as the command line (imported on first use, so start-up stays fast):

>>> import cckg
>>> rows = cckg.query("sites-of-condition", params={"condition": "systemic sclerosis"}).rows  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["build", "facts", "list_queries", "query", "sparql"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from cckg import api

        return getattr(api, name)
    raise AttributeError(f"module 'cckg' has no attribute {name!r}")

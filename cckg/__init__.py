"""cckg — the calcinosis cutis knowledge graph."""

from __future__ import annotations

__version__ = "0.1.0"

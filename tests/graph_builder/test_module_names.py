"""The builder's modules define each top-level name once, so that no later definition of a cue
silently replaces an earlier one that other code relies on."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import cckg.graph_builder as graph_builder
import pytest

MODULES = sorted(Path(graph_builder.__file__).parent.glob("*.py"))


def _assigned_twice(source: str) -> list[str]:
    tree = ast.parse(source)
    names = Counter(
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign)
        for target in node.targets
        if isinstance(target, ast.Name)
    )
    return [n for n, k in names.items() if k > 1]


@pytest.mark.parametrize("module", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_assigned_twice(module):
    assert _assigned_twice(module.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source, twice", [("A = 1\nB = 2\n", []), ("A = 1\nB = 2\nA = 3\n", ["A"])])
def test_the_check_sees_a_second_assignment(source, twice):
    assert _assigned_twice(source) == twice

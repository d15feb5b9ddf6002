"""The cue patterns the relation rules read, on their own."""

from __future__ import annotations

import pytest
from cckg.graph_builder.cues import PRONOUN_START


@pytest.mark.parametrize(
    ("text", "carries"),
    [
        ("It was stopped after two doses.", True),
        ("They caused nausea in three patients.", True),
        # a verdict on the lumps, not on the therapy named before
        ("It sounds very much like an idiopathic calcinosis.", False),
        ("They look like calcium deposits to me.", False),
    ],
)
def test_a_leading_pronoun_carries_the_last_therapy_unless_it_judges_the_lesion(text, carries):
    assert bool(PRONOUN_START.match(text)) is carries

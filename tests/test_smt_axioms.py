"""Every trusted axiom and derivative-table entry, checked numerically against NumPy."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from torchsmt.smt_encodings.axioms import AXIOMS, DERIVATIVES


@pytest.mark.parametrize("ax", AXIOMS, ids=lambda a: a.name)
@settings(max_examples=5, deadline=None)
@given(data=st.data())
def test_axiom_holds_numerically(ax, data):
    pts = [data.draw(hnp.arrays(np.float64, (2000,), elements=st.floats(-8, 8)))
           for _ in range(ax.arity)]
    assert np.all(ax.numeric(*pts))


@pytest.mark.parametrize("name", sorted(DERIVATIVES))
def test_derivative_table(name):
    _, f, d = DERIVATIVES[name]
    rng = np.random.default_rng(0)
    x = rng.uniform(0.2, 3, 3000) if name in ("log", "sqrt") else rng.uniform(-4, 4, 3000)
    h = 1e-6
    np.testing.assert_allclose((f(x + h) - f(x - h)) / (2 * h), d(x), rtol=1e-6, atol=1e-7)


def test_axiom_check_catches_a_false_axiom():
    from dataclasses import replace

    from torchsmt.formal.catalog_extra import _numeric_axiom

    bad = replace(AXIOMS[0], numeric=lambda a, b: np.exp(a) <= np.exp(b))  # drops a <= b
    assert not _numeric_axiom(bad)()

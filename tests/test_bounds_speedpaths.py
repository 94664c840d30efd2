"""The CROWN speed paths give the same numbers as the plain formulas they replace (bit for bit):
mirrored rows [P; -P] through linear maps, the relax step touching only differing columns, the
sparse pass's identity/diagonal Jacobians, tap-major conv2d backward, and the per-graph cache."""

from __future__ import annotations

import numpy as np
import pytest

from torchsmt.bounds import crown
from torchsmt.bounds import engine as E
from torchsmt.ir import GraphBuilder


def _cnn(seed: int, groups: int = 1):
    rng = np.random.default_rng(seed)
    b = GraphBuilder()
    x = b.input((1, 2, 8, 8))
    w1 = rng.normal(size=(4, 2 // groups, 3, 3))
    h = b.op("relu", b.op("conv2d", x, b.const(w1), b.const(rng.normal(size=4) * 0.1),
                          stride=(2, 2), padding=(1, 1), groups=groups))
    h2 = b.op("conv2d", h, b.const(rng.normal(size=(4, 4, 3, 3)) * 0.5),
              b.const(rng.normal(size=4) * 0.1), padding=(1, 1))
    h = b.op("relu", b.op("add", h2, h))  # identity Jacobian in the sparse pass
    h = b.op("mul", h, b.const(rng.uniform(0.5, 2.0, size=(1, 4, 4, 4))))  # a diagonal
    h = b.op("flatten", h)
    h = b.op("relu", b.op("linear", h, b.const(rng.normal(size=(64, 12)) * 0.3),
                          b.const(rng.normal(size=12) * 0.1)))
    out = b.op("linear", h, b.const(rng.normal(size=(12, 3))), b.const(np.zeros(3)))
    x0 = rng.uniform(size=(1, 2, 8, 8))
    return b.build(out), x0 - 0.1, x0 + 0.1


def _plain(monkeypatch, run):
    """``run()`` with the speed paths off: no mirroring, dense relax formula, no graph cache."""
    with monkeypatch.context() as m:
        m.setattr(E.Engine, "_relax_back", lambda *a: None)
        orig = E.Engine.backward

        def full(self, start, a0, alphas=None, record=None):
            return orig(self, start, a0, alphas, {} if record is None else record)

        m.setattr(E.Engine, "backward", full)
        m.setattr(E, "graph_cache", lambda g: {})
        return run()


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("groups", [1, 2])
def test_speed_paths_bit_identical(monkeypatch, seed, groups):
    g, lo, hi = _cnn(seed, groups)
    fast = crown(g, lo, hi)
    plain = _plain(monkeypatch, lambda: crown(g, lo, hi))
    np.testing.assert_array_equal(fast.lower, plain.lower)
    np.testing.assert_array_equal(fast.upper, plain.upper)
    for k, (l, h) in plain.bounds.items():
        np.testing.assert_array_equal(fast.bounds[k][0], l)
        np.testing.assert_array_equal(fast.bounds[k][1], h)
    # sound: the bounds hold at sampled points
    rng = np.random.default_rng(seed)
    for _ in range(20):
        x = rng.uniform(lo, hi)
        y = np.asarray(g.run(x)).reshape(-1)
        assert np.all(fast.lower.reshape(-1) <= y + 1e-9)
        assert np.all(y <= fast.upper.reshape(-1) + 1e-9)


def test_mirror_with_box_batch_and_spec(monkeypatch):
    g, lo, hi = _cnn(3)
    rng = np.random.default_rng(3)
    L = np.stack([lo - 0.05 * k for k in range(3)])
    H = np.stack([hi + 0.05 * k for k in range(3)])
    C = rng.normal(size=(5, 3))
    fast = crown(g, L, H, C=C)
    plain = _plain(monkeypatch, lambda: crown(g, L, H, C=C))
    np.testing.assert_array_equal(fast.lower, plain.lower)
    np.testing.assert_array_equal(fast.upper, plain.upper)


def test_graph_cache_is_per_graph():
    g1, lo, hi = _cnn(0)
    g2, _, _ = _cnn(1)
    assert E.graph_cache(g1) is E.graph_cache(g1)
    assert E.graph_cache(g1) is not E.graph_cache(g2)
    r1 = crown(g1, lo, hi)
    crown(g2, lo, hi)
    np.testing.assert_array_equal(crown(g1, lo, hi).lower, r1.lower)


def test_sparse_identity_and_diagonal_match_matrix_products():
    sp = pytest.importorskip("scipy.sparse")
    from torchsmt.bounds.sparse import _apply

    rng = np.random.default_rng(0)
    a = sp.random(7, 9, density=0.4, format="csr", random_state=1)
    d = rng.normal(size=9)
    for j, mat in ((1, sp.identity(9)), (-1, -sp.identity(9)), (d, sp.diags(d))):
        want = (a @ mat).toarray()
        np.testing.assert_array_equal(_apply(a, j).toarray(), want)
        np.testing.assert_array_equal(np.asarray(_apply(a.toarray(), j)), want)

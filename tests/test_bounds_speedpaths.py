"""The CROWN speed paths give the same numbers as the plain formulas they replace: mirrored rows
[P; -P] through linear maps, the relax step touching only differing columns, the sparse pass's
identity/diagonal Jacobians, tap-major conv2d backward, and the per-graph cache. Equal up to
regrouped float sums (the Gemm product without the all-zero columns, the paired relax step): a
relative 1e-13, where the bounds themselves are not rigorous anyway (certificates are re-derived
by the checker)."""

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


def _close(a, b):
    np.testing.assert_allclose(a, b, rtol=1e-13, atol=1e-13)


def _plain(monkeypatch, run):
    """``run()`` with the speed paths off: no mirroring, dense relax formula, no graph cache, no
    zero-column skipping, no paired sparse pass, no in-place scratch arrays."""
    from torchsmt.bounds import linear, sparse_pair

    with monkeypatch.context() as m:
        m.setattr(E.Engine, "_relax_back", lambda *a: None)
        m.setattr(E, "_relax_pair", lambda *a: None)
        m.setattr(E, "_owned", lambda *a: False)
        m.setattr(linear, "SKIP_ZERO_COLUMNS", False)
        m.setattr(sparse_pair, "backward_paired", lambda *a: None)
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
    _close(fast.lower, plain.lower)
    _close(fast.upper, plain.upper)
    for k, (l, h) in plain.bounds.items():
        _close(fast.bounds[k][0], l)
        _close(fast.bounds[k][1], h)
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
    _close(fast.lower, plain.lower)
    _close(fast.upper, plain.upper)


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


def test_zero_column_skip_matches_full_product(monkeypatch):
    """A wide ReLU MLP with switched-off neurons: the Gemm backward drops all-zero columns."""
    rng = np.random.default_rng(7)
    b = GraphBuilder()
    h = b.input((1, 20))
    for n_in, n_out in ((20, 96), (96, 96)):
        bias = rng.normal(size=n_out) - 1.5  # many neurons off on the whole box
        h = b.op("relu", b.op("linear", h, b.const(rng.normal(size=(n_in, n_out)) / 4),
                              b.const(bias)))
    g = b.build(b.op("linear", h, b.const(rng.normal(size=(96, 4))), b.const(np.zeros(4))))
    x0 = rng.uniform(size=(1, 20))
    fast = crown(g, x0 - 0.3, x0 + 0.3)
    off = [int(np.sum(fast.bounds[n.args[0]][1] <= 0)) for n in g.nodes if n.op == "relu"]
    assert min(off) >= 10  # the skip has columns to drop (<= 90% kept)
    plain = _plain(monkeypatch, lambda: crown(g, x0 - 0.3, x0 + 0.3))
    _close(fast.lower, plain.lower)
    _close(fast.upper, plain.upper)
    for _ in range(200):
        y = np.asarray(g.run(rng.uniform(x0 - 0.3, x0 + 0.3))).reshape(-1)
        assert np.all(fast.lower.reshape(-1) <= y + 1e-9)
        assert np.all(y <= fast.upper.reshape(-1) + 1e-9)

"""Soundness and tightness of IBP / CROWN / alpha-CROWN on networks (10,000 samples + corners).

The networks are built twice with the same weights: batch 1 (bounded) and batch N (the samples run
through the interpreter in one call), so sampling is vectorized and independent of torchsmt.bounds.
"""

from __future__ import annotations

import numpy as np
import pytest

import torchsmt.bounds as tb
from torchsmt.ir import GraphBuilder

N_SAMPLES = 10_000


def build(kind: str, batch: int = 1, seed: int = 0):
    """(graph, lower, upper) for a small network of the given kind (same weights for any batch)."""
    rng = np.random.default_rng(seed)
    b = GraphBuilder()

    def lin(h, n_in, n_out):
        w = rng.normal(size=(n_in, n_out)) * np.sqrt(2.0 / n_in)
        return b.op("linear", h, b.const(w), b.const(rng.normal(size=(n_out,)) * 0.1))

    def conv(h, cin, cout, k=3, s=1, p=1):
        w = rng.normal(size=(cout, cin, k, k)) * np.sqrt(2.0 / (cin * k * k))
        return b.op("conv2d", h, b.const(w), b.const(rng.normal(size=(cout,)) * 0.1),
                    stride=(s, s), padding=(p, p))

    if kind in ("mlp", "tanh_sigmoid", "leaky_abs"):
        x = b.input((batch, 6))
        acts = {"mlp": ("relu", "relu", "relu"), "tanh_sigmoid": ("tanh", "sigmoid", "tanh"),
                "leaky_abs": ("leaky_relu", "abs", "relu")}[kind]
        h, n = x, 6
        for act in acts:
            h = lin(h, n, 12)
            n = 12
            h = b.op(act, h, negative_slope=0.1) if act == "leaky_relu" else b.op(act, h)
        out = lin(h, n, 4)
        shape, eps = (batch, 6), 0.3
    elif kind == "cnn":
        x = b.input((batch, 1, 8, 8))
        h = b.op("relu", conv(x, 1, 4, 4, 2, 1))
        h = b.op("relu", conv(h, 4, 6, 3, 2, 1))
        h = b.op("flatten", h)
        h = b.op("relu", lin(h, 6 * 2 * 2, 10))
        out = lin(h, 10, 4)
        shape, eps = (batch, 1, 8, 8), 0.1
    elif kind == "residual":
        x = b.input((batch, 2, 5, 5))
        h0 = b.op("relu", conv(x, 2, 3))
        h = b.op("relu", conv(h0, 3, 3))
        h = b.op("add", conv(h, 3, 3), h0)
        h = b.op("flatten", b.op("relu", h))
        out = lin(h, 3 * 25, 4)
        shape, eps = (batch, 2, 5, 5), 0.1
    elif kind == "pool_bn":
        x = b.input((batch, 2, 6, 6))
        h = conv(x, 2, 3)
        c = 3
        h = b.op("batchnorm", h, b.const(rng.uniform(0.5, 2, c)), b.const(rng.normal(size=c)),
                 b.const(rng.normal(size=c) * 0.1), b.const(rng.uniform(0.5, 2, c)))
        h = b.op("relu", h)
        h = b.op("maxpool2d", h, kernel_size=(2, 2), stride=(2, 2))
        h = b.op("avgpool2d", b.op("relu", conv(h, 3, 3)), kernel_size=(2, 2), stride=(1, 1))
        h = b.op("flatten", h)
        out = b.op("softmax", lin(h, 3 * 4, 4), axis=-1)
        shape, eps = (batch, 2, 6, 6), 0.1
    elif kind == "bn":
        x = b.input((batch, 2, 6, 6))
        h = conv(x, 2, 3)
        h = b.op("batchnorm", h, b.const(rng.uniform(0.5, 2, 3)), b.const(rng.normal(size=3)),
                 b.const(rng.normal(size=3) * 0.1), b.const(rng.uniform(0.5, 2, 3)))
        h = b.op("relu", conv(b.op("relu", h), 3, 3))
        out = lin(b.op("flatten", h), 3 * 36, 4)
        shape, eps = (batch, 2, 6, 6), 0.1
    elif kind == "maxpool":  # overlapping, padded windows, then strided ones
        x = b.input((batch, 2, 6, 6))
        h = b.op("maxpool2d", conv(x, 2, 3), kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
        h = b.op("maxpool2d", b.op("relu", h), kernel_size=(2, 2), stride=(2, 2))
        out = lin(b.op("flatten", h), 3 * 9, 4)
        shape, eps = (batch, 2, 6, 6), 0.15
    else:
        raise ValueError(kind)
    g = b.build(out)
    x0 = np.random.default_rng(seed + 1).uniform(-1, 1, size=(1,) + shape[1:])
    return g, x0 - eps, x0 + eps


def samples(lo: np.ndarray, hi: np.ndarray, n: int = N_SAMPLES, seed: int = 3) -> np.ndarray:
    """n uniform points of the box plus up to 1,000 corners (all of them for small inputs)."""
    rng = np.random.default_rng(seed)
    d = lo.size
    pts = rng.uniform(lo.reshape(-1), hi.reshape(-1), size=(n, d))
    if d <= 10:
        bits = ((np.arange(2 ** d)[:, None] >> np.arange(d)) & 1).astype(bool)
    else:
        bits = rng.integers(0, 2, size=(1000, d)).astype(bool)
    corners = np.where(bits, hi.reshape(-1), lo.reshape(-1))
    return np.concatenate([pts, corners])


def outputs(kind: str, pts: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    gb, _, _ = build(kind, batch=len(pts))
    return np.asarray(gb.run(pts.reshape((len(pts),) + shape[1:])))


KINDS = ["mlp", "tanh_sigmoid", "leaky_abs", "cnn", "residual", "pool_bn", "maxpool", "bn"]


@pytest.mark.parametrize("kind", KINDS)
def test_network_bounds_enclose_samples(kind):
    g, lo, hi = build(kind)
    pts = samples(lo, hi)
    ys = outputs(kind, pts, lo.shape).reshape(len(pts), -1)
    tol = 1e-9 * (1 + np.abs(ys).max())
    res = {"ibp": tb.ibp(g, lo, hi), "crown": tb.crown(g, lo, hi),
           "crown-ibp": tb.crown(g, lo, hi, intermediate="ibp"),
           "alpha": tb.alpha_crown(g, lo, hi, iters=8)}
    for name, r in res.items():
        l, u = r.lower.reshape(-1), r.upper.reshape(-1)
        assert np.all(ys >= l - tol), f"{kind} {name}: lower bound above a sample"
        assert np.all(ys <= u + tol), f"{kind} {name}: upper bound below a sample"
    w = {k: np.sum(r.upper - r.lower) for k, r in res.items()}
    assert w["crown"] <= w["ibp"] + 1e-9
    assert w["alpha"] <= w["crown"] + 1e-9


@pytest.mark.parametrize("kind", ["mlp", "cnn", "residual"])
def test_spec_rows_and_alpha_never_looser(kind):
    g, lo, hi = build(kind)
    rng = np.random.default_rng(5)
    C = rng.normal(size=(3, 4))
    pts = samples(lo, hi, 2000)
    ys = outputs(kind, pts, lo.shape).reshape(len(pts), -1) @ C.T
    cr = tb.crown(g, lo, hi, C=C)
    al = tb.alpha_crown(g, lo, hi, C=C, iters=10)
    assert cr.lower.shape == (3,)
    assert np.all(al.lower >= cr.lower) and np.all(al.upper <= cr.upper)
    for r in (cr, al, tb.ibp(g, lo, hi, C=C)):
        assert np.all(ys >= r.lower - 1e-9) and np.all(ys <= r.upper + 1e-9)


def test_batch_of_boxes_equals_one_by_one():
    g, lo, hi = build("cnn")
    rng = np.random.default_rng(7)
    shift = rng.uniform(-0.2, 0.2, size=(3,) + lo.shape)
    los, his = lo[None] + shift, hi[None] + shift
    for f in (tb.ibp, tb.crown):
        batch = f(g, los, his)
        for i in range(3):
            one = f(g, los[i], his[i])
            np.testing.assert_allclose(batch.lower[i], one.lower, rtol=1e-10, atol=1e-10)
            np.testing.assert_allclose(batch.upper[i], one.upper, rtol=1e-10, atol=1e-10)


def test_per_node_bounds_are_plain_dicts_and_enclose_activations():
    g, lo, hi = build("mlp")
    r = tb.crown(g, lo, hi)
    assert isinstance(r.bounds, dict) and set(r.bounds) == {n.id for n in g.nodes}
    pts = samples(lo, hi, 500)
    for p in pts[:50]:
        _, env = g.run(p.reshape(lo.shape), return_all=True)
        for nid, (l, u) in r.bounds.items():
            assert np.all(env[nid] >= l - 1e-9) and np.all(env[nid] <= u + 1e-9)


def test_matches_hand_computed_relu_example():
    # y = relu(x1 + x2) - relu(x1 - x2) on [-1, 1]^2: interval [-2, 2]; CROWN is tighter.
    b = GraphBuilder()
    x = b.input((2,))
    h = b.op("relu", b.op("matmul", b.const(np.array([[1.0, 1.0], [1.0, -1.0]])), x))
    out = b.op("matmul", b.const(np.array([[1.0, -1.0]])), h)
    g = b.build(out)
    r_i = tb.ibp(g, -np.ones(2), np.ones(2))
    np.testing.assert_allclose([r_i.lower[0], r_i.upper[0]], [-2, 2])
    r_c = tb.crown(g, -np.ones(2), np.ones(2))
    assert -2 <= r_c.lower[0] and r_c.upper[0] <= 2


def test_bad_inputs_raise_typed_errors():
    from torchsmt.ir import ShapeError

    g, lo, hi = build("mlp")
    with pytest.raises(ShapeError):
        tb.crown(g, lo[..., :3], hi[..., :3])
    with pytest.raises(ShapeError):
        tb.crown(g, hi, lo)
    with pytest.raises(ShapeError):
        tb.crown(g, lo, hi, C=np.ones((2, 5)))
    with pytest.raises(ShapeError):
        tb.crown(g, lo, hi, intermediate="lp")


@pytest.mark.parametrize("kind", ["cnn", "residual", "pool_bn", "maxpool"])
def test_sparse_rows_equal_dense_rows(kind, monkeypatch):
    from torchsmt.bounds.engine import Engine

    g, lo, hi = build(kind)
    fast = tb.crown(g, lo, hi)
    monkeypatch.setattr(Engine, "use_sparse", False)
    dense = tb.crown(g, lo, hi)
    np.testing.assert_allclose(fast.lower, dense.lower, rtol=1e-9, atol=1e-9)
    np.testing.assert_allclose(fast.upper, dense.upper, rtol=1e-9, atol=1e-9)
    for nid, (l, u) in dense.bounds.items():
        np.testing.assert_allclose(fast.bounds[nid][0], l, rtol=1e-9, atol=1e-9)
        np.testing.assert_allclose(fast.bounds[nid][1], u, rtol=1e-9, atol=1e-9)

"""Per-op soundness: for every registered op with bound rules, IBP, CROWN and alpha-CROWN bounds
of a one-op graph (first argument the input box, the others constants) enclose 10,000 sampled points
and the box corners. Samples come from the contract-test table (tests/samples.py)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from samples import SAMPLES

import torchsmt.bounds as tb
from torchsmt.bounds.batching import bapply
from torchsmt.ir import REGISTRY, GraphBuilder, MissingRuleError

POSITIVE = {"log", "sqrt", "rsqrt"}  # keep the box on the same side of 0 as the sample
INTERNAL = {"conv2d_transpose", "conv2d_weight_grad", "maxpool2d_select", "maxpool2d_scatter",
            "avgpool2d_transpose", "reduce_max_mask", "slice_transpose", "sum_to", "ge", "step",
            "sign"}  # gradient-only or piecewise-constant ops: no bounds are promised for them
OPS = sorted(op for op in SAMPLES if op in REGISTRY.names() and op not in INTERNAL)


def _graph(op, args, params):
    b = GraphBuilder()
    x = b.input(np.shape(args[0]))
    rest = [b.const(a) for a in args[1:]]
    return b.build(b.op(op, x, *rest, **params))


def _box(op, x, rng):
    u1, u2 = rng.uniform(0, 1, x.shape), rng.uniform(0, 1, x.shape)
    w = 0.5 * np.abs(x) * u1 + (0 if op in POSITIVE else 0.3 * u2)
    return x - w, x + w


def _points(lo, hi, rng, n=10_000):
    d = lo.size
    pts = rng.uniform(lo.reshape(-1), hi.reshape(-1), size=(n, d))
    bits = rng.integers(0, 2, size=(min(2 ** d, 1024), d)).astype(bool)
    return np.concatenate([pts, np.where(bits, hi.reshape(-1), lo.reshape(-1))])


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@pytest.mark.parametrize("op", OPS)
@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_op_bounds_enclose_samples(op, data):
    args, params = data.draw(SAMPLES[op])
    args = [np.asarray(a, dtype=np.float64) for a in args]
    g = _graph(op, args, params)
    rng = np.random.default_rng(0)
    lo, hi = _box(op, args[0], rng)
    pts = _points(lo, hi, rng)
    n = g.node(g.outputs[0])
    impl = REGISTRY[op].impl
    fn = lambda *v: impl(np, *v, **n.p)  # noqa: E731
    ys = bapply(fn, g, n, [pts.reshape((len(pts),) + args[0].shape)] + args[1:],
                [True] + [False] * (len(args) - 1), len(pts))
    for p, y in zip(pts[:3], ys[:3], strict=True):  # batched evaluation == the interpreter
        want = g.run(p.reshape(args[0].shape))
        np.testing.assert_allclose(y, want, rtol=1e-12, atol=1e-12)
    ys = ys.reshape(len(pts), -1)
    if ys.size == 0:
        return
    tol = 1e-9 * (1 + np.abs(ys).max())
    try:
        results = [tb.ibp(g, lo, hi), tb.crown(g, lo, hi), tb.alpha_crown(g, lo, hi, iters=4)]
    except MissingRuleError as e:
        pytest.skip(str(e))
    for r in results:
        assert np.all(ys >= r.lower.reshape(-1) - tol), f"{op}: lower bound above a sample"
        assert np.all(ys <= r.upper.reshape(-1) + tol), f"{op}: upper bound below a sample"

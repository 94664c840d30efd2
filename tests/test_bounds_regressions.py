"""Regressions found by the red-team review in the bound engine (bounds/engine.py, linear.py)."""

import warnings

import numpy as np

from torchsmt.bounds import crown, ibp
from torchsmt.ir import GraphBuilder


def test_batchnorm_slope_survives_large_mean_and_bias():
    # (x - 1e17) * 1 + 1e17: impl(1) - impl(0) cancels to slope 0; the real map is the identity.
    b = GraphBuilder()
    x = b.input((1, 1))
    c = lambda v: b.const(np.array([v]))  # noqa: E731
    y = b.op("batchnorm", x, c(1.0), c(1e17), c(1e17), c(1.0), eps=0.0)
    g = b.build(b.op("reshape", b.op("relu", y), shape=(1,)))
    lo, hi = np.array([[0.0]]), np.array([[1000.0]])
    for f in (ibp, crown):
        r = f(g, lo, hi)
        assert r.lower[0] <= 0.0 and r.upper[0] >= 1000.0, (f.__name__, r.lower, r.upper)


def test_infinite_intercepts_never_make_nan_bounds():
    # log at l = 0 has an infinite intercept; 0 * inf must not turn into a NaN node bound.
    b = GraphBuilder()
    x = b.input((2,))
    h = b.op("log", x)
    z = b.op("add", b.op("matmul", b.const(np.array([[1.0, 0.0], [0.0, 0.0]])), h),
             b.const(np.full(2, 5.0)))
    g = b.build(b.op("relu", z))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        r = crown(g, np.zeros(2), np.ones(2))
    for lo, hi in r.bounds.values():
        assert not np.any(np.isnan(lo)) and not np.any(np.isnan(hi))
    assert r.upper[1] >= 5.0 and r.lower[1] <= 5.0


def test_constant_weight_interval_holds_under_cancellation():
    # Terms 1e17, 1000, -1e17 summed in float give 992 or 1008; the real sum 1000 must be inside.
    b = GraphBuilder()
    x = b.input((3,))
    g = b.build(b.op("matmul", b.const(np.array([[1.0, 1.0, 1.0]])), x))
    pt = np.array([1e17, 1000.0, -1e17])
    r = ibp(g, pt, pt)
    from fractions import Fraction

    exact = sum(Fraction(float(v)) for v in pt)
    assert Fraction(float(r.lower[0])) <= exact <= Fraction(float(r.upper[0]))

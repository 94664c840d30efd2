"""Kink conventions of the elementwise ops, and soundness/tightness of every ``relax`` rule.

Relaxations are checked by dense sampling over a grid of (l, u) pairs spanning degenerate, tiny,
ordinary, very wide and far-out intervals (up to 1e300), by hypothesis-drawn intervals, with the
alpha-CROWN slopes (including out-of-range ones, which must be clipped), and with infinite ends.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from torchsmt.ir import REGISTRY, EagerEmitter

RELAX_OPS = sorted(op.name for op in REGISTRY if op.has("relax"))
DOMAIN = {"log": 0.0, "sqrt": 0.0, "rsqrt": 0.0}  # lower end of the domain (log, rsqrt: exclusive)
MAGS = [0.0, 1e-300, 1e-8, 1e-3, 0.1, 0.5, 1.0, 2.0, 5.0, 20.0, 100.0, 1e4, 1e8, 1e150, 1e300]
GRID = sorted({s * m for m in MAGS for s in (-1.0, 1.0)})


def _f(name, x, **p):
    with np.errstate(all="ignore"):
        return REGISTRY[name].impl(np, x, **p)


def _params(name):
    return [{"negative_slope": c} for c in (0.0, 0.01, 0.3, 1.0)] if name == "leaky_relu" else [{}]


def _check_lines(name, l, u, n=257, **kw):
    """Every line holds at dense points of [l, u] (endpoints included); returns the lines."""
    p = {k: v for k, v in kw.items() if k != "alpha"}
    with np.errstate(all="ignore"):
        lines = REGISTRY[name].relax(np, l, u, **kw)
    a_lo, b_lo, a_up, b_up = (np.broadcast_to(v, l.shape) for v in lines)
    for v in (a_lo, b_lo, a_up, b_up):
        assert not np.any(np.isnan(v)), f"{name}: NaN in a line"
    t = np.linspace(0.0, 1.0, n)[:, None]
    lo_f, hi_f = np.where(np.isfinite(l), l, -1e300), np.where(np.isfinite(u), u, 1e300)
    xs = np.concatenate([lo_f * (1 - t) + hi_f * t,  # never overflows, hits both ends
                         np.clip(np.array([[0.0], [1e-9], [-1e-9]]), lo_f, hi_f)])
    with np.errstate(all="ignore"):
        fx = _f(name, xs, **p)
        lo_line, hi_line = a_lo * xs + b_lo, a_up * xs + b_up
    ok = np.isfinite(fx)
    scale = 1 + np.abs(fx) + np.abs(np.where(np.isfinite(lo_line), a_lo * xs, 0)) + np.abs(b_lo)
    scale_up = 1 + np.abs(fx) + np.abs(np.where(np.isfinite(hi_line), a_up * xs, 0)) + np.abs(b_up)
    with np.errstate(all="ignore"):
        bad_lo = ok & ~(lo_line <= fx + 1e-9 * scale)
        bad_up = ok & ~(fx <= hi_line + 1e-9 * scale_up)
    for bad, which in ((bad_lo, "lower"), (bad_up, "upper")):
        if np.any(bad):
            i, j = np.argwhere(bad)[0]
            raise AssertionError(f"{name} {kw}: {which} line fails at x={xs[i, j]!r} in "
                                 f"[{l[j]!r}, {u[j]!r}]: f={fx[i, j]!r}, lines "
                                 f"{(a_lo[j], b_lo[j], a_up[j], b_up[j])}")
    return a_lo, b_lo, a_up, b_up


def _grid(name):
    lo = DOMAIN.get(name)
    vals = [v for v in GRID if lo is None or v > lo]
    pairs = [(a, b) for a in vals for b in vals if a <= b]
    return np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])


@pytest.mark.parametrize("name", RELAX_OPS)
def test_relax_sound_on_grid(name):
    l, u = _grid(name)
    for p in _params(name):
        _check_lines(name, l, u, **p)


@pytest.mark.parametrize("name", RELAX_OPS)
@settings(max_examples=40, deadline=None, derandomize=True)
@given(data=st.data())
def test_relax_sound_hypothesis(name, data):
    lo = DOMAIN.get(name)
    fl = st.floats(-1e6 if lo is None else 1e-6, 1e6, allow_nan=False)
    n = data.draw(st.integers(1, 8))
    a = np.array(data.draw(st.lists(fl, min_size=n, max_size=n)))
    b = np.array(data.draw(st.lists(fl, min_size=n, max_size=n)))
    p = data.draw(st.sampled_from(_params(name)))
    _check_lines(name, np.minimum(a, b), np.maximum(a, b), n=129, **p)


@pytest.mark.parametrize("name,alphas", [("relu", [0.0, 0.3, 1.0, -0.5, 2.0]),
                                         ("leaky_relu", [0.0, 0.1, 0.5, 1.0, 3.0]),
                                         ("abs", [-1.0, -0.4, 0.0, 0.7, 1.0, -3.0, 3.0])])
def test_relax_alpha_is_sound_and_clipped(name, alphas):
    l, u = _grid(name)
    for p in _params(name)[:2]:
        for alpha in alphas:
            a_lo, *_ = _check_lines(name, l, u, alpha=np.full(l.shape, alpha), **p)
            unstable = (l < 0) & (u > 0)
            lo = {"relu": 0.0, "abs": -1.0}.get(name, p.get("negative_slope"))
            assert np.all(a_lo[unstable] == np.clip(alpha, lo, 1.0))


@pytest.mark.parametrize("name", RELAX_OPS)
def test_relax_infinite_ends_are_sound(name):
    lo = DOMAIN.get(name)
    base = 1.0 if lo is not None else -2.0
    l = np.array([-np.inf if lo is None else 0.0, base, -np.inf if lo is None else 0.5])
    u = np.array([3.0, np.inf, np.inf])
    for p in _params(name):
        _check_lines(name, l, u, **p)


@pytest.mark.parametrize("name", RELAX_OPS)
def test_relax_is_tight_on_a_point(name):
    """l == u: both lines pass through (l, f(l)) (the relaxation loses nothing)."""
    x = np.array([0.3, 1.0, 2.5, 7.0] + ([] if name in DOMAIN else [-0.3, -1.0, -2.5, -7.0]))
    for p in _params(name):
        a_lo, b_lo, a_up, b_up = REGISTRY[name].relax(np, x, x.copy(), **p)
        fx = _f(name, x, **p)
        np.testing.assert_allclose(a_lo * x + b_lo, fx, rtol=1e-12, atol=1e-12)
        np.testing.assert_allclose(a_up * x + b_up, fx, rtol=1e-12, atol=1e-12)


def test_relu_relax_is_crown():
    l, u = np.array([-1.0, -3.0, 0.5, -2.0]), np.array([3.0, 1.0, 2.0, -0.5])
    a_lo, b_lo, a_up, b_up = REGISTRY["relu"].relax(np, l, u)
    np.testing.assert_array_equal(a_lo, [1.0, 0.0, 1.0, 0.0])  # adaptive; stable: exact
    np.testing.assert_allclose(a_up, [0.75, 0.25, 1.0, 0.0])  # chord u / (u - l)
    np.testing.assert_allclose(b_up, [0.75, 0.75, 0.0, 0.0])  # -l * u / (u - l)
    np.testing.assert_array_equal(b_lo, 0.0)


@pytest.mark.parametrize("name", ["tanh", "sigmoid"])
def test_s_shape_upper_touches_the_left_end_in_mixed_intervals(name):
    """Mixed [l, u] with a steep left part: the upper line is the tangent through (l, f(l))."""
    l, u = np.array([-3.0, -1.0]), np.array([4.0, 2.0])
    a_lo, b_lo, a_up, b_up = REGISTRY[name].relax(np, l, u)
    np.testing.assert_allclose(a_up * l + b_up, _f(name, l), atol=1e-9)
    np.testing.assert_allclose(a_lo * u + b_lo, _f(name, u), atol=1e-9)


# -- kink conventions ------------------------------------------------------------------------------
def _grads(name, *args, **params):
    op, e = REGISTRY[name], EagerEmitter()
    args = [np.asarray(a, np.float64) for a in args]
    out = op.impl(np, *args, **op.bind_params(params))
    g = np.ones_like(out)
    cts = op.vjp(e, g, out, *args, **op.bind_params(params))
    jv = [op.jvp(e, [np.ones_like(a) if j == i else None for j, a in enumerate(args)], out,
                 *args, **op.bind_params(params)) for i in range(len(args))]
    return cts, jv


@pytest.mark.parametrize("name,expected", [("relu", [0.0, 0.0, 1.0]), ("abs", [-1.0, 0.0, 1.0]),
                                           ("leaky_relu", [0.01, 0.01, 1.0]),
                                           ("step", None), ("sign", None)])
def test_unary_kink_convention(name, expected):
    (ct,), (jv,) = _grads(name, [-1.0, 0.0, 1.0])
    if expected is None:  # piecewise constant: no gradient at all
        assert ct is None and jv is None
    else:
        np.testing.assert_array_equal(ct, expected)
        np.testing.assert_array_equal(jv, expected)


def test_leaky_relu_kink_uses_its_slope():
    (ct,), _ = _grads("leaky_relu", [0.0], negative_slope=0.3)
    np.testing.assert_allclose(ct, [0.3])


@pytest.mark.parametrize("name", ["maximum", "minimum"])
def test_ties_send_the_whole_gradient_to_the_first_argument(name):
    a, b = np.array([1.0, 2.0, 3.0]), np.array([1.0, 5.0, 0.0])
    (ga, gb), (ja, jb) = _grads(name, a, b)
    first = (a >= b) if name == "maximum" else (a <= b)
    np.testing.assert_array_equal(ga, first.astype(float))
    np.testing.assert_array_equal(gb, 1.0 - first)
    np.testing.assert_array_equal(ja, first.astype(float))
    np.testing.assert_array_equal(jb, 1.0 - first)
    # broadcast tie: a scalar b equal to every a entry gets nothing
    (ga, gb), _ = _grads(name, np.array([2.0, 2.0]), np.array(2.0))
    np.testing.assert_array_equal(ga, [1.0, 1.0])
    assert gb.shape == () and gb == 0.0


def test_ge_has_no_gradient_and_ties_count_as_true():
    out = REGISTRY["ge"].impl(np, np.array([1.0, 2.0, 3.0]), np.array(2.0))
    np.testing.assert_array_equal(out, [0.0, 1.0, 1.0])
    (ga, gb), (ja, jb) = _grads("ge", [1.0, 2.0], [2.0, 2.0])
    assert ga is None and gb is None and ja is None and jb is None


def test_leaky_relu_slope_outside_unit_interval_is_a_shape_error():
    from torchsmt.ir import GraphBuilder, ShapeError

    b = GraphBuilder()
    x = b.input((3,))
    with pytest.raises(ShapeError, match="negative_slope"):
        b.op("leaky_relu", x, negative_slope=-0.5)

"""Regression tests of the red-team review (tests/test_redteam_rules.py): one per unsound case
found in an interval or relax rule, named after it, plus exact-arithmetic checks of the bilinear
rule under cancellation and of the directed-rounding helpers the piecewise-linear rules use."""

from __future__ import annotations

import itertools
from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_redteam_rules import (
    BIG,
    INF,
    RELAX_PARAMS,
    SET,
    _impl,
    _interval,
    _lines,
    assert_encloses,
    check_lines_exact,
    check_lines_float,
)


# -- regressions: each unsound case found, by name -------------------------------------------------
def _pt(name, lows, highs, point, params=None):
    params = params or {}
    lo, hi = _interval(name, [np.asarray(v, float) for v in lows],
                       [np.asarray(v, float) for v in highs], params)
    y = _impl(name, [np.asarray(v, float) for v in point], params)
    assert not np.any(np.isnan(lo) | np.isnan(hi)), (name, lo, hi)
    assert_encloses(name, np.broadcast_to(lo, y.shape), np.broadcast_to(hi, y.shape), y)
    return lo, hi


def test_div_by_a_subnormal_does_not_overflow_the_reciprocal():
    # was a * [1/ub, 1/lb]: 1/1e-309 = inf, so [inf, inf] for a / b = 1e299
    lo, hi = _pt("div", [[1e-10], [1e-309]], [[1e-10], [1e-309]], [[1e-10], [1e-309]])
    assert np.isfinite(lo).all()
    _pt("div", [[-1.0], [1e-320]], [[2.0], [1.0]], [[-1.0], [1e-320]])
    _pt("div", [[1.0], [-INF]], [[INF], [-1.0]], [[3.0], [-1.0]])  # inf/inf corners
    lo, hi = _pt("div", [[1.0], [-1.0]], [[2.0], [1.0]], [[1.0], [0.5]])
    assert lo[0] == -INF and hi[0] == INF  # denominator straddles 0


def test_rsqrt_interval_has_no_floor_on_x_plus_eps():
    # was 1/sqrt(max(lo + eps, 1e-300)) <= 1e150, while rsqrt(1e-310) = 1e155
    lo, hi = _pt("rsqrt", [[1e-310]], [[1.0]], [[1e-310]], {"eps": 0.0})
    assert hi[0] > 1e155
    lo, hi = _pt("rsqrt", [[-1e-5]], [[1.0]], [[0.5]], {"eps": 1e-5})
    assert hi[0] == INF


def test_leaky_relu_interval_at_infinite_ends_and_outward_rounding():
    # was impl at the ends: 0 * -inf = NaN for slope 0; fl(c * l) above the real c * l
    lo, hi = _interval("leaky_relu", [np.array([-INF, -3.0])], [np.array([INF, -3.0])],
                       {"negative_slope": 0.0})
    assert not np.isnan(lo).any() and not np.isnan(hi).any()
    lo, hi = _interval("leaky_relu", [np.array([-3.0])], [np.array([-3.0])],
                       {"negative_slope": 0.01})
    assert Fraction(float(lo[0])) <= Fraction(0.01) * -3 <= Fraction(float(hi[0]))


def test_layernorm_interval_with_huge_deviations():
    one, zero = np.ones(2), np.zeros(2)
    # (1) t * t overflowed in h(t) = t / sqrt(t^2 / (D - 1) + eps): |z_0| <= 0 was claimed
    _pt("layernorm", [[-1e-8, -1e300], one, zero], [[-1e-300, BIG], one, zero],
        [[-1e-8, 0.0], one, zero])
    # (2) one infinite deviation bound in the row disabled the scaling of the others
    _pt("layernorm", [[1e150, -BIG], one, zero], [[1e150, -1.0], one, zero],
        [[1e150, -1.0], one, zero])
    # (3) impl's sum of squares overflows to inf and gives z = 0: enclosed too
    x = np.array([1e300, -1e300, 2e299])
    _pt("layernorm", [x, np.ones(3), np.zeros(3)], [x * 1.5, np.ones(3), np.zeros(3)],
        [x, np.ones(3), np.zeros(3)])


def test_bilinear_mid_radius_with_odd_subnormals():
    # 5e-324 / 2 rounds to 0: mid 0, radius 0, and [0, 0] for 1e8 * 5e-324
    lo, hi = _pt("matmul", [[5e-324, 3 * 5e-324], [[1e8], [1e8]]],
                 [[5e-324, 3 * 5e-324], [[1e8], [1e8]]], [[5e-324, 3 * 5e-324], [[1e8], [1e8]]])
    assert hi[0] > 0


def test_linear_beta_zero_drops_an_unbounded_c():
    p = {"beta": 0.0, "alpha": 0.0}
    lo, hi = _pt("linear", [[[1.0]], [[1.0]], [-INF]], [[[2.0]], [[1.0]], [INF]],
                 [[[1.5]], [[1.0]], [3.0]], p)
    assert lo[0, 0] == 0.0 and hi[0, 0] == 0.0


def test_batchnorm_interval_unbounded_scale_and_variance_is_not_nan():
    x = [np.zeros((1, 1)), [-INF], [0.0], [0.0], [1.0]]
    hx = [np.ones((1, 1)), [INF], [0.0], [0.0], [INF]]
    lo, hi = _pt("batchnorm", x, hx, [np.ones((1, 1)), [2.0], [0.0], [0.0], [4.0]])
    # variance reaching -eps: unbounded
    lo, hi = _interval("batchnorm", [np.ones((1, 1)), [1.0], [0.0], [0.0], [-1.0]],
                       [np.ones((1, 1)), [1.0], [0.0], [0.0], [1.0]], {"eps": 1e-5})
    assert lo[0, 0] == -INF and hi[0, 0] == INF


def test_sigmoid_lower_line_in_the_left_tail():
    # was 2c - (upper line of the reflection): 1 - fl(sigmoid(20)) is 7e-17 above sigmoid(-20)
    for x in (-20.0, -30.0, -36.0):
        l = np.array([x])
        check_lines_float("sigmoid", l, l.copy(), {})
        check_lines_float("sigmoid", l, np.array([x + 5.0]), {})


def test_rsqrt_relax_with_a_subnormal_tangent_slope():
    # slope -0.5 f(m)^3 underflowed to -0.0 at m = 5e299: a horizontal line through f(m)
    check_lines_float("rsqrt", np.array([1e-300, 5e-324]), np.array([1e300, 1e300]), {})
    a_lo, b_lo, a_up, b_up = _lines("rsqrt", np.array([-1.0]), np.array([3.0]), eps=0.5)
    assert b_up[0] == INF and np.isfinite(b_lo[0])  # reaches -eps: no finite upper line


@pytest.mark.parametrize("name", ["relu", "leaky_relu", "abs"])
def test_pwl_chord_intercept_is_exact(name):
    # the chord intercept computed as max(-s l, u - s u) in floats missed f(u) by 1 ulp
    l, u = np.array([-13.0, -1.0, -9.0, -0.1]), np.array([4.0, 1.0, 16.0, 0.7])
    for p in RELAX_PARAMS.get(name, [{}]):
        check_lines_exact(name, l, u, p)


def test_bilinear_interval_exact_under_cancellation():
    """mid-radius in floats: f(mA, mB) carries ~n eps sum|terms| of rounding, far more than the
    width of a narrow box when the products cancel; the exact value at every corner is enclosed."""
    rng = np.random.default_rng(7)
    for _ in range(150):
        k = int(rng.integers(2, 6))
        a = rng.normal(size=(1, k)) * 10.0 ** rng.integers(-3, 9, size=(1, k))
        b = rng.normal(size=(k, 1)) * 10.0 ** rng.integers(-3, 9, size=(k, 1))
        b[-1, 0] = -(a[0, :-1] @ b[:-1, 0]) / a[0, -1]  # a @ b ~ 0
        r = 1e-12 * rng.uniform(size=b.shape)
        for name, p in (("matmul", {}), ("linear", {"transB": 1})):
            bw = b.T if p else b
            rw = r.T if p else r
            lo, hi = _interval(name, [a, bw - rw], [a, bw + rw], p)
            lo_q, hi_q = Fraction(float(lo.flat[0])), Fraction(float(hi.flat[0]))
            for bits in itertools.product([0, 1], repeat=k):
                bb = np.where(np.array(bits)[:, None] == 1, b + r, b - r)
                v = sum(Fraction(float(a[0, i])) * Fraction(float(bb[i, 0])) for i in range(k))
                assert lo_q <= v <= hi_q, (name, k, bits)


@SET
@given(st.lists(st.tuples(st.floats(allow_nan=False, allow_infinity=False),
                          st.floats(allow_nan=False, allow_infinity=False)), min_size=1,
                max_size=20))
def test_directed_rounding_helpers_are_exact_bounds(pairs):
    from torchsmt.ir.ops.common import add_dir, mul_dir

    a = np.array([p[0] for p in pairs])
    b = np.array([p[1] for p in pairs])
    for fn, op in ((mul_dir, lambda x, y: x * y), (add_dir, lambda x, y: x + y)):
        up, down = fn(np, a, b, True), fn(np, a, b, False)
        for i in range(a.size):
            exact = op(Fraction(float(a[i])), Fraction(float(b[i])))
            assert up[i] == INF or Fraction(float(up[i])) >= exact, (fn.__name__, a[i], b[i])
            assert down[i] == -INF or Fraction(float(down[i])) <= exact, (fn.__name__, a[i], b[i])
            # exact results stay exact where the residual is computable (moderate magnitudes)
            with np.errstate(over="ignore"):
                plain = op(a[i], b[i])
            moderate = max(abs(a[i]), abs(b[i])) < 1e140 and (abs(plain) > 1e-280 or plain == 0)
            if moderate and Fraction(float(plain)) == exact:
                assert up[i] == plain == down[i], (fn.__name__, a[i], b[i])


@pytest.mark.parametrize("name,params", [("reduce_sum", {"axes": (0,)}),
                                         ("reduce_mean", {"axes": (0,)}),
                                         ("sum_to", {"shape": (1,)})])
def test_sums_enclose_the_real_sum_under_cancellation(name, params):
    # impl on the bounds is float-sound only: [1e17, 1000, -1e17] sums to 992 or 1008 in floats
    x = np.array([1e17, 1000.0, -1e17])
    lo, hi = _interval(name, [x], [x], params)
    exact = (Fraction(1e17) + 1000 - Fraction(1e17)) / (3 if name == "reduce_mean" else 1)
    assert Fraction(float(np.ravel(lo)[0])) <= exact <= Fraction(float(np.ravel(hi)[0]))
    ints = np.array([3.0, -2.0, 7.0])  # exact integer sums are not widened
    lo, hi = _interval(name, [ints], [ints], params)
    assert np.ravel(lo)[0] == np.ravel(hi)[0]


def test_avgpool_encloses_the_real_window_mean_under_cancellation():
    x = np.array([[[[1e17, 1000.0], [-1e17, 3.0]]]])
    p = {"kernel_size": (2, 2), "stride": (1, 1)}
    lo, hi = _interval("avgpool2d", [x], [x], p)
    exact = (Fraction(1000) + 3) / 4
    assert Fraction(float(lo.flat[0])) <= exact <= Fraction(float(hi.flat[0]))


def test_batchnorm_encloses_the_real_value_when_x_minus_mean_cancels():
    # impl's order: (1000 - 1e17) rounds by ulp(1e17) = 16, so [0, 992] for a real value of 1000
    one = lambda v: np.array([v])  # noqa: E731
    lows = [np.array([[0.0]]), one(1.0), one(1e17), one(1e17), one(1.0)]
    highs = [np.array([[1000.0]]), one(1.0), one(1e17), one(1e17), one(1.0)]
    lo, hi = _interval("batchnorm", lows, highs, {"eps": 0.0})
    assert lo[0, 0] <= 0.0 and hi[0, 0] >= 1000.0
    pts = [np.array([[1000.0]]), one(1.0), one(1e17), one(1e17), one(1.0)]
    assert hi[0, 0] >= _impl("batchnorm", pts, {"eps": 0.0})[0, 0]  # and the float value

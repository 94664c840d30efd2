"""The strict binary32 executor equals a pure-Python scalar reference bit for bit.

The reference computes each IEEE operation in Python doubles and rounds once to binary32 with
np.float32(): for +, -, *, / and sqrt that is the correctly rounded binary32 result (53 >= 2*24+2,
so the double rounding is innocuous), independent of NumPy's float32 loops. It follows the
documented order of ir/float32/strict.py (first term, then sequential adds; padding taps as 0*w).
Values include subnormals, signed zeros, infinities and NaN (compared as "both NaN").

Default run: N_FAST examples per family; ``-m slow``: 10^5 examples in all.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from torchsmt.ir import GraphBuilder
from torchsmt.ir.float32 import run_strict32
from torchsmt.ir.float32.rounding import ETA, TRANSCENDENTAL_ULPS, U, gamma

F32 = np.float32
N_FAST = 150
N_SLOW = -(-100_000 // 6)  # six families below: >= 10^5 cases in all under -m slow

SPECIALS = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 2.0 ** -149, -(2.0 ** -149),
            2.0 ** -126, 2.0 ** -127, float(np.finfo(F32).max), -float(np.finfo(F32).max),
            1.0 + 2.0 ** -23, 2.0 ** -24, 3.0]
VALUES = st.one_of(st.floats(width=32), st.sampled_from(SPECIALS),
                   st.floats(-4, 4, width=32), st.floats(-(2.0 ** -126), 2.0 ** -126, width=32))


# -- the scalar reference ---------------------------------------------------------------------
def r32(v: float) -> F32:
    with np.errstate(all="ignore"):
        return F32(v)


def s_add(a, b):
    return r32(float(a) + float(b))


def s_sub(a, b):
    return r32(float(a) - float(b))


def s_mul(a, b):
    return r32(float(a) * float(b))


def s_div(a, b):
    a, b = float(a), float(b)
    if b == 0.0:
        if a == 0.0 or math.isnan(a):
            return F32(np.nan)
        return F32(math.copysign(math.inf, a) * math.copysign(1.0, b))
    return r32(a / b)


def s_sqrt(a):
    a = float(a)
    if math.isnan(a) or a < 0:
        return F32(np.nan)
    return r32(math.sqrt(a))


def s_max(a, b):  # NaN-propagating; the second operand on ties (as NumPy: max(0, -0) = -0)
    if math.isnan(a) or math.isnan(b):
        return F32(np.nan)
    return a if a > b else b


def s_min(a, b):
    if math.isnan(a) or math.isnan(b):
        return F32(np.nan)
    return a if a < b else b


UNARY = {
    "neg": lambda a: F32(-float(a)),
    "abs": lambda a: F32(abs(float(a))),
    "relu": lambda a: s_max(a, F32(0.0)),
    "sqrt": s_sqrt,
    "exp": lambda a: np.exp(F32(a)),  # NumPy's float32 implementation, by definition
    "tanh": lambda a: np.tanh(F32(a)),
}
BINARY = {"add": s_add, "sub": s_sub, "mul": s_mul, "div": s_div, "maximum": s_max,
          "minimum": s_min}


def ref_elementwise(op, args, params):
    shape = np.broadcast_shapes(*(a.shape for a in args))
    out = np.empty(shape, F32)
    for idx in np.ndindex(*shape):
        vals = [a[tuple(i if d > 1 else 0
                        for i, d in zip(idx[len(idx) - a.ndim:], a.shape, strict=True))]
                for a in args]
        if op == "leaky_relu":
            x = vals[0]
            out[idx] = x if x > 0 else s_mul(x, F32(params["negative_slope"]))
        else:
            with np.errstate(all="ignore"):
                out[idx] = (UNARY[op] if op in UNARY else BINARY[op])(*vals)
    return out


def ref_dot(xs, ys):
    acc = s_mul(xs[0], ys[0])
    for x, y in zip(xs[1:], ys[1:], strict=True):
        acc = s_add(acc, s_mul(x, y))
    return acc


def ref_matmul(a, b):
    a2 = a[None] if a.ndim == 1 else a
    b2 = b[:, None] if b.ndim == 1 else b
    out = np.empty((a2.shape[0], b2.shape[1]), F32)
    for i in range(a2.shape[0]):
        for j in range(b2.shape[1]):
            out[i, j] = ref_dot(list(a2[i]), list(b2[:, j]))
    if a.ndim == 1:
        out = out[0]
    if b.ndim == 1:
        out = out[..., 0]
    return out


def ref_linear(a, b, c, alpha, beta):
    y = ref_matmul(a, b)
    y = y if alpha == 1 else ref_elementwise("mul", [y, np.asarray(F32(alpha))], {})
    if c is not None:
        cc = c if beta == 1 else ref_elementwise("mul", [c, np.asarray(F32(beta))], {})
        y = ref_elementwise("add", [y, cc], {})
    return y


def ref_conv2d(x, w, b, stride, pad, groups):
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    ho = (h + 2 * pad - kh) // stride + 1
    wo = (wd + 2 * pad - kw) // stride + 1
    out = np.empty((n, o, ho, wo), F32)
    og = o // groups
    for ni, oi, yi, xi in np.ndindex(n, o, ho, wo):
        gi = oi // og
        xs, ws = [], []
        for ci in range(cg):  # taps in (channel, kernel row, kernel column) order
            for i in range(kh):
                for j in range(kw):
                    r, s = yi * stride + i - pad, xi * stride + j - pad
                    inside = 0 <= r < h and 0 <= s < wd
                    xs.append(x[ni, gi * cg + ci, r, s] if inside else F32(0.0))
                    ws.append(w[oi, ci, i, j])
        v = ref_dot(xs, ws)
        out[ni, oi, yi, xi] = v if b is None else s_add(v, b[oi])
    return out


def ref_sum(x, axes):
    keep = [i for i in range(x.ndim) if i not in axes]
    t = np.transpose(x, keep + list(axes)).reshape([x.shape[i] for i in keep] + [-1])
    out = np.empty(t.shape[:-1], F32)
    for idx in np.ndindex(*t.shape[:-1]):
        row = t[idx]
        acc = row[0]
        for v in row[1:]:
            acc = s_add(acc, v)
        out[idx] = acc
    return out


# -- comparison ---------------------------------------------------------------------------------
def same_bits(got, want) -> None:
    got, want = np.asarray(got, F32), np.asarray(want, F32)
    assert got.shape == want.shape
    gn, wn = np.isnan(got), np.isnan(want)
    assert np.array_equal(gn, wn), (got, want)
    gb, wb = got.view(np.uint32), want.view(np.uint32)
    assert np.array_equal(gb[~gn], wb[~wn]), (got, want)


def run_op(op, args, **params):
    b = GraphBuilder(dtype="f32")
    ids = [b.input(a.shape) for a in args]
    g = b.build(b.op(op, *ids, **params))
    return run_strict32(g, *args)


def arrays(draw, shape):
    vals = draw(st.lists(VALUES, min_size=int(np.prod(shape)), max_size=int(np.prod(shape))))
    return np.asarray(vals, F32).reshape(shape)


SHAPES = st.lists(st.integers(1, 3), min_size=0, max_size=3).map(tuple)


@st.composite
def elementwise_case(draw):
    op = draw(st.sampled_from(sorted(UNARY) + sorted(BINARY) + ["leaky_relu"]))
    s = draw(SHAPES)
    if op in BINARY:  # broadcasting: drop or set to 1 some of the second operand's axes
        s2 = tuple(d if draw(st.booleans()) else 1 for d in s)[draw(st.integers(0, len(s))):]
        return op, [arrays(draw, s), arrays(draw, s2)], {}
    params = {"negative_slope": draw(st.sampled_from([0.01, 0.2, 0.0, 1.0]))} \
        if op == "leaky_relu" else {}
    return op, [arrays(draw, s)], params


@st.composite
def matmul_case(draw):
    m, k, n = draw(st.integers(1, 3)), draw(st.integers(1, 6)), draw(st.integers(1, 3))
    a_shape = (k,) if draw(st.booleans()) else (m, k)
    b_shape = (k,) if draw(st.booleans()) else (k, n)
    return arrays(draw, a_shape), arrays(draw, b_shape)


@st.composite
def linear_case(draw):
    m, k, n = draw(st.integers(1, 3)), draw(st.integers(1, 5)), draw(st.integers(1, 3))
    alpha = draw(st.sampled_from([1.0, 0.5, -1.5]))
    beta = draw(st.sampled_from([1.0, 2.0, 0.1]))
    has_c = draw(st.booleans())
    return (arrays(draw, (m, k)), arrays(draw, (k, n)),
            arrays(draw, (n,)) if has_c else None, alpha, beta)


@st.composite
def conv_case(draw):
    groups = draw(st.sampled_from([1, 2]))
    cg = draw(st.integers(1, 2))
    og = draw(st.integers(1, 2))
    kh, kw = draw(st.integers(1, 2)), draw(st.integers(1, 2))
    h, w = draw(st.integers(kh, 4)), draw(st.integers(kw, 4))
    stride, pad = draw(st.integers(1, 2)), draw(st.integers(0, 1))
    x = arrays(draw, (1, cg * groups, h, w))
    wt = arrays(draw, (og * groups, cg, kh, kw))
    b = arrays(draw, (og * groups,)) if draw(st.booleans()) else None
    return x, wt, b, stride, pad, groups


@st.composite
def sum_case(draw):
    shape = tuple(draw(st.lists(st.integers(1, 4), min_size=1, max_size=3)))
    axes = tuple(sorted(draw(st.sets(st.integers(0, len(shape) - 1), min_size=1))))
    return arrays(draw, shape), axes, draw(st.booleans())


def _check_elementwise(case):
    op, args, params = case
    same_bits(run_op(op, args, **params), ref_elementwise(op, args, params))


def _check_matmul(case):
    a, b = case
    same_bits(run_op("matmul", [a, b]), ref_matmul(a, b))


def _check_linear(case):
    a, b, c, alpha, beta = case
    args = [a, b] + ([c] if c is not None else [])
    same_bits(run_op("linear", args, alpha=alpha, beta=beta), ref_linear(a, b, c, alpha, beta))


def _check_conv(case):
    x, w, b, stride, pad, groups = case
    args = [x, w] + ([b] if b is not None else [])
    got = run_op("conv2d", args, stride=(stride, stride), padding=(pad, pad), groups=groups)
    same_bits(got, ref_conv2d(x, w, b, stride, pad, groups))


def _check_sum(case):
    x, axes, mean = case
    if mean:  # reduce_mean = sequential sum, then one division by the count
        cnt = F32(int(np.prod([x.shape[a] for a in axes])))
        want = ref_elementwise("div", [ref_sum(x, axes), np.asarray(cnt)], {})
        same_bits(run_op("reduce_mean", [x], axes=axes), want)
    else:
        same_bits(run_op("reduce_sum", [x], axes=axes), ref_sum(x, axes))


FAMILIES = [(elementwise_case, _check_elementwise), (matmul_case, _check_matmul),
            (linear_case, _check_linear), (conv_case, _check_conv), (sum_case, _check_sum),
            (elementwise_case, _check_elementwise)]


def _family_test(strategy, check, n):
    @settings(max_examples=n, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy())
    def t(case):
        check(case)

    t()


@pytest.mark.parametrize("k", range(len(FAMILIES) - 1))
def test_strict_equals_scalar_reference(k):
    _family_test(*FAMILIES[k], N_FAST)


@pytest.mark.slow
@pytest.mark.parametrize("k", range(len(FAMILIES)))
def test_strict_equals_scalar_reference_1e5(k):
    _family_test(*FAMILIES[k], N_SLOW)


# -- fixed facts ------------------------------------------------------------------------------
def test_documented_corner_cases():
    same_bits(run_op("relu", [np.asarray([-0.0, np.nan], F32)]), np.asarray([0.0, np.nan], F32))
    # an all -0 sum stays -0 (first term, then adds); 1 + 2^-24 ties to even
    same_bits(run_op("reduce_sum", [np.asarray([-0.0, -0.0], F32)], axes=(0,)), F32(-0.0))
    same_bits(run_op("add", [np.asarray(F32(1.0)), np.asarray(F32(2.0 ** -24))]), F32(1.0))
    # 1 / -0 = -inf; inf - inf = NaN; 0 * inf = NaN
    same_bits(run_op("div", [np.asarray(F32(1.0)), np.asarray(F32(-0.0))]), F32(-np.inf))
    same_bits(run_op("sub", [np.asarray(F32(np.inf)), np.asarray(F32(np.inf))]), F32(np.nan))
    # sequential order is observable: (1 + 2^-24) + 2^-24 = 1, but 1 + 2^-23 is not
    x = np.asarray([1.0, 2.0 ** -24, 2.0 ** -24], F32)
    same_bits(run_op("reduce_sum", [x], axes=(0,)), F32(1.0))
    same_bits(run_op("matmul", [x, np.ones(3, F32)]), F32(1.0))


def test_deployment_mode_within_gamma_n():
    """BLAS float32 (any order, maybe FMA) vs exact: |err| <= gamma_K sum|a||b| + 2K eta."""
    from fractions import Fraction

    rng = np.random.default_rng(0)
    for k in (1, 7, 64, 300):
        a = rng.normal(size=(3, k)).astype(F32)
        b = rng.normal(size=(k, 4)).astype(F32)
        bld = GraphBuilder(dtype="f32")
        g = bld.build(bld.op("matmul", bld.input(a.shape), bld.const(b)))
        dep = run_strict32(g, a, mode="deployment")
        strict = run_strict32(g, a)
        bound = gamma(k) * (np.abs(a).astype(np.float64) @ np.abs(b)) + 2 * k * ETA
        for i, j in np.ndindex(3, 4):
            exact = sum(Fraction(float(a[i, t])) * Fraction(float(b[t, j])) for t in range(k))
            for y in (dep, strict):
                assert abs(Fraction(float(y[i, j])) - exact) <= Fraction(float(bound[i, j]))
    assert U == 2.0 ** -24


def test_transcendental_allowance_holds_on_samples():
    """NumPy's float32 exp/log/tanh stay within TRANSCENDENTAL_ULPS of the float64 value."""
    rng = np.random.default_rng(1)
    x = np.concatenate([rng.uniform(-1, 1, 200_000), rng.uniform(-20, 20, 200_000)]).astype(F32)
    for f, xs in ((np.tanh, x), (np.exp, x), (np.log, np.abs(x) + F32(1e-30))):
        y = f(xs).astype(np.float64)
        r = f(xs.astype(np.float64))
        ulp = np.spacing(np.abs(r).astype(F32)).astype(np.float64)
        assert np.max(np.abs(y - r) / ulp) <= TRANSCENDENTAL_ULPS


def test_strict_rejects_bad_mode_and_shapes():
    from torchsmt.ir import ShapeError

    bld = GraphBuilder(dtype="f32")
    g = bld.build(bld.op("relu", bld.input((2,))))
    with pytest.raises(ShapeError):
        run_strict32(g, np.zeros(2), mode="fast")
    with pytest.raises(ShapeError):
        run_strict32(g, np.zeros(3))

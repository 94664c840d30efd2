"""Elementwise arithmetic and activations (NumPy broadcasting for binary ops).

Derivative conventions at non-differentiable points (stated in each op's doc, tested in
tests/test_ops_relax.py): relu'(0) = 0, leaky_relu'(0) = negative_slope, abs'(0) = sign(0) = 0,
maximum/minimum ties send the whole gradient to the FIRST argument; step, sign and ge are piecewise
constant: no gradient flows (their VJP entries are None, their JVP is None).
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError
from ..opdef import OpDef
from . import relax as rx
from .common import (
    ZERO,
    broadcast_rule,
    expand,
    nan_to,
    product_interval,
    scalar,
    unary,
    unbroadcast,
    unknown_ends,
)

INF = float("inf")


# -- linear binary ops -----------------------------------------------------------------------------
def _binary_linear_vjp(sign_b: float):
    def vjp(e, g, out, a, b):
        gb = g if sign_b > 0 else e.op("neg", g)
        return (unbroadcast(e, g, e.shape(a)), unbroadcast(e, gb, e.shape(b)))

    return vjp


def _binary_linear_jvp(opname: str):
    def jvp(e, tangents, out, a, b):
        ta, tb = tangents
        shp = e.shape(out)
        if ta is None and tb is None:
            return None
        if tb is None:
            return expand(e, ta, shp)
        if ta is None:
            return expand(e, tb if opname == "add" else e.op("neg", tb), shp)
        return expand(e, e.op(opname, ta, tb), shp)

    return jvp


ADD = OpDef(
    name="add", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a + b,
    vjp=_binary_linear_vjp(+1), jvp=_binary_linear_jvp("add"), linear=True,
    interval=lambda xp, lo, hi: (lo[0] + lo[1], hi[0] + hi[1]),
    doc="a + b with NumPy broadcasting.",
)
SUB = OpDef(
    name="sub", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a - b,
    vjp=_binary_linear_vjp(-1), jvp=_binary_linear_jvp("sub"), linear=True,
    interval=lambda xp, lo, hi: (lo[0] - hi[1], hi[0] - lo[1]),
    doc="a - b with NumPy broadcasting.",
)


# -- products --------------------------------------------------------------------------------------
def _mul_vjp(e, g, out, a, b):
    return (unbroadcast(e, e.op("mul", g, b), e.shape(a)),
            unbroadcast(e, e.op("mul", g, a), e.shape(b)))


def _sum_terms(e, terms, shape):
    terms = [t for t in terms if t is not None]
    if not terms:
        return None
    t = terms[0] if len(terms) == 1 else e.op("add", terms[0], terms[1])
    return expand(e, t, shape)


def _mul_jvp(e, tangents, out, a, b):
    ta, tb = tangents
    return _sum_terms(e, [None if ta is None else e.op("mul", ta, b),
                          None if tb is None else e.op("mul", a, tb)], e.shape(out))


MUL = OpDef(
    name="mul", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a * b,
    vjp=_mul_vjp, jvp=_mul_jvp,
    interval=lambda xp, lo, hi: product_interval(xp, lo[0], hi[0], lo[1], hi[1]),
    doc="a * b with NumPy broadcasting (interval: the four endpoint products, exact).",
)


def _div_vjp(e, g, out, a, b):
    gb_ = e.op("div", g, b)  # g / b, reused: d/db (a/b) = -(a/b)/b
    return (unbroadcast(e, gb_, e.shape(a)),
            unbroadcast(e, e.op("neg", e.op("mul", gb_, out)), e.shape(b)))


def _div_jvp(e, tangents, out, a, b):
    ta, tb = tangents
    return _sum_terms(e, [None if ta is None else e.op("div", ta, b),
                          None if tb is None else
                          e.op("neg", e.op("div", e.op("mul", out, tb), b))], e.shape(out))


def _div_interval(xp, lo, hi):
    (la, lb), (ua, ub) = unknown_ends(xp, lo, hi)
    # A denominator interval containing 0 admits arbitrarily large quotients (and x/0): unbounded.
    zero_in = (lb <= 0) & (ub >= 0)
    bl, bu = xp.where(zero_in, 1.0, lb), xp.where(zero_in, 1.0, ub)
    # Otherwise b keeps one sign and a / b is monotone in a and in b on the box: its range is
    # spanned by the four corner quotients, and float division is monotone too, so they also
    # enclose impl's rounded quotients. Divide directly: a * (1/b) overflows where 1/b does (red-
    # team case: a = 1e-10, b = 1e-309 gave [inf, inf] for a / b = 1e299). An inf/inf corner (NaN)
    # never holds an extreme that another corner misses (unless every corner is NaN: unbounded).
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        qs = [la / bl, la / bu, ua / bl, ua / bu]
    lo_q = xp.minimum(xp.minimum(nan_to(xp, qs[0], INF), nan_to(xp, qs[1], INF)),
                      xp.minimum(nan_to(xp, qs[2], INF), nan_to(xp, qs[3], INF)))
    hi_q = xp.maximum(xp.maximum(nan_to(xp, qs[0], -INF), nan_to(xp, qs[1], -INF)),
                      xp.maximum(nan_to(xp, qs[2], -INF), nan_to(xp, qs[3], -INF)))
    empty = lo_q > hi_q
    return (xp.where(zero_in | empty, -INF, lo_q), xp.where(zero_in | empty, INF, hi_q))


DIV = OpDef(
    name="div", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a / b,
    vjp=_div_vjp, jvp=_div_jvp, interval=_div_interval,
    doc="a / b with NumPy broadcasting. Interval: (-inf, inf) where the denominator's interval "
        "contains 0, else the four corner quotients.",
)


# -- piecewise-constant helpers (masks for kinks) --------------------------------------------------
def _step_impl(xp, x):
    # [x > 0] as a float of x's dtype; written with where so SMT semantics can reuse it.
    return xp.where(x > 0, xp.ones_like(x), xp.zeros_like(x))


STEP = unary("step", _step_impl, ZERO, monotone="increasing",
             doc="Heaviside [x > 0] (0 at 0); derivative 0 everywhere (a.e.; the jump is ignored).")


def _sign_impl(xp, x):
    one = xp.ones_like(x)
    return xp.where(x > 0, one, xp.where(x < 0, -one, xp.zeros_like(x)))


SIGN = unary("sign", _sign_impl, ZERO, monotone="increasing",
             doc="sign(x) in {-1, 0, 1} (sign(0) = 0); derivative 0 (a.e.). abs' is sign.")


def _ge_impl(xp, a, b):
    z = a + b  # only its broadcast shape and dtype are used
    return xp.where(a >= b, xp.ones_like(z), xp.zeros_like(z))


def _ge_interval(xp, lo, hi):
    # increasing in a, decreasing in b; a NaN end is unknown (a comparison with it is False)
    lo, hi = unknown_ends(xp, lo, hi)
    return _ge_impl(xp, lo[0], hi[1]), _ge_impl(xp, hi[0], lo[1])


GE = OpDef(
    name="ge", arity=2, shape=broadcast_rule, impl=_ge_impl,
    vjp=lambda e, g, out, a, b: (None, None), jvp=lambda e, ts, out, a, b: None,
    interval=_ge_interval,
    doc="[a >= b] as 0/1 of the operands' dtype (broadcasting); piecewise constant, no gradient. "
        "The tie mask of maximum/minimum.",
)


# -- maximum / minimum -----------------------------------------------------------------------------
def _select_vjp(first_mask):
    def vjp(e, g, out, a, b):
        ga = e.op("mul", g, first_mask(e, a, b))
        return (unbroadcast(e, ga, e.shape(a)), unbroadcast(e, e.op("sub", g, ga), e.shape(b)))

    return vjp


def _select_jvp(first_mask):
    def jvp(e, tangents, out, a, b):
        ta, tb = tangents
        if ta is None and tb is None:
            return None
        mask = first_mask(e, a, b)
        shp = e.shape(out)
        if tb is None:
            return expand(e, e.op("mul", mask, ta), shp)
        if ta is None:
            return expand(e, e.op("sub", tb, e.op("mul", mask, tb)), shp)
        # tb + mask * (ta - tb)
        return expand(e, e.op("add", tb, e.op("mul", mask, e.op("sub", ta, tb))), shp)

    return jvp


def _max_mask(e, a, b):
    return e.op("ge", a, b)  # ties (a == b) choose a, the first argument


def _min_mask(e, a, b):
    return e.op("ge", b, a)  # a <= b, ties choose a


MAXIMUM = OpDef(
    name="maximum", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: xp.maximum(a, b),
    vjp=_select_vjp(_max_mask), jvp=_select_jvp(_max_mask),
    interval=lambda xp, lo, hi: (xp.maximum(lo[0], lo[1]), xp.maximum(hi[0], hi[1])),
    doc="Elementwise max(a, b), broadcasting. Ties (a == b) send the whole gradient to a "
        "(the first argument): mask ge(a, b).",
)
MINIMUM = OpDef(
    name="minimum", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: xp.minimum(a, b),
    vjp=_select_vjp(_min_mask), jvp=_select_jvp(_min_mask),
    interval=lambda xp, lo, hi: (xp.minimum(lo[0], lo[1]), xp.minimum(hi[0], hi[1])),
    doc="Elementwise min(a, b), broadcasting. Ties (a == b) send the whole gradient to a "
        "(the first argument): mask ge(b, a).",
)


# -- unary ops -------------------------------------------------------------------------------------
NEG = unary("neg", lambda xp, x: -x, lambda e, x, out: scalar(e, -1.0, x),
            monotone="decreasing", doc="-x")


RELU = unary(
    "relu", lambda xp, x: xp.maximum(x, 0),
    # relu'(0) = 0 (PyTorch's convention): the derivative is step(x) = [x > 0].
    lambda e, x, out: e.op("step", x),
    monotone="increasing", relax=rx.relu_relax,
    doc="max(x, 0). Derivative convention: relu'(0) = 0. Relax: CROWN (upper chord when unstable, "
        "lower slope 1 if u >= -l else 0, or alpha= in [0, 1]).",
)


def _leaky_shape(in_shapes, negative_slope):
    # [0, 1] keeps the op monotone (free interval rule) and leaky = c*x + (1-c)*relu (relaxation).
    if not 0.0 <= float(negative_slope) <= 1.0:
        raise ShapeError(f"leaky_relu: negative_slope must be in [0, 1], got {negative_slope}")
    return in_shapes[0]


def _leaky_deriv(e, x, out, negative_slope):
    # c + (1 - c) * [x > 0]: leaky_relu'(0) = c, the same convention as relu'(0) = 0.
    c = float(negative_slope)
    return e.op("add", scalar(e, c, x), e.op("mul", scalar(e, 1.0 - c, x), e.op("step", x)))


def _leaky_interval(xp, lowers, uppers, negative_slope):
    # Not impl at the ends: c * x rounds (fl(c*l) may exceed the real c*l), and 0 * -inf is NaN.
    (l,), (u,) = unknown_ends(xp, lowers, uppers)
    return rx.leaky_bounds(xp, l, u, float(negative_slope))


LEAKY_RELU = unary(
    "leaky_relu", lambda xp, x, negative_slope: xp.where(x > 0, x, x * negative_slope),
    _leaky_deriv, params={"negative_slope": 0.01}, shape=_leaky_shape, monotone="increasing",
    interval=_leaky_interval, relax=rx.leaky_relu_relax,
    doc="x if x > 0 else negative_slope * x, negative_slope in [0, 1]. Derivative convention: "
        "leaky_relu'(0) = negative_slope. Interval: the ends' images, c * x rounded outward. "
        "Relax: as relu, lower slope alpha= in [slope, 1].",
)


TANH = unary(
    "tanh", lambda xp, x: xp.tanh(x),
    # tanh' = 1 - tanh^2, written on the output so the rule reuses the forward value.
    lambda e, x, out: e.op("sub", scalar(e, 1.0, out), e.op("mul", out, out)),
    monotone="increasing",
    relax=lambda xp, l, u: rx.s_shape_relax(
        xp, l, u, xp.tanh, lambda x: 1 - xp.tanh(x) ** 2, center=0.0, dmax=400.0),
    doc="Hyperbolic tangent. Relax: S-shaped (convex x <= 0, concave x >= 0) chords/tangents.",
)


def _sigmoid_impl(xp, x):
    # exp(-|x|) never overflows; both branches are exact rewrites of 1 / (1 + exp(-x)).
    t = xp.exp(-xp.abs(x))
    return xp.where(x >= 0, 1 / (1 + t), t / (1 + t))


def _sigmoid_relax(xp, l, u):
    f = lambda x: _sigmoid_impl(xp, x)  # noqa: E731
    # sigmoid' = s(x) (1 - s(x)) = s(x) s(-x): the second form keeps its relative accuracy in the
    # right tail, where 1 - s(x) cancels (a slope off by 1e-3 at x = 30 shifts the stationary
    # point the intercept is evaluated at).
    return rx.s_shape_relax(xp, l, u, f, lambda x: f(x) * f(-x), center=0.5, dmax=800.0)


SIGMOID = unary(
    "sigmoid", _sigmoid_impl,
    lambda e, x, out: e.op("mul", out, e.op("sub", scalar(e, 1.0, out), out)),
    monotone="increasing", relax=_sigmoid_relax,
    doc="1 / (1 + exp(-x)), evaluated as exp(-|x|) / (1 + exp(-|x|)) for x < 0 (no overflow). "
        "Relax: S-shaped, like tanh.",
)

EXP = unary(
    "exp", lambda xp, x: xp.exp(x), lambda e, x, out: out, monotone="increasing",
    relax=lambda xp, l, u: rx.convex_relax(xp, l, u, xp.exp, xp.exp),
    doc="e^x. Relax: upper chord, lower tangent at the midpoint.",
)


def _log_interval(xp, lowers, uppers):
    # log is defined on x > 0; the enclosure covers [l, u] meet (0, inf) (-inf when l <= 0).
    return xp.log(xp.maximum(lowers[0], 0)), xp.log(xp.maximum(uppers[0], 0))


LOG = unary(
    "log", lambda xp, x: xp.log(x), lambda e, x, out: e.op("div", scalar(e, 1.0, x), x),
    monotone="increasing", interval=_log_interval,
    relax=lambda xp, l, u: rx.concave_relax(xp, l, u, xp.log, lambda x: 1 / x, 0.0),
    doc="Natural log (x > 0). Interval and relax cover [l, u] meet (0, inf). Relax: upper tangent "
        "at the midpoint, lower chord.",
)


def _sqrt_interval(xp, lowers, uppers):
    return xp.sqrt(xp.maximum(lowers[0], 0)), xp.sqrt(xp.maximum(uppers[0], 0))


SQRT = unary(
    "sqrt", lambda xp, x: xp.sqrt(x), lambda e, x, out: e.op("div", scalar(e, 0.5, x), out),
    monotone="increasing", interval=_sqrt_interval,
    relax=lambda xp, l, u: rx.concave_relax(xp, l, u, xp.sqrt, lambda x: 0.5 / xp.sqrt(x), 0.0),
    doc="Square root (x >= 0; derivative 0.5/sqrt(x), infinite at 0). Interval and relax cover "
        "[l, u] meet [0, inf). Relax: upper tangent at the midpoint, lower chord.",
)


def _abs_interval(xp, lowers, uppers):
    l, u = lowers[0], uppers[0]
    lo = xp.where(l > 0, l, xp.where(u < 0, -u, xp.zeros_like(l)))
    return lo, xp.maximum(-l, u)


ABS = unary(
    "abs", lambda xp, x: xp.abs(x), lambda e, x, out: e.op("sign", x),
    interval=_abs_interval, relax=rx.abs_relax,
    doc="|x|. Derivative convention: abs'(0) = sign(0) = 0. Relax: upper chord, lower alpha*x "
        "(alpha= in [-1, 1]; default 1 if u >= -l else -1).",
)


OPS = (ADD, SUB, MUL, DIV, NEG, RELU, STEP, SIGN, GE, MAXIMUM, MINIMUM, LEAKY_RELU, TANH,
       SIGMOID, EXP, LOG, SQRT, ABS)

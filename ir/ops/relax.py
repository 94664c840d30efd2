"""Linear relaxations of unary elementwise ops: a_lo*x + b_lo <= f(x) <= a_up*x + b_up on [l, u].

Soundness never rests on the slope choice. Each rule picks its slopes by a tightness heuristic
(CROWN's chords and tangents) and then takes each intercept from the *support* of f(x) - a*x on
[l, u] (its maximum for the upper line, its minimum for the lower line), evaluated where that
extremum can lie:

- convex f: f - a*x is convex, its maximum is at l or u; a tangent at m has its minimum at m;
- concave f: the mirror image;
- S-shaped f (convex for x <= 0, concave for x >= 0: tanh, sigmoid): for a = f'(d), d >= 0, the
  maximum of f - a*x over [l, u] is at l or d (the concave part peaks at its stationary point d, the
  convex part at an endpoint, and f(0) <= f(d) - a*d); for a chord slope k <= f'(u) (u > 0) it is at
  l or u. Lower lines follow by reflection: f(x) = 2c - f(-x) with c = f(0).

So every line is sound in real arithmetic for every l <= u (degenerate, very wide, far out); a
coarse heuristic (e.g. the bisection for the tangent point) only costs tightness. Rules are computed
in floating point (bounds-layer code: numpy or cupy as ``xp``), so a line can be off by rounding
(~ulps); outward rounding is the bounds layer's job. Where a result is not finite (infinite l or
u, overflow) the rule falls back to the interval's constant bounds (slope 0), sound if infinite.
Ops with a restricted domain (log: x > 0, sqrt: x >= 0) are relaxed on [l, u] intersected with it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import numpy as np

from .common import add_dir, mul_dir, rounding_dtype, unknown_ends

Lines = tuple[Any, Any, Any, Any]  # a_lo, b_lo, a_up, b_up


def _quiet(fn: Callable) -> Callable:
    """Overflow and inf - inf are expected far out (handled by _guard): no NumPy warnings. A NaN
    end is read as unknown (l = -inf, u = +inf): NaN would otherwise reach comparisons that make
    it a finite fallback (leaky_relu with slope 0 gave the constant upper bound 0 for u = NaN)."""

    @functools.wraps(fn)
    def wrapped(xp: Any, l: Any, u: Any, *args: Any, **kw: Any) -> Any:
        (l,), (u,) = unknown_ends(xp, [l], [u])
        with np.errstate(all="ignore"):
            return fn(xp, l, u, *args, **kw)

    return wrapped


def _guard(xp: Any, l: Any, u: Any, lines: Lines, lo_const: Any, hi_const: Any) -> Lines:
    """Replace non-finite lines (or lines over infinite endpoints) by the constant bounds."""
    a_lo, b_lo, a_up, b_up = lines
    fin = xp.isfinite(l) & xp.isfinite(u)
    ok_lo = fin & xp.isfinite(a_lo) & xp.isfinite(b_lo)
    ok_up = fin & xp.isfinite(a_up) & xp.isfinite(b_up)
    # a NaN constant (0 * inf at an infinite end) is replaced by the trivially sound -inf / +inf
    lo_const = xp.where(lo_const != lo_const, -float("inf"), lo_const)
    hi_const = xp.where(hi_const != hi_const, float("inf"), hi_const)
    return (xp.where(ok_lo, a_lo, 0.0), xp.where(ok_lo, b_lo, lo_const),
            xp.where(ok_up, a_up, 0.0), xp.where(ok_up, b_up, hi_const))


def _halves(l: Any, u: Any) -> tuple[Any, Any]:
    """Midpoint and half-width without overflow for finite endpoints."""
    return l / 2 + u / 2, u / 2 - l / 2


def _chord_slope(xp: Any, fl: Any, fu: Any, l: Any, u: Any, fallback: Any) -> Any:
    """(f(u) - f(l)) / (u - l), or ``fallback`` (f'(l)) where l == u."""
    _, half = _halves(l, u)
    wide = half > 0
    return xp.where(wide, (fu / 2 - fl / 2) / xp.where(wide, half, 1.0), fallback)


def _sub_prod_up(xp: Any, a: Any, s: Any, x: Any) -> Any:
    """a - s*x rounded up (>= the exact value for the floats a, s, x)."""
    return add_dir(xp, a, mul_dir(xp, -s, x, True), True)


def _unstable(l: Any, u: Any) -> Any:
    return (l < 0) & (u > 0)


def _clip(xp: Any, a: Any, lo: float, hi: float) -> Any:
    return xp.minimum(xp.maximum(a, lo), hi)


@_quiet
def relu_relax(xp: Any, l: Any, u: Any, alpha: Any = None) -> Lines:
    """CROWN for relu: exact when stable; unstable: upper chord, lower slope alpha in [0, 1].

    Default lower slope (adaptive CROWN): 1 if u >= -l else 0. ``alpha`` (alpha-CROWN) is clipped to
    [0, 1], the range where alpha*x <= relu(x) holds for all x.
    """
    unst, active = _unstable(l, u), l >= 0
    _, half = _halves(l, u)
    s = xp.where(unst, (u / 2) / xp.where(unst, half, 1.0), xp.where(active, 1.0, 0.0))
    # Chord intercept: max over the endpoints of relu(x) - s*x (convexity); both terms equal -s*l
    # in real arithmetic, the max keeps it sound when s underflows (u tiny, -l huge). Both are
    # rounded up, so the line holds exactly for the float s, l, u (red-team case: [-13, 4] missed
    # relu(4) by 1 ulp); exact cases stay exact.
    b_up = xp.maximum(mul_dir(xp, -s, l, True), _sub_prod_up(xp, u, s, u))
    b_up = xp.where(unst, b_up, 0.0)
    a_lo = xp.where(u >= -l, 1.0, 0.0)
    if alpha is not None:
        a_lo = _clip(xp, xp.asarray(alpha) + 0 * l, 0.0, 1.0)
    a_lo = xp.where(unst, a_lo, xp.where(active, 1.0, 0.0))
    lines = (a_lo, xp.zeros_like(a_lo), s, b_up)
    return _guard(xp, l, u, lines, xp.maximum(l, 0), xp.maximum(u, 0))


@_quiet
def leaky_relu_relax(xp: Any, l: Any, u: Any, negative_slope: float = 0.01,
                     alpha: Any = None) -> Lines:
    """leaky(x) = max(x, c*x) for 0 <= c <= 1 (convex): exact when stable; unstable: upper chord
    (intercept from the endpoints), lower slope alpha clipped to [c, 1] (default adaptive: 1 if
    u >= -l else c), intercept 0."""
    c = float(negative_slope)
    unst, active = _unstable(l, u), l >= 0
    _, half = _halves(l, u)
    stable = xp.where(active, 1.0, c)
    s = xp.where(unst, (u / 2 - c * l / 2) / xp.where(unst, half, 1.0), stable)
    b_up = xp.maximum(add_dir(xp, mul_dir(xp, l, c, True), mul_dir(xp, -s, l, True), True),
                      _sub_prod_up(xp, u, s, u))
    b_up = xp.where(unst, b_up, 0.0)
    a_lo = xp.where(u >= -l, 1.0, c)
    if alpha is not None:
        a_lo = _clip(xp, xp.asarray(alpha) + 0 * l, c, 1.0)
    a_lo = xp.where(unst, a_lo, stable)
    lo_c, _ = leaky_bounds(xp, l, l, c)
    _, hi_c = leaky_bounds(xp, u, u, c)
    return _guard(xp, l, u, (a_lo, xp.zeros_like(a_lo), s, b_up), lo_c, hi_c)


def leaky_bounds(xp: Any, l: Any, u: Any, c: float) -> tuple[Any, Any]:
    """[leaky(l), leaky(u)] for leaky(x) = max(x, c x), c in [0, 1], with c*x rounded outward
    (fl(c*l) can exceed the real c*l by half an ulp) and 0 * inf counted as 0."""
    def neg(x: Any, up: bool) -> Any:
        return xp.zeros_like(x) if c == 0.0 else mul_dir(xp, x, c, up)

    with np.errstate(invalid="ignore"):
        return xp.where(l > 0, l, neg(l, False)), xp.where(u > 0, u, neg(u, True))


@_quiet
def abs_relax(xp: Any, l: Any, u: Any, alpha: Any = None) -> Lines:
    """|x|: exact when l >= 0 or u <= 0; unstable: upper chord, lower alpha*x with alpha in [-1, 1].

    Default lower slope: 1 if u >= -l else -1 (the one with the smaller area, as CROWN for relu).
    """
    unst, pos = _unstable(l, u), l >= 0
    _, half = _halves(l, u)
    k = xp.where(unst, (u / 2 + l / 2) / xp.where(unst, half, 1.0), xp.where(pos, 1.0, -1.0))
    b_up = xp.maximum(_sub_prod_up(xp, -l, k, l), _sub_prod_up(xp, u, k, u))
    b_up = xp.where(unst, b_up, 0.0)
    a_lo = xp.where(u >= -l, 1.0, -1.0)
    if alpha is not None:
        a_lo = _clip(xp, xp.asarray(alpha) + 0 * l, -1.0, 1.0)
    a_lo = xp.where(unst, a_lo, xp.where(pos, 1.0, -1.0))
    lo_c = xp.where(pos, l, xp.where(u < 0, -u, 0.0))
    hi_c = xp.maximum(-l, u)
    return _guard(xp, l, u, (a_lo, xp.zeros_like(a_lo), k, b_up), lo_c, hi_c)


def _flush(xp: Any, a: Any, like: Any) -> Any:
    """A tangent slope with its subnormals flushed to 0. A tangent's intercept f(m) - a m is the
    support of f - a x only when a == f'(m) up to a few ulps; a subnormal slope can be off by
    100% (red-team case: rsqrt on [1e-300, 1e300] got slope -0.0 at m = 5e299 and a horizontal
    "tangent" through f(m), above f on (m, u]). With a = 0 the endpoint candidates give the
    support (f monotone)."""
    dt = rounding_dtype(xp, like)
    if dt is None:
        return a
    return xp.where(xp.abs(a) < float(np.finfo(dt).tiny), 0.0, a)


def _tangent_support(xp: Any, a: Any, pts: tuple[Any, ...], f: Callable, lower: bool) -> Any:
    """min (lower line) or max (upper line) of f(x) - a x over candidate points: the tangent point
    and the endpoints (which hold the support when the slope was flushed to 0)."""
    vals = [f(x) - a * x for x in pts]
    out = vals[0]
    for v in vals[1:]:
        out = xp.minimum(out, v) if lower else xp.maximum(out, v)
    return out


@_quiet
def convex_relax(xp: Any, l: Any, u: Any, f: Callable, df: Callable) -> Lines:
    """Convex increasing f (exp): upper chord (intercept from the endpoints), lower tangent at m."""
    fl, fu = f(l), f(u)
    m, _ = _halves(l, u)
    k = _chord_slope(xp, fl, fu, l, u, df(l))
    b_up = xp.maximum(fl - k * l, fu - k * u)
    a_lo = _flush(xp, df(m), m)
    b_lo = _tangent_support(xp, a_lo, (m, l, u), f, lower=True)
    return _guard(xp, l, u, (a_lo, b_lo, k, b_up), fl, fu)


@_quiet
def concave_relax(xp: Any, l: Any, u: Any, f: Callable, df: Callable, dom_lo: float) -> Lines:
    """Concave increasing f (log, sqrt) on [l, u] meet [dom_lo, inf): upper tangent at m,
    lower chord."""
    l, u = xp.maximum(l, dom_lo), xp.maximum(u, dom_lo)
    fl, fu = f(l), f(u)
    m, _ = _halves(l, u)
    a_up = _flush(xp, df(m), m)
    b_up = _tangent_support(xp, a_up, (m, l, u), f, lower=False)
    k = _chord_slope(xp, fl, fu, l, u, df(l))
    b_lo = xp.minimum(fl - k * l, fu - k * u)
    return _guard(xp, l, u, (k, b_lo, a_up, b_up), fl, fu)


def _s_upper(xp: Any, l: Any, u: Any, f: Callable, df: Callable, dmax: float,
             iters: int = 48) -> tuple[Any, Any, Any]:
    """Upper line of an S-shaped f (inflection at 0) on [l, u]: slope, support intercept, and the
    third point d (besides l and u) where the support may be attained."""
    l, u = xp.broadcast_arrays(xp.asarray(l), xp.asarray(u))
    fl, fu = f(l), f(u)
    m, _ = _halves(l, u)
    k = _chord_slope(xp, fl, fu, l, u, df(l))
    concave, convex = l >= 0, u <= 0
    mixed = ~concave & ~convex
    tangent = mixed & (df(u) < k)  # the chord would cut f: use the tangent through (l, f(l))
    d = xp.where(concave, m, u)
    # Smallest d in [0, min(u, dmax)] with tangent_d(l) >= f(l) (h is increasing in d >= 0), by
    # bisection; its precision only affects tightness. Arrays of bools (numpy, cupy) bisect only
    # the entries that need it; symbolic masks (an SMT semantics as xp) take the whole array.
    sub = getattr(tangent, "dtype", None) == np.dtype(bool)
    if not sub or bool(xp.any(tangent)):
        lt, flt, ut = (l[tangent], fl[tangent], u[tangent]) if sub else (l, fl, u)
        lo, hi = xp.zeros_like(lt), xp.minimum(ut, dmax)
        for _ in range(iters):
            mid = lo / 2 + hi / 2
            ok = f(mid) + df(mid) * (lt - mid) >= flt
            hi, lo = xp.where(ok, mid, hi), xp.where(ok, lo, mid)
        if sub:
            d[tangent] = hi
        else:
            d = xp.where(tangent, hi, d)
    a = xp.where(concave | tangent, _flush(xp, df(d), d), k)
    b = xp.maximum(xp.maximum(fl - a * l, fu - a * u), f(d) - a * d)
    return a, b, d


@_quiet
def s_shape_relax(xp: Any, l: Any, u: Any, f: Callable, df: Callable, center: float,
                  dmax: float) -> Lines:
    """S-shaped f with f(-x) = 2*center - f(x) (tanh: 0, sigmoid: 1/2).

    The lower line is the reflection of the upper line of f on [-u, -l]: slope a, and intercept
    min(2c - f(y) + a y) over that line's support points y in {-u, -l, d}, i.e. min(f(x) - a x)
    over x in {l, u, -d}. It is evaluated in the second form: 2c - f(y) cancels where f(y) is near
    2c (red-team case: sigmoid on [-20, -20] gave a lower line 7e-17 above sigmoid(-20) = 2e-9).
    """
    a_up, b_up, _ = _s_upper(xp, l, u, f, df, dmax)
    a_lo, _, d = _s_upper(xp, -u, -l, f, df, dmax)
    b_lo = xp.minimum(xp.minimum(f(l) - a_lo * l, f(u) - a_lo * u), f(-d) + a_lo * d)
    return _guard(xp, l, u, (a_lo, b_lo, a_up, b_up), f(l), f(u))


@_quiet
def rsqrt_relax(xp: Any, l: Any, u: Any, eps: float = 0.0) -> Lines:
    """rsqrt(x) = (x + eps)^(-1/2), convex and decreasing on x > -eps: upper chord (intercept from
    the endpoints: f - k x is convex), lower tangent at the midpoint (at u when [l, u] reaches
    -eps, where f is unbounded: no finite upper line there, the upper bound is +inf). Constant
    fallbacks: [f(u), f(l)] (decreasing), 0 and +inf outside the domain."""
    def f(x: Any) -> Any:
        return 1 / xp.sqrt(x + eps)

    def df(x: Any) -> Any:
        return -0.5 * f(x) ** 3

    in_l, in_u = l + eps > 0, u + eps > 0
    fl, fu = f(xp.where(in_l, l, 1.0 - eps)), f(xp.where(in_u, u, 1.0 - eps))
    lo_c = xp.where(in_u, fu, 0.0)
    hi_c = xp.where(in_l, fl, float("inf"))
    m, _ = _halves(l, u)
    t = xp.where(in_l, m, u)
    a_lo = _flush(xp, df(xp.where(in_u, t, 1.0 - eps)), t)
    a_lo = xp.where(in_u, a_lo, float("nan"))  # NaN: the constant lo_c
    # support of f - a x: the tangent point t, and u (holds it when a was flushed to 0)
    b_lo = xp.minimum(f(xp.where(in_u, t, 1.0 - eps)) - a_lo * t, fu - a_lo * u)
    k = _chord_slope(xp, fl, fu, l, u, df(xp.where(in_l, l, 1.0 - eps)))
    k = xp.where(in_l, k, float("nan"))  # the box reaches -eps: no finite upper line
    b_up = xp.maximum(fl - k * l, fu - k * u)
    return _guard(xp, l, u, (a_lo, b_lo, k, b_up), lo_c, hi_c)

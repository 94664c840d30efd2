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

Lines = tuple[Any, Any, Any, Any]  # a_lo, b_lo, a_up, b_up


def _quiet(fn: Callable) -> Callable:
    """Overflow and inf - inf are expected far out (handled by _guard): no NumPy warnings."""

    @functools.wraps(fn)
    def wrapped(*args: Any, **kw: Any) -> Any:
        with np.errstate(all="ignore"):
            return fn(*args, **kw)

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
    # in real arithmetic, the max keeps it sound when s underflows (u tiny, -l huge).
    b_up = xp.where(unst, xp.maximum(-s * l, u - s * u), 0.0)
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
    b_up = xp.where(unst, xp.maximum(c * l - s * l, u - s * u), 0.0)
    a_lo = xp.where(u >= -l, 1.0, c)
    if alpha is not None:
        a_lo = _clip(xp, xp.asarray(alpha) + 0 * l, c, 1.0)
    a_lo = xp.where(unst, a_lo, stable)
    f = lambda x: xp.where(x > 0, x, c * x)  # noqa: E731
    return _guard(xp, l, u, (a_lo, xp.zeros_like(a_lo), s, b_up), f(l), f(u))


@_quiet
def abs_relax(xp: Any, l: Any, u: Any, alpha: Any = None) -> Lines:
    """|x|: exact when l >= 0 or u <= 0; unstable: upper chord, lower alpha*x with alpha in [-1, 1].

    Default lower slope: 1 if u >= -l else -1 (the one with the smaller area, as CROWN for relu).
    """
    unst, pos = _unstable(l, u), l >= 0
    _, half = _halves(l, u)
    k = xp.where(unst, (u / 2 + l / 2) / xp.where(unst, half, 1.0), xp.where(pos, 1.0, -1.0))
    b_up = xp.where(unst, xp.maximum(-l - k * l, u - k * u), 0.0)
    a_lo = xp.where(u >= -l, 1.0, -1.0)
    if alpha is not None:
        a_lo = _clip(xp, xp.asarray(alpha) + 0 * l, -1.0, 1.0)
    a_lo = xp.where(unst, a_lo, xp.where(pos, 1.0, -1.0))
    lo_c = xp.where(pos, l, xp.where(u < 0, -u, 0.0))
    hi_c = xp.maximum(-l, u)
    return _guard(xp, l, u, (a_lo, xp.zeros_like(a_lo), k, b_up), lo_c, hi_c)


@_quiet
def convex_relax(xp: Any, l: Any, u: Any, f: Callable, df: Callable) -> Lines:
    """Convex increasing f (exp): upper chord (intercept from the endpoints), lower tangent at m."""
    fl, fu = f(l), f(u)
    m, _ = _halves(l, u)
    k = _chord_slope(xp, fl, fu, l, u, df(l))
    b_up = xp.maximum(fl - k * l, fu - k * u)
    a_lo = df(m)
    b_lo = f(m) - a_lo * m
    return _guard(xp, l, u, (a_lo, b_lo, k, b_up), fl, fu)


@_quiet
def concave_relax(xp: Any, l: Any, u: Any, f: Callable, df: Callable, dom_lo: float) -> Lines:
    """Concave increasing f (log, sqrt) on [l, u] meet [dom_lo, inf): upper tangent at m,
    lower chord."""
    l, u = xp.maximum(l, dom_lo), xp.maximum(u, dom_lo)
    fl, fu = f(l), f(u)
    m, _ = _halves(l, u)
    a_up = df(m)
    b_up = f(m) - a_up * m
    k = _chord_slope(xp, fl, fu, l, u, df(l))
    b_lo = xp.minimum(fl - k * l, fu - k * u)
    return _guard(xp, l, u, (k, b_lo, a_up, b_up), fl, fu)


def _s_upper(xp: Any, l: Any, u: Any, f: Callable, df: Callable, dmax: float,
             iters: int = 48) -> tuple[Any, Any]:
    """Upper line of an S-shaped f (inflection at 0) on [l, u]: slope and support intercept."""
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
    a = xp.where(concave | tangent, df(d), k)
    b = xp.maximum(xp.maximum(fl - a * l, fu - a * u), f(d) - a * d)
    return a, b


@_quiet
def s_shape_relax(xp: Any, l: Any, u: Any, f: Callable, df: Callable, center: float,
                  dmax: float) -> Lines:
    """S-shaped f with f(-x) = 2*center - f(x) (tanh: 0, sigmoid: 1/2)."""
    a_up, b_up = _s_upper(xp, l, u, f, df, dmax)
    a_r, b_r = _s_upper(xp, -u, -l, f, df, dmax)
    return _guard(xp, l, u, (a_r, 2 * center - b_r, a_up, b_up), f(l), f(u))

"""Reductions: reduce_sum/mean/max, softmax, log_softmax (normalizations live in norm.py).

Internal helper that is a full operator (so VJPs of VJPs compose): ``reduce_max_mask`` (one-hot
of the first maximum, zero derivative).

``axes=()`` reduces nothing (the identity); the frontend and the ONNX importer pass explicit axes
(ONNX's "empty axes = all axes" is resolved there). Interval rules of non-monotone ops widen their
result by a few units in the last place so that they also enclose the float evaluation of ``impl``.
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError
from ..opdef import REQUIRED, OpDef
from .common import (
    monotone_interval,
    nan_to,
    scalar,
    summing_interval,
)
from .shape import axes_of, axis_of


def _keep_shape(shape, axes):
    return tuple(1 if i in axes else d for i, d in enumerate(shape))


def _reduce_shape(in_shapes, axes, keepdims, nonempty=False):
    x = in_shapes[0]
    ax = axes_of("axes", axes, len(x))
    if not isinstance(keepdims, bool):
        raise ShapeError(f"keepdims must be a bool, got {keepdims!r}")
    if nonempty and int(np.prod([x[a] for a in ax], dtype=np.int64)) == 0:
        raise ShapeError(f"reducing {x} over axes {axes}: no elements")
    return _keep_shape(x, ax) if keepdims else tuple(d for i, d in enumerate(x) if i not in ax)


def _ax(x, axes):
    return axes_of("axes", axes, len(x.shape))


def _expand_back(e, g, x, axes, keepdims):
    """A reduced cotangent reshaped to the keepdims shape (broadcasting ops do the rest)."""
    if keepdims:
        return g
    shp = e.shape(x)
    return e.op("reshape", g, shape=_keep_shape(shp, axes_of("axes", axes, len(shp))))


# -- reduce_sum / reduce_mean ----------------------------------------------------------------------
def _sum_impl(xp, x, axes, keepdims):
    return xp.sum(x, axis=_ax(x, axes), keepdims=keepdims)


def _count(shape, axes):
    return int(np.prod([shape[a] for a in axes_of("axes", axes, len(shape))], dtype=np.int64))


def _mean_impl(xp, x, axes, keepdims):
    return xp.sum(x, axis=_ax(x, axes), keepdims=keepdims) / float(_count(tuple(x.shape), axes))


def _reduce_linear(name, impl, scale_of, doc, nonempty=False):
    def vjp(e, g, out, x, axes, keepdims):
        gb = _expand_back(e, g, x, axes, keepdims)
        k = scale_of(e.shape(x), axes)
        if k != 1.0:
            gb = e.op("mul", gb, scalar(e, k, gb))
        return (e.op("broadcast", gb, shape=e.shape(x)),)

    def jvp(e, ts, out, x, axes, keepdims):
        return None if ts[0] is None else e.op(name, ts[0], axes=axes, keepdims=keepdims)

    return OpDef(
        name=name, arity=1, params={"axes": REQUIRED, "keepdims": False},
        shape=lambda s, axes, keepdims: _reduce_shape(s, axes, keepdims, nonempty), impl=impl,
        vjp=vjp, jvp=jvp, interval=summing_interval(impl), linear=True, doc=doc)


REDUCE_SUM = _reduce_linear(
    "reduce_sum", _sum_impl, lambda s, a: 1.0,
    "Sum over `axes` (negative allowed; () reduces nothing), keepdims like NumPy.")
REDUCE_MEAN = _reduce_linear(
    "reduce_mean", _mean_impl, lambda s, a: 1.0 / _count(s, a),
    "Mean over `axes` (sum / count); at least one element.", nonempty=True)


# -- reduce_max and its tie mask ------------------------------------------------------------------
def _first_max_mask(xp, x, ax):
    """One-hot (x's dtype) of the first maximum over axes ``ax`` in row-major order."""
    shape = tuple(x.shape)
    m = xp.max(x, axis=ax, keepdims=True)
    n = int(np.prod([shape[a] for a in ax], dtype=np.int64))
    order = np.arange(n, dtype=np.float64).reshape(  # row-major rank over the reduced axes
        tuple(shape[i] if i in ax else 1 for i in range(len(shape))))
    key = xp.where(x == m, xp.asarray(-order), xp.asarray(-float(order.size)))
    first = xp.max(key, axis=ax, keepdims=True)
    return xp.where(key == first, xp.ones_like(x), xp.zeros_like(x))


def _max_impl(xp, x, axes, keepdims):
    ax = _ax(x, axes)
    return xp.max(x, axis=ax, keepdims=keepdims) if ax else x


def _max_vjp(e, g, out, x, axes, keepdims):
    mask = e.op("reduce_max_mask", x, axes=axes)
    return (e.op("mul", _expand_back(e, g, x, axes, keepdims), mask),)


def _max_jvp(e, ts, out, x, axes, keepdims):
    if ts[0] is None:
        return None
    mask = e.op("reduce_max_mask", x, axes=axes)
    return e.op("reduce_sum", e.op("mul", ts[0], mask), axes=axes, keepdims=keepdims)


REDUCE_MAX = OpDef(
    name="reduce_max", arity=1, params={"axes": REQUIRED, "keepdims": False},
    shape=lambda s, axes, keepdims: _reduce_shape(s, axes, keepdims, True), impl=_max_impl,
    vjp=_max_vjp, jvp=_max_jvp, interval=monotone_interval(_max_impl, "increasing"),
    doc="Maximum over `axes`. Tie convention: the whole gradient goes to the first maximal element "
        "in row-major order over the reduced axes (reduce_max_mask).")


def _mask_impl(xp, x, axes):
    ax = _ax(x, axes)
    return _first_max_mask(xp, x, ax) if ax else xp.ones_like(x)


def _mask_interval(xp, lowers, uppers, axes):
    return xp.zeros_like(lowers[0]), xp.ones_like(uppers[0])


def _mask_shape(in_shapes, axes):
    _reduce_shape(in_shapes, axes, True, True)
    return in_shapes[0]


REDUCE_MAX_MASK = OpDef(
    name="reduce_max_mask", arity=1, params={"axes": REQUIRED}, shape=_mask_shape, impl=_mask_impl,
    vjp=lambda e, g, out, x, axes: (None,), jvp=lambda e, ts, out, x, axes: None,
    interval=_mask_interval,
    doc="Internal (reduce_max's derivative): 1.0 at the first maximum over `axes` (row-major), 0.0 "
        "elsewhere. Piecewise constant: derivative 0 (a.e.; the jumps at ties are ignored).")


# -- softmax / log_softmax ------------------------------------------------------------------------
def _softmax_shape(in_shapes, axis):
    x = in_shapes[0]
    a = axis_of("axis", axis, len(x))
    if x[a] == 0:
        raise ShapeError(f"softmax over an empty axis of {x}")
    return x


def _softmax_impl(xp, x, axis):
    z = x - xp.max(x, axis=axis, keepdims=True)
    ez = xp.exp(z)
    return ez / xp.sum(ez, axis=axis, keepdims=True)


def _log_softmax_impl(xp, x, axis):
    z = x - xp.max(x, axis=axis, keepdims=True)
    return z - xp.log(xp.sum(xp.exp(z), axis=axis, keepdims=True))


def _rsum(e, v, axis):
    return e.op("reduce_sum", v, axes=(axis,), keepdims=True)


def _softmax_vjp(e, g, out, x, axis):
    # y * (g - sum(g * y)): the same formula serves the JVP (the Jacobian is symmetric).
    return (e.op("mul", out, e.op("sub", g, _rsum(e, e.op("mul", g, out), axis))),)


def _softmax_jvp(e, ts, out, x, axis):
    return None if ts[0] is None else _softmax_vjp(e, ts[0], out, x, axis)[0]


def _log_softmax_vjp(e, g, out, x, axis):
    return (e.op("sub", g, e.op("mul", e.op("softmax", x, axis=axis), _rsum(e, g, axis))),)


def _log_softmax_jvp(e, ts, out, x, axis):
    if ts[0] is None:
        return None
    t = ts[0]
    return e.op("sub", t, _rsum(e, e.op("mul", e.op("softmax", x, axis=axis), t), axis))


def _excl(xp, v, axis, n, fill):
    """v moved to the last axis, and a (..., n, n) copy with the diagonal set to ``fill``."""
    nd = len(v.shape)
    perm = tuple(i for i in range(nd) if i != axis) + (axis,)
    vt = xp.transpose(v, perm)
    eye = xp.asarray(np.eye(n, dtype=bool))
    rows = xp.broadcast_to(xp.reshape(vt, tuple(vt.shape[:-1]) + (1, n)),
                           tuple(vt.shape[:-1]) + (n, n))
    return vt, xp.where(eye, xp.asarray(fill, dtype=getattr(v, "dtype", None)), rows), perm


def _softmax_bounds(xp, lo, hi, axis):
    """(lower, upper) of log softmax, and the transposition to undo: with c a stabilizing shift,
    log s_i >= (l_i - c) - log(exp(l_i - c) + sum_{j != i} exp(u_j - c)), and symmetrically."""
    axis = axis % len(lo.shape)
    n = lo.shape[axis]
    out = []
    for own, other in ((lo, hi), (hi, lo)):
        vo, rows, perm = _excl(xp, other, axis, n, -np.inf)
        vi = xp.transpose(own, perm)
        c = xp.maximum(vi, xp.max(rows, axis=-1)) if n > 1 else vi
        s = xp.sum(xp.exp(rows - xp.reshape(c, tuple(c.shape) + (1,))), axis=-1)
        d = vi - c
        out.append(d - xp.log(xp.exp(d) + s))
    # Widen for rounding, both of this computation and of impl's: each is off by at most a few
    # eps * (|value| + n) in log space (exp's argument, the sum of n terms, the log).
    eps = float(np.finfo(lo.dtype).eps)
    lo_, hi_ = out[0], out[1]
    return (lo_ - eps * (4 * xp.abs(lo_) + 2 * n + 8),
            xp.minimum(hi_ + eps * (4 * xp.abs(hi_) + 2 * n + 8), 0.0), perm)


def _undo(xp, v, perm):
    return xp.transpose(v, tuple(int(i) for i in np.argsort(perm)))


def _softmax_interval(xp, lowers, uppers, axis):
    llo, lhi, perm = _softmax_bounds(xp, lowers[0], uppers[0], axis)
    tol = 4 * float(np.finfo(lowers[0].dtype).eps)  # exp's own rounding
    lo, hi = xp.exp(llo) * (1 - tol), xp.minimum(xp.exp(lhi) * (1 + tol), 1.0)
    return _undo(xp, nan_to(xp, lo, 0.0), perm), _undo(xp, nan_to(xp, hi, 1.0), perm)


def _log_softmax_interval(xp, lowers, uppers, axis):
    llo, lhi, perm = _softmax_bounds(xp, lowers[0], uppers[0], axis)
    return _undo(xp, nan_to(xp, llo, -np.inf), perm), _undo(xp, nan_to(xp, lhi, 0.0), perm)


SOFTMAX = OpDef(
    name="softmax", arity=1, params={"axis": -1}, shape=_softmax_shape, impl=_softmax_impl,
    vjp=_softmax_vjp, jvp=_softmax_jvp, interval=_softmax_interval,
    doc="exp(x - max) / sum(exp(x - max)) along `axis` (stable). VJP/JVP: y * (v - sum(v * y)). "
        "Interval: s_i in [e^l_i / (e^l_i + sum_{j!=i} e^u_j), e^u_i / (e^u_i + sum_{j!=i} e^l_j)] "
        "(O(n^2) per row along the axis, shifted for stability).")
LOG_SOFTMAX = OpDef(
    name="log_softmax", arity=1, params={"axis": -1}, shape=_softmax_shape,
    impl=_log_softmax_impl, vjp=_log_softmax_vjp, jvp=_log_softmax_jvp,
    interval=_log_softmax_interval,
    doc="(x - max) - log(sum(exp(x - max))) along `axis`. VJP: g - softmax(x) * sum(g); JVP: "
        "t - sum(softmax(x) * t). Interval: the log of softmax's enclosure, computed in log space.")


OPS = (REDUCE_SUM, REDUCE_MEAN, REDUCE_MAX, REDUCE_MAX_MASK, SOFTMAX, LOG_SOFTMAX)

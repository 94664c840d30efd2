"""2-D pooling with PyTorch semantics: maxpool2d, avgpool2d, and the internal operators their
derivatives need (maxpool2d_select, maxpool2d_scatter, avgpool2d_transpose), each a full operator.

Layout (..., H, W) with one or two leading axes (CHW or NCHW). Parameters (PyTorch's names:
kernel_size, stride, padding, dilation, ceil_mode, count_include_pad) are pairs (an int means the
same on both axes); padding may also be ONNX's (begin_h, begin_w, end_h, end_w). Output size per
axis, as PyTorch computes it: ``o = floor_or_ceil((n + p_begin + p_end - d(k - 1) - 1) / s) + 1``,
and in ceil mode ``o -= 1`` when the last window would start at or after ``n + p_begin``.
PyTorch also requires ``p <= k // 2``.

Every op is a gather by a constant integer plan (window -> input positions) and a reduction, so
``impl`` keeps to the xp subset. Padding and ceil-mode overhang never contribute: for max, a slot
outside the input reads the first valid element of its window instead (a duplicate cannot change
the maximum, and the tie rule below never picks it); for average, it reads an appended zero.
Ties: the first maximal element in row-major window order gets the whole gradient.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import ShapeError
from ..opdef import REQUIRED, OpDef
from .common import monotone_interval, nan_to, rounding_dtype, summing_interval


@dataclass(frozen=True)
class Plan:
    hw: tuple[int, int]
    out: tuple[int, int]
    idx: np.ndarray  # (P, K) flat input index; invalid slots -> first valid slot of the window
    idx0: np.ndarray  # (P, K) flat input index; invalid slots -> H*W (an appended zero)
    order: np.ndarray  # (P, K) tie-break key: k for valid slots, K + k for invalid ones
    div: np.ndarray  # (P,) average-pool divisor
    slot_t: np.ndarray  # (H*W, M) flat slots w*K+k reading each input position; pad -> P*K
    win_t: np.ndarray  # (H*W, M) the windows of slot_t; pad -> P


def _pair(name, v, lo):
    v = (v, v) if isinstance(v, int) and not isinstance(v, bool) else v
    if (not isinstance(v, tuple) or len(v) != 2
            or any(not isinstance(s, int) or isinstance(s, bool) or s < lo for s in v)):
        raise ShapeError(f"pooling parameter '{name}' must be an int or a pair of ints >= {lo}, "
                         f"got {v!r}")
    return v


def _padding(v):
    """(begin_h, begin_w, end_h, end_w) from an int, a pair, or ONNX's 4-tuple."""
    if isinstance(v, tuple) and len(v) == 4:
        if any(not isinstance(s, int) or isinstance(s, bool) or s < 0 for s in v):
            raise ShapeError(f"pooling parameter 'padding' must be ints >= 0, got {v!r}")
        return v
    return _pair("padding", v, 0) * 2


def _out_size(n, k, s, p, pe, d, ceil_mode):
    num = n + p + pe - d * (k - 1) - 1
    o = (num + (s - 1 if ceil_mode else 0)) // s + 1
    if ceil_mode and (o - 1) * s >= n + p:
        o -= 1
    if o < 1:
        raise ShapeError(f"pooling: output size {o} too small (input {n}, kernel {k}, stride {s}, "
                         f"padding {p}, dilation {d})")
    return o


def make_plan(in_shape, kernel, stride, padding, dilation=1, ceil_mode=False,
              count_include_pad=True) -> Plan:
    if len(in_shape) not in (3, 4):
        raise ShapeError(f"2-D pooling needs a (C, H, W) or (N, C, H, W) operand, got {in_shape}")
    if not isinstance(ceil_mode, bool) or not isinstance(count_include_pad, bool):
        raise ShapeError("pooling: ceil_mode and count_include_pad must be bools")
    k, s = _pair("kernel_size", kernel, 1), _pair("stride", stride, 1)
    p, d = _padding(padding), _pair("dilation", dilation, 1)
    if max(p[0], p[2]) > k[0] // 2 or max(p[1], p[3]) > k[1] // 2:
        raise ShapeError(f"pooling: padding {padding} must be at most half the kernel {k}")
    hw = tuple(in_shape[-2:])
    pos, valid, size = [], [], []
    for a in range(2):
        o = _out_size(hw[a], k[a], s[a], p[a], p[a + 2], d[a], ceil_mode)
        start = np.arange(o) * s[a] - p[a]
        q = start[:, None] + np.arange(k[a])[None, :] * d[a]
        pos.append(q)
        valid.append((q >= 0) & (q < hw[a]))
        # average divisor: the window clipped to the padded input
        size.append(np.minimum(start + k[a], hw[a] + p[a + 2]) - start)
    (oh, ow), (kh, kw) = (pos[0].shape[0], pos[1].shape[0]), k
    flat = (pos[0][:, None, :, None] * hw[1] + pos[1][None, :, None, :]).reshape(oh * ow, kh * kw)
    ok = (valid[0][:, None, :, None] & valid[1][None, :, None, :]).reshape(oh * ow, kh * kw)
    if not ok.any(axis=1).all():
        raise ShapeError("pooling: a window covers only padding (PyTorch would give -inf there)")
    nk, npos, n_in = kh * kw, oh * ow, hw[0] * hw[1]
    first = flat[np.arange(npos), np.argmax(ok, axis=1)]
    idx = np.where(ok, flat, first[:, None])
    idx0 = np.where(ok, flat, n_in)
    order = np.where(ok, 0, nk) + np.arange(nk)[None, :]
    if count_include_pad:
        div = (size[0][:, None] * size[1][None, :]).reshape(npos)
    else:
        div = ok.sum(axis=1)
    # transposed table: for each input position, the (window, slot) pairs that read it
    w_of, k_of = np.nonzero(ok)
    q = flat[w_of, k_of]
    srt = np.argsort(q, kind="stable")
    q, f = q[srt], (w_of * nk + k_of)[srt]
    counts = np.bincount(q, minlength=n_in)
    rank = np.arange(len(q)) - (np.cumsum(counts) - counts)[q]
    slot_t = np.full((n_in, max(int(counts.max()), 1)), npos * nk, dtype=np.int64)
    slot_t[q, rank] = f
    win_t = np.where(slot_t == npos * nk, npos, slot_t // nk)
    return Plan(hw, (oh, ow), idx, idx0, order.astype(np.float64), div.astype(np.float64),
                slot_t, win_t)


def _lead(x):
    return tuple(x.shape[:-2]), int(np.prod(x.shape[:-2], dtype=np.int64))


def _flat(xp, x, plan, zero=False):
    lead, b = _lead(x)
    xf = xp.reshape(x, (b, plan.hw[0] * plan.hw[1]))
    return xp.pad(xf, ((0, 0), (0, 1))) if zero else xf


def _out(xp, v, lead, hw):
    return xp.reshape(v, lead + tuple(hw))


def _cast(xp, a, like):
    """A constant in the operand's dtype (float32 stays float32); semantics without dtypes pass."""
    return xp.asarray(a, dtype=getattr(like, "dtype", None))


# -- maxpool2d and its two derivative operators ----------------------------------------------------
MAX_PARAMS = {"kernel_size": REQUIRED, "stride": REQUIRED, "padding": 0, "dilation": 1,
              "ceil_mode": False}


def _mplan(shape, p):
    return make_plan(shape, p["kernel_size"], p["stride"], p["padding"], p["dilation"],
                     p["ceil_mode"])


def _max_shape(in_shapes, **p):
    return tuple(in_shapes[0][:-2]) + _mplan(in_shapes[0], p).out


def _max_impl(xp, x, **p):
    plan = _mplan(tuple(x.shape), p)
    return _out(xp, xp.max(_flat(xp, x, plan)[:, plan.idx], axis=-1), _lead(x)[0], plan.out)


def _mask(xp, x, plan):
    """(B, P, K) one-hot of the first maximal valid slot of each window."""
    win = _flat(xp, x, plan)[:, plan.idx]
    key = xp.where(win == xp.max(win, axis=-1, keepdims=True), xp.asarray(-plan.order),
                   xp.asarray(-2.0 * plan.order.shape[1]))
    return xp.where(key == xp.max(key, axis=-1, keepdims=True), xp.ones_like(win),
                    xp.zeros_like(win))


def _select_impl(xp, x, h, **p):
    plan = _mplan(tuple(x.shape), p)
    v = xp.sum(_mask(xp, x, plan) * _flat(xp, h, plan)[:, plan.idx], axis=-1)
    return _out(xp, v, _lead(x)[0], plan.out)


def _scatter_impl(xp, x, g, **p):
    plan = _mplan(tuple(x.shape), p)
    lead, b = _lead(x)
    npos, nk = plan.idx.shape
    c = _mask(xp, x, plan) * xp.reshape(g, (b, npos, 1))
    c = xp.pad(xp.reshape(c, (b, npos * nk)), ((0, 0), (0, 1)))
    return _out(xp, xp.sum(c[:, plan.slot_t], axis=-1), lead, plan.hw)


def _pair_shape(in_shapes, **p):
    x, other = in_shapes
    return x, other, _max_shape((x,), **p)


def _select_shape(in_shapes, **p):
    x, h, out = _pair_shape(in_shapes, **p)
    if h != x:
        raise ShapeError(f"maxpool2d_select: operands {x} and {h} differ")
    return out


def _scatter_shape(in_shapes, **p):
    x, g, out = _pair_shape(in_shapes, **p)
    if g != out:
        raise ShapeError(f"maxpool2d_scatter: cotangent {g} is not the pooled shape {out}")
    return x


def _select_interval(xp, lowers, uppers, **p):
    (x, hl), (_, hh) = lowers, uppers
    plan = _mplan(tuple(x.shape), p)
    lead = _lead(x)[0]
    lo = -xp.max(-_flat(xp, hl, plan)[:, plan.idx], axis=-1)
    return (_out(xp, lo, lead, plan.out),
            _out(xp, xp.max(_flat(xp, hh, plan)[:, plan.idx], axis=-1), lead, plan.out))


def _scatter_interval(xp, lowers, uppers, **p):
    # each covering window sends its g to this position or not: sum of [min(0, g_lo), max(0, g_hi)]
    x = lowers[0]
    gl, gh = nan_to(xp, lowers[1], -np.inf), nan_to(xp, uppers[1], np.inf)  # NaN end: unknown
    plan = _mplan(tuple(x.shape), p)
    lead, b = _lead(x)
    out = []
    for v in (xp.minimum(gl, 0.0), xp.maximum(gh, 0.0), xp.maximum(-gl, gh)):
        vf = xp.pad(xp.reshape(v, (b, plan.idx.shape[0])), ((0, 0), (0, 1)))
        out.append(_out(xp, xp.sum(vf[:, plan.win_t], axis=-1), lead, plan.hw))
    lo, hi, mag = out
    dt = rounding_dtype(xp, lo)
    if dt is not None:  # a float sum of m terms is off by up to ~m eps sum |terms|
        fi, m = np.finfo(dt), plan.win_t.shape[1] + 2
        s = (2 * m * float(fi.eps)) * mag + 4 * m * float(fi.smallest_subnormal)
        lo, hi = lo - s, hi + s
    return lo, hi


MAXPOOL2D = OpDef(
    name="maxpool2d", arity=1, params=MAX_PARAMS, shape=_max_shape, impl=_max_impl,
    vjp=lambda e, g, out, x, **p: (e.op("maxpool2d_scatter", x, g, **p),),
    jvp=lambda e, ts, out, x, **p: (None if ts[0] is None
                                    else e.op("maxpool2d_select", x, ts[0], **p)),
    interval=monotone_interval(_max_impl, "increasing"),
    doc="PyTorch max_pool2d (kernel_size, stride, padding, dilation, ceil_mode): padding acts as "
        "-inf. Tie convention: the first maximal element in row-major window order gets the "
        "gradient. A window covering only padding is rejected.")
MAXPOOL2D_SELECT = OpDef(
    name="maxpool2d_select", arity=2, params=MAX_PARAMS, shape=_select_shape, impl=_select_impl,
    vjp=lambda e, g, out, x, h, **p: (None, e.op("maxpool2d_scatter", x, g, **p)),
    jvp=lambda e, ts, out, x, h, **p: (None if ts[1] is None
                                       else e.op("maxpool2d_select", x, ts[1], **p)),
    interval=_select_interval,
    doc="Internal (maxpool2d's JVP): h read at the first maximal element of each window of x. "
        "Linear in h; zero derivative in x (a.e.). maxpool2d(x) == maxpool2d_select(x, x).")
MAXPOOL2D_SCATTER = OpDef(
    name="maxpool2d_scatter", arity=2, params=MAX_PARAMS, shape=_scatter_shape,
    impl=_scatter_impl,
    vjp=lambda e, g, out, x, gg, **p: (None, e.op("maxpool2d_select", x, g, **p)),
    jvp=lambda e, ts, out, x, gg, **p: (None if ts[1] is None
                                        else e.op("maxpool2d_scatter", x, ts[1], **p)),
    interval=_scatter_interval,
    doc="Internal (maxpool2d's VJP): each pooled value g added at the first maximal element of its "
        "window of x (the transpose of maxpool2d_select in its second argument).")


# -- avgpool2d and its transpose ------------------------------------------------------------------
AVG_PARAMS = {"kernel_size": REQUIRED, "stride": REQUIRED, "padding": 0, "count_include_pad": True,
              "ceil_mode": False}


def _aplan(shape, p):
    return make_plan(shape, p["kernel_size"], p["stride"], p["padding"], 1, p["ceil_mode"],
                     p["count_include_pad"])


def _avg_shape(in_shapes, **p):
    return tuple(in_shapes[0][:-2]) + _aplan(in_shapes[0], p).out


def _avg_impl(xp, x, **p):
    plan = _aplan(tuple(x.shape), p)
    v = xp.sum(_flat(xp, x, plan, zero=True)[:, plan.idx0], axis=-1) / _cast(xp, plan.div, x)
    return _out(xp, v, _lead(x)[0], plan.out)


def _avg_t_shape(in_shapes, input_size, **p):
    g = in_shapes[0]
    if len(g) not in (3, 4):
        raise ShapeError(f"avgpool2d_transpose needs a 3-d or 4-d operand, got {g}")
    full = tuple(g[:-2]) + _pair("input_size", input_size, 1)
    if _avg_shape((full,), **p) != g:
        raise ShapeError(f"avgpool2d_transpose: {g} is not the pooled shape of {full}")
    return full


def _avg_t_impl(xp, g, input_size, **p):
    lead, b = _lead(g)
    plan = _aplan(lead + _pair("input_size", input_size, 1), p)
    gs = xp.reshape(g, (b, plan.div.shape[0])) / _cast(xp, plan.div, g)
    gs = xp.pad(gs, ((0, 0), (0, 1)))
    return _out(xp, xp.sum(gs[:, plan.win_t], axis=-1), lead, plan.hw)


AVGPOOL2D = OpDef(
    name="avgpool2d", arity=1, params=AVG_PARAMS, shape=_avg_shape, impl=_avg_impl,
    vjp=lambda e, g, out, x, **p: (
        e.op("avgpool2d_transpose", g, input_size=tuple(e.shape(x)[-2:]), **p),),
    jvp=lambda e, ts, out, x, **p: None if ts[0] is None else e.op("avgpool2d", ts[0], **p),
    interval=summing_interval(_avg_impl), linear=True,
    doc="PyTorch avg_pool2d (kernel_size, stride, padding, count_include_pad, ceil_mode): the "
        "window sum divided by the window size clipped to the padded input (count_include_pad) or "
        "by the number of input elements in the window. Transpose: avgpool2d_transpose.")
AVGPOOL2D_TRANSPOSE = OpDef(
    name="avgpool2d_transpose", arity=1, params={**AVG_PARAMS, "input_size": REQUIRED},
    shape=_avg_t_shape, impl=_avg_t_impl,
    vjp=lambda e, g, out, x, input_size, **p: (e.op("avgpool2d", g, **p),),
    jvp=lambda e, ts, out, x, **p: (None if ts[0] is None
                                    else e.op("avgpool2d_transpose", ts[0], **p)),
    interval=summing_interval(_avg_t_impl), linear=True,
    doc="Internal (avgpool2d's VJP): the transpose of avgpool2d for an input of spatial size "
        "input_size; each pooled value divided by its divisor and added over its window.")

OPS = (MAXPOOL2D, MAXPOOL2D_SELECT, MAXPOOL2D_SCATTER, AVGPOOL2D, AVGPOOL2D_TRANSPOSE)

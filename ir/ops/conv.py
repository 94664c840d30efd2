"""2-D convolution (NCHW) and the two linear ops its derivatives need.

With T(x, w, y) = <y, conv2d(x, w)> (a trilinear form), the three ops are its three partial
derivatives, so each one's VJP/JVP is made of the other two and the family is closed under
differentiation (JVP-of-VJP composes to any order):

- ``conv2d(x, w[, b])``            y-shaped: dT/dy (PyTorch conv2d, weight (O, C/groups, kh, kw))
- ``conv2d_transpose(y, w)``       x-shaped: dT/dx (PyTorch conv_transpose2d with the same weight;
  ``output_padding`` adds the rows/columns a strided conv2d never reads)
- ``conv2d_weight_grad(x, y)``     w-shaped: dT/dw (``kernel_size`` names (kh, kw))

Parameters: ``stride``, ``dilation`` pairs (>= 1); ``padding`` a pair (symmetric) or four ints
(top, left, bottom, right: ONNX's begin/end order); ``groups`` divides both channel counts.
Implementation (xp subset: pad, integer-array indexing, reshape, transpose, matmul, sum): gather
the windows by integer indexing into the input padded with one zero row and column (out-of-range
taps point at it, so padding and the transpose's holes cost no scatter), then one grouped matmul.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import ShapeError
from ..opdef import REQUIRED, OpDef, Shape
from .common import bilinear_interval, expand, reshape, unbroadcast

CONV_PARAMS = {"stride": (1, 1), "padding": (0, 0), "dilation": (1, 1), "groups": 1}


def _ints(name: str, v: Any, n: tuple[int, ...], lo: int) -> tuple[int, ...]:
    v = (v, v) if isinstance(v, int) and not isinstance(v, bool) else v
    if (not isinstance(v, tuple) or len(v) not in n
            or any(not isinstance(i, int) or isinstance(i, bool) or i < lo for i in v)):
        raise ShapeError(f"{name} must be {' or '.join(map(str, n))} ints >= {lo}, got {v!r}")
    return v


def geometry(stride, padding, dilation, groups, **_: Any):
    """Validated (stride, pads (top, left, bottom, right), dilation, groups)."""
    s = _ints("stride", stride, (2,), 1)
    p = _ints("padding", padding, (2, 4), 0)
    d = _ints("dilation", dilation, (2,), 1)
    if not isinstance(groups, int) or isinstance(groups, bool) or groups < 1:
        raise ShapeError(f"groups must be an int >= 1, got {groups!r}")
    return s, (p if len(p) == 4 else p + p), d, groups


def _out_len(n: int, k: int, s: int, p0: int, p1: int, d: int) -> int:
    return (n + p0 + p1 - d * (k - 1) - 1) // s + 1


def output_padding(n: int, n_out: int, k: int, s: int, p0: int, p1: int, d: int) -> int:
    """The output_padding that makes conv2d_transpose return length ``n`` from ``n_out``."""
    return n - ((n_out - 1) * s - p0 - p1 + d * (k - 1) + 1)


def _rank4(name: str, s: Shape) -> None:
    if len(s) != 4:
        raise ShapeError(f"{name} must be 4-D (NCHW / OIHW), got shape {s}")


def _channels(c_in: int, o: int, cg: int, g: int, what: str) -> None:
    if o % g or cg * g != c_in:
        raise ShapeError(f"{what}: channels do not fit groups={g} "
                         f"(in {c_in}, weight in/group {cg}, out {o})")


def _conv_shape(in_shapes, **p):
    if len(in_shapes) not in (2, 3):
        raise ShapeError(f"expects 2 or 3 arguments (x, w[, b]), got {len(in_shapes)}")
    (s, pad, d, g), (x, w) = geometry(**p), in_shapes[:2]
    _rank4("x", x)
    _rank4("weight", w)
    _channels(x[1], w[0], w[1], g, "conv2d")
    if len(in_shapes) == 3 and in_shapes[2] != (w[0],):
        raise ShapeError(f"bias must have shape ({w[0]},), got {in_shapes[2]}")
    ho = _out_len(x[2], w[2], s[0], pad[0], pad[2], d[0])
    wo = _out_len(x[3], w[3], s[1], pad[1], pad[3], d[1])
    if ho < 1 or wo < 1:
        raise ShapeError(f"input {x[2:]} is smaller than the dilated kernel {w[2:]} with padding")
    return (x[0], w[0], ho, wo)


def _convt_shape(in_shapes, output_padding, **p):
    (s, pad, d, g), (y, w) = geometry(**p), in_shapes
    _rank4("y", y)
    _rank4("weight", w)
    op = _ints("output_padding", output_padding, (2,), 0)
    if any(o >= max(si, di) for o, si, di in zip(op, s, d, strict=True)):
        raise ShapeError(f"output_padding {op} must be smaller than stride or dilation")
    if y[1] != w[0] or w[0] % g:
        raise ShapeError(f"conv2d_transpose: input channels {y[1]} vs weight {w[0]}, groups={g}")
    hw = tuple((y[2 + i] - 1) * s[i] - pad[i] - pad[i + 2] + d[i] * (w[2 + i] - 1) + 1 + op[i]
               for i in range(2))
    if min(hw) < 1:
        raise ShapeError(f"conv2d_transpose: empty output {hw}")
    return (y[0], w[1] * g) + hw


def _convw_shape(in_shapes, kernel_size, **p):
    (s, pad, d, g), (x, y) = geometry(**p), in_shapes
    _rank4("x", x)
    _rank4("y", y)
    k = _ints("kernel_size", kernel_size, (2,), 1)
    if x[0] != y[0] or x[1] % g or y[1] % g:
        raise ShapeError(f"conv2d_weight_grad: x {x} and y {y} do not fit groups={g}")
    want = tuple(_out_len(x[2 + i], k[i], s[i], pad[i], pad[i + 2], d[i]) for i in range(2))
    if want != y[2:]:
        raise ShapeError(f"conv2d_weight_grad: y spatial {y[2:]} but conv2d gives {want}")
    return (y[1], x[1] // g) + k


# -- index maps -----------------------------------------------------------------------------------
def _taps(n: int, n_out: int, k: int, s: int, p0: int, d: int) -> np.ndarray:
    """(k, n_out) source indices of conv taps; n (one past the end) marks a zero (padding) tap."""
    src = np.arange(n_out)[None, :] * s + np.arange(k)[:, None] * d - p0
    return np.where((src >= 0) & (src < n), src, n)


def _taps_t(n: int, n_out: int, k: int, s: int, p0: int, d: int) -> np.ndarray:
    """(k, n) for the transpose: output row i takes y[o] with o*s + ki*d - p0 == i, else zero."""
    num = np.arange(n)[None, :] + p0 - np.arange(k)[:, None] * d
    o = num // s
    return np.where((num >= 0) & (num % s == 0) & (o < n_out), o, n_out)


def _ix(xp: Any, a: np.ndarray) -> Any:
    # CuPy wants device index arrays; numpy and the SMT semantics index with numpy ints.
    return xp.asarray(a) if getattr(xp, "__name__", "") == "cupy" else a


def _gather(xp: Any, x: Any, rows: np.ndarray, cols: np.ndarray) -> Any:
    """x (N, C, H, W) -> (N, C, kh, kw, Ho, Wo), zero where an index is H (resp. W)."""
    xz = xp.pad(x, ((0, 0), (0, 0), (0, 1), (0, 1)))
    return xz[:, :, _ix(xp, rows[:, None, :, None]), _ix(xp, cols[None, :, None, :])]


def _grouped(xp: Any, w2: Any, cols: Any, g: int) -> Any:
    """w2 (g, Og, K) @ cols (N, C, kh, kw, Ho, Wo) grouped as (N, g, K, L) -> (N, g*Og, Ho, Wo)."""
    n, _, _, _, ho, wo = cols.shape
    y = w2 @ xp.reshape(cols, (n, g, -1, ho * wo))
    return xp.reshape(y, (n, -1, ho, wo))


def _windows(xp: Any, x: Any, kernel: tuple[int, int], **p: Any) -> Any:
    """conv2d's im2col of x: (N, C, kh, kw, Ho, Wo)."""
    s, pad, d, _ = geometry(**p)
    hw = tuple(x.shape[2:])
    taps = [_taps(hw[i], _out_len(hw[i], kernel[i], s[i], pad[i], pad[i + 2], d[i]), kernel[i],
                  s[i], pad[i], d[i]) for i in range(2)]
    return _gather(xp, x, taps[0], taps[1])


def _conv_impl(xp, x, w, *b, **p):
    g, (o, _, kh, kw) = p["groups"], w.shape
    cols = _windows(xp, x, (kh, kw), **p)
    y = _grouped(xp, xp.reshape(w, (g, o // g, -1)), cols, g)
    return y + xp.reshape(b[0], (1, o, 1, 1)) if b else y


def _convt_impl(xp, y, w, output_padding, **p):
    (s, pad, d, g) = geometry(**p)
    _, c, h, wd = _convt_shape((tuple(y.shape), tuple(w.shape)), output_padding, **p)
    o, cg, kh, kw = w.shape
    cols = _gather(xp, y, _taps_t(h, y.shape[2], kh, s[0], pad[0], d[0]),
                   _taps_t(wd, y.shape[3], kw, s[1], pad[1], d[1]))
    # weight (O, Cg, kh, kw) -> (g, Cg, Og*kh*kw): contract over the group's y channels and taps
    wt = xp.transpose(xp.reshape(w, (g, o // g, cg, kh, kw)), (0, 2, 1, 3, 4))
    return _grouped(xp, xp.reshape(wt, (g, cg, -1)), cols, g)


def _convw_impl(xp, x, y, kernel_size, **p):
    g, (kh, kw) = p["groups"], kernel_size
    n, c = x.shape[:2]
    o, ho, wo = y.shape[1], y.shape[2], y.shape[3]
    cols = _windows(xp, x, (kh, kw), **p)
    cols = xp.transpose(xp.reshape(cols, (n, g, -1, ho * wo)), (0, 1, 3, 2))  # (N, g, L, K)
    gw = xp.sum(xp.reshape(y, (n, g, o // g, ho * wo)) @ cols, axis=0)  # (g, Og, K)
    return xp.reshape(gw, (o, c // g, kh, kw))


# -- derivatives ----------------------------------------------------------------------------------
def _geo(p: dict) -> dict:
    return {k: p[k] for k in CONV_PARAMS}


def _convt(e, y, w, x_shape, **p):
    """conv2d_transpose(y, w) with the output_padding that restores ``x_shape``."""
    s, pad, d, _ = geometry(**p)
    ys, ws = e.shape(y), e.shape(w)
    op = tuple(output_padding(x_shape[2 + i], ys[2 + i], ws[2 + i], s[i], pad[i], pad[i + 2], d[i])
               for i in range(2))
    return e.op("conv2d_transpose", y, w, output_padding=op, **_geo(p))


def _conv(e, x, w, **p):
    return e.op("conv2d", x, w, **_geo(p))


def _convw(e, x, y, k, **p):
    return e.op("conv2d_weight_grad", x, y, kernel_size=tuple(k), **_geo(p))


def _add_all(e, terms):
    terms = [t for t in terms if t is not None]
    if not terms:
        return None
    t = terms[0]
    for s in terms[1:]:
        t = e.op("add", t, s)
    return t


def _conv_vjp(e, g, out, x, w, *b, **p):
    gx = _convt(e, g, w, e.shape(x), **p)
    gw = _convw(e, x, g, e.shape(w)[2:], **p)
    if not b:
        return gx, gw
    o = e.shape(w)[0]
    return gx, gw, reshape(e, unbroadcast(e, g, (1, o, 1, 1)), (o,))


def _conv_jvp(e, ts, out, x, w, *b, **p):
    tb = ts[2] if len(ts) > 2 else None
    return _add_all(e, [
        None if ts[0] is None else _conv(e, ts[0], w, **p),
        None if ts[1] is None else _conv(e, x, ts[1], **p),
        None if tb is None else expand(e, reshape(e, tb, (1, e.shape(tb)[0], 1, 1)), e.shape(out)),
    ])


def _convt_vjp(e, g, out, y, w, output_padding, **p):
    # <g, convT(y, w)> = T(g, w, y)
    return _conv(e, g, w, **p), _convw(e, g, y, e.shape(w)[2:], **p)


def _convt_jvp(e, ts, out, y, w, output_padding, **p):
    xs = e.shape(out)
    return _add_all(e, [None if ts[0] is None else _convt(e, ts[0], w, xs, **p),
                        None if ts[1] is None else _convt(e, y, ts[1], xs, **p)])


def _convw_vjp(e, g, out, x, y, kernel_size, **p):
    # <g, convW(x, y)> = T(x, g, y)
    return _convt(e, y, g, e.shape(x), **p), _conv(e, x, g, **p)


def _convw_jvp(e, ts, out, x, y, kernel_size, **p):
    return _add_all(e, [None if ts[0] is None else _convw(e, ts[0], y, kernel_size, **p),
                        None if ts[1] is None else _convw(e, x, ts[1], kernel_size, **p)])


def _bilinear_rule(impl):
    def interval(xp, lowers, uppers, **p):
        lo, hi = bilinear_interval(xp, lambda a, b: impl(xp, a, b, **p),
                                   lowers[0], uppers[0], lowers[1], uppers[1])
        if len(lowers) > 2:  # conv2d's bias
            o = lowers[2].shape[0]
            lo = lo + xp.reshape(lowers[2], (1, o, 1, 1))
            hi = hi + xp.reshape(uppers[2], (1, o, 1, 1))
        return lo, hi

    return interval


_IV = " Interval: mid-radius (exact with a constant weight: conv(mid, W) +- conv(rad, |W|))."

CONV2D = OpDef(
    name="conv2d", arity=None, shape=_conv_shape, impl=_conv_impl, params=CONV_PARAMS,
    vjp=_conv_vjp, jvp=_conv_jvp, interval=_bilinear_rule(_conv_impl), linear=True,
    doc="PyTorch conv2d (cross-correlation), NCHW; weight (O, C/groups, kh, kw); optional bias "
        "(O,); stride/dilation pairs, padding pair or (top, left, bottom, right), groups." + _IV,
)
CONV2D_TRANSPOSE = OpDef(
    name="conv2d_transpose", arity=2, shape=_convt_shape, impl=_convt_impl,
    params={**CONV_PARAMS, "output_padding": (0, 0)},
    vjp=_convt_vjp, jvp=_convt_jvp, interval=_bilinear_rule(_convt_impl), linear=True,
    doc="The adjoint of conv2d in its input: PyTorch conv_transpose2d(y, w) with the conv's "
        "weight (O, C/groups, kh, kw); output_padding extends the bottom/right edge." + _IV,
)
CONV2D_WEIGHT_GRAD = OpDef(
    name="conv2d_weight_grad", arity=2, shape=_convw_shape, impl=_convw_impl,
    params={**CONV_PARAMS, "kernel_size": REQUIRED},
    vjp=_convw_vjp, jvp=_convw_jvp, interval=_bilinear_rule(_convw_impl), linear=True,
    doc="The adjoint of conv2d in its weight: dW[o, c, i, j] = sum over n, oh, ow of "
        "y[n, o, oh, ow] * x_padded[n, c, oh*s + i*d, ow*s + j*d] (torch.nn.grad.conv2d_weight)."
        + _IV,
)

OPS = (CONV2D, CONV2D_TRANSPOSE, CONV2D_WEIGHT_GRAD)

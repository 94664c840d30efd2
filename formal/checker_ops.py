"""The checker's own per-op rules: linear maps as terms, relaxation lines, rigorous intervals.

Independent of torchsmt.bounds by design (the certificate checker's trusted base is this file,
checker.py, and the ops' ``impl`` functions in torchsmt.ir, which define what a graph means).
A linear node y = sum_i J_i x_i + f0 is a list of Terms; each applies J_i (or J_i with positive,
negative or absolute weights) forward and J_i^T backward, vectorized over leading rows.
``k`` bounds the number of rounded operations behind one entry of either product (the a-priori
dot-product error gamma_k applies). Every product here is exact in exact mode (object arrays of
Fractions), where the same code runs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

import numpy as np

from torchsmt.ir import Graph, Node

U = 2.0 ** -53  # unit roundoff of binary64 (round to nearest)
TINY = 2.0 ** -1074  # smallest subnormal: the absolute error floor of one product


def gamma(k: int) -> float:
    """gamma_k = k u / (1 - k u), rounded up (the factor 1.01 covers its own rounding)."""
    ku = k * U
    if ku >= 0.5:
        return float("inf")
    return 1.01 * ku / (1 - ku)


class Unsupported(Exception):
    """The certificate uses an op or construct this checker cannot re-derive."""


class CheckFail(Exception):
    """A certified bound or claim is not implied (the checker's verdict: invalid)."""


@dataclass(frozen=True)
class Term:
    arg: int  # position in node.args
    fwd: Callable[[Any, str], Any]  # (x (M, *x), mode) -> (M, *y); mode plain|pos|neg|abs
    back: Callable[[Any], Any]  # A (M, *y) -> (M, *x)


def _sign_parts(c: Any, mode: str) -> Any:
    if mode == "plain":
        return c
    if mode == "abs":
        return abs(c) if np.isscalar(c) else np.abs(c)
    if np.isscalar(c):
        return (max(c, 0) if mode == "pos" else min(c, 0))
    return np.maximum(c, 0) if mode == "pos" else np.minimum(c, 0)


def unbcast(a: Any, shape: tuple[int, ...]) -> Any:
    y = a.shape[1:]
    lead = len(y) - len(shape)
    axes = tuple(range(1, 1 + lead)) + tuple(
        1 + lead + i for i, d in enumerate(shape) if d == 1 and y[lead + i] != 1)
    if axes:
        a = a.sum(axis=axes, keepdims=True)
    return a.reshape((a.shape[0],) + tuple(shape))


def _expand(x: Any, shape: tuple[int, ...], y: tuple[int, ...]) -> Any:
    m = x.shape[0]
    x = x.reshape((m,) + (1,) * (len(y) - len(shape)) + tuple(shape))
    return np.broadcast_to(x, (m,) + tuple(y))


def linear_terms(g: Graph, n: Node, consts: dict[int, Any], zero: Any,
                 f0err: dict[int, Any] | None = None,
                 slope_rad: dict[int, Any] | None = None) -> tuple[list[Term], Any, int] | None:
    """(terms, offset f0 (node shape) or None, k) for a supported linear node, else None.

    Where f0 itself is rounded beyond gamma_k |f0| (batchnorm), ``f0err[n.id]`` receives a bound
    on |f0 - fl(f0)|. Exact mode, batchnorm: the slope s is irrational, so the terms use a
    rational s_mid and ``slope_rad[n.id] = (r, mean)`` (channel-broadcast) says |s - s_mid| <= r:
    y = s_mid (x - mean) + bias + e with |e| <= r |x - mean| (the checker charges it)."""
    op, y = n.op, n.shape
    var = [a not in consts for a in n.args]
    shapes = [g.node(a).shape for a in n.args]
    size = lambda s: int(np.prod(s, dtype=np.int64))  # noqa: E731
    # terms behind one entry of J x or of A J: at most the sizes of y and of the variable operand
    k = size(y) + max(size(s) for s, v in zip(shapes, var, strict=True) if v) + 4
    if op in ("add", "sub", "neg"):
        sg = [1, -1] if op == "sub" else ([-1] if op == "neg" else [1, 1])
        terms, f0 = [], None
        for i, a in enumerate(n.args):
            s = sg[i]
            if var[i]:
                def fwd(x, mode, i=i, s=s):
                    return _expand(_sign_parts(s, mode) * x, shapes[i], y)

                def back(A, i=i, s=s):
                    return unbcast(s * A, shapes[i])

                terms.append(Term(i, fwd, back))
            else:
                c = np.broadcast_to(s * consts[a], y)
                f0 = c if f0 is None else f0 + c
        return terms, f0, k
    if op in ("mul", "div") and sum(var) == 1 and (op == "mul" or var[0]):
        i = var.index(True)
        c = consts[n.args[1 - i]]
        if op == "div":
            if np.any(c == 0):
                return None
            c = (1 / c) if c.dtype != object else np.vectorize(lambda v: 1 / v, otypes=[object])(c)
            k += 2  # 1/c is rounded once (exact mode: exact)
        return ([Term(i, lambda x, mode: _expand(x, shapes[i], y) * _sign_parts(c, mode),
                      lambda A: unbcast(A * c, shapes[i]))], None, k)
    if op in ("linear", "matmul") and var[0] and not any(var[1:]):
        return _gemm(n, shapes, consts, k)
    if op == "matmul" and var == [False, True]:
        return _matmul_left(n, shapes, consts, k)
    if op == "batchnorm" and var[0] and not any(var[1:]) and len(shapes[0]) >= 2:
        if consts[n.args[1]].dtype == object:
            return _batchnorm_exact(n, shapes, consts, k, slope_rad)
        return _batchnorm(n, shapes, consts, k, f0err)
    if op == "avgpool2d" and var == [True]:
        return _avgpool(n, shapes[0], zero, k)
    if op == "conv2d" and var[0] and not any(var[1:]):
        return _conv(g, n, shapes, consts, k, zero)
    if op in ("reshape", "flatten", "transpose", "slice", "pad", "concat", "broadcast",
              "slice_transpose"):
        return _movement(g, n, var, shapes, consts)
    return None


def _gemm(n: Node, shapes, consts, k):
    p = n.p
    w = consts[n.args[1]]
    if n.op == "linear":
        w = np.swapaxes(w, -1, -2) if p.get("transB", 0) else w
        alpha, beta = p.get("alpha", 1.0), p.get("beta", 1.0)
        ta = bool(p.get("transA", 0)) and len(shapes[0]) >= 2
    else:
        alpha, beta, ta = 1.0, 1.0, False
    if w.ndim != 2 or len(shapes[0]) < 1:
        return None
    if alpha != 1.0:
        w = w * (Fraction(alpha) if w.dtype == object else alpha)
        k += 1
    parts = {m: _sign_parts(w, m) for m in ("plain", "pos", "neg", "abs")}
    wt = w.T

    def fwd(x, mode):
        if ta:
            x = np.swapaxes(x, -1, -2)
        if x.ndim == 2:  # 1-D operand rows
            return x @ parts[mode]
        return (x.reshape(-1, x.shape[-1]) @ parts[mode]).reshape(x.shape[:-1] + (w.shape[1],))

    def back(A):
        if A.ndim == 2:
            r = A @ wt
        else:
            r = (A.reshape(-1, A.shape[-1]) @ wt).reshape(A.shape[:-1] + (w.shape[0],))
        return np.swapaxes(r, -1, -2) if ta else r

    f0 = None
    if len(n.args) > 2:
        c = consts[n.args[2]]
        if beta != 1.0:
            c = c * (Fraction(beta) if c.dtype == object else beta)
            k += 1
        f0 = np.broadcast_to(c, n.shape)
    return [Term(0, fwd, back)], f0, k


def _matmul_left(n: Node, shapes, consts, k):
    """y = W @ x with the constant weight first (ONNX MatMul(W, x)), W of shape (m, q):
    x (q,) -> y (m,); x (..., q, p) -> y (..., m, p) (W broadcast over x's batch axes).
    Each entry of y (of the transposed product) sums q (m) products: q, m <= k."""
    w = consts[n.args[0]]
    xs = shapes[1]
    if w.ndim != 2 or len(xs) < 1 or xs[-1 if len(xs) == 1 else -2] != w.shape[1]:
        return None
    parts = {m: _sign_parts(w, m) for m in ("plain", "pos", "neg", "abs")}
    wt = w.T
    vec = len(xs) == 1
    y = tuple(n.shape)

    def fwd(x, mode):  # x (M, *xs)
        r = x @ parts[mode].T if vec else np.matmul(parts[mode], x)
        return r.reshape((x.shape[0],) + y)

    def back(A):  # A (M, *y)
        r = A @ w if vec else np.matmul(wt, A)
        return r.reshape((A.shape[0],) + tuple(xs))

    return [Term(1, fwd, back)], None, k


def _batchnorm(n: Node, shapes, consts, k, f0err):
    """y = s (x - mean) + bias per channel (axis 1), s = scale / sqrt(var + eps): the slope s is
    rounded three times (sqrt, +, /) and f0 = bias - mean s a few more; exact mode: unsupported
    (s is irrational in general)."""
    scale, bias, mean, var = (consts[a] for a in n.args[1:])
    if scale.dtype == object:
        raise Unsupported(f"batchnorm (%{n.id}) in exact mode: its slope is irrational")
    c = shapes[0][1]
    bs = (c,) + (1,) * (len(shapes[0]) - 2)
    with np.errstate(all="ignore"):
        sl = scale / np.sqrt(var + n.p.get("eps", 1e-5))
        f0 = bias - mean * sl
    if not (np.all(np.isfinite(sl)) and np.all(np.isfinite(f0))):
        return None
    s_b = sl.reshape(bs)
    y = n.shape
    if f0err is not None:  # |fl(f0) - f0| <= |mean| |s - fl(s)| + roundings of the product and sum
        e = gamma(8) * (np.abs(bias) + np.abs(mean * sl)) + 8 * TINY
        f0err[n.id] = np.broadcast_to(e.reshape(bs), y)
    return ([Term(0, lambda x, mode: x * _sign_parts(s_b, mode),
                  lambda A: A * s_b)], np.broadcast_to(f0.reshape(bs), y), k + 4)


def _sqrt_bracket(v: Fraction) -> tuple[Fraction, Fraction]:
    """Rationals lo <= sqrt(v) <= hi (v > 0), a few ulps apart: the float sqrt, stepped outward
    until the squares compare exactly."""
    r = float(np.sqrt(float(v)))
    lo = hi = r
    while lo > 0 and Fraction(lo) ** 2 > v:
        lo = float(np.nextafter(lo, 0.0))
    while Fraction(hi) ** 2 < v:
        hi = float(np.nextafter(hi, np.inf))
    if not (lo > 0 and np.isfinite(hi)):
        raise Unsupported("batchnorm: var + eps is not a positive finite number")
    return Fraction(lo), Fraction(hi)


def _batchnorm_exact(n: Node, shapes, consts, k, slope_rad):
    """Exact mode: s = scale / sqrt(var + eps) enclosed in [s_mid - r, s_mid + r] with rationals
    (sqrt bracketed exactly by squaring); the rest of the map is exact."""
    scale, bias, mean, var = (consts[a] for a in n.args[1:])
    eps = Fraction(n.p.get("eps", 1e-5))
    c = shapes[0][1]
    bs = (c,) + (1,) * (len(shapes[0]) - 2)
    mid, rad = [], []
    for i in range(c):
        v = var[i] + eps
        if v <= 0:
            raise Unsupported(f"batchnorm (%{n.id}): var + eps <= 0 in channel {i}")
        lo, hi = _sqrt_bracket(v)
        ends = (scale[i] / hi, scale[i] / lo)
        m = Fraction(float(scale[i]) / float(np.sqrt(float(v))))
        mid.append(m)
        rad.append(max(abs(e - m) for e in ends))
    s_b = np.array(mid, dtype=object).reshape(bs)
    f0 = np.array([bias[i] - mean[i] * mid[i] for i in range(c)], dtype=object).reshape(bs)
    y = n.shape
    if slope_rad is not None:
        slope_rad[n.id] = (np.array(rad, dtype=object).reshape(bs), np.asarray(mean).reshape(bs))
    return ([Term(0, lambda x, mode: x * _sign_parts(s_b, mode),
                  lambda A: A * s_b)], np.broadcast_to(f0, y), k + 4)


def _avgpool(n: Node, xs: tuple[int, ...], zero: Any, k: int):
    """avgpool2d as a positive linear map, read off pool.py's gather plan: out[w] = sum of the
    window's valid entries times 1/div[w] (exact mode: the rational 1/div; float: 1/div rounded
    once, covered by k + 2)."""
    from torchsmt.ir.ops.pool import make_plan

    p = n.p
    plan = make_plan(tuple(xs), p["kernel_size"], p["stride"], p["padding"], 1,
                     p.get("ceil_mode", False), p.get("count_include_pad", True))
    hw = plan.hw[0] * plan.hw[1]
    npos = plan.div.shape[0]
    exact = not isinstance(zero, float)
    inv = (np.array([Fraction(1) / Fraction(int(d)) for d in plan.div], dtype=object) if exact
           else 1.0 / plan.div)
    lead_y = tuple(n.shape)

    def fwd(x, mode):
        m = x.shape[0]
        if mode == "neg":
            return np.zeros((m,) + lead_y, dtype=x.dtype) + zero
        xf = x.reshape(-1, hw)
        xf = np.concatenate([xf, np.full((xf.shape[0], 1), zero, dtype=xf.dtype)], axis=1)
        out = xf[:, plan.idx0].sum(axis=-1) * inv
        return out.reshape((m,) + lead_y)

    def back(A):
        m = A.shape[0]
        af = A.reshape(-1, npos) * inv
        af = np.concatenate([af, np.full((af.shape[0], 1), zero, dtype=af.dtype)], axis=1)
        out = af[:, plan.win_t].sum(axis=-1)
        return out.reshape((m,) + tuple(xs))

    return [Term(0, fwd, back)], None, k + 2 + int(plan.idx0.shape[1])


def _conv(g, n, shapes, consts, k, zero):
    from torchsmt.ir import REGISTRY

    impl = REGISTRY["conv2d"].impl
    w = consts[n.args[1]]
    p = n.p
    st, pad, dil, groups = p["stride"], p["padding"], p["dilation"], p["groups"]
    pads = tuple(pad) * 2 if len(pad) == 2 else tuple(pad)
    parts = {m: _sign_parts(w, m) for m in ("plain", "pos", "neg", "abs")}
    xs = shapes[0]
    _, cin, h, wd = xs
    cout, cin_g, kh, kw = w.shape
    _, _, ho, wo = n.shape
    cout_g = cout // groups
    wt = w.reshape(groups, cout_g, cin_g * kh * kw).transpose(0, 2, 1)
    pt, pl, pb, pr = pads

    def fwd(x, mode):
        m = x.shape[0]
        out = impl(np, x.reshape((m * xs[0],) + xs[1:]), parts[mode], **p)
        return out.reshape((m,) + n.shape)

    def back(A):
        m = A.shape[0]
        lead = m * n.shape[0]
        ay = A.reshape(lead, groups, cout_g, ho * wo).transpose(1, 2, 0, 3)
        cols = np.matmul(wt, ay.reshape(groups, cout_g, lead * ho * wo))
        cols = cols.reshape(cin, kh, kw, lead, ho, wo)
        out = np.full((cin, lead, h + pt + pb, wd + pl + pr), zero, dtype=A.dtype)
        for i in range(kh):
            for j in range(kw):
                out[:, :, i * dil[0]:i * dil[0] + st[0] * (ho - 1) + 1:st[0],
                    j * dil[1]:j * dil[1] + st[1] * (wo - 1) + 1:st[1]] += cols[:, i, j]
        out = out[:, :, pt:pt + h, pl:pl + wd].transpose(1, 0, 2, 3)
        return out.reshape((m,) + tuple(xs))

    f0 = None
    if len(n.args) > 2:
        f0 = np.broadcast_to(consts[n.args[2]].reshape(1, cout, 1, 1), n.shape)
    return [Term(0, fwd, back)], f0, k + cin_g * kh * kw + cout * kh * kw


def _movement(g, n, var, shapes, consts):
    """out[j] = source[idx[j]] or a constant, read off impl run on 1-based position numbers."""
    from torchsmt.ir import REGISTRY

    impl = REGISTRY[n.op].impl
    sizes = [int(np.prod(s, dtype=np.int64)) for s in shapes]
    offs = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    if offs[-1] >= 2 ** 50:
        return None
    probes = [[], []]
    for i, s in enumerate(shapes):
        for t, f in enumerate((1.0, 2.0)):
            probes[t].append(f * (offs[i] + 1 + np.arange(sizes[i], dtype=np.float64)).reshape(s)
                             if var[i] else np.asarray(consts[n.args[i]], dtype=np.float64))
    o1 = np.asarray(impl(np, *probes[0], **n.p), dtype=np.float64).reshape(-1)
    o2 = np.asarray(impl(np, *probes[1], **n.p), dtype=np.float64).reshape(-1)
    moved = (o2 == 2 * o1) & (o1 >= 1) & (o1 == np.round(o1)) & (o1 <= offs[-1])
    if not np.all(moved | (o2 == o1)):  # some output is neither moved nor constant
        return None
    idx = np.where(moved, o1, 1).astype(np.int64) - 1
    const_part = np.where(moved, 0.0, o1)
    terms = []
    for i in range(len(shapes)):
        if not var[i]:
            continue
        sel = moved & (idx >= offs[i]) & (idx < offs[i + 1])
        src = idx[sel] - offs[i]

        def fwd(x, mode, sel=sel, src=src, i=i):
            m = x.shape[0]
            out = np.zeros((m, sel.size), dtype=x.dtype)
            if mode != "neg":
                out[:, sel] = x.reshape(m, -1)[:, src]
            return out.reshape((m,) + n.shape)

        def back(A, sel=sel, src=src, i=i):
            m = A.shape[0]
            full = np.zeros((m, sizes[i]), dtype=A.dtype)
            np.add.at(full, (slice(None), src), A.reshape(m, -1)[:, sel])
            return full.reshape((m,) + tuple(shapes[i]))

        terms.append(Term(i, fwd, back))
    f0 = const_part.reshape(n.shape) if np.any(const_part) else None
    return terms, f0, 8


# -- relaxations ----------------------------------------------------------------------------------
KINK_OPS = ("relu", "leaky_relu", "abs")
# The catalog's names (formal/catalog_relax.py; `torchsmt rules list`): (upper chord, lower slope)
LEMMAS = {
    "relu": ("relu.crown_upper_ge_of_unstable", "relu.crown_lower_le_of_alpha_mem_Icc"),
    "leaky_relu": ("leaky_relu.crown_upper_ge_of_unstable",
                   "leaky_relu.crown_lower_le_of_alpha_mem_Icc"),
    "abs": ("abs.chord_upper_ge", "abs.lower_le_of_alpha_mem_Icc"),
}


def kink_params(n: Node) -> tuple[Any, float, float]:
    """(f on arrays, lowest and highest valid lower slope) of a kink-at-0 op (f convex)."""
    if n.op == "relu":
        return (lambda x: np.maximum(x, 0)), 0.0, 1.0
    if n.op == "abs":
        return (lambda x: np.abs(x)), -1.0, 1.0
    c = n.p.get("negative_slope", 0.01)
    if not (isinstance(c, (int, float)) and 0 <= c <= 1):
        raise Unsupported(f"leaky_relu with negative_slope {c!r} outside [0, 1]")
    return (lambda x: np.where(x > 0, x, c * x)), float(c), 1.0


def stable_slope(n: Node, l: Any, u: Any) -> Any:
    """Exact slope on neurons whose interval avoids the kink (l >= 0: 1; u <= 0: f's left slope)."""
    left = {"relu": 0, "abs": -1}.get(n.op)
    if left is None:
        left = n.p.get("negative_slope", 0.01)
    return np.where(l >= 0, 1, left)

"""Backward (transposed) maps of linear ops, vectorized over leading rows.

CROWN pushes a coefficient array ``A`` shaped (M, *y) from a linear node y = f(x_1, ..., consts)
to each variable argument: A_i = A . df/dx_i, shaped (M, *x_i). ``M`` folds the box batch and the
specification rows, so every rule is one vectorized NumPy expression (no loop over neurons or
specifications). The affine offset f(0, consts) is taken from the op's own impl.

Dedicated rules (measured faster than folding the rows into the op's VJP rule, which for conv and
Gemm would also compute the weight cotangent for every row): add/sub/neg/mul/div by a constant,
Gemm (``linear``), matmul by a constant, conv2d, batchnorm (diagonal: its slope comes from impl),
avgpool (its per-channel spatial matrix comes from impl on a basis), broadcast/sum_to, and pure
data movement (reshape, flatten, transpose, concat, slice, pad, slice_transpose), whose index map is
read off the op's impl run on ``arange``. An op outside this table is bounded by its interval rule.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from torchsmt.ir import Graph, Node

from .batching import bapply
from .xp import add_at, xp_of

MOVEMENT = frozenset({"reshape", "flatten", "transpose", "concat", "slice", "pad",
                      "slice_transpose", "squeeze", "unsqueeze"})


@dataclass(frozen=True)
class LinMap:
    """y = sum_i J_i x_i + offset for the variable arguments ``var_args`` (positions in n.args)."""

    var_args: tuple[int, ...]
    back: Callable[[Any], list[Any]]  # A (M, *y) -> [A_i (M, *x_i)], i in var_args
    fwd: Callable[[list[Any], int], Any]  # [x_i (M, *x_i)], M -> y (M, *y) (offset included)
    offset: np.ndarray  # f(0, consts), the node's shape (host array)

    @property
    def has_offset(self) -> bool:
        return bool(np.any(self.offset))


def unbcast(a: np.ndarray, shape: tuple[int, ...]) -> np.ndarray:
    """Sum a (M, *y) down to (M, *shape), shape broadcasting to y (the transpose of broadcast)."""
    y = a.shape[1:]
    lead = len(y) - len(shape)
    axes = tuple(range(1, 1 + lead)) + tuple(
        1 + lead + i for i, d in enumerate(shape) if d == 1 and y[lead + i] != 1)
    if axes:
        a = a.sum(axis=axes, keepdims=True)
    return a.reshape((a.shape[0],) + tuple(shape))


def _impl(g: Graph, n: Node) -> Callable[..., Any]:
    impl = g.registry[n.op].rule("impl")
    p = n.p
    return lambda *xs: impl(xp_of(*xs), *xs, **p)


class _On:
    """Host arrays captured by a rule, copied once to the array module and float dtype of its
    operands (NumPy float64 operands get the host arrays themselves)."""

    def __init__(self, *arrays: Any):
        self.host = arrays
        self.mods: dict[tuple[str, str], tuple] = {}

    def __call__(self, like: Any) -> tuple:
        xp = xp_of(like)
        dt = getattr(like, "dtype", np.float64)
        if xp is np and dt == np.float64:
            return self.host
        key = (xp.__name__, str(dt))
        if key not in self.mods:
            self.mods[key] = tuple(
                xp.asarray(a, dtype=dt) if np.asarray(a).dtype.kind == "f" else xp.asarray(a)
                for a in self.host)
        return self.mods[key]


def linear_map(g: Graph, n: Node, const_val: dict[int, np.ndarray]) -> LinMap | None:
    """The LinMap of ``n`` given which arguments are constant (``const_val``), or None."""
    var = [a not in const_val for a in n.args]
    vidx = tuple(i for i, v in enumerate(var) if v)
    if not vidx:
        return None
    shapes = [g.node(a).shape for a in n.args]
    impl = _impl(g, n)
    zeros = [np.zeros(s) if var[i] else const_val[a]
             for i, (a, s) in enumerate(zip(n.args, shapes, strict=True))]
    try:
        offset = np.broadcast_to(np.asarray(impl(*zeros), dtype=np.float64), n.shape)
    except Exception:  # noqa: BLE001 - an impl that cannot run here simply has no LinMap
        return None

    on = _On(*zeros)

    def fwd(xs: list[Any], m: int) -> Any:
        vals = list(on(xs[0]))
        for i, x in zip(vidx, xs, strict=True):
            vals[i] = x
        return bapply(impl, g, n, vals, var, m, xp_of(xs[0]))

    back = _back_rule(g, n, var, shapes, const_val)
    if back is None:
        mv = _movement(g, n, var, shapes, const_val, impl) if n.op in MOVEMENT else None
        return mv
    return LinMap(vidx, back, fwd, offset)


def _const(const_val, n: Node, i: int) -> np.ndarray:
    return const_val[n.args[i]]


def _back_rule(g, n, var, shapes, const_val):  # noqa: C901 - one table, one branch per op
    op, y = n.op, n.shape
    if op in ("add", "sub"):
        sign = [1.0, 1.0 if op == "add" else -1.0]
        return lambda a: [sign[i] * unbcast(a, shapes[i]) for i in range(2) if var[i]]
    if op == "neg":
        return lambda a: [-a]
    if op == "mul" and sum(var) == 1:
        i = var.index(True)
        on = _On(_const(const_val, n, 1 - i))
        return lambda a: [unbcast(a * on(a)[0], shapes[i])]
    if op == "div" and var == [True, False]:
        on = _On(1.0 / _const(const_val, n, 1))
        return lambda a: [unbcast(a * on(a)[0], shapes[0])]
    if op == "broadcast":
        return lambda a: [unbcast(a, shapes[0])]
    if op == "sum_to":
        return lambda a: [xp_of(a).broadcast_to(unbcast_shape(a, y, shapes[0]),
                                                (a.shape[0],) + shapes[0])]
    if op in ("linear", "gemm") and var[0] and not any(var[1:]):
        return _gemm_back(n, shapes, const_val)
    if op == "matmul" and sum(var) == 1:
        return _matmul_back(n, var, shapes, const_val)
    if op == "conv2d" and var[0] and not any(var[1:]):
        from .conv import conv2d_back

        return conv2d_back(n, shapes, const_val)
    if op == "batchnorm" and var[0] and not any(var[1:]):
        # The per-channel slope scale / sqrt(var + eps), from the parameters: impl(1) - impl(0)
        # cancels catastrophically when mean and bias are large (it gave slope 0 at 1e17).
        scale, var_c = _const(const_val, n, 1), _const(const_val, n, 4)
        slope = np.asarray(scale, np.float64) / np.sqrt(np.asarray(var_c, np.float64) + n.p["eps"])
        slope = slope.reshape((1, -1) + (1,) * (len(shapes[0]) - 2))
        on = _On(np.broadcast_to(slope, shapes[0]))
        return lambda a: [a * on(a)[0]]
    if op == "avgpool2d" and var[0]:
        from .conv import channel_spatial_back

        return channel_spatial_back(g, n, shapes[0], _impl(g, n))
    return None


def unbcast_shape(a: np.ndarray, y: tuple[int, ...], x: tuple[int, ...]) -> np.ndarray:
    """A (M, *y) with y = sum_to(x): view it as (M, *y aligned to x's rank) for broadcasting."""
    return a.reshape((a.shape[0],) + (1,) * (len(x) - len(y)) + tuple(y))


SKIP_ZERO_COLUMNS = True  # off only in tests comparing the speed paths with the plain formulas


def _gemm_back(n: Node, shapes, const_val):
    p = n.p
    w = np.asarray(_const(const_val, n, 1), dtype=np.float64)
    if w.ndim != 2:
        return None  # batched or 1-D weights: bounded by the interval rule instead
    w = w.T if p.get("transB", False) else w  # op(B): (k, p_out)
    alpha = float(p.get("alpha", 1.0))
    on = _On((alpha * w).T.copy() if alpha != 1.0 else w.T.copy())
    trans_a = bool(p.get("transA", False)) and len(shapes[0]) >= 2

    def back(a):
        (wt,), xp = on(a), xp_of(a)
        a2 = a.reshape(-1, a.shape[-1])
        # Columns that are zero in every row (neurons a ReLU switched off: both slopes 0) add
        # exact zeros: dropping them shrinks the product (measured: 23% of the first layer's
        # columns on the 784-5x256-10 MLP). The check is one pass over A, cheap next to A @ W.
        if SKIP_ZERO_COLUMNS and a2.shape[0] >= 16 and a2.shape[1] >= 64:
            nz = xp.flatnonzero((a2 != 0).any(axis=0))
            if int(nz.size) * 10 < a2.shape[1] * 9:
                r = a2[:, nz] @ wt[nz]
            else:
                r = a2 @ wt
        else:
            r = a2 @ wt
        r = r.reshape(a.shape[:-1] + (wt.shape[1],))  # (M, n, k)
        return [xp.swapaxes(r, -1, -2) if trans_a else r]

    return back


def _matmul_back(n: Node, var, shapes, const_val):
    i = 0 if var[0] else 1
    w = np.asarray(_const(const_val, n, 1 - i), dtype=np.float64)
    on = _On(w, np.swapaxes(w, -1, -2) if w.ndim >= 2 else w)
    xs = shapes[i]
    if var[0]:
        if w.ndim == 1:  # x (..., k) @ w (k,) -> (...)
            return lambda a: [unbcast(a[..., None] * on(a)[0], xs)]
        if len(xs) == 1:  # x (k,) @ w (k, p) -> (p,)
            return lambda a: [unbcast((a[..., None, :] @ on(a)[1])[..., 0, :], xs)]
        if w.ndim == 2:  # one 2-D product for all rows (a stacked matmul would loop over them)
            return lambda a: [unbcast((a.reshape(-1, a.shape[-1]) @ on(a)[1]).reshape(
                a.shape[:-1] + (w.shape[0],)), xs)]
        return lambda a: [unbcast(a @ on(a)[1], xs)]
    if w.ndim == 1:  # w (k,) @ x (k, p) -> (p,)
        return lambda a: [unbcast(on(a)[0][:, None] * a[..., None, :], xs)]
    if len(xs) == 1:  # w (n, k) @ x (k,) -> (n,)
        return lambda a: [unbcast(a @ on(a)[0], xs)]
    return lambda a: [unbcast(on(a)[1] @ a, xs)]


def _movement(g, n, var, shapes, const_val, impl) -> LinMap | None:
    """Pure data movement: out[j] = x_flat[idx[j]] or a constant; the map is read off impl."""
    sizes = [int(np.prod(s, dtype=np.int64)) for s in shapes]
    offs = np.concatenate([[0], np.cumsum(sizes)])
    probe1, probe2 = [], []
    for i, s in enumerate(shapes):
        if var[i]:
            base = offs[i] + 1 + np.arange(sizes[i], dtype=np.float64)
            probe1.append(base.reshape(s))
            probe2.append((2 * base).reshape(s))
        else:
            probe1.append(const_val[n.args[i]])
            probe2.append(const_val[n.args[i]])
    try:
        o1 = np.asarray(impl(*probe1), dtype=np.float64).reshape(-1)
        o2 = np.asarray(impl(*probe2), dtype=np.float64).reshape(-1)
    except Exception:  # noqa: BLE001
        return None
    moved = (o2 == 2 * o1) & (o1 >= 1) & (o1 == np.round(o1)) & (o1 <= offs[-1])
    if not np.all(moved | (o2 == o1)):
        return None  # not pure movement
    idx = np.where(moved, o1, 0).astype(np.int64) - 1  # -1: constant slot
    const_part = np.where(moved, 0.0, o1)
    # Which source index belongs to which argument: var args only (const args are folded in o1).
    src = idx[moved]
    injective = len(np.unique(src)) == len(src)
    vidx = tuple(i for i, v in enumerate(var) if v)
    n_tot = int(offs[-1])
    out_shape = n.shape

    on = _On(src, moved, np.maximum(idx, 0), const_part)

    def back(a):
        xp, m = xp_of(a), a.shape[0]
        src_d, moved_d, _, _ = on(a)
        af = a.reshape(m, -1)
        full = xp.zeros((m, n_tot), dtype=a.dtype)
        if injective:
            full[:, src_d] = af[:, moved_d]
        else:
            add_at(xp, full, (slice(None), src_d), af[:, moved_d])
        return [full[:, offs[i]:offs[i + 1]].reshape((m,) + tuple(shapes[i])) for i in vidx]

    def fwd(xs, m):
        xp = xp_of(xs[0])
        _, moved_d, idx_d, cp = on(xs[0])
        flat = xp.zeros((m, n_tot), dtype=xs[0].dtype)
        for i, x in zip(vidx, xs, strict=True):
            flat[:, offs[i]:offs[i + 1]] = x.reshape(m, -1)
        out = xp.where(moved_d, flat[:, idx_d], cp)
        return out.reshape((m,) + tuple(out_shape))

    return LinMap(vidx, back, fwd, const_part.reshape(out_shape))


def movement_fwd_pair(lm: LinMap, lows: Sequence[Any], highs: Sequence[Any], m: int):
    """Intervals through a monotone increasing linear map (movement): apply to each endpoint."""
    return lm.fwd(list(lows), m), lm.fwd(list(highs), m)

"""alpha-CROWN: the lower slopes of kink-at-0 relaxations (relu, leaky_relu, abs) optimized per row.

For one backward pass the bound of a row is piecewise linear in the slopes, and its gradient has a
closed form: d(bound)/d(slope at neuron j of node k) = A+_k[j] * z_x[j], where A+_k is the positive
part of the coefficient reaching k and z_x the primal point (engine.primal) of k's argument. Each
row (an intermediate neuron's lower or upper bound, or a specification row) is its own objective,
so every row gets its own slopes. Projected Adam ascent; the best bound seen per row is kept, and
the first iterate is CROWN's own slopes, so the result is never looser than that CROWN pass.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import sparse
from .chunking import merge_chunks
from .engine import KINK0, Engine


@dataclass(frozen=True)
class AlphaOptions:
    iters: int = 20
    lr: float = 0.1
    decay: float = 0.98
    beta1: float = 0.9
    beta2: float = 0.999
    # Optimize the rows of conv feature maps too (slow: dense rows). Off: those intermediate
    # bounds are CROWN's (sparse rows), and only flat layers and the specification are optimized.
    feature_maps: bool = False


def _ancestors(e: Engine, start: int) -> set[int]:
    seen = {start}
    for nid in range(start, -1, -1):
        if nid in seen:
            seen.update(e.g.node(nid).args)
    return seen


def optimize_rows(e: Engine, start: int, a0: np.ndarray, opt: AlphaOptions,
                  store: dict[int, dict[int, np.ndarray]] | None = None) -> np.ndarray:
    """Best lower bound (B, S) of the rows ``a0`` at ``start``; slopes saved in ``store[start]``.

    Runs in chunks of boxes and rows when the slopes, moments and primal points of the whole
    (box, row) grid would exceed ``e.max_memory``; every row is its own objective, so chunks give
    the same bounds."""
    feature_map = len(e.g.node(start).shape) >= 3 and start != e.g.outputs[0]
    optimizing = opt.iters > 0 and (opt.feature_maps or not feature_map)
    # Without optimization, one pass (chunked by bound_rows, or sparse rows) does the work.
    plan = e.chunk_plan(start, a0.shape[1], heavy=True) if optimizing else None
    if plan is None:
        return _optimize(e, start, a0, opt, store)
    out = e.xp.empty(a0.shape[:2], dtype=e.dtype)
    parts = []
    for b0, b1, s0, s1 in plan:
        sub_store: dict[int, dict[int, np.ndarray]] = {}
        out[b0:b1, s0:s1] = _optimize(e.batch_slice(b0, b1), start, a0[b0:b1, s0:s1], opt,
                                      sub_store)
        parts.append(((b0, b1), s1 - s0, sub_store[start]))
    if store is not None:
        store[start] = _merge_slopes(e, parts)
    return out


def _merge_slopes(e: Engine, parts: list) -> dict[int, np.ndarray]:
    """One slope dict from the chunks'. A node free in some box groups only gets CROWN's slopes
    in the others (what the unchunked run keeps there); per-row and shared slopes are unified."""
    keys = sorted({k for _, _, d in parts for k in d})
    if not keys:
        return {}
    full = {k: any(d[k].shape[1] > 1 for _, _, d in parts if k in d) for k in keys}
    fixed = []
    for (b0, b1), nrows, d in parts:
        dd = {}
        for k in keys:
            v = d[k] if k in d else e.relax_lines(k)[0][b0:b1, None]
            if full[k] and v.shape[1] != nrows:
                v = e.xp.broadcast_to(v, (v.shape[0], nrows) + v.shape[2:])
            dd[k] = v
        fixed.append(((b0, b1), nrows, dd))
    return merge_chunks(fixed, e.xp)


def _optimize(e: Engine, start: int, a0: np.ndarray, opt: AlphaOptions,
              store: dict[int, dict[int, np.ndarray]] | None) -> np.ndarray:
    g, xp = e.g, e.xp
    anc = _ancestors(e, start)
    S = a0.shape[1]
    free: dict[int, np.ndarray] = {}  # node -> mask of free slopes (B, 1, *shape)
    crown_lo: dict[int, np.ndarray] = {}  # node -> CROWN's lower slopes (B, 1, *shape)
    ranges: dict[int, tuple[float, float]] = {}
    for nid in sorted(anc):
        n = g.node(nid)
        if e.kind[nid] != "relax" or n.op not in KINK0:
            continue
        l, u = e.bounds[n.args[0]]
        unst = (l < 0) & (u > 0)
        if not bool(unst.any()):
            continue
        free[nid] = unst[:, None]
        crown_lo[nid] = e.relax_lines(nid)[0][:, None]
        ranges[nid] = KINK0[n.op](n.p)
    feature_map = len(g.node(start).shape) >= 3 and start != g.outputs[0]
    if not crown_lo or opt.iters <= 0 or (feature_map and not opt.feature_maps):
        low = None
        if feature_map and e.B == 1 and e.use_sparse and e.xp is np and sparse.available() and \
                a0.shape[1] % 2 == 0:
            rows = _identity_rows_of(a0)
            if rows is not None:
                low = sparse.backward_sparse(e, start, rows)
        if low is None:
            low = e.bound_rows(start, a0)
        if store is not None:
            store[start] = {k: v.copy() for k, v in crown_lo.items()}  # shared CROWN slopes
        return low
    alphas = {k: xp.broadcast_to(v, (e.B, S) + v.shape[2:]).copy() for k, v in crown_lo.items()}
    best = xp.full((e.B, S), -xp.inf, dtype=e.dtype)
    best_alpha = {k: v.copy() for k, v in alphas.items()}
    m1 = {k: xp.zeros_like(v) for k, v in alphas.items()}
    m2 = {k: xp.zeros_like(v) for k, v in alphas.items()}
    lr = opt.lr
    for it in range(opt.iters + 1):
        rec: dict[int, np.ndarray] = {}
        low = e.backward(start, a0, alphas, rec)
        better = low > best
        if bool(better.any()):
            best = xp.where(better, low, best)
            for k in alphas:
                sel = better.reshape(better.shape + (1,) * (alphas[k].ndim - 2))
                best_alpha[k] = xp.where(sel, alphas[k], best_alpha[k])
        if it == opt.iters:
            break
        z = e.primal(start, rec, alphas)
        t = it + 1
        for k in alphas:
            if k not in rec:
                continue
            grad = xp.maximum(rec[k], 0.0) * z[g.node(k).args[0]] * free[k]
            m1[k] = opt.beta1 * m1[k] + (1 - opt.beta1) * grad
            m2[k] = opt.beta2 * m2[k] + (1 - opt.beta2) * grad * grad
            step = (m1[k] / (1 - opt.beta1 ** t)) / (xp.sqrt(m2[k] / (1 - opt.beta2 ** t)) + 1e-12)
            lo, hi = ranges[k]
            alphas[k] = xp.clip(alphas[k] + lr * step, lo, hi)
        lr *= opt.decay
    if store is not None:
        store[start] = best_alpha
    return best


def _identity_rows_of(a0: np.ndarray) -> np.ndarray | None:
    """The neuron indices when a0 (1, 2k, *shape) is [I_rows; -I_rows], else None."""
    flat = np.asarray(a0).reshape(a0.shape[1], -1)
    k = flat.shape[0] // 2
    rows = np.argmax(flat[:k], axis=1)
    want = np.zeros_like(flat)
    want[np.arange(k), rows] = 1.0
    want[k + np.arange(k), rows] = -1.0
    return rows if np.array_equal(flat, want) else None

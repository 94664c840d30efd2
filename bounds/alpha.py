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
    """Best lower bound (B, S) of the rows ``a0`` at ``start``; slopes saved in ``store[start]``."""
    g, xp = e.g, e.xp
    anc = _ancestors(e, start)
    S = a0.shape[1]
    free: dict[int, np.ndarray] = {}  # node -> mask of free slopes (B, 1, *shape)
    alphas: dict[int, np.ndarray] = {}
    ranges: dict[int, tuple[float, float]] = {}
    for nid in sorted(anc):
        n = g.node(nid)
        if e.kind[nid] != "relax" or n.op not in KINK0:
            continue
        l, u = e.bounds[n.args[0]]
        unst = (l < 0) & (u > 0)
        if not bool(unst.any()):
            continue
        a_lo = e.relax_lines(nid)[0]
        free[nid] = unst[:, None]
        alphas[nid] = xp.broadcast_to(a_lo[:, None], (e.B, S) + n.shape).copy()
        ranges[nid] = KINK0[n.op](n.p)
    feature_map = len(g.node(start).shape) >= 3 and start != g.outputs[0]
    if not alphas or opt.iters <= 0 or (feature_map and not opt.feature_maps):
        low = None
        if feature_map and e.B == 1 and e.use_sparse and e.xp is np and sparse.available() and \
                a0.shape[1] % 2 == 0:
            rows = _identity_rows_of(a0)
            if rows is not None:
                low = sparse.backward_sparse(e, start, rows)
        if low is None:
            low = e.backward(start, a0)
        if store is not None:
            store[start] = {k: v[:, :1] for k, v in alphas.items()}  # shared CROWN slopes
        return low
    best = xp.full((e.B, S), -xp.inf)
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

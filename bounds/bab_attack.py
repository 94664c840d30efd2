"""Falsification helpers for branch and bound: batched execution, random sampling, PGD.

Everything here only *proposes* counterexamples; the caller replays each candidate through the
interpreter and checks it exactly against the specification before believing it.

The output condition is a disjunction of polytopes ``A_p y <= b_p``. A point's *violation score* is
``min_p max_r (A_p y - b_p)_r``: <= 0 iff the point satisfies some polytope (a counterexample).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from torchsmt.ir import Graph

from .batching import bapply


def batched_run(g: Graph, xs: Sequence[np.ndarray], dtype: Any = np.float64) -> list[np.ndarray]:
    """Run ``g`` on a batch: ``xs[i]`` shaped (m, *input_i shape); returns the outputs (m, *shape).

    Each node runs its own ``impl`` once over all rows (batching.bapply folds the rows into the
    op's batch axis or broadcasts them), so this is the interpreter's semantics, vectorized.
    """
    m = xs[0].shape[0]
    env: dict[int, np.ndarray] = {}
    var: dict[int, bool] = {}
    for nid, x in zip(g.inputs, xs, strict=True):
        env[nid], var[nid] = np.asarray(x, dtype=dtype), True
    for n in g.nodes:
        if n.op == "input":
            continue
        if n.op == "const":
            env[n.id], var[n.id] = np.asarray(g.consts[n.id], dtype=dtype), False
            continue
        impl, p = g.registry[n.op].rule("impl"), n.p
        flags = [var[a] for a in n.args]
        if not any(flags):
            env[n.id], var[n.id] = np.asarray(impl(np, *(env[a] for a in n.args), **p)), False
            continue
        out = bapply(lambda *v, impl=impl, p=p: impl(np, *v, **p), g, n,
                     [env[a] for a in n.args], flags, m)
        env[n.id], var[n.id] = np.broadcast_to(out, (m,) + n.shape), True
    return [env[o] if var[o] else np.broadcast_to(env[o], (m,) + g.node(o).shape)
            for o in g.outputs]


def violation(y: np.ndarray, polys: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray,
                                                                                      np.ndarray]:
    """Score (m,) (<= 0: counterexample) and the active row of the best polytope as a (m, n_out)
    coefficient vector (the direction whose decrease lowers the score)."""
    yf = y.reshape(y.shape[0], -1)
    best = np.full(yf.shape[0], np.inf)
    coef = np.zeros_like(yf)
    for A, b in polys:
        if A.shape[0] == 0:  # no output constraint: every point of the box violates
            best[:] = -np.inf
            continue
        s = yf @ A.T - b  # (m, k)
        r = np.argmax(s, axis=1)
        v = s[np.arange(len(r)), r]
        better = v < best
        best = np.where(better, v, best)
        coef[better] = A[r[better]]
    return best, coef


class Attacker:
    """Random sampling and PGD on one box (float32 points inside the exact box)."""

    def __init__(self, g: Graph, lo: np.ndarray, hi: np.ndarray,
                 polys: Sequence[tuple[np.ndarray, np.ndarray]], seed: int = 0):
        self.g = g
        self.shape = g.node(g.inputs[0]).shape
        self.lo = np.asarray(lo, dtype=np.float32).reshape(self.shape)
        self.hi = np.asarray(hi, dtype=np.float32).reshape(self.shape)
        self.polys = [(np.asarray(A, dtype=np.float64), np.asarray(b, dtype=np.float64))
                      for A, b in polys]
        self.rng = np.random.default_rng(seed)
        self._vjp: Graph | None = None

    def scores(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        y = batched_run(self.g, [x], np.float64)[0]
        return violation(y, self.polys)

    def best_of(self, x: np.ndarray) -> tuple[np.ndarray, float]:
        s, _ = self.scores(x)
        i = int(np.argmin(s))
        return x[i], float(s[i])

    def sample(self, n: int, vertices: bool = False) -> np.ndarray:
        """Uniform points in the box, or random vertices (where L_inf attacks usually end)."""
        u = self.rng.random((n,) + self.shape)
        if vertices:
            u = np.round(u)
        x = (self.lo + u * (self.hi - self.lo)).astype(np.float32)
        return np.clip(x, self.lo, self.hi)

    def grad(self, x: np.ndarray, coef: np.ndarray) -> np.ndarray:
        """d(coef . y)/dx at each row of x, from the graph VJP (ir.autodiff) run on the batch."""
        if self._vjp is None:
            from torchsmt.ir.autodiff import vjp

            self._vjp = vjp(self.g)
        out_shape = self.g.node(self.g.outputs[0]).shape
        ct = coef.reshape((coef.shape[0],) + out_shape)
        return batched_run(self._vjp, [x, ct], np.float64)[0]

    def pgd(self, x0: np.ndarray, steps: int = 40, deadline: float | None = None,
            clock: Any = None, first_step: float = 0.1) -> tuple[np.ndarray, float]:
        """Signed-gradient descent on the score from the rows of x0, projected onto the box; the
        step shrinks geometrically from ``first_step`` to 2% of it (fractions of the width)."""
        x = np.array(x0, dtype=np.float64)
        lo, hi = self.lo.astype(np.float64), self.hi.astype(np.float64)
        width = hi - lo
        best_x, best_s = x[0].astype(np.float32), np.inf
        for k in range(steps):
            xf = np.clip(x.astype(np.float32), self.lo, self.hi)
            s, coef = self.scores(xf)
            i = int(np.argmin(s))
            if s[i] < best_s:
                best_x, best_s = xf[i], float(s[i])
            if best_s <= 0 or (deadline is not None and clock() > deadline):
                break
            g = self.grad(xf, coef)
            step = width * first_step * (0.02 ** (k / max(1, steps - 1)))
            x = np.clip(x - step * np.sign(g), lo, hi)
        return best_x, best_s


__all__ = ["Attacker", "batched_run", "violation"]

"""Sparse identity-row passes carrying the rows [P; -P] as one half plus a sparse correction.

The rows of an intermediate-bound pass are [I; -I] (lower bounds, then upper bounds as lower
bounds of the negation). Linear maps keep the two halves exact negations of each other, so only P
is carried until the first relaxation. There the halves part ways only where the two lines differ
(ReLU: the unstable neurons): with L = P (x) (lower slope where P >= 0, else upper slope) the other
half is U = -L + D where D = |P| (x) (lower slope - upper slope), nonzero on those columns only. So
the pass carries the pair (L, D) through later linear maps (D is far sparser than L: the product
with the next Jacobian costs about half the full one) and forms U = D - L only where it needs the
rows themselves (the input box, another relaxation, an interval fallback).

Same bounds as the full pass in real arithmetic (the float sums are regrouped); the bounds feed
certificates, which the checker re-derives on its own. ``None`` for anything not covered, and the
caller then runs the full sparse pass (sparse.py).
"""

from __future__ import annotations

from typing import Any

import numpy as np


class _Pair:
    """Rows [x; -x + d] (``d`` None: [x; -x]), x and d scipy CSR (or dense) with k rows."""

    __slots__ = ("x", "d")

    def __init__(self, x: Any, d: Any = None):
        self.x, self.d = x, d

    def map(self, f) -> _Pair:
        return _Pair(f(self.x), None if self.d is None else f(self.d))

    def __add__(self, o: _Pair) -> _Pair:
        d = self.d if o.d is None else (o.d if self.d is None else self.d + o.d)
        return _Pair(self.x + o.x, d)

    def dot(self, v: np.ndarray) -> np.ndarray:
        """(2k,) values of the rows times the vector v."""
        xv = np.asarray(self.x @ v).reshape(-1)
        up = -xv if self.d is None else np.asarray(self.d @ v).reshape(-1) - xv
        return np.concatenate([xv, up])

    def full(self) -> Any:
        import scipy.sparse as sp

        x = sp.csr_matrix(self.x) if not sp.issparse(self.x) else self.x
        up = -x if self.d is None else (sp.csr_matrix(self.d) if not sp.issparse(self.d)
                                        else self.d) - x
        return sp.vstack([x, up], format="csr")


def _interesting(lines: list[np.ndarray], col: np.ndarray) -> np.ndarray:
    """Entries (positions in ``col``) whose column has two different slopes or an intercept:
    elsewhere the step is one product with the common slope (ReLU: the stable neurons)."""
    a_lo, b_lo, a_up, b_up = lines
    cm = (a_lo != a_up) | (b_lo != 0) | (b_up != 0)
    return np.flatnonzero(cm[col])


def _row_of(indptr: np.ndarray, ent: np.ndarray) -> np.ndarray:
    return np.searchsorted(indptr, ent, side="right") - 1


def _relax_half(p: Any, lines: list[np.ndarray], bias: np.ndarray, k: int) -> _Pair | None:
    """The relax step for rows [P; -P]: lower half L, correction D, intercepts into ``bias``."""
    import scipy.sparse as sp

    a_lo, b_lo, a_up, b_up = lines
    if not all(bool(np.all(np.isfinite(v))) for v in lines):
        return None  # infinite intercepts or slopes: the full pass's guarded formula
    p = sp.csr_matrix(p) if not sp.issparse(p) else p.tocsr()
    col, d = p.indices, p.data
    lower = d * a_up[col]  # exact where both slopes agree
    ent = _interesting(lines, col)
    c, de = col[ent], d[ent]
    rows = _row_of(p.indptr, ent)
    dp = np.maximum(de, 0.0)
    dn = de - dp  # exact: one of the two is an exact zero
    lower[ent] = dp * a_lo[c] + dn * a_up[c]  # the selected product exactly (the other is 0)
    # Intercepts: lower rows take b_lo where P >= 0, b_up where P < 0; upper rows (-P) the reverse.
    bl_c, bu_c = b_lo[c], b_up[c]
    bias[:k] += np.bincount(rows, dp * bl_c + dn * bu_c, minlength=k)
    bias[k:] += np.bincount(rows, -dn * bl_c - dp * bu_c, minlength=k)
    diff = a_lo[c] - a_up[c]
    keep = (diff != 0) & (de != 0)
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=k))])
    D = sp.csr_matrix((np.abs(de[keep]) * diff[keep], c[keep], indptr), shape=p.shape)
    L = sp.csr_matrix((lower, col, p.indptr), shape=p.shape)
    return _Pair(L, D)


def backward_paired(e, start: int, idx: np.ndarray, jac_cache: dict) -> np.ndarray | None:
    """Lower bounds (2k,) of rows [I; -I] at ``start`` (k = idx.size), or None if not covered."""
    import scipy.sparse as sp

    from .sparse import _apply, jacobians

    g = e.g
    k = idx.size
    n_t = int(np.prod(g.node(start).shape, dtype=np.int64))
    sel = sp.csr_matrix((np.ones(k), (np.arange(k), idx)), shape=(k, n_t))
    acc: dict[int, Any] = {start: _Pair(sel)}
    bias = np.zeros(2 * k)
    first = True
    for nid in range(start, -1, -1):
        a = acc.pop(nid, None)
        if a is None:
            continue
        kind, n = e.kind[nid], g.node(nid)
        if isinstance(a, _Pair) and kind not in ("linear", "const") and kind != "relax":
            a = a.full()  # the input box or an interval fallback: the rows themselves
        if kind == "input":
            lo, hi = (v.reshape(-1) for v in e.box)
            bias += a @ (lo / 2 + hi / 2) - abs(a) @ (hi / 2 - lo / 2)
        elif kind == "const":
            v = np.broadcast_to(e.const_val[nid], n.shape).reshape(-1)
            bias += a.dot(v) if isinstance(a, _Pair) else a @ v
        elif kind == "linear":
            lm = e.lin[nid]
            if n.op in ("linear", "matmul") and lm.var_args == (0,):
                def f(m, lm=lm, n=n):
                    dense = m.toarray() if sp.issparse(m) else m
                    return lm.back(dense.reshape((-1,) + n.shape))[0].reshape(dense.shape[0], -1)
                jl = [(0, f)]
            else:
                if nid not in jac_cache:
                    jac_cache[nid] = jacobians(e, nid)
                if jac_cache[nid] is None:
                    return None
                jl = []
                for i, j in jac_cache[nid]:
                    if first and sp.issparse(j) and isinstance(a, _Pair):
                        jl.append((i, lambda m, j=j: j[idx] if m is sel else m @ j))
                    else:
                        jl.append((i, lambda m, j=j: _apply(m, j)))
            for i, f in jl:
                part = a.map(f) if isinstance(a, _Pair) else f(a)
                arg = n.args[i]
                if arg in acc and isinstance(acc[arg], _Pair) != isinstance(part, _Pair):
                    acc[arg] = _full(acc[arg]) + _full(part)
                else:
                    acc[arg] = part if arg not in acc else acc[arg] + part
            if np.any(lm.offset):
                v = lm.offset.reshape(-1)
                bias += a.dot(v) if isinstance(a, _Pair) else a @ v
        elif kind == "relax":
            lines = [x[0].reshape(-1) for x in e.relax_lines(nid)]
            if isinstance(a, _Pair):  # rows [P; -P]: the halves part ways here
                part = _relax_half(a.x, lines, bias, k) if a.d is None else None
                if part is None:
                    a = a.full()  # rows [X; -X + D] (measured: relaxing the halves apart and
                    # re-pairing saved nothing on the residual block: D fills in after a conv)
            if not isinstance(a, _Pair):
                part = _relax_full(a, lines, bias)
                if part is None:
                    return None
            arg = n.args[0]
            if arg in acc and isinstance(acc[arg], _Pair) != isinstance(part, _Pair):
                acc[arg] = _full(acc[arg]) + _full(part)
            else:
                acc[arg] = part if arg not in acc else acc[arg] + part
        elif kind == "interval":
            lo, hi = (v[0].reshape(-1) for v in e.bounds[nid])
            bias += a @ (lo / 2 + hi / 2) - abs(a) @ (hi / 2 - lo / 2)
        else:
            return None
        first = False
    return bias


def _full(a: Any) -> Any:
    return a.full() if isinstance(a, _Pair) else a


def _relax_full(a: Any, lines: list[np.ndarray], bias: np.ndarray) -> Any:
    """The relax step on all 2k rows (sparse), intercepts into ``bias``; None if not finite."""
    import scipy.sparse as sp

    if not all(bool(np.all(np.isfinite(v))) for v in lines):
        return None
    a_lo, b_lo, a_up, b_up = lines
    a = sp.csr_matrix(a) if not sp.issparse(a) else a.tocsr()
    col, d = a.indices, a.data
    out = d * a_up[col]
    ent = _interesting(lines, col)
    c, de = col[ent], d[ent]
    dp = np.maximum(de, 0.0)
    dn = de - dp
    out[ent] = dp * a_lo[c] + dn * a_up[c]
    bias += np.bincount(_row_of(a.indptr, ent), dp * b_lo[c] + dn * b_up[c],
                        minlength=a.shape[0])
    return sp.csr_matrix((out, col, a.indptr), shape=a.shape)

"""Sparse identity-row passes for intermediate bounds of convolutional feature maps.

A CROWN pass that starts from identity rows at a conv output touches, at each earlier layer, only
each neuron's receptive field; dense coefficient arrays waste most of their work on zeros. Here the
rows are scipy.sparse matrices (S, n_node) pushed through sparse Jacobians (conv2d built from its
weights, data movement from its index map, identity/diagonal elementwise maps), turning dense only
where a dense map (Gemm) makes them so. scipy is optional: without it, or for any node this pass
does not cover, the engine runs its dense pass instead (same bounds, up to rounding).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .conv import conv_params


def available() -> bool:
    try:
        import scipy.sparse  # noqa: F401
    except ImportError:
        return False
    return True


def _conv_jac(e, n):
    import scipy.sparse as sp

    w = e.const_val[n.args[1]]
    (sh, sw), (pt, pl, _, _), (dh, dw), groups = conv_params(n.p)
    nb, cin, h, wd = e.g.node(n.args[0]).shape
    _, cout, ho, wo = n.shape
    if nb != 1:
        return None
    cout_g, (_, cin_g, kh, kw) = cout // groups, w.shape
    co, i, j, cg, ki, kj = np.ix_(np.arange(cout), np.arange(ho), np.arange(wo),
                                  np.arange(cin_g), np.arange(kh), np.arange(kw))
    ci = (co // cout_g) * cin_g + cg
    hh, ww = i * sh + ki * dh - pt, j * sw + kj * dw - pl
    full = np.broadcast_shapes(co.shape, i.shape, j.shape, cg.shape, ki.shape, kj.shape)
    rows = np.broadcast_to((co * ho + i) * wo + j, full)
    cols = np.broadcast_to((ci * h + hh) * wd + ww, full)
    vals = np.broadcast_to(w[co, cg, ki, kj], full)
    ok = np.broadcast_to((hh >= 0) & (hh < h) & (ww >= 0) & (ww < wd), full)
    return [(0, sp.csr_matrix((vals[ok], (rows[ok], cols[ok])), shape=(cout * ho * wo,
                                                                       cin * h * wd)))]


def jacobians(e, nid: int) -> list[tuple[int, Any]] | None:
    """[(arg position, J)] of a linear node, or None if not covered; J is a sparse (n_y, n_x)
    matrix, a diagonal vector, or a sign +-1 (identity)."""
    n, lm = e.g.node(nid), e.lin[nid]
    shapes = [e.g.node(a).shape for a in n.args]
    if n.op == "conv2d":
        return _conv_jac(e, n)
    # Identity and diagonal maps are kept as a sign (+-1) or a vector and applied without a
    # sparse product (same numbers: every entry is one product with the diagonal).
    if n.op in ("add", "sub", "neg") and all(shapes[i] == n.shape for i in lm.var_args):
        sign = {"add": (1, 1), "sub": (1, -1), "neg": (-1,)}[n.op]
        return [(i, sign[i]) for i in lm.var_args]
    if n.op in ("mul", "div", "batchnorm") and lm.var_args == (0,) and shapes[0] == n.shape:
        probe = lm.fwd([np.ones((1,) + n.shape)], 1)[0] - lm.offset  # the diagonal
        return [(0, np.asarray(probe, dtype=np.float64).reshape(-1))]
    if n.op in ("reshape", "flatten") and len(lm.var_args) == 1:
        return [(0, 1)]
    return None


def _apply(a: Any, j: Any) -> Any:
    """Rows ``a`` (sparse or dense) times a Jacobian from ``jacobians``: a @ J."""
    import scipy.sparse as sp

    if isinstance(j, int):
        return a if j == 1 else -a
    if isinstance(j, np.ndarray):  # a diagonal
        if sp.issparse(a):
            a = a.tocsr()
            return sp.csr_matrix((a.data * j[a.indices], a.indices.copy(), a.indptr.copy()),
                                 shape=a.shape)
        return a * j[None]
    return a @ j


def backward_sparse(e, start: int, rows: np.ndarray | None) -> np.ndarray | None:
    """Lower bounds (1, 2k) of identity rows [I; -I] at ``start`` (box batch 1), or None."""
    import scipy.sparse as sp

    g = e.g
    n_t = int(np.prod(g.node(start).shape, dtype=np.int64))
    idx = np.arange(n_t) if rows is None else rows
    k = idx.size
    a0 = sp.csr_matrix((np.concatenate([np.ones(k), -np.ones(k)]),
                        (np.arange(2 * k), np.concatenate([idx, idx]))), shape=(2 * k, n_t))
    acc: dict[int, Any] = {start: a0}
    bias = np.zeros(2 * k)
    from .engine import graph_cache

    # Jacobians depend on the graph's constants only: shared across engines of the same graph.
    jac_cache: dict[int, Any] = graph_cache(g).setdefault("sparse_jac", {})
    charge = getattr(e, "sparse_charge", None)  # float32 semantics: sum |A| E per node
    if charge is None:  # the halves [P; -P] carried as one (sparse_pair.py), else all rows
        from .sparse_pair import backward_paired

        low = backward_paired(e, start, idx, jac_cache)
        if low is not None:
            return low[None]
    for nid in range(start, -1, -1):
        a = acc.pop(nid, None)
        if a is None:
            continue
        kind, n = e.kind[nid], g.node(nid)
        if charge is not None:
            bias -= charge(nid, a)
        if kind == "input":
            lo, hi = (v.reshape(-1) for v in e.box)
            bias += a @ (lo / 2 + hi / 2) - abs(a) @ (hi / 2 - lo / 2)
        elif kind == "const":
            bias += a @ np.broadcast_to(e.const_val[nid], n.shape).reshape(-1)
        elif kind == "linear":
            lm = e.lin[nid]
            if n.op in ("linear", "matmul") and lm.var_args == (0,):
                dense = a.toarray() if sp.issparse(a) else a
                parts = lm.back(dense.reshape((-1,) + n.shape))
                jl = [(0, parts[0].reshape(dense.shape[0], -1))]
            else:
                if nid not in jac_cache:
                    jac_cache[nid] = jacobians(e, nid)
                if jac_cache[nid] is None:
                    return None
                jl = [(i, _apply(a, j)) for i, j in jac_cache[nid]]
            for i, part in jl:
                arg = n.args[i]
                acc[arg] = part if arg not in acc else acc[arg] + part
            if np.any(lm.offset):
                bias += a @ lm.offset.reshape(-1)
        elif kind in ("relax", "interval"):
            if kind == "relax":
                lines = [x[0].reshape(-1) for x in e.relax_lines(nid)]
            else:
                lo, hi = (v[0].reshape(-1) for v in e.bounds[nid])
                z = np.zeros_like(lo)
                lines = [z, lo, z, hi]
            a = sp.csr_matrix(a) if not sp.issparse(a) else a.tocsr()
            col, d = a.indices, a.data
            pos = d >= 0
            slope = np.where(pos, lines[0][col], lines[2][col])
            icpt = np.where(pos, lines[1][col], lines[3][col])
            with np.errstate(invalid="ignore"):
                contrib = np.where(d == 0, 0.0, d * icpt)
            # Row sums as scipy's csr sum(axis=1) forms them, without building a matrix.
            ne = np.flatnonzero(np.diff(a.indptr))
            sums = np.zeros(a.shape[0])
            if ne.size:
                sums[ne] = np.add.reduceat(contrib, a.indptr[ne])
            bias += sums
            if kind == "relax":
                part = sp.csr_matrix((d * slope, col, a.indptr), shape=a.shape)
                arg = n.args[0]
                acc[arg] = part if arg not in acc else acc[arg] + part
        else:
            return None
    return bias[None]

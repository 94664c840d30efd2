"""Sparse rows for the checker's passes from conv feature maps (float mode, one box).

The same rigorous pass as checker._backward, with the coefficient rows as scipy.sparse matrices
(a feature-map neuron's rows touch only its receptive field). It runs from the start node down as
long as each node has a sparse rule here (conv2d built from its weights, identity/diagonal maps,
reshape/flatten, relu/leaky_relu/abs, input/interval concretization) and hands the rest, densified,
back to the dense pass. Error terms are the dense pass's: gamma_k |A| (|J| m) per linear step,
u |.| per rounded product or sum. Without scipy, the dense pass does everything.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .checker_ops import TINY, U, gamma


def _sparse():
    try:
        import scipy.sparse as sp
    except ImportError:
        return None
    return sp


def _conv_jac(sp, ck, n):
    w = ck.consts[n.args[1]]
    p = n.p
    (sh, sw), (dh, dw), groups = p["stride"], p["dilation"], p["groups"]
    pad = tuple(p["padding"])
    pt, pl = (pad[0], pad[1])
    nb, cin, h, wd = ck.g.node(n.args[0]).shape
    _, cout, ho, wo = n.shape
    if nb != 1:
        return None
    cout_g, (_, cin_g, kh, kw) = cout // groups, w.shape
    co, i, j, cg, ki, kj = np.ix_(np.arange(cout), np.arange(ho), np.arange(wo),
                                  np.arange(cin_g), np.arange(kh), np.arange(kw))
    ci = (co // cout_g) * cin_g + cg
    hh, ww = i * sh + ki * dh - pt, j * sw + kj * dw - pl
    full = np.broadcast_shapes(co.shape, i.shape, j.shape, cg.shape, ki.shape, kj.shape)
    ok = np.broadcast_to((hh >= 0) & (hh < h) & (ww >= 0) & (ww < wd), full)
    rows = np.broadcast_to((co * ho + i) * wo + j, full)[ok]
    cols = np.broadcast_to((ci * h + hh) * wd + ww, full)[ok]
    vals = np.broadcast_to(w[co, cg, ki, kj], full)[ok]
    return [(0, sp.csr_matrix((vals, (rows, cols)), shape=(cout * ho * wo, cin * h * wd)))]


def _jac(sp, ck, nid):
    n = ck.g.node(nid)
    var = [a not in ck.consts for a in n.args]
    shapes = [ck.g.node(a).shape for a in n.args]
    size = int(np.prod(n.shape, dtype=np.int64))
    if n.op == "conv2d" and var == [True] + [False] * (len(var) - 1):
        return _conv_jac(sp, ck, n)
    if n.op in ("add", "sub", "neg") and all(shapes[i] == n.shape for i, v in enumerate(var) if v):
        sign = {"add": (1, 1), "sub": (1, -1), "neg": (-1,)}[n.op]
        return [(i, sign[i] * sp.identity(size, format="csr")) for i, v in enumerate(var) if v]
    if n.op in ("mul", "div") and var == [True, False] and shapes[0] == n.shape:
        c = np.broadcast_to(ck.consts[n.args[1]], n.shape).reshape(-1)
        if n.op == "div":
            if np.any(c == 0):
                return None
            c = 1 / c
        return [(0, sp.diags(c, format="csr"))]
    if n.op == "batchnorm" and nid in ck.lin:
        s_b = ck.lin[nid][0][0].back(np.ones((1,) + n.shape)).reshape(-1)  # the diagonal
        return [(0, sp.diags(s_b, format="csr"))]
    if n.op in ("reshape", "flatten") and var == [True]:
        return [(0, sp.identity(size, format="csr"))]
    return None


def sparse_prefix(ck, start: int, a0: Any, slopes: dict, what: str):
    """(acc, bias, err, resume) for the dense pass to continue from node ``resume``, or None."""
    sp = _sparse()
    g = ck.g
    if sp is None or ck.exact or ck.B != 1 or len(g.node(start).shape) < 3:
        return None
    S = a0.shape[1]
    acc: dict[int, Any] = {start: sp.csr_matrix(np.asarray(a0, dtype=np.float64).reshape(S, -1))}
    bias, err = np.zeros(S), np.zeros(S)
    cache = ck.__dict__.setdefault("_sparse_jac", {})

    def updot(a, v):
        n = a.shape[1]
        return (abs(a) @ np.asarray(v, dtype=np.float64).reshape(-1)) * (1 + gamma(n + 2)) \
            + (n + 2) * TINY

    def add(nid, part):
        nonlocal err
        if nid in acc:
            acc[nid] = acc[nid] + part
            err = err + U * updot(acc[nid], ck._m(nid)[0])
        else:
            acc[nid] = part

    resume = -1
    for nid in range(start, -1, -1):
        if nid not in acc:
            continue
        kind, n = ck.kind[nid], g.node(nid)
        if kind == "linear" and nid not in cache:
            cache[nid] = _jac(sp, ck, nid)
        if kind not in ("input", "mono", "maxlike", "ivl", "const", "kink") and \
                not (kind == "linear" and cache[nid] is not None):
            resume = nid
            break
        a = acc.pop(nid).tocsr()
        a.eliminate_zeros()
        size = a.shape[1] + 2
        d = None
        if kind in ("input", "mono", "maxlike", "ivl"):
            lo, hi = (v[0].reshape(-1) for v in ck.bounds[nid])
            d = a.maximum(0) @ lo + a.minimum(0) @ hi
            err = err + gamma(size) * updot(a, ck._m(nid)[0])
        elif kind == "const":
            c = np.broadcast_to(ck.consts[nid], n.shape).reshape(-1).astype(np.float64)
            d = a @ c
            err = err + gamma(size) * updot(a, np.abs(c))
        elif kind == "linear":
            _, f0, k = ck.lin[nid]
            for i, jac in cache[nid]:
                add(n.args[i], (a @ jac).tocsr())
            err = err + gamma(k) * updot(a, ck.absjm[nid][0])
            if f0 is not None:
                f = np.broadcast_to(f0, n.shape).reshape(-1).astype(np.float64)
                d = a @ f
                err = err + gamma(size + 2) * updot(a, np.abs(f))
                if nid in ck.f0err:
                    err = err + updot(a, ck.f0err[nid])
        else:  # kink
            a_lo, a_up, b_up = ck.kink_lines(nid, S, slopes.get(nid), what)
            r = np.repeat(np.arange(S), np.diff(a.indptr))
            c, v = a.indices, a.data
            flat = a_lo[0].reshape(a_lo.shape[1], -1)
            lo_e = flat[r if a_lo.shape[1] > 1 else np.zeros_like(r), c]
            up_e, bu = a_up[0, 0].reshape(-1)[c], b_up[0, 0].reshape(-1)
            part = sp.csr_matrix((v * np.where(v >= 0, lo_e, up_e), c, a.indptr), shape=a.shape)
            add(n.args[0], part)
            neg = sp.csr_matrix((np.where(v < 0, v, 0.0), c, a.indptr), shape=a.shape)
            d = neg @ bu
            err = err + gamma(1) * updot(part, ck._m(n.args[0])[0]) \
                + gamma(size) * updot(a, np.abs(bu))
        if d is not None:
            bias = bias + d
            err = err + U * np.abs(bias) * (1 + 4 * U)
    dense = {k: v.toarray().reshape((1, S) + g.node(k).shape) for k, v in acc.items()}
    return dense, bias[None], err[None], resume

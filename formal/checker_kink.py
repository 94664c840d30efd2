"""The checker's kink-at-0 nodes (relu, leaky_relu, abs; f convex) in a backward pass.

Lower line: the certificate's slope, which must lie in the op's range where the input interval
straddles 0 (lemma ``*.crown_lower_le_of_alpha_mem_Icc``); off the kink the line is f itself.
Upper line: the checker's own chord, intercept rounded up so that the line is >= f at l and at u
(``*.crown_upper_ge_of_unstable``). The chord depends only on the node's bounds, so it is computed
once per node and reused by every pass (``ck.chords``).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np

from .checker_ops import LEMMAS, TINY, CheckFail, gamma, kink_params, stable_slope


def stable(ck: Any, n: Any, l: Any, u: Any) -> Any:
    st = stable_slope(n, l, u)
    return ck.num(np.asarray(st, dtype=np.float64)) if ck.exact else st


def _chord(ck: Any, nid: int) -> tuple[Any, Any, Any, Any]:
    """(unstable mask (B, 1, *shape), stable slopes, a_up, b_up) of node nid, cached."""
    hit = ck.chords.get(nid)
    if hit is not None:
        return hit
    n, exact = ck.g.node(nid), ck.exact
    l, u = ck.bounds[n.args[0]]
    f, _, _ = kink_params(n)
    if exact and n.op == "leaky_relu":
        c = Fraction(n.p.get("negative_slope", 0.01))
        f = lambda x: np.where(x > 0, x, c * x)  # noqa: E731
    lu = (l < 0) & (u > 0)
    st = stable(ck, n, l, u)
    ls, us = np.where(lu, l, -1), np.where(lu, u, 1)
    fl, fu = f(ls), f(us)
    if exact:
        s = (fu - fl) / (us - ls)
        b = np.maximum(fl - s * ls, fu - s * us)
    else:
        if n.op == "leaky_relu":
            fl = np.nextafter(fl, np.inf)
        s = (fu - fl) / (us - ls)
        t1 = np.nextafter(fl - np.nextafter(s * ls, -np.inf), np.inf)
        t2 = np.nextafter(fu - np.nextafter(s * us, -np.inf), np.inf)
        b = np.maximum(t1, t2)
        if not np.all(np.isfinite(b[lu])):
            raise CheckFail(f"{ck.label(nid)}: upper line overflows")
    hit = (lu[:, None], st[:, None], np.where(lu, s, st)[:, None],
           np.where(lu, b, ck.zero)[:, None])
    ck.chords[nid] = hit
    return hit


def kink_lines(ck: Any, nid: int, S: int, slope: np.ndarray | None, what: str):
    """(a_lo (B, S|1, *shape), a_up, b_up (B, 1, *shape)) of a kink-at-0 node; the lower
    slopes come from the certificate and are checked, the upper chord is the checker's own."""
    n, B = ck.g.node(nid), ck.B
    _, smin, smax = kink_params(n)
    unst, st, a_up, b_up = _chord(ck, nid)
    if np.any(unst):
        if slope is None:
            raise CheckFail(f"{what}: no lower slopes for {ck.label(nid)}, which has "
                            "neurons whose interval straddles 0")
        want = (B, S) + n.shape
        if slope.ndim != len(want) or slope.shape[0] != B or slope.shape[1] not in (1, S) \
                or slope.shape[2:] != n.shape:
            raise CheckFail(f"{what}: slopes for {ck.label(nid)} have shape {slope.shape}, "
                            f"expected {want} (or {(B, 1) + n.shape})")
        bad = unst & ((slope < smin) | (slope > smax))
        if np.any(bad):
            idx = tuple(int(v[0]) for v in np.nonzero(bad))
            raise CheckFail(f"{what}: lower slope {float(slope[idx])!r} of {ck.label(nid)} "
                            f"neuron {idx[2:]} lies outside [{smin}, {smax}] "
                            f"(lemma {LEMMAS[n.op][1]} needs it inside)")
        ck.lemmas.update(LEMMAS[n.op])
        a_lo = np.where(unst, ck.num(slope), st)
    else:
        a_lo = st
    return a_lo, a_up, b_up


def kink_back(ck: Any, nid: int, a: Any, slope: np.ndarray | None, what: str):
    """(part, bias term, error term) of a kink-at-0 node for coefficients a (B, S, *shape).
    part = a * (a_lo where a >= 0 else a_up); bias = sum over a < 0 of a b_up. Float mode: the
    products round once each (gamma_1 |part| m), the sum is a dot product of the node's size
    (gamma_size |a| |b_up|); b_up is one row per box, so those sums are matrix-vector products."""
    from .checker import _dot

    n = ck.g.node(nid)
    a_lo, a_up, b_up = kink_lines(ck, nid, a.shape[1], slope, what)
    part = a * np.where(a >= 0, a_lo, a_up)
    d = _dot(np.minimum(a, ck.zero), b_up[:, 0])  # sum of a b_up over a < 0
    if ck.exact:
        return part, d, 0.0
    size = int(np.prod(n.shape, dtype=np.int64)) + 2
    e2 = gamma(1) * updot(np.abs(part), ck._m(n.args[0]), size) \
        + gamma(size) * updot(np.abs(a), np.abs(b_up[:, 0]), size)
    return part, d, e2


def updot(aabs: np.ndarray, v: np.ndarray, n: int) -> np.ndarray:
    """An upper bound of sum |a| v (v >= 0) despite rounding: gamma_{n+2} relative + n+2 tiny."""
    from .checker import _dot

    return _dot(aabs, v) * (1 + gamma(n + 2)) + (n + 2) * TINY

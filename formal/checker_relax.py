"""The checker's rules for smooth and pooling nonlinearities (independent of torchsmt.bounds).

- tanh, sigmoid, exp (``LINE_OPS``): the linear relaxation lines are proposed by the op's own
  ``relax`` rule (ir/ops/relax.py, a heuristic here: nothing rests on it) from the certified
  bounds of the argument, then *re-checked* rigorously and repaired: for each line the checker
  computes an outward-rounded upper bound E on its violation max_{x in [l, u]} of f - line (upper
  line) or line - f (lower line) and moves the intercept out by E when E > 0. The bound uses the
  convexity regions (exp: convex everywhere; tanh, sigmoid: convex on x <= 0, concave on x >= 0):
  where h = +-(f - line) is convex, its maximum over a segment is at an end; where h is concave,
  h(x) <= h(c) + h'(c) (x - c) for any c (the tangent bound), taken at c ~ the stationary point.
  Values of f use NumPy's elementwise functions within 4 ulps (the checker's trusted base) and
  every other operation is rounded outward with nextafter. The regions follow from the catalog's
  lemmas ``exp.deriv``/``exp.pos`` (exp'' = exp > 0), ``tanh.deriv``/``tanh.zero``/
  ``tanh.monotone`` (tanh'' = -2 tanh tanh', sign -sign x) and ``sigmoid.deriv``/
  ``sigmoid.monotone`` (sigmoid'' = s (1 - s)(1 - 2 s)); that derivation is a paper step, not a
  catalog lemma.
- maxpool2d: y >= x_j for j the window slot with the largest lower bound (``maximum.ge_left``/
  ``maximum.ge_right``), y = x_j when l_j >= u_k for every other position k of the window
  (``maximum.eq_right_of_dominated``), else y <= max_k u_k (``maxpool2d.interval_sound``); windows
  from pool.py's gather plan (ir: trusted, it defines the op).
- softmax, layernorm: rigorous interval enclosures, outward-rounded (``ivl_interval``).

Exact mode: the same float computations give rational lines and intervals (floats are rationals;
every one was rounded outward), then the pass runs on Fractions.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .checker_ops import TINY, U, Unsupported, gamma

LINE_OPS = ("tanh", "sigmoid", "exp")
IVL_OPS = ("softmax", "layernorm")
LINE_LEMMAS = {
    "tanh": ("tanh.deriv", "tanh.zero", "tanh.monotone", "tanh.range"),
    "sigmoid": ("sigmoid.deriv", "sigmoid.monotone", "sigmoid.range"),
    "exp": ("exp.deriv", "exp.pos", "exp.monotone"),
}
MAX_LEMMAS = ("maximum.ge_left", "maximum.ge_right", "maximum.eq_right_of_dominated",
              "maxpool2d.interval_sound@1x1x3x3")
_INF = np.inf


def up(x: Any) -> Any:
    return np.nextafter(x, _INF)


def dn(x: Any) -> Any:
    return np.nextafter(x, -_INF)


def _rel(v: Any) -> Any:
    """A bound on 4 ulps of v plus the subnormal floor (NumPy's functions' trusted accuracy)."""
    return 8 * U * np.abs(v) + 4 * TINY


def f_encl(op: str, x: Any) -> tuple[Any, Any]:
    """Rigorous [lo, hi] of f(x) at float points x."""
    with np.errstate(all="ignore"):
        if op == "exp":
            e = np.exp(x)
            return np.maximum(dn(e - _rel(e)), 0.0), up(e + _rel(e))
        if op == "tanh":
            t = np.tanh(x)
            return np.maximum(dn(t - _rel(t)), -1.0), np.minimum(up(t + _rel(t)), 1.0)
        # sigmoid = 1 / (1 + exp(-x)), each step rounded outward
        e = np.exp(-x)
        e_lo, e_hi = np.maximum(dn(e - _rel(e)), 0.0), up(e + _rel(e))
        lo = dn(1.0 / up(1.0 + e_hi))
        hi = up(1.0 / dn(1.0 + e_lo))
        return np.clip(np.nan_to_num(lo, nan=0.0), 0.0, 1.0), np.clip(np.nan_to_num(hi, nan=1.0),
                                                                      0.0, 1.0)


def df_encl(op: str, x: Any) -> tuple[Any, Any]:
    """Rigorous [lo, hi] of f'(x): exp' = exp, tanh' = 1 - tanh^2, sigmoid' = s (1 - s)."""
    flo, fhi = f_encl(op, x)
    with np.errstate(all="ignore"):
        if op == "exp":
            return flo, fhi
        if op == "tanh":
            m_lo = np.where((flo <= 0) & (fhi >= 0), 0.0, np.minimum(np.abs(flo), np.abs(fhi)))
            m_hi = np.maximum(np.abs(flo), np.abs(fhi))
            return np.maximum(dn(1.0 - up(m_hi * m_hi)), 0.0), np.minimum(up(1.0 - dn(m_lo * m_lo)),
                                                                          1.0)
        o_lo, o_hi = np.maximum(dn(1.0 - fhi), 0.0), up(1.0 - flo)
        return np.maximum(dn(flo * o_lo), 0.0), np.minimum(up(fhi * o_hi), 0.25)


def _stationary(op: str, a: Any, side: int) -> Any:
    """An approximation of the point where f'(c) = a on the convex (side -1) or concave (+1)
    region (NaN where none); only the tightness of the check depends on it."""
    with np.errstate(all="ignore"):
        if op == "exp":
            return np.log(a)
        if op == "tanh":
            return side * np.arctanh(np.sqrt(1.0 - a))
        s = (1.0 + np.sqrt(1.0 - 4.0 * a)) / 2.0
        return side * np.log(s / (1.0 - s))


def _line(a: Any, b: Any, x: Any, lower: bool) -> Any:
    with np.errstate(all="ignore"):
        return dn(dn(a * x) + b) if lower else up(up(a * x) + b)


def _excess(op: str, a: Any, b: Any, p: Any, q: Any, sigma: int, h_convex: bool) -> Any:
    """Upper bound of max over [p, q] of h = sigma (f(x) - a x - b); -inf where p > q."""
    with np.errstate(all="ignore"):
        if h_convex:  # the maximum is at an end
            outs = []
            for x in (p, q):
                flo, fhi = f_encl(op, x)
                v = up(fhi - _line(a, b, x, True)) if sigma > 0 else up(_line(a, b, x, False) - flo)
                outs.append(v)
            e = np.maximum(outs[0], outs[1])
        else:  # h concave: h(x) <= h(c) + h'(c) (x - c)
            side = 1 if (sigma > 0) else -1  # f concave where sigma = +1 makes h concave
            if op == "exp":
                side = -1
            c = _stationary(op, a, side)
            c = np.where(np.isfinite(c), np.clip(c, p, q), p)
            flo, fhi = f_encl(op, c)
            hc = up(fhi - _line(a, b, c, True)) if sigma > 0 else up(_line(a, b, c, False) - flo)
            dlo, dhi = df_encl(op, c)
            g_lo, g_hi = (dn(dlo - a), up(dhi - a)) if sigma > 0 else (dn(a - dhi), up(a - dlo))
            t_lo, t_hi = dn(p - c), up(q - c)  # t_lo <= 0 <= t_hi
            slope_term = np.maximum(up(g_lo * t_lo), up(g_hi * t_hi))
            slope_term = np.maximum(slope_term, 0.0)
            e = up(hc + slope_term)
        e = np.where(np.isnan(e), _INF, e)
        return np.where(p <= q, e, -_INF)


def _max_violation(op: str, a: Any, b: Any, l: Any, u: Any, sigma: int) -> Any:
    if op == "exp":  # convex: f - line convex (upper line), line - f concave (lower line)
        return _excess(op, a, b, l, u, sigma, h_convex=sigma > 0)
    zero = np.zeros_like(l)
    neg = _excess(op, a, b, l, np.minimum(u, zero), sigma, h_convex=sigma > 0)
    pos = _excess(op, a, b, np.maximum(l, zero), u, sigma, h_convex=sigma < 0)
    return np.maximum(neg, pos)


def checked_lines(g, n, l: Any, u: Any) -> tuple[tuple[Any, Any, Any, Any], int]:
    """((a_lo, b_lo, a_up, b_up), repaired count) for node n = f(x), x in [l, u] (float64):
    the op's proposed lines, re-checked and moved outward where they violate f."""
    if n.p:
        raise Unsupported(f"{n.op} with parameters {n.p}")
    l = np.asarray(l, dtype=np.float64)
    u = np.asarray(u, dtype=np.float64)
    if not (np.all(np.isfinite(l)) and np.all(np.isfinite(u))):
        raise Unsupported(f"{n.op} relaxation over unbounded intervals")
    rule = g.registry[n.op].rule("relax")
    with np.errstate(all="ignore"):
        a_lo, b_lo, a_up, b_up = (np.broadcast_to(np.asarray(v, dtype=np.float64), l.shape).copy()
                                  for v in rule(np, l, u))
    flo_l, _ = f_encl(n.op, l)
    _, fhi_u = f_encl(n.op, u)
    bad_lo = ~(np.isfinite(a_lo) & np.isfinite(b_lo))
    bad_up = ~(np.isfinite(a_up) & np.isfinite(b_up))
    a_lo[bad_lo], b_lo[bad_lo] = 0.0, flo_l[bad_lo]
    a_up[bad_up], b_up[bad_up] = 0.0, fhi_u[bad_up]
    e_up = _max_violation(n.op, a_up, b_up, l, u, +1)
    e_lo = _max_violation(n.op, a_lo, b_lo, l, u, -1)
    fix_up, fix_lo = e_up > 0, e_lo > 0
    with np.errstate(all="ignore"):
        b_up = np.where(fix_up, up(b_up + e_up), b_up)
        b_lo = np.where(fix_lo, dn(b_lo - e_lo), b_lo)
    # a line still not finite falls back to the interval's constant bound (f monotone)
    for a, b, const in ((a_up, b_up, fhi_u), (a_lo, b_lo, flo_l)):
        bad = ~np.isfinite(b)
        a[bad], b[bad] = 0.0, const[bad]
    return (a_lo, b_lo, a_up, b_up), int(np.count_nonzero(fix_up) + np.count_nonzero(fix_lo))


def lines_back(ck, nid: int, a: Any) -> tuple[Any, Any, Any]:
    """(part for the argument, bias (B, S), error (B, S)) of a tanh/sigmoid/exp node for rows a
    (B, S, *shape); its lines are checked once per node by ``checked_lines``."""
    n = ck.g.node(nid)
    cache = ck.__dict__.setdefault("_lines", {})
    if nid not in cache:
        l, u = ck.bounds[n.args[0]]
        lines, fixed = checked_lines(ck.g, n, np.asarray(l, dtype=np.float64),
                                     np.asarray(u, dtype=np.float64))
        ck.repaired = getattr(ck, "repaired", 0) + fixed
        a_lo, b_lo, a_up, b_up = (ck.num(v) for v in lines)
        bmax = np.maximum(np.abs(lines[1]), np.abs(lines[3]))
        cache[nid] = (a_lo[:, None], b_lo, a_up[:, None], b_up, bmax)
        ck.lemmas.update(LINE_LEMMAS[n.op])
    a_lo, b_lo, a_up, b_up, bmax = cache[nid]
    pos = a >= 0
    part = a * np.where(pos, a_lo, a_up)
    apos = np.where(pos, a, ck.zero)
    aneg = a - apos  # exact: a or 0 subtracted
    d1, d2 = _mv(apos, b_lo), _mv(aneg, b_up)
    if ck.exact:
        return part, d1 + d2, 0.0
    # products a * slope (one rounding each), the two dot products and their sum
    e2 = gamma(1) * _updot(np.abs(part), ck._m(n.args[0])) \
        + gamma(int(np.prod(n.shape, dtype=np.int64)) + 2) * _updot(np.abs(a), bmax) \
        + U * (np.abs(d1) + np.abs(d2))
    return part, d1 + d2, e2


def _mv(a: Any, v: Any) -> Any:
    """sum over node axes of a (B, S, *sh) * v (B, *sh): one matrix-vector product per box."""
    B, S = a.shape[:2]
    return (a.reshape(B, S, -1) @ v.reshape(B, -1, 1))[..., 0]


# -- maxpool2d ------------------------------------------------------------------------------------
def max_lines(n, xs: tuple[int, ...], lo: Any, hi: Any) -> tuple[Any, Any, Any]:
    """(src (B, L, P) flat index in H*W of the chosen element, exact (B, L, P) bool, umax
    (B, L, P)) for y = maxpool2d(x), x in [lo, hi] (B, *xs)."""
    from torchsmt.ir.ops.pool import make_plan

    p = n.p
    plan = make_plan(tuple(xs), p["kernel_size"], p["stride"], p["padding"],
                     p.get("dilation", 1), p.get("ceil_mode", False))
    B, hw = lo.shape[0], xs[-2] * xs[-1]
    lw = lo.reshape(B, -1, hw)[:, :, plan.idx]  # (B, L, P, K)
    uw = hi.reshape(B, -1, hw)[:, :, plan.idx]
    j = np.argmax(lw, axis=-1)
    lj = np.take_along_axis(lw, j[..., None], axis=-1)[..., 0]
    src = plan.idx[np.arange(plan.idx.shape[0])[None, None, :], j]
    pos = np.broadcast_to(plan.idx, lw.shape)
    others = np.where(pos == src[..., None], -_INF, uw).max(axis=-1)  # other positions only
    return src, lj >= others, uw.max(axis=-1)


def max_back(ck, nid: int, a: Any) -> tuple[Any, Any, Any]:
    """(part for the argument, bias (B, S), error (B, S)) of a maxpool2d node for rows a."""
    g, B = ck.g, ck.B
    n = g.node(nid)
    xs = g.node(n.args[0]).shape
    cache = ck.__dict__.setdefault("_maxlines", {})
    if nid not in cache:
        lo, hi = ck.bounds[n.args[0]]
        src, exact, umax = max_lines(n, xs, np.asarray(lo, dtype=np.float64),
                                     np.asarray(hi, dtype=np.float64))
        cache[nid] = (src, exact, ck.num(umax))
        ck.lemmas.update(MAX_LEMMAS)
    src, exact, umax = cache[nid]
    S = a.shape[1]
    L, P = src.shape[1:]
    hw = xs[-2] * xs[-1]
    av = a.reshape(B, S, L, P)
    take = (av >= 0) | exact[:, None]
    coef = np.where(take, av, ck.zero)
    d = np.where(take, ck.zero, av * umax[:, None]).reshape(B, S, -1).sum(axis=2)
    flat = (np.arange(L)[None, :, None] * hw + src).reshape(B, L * P)

    def scatter(v):
        out = np.zeros((B, L * hw, S), dtype=v.dtype)
        if v.dtype == object:
            out[...] = ck.zero
        bidx = np.broadcast_to(np.arange(B)[:, None], flat.shape)
        np.add.at(out, (bidx, flat), v.reshape(B, S, L * P).transpose(0, 2, 1))
        return out.transpose(0, 2, 1).reshape((B, S) + tuple(xs))

    part = scatter(coef)
    if ck.exact:
        return part, d, 0.0
    k = int(np.prod(n.p["kernel_size"])) + 2 if isinstance(n.p["kernel_size"], (tuple, list)) \
        else int(n.p["kernel_size"]) ** 2 + 2
    m = ck._m(n.args[0])
    absscat = scatter(np.abs(coef))
    size = L * P + 2
    err = gamma(k) * _updot(absscat, m) \
        + gamma(size) * _updot(np.abs(av).reshape(a.shape),
                               np.broadcast_to(np.abs(umax)[:, None], av.shape).reshape(a.shape))
    return part, d, err


def _updot(aabs: Any, v: Any) -> Any:
    B, S = aabs.shape[:2]
    n = int(np.prod(aabs.shape[2:], dtype=np.int64))
    if v.ndim == aabs.ndim - 1:
        r = (aabs.reshape(B, S, -1) @ v.reshape(B, -1, 1))[..., 0]
    else:
        r = (aabs * v).reshape(B, S, -1).sum(axis=2)
    return r * (1 + gamma(n + 2)) + (n + 2) * TINY


# -- softmax, layernorm: rigorous intervals -------------------------------------------------------
def ivl_interval(g, n, consts: dict[int, Any], l: Any, u: Any) -> tuple[Any, Any]:
    """Outward-rounded float64 enclosure of softmax / layernorm over x in [l, u] (B, *shape)."""
    l = np.asarray(l, dtype=np.float64)
    u = np.asarray(u, dtype=np.float64)
    with np.errstate(all="ignore"):
        if n.op == "softmax":
            lo, hi = _softmax(l, u, n.p.get("axis", -1) % len(n.shape))
        else:
            if any(a not in consts for a in n.args[1:]):
                raise Unsupported(f"layernorm (%{n.id}) with a variable weight or bias")
            w, b = (np.asarray(consts[a], dtype=np.float64) for a in n.args[1:])
            lo, hi = _layernorm(l, u, w, b, n.p.get("normalized_ndim", 1), n.p.get("eps", 1e-5))
    return np.where(np.isnan(lo), -_INF, lo), np.where(np.isnan(hi), _INF, hi)


def _softmax(l: Any, u: Any, axis: int) -> tuple[Any, Any]:
    """s_i in [1 / (1 + sum_{j != i} e^(u_j - l_i)), 1 / (1 + sum_{j != i} e^(l_j - u_i))]."""
    ax = axis + 1  # the box axis comes first
    lt, ut = np.moveaxis(l, ax, -1), np.moveaxis(u, ax, -1)
    n = lt.shape[-1]
    off = ~np.eye(n, dtype=bool)
    out = []
    for own, other, low in ((lt, ut, True), (ut, lt, False)):
        d = other[..., None, :] - own[..., :, None]  # (..., i, j)
        d = up(d) if low else dn(d)
        elo, ehi = f_encl("exp", d)
        e = np.where(off, ehi if low else elo, 0.0)
        s = e.sum(axis=-1)
        if low:
            s = up(s * (1 + gamma(n + 1)) + n * TINY)
            v = dn(1.0 / up(1.0 + s))
            v = np.where(np.isnan(v), 0.0, v)
        else:
            s = np.maximum(dn(s * (1 - gamma(n + 1)) - n * TINY), 0.0)
            v = up(1.0 / dn(1.0 + s))
            v = np.where(np.isnan(v), 1.0, v)
        out.append(np.clip(v, 0.0, 1.0))
    return np.moveaxis(out[0], -1, ax), np.moveaxis(out[1], -1, ax)


def _layernorm(l: Any, u: Any, w: Any, b: Any, k: int, eps: float) -> tuple[Any, Any]:
    """z_i = d_i / sqrt(var + eps), d = x - mean(x): d_i in [dlo_i, dhi_i] (the other entries at
    their opposite ends), var in [mean dmin^2, mean dmax^2], and var >= d_i^2 / (D - 1) (the other
    deviations sum to -d_i), so |z_i| <= h(|d_i|), h(t) = t / sqrt(t^2 / (D - 1) + eps)
    increasing; y = z w + b. Every step rounded outward."""
    if not (isinstance(eps, (int, float)) and eps > 0):
        raise Unsupported("layernorm with eps = 0 (0/0 at constant rows)")
    shp = l.shape
    D = int(np.prod(shp[len(shp) - k:], dtype=np.int64))
    lf, uf = l.reshape(-1, D), u.reshape(-1, D)
    if D == 1:
        zlo = zhi = np.zeros_like(lf)
    else:
        mag = np.maximum(np.abs(lf), np.abs(uf))
        slack = up(gamma(2 * D + 16) * (mag + mag.sum(axis=-1, keepdims=True) / D)) + 4 * TINY
        su, sl = (uf / D).sum(axis=-1, keepdims=True), (lf / D).sum(axis=-1, keepdims=True)
        dlo = dn(((lf - lf / D) - (su - uf / D)) - slack)
        dhi = up(((uf - uf / D) - (sl - lf / D)) + slack)
        dmax = np.maximum(np.abs(dlo), np.abs(dhi))
        dmin = np.maximum(np.maximum(dlo, -dhi), 0.0)
        vmax = up(up(up((up(dmax * dmax)).sum(axis=-1, keepdims=True) * (1 + gamma(D + 1))) / D)
                  + eps)
        vmin = dn(dn(dn((dn(dmin * dmin)).sum(axis=-1, keepdims=True) * (1 - gamma(D + 1))) / D)
                  + eps)
        sq_hi, sq_lo = up(np.sqrt(vmax)), dn(np.sqrt(vmin))

        def zmax(dl, dh):  # upper bound of z_i for d_i in [dl, dh]
            t = np.maximum(dh, 0.0)
            h = up(t / dn(np.sqrt(dn(dn(dn(t * t) / (D - 1)) + eps))))
            cap = np.minimum(h, np.where(sq_lo > 0, up(t / np.where(sq_lo > 0, sq_lo, 1.0)), _INF))
            return np.where(dh > 0, cap, up(dh / sq_hi))

        zhi = zmax(dlo, dhi)
        zlo = -zmax(-dhi, -dlo)
        lim = up(up(np.sqrt(D - 1.0)) * (1 + 4 * U))
        zhi = np.minimum(np.where(np.isnan(zhi), _INF, zhi), lim)
        zlo = np.maximum(np.where(np.isnan(zlo), -_INF, zlo), -lim)
    zlo, zhi = zlo.reshape(shp), zhi.reshape(shp)
    wl = np.broadcast_to(w, shp)
    p1, p2 = zlo * wl, zhi * wl
    ylo = dn(dn(np.minimum(p1, p2)) + b)
    yhi = up(up(np.maximum(p1, p2)) + b)
    return ylo, yhi

"""Normalizations: layernorm, batchnorm, and the internal operator ``rsqrt`` ((x + eps) ** -1/2,
a full operator so that VJPs of VJPs compose). Interval rules of non-monotone ops widen their result
by a few units in the last place so that they also enclose the float evaluation of ``impl``.
"""

from __future__ import annotations

import numpy as np

from ..errors import ShapeError
from ..opdef import OpDef
from . import relax as rx
from .common import (
    add_dir,
    nan_to,
    product_interval,
    rounding_dtype,
    scalar,
    unary,
)


# -- rsqrt (internal, for the normalizations) ------------------------------------------------------
def _rsqrt_impl(xp, x, eps=0.0):
    return 1.0 / xp.sqrt(x + eps)


def _rsqrt_deriv(e, x, out, eps):
    return e.op("mul", scalar(e, -0.5, out), e.op("mul", out, e.op("mul", out, out)))


def _rsqrt_interval(xp, lowers, uppers, eps):
    # Decreasing: [f(hi), f(lo)], each step of impl's float evaluation monotone too. Outside the
    # domain (x + eps <= 0) the ends are 0 and +inf (no point there has a finite value). No clamp
    # of x + eps from below: max(lo + eps, 1e-300) capped f(lo) at 1e150 (red-team case:
    # lo = 1e-310, eps = 0 has rsqrt = 1e155).
    lo, hi = lowers[0] + eps, uppers[0] + eps
    top = xp.where(lo > 0, 1.0 / xp.sqrt(xp.where(lo > 0, lo, 1.0)), np.inf)
    bot = xp.where(hi > 0, 1.0 / xp.sqrt(xp.where(hi > 0, hi, 1.0)), 0.0)
    return bot, top


RSQRT = unary(
    "rsqrt", _rsqrt_impl, _rsqrt_deriv, params={"eps": 0.0}, monotone="decreasing",
    interval=_rsqrt_interval, relax=rx.rsqrt_relax,
    doc="1 / sqrt(x + eps) (internal to layernorm/batchnorm); derivative -(x + eps)^(-3/2) / 2. "
        "Defined for x + eps > 0 (convex, decreasing). Relax: upper chord, lower tangent at the "
        "midpoint; no finite upper line when the interval reaches -eps.")


# -- layernorm ------------------------------------------------------------------------------------
def _ln_shape(in_shapes, normalized_ndim, eps):
    x, w, b = in_shapes
    k = normalized_ndim
    if not isinstance(k, int) or isinstance(k, bool) or not 1 <= k <= len(x):
        raise ShapeError(f"layernorm: normalized_ndim {k!r} must be in 1..{len(x)}")
    if not isinstance(eps, (int, float)) or isinstance(eps, bool) or not eps >= 0:
        raise ShapeError(f"layernorm: eps must be a number >= 0, got {eps!r}")
    if w != x[-k:] or b != x[-k:]:
        raise ShapeError(f"layernorm: weight {w} and bias {b} must have shape {x[-k:]}")
    if int(np.prod(x[-k:], dtype=np.int64)) == 0:
        raise ShapeError(f"layernorm over an empty normalized shape {x[-k:]}")
    return x


def _ln_axes(nd, k):
    return tuple(range(nd - k, nd))


def _ln_impl(xp, x, w, b, normalized_ndim, eps):
    ax = _ln_axes(len(x.shape), normalized_ndim)
    d = float(np.prod([x.shape[a] for a in ax]))
    xc = x - xp.sum(x, axis=ax, keepdims=True) / d
    var = xp.sum(xc * xc, axis=ax, keepdims=True) / d
    return xc / xp.sqrt(var + eps) * w + b


def _ln_parts(e, x, k, eps):
    """xc, r = 1/sqrt(var + eps) (keepdims), z = xc * r, as emitted values."""
    ax = _ln_axes(len(e.shape(x)), k)
    xc = e.op("sub", x, e.op("reduce_mean", x, axes=ax, keepdims=True))
    r = e.op("rsqrt", e.op("reduce_mean", e.op("mul", xc, xc), axes=ax, keepdims=True), eps=eps)
    return ax, r, e.op("mul", xc, r)


def _center(e, v, ax):
    return e.op("sub", v, e.op("reduce_mean", v, axes=ax, keepdims=True))


def _ln_vjp(e, g, out, x, w, b, normalized_ndim, eps):
    ax, r, z = _ln_parts(e, x, normalized_ndim, eps)
    gz = e.op("mul", g, w)
    zm = e.op("reduce_mean", e.op("mul", gz, z), axes=ax, keepdims=True)
    gx = e.op("mul", r, e.op("sub", _center(e, gz, ax), e.op("mul", z, zm)))
    return (gx, e.op("sum_to", e.op("mul", g, z), shape=e.shape(w)),
            e.op("sum_to", g, shape=e.shape(b)))


def _ln_jvp(e, ts, out, x, w, b, normalized_ndim, eps):
    tx, tw, tb = ts
    ax, r, z = _ln_parts(e, x, normalized_ndim, eps)
    terms = []
    if tx is not None:  # dz = r * (dxc - z * mean(z * dxc)), dxc = tx - mean(tx)
        dxc = _center(e, tx, ax)
        zm = e.op("reduce_mean", e.op("mul", z, dxc), axes=ax, keepdims=True)
        terms.append(e.op("mul", e.op("mul", r, e.op("sub", dxc, e.op("mul", z, zm))), w))
    if tw is not None:
        terms.append(e.op("mul", z, tw))
    if tb is not None:
        terms.append(e.op("broadcast", tb, shape=e.shape(out)))
    if not terms:
        return None
    t = terms[0]
    for u in terms[1:]:
        t = e.op("add", t, u)
    return t


def _ln_interval(xp, lowers, uppers, normalized_ndim, eps):
    """z_i = d_i / sqrt(var + eps) with d_i = x_i - mean. Since the other deviations sum to -d_i,
    var >= d_i^2 / (D - 1), so |z_i| <= h(|d_i|) with h(t) = t / sqrt(t^2 / (D - 1) + eps)
    increasing (< sqrt(D - 1): a bound for any box); also var >= var_min = mean_j dist(0,
    [dlo_j, dhi_j])^2, so |z_i| <= |d_i| / sqrt(var_min + eps); when d_i has one sign, |z_i| >=
    |d_i| / sqrt(var_max + eps). Squares are taken on deviations scaled by their row's largest
    bound (z is invariant under d -> d / s, eps -> eps / s^2): unscaled, t * t overflowed for
    |d| > 1e154 and h(t) became t / inf = 0 (red-team case: a box with x_1 up to 1e308 claimed
    z_0 in [-5e-15, 5e-15] while z_0 = -1.6e-6 at a corner)."""
    (l, wl, bl), (u, wh, bh) = lowers, uppers
    shp = tuple(l.shape)
    k = normalized_ndim
    n = int(np.prod(shp[-k:]))
    fe = float(np.finfo(l.dtype).eps)
    lf, uf = xp.reshape(l, (-1, n)), xp.reshape(u, (-1, n))
    lf_n, uf_n = lf / n, uf / n  # divided first: sums of n terms do not overflow
    su, sl = xp.sum(uf_n, axis=-1, keepdims=True), xp.sum(lf_n, axis=-1, keepdims=True)
    mag = xp.maximum(xp.abs(lf), xp.abs(uf))
    c = (4 * n + 8) * fe
    slack = c * mag + c * xp.sum(mag / n, axis=-1, keepdims=True)
    dlo = (lf - lf_n) - (su - uf_n) - slack  # (1 - 1/n) l_i - (1/n) sum_{j != i} u_j
    dhi = (uf - uf_n) - (sl - lf_n) + slack
    if n == 1:
        zlo, zhi = xp.zeros_like(lf), xp.zeros_like(uf)
    else:
        r = float(np.sqrt(n - 1.0))
        fin = xp.maximum(xp.where(xp.isfinite(dlo), xp.abs(dlo), 0.0),
                         xp.where(xp.isfinite(dhi), xp.abs(dhi), 0.0))
        big = xp.max(fin, axis=-1, keepdims=True)  # the row's largest finite |d| bound
        sc = xp.where(big > 0, big, 1.0)
        dlo, dhi, e = dlo / sc, dhi / sc, eps / (sc * sc)  # finite |d| <= 1
        dmax = xp.maximum(xp.abs(dlo), xp.abs(dhi))
        dmin = xp.maximum(xp.maximum(dlo, -dhi), 0.0)  # distance of [dlo, dhi] from 0
        sq = xp.sqrt(xp.sum(dmax * dmax, axis=-1, keepdims=True) / n + e)
        sq_lo = xp.sqrt(xp.sum(dmin * dmin, axis=-1, keepdims=True) / n + e)

        def h(t):
            if eps == 0:
                return t * 0 + r
            return xp.where(t > 0, t / xp.sqrt(t * t / (n - 1) + e), 0.0)

        def cap(t):  # |z| <= min(h(t), t / sqrt(var_min + eps)) for |d| <= t
            return xp.where(sq_lo > 0, xp.minimum(h(t), t / xp.where(sq_lo > 0, sq_lo, 1.0)), h(t))

        zhi = xp.where(dhi > 0, cap(xp.maximum(dhi, 0.0)), dhi / sq)
        zlo = xp.where(dlo < 0, -cap(xp.maximum(-dlo, 0.0)), dlo / sq)
        # impl's float sum of squares overflows once sum xc^2 > 1.8e308 (|xc| ~ 1e154): var = inf
        # and z = xc / inf = 0 there, a value the real-arithmetic bounds above need not contain
        over = sc * sq * float(np.sqrt(n)) > 1e153
        zlo = xp.where(over, xp.minimum(zlo, 0.0), zlo)
        zhi = xp.where(over, xp.maximum(zhi, 0.0), zhi)
        tol = (2 * n + 16) * fe
        zlo, zhi = zlo - tol * (xp.abs(zlo) + 1), zhi + tol * (xp.abs(zhi) + 1)
        # |z| <= sqrt(D - 1) always; this also bounds rows with infinite or NaN intermediates
        lim = r * (1 + tol) + tol
        zlo = xp.maximum(nan_to(xp, zlo, -np.inf), -lim)
        zhi = xp.minimum(nan_to(xp, zhi, np.inf), lim)
    zlo, zhi = xp.reshape(zlo, shp), xp.reshape(zhi, shp)
    ylo, yhi = product_interval(xp, zlo, zhi, wl, wh)
    return nan_to(xp, ylo + bl, -np.inf), nan_to(xp, yhi + bh, np.inf)  # infinite inputs


LAYERNORM = OpDef(
    name="layernorm", arity=3, params={"normalized_ndim": 1, "eps": 1e-5}, shape=_ln_shape,
    impl=_ln_impl, vjp=_ln_vjp, jvp=_ln_jvp, interval=_ln_interval,
    doc="PyTorch layer_norm over the last `normalized_ndim` dims: (x - mean) / sqrt(var + eps) * "
        "weight + bias, biased variance; weight and bias have the normalized shape (pass "
        "ones/zeros for elementwise_affine=False). Interval: a sound, loose enclosure (see "
        "_ln_interval).")


# -- batchnorm (inference) -------------------------------------------------------------------------
def _bn_shape(in_shapes, eps):
    x = in_shapes[0]
    if len(x) < 2:
        raise ShapeError(f"batchnorm needs an (N, C, ...) operand, got {x}")
    if not isinstance(eps, (int, float)) or isinstance(eps, bool) or not eps >= 0:
        raise ShapeError(f"batchnorm: eps must be a number >= 0, got {eps!r}")
    for s in in_shapes[1:]:
        if s != (x[1],):
            raise ShapeError(f"batchnorm: scale/bias/mean/var must have shape ({x[1]},), got {s}")
    return x


def _bshape(nd, c):
    return (c,) + (1,) * (nd - 2)


def _bn_impl(xp, x, scale, bias, mean, var, eps):
    bs = _bshape(len(x.shape), x.shape[1])
    k = scale / xp.sqrt(var + eps)
    return (x - xp.reshape(mean, bs)) * xp.reshape(k, bs) + xp.reshape(bias, bs)


def _bn_vjp(e, g, out, x, scale, bias, mean, var, eps):
    bs = _bshape(len(e.shape(x)), e.shape(x)[1])
    red = (0,) + tuple(range(2, len(e.shape(x))))
    r = e.op("rsqrt", var, eps=eps)
    k = e.op("mul", scale, r)
    xc = e.op("sub", x, e.op("reshape", mean, shape=bs))
    gb = e.op("reduce_sum", g, axes=red)
    gxc = e.op("reduce_sum", e.op("mul", g, xc), axes=red)  # sum g * (x - mean), per channel
    gr = e.op("mul", gxc, scale)
    gvar = e.op("mul", gr, e.op("mul", scalar(e, -0.5, r), e.op("mul", r, e.op("mul", r, r))))
    return (e.op("mul", g, e.op("reshape", k, shape=bs)), e.op("mul", gxc, r), gb,
            e.op("neg", e.op("mul", gb, k)), gvar)


def _bn_jvp(e, ts, out, x, scale, bias, mean, var, eps):
    tx, ts_, tb, tm, tv = ts
    bs = _bshape(len(e.shape(x)), e.shape(x)[1])
    r = e.op("rsqrt", var, eps=eps)
    k = e.op("mul", scale, r)
    terms = []
    d = tx if tm is None else (e.op("neg", e.op("reshape", tm, shape=bs)) if tx is None else
                               e.op("sub", tx, e.op("reshape", tm, shape=bs)))
    if d is not None:
        terms.append(e.op("mul", d, e.op("reshape", k, shape=bs)))
    dk = []  # dk = tscale * r + scale * dr, dr = -r^3 tvar / 2
    if ts_ is not None:
        dk.append(e.op("mul", ts_, r))
    if tv is not None:
        r3 = e.op("mul", r, e.op("mul", r, r))
        dk.append(e.op("mul", e.op("mul", scale, scalar(e, -0.5, r)), e.op("mul", r3, tv)))
    if dk:
        kk = dk[0] if len(dk) == 1 else e.op("add", dk[0], dk[1])
        xc = e.op("sub", x, e.op("reshape", mean, shape=bs))
        terms.append(e.op("mul", xc, e.op("reshape", kk, shape=bs)))
    if tb is not None:
        terms.append(e.op("broadcast", e.op("reshape", tb, shape=bs), shape=e.shape(out)))
    if not terms:
        return None
    t = terms[0]
    for v in terms[1:]:
        t = e.op("add", t, v)
    return e.op("broadcast", t, shape=e.shape(out)) if e.shape(t) != e.shape(out) else t


def _bn_interval(xp, lowers, uppers, eps):
    """Interval arithmetic along impl's own evaluation order: each step is monotone in its
    operands and so is its float rounding, hence the bounds also enclose the float results.
    United with the same computation rounded outward, which holds for the reals (x - mean can
    cancel: one rounding of it moves the result by ulp(mean), far more than its own ulps)."""
    (xl, sl, bl, ml, vl), (xh, sh, bh, mh, vh) = lowers, uppers
    bs = _bshape(len(xl.shape), xl.shape[1])
    bad = xp.reshape(vl + eps <= 0, bs)  # var + eps may reach 0: unbounded there
    vl = xp.where(vl + eps <= 0, xp.maximum(vh, 1.0), vl)
    ql, qh = xp.sqrt(vl + eps), xp.sqrt(xp.maximum(vh, vl) + eps)
    # inf / inf (an unbounded scale over an unbounded variance) is NaN: unbounded k there
    kl = nan_to(xp, xp.minimum(xp.minimum(sl / ql, sl / qh), xp.minimum(sh / ql, sh / qh)), -np.inf)
    kh = nan_to(xp, xp.maximum(xp.maximum(sl / ql, sl / qh), xp.maximum(sh / ql, sh / qh)), np.inf)
    dl, dh = xl - xp.reshape(mh, bs), xh - xp.reshape(ml, bs)
    yl, yh = product_interval(xp, dl, dh, xp.reshape(kl, bs), xp.reshape(kh, bs))
    yl, yh = yl + xp.reshape(bl, bs), yh + xp.reshape(bh, bs)
    dt = rounding_dtype(xp, yl)
    if dt is not None:
        yl, yh = _bn_outward(xp, (xl, bl, ml, kl, yl), (xh, bh, mh, kh, yh), bs, np.finfo(dt))
    return (xp.where(bad, -np.inf, nan_to(xp, yl, -np.inf)),
            xp.where(bad, np.inf, nan_to(xp, yh, np.inf)))


def _bn_outward(xp, lows, highs, bs, fi):
    """The batchnorm bounds recomputed with outward rounding, united with impl-order ones [yl, yh]
    (red-team case: x in [0, 1000], mean = bias = 1e17: impl's order gives [0, 992], x = 1000
    maps to 1000). x - mean and + bias are rounded by TwoSum; k = scale / sqrt(var + eps) and the
    product carry a few relative ulps (var + eps cannot cancel: var > -eps there)."""
    (xl, bl, ml, kl, yl), (xh, bh, mh, kh, yh) = lows, highs
    e, tiny = 8 * float(fi.eps), 4 * float(fi.smallest_subnormal)
    with np.errstate(invalid="ignore", over="ignore"):
        dl = add_dir(xp, xl, -xp.reshape(mh, bs), False)
        dh = add_dir(xp, xh, -xp.reshape(ml, bs), True)
        kl, kh = kl - (e * xp.abs(kl) + tiny), kh + (e * xp.abs(kh) + tiny)
        pl, ph = product_interval(xp, dl, dh, xp.reshape(kl, bs), xp.reshape(kh, bs))
        pl, ph = pl - (e * xp.abs(pl) + tiny), ph + (e * xp.abs(ph) + tiny)
        rl = add_dir(xp, pl, xp.reshape(bl, bs), False)
        rh = add_dir(xp, ph, xp.reshape(bh, bs), True)
        return (xp.minimum(nan_to(xp, yl, -np.inf), nan_to(xp, rl, -np.inf)),
                xp.maximum(nan_to(xp, yh, np.inf), nan_to(xp, rh, np.inf)))


BATCHNORM = OpDef(
    name="batchnorm", arity=5, params={"eps": 1e-5}, shape=_bn_shape, impl=_bn_impl,
    vjp=_bn_vjp, jvp=_bn_jvp, interval=_bn_interval,
    doc="Inference batch norm, channel axis 1: (x - mean) * (scale / sqrt(var + eps)) + bias; "
        "args (x, scale, bias, mean, var), the last four of shape (C,). A per-channel affine map "
        "of x; the interval rule is interval arithmetic in impl's order (var + eps > 0 assumed).")

OPS = (RSQRT, LAYERNORM, BATCHNORM)

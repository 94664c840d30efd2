"""Rule factories shared by operator families (JAX-style: unary-elementwise, broadcasting,
monotone and bilinear interval rules)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np

from ..errors import ShapeError
from ..opdef import OpDef, Shape


def broadcast_shapes(*shapes: Shape) -> Shape:
    """NumPy broadcasting of shapes; ShapeError on a mismatch."""
    n = max(len(s) for s in shapes)
    out = []
    for i in range(n):
        dims = {s[len(s) - n + i] for s in shapes if len(s) - n + i >= 0}
        dims.discard(1)
        if len(dims) > 1:
            raise ShapeError(f"shapes {' and '.join(map(str, shapes))} do not broadcast")
        out.append(dims.pop() if dims else 1)
    return tuple(out)


def same_shape(in_shapes: tuple[Shape, ...], **_: Any) -> Shape:
    return in_shapes[0]


def broadcast_rule(in_shapes: tuple[Shape, ...], **_: Any) -> Shape:
    return broadcast_shapes(*in_shapes)


def unbroadcast(e: Any, g: Any, shape: Shape) -> Any:
    """Cotangent of a broadcast operand: sum ``g`` down to ``shape`` (no-op when equal)."""
    if tuple(e.shape(g)) == tuple(shape):
        return g
    return e.op("sum_to", g, shape=tuple(shape))


def expand(e: Any, t: Any, shape: Shape) -> Any:
    """Tangent of a broadcast operand: broadcast ``t`` up to ``shape``."""
    if tuple(e.shape(t)) == tuple(shape):
        return t
    return e.op("broadcast", t, shape=tuple(shape))


ZERO: Any = type("ZeroDerivative", (), {"__repr__": lambda self: "ZERO"})()


def unary(
    name: str,
    impl: Callable[..., Any],
    deriv: Callable[..., Any] | None,
    *,
    params: dict[str, Any] | None = None,
    shape: Callable[..., Shape] | None = None,
    monotone: str | None = None,
    relax: Callable[..., Any] | None = None,
    interval: Callable[..., Any] | None = None,
    smt: Callable[..., Any] | None = None,
    lemmas: tuple[str, ...] = (),
    doc: str = "",
) -> OpDef:
    """An elementwise unary op from its impl and its derivative ``deriv(e, x, out, **p) -> f'(x)``.

    The Jacobian is diagonal, so the VJP and the JVP are the same product: g * f'(x).
    ``deriv=ZERO`` declares a piecewise-constant op (step, sign): no gradient flows (None).
    A ``monotone`` op gets its interval rule from ``monotone_interval`` unless one is given.
    """

    def vjp(e, g, out, x, **p):
        if deriv is ZERO:
            return (None,)
        return (e.op("mul", g, deriv(e, x, out, **p)),)

    def jvp(e, tangents, out, x, **p):
        (t,) = tangents
        if t is None or deriv is ZERO:
            return None
        return e.op("mul", t, deriv(e, x, out, **p))

    if interval is None and monotone is not None:
        interval = monotone_interval(impl, monotone)

    return OpDef(
        name=name,
        arity=1,
        shape=shape or same_shape,
        impl=impl,
        params=params or {},
        vjp=vjp if deriv is not None else None,
        jvp=jvp if deriv is not None else None,
        smt=smt,
        interval=interval,
        relax=relax,
        monotone=monotone,
        differentiable=deriv is not None,
        lemmas=lemmas,
        doc=doc,
    )


def const_like(e: Any, value: Any, like: Any) -> Any:
    """``e.const(value)`` in ``like``'s float dtype when ``like`` is an array (the eager tape: a
    float32 computation stays float32); otherwise (graph node ids, SMT terms) the emitter's own."""
    dt = getattr(like, "dtype", None)
    if not (isinstance(dt, np.dtype) and np.issubdtype(dt, np.floating)):
        dt = None
    return e.const(np.asarray(value), dtype=dt)


def scalar(e: Any, value: float, like: Any) -> Any:
    """A constant broadcast against ``like`` (a 0-d constant; broadcasting ops handle the rest)."""
    return const_like(e, value, like)


# -- interval rules --------------------------------------------------------------------------------
# Interval rules are enclosures in real arithmetic evaluated in floating point: a bound may be off
# by a rounding error (~1 ulp per operation). Outward rounding is the bounds layer's job (it knows
# the dtype and the device); the certificate checker re-derives everything with rounding accounted
# for.


def monotone_interval(impl: Callable[..., Any], direction: str) -> Callable[..., Any]:
    """The interval rule of an op monotone in every argument (unary elementwise ops, and shape,
    reduction and pooling ops that are increasing in each operand): impl on the lows and on the
    highs, swapped when decreasing. Float rounding is monotone too (a sum of larger floats in the
    same order is not smaller), so the rule also encloses impl's own float evaluation."""
    if direction not in ("increasing", "decreasing"):
        raise ValueError(f"monotone must be 'increasing' or 'decreasing', not {direction!r}")

    def interval(xp, lowers, uppers, **p):
        lows, highs = unknown_ends(xp, lowers, uppers)
        fl, fu = impl(xp, *lows, **p), impl(xp, *highs, **p)
        return (fl, fu) if direction == "increasing" else (fu, fl)

    interval.__doc__ = f"Interval rule of a {direction} op: impl on the lows and on the highs."
    return interval


# -- directed rounding without a rounding mode: error-free transformations -------------------------
# Knuth's TwoSum and Dekker's TwoProduct give the exact residual of one float + or *, so a result is
# bumped by one ulp only when it was rounded the wrong way: exact cases stay bit-exact (tight), and
# the bound holds for the real numbers the floats denote. Arrays of a float dtype only; symbolic
# (exact) semantics get the plain operation.


def rounding_dtype(xp: Any, v: Any) -> Any:
    """The float dtype of ``v`` when ``xp`` is an array module that rounds (numpy, cupy), else None:
    SMT semantics are exact (their symbolic arrays report a float dtype for finfo's sake)."""
    if getattr(xp, "__name__", "") not in ("numpy", "cupy"):
        return None
    dt = getattr(v, "dtype", None)
    return dt if isinstance(dt, np.dtype) and np.issubdtype(dt, np.floating) else None


def _two_prod_err(xp: Any, a: Any, b: Any, p: Any, dt: Any) -> tuple[Any, Any]:
    """(e, ok): a * b == p + e exactly where ``ok`` (no overflow in the split, no underflow)."""
    fi = np.finfo(dt)
    split = float(2 ** ((fi.nmant + 2) // 2) + 1)  # Veltkamp: 2^27 + 1 for float64

    def halves(x: Any) -> tuple[Any, Any]:
        c = split * x
        hi = c - (c - x)
        return hi, x - hi

    with np.errstate(all="ignore"):
        ah, al = halves(a)
        bh, bl = halves(b)
        e = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    big = float(fi.max) ** 0.5 / split  # split and partial products stay finite below this
    small = float(fi.tiny) * 2.0 ** (fi.nmant + 2)  # partial products stay normal above this
    aa, ab = xp.abs(a), xp.abs(b)
    ok = ((aa < big) & (ab < big) & (xp.abs(p) > small)) | (aa == 0) | (ab == 0)
    e = xp.where((aa == 0) | (ab == 0), 0.0, e)  # a zero factor: exact (the split may be NaN)
    return e, ok


def _bump(xp: Any, v: Any, e: Any, ok: Any, up: bool, dt: Any) -> Any:
    """v moved one ulp up (down) where the residual e says the exact value lies above (below) it;
    where the residual is unknown, moved by a generous 4 eps |v| + a few subnormals instead."""
    fi = np.finfo(dt)
    inf = float("inf")
    with np.errstate(all="ignore"):
        step = xp.nextafter(v, inf if up else -inf)
        wrong = (e > 0) if up else (e < 0)
        rough = v + (1.0 if up else -1.0) * (4 * float(fi.eps) * xp.abs(v)
                                             + 4 * float(fi.smallest_subnormal))
    fin = xp.abs(v) < inf
    # an overflow to -inf (+inf) is a valid upper (lower) bound only as -max (+max): the exact
    # value of finite operands is finite; the other infinity is already on the safe side
    big = float(fi.max)
    far = xp.where(v == -inf, -big, v) if up else xp.where(v == inf, big, v)
    return xp.where(fin & ok, xp.where(wrong, step, v), xp.where(fin, rough, far))


def mul_dir(xp: Any, a: Any, b: Any, up: bool) -> Any:
    """a * b rounded up (``up``) or down: >= (<=) the exact product of the floats a and b."""
    p = a * b
    dt = rounding_dtype(xp, p)
    if dt is None:
        return p
    e, ok = _two_prod_err(xp, a, b, p, dt)
    return _bump(xp, p, e, ok, up, dt)


def add_dir(xp: Any, a: Any, b: Any, up: bool) -> Any:
    """a + b rounded up (``up``) or down, by TwoSum's exact residual (no overflow assumed; an
    infinite sum is returned as is)."""
    r = a + b
    dt = rounding_dtype(xp, r)
    if dt is None:
        return r
    with np.errstate(all="ignore"):
        bv = r - a
        e = (a - (r - bv)) + (b - bv)
    return _bump(xp, r, e, xp.abs(e) < float("inf"), up, dt)


def summing_interval(impl: Callable[..., Any]) -> Callable[..., Any]:
    """Interval rule of an op increasing in its operand that adds its entries (reduce_sum/mean,
    sum_to, avgpool and its transpose): impl on the lows and on the highs (sound for impl's own
    float evaluation: rounding is monotone), widened by 2 (n + 2) eps impl(max(|l|, |u|)), n the
    operand size (>= the summands per output). A float sum is off by up to ~n eps sum|x_i|, which
    under cancellation exceeds the ulps of the result, so the real sum can lie outside impl's
    (red-team case: reduce_sum of [1e17, 1000, -1e17] is 992 or 1008 in floats). Integer data
    with sums below 2^mantissa is summed exactly: no widening."""
    base = monotone_interval(impl, "increasing")

    def interval(xp, lowers, uppers, **p):
        lo, hi = base(xp, lowers, uppers, **p)
        dt = rounding_dtype(xp, lo)
        if dt is None:
            return lo, hi
        lows, highs = unknown_ends(xp, lowers, uppers)
        with np.errstate(invalid="ignore", over="ignore"):
            mags = [xp.maximum(xp.abs(a), xp.abs(b)) for a, b in zip(lows, highs, strict=True)]
            mag = impl(xp, *mags, **p)
            fi = np.finfo(dt)
            if _exact_integers(xp, (*lows, *highs), mag, fi):
                return lo, hi
            n = max(int(np.size(v)) for v in lowers) + 2
            s = (2 * n * float(fi.eps)) * mag + 4 * n * float(fi.smallest_subnormal)
            return lo - s, hi + s

    interval.__doc__ = summing_interval.__doc__
    return interval


def nan_to(xp: Any, x: Any, value: float) -> Any:
    """Replace NaN (0*inf, inf-inf in a bound) by ``value`` (-inf for lower, +inf for upper)."""
    return xp.where(x != x, value, x)


def unknown_ends(xp: Any, lowers: Any, uppers: Any) -> tuple[list[Any], list[Any]]:
    """Input bounds with NaN read as unknown: -inf for a lower end, +inf for an upper one.

    Rules whose comparisons would turn a NaN end into a finite value use it (step(NaN) = 0 would
    claim step <= 0). Red-team case: CROWN stored a NaN upper bound (0 * -inf from log's lower
    line at l = 0) and step's interval turned it into [0, 0] for a value of 1.
    """
    return ([nan_to(xp, v, -float("inf")) for v in lowers],
            [nan_to(xp, v, float("inf")) for v in uppers])


def mid_rad(xp: Any, lo: Any, hi: Any) -> tuple[Any, Any]:
    """Midpoint and radius of [lo, hi], halving first so that finite endpoints never overflow.

    The radius is measured from the rounded midpoint (max(hi - mid, mid - lo)), not as hi/2 - lo/2:
    halving an odd subnormal rounds (5e-324 / 2 == 0), and then [mid - rad, mid + rad] would miss
    an endpoint (red-team case: conv2d_transpose on l == u == 5e-324 gave [0, 0]). Subtractions
    of nearby or subnormal floats are exact, so a point box keeps radius 0 and small boxes lose
    nothing.
    """
    mid = nan_to(xp, lo / 2 + hi / 2, 0.0)
    return mid, nan_to(xp, xp.maximum(hi - mid, mid - lo), float("inf"))  # NaN: -inf - -inf


def bilinear_interval(xp: Any, f: Callable[[Any, Any], Any], la: Any, ua: Any, lb: Any,
                      ub: Any) -> tuple[Any, Any]:
    """Enclosure of f(A, B) for a bilinear f that is a sum of products (matmul, conv).

    Mid-radius form: f(mA, mB) +- (f(|mA|, rB) + f(rA, |mB|) + f(rA, rB)); |f(a, b)| <= f(|a|, |b|)
    for sums of products, so it is sound; with a point operand (rB = 0) it is exact:
    f(mA, B) +- f(rA, |B|).

    In floats each sum of n products is off by up to ~n eps * sum |terms|, which under
    cancellation is far more than the ulps of the result (red-team case: a point A and a 1e-12
    box B with a(b) ~ 0 missed the exact value at 18 000 of 2000 boxes' corners, by up to 1.3e-16
    sum |terms|). The radius is widened by 2 (n + 2) eps f(|mA| + rA, |mB| + rB) (plus an
    underflow floor), n <= min(|A|, |B|) bounding the nonzero products per output (true of
    matmul, Gemm and the conv family), so the bounds hold for the reals and for impl's rounding.
    Integer data whose sums of |products| stay below 2^mantissa is computed exactly: no widening.
    """
    with np.errstate(invalid="ignore", over="ignore"):  # infinite ends: NaNs handled below
        ma, ra = mid_rad(xp, la, ua)
        mb, rb = mid_rad(xp, lb, ub)
        mid = f(ma, mb)
        rad = f(xp.abs(ma), rb) + f(ra, xp.abs(mb)) + f(ra, rb)
        dt = rounding_dtype(xp, mid)
        if dt is not None:
            fi, n = np.finfo(dt), min(int(np.size(la)), int(np.size(lb))) + 2
            mag = f(xp.abs(ma) + ra, xp.abs(mb) + rb)
            if not _exact_integers(xp, (ma, ra, mb, rb), mag, fi):
                rad = rad + (2 * n * float(fi.eps)) * mag + 4 * n * float(fi.smallest_subnormal)
        return nan_to(xp, mid - rad, -float("inf")), nan_to(xp, mid + rad, float("inf"))


def _exact_integers(xp: Any, parts: tuple[Any, ...], mag: Any, fi: Any) -> bool:
    """True when every operand is integer-valued and every sum of |products| is below
    2^(mantissa + 1): then all products and partial sums are exact integers (no rounding)."""
    lim = 2.0 ** (fi.nmant + 1)
    if not bool(xp.all(xp.abs(mag) < lim)):  # also False for NaN / inf
        return False
    return all(bool(xp.all(v == xp.floor(v))) for v in parts)


def product_interval(xp: Any, la: Any, ua: Any, lb: Any, ub: Any) -> tuple[Any, Any]:
    """Exact enclosure of a * b (elementwise, broadcasting) from the four endpoint products.

    0 * inf is NaN in floating point but a product with a zero factor is 0 for every finite point of
    the box, so such products count as 0 (any other NaN, e.g. from a NaN bound, stays visible).
    """

    def prod(a, b):
        return xp.where((a == 0) | (b == 0), 0.0, a * b)

    with np.errstate(invalid="ignore", over="ignore"):
        ps = [prod(la, lb), prod(la, ub), prod(ua, lb), prod(ua, ub)]
    lo = xp.minimum(xp.minimum(ps[0], ps[1]), xp.minimum(ps[2], ps[3]))
    hi = xp.maximum(xp.maximum(ps[0], ps[1]), xp.maximum(ps[2], ps[3]))
    return lo, hi


def reshape(e: Any, v: Any, shape: Shape) -> Any:
    """Reshape through the registry's ``reshape`` op (no-op when the shape already matches)."""
    if tuple(e.shape(v)) == tuple(shape):
        return v
    return e.op("reshape", v, shape=tuple(int(s) for s in shape))

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


def scalar(e: Any, value: float, like: Any) -> Any:
    """A constant broadcast against ``like`` (a 0-d constant; broadcasting ops handle the rest)."""
    return e.const(np.asarray(value))


# -- interval rules --------------------------------------------------------------------------------
# Interval rules are enclosures in real arithmetic evaluated in floating point: a bound may be off
# by a rounding error (~1 ulp per operation). Outward rounding is the bounds layer's job (it knows
# the dtype and the device); the certificate checker re-derives everything with rounding accounted
# for.


def monotone_interval(impl: Callable[..., Any], direction: str) -> Callable[..., Any]:
    """The interval rule of an elementwise monotone op: f(l), f(u) (swapped when decreasing)."""
    if direction not in ("increasing", "decreasing"):
        raise ValueError(f"monotone must be 'increasing' or 'decreasing', not {direction!r}")

    def interval(xp, lowers, uppers, **p):
        fl, fu = impl(xp, lowers[0], **p), impl(xp, uppers[0], **p)
        return (fl, fu) if direction == "increasing" else (fu, fl)

    interval.__doc__ = f"Interval rule of a {direction} elementwise op: the endpoints' images."
    return interval


def nan_to(xp: Any, x: Any, value: float) -> Any:
    """Replace NaN (0*inf, inf-inf in a bound) by ``value`` (-inf for lower, +inf for upper)."""
    return xp.where(x != x, value, x)


def mid_rad(xp: Any, lo: Any, hi: Any) -> tuple[Any, Any]:
    """Midpoint and radius of [lo, hi], halving first so that finite endpoints never overflow."""
    mid = lo / 2 + hi / 2
    return nan_to(xp, mid, 0.0), hi / 2 - lo / 2


def bilinear_interval(xp: Any, f: Callable[[Any, Any], Any], la: Any, ua: Any, lb: Any,
                      ub: Any) -> tuple[Any, Any]:
    """Enclosure of f(A, B) for a bilinear f that is a sum of products (matmul, conv).

    Mid-radius form: f(mA, mB) +- (f(|mA|, rB) + f(rA, |mB|) + f(rA, rB)); |f(a, b)| <= f(|a|, |b|)
    for sums of products, so it is sound; with a point operand (rB = 0) it is exact:
    f(mA, B) +- f(rA, |B|).
    """
    with np.errstate(invalid="ignore", over="ignore"):  # infinite ends: NaNs handled below
        ma, ra = mid_rad(xp, la, ua)
        mb, rb = mid_rad(xp, lb, ub)
        mid = f(ma, mb)
        rad = f(xp.abs(ma), rb) + f(ra, xp.abs(mb)) + f(ra, rb)
        return nan_to(xp, mid - rad, -float("inf")), nan_to(xp, mid + rad, float("inf"))


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

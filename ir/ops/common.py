"""Rule factories shared by operator families (JAX-style: linear, unary-elementwise, broadcasting)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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


def unary(
    name: str,
    impl: Callable[..., Any],
    deriv: Callable[..., Any] | None,
    *,
    params: dict[str, Any] | None = None,
    monotone: str | None = None,
    relax: Callable[..., Any] | None = None,
    interval: Callable[..., Any] | None = None,
    smt: Callable[..., Any] | None = None,
    lemmas: tuple[str, ...] = (),
    doc: str = "",
) -> OpDef:
    """An elementwise unary op from its impl and its derivative ``deriv(e, x, out, **p) -> f'(x)``.

    The Jacobian is diagonal, so the VJP and the JVP are the same product: g * f'(x).
    """

    def vjp(e, g, out, x, **p):
        return (e.op("mul", g, deriv(e, x, out, **p)),)

    def jvp(e, tangents, out, x, **p):
        (t,) = tangents
        if t is None:
            return None
        return e.op("mul", t, deriv(e, x, out, **p))

    return OpDef(
        name=name,
        arity=1,
        shape=same_shape,
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
    import numpy as np

    return e.const(np.asarray(value))

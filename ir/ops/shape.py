"""Shape-only ops: broadcast, sum_to (its transpose), reshape, ..."""

from __future__ import annotations

from ..errors import ShapeError
from ..opdef import REQUIRED, OpDef
from .common import broadcast_shapes


def _broadcast_shape(in_shapes, shape):
    if broadcast_shapes(in_shapes[0], shape) != tuple(shape):
        raise ShapeError(f"cannot broadcast {in_shapes[0]} to {shape}")
    return tuple(shape)


def _sum_to_axes(src, dst):
    lead = len(src) - len(dst)
    axes = tuple(range(lead)) + tuple(
        lead + i for i, d in enumerate(dst) if d == 1 and src[lead + i] != 1
    )
    return axes, lead


def _sum_to_shape(in_shapes, shape):
    if broadcast_shapes(tuple(shape), in_shapes[0]) != in_shapes[0]:
        raise ShapeError(f"cannot sum {in_shapes[0]} down to {shape}")
    return tuple(shape)


def _sum_to_impl(xp, x, shape):
    axes, lead = _sum_to_axes(tuple(x.shape), tuple(shape))
    if not axes:
        return x
    return xp.reshape(xp.sum(x, axis=axes), shape) if lead or axes else x


BROADCAST = OpDef(
    name="broadcast", arity=1, shape=_broadcast_shape, params={"shape": REQUIRED},
    impl=lambda xp, x, shape: xp.broadcast_to(x, shape),
    vjp=lambda e, g, out, x, shape: (e.op("sum_to", g, shape=e.shape(x)),),
    jvp=lambda e, ts, out, x, shape: None if ts[0] is None else e.op("broadcast", ts[0], shape=shape),
    linear=True, doc="NumPy broadcast_to(x, shape).",
)
SUM_TO = OpDef(
    name="sum_to", arity=1, shape=_sum_to_shape, params={"shape": REQUIRED}, impl=_sum_to_impl,
    vjp=lambda e, g, out, x, shape: (e.op("broadcast", g, shape=e.shape(x)),),
    jvp=lambda e, ts, out, x, shape: None if ts[0] is None else e.op("sum_to", ts[0], shape=shape),
    linear=True, doc="Sum x down to a shape it broadcasts from (the transpose of broadcast).",
)

OPS = (BROADCAST, SUM_TO)

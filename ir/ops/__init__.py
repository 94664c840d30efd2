"""Operator families. The registry is this explicit list; adding an op means adding it here."""

from __future__ import annotations

from . import conv, elementwise, linalg, norm, pool, reduce, shape, source

ALL_OPS = (
    *source.OPS,
    *elementwise.OPS,
    *linalg.OPS,
    *conv.OPS,
    *shape.OPS,
    *reduce.OPS,
    *norm.OPS,
    *pool.OPS,
)

"""Operator families. The registry is this explicit list; adding an op means adding it here."""

from __future__ import annotations

from . import elementwise, shape, source

ALL_OPS = (
    *source.OPS,
    *elementwise.OPS,
    *shape.OPS,
)

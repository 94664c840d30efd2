"""Graph sources: inputs and constants (their values live in the graph, not in the op)."""

from __future__ import annotations

from ..errors import GraphError
from ..opdef import OpDef


def _no_impl(xp, *args, **params):
    raise GraphError("input/const nodes are bound by the interpreter, not computed")


def _source_shape(in_shapes, **params):
    raise GraphError("input/const shapes come from the node itself")


INPUT = OpDef(name="input", arity=0, shape=_source_shape, impl=_no_impl,
              params={"index": 0}, linear=True, doc="The index-th graph input.")
CONST = OpDef(name="const", arity=0, shape=_source_shape, impl=_no_impl, linear=True,
              doc="A constant tensor stored in Graph.consts.")

OPS = (INPUT, CONST)

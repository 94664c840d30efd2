"""Applying an op's rules (impl, interval) to arrays with extra leading dimensions.

Bounds carry a box batch ``B`` (and CROWN a specification dimension ``S``) in front of each node's
shape. Op rules are written for the node's own shape, so this module maps ``M`` leading rows onto
them: elementwise ops broadcast, batch-first ops (conv, pools, Gemm, ...) fold ``M`` into their own
first axis, and anything else runs row by row (correct, slower; never hit by the usual networks).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from torchsmt.ir import Graph, Node

# Elementwise ops with NumPy broadcasting: leading rows broadcast like any other axis.
ELEMENTWISE = frozenset({
    "add", "sub", "mul", "div", "neg", "maximum", "minimum", "relu", "leaky_relu", "tanh",
    "sigmoid", "exp", "log", "sqrt", "abs", "step", "sign", "square", "reciprocal", "pow",
    "softplus", "elu", "clip", "hardtanh", "sin", "cos", "erf", "gelu",
})
# Ops that treat their first axis as an independent batch axis (whatever their parameters).
_BATCH_FIRST = frozenset({"conv2d", "conv1d", "maxpool2d", "avgpool2d", "batchnorm"})
_AXIS_OPS = frozenset({"softmax", "log_softmax", "layernorm", "reduce_sum", "reduce_mean",
                       "reduce_max", "reduce_min", "flatten"})


def is_elementwise(g: Graph, n: Node) -> bool:
    op = g.registry[n.op]
    return n.op in ELEMENTWISE or (op.arity == 1 and (op.monotone is not None
                                                      or op.relax is not None))


def _axes_exclude_first(n: Node, g: Graph) -> bool:
    p = n.p
    nd = len(g.node(n.args[0]).shape)
    if nd == 0:
        return False
    vals: list[int] = []
    for k in ("axis", "axes", "start_dim", "dim", "dims"):
        if k in p:
            v = p[k]
            vals += list(v) if isinstance(v, tuple) else [v]
    if n.op in ("reduce_sum", "reduce_mean", "reduce_max", "reduce_min") and not vals:
        return False  # no axes: reduces everything
    if n.op == "layernorm" and "normalized_shape" in p:
        return len(p["normalized_shape"]) < nd
    return bool(vals) and all(isinstance(a, int) and a % nd != 0 for a in vals)


def batch_first(g: Graph, n: Node, var: Sequence[bool]) -> bool:
    """True when folding leading rows into the op's own axis 0 leaves the result row-wise."""
    if n.op in _BATCH_FIRST:
        return var[0] and not any(var[1:])
    if n.op in _AXIS_OPS:
        return _axes_exclude_first(n, g)
    if n.op in ("linear", "matmul"):
        # a bias C must not vary along axis 0 (it would not follow the folded rows)
        c_ok = all(len(g.node(a).shape) < len(n.shape)
                   or (len(g.node(a).shape) > 0 and g.node(a).shape[0] == 1) for a in n.args[2:])
        return var[0] and not any(var[1:]) and not n.p.get("transA", False) and c_ok \
            and len(g.node(n.args[0]).shape) >= 2 and len(g.node(n.args[1]).shape) <= 2
    return False


def _rows_native(g: Graph, n: Node, var: Sequence[bool]) -> bool:
    """A 1-D left operand times a 2-D constant: (M, k) @ (k, p) is already row-wise."""
    return n.op in ("linear", "matmul") and var[0] and not any(var[1:]) \
        and len(g.node(n.args[0]).shape) == 1 and len(g.node(n.args[1]).shape) == 2 \
        and n.p.get("transB", False) is not None


def _expand_to(x: Any, m: int, shape: tuple[int, ...], rank: int) -> Any:
    """(M, *shape) -> (M, 1, ..., 1, *shape) with len(shape)+pad == rank."""
    return x.reshape((m,) + (1,) * (rank - len(shape)) + tuple(shape))


def bapply(fn: Callable[..., Any], g: Graph, n: Node, vals: Sequence[Any], var: Sequence[bool],
           m: int, xp: Any = np, shapes: Sequence[tuple[int, ...]] | None = None) -> Any:
    """Run ``fn(*vals)`` where ``vals[i]`` has shape (m, *arg_shape) if ``var[i]`` else arg_shape.

    Returns an array shaped (m, *out) where out is whatever ``fn`` returns per row (usually the
    node's shape). ``fn`` is an impl-like callable taking arrays only (parameters bound already).
    """
    shapes = [g.node(a).shape for a in n.args] if shapes is None else list(shapes)
    if m == 1:
        out = fn(*[v[0] if var[i] else v for i, v in enumerate(vals)])
        return _lift(out, xp)
    if is_elementwise(g, n):
        rank = max([len(n.shape)] + [len(s) for s in shapes])
        args = [_expand_to(v, m, shapes[i], rank) if var[i] else v for i, v in enumerate(vals)]
        return _fix_rows(fn(*args), m, xp)
    if _rows_native(g, n, var) and len(shapes) == len(n.args):
        out = fn(*vals)
        if _shape_of(out) == (m,) + tuple(n.shape):
            return out
    if batch_first(g, n, var):
        s0 = shapes[0][0]
        args = [v.reshape((m * s0,) + tuple(shapes[i][1:])) if var[i] else v
                for i, v in enumerate(vals)]
        out = fn(*args)
        return _map(out, lambda o: o.reshape((m,) + (o.shape[0] // m,) + tuple(o.shape[1:])))
    rows = [fn(*[v[r] if var[i] else v for i, v in enumerate(vals)]) for r in range(m)]
    if isinstance(rows[0], tuple):
        return tuple(xp.stack([r[k] for r in rows]) for k in range(len(rows[0])))
    return xp.stack(rows)


def _shape_of(out: Any) -> tuple[int, ...]:
    return tuple((out[0] if isinstance(out, tuple) else out).shape)


def _lift(out: Any, xp: Any) -> Any:
    return _map(out, lambda o: xp.asarray(o)[None])


def _fix_rows(out: Any, m: int, xp: Any) -> Any:
    """Broadcast results (a rule may return a scalar-like slope) to carry the leading rows."""
    return _map(out, lambda o: xp.asarray(o))


def _map(out: Any, f: Callable[[Any], Any]) -> Any:
    if isinstance(out, tuple):
        return tuple(f(o) for o in out)
    return f(out)

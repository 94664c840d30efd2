"""The interpreter: evaluates a graph with any array module (numpy by default)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import ShapeError

if TYPE_CHECKING:
    from .graph import Graph


def _run_dtype(g: Graph, inputs: tuple, dtype: Any):
    if dtype is not None:
        return np.dtype(dtype)
    # float32 in -> float32 out: run in float32 when every input is float32.
    dts = {np.asarray(x).dtype if not hasattr(x, "__cuda_array_interface__") else x.dtype
           for x in inputs}
    if dts and all(d == np.float32 for d in dts):
        return np.dtype(np.float32)
    return np.dtype(np.float64)


def run(g: Graph, *inputs: Any, xp: Any = None, return_all: bool = False, dtype: Any = None):
    """Run ``g`` on ``inputs`` (one per input node, in index order).

    Returns the single output (or a tuple of outputs); with ``return_all`` also a dict
    node id -> value of every intermediate.
    """
    xp = np if xp is None else xp
    in_ids = g.inputs
    if len(inputs) != len(in_ids):
        raise ShapeError(f"graph takes {len(in_ids)} input(s), got {len(inputs)}")
    dt = _run_dtype(g, inputs, dtype)
    env: dict[int, Any] = {}
    for nid, x in zip(in_ids, inputs, strict=True):
        x = xp.asarray(x, dtype=dt)
        if tuple(x.shape) != g.node(nid).shape:
            raise ShapeError(f"input {g.node(nid).label}: expected shape {g.node(nid).shape}, "
                             f"got {tuple(x.shape)}")
        env[nid] = x
    reg = g.registry
    for n in g.nodes:
        if n.op == "input":
            continue
        if n.op == "const":
            env[n.id] = xp.asarray(g.consts[n.id], dtype=dt)
            continue
        impl = reg[n.op].rule("impl")
        env[n.id] = impl(xp, *(env[a] for a in n.args), **dict(n.params))
    outs = tuple(env[o] for o in g.outputs)
    out = outs[0] if len(outs) == 1 else outs
    return (out, env) if return_all else out

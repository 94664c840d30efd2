"""Graph type checker: every malformation is reported with the node it concerns."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from .errors import GraphError, ShapeError, TorchSMTError
from .opdef import freeze_value

if TYPE_CHECKING:
    from .graph import Graph


def verify(g: Graph) -> None:
    reg = g.registry
    n_inputs = 0
    input_indices = []
    for pos, n in enumerate(g.nodes):
        where = f"node %{n.id}{' (' + n.name + ')' if n.name else ''} [{n.op}]"
        if n.id != pos:
            raise GraphError(f"{where}: id {n.id} at position {pos} (ids must be 0..n-1 in order)")
        if n.op not in reg:
            raise GraphError(f"{where}: unknown operator '{n.op}'")
        if n.dtype not in ("f32", "f64"):
            raise GraphError(f"{where}: unknown dtype '{n.dtype}'")
        if not isinstance(n.shape, tuple) or any(
            not isinstance(s, int) or isinstance(s, bool) or s < 0 for s in n.shape
        ):
            raise GraphError(f"{where}: malformed shape {n.shape!r}")
        for a in n.args:
            if not isinstance(a, int) or isinstance(a, bool):
                raise GraphError(f"{where}: argument {a!r} is not a node id")
            if a >= n.id:
                kind = "a cycle or forward reference" if a < len(g.nodes) else "a dangling argument"
                raise GraphError(f"{where}: argument %{a} is {kind}")
            if a < 0:
                raise GraphError(f"{where}: dangling argument %{a}")
        opdef = reg[n.op]
        if n.op == "input":
            if n.args:
                raise GraphError(f"{where}: input takes no arguments")
            idx = n.p.get("index")
            if not isinstance(idx, int):
                raise GraphError(f"{where}: input needs an integer 'index'")
            input_indices.append(idx)
            n_inputs += 1
            continue
        if n.op == "const":
            if n.args:
                raise GraphError(f"{where}: const takes no arguments")
            if n.id not in g.consts:
                raise GraphError(f"{where}: constant value missing")
            c = g.consts[n.id]
            if tuple(c.shape) != n.shape:
                raise GraphError(f"{where}: constant has shape {c.shape}, node says {n.shape}")
            if not np.all(np.isfinite(c)):
                raise GraphError(f"{where}: constant holds NaN or Inf")
            continue
        try:
            opdef.check_arity(len(n.args))
        except ShapeError as e:
            raise GraphError(f"{where}: {e}") from None
        names = [k for k, _ in n.params]
        if names != sorted(names) or len(set(names)) != len(names):
            raise GraphError(f"{where}: parameters must be sorted and unique")
        try:
            bound = opdef.bind_params(dict(n.params))
            if {k: freeze_value(v) for k, v in n.params} != bound:
                raise GraphError(f"{where}: parameters incomplete (expected {sorted(bound)})")
            opdef.check_param_types(bound)  # e.g. a string where a number is expected
            in_shapes = tuple(g.nodes[a].shape for a in n.args)
            shape = tuple(opdef.shape(in_shapes, **bound))
        except GraphError:
            raise
        except TorchSMTError as e:
            raise GraphError(f"{where}: {e}") from None
        except Exception as e:  # a shape rule tripping over garbage parameters
            why = f"{type(e).__name__}: {e}"
            raise GraphError(f"{where}: bad parameters or operands ({why})") from None
        if shape != n.shape:
            raise GraphError(f"{where}: shape mismatch: rule gives {shape}, node says {n.shape}")
        dts = {g.nodes[a].dtype for a in n.args}
        if dts != {n.dtype}:
            raise GraphError(f"{where}: dtype {n.dtype} but operands are {sorted(dts)}")
    if sorted(input_indices) != list(range(n_inputs)):
        raise GraphError(f"input indices {sorted(input_indices)} are not 0..{n_inputs - 1}")
    if not g.outputs:
        raise GraphError("graph has no outputs")
    for o in g.outputs:
        if not (isinstance(o, int) and 0 <= o < len(g.nodes)):
            raise GraphError(f"output %{o} is not a node of the graph")
    extra = set(g.consts) - {n.id for n in g.nodes if n.op == "const"}
    if extra:
        raise GraphError(f"constant values for non-const nodes {sorted(extra)}")

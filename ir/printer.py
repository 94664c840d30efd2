"""The graph listing: one line per node, like a jaxpr, and exact enough to parse back.

```
graph(%0 "x0": f64[7,5]):
  %1 "fc.weight": f64[50,5] = const <sha256:1f3a9c0d2b4e6f70>
  %2: f64[2] = const [0.5, -1.25]
  %3: f64[7,50] = linear[alpha=1.0, transB=1] %0 %1 %2
  %4: f64[7,50] = relu %3
  return %4
```

Inputs (ordered by their ``index``) form the header; every other node is one line with its id, an
optional quoted name, its type, op, parameters in brackets and argument ids. Constants with at most
``INLINE_MAX`` elements are written inline with float reprs that parse back to the same bits; larger
ones as a digest of their bytes (``parse_graph`` then needs the array). The grammar is in
docs/architecture.md, "Graph files".
"""

from __future__ import annotations

import hashlib
import json
import math
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .graph import Graph, Node

INLINE_MAX = 8  # constants with at most this many elements are printed inline
DIGEST_HEX = 16  # hex digits of the sha256 shown for a large constant

_LE = {"f32": "<f4", "f64": "<f8"}
_NP = {"f32": np.float32, "f64": np.float64}


def const_bytes(arr: Any, dtype: str) -> bytes:
    """The constant's canonical bytes: C order, little-endian, the node's dtype."""
    return np.ascontiguousarray(np.asarray(arr), dtype=_LE[dtype]).tobytes()


def const_digest(arr: Any, dtype: str) -> str:
    return hashlib.sha256(const_bytes(arr, dtype)).hexdigest()[:DIGEST_HEX]


def format_float(x: float, dtype: str = "f64") -> str:
    """Shortest text that parses (via a Python float, then a cast to ``dtype``) to the same bits."""
    if dtype == "f32":
        v = np.float32(x)
        s = str(v)  # numpy's shortest round-trip repr for binary32
        # Going through float64 first could in principle round twice; check and fall back to the
        # float64 repr of the exact value, which always casts back exactly.
        if not (np.float32(float(s)).tobytes() == v.tobytes()):
            s = repr(float(v))
        return s
    return repr(float(x))


def plain_value(v: Any) -> Any:
    """A parameter as plain Python: numpy scalars unwrapped, lists made tuples (as freeze_value)."""
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, (list, tuple)):
        return tuple(plain_value(x) for x in v)
    return v


def format_value(v: Any) -> str:
    """A parameter literal: int, float (repr), bool, None, JSON-quoted string, tuple."""
    v = plain_value(v)
    if isinstance(v, bool) or v is None:
        return repr(v)
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)  # 'inf', '-inf', 'nan' included; the parser knows them
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, tuple):
        if len(v) == 1:
            return f"({format_value(v[0])},)"
        return "(" + ", ".join(format_value(x) for x in v) + ")"
    from .errors import GraphError

    raise GraphError(f"parameter value {v!r} is not an int, float, bool, None, string or tuple")


def format_type(n: Node) -> str:
    return f"{n.dtype}[{','.join(str(s) for s in n.shape)}]"


def _format_nested(a: np.ndarray, dtype: str) -> str:
    if a.ndim == 0:
        return format_float(a.item(), dtype)
    return "[" + ", ".join(_format_nested(x, dtype) for x in a) + "]"


def format_const(arr: Any, dtype: str) -> str:
    a = np.asarray(arr)
    if math.prod(a.shape) <= INLINE_MAX:
        return _format_nested(a, dtype)
    return f"<sha256:{const_digest(a, dtype)}>"


def _head(n: Node) -> str:
    name = f" {json.dumps(n.name, ensure_ascii=False)}" if n.name else ""
    return f"%{n.id}{name}: {format_type(n)}"


def format_node(g: Graph, n: Node) -> str:
    if n.op == "const":
        return f"{_head(n)} = const {format_const(g.consts[n.id], n.dtype)}"
    params = ""
    if n.params:
        params = "[" + ", ".join(f"{k}={format_value(v)}" for k, v in n.params) + "]"
    args = "".join(f" %{a}" for a in n.args)
    return f"{_head(n)} = {n.op}{params}{args}"


def format_graph(g: Graph) -> str:
    """The listing of ``g``; ``parse_graph(format_graph(g), consts)`` rebuilds ``g`` exactly."""
    inputs = ", ".join(_head(g.node(i)) for i in g.inputs)
    lines = [f"graph({inputs}):"]
    lines += ["  " + format_node(g, n) for n in g.nodes if n.op != "input"]
    lines.append("  return " + ", ".join(f"%{o}" for o in g.outputs))
    return "\n".join(lines)

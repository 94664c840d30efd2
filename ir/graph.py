"""The SSA graph: integer ids in topological order, one value per node, ordered argument tuples.

The argument tuple is the truth; networkx edges are derived from it for algorithms only
(a DiGraph merges parallel edges, so ``mul(x, x)`` would lose an operand there).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import GraphError, ShapeError
from .opdef import Shape
from .registry import REGISTRY, Registry

if TYPE_CHECKING:  # networkx costs ~0.3-0.7 s to import: only Graph.nx needs it
    import networkx as nx

DTYPES = {"f32": np.float32, "f64": np.float64}


def dtype_name(dt: Any) -> str:
    dt = np.dtype(dt)
    if dt == np.float32:
        return "f32"
    if dt == np.float64:
        return "f64"
    raise ShapeError(f"unsupported dtype {dt} (torchsmt graphs hold float32 or float64)")


@dataclass(frozen=True)
class Node:
    id: int
    op: str
    args: tuple[int, ...]
    params: tuple[tuple[str, Any], ...]  # sorted by name, hashable values
    shape: Shape
    dtype: str  # "f32" | "f64"
    name: str = ""

    @property
    def p(self) -> dict[str, Any]:
        return dict(self.params)

    @property
    def label(self) -> str:
        return f"%{self.id}" + (f" ({self.name})" if self.name else "")


class Graph:
    """A frozen SSA graph. Build one with GraphBuilder (or parse/load); ``verify()`` on creation."""

    __slots__ = ("_nodes", "_outputs", "_consts", "_registry", "_nx", "_hash")

    def __init__(
        self,
        nodes: Sequence[Node],
        outputs: Sequence[int],
        consts: Mapping[int, np.ndarray],
        registry: Registry = REGISTRY,
        *,
        check: bool = True,
    ):
        frozen_consts = {}
        for k, v in consts.items():
            a = np.array(v, copy=True)
            a.flags.writeable = False
            frozen_consts[int(k)] = a
        object.__setattr__(self, "_nodes", tuple(nodes))
        object.__setattr__(self, "_outputs", tuple(int(o) for o in outputs))
        object.__setattr__(self, "_consts", MappingProxyType(frozen_consts))
        object.__setattr__(self, "_registry", registry)
        object.__setattr__(self, "_nx", None)
        object.__setattr__(self, "_hash", None)
        if check:
            self.verify()

    def __setattr__(self, key, value):
        raise AttributeError("Graph is frozen")

    # -- structure -----------------------------------------------------------------------------
    @property
    def nodes(self) -> tuple[Node, ...]:
        return self._nodes

    @property
    def outputs(self) -> tuple[int, ...]:
        return self._outputs

    @property
    def consts(self) -> Mapping[int, np.ndarray]:
        return self._consts

    @property
    def registry(self) -> Registry:
        return self._registry

    @property
    def inputs(self) -> tuple[int, ...]:
        ins = [n for n in self._nodes if n.op == "input"]
        ins.sort(key=lambda n: n.p["index"])
        return tuple(n.id for n in ins)

    def node(self, i: int) -> Node:
        return self._nodes[i]

    def __len__(self) -> int:
        return len(self._nodes)

    @property
    def nx(self) -> nx.MultiDiGraph:  # noqa: F821
        """Derived networkx view (frozen). Multi-edges keep ``mul(x, x)``; ``pos`` is the slot."""
        if self._nx is None:
            import networkx as nx

            G = nx.MultiDiGraph()
            for n in self._nodes:
                G.add_node(n.id, op=n.op, shape=n.shape)
                for pos, a in enumerate(n.args):
                    G.add_edge(a, n.id, pos=pos)
            object.__setattr__(self, "_nx", nx.freeze(G))
        return self._nx

    def users(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {n.id: [] for n in self._nodes}
        for n in self._nodes:
            for a in n.args:
                out[a].append(n.id)
        return out

    # -- interpretations ---------------------------------------------------------------------------
    def verify(self) -> None:
        from .verify import verify

        verify(self)

    def run(self, *inputs: Any, xp: Any = None, return_all: bool = False, dtype: Any = None):
        from .interp import run

        return run(self, *inputs, xp=xp, return_all=return_all, dtype=dtype)

    def __call__(self, *inputs: Any, **kw: Any):
        return self.run(*inputs, **kw)

    def listing(self) -> str:
        from .printer import format_graph

        return format_graph(self)

    def __str__(self) -> str:
        return self.listing()

    def __repr__(self) -> str:
        return f"<Graph {len(self._nodes)} nodes, outputs={list(self._outputs)}>"

    def sha256(self) -> str:
        if self._hash is None:
            from .serialize import graph_sha256

            object.__setattr__(self, "_hash", graph_sha256(self))
        return self._hash

    def with_registry(self, registry: Registry) -> Graph:
        return Graph(self._nodes, self._outputs, self._consts, registry)


class GraphBuilder:
    """Builds a graph node by node; an Emitter whose values are node ids (see ir/emit.py)."""

    def __init__(self, registry: Registry = REGISTRY, dtype: Any = "f64"):
        self.registry = registry
        self.dtype = dtype if isinstance(dtype, str) else dtype_name(dtype)
        self.nodes: list[Node] = []
        self.consts: dict[int, np.ndarray] = {}
        self._n_inputs = 0

    def _add(self, op: str, args: tuple[int, ...], params: dict, shape: Shape, dtype: str,
             name: str) -> int:
        nid = len(self.nodes)
        self.nodes.append(Node(nid, op, args, tuple(sorted(params.items())), tuple(shape),
                               dtype, name))
        return nid

    def _dt(self, dtype: Any) -> str:
        if dtype is None:
            return self.dtype
        return dtype if isinstance(dtype, str) else dtype_name(dtype)

    def input(self, shape: Sequence[int], dtype: Any = None, name: str = "") -> int:
        dt = self._dt(dtype)
        shape = tuple(int(s) for s in shape)
        idx = self._n_inputs
        self._n_inputs += 1
        return self._add("input", (), {"index": idx}, shape, dt, name or f"x{idx}")

    def const(self, value: Any, name: str = "", dtype: Any = None) -> int:
        arr = np.asarray(value)
        dt = self._dt(dtype)
        arr = arr.astype(DTYPES[dt])
        if not np.all(np.isfinite(arr)):
            raise ShapeError(f"constant {name or ''} holds NaN or Inf".replace("  ", " "))
        nid = self._add("const", (), {}, arr.shape, dt, name)
        self.consts[nid] = arr
        return nid

    def op(self, name: str, *args: int, node_name: str = "", **params: Any) -> int:
        opdef = self.registry[name]
        if name in ("input", "const"):
            raise GraphError(f"use GraphBuilder.{name}() to create '{name}' nodes")
        opdef.check_arity(len(args))
        for a in args:
            if not (isinstance(a, int) and 0 <= a < len(self.nodes)):
                raise GraphError(f"{name}: argument {a!r} is not a node of this graph")
        bound = opdef.bind_params(params)
        in_shapes = tuple(self.nodes[a].shape for a in args)
        dts = {self.nodes[a].dtype for a in args}
        if len(dts) > 1:
            raise ShapeError(f"{name}: mixed dtypes {sorted(dts)}")
        try:
            shape = opdef.shape(in_shapes, **bound)
        except ShapeError as e:
            raise ShapeError(f"{name} (node %{len(self.nodes)}"
                             f"{' ' + node_name if node_name else ''}): {e}") from None
        return self._add(name, tuple(args), bound, shape, dts.pop(), node_name)

    # Emitter protocol
    def shape(self, v: int) -> Shape:
        return self.nodes[v].shape

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        reg = self.__dict__.get("registry")
        if reg is not None and name in reg:
            return lambda *a, **p: self.op(name, *a, **p)
        raise AttributeError(name)

    def build(self, outputs: int | Sequence[int]) -> Graph:
        outs = (outputs,) if isinstance(outputs, int) else tuple(outputs)
        return Graph(self.nodes, outs, self.consts, self.registry)

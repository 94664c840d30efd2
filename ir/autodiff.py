"""Autodiff as graph transforms: ``vjp`` (reverse mode) and ``jvp`` (forward mode) build graphs.

The derivative is one more interpretation of each operator: the per-op ``vjp``/``jvp`` rules in its
OpDef are run with a GraphBuilder as the emitter, so the result is an ordinary ``Graph`` that can be
run, printed, saved, bounded, proved, and differentiated again (``jvp(vjp(g))`` gives
Hessian-vector products, e.g. d2u/dx2 for PINN residuals; ``vjp(vjp(g))`` works too).

Conventions (stable; tests and the eager tape rely on them):

- ``wrt``: None means every graph input, in index order. Otherwise one item or a sequence of
  items, each a node id or a node name, naming an ``input`` or a ``const`` node. A ``const``
  named in ``wrt`` (a parameter) is *promoted* to an input of the new graph, so its value can
  change and finite differences can vary it.
- Inputs of the new graph, in index order: the original inputs, then the promoted constants (in
  ``wrt`` order), then the cotangent inputs (``vjp``) or the tangent inputs (``jvp``, one per
  ``wrt`` item, shaped like it).
- ``vjp`` seeds: ``seed=None`` adds one cotangent input per chosen output, shaped and typed like
  it; ``seed="ones"`` uses a constant of ones instead (the gradient of the sum of the output,
  which for a scalar loss is the gradient: see ``grad``); an array (or a tuple, one per chosen
  output) is used as a constant.
- ``vjp`` outputs: one cotangent per ``wrt`` item, in ``wrt`` order (preceded by the chosen primal
  outputs when ``keep_outputs=True``). ``jvp`` outputs: every primal output, then every tangent
  output, both in the graph's output order.
- A value used several times receives the sum of its cotangent contributions, added with ``add`` in
  forward *order of use*: sorted by (user node id, argument position), left fold
  ``((c1 + c2) + c3) + ...``; the seed of a graph output counts as a use after every node.
- A ``wrt`` item that does not reach the chosen outputs (or only through rules that return None)
  gets a zeros constant; a graph output that no tangent reaches gets a zeros constant.
- Only nodes that depend on ``wrt`` and feed the outputs are differentiated: an op with
  ``differentiable=False`` (or without a rule: MissingRuleError) fails only when a derivative has to
  pass through it, and the error names the node.
- The result goes through ``prune``: duplicate unnamed nodes are merged and dead nodes dropped (the
  rules also emit cotangents for constant operands); every input is kept, so the signature holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np

from .errors import GraphError, TorchSMTError, UnsupportedError
from .graph import Graph, GraphBuilder, Node

__all__ = ["AutodiffError", "NotDifferentiableError", "grad", "jvp", "prune", "vjp"]

SOURCES = ("input", "const")


class AutodiffError(TorchSMTError, ValueError):
    """Bad arguments to a transform: an unknown ``wrt`` node, a bad output index or seed."""


class NotDifferentiableError(UnsupportedError):
    """A derivative has to pass through an operator declared ``differentiable=False``."""


# -- helpers -------------------------------------------------------------------------------------
def _resolve_wrt(graph: Graph, wrt: Any) -> list[int]:
    if wrt is None:
        return list(graph.inputs)
    items = [wrt] if isinstance(wrt, (int, str, np.integer)) else list(wrt)
    by_name: dict[str, list[int]] = {}
    for n in graph.nodes:
        if n.name:
            by_name.setdefault(n.name, []).append(n.id)
    ids = []
    for item in items:
        if isinstance(item, bool) or not isinstance(item, (int, str, np.integer)):
            raise AutodiffError(f"wrt item {item!r} is neither a node id nor a node name")
        if isinstance(item, str):
            found = by_name.get(item, [])
            if len(found) != 1:
                what = "no node" if not found else f"{len(found)} nodes"
                raise AutodiffError(f"wrt: {what} named '{item}'")
            nid = found[0]
        else:
            nid = int(item)
            if not 0 <= nid < len(graph.nodes):
                raise AutodiffError(f"wrt: %{nid} is not a node of the graph")
        if graph.node(nid).op not in SOURCES:
            raise AutodiffError(f"wrt: {graph.node(nid).label} is a '{graph.node(nid).op}' node; "
                                "differentiate with respect to inputs or constants")
        if nid in ids:
            raise AutodiffError(f"wrt: {graph.node(nid).label} named twice")
        ids.append(nid)
    return ids


def _resolve_outputs(graph: Graph, output: Any) -> list[int]:
    if output is None:
        return list(range(len(graph.outputs)))
    idx = [output] if isinstance(output, (int, np.integer)) else list(output)
    for k in idx:
        if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or not (
            0 <= k < len(graph.outputs)
        ):
            raise AutodiffError(f"output {k!r} is not an output index (graph has "
                                f"{len(graph.outputs)} output(s))")
    if len(set(idx)) != len(idx) or not idx:
        raise AutodiffError(f"output indices {idx} must be distinct and non-empty")
    return [int(k) for k in idx]


def _ancestors(graph: Graph, roots: Sequence[int]) -> set[int]:
    """Nodes the roots depend on (roots included): a backward sweep over ids (topological order)."""
    live = set(roots)
    for n in reversed(graph.nodes):
        if n.id in live:
            live.update(n.args)
    return live


def _dependents(graph: Graph, sources: Sequence[int]) -> set[int]:
    """Nodes that depend on the sources (sources included): a forward sweep."""
    act = set(sources)
    for n in graph.nodes:
        if n.id not in act and any(a in act for a in n.args):
            act.add(n.id)
    return act


class _Names:
    """Fresh, unique node names for the inputs and outputs a transform adds."""

    def __init__(self, graph: Graph):
        self.used = {n.name for n in graph.nodes if n.name}

    def fresh(self, base: str) -> str:
        name, k = base, 1
        while name in self.used:
            name, k = f"{base}_{k}", k + 1
        self.used.add(name)
        return name


def _start(graph: Graph, wrt_ids: list[int], names: _Names, dtype: str
           ) -> tuple[GraphBuilder, dict[int, int]]:
    """A builder holding the original inputs, then the promoted constants."""
    b = GraphBuilder(graph.registry, dtype=dtype)
    env: dict[int, int] = {}
    for nid in graph.inputs:
        n = graph.node(nid)
        env[nid] = b.input(n.shape, n.dtype, n.name)
    for nid in wrt_ids:
        n = graph.node(nid)
        if n.op == "const":
            env[nid] = b.input(n.shape, n.dtype, n.name or names.fresh(f"c{nid}"))
    return b, env


def _copy_body(graph: Graph, b: GraphBuilder, env: dict[int, int], keep: set[int]) -> None:
    """Re-emit the primal nodes in ``keep`` (original order, names kept)."""
    for n in graph.nodes:
        if n.id in env or n.id not in keep:
            continue
        if n.op == "const":
            env[n.id] = b.const(graph.consts[n.id], n.name, n.dtype)
        else:
            env[n.id] = b.op(n.op, *(env[a] for a in n.args), node_name=n.name, **dict(n.params))


def _rule(graph: Graph, n: Node, kind: str):
    opdef = graph.registry[n.op]
    if not opdef.differentiable:
        raise NotDifferentiableError(
            f"cannot differentiate through node {n.label} [{n.op}]: operator '{n.op}' is "
            "not differentiable (a derivative with respect to the chosen inputs passes through it)")
    return opdef.rule(kind)  # MissingRuleError names op and rule


def _check_value(b: GraphBuilder, v: Any, n: Node, kind: str, what: str, shape: tuple) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, np.integer)) or not 0 <= v < len(b.nodes):
        raise GraphError(f"{kind} rule of '{n.op}' (node {n.label}) returned {v!r} for {what}, "
                         "not a value of the emitter")
    if b.shape(int(v)) != tuple(shape):
        raise GraphError(f"{kind} rule of '{n.op}' (node {n.label}) gave {what} of shape "
                         f"{b.shape(int(v))}, expected {tuple(shape)}")
    return int(v)


def _zeros(b: GraphBuilder, n: Node) -> int:
    return b.const(np.zeros(n.shape), "", n.dtype)


def _label(b: GraphBuilder, nid: int, first_new: int, name: str) -> None:
    """Name an output node the transform created (cosmetic: the listing reads better)."""
    node = b.nodes[nid]
    if nid >= first_new and not node.name and node.op != "input":
        b.nodes[nid] = replace(node, name=name)


def prune(graph: Graph) -> Graph:
    """Merge duplicate nodes and drop dead ones; every input is kept, ids are renumbered.

    Duplicates: an unnamed node equal to an earlier one (same op, arguments, parameters, dtype;
    constants: same bytes) is replaced by it. Evaluating a node once or twice gives the same bits,
    so this changes no value. Named nodes (parameters, inputs, outputs) are never merged away.
    """
    rep: dict[int, int] = {}
    seen: dict[tuple, int] = {}
    nodes: list[Node] = []
    for n in graph.nodes:
        args = tuple(rep[a] for a in n.args)
        rep[n.id] = n.id
        if n.op == "input" or (n.op == "const" and n.name):
            nodes.append(n)  # never merged; named constants (weights) are not even hashed
            continue
        if n.op == "const":
            key: tuple = ("const", n.dtype, n.shape, graph.consts[n.id].tobytes())
        else:  # repr keeps -0.0 and 0.0 (and 1 and 1.0) apart
            key = (n.op, args, repr(n.params), n.dtype)
        if not n.name and key in seen:
            rep[n.id] = seen[key]
            continue
        seen.setdefault(key, n.id)
        nodes.append(replace(n, args=args))
    outputs = [rep[o] for o in graph.outputs]
    live = set(outputs) | set(graph.inputs)
    for n in reversed(nodes):
        if n.id in live:
            live.update(n.args)
    if len(live) == len(graph.nodes):
        return graph
    return _renumber(graph, nodes, outputs, live)


def _renumber(graph: Graph, nodes: list[Node], outputs: list[int], live: set[int]) -> Graph:
    new_id: dict[int, int] = {}
    kept: list[Node] = []
    consts = {}
    for n in nodes:
        if n.id not in live:
            continue
        new_id[n.id] = len(kept)
        kept.append(replace(n, id=len(kept), args=tuple(new_id[a] for a in n.args)))
        if n.op == "const":
            consts[new_id[n.id]] = graph.consts[n.id]
    return Graph(kept, [new_id[o] for o in outputs], consts, graph.registry)


def _finish(b: GraphBuilder, outs: list[int]) -> Graph:
    """Build (verified once, after pruning: the builder already shape-checked every node)."""
    g = Graph(b.nodes, outs, b.consts, b.registry, check=False)
    p = prune(g)
    if p is g:
        g.verify()
    return p


# -- reverse mode ----------------------------------------------------------------------------------
def vjp(graph: Graph, wrt: Any = None, output: Any = 0, seed: Any = None, *,
        keep_outputs: bool = False) -> Graph:
    """The vector-Jacobian product of ``graph`` as a new graph (see the module docstring).

    ``output``: an output index, a sequence of them, or None for all outputs; the cotangents of
    several outputs are summed (the VJP of the tuple). ``seed``: None (cotangent inputs), ``"ones"``
    or constant array(s). ``keep_outputs``: also return the chosen primal outputs, first.
    """
    wrt_ids = _resolve_wrt(graph, wrt)
    out_pos = _resolve_outputs(graph, output)
    out_ids = [graph.outputs[k] for k in out_pos]
    names = _Names(graph)
    b, env = _start(graph, wrt_ids, names, graph.node(out_ids[0]).dtype)
    seeds = _seeds(graph, b, out_ids, seed, names)
    _copy_body(graph, b, env, _ancestors(graph, out_ids) | set(wrt_ids))
    first_new = len(b.nodes)

    relevant = _dependents(graph, wrt_ids) & _ancestors(graph, out_ids)
    # contributions[v]: (user id, argument position, cotangent value); graph outputs use len(nodes).
    contributions: dict[int, list[tuple[int, int, int]]] = {}
    for k, (o, s) in enumerate(zip(out_ids, seeds, strict=True)):
        if o in relevant:
            contributions.setdefault(o, []).append((len(graph.nodes), k, s))
    for n in reversed(graph.nodes):
        if n.id not in relevant or n.op in SOURCES or n.id not in contributions:
            continue
        ct = _accumulate(b, contributions.pop(n.id))
        rule = _rule(graph, n, "vjp")
        cts = rule(b, ct, env[n.id], *(env[a] for a in n.args), **dict(n.params))
        if not isinstance(cts, (tuple, list)) or len(cts) != len(n.args):
            raise GraphError(f"vjp rule of '{n.op}' (node {n.label}) must return one cotangent "
                             f"per argument ({len(n.args)}), got {cts!r}")
        for pos, (a, c) in enumerate(zip(n.args, cts, strict=True)):
            if c is None or a not in relevant:
                continue
            c = _check_value(b, c, n, "vjp", f"the cotangent of argument {pos}",
                             graph.node(a).shape)
            contributions.setdefault(a, []).append((n.id, pos, c))

    outs = [env[o] for o in out_ids] if keep_outputs else []
    for w in wrt_ids:
        n = graph.node(w)
        c = _accumulate(b, contributions[w]) if w in contributions else _zeros(b, n)
        _label(b, c, first_new, names.fresh(f"d_{n.name or w}"))
        outs.append(c)
    return _finish(b, outs)


def _seeds(graph: Graph, b: GraphBuilder, out_ids: list[int], seed: Any, names: _Names
           ) -> list[int]:
    nodes = [graph.node(o) for o in out_ids]
    if seed is None:
        base = "ct" if len(nodes) == 1 else None
        return [b.input(n.shape, n.dtype, names.fresh(base or f"ct{k}"))
                for k, n in enumerate(nodes)]
    if isinstance(seed, str):
        if seed != "ones":
            raise AutodiffError(f"seed {seed!r}: use None, 'ones' or an array")
        return [b.const(np.ones(n.shape), "", n.dtype) for n in nodes]
    values = list(seed) if isinstance(seed, tuple) else [seed]
    if len(values) != len(nodes):
        raise AutodiffError(f"{len(values)} seed(s) for {len(nodes)} output(s)")
    out = []
    for n, v in zip(nodes, values, strict=True):
        arr = np.asarray(v, dtype=np.float64)
        if arr.shape != n.shape:
            raise AutodiffError(f"seed of shape {arr.shape} for output {n.label} "
                                f"of shape {n.shape}")
        out.append(b.const(arr, "", n.dtype))
    return out


def _accumulate(b: GraphBuilder, items: list[tuple[int, int, int]]) -> int:
    """Sum cotangent contributions in forward order of use (user id, then argument position)."""
    items = sorted(items, key=lambda t: (t[0], t[1]))
    acc = items[0][2]
    for _, _, c in items[1:]:
        acc = b.op("add", acc, c)
    return acc


def grad(graph: Graph, wrt: Any = None, output: int = 0, *, keep_outputs: bool = False) -> Graph:
    """Gradient graph of a one-element output (a loss): ``vjp`` with a seed of ones."""
    n = graph.node(graph.outputs[_resolve_outputs(graph, output)[0]])
    if int(np.prod(n.shape)) != 1:
        raise AutodiffError(f"grad needs a one-element output; {n.label} has shape {n.shape} "
                            "(use vjp with a cotangent)")
    return vjp(graph, wrt, output, seed="ones", keep_outputs=keep_outputs)


# -- forward mode ----------------------------------------------------------------------------------
def jvp(graph: Graph, wrt: Any = None) -> Graph:
    """The Jacobian-vector product of ``graph`` as a new graph (see the module docstring).

    Inputs: the primal inputs (and promoted constants), then one tangent input per ``wrt`` item.
    Outputs: every primal output, then every tangent output.
    """
    wrt_ids = _resolve_wrt(graph, wrt)
    names = _Names(graph)
    dtype = graph.node(graph.outputs[0]).dtype
    b, env = _start(graph, wrt_ids, names, dtype)
    tangent: dict[int, int] = {}
    for w in wrt_ids:
        n = graph.node(w)
        tangent[w] = b.input(n.shape, n.dtype, names.fresh(f"t_{n.name or w}"))
    needed = _ancestors(graph, graph.outputs)
    _copy_body(graph, b, env, needed | set(wrt_ids))
    first_new = len(b.nodes)
    relevant = _dependents(graph, wrt_ids) & needed
    for n in graph.nodes:
        if n.id not in relevant or n.op in SOURCES:
            continue
        ts = [tangent.get(a) for a in n.args]
        if all(t is None for t in ts):
            continue
        rule = _rule(graph, n, "jvp")
        t = rule(b, ts, env[n.id], *(env[a] for a in n.args), **dict(n.params))
        if t is not None:
            tangent[n.id] = _check_value(b, t, n, "jvp", "the tangent", n.shape)
    outs = [env[o] for o in graph.outputs]
    for k, o in enumerate(graph.outputs):
        n = graph.node(o)
        t = tangent[o] if o in tangent else _zeros(b, n)
        _label(b, t, first_new, names.fresh(f"t_{n.name or f'out{k}'}"))
        outs.append(t)
    return _finish(b, outs)

"""User-facing checks: a user's VJP rule, a user-defined op, a whole graph's VJP.

- ``check_vjp_rule(forward, vjp, shape)``: ``forward(x)`` written with ordinary arithmetic (and
  ``np.exp``/``np.tanh``/...); ``vjp(x, g)`` its claimed cotangent. Proved, or refuted with values.
- ``check_op(opdef)``: every catalog lemma of a user-defined op (``registry.extend(opdef)``).
- ``check_graph_vjp(graph)``: "the VJP graph equals the transposed JVP of the whole graph", one
  query (masks for branches) for small graphs; for larger ones a randomized polynomial-identity
  check modulo a 127-bit prime (Schwartz-Zippel), reported as ``probabilistic``, never as proved.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import z3

from torchsmt.ir.opdef import OpDef
from torchsmt.ir.ops.common import same_shape
from torchsmt.ir.registry import REGISTRY, Registry

from .obligation import Obligation, Query, Result
from .prover import prove


def _user_op(forward: Callable, vjp: Callable, name: str = "user_fn") -> OpDef:
    return OpDef(name=name, arity=1, shape=same_shape, impl=lambda xp, x: forward(x),
                 vjp=lambda e, g, out, x: (vjp(x, g),))


def check_vjp_rule(forward: Callable, vjp: Callable, shape: Sequence[int] = (3,), *,
                   timeout: float = 30.0, name: str = "user.vjp_eq_jvp_transpose") -> Result:
    """Prove <w, J v> = <vjp(x, w), v> for all x, v, w (J from the dual-number interpretation)."""
    from .catalog_ops import adjoint_query

    op = _user_op(forward, vjp)
    shp = tuple(int(s) for s in shape)
    ob = Obligation(name, "lemma", op.name, "QF_UFNRA",
                    lambda ctx: adjoint_query(ctx, op, (shp,), {}, REGISTRY, axioms=True),
                    timeout=timeout, family="user")
    return prove(ob)


def check_op(op: OpDef, registry: Registry = REGISTRY, *, timeout: float | None = None
             ) -> list[Result]:
    """Prove every catalog lemma of ``op`` (added to ``registry`` if it is not there)."""
    from .catalog import catalog

    reg = registry if op.name in registry and registry[op.name] is op else registry.extend(op)
    return [prove(ob, timeout=timeout) for ob in catalog(reg) if ob.op == op.name]


# -- graphs ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class GraphCheck:
    status: str  # proved | refuted | unknown | probabilistic | probabilistic-fail
    method: str  # "smt" | "modp"
    seconds: float
    trials: int = 0
    error_bound: float = 0.0  # per-run probability that a wrong VJP passes (modp)
    counterexample: dict[str, Any] | None = None
    reason: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def proved(self) -> bool:
        return self.status == "proved"


def _run(graph, sem, inputs):
    """Interpret ``graph`` in ``sem`` (each op's SMT encoding), returning the outputs."""
    from torchsmt.smt_encodings.emitter import encode

    env: dict[int, Any] = {}
    ins = dict(zip(graph.inputs, inputs, strict=True))
    reg = graph.registry
    for n in graph.nodes:
        if n.op == "input":
            env[n.id] = sem.asarray(ins[n.id])
        elif n.op == "const":
            env[n.id] = sem.asarray(np.asarray(graph.consts[n.id], dtype=np.float64))
        else:
            env[n.id] = encode(reg[n.op], sem, *(env[a] for a in n.args), **dict(n.params))
    return [env[o] for o in graph.outputs]


def _vjp_graph(graph):
    from torchsmt.ir.autodiff import vjp

    return vjp(graph)


def graph_query(ctx, graph, vg) -> Query:
    from torchsmt.smt_encodings.dual import DualSemantics
    from torchsmt.smt_encodings.reals import RealSemantics

    from .catalog_ops import inner

    R = RealSemantics(ctx, masks=True)
    D = DualSemantics(R)
    shapes = [graph.node(i).shape for i in graph.inputs]
    xs = [R.var(f"x{k}", s) for k, s in enumerate(shapes)]
    vs = [R.var(f"v{k}", s) for k, s in enumerate(shapes)]
    outs = _run(graph, D, [D.pack(x, v) for x, v in zip(xs, vs, strict=True)])
    ws = [R.var(f"w{k}", tuple(o.shape)) for k, o in enumerate(outs)]
    lhs = z3.Sum([inner(R, w, D.tangent(o)) for w, o in zip(ws, outs, strict=True)])
    cots = _run(vg, R, [*xs, *ws])
    vflat, cflat = [], []
    for v, c in zip(vs, cots, strict=True):
        vflat += list(v.view(np.ndarray).reshape(-1))
        cflat += list(R.broadcast_to(c, v.shape).view(np.ndarray).reshape(-1))
    hyps = tuple(R.hypotheses() + D.kinks)
    one, zero = R.const(1), R.const(0)
    parts = []
    for j in range(len(vflat)):
        sub = [(vk, one if k == j else zero) for k, vk in enumerate(vflat)]
        parts.append((z3.simplify(z3.substitute(lhs, *sub)) == cflat[j],
                      tuple(z3.substitute(h, *sub) for h in hyps),
                      {str(vk): float(k == j) for k, vk in enumerate(vflat)}))
    claim = z3.And([p[0] for p in parts]) if parts else z3.BoolVal(True, ctx)
    return Query(claim, hyps, R, uses_uf=any(R.apps[k] for k in R.apps), parts=tuple(parts))


def _degree(graph) -> int:
    deg: dict[int, int] = {}
    for n in graph.nodes:
        if n.op == "input":
            deg[n.id] = 1
        elif n.op == "const":
            deg[n.id] = 0
        else:
            ds = [deg[a] for a in n.args]
            lin = graph.registry[n.op].linear
            deg[n.id] = max(ds) if lin else sum(ds) + 1
    return max(deg.values()) if deg else 1


def modp_check(graph, vg, trials: int = 3, seed: int = 0) -> GraphCheck:
    """Random evaluation of <w, J v> - <J^T w, v> modulo a 127-bit prime."""
    from torchsmt.smt_encodings.dual import DualSemantics
    from torchsmt.smt_encodings.modp import ModPSemantics

    t0 = time.perf_counter()
    shapes = [graph.node(i).shape for i in graph.inputs]
    for t in range(trials):
        M = ModPSemantics(seed=seed + t)
        D = DualSemantics(M)
        xs = [M.random(s) for s in shapes]
        vs = [M.random(s) for s in shapes]
        outs = _run(graph, D, [D.pack(x, v) for x, v in zip(xs, vs, strict=True)])
        ws = [M.random(tuple(o.shape)) for o in outs]
        lhs = sum(int(M.sum(w * D.tangent(o)).view(np.ndarray)[()]) for w, o in
                  zip(ws, outs, strict=True)) % M.p
        cots = _run(vg, M, [*xs, *ws])
        rhs = sum(int(M.sum(M.broadcast_to(c, v.shape) * v).view(np.ndarray)[()])
                  for c, v in zip(cots, vs, strict=True)) % M.p
        if lhs != rhs:
            return GraphCheck("probabilistic-fail", "modp", time.perf_counter() - t0, t + 1,
                              reason="identity fails at a random point (a definite error, up "
                                     "to the measure-zero tie convention)")
    bound = min(1.0, (2 + 2 * _degree(graph)) / M.p) ** trials
    return GraphCheck("probabilistic", "modp", time.perf_counter() - t0, trials, bound,
                      reason="randomized polynomial-identity check, not a proof")


def check_graph_vjp(graph, *, max_smt_elements: int = 256, timeout: float = 60.0,
                    trials: int = 3, method: str = "auto") -> GraphCheck:
    """VJP graph == transposed JVP of the whole graph: SMT for small graphs, else mod-p.

    "Small" means at most ``max_smt_elements`` scalar values over all nodes (a width-8 depth-3
    relu MLP is ~100 and proves in about a second).
    """
    vg = _vjp_graph(graph)
    size = sum(int(np.prod(n.shape)) for n in graph.nodes)
    if method == "modp" or (method == "auto" and size > max_smt_elements):
        return modp_check(graph, vg, trials)
    ob = Obligation("graph.vjp_eq_jvp_transpose", "lemma", "graph", "QF_UFNRA",
                    lambda ctx: graph_query(ctx, graph, vg), timeout=timeout, family="graph")
    r = prove(ob)
    return GraphCheck(r.status, "smt", r.seconds, counterexample=r.counterexample,
                      reason=r.reason)

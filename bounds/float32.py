"""Float32-sound bounds: ``ibp``/``crown``/``alpha_crown(..., semantics="float32")``.

Every claim holds for the binary32 execution of the graph (the strict executor's order, and any
other summation order, BLAS "deployment" mode included), on float32 inputs inside the box:

- Each node's float32 value is the exact op on its float32 arguments plus an error e with
  |e| <= E (ir/float32/rounding.py, proved per op in the catalog; gamma_K for dot products).
  Its interval is widened by E; E is computed from the arguments' float32-sound bounds.
- CROWN's backward pass sees y_f32 = op(args_f32) + e, so each node reached by coefficients A
  costs sum |A| E on top of the real relaxation (one extra dot per node, no extra pass). Nodes
  bounded by intervals already carry E in their interval.
- Constant-only subgraphs are folded by the strict executor first (float32, as they run).
- Where a bound reaches the binary32 overflow threshold E is infinite: no claim there.

The bound computation itself runs in float64 like plain CROWN; the certificate checker
(``check_certificate(..., semantics="float32")``) is the rigorous, outward-rounded re-check.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.ir import Graph, Node
from torchsmt.ir.errors import ShapeError
from torchsmt.ir.float32.rounding import DOT, node_error
from torchsmt.ir.float32.strict import strict_namespace

from .alpha import AlphaOptions, optimize_rows
from .batching import bapply
from .engine import Engine

SEMANTICS = ("real", "float32")


def check_semantics(semantics: str) -> None:
    if semantics not in SEMANTICS:
        raise ShapeError(f"semantics must be one of {SEMANTICS}, not {semantics!r}")


def fold_consts32(g: Graph) -> Graph:
    """The same graph (same node ids) with every constant-only node replaced by a ``const``
    holding its strict binary32 value."""
    ns = strict_namespace()
    vals: dict[int, np.ndarray] = {}
    nodes: list[Node] = []
    consts = dict(g.consts)
    changed = False
    with np.errstate(all="ignore"):
        for n in g.nodes:
            if n.op == "const":
                vals[n.id] = np.asarray(g.consts[n.id], dtype=np.float32)
            elif n.op != "input" and n.args and all(a in vals for a in n.args):
                impl = g.registry[n.op].rule("impl")
                v = np.asarray(impl(ns, *(vals[a] for a in n.args), **n.p)).view(np.ndarray)
                vals[n.id] = v.astype(np.float32)
                consts[n.id] = vals[n.id].astype(np.float64 if n.dtype == "f64" else np.float32)
                nodes.append(Node(n.id, "const", (), (), n.shape, n.dtype, n.name))
                changed = True
                continue
            nodes.append(n)
    return Graph(nodes, g.outputs, consts, g.registry) if changed else g


class _ErrCharge:
    """A ``record`` for Engine.backward that charges sum |A| E at every node with an error."""

    def __init__(self, eng: Float32Engine, record: dict | None):
        self.eng, self.record, self.total = eng, record, 0.0

    def __setitem__(self, nid: int, a: np.ndarray) -> None:
        if self.record is not None:
            self.record[nid] = a
        e = self.eng.err.get(nid)
        if e is not None and self.eng.kind[nid] in ("linear", "relax"):
            B, S = a.shape[:2]
            with np.errstate(invalid="ignore", over="ignore"):
                c = (np.abs(a).reshape(B, S, -1) @ e.reshape(B, -1, 1))[..., 0]
            self.total = self.total + np.where(np.isnan(c), np.inf, c)


class Float32Engine(Engine):
    """Engine with the binary32 rounding error of every node charged (see module docstring)."""

    def __init__(self, g: Graph, lower: Any, upper: Any, **kw: Any):
        super().__init__(fold_consts32(g), lower, upper, **kw)
        self.err: dict[int, np.ndarray] = {}

    def sparse_charge(self, nid: int, a: Any) -> np.ndarray:
        """sum |A| E for the sparse identity-row pass (bounds/sparse.py; box batch 1)."""
        e = self.err.get(nid)
        if e is None or self.kind[nid] not in ("linear", "relax"):
            return 0.0
        with np.errstate(invalid="ignore", over="ignore"):
            c = np.asarray(abs(a) @ e.reshape(-1), dtype=np.float64).reshape(-1)
        return np.where(np.isnan(c), np.inf, c)

    def _mag(self, nid: int) -> np.ndarray:
        if nid in self.const_val:
            return np.abs(self.const_val[nid])
        lo, hi = self.bounds[nid]
        with np.errstate(invalid="ignore"):
            return np.maximum(np.abs(lo), np.abs(hi))

    def node_err(self, nid: int, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        g, n = self.g, self.g.node(nid)
        var = [a not in self.const_val for a in n.args]
        mags = [self._mag(a) for a in n.args]
        out_mag = np.maximum(np.abs(lo), np.abs(hi))
        fwd_abs = None
        if n.op in DOT:
            impl = g.registry[n.op].rule("impl")
            p = dict(n.p)
            for k in ("alpha", "beta"):
                if k in p:
                    p[k] = abs(p[k])

            def fwd_abs(ms):
                return bapply(lambda *v: impl(np, *v, **p), g, n, list(ms), var, self.B)

        return node_error(n.op, n.p, mags, out_mag, fwd_abs,
                          [g.node(a).shape for a in n.args], n.shape)

    def interval_of(self, nid: int):
        lo, hi = super().interval_of(nid)
        if self.kind[nid] in ("input", "const"):
            return lo, hi
        e = np.broadcast_to(self.node_err(nid, lo, hi), lo.shape)
        if np.any(e != 0):  # exact ops (relu, data movement) cost nothing in backward passes
            self.err[nid] = np.ascontiguousarray(e)
        with np.errstate(invalid="ignore"):
            return lo - e, hi + e

    def backward(self, start, a0, alphas=None, record=None):
        charge = _ErrCharge(self, record)
        bias = super().backward(start, a0, alphas, charge)
        with np.errstate(invalid="ignore"):
            low = bias - charge.total
        return np.where(np.isnan(low), -np.inf, low)


def cert_engine(semantics: str, base: type) -> type:
    """The certificate producer's engine (``base``: its outward-rounding Engine) with the float32
    error charged: intervals rounded outward, then widened by E."""
    check_semantics(semantics)
    return type("Float32CertEngine", (Float32Engine, base), {})


def ibp32(g: Graph, lower: Any, upper: Any, C: Any = None):
    from .api import _finish

    e = Float32Engine(g, lower, upper)
    e.run(intermediate="ibp")
    out = e.g.outputs[0]
    lo, hi = e.bounds[out]
    if C is None:
        low = np.concatenate([lo.reshape(e.B, -1), -hi.reshape(e.B, -1)], axis=1)
    else:
        low = e.backward(out, e.spec(C))
    return _finish(e, low, C, "ibp")


def crown32(g: Graph, lower: Any, upper: Any, C: Any = None, intermediate: str = "crown"):
    from .api import _finish

    if intermediate not in ("crown", "ibp"):
        raise ShapeError(f"intermediate must be 'crown' or 'ibp', not {intermediate!r}")
    e = Float32Engine(g, lower, upper)
    e.run(intermediate=intermediate)
    out = e.g.outputs[0]
    low = e.backward(out, e.spec(C))
    if C is None:
        lo, hi = e.bounds[out]
        s = low.shape[1] // 2
        low = np.concatenate([np.maximum(low[:, :s], lo.reshape(e.B, -1)),
                              np.maximum(low[:, s:], -hi.reshape(e.B, -1))], axis=1)
    return _finish(e, low, C, "crown")


def alpha_crown32(g: Graph, lower: Any, upper: Any, C: Any = None, iters: int = 20,
                  lr: float = 0.1):
    from .api import BoundResult, _finish

    e = Float32Engine(g, lower, upper)
    opt = AlphaOptions(iters=iters, lr=lr)
    store: dict[int, dict[int, np.ndarray]] = {}
    e.run(optimize=lambda eng, nid, a0: optimize_rows(eng, nid, a0, opt, store))
    low = optimize_rows(e, e.g.outputs[0], e.spec(C), opt, store)
    res = _finish(e, low, C, "alpha")
    base = crown32(g, lower, upper, C)
    return BoundResult(np.maximum(res.lower, base.lower), np.minimum(res.upper, base.upper),
                       res.bounds, "alpha")

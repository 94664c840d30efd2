"""Per-op lemma families, generated for every registered op at each case of formal/cases.py.

- ``<op>.vjp_eq_jvp_transpose@<shapes>``: <w, J v> = <J^T w, v> for all values off kinks, with
  J v from the trusted dual-number interpretation of the op's SMT encoding (NOT the op's jvp)
  and J^T w from the op's vjp rule run through the SMT emitter.
- ``<op>.jvp_eq_dual@<shapes>``: the op's own jvp rule equals the dual-number J v (off kinks).
- ``<op>.interval_sound@<shapes>``: l <= x <= u implies lo <= f(x) <= hi for the op's interval
  rule (or the free rule of a monotone op), on the op's domain, with the default axioms.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import z3

from torchsmt.ir.opdef import OpDef
from torchsmt.ir.registry import Registry

from .cases import EXCLUDED, cases, interval_case
from .obligation import Obligation, Query


def shape_tag(shapes) -> str:
    return "_".join("x".join(map(str, s)) if s else "0d" for s in shapes)


def case_names(op: OpDef) -> list[tuple[str, Any]]:
    out, seen = [], {}
    for shapes, params in cases(op):
        tag = shape_tag(shapes)
        seen[tag] = seen.get(tag, 0) + 1
        out.append((tag if seen[tag] == 1 else f"{tag}-p{seen[tag]}", (shapes, params)))
    return out


def item(x):
    return x.view(np.ndarray)[()] if isinstance(x, np.ndarray) else x


def inner(sem, a, b):
    """<a, b> as one term (shapes must agree)."""
    if tuple(np.shape(a)) != tuple(np.shape(b)):
        raise ValueError(f"inner product of shapes {np.shape(a)} and {np.shape(b)}")
    if np.size(a) == 0:
        return sem.const(0)
    return item(sem.sum(sem.asarray(a) * sem.asarray(b)))


def _uses_uf(sem) -> bool:
    return any(sem.apps[k] for k in sem.apps)


def adjoint_query(ctx, op: OpDef, shapes, params, registry: Registry, *,
                  vjp: Callable | None = None, masks: bool = False, axioms: bool = False
                  ) -> Query:
    from torchsmt.smt_encodings.dual import DualSemantics
    from torchsmt.smt_encodings.emitter import SmtEmitter, encode
    from torchsmt.smt_encodings.reals import RealSemantics

    R = RealSemantics(ctx, masks=masks)
    D = DualSemantics(R)
    xs = [R.var(f"x{i}", s) for i, s in enumerate(shapes)]
    vs = [R.var(f"v{i}", s) for i, s in enumerate(shapes)]
    yd = encode(op, D, *(D.pack(x, v) for x, v in zip(xs, vs, strict=True)), **params)
    y, jv = D.primal(yd), D.tangent(yd)
    w = R.var("w", tuple(y.shape))
    e = SmtEmitter(R, registry)
    cots = (vjp or op.rule("vjp"))(e, w, y, *xs, **op.bind_params(params))
    rhs, vflat, cflat = [], [], []
    for x, v, c in zip(xs, vs, cots, strict=True):
        c = R.zeros_like(x) if c is None else R.asarray(c)
        if tuple(c.shape) != tuple(x.shape):  # a rule bug; broadcast as NumPy accumulation would
            c = R.broadcast_to(c, x.shape)
        rhs.append(inner(R, c, v))
        vflat += list(v.view(np.ndarray).reshape(-1))
        cflat += list(c.view(np.ndarray).reshape(-1))
    lhs = inner(R, w, jv)
    hyps = tuple(R.hypotheses() + D.kinks)
    if axioms:  # ground instances of the default axioms (pitfalls: keeps models realistic)
        from torchsmt.smt_encodings.axioms import DEFAULT, instantiate
        hyps += tuple(instantiate(R, DEFAULT))
    claim = lhs == (z3.Sum(rhs) if rhs else R.const(0))
    # Both sides are linear in v (J v by the dual construction, the right side because v only
    # enters through the inner product), so the identity for all v is the identity at every
    # basis vector e_j: <w, J e_j> = (J^T w)_j. One small query per input element.
    one, zero = R.const(1), R.const(0)
    parts = []
    for j in range(len(vflat)):
        sub = [(vk, one if k == j else zero) for k, vk in enumerate(vflat)]
        fixed = {str(vk): float(k == j) for k, vk in enumerate(vflat)}
        parts.append((z3.simplify(z3.substitute(lhs, *sub)) == cflat[j],
                      tuple(z3.substitute(h, *sub) for h in hyps), fixed))
    return Query(claim, hyps, R, uses_uf=_uses_uf(R), parts=tuple(parts))


def jvp_query(ctx, op: OpDef, shapes, params, registry: Registry) -> Query:
    from torchsmt.smt_encodings.dual import DualSemantics
    from torchsmt.smt_encodings.emitter import SmtEmitter, encode
    from torchsmt.smt_encodings.reals import RealSemantics

    R = RealSemantics(ctx)
    D = DualSemantics(R)
    xs = [R.var(f"x{i}", s) for i, s in enumerate(shapes)]
    vs = [R.var(f"v{i}", s) for i, s in enumerate(shapes)]
    yd = encode(op, D, *(D.pack(x, v) for x, v in zip(xs, vs, strict=True)), **params)
    y, jv = D.primal(yd), D.tangent(yd)
    e = SmtEmitter(R, registry)
    t = op.rule("jvp")(e, list(vs), y, *xs, **op.bind_params(params))
    t = R.zeros_like(y) if t is None else R.broadcast_to(R.asarray(t), y.shape)
    eqs = [a == b for a, b in zip(t.view(np.ndarray).reshape(-1),
                                  jv.view(np.ndarray).reshape(-1), strict=True)]
    hyps = tuple(R.hypotheses() + D.kinks)
    return Query(z3.And(eqs) if eqs else z3.BoolVal(True, ctx), hyps, R, uses_uf=_uses_uf(R),
                 parts=tuple((q, hyps, {}) for q in eqs))


def interval_rule(op: OpDef):
    if op.interval is not None:
        return op.interval
    if op.monotone in ("increasing", "decreasing"):
        def free(xp, lowers, uppers, **p):
            a, b = op.impl(xp, lowers[0], **p), op.impl(xp, uppers[0], **p)
            return (a, b) if op.monotone == "increasing" else (b, a)
        return free
    return None


def interval_query(ctx, op: OpDef, shapes, params, registry: Registry) -> Query:
    from torchsmt.smt_encodings.axioms import DEFAULT, instantiate
    from torchsmt.smt_encodings.emitter import encode
    from torchsmt.smt_encodings.reals import RealSemantics

    R = RealSemantics(ctx)
    ls = [R.var(f"l{i}", s) for i, s in enumerate(shapes)]
    us = [R.var(f"u{i}", s) for i, s in enumerate(shapes)]
    xs = [R.var(f"x{i}", s) for i, s in enumerate(shapes)]
    hyps = []
    for l, x, u in zip(ls, xs, us, strict=True):
        for a, b, c in zip(*(t.view(np.ndarray).reshape(-1) for t in (l, x, u)), strict=True):
            hyps += [a <= b, b <= c]
    y = encode(op, R, *xs, **params)
    lo, hi = interval_rule(op)(R, ls, us, **op.bind_params(params))
    lo, hi = (R.broadcast_to(R.asarray(t), y.shape) for t in (lo, hi))
    ninf, pinf = R.infinity(-1), R.infinity(1)
    conj = []
    for a, b, c in zip(*(t.view(np.ndarray).reshape(-1) for t in (lo, y, hi)), strict=True):
        conj += [z3.Or(a == ninf, a <= b), z3.Or(c == pinf, b <= c)]
    hyps = tuple(hyps + instantiate(R, DEFAULT) + R.hypotheses())
    return Query(z3.And(conj), hyps, R, uses_uf=_uses_uf(R),
                 parts=tuple((c, hyps, {}) for c in conj))


def _logic(op: OpDef) -> str:
    return "QF_UFNRA"


def op_obligations(registry: Registry) -> list[Obligation]:
    out: list[Obligation] = []
    for op in registry:
        for tag, (shapes, params) in case_names(op):
            if f"{op.name}.jvp_eq_dual@{tag}" in EXCLUDED:
                tag_j = None
            else:
                tag_j = tag
            if op.vjp is not None:
                out.append(Obligation(
                    f"{op.name}.vjp_eq_jvp_transpose@{tag}", "lemma", op.name, _logic(op),
                    _bind(adjoint_query, op, shapes, params, registry), timeout=60.0,
                    doc=f"<w, J v> = <J^T w, v> at shapes {shapes} params {params}, off kinks",
                    family="vjp_eq_jvp_transpose"))
            if op.jvp is not None and tag_j is not None:
                out.append(Obligation(
                    f"{op.name}.jvp_eq_dual@{tag}", "lemma", op.name, _logic(op),
                    _bind(jvp_query, op, shapes, params, registry), timeout=60.0,
                    doc=f"the jvp rule equals the dual-number J v at shapes {shapes}, off kinks",
                    family="jvp_eq_dual"))
        ic = interval_case(op)
        if ic is not None and interval_rule(op) is not None \
                and f"{op.name}.interval_sound" not in EXCLUDED:
            shapes, params = ic
            tag = shape_tag(shapes)
            out.append(Obligation(
                f"{op.name}.interval_sound@{tag}", "lemma", op.name, _logic(op),
                _bind(interval_query, op, shapes, params, registry), timeout=60.0,
                doc=f"l <= x <= u -> lo <= f(x) <= hi at shapes {shapes} (on the op's domain)",
                family="interval_sound",
                axioms=("exp.monotone", "tanh.monotone", "sigmoid.monotone", "log.monotone")))
    return out


def _bind(fn, *args, **kw):
    def builder(ctx):
        return fn(ctx, *args, **kw)
    return builder

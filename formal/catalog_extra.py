"""Axioms (the trusted base), kink conventions, known-false pitfalls and bit-precise float32 facts.

Kink conventions (docs/architecture.md): relu'(0) = 0, leaky_relu'(0) = negative_slope,
abs'(0) = 0, maximum/minimum ties send the whole gradient to the first argument, reduce_max and
maxpool ties to the first maximal element. Each is a lemma about the op's vjp AND jvp rules.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import z3

from torchsmt.ir.registry import Registry

from .catalog_relax import relax_obligations, taylor_obligations  # noqa: F401 (re-export)
from .obligation import Obligation, Query

__all__ = ["axiom_obligations", "kink_obligations", "pitfall_obligations", "float32_obligations",
           "graph_obligations", "relax_obligations", "taylor_obligations"]


# -- axioms ----------------------------------------------------------------------------------------
def _numeric_axiom(ax, n: int = 4000) -> Callable[[], bool]:
    def check() -> bool:
        rng = np.random.default_rng(0)
        pts = [np.concatenate([rng.normal(0, 3, n), rng.uniform(-1, 1, n), [0.0, 1.0, -1.0]])
               for _ in range(ax.arity)]
        return bool(np.all(ax.numeric(*pts)))
    return check


def _numeric_deriv(fn, d, name) -> Callable[[], bool]:
    def check() -> bool:
        rng = np.random.default_rng(1)
        x = rng.uniform(0.1, 3, 2000) if name in ("log", "sqrt") else rng.uniform(-4, 4, 2000)
        h = 1e-6
        fd = (fn(x + h) - fn(x - h)) / (2 * h)
        return bool(np.allclose(fd, d(x), rtol=1e-6, atol=1e-7))
    return check


def axiom_obligations(registry: Registry) -> list[Obligation]:
    from torchsmt.smt_encodings.axioms import AXIOMS, DERIVATIVES

    out = [Obligation(ax.name, "axiom", ax.func, "QF_UFNRA", None, doc=ax.text,
                      family="axiom", numeric=_numeric_axiom(ax)) for ax in AXIOMS]
    for f, (text, fn, d) in DERIVATIVES.items():
        out.append(Obligation(f"{f}.deriv", "axiom", f, "QF_UFNRA", None, doc=text,
                              family="axiom", numeric=_numeric_deriv(fn, d, f)))
    return out


# -- kinks -----------------------------------------------------------------------------------------
def kink_query(ctx, registry: Registry, op: str, shapes, params: dict, at: Callable,
               expect: Callable, *, rule: str = "vjp", vjp: Callable | None = None) -> Query:
    """At the point ``at(xs) -> hyps``, the rule's result equals ``expect(R, w, xs)``."""
    from torchsmt.smt_encodings.emitter import SmtEmitter, encode
    from torchsmt.smt_encodings.reals import RealSemantics

    R = RealSemantics(ctx)
    o = registry[op]
    xs = [R.var(f"x{i}", s) for i, s in enumerate(shapes)]
    y = encode(o, R, *xs, **params)
    w = R.var("w", tuple(y.shape))
    e = SmtEmitter(R, registry)
    p = o.bind_params(params)
    if rule == "vjp":
        got = (vjp or o.vjp)(e, w, y, *xs, **p)
    else:  # jvp with tangent w on the first argument: one output tangent
        got = (o.jvp(e, [w] + [None] * (len(xs) - 1), y, *xs, **p),)
    want = expect(R, w, xs)
    eqs = []
    for g_, t in zip(got, want, strict=True):
        g_ = R.zeros_like(t) if g_ is None else R.broadcast_to(R.asarray(g_), np.shape(t))
        t = R.asarray(t)
        eqs += [a == b for a, b in zip(g_.view(np.ndarray).reshape(-1),
                                       t.view(np.ndarray).reshape(-1), strict=True)]
    return Query(z3.And(eqs), (*at(xs), *R.hypotheses()), R)


def _el(a):
    return list(a.view(np.ndarray).reshape(-1))


def _kinks(registry: Registry) -> list[tuple[str, str, tuple, dict, Callable, Callable, str]]:
    zero_at = lambda xs: [t == 0 for t in _el(xs[0])]  # noqa: E731
    tie = lambda xs: [a == b for a, b in zip(_el(xs[0]), _el(xs[1]), strict=True)]  # noqa: E731
    c = 0.01
    return [
        ("relu.vjp_zero_at_zero", "relu", ((3,),), {}, zero_at,
         lambda R, w, xs: (R.zeros_like(w),), "vjp"),
        ("relu.jvp_zero_at_zero", "relu", ((3,),), {}, zero_at,
         lambda R, w, xs: (R.zeros_like(w),), "jvp"),
        ("leaky_relu.vjp_eq_slope_at_zero", "leaky_relu", ((3,),), {"negative_slope": c}, zero_at,
         lambda R, w, xs: (w * c,), "vjp"),
        ("abs.vjp_zero_at_zero", "abs", ((3,),), {}, zero_at,
         lambda R, w, xs: (R.zeros_like(w),), "vjp"),
        ("abs.jvp_zero_at_zero", "abs", ((3,),), {}, zero_at,
         lambda R, w, xs: (R.zeros_like(w),), "jvp"),
        ("step.vjp_zero", "step", ((3,),), {}, lambda xs: [],
         lambda R, w, xs: (R.zeros_like(w),), "vjp"),
        ("sign.vjp_zero", "sign", ((3,),), {}, lambda xs: [],
         lambda R, w, xs: (R.zeros_like(w),), "vjp"),
        ("maximum.vjp_tie_to_first", "maximum", ((3,), (3,)), {}, tie,
         lambda R, w, xs: (w, R.zeros_like(w)), "vjp"),
        ("minimum.vjp_tie_to_first", "minimum", ((3,), (3,)), {}, tie,
         lambda R, w, xs: (w, R.zeros_like(w)), "vjp"),
        ("maximum.jvp_tie_to_first", "maximum", ((3,), (3,)), {}, tie,
         lambda R, w, xs: (w,), "jvp"),
        ("reduce_max.vjp_tie_to_first", "reduce_max", ((3,),), {"axes": (0,)},
         lambda xs: [_el(xs[0])[0] == _el(xs[0])[1], _el(xs[0])[1] >= _el(xs[0])[2]],
         lambda R, w, xs: (R.asarray([_el(w)[0], 0, 0]),), "vjp"),
        ("maxpool2d.vjp_tie_to_first", "maxpool2d", ((1, 1, 2, 2),),
         {"kernel_size": (2, 2), "stride": (1, 1)},
         lambda xs: [t == _el(xs[0])[0] for t in _el(xs[0])],
         lambda R, w, xs: (R.reshape(R.asarray([_el(w)[0], 0, 0, 0]), (1, 1, 2, 2)),), "vjp"),
    ]


def kink_obligations(registry: Registry) -> list[Obligation]:
    out = []
    for name, op, shapes, params, at, expect, rule in _kinks(registry):
        if op not in registry or getattr(registry[op], rule) is None:
            continue
        out.append(Obligation(
            name, "lemma", op, "QF_NRA",
            lambda ctx, op=op, shapes=shapes, params=params, at=at, expect=expect, rule=rule:
            kink_query(ctx, registry, op, shapes, params, at, expect, rule=rule),
            timeout=30.0, doc=f"kink convention of {op}'s {rule} rule", family="kink"))
    return out


# -- known-false pitfalls --------------------------------------------------------------------------
def _naive_matmul_vjp(e, g, out, a, b):
    sem = e.sem
    return (sem.matmul(g, sem.transpose(b)), sem.matmul(sem.transpose(a), g))


def pitfall_obligations(registry: Registry) -> list[Obligation]:
    from .catalog_ops import adjoint_query

    out = []
    if "matmul" in registry:
        out.append(Obligation(
            "matmul.naive_vjp_eq_jvp_transpose_of_1d", "known_false", "matmul", "QF_NRA",
            lambda ctx: adjoint_query(ctx, registry["matmul"], ((3, 3), (3,)), {}, registry,
                                      vjp=_naive_matmul_vjp),
            doc="(G @ B.T, A.T @ G) is wrong when B is 1-D: G @ B.T is then an inner product",
            family="pitfall"))
    if "relu" in registry:
        out.append(Obligation(
            "relu.vjp_one_at_zero", "known_false", "relu", "QF_NRA",
            lambda ctx: kink_query(ctx, registry, "relu", ((1,),), {},
                                   lambda xs: [_el(xs[0])[0] == 0], lambda R, w, xs: (w,)),
            doc="claims relu'(0) = 1; the impl's convention is relu'(0) = 0", family="pitfall"))
    if "maximum" in registry:
        out.append(Obligation(
            "maximum.vjp_tie_to_second", "known_false", "maximum", "QF_NRA",
            lambda ctx: kink_query(ctx, registry, "maximum", ((1,), (1,)), {},
                                   lambda xs: [_el(xs[0])[0] == _el(xs[1])[0]],
                                   lambda R, w, xs: (R.zeros_like(w), w)),
            doc="ties do not go to the second argument", family="pitfall"))
    if "tanh" in registry:
        out.append(Obligation(
            "tanh.vjp_deriv_of_input", "known_false", "tanh", "QF_UFNRA",
            lambda ctx: adjoint_query(
                ctx, registry["tanh"], ((2,),), {}, registry,
                vjp=lambda e, g, out, x: (g * (1 - x * x),), axioms=True),
            doc="1 - x^2 (on the input) is not tanh'(x); the model is checked numerically",
            family="pitfall"))
    out += _float_pitfalls(registry)
    return out


# -- bit-precise float32 ---------------------------------------------------------------------------
def _fp_lemma(name, op, kind, stmt, doc, timeout=60.0):
    def build(ctx):
        from torchsmt.smt_encodings.float32 import Float32Semantics

        F = Float32Semantics(ctx)
        code = stmt.__code__
        vs = [F.var(n, ()).view(np.ndarray)[()] for n in code.co_varnames[1:code.co_argcount]]
        hyps, claim = stmt(F, *vs)
        return Query(claim, tuple(hyps), F)
    return Obligation(name, kind, op, "QF_FP", build, timeout=timeout, doc=doc, family="float32")


def _fin(F, *ts):
    return [F.is_finite(t) for t in ts]


def _float_pitfalls(registry: Registry) -> list[Obligation]:
    return [
        _fp_lemma("add.not_nan_f32", "add", "known_false",
                  lambda F, x, y: ([], z3.Not(F.is_nan(F.s_add(x, y)))),
                  "without finiteness hypotheses: inf + -inf (or a NaN operand) is NaN"),
        _fp_lemma("add.assoc_f32", "add", "known_false",
                  lambda F, x, y, z: (_fin(F, x, y, z), F.s_add(F.s_add(x, y), z) ==
                                      F.s_add(x, F.s_add(y, z))),
                  "float32 addition is not associative"),
    ]


def float32_obligations(registry: Registry) -> list[Obligation]:
    out = [
        _fp_lemma("add.not_nan_f32_of_finite", "add", "lemma",
                  lambda F, x, y: (_fin(F, x, y), z3.Not(F.is_nan(F.s_add(x, y)))),
                  "finite x, y -> x + y is not NaN (overflow gives inf, never NaN)"),
        _fp_lemma("add.comm_f32", "add", "lemma",
                  lambda F, x, y: ([], F.s_add(x, y) == F.s_add(y, x)),
                  "x + y = y + x in binary32 (SMT equality: NaNs are one value)"),
        _fp_lemma("mul.comm_f32", "mul", "lemma",
                  lambda F, x, y: ([], F.s_mul(x, y) == F.s_mul(y, x)),
                  "x * y = y * x in binary32"),
        _fp_lemma("mul.one_f32", "mul", "lemma", lambda F, x: ([], F.s_mul(x, 1.0) == x),
                  "x * 1 = x in binary32 (every x, NaN included)"),
        _fp_lemma("neg.neg_f32", "neg", "lemma", lambda F, x: ([], F.s_neg(F.s_neg(x)) == x),
                  "-(-x) = x in binary32"),
        _fp_lemma("sub.self_eq_zero_f32_of_finite", "sub", "lemma",
                  lambda F, x: (_fin(F, x), F.s_sub(x, x) == F.fp(0.0)),
                  "finite x -> x - x = +0 (round to nearest)"),
        _fp_lemma("sub.exact_f32_of_sterbenz", "sub", "lemma",
                  lambda F, x, y: (_fin(F, x, y) + [F.s_le(F.s_mul(y, 0.5), x),
                                                    F.s_le(x, F.s_mul(y, 2.0))],
                                   z3.fpEQ(z3.fpSub(z3.RTP(F.ctx), x, y, ctx=F.ctx),
                                           z3.fpSub(z3.RTN(F.ctx), x, y, ctx=F.ctx), ctx=F.ctx)),
                  "Sterbenz: y/2 <= x <= 2y (finite) -> x - y is exact (round-up = round-down)"),
    ]
    if "relu" in registry:
        def relu_nonneg(F, x):
            from torchsmt.smt_encodings.emitter import encode
            y = encode(registry["relu"], F, F.asarray(x)).view(np.ndarray)[()]
            return [z3.Not(F.is_nan(x))], F.s_ge(y, 0.0)
        out.append(_fp_lemma("relu.nonneg_f32_of_not_nan", "relu", "lemma", relu_nonneg,
                             "the relu encoding in binary32 is >= 0 for non-NaN inputs"))
    return [o for o in out if o.op in registry]


# -- whole graphs ----------------------------------------------------------------------------------
def _graphs(registry: Registry):
    from torchsmt.ir.graph import GraphBuilder

    rng = np.random.default_rng(0)
    b = GraphBuilder(registry)
    h = b.input((4,))
    for _ in range(2):
        h = b.op("relu", b.op("add", b.op("matmul", b.const(rng.normal(size=(4, 4)).round(1)), h),
                              b.const(rng.normal(size=4).round(1))))
    mlp = b.build(b.op("tanh", h))
    b = GraphBuilder(registry)
    x = b.input((3,))
    y = b.op("softmax", b.op("add", b.op("maximum", x, b.const(np.full(3, 0.5))), x))
    head = b.build(b.op("reduce_sum", b.op("mul", y, b.const(np.arange(3.0))), axes=(0,)))
    return {"mlp_relu_tanh_4x2": mlp, "max_softmax_head_3": head}


def graph_obligations(registry: Registry) -> list[Obligation]:
    """Whole-graph VJP (ir/autodiff.vjp) == transposed dual-number JVP, one obligation each."""
    from .user import _vjp_graph, graph_query

    out = []
    try:
        graphs = _graphs(registry)
    except Exception:  # noqa: BLE001 - an op missing from a user registry: no graph lemmas
        return []
    for name, g in graphs.items():
        out.append(Obligation(
            f"graph.vjp_eq_jvp_transpose@{name}", "lemma", "graph", "QF_UFNRA",
            lambda ctx, g=g: graph_query(ctx, g, _vjp_graph(g)), timeout=60.0,
            doc=f"the VJP graph of the {name} example equals the transposed JVP (masks)",
            family="graph"))
    return out

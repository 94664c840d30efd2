"""Linear-relaxation lemmas (the bounds layer relies on them) and Taylor-axiom lemmas.

- ``<op>.relax_sound``: the op's own ``relax`` rule is sound: for all l <= x <= u,
  a_lo x + b_lo <= f(x) <= a_up x + b_up (piecewise-linear ops: for all l <= u).
- Named CROWN facts for relu, leaky_relu, abs, maximum and minimum, for all l <= u.
- exp, tanh and sigmoid bounds on stated intervals, from the degree-12 Taylor axioms
  (smt_encodings/axioms.py) and the definitions of tanh and sigmoid through exp.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import numpy as np
import z3

from torchsmt.ir.registry import Registry

from .obligation import Obligation, Query

RELAX_OPS = ("relu", "leaky_relu", "abs")  # relax rules proved for all l <= u


def _scalar_sem(ctx):
    from torchsmt.smt_encodings.reals import RealSemantics

    return RealSemantics(ctx)


def _f(R, registry, op, x, **params):
    from torchsmt.smt_encodings.emitter import encode

    return encode(registry[op], R, R.asarray(x), **params).view(np.ndarray)[()]


def relax_query(ctx, registry: Registry, op: str, params: dict) -> Query:
    R = _scalar_sem(ctx)
    l, u, x = (R.var(n, ()) for n in ("l", "u", "x"))
    L, U, X = (t.view(np.ndarray)[()] for t in (l, u, x))
    a_lo, b_lo, a_up, b_up = (R.asarray(t).view(np.ndarray)[()]
                              for t in registry[op].relax(R, l, u, **params))
    y = _f(R, registry, op, x, **params)
    lower, upper = a_lo * X + b_lo <= y, y <= a_up * X + b_up
    hyps = (L <= X, X <= U, *R.hypotheses())
    # Split by the sign pattern of [l, u] (the three cases cover every l <= u) and by side.
    regions = (L >= 0, U <= 0, z3.And(L < 0, 0 < U))
    parts = tuple((c, (*hyps, r), {}) for r in regions for c in (lower, upper))
    return Query(z3.And(lower, upper), hyps, R, parts=parts)


def _argnames(fn, skip: int) -> tuple[str, ...]:
    """The statement's variable names (parameters after ``skip``, without defaulted ones)."""
    code = fn.__code__
    return code.co_varnames[skip:code.co_argcount - len(fn.__defaults__ or ())]


def _lemma(name, op, fn: Callable, doc: str, logic="QF_NRA", axioms=(), family="relax"):
    return Obligation(name, "lemma", op, logic, fn, timeout=60.0, doc=doc, axioms=axioms,
                      family=family)


def _scalar_lemma(registry, op, params, stmt: Callable):
    """stmt(R, f, vars...) -> (hyps, claim) over scalar variables named by the statement."""
    def build(ctx):
        R = _scalar_sem(ctx)
        names = _argnames(stmt, 2)
        vs = [R.var(n, ()).view(np.ndarray)[()] for n in names]
        hyps, claim = stmt(R, lambda t, **p: _f(R, registry, op, t, **{**params, **p}), *vs)
        return Query(claim, (*hyps, *R.hypotheses()), R)
    return build


def _crown(registry: Registry) -> list[Obligation]:
    out = []

    def add(name, op, stmt, doc, params=None):
        if op in registry:
            out.append(_lemma(name, op, _scalar_lemma(registry, op, params or {}, stmt), doc,
                              family="crown"))

    add("relu.crown_upper_ge_of_unstable", "relu",
        lambda R, f, l, u, x: ([l < 0, 0 < u, l <= x, x <= u], f(x) * (u - l) <= u * (x - l)),
        "l < 0 < u, x in [l, u] -> relu x <= u (x - l) / (u - l) (cross-multiplied)")
    add("relu.crown_lower_le_of_alpha_mem_Icc", "relu",
        lambda R, f, a, x: ([0 <= a, a <= 1], a * x <= f(x)),
        "alpha in [0, 1] -> alpha x <= relu x")
    add("relu.eq_self_of_nonneg", "relu", lambda R, f, x: ([x >= 0], f(x) == x),
        "x >= 0 -> relu x = x")
    add("relu.eq_zero_of_nonpos", "relu", lambda R, f, x: ([x <= 0], f(x) == 0),
        "x <= 0 -> relu x = 0")
    add("relu.le_upper_of_le", "relu",
        lambda R, f, x, u: ([x <= u], f(x) <= f(u)), "x <= u -> relu x <= relu u (monotone)")
    add("leaky_relu.crown_upper_ge_of_unstable", "leaky_relu",
        lambda R, f, l, u, x: ([l < 0, 0 < u, l <= x, x <= u],
                               (f(x) - f(l)) * (u - l) <= (f(u) - f(l)) * (x - l)),
        "l < 0 < u, x in [l, u] -> leaky_relu x <= chord through (l, f l) and (u, f u)",
        {"negative_slope": 0.01})
    add("leaky_relu.crown_lower_le_of_alpha_mem_Icc", "leaky_relu",
        lambda R, f, a, x: ([R.const(Fraction(1, 100)) <= a, a <= 1], a * x <= f(x)),
        "alpha in [c, 1] (c = 0.01) -> alpha x <= leaky_relu x", {"negative_slope": 0.01})
    add("abs.chord_upper_ge", "abs",
        lambda R, f, l, u, x: ([l <= x, x <= u],
                               (f(x) - f(l)) * (u - l) <= (f(u) - f(l)) * (x - l)),
        "x in [l, u] -> |x| <= chord through (l, |l|) and (u, |u|)")
    add("abs.lower_le_of_alpha_mem_Icc", "abs",
        lambda R, f, a, x: ([-1 <= a, a <= 1], a * x <= f(x)), "alpha in [-1, 1] -> alpha x <= |x|")
    add("abs.nonneg", "abs", lambda R, f, x: ([], f(x) >= 0), "0 <= |x|")
    out += _binary_crown(registry)
    return out


def _binary_crown(registry: Registry) -> list[Obligation]:
    out = []

    def add(name, op, stmt, doc):
        if op not in registry:
            return

        def build(ctx):
            R = _scalar_sem(ctx)
            names = _argnames(stmt, 2)
            vs = [R.var(n, ()).view(np.ndarray)[()] for n in names]

            def f(a, b):
                from torchsmt.smt_encodings.emitter import encode
                return encode(registry[op], R, R.asarray(a), R.asarray(b)).view(np.ndarray)[()]
            hyps, claim = stmt(R, f, *vs)
            return Query(claim, (*hyps, *R.hypotheses()), R)
        out.append(_lemma(name, op, build, doc, family="crown"))

    for op, sgn in (("maximum", 1), ("minimum", -1)):
        word = "ge" if sgn > 0 else "le"
        add(f"{op}.{word}_left", op,
            lambda R, f, x, y, s=sgn: ([], s * f(x, y) >= s * x), f"{op}(x, y) {word} x")
        add(f"{op}.{word}_right", op,
            lambda R, f, x, y, s=sgn: ([], s * f(x, y) >= s * y), f"{op}(x, y) {word} y")
        add(f"{op}.lower_{word}_convex_comb_of_mem_Icc", op,
            lambda R, f, a, x, y, s=sgn: ([0 <= a, a <= 1],
                                          s * f(x, y) >= s * (a * x + (1 - a) * y)),
            f"lambda in [0, 1] -> {op}(x, y) {word} lambda x + (1 - lambda) y")
        add(f"{op}.eq_right_of_dominated", op,
            lambda R, f, x, y, ux, ly, s=sgn: (
                [x <= ux, ly <= y, ux <= ly] if s > 0 else [ux <= x, y <= ly, ly <= ux],
                f(x, y) == y),
            f"box separated (x <= ux <= ly <= y, mirrored for min) -> {op}(x, y) = y")
        add(f"{op}.crown_upper_{'le' if sgn > 0 else 'ge'}_of_unstable", op,
            lambda R, f, x, y, l, u, s=sgn: (
                [l < 0, 0 < u, l <= s * (x - y), s * (x - y) <= u],
                s * (f(x, y) - y) * (u - l) <= u * (s * (x - y) - l)),
            f"{op}(x, y) = y + relu(x - y) (mirrored for min): the relu chord on d = x - y in "
            "[l, u], l < 0 < u")
    return out


def _taylor(registry: Registry) -> list[Obligation]:
    from torchsmt.smt_encodings.axioms import TAYLOR_DEGREE  # noqa: F401 (documents the link)

    exp_ax = ("exp.taylor12_on_Icc_0_1", "exp.taylor12_on_Icc_neg1_0", "exp.pos")
    out = []

    def add(name, op, stmt, doc, axioms):
        def build(ctx):
            from torchsmt.smt_encodings.axioms import instantiate

            R = _scalar_sem(ctx)
            names = _argnames(stmt, 1)
            vs = [R.var(n, ()).view(np.ndarray)[()] for n in names]
            hyps, claim = stmt(R, *vs)
            inst = instantiate(R, axioms)
            return Query(claim, (*hyps, *inst, *R.hypotheses()), R, uses_uf=True)
        out.append(_lemma(name, op, build, doc, "QF_UFNRA", axioms, family="taylor"))

    q = lambda R, v: R.const(Fraction(v))  # noqa: E731
    ex = lambda R, x: R.s_exp(x)  # noqa: E731
    add("exp.ge_one_add_of_mem_Icc_neg1_1", "exp",
        lambda R, x: ([-1 <= x, x <= 1], 1 + x <= ex(R, x)), "x in [-1, 1] -> 1 + x <= exp x",
        exp_ax)
    add("exp.le_quadratic_of_mem_Icc_0_1", "exp",
        lambda R, x: ([0 <= x, x <= 1], ex(R, x) <= 1 + x + x * x),
        "x in [0, 1] -> exp x <= 1 + x + x^2", exp_ax)
    add("exp.mem_Icc_at_one", "exp",
        lambda R, x: ([x == 1], z3.And(q(R, "2.71828") <= ex(R, x), ex(R, x) <= q(R, "2.71829"))),
        "exp 1 in [2.71828, 2.71829]", exp_ax)
    add("exp.le_chord_of_mem_Icc_0_1", "exp",
        lambda R, x: ([0 <= x, x <= 1], ex(R, x) <= 1 + q(R, "1.7183") * x),
        "x in [0, 1] -> exp x <= 1 + 1.7183 x (chord with 1e-5 slack)", exp_ax)
    tanh_ax = ("tanh.def_exp", *exp_ax)
    th = lambda R, x: R.s_tanh(x)  # noqa: E731
    add("tanh.le_self_of_mem_Icc_0_half", "tanh",
        lambda R, x: ([0 <= x, x <= q(R, "0.5")], th(R, x) <= x), "x in [0, 1/2] -> tanh x <= x",
        tanh_ax)
    add("tanh.ge_cubic_of_mem_Icc_0_half", "tanh",
        lambda R, x: ([0 <= x, x <= q(R, "0.5")], x - x * x * x / 3 <= th(R, x)),
        "x in [0, 1/2] -> x - x^3/3 <= tanh x", tanh_ax)
    add("tanh.ge_self_of_mem_Icc_neg_half_0", "tanh",
        lambda R, x: ([-q(R, "0.5") <= x, x <= 0], x <= th(R, x)), "x in [-1/2, 0] -> x <= tanh x",
        tanh_ax)
    add("tanh.mem_Icc_at_half", "tanh",
        lambda R, x: ([x == q(R, "0.5")], z3.And(q(R, "0.46211") <= th(R, x),
                                                 th(R, x) <= q(R, "0.46212"))),
        "tanh(1/2) in [0.46211, 0.46212]", tanh_ax)
    sig_ax = ("sigmoid.def_exp", *exp_ax)
    sg = lambda R, x: R.s_sigmoid(x)  # noqa: E731
    add("sigmoid.ge_tangent_of_mem_Icc_neg1_0", "sigmoid",
        lambda R, x: ([-1 <= x, x <= 0], q(R, "0.5") + x / 4 <= sg(R, x)),
        "x in [-1, 0] -> 1/2 + x/4 <= sigmoid x (tangent at 0, convex side)", sig_ax)
    add("sigmoid.le_tangent_of_mem_Icc_0_1", "sigmoid",
        lambda R, x: ([0 <= x, x <= 1], sg(R, x) <= q(R, "0.5") + x / 4),
        "x in [0, 1] -> sigmoid x <= 1/2 + x/4 (tangent at 0, concave side)", sig_ax)
    add("sigmoid.mem_Icc_at_neg_one", "sigmoid",
        lambda R, x: ([x == -1], z3.And(q(R, "0.26894") <= sg(R, x), sg(R, x) <= q(R, "0.26895"))),
        "sigmoid(-1) in [0.26894, 0.26895]", sig_ax)
    return [o for o in out if o.op in registry]


def relax_obligations(registry: Registry) -> list[Obligation]:
    out = []
    for op, params in (("relu", {}), ("leaky_relu", {"negative_slope": 0.01}),
                       ("leaky_relu", {"negative_slope": 0.5}), ("abs", {})):
        if op in registry and registry[op].relax is not None:
            tag = "" if not params else f"@slope_{params['negative_slope']}"
            out.append(_lemma(
                f"{op}.relax_sound{tag}", op,
                lambda ctx, op=op, params=params: relax_query(ctx, registry, op, params),
                f"the {op} relax rule: a_lo x + b_lo <= f x <= a_up x + b_up on [l, u], "
                "all l <= u"))
    return out + _crown(registry)


def taylor_obligations(registry: Registry) -> list[Obligation]:
    return _taylor(registry)

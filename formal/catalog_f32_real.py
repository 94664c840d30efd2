"""Composite float32 lemmas in real arithmetic with explicit rounding terms (Z3, QF_NRA/QF_LRA).

The standard model (proved per operation in formal/catalog_f32.py): a rounded product or quotient
is ``exact (1 + d) + e`` with |d| <= u = 2^-24, |e| <= eta = 2^-150; a rounded sum is
``exact (1 + d)`` (binary32 sums are exact when they underflow). gamma_k = k u / (1 - k u).

Dot products: the base case (one product) and the inductive step (one more term, sequential order)
are each one query; the induction over k is the one meta step (documented in docs/architecture.md).
Summation in any order: the tree step combines two sub-sums of depth <= m into one of depth
m + 1; a tree over n products has depth <= n, and gamma is monotone, so every order (the strict
executor's, BLAS's, pairwise) meets gamma_n sum |x_i y_i| + 2 n eta. The FMA step covers BLAS
kernels that fuse. Matmul and convolution outputs are dot products (conv via im2col, K = C k_h k_w),
which is definitional.
"""

from __future__ import annotations

from fractions import Fraction

import z3

from .obligation import Obligation, Query

U = Fraction(1, 2 ** 24)
ETA = Fraction(1, 2 ** 150)


def _abs(x):
    return z3.If(x >= 0, x, -x)


class _R:
    """Fresh reals and rational constants in one explicit context."""

    def __init__(self, ctx: z3.Context):
        self.ctx = ctx

    def v(self, *names: str):
        return [z3.Real(n, self.ctx) for n in names]

    def c(self, q: Fraction):
        return z3.RealVal(f"{q.numerator}/{q.denominator}", self.ctx)


def _gamma_defs(r: _R, pairs):
    """g * (1 - k u) = k u with k u <= 1/2, for each (g, k) pair (k a real term)."""
    u = r.c(U)
    out = []
    for g, k in pairs:
        out += [g * (1 - k * u) == k * u, k * u <= r.c(Fraction(1, 2)), k >= 1]
    return out


def dot_base(ctx):
    r = _R(ctx)
    P, d, e, g1 = r.v("P", "d", "e", "g1")
    u, eta = r.c(U), r.c(ETA)
    hyps = [_abs(d) <= u, _abs(e) <= eta, g1 * (1 - u) == u]
    p = P * (1 + d) + e
    return Query(_abs(p - P) <= g1 * (_abs(P) + eta) + eta, tuple(hyps))


def _inv(err, g, T, n, eta):
    """The invariant of a sum over n rounded products: |err| <= gamma (T + n eta) + n eta
    (two-sided, no If: the nonlinear solver does better without case splits)."""
    b = g * (T + n * eta) + n * eta
    return z3.And(err <= b, -err <= b)


def _le_abs(x, t):
    return z3.And(x <= t, -x <= t)


def tree_step(ctx):
    """The join of two sub-sums; the rounding term w = A d of fl(A) = A (1 + d) enters through
    |w| <= u (Ta + Tb + Ba + Bb), which is sum.tree_sum_abs_le_f32 plus mul.abs_le_of_rel_le."""
    r = _R(ctx)
    Ea, Sa, Ta, Eb, Sb, Tb, na, nb, ga, gb, gm, gm1, w = r.v(
        "Ea", "Sa", "Ta", "Eb", "Sb", "Tb", "na", "nb", "ga", "gb", "gm", "gm1", "w")
    u, eta = r.c(U), r.c(ETA)
    ba, bb = ga * (Ta + na * eta) + na * eta, gb * (Tb + nb * eta) + nb * eta
    hyps = [_inv(Ea, ga, Ta, na, eta), _inv(Eb, gb, Tb, nb, eta),
            _le_abs(Sa, Ta), _le_abs(Sb, Tb), na >= 1, nb >= 1, ga >= 0, gb >= 0,
            ga <= gm, gb <= gm, gm * (1 + u) + u <= gm1, _le_abs(w, u * (Ta + Tb + ba + bb))]
    return Query(_inv(Ea + Eb + w, gm1, Ta + Tb, na + nb, eta), tuple(hyps))


def tree_abs(ctx):
    r = _R(ctx)
    Ea, Sa, Ba, Ta, Eb, Sb, Bb, Tb = r.v("Ea", "Sa", "Ba", "Ta", "Eb", "Sb", "Bb", "Tb")
    hyps = [_le_abs(Ea, Ba), _le_abs(Eb, Bb), _le_abs(Sa, Ta), _le_abs(Sb, Tb)]
    return Query(_le_abs(Sa + Ea + Sb + Eb, Ta + Tb + Ba + Bb), tuple(hyps))


def rel_term(ctx):
    r = _R(ctx)
    A, M, d = r.v("A", "M", "d")
    u = r.c(U)
    return Query(_le_abs(A * d, u * M), (_le_abs(d, u), _le_abs(A, M)))


def fma_step(ctx):
    r = _R(ctx)
    Ea, Sa, Ta, na, gm, gm1, P, d, e = r.v("Ea", "Sa", "Ta", "na", "gm", "gm1", "P", "d", "e")
    u, eta = r.c(U), r.c(ETA)
    Pa = z3.Real("Pa", ctx)  # |P|
    hyps = [_inv(Ea, gm, Ta, na, eta), _le_abs(Sa, Ta), na >= 1, gm >= 0, _le_abs(P, Pa),
            gm * (1 + u) + u <= gm1, _le_abs(d, u), _le_abs(e, eta)]
    s = (Sa + Ea + P) * (1 + d) + e  # fma(x, y, sa): one rounding of the exact sa + x y
    return Query(_inv(s - (Sa + P), gm1, Ta + Pa, na + 1, eta), tuple(hyps))


def gamma_step(ctx):
    r = _R(ctx)
    k, g, g1 = r.v("k", "g", "g1")
    u = r.c(U)
    hyps = _gamma_defs(r, [(g, k), (g1, k + 1)])
    return Query(g * (1 + u) + u <= g1, tuple(hyps))


def gamma_monotone(ctx):
    r = _R(ctx)
    a, b, ga, gb = r.v("a", "b", "ga", "gb")
    hyps = _gamma_defs(r, [(ga, a), (gb, b)]) + [a <= b]
    return Query(ga <= gb, tuple(hyps))


def case_split(op: str):
    """The binary32 add/sub error bound from its three proved cases (near, far left, far right)."""

    def build(ctx):
        r = _R(ctx)
        x, y, res = r.v("x", "y", "r")
        u, far = r.c(U), r.c(Fraction(1, 2 ** 25))
        yy = y if op == "add" else -y
        exact = x + yy
        err_ok = _abs(res - exact) <= u * _abs(exact)
        far_l = _abs(yy) <= far * _abs(x)
        far_r = _abs(x) <= far * _abs(yy)
        hyps = [z3.Implies(z3.And(z3.Not(far_l), z3.Not(far_r)), err_ok),
                z3.Implies(far_l, res == x), z3.Implies(far_r, res == yy)]
        return Query(err_ok, tuple(hyps))

    return build


def real_obligations() -> list[Obligation]:
    def ob(name, op, builder, doc, logic="QF_NRA"):
        return Obligation(name, "lemma", op, logic, builder, timeout=60.0, doc=doc,
                          family="f32_composite")

    return [
        ob("dot.round_err_le_gamma_f32_base", "matmul", dot_base,
           "one rounded product (a leaf): |fl(xy) - xy| <= gamma_1 (|xy| + eta) + eta"),
        ob("sum.round_err_le_gamma_f32_of_tree", "reduce_sum", tree_step,
           "inductive step, any summation order: joining two sub-sums of depth <= m with "
           "|err| <= gamma_m (T + n eta) + n eta gives depth m + 1 with gamma_{m+1}; the "
           "sequential order is the left-deep tree, and n products give depth <= n, so "
           "|err| <= gamma_n (T + n eta) + n eta <= gamma_n T + 2 n eta"),
        ob("sum.tree_sum_abs_le_f32", "reduce_sum", tree_abs,
           "|sa + sb| <= Ta + Tb + Ba + Bb for sub-sums within their error bounds"),
        ob("mul.abs_le_of_rel_le", "mul", rel_term, "|d| <= u and |A| <= M -> |A d| <= u M"),
        ob("dot.fma_round_err_le_gamma_f32_step", "matmul", fma_step,
           "the step for a fused multiply-add acc = fma(x, y, acc) (BLAS deployment kernels)"),
        ob("gamma.step_le_f32", "matmul", gamma_step,
           "gamma_k (1 + u) + u <= gamma_{k+1} (k u <= 1/2)"),
        ob("gamma.monotone_f32", "matmul", gamma_monotone, "a <= b -> gamma_a <= gamma_b"),
        ob("add.round_rel_err_le_f32_of_finite", "add", case_split("add"),
           "|fl(x + y) - (x + y)| <= 2^-24 |x + y| for finite x, y and a finite result: the "
           "three Bitwuzla-proved cases (add.*_of_near, add.round_eq_*_f32_of_far) combined",
           logic="QF_LRA"),
        ob("sub.round_rel_err_le_f32_of_finite", "sub", case_split("sub"),
           "|fl(x - y) - (x - y)| <= 2^-24 |x - y|: the three proved cases combined",
           logic="QF_LRA"),
    ]

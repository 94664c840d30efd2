"""Issue 7's float32 lemmas: bit-precise binary32 rounding facts (Bitwuzla, QF_FP), composites in
real arithmetic with rounding terms (Z3, catalog_f32_real.py), and the float32 axioms.

``float32_obligations(registry)`` is the catalog family (formal/catalog.py lists it). Each
Bitwuzla lemma is an Obligation with ``solver="bitwuzla"`` and its SMT-LIB text; the prover runs
Bitwuzla on it (formal/float32_solver.py), and without Bitwuzla the result is ``unknown`` with
that reason. Nothing unproved is a lemma: the FMA far-exponent cases and NumPy's transcendental
accuracy are axioms, each with its reason.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from .catalog_f32_real import real_obligations
from .float32_solver import ETA, FAR, FAR_EXP, HALF, TWO, U, W, finite, query, wide
from .obligation import Obligation

X2 = "(declare-const x Float32)(declare-const y Float32)"
X3 = X2 + "(declare-const z Float32)"


def _abs_le(a: str, b: str) -> str:
    return f"(fp.leq (fp.abs {a}) {b})"


def _rel_bound(e: str, with_eta: bool) -> str:
    """u |e| (+ eta), the sum rounded toward -inf so that proving d <= it implies d <= exact."""
    t = f"(fp.mul RNE {U} (fp.abs {e}))"  # exact: scaling by a power of two in binary128
    return f"(fp.add RTN {t} {ETA})" if with_eta else t


def _err_query(op: str, near: bool) -> str:
    """|fl(x op y) - (x op y)| within u |exact| (+ eta). mul: exact reference in binary128;
    add/sub with operands within 2^25 of each other: the exact sum has <= 50 bits (binary64)."""
    fop = {"add": "fp.add", "sub": "fp.sub", "mul": "fp.mul"}[op]
    if near:
        cv, sort, u = _d, "Float64", _dc(f"(/ 1.0 {2 ** 24})")
        far = _dc(f"(/ 1.0 {2 ** FAR_EXP})")
    else:
        cv, sort, u, far = wide, W, U, FAR
    defs = (f"(define-fun r () Float32 ({fop} RNE x y))\n"
            f"(define-fun e () {sort} ({fop} RNE {cv('x')} {cv('y')}))\n"
            f"(define-fun d () {sort} (fp.abs (fp.sub RNE {cv('r')} e)))")
    hyps = finite("x", "y", "r")
    if near:
        yy = cv("y") if op == "add" else f"(fp.neg {cv('y')})"
        xx = cv("x")
        hyps += (f"\n(assert (not {_abs_le(yy, f'(fp.mul RNE {far} (fp.abs {xx}))')}))"
                 f"\n(assert (not {_abs_le(xx, f'(fp.mul RNE {far} (fp.abs {yy}))')}))")
        return query(X2, defs, hyps, f"(fp.leq d (fp.mul RNE {u} (fp.abs e)))")
    return query(X2, defs, hyps, f"(fp.leq d {_rel_bound('e', op == 'mul')})")


def _far_query(op: str, left: bool) -> str:
    """One operand below 2^-25 of the other: the binary32 result is the larger operand."""
    fop = "fp.add" if op == "add" else "fp.sub"
    yy = wide("y") if op == "add" else f"(fp.neg {wide('y')})"
    big, small = (wide("x"), yy) if left else (yy, wide("x"))
    res = "x" if left else ("y" if op == "add" else "(fp.neg y)")
    hyps = finite("x", "y") + f"\n(assert {_abs_le(small, f'(fp.mul RNE {FAR} (fp.abs {big}))')})"
    return query(X2, "", hyps, f"(fp.eq ({fop} RNE x y) {res})")


def _d(t: str) -> str:
    """A binary32 term converted (exactly) to binary64."""
    return f"((_ to_fp 11 53) RNE {t})"


def _dc(q: str) -> str:
    return f"((_ to_fp 11 53) RNE {q})"


def _div_query() -> str:
    # |r - x/y| <= u |x/y| + eta |y|/|y|  <=>  |r y - x| <= u |x| + eta |y| (y != 0). In binary64
    # r y (48 bits) and r y - x (<= 46 bits, subnormal r included) are exact; the bound is RTN.
    defs = (f"(define-fun r () Float32 (fp.div RNE x y))\n"
            f"(define-fun d () Float64 (fp.abs (fp.sub RNE (fp.mul RNE {_d('r')} {_d('y')}) "
            f"{_d('x')})))")
    hyps = finite("x", "y", "r") + "\n(assert (not (fp.isZero y)))"
    bound = (f"(fp.add RTN (fp.mul RNE {_dc(f'(/ 1.0 {2 ** 24})')} (fp.abs {_d('x')})) "
             f"(fp.mul RNE {_dc(f'(/ 1.0 {2 ** 150})')} (fp.abs {_d('y')})))")
    return query(X2, defs, hyps, f"(fp.leq d {bound})")


def _sqrt_query() -> str:
    # |r - sqrt x| <= u sqrt x  <=>  x (1-u)^2 <= r^2 <= x (1+u)^2 with r >= 0. r^2 is exact in
    # binary64; the two sides are rounded outward (lo up, hi down), which only strengthens it.
    one, u = _dc("1.0"), _dc(f"(/ 1.0 {2 ** 24})")
    lo = f"(fp.mul RTP {_d('x')} (fp.mul RTP (fp.sub RNE {one} {u}) (fp.sub RNE {one} {u})))"
    hi = f"(fp.mul RTN {_d('x')} (fp.mul RTN (fp.add RNE {one} {u}) (fp.add RNE {one} {u})))"
    defs = (f"(define-fun r () Float32 (fp.sqrt RNE x))\n"
            f"(define-fun s () Float64 (fp.mul RNE {_d('r')} {_d('r')}))")
    hyps = finite("x", "r") + "\n(assert (not (fp.isNegative x)))"
    claim = (f"(and (fp.leq {lo} s) (fp.leq s {hi}) "
             f"(or (fp.isZero r) (fp.isPositive r)))")
    return query("(declare-const x Float32)", defs, hyps, claim)


def _via_f64_query(op: str) -> str:
    """|fl32(t) - q| <= u (1 - 2^-28) |q| (+ eta) for q = fl64(t), t = x/y or sqrt(x): the
    binary32 and binary64 dividers (square roots) side by side. |d(r) - q| is bounded from
    above by rounding the difference both ways; the bound is rounded toward -inf."""
    if op == "div":
        defs = (f"(define-fun r () Float32 (fp.div RNE x y))\n"
                f"(define-fun q () Float64 (fp.div RNE {_d('x')} {_d('y')}))")
        hyps = finite("x", "y", "r") + "\n(assert (not (fp.isZero y)))"
        decls = X2
    else:
        defs = (f"(define-fun r () Float32 (fp.sqrt RNE x))\n"
                f"(define-fun q () Float64 (fp.sqrt RNE {_d('x')}))")
        hyps = finite("x", "r") + "\n(assert (not (fp.isNegative x)))"
        decls = "(declare-const x Float32)"
    up = (f"(fp.max (fp.abs (fp.sub RTP {_d('r')} q)) (fp.abs (fp.sub RTN {_d('r')} q)))")
    k = _dc(f"(/ {2 ** 28 - 1}.0 {2 ** 52}.0)")  # u (1 - 2^-28), exact
    bound = f"(fp.mul RTN {k} (fp.abs q))"
    if op == "div":
        bound = f"(fp.add RTN {bound} {_dc(f'(/ 1.0 {2 ** 150})')})"
    claim = f"(fp.leq {up} {bound})"
    if op == "sqrt":
        claim = f"(and {claim} (or (fp.isZero r) (fp.isPositive r)))"
    return query(decls, defs, hyps, claim)


def _fma_near_query() -> str:
    p = f"(fp.mul RNE {wide('x')} {wide('y')})"  # exact (48 bits)
    defs = (f"(define-fun r () Float32 (fp.fma RNE x y z))\n"
            f"(define-fun e () {W} (fp.add RNE {p} {wide('z')}))\n"
            f"(define-fun d () {W} (fp.abs (fp.sub RNE {wide('r')} e)))")
    hyps = finite("x", "y", "z", "r") + (
        f"\n(assert (not {_abs_le(wide('z'), f'(fp.mul RNE {FAR} (fp.abs {p}))')}))"
        f"\n(assert (not {_abs_le(p, f'(fp.mul RNE {FAR} (fp.abs {wide(chr(122))}))')}))")
    return query(X3, defs, hyps, f"(fp.leq d {_rel_bound('e', True)})")


def _sterbenz_query() -> str:
    hyps = finite("x", "y") + (f"\n(assert (fp.leq (fp.mul RNE {HALF} {wide('y')}) {wide('x')}))"
                               f"\n(assert (fp.leq {wide('x')} (fp.mul RNE {TWO} {wide('y')})))")
    return query(X2, "", hyps, "(fp.eq (fp.sub RTP x y) (fp.sub RTN x y))")


def _round_query(kind: str) -> str:
    d = "(declare-const a Float128)(declare-const b Float128)"
    hyps = "(assert (not (fp.isNaN a)))(assert (not (fp.isNaN b)))"

    def to32(rm, t):
        return f"((_ to_fp 8 24) {rm} {t})"

    if kind == "monotone":
        return query(d, "", hyps + "(assert (fp.leq a b))",
                     f"(fp.leq {to32('RNE', 'a')} {to32('RNE', 'b')})")
    return query(d, "", hyps, f"(and (fp.leq {to32('RTN', 'a')} {to32('RNE', 'a')}) "
                              f"(fp.leq {to32('RNE', 'a')} {to32('RTP', 'a')}))")


def _ops_rd_rn_ru(op: str) -> str:
    r = {rm: f"(fp.{op} {rm} x y)" for rm in ("RTN", "RNE", "RTP")}
    hyps = finite("x", "y", r["RNE"])
    claim = f"(and (fp.leq {r['RTN']} {r['RNE']}) (fp.leq {r['RNE']} {r['RTP']}))"
    return query(X2, "", hyps, claim)


BITWUZLA: list[tuple[str, str, Callable[[], str], str]] = [
    ("mul.round_rel_err_le_f32_of_finite", "mul", lambda: _err_query("mul", False),
     "|fl(x*y) - x*y| <= 2^-24 |x*y| + 2^-150 for finite x, y and a finite result"),
    ("add.round_rel_err_le_f32_of_near", "add", lambda: _err_query("add", True),
     "|fl(x+y) - (x+y)| <= 2^-24 |x+y| when neither operand is below 2^-25 of the other"),
    ("add.round_eq_left_f32_of_far", "add", lambda: _far_query("add", True),
     "|y| <= 2^-25 |x| -> fl(x+y) = x"),
    ("add.round_eq_right_f32_of_far", "add", lambda: _far_query("add", False),
     "|x| <= 2^-25 |y| -> fl(x+y) = y"),
    ("sub.round_rel_err_le_f32_of_near", "sub", lambda: _err_query("sub", True),
     "|fl(x-y) - (x-y)| <= 2^-24 |x-y| when neither operand is below 2^-25 of the other"),
    ("sub.round_eq_left_f32_of_far", "sub", lambda: _far_query("sub", True),
     "|y| <= 2^-25 |x| -> fl(x-y) = x"),
    ("sub.round_eq_right_f32_of_far", "sub", lambda: _far_query("sub", False),
     "|x| <= 2^-25 |y| -> fl(x-y) = -y"),
    ("sub.sterbenz_exact_f32", "sub", _sterbenz_query,
     "y/2 <= x <= 2y -> x - y is exact (round-up equals round-down)"),
    ("round.monotone_f32", "add", lambda: _round_query("monotone"),
     "a <= b -> RN32(a) <= RN32(b) for binary128 a, b (not NaN)"),
    ("round.down_le_nearest_le_up_f32", "add", lambda: _round_query("order"),
     "RD32(a) <= RN32(a) <= RU32(a) for binary128 a (not NaN)"),
    ("add.round_down_le_nearest_le_up_f32", "add", lambda: _ops_rd_rn_ru("add"),
     "fl_RD(x+y) <= fl_RN(x+y) <= fl_RU(x+y) (finite)"),
    ("mul.round_down_le_nearest_le_up_f32", "mul", lambda: _ops_rd_rn_ru("mul"),
     "fl_RD(x*y) <= fl_RN(x*y) <= fl_RU(x*y) (finite)"),
]


def _one_rounding_check(op: str) -> Callable[[], bool]:
    """|fl32(t) - t| <= u |t| (+ eta for div) on 2x10^4 random binary32 operands (normal,
    subnormal and mixed magnitudes), t exact (Fractions; sqrt: checked through r^2 vs x)."""

    def check() -> bool:
        from fractions import Fraction as Fr

        rng = np.random.default_rng(11)
        n = 20_000
        bits = rng.integers(0, 2 ** 31 - 2 ** 23, (2, n), dtype=np.int64).astype(np.uint32)
        x, y = bits.view(np.float32)
        u, eta = Fr(1, 2 ** 24), Fr(1, 2 ** 150)
        with np.errstate(all="ignore"):
            r = x / y if op == "div" else np.sqrt(x)
        for i in range(n):
            if not np.isfinite(r[i]) or (op == "div" and y[i] == 0):
                continue
            xi, yi, ri = Fr(float(x[i])), Fr(float(y[i])), Fr(float(r[i]))
            if op == "div":
                if abs(ri * yi - xi) > u * abs(xi) + eta * abs(yi):
                    return False
            elif not (xi * (1 - u) ** 2 <= ri * ri <= xi * (1 + u) ** 2 and ri >= 0):
                return False
        return True

    return check


def _transcendental_check() -> bool:
    from torchsmt.ir.float32.rounding import TRANSCENDENTAL_ULPS

    rng = np.random.default_rng(7)
    x = rng.uniform(-20, 20, 100_000).astype(np.float32)
    for f, xs in ((np.tanh, x), (np.exp, x), (np.log, np.abs(x) + np.float32(1e-30))):
        r = f(xs.astype(np.float64))
        ulp = np.spacing(np.abs(r).astype(np.float32)).astype(np.float64)
        if not np.max(np.abs(f(xs).astype(np.float64) - r) / ulp) <= TRANSCENDENTAL_ULPS:
            return False
    return True


AXIOMS = [
    ("div.round_rel_err_le_f32_of_finite", "div",
     "|fl(x/y) - x/y| <= 2^-24 |x/y| + 2^-150: Bitwuzla 0.10 did not finish in 600 s here, "
     "neither on the exact form |fl(x/y) y - x| <= u|x| + eta|y| (binary64) nor against a "
     "binary64 quotient (divider-vs-multiplier equivalence is hard for SAT); the SMT-LIB text is "
     "_div_query(); checked on 2x10^4 random operands in exact rationals",
     _one_rounding_check("div")),
    ("sqrt.round_rel_err_le_f32_of_finite", "sqrt",
     "|fl(sqrt x) - sqrt x| <= 2^-24 sqrt x: Bitwuzla 0.10 did not finish in 600 s here on "
     "x(1-u)^2 <= fl(sqrt x)^2 <= x(1+u)^2 (binary64); checked on 2x10^4 random operands in "
     "exact rationals", _one_rounding_check("sqrt")),
    ("fma.round_rel_err_le_f32_of_finite", "matmul",
     "|fma(x,y,z) - (xy+z)| <= 2^-24 |xy+z| + 2^-150: with xy and z far apart the exact value "
     "needs more than binary128's 113 bits and the far-case split of add does not carry over "
     "(the result is not simply one operand); the near case (_fma_near_query, binary128) did "
     "not finish in 120 s here. Only BLAS deployment kernels that fuse rely on it",
     None),
    ("f32.transcendental_ulps", "tanh",
     "NumPy's float32 exp, log and tanh are within TRANSCENDENTAL_ULPS (8) ulps of the true "
     "value (measured max < 3 on 2x10^7 samples); a fact about the math library, not provable "
     "here", _transcendental_check),
]


def float32_obligations(registry=None) -> list[Obligation]:
    obs = [Obligation(name, "lemma", op, "QF_FP", None, timeout=120.0, doc=doc,
                      family="f32_round", solver="bitwuzla", smtlib_text=text)
           for name, op, text, doc in BITWUZLA]
    obs += real_obligations()
    obs += [Obligation(name, "axiom", op, "none", None, doc=reason, family="f32_axiom",
                       numeric=check) for name, op, reason, check in AXIOMS]
    return obs

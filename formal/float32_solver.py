"""Bit-precise binary32 lemmas in pure-FP SMT-LIB, discharged by Bitwuzla.

Z3 timed out (60 s) on every binary32 add/mul rounding-error lemma; Bitwuzla proves them in
seconds. Bitwuzla is optional (``pip install torchsmt[solvers]``): without it these lemmas are
``unknown`` with that reason, never proved. The texts are plain SMT-LIB (QF_FP) and are what
``prove-rule --emit`` writes.

Exactness of the reference: every lemma compares a binary32 result with the exact value computed
in binary128 (``Float128``) or binary64 only where that value is exact there: products of two
binary32 numbers (48 significant bits, binary128: the error of a subnormal result needs more
than 53 bits), sums of operands within 2^25 of each other (<= 50 bits: binary64), products by
powers of two. A bound on the right-hand side that is itself rounded is rounded toward -inf
(RTN), so the proved inequality implies the exact one.
"""

from __future__ import annotations

import time

W = "Float128"
U = f"((_ to_fp 15 113) RNE (/ 1.0 {2 ** 24}))"
ETA = f"((_ to_fp 15 113) RNE (/ 1.0 {2 ** 150}))"
FAR_EXP = 25  # "far" operands: |y| <= 2^-25 |x| (then fl(x + y) = x: |y| < half an ulp of x)
FAR = f"((_ to_fp 15 113) RNE (/ 1.0 {2 ** FAR_EXP}))"
HALF = "((_ to_fp 15 113) RNE 0.5)"
TWO = "((_ to_fp 15 113) RNE 2.0)"
ONE = "((_ to_fp 15 113) RNE 1.0)"


def wide(t: str) -> str:
    """A binary32 term converted (exactly) to binary128."""
    return f"((_ to_fp 15 113) RNE {t})"


def finite(*ts: str) -> str:
    return " ".join(f"(assert (not (or (fp.isInfinite {t}) (fp.isNaN {t}))))" for t in ts)


def query(decls: str, defs: str, hyps: str, claim: str) -> str:
    """Refutation query: unsat <=> the claim follows from the hypotheses."""
    return (f"(set-logic QF_FP)\n{decls}\n{defs}\n{hyps}\n(assert (not {claim}))\n"
            "(check-sat)\n(exit)\n")


def available() -> tuple[bool, str]:
    try:
        import bitwuzla  # noqa: F401
    except ImportError:
        return False, "bitwuzla is not installed (pip install 'torchsmt[solvers]'); not proved"
    return True, ""


def version() -> str:
    ok, _ = available()
    if not ok:
        return "absent"
    import bitwuzla

    return str(getattr(bitwuzla, "version", lambda: "?")())


def run_bitwuzla(text: str, timeout: float) -> tuple[str, float, str]:
    """(status, seconds, reason): 'unsat' / 'sat' / 'unknown' for the SMT-LIB ``text``."""
    ok, why = available()
    if not ok:
        return "unknown", 0.0, why
    import bitwuzla as bw

    tm = bw.TermManager()
    opts = bw.Options()
    opts.set(bw.Option.TIME_LIMIT_PER, max(1, int(timeout * 1000)))
    t0 = time.perf_counter()
    try:
        parser = bw.Parser(tm, opts)
        parser.parse(text, True, False)
        res = parser.bitwuzla().check_sat()
    except Exception as e:  # noqa: BLE001 - a parse or solver error is an unknown result
        return "unknown", time.perf_counter() - t0, f"bitwuzla error: {e}"
    dt = time.perf_counter() - t0
    r = str(res).lower()
    if r == "unsat":
        return "unsat", dt, ""
    if r == "sat":
        return "sat", dt, ""
    return "unknown", dt, "bitwuzla: unknown (time limit?)"

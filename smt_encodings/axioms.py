"""The trusted base for transcendentals: named axioms about the uninterpreted functions.

Each axiom is a universally quantified fact about ``ts_exp``/``ts_tanh``/``ts_sigmoid``/
``ts_log``. A query never contains the quantifier: the prover adds ground *instances* on the
applications the query already contains (an instance of a true statement is true, and ground
queries stay decidable and fast). Every axiom carries an independent NumPy check
(``numeric(x[, y]) -> bool array``), run by tests/test_smt_axioms.py at thousands of points.

Taylor enclosures (degree 12, Lagrange remainder): for 0 <= x <= 1,
``T12(x) + x^13/13! <= exp(x) <= T12(x) + e x^13/13!`` with e bounded by 2721/1001; for
-1 <= x <= 0, ``T12(x) + x^13/13! <= exp(x) <= T12(x)`` (x^13 <= 0 and e^xi in [e^-1, 1]).
tanh and sigmoid reach exp through their definitions ``tanh(x) (exp(2x) + 1) = exp(2x) - 1`` and
``sigmoid(x) (1 + exp(-x)) = 1``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction
from itertools import permutations
from typing import Any

import numpy as np
import z3

TAYLOR_DEGREE = 12
E_UPPER = Fraction(2721, 1001)  # 2.71828171... > e


@dataclass(frozen=True)
class Axiom:
    name: str
    func: str  # the uninterpreted function it is about
    arity: int  # number of quantified variables (instances: per application or per pair)
    text: str
    formula: Callable[..., z3.BoolRef]  # formula(sem, *application_args)
    numeric: Callable[..., np.ndarray]  # independent NumPy check at sample points
    tolerance_note: str = ""


def taylor(sem, x, n: int = TAYLOR_DEGREE):
    """sum_{k<=n} x^k / k! as a term (Horner form)."""
    acc = sem.const(Fraction(1, math.factorial(n)))
    for k in range(n - 1, -1, -1):
        acc = acc * x + sem.const(Fraction(1, math.factorial(k)))
    return acc


def _t13(sem, x):
    return sem.const(Fraction(1, math.factorial(TAYLOR_DEGREE + 1))) * x ** (TAYLOR_DEGREE + 1)


def _np_taylor(x, n=TAYLOR_DEGREE):
    return sum(x**k / math.factorial(k) for k in range(n + 1))


def _mono(f):
    return lambda s, a, b: z3.Implies(a <= b, s.apply(f, a) <= s.apply(f, b))


def _np_mono(fn, lo=-30.0, hi=30.0):
    def check(a, b):
        a, b = np.clip(a, lo, hi), np.clip(b, lo, hi)
        return (a > b) | (fn(a) <= fn(b))
    return check


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


AXIOMS: tuple[Axiom, ...] = (
    Axiom("exp.monotone", "exp", 2, "a <= b -> exp a <= exp b", _mono("exp"), _np_mono(np.exp)),
    Axiom("exp.pos", "exp", 1, "0 < exp x",
          lambda s, a: s.apply("exp", a) > 0, lambda x: np.exp(np.clip(x, -700, 700)) > 0),
    Axiom("exp.ge_one_add", "exp", 1, "1 + x <= exp x",
          lambda s, a: 1 + a <= s.apply("exp", a),
          lambda x: 1 + x <= np.exp(np.clip(x, -700, 700)) * (1 + 1e-15)),
    Axiom("exp.le_one_of_nonpos", "exp", 1, "x <= 0 -> exp x <= 1",
          lambda s, a: z3.Implies(a <= 0, s.apply("exp", a) <= 1),
          lambda x: (x > 0) | (np.exp(np.clip(x, -700, 0)) <= 1)),
    Axiom("exp.ge_one_of_nonneg", "exp", 1, "0 <= x -> 1 <= exp x",
          lambda s, a: z3.Implies(a >= 0, s.apply("exp", a) >= 1),
          lambda x: (x < 0) | (np.exp(np.clip(x, 0, 700)) >= 1)),
    Axiom("exp.zero", "exp", 1, "exp 0 = 1",
          lambda s, a: z3.Implies(a == 0, s.apply("exp", a) == 1), lambda x: np.exp(0 * x) == 1),
    Axiom("exp.taylor12_on_Icc_0_1", "exp", 1,
          "0 <= x <= 1 -> T12 x + x^13/13! <= exp x <= T12 x + (2721/1001) x^13/13!",
          lambda s, a: z3.Implies(z3.And(0 <= a, a <= 1), z3.And(
              taylor(s, a) + _t13(s, a) <= s.apply("exp", a),
              s.apply("exp", a) <= taylor(s, a) + s.const(E_UPPER) * _t13(s, a))),
          lambda x: _taylor_check(np.clip(np.abs(x), 0, 1), float(E_UPPER))),
    Axiom("exp.taylor12_on_Icc_neg1_0", "exp", 1,
          "-1 <= x <= 0 -> T12 x + x^13/13! <= exp x <= T12 x",
          lambda s, a: z3.Implies(z3.And(-1 <= a, a <= 0), z3.And(
              taylor(s, a) + _t13(s, a) <= s.apply("exp", a), s.apply("exp", a) <= taylor(s, a))),
          lambda x: _taylor_check(-np.clip(np.abs(x), 0, 1), 1.0)),
    Axiom("tanh.monotone", "tanh", 2, "a <= b -> tanh a <= tanh b", _mono("tanh"),
          _np_mono(np.tanh)),
    Axiom("tanh.range", "tanh", 1, "-1 < tanh x < 1",
          lambda s, a: z3.And(-1 < s.apply("tanh", a), s.apply("tanh", a) < 1),
          lambda x: np.abs(np.tanh(np.clip(x, -18, 18))) < 1),
    Axiom("tanh.zero", "tanh", 1, "tanh 0 = 0",
          lambda s, a: z3.Implies(a == 0, s.apply("tanh", a) == 0), lambda x: np.tanh(0 * x) == 0),
    Axiom("tanh.def_exp", "tanh", 1, "tanh x * (exp(2x) + 1) = exp(2x) - 1",
          lambda s, a: s.apply("tanh", a) * (s.apply("exp", 2 * a) + 1) ==
          s.apply("exp", 2 * a) - 1,
          lambda x: np.isclose(np.tanh(x) * (np.exp(2 * np.clip(x, -20, 20)) + 1),
                               np.exp(2 * np.clip(x, -20, 20)) - 1, rtol=1e-12, atol=1e-12)
          | (np.abs(x) > 20)),
    Axiom("sigmoid.monotone", "sigmoid", 2, "a <= b -> sigmoid a <= sigmoid b",
          _mono("sigmoid"), _np_mono(_sigmoid)),
    Axiom("sigmoid.range", "sigmoid", 1, "0 < sigmoid x < 1",
          lambda s, a: z3.And(0 < s.apply("sigmoid", a), s.apply("sigmoid", a) < 1),
          lambda x: (_sigmoid(np.clip(x, -36, 36)) > 0) & (_sigmoid(np.clip(x, -36, 36)) < 1)),
    Axiom("sigmoid.def_exp", "sigmoid", 1, "sigmoid x * (1 + exp(-x)) = 1",
          lambda s, a: s.apply("sigmoid", a) * (1 + s.apply("exp", -a)) == 1,
          lambda x: np.isclose(_sigmoid(x) * (1 + np.exp(-np.clip(x, -30, 30))), 1.0,
                               rtol=1e-13) | (np.abs(x) > 30)),
    Axiom("log.monotone", "log", 2, "0 < a <= b -> log a <= log b",
          lambda s, a, b: z3.Implies(z3.And(0 < a, a <= b), s.apply("log", a) <= s.apply("log", b)),
          lambda a, b: (np.abs(a) > np.abs(b)) | (np.log(np.abs(a) + 1e-300) <=
                                                  np.log(np.abs(b) + 1e-300))),
    Axiom("log.exp", "log", 1, "0 < x -> exp(log x) = x",
          lambda s, a: z3.Implies(0 < a, s.apply("exp", s.apply("log", a)) == a),
          lambda x: np.isclose(np.exp(np.log(np.abs(x) + 1e-3)), np.abs(x) + 1e-3, rtol=1e-13)),
)

# The dual semantics' derivative table is trusted too (smt_encodings/dual.py); each entry is
# checked against central finite differences in tests/test_smt_axioms.py.
DERIVATIVES: dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = {
    "exp": ("exp' = exp", np.exp, np.exp),
    "log": ("log' = 1/x", np.log, lambda x: 1 / x),
    "tanh": ("tanh' = 1 - tanh^2", np.tanh, lambda x: 1 - np.tanh(x) ** 2),
    "sigmoid": ("sigmoid' = s (1 - s)", _sigmoid, lambda x: _sigmoid(x) * (1 - _sigmoid(x))),
    "sqrt": ("sqrt' = 1 / (2 sqrt)", np.sqrt, lambda x: 0.5 / np.sqrt(x)),
}

BY_NAME = {a.name: a for a in AXIOMS}
DEFAULT = tuple(a.name for a in AXIOMS if a.name.endswith((".monotone", ".range", ".pos",
                                                           ".zero", "_nonpos", "_nonneg")))


def _taylor_check(x, e_upper):
    t, r = _np_taylor(x), x**13 / math.factorial(13)
    ex = np.exp(x)
    lo, hi = t + r, t + e_upper * r if e_upper > 1 else t
    return (lo <= ex * (1 + 1e-14)) & (ex <= hi * (1 + 1e-14))


def instantiate(sem, names=DEFAULT, max_pairs: int = 2000) -> list[z3.BoolRef]:
    """Ground instances of the named axioms on the applications ``sem`` has recorded.

    Instances may create new applications (``tanh.def_exp`` mentions exp(2x)); one round of
    instantiation is done for those (enough for the catalog's lemmas, and terminating).
    """
    out: list[z3.BoolRef] = []
    seen: set[tuple] = set()
    for _round in range(2):
        apps = {f: list(d.values()) for f, d in sem.apps.items()}
        for name in names:
            ax = BY_NAME[name]
            args = [t.arg(0) for t in apps.get(ax.func, [])]
            if ax.arity == 1:
                tuples = [(a,) for a in args]
            else:
                tuples = list(permutations(args, 2))[:max_pairs]
            for tup in tuples:
                key = (name, *(a.get_id() for a in tup))
                if key in seen:
                    continue
                seen.add(key)
                out.append(ax.formula(sem, *tup))
    return out

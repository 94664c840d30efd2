"""Exact real semantics: rational constants, exact + - * /, uninterpreted transcendentals.

Each object owns one explicit ``z3.Context``. Besides the terms it builds, it records the
hypotheses the terms rely on, kept apart so a lemma states them honestly:

- ``defs``: definitions of fresh symbols (a quotient ``q`` with ``q * b == a``; a square root
  ``s >= 0, s * s == x``; branch masks). True by construction; they only name subterms.
- ``domain``: where the encoding is defined (``b != 0`` for a division, ``x >= 0`` for sqrt,
  ``x > 0`` for log). Division is cross-multiplied into a fresh symbol because Z3's nonlinear
  solver handles ``q * b == a`` far better than native division (softmax timed out otherwise).
- ``apps``: every transcendental application, so named axioms can be instantiated on them.
- ``inputs``: the free variables by name (counterexamples are read back through them).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np
import z3

from torchsmt.ir.errors import UnsupportedError

from .symarray import ArraySemantics, SymArray

TRANSCENDENTAL = ("exp", "log", "tanh", "sigmoid", "sqrt")


class RealSemantics(ArraySemantics):
    """Exact real arithmetic over ``z3.Real`` terms in ``ctx``.

    ``masks=True`` encodes ``where(c, a, b)`` as ``b + m * (a - b)`` with a 0/1 real ``m`` tied to
    ``c`` (shared by every use of the same comparison): term size stays linear through deep graphs,
    where nested ``If`` terms made Z3 time out (issue 4's measurement on relu chains).
    """

    name = "reals"

    def __init__(self, ctx: z3.Context | None = None, *, masks: bool = False,
                 div: str = "fresh"):
        self.ctx = ctx if ctx is not None else z3.Context()
        self.masks = masks
        self.div_mode = div
        self.defs: list[z3.BoolRef] = []
        self.domain: list[z3.BoolRef] = []
        self.apps: dict[str, dict[int, z3.ExprRef]] = {k: {} for k in TRANSCENDENTAL}
        self.inputs: dict[str, SymArray] = {}
        self.fresh_defs: dict[str, z3.ExprRef] = {}  # fresh symbol -> native definition (eval)
        self._consts: dict[Fraction, z3.ArithRef] = {}
        self._memo: dict[tuple, Any] = {}
        self._funcs: dict[str, z3.FuncDeclRef] = {}
        self._n = 0
        self.sort = z3.RealSort(self.ctx)

    # -- scalars ---------------------------------------------------------------------------------
    def const(self, value: Fraction | int | float) -> z3.ArithRef:
        f = Fraction(value)
        c = self._consts.get(f)
        if c is None:
            c = z3.RealVal(f"{f.numerator}/{f.denominator}", self.ctx)
            self._consts[f] = c
        return c

    def is_scalar(self, x: Any) -> bool:
        return isinstance(x, z3.ArithRef)

    def lift_scalar(self, x: Any) -> Any:
        if isinstance(x, (float, np.floating)) and np.isinf(x):
            return self.infinity(1 if x > 0 else -1)
        return super().lift_scalar(x)

    def infinity(self, sign: int) -> z3.ArithRef:
        """An unconstrained symbol standing for +-inf in rule code (interval ends): a lemma
        proved with it holds for every real in its place; claims treat it as the open end."""
        self._inf_used = True
        return z3.Real("+inf!" if sign > 0 else "-inf!", self.ctx)

    _inf_used = False

    def s_isfinite(self, a):
        if not self._inf_used:  # no infinity symbol exists yet: every term is finite
            return True
        a = self._num(a)
        return z3.And(a != self.infinity(1), a != self.infinity(-1))

    def isfinite(self, a):
        return self._apply(self.s_isfinite, a)

    def isnan(self, a):
        return np.zeros(np.shape(self._plain(a)), dtype=bool)

    def isinf(self, a):
        return self._apply(lambda t: z3.Not(self.s_isfinite(t)), a)

    def is_cond(self, x: Any) -> bool:
        return isinstance(x, z3.BoolRef)

    def fresh(self, prefix: str) -> z3.ArithRef:
        self._n += 1
        return z3.Real(f"{prefix}!{self._n}", self.ctx)

    def var(self, name: str, shape: tuple[int, ...] = ()) -> SymArray:
        """A fresh array of free real variables ``name[i,j]`` (recorded in ``inputs``)."""
        out = np.empty(shape, dtype=object)
        for idx in np.ndindex(*shape):
            suffix = "_".join(map(str, idx))
            out[idx] = z3.Real(f"{name}{'_' + suffix if suffix else ''}", self.ctx)
        arr = self._wrap(out)
        self.inputs[name] = arr
        return arr

    def scalar_var(self, name: str) -> z3.ArithRef:
        return z3.Real(name, self.ctx)

    def s_add(self, a, b):
        return self._num(a) + self._num(b)

    def s_sub(self, a, b):
        return self._num(a) - self._num(b)

    def s_mul(self, a, b):
        return self._num(a) * self._num(b)

    def s_neg(self, a):
        return -self._num(a)

    def _num(self, x):
        return x if isinstance(x, z3.ArithRef) else self.lift_scalar(x)

    def s_div(self, a, b):
        a, b = self._num(a), self._num(b)
        if z3.is_rational_value(b):
            f = Fraction(b.numerator_as_long(), b.denominator_as_long())
            if f == 0:
                raise UnsupportedError("SMT semantics: division by the constant 0")
            return a * self.const(1 / f)
        self.domain.append(b != 0)
        if self.div_mode == "native":
            return a / b
        key = ("div", a.get_id(), b.get_id())
        q = self._memo.get(key)
        if q is None:
            q = self.fresh("div")
            self._memo[key] = q
            self.defs.append(z3.Implies(b != 0, q * b == a))
            self.fresh_defs[str(q)] = a / b
        return q

    def sum_list(self, items):
        return z3.Sum([self._num(i) for i in items]) if len(items) > 1 else self._num(items[0])

    # comparisons
    def s_gt(self, a, b):
        return self._num(a) > self._num(b)

    def s_ge(self, a, b):
        return self._num(a) >= self._num(b)

    def s_lt(self, a, b):
        return self._num(a) < self._num(b)

    def s_le(self, a, b):
        return self._num(a) <= self._num(b)

    def s_eq(self, a, b):
        return self._num(a) == self._num(b)

    def s_ne(self, a, b):
        return self._num(a) != self._num(b)

    def s_and(self, a, b):
        return z3.And(self._cond(a), self._cond(b))

    def s_or(self, a, b):
        return z3.Or(self._cond(a), self._cond(b))

    def s_not(self, a):
        return z3.Not(self._cond(a))

    def _cond(self, c):
        if isinstance(c, (bool, np.bool_)):
            return z3.BoolVal(bool(c), self.ctx)
        return c

    def ite(self, c, a, b):
        if isinstance(c, (bool, np.bool_)):
            return self._num(a) if c else self._num(b)
        a, b = self._num(a), self._num(b)
        if z3.is_true(c):
            return a
        if z3.is_false(c):
            return b
        if not self.masks:
            return z3.If(c, a, b)
        m = self.mask(c)
        return b + m * (a - b)

    def mask(self, c: z3.BoolRef) -> z3.ArithRef:
        """A 0/1 real standing for condition ``c`` (shared by every use of ``c``)."""
        key = ("mask", c.get_id())
        m = self._memo.get(key)
        if m is None:
            m = self.fresh("mask")
            self._memo[key] = m
            self.defs.append(z3.Or(z3.And(m == 1, c), z3.And(m == 0, z3.Not(c))))
            self.fresh_defs[str(m)] = z3.If(c, self.const(1), self.const(0))
        return m

    def s_nextafter(self, a, b):
        """One ulp towards b, over-approximated: a + d toward b for a fresh d >= 0 (any amount).

        Rule code uses it to round outward; a lemma proved with it holds for every step size.
        """
        a, b = self._num(a), self._num(b)
        if z3.is_rational_value(a) and z3.is_rational_value(b) and z3.simplify(a == b).eq(
                z3.BoolVal(True, self.ctx)):
            return a
        d = self.fresh("ulp")
        self.defs.append(d >= 0)
        self.fresh_defs[str(d)] = self.const(0)
        return z3.If(b > a, a + d, z3.If(b < a, a - d, a))

    # -- transcendentals -------------------------------------------------------------------------
    def func(self, name: str) -> z3.FuncDeclRef:
        f = self._funcs.get(name)
        if f is None:
            f = z3.Function(f"ts_{name}", self.sort, self.sort)
            self._funcs[name] = f
        return f

    def apply(self, name: str, a) -> z3.ArithRef:
        a = self._num(a)
        r = self.func(name)(a)
        self.apps[name].setdefault(r.get_id(), r)
        return r

    def s_exp(self, a):
        return self.apply("exp", a)

    def s_tanh(self, a):
        return self.apply("tanh", a)

    def s_sigmoid(self, a):
        return self.apply("sigmoid", a)

    def s_log(self, a):
        a = self._num(a)
        self.domain.append(a > 0)
        return self.apply("log", a)

    def s_sqrt(self, a):
        # Exact by definition: s >= 0 and s * s == a (on the domain a >= 0), no trusted axiom.
        a = self._num(a)
        if z3.is_rational_value(a):
            f = Fraction(a.numerator_as_long(), a.denominator_as_long())
            n, d = f.numerator, f.denominator
            rn, rd = int(round(n ** 0.5)), int(round(d ** 0.5))
            if f >= 0 and rn * rn == n and rd * rd == d:
                return self.const(Fraction(rn, rd))
        self.domain.append(a >= 0)
        r = self.apply("sqrt", a)
        self.defs.append(z3.Implies(a >= 0, z3.And(r >= 0, r * r == a)))
        return r

    # -- hypotheses ------------------------------------------------------------------------------
    def hypotheses(self) -> list[z3.BoolRef]:
        return list(self.defs) + list(self.domain)

    def kink(self, a, b) -> z3.BoolRef | None:
        """The dual semantics records ``a != b`` for each branch comparison (None: constants)."""
        a, b = self._num(a), self._num(b)
        if z3.is_rational_value(a) and z3.is_rational_value(b):
            return None
        return a != b

"""The trusted forward-mode interpretation: dual numbers over any base semantics.

Running an op's SMT encoding (its ``impl``) on ``Dual(primal, tangent)`` scalars gives ``J v``
independently of the op's own ``jvp``/``vjp`` rules. What is trusted is this file's derivative
table (sum, product and quotient rules, ``exp' = exp``, ``log' = 1/x``, ``tanh' = 1 - tanh^2``,
``sigmoid' = s (1 - s)``, ``sqrt' = 1 / (2 sqrt)``), listed with the axioms in docs/architecture.md.

Branches: ``where(c, a, b)`` differentiates the chosen branch. The derivative is only meaningful
off the boundary of each branch condition, so every comparison between non-constant primals is
recorded as a kink ``a != b``; adjointness lemmas hold off kinks (a measure-zero set) and the
conventions at kinks are separate lemmas (``relu.vjp_zero_at_zero``, ...).
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np

from .symarray import ArraySemantics, SymArray


class Dual:
    __slots__ = ("p", "t")

    def __init__(self, p: Any, t: Any):
        self.p = p
        self.t = t

    def __repr__(self) -> str:
        return f"Dual({self.p}, {self.t})"


class DualSemantics(ArraySemantics):
    def __init__(self, base: ArraySemantics):
        self.base = base
        self.kinks: list[Any] = []
        self._zero = base.const(Fraction(0))

    @property
    def ctx(self):
        return getattr(self.base, "ctx", None)

    def const(self, value) -> Dual:
        return Dual(self.base.const(value), self._zero)

    def is_scalar(self, x: Any) -> bool:
        return isinstance(x, Dual)

    def is_cond(self, x: Any) -> bool:
        return self.base.is_cond(x)

    def pack(self, primal: SymArray, tangent: SymArray) -> SymArray:
        p, t = self.base._plain(primal), self.base._plain(tangent)
        out = np.empty(p.shape, dtype=object)
        for idx in np.ndindex(*p.shape):
            out[idx] = Dual(p[idx], t[idx])
        return self._wrap(out)

    def primal(self, x: SymArray) -> SymArray:
        return self.base._wrap(np.frompyfunc(lambda d: d.p, 1, 1)(self._plain(x))
                               if np.ndim(x) else self.base._box(self._plain(x)[()].p))

    def tangent(self, x: SymArray) -> SymArray:
        return self.base._wrap(np.frompyfunc(lambda d: d.t, 1, 1)(self._plain(x))
                               if np.ndim(x) else self.base._box(self._plain(x)[()].t))

    def _d(self, x) -> Dual:
        return x if isinstance(x, Dual) else self.lift_scalar(x)

    # -- the derivative table --------------------------------------------------------------------
    def s_add(self, a, b):
        a, b, B = self._d(a), self._d(b), self.base
        return Dual(B.s_add(a.p, b.p), B.s_add(a.t, b.t))

    def s_sub(self, a, b):
        a, b, B = self._d(a), self._d(b), self.base
        return Dual(B.s_sub(a.p, b.p), B.s_sub(a.t, b.t))

    def s_neg(self, a):
        a, B = self._d(a), self.base
        return Dual(B.s_neg(a.p), B.s_neg(a.t))

    def s_mul(self, a, b):
        a, b, B = self._d(a), self._d(b), self.base
        return Dual(B.s_mul(a.p, b.p), B.s_add(B.s_mul(a.t, b.p), B.s_mul(a.p, b.t)))

    def s_div(self, a, b):
        # (a/b)' = (a' - q b') / b with q = a/b.
        a, b, B = self._d(a), self._d(b), self.base
        q = B.s_div(a.p, b.p)
        return Dual(q, B.s_div(B.s_sub(a.t, B.s_mul(q, b.t)), b.p))

    def s_exp(self, a):
        a, B = self._d(a), self.base
        e = B.s_exp(a.p)
        return Dual(e, B.s_mul(e, a.t))

    def s_log(self, a):
        a, B = self._d(a), self.base
        return Dual(B.s_log(a.p), B.s_div(a.t, a.p))

    def s_tanh(self, a):
        a, B = self._d(a), self.base
        y = B.s_tanh(a.p)
        return Dual(y, B.s_mul(B.s_sub(B.const(1), B.s_mul(y, y)), a.t))

    def s_sigmoid(self, a):
        a, B = self._d(a), self.base
        s = B.s_sigmoid(a.p)
        return Dual(s, B.s_mul(B.s_mul(s, B.s_sub(B.const(1), s)), a.t))

    def s_sqrt(self, a):
        a, B = self._d(a), self.base
        r = B.s_sqrt(a.p)
        return Dual(r, B.s_div(a.t, B.s_mul(B.const(2), r)))

    # -- branches --------------------------------------------------------------------------------
    def _cmp(self, name: str, a, b):
        a, b = self._d(a), self._d(b)
        if name in ("gt", "ge", "lt", "le"):
            self._kink(a.p, b.p)
        return getattr(self.base, "s_" + name)(a.p, b.p)

    def _kink(self, pa, pb) -> None:
        if hasattr(self.base, "kink"):
            k = self.base.kink(pa, pb)
            if k is not None:
                self.kinks.append(k)

    def s_gt(self, a, b):
        return self._cmp("gt", a, b)

    def s_ge(self, a, b):
        return self._cmp("ge", a, b)

    def s_lt(self, a, b):
        return self._cmp("lt", a, b)

    def s_le(self, a, b):
        return self._cmp("le", a, b)

    def s_eq(self, a, b):
        return self._cmp("eq", a, b)

    def s_ne(self, a, b):
        return self._cmp("ne", a, b)

    def s_and(self, a, b):
        return self.base.s_and(a, b)

    def s_or(self, a, b):
        return self.base.s_or(a, b)

    def s_not(self, a):
        return self.base.s_not(a)

    def ite(self, c, a, b):
        a, b, B = self._d(a), self._d(b), self.base
        return Dual(B.ite(c, a.p, b.p), B.ite(c, a.t, b.t))

    def sum_list(self, items):
        B = self.base
        items = [self._d(i) for i in items]
        return Dual(B.sum_list([i.p for i in items]), B.sum_list([i.t for i in items]))

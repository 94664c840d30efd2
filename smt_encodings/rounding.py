"""Real arithmetic with explicit binary32 rounding terms, for reasoning about composites.

Each rounded operation returns ``exact * (1 + d) + e`` with fresh reals ``|d| <= 2^-24`` and
``|e| <= 2^-150`` (the standard model of round-to-nearest; Higham, Thm 2.2, with the underflow
term). The model only holds without overflow, so each rounding adds the domain hypothesis
``|exact| <= MAX_F32``. Transcendentals (uninterpreted) are assumed faithfully rounded
(``|d| <= 2^-23``): a documented assumption about the math library, listed in the trusted base.
Constants are the binary32 values NumPy would use; comparisons are exact.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import z3

from .reals import RealSemantics

U = Fraction(1, 2**24)
ETA = Fraction(1, 2**150)
MAX_F32 = Fraction(int(np.finfo(np.float32).max))


class RoundingSemantics(RealSemantics):
    name = "rounding"

    def __init__(self, ctx: z3.Context | None = None, *, masks: bool = False):
        super().__init__(ctx, masks=masks, div="fresh")
        self.roundings = 0

    def const(self, value) -> z3.ArithRef:
        return super().const(Fraction(float(np.float32(float(Fraction(value))))))

    def round(self, exact: z3.ArithRef, u: Fraction = U) -> z3.ArithRef:
        if z3.is_rational_value(exact):
            f = Fraction(exact.numerator_as_long(), exact.denominator_as_long())
            if Fraction(float(np.float32(float(f)))) == f:
                return exact  # representable: rounding is the identity
        self.roundings += 1
        d, e = self.fresh("rnd_d"), self.fresh("rnd_e")
        ud, ue = RealSemantics.const(self, u), RealSemantics.const(self, ETA)
        self.defs += [-ud <= d, d <= ud, -ue <= e, e <= ue]
        mx = RealSemantics.const(self, MAX_F32)
        self.domain += [-mx <= exact, exact <= mx]
        return exact * (1 + d) + e

    def sum_list(self, items):  # sequential, one rounding per addition (index order)
        acc = self._num(items[0])
        for it in items[1:]:
            acc = self.s_add(acc, it)
        return acc

    def s_add(self, a, b):
        return self.round(super().s_add(a, b))

    def s_sub(self, a, b):
        return self.round(super().s_sub(a, b))

    def s_mul(self, a, b):
        return self.round(super().s_mul(a, b))

    def s_div(self, a, b):
        return self.round(super().s_div(a, b))

    def s_sqrt(self, a):
        return self.round(super().s_sqrt(a))

    def apply(self, name, a):
        r = super().apply(name, a)
        return r if name == "sqrt" else self.round(r, 2 * U)

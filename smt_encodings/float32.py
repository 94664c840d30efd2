"""IEEE 754 binary32, bit-precise: ``FPSort(8, 24)``, round-to-nearest-even, every helper given ctx.

(z3py's FP helpers fall back to the global context when ``ctx`` is omitted, which mixes contexts
and can crash; every call here passes ``ctx=``.) Transcendentals are uninterpreted FP functions.
Summation is sequential in index order, matching a fixed-order float32 executor.
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import numpy as np
import z3

from .symarray import ArraySemantics, SymArray


class Float32Semantics(ArraySemantics):
    name = "float32"
    float_type = np.float32

    def __init__(self, ctx: z3.Context | None = None):
        self.ctx = ctx if ctx is not None else z3.Context()
        self.sort = z3.FPSort(8, 24, self.ctx)
        self.rm = z3.RNE(self.ctx)
        self.inputs: dict[str, SymArray] = {}
        self.defs: list[z3.BoolRef] = []
        self.domain: list[z3.BoolRef] = []
        self._funcs: dict[str, z3.FuncDeclRef] = {}

    def const(self, value) -> z3.FPRef:
        return self.fp(float(np.float32(float(Fraction(value)))))

    def fp(self, x: float) -> z3.FPRef:
        return z3.FPVal(float(np.float32(x)), None, self.sort, self.ctx)

    def is_scalar(self, x: Any) -> bool:
        return isinstance(x, z3.FPRef)

    def lift_scalar(self, x: Any) -> Any:
        # Floats keep their sign of zero, infinities and NaN (no detour through Fraction).
        if isinstance(x, (float, np.floating)) and not isinstance(x, bool):
            return self.fp(float(x))
        return super().lift_scalar(x)

    def is_cond(self, x: Any) -> bool:
        return isinstance(x, z3.BoolRef)

    def var(self, name: str, shape: tuple[int, ...] = ()) -> SymArray:
        out = np.empty(shape, dtype=object)
        for idx in np.ndindex(*shape):
            suffix = "_".join(map(str, idx))
            out[idx] = z3.FP(f"{name}{'_' + suffix if suffix else ''}", self.sort, self.ctx)
        arr = self._wrap(out)
        self.inputs[name] = arr
        return arr

    def _f(self, x):
        return x if isinstance(x, z3.FPRef) else self.lift_scalar(x)

    def s_add(self, a, b):
        return z3.fpAdd(self.rm, self._f(a), self._f(b), ctx=self.ctx)

    def s_sub(self, a, b):
        return z3.fpSub(self.rm, self._f(a), self._f(b), ctx=self.ctx)

    def s_mul(self, a, b):
        return z3.fpMul(self.rm, self._f(a), self._f(b), ctx=self.ctx)

    def s_div(self, a, b):
        return z3.fpDiv(self.rm, self._f(a), self._f(b), ctx=self.ctx)

    def s_neg(self, a):
        return z3.fpNeg(self._f(a), ctx=self.ctx)

    def s_abs(self, a):
        return z3.fpAbs(self._f(a), ctx=self.ctx)

    def s_sqrt(self, a):
        return z3.fpSqrt(self.rm, self._f(a), ctx=self.ctx)

    def s_gt(self, a, b):
        return z3.fpGT(self._f(a), self._f(b), ctx=self.ctx)

    def s_ge(self, a, b):
        return z3.fpGEQ(self._f(a), self._f(b), ctx=self.ctx)

    def s_lt(self, a, b):
        return z3.fpLT(self._f(a), self._f(b), ctx=self.ctx)

    def s_le(self, a, b):
        return z3.fpLEQ(self._f(a), self._f(b), ctx=self.ctx)

    def s_eq(self, a, b):
        return z3.fpEQ(self._f(a), self._f(b), ctx=self.ctx)

    def s_ne(self, a, b):
        return z3.fpNEQ(self._f(a), self._f(b), ctx=self.ctx)

    def s_and(self, a, b):
        return z3.And(a, b)

    def s_or(self, a, b):
        return z3.Or(a, b)

    def s_not(self, a):
        return z3.Not(a)

    def is_nan(self, a):
        return z3.fpIsNaN(a, ctx=self.ctx)

    def is_finite(self, a):
        return z3.And(z3.Not(z3.fpIsNaN(a, ctx=self.ctx)), z3.Not(z3.fpIsInf(a, ctx=self.ctx)))

    def s_maximum(self, a, b):
        # np.maximum: NaN if either is NaN, else a if a > b else b (the second on ties, -0/+0).
        a, b = self._f(a), self._f(b)
        return z3.If(self.is_nan(a), a, z3.If(self.is_nan(b), b,
                                              z3.If(self.s_gt(a, b), a, b)))

    def s_minimum(self, a, b):
        a, b = self._f(a), self._f(b)
        return z3.If(self.is_nan(a), a, z3.If(self.is_nan(b), b,
                                              z3.If(self.s_lt(a, b), a, b)))

    def ite(self, c, a, b):
        if isinstance(c, (bool, np.bool_)):
            return self._f(a) if c else self._f(b)
        return z3.If(c, self._f(a), self._f(b))

    def _uf(self, name, a):
        f = self._funcs.get(name)
        if f is None:
            f = z3.Function(f"ts_{name}_f32", self.sort, self.sort)
            self._funcs[name] = f
        return f(self._f(a))

    def s_exp(self, a):
        return self._uf("exp", a)

    def s_log(self, a):
        return self._uf("log", a)

    def s_tanh(self, a):
        return self._uf("tanh", a)

    def s_sigmoid(self, a):
        return self._uf("sigmoid", a)

    def hypotheses(self) -> list[z3.BoolRef]:
        return list(self.defs) + list(self.domain)

    def value(self, t: z3.ExprRef) -> np.float32:
        """The binary32 value of a ground FP term, bit for bit (NaN payloads canonical)."""
        if isinstance(t, np.ndarray):
            t = t.view(np.ndarray)[()]
        v = z3.simplify(t)
        if z3.is_fp_value(v) and v.isNaN():  # NaN has no unique bit pattern in SMT-LIB
            return np.float32("nan")
        bits = z3.simplify(z3.fpToIEEEBV(v, ctx=self.ctx))
        if not z3.is_bv_value(bits):
            raise ValueError(f"not a ground float term: {t}")
        return np.array([bits.as_long()], dtype=np.uint32).view(np.float32)[0]

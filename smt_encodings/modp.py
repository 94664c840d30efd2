"""Arithmetic modulo a large prime, for randomized polynomial-identity checks (Schwartz-Zippel).

Field elements are Python ints. Transcendental applications become random field elements
memoized by argument (so ``exp`` of the same value agrees everywhere); the dual semantics applies
its derivative table to them (``exp' = exp``, ``tanh' = 1 - t^2``, ...), which makes the checked
identity polynomial in those values. A branch condition becomes a random bit memoized by its
operand pair, read as "left > right" whatever the comparison (ties have probability ~1/p);
equality compares field elements exactly. The result is probabilistic, never a proof.
"""

from __future__ import annotations

import random
from fractions import Fraction
from typing import Any

import numpy as np

from torchsmt.ir.errors import UnsupportedError

from .symarray import ArraySemantics, SymArray

P = (1 << 127) - 1  # a Mersenne prime


class Cond:
    __slots__ = ("v",)

    def __init__(self, v: bool):
        self.v = v


class ModPSemantics(ArraySemantics):
    name = "modp"

    def __init__(self, seed: int = 0, p: int = P):
        self.p = p
        self.rng = random.Random(seed)
        self._memo: dict[tuple, Any] = {}

    def const(self, value) -> int:
        f = Fraction(value)
        return f.numerator % self.p * pow(f.denominator, -1, self.p) % self.p

    def is_scalar(self, x: Any) -> bool:
        return isinstance(x, int) and not isinstance(x, bool)

    def is_cond(self, x: Any) -> bool:
        return isinstance(x, Cond)

    def lift_scalar(self, x):
        if isinstance(x, Cond):
            return x
        if isinstance(x, (bool, np.bool_)):
            return Cond(bool(x))
        if isinstance(x, int):
            return x % self.p
        return super().lift_scalar(x)

    def random(self, shape: tuple[int, ...]) -> SymArray:
        out = np.empty(shape, dtype=object)
        for idx in np.ndindex(*shape):
            out[idx] = self.rng.randrange(self.p)
        return self._wrap(out)

    def _i(self, x) -> int:
        return x if self.is_scalar(x) else self.lift_scalar(x)

    def s_add(self, a, b):
        return (self._i(a) + self._i(b)) % self.p

    def s_sub(self, a, b):
        return (self._i(a) - self._i(b)) % self.p

    def s_mul(self, a, b):
        return self._i(a) * self._i(b) % self.p

    def s_neg(self, a):
        return -self._i(a) % self.p

    def s_div(self, a, b):
        b = self._i(b)
        if b == 0:
            raise UnsupportedError("modular evaluation hit a zero divisor (retry another seed)")
        return self._i(a) * pow(b, -1, self.p) % self.p

    def _bit(self, a, b) -> Cond:
        a, b = self._i(a), self._i(b)
        if ("cmp", b, a) in self._memo:
            return Cond(not self._memo[("cmp", b, a)])
        key = ("cmp", a, b)
        if key not in self._memo:
            self._memo[key] = self.rng.random() < 0.5
        return Cond(self._memo[key])

    def s_gt(self, a, b):
        return self._bit(a, b)

    s_ge = s_gt

    def s_lt(self, a, b):
        return self._bit(b, a)

    s_le = s_lt

    def s_eq(self, a, b):
        return Cond(self._i(a) == self._i(b))

    def s_ne(self, a, b):
        return Cond(self._i(a) != self._i(b))

    def s_and(self, a, b):
        return Cond(self.lift_scalar(a).v and self.lift_scalar(b).v)

    def s_or(self, a, b):
        return Cond(self.lift_scalar(a).v or self.lift_scalar(b).v)

    def s_not(self, a):
        return Cond(not self.lift_scalar(a).v)

    def ite(self, c, a, b):
        return self._i(a) if self.lift_scalar(c).v else self._i(b)

    def apply(self, name: str, a) -> int:
        key = (name, self._i(a))
        if key not in self._memo:
            self._memo[key] = self.rng.randrange(1, self.p)
        return self._memo[key]

    def s_exp(self, a):
        return self.apply("exp", a)

    def s_log(self, a):
        return self.apply("log", a)

    def s_tanh(self, a):
        return self.apply("tanh", a)

    def s_sigmoid(self, a):
        return self.apply("sigmoid", a)

    def s_sqrt(self, a):
        return self.apply("sqrt", a)

    def kink(self, a, b):
        return None

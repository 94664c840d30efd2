"""Evaluate real-valued z3 terms numerically (vectorized over many points at once, float64).

Used to test encodings against NumPy at thousands of points without a solver call, and to
validate a model the solver returns for a query with uninterpreted functions (is the
counterexample real, or an artefact of the abstraction?). Fresh symbols (quotients, masks, square
roots) are evaluated through their native definitions recorded by the semantics.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import z3

_FUNCS = {
    "ts_exp": np.exp, "ts_log": np.log, "ts_tanh": np.tanh, "ts_sqrt": np.sqrt,
    "ts_sigmoid": lambda x: 1.0 / (1.0 + np.exp(-x)),
}


class Evaluator:
    def __init__(self, env: Mapping[str, Any], fresh_defs: Mapping[str, z3.ExprRef] = ()):
        self.env = {k: np.asarray(v, dtype=np.float64) for k, v in env.items()}
        self.fresh = dict(fresh_defs)
        self.memo: dict[int, Any] = {}

    def __call__(self, t: z3.ExprRef) -> Any:
        key = t.get_id()
        if key in self.memo:
            return self.memo[key]
        r = self._eval(t)
        self.memo[key] = r
        return r

    def _eval(self, t: z3.ExprRef) -> Any:
        if z3.is_rational_value(t):
            return t.numerator_as_long() / t.denominator_as_long()
        if z3.is_true(t):
            return True
        if z3.is_false(t):
            return False
        if z3.is_const(t):
            name = str(t)
            if name in self.env:
                return self.env[name]
            if name in self.fresh:
                return self(self.fresh[name])
            raise KeyError(f"no value for variable {name}")
        k = t.decl().kind()
        a = [self(c) for c in t.children()]
        with np.errstate(all="ignore"):
            if k == z3.Z3_OP_ADD:
                return sum(a[1:], a[0])
            if k == z3.Z3_OP_SUB:
                return a[0] - sum(a[1:], 0.0 * a[0])
            if k == z3.Z3_OP_MUL:
                out = a[0]
                for x in a[1:]:
                    out = out * x
                return out
            if k == z3.Z3_OP_DIV:
                return a[0] / a[1]
            if k == z3.Z3_OP_UMINUS:
                return -a[0]
            if k == z3.Z3_OP_POWER:
                return a[0] ** a[1]
            if k == z3.Z3_OP_ITE:
                return np.where(a[0], a[1], a[2])
            if k == z3.Z3_OP_LT:
                return a[0] < a[1]
            if k == z3.Z3_OP_LE:
                return a[0] <= a[1]
            if k == z3.Z3_OP_GT:
                return a[0] > a[1]
            if k == z3.Z3_OP_GE:
                return a[0] >= a[1]
            if k == z3.Z3_OP_EQ:
                return a[0] == a[1]
            if k == z3.Z3_OP_DISTINCT:
                return a[0] != a[1]
            if k == z3.Z3_OP_AND:
                return np.logical_and.reduce(np.broadcast_arrays(*a)) if a else True
            if k == z3.Z3_OP_OR:
                return np.logical_or.reduce(np.broadcast_arrays(*a)) if a else False
            if k == z3.Z3_OP_NOT:
                return np.logical_not(a[0])
            if k == z3.Z3_OP_IMPLIES:
                return np.logical_or(np.logical_not(a[0]), a[1])
            if k in (z3.Z3_OP_TO_REAL, z3.Z3_OP_TO_INT):
                return a[0]
            if k == z3.Z3_OP_UNINTERPRETED:
                fn = _FUNCS.get(t.decl().name())
                if fn is not None:
                    return fn(a[0])
        raise ValueError(f"cannot evaluate {t.decl().name()} numerically")


def evaluate(terms: Any, env: Mapping[str, Any], fresh_defs: Mapping[str, z3.ExprRef] = ()):
    """Evaluate an object array (or list) of terms; returns an array (terms..., points...)."""
    ev = Evaluator(env, fresh_defs)
    arr = np.asarray(terms, dtype=object)
    vals = [np.asarray(ev(t), dtype=np.float64) for t in arr.reshape(-1)]
    if not vals:
        return np.zeros(arr.shape)
    vals = np.broadcast_arrays(*vals)
    return np.stack(vals).reshape(arr.shape + vals[0].shape)

"""Emitters: the one interface VJP/JVP rules are written against.

A rule calls ``e.op(name, *values, **params)``, ``e.const(array)`` and ``e.shape(v)`` (sugar:
``e.mul(a, b)`` is ``e.op("mul", a, b)``). GraphBuilder is the symbolic emitter (autodiff as a
graph transform); EagerEmitter runs each op at once on arrays (the tape, tests); the SMT layer has
its own.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .opdef import Shape
from .registry import REGISTRY, Registry


class EagerEmitter:
    """Runs each emitted op at once on arrays of ``xp``.

    Constants follow the values: ``const(value, dtype=...)`` or ``like=`` (an array whose float
    dtype to take) decide; otherwise the emitter's ``dtype`` when one was given (the tape passes
    the tensors' dtype); otherwise the value's own dtype (float64 for Python floats). Rules build
    their constants with ``ops.common.const_like``/``scalar``, which pass the dtype of the array
    they stand next to, so a float32 computation is not upcast by a float64 constant.
    """

    def __init__(self, xp: Any = np, registry: Registry = REGISTRY, dtype: Any = None):
        self.xp = xp
        self.registry = registry
        self.dtype = dtype

    def op(self, name: str, *args: Any, **params: Any) -> Any:
        opdef = self.registry[name]
        opdef.check_arity(len(args))
        bound = opdef.bind_params(params)
        return opdef.rule("impl")(self.xp, *args, **bound)

    def const(self, value: Any, name: str = "", dtype: Any = None, like: Any = None) -> Any:
        if dtype is None and like is not None:
            dt = getattr(like, "dtype", None)
            dtype = dt if dt is not None and np.issubdtype(dt, np.floating) else None
        return self.xp.asarray(value, dtype=self.dtype if dtype is None else dtype)

    def shape(self, v: Any) -> Shape:
        return tuple(v.shape)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        reg = self.__dict__.get("registry")
        if reg is not None and name in reg:
            return lambda *a, **p: self.op(name, *a, **p)
        raise AttributeError(name)

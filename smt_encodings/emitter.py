"""The SMT emitter: VJP/JVP rules run through it build terms (the same rule code as autodiff)."""

from __future__ import annotations

from typing import Any

from torchsmt.ir.opdef import OpDef, Shape
from torchsmt.ir.registry import REGISTRY, Registry

from .symarray import ArraySemantics


def encode(op: OpDef, sem: ArraySemantics, *args: Any, **params: Any) -> Any:
    """An op's meaning in ``sem``: its ``smt`` override, else its ``impl`` with ``sem`` as xp."""
    bound = op.bind_params(params)
    fn = op.smt if op.smt is not None else op.impl
    out = fn(sem, *args, **bound)
    return sem.asarray(out)


class SmtEmitter:
    """``e.op``/``e.const``/``e.shape`` over arrays of terms of one semantics."""

    def __init__(self, sem: ArraySemantics, registry: Registry = REGISTRY):
        self.sem = sem
        self.registry = registry

    def op(self, name: str, *args: Any, **params: Any) -> Any:
        opdef = self.registry[name]
        opdef.check_arity(len(args))
        return encode(opdef, self.sem, *(self.sem.asarray(a) for a in args), **params)

    def const(self, value: Any, name: str = "", dtype: Any = None) -> Any:
        return self.sem.asarray(value)

    def shape(self, v: Any) -> Shape:
        return tuple(v.shape)

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        reg = self.__dict__.get("registry")
        if reg is not None and name in reg:
            return lambda *a, **p: self.op(name, *a, **p)
        raise AttributeError(name)

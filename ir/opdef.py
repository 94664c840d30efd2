"""The operator definition: one frozen object naming every interpretation of one operator.

An interpretation is a plain function stored in a field. Conventions (all rules are pure):

- ``shape(in_shapes, **params) -> out_shape``: raise ShapeError on a mismatch.
- ``impl(xp, *arrays, **params) -> array``: the array meaning; ``xp`` is numpy, cupy, or an
  SMT semantics object exposing the same small array API (see docs/architecture.md, "xp subset").
- ``vjp(e, g, out, *args, **params) -> tuple[cotangent | None, ...]``: one entry per argument
  (None: no gradient flows, e.g. to an integer-like or constant operand). ``e`` is an Emitter:
  the same rule builds a graph (autodiff), runs eagerly (tape) or builds SMT terms.
- ``jvp(e, tangents, out, *args, **params) -> tangent``: ``tangents[i]`` is None for a zero tangent.
- ``interval(xp, lowers, uppers, **params) -> (lo, hi)``: sound interval enclosure.
- ``relax(xp, l, u, **params) -> (a_lo, b_lo, a_up, b_up)``: elementwise linear bounds
  a_lo*x + b_lo <= f(x) <= a_up*x + b_up on [l, u] (unary nonlinear ops).
- ``smt(sem, *terms, **params)``: the SMT encoding; None means "impl, with the semantics as xp".
- ``lemmas``: names of the catalog lemmas that justify this op's rules.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .errors import MissingRuleError, ShapeError

Shape = tuple[int, ...]

REQUIRED: Any = type("Required", (), {"__repr__": lambda self: "REQUIRED"})()

RULES = ("shape", "impl", "vjp", "jvp", "smt", "interval", "relax")


@dataclass(frozen=True)
class OpDef:
    name: str
    arity: int | None  # None: variadic (at least one argument)
    shape: Callable[..., Shape]
    impl: Callable[..., Any]
    params: Mapping[str, Any] = field(default_factory=dict)  # name -> default (REQUIRED)
    vjp: Callable[..., Any] | None = None
    jvp: Callable[..., Any] | None = None
    smt: Callable[..., Any] | None = None
    interval: Callable[..., Any] | None = None
    relax: Callable[..., Any] | None = None
    # "increasing"/"decreasing": elementwise unary monotone op (interval rule for free).
    monotone: str | None = None
    # Affine in its non-constant arguments: linear plus the offset f(0, consts) (add with a
    # constant operand, matmul by a constant, conv, reshape, pad with value != 0, ...). A consumer
    # must take the offset from impl at zeros, never assume it is 0 (bounds/linear.py does).
    linear: bool = False
    differentiable: bool = True
    lemmas: tuple[str, ...] = ()
    doc: str = ""

    def rule(self, name: str) -> Callable[..., Any]:
        """Return the interpretation ``name``; a missing one raises an error naming op and rule."""
        if name not in RULES:
            raise KeyError(f"no such interpretation '{name}' (known: {', '.join(RULES)})")
        fn = getattr(self, name)
        if fn is None:
            raise MissingRuleError(self.name, name)
        return fn

    def has(self, name: str) -> bool:
        return getattr(self, name, None) is not None

    def bind_params(self, given: Mapping[str, Any]) -> dict[str, Any]:
        """Fill defaults and reject unknown or missing parameters."""
        unknown = sorted(set(given) - set(self.params))
        if unknown:
            raise ShapeError(f"{self.name}: unknown parameter(s) {', '.join(unknown)}")
        out = {}
        for k, default in self.params.items():
            if k in given:
                out[k] = freeze_value(given[k])
            elif default is REQUIRED:
                raise ShapeError(f"{self.name}: missing parameter '{k}'")
            else:
                out[k] = freeze_value(default)
        return out

    def check_param_types(self, given: Mapping[str, Any]) -> None:
        """ShapeError when a parameter's value is not of its default's kind (a graph built in
        memory or read from a file with a string where a number is expected would otherwise pass
        shape rules that never look at it, e.g. rsqrt's eps, and fail at run time, or worse).

        Kinds: a bool default takes a bool; a float default a finite int or float; an int default
        an int (bools included) or a tuple of ints (pooling takes an int or a pair); a tuple
        default a tuple of ints or an int; a string default a string. REQUIRED parameters are the
        shape rule's to check.
        """
        for k, v in given.items():
            default = self.params.get(k, REQUIRED)
            if default is REQUIRED:
                continue
            if not _same_kind(default, v):
                raise ShapeError(f"{self.name}: parameter '{k}' = {v!r} has the wrong type "
                                 f"(expected {_kind_name(default)}, like the default {default!r})")

    def check_arity(self, n: int) -> None:
        if self.arity is None:
            if n < 1:
                raise ShapeError(f"{self.name}: needs at least one argument")
        elif n != self.arity:
            raise ShapeError(f"{self.name}: expects {self.arity} argument(s), got {n}")


def freeze_value(v: Any) -> Any:
    """Parameters are hashable: lists become tuples, numpy scalars become Python numbers."""
    if isinstance(v, (list, tuple)):
        return tuple(freeze_value(x) for x in v)
    if hasattr(v, "item") and getattr(v, "shape", None) == ():
        return v.item()
    if isinstance(v, (bool, int, float, str)) or v is None:
        return v
    raise ShapeError(f"parameter value {v!r} is not a scalar, string or tuple")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _int_tuple(v: Any) -> bool:
    return isinstance(v, tuple) and all(_is_int(x) for x in v)


def _same_kind(default: Any, v: Any) -> bool:
    if isinstance(default, bool):
        return isinstance(v, bool)
    if isinstance(default, float):
        return (isinstance(v, (int, float)) and not isinstance(v, bool)
                and abs(v) < float("inf"))  # NaN fails the comparison too
    if isinstance(default, int):
        return isinstance(v, int) or _int_tuple(v)
    if isinstance(default, tuple):
        return _int_tuple(v) or _is_int(v)
    if isinstance(default, str):
        return isinstance(v, str)
    return True


def _kind_name(default: Any) -> str:
    if isinstance(default, bool):
        return "a bool"
    if isinstance(default, float):
        return "a finite number"
    if isinstance(default, (int, tuple)):
        return "an int or a tuple of ints"
    return f"a {type(default).__name__}"

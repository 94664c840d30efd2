"""Elementwise arithmetic and activations (NumPy broadcasting for binary ops)."""

from __future__ import annotations

import numpy as np

from ..opdef import OpDef
from .common import broadcast_rule, expand, scalar, unary, unbroadcast


def _binary_linear_vjp(sign_b: float):
    def vjp(e, g, out, a, b):
        gb = g if sign_b > 0 else e.op("neg", g)
        return (unbroadcast(e, g, e.shape(a)), unbroadcast(e, gb, e.shape(b)))

    return vjp


def _binary_linear_jvp(opname: str):
    def jvp(e, tangents, out, a, b):
        ta, tb = tangents
        shp = e.shape(out)
        if ta is None and tb is None:
            return None
        if tb is None:
            return expand(e, ta, shp)
        if ta is None:
            return expand(e, tb if opname == "add" else e.op("neg", tb), shp)
        return expand(e, e.op(opname, ta, tb), shp)

    return jvp


ADD = OpDef(
    name="add", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a + b,
    vjp=_binary_linear_vjp(+1), jvp=_binary_linear_jvp("add"), linear=True,
    doc="a + b with NumPy broadcasting.",
)
SUB = OpDef(
    name="sub", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a - b,
    vjp=_binary_linear_vjp(-1), jvp=_binary_linear_jvp("sub"), linear=True,
    doc="a - b with NumPy broadcasting.",
)


def _mul_vjp(e, g, out, a, b):
    return (unbroadcast(e, e.op("mul", g, b), e.shape(a)),
            unbroadcast(e, e.op("mul", g, a), e.shape(b)))


def _mul_jvp(e, tangents, out, a, b):
    ta, tb = tangents
    terms = []
    if ta is not None:
        terms.append(e.op("mul", ta, b))
    if tb is not None:
        terms.append(e.op("mul", a, tb))
    if not terms:
        return None
    t = terms[0] if len(terms) == 1 else e.op("add", terms[0], terms[1])
    return expand(e, t, e.shape(out))


MUL = OpDef(
    name="mul", arity=2, shape=broadcast_rule, impl=lambda xp, a, b: a * b,
    vjp=_mul_vjp, jvp=_mul_jvp, doc="a * b with NumPy broadcasting.",
)


def _neg_deriv(e, x, out):
    return scalar(e, -1.0, x)


NEG = unary("neg", lambda xp, x: -x, _neg_deriv, monotone="decreasing", doc="-x")


def _relu_impl(xp, x):
    return xp.maximum(x, 0)


def _relu_deriv(e, x, out):
    # Convention at the kink: relu'(0) = 0 (PyTorch's), i.e. the derivative is step(x) = [x > 0].
    return e.op("step", x)


RELU = unary(
    "relu", _relu_impl, _relu_deriv, monotone="increasing",
    doc="max(x, 0). Derivative convention: relu'(0) = 0.",
)


def _step_impl(xp, x):
    # [x > 0] as a float of x's dtype; written with where so SMT semantics can reuse it.
    return xp.where(x > 0, xp.ones_like(x), xp.zeros_like(x))


def _zero_deriv(e, x, out):
    return e.const(np.zeros(e.shape(x)))


STEP = unary("step", _step_impl, _zero_deriv, monotone="increasing",
             doc="Heaviside [x > 0] (0 at 0); derivative 0 everywhere (a.e.; the jump is ignored).")


def _tanh_deriv(e, x, out):
    # tanh' = 1 - tanh^2, written on the output so the rule reuses the forward value.
    return e.op("sub", scalar(e, 1.0, out), e.op("mul", out, out))


TANH = unary("tanh", lambda xp, x: xp.tanh(x), _tanh_deriv, monotone="increasing",
             doc="Hyperbolic tangent.")

OPS = (ADD, SUB, MUL, NEG, RELU, STEP, TANH)

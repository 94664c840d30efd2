"""Exact rational evaluation of a graph: the real-number meaning of a network on its float weights.

Used to check counterexamples without rounding error. A tensor is ``(N, D)``: an object array of
Python ints ``N`` and one positive int ``D`` (value = N / D). Float weights are dyadic rationals, so
``D`` stays a product of powers of 2 and of the input's decimal denominators, and an object-array
``matmul`` of ints is exact and an order of magnitude faster than arrays of ``Fraction``.

Covered: the piecewise-linear ops of the benchmark networks and their shape ops. Ops whose exact
value is irrational (tanh, exp, sqrt, softmax, batchnorm) raise UnsupportedError naming the node:
check such networks with an explicit tolerance instead.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING, Any

import numpy as np

from torchsmt.ir.errors import ShapeError, UnsupportedError

if TYPE_CHECKING:
    from torchsmt.ir import Graph, Node

Q = tuple[np.ndarray, int]  # (numerators, common denominator > 0)


def _check_int(v: Any) -> int:
    if type(v) is int:
        return v
    if isinstance(v, (np.integer, bool)):
        return int(v)
    raise TypeError(f"inexact value {v!r} of type {type(v).__name__}")


_to_int = np.frompyfunc(_check_int, 1, 1)


def _ints(a: Any) -> np.ndarray:
    """An object array of Python ints; TypeError when any element is a float (inexact)."""
    a = np.asarray(a, dtype=object)
    return _to_int(a).astype(object) if a.size else a.reshape(a.shape)


def from_fractions(values: Sequence[Fraction], shape: Sequence[int]) -> Q:
    """Exact tensor from rationals (a common denominator, the lcm of theirs)."""
    fr = [Fraction(v) for v in values]
    d = math.lcm(*(f.denominator for f in fr)) if fr else 1
    n = np.empty(len(fr), dtype=object)
    n[:] = [f.numerator * (d // f.denominator) for f in fr]
    return n.reshape(tuple(shape)), d


def from_floats(a: np.ndarray) -> Q:
    """Exact tensor from a float array (every finite float is a dyadic rational)."""
    a = np.asarray(a, dtype=np.float64)
    if not np.all(np.isfinite(a)):
        raise UnsupportedError("exact evaluation needs finite constants")
    pairs = [float(v).as_integer_ratio() for v in a.ravel()]
    d = max((q for _, q in pairs), default=1)  # all powers of two: the largest is the lcm
    n = np.empty(len(pairs), dtype=object)
    n[:] = [p * (d // q) for p, q in pairs]
    return n.reshape(a.shape), d


def to_fractions(q: Q) -> list[Fraction]:
    n, d = q
    return [Fraction(int(v), d) for v in n.ravel()]


def _reduce(q: Q) -> Q:
    """Divide out the common factor so integers stay small across layers."""
    n, d = q
    g = math.gcd(d, *n.ravel().tolist()) if n.size else d
    return (n // g if g > 1 else n), d // g


def _align(*qs: Q) -> tuple[list[np.ndarray], int]:
    d = math.lcm(*(q[1] for q in qs))
    return [q[0] * (d // q[1]) if q[1] != d else q[0] for q in qs], d


# -- op rules: rule(node_params, *qs) -> Q ---------------------------------------------------------
def _add(p, a, b):
    (x, y), d = _align(a, b)
    return x + y, d


def _sub(p, a, b):
    (x, y), d = _align(a, b)
    return x - y, d


def _mul(p, a, b):
    return a[0] * b[0], a[1] * b[1]


def _div(p, a, b):
    nb = b[0]
    if np.any(nb == 0):
        raise UnsupportedError("division by zero in exact evaluation")
    mag = np.abs(nb)
    lcm = math.lcm(*mag.ravel().tolist())
    sign = np.where(nb > 0, 1, -1).astype(object)
    return _ints(a[0] * b[1] * sign * (lcm // mag)), a[1] * lcm


def _relu(p, a):
    return _ints(np.where(a[0] > 0, a[0], 0)), a[1]


def _leaky_relu(p, a):
    al = Fraction(p["negative_slope"])
    n = np.where(a[0] > 0, a[0] * al.denominator, a[0] * al.numerator)
    return _ints(n), a[1] * al.denominator


def _extremum(fn):
    def rule(p, a, b):
        (x, y), d = _align(a, b)
        return _ints(fn(x, y)), d

    return rule


def _matmul(p, a, b):
    return _reduce((_ints(a[0] @ b[0]), a[1] * b[1]))


def _linear(p, a, b, c=None):
    """ONNX Gemm: alpha * A' @ B' + beta * C (A', B' optionally transposed)."""
    x = np.swapaxes(a[0], -1, -2) if p.get("transA") else a[0]
    w = np.swapaxes(b[0], -1, -2) if p.get("transB") else b[0]
    al, be = Fraction(p.get("alpha", 1.0)), Fraction(p.get("beta", 1.0))
    prod = (_ints(x @ w) * al.numerator, a[1] * b[1] * al.denominator)
    if c is None:
        return _reduce(prod)
    return _reduce(_add(p, prod, (c[0] * be.numerator, c[1] * be.denominator)))


def _pair(v: Any) -> tuple[int, int]:
    return (int(v), int(v)) if isinstance(v, int) else (int(v[0]), int(v[1]))


def _windows(x: np.ndarray, kh: int, kw: int, stride, padding, dilation) -> np.ndarray:
    """im2col by integer indexing: (B, C, kh, kw, OH, OW) windows of a padded (B, C, H, W)."""
    (sh, sw), (dh, dw) = _pair(stride), _pair(dilation)
    pads = _pair(padding) * 2 if isinstance(padding, int) or len(padding) == 2 else padding
    t, l, bo, r = (int(v) for v in pads)
    # np.pad fills object arrays with np.int64 zeros, which overflow against big ints: _ints
    xp = _ints(np.pad(x, [(0, 0), (0, 0), (t, bo), (l, r)], constant_values=0)) if any(pads) else x
    H, W = xp.shape[2], xp.shape[3]
    oh, ow = (H - dh * (kh - 1) - 1) // sh + 1, (W - dw * (kw - 1) - 1) // sw + 1
    r = (np.arange(kh) * dh)[:, None, None, None] + (np.arange(oh) * sh)[None, None, :, None]
    c = (np.arange(kw) * dw)[None, :, None, None] + (np.arange(ow) * sw)[None, None, None, :]
    return xp[:, :, r, c]  # (B, C, kh, kw, oh, ow)


def _conv2d(p, x, w, b=None):
    n = x[0]
    unbatched = n.ndim == 3
    if unbatched:
        n = n[None]
    o, cg, kh, kw = w[0].shape
    groups = int(p.get("groups", 1))
    win = _windows(n, kh, kw, p.get("stride", 1), p.get("padding", 0), p.get("dilation", 1))
    B, C, _, _, oh, ow = win.shape
    win = win.reshape(B, groups, cg * kh * kw, oh * ow)
    wg = w[0].reshape(groups, o // groups, cg * kh * kw)
    out = np.stack([wg[g] @ win[:, g] for g in range(groups)], axis=1)  # (B, groups, o/g, oh*ow)
    out = _ints(out.reshape(B, o, oh, ow))
    q = (out, x[1] * w[1])
    if b is not None:
        q = _add(p, q, (b[0].reshape(o, 1, 1), b[1]))
    return _reduce((q[0][0], q[1]) if unbatched else q)


def _reuse(name: str) -> Callable:
    """Shape ops move numerators around; the op's own impl does that on the int array."""

    def rule(p, *qs):
        from torchsmt.ir import REGISTRY

        ns, d = _align(*qs) if len(qs) > 1 else ([qs[0][0]], qs[0][1])
        if name == "pad" and p.get("value", 0):
            v = Fraction(p["value"])
            ns, d = [ns[0] * v.denominator], d * v.denominator
            p = {**p, "value": int(v * d)}
        out = REGISTRY[name].impl(np, *ns, **p)
        return _ints(out), d

    return rule


def _reduce_mean(p, x):
    n, d = _reuse("reduce_sum")(p, x)
    count = x[0].size // max(n.size, 1)
    return n, d * count


RULES: dict[str, Callable] = {
    "add": _add, "sub": _sub, "mul": _mul, "div": _div, "neg": lambda p, a: (-a[0], a[1]),
    "relu": _relu, "leaky_relu": _leaky_relu, "maximum": _extremum(np.maximum),
    "minimum": _extremum(np.minimum), "matmul": _matmul, "linear": _linear, "conv2d": _conv2d,
    "reduce_mean": _reduce_mean,
    # shape ops and max-pooling only move or compare numerators: the op's own impl on ints
    **{k: _reuse(k) for k in ("reshape", "flatten", "transpose", "concat", "slice", "pad",
                              "broadcast", "sum_to", "reduce_sum", "reduce_max", "maxpool2d")},
}


def evaluate(g: Graph, *inputs: Sequence[Fraction]) -> list[list[Fraction]]:
    """Exact value of every output of ``g`` (flattened, C-order) at exact flattened inputs."""
    env: dict[int, Q] = {}
    ins = g.inputs
    if len(inputs) != len(ins):
        raise ShapeError(f"graph takes {len(ins)} input(s), got {len(inputs)}")
    for nid, x in zip(ins, inputs, strict=True):
        shape = g.node(nid).shape
        if len(x) != int(np.prod(shape, dtype=np.int64)):
            raise ShapeError(f"input {g.node(nid).label} of shape {shape} needs "
                             f"{int(np.prod(shape))} values, got {len(x)}")
        env[nid] = from_fractions(x, shape)
    for n in g.nodes:
        if n.op == "input":
            continue
        if n.op == "const":
            env[n.id] = from_floats(g.consts[n.id])
            continue
        env[n.id] = _apply(n, [env[a] for a in n.args])
    return [to_fractions(env[o]) for o in g.outputs]


def _apply(n: Node, args: list[Q]) -> Q:
    rule = RULES.get(n.op)
    if rule is None:
        raise UnsupportedError(f"exact evaluation does not support '{n.op}' (node {n.label}): "
                               "its real value is not a rational function of the inputs; "
                               "check with a tolerance instead")
    try:
        out = rule(n.p, *args)
    except TypeError as e:  # a float crept in: the rule is not exact for these parameters
        raise UnsupportedError(f"exact evaluation of '{n.op}' (node {n.label}) failed: {e}") \
            from None
    if tuple(out[0].shape) != n.shape:
        raise ShapeError(f"exact evaluation of node {n.label}: shape {out[0].shape} != {n.shape}")
    return out

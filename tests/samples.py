"""Hypothesis samples of valid inputs for every registered op (the table contract tests run over).

SAMPLES: op name -> strategy of (list of float64 argument arrays, params dict). This file holds the
elementwise, linalg and conv entries; tests/samples_shape.py (shape, reduce, pool ops) is merged in.

Samples stay away from kinks and singularities so that central differences (step <= 1e-4) are
valid: relu/abs/leaky_relu/step/sign inputs have |x| >= 0.05, maximum/minimum/ge operands differ by
>= 0.25 (a on odd quarters, b on halves), log/sqrt inputs are >= 0.2, div denominators |b| >= 0.5.
Shapes are small (the conv references are naive loops); values come from a drawn seed.
"""

from __future__ import annotations

import numpy as np
from hypothesis import strategies as st
from hypothesis.extra.numpy import array_shapes, mutually_broadcastable_shapes

try:
    from samples_shape import SAMPLES_SHAPE
except ModuleNotFoundError as exc:  # H2's table not written yet: only a missing file is tolerated
    if exc.name != "samples_shape":
        raise
    SAMPLES_SHAPE = {}


def _rng(draw) -> np.random.Generator:
    return np.random.default_rng(draw(st.integers(0, 2**32 - 1)))


def _normal(rng, shape, scale=1.5):
    return rng.normal(0.0, scale, shape).astype(np.float64)


def _off_zero(rng, shape, lo=0.05, hi=3.0):
    """Values with lo <= |x| <= hi (no kink at 0 within a finite-difference step)."""
    return rng.uniform(lo, hi, shape) * rng.choice([-1.0, 1.0], shape)


def _shape(draw, max_dims=3):
    return draw(array_shapes(min_dims=0, max_dims=max_dims, min_side=1, max_side=4))


def _pair(draw):
    return draw(mutually_broadcastable_shapes(num_shapes=2, min_dims=0, max_dims=3,
                                              max_side=4)).input_shapes


@st.composite
def unary(draw, kind="normal"):
    rng, shape = _rng(draw), _shape(draw)
    if kind == "off_zero":
        x = _off_zero(rng, shape)
    elif kind == "positive":
        x = rng.uniform(0.2, 5.0, shape)
    else:
        x = _normal(rng, shape)
    return [np.asarray(x, dtype=np.float64)], {}


@st.composite
def leaky_relu(draw):
    args, _ = draw(unary("off_zero"))
    slope = draw(st.sampled_from([0.0, 0.01, 0.2, 1.0]) | st.floats(0.0, 1.0))
    return args, {"negative_slope": slope}


@st.composite
def binary(draw, kind="normal"):
    rng, (sa, sb) = _rng(draw), _pair(draw)
    if kind == "separated":  # |a - b| >= 0.25 everywhere: a on odd quarters, b on halves
        a = (2 * rng.integers(-8, 8, sa) + 1) / 4.0
        b = rng.integers(-6, 6, sb) / 2.0
    elif kind == "div":
        a, b = _normal(rng, sa), rng.uniform(0.5, 3.0, sb) * rng.choice([-1.0, 1.0], sb)
    else:
        a, b = _normal(rng, sa), _normal(rng, sb)
    if kind == "separated" and draw(st.booleans()):
        a, b = b, a + 0.0  # either operand may be the one on quarters
    return [np.asarray(a, np.float64), np.asarray(b, np.float64)], {}


def _matmul_shapes(draw, trans_a=0, trans_b=0, allow_1d=True):
    m, k, n = (draw(st.integers(1, 4)) for _ in range(3))
    ba, bb = _pair(draw)
    ba, bb = ba[-2:], bb[-2:]
    a_1d = allow_1d and not trans_a and draw(st.integers(0, 3)) == 0
    b_1d = allow_1d and not trans_b and draw(st.integers(0, 3)) == 0
    sa = (k,) if a_1d else ba + ((k, m) if trans_a else (m, k))
    sb = (k,) if b_1d else bb + ((n, k) if trans_b else (k, n))
    return sa, sb


@st.composite
def matmul(draw):
    rng = _rng(draw)
    sa, sb = _matmul_shapes(draw)
    return [_normal(rng, sa), _normal(rng, sb)], {}


@st.composite
def linear(draw):
    rng = _rng(draw)
    ta, tb = draw(st.integers(0, 1)), draw(st.integers(0, 1))
    sa, sb = _matmul_shapes(draw, ta, tb)
    out = np.matmul(np.zeros(sa if not ta else sa[:-2] + sa[-2:][::-1]),
                    np.zeros(sb if not tb else sb[:-2] + sb[-2:][::-1])).shape
    params = {"transA": ta, "transB": tb,
              "alpha": draw(st.sampled_from([1.0, -0.5, 2.0])),
              "beta": draw(st.sampled_from([1.0, 0.0, -1.5]))}
    args = [_normal(rng, sa), _normal(rng, sb)]
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(out)))
        shape_c = tuple(d if draw(st.booleans()) else 1 for d in out[cut:])
        args.append(_normal(rng, shape_c))
    return args, params


@st.composite
def conv_geometry(draw):
    """(x shape, w shape, y shape, params) of a small valid conv2d."""
    g = draw(st.integers(1, 2))
    cg, og, n = draw(st.integers(1, 2)), draw(st.integers(1, 2)), draw(st.integers(1, 2))
    k = (draw(st.integers(1, 3)), draw(st.integers(1, 3)))
    s = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    d = (draw(st.integers(1, 2)), draw(st.integers(1, 2)))
    pad = tuple(draw(st.integers(0, 2)) for _ in range(draw(st.sampled_from([2, 4]))))
    p4 = pad if len(pad) == 4 else pad + pad
    hw = tuple(draw(st.integers(max(1, d[i] * (k[i] - 1) + 1 - p4[i] - p4[i + 2]),
                                d[i] * (k[i] - 1) + 4)) for i in range(2))
    out = tuple((hw[i] + p4[i] + p4[i + 2] - d[i] * (k[i] - 1) - 1) // s[i] + 1 for i in range(2))
    params = {"stride": s, "padding": pad, "dilation": d, "groups": g}
    return (n, g * cg) + hw, (g * og, cg) + k, (n, g * og) + out, params


@st.composite
def conv2d(draw):
    rng = _rng(draw)
    xs, ws, _, p = draw(conv_geometry())
    args = [_normal(rng, xs), _normal(rng, ws)]
    if draw(st.booleans()):
        args.append(_normal(rng, (ws[0],)))
    return args, p


@st.composite
def conv2d_transpose(draw):
    rng = _rng(draw)
    xs, ws, ys, p = draw(conv_geometry())
    p4 = p["padding"] if len(p["padding"]) == 4 else p["padding"] * 2
    op = tuple(xs[2 + i] - ((ys[2 + i] - 1) * p["stride"][i] - p4[i] - p4[i + 2]
                            + p["dilation"][i] * (ws[2 + i] - 1) + 1) for i in range(2))
    return [_normal(rng, ys), _normal(rng, ws)], {**p, "output_padding": op}


@st.composite
def conv2d_weight_grad(draw):
    rng = _rng(draw)
    xs, ws, ys, p = draw(conv_geometry())
    return [_normal(rng, xs), _normal(rng, ys)], {**p, "kernel_size": ws[2:]}


SAMPLES_OPS = {
    "add": binary(), "sub": binary(), "mul": binary(), "div": binary("div"),
    "neg": unary(), "relu": unary("off_zero"), "step": unary("off_zero"),
    "sign": unary("off_zero"), "abs": unary("off_zero"), "leaky_relu": leaky_relu(),
    "tanh": unary(), "sigmoid": unary(), "exp": unary(), "log": unary("positive"),
    "sqrt": unary("positive"), "ge": binary("separated"), "maximum": binary("separated"),
    "minimum": binary("separated"), "matmul": matmul(), "linear": linear(),
    "conv2d": conv2d(), "conv2d_transpose": conv2d_transpose(),
    "conv2d_weight_grad": conv2d_weight_grad(),
}

SAMPLES = {**SAMPLES_SHAPE, **SAMPLES_OPS}

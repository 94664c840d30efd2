"""Whole models built with GraphBuilder: VJP and JVP graphs against central differences (float64,
relative error < 1e-6) with respect to the input and every parameter (constant), and JVP-of-VJP
(Hessian-vector products) against second differences.
"""

from __future__ import annotations

import numpy as np
import pytest
from test_autodiff_core import RTOL, RTOL2, Point, assert_point

from torchsmt.ir import REGISTRY, GraphBuilder

RNG_SEED = 20240611


def _need(*ops):
    missing = [o for o in ops if o not in REGISTRY]
    assert not missing, f"ops not registered: {missing}"


def _param(b, rng, shape, name, scale=0.5):
    return b.const(rng.standard_normal(shape) * scale, name=name)


def mlp_relu(rng):
    _need("linear", "relu")
    b = GraphBuilder()
    x = b.input((5, 4), name="x")
    h = b.relu(b.linear(x, _param(b, rng, (8, 4), "W1"), _param(b, rng, (8,), "b1"), transB=1))
    h = b.relu(b.linear(h, _param(b, rng, (6, 8), "W2"), _param(b, rng, (6,), "b2"), transB=1))
    y = b.linear(h, _param(b, rng, (3, 6), "W3"), _param(b, rng, (3,), "b3"), transB=1)
    return b.build(y), (5, 4)


def mlp_tanh(rng):
    _need("matmul", "tanh")
    b = GraphBuilder()
    x = b.input((5, 4), name="x")
    h = b.tanh(b.add(b.matmul(x, _param(b, rng, (4, 8), "W1")), _param(b, rng, (8,), "b1")))
    y = b.add(b.matmul(h, _param(b, rng, (8, 3), "W2")), _param(b, rng, (1, 3), "b2"))
    return b.build(b.tanh(y)), (5, 4)


def cnn(rng):
    _need("conv2d", "maxpool2d", "avgpool2d", "flatten", "linear", "relu")
    b = GraphBuilder()
    x = b.input((1, 2, 5, 5), name="x")
    h = b.conv2d(x, _param(b, rng, (4, 2, 3, 3), "c1.weight"), _param(b, rng, (4,), "c1.bias"),
                 stride=(1, 1), padding=(1, 1))
    h = b.maxpool2d(b.relu(h), kernel_size=(2, 2), stride=(2, 2))
    h = b.conv2d(h, _param(b, rng, (4, 2, 2, 2), "c2.weight"), _param(b, rng, (4,), "c2.bias"),
                 groups=2, stride=(1, 1), dilation=(1, 1))
    h = b.avgpool2d(b.tanh(h), kernel_size=(2, 2), stride=(1, 1), padding=1)  # (1, 4, 2, 2)
    h = b.flatten(h, start_dim=1)
    y = b.linear(h, _param(b, rng, (3, 16), "fc.weight"), _param(b, rng, (3,), "fc.bias"),
                 transB=1)
    return b.build(y), (1, 2, 5, 5)


def residual(rng):
    _need("linear", "relu", "tanh")
    b = GraphBuilder()
    x = b.input((3, 5), name="x")
    h = b.relu(b.linear(x, _param(b, rng, (5, 5), "W1"), _param(b, rng, (5,), "b1"), transB=1))
    h = b.linear(h, _param(b, rng, (5, 5), "W2"), transB=1)
    y = b.tanh(b.add(x, h))  # the skip connection: x feeds linear and add
    y = b.add(y, b.mul(x, x))
    return b.build(y), (3, 5)


def softmax_layernorm(rng):
    _need("layernorm", "softmax", "log_softmax", "matmul", "transpose", "reduce_mean")
    b = GraphBuilder()
    x = b.input((4, 6), name="x")
    n = b.layernorm(x, _param(b, rng, (6,), "ln.weight"), _param(b, rng, (6,), "ln.bias"),
                    normalized_ndim=1, eps=1e-5)
    q = b.matmul(n, _param(b, rng, (6, 6), "Wq"))
    att = b.softmax(b.matmul(q, b.transpose(n, perm=(1, 0))), axis=-1)  # self-attention scores
    y = b.matmul(att, n)
    lp = b.log_softmax(b.add(y, x), axis=1)
    return b.build([lp, b.reduce_mean(b.mul(y, y), axes=(0, 1), keepdims=False)]), (4, 6)


def broadcast_block(rng):
    _need("div", "exp", "sigmoid", "maximum", "minimum", "reduce_sum", "sqrt", "log", "abs")
    b = GraphBuilder()
    x = b.input((3, 1, 4), name="x")
    s = _param(b, rng, (2, 1), "scale")
    c = b.const(np.abs(rng.standard_normal((4,))) + 1.0, name="shift")
    z = b.div(b.mul(x, s), c)                                 # (3, 2, 4)
    a = b.maximum(b.sigmoid(z), b.minimum(b.exp(b.mul(z, s)), x))
    r = b.sqrt(b.add(b.mul(z, z), c))
    y = b.add(b.log(b.add(b.abs(a), c)), r)
    return b.build([y, b.reduce_sum(y, axes=(1,), keepdims=True)]), (3, 1, 4)


MODELS = {"mlp_relu": mlp_relu, "mlp_tanh": mlp_tanh, "cnn": cnn, "residual": residual,
          "softmax_layernorm": softmax_layernorm, "broadcast_block": broadcast_block}


@pytest.mark.parametrize("which", sorted(MODELS))
def test_model_inputs_and_parameters(which):
    rng = np.random.default_rng(RNG_SEED)
    g, shape = MODELS[which](rng)
    params = [n.id for n in g.nodes if n.op == "const" and n.name]
    assert params, "every model has named parameters"
    p = Point(g, [rng.standard_normal(shape)], wrt=[*g.inputs, *params])
    errs = assert_point(p, rng)
    assert errs["vjp"] < RTOL and errs["jvp"] < RTOL and errs["hvp"] < RTOL2


def test_d2u_dx2_pinn_style():
    """u(x) = tanh-MLP of a scalar point, batched: d2u/dx2 per point by jvp(vjp(u, seed=ones))
    with a tangent of ones (points do not interact), against second differences."""
    _need("matmul", "tanh")
    from torchsmt.ir.autodiff import jvp, vjp

    rng = np.random.default_rng(RNG_SEED + 1)
    b = GraphBuilder()
    x = b.input((7, 1), name="x")
    h = b.tanh(b.add(b.matmul(x, _param(b, rng, (1, 16), "W1", 1.0)),
                     _param(b, rng, (16,), "b1")))
    u = b.build(b.matmul(h, _param(b, rng, (16, 1), "W2")))
    d2 = jvp(vjp(u, seed="ones"))
    pts = rng.uniform(-1, 1, (7, 1))
    du, d2u = d2.run(pts, np.ones((7, 1)))
    h2 = 1e-4
    fd2 = (u.run(pts + h2) - 2 * u.run(pts) + u.run(pts - h2)) / h2**2
    fd1 = (u.run(pts + 1e-6) - u.run(pts - 1e-6)) / 2e-6
    assert np.max(np.abs(du - fd1)) / np.max(np.abs(fd1)) < RTOL
    assert np.max(np.abs(d2u - fd2)) / np.max(np.abs(fd2)) < RTOL2


@pytest.mark.parametrize("which", ["cnn", "softmax_layernorm", "residual"])
def test_reverse_over_reverse_equals_forward_over_reverse(which):
    """vjp(vjp(g)) and jvp(vjp(g)) both give H v (the Hessian of <ct, g> is symmetric)."""
    from torchsmt.ir.autodiff import jvp, vjp

    rng = np.random.default_rng(RNG_SEED + 2)
    g, shape = MODELS[which](rng)
    xv = rng.standard_normal(shape)
    outs = g.run(xv)
    outs = outs if isinstance(outs, tuple) else (outs,)
    cts = tuple(rng.standard_normal(o.shape) for o in outs)
    v = rng.standard_normal(shape)
    first = vjp(g, output=None, seed=cts)  # x -> grad_x <ct, g(x)>
    _, fwd = jvp(first).run(xv, v)
    rev = vjp(first, seed=v).run(xv)
    assert np.max(np.abs(fwd - rev)) <= 1e-12 * max(1.0, np.max(np.abs(fwd)))

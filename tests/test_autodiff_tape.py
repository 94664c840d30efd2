"""The VJP graph gives the eager tape's gradients bit for bit in float64.

Both run the same per-op vjp rules (GraphBuilder vs EagerEmitter) and sum the contributions to a
value used several times in the same order (forward order of use, left fold; see ir/autodiff.py and
torchsmt/autograd.py), so the results must be identical, not merely close.
"""

from __future__ import annotations

import numpy as np
import pytest

import torchsmt as ts
from torchsmt.ir import GraphBuilder
from torchsmt.ir.autodiff import vjp

needs_tensor = pytest.mark.usefixtures()  # the frontend is always present (kept as a marker)
needs_compile = pytest.mark.skipif(not (hasattr(ts, "compile") and hasattr(ts, "nn")),
                                   reason="ts.compile / ts.nn not there yet")


def _same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    assert a.dtype == b.dtype == np.float64
    assert a.shape == b.shape
    assert np.array_equal(a, b), f"max |diff| = {np.max(np.abs(a - b))}"


@needs_tensor
def test_many_uses_bit_for_bit():
    """x is used five times (tanh, mul twice, sub, relu): the fold order matters in float64."""
    rng = np.random.default_rng(0)
    xv, wv, ct = rng.standard_normal((3, 4)), rng.standard_normal(4), rng.standard_normal((3, 4))

    x = ts.tensor(xv, requires_grad=True)
    w = ts.tensor(wv, requires_grad=True)
    y = (x * w).tanh()
    z = y * x + x * x - x.relu()
    z = z * y
    z.backward(gradient=ts.tensor(ct))

    b = GraphBuilder()
    xi = b.input((3, 4), name="x")
    wi = b.input((4,), name="w")
    yi = b.tanh(b.mul(xi, wi))
    zi = b.sub(b.add(b.mul(yi, xi), b.mul(xi, xi)), b.relu(xi))
    zi = b.mul(zi, yi)
    dx, dw = vjp(b.build(zi)).run(xv, wv, ct)
    _same(x.grad.numpy(), dx)
    _same(w.grad.numpy(), dw)


@needs_tensor
def test_scalar_loss_bit_for_bit():
    rng = np.random.default_rng(1)
    xv, wv = rng.standard_normal((5, 3)), rng.standard_normal((5, 3))
    x = ts.tensor(xv, requires_grad=True)
    w = ts.tensor(wv, requires_grad=True)
    loss = ((x * w).tanh() * x).sum()
    loss.backward()

    b = GraphBuilder()
    xi, wi = b.input((5, 3), name="x"), b.input((5, 3), name="w")
    out = b.mul(b.tanh(b.mul(xi, wi)), xi)
    g = b.build(b.op("reduce_sum", out, axes=(0, 1), keepdims=False)
                if "reduce_sum" in b.registry else b.op("sum_to", out, shape=()))
    dx, dw = vjp(g, seed="ones").run(xv, wv)
    _same(x.grad.numpy(), dx)
    _same(w.grad.numpy(), dw)


def _models():
    nn = ts.nn
    ts.manual_seed(0)
    yield "mlp_tanh", nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 3)), (5, 4)
    yield "mlp_relu", nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 8), nn.ReLU(),
                                    nn.Linear(8, 2)), (5, 4)
    yield "cnn", nn.Sequential(nn.Conv2d(2, 3, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                               nn.Flatten(), nn.Linear(12, 2)), (2, 2, 4, 4)


@needs_compile
@pytest.mark.parametrize("which", ["mlp_tanh", "mlp_relu", "cnn"])
def test_compiled_model_bit_for_bit(which):
    """loss = sum(model(x) * c): the tape's x.grad and parameter grads equal the VJP graph's."""
    name, model, shape = next(m for m in _models() if m[0] == which)
    rng = np.random.default_rng(2)
    xv = rng.standard_normal(shape)
    out = model(ts.tensor(xv))
    cv = rng.standard_normal(out.shape)

    x = ts.tensor(xv, requires_grad=True)
    y = model(x)
    y.backward(gradient=ts.tensor(cv))

    g = ts.compile(model, input_shape=shape)
    params = dict(model.named_parameters())
    const_names = [n.name for n in g.nodes if n.op == "const" and n.name in params]
    assert sorted(const_names) == sorted(params), (const_names, list(params))
    back = vjp(g, wrt=[g.inputs[0], *const_names])
    res = back.run(xv, *(params[n].numpy() for n in const_names), cv)
    _same(x.grad.numpy(), res[0])
    for n, r in zip(const_names, res[1:], strict=True):
        _same(params[n].grad.numpy(), r)

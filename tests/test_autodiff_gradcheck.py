"""ts.gradcheck: passes on correct rules (graphs, tape functions); else names the worst entry."""

from __future__ import annotations

import numpy as np
import pytest

import torchsmt as ts
from torchsmt.gradcheck import GradcheckError, gradcheck
from torchsmt.ir import REGISTRY, GraphBuilder, TorchSMTError
from torchsmt.ir.ops.common import scalar, unary


def _graph(registry=REGISTRY, op="tanh"):
    b = GraphBuilder(registry)
    x = b.input((2, 3), name="x")
    w = b.input((3,), name="w")
    h = b.op(op, b.mul(x, w))
    return b.build([h, b.mul(h, x)])


def test_graph_passes_both_modes():
    rng = np.random.default_rng(0)
    g = _graph()
    assert gradcheck(g, [rng.standard_normal((2, 3)), rng.standard_normal(3)])
    assert gradcheck(g, (rng.standard_normal((2, 3)), rng.standard_normal(3)),
                     check_forward_ad=True)


def _wrong_registry():
    def deriv(e, x, out):  # tanh' off by 1 %
        return e.op("mul", e.op("sub", scalar(e, 1.0, out), e.op("mul", out, out)),
                    scalar(e, 1.01, out))

    return REGISTRY.extend(unary("tanh_bad", lambda xp, x: xp.tanh(x), deriv))


def test_wrong_rule_names_worst_entry():
    g = _graph(_wrong_registry(), "tanh_bad")
    xs = [np.full((2, 3), 0.3), np.array([0.5, -1.0, 2.0])]
    with pytest.raises(GradcheckError, match=r"d output \d / d input \d \(vjp\), output element"):
        gradcheck(g, xs)
    assert gradcheck(g, xs, raise_exception=False) is False
    with pytest.raises(GradcheckError):
        gradcheck(g, xs, atol=1e-3, rtol=1e-3, check_forward_ad=True)
    assert issubclass(GradcheckError, TorchSMTError)


def test_bad_arguments():
    g = _graph()
    with pytest.raises(GradcheckError, match="input"):
        gradcheck(g, [np.ones((2, 3))])
    with pytest.raises(GradcheckError, match="eps"):
        gradcheck(g, [np.ones((2, 3)), np.ones(3)], eps=0)
    with pytest.raises(GradcheckError, match="function"):
        gradcheck(42, [np.ones(3)])


def test_tape_function():
    rng = np.random.default_rng(1)
    a = ts.tensor(rng.standard_normal((2, 3)), requires_grad=True)
    w = ts.tensor(rng.standard_normal(3))  # no requires_grad: held fixed

    def fn(x, v):
        h = (x * v).tanh()
        return h * x, h

    assert gradcheck(fn, (a, w))
    assert gradcheck(lambda x: (x * x).tanh(), rng.standard_normal(4))  # plain arrays: all checked
    assert gradcheck(lambda x, v: (x * 2.0, v.tanh()), (a, w))  # v.tanh() needs no gradient
    with pytest.raises(GradcheckError, match="no input requires"):
        gradcheck(fn, (ts.tensor(np.ones((2, 3))), w))
    with pytest.raises(GradcheckError, match="tensors"):
        gradcheck(lambda x: 3.0, rng.standard_normal(2))
    if hasattr(ts, "gradcheck"):
        assert ts.gradcheck(fn, (a, w))

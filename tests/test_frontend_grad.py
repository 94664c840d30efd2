"""The eager tape: gradients vs central differences (float64), losses vs NumPy, bad input."""

from __future__ import annotations

import operator

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import torchsmt as ts
from torchsmt import nn
from torchsmt.autograd import AutogradError
from torchsmt.nn import functional as F
from torchsmt.nn.functional import LossError

H = 1e-6


def numgrad(loss_fn, t, rng, k=24):
    """Central differences of loss_fn() w.r.t. up to k random coordinates of tensor t."""
    base = t.numpy().copy()
    flat = rng.choice(base.size, size=min(k, base.size), replace=False)
    out = {}
    for i in flat:
        idx = np.unravel_index(i, base.shape)
        vals = []
        for s in (+1, -1):
            v = base.copy()
            v[idx] += s * H
            t.data = v
            with ts.no_grad():
                vals.append(loss_fn().item())
        out[idx] = (vals[0] - vals[1]) / (2 * H)
    t.data = base
    return out


def check_grads(model, x, loss_of, rng):
    xt = ts.tensor(x, requires_grad=True)
    model.zero_grad()
    loss = loss_of(model(xt))
    loss.backward()
    targets = [("x", xt), *model.named_parameters()]
    for name, t in targets:
        assert t.grad is not None and t.grad.shape == t.shape, name
        num = numgrad(lambda: loss_of(model(xt)), t, rng)
        for idx, v in num.items():
            a = t.grad.numpy()[idx]
            assert abs(a - v) <= 1e-6 * max(1.0, abs(v)), (name, idx, a, v)


@pytest.fixture
def rng():
    ts.manual_seed(1)
    return np.random.default_rng(1)


def test_mlp_grads(rng):
    m = nn.Sequential(nn.Linear(4, 6), nn.Tanh(), nn.Linear(6, 5), nn.ReLU(), nn.Linear(5, 3),
                      nn.Sigmoid())
    target = rng.standard_normal((7, 3))
    check_grads(m, rng.standard_normal((7, 4)), lambda y: F.mse_loss(y, ts.tensor(target)), rng)


def test_cnn_grads(rng):
    m = nn.Sequential(nn.Conv2d(2, 4, 3, stride=2, padding=1, groups=2), nn.LeakyReLU(0.1),
                      nn.Conv2d(4, 4, 2, dilation=2, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                      nn.AvgPool2d(1), nn.Flatten(), nn.Linear(16, 3))
    labels = np.array([0, 2])
    check_grads(m, rng.standard_normal((2, 2, 7, 7)), lambda y: F.cross_entropy(y, labels), rng)


def test_residual_and_norm_grads(rng):
    from test_frontend_models import Residual

    m = Residual(2)
    m.bn.running_var = rng.random(2) + 0.5
    m.eval()
    check_grads(m, rng.standard_normal((2, 2, 4, 4)), lambda y: (y * y).mean(), rng)
    m.train()  # batch statistics are differentiated too
    check_grads(m, rng.standard_normal((3, 2, 4, 4)), lambda y: (y * y).sum(), rng)

    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln, self.fc = nn.LayerNorm(5), nn.Linear(5, 4)

        def forward(self, x):
            return F.log_softmax(self.fc(self.ln(x)), -1)

    b = Block()
    b.ln.weight = rng.standard_normal(5)
    check_grads(b, rng.standard_normal((3, 5)), lambda y: F.nll_loss(y, [1, 0, 3]), rng)


def test_issue3_public_api(rng):
    model = nn.Sequential(nn.Linear(4, 6), nn.ReLU(), nn.Linear(6, 3))
    target = rng.standard_normal((5, 3))
    g = ts.compile(model, input_shape=(5, 4))
    # -- verbatim --
    x = ts.tensor(np.random.rand(5, 4), requires_grad=True)
    loss = nn.functional.mse_loss(model(x), ts.tensor(target)); loss.backward()  # noqa: E702
    x.grad, model[0].weight.grad                     # same shapes as x and the weight
    opt = ts.optim.Adam(model.parameters(), lr=1e-2); opt.zero_grad(); loss.backward(); opt.step()  # noqa: E702, E501
    labels = np.array([0, 2, 1, 1, 0])
    logits = model(x)
    nn.functional.cross_entropy(logits, ts.tensor(labels))   # labels: int array
    gg = ts.autodiff.vjp(g)                          # a torchsmt.ir.Graph
    # -- checks --
    assert x.grad.shape == x.shape and model[0].weight.grad.shape == model[0].weight.shape
    assert isinstance(gg, ts.ir.Graph)
    ce = nn.functional.cross_entropy(logits, ts.tensor(labels)).item()
    lv = logits.numpy()
    ref = np.mean(np.log(np.exp(lv).sum(1)) - lv[np.arange(5), labels])
    assert abs(ce - ref) < 1e-12


def test_losses_match_numpy(rng):
    x = rng.standard_normal((6, 4)) * 3
    t = rng.standard_normal((6, 4))
    xt = ts.tensor(x)
    for red, f in (("mean", np.mean), ("sum", np.sum), ("none", lambda a: a)):
        np.testing.assert_allclose(F.mse_loss(xt, t, reduction=red).numpy(), f((x - t) ** 2),
                                   rtol=1e-13)
    y = np.array([3, 0, 1, 1, 2, 3])
    lse = np.log(np.exp(x).sum(1))
    np.testing.assert_allclose(F.cross_entropy(xt, y).item(), np.mean(lse - x[np.arange(6), y]),
                               rtol=1e-13)
    np.testing.assert_allclose(nn.CrossEntropyLoss(reduction="sum")(xt, ts.tensor(y)).item(),
                               np.sum(lse - x[np.arange(6), y]), rtol=1e-13)
    z = (rng.random((6, 4)) > 0.5).astype(float)
    big = x * 100  # no overflow in the stable form
    ref = np.maximum(big, 0) - big * z + np.log1p(np.exp(-np.abs(big)))
    np.testing.assert_allclose(F.binary_cross_entropy_with_logits(ts.tensor(big), z,
                                                                  reduction="none").numpy(),
                               ref, rtol=1e-12, atol=1e-12)
    assert np.isfinite(nn.BCEWithLogitsLoss()(ts.tensor(big), ts.tensor(z)).item())


def test_bce_gradient_at_zero_is_sigmoid_minus_target():
    x = ts.tensor(np.zeros(3), requires_grad=True)
    F.binary_cross_entropy_with_logits(x, np.array([0.0, 1.0, 0.25]), reduction="sum").backward()
    np.testing.assert_allclose(x.grad.numpy(), [0.5, -0.5, 0.25], rtol=0, atol=1e-15)


def test_no_grad_accumulation_and_detach(rng):
    w = ts.tensor(rng.standard_normal(3), requires_grad=True)
    with ts.no_grad():
        y = (w * w).sum()
    assert not y.requires_grad and y._ctx is None

    @ts.no_grad()
    def f(v):
        return v * 2.0

    assert not f(w).requires_grad
    loss = (w * w).sum()
    loss.backward()
    g1 = w.grad.numpy().copy()
    loss.backward()  # the tape is kept; gradients accumulate
    np.testing.assert_array_equal(w.grad.numpy(), 2 * g1)
    np.testing.assert_allclose(g1, 2 * w.numpy(), rtol=1e-15)
    assert not w.detach().requires_grad
    before, obj = w.numpy().copy(), w
    with ts.no_grad():
        w -= 0.5 * w.grad  # a manual SGD step off the tape
    assert w is obj
    np.testing.assert_array_equal(w.numpy(), before - 0.5 * (2 * g1))


def test_shared_parameter_and_nonleaf(rng):
    lin = nn.Linear(3, 3)
    x = ts.tensor(rng.standard_normal((2, 3)), requires_grad=True)
    h = lin(x)
    y = lin(h.tanh()) + h  # the same weight used twice; h used twice
    (y * y).sum().backward()
    assert lin.weight.grad.shape == (3, 3) and h.grad is None


def test_tape_matches_vjp_graph_through_a_loss(rng):
    """ts.compile of a loss function and ts.autodiff.vjp reproduce the tape bit for bit."""
    m = nn.Sequential(nn.Linear(4, 5), nn.ReLU(), nn.Linear(5, 3))
    xv, labels = rng.standard_normal((6, 4)), np.array([0, 1, 2, 2, 1, 0])
    x = ts.tensor(xv, requires_grad=True)
    F.cross_entropy(m(x), labels).backward()

    class WithLoss(nn.Module):  # a Module, so compile names the parameters' const nodes
        def __init__(self):
            super().__init__()
            self.m = m

        def forward(self, v):
            return F.cross_entropy(self.m(v), labels)

    g = ts.compile(WithLoss(), input_shape=(6, 4))
    names = [f"m.{n}" for n, _ in m.named_parameters()]
    res = ts.autodiff.vjp(g, wrt=[g.inputs[0], *names], seed="ones").run(
        xv, *(p.numpy() for p in m.parameters()))
    np.testing.assert_array_equal(res[0], x.grad.numpy())
    for r, p in zip(res[1:], m.parameters(), strict=True):
        np.testing.assert_array_equal(r, p.grad.numpy())


def test_errors(rng):
    x = ts.tensor(rng.standard_normal((3, 2)), requires_grad=True)
    y = x * 2.0
    with pytest.raises(AutogradError, match="gradient"):
        y.backward()
    with pytest.raises(AutogradError, match="shape"):
        y.backward(np.ones(3))
    with pytest.raises(AutogradError, match="does not require grad"):
        ts.tensor([1.0]).backward()
    with pytest.raises(LossError, match="target shape"):
        F.mse_loss(y, np.zeros((3, 1)))
    with pytest.raises(LossError, match="target shape"):
        F.binary_cross_entropy_with_logits(y, np.zeros(2))
    with pytest.raises(LossError, match="out of range"):
        F.cross_entropy(y, [0, 1, 2])
    with pytest.raises(LossError, match="out of range"):
        F.cross_entropy(y, [0, -1, 1])
    with pytest.raises(LossError, match="integers"):
        F.nll_loss(y, np.array([0.5, 1.0, 0.0]))
    with pytest.raises(LossError, match="batch"):
        F.cross_entropy(y, [0, 1])
    with pytest.raises(LossError, match="reduction"):
        F.mse_loss(y, np.zeros((3, 2)), reduction="avg")
    with pytest.raises(ts.ir.TorchSMTError):
        ts.tensor([1, 2]) + 1.0  # integer tensors are labels, not operands
    with pytest.raises(ts.ir.TorchSMTError):
        x += 1.0  # in-place on a tensor that requires grad


def test_train_classifier_example(tmp_path, capsys):
    """examples/train_classifier.py as shipped: >= 95 % on the digits test split, graph saved."""
    pytest.importorskip("sklearn")
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "examples" / "train_classifier.py"
    spec = importlib.util.spec_from_file_location("train_classifier", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "digits.json"
    acc = mod.main(["--out", str(out)])
    assert acc >= 0.95
    g = ts.ir.load(str(out))
    assert g.node(g.inputs[0]).shape == (1, 64) and g.node(g.outputs[0]).shape == (1, 10)
    assert "test accuracy" in capsys.readouterr().out


# -- property: the tape equals the VJP graph of the traced program, bit for bit -------------------

_UNARY = ("tanh", "relu", "sigmoid", "exp_neg_sq")
_BINARY = ("add", "sub", "mul", "maximum")


def _program(steps, x, w):
    """A random straight-line program; operands are drawn from every earlier value (reuse)."""
    vals = [x, w]
    for kind, op, i, j in steps:
        a, b = vals[i % len(vals)], vals[j % len(vals)]
        if kind == "u":
            v = (-(a * a)).exp() if op == "exp_neg_sq" else getattr(a, op)()
        else:
            v = a.maximum(b) if op == "maximum" else getattr(operator, op)(a, b)
        vals.append(v)
    return (vals[-1] * vals[-2]).sum() + vals[0].sum()


_step = st.one_of(
    st.tuples(st.just("u"), st.sampled_from(_UNARY), st.integers(0, 20), st.just(0)),
    st.tuples(st.just("b"), st.sampled_from(_BINARY), st.integers(0, 20), st.integers(0, 20)))


@settings(max_examples=30, deadline=None)
@given(steps=st.lists(_step, min_size=1, max_size=8), seed=st.integers(0, 2**16),
       dtype=st.sampled_from(["f64", "f32"]))
def test_tape_equals_vjp_graph_property(steps, seed, dtype):
    np_dt = np.float64 if dtype == "f64" else np.float32
    rng = np.random.default_rng(seed)
    xv, wv = rng.standard_normal((3, 4)).astype(np_dt), rng.standard_normal(4).astype(np_dt)
    x, w = ts.tensor(xv, requires_grad=True), ts.tensor(wv, requires_grad=True)
    _program(steps, x, w).backward()
    g = ts.compile(lambda a, b: _program(steps, a, b), input_shape=[(3, 4), (4,)], dtype=dtype)
    dx, dw = ts.autodiff.vjp(g, seed="ones").run(xv, wv)
    assert dx.dtype == x.grad.dtype == np_dt
    np.testing.assert_array_equal(dx, x.grad.numpy())
    # w unused: PyTorch's convention leaves .grad None; the graph gives zeros
    np.testing.assert_array_equal(dw, np.zeros_like(wv) if w.grad is None else w.grad.numpy())

"""Eager == compiled graph == an independent NumPy reference (written here), float64, 1e-12.

The references below use none of torchsmt's code: convolution by shifted windows and einsum (the
ops use im2col), pooling by explicit windows, normalizations from their textbook formulas.
"""

from __future__ import annotations

import numpy as np
import pytest

import torchsmt as ts
from torchsmt import nn
from torchsmt.ir import Graph, ShapeError
from torchsmt.tensor import TracingError

TOL = dict(rtol=1e-12, atol=1e-12)


# -- references ------------------------------------------------------------------------------------
def ref_linear(x, w, b=None):
    y = x @ w.T
    return y if b is None else y + b


def ref_conv2d(x, w, b=None, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1):
    n, cin, h, wd = x.shape
    cout, cg, kh, kw = w.shape
    (sh, sw), (ph, pw), (dh, dw) = stride, padding, dilation
    xp = np.zeros((n, cin, h + 2 * ph, wd + 2 * pw))
    xp[:, :, ph:ph + h, pw:pw + wd] = x
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (wd + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    out = np.zeros((n, cout, ho, wo))
    og = cout // groups
    for g in range(groups):
        xs_all = xp[:, g * cg:(g + 1) * cg]
        for i in range(kh):
            for j in range(kw):
                win = xs_all[:, :, i * dh:i * dh + sh * (ho - 1) + 1:sh,
                             j * dw:j * dw + sw * (wo - 1) + 1:sw]
                out[:, g * og:(g + 1) * og] += np.einsum("nchw,oc->nohw", win,
                                                         w[g * og:(g + 1) * og, :, i, j])
    return out if b is None else out + b[None, :, None, None]


def ref_pool(x, k, s, p, kind):
    n, c, h, wd = x.shape
    fill = -np.inf if kind == "max" else 0.0
    xp = np.full((n, c, h + 2 * p[0], wd + 2 * p[1]), fill)
    xp[:, :, p[0]:p[0] + h, p[1]:p[1] + wd] = x
    ho = (h + 2 * p[0] - k[0]) // s[0] + 1
    wo = (wd + 2 * p[1] - k[1]) // s[1] + 1
    out = np.zeros((n, c, ho, wo))
    for i in range(ho):
        for j in range(wo):
            win = xp[:, :, i * s[0]:i * s[0] + k[0], j * s[1]:j * s[1] + k[1]]
            out[:, :, i, j] = win.max(axis=(2, 3)) if kind == "max" else win.mean(axis=(2, 3))
    return out


def ref_batchnorm(x, w, b, m, v, eps):
    sh = (1, -1, 1, 1)
    return (x - m.reshape(sh)) / np.sqrt(v.reshape(sh) + eps) * w.reshape(sh) + b.reshape(sh)


def ref_layernorm(x, w, b, k, eps):
    axes = tuple(range(x.ndim - k, x.ndim))
    mu = x.mean(axis=axes, keepdims=True)
    var = ((x - mu) ** 2).mean(axis=axes, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w + b


def ref_softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def P(m, name):
    return dict(m.named_parameters())[name].numpy()


def check(model, x, ref):
    """eager == compiled == reference, all float64."""
    eager = model(ts.tensor(x)).numpy()
    g = ts.compile(model, input_shape=x.shape)
    assert isinstance(g, Graph)
    compiled = g.run(x)
    assert eager.dtype == compiled.dtype == np.float64
    np.testing.assert_allclose(eager, ref, **TOL)
    np.testing.assert_allclose(compiled, ref, **TOL)
    np.testing.assert_array_equal(eager, compiled)  # the same ops in the same order
    return g


@pytest.fixture
def rng():
    ts.manual_seed(0)
    return np.random.default_rng(0)


# -- the issue-2 Public API, verbatim --------------------------------------------------------------
def test_public_api_issue2(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    import numpy as np

    import torchsmt as ts
    from torchsmt import nn
    model = nn.Sequential(nn.Linear(5, 50), nn.ReLU(), nn.Linear(50, 5))
    model[0].weight = np.zeros((50, 5)); model[0].bias = np.zeros(50)  # noqa: E702
    y = model(ts.tensor(np.ones((7, 5))))            # y.numpy().shape == (7, 5)
    g = ts.compile(model, input_shape=(7, 5))       # a torchsmt.ir.Graph
    out = g.run(np.ones((7, 5)))                    # np.ndarray (float32 in -> float32 out)
    print(g)                                        # SSA listing
    ts.ir.save(g, "m.json"); g2 = ts.ir.load("m.json")  # noqa: E702

    assert y.numpy().shape == (7, 5) and isinstance(g, ts.ir.Graph)
    assert isinstance(out, np.ndarray) and out.shape == (7, 5)
    assert g.run(np.ones((7, 5), dtype=np.float32)).dtype == np.float32
    np.testing.assert_array_equal(out, y.numpy())
    np.testing.assert_array_equal(g2.run(np.ones((7, 5))), out)
    assert g2.sha256() == g.sha256()
    # the zeroed first layer: every output equals the second layer's bias
    np.testing.assert_array_equal(out, np.broadcast_to(model[2].bias.numpy(), (7, 5)))


# -- models -----------------------------------------------------------------------------------
def test_mlp(rng):
    m = nn.Sequential(nn.Linear(6, 16), nn.ReLU(), nn.Linear(16, 16), nn.Tanh(),
                      nn.Linear(16, 8), nn.Sigmoid(), nn.Linear(8, 3, bias=False),
                      nn.LeakyReLU(0.2))
    x = rng.standard_normal((9, 6))
    h = np.maximum(ref_linear(x, P(m, "0.weight"), P(m, "0.bias")), 0)
    h = np.tanh(ref_linear(h, P(m, "2.weight"), P(m, "2.bias")))
    h = 1 / (1 + np.exp(-ref_linear(h, P(m, "4.weight"), P(m, "4.bias"))))
    h = ref_linear(h, P(m, "6.weight"))
    check(m, x, np.where(h > 0, h, 0.2 * h))


@pytest.mark.parametrize("kw", [
    dict(stride=1, padding=0),
    dict(stride=2, padding=1),
    dict(stride=(2, 1), padding=(0, 2), dilation=(2, 1)),
    dict(stride=1, padding=1, groups=2),
    dict(stride=2, padding=2, dilation=2, groups=4, bias=False),
])
def test_conv2d(rng, kw):
    m = nn.Sequential(nn.Conv2d(4, 8, 3, **kw))
    x = rng.standard_normal((2, 4, 9, 8))
    c = m[0]
    b = None if c.bias is None else c.bias.numpy()
    ref = ref_conv2d(x, c.weight.numpy(), b, c.stride, c.padding, c.dilation, c.groups)
    check(m, x, ref)


def test_cnn_pooling_flatten(rng):
    m = nn.Sequential(nn.Conv2d(3, 4, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                      nn.Conv2d(4, 6, 3, stride=1), nn.ReLU(), nn.AvgPool2d(2, stride=1),
                      nn.Flatten(), nn.Linear(6 * 1 * 1, 2))
    x = rng.standard_normal((2, 3, 8, 8))
    h = np.maximum(ref_conv2d(x, P(m, "0.weight"), P(m, "0.bias"), padding=(1, 1)), 0)
    h = ref_pool(h, (2, 2), (2, 2), (0, 0), "max")
    h = np.maximum(ref_conv2d(h, P(m, "3.weight"), P(m, "3.bias")), 0)
    h = ref_pool(h, (2, 2), (1, 1), (0, 0), "avg")
    h = ref_linear(h.reshape(2, -1), P(m, "7.weight"), P(m, "7.bias"))
    check(m, x, h)


@pytest.mark.parametrize("k,s,p", [(2, None, 0), (3, 2, 1), ((2, 3), (1, 2), (1, 1))])
def test_pooling(rng, k, s, p):
    x = rng.standard_normal((2, 3, 7, 8))
    kk = (k, k) if isinstance(k, int) else k
    ss = kk if s is None else ((s, s) if isinstance(s, int) else s)
    pp = (p, p) if isinstance(p, int) else p
    check(nn.MaxPool2d(k, s, p), x, ref_pool(x, kk, ss, pp, "max"))
    check(nn.AvgPool2d(k, s, p), x, ref_pool(x, kk, ss, pp, "avg"))


def test_batchnorm_eval(rng):
    bn = nn.BatchNorm2d(3, eps=1e-3)
    bn.weight = rng.standard_normal(3)
    bn.bias = rng.standard_normal(3)
    bn.running_mean = rng.standard_normal(3)
    bn.running_var = rng.random(3) + 0.5
    bn.eval()
    x = rng.standard_normal((2, 3, 4, 5))
    ref = ref_batchnorm(x, bn.weight.numpy(), bn.bias.numpy(), bn.running_mean.numpy(),
                        bn.running_var.numpy(), 1e-3)
    check(bn, x, ref)


def test_batchnorm_train_and_compile_uses_eval(rng):
    bn = nn.BatchNorm2d(2, momentum=0.25)
    x = rng.standard_normal((4, 2, 3, 3)) * 2 + 1
    y = bn(ts.tensor(x)).numpy()  # training mode: batch statistics
    mu, var = x.mean(axis=(0, 2, 3)), x.var(axis=(0, 2, 3))
    np.testing.assert_allclose(y, ref_batchnorm(x, np.ones(2), np.zeros(2), mu, var, 1e-5), **TOL)
    np.testing.assert_allclose(bn.running_mean.numpy(), 0.25 * mu, **TOL)
    np.testing.assert_allclose(bn.running_var.numpy(), 0.75 + 0.25 * x.var(axis=(0, 2, 3), ddof=1),
                               **TOL)
    g = ts.compile(bn, input_shape=x.shape)
    assert bn.training  # mode restored
    ref = ref_batchnorm(x, np.ones(2), np.zeros(2), bn.running_mean.numpy(),
                        bn.running_var.numpy(), 1e-5)
    np.testing.assert_allclose(g.run(x), ref, **TOL)


def test_layernorm_softmax_block(rng):
    class Block(nn.Module):
        def __init__(self):
            super().__init__()
            self.ln = nn.LayerNorm(6)
            self.fc = nn.Linear(6, 5)
            self.sm = nn.Softmax(dim=-1)

        def forward(self, x):
            return self.sm(self.fc(self.ln(x)))

    m = Block()
    m.ln.weight = rng.standard_normal(6)
    m.ln.bias = rng.standard_normal(6)
    x = rng.standard_normal((3, 4, 6))
    h = ref_layernorm(x, P(m, "ln.weight"), P(m, "ln.bias"), 1, 1e-5)
    check(m, x, ref_softmax(ref_linear(h, P(m, "fc.weight"), P(m, "fc.bias")), -1))
    ls = nn.LogSoftmax(dim=1)
    check(ls, x, np.log(ref_softmax(x, 1)))
    ln2 = nn.LayerNorm((4, 6), eps=1e-3)
    check(ln2, x, ref_layernorm(x, np.ones((4, 6)), np.zeros((4, 6)), 2, 1e-3))


class Residual(nn.Module):
    """A user Module with a custom forward: conv -> bn -> relu -> conv, plus the skip path."""

    def __init__(self, c):
        super().__init__()
        self.conv1 = nn.Conv2d(c, c, 3, padding=1)
        self.bn = nn.BatchNorm2d(c)
        self.conv2 = nn.Conv2d(c, c, 3, padding=1, bias=False)
        self.act = nn.ReLU()

    def forward(self, x):
        return self.act(x + self.conv2(self.act(self.bn(self.conv1(x)))))


def ref_residual(m, x):
    h = ref_conv2d(x, P(m, "conv1.weight"), P(m, "conv1.bias"), padding=(1, 1))
    h = ref_batchnorm(h, P(m, "bn.weight"), P(m, "bn.bias"), m.bn.running_mean.numpy(),
                      m.bn.running_var.numpy(), 1e-5)
    h = ref_conv2d(np.maximum(h, 0), P(m, "conv2.weight"), padding=(1, 1))
    return np.maximum(x + h, 0)


def test_residual_block(rng):
    m = Residual(3)
    m.bn.running_mean = rng.standard_normal(3) * 0.1
    m.bn.running_var = rng.random(3) + 0.5
    m.eval()
    x = rng.standard_normal((2, 3, 5, 5))
    check(m, x, ref_residual(m, x))
    names = [n for n, _ in m.named_parameters()]
    assert names == ["conv1.weight", "conv1.bias", "bn.weight", "bn.bias", "conv2.weight"]


def test_compile_float32_and_const_names(rng):
    m = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    g = ts.compile(m, input_shape=(5, 3), dtype="f32")
    consts = {n.name for n in g.nodes if n.op == "const"}
    assert {"0.weight", "0.bias", "2.weight", "2.bias"} <= consts
    assert all(n.dtype == "f32" for n in g.nodes)
    x = rng.standard_normal((5, 3)).astype(np.float32)
    m32 = nn.Sequential(nn.Linear(3, 4, dtype="f32"), nn.ReLU(), nn.Linear(4, 2, dtype="f32"))
    m32.load_state_dict(m.state_dict())
    out = g.run(x)
    assert out.dtype == np.float32
    np.testing.assert_array_equal(out, m32(ts.tensor(x)).numpy())


def test_compile_function_with_two_inputs(rng):
    def f(a, b):
        return (a @ b).relu().sum(dim=1), a * 2.0 - 1.0

    a, b = rng.standard_normal((3, 4)), rng.standard_normal((4, 5))
    g = ts.compile(f, input_shape=[(3, 4), (4, 5)])
    o1, o2 = g.run(a, b)
    np.testing.assert_allclose(o1, np.maximum(a @ b, 0).sum(axis=1), **TOL)
    np.testing.assert_allclose(o2, a * 2 - 1, **TOL)


# -- modules: parameters, state, init -------------------------------------------------------------
def test_parameter_assignment_and_state_dict(rng):
    m = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    w = m[0].weight
    m[0].weight = np.arange(12.0).reshape(4, 3)
    assert m[0].weight is w and w.numpy()[1, 2] == 5.0 and w.requires_grad
    with pytest.raises(ShapeError, match="expected shape"):
        m[0].weight = np.zeros((3, 4))
    sd = m.state_dict()
    assert list(sd) == ["0.weight", "0.bias", "2.weight", "2.bias"]
    m2 = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    m2.load_state_dict(sd)
    x = ts.tensor(rng.standard_normal((2, 3)))
    np.testing.assert_array_equal(m(x).numpy(), m2(x).numpy())
    with pytest.raises(ts.ir.TorchSMTError, match="missing"):
        m2.load_state_dict({"0.weight": sd["0.weight"]})
    assert len(m) == 3 and isinstance(m[1], nn.ReLU) and len(list(iter(m))) == 3
    assert len(m[0:2]) == 2 and len(list(m.parameters())) == 4


def test_init_like_pytorch_and_seeded():
    ts.manual_seed(123)
    a = nn.Conv2d(4, 6, 3, groups=2)
    ts.manual_seed(123)
    b = nn.Conv2d(4, 6, 3, groups=2)
    np.testing.assert_array_equal(a.weight.numpy(), b.weight.numpy())
    bound = 1 / np.sqrt(2 * 3 * 3)  # fan_in = in/groups * kh * kw
    assert a.weight.shape == (6, 2, 3, 3)
    assert np.abs(a.weight.numpy()).max() <= bound and np.abs(a.bias.numpy()).max() <= bound
    assert np.abs(a.weight.numpy()).max() > 0.8 * bound
    lin = nn.Linear(100, 50)
    assert lin.weight.shape == (50, 100) and np.abs(lin.weight.numpy()).max() <= 0.1
    assert lin.weight.dtype == np.float64


def test_repr_and_modes():
    m = nn.Sequential(nn.Linear(2, 3), nn.Dropout(0.5), nn.BatchNorm2d(3))
    assert "Linear(in_features=2, out_features=3, bias=True)" in repr(m)
    m.eval()
    assert not m[2].training and not m.training
    m.train()
    assert m[1].training


def test_frontend_errors(rng):
    m = nn.Sequential(nn.Linear(3, 4))
    with pytest.raises(ShapeError):
        m(ts.tensor(np.ones((2, 5))))
    with pytest.raises(ShapeError):
        ts.compile(m, input_shape=(2, 5))
    with pytest.raises(ts.ir.TorchSMTError):
        ts.compile(m, input_shape=None)

    def peek(x):
        return x * float(x.sum())  # value-dependent: not traceable

    with pytest.raises(TracingError, match="traced"):
        ts.compile(peek, input_shape=(3,))
    with pytest.raises(ts.ir.TorchSMTError, match="mixed dtypes"):
        m(ts.tensor(np.ones((2, 3), dtype=np.float32)))
    m.float()
    assert m(ts.tensor(np.ones((2, 3), dtype=np.float32))).dtype == np.float32


def test_demo_part_runs():
    from torchsmt.demo_parts import frontend

    lines = []
    frontend.run(lines.append, "cpu")
    assert 3 <= len(lines) <= 25 and any("%" in str(s) for s in lines)


def test_conv_padding_strings(rng):
    x = rng.standard_normal((1, 2, 6, 5))
    same = nn.Conv2d(2, 3, 3, padding="same", dilation=2)
    assert same(ts.tensor(x)).shape == (1, 3, 6, 5)
    ref = ref_conv2d(x, same.weight.numpy(), same.bias.numpy(), padding=(2, 2), dilation=(2, 2))
    check(same, x, ref)
    assert nn.Conv2d(2, 3, 3, padding="valid")(ts.tensor(x)).shape == (1, 3, 4, 3)
    with pytest.raises(ShapeError, match="asymmetric"):
        nn.Conv2d(2, 3, 2, padding="same")(ts.tensor(x))
    with pytest.raises(ShapeError, match="stride"):
        nn.Conv2d(2, 3, 3, stride=2, padding="same")(ts.tensor(x))

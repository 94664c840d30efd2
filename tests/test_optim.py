"""Optimizers reproduce update sequences hand-computed from the published formulas.

The references below are scalar Python loops over each coordinate: SGD with momentum/dampening/
Nesterov/weight decay as in PyTorch's documentation, Adam as in Kingma & Ba (Algorithm 1, with
PyTorch's eps placement sqrt(v_hat) + eps and its AMSGrad variant), AdamW as in Loshchilov & Hutter
(decoupled decay p <- p - lr*wd*p).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

import torchsmt as ts
from torchsmt import nn
from torchsmt.optim import SGD, Adam, AdamW, OptimizerError

GRADS = [np.array([0.5, -1.0, 2.0]), np.array([0.25, 0.75, -1.5]), np.array([-0.1, 0.3, 0.2]),
         np.array([1.0, -2.0, 0.0])]
P0 = np.array([1.0, -0.5, 0.25])


def run(opt_cls, **kw):
    p = nn.Parameter(P0.copy())
    opt = opt_cls([p], **kw)
    out = []
    for g in GRADS:
        opt.zero_grad()
        p.grad = ts.tensor(g)
        opt.step()
        out.append(p.numpy().copy())
    return out


def ref_sgd(lr, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False):
    res = []
    for i in range(3):
        p, buf, seq = P0[i], None, []
        for g in GRADS:
            d = g[i] + weight_decay * p
            if momentum:
                buf = d if buf is None else momentum * buf + (1 - dampening) * d
                d = d + momentum * buf if nesterov else buf
            p = p - lr * d
            seq.append(p)
        res.append(seq)
    return [np.array([res[i][t] for i in range(3)]) for t in range(len(GRADS))]


def ref_adam(lr, b1=0.9, b2=0.999, eps=1e-8, weight_decay=0.0, amsgrad=False, decoupled=False):
    res = []
    for i in range(3):
        p, m, v, vmax, seq = P0[i], 0.0, 0.0, 0.0, []
        for t, g in enumerate(GRADS, start=1):
            g = g[i]
            if decoupled:
                p = p - lr * weight_decay * p
            else:
                g = g + weight_decay * p
            m = b1 * m + (1 - b1) * g
            v = b2 * v + (1 - b2) * g * g
            vmax = max(vmax, v)
            m_hat = m / (1 - b1 ** t)
            v_hat = (vmax if amsgrad else v) / (1 - b2 ** t)
            p = p - lr * m_hat / (math.sqrt(v_hat) + eps)
            seq.append(p)
        res.append(seq)
    return [np.array([res[i][t] for i in range(3)]) for t in range(len(GRADS))]


def same(a, b):
    for x, y in zip(a, b, strict=True):
        np.testing.assert_allclose(x, y, rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("kw", [
    dict(lr=0.1),
    dict(lr=0.1, momentum=0.9),
    dict(lr=0.05, momentum=0.8, dampening=0.3),
    dict(lr=0.1, momentum=0.9, nesterov=True),
    dict(lr=0.1, momentum=0.5, weight_decay=0.01, nesterov=True),
    dict(lr=0.2, weight_decay=0.1),
])
def test_sgd(kw):
    same(run(SGD, **kw), ref_sgd(**kw))


@pytest.mark.parametrize("kw", [
    dict(lr=1e-2),
    dict(lr=0.1, betas=(0.8, 0.99), eps=1e-6),
    dict(lr=0.05, weight_decay=0.1),
    dict(lr=0.05, amsgrad=True),
])
def test_adam(kw):
    ref = dict(kw)
    b1, b2 = ref.pop("betas", (0.9, 0.999))
    same(run(Adam, **kw), ref_adam(b1=b1, b2=b2, **ref))


@pytest.mark.parametrize("kw", [dict(lr=0.05), dict(lr=0.1, weight_decay=0.5, amsgrad=True)])
def test_adamw(kw):
    ref = dict(kw)
    ref.setdefault("weight_decay", 1e-2)  # AdamW's default
    same(run(AdamW, **kw), ref_adam(decoupled=True, **ref))


def test_zero_grad_state_dict_and_groups():
    ts.manual_seed(0)
    m = nn.Linear(3, 2)
    opt = Adam([{"params": [m.weight]}, {"params": [m.bias], "lr": 0.5}], lr=0.01)
    assert opt.param_groups[1]["lr"] == 0.5 and opt.param_groups[0]["betas"] == (0.9, 0.999)
    x = ts.tensor(np.ones((4, 3)))
    for _ in range(2):
        opt.zero_grad()
        (m(x) * m(x)).sum().backward()
        opt.step()
    sd = opt.state_dict()
    assert sd["state"][0]["step"] == 2 and sd["param_groups"][1]["params"] == [1]
    # a copy of the model and optimizer continues identically
    m2 = nn.Linear(3, 2)
    m2.load_state_dict(m.state_dict())
    opt2 = Adam([{"params": [m2.weight]}, {"params": [m2.bias], "lr": 0.5}], lr=0.01)
    opt2.load_state_dict(sd)
    for mm, oo in ((m, opt), (m2, opt2)):
        oo.zero_grad()
        (mm(x) * mm(x)).sum().backward()
        oo.step()
    np.testing.assert_array_equal(m.weight.numpy(), m2.weight.numpy())
    opt.zero_grad(set_to_none=False)
    assert np.all(m.weight.grad.numpy() == 0)
    opt.zero_grad()
    assert m.weight.grad is None


def test_errors():
    p = nn.Parameter(np.ones(2))
    with pytest.raises(OptimizerError, match="empty"):
        SGD([], lr=0.1)
    with pytest.raises(OptimizerError, match="learning rate"):
        SGD([p], lr=-1)
    with pytest.raises(OptimizerError, match="Nesterov"):
        SGD([p], lr=0.1, nesterov=True)
    with pytest.raises(OptimizerError, match="betas"):
        Adam([p], betas=(1.0, 0.9))
    with pytest.raises(OptimizerError, match="more than one"):
        SGD([p, p], lr=0.1)
    with pytest.raises(OptimizerError, match="groups"):
        SGD([p], lr=0.1).load_state_dict({"state": {}, "param_groups": []})


def test_training_reduces_loss():
    ts.manual_seed(3)
    rng = np.random.default_rng(3)
    X = rng.standard_normal((64, 3))
    y = np.sin(X @ np.array([1.0, -2.0, 0.5]))[:, None]
    m = nn.Sequential(nn.Linear(3, 16), nn.Tanh(), nn.Linear(16, 1))
    opt = ts.optim.SGD(m.parameters(), lr=0.05, momentum=0.9)
    from torchsmt.data import DataLoader

    loader = DataLoader(X, y, batch_size=16, shuffle=True, seed=0)
    assert len(loader) == 4
    first = None
    for _ in range(60):
        for xb, yb in loader:
            opt.zero_grad()
            loss = nn.MSELoss()(m(xb), yb)
            loss.backward()
            opt.step()
            first = loss.item() if first is None else first
    with ts.no_grad():
        final = nn.functional.mse_loss(m(ts.tensor(X)), ts.tensor(y)).item()
    assert final < 0.2 * first

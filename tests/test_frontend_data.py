"""The data helper, dropout, containers, dtype casts and buffers in state dicts."""

from __future__ import annotations

import numpy as np
import pytest

import torchsmt as ts
from torchsmt import nn
from torchsmt.data import DataLoader, batches, train_test_split
from torchsmt.ir import ShapeError, TorchSMTError


def test_dataloader_batches_and_seeded_shuffle():
    X, y = np.arange(20.0).reshape(10, 2), np.arange(10)
    dl = DataLoader(X, y, batch_size=4, shuffle=True, seed=7)
    assert len(dl) == 3
    e1 = [yb.numpy().tolist() for _, yb in dl]
    e2 = [yb.numpy().tolist() for _, yb in dl]
    assert [len(b) for b in e1] == [4, 4, 2]
    assert sorted(sum(e1, [])) == list(range(10)) and e1 != e2  # epochs differ
    again = [yb.numpy().tolist() for _, yb in DataLoader(X, y, batch_size=4, shuffle=True, seed=7)]
    assert again == e1  # reproducible
    xb, yb = next(iter(dl))
    assert xb.dtype == np.float64 and yb.dtype == np.int64
    np.testing.assert_array_equal(xb.numpy()[:, 0] / 2, yb.numpy())  # rows stay paired
    assert len(DataLoader(X, batch_size=4, drop_last=True)) == 2
    assert [b[0].shape[0] for b in DataLoader(X, batch_size=3)] == [3, 3, 3, 1]
    assert len(list(batches(X, y, batch_size=5))) == 2
    with pytest.raises(ShapeError):
        DataLoader(X, y[:5])
    with pytest.raises(ShapeError):
        DataLoader(X, batch_size=0)


def test_train_test_split():
    X, y = np.arange(50.0).reshape(25, 2), np.arange(25)
    Xa, Xb, ya, yb = train_test_split(X, y, test_fraction=0.2, seed=1)
    assert len(Xb) == 5 and len(Xa) == 20
    assert sorted(np.concatenate([ya, yb]).tolist()) == list(range(25))
    np.testing.assert_array_equal(Xa[:, 0] / 2, ya)
    with pytest.raises(ShapeError):
        train_test_split(X, test_fraction=1.5)


def test_dropout_train_eval_and_compile():
    ts.manual_seed(0)
    d = nn.Dropout(0.5)
    x = ts.tensor(np.ones((200, 10)))
    y = d(x).numpy()
    assert set(np.unique(y)) <= {0.0, 2.0} and 0.4 < (y == 0).mean() < 0.6
    d.eval()
    np.testing.assert_array_equal(d(x).numpy(), x.numpy())
    d.train()
    g = ts.compile(nn.Sequential(d), input_shape=(3, 10))  # traced in eval mode: identity
    np.testing.assert_array_equal(g.run(np.ones((3, 10))), np.ones((3, 10)))
    with pytest.raises(ShapeError):
        nn.functional.dropout(x, 1.0)


def test_containers_buffers_and_casts():
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.blocks = nn.ModuleList([nn.Linear(3, 3) for _ in range(2)])
            self.shared = self.blocks[0]  # shared module: its parameters counted once
            self.bn = nn.BatchNorm2d(3)
            self.register_buffer("scale", np.full(3, 2.0))

        def forward(self, x):
            for b in self.blocks:
                x = b(x).relu()
            return x * self.scale

    net = Net()
    assert len(list(net.parameters())) == 4 + 2
    sd = net.state_dict()
    assert "bn.running_mean" in sd and "scale" in sd and "shared.weight" not in sd
    net.scale = np.full(3, 3.0)
    assert net.scale.numpy()[0] == 3.0 and not net.scale.requires_grad
    with pytest.raises(ShapeError):
        net.scale = np.ones(4)
    net.load_state_dict(sd)
    assert net.scale.numpy()[0] == 2.0
    g = ts.compile(net, input_shape=(2, 3))
    assert "scale" in {n.name for n in g.nodes}
    x = np.random.default_rng(0).standard_normal((2, 3))
    np.testing.assert_array_equal(g.run(x), net(ts.tensor(x)).numpy())
    w = net.blocks[0].weight
    net.float()
    assert w.dtype == np.float32 and net.blocks[0].weight is w
    assert net.bn.running_var.dtype == np.float32
    assert net(ts.tensor(x.astype(np.float32))).dtype == np.float32
    net.double()
    assert w.dtype == np.float64


def test_module_misuse():
    class Bad(nn.Module):
        def __init__(self):
            self.fc = nn.Linear(2, 2)  # forgot super().__init__()

    with pytest.raises(TorchSMTError, match="super"):
        Bad()
    with pytest.raises(TorchSMTError, match="forward"):
        nn.Module()(ts.tensor([1.0]))
    with pytest.raises(TorchSMTError):
        nn.Sequential(nn.ReLU(), lambda x: x)
    with pytest.raises(AttributeError):
        nn.Linear(2, 2).nope  # noqa: B018
    with pytest.raises(ShapeError, match="groups"):
        nn.Conv2d(3, 4, 3, groups=2)

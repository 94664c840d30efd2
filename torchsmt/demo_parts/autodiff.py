"""Demo section: gradients are graphs (printed), second derivatives by JVP-of-VJP, training."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def run(say: Callable[[str], None], device: str = "cpu") -> None:
    import torchsmt as ts
    from torchsmt.ir import GraphBuilder

    grad, jvp, vjp = ts.autodiff.grad, ts.autodiff.jvp, ts.autodiff.vjp

    # 1. The gradient of a tiny model is itself a graph.
    b = GraphBuilder()
    x = b.input((1, 2), name="x")
    wv = np.array([[0.5, -1.0], [2.0, 0.25]])
    w = b.const(wv, name="W")
    y = b.tanh(b.matmul(x, w))
    g = b.build(b.op("reduce_sum", b.mul(y, y), axes=(0, 1), keepdims=False))
    dg = grad(g, wrt=["x", "W"])
    say("loss = sum(tanh(x @ W)^2); ts.autodiff.grad(g, wrt=['x', 'W']) is a graph:")
    for line in str(dg).splitlines():
        say("  " + line)
    xv = np.array([[0.3, -0.7]])
    dx, dw = dg.run(xv, wv)  # W, a constant of g, is an input of the gradient graph
    say(f"  at x = {xv.ravel().tolist()}: d_x = {np.round(dx.ravel(), 6).tolist()}")

    # 2. Second derivative d2u/dx2 of u(x) = tanh(3x) * x by jvp(vjp(u)), vs second differences.
    b = GraphBuilder()
    x = b.input((4,), name="x")
    u = b.build(b.mul(b.tanh(b.mul(x, b.const(np.full(4, 3.0)))), x))
    d2 = jvp(vjp(u, seed="ones"))  # inputs: x, tangent; outputs: du/dx, d2u/dx2 (diagonal)
    pts = np.array([-1.0, -0.2, 0.1, 0.8])
    _, second = d2.run(pts, np.ones(4))
    h = 1e-4
    fd = (u.run(pts + h) - 2 * u.run(pts) + u.run(pts - h)) / h**2
    err = float(np.max(np.abs(second - fd)) / np.max(np.abs(fd)))
    say(f"d2/dx2 [tanh(3x) x] at {pts.tolist()} by jvp(vjp(u)): {np.round(second, 5).tolist()}")
    verdict = "agree" if err < 1e-5 else "DISAGREE"
    say(f"  second differences {verdict}: relative error {err:.1e} ({len(d2)}-node graph)")

    # 3. Training with the PyTorch-style frontend (the eager tape runs the same vjp rules).
    try:
        from torchsmt import nn

        optim = ts.optim
    except (ImportError, AttributeError):
        say("(frontend training loop skipped: torchsmt.nn / optim not available)")
        return
    _train(say, ts, nn, optim)


def _train(say, ts, nn, optim) -> None:
    from torchsmt.ir.autodiff import vjp

    rng = np.random.default_rng(0)
    xs = rng.uniform(-1.0, 1.0, (64, 2))
    ys = np.sin(2 * xs[:, :1]) * xs[:, 1:]
    ts.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 1))
    opt = optim.Adam(model.parameters(), lr=0.05)
    losses = []
    for _ in range(60):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(ts.tensor(xs)), ts.tensor(ys))
        loss.backward()
        opt.step()
        losses.append(loss.item())
    say(f"Adam, 60 steps on y = sin(2 x0) x1: mse {losses[0]:.4f} -> {losses[-1]:.4f}")

    # The tape's gradient equals the compiled graph's VJP bit for bit.
    x = ts.tensor(xs[:4], requires_grad=True)
    model(x).backward(gradient=ts.tensor(np.ones((4, 1))))
    g = ts.compile(model, input_shape=(4, 2))
    d_x = vjp(g, wrt=g.inputs[0]).run(xs[:4], np.ones((4, 1)))
    same = bool(np.array_equal(d_x, x.grad.numpy()))
    say(f"tape x.grad == vjp(ts.compile(model)) bit for bit: {same}")

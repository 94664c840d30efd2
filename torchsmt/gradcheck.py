"""``ts.gradcheck``: analytic gradients against central differences in float64 (like PyTorch's).

``fn`` is either an ``ir.Graph`` (the analytic side is its ``autodiff.vjp`` graph, and optionally
its ``jvp`` graph) or a Python function on torchsmt tensors (the analytic side is the eager tape:
``out.backward(gradient=onehot)`` per output element). Every input is perturbed one element at a
time: ``(f(x + eps e_j) - f(x - eps e_j)) / (2 eps)``; an entry passes when
``|analytic - numerical| <= atol + rtol * |numerical|``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from torchsmt.ir.errors import TorchSMTError

__all__ = ["GradcheckError", "gradcheck", "jacobians"]


class GradcheckError(TorchSMTError, ValueError):
    """The analytic and numerical Jacobians disagree (the message names the worst entry)."""


def gradcheck(fn: Any, inputs: Any, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3,
              raise_exception: bool = True, *, check_forward_ad: bool = False) -> bool:
    """True when the analytic Jacobian of ``fn`` at ``inputs`` matches central differences.

    ``inputs``: one array/tensor or a sequence of them. For a Python ``fn``, tensors without
    ``requires_grad`` are held fixed; plain arrays are all checked. ``check_forward_ad`` (graphs
    only) also checks the ``jvp`` graph. A mismatch raises GradcheckError naming the worst entry
    (or returns False when ``raise_exception`` is False).
    """
    if eps <= 0:
        raise GradcheckError(f"eps must be positive, got {eps}")
    worst: tuple[float, str] | None = None
    for num, ana, label, out_ndim in jacobians(fn, inputs, eps, check_forward_ad=check_forward_ad):
        if ana.size == 0:
            continue
        excess = np.abs(ana - num) - (atol + rtol * np.abs(num))
        excess = np.nan_to_num(excess, nan=np.inf)  # a NaN on either side always fails
        k = np.unravel_index(int(np.argmax(excess)), excess.shape)
        if excess[k] > 0 and (worst is None or excess[k] > worst[0]):
            msg = (f"{label}, output element {tuple(int(i) for i in k[:out_ndim])}, input element "
                   f"{tuple(int(i) for i in k[out_ndim:])}: analytic {ana[k]!r}, numerical "
                   f"{num[k]!r} (|difference| {abs(ana[k] - num[k]):.3g} > atol + "
                   f"rtol*|numerical| = {atol + rtol * abs(num[k]):.3g})")
            worst = (float(excess[k]), msg)
    if worst is None:
        return True
    if raise_exception:
        raise GradcheckError(f"gradcheck failed: {worst[1]}")
    return False


def jacobians(fn: Any, inputs: Any, eps: float = 1e-6, *, check_forward_ad: bool = False
              ) -> list[tuple[np.ndarray, np.ndarray, str, int]]:
    """Blocks (numerical, analytic, label, output ndim), each shaped ``out.shape + in.shape``."""
    from torchsmt.ir.graph import Graph

    if isinstance(fn, Graph):
        return _graph_jacobians(fn, inputs, eps, check_forward_ad)
    if check_forward_ad:
        raise GradcheckError("check_forward_ad is supported for ir.Graph functions only")
    if not callable(fn):
        raise GradcheckError(f"gradcheck needs an ir.Graph or a function, got {type(fn).__name__}")
    return _tape_jacobians(fn, inputs, eps)


def _as_list(inputs: Any) -> list[Any]:
    return list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]


def _numerical(f: Callable[[list[np.ndarray]], list[np.ndarray]], xs: list[np.ndarray],
               checked: Sequence[bool], eps: float) -> list[list[np.ndarray]]:
    """blocks[i][k]: d out_k / d x_i, shaped out_k.shape + x_i.shape (central differences)."""
    outs0 = f(xs)
    blocks = []
    for i, x in enumerate(xs):
        per_out = [np.zeros(o.shape + x.shape) for o in outs0]
        if checked[i]:
            for j in np.ndindex(x.shape):
                plus = [v.copy() for v in xs]
                minus = [v.copy() for v in xs]
                plus[i][j] += eps
                minus[i][j] -= eps
                for k, (p, m) in enumerate(zip(f(plus), f(minus), strict=True)):
                    per_out[k][(...,) + j] = (p - m) / (2 * eps)
        blocks.append(per_out)
    return blocks


def _graph_jacobians(g: Any, inputs: Any, eps: float, check_forward_ad: bool):
    from torchsmt.ir import autodiff

    xs = [np.array(np.asarray(x), dtype=np.float64) for x in _as_list(inputs)]
    if len(xs) != len(g.inputs):
        raise GradcheckError(f"graph takes {len(g.inputs)} input(s), got {len(xs)}")

    def f(vals):
        out = g.run(*vals, dtype=np.float64)
        outs = out if isinstance(out, tuple) else (out,)
        return [np.asarray(o, dtype=np.float64) for o in outs]

    num = _numerical(f, xs, [True] * len(xs), eps)
    outs0 = f(xs)
    back = autodiff.vjp(g, output=None)
    ana = [[np.zeros(o.shape + x.shape) for o in outs0] for x in xs]
    for k, o in enumerate(outs0):
        for j in np.ndindex(o.shape):
            cts = [np.zeros(oo.shape) for oo in outs0]
            cts[k][j] = 1.0
            res = back.run(*xs, *cts, dtype=np.float64)
            res = res if isinstance(res, tuple) else (res,)
            for i, r in enumerate(res):
                ana[i][k][j] = r
    blocks = [(num[i][k], ana[i][k], f"d output {k} / d input {i} (vjp)", o.ndim)
              for i in range(len(xs)) for k, o in enumerate(outs0)]
    if check_forward_ad:
        fwd = autodiff.jvp(g)
        n_out = len(outs0)
        for i, x in enumerate(xs):
            tan = [np.zeros(o.shape + x.shape) for o in outs0]
            for j in np.ndindex(x.shape):
                ts = [np.zeros(v.shape) for v in xs]
                ts[i][j] = 1.0
                res = fwd.run(*xs, *ts, dtype=np.float64)
                for k in range(n_out):
                    tan[k][(...,) + j] = res[n_out + k]
            blocks += [(num[i][k], tan[k], f"d output {k} / d input {i} (jvp)", o.ndim)
                       for k, o in enumerate(outs0)]
    return blocks


def _tape_jacobians(fn: Callable[..., Any], inputs: Any, eps: float):
    import torchsmt as ts

    items = _as_list(inputs)
    xs, checked = [], []
    for x in items:
        if _is_tensor(x):
            xs.append(np.array(_np(x), dtype=np.float64))
            checked.append(bool(getattr(x, "requires_grad", False)))
        else:
            xs.append(np.array(np.asarray(x), dtype=np.float64))
            checked.append(True)
    if not any(checked):
        raise GradcheckError("no input requires a gradient")

    def call(vals, requires_grad):
        leaves = [ts.tensor(v, requires_grad=bool(r and requires_grad))
                  for v, r in zip(vals, checked, strict=True)]
        out = fn(*leaves)
        outs = list(out) if isinstance(out, (tuple, list)) else [out]
        for o in outs:
            if not _is_tensor(o):
                raise GradcheckError(f"fn must return torchsmt tensors, got {type(o).__name__}")
        return leaves, outs

    def f(vals):
        with _no_grad(ts):
            return [np.array(_np(o), dtype=np.float64) for o in call(vals, False)[1]]

    num = _numerical(f, xs, checked, eps)
    outs0 = f(xs)
    ana = [[np.zeros(o.shape + x.shape) for o in outs0] for x in xs]
    for k, o in enumerate(outs0):
        for j in np.ndindex(o.shape):
            leaves, outs = call(xs, True)
            if not getattr(outs[k], "requires_grad", False):
                break  # the output does not depend on any checked input: its Jacobian is zero
            seed = np.zeros(o.shape)
            seed[j] = 1.0
            outs[k].backward(gradient=ts.tensor(seed))
            for i, leaf in enumerate(leaves):
                if checked[i] and leaf.grad is not None:
                    ana[i][k][j] = _np(leaf.grad)
    return [(num[i][k], ana[i][k], f"d output {k} / d input {i} (tape)", o.ndim)
            for i in range(len(xs)) if checked[i] for k, o in enumerate(outs0)]


def _is_tensor(x: Any) -> bool:
    return type(x).__module__.startswith("torchsmt") and hasattr(x, "shape")


def _np(t: Any) -> np.ndarray:
    if hasattr(t, "detach"):
        t = t.detach()
    return np.asarray(t.numpy() if hasattr(t, "numpy") else t)


def _no_grad(ts: Any):
    import contextlib

    return ts.no_grad() if hasattr(ts, "no_grad") else contextlib.nullcontext()

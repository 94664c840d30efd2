"""The eager tape: ``loss.backward()`` runs each operator's own ``vjp`` rule with an EagerEmitter.

There are no gradient formulas here. ``apply`` (tensor.py) records one :class:`Entry` per op whose
arguments require grad; ``backward`` walks them and calls ``opdef.vjp(e, g, out, *args, **params)``
with ``e = EagerEmitter(numpy, REGISTRY, dtype of the values)``, the same rule that
``torchsmt.ir.autodiff.vjp`` runs with a GraphBuilder. The order of every floating-point operation
is fixed so that the VJP graph of the traced model gives the tape's results bit for bit:

1. Entries carry a sequence number in creation order. Tracing the same forward creates graph nodes
   in the same order, so sequence order == node-id order.
2. The sweep visits the non-leaf tensors reachable from the root (through tensors that require
   grad) in *decreasing* sequence number (reverse topological order).
3. A tensor's cotangent is the sum of its contributions, each tagged (user sequence number,
   argument position); the root's seed counts as a use after every entry. The contributions are
   sorted by that tag and left-folded with the registry's ``add``: ``((c1 + c2) + c3) + ...``
   (exactly ``ir/autodiff.py``'s ``_accumulate``: forward order of use). A rule's None is no
   contribution; contributions to tensors that do not require grad are dropped.
4. A leaf (``requires_grad=True``, made by the user) gets ``.grad = cotangent`` on the first
   backward and ``.grad = add(.grad, cotangent)`` on later ones (accumulation, as in PyTorch).

The tape is not freed by ``backward`` (calling it twice is allowed; gradients accumulate).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps
from typing import Any

import numpy as np

from torchsmt.ir import OpDef, ShapeError, TorchSMTError

from .tensor import STATE, Tensor, TracingError, emitter

__all__ = ["AutogradError", "backward", "enable_grad", "is_grad_enabled", "no_grad",
           "set_grad_enabled"]

_SEQ = itertools.count()


class AutogradError(TorchSMTError, RuntimeError):
    """backward() on a tensor without grad, or on a non-scalar without a ``gradient`` argument."""


@dataclass(frozen=True, eq=False)
class Entry:
    op: OpDef
    params: dict[str, Any]
    inputs: tuple[Tensor, ...]
    values: tuple[np.ndarray, ...]  # argument values at record time (arrays are read-only)
    out: np.ndarray
    seq: int


def record(out: Tensor, op: OpDef, params: dict, inputs: list[Tensor], values: tuple) -> None:
    out._ctx = Entry(op, params, tuple(inputs), values, out._value, next(_SEQ))
    out.requires_grad = True


def _accumulate(e: Any, items: list[tuple[float, int, Any]]) -> Any:
    items.sort(key=lambda t: (t[0], t[1]))
    acc = items[0][2]
    for _, _, c in items[1:]:
        acc = e.op("add", acc, c)
    return acc


def backward(root: Tensor, gradient: Any = None) -> None:
    """Accumulate d(root)/d(leaf) (times ``gradient``) into ``.grad`` of the leaves that need it."""
    if root._trace is not None:
        raise TracingError("backward() on a traced tensor (use ts.autodiff.vjp on the graph)")
    if not root.requires_grad:
        raise AutogradError("backward(): the tensor does not require grad (no input or "
                            "parameter with requires_grad=True reaches it)")
    dt = root.dtype
    if gradient is None:
        if root.numel() != 1:
            raise AutogradError(f"backward() on a tensor of shape {root.shape} needs a "
                                "`gradient` argument (only one-element outputs get a seed of 1)")
        seed = np.ones(root.shape, dtype=dt)
    else:
        seed = gradient.numpy() if isinstance(gradient, Tensor) else gradient
        seed = np.asarray(seed, dtype=dt)
        if seed.shape != root.shape:
            raise AutogradError(f"backward(): gradient of shape {seed.shape} for a tensor of "
                                f"shape {root.shape}")
    # Reachable tensors (through tensors that require grad): non-leaves by sequence, and leaves.
    inner: dict[int, Tensor] = {}
    leaves: dict[int, Tensor] = {}
    stack, seen = [root], {id(root)}
    while stack:
        t = stack.pop()
        if t._ctx is None:
            leaves[id(t)] = t
            continue
        inner[t._ctx.seq] = t
        for a in t._ctx.inputs:
            if a.requires_grad and id(a) not in seen:
                seen.add(id(a))
                stack.append(a)
    e = emitter(dt)
    contrib: dict[int, list[tuple[float, int, Any]]] = {id(root): [(float("inf"), 0, seed)]}
    for seq in sorted(inner, reverse=True):
        t = inner[seq]
        items = contrib.pop(id(t), None)
        if items is None:
            continue
        ctx = t._ctx
        g = _accumulate(e, items)
        cts = ctx.op.rule("vjp")(e, g, ctx.out, *ctx.values, **ctx.params)
        if not isinstance(cts, (tuple, list)) or len(cts) != len(ctx.inputs):
            raise TorchSMTError(f"vjp rule of '{ctx.op.name}' must return one cotangent per "
                                f"argument ({len(ctx.inputs)})")
        for pos, (a, c) in enumerate(zip(ctx.inputs, cts, strict=True)):
            if c is None or not a.requires_grad:
                continue
            c = np.asarray(c)
            if c.shape != a.shape:
                raise ShapeError(f"vjp rule of '{ctx.op.name}' gave a cotangent of shape "
                                 f"{c.shape} for argument {pos} of shape {a.shape}")
            contrib.setdefault(id(a), []).append((seq, pos, c))
    for key, leaf in leaves.items():
        items = contrib.get(key)
        if items is None:
            continue
        g = np.asarray(_accumulate(e, items), dtype=leaf.dtype)
        if leaf.grad is not None:
            g = np.asarray(emitter(leaf.dtype).op("add", leaf.grad.numpy(), g))
        leaf.grad = Tensor._wrap(g)


# -- grad mode -------------------------------------------------------------------------------------
class set_grad_enabled:
    """Context manager (and decorator) setting whether ops are recorded on the tape."""

    def __init__(self, mode: bool):
        self.mode = bool(mode)

    def __enter__(self) -> None:
        self.prev = STATE.grad_enabled
        STATE.grad_enabled = self.mode

    def __exit__(self, *exc: Any) -> None:
        STATE.grad_enabled = self.prev

    def __call__(self, fn: Callable) -> Callable:
        @wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            with type(self)(self.mode) if type(self) is set_grad_enabled else type(self)():
                return fn(*a, **k)

        return wrapper


class no_grad(set_grad_enabled):
    """``with ts.no_grad():`` (or ``@ts.no_grad()``): nothing is recorded on the tape."""

    def __init__(self) -> None:
        super().__init__(False)


class enable_grad(set_grad_enabled):
    def __init__(self) -> None:
        super().__init__(True)


def is_grad_enabled() -> bool:
    return STATE.grad_enabled

"""Optimizers with PyTorch's update formulas, defaults, state names and ``state_dict`` layout.

Updates are plain NumPy on the parameters' values (in their dtype), outside the tape: an
optimizer step is not part of any model's semantics. Each parameter object is kept (its value is
replaced), so modules, tapes already recorded and optimizer state stay consistent.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import Any

import numpy as np

from torchsmt.ir import TorchSMTError

from .autograd import enable_grad
from .tensor import Tensor, _frozen

__all__ = ["SGD", "Adam", "AdamW", "OptimizerError", "Optimizer"]


class OptimizerError(TorchSMTError, ValueError):
    """Bad hyper-parameters, parameter lists or optimizer state."""


class Optimizer:
    def __init__(self, params: Iterable[Any], defaults: dict[str, Any]):
        self.defaults = dict(defaults)
        self.param_groups: list[dict[str, Any]] = []
        self.state: dict[Tensor, dict[str, Any]] = {}
        items = list(params)
        if not items:
            raise OptimizerError("optimizer got an empty parameter list")
        groups = items if isinstance(items[0], dict) else [{"params": items}]
        for g in groups:
            self.add_param_group(g)

    def add_param_group(self, group: dict[str, Any]) -> None:
        g = dict(group)
        ps = g["params"]
        ps = [ps] if isinstance(ps, Tensor) else list(ps)
        seen = {id(p) for other in self.param_groups for p in other["params"]}
        for p in ps:
            if not isinstance(p, Tensor) or p.dtype.kind != "f":
                raise OptimizerError(f"optimizer parameters must be float tensors, got "
                                     f"{type(p).__name__}")
            if id(p) in seen:
                raise OptimizerError("a parameter appears in more than one place")
            seen.add(id(p))
        g["params"] = ps
        for k, v in self.defaults.items():
            g.setdefault(k, v)
        self._check(g)
        self.param_groups.append(g)

    def _check(self, g: dict[str, Any]) -> None:
        if g["lr"] < 0:
            raise OptimizerError(f"invalid learning rate {g['lr']}")
        if g.get("weight_decay", 0) < 0:
            raise OptimizerError(f"invalid weight_decay {g['weight_decay']}")

    def zero_grad(self, set_to_none: bool = True) -> None:
        for g in self.param_groups:
            for p in g["params"]:
                if set_to_none or p.grad is None:
                    p.grad = None
                else:
                    p.grad = Tensor._wrap(np.zeros(p.shape, dtype=p.dtype))

    def step(self, closure: Callable[[], Any] | None = None) -> Any:
        loss = None
        if closure is not None:
            with enable_grad():
                loss = closure()
        for g in self.param_groups:
            for p in g["params"]:
                if p.grad is None:
                    continue
                st = self.state.setdefault(p, {})
                new = self._update(p.numpy(), np.asarray(p.grad.numpy(), dtype=p.dtype), g, st)
                p._value = _frozen(np.asarray(new, dtype=p.dtype))
        return loss

    def _update(self, p: np.ndarray, grad: np.ndarray, g: dict, st: dict) -> np.ndarray:
        raise NotImplementedError

    # -- state (PyTorch's layout: parameters by index across groups) ------------------------------
    def state_dict(self) -> dict[str, Any]:
        index: dict[int, int] = {}
        groups = []
        for g in self.param_groups:
            ids = []
            for p in g["params"]:
                index.setdefault(id(p), len(index))
                ids.append(index[id(p)])
            groups.append({**{k: v for k, v in g.items() if k != "params"}, "params": ids})
        state = {}
        for g in self.param_groups:
            for p in g["params"]:
                if p in self.state:
                    state[index[id(p)]] = {k: (v.copy() if isinstance(v, np.ndarray) else v)
                                           for k, v in self.state[p].items()}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        groups = state_dict.get("param_groups")
        if not isinstance(groups, list) or len(groups) != len(self.param_groups):
            raise OptimizerError("load_state_dict: the number of parameter groups differs")
        by_index: dict[int, Tensor] = {}
        for mine, theirs in zip(self.param_groups, groups, strict=True):
            if len(mine["params"]) != len(theirs["params"]):
                raise OptimizerError("load_state_dict: a parameter group has a different size")
            by_index.update(zip(theirs["params"], mine["params"], strict=True))
        new_state: dict[Tensor, dict[str, Any]] = {}
        for k, st in state_dict.get("state", {}).items():
            p = by_index.get(int(k))
            if p is None:
                raise OptimizerError(f"load_state_dict: state for unknown parameter {k}")
            entry = {}
            for name, v in st.items():
                if isinstance(v, np.ndarray):
                    if v.shape != p.shape:
                        raise OptimizerError(f"load_state_dict: '{name}' of parameter {k} has "
                                             f"shape {v.shape}, the parameter {p.shape}")
                    v = v.astype(p.dtype, copy=True)
                entry[name] = v
            new_state[p] = entry
        self.state = new_state
        for mine, theirs in zip(self.param_groups, groups, strict=True):
            mine.update({k: v for k, v in theirs.items() if k != "params"})

    def __repr__(self) -> str:
        lines = [f"{type(self).__name__} ("]
        for i, g in enumerate(self.param_groups):
            lines.append(f"Parameter Group {i}")
            lines += [f"    {k}: {v}" for k, v in sorted(g.items()) if k != "params"]
        return "\n".join(lines) + "\n)"


class SGD(Optimizer):
    """PyTorch's SGD: g += wd*p; b = mu*b + (1-dampening)*g (b = g at the first step);
    g = g + mu*b (nesterov) or b; p -= lr*g."""

    def __init__(self, params: Iterable[Any], lr: float = 1e-3, momentum: float = 0.0,
                 dampening: float = 0.0, weight_decay: float = 0.0, nesterov: bool = False):
        if nesterov and (momentum <= 0 or dampening != 0):
            raise OptimizerError("Nesterov momentum requires a momentum and zero dampening")
        if momentum < 0:
            raise OptimizerError(f"invalid momentum {momentum}")
        super().__init__(params, dict(lr=lr, momentum=momentum, dampening=dampening,
                                      weight_decay=weight_decay, nesterov=nesterov))

    def _update(self, p, grad, g, st):
        d = grad + g["weight_decay"] * p if g["weight_decay"] else grad
        mu = g["momentum"]
        if mu:
            buf = st.get("momentum_buffer")
            buf = d.copy() if buf is None else mu * buf + (1 - g["dampening"]) * d
            st["momentum_buffer"] = buf
            d = d + mu * buf if g["nesterov"] else buf
        return p - g["lr"] * d


class Adam(Optimizer):
    """PyTorch's Adam: g += wd*p; m = lerp(m, g, 1-b1); v = b2*v + (1-b2)*g^2;
    p -= lr/(1-b1^t) * m / (sqrt(v)/sqrt(1-b2^t) + eps) (max of v over steps with amsgrad)."""

    decoupled = False

    def __init__(self, params: Iterable[Any], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 0.0, amsgrad: bool = False):
        b1, b2 = betas
        if not (0 <= b1 < 1 and 0 <= b2 < 1):
            raise OptimizerError(f"invalid betas {betas}")
        if eps < 0:
            raise OptimizerError(f"invalid eps {eps}")
        super().__init__(params, dict(lr=lr, betas=(float(b1), float(b2)), eps=eps,
                                      weight_decay=weight_decay, amsgrad=amsgrad))

    def _update(self, p, grad, g, st):
        lr, (b1, b2), eps, wd = g["lr"], g["betas"], g["eps"], g["weight_decay"]
        if not st:
            st.update(step=0, exp_avg=np.zeros_like(p), exp_avg_sq=np.zeros_like(p))
            if g["amsgrad"]:
                st["max_exp_avg_sq"] = np.zeros_like(p)
        st["step"] += 1
        t = st["step"]
        if wd and self.decoupled:
            p = p * (1 - lr * wd)
        elif wd:
            grad = grad + wd * p
        m = st["exp_avg"]
        # torch.lerp(m, g, w): m + w*(g - m) for w < 0.5, else g - (g - m)*(1 - w).
        w = 1 - b1
        m = m + w * (grad - m) if w < 0.5 else grad - (grad - m) * (1 - w)
        v = b2 * st["exp_avg_sq"] + (1 - b2) * (grad * grad)
        st["exp_avg"], st["exp_avg_sq"] = m, v
        step_size = lr / (1 - b1 ** t)
        bc2_sqrt = math.sqrt(1 - b2 ** t)
        if g["amsgrad"]:
            st["max_exp_avg_sq"] = np.maximum(st["max_exp_avg_sq"], v)
            v = st["max_exp_avg_sq"]
        denom = np.sqrt(v) / bc2_sqrt + eps
        return p - step_size * (m / denom)


class AdamW(Adam):
    """Adam with decoupled weight decay: p *= 1 - lr*wd before the Adam step (default wd 1e-2)."""

    decoupled = True

    def __init__(self, params: Iterable[Any], lr: float = 1e-3,
                 betas: tuple[float, float] = (0.9, 0.999), eps: float = 1e-8,
                 weight_decay: float = 1e-2, amsgrad: bool = False):
        super().__init__(params, lr, betas, eps, weight_decay, amsgrad)

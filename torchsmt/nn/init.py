"""Parameter initialization like PyTorch's defaults, drawn from ``ts.manual_seed``'s generator.

The distributions and bounds are PyTorch's; the numbers are not (NumPy's PCG64 is not PyTorch's
Mersenne Twister), so a seed reproduces torchsmt runs, not PyTorch ones.
"""

from __future__ import annotations

import math

import numpy as np

from torchsmt.tensor import Tensor, generator

__all__ = ["calculate_gain", "constant_", "fan_in_bound", "kaiming_uniform_", "normal_", "ones_",
           "uniform_", "xavier_uniform_", "zeros_"]


def _fans(t: Tensor) -> tuple[int, int]:
    shape = t.shape
    if len(shape) < 2:
        raise ValueError(f"fan in/out needs a tensor with at least 2 dims, got {shape}")
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive, shape[0] * receptive


def fan_in_bound(weight: Tensor) -> float:
    """1/sqrt(fan_in): PyTorch's bound for the bias of Linear and Conv layers."""
    fan_in = _fans(weight)[0]
    return 1.0 / math.sqrt(fan_in) if fan_in > 0 else 0.0


def calculate_gain(nonlinearity: str, param: float | None = None) -> float:
    if nonlinearity in ("linear", "conv2d", "sigmoid"):
        return 1.0
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        a = 0.01 if param is None else param
        return math.sqrt(2.0 / (1 + a * a))
    raise ValueError(f"unknown nonlinearity {nonlinearity!r}")


def _fill(t: Tensor, values: np.ndarray) -> Tensor:
    t.data = values
    return t


def uniform_(t: Tensor, a: float = 0.0, b: float = 1.0) -> Tensor:
    return _fill(t, generator().uniform(a, b, size=t.shape))


def normal_(t: Tensor, mean: float = 0.0, std: float = 1.0) -> Tensor:
    return _fill(t, generator().normal(mean, std, size=t.shape))


def constant_(t: Tensor, value: float) -> Tensor:
    return _fill(t, np.full(t.shape, float(value)))


def zeros_(t: Tensor) -> Tensor:
    return constant_(t, 0.0)


def ones_(t: Tensor) -> Tensor:
    return constant_(t, 1.0)


def kaiming_uniform_(t: Tensor, a: float = 0.0, mode: str = "fan_in",
                     nonlinearity: str = "leaky_relu") -> Tensor:
    """U(-bound, bound), bound = gain * sqrt(3 / fan); a = sqrt(5) gives 1/sqrt(fan_in)."""
    fan = _fans(t)[0 if mode == "fan_in" else 1]
    bound = calculate_gain(nonlinearity, a) * math.sqrt(3.0 / fan) if fan else 0.0
    return uniform_(t, -bound, bound)


def xavier_uniform_(t: Tensor, gain: float = 1.0) -> Tensor:
    fan_in, fan_out = _fans(t)
    bound = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return uniform_(t, -bound, bound)

"""Layers with PyTorch's names, constructor signatures, defaults and parameter layouts."""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.tensor import Tensor, as_dtype, get_default_dtype

from . import functional as F
from . import init
from .module import Module, Parameter

__all__ = [
    "AvgPool2d", "BatchNorm2d", "Conv2d", "Dropout", "Flatten", "Identity", "LayerNorm",
    "LeakyReLU", "Linear", "LogSoftmax", "MaxPool2d", "ReLU", "Sigmoid", "Softmax", "Tanh",
]


def _dt(dtype: Any) -> np.dtype:
    return get_default_dtype() if dtype is None else as_dtype(dtype)


class Linear(Module):
    """y = x W^T + b; weight (out_features, in_features), both U(-1/sqrt(in), 1/sqrt(in))."""

    def __init__(self, in_features: int, out_features: int, bias: bool = True, dtype: Any = None):
        super().__init__()
        self.in_features, self.out_features = int(in_features), int(out_features)
        dt = _dt(dtype)
        self.weight = Parameter(np.zeros((self.out_features, self.in_features)), dtype=dt)
        if bias:
            self.bias = Parameter(np.zeros(self.out_features), dtype=dt)
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        init.kaiming_uniform_(self.weight, a=5 ** 0.5)
        if self.bias is not None:
            b = init.fan_in_bound(self.weight)
            init.uniform_(self.bias, -b, b)

    def forward(self, x: Tensor) -> Tensor:
        return F.linear(x, self.weight, self.bias)

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, "
                f"bias={self.bias is not None}")


class Conv2d(Module):
    """NCHW convolution; weight (out, in/groups, kh, kw), PyTorch's default initialization."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size: Any, stride: Any = 1,
                 padding: Any = 0, dilation: Any = 1, groups: int = 1, bias: bool = True,
                 dtype: Any = None):
        super().__init__()
        if in_channels % groups or out_channels % groups:
            raise F.ShapeError(f"Conv2d: channels ({in_channels}, {out_channels}) not divisible "
                               f"by groups={groups}")
        self.in_channels, self.out_channels, self.groups = in_channels, out_channels, groups
        self.kernel_size = F.pair(kernel_size, "kernel_size")
        self.stride = F.pair(stride, "stride")
        self.padding = padding if isinstance(padding, str) else F.pair(padding, "padding")
        self.dilation = F.pair(dilation, "dilation")
        dt = _dt(dtype)
        shape = (out_channels, in_channels // groups, *self.kernel_size)
        self.weight = Parameter(np.zeros(shape), dtype=dt)
        if bias:
            self.bias = Parameter(np.zeros(out_channels), dtype=dt)
        else:
            self.register_parameter("bias", None)
        self.reset_parameters()

    def reset_parameters(self) -> None:
        init.kaiming_uniform_(self.weight, a=5 ** 0.5)
        if self.bias is not None:
            b = init.fan_in_bound(self.weight)
            init.uniform_(self.bias, -b, b)

    def forward(self, x: Tensor) -> Tensor:
        return F.conv2d(x, self.weight, self.bias, self.stride, self.padding, self.dilation,
                        self.groups)

    def extra_repr(self) -> str:
        s = (f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
             f"stride={self.stride}")
        if self.padding != (0, 0):
            s += f", padding={self.padding}"
        if self.dilation != (1, 1):
            s += f", dilation={self.dilation}"
        if self.groups != 1:
            s += f", groups={self.groups}"
        return s + ("" if self.bias is not None else ", bias=False")


class _Act(Module):
    fn: Any = None

    def forward(self, x: Tensor) -> Tensor:
        return type(self).fn(x)


class ReLU(_Act):
    fn = staticmethod(F.relu)


class Tanh(_Act):
    fn = staticmethod(F.tanh)


class Sigmoid(_Act):
    fn = staticmethod(F.sigmoid)


class Identity(Module):
    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__()

    def forward(self, x: Tensor) -> Tensor:
        return x


class LeakyReLU(Module):
    def __init__(self, negative_slope: float = 0.01):
        super().__init__()
        self.negative_slope = float(negative_slope)

    def forward(self, x: Tensor) -> Tensor:
        return F.leaky_relu(x, self.negative_slope)

    def extra_repr(self) -> str:
        return f"negative_slope={self.negative_slope}"


class Softmax(Module):
    def __init__(self, dim: int = -1):
        super().__init__()
        self.dim = dim

    def forward(self, x: Tensor) -> Tensor:
        return F.softmax(x, self.dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


class LogSoftmax(Softmax):
    def forward(self, x: Tensor) -> Tensor:
        return F.log_softmax(x, self.dim)


class Flatten(Module):
    def __init__(self, start_dim: int = 1, end_dim: int = -1):
        super().__init__()
        self.start_dim, self.end_dim = start_dim, end_dim

    def forward(self, x: Tensor) -> Tensor:
        return x.flatten(self.start_dim, self.end_dim)

    def extra_repr(self) -> str:
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"


class Dropout(Module):
    def __init__(self, p: float = 0.5):
        super().__init__()
        self.p = float(p)

    def forward(self, x: Tensor) -> Tensor:
        return F.dropout(x, self.p, self.training)

    def extra_repr(self) -> str:
        return f"p={self.p}"


class _Pool2d(Module):
    """The window parameters both pooling layers share (PyTorch's names and defaults)."""

    def __init__(self, kernel_size: Any, stride: Any = None, padding: Any = 0,
                 ceil_mode: bool = False):
        super().__init__()
        self.kernel_size, self.stride, self.padding = kernel_size, stride, padding
        self.ceil_mode = ceil_mode

    def extra_repr(self) -> str:
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class MaxPool2d(_Pool2d):
    def __init__(self, kernel_size: Any, stride: Any = None, padding: Any = 0, dilation: Any = 1,
                 ceil_mode: bool = False):
        super().__init__(kernel_size, stride, padding, ceil_mode)
        self.dilation = dilation

    def forward(self, x: Tensor) -> Tensor:
        return F.max_pool2d(x, self.kernel_size, self.stride, self.padding, self.dilation,
                            self.ceil_mode)


class AvgPool2d(_Pool2d):
    def __init__(self, kernel_size: Any, stride: Any = None, padding: Any = 0,
                 ceil_mode: bool = False, count_include_pad: bool = True):
        super().__init__(kernel_size, stride, padding, ceil_mode)
        self.count_include_pad = count_include_pad

    def forward(self, x: Tensor) -> Tensor:
        return F.avg_pool2d(x, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                            self.count_include_pad)


class BatchNorm2d(Module):
    """Eval: the ``batchnorm`` op with running statistics. Train: batch statistics, and the
    running statistics move by ``momentum`` (unbiased variance), as in PyTorch."""

    def __init__(self, num_features: int, eps: float = 1e-5, momentum: float = 0.1,
                 affine: bool = True, track_running_stats: bool = True, dtype: Any = None):
        super().__init__()
        dt = _dt(dtype)
        self.num_features, self.eps, self.momentum = int(num_features), float(eps), momentum
        if affine:
            self.weight = Parameter(np.ones(num_features), dtype=dt)
            self.bias = Parameter(np.zeros(num_features), dtype=dt)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)
        if track_running_stats:
            self.register_buffer("running_mean", Tensor(np.zeros(num_features), dtype=dt))
            self.register_buffer("running_var", Tensor(np.ones(num_features), dtype=dt))
        else:
            self.register_buffer("running_mean", None)
            self.register_buffer("running_var", None)

    def forward(self, x: Tensor) -> Tensor:
        if x.ndim != 4 or x.shape[1] != self.num_features:
            raise F.ShapeError(f"BatchNorm2d({self.num_features}): expected (N, "
                               f"{self.num_features}, H, W) input, got {x.shape}")
        training = self.training or self.running_mean is None
        return F.batch_norm(x, self.running_mean, self.running_var, self.weight, self.bias,
                            training, self.momentum, self.eps)

    def extra_repr(self) -> str:
        return f"{self.num_features}, eps={self.eps}, momentum={self.momentum}"


class LayerNorm(Module):
    def __init__(self, normalized_shape: Any, eps: float = 1e-5, elementwise_affine: bool = True,
                 bias: bool = True, dtype: Any = None):
        super().__init__()
        ns = (normalized_shape,) if isinstance(normalized_shape, (int, np.integer)) else \
            tuple(normalized_shape)
        self.normalized_shape, self.eps = tuple(int(s) for s in ns), float(eps)
        dt = _dt(dtype)
        if elementwise_affine:
            self.weight = Parameter(np.ones(ns), dtype=dt)
            if bias:
                self.bias = Parameter(np.zeros(ns), dtype=dt)
            else:
                self.register_parameter("bias", None)
        else:
            self.register_parameter("weight", None)
            self.register_parameter("bias", None)

    def forward(self, x: Tensor) -> Tensor:
        return F.layer_norm(x, self.normalized_shape, self.weight, self.bias, self.eps)

    def extra_repr(self) -> str:
        return f"{self.normalized_shape}, eps={self.eps}"

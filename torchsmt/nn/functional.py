"""``torchsmt.nn.functional``: PyTorch's functional names, each a composition of registry ops.

Every function ends in ``apply`` (tensor.py), so eager runs, the tape and ``ts.compile`` share the
operators' definitions. Losses are compositions too (no loss operators): ``cross_entropy`` is
``log_softmax`` followed by a product with a one-hot constant.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.ir import ShapeError, TorchSMTError
from torchsmt.shapes import axis_of
from torchsmt.tensor import Tensor, apply

__all__ = [
    "avg_pool2d", "batch_norm", "binary_cross_entropy_with_logits", "conv2d", "cross_entropy",
    "dropout", "flatten", "layer_norm", "leaky_relu", "linear", "log_softmax", "max_pool2d",
    "mse_loss", "nll_loss", "relu", "sigmoid", "softmax", "tanh",
]


class LossError(TorchSMTError, ValueError):
    """A target of the wrong shape, labels out of range, an unknown reduction."""


def pair(v: Any, name: str) -> tuple[int, int]:
    if isinstance(v, (int, np.integer)) and not isinstance(v, bool):
        return (int(v), int(v))
    t = tuple(v)
    if len(t) != 2 or not all(isinstance(x, (int, np.integer)) for x in t):
        raise ShapeError(f"{name} must be an int or a pair of ints, got {v!r}")
    return (int(t[0]), int(t[1]))


def _t(x: Any) -> Tensor:
    return x if isinstance(x, Tensor) else Tensor(x)


# -- activations -----------------------------------------------------------------------------------
def relu(x: Tensor) -> Tensor:
    return apply("relu", x)


def leaky_relu(x: Tensor, negative_slope: float = 0.01) -> Tensor:
    return apply("leaky_relu", x, negative_slope=float(negative_slope))


def tanh(x: Tensor) -> Tensor:
    return apply("tanh", x)


def sigmoid(x: Tensor) -> Tensor:
    return apply("sigmoid", x)


def softmax(x: Tensor, dim: int) -> Tensor:
    return apply("softmax", x, axis=axis_of(dim, x.ndim))


def log_softmax(x: Tensor, dim: int) -> Tensor:
    return apply("log_softmax", x, axis=axis_of(dim, x.ndim))


def flatten(x: Tensor, start_dim: int = 0, end_dim: int = -1) -> Tensor:
    return x.flatten(start_dim, end_dim)


def dropout(x: Tensor, p: float = 0.5, training: bool = True) -> Tensor:
    """Inverted dropout: a mask constant from ts.manual_seed's generator; identity when not
    training (and in compiled graphs, which are traced in eval mode)."""
    if not 0 <= p < 1:
        raise ShapeError(f"dropout probability {p} not in [0, 1)")
    if not training or p == 0:
        return x
    from torchsmt.tensor import generator

    keep = (generator().random(x.shape) >= p) / (1.0 - p)
    return apply("mul", x, keep)


# -- linear layers ---------------------------------------------------------------------------------
def linear(x: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """y = x W^T + b (W: (out, in)), the ``linear`` op (ONNX Gemm, batched) with transB=1."""
    args = (x, weight) if bias is None else (x, weight, bias)
    return apply("linear", *args, transB=1)


def conv2d(x: Tensor, weight: Tensor, bias: Tensor | None = None, stride: Any = 1,
           padding: Any = 0, dilation: Any = 1, groups: int = 1) -> Tensor:
    """NCHW convolution (cross-correlation, like PyTorch); weight (out, in/groups, kh, kw)."""
    if isinstance(padding, str):
        padding = _str_padding(padding, weight.shape[2:], pair(stride, "stride"),
                               pair(dilation, "dilation"))
    args = (x, weight) if bias is None else (x, weight, bias)
    return apply("conv2d", *args, stride=pair(stride, "stride"), padding=pair(padding, "padding"),
                 dilation=pair(dilation, "dilation"), groups=int(groups))


def _str_padding(mode: str, kernel: tuple, stride: tuple, dilation: tuple) -> tuple[int, int]:
    """'valid' is no padding; 'same' (stride 1) pads d*(k-1)/2 on each side when that is whole
    (the conv2d op pads symmetrically)."""
    if mode == "valid":
        return (0, 0)
    if mode != "same":
        raise ShapeError(f"conv2d: padding={mode!r} (use ints, a pair, 'valid' or 'same')")
    if stride != (1, 1):
        raise ShapeError("conv2d: padding='same' needs stride 1")
    total = [d * (k - 1) for k, d in zip(kernel, dilation, strict=True)]
    if any(t % 2 for t in total):
        raise ShapeError(f"conv2d: padding='same' with kernel {tuple(kernel)} and dilation "
                         f"{dilation} would pad asymmetrically (not supported)")
    return (total[0] // 2, total[1] // 2)


def max_pool2d(x: Tensor, kernel_size: Any, stride: Any = None, padding: Any = 0,
               dilation: Any = 1, ceil_mode: bool = False) -> Tensor:
    k = pair(kernel_size, "kernel_size")
    s = k if stride is None else pair(stride, "stride")
    return apply("maxpool2d", x, kernel_size=k, stride=s,
                 padding=pair(padding, "padding"), dilation=pair(dilation, "dilation"),
                 ceil_mode=bool(ceil_mode))


def avg_pool2d(x: Tensor, kernel_size: Any, stride: Any = None, padding: Any = 0,
               ceil_mode: bool = False, count_include_pad: bool = True) -> Tensor:
    k = pair(kernel_size, "kernel_size")
    s = k if stride is None else pair(stride, "stride")
    return apply("avgpool2d", x, kernel_size=k, stride=s,
                 padding=pair(padding, "padding"), ceil_mode=bool(ceil_mode),
                 count_include_pad=bool(count_include_pad))


# -- normalization ---------------------------------------------------------------------------------
def layer_norm(x: Tensor, normalized_shape: Any, weight: Tensor | None = None,
               bias: Tensor | None = None, eps: float = 1e-5) -> Tensor:
    ns = (normalized_shape,) if isinstance(normalized_shape, (int, np.integer)) else \
        tuple(normalized_shape)
    if tuple(x.shape[x.ndim - len(ns):]) != tuple(ns):
        raise ShapeError(f"layer_norm: input shape {x.shape} does not end in {ns}")
    w = np.ones(ns) if weight is None else weight
    b = np.zeros(ns) if bias is None else bias
    return apply("layernorm", x, w, b, normalized_ndim=len(ns), eps=float(eps))


def batch_norm(x: Tensor, running_mean: Tensor | None, running_var: Tensor | None,
               weight: Tensor | None = None, bias: Tensor | None = None, training: bool = False,
               momentum: float = 0.1, eps: float = 1e-5) -> Tensor:
    """Inference: the ``batchnorm`` op with the running statistics. Training: batch statistics
    (biased variance) composed from ops, and the running statistics updated in place (unbiased)."""
    if x.ndim < 2:
        raise ShapeError(f"batch_norm: input of shape {x.shape} has no channel dimension")
    c = x.shape[1]
    w = np.ones(c) if weight is None else weight
    b = np.zeros(c) if bias is None else bias
    if not training:
        if running_mean is None or running_var is None:
            raise ShapeError("batch_norm: inference needs running_mean and running_var")
        return apply("batchnorm", x, w, b, running_mean, running_var, eps=float(eps))
    axes = (0, *range(2, x.ndim))
    cshape = (1, c) + (1,) * (x.ndim - 2)
    mean = x.mean(dim=axes, keepdim=True)
    xc = x - mean
    var = (xc * xc).mean(dim=axes, keepdim=True)
    y = xc / (var + float(eps)).sqrt()
    y = y * _t(w).reshape(*cshape) + _t(b).reshape(*cshape)
    if running_mean is not None and running_var is not None:
        n = x.numel() // c
        m = float(momentum)
        bm = mean.numpy().reshape(c)
        bv = var.numpy().reshape(c) * (n / max(n - 1, 1))
        running_mean.data = (1 - m) * running_mean.numpy() + m * bm
        running_var.data = (1 - m) * running_var.numpy() + m * bv
    return y


# -- losses ----------------------------------------------------------------------------------------
def _reduce(loss: Tensor, reduction: str) -> Tensor:
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise LossError(f"reduction={reduction!r}: use 'mean', 'sum' or 'none'")


def mse_loss(input: Tensor, target: Any, reduction: str = "mean") -> Tensor:
    """mean((input - target)^2); the target must have the input's shape (no broadcasting)."""
    target = _t(target) if isinstance(target, Tensor) else np.asarray(target)
    if tuple(target.shape) != tuple(input.shape):
        raise LossError(f"mse_loss: target shape {tuple(target.shape)} differs from input shape "
                        f"{input.shape}")
    d = input - target
    return _reduce(d * d, reduction)


def _labels(target: Any, n: int, c: int, fn: str) -> np.ndarray:
    y = target.numpy() if isinstance(target, Tensor) else np.asarray(target)
    if y.dtype.kind not in "iu":
        if y.dtype.kind == "f" and np.all(y == np.round(y)):
            y = y.astype(np.int64)
        else:
            raise LossError(f"{fn}: labels must be integers, got {y.dtype}")
    if y.shape != (n,):
        raise LossError(f"{fn}: labels of shape {y.shape} for a batch of {n} (expected ({n},))")
    bad = (y < 0) | (y >= c)
    if np.any(bad):
        raise LossError(f"{fn}: label {int(y[np.argmax(bad)])} out of range for {c} classes")
    return y.astype(np.int64)


def nll_loss(input: Tensor, target: Any, reduction: str = "mean") -> Tensor:
    """-input[i, y_i] averaged (or summed) over the batch; input (N, C) log-probabilities."""
    if input.ndim != 2:
        raise LossError(f"nll_loss: input must be (N, C), got shape {input.shape}")
    n, c = input.shape
    y = _labels(target, n, c, "nll_loss")
    onehot = np.zeros((n, c))
    onehot[np.arange(n), y] = 1.0
    picked = (input * onehot).sum(dim=1)
    return _reduce(-picked, reduction)


def cross_entropy(input: Tensor, target: Any, reduction: str = "mean") -> Tensor:
    """nll_loss(log_softmax(logits, dim=1), labels); logits (N, C), labels int (N,)."""
    if input.ndim != 2:
        raise LossError(f"cross_entropy: logits must be (N, C), got shape {input.shape}")
    return nll_loss(log_softmax(input, 1), target, reduction)


def binary_cross_entropy_with_logits(input: Tensor, target: Any, reduction: str = "mean"
                                     ) -> Tensor:
    """max(x, 0) - x*y + log(1 + exp(-|x|)), never overflowing.

    Written as ``maximum(x, 0) + log(1 + exp(minimum(-x, x)))``: the max/min tie convention
    (the first argument takes the gradient) makes the derivative at x = 0 exactly
    sigmoid(0) - y = 1/2 - y (relu'(0) = abs'(0) = 0 would give -y there).
    """
    target = _t(target) if isinstance(target, Tensor) else np.asarray(target)
    if tuple(target.shape) != tuple(input.shape):
        raise LossError(f"binary_cross_entropy_with_logits: target shape "
                        f"{tuple(target.shape)} differs from input shape {input.shape}")
    m = apply("minimum", -input, input)
    softplus = apply("maximum", input, 0.0) + (apply("exp", m) + 1.0).log()
    return _reduce(softplus - input * target, reduction)

"""Independent plain-NumPy references for the elementwise, linalg and conv ops.

Written from the definitions (PyTorch/NumPy/ONNX docs), not from the impls: matmul by einsum over
explicitly promoted and broadcast operands, convolutions by naive loops over every tap.
"""

from __future__ import annotations

import numpy as np


def _matmul(a, b):
    a2 = a[None, :] if a.ndim == 1 else a
    b2 = b[:, None] if b.ndim == 1 else b
    batch = np.broadcast_shapes(a2.shape[:-2], b2.shape[:-2])
    a2 = np.broadcast_to(a2, batch + a2.shape[-2:])
    b2 = np.broadcast_to(b2, batch + b2.shape[-2:])
    y = np.einsum("...ik,...kj->...ij", a2, b2)
    if a.ndim == 1:
        y = y[..., 0, :]
    if b.ndim == 1:
        y = y[..., 0]
    return y


def _linear(a, b, c=None, transA=0, transB=0, alpha=1.0, beta=1.0):
    a = np.swapaxes(a, -1, -2) if transA else a
    b = np.swapaxes(b, -1, -2) if transB else b
    y = alpha * _matmul(a, b)
    return y if c is None else y + beta * c


def _pads(padding):
    return tuple(padding) if len(padding) == 4 else tuple(padding) * 2


def conv2d_ref(x, w, b=None, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1):
    n, c, h, wd = x.shape
    o, cg, kh, kw = w.shape
    pt, pl, pb, pr = _pads(padding)
    xp = np.zeros((n, c, h + pt + pb, wd + pl + pr))
    xp[:, :, pt:pt + h, pl:pl + wd] = x
    ho = (h + pt + pb - dilation[0] * (kh - 1) - 1) // stride[0] + 1
    wo = (wd + pl + pr - dilation[1] * (kw - 1) - 1) // stride[1] + 1
    y = np.zeros((n, o, ho, wo))
    og = o // groups
    for oc in range(o):
        base = (oc // og) * cg
        for i in range(ho):
            for j in range(wo):
                acc = np.zeros(n)
                for ci in range(cg):
                    for a in range(kh):
                        for bb in range(kw):
                            r, c = i * stride[0] + a * dilation[0], j * stride[1] + bb * dilation[1]
                            acc += w[oc, ci, a, bb] * xp[:, base + ci, r, c]
                y[:, oc, i, j] = acc + (0.0 if b is None else b[oc])
    return y


def conv2d_transpose_ref(y, w, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
                         output_padding=(0, 0)):
    """Scatter every y entry through every tap (PyTorch conv_transpose2d's definition)."""
    n, o, ho, wo = y.shape
    _, cg, kh, kw = w.shape
    pt, pl, pb, pr = _pads(padding)
    h = (ho - 1) * stride[0] - pt - pb + dilation[0] * (kh - 1) + 1 + output_padding[0]
    wd = (wo - 1) * stride[1] - pl - pr + dilation[1] * (kw - 1) + 1 + output_padding[1]
    full = np.zeros((n, cg * groups, h + pt + pb + stride[0] + dilation[0] * kh,
                     wd + pl + pr + stride[1] + dilation[1] * kw))
    og = o // groups
    for oc in range(o):
        base = (oc // og) * cg
        for i in range(ho):
            for j in range(wo):
                for ci in range(cg):
                    for a in range(kh):
                        for bb in range(kw):
                            r, c = i * stride[0] + a * dilation[0], j * stride[1] + bb * dilation[1]
                            full[:, base + ci, r, c] += y[:, oc, i, j] * w[oc, ci, a, bb]
    return full[:, :, pt:pt + h, pl:pl + wd]


def conv2d_weight_grad_ref(x, y, kernel_size, stride=(1, 1), padding=(0, 0), dilation=(1, 1),
                           groups=1):
    n, c, h, wd = x.shape
    o, ho, wo = y.shape[1:]
    kh, kw = kernel_size
    cg, og = c // groups, o // groups
    pt, pl, pb, pr = _pads(padding)
    xp = np.zeros((n, c, h + pt + pb, wd + pl + pr))
    xp[:, :, pt:pt + h, pl:pl + wd] = x
    gw = np.zeros((o, cg, kh, kw))
    for oc in range(o):
        base = (oc // og) * cg
        for ci in range(cg):
            for a in range(kh):
                for bb in range(kw):
                    r0, c0 = a * dilation[0], bb * dilation[1]
                    win = xp[:, base + ci, r0:r0 + (ho - 1) * stride[0] + 1:stride[0],
                             c0:c0 + (wo - 1) * stride[1] + 1:stride[1]]
                    gw[oc, ci, a, bb] = np.sum(win * y[:, oc])
    return gw


def _sigmoid(x):
    with np.errstate(over="ignore"):
        return 1.0 / (1.0 + np.exp(-x))


REFERENCES = {
    "add": np.add, "sub": np.subtract, "mul": np.multiply, "div": np.divide,
    "neg": np.negative, "relu": lambda x: np.where(x > 0, x, 0.0),
    "step": lambda x: (x > 0).astype(np.float64), "sign": np.sign, "abs": np.abs,
    "leaky_relu": lambda x, negative_slope=0.01: np.where(x > 0, x, negative_slope * x),
    "tanh": np.tanh, "sigmoid": _sigmoid, "exp": np.exp, "log": np.log, "sqrt": np.sqrt,
    "ge": lambda a, b: (a >= b).astype(np.float64), "maximum": np.maximum, "minimum": np.minimum,
    "matmul": _matmul, "linear": _linear, "conv2d": conv2d_ref,
    "conv2d_transpose": conv2d_transpose_ref, "conv2d_weight_grad": conv2d_weight_grad_ref,
}

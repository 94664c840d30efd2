"""Transposed maps of conv2d and channel-wise spatial ops (avgpool), vectorized over rows.

conv2d back: the adjoint of y = conv(x, W) is col2im(W^T A): one matmul over the whole row batch,
then a scatter-add with one strided slice per kernel tap (a loop over the kh*kw taps, never over
neurons or rows). Groups are handled by splitting channels (the group count is small).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from torchsmt.ir import Graph, Node

from .xp import xp_of


def _pair(v: Any, default: int) -> tuple[int, int]:
    if v is None:
        return (default, default)
    if isinstance(v, int):
        return (v, v)
    v = tuple(int(x) for x in v)
    return (v[0], v[0]) if len(v) == 1 else (v[0], v[1])


def conv_params(p: dict) -> tuple[tuple[int, int], tuple[int, int, int, int], tuple[int, int], int]:
    """(stride, (top, left, bottom, right) padding, dilation, groups); ONNX or torch names."""
    stride = _pair(p.get("stride", p.get("strides")), 1)
    dil = _pair(p.get("dilation", p.get("dilations")), 1)
    groups = int(p.get("groups", p.get("group", 1)))
    pad = p.get("padding", p.get("pads", 0))
    if isinstance(pad, int):
        pads = (pad, pad, pad, pad)
    else:
        pad = tuple(int(x) for x in pad)
        if len(pad) == 1:
            pads = pad * 4
        elif len(pad) == 2:
            pads = (pad[0], pad[1], pad[0], pad[1])
        else:
            pads = pad[:4]
    return stride, pads, dil, groups


def conv2d_back(n: Node, shapes, const_val):
    from .linear import _On

    w = np.asarray(const_val[n.args[1]], dtype=np.float64)  # (Cout, Cin/groups, kh, kw)
    (sh, sw), (pt, pl, pb, pr), (dh, dw), groups = conv_params(n.p)
    x_shape = shapes[0]  # (N, Cin, H, W)
    _, cin, h, wd = x_shape
    cout, cin_g, kh, kw = w.shape
    _, _, ho, wo = n.shape
    cout_g = cout // groups
    # (groups, kh*kw*cin_g, cout_g): W^T per group, rows tap-major so that each tap's block of
    # the product is contiguous for the scatter below (each entry is the same dot product).
    on = _On(w.reshape(groups, cout_g, cin_g, kh * kw).transpose(0, 3, 2, 1)
             .reshape(groups, kh * kw * cin_g, cout_g).copy())
    hp, wp = h + pt + pb, wd + pl + pr

    def back(a):
        (wt,), xp = on(a), xp_of(a)
        m = a.shape[0]
        lead = m * a.shape[1]  # rows x the graph's own batch axis N
        # Rows last: each tap's scatter below then adds contiguous runs of ``lead`` numbers
        # (rows first made the innermost run wo long; measured 3x slower on a 7x7 map).
        ay = a.reshape(lead, groups, cout_g, ho * wo).transpose(1, 2, 3, 0)
        cols = wt @ ay.reshape(groups, cout_g, ho * wo * lead)  # one product per group
        # (kh, kw, cin, ho, wo, lead): groups' input channels in order
        cols = cols.reshape(groups, kh * kw, cin_g, ho * wo * lead).transpose(1, 0, 2, 3)
        cols = cols.reshape(kh, kw, cin, ho, wo, lead)
        out = xp.zeros((cin, hp, wp, lead), dtype=a.dtype)
        for i in range(kh):
            hi = i * dh
            for j in range(kw):
                wj = j * dw
                out[:, hi:hi + sh * (ho - 1) + 1:sh, wj:wj + sw * (wo - 1) + 1:sw] += cols[i, j]
        out = out[:, pt:pt + h, pl:pl + wd].transpose(3, 0, 1, 2)
        return [out.reshape((m,) + tuple(x_shape))]

    return back


def channel_spatial_back(g: Graph, n: Node, x_shape: tuple[int, ...], impl):
    """A channel-wise spatial linear op (avgpool, (N,) C, H, W): one (Ho*Wo, H*W) matrix read off
    impl on a basis laid out as channels (every channel uses the same matrix)."""
    from .linear import _On

    h, w = x_shape[-2:]
    ho, wo = n.shape[-2:]
    lead = int(np.prod(x_shape[:-2], dtype=np.int64))  # N * C
    basis = np.eye(h * w).reshape((1,) * (len(x_shape) - 3) + (h * w, h, w))
    resp = np.asarray(impl(basis)) - np.asarray(impl(np.zeros_like(basis)))  # host, once
    on = _On(resp.reshape(h * w, ho * wo).T.copy())  # (ho*wo, h*w)

    def back(a):
        m = a.shape[0]
        out = a.reshape(m * lead, ho * wo) @ on(a)[0]
        return [out.reshape((m,) + tuple(x_shape))]

    return back

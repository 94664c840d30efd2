"""CROWN relaxation of maxpool2d: y = max of a window of x.

Lower line: y >= x_j for j the window element with the largest lower bound (any window element is
a valid lower bound of the max). Upper line: y <= x_j when that element dominates the window
(l_j >= u_k for every other k, so y = x_j exactly), else y <= max_k u_k (a constant). The windows
come from the op's own gather plan (torchsmt.ir.ops.pool.make_plan), padding slots included.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from torchsmt.ir import Node
from torchsmt.ir.ops.pool import make_plan


@dataclass(frozen=True)
class MaxLines:
    src: np.ndarray  # (B, L, P) flat input index (in H*W) of the chosen element
    exact: np.ndarray  # (B, L, P) bool: the chosen element dominates its window
    umax: np.ndarray  # (B, L, P) the constant upper bound where not dominated


def max_lines(n: Node, x_shape: tuple[int, ...], lo: np.ndarray, hi: np.ndarray) -> MaxLines:
    p = n.p
    plan = make_plan(x_shape, p["kernel_size"], p["stride"], p["padding"], p["dilation"],
                     p["ceil_mode"])
    B = lo.shape[0]
    hw = x_shape[-2] * x_shape[-1]
    lw = lo.reshape(B, -1, hw)[:, :, plan.idx]  # (B, L, P, K)
    uw = hi.reshape(B, -1, hw)[:, :, plan.idx]
    j = np.argmax(lw, axis=-1)  # (B, L, P)
    lj = np.take_along_axis(lw, j[..., None], axis=-1)[..., 0]
    k = np.arange(plan.idx.shape[1])
    src = plan.idx[np.arange(plan.idx.shape[0])[None, None, :], j]  # (B, L, P)
    # other slots: exclude every slot reading the same input position (padding duplicates)
    same = np.take_along_axis(np.broadcast_to(plan.idx, lw.shape), j[..., None], -1) \
        == np.broadcast_to(plan.idx, lw.shape)
    others = np.where(same | (k == j[..., None]), -np.inf, uw).max(axis=-1)
    return MaxLines(src, lj >= others, uw.max(axis=-1))


def max_back(ml: MaxLines, a: np.ndarray, x_shape: tuple[int, ...]):
    """(A_x (B, S, *x_shape), bias (B, S)) for coefficients a (B, S, *y_shape)."""
    B, S = a.shape[:2]
    L, P = ml.src.shape[1:]
    hw = x_shape[-2] * x_shape[-1]
    av = a.reshape(B, S, L, P)
    take = (av >= 0) | ml.exact[:, None]
    coef = np.where(take, av, 0.0)
    bias = np.where(take, 0.0, av * ml.umax[:, None]).reshape(B, S, -1).sum(axis=2)
    flat = (np.arange(L)[None, :, None] * hw + ml.src).reshape(B, L * P)  # (B, L*P)
    out = np.zeros((B, L * hw, S))
    bidx = np.broadcast_to(np.arange(B)[:, None], flat.shape)
    np.add.at(out, (bidx, flat), coef.reshape(B, S, L * P).transpose(0, 2, 1))
    return out.transpose(0, 2, 1).reshape((B, S) + tuple(x_shape)), bias


def max_primal(ml: MaxLines, a: np.ndarray, zx: np.ndarray, x_shape: tuple[int, ...]):
    """The primal value of y for rows a given the primal point zx of x (both (B, S, ...))."""
    B, S = a.shape[:2]
    L, P = ml.src.shape[1:]
    hw = x_shape[-2] * x_shape[-1]
    zf = zx.reshape(B, S, L, hw)
    picked = np.take_along_axis(zf, np.broadcast_to(ml.src[:, None], (B, S, L, P)), axis=-1)
    av = a.reshape(B, S, L, P)
    take = (av >= 0) | ml.exact[:, None]
    return np.where(take, picked, ml.umax[:, None]).reshape(a.shape)

"""CROWN relaxation of maxpool2d: y = max of a window of x.

Lower line: y >= x_j for j the window element with the largest lower bound (any window element is
a valid lower bound of the max). Upper line: y <= x_j when that element dominates the window
(l_j >= u_k for every other k, so y = x_j exactly), else y <= max_k u_k (a constant). The windows
come from the op's own gather plan (torchsmt.ir.ops.pool.make_plan), padding slots included.
Every array operation goes through ``xp`` (NumPy or CuPy); the gather plan is moved once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from torchsmt.ir import Node
from torchsmt.ir.ops.pool import make_plan

from .xp import add_at


@dataclass(frozen=True)
class MaxLines:
    src: np.ndarray  # (B, L, P) flat input index (in H*W) of the chosen element
    exact: np.ndarray  # (B, L, P) bool: the chosen element dominates its window
    umax: np.ndarray  # (B, L, P) the constant upper bound where not dominated


def max_lines(n: Node, x_shape: tuple[int, ...], lo: np.ndarray, hi: np.ndarray,
              xp: Any = np) -> MaxLines:
    p = n.p
    plan = make_plan(x_shape, p["kernel_size"], p["stride"], p["padding"], p["dilation"],
                     p["ceil_mode"])
    pidx = plan.idx if xp is np else xp.asarray(plan.idx)
    B = lo.shape[0]
    hw = x_shape[-2] * x_shape[-1]
    lw = lo.reshape(B, -1, hw)[:, :, pidx]  # (B, L, P, K)
    uw = hi.reshape(B, -1, hw)[:, :, pidx]
    j = xp.argmax(lw, axis=-1)  # (B, L, P)
    lj = xp.take_along_axis(lw, j[..., None], axis=-1)[..., 0]
    k = xp.arange(pidx.shape[1])
    src = pidx[xp.arange(pidx.shape[0])[None, None, :], j]  # (B, L, P)
    # other slots: exclude every slot reading the same input position (padding duplicates)
    same = xp.take_along_axis(xp.broadcast_to(pidx, lw.shape), j[..., None], -1) \
        == xp.broadcast_to(pidx, lw.shape)
    others = xp.where(same | (k == j[..., None]), -xp.inf, uw).max(axis=-1)
    return MaxLines(src, lj >= others, uw.max(axis=-1))


def max_back(ml: MaxLines, a: np.ndarray, x_shape: tuple[int, ...], xp: Any = np):
    """(A_x (B, S, *x_shape), bias (B, S)) for coefficients a (B, S, *y_shape)."""
    B, S = a.shape[:2]
    L, P = ml.src.shape[1:]
    hw = x_shape[-2] * x_shape[-1]
    av = a.reshape(B, S, L, P)
    take = (av >= 0) | ml.exact[:, None]
    coef = xp.where(take, av, 0.0)
    bias = xp.where(take, 0.0, av * ml.umax[:, None]).reshape(B, S, -1).sum(axis=2)
    flat = (xp.arange(L)[None, :, None] * hw + ml.src).reshape(B, L * P)  # (B, L*P)
    out = xp.zeros((B, L * hw, S), dtype=a.dtype)
    bidx = xp.broadcast_to(xp.arange(B)[:, None], flat.shape)
    add_at(xp, out, (bidx, flat), coef.reshape(B, S, L * P).transpose(0, 2, 1))
    return out.transpose(0, 2, 1).reshape((B, S) + tuple(x_shape)), bias


def max_primal(ml: MaxLines, a: np.ndarray, zx: np.ndarray, x_shape: tuple[int, ...],
               xp: Any = np):
    """The primal value of y for rows a given the primal point zx of x (both (B, S, ...))."""
    B, S = a.shape[:2]
    L, P = ml.src.shape[1:]
    hw = x_shape[-2] * x_shape[-1]
    zf = zx.reshape(B, S, L, hw)
    picked = xp.take_along_axis(zf, xp.broadcast_to(ml.src[:, None], (B, S, L, P)), axis=-1)
    av = a.reshape(B, S, L, P)
    take = (av >= 0) | ml.exact[:, None]
    return xp.where(take, picked, ml.umax[:, None]).reshape(a.shape)

"""Shape arguments of the Tensor methods, resolved the way PyTorch does (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from torchsmt.ir import ShapeError

__all__ = ["axes_of", "axis_of", "index_plan", "resolve_shape", "shape_arg"]


def shape_arg(shape: tuple) -> tuple:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        return tuple(shape[0])
    return tuple(shape)


def resolve_shape(shape: Sequence[int], src: tuple[int, ...]) -> tuple[int, ...]:
    """Resolve one ``-1`` like PyTorch; ShapeError when the sizes cannot match."""
    shape = tuple(int(s) for s in shape)
    total = int(np.prod(src, dtype=np.int64))
    if shape.count(-1) > 1 or any(s < -1 for s in shape):
        raise ShapeError(f"reshape{shape}: at most one -1 and no other negative sizes")
    if -1 in shape:
        rest = int(np.prod([s for s in shape if s != -1], dtype=np.int64))
        if rest == 0 or total % rest:
            raise ShapeError(f"cannot reshape {src} into {shape}")
        shape = tuple(total // rest if s == -1 else s for s in shape)
    if int(np.prod(shape, dtype=np.int64)) != total:
        raise ShapeError(f"cannot reshape {src} into {shape}")
    return shape


def axis_of(d: int, ndim: int) -> int:
    d = int(d)
    if not -max(ndim, 1) <= d < max(ndim, 1):
        raise ShapeError(f"dimension {d} out of range for a {ndim}-d tensor")
    return d % max(ndim, 1)


def axes_of(dim: Any, ndim: int) -> tuple[int, ...]:
    dims = (dim,) if isinstance(dim, (int, np.integer)) else tuple(dim)
    axes = tuple(sorted({axis_of(d, ndim) for d in dims}))
    if len(axes) != len(dims):
        raise ShapeError(f"dimension repeated in {dims}")
    return axes


def index_plan(idx: Any, shape: tuple[int, ...]
               ) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...],
                          tuple[int, ...]]:
    """Basic indexing -> (starts, ends, axes, steps) of one ``slice`` op and the final shape."""
    ndim = len(shape)
    items = list(idx) if isinstance(idx, tuple) else [idx]
    if sum(it is Ellipsis for it in items) > 1:
        raise ShapeError("an index can only have a single ellipsis")
    n_real = sum(it is not None and it is not Ellipsis for it in items)
    if n_real > ndim:
        raise ShapeError(f"too many indices ({n_real}) for a {ndim}-d tensor")
    if Ellipsis in items:
        k = items.index(Ellipsis)
        items[k:k + 1] = [slice(None)] * (ndim - n_real)
    else:
        items += [slice(None)] * (ndim - n_real)
    starts, ends, axes, steps, out_shape, d = [], [], [], [], [], 0
    for it in items:
        if it is None:
            out_shape.append(1)
            continue
        size = shape[d]
        if isinstance(it, (int, np.integer)) and not isinstance(it, bool):
            i = int(it)
            if not -size <= i < size:
                raise ShapeError(f"index {i} out of range for dimension {d} of size {size}")
            i %= size
            starts.append(i), ends.append(i + 1), axes.append(d), steps.append(1)
        elif isinstance(it, slice):
            a, b, s = it.indices(size)
            if s <= 0:
                raise ShapeError("slices need a positive step")
            if (a, b, s) != (0, size, 1):
                starts.append(a), ends.append(max(a, b)), axes.append(d), steps.append(s)
            out_shape.append(len(range(a, b, s)))
        else:
            raise ShapeError(f"unsupported index {it!r} (ints, slices, None and ... only)")
        d += 1
    return tuple(starts), tuple(ends), tuple(axes), tuple(steps), tuple(out_shape)

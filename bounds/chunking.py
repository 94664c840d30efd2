"""Memory-aware chunking of backward passes over the (box, row) grid.

A CROWN pass from ``start`` holds coefficient arrays (B, S, *node_shape); for a large
specification C, many boxes (a branch-and-bound batch) or a deep/wide network they can exceed the
memory. Rows and boxes are independent in a pass (each row's bound reads only its own
coefficients and its box's bounds), so the grid can be cut into chunks that each fit
``Engine.max_memory`` and the results pasted back: the bounds are the same (up to the BLAS
kernel a smaller matrix product picks). Whole boxes are grouped first; a box whose rows alone
exceed the budget has its rows split. Chunks of boxes see views of the per-box engine state
(``Engine.per_box``), never copies.
"""

from __future__ import annotations

import copy
from typing import Any

import numpy as np

from .maxpool import MaxLines


def row_bytes(e: Any, start: int, heavy: bool = False) -> int:
    """Estimated bytes one (box, row) pair of a backward pass from ``start`` takes at its peak.

    A pass holds a few coefficient arrays of the widest node it crosses (conv2d's column
    buffer counts kh*kw times its input); ``heavy`` (a pass that records every node's
    coefficients, alpha-CROWN's slopes, moments and primal point) adds all ancestors."""
    cache = e.__dict__.setdefault("_row_bytes", {})
    key = (start, heavy)
    if key not in cache:
        g, widest, total, relax = e.g, 1, 0, 0
        seen = {start}
        for nid in range(start, -1, -1):
            if nid not in seen or e.kind[nid] == "const":  # constants: no coefficients
                continue
            n = g.node(nid)
            seen.update(n.args)
            size = int(np.prod(n.shape, dtype=np.int64))
            work = size + sum(int(np.prod(g.node(a).shape, dtype=np.int64)) for a in n.args
                              if a not in e.const_val)
            if n.op == "conv2d" and n.args[1] in e.const_val:
                w = e.const_val[n.args[1]]  # col2im's buffer: Cin/groups*kh*kw per output
                work += int(np.prod(w.shape[1:], dtype=np.int64)) * size // max(1, n.shape[1]) \
                    * int(n.p.get("groups", n.p.get("group", 1)))
            widest, total = max(widest, work), total + size
            relax += size if e.kind[nid] == "relax" else 0
        per = 3 * widest + (2 * total + 5 * relax if heavy else 0)
        cache[key] = per * e.dtype.itemsize
    return cache[key]


def chunk_plan(e: Any, start: int, S: int, heavy: bool = False
               ) -> list[tuple[int, int, int, int]] | None:
    """Chunks (b0, b1, s0, s1) of the (box, row) grid that each fit ``max_memory``, or None
    when the whole pass fits. Whole boxes are grouped first; a box whose rows alone exceed
    the budget has its rows split."""
    per = row_bytes(e, start, heavy)
    cap = max(1, e.max_memory // per)  # (box, row) pairs per chunk
    B = e.B
    if B * S <= cap:
        return None
    if S <= cap:
        nb = cap // S
        return [(b, min(B, b + nb), 0, S) for b in range(0, B, nb)]
    if B == 1:
        return [(0, 1, s, min(S, s + cap)) for s in range(0, S, cap)]
    return [(b, b + 1, s, min(S, s + cap)) for b in range(B) for s in range(0, S, cap)]


def batch_slice(e: Any, b0: int, b1: int) -> Any:
    """A shallow copy of the engine restricted to boxes b0:b1 (views, no copies)."""
    if (b0, b1) == (0, e.B):
        return e
    sub = copy.copy(e)
    sub.B = b1 - b0
    sub.box = tuple(v[b0:b1] for v in e.box)
    sub.use_sparse = False  # sparse rows run for one unchunked box only (same numbers)
    for name in e.per_box:
        d = getattr(e, name, None)
        if isinstance(d, dict):
            setattr(sub, name, {k: slice_boxes(v, b0, b1) for k, v in d.items()})
    return sub


def bound_rows(e: Any, start: int, a0: Any, alphas: dict[int, Any] | None = None,
               record: dict[int, Any] | None = None) -> Any:
    """``backward`` run in chunks of boxes and rows when the pass would exceed
    ``max_memory`` (rows and boxes are independent: the result is the same)."""
    plan = chunk_plan(e, start, a0.shape[1], heavy=record is not None)
    if plan is None:
        return e.backward(start, a0, alphas, record)
    out = e.xp.empty(a0.shape[:2], dtype=e.dtype)
    recs: list[tuple[tuple[int, int], int, dict]] = []
    for b0, b1, s0, s1 in plan:
        sub = batch_slice(e, b0, b1)
        al = None if alphas is None else {k: rows_of(v, b0, b1, s0, s1)
                                          for k, v in alphas.items()}
        rec: dict[int, Any] | None = None if record is None else {}
        out[b0:b1, s0:s1] = sub.backward(start, a0[b0:b1, s0:s1], al, rec)
        if rec is not None:
            recs.append(((b0, b1), s1 - s0, rec))
    if record is not None:
        record.update(merge_chunks(recs, e.xp))
    return out


def slice_boxes(v: Any, b0: int, b1: int) -> Any:
    """Boxes b0:b1 of a per-box value: an array, a tuple of arrays or a dataclass of arrays."""
    if isinstance(v, tuple):
        return tuple(slice_boxes(x, b0, b1) for x in v)
    if isinstance(v, MaxLines):
        return MaxLines(v.src[b0:b1], v.exact[b0:b1], v.umax[b0:b1])
    return v[b0:b1]


def rows_of(v: Any, b0: int, b1: int, s0: int, s1: int) -> Any:
    """Boxes b0:b1 and rows s0:s1 of a (B, S or 1, ...) array (a shared row stays shared)."""
    return v[b0:b1] if v.shape[1] == 1 else v[b0:b1, s0:s1]


def merge_chunks(parts: list[tuple[tuple[int, int], int, dict]], xp: Any) -> dict:
    """Reassemble per-chunk dicts ((b0, b1), rows, {key: (b, rows or 1, ...)}): the chunks of one
    box group side by side (axis 1; a shared row (b, 1, ...) of chunks with several rows is taken
    once), then the box groups stacked (axis 0)."""
    groups: dict[tuple[int, int], list[tuple[int, dict]]] = {}
    for key, nrows, d in parts:
        groups.setdefault(key, []).append((nrows, d))
    out: dict = {}
    for k in parts[0][2]:
        per_group = []
        for ds in groups.values():
            vs = [d[k] for _, d in ds]
            shared = vs[0].shape[1] == 1 and any(nr > 1 for nr, _ in ds)
            per_group.append(vs[0] if shared or len(vs) == 1 else xp.concatenate(vs, axis=1))
        out[k] = per_group[0] if len(per_group) == 1 else xp.concatenate(per_group, axis=0)
    return out

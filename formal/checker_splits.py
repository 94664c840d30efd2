"""Conditional ("ReLU split") certificates in the checker (docs/certificate.md, version 2).

A certificate's ``splits`` entry (box b, node n, neuron j, sign s) restricts box b's claim to the
region R_b = {x in box b : s value(n)(x)[j] >= 0 for each of b's entries}. The checker's bounds
for box b then only need to hold on R_b, and by induction over the topological order they do:

- a re-derived bound of a listed node holds on the whole box, so on R_b;
- intersecting it with the half-line of a split on that neuron (s = -1: upper <- min(upper, 0);
  s = +1: lower <- max(lower, 0)) keeps it valid on R_b (every x in R_b satisfies the split);
- the certified bounds, implied by those, hold on R_b, and so does everything derived from them.

Relu splits are a case split (value <= 0 or value >= 0, exhaustive); formal/bab_check.py checks
that a tree covers both cases. If, after the clip, a box's re-derived lower bound exceeds its upper
bound on some neuron (exact comparison of rigorous bounds), no input satisfies the box's splits:
R_b is empty and every claim of the box holds vacuously. Such a box is marked dead: its bounds are
replaced by the point 0 from there on (finite, no straddling kink, so nothing later fails or
overflows because of it) and it is left out of every later comparison and of the final one.
Only boxes that carry a split can die (an unrestricted box is never empty: lower <= upper).
"""

from __future__ import annotations

from typing import Any

import numpy as np


def split_table(splits: tuple[tuple[int, int, int, int], ...], B: int
                ) -> tuple[dict[int, list[tuple[int, int, int]]], np.ndarray]:
    """node id -> [(box, flat index, sign)], and the mask of boxes that carry a split."""
    at: dict[int, list[tuple[int, int, int]]] = {}
    has = np.zeros(B, dtype=bool)
    for b, nid, j, sg in splits:
        at.setdefault(nid, []).append((b, j, sg))
        has[b] = True
    return at, has


def clip(ck: Any, nid: int, dlo: Any, dhi: Any) -> None:
    """Intersect re-derived bounds (B, size), in place, with node ``nid``'s split half-lines and
    mark the boxes whose intervals became empty dead (``ck.dead``)."""
    entries = ck.split_at.get(nid)
    if not entries:
        return
    zero = ck.zero
    for b, j, sg in entries:
        # written so that a NaN bound (unknown) becomes the half-line's end, never stays NaN
        if sg < 0 and not dhi[b, j] <= zero:
            dhi[b, j] = zero
        elif sg > 0 and not dlo[b, j] >= zero:
            dlo[b, j] = zero
    empty = np.asarray(dlo > dhi, dtype=bool).any(axis=1) & ck.has_split
    ck.dead |= empty


def dead_points(ck: Any, lo: Any, hi: Any) -> tuple[Any, Any]:
    """Bounds (B, *shape) with every dead box's rows replaced by the point 0."""
    lo, hi = np.array(lo), np.array(hi)
    lo[ck.dead] = ck.zero
    hi[ck.dead] = ck.zero
    return lo, hi

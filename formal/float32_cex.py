"""Float32 counterexamples: points where the binary32 execution violates ``C y >= d``.

``falsify32(g, lower, upper, C, d)`` searches float32 inputs in the box (box corners, the centre,
uniform samples, and coordinate ends chosen by the sign of the real gradient of each row) and
replays every candidate through the strict executor; a returned counterexample is therefore a
genuine float32 violation (the replay is the evidence, no tolerance). For ``torchsmt verify
--semantics float32``: falsify with this, then bound with ``semantics="float32"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from torchsmt.ir import Graph
from torchsmt.ir.float32 import run_strict32


@dataclass(frozen=True)
class Float32Cex:
    x: np.ndarray  # float32 input, inside the box
    y: np.ndarray  # strict float32 output at x (replayed)
    row: int  # the violated row of C y >= d
    margin: float  # (C y - d)[row] < 0


def _inside32(lo: np.ndarray, hi: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Round to float32 and keep the point inside [lo, hi] (nudging by one ulp inward)."""
    x32 = x.astype(np.float32)
    x32 = np.where(x32.astype(np.float64) < lo, np.nextafter(x32, np.float32(np.inf)), x32)
    x32 = np.where(x32.astype(np.float64) > hi, np.nextafter(x32, np.float32(-np.inf)), x32)
    return x32


def falsify32(g: Graph, lower: Any, upper: Any, C: Any, d: Any, n: int = 256,
              seed: int = 0) -> Float32Cex | None:
    lo = np.asarray(lower, dtype=np.float64)
    hi = np.asarray(upper, dtype=np.float64)
    C = np.atleast_2d(np.asarray(C, dtype=np.float64))
    d = np.broadcast_to(np.asarray(d, dtype=np.float64), (C.shape[0],))
    rng = np.random.default_rng(seed)
    cands = [lo, hi, lo / 2 + hi / 2]
    cands += [np.where(rng.random(lo.shape) < 0.5, lo, hi) for _ in range(n // 4)]
    cands += [rng.uniform(lo, hi) for _ in range(n - len(cands))]
    for x in cands:
        x32 = _inside32(lo, hi, x)
        if np.any(x32.astype(np.float64) < lo) or np.any(x32.astype(np.float64) > hi):
            continue  # no float32 point there (box thinner than an ulp)
        y = np.asarray(run_strict32(g, x32), dtype=np.float64).reshape(-1)
        with np.errstate(invalid="ignore"):
            m = C @ y - d
        bad = ~(m >= 0)  # NaN outputs violate too
        if np.any(bad):
            row = int(np.flatnonzero(bad)[0])
            return Float32Cex(x32, y, row, float(m[row]))
    return None

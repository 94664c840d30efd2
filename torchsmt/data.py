"""A small batch iterator over in-memory arrays, with a seeded shuffle.

``DataLoader(X, y, batch_size=32, shuffle=True, seed=0)`` yields ``(Tensor, Tensor)`` batches.
Each epoch (each ``iter()``) draws a new permutation from one generator seeded at construction,
so a run is reproducible and epochs differ.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy as np

from torchsmt.ir import ShapeError

from .tensor import Tensor

__all__ = ["DataLoader", "batches", "train_test_split"]


class DataLoader:
    def __init__(self, *arrays: Any, batch_size: int = 32, shuffle: bool = False, seed: int = 0,
                 drop_last: bool = False, dtype: Any = None):
        if not arrays:
            raise ShapeError("DataLoader needs at least one array")
        self.arrays = [a.numpy() if isinstance(a, Tensor) else np.asarray(a) for a in arrays]
        n = len(self.arrays[0])
        if any(len(a) != n for a in self.arrays):
            raise ShapeError(f"DataLoader: arrays of different lengths "
                             f"{[len(a) for a in self.arrays]}")
        if batch_size < 1:
            raise ShapeError(f"batch_size must be >= 1, got {batch_size}")
        self.n, self.batch_size = n, int(batch_size)
        self.shuffle, self.drop_last = shuffle, drop_last
        self.dtype = dtype
        self._rng = np.random.default_rng(seed)

    def __len__(self) -> int:
        full, rest = divmod(self.n, self.batch_size)
        return full + (1 if rest and not self.drop_last else 0)

    def __iter__(self) -> Iterator[tuple[Tensor, ...]]:
        order = self._rng.permutation(self.n) if self.shuffle else np.arange(self.n)
        for k in range(len(self)):
            idx = order[k * self.batch_size:(k + 1) * self.batch_size]
            yield tuple(Tensor(a[idx], dtype=self.dtype if a.dtype.kind == "f" else None)
                        for a in self.arrays)


def batches(*arrays: Any, batch_size: int = 32, shuffle: bool = True, seed: int = 0
            ) -> Iterator[tuple[Tensor, ...]]:
    """One epoch of batches (a one-shot DataLoader)."""
    return iter(DataLoader(*arrays, batch_size=batch_size, shuffle=shuffle, seed=seed))


def train_test_split(*arrays: Any, test_fraction: float = 0.2, seed: int = 0
                     ) -> list[np.ndarray]:
    """Split arrays by one seeded permutation: [a_train, a_test, b_train, b_test, ...]."""
    if not 0 < test_fraction < 1:
        raise ShapeError(f"test_fraction must be in (0, 1), got {test_fraction}")
    arrs = [np.asarray(a) for a in arrays]
    n = len(arrs[0])
    order = np.random.default_rng(seed).permutation(n)
    n_test = max(1, int(round(n * test_fraction)))
    test, train = order[:n_test], order[n_test:]
    out = []
    for a in arrs:
        out += [a[train], a[test]]
    return out

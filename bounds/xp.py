"""The array module of an array (NumPy, or CuPy for CuPy arrays: never imported here unless such
an array exists), the memory budget of a bound pass, and a scatter-add that works on both."""

from __future__ import annotations

import os
from typing import Any

import numpy as np

_GIB = 2**30


def xp_of(*arrays: Any) -> Any:
    for a in arrays:
        if type(a).__module__.split(".")[0] == "cupy":
            import importlib

            return importlib.import_module("cupy")
    return np


def _parse_bytes(text: str) -> int:
    t = text.strip().upper().removesuffix("B")
    mult = {"K": 2**10, "M": 2**20, "G": 2**30, "T": 2**40}.get(t[-1:], 1)
    return int(float(t[:-1] if mult > 1 else t) * mult)


def memory_budget(xp: Any) -> int:
    """Bytes one backward pass's coefficient arrays may take before it runs in chunks.

    ``TORCHSMT_MAX_MEMORY`` (bytes, or "512M", "4G") overrides. CPU: a quarter of physical
    memory, between 256 MiB and 4 GiB. CUDA: half the device memory free now."""
    env = os.environ.get("TORCHSMT_MAX_MEMORY")
    if env:
        return max(1, _parse_bytes(env))
    if xp is np:
        try:
            phys = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        except (ValueError, OSError, AttributeError):
            phys = 8 * _GIB
        return int(min(4 * _GIB, max(_GIB // 4, phys // 4)))
    try:
        free = int(xp.cuda.runtime.memGetInfo()[0])
    except Exception:  # noqa: BLE001 - any failure to ask: a conservative fixed budget
        free = 4 * _GIB
    return max(_GIB // 4, free // 2)


def add_at(xp: Any, out: Any, index: Any, values: Any) -> None:
    """out[index] += values with repeated indices accumulating (np.add.at / cupyx.scatter_add)."""
    if xp is np:
        np.add.at(out, index, values)
        return
    try:
        xp.add.at(out, index, values)
    except (AttributeError, NotImplementedError, TypeError):
        import cupyx  # noqa: PLC0415 - only reached with CuPy arrays

        cupyx.scatter_add(out, index, values)

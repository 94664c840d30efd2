"""The array module of an array: NumPy, or CuPy for CuPy arrays (never imported here)."""

from __future__ import annotations

from typing import Any

import numpy as np


def xp_of(*arrays: Any) -> Any:
    for a in arrays:
        if type(a).__module__.split(".")[0] == "cupy":
            import importlib

            return importlib.import_module("cupy")
    return np

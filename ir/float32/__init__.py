"""IEEE binary32 execution: the strict executor and the per-op rounding-error model.

``run_strict32(g, *inputs)`` evaluates a graph in binary32 with a fixed, documented summation
order (strict.py); ``rounding`` holds the per-op error bounds that the catalog's float32 lemmas
justify and that the float32-sound bounds and checker charge.
"""

from .rounding import ETA, MAX_F32, U, gamma, node_error
from .strict import STRICT_ORDER_DOC, run_strict32, strict_namespace

__all__ = ["ETA", "MAX_F32", "STRICT_ORDER_DOC", "U", "gamma", "node_error", "run_strict32",
           "strict_namespace"]

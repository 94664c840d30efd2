"""torchsmt: one precise semantics for neural networks (execution, autodiff, bounds, SMT proofs).

Importing torchsmt stays cheap: z3 and cupy are imported only by the code that needs them.
"""

from __future__ import annotations

__version__ = "0.1.0"

from torchsmt import ir  # noqa: E402

__all__ = ["ir", "__version__"]

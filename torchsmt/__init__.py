"""torchsmt: one precise semantics for neural networks (execution, autodiff, bounds, SMT proofs).

Importing torchsmt stays cheap: z3 and cupy are imported only by the code that needs them, and the
subpackages (``nn``, ``optim``, ``data``, ``autodiff``, ``gradcheck``, ``formal``, ``bounds``,
``gpu``) load on first attribute access (module ``__getattr__``; ``from torchsmt import nn`` works).
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

__version__ = "0.1.0"

from torchsmt import ir  # noqa: E402

from .autograd import enable_grad, is_grad_enabled, no_grad, set_grad_enabled  # noqa: E402
from .compile import compile  # noqa: E402
from .tensor import (  # noqa: E402
    Tensor,
    get_default_dtype,
    manual_seed,
    set_default_dtype,
    tensor,
)

float32 = "f32"
float64 = "f64"

# name -> (module, attribute or None for the module itself), imported on first access.
_LAZY: dict[str, tuple[str, str | None]] = {
    "nn": ("torchsmt.nn", None),
    "optim": ("torchsmt.optim", None),
    "data": ("torchsmt.data", None),
    "autograd": ("torchsmt.autograd", None),
    "autodiff": ("torchsmt.ir.autodiff", None),
    "gradcheck": ("torchsmt.gradcheck", "gradcheck"),
    "formal": ("torchsmt.formal", None),
    "bounds": ("torchsmt.bounds", None),
    "gpu": ("torchsmt.gpu", None),
    "verify": ("torchsmt.verify", "verify"),
}
# Public functions living in a submodule of the same name: ``ts.compile`` and ``ts.gradcheck``
# must stay the functions even after ``import torchsmt.compile`` sets the package attribute.
# (So ``import torchsmt.gradcheck as m`` binds the function; ``from torchsmt.gradcheck import X``
# reaches the module's other names as usual.)
_FUNCTION_MODULES = ("compile", "gradcheck", "verify")


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'torchsmt' has no attribute '{name}'")
    modname, attr = _LAZY[name]
    mod = importlib.import_module(modname)
    value = getattr(mod, attr) if attr else mod
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value: Any) -> None:
        if name in _FUNCTION_MODULES and isinstance(value, types.ModuleType) \
                and hasattr(value, name):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package

__all__ = [
    "Tensor", "__version__", "compile", "enable_grad", "float32", "float64", "get_default_dtype",
    "ir", "is_grad_enabled", "manual_seed", "nn", "no_grad", "set_default_dtype",
    "set_grad_enabled", "tensor", "optim", "data", "autograd",
]

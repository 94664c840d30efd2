"""torchsmt.ir: operators, the registry, the SSA graph, its interpreter and transforms.

No z3 and no cupy here: rules receive the array module ``xp`` or a semantics object.
"""

if __name__ != "torchsmt.ir":  # the repo root makes `import ir` possible: refuse a second registry
    raise ImportError("import torchsmt.ir, not the bare folder 'ir'")

from .emit import EagerEmitter
from .errors import (
    FormatError,
    GraphError,
    MissingRuleError,
    ShapeError,
    TorchSMTError,
    UnknownOpError,
    UnsupportedError,
)
from .graph import Graph, GraphBuilder, Node
from .opdef import REQUIRED, OpDef
from .registry import REGISTRY, Registry

__all__ = [
    "REGISTRY", "REQUIRED", "EagerEmitter", "FormatError", "Graph", "GraphBuilder", "GraphError",
    "MissingRuleError", "Node", "OpDef", "Registry", "ShapeError", "TorchSMTError",
    "UnknownOpError", "UnsupportedError",
]

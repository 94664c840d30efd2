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

# Graph files load on first use (keeps `import torchsmt` cheap): name -> submodule.
_GRAPH_FILES = {"format_graph": "printer", "parse_graph": "parser", "canonical_json": "serialize",
                "from_json": "serialize", "graph_sha256": "serialize", "load": "serialize",
                "save": "serialize", "to_json": "serialize",
                # model import/export (onnx is imported only when these are used)
                "load_onnx": "onnx_import", "load_model": "onnx_import", "save_onnx": "onnx_export",
                "to_onnx": "onnx_export", "load_nnet": "nnet"}


def __getattr__(name: str):
    if name in _GRAPH_FILES:
        import importlib

        value = getattr(importlib.import_module(f".{_GRAPH_FILES[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "REGISTRY", "REQUIRED", "EagerEmitter", "FormatError", "Graph", "GraphBuilder", "GraphError",
    "MissingRuleError", "Node", "OpDef", "Registry", "ShapeError", "TorchSMTError",
    "UnknownOpError", "UnsupportedError",
    # graph files (ir/printer.py, ir/parser.py, ir/serialize.py)
    "canonical_json", "format_graph", "from_json", "graph_sha256", "load", "parse_graph", "save",
    "to_json", "load_onnx", "load_model", "save_onnx", "to_onnx", "load_nnet",
]

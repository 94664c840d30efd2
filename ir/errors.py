"""Typed exceptions of torchsmt. Every user-facing failure is one of these (the CLI prints one
line)."""

from __future__ import annotations


class TorchSMTError(Exception):
    """Base class: anything torchsmt raises on purpose."""


class MissingRuleError(TorchSMTError, NotImplementedError):
    """An operator lacks the interpretation a caller asked for (names the op and the rule)."""

    def __init__(self, op: str, rule: str):
        super().__init__(f"operator '{op}' has no '{rule}' rule")
        self.op = op
        self.rule = rule


class UnknownOpError(TorchSMTError, KeyError):
    def __init__(self, op: str):
        super().__init__(f"unknown operator '{op}'")
        self.op = op

    def __str__(self) -> str:  # KeyError would quote the message
        return self.args[0]


class ShapeError(TorchSMTError, ValueError):
    """Operand shapes or parameters do not fit an operator."""


class GraphError(TorchSMTError, ValueError):
    """A malformed graph (cycle, dangling or wrong-arity argument, bad shape); names the node."""


class FormatError(TorchSMTError, ValueError):
    """A malformed file (graph JSON, listing, ONNX, VNNLIB, certificate)."""


class UnsupportedError(TorchSMTError, ValueError):
    """Input that is well-formed but uses features torchsmt does not support (lists all of them)."""

"""Loss modules: thin wrappers over the functional losses."""

from __future__ import annotations

from typing import Any

from torchsmt.tensor import Tensor

from . import functional as F
from .module import Module

__all__ = ["BCEWithLogitsLoss", "CrossEntropyLoss", "MSELoss", "NLLLoss"]


class _Loss(Module):
    fn: Any = None

    def __init__(self, reduction: str = "mean"):
        super().__init__()
        self.reduction = reduction

    def forward(self, input: Tensor, target: Any) -> Tensor:
        return type(self).fn(input, target, reduction=self.reduction)

    def extra_repr(self) -> str:
        return f"reduction={self.reduction!r}" if self.reduction != "mean" else ""


class MSELoss(_Loss):
    fn = staticmethod(F.mse_loss)


class CrossEntropyLoss(_Loss):
    fn = staticmethod(F.cross_entropy)


class NLLLoss(_Loss):
    fn = staticmethod(F.nll_loss)


class BCEWithLogitsLoss(_Loss):
    fn = staticmethod(F.binary_cross_entropy_with_logits)

"""torchsmt.nn: PyTorch-style modules over the operator registry (see torchsmt/tensor.py)."""

from __future__ import annotations

from . import functional, init
from .layers import (
    AvgPool2d,
    BatchNorm2d,
    Conv2d,
    Dropout,
    Flatten,
    Identity,
    LayerNorm,
    LeakyReLU,
    Linear,
    LogSoftmax,
    MaxPool2d,
    ReLU,
    Sigmoid,
    Softmax,
    Tanh,
)
from .loss import BCEWithLogitsLoss, CrossEntropyLoss, MSELoss, NLLLoss
from .module import Module, ModuleList, Parameter, Sequential

__all__ = [
    "AvgPool2d", "BCEWithLogitsLoss", "BatchNorm2d", "Conv2d", "CrossEntropyLoss", "Dropout",
    "Flatten", "Identity", "LayerNorm", "LeakyReLU", "Linear", "LogSoftmax", "MSELoss",
    "MaxPool2d", "Module", "ModuleList", "NLLLoss", "Parameter", "ReLU", "Sequential", "Sigmoid",
    "Softmax", "Tanh", "functional", "init",
]

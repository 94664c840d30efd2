"""``ts.compile``: trace a model's forward into a ``torchsmt.ir.Graph``.

The forward runs once on symbolic tensors; every ``apply`` (tensor.py) emits a node instead of
computing, so the graph holds exactly the operators eager execution runs, in the same order
(the eager tape's sequence order is the graph's node order; ``torchsmt.autograd`` relies on it).
Parameters and buffers become ``const`` nodes named by their ``state_dict`` keys ("0.weight"), cast
to the graph's dtype. A Module is traced in eval mode (BatchNorm uses its running statistics,
Dropout is the identity) and its modes are restored afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from torchsmt.ir import REGISTRY, Graph, GraphBuilder, ShapeError

from .tensor import STATE, Tensor, TracingError, as_dtype, dtype_tag

if TYPE_CHECKING:
    from .nn.module import Module

__all__ = ["Tracer", "compile"]


class Tracer:
    """Collects a graph while a forward runs (``torchsmt.compile``).

    Eager tensors met on the way (parameters, buffers, constants) become ``const`` nodes, once each,
    named by ``names`` (id(tensor) -> "0.weight") when given.
    """

    def __init__(self, dtype: Any = "f64", names: dict[int, str] | None = None):
        self.dtype = as_dtype(dtype)
        self.builder = GraphBuilder(REGISTRY, dtype=dtype_tag(self.dtype))
        self.names = names or {}
        self._consts: dict[int, tuple[Tensor, int]] = {}

    def input(self, shape: Sequence[int], name: str = "") -> Tensor:
        return Tensor._symbolic(self.builder.input(tuple(shape), name=name), self)

    def node_of(self, t: Tensor) -> int:
        if t._trace is self:
            return t._node
        if t._trace is not None:
            raise TracingError("a tensor from another trace was used")
        hit = self._consts.get(id(t))
        if hit is None:
            nid = self.builder.const(t._value, name=self.names.get(id(t), ""))
            hit = self._consts[id(t)] = (t, nid)  # keep t alive so its id stays unique
        return hit[1]

    def emit(self, name: str, tensors: list[Tensor], params: dict) -> Tensor:
        ids = [self.node_of(t) for t in tensors]
        return Tensor._symbolic(self.builder.op(name, *ids, **params), self)


def _shapes(input_shape: Any) -> list[tuple[int, ...]]:
    if input_shape is None:
        raise ShapeError("compile: give input_shape=(...) (or a list of shapes, one per input)")
    items = [input_shape] if isinstance(input_shape, int) else list(input_shape)
    if all(isinstance(s, int) for s in items):
        items = [tuple(items)]
    out = []
    for s in items:
        try:
            shape = tuple(int(d) for d in s)
        except TypeError:
            raise ShapeError(f"compile: input_shape {input_shape!r} is not a shape or a list of "
                             "shapes") from None
        if any(d < 0 for d in shape):
            raise ShapeError(f"compile: negative size in input shape {shape}")
        out.append(shape)
    return out


def compile(model_or_fn: Module | Callable[..., Any], input_shape: Any = None,
            dtype: Any = "f64", *, input_names: Sequence[str] | None = None) -> Graph:
    """Trace ``model_or_fn(*inputs)`` on inputs of ``input_shape`` into a verified Graph.

    ``input_shape``: one shape, or a list of shapes for a function of several tensors.
    ``dtype``: "f64" (default) or "f32"; constants are cast to it. Outputs: the returned tensor,
    or each tensor of a returned tuple/list.
    """
    from .nn.module import Module  # here, so that `import torchsmt` does not load nn

    shapes = _shapes(input_shape)
    names: dict[int, str] = {}
    modes: list[tuple[Module, bool]] = []
    if isinstance(model_or_fn, Module):
        for name, t in [*model_or_fn.named_parameters(), *model_or_fn.named_buffers()]:
            names[id(t)] = name
        modes = [(m, m.training) for m in model_or_fn.modules()]
    elif not callable(model_or_fn):
        raise TracingError(f"compile: a {type(model_or_fn).__name__} is not a Module or callable")
    tracer = Tracer(dtype, names)
    if input_names is not None and len(input_names) != len(shapes):
        raise ShapeError(f"compile: {len(input_names)} input names for {len(shapes)} inputs")
    # Inputs are named x0, x1, ... (GraphBuilder's default) unless input_names says otherwise.
    inputs = [tracer.input(s, input_names[i] if input_names else "") for i, s in enumerate(shapes)]
    prev_trace, prev_grad = STATE.trace, STATE.grad_enabled
    STATE.trace, STATE.grad_enabled = tracer, False
    try:
        if modes:
            model_or_fn.eval()
        out = model_or_fn(*inputs)
    finally:
        STATE.trace, STATE.grad_enabled = prev_trace, prev_grad
        for m, mode in modes:
            object.__setattr__(m, "training", mode)
    outs = list(out) if isinstance(out, (tuple, list)) else [out]
    if not outs or not all(isinstance(o, Tensor) for o in outs):
        raise TracingError("compile: the forward must return a tensor or a tuple of tensors")
    return tracer.builder.build([tracer.node_of(o) for o in outs])

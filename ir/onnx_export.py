"""ONNX export: a Graph -> an ONNX model (opset 17), checked against onnxruntime in the tests.

Every op with an ONNX counterpart of the same meaning is exported; internal ops that only
derivatives use (maxpool2d_select, conv2d_transpose, slice_transpose, ...) are not, and all the
nodes that cannot be exported are reported at once in one UnsupportedError.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np

from .errors import UnsupportedError

if TYPE_CHECKING:
    from .graph import Graph, Node

OPSET = 17
_SAME = {"add": "Add", "sub": "Sub", "mul": "Mul", "div": "Div", "neg": "Neg", "relu": "Relu",
         "sigmoid": "Sigmoid", "tanh": "Tanh", "exp": "Exp", "log": "Log", "sqrt": "Sqrt",
         "abs": "Abs", "sign": "Sign", "maximum": "Max", "minimum": "Min", "matmul": "MatMul"}


class _Out:
    """Accumulates ONNX nodes and initializers with unique tensor names."""

    def __init__(self, g: Graph, float_type: int):
        self.g = g
        self.ft = float_type
        self.np_dt = np.float32 if g.nodes and g.nodes[0].dtype == "f32" else np.float64
        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self.used: set[str] = set()
        self.name: dict[int, str] = {}

    def fresh(self, base: str) -> str:
        base = base or "t"
        name, k = base, 1
        while name in self.used:
            name, k = f"{base}_{k}", k + 1
        self.used.add(name)
        return name

    def const(self, value: Any, base: str, dtype: Any = None) -> str:
        from onnx import numpy_helper

        name = self.fresh(base)
        arr = np.asarray(value, dtype=dtype or self.np_dt)
        self.inits.append(numpy_helper.from_array(arr, name))
        return name

    def ints(self, value: Any, base: str) -> str:
        return self.const(np.asarray(value, dtype=np.int64), base, np.int64)

    def node(self, op: str, inputs: list[str], base: str, **attrs) -> str:
        from onnx import helper

        out = self.fresh(base)
        self.nodes.append(helper.make_node(op, inputs, [out], name=out, **attrs))
        return out


def _linear(o: _Out, n: Node, a: list[str], label: str) -> str:
    p = n.p
    sa, sb = (o.g.node(i).shape for i in n.args[:2])
    c_ok = len(n.args) < 3 or len(o.g.node(n.args[2]).shape) <= 2
    if len(sa) == 2 and len(sb) == 2 and c_ok:
        return o.node("Gemm", a, label, transA=p["transA"], transB=p["transB"],
                      alpha=float(p["alpha"]), beta=float(p["beta"]))

    def t(name: str, shape: tuple[int, ...]) -> str:
        perm = list(range(len(shape) - 2)) + [len(shape) - 1, len(shape) - 2]
        return o.node("Transpose", [name], label + "/t", perm=perm)

    x = t(a[0], sa) if p["transA"] else a[0]
    w = t(a[1], sb) if p["transB"] else a[1]
    y = o.node("MatMul", [x, w], label + ("/mm" if len(a) > 2 or p["alpha"] != 1 else ""))
    if p["alpha"] != 1:
        y = o.node("Mul", [y, o.const(p["alpha"], label + "/alpha")], label + "/scaled")
    if len(a) > 2:
        c = a[2] if p["beta"] == 1 else o.node("Mul", [a[2], o.const(p["beta"], label + "/beta")],
                                               label + "/c")
        y = o.node("Add", [y, c], label)
    return y


def _pool_attrs(p: dict, kind: str) -> dict:
    pair = lambda v: [v, v] if isinstance(v, int) else list(v)  # noqa: E731
    at = {"kernel_shape": pair(p["kernel_size"]), "strides": pair(p["stride"]),
          "pads": pair(p["padding"]) * 2, "ceil_mode": int(p["ceil_mode"])}
    if kind == "max":
        at["dilations"] = pair(p["dilation"])
    else:
        at["count_include_pad"] = int(p["count_include_pad"])
    return at


def _conv(o: _Out, n: Node, a: list[str], label: str) -> str:
    p = n.p
    pad = list(p["padding"]) if not isinstance(p["padding"], int) else [p["padding"]] * 2
    pads = pad * 2 if len(pad) == 2 else pad
    pair = lambda v: [v, v] if isinstance(v, int) else list(v)  # noqa: E731
    return o.node("Conv", a, label, strides=pair(p["stride"]), pads=pads,
                  dilations=pair(p["dilation"]), group=p["groups"],
                  kernel_shape=list(o.g.node(n.args[1]).shape[2:]))


def _sum_to(o: _Out, n: Node, a: list[str], label: str) -> str:
    src, dst = o.g.node(n.args[0]).shape, n.shape
    lead = len(src) - len(dst)
    axes = list(range(lead)) + [lead + i for i, d in enumerate(dst)
                                if d == 1 and src[lead + i] != 1]
    y = a[0]
    if axes:
        y = o.node("ReduceSum", [y, o.ints(axes, label + "/axes")], label + "/sum", keepdims=1)
    return o.node("Reshape", [y, o.ints(dst, label + "/shape")], label)


def _slice(o: _Out, n: Node, a: list[str], label: str) -> str:
    p = n.p
    k = len(p["starts"])
    ins = [a[0], o.ints(p["starts"], label + "/starts"), o.ints(p["ends"], label + "/ends"),
           o.ints(p["axes"] or range(k), label + "/axes"), o.ints(p["steps"] or [1] * k,
                                                                  label + "/steps")]
    return o.node("Slice", ins, label)


def _reduce(op: str) -> Callable:
    def emit(o: _Out, n: Node, a: list[str], label: str) -> str:
        p = n.p
        if op == "ReduceSum":
            return o.node(op, [a[0], o.ints(p["axes"], label + "/axes")], label,
                          keepdims=int(p["keepdims"]))
        return o.node(op, [a[0]], label, axes=list(p["axes"]), keepdims=int(p["keepdims"]))

    return emit


def _rsqrt(o: _Out, n: Node, a: list[str], label: str) -> str:
    x = o.node("Add", [a[0], o.const(n.p["eps"], label + "/eps")], label + "/x_eps")
    return o.node("Reciprocal", [o.node("Sqrt", [x], label + "/sqrt")], label)


def _bool_op(op: str) -> Callable:
    def emit(o: _Out, n: Node, a: list[str], label: str) -> str:
        ins = a if len(a) == 2 else [a[0], o.const(0.0, label + "/zero")]
        return o.node("Cast", [o.node(op, ins, label + "/bool")], label, to=o.ft)

    return emit


EXPORTERS: dict[str, Callable[[_Out, Any, list[str], str], str]] = {
    "linear": _linear, "conv2d": _conv, "sum_to": _sum_to, "slice": _slice, "rsqrt": _rsqrt,
    "step": _bool_op("Greater"), "ge": _bool_op("GreaterOrEqual"),
    "leaky_relu": lambda o, n, a, lb: o.node("LeakyRelu", a, lb,
                                             alpha=float(n.p["negative_slope"])),
    "broadcast": lambda o, n, a, lb: o.node("Expand", [a[0], o.ints(n.shape, lb + "/shape")], lb),
    "reshape": lambda o, n, a, lb: o.node("Reshape", [a[0], o.ints(n.shape, lb + "/shape")], lb),
    "flatten": lambda o, n, a, lb: o.node("Reshape", [a[0], o.ints(n.shape, lb + "/shape")], lb),
    "transpose": lambda o, n, a, lb: o.node("Transpose", a, lb, perm=list(n.p["perm"])),
    "concat": lambda o, n, a, lb: o.node("Concat", a, lb, axis=int(n.p["axis"])),
    "pad": lambda o, n, a, lb: o.node("Pad", [a[0], o.ints(n.p["pads"], lb + "/pads"),
                                              o.const(n.p["value"], lb + "/value")], lb),
    "reduce_sum": _reduce("ReduceSum"), "reduce_mean": _reduce("ReduceMean"),
    "reduce_max": _reduce("ReduceMax"),
    "softmax": lambda o, n, a, lb: o.node("Softmax", a, lb, axis=int(n.p["axis"])),
    "log_softmax": lambda o, n, a, lb: o.node("LogSoftmax", a, lb, axis=int(n.p["axis"])),
    "layernorm": lambda o, n, a, lb: o.node("LayerNormalization", a, lb,
                                            axis=-int(n.p["normalized_ndim"]),
                                            epsilon=float(n.p["eps"])),
    "batchnorm": lambda o, n, a, lb: o.node("BatchNormalization", a, lb,
                                            epsilon=float(n.p["eps"])),
    "maxpool2d": lambda o, n, a, lb: o.node("MaxPool", a, lb, **_pool_attrs(n.p, "max")),
    "avgpool2d": lambda o, n, a, lb: o.node("AveragePool", a, lb, **_pool_attrs(n.p, "avg")),
    **{k: (lambda op: lambda o, n, a, lb: o.node(op, a, lb))(v) for k, v in _SAME.items()},
}


def to_onnx(g: Graph, producer: str = "torchsmt"):
    """The ONNX ModelProto of ``g`` (UnsupportedError lists every node that has no ONNX form)."""
    import onnx
    from onnx import TensorProto, helper

    bad = [n for n in g.nodes if n.op not in ("input", "const") and n.op not in EXPORTERS]
    if bad:
        raise UnsupportedError(f"{len(bad)} node(s) have no ONNX export: "
                               + ", ".join(f"{n.label} {n.op}" for n in bad))
    ft = TensorProto.FLOAT if not g.nodes or g.nodes[0].dtype == "f32" else TensorProto.DOUBLE
    o = _Out(g, ft)
    inputs = []
    for n in g.nodes:
        label = n.name or f"v{n.id}"
        if n.op == "input":
            o.name[n.id] = o.fresh(n.name or f"x{n.p['index']}")
            inputs.append((n.p["index"], helper.make_tensor_value_info(o.name[n.id], ft, n.shape)))
        elif n.op == "const":
            o.name[n.id] = o.const(g.consts[n.id], label)
        else:
            o.name[n.id] = EXPORTERS[n.op](o, n, [o.name[a] for a in n.args], label)
    outputs = []
    for k, oid in enumerate(g.outputs):
        name = o.name[oid]
        if any(name == v.name for v in outputs) or g.node(oid).op in ("input", "const"):
            name = o.node("Identity", [name], f"output_{k}")
        outputs.append(helper.make_tensor_value_info(name, ft, g.node(oid).shape))
    graph = helper.make_graph(o.nodes, "torchsmt", [v for _, v in sorted(inputs)], outputs,
                              o.inits)
    model = helper.make_model(graph, producer_name=producer,
                              opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = min(model.ir_version, 8)  # readable by onnxruntime releases since 1.14
    onnx.checker.check_model(model)
    return model


def save_onnx(g: Graph, path: str | os.PathLike) -> None:
    """Write ``g`` as an ONNX file (``.gz`` suffix: gzip-compressed)."""
    import gzip

    data = to_onnx(g).SerializeToString()
    p = os.fspath(path)
    with open(p, "wb") as f:
        f.write(gzip.compress(data, mtime=0) if p.endswith(".gz") else data)

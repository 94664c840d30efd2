"""ONNX import: a model file (or bytes, gzip detected) -> a torchsmt Graph.

Opsets 8..21 of the default domain are read directly (attribute-vs-input forms of Slice, Pad,
Squeeze, Unsqueeze, Clip, Reduce* are both handled); older models are upgraded with
``onnx.version_converter`` first. Values known at import time (initializers, Constant, Shape of a
statically shaped tensor, and anything computed only from those by the fold-able ops) are folded
with NumPy, so shape subgraphs (Shape -> Gather -> Unsqueeze -> Concat -> Reshape) disappear.
A folded value becomes a ``const`` node only when a runtime op uses it, named after its ONNX
tensor. Symbolic or unknown leading (batch) dimensions are fixed to 1.

Errors: unreadable/truncated/empty files -> FormatError (one line); NaN/Inf weights ->
FormatError naming the initializer; every unsupported node (op type or attribute) is collected
and reported at once in one UnsupportedError listing node names and op types.
The op mapping table is in docs/architecture.md ("Import and specifications").
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .errors import FormatError, ShapeError, TorchSMTError, UnsupportedError
from .graph import DTYPES, Graph, GraphBuilder

MIN_OPSET, MAX_OPSET = 8, 21


@dataclass(frozen=True, eq=False)
class Const:
    value: np.ndarray  # known at import time (any dtype: int64 shape tensors stay int64)
    name: str = ""  # the ONNX tensor name, kept on the const node if one is made


@dataclass(frozen=True)
class Run:
    nid: int  # a node of the graph being built


Val = Const | Run


class _Skip(Exception):
    """A node that cannot be converted: recorded, its outputs poisoned, conversion goes on."""


# -- reading ----------------------------------------------------------------------------------
def _read_model(src: Any):
    import onnx
    from google.protobuf.message import DecodeError

    if isinstance(src, onnx.ModelProto):
        return src, None
    if isinstance(src, (bytes, bytearray, memoryview)):
        data, base, name = bytes(src), None, "<onnx bytes>"
    else:
        name = os.fspath(src)
        with open(name, "rb") as f:
            data = f.read()
        base = os.path.dirname(os.path.abspath(name))
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as e:
            raise FormatError(f"{name}: corrupt or truncated gzip data ({e})") from None
    if not data:
        raise FormatError(f"{name}: empty file, not an ONNX model")
    m = onnx.ModelProto()
    try:
        m.ParseFromString(data)
    except (DecodeError, ValueError, RuntimeError) as e:
        raise FormatError(f"{name}: not an ONNX model (protobuf decoding failed: "
                          f"{str(e).splitlines()[0] if str(e) else 'truncated or corrupt'})") \
            from None
    if not m.HasField("graph") or not m.graph.output:
        raise FormatError(f"{name}: not an ONNX model (no graph or no outputs; truncated?)")
    if base is not None and any(t.data_location == 1 for t in m.graph.initializer):
        from onnx.external_data_helper import load_external_data_for_model

        try:
            load_external_data_for_model(m, base)
        except (OSError, ValueError) as e:
            raise FormatError(f"{name}: cannot read external weight data ({e})") from None
    # onnx.checker is not run: it rejects models onnxruntime runs (outputs without shapes);
    # everything the import relies on is checked where it is used, naming the node.
    return m, name


def _opset(m) -> int:
    for o in m.opset_import:
        if o.domain in ("", "ai.onnx"):
            return int(o.version)
    return MIN_OPSET if not m.opset_import else 1


def _convert_opset(m, target: int):
    import onnx.version_converter as vc

    try:
        return vc.convert_version(m, target)
    except Exception as e:  # the converter raises bare RuntimeErrors of many kinds
        raise UnsupportedError(f"ONNX opset {_opset(m)} cannot be converted to {target}: "
                               f"{str(e).splitlines()[0] if str(e) else type(e).__name__}") \
            from None


def load_onnx(path_or_bytes: Any, dtype: str = "f32") -> Graph:
    """Import an ONNX model as a Graph with float ``dtype`` ("f32" or "f64")."""
    from onnx import numpy_helper

    if dtype not in DTYPES:
        raise ShapeError(f"dtype must be 'f32' or 'f64', got {dtype!r}")
    m, name = _read_model(path_or_bytes)
    ver = _opset(m)
    if ver < MIN_OPSET:
        m, ver = _convert_opset(m, 13), 13
    elif ver > MAX_OPSET:
        m, ver = _convert_opset(m, MAX_OPSET), MAX_OPSET
    g = m.graph
    from .onnx_ops import CONVERTERS, FOLD_ONLY

    bad = [n for n in g.node
           if n.domain not in ("", "ai.onnx") or n.op_type not in CONVERTERS]
    if bad:
        raise UnsupportedError(_unsupported_message([(n, f"unsupported op {_kind(n)}")
                                                     for n in bad]))
    ctx = _Ctx(GraphBuilder(dtype=dtype), dtype, ver)
    inits = {t.name for t in g.initializer}
    for t in g.initializer:
        try:
            arr = numpy_helper.to_array(t)
        except Exception as e:  # malformed raw data raises ValueError/TypeError/...
            raise FormatError(f"initializer '{t.name}': unreadable tensor data ({e})") from None
        if arr.dtype.kind == "f" and not np.all(np.isfinite(arr)):
            bad_n = int(np.size(arr) - np.count_nonzero(np.isfinite(arr)))
            raise FormatError(f"initializer '{t.name}' holds {bad_n} NaN/Inf value(s) "
                              f"(of {arr.size})")
        ctx.env[t.name] = Const(ctx.floatify(arr), t.name)
    _inputs(ctx, [i for i in g.input if i.name not in inits])
    errors: list[tuple[Any, str]] = []
    malformed: list[tuple[Any, str]] = []
    poisoned: set[str] = set()
    dead: dict[str, str] = {}  # outputs a converter does not produce (Dropout's mask, ...)
    for node in _toposort(g.node, set(ctx.env)):
        if any(i in poisoned for i in node.input if i):
            poisoned.update(node.output)
            continue
        used_dead = [dead[i] for i in node.input if i in dead]
        if used_dead:
            errors.append((node, f"reads {used_dead[0]}, which is not supported"))
            poisoned.update(node.output)
            continue
        try:
            ins = [ctx.env[i] if i else None for i in node.input]
            outs = CONVERTERS[node.op_type](ctx, node, ins, _attrs(node))
            if node.op_type in FOLD_ONLY and any(isinstance(o, Run) for o in outs):
                raise _Skip("only supported on constant inputs")
        except _Skip as e:
            errors.append((node, str(e)))
            poisoned.update(node.output)
            continue
        except TorchSMTError as e:
            errors.append((node, f"{type(e).__name__}: {e}"))
            poisoned.update(node.output)
            continue
        except (KeyError, IndexError, TypeError, ValueError, AttributeError) as e:
            malformed.append((node, f"malformed node: {type(e).__name__}: {e}"))
            poisoned.update(node.output)
            continue
        for k, o_name in enumerate(node.output):
            if not o_name:
                continue
            if k >= len(outs):
                dead[o_name] = f"output {k} ('{o_name}') of {node.op_type} " \
                               f"'{node.name or node.output[0]}'"
                continue
            val = outs[k]
            ctx.env[o_name] = Const(val.value, o_name) if isinstance(val, Const) else val
    if malformed:
        raise FormatError(_unsupported_message(malformed + errors))
    if errors:
        raise UnsupportedError(_unsupported_message(errors))
    outputs = []
    for o in g.output:
        if o.name in dead:
            raise UnsupportedError(f"graph output '{o.name}' is {dead[o.name]}, which is not "
                                   "supported")
        if o.name not in ctx.env:
            raise FormatError(f"graph output '{o.name}' is not produced by any node")
        outputs.append(ctx.node(ctx.env[o.name]))
    return ctx.b.build(outputs)


def _text(s: Any) -> str:
    """Names as str (protobuf hands back bytes for names that are not valid UTF-8)."""
    return s.decode("utf-8", "replace") if isinstance(s, bytes) else str(s)


def _kind(n) -> str:
    return f"{n.domain + '.' if n.domain not in ('', 'ai.onnx') else ''}{n.op_type}"


def _unsupported_message(items: list[tuple[Any, str]]) -> str:
    parts = [f"{_kind(n)} '{n.name or (n.output[0] if n.output else '?')}' ({why})"
             for n, why in items]
    return f"{len(items)} ONNX node(s) cannot be imported: " + "; ".join(parts)


def _attrs(node) -> dict[str, Any]:
    from onnx import helper, numpy_helper

    out = {}
    for a in node.attribute:
        if a.type == a.TENSOR:
            out[a.name] = numpy_helper.to_array(a.t)
        elif a.type in (a.GRAPH, a.GRAPHS, a.SPARSE_TENSOR, a.TENSORS, a.SPARSE_TENSORS):
            out[a.name] = a  # not used by any supported op; kept for the error message
        else:
            v = helper.get_attribute_value(a)
            out[a.name] = v.decode() if isinstance(v, bytes) else v
    return out


def _toposort(nodes, known: set[str]):
    """ONNX requires topological order but some exporters do not keep it: Kahn's algorithm."""
    nodes = list(nodes)
    produced = {o for n in nodes for o in n.output}
    done = set(known) | {""}
    out, pending = [], nodes
    while pending:
        rest = []
        for n in pending:
            if all(i in done or i not in produced for i in n.input):
                out.append(n)
                done.update(n.output)
            else:
                rest.append(n)
        if len(rest) == len(pending):
            names = ", ".join(f"'{n.name or n.output[0]}'" for n in rest[:5])
            raise FormatError(f"the ONNX graph has a cycle through node(s) {names}")
        pending = rest
    for n in out:
        for i in n.input:
            if i and i not in done:
                raise FormatError(f"node '{n.name or n.output[0]}' ({n.op_type}) reads '{i}', "
                                  "which is neither an input, an initializer nor a node output")
    return out


def _inputs(ctx: _Ctx, inputs) -> None:
    from onnx import TensorProto

    ok_types = {TensorProto.FLOAT, TensorProto.DOUBLE}  # half precision would not be modelled
    problems = []
    for i in inputs:
        tt = i.type.tensor_type
        if not i.type.HasField("tensor_type") or tt.elem_type not in ok_types:
            problems.append(f"input '{i.name}' is not a float32/float64 tensor")
            continue
        if not tt.HasField("shape"):
            problems.append(f"input '{i.name}' has no shape")
            continue
        dims = []
        for k, d in enumerate(tt.shape.dim):
            if d.HasField("dim_value") and d.dim_value > 0:
                dims.append(int(d.dim_value))
            elif k == 0:
                dims.append(1)  # a symbolic/dynamic batch dimension
            else:
                problems.append(f"input '{i.name}' has a symbolic dimension {k} "
                                f"('{d.dim_param or '?'}')")
        ctx.env[i.name] = Run(ctx.b.input(tuple(dims), name=_text(i.name)))
    if problems:
        raise UnsupportedError("; ".join(problems))


class _Ctx:
    """Conversion state: the builder, the value environment, and helpers for converters."""

    def __init__(self, b: GraphBuilder, dtype: str, opset: int):
        self.b = b
        self.dtype = dtype
        self.opset = opset
        self.env: dict[str, Val] = {}
        self._const_ids: dict[int, tuple[Const, int]] = {}  # holds the Const: ids stay unique

    def floatify(self, arr: np.ndarray) -> np.ndarray:
        """Float tensors take the graph dtype (so folding computes what the graph would)."""
        return arr.astype(DTYPES[self.dtype]) if arr.dtype.kind == "f" else arr

    def node(self, v: Val) -> int:
        """The graph node of a value; a folded constant is materialized once."""
        if isinstance(v, Run):
            return v.nid
        if id(v) not in self._const_ids:
            arr = v.value
            if arr.dtype.kind not in "fiub":
                raise _Skip(f"constant '{v.name}' of type {arr.dtype} used as a tensor")
            nid = self.b.const(arr.astype(DTYPES[self.dtype]), name=_text(v.name))
            self._const_ids[id(v)] = (v, nid)
        return self._const_ids[id(v)][1]

    def shape(self, v: Val) -> tuple[int, ...]:
        return tuple(v.value.shape) if isinstance(v, Const) else self.b.nodes[v.nid].shape

    def op(self, name: str, args: list[Val], node, suffix: str = "", **params) -> Run:
        """Emit one of our ops for ONNX ``node`` (named after it; ``suffix`` for helper nodes)."""
        ids = [self.node(a) for a in args]
        label = _text(node.name or node.output[0]) + suffix
        return Run(self.b.op(name, *ids, node_name=label, **params))


Converter = Callable[[_Ctx, Any, list, dict], list]


def load_model(path: str | os.PathLike, dtype: str = "f32") -> Graph:
    """A network from a file: ``.nnet`` (normalized, like the ONNX ACAS Xu nets), graph JSON
    (``ir.save``; recognized by its leading ``{``), otherwise ONNX (``.onnx``, ``.onnx.gz``)."""
    p = os.fspath(path)
    if p.lower().endswith(".nnet"):
        from .nnet import load_nnet

        return load_nnet(p, dtype=dtype)
    with open(p, "rb") as f:
        head = f.read(64)
    if head.lstrip()[:1] == b"{":
        from .serialize import load

        return load(p)
    return load_onnx(p, dtype=dtype)

"""The ONNX op table of the importer: one converter per ONNX op type (see ir/onnx_import.py).

A converter ``conv(ctx, node, ins, attrs) -> [Val, ...]`` gets the node's inputs (``Const`` when
known at import time, ``Run`` otherwise, None for an omitted optional input). ``_emit`` folds an op
whose inputs are all constant with the op's own ``impl`` on NumPy (so a folded value is exactly
what the graph would compute) and emits a node otherwise. ``FOLD_ONLY`` ops exist for shape
subgraphs and are refused on runtime tensors.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .onnx_import import Const, Run, Val, _Ctx, _Skip
from .ops.common import broadcast_shapes
from .ops.shape import resolve_reshape
from .registry import REGISTRY


def _emit(ctx: _Ctx, node, op: str, args: list[Val], suffix: str = "", **params) -> Val:
    if all(isinstance(a, Const) for a in args):
        opdef = REGISTRY[op]
        bound = opdef.bind_params(params)
        opdef.shape(tuple(a.value.shape for a in args), **bound)  # ShapeError on a mismatch
        return Const(np.asarray(opdef.impl(np, *(a.value for a in args), **bound)))
    return ctx.op(op, args, node, suffix, **params)


def _const(v: Val | None, what: str) -> np.ndarray:
    if not isinstance(v, Const):
        raise _Skip(f"{what} must be a constant (it is computed at run time)")
    return v.value


def _ints(v: Val | None, what: str) -> tuple[int, ...]:
    return tuple(int(i) for i in np.asarray(_const(v, what)).ravel())


def _axis(a: int, nd: int) -> int:
    if not -nd <= a < max(nd, 1):
        raise _Skip(f"axis {a} out of range for rank {nd}")
    return a % max(nd, 1)


def _reshape(ctx: _Ctx, node, x: Val, shape, suffix: str = "") -> Val:
    shape = tuple(int(s) for s in shape)
    if isinstance(x, Const):
        return Const(np.reshape(x.value, shape))
    if ctx.shape(x) == shape:
        return x
    return ctx.op("reshape", [x], node, suffix, shape=shape)


# -- elementwise ------
def _binary(op: str):
    def conv(ctx, node, ins, at):
        a, b = ins[0], ins[1]
        if op == "div" and isinstance(a, Const) and isinstance(b, Const) \
                and a.value.dtype.kind in "iu":  # integer Div truncates (shape arithmetic)
            return [Const(np.trunc(a.value / b.value).astype(a.value.dtype))]
        return [_emit(ctx, node, op, [a, b])]

    return conv


def _unary(op: str, **fixed):
    return lambda ctx, node, ins, at: [_emit(ctx, node, op, [ins[0]], **fixed)]


def _leaky(ctx, node, ins, at):
    return [_emit(ctx, node, "leaky_relu", [ins[0]], negative_slope=float(at.get("alpha", 0.01)))]


def _variadic(op: str):
    def conv(ctx, node, ins, at):
        acc = ins[0]
        for k, v in enumerate(ins[1:]):
            acc = _emit(ctx, node, op, [acc, v], f"/{k}" if k < len(ins) - 2 else "")
        return [acc]

    return conv


def _clip(ctx, node, ins, at):
    if ctx.opset < 11:
        lo, hi = at.get("min"), at.get("max")
        lo = None if lo is None else Const(np.asarray(lo, dtype=np.float64))
        hi = None if hi is None else Const(np.asarray(hi, dtype=np.float64))
    else:
        lo = ins[1] if len(ins) > 1 else None
        hi = ins[2] if len(ins) > 2 else None
    x = ins[0]
    if lo is not None:
        x = _emit(ctx, node, "maximum", [x, lo], "/min" if hi is not None else "")
    if hi is not None:
        x = _emit(ctx, node, "minimum", [x, hi])
    return [x]


# -- linear algebra ------
def _gemm(ctx, node, ins, at):
    args = [v for v in ins if v is not None]
    return [_emit(ctx, node, "linear", args, transA=int(at.get("transA", 0)),
                  transB=int(at.get("transB", 0)), alpha=float(at.get("alpha", 1.0)),
                  beta=float(at.get("beta", 1.0)))]


def _spatial(at: dict, x_shape, k_shape, dilations) -> tuple[int, ...]:
    """ONNX pads (top, left, bottom, right) from ``pads`` or ``auto_pad``."""
    strides = tuple(at.get("strides", (1, 1)))
    auto = at.get("auto_pad", "NOTSET")
    if auto in ("NOTSET", ""):
        return tuple(at.get("pads", (0, 0, 0, 0)))
    if auto == "VALID":
        return (0, 0, 0, 0)
    if auto not in ("SAME_UPPER", "SAME_LOWER"):
        raise _Skip(f"auto_pad={auto}")
    begin, end = [], []
    for n, k, s, d in zip(x_shape[-2:], k_shape, strides, dilations, strict=True):
        total = max((-(-n // s) - 1) * s + (k - 1) * d + 1 - n, 0)
        small, big = total // 2, total - total // 2
        begin.append(small if auto == "SAME_UPPER" else big)
        end.append(big if auto == "SAME_UPPER" else small)
    return tuple(begin + end)


def _conv(ctx, node, ins, at):
    x, w = ins[0], ins[1]
    ws = ctx.shape(w)
    if len(ws) != 4 or len(ctx.shape(x)) != 4:
        raise _Skip("only 2-D convolution (NCHW input, OIHW weight) is supported")
    dil = tuple(at.get("dilations", (1, 1)))
    pads = _spatial(at, ctx.shape(x), ws[2:], dil)
    padding = pads[:2] if pads[:2] == pads[2:] else pads
    args = [x, w] + ([ins[2]] if len(ins) > 2 and ins[2] is not None else [])
    return [_emit(ctx, node, "conv2d", args, stride=tuple(at.get("strides", (1, 1))),
                  padding=tuple(int(p) for p in padding), dilation=dil,
                  groups=int(at.get("group", 1)))]


def _pool(kind: str):
    def conv(ctx, node, ins, at):
        x = ins[0]
        if len(ctx.shape(x)) != 4 or len(at.get("kernel_shape", ())) != 2:
            raise _Skip("only 2-D pooling of NCHW tensors is supported")
        k = tuple(at["kernel_shape"])
        dil = tuple(at.get("dilations", (1, 1)))
        pads = _spatial(at, ctx.shape(x), k, dil)
        params: dict[str, Any] = {"kernel_size": k, "stride": tuple(at.get("strides", (1, 1))),
                                  "ceil_mode": bool(at.get("ceil_mode", 0))}
        if kind == "avgpool2d":
            if dil != (1, 1):
                raise _Skip("dilated AveragePool")
            params["count_include_pad"] = bool(at.get("count_include_pad", 0))
        else:
            params["dilation"] = dil
        if pads[:2] != pads[2:]:
            if kind == "maxpool2d" or not params["count_include_pad"] or params["ceil_mode"]:
                raise _Skip(f"asymmetric pads {list(pads)}")
            # zeros that count: pad explicitly, then pool without padding
            x = ctx.op("pad", [x], node, "/pad", pads=(0, 0, pads[0], pads[1], 0, 0, pads[2],
                                                        pads[3]), value=0.0)
            pads = (0, 0, 0, 0)
        return [_emit(ctx, node, kind, [x], padding=tuple(pads[:2]), **params)]

    return conv


def _global_pool(op: str):
    def conv(ctx, node, ins, at):
        nd = len(ctx.shape(ins[0]))
        return [_emit(ctx, node, op, [ins[0]], axes=tuple(range(2, nd)), keepdims=True)]

    return conv


def _batchnorm(ctx, node, ins, at):
    if int(at.get("training_mode", 0)) or int(at.get("spatial", 1)) != 1:
        raise _Skip("training mode / non-spatial BatchNormalization")
    return [_emit(ctx, node, "batchnorm", ins[:5], eps=float(at.get("epsilon", 1e-5)))]


def _layernorm(ctx, node, ins, at):
    x = ins[0]
    xs = ctx.shape(x)
    k = len(xs) - _axis(int(at.get("axis", -1)), len(xs))
    tail = xs[-k:]
    scale = ins[1]
    bias = ins[2] if len(ins) > 2 and ins[2] is not None else Const(np.zeros(tail))
    wb = []
    for v in (scale, bias):
        if ctx.shape(v) != tail:
            v = Const(np.broadcast_to(_const(v, "a broadcast LayerNormalization scale/bias"),
                                      tail).copy())
        wb.append(v)
    return [_emit(ctx, node, "layernorm", [x, *wb], normalized_ndim=k,
                  eps=float(at.get("epsilon", 1e-5)))]


def _softmax(op: str):
    def conv(ctx, node, ins, at):
        x = ins[0]
        xs = ctx.shape(x)
        a = _axis(int(at.get("axis", 1 if ctx.opset < 13 else -1)), len(xs))
        if ctx.opset >= 13 or a == len(xs) - 1:
            return [_emit(ctx, node, op, [x], axis=a)]
        # before opset 13 the input is coerced to 2-D at `axis`
        flat = _reshape(ctx, node, x, (int(np.prod(xs[:a])), int(np.prod(xs[a:]))), "/2d")
        y = _emit(ctx, node, op, [flat], "/" + op, axis=1)
        return [_reshape(ctx, node, y, xs)]

    return conv


def _reduce(op: str, axes_input_from: int):
    def conv(ctx, node, ins, at):
        nd = len(ctx.shape(ins[0]))
        if ctx.opset >= axes_input_from:
            axes = _ints(ins[1], "axes") if len(ins) > 1 and ins[1] is not None else ()
        else:
            axes = tuple(at.get("axes", ()))
        if not axes:
            if int(at.get("noop_with_empty_axes", 0)):
                return [ins[0]]
            axes = tuple(range(nd))
        return [_emit(ctx, node, op, [ins[0]], axes=tuple(sorted(_axis(a, nd) for a in axes)),
                      keepdims=bool(at.get("keepdims", 1)))]

    return conv


# -- shape ops ------
def _flatten(ctx, node, ins, at):
    xs = ctx.shape(ins[0])
    a = int(at.get("axis", 1))
    a = a + len(xs) if a < 0 else a  # ONNX: axis in [-r, r]
    if not 0 <= a <= len(xs):
        raise _Skip(f"Flatten axis {at.get('axis')} out of range for rank {len(xs)}")
    if a == 1 and len(xs) >= 2 and isinstance(ins[0], Run):
        return [ctx.op("flatten", [ins[0]], node, start_dim=1, end_dim=-1)]
    return [_reshape(ctx, node, ins[0], (int(np.prod(xs[:a])), int(np.prod(xs[a:]))))]


def _reshape_conv(ctx, node, ins, at):
    shape = _ints(ins[1], "the target shape") if len(ins) > 1 else tuple(at.get("shape", ()))
    copy_zero = not int(at.get("allowzero", 0))
    return [_reshape(ctx, node, ins[0], resolve_reshape(ctx.shape(ins[0]), shape,
                                                        allow_zero=copy_zero))]


def _squeeze(ctx, node, ins, at):
    xs = ctx.shape(ins[0])
    axes = _ints(ins[1], "axes") if len(ins) > 1 and ins[1] is not None else at.get("axes")
    if axes is None:
        keep = [d for d in xs if d != 1]
    else:
        drop = {_axis(int(a), len(xs)) for a in axes}
        if any(xs[a] != 1 for a in drop):
            raise _Skip(f"Squeeze of an axis whose size is not 1 ({xs})")
        keep = [d for i, d in enumerate(xs) if i not in drop]
    return [_reshape(ctx, node, ins[0], keep)]


def _unsqueeze(ctx, node, ins, at):
    xs = ctx.shape(ins[0])
    axes = _ints(ins[1], "axes") if len(ins) > 1 and ins[1] is not None else at.get("axes", ())
    nd = len(xs) + len(axes)
    pos = sorted(_axis(int(a), nd) for a in axes)
    out, it = [], iter(xs)
    for i in range(nd):
        out.append(1 if i in pos else next(it))
    return [_reshape(ctx, node, ins[0], out)]


def _transpose(ctx, node, ins, at):
    nd = len(ctx.shape(ins[0]))
    perm = tuple(int(p) for p in at.get("perm", range(nd - 1, -1, -1)))
    return [_emit(ctx, node, "transpose", [ins[0]], perm=perm)]


def _concat(ctx, node, ins, at):
    args = [v for v in ins if v is not None]
    return [_emit(ctx, node, "concat", args, axis=int(at["axis"]))]


def _slice(ctx, node, ins, at):
    if ctx.opset < 10:
        starts, ends = tuple(at["starts"]), tuple(at["ends"])
        axes, steps = tuple(at.get("axes", ())), ()
    else:
        starts, ends = _ints(ins[1], "starts"), _ints(ins[2], "ends")
        axes = _ints(ins[3], "axes") if len(ins) > 3 and ins[3] is not None else ()
        steps = _ints(ins[4], "steps") if len(ins) > 4 and ins[4] is not None else ()
    return [_emit(ctx, node, "slice", [ins[0]], starts=starts, ends=ends, axes=axes, steps=steps)]


def _pad(ctx, node, ins, at):
    if at.get("mode", "constant") != "constant":
        raise _Skip(f"Pad mode '{at.get('mode')}' (only constant)")
    nd = len(ctx.shape(ins[0]))
    if ctx.opset < 11:
        pads, value = tuple(at.get("pads", ())), float(at.get("value", 0.0))
    else:
        pads = _ints(ins[1], "pads")
        cv = ins[2] if len(ins) > 2 and ins[2] is not None else None
        value = float(np.asarray(_const(cv, "the pad value")).ravel()[0]) if cv else 0.0
        if len(ins) > 3 and ins[3] is not None:  # opset 18 axes
            axes = [_axis(a, nd) for a in _ints(ins[3], "axes")]
            full = [0] * (2 * nd)
            for k, a in enumerate(axes):
                full[a], full[nd + a] = pads[k], pads[len(axes) + k]
            pads = tuple(full)
    return [_emit(ctx, node, "pad", [ins[0]], pads=pads, value=value)]


def _gather(ctx, node, ins, at):
    data, idx = ins[0], _const(ins[1], "Gather indices")
    axis = int(at.get("axis", 0))
    if isinstance(data, Const):
        return [Const(np.take(data.value, idx, axis=axis))]
    xs = ctx.shape(data)
    a = _axis(axis, len(xs))
    flat = np.asarray(idx).ravel() % xs[a]
    step = int(flat[1] - flat[0]) if flat.size > 1 else 1
    if flat.size == 0 or step == 0 or np.any(np.diff(flat) != step):
        raise _Skip("Gather of a runtime tensor with indices that are not an arithmetic range")
    end = int(flat[-1]) + (1 if step > 0 else -1)
    sl = ctx.op("slice", [data], node, "/slice", starts=(int(flat[0]),),
                ends=(end if end >= 0 else -xs[a] - 1,), axes=(a,), steps=(step,))
    return [_reshape(ctx, node, sl, xs[:a] + tuple(np.shape(idx)) + xs[a + 1:])]


def _expand(ctx, node, ins, at):
    shape = broadcast_shapes(ctx.shape(ins[0]), _ints(ins[1], "the Expand shape"))
    if isinstance(ins[0], Const):
        return [Const(np.broadcast_to(ins[0].value, shape).copy())]
    if shape == ctx.shape(ins[0]):
        return [ins[0]]
    return [ctx.op("broadcast", [ins[0]], node, shape=shape)]


def _cast(ctx, node, ins, at):
    from onnx import helper

    to = np.dtype(helper.tensor_dtype_to_np_dtype(int(at["to"])))
    if isinstance(ins[0], Const):
        return [Const(ctx.floatify(ins[0].value.astype(to)))]
    if to not in (np.float32, np.float64):  # half precision or integers would change values
        raise _Skip(f"Cast of a runtime tensor to {to}")
    return [ins[0]]  # float32/64 -> float32/64: the graph computes in its one dtype


def _constant(ctx, node, ins, at):
    for key in ("value", "value_float", "value_floats", "value_int", "value_ints"):
        if key in at:
            return [Const(ctx.floatify(np.asarray(at[key])))]
    raise _Skip(f"Constant with attribute(s) {sorted(at)}")


def _shape(ctx, node, ins, at):
    s = ctx.shape(ins[0])
    return [Const(np.array(s[at.get("start", 0):at.get("end", len(s))], dtype=np.int64))]


def _constant_of_shape(ctx, node, ins, at):
    v = np.asarray(at.get("value", np.zeros(1, np.float32))).ravel()
    return [Const(ctx.floatify(np.full(_ints(ins[0], "the shape"), v[0], dtype=v.dtype)))]


def _np(fn):
    def conv(ctx, node, ins, at):
        return [Const(np.asarray(fn(*(_const(v, "input") for v in ins))))]

    return conv


def _identity(ctx, node, ins, at):
    return [ins[0]]


CONVERTERS: dict[str, Any] = {
    "Add": _binary("add"), "Sub": _binary("sub"), "Mul": _binary("mul"), "Div": _binary("div"),
    "Neg": _unary("neg"), "Relu": _unary("relu"), "Sigmoid": _unary("sigmoid"),
    "Tanh": _unary("tanh"), "Exp": _unary("exp"), "Log": _unary("log"), "Sqrt": _unary("sqrt"),
    "Abs": _unary("abs"), "LeakyRelu": _leaky, "Max": _variadic("maximum"),
    "Min": _variadic("minimum"), "Clip": _clip,
    "MatMul": lambda ctx, node, ins, at: [_emit(ctx, node, "matmul", ins[:2])],
    "Gemm": _gemm, "Conv": _conv, "MaxPool": _pool("maxpool2d"),
    "AveragePool": _pool("avgpool2d"), "GlobalAveragePool": _global_pool("reduce_mean"),
    "GlobalMaxPool": _global_pool("reduce_max"), "BatchNormalization": _batchnorm,
    "LayerNormalization": _layernorm, "Softmax": _softmax("softmax"),
    "LogSoftmax": _softmax("log_softmax"), "ReduceSum": _reduce("reduce_sum", 13),
    "ReduceMean": _reduce("reduce_mean", 18), "ReduceMax": _reduce("reduce_max", 18),
    "Flatten": _flatten, "Reshape": _reshape_conv, "Squeeze": _squeeze, "Unsqueeze": _unsqueeze,
    "Transpose": _transpose, "Concat": _concat, "Slice": _slice, "Pad": _pad, "Gather": _gather,
    "Expand": _expand, "Cast": _cast, "Constant": _constant, "Identity": _identity,
    "Dropout": _identity, "Shape": _shape, "ConstantOfShape": _constant_of_shape,
    "Size": lambda ctx, node, ins, at: [Const(np.array(int(np.prod(ctx.shape(ins[0])))))],
    "Range": _np(lambda a, b, c: np.arange(a.item(), b.item(), c.item(), dtype=a.dtype)),
    "Equal": _np(np.equal), "Less": _np(np.less), "Greater": _np(np.greater),
    "Not": _np(np.logical_not), "Where": _np(np.where),
}
# Only for values known at import time (shape arithmetic); a runtime input is an error.
FOLD_ONLY = frozenset({"Shape", "Size", "Range", "Equal", "Less", "Greater", "Not", "Where",
                       "ConstantOfShape"})

"""Shape ops: broadcast, sum_to, reshape, flatten, transpose, concat, slice (+ its transpose), pad.

Every op here is linear (pad: affine when ``value != 0``) and monotone increasing in each argument,
so its interval rule is the op applied to the lower and to the upper bounds; float rounding is
monotone too (a sum of larger floats in the same order is not smaller), so that rule stays sound
against the float evaluation of ``impl``.

Parameters are stored resolved (no -1 sizes, no defaults computed from shapes): the frontend and the
ONNX importer resolve them, ``resolve_reshape`` helps. Negative axes are accepted where ONNX or
PyTorch accepts them and mean ``axis + ndim``.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from ..errors import ShapeError
from ..opdef import REQUIRED, OpDef, Shape
from .common import broadcast_shapes, const_like, monotone_interval, summing_interval


# -- parameter helpers (shared with reduce.py and pool.py) -----------------------------------------
def ints(name: str, v: Any, n: int | None = None, lo: int | None = None) -> tuple[int, ...]:
    """A tuple of Python ints (length ``n`` when given, each >= ``lo`` when given) or ShapeError."""
    if not isinstance(v, tuple) or any(not isinstance(s, int) or isinstance(s, bool) for s in v):
        raise ShapeError(f"parameter '{name}' must be a tuple of ints, got {v!r}")
    if n is not None and len(v) != n:
        raise ShapeError(f"parameter '{name}' needs {n} entries, got {len(v)}")
    if lo is not None and any(s < lo for s in v):
        raise ShapeError(f"parameter '{name}' entries must be >= {lo}, got {v}")
    return v


def axis_of(name: str, a: Any, ndim: int) -> int:
    """Normalize one axis in [-ndim, ndim)."""
    if not isinstance(a, int) or isinstance(a, bool) or not -ndim <= a < ndim:
        raise ShapeError(f"{name} {a!r} out of range for a {ndim}-d operand")
    return a % ndim


def axes_of(name: str, axes: Any, ndim: int) -> tuple[int, ...]:
    """Normalize a tuple of distinct axes (sorted)."""
    out = tuple(axis_of(name, a, ndim) for a in ints(name, axes))
    if len(set(out)) != len(out):
        raise ShapeError(f"{name} {axes} repeats an axis")
    return tuple(sorted(out))


def resolve_reshape(src: Shape, shape: Any, *, allow_zero: bool = False) -> Shape:
    """Resolve one -1 in ``shape`` against ``src`` (and ONNX's 0 = copy, when ``allow_zero``)."""
    shape = [int(s) for s in shape]
    if allow_zero:
        shape = [src[i] if s == 0 and i < len(src) else s for i, s in enumerate(shape)]
    if shape.count(-1) > 1 or any(s < -1 for s in shape):
        raise ShapeError(f"reshape {tuple(shape)}: at most one -1 and no other negative size")
    total = int(np.prod(src, dtype=np.int64))
    if -1 in shape:
        rest = int(np.prod([s for s in shape if s != -1], dtype=np.int64))
        if rest == 0 or total % rest:
            raise ShapeError(f"cannot reshape {tuple(src)} into {tuple(shape)}")
        shape[shape.index(-1)] = total // rest
    if int(np.prod(shape, dtype=np.int64)) != total:
        raise ShapeError(f"cannot reshape {tuple(src)} into {tuple(shape)}")
    return tuple(shape)


def _unary_linear(name, shape, impl, params, vjp_fn, doc, sums=False):
    """A linear unary op: the JVP is the op itself applied to the tangent. ``sums``: it adds
    entries (sum_to), so its interval is widened for the rounding of the sums."""

    def jvp(e, ts, out, x, **p):
        return None if ts[0] is None else e.op(name, ts[0], **p)

    rule = summing_interval(impl) if sums else monotone_interval(impl, "increasing")
    return OpDef(name=name, arity=1, shape=shape, impl=impl, params=params, vjp=vjp_fn, jvp=jvp,
                 interval=rule, linear=True, doc=doc)


# -- broadcast / sum_to ---------------------------------------------------------------------------
def _broadcast_shape(in_shapes, shape):
    shape = ints("shape", shape, lo=0)
    if broadcast_shapes(in_shapes[0], shape) != shape:
        raise ShapeError(f"cannot broadcast {in_shapes[0]} to {shape}")
    return shape


def _sum_to_axes(src: Shape, dst: Shape) -> tuple[int, ...]:
    lead = len(src) - len(dst)
    return tuple(range(lead)) + tuple(
        lead + i for i, d in enumerate(dst) if d == 1 and src[lead + i] != 1)


def _sum_to_shape(in_shapes, shape):
    shape = ints("shape", shape, lo=0)
    if len(shape) > len(in_shapes[0]) or broadcast_shapes(shape, in_shapes[0]) != in_shapes[0]:
        raise ShapeError(f"cannot sum {in_shapes[0]} down to {shape}")
    return shape


def _sum_to_impl(xp, x, shape):
    axes = _sum_to_axes(tuple(x.shape), tuple(shape))
    return xp.reshape(xp.sum(x, axis=axes), shape) if axes else xp.reshape(x, shape)


BROADCAST = _unary_linear(
    "broadcast", _broadcast_shape, lambda xp, x, shape: xp.broadcast_to(x, shape),
    {"shape": REQUIRED}, lambda e, g, out, x, shape: (e.op("sum_to", g, shape=e.shape(x)),),
    "NumPy broadcast_to(x, shape). Transpose: sum_to.")
SUM_TO = _unary_linear(
    "sum_to", _sum_to_shape, _sum_to_impl, {"shape": REQUIRED},
    lambda e, g, out, x, shape: (e.op("broadcast", g, shape=e.shape(x)),),
    "Sum x down to a shape it broadcasts from (the transpose of broadcast): leading axes and "
    "axes where `shape` has 1 are summed.", sums=True)


# -- reshape / flatten / transpose -----------------------------------------------------------------
def _reshape_shape(in_shapes, shape):
    shape = ints("shape", shape)
    if any(s < 0 for s in shape):
        raise ShapeError(f"reshape {shape}: sizes are stored resolved (no -1); "
                         "resolve them first (torchsmt.ir.ops.shape.resolve_reshape)")
    if int(np.prod(shape, dtype=np.int64)) != int(np.prod(in_shapes[0], dtype=np.int64)):
        raise ShapeError(f"cannot reshape {in_shapes[0]} into {shape}")
    return shape


def _reshape_back(e, g, out, x, **p):
    return (e.op("reshape", g, shape=e.shape(x)),)


RESHAPE = _unary_linear(
    "reshape", _reshape_shape, lambda xp, x, shape: xp.reshape(x, shape), {"shape": REQUIRED},
    _reshape_back, "Row-major reshape to `shape`, stored resolved: no -1 (resolve_reshape resolves "
    "PyTorch's -1 and ONNX's 0).")


def _flatten_dims(shape: Shape, start_dim: int, end_dim: int) -> tuple[int, int]:
    nd = max(len(shape), 1)  # PyTorch treats a 0-d tensor as 1-d here
    s, t = axis_of("start_dim", start_dim, nd), axis_of("end_dim", end_dim, nd)
    if s > t:
        raise ShapeError(f"flatten: start_dim {start_dim} comes after end_dim {end_dim}")
    return s, t


def _flatten_shape(in_shapes, start_dim, end_dim):
    x = in_shapes[0]
    if not x:
        _flatten_dims(x, start_dim, end_dim)
        return (1,)
    s, t = _flatten_dims(x, start_dim, end_dim)
    return x[:s] + (int(np.prod(x[s:t + 1], dtype=np.int64)),) + x[t + 1:]


def _flatten_impl(xp, x, start_dim, end_dim):
    return xp.reshape(x, _flatten_shape((tuple(x.shape),), start_dim, end_dim))


FLATTEN = _unary_linear(
    "flatten", _flatten_shape, _flatten_impl, {"start_dim": 1, "end_dim": -1}, _reshape_back,
    "PyTorch flatten: dims start_dim..end_dim (inclusive, negative allowed) merged into one; "
    "a 0-d input gives shape (1,). ONNX Flatten (always 2-D) maps to reshape.")


def _perm(perm, ndim):
    perm = ints("perm", perm)
    if sorted(perm) != list(range(ndim)):
        raise ShapeError(f"perm {perm} is not a permutation of 0..{ndim - 1}")
    return perm


def _transpose_shape(in_shapes, perm):
    x = in_shapes[0]
    return tuple(x[i] for i in _perm(perm, len(x)))


def _inverse(perm):
    return tuple(int(i) for i in np.argsort(perm))


TRANSPOSE = _unary_linear(
    "transpose", _transpose_shape, lambda xp, x, perm: xp.transpose(x, perm), {"perm": REQUIRED},
    lambda e, g, out, x, perm: (e.op("transpose", g, perm=_inverse(perm)),),
    "Axis permutation (numpy.transpose / torch.permute): output axis i is input axis perm[i]; "
    "perm lists 0..ndim-1 (no negatives).")


# -- concat ----------------------------------------------------------------------------------------
def _concat_shape(in_shapes, axis):
    nd = len(in_shapes[0])
    if nd == 0:
        raise ShapeError("concat needs operands of rank >= 1")
    a = axis_of("axis", axis, nd)
    for s in in_shapes[1:]:
        if len(s) != nd or s[:a] + s[a + 1:] != in_shapes[0][:a] + in_shapes[0][a + 1:]:
            raise ShapeError(f"concat along axis {axis}: shapes {list(in_shapes)} differ elsewhere")
    return in_shapes[0][:a] + (sum(s[a] for s in in_shapes),) + in_shapes[0][a + 1:]


def _concat_vjp(e, g, out, *xs, axis):
    a = axis % len(e.shape(out))
    cts, off = [], 0
    for x in xs:
        n = e.shape(x)[a]
        cts.append(e.op("slice", g, starts=(off,), ends=(off + n,), axes=(a,), steps=(1,)))
        off += n
    return tuple(cts)


def _concat_jvp(e, ts, out, *xs, axis):
    if all(t is None for t in ts):
        return None
    parts = [t if t is not None else const_like(e, np.zeros(e.shape(x)), x)
             for t, x in zip(ts, xs, strict=True)]
    return e.op("concat", *parts, axis=axis)


def _concat_impl(xp, *xs, axis):
    return xp.concatenate(list(xs), axis=axis)


CONCAT = OpDef(
    name="concat", arity=None, shape=_concat_shape, impl=_concat_impl, params={"axis": REQUIRED},
    vjp=_concat_vjp, jvp=_concat_jvp, interval=monotone_interval(_concat_impl, "increasing"),
    linear=True,
    doc="Concatenate one or more operands along `axis` (negative allowed). Transpose: slices.")


# -- slice (ONNX Slice) and its transpose ----------------------------------------------------------
def slice_plan(shape: Shape, starts, ends, axes, steps) -> tuple[tuple[int, int, int, int], ...]:
    """Per input axis (start, step, count, dim) after ONNX's negative-index and clamping rules."""
    starts, ends = ints("starts", starts), ints("ends", ends, len(starts))
    axes = ints("axes", axes) or tuple(range(len(starts)))
    steps = ints("steps", steps) or (1,) * len(starts)
    if len(axes) != len(starts) or len(steps) != len(starts):
        raise ShapeError("slice: starts, ends, axes and steps must have the same length")
    nd = len(shape)
    norm = [axis_of("slice axis", a, nd) for a in axes]
    if len(set(norm)) != len(norm):
        raise ShapeError(f"slice: axes {axes} repeat an axis")
    plan = [(0, 1, d, d) for d in shape]
    for a, b, e, s in zip(norm, starts, ends, steps, strict=True):
        d = shape[a]
        if s == 0:
            raise ShapeError("slice: a step is 0")
        b, e = b + d if b < 0 else b, e + d if e < 0 else e
        if s > 0:
            b, e = min(max(b, 0), d), min(max(e, 0), d)
            n = max(0, -(-(e - b) // s))
        else:
            b, e = min(max(b, 0), d - 1), min(max(e, -1), d - 1)
            n = max(0, -(-(b - e) // -s))
        plan[a] = (b, s, n, d)
    return tuple(plan)


def _slice_shape(in_shapes, starts, ends, axes, steps):
    return tuple(n for _, _, n, _ in slice_plan(in_shapes[0], starts, ends, axes, steps))


def _py_slice(b: int, s: int, n: int) -> slice:
    if n == 0:
        return slice(0, 0)
    stop = b + n * s
    return slice(b, None if stop < 0 else stop, s)


def _slice_impl(xp, x, starts, ends, axes, steps):
    plan = slice_plan(tuple(x.shape), starts, ends, axes, steps)
    return x[tuple(_py_slice(b, s, n) for b, s, n, _ in plan)]


def _slice_vjp(e, g, out, x, **p):
    return (e.op("slice_transpose", g, shape=e.shape(x), **p),)


SLICE = _unary_linear(
    "slice", _slice_shape, _slice_impl,
    {"starts": REQUIRED, "ends": REQUIRED, "axes": (), "steps": ()}, _slice_vjp,
    "ONNX Slice: per listed axis, negative starts/ends count from the end, then starts are clamped "
    "to [0, dim] ([0, dim-1] for negative steps) and ends to [0, dim] ([-1, dim-1] for negative "
    "steps). axes=() means 0..len(starts)-1, steps=() means all 1. Transpose: slice_transpose. "
    "(onnxruntime reads an end of INT_MAX with a negative step as 'through index 0'; the spec "
    "text, followed here, clamps it to dim-1: an importer wanting onnxruntime's reading passes "
    "INT_MIN instead.)")


def _slice_t_shape(in_shapes, shape, starts, ends, axes, steps):
    shape = ints("shape", shape, lo=0)
    want = _slice_shape((shape,), starts, ends, axes, steps)
    if tuple(in_shapes[0]) != want:
        raise ShapeError(f"slice_transpose: operand {in_shapes[0]} is not the slice shape {want}")
    return shape


def _slice_t_impl(xp, g, shape, starts, ends, axes, steps):
    # Per sliced axis: append one zero slot, then gather (output position -> source or the zero).
    plan = slice_plan(tuple(shape), starts, ends, axes, steps)
    for a, (b, s, n, d) in enumerate(plan):
        if (b, s, n) == (0, 1, d):
            continue
        src = np.full(d, n, dtype=np.int64)
        src[b + s * np.arange(n, dtype=np.int64)] = np.arange(n, dtype=np.int64)
        widths = [(0, 0)] * len(shape)
        widths[a] = (0, 1)
        g = xp.pad(g, widths)[(slice(None),) * a + (src,)]
    return g


SLICE_TRANSPOSE = _unary_linear(
    "slice_transpose", _slice_t_shape, _slice_t_impl,
    {"shape": REQUIRED, "starts": REQUIRED, "ends": REQUIRED, "axes": (), "steps": ()},
    lambda e, g, out, x, shape, **p: (e.op("slice", g, **p),),
    "The transpose of slice (internal, for its VJP): embeds x into zeros of `shape` at the "
    "positions slice(starts, ends, axes, steps) reads.")


# -- pad (ONNX constant Pad) -----------------------------------------------------------------------
def _pads(shape: Shape, pads) -> list[tuple[int, int]]:
    nd = len(shape)
    pads = ints("pads", pads, 2 * nd)
    out = list(zip(pads[:nd], pads[nd:], strict=True))
    for d, (b, e) in zip(shape, out, strict=True):
        if d + b + e < 0:
            raise ShapeError(f"pad {pads}: removes more than the axis of size {d} holds")
    return out


def _pad_shape(in_shapes, pads, value):
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not np.isfinite(value):
        raise ShapeError(f"pad value must be a finite number, got {value!r}")
    pw = _pads(in_shapes[0], pads)
    return tuple(d + b + e for d, (b, e) in zip(in_shapes[0], pw, strict=True))


def _pad_impl(xp, x, pads, value):
    pw = _pads(tuple(x.shape), pads)
    if any(b < 0 or e < 0 for b, e in pw):  # negative pads crop first (ONNX)
        x = x[tuple(slice(-min(b, 0), d + min(e, 0))
                    for d, (b, e) in zip(x.shape, pw, strict=True))]
    if any(b > 0 or e > 0 for b, e in pw):
        x = xp.pad(x, [(max(b, 0), max(e, 0)) for b, e in pw], constant_values=value)
    return x


def _pad_vjp(e, g, out, x, pads, value):
    return (e.op("pad", g, pads=tuple(-q for q in pads), value=0.0),)


def _pad_jvp(e, ts, out, x, pads, value):
    return None if ts[0] is None else e.op("pad", ts[0], pads=pads, value=0.0)


PAD = OpDef(
    name="pad", arity=1, shape=_pad_shape, impl=_pad_impl, params={"pads": REQUIRED, "value": 0.0},
    vjp=_pad_vjp, jvp=_pad_jvp, interval=monotone_interval(_pad_impl, "increasing"), linear=True,
    doc="ONNX constant Pad: pads = (begin_0, ..., begin_{n-1}, end_0, ..., end_{n-1}); negative "
        "entries crop. Affine, not linear, when value != 0: pad(x) = pad(x, value=0) + "
        "pad(zeros, value) (linear=True means affine here, like add with a constant operand). "
        "Transpose: pad with the negated pads and value 0.")

OPS = (BROADCAST, SUM_TO, RESHAPE, FLATTEN, TRANSPOSE, CONCAT, SLICE, SLICE_TRANSPOSE, PAD)
